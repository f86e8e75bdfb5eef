"""The PDF's headline cards keep a translation inside their column (Spanish and Portuguese ran
past the page's right margin)."""

from __future__ import annotations

from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure

from studio.report.pdf import A4, CARD_WIDTH, _fitted_text


def _width(fig: Figure) -> float:
    w, h = fig.bbox.width, fig.bbox.height
    return fig.texts[-1].get_window_extent(RendererAgg(w, h, fig.dpi)).width / w


def test_a_long_card_text_is_made_smaller_to_fit_and_a_short_one_is_left() -> None:
    fig = Figure(figsize=A4)
    _fitted_text(fig, 0.735, 0.8, "compradores ÷ máximo de espectadores", fontsize=7.5)
    assert fig.texts[-1].get_fontsize() < 7.5
    assert _width(fig) <= CARD_WIDTH + 1e-3
    # Too long even at the smallest size: two lines, each inside the column.
    _fitted_text(
        fig, 0.735, 0.7, "compradores únicos ÷ máximo de espectadores a la vez", fontsize=7.5
    )
    assert fig.texts[-1].get_text().count("\n") == 1
    assert _width(fig) <= CARD_WIDTH + 1e-3
    _fitted_text(fig, 0.06, 0.8, "pessoas", fontsize=7.5)
    assert fig.texts[-1].get_fontsize() == 7.5
