"""Statistics annexes of the pre-2019 reports (gdrkit.extract.annex): the header, the rows
in each layout (spaced, glued, one column, pipes), which row is a measure's (not a part,
a channel, a way of applying, an outcome of a case, items disclosed on request), the
split of two columns run together, and how the annex meets the prose. The annexes are
written for the tests in the style of the reports."""

from __future__ import annotations

import pytest
from _passages import read

from gdrkit.clean import clean_text
from gdrkit.extract.annex import read_annex, split_year_cumulative

SPACED = ("政府信息公开情况统计表\n统计指标 单位 本年度 累计\n主动公开政府信息数 条 129 2310\n其中：网站公开数 条 120 2200\n"
          "受理政府信息公开申请数 件 3 17\n（一）同意公开 件 2 11\n（二）同意部分公开 件 1 4\n（三）不同意公开 件 0 2\n"
          "依申请公开信息数 条 5 20\n无法提供 件 0 1\n政府信息公开收费金额 万元 0.5 1.2\n行政复议 件 0 1\n"
          "维持具体行政行为数 件 0 1\n行政诉讼 件 0 0")
GLUED = ("附表\n指标名称计量单位2015年度累计\n主动公开政府信息数条294981916\n受理申请数件728\n行政复议数件0\n"
         "行政诉讼数件01\n收费金额元10")
ONE_COLUMN = "统计项目 单位 数量\n1. 主动公开文件数 条 85\n2. 当面申请数 件 2\n3. 政府信息公开申请总数 件 6\n4. 信息处理费 元 0"
PAREN_LABELS = ("指标名称 计量单位 数值\n主动公开政府信息数（不同渠道和方式公开相同信息计1条） 条 100\n"
                "受理申请总数（含网上申请2件） 件 7")
PIPES = ("| 统计指标 | 单位 | 本年度 | 累计 |\n| 主动公开信息数 | 条 | 58 | 900 |\n| 受理申请数 | 件 | 3 | |\n"
         "| 行政诉讼数 | 件 | 1 | 2 |")
SPLIT = "two columns run together, split by rule"


def _values(raw: str, year: int) -> dict[str, float]:
    """measure -> value of the annex values read in a raw text (cleaned first) of ``year``."""
    return {v.measure: v.value for v in read_annex(clean_text(raw)[0], year=year)}


def _annex(raw: str) -> list[tuple]:
    text, _ = clean_text(raw)
    return [(v.measure, v.value, text[v.start:v.end], text[v.row_start:v.end], v.qualifier, v.unit)
            for v in read_annex(text)]


@pytest.mark.parametrize("raw, expected", [
    pytest.param(SPACED, [
        ("proactive_items", 129.0, "129", "主动公开政府信息数 条129", "", "条"),
        ("applications_received", 3.0, "3", "受理政府信息公开申请数 件3", "", "件"),
        ("applications_granted", 2.0, "2", "(一)同意公开 件2", "", "件"),
        ("applications_partial", 1.0, "1", "(二)同意部分公开 件1", "", "件"),
        ("applications_denied", 0.0, "0", "(三)不同意公开 件0", "", "件"),
        ("applications_unable", 0.0, "0", "无法提供 件0", "", "件"),  # the row names the reply
        ("fees_yuan", 5000.0, "0.5", "政府信息公开收费金额 万元0.5", "", "yuan"),
        ("reconsiderations", 0.0, "0", "行政复议 件0", "", "件"),
        ("lawsuits", 0.0, "0", "行政诉讼 件0", "", "件")], id="spaced-two-columns"),
    # 294981916 = 2949 | 81916; 728 = 7 | 28; a lone 0 or 10 has no split (left out)
    pytest.param(GLUED, [
        ("proactive_items", 2949.0, "2949", "主动公开政府信息数条2949", SPLIT, "条"),
        ("applications_received", 7.0, "7", "受理申请数件7", SPLIT, "件"),
        ("lawsuits", 0.0, "0", "行政诉讼数件0", SPLIT, "件")], id="glued-two-columns"),
    pytest.param(ONE_COLUMN, [
        ("proactive_items", 85.0, "85", ". 主动公开文件数 条85", "", "条"),
        ("applications_received", 6.0, "6", ". 政府信息公开申请总数 件6", "", "件"),
        ("fees_yuan", 0.0, "0", ". 信息处理费 元0", "", "yuan")], id="one-column"),
    pytest.param(PAREN_LABELS, [
        ("proactive_items", 100.0, "100", "主动公开政府信息数(不同渠道和方式公开相同信息计1条) 条100", "", "条"),
        ("applications_received", 7.0, "7", "受理申请总数(含网上申请2件) 件7", "", "件")], id="parentheses-in-labels"),
    pytest.param(PIPES, [
        ("proactive_items", 58.0, "58", "| 主动公开信息数 | 条 | 58", "", "条"),
        ("applications_received", 3.0, "3", "| 受理申请数 | 件 | 3", "", "件"),
        ("lawsuits", 1.0, "1", "| 行政诉讼数 | 件 | 1", "", "件")], id="pipe-rows"),
    pytest.param("主动公开信息数 条 58\n受理申请数 件 3", [], id="no-header-no-annex"),
])
def test_annex_rows(raw, expected):
    assert _annex(raw) == expected


@pytest.mark.parametrize("digits, expected", [
    ("", None), ("5", None), ("00", (0, 0)), ("012", (0, 12)), ("100", None), ("3010", None), ("1020", (10, 20)),
    ("1516", (15, 16)), ("99100", (99, 100)), ("1000999", None),
    ("5100", (5, 100)), ("105000", (10, 5000)), ("51000", None),
])
def test_year_and_cumulative_split_edges(digits, expected):
    assert split_year_cumulative(digits) == expected


def test_annex_beside_the_prose():
    """The prose is the headline; the annex agrees (a check that holds) or says another
    value (the headline is flagged, a failed check)."""
    raw = ("2015年，我局主动公开政府信息2949条，受理政府信息公开申请8件。\n" + GLUED)
    sts, figs, notes = read(raw, 2015)
    assert figs == ["applications_received 7 (annex; prose used; " + SPLIT + ")",
                    "applications_received 8 (annex states 7)", "lawsuits 0 (" + SPLIT + ")",
                    "proactive_items 2949", "proactive_items 2949 (annex; prose used; " + SPLIT + ")"]
    assert [(n["rule"], n["ok"], n["expected"], n["observed"], n["evidence"]) for n in notes] == [
        ("prose_vs_annex.proactive_items", True, "2949", "2949", "主动公开政府信息数条2949"),
        ("prose_vs_annex.applications_received", False, "8", "7", "受理申请数件7")]


@pytest.mark.parametrize("approx, figures, ok", [
    ("200余条", ["applications_received 6", "proactive_items 214", "proactive_items ~200 (prose; table used)"], True),
    ("300余条", ["applications_received 6", "proactive_items 214 (annex; prose used)", "proactive_items ~300 (annex states 214)"],
     False)], ids=["the-annex-rounded-in-the-prose", "the-prose-no-rounding-of-the-annex"])
def test_an_approximate_count_in_the_prose_beside_the_annex(approx, figures, ok):
    """200余条 in the prose beside the annex's 214: the prose rounds it, the annex's exact count is
    the headline and nothing disagrees; 300余条 is no rounding of 214: the prose's, flagged."""
    raw = f"二、主动公开情况\n2015年，我局主动公开政府信息{approx}。\n附表：政府信息公开情况统计表\n统计指标 单位 本年度\n" \
          "主动公开政府信息数 条 214\n受理申请数 件 6"
    _, figs, notes = read(raw, 2015)
    assert (figs, [n["ok"] for n in notes if n["rule"] == "prose_vs_annex.proactive_items"]) == (figures, [ok])


_TWO_COLUMNS = ("二、主动公开情况\n全年主动公开信息512条。\n\n附表　政府信息公开情况统计表\n项目\t数量（件）\n"
                "本年受理申请\t21\n上年结转\t1\n同意公开\t12\n部分公开\t4\n不予公开\t3\n无法提供\t2\n其中：信息不存在\t1\n"
                "结转下年\t1\n行政复议\t0\n行政诉讼\t1\n收费（元）\t0\n\n三、存在的问题")


def test_an_annex_of_two_columns_with_the_unit_in_the_header():
    """项目 | 数量（件）, one row a line, tabs lost in cleaning: each measure's row, not a part
    (其中：…), and the fee row by the unit in its label; the rows end at a line that is not one."""
    text, _ = clean_text(_TWO_COLUMNS)
    got = {v.measure: v.value for v in read_annex(text, year=2015)}
    assert got == {"applications_received": 21, "applications_carried_over": 1, "applications_granted": 12,
                   "applications_partial": 4, "applications_denied": 3, "applications_unable": 2,
                   "applications_carried_forward": 1, "reconsiderations": 0, "lawsuits": 1, "fees_yuan": 0}


def test_an_annex_of_two_columns_headed_by_the_number_of_requests():
    """项目 | 件数 (a Word table as tab text): read as 项目 | 数量."""
    text, _ = clean_text("表1　依申请公开办理情况\n项目\t件数\n本年收到申请\t14\n上年结转\t1\n同意公开\t9\n部分公开\t2\n"
                         "不予公开\t1\n\n三、收费情况")
    got = {v.measure: v.value for v in read_annex(text, year=2016)}
    assert got == {"applications_received": 14, "applications_carried_over": 1, "applications_granted": 9,
                   "applications_partial": 2, "applications_denied": 1}


def test_an_annex_of_label_and_number_pairs_several_a_line_under_a_heading_of_statistics():
    """二、依申请公开情况统计 then label-and-number lines, several pairs on a line (PDF
    whitespace columns glued by cleaning: 办理结果：予以公开28部分公开6…): each pair is a row."""
    raw = ("二、依申请公开情况统计\n  收到申请总数      31\n    其中：当面申请  4   网络申请  27\n"
           "  办理结果：予以公开  18   部分公开  3   不予公开  2\n            无法提供  6   不予处理  2\n三、复议诉讼\n")
    text, _ = clean_text(raw)
    got = {v.measure: v.value for v in read_annex(text, year=2017)}
    assert got == {"applications_received": 31, "applications_granted": 18, "applications_partial": 3,
                   "applications_denied": 2, "applications_unable": 6, "applications_not_processed": 2}
    text, _ = clean_text("二、依申请公开情况统计\n全年收到申请31件，同意公开18件。\n三、复议诉讼\n")
    assert read_annex(text, year=2017) == []  # (prose under such a heading is no annex)


@pytest.mark.parametrize("raw", [
    "二、依申请公开情况统计\n受理申请 10\n同意公开 6\n不予公开 1\n本机关不掌握 3",  # (not called 无法提供)
    "二、依申请公开情况统计\n上年受理申请 30\n本年受理申请 45\n同意公开 38\n不予公开 3",  # (上年: not the year's)
    "二、依申请公开情况统计\n县政府转办申请 12\n本局受理申请 45\n予以公开 38\n不予公开 7",  # (forwarded)
])
def test_rows_of_statistics_that_name_no_measure_of_the_agency(raw):
    text, _ = clean_text(raw)
    got = {v.measure: v.value for v in read_annex(text, year=2016)}
    assert "applications_unable" not in got and got.get("applications_received") in (10, 45)


@pytest.mark.parametrize("title", ["二、全县教育系统依申请公开情况统计", "二、2015年依申请公开情况统计"])
def test_statistics_of_a_whole_area_or_another_year_are_no_annex_of_the_agency(title):
    text, _ = clean_text(title + "\n受理申请 245\n予以公开 200\n不予公开 45\n三、局机关依申请公开情况\n")
    assert read_annex(text, year=2016) == []


def test_an_annex_of_two_columns_is_not_read_beside_a_template_table():
    """A template's table 3 with a 项目 | 数量 header is the table layer's alone."""
    text, _ = clean_text("三、收到和处理政府信息公开申请情况\n项目 数量\n一、本年新收政府信息公开申请数量 14\n二、上年结转 1")
    assert read_annex(text, year=2021) == []


_ONE_LINE = ("某某县农业局2015年政府信息公开工作年度报告 一、主动公开情况 全年主动公开政府信息共计 210 条。 二、依申请公开情况 "
             "全年共收到申请 18 件，详见附表。 三、收费情况 未收费。 附表：依申请公开情况统计 项目 数量 收到申请总数 18 其中网上 11 "
             "信函 7 同意公开 12 同意部分公开 2 不予公开 3 无法提供 1 行政复议 1 行政诉讼 0 - 1 - 某某县农业局 2015")


def test_an_annex_of_two_columns_run_onto_one_line():
    """A scraped page with no line breaks: 项目 数量 then label-and-number pairs (cleaning glues
    them: 收到申请总数18其中网上11…), read to the first that is not a pair; channels name no
    measure; the page footer after them is not read."""
    text, _ = clean_text(_ONE_LINE)
    got = {v.measure: v.value for v in read_annex(text, year=2015)}
    assert got == {"applications_received": 18, "applications_granted": 12, "applications_partial": 2,
                   "applications_denied": 3, "applications_unable": 1, "reconsiderations": 1, "lawsuits": 0}
    text, _ = clean_text(_ONE_LINE.replace("项目 数量 ", ""))
    assert read_annex(text, year=2015) == []  # (no header: label and number runs are not an annex)


_UNDER_TITLE = ("二、主动公开情况\n全年主动公开政府信息356条。\n\n附表：2016年政府信息公开情况统计表\n（单位：件、条、元）\n"
                "主动公开政府信息数 356\n受理申请总数 27\n同意公开 20\n部分公开 3\n不同意公开 2\n信息不存在 2\n"
                "行政复议数 1\n行政诉讼数 0\n收费金额 0\n\n三、存在的问题")


def test_an_annex_of_label_and_number_lines_under_its_title():
    """No header of columns, no unit: label and number lines under the annex's title (and a
    line of units) are its rows; 信息不存在 names no measure before 2019."""
    text, _ = clean_text(_UNDER_TITLE)
    got = {v.measure: v.value for v in read_annex(text, year=2016)}
    assert got == {"proactive_items": 356, "applications_received": 27, "applications_granted": 20,
                   "applications_partial": 3, "applications_denied": 2, "reconsiderations": 1, "lawsuits": 0,
                   "fees_yuan": 0}
    _, figs, notes = read(_UNDER_TITLE, 2016)
    assert "applications_received 27" in figs and "proactive_items 356" in figs
    assert [(n["rule"], n["ok"]) for n in notes] == [("prose_vs_annex.proactive_items", True)]


@pytest.mark.parametrize("raw", [
    "附表：政府信息公开情况统计表\n受理申请总数 27\n同意公开 20\n\n三、存在的问题",  # two rows: too few
    "附表：政府信息公开情况统计表\n指标 2015年 2016年\n受理申请总数 27\n同意公开 20\n部分公开 3",  # a header of years
    "附表：政府信息公开情况统计表\n受理申请总数 27 31\n同意公开 20 25\n部分公开 3 3\n不予公开 2 1",  # two columns
    "详见统计表\n办公室 3\n会议室 2\n档案室 1\n"])  # rows that name no measure
def test_label_and_number_lines_that_are_not_an_annex(raw):
    text, _ = clean_text(raw)
    assert read_annex(text, year=2016) == []


def test_a_reply_row_after_qizhong_is_its_measure():
    """其中：同意公开 under 收到申请: the replies break the requests down; each is its measure
    (其中：网上申请 is still a part, not the requests)."""
    text, _ = clean_text("| 指标 | 2018年 | 2017年 |\n| --- | --- | --- |\n| 收到申请（件） | 73 | 58 |\n"
                         "| 其中：网上申请 | 50 | 40 |\n| 其中：同意公开 | 40 | 33 |\n| 部分公开 | 9 | 6 |")
    assert {v.measure: v.value for v in read_annex(text, year=2018)} == {
        "applications_received": 73, "applications_granted": 40, "applications_partial": 9}


_YEARS = ("一、总体情况\n主要数据与上年对比如下：\n\n| 指标 | {a}年 | {b}年 |{c}\n|---|---|---|{r}\n"
          "| 主动公开政府信息（条） | 1200 | 1350 |{x}\n| 收到政府信息公开申请（件） | 35 | 42 |{y}\n"
          "| 其中：网上申请（件） | 20 | 30 |{y}\n| 行政复议（件） | 2 | 1 |{y}\n| 行政诉讼（件） | 0 | 1 |{y}\n"
          "| 收费（万元） | 0 | 0.02 |{y}\n\n二、主动公开政府信息情况")


@pytest.mark.parametrize("a, b, change, expected", [
    (2022, 2023, False, {"proactive_items": 1350, "applications_received": 42, "reconsiderations": 1, "lawsuits": 1,
                         "fees_yuan": 200}),
    (2023, 2022, False, {"proactive_items": 1200, "applications_received": 35, "reconsiderations": 2, "lawsuits": 0,
                         "fees_yuan": 0}),
    (2022, 2023, True, {"proactive_items": 1350, "applications_received": 42, "reconsiderations": 1, "lawsuits": 1,
                        "fees_yuan": 200}),
    (2021, 2022, False, {}),  # no column is the report's year
])
def test_a_table_comparing_years(a, b, change, expected):
    """指标 | 2022年 | 2023年 (and perhaps 增减): the report year's column, each measure's
    first row that names no part (其中：网上申请), the unit from the label (万元)."""
    raw = _YEARS.format(a=a, b=b, c=" 增减 |" if change else "", r="---|" if change else "",
                        x=" +150 |" if change else "", y=" 12.5% |" if change else "")
    text, _ = clean_text(raw)
    assert {v.measure: v.value for v in read_annex(text, year=2023)} == expected


def test_an_annex_of_two_columns_one_cell_a_line():
    """项目 / 数量（件） / 本年收到申请 / 14 …, a scraped table one cell a line: each label and the
    number on the line after it a row."""
    text, _ = clean_text("全年依申请公开办理情况如下表：\n项目\n数量（件）\n本年收到申请\n14\n上年结转\n1\n同意公开\n9\n"
                         "部分公开\n2\n不予公开\n1\n结转下年\n3\n\n三、收费情况")
    got = {v.measure: v.value for v in read_annex(text, year=2016)}
    assert got == {"applications_received": 14, "applications_carried_over": 1, "applications_granted": 9,
                   "applications_partial": 2, "applications_denied": 1, "applications_carried_forward": 3}


def test_an_annex_with_a_cumulative_column_one_cell_a_line():
    """指标 / 单位 / 2014年 / 累计 / 主动公开政府信息 / 条 / 88 / 350 …: the year's cell, then the
    cumulative one on the next line, not one number split in two (88 is no 8 | 8)."""
    text, _ = clean_text("附：政府信息公开统计表\n指标\n单位\n2014年\n累计\n主动公开政府信息\n条\n88\n350\n"
                         "依申请公开申请数\n件\n2\n9\n其中：同意公开\n件\n2\n7\n行政复议\n件\n0\n1\n")
    got = {v.measure: (v.value, v.qualifier) for v in read_annex(text, year=2014)}
    assert got == {"proactive_items": (88, ""), "applications_received": (2, ""), "applications_granted": (2, ""),
                   "reconsiderations": (0, "")}


@pytest.mark.parametrize("raw, year, figures", [
    pytest.param("附：政府信息公开统计表\n指标\n单位\n累计\n本年\n主动公开政府信息\n条\n350\n88\n依申请公开申请数\n件\n9\n2\n", 2014,
                 ["proactive_items 3 (two columns run together, split by rule)"], id='review-cum-first-then-year-one-per-line'),
    pytest.param("附：政府信息公开统计表\n指标\n单位\n2014年\n累计\n主动公开政府信息\n条\n88350\n2\n依申请公开申请数\n件\n29\n", 2014,
                 ["applications_received 2 (two columns run together, split by rule)", "proactive_items 88 (two columns run together, split by rule)"], id='review-item-number-on-own-line-runtogether'),
    pytest.param("附表：政府信息公开情况统计表\n统计指标 单位 本年度 累计\n主动公开政府信息数 条 1241850\n217\n受理申请数 件 623\n", 2013,
                 ["applications_received 6 (two columns run together, split by rule)", "proactive_items 124 (two columns run together, split by rule)"], id='review-runtogether-row-then-number-row'),
    pytest.param("二、主动公开情况\n2015年，我局主动公开政府信息约1000条。\n附表：政府信息公开情况统计表\n统计指标 单位 本年度\n主动公开政府信息数 条 1480\n受理申请数 件 6", 2015,
                 ["applications_received 6", "proactive_items 1480 (annex; prose used)", "proactive_items ~1000 (annex states 1480)"], id='review-about-1000-vs-1480'),
    pytest.param("二、主动公开情况\n2015年，我局主动公开政府信息近300条。\n附表：政府信息公开情况统计表\n统计指标 单位 本年度\n主动公开政府信息数 条 310\n受理申请数 件 6", 2015,
                 ["applications_received 6", "proactive_items 310 (annex; prose used)", "proactive_items ~300 (annex states 310)"], id='review-nearly-300-vs-310'),
    pytest.param("附表：政府信息公开情况统计表\n统计指标 单位 本年度 累计\n一、主动公开情况\n主动公开政府信息数 条 4562031\n12\n其中：主动公开规范性文件数 条 1585\n二、依申请公开情况\n受理申请数 件 623\n", 2013,
                 ["applications_received 6 (two columns run together, split by rule)", "proactive_items 456 (two columns run together, split by rule)"], id='review-page-number-after-runtogether-row'),
    pytest.param("附：政府信息公开情况统计表\n统计指标 单位 本年 累计\n主动公开政府信息数 条 88\n350\n依申请公开申请数 件 12\n40\n", 2014,
                 ["applications_received 12", "proactive_items 88"], id='review-unit-value-same-line-cum-next'),
    pytest.param("某县环保局2015年政府信息公开工作年度报告\n二、主动公开情况\n全年主动公开政府信息约500条，近期还将开展专项检查。\n附：政府信息公开情况统计表\n指标 单位 数量\n主动公开政府信息数 条 530\n受理申请数 件 3\n", 2015,
                 ["applications_received 3", "proactive_items 530", "proactive_items ~500 (prose; table used)"], id='review-yue-then-jin-word-after'),
    pytest.param("某县环保局2015年政府信息公开工作年度报告\n二、主动公开情况\n全年主动公开政府信息约400条，其余为动态信息。\n附：政府信息公开情况统计表\n指标 单位 数量\n主动公开政府信息数 条 390\n受理申请数 件 3\n", 2015,
                 ["applications_received 3", "proactive_items 390", "proactive_items ~400 (prose; table used)"], id='review-yue-then-qiyu-word'),
]
)
def test_annexes_a_rule_of_this_session_must_leave_alone(raw, year, figures):
    """Reviewers' probes of this session's annex rules: a cumulative column printed first, an item or page
    number on the line after a row run together (the split by rule, flagged, stays), but a cumulative value
    no smaller on the line after (88 / 350: the year's 88); an approximate count its annex does not round
    (约1000条 beside 1480, 近300条 beside 310: a disagreement, flagged), and one it does, whatever words
    stand near (约500条，近期… beside 530; 约400条，其余… beside 390)."""
    assert read(raw, year)[1] == figures


@pytest.mark.parametrize("cell_a_line", [True, False], ids=["one-cell-a-line", "tab-separated"])
def test_an_annex_of_two_columns_with_names_of_groups_between_its_rows(cell_a_line):
    """依申请公开 on a line of its own between the rows: the name of the rows after it, not the
    annex's end; a second line with no number ends it."""
    rows = [("主动公开信息数（条）", "93"), ("依申请公开", None), ("申请总数（件）", "7"), ("同意公开答复数", "5"),
            ("否决公开答复数", "2"), ("复议诉讼", None), ("行政复议数", "1"), ("行政诉讼数", "0"), ("存在的问题", None),
            ("另见附件", None), ("收费（元）", "300")]
    sep = "\n" if cell_a_line else "\t"
    body = "\n".join(label if v is None else f"{label}{sep}{v}" for label, v in rows)
    text, _ = clean_text(f"政府信息公开情况统计表\n项目{sep}数量\n{body}")
    got = {v.measure: v.value for v in read_annex(text, year=2012)}
    assert got == {"proactive_items": 93, "applications_received": 7, "applications_granted": 5,
                   "applications_denied": 2, "reconsiderations": 1, "lawsuits": 0}


@pytest.mark.parametrize("heading", ["上年度情况", "全县汇总", "   "], ids=["last-year", "whole-area", "blank"])
def test_a_line_that_changes_whose_rows_follow_ends_the_annex(heading):
    text, _ = clean_text(f"政府信息公开情况统计表\n项目\t数量\n主动公开信息数（条）\t93\n申请总数（件）\t7\n{heading}\n"
                         "否决公开答复数\t4\n行政复议数\t3")
    assert {v.measure: v.value for v in read_annex(text, year=2012)} == {"proactive_items": 93, "applications_received": 7}


def test_a_table_comparing_years_whose_first_year_has_a_note():
    """项目 | 2008年（5—12月） | 2009年 | 2010年: the note of the first year's column is no column;
    the report year's is read."""
    raw = ("统计表\n项目\t2008年（5—12月）\t2009年\t2010年\n受理申请（件）\t9\t27\t38\n同意公开（件）\t5\t15\t19\n"
           "行政复议（件）\t0\t1\t3\n收取费用（元）\t45\t180\t260\n三、存在问题")
    text, _ = clean_text(raw)
    assert {v.measure: v.value for v in read_annex(text, year=2010)} == {
        "applications_received": 38, "applications_granted": 19, "reconsiderations": 3, "fees_yuan": 260}


def test_a_table_comparing_years_whose_last_year_has_a_note():
    """项目 | 2016年 | 2015年（原三局合计）, tabbed: the note is the year column's, not a
    column of changes; the report year's column is read."""
    raw = ("二、依申请公开情况统计\n项目\t2016年\t2015年（原三局合计）\n收到申请数\t47\t62\n同意公开\t30\t41\n"
           "部分公开\t6\t8\n行政复议\t2\t3\n收取费用（元）\t0\t25\n三、存在问题")
    text, _ = clean_text(raw)
    assert {v.measure: v.value for v in read_annex(text, year=2016)} == {
        "applications_received": 47, "applications_granted": 30, "applications_partial": 6, "reconsiderations": 2,
        "fees_yuan": 0}


def test_a_table_comparing_years_spaced_and_beside_the_prose():
    """The same table as spaced text (指标 2022年 2023年): read, and checked against the prose."""
    raw = ("一、总体情况\n指标 2022年 2023年\n主动公开政府信息（条） 1200 1350\n收到政府信息公开申请（件） 35 42\n"
           "行政复议（件） 2 1\n\n二、主动公开政府信息情况\n本年度主动公开政府信息1350条。")
    _, figs, notes = read(raw, 2023)
    assert figs == ["applications_received 42", "proactive_items 1350",
                    "proactive_items 1350 (annex; prose used)", "reconsiderations 1"]
    assert [(n["rule"], n["ok"]) for n in notes] == [("prose_vs_annex.proactive_items", True)]


def test_a_table_comparing_years_with_a_row_of_fewer_cells_is_not_read_there():
    """A row with one number under two year columns: which year's it is is a guess."""
    text, _ = clean_text("| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 收到政府信息公开申请（件） | 42 |\n| 行政复议（件） | 2 | 1 |")
    assert {v.measure: v.value for v in read_annex(text, year=2023)} == {"reconsiderations": 1}


def test_rows_of_what_was_due_waived_or_withdrawn_are_not_the_measure():
    """应收取费用 (due), 减免费用 (waived) and 申请人撤回申请 (withdrawn) rows are not fees or
    requests received; 收费减免金额 is the fees row; a bare unit after a label scales it."""
    text, _ = clean_text("| 指标 | 2021年 | 2022年 | 增减 |\n|---|---|---|---|\n| 申请人撤回申请（件） | 1 | 3 | +2 |\n"
                         "| 收到申请（件） | 40 | 48 | +8 |\n| 应收取费用（元） | 100 | 150 | +50 |\n"
                         "| 减免费用（元） | 100 | 150 | +50 |\n| 实际收取费用（元） | 0 | 0 | 0 |")
    assert {v.measure: v.value for v in read_annex(text, year=2022)} == {"applications_received": 48, "fees_yuan": 0}
    text, _ = clean_text("附表：2016年政府信息公开情况统计表\n主动公开政府信息数 条 356\n受理申请总数 件 27\n同意公开 件 20\n"
                         "依申请公开信息收取的费用 万元 0.02\n")
    assert {v.measure: v.value for v in read_annex(text, year=2016)} == {
        "proactive_items": 356, "applications_received": 27, "applications_granted": 20, "fees_yuan": 200}


def test_prose_between_two_tables_comparing_years_is_read():
    raw = ("一、主动公开\n| 指标 | 2021年 | 2022年 |\n|---|---|---|\n| 主动公开政府信息（条） | 300 | 356 |\n\n"
           "二、依申请公开\n2022年共收到政府信息公开申请45件，予以公开30件，不予公开5件。\n\n三、复议诉讼\n"
           "| 指标 | 2021年 | 2022年 |\n|---|---|---|\n| 行政复议（件） | 2 | 1 |\n")
    _, figs, _ = read(raw, 2022)
    assert [f for f in figs if "(" not in f] == ["applications_denied 5", "applications_granted 30",
                                                 "applications_received 45", "proactive_items 356", "reconsiderations 1"]


def test_an_annex_exported_as_csv():
    """指标,单位,数量 then label,unit,value rows: read as a spaced annex; a part (其中：…) is
    not its measure; granted beside requests already public is flagged."""
    raw = ("二、统计数据\n指标,单位,数量\n主动公开政府信息数,条,6230\n其中：主动公开规范性文件数,件,52\n收到申请数,件,211\n"
           "其中：当面申请数,件,47\n属于已主动公开范围数,件,15\n同意公开答复数,件,102\n同意部分公开答复数,件,23\n"
           "行政复议数量,件,7\n行政诉讼数量,件,4\n依申请公开信息收取的费用,元,0\n")
    text, _ = clean_text(raw)
    assert {v.measure: v.value for v in read_annex(text, year=2018)} == {
        "proactive_items": 6230, "applications_received": 211, "applications_granted": 102, "applications_partial": 23,
        "reconsiderations": 7, "lawsuits": 4, "fees_yuan": 0}
    _, figs, _ = read(raw, 2018)
    assert "applications_granted 102 (judgement: 15 already public counted apart)" in figs


def test_a_csv_row_with_a_thousands_separator_is_not_two_values():
    text, _ = clean_text("指标,单位,数量\n主动公开政府信息数,条,4,326\n收到申请数,件,21\n")
    assert {v.measure: v.value for v in read_annex(text, year=2018)} == {"applications_received": 21}


@pytest.mark.parametrize("area, own_wins", [("全县财政系统全年主动公开信息2 960条", True),
                                            ("我局全年主动公开信息2 960条", False)],
                         ids=["whole-areas-prose", "the-agencys-own-prose"])
def test_the_whole_areas_prose_beside_the_agencys_own_annex(area, own_wins):
    """Prose counting the whole county's system beside the agency's own annex (上年数 |
    本年数): the annex is the headline, by judgement, and the prose is qualified; prose of the
    agency itself that disagrees with its annex stays the headline, flagged."""
    raw = (f"某县财政局2015年政府信息公开工作年度报告\n一、主动公开情况\n{area}。\n附表：政府信息公开情况统计表\n"
           "指标名称 单位 上年数 本年数\n一、主动公开政府信息数 条 468 512\n二、依申请公开政府信息申请数 件 11 19\n")
    _, figs, _ = read(raw, 2015)
    got = [f for f in figs if f.startswith("proactive_items")]
    if own_wins:
        assert got == ["proactive_items 2960 (the whole area (the annex's own stated))",
                       "proactive_items 512 (judgement: the agency's own annex, not the whole area's prose)"]
    else:
        assert got == ["proactive_items 2960 (annex states 512)", "proactive_items 512 (annex; prose used)"]


def test_the_two_kinds_of_lawsuit_in_a_table_comparing_years_are_summed():
    """未经复议直接起诉总计 and 复议后起诉总计 rows: each a part of the lawsuits, the measure their
    sum in the report year's column (the first alone was stated as the lawsuits)."""
    raw = ("四、政府信息公开行政复议、行政诉讼情况\n项目 | 2024年 | 2025年\n行政复议总计 | 3 | 1\n"
           "未经复议直接起诉总计 | 2 | 0\n复议后起诉总计 | 0 | 1\n五、存在的主要问题及改进情况\n无。")
    text, _ = clean_text(raw)
    got = {v.measure: v for v in read_annex(text, year=2025)}
    assert (got["reconsiderations"].value, got["lawsuits"].value) == (1, 1)
    assert text[got["lawsuits"].start:got["lawsuits"].end] == "0\n复议后起诉总计 | 0 | 1"  # both cells in the span
    only_one = raw.replace("复议后起诉总计 | 0 | 1\n", "")
    assert "lawsuits" not in {v.measure for v in read_annex(clean_text(only_one)[0], year=2025)}


def test_a_table_comparing_years_in_tabs_and_wide_spaces_read_after_cleaning():
    """指标名称\t2010年\t2011年 / 主动公开信息数\t412\t538 / 　　　部分公开\t2\t4: cleaning
    glues each label to its first number and breaks the wide spaces into blank lines; the
    rows are read all the same, in the report year's column."""
    raw = ("附表：政府信息公开情况对比\n指标名称\t2010年\t2011年\n主动公开信息数\t412\t538\n受理申请数\t27\t35\n"
           "其中：同意公开\t19\t24\n　　　部分公开\t2\t4\n行政复议数\t0\t1\n")
    text, _ = clean_text(raw)
    got = {v.measure: v.value for v in read_annex(text, year=2011)}
    assert got == {"proactive_items": 538, "applications_received": 35, "applications_granted": 24,
                   "applications_partial": 4, "reconsiderations": 1}


def test_the_lawsuits_sum_takes_each_kinds_total_row_not_its_results():
    """Rows of each kind's results (尚未审结) after its 总计 row: the sum takes the 总计 rows."""
    raw = ("四、政府信息公开行政复议、行政诉讼情况\n项目 | 2024年 | 2025年\n行政复议总计 | 3 | 1\n未经复议直接起诉总计 | 2 | 3\n"
           "未经复议直接起诉尚未审结 | 0 | 1\n复议后起诉总计 | 0 | 2\n复议后起诉尚未审结 | 0 | 0\n五、存在的主要问题及改进情况\n无。")
    got = {v.measure: v.value for v in read_annex(clean_text(raw)[0], year=2025)}
    assert (got["reconsiderations"], got["lawsuits"]) == (1, 5)


def test_an_annex_label_named_by_the_words_in_its_parentheses():
    """依申请公开信息数（收到申请数）: the words in parentheses say the row counts requests (the
    label alone would be items disclosed on request), in a web page's annex with a cumulative
    column."""
    text = ("某某区司法局2012年政府信息公开工作年度报告\n具体数据见附表。\n附表：政府信息公开情况统计表\n"
            "<table><tr><td>指标</td><td>单位</td><td>2012年</td><td>2008年5月以来累计</td></tr>"
            "<tr><td>主动公开信息数</td><td>条</td><td>204</td><td>870</td></tr>"
            "<tr><td>依申请公开信息数（收到申请数）</td><td>件</td><td>9</td><td>31</td></tr>"
            "<tr><td>同意公开答复数</td><td>件</td><td>7</td><td>25</td></tr></table>")
    _, figs, _ = read(text, 2012)
    assert {"applications_received 9", "proactive_items 204", "applications_granted 7"} <= set(figs)


def test_an_annex_of_the_whole_county_and_the_agency_itself_one_cell_a_line():
    """An office's annex with a 全县 column and a 本机关 column (its cells one a line, as a page's
    runs of ideographic spaces become): the agency's own column is read, not the county's."""
    raw = ("某某县人民政府办公室2015年政府信息公开工作年度报告\n本报告仅报告县政府办公室本机关情况。\n附表　政府信息公开情况统计表\n"
           "统计指标　　单位　　全县　　本机关\n主动公开政府信息数　　条　　7,342　　618\n依申请公开：受理申请数　件　　143　　19\n"
           "　　同意公开　　件　　97　　13\n行政复议　　件　　5　　1\n行政诉讼　　件　　2　　0\n")
    _, figs, _ = read(raw, 2015)
    assert {"proactive_items 618", "applications_received 19", "applications_granted 13", "reconsiderations 1",
            "lawsuits 0"} <= set(figs)
    assert not any(f.startswith(("proactive_items 7342", "applications_received 143")) for f in figs)


def test_requests_disclosed_on_request_counted_in_cases():
    """依申请公开数 | 件 | 31 in an annex comparing two years: the requests of the report's year
    (in 件; a row in 条 counts the items disclosed on request)."""
    raw = ("某某市财政局2010年政府信息公开工作年度报告\n附表：政府信息公开情况统计表\n指标名称\t单位\t2009年\t2010年\n"
           "主动公开信息数\t条\t702\t845\n依申请公开数\t件\t24\t31\n　同意公开\t件\t18\t22\n行政复议数\t件\t0\t0\n")
    _, figs, _ = read(raw, 2010)
    assert {"applications_received 31", "applications_granted 22", "proactive_items 845"} <= set(figs)


def test_a_markdown_annex_of_two_columns_under_its_rule_line():
    """| 项目 | 数量（件） | then | --- | --- |: the rule line is no row; the rows under it are read."""
    raw = ("某某县人民政府2018年政府信息公开工作年度报告\n**（二）依申请公开**\n\n| 项目 | 数量（件） |\n| --- | --- |\n"
           "| 收到申请总数 | 88 |\n| 予以公开 | 61 |\n| 部分公开 | 7 |\n| 咨询（不计入申请） | 412 |\n\n**（四）收费**\n\n收取费用0元。\n")
    _, figs, _ = read(raw, 2018)
    assert {"applications_received 88", "applications_granted 61", "applications_partial 7", "fees_yuan 0"} <= set(figs)


def test_a_governments_own_report_reads_the_areas_column():
    """A county government's own report (not its office's) with a 全县 | 本机关 annex: the
    report is of the whole county; its 本机关 column is a part."""
    raw = ("某某县人民政府2014年政府信息公开工作年度报告\n本报告统计数据涵盖县政府各部门及各乡镇。\n附表　政府信息公开情况统计表\n"
           "统计指标\t单位\t全县\t本机关\n主动公开政府信息数\t条\t8,410\t612\n受理申请数\t件\t104\t15\n同意公开\t件\t77\t11\n")
    _, figs, _ = read(raw, 2014)
    assert {"proactive_items 8410", "applications_received 104", "applications_granted 77"} <= set(figs)


@pytest.mark.parametrize("table, stated", [
    ("| 指标 | 数值 |\n| --- | --- |\n| 受理申请数（件） | 11 |\n| 同意公开（件） | 8 |\n",
     {"applications_received 11", "applications_granted 8"}),
    ("| 项目 | 数量（件） |\n| --- | --- |\n| 依申请公开数 | 13 |\n| 予以公开 | 10 |\n",
     {"applications_received 13", "applications_granted 10"}),
])
def test_two_column_annexes_headed_by_indicators_or_counting_requests_on_request(table, stated):
    """| 指标 | 数值 | (the units in the labels) is a two-column annex as | 项目 | 数量 | is; 依申请公开数
    under 数量（件） is the requests."""
    _, figs, _ = read("某某县交通运输局2016年政府信息公开工作年度报告\n二、依申请公开\n\n" + table, 2016)
    assert stated <= set(figs)


#: the rows of the old form's annex (国办 2008 统计表) as its outline gives them: groups, item numbers,
#: a label's note in parentheses holding a digit
_OLD_FORM_ROWS = [("一、主动公开情况", None), ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", 905),
                  ("其中：主动公开规范性文件数", 6), ("（二）通过不同渠道和方式公开政府信息的情况", None),
                  ("1.政府公报公开政府信息数", 12), ("2.政府网站公开政府信息数", 880), ("三、依申请公开情况", None),
                  ("（一）收到申请数", 17), ("1.当面申请数", 5), ("2.网络申请数", 12), ("（三）申请答复数", 17),
                  ("1.属于已主动公开范围数", 2), ("2.同意公开答复数", 9), ("3.同意部分公开答复数", 3),
                  ("4.不同意公开答复数", 1), ("5.不属于本行政机关公开数", 2), ("四、行政复议数量", 1),
                  ("五、行政诉讼数量", 0), ("七、依申请公开信息收取的费用", 0)]
_OLD_FORM_READ = {"proactive_items": 905, "applications_received": 17, "applications_granted": 9,
                  "applications_partial": 3, "applications_denied": 1, "reconsiderations": 1, "lawsuits": 0,
                  "fees_yuan": 0}


def _old_form(row: str, head: str, title: str = "附件：某县水务局2016年政府信息公开情况统计表") -> str:
    lines = [title] + ([head] if head else [])
    lines += [label if n is None else row.format(label=label, unit="万元" if "费用" in label else (
        "条" if "信息数" in label else "件"), n=n) for label, n in _OLD_FORM_ROWS]
    return "\n".join(lines)


@pytest.mark.parametrize("raw", [
    pytest.param(_old_form("{label} {n}", "统计指标 单位 统计数"), id="a-header-with-units-rows-without"),
    pytest.param(_old_form("{label}\t{unit}\t{n}", ""), id="tabs-under-the-title-alone"),
    pytest.param(_old_form("| {label} | {n} |", "| 统计指标 | 统计数 |\n|---|---|"), id="markdown-without-a-unit-column"),
    pytest.param(_old_form("{label} {unit} {n}", "", "附件：统计表").replace("（不同渠道", "（不\n同渠道"),
                 id="a-label-wrapped-inside-its-parentheses"),
])
def test_the_old_forms_annex_in_the_layouts_a_scrape_leaves(raw):
    """Each layout of the same annex gives the same values: the outline's group lines are passed
    over, item numbers (2.) and a note with a digit (…计1条) are no part of a row's number."""
    text, _ = clean_text(raw)
    assert {v.measure: v.value for v in read_annex(text, year=2016)} == _OLD_FORM_READ


def test_the_annex_under_prose_that_tells_the_2019_words():
    """本年新收…8件 in the prose above is no template's table 3: the annex below is still read."""
    raw = ("某县环境保护局2018年政府信息公开工作年度报告\n三、依申请公开政府信息情况\n本年新收政府信息公开申请8件，"
           "上年结转申请1件。\n" + _old_form("| {label} | {n} |", "| 统计指标 | 统计数 |\n|---|---|",
                                          "附件：某县环境保护局2018年政府信息公开情况统计表"))
    _, figs, _ = read(raw, 2018)
    assert {"applications_granted 9", "applications_partial 3", "applications_denied 1"} <= set(figs)


def test_a_fee_row_without_its_unit_is_read_only_when_nothing_was_charged():
    """收取的费用 | 180 with no unit could be 元 or 万元: not read; 0 is none either way."""
    raw = _old_form("| {label} | {n} |", "| 统计指标 | 统计数 |\n|---|---|")
    text, _ = clean_text(raw.replace("收取的费用 | 0", "收取的费用 | 180"))
    assert "fees_yuan" not in {v.measure for v in read_annex(text, year=2016)}


def test_an_annex_of_the_whole_county_beside_the_offices_own_prose():
    """The annex's 收到申请数 96 is the county's (全县共受理96件, the office's 12 said apart): its reply rows
    are the county's too, kept and not stated as the office's."""
    raw = ("某县人民政府办公室2017年政府信息公开工作年度报告\n二、县政府办公室依申请公开情况\n"
           "全年县政府办公室受理政府信息公开申请12件，均已答复。全县共受理政府信息公开申请96件。\n"
           + _old_form("{label}\t{unit}\t{n}", "统计指标\t单位\t统计数", "附件：某县2017年政府信息公开情况统计表（全县汇总）")
           .replace("\t17", "\t96", 1))
    _, figs, _ = read(raw, 2017)
    assert "applications_received 12 (judgement: the agency's own, not the whole area's; annex states 96)" in figs
    assert "applications_granted 9 (the whole area (the annex; the agency's own stated))" in figs
    assert not any(f.startswith("applications_granted") and "whole area" not in f for f in figs)


def test_annexes_in_several_tables_each_under_its_header():
    """附表1 of items, 附表2 of ways of applying and of replies (申请方式 | 件数, 答复类型 | 件数): every table is read."""
    raw = ("某省卫生计生委2017年政府信息公开工作年度报告\n三、依申请公开政府信息情况\n全年收到政府信息公开申请88件，详见附表2。\n"
           "附表1 主动公开情况\n| 项目 | 数量（条） |\n|---|---|\n| 主动公开政府信息 | 2730 |\n| 其中：门户网站 | 2730 |\n"
           "附表2 依申请公开情况\n| 申请方式 | 件数 |\n|---|---|\n| 当面申请 | 6 |\n| 网络申请 | 82 |\n| 合计 | 88 |\n"
           "| 答复类型 | 件数 |\n|---|---|\n| 同意公开 | 41 |\n| 同意部分公开 | 9 |\n| 不予公开 | 8 |\n| 其中：涉及商业秘密 | 3 |\n")
    _, figs, _ = read(raw, 2017)
    assert {"proactive_items 2730", "applications_received 88", "applications_granted 41", "applications_partial 9",
            "applications_denied 8"} <= set(figs)


@pytest.mark.parametrize("above", ["本年度我局依法办理各类案件如下：", "附表：全县教育系统政府信息公开情况统计"])
def test_a_table_of_kinds_under_words_that_make_it_anothers_is_not_read(above):
    """类别 | 件数 under 依法办理各类案件如下 (all cases, not disclosure's) or a whole system's title: not the annex."""
    raw = ("某县城管局2015年政府信息公开工作年度报告\n四、行政复议和行政诉讼情况\n本年度未发生因政府信息公开引起的行政复议和行政诉讼。\n"
           f"五、其他需要报告的事项\n{above}\n类别 | 件数\n收到申请数 | 30\n行政复议 | 5\n行政诉讼 | 2\n")
    text, _ = clean_text(raw)
    assert read_annex(text, year=2015) == []


def test_zeros_printed_as_a_circle_or_a_dash_and_a_cell_a_line_after_a_group_line():
    """〇 and — in a row's cell are 0, as printed; one cell a line after a group's line is still read as rows."""
    rows = _old_form("{label} {n}", "").replace(" 0\n", " 〇\n").replace(" 1\n", " 1\n")
    text, _ = clean_text(rows.replace("五、行政诉讼数量 〇", "五、行政诉讼数量 —"))
    got = {v.measure: v.value for v in read_annex(text, year=2016)}
    assert got == _OLD_FORM_READ
    cells = "附件：统计表\n统计指标\n数量\n一、主动公开情况\n（一）主动公开政府信息数\n392\n（一）收到申请数\n5\n2.同意公开答复数\n4\n3.同意部分公开答复数\n—\n"
    text, _ = clean_text(cells)
    assert {v.measure: v.value for v in read_annex(text, year=2016)} == {
        "proactive_items": 392, "applications_received": 5, "applications_granted": 4, "applications_partial": 0}


def test_an_office_beside_its_whole_county_in_two_columns():
    """统计指标 | 单位 | 全县合计 | 县政府办公室 in the office's own report: the office's column."""
    raw = ("某县人民政府办公室2016年政府信息公开工作年度报告\n附件：2016年政府信息公开情况统计表\n"
           "| 统计指标 | 单位 | 全县合计 | 县政府办公室 |\n|---|---|---|---|\n| （一）主动公开政府信息数 | 条 | 9874 | 1203 |\n"
           "| （一）收到申请数 | 件 | 86 | 14 |\n| 2.同意公开答复数 | 件 | 49 | 8 |\n")
    text, _ = clean_text(raw)
    assert {v.measure: v.value for v in read_annex(text, year=2016)} == {
        "proactive_items": 1203, "applications_received": 14, "applications_granted": 8}


_ROWS = "收到申请数 | 12\n同意公开 | 9\n不同意公开 | 1\n行政复议 | 2\n"


@pytest.mark.parametrize("above, header, read", [
    ("本年度我局依法办理各类案件如下：", "办理结果 | 件数", False),  # (all the bureau's cases)
    ("本年度我局行政复议、行政诉讼案件统计如下：", "类别 | 件数", False),
    ("2014年度我局政府信息公开情况：", "项目 | 数量（件）", False),  # (another year's)
    ("根据全市统一部署，现将我局2016年依申请公开情况统计如下：", "项目 | 数量（件）", True),  # (prose, not a title)
    ("与2015年相比，申请数量有所下降，具体情况如下：", "项目 | 数量（件）", True),  # (a comparison)
    ("附件：政府信息公开情况统计（2015年12月1日至2016年11月30日）", "项目 | 数量（件）", True),  # (its period)
])
def test_what_the_line_above_a_table_says_of_it(above, header, read):
    text, _ = clean_text(f"某县交通运输局2016年政府信息公开工作年度报告\n{above}\n{header}\n" + _ROWS)
    assert bool(read_annex(text, year=2016)) is read


@pytest.mark.parametrize("second", ["附表2 上年同期情况", "附表2 局属学校依申请公开情况", "附件2：2016年行政复议和行政应诉案件统计"])
def test_a_second_table_of_another_period_body_or_matter_adds_nothing(second):
    raw = ("某县教育局2016年政府信息公开工作年度报告\n附表1 依申请公开情况\n| 项目 | 数量（件） |\n|---|---|\n"
           "| 收到申请数 | 10 |\n| 同意公开 | 7 |\n| 不同意公开 | 3 |\n" + second + "\n| 项目 | 数量（件） |\n|---|---|\n| 行政复议 | 2 |\n")
    text, _ = clean_text(raw)
    assert {v.measure for v in read_annex(text, year=2016)} == {
        "applications_received", "applications_granted", "applications_denied"}


def test_a_dash_a_note_explains_is_no_zero():
    text, _ = clean_text("附件：2016年政府信息公开情况统计表\n统计指标 单位 统计数\n主动公开政府信息数 条 488\n收到申请数 件 —\n"
                         "行政复议数量 件 —\n注：“—”表示本年度未统计该项数据。")
    assert {v.measure: v.value for v in read_annex(text, year=2016)} == {"proactive_items": 488}


def test_an_office_column_in_a_governments_own_report_is_not_its_own():
    """某区2016年…报告 (a government's, its title names no office): the area's column, as before."""
    raw = ("某区2016年政府信息公开工作年度报告\n附件：2016年政府信息公开情况统计表\n| 统计指标 | 单位 | 全区合计 | 区政府办公室 |\n"
           "|---|---|---|---|\n| （一）收到申请数 | 件 | 210 | 25 |\n| 2.同意公开答复数 | 件 | 150 | 18 |\n")
    text, _ = clean_text(raw)
    assert {v.measure: v.value for v in read_annex(text, year=2016)} == {"applications_received": 210, "applications_granted": 150}


def test_an_own_annex_that_shares_one_value_with_the_area_is_still_own():
    """The annex's received 12 is the office's own count: one value equal to the county's (复议1件) makes it no area's."""
    raw = ("某县人民政府办公室2017年政府信息公开工作年度报告\n二、依申请公开情况\n全县共受理政府信息公开申请96件，其中县政府办公室受理12件。"
           "全县共发生政府信息公开行政复议1件，县政府办公室1件。\n附件：2017年政府信息公开情况统计表\n项目 数量（件）\n"
           "收到申请数 12\n同意公开 8\n不同意公开 2\n行政复议 1\n")
    _, figs, _ = read(raw, 2017)
    assert {"applications_granted 8", "applications_denied 2"} <= set(figs)


@pytest.mark.parametrize("above", ["按照2019年修订的《中华人民共和国政府信息公开条例》要求，本局依申请公开情况统计如下：",
                                   "本年度共收到申请12件，办理结果如下："])
def test_a_table_under_words_of_requests_or_a_laws_year_is_read(above):
    text, _ = clean_text(f"某县交通运输局2021年政府信息公开工作年度报告\n{above}\n办理结果 | 件数\n收到申请数 | 12\n同意公开 | 9\n")
    assert {v.measure: v.value for v in read_annex(text, year=2021)} == {"applications_received": 12, "applications_granted": 9}


def test_an_area_annex_sharing_only_a_zero_with_the_office_is_still_the_areas():
    raw = ("某县人民政府办公室2017年政府信息公开工作年度报告\n二、依申请公开情况\n全县共受理政府信息公开申请96件，其中县政府办公室受理12件。"
           "县政府办公室未被提起行政诉讼。\n附件：2017年政府信息公开情况统计表\n项目 数量（件）\n收到申请数 96\n同意公开 44\n行政诉讼 0\n")
    _, figs, _ = read(raw, 2017)
    assert "applications_granted 44 (the whole area (the annex; the agency's own stated))" in figs


def test_the_old_forms_rows_of_unable_named_with_its_reasons_and_of_requests_carried_forward():
    """A local version of the old form: 4.信息不存在或非本机关掌握、无法提供数 names 无法提供 with its
    reasons (unable 3), and （三）转入下一年度办理数 is carried forward (2); 5.不属于本行政机关公开数,
    which names no 无法提供, is still no measure."""
    raw = ("附表：某市交通运输局2012年政府信息公开情况统计表\n统计指标　　单位　　统计数\n"
           "（一）主动公开政府信息数　　条　　640\n（一）收到申请数　　件　　20\n（二）申请答复数　　件　　18\n"
           "1.同意公开答复数　　件　　10\n2.同意部分公开答复数　　件　　2\n3.不同意公开答复数　　件　　1\n"
           "4.信息不存在或非本机关掌握、无法提供数　　件　　3\n5.不属于本行政机关公开数　　件　　2\n"
           "（三）转入下一年度办理数　　件　　2\n三、行政复议数量　　件　　0\n四、行政诉讼数量　　件　　0\n")
    got = _values(raw, 2012)
    assert got == {"proactive_items": 640, "applications_received": 20, "applications_granted": 10,
                   "applications_partial": 2, "applications_denied": 1, "applications_unable": 3,
                   "applications_carried_forward": 2, "reconsiderations": 0, "lawsuits": 0}


@pytest.mark.parametrize("sep", ["\t", " | ", "    "])
def test_a_table_of_years_as_rows_gives_the_report_years_row(sep):
    """年度 | 主动公开信息（条） | 收到申请（件） | 发布统计数据（期） with a row per year: the report year's row,
    each column its name's measure (a column naming none, 发布统计数据, passed over); no row of the
    report's year, nothing."""
    rows = [["年度", "主动公开信息（条）", "收到申请（件）", "发布统计数据（期）"], ["2020年", "512", "9", "46"],
            ["2021年", "634", "6", "52"]]
    raw = "某市统计局2021年政府信息公开工作年度报告\n近两年主动公开情况对比如下：\n" + "\n".join(sep.join(r) for r in rows) + "\n二、主动公开"
    assert _values(raw, 2021) == {"proactive_items": 634, "applications_received": 6}
    assert _values(raw, 2022) == {}


def test_a_dash_alone_in_a_rows_value_cell_is_zero_unless_a_note_says_what_it_means():
    """统计指标 | 单位 | 数量 rows with a dash for a value (部分公开数 件 —): 0; where a note says what the
    dash means (注：“—”表示未统计), no value."""
    raw = ("附表：政府信息公开情况统计表\n统计指标\t单位\t数量\n主动公开信息数\t条\t95\n收到申请数\t件\t2\n同意公开数\t件\t2\n"
           "部分公开数\t件\t—\n不予公开数\t件\t—\n行政复议数\t件\t0\n")
    got = _values(raw, 2012)
    assert got == {"proactive_items": 95, "applications_received": 2, "applications_granted": 2,
                   "applications_partial": 0, "applications_denied": 0, "reconsiderations": 0}
    got = _values(raw + "注：“—”表示本年度未统计该项数据。\n", 2012)
    assert "applications_partial" not in got and "applications_denied" not in got


@pytest.mark.parametrize("label, value, measure", [
    ("三、因政府信息公开申请不予公开答复提起行政复议数", 1, "reconsiderations"),  # the reviews, of a denial
    ("（二）申请答复数含上年结转", 11, None),  # replies with the carried ones: no measure
    ("（二）本年受理申请数及上年结转数", 12, None),  # the two together: no measure
    ("2.信息不存在或非本机关掌握、无法提供、不予处理数", 3, None),  # two kinds of reply together
    ("（三）转入下一年度办理数", 2, "applications_carried_forward"),
    ("（二）上年结转申请数", 2, "applications_carried_over"),  # (its 上年 is no header's word)
])
def test_an_old_form_rows_label_names_one_measure_or_none(label, value, measure):
    """A row of the old form's annex is a measure only where its label names one: a carried count
    opens its label (转入下一年度…); a label joining it to another count, or naming two kinds of reply,
    names none."""
    raw = (f"附表：政府信息公开情况统计表\n统计指标　　单位　　统计数\n（一）主动公开政府信息数　　条　　150\n"
           f"（一）收到申请数　　件　　9\n{label}　　件　　{value}\n四、行政诉讼数量　　件　　0\n")
    got = _values(raw, 2014)
    assert {k: v for k, v in got.items() if k not in ("proactive_items", "applications_received", "lawsuits")} == (
        {measure: value} if measure else {})


@pytest.mark.parametrize("rows, title, expected", [
    (["2021年\t512\t9", "2022年目标\t600\t10", "2022年\t634\t6"], "主动公开工作目标完成情况：",
     {"proactive_items": 634, "applications_received": 6}),  # a target's row is no year's
    (["2021年\t512\t9", "2022年上半年\t260\t2"], "政府信息公开情况对比：", {}),  # half a year
    (["2021年\t812\t9", "2022年\t934\t11"], "全县农业农村系统近两年政府信息公开情况：", {}),  # the area's table
])
def test_a_table_of_years_as_rows_reads_only_its_years_own_row(rows, title, expected):
    raw = "某县农业农村局2022年政府信息公开工作年度报告\n" + title + "\n年度\t主动公开信息（条）\t收到申请（件）\n" + "\n".join(rows) + "\n"
    assert _values(raw, 2022) == expected


def test_a_table_of_years_as_rows_passes_over_a_stock_or_replies_column():
    raw = ("某县融媒体中心2022年政府信息公开工作年度报告\n近年公开情况：\n年度\t累计主动公开信息（条）\t当年主动公开信息（条）\t答复申请（件）\n"
           "2021年\t3120\t512\t4\n2022年\t3754\t634\t5\n")
    assert _values(raw, 2022) == {"proactive_items": 634}
