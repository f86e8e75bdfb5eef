"""One FastAPI router per resource of the contract, plus the sandbox's own controls and its
viewer page (`watch`).

`ROUTERS` is the order they are mounted in, which is also the order of the published
OpenAPI document's paths.
"""

from __future__ import annotations

from fastapi import APIRouter

from studio.sandbox.routers import (
    auctions,
    cohosts,
    comments,
    community,
    controls,
    events,
    giveaways,
    ingest,
    materials,
    meta,
    moderation,
    orders,
    pin,
    polls,
    products,
    queue,
    resell,
    reseller_program,
    resellers,
    rundown,
    shows,
    supporters,
    timers,
    viewer_sessions,
    viewers,
    vouchers,
    watch,
)

ROUTERS: tuple[APIRouter, ...] = (
    meta.router,
    shows.router,
    cohosts.router,
    products.router,
    queue.router,
    pin.router,
    timers.router,
    auctions.router,
    giveaways.router,
    orders.router,
    vouchers.router,
    polls.router,
    rundown.router,
    comments.router,
    moderation.router,
    supporters.router,
    resellers.router,
    reseller_program.router,
    materials.router,
    community.router,
    viewers.router,
    viewer_sessions.router,
    ingest.router,
    events.router,
    controls.router,
    community.controls,
    watch.router,
    resell.router,
)
