"""What the plot functions share: colours, axes (counts, logs, years), legends placed off
the data, and the notes that say what a figure leaves out (missing values, duplicate
reports). The public names (colors, full_range, UNKNOWN) are re-exported by
:mod:`gdrkit.plot`."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

import numpy as np
import pandas as pd

from .style import LINESTYLES, MARKERS, PALETTE

#: the level of a missing category (hue, group): drawn, never dropped
UNKNOWN = "unknown (未识别)"

#: figures narrower than this (inches) get their legend below the axes, not beside them
NARROW = 5.0


def colors(n: int) -> list[str]:
    """``n`` grey-safe colours for ordered parts (stacked bars, lines): cividis samples
    evenly spread in lightness from dark to light."""
    if n <= 1:
        return [PALETTE[0]]
    import matplotlib as mpl

    cmap = mpl.colormaps["cividis"]
    return [mpl.colors.to_hex(cmap(v)) for v in np.linspace(0, 0.9, n)]


def ensure_axes(ax):
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots()
    return ax


def require_columns(data: pd.DataFrame, *cols) -> None:
    missing = [c for c in cols if c is not None and c not in data.columns]
    if missing:
        raise KeyError(f"column(s) {missing} not in the table (columns: {list(data.columns)[:30]})")


def nothing_to_show(ax, what: str):
    """Say on the figure itself, in a sentence, that there is nothing to draw (never an
    empty, silent plot): the axes are hidden and the sentence is wrapped to fit."""
    width_in = ax.figure.get_figwidth() * ax.get_position().width
    chars = max(24, int(width_in * 72 / 4.2))  # about 4.2 pt per character at 7 pt
    ax.text(0.5, 0.5, textwrap.fill(f"Nothing to show: {what}", chars), ha="center", va="center",
            transform=ax.transAxes, fontsize=7)
    ax.set_axis_off()
    return ax


def sorted_values(idx) -> list:
    try:
        return sorted(idx)
    except TypeError:
        return sorted(idx, key=str)


def whole_numbers(values) -> bool:
    """True when every value is a whole number (years, counts)."""
    v = pd.to_numeric(pd.Series(list(values), dtype=object), errors="coerce")
    return len(v) > 0 and bool(v.notna().all()) and bool((v.astype(float) % 1 == 0).all())


def full_range(values: Iterable) -> list:
    """The sorted distinct values; when they are whole numbers (years), every whole number
    from the smallest to the largest, so that an axis shows the years without data too.

    >>> full_range([2013, 2009, 2010, 2013])
    [2009, 2010, 2011, 2012, 2013]
    """
    vals = [v for v in pd.unique(pd.Series(list(values), dtype=object)) if not pd.isna(v)]
    if vals and whole_numbers(vals):
        lo, hi = int(min(float(v) for v in vals)), int(max(float(v) for v in vals))
        return list(range(lo, hi + 1))
    return sorted_values(vals)


def tick_text(v) -> str:
    """A tick label: 2011.0 → "2011"."""
    if isinstance(v, (float, np.floating)) and float(v).is_integer():
        return str(int(v))
    return str(v)


def as_key(v):
    """Whole-number floats as ints, so 2011.0 and 2011 are one key."""
    if isinstance(v, (float, np.floating)) and float(v).is_integer():
        return int(v)
    if isinstance(v, np.integer):
        return int(v)
    return v


def integer_ticks(ax, axis: str = "x") -> None:
    from matplotlib.ticker import MaxNLocator

    (ax.xaxis if axis == "x" else ax.yaxis).set_major_locator(MaxNLocator(nbins="auto", integer=True))


def category_ticks(ax, labels: list[str]) -> None:
    """Category ticks at 0..n-1, slanted when there are many or they are long."""
    slant = len(labels) > 8 or sum(len(t) for t in labels) > 60
    ax.set_xticks(np.arange(len(labels)), labels, rotation=45 if slant else 0,
                  ha="right" if slant else "center", rotation_mode="anchor" if slant else "default")


def count_axis(ax, values, *, integer: bool = True) -> None:
    """A count axis: starts at 0, whole-number ticks, and a visible range when every
    value is 0 (not −0.04…0.04)."""
    from matplotlib.ticker import MaxNLocator

    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)]
    top = float(v.max()) if len(v) else 0.0
    if top <= 0:
        ax.set_ylim(0, 1)
    else:
        ax.set_ylim(0, top * 1.08)
    if integer:
        ax.yaxis.set_major_locator(MaxNLocator(nbins="auto", integer=True, min_n_ticks=2))


def log_axis(ax, values) -> tuple[str, str]:
    """A log y axis with readable ticks: log when every value is positive, symmetric-log
    (linear below 1, so 0 can be drawn) otherwise; ticks at 1, 2 and 5 times the powers
    of ten when the data span less than two decades, so there are always several;
    labels written out (1, 10, 1,000), never 10^k. Returns the scale's name in English
    and Chinese, for the axis label ("symmetric log scale" when symlog)."""
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter, SymmetricalLogLocator

    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)]
    pos = v[v > 0]
    span = float(np.log10(pos.max() / pos.min())) if len(pos) else 0.0
    subs = (1.0,) if span >= 2 else (1.0, 2.0, 5.0)
    if len(v) and (v <= 0).any():
        ax.set_yscale("symlog", linthresh=1, linscale=0.5)
        ax.yaxis.set_major_locator(SymmetricalLogLocator(base=10, linthresh=1, subs=subs))
        name = ("symmetric log scale", "对称对数刻度")
    else:
        ax.set_yscale("log")
        ax.yaxis.set_major_locator(LogLocator(base=10, subs=subs))
        name = ("log scale", "对数刻度")
    ax.yaxis.set_minor_formatter(NullFormatter())
    ax.yaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:,.0f}" if abs(x) >= 1 or x == 0 else f"{x:g}"))
    return name


def place_legend(ax, *, title: str | None = None, handles=None, labels=None, where: str = "auto"):
    """A legend that covers no data: beside the axes on wide figures, below the axes
    (under the x label, in columns) on narrow ones (``where``: "auto", "right", "below")."""
    from matplotlib.transforms import ScaledTranslation

    if handles is None:
        handles, labels = ax.get_legend_handles_labels()
    if not handles:
        return None
    if where == "auto":
        where = "right" if ax.figure.get_figwidth() >= NARROW else "below"
    if where == "right":
        return ax.legend(handles, labels, title=title, loc="upper left", bbox_to_anchor=(1.01, 1.0),
                         borderaxespad=0)
    # below: measure the x axis (ticks and label) in points, which the layout does not change
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    axis_pts = (ax.get_window_extent(renderer).y0 - ax.xaxis.get_tightbbox(renderer).y0) * 72 / fig.dpi
    longest = max(text_width(str(t)) for t in labels)
    ncols = max(1, min(len(handles), int(fig.get_figwidth() * 72 / (longest * 4 + 30))))
    down = ScaledTranslation(0, -(axis_pts + 4) / 72, fig.dpi_scale_trans)
    while True:  # as many columns as fit the figure's width
        leg = ax.legend(handles, labels, title=title, loc="upper center", bbox_to_anchor=(0.5, 0),
                        bbox_transform=ax.transAxes + down, ncols=ncols, borderaxespad=0, columnspacing=1.2)
        if ncols == 1 or leg.get_window_extent(renderer).width <= fig.bbox.width - 4:
            break
        ncols -= 1
    if leg.get_window_extent(renderer).width > ax.get_window_extent(renderer).width:
        # wider than the axes (long tick labels push the axes right): centre it on the figure
        from matplotlib.transforms import blended_transform_factory

        leg.set_bbox_to_anchor((0.5, 0), transform=blended_transform_factory(fig.transFigure, ax.transAxes) + down)
    return leg


def unique_rows(data: pd.DataFrame, dedupe: bool) -> tuple[pd.DataFrame, str | None]:
    """``data`` without the rows of duplicate reports (``duplicate_of`` set) when
    ``dedupe``, and a note saying how many were left out (None when none)."""
    if not dedupe or "duplicate_of" not in data.columns:
        return data, None
    dup = data["duplicate_of"].notna()
    if not dup.any():
        return data, None
    k = data.loc[dup, "report_id"].nunique() if "report_id" in data.columns else int(dup.sum())
    return data[~dup.to_numpy()], f"{k} duplicate report(s) left out (duplicate_of set)"


def parts_setup(data: pd.DataFrame, x: str, y: Iterable[str], *, hue, ax, dedupe: bool, name: str, why: str):
    """The opening of a plot whose measures ``y`` are its colours: the columns checked,
    ``hue`` refused (``why`` says what to do instead), the axes, and the rows of
    duplicate reports left out. Returns (y as a list, ax, data, the note on duplicates)."""
    y = list(y)
    require_columns(data, x, *y)
    if hue is not None:
        raise ValueError(f"{name}: {why}")
    data, dup_note = unique_rows(data, dedupe)
    return y, ensure_axes(ax), data, dup_note


def reports_note(d: pd.DataFrame, gone: pd.Series, what: str) -> str | None:
    """"k of n report(s) <what>" (distinct reports when ``report_id`` is there, else rows)."""
    if not gone.any():
        return None
    if "report_id" in d.columns:
        return f"{d.loc[gone, 'report_id'].nunique()} of {d['report_id'].nunique()} report(s) {what}"
    return f"{int(gone.sum())} of {len(d)} row(s) {what}"


def text_width(s: str) -> int:
    """The width of ``s`` in half-width characters (a hanzi counts two)."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in s)


def wrap(s: str, width: int) -> str:
    """``s`` wrapped at spaces to lines of at most ``width`` half-width characters (a
    hanzi counts two; a word longer than a line stays whole)."""
    lines = []
    for para in s.split("\n"):
        line = ""
        for word in para.split(" "):
            if line and text_width(line) + 1 + text_width(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    return "\n".join(lines)


def title_note(ax, *notes: str | None) -> None:
    """Add notes (one per line) to the small left title, after any already there; each
    wrapped to the width from the axes' left edge to the figure's right edge, so a long
    note is never cut off at the figure's edge."""
    notes = [n for n in notes if n]
    if not notes:
        return
    old = ax.get_title(loc="left")
    pos = ax.get_position()
    width_pt = ax.figure.get_figwidth() * 72 * (1 - max(pos.x0, 0.08)) - 6
    chars = max(20, int(width_pt / 3.9))  # about 3.9 pt per half-width character at 7 pt
    text = "\n".join(([old] if old else []) + [wrap(n, chars) for n in notes])
    ax.set_title(text, fontsize=7, loc="left")


def pooled_axis(ax, xs, labels: list[str], title: str) -> None:
    """A second x axis on top of ``ax`` whose tick labels say how many agencies (or reports)
    each ``x`` pools: the composition of a trend, beside the trend."""
    sec = ax.secondary_xaxis("top")
    sec.set_xticks(list(xs), labels)
    sec.tick_params(axis="x", labelsize=5.5, length=2, pad=1)
    sec.set_xlabel(title, fontsize=6, labelpad=2)


def point_counts(ax, series: list[tuple[object, pd.Series, pd.Series]]) -> None:
    """Write, above each point of each line, how many reports it pools."""
    cs = colors(max(len(series), 1))
    for i, (_, s, n) in enumerate(series):
        for xv, yv in s.dropna().items():
            k = n.get(xv)
            if k is not None and k == k:
                ax.annotate(str(int(k)), (xv, yv), xytext=(0, 3), textcoords="offset points", ha="center",
                            va="bottom", fontsize=5, color=cs[i], annotation_clip=True)


def with_unknown(s: pd.Series, missing: str = UNKNOWN) -> pd.Series:
    """``s`` with missing values as their own level ``missing`` (so no row vanishes from
    a grouping)."""
    return s.astype(object).where(s.notna(), missing)


def missing_note(d: pd.DataFrame, gone: pd.Series, hue: str | None, names) -> str | None:
    """"k of n reports without a value, not shown" (distinct reports, not rows); per
    ``hue`` value when the table is long (a report on several rows, one per measure)."""
    if not gone.any():
        return None
    if "report_id" not in d.columns:
        return f"{int(gone.sum())} of {len(d)} row(s) without a value, not shown"
    long = bool(d["report_id"].duplicated().any())
    if long and hue:
        parts = []
        for key, g in d.groupby(hue, sort=True, dropna=False):
            k = g.loc[gone.loc[g.index], "report_id"].nunique()
            if k:
                parts.append(f"{names(key)} {k} of {g['report_id'].nunique()}")
        return "reports without a value, not shown: " + "; ".join(parts)
    k = d.loc[gone, "report_id"].nunique()
    return f"{k} of {d['report_id'].nunique()} report(s) without a value, not shown"


def draw_lines(ax, series: list[tuple[object, pd.Series]]) -> None:
    cs = colors(max(len(series), 1))
    for i, (key, s) in enumerate(series):
        # not clipped: a marker at 0 on a count axis that starts at 0 is drawn whole
        ax.plot(s.index.to_numpy(), s.to_numpy(float), label=None if key is None else str(key),
                color=cs[i], marker=MARKERS[i % len(MARKERS)], linestyle=LINESTYLES[i % len(LINESTYLES)],
                clip_on=False, zorder=3)
