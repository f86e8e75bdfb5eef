"""`studio remote-token`: the remote control's token, for a stream deck, phone or script.

Shows the token kept in the keyring (making one if there is none), or makes a new one with
`--rotate` (the old one stops working for new connections; a running studio picks the new
one up when it restarts, while the window's Remote control dialog rotates it in force at
once). `--qr` also draws a QR code on the terminal that a phone can scan: it holds the
WebSocket and HTTP addresses and the token as one small JSON object.
"""

from __future__ import annotations

import argparse

from studio import i18n
from studio.commands.demo import control_port
from studio.control import phone_payload


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "remote-token",
        help=i18n._("show or rotate the remote control's token (stream decks, phones, scripts)"),
        description=(
            i18n._(
                "Prints the token a remote control signs in with (`studio --control-port PORT` "
                "serves the remote control). It is kept in the keyring."
            )
        ),
    )
    p.add_argument(
        "--rotate", action="store_true", help=i18n._("make a new token (the old one stops)")
    )
    p.add_argument("--qr", action="store_true", help=i18n._("also draw a QR code for a phone"))
    p.add_argument("--host", default="127.0.0.1", help=i18n._("the address in the QR code"))
    p.add_argument(
        "--port", type=control_port, default=4455, help=i18n._("the port in the QR code")
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio.secrets import control_token, rotate_control_token

    if args.rotate:
        token = rotate_control_token("studio")
        print(i18n._("A new remote-control token (the old one no longer signs in):"))
    else:
        token, made = control_token("studio")
        print(
            i18n._("A new remote-control token:") if made else i18n._("The remote-control token:")
        )
    print(f"  {token}")
    if args.qr:
        import segno

        segno.make(phone_payload(args.host, args.port, token), error="m").terminal(compact=True)
    return 0
