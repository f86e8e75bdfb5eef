"""Ingest health: read it (host, co-hosts), report it (the ingest, with the host token)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from studio.platform.models import IngestHealth, IngestReport
from studio.sandbox.routers.deps import SB, SHOW, IdemKey, allow, op
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["ingest"])


@router.get(
    "/ingest-health",
    response_model=IngestHealth,
    **op("ingest.read", "Is video arriving at the ingest"),
)
def get_ingest(
    show_id: str, who: Annotated[Principal, Depends(allow("ingest.read"))], sb: SB
) -> IngestHealth:
    return sb.store.ingest.get(show_id)


@router.post(
    "/ingest-health",
    response_model=IngestHealth,
    **op(
        "ingest.report",
        "Report what the ingest sees",
        description="Sent every few seconds by the ingest; silent for 10 s means offline.",
    ),
)
def report_ingest(
    show_id: str,
    body: IngestReport,
    who: Annotated[Principal, Depends(allow("ingest.report"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> IngestHealth:
    return sb.store.ingest.report(show_id, body)
