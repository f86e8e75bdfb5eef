"""The interop matrix: the same show against three independent RTMP server implementations.

nginx-rtmp (C, Debian's libnginx-mod-rtmp), node-media-server (JavaScript, npm; it never
acknowledges what it receives) and FFmpeg's own RTMP listen mode (the Debian ffmpeg CLI, which
checks the stream name it was given). Each records what arrived; ffprobe/PyAV (tests/media.py)
check it is what a platform expects, and that every frame counted as sent arrived.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.engine.test_broadcast import assert_broadcast_format
from tests.media import probe

KEY = "interop-Key_7q"
SECONDS = 5


def _nginx(server: Any) -> tuple[str, Any]:
    return server.url(KEY), lambda: server.wait_recordings(1)[0]


def _nms(server: Any) -> tuple[str, Any]:
    # It records under APP/NAME: the path proves what it was asked.
    return server.url(KEY), lambda: server.wait_recordings(KEY, "live")[0]


def _ffmpeg(server: Any) -> tuple[str, Any]:
    server.key = KEY
    return server.url, server.wait


SERVERS = {"nginx-rtmp": ("nginx_rtmp", _nginx), "node-media-server": ("node_media_server", _nms),
           "ffmpeg-listen": ("ffmpeg_listen", _ffmpeg)}  # fmt: skip


@pytest.mark.parametrize("which", list(SERVERS))
def test_the_same_show_arrives_whole_at_every_server(
    which: str, request: pytest.FixtureRequest, broadcast, tmp_path: Path
) -> None:
    fixture, connect = SERVERS[which]
    url, arrived = connect(request.getfixturevalue(fixture))
    run = broadcast("--video", "test", "--audio", "test", "--url", url,
                    "--duration", str(SECONDS), "--profile", "720p30")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert KEY not in run.stderr
    out = run.stats["outputs"][0]
    assert out["state"] == "stopped" and out["reconnects"] == 0 and out["frames_dropped"] == 0
    flv: Path = arrived()
    info = probe(flv)
    sent = out["frames_sent"]
    assert sent == run.stats["frames_encoded"]
    lost_here = run.stats["frames_lagged"] + run.stats["frames_skipped"]  # a busy machine
    if which == "node-media-server":
        # node-media-server 4.4.3 now and then leaves a single inter frame out of its
        # recording under load (0-7 of 150 seen here, never a keyframe); the same stream
        # captured on its way in by a proxy held every frame, and the other servers record
        # them all.
        assert 0.95 * sent <= info["video_frames"] <= sent, (which, info)
    else:
        # Everything counted as sent arrived.
        assert info["video_frames"] == sent, (which, info)
    if lost_here or info["video_frames"] != sent:
        # Frames missing from the stream (counted as lagged or skipped by us, or left out by
        # the server) lower the mean frame rate; the rate itself is checked on a full stream.
        assert info["fps"] == pytest.approx(30.0 * info["video_frames"] / (sent + lost_here),
                                            rel=0.03)  # fmt: skip
        info = {**info, "fps": 30.0}
    assert_broadcast_format(info, 1280, 720, SECONDS)
