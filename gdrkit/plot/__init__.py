"""Paper-ready figures: the CJK font, one style, deterministic files, plot functions.

Plot functions take gdrkit's tables as they come, seaborn-style (``f(data, *, x, y,
hue=None, ax=None) -> Axes``): bar charts (:mod:`.bars`), lines (:mod:`.lines`), points and
heat maps (:mod:`.points`), word clouds (:mod:`.words`). They never drop rows silently
(missing values, duplicate reports and rows beyond a ``top`` are counted and said in the
title or legend; a missing category is drawn as "unknown (未识别)"), and label axes
through :func:`gdrkit.analysis.labels.label`. Call them inside :func:`style` so the CJK
font and the paper sizes apply.

Nothing happens at import (matplotlib loads when a function needs it; rcParams are only
changed inside :func:`style`).
"""

from __future__ import annotations

from ..analysis.labels import LABELS, label, model_label, term_label
from ._common import colors, full_range
from .bars import count_bars, ranked_bars, share_by, stacked_shares
from .fonts import FontError, cjk_font_path, font_has_hanzi, register_cjk_font
from .lines import measure_totals, trend
from .points import category_heatmap, coef_plot, scatter
from .save import data_hash, save_figure
from .style import ONE_COLUMN, PALETTE, TWO_COLUMN, figure_width, style, style_rc, subplots
from .words import problem_wordcloud, problem_wordclouds, word_cloud, wordcloud_image

__all__ = [
    "FontError", "cjk_font_path", "font_has_hanzi", "register_cjk_font",
    "LABELS", "label", "model_label", "term_label",
    "category_heatmap", "coef_plot", "colors", "count_bars", "full_range", "measure_totals", "ranked_bars",
    "scatter", "share_by", "stacked_shares", "trend", "word_cloud", "wordcloud_image",
    "problem_wordcloud", "problem_wordclouds",
    "data_hash", "save_figure",
    "ONE_COLUMN", "TWO_COLUMN", "PALETTE", "figure_width", "style", "style_rc", "subplots",
]
