"""`studio demo --vertical`: the demo sends both canvases, 16:9 and 9:16, to two applications of
its local nginx-rtmp, and a player reading each gets the right picture size (issue 18)."""

from __future__ import annotations

import time
from pathlib import Path

import av

from studio.canvases import Orientation
from studio.commands.demo import DemoWorld, demo_studio
from studio.session.status import LiveState


def picture_size(url: str) -> tuple[int, int]:
    """Width and height of the first decoded picture a player gets from `url`."""
    with av.open(url, options={"rw_timeout": "10000000"}, timeout=10) as c:
        frame = next(c.decode(video=0))
        return frame.width, frame.height


def test_demo_sends_both_canvases_to_its_local_ingest(tmp_path: Path) -> None:
    world = DemoWorld(rate=0.5, vertical=True)
    assert world.vertical_url is not None, world.note
    studio, _ = demo_studio(world, "720p30", home=tmp_path / "home")
    try:
        targets = studio.options.targets()
        assert [t.canvas for t in targets] == [None, Orientation.PORTRAIT]
        studio.go_live().result(timeout=60)
        status = studio.session.status()
        assert status.state is LiveState.LIVE, status.error
        assert status.canvases == ("720p30", "720p30-vertical")
        time.sleep(2)  # a keyframe in each application for a player to start on
        assert picture_size(world.stream_url) == (1280, 720)
        assert picture_size(world.vertical_url) == (720, 1280)
        stats = studio.session.status().stats
        assert stats is not None and [c.frames_encoded > 30 for c in stats.canvases] == [
            True,
            True,
        ]
        studio.end_show().result(timeout=60)
    finally:
        studio.close()
