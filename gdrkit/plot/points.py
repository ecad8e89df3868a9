"""Coefficients (:func:`coef_plot`), scatters (:func:`scatter`) and the category-by-year
heatmap (:func:`category_heatmap`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..analysis.categories import category_shares
from ..analysis.labels import label
from ..analysis.support import MIN_TERM_CLUSTERS
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
    text_width,
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
        :func:`gdrkit.analysis.paper.fit_or_explain` adds, e.g. "tier: prefecture (vs county)").
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
    thin = set(d.loc[pd.to_numeric(d["n_clusters"], errors="coerce") < MIN_TERM_CLUSTERS, y]) \
        if "n_clusters" in d.columns else set()
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
    # long names in words ("agency type: government (vs department)") on two lines, so the
    # plot keeps its width in a one-column figure
    ax.set_yticks(np.arange(len(terms)), [_two_lines(f"{t} †" if t in thin else str(t)) for t in terms])
    ax.set_ylim(len(terms) - 0.5, -0.5)
    title_note(ax, f"† carried by fewer than {MIN_TERM_CLUSTERS} agencies (clusters) in some model" if thin else None)
    levels = pd.to_numeric(d["ci_level"], errors="coerce").dropna().unique() if "ci_level" in d.columns else [0.95]
    ci = f"{levels[0]:.0%} CI" if len(levels) == 1 else "CI: " + ", ".join(f"{v:.0%}" for v in sorted(levels))
    ax.set_xlabel(label(x, lang=lang) + f" ({ci})")
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x")
    if hue and len(models) > 1:
        place_legend(ax)
    return ax


def _two_lines(term: str, width: int = 24) -> str:
    """A long term name broken before its last parenthesis ("agency type: government\n(vs
    department)")."""
    if text_width(term) <= width or " (" not in term:
        return term
    head, _, tail = term.rpartition(" (")
    return f"{head}\n({tail}"


def scatter(data: pd.DataFrame, *, x: str, y: str, hue: str | None = None, ax: Axes | None = None,
            lang: str = "both", overlaps: bool = True) -> Axes:
    """A scatter of ``y`` on ``x``, one marker and colour per ``hue`` (whole-number ticks
    when ``x`` holds whole numbers, e.g. years between reports). Identical points are
    drawn once, larger, with their count beside them (``overlaps``), so a pile of
    identical pairs does not look like one.

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
    overlaps : bool
        Count identical points (same ``x``, ``y`` and ``hue``): drawn once with an area
        growing with the count and the count written beside it; the title says how many
        rows they hold. False draws every row.

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
    piled = 0
    for i, ((k, g), c) in enumerate(zip(groups, colors(len(groups)))):
        pts = pd.DataFrame({"x": pd.to_numeric(g[x]).to_numpy(float), "y": pd.to_numeric(g[y]).to_numpy(float)})
        pts = pts.groupby(["x", "y"]).size().rename("n").reset_index() if overlaps else pts.assign(n=1)
        ax.scatter(pts["x"], pts["y"], color=c, marker=MARKERS[i % len(MARKERS)], s=12 * np.sqrt(pts["n"]),
                   label=None if k is None else str(k), alpha=0.85, edgecolors="white", linewidths=0.3)
        for _, p in pts[pts["n"] > 1].iterrows():
            ax.annotate(f"×{int(p['n'])}", (p["x"], p["y"]), xytext=(4, 0), textcoords="offset points",
                        fontsize=5, va="center", color=c)
        piled += int(pts.loc[pts["n"] > 1, "n"].sum())
    ax.set_xlabel(label(x, lang=lang))
    ax.set_ylabel(label(y, lang=lang))
    if whole_numbers(d[x]):
        integer_ticks(ax, "x")
    if hue:
        place_legend(ax, title=label(hue, lang=lang))
    title_note(ax, f"{int(gone.sum())} of {len(data)} row(s) without a value, not shown" if gone.any() else None,
               f"{piled} of {len(d)} rows are identical points, drawn once (×count beside them)" if piled else None)
    return ax


def category_heatmap(data: pd.DataFrame, *, x: str = "year", y: str = "category", hue: str | None = None,
                     ax: Axes | None = None, lang: str = "both", reports: pd.DataFrame | None = None,
                     unknown: str = "nan", totals: pd.Series | None = None, value_labels: dict | None = None,
                     annotate: bool = True, fill: bool = True) -> Axes:
    """The share of reports in each ``x`` that state each problem category: the shares of
    :func:`gdrkit.analysis.categories.category_shares`, so a report states a category when
    any of its statements has it among its labels (first or not), as in the logit's
    ``states_<category>`` (:func:`gdrkit.analysis.panel.problem_flags`).

    Parameters
    ----------
    data : DataFrame
        The problems table (one row per stated problem; ``x`` joined unless ``reports``
        gives it).
    x, y : str
        The columns; ``y="category"`` uses every label of a statement, another column
        its single value.
    hue : None
        Not used (the colour is the share).
    ax : matplotlib Axes, optional
    lang : {"both", "en", "zh"}
    reports : DataFrame, optional
        The reports (report_id and ``x``): every ``x`` value gets a column, and the
        denominators are its reports, as the logit counts them (see ``unknown``).
    unknown : {"nan", "zero"}
        A report with no problem statement found: left out of the denominators ("nan",
        as in the logit; the axis says "n = reports with a stated problem") or counted as
        stating none ("zero").
    totals : Series, optional
        Denominators per ``x`` given by hand (overrides ``unknown``).
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
        Reports without ``x`` are counted in the title ("k of n report(s) without year,
        not shown").
    """
    if hue is not None:
        raise ValueError("category_heatmap: the colour is the share; hue is not used")
    require_columns(data, y, "report_id", None if reports is not None else x)
    if reports is not None:
        require_columns(reports, "report_id", x)
    ax = ensure_axes(ax)
    rep = (reports if reports is not None else data)[["report_id", x]].drop_duplicates("report_id")
    no_x = reports_note(rep, rep[x].isna(), f"without {label(x, lang='en').lower()}, not shown")
    if rep[x].notna().sum() == 0 or data.empty:
        return nothing_to_show(ax, f"no report with a {label(x, lang='en').lower()} states a problem "
                                   f"({len(data)} statements).")
    share, n = _category_table(data, rep, x=x, y=y, unknown=unknown, totals=totals, fill=fill)
    im = ax.imshow(share.to_numpy(float), aspect="auto", cmap="cividis", vmin=0, vmax=1, interpolation="nearest")
    cols = list(share.columns)
    category_ticks(ax, [f"{tick_text(c)}\nn={int(k)}" for c, k in zip(cols, n)])
    if len(cols) > 8:  # slanted two-line labels read badly: keep them upright and smaller
        ax.tick_params(axis="x", labelrotation=0, labelsize=5.5)
        for t in ax.get_xticklabels():
            t.set_ha("center")
    ax.set_yticks(np.arange(len(share)), [str((value_labels or {}).get(v, v)) for v in share.index])
    ax.grid(False)
    if annotate and share.size <= 300:
        for (i, j), v in np.ndenumerate(share.to_numpy(float)):
            if v == v:
                ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=5,
                        color="black" if v > 0.55 else "white")
    who = "reports" if totals is not None or unknown == "zero" or y != "category" else "reports with a stated problem"
    ax.set_xlabel(label(x, lang=lang) + f"\n(n = {who})")
    ax.set_ylabel(label(y, lang=lang))
    ax.figure.colorbar(im, ax=ax, label=label("share", lang=lang), shrink=0.8)
    title_note(ax, no_x)
    return ax


def _category_table(data: pd.DataFrame, rep: pd.DataFrame, *, x: str, y: str, unknown: str,
                    totals: pd.Series | None, fill: bool) -> tuple[pd.DataFrame, pd.Series]:
    """The heatmap's shares (category × ``x``, most stated first) and denominators."""
    rep = rep[rep[x].notna()].assign(**{x: lambda r: r[x].map(as_key)})
    if y == "category":
        long = category_shares(data, rep, by=x, unknown=unknown)
        counts = long.pivot(index="category", columns=x, values="n_stating")
        n = long.groupby(x)["n_reports"].first()
    else:  # a single-valued column: the reports with each value
        d = data[["report_id", y]].merge(rep, on="report_id")
        d = d.assign(**{y: with_unknown(d[y])}).drop_duplicates(["report_id", y])
        counts = d.groupby([y, x])["report_id"].nunique().unstack(x).fillna(0)
        n = rep.groupby(x)["report_id"].nunique()
    if totals is not None:
        n = totals.rename(index=as_key)
    keys = set(counts.columns) | set(n.index)
    cols = [as_key(v) for v in (full_range(keys) if fill else sorted_values(keys))]
    counts = counts.reindex(columns=cols, fill_value=0).fillna(0)
    n = n.reindex(cols).fillna(0)
    share = counts.div(n.replace(0, np.nan), axis=1)
    return share.loc[share.mean(axis=1).sort_values(ascending=False, kind="stable").index], n
