"""Saved destinations -> publishable targets, with stream keys from the keyring."""

from __future__ import annotations

from collections.abc import Sequence

from studio import i18n
from studio.config import Destination
from studio.errors import UsageError
from studio.session.status import Target


def resolve_destinations(destinations: Sequence[Destination]) -> list[Target]:
    """Enabled destinations with their stream keys from the keyring (blocking: worker only)."""
    from studio import secrets

    targets = []
    for d in destinations:
        if not d.enabled:
            continue
        key = secrets.get_stream_key(d.key_ref) if d.key_ref else None
        if d.key_ref and not key:
            raise UsageError(
                i18n._("The stream key for {name!r} is missing from the keyring.").format(
                    name=d.name
                ),
                i18n._("Enter it again in Settings → Destinations."),
            )
        targets.append(Target(d.name, d.ingest_url(key), d.display_url, d.canvas))
    return targets
