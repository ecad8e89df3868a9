"""Whose count and which period (gdrkit.extract.scopes, gdrkit.extract.periods and the agency's
own over its area's in gdrkit.extract.caseload), on passages written for the tests."""

from __future__ import annotations

import pytest
from _passages import read

from gdrkit.extract.periods import years_spanned

OWN = "(judgement: the agency's own, not the whole area's)"


def test_an_area_subject_goes_on_through_a_clause_that_names_only_its_noun():
    """全市各级行政机关共受理…1260件,行政复议45件、行政诉讼20件,共收取…0.2万元: the whole sentence is
    the city's; the office's own fee is the none said of it later (0), not the city's 2,000 yuan."""
    text = ("青山市人民政府办公室2021年政府信息公开工作年度报告\n一、总体情况\n"
            "2021年，全市各级行政机关共受理政府信息公开申请1260件，行政复议45件、行政诉讼20件，"
            "共收取信息处理费0.2万元。市政府办公室受理政府信息公开申请36件，被申请行政复议2件，"
            "被提起行政诉讼1件（复议后起诉）。\n二、其他需要报告的事项\n市政府办公室本年度未收取信息处理费。")
    sts, figs, _ = read(text, 2021)
    assert {"reconsiderations count 45 [area;disclosure_context] @overview «45件»",
            "lawsuits count 20 [area;disclosure_context] @overview «20件»",
            "fees count 2000 [area;disclosure] @overview «0.2万元»"} <= set(sts)
    assert {"fees_yuan 0", f"reconsiderations 2 {OWN}", f"lawsuits 1 {OWN}", f"applications_received 36 {OWN}",
            "fees_yuan 2000 (the whole area (the agency's own stated for another measure))"} <= set(figs)


def test_an_aside_of_the_area_does_not_lend_its_scope_to_the_replies_after_it():
    """受理申请19件(全区共受理236件),办理结果为:予以公开11件,…: the replies are the office's."""
    text = ("云溪区人民政府办公室2020年政府信息公开工作年度报告\n二、收到和处理政府信息公开申请情况\n"
            "区政府办公室受理政府信息公开申请14件（全区共受理198件），办理结果为：予以公开9件，部分公开2件，"
            "无法提供3件，均已在年内办结。")
    _, figs, _ = read(text, 2020)
    assert {"applications_granted 9", "applications_partial 2", "applications_unable 3"} <= set(figs)


def test_a_part_beside_its_whole_stays_a_part_when_the_own_count_is_chosen():
    """被提起行政诉讼5件(其中复议后起诉2件) beside the county's 31: the bureau's suits are the 5."""
    text = ("丰林县人力资源和社会保障局2020年政府信息公开工作年度报告\n三、行政复议和行政诉讼情况\n"
            "本局因政府信息公开被申请行政复议2件，被提起行政诉讼5件（其中复议后起诉2件），均维持原答复。"
            "全县各级行政机关共被提起行政诉讼31件。")
    _, figs, _ = read(text, 2020)
    assert f"lawsuits 5 {OWN}" in figs and "lawsuits 2 (breakdown)" in figs
    assert "lawsuits 2" not in figs and "lawsuits 31" not in figs


@pytest.mark.parametrize("span, year, spanned", [
    ("2013年12月1日至2014年11月30日", 2014, False),  # the old reporting year, December to November
    ("2013年10月至2014年9月", 2014, False),
    ("2013年1月至2014年6月", 2014, True),  # eighteen months
    ("2012年12月1日至2013年11月30日", 2014, True),  # twelve months, but the year before the report's
    ("2016—2018年", 2018, True),
])
def test_a_reporting_period_of_twelve_months_is_no_span_of_years(span, year, spanned):
    assert bool(years_spanned(span + "共收到申请6件", 0, len(span) + 10, year)) is spanned


def test_a_december_to_november_period_is_the_years_count():
    text = ("某县民政局2014年政府信息公开工作年度报告\n二、依申请公开情况\n"
            "报告期内（2013年12月1日至2014年11月30日），共收到政府信息公开申请6件，予以公开5件，无法提供1件。")
    _, figs, _ = read(text, 2014)
    assert {"applications_received 6", "applications_granted 5", "applications_unable 1"} <= set(figs)


@pytest.mark.parametrize("tail, stated", [
    ("截至12月31日，尚有2件申请未到答复期限，将在2023年继续办理。", "applications_carried_forward 2 (judgement: 截至 the year's end)"),
    ("另有2件申请将在2023年继续办理。", "applications_carried_forward 2"),
    ("另有2件申请将于2023年1月答复。", "applications_carried_forward 2"),
])
def test_requests_to_be_handled_in_the_next_year_are_carried_forward(tail, stated):
    """将在2023年继续办理 in a 2022 report, in the clause after the count or its own: carried forward."""
    _, figs, _ = read("二、收到和处理政府信息公开申请情况\n全年新收申请10件，予以公开8件。" + tail, 2022)
    assert stated in figs and "applications_received 10" in figs


def test_a_plan_for_the_next_year_carries_no_request():
    _, figs, _ = read("二、收到和处理政府信息公开申请情况\n全年新收申请10件，予以公开10件。承办建议提案3件，将在2023年继续办理。", 2022)
    assert not any(f.startswith("applications_carried_forward") for f in figs)


@pytest.mark.parametrize("text, stated", [
    ("本年度共收到政府信息公开申请2件均作不予公开答复。", "applications_received 2"),  # (its own topic kept)
    ("上年结转的2件作不予公开处理。本年新收申请6件，予以公开6件。", "applications_carried_over 2"),
    ("报告期内（2021年11月16日至2022年11月15日），共收到政府信息公开申请9件，予以公开9件。", "applications_received 9"),
])
def test_near_misses_of_this_sessions_rules(text, stated):
    _, figs, _ = read("二、收到和处理政府信息公开申请情况\n" + text, 2022)
    assert stated in figs


def test_a_review_case_to_be_continued_next_year_is_no_request_carried():
    _, figs, _ = read("四、行政复议、行政诉讼情况\n本年度被申请行政复议2件，维持1件，另1件尚在审理中，将在2023年继续办理。", 2022)
    assert figs == ["reconsiderations 2"]


@pytest.mark.parametrize("text, stated", [("本年新公开政府信息1260条，其中通过门户网站公开980条。", "proactive_items 1260"),
                                          ("本年新公开各类政府信息520条。", "proactive_items 520")])
def test_items_newly_published_are_no_documents(text, stated):
    _, figs, _ = read("二、主动公开政府信息情况\n" + text, 2022)
    assert stated in figs
