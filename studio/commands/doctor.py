"""`studio doctor`: is this computer ready for a show? Checks explained in plain words.

Each check says what it found, and when something is wrong, what to do about it. The exit code
is 0 when all is well, 1 when something deserves a look (warnings), 2 when something will stop a
show (failures). `--json` prints the same for support tools and the support bundle. Nothing on
disk is changed, and no secret is printed.

The checks themselves live in `studio.health` (shared with the support bundle and the first-run
wizard); this module is the command line only.
"""

from __future__ import annotations

import argparse
import json

from studio import health, i18n


def _run(args: argparse.Namespace) -> int:
    if args.probe_display:
        return health.probe_display()
    checks = health.run_checks(timeout=args.timeout, network=not args.offline)
    if args.json:
        print(json.dumps(health.report(checks), indent=2, ensure_ascii=False))
    else:
        print(health.render_text(checks))
    return health.EXIT_CODES[health.overall(checks)]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `doctor` sub-command to `sub` (the `studio` parser's sub-parsers)."""
    p = sub.add_parser(
        "doctor",
        help=i18n._("check this computer is ready for a show"),
        description=i18n._(
            "Check cameras, microphones, encoders, keyring, disk, folders and the "
            "network, and explain what to fix. Exit code 0 = ok, 1 = warnings, 2 = problems."
        ),
    )
    p.add_argument("--json", action="store_true", help=i18n._("print the results as JSON"))
    p.add_argument("--offline", action="store_true", help=i18n._("skip the network checks"))
    p.add_argument(
        "--timeout",
        type=float,
        default=health.DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=i18n._("network timeout per check (default {DEFAULT_TIMEOUT:g})").format(
            DEFAULT_TIMEOUT=health.DEFAULT_TIMEOUT
        ),
    )
    p.add_argument("--probe-display", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=_run)
