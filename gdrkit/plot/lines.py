"""Line charts over years: a measure per agency or tier (:func:`trend`) and the totals of
several measures (:func:`measure_totals`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..analysis.labels import label
from ..analysis.panel import totals_by
from ._common import (
    UNKNOWN,
    count_axis,
    draw_lines,
    ensure_axes,
    full_range,
    integer_ticks,
    log_axis,
    missing_note,
    nothing_to_show,
    parts_setup,
    place_legend,
    reports_note,
    require_columns,
    sorted_values,
    title_note,
    unique_rows,
    whole_numbers,
    with_unknown,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["trend", "measure_totals"]


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
    require_columns(data, x, y, hue)
    ax = ensure_axes(ax)
    data, dup_note = unique_rows(data, dedupe)
    cols = [c for c in (x, y, hue) if c]
    d = data[cols + (["report_id"] if "report_id" in data.columns and "report_id" not in cols else [])].copy()
    d[y] = pd.to_numeric(d[y], errors="coerce")
    gone = d[y].isna() | d[x].isna()
    note = missing_note(d, gone, hue, lambda k: label(str(k), lang="en" if lang != "zh" else "zh"))
    d = d[~gone]
    if d.empty:
        return nothing_to_show(ax, f"{label(y, lang='en')} is missing in all {len(data)} rows.")
    groups = [(None, d)]
    legend_title = None
    if hue:
        d[hue] = with_unknown(d[hue])
        order = d[hue].value_counts()
        keep = [k for k in sorted_values(order.index) if k in set(order.index[:top])]
        keep = [k for k in keep if k != UNKNOWN] + [k for k in keep if k == UNKNOWN]
        groups = [(k, d[d[hue] == k]) for k in keep]
        legend_title = label(hue, lang=lang) + (f": top {len(keep)} of {len(order)}" if len(order) > len(keep) else "")
    series = [(key, g.groupby(x)[y].agg(estimator).sort_index()) for key, g in groups]
    draw_lines(ax, series)
    shown = np.concatenate([s.to_numpy(float) for _, s in series])
    if log:
        log_axis(ax, shown)
        ax.set_ylabel(label(y, lang=lang, note=("log scale", "对数刻度")))
    else:
        ax.set_ylabel(label(y, lang=lang))
        if len(shown) and np.nanmin(shown) >= 0:
            count_axis(ax, shown, integer=whole_numbers(shown))
    ax.set_xlabel(label(x, lang=lang))
    if pd.api.types.is_numeric_dtype(d[x]):
        integer_ticks(ax, "x")
    if hue and groups:
        place_legend(ax, title=legend_title)
    title_note(ax, note, dup_note)
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
    y, ax, data, dup_note = parts_setup(data, x, y, hue=hue, ax=ax, dedupe=dedupe, name="measure_totals",
                                         why="the measures (y) are the colours; hue is not used")
    no_x = reports_note(data, data[x].isna(), f"without {label(x, lang='en').lower()}, not shown")
    data = data[data[x].notna()]
    t = totals_by(data, y, by=x, dedupe=False)
    if t["total"].isna().all():
        return nothing_to_show(ax, f"no report states {', '.join(label(m, lang='en').lower() for m in y)}.")
    xs = full_range(t[x])
    n = len(data)
    numeric = whole_numbers(xs)
    series = []
    for i, m in enumerate(y):
        tm = t[t["measure"] == m]
        name = label(m, lang="zh" if lang == "both" else lang)
        s = tm.set_index(x)["total"].reindex(xs)
        if numeric:  # measures side by side within a year, so equal totals do not hide each other
            s.index = np.asarray(xs, dtype=float) + (i - (len(y) - 1) / 2) * 0.08
        series.append((f"{name} (stated in {int(tm['n_reports'].sum())} of {n} reports)", s))
    draw_lines(ax, series)
    shown = np.concatenate([s.to_numpy(float) for _, s in series])
    count_axis(ax, shown, integer=whole_numbers(shown[np.isfinite(shown)]))
    if numeric:
        ax.set_xlim(xs[0] - 0.4, xs[-1] + 0.4)
        integer_ticks(ax, "x")
    ax.set_xlabel(label(x, lang=lang))
    ax.set_ylabel(label("count", lang=lang))
    place_legend(ax)
    title_note(ax, no_x, dup_note)
    return ax
