"""The post-show report, written once per show off the caller's thread."""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from studio.session.timeline import TimelineRecorder

log = logging.getLogger(__name__)


class ShowReports:
    """Writes each show's report (HTML, PDF, CSV into the show's folder) once, on a worker
    thread of its own ("report"), from the show's timeline.

    `future(show_id)` resolves with the HTML file once written (an exception when it could
    not be); `write(show_id)` starts it (once); `write_later(delay_s)` writes the current
    show's report after a delay, for when the platform never says the show ended (offline, a
    co-host's show running on). `close()` waits for a report being written.
    """

    def __init__(self, timeline: TimelineRecorder, locale: Callable[[], str]) -> None:
        self._timeline = timeline
        self._locale = locale
        self._futures: dict[str, concurrent.futures.Future[Path]] = {}
        self._started: set[str] = set()
        self._lock = threading.Lock()
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="report")

    def future(self, show_id: str) -> concurrent.futures.Future[Path]:
        """The report of `show_id`; asking does not start it (see `write`)."""
        with self._lock:
            return self._futures.setdefault(show_id, concurrent.futures.Future())

    def write(self, show_id: str) -> concurrent.futures.Future[Path]:
        """Write the show's report, once, off the caller's thread; returns `future(show_id)`."""
        fut = self.future(show_id)
        with self._lock:
            if show_id in self._started:
                return fut
            self._started.add(show_id)
        try:
            self._pool.submit(self._work, show_id, fut)
        except RuntimeError as exc:  # closing down
            fut.set_exception(exc)
        return fut

    def _work(self, show_id: str, fut: concurrent.futures.Future[Path]) -> None:
        from studio.report.write import write_report  # matplotlib: only when a report is due

        try:
            self._timeline.flush()
            files = write_report(
                self._timeline.folder(show_id), locale=self._locale(), everything=True
            )
            assert files.html is not None
            log.info("show report written to %s", files.html)
            fut.set_result(files.html)
        except BaseException as exc:
            log.warning("the show report could not be written: %s", exc)
            fut.set_exception(exc)

    def write_later(self, delay_s: float = 15.0) -> None:
        """Write the current show's report in `delay_s` seconds (a daemon timer)."""
        show_id = self._timeline.show_id
        if show_id is None:
            return
        timer = threading.Timer(delay_s, self.write, args=(show_id,))
        timer.daemon = True
        timer.start()

    def close(self) -> None:
        """Finish a report being written; no new ones start."""
        self._pool.shutdown(wait=True)
