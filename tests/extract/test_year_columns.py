"""Tables 3 and 4 printed for two years side by side: the report's year read, the other
year's cells left alone; passages written for these tests."""

from __future__ import annotations

import pytest
from _passages import read
from test_table3 import LABELS_2019 as _LABELS

from gdrkit.extract.year_columns import the_years_cells

#: the 总计 column of table 3 for 2023 and 2024 (2019 layout), each balancing
_ROWS = [("一、本年新收政府信息公开申请数量", 30, 41), ("二、上年结转政府信息公开申请数量", 2, 3),
         ("三、本年度办理结果（一）予以公开", 14, 20), ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 3, 6),
         ("（三）不予公开1.属于国家秘密", 1, 0), ("4.保护第三方合法权益", 0, 2),
         ("（四）无法提供1.本机关不掌握相关政府信息", 8, 9), ("（五）不予处理1.信访举报投诉类申请", 2, 1),
         ("（六）其他处理", 1, 2), ("（七）总计", 29, 40), ("四、结转下年度继续办理", 3, 4)]
_T4_HEAD = " ".join(["年度"] + [f"{g}{r}" for g in ("复议", "直诉", "复议后诉") for r in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")])


def _passage(sep: str, first: int) -> str:
    years = (2023, 2024) if first == 2023 else (2024, 2023)
    rows = "\n".join(sep.join([label, *(str(a if y == 2023 else b) for y in years), f"{b - a:+d}"]) for label, a, b in _ROWS)
    return ("三、收到和处理政府信息公开申请情况\n（本表仅列出有数据的项目，未列出的项目均为0）\n"
            + sep.join(["事项", *(f"{y}年" for y in years), "增减"]) + "\n" + rows
            + "\n四、政府信息公开行政复议、行政诉讼情况\n" + _T4_HEAD + "\n"
            + "2023 1 0 0 0 1 0 0 0 0 0 0 0 0 0 0\n2024 0 1 0 1 2 1 0 0 0 1 0 0 0 0 0\n五、存在的主要问题及改进情况\n无。")


@pytest.mark.parametrize("sep, first", [(" ", 2023), ("\t", 2023), (" ", 2024)])
def test_the_report_years_column_is_read(sep, first):
    _, figs, _ = read(_passage(sep, first), 2024)
    for f in ("applications_received 41", "applications_carried_over 3", "applications_granted 20",
              "applications_partial 6", "applications_denied 2", "applications_unable 9",
              "applications_not_processed 1", "applications_carried_forward 4", "reconsiderations 2", "lawsuits 1"):
        assert f in figs, f


def test_the_other_year_reads_its_own_column():
    _, figs, _ = read(_passage(" ", 2023), 2023)
    assert "applications_received 30" in figs and "applications_granted 14" in figs and "reconsiderations 1" in figs


def test_a_table_without_the_reports_year_gives_no_cell():
    """No column is the report's year: every cell of its rows is blanked (none is taken for
    another year's, as the template reader would take the last column for 总计)."""
    text = _passage(" ", 2023)
    blanked = the_years_cells(text, 2021)
    row = next(line for line in blanked.split("\n") if "本年新收" in line)
    assert len(blanked) == len(text) and not any(ch.isdigit() for ch in row.replace("2021", "").replace("2022", ""))
    assert the_years_cells(text, None) == text
    _, figs, _ = read(text, 2021)
    assert not any(f.startswith(("applications_received", "reconsiderations")) for f in figs)


def test_the_kept_column_must_balance():
    # (2024's 结转下年度 misprinted: the column kept does not balance, and the rows of the 总计
    # column alone are not read)
    _, figs, _ = read(_passage(" ", 2023).replace("四、结转下年度继续办理 3 4 +1", "四、结转下年度继续办理 3 5 +2"), 2024)
    assert not any(f.startswith("applications_received") for f in figs)


@pytest.mark.parametrize("before", ["二、主动公开政府信息情况\n指标 2023年 2024年\n主动公开信息数 1200 1350\n",
                                    "三、收到和处理政府信息公开申请情况\n项目 2023年 2024年\n收到申请 5 7\n"])
def test_a_year_header_of_another_table_leaves_table_3_alone(before):
    """A header of years over table 2 or over a summary: table 3 after it keeps every cell."""
    t3 = ("三、收到和处理政府信息公开申请情况\n申请人情况 自然人 法人或其他组织 总计\n"
          + "\n".join(f"{label} 5 2 7" if k in ("new", "total") else f"{label} 3 1 4" if k == "granted" else
                      f"{label} 1 1 2" if k == "unable_no_info" else f"{label} 1 0 1" if k in ("carried_over", "partial",
                                                                                              "carried_forward") else
                      f"{label} 0 0 0" for k, label in _LABELS))
    _, figs, _ = read(before + t3, 2024)
    for f in ("applications_received 7", "applications_granted 4", "applications_unable 2", "applications_carried_over 1"):
        assert f in figs, f


def test_a_year_column_named_with_its_total():
    """项目 | 2023年（总计） | 2024年（总计） | 增减: the same columns, named with what they hold."""
    raw = _passage(" ", 2023).replace("事项 2023年 2024年", "项目 2023年（总计） 2024年（总计）")
    _, figs, _ = read(raw, 2024)
    assert "applications_received 41" in figs and "applications_granted 20" in figs


def test_year_columns_named_with_their_total():
    """| 项目 | 2023年总计 | 2024年总计 |: the 2024 column is the report's (as 2024年(总计) is)."""
    rows = [("一、本年新收政府信息公开申请数量", 21, 33), ("二、上年结转政府信息公开申请数量", 2, 1), ("三、本年度办理结果（一）予以公开", 14, 18),
            ("（二）部分公开", 2, 3), ("（四）无法提供1.本机关不掌握相关政府信息", 5, 11), ("（七）总计", 21, 32), ("四、结转下年度继续办理", 2, 2)]
    text = ("三、收到和处理政府信息公开申请情况\n| 项目 | 2023年总计 | 2024年总计 |\n|---|---|---|\n"
            + "".join(f"| {label} | {a} | {b} |\n" for label, a, b in rows) + "四、政府信息公开行政复议、行政诉讼情况\n")
    _, figs, _ = read(text, 2024)
    assert {"applications_received 33", "applications_granted 18", "applications_carried_forward 2"} <= set(figs)
    assert "applications_received 21" not in figs
