"""Line charts over years: a measure per agency or tier (:func:`trend`) and the totals of
several measures (:func:`measure_totals`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..analysis.composition import agencies_pooled, balanced_panel
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
    point_counts,
    pooled_axis,
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


#: the estimators' names on the axis
_ESTIMATORS = {"sum": ("sum", "合计"), "mean": ("mean", "平均值"), "median": ("median", "中位数")}


def trend(data: pd.DataFrame, *, x: str = "year", y: str = "proactive_items", hue: str | None = "agency",
          ax: Axes | None = None, lang: str = "both", log: bool = False, top: int = 6, estimator: str = "sum",
          dedupe: bool = True, balanced: bool | tuple[int, int] = False, counts: bool | str = "auto") -> Axes:
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
        A log y axis (symmetric-log when there are zeros), with several labelled ticks,
        named on the axis ("log scale" or "symmetric log scale").
    top : int
        With more ``hue`` values, the ``top`` with most reports are drawn and the legend
        says "top k of n".
    estimator : {"sum", "mean", "median"}
        Aggregates the reports of a (hue, x) cell; named on the axis when a cell pools
        several reports (always for mean and median).
    dedupe : bool
        Leave out duplicate reports (``duplicate_of`` set; a copy would be summed
        twice), said in the title.
    balanced : bool or (int, int)
        Only the agencies that state ``y`` in every year of a range (given, or for True
        :func:`gdrkit.analysis.composition.balanced_range`), said in the title.
    counts : "auto", True or False
        Write above each point how many reports it pools ("auto": when some point pools
        more than one).

    Returns
    -------
    matplotlib Axes
        Rows whose ``x`` or ``y`` is missing are left out and counted in the title, as
        distinct reports ("k of n reports"; per ``hue`` value for a long table). A year
        without a value breaks the line (no line bridges a gap). Without ``log``, a
        non-negative ``y`` gets an axis from 0, in whole numbers for counts.
    """
    require_columns(data, x, y, hue)
    if estimator not in _ESTIMATORS:
        raise ValueError(f"estimator must be one of {sorted(_ESTIMATORS)}")
    ax = ensure_axes(ax)
    data, dup_note = unique_rows(data, dedupe)
    data, bal_note = _balanced(data, [y], x=x, balanced=balanced)
    cols = [c for c in (x, y, hue) if c]
    d = data[cols + (["report_id"] if "report_id" in data.columns and "report_id" not in cols else [])].copy()
    d[y] = pd.to_numeric(d[y], errors="coerce")
    gone = d[y].isna() | d[x].isna()
    note = missing_note(d, gone, hue, lambda k: label(str(k), lang="en" if lang != "zh" else "zh"))
    d = d[~gone]
    if d.empty:
        return nothing_to_show(ax, bal_note or f"{label(y, lang='en')} is missing in all {len(data)} rows.")
    groups, legend_title = _hue_groups(d, hue, top=top, lang=lang)
    series = _series(groups, x, y, estimator, full_range(d[x]) if whole_numbers(d[x]) else None)
    draw_lines(ax, [(k, v) for k, v, _ in series])
    pooled = any((n > 1).any() for _, _, n in series)
    if counts is True or (counts == "auto" and pooled):
        point_counts(ax, series)
    shown = np.concatenate([v.to_numpy(float) for _, v, _ in series])
    parts = [_ESTIMATORS[estimator]] if pooled or estimator != "sum" else []
    if log:
        parts.append(log_axis(ax, shown[np.isfinite(shown)]))
    elif np.nanmin(shown) >= 0:
        count_axis(ax, shown, integer=whole_numbers(shown[np.isfinite(shown)]))
    note_en = "; ".join(p[0] for p in parts)
    ax.set_ylabel(label(y, lang=lang, note=(note_en, "；".join(p[1] for p in parts)) if parts else None))
    ax.set_xlabel(label(x, lang=lang))
    if pd.api.types.is_numeric_dtype(d[x]):
        integer_ticks(ax, "x")
    if hue and groups:
        place_legend(ax, title=legend_title)
    title_note(ax, bal_note, note, dup_note,
               "numbers above the points: reports pooled" if counts is True or (counts == "auto" and pooled) else None)
    return ax


def _series(groups: list, x: str, y: str, estimator: str, xs: list | None) -> list:
    """(key, values, reports pooled) per line; with ``xs`` (years) every year is on the line,
    so a year without a value breaks it."""
    out = []
    for key, g in groups:
        agg = g.groupby(x)[y].agg([estimator, "size"]).sort_index()
        v, n = agg[estimator], agg["size"]
        out.append((key, v, n) if xs is None else (key, v.reindex(xs), n.reindex(xs)))
    return out


def _balanced(data: pd.DataFrame, measures: list[str], *, x: str, balanced) -> tuple[pd.DataFrame, str | None]:
    """``data`` restricted to a balanced panel of agencies when asked, and the sentence."""
    if balanced is False or balanced is None:
        return data, None
    years = None if balanced is True else tuple(balanced)
    return balanced_panel(data, measures, x=x, years=years)


def _hue_groups(d: pd.DataFrame, hue: str | None, *, top: int, lang: str) -> tuple[list, str | None]:
    """The (key, rows) of the lines drawn (the ``top`` with most reports) and the legend title."""
    if not hue:
        return [(None, d)], None
    d = d.assign(**{hue: with_unknown(d[hue])})
    order = d[hue].value_counts()
    keep = [k for k in sorted_values(order.index) if k in set(order.index[:top])]
    keep = [k for k in keep if k != UNKNOWN] + [k for k in keep if k == UNKNOWN]
    title = label(hue, lang=lang) + (f": top {len(keep)} of {len(order)}" if len(order) > len(keep) else "")
    return [(k, d[d[hue] == k]) for k in keep], title


def measure_totals(data: pd.DataFrame, *, x: str = "year", y: Sequence[str] = ("reconsiderations", "lawsuits"),
                   hue: str | None = None, ax: Axes | None = None, lang: str = "both",
                   dedupe: bool = True, balanced: bool | tuple[int, int] = False) -> Axes:
    """The sum of each measure ``y`` over the reports of each ``x``, one line per measure,
    with the number of agencies each point pools on the top axis.

    An ``x`` where no report states a measure has no point for it (a gap, not 0): the
    sums are :func:`gdrkit.analysis.panel.totals_by`'s (``min_count=1``). Each legend
    entry says how many reports state the measure ("stated in 3 of 5 reports"); the top
    axis says how many agencies each year's sum pools ("3", or "3/2" when the measures
    differ), so a jump that is one new agency reads as one; the axis is a count axis
    (from 0, whole numbers) and shows every ``x`` from the first to the last; the
    measures of one ``x`` are drawn slightly apart so equal totals stay visible. ``hue``
    is not used (the measures are the colours).

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
    balanced : bool or (int, int)
        Only the agencies that state every measure in every year of a range (given, or
        for True :func:`gdrkit.analysis.composition.balanced_range`): the same agencies
        at every point, said in the title.

    Returns
    -------
    matplotlib Axes
    """
    y, ax, data, dup_note = parts_setup(data, x, y, hue=hue, ax=ax, dedupe=dedupe, name="measure_totals",
                                         why="the measures (y) are the colours; use x for groups")
    data, bal_note = _balanced(data, list(y), x=x, balanced=balanced)
    no_x = reports_note(data, data[x].isna(), f"without {label(x, lang='en').lower()}, not shown")
    data = data[data[x].notna()]
    t = totals_by(data, y, by=x, dedupe=False)
    if t["total"].isna().all():
        return nothing_to_show(ax, bal_note or f"no report states {', '.join(label(m, lang='en').lower() for m in y)}.")
    xs = full_range(t[x])
    numeric = whole_numbers(xs)
    series = []
    for i, m in enumerate(y):
        tm = t[t["measure"] == m]
        s = tm.set_index(x)["total"].reindex(xs)
        if numeric:  # measures side by side within a year, so equal totals do not hide each other
            s.index = np.asarray(xs, dtype=float) + (i - (len(y) - 1) / 2) * 0.08
        name = label(m, lang="zh" if lang == "both" else lang)
        series.append((f"{name} (stated in {int(tm['n_reports'].sum())} of {len(data)} reports)", s))
    draw_lines(ax, series)
    shown = np.concatenate([s.to_numpy(float) for _, s in series])
    count_axis(ax, shown, integer=whole_numbers(shown[np.isfinite(shown)]))
    if numeric:
        ax.set_xlim(xs[0] - 0.4, xs[-1] + 0.4)
        integer_ticks(ax, "x")
        pooled = [agencies_pooled(data, m, x=x).reindex(xs).fillna(0).astype(int) for m in y]
        labels = ["/".join(dict.fromkeys(str(int(p[v])) for p in pooled)) for v in xs]
        differ = any("/" in lab for lab in labels)
        which = "/".join(label(m, lang="en").split()[-1].lower() for m in y)
        pooled_axis(ax, xs, labels, "agencies pooled" + (f" ({which})" if differ else ""))
    ax.set_xlabel(label(x, lang=lang))
    ax.set_ylabel(label("count", lang=lang, note=("sum", "合计")))
    place_legend(ax)
    title_note(ax, bal_note, no_x, dup_note)
    return ax
