"""The remote control: a local WebSocket + HTTP server for stream decks, phones and scripts.

`start(studio, port, host=..., memory=...)` fetches (or makes) the token and starts a
`server.ControlServer`; see `protocol` for the messages and docs/control-protocol.schema.json
for their schema. Sits above `session` and `health`, below `app` (it drives a studio through
the `actions.ControlledStudio` protocol and never imports the app).
"""

from __future__ import annotations

import json
import logging
import socket
import sys

from studio import i18n
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
            i18n._("--control-port must be 1 to 65534 (got {port}).").format(port=port),
            i18n._("The HTTP endpoint takes the next port: give e.g. --control-port 4455."),
        )
    ref = "demo" if memory else "studio"
    token, made = control_token(ref, memory=memory)
    server = ControlServer(studio, token, port, host)
    server.token_ref, server.token_in_memory = ref, memory
    server.start()
    where = f"ws://{server.host}:{server.port} and http://{server.host}:{server.http_port}"
    print(
        i18n._("studio: remote control on {where}").format(where=where), file=sys.stderr, flush=True
    )
    if not is_loopback(host):
        print(
            i18n._(
                "studio: warning: the remote control listens on {host}: anyone on that network "
                "with the token can run the show."
            ).format(host=host),
            file=sys.stderr,
            flush=True,
        )
    if made:
        # Shown once, to the person at the terminal; the keyring keeps it.
        sys.stderr.write(f"studio: remote-control token (shown once): {token}\n")
        sys.stderr.flush()
    return server


def rotate_token(server: ControlServer) -> str:
    """A new token for a running remote control: kept where the old one was (keyring, or the
    demo's memory), in force at once; clients signed in with the old one are disconnected.
    Blocking (keyring). Raises `KeyringUnavailable`."""
    from studio.secrets import rotate_control_token

    token = rotate_control_token(server.token_ref, memory=server.token_in_memory)
    server.set_token(token)
    return token


def current_token(server: ControlServer) -> str | None:
    """The token `server` signs clients in with, from where it is kept (blocking: keyring)."""
    from studio.secrets import get_control_token

    return get_control_token(server.token_ref, memory=server.token_in_memory)


def reachable_host(host: str) -> str:
    """The address a phone should use for a server bound to `host`: `host` itself, or for a
    wildcard bind (0.0.0.0, ::) this computer's address on its default route (no packet is
    sent: a UDP socket is only connected), else 127.0.0.1."""
    if host not in ("0.0.0.0", "::", ""):
        return host
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1 (RFC 5737): routing only, nothing sent
            return str(s.getsockname()[0])
    except OSError:
        return "127.0.0.1"


def phone_payload(host: str, port: int, token: str) -> str:
    """What the phone QR code holds: {"ws", "http", "token"} as compact JSON (the WebSocket
    on `port`, HTTP on `port + 1`)."""
    return json.dumps(
        {"ws": f"ws://{host}:{port}", "http": f"http://{host}:{port + 1}", "token": token},
        separators=(",", ":"),
    )


__all__ = [
    "ControlServer",
    "ControlledStudio",
    "current_token",
    "phone_payload",
    "reachable_host",
    "rotate_token",
    "start",
]
