"""The stream-key check nginx-rtmp calls before it accepts a publisher (`on_publish`).

Kept apart from the API on its own small port: nginx is not an API client (no token, a form
body over HTTP/1.0), and the API's fault switches and rate limits must never refuse a good key.

Beware: PyAV holds the GIL while it connects and waits for the ingest's answer to its publish,
so a publisher in the same process as this hook freezes it until nginx gives up (10 s) and
refuses the stream. Publish from another process when nginx checks keys with this hook.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

log = logging.getLogger(__name__)


class PublishHook:
    """`url` for `on_publish`, `done_url` for `on_publish_done`.

    `accept(key)` says whether a stream key may publish; `done(key)` is told when it stops.
    """

    def __init__(
        self,
        accept: Callable[[str], bool],
        done: Callable[[str], None] | None = None,
        host: str = "127.0.0.1",
    ) -> None:
        owner = self
        self.accept = accept
        self.done = done

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
                fields = dict(parse_qsl(body)) | dict(parse_qsl(urlsplit(self.path).query))
                key = fields.get("name", "")
                status = owner._handle(urlsplit(self.path).path, key)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST

            def log_message(self, format: str, *args: object) -> None:
                pass  # request lines carry stream keys

        self._server = ThreadingHTTPServer((host, 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="publish-hook", daemon=True
        )

    def _handle(self, path: str, key: str) -> int:
        try:
            if path.endswith("/done"):
                if key and self.done is not None:
                    self.done(key)
                return 200
            return 200 if key and self.accept(key) else 403
        except Exception:
            log.exception("publish hook failed")
            return 500

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def url(self) -> str:
        return f"{self.base}/on_publish"

    @property
    def done_url(self) -> str:
        return f"{self.base}/on_publish/done"

    def start(self) -> PublishHook:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
