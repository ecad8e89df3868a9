"""Keyword in context over reports, sections and problem statements."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from gdrkit.analysis.kwic import KWIC_COLUMNS, kwic

from conftest import by_file


def test_kwic_reports(seed_corpus):
    k = seed_corpus.kwic("人员", window=10)
    assert list(k.columns) == KWIC_COLUMNS + ["agency_id", "agency_name", "agency", "year", "tier"]  # the report's
    texts = seed_corpus.reports.set_index("report_id").text
    assert len(k) == sum(t.count("人员") for t in texts)
    for r in k.itertuples():
        t = texts[r.report_id]
        assert t[r.start:r.end] == r.match == "人员"
        assert t[max(0, r.start - 10):r.start].replace("\n", " ") == r.left
        assert len(r.right) <= 10
    # the seed 004 states 人员紧缺 as its third problem
    rid = by_file(seed_corpus, "004_5a314498553702da.txt").report_id
    assert "紧缺" in "".join(k[k.report_id == rid].right)


def test_kwic_sections_keep_section_ids(seed_corpus):
    k = seed_corpus.kwic("存在问题", by="section")
    assert (k.section_id != "").all()
    secs = seed_corpus.sections().set_index("section_id")
    assert {secs.loc[s, "kind"] for s in k.section_id} >= {"problems"}


def test_kwic_regex_and_problems(seed_corpus):
    k = kwic(seed_corpus.reports, re.compile(r"不够\w{1,2}"), window=5)
    assert {"不够到位", "不够及时"} <= set(k.match)
    k2 = kwic(seed_corpus.reports, r"不够\w{1,2}", window=5, regex=True)
    pd.testing.assert_frame_equal(k, k2)
    p = kwic(seed_corpus.problems(), "不够")  # any table with report_id and text
    assert len(p) >= 4 and (p.section_id != "").all()  # problems carry their section


def test_kwic_literal_and_errors():
    units = pd.DataFrame({"report_id": ["a"], "text": ["共收到申请(含网上)3件。\n申请(含网上)"]})
    k = kwic(units, "申请(含网上)", window=3)
    assert k.start.tolist() == [3, 14]
    assert k.left.tolist() == ["共收到", "件。 "]
    with pytest.raises(ValueError):
        kwic(units, "")
    with pytest.raises(ValueError):
        kwic(units.drop(columns="text"), "申请")


def test_corpus_kwic_regex_and_one_row_per_match_by_section(seed_corpus):
    by_report = seed_corpus.kwic("公开|申请", regex=True)
    assert len(by_report) == len(kwic(seed_corpus.reports, "公开|申请", regex=True)) > 300
    assert len(seed_corpus.kwic("公开|申请")) == 0  # a literal string unless regex=True
    by_section = seed_corpus.kwic("公开|申请", regex=True, by="section")
    # each match once (sections nest), at the same offsets in reports.text
    pd.testing.assert_frame_equal(by_section.drop(columns="section_id"), by_report.drop(columns="section_id"))
    secs = seed_corpus.sections()
    for hit in by_section.sample(60, random_state=0).itertuples():
        holding = secs[(secs.report_id == hit.report_id) & (secs.start <= hit.start) & (hit.start < secs.end)]
        want = holding.sort_values(["depth", "start"]).section_id.iloc[-1] if len(holding) else ""
        assert hit.section_id == want
        text = seed_corpus.reports.set_index("report_id").loc[hit.report_id, "text"]
        assert text[hit.start:hit.end] == hit.match
    with pytest.raises(ValueError, match="by must be 'report', 'section' or 'agency', not 'reports'"):
        seed_corpus.kwic("公开", by="reports")


def test_kwic_rows_carry_agency_year_and_tier(shared_corpus):
    k = shared_corpus.kwic("人员", window=8)
    reports = shared_corpus.reports.set_index("report_id")
    assert len(k) > 50
    for c in ("agency", "year", "tier"):
        want = reports.loc[k["report_id"], c]
        assert (k[c].isna().to_numpy() == want.isna().to_numpy()).all()
        assert (k[c].dropna().to_numpy() == want.dropna().to_numpy()).all(), c
    assert str(k["year"].dtype) == "Int64"
    s = shared_corpus.kwic("人员", window=8, by="section")
    assert list(s.columns) == list(k.columns) and s["agency"].equals(k["agency"])


def test_kwic_by_agency_counts_matches_per_agency(shared_corpus):
    """by="agency": one row per agency (agency_id where the reports have it, else the name
    as printed), the matches and the reports with one; duplicates left out (淮安 2024 as
    PDF and text counts once), an annex with its report."""
    from gdrkit.analysis.kwic import kwic_by_agency
    from gdrkit.meta.keys import agency_key_column

    g = shared_corpus.kwic("依申请", by="agency")
    key = agency_key_column(shared_corpus.reports)
    assert list(g.columns)[:1] == [key] and {"n_matches", "n_reports", "reports", "share_reports", "years",
                                             "example"} <= set(g.columns)
    assert g["n_matches"].is_monotonic_decreasing and g[key].is_unique
    hits = shared_corpus.kwic("依申请")
    copies = set(shared_corpus.reports.loc[shared_corpus.reports["duplicate_of"].notna(), "report_id"])
    assert g["n_matches"].sum() == (~hits["report_id"].isin(copies)).sum()
    panel = shared_corpus.panel()
    assert g["reports"].sum() == len(panel) + shared_corpus.reports["annex_of"].notna().sum()
    assert key == "agency_id"
    huaian = g.set_index(key).loc["320800:人民政府"]
    assert huaian["agency_name"] == "淮安市人民政府"
    one = hits[hits["report_id"] == by_file(shared_corpus, "govnianbao__huaian-2024.pdf")["report_id"]]
    assert (huaian["reports"], huaian["n_reports"], huaian["n_matches"]) == (1, 1, len(one))
    assert huaian["years"] == "2024" and "【依申请】" in huaian["example"]
    # a synthetic table: agency_id groups two printed names; an agency without a match is a row of 0
    reports = pd.DataFrame({"report_id": ["a", "b", "c", "d"], "agency": ["省科技厅", "河北省科学技术厅", "乙局", None],
                            "agency_id": ["130000:科学技术厅", "130000:科学技术厅", "x:乙局", None],
                            "agency_name": ["河北省科学技术厅"] * 2 + ["乙局", None],
                            "year": pd.array([2020, 2021, 2021, None], dtype="Int64"),
                            "text": ["申请申请", "无", "无", "申请"]})
    t = kwic_by_agency(kwic(reports, "申请", window=1), reports)
    t = t.astype(object).where(t.notna(), None)  # missing text as None
    assert t.to_dict("list") == {
        "agency_id": ["130000:科学技术厅", None, "x:乙局"], "agency_name": ["河北省科学技术厅", None, "乙局"],
        "n_matches": [2, 1, 0], "n_reports": [1, 1, 0], "reports": [2, 1, 1], "share_reports": [0.5, 1.0, 0.0],
        "years": ["2020", "", ""], "example": ["【申请】申", "【申请】", ""]}
