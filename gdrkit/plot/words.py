"""Word clouds drawn with the CJK font matplotlib uses: of any word frequencies, and of the
problem statements (by group)."""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import pandas as pd

from ..analysis.words import problem_word_frequencies
from ._common import UNKNOWN, ensure_axes, require_columns
from .fonts import cjk_font_path, register_cjk_font

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from wordcloud import WordCloud

__all__ = ["wordcloud_image", "word_cloud", "problem_wordcloud", "problem_wordclouds"]


def wordcloud_image(frequencies: Mapping[str, float] | pd.Series, *, font: str | None = None, seed: int = 0,
                    width: int = 1050, height: int = 700, max_words: int = 150) -> WordCloud:
    """A :class:`wordcloud.WordCloud` drawn from word frequencies with the CJK font that
    matplotlib uses (same path), seeded so the layout is reproducible."""
    from wordcloud import WordCloud

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


def word_cloud(data: Mapping[str, float] | pd.Series | pd.DataFrame, *, x: str | None = None, y: str | None = None,
               hue: str | None = None, ax: Axes | None = None, font: str | None = None, seed: int = 0,
               max_words: int = 150) -> Axes:
    """Draw a word cloud on ``ax``. ``data`` is a word → frequency mapping, or a table with
    the word in column ``x`` and its weight in column ``y``. ``hue`` is not used."""
    if isinstance(data, pd.DataFrame):
        if x is None or y is None:
            raise ValueError("word_cloud: a table needs x= (word column) and y= (weight column)")
        require_columns(data, x, y)
        data = data.groupby(x)[y].sum()
    ax = ensure_axes(ax)
    wc = wordcloud_image(data, font=font, seed=seed, max_words=max_words)
    ax.imshow(wc.to_array(), interpolation="bilinear")
    ax.set_axis_off()
    return ax


def problem_wordcloud(problems_or_tokens: pd.DataFrame | Mapping[str, float], *, ax: Axes | None = None,
                      font_path: str | os.PathLike | None = None, random_state: int = 0,
                      max_words: int = 100, title: str | None = None,
                      extra_stopwords: Sequence[str] = ()) -> Axes:
    """Draw a word cloud of problem statements on ``ax``.

    The CJK font comes from :func:`gdrkit.plot.fonts.cjk_font_path` (``font_path``,
    ``$GDRKIT_FONT``, a system CJK font, or Noto Sans SC from the pip package
    ``pylopdf-fonts-zh-cn``), so hanzi never render as boxes. To draw one cloud per
    group, filter the table (``problems[problems.category == "staffing"]``) or use
    :func:`problem_wordclouds`.

    Parameters
    ----------
    problems_or_tokens : DataFrame or mapping
        See :func:`problem_word_frequencies`.
    ax : matplotlib Axes, optional
        Where to draw; a new figure when not given.
    font_path : str or Path, optional
        A CJK font file.
    random_state : int
        Seed of the layout (the same seed gives the same picture).
    max_words : int
        Words drawn at most.
    title : str, optional
        Axes title.
    extra_stopwords : sequence of str
        More words to drop.

    Returns
    -------
    matplotlib Axes
    """
    freqs = problem_word_frequencies(problems_or_tokens, extra_stopwords=extra_stopwords)
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(6, 4))
    if not len(freqs):
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no words", ha="center", va="center", transform=ax.transAxes)
        return ax
    ax = word_cloud(freqs, ax=ax, font=None if font_path is None else str(font_path), seed=random_state,
                    max_words=max_words)
    if title is not None:
        _, family = register_cjk_font(font_path)
        ax.set_title(title, fontfamily=family)
    return ax


def problem_wordclouds(problems: pd.DataFrame, *, by: str = "category", ncols: int = 3,
                       font_path: str | os.PathLike | None = None, random_state: int = 0,
                       max_words: int = 60, min_statements: int = 1,
                       panel_size: tuple[float, float] = (4, 3)) -> Figure:
    """One word cloud per group of problem statements, on a grid.

    Parameters
    ----------
    problems : DataFrame
        The ``problems`` table, with the column ``by`` (join report metadata first to
        group by ``agency``, ``year`` or ``level``).
    by : str
        The grouping column; statements whose ``by`` is missing form their own group,
        "unknown (未识别)" (last).
    ncols : int
        Panels per row.
    font_path, random_state, max_words
        As in :func:`problem_wordcloud`.
    min_statements : int
        Groups with fewer statements are left out (a warning names how many groups and
        statements).
    panel_size : (float, float)
        Size of one panel in inches.

    Returns
    -------
    matplotlib Figure
        One titled panel per group (``<group> (n=<statements>)``), in sorted group order.
    """
    import matplotlib.pyplot as plt

    if by not in problems.columns:
        raise ValueError(f"problem_wordclouds: no column {by!r}")
    key = problems[by].astype(object).where(problems[by].notna(), UNKNOWN)
    all_groups = [(k, g) for k, g in problems.groupby(key, sort=True)]
    all_groups = [kg for kg in all_groups if kg[0] != UNKNOWN] + [kg for kg in all_groups if kg[0] == UNKNOWN]
    groups = [(k, g) for k, g in all_groups if len(g) >= min_statements]
    small = [g for _, g in all_groups if len(g) < min_statements]
    if small:
        warnings.warn(f"problem_wordclouds: {len(small)} group(s) of {by} with fewer than {min_statements} "
                      f"statement(s) left out ({sum(map(len, small))} of {len(problems)} statements)", stacklevel=2)
    if not groups:
        raise ValueError(f"problem_wordclouds: no group of {by} has {min_statements} statement(s) or more")
    nrows = -(-len(groups) // ncols)
    ncols_used = min(ncols, len(groups))
    fig, axes = plt.subplots(nrows, ncols_used, figsize=(panel_size[0] * ncols_used, panel_size[1] * nrows),
                             squeeze=False)
    for ax, (k, g) in zip(axes.flat, groups):
        problem_wordcloud(g, ax=ax, font_path=font_path, random_state=random_state, max_words=max_words,
                          title=f"{k} (n={len(g)})")
    for ax in list(axes.flat)[len(groups):]:
        ax.set_axis_off()
    return fig
