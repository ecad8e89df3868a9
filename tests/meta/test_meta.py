"""Metadata read from the text, checked against a careful reading of every real report
(tests/fixtures/meta_expected.csv, hand-made from the texts, not from the manifest)."""

from __future__ import annotations

import pandas as pd
import pytest

from gdrkit.meta import agency_level, place_names, published_date, report_style, report_year

from conftest import FIXTURES, by_file

EXPECTED = pd.read_csv(FIXTURES / "meta_expected.csv", dtype=str, keep_default_na=False)


def test_seed_years_and_agencies(seed_corpus):
    years = {r.file[:3]: r.year for r in seed_corpus.reports.itertuples()}
    assert years == {"000": 2013, "001": 2011, "002": 2013, "003": 2010, "004": 2009}
    assert by_file(seed_corpus, "000_46aca74da5115982.txt").agency == "宁波市镇海区城市管理局"
    assert by_file(seed_corpus, "001_0ced3da2aecd6f3a.txt").agency == "亳州市城市管理局"
    assert by_file(seed_corpus, "002_d2cdc19c69bd6f1e.txt").agency == "审管办"
    r3 = by_file(seed_corpus, "003_cc707d8ae19cac44.txt")
    assert (r3.agency, r3.level, r3.city, r3.county, r3.published) == ("琅琊镇", "乡镇", "金华市", "婺城区", "2014-08-13")
    assert pd.isna(by_file(seed_corpus, "004_5a314498553702da.txt").agency)  # masked **区: not guessed
    assert by_file(seed_corpus, "004_5a314498553702da.txt").kind == "self_inspection"
    assert by_file(seed_corpus, "000_46aca74da5115982.txt").kind == "summary"


def test_year_is_covered_not_published():
    assert report_year("金华市婺城区琅琊镇2010年政府信息公开工作年度报告\n日期:2014-08-13") == 2010
    assert report_year("平潭综合实验区管委会办公室 二〇一三年一月 本报告…统计期限自2012年1月1日起") == 2012
    assert report_year("二O一三年,为进一步响应") == 2013
    assert report_year("为进一步响应") is None


def test_dates_in_chinese_numerals():
    assert published_date("……工作。\n二○一一年二月二十五日") == "2011-02-25"
    assert published_date("正文。\n河北省教育厅\n2014年1月16日") == "2014-01-16"


def test_levels():
    assert agency_level("河北省科学技术厅") == ("部门", "department", "省级")
    assert agency_level("平潭县人民政府")[0] == "县级"
    assert agency_level("淮安市人民政府")[0] == "市级"
    assert agency_level("金华市婺城区琅琊镇")[0] == "乡镇"
    assert agency_level(None) == (None, None, None)
    assert place_names("宁波市镇海区城市管理局") == (None, "宁波市", "镇海区")


def test_style_markers():
    assert report_style("(六)其他处理 1.申请人无正当理由逾期不补正", 2021) == "template2021"
    assert report_style("一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2", 2019) == "template2019"
    assert report_style("全年主动公开政府信息766条", 2012) == "narrative"


def _compare(shared_corpus, seed_corpus, col):
    reports = pd.concat([seed_corpus.reports, shared_corpus.reports])
    m = EXPECTED.merge(reports, on="file", suffixes=("_exp", ""))
    got = m[col].astype(object).where(m[col].notna(), "").astype(str)
    return m, got, m[f"{col}_exp"]


def test_real_reports_every_file_accounted_for(shared_corpus, shared_raw):
    files = sorted(p.name for p in shared_raw.iterdir() if p.suffix in (".txt", ".pdf"))
    assert sorted(shared_corpus.reports["file"]) == files
    assert shared_corpus.errors.empty


def test_real_reports_year(shared_corpus, seed_corpus):
    m, got, exp = _compare(shared_corpus, seed_corpus, "year")
    txt = m["file"].str.endswith(".txt") & ~m["file"].str[0].str.isdigit()
    right = (got == exp)[txt]
    assert len(right) == 54 and right.sum() >= 52, list(m["file"][txt][~right])


@pytest.mark.parametrize("col,minimum", [("style", 0.95), ("kind", 0.95), ("published", 0.9),
                                         ("level", 0.9), ("city", 0.9)])
def test_real_reports_metadata(shared_corpus, seed_corpus, col, minimum):
    m, got, exp = _compare(shared_corpus, seed_corpus, col)
    share = (got == exp).mean()
    assert share >= minimum, list(zip(m["file"][got != exp], got[got != exp], exp[got != exp]))


def test_real_reports_agency_named_or_empty(shared_corpus, seed_corpus):
    m, got, exp = _compare(shared_corpus, seed_corpus, "agency")
    # the agency as the text names it: exact, or the same name written shorter (省教育厅 / 河北省教育厅)
    ok = [(g == e) or (g and e and (g in e or e in g)) or (not e and not g) for g, e in zip(got, exp)]
    assert sum(ok) / len(ok) >= 0.9, [(f, g, e) for f, g, e, k in zip(m["file"], got, exp, ok) if not k]
    # never invented: where the reader found no agency, none is given
    assert all(g == "" for g, e in zip(got, exp) if e == "")


def test_real_reports_province_when_named(shared_corpus, seed_corpus):
    m, got, exp = _compare(shared_corpus, seed_corpus, "province")
    named = ~m["note"].str.contains("implied|not named", regex=True)
    assert ((got == exp)[named]).mean() >= 0.9
    assert (got[~named] == "").all() or (got[~named] == exp[~named]).all()
