"""`studio sandbox`: run the reference platform locally, with a simulated audience.

Prints where it listens and the demo credentials (the user's own local sandbox: they need the
tokens to point a studio at it), then serves until Ctrl-C.
"""

from __future__ import annotations

import argparse
import errno
import signal
import threading
from pathlib import Path
from typing import Any

from studio import i18n
from studio.errors import UsageError


def register(sub: Any) -> None:
    p = sub.add_parser(
        "sandbox",
        help=i18n._("run the local sandbox platform (API, simulated orders, demo show)"),
        description=(
            i18n._(
                "Serve the platform API on localhost with a seeded themed show, a catalog and a "
                "simulated audience. Point the studio at the printed URL and tokens."
            )
        ),
    )
    p.add_argument("--port", type=int, default=8765, help=i18n._("TCP port (0: any free port)"))
    p.add_argument(
        "--host", default="127.0.0.1", help=i18n._("address to listen on (default localhost)")
    )
    p.add_argument("--rate", type=float, default=1.0, help=i18n._("simulated orders per second"))
    p.add_argument("--db", type=Path, default=None, help=i18n._("keep state in this SQLite file"))
    p.add_argument(
        "--live", action="store_true", help=i18n._("start with the demo show already live")
    )
    p.add_argument(
        "--ingest-url", default=None, help=i18n._("RTMP application URL shown to the studio")
    )
    p.add_argument(
        "--hls-dir",
        type=Path,
        default=None,
        help=i18n._("the hls_path of an nginx-rtmp ingest: the viewer page plays the show from it"),
    )
    p.add_argument(
        "--rate-limit",
        type=float,
        default=100.0,
        help=i18n._("requests per second per token before 429 (0: unlimited)"),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.port <= 65535:
        raise UsageError(i18n._("--port must be between 0 and 65535."))
    if args.rate < 0:
        raise UsageError(i18n._("--rate must be zero or a positive number of orders per second."))
    if args.rate_limit < 0:
        raise UsageError(i18n._("--rate-limit must be zero (unlimited) or positive."))
    if args.hls_dir is not None and not args.hls_dir.is_dir():
        raise UsageError(
            i18n._("--hls-dir {hls_dir} is not a directory.").format(hls_dir=args.hls_dir),
            i18n._(
                "Give the directory your nginx-rtmp application writes HLS into (its hls_path)."
            ),
        )
    from studio.sandbox.server import DEFAULT_INGEST_URL, SandboxServer

    server = SandboxServer(
        port=args.port,
        host=args.host,
        db_path=args.db,
        rate=args.rate,
        live=args.live,
        ingest_url=args.ingest_url or DEFAULT_INGEST_URL,
        rate_limit=args.rate_limit or None,
        burst=max(1, int(args.rate_limit * 2)),
        hls_dir=args.hls_dir,
    )
    try:
        server.start()
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise UsageError(
                i18n._("Port {port} is already in use.").format(port=args.port),
                i18n._("Pick another with --port, or --port 0 for any free one."),
            ) from exc
        raise UsageError(
            i18n._("Cannot listen on {host}:{port}: {strerror}.").format(
                host=args.host, port=args.port, strerror=exc.strerror
            )
        ) from exc

    def on_term(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_term)  # `kill` stops it as cleanly as Ctrl-C
    try:
        print(
            i18n._("Sandbox platform on {url}  (API {api_url}, docs {url}/docs)").format(
                url=server.url, api_url=server.api_url
            )
        )
        print(i18n._("  show      {show_id}").format(show_id=server.show_id))
        print(i18n._("  host      {host_token}").format(host_token=server.host_token))
        print(i18n._("  cohost    {cohost_token}").format(cohost_token=server.cohost_token))
        print(i18n._("  viewer    {viewer_token}").format(viewer_token=server.viewer_token))
        print(
            i18n._("  ingest    {ingest_url}  stream key {stream_key}").format(
                ingest_url=server.ingest_url, stream_key=server.stream_key
            )
        )
        video = "" if args.hls_dir else i18n._("  (no video: give --hls-dir)")
        print(
            i18n._("  watch     {watch_url}{video}").format(watch_url=server.watch_url, video=video)
        )
        print(
            i18n._("  audience  {rate:g} orders/s; Ctrl-C to stop").format(rate=args.rate),
            flush=True,
        )
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
