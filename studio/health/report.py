"""The checks' verdict, as JSON for support tools and as plain text for people.

Shared by `studio doctor` (which prints them) and the support bundle (which stores both). The
exit codes are doctor's contract: 0 all is well, 1 something deserves a look, 2 something will
stop a show. Every string passes through redaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final

from studio import __version__, i18n
from studio.health.check import FAIL, OK, SKIP, WARN, Check, Status
from studio.redact import redact

EXIT_CODES: Final[dict[Status, int]] = {OK: 0, WARN: 1, FAIL: 2}
_LABELS: Final[dict[Status, str]] = {  # i18n: not shown (status tags, the same in every language)
    OK: "ok",
    WARN: "WARN",
    FAIL: "FAIL",
    SKIP: "skip",
}


def overall(checks: Sequence[Check]) -> Status:
    """The worst status among `checks`: "fail", else "warn", else "ok" (skips count as ok)."""
    statuses = {c.status for c in checks}
    return FAIL if FAIL in statuses else WARN if WARN in statuses else OK


def report(checks: Sequence[Check]) -> dict[str, object]:
    """The JSON report: `{"studio": version, "time": ISO 8601 local time with offset,
    "status": overall, "exit_code": 0 | 1 | 2, "checks": [Check.as_dict(), ...]}`."""
    status = overall(checks)
    return {
        "studio": __version__,
        "time": datetime.now().astimezone().isoformat(timespec="seconds"),
        "status": status,
        "exit_code": EXIT_CODES[status],
        "checks": [c.as_dict() for c in checks],
    }


def render_text(checks: Sequence[Check]) -> str:
    """The report for people: one aligned line per check, an arrow line with the hint under
    each warning or failure, and a closing verdict. No trailing newline; `checks` non-empty."""
    width = max(len(c.title) for c in checks)
    lines = [i18n._("Studio {version} doctor").format(version=__version__), ""]
    for c in checks:
        lines.append(f"  {_LABELS[c.status]:<4}  {redact(c.title):<{width}}  {redact(c.summary)}")
        if c.hint and c.status in (WARN, FAIL):
            lines.append(f"        {'':<{width}}  → {redact(c.hint)}")
    warns = sum(c.status == WARN for c in checks)
    fails = sum(c.status == FAIL for c in checks)
    lines.append("")
    if fails:
        lines.append(
            i18n._(
                "{fails} problem(s) will stop a show, {warns} warning(s). Fix the FAIL lines first."
            ).format(fails=fails, warns=warns)
        )
    elif warns:
        lines.append(i18n._("Ready, with {warns} warning(s) worth a look.").format(warns=warns))
    else:
        lines.append(i18n._("Everything looks ready for a show."))
    return "\n".join(lines)
