"""Two columns of prose given line by line by a PDF's text layer (gdrkit.text.columns), on
passages written for the tests."""

from __future__ import annotations

from gdrkit.clean import clean_text
from gdrkit.text.columns import unweave_columns

TWO = ("一、总体情况                              二、依申请公开情况\n"
       "2023年，本局全年主动公开政府信息          全年新收政府信息公开申请12件，上年结转\n"
       "865条，其中政策解读信息42条。            1件，结转下年度0件。\n"
       "三、存在的主要问题\n")


def test_two_columns_are_given_back_one_after_the_other():
    removed: list[tuple[str, str]] = []
    out = unweave_columns(TWO, removed)
    assert out.split("\n") == ["一、总体情况", "2023年，本局全年主动公开政府信息", "865条，其中政策解读信息42条。",
                               "二、依申请公开情况", "全年新收政府信息公开申请12件，上年结转", "1件，结转下年度0件。",
                               "三、存在的主要问题", ""]
    assert removed == [("two_columns", "3 lines of two columns given back one after the other")]


def test_the_counts_of_each_column_read_as_their_own():
    text, _ = clean_text("某某县统计局2023年政府信息公开工作年度报告\n" + TWO)
    assert "主动公开政府信息\n865条" in text and "全年新收政府信息公开申请12件,上年结转\n1件" in text


def test_table_rows_and_a_header_of_two_words_are_left_alone():
    """Rows whose right side is cells, and a lone two-word header line, are no columns."""
    rows = ("一、本年新收政府信息公开申请数量          12      0      12\n"
            "二、上年结转政府信息公开申请数量          1       0      1\n"
            "行政复议                    行政诉讼\n")
    removed: list[tuple[str, str]] = []
    assert unweave_columns(rows, removed) == rows and removed == []
