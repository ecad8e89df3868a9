"""Plot functions for gdrkit's tables, seaborn-style: ``f(data, *, x, y, hue=None, ax=None) -> Axes``.

They take the tables as they come (``reports``, ``panel``, ``problems``, a tidy model
table), never drop rows silently (missing values are counted and said in the title or
legend), and label axes through :func:`gdrkit.plot.labels.label`. Call them inside
:func:`gdrkit.plot.style` so the CJK font and the paper sizes apply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

import numpy as np
import pandas as pd

from .labels import LABELS, label
from .style import LINESTYLES, MARKERS, PALETTE

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["count_bars", "trend", "measure_totals", "share_by", "stacked_shares", "category_heatmap",
           "ranked_bars", "coef_plot", "scatter", "word_cloud", "wordcloud_image", "colors", "full_range"]

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


def _ax(ax):
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots()
    return ax


def _need(data: pd.DataFrame, *cols) -> None:
    missing = [c for c in cols if c is not None and c not in data.columns]
    if missing:
        raise KeyError(f"column(s) {missing} not in the table (columns: {list(data.columns)[:30]})")


def _no_data(ax, what: str):
    """Say on the figure itself, in a sentence, that there is nothing to draw (never an
    empty, silent plot): the axes are hidden and the sentence is wrapped to fit."""
    import textwrap

    width_in = ax.figure.get_figwidth() * ax.get_position().width
    chars = max(24, int(width_in * 72 / 4.2))  # about 4.2 pt per character at 7 pt
    ax.text(0.5, 0.5, textwrap.fill(f"Nothing to show: {what}", chars), ha="center", va="center",
            transform=ax.transAxes, fontsize=7)
    ax.set_axis_off()
    return ax


def _sorted_index(idx) -> list:
    try:
        return sorted(idx)
    except TypeError:
        return sorted(idx, key=str)


def _integral(values) -> bool:
    """True when every value is a whole number (years, counts)."""
    v = pd.to_numeric(pd.Series(list(values), dtype=object), errors="coerce")
    return len(v) > 0 and bool(v.notna().all()) and bool((v.astype(float) % 1 == 0).all())


def full_range(values) -> list:
    """The sorted distinct values; when they are whole numbers (years), every whole number
    from the smallest to the largest, so that an axis shows the years without data too.

    >>> full_range([2013, 2009, 2010, 2013])
    [2009, 2010, 2011, 2012, 2013]
    """
    vals = [v for v in pd.unique(pd.Series(list(values), dtype=object)) if not pd.isna(v)]
    if vals and _integral(vals):
        lo, hi = int(min(float(v) for v in vals)), int(max(float(v) for v in vals))
        return list(range(lo, hi + 1))
    return _sorted_index(vals)


def _fmt(v) -> str:
    """A tick label: 2011.0 → "2011"."""
    if isinstance(v, (float, np.floating)) and float(v).is_integer():
        return str(int(v))
    return str(v)


def _as_key(v):
    """Whole-number floats as ints, so 2011.0 and 2011 are one key."""
    if isinstance(v, (float, np.floating)) and float(v).is_integer():
        return int(v)
    if isinstance(v, np.integer):
        return int(v)
    return v


def _int_ticks(ax, axis: str = "x") -> None:
    from matplotlib.ticker import MaxNLocator

    (ax.xaxis if axis == "x" else ax.yaxis).set_major_locator(MaxNLocator(nbins="auto", integer=True))


def _xticks(ax, labels: list[str]) -> None:
    """Category ticks at 0..n-1, slanted when there are many or they are long."""
    slant = len(labels) > 8 or sum(len(t) for t in labels) > 60
    ax.set_xticks(np.arange(len(labels)), labels, rotation=45 if slant else 0,
                  ha="right" if slant else "center", rotation_mode="anchor" if slant else "default")


def _count_axis(ax, values, *, integer: bool = True) -> None:
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


def _log_axis(ax, values) -> None:
    """A log y axis with readable ticks: log when every value is positive, symmetric-log
    (linear below 1, so 0 can be drawn) otherwise; ticks at 1, 2 and 5 times the powers
    of ten when the data span less than two decades, so there are always several;
    labels written out (1, 10, 1,000), never 10^k."""
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter, SymmetricalLogLocator

    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)]
    pos = v[v > 0]
    span = float(np.log10(pos.max() / pos.min())) if len(pos) else 0.0
    subs = (1.0,) if span >= 2 else (1.0, 2.0, 5.0)
    if len(v) and (v <= 0).any():
        ax.set_yscale("symlog", linthresh=1, linscale=0.5)
        ax.yaxis.set_major_locator(SymmetricalLogLocator(base=10, linthresh=1, subs=subs))
    else:
        ax.set_yscale("log")
        ax.yaxis.set_major_locator(LogLocator(base=10, subs=subs))
    ax.yaxis.set_minor_formatter(NullFormatter())
    ax.yaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:,.0f}" if abs(x) >= 1 or x == 0 else f"{x:g}"))


def _legend(ax, *, title: str | None = None, handles=None, labels=None, where: str = "auto"):
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
    longest = max(len(str(t)) for t in labels)
    ncols = max(1, min(len(handles), int(fig.get_figwidth() * 72 / (longest * 5 + 30))))
    down = ScaledTranslation(0, -(axis_pts + 4) / 72, fig.dpi_scale_trans)
    leg = ax.legend(handles, labels, title=title, loc="upper center", bbox_to_anchor=(0.5, 0),
                    bbox_transform=ax.transAxes + down, ncols=ncols, borderaxespad=0, columnspacing=1.2)
    if leg.get_window_extent(renderer).width > ax.get_window_extent(renderer).width:
        # wider than the axes (long tick labels push the axes right): centre it on the figure
        from matplotlib.transforms import blended_transform_factory

        leg.set_bbox_to_anchor((0.5, 0), transform=blended_transform_factory(fig.transFigure, ax.transAxes) + down)
    return leg


def count_bars(data: pd.DataFrame, *, x: str, y: str | None = None, hue: str | None = None,
               ax: Axes | None = None, lang: str = "both", missing: str = UNKNOWN, fill: bool = True,
               dedupe: bool = True) -> Axes:
    """Number of rows (reports) per ``x``, stacked by ``hue``; or the sum of ``y``.

    Parameters
    ----------
    data : DataFrame
        One row per report (e.g. ``reports``).
    x, hue : str
        Columns; a missing ``x`` or ``hue`` gets its own bar or colour (``missing``).
    y : str, optional
        A column summed instead of counting rows. An ``x`` where no report states ``y``
        has no bar (a gap, not 0) and is named in the title, as are the reports without
        a value.
    ax : matplotlib Axes, optional
    lang : {"both", "en", "zh"}
    missing : str
        The name of the missing category (its bar comes last).
    fill : bool
        When ``x`` holds whole numbers (years), show every value from the first to the
        last, with an empty bar where there is no report, so the axis is honest.
    dedupe : bool
        Leave out duplicate reports (``duplicate_of`` set), said in the title.

    Returns
    -------
    matplotlib Axes
    """
    _need(data, x, y, hue)
    ax = _ax(ax)
    d, dup_note = _unique_rows(data, dedupe)
    d = d.copy()
    known_x = d[x].dropna()
    d[x] = [missing if pd.isna(v) else _as_key(v) for v in d[x]]
    keys = [x] + ([hue] if hue else [])
    if hue:
        d[hue] = _with_unknown(d[hue], missing)
    notes = [dup_note]
    if y:
        d[y] = pd.to_numeric(d[y], errors="coerce")
        notes.append(_reports_note(d, d[y].isna(), "without a value, not counted"))
        agg = d.groupby(keys, dropna=False)[y].sum(min_count=1)
    else:
        agg = d.groupby(keys, dropna=False).size()
    table = agg.unstack(hue) if hue else agg.to_frame("n")
    order = full_range(known_x) if fill else _sorted_index({_as_key(v) for v in known_x})
    order = [_as_key(v) for v in order] + ([missing] if (d[x] == missing).any() else [])
    present = set(d[x])
    table = table.reindex(order)
    if y:  # an x with reports but no value stated: a gap, said in the title
        gaps = [k for k in table.index if k in present and table.loc[k].isna().all()]
        if gaps:
            notes.append(f"no value stated (not 0): {', '.join(map(_fmt, gaps))}")
    table = table.fillna(0) if not y else table
    if hue:  # the missing category last
        cols = _sorted_index([c for c in table.columns if c != missing]) + ([missing] if missing in table else [])
        table = table[cols]
    pos = np.arange(len(table))
    bottom = np.zeros(len(table))
    cols = list(table.columns)
    for col, c in zip(cols, colors(len(cols))):
        h = np.nan_to_num(table[col].to_numpy(float))
        ax.bar(pos, h, bottom=bottom, color=c, label=str(col) if hue else None, edgecolor="white", linewidth=0.4)
        bottom += h
    _xticks(ax, [_fmt(v) for v in table.index])
    ax.set_xlabel(label(x, lang=lang))
    ax.set_ylabel(label(y, lang=lang) if y else label("n_reports", lang=lang))
    _count_axis(ax, bottom, integer=y is None or _integral(bottom))
    if hue:
        _legend(ax, title=label(hue, lang=lang))
    _title_note(ax, *notes)
    return ax


def _unique_rows(data: pd.DataFrame, dedupe: bool) -> tuple[pd.DataFrame, str | None]:
    """``data`` without the rows of duplicate reports (``duplicate_of`` set) when
    ``dedupe``, and a note saying how many were left out (None when none)."""
    if not dedupe or "duplicate_of" not in data.columns:
        return data, None
    dup = data["duplicate_of"].notna()
    if not dup.any():
        return data, None
    k = data.loc[dup, "report_id"].nunique() if "report_id" in data.columns else int(dup.sum())
    return data[~dup.to_numpy()], f"{k} duplicate report(s) left out (duplicate_of set)"


def _reports_note(d: pd.DataFrame, gone: pd.Series, what: str) -> str | None:
    """"k of n report(s) <what>" (distinct reports when ``report_id`` is there, else rows)."""
    if not gone.any():
        return None
    if "report_id" in d.columns:
        return f"{d.loc[gone, 'report_id'].nunique()} of {d['report_id'].nunique()} report(s) {what}"
    return f"{int(gone.sum())} of {len(d)} row(s) {what}"


def _title_note(ax, *notes: str | None) -> None:
    """Add notes (one per line) to the small left title, after any already there."""
    notes = [n for n in notes if n]
    if not notes:
        return
    old = ax.get_title(loc="left")
    ax.set_title("\n".join(([old] if old else []) + notes), fontsize=7, loc="left")


def _with_unknown(s: pd.Series, missing: str = UNKNOWN) -> pd.Series:
    """``s`` with missing values as their own level ``missing`` (so no row vanishes from
    a grouping)."""
    return s.astype(object).where(s.notna(), missing)


def _missing_note(d: pd.DataFrame, gone: pd.Series, hue: str | None, names) -> str | None:
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


def _draw_lines(ax, series: list[tuple[object, pd.Series]]) -> None:
    cs = colors(max(len(series), 1))
    for i, (key, s) in enumerate(series):
        # not clipped: a marker at 0 on a count axis that starts at 0 is drawn whole
        ax.plot(s.index.to_numpy(), s.to_numpy(float), label=None if key is None else str(key),
                color=cs[i], marker=MARKERS[i % len(MARKERS)], linestyle=LINESTYLES[i % len(LINESTYLES)],
                clip_on=False, zorder=3)


def trend(data: pd.DataFrame, *, x: str = "year", y: str = "proactive_items", hue: str | None = "agency",
          ax: Axes | None = None, lang: str = "both", log: bool = False, top: int = 6, estimator: str = "sum",
          dedupe: bool = True) -> Axes:
    """``y`` over ``x``, one line per ``hue`` (agencies side by side).

    Parameters
    ----------
    data : DataFrame
        One row per report (the panel), or a long table with ``report_id``.
    x, y, hue : str
        Columns; ``hue`` may be None (one line).
    ax : matplotlib Axes, optional
    lang : {"both", "en", "zh"}
    log : bool
        A log y axis (symmetric-log when there are zeros), with several labelled ticks
        and "log scale" in the axis label.
    top : int
        With more ``hue`` values, the ``top`` with most reports are drawn and the legend
        says "top k of n".
    estimator : {"sum", "mean", "median"}
        Aggregates repeated (hue, x) cells.
    dedupe : bool
        Leave out duplicate reports (``duplicate_of`` set; a copy would be summed
        twice), said in the title.

    Returns
    -------
    matplotlib Axes
        Rows whose ``x`` or ``y`` is missing are left out and counted in the title, as
        distinct reports ("k of n reports"; per ``hue`` value for a long table). Without
        ``log``, a non-negative ``y`` gets an axis from 0, in whole numbers for counts.
    """
    _need(data, x, y, hue)
    ax = _ax(ax)
    data, dup_note = _unique_rows(data, dedupe)
    cols = [c for c in (x, y, hue) if c]
    d = data[cols + (["report_id"] if "report_id" in data.columns and "report_id" not in cols else [])].copy()
    d[y] = pd.to_numeric(d[y], errors="coerce")
    gone = d[y].isna() | d[x].isna()
    note = _missing_note(d, gone, hue, lambda k: label(str(k), lang="en" if lang != "zh" else "zh"))
    d = d[~gone]
    if d.empty:
        return _no_data(ax, f"{label(y, lang='en')} is missing in all {len(data)} rows.")
    groups = [(None, d)]
    legend_title = None
    if hue:
        d[hue] = _with_unknown(d[hue])
        order = d[hue].value_counts()
        keep = [k for k in _sorted_index(order.index) if k in set(order.index[:top])]
        keep = [k for k in keep if k != UNKNOWN] + [k for k in keep if k == UNKNOWN]
        groups = [(k, d[d[hue] == k]) for k in keep]
        legend_title = label(hue, lang=lang) + (f": top {len(keep)} of {len(order)}" if len(order) > len(keep) else "")
    series = [(key, g.groupby(x)[y].agg(estimator).sort_index()) for key, g in groups]
    _draw_lines(ax, series)
    shown = np.concatenate([s.to_numpy(float) for _, s in series])
    if log:
        _log_axis(ax, shown)
        ax.set_ylabel(label(y, lang=lang, note=("log scale", "对数刻度")))
    else:
        ax.set_ylabel(label(y, lang=lang))
        if len(shown) and np.nanmin(shown) >= 0:
            _count_axis(ax, shown, integer=_integral(shown))
    ax.set_xlabel(label(x, lang=lang))
    if pd.api.types.is_numeric_dtype(d[x]):
        _int_ticks(ax, "x")
    if hue and groups:
        _legend(ax, title=legend_title)
    _title_note(ax, note, dup_note)
    return ax


def measure_totals(data: pd.DataFrame, *, x: str = "year", y: Sequence[str] = ("reconsiderations", "lawsuits"),
                   hue: str | None = None, ax: Axes | None = None, lang: str = "both",
                   dedupe: bool = True) -> Axes:
    """The sum of each measure ``y`` over the reports of each ``x``, one line per measure.

    An ``x`` where no report states a measure has no point for it (a gap, not 0): the
    sums are :func:`gdrkit.analysis.panel.totals_by`'s (``min_count=1``). Each legend
    entry says how many reports state the measure ("stated in 3 of 5 reports"); the axis
    is a count axis (from 0, whole numbers) and shows every ``x`` from the first to the
    last; the measures of one ``x`` are drawn slightly apart so equal totals stay
    visible. ``hue`` is not used (the measures are the colours).

    Parameters
    ----------
    data : DataFrame
        One row per report (the panel).
    x : str
        The grouping column.
    y : sequence of str
        Measure columns.
    ax : matplotlib Axes, optional
    lang : {"both", "en", "zh"}
        Axis labels; the measures in the legend are named in Chinese for "both".
    dedupe : bool
        Leave out duplicate reports (``duplicate_of`` set), so a copy is not summed
        twice; said in the title, as are reports without ``x``.

    Returns
    -------
    matplotlib Axes
    """
    from ..analysis.panel import totals_by

    y = list(y)
    _need(data, x, *y)
    if hue is not None:
        raise ValueError("measure_totals: the measures (y) are the colours; hue is not used")
    ax = _ax(ax)
    data, dup_note = _unique_rows(data, dedupe)
    no_x = _reports_note(data, data[x].isna(), f"without {label(x, lang='en').lower()}, not shown")
    data = data[data[x].notna()]
    t = totals_by(data, y, by=x, dedupe=False)
    if t["total"].isna().all():
        return _no_data(ax, f"no report states {', '.join(label(m, lang='en').lower() for m in y)}.")
    xs = full_range(t[x])
    n = len(data)
    numeric = _integral(xs)
    series = []
    for i, m in enumerate(y):
        tm = t[t["measure"] == m]
        name = label(m, lang="zh" if lang == "both" else lang)
        s = tm.set_index(x)["total"].reindex(xs)
        if numeric:  # measures side by side within a year, so equal totals do not hide each other
            s.index = np.asarray(xs, dtype=float) + (i - (len(y) - 1) / 2) * 0.08
        series.append((f"{name} (stated in {int(tm['n_reports'].sum())} of {n} reports)", s))
    _draw_lines(ax, series)
    shown = np.concatenate([s.to_numpy(float) for _, s in series])
    _count_axis(ax, shown, integer=_integral(shown[np.isfinite(shown)]))
    if numeric:
        ax.set_xlim(xs[0] - 0.4, xs[-1] + 0.4)
        _int_ticks(ax, "x")
    ax.set_xlabel(label(x, lang=lang))
    ax.set_ylabel(label("count", lang=lang))
    _legend(ax)
    _title_note(ax, no_x, dup_note)
    return ax


def share_by(data: pd.DataFrame, *, x: str = "year", y: str = "zero_applications", hue: str | None = None,
             ax: Axes | None = None, lang: str = "both", annotate: bool = True, fill: bool = True,
             dedupe: bool = True) -> Axes:
    """The share of rows where boolean ``y`` is true, per ``x`` (bars side by side per ``hue``),
    with the number of reports with a known value written above each bar.

    Parameters
    ----------
    data : DataFrame
        One row per report.
    x, y, hue : str
        Columns; a missing ``hue`` is its own level ("unknown (未识别)"), so a report
        with a known ``y`` is always in some bar.
    ax : matplotlib Axes, optional
    lang : {"both", "en", "zh"}
    annotate : bool
        Write ``n=`` (reports with a known ``y``) above each bar, ``n=0`` where none.
    fill : bool
        When ``x`` holds whole numbers (years), show every value from the first to the
        last ``x`` of any row, including those without a known ``y`` (n=0).
    dedupe : bool
        Leave out duplicate reports (``duplicate_of`` set), said in the title.

    Returns
    -------
    matplotlib Axes
        Reports without ``y`` or without ``x`` are counted in the title ("k of n
        report(s) without a value or year, not shown").
    """
    _need(data, x, y, hue)
    ax = _ax(ax)
    data, dup_note = _unique_rows(data, dedupe)
    d = data[[c for c in dict.fromkeys((x, y, hue, "report_id")) if c and c in data.columns]].copy()
    all_x = d[x].dropna()
    gone = d[y].isna() | d[x].isna()
    note = _reports_note(d, gone, f"without a value or {label(x, lang='en').lower()}, not shown")
    d = d[~gone]
    if d.empty:
        return _no_data(ax, f"{label(y, lang='en')} is missing in all {len(data)} rows.")
    d[x] = d[x].map(_as_key)
    d[y] = d[y].astype(float)
    if hue:
        d[hue] = _with_unknown(d[hue])
    keys = [x] + ([hue] if hue else [])
    agg = d.groupby(keys)[y].agg(["mean", "size"])
    xs = [_as_key(v) for v in (full_range(all_x) if fill else _sorted_index(d[x].unique()))]
    hues = _sorted_index([h for h in d[hue].unique() if h != UNKNOWN]) if hue else [None]
    if hue and (d[hue] == UNKNOWN).any():
        hues.append(UNKNOWN)
    width = 0.8 / len(hues)
    for j, (h, c) in enumerate(zip(hues, colors(len(hues)))):
        sub = agg.xs(h, level=hue) if hue else agg
        sub = sub.reindex(xs)
        pos = np.arange(len(xs)) + (j - (len(hues) - 1) / 2) * width
        bars = ax.bar(pos, sub["mean"].fillna(0).to_numpy(float), width=width, color=c,
                      label=None if h is None else str(h))
        if annotate:
            for b, n in zip(bars, sub["size"].fillna(0).to_numpy()):
                ax.annotate(f"n={int(n)}", (b.get_x() + b.get_width() / 2, b.get_height()),
                            ha="center", va="bottom", fontsize=5.5, xytext=(0, 1), textcoords="offset points",
                            color="black" if n else "#888888")
    _xticks(ax, [_fmt(v) for v in xs])
    ax.set_ylim(0, 1.1)
    ax.set_yticks(np.linspace(0, 1, 6))
    ax.set_xlabel(label(x, lang=lang))
    ax.set_ylabel(label(f"share_{y}", lang=lang) if f"share_{y}" in LABELS else
                  label("share", lang=lang) + ": " + label(y, lang=lang))
    if hue:
        _legend(ax, title=label(hue, lang=lang))
    _title_note(ax, note, dup_note)
    return ax


def stacked_shares(data: pd.DataFrame, *, x: str, y: Sequence[str], hue: str | None = None,
                   ax: Axes | None = None, lang: str = "both", dedupe: bool = True) -> Axes:
    """Shares of the columns ``y`` (e.g. application outcomes) within each ``x``: the columns
    are summed over the rows of an ``x`` and divided by their total.

    Parameters
    ----------
    data : DataFrame
    x : str
    y : sequence of str
        The parts (the colours).
    hue : None
        Not used (the parts are the colours).
    ax : matplotlib Axes, optional
    lang : {"both", "en", "zh"}
    dedupe : bool
        Leave out duplicate reports (``duplicate_of`` set), said in the title.

    Returns
    -------
    matplotlib Axes
        ``x`` values of the rows whose parts are all missing or sum to 0 have no bar and
        are named in the title ("no outcomes reported: 2019, 2020"); so are the reports
        without ``x`` and, within the ``x`` values drawn, the reports stating no part;
        with no part known at all, the axes say so in a sentence instead of a chart.
    """
    y = list(y)
    _need(data, x, *y)
    if hue is not None:
        raise ValueError("stacked_shares: the parts (y) are the colours; use x for groups")
    ax = _ax(ax)
    data, dup_note = _unique_rows(data, dedupe)
    d = data[[x] + y + (["report_id"] if "report_id" in data.columns else [])].copy()
    for c in y:
        d[c] = pd.to_numeric(d[c], errors="coerce")
    no_x = _reports_note(d, d[x].isna(), f"without {label(x, lang='en').lower()}, not shown")
    d = d[d[x].notna()]
    d[x] = d[x].map(_as_key)
    tot = d.groupby(x)[y].sum(min_count=1)
    tot = tot.loc[_sorted_index(tot.index)]
    total = tot.sum(axis=1, min_count=1)
    empty = list(total.index[~(total > 0)])
    if not (total > 0).any():
        what = ", ".join(label(c, lang="en").lower() for c in y)
        return _no_data(ax, f"none of the {len(data)} rows states any of {what}.")
    shares = tot[total > 0].div(total[total > 0], axis=0)
    drawn = d[x].isin(set(shares.index))
    silent = _reports_note(d[drawn], d.loc[drawn, y].isna().all(axis=1), "in the years shown state none of the parts, not counted")
    pos = np.arange(len(shares))
    bottom = np.zeros(len(shares))
    for col, c in zip(y, colors(len(y))):
        v = shares[col].fillna(0).to_numpy(float)
        ax.bar(pos, v, bottom=bottom, color=c, label=label(col, lang=lang), edgecolor="white", linewidth=0.4)
        bottom += v
    _xticks(ax, [_fmt(v) for v in shares.index])
    ax.set_ylim(0, 1)
    ax.set_xlabel(label(x, lang=lang))
    ax.set_ylabel(label("share", lang=lang))
    _legend(ax)
    if empty:
        ax.set_title(f"no outcomes reported: {', '.join(map(_fmt, empty))}", fontsize=7, loc="left")
    _title_note(ax, silent, no_x, dup_note)
    return ax


def category_heatmap(data: pd.DataFrame, *, x: str = "year", y: str = "category", hue: str | None = None,
                     ax: Axes | None = None, lang: str = "both", totals: pd.Series | None = None,
                     value_labels: dict | None = None, annotate: bool = True, fill: bool = True) -> Axes:
    """The share of reports in each ``x`` that state each ``y`` (problem category).

    Parameters
    ----------
    data : DataFrame
        The problems table with ``x`` joined (one row per stated problem).
    x, y : str
    hue : None
        Not used (the colour is the share).
    ax : matplotlib Axes, optional
    lang : {"both", "en", "zh"}
    totals : Series, optional
        The number of reports per ``x`` (default: the reports present in ``data``, which
        leaves out reports stating no problem; pass totals from ``reports`` to count
        them). Each column's label gives it ("n=12").
    value_labels : dict, optional
        ``y`` codes → display names (e.g. Chinese labels).
    annotate : bool
        Write each share in its cell.
    fill : bool
        When ``x`` holds whole numbers (years), a column for every value from the first
        to the last (empty, n=0, where there is no report).

    Returns
    -------
    matplotlib Axes
        A missing ``y`` is its own row ("unknown (未识别)"); reports without ``x`` are
        counted in the title ("k of n report(s) without year, not shown").
    """
    _need(data, x, y, "report_id")
    if hue is not None:
        raise ValueError("category_heatmap: the colour is the share; hue is not used")
    ax = _ax(ax)
    no_x = _reports_note(data, data[x].isna(), f"without {label(x, lang='en').lower()}, not shown")
    d = data[data[x].notna()]
    d = d.assign(**{y: _with_unknown(d[y])}).drop_duplicates(["report_id", y])
    if d.empty:
        return _no_data(ax, f"no row has a {label(x, lang='en').lower()} ({len(data)} rows).")
    d = d.assign(**{x: d[x].map(_as_key)})
    counts = d.groupby([y, x])["report_id"].nunique().unstack(x).fillna(0)
    if totals is None:
        totals = d.groupby(x)["report_id"].nunique()
    totals = totals.rename(index=_as_key)
    keys = set(counts.columns) | set(totals.index)
    cols = [_as_key(v) for v in (full_range(keys) if fill else _sorted_index(keys))]
    counts = counts.reindex(columns=cols, fill_value=0)
    n = totals.reindex(cols).fillna(0)
    share = counts.div(n.replace(0, np.nan), axis=1)
    share = share.loc[share.mean(axis=1).sort_values(ascending=False, kind="stable").index]
    im = ax.imshow(share.to_numpy(float), aspect="auto", cmap="cividis", vmin=0, vmax=1,
                   interpolation="nearest")
    _xticks(ax, [f"{_fmt(c)}\nn={int(k)}" for c, k in zip(cols, n)])
    if len(cols) > 8:  # slanted two-line labels read badly: keep them upright and smaller
        ax.tick_params(axis="x", labelrotation=0, labelsize=5.5)
        for t in ax.get_xticklabels():
            t.set_ha("center")
    names = [str((value_labels or {}).get(v, v)) for v in share.index]
    ax.set_yticks(np.arange(len(share)), names)
    ax.grid(False)
    if annotate and share.size <= 300:
        for (i, j), v in np.ndenumerate(share.to_numpy(float)):
            if v == v:
                ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=5,
                        color="black" if v > 0.55 else "white")
    ax.set_xlabel(label(x, lang=lang) + " (n = reports)")
    ax.set_ylabel(label(y, lang=lang))
    ax.figure.colorbar(im, ax=ax, label=label("share", lang=lang), shrink=0.8)
    _title_note(ax, no_x)
    return ax


def ranked_bars(data: pd.DataFrame, *, x: str, y: str, hue: str | None = None, ax: Axes | None = None,
                lang: str = "both", top: int = 20) -> Axes:
    """Horizontal bars of the ``top`` rows by ``x`` (e.g. keyness per word ``y``), largest on
    top; ``hue`` (optional) colours the bars by a column (e.g. the target group).

    Parameters
    ----------
    data : DataFrame
        One row per bar (e.g. a keyness table).
    x : str
        The value column. A keyness ``statistic`` is labelled with its measure (the
        table's ``measure`` column: "lr" → G², "chi2" → χ²).
    y : str
        The name column.
    hue : str, optional
        Colours the bars; a missing value is its own level ("unknown (未识别)").
    ax : matplotlib Axes, optional
    lang : {"both", "en", "zh"}
    top : int
        Bars drawn at most.

    Returns
    -------
    matplotlib Axes
        Rows without ``x`` and rows beyond ``top`` are counted in the title.
    """
    _need(data, x, y, hue)
    ax = _ax(ax)
    known = pd.to_numeric(data[x], errors="coerce").notna()
    d = data[known].sort_values(x, ascending=False).head(top).iloc[::-1]
    if d.empty:
        return _no_data(ax, f"no {label(x, lang='en').lower()} values.")
    notes = [f"top {len(d)} of {int(known.sum())}" if known.sum() > len(d) else None,
             f"{int((~known).sum())} of {len(data)} row(s) without a value, not shown" if (~known).any() else None]
    if hue:
        hv = _with_unknown(d[hue])
        levels = _sorted_index([v for v in hv.unique() if v != UNKNOWN]) + ([UNKNOWN] if (hv == UNKNOWN).any() else [])
        cmap = dict(zip(levels, colors(len(levels))))
        cs = [cmap[v] for v in hv]
    else:
        cs = PALETTE[0]
    ax.barh(np.arange(len(d)), d[x].to_numpy(float), color=cs)
    ax.set_yticks(np.arange(len(d)), [str(v) for v in d[y]])
    ax.set_xlabel(_value_label(d, x, lang))
    ax.set_ylabel(label(y, lang=lang))
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    if hue:
        from matplotlib.patches import Patch

        _legend(ax, title=label(hue, lang=lang), handles=[Patch(color=cmap[v]) for v in levels],
                labels=[str(v) for v in levels])
    _title_note(ax, *notes)
    return ax


#: keyness measures (the ``measure`` column of :func:`gdrkit.analysis.keyness.keyness`)
_KEYNESS_MEASURES = {"lr": ("signed G²", "带符号 G²"), "chi2": ("signed χ²", "带符号 χ²")}


def _value_label(d: pd.DataFrame, x: str, lang: str) -> str:
    """The axis label of ``x``; a keyness statistic names its measure when the table has
    one ("Keyness (signed G²)")."""
    if x == "statistic" and "measure" in d.columns:
        ms = list(pd.unique(d["measure"].dropna()))
        if len(ms) == 1 and ms[0] in _KEYNESS_MEASURES:
            en, zh = _KEYNESS_MEASURES[ms[0]]
            return {"en": f"Keyness ({en})", "zh": f"关键性（{zh}）"}.get(lang, f"Keyness ({en})\n(关键性)")
    return label(x, lang=lang)


def coef_plot(data: pd.DataFrame, *, x: str = "estimate", y: str = "term", hue: str | None = "model",
              ax=None, lang: str = "both", drop_intercept: bool = True):
    """A forest plot of a tidy coefficient table (:func:`gdrkit.models.fit_model`): point
    ``x`` with its ``ci_low``–``ci_high`` interval per ``y``, models offset by ``hue``; the
    axis label gives the interval's level (the table's ``ci_level``, 95% without one).

    Parameters
    ----------
    data : DataFrame
        A tidy coefficient table (several models stacked, told apart by ``hue``).
    x : str
        The estimate column.
    y : str
        The term column: "term" (patsy's names) or "label" (the readable names that
        :func:`gdrkit.plot.notebook.fit_or_explain` adds, e.g. "tier: 市级 (vs 县级)").
    hue : str or None
        The model column.
    ax : matplotlib Axes, optional
    lang : {"both", "en", "zh"}
    drop_intercept : bool
        Leave the intercepts out (rows whose ``term`` is "Intercept").

    Returns
    -------
    matplotlib Axes
    """
    _need(data, x, y, "ci_low", "ci_high", hue)
    ax = _ax(ax)
    keep = (data["term"] if "term" in data.columns else data[y]) != "Intercept"
    d = data[keep] if drop_intercept else data
    if d.empty:
        return _no_data(ax, "no coefficients.")
    terms = list(dict.fromkeys(d[y]))
    models = list(dict.fromkeys(d[hue])) if hue else [None]
    step = 0.6 / max(len(models), 1)
    for j, (m, c) in enumerate(zip(models, colors(len(models)))):
        sub = d[d[hue] == m] if hue else d
        pos = np.array([terms.index(t) for t in sub[y]]) + (j - (len(models) - 1) / 2) * step
        est = sub[x].to_numpy(float)
        ax.errorbar(est, pos, xerr=[est - sub["ci_low"].to_numpy(float), sub["ci_high"].to_numpy(float) - est],
                    fmt=MARKERS[j % len(MARKERS)], color=c, capsize=2, label=None if m is None else str(m),
                    linestyle="none")
    ax.axvline(0, color="#888888", linewidth=0.6)
    ax.set_yticks(np.arange(len(terms)), terms)
    ax.set_ylim(len(terms) - 0.5, -0.5)
    levels = pd.to_numeric(d["ci_level"], errors="coerce").dropna().unique() if "ci_level" in d.columns else [0.95]
    ci = f"{levels[0]:.0%} CI" if len(levels) == 1 else "CI: " + ", ".join(f"{v:.0%}" for v in sorted(levels))
    ax.set_xlabel(label(x, lang=lang) + f" ({ci})")
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x")
    if hue and len(models) > 1:
        _legend(ax)
    return ax


def scatter(data: pd.DataFrame, *, x: str, y: str, hue: str | None = None, ax: Axes | None = None,
            lang: str = "both") -> Axes:
    """A scatter of ``y`` on ``x``, one marker and colour per ``hue`` (whole-number ticks
    when ``x`` holds whole numbers, e.g. years between reports).

    Parameters
    ----------
    data : DataFrame
    x, y : str
        Numeric columns.
    hue : str, optional
        One colour and marker per value; a missing value is its own level
        ("unknown (未识别)").
    ax : matplotlib Axes, optional
    lang : {"both", "en", "zh"}

    Returns
    -------
    matplotlib Axes
        Rows without ``x`` or ``y`` are counted in the title ("k of n row(s) without a
        value, not shown").
    """
    _need(data, x, y, hue)
    ax = _ax(ax)
    gone = pd.to_numeric(data[x], errors="coerce").isna() | pd.to_numeric(data[y], errors="coerce").isna()
    d = data[~gone]
    if d.empty:
        return _no_data(ax, f"no row has both {label(x, lang='en').lower()} and {label(y, lang='en').lower()}.")
    if hue:
        d = d.assign(**{hue: _with_unknown(d[hue])})
        keys = _sorted_index([k for k in d[hue].unique() if k != UNKNOWN])
        keys += [UNKNOWN] if (d[hue] == UNKNOWN).any() else []
        groups = [(k, d[d[hue] == k]) for k in keys]
    else:
        groups = [(None, d)]
    for i, ((k, g), c) in enumerate(zip(groups, colors(len(groups)))):
        ax.scatter(pd.to_numeric(g[x]).to_numpy(float), pd.to_numeric(g[y]).to_numpy(float), color=c,
                   marker=MARKERS[i % len(MARKERS)], s=12, label=None if k is None else str(k), alpha=0.85)
    ax.set_xlabel(label(x, lang=lang))
    ax.set_ylabel(label(y, lang=lang))
    if _integral(d[x]):
        _int_ticks(ax, "x")
    if hue:
        _legend(ax, title=label(hue, lang=lang))
    _title_note(ax, f"{int(gone.sum())} of {len(data)} row(s) without a value, not shown" if gone.any() else None)
    return ax


def wordcloud_image(frequencies: dict | pd.Series, *, font: str | None = None, seed: int = 0,
                    width: int = 1050, height: int = 700, max_words: int = 150):
    """A :class:`wordcloud.WordCloud` drawn from word frequencies with the CJK font that
    matplotlib uses (same path), seeded so the layout is reproducible."""
    from wordcloud import WordCloud

    from .fonts import cjk_font_path

    freqs = dict(frequencies.items()) if isinstance(frequencies, pd.Series) else dict(frequencies)
    freqs = {str(k): float(v) for k, v in freqs.items() if v and v > 0 and str(k).strip()}
    if not freqs:
        raise ValueError("word cloud: no words with a positive frequency")
    # sort by (-freq, word) so ties do not depend on input order
    freqs = dict(sorted(freqs.items(), key=lambda kv: (-kv[1], kv[0])))
    wc = WordCloud(font_path=cjk_font_path(font), random_state=seed, width=width, height=height,
                   background_color="white", colormap="cividis", max_words=max_words,
                   prefer_horizontal=1.0, collocations=False)
    return wc.generate_from_frequencies(freqs)


def word_cloud(data: dict | pd.Series | pd.DataFrame, *, x: str | None = None, y: str | None = None,
               hue: str | None = None, ax=None, font: str | None = None, seed: int = 0, max_words: int = 150):
    """Draw a word cloud on ``ax``. ``data`` is a word → frequency mapping, or a table with
    the word in column ``x`` and its weight in column ``y``. ``hue`` is not used."""
    if isinstance(data, pd.DataFrame):
        if x is None or y is None:
            raise ValueError("word_cloud: a table needs x= (word column) and y= (weight column)")
        _need(data, x, y)
        data = data.groupby(x)[y].sum()
    ax = _ax(ax)
    wc = wordcloud_image(data, font=font, seed=seed, max_words=max_words)
    ax.imshow(wc.to_array(), interpolation="bilinear")
    ax.set_axis_off()
    return ax
