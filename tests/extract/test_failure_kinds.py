"""The eight kinds of failure seen on unseen reports (issue 16), each on short passages
written for this test in the style of the reports (not copied from any report).

Every test asserts the headline value, or that no value is stated, and where a rule had
to choose, the flag (a qualifier on the headline, a ``checks`` row, low confidence).
"""

from __future__ import annotations

import pytest

from gdrkit.clean import clean_text
from gdrkit.extract.figures import extract_report, is_headline
from gdrkit.sections import segment_text


def _read(raw: str, year: int = 2022):
    text, _ = clean_text(raw)
    rows, notes = extract_report(text, sections=segment_text(text), year=year)
    head = {r["measure"]: r for r in rows if "." not in r["measure"] and is_headline(r["qualifier"])}
    return head, rows, notes


def _values(raw: str, year: int = 2022) -> dict[str, float]:
    return {m: r["value"] for m, r in _read(raw, year)[0].items()}


# 1. "None" said in other words --------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "本年度没有产生信息公开处理费。",
    "2021年度，本机关未产生政府信息公开信息处理费。",
    "本年度政府信息公开无收费及减免情况。",
    "我局依申请提供政府信息，不收取任何费用。",
    "全部免费为申请人提供所需政府信息。",
])
def test_fees_none_in_other_words(sentence):
    assert _values(sentence) == {"fees_yuan": 0.0}


@pytest.mark.parametrize("sentence", [
    "本年度本机关没有收到政府信息公开申请。",
    "全年未接到公民、法人或其他组织提出的政府信息公开申请。",
    "政府信息公开申请数量为零。",
    "全年政府信息公开申请为零。",
    "依申请公开方面，本年度暂无申请。",
    "本年度，本单位未发生依申请公开情况。",
])
def test_no_applications_in_other_words(sentence):
    assert _values(sentence) == {"applications_received": 0.0}


@pytest.mark.parametrize("raw, expected", [
    ("四、政府信息公开的收费及减免情况\n无。\n五、其他", {"fees_yuan": 0.0}),
    ("三、政府信息依申请公开情况\n无申请。\n", {"applications_received": 0.0}),
    ("五、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生此类情况。",
     {"reconsiderations": 0.0, "lawsuits": 0.0}),
])
def test_heading_whose_whole_body_is_none(raw, expected):
    assert _values(raw) == expected


def test_none_about_outcomes_of_other_things_is_not_a_zero():
    # 未出现超期答复: no late answer, which says nothing about how many requests came
    assert _values("三、政府信息依申请公开情况\n均在法定期限内予以答复，未出现超期答复情况。") == {}


# 2. Statistics annexes in other layouts ------------------------------------------------
ANNEX_GLUED = ("附件:2016年政府信息公开数据统计表指标名称计量单位2016年度历年累计主动公开文件数条475582其中:"
               "1.政府网站公开数条4755822.政府公报公开数条00受理政府信息公开申请总数条00对申请的答复总数条00"
               "其中:1.同意公开答复数条002.同意部分公开答复数条003.不予公开答复数条00"
               "政府信息公开收费减免金额元00行政复议数件00行政诉讼数件00")
ANNEX_SPACED = ("政府信息公开情况统计表\n指标名称 计量单位 2014年度 累计\n主动公开信息数 条 129 2310\n"
                "受理依申请公开申请总数 件 3 17\n同意公开答复数 件 2 11\n同意部分公开答复数 件 1 4\n"
                "不予公开答复数 件 0 2\n收费减免金额 元 0 0\n行政复议数 件 0 1\n行政诉讼数 件 0 0")
ANNEX_PIPES = ("| 指标名称 | 计量单位 | 2012年度 | 历年累计 |\n| 主动公开信息数 | 条 | 850 | 3420 |\n"
               "| 受理依申请公开信息总数 | 条 | 4 | 9 |\n| 其中: 1 、同意公开答复数 | 条 | 3 | 7 |\n"
               "| 行政复议数 | 件 | 0 | |\n| 行政诉讼数 | 件 | 0 | 0 |")


@pytest.mark.parametrize("raw, year, expected", [
    (ANNEX_GLUED, 2016, {"proactive_items": 475, "applications_received": 0, "applications_granted": 0,
                         "applications_partial": 0, "applications_denied": 0, "fees_yuan": 0,
                         "reconsiderations": 0, "lawsuits": 0}),
    (ANNEX_SPACED, 2014, {"proactive_items": 129, "applications_received": 3, "applications_granted": 2,
                          "applications_partial": 1, "applications_denied": 0, "fees_yuan": 0,
                          "reconsiderations": 0, "lawsuits": 0}),
    (ANNEX_PIPES, 2012, {"proactive_items": 850, "applications_received": 4, "applications_granted": 3,
                         "reconsiderations": 0, "lawsuits": 0}),
])
def test_statistics_annex_layouts(raw, year, expected):
    assert _values(raw, year) == expected


def test_annex_glued_columns_are_split_by_rule_and_say_so():
    head, _, _ = _read(ANNEX_GLUED, 2016)
    assert head["proactive_items"]["qualifier"] == "two columns run together, split by rule"
    assert head["proactive_items"]["method"] == "annex_table"


ANNEX_YEARS = ("政府信息公开工作情况对照表\n| 指标名称 | 计量单位 | 2015年 | 2016年 | 变化 |\n"
               "| 主动公开信息数 | 条 | 1,204 | 1,377 | 173 |\n| 受理政府信息公开申请总数 | 件 | 12 | 9 | -3 |\n"
               "| 同意公开答复数 | 件 | 10 | 6 | -4 |\n| 行政复议数 | 件 | 2 | 0 | -2 |")


@pytest.mark.parametrize("year, expected", [
    (2016, {"proactive_items": 1377, "applications_received": 9, "applications_granted": 6, "reconsiderations": 0}),
    (2017, {}),  # the columns are 2015 and 2016: no column is the report's year, nothing is read
])
def test_annex_comparing_years_is_read_in_the_reports_years_column(year, expected):
    head, rows, _ = _read(ANNEX_YEARS, year)
    assert {m: r["value"] for m, r in head.items()} == expected
    if expected:  # the value's span is the cell of that column
        text, _ = clean_text(ANNEX_YEARS)
        assert text[head["proactive_items"]["start"]:head["proactive_items"]["end"]] == "1,377"


# 3. Cumulative or channel counts taken for the year ----------------------------------
@pytest.mark.parametrize("sentence, year, expected", [
    ("截至2014年底，累计主动公开政府信息12658条，其中2014年度主动公开1904条。", 2014, 1904),
    ("2023年，我局共发布政府信息（文件）687份，其中主动公开299份，依申请公开及不予公开388份。", 2023, 299),
    ("全年公开政府信息共228条。", 2020, 228),
    ("全年政府信息主动公开128条。", 2021, 128),
    ("全年印发公文类政府信息共510条，其中主动公开信息数169，依申请公开信息数317条。", 2022, 169),
    ("本年主动公开信息数:647,其中主动公开规范性文件数:12。", 2019, 647),
    # a stock since an earlier year, to the year's end, then the year's own
    ("自2009年5月1日《条例》施行至2011年底，本委累计主动公开政府信息2360条，其中2011年主动公开812条。", 2011, 812),
    ("截至2016年底，局网站信息公开专栏累计发布信息2940条，其中2016年发布530条。", 2016, 530),  # its verb alone
    ("截至2013年底，累计主动公开政府信息3120条，其中2013年486条。", 2013, 486),  # neither verb nor noun
    ("2021年，县信访局全年主动公开政府信息167条。", 2021, 167),  # a topic word in the agency's name
    ("主要数据如下：\n1.主动公开信息：全年86条（上年70条），其中政策解读信息12条；\n2.收到信息公开申请：0件；", 2022, 86),  # a label line
    ("主动公开信息：本年53条。", 2022, 53),  # a label's count after its colon
])
def test_the_years_proactive_total(sentence, year, expected):
    assert _values(sentence, year).get("proactive_items") == expected


@pytest.mark.parametrize("sentence, year", [
    ("累计主动公开政府信息7700多条。", 2025),  # a stock: no year is named
    ("门户网站全年公开政府信息78条，官方微信全年公开政府信息502条。", 2024),  # channels side by side
    ("“某某发布”微信公众号全年发布信息1261篇，政务微博发布信息4000余条。", 2021),
    ("截至2011年12月31日，我办共主动公开政府信息3675条。", 2011),  # stock or the year's: not said
    ("2019年印发的16个规范性文件全部在门户网站主动公开。", 2019),  # 16 documents of one kind
    ("本学年，学校通过信息公开网发布信息240条，通过校园网发布信息57条。", 2016),  # two sites of a school
    ("我局主动公开政府信息的主要类别有：机构职能类信息96条，政策文件类信息45条。", 2016),  # kinds listed after a colon
])
def test_no_total_is_stated_from_cumulative_or_channel_counts(sentence, year):
    assert "proactive_items" not in _values(sentence, year)


def test_stock_or_year_is_flagged_not_stated():
    head, rows, _ = _read("截至2011年12月31日，我办共主动公开政府信息3675条。", 2011)
    assert "proactive_items" not in head
    assert len(rows) == 1 and rows[0]["qualifier"].startswith("cumulative or the year's? (截至 the year's end")


# 4. A statement about outcomes is not a count -----------------------------------------
def test_outcome_statements_do_not_become_zero_counts():
    assert _values("本年度未发生被行政复议纠错和行政诉讼败诉的情况。") == {}


def test_the_reconsideration_that_did_not_correct_us_is_one():
    assert _values("2016年，因政府信息公开被申请行政复议1件，复议机关未予纠错，维持原答复。", 2016) == {
        "reconsiderations": 1.0}


def test_outcome_sentence_beside_a_table_keeps_the_tables_count():
    raw = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 "
           "未经复议直接起诉 复议后起诉\n结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n"
           "20 3 2 1 26 10 1 0 2 13 4 0 0 1 5\n本年度行政复议未被纠错,行政诉讼未败诉。")
    v = _values(raw)
    assert (v["reconsiderations"], v["lawsuits"]) == (26.0, 18.0)


# 5. PDF line and page breaks, other verbs ---------------------------------------------
def test_words_and_numbers_broken_over_lines_and_pages():
    raw = "2024年，我区在政府网站平台主动发\n布各类政府信息 24\n- 2 -\n28 条，公开政府常务会议 7 期。"
    assert _values(raw, 2024) == {"proactive_items": 2428.0}


@pytest.mark.parametrize("sentence, expected", [
    ("全年通过门户网站主动发布各类政府信息2428条。", 2428),
    ("本年度共主动公布政府信息1,236条。", 1236),
    ("全年共主动公开政府信息1.2万余条。", 12000),
])
def test_other_verbs_and_numerals(sentence, expected):
    assert _values(sentence).get("proactive_items") == expected


# 6. Markdown pipe tables, shredded -----------------------------------------------------
T3_FRAGMENTS = """### 三、收到和处理政府信息公开申请情况
| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
|---|---|---|---|---|---|---|---|
| 一、本年新收政府信息公开申请数量 | 40 | 2 | 0 | 0 | 1 | 0 | 43 |
| 二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |

| （一）予以公开 | 20 | 1 | 0 | 0 | 1 | 0 | 22 |
| （二）部分公开（区分处理的，只计这一情形，不
计其他情形） | 5 | 0 | 0 | 0 | 0 | 0 | 5 |
| （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| | 2.其他法律行政法规禁止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| | 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| | 4.保护第三方合法权益 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
| | 5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| | 6.属于四类过程性信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| | 7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| | 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |

- 4 -

| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
|---|---|---|---|---|---|---|---|
| （四）无法提供 | 1.本机关不掌握相关政府信息 | 8 | 1 | 0 | 0 | 0 | 0 | 9 |
| | 2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| | 3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| （五）不予处理 | 1.信访举报投诉类申请 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
| | 2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| | 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| | 4.无正当理由大量反复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| | 5.要求行政机关确认或重新出具已获取信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| | 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| | 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| （七）总计 | 41 | 2 | 0 | 0 | 1 | 0 | 44 |
| 四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |

### 四、政府信息公开行政复议、行政诉讼情况
| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| 2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 |
"""


def test_markdown_table_in_fragments_with_split_header_cells():
    v = _values(T3_FRAGMENTS)
    assert v == {"applications_received": 43, "applications_carried_over": 3, "applications_granted": 22,
                 "applications_partial": 5, "applications_denied": 4, "applications_unable": 9,
                 "applications_not_processed": 3, "applications_carried_forward": 2,
                 "reconsiderations": 3, "lawsuits": 2}


def test_markdown_table_identities_hold_so_confidence_is_high():
    head, _, _ = _read(T3_FRAGMENTS)
    assert {m: r["method"].startswith("template") for m, r in head.items()} == dict.fromkeys(head, True)


HTML_T3 = """<html><body><div class="content"><p>三、收到和处理政府信息公开申请情况</p>
<table><tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>
<td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>7</td><td></td><td></td><td></td><td>1</td><td></td><td>8</td></tr>
<tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td rowspan="5">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>4</td><td></td><td></td><td></td><td>1</td><td></td><td>5</td></tr>
<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>2.其他法律行政法规禁止公开</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
<tr><td colspan="2">（七）总计</td><td>7</td><td></td><td></td><td></td><td>1</td><td></td><td>8</td></tr>
<tr><td colspan="3">四、结转下年度继续办理</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</table></div></body></html>"""


def test_html_table_with_rowspan_colspan_and_blank_cells():
    from gdrkit.io import html_to_text

    v = _values(html_to_text(HTML_T3))
    assert (v["applications_received"], v["applications_granted"], v["applications_partial"],
            v["applications_carried_forward"]) == (8, 5, 1, 0)


# 7. Headings lost; table 4 as one run of 15 numbers ------------------------------------
def test_table4_as_one_run_after_table3_without_headings():
    raw = ("本年新收政府信息公开申请数量 3 0 0 0 0 0 3 上年结转政府信息公开申请数量 0 0 0 0 0 0 0 "
           "（七）总计 3 0 0 0 0 0 3 四、结转下年度继续办理 0 0 0 0 0 0 0 "
           "行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 结果维持 结果纠正 "
           "其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 1 0 0 1 2 0 0 0 1 1 0 0 0 0 0 "
           "五、存在的主要问题")
    v = _values(raw)
    assert (v["applications_received"], v["reconsiderations"], v["lawsuits"]) == (3, 2, 1)


def test_table4_glued_run_split_by_its_sums():
    raw = ("四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
           "未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
           "100120001100000五、存在的主要问题及改进情况")
    v = _values(raw)
    assert (v["reconsiderations"], v["lawsuits"]) == (2, 1)


# 8. Prose that contradicts its table --------------------------------------------------
def test_prose_against_table_gives_the_table_flagged():
    raw = ("二、依申请公开情况\n2024年，区政府办受理政府信息公开申请17件。\n"
           "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 90 2 0 0 3 0 95\n"
           "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n（七）总计 90 2 0 0 3 0 95\n"
           "四、结转下年度继续办理 0 0 0 0 0 0 0\n")
    head, _, notes = _read(raw, 2024)
    r = head["applications_received"]
    assert (r["value"], r["qualifier"], r["method"]) == (95.0, "prose states 17", "template_table")
    assert [n for n in notes if n["rule"] == "prose_vs_table.applications_received"] == [
        dict(rule="prose_vs_table.applications_received", ok=False, expected="95", observed="17",
             evidence="17件")]


def test_table_total_left_at_zero_is_read_from_its_cells_and_flagged():
    raw = ("一、本年新收政府信息公开申请数量3000000二、上年结转政府信息公开申请数量0000000"
           "（一）予以公开1000000（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000"
           "（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开00000003.危及“三安全一稳定”0000000"
           "4.保护第三方合法权益2000000（七）总计3000000四、结转下年度继续办理0000000")
    head, _, notes = _read(raw, 2024)
    assert head["applications_received"]["value"] == 3.0
    assert "total left at 0: sum of its cells" in head["applications_received"]["qualifier"]
    assert head["applications_granted"]["value"] == 1.0
    assert any(n["rule"] == "table3.new.split" and n["ok"] is False for n in notes)


# The peers' fixtures (../shared/peers) ----------------------------------------------------
def test_peer_excerpt_cut_off_in_table3_leaves_the_missing_rows_missing(shared_raw):
    raw = (shared_raw.parent.parent / "peers" / "govnianbao__huaian-2024-section3-excerpt.txt").read_text(
        encoding="utf-8")
    head, _, notes = _read(raw, 2024)
    # rows 1-2 of 无法提供 and all of 不予处理 are cut off: those sums are not stated
    assert {m: r["value"] for m, r in head.items()} == {
        "applications_received": 3119, "applications_carried_over": 34, "applications_granted": 1362,
        "applications_partial": 454, "applications_denied": 178}
    assert [n["observed"] for n in notes if n["rule"] == "table3.applications_unable.rows"] == [
        "2 of 3 rows not read (sum of the rest 769)"]


def test_peer_synthetic_table3_is_read_in_row_and_column_order(shared_raw):
    raw = (shared_raw.parent.parent / "peers" / "govnianbao__synthetic-section3-1to175.txt").read_text(
        encoding="utf-8")
    _, rows, notes = _read(raw, 2024)
    cells = {r["measure"]: r["value"] for r in rows if r["measure"].startswith("table3.")}
    assert len(cells) == 175
    assert (cells["table3.new.natural_person"], cells["table3.new.total"], cells["table3.carried_over.commercial"],
            cells["table3.denied_query.other_org"], cells["table3.total.natural_person"],
            cells["table3.carried_forward.total"]) == (1, 7, 9, 83, 162, 175)
    # 1 + 2 … do not add up: the cells are kept, no headline is stated from them
    assert not [r for r in rows if "." not in r["measure"]]
    assert [n["rule"] for n in notes] == ["table3.by_position"]



# the year's caseload is not its new applications ---------------------------------------
@pytest.mark.parametrize("sentence, expected, judged", [
    # the new part is given and adds up: it is the year's new applications
    ("全年共办理政府信息公开申请34件，其中本年度新收31件，上年结转3件，均已办结。",
     {"applications_received": 31, "applications_carried_over": 3}, False),
    # only the carried-over part is given: new = the caseload less it, a judgement (flagged)
    ("本年度共办理依申请公开事项15件，其中上年结转1件。", {"applications_received": 14, "applications_carried_over": 1},
     True),
    ("2019年共受理政府信息公开申请26件（含2018年结转4件）。", {"applications_received": 22, "applications_carried_over": 4},
     True),
])
def test_a_caseload_with_carried_over_parts_gives_the_new_applications(sentence, expected, judged):
    head, rows, notes = _read(sentence, 2019)
    assert {m: r["value"] for m, r in head.items()} == expected
    caseload = [r for r in rows if r["measure"] == "applications_received" and r["qualifier"].startswith("caseload")]
    assert len(caseload) == 1 and caseload[0]["value"] == sum(expected.values())  # kept, not the headline
    q = head["applications_received"]["qualifier"]
    assert q == (f"judgement: {sum(expected.values()):g} including {expected['applications_carried_over']:g} carried over"
                 if judged else "")


def test_a_year_carried_from_inside_parentheses_is_the_parts_not_the_totals():
    # 含2018年结转4件 names the carried-over part; the 26 before the parentheses is not carried over
    head, rows, _ = _read("2019年共受理政府信息公开申请26件（含2018年结转4件）。", 2019)
    assert [r["value"] for r in rows if r["measure"] == "applications_carried_over"] == [4.0]


def test_parts_in_parentheses_after_another_number_are_not_the_counts_parts():
    # 含上年度结转34件 is part of the 3050 replies just before the parentheses (a number read
    # as no count), not of the 3119 received: 3119 is the year's new applications
    head, rows, _ = _read("2019年，全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，"
                          "另有103件顺延到下年度答复），均在法定期限内予以答复。", 2019)
    assert head["applications_received"]["value"] == 3119
    assert head["applications_received"]["qualifier"] == ""
    assert "applications_carried_over" not in head


@pytest.mark.parametrize("sentence, expected", [
    # examples listed with 等 before the noun: the whole, not one category
    ("全年主动公开财政预决算、政府采购、专项资金等各类政府信息2,318条。", {"proactive_items": 2318}),
    ("本年度通过门户网站、政务微信共发布政府信息615条。", {"proactive_items": 615}),
    # two channels of application, then summed: the total received
    ("全年通过当面申请、电子邮件申请共收到政府信息公开申请11件。", {"applications_received": 11}),
])
def test_a_list_of_examples_or_channels_summed_is_the_total(sentence, expected):
    assert _values(sentence, 2016) == expected


@pytest.mark.parametrize("sentence", [
    "全年主动公开政府采购项目信息188条。",  # one kind of item, no 等: a category, not the total
    "本年度通过网上申请受理政府信息公开申请6件。",  # one channel only
])
def test_one_category_or_one_channel_is_not_the_total(sentence):
    assert _values(sentence, 2016) == {}


def _t3_rows(rows: list[tuple[str, list[str]]], sep: str) -> str:
    return "\n".join(f"{label}{sep}{sep.join(cells)}" for label, cells in rows)


# a 2021 table 3 of our own: 12 new (9 people, 3 organisations), 1 carried over,
# 7 granted, 2 partial, 1 denied (third party), 2 unable, 0 not processed, 1 carried forward
_T3_LABELS = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "(一)予以公开",
              "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "4.保护第三方合法权益",
              "1.本机关不掌握相关政府信息", "(七)总计", "四、结转下年度继续办理"]


#: the cells of that table, a dash printed for each zero
_T3_DASHED = [["9", "—", "—", "3", "—", "—", "12"], ["1", "—", "—", "—", "—", "—", "1"],
              ["5", "—", "—", "2", "—", "—", "7"], ["2", "—", "—", "—", "—", "—", "2"],
              ["—", "—", "—", "1", "—", "—", "1"], ["2", "—", "—", "—", "—", "—", "2"],
              ["9", "—", "—", "3", "—", "—", "12"], ["1", "—", "—", "—", "—", "—", "1"]]


def test_pipe_table_with_dashes_for_zero_cells():
    raw = "三、收到和处理政府信息公开申请情况\n" + "\n".join(
        f"| {label} | | {' | '.join(c)} |" for label, c in zip(_T3_LABELS, _T3_DASHED))
    head, rows, _ = _read(raw, 2022)
    v = {m: r["value"] for m, r in head.items()}
    assert v["applications_received"] == 12 and v["applications_carried_over"] == 1
    assert v["applications_granted"] == 7 and v["applications_partial"] == 2 and v["applications_carried_forward"] == 1
    cell = {r["measure"]: r["value"] for r in rows}
    assert cell["table3.new.social_welfare"] == 3 and cell["table3.new.commercial"] == 0  # a dash is a zero cell


def test_eight_columns_with_the_subtotal_right_after_natural_persons():
    # 自然人, 法人或其他组织小计, five organisation columns, 总计: one number per line
    cells = [["9", "3", "0", "0", "3", "0", "0", "12"], ["1", "0", "0", "0", "0", "0", "0", "1"],
             ["5", "2", "0", "0", "2", "0", "0", "7"], ["2", "0", "0", "0", "0", "0", "0", "2"],
             ["0", "1", "0", "0", "1", "0", "0", "1"], ["2", "0", "0", "0", "0", "0", "0", "2"],
             ["9", "3", "0", "0", "3", "0", "0", "12"], ["1", "0", "0", "0", "0", "0", "0", "1"]]
    raw = "三、收到和处理政府信息公开申请情况\n" + "\n".join(
        label + "\n" + "\n".join(c) for label, c in zip(_T3_LABELS, cells))
    head, rows, _ = _read(raw, 2022)
    assert head["applications_received"]["value"] == 12 and head["applications_granted"]["value"] == 7
    cell = {r["measure"]: r["value"] for r in rows}
    assert (cell["table3.new.org_subtotal"], cell["table3.new.social_welfare"], cell["table3.new.total"]) == (3, 3, 12)


_TOTAL_ONLY = ["一、本年新收政府信息公开申请数量 {new}", "二、上年结转政府信息公开申请数量 1", "三、本年度办理结果",
               "(一)予以公开 6", "(二)部分公开(区分处理的,只计这一情形,不计其他情形) 2", "(三)不予公开",
               "1.属于国家秘密 0", "(四)无法提供", "1.本机关不掌握相关政府信息 3", "(五)不予处理",
               "1.信访举报投诉类申请 0", "(六)其他处理 0", "(七)总计 11", "四、结转下年度继续办理 1"]


def test_a_table_of_the_total_column_alone_is_read_when_its_identities_hold():
    raw = "三、收到和处理政府信息公开申请情况\n项目 数量\n" + "\n".join(_TOTAL_ONLY).format(new=11)
    head, rows, _ = _read(raw, 2021)
    # the sub-rows it leaves out (不予公开 2-8, 无法提供 2-3, …) are 0: the rows printed add up to its 总计,
    # which balances with 本年新收 and 结转, and no count is negative
    assert {m: r["value"] for m, r in head.items()} == {
        "applications_received": 11, "applications_carried_over": 1, "applications_granted": 6,
        "applications_partial": 2, "applications_carried_forward": 1, "applications_denied": 0,
        "applications_unable": 3, "applications_not_processed": 0}
    assert {r["measure"]: r["value"] for r in rows}["table3.unable_no_info.total"] == 3
    assert not any(r["measure"] == "table3.new.natural_person" for r in rows)  # no applicant column is invented


def test_rows_left_out_of_a_table_whose_total_the_printed_rows_miss_are_not_zero():
    # the pipe table below without its row 无法提供 1.本机关不掌握 (2): the rows printed add up to 10, its
    # 总计 says 12, so a row was not read: no group with rows left out is summed, nor taken as 0
    kept = [(label, c) for label, c in zip(_T3_LABELS, _T3_DASHED) if not label.startswith("1.本机关")]
    head, _, _ = _read("三、收到和处理政府信息公开申请情况\n" + "\n".join(
        f"| {label} | | {' | '.join(c)} |" for label, c in kept), 2022)
    assert head["applications_granted"]["value"] == 7 and head["applications_received"]["value"] == 12
    assert not {"applications_denied", "applications_unable", "applications_not_processed"} & set(head)


def test_a_table_of_single_numbers_whose_identities_fail_is_not_read():
    raw = "三、收到和处理政府信息公开申请情况\n项目 数量\n" + "\n".join(_TOTAL_ONLY).format(new=14)  # 14 + 1 ≠ 11 + 1
    head, _, _ = _read(raw, 2021)
    assert not {"applications_received", "applications_granted"} & set(head)


def test_a_list_of_labels_and_values_one_a_line():
    # a statistics summary as "label：value" lines (no table header, no sentence marks)
    raw = ("三、统计数据\n（一）主动公开政府信息数：1,315条\n（二）依申请公开情况\n收到申请数：24件\n予以公开：17件\n"
           "部分公开：3件\n不予公开：1件\n（三）行政复议数：2件；行政诉讼数：0件\n（四）依申请公开收费：0元\n")
    assert _values(raw, 2017) == {"proactive_items": 1315, "applications_received": 24, "applications_granted": 17,
                                  "applications_partial": 3, "applications_denied": 1, "reconsiderations": 2,
                                  "lawsuits": 0, "fees_yuan": 0}


def test_a_bare_number_after_its_label_keeps_its_thousands():
    # 数：2,204 is two thousand two hundred and four, not 2
    assert _values("主动公开政府信息数：2,204条。", 2017) == {"proactive_items": 2204}


@pytest.mark.parametrize("sep", [" ", "\t", "\n"])
def test_rows_of_numbers_and_dashes_printed_apart(sep):
    # the table of the pipe test above, its cells one per token (spaces, tabs) or one per
    # line: each number is a cell, each dash a zero cell, by position (one per line, the
    # 3 between two dash lines is a cell, not a PDF page marker "- 3 -")
    raw = "三、收到和处理政府信息公开申请情况\n" + "\n".join(
        f"{label}{sep}{sep.join(c)}" for label, c in zip(_T3_LABELS, _T3_DASHED))
    head, rows, _ = _read(raw, 2022)
    assert {m: r["value"] for m, r in head.items()} == {
        "applications_received": 12, "applications_carried_over": 1, "applications_granted": 7,
        "applications_partial": 2, "applications_carried_forward": 1,
        # the rows it leaves out are 0: those printed add up to its 总计 (7+2+1+2), which balances
        "applications_denied": 1, "applications_unable": 2, "applications_not_processed": 0}
    cell = {r["measure"]: r["value"] for r in rows}
    assert (cell["table3.new.social_welfare"], cell["table3.new.commercial"], cell["table3.new.total"]) == (3, 0, 12)


def test_numbers_printed_apart_are_not_cut_into_digits():
    # a table 3 without its 总计 column (six applicant columns): 26 3 0 0 0 0 is six cells,
    # never 2 | 6 | 3 | 0 | 0 | 0 | 0; no split fits seven columns, so no value is stated
    # but the row of zeros (whatever its columns, its total is 0)
    rows6 = [["26", "3", "0", "0", "0", "0"], ["4", "0", "0", "0", "0", "0"], ["21", "3", "0", "0", "0", "0"],
             ["5", "0", "0", "0", "0", "0"], ["1", "0", "0", "0", "0", "0"], ["3", "0", "0", "0", "0", "0"],
             ["30", "3", "0", "0", "0", "0"], ["0", "0", "0", "0", "0", "0"]]
    raw = "三、收到和处理政府信息公开申请情况\n" + "\n".join(
        f"{label} {' '.join(c)}" for label, c in zip(_T3_LABELS, rows6))
    head, rows, notes = _read(raw, 2022)
    assert {m: r["value"] for m, r in head.items()} == {"applications_carried_forward": 0}
    assert [r["measure"] for r in rows if r["measure"].startswith("table3.")] == ["table3.carried_forward.total"]
    assert {"table3.new.split", "table3.granted.split", "table3.total.split"} <= {n["rule"] for n in notes}


@pytest.mark.parametrize("sentence, expected", [
    # a rate of an answer is not "every request got it" (全部予以公开 is)
    ("三、依申请公开情况\n全年受理依申请公开12件，按时答复率100%，同意公开率41%。", {"applications_received": 12}),
    ("三、依申请公开情况\n全年受理依申请公开12件，全部予以公开。",
     {"applications_received": 12, "applications_granted": 12}),
    # one count of several kinds of answer named after it: none of them alone
    ("全年新收政府信息公开申请46件；办结45件，其中予以公开21件、部分公开6件，其余18件为不予公开、无法提供等情形。",
     {"applications_received": 46, "applications_granted": 21, "applications_partial": 6}),
])
def test_rates_and_answers_of_several_kinds_are_not_an_answers_count(sentence, expected):
    assert _values(sentence, 2016) == expected


@pytest.mark.parametrize("passage, expected", [
    # the agency deciding others' reviews about disclosure, then its own case: the own one
    ("本局作为行政复议机关，全年办理涉及政府信息公开的行政复议案件12件，其中维持9件。"
     "本局因政府信息公开被申请行政复议2件，被提起行政诉讼1件。", {"reconsiderations": 2, "lawsuits": 1}),
    # in one sentence: the respondent word after the reviewer's makes the count the agency's own
    ("市政府作为复议机关审理政府信息公开类复议案件30件；市政府自身被申请行政复议3件。", {"reconsiderations": 3}),
    # only the reviewer's count: not the agency's own cases, nothing stated
    ("本局作为行政复议机关，全年办理涉及政府信息公开的行政复议案件12件。", {}),
])
def test_reviews_the_agency_decides_are_not_its_own(passage, expected):
    assert _values(passage, 2016) == expected


@pytest.mark.parametrize("passage, expected", [
    # the whole amount due waived: none charged
    ("四、收费及减免情况\n应收取复制、邮寄费用150元，因申请人为城市低保户，依规予以全部减免。", {"fees_yuan": 0}),
    ("四、收费及减免情况\n依规定应收取复制费45元，对申请人全部予以减免，实际收取0元。", {"fees_yuan": 0}),
    # charged after a waiver: the amount charged
    ("四、收费及减免情况\n本年度依申请提供信息经减免后实际收取费用20元。", {"fees_yuan": 20}),
    ("四、收费及减免情况\n应收取复制费150元，减免50元，实际收取100元。", {"fees_yuan": 100}),
    # an amount waived is not what was charged
    ("四、收费及减免情况\n本年度减免费用50元。", {}),
])
def test_fees_due_waived_and_charged(passage, expected):
    assert _values(passage, 2014) == expected


@pytest.mark.parametrize("passage, expected", [
    # a count whose topic is said in a clause after it, with no number of its own
    ("已办结的申请中，同意公开11件，部分公开1件；另有7件因受理时间临近年底，结转下年度继续办理。",
     {"applications_granted": 11, "applications_partial": 1, "applications_carried_forward": 7}),
    # requests open at the year's end (截至12月31日, no year: the report's), carried to the next year
    ("截至12月31日，尚有5件申请正在办理，依法结转至2018年继续办理。", {"applications_carried_forward": 5}),
    # the clause after holds its own number: that number is the one carried forward
    ("上年结转政府信息公开申请3件，本年新收58件；已办结57件，结转下年度继续办理4件。",
     {"applications_carried_over": 3, "applications_received": 58, "applications_carried_forward": 4}),
    # a stock 截至12月31日 of items is not the year's
    ("截至12月31日，累计主动公开政府信息5624条。", {}),
])
def test_carried_forward_said_after_the_count(passage, expected):
    assert _values(passage, 2017) == expected


_T3_TOTALS = [12, 1, 7, 2, 1, 2, 12, 1]  # the 总计 column of the table above, row by row
#: the table's rows in seven columns (自然人, five organisation columns, 总计)
_T3_ROWS7 = [["9", "0", "0", "3", "0", "0", "12"], ["1", "0", "0", "0", "0", "0", "1"],
             ["5", "0", "0", "2", "0", "0", "7"], ["2", "0", "0", "0", "0", "0", "2"],
             ["0", "0", "0", "1", "0", "0", "1"], ["2", "0", "0", "0", "0", "0", "2"],
             ["9", "0", "0", "3", "0", "0", "12"], ["1", "0", "0", "0", "0", "0", "1"]]


@pytest.mark.parametrize("with_total_row", [True, False])
def test_a_total_only_table_with_or_without_its_total_row(with_total_row):
    # 项目 | 数量: one number a row; without (七)总计 the answers (7+2+1+2) must balance
    # new + carried over - carried forward (12 + 1 - 1) for the numbers to be read
    rows = [(label, v) for label, v in zip(_T3_LABELS, _T3_TOTALS) if with_total_row or label != "(七)总计"]
    raw = "三、收到和处理政府信息公开申请情况\n" + "\n".join(f"{label} {v}" for label, v in rows)
    # (denied and unable are sums of all their rows: with one row of each printed, stated only where the
    # 总计 row is printed and the rows add up to it, so that those not printed are 0)
    assert _values(raw, 2022) == {"applications_received": 12, "applications_carried_over": 1,
                                  "applications_granted": 7, "applications_partial": 2,
                                  "applications_carried_forward": 1} | (
        {"applications_denied": 1, "applications_unable": 2, "applications_not_processed": 0} if with_total_row else {})
    # the same without the carried-forward row's 1: nothing balances, nothing is read
    raw = raw.replace("四、结转下年度继续办理 1", "四、结转下年度继续办理 5")
    assert "applications_granted" not in _values(raw, 2022)


def test_a_row_label_after_the_next_rows_label_is_not_that_row():
    # no (七)总计 row; the 总计 in table 4's head, after 结转下年度, is not table 3's total row
    rows = [r for r in zip(_T3_LABELS, _T3_ROWS7) if r[0] != "(七)总计"]
    raw = ("三、收到和处理政府信息公开申请情况\n" + "\n".join(f"{label} {' '.join(c)}" for label, c in rows) +
           "\n四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计\n"
           "1 0 0 0 1 0 0 0 0 0 0 0 0 0 0")
    v = _values(raw, 2022)
    assert (v["applications_received"], v["applications_granted"], v["applications_carried_forward"]) == (12, 7, 1)


@pytest.mark.parametrize("passage, expected", [
    # a verb with an object of its own (审批事项) receives something else
    ("二、依申请公开情况\n今年我局共受理审批事项117件，办结率100%。", {}),
    # nor is what another body received, or money spent, under such a heading
    ("二、依申请公开情况\n本年度我局未收到政府信息公开申请。政务服务中心窗口全年共受理1280件。",
     {"applications_received": 0}),
    ("四、收费及减免情况\n本年度没有产生收费。为方便群众，我局全年共投入2.6万元购置自助查询终端。", {"fees_yuan": 0}),
])
def test_what_an_applications_section_receives(passage, expected):
    assert _values(passage, 2016) == expected


@pytest.mark.parametrize("passage, expected", [
    # an amount due (no 应收 word), then waived in full, then what was charged
    ("四、收费及减免情况\n本年度依申请提供信息共涉及复制费用120元，根据有关规定全部予以减免，实际收费0元。",
     {"fees_yuan": 0}),
    ("四、收费及减免情况\n本年度共涉及复制费用80元，全部予以减免。", {"fees_yuan": 0}),
    # requests and consultations counted together: not the requests
    ("二、依申请公开和咨询情况\n全年共受理各类政府信息公开申请及咨询1,236件次，其中书面申请82件。", {}),
    ("全年接待咨询200人次，受理政府信息公开申请6件。", {"applications_received": 6}),
    # 万 and a decimal: a whole number of items, exactly
    ("全年主动公开政府信息1.36万条。", {"proactive_items": 13600}),
])
def test_waived_fees_combined_counts_and_ten_thousands(passage, expected):
    v = _values(passage, 2016)
    assert v == expected
    assert all(float(x).is_integer() for x in v.values())


_ANNEX_THIS_LAST = """附表：某县2011年政府信息公开工作情况统计表
项目 单位 {a} {b}
一、主动公开信息数 条 {p}
二、依申请公开
（一）申请总数 件 {r}
三、行政复议 件 {c}
"""


@pytest.mark.parametrize("a, b, p, r, c", [
    ("本年数", "上年数", "3,426 2,980", "47 35", "2 1"),
    ("上年数", "本年数", "2,980 3,426", "35 47", "1 2"),
])
def test_an_annex_of_this_years_and_last_years_columns(a, b, p, r, c):
    raw = _ANNEX_THIS_LAST.format(a=a, b=b, p=p, r=r, c=c)
    assert _values(raw, 2011) == {"proactive_items": 3426, "applications_received": 47, "reconsiderations": 2}


def test_granted_beside_requests_answered_as_already_public_is_flagged():
    head, _, _ = _read("三、依申请公开情况\n经审查，属于主动公开范围已告知获取途径的9件，同意公开的27件，不予公开的3件。", 2012)
    assert head["applications_granted"]["value"] == 27
    assert head["applications_granted"]["qualifier"] == "judgement: 9 already public counted apart"
    assert head["applications_denied"]["qualifier"] == ""


# passages a review of the rules above wrote to break them (each once read wrong) -------
_INTRO = "一、概述\n本年度主动公开信息300条。\n"


@pytest.mark.parametrize("passage, year, expected", [
    # a social-media account's count is a channel's, beside the total or alone
    ("一、主动公开情况\n依托“XX发布”微信公众号，全年主动公开信息2300余条。", 2018, {}),
    ("一、主动公开情况\n本年度，通过门户网站主动公开政府信息3000条。通过“平安发布”政务微博、微信公众号，"
     "主动公开政府信息1200条。", 2018, {"proactive_items": 3000}),
    ("一、主动公开情况\n我局主动公开政府信息5000条。充分发挥政务微博、微信公众号作用，全年主动公开信息2300余条。", 2018,
     {"proactive_items": 5000}),
    # a waiver in full of another amount (another fee, some applicants, the rest) is not this one's
    (_INTRO + "四、收费及减免情况\n共收取复制费、邮寄费30元，检索费全部免收。", 2010,
     {"proactive_items": 300, "fees_yuan": 30}),
    (_INTRO + "四、收费及减免情况\n共收取费用350元，其中对3名经济困难申请人的费用全部予以减免。", 2010,
     {"proactive_items": 300, "fees_yuan": 350}),
    # 减免收费 is one word: the amount waived
    (_INTRO + "四、收费及减免情况\n本年度共减免收费150元。", 2012, {"proactive_items": 300}),
    (_INTRO + "四、收费及减免情况\n减免收费150元，实收费用20元。", 2012, {"proactive_items": 300, "fees_yuan": 20}),
    # money under a fees heading that is no fee
    (_INTRO + "四、收费及减免情况\n本年度未收取任何费用。全年为申请人节约各类开支约500元。", 2010,
     {"proactive_items": 300, "fees_yuan": 0}),
    # carried to the next year: denied, or said of the rest, is not the count's
    ("二、依申请公开情况\n2022年共收到政府信息公开申请58件，均已按时答复，没有转入2023年办理的申请。", 2022,
     {"applications_received": 58, "applications_carried_forward": 0}),
    ("二、依申请公开情况\n本机关2022年度共收到政府信息公开申请34件，因疫情原因部分申请延期至2023年答复。", 2022,
     {"applications_received": 34}),
    ("二、依申请公开情况\n全年共受理申请40件，办结38件，其余申请正在办理中，将结转至2023年继续办理。", 2022,
     {"applications_received": 40}),
    ("二、依申请公开情况\n本年度共受理政府信息公开申请15件，另有2件申请因受理时间临近年底，结转下年度继续办理。", 2022,
     {"applications_received": 15, "applications_carried_forward": 2}),
    # parts in parentheses after a rate, a count of other things or a change: the count's
    ("二、依申请公开情况\n全年受理政府信息公开申请45件，共涉及信息60条（含上年结转3件）。", 2018,
     {"applications_received": 42, "applications_carried_over": 3}),
    ("二、依申请公开情况\n全年共受理政府信息公开申请128件，较2017年增加20件（其中上年结转申请6件）。", 2018,
     {"applications_received": 122, "applications_carried_over": 6}),
    # sued although the reviewing body: its own lawsuits
    ("四、行政复议和行政诉讼情况\n本年度作为复议机关被提起政府信息公开行政诉讼3件。", 2018, {"lawsuits": 3}),
    # consultation as a channel of requests is not consultations counted with them
    ("二、依申请公开情况\n通过电话咨询、网上申请等方式共受理政府信息公开申请12件。", 2018, {"applications_received": 12}),
    # a reply with its own number after the count is not a second kind of reply of it (and its
    # number is its own: 部分公开3件)
    ("二、依申请公开情况\n其中20件同意公开、部分公开3件。", 2018, {"applications_granted": 20, "applications_partial": 3}),
])
def test_passages_written_to_break_the_rules(passage, year, expected):
    assert _values(passage, year) == expected


def test_project_units_in_prose_are_not_an_annex_header():
    raw = ("一、概述\n督促重大建设项目单位及时公开项目信息，与2017年相比公开数量明显增加。\n"
           "附表：2018年政府信息公开情况统计表\n指标名称 计量单位 2018年度 历年累计\n"
           "主动公开信息数 条 129 2310\n受理申请数 件 3 17\n")
    assert _values(raw, 2018) == {"proactive_items": 129, "applications_received": 3}
