"""Statistics annexes linked to their reports (gdrkit.meta.annex): reports.annex_of."""

from __future__ import annotations

import pandas as pd
import pytest

from gdrkit.meta.annex import annex_stem, link_annexes

from conftest import by_file


@pytest.mark.parametrize("name, stem", [
    ("hebei-spider__jyt-2018-table.txt", "hebei-spider__jyt-2018"),
    ("jyt-2018_table.txt", "jyt-2018"), ("jyt-2018table.txt", "jyt-2018"), ("jyt-2018-Tables2.pdf", "jyt-2018"),
    ("2015年报告附件.pdf", "2015年报告"), ("2015年报告附件1.pdf", "2015年报告"), ("2015年报告(附表).docx", "2015年报告"),
    ("2015年年报统计表.txt", "2015年年报"), ("2015年年报-情况统计表.txt", "2015年年报"), ("r_annex.html", "r"),
    ("jyt-2018.txt", None), ("统计表.txt", None), ("stable-2018.txt", None)])
def test_annex_file_names(name, stem):
    assert annex_stem(name) == stem


def _table(**cols) -> pd.DataFrame:
    n = len(cols["path"])
    base = {"report_id": [f"r{i}" for i in range(n)], "kind": ["report"] * n, "agency": [None] * n,
            "year": pd.array([None] * n, dtype="Int64"), "duplicate_of": [None] * n}
    return pd.DataFrame({**base, **cols})


def test_annex_linked_by_agency_and_year_first_then_by_file_name():
    r = _table(path=["/a/x-2018.txt", "/a/x-2018-table.txt", "/a/y.txt", "/b/stats.txt", "/b/z-2019.txt",
                     "/b/z-2019统计表.txt", "/c/z-2019.txt"],
               kind=["report", "statistics", "report", "statistics", "report", "statistics", "report"],
               agency=["甲厅", None, "乙厅", "乙厅", None, None, None],
               year=pd.array([2018, None, 2016, 2016, 2019, None, 2019], dtype="Int64"))
    # x-2018-table: no agency or year, its file name; stats.txt: 乙厅 2016 (another name);
    # z-2019统计表: only z-2019.txt in its own folder (not /c's)
    assert link_annexes(r) == [None, "r0", None, "r2", None, "r4", None]
    # agency_id where filled is the agency
    r2 = r.assign(agency_id=["1:甲", None, "1:乙", "1:乙", None, None, None], agency=["甲", None, "乙厅", "乙", *[None] * 3])
    assert link_annexes(r2)[3] == "r2"


def test_annex_not_linked_when_ambiguous_or_to_a_duplicate():
    r = _table(path=["/a/x.txt", "/a/x.pdf", "/a/x-table.txt", "/a/w.txt", "/a/w-copy.txt", "/a/v-table.txt"],
               kind=["report", "report", "statistics", "report", "report", "statistics"],
               agency=["甲", "甲", None, "乙", "乙", "乙"], year=pd.array([1, 1, None, 2, 2, 2], dtype="Int64"),
               duplicate_of=[None, None, None, None, "r3", None])
    # x-table: x.txt and x.pdf both match its name; v-table: 乙 year 2, the duplicate w-copy not counted
    assert link_annexes(r) == [None, None, None, None, None, "r3"]
    assert link_annexes(r.drop(columns="kind")) == [None] * 6
    assert link_annexes(r.iloc[:0]) == []


def test_the_hebei_education_annex_is_linked_to_its_report(shared_corpus):
    """jyt-2018-table.txt (统计指标/单位/…: no agency, no year in its text) is the annex of
    jyt-2018.txt."""
    annex = by_file(shared_corpus, "hebei-spider__jyt-2018-table.txt")
    assert annex["kind"] == "statistics" and pd.isna(annex["agency"]) and pd.isna(annex["year"])
    assert annex["annex_of"] == by_file(shared_corpus, "hebei-spider__jyt-2018.txt")["report_id"]
    assert shared_corpus.reports["annex_of"].notna().sum() == 1
    cols = list(shared_corpus.reports.columns)
    assert cols[cols.index("duplicate_of") + 1] == "annex_of"
