"""Plot functions for gdrkit's tables, seaborn-style: ``f(data, *, x, y, hue=None, ax=None) -> Axes``.

They take the tables as they come (``reports``, ``panel``, ``problems``, a tidy model
table), never drop rows silently (missing values, duplicate reports and rows beyond a
``top`` are counted and said in the title or legend; a missing category is drawn as
"unknown (未识别)"), and label axes through :func:`gdrkit.analysis.labels.label`. Call them
inside :func:`gdrkit.plot.style` so the CJK font and the paper sizes apply.

The functions live by kind in :mod:`.bars`, :mod:`.lines`, :mod:`.points` and
:mod:`.words`; this module gathers them (``from gdrkit.plot.plots import trend`` keeps
working).
"""

from __future__ import annotations

from ._common import NARROW, UNKNOWN, colors, full_range
from .bars import count_bars, ranked_bars, share_by, stacked_shares
from .lines import measure_totals, trend
from .points import category_heatmap, coef_plot, scatter
from .words import word_cloud, wordcloud_image

__all__ = ["count_bars", "trend", "measure_totals", "share_by", "stacked_shares", "category_heatmap",
           "ranked_bars", "coef_plot", "scatter", "word_cloud", "wordcloud_image", "colors", "full_range",
           "UNKNOWN", "NARROW"]
