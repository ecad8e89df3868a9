"""The words of problem statements: one filter for word clouds, frequencies and keyness
(the clouds are drawn by :func:`gdrkit.plot.problem_wordcloud`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from .. import zh

__all__ = ["problem_word_frequencies", "problem_tokens", "tokens_of", "problem_stopwords", "is_problem_word",
           "PROBLEM_WORDS", "LIST_MARKER"]

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
    return frozenset(zh.load_stopwords() | set(PROBLEM_WORDS) | set(extra))


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
    units = pd.DataFrame({"report_id": table["report_id"].to_numpy(),
                          "section_id": table[id_col].to_numpy() if id_col in table else "",
                          "text": table["text"].fillna("").to_numpy()})
    return zh.tokenize_texts(units, tokenizer=zh.Tokenizer(backend=backend))


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
