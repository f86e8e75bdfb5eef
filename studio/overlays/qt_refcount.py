"""Guard against PySide6 builds that drop a reference to None on every void call.

PySide6 6.12.0 on CPython 3.11 returns None from void methods (QPainter.setPen, save,
drawImage, ...) without taking a reference. Each call lowers None's reference count by one; a
few thousand overlay renders later the interpreter aborts with "Fatal Python error:
none_dealloc". CPython 3.12 made None immortal, which is why the bug goes unnoticed there.

We measure the effect once instead of assuming it, and if it is present we give None a
reference count no process can spend (2**40), which is what 3.12 does by design. None is never
freed anyway, so the extra references cost nothing. Everything that draws with Qt must call
`guard_none_refcount()` first (the overlays do it in `ensure_qt()`).
"""

from __future__ import annotations

import ctypes
import logging
import sys
import threading

log = logging.getLogger(__name__)

_BUMP = 1 << 40
_lock = threading.Lock()
_done = False


def none_refcount_leak_per_call() -> int:
    """References to None lost per void PySide6 call (0 on a healthy build)."""
    from PySide6.QtCore import QPointF

    point = QPointF()
    n = 32
    before = sys.getrefcount(None)
    for _ in range(n):
        point.setX(1.0)
    after = sys.getrefcount(None)
    # Pay back what the probe itself cost before anything else can trip over it.
    for _ in range(max(0, before - after)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    return max(0, round((before - after) / n))


def guard_none_refcount() -> bool:
    """Make None effectively immortal if this PySide6 build leaks it; True if it had to."""
    global _done
    with _lock:
        if _done:
            return False
        _done = True
        if sys.version_info >= (3, 12):
            return False  # None is immortal: the leak is harmless
        leak = none_refcount_leak_per_call()
        if not leak:
            return False
        import PySide6

        log.info(
            "PySide6 %s loses a reference to None on each call; guarding against it",
            PySide6.__version__,
        )
        ctypes.c_ssize_t.from_address(id(None)).value += _BUMP
        return True
