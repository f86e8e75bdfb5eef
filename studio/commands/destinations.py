"""`studio destinations`: where shows go, with stream keys kept in the OS keyring.

A key typed on a command line ends up in shell history and `ps`; here it is read from a
hidden prompt (or standard input when piped) and only ever stored in the keyring.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from studio import i18n
from studio.canvases import Orientation
from studio.errors import UsageError


def register(sub: Any) -> None:
    p = sub.add_parser("destinations", help=i18n._("add, list or remove stream destinations"))
    dsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = dsub.add_parser(
        "add", help=i18n._("add or replace a destination; asks for the stream key")
    )
    add.add_argument("name", help=i18n._("a short name, e.g. shop or youtube"))
    add.add_argument(
        "--url",
        required=True,
        help=i18n._(
            "ingest URL without the key, as the platform gives it: rtmp[s]://host[:port]/app"
        ),
    )
    add.add_argument(
        "--canvas",
        default=None,
        help=i18n._(
            "which of the show's canvases it gets: horizontal (16:9) or vertical (9:16, for "
            "phone feeds such as TikTok Shop LIVE or Shorts); default: the --profile's"
        ),
    )
    dsub.add_parser("list", help=i18n._("list destinations (keys masked)"))
    rm = dsub.add_parser("remove", help=i18n._("forget a destination and delete its key"))
    rm.add_argument("name")
    p.set_defaults(func=run)


def _read_key(name: str) -> str:
    prompt = i18n._("Stream key for {name} (hidden): ").format(name=name)
    key = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline()
    key = key.strip()
    if not key or any(c.isspace() for c in key):
        raise UsageError(
            i18n._("The stream key is empty or contains spaces."), i18n._("Paste it again.")
        )
    return key


def run(args: argparse.Namespace) -> int:
    from studio import secrets
    from studio.config import Destination, load_config, save_config
    from studio.ingest_url import parse as parse_url

    config = load_config().value
    name = getattr(args, "name", "").casefold()
    others = tuple(d for d in config.destinations if d.name.casefold() != name)
    if args.action == "list":
        if not config.destinations:
            print(i18n._("No destinations yet: studio destinations add NAME --url rtmp://host/app"))
        for d in config.destinations:
            has_key = bool(d.key_ref and secrets.get_stream_key(d.key_ref))
            stored = "stored" if has_key else "missing"
            where = d.canvas.word if d.canvas is not None else "main"
            print(
                i18n._("{name:<16} {where:<10} {display_url}  key: {stored}").format(
                    name=d.name, where=where, display_url=d.display_url, stored=stored
                )
            )
        return 0
    if args.action == "remove":
        if len(others) == len(config.destinations):
            raise UsageError(
                i18n._("There is no destination called {name!r}.").format(name=args.name)
            )
        secrets.delete_stream_key(args.name)
        save_config(config.model_copy(update={"destinations": others}))
        print(i18n._("Removed {name}.").format(name=args.name))
        return 0
    # UsageError names the two canvases; None: the show's main canvas (the profile's)
    shape = Orientation.parse(args.canvas) if args.canvas is not None else None
    address = parse_url(args.url)  # the publisher's own grammar: BadUrl says what is wrong
    if address.name:
        raise UsageError(
            i18n._(
                "This URL ends in a stream key ({describe}). Give the URL without it; you will "
                "be asked for the key."
            ).format(describe=address.describe()),
            i18n._("For example: --url {base}").format(base=address.base),
        )
    try:
        dest = Destination(name=args.name, url=address.base, key_ref=args.name, canvas=shape)
    except ValueError as exc:
        raise UsageError(i18n._("The destination is not valid: {exc}").format(exc=exc)) from None
    key = _read_key(args.name)
    read = parse_url(dest.ingest_url(key))  # how the server will be asked, key masked
    secrets.set_stream_key(args.name, key)
    save_config(config.model_copy(update={"destinations": (*others, dest)}))
    canvas_name = (
        i18n._("{word} canvas").format(word=shape.label)
        if shape is not None
        else i18n._("the profile's canvas")
    )
    print(
        i18n._("Saved {name} ({display_url}, {canvas_name}): {describe}.").format(
            name=args.name,
            display_url=dest.display_url,
            canvas_name=canvas_name,
            describe=read.describe(),
        )
    )
    print(i18n._("Its key is in the keyring."))
    return 0


def resolve(names: list[str]) -> list[tuple[str, Orientation | None]]:
    """(publish URL, canvas; None: the profile's) for destination names, keys from the
    keyring (never shown or logged). Raises UsageError for an unknown name or a key missing
    from the keyring."""
    from studio import secrets
    from studio.config import load_config

    config = load_config(repair=False).value
    by_name = {d.name.casefold(): d for d in config.destinations}
    urls = []
    for name in names:
        dest = by_name.get(name.casefold())
        if dest is None:
            known = ", ".join(d.name for d in config.destinations) or i18n._("none yet")
            raise UsageError(
                i18n._("There is no destination called {name!r} (known: {known}).").format(
                    name=name, known=known
                ),
                i18n._("Add it with: studio destinations add NAME --url rtmp://host/app"),
            )
        key = secrets.get_stream_key(dest.key_ref) if dest.key_ref else None
        if not key:
            raise UsageError(
                i18n._("The stream key for {name!r} is not in the keyring.").format(name=dest.name),
                i18n._("Store it with: studio destinations add {name} --url {display_url}").format(
                    name=dest.name, display_url=dest.display_url
                ),
            )
        urls.append((dest.ingest_url(key), dest.canvas))
    return urls
