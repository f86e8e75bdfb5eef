"""What a server answers decides what the studio does, each with its own policy and message.

Real servers give most answers (nginx-rtmp says "Already publishing" while another encoder
holds the key; node-media-server accepts a publish and closes the connection when it dislikes
the stream); our scripted server (tests/scripted_rtmp.py) gives the ones real servers only
give in odd states: an FMS-style redirect, acknowledgements late or never, chunk-size and
window changes mid-stream, a connection closed with frames in flight.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from studio.engine.outputs.base import StreamLayout
from studio.engine.outputs.rtmp import RtmpOutput
from studio.engine.outputs.rtmp_client import RtmpClient, parse_ingest_url
from studio.engine.stats import OutputState
from studio.errors import RedirectRefused, StreamKeyInUse
from studio.sandbox.nginx_rtmp import NginxRtmp
from tests.fixtures import NodeMediaServer, wait_for
from tests.media import probe
from tests.scripted_rtmp import Script

KEY = "sk-7Hq2#Zp9?sig=Lm4&x=%2F"  # odd characters a platform's key may hold
BUSY = Script(publish_status=("error", "NetStream.Publish.BadName", "Already publishing"))
ACCEPT_THEN_CLOSE = Script(close_after_publish=0.3, ack_delay=None)


def assert_told(run, *phrases: str) -> None:
    for phrase in phrases:
        assert phrase in run.stderr, run.stderr
    assert "Traceback" not in run.stderr
    for secret in (KEY, "7Hq2#Zp9", "Zp9?sig", "Lm4&x"):
        assert secret not in run.stdout + run.stderr + str(run.stats)


# ---- redirects ---------------------------------------------------------------------------


def test_an_fms_redirect_is_followed_with_the_key_kept(broadcast, scripted_rtmp) -> None:
    target = scripted_rtmp([Script()])
    front = scripted_rtmp([Script(redirect=f"rtmp://127.0.0.1:{target.port}/edge7?vhost=v")])
    run = broadcast("--video", "none", "--url", front.url(KEY), "--duration", "3")
    assert run.returncode == 0, run.stderr
    [asked] = front.wait_sessions(1)
    assert (asked.app, asked.name) == ("live", None)  # redirected at connect: no key sent
    [session] = target.wait_sessions(1)
    assert session.app == "edge7?vhost=v"
    assert session.tc_url == f"rtmp://127.0.0.1:{target.port}/edge7?vhost=v"
    assert (session.name, session.publish_type) == (KEY, "live")
    assert session.audio_frames > 100 and session.unpublished
    assert_told(run)


def test_a_redirect_loop_stops_after_three_hops(broadcast, scripted_rtmp) -> None:
    loop = scripted_rtmp([Script(redirect="")])
    loop.scripts = [Script(redirect=loop.url("ignored").rsplit("/", 1)[0])]
    run = broadcast("--video", "none", "--url", loop.url(KEY), "--duration", "5", "--retry")
    assert run.returncode != 0
    assert_told(run, "redirected the stream more than 3 times")
    assert len(loop.wait_sessions(4)) == 4  # the first connection and three hops, no retry


def test_redirects_leave_neither_rtmps_nor_rtmp(scripted_rtmp, tls_server) -> None:
    ctx, ca = tls_server
    plain = scripted_rtmp([Script()])
    secure = scripted_rtmp([Script(redirect=plain.url("x").rsplit("/", 1)[0])], tls=ctx)
    client = RtmpClient(parse_ingest_url(secure.url(KEY)), ca_file=str(ca))
    with pytest.raises(RedirectRefused, match="unencrypted"):
        client.connect()
    assert plain.sessions == []  # the key never travelled in the clear
    web = scripted_rtmp([Script(redirect="https://127.0.0.1/live")])
    with pytest.raises(RedirectRefused, match="Only rtmp:// and rtmps://"):
        RtmpClient(parse_ingest_url(web.url(KEY))).connect()


# ---- another session holds the key -------------------------------------------------------


def test_already_publishing_is_retried_until_the_slot_is_free(broadcast, scripted_rtmp) -> None:
    server = scripted_rtmp([BUSY, BUSY, Script()])
    run = broadcast("--video", "none", "--url", server.url(KEY), "--duration", "10")
    assert run.returncode == 0, run.stderr
    assert_told(run, "another session is already publishing with this stream key")
    busy1, busy2, live = server.wait_sessions(3)
    assert busy1.name == busy2.name == live.name == KEY
    assert live.audio_frames > 50 and live.unpublished


def test_nginx_already_publishing_then_free(nginx_rtmp: NginxRtmp, tmp_path: Path) -> None:
    """A real server's words: nginx-rtmp answers BadName 'Already publishing' while an old
    session holds the key. Studio says so, waits it out, and goes live once it is gone."""
    holder = RtmpClient(parse_ingest_url(nginx_rtmp.url("held-key")))
    holder.connect()  # the session a crashed encoder left behind
    show = subprocess.Popen(
        [sys.executable, "-m", "studio.cli", "broadcast", "--video", "none", "--url",
         nginx_rtmp.url("held-key"), "--duration", "8"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        time.sleep(3)
    finally:
        holder.finish()  # the old session ends
    _, err = show.communicate(timeout=60)
    assert show.returncode == 0, err
    assert "another session is already publishing with this stream key (Already publishing)" in err
    # nginx leaves an empty file for the old session (and for a refused publish): the last
    # one is the show.
    *refused, ours = nginx_rtmp.wait_recordings(2)
    assert all(f.stat().st_size < 1000 for f in refused)
    info = probe(ours)
    assert info["audio_codec"] == "aac" and info["duration"] > 2, info


def test_already_publishing_for_too_long_fails_clearly(scripted_rtmp) -> None:
    server = scripted_rtmp([BUSY])
    out = RtmpOutput(server.url(KEY), StreamLayout(None, None, 30, True), busy_retry_s=3,
                     backoff_first=0.5)  # fmt: skip
    out.start()
    out.join(20)
    assert out.state is OutputState.FAILED
    assert isinstance(out.fatal, StreamKeyInUse) and not out.fatal.retryable
    assert "still had another session publishing" in out.fatal.message
    assert "Stop any other encoder" in out.fatal.hint
    assert 3 <= len(server.sessions) <= 6  # retried with back-off, then stopped


# ---- accepted, then closed before taking anything ----------------------------------------


def test_accept_then_close_stops_with_a_clear_message(broadcast, scripted_rtmp) -> None:
    server = scripted_rtmp([ACCEPT_THEN_CLOSE])
    started = time.monotonic()
    run = broadcast("--video", "none", "--url", server.url(KEY), "--duration", "60")
    took = time.monotonic() - started
    assert run.returncode != 0
    assert_told(run, "closed the connection before taking any of it, 3 times in a row",
                "refusing this stream")  # fmt: skip
    assert len(server.wait_sessions(3)) == 3  # then it stopped trying
    assert took < 40  # well before --duration: the show ended on the refusal
    out = run.stats["outputs"][0]
    assert out["state"] == "failed" and out["frames_sent"] == 0


def test_node_media_server_refusing_a_name_is_told_not_looped(
    broadcast, node_media_server: NodeMediaServer
) -> None:
    """node-media-server accepts the publish of a name it dislikes ('#' is not in its safe
    characters), then closes the connection: the real-world accept-then-close."""
    url = node_media_server.url("bad#name")
    run = broadcast("--video", "none", "--url", url, "--duration", "60")
    assert run.returncode != 0
    assert "refusing this stream" in run.stderr, run.stderr
    assert node_media_server.log().count("invalid stream path characters") == 3


# ---- acknowledgements late, missing, and protocol changes mid-stream ----------------------


@pytest.mark.parametrize(
    ("script", "why"),
    [
        (Script(ack_delay=None), "a server that never acknowledges"),
        (Script(ack_delay=0.8), "acknowledgements 0.8 s late"),
        (Script(mid_stream=40, new_chunk_size=60, new_window=20_000), "chunk size and window"),
    ],
)
def test_the_stream_flows_through_odd_acknowledgements(start_show, scripted_rtmp, script, why):
    server = scripted_rtmp([script])
    p = start_show(urls=[server.url(KEY)])
    wait_for(lambda: p.stats().outputs[0].state == "live", 10, "live")
    time.sleep(5)
    p.stop()
    out = p.stats().outputs[0]
    [session] = server.wait_sessions(1)
    assert out.reconnects == 0 and out.state is OutputState.STOPPED, why
    assert session.video_frames == out.frames_sent, why
    assert out.frames_sent + out.frames_dropped == p.stats().frames_encoded, why
    assert session.unpublished
    if script.mid_stream is not None:
        assert session.ping_answered
        # The client acknowledged the server's bytes at the new, smaller window.
        assert session.acks_from_client and max(session.acks_from_client) >= 20_000 // 2
        assert max(session.acks_from_client) <= session.bytes_to_client


def test_acknowledgements_later_than_the_send_window_drop_honestly(start_show, scripted_rtmp):
    server = scripted_rtmp([Script(ack_delay=2.5)])  # more than ~1.5 s of stream in flight
    p = start_show(urls=[server.url(KEY)])
    wait_for(lambda: p.stats().outputs[0].state == "live", 10, "live")
    time.sleep(6)
    p.stop()
    stats = p.stats()
    out = stats.outputs[0]
    [session] = server.wait_sessions(1)
    assert out.reconnects == 0  # late is not dead
    assert out.frames_dropped > 0  # the queue's drop policy acted, and said so
    assert session.video_frames == out.frames_sent
    assert out.frames_sent + out.frames_dropped == stats.frames_encoded


# ---- frames in flight when a connection dies ----------------------------------------------


def test_frames_in_flight_when_a_connection_dies_count_as_dropped(start_show, scripted_rtmp):
    dies = Script(close_after_publish=3.0, ack_all=True)
    server = scripted_rtmp([dies, Script(ack_all=True)])
    p = start_show(urls=[server.url(KEY)])
    wait_for(lambda: len(server.sessions) == 2 and p.stats().outputs[0].state == "live", 15,
             "live again")  # fmt: skip
    time.sleep(3)
    p.stop()
    stats = p.stats()
    out = stats.outputs[0]
    first, second = server.wait_sessions(2)
    arrived = first.video_frames + second.video_frames
    assert out.reconnects == 1 and first.video_frames > 30  # ~3 s of stream
    # Sent means the server got it: what died with the connection is counted as dropped
    # (`frames_lost`). The server may have read a frame or two whose acknowledgement the
    # closing connection lost: those arrived and were counted as lost, never the reverse.
    assert out.frames_sent <= arrived <= out.frames_sent + min(2, out.frames_lost), (
        out.frames_sent, arrived, out.frames_lost)  # fmt: skip
    assert out.frames_sent + out.frames_dropped == stats.frames_encoded


# ---- a true rejection stays final --------------------------------------------------------


def test_a_rejected_key_is_final_even_with_retry(broadcast, scripted_rtmp) -> None:
    server = scripted_rtmp(
        [Script(publish_status=("error", "NetStream.Publish.Rejected", "Invalid stream key"))]
    )
    run = broadcast("--video", "none", "--url", server.url(KEY), "--duration", "10", "--retry")
    assert run.returncode != 0
    assert_told(run, "refused to publish this stream (Invalid stream key)", "copy the stream key")
    assert len(server.wait_sessions(1)) == 1
    time.sleep(1)
    assert len(server.sessions) == 1  # asked once
