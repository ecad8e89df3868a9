"""Small helpers the curated notebooks share (paths, optional tables, explained failures).

They keep the notebooks thin and make every degradation explicit: a table that cannot be
computed, or a model that cannot be estimated, prints why instead of being skipped.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

__all__ = ["data_path", "figures_path", "optional_table", "fit_or_explain", "word_frequencies", "tokens_of", "period_groups", "unique_reports", "checks_summary", "failed_checks",
           "describe_corpus", "with_report_meta"]


def _repo_default(sub: str) -> Path:
    # notebooks/ sits beside data/ and figures/; run from elsewhere, fall back to ./<sub>
    here = Path.cwd()
    for cand in (here / sub, here.parent / sub):
        if cand.exists():
            return cand
    return here.parent / sub if here.name == "notebooks" else here / sub


def data_path(default: str | os.PathLike | None = None) -> Path:
    """The corpus folder: ``$GDRKIT_DATA`` if set, else ``default``, else the repo's data/."""
    env = os.environ.get("GDRKIT_DATA")
    p = Path(env) if env else Path(default) if default is not None else _repo_default("data")
    if not p.exists():
        raise FileNotFoundError(f"corpus folder {p} does not exist (set GDRKIT_DATA or the DATA parameter)")
    return p.resolve()


def figures_path(default: str | os.PathLike | None = None) -> Path:
    """Where figures go: ``$GDRKIT_FIGURES`` if set, else ``default``, else the repo's figures/."""
    env = os.environ.get("GDRKIT_FIGURES")
    p = Path(env) if env else Path(default) if default is not None else _repo_default("figures")
    p.mkdir(parents=True, exist_ok=True)
    return p.resolve()


def unique_reports(table: pd.DataFrame, reports: pd.DataFrame, *, what: str = "table") -> pd.DataFrame:
    """``table`` without the rows of reports that duplicate another report
    (``reports.duplicate_of`` set: the same report scraped twice, or in two formats), printing
    how many rows were left out."""
    if "duplicate_of" not in reports.columns or "report_id" not in table.columns:
        return table
    dup = set(reports.loc[reports["duplicate_of"].notna(), "report_id"])
    drop = table["report_id"].isin(dup)
    if drop.any():
        print(f"[gdrkit] {what}: {int(drop.sum())} row(s) of {len(dup)} duplicate report(s) left out "
              "(reports.duplicate_of names the copy kept)")
    return table[~drop.to_numpy()]


def optional_table(corpus, name: str, *, dedupe: bool = True, **kw) -> pd.DataFrame | None:
    """``corpus.<name>(**kw)``, or None with a printed reason when this gdrkit has no module
    for it yet (only a missing gdrkit module is caught: any other error is raised).
    With ``dedupe`` (default), rows of duplicate reports are left out (see
    :func:`unique_reports`)."""
    try:
        out = getattr(corpus, name)(**kw)
        return unique_reports(out, corpus.reports, what=name) if dedupe else out
    except (ModuleNotFoundError, ImportError) as exc:
        mod = getattr(exc, "name", None) or str(exc)
        if "gdrkit" not in str(mod):
            raise
        print(f"[gdrkit] the {name} table cannot be computed: module {mod} is not available in this "
              f"version of gdrkit, so the cells that need it print this note instead of a result.")
        return None


def fit_or_explain(data: pd.DataFrame | None, **kw) -> pd.DataFrame | None:
    """:func:`gdrkit.models.fit_model`, printing why (``ModelError``) and returning None when
    the model cannot be estimated on these data."""
    from ..models import ModelError, fit_model

    what = kw.get("label") or kw.get("name") or kw.get("formula")
    if kw.get("family") and not kw.get("label"):
        what = f"{what} ({kw['family']})"
    if data is None:
        print(f"[gdrkit] {what}: not estimated, the table it needs is not available (see above).")
        return None
    try:
        return fit_model(data, **kw)
    except ModelError as exc:
        print(f"[gdrkit] not estimated: {exc}")
        return None


def word_frequencies(texts: Iterable[str], *, backend: str = "rjieba", min_len: int = 2,
                     extra_stopwords: Iterable[str] = ()) -> pd.Series:
    """Word counts over ``texts`` with gdrkit's tokenizer, general and formulaic stopwords,
    numbers and punctuation dropped, and words shorter than ``min_len`` characters left out.
    Sorted by count, then word (deterministic)."""
    from ..zh import Tokenizer, load_stopwords

    import re

    enum = re.compile(r"^[一二三四五六七八九十]+[是要]$|^第[一二三四五六七八九十]+$")
    tok = Tokenizer(backend=backend)
    stop = load_stopwords() | set(extra_stopwords)
    counts: Counter = Counter()
    for t in texts:
        if not isinstance(t, str) or not t:
            continue
        for w in tok.tokenize(t):
            w = w.strip()
            if len(w) >= min_len and w not in stop and not enum.match(w) and not w.replace(".", "").isdigit() and any(
                    "\u4e00" <= ch <= "\u9fff" for ch in w):
                counts[w] += 1
    s = pd.Series(counts, dtype="int64")
    if s.empty:
        return s
    return s.sort_index().sort_values(ascending=False, kind="stable")


def with_report_meta(table: pd.DataFrame, reports: pd.DataFrame,
                     columns: tuple[str, ...] = ("year", "agency", "agency_type", "level", "tier", "style")):
    """``table`` (with report_id) joined to report metadata columns it does not yet have."""
    cols = [c for c in columns if c in reports.columns and c not in table.columns]
    return table.merge(reports[["report_id", *cols]], on="report_id", how="left")


def describe_corpus(reports: pd.DataFrame) -> str:
    """One paragraph: how many reports, agencies, years and styles, and what that can support."""
    n = len(reports)
    agencies = reports["agency"].dropna().nunique() if "agency" in reports else 0
    years = reports["year"].dropna()
    span = f"{int(years.min())}–{int(years.max())}" if len(years) else "no known year"
    repeats = int((reports.dropna(subset=["agency"]).groupby("agency").size() > 1).sum()) if agencies else 0
    lines = [f"{n} reports from {agencies} named agencies, covering {span}; "
             f"{repeats} agencies appear in more than one report."]
    if n < 30:
        lines.append("This is too few reports for inference: the figures describe these reports only, "
                     "and regressions are estimated only where the data allow (otherwise the notebook "
                     "says why).")
    if repeats == 0:
        lines.append("No agency repeats, so nothing here separates change over time from differences "
                     "between agencies.")
    text = " ".join(lines)
    print(text)
    return text


def tokens_of(table: pd.DataFrame, *, id_col: str = "problem_id", backend: str = "rjieba") -> pd.DataFrame:
    """A ``tokens``-shaped table (report_id, section_id, tokens, n_tokens) for short texts
    such as problem statements: ``section_id`` holds ``table[id_col]``. Stopwords are kept
    (keyness drops them)."""
    from ..zh import Tokenizer

    tok = Tokenizer(backend=backend)
    toks = [tok.tokenize(t) if isinstance(t, str) else [] for t in table["text"]]
    return pd.DataFrame({"report_id": table["report_id"].to_numpy(),
                         "section_id": table[id_col].to_numpy() if id_col in table else "",
                         "tokens": toks, "n_tokens": [len(t) for t in toks]})


def period_groups(reports: pd.DataFrame, *, column: str = "year") -> tuple[pd.Series, str]:
    """report_id → "earlier"/"later" (split at the median covered year; later = after it),
    and a sentence describing the split. Reports without a year get no group."""
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


def checks_summary(checks: pd.DataFrame) -> pd.DataFrame:
    """Per rule: how many checks passed, failed, or could not be checked (``ok`` missing:
    a cell the identity needs was not found)."""
    ok = checks["ok"].astype("boolean")
    result = pd.Series(np.select([ok.eq(True).fillna(False).to_numpy(bool), ok.eq(False).fillna(False).to_numpy(bool)],
                                 ["passed", "failed"], "not checkable"), index=checks.index)
    out = pd.crosstab(checks["rule"], result)
    for c in ("passed", "failed", "not checkable"):
        if c not in out.columns:
            out[c] = 0
    return out[["passed", "failed", "not checkable"]]


def failed_checks(checks: pd.DataFrame) -> pd.DataFrame:
    """The checks that failed (``ok`` is False; missing ``ok`` is not a failure)."""
    return checks[checks["ok"].astype("boolean").eq(False).fillna(False).to_numpy(bool)]
