"""Running the health checks: the full plan in a stable order, and the guard every check
runs behind.

`run_checks` is what `studio doctor` and the support bundle run; the first-run wizard runs a
subset (devices, encoders, network) through the same `guarded`, so all three agree.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from functools import partial

from studio import i18n
from studio.config import load_config
from studio.health.check import WARN, Check
from studio.health.devices import check_cameras, check_encoders, check_microphones
from studio.health.display import check_display
from studio.health.network import network_checks
from studio.health.software import check_ffmpeg, check_python, check_qt
from studio.health.storage import (
    check_config,
    check_disk,
    check_folders,
    check_keyring,
    check_last_crash,
)

DEFAULT_TIMEOUT = 3.0  # seconds per network step (DNS, connect, HTTP)
MAX_WORKERS = 6  # checks run side by side; the slow ones wait on the network or a child


def run_checks(*, timeout: float = DEFAULT_TIMEOUT, network: bool = True) -> list[Check]:
    """All checks, in a stable order; slow ones (display, network) run side by side.

    Blocking, for seconds (up to about `timeout` × 3 per unreachable host, 10 s for the
    display probe): call it from a worker thread in a GUI. `network=False` leaves out the
    ingest, API and clock checks. Reads the settings with `repair=False`: nothing on disk is
    changed. Never raises for a failing check: each runs through `guarded`.
    """
    loaded = load_config(repair=False)
    config = loaded.value
    plan: list[Callable[[], Check]] = [
        check_python,
        check_qt,
        check_ffmpeg,
        partial(check_config, loaded),
        partial(check_cameras, config),
        partial(check_microphones, config),
        partial(check_encoders, config),
        partial(check_display, timeout),
        partial(check_keyring, config),
        partial(check_disk, config),
        check_folders,
    ]
    if network:
        plan += network_checks(config, timeout)
    plan.append(check_last_crash)
    with concurrent.futures.ThreadPoolExecutor(max_workers=MAX_WORKERS) as pool:
        futures = [pool.submit(guarded, fn) for fn in plan]
        return [f.result() for f in futures]


def guarded(fn: Callable[[], Check]) -> Check:
    """Run one check; an exception it raises becomes a warning, so a broken check never hides
    the others.

    The warning's id is the check function's name without "check_" (a `functools.partial` is
    unwrapped). Runs on the caller's thread; catches `Exception`, not `BaseException`.
    """
    try:
        return fn()
    except Exception as exc:  # a broken check must not hide the others
        name = getattr(getattr(fn, "func", fn), "__name__", "check").removeprefix("check_")
        return Check(
            name,
            name.replace("_", " ").capitalize(),
            WARN,
            i18n._("This check could not run ({name}: {exc}).").format(
                name=type(exc).__name__, exc=exc
            ),
            i18n._("Report it with 'studio support-bundle'."),
        )
