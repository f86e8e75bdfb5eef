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

# Sub-command → the module that registers it (each has register(subparsers)).
COMMANDS = {
    "broadcast": "studio.commands.broadcast",
    "catalog": "studio.commands.catalog",
    "demo": "studio.commands.demo",
    "destinations": "studio.commands.destinations",
    "devices": "studio.commands.devices",
    "doctor": "studio.commands.doctor",
    "overlay-preview": "studio.commands.overlay_preview",
    "report": "studio.commands.report",
    "remote-token": "studio.commands.remote",
    "sandbox": "studio.commands.sandbox",
    "support-bundle": "studio.commands.support_bundle",
}
COMMAND_MODULES = list(dict.fromkeys(COMMANDS.values()))

# Global options that take a value (their value is not the sub-command's name).
_VALUED_OPTIONS = ("--control-port", "--control-host")


def chosen_command(argv: Sequence[str]) -> str | None:
    """The sub-command named on the command line `argv` (without the program name), or None
    when there is none, it is unknown, or help is asked before it (then every sub-command is
    registered, so the help and argparse's own errors list them all)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("-h", "--help"):
            return None
        elif arg in _VALUED_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line. With `argv`, only the sub-command it names is imported and
    registered (the others' modules cost start-up time: the remote control's alone is ~0.6 s
    of CPU), unless none is named or help is asked first; without it, all of them are."""
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
    only = chosen_command(argv) if argv is not None else None
    for name in [COMMANDS[only]] if only else COMMAND_MODULES:
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
    words = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(words)
    args = parser.parse_args(words)
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
