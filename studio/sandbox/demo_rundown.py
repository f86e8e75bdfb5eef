"""The demo show's prepared rundown (issue 20), so `studio demo` can be stepped at once."""

from __future__ import annotations

from pydantic import TypeAdapter

from studio.platform.models import RundownStep
from studio.sandbox.stores import Store

_STEPS: TypeAdapter[list[RundownStep]] = TypeAdapter(list[RundownStep])

DEMO_STEPS: list[dict[str, object]] = [
    {"kind": "pin", "product_id": "prd_skillet", "note": "Open with the skillet"},
    {
        "kind": "flash_sale",
        "product_id": "prd_skillet",
        "flash_price_minor": 3900,
        "duration_s": 90,
        "note": "Skillet flash sale while it sizzles",
    },
    {
        "kind": "poll",
        "poll": {
            "question": "What should we cook in it first?",
            "options": ["Cornbread", "Shakshuka", "Apple crumble"],
            "duration_s": 120,
        },
    },
    {
        "kind": "voucher",
        "voucher": {
            "code": "AUTUMN10",
            "kind": "percent",
            "percent_off": 10,
            "claim_limit": 100,
            "duration_s": 600,
        },
        "note": "Voucher before the dutch oven",
    },
    {"kind": "pin", "product_id": "prd_dutch-oven"},
]


def seed_rundown(store: Store, show_id: str, by: str = "Demo host") -> None:
    """Give the show the demo rundown unless it already has steps."""
    if store.rundown.get(show_id).steps:
        return
    store.rundown.put(show_id, _STEPS.validate_python(DEMO_STEPS), by, None)
