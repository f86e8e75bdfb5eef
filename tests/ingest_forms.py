"""The ingest URL forms of the major platforms, as their help pages give them (README,
"Where to stream"), with what a server must be asked for each: the application (connect and
tcUrl) and the stream name (publish). Keys are made up, shaped like the real ones, with the
characters real keys carry ('?', '&', '=', '-', '_'); `secret` is what must never be shown.

Used by tests/engine/test_ingest_urls.py (each form published to a server that records what
it was asked) and tests/reliability/test_secret_scan.py (each form through `studio broadcast`,
every file and line it writes scanned for the secret).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Form:
    """One platform's URL form. `port` is the port the URL means (its scheme's default when
    none is written); `secret` the parts that grant access ("" when the form has none)."""

    platform: str
    url: str
    app: str
    name: str
    port: int
    secret: str

    @property
    def tls(self) -> bool:
        return self.url.startswith("rtmps://")

    def at(self, port: int) -> str:
        """The same URL with its server replaced by 127.0.0.1:`port` (path kept verbatim)."""
        scheme, rest = self.url.split("://", 1)
        cut = min(i for i in (rest.find("/"), len(rest)) if i >= 0)
        return f"{scheme}://127.0.0.1:{port}{rest[cut:]}"


YT_KEY = "q7vx-3mzk-8h2p-d4we-9tfa"
FB_KEY = "17912345678901234?s_bl=1&s_psm=1&s_sc=17912345678901299&s_sw=0&s_vt=api-s&a=AbwXyZ12Qr"
IG_KEY = "17955512345678901?s_bl=1&s_fbp=frt3-1&s_prp=frt3-1&s_sw=0&s_tids=1&s_vt=ig&a=AbyTrE9Q"
TWITCH_KEY = "live_912345678_Qw3rTyUi0pAsDfGhJkLzXcVbNm12"
TIKTOK_KEY = "stream-2998877665544332211?expire=1767225600&sign=9f86d081884c7d659a2feaa0c55ad015"
KICK_KEY = "sk_us-west-2_Xq9Lm2Vb7Nc4Zt8Rw1Ys"
SRS_KEY = "livestream?secret=8c3b1a2e5d7f"

FORMS = [
    Form("YouTube (primary)", f"rtmp://a.rtmp.youtube.com/live2/{YT_KEY}", "live2", YT_KEY,
         1935, YT_KEY),
    Form("YouTube (primary, rtmps)", f"rtmps://a.rtmps.youtube.com:443/live2/{YT_KEY}", "live2",
         YT_KEY, 443, YT_KEY),
    Form("YouTube (backup)", f"rtmp://b.rtmp.youtube.com/live2?backup=1/{YT_KEY}",
         "live2?backup=1", YT_KEY, 1935, YT_KEY),
    Form("YouTube (backup, rtmps)", f"rtmps://b.rtmps.youtube.com:443/live2?backup=1/{YT_KEY}",
         "live2?backup=1", YT_KEY, 443, YT_KEY),
    Form("Facebook Live", f"rtmps://live-api-s.facebook.com:443/rtmp/{FB_KEY}", "rtmp", FB_KEY,
         443, FB_KEY),
    Form("Instagram Live", f"rtmps://edgetee-upload-frt3-1.xx.fbcdn.net:443/rtmp/{IG_KEY}",
         "rtmp", IG_KEY, 443, IG_KEY),
    Form("Twitch", f"rtmp://live.twitch.tv/app/{TWITCH_KEY}", "app", TWITCH_KEY, 1935,
         TWITCH_KEY),
    Form("TikTok LIVE", f"rtmp://push-rtmp-l11-sg01.tiktokcdn.com/game/{TIKTOK_KEY}", "game",
         TIKTOK_KEY, 1935, TIKTOK_KEY),
    Form("Kick", f"rtmps://fa723fc1b171.global-contribute.live-video.net/app/{KICK_KEY}", "app",
         KICK_KEY, 443, KICK_KEY),
    Form("MediaMTX", "rtmp://mediamtx.example.com:1935/mystream", "mystream", "", 1935, ""),
    Form("MediaMTX (with credentials)",
         "rtmp://mediamtx.example.com/mystream?user=studio&pass=Hx7pw9Kq2Lz",
         "mystream?user=studio&pass=Hx7pw9Kq2Lz", "", 1935, "Hx7pw9Kq2Lz"),
    Form("SRS", f"rtmp://srs.example.com/live/{SRS_KEY}", "live", SRS_KEY, 1935, SRS_KEY),
    Form("SRS (vhost)", "rtmp://srs.example.com/live?vhost=shop.example.com/livestream",
         "live?vhost=shop.example.com", "livestream", 1935, ""),
]  # fmt: skip
