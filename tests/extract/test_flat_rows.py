"""Template tables of a page scraped onto one line (gdrkit.extract.flat_rows), on passages
written for these tests: their rows are read as where each had its own line, the spans of
their cells are the text's, and a table whose labels wrap around their cells states no
wrong value."""

from __future__ import annotations

import pytest
from _passages import read

from gdrkit.clean import clean_text
from gdrkit.extract.flat_rows import relined, unrelined
from gdrkit.extract.template import read_template_tables

#: table 3 of a street office (2021 format), balanced: new 26 + carried 1 = total 26 + forward 1
_ROWS = [
    ("一、本年新收政府信息公开申请数量", "20 3 0 0 1 2 26"),
    ("二、上年结转政府信息公开申请数量", "1 0 0 0 0 0 1"),
    ("三、本年度办理结果 （一）予以公开", "10 1 0 0 1 1 13"),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3 0 0 0 0 0 3"),
    ("（三）不予公开 1.属于国家秘密", "0 0 0 0 0 0 0"),
    ("2.其他法律行政法规禁止公开", "1 0 0 0 0 0 1"),
    ("3.危及“三安全一稳定”", "0 0 0 0 0 0 0"),
    ("4.保护第三方合法权益", "1 1 0 0 0 0 2"),
    ("5.属于三类内部事务信息", "0 0 0 0 0 0 0"),
    ("6.属于四类过程性信息", "0 0 0 0 0 0 0"),
    ("7.属于行政执法案卷", "0 0 0 0 0 0 0"),
    ("8.属于行政查询事项", "0 0 0 0 0 0 0"),
    ("（四）无法提供 1.本机关不掌握相关政府信息", "4 0 0 0 0 1 5"),
    ("2.没有现成信息需要另行制作", "0 0 0 0 0 0 0"),
    ("3.补正后申请内容仍不明确", "1 0 0 0 0 0 1"),
    ("（五）不予处理 1.信访举报投诉类申请", "1 0 0 0 0 0 1"),
    ("2.重复申请", "0 0 0 0 0 0 0"),
    ("3.要求提供公开出版物", "0 0 0 0 0 0 0"),
    ("4.无正当理由大量反复申请", "0 0 0 0 0 0 0"),
    ("5.要求行政机关确认或重新出具已获取信息", "0 0 0 0 0 0 0"),
    ("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "0 0 0 0 0 0 0"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0 0 0 0 0 0 0"),
    ("3.其他", "0 0 0 0 0 0 0"),
    ("（七）总计", "21 2 0 0 1 2 26"),
    ("四、结转下年度继续办理", "0 1 0 0 0 0 1"),
]
_EXPECTED = {"applications_received 26", "applications_carried_over 1", "applications_granted 13",
             "applications_partial 3", "applications_denied 3", "applications_unable 6",
             "applications_not_processed 1", "applications_carried_forward 1", "reconsiderations 2", "lawsuits 1"}
_HEAD = ("柏林街道办事处2022年政府信息公开工作年度报告 一、总体情况 2022年，街道办事处认真贯彻《条例》，"
         "围绕群众关切做好公开工作。 二、主动公开政府信息情况 全年在区政府网站街道专栏主动公开信息152条。 "
         "三、收到和处理政府信息公开申请情况 ")
_T4_HEAD = ("四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 "
            "未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计")
_TAIL = " 五、存在的主要问题及改进情况 专栏更新不够及时，将建立周检查制度。 六、其他需要报告的事项 无。"


def _cells(row: str, sep: str) -> str:
    return sep.join("-" if c == "0" and sep == ";" else c for c in row.split())


@pytest.mark.parametrize("sep", [";", " "])
def test_table_3_and_4_of_a_page_run_onto_one_line(sep):
    """A web page's tables taken without line breaks (cells apart by semicolons, dashes for
    0; or by spaces) are read as their rows: every figure the multi-line page gives."""
    body = " ".join(f"{label}{sep}{_cells(cells, sep)}" for label, cells in _ROWS)
    t4 = _cells("1 1 0 0 2 1 0 0 0 1 0 0 0 0 0", sep)
    page = _HEAD + "项目 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计 " + body + " " + _T4_HEAD + t4 + _TAIL
    assert "\n" not in page
    _, figs, _ = read(page, 2022)
    assert _EXPECTED <= set(figs)
    lined = "\n".join([_HEAD, "项目 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计"]
                      + [f"{label}{sep}{_cells(cells, sep)}" for label, cells in _ROWS]
                      + [_T4_HEAD, t4, _TAIL])
    assert _EXPECTED <= set(read(lined, 2022)[1])


def test_rows_without_item_numbers_run_onto_one_line():
    """Short labels with no item number (本年新收46 4 0上年结转…): a row ends where its cells
    meet the next row's words."""
    short = ["本年新收", "上年结转", "予以公开", "部分公开", "不予公开-国家秘密", "不予公开-法律法规禁止",
             "不予公开-三安全一稳定", "不予公开-第三方权益", "不予公开-内部事务", "不予公开-过程性信息",
             "不予公开-执法案卷", "不予公开-行政查询", "无法提供-不掌握", "无法提供-需另行制作", "无法提供-补正后不明确",
             "不予处理-信访举报投诉", "不予处理-重复申请", "不予处理-公开出版物", "不予处理-大量反复申请",
             "不予处理-确认或重新出具", "其他处理-逾期不补正", "其他处理-逾期未缴费", "其他处理-其他", "办理结果总计",
             "结转下年度"]
    body = " ".join(f"{label} {cells}" for label, (_, cells) in zip(short, _ROWS))
    page = _HEAD + "项目 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计 " + body + _TAIL
    _, figs, _ = read(page, 2022)
    assert _EXPECTED - {"reconsiderations 2", "lawsuits 1"} <= set(figs)


def test_the_cells_spans_are_the_texts():
    """Each cell read on the relined view points at its own digits in the text."""
    body = " ".join(f"{label};{_cells(cells, ';')}" for label, cells in _ROWS)
    text, _ = clean_text(_HEAD + body + _TAIL)
    view, breaks = relined(text)
    assert len(breaks) >= 20 and view.replace("\n", "") == text.replace("\n", "")
    cells, _ = read_template_tables(text)
    new = {c.measure: c for c in cells}
    assert new["table3.new.total"].value == 26 and text[new["table3.new.total"].start:new["table3.new.total"].end] == "26"
    assert text[new["table3.denied_third_party.total"].row_start:].startswith("第三方合法权益")
    assert all(text[c.start:c.end].strip(";") in (f"{c.value:g}", "-") for c in cells if not c.measure.endswith(".blank"))
    assert unrelined([], [], breaks) == ([], [])


@pytest.mark.parametrize("spread", [3, 5])
def test_a_pdf_table_whose_labels_wrap_run_onto_one_line_states_no_wrong_value(spread):
    """A PDF's table whose labels wrap around their cells (4.保护第三方合法权 1 1 0 0 0 0 2 / 益: the
    last one to ``spread`` characters below the cells), run onto one line: where a row starts,
    no rule can tell; what is stated is right."""
    wrapped = [f"{label[:-(1 + i % spread)]}      {cells}\n{label[-(1 + i % spread):]}"
               for i, (label, cells) in enumerate(_ROWS)]
    page = " ".join(line.strip() for line in (_HEAD + "\n".join(wrapped) + _TAIL).splitlines())
    _, figs, _ = read(page, 2022)
    stated = {f for f in figs if f.startswith("applications_")}
    assert stated and stated <= _EXPECTED, stated - _EXPECTED


def test_a_long_line_without_a_table_is_not_relined():
    """A page of prose on one line, with counts: its view is the text itself."""
    text = "全年主动公开政府信息152条，其中（一）通过网站发布96条，（二）通过政务微信发布56条。" * 8
    assert relined(text) == (text, [])
