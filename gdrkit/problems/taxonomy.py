"""The problem taxonomy: categories of stated problems and their keywords
(``data/problem_taxonomy.csv``, editable), and the keyword classifier of one statement
(:func:`classify_problem`) that :func:`gdrkit.problems.find_problems` uses."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from ..schema import TAXONOMY_COLUMNS

__all__ = ["problem_taxonomy", "classify_problem", "classify_with", "keyword_table", "PREDICATE", "TAXONOMY_COLUMNS"]

#: A problem predicate (不…, 缺…, 有待…, 滞后…): the statement's primary label is the
#: category whose keyword comes nearest before the first one.
PREDICATE = re.compile(
    r"不(?!断|少|仅|但|公开|予|同时|论)|未(?!来)|没有|无法|难以|缺|欠|(?<![减多])少(?!数)|弱|低|差|有待|待|需(?!求)|亟|"
    r"单一|滞后|问题|短板|空间|参差|噪音|有限|局限|偏|较少|不多|挑战|困难")


def problem_taxonomy(path: str | os.PathLike | pd.DataFrame | None = None) -> pd.DataFrame:
    """The problem categories and their keywords.

    Parameters
    ----------
    path : str, Path or DataFrame, optional
        A CSV (utf-8 or utf-8-sig) or table with at least the columns ``category`` and
        ``keywords`` (keywords separated by ``|``; matched as literal substrings of a
        statement). Defaults to the shipped ``gdrkit/data/problem_taxonomy.csv``; copy and
        edit that file to change the categories.

    Returns
    -------
    DataFrame
        category, label_zh, label_en, keywords, description (one row per category; a
        category ``other`` is added when missing, for statements that match nothing).
    """
    if isinstance(path, pd.DataFrame):
        tax, name = path.copy(), "taxonomy"
    else:
        p = Path(path) if path is not None else Path(str(resources.files("gdrkit") / "data" / "problem_taxonomy.csv"))
        name = f"taxonomy {p}"
        if not p.is_file():
            raise FileNotFoundError(f"{name}: no such file")
        tax = pd.read_csv(p, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    missing = {"category", "keywords"} - set(tax.columns)
    if missing:
        raise ValueError(f"{name}: missing column(s) {sorted(missing)} (has {list(tax.columns)})")
    for c in TAXONOMY_COLUMNS:
        if c not in tax.columns:
            tax[c] = ""
    tax = tax.fillna("")
    tax["category"] = tax["category"].astype(str).str.strip()
    if tax["category"].duplicated().any():
        raise ValueError(f"{name}: categories listed twice: {tax['category'][tax['category'].duplicated()].tolist()}")
    if "other" not in set(tax["category"]):
        tax = pd.concat([tax, pd.DataFrame([{"category": "other", "label_zh": "其他", "label_en": "Other",
                                              "keywords": "", "description": "Matches no other category."}])],
                        ignore_index=True)
    return tax[TAXONOMY_COLUMNS + [c for c in tax.columns if c not in TAXONOMY_COLUMNS]].reset_index(drop=True)


def keyword_table(taxonomy: pd.DataFrame) -> list[tuple[str, list[str]]]:
    """(category, keywords) of each category of a taxonomy table that has keywords."""
    out = []
    for cat, kws in zip(taxonomy["category"], taxonomy["keywords"]):
        words = [w.strip() for w in str(kws).split("|") if w.strip()]
        if words:
            out.append((cat, words))
    return out


def classify_problem(text: str, *, taxonomy: pd.DataFrame | str | os.PathLike | None = None) -> dict:
    """Labels of one problem statement by keyword.

    Parameters
    ----------
    text : str
        The statement (cleaned text).
    taxonomy : DataFrame, str or Path, optional
        See :func:`problem_taxonomy`; the shipped taxonomy by default.

    Returns
    -------
    dict
        ``category`` (the label whose keyword occurs first in the text; ``"other"`` when
        none matches), ``categories`` (every matching label, in order of first occurrence,
        ``;``-joined) and ``matched`` (the keywords found, ``;``-joined).
    """
    tax = taxonomy if isinstance(taxonomy, pd.DataFrame) and "keywords" in taxonomy.columns \
        else problem_taxonomy(taxonomy)
    return classify_with(text, keyword_table(tax))


def classify_with(text: str, table) -> dict:
    """:func:`classify_problem` with the taxonomy given as its :func:`keyword_table` (cached:
    reports repeat their statements)."""
    if not isinstance(table, tuple):
        table = tuple((c, tuple(w)) for c, w in table)
    return dict(_classify_cached(text, table))


@lru_cache(maxsize=65536)
def _classify_cached(text: str, table: tuple) -> tuple:
    return tuple(_classify_uncached(text, table).items())


def _classify_uncached(text: str, table) -> dict:
    hits: list[tuple[int, int, str, str]] = []  # position, -len, category, keyword
    for order, (cat, words) in enumerate(table):
        best = None
        for w in words:
            i = text.find(w)
            if i >= 0 and (best is None or (i, -len(w)) < best[:2]):
                best = (i, -len(w), cat, w)
        if best is not None:
            hits.append(best)
    if not hits:
        return {"category": "other", "categories": "other", "matched": ""}
    hits.sort()
    cats = [h[2] for h in hits]
    # the primary label names the subject of the first problem predicate: the keyword
    # nearest before (or at) it ("门户网站主动公开的内容有待丰富" → content, not platform)
    primary = cats[0]
    m = PREDICATE.search(text, 2)
    if m:
        before = [h for h in hits if h[0] <= m.start()]
        if before:
            primary = max(before, key=lambda h: (h[0], h[1]))[2]
    return {"category": primary, "categories": ";".join(cats), "matched": ";".join(h[3] for h in hits)}
