"""The remote control: a local WebSocket + HTTP server for stream decks, phones and scripts.

`start(studio, port, host=..., memory=...)` fetches (or makes) the token and starts a
`server.ControlServer`; see `protocol` for the messages and docs/control-protocol.schema.json
for their schema. Sits above `session` and `health`, below `app` (it drives a studio through
the `actions.ControlledStudio` protocol and never imports the app).
"""

from __future__ import annotations

import logging
import sys

from studio.control.actions import ControlledStudio
from studio.control.server import ControlServer, is_loopback

log = logging.getLogger(__name__)


def start(
    studio: ControlledStudio, port: int, host: str = "127.0.0.1", *, memory: bool = False
) -> ControlServer:
    """Start the remote control of `studio` on `port` (WebSocket) and `port + 1` (HTTP).

    The token comes from `$STUDIO_CONTROL_TOKEN`, else the keyring (`memory`: this process's
    store, for the demo), else a new one, which is printed once on the terminal (the only
    place it appears: logs mask it). Raises `UsageError` for a port that cannot be used and
    `KeyringUnavailable` when the token cannot be kept.
    """
    from studio.errors import UsageError
    from studio.secrets import control_token

    if not 0 < port < 65535:
        raise UsageError(
            f"--control-port must be 1 to 65534 (got {port}).",
            "The HTTP endpoint takes the next port: give e.g. --control-port 4455.",
        )
    token, made = control_token("demo" if memory else "studio", memory=memory)
    server = ControlServer(studio, token, port, host).start()
    where = f"ws://{server.host}:{server.port} and http://{server.host}:{server.http_port}"
    print(f"studio: remote control on {where}", file=sys.stderr, flush=True)
    if not is_loopback(host):
        print(
            f"studio: warning: the remote control listens on {host}: anyone on that network "
            "with the token can run the show.",
            file=sys.stderr,
            flush=True,
        )
    if made:
        # Shown once, to the person at the terminal; the keyring keeps it.
        sys.stderr.write(f"studio: remote-control token (shown once): {token}\n")
        sys.stderr.flush()
    return server


__all__ = ["ControlServer", "ControlledStudio", "start"]
