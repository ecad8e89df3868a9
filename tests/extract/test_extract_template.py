"""Template tables 2/3/4: splitting flattened runs by the table identities, real reports."""

from __future__ import annotations

import pytest
from _passages import read

from gdrkit.clean import clean_text
from gdrkit.extract.figures import is_headline
from gdrkit.extract.split import groups_rule, split_run, table3_rule
from gdrkit.extract.template import read_template_tables

from conftest import by_file


def _values(run: str, n: int, rules) -> list[list[int]]:
    return [[c.value for c in s] for s in split_run(run, n, rules)]


def test_split_table3_row_uses_the_total_and_spaces():
    n, rule = table3_rule()
    assert _values("230 000023", n, rule) == [[23, 0, 0, 0, 0, 0, 23]]
    assert _values("23 0 00 0 023", n, rule) == [[23, 0, 0, 0, 0, 0, 23]]
    assert _values("640020470", n, rule) == [[64, 0, 0, 2, 0, 4, 70]]
    assert _values("| 705 | 3 | 0 | 0 | 5 | 0 | 713 |", n, rule) == [[705, 3, 0, 0, 5, 0, 713]]


def test_split_reports_every_solution_when_ambiguous():
    n, rule = table3_rule()
    sols = _values("121010014", n, rule)
    assert [12, 1, 0, 1, 0, 0, 14] in sols and len(sols) == 3


def test_split_table4_seventeen_digits():
    sols = _values("10203120001200000", 15, groups_rule([4, 4, 4]))
    assert sols == [[1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]]


def test_resolve_ambiguous_row_with_column_identities():
    text = ("一、本年新收政府信息公开申请数量121010014二、上年结转政府信息公开申请数量0000000"
            "三、本年度办理结果(一)予以公开5000005(二)部分公开(区分处理的,只计这一情形,不计其他情形)1000001"
            "(三)不予公开1.属于国家秘密0000000(四)无法提供1.本机关不掌握相关政府信息6101008"
            "(七)总计121010014四、结转下年度继续办理0000000")
    cells, _ = read_template_tables(text)
    v = {c.measure: c.value for c in cells}
    assert v["table3.new.natural_person"] == 12 and v["table3.new.commercial"] == 1
    assert v["table3.new.total"] == 14


def test_flattened_pingtan_2019(shared_corpus):
    f = shared_corpus.figures()
    rid = by_file(shared_corpus, "pingtan-archive__ptq-2019.txt")["report_id"]
    v = f[(f.report_id == rid) & (f.qualifier == "")].set_index("measure")["value"]
    assert v["table3.new.natural_person"] == 23 and v["table3.new.total"] == 23
    assert v["table3.unable_no_info.total"] == 7 and v["table3.not_processed_repeat.total"] == 3
    assert v["applications_received"] == 23 and v["applications_unable"] == 12
    assert v["reconsiderations"] == 0 and v["lawsuits"] == 0


@pytest.mark.parametrize("file, received, granted, review, lawsuits", [
    ("pingtan-archive__ptq-2021.txt", 70, 30, 3, 12),
    ("pingtan-archive__ptq-2024.txt", 218, 71, 7, 19),
    ("hebei-spider__gxt-2022.txt", 14, 5, 1, 1),
    ("hebei-spider__jyt-2021.txt", 37, 18, 0, 8),       # one cell per line
    ("kirogovcompare__shuyang-2025.txt", 713, 294, 61, 13),  # markdown tables
    ("govnianbao__huaian-2024.txt", 3119, 1362, 351, 46),    # PDF text, wrapped labels
])
def test_headlines_from_tables(shared_corpus, file, received, granted, review, lawsuits):
    f = shared_corpus.figures()
    rid = by_file(shared_corpus, file)["report_id"]
    v = f[(f.report_id == rid) & f.qualifier.map(is_headline)].drop_duplicates("measure").set_index("measure")["value"]
    assert v["applications_received"] == received
    assert v["applications_granted"] == granted
    assert v["reconsiderations"] == review
    assert v["lawsuits"] == lawsuits
    assert (f[(f.report_id == rid) & (f.measure == "applications_received")]["method"] == "template_table").any()


def test_blank_cells_are_zero_in_headlines(shared_corpus):
    """gxt-2019 fills only 自然人 and 总计; blank rows are 0 in the headline, no cells invented."""
    f = shared_corpus.figures()
    rid = by_file(shared_corpus, "hebei-spider__gxt-2019.txt")["report_id"]
    g = f[f.report_id == rid]
    v = g[g.qualifier == ""].set_index("measure")["value"]
    assert v["applications_received"] == 2 and v["table3.new.natural_person"] == 2
    assert "table3.new.commercial" not in v.index
    den = g[g.measure == "applications_denied"].iloc[0]
    assert den.value == 0 and "blank" in den.qualifier


def test_pdf_and_txt_copies_agree(shared_corpus):
    f = shared_corpus.figures()
    a, b = (by_file(shared_corpus, n)["report_id"] for n in ("govnianbao__huaian-2024.pdf", "govnianbao__huaian-2024.txt"))
    va = f[(f.report_id == a) & f.measure.str.startswith("table3.")].set_index("measure")["value"]
    vb = f[(f.report_id == b) & f.measure.str.startswith("table3.")].set_index("measure")["value"]
    assert len(va) >= 175 and va.sort_index().equals(vb.sort_index())


_T4_WORDS = ("四、政府信息公开行政复议、行政诉讼情况\n"
             "行政复议：结果维持2件，结果纠正1件，其他结果0件，尚未审结0件，总计3件；\n"
             "行政诉讼（未经复议直接起诉）：结果维持0件，结果纠正0件，其他结果—，尚未审结1件，总计1件；\n"
             "行政诉讼（复议后起诉）：结果维持1件，结果纠正0件，其他结果0件，尚未审结0件，总计{t}件。")


def test_table4_written_as_words():
    """Table 4 as three lines of words, a dash for 0: its cells, and the headlines."""
    cells, _ = read_template_tables(_T4_WORDS.format(t=1))
    got = {c.measure: c.value for c in cells}
    assert (got["table4.review.total"], got["table4.review.corrected"], got["table4.litigation_direct.other"],
            got["table4.litigation_after_review.total"]) == (3, 1, 0, 1) and len(got) == 15


def test_table4_written_as_words_with_a_group_by_its_total_alone():
    """Two groups in full and the third by its 总计 alone (行政诉讼（复议后起诉）：总计2件): its total is
    read, and the lawsuits are both kinds' totals."""
    raw = _T4_WORDS.format(t=1).replace("行政诉讼（复议后起诉）：结果维持1件，结果纠正0件，其他结果0件，尚未审结0件，总计1件",
                                        "行政诉讼（复议后起诉）：总计2件")
    cells, _ = read_template_tables(raw)
    got = {c.measure: c.value for c in cells}
    assert (got["table4.litigation_direct.total"], got["table4.litigation_after_review.total"]) == (1, 2) and len(got) == 11
    _, figs, _ = read(raw, 2021)
    assert "lawsuits 3" in figs


def test_table4_written_as_words_that_do_not_add_up_is_not_read():
    """A group whose 总计 is not the sum of its four: no cell is read from the words."""
    cells, _ = read_template_tables(_T4_WORDS.format(t=5))
    assert not [c for c in cells if c.measure.startswith("table4.")]


@pytest.mark.parametrize("raw, expected", [
    ("本年度行政复议：结果维持1件，结果纠正0件，其他结果0件，尚未审结1件，总计2件。本年度未发生政府信息公开行政诉讼。",
     {"review": 2}),
    ("行政诉讼（复议后起诉）：结果维持1件，结果纠正0件，其他结果0件，尚未审结0件，总计1件；\n"
     "行政诉讼（未经复议直接起诉）：结果维持0件，结果纠正0件，其他结果0件，尚未审结0件，总计0件；\n"
     "行政复议：结果维持0件，结果纠正0件，其他结果0件，尚未审结1件，总计1件。",
     {"review": 1, "litigation_direct": 0, "litigation_after_review": 1}),
    ("行政诉讼：结果维持1件，结果纠正0件，其他结果0件，尚未审结0件，总计1件。", {}),  # which group is not said
    ("未经复议提起行政诉讼：结果维持1件，结果纠正0件，其他结果0件，尚未审结1件，总计2件。", {"litigation_direct": 2}),
])
def test_table4_groups_in_words_named_one_by_one(raw, expected):
    """Groups of table 4 in words, fewer than three or in another order: each read as the
    group its words name, none from 行政诉讼 alone."""
    cells, _ = read_template_tables(clean_text("四、政府信息公开行政复议、行政诉讼情况\n" + raw + "\n\n五、存在的主要问题")[0])
    assert {c.measure.split(".")[1]: c.value for c in cells if c.measure.endswith(".total")} == expected


_T4_SEC = "四、政府信息公开行政复议、行政诉讼情况\n"
_T4_MD_HEAD = ("| 行政复议 |  |  |  |  | 行政诉讼 |" + "  |" * 9 + "\n|  |  |  |  |  | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  |\n"
               "| " + " | ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3) + " |\n|" + "---|" * 15 + "\n")


@pytest.mark.parametrize("raw, review, lawsuits", [
    # CSV: two header rows, the group named on every cell
    (",".join(["行政复议"] * 5 + ["行政诉讼-未经复议直接起诉"] * 5 + ["行政诉讼-复议后起诉"] * 5) + "\n"
     + ",".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3) + "\n5,2,1,3,11,3,1,0,4,8,1,0,0,1,2", 11, 10),
    # one Markdown table of 15 columns, dashes or blanks for 0
    (_T4_MD_HEAD + "| 3 | 2 | — | 1 | 6 | 2 | 1 | — | 1 | 4 | 1 | — | — | — | 1 |", 6, 5),
    (_T4_MD_HEAD + "| 5 | 2 |  | 3 | 10 | 3 | 1 | 2 | 2 | 8 | 2 |  |  | 1 | 3 |", 10, 11),
    # a PDF's header wrapped over two lines (结果 / 维持, 尚未 / 审结)
    ("行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n" + " ".join(["结果 结果 其他 尚未 总计"] * 3) + "\n"
     + " ".join(["维持 纠正 结果 审结"] * 3) + "\n2 0 1 1 4 1 0 0 2 3 0 0 0 1 1", 4, 4),
])
def test_table4_as_one_row_of_fifteen_cells(raw, review, lawsuits):
    """Table 4's header in any shape, then one row of 15 cells: read by position when each
    group's 总计 is the sum of its four."""
    _, figs, _ = read(_T4_SEC + raw + "\n六、其他需要报告的事项\n无。", 2021)
    assert [f for f in figs if f.startswith(("reconsiderations", "lawsuits"))] == [f"lawsuits {lawsuits}",
                                                                                 f"reconsiderations {review}"]


def test_the_prose_between_table4s_heading_and_its_row_is_read():
    """The cells' row is the line of 15 cells: a sentence after the heading, and the
    sections after the table, are prose still."""
    raw = (_T4_SEC + "本年度本局未发生因政府信息公开引起的行政复议和行政诉讼。\n" + _T4_MD_HEAD + "|" + " 0 |" * 15
           + "\n六、其他需要报告的事项\n本局未向申请人收取任何费用。")
    _, figs, notes = read(raw, 2021)
    assert [f for f in figs if "(" not in f] == ["fees_yuan 0", "lawsuits 0", "reconsiderations 0"]
    assert ("prose_vs_table.reconsiderations", True) in [(n["rule"], n["ok"]) for n in notes]


def test_table4_as_label_and_value_lines_and_as_the_first_line_under_its_heading():
    """15 lines 行政复议—结果维持：3 …; and, with no header words at all, the first line under
    the heading (行政复议、提起行政诉讼情况) when its groups add up."""
    labelled = "\n".join(f"{g}—{r}：{v}" for g, vals in (("行政复议", (3, 1, 0, 0, 4)), ("未经复议直接起诉", (1, 0, 0, 1, 2)),
                                                        ("复议后起诉", (1, 0, 0, 0, 1)))
                          for r, v in zip(("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"), vals))
    _, figs, _ = read(_T4_SEC + labelled + "\n五、存在的主要问题", 2021)
    assert [f for f in figs if f.startswith(("reconsiderations", "lawsuits"))] == ["lawsuits 3", "reconsiderations 4"]
    raw = "三、收到和处理政府信息公开申请情况\n（略）\n四、政府信息公开行政复议、提起行政诉讼情况\n5 1 1 2 9 3 1 0 2 6 2 0 0 1 3\n\n五、存在问题"
    _, figs, _ = read(raw, 2021)
    assert [f for f in figs if f.startswith(("reconsiderations", "lawsuits"))] == ["lawsuits 9", "reconsiderations 9"]
    raw = "三、收到和处理政府信息公开申请情况\n（略）\n四、政府信息公开行政复议、提起行政诉讼情况\n本年度情况如下。\n5 1 1 2 9 3 1 0 2 6 2 0 0 1 3\n\n五、存在问题"
    _, figs, _ = read(raw, 2021)  # (not the first line, no header: a run of numbers of unknown kind)
    assert [f for f in figs if f.startswith(("reconsiderations", "lawsuits"))] == []


@pytest.mark.parametrize("name, sep", [("行政诉讼（{}）", "："), ("{}", "="), ("行政诉讼({})", " "), ("行政诉讼 {}", " ")],
                         ids=["litigation-named-with-its-kind", "equals", "space", "the-kind-after-a-space"])
def test_table4_label_and_value_lines_with_the_litigation_named(name, sep):
    """行政诉讼（未经复议直接起诉）—结果维持：1 (the kind of suit inside the word 行政诉讼), or a
    label = value line: the same 15 cells."""
    labelled = "\n".join(f"{g if g == '行政复议' else name.format(g)}—{r}{sep}{v}"
                          for g, vals in (("行政复议", (2, 0, 1, 0, 3)), ("未经复议直接起诉", (1, 0, 0, 0, 1)),
                                          ("复议后起诉", (0, 1, 0, 1, 2)))
                          for r, v in zip(("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"), vals))
    _, figs, _ = read(_T4_SEC + labelled + "\n五、存在的主要问题", 2021)
    assert [f for f in figs if f.startswith(("reconsiderations", "lawsuits"))] == ["lawsuits 3", "reconsiderations 3"]


@pytest.mark.parametrize("sep, total, read_it", [("\u3000", 3, True), ("\t", 3, True), (" | ", 3, True), ("\u3000", 4, False)],
                         ids=["wide-spaces", "tabs", "pipes", "a-total-that-does-not-add-up"])
def test_table4_transposed_one_line_per_group(sep, total, read_it):
    """类别 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计, then one line per group: each group's
    five cells; nothing where a 总计 is not the sum of its four."""
    rows = [("行政复议", (1, 1, 0, 1, total)), ("诉讼（未经复议）", (0, 0, 0, 2, 2)), ("行政诉讼（复议后起诉）", (0, 0, 1, 0, 1))]
    raw = (_T4_SEC + sep.join(["类别", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]) + "\n"
           + "\n".join(sep.join([g] + [str(v) for v in vals]) for g, vals in rows) + "\n五、存在的主要问题")
    _, figs, _ = read(raw, 2021)
    got = [f for f in figs if f.startswith(("reconsiderations", "lawsuits"))]
    assert got == (["lawsuits 3", "reconsiderations 3"] if read_it else [])


def test_table4_label_lines_with_the_value_on_the_next_line_and_words_with_weishenjie():
    """行政复议-结果维持 / 0 on two lines each (a PDF layer); and 行政复议：维持1，纠正0，其他0，
    未审结0，总计1 (未审结 without 尚): the same cells."""
    vals = (("行政复议", (1, 0, 1, 0, 2)), ("未经复议直接起诉", (0, 0, 0, 1, 1)), ("复议后起诉", (1, 0, 0, 0, 1)))
    lines = "\n".join(f"{g}-{r}\n{v}" for g, vs in vals for r, v in zip(("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"), vs))
    words = "\n".join(f"{g if g == '行政复议' else '行政诉讼（' + g + '）'}：" + "，".join(
        f"{w}{v}" for w, v in zip(("维持", "纠正", "其他", "未审结", "总计"), vs)) for g, vs in vals)
    for body in (lines, words):
        _, figs, _ = read(_T4_SEC + body + "\n五、存在的主要问题", 2021)
        assert [f for f in figs if f.startswith(("reconsiderations", "lawsuits"))] == ["lawsuits 2", "reconsiderations 2"]


@pytest.mark.parametrize("run, read_it", [("401272001301001", True), ("401262001301001", False)],
                         ids=["splits-one-way", "does-not-add-up"])
def test_table4_as_its_15_cells_run_together_under_a_header(run, read_it):
    """行政复议（结果维持 … 总计） 行政诉讼 … and then 401272001301001: the run split by the
    groups' sums (4 0 1 2 7 | 2 0 0 1 3 | 0 1 0 0 1); not read where no split adds up."""
    raw = ("四、政府信息公开行政复议和行政诉讼情况\n行政复议（结果维持 结果纠正 其他结果 尚未审结 总计） 行政诉讼 "
           f"未经复议直接起诉（同上五项） 复议后起诉（同上五项）\n{run}\n五、存在的主要问题及改进情况\n")
    _, figs, _ = read(raw, 2022)
    assert [f for f in figs if f.startswith(("reconsiderations", "lawsuits"))] == (
        ["lawsuits 4", "reconsiderations 7"] if read_it else [])


def test_table4_as_one_row_that_does_not_add_up_is_not_read():
    _, figs, _ = read(_T4_SEC + _T4_MD_HEAD + "| 3 | 2 | — | 1 | 7 | 2 | 1 | — | 1 | 4 | 1 | — | — | — | 1 |\n", 2021)
    assert [f for f in figs if f.startswith(("reconsiderations", "lawsuits"))] == []


_T4_HEAD = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n\t未经复议直接起诉\t复议后起诉\n"
            "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t"
            "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n")


@pytest.mark.parametrize("row, review, lawsuits", [
    ("4\t2\t1\t2\t9\t3\t1\t—\t2\t6\t1\t—\t1\t1\t3", 9, 9),
    ("\t".join(["—"] * 15), 0, 0),
    ("4\t2\t1\t2\t9\t3\t1\t/\t2\t6\t1\t/\t1\t1\t3", 9, 9),
    ("| 4 | 2 | 1 | 2 | 9 | 3 | 1 | - | 2 | 6 | 1 | - | 1 | 1 | 3 |", 9, 9),
    ("| " + " | ".join(["/"] * 15) + " |", 0, 0),
])
def test_table4_with_dashes_for_zero(row, review, lawsuits):
    """Table 4's row with a dash or slash for 0 (some cells or all, spaced or piped): read by
    position, each 总计 the sum of its four."""
    cells, _ = read_template_tables(_T4_HEAD + row + "\n\n五、存在的主要问题")
    got = {c.measure: c.value for c in cells}
    assert (got["table4.review.total"], got["table4.litigation_direct.total"] + got["table4.litigation_after_review.total"],
            got["table4.litigation_direct.other"]) == (review, lawsuits, 0)


def test_table4_with_dashes_that_do_not_add_up_is_not_read_by_position():
    cells, _ = read_template_tables(_T4_HEAD + "4\t2\t1\t2\t8\t3\t1\t—\t2\t6\t1\t—\t1\t1\t3\n\n五、存在的主要问题")
    assert not any(c.measure == "table4.review.total" and c.value == 8 and not c.qualifier for c in cells)


@pytest.mark.parametrize("bar", ["| ", ""])
def test_table4_as_three_small_tables_one_per_group(bar):
    """Table 4 as a web page or a Markdown file may give it: each group under its own name,
    a header of the five results, then its five cells (no Markdown rule line between them;
    a blank line after the name), cells apart by bars or by spaces."""
    def group(name, cells):
        row = f" {bar}".join(str(c) for c in cells)
        return (f"### {name}\n\n{bar}结果维持 {bar}结果纠正 {bar}其他结果 {bar}尚未审结 {bar}总计 {bar}\n"
                f"{bar}{row} {bar}\n")
    raw = ("四、政府信息公开行政复议、行政诉讼情况\n" + group("行政复议", (4, 1, 0, 2, 7))
           + group("行政诉讼（未经复议直接起诉）", (1, 0, 0, 0, 1)) + group("行政诉讼（复议后起诉）", (0, 0, 1, 1, 2))
           + "五、存在的主要问题及改进情况\n")
    text, _ = clean_text(raw)
    cells, _ = read_template_tables(text)
    got = {c.measure: c.value for c in cells if c.measure.startswith("table4.")}
    assert (got["table4.review.total"], got["table4.review.pending"], got["table4.litigation_direct.total"],
            got["table4.litigation_after_review.other"], got["table4.litigation_after_review.total"]) == (7, 2, 1, 1, 2)
    assert len(got) == 15
    # a group whose 总计 is not the sum of its four: none of the three read this way
    broken = text.replace("0 1 1 2", "0 1 1 5").replace("1 | 1 | 2 |", "1 | 1 | 5 |")
    assert broken != text
    cells, _ = read_template_tables(broken)
    assert not any(c.measure.startswith("table4.") and not c.qualifier for c in cells)


def test_small_tables_of_table_4_beside_its_row_or_twice_are_not_read():
    """Three small per-group tables are read only where table 4 is not read otherwise, and
    only one set of them: a unit's detail tables after the report's own row leave the row's
    values; two sets (last year's and this year's) give none."""
    def groups(cells):
        return "".join(f"### {n}\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n| {' | '.join(map(str, c))} |\n"
                       for n, c in zip(("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"), cells))
    head = "四、政府信息公开行政复议、行政诉讼情况\n"
    row = ("行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n"
           "2 1 0 0 3 1 0 0 0 1 0 0 0 1 1\n")
    detail = groups([(1, 0, 0, 0, 1), (0, 0, 0, 0, 0), (0, 0, 0, 0, 0)])
    _, figs, _ = read(head + row + "附：局属单位明细\n" + detail + "五、存在的主要问题\n", 2022)
    assert {"reconsiderations 3", "lawsuits 2"} <= set(figs)
    two = "上年度情况：\n" + groups([(4, 1, 1, 0, 6), (2, 0, 0, 0, 2), (1, 0, 0, 0, 1)]) + "本年度情况：\n" + detail
    _, figs, _ = read(head + two + "五、存在的主要问题\n", 2022)
    assert not any(f.startswith(("reconsiderations", "lawsuits")) for f in figs)


def test_table_4_on_its_side_flattened_is_not_read_as_three_totals():
    """Table 4 on its side (a row per result) scraped onto one line: the last result's row
    (尚未审结 0 0 0) is no row of three 总计 cells with the rest blank."""
    text = ("四、政府信息公开行政复议、行政诉讼情况 （单位：件）\t行政复议\t直接起诉\t复议后起诉 结果维持\t0\t0\t0 "
            "结果纠正\t1\t0\t0 其他结果\t0\t1\t0 尚未审结\t0\t0\t0 总计\t1\t1\t0 五、存在问题及改进情况 "
            + "工作人员多为兼职，业务能力有待提升。" * 12)
    _, figs, _ = read(text, 2019)
    assert not any(f.startswith(("reconsiderations 0", "lawsuits 0")) for f in figs)


def test_small_tables_of_table_4_of_a_unit_or_the_year_before():
    """Small per-group tables under 附：下属单位… or 上年度情况 are not the report's table 4."""
    groups = "".join(f"### {n}\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n| {c} |\n" for n, c in (
        ("行政复议", "1 | 0 | 0 | 1 | 2"), ("行政诉讼（未经复议直接起诉）", "1 | 0 | 0 | 0 | 1"),
        ("行政诉讼（复议后起诉）", "0 | 0 | 0 | 0 | 0")))
    for words in ("附：下属事业单位行政复议、行政诉讼情况\n", "本年度未发生政府信息公开行政复议、行政诉讼案件。上年度情况如下：\n"):
        _, figs, _ = read("四、政府信息公开行政复议、行政诉讼情况\n" + words + groups + "五、存在的主要问题\n", 2022)
        assert "reconsiderations 2" not in figs and "lawsuits 1" not in figs, words
