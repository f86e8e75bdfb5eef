"""What comes off the network or out of a pasted URL never crashes the output thread.

An ingest (or something pretending to be one) can send anything; a creator can paste anything
as a stream URL. Each must end in one of our typed errors (`BadUrl`, `OutputError`), never in
an exception that kills an output thread silently, and never in a parse that spins forever.
Existing tests cover AMF0 round trips and short random AMF0 (tests/engine/test_parts.py); these
go deeper: nesting, the chunk stream, and a whole publish against a lying server.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from studio import ingest_url
from studio.engine.outputs import amf0
from studio.engine.outputs.rtmp_client import (
    MSG_COMMAND_AMF0,
    MSG_SET_CHUNK_SIZE,
    RtmpClient,
    parse_ingest_url,
)
from studio.errors import BadUrl, OutputError

pytestmark = pytest.mark.reliability

FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---- stream URLs ---------------------------------------------------------------------------

url_parts = st.tuples(
    st.sampled_from(["rtmp", "rtmps", "RTMP", "http", "", "rtmp:", "srt"]),
    st.sampled_from(["://", ":/", "//", ":///", "://user:pw@"]),
    st.text(max_size=30),  # host[:port]
    st.lists(st.text(max_size=12), max_size=4),  # path segments
    st.text(max_size=12),  # query
)


def _key_in(url: str) -> str | None:
    """The stream key a reader would recognise in an RTMP URL (what follows the application,
    rtmp://host/app/KEY), if it is long enough to be told apart from the rest of the message."""
    if not url.strip().lower().startswith("rtmp"):
        return None
    key = ingest_url.split(url)[1]
    if key is None or key == ingest_url.EXAMPLE_KEY:
        return None
    return key if len(key) >= 6 and url.count(key) == 1 else None  # only where the key is


@FUZZ
@given(st.one_of(st.text(max_size=80), url_parts.map(lambda p: f"{p[0]}{p[1]}{p[2]}/"
                                                    f"{'/'.join(p[3])}?{p[4]}")))  # fmt: skip
@example("rtmp://h:99999/live/SECRETKEY1")
@example("rtmp://[::1/live/SECRETKEY1")
@example("rtmp://h\u2100/live/SECRETKEY1")  # NFKC turns ℀ into a/c: urlsplit refuses it
def test_any_pasted_url_is_parsed_or_refused_without_echoing_the_key(url: str) -> None:
    try:
        a = parse_ingest_url(url)
    except BadUrl as exc:
        key = _key_in(url)
        if key is not None:
            assert key not in exc.message + exc.hint
        return
    assert a.scheme in ("rtmp", "rtmps") and a.host and a.app
    assert 0 < a.port < 65536
    assert a.tc_url.endswith("/" + a.app)  # the key is never part of tcUrl
    assert a.url.endswith(a.key)  # taken verbatim: nothing cut, nothing added
    if a.key and len(a.key) >= 4:
        assert a.key not in a.shown and a.key not in a.describe()


# ---- AMF0 ----------------------------------------------------------------------------------

nested = st.integers(1, 50_000).map(lambda depth: b"\x0a\x00\x00\x00\x01" * depth)
objects = st.integers(1, 50_000).map(lambda depth: b"\x03\x00\x01k" * depth)
markers = st.lists(
    st.tuples(st.sampled_from(b"\x00\x01\x02\x03\x05\x06\x08\x09\x0a\x0b\x0c\x0d\x11"),
              st.binary(max_size=12)),
    max_size=40,
).map(lambda parts: b"".join(bytes([m]) + rest for m, rest in parts))  # fmt: skip


@FUZZ
@given(st.one_of(nested, objects, markers))
def test_amf0_decoding_ends_in_a_value_error_at_worst(data: bytes) -> None:
    """Nesting as deep as the bytes allow (a server can send megabytes) must not blow the
    stack: that RecursionError would escape the client's ValueError handling."""
    with contextlib.suppress(ValueError):
        amf0.decode_all(data)


# ---- the RTMP chunk stream -----------------------------------------------------------------


def chunk(cs: int, mtype: int, payload: bytes, stream: int = 0, fmt: int = 0) -> bytes:
    """One RTMP message as a single type-0 chunk (the server's chunk size permitting)."""
    head = bytes([(fmt << 6) | cs]) + b"\x00\x00\x00" + len(payload).to_bytes(3, "big")
    return head + bytes([mtype]) + struct.pack("<I", stream) + payload


server_bytes = st.one_of(
    st.binary(max_size=600),
    st.lists(
        st.one_of(
            st.binary(max_size=40),
            st.builds(chunk, st.integers(2, 63), st.integers(0, 25), st.binary(max_size=120)),
            st.builds(
                lambda n: chunk(2, MSG_SET_CHUNK_SIZE, struct.pack(">I", n)),
                st.sampled_from([0, 1, 2, 7, 128, 0x7FFFFFFF, 0xFFFFFFFF]),
            ),
        ),
        max_size=12,
    ).map(b"".join),
)


@contextlib.contextmanager
def linked_client() -> Iterator[tuple[RtmpClient, socket.socket]]:
    """An RtmpClient whose socket is one end of a real socket pair; the test is the server."""
    ours, theirs = socket.socketpair()
    client = RtmpClient(parse_ingest_url("rtmp://127.0.0.1/live/key"), stall_timeout=2)
    client.sock = ours
    ours.settimeout(2)
    try:
        yield client, theirs
    finally:
        client.close()
        theirs.close()


@FUZZ
@given(data=server_bytes)
def test_whatever_the_server_sends_ends_in_a_typed_error_or_is_ignored(data: bytes) -> None:
    with linked_client() as (client, _server), contextlib.suppress(OutputError):
        client._buf = data
        # Each message must consume at least one byte: a parse that returns messages without
        # eating the buffer would spin forever in poll().
        for _ in range(len(data) + 1):
            before = len(client._buf)
            msg = client._parse_message()
            if msg is None:
                break
            assert len(client._buf) < before, "a message was returned without consuming bytes"
            client._handle(*msg)
        else:
            raise AssertionError("the chunk parser did not finish")


class LyingIngest:
    """A TCP server that completes the RTMP handshake, then answers the publisher's
    commands with the given bytes and closes. Real sockets, real client code."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.reply = b""
        self.thread: threading.Thread | None = None

    def serve_once(self, reply: bytes) -> None:
        self.reply = reply
        self.thread = threading.Thread(target=self._one, daemon=True)
        self.thread.start()

    def _one(self) -> None:
        conn, _ = self.sock.accept()
        with conn:
            conn.settimeout(3)
            try:
                c0c1 = _recv_exact(conn, 1 + 1536)
                conn.sendall(b"\x03" + bytes(1536) + c0c1[1:])  # S0 S1 S2
                _recv_exact(conn, 1536)  # C2
                conn.sendall(self.reply)
                conn.shutdown(socket.SHUT_WR)
                while conn.recv(65536):
                    pass
            except OSError:
                pass

    def close(self) -> None:
        self.sock.close()
        if self.thread is not None:
            self.thread.join(5)


def _recv_exact(conn: socket.socket, n: int) -> bytes:
    buf = b""
    while len(buf) < n:
        data = conn.recv(n - len(buf))
        if not data:
            raise ConnectionResetError
        buf += data
    return buf


@pytest.fixture(scope="module")
def lying_ingest() -> Iterator[LyingIngest]:
    server = LyingIngest()
    yield server
    server.close()


def result(txn: int, *values: object) -> bytes:
    """`_result` for transaction `txn`, as a command message on chunk stream 3."""
    payload = amf0.encode_all("_result", txn, amf0.NULL) + b"".join(
        v if isinstance(v, bytes) else amf0.encode(v) for v in values
    )
    return chunk(3, MSG_COMMAND_AMF0, payload)


CONNECT_OK = result(1, {"code": "NetConnection.Connect.Success"})
odd_values = st.one_of(
    st.none(), st.booleans(), st.text(max_size=8), st.dictionaries(st.text(max_size=4),
    st.integers(), max_size=2), st.floats(), st.sampled_from([2.0**64, -1.0, 1e308]),
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    reply=st.one_of(
        st.binary(max_size=300),
        st.builds(lambda tail: CONNECT_OK + tail, st.binary(max_size=200)),
        # createStream is transaction 4 (connect 1, releaseStream 2, FCPublish 3): a stream
        # id that is not a number must not escape as TypeError/ValueError/OverflowError.
        st.builds(lambda v: CONNECT_OK + result(4, v), odd_values),
    )
)
@example(reply=CONNECT_OK + result(4, "abc"))
@example(reply=CONNECT_OK + result(4, float("nan")))
@example(reply=CONNECT_OK + result(4, 1e308))
def test_a_lying_ingest_ends_the_publish_with_a_typed_error(
    lying_ingest: LyingIngest, reply: bytes
) -> None:
    lying_ingest.serve_once(reply)
    client = RtmpClient(
        parse_ingest_url(f"rtmp://127.0.0.1:{lying_ingest.port}/live/key"),
        connect_timeout=3,
        stall_timeout=3,
    )
    try:
        with pytest.raises(OutputError):
            client.connect()  # no valid publish answer ever comes: it must not "succeed"
    finally:
        client.close()
        assert lying_ingest.thread is not None
        lying_ingest.thread.join(5)
