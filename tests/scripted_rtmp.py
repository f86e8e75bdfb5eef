"""A small RTMP server of ours, for the answers real servers only give in odd states.

Real ingests (nginx-rtmp, node-media-server, FFmpeg's listen mode) are the interop matrix;
this one plays a `Script` per connection: redirect the connect (FMS-style 302), refuse it,
answer publish with any status ("already publishing"), accept and then close before taking
anything, acknowledge late or never, change its chunk size, window and peer bandwidth in the
middle of the stream. It records what it was asked (application, tcUrl, stream name, publish
type, commands) and what arrived (tags, written as an FLV file for ffprobe/PyAV).

Its chunk-stream reader is written from Adobe's RTMP specification 1.0 (5.3) independently of
studio's client, so a bug there is not mirrored here. AMF0 encoding borrows studio's codec,
which tests/engine/test_parts.py round-trips on its own.
"""

from __future__ import annotations

import contextlib
import os
import socket
import ssl
import struct
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from studio.engine.outputs import amf0

SET_CHUNK_SIZE, ACK, USER_CONTROL, WINDOW_ACK_SIZE, SET_PEER_BW = 1, 3, 4, 5, 6
AUDIO, VIDEO, DATA, COMMAND = 8, 9, 18, 20


@dataclass
class Script:
    """How the server answers one connection. Times are seconds.

    `redirect`: answer connect with NetConnection.Connect.Rejected, ex.code 302, ex.redirect
    set to this URL. `connect_error`: refuse connect with this description (no redirect).
    `publish_status`: (level, code, description) answered to publish ("{app}" and "{name}"
    in the description are replaced by what the client asked, as servers echo them).
    `close_after_publish`: close the connection this long after accepting publish,
    acknowledging nothing.
    `ack_delay`: acknowledge what arrived this late (None: never acknowledge); `ack_all`:
    acknowledge everything read every 50 ms or so, not once per window.
    `mid_stream`: after this many media tags, send Set Chunk Size `new_chunk_size`, Window
    Acknowledgement Size `new_window`, Set Peer Bandwidth and a long onStatus chunked at the
    new size, and a ping request.
    """

    redirect: str | None = None
    connect_error: str | None = None
    publish_status: tuple[str, str, str] = ("status", "NetStream.Publish.Start", "Publishing.")
    close_after_publish: float | None = None
    ack_delay: float | None = 0.0
    ack_all: bool = False
    mid_stream: int | None = None
    new_chunk_size: int = 60
    new_window: int = 50_000


@dataclass
class Session:
    """What one connection asked and sent."""

    script: Script
    app: str | None = None
    tc_url: str | None = None
    name: str | None = None
    publish_type: str | None = None
    commands: list[str] = field(default_factory=list)
    tags: list[tuple[int, int, bytes]] = field(default_factory=list)  # (type, ms, body)
    acks_from_client: list[int] = field(default_factory=list)
    ping_answered: bool = False
    bytes_to_client: int = 0  # after the handshake (what the client's acknowledgements count)
    unpublished: bool = False  # FCUnpublish/deleteStream: the client ended politely
    ended: threading.Event = field(default_factory=threading.Event)
    error: str | None = None

    @property
    def video_frames(self) -> int:
        """Video tags that carry a frame (not the AVC sequence header)."""
        return sum(1 for t, _, b in self.tags if t == VIDEO and len(b) > 1 and b[1] == 1)

    @property
    def audio_frames(self) -> int:
        """AAC tags that carry audio (not the AudioSpecificConfig)."""
        return sum(1 for t, _, b in self.tags if t == AUDIO and len(b) > 1 and b[1] == 1)

    def write_flv(self, path: Path) -> Path:
        """What arrived, as an FLV file (header flags from the tags that came)."""
        kinds = {t for t, _, _ in self.tags}
        flags = (4 if AUDIO in kinds else 0) | (1 if VIDEO in kinds else 0)
        out = bytearray(b"FLV\x01" + bytes([flags]) + struct.pack(">I", 9) + b"\0\0\0\0")
        for t, ts, body in self.tags:
            if t == DATA:
                values = amf0.decode_all(body)
                if values and values[0] == "@setDataFrame":
                    body = amf0.encode_all(*values[1:])
            head = bytes([t]) + len(body).to_bytes(3, "big") + (ts & 0xFFFFFF).to_bytes(3, "big")
            head += bytes([(ts >> 24) & 0xFF]) + b"\0\0\0"
            out += head + body + struct.pack(">I", 11 + len(body))
        path.write_bytes(bytes(out))
        return path


class ScriptedRtmpServer:
    """Listens on `host` (127.0.0.1, or ::1 for IPv6) at `port`; connection i plays
    `scripts[i]` (the last one again for any later connection). `tls`: a server SSLContext
    for rtmps. `sessions` fill in as connections come; `wait_sessions(n)` waits for n to
    end."""

    def __init__(
        self,
        scripts: list[Script] | None = None,
        tls: ssl.SSLContext | None = None,
        host: str = "127.0.0.1",
    ):
        self.scripts = scripts or [Script()]
        self.tls = tls
        self.host = host
        self.sessions: list[Session] = []
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._listener = socket.create_server((host, 0), family=family)
        self.port = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []
        self._closed = False
        self._accept = threading.Thread(target=self._serve, name="scripted-rtmp", daemon=True)

    def url(self, name: str = "key", app: str = "live", scheme: str | None = None) -> str:
        scheme = scheme or ("rtmps" if self.tls else "rtmp")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}/{app}/{name}"

    def start(self) -> ScriptedRtmpServer:
        self._accept.start()
        return self

    def stop(self) -> None:
        self._closed = True
        with contextlib.suppress(OSError):
            self._listener.close()
        for c in list(self._conns):
            with contextlib.suppress(OSError):
                c.shutdown(socket.SHUT_RDWR)
        self._accept.join(5)
        for t in self._threads:
            t.join(5)

    def wait_sessions(self, count: int, timeout: float = 30.0) -> list[Session]:
        deadline = time.monotonic() + timeout
        while len(self.sessions) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        for s in self.sessions[:count]:
            s.ended.wait(max(0.1, deadline - time.monotonic()))
        if len(self.sessions) < count or not all(s.ended.is_set() for s in self.sessions):
            raise TimeoutError(f"{len(self.sessions)} of {count} sessions came and ended")
        return self.sessions

    # -- serving -----------------------------------------------------------------------------
    def _serve(self) -> None:
        self._listener.settimeout(0.1)  # closing a socket does not wake a blocked accept()
        while not self._closed:
            try:
                raw, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            raw.settimeout(None)
            script = self.scripts[min(len(self.sessions), len(self.scripts) - 1)]
            session = Session(script)
            self.sessions.append(session)
            t = threading.Thread(target=self._run, args=(raw, session), daemon=True)
            self._threads.append(t)
            t.start()

    def _run(self, raw: socket.socket, session: Session) -> None:
        conn: socket.socket = raw
        try:
            if self.tls is not None:
                conn = self.tls.wrap_socket(raw, server_side=True)
            self._conns.append(conn)
            conn.settimeout(15)
            _Connection(conn, session).run()
        except ConnectionResetError:
            pass  # the client left (or reset the connection): the session is over
        except (OSError, ValueError, struct.error) as exc:
            session.error = repr(exc)
        finally:
            with contextlib.suppress(OSError):
                conn.close()
            session.ended.set()


@dataclass
class _Chunks:
    """One chunk stream's running header (RTMP 5.3.1.2: later chunks omit what repeats)."""

    length: int = 0
    type: int = 0
    sid: int = 0
    ts: int = 0
    delta: int = 0
    data: bytes = b""


class _Connection:
    """One connection: the handshake, then messages in and scripted answers out."""

    def __init__(self, sock: socket.socket, session: Session) -> None:
        self.sock = sock
        self.s = session
        self.script = session.script
        self.buf = b""
        self.in_chunk = 128
        self.out_chunk = 128
        self.streams: dict[int, _Chunks] = {}
        self.received = 0  # bytes after the handshake (what an acknowledgement counts)
        self.acked = 0
        self.window = 2_500_000
        self.publishing_at: float | None = None
        self.media_tags = 0
        self.pending_acks: list[tuple[float, int]] = []
        self.lock = threading.Lock()

    # -- bytes -------------------------------------------------------------------------------
    def recv_exact(self, n: int) -> bytes:
        while len(self.buf) < n:
            data = self.sock.recv(65536)
            if not data:
                raise ConnectionResetError("client left")
            self.buf += data
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def send(self, data: bytes) -> None:
        with self.lock:
            self.sock.sendall(data)
            self.s.bytes_to_client += len(data)

    def message(self, cs: int, mtype: int, payload: bytes, stream: int = 0) -> None:
        """Send one message, cut into chunks of the current outgoing chunk size."""
        head = bytes([cs]) + b"\0\0\0" + len(payload).to_bytes(3, "big") + bytes([mtype])
        out = bytearray(head + struct.pack("<I", stream))
        for i in range(0, max(1, len(payload)), self.out_chunk):
            if i:
                out.append(0xC0 | cs)
            out += payload[i : i + self.out_chunk]
        self.send(bytes(out))

    def command(self, *values: amf0.AmfValue, stream: int = 0) -> None:
        self.message(3, COMMAND, amf0.encode_all(*values), stream)

    # -- the session -------------------------------------------------------------------------
    def run(self) -> None:
        c0c1 = self.recv_exact(1537)
        if c0c1[0] != 3:
            raise ValueError("not RTMP")
        s1 = struct.pack(">II", 0, 0) + os.urandom(1528)
        self.sock.sendall(b"\x03" + s1 + c0c1[1:])  # S0 S1 S2 (S2 echoes C1)
        self.recv_exact(1536)  # C2
        self.received = len(self.buf)
        while True:
            self.flush_acks()
            if self.closing_due():
                return
            msg = self.read_message()
            if msg is None:
                continue
            if not self.handle(*msg):
                return

    def closing_due(self) -> bool:
        after = self.script.close_after_publish
        return (
            after is not None
            and self.publishing_at is not None
            and time.monotonic() - self.publishing_at >= after
        )

    def read_message(self) -> tuple[int, int, bytes] | None:
        """One whole message, or None when nothing complete came within 50 ms."""
        while True:
            msg = self.parse()
            if msg is not None:
                return msg
            self.sock.settimeout(0.05)
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                return None
            finally:
                self.sock.settimeout(15)
            if not data:
                raise ConnectionResetError("client left")
            self.buf += data
            self.received += len(data)

    def parse(self) -> tuple[int, int, bytes] | None:
        """The next whole message from the buffer, or None when more bytes are needed."""
        while True:
            before = len(self.buf)
            msg = self.parse_chunk()
            if msg is not None or len(self.buf) == before:
                return msg

    def parse_chunk(self) -> tuple[int, int, bytes] | None:
        """Consume one chunk from the buffer; a message once its last chunk is in."""
        buf = self.buf
        if not buf:
            return None
        fmt, cs, pos = buf[0] >> 6, buf[0] & 0x3F, 1
        if cs in (0, 1):
            need = 2 if cs == 0 else 3
            if len(buf) < need:
                return None
            cs = 64 + buf[1] + (buf[2] * 256 if cs == 1 else 0)
            pos = need
        st = self.streams.setdefault(cs, _Chunks())
        size = (11, 7, 3, 0)[fmt]
        if len(buf) < pos + size:
            return None
        h = buf[pos : pos + size]
        pos += size
        ts = st.delta
        if fmt <= 2:
            ts = int.from_bytes(h[0:3], "big")
            if ts == 0xFFFFFF:
                if len(buf) < pos + 4:
                    return None
                ts = int.from_bytes(buf[pos : pos + 4], "big")
                pos += 4
        length = int.from_bytes(h[3:6], "big") if fmt <= 1 else st.length
        take = min(self.in_chunk, length - len(st.data))
        if len(buf) < pos + take:
            return None
        if fmt <= 1:
            st.length, st.type = int.from_bytes(h[3:6], "big"), h[6]
        if fmt == 0:
            st.sid, st.ts = int.from_bytes(h[7:11], "little"), ts
        elif not st.data:  # a new message: its timestamp is a delta (fmt 1/2, or 3 repeats it)
            st.delta = ts
            st.ts += ts
        st.data += buf[pos : pos + take]
        self.buf = buf[pos + take :]
        if len(st.data) < st.length:
            return None
        payload, st.data = st.data, b""
        return st.type, st.ts, payload

    def flush_acks(self) -> None:
        """Acknowledge what was read and parsed, `ack_delay` late (never when None)."""
        delay = self.script.ack_delay
        if delay is None:
            return
        taken = self.received - len(self.buf)
        due = taken - self.acked >= self.window
        if due or (self.script.ack_all and taken > self.acked):
            self.acked = taken
            self.pending_acks.append((time.monotonic() + delay, taken))
        now = time.monotonic()
        while self.pending_acks and self.pending_acks[0][0] <= now:
            _, seq = self.pending_acks.pop(0)
            self.message(2, ACK, struct.pack(">I", seq & 0xFFFFFFFF))

    def handle(self, mtype: int, ts: int, payload: bytes) -> bool:
        """React to one message; False to close the connection."""
        if mtype == SET_CHUNK_SIZE:
            self.in_chunk = struct.unpack(">I", payload[:4])[0] & 0x7FFFFFFF
        elif mtype == WINDOW_ACK_SIZE:
            self.window = max(1, struct.unpack(">I", payload[:4])[0])
        elif mtype == ACK:
            self.s.acks_from_client.append(struct.unpack(">I", payload[:4])[0])
        elif mtype == USER_CONTROL and payload[:2] == b"\x00\x07":
            self.s.ping_answered = True
        elif mtype == COMMAND:
            return self.on_command(amf0.decode_all(payload))
        elif mtype in (AUDIO, VIDEO, DATA):
            self.s.tags.append((mtype, ts, payload))
            if mtype != DATA:
                self.media_tags += 1
                if self.media_tags == self.script.mid_stream:
                    self.change_mid_stream()
        return True

    def on_command(self, values: list[amf0.AmfValue]) -> bool:
        name = str(values[0]) if values else ""
        txn = values[1] if len(values) > 1 else 0.0
        self.s.commands.append(name)
        sc = self.script
        if name == "connect":
            obj = values[2] if len(values) > 2 and isinstance(values[2], dict) else {}
            self.s.app, self.s.tc_url = str(obj.get("app")), str(obj.get("tcUrl"))
            if sc.redirect is not None or sc.connect_error is not None:
                info: dict[str, amf0.AmfValue] = {
                    "level": "error",
                    "code": "NetConnection.Connect.Rejected",
                    "description": sc.connect_error or "Connection rejected: redirect.",
                }
                if sc.redirect is not None:
                    info["ex"] = {"code": 302.0, "redirect": sc.redirect}
                self.command("_error", txn, amf0.NULL, info)
                time.sleep(0.2)
                return False
            self.message(2, WINDOW_ACK_SIZE, struct.pack(">I", 2_500_000))
            self.message(2, SET_PEER_BW, struct.pack(">IB", 2_500_000, 2))
            self.out_chunk = 4096
            self.message(2, SET_CHUNK_SIZE, struct.pack(">I", self.out_chunk))
            self.command(
                "_result",
                txn,
                {"fmsVer": "FMS/3,5,7,7009", "capabilities": 31.0},
                {"level": "status", "code": "NetConnection.Connect.Success"},
            )
        elif name == "createStream":
            self.command("_result", txn, amf0.NULL, 1.0)
        elif name == "publish":
            self.s.name = str(values[3]) if len(values) > 3 else None
            self.s.publish_type = str(values[4]) if len(values) > 4 else None
            level, code, description = sc.publish_status
            # A server may echo what it was asked: "{app}" and "{name}" are filled in.
            description = description.replace("{app}", str(self.s.app))
            description = description.replace("{name}", str(self.s.name))
            self.command(
                "onStatus",
                0.0,
                amf0.NULL,
                {"level": level, "code": code, "description": description},
                stream=1,
            )
            if code != "NetStream.Publish.Start":
                time.sleep(0.2)
                return False
            self.publishing_at = time.monotonic()
        elif name in ("FCUnpublish", "deleteStream"):
            self.s.unpublished = True
        return True

    def change_mid_stream(self) -> None:
        """Chunk size, window and peer bandwidth change; a long status at the new chunk size;
        a ping the client must answer."""
        sc = self.script
        self.message(2, SET_CHUNK_SIZE, struct.pack(">I", sc.new_chunk_size))
        self.out_chunk = sc.new_chunk_size
        self.message(2, WINDOW_ACK_SIZE, struct.pack(">I", sc.new_window))
        self.message(2, SET_PEER_BW, struct.pack(">IB", sc.new_window, 2))
        # Long enough (30 kB in 60-byte chunks) that the client must acknowledge it.
        info = {"level": "status", "code": "NetStream.Info", "description": "x" * 30_000}
        self.command("onStatus", 0.0, amf0.NULL, info, stream=1)
        self.message(2, USER_CONTROL, struct.pack(">HI", 6, 12345))
