"""The remote control, driven from outside: a real `studio demo --headless --control-port P`
in another process, a real WebSocket client and real HTTP requests (issue 24).

One rehearsal serves the whole module (it goes live on its own); the tests run in file order
and the last one ends the show from the remote and scans everything the studio printed or
wrote for the token. Every message the studio sends is validated against
docs/control-protocol.schema.json.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
import requests
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "control-protocol.schema.json").read_text("utf-8"))
VALIDATOR = jsonschema_rs.validator_for(SCHEMA)
TOKEN = "test-remote-token-9f3c2a7b51e84d06"


def check(msg: dict[str, Any]) -> dict[str, Any]:
    errors = [e.message for e in VALIDATOR.iter_errors(msg)]
    assert not errors, f"{msg} breaks the schema: {errors[:3]}"
    return msg


def two_free_ports() -> int:
    for _ in range(50):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        try:
            with socket.socket() as s2:
                s2.bind(("127.0.0.1", port + 1))
            return port
        except OSError:
            continue
    raise RuntimeError("no two free ports in a row")


@dataclass
class Live:
    proc: subprocess.Popen[bytes]
    port: int
    dirs: dict[str, Path]
    out: Path
    err: Path

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    @property
    def http(self) -> str:
        return f"http://127.0.0.1:{self.port + 1}"


class Client:
    """A small protocol client: identify, request (skipping events), collect events."""

    def __init__(self, url: str, token: str = TOKEN, events: list[str] | None = None) -> None:
        self.ws: ClientConnection = connect(url, open_timeout=10)
        self.hello = self.recv()
        assert self.hello["op"] == "hello" and self.hello["d"]["protocol"] == 1
        d: dict[str, Any] = {"protocol": 1, "token": token}
        if events is not None:
            d["events"] = events
        self.ws.send(json.dumps({"op": "identify", "d": d}))
        self.events: list[dict[str, Any]] = []
        self.n = 0

    def recv(self, timeout: float = 10) -> dict[str, Any]:
        return check(json.loads(self.ws.recv(timeout=timeout)))

    def identified(self) -> dict[str, Any]:
        msg = self.recv()
        assert msg["op"] == "identified", msg
        return msg

    def next_reply(self, timeout: float = 10) -> dict[str, Any]:
        end = time.monotonic() + timeout
        while True:
            msg = self.recv(timeout=max(0.1, end - time.monotonic()))
            if msg["op"] == "event":
                self.events.append(msg["d"])
                continue
            return msg

    def request(self, kind: str, **data: Any) -> dict[str, Any]:
        self.n += 1
        rid = f"r{self.n}"
        self.ws.send(json.dumps({"op": "request", "d": {"id": rid, "type": kind, "data": data}}))
        msg = self.next_reply()
        assert msg["op"] == "response" and msg["d"]["id"] == rid, msg
        return msg["d"]

    def wait_event(self, kind: str, pred: Any = lambda d: True, timeout: float = 10) -> dict:
        end = time.monotonic() + timeout
        while True:
            for e in self.events:
                if e["type"] == kind and pred(e["data"]):
                    return e["data"]
            self.events.clear()
            try:
                msg = self.recv(timeout=max(0.05, end - time.monotonic()))
            except TimeoutError:
                pytest.fail(f"no {kind} event in {timeout} s")
            if msg["op"] == "event":
                self.events.append(msg["d"])

    def close(self) -> None:
        self.ws.close()


@contextlib.contextmanager
def live_demo(
    tmp: Path, duration: int, rate: float, dirs: dict[str, Path] | None = None
) -> Iterator[Live]:
    """`studio demo --headless` with the remote control, in another process with its own
    config, state and log folders (`dirs`, made here when None), once it is live."""
    dirs = dirs or {d: tmp / d for d in ("config", "state", "log")}
    env = {**os.environ, "STUDIO_CONTROL_TOKEN": TOKEN, "PYTHONPATH": str(ROOT)}
    env.update({f"STUDIO_{d.upper()}_DIR": str(p) for d, p in dirs.items()})
    port = two_free_ports()
    out, err = tmp / "stdout.txt", tmp / "stderr.txt"
    cmd = [sys.executable, "-m", "studio.cli", "-v", "demo", "--headless"]
    cmd += ["--duration", str(duration), "--rate", str(rate), "--control-port", str(port)]
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


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with live_demo(tmp_path_factory.mktemp("control"), duration=90, rate=3) as lv:
        yield lv


@pytest.fixture
def client(live: Live) -> Iterator[Client]:
    c = Client(live.ws_url)
    c.identified()
    yield c
    c.close()


def test_status_and_stats(client: Client) -> None:
    assert client.hello["d"]["auth"] == "token"
    st = client.request("get_status")
    assert st["ok"] and st["data"]["state"] == "live"
    # The show model hears "live" from the platform's event stream, a moment after the
    # pipeline is up (under load, after this request may arrive): wait for it.
    deadline = time.monotonic() + 15
    while st["data"]["show"]["status"] != "live" and time.monotonic() < deadline:
        time.sleep(0.2)
        st = client.request("get_status")
    show = st["data"]["show"]
    assert show["status"] == "live" and show["queue"], show
    assert st["data"]["controls"] >= 1
    stats = client.request("get_stats")
    assert stats["ok"] and stats["data"]["stats"]["frames_encoded"] > 0
    # The canvases encoded, named as the per-canvas stats name them.
    per_canvas = [c["profile"] for c in stats["data"]["stats"]["canvases"]]
    assert st["data"]["canvases"] and st["data"]["canvases"] == per_canvas


def test_pin_requests_reach_the_show(client: Client) -> None:
    queue = client.request("get_status")["data"]["show"]["queue"]
    sku = queue[0]
    r = client.request("pin_sku", sku=sku)
    assert r["ok"] and r["data"]["sku"] == sku
    client.wait_event("pin", lambda d: d["sku"] == sku)
    r = client.request("pin_next")
    assert r["ok"]
    nxt = r["data"]["sku"]
    assert nxt == queue[1]
    client.wait_event("pin", lambda d: d["sku"] == nxt)
    assert client.request("unpin")["ok"]
    client.wait_event("pin", lambda d: not d["pinned"])
    bad = client.request("pin_sku", sku="NO-SUCH-SKU")
    assert not bad["ok"] and bad["error"]["code"] == "refused"
    assert "NO-SUCH-SKU" in bad["error"]["message"] or bad["error"]["hint"]


def test_flash_sale_start_cancel_and_refusals(client: Client) -> None:
    sku = client.request("get_status")["data"]["show"]["queue"][0]
    assert client.request("pin_sku", sku=sku)["ok"]
    client.wait_event("pin", lambda d: d["sku"] == sku)
    too_high = client.request("start_flash_sale", price="999999", seconds=60)
    assert not too_high["ok"] and too_high["error"]["code"] == "refused"
    assert too_high["error"]["hint"]
    short = client.request("start_flash_sale", price="0.50", seconds=1)
    assert not short["ok"] and short["error"]["code"] == "refused"
    r = client.request("start_flash_sale", price="0.50", seconds=60)
    assert r["ok"] and r["data"]["sku"] == sku
    deadline = time.monotonic() + 10
    while not client.request("get_status")["data"]["show"]["flash_sales"]:
        assert time.monotonic() < deadline, "the flash sale never showed"
        time.sleep(0.2)
    assert client.request("cancel_flash_sale", sku=sku)["ok"]
    deadline = time.monotonic() + 10
    while client.request("get_status")["data"]["show"]["flash_sales"]:
        assert time.monotonic() < deadline, "the flash sale was not cancelled"
        time.sleep(0.2)


def test_comment_on_air(client: Client) -> None:
    deadline = time.monotonic() + 20
    while not (comments := client.request("get_status")["data"]["show"]["recent_comments"]):
        assert time.monotonic() < deadline, "the simulated audience wrote no comment"
        time.sleep(0.5)
    cid = comments[-1]["id"]
    assert client.request("pin_comment", comment_id=cid)["ok"]
    deadline = time.monotonic() + 10
    while client.request("get_status")["data"]["show"]["comment_on_air"] != cid:
        assert time.monotonic() < deadline, "the comment did not go on air"
        time.sleep(0.2)
    assert client.request("unpin_comment")["ok"]
    gone = client.request("pin_comment", comment_id="no-such-comment")
    assert not gone["ok"] and gone["error"]["code"] == "refused"


def test_broadcast_requests(client: Client) -> None:
    r = client.request("set_mute", muted=True)
    assert r["ok"]
    client.wait_event("state", lambda d: d["muted"])
    assert client.request("get_status")["data"]["muted"] is True
    assert client.request("set_mute", muted=False)["ok"]
    client.wait_event("state", lambda d: not d["muted"])
    assert client.request("set_recording", on=True)["ok"]
    client.wait_event("state", lambda d: d["recording"], timeout=20)
    assert client.request("set_recording", on=False)["ok"]
    client.wait_event("state", lambda d: not d["recording"], timeout=20)
    assert client.request("reconnect_now")["ok"]
    for kind in ("go_live", "end_show"):
        r = client.request(kind, confirm=False)
        assert not r["ok"] and r["error"]["code"] == "confirm_required", r
        assert r["error"]["hint"]
    again = client.request("go_live", confirm=True)
    assert not again["ok"] and again["error"]["code"] == "refused"
    assert client.request("get_status")["data"]["state"] == "live"


def test_subscription_filters_events(live: Live) -> None:
    c = Client(live.ws_url, events=["state"])
    assert c.identified()["d"]["events"] == ["state"]
    sku = c.request("get_status")["data"]["show"]["queue"][0]
    c.request("pin_sku", sku=sku)
    c.request("set_mute", muted=True)
    c.wait_event("state", lambda d: d["muted"])
    c.request("set_mute", muted=False)
    c.wait_event("state", lambda d: not d["muted"])
    assert all(e["type"] == "state" for e in c.events)
    c.ws.send(json.dumps({"op": "subscribe", "d": {"events": ["pin"]}}))
    assert c.next_reply()["d"]["events"] == ["pin"]
    c.request("unpin")
    c.wait_event("pin", lambda d: not d["pinned"])
    c.close()


def test_bad_tokens_are_refused(live: Live) -> None:
    for token in ("wrong-token", TOKEN[:-1], TOKEN + "x"):
        c = Client(live.ws_url, token=token)
        with pytest.raises(ConnectionClosed) as info:
            c.recv()
        assert info.value.rcvd is not None and info.value.rcvd.code == 4009
    # a request before identifying
    ws = connect(live.ws_url)
    check(json.loads(ws.recv(timeout=10)))
    ws.send(json.dumps({"op": "request", "d": {"id": "1", "type": "get_status"}}))
    with pytest.raises(ConnectionClosed) as info:
        ws.recv(timeout=10)
    assert info.value.rcvd is not None and info.value.rcvd.code == 4002
    # another protocol version
    ws = connect(live.ws_url)
    ws.recv(timeout=10)
    ws.send(json.dumps({"op": "identify", "d": {"protocol": 2, "token": TOKEN}}))
    with pytest.raises(ConnectionClosed) as info:
        ws.recv(timeout=10)
    assert info.value.rcvd is not None and info.value.rcvd.code == 4010
    # HTTP
    h = live.http
    assert requests.get(f"{h}/v1/status", timeout=10).status_code == 401
    r = requests.post(f"{h}/v1/unpin", headers={"Authorization": "Bearer nope"}, timeout=10)
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    r = requests.get(f"{h}/v1/status?token={TOKEN}", timeout=10)
    assert r.status_code == 400 and "header" in r.json()["error"]["hint"]


def test_malformed_messages_get_typed_errors(client: Client) -> None:
    for raw in ("not json", "[]", '{"op":"nope","d":{}}', '{"op":"request"}', "NaN"):
        client.ws.send(raw)
        msg = client.next_reply()
        assert msg["op"] == "error" and msg["d"]["code"] == "malformed", (raw, msg)
        assert msg["d"]["message"]
    client.ws.send(b"\x00\x01binary")
    assert client.next_reply()["d"]["code"] == "malformed"
    client.ws.send(json.dumps({"op": "request", "d": {"id": "u", "type": "self_destruct"}}))
    msg = client.next_reply()
    assert msg["op"] == "response" and msg["d"]["error"]["code"] == "unknown_request"
    assert "pin_next" in msg["d"]["error"]["hint"]
    bad = {"op": "request", "d": {"id": "b", "type": "pin_sku", "data": {"sku": 7}}}
    client.ws.send(json.dumps(bad))
    assert client.next_reply()["d"]["code"] == "malformed"
    assert client.request("get_status")["ok"]  # the connection is still good


def test_http_endpoint(live: Live) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    h = live.http
    st = requests.get(f"{h}/v1/status", headers=auth, timeout=10)
    assert st.status_code == 200
    body = check({"op": "response", "d": st.json()})["d"]
    sku = body["data"]["show"]["queue"][-1]
    r = requests.post(f"{h}/v1/pin_sku?sku={sku}", headers=auth, timeout=10)
    assert r.status_code == 200 and r.json()["data"]["sku"] == sku
    r = requests.post(f"{h}/v1/pin_sku", json={"sku": "NOPE"}, headers=auth, timeout=10)
    assert r.status_code == 409 and r.json()["error"]["code"] == "refused"
    r = requests.post(f"{h}/v1/go_live", headers={"X-Studio-Token": TOKEN}, timeout=10)
    assert r.status_code == 400  # confirm is required by the schema
    r = requests.post(f"{h}/v1/end_show?confirm=false", headers=auth, timeout=10)
    assert r.status_code == 409 and r.json()["error"]["code"] == "confirm_required"
    assert requests.post(f"{h}/v1/nope", headers=auth, timeout=10).status_code == 404
    assert requests.get(f"{h}/v1/unpin", headers=auth, timeout=10).status_code == 405
    r = requests.post(f"{h}/v1/unpin", data=b"{not json", headers=auth, timeout=10)
    assert r.status_code == 400
    assert requests.post(f"{h}/v1/unpin", headers=auth, timeout=10).status_code == 200


def test_flood_is_rate_limited_and_the_show_goes_on(client: Client) -> None:
    before = client.request("get_stats")["data"]["stats"]["frames_encoded"]
    time.sleep(2.5)  # the bucket refills
    n = 400
    t0 = time.monotonic()
    for i in range(n):
        client.ws.send(json.dumps({"op": "request", "d": {"id": f"f{i}", "type": "get_status"}}))
    replies = [client.next_reply(timeout=30) for _ in range(n)]
    elapsed = time.monotonic() - t0
    ok = sum(1 for r in replies if r["d"].get("ok"))
    limited = [r for r in replies if r["d"].get("error", {}).get("code") == "rate_limited"]
    assert ok + len(limited) == n
    assert limited and ok <= 40 + 20 * elapsed + 5, (ok, elapsed)
    assert limited[0]["d"]["error"]["hint"]
    time.sleep(1.5)
    st = client.request("get_status")
    assert st["ok"] and st["data"]["state"] == "live"
    after = client.request("get_stats")["data"]["stats"]["frames_encoded"]
    assert after > before + 30  # the show kept encoding (30 fps) through the flood


def test_client_vanishing_mid_request(live: Live) -> None:
    c = Client(live.ws_url)
    c.identified()
    queue = c.request("get_status")["data"]["show"]["queue"]
    sku = queue[1]
    c.ws.send(
        json.dumps({"op": "request", "d": {"id": "x", "type": "pin_sku", "data": {"sku": sku}}})
    )
    c.ws.socket.shutdown(socket.SHUT_RDWR)  # gone, no close handshake
    c.ws.socket.close()
    other = Client(live.ws_url)
    other.identified()
    deadline = time.monotonic() + 10
    while other.request("get_status")["data"]["show"]["pinned"] != sku:
        assert time.monotonic() < deadline, "the vanished client's pin was lost"
        time.sleep(0.2)
    assert other.request("get_status")["data"]["controls"] == 1
    other.close()


@pytest.mark.reliability
def test_rundown_and_poll_requests(client: Client) -> None:
    """Issue 20: step the demo's rundown, open and close a poll, from the remote."""
    status = client.request("get_status")["data"]["show"]
    before = status["rundown"]
    assert before["steps"] >= 3 and before["next"] is not None
    r = client.request("rundown_next")
    assert r["ok"] and r["data"]["step"] == before["next"]
    deadline = time.monotonic() + 10
    while client.request("get_status")["data"]["show"]["rundown"]["done"] != before["done"] + 1:
        assert time.monotonic() < deadline, "the rundown did not move on"
        time.sleep(0.2)
    poll = client.request("get_status")["data"]["show"]["poll"]
    if poll is not None and poll["open"]:  # the rundown's own poll may be on
        assert client.request("poll_close")["ok"]
        while client.request("get_status")["data"]["show"]["poll"]["open"]:
            assert time.monotonic() < deadline + 10, "the poll did not close"
            time.sleep(0.2)
    one = {"id": "one", "type": "poll_start", "data": {"question": "Which?", "options": ["A"]}}
    client.ws.send(json.dumps({"op": "request", "d": one}))
    malformed = client.next_reply()
    assert malformed["op"] == "error" and malformed["d"]["code"] == "malformed"
    same = client.request("poll_start", question="Which?", options=["A", "A"])
    assert not same["ok"] and same["error"]["code"] == "refused" and same["error"]["hint"]
    r = client.request("poll_start", question="Mug or bowl?", options=["Mug", "Bowl"])
    assert r["ok"], r
    deadline = time.monotonic() + 10
    while not (p := client.request("get_status")["data"]["show"]["poll"]) or not p["open"]:
        assert time.monotonic() < deadline, "the poll did not open"
        time.sleep(0.2)
    assert p["question"] == "Mug or bowl?" and sum(p["percents"]) in (0, 100)
    again = client.request("poll_start", question="Another?", options=["Yes", "No"])
    assert not again["ok"] and again["error"]["code"] == "refused"
    assert client.request("poll_close")["ok"]
    while client.request("get_status")["data"]["show"]["poll"]["open"]:
        assert time.monotonic() < deadline + 10, "the poll did not close"
        time.sleep(0.2)


def wait_show(client: Client, key: str, pred: Any, what: str, timeout: float = 15) -> Any:
    """Poll get_status until show[key] satisfies `pred`; returns it."""
    deadline = time.monotonic() + timeout
    while True:
        value = client.request("get_status")["data"]["show"][key]
        if pred(value):
            return value
        assert time.monotonic() < deadline, f"{what}: {value}"
        time.sleep(0.2)


def test_auction_and_giveaway_requests(client: Client) -> None:
    """Issue 20 on the remote: start and cancel an auction (the cancel asks for confirm), open
    and draw a giveaway; the platform's answers come back in get_status."""
    sku = client.request("get_status")["data"]["show"]["queue"][0]
    short = client.request("auction_start", sku=sku, starting_bid="5.00", seconds=3)
    assert not short["ok"] and short["error"]["code"] == "refused" and short["error"]["hint"]
    r = client.request("auction_start", sku=sku, starting_bid="5.00", seconds=120, reserve=50)
    assert r["ok"] and r["data"]["sku"] == sku, r
    a = wait_show(client, "auction", lambda a: a and a["status"] == "active", "auction open")
    assert a["bids"] >= 0 and a["ends_at"]
    again = client.request("auction_start", sku=sku, starting_bid="5.00", seconds=60)
    if again["ok"]:  # queued: the platform refuses it, the studio says so as a warning
        client.wait_event("warning", timeout=15)
    unconfirmed = client.request("auction_cancel", confirm=False)
    assert not unconfirmed["ok"] and unconfirmed["error"]["code"] == "confirm_required"
    assert client.request("auction_cancel", confirm=True)["ok"]
    wait_show(client, "auction", lambda a: a["status"] == "cancelled", "auction cancelled")

    r = client.request("giveaway_open", prize="Tote bag", seconds=120, keyword="#win")
    assert r["ok"], r
    g = wait_show(client, "giveaway", lambda g: g and g["status"] == "open", "giveaway open")
    assert g["prize"] == "Tote bag"
    assert client.request("giveaway_draw")["ok"]
    g = wait_show(client, "giveaway", lambda g: g["status"] != "open", "giveaway drawn")
    assert g["status"] in ("drawn", "cancelled")  # no entries yet: nobody to draw


def test_end_show_from_the_remote_and_the_token_never_leaks(live: Live) -> None:
    near_miss = Client(live.ws_url, token=TOKEN[:-1] + "!")  # logged, must not echo the token
    with pytest.raises(ConnectionClosed):
        near_miss.recv()
    c = Client(live.ws_url)
    c.identified()
    r = c.request("end_show", confirm=True)
    assert r["ok"] and r["data"]["state"] == "stopping"
    c.wait_event("state", lambda d: d["state"] == "idle", timeout=60)
    with pytest.raises((ConnectionClosed, TimeoutError)):
        while True:
            c.recv(timeout=60)  # the rehearsal ends and closes the server
    assert live.proc.wait(120) == 0, live.err.read_text()[-3000:]
    written = [live.out, live.err] + [
        p for d in live.dirs.values() if d.exists() for p in d.rglob("*") if p.is_file()
    ]
    assert any(p.suffix == ".log" for p in written), "no log to scan"
    pieces = {TOKEN[i : i + 10] for i in range(len(TOKEN) - 9)}
    for path in written:
        text = path.read_bytes().decode("utf-8", "replace")
        for piece in pieces:
            assert piece not in text, f"{path.name} shows part of the token"
    log = "".join(p.read_text("utf-8", "replace") for p in written if p.suffix == ".log")
    assert "wrong token" in log  # the refusals were logged (without the token)
