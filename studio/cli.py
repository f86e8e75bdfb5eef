"""The `studio` command line.

Each sub-command lives in its own module exposing `register(subparsers)`; the module sets
`func` on its parser. Errors derived from StudioError are printed as one sentence plus a hint,
never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from studio import __version__, i18n
from studio.errors import StudioError
from studio.redact import redact

# Modules that contribute sub-commands; each has register(subparsers).
COMMAND_MODULES = [
    "studio.commands.broadcast",
    "studio.commands.catalog",
    "studio.commands.demo",
    "studio.commands.destinations",
    "studio.commands.devices",
    "studio.commands.doctor",
    "studio.commands.overlay_preview",
    "studio.commands.report",
    "studio.commands.remote",
    "studio.commands.sandbox",
    "studio.commands.support_bundle",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studio", description=i18n._("Live-commerce streaming studio.")
    )
    parser.add_argument(
        "--version",
        action="version",
        version=i18n._("studio {version}").format(version=__version__),
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help=i18n._("log debug detail to stderr")
    )
    from studio.commands.demo import add_control_args

    add_control_args(parser, dest="window_control_port")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


LANGUAGE_ENV = "STUDIO_LANGUAGE"


def interface_language() -> str:
    """The language the command line speaks: $STUDIO_LANGUAGE, else the settings' language
    (the window's), else English when the settings cannot be read (the command then reports
    that itself)."""
    import os

    tag = os.environ.get(LANGUAGE_ENV, "").strip()
    if tag:
        return tag
    try:
        from studio.config import load_config

        return load_config(repair=False).value.ui.language
    except Exception:  # a broken or unreadable settings file: its own command says so
        return "en"


def main(argv: Sequence[str] | None = None) -> int:
    i18n.set_language(interface_language())
    parser = build_parser()
    args = parser.parse_args(argv)
    if argv is None:
        # The real command line: log to the rotating file and report crashes. Callers that
        # pass argv (tests, embedding) keep their own logging and exception hooks.
        from studio import logs

        logs.setup_logging(verbose=args.verbose)
        logs.install_crash_handler()
    else:
        logging.basicConfig(
            level=logging.DEBUG if args.verbose else logging.WARNING,
            format="%(levelname)s %(name)s: %(message)s",
        )
    func = getattr(args, "func", None)
    if func is None:
        from studio.ui.main import run_window  # no sub-command: the studio window

        func = run_window
    try:
        return int(func(args) or 0)
    except StudioError as exc:
        print(i18n._("studio: {message}").format(message=redact(exc.message)), file=sys.stderr)
        if exc.hint:
            print(f"  {redact(exc.hint)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
