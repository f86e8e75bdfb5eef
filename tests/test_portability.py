"""Studio imports on Windows: no module of `studio/` needs a POSIX-only module at import time.

The packaging builds for Windows, where `resource`, `fcntl`, `termios`, `pwd`, `grp` and their
kind do not exist, `os` has no `fork`, `getuid` or `sysconf`, and `signal` has no `SIGKILL`. A
child interpreter imports every module of `studio/` with those taken away *from Studio's own
imports*: an `import resource` in a studio module raises ImportError, and `import os` /
`import signal` hand it a copy of the module without the POSIX-only names. Third-party and
standard-library modules keep the real ones, since they take their own Windows branches there.
A module that still needs them is named, with the line that does.

Lazy imports inside functions are fine (guard them, or give a fallback): only import time counts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import studio

ROOT = Path(studio.__file__).parent

# Modules that exist only on POSIX systems (stdlib "Availability: Unix").
POSIX_MODULES = [
    "resource",
    "fcntl",
    "termios",
    "tty",
    "pty",
    "pwd",
    "grp",
    "posix",
    "syslog",
    "crypt",
    "spwd",
    "nis",
    "_posixsubprocess",
    "readline",
]
# Names of `os` and `signal` that Windows lacks (the ones a program plausibly uses).
POSIX_OS_NAMES = [
    "fork",
    "forkpty",
    "getuid",
    "geteuid",
    "getgid",
    "getegid",
    "getgroups",
    "setuid",
    "setgid",
    "getpgid",
    "getpgrp",
    "setpgid",
    "setpgrp",
    "setsid",
    "getsid",
    "killpg",
    "sysconf",
    "sysconf_names",
    "confstr",
    "pathconf",
    "fpathconf",
    "uname",
    "getloadavg",
    "statvfs",
    "fstatvfs",
    "mkfifo",
    "mknod",
    "chown",
    "fchown",
    "lchown",
    "chroot",
    "nice",
    "wait3",
    "wait4",
    "WNOHANG",
    "WUNTRACED",
    "sched_getaffinity",
    "sched_setaffinity",
    "getpriority",
    "setpriority",
    "openpty",
    "ttyname",
    "ctermid",
    "register_at_fork",
    "O_NOFOLLOW",
    "O_CLOEXEC",
    "O_NONBLOCK",
    "O_SYNC",
    "O_NOCTTY",
]
# Windows keeps these signals (https://docs.python.org/3/library/signal.html#signal.SIGBREAK).
WINDOWS_SIGNALS = ["SIGABRT", "SIGFPE", "SIGILL", "SIGINT", "SIGSEGV", "SIGTERM", "SIGBREAK"]
POSIX_SIGNAL_FUNCTIONS = [
    "alarm",
    "pause",
    "setitimer",
    "getitimer",
    "siginterrupt",
    "sigwait",
    "sigpending",
    "sigtimedwait",
    "sigwaitinfo",
    "pthread_kill",
    "pthread_sigmask",
    "pidfd_send_signal",
]

CHILD = r"""
import builtins, importlib, json, os, signal, sys, traceback, types

cfg = json.loads(sys.argv[1])
blocked = set(cfg["modules"])

def trimmed(module, drop):
    copy = types.ModuleType(module.__name__, module.__doc__)
    copy.__dict__.update({k: v for k, v in vars(module).items() if k not in drop})
    return copy

windows_os = trimmed(os, set(cfg["os"]))
keep = set(cfg["signals"])
windows_signal = trimmed(
    signal,
    {n for n in vars(signal) if n.startswith("SIG") and not n.startswith("SIG_") and n not in keep}
    | set(cfg["signal_functions"]),
)
stand_ins = {"os": windows_os, "signal": windows_signal}
real_import = builtins.__import__

def windows_import(name, globals=None, locals=None, fromlist=(), level=0):
    importer = (globals or {}).get("__name__") or ""
    if level == 0 and importer.partition(".")[0] == cfg["package"]:
        root = name.partition(".")[0]
        if root in blocked:
            raise ImportError(f"{importer} imports {name!r}, which Windows does not have")
        if root in stand_ins and "." not in name:
            return stand_ins[root]
    return real_import(name, globals, locals, fromlist, level)

builtins.__import__ = windows_import

sys.path.insert(0, os.path.dirname(cfg["root"]))
studio_dir = os.path.dirname(cfg["root"])
failures = []
for name in cfg["names"]:
    try:
        importlib.import_module(name)
    except BaseException as exc:
        frames = [
            f for f in traceback.extract_tb(exc.__traceback__)
            if os.path.abspath(f.filename).startswith(cfg["root"] + os.sep)
        ]
        where = (
            f"{os.path.relpath(frames[-1].filename, studio_dir)}:{frames[-1].lineno}"
            if frames else "?"
        )
        failures.append({"module": name, "where": where, "error": f"{type(exc).__name__}: {exc}"})
print(json.dumps(failures))
"""


def modules_of(root: Path) -> list[str]:
    """Every module of the package at `root`, by dotted name, parents first."""
    names = []
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__main__":
            continue  # importing it would run the command line
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def import_as_on_windows(root: Path) -> list[dict[str, str]]:
    """Import every module of the package at `root` in a child interpreter that takes the
    POSIX-only modules and names away from that package's imports.

    Returns one `{"module", "where" ("path/file.py:line" of the package's innermost frame),
    "error"}` per module that failed (a module importing a failing one fails too).
    """
    cfg = {
        "root": str(root),
        "package": root.name,
        "names": modules_of(root),
        "modules": POSIX_MODULES,
        "os": POSIX_OS_NAMES,
        "signals": WINDOWS_SIGNALS,
        "signal_functions": POSIX_SIGNAL_FUNCTIONS,
    }
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(cfg)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=root.parent,
        check=False,
    )
    assert proc.returncode == 0 and proc.stdout.strip(), proc.stderr[-3000:]
    failures: list[dict[str, str]] = json.loads(proc.stdout.strip().splitlines()[-1])
    return failures


def test_every_studio_module_imports_without_posix_only_modules() -> None:
    failures = import_as_on_windows(ROOT)
    by_cause: dict[tuple[str, str], list[str]] = {}
    for f in failures:
        by_cause.setdefault((f["where"], f["error"]), []).append(f["module"])
    lines = [
        f"{where}: {error}\n    so these cannot be imported: {', '.join(modules)}"
        for (where, error), modules in sorted(by_cause.items())
    ]
    assert not failures, "modules that cannot be imported on Windows:\n" + "\n".join(lines)


def test_the_check_names_each_module_that_needs_posix_at_import(tmp_path: Path) -> None:
    """The check can fail: a package whose modules need POSIX at import time is caught, each
    offender named at its line; a lazy import inside a function is not flagged."""
    pkg = tmp_path / "winprobe"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "uses_resource.py").write_text("import os\nimport resource\n", encoding="utf-8")
    (pkg / "uses_sigkill.py").write_text("import signal\nKILL = signal.SIGKILL\n", "utf-8")
    (pkg / "uses_getuid.py").write_text("from os import getuid\n", encoding="utf-8")
    (pkg / "lazy.py").write_text(
        "import signal\nSTOP = signal.SIGTERM\n\n\ndef usage():\n    import resource\n\n"
        "    return resource.getrusage(resource.RUSAGE_SELF)\n",
        encoding="utf-8",
    )

    failures = {f["module"]: f for f in import_as_on_windows(pkg)}

    assert set(failures) == {
        "winprobe.uses_resource",
        "winprobe.uses_sigkill",
        "winprobe.uses_getuid",
    }
    assert "imports 'resource'" in failures["winprobe.uses_resource"]["error"]
    assert failures["winprobe.uses_resource"]["where"] == "winprobe/uses_resource.py:2"
    assert "SIGKILL" in failures["winprobe.uses_sigkill"]["error"]
    assert failures["winprobe.uses_sigkill"]["where"] == "winprobe/uses_sigkill.py:2"
    assert "getuid" in failures["winprobe.uses_getuid"]["error"]
