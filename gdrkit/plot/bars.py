"""Bar charts: reports or sums per group (:func:`count_bars`), shares of a yes/no column
(:func:`share_by`) or of parts (:func:`stacked_shares`), and ranked values (:func:`ranked_bars`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..analysis.labels import LABELS, label
from ._common import (
    UNKNOWN,
    as_key,
    category_ticks,
    colors,
    count_axis,
    ensure_axes,
    full_range,
    nothing_to_show,
    parts_setup,
    place_legend,
    reports_note,
    require_columns,
    sorted_values,
    tick_text,
    title_note,
    unique_rows,
    whole_numbers,
    with_unknown,
)
from .style import PALETTE

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["count_bars", "share_by", "stacked_shares", "ranked_bars"]


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
    require_columns(data, x, y, hue)
    ax = ensure_axes(ax)
    d, dup_note = unique_rows(data, dedupe)
    d = d.copy()
    known_x = d[x].dropna()
    d[x] = [missing if pd.isna(v) else as_key(v) for v in d[x]]
    keys = [x] + ([hue] if hue else [])
    if hue:
        d[hue] = with_unknown(d[hue], missing)
    notes = [dup_note]
    if y:
        d[y] = pd.to_numeric(d[y], errors="coerce")
        notes.append(reports_note(d, d[y].isna(), "without a value, not counted"))
        agg = d.groupby(keys, dropna=False)[y].sum(min_count=1)
    else:
        agg = d.groupby(keys, dropna=False).size()
    table = agg.unstack(hue) if hue else agg.to_frame("n")
    order = full_range(known_x) if fill else sorted_values({as_key(v) for v in known_x})
    order = [as_key(v) for v in order] + ([missing] if (d[x] == missing).any() else [])
    present = set(d[x])
    table = table.reindex(order)
    if y:  # an x with reports but no value stated: a gap, said in the title
        gaps = [k for k in table.index if k in present and table.loc[k].isna().all()]
        if gaps:
            notes.append(f"no value stated (not 0): {', '.join(map(tick_text, gaps))}")
    table = table.fillna(0) if not y else table
    if hue:  # the missing category last
        cols = sorted_values([c for c in table.columns if c != missing]) + ([missing] if missing in table else [])
        table = table[cols]
    pos = np.arange(len(table))
    bottom = np.zeros(len(table))
    cols = list(table.columns)
    for col, c in zip(cols, colors(len(cols))):
        h = np.nan_to_num(table[col].to_numpy(float))
        ax.bar(pos, h, bottom=bottom, color=c, label=str(col) if hue else None, edgecolor="white", linewidth=0.4)
        bottom += h
    category_ticks(ax, [tick_text(v) for v in table.index])
    ax.set_xlabel(label(x, lang=lang))
    ax.set_ylabel(label(y, lang=lang) if y else label("n_reports", lang=lang))
    count_axis(ax, bottom, integer=y is None or whole_numbers(bottom))
    if hue:
        place_legend(ax, title=label(hue, lang=lang))
    title_note(ax, *notes)
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
    require_columns(data, x, y, hue)
    ax = ensure_axes(ax)
    data, dup_note = unique_rows(data, dedupe)
    d = data[[c for c in dict.fromkeys((x, y, hue, "report_id")) if c and c in data.columns]].copy()
    all_x = d[x].dropna()
    gone = d[y].isna() | d[x].isna()
    note = reports_note(d, gone, f"without a value or {label(x, lang='en').lower()}, not shown")
    d = d[~gone]
    if d.empty:
        return nothing_to_show(ax, f"{label(y, lang='en')} is missing in all {len(data)} rows.")
    d[x] = d[x].map(as_key)
    d[y] = d[y].astype(float)
    if hue:
        d[hue] = with_unknown(d[hue])
    keys = [x] + ([hue] if hue else [])
    agg = d.groupby(keys)[y].agg(["mean", "size"])
    xs = [as_key(v) for v in (full_range(all_x) if fill else sorted_values(d[x].unique()))]
    hues = sorted_values([h for h in d[hue].unique() if h != UNKNOWN]) if hue else [None]
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
    category_ticks(ax, [tick_text(v) for v in xs])
    ax.set_ylim(0, 1.1)
    ax.set_yticks(np.linspace(0, 1, 6))
    ax.set_xlabel(label(x, lang=lang))
    ax.set_ylabel(label(f"share_{y}", lang=lang) if f"share_{y}" in LABELS else
                  label("share", lang=lang) + ": " + label(y, lang=lang))
    if hue:
        place_legend(ax, title=label(hue, lang=lang))
    title_note(ax, note, dup_note)
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
        without ``x`` and, within the ``x`` values drawn, the reports stating none of ``y``;
        with no part known at all, the axes say so in a sentence instead of a chart.
    """
    y, ax, data, dup_note = parts_setup(data, x, y, hue=hue, ax=ax, dedupe=dedupe, name="stacked_shares",
                                         why="the parts (y) are the colours; use x for groups")
    d = data[[x] + y + (["report_id"] if "report_id" in data.columns else [])].copy()
    for c in y:
        d[c] = pd.to_numeric(d[c], errors="coerce")
    no_x = reports_note(d, d[x].isna(), f"without {label(x, lang='en').lower()}, not shown")
    d = d[d[x].notna()]
    d[x] = d[x].map(as_key)
    tot = d.groupby(x)[y].sum(min_count=1)
    tot = tot.loc[sorted_values(tot.index)]
    total = tot.sum(axis=1, min_count=1)
    empty = list(total.index[~(total > 0)])
    if not (total > 0).any():
        what = ", ".join(label(c, lang="en").lower() for c in y)
        return nothing_to_show(ax, f"none of the {len(data)} rows states any of {what}.")
    shares = tot[total > 0].div(total[total > 0], axis=0)
    drawn = d[x].isin(set(shares.index))
    silent = reports_note(d[drawn], d.loc[drawn, y].isna().all(axis=1),
                           "in the years shown state none of the values, not counted")
    pos = np.arange(len(shares))
    bottom = np.zeros(len(shares))
    for col, c in zip(y, colors(len(y))):
        v = shares[col].fillna(0).to_numpy(float)
        ax.bar(pos, v, bottom=bottom, color=c, label=label(col, lang=lang), edgecolor="white", linewidth=0.4)
        bottom += v
    category_ticks(ax, [tick_text(v) for v in shares.index])
    ax.set_ylim(0, 1)
    ax.set_xlabel(label(x, lang=lang))
    ax.set_ylabel(label("share", lang=lang))
    place_legend(ax)
    if empty:
        ax.set_title(f"no outcomes reported: {', '.join(map(tick_text, empty))}", fontsize=7, loc="left")
    title_note(ax, silent, no_x, dup_note)
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
    require_columns(data, x, y, hue)
    ax = ensure_axes(ax)
    known = pd.to_numeric(data[x], errors="coerce").notna()
    d = data[known].sort_values(x, ascending=False).head(top).iloc[::-1]
    if d.empty:
        return nothing_to_show(ax, f"no {label(x, lang='en').lower()} values.")
    notes = [f"top {len(d)} of {int(known.sum())}" if known.sum() > len(d) else None,
             f"{int((~known).sum())} of {len(data)} row(s) without a value, not shown" if (~known).any() else None]
    if hue:
        hv = with_unknown(d[hue])
        levels = sorted_values([v for v in hv.unique() if v != UNKNOWN]) + ([UNKNOWN] if (hv == UNKNOWN).any() else [])
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

        place_legend(ax, title=label(hue, lang=lang), handles=[Patch(color=cmap[v]) for v in levels],
                labels=[str(v) for v in levels])
    title_note(ax, *notes)
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
