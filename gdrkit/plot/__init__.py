"""Paper-ready figures: the CJK font, one style, deterministic files, plot functions.

Nothing happens at import (matplotlib loads when a function needs it; rcParams are only
changed inside :func:`style`).
"""

from __future__ import annotations

from .fonts import FontError, cjk_font_path, font_has_hanzi, register_cjk_font
from ..analysis.labels import LABELS, label, model_label, term_label
from .plots import (category_heatmap, coef_plot, colors, count_bars, full_range, measure_totals, ranked_bars,
                    scatter, share_by, stacked_shares, trend, word_cloud, wordcloud_image)
from .save import data_hash, save_figure
from .style import ONE_COLUMN, PALETTE, TWO_COLUMN, figure_width, style, style_rc, subplots

__all__ = [
    "FontError", "cjk_font_path", "font_has_hanzi", "register_cjk_font",
    "LABELS", "label", "model_label", "term_label",
    "category_heatmap", "coef_plot", "colors", "count_bars", "full_range", "measure_totals", "ranked_bars",
    "scatter", "share_by", "stacked_shares", "trend", "word_cloud", "wordcloud_image",
    "data_hash", "save_figure",
    "ONE_COLUMN", "TWO_COLUMN", "PALETTE", "figure_width", "style", "style_rc", "subplots",
]
