"""Deprecated: moved to gdrkit.plot. This module goes in the next release."""

from .._compat import warn_moved
from ._common import NARROW, UNKNOWN, colors, full_range
from .bars import count_bars, ranked_bars, share_by, stacked_shares
from .lines import measure_totals, trend
from .points import category_heatmap, coef_plot, scatter
from .words import word_cloud, wordcloud_image

__all__ = ["NARROW", "UNKNOWN", "colors", "full_range", "count_bars", "ranked_bars", "share_by", "stacked_shares",
           "measure_totals", "trend", "category_heatmap", "coef_plot", "scatter", "word_cloud", "wordcloud_image"]

warn_moved("gdrkit.plot.plots", "gdrkit.plot")
