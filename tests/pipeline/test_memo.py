"""Corpus.subset (gdrkit.pipeline.memo): every table of a subset is its parent's, filtered
to the reports kept."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import gdrkit

from conftest import by_file

PER_REPORT = ("sections", "figures", "problems")


def _same(a: pd.DataFrame, b: pd.DataFrame, name: str) -> None:
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), obj=name)


def _filtered(table: pd.DataFrame, ids) -> pd.DataFrame:
    return table[table["report_id"].isin(set(ids))]


def test_a_subset_by_mask_filters_every_table(shared_corpus):
    mask = shared_corpus.reports["year"] >= 2022  # an unknown year (the annex) is not selected
    sub = shared_corpus.subset(mask)
    assert isinstance(sub, gdrkit.Corpus) and sub.reports.index.equals(shared_corpus.reports.index[mask.fillna(False)])
    ids = sub.reports["report_id"]
    assert len(sub) == 22 and sub.reports["year"].ge(2022).all()
    for name in PER_REPORT:
        _same(getattr(sub, name)(), _filtered(getattr(shared_corpus, name)(), ids), name)
    _same(sub.panel(), _filtered(shared_corpus.panel(), ids), "panel")
    _same(sub.panel(duplicates=True), _filtered(shared_corpus.panel(duplicates=True), ids), "panel(duplicates=True)")
    checks = sub.checks()
    _same(checks, _filtered(shared_corpus.checks(), ids), "checks")
    # the checks across years of a kept report name the earlier one even when it is not kept (2021)
    assert checks["evidence"].str.contains("2021 pingtan-archive__ptq-2021.txt", regex=False).any()
    assert shared_corpus.errors.equals(sub.errors)
    assert sub.tables(tokens=False)["figures"]["report_id"].isin(ids).all()


def test_a_subset_by_query_before_the_parent_computed_anything(shared_raw, cache_dir):
    """A fresh corpus: the subset computes its per-report tables for its reports alone
    (the same rows), and takes the panel and checks from its parent; the 河北 education
    report keeps the values its annex filled though the annex is not in the subset."""
    fresh = gdrkit.load_corpus(shared_raw, cache_dir=cache_dir, progress=False)
    sub = fresh.subset("agency == '河北省教育厅'")
    assert "figures" not in fresh._tables  # nothing computed on the parent yet
    ids = sub.reports["report_id"]
    assert set(sub.reports["file"]) >= {"hebei-spider__jyt-2018.txt", "hebei-spider__jyt-2023.txt"}
    assert "hebei-spider__jyt-2018-table.txt" not in set(sub.reports["file"])  # no agency: not selected
    figs = sub.figures()
    assert "figures" not in fresh._tables or len(fresh._tables["figures"]) > len(figs)
    _same(figs, _filtered(fresh.figures(), ids), "figures")
    row = sub.panel().set_index("file").loc["hebei-spider__jyt-2018.txt"]
    assert row["applications_granted"] == 0 and "annex hebei-spider__jyt-2018-table.txt" in row["filled_from"]
    assert not figs["report_id"].eq(by_file(fresh, "hebei-spider__jyt-2018-table.txt")["report_id"]).any()
    _same(sub.checks(), _filtered(fresh.checks(), ids), "checks")


def test_replacing_a_subsets_reports_makes_it_a_corpus_of_its_own(seed_corpus):
    sub = seed_corpus.subset(np.arange(len(seed_corpus)) < 3)
    assert len(sub) == 3 and len(sub.panel()) == 3
    sub.reports = sub.reports.iloc[:2]
    assert len(sub.panel()) == 2 and "_parent" not in sub._tables
    assert sub.panel()["report_id"].tolist() == seed_corpus.reports["report_id"].iloc[:2].tolist()


def test_tokens_of_a_subset(seed_corpus):
    seed_corpus.tokens()  # computed on the parent: the subset takes its rows
    sub = seed_corpus.subset(seed_corpus.reports["file"] != "000_46aca74da5115982.txt")
    _same(sub.tokens(), _filtered(seed_corpus.tokens(), sub.reports["report_id"]), "tokens")
    assert len(sub.tokens()) == len(seed_corpus) - 1


@pytest.mark.parametrize("bad", [[True, False], np.ones(5, dtype=int), pd.Series([True] * 5, index=range(10, 15)), 3])
def test_a_bad_mask_is_refused(seed_corpus, bad):
    with pytest.raises(ValueError, match="subset: "):
        seed_corpus.subset(bad)
