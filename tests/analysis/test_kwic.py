"""Keyword in context over reports, sections and problem statements."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from gdrkit.analysis.kwic import KWIC_COLUMNS, kwic

from conftest import by_file


def test_kwic_reports(seed_corpus):
    k = seed_corpus.kwic("人员", window=10)
    assert list(k.columns) == KWIC_COLUMNS
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
    with pytest.raises(ValueError, match="by must be 'report' or 'section', not 'reports'"):
        seed_corpus.kwic("公开", by="reports")
