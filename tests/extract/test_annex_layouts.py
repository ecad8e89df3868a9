"""Statistics annexes in layouts the older readers missed: a two-column table whose first row
says 本年新收 (no 2019 template), item numbers on lines of their own (序号 | 项目 | 数量 one
cell a line), and an annex printed across (a line of labels, the next of numbers)."""

from __future__ import annotations

import pytest
from _passages import read

from gdrkit.clean import clean_text
from gdrkit.extract.annex import read_annex


def _read(raw: str, year: int) -> dict[str, float]:
    text, _ = clean_text(raw)
    return {v.measure: v.value for v in read_annex(text, year=year)}


def test_a_two_column_table_whose_first_row_says_newly_received_is_no_template():
    raw = ("某市民政局关于2015年度政府信息公开工作的报告\n二、依申请公开情况\n具体情况如下：\n依申请公开办理情况表\n"
           "项目            件数\n本年新收申请      14\n上年结转          1\n同意公开          9\n部分公开          2\n"
           "不予公开          1\n信息不存在        2\n结转下年度        1\n")
    assert _read(raw, 2015) == {"applications_received": 14, "applications_carried_over": 1, "applications_granted": 9,
                                "applications_partial": 2, "applications_denied": 1, "applications_carried_forward": 1}


def test_the_2019_template_table_3_is_still_left_to_the_table_layer():
    raw = ("某县司法局2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n项目 件数\n"
           "一、本年新收政府信息公开申请数量 6\n二、上年结转政府信息公开申请数量 0\n")
    assert _read(raw, 2020) == {}


NUMBERED = ("政府信息公开情况统计表\n序号\n项目\n数量\n1\n主动公开信息条数\n57\n2\n其中：通过网站公开条数\n57\n3\n受理申请件数\n4\n"
            "4\n其中：予以公开\n3\n5\n不予公开\n1\n6\n行政复议件数\n0\n7\n行政诉讼件数\n2\n8\n收费金额（元）\n0\n")


def test_item_numbers_on_lines_of_their_own_one_cell_a_line():
    assert _read("某县林业局2011年政府信息公开工作年度报告\n" + NUMBERED, 2011) == {
        "proactive_items": 57, "applications_received": 4, "applications_granted": 3, "applications_denied": 1,
        "reconsiderations": 0, "lawsuits": 2, "fees_yuan": 0}


ACROSS = ("附件：某县人民政府办公室2017年政府信息公开情况统计表\n主动公开信息数\t其中全文电子化\t新增规范性文件数\n856\t850\t9\n"
          "申请总数\t当面申请数\t网上申请数\t信函申请数\n13\t2\t10\t1\n同意公开答复数\t同意部分公开答复数\t否决公开答复数\t信息不存在数\n"
          "7\t3\t1\t2\n行政复议数\t行政诉讼数\t收费金额（元）\n1\t0\t0\n")


def test_an_annex_printed_across_a_line_of_labels_and_one_of_numbers():
    """Each label its number below; the parts (当面申请数, 其中全文电子化) and 信息不存在 (no reply named) are not read."""
    assert _read("某县人民政府办公室2017年政府信息公开工作年度报告\n" + ACROSS, 2017) == {
        "proactive_items": 856, "applications_received": 13, "applications_granted": 7, "applications_partial": 3,
        "applications_denied": 1, "reconsiderations": 1, "lawsuits": 0, "fees_yuan": 0}


def test_an_annex_printed_across_in_the_whole_report():
    raw = ("某县人民政府办公室2017年政府信息公开工作年度报告\n一、主动公开情况\n全年主动公开政府信息856条。\n"
           "二、依申请公开情况\n全年收到政府信息公开申请13件，均已按时答复。\n" + ACROSS)
    _, figs, _ = read(raw, 2017)
    assert {"proactive_items 856", "applications_received 13", "applications_granted 7", "applications_partial 3",
            "applications_denied 1", "reconsiderations 1", "lawsuits 0", "fees_yuan 0"} <= set(figs)


@pytest.mark.parametrize("raw", [
    # another year's table above it
    "附件：2015年政府信息公开情况统计表（供对比）\n申请总数\t同意公开答复数\t行政复议数\n9\t6\t0\n",
    # one measure only: a line of labels and numbers is too common to be taken for an annex
    "申请总数\t当面申请数\t网上申请数\n9\t4\t5\n",
    # the 2019 table 4's results: no cell names a measure
    "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n1\t0\t0\t0\t1\n",
    # a fee of 120 with no unit: 元 or 万元 unsaid
    "收取费用\t减免费用\n120\t0\n",
])
def test_rows_across_that_are_no_annex_of_the_year(raw):
    assert _read("某县交通运输局2016年政府信息公开工作年度报告\n" + raw, 2016) == {}


OUTLINE = ("附：{year}年度政府信息公开情况统计表\n一、主动公开情况\n（一）主动公开政府信息数　208\n（不同渠道和方式公开相同信息计1条）\n"
           "其中：主动公开规范性文件数　3\n三、依申请公开情况\n（一）收到申请数　6\n2．同意公开答复数　4\n4．不同意公开答复数　1\n"
           "四、行政复议数量　0\n")


def test_a_note_on_a_line_of_its_own_between_the_rows_of_an_outline_annex():
    assert _read("某镇人民政府2017年政府信息公开工作年度报告\n" + OUTLINE.format(year=2017), 2017) == {
        "proactive_items": 208, "applications_received": 6, "applications_granted": 4, "applications_denied": 1,
        "reconsiderations": 0}


@pytest.mark.parametrize("column, read", [("2018年", True), ("2018年度", True), ("2017年", False)])
def test_an_annex_whose_one_column_is_named_by_a_year(column, read):
    raw = (f"某区城市管理局2018年政府信息公开工作年度报告\n附件：政府信息公开情况统计表\n| 指标 | {column} |\n|---|---|\n"
           "| 一、主动公开情况 | |\n| （一）主动公开政府信息数 | 412 |\n| 三、依申请公开情况 | |\n| （一）收到申请数 | 12 |\n"
           "| 2．同意公开答复数 | 5 |\n")
    assert _read(raw, 2018) == ({"proactive_items": 412, "applications_received": 12, "applications_granted": 5} if read else {})


def test_a_two_column_table_headed_by_matters_in_markdown():
    raw = ("某县统计局2018年政府信息公开工作年度报告\n三、依申请公开情况\n2018年，我局依申请公开办理情况如下：\n\n| 事项 | 件数 |\n|---|---|\n"
           "| 本年收到申请 | 7 |\n| 予以公开 | 4 |\n| 无法提供 | 2 |\n| 不予处理 | 1 |\n")
    assert _read(raw, 2018) == {"applications_received": 7, "applications_granted": 4, "applications_unable": 2,
                                "applications_not_processed": 1}


def test_a_two_column_table_with_each_rows_unit_after_its_number():
    raw = ("某县应急管理局2014年政府信息公开工作年度报告\n全年主要数据如下：\n\n项目                      数量\n"
           "主动公开政府信息          86 条\n  其中：局网站发布        50 条\n收到公开申请                4 件\n"
           "  其中：予以公开            3 件\n因信息公开申请行政复议      0 件\n依申请公开收取费用          0 元\n")
    assert _read(raw, 2014) == {"proactive_items": 86, "applications_received": 4, "applications_granted": 3,
                                "reconsiderations": 0, "fees_yuan": 0}


KINDS = ("某县林业局2016年政府信息公开工作年度报告\n二、主动公开政府信息情况\n2016年，我局主动公开政府信息，分类情况如下：\n"
         "| 类别 | 条数 |\n| --- | --- |\n| 机构职能 | 6 |\n| 林木采伐许可 | 142 |\n| 工作动态 | 85 |\n| 合计 | 233 |\n\n"
         "三、依申请公开政府信息情况\n2016年，我局本年新收政府信息公开申请8件。")


def test_the_total_row_of_a_table_of_the_kinds_of_items_published():
    """Under words of proactive disclosure, 类别 | 条数: its 合计 is the items published (the kinds are no measure);
    the words of requests in the next section do not make it a template's table 3."""
    assert _read(KINDS, 2016) == {"proactive_items": 233}


def test_a_total_row_under_words_of_requests_is_no_count_of_items():
    assert _read(KINDS.replace("主动公开政府信息，分类", "受理政府信息公开申请，分类"), 2016) == {}


def test_an_outline_annex_headed_by_indicator_name_and_the_year_with_a_rate_row_and_empty_lines():
    raw = ("某区文化局2013年政府信息公开工作年度报告\n二、政府信息公开工作情况统计\n指标名称\t2013年\n一、主动公开情况\t\n"
           "主动公开信息数（条）\t174\n其中：全文电子化率\t100%\n二、依申请公开情况\t\n申请总数（件）\t3\n其中：当面申请\t1\n\n"
           "网上申请\t2\n其中：同意公开答复数\t2\n\n否决公开答复数\t1\n三、行政复议和行政诉讼\t\n行政复议数（件）\t0\n四、收费（元）\t0\n\n\n"
           "三、存在的主要问题\n人员 3\n")
    assert _read(raw, 2013) == {"proactive_items": 174, "applications_received": 3, "applications_granted": 2,
                                "applications_denied": 1, "reconsiderations": 0, "fees_yuan": 0}


@pytest.mark.parametrize("raw, expected", [
    # a line between items (a group's name) takes no item number as its value
    ("序号\n项目\n数量\n1\n主动公开信息条数\n57\n依申请公开情况\n2\n受理申请件数\n4\n3\n其中：予以公开\n3\n行政复议和诉讼情况\n4\n"
     "行政复议件数\n0\n5\n行政诉讼件数\n1\n",
     {"proactive_items": 57, "applications_received": 4, "applications_granted": 3, "reconsiderations": 0, "lawsuits": 1}),
    # a row whose value cell is empty: the next line is the next item's number
    ("序号\n项目\n数量\n1\n主动公开信息条数\n88\n2\n受理申请件数\n3\n其中：予以公开\n2\n4\n不予公开\n0\n",
     {"proactive_items": 88, "applications_granted": 2, "applications_denied": 0}),
    # a whole county's rows after 全县汇总 are not the agency's
    ("序号\n项目\n数量\n1\n主动公开信息条数\n310\n2\n受理申请件数\n15\n全县汇总\n3\n全县受理申请件数\n88\n4\n行政复议件数\n2\n",
     {"proactive_items": 310, "applications_received": 15}),
])
def test_numbered_rows_one_cell_a_line_beside_lines_between_them(raw, expected):
    assert _read("某县卫生局2011年政府信息公开工作年度报告\n附件：政府信息公开情况统计表\n" + raw, 2011) == expected


@pytest.mark.parametrize("raw", [
    "上年同期情况：\n| 申请总数 | 同意公开答复数 | 行政复议数 |\n| 9 | 6 | 0 |\n",  # last year's
    "附件：上年度政府信息公开情况统计表（供对比）\n| 申请总数 | 同意公开答复数 | 行政复议数 |\n| 9 | 6 | 0 |\n",
    "全年共收到申请7件。县政府各部门受理情况如下：\n| 受理申请数 | 同意公开答复数 | 行政复议数 |\n| 45 | 30 | 2 |\n",  # other bodies'
])
def test_rows_across_of_another_year_or_body_are_not_read(raw):
    assert _read("某县人民政府办公室2018年政府信息公开工作年度报告\n" + raw, 2018) == {}


def test_rows_by_year_are_read_in_the_report_years_row_not_across():
    """| 年度 | 申请总数 | … | with a row per year: not read across (its first row of numbers, 2017's), but
    as a table of years as rows: the report year's row (2018: 15, 9, 0)."""
    raw = "附件：统计表\n| 年度 | 申请总数 | 同意公开答复数 | 行政复议数 |\n| 2017 | 12 | 8 | 1 |\n| 2018 | 15 | 9 | 0 |\n"
    assert _read("某县人民政府办公室2018年政府信息公开工作年度报告\n" + raw, 2018) == {
        "applications_received": 15, "applications_granted": 9, "reconsiderations": 0}


def test_a_dash_a_note_defines_is_no_zero_across():
    raw = ("某县文广局2016年政府信息公开工作年度报告\n附件：统计表\n| 申请总数 | 同意公开答复数 | 行政复议数 | 行政诉讼数 |\n"
           "| 5 | 5 | — | — |\n注：“—”表示本年度未统计该项数据。\n")
    assert _read(raw, 2016) == {"applications_received": 5, "applications_granted": 5}


@pytest.mark.parametrize("note", ["（以下为2016年同期数据）", "（注：另有2件转县信访局办理）"])
def test_a_note_of_another_period_or_matter_ends_the_rows(note):
    raw = (f"某县司法局2017年政府信息公开工作年度报告\n项目 | 数量\n主动公开政府信息 | 208\n收到申请 | 6\n同意公开 | 4\n{note}\n"
           "收到申请 | 4\n行政复议 | 1\n")
    assert _read(raw, 2017) == {"proactive_items": 208, "applications_received": 6, "applications_granted": 4}


def test_a_note_of_the_reports_own_period_under_the_title_is_read_through():
    raw = ("某县民宗局2017年政府信息公开工作年度报告\n政府信息公开情况统计表\n（统计时段：2017年1月1日至12月31日）\n"
           "主动公开政府信息 | 96\n收到申请 | 2\n同意公开 | 2\n行政复议 | 0\n")
    assert _read(raw, 2017) == {"proactive_items": 96, "applications_received": 2, "applications_granted": 2, "reconsiderations": 0}


def test_a_row_of_a_change_and_a_table_of_all_cases_are_no_measure():
    raw = "某县物价局2015年政府信息公开工作年度报告\n二、政府信息公开情况统计\n主动公开政府信息 320 条\n比上年增加受理申请 3 件\n受理信息公开申请 12 件\n"
    assert _read(raw, 2015) == {"proactive_items": 320, "applications_received": 12}
    raw = "某县国土局2017年政府信息公开工作年度报告\n本局全年办理各类行政复议、行政诉讼案件情况如下：\n事项 | 件数\n行政复议 | 5\n行政诉讼 | 3\n"
    assert _read(raw, 2017) == {}


@pytest.mark.parametrize("above, expected", [
    ("主动公开信息分类统计如下：", {"proactive_items": 118}),  # (行政复议决定 | 2 is a kind of item, no case)
    ("全年主动公开政府信息1520条。其中，主动公开规范性文件情况如下：", {}),  # (a kind's total)
])
def test_the_kinds_of_items_published_give_only_their_total(above, expected):
    raw = (f"某县文体局2015年政府信息公开工作年度报告\n一、主动公开情况\n{above}\n| 类别 | 条数 |\n| --- | --- |\n| 政策法规 | 14 |\n"
           "| 工作动态 | 102 |\n| 行政复议决定 | 2 |\n| 总计 | 118 |\n")
    assert _read(raw, 2015) == expected


def test_cells_a_space_apart_are_no_one_number():
    """Cleaning leaves the tabs one space: 9 6 0 is three cells (read across), not a count 960."""
    _, figs, _ = read("某县统计局2016年政府信息公开工作年度报告\n附件：政府信息公开情况统计表\n申请总数\t同意公开答复数\t行政复议数\n9\t6\t0\n", 2016)
    assert figs == ["applications_granted 6", "applications_received 9", "reconsiderations 0"]


def test_an_annex_printed_across_whose_cells_cleaning_left_a_space_apart():
    raw = ("某区发展和改革局2013年政府信息公开工作年度报告\n附表：2013年政府信息公开统计\n（二）依申请公开\n"
           "收到申请  同意公开  部分公开  不予公开  不属于本机关\n6         3         1         1         1\n")
    assert _read(raw, 2013) == {"applications_received": 6, "applications_granted": 3, "applications_partial": 1,
                                "applications_denied": 1}


@pytest.mark.parametrize("note", ["（注：不同渠道和方式公开相同信息计1条）", "（以上数据统计截至2017年12月31日）"])
def test_a_note_of_a_row_or_of_the_reports_own_period_is_read_through(note):
    raw = (f"某县民宗局2017年政府信息公开工作年度报告\n项目 | 数量\n主动公开政府信息 | 96\n{note}\n收到申请 | 2\n同意公开 | 2\n行政复议 | 0\n")
    assert _read(raw, 2017) == {"proactive_items": 96, "applications_received": 2, "applications_granted": 2, "reconsiderations": 0}


def test_an_annex_across_under_its_own_title_naming_its_units():
    raw = ("某县卫计局2016年政府信息公开工作年度报告\n附件：县卫计局（含局属单位）政府信息公开情况统计表\n"
           "| 主动公开信息数 | 收到申请数 | 同意公开答复数 | 行政复议数 |\n| 412 | 6 | 5 | 0 |\n")
    assert _read(raw, 2016) == {"proactive_items": 412, "applications_received": 6, "applications_granted": 5, "reconsiderations": 0}
