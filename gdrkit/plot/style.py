"""The paper style: figure widths, dpi, a grey-safe palette and the CJK font.

Nothing is changed at import: :func:`style` applies the settings inside a context
(``matplotlib.rc_context``) and restores them afterwards::

    with gdrkit.plot.style():
        fig, ax = gdrkit.plot.subplots("one")
        gdrkit.plot.trend(panel, x="year", y="proactive_items", ax=ax)
        gdrkit.plot.save_figure(fig, "02_volume_by_year", data=panel)
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from cycler import cycler

from .fonts import register_cjk_font

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["ONE_COLUMN", "TWO_COLUMN", "PALETTE", "MARKERS", "LINESTYLES", "style", "style_rc",
           "subplots", "figure_width"]

#: figure widths in inches: one column and two columns of a typical journal page
ONE_COLUMN = 3.5
TWO_COLUMN = 7.2
DPI = 300

#: cividis samples (colour-blind safe, lightness rises monotonically along the map), taken
#: at 0, .75, .4, .92, .2, .58 so that successive series differ most in grey; the markers
#: and line styles of the cycle tell them apart further
PALETTE = ["#00224e", "#bcae6c", "#666970", "#ead34c", "#35456c", "#908b78"]
MARKERS = ["o", "s", "^", "D", "v", "P"]
LINESTYLES = ["-", "--", "-.", ":", (0, (5, 1)), (0, (3, 1, 1, 1, 1, 1))]


def figure_width(width: str | float) -> float:
    """``"one"`` → 3.5 in, ``"two"`` → 7.2 in, a number → itself."""
    if isinstance(width, (int, float)):
        return float(width)
    try:
        return {"one": ONE_COLUMN, "two": TWO_COLUMN}[width]
    except KeyError:
        raise ValueError("width must be 'one', 'two' or a number of inches") from None


def style_rc(*, font: str | None = None, width: str | float = "one", aspect: float = 0.68,
             dpi: int = DPI) -> dict:
    """The rcParams of the paper style (the CJK font is registered, rcParams untouched)."""
    _, family = register_cjk_font(font)
    w = figure_width(width)
    return {
        "font.family": [family],
        "font.size": 8,
        "axes.titlesize": 9,
        "axes.labelsize": 8,
        "xtick.labelsize": 7,
        "ytick.labelsize": 7,
        "legend.fontsize": 7,
        "legend.title_fontsize": 7,
        "legend.frameon": False,
        "axes.unicode_minus": True,  # Noto Sans SC has U+2212
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "axes.grid.axis": "y",
        "grid.color": "#dddddd",
        "grid.linewidth": 0.5,
        "axes.axisbelow": True,
        "axes.prop_cycle": cycler(color=PALETTE) + cycler(marker=MARKERS) + cycler(linestyle=LINESTYLES),
        "lines.linewidth": 1.2,
        "lines.markersize": 4,
        "image.cmap": "cividis",
        "figure.figsize": (w, round(w * aspect, 3)),
        "figure.dpi": 100,
        "figure.constrained_layout.use": True,
        "savefig.dpi": dpi,
        "savefig.bbox": "standard",
        "pdf.fonttype": 42,  # embedded TrueType/CFF subsets: text stays text in the PDF
        "svg.hashsalt": "gdrkit",
    }


@contextlib.contextmanager
def style(*, font: str | None = None, width: str | float = "one", aspect: float = 0.68,
          dpi: int = DPI) -> Iterator[dict]:
    """Apply the paper style inside a ``with`` block; yields the rc dict applied."""
    import matplotlib as mpl

    rc = style_rc(font=font, width=width, aspect=aspect, dpi=dpi)
    with mpl.rc_context(rc):
        yield rc


def subplots(width: str | float = "one", *, aspect: float = 0.68, nrows: int = 1, ncols: int = 1,
             **kw) -> tuple[Figure, Any]:
    """``plt.subplots`` at a paper width (``"one"`` or ``"two"`` columns) and aspect: the
    figure and an Axes (an array of Axes when ``nrows`` or ``ncols`` > 1)."""
    import matplotlib.pyplot as plt

    w = figure_width(width)
    return plt.subplots(nrows, ncols, figsize=(w, w * aspect), **kw)
