"""A small RTMP publisher on a socket we own.

Why not FFmpeg's RTMP protocol through PyAV: it has no timeouts or interrupt for outputs, it
holds the GIL through the whole handshake (freezing every other thread of the app while a
far server answers), and it does not verify `rtmps://` certificates. Here FFmpeg's FLV muxer
writes tags into memory and this client sends them as RTMP messages: connects and sends time
out, TLS is verified (system trust store, SNI, hostname), the server's answer to `publish` is
read so a rejected stream key is told apart from a network fault, and `abort()` cuts a stuck
connection from any thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import ssl
import struct
import threading
import time
from dataclasses import dataclass

from studio import __version__, i18n
from studio.engine.outputs import amf0
from studio.errors import (
    BadUrl,
    ConnectionLost,
    ConnectionRefused,
    IngestUnreachable,
    OutputError,
    RedirectRefused,
    StreamKeyInUse,
    StreamKeyRejected,
)
from studio.ingest_url import IngestUrl, secrets_of
from studio.ingest_url import parse as parse_url
from studio.redact import redact, register_secret

log = logging.getLogger(__name__)

OUT_CHUNK_SIZE = 4096
MSG_SET_CHUNK_SIZE, MSG_ABORT, MSG_ACK, MSG_USER_CONTROL = 1, 2, 3, 4
MSG_WINDOW_ACK_SIZE, MSG_SET_PEER_BW = 5, 6
MSG_AUDIO, MSG_VIDEO, MSG_DATA_AMF0, MSG_COMMAND_AMF0 = 8, 9, 18, 20
CS_CONTROL, CS_COMMAND, CS_AUDIO, CS_VIDEO, CS_DATA = 2, 3, 4, 6, 5


IngestAddress = IngestUrl  # where to publish: the grammar lives in studio.ingest_url
MAX_REDIRECTS = 3  # hops a connect may be redirected (FMS-style 302) before we give up


def parse_ingest_url(url: str) -> IngestUrl:
    """Validate an RTMP(S) URL (`studio.ingest_url.parse`); errors never repeat the key."""
    return parse_url(url)


class _Redirect(Exception):
    """The server answered `connect` with an FMS-style redirect to `target` (a tcUrl)."""

    def __init__(self, target: str) -> None:
        super().__init__("redirect")
        self.target = target


class RtmpClient:
    """One publishing connection. connect() → send_tag()* → finish() → close(); abort() from
    anywhere.

    Follows Adobe's RTMP specification 1.0 (2012): the simple handshake (5.2), chunking with
    a 4096-byte outgoing chunk size (5.3), the connect / releaseStream / FCPublish /
    createStream / publish command sequence (7.2) as FFmpeg and OBS send it, and window
    acknowledgements (5.4.3/5.4.4) to measure what the server has really taken (`unacked`).
    Used by one output thread; only `abort()` may be called from another. Times are seconds
    (`connect_timeout`, `stall_timeout`). `connect()` raises IngestUnreachable,
    ConnectionRefused, StreamKeyRejected (the server answered publish with an error) or
    ConnectionLost; sends raise ConnectionLost.
    """

    def __init__(
        self,
        address: IngestUrl,
        connect_timeout: float = 5.0,
        stall_timeout: float = 5.0,
        ca_file: str | None = None,
        kbps: int = 3000,
    ) -> None:
        self.a = address
        for form in secrets_of(address):
            register_secret(form)  # a server may echo the key in its own words
        # Ask the server to acknowledge every ~0.1 s of media: its acks tell us how much it
        # has really taken, so a server that stops reading is noticed in a second, not after
        # megabytes of kernel buffers have silently filled, and a connection that dies loses
        # (and counts as dropped) little more than what the server never got. At least every
        # 16 kB: about once a second for an audio-only stream.
        self.ack_window = max(16 * 1024, kbps * 1000 // 8 // 10)
        self.connect_timeout = connect_timeout
        self.stall_timeout = stall_timeout
        self.ca_file = ca_file or os.environ.get("STUDIO_RTMPS_CA_FILE") or None
        self.sock: socket.socket | None = None
        self.bytes_sent = 0  # over every connection this client made (redirects included)
        self.bytes_received = 0
        self.redirects: list[IngestUrl] = []  # where the server sent us, in order
        self._aborted = threading.Event()
        self._lock = threading.Lock()
        self._reset()

    def _reset(self) -> None:
        """Forget the previous connection's protocol state (a redirect opens a new one)."""
        self.server_acked = 0  # bytes the server says it received (32-bit wrap unfolded)
        self.acks_seen = False
        self.last_ack_at = time.monotonic()
        self.stream_id = 0
        self._last_ack_seq = 0
        self._origin = self.bytes_sent  # where the server's byte count starts (after handshake)
        self._sent_at_publish = self.bytes_sent
        self._received_origin = self.bytes_received
        self._in_chunk_size = 128
        self._in_state: dict[int, _ChunkStream] = {}
        self._window = 2_500_000
        self._acked = self.bytes_received
        self._txn = 0
        self._buf = b""

    # -- connection --------------------------------------------------------------------
    def connect(self) -> None:
        """TCP (+TLS), handshake, connect, createStream, publish, following up to
        MAX_REDIRECTS FMS-style redirects (rtmp/rtmps only, never from rtmps down to rtmp;
        logged with the key masked). Raises typed errors: IngestUnreachable,
        ConnectionRefused, StreamKeyRejected, StreamKeyInUse, RedirectRefused,
        ConnectionLost."""
        while True:
            try:
                self._connect_once()
                return
            except _Redirect as hop:
                self.close()
                self._follow(hop.target)

    def _follow(self, target: str) -> None:
        shown = redact(target)
        if len(self.redirects) >= MAX_REDIRECTS:
            raise RedirectRefused(
                i18n._(
                    "The ingest server {where} redirected the stream more than {MAX_REDIRECTS} "
                    "times (last to {shown})."
                ).format(where=self.a.where, MAX_REDIRECTS=MAX_REDIRECTS, shown=shown),
                i18n._(
                    "The platform's ingest is misconfigured or looping: try its other ingest URL."
                ),
            )
        try:
            where = parse_url(target)
        except BadUrl as exc:
            raise RedirectRefused(
                i18n._(
                    "The ingest server {where} redirected the stream to an address Studio "
                    "can't publish to ({message})"
                ).format(where=self.a.where, message=exc.message),
                i18n._("Only rtmp:// and rtmps:// redirects are followed."),
            ) from None
        if self.a.tls and not where.tls:
            raise RedirectRefused(
                i18n._(
                    "The ingest server {where} redirected the stream from rtmps:// to plain "
                    "rtmp:// ({shown}): the stream key would travel unencrypted."
                ).format(where=self.a.where, shown=shown),
                i18n._(
                    "Ask the platform for its rtmps:// ingest, or use its rtmp:// URL knowingly."
                ),
            )
        nxt = self.a.redirected(where)
        log.info("ingest %s redirected the stream to %s", self.a.where, nxt.shown)
        for form in secrets_of(nxt):
            register_secret(form)
        self.redirects.append(nxt)
        self.a = nxt
        self._reset()

    def _connect_once(self) -> None:
        self.sock = self._open_socket()
        self.sock.settimeout(self.connect_timeout)
        try:
            self._handshake()
            self._origin = self.bytes_sent
            self._received_origin = self.bytes_received
            self._send_msg(CS_CONTROL, MSG_SET_CHUNK_SIZE, 0, struct.pack(">I", OUT_CHUNK_SIZE))
            self._command(
                "connect",
                {
                    "app": self.a.app,
                    "type": "nonprivate",
                    "flashVer": f"FMLE/3.0 (compatible; Studio/{__version__})",
                    "tcUrl": self.a.tc_url,
                },
            )
            reply = self._await_result(self._txn)
            if reply[0] != "_result":
                target = _redirect_target(reply)
                if target is not None:
                    raise _Redirect(target)
                raise self._rejected(reply)
            key = self.a.key
            self._command("releaseStream", None, key, wait=False)
            self._command("FCPublish", None, key, wait=False)
            self._command("createStream", None)
            reply = self._await_result(self._txn)
            if reply[0] != "_result" or len(reply) < 4:
                raise self._rejected(reply)
            self.stream_id = self._stream_id(reply[3])
            self._command("publish", None, key, "live", stream=self.stream_id, wait=False)
            self._await_publish_start()
            self._send_msg(CS_CONTROL, MSG_WINDOW_ACK_SIZE, 0, struct.pack(">I", self.ack_window))
            self._sent_at_publish = self.bytes_sent
            self.last_ack_at = time.monotonic()
        except TimeoutError as exc:
            self.close()
            raise IngestUnreachable(
                i18n._("The ingest server {where} stopped answering during the handshake.").format(
                    where=self.a.where
                ),
                i18n._("Check the URL points to an RTMP ingest, and your network."),
            ) from exc
        except (ConnectionResetError, BrokenPipeError, ssl.SSLError) as exc:
            self.close()
            raise self._closed_during_publish() from exc
        except (OutputError, _Redirect):
            self.close()
            raise
        except OSError as exc:
            self.close()
            raise ConnectionLost(
                i18n._("The connection to {where} broke ({exc}).").format(
                    where=self.a.where, exc=exc
                )
            ) from exc
        self.sock.settimeout(self.stall_timeout)

    def _open_socket(self) -> socket.socket:
        a = self.a
        try:
            infos = socket.getaddrinfo(a.host, a.port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise IngestUnreachable(
                i18n._("The ingest server {host} can't be found (DNS: {strerror}).").format(
                    host=a.host, strerror=exc.strerror
                ),
                i18n._("Check the server address and your internet connection."),
            ) from exc
        last: OSError | None = None
        for family, kind, proto, _, addr in infos:
            if self._aborted.is_set():
                break
            s = socket.socket(family, kind, proto)
            s.settimeout(self.connect_timeout)
            try:
                s.connect(addr)
                break
            except OSError as exc:
                s.close()
                last = exc
        else:
            if isinstance(last, ConnectionRefusedError):
                raise ConnectionRefused(
                    i18n._("The ingest server {where} refused the connection.").format(
                        where=a.where
                    ),
                    i18n._("Is the server running and is the port right? Check the stream URL."),
                ) from last
            raise IngestUnreachable(
                i18n._(
                    "The ingest server {where} did not answer within {connect_timeout:g} s."
                ).format(where=a.where, connect_timeout=self.connect_timeout),
                i18n._("Check the address, your network and any firewall."),
            ) from last
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if not a.tls:
            return s
        ctx = ssl.create_default_context(cafile=self.ca_file)
        try:
            return ctx.wrap_socket(s, server_hostname=a.host)
        except ssl.SSLCertVerificationError as exc:
            s.close()
            err = OutputError(
                i18n._(
                    "The ingest server {where} presented a certificate that can't be trusted "
                    "({verify_message})."
                ).format(where=a.where, verify_message=exc.verify_message),
                i18n._(
                    "Check the URL. To trust a server you run yourself, set STUDIO_RTMPS_CA_FILE "
                    "to its CA certificate."
                ),
            )
            err.retryable = False
            raise err from exc
        except (ssl.SSLError, OSError) as exc:
            s.close()
            raise IngestUnreachable(
                i18n._("Secure connection to {where} failed ({exc}).").format(
                    where=a.where, exc=exc
                ),
                i18n._("Check the URL uses rtmps:// only where the platform says so."),
            ) from exc

    def _handshake(self) -> None:
        c1 = struct.pack(">II", int(time.monotonic() * 1000) & 0xFFFFFFFF, 0) + os.urandom(1528)
        self._sendall(b"\x03" + c1)
        s0s1 = self._recv_exact(1 + 1536)
        if s0s1[0] != 3:
            raise IngestUnreachable(
                i18n._("The server at {where} does not speak RTMP.").format(where=self.a.where),
                i18n._("Check the URL and port."),
            )
        self._recv_exact(1536)  # S2: echo of C1, nothing to check for a publisher
        self._sendall(s0s1[1:])  # C2 echoes S1

    def _stream_id(self, value: amf0.AmfValue) -> int:
        """The id createStream answered; anything but a small whole number is not RTMP."""
        if not isinstance(value, float) or not value.is_integer() or not 0 <= value < 2**32:
            raise IngestUnreachable(
                i18n._(
                    "The server at {where} answered with a stream id that makes no sense ({name})."
                ).format(where=self.a.where, name=type(value).__name__),
                i18n._("Check the URL points to an RTMP ingest."),
            )
        return int(value)

    def _rejected(self, reply: list[amf0.AmfValue]) -> OutputError:
        """The typed error for a server's refusal: another session holds the key
        (`StreamKeyInUse`, NetStream.Publish.BadName as Adobe's FMS defines it, or words to
        that effect), else a rejected key or application (`StreamKeyRejected`, final)."""
        info = reply[3] if len(reply) > 3 and isinstance(reply[3], dict) else {}
        code = str(info.get("code") or "")
        said = redact(str(info.get("description") or ""))[:200]
        why = said or code or "no reason given"
        if _in_use(code, said):
            return StreamKeyInUse(
                i18n._(
                    "The server at {host} says another session is already publishing with this "
                    "stream key ({why})."
                ).format(host=self.a.host, why=why),
                i18n._(
                    "A previous session (after a crash or a dropped connection) may still hold "
                    "it for a while; Studio retries. If another encoder streams with this key, "
                    "stop it."
                ),
            )
        return StreamKeyRejected(
            i18n._("The server at {host} refused to publish this stream ({why}).").format(
                host=self.a.host, why=why
            ),
            i18n._(
                "The stream key (or the application name in the URL) was rejected: copy the "
                "stream key again from your platform."
            ),
        )

    def _closed_during_publish(self) -> StreamKeyRejected:
        return StreamKeyRejected(
            i18n._(
                "The server at {host} refused to publish this stream (it closed the connection)."
            ).format(host=self.a.host),
            i18n._(
                "The stream key (or the application name in the URL) was rejected: copy the "
                "stream key again from your platform."
            ),
        )

    def _await_result(self, txn: int) -> list[amf0.AmfValue]:
        while True:
            mtype, _, payload = self._read_message()
            if mtype != MSG_COMMAND_AMF0:
                continue
            values = _decode(payload)
            if values and values[0] in ("_result", "_error") and _num(values, 1) == txn:
                return values

    def _await_publish_start(self) -> None:
        while True:
            mtype, _, payload = self._read_message()
            if mtype != MSG_COMMAND_AMF0:
                continue
            values = _decode(payload)
            if not values:
                continue
            if values[0] == "onStatus" and len(values) > 3 and isinstance(values[3], dict):
                code = str(values[3].get("code", ""))
                if code == "NetStream.Publish.Start":
                    return
                if (
                    code.endswith(("BadName", "Failed", "Rejected"))
                    or values[3].get("level") == "error"
                ):
                    raise self._rejected(values)
            elif values[0] == "_error":
                raise self._rejected(values)

    # -- sending -----------------------------------------------------------------------
    def _command(
        self,
        name: str,
        obj: amf0.AmfValue,
        *args: amf0.AmfValue,
        stream: int = 0,
        wait: bool = True,
    ) -> None:
        self._txn += 1
        txn = self._txn
        payload = amf0.encode_all(name, txn, obj if obj is not None else amf0.NULL, *args)
        self._send_msg(CS_COMMAND, MSG_COMMAND_AMF0, 0, payload, stream)

    def send_tag(self, tag_type: int, timestamp: int, body: bytes) -> None:
        """Send one FLV tag's body as an RTMP message (audio 8, video 9, script data 18)."""
        if tag_type == MSG_DATA_AMF0:
            body = amf0.encode("@setDataFrame") + body
            cs = CS_DATA
        else:
            cs = CS_AUDIO if tag_type == MSG_AUDIO else CS_VIDEO
        self._send_msg(cs, tag_type, timestamp, body, self.stream_id)
        self.poll()

    def _send_msg(self, cs: int, mtype: int, ts: int, payload: bytes, stream: int = 0) -> None:
        ts &= 0xFFFFFFFF
        ext = ts >= 0xFFFFFF
        head = (
            bytes([cs & 0x3F])
            + struct.pack(">I", 0xFFFFFF if ext else ts)[1:]
            + struct.pack(">I", len(payload))[1:]
            + bytes([mtype])
            + struct.pack("<I", stream)
        )
        ext_bytes = struct.pack(">I", ts) if ext else b""
        parts = [head, ext_bytes]
        cont = bytes([0xC0 | (cs & 0x3F)]) + ext_bytes
        for i in range(0, max(1, len(payload)), OUT_CHUNK_SIZE):
            if i:
                parts.append(cont)
            parts.append(payload[i : i + OUT_CHUNK_SIZE])
        self._sendall(b"".join(parts))

    def _sendall(self, data: bytes) -> None:
        if self._aborted.is_set() or self.sock is None:
            raise ConnectionLost(i18n._("The connection was closed."))
        try:
            with self._lock:
                self.sock.sendall(data)
        except TimeoutError as exc:
            raise ConnectionLost(
                i18n._(
                    "The ingest at {where} stopped accepting data for {stall_timeout:g} s."
                ).format(where=self.a.where, stall_timeout=self.stall_timeout)
            ) from exc
        except OSError as exc:
            if self._aborted.is_set():
                raise ConnectionLost(i18n._("The connection was closed.")) from exc
            raise
        self.bytes_sent += len(data)

    @property
    def confirmed(self) -> int:
        """How far into `bytes_sent` the server has confirmed receiving (its acknowledgement
        counts the bytes after the handshake, RTMP spec 5.4.3)."""
        return self._origin + self.server_acked

    @property
    def data_confirmed(self) -> bool:
        """True once the server has acknowledged media, not just the publish commands."""
        return self.acks_seen and self.confirmed > self._sent_at_publish

    @property
    def unacked(self) -> int:
        """Bytes sent that the server has not confirmed (0 if it never acks)."""
        if not self.acks_seen:
            return 0
        return max(0, self.bytes_sent - self.confirmed)

    def wait_for_acks(self, timeout: float) -> None:
        """Block up to `timeout` for the server to say something (acks, pings, errors)."""
        sock = self.sock
        if sock is None:
            raise ConnectionLost(i18n._("The connection was closed."))
        import select

        readable, _, _ = select.select([sock], [], [], timeout)
        if readable or (isinstance(sock, ssl.SSLSocket) and sock.pending()):
            self.poll()

    # -- receiving ---------------------------------------------------------------------
    def poll(self) -> None:
        """Handle whatever the server sent (acks, pings, errors) without blocking."""
        sock = self.sock
        if sock is None:
            return
        while True:
            try:
                sock.setblocking(False)
                try:
                    data = sock.recv(65536)
                finally:
                    sock.settimeout(self.stall_timeout)
            except (BlockingIOError, ssl.SSLWantReadError):
                return
            except OSError as exc:
                raise ConnectionLost(
                    i18n._("The connection to {where} broke ({exc}).").format(
                        where=self.a.where, exc=exc
                    )
                ) from exc
            if not data:
                raise ConnectionLost(
                    i18n._("The ingest server {where} closed the connection.").format(
                        where=self.a.where
                    )
                )
            self._buf += data
            self.bytes_received += len(data)
            while True:
                msg = self._parse_message()
                if msg is None:
                    break
                self._handle(*msg)

    def _read_message(self) -> tuple[int, int, bytes]:
        while True:
            msg = self._parse_message()
            if msg is not None:
                if self._handle(*msg):
                    return msg
                continue
            assert self.sock is not None
            data = self.sock.recv(65536)
            if not data:
                raise ConnectionResetError("server closed the connection")
            self._buf += data
            self.bytes_received += len(data)

    def _recv_exact(self, n: int) -> bytes:
        assert self.sock is not None
        while len(self._buf) < n:
            data = self.sock.recv(65536)
            if not data:
                raise ConnectionResetError("server closed the connection")
            self._buf += data
        out, self._buf = self._buf[:n], self._buf[n:]
        return out

    def _parse_message(self) -> tuple[int, int, bytes] | None:
        """Consume chunks from the buffer until one message is complete (or data runs out)."""
        while True:
            buf, pos = self._buf, 0
            if len(buf) < 1:
                return None
            fmt, cs = buf[0] >> 6, buf[0] & 0x3F
            pos = 1
            if cs == 0:
                if len(buf) < 2:
                    return None
                cs, pos = 64 + buf[1], 2
            elif cs == 1:
                if len(buf) < 3:
                    return None
                cs, pos = 64 + buf[1] + buf[2] * 256, 3
            st = self._in_state.get(cs)
            if st is None:
                st = self._in_state[cs] = _ChunkStream()
            hlen = (11, 7, 3, 0)[fmt]
            if len(buf) < pos + hlen:
                return None
            h = buf[pos : pos + hlen]
            pos += hlen
            ts_field = None
            if fmt <= 2:
                ts_field = int.from_bytes(h[0:3], "big")
            if fmt <= 1:
                st.length = int.from_bytes(h[3:6], "big")
                st.type = h[6]
            if fmt == 0:
                st.stream = int.from_bytes(h[7:11], "little")
            ext = ts_field == 0xFFFFFF if ts_field is not None else st.ext
            if ext:
                if len(buf) < pos + 4:
                    return None
                ts_field = int.from_bytes(buf[pos : pos + 4], "big")
                pos += 4
            need = min(self._in_chunk_size, st.length - len(st.data))
            if len(buf) < pos + need:
                return None
            if ts_field is not None and not st.data:
                st.ext = ext
                if fmt == 0:
                    st.ts = ts_field
                else:
                    st.delta = ts_field
                    st.ts += ts_field
            st.data += buf[pos : pos + need]
            self._buf = buf[pos + need :]
            if len(st.data) >= st.length:
                payload, st.data = st.data, b""
                return st.type, st.stream, payload

    def _handle(self, mtype: int, stream: int, payload: bytes) -> bool:
        """Protocol housekeeping; True when the message is for the caller."""
        if self.bytes_received - self._acked >= self._window // 2:
            self._acked = self.bytes_received
            seq = (self.bytes_received - self._received_origin) & 0xFFFFFFFF
            self._send_msg(CS_CONTROL, MSG_ACK, 0, struct.pack(">I", seq))
        if mtype == MSG_SET_CHUNK_SIZE and len(payload) >= 4:
            self._in_chunk_size = struct.unpack(">I", payload[:4])[0] & 0x7FFFFFFF
            return False
        if mtype == MSG_WINDOW_ACK_SIZE and len(payload) >= 4:
            self._window = max(1, struct.unpack(">I", payload[:4])[0])
            return False
        if mtype == MSG_SET_PEER_BW:
            self._send_msg(CS_CONTROL, MSG_WINDOW_ACK_SIZE, 0, struct.pack(">I", self.ack_window))
            return False
        if mtype == MSG_ACK and len(payload) >= 4:
            seq = struct.unpack(">I", payload[:4])[0]
            self.server_acked += (seq - self._last_ack_seq) & 0xFFFFFFFF
            self._last_ack_seq = seq
            self.acks_seen = True
            self.last_ack_at = time.monotonic()
            return False
        if mtype == MSG_USER_CONTROL and len(payload) >= 6:
            if struct.unpack(">H", payload[:2])[0] == 6:  # PingRequest → PingResponse
                self._send_msg(CS_CONTROL, MSG_USER_CONTROL, 0, struct.pack(">H", 7) + payload[2:6])
            return False
        if mtype == MSG_COMMAND_AMF0:
            values = _decode(payload)
            if values and values[0] == "onStatus" and len(values) > 3:
                info = values[3] if isinstance(values[3], dict) else {}
                if info.get("level") == "error" and self.stream_id:
                    log.info("server status: %s", info.get("code"))
            return True
        return mtype in (MSG_DATA_AMF0,)

    # -- closing -----------------------------------------------------------------------
    def finish(self) -> None:
        """End the publish politely (the server closes the stream at once, not on timeout)."""
        try:
            if self.stream_id:
                self._command("FCUnpublish", None, self.a.key, wait=False)
                self._command("deleteStream", None, self.stream_id, wait=False)
        except (OutputError, OSError):
            pass
        self.close()

    def abort(self) -> None:
        """Cut the connection now, from any thread (a blocked send or read fails at once)."""
        self._aborted.set()
        sock = self.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def reset(self) -> None:
        """Abandon a connection given up for dead: close with a TCP reset, so what is still
        queued is dropped rather than delivered late, and the server frees the stream at once
        (no stale session holding the key when we reconnect)."""
        sock = self.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close()

    def close(self) -> None:
        """Close the socket (idempotent; no goodbye to the server: see `finish`)."""
        sock, self.sock = self.sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.close()


def _redirect_target(reply: list[amf0.AmfValue]) -> str | None:
    """The tcUrl of an FMS/Wowza-style redirect: `_error` with NetConnection.Connect.Rejected
    and `ex: {code: 302, redirect: URL}` (Adobe Media Server's NetConnection.Connect.Rejected
    with ex.redirect, as Wowza and Red5 send it too), or None."""
    info = reply[3] if len(reply) > 3 and isinstance(reply[3], dict) else {}
    if info.get("code") != "NetConnection.Connect.Rejected":
        return None
    ex = info.get("ex")
    if not isinstance(ex, dict) or ex.get("code") not in (302, 302.0):
        return None
    target = ex.get("redirect")
    return target.strip() if isinstance(target, str) and target.strip() else None


_IN_USE_WORDS = ("already", "in use", "busy")


def _in_use(code: str, description: str) -> bool:
    """Whether a refusal means 'someone else publishes this stream': FMS's BadName (unless
    the words say otherwise), or words to that effect under any code (nginx-rtmp: BadName
    'Already publishing'; SRS: 'stream is busy')."""
    words = description.lower()
    if any(w in words for w in _IN_USE_WORDS):
        return True
    return code.endswith("BadName") and not words


def _decode(payload: bytes) -> list[amf0.AmfValue]:
    try:
        return amf0.decode_all(payload)
    except (ValueError, struct.error, UnicodeDecodeError):
        return []


def _num(values: list[amf0.AmfValue], i: int) -> float | None:
    v = values[i] if len(values) > i else None
    return v if isinstance(v, float) else None


@dataclass
class _ChunkStream:
    """What the previous chunk on one chunk stream said (RTMP spec 5.3.1: later chunk headers
    omit the fields that did not change). `data` collects the message being reassembled."""

    ts: int = 0
    delta: int = 0
    length: int = 0
    type: int = 0
    stream: int = 0
    data: bytes = b""
    ext: bool = False


class FlvTagSplitter:
    """File-like sink for PyAV's FLV muxer that cuts the byte stream into tags."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._header_done = False

    def write(self, data: bytes) -> int:
        """The muxer's output: buffered until whole tags can be cut (`tags()`)."""
        self._buf += data
        return len(data)

    def flush(self) -> None:
        """Nothing to do: tags are taken with `tags()` (the file protocol asks for it)."""

    def tags(self) -> list[tuple[int, int, bytes]]:
        """Complete tags so far as (type, timestamp ms, body)."""
        out: list[tuple[int, int, bytes]] = []
        if not self._header_done:
            if len(self._buf) < 13:
                return out
            del self._buf[:13]  # 'FLV' header + PreviousTagSize0
            self._header_done = True
        while len(self._buf) >= 11:
            size = int.from_bytes(self._buf[1:4], "big")
            if len(self._buf) < 11 + size + 4:
                break
            ttype = self._buf[0] & 0x1F
            ts = int.from_bytes(self._buf[4:7], "big") | (self._buf[7] << 24)
            body = bytes(self._buf[11 : 11 + size])
            del self._buf[: 11 + size + 4]
            out.append((ttype, ts, body))
        return out
