"""Assembling the figures of a report (gdrkit.extract.figures): the prose, table and
annex rows with their spans, evidence and method, the choice of a headline among the
prose candidates, and the ``figures`` table of several reports (section ids, confidence,
notes, checks). The reports are written for the tests in the style of the reports."""

from __future__ import annotations

import pandas as pd
from _passages import REPORT

from gdrkit.clean import clean_text
from gdrkit.extract import FIGURE_COLUMNS, extract_figures
from gdrkit.extract.confidence import is_headline
from gdrkit.extract.figures import extract_report
from gdrkit.sections import segment_reports, segment_text

#: table 3 of a 2022 report, and a sentence of prose after it
TABLE3 = ("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3\n"
          "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n（一）予以公开 2 0 0 0 0 0 2\n"
          "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 1 0 0 0 0 0 1\n（七）总计 3 0 0 0 0 0 3\n"
          "四、结转下年度继续办理 0 0 0 0 0 0 0\n本机关共受理政府信息公开申请3件。\n")


def _rows(raw: str, year: int) -> tuple[list[str], list[tuple]]:
    text, _ = clean_text(raw)
    rows, notes = extract_report(text, sections=segment_text(text), year=year)
    return (["|".join(str(r[k]) for k in ("measure", "value", "unit", "approx", "qualifier", "start", "end",
                                          "evidence", "method")) for r in rows],
            [tuple(n[k] for k in ("rule", "ok", "expected", "observed", "evidence")) for n in notes])


def test_figures_of_a_narrative_report():
    """Each figure with its span, its sentence as evidence and the reason it is not the
    headline; one headline per measure."""
    rows, notes = _rows(REPORT, 2013)
    assert rows == [
    'proactive_items|1200.0|items|False|breakdown|90|95|2013年,我办认真贯彻《中华人民共和国政府信息公开条例》,全年主动公开政府信息约1500条,其中通过门户网站公开1200条,通过政务微博发布信息300余条|narrative',
    'proactive_items|300.0|items|True|channel|106|111|2013年,我办认真贯彻《中华人民共和国政府信息公开条例》,全年主动公开政府信息约1500条,其中通过门户网站公开1200条,通过政务微博发布信息300余条|narrative',
    'proactive_items|1500.0|items|True||74|79|2013年,我办认真贯彻《中华人民共和国政府信息公开条例》,全年主动公开政府信息约1500条,其中通过门户网站公开1200条,通过政务微博发布信息300余条|narrative',
    'applications_received|4.0|applications|False|breakdown|146|148|全年共受理政府信息公开申请12件(其中当面申请4件、网上申请8件),予以公开8件,不予公开1件,“信息不存在、非本机关”的3件|narrative',
    'applications_received|8.0|applications|False|breakdown|153|155|全年共受理政府信息公开申请12件(其中当面申请4件、网上申请8件),予以公开8件,不予公开1件,“信息不存在、非本机关”的3件|narrative',
    'applications_received|12.0|applications|False||136|139|全年共受理政府信息公开申请12件(其中当面申请4件、网上申请8件),予以公开8件,不予公开1件,“信息不存在、非本机关”的3件|narrative',
    'applications_granted|8.0|applications|False||161|163|全年共受理政府信息公开申请12件(其中当面申请4件、网上申请8件),予以公开8件,不予公开1件,“信息不存在、非本机关”的3件|narrative',
    'applications_denied|1.0|applications|False||168|170|全年共受理政府信息公开申请12件(其中当面申请4件、网上申请8件),予以公开8件,不予公开1件,“信息不存在、非本机关”的3件|narrative',
    'applications_carried_over|2.0|applications|False||193|195|上年结转申请2件,均已办结|narrative',
    'fees_yuan|0.0|yuan|False||215|222|本年度未收取任何费用|narrative',
    'lawsuits|2.0|cases|False|not about disclosure|279|281|另有行政诉讼2件,均与政府信息公开无关|narrative',
    'lawsuits|1.0|cases|False||260|262|全年因政府信息公开引起的行政复议、行政诉讼各1件,行政复议被纠错1件|narrative',
    'lawsuits|0.0|cases|False|candidate|279|281|另有行政诉讼2件,均与政府信息公开无关|narrative',
    'reconsiderations|1.0|cases|False|outcome of cases|270|272|全年因政府信息公开引起的行政复议、行政诉讼各1件,行政复议被纠错1件|narrative',
    'reconsiderations|1.0|cases|False||260|262|全年因政府信息公开引起的行政复议、行政诉讼各1件,行政复议被纠错1件|narrative',
    ]
    assert notes == []


def test_table_headlines_beside_the_prose():
    """The table gives the headline; the prose's 4 is the caseload (本年新收 3 + 上年结转 1,
    a check that holds), its 3 granted disagrees with the table's 2 (flagged)."""
    raw = TABLE3.replace("二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0", "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1").replace(
        "四、结转下年度继续办理 0 0 0 0 0 0 0", "四、结转下年度继续办理 1 0 0 0 0 0 1").replace(
        "本机关共受理政府信息公开申请3件。", "本机关共受理政府信息公开申请4件，予以公开3件。")
    rows, notes = _rows(raw, 2022)
    assert [r for r in rows if not r.startswith("table3.")] == [
        "applications_granted|2.0|applications|False|prose states 3|97|98|予以公开2 0 0 0 0 0 2|template_table",
        "applications_partial|1.0|applications|False||140|141|部分公开(区分处理的,只计这一情形,不计其他情形) 1 0 0 0 0 0 1|"
        "template_table",
        # the rows not printed are 0: those printed add up to its 总计, which balances (3 + 1 = 3 + 1)
        "applications_denied|0.0|applications|False||145|160|总计3 0 0 0 0 0 3|template_table",
        "applications_unable|0.0|applications|False||145|160|总计3 0 0 0 0 0 3|template_table",
        "applications_not_processed|0.0|applications|False||145|160|总计3 0 0 0 0 0 3|template_table",
        "applications_received|3.0|applications|False||46|47|本年新收政府信息公开申请数量3 0 0 0 0 0 3|template_table",
        "applications_carried_over|1.0|applications|False||76|77|上年结转政府信息公开申请数量1 0 0 0 0 0 1|template_table",
        "applications_carried_forward|1.0|applications|False||184|185|结转下年度继续办理1 0 0 0 0 0 1|template_table",
        "applications_received|4.0|applications|False|prose; table used|200|202|本机关共受理政府信息公开申请4件,予以公开3件|narrative",
        "applications_granted|3.0|applications|False|prose; table used|207|209|本机关共受理政府信息公开申请4件,予以公开3件|narrative"]
    assert len(rows) == 7 * 6 + 10
    assert notes == [("prose_vs_table.applications_received", True, "3", "4 = new 3 + carried over", "4件"),
                     ("prose_vs_table.applications_granted", False, "2", "3", "3件")]


def test_figures_table_of_several_reports():
    """report_id, the innermost section, the confidence; a report with no text or no year
    gives no rows; the notes and the identity checks on request."""
    texts = [clean_text(REPORT)[0], clean_text(TABLE3)[0]]
    reports = pd.DataFrame({"report_id": ["a", "b", "c", "d"], "text": texts + ["", None],
                            "style": ["narrative", "template2021", "", None], "year": [2013, 2022, float("nan"), None]})
    sections = segment_reports(reports.iloc[:3])
    f = extract_figures(reports, sections)
    assert list(f.columns) == FIGURE_COLUMNS
    assert (str(f.value.dtype), str(f.approx.dtype), str(f.start.dtype), str(f.end.dtype)) == (
        "float64", "bool", "int64", "int64")
    assert f.index.tolist() == list(range(len(f)))
    heads = f[(f.qualifier == "") & ~f.measure.str.contains(".", regex=False)]
    assert [tuple(r) for r in heads[["report_id", "measure", "value", "section_id", "confidence"]].values] == [
        ("a", "proactive_items", 1500.0, "a-s001", "medium"),
        ("a", "applications_received", 12.0, "a-s002", "medium"),
        ("a", "applications_granted", 8.0, "a-s002", "medium"),
        ("a", "applications_denied", 1.0, "a-s002", "medium"),
        ("a", "applications_carried_over", 2.0, "a-s002", "medium"),
        ("a", "fees_yuan", 0.0, "a-s003", "medium"),
        ("a", "lawsuits", 1.0, "a-s004", "medium"),
        ("a", "reconsiderations", 1.0, "a-s004", "medium"),
        ("b", "applications_granted", 2.0, "b-s001", "high"),
        ("b", "applications_partial", 1.0, "b-s001", "high"),
        ("b", "applications_denied", 0.0, "b-s001", "medium"),  # rows not printed: 0 by the table's 总计
        ("b", "applications_unable", 0.0, "b-s001", "medium"),
        ("b", "applications_not_processed", 0.0, "b-s001", "medium"),
        ("b", "applications_received", 3.0, "b-s001", "high"),
        ("b", "applications_carried_over", 0.0, "b-s001", "high"),
        ("b", "applications_carried_forward", 0.0, "b-s001", "high")]
    cells = f[f.measure.str.startswith("table3.")]
    assert len(cells) == 42 and set(cells.confidence) == {"high"} and set(cells.report_id) == {"b"}
    assert f[f.qualifier == "candidate"][["report_id", "measure", "value", "confidence"]].values.tolist() == [
        ["a", "lawsuits", 0.0, "low"]]
    assert set(f[f.qualifier.isin(["breakdown", "channel", "not about disclosure", "outcome of cases",
                                   "prose; table used"])].confidence) == {"medium"}
    f2, notes = extract_figures(reports, sections, with_notes=True)
    assert f2.equals(f)
    assert notes[["report_id", "rule", "ok", "expected", "observed"]].values.tolist() == [
        ["b", "prose_vs_table.applications_received", True, "3", "3"]]
    _, _, checks = extract_figures(reports, sections, with_checks=True)
    assert set(checks.report_id) == {"b"} and checks.ok.all() and len(checks) == 20
    empty = extract_figures(reports.iloc[2:], sections.iloc[:0])
    assert list(empty.columns) == FIGURE_COLUMNS and len(empty) == 0


def test_two_prose_statements_that_agree_make_a_high_figure():
    text, _ = clean_text("全年主动公开政府信息120条。\n二、主动公开情况\n本年度共主动公开政府信息120条。")
    reports = pd.DataFrame({"report_id": ["r"], "text": [text], "year": [2022]})
    f = extract_figures(reports, segment_reports(reports))
    assert f[["measure", "value", "qualifier", "confidence"]].values.tolist() == [
        ["proactive_items", 120.0, "", "high"], ["proactive_items", 120.0, "candidate", "low"]]



def test_prose_count_beside_a_table_without_its_carried_over_row():
    """No 上年结转 row: the prose's 4 received cannot be the caseload (3 new + carried over),
    it disagrees with the table's 3 and is flagged."""
    raw = TABLE3.replace("二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n", "").replace(
        "本机关共受理政府信息公开申请3件。", "本机关共受理政府信息公开申请4件。")
    rows, notes = _rows(raw, 2022)
    assert [r for r in rows if r.startswith("applications_received")] == [
        "applications_received|3.0|applications|False|prose states 4|46|47|本年新收政府信息公开申请数量3 0 0 0 0 0 3|"
        "template_table",
        "applications_received|4.0|applications|False|prose; table used|170|172|本机关共受理政府信息公开申请4件|narrative"]
    assert notes == [("prose_vs_table.applications_received", False, "3", "4", "4件")]


def test_granted_equal_to_the_caseload_still_disagrees_with_the_table():
    """3 new + 1 carried over is 4, but 予以公开4件 is about granted requests: the table's 2
    granted, not the caseload, is what it is checked against (flagged)."""
    raw = TABLE3.replace("二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0", "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1").replace(
        "四、结转下年度继续办理 0 0 0 0 0 0 0", "四、结转下年度继续办理 1 0 0 0 0 0 1").replace(
        "本机关共受理政府信息公开申请3件。", "本机关予以公开4件。")
    rows, notes = _rows(raw, 2022)
    assert [r for r in rows if r.startswith("applications_granted")] == [
        "applications_granted|2.0|applications|False|prose states 4|97|98|予以公开2 0 0 0 0 0 2|template_table",
        "applications_granted|4.0|applications|False|prose; table used|193|195|本机关予以公开4件|narrative"]
    assert notes == [("prose_vs_table.applications_granted", False, "2", "4", "4件")]


def test_a_row_read_as_blank_is_no_zero_against_the_prose():
    """A row of table 3 whose cells were not found beside its label (here, a scraped page's
    header words 类别 数据1 … between them) is read as blank, 0; where the prose states a
    count, the 0 is a candidate beside it and the measure is left empty, flagged by the
    check (a wrong 0 is worse than none). A blank row without prose stays 0."""
    raw = ("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 类别 数据 甲乙 数据 丙丁 总计\n"
           "（一）予以公开 2 0 0 0 0 0 2\n（七）总计 2 0 0 0 0 0 2\n本机关全年共受理政府信息公开申请7件。\n")
    rows, notes = _rows(raw, 2022)
    received = [r.split("|")[:5] for r in rows if r.startswith("applications_received")]
    assert received == [["applications_received", "0.0", "applications", "False",
                         "candidate: blank in table; prose states 7"],
                        ["applications_received", "7.0", "applications", "False", "prose; table used"]]
    assert ("prose_vs_table.applications_received", False, "0", "7", "7件") in notes
    rows, _ = _rows(raw.replace("本机关全年共受理政府信息公开申请7件。\n", ""), 2022)
    assert [r.split("|")[4] for r in rows if r.startswith("applications_received")] == ["blank in table"]


def _table3_spaced(granted_row: str) -> str:
    return ("三、收到和处理政府信息公开申请情况\n申请人情况：自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计\n"
            "一、本年新收政府信息公开申请数量  10  2  0  0  0  0  12\n二、上年结转政府信息公开申请数量  0  0  0  0  0  0  0\n"
            f"三、本年度办理结果（一）予以公开  {granted_row}\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）  1  0  0  0  0  0  1\n"
            "（三）不予公开1.属于国家秘密  0  0  0  0  0  0  0\n（四）无法提供1.本机关不掌握相关政府信息  2  0  0  0  0  0  2\n"
            "（五）不予处理1.信访举报投诉类申请  1  0  0  0  0  0  1\n"
            "（六）其他处理  0  0  0  0  0  0  0\n（七）总计  10  2  0  0  0  0  12\n四、结转下年度继续办理  0  0  0  0  0  0  0\n")


def test_prose_against_a_table_row_whose_identity_fails_leaves_the_measure_empty():
    """予以公开 8 in the prose, 7 in a table whose outcomes then add up to 11 of 12: no rule can
    choose, both are candidates; 7 in the prose against 8 in a table that adds up: the
    table's 8, flagged."""
    texts = [clean_text("一、总体情况\n全年收到政府信息公开申请12件，其中予以公开8件。\n" + _table3_spaced("5  2  0  0  0  0  7"))[0],
             clean_text("一、总体情况\n全年收到政府信息公开申请12件，其中予以公开7件。\n" + _table3_spaced("6  2  0  0  0  0  8"))[0]]
    reports = pd.DataFrame({"report_id": ["fails", "holds"], "text": texts, "style": ["", ""], "year": [2019, 2019]})
    f = extract_figures(reports, segment_reports(reports))
    g = f[f.measure == "applications_granted"]
    assert sorted(g[["report_id", "value", "qualifier", "confidence"]].values.tolist()) == [
        ["fails", 7.0, "candidate: prose states 8; an identity of its cells fails", "low"],
        ["fails", 8.0, "prose; table used", "medium"],
        ["holds", 7.0, "prose; table used", "medium"],
        ["holds", 8.0, "prose states 7", "low"]]


def test_tables_the_report_says_are_a_whole_systems_are_flagged():
    """A department's tables said to hold its whole system's totals (局机关 and its units): the
    values are kept, flagged as a judgement (low confidence); without such words, not flagged."""
    said = "本报告第二部分数据为全县卫生健康系统汇总数据（含局机关及12家局属单位）。\n"
    for words, flagged in ((said, True), ("（一）全县情况\n", True), ("", False)):
        reports = pd.DataFrame({"report_id": ["r"], "year": [2019], "style": [""],
                                "text": [clean_text("一、总体情况\n" + words + _table3_spaced("6  2  0  0  0  0  8"))[0]]})
        f = extract_figures(reports, segment_reports(reports))
        head = f[(f.measure == "applications_received") & (f.method.str.startswith("template"))].iloc[0]
        assert head.value == 12
        assert (head.qualifier == "judgement: the report says its tables are a whole system's or area's") is flagged
        assert (head.confidence == "low") is flagged


def test_own_level_prose_beside_an_area_table_is_the_headline():
    """A government's table 3 under （一）全县情况 and its own level's counts in prose under
    （二）县政府本级情况: the prose is the headline, flagged; the table's is the whole area's.
    The report telling its own counts apart, a measure the prose gives no count of is the
    area's alone in the table: no headline."""
    own = "（二）县政府本级情况\n县政府本级本年新收政府信息公开申请5件，予以公开3件。\n"
    reports = pd.DataFrame({"report_id": ["r"], "year": [2021], "style": [""],
                            "text": [clean_text("一、总体情况\n（一）全县情况\n" + _table3_spaced("6  2  0  0  0  0  8") + own)[0]]})
    f = extract_figures(reports, segment_reports(reports))
    head = f[~f.measure.str.contains(".", regex=False)].set_index(["measure", "qualifier"]).value
    assert head[("applications_received", "judgement: the agency's own in the prose, its tables the whole area's")] == 5
    assert head[("applications_received", "the whole area (the report's tables); prose used")] == 12
    assert head[("applications_granted", "judgement: the agency's own in the prose, its tables the whole area's")] == 3
    assert head[("applications_partial", "candidate: the whole area (the report's tables); the agency's own not stated")] == 1
    assert not any(m == "applications_partial" and is_headline(q) for m, q in head.index)
