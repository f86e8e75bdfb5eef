"""Liveness and "who am I": the calls a client makes before it knows its show."""

from __future__ import annotations

from fastapi import APIRouter, Request

from studio.platform.models import Health, Me
from studio.sandbox.routers.deps import ERRORS, V1, Caller, Sandbox

router = APIRouter()


@router.get("/healthz", response_model=Health, tags=["meta"], summary="Liveness")
def healthz(request: Request) -> Health:
    sb: Sandbox | None = getattr(request.app.state, "sandbox", None)
    return Health(time=sb.store.now() if sb is not None else None)


@router.get(
    f"{V1}/me",
    response_model=Me,
    tags=["auth"],
    summary="Who this token is",
    responses=ERRORS,
    openapi_extra={"x-roles": ["host", "cohost", "moderator", "viewer"]},
)
def me(who: Caller) -> Me:
    return Me(name=who.name, role=who.role, show_id=who.show_id, viewer_id=who.viewer_id)
