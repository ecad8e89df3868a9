"""Prose figures: seeds, Chinese numerals, approximations, none statements, breakdowns, annexes."""

from __future__ import annotations

import pytest

from gdrkit.extract.annex import read_annex, split_year_cumulative
from gdrkit.extract.figures import extract_report, is_headline

from conftest import by_file


def _headline(corpus, file: str) -> dict:
    f = corpus.figures()
    rid = by_file(corpus, file)["report_id"]
    g = f[(f.report_id == rid) & f.qualifier.map(is_headline) & ~f.measure.str.contains(".", regex=False)]
    return dict(zip(g.measure, g.value))


def _prose(text: str, **kw) -> dict:
    rows, _ = extract_report(text, **kw)
    return {r["measure"]: r for r in rows if r["qualifier"] == ""}


@pytest.mark.parametrize("file, expected", [
    ("000_46aca74da5115982.txt", {"applications_received": 1, "reconsiderations": 0, "lawsuits": 0}),
    ("001_0ced3da2aecd6f3a.txt", {"proactive_items": 227}),
    ("002_d2cdc19c69bd6f1e.txt", {"proactive_items": 101, "applications_received": 0, "fees_yuan": 0}),
    ("003_cc707d8ae19cac44.txt", {"applications_received": 0, "fees_yuan": 0, "reconsiderations": 0, "lawsuits": 0}),
])
def test_seed_figures(seed_corpus, file, expected):
    got = _headline(seed_corpus, file)
    for k, v in expected.items():
        assert got.get(k) == v, (k, got.get(k))


def test_seed_001_channel_and_subcolumn_are_candidates_not_headline(seed_corpus):
    f = seed_corpus.figures()
    rid = by_file(seed_corpus, "001_0ced3da2aecd6f3a.txt")["report_id"]
    g = f[(f.report_id == rid) & (f.measure == "proactive_items")]
    assert set(g[g.qualifier == ""].value) == {227}
    # one website of several channels (its 栏目 are counted too): a part, not the total
    assert g[g.value == 69].qualifier.tolist() == ["channel"]


def test_seed_002_breakdowns_are_qualified(seed_corpus):
    f = seed_corpus.figures()
    rid = by_file(seed_corpus, "002_d2cdc19c69bd6f1e.txt")["report_id"]
    g = f[(f.report_id == rid) & (f.measure == "proactive_items")]
    bd = g[g.qualifier.str.startswith("breakdown")]
    assert 24 in set(bd.value) and any("法规公文" in q for q in bd.qualifier)


def test_seed_004_nothing_invented(seed_corpus):
    got = _headline(seed_corpus, "004_5a314498553702da.txt")
    for m in ("applications_received", "proactive_items", "fees_yuan", "reconsiderations", "lawsuits"):
        assert m not in got


def test_chinese_numerals_and_approximations():
    p = _prose("一、概述。全年主动公开政府信息一百零一条。")
    assert p["proactive_items"]["value"] == 101 and not p["proactive_items"]["approx"]
    p = _prose("市政府网站主动公开各类政\n府信息 5500 余条。")
    assert p["proactive_items"]["value"] == 5500 and p["proactive_items"]["approx"]
    # 累计 with the report's year is the year's count; without it, a stock (not stated)
    p = _prose("2025年,我区累计主动公开政府信息7700多条。", year=2025)
    assert p["proactive_items"]["value"] == 7700 and p["proactive_items"]["approx"]
    assert "proactive_items" not in _prose("累计主动公开政府信息7700多条。", year=2025)


def test_none_statements():
    p = _prose("2019年未发生涉及政府信息公开的行政复议、行政诉讼案件。2019年未收到政府信息公开申请。"
               "2021年未收取信息处理费。")
    assert p["reconsiderations"]["value"] == 0 and p["lawsuits"]["value"] == 0
    assert p["applications_received"]["value"] == 0 and p["fees_yuan"]["value"] == 0


def test_agency_wide_counts_lose_to_the_disclosure_statement():
    p = _prose("2014年,河北省教育厅共受理行政复议1起,行政诉讼1起,没有因政府信息公开而被提起的行政复议或行政诉讼。")
    assert p["reconsiderations"]["value"] == 0 and p["lawsuits"]["value"] == 0


def test_combined_count_is_not_a_headline():
    rows, _ = extract_report("2017年省人社厅涉及政府信息公开的行政复议和行政诉讼案件共2件,予以驳回。")
    assert not [r for r in rows if r["measure"] == "lawsuits" and r["qualifier"] == ""]
    assert [r for r in rows if r["qualifier"].startswith("combined")]


def test_fees_in_yuan():
    p = _prose("全年收取政府信息公开信息处理费 3940 元。")
    assert p["fees_yuan"]["value"] == 3940


def test_year_and_cumulative_split_by_rule():
    assert split_year_cumulative("294981916") == (2949, 81916)
    assert split_year_cumulative("728") == (7, 28)
    assert split_year_cumulative("4251516") == (425, 1516)
    assert split_year_cumulative("01") == (0, 1)


def test_pingtan_annex(shared_corpus):
    t = by_file(shared_corpus, "pingtan-archive__ptx-2013.txt")["text"]
    v = {a.measure: a for a in read_annex(t)}
    assert v["proactive_items"].value == 1853 and "split by rule" in v["proactive_items"].qualifier
    assert v["applications_received"].value == 7
    assert v["applications_granted"].value == 2  # "条2192." = 2 | 19, then item 2.
    got = _headline(shared_corpus, "pingtan-archive__ptx-2013.txt")
    assert got["applications_received"] == 7 and got["applications_partial"] == 1


def test_hebei_one_value_per_line_annex(shared_corpus):
    got = _headline(shared_corpus, "hebei-spider__jyt-2018-table.txt")
    assert got["proactive_items"] == 1683 and got["applications_received"] == 1
    assert got["reconsiderations"] == 1 and got["lawsuits"] == 5 and got["fees_yuan"] == 0


def test_prose_wins_over_annex_and_is_checked(shared_corpus):
    got = _headline(shared_corpus, "pingtan-archive__ptq-2013.txt")
    assert got["proactive_items"] == 4970 and got["reconsiderations"] == 1
    ch = shared_corpus.checks()
    rid = by_file(shared_corpus, "pingtan-archive__ptq-2013.txt")["report_id"]
    bad = ch[(ch.report_id == rid) & (ch.rule == "prose_vs_annex.proactive_items")]
    assert len(bad) == 1 and not bad.iloc[0].ok
