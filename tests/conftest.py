"""Shared test set-up. Qt must be told to run offscreen before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Real-part fixtures (ingests), shared by every test module.
from tests.fixtures import (
    ffmpeg_listen,
    free_port,
    nginx_asking,
    nginx_rejecting,
    nginx_rtmp,
    node_media_server,
    publish_auth_accepting,
    publish_auth_rejecting,
    pyav_listen_ingest,
    scripted_rtmp,
    start_show,
    tls_server,
)

__all__ = [
    "ffmpeg_listen",
    "free_port",
    "nginx_asking",
    "nginx_rejecting",
    "nginx_rtmp",
    "node_media_server",
    "publish_auth_accepting",
    "publish_auth_rejecting",
    "pyav_listen_ingest",
    "scripted_rtmp",
    "start_show",
    "tls_server",
]
