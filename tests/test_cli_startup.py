"""The command line imports only the sub-command it runs (start-up time is CPU every show pays:
the remote control's modules alone cost ~0.6 s), yet lists every sub-command in its help."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from studio.cli import COMMANDS, build_parser, chosen_command

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["broadcast", "--duration", "3"], "broadcast"),
        (["-v", "remote-token", "--qr"], "remote-token"),
        (["--control-port", "4455", "demo"], "demo"),
        (["--control-host", "0.0.0.0", "--control-port", "4455"], None),  # the window
        (["--help", "broadcast"], None),  # help first: every sub-command listed
        (["broadcst"], None),  # a typo: argparse lists the choices
        ([], None),
    ],
)
def test_the_named_sub_command_is_found(argv: list[str], expected: str | None) -> None:
    assert chosen_command(argv) == expected


def test_a_parser_for_one_command_still_parses_it_and_the_full_one_lists_all() -> None:
    one = build_parser(["broadcast", "--profile", "720p30"])
    args = one.parse_args(["broadcast", "--profile", "720p30"])
    assert args.command == "broadcast" and args.profile == "720p30"
    help_text = build_parser().format_help()
    assert all(name in help_text for name in COMMANDS)


def test_running_broadcast_help_does_not_import_the_remote_control() -> None:
    code = (
        "import sys\n"
        "from studio.cli import main\n"
        "try:\n"
        "    main(['broadcast', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith(('studio.control', "
        "'studio.health', 'studio.commands.'))))\n"
    )
    out = (
        subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    assert out == "['studio.commands.broadcast', 'studio.commands.demo']"
