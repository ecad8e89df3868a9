"""Plot functions for gdrkit's tables, seaborn-style: ``f(data, *, x, y, hue=None, ax=None) -> Axes``.

They take the tables as they come (``reports``, ``panel``, ``problems``, a tidy model
table), never drop rows silently (missing values are counted and said in the title or
legend), and label axes through :func:`gdrkit.plot.labels.label`. Call them inside
:func:`gdrkit.plot.style` so the CJK font and the paper sizes apply.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from .labels import label
from .style import LINESTYLES, MARKERS, PALETTE

__all__ = ["count_bars", "trend", "share_by", "stacked_shares", "category_heatmap",
           "ranked_bars", "coef_plot", "scatter", "word_cloud", "wordcloud_image", "colors"]


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
    """Say on the figure itself that there is nothing to draw (never an empty, silent plot)."""
    ax.text(0.5, 0.5, f"no data: {what}", ha="center", va="center", transform=ax.transAxes,
            fontsize=7, wrap=True)
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def _sorted_index(idx) -> list:
    try:
        return sorted(idx)
    except TypeError:
        return sorted(idx, key=str)


def _int_ticks(ax, axis: str = "x") -> None:
    from matplotlib.ticker import MaxNLocator

    (ax.xaxis if axis == "x" else ax.yaxis).set_major_locator(MaxNLocator(integer=True))


def count_bars(data: pd.DataFrame, *, x: str, y: str | None = None, hue: str | None = None,
               ax=None, lang: str = "both", missing: str = "unknown (未识别)"):
    """Number of rows (reports) per ``x``, stacked by ``hue``; ``y`` (optional) is summed
    instead of counting rows. Missing ``x``/``hue`` values get their own bar ("unknown")."""
    _need(data, x, y, hue)
    ax = _ax(ax)
    d = data.copy()
    d[x] = d[x].astype(object).where(d[x].notna(), missing)
    keys = [x] + ([hue] if hue else [])
    if hue:
        d[hue] = d[hue].astype(object).where(d[hue].notna(), missing)
    agg = d.groupby(keys, dropna=False)[y].sum() if y else d.groupby(keys, dropna=False).size()
    table = agg.unstack(hue).fillna(0) if hue else agg.to_frame("n")
    table = table.loc[_sorted_index(table.index)]
    pos = np.arange(len(table))
    bottom = np.zeros(len(table))
    cols = list(table.columns)
    for col, c in zip(cols, colors(len(cols))):
        ax.bar(pos, table[col].to_numpy(float), bottom=bottom, color=c, label=str(col) if hue else None,
               edgecolor="white", linewidth=0.4)
        bottom += table[col].to_numpy(float)
    ax.set_xticks(pos, [str(v) for v in table.index], rotation=45 if len(pos) > 8 else 0,
                  ha="right" if len(pos) > 8 else "center")
    ax.set_xlabel(label(x, lang))
    ax.set_ylabel(label(y, lang) if y else label("n_reports", lang))
    _int_ticks(ax, "y")
    if hue:
        ax.legend(title=label(hue, lang), ncols=1 if len(cols) < 6 else 2)
    return ax


def trend(data: pd.DataFrame, *, x: str = "year", y: str = "proactive_items", hue: str | None = "agency",
          ax=None, lang: str = "both", log: bool = False, top: int = 6, estimator: str = "sum"):
    """``y`` over ``x``, one line per ``hue`` (agencies side by side).

    Rows with ``y`` missing are left out and counted in the title. With more than ``top``
    hue values, the ``top`` with most reports are drawn and the legend says "top k of n".
    ``estimator`` aggregates repeated (hue, x) cells: "sum", "mean" or "median".
    """
    _need(data, x, y, hue)
    ax = _ax(ax)
    d = data[[c for c in (x, y, hue) if c]].copy()
    d[y] = pd.to_numeric(d[y], errors="coerce")
    n_missing = int(d[y].isna().sum() + d[x].isna().sum())
    d = d.dropna(subset=[x, y])
    if d.empty:
        return _no_data(ax, f"{y} is missing in all {len(data)} rows")
    groups = [(None, d)]
    legend_title = None
    if hue:
        d[hue] = d[hue].astype(object).where(d[hue].notna(), "unknown (未识别)")
        order = d[hue].value_counts()
        keep = [k for k in _sorted_index(order.index) if k in set(order.index[:top])]
        groups = [(k, d[d[hue] == k]) for k in keep]
        legend_title = label(hue, lang) + (f": top {len(keep)} of {len(order)}" if len(order) > len(keep) else "")
    for i, (key, g) in enumerate(groups):
        s = g.groupby(x)[y].agg(estimator).sort_index()
        ax.plot(s.index.to_numpy(), s.to_numpy(float), label=None if key is None else str(key),
                color=colors(max(len(groups), 1))[i], marker=MARKERS[i % len(MARKERS)],
                linestyle=LINESTYLES[i % len(LINESTYLES)])
    if log:
        from matplotlib.ticker import FuncFormatter

        ax.set_yscale("symlog", linthresh=1)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))  # 1, 10, 100, not 10^0
    ax.set_xlabel(label(x, lang))
    ax.set_ylabel(label(y, lang))
    if pd.api.types.is_numeric_dtype(d[x]):
        _int_ticks(ax, "x")
    if hue and groups:
        ax.legend(title=legend_title, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    if n_missing:
        ax.set_title(f"{n_missing} report(s) without a value not shown", fontsize=7, loc="left")
    return ax


def share_by(data: pd.DataFrame, *, x: str = "year", y: str = "zero_applications", hue: str | None = None,
             ax=None, lang: str = "both", annotate: bool = True):
    """The share of rows where boolean ``y`` is true, per ``x`` (bars side by side per ``hue``),
    with the number of reports with a known value written above each bar."""
    _need(data, x, y, hue)
    ax = _ax(ax)
    d = data[[c for c in (x, y, hue) if c]].copy()
    d = d[d[y].notna() & d[x].notna()]
    if d.empty:
        return _no_data(ax, f"{y} is missing in all {len(data)} rows")
    d[y] = d[y].astype(float)
    keys = [x] + ([hue] if hue else [])
    agg = d.groupby(keys)[y].agg(["mean", "size"])
    xs = _sorted_index(d[x].unique())
    hues = _sorted_index(d[hue].dropna().unique()) if hue else [None]
    width = 0.8 / len(hues)
    for j, (h, c) in enumerate(zip(hues, colors(len(hues)))):
        sub = agg.xs(h, level=hue) if hue else agg
        sub = sub.reindex(xs)
        pos = np.arange(len(xs)) + (j - (len(hues) - 1) / 2) * width
        bars = ax.bar(pos, sub["mean"].to_numpy(float), width=width, color=c, label=None if h is None else str(h))
        if annotate:
            for b, n in zip(bars, sub["size"].to_numpy()):
                if n == n:  # not NaN
                    ax.annotate(f"n={int(n)}", (b.get_x() + b.get_width() / 2, b.get_height()),
                                ha="center", va="bottom", fontsize=5.5, xytext=(0, 1), textcoords="offset points")
    ax.set_xticks(np.arange(len(xs)), [str(v) for v in xs], rotation=45 if len(xs) > 8 else 0,
                  ha="right" if len(xs) > 8 else "center")
    ax.set_ylim(0, 1.1)
    ax.set_xlabel(label(x, lang))
    ax.set_ylabel(label("share", lang) + ": " + label(y, lang))
    if hue:
        ax.legend(title=label(hue, lang))
    return ax


def stacked_shares(data: pd.DataFrame, *, x: str, y: Sequence[str], hue: str | None = None, ax=None,
                   lang: str = "both"):
    """Shares of the columns ``y`` (e.g. application outcomes) within each ``x``: the columns
    are summed over the rows of an ``x`` and divided by their total. ``hue`` is not used
    (the parts are the colours); ``x`` values whose parts are all missing are left out and
    listed in the title."""
    y = list(y)
    _need(data, x, *y)
    if hue is not None:
        raise ValueError("stacked_shares: the parts (y) are the colours; use x for groups")
    ax = _ax(ax)
    d = data[[x] + y].copy()
    for c in y:
        d[c] = pd.to_numeric(d[c], errors="coerce")
    known = d[y].notna().any(axis=1)
    d = d[known & d[x].notna()]
    if d.empty:
        return _no_data(ax, f"none of {y} is known in the {len(data)} rows")
    tot = d.groupby(x)[y].sum(min_count=1)
    tot = tot.loc[_sorted_index(tot.index)]
    total = tot.sum(axis=1)
    empty = list(total.index[total <= 0])
    shares = tot[total > 0].div(total[total > 0], axis=0)
    pos = np.arange(len(shares))
    bottom = np.zeros(len(shares))
    for col, c in zip(y, colors(len(y))):
        v = shares[col].fillna(0).to_numpy(float)
        ax.bar(pos, v, bottom=bottom, color=c, label=label(col, lang), edgecolor="white", linewidth=0.4)
        bottom += v
    ax.set_xticks(pos, [str(v) for v in shares.index], rotation=45 if len(pos) > 8 else 0,
                  ha="right" if len(pos) > 8 else "center")
    ax.set_ylim(0, 1)
    ax.set_xlabel(label(x, lang))
    ax.set_ylabel(label("share", lang))
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    if empty:
        ax.set_title(f"no outcomes reported: {', '.join(map(str, empty))}", fontsize=7, loc="left")
    return ax


def category_heatmap(data: pd.DataFrame, *, x: str = "year", y: str = "category", hue: str | None = None,
                     ax=None, lang: str = "both", totals: pd.Series | None = None,
                     value_labels: dict | None = None, annotate: bool = True):
    """The share of reports in each ``x`` that state each ``y`` (problem category).

    ``data`` is the problems table with ``x`` joined (one row per stated problem).
    ``totals`` gives the number of reports per ``x`` (default: the reports present in
    ``data``, which leaves out reports stating no problem; pass totals from ``reports`` to
    count them). ``value_labels`` maps ``y`` codes to display names (e.g. Chinese labels).
    ``hue`` is not used (the colour is the share).
    """
    _need(data, x, y, "report_id")
    if hue is not None:
        raise ValueError("category_heatmap: the colour is the share; hue is not used")
    ax = _ax(ax)
    d = data.dropna(subset=[x, y]).drop_duplicates(["report_id", y])
    if d.empty:
        return _no_data(ax, f"no row has both {x} and {y} ({len(data)} rows)")
    counts = d.groupby([y, x])["report_id"].nunique().unstack(x).fillna(0)
    if totals is None:
        totals = d.groupby(x)["report_id"].nunique()
    cols = _sorted_index(set(counts.columns) | set(totals.index))
    counts = counts.reindex(columns=cols, fill_value=0)
    share = counts.div(totals.reindex(cols).replace(0, np.nan), axis=1)
    share = share.loc[share.mean(axis=1).sort_values(ascending=False).index]
    im = ax.imshow(share.to_numpy(float), aspect="auto", cmap="cividis", vmin=0, vmax=1,
                   interpolation="nearest")
    ax.set_xticks(np.arange(len(cols)), [str(c) for c in cols], rotation=45 if len(cols) > 8 else 0,
                  ha="right" if len(cols) > 8 else "center")
    names = [str((value_labels or {}).get(v, v)) for v in share.index]
    ax.set_yticks(np.arange(len(share)), names)
    ax.grid(False)
    if annotate and share.size <= 300:
        for (i, j), v in np.ndenumerate(share.to_numpy(float)):
            if v == v:
                ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=5,
                        color="black" if v > 0.55 else "white")
    ax.set_xlabel(label(x, lang))
    ax.set_ylabel(label(y, lang))
    ax.figure.colorbar(im, ax=ax, label=label("share", lang), shrink=0.8)
    return ax


def ranked_bars(data: pd.DataFrame, *, x: str, y: str, hue: str | None = None, ax=None,
                lang: str = "both", top: int = 20):
    """Horizontal bars of the ``top`` rows by ``x`` (e.g. keyness per word ``y``), largest on
    top; ``hue`` (optional) colours the bars by a column (e.g. the target group)."""
    _need(data, x, y, hue)
    ax = _ax(ax)
    d = data.dropna(subset=[x]).sort_values(x, ascending=False).head(top).iloc[::-1]
    if d.empty:
        return _no_data(ax, f"no {x} values")
    if hue:
        levels = _sorted_index(d[hue].dropna().unique())
        cmap = dict(zip(levels, colors(len(levels))))
        cs = [cmap.get(v, "#999999") for v in d[hue]]
    else:
        cs = PALETTE[0]
    ax.barh(np.arange(len(d)), d[x].to_numpy(float), color=cs)
    ax.set_yticks(np.arange(len(d)), [str(v) for v in d[y]])
    ax.set_xlabel(label(x, lang))
    ax.set_ylabel(label(y, lang))
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    if hue:
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(color=cmap[v], label=str(v)) for v in levels], title=label(hue, lang))
    return ax


def coef_plot(data: pd.DataFrame, *, x: str = "estimate", y: str = "term", hue: str | None = "model",
              ax=None, lang: str = "both", drop_intercept: bool = True):
    """A forest plot of a tidy coefficient table (:func:`gdrkit.models.fit_model`): point
    ``x`` with its ``ci_low``–``ci_high`` interval per ``y``, models offset by ``hue``."""
    _need(data, x, y, "ci_low", "ci_high", hue)
    ax = _ax(ax)
    d = data[data[y] != "Intercept"] if drop_intercept else data
    if d.empty:
        return _no_data(ax, "no coefficients")
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
    ax.invert_yaxis()
    ax.set_xlabel(label(x, lang) + " (95% CI)")
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x")
    if hue and len(models) > 1:
        ax.legend()
    return ax


def scatter(data: pd.DataFrame, *, x: str, y: str, hue: str | None = None, ax=None, lang: str = "both"):
    """A scatter of ``y`` on ``x``, one marker and colour per ``hue``."""
    _need(data, x, y, hue)
    ax = _ax(ax)
    d = data.dropna(subset=[x, y])
    if d.empty:
        return _no_data(ax, f"no row has both {x} and {y}")
    groups = [(k, g) for k, g in d.groupby(hue, sort=True)] if hue else [(None, d)]
    for i, ((k, g), c) in enumerate(zip(groups, colors(len(groups)))):
        ax.scatter(g[x].to_numpy(float), g[y].to_numpy(float), color=c, marker=MARKERS[i % len(MARKERS)],
                   s=12, label=None if k is None else str(k), alpha=0.85)
    ax.set_xlabel(label(x, lang))
    ax.set_ylabel(label(y, lang))
    if hue:
        ax.legend(title=label(hue, lang))
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
