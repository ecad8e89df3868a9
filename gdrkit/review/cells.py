"""Measures in words: which row and column of a template table a cell was read as, the
measures a correction may name, and the unit and colour family of each.

A cell's measure name says where it was read (``table3.<row>.<column>``,
``table4.<group>.<result>``, ``table2.<item>.<column>``; see :mod:`gdrkit.extract.template`);
:func:`measure_label` writes it as the table's own row and column headings, e.g.
``table3.new.natural_person`` → "表三 row 一、本年新收政府信息公开申请数量 × column 自然人".
"""

from __future__ import annotations

import re

from ..extract.template import OUTCOME_GROUPS, TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_GROUPS, TABLE4_RESULTS
from ..schema import HEADLINE_MEASURES

__all__ = ["measure_label", "known_measure", "default_unit", "measure_family", "TABLE2_CELLS"]

#: Table 3's rows as the template prints them.
_T3_ROWS = {
    "new": "一、本年新收政府信息公开申请数量", "carried_over": "二、上年结转政府信息公开申请数量",
    "granted": "三(一) 予以公开", "partial": "三(二) 部分公开",
    "denied_state_secret": "三(三)1 不予公开: 属于国家秘密", "denied_law": "三(三)2 不予公开: 其他法律行政法规禁止公开",
    "denied_safety": "三(三)3 不予公开: 危及“三安全一稳定”", "denied_third_party": "三(三)4 不予公开: 保护第三方合法权益",
    "denied_internal": "三(三)5 不予公开: 属于三类内部事务信息", "denied_process": "三(三)6 不予公开: 属于四类过程性信息",
    "denied_enforcement": "三(三)7 不予公开: 属于行政执法案卷", "denied_query": "三(三)8 不予公开: 属于行政查询事项",
    "unable_no_info": "三(四)1 无法提供: 本机关不掌握相关政府信息",
    "unable_create": "三(四)2 无法提供: 没有现成信息需要另行制作", "unable_unclear": "三(四)3 无法提供: 补正后申请内容仍不明确",
    "not_processed_petition": "三(五)1 不予处理: 信访举报投诉类申请", "not_processed_repeat": "三(五)2 不予处理: 重复申请",
    "not_processed_publication": "三(五)3 不予处理: 要求提供公开出版物",
    "not_processed_mass": "三(五)4 不予处理: 无正当理由大量反复申请",
    "not_processed_confirm": "三(五)5 不予处理: 要求确认或重新出具已获取信息",
    "other_no_correction": "三(六)1 其他处理: 逾期不补正", "other_no_fee": "三(六)2 其他处理: 逾期未缴纳费用",
    "other_other": "三(六)3 其他处理: 其他", "other": "三(六) 其他处理", "total": "三(七) 总计",
    "carried_forward": "四、结转下年度继续办理",
}
_T3_COLUMNS = {"natural_person": "自然人", "commercial": "法人或其他组织: 商业企业", "research": "法人或其他组织: 科研机构",
               "social_welfare": "法人或其他组织: 社会公益组织", "legal_services": "法人或其他组织: 法律服务机构",
               "other_org": "法人或其他组织: 其他", "org_subtotal": "法人或其他组织: 小计", "total": "总计",
               "blank": "(a blank row: no cells printed)"}
_T4_GROUPS = {"review": "行政复议", "litigation_direct": "行政诉讼: 未经复议直接起诉",
              "litigation_after_review": "行政诉讼: 复议后起诉"}
_T4_RESULTS = {"upheld": "结果维持", "corrected": "结果纠正", "other": "其他结果", "pending": "尚未审结", "total": "总计"}
#: Table 2's items and the columns of its 2019 and 2021 forms (:mod:`gdrkit.extract.template`).
TABLE2_CELLS = {
    "regulations": ("规章", ("new_made", "new_published", "total_published", "issued", "repealed", "in_force")),
    "normative_docs": ("规范性文件", ("new_made", "new_published", "total_published", "issued", "repealed",
                                      "in_force")),
    "licensing": ("行政许可", ("previous", "change", "decisions")),
    "other_services": ("其他对外管理服务事项", ("previous", "change", "decisions")),
    "penalty": ("行政处罚", ("previous", "change", "decisions")),
    "enforcement": ("行政强制", ("previous", "change", "decisions")),
    "fees": ("行政事业性收费", ("previous", "change", "amount_10k_yuan")),
    "procurement": ("政府集中采购", ("count", "amount")),
}
_T2_COLUMNS = {"new_made": "本年新制作数量", "new_published": "本年新公开数量", "total_published": "对外公开总数量",
               "issued": "本年制发件数", "repealed": "本年废止件数", "in_force": "现行有效件数",
               "previous": "上一年项目数量", "change": "本年增/减", "decisions": "处理决定数量",
               "amount_10k_yuan": "本年收费金额(万元)", "count": "采购项目数量", "amount": "采购总金额"}
_HEADLINE_WORDS = {
    "applications_received": "applications received (本年新收申请)",
    "applications_carried_over": "applications carried over (上年结转)",
    "applications_granted": "granted (予以公开)", "applications_partial": "partly granted (部分公开)",
    "applications_denied": "denied (不予公开)", "applications_unable": "unable to provide (无法提供)",
    "applications_not_processed": "not processed (不予处理)",
    "applications_carried_forward": "carried forward (结转下年度)",
    "proactive_items": "items disclosed proactively (主动公开)",
    "reconsiderations": "administrative reconsiderations (行政复议)",
    "lawsuits": "lawsuits (行政诉讼)", "fees_yuan": "fees charged, yuan (收费)", "consultations": "consultations (咨询)",
}
_UNITS = {"applications": "applications", "table3": "applications", "table4": "cases", "reconsiderations": "cases",
          "lawsuits": "cases", "proactive_items": "items", "fees_yuan": "yuan", "consultations": "consultations"}
_CELL = re.compile(r"^(table[234])\.([a-z_0-9]+)\.([a-z_0-9]+)$")
#: table 3 row → the headline measure it feeds (its colour family)
_ROW_FAMILY = {row: meas for meas, rows in OUTCOME_GROUPS.items() for row in rows}


def measure_label(measure: str) -> str:
    """The measure in words: a table cell as its table, row and column headings."""
    m = _CELL.match(str(measure))
    if not m:
        return _HEADLINE_WORDS.get(measure, str(measure))
    table, row, col = m.groups()
    if table == "table3":
        return f"表三 row {_T3_ROWS.get(row, row)} × column {_T3_COLUMNS.get(col, col)}"
    if table == "table4":
        return f"表四 {_T4_GROUPS.get(row, row)} × {_T4_RESULTS.get(col, col)}"
    return f"表二 row {TABLE2_CELLS.get(row, (row,))[0]} × column {_T2_COLUMNS.get(col, col)}"


def known_measure(measure: str) -> bool:
    """Whether a correction may name ``measure``: a headline measure, or a cell of the
    national template's tables 2, 3 and 4."""
    if measure in HEADLINE_MEASURES:
        return True
    m = _CELL.match(str(measure))
    if not m:
        return False
    table, row, col = m.groups()
    if table == "table3":
        return row in TABLE3_ROWS and col in (*TABLE3_COLUMNS, "org_subtotal")
    if table == "table4":
        return row in TABLE4_GROUPS and col in TABLE4_RESULTS
    return row in TABLE2_CELLS and col in TABLE2_CELLS[row][1]


def default_unit(measure: str) -> str:
    """The unit of a measure's values when no extracted row gives it."""
    if measure.startswith("table2."):
        return "10k_yuan" if measure.endswith("amount_10k_yuan") else "items"
    for prefix, unit in _UNITS.items():
        if measure.startswith(prefix):
            return unit
    return ""


def measure_family(measure: str) -> str:
    """The headline measure a value belongs to, for its colour: a table-3 cell that of its
    row (``table3.denied_law.total`` → applications_denied), table 4's 行政复议 cells
    reconsiderations and its 诉讼 cells lawsuits, table 2's cells ``table2``."""
    m = _CELL.match(str(measure))
    if not m:
        return str(measure)
    table, row, _ = m.groups()
    if table == "table3":
        return _ROW_FAMILY.get(row, "table3")
    if table == "table4":
        return "reconsiderations" if row == "review" else "lawsuits"
    return "table2"
