"""Controls for demos and tests (host token only) and the demo's image "CDN".

Not part of the contract: left out of the OpenAPI document.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field

from studio.platform.models import Role, Timer
from studio.sandbox.problems import Forbidden, NotFound, Unavailable
from studio.sandbox.routers.deps import SB, Caller, Controls, Sandbox
from studio.sandbox.stores import Principal

router = APIRouter(include_in_schema=False)


class FaultSwitches(BaseModel):
    delay_ms: int | None = Field(default=None, ge=0, le=60_000)
    error_rate: float | None = Field(default=None, ge=0, le=1)
    garbage_rate: float | None = Field(default=None, ge=0, le=1)
    refuse_streams: bool | None = None
    drop_streams: bool = False
    rate_limit_per_s: float | None = Field(default=None, ge=0)
    rate_limit_burst: int | None = Field(default=None, ge=1)
    reset: bool = False


class FaultState(BaseModel):
    delay_ms: int
    error_rate: float
    garbage_rate: float
    refuse_streams: bool
    rate_limit_per_s: float | None
    rate_limit_burst: int


class SimulatorSettings(BaseModel):
    rate: float | None = Field(default=None, ge=0, le=100_000)
    running: bool | None = None


class SimulatorState(BaseModel):
    rate: float
    running: bool


class Tick(BaseModel):
    seconds: float = Field(default=1.0, gt=0, le=3600)


class Ticked(BaseModel):
    orders: int


class Burst(BaseModel):
    orders: int = Field(default=50, ge=1, le=100_000)


class Bursted(BaseModel):
    orders: int
    last_seq: int | None


class Rush(BaseModel):
    product_id: str | None = None
    duration_s: int = Field(default=30, ge=5, le=3600)
    stock: int | None = Field(default=None, ge=0)
    discount: float = Field(default=0.3, gt=0, lt=1)


def _host(who: Caller) -> Principal:
    if who.role != Role.HOST:
        raise Forbidden("Sandbox controls need the host token.")
    return who


Host = Annotated[Principal, Depends(_host)]


def _controls(sb: Sandbox) -> Controls:
    if sb.controls is None:
        raise Unavailable("This sandbox has no simulator.")
    return sb.controls


@router.post("/sandbox/faults")
def set_faults(body: FaultSwitches, who: Host, sb: SB) -> FaultState:
    f = sb.faults
    if body.reset:
        f.reset()
        sb.limiter.configure(None)
    if body.delay_ms is not None:
        f.delay_ms = body.delay_ms
    if body.error_rate is not None:
        f.error_rate = body.error_rate
    if body.garbage_rate is not None:
        f.garbage_rate = body.garbage_rate
    if body.refuse_streams is not None:
        f.refuse_streams = body.refuse_streams
    if body.rate_limit_per_s is not None:
        sb.limiter.configure(body.rate_limit_per_s, body.rate_limit_burst or 0)
    if body.drop_streams:
        f.drop_streams()
        sb.store.hub.notify()
    return FaultState(
        delay_ms=f.delay_ms,
        error_rate=f.error_rate,
        garbage_rate=f.garbage_rate,
        refuse_streams=f.refuse_streams,
        rate_limit_per_s=sb.limiter.per_second,
        rate_limit_burst=sb.limiter.burst,
    )


@router.post("/sandbox/simulator")
def simulator(body: SimulatorSettings, who: Host, sb: SB) -> SimulatorState:
    c = _controls(sb)
    if body.rate is not None:
        c.simulator.rate = body.rate
    if body.running is not None:
        c.set_running(body.running)
    return SimulatorState(rate=c.simulator.rate, running=c.running)


@router.post("/sandbox/simulator/tick")
def tick(body: Tick, who: Host, sb: SB) -> Ticked:
    return Ticked(orders=len(_controls(sb).tick(body.seconds)))


@router.post("/sandbox/simulator/burst")
def burst(body: Burst, who: Host, sb: SB) -> Bursted:
    orders = _controls(sb).simulator.burst(body.orders)
    return Bursted(orders=len(orders), last_seq=orders[-1].seq if orders else None)


@router.post("/sandbox/simulator/flash-rush")
def rush(body: Rush, who: Host, sb: SB) -> Timer:
    return _controls(sb).simulator.flash_rush(
        body.product_id, body.duration_s, body.stock, body.discount
    )


@router.get("/media/{name}")
def media(name: str, sb: SB) -> FileResponse:
    if sb.media_dir is None or "/" in name or name.startswith(".") or "\\" in name:
        raise NotFound("No such image.")
    path = sb.media_dir / name
    if not path.is_file():
        raise NotFound("No such image.")
    return FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})
