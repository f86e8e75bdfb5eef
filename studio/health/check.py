"""One health finding (`Check`) and its four statuses.

A check is a plain, frozen value: what was looked at (`id`, `title`), what was found (`status`,
`summary`), what to do (`hint`) and JSON-ready `details` for support tools. Strings are redacted
when a check leaves the process (`as_dict`), so a stream key that slips into a summary or an
error message is masked in `studio doctor`, the wizard and the support bundle alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Literal

from studio import i18n
from studio.redact import redact

Status = Literal["ok", "warn", "fail", "skip"]
OK: Final = "ok"
WARN: Final = "warn"
FAIL: Final = "fail"
SKIP: Final = "skip"


@dataclass(frozen=True)
class Check:
    """One finding: `summary` says what was found, `hint` what to do (when not ok).

    `id` is stable (support tools and the wizard select by it: "cameras", "ingest:<name>", ...);
    `summary` is one sentence ending with a full stop; `details` holds JSON-ready values only
    (str, int, float, bool, None, lists and str-keyed dicts of them). Immutable: safe to hand
    from the worker thread that ran the check to any other thread.
    """

    id: str
    title: str
    status: Status
    summary: str
    hint: str = ""
    details: dict[str, object] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        """The finding as JSON-ready data, every string (also inside `details`) redacted."""
        return {
            "id": redact(self.id),
            "title": redact(self.title),
            "status": self.status,
            "summary": redact(self.summary),
            "hint": redact(self.hint),
            "details": _redacted(self.details),
        }


def _redacted(value: object) -> object:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: _redacted(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_redacted(v) for v in value]
    return value


def not_available(check_id: str, title: str, what: str, exc: BaseException) -> Check:
    """A warning for a check whose part of Studio failed to import (a broken or trimmed build).

    `what` names the thing that could not be checked ("Cameras"); `exc` is the import error.
    """
    return Check(
        check_id,
        title,
        WARN,
        i18n._(
            "{what} cannot be checked: that part of Studio is not available in this build "
            "({name}: {exc})."
        ).format(what=what, name=type(exc).__name__, exc=exc),
        i18n._("Reinstall Studio, or report this with 'studio support-bundle'."),
    )
