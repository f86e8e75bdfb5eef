"""A raw SSE reader of a show's order events: the reference both sandbox and sync benchmarks
measure against (no client library, resumes with Last-Event-ID like the studio does)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from typing import Any

import requests


def follow_orders(
    api_url: str,
    show_id: str,
    token: str,
    stop: threading.Event,
    out: list[tuple[int, float, float]],
    commit_time: Callable[[dict[str, Any]], float],
    last: str = "0",
) -> None:
    """Append (seq, commit time, receive time) of every order.created until `stop`."""
    url = f"{api_url}/shows/{show_id}/events/stream"
    headers = {"Authorization": f"Bearer {token}"}
    while not stop.is_set():
        try:
            with requests.get(
                url, headers={**headers, "Last-Event-ID": last}, stream=True, timeout=(5, 5)
            ) as r:
                fields: dict[str, str] = {}
                for line in r.iter_lines(decode_unicode=True):
                    if stop.is_set():
                        return
                    if line == "":
                        if fields.get("event") == "order.created":
                            now = time.time()
                            ev = json.loads(fields["data"])
                            out.append((ev["data"]["seq"], commit_time(ev), now))
                        if "id" in fields:
                            last = fields["id"]
                        fields = {}
                    elif not line.startswith(":"):
                        k, _, v = line.partition(":")
                        fields[k] = v.removeprefix(" ")
        except requests.RequestException:
            time.sleep(0.2)
