"""Signing in to the platform and following a show (the window's "connect" and co-host sign-in)."""

from __future__ import annotations

from pathlib import Path

from studio import i18n
from studio.errors import UsageError
from studio.platform.client import PlatformClient
from studio.platform.sync import PlatformSync
from studio.session.status import Role


def connect_platform(
    api_url: str,
    *,
    token: str | None = None,
    token_ref: str | None = None,
    show_id: str | None = None,
    state_dir: Path | None = None,
) -> tuple[PlatformSync, PlatformClient, Role]:
    """Sign in and start syncing a show (blocking: call off the GUI thread).

    Returns (sync, client, role). A co-host token is bound to its show; a host without
    `show_id` gets the live show, else the next scheduled one.
    """
    client = PlatformClient(api_url, token=token, token_ref=token_ref)
    me = client.me()
    # A moderator is a co-host who also moderates the chat: the same studio role.
    role = Role.COHOST if str(me.role) in ("cohost", "moderator") else Role.HOST
    if str(me.role) == "viewer":
        client.close()
        raise UsageError(
            i18n._("This is a viewer's token: it cannot run a show."),
            i18n._("Ask the host for a co-host invite."),
        )
    if show_id is None:
        show_id = me.show_id
    if show_id is None:
        shows = client.shows()
        live = [s for s in shows if str(s.status) == "live"]
        upcoming = sorted(
            (s for s in shows if str(s.status) == "scheduled"), key=lambda s: s.scheduled_start
        )
        picks = live or upcoming
        if not picks:
            client.close()
            raise UsageError(
                i18n._("There is no live or scheduled show on this account."),
                i18n._("Schedule a show on the platform, then connect again."),
            )
        show_id = picks[0].id
    # PlatformSync keeps its files in <state_dir>/sync itself.
    sync = PlatformSync(client, show_id, state_dir=state_dir)
    sync.start()
    return sync, client, role


# -- entry points ----------------------------------------------------------------------------
