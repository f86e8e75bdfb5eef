"""A crowd of bidders in a process of its own (spawned by `test_auctions.py`).

Each bidder is a thread with its own viewer token and HTTP session; they all wait for the
same wall-clock moment, then bid at once, like an audience answering a countdown. A bidder
told "too low" tries once more at the price the platform said was the least it takes, plus
a small random jump; one that already leads stops.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from dataclasses import dataclass

import requests


@dataclass(frozen=True)
class Attempt:
    """One bid sent: who, how much, the HTTP status and (accepted) the bid's seq."""

    name: str
    amount: int
    status: int
    seq: int | None
    slug: str | None


def bid_crowd(
    url: str, bidders: list[tuple[str, str]], first_amount: int, go_at: float, seed: int
) -> list[Attempt]:
    """Bid at `url` (an auction's `/bids`) for every (token, name) at wall time `go_at`.

    Runs in a child process; returns every attempt made.
    """
    rng = random.Random(seed)
    jumps = [rng.randrange(0, 5) * 100 for _ in bidders]
    attempts: list[Attempt] = []
    lock = threading.Lock()

    def one(i: int, token: str, name: str) -> None:
        session = requests.Session()
        headers = {"Authorization": f"Bearer {token}"}
        amount = first_amount + jumps[i]
        time.sleep(max(0.0, go_at - time.time()))
        for _ in range(2):
            h = headers | {"Idempotency-Key": uuid.uuid4().hex}
            r = session.post(url, json={"amount_minor": amount}, headers=h, timeout=30)
            body = r.json()
            seq = body.get("seq") if r.status_code == 201 else None
            slug = str(body.get("type", "")).rsplit("/", 1)[-1] if r.status_code >= 400 else None
            with lock:
                attempts.append(Attempt(name, amount, r.status_code, seq, slug))
            if slug != "bid-too-low":
                return
            amount = int(body["next_min_bid_minor"]) + jumps[i]

    threads = [
        threading.Thread(target=one, args=(i, token, name))
        for i, (token, name) in enumerate(bidders)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return attempts
