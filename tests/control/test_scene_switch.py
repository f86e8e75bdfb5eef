"""The remote control switches scenes (issue 19): `scene_switch` on a headless demo whose
settings folder holds a scene set, checked against the schema, the status and the refusals."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from websockets.exceptions import ConnectionClosed

from studio.media.scenes import starter_set
from tests.control.test_control import ROOT, TOKEN, Client, Live, two_free_ports


@pytest.fixture(scope="module")
def live_with_scenes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    tmp = tmp_path_factory.mktemp("control-scenes")
    dirs = {d: tmp / d for d in ("config", "state", "log")}
    dirs["config"].mkdir()
    scenes = starter_set(cameras=["test", "test"], mic="tone")
    # The demo keeps its settings (and so its scenes) in a folder of its own in the state dir.
    (dirs["state"] / "demo").mkdir(parents=True)
    (dirs["state"] / "demo" / "scenes.json").write_text(json.dumps(scenes.to_json()))
    env = {**os.environ, "STUDIO_CONTROL_TOKEN": TOKEN, "PYTHONPATH": str(ROOT)}
    env.update({f"STUDIO_{d.upper()}_DIR": str(p) for d, p in dirs.items()})
    port = two_free_ports()
    out, err = tmp / "stdout.txt", tmp / "stderr.txt"
    cmd = [sys.executable, "-m", "studio.cli", "-v", "demo", "--headless", "--duration", "60"]
    cmd += ["--rate", "1", "--control-port", str(port)]
    with out.open("wb") as fo, err.open("wb") as fe:
        proc = subprocess.Popen(cmd, env=env, stdout=fo, stderr=fe, cwd=tmp)
    lv = Live(proc, port, dirs, out, err)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, err.read_text()[-3000:]
            try:
                c = Client(lv.ws_url)
                c.identified()
                if c.request("get_status")["data"]["state"] == "live":
                    c.close()
                    break
                c.close()
            except (OSError, ConnectionClosed, TimeoutError):
                pass
            assert time.monotonic() < deadline, "the studio did not go live in 60 s"
            time.sleep(0.5)
        yield lv
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()


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
