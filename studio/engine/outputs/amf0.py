"""AMF0, the value encoding of RTMP commands (just the types RTMP servers use).

Follows Adobe's "Action Message Format -- AMF 0" specification (2006): number (0x00, an IEEE
754 double), boolean (0x01), string (0x02, 16-bit length), object (0x03, key/value pairs up to
the 0x00 0x00 0x09 end marker), null (0x05), undefined (0x06), ECMA array (0x08), strict array
(0x0A), date (0x0B) and long string (0x0C). Decoding is bounded: a truncated, unknown or too
deeply nested value raises ValueError, never hangs or recurses without limit.
"""

from __future__ import annotations

import struct


class Null:
    """AMF0 null (distinct from a missing value)."""


NULL = Null()

# What encode() takes and decode_all() gives back. Numbers decode as float (AMF0 has only
# doubles); null and undefined decode as None.
AmfValue = float | bool | str | Null | None | dict[str, "AmfValue"] | list["AmfValue"]
_END = b"\x00\x00\x09"


def _s(text: str) -> bytes:
    raw = text.encode("utf-8")
    return struct.pack(">H", len(raw)) + raw


def encode(value: AmfValue) -> bytes:
    """One value in AMF0 (ints are sent as doubles). Raises TypeError for a list: RTMP
    publishers never send one."""
    if value is None or value is NULL:
        return b"\x05"
    if isinstance(value, bool):
        return b"\x01" + (b"\x01" if value else b"\x00")
    if isinstance(value, (int, float)):
        return b"\x00" + struct.pack(">d", float(value))
    if isinstance(value, str):
        return b"\x02" + _s(value)
    if isinstance(value, dict):
        body = b"".join(_s(k) + encode(v) for k, v in value.items())
        return b"\x03" + body + _END
    raise TypeError(f"can't encode {type(value).__name__} in AMF0")


def encode_all(*values: AmfValue) -> bytes:
    """Consecutive values, as an RTMP command message carries them."""
    return b"".join(encode(v) for v in values)


def ecma_array(items: dict[str, AmfValue]) -> bytes:
    """An ECMA array (0x08), the shape of FLV's onMetaData."""
    body = b"".join(_s(k) + encode(v) for k, v in items.items())
    return b"\x08" + struct.pack(">I", len(items)) + body + _END


MAX_DEPTH = 64  # RTMP commands nest two or three levels; a server sending more is lying


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0
        self.depth = 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise ValueError("truncated AMF0 value")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def string(self) -> str:
        (n,) = struct.unpack(">H", self.take(2))
        return self.take(n).decode("utf-8", "replace")

    def props(self) -> dict[str, AmfValue]:
        out: dict[str, AmfValue] = {}
        while True:
            key = self.string()
            if key == "" and self.data[self.pos : self.pos + 1] == b"\x09":
                self.pos += 1
                return out
            out[key] = self.value()

    def value(self) -> AmfValue:
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:  # deeper would end in RecursionError, not ValueError
                raise ValueError("AMF0 values nested too deeply")
            return self._value()
        finally:
            self.depth -= 1

    def _value(self) -> AmfValue:
        marker = self.take(1)[0]
        if marker == 0x00:
            (number,) = struct.unpack(">d", self.take(8))
            return float(number)
        if marker == 0x01:
            return self.take(1) != b"\x00"
        if marker == 0x02:
            return self.string()
        if marker == 0x03:
            return self.props()
        if marker in (0x05, 0x06):
            return None
        if marker == 0x08:
            self.take(4)
            return self.props()
        if marker == 0x0A:
            (n,) = struct.unpack(">I", self.take(4))
            return [self.value() for _ in range(n)]
        if marker == 0x0B:
            self.take(10)
            return None
        if marker == 0x0C:
            (n,) = struct.unpack(">I", self.take(4))
            return self.take(n).decode("utf-8", "replace")
        raise ValueError(f"unsupported AMF0 marker {marker:#x}")


def decode_all(data: bytes) -> list[AmfValue]:
    """Decode consecutive values; raises ValueError on malformed input (never hangs)."""
    r = _Reader(data)
    out = []
    while r.pos < len(data):
        out.append(r.value())
    return out
