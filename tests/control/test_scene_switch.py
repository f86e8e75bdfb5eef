"""The remote control switches scenes (issue 19): `scene_switch` on a headless demo whose
settings folder holds a scene set, checked against the schema, the status and the refusals."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from studio.media.scenes import starter_set
from tests.control.test_control import Client, Live, live_demo


@pytest.fixture(scope="module")
def live_with_scenes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    tmp = tmp_path_factory.mktemp("control-scenes")
    dirs = {d: tmp / d for d in ("config", "state", "log")}
    dirs["config"].mkdir()
    scenes = starter_set(cameras=["test", "test"], mic="tone")
    # The demo keeps its settings (and so its scenes) in a folder of its own in the state dir.
    (dirs["state"] / "demo").mkdir(parents=True)
    (dirs["state"] / "demo" / "scenes.json").write_text(json.dumps(scenes.to_json()))
    with live_demo(tmp, duration=60, rate=1, dirs=dirs) as lv:
        yield lv


def test_a_remote_switches_scenes_on_air(live_with_scenes: Live) -> None:
    c = Client(live_with_scenes.ws_url)
    assert "scene_switch" in c.identified()["d"].get("requests", c.hello["d"]["requests"])
    scenes = c.request("get_status")["data"]["scenes"]
    assert scenes["program"] == "Camera" and "Camera + close-up" in scenes["names"]
    r = c.request("scene_switch", scene="Camera + close-up")
    assert r["ok"] and r["data"]["scene"] == "Camera + close-up", r
    assert c.request("get_status")["data"]["scenes"]["program"] == "Camera + close-up"
    r = c.request("scene_switch", scene="be right back", transition="cut")
    assert r["ok"] and r["data"]["scene"] == "Be right back", r
    for bad, words in (
        ({"scene": "Nope"}, "There is no scene 'Nope'"),
        ({"scene": "Camera", "transition": "wipe"}, "transition 'wipe'"),
        ({"scene": "Camera", "transition": "fade", "ms": 99999}, "fade:99999"),
    ):
        r = c.request("scene_switch", **bad)
        assert not r["ok"] and r["error"]["code"] == "refused", r
        assert words in r["error"]["message"] and r["error"]["hint"], r
    assert c.request("get_status")["data"]["scenes"]["program"] == "Be right back"
    # The show went on through the switches: frames keep coming, none lagged by a switch.
    stats = c.request("get_stats")["data"]["stats"]
    assert stats["frames_encoded"] > 0
    c.close()
