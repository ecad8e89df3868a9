"""The words of problem statements (one filter for word clouds, frequencies and keyness),
and word clouds of them (by group), drawn with a CJK-safe font."""

from __future__ import annotations

import os
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["problem_word_frequencies", "problem_wordcloud", "problem_wordclouds", "problem_tokens", "tokens_of",
           "problem_stopwords", "is_problem_word", "PROBLEM_WORDS", "LIST_MARKER"]

#: List markers of enumerated statements (一是, 二要, 第三): how a list is written, not what
#: it says.
LIST_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+)$")

#: Words of the way problems are phrased (有待, 不够, 存在…), not of what the problem is:
#: dropped from problem word clouds on top of the general and formulaic stopwords.
PROBLEM_WORDS = ("存在", "问题", "不足", "不够", "有待", "仍", "还", "需", "需要", "仍需", "还需", "待", "一是",
                 "二是", "三是", "四是", "五是", "部分", "个别", "一些", "一定", "方面", "水平", "建设", "程度",
                 "力度", "仍然", "尚", "较", "差距", "主要", "导致", "造成", "由于", "虽然", "但")


def problem_stopwords(*, extra: Iterable[str] = ()) -> frozenset[str]:
    """The words left out of problem statements: gdrkit's general and formulaic stopwords
    (:func:`gdrkit.zh.load_stopwords`), :data:`PROBLEM_WORDS` and ``extra``."""
    from ..zh import load_stopwords

    return frozenset(load_stopwords() | set(PROBLEM_WORDS) | set(extra))


def is_problem_word(word: str, stopwords: frozenset[str] | set[str], *, min_chars: int = 2) -> bool:
    """True for a word that says what a problem is: at least ``min_chars`` characters, at
    least one hanzi (so no numbers, punctuation or Latin letters), not a stopword and not a
    list marker (:data:`LIST_MARKER`)."""
    w = word.strip() if isinstance(word, str) else ""
    return (len(w) >= min_chars and w not in stopwords and not LIST_MARKER.match(w)
            and any("\u4e00" <= ch <= "\u9fff" for ch in w))


def problem_tokens(problems: pd.DataFrame, *, id_col: str = "problem_id", backend: str = "rjieba",
                   extra_stopwords: Sequence[str] = (), min_chars: int = 2) -> pd.DataFrame:
    """A ``tokens``-shaped table of problem statements, keeping only the words
    :func:`is_problem_word` keeps (the words of the word cloud), for
    :func:`gdrkit.keyness`.

    Parameters
    ----------
    problems : DataFrame
        The ``problems`` table (report_id, ``id_col``, text).
    id_col : str
        The column that becomes ``section_id`` (one row per statement).
    backend : {"rjieba", "jieba"}
        Tokenizer backend.
    extra_stopwords : sequence of str
        More words to drop.
    min_chars : int
        Shorter words are dropped.

    Returns
    -------
    DataFrame
        report_id, section_id, tokens (lists of str), n_tokens.
    """
    stop = problem_stopwords(extra=extra_stopwords)
    every = tokens_of(problems, id_col=id_col, backend=backend)
    toks = [[w.strip() for w in ws if is_problem_word(w, stop, min_chars=min_chars)] for ws in every["tokens"]]
    return every[["report_id", "section_id"]].assign(tokens=toks, n_tokens=[len(t) for t in toks])


def tokens_of(table: pd.DataFrame, *, id_col: str = "problem_id", backend: str = "rjieba") -> pd.DataFrame:
    """A ``tokens``-shaped table of short texts such as problem statements, every word
    kept (stopwords too; :func:`problem_tokens` keeps only the words of the word cloud).

    Returns
    -------
    DataFrame
        report_id, section_id (``table[id_col]``; "" without that column), tokens (lists
        of str, held in Arrow as :func:`gdrkit.zh.tokenize_texts` returns them), n_tokens; one
        row per row of ``table`` (an empty list for a missing text).
    """
    from ..zh import Tokenizer, tokenize_texts

    units = pd.DataFrame({"report_id": table["report_id"].to_numpy(),
                          "section_id": table[id_col].to_numpy() if id_col in table else "",
                          "text": table["text"].fillna("").to_numpy()})
    return tokenize_texts(units, tokenizer=Tokenizer(backend=backend))


def problem_word_frequencies(problems_or_tokens: pd.DataFrame | Mapping[str, float], *,
                             extra_stopwords: Sequence[str] = (), backend: str = "rjieba",
                             min_chars: int = 2) -> pd.Series:
    """Word frequencies of problem statements: the words :func:`is_problem_word` keeps
    (stopwords, problem phrasing, list markers, numbers and punctuation dropped).

    Parameters
    ----------
    problems_or_tokens : DataFrame or mapping
        The ``problems`` table (a ``text`` column, tokenized here), a ``tokens`` table (a
        ``tokens`` list column), or a ready word → frequency mapping.
    extra_stopwords : sequence of str
        More words to drop.
    backend : {"rjieba", "jieba"}
        Tokenizer backend when ``text`` has to be tokenized.
    min_chars : int
        Shorter words are dropped.

    Returns
    -------
    Series
        Frequency indexed by word, most frequent first (ties by word).
    """
    from .. import zh

    if isinstance(problems_or_tokens, Mapping):
        freq = Counter({str(k): float(v) for k, v in problems_or_tokens.items()})
    else:
        df = problems_or_tokens
        if "tokens" in df.columns:
            words = (w for ws in df["tokens"] if ws is not None for w in ws)
        elif "text" in df.columns:
            tok = zh.Tokenizer(backend=backend)
            words = (w for t in df["text"].fillna("") for w in tok.tokenize(t))
        else:
            raise ValueError("problem_word_frequencies: need a 'text' or 'tokens' column")
        stop = problem_stopwords(extra=extra_stopwords)
        freq = Counter(w.strip() for w in words if is_problem_word(w, stop, min_chars=min_chars))
    drop = set(extra_stopwords)
    freq = {w: c for w, c in freq.items() if len(w) >= min_chars and w not in drop and c > 0}
    s = pd.Series(freq, dtype=float, name="frequency")
    if not len(s):
        return s
    order = sorted(s.index, key=lambda w: (-s[w], w))
    return s.loc[order]


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
    from ..plot.plots import word_cloud

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
        from ..plot.fonts import register_cjk_font

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
    from ..plot.plots import UNKNOWN

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
