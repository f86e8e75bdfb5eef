"""A reseller's commission statement after the show (issue 21), as CSV.

The lines are the platform's (`CommissionStatement`: every order carrying the reseller's
code, one attribution per order, reversed ones marked); this module adds the commission and
writes the file. Money stays in integer minor units until it is written (`show/money.py`), so
the amounts column sums to the platform's attributed revenue to the cent. The commission is
rounded once, on the total (half to even, in minor units), and shared out over the lines by
largest remainder, so the lines' commissions sum to the total exactly.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

from studio import i18n
from studio.errors import UsageError
from studio.platform.models import CommissionStatement
from studio.show.money import from_minor

BP = 10_000  # basis points in one whole


@dataclass(frozen=True)
class CommissionLine:
    """One attributed order and its share of the commission (minor units); a reversed order
    keeps its line with no commission."""

    order_id: str
    seq: int
    created_at: datetime
    buyer: str
    product: str
    amount_minor: int
    commission_minor: int
    reversed: bool


def commission_total(attributed_minor: int, commission_bp: int) -> int:
    """The commission on `attributed_minor` at `commission_bp`, rounded half to even."""
    exact = Decimal(attributed_minor) * commission_bp / BP
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def commission_lines(
    st: CommissionStatement, titles: dict[str, str] | None = None
) -> list[CommissionLine]:
    """The statement's lines with their commission; shares sum to `commission_total`."""
    titles = titles or {}
    total = commission_total(st.attributed_minor, st.commission_bp)
    counted = [ln for ln in st.lines if not ln.reversed]
    exact = [Decimal(ln.amount_minor) * st.commission_bp / BP for ln in counted]
    floors = [int(x) for x in exact]
    left = total - sum(floors)
    order = sorted(range(len(counted)), key=lambda i: (-(exact[i] - floors[i]), counted[i].seq))
    for i in order[: max(0, left)]:
        floors[i] += 1
    share = {ln.order_id: f for ln, f in zip(counted, floors, strict=True)}
    return [
        CommissionLine(
            order_id=ln.order_id,
            seq=ln.seq,
            created_at=ln.created_at,
            buyer=ln.buyer_name,
            product=titles.get(ln.product_id, ln.product_id),
            amount_minor=ln.amount_minor,
            commission_minor=share.get(ln.order_id, 0),
            reversed=ln.reversed,
        )
        for ln in st.lines
    ]


HEADER = (
    "order",
    "seq",
    "time_utc",
    "buyer",
    "product",
    "status",
    "amount",
    "commission",
    "currency",
)


def write_statement_csv(
    path: Path, st: CommissionStatement, titles: dict[str, str] | None = None
) -> Path:
    """Write one reseller's statement: a row per order, then a TOTAL row (amounts in major
    units, '.' decimals). Raises `UsageError` when the file cannot be written."""
    lines = commission_lines(st, titles)
    cur = st.currency

    def money(minor: int) -> str:
        return str(from_minor(minor, cur))

    rows: list[tuple[str, ...]] = [HEADER]
    for ln in lines:
        rows.append(
            (
                ln.order_id,
                str(ln.seq),
                ln.created_at.isoformat(),
                ln.buyer,
                ln.product,
                "reversed" if ln.reversed else "attributed",
                money(0 if ln.reversed else ln.amount_minor),
                money(ln.commission_minor),
                cur,
            )
        )
    total_commission = sum(ln.commission_minor for ln in lines)
    rows.append(
        (
            "TOTAL",  # i18n: not shown (a CSV keyword for spreadsheets and scripts)
            "",
            "",
            st.name,
            st.code,
            f"{st.commission_bp / 100:g} %",
            money(st.attributed_minor),
            money(total_commission),
            cur,
        )
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(rows)
    except OSError as exc:
        raise UsageError(
            i18n._("Cannot write {path}: {error}.").format(path=path, error=exc.strerror),
            i18n._("Choose a folder you can write to."),
        ) from exc
    return path
