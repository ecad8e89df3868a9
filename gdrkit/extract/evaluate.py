"""Agreement of extracted headline figures with hand-checked expectations.

The expectations are a CSV with columns file, measure, value (``NA`` = the report does
not state it), approx, quote, note (tests/fixtures/figures_expected.csv); an optional
corrections CSV (file, measure, value, reason) overrides single values.

The command-line report of the agreement per measure and per source family is a
developer script, ``scripts/agreement.py``.
"""

from __future__ import annotations

import os

import numpy as np
import pandas as pd

from .figures import is_headline

__all__ = ["headline_values", "load_expectations", "agreement", "agreement_table", "source_family"]


def headline_values(figures: pd.DataFrame) -> pd.DataFrame:
    """One value per report and measure: the headline figure (see ``is_headline``).

    Returns
    -------
    DataFrame
        report_id, measure, value, approx, evidence.
    """
    h = figures[figures["qualifier"].map(is_headline) & ~figures["measure"].str.contains(".", regex=False)]
    h = h.drop_duplicates(["report_id", "measure"], keep="first")
    return h[["report_id", "measure", "value", "approx", "evidence"]].reset_index(drop=True)


def load_expectations(path: str | os.PathLike, *, corrections: str | os.PathLike | None = None) -> pd.DataFrame:
    """Hand-checked values, with corrections applied.

    Parameters
    ----------
    path : str or Path
        The expectations CSV (file, measure, value, ...).
    corrections : str or Path, optional
        A corrections CSV (file, measure, value, reason) whose values replace those of
        the expectations. None: no corrections. A path given must exist: a misspelt
        name would otherwise leave the corrections silently unapplied.

    Returns
    -------
    DataFrame
        file, measure, value (float, NaN where the report states nothing), corrected (bool).

    Raises
    ------
    FileNotFoundError
        When ``path``, or a ``corrections`` path that was given, does not exist.
    """
    if corrections is not None and not os.path.isfile(corrections):
        raise FileNotFoundError(f"corrections file not found: {os.fspath(corrections)}")
    e = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    e["value"] = pd.to_numeric(e["value"].replace({"NA": np.nan, "": np.nan}), errors="coerce")
    e["corrected"] = False
    if corrections is not None:
        c = pd.read_csv(corrections, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        for r in c.itertuples(index=False):
            m = (e["file"] == r.file) & (e["measure"] == r.measure)
            e.loc[m, "value"] = np.nan if r.value in ("NA", "") else float(r.value)
            e.loc[m, "corrected"] = True
    return e[["file", "measure", "value", "corrected"]]


def agreement(reports: pd.DataFrame, figures: pd.DataFrame, expected: pd.DataFrame) -> pd.DataFrame:
    """Row-level comparison of extracted headline values with expectations.

    Returns
    -------
    DataFrame
        file, measure, expected, extracted, agree (both NaN, or equal values), evidence.
    """
    h = headline_values(figures).merge(reports[["report_id", "file"]], on="report_id")
    m = expected.merge(h[["file", "measure", "value", "evidence"]].rename(columns={"value": "extracted"}),
                       on=["file", "measure"], how="left")
    m = m[m["file"].isin(set(reports["file"]))]
    m = m.rename(columns={"value": "expected"})
    both_na = m["expected"].isna() & m["extracted"].isna()
    m["agree"] = both_na | np.isclose(m["expected"].fillna(-1e18), m["extracted"].fillna(-2e18))
    return m[["file", "measure", "expected", "extracted", "agree", "evidence"]].reset_index(drop=True)


def source_family(file: str) -> str:
    """The source family of a file name: the part before ``__`` (``hebei-spider``,
    ``pingtan-archive``, ``kirogovcompare``, ``govnianbao``), or ``seeds`` for the
    embedded seed reports (``000_46aca74da5115982.txt``)."""
    name = os.path.basename(str(file))
    return name.split("__", 1)[0] if "__" in name else "seeds"


def agreement_table(rows: pd.DataFrame, *, by: str | list[str] = "measure") -> pd.DataFrame:
    """Agreement from :func:`agreement` rows, per measure (or per ``by`` columns; the
    pseudo-column ``"family"`` is the file's :func:`source_family`).

    Returns
    -------
    DataFrame
        the ``by`` columns, then n (rows), agree (rows that agree, NA = NA included),
        rate (agree / n), n_stated (rows whose expected value is stated), agree_stated,
        found (stated values extracted right: the same as agree_stated), recall
        (found / n_stated), n_extracted (rows with an extracted value), wrong (extracted
        values that differ from the expected one, or where the report states none),
        wrong_rate (wrong / n_extracted).
    """
    keys = [by] if isinstance(by, str) else list(by)
    g = rows.assign(stated=rows["expected"].notna(), extracted_any=rows["extracted"].notna())
    if "family" in keys and "family" not in g.columns:
        g["family"] = g["file"].map(source_family)
    g["agree_stated"] = g["agree"] & g["stated"]
    g["wrong"] = g["extracted_any"] & ~g["agree"]
    out = g.groupby(keys).agg(n=("agree", "size"), agree=("agree", "sum"), n_stated=("stated", "sum"),
                              agree_stated=("agree_stated", "sum"), n_extracted=("extracted_any", "sum"),
                              wrong=("wrong", "sum"))
    out = out.astype(int)
    out["rate"] = out["agree"] / out["n"]
    out["found"] = out["agree_stated"]
    out["recall"] = out["found"] / out["n_stated"].where(out["n_stated"] > 0)
    out["wrong_rate"] = out["wrong"] / out["n_extracted"].where(out["n_extracted"] > 0)
    cols = ["n", "agree", "rate", "n_stated", "agree_stated", "found", "recall", "n_extracted", "wrong",
            "wrong_rate"]
    return out.reset_index()[keys + cols]
