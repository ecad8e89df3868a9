"""Coefficients (:func:`coef_plot`), scatters (:func:`scatter`) and the category-by-year
heatmap (:func:`category_heatmap`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..analysis.labels import label
from ._common import (
    UNKNOWN,
    as_key,
    category_ticks,
    colors,
    ensure_axes,
    full_range,
    integer_ticks,
    nothing_to_show,
    place_legend,
    reports_note,
    require_columns,
    sorted_values,
    tick_text,
    title_note,
    whole_numbers,
    with_unknown,
)
from .style import MARKERS

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["coef_plot", "scatter", "category_heatmap"]


def coef_plot(data: pd.DataFrame, *, x: str = "estimate", y: str = "term", hue: str | None = "model",
              ax: Axes | None = None, lang: str = "both", drop_intercept: bool = True) -> Axes:
    """A forest plot of a tidy coefficient table (:func:`gdrkit.analysis.models.fit_model`): point
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
        :func:`gdrkit.analysis.paper.fit_or_explain` adds, e.g. "tier: 市级 (vs 县级)").
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
    require_columns(data, x, y, "ci_low", "ci_high", hue)
    ax = ensure_axes(ax)
    keep = (data["term"] if "term" in data.columns else data[y]) != "Intercept"
    d = data[keep] if drop_intercept else data
    if d.empty:
        return nothing_to_show(ax, "no coefficients.")
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
        place_legend(ax)
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
    require_columns(data, x, y, hue)
    ax = ensure_axes(ax)
    gone = pd.to_numeric(data[x], errors="coerce").isna() | pd.to_numeric(data[y], errors="coerce").isna()
    d = data[~gone]
    if d.empty:
        return nothing_to_show(ax, f"no row has both {label(x, lang='en').lower()} and {label(y, lang='en').lower()}.")
    if hue:
        d = d.assign(**{hue: with_unknown(d[hue])})
        keys = sorted_values([k for k in d[hue].unique() if k != UNKNOWN])
        keys += [UNKNOWN] if (d[hue] == UNKNOWN).any() else []
        groups = [(k, d[d[hue] == k]) for k in keys]
    else:
        groups = [(None, d)]
    for i, ((k, g), c) in enumerate(zip(groups, colors(len(groups)))):
        ax.scatter(pd.to_numeric(g[x]).to_numpy(float), pd.to_numeric(g[y]).to_numpy(float), color=c,
                   marker=MARKERS[i % len(MARKERS)], s=12, label=None if k is None else str(k), alpha=0.85)
    ax.set_xlabel(label(x, lang=lang))
    ax.set_ylabel(label(y, lang=lang))
    if whole_numbers(d[x]):
        integer_ticks(ax, "x")
    if hue:
        place_legend(ax, title=label(hue, lang=lang))
    title_note(ax, f"{int(gone.sum())} of {len(data)} row(s) without a value, not shown" if gone.any() else None)
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
    require_columns(data, x, y, "report_id")
    if hue is not None:
        raise ValueError("category_heatmap: the colour is the share; hue is not used")
    ax = ensure_axes(ax)
    no_x = reports_note(data, data[x].isna(), f"without {label(x, lang='en').lower()}, not shown")
    d = data[data[x].notna()]
    d = d.assign(**{y: with_unknown(d[y])}).drop_duplicates(["report_id", y])
    if d.empty:
        return nothing_to_show(ax, f"no row has a {label(x, lang='en').lower()} ({len(data)} rows).")
    d = d.assign(**{x: d[x].map(as_key)})
    counts = d.groupby([y, x])["report_id"].nunique().unstack(x).fillna(0)
    if totals is None:
        totals = d.groupby(x)["report_id"].nunique()
    totals = totals.rename(index=as_key)
    keys = set(counts.columns) | set(totals.index)
    cols = [as_key(v) for v in (full_range(keys) if fill else sorted_values(keys))]
    counts = counts.reindex(columns=cols, fill_value=0)
    n = totals.reindex(cols).fillna(0)
    share = counts.div(n.replace(0, np.nan), axis=1)
    share = share.loc[share.mean(axis=1).sort_values(ascending=False, kind="stable").index]
    im = ax.imshow(share.to_numpy(float), aspect="auto", cmap="cividis", vmin=0, vmax=1,
                   interpolation="nearest")
    category_ticks(ax, [f"{tick_text(c)}\nn={int(k)}" for c, k in zip(cols, n)])
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
    title_note(ax, no_x)
    return ax
