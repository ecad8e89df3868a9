"""Keyness: which words distinguish one group of reports from the rest (as quanteda's
``textstat_keyness``), on tokens with stopwords, template phrases and list markers dropped;
and the keyness of problem statements between earlier and later reports."""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence

import numpy as np
import pandas as pd

from .. import zh
from ..schema import KEYNESS_COLUMNS
from .words import LIST_MARKER, problem_tokens

__all__ = ["keyness", "problem_keyness", "period_groups", "KEYNESS_COLUMNS"]



def _group_labels(tokens: pd.DataFrame, groups) -> pd.Series:
    if isinstance(groups, str):
        if groups not in tokens.columns:
            raise ValueError(f"keyness: no column {groups!r} in tokens (columns: {list(tokens.columns)})")
        return tokens[groups].reset_index(drop=True)
    if isinstance(groups, pd.Series) and groups.index.isin(tokens["report_id"]).any() \
            and not groups.index.equals(tokens.index):
        return tokens["report_id"].map(groups).reset_index(drop=True)
    if isinstance(groups, Mapping):
        return tokens["report_id"].map(dict(groups)).reset_index(drop=True)
    if isinstance(groups, pd.DataFrame):
        if "report_id" not in groups.columns or groups.shape[1] != 2:
            raise ValueError("keyness: a groups table needs report_id and one group column")
        col = [c for c in groups.columns if c != "report_id"][0]
        return tokens["report_id"].map(groups.set_index("report_id")[col]).reset_index(drop=True)
    arr = list(groups) if not isinstance(groups, (np.ndarray, pd.Series)) else list(np.asarray(groups))
    if len(arr) != len(tokens):
        raise ValueError(f"keyness: {len(arr)} group labels for {len(tokens)} token rows")
    return pd.Series(arr)


def _chi2_p(x: np.ndarray) -> np.ndarray:
    """Upper tail of χ² with one degree of freedom."""
    return np.array([math.erfc(math.sqrt(max(v, 0.0) / 2.0)) for v in x], dtype=float)


def keyness(tokens: pd.DataFrame, groups: str | Sequence | Mapping | pd.Series | pd.DataFrame, *,
            target: Hashable, measure: str = "chi2", min_count: int = 2, drop_stopwords: bool = True,
            correction: str = "default", extra_stopwords: Sequence[str] = ()) -> pd.DataFrame:
    """Keyness of every word for a target group against all other rows (the reference).

    For each feature, the 2×2 table (count in target, count in reference, other words in
    target, other words in reference) gives Pearson's χ² or the likelihood-ratio G²,
    signed negative when the word is rarer in the target than expected, as in quanteda's
    ``textstat_keyness``.

    Parameters
    ----------
    tokens : DataFrame
        The ``tokens`` table (report_id, section_id, tokens as lists of str).
    groups : str, sequence, mapping, Series or DataFrame
        The group of each row: a column of ``tokens``; a sequence aligned with its rows;
        a mapping or Series from report_id to group; or a table of report_id and one
        group column.
    target : object or sequence of objects
        The group value(s) forming the target; every other row is the reference (rows
        whose group is missing are left out).
    measure : {"chi2", "lr"}
        Pearson's χ² or the log-likelihood ratio G².
    min_count : int
        Features seen fewer times in total are dropped.
    drop_stopwords : bool
        Drop general and formulaic stopwords, numbers and punctuation
        (:func:`gdrkit.zh.drop_stopwords`) and list markers (一是, 二要, 第三:
        :data:`gdrkit.analysis.words.LIST_MARKER`) first.
    correction : {"default", "yates", "williams", "none"}
        "default" is Yates' continuity correction for χ² and Williams' for G².
    extra_stopwords : sequence of str
        More words to drop.

    Returns
    -------
    DataFrame
        feature, statistic (signed χ² or G²), p (χ², one degree of freedom), n_target,
        n_reference (counts), rate_target, rate_reference (per 1,000 tokens), measure;
        sorted by statistic, most distinctive of the target first.
    """
    if measure not in ("chi2", "lr"):
        raise ValueError("measure must be 'chi2' or 'lr'")
    if correction not in ("default", "yates", "williams", "none"):
        raise ValueError("correction must be 'default', 'yates', 'williams' or 'none'")
    labels = _group_labels(tokens, groups)
    toks = tokens.reset_index(drop=True)
    if drop_stopwords:
        toks = zh.drop_stopwords(toks, extra=tuple(extra_stopwords))
    targets = set(target) if isinstance(target, (list, tuple, set, frozenset)) else {target}
    known = labels.notna()
    is_target = labels.isin(targets) & known
    if not is_target.any():
        raise ValueError(f"keyness: no rows in the target group {target!r}")
    if not (known & ~is_target).any():
        raise ValueError("keyness: no reference rows (every row is in the target group)")
    long = pd.DataFrame({"t": is_target[known].to_numpy(), "tokens": toks.loc[known.to_numpy(), "tokens"].to_numpy()})
    long = long.explode("tokens").dropna(subset=["tokens"])
    if drop_stopwords and len(long):
        markers = [w for w in long["tokens"].unique() if LIST_MARKER.match(str(w))]  # each word tested once
        long = long[~long["tokens"].isin(markers)]
    counts = long.groupby(["tokens", "t"]).size().unstack(fill_value=0)
    for c in (True, False):
        if c not in counts.columns:
            counts[c] = 0
    a = counts[True].to_numpy(float)
    b = counts[False].to_numpy(float)
    n_t, n_r = a.sum(), b.sum()
    keep = (a + b) >= min_count
    feats = counts.index.to_numpy()[keep]
    a, b = a[keep], b[keep]
    stat = _signed_statistic(a, b, n_t, n_r, measure=measure, correction=correction)
    out = pd.DataFrame({
        "feature": feats, "statistic": stat, "p": _chi2_p(np.abs(stat)),
        "n_target": a.astype("int64"), "n_reference": b.astype("int64"),
        "rate_target": a / n_t * 1000 if n_t else 0.0, "rate_reference": b / n_r * 1000 if n_r else 0.0,
        "measure": measure,
    }, columns=KEYNESS_COLUMNS)
    return out.sort_values(["statistic", "feature"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def _signed_statistic(a: np.ndarray, b: np.ndarray, n_t: float, n_r: float, *, measure: str,
                      correction: str) -> np.ndarray:
    """χ² or G² of each feature's 2×2 table (``a``, ``b``: its counts in the target and the
    reference; ``n_t``, ``n_r``: all tokens of each), negative where the feature is rarer
    in the target than expected."""
    c, d = n_t - a, n_r - b
    n = n_t + n_r
    ea = (a + b) * n_t / n  # expected count in the target
    with np.errstate(divide="ignore", invalid="ignore"):
        if measure == "chi2":
            num = np.abs(a * d - b * c)
            if correction in ("default", "yates"):
                num = np.maximum(num - n / 2.0, 0.0)
            stat = n * num ** 2 / ((a + b) * (c + d) * (a + c) * (b + d))
        else:
            eb, ec, ed = (a + b) * n_r / n, (c + d) * n_t / n, (c + d) * n_r / n

            def term(o, e):
                return np.where(o > 0, o * np.log(o / e), 0.0)

            stat = 2.0 * (term(a, ea) + term(b, eb) + term(c, ec) + term(d, ed))
            if correction in ("default", "williams"):
                q = 1 + (n / (a + b) + n / (c + d) - 1) * (n / (a + c) + n / (b + d) - 1) / (6 * n)
                stat = stat / q
    stat = np.nan_to_num(stat, nan=0.0, posinf=0.0)
    return np.where(a >= ea, stat, -stat)


def period_groups(reports: pd.DataFrame, *, column: str = "year") -> tuple[pd.Series, str]:
    """report_id → "earlier"/"later" (split at the median covered year; later = after it),
    and a sentence describing the split. Reports without a year get no group.

    Returns
    -------
    (Series, str)
        The groups (indexed by report_id; empty when all known years are the same) and
        the sentence.
    """
    y = pd.to_numeric(reports[column], errors="coerce").astype("float64")
    known = y.dropna()
    if known.nunique() < 2:
        return pd.Series(dtype=object), (f"all reports with a known {column} cover the same year "
                                          "(or none is known): no earlier/later split")
    cut = float(known.median())
    if (known > cut).sum() == 0:
        cut = float(known.min())
    g = pd.Series(np.where(y.to_numpy() > cut, "later", "earlier"), index=reports["report_id"].to_numpy())
    g = g.where(y.notna().to_numpy())
    return g.dropna(), f"later = covered year after {cut:g} ({int((known > cut).sum())} reports), earlier = the rest"


def problem_keyness(problems: pd.DataFrame, reports: pd.DataFrame, *, column: str = "year",
                    measure: str = "lr", min_count: int = 2, alpha: float = 0.05,
                    backend: str = "rjieba") -> tuple[pd.DataFrame | None, str]:
    """Which words of the problem statements of later reports are over-represented
    against earlier ones.

    The reports are split at the median covered year (:func:`period_groups`); the
    statements are tokenized keeping only the words of the word cloud
    (:func:`gdrkit.analysis.words.problem_tokens`: no stopwords, problem phrasing or
    list markers), and :func:`keyness` compares "later" with "earlier".

    Parameters
    ----------
    problems, reports : DataFrame
        The ``problems`` and ``reports`` tables.
    column : str
        The reports' year column.
    measure : {"lr", "chi2"}
        G² (default) or χ².
    min_count : int
        Words seen fewer times in all are left out.
    alpha : float
        Significance level: a word is ``significant`` when ``p < alpha`` (with one degree
        of freedom, G² > 3.84 for 0.05). Words are tested one by one, so with hundreds of
        words some pass by chance: read the evidence before citing one.
    backend : {"rjieba", "jieba"}
        Tokenizer backend.

    Returns
    -------
    (DataFrame or None, str)
        The keyness table (:data:`KEYNESS_COLUMNS` plus ``significant``), most
        over-represented in later reports first, or None when there is no split or no
        statement on one side; and a sentence saying how the groups were formed and how
        many words are significantly more frequent later.
    """
    groups, how = period_groups(reports, column=column)
    if groups.empty:
        return None, f"keyness not computed: {how}"
    toks = problem_tokens(problems, backend=backend)
    try:
        key = keyness(toks, groups, target="later", measure=measure, min_count=min_count)
    except ValueError as exc:  # no target or no reference statements
        return None, f"{how}; keyness not computed: {exc}"
    key["significant"] = key["p"] < alpha
    n_up = int((key["significant"] & (key["statistic"] > 0)).sum())
    n_st = toks["report_id"].map(groups).value_counts()
    return key, (f"{how}; {int(n_st.get('later', 0))} later and {int(n_st.get('earlier', 0))} earlier "
                 f"statements; {n_up} of {len(key)} words seen at least {min_count} times are significantly "
                 f"more frequent in later statements (p < {alpha:g})")
