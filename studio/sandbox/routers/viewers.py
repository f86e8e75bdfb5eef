"""The live viewer count."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from studio.platform.models import Viewers
from studio.sandbox.routers.deps import SB, SHOW, allow, op
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["viewers"])


@router.get("/viewers", response_model=Viewers, **op("viewers.read", "Viewer count"))
def get_viewers(
    show_id: str, who: Annotated[Principal, Depends(allow("viewers.read"))], sb: SB
) -> Viewers:
    return sb.store.viewers.get(show_id)
