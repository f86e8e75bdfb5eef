"""The report as CSV files for marketing tools and spreadsheets (UTF-8 with a BOM, so Excel
reads CJK names; money as plain decimals in major units with the currency in its own column).

- `buyers.csv`: one row per buyer (their display name and the platform's account id, which
  tells two viewers of one name apart): new or returning, orders, units, spent, first order,
  referral source (reseller codes or "direct"), the products (SKUs) and the show's theme;
- `buyers_by_product.csv`: one row per buyer and product (segments by product and theme);
- `products.csv`: per product figures; `minutes.csv`: revenue, orders and viewers per minute;
- `headline.csv`: the headline figures.

No personal data beyond the display names and account ids the platform gave.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

from studio.report.figures import Report
from studio.show.money import from_minor


def _money(minor: int | None, currency: str) -> str:
    return "" if minor is None else str(from_minor(minor, currency or "XXX"))


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="seconds")


def _write(path: Path, head: list[str], rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(head)
        w.writerows(rows)
    return path


def write_csvs(report: Report, folder: Path) -> list[Path]:
    """Write the CSV files into `folder` (created); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    cur = report.currency
    theme = report.theme or ""
    skus = {p.product_id: (p.sku, p.title) for p in report.products}
    out = []
    out.append(
        _write(
            folder / "buyers.csv",
            [
                "buyer",
                "account",
                "segment",
                "orders",
                "units",
                "spent",
                "currency",
                "first_order_utc",
                "referral_source",
                "products",
                "theme",
                "show_id",
            ],
            [
                [
                    b.name,
                    b.viewer_id,
                    "returning" if b.returning else "new",
                    b.orders,
                    b.units,
                    _money(b.spent_minor, cur),
                    cur,
                    _iso(b.first_order_t),
                    ";".join(b.referrals) or "direct",
                    ";".join(skus.get(p, (p, p))[0] for p in b.products),
                    theme,
                    report.show_id,
                ]
                for b in report.buyers
            ],
        )
    )
    rows: list[list[object]] = []
    for b in report.buyers:
        for pid, (n, u, s) in b.products.items():
            sku, title = skus.get(pid, (pid, pid))
            rows.append(
                [
                    sku,
                    title,
                    theme,
                    b.name,
                    b.viewer_id,
                    "returning" if b.returning else "new",
                    n,
                    u,
                    _money(s, cur),
                    cur,
                    ";".join(b.referrals) or "direct",
                ]
            )
    out.append(
        _write(
            folder / "buyers_by_product.csv",
            [
                "sku",
                "product",
                "theme",
                "buyer",
                "account",
                "segment",
                "orders",
                "units",
                "spent",
                "currency",
                "referral_source",
            ],
            rows,
        )
    )
    out.append(
        _write(
            folder / "products.csv",
            [
                "sku",
                "product",
                "price",
                "orders",
                "units",
                "revenue",
                "currency",
                "seconds_pinned",
                "orders_while_pinned",
                "conversion_while_pinned",
                "stock_left",
                "sell_through",
                "flash_sales",
            ],
            [
                [
                    p.sku,
                    p.title,
                    _money(p.price_minor, cur),
                    p.orders,
                    p.units,
                    _money(p.revenue_minor, cur),
                    cur,
                    round(p.pinned_s),
                    p.orders_pinned,
                    "" if p.conversion_pinned is None else round(p.conversion_pinned, 4),
                    "" if p.stock_left is None else p.stock_left,
                    "" if p.sell_through is None else round(p.sell_through, 4),
                    p.flash_sales,
                ]
                for p in report.products
            ],
        )
    )
    out.append(
        _write(
            folder / "minutes.csv",
            ["minute", "revenue", "currency", "orders", "units", "viewers"],
            [
                [
                    m.minute,
                    _money(m.revenue_minor, cur),
                    cur,
                    m.orders,
                    m.units,
                    "" if m.viewers is None else round(m.viewers, 1),
                ]
                for m in report.minutes
            ],
        )
    )
    h = report.headline
    out.append(
        _write(
            folder / "headline.csv",
            ["figure", "value", "unit"],
            [
                ["revenue", _money(h.revenue_minor, cur), cur],
                ["orders", h.orders, "orders"],
                ["units", h.units, "units"],
                ["average_order_value", _money(h.aov_minor, cur), cur],
                ["unique_buyers", h.unique_buyers, "people"],
                ["peak_viewers", h.peak_viewers, "people"],
                ["average_viewers", round(h.avg_viewers, 1), "people"],
                [
                    "buyer_conversion",
                    "" if h.buyer_conversion is None else round(h.buyer_conversion, 4),
                    "ratio",
                ],
                ["revenue_per_minute", _money(h.revenue_per_minute_minor, cur), cur],
                # i18n: not shown (a CSV's unit column, read by spreadsheets and scripts)
                ["interactions", h.interactions, "comments and questions"],
                [
                    "revenue_per_interaction",
                    _money(h.revenue_per_interaction_minor, cur),
                    cur,
                ],
                ["duration", round(h.duration_s), "seconds"],
            ],
        )
    )
    return out
