"""The report's charts write numbers as the report's locale does (CLDR through Babel)."""

from __future__ import annotations

import pytest
from matplotlib.figure import Figure

from studio.report.charts import local_numbers


@pytest.mark.parametrize(
    ("locale", "small", "large"),
    [("en_US", "0.05", "12,000"), ("es_ES", "0,05", "12.000"), ("pt_BR", "0,05", "12.000"),
     ("id_ID", "0,05", "12.000"), ("zh_TW", "0.05", "12,000")],
)  # fmt: skip
def test_chart_axes_speak_the_locale(locale: str, small: str, large: str) -> None:
    ax = Figure().add_subplot()
    local_numbers(locale, ax)
    assert ax.xaxis.get_major_formatter()(0.05, 0) == small
    assert ax.yaxis.get_major_formatter()(12000.0, 0) == large
    assert ax.yaxis.get_major_formatter()(0.30000000000000004, 0) in ("0.3", "0,3")


def test_a_chart_that_names_its_x_axis_keeps_the_names() -> None:
    ax = Figure().add_subplot()
    ax.set_xticks([0, 1], ["Spring show", "Tonight"])
    local_numbers("es_ES", ax, x=False)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Spring show", "Tonight"]
