"""Whose cases a count is where its clause names the respondent (gdrkit.extract.respondents),
on passages written for the tests."""

from __future__ import annotations

from _passages import read


def test_an_office_part_its_clause_concerns_and_its_own_none_beside_the_areas():
    """An office's report: the county's cases, then the part concerning the office (其中,涉及县政府
    办公室的…1件) and the office's own none (县政府办公室未被提起…): the office's, judgements; the
    county's counts are the whole area's."""
    text = ("某某县人民政府办公室2016年政府信息公开工作年度报告\n五、行政复议和行政诉讼情况\n全县因政府信息公开引发行政复议"
            "案件5件、行政诉讼案件3件。其中，涉及县政府办公室的行政复议2件，均已审结；县政府办公室未被提起行政诉讼。")
    _, figs, _ = read(text, 2016)
    assert {"reconsiderations 2 (judgement: the agency's own, named as the respondent)",
            "reconsiderations 5 (the whole area (the agency's own stated))",
            "lawsuits 0 (judgement: the agency's own, named as the respondent)",
            "lawsuits 3 (the whole area (the agency's own stated))"} <= set(figs)


def test_a_part_concerning_no_agency_is_no_respondent():
    """其中涉及政府信息公开的1件 names a kind of case, not a respondent: no judgement."""
    text = ("某某市民政局2016年政府信息公开工作年度报告\n五、行政复议和行政诉讼情况\n本局被申请行政复议4件，"
            "其中涉及政府信息公开的1件。")
    _, figs, _ = read(text, 2016)
    assert "reconsiderations 1" in figs and not any("respondent" in f for f in figs)


def test_a_none_naming_the_agency_alone_is_no_judgement():
    """Without the area's count beside it, a none naming the agency is an ordinary none."""
    text = "某某市民政局2016年政府信息公开工作年度报告\n五、行政复议和行政诉讼情况\n2016年某某市民政局无行政复议事项。"
    _, figs, _ = read(text, 2016)
    assert figs == ["reconsiderations 0"]


def test_a_part_against_the_office_named_with_zhendui_is_its_own():
    """其中，针对市政府办公厅的…3件 after the city's cases names the office as the respondent of the
    part: the office's own, a judgement; 针对市自然资源局的 names another agency: not its own."""
    text = ("宁岚市人民政府办公厅2012年政府信息公开工作年度报告\n五、因政府信息公开申请行政复议、提起行政诉讼情况\n"
            "全市因政府信息公开申请行政复议87件、提起行政诉讼41件。其中，针对市政府办公厅的行政复议3件、行政诉讼2件。")
    _, figs, _ = read(text, 2012)
    assert {"reconsiderations 3 (judgement: the agency's own, named as the respondent)",
            "lawsuits 2 (judgement: the agency's own, named as the respondent)"} <= set(figs)
    other = text.replace("针对市政府办公厅的", "针对市自然资源局的")
    _, figs, _ = read(other, 2012)
    assert not any("named as the respondent" in f and "judgement" in f for f in figs)
