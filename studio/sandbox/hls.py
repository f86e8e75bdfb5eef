"""A show's live video as HLS, from the fragments a local nginx-rtmp writes (`hls_path`).

nginx names a stream's files after its stream name, which is the stream key, a secret
(`KEY.m3u8`, `KEY-N.ts`). The viewer page asks for them by show instead: `playlist(show_id)`
finds the playlist whose name is a stream key of that show (`show_of_key`, the platform's own
lookup; a key found once stays that show's, so a stream published before a key rotation is still
found) and rewrites it so fragments are named by their number only (`N.ts`). The key never
reaches a browser.

Each fragment gets an `#EXT-X-PROGRAM-DATE-TIME`: the server-clock time its first frame reached
the ingest. nginx-rtmp writes a fragment as its frames arrive and closes it at the keyframe
that starts the next one, so that time is the finished file's last write minus its duration
(measured here within ~0.1 s of the previous fragment's close). It is taken the first time a
fragment is listed and remembered, so it never moves between playlist reloads. A player shows
its delay behind live from it (hls.js: `playingDate`).

A playlist nginx has not rewritten for a while (`stale_after_s`, default three target durations
plus 2 s) is a stream that stopped: it is not served, so a player waits for the next one
instead of spinning on the last fragments. Qt-free; thread-safe (FastAPI runs sync routes on a
thread pool).
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

_SEGMENT = re.compile(r"^(?P<name>.+)-(?P<seq>[0-9]{1,18})\.ts$")
_MEMO_MAX = 512  # fragments remembered (a 6 s playlist lists 3-4 of each stream)


def _iso(epoch_s: float) -> str:
    """`2026-11-30T02:56:52.123Z` (what HLS's PROGRAM-DATE-TIME and JavaScript's Date read)."""
    stamp = datetime.fromtimestamp(epoch_s, UTC).isoformat(timespec="milliseconds")
    return stamp.replace("+00:00", "Z")


class LiveHls:
    """The HLS of every show publishing to one nginx-rtmp `hls_path` directory.

    directory: nginx's `hls_path`. show_of_key: the show a stream key publishes to, or None
    (`ShowStore.for_stream_key`). clock: wall clock in seconds (file times are wall clock).
    """

    def __init__(
        self,
        directory: Path,
        show_of_key: Callable[[str], str | None],
        clock: Callable[[], float] = time.time,
        stale_after_s: float | None = None,
    ) -> None:
        self.directory = Path(directory)
        self._show_of_key = show_of_key
        self._clock = clock
        self._stale_after_s = stale_after_s
        self._lock = threading.Lock()
        self._owner: dict[str, str] = {}  # stream name -> show id, once found
        self._starts: dict[tuple[str, int], float] = {}  # (stream, seq) -> first frame, epoch s

    def _stream_of(self, show_id: str) -> Path | None:
        """The show's most recently written playlist file, or None."""
        best: tuple[float, Path] | None = None
        try:
            candidates = list(self.directory.glob("*.m3u8"))
        except OSError:
            return None
        for path in candidates:
            name = path.stem
            with self._lock:
                owner = self._owner.get(name)
            if owner is None:
                owner = self._show_of_key(name)
                if owner is None:
                    continue
                with self._lock:
                    self._owner[name] = owner
            if owner != show_id:
                continue
            try:
                mtime = path.stat().st_mtime
            except OSError:
                continue
            if best is None or mtime > best[0]:
                best = (mtime, path)
        return best[1] if best else None

    def playlist(self, show_id: str) -> str | None:
        """The show's live playlist with fragments renamed `N.ts` and dated; None when no
        stream of the show is being written right now."""
        path = self._stream_of(show_id)
        if path is None:
            return None
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
            written = path.stat().st_mtime
        except OSError:
            return None
        target = 2.0
        for line in text.splitlines():
            if line.startswith("#EXT-X-TARGETDURATION:"):
                with contextlib.suppress(ValueError):
                    target = float(line.partition(":")[2])
        stale = self._stale_after_s if self._stale_after_s is not None else 3 * target + 2.0
        if self._clock() - written > stale:
            return None
        return self._rewrite(path.stem, text)

    def _rewrite(self, name: str, text: str) -> str:
        out: list[str] = []
        duration = 0.0
        extinf_at = 0
        listed: list[int] = []
        for line in text.splitlines():
            if line.startswith("#EXTINF:"):
                extinf_at = len(out)
                try:
                    duration = float(line.partition(":")[2].split(",")[0])
                except ValueError:
                    duration = 0.0
            elif line and not line.startswith("#"):
                match = _SEGMENT.match(line.strip())
                if match is None or match["name"] != name:
                    del out[extinf_at:]  # not this stream's: its #EXTINF goes with it
                    continue
                seq = int(match["seq"])
                listed.append(seq)
                start = self._start_of(name, seq, duration)
                if start is not None:  # before the fragment's #EXTINF
                    out.insert(extinf_at, f"#EXT-X-PROGRAM-DATE-TIME:{_iso(start)}")
                out.append(f"{seq}.ts")
                continue
            out.append(line)
        self._forget_before(name, min(listed) if listed else 0)
        return "\n".join(out) + "\n"

    def _start_of(self, name: str, seq: int, duration: float) -> float | None:
        key = (name, seq)
        with self._lock:
            known = self._starts.get(key)
        if known is not None:
            return known
        try:
            closed = (self.directory / f"{name}-{seq}.ts").stat().st_mtime
        except OSError:
            return None
        start = closed - duration
        with self._lock:
            start = self._starts.setdefault(key, start)
        return start

    def _forget_before(self, name: str, seq: int) -> None:
        with self._lock:
            if len(self._starts) <= _MEMO_MAX:
                return
            for key in [k for k in self._starts if k[0] != name or k[1] < seq]:
                del self._starts[key]

    def fragment(self, show_id: str, seq: int) -> Path | None:
        """The file of fragment `seq` of the show's current stream, or None."""
        path = self._stream_of(show_id)
        if path is None:
            return None
        fragment = self.directory / f"{path.stem}-{seq}.ts"
        return fragment if fragment.is_file() else None
