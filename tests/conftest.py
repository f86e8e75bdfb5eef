"""Shared test set-up. Qt must be told to run offscreen before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Real-part fixtures (ingests), shared by every test module.
from tests.fixtures import (
    free_port,
    nginx_rejecting,
    nginx_rtmp,
    publish_auth_rejecting,
    pyav_listen_ingest,
    start_show,
)

__all__ = [
    "free_port",
    "nginx_rejecting",
    "nginx_rtmp",
    "publish_auth_rejecting",
    "pyav_listen_ingest",
    "start_show",
]
