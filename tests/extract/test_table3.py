"""Table 3 of the national template (gdrkit.extract.table3), written for the tests: rows
found by their labels (or by their item number when a PDF dropped characters of a
label), flattened digit runs split by the row sums with 7 or 8 columns, rows with only
their first and last cells filled, rows of zeros, ambiguous splits resolved by the
column identities or flagged, rows taken as printed or not read, and a table read by
position when only its numbers are left."""

from __future__ import annotations

import re

import pytest
from _passages import read

from gdrkit.clean import clean_text
from gdrkit.extract.figures import extract_report
from gdrkit.extract.own_table import own_table3
from gdrkit.extract.position import BY_POSITION
from gdrkit.extract.table3 import TABLE3_COLUMNS, TABLE3_COLUMNS8
from gdrkit.extract.template import read_template_tables
from gdrkit.sections import segment_text

LABELS = [
    ("new", "一、本年新收政府信息公开申请数量"), ("carried_over", "二、上年结转政府信息公开申请数量"),
    ("granted", "三、本年度办理结果（一）予以公开"), ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("denied_state_secret", "（三）不予公开 1.属于国家秘密"), ("denied_law", "2.其他法律行政法规禁止公开"),
    ("denied_safety", "3.危及“三安全一稳定”"), ("denied_third_party", "4.保护第三方合法权益"),
    ("denied_internal", "5.属于三类内部事务信息"), ("denied_process", "6.属于四类过程性信息"),
    ("denied_enforcement", "7.属于行政执法案卷"), ("denied_query", "8.属于行政查询事项"),
    ("unable_no_info", "（四）无法提供 1.本机关不掌握相关政府信息"), ("unable_create", "2.没有现成信息需要另行制作"),
    ("unable_unclear", "3.补正后申请内容仍不明确"), ("not_processed_petition", "（五）不予处理 1.信访举报投诉类申请"),
    ("not_processed_repeat", "2.重复申请"), ("not_processed_publication", "3.要求提供公开出版物"),
    ("not_processed_mass", "4.无正当理由大量反复申请"), ("not_processed_confirm", "5.要求行政机关确认或重新出具已获取信息"),
    ("other_no_correction", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other_no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other_other", "3.其他"), ("total", "（七）总计"), ("carried_forward", "四、结转下年度继续办理")]
LABELS_2019 = LABELS[:20] + [("other", "（六）其他处理")] + LABELS[23:]


def _table(rows: dict[str, str], labels=LABELS) -> str:
    """Table 3 as a PDF's text gives it: one line per row, its label then its cells."""
    return "\n".join(f"{label} {rows.get(key, '')}".rstrip() for key, label in labels)


def _cells(raw: str) -> tuple[dict[str, str], list[str], list[tuple]]:
    """(row -> its cells in column order, "-" for a cell not read, and the qualifier
    after "|"; the rows left blank; the notes)."""
    text, _ = clean_text(raw)
    cells, notes = read_template_tables(text)
    by: dict[str, dict[str, tuple[float, str]]] = {}
    blank = []
    for c in cells:
        _, row, col = c.measure.split(".")
        if col == "blank":
            blank.append(row)
        else:
            by.setdefault(row, {})[col] = (c.value, c.qualifier)
    out = {}
    for row, got in by.items():
        cols = TABLE3_COLUMNS8 if "org_subtotal" in got else TABLE3_COLUMNS
        q = sorted({q for _, q in got.values()} - {""})  # (the row's qualifiers, one of its cells' or several)
        out[row] = " ".join(f"{got[k][0]:g}" if k in got else "-" for k in cols) + (f" | {' / '.join(q)}" if q else "")
    return out, blank, [(n["rule"], n["ok"], n["expected"], n["observed"]) for n in notes]


def test_sparse_rows_and_rows_of_zeros():
    """"22" is 自然人 2 and 总计 2 (one number written twice); "000" is a row of zeros
    with blank cells; a row with nothing after its label is blank."""
    raw = _table({"new": "22", "carried_over": "000", "granted": "11", "partial": "0000000", "unable_no_info": "11",
                  "total": "22", "carried_forward": "0 0 0 0 0 0 0"})
    cells, blank, notes = _cells(raw)
    assert cells == {"new": "2 - - - - - 2", "carried_over": "- - - - - - 0", "granted": "1 - - - - - 1",
                     "partial": "0 0 0 0 0 0 0", "unable_no_info": "1 - - - - - 1", "total": "2 - - - - - 2",
                     "carried_forward": "0 0 0 0 0 0 0"}
    assert blank == [k for k, _ in LABELS if k not in cells] and notes == []
    _, figs, _ = read(raw)
    assert figs == ["applications_carried_forward 0", "applications_carried_over 0",
                    "applications_denied 0 (blank in table)", "applications_granted 1",
                    "applications_not_processed 0 (blank in table)", "applications_partial 0",
                    "applications_received 2", "applications_unable 1 (blank in table)"]


def test_eight_columns_with_the_organisations_subtotal():
    cells, _, notes = _cells(_table({"new": "51000016", "carried_over": "0 0 0 0 0 0 0 0", "granted": "41000015",
                                     "unable_no_info": "10000001", "total": "51000016", "carried_forward": "00000000"}))
    assert cells == {"new": "5 1 0 0 0 0 1 6", "carried_over": "0 0 0 0 0 0 0 0", "granted": "4 1 0 0 0 0 1 5",
                     "unable_no_info": "1 0 0 0 0 0 0 1", "total": "5 1 0 0 0 0 1 6",
                     "carried_forward": "0 0 0 0 0 0 0 0"}
    assert notes == []


@pytest.mark.parametrize("first", [True, False], ids=["subtotal-first", "subtotal-last"])
def test_eight_columns_printed_in_cells_with_the_subtotal_first_or_last(first):
    """Tab-separated rows of eight cells: 小计 printed after 自然人 or before 总计, told apart
    by which reading keeps the printed rows' sums."""
    def row(natural, kinds):
        sub = sum(kinds)
        cells = [natural, sub, *kinds] if first else [natural, *kinds, sub]
        return "\t".join(str(c) for c in [*cells, natural + sub])
    rows = {"new": row(30, [6, 2, 0, 1, 1]), "carried_over": row(2, [1, 0, 0, 0, 0]), "granted": row(20, [5, 1, 0, 0, 1]),
            "partial": row(4, [0, 0, 0, 0, 0]), "unable_no_info": row(8, [2, 1, 0, 1, 0]),
            "total": row(32, [7, 2, 0, 1, 1]), "carried_forward": row(0, [0, 0, 0, 0, 0])}
    head = "\t自然人\t法人或其他组织\t\t\t\t\t\t总计\n\t\t" + ("小计\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"
            if first else "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计") + "\n"
    raw = "三、收到和处理政府信息公开申请情况\n" + head + "\n".join(
        f"{label}\t{rows[key]}" if key in rows else label for key, label in LABELS)
    _, figs, _ = read(raw, 2022)
    assert figs == [
        "applications_carried_forward 0", "applications_carried_over 3", "applications_denied 0 (blank in table)",
        "applications_granted 27", "applications_not_processed 0 (blank in table)", "applications_partial 4",
        "applications_received 40", "applications_unable 12 (blank in table)"]


def test_row_labels_in_sentences_are_no_blank_table():
    """本年新收申请, 上年结转, 予以公开 in sentences under the heading of table 3: prose, not
    a table whose cells were all left blank."""
    raw = ("三、收到和处理政府信息公开申请情况\n本年度收到政府信息公开申请一件，系本年新收申请，无上年结转。"
           "该申请已予以公开，无结转下年度的申请。")
    cells, blank, _ = _cells(raw)
    assert cells == {} and blank == []
    assert read(raw, 2022)[1] == [
        "applications_carried_forward 0", "applications_carried_over 0", "applications_denied 0", "applications_granted 1",
        "applications_not_processed 0", "applications_partial 0", "applications_received 1", "applications_unable 0"]


@pytest.mark.parametrize("words, qualifier", [("本年新收政府信息公开申请21件", "prose states 21"), ("共受理政府信息公开申请21件", "")],
                         ids=["new-in-words-is-not-the-caseload", "received-in-words-may-be-the-caseload"])
def test_prose_equal_to_the_caseload_beside_the_table(words, qualifier):
    """Table 3 with 19 new and 2 carried over: prose saying 21 requests is the caseload
    (checked ok), unless it says they are new (本年新收): then it contradicts the table."""
    raw = f"2024年，{words}，全部按期答复。\n三、收到和处理政府信息公开申请情况\n" + _table(
        {"new": "15 3 0 0 1 0 19", "carried_over": "2 0 0 0 0 0 2", "granted": "17 3 0 0 1 0 21",
         "total": "17 3 0 0 1 0 21", "carried_forward": "0 0 0 0 0 0 0"})
    text, _ = clean_text(raw)
    rows, notes = extract_report(text, sections=segment_text(text), year=2024)
    head = [(r["value"], r["qualifier"]) for r in rows if r["measure"] == "applications_received" and r["method"] == "template_table"]
    assert head == [(19.0, qualifier)]
    assert [n["ok"] for n in notes if n["rule"] == "prose_vs_table.applications_received"] == [qualifier == ""]


def test_ambiguous_rows_resolved_by_the_columns():
    """121010014 splits three ways; the outcome rows below pick 12 1 0 1 0 0 14."""
    cells, _, notes = _cells(_table({"new": "121010014", "carried_over": "0000000", "granted": "5000005",
                                     "partial": "1000001", "unable_no_info": "6101008", "total": "121010014",
                                     "carried_forward": "0000000"}))
    assert (cells["new"], cells["total"], cells["unable_no_info"]) == (
        "12 1 0 1 0 0 14", "12 1 0 1 0 0 14", "6 1 0 1 0 0 8")
    assert notes == []


def test_ambiguous_rows_left_ambiguous_are_flagged():
    raw = _table({"new": "121010014", "carried_over": "0000000", "granted": "121010014", "total": "121010014",
                  "carried_forward": "0000000"})
    cells, _, notes = _cells(raw)
    assert cells == {"new": "12 1 0 1 0 0 14 | ambiguous split", "carried_over": "0 0 0 0 0 0 0",
                     "granted": "12 1 0 1 0 0 14 | ambiguous split", "total": "12 1 0 1 0 0 14 | ambiguous split",
                     "carried_forward": "0 0 0 0 0 0 0"}
    assert notes == [(f"table3.{k}.split_unique", False, "one split", "3 splits satisfy the row sum")
                     for k in ("new", "granted", "total")]
    _, figs, _ = read(raw)
    assert "applications_received 14 (ambiguous split)" in figs


def test_rows_that_do_not_add_up():
    """Cells separated by spaces are taken as printed (the row sum fails, said so); a run
    that cannot be 7 cells is not read."""
    cells, _, notes = _cells(_table({"new": "5 0 0 0 0 0 6", "carried_over": "12345", "granted": "5000005",
                                     "total": "5 0 0 0 0 0 5", "carried_forward": "0000000"}))
    assert cells == {"new": "5 0 0 0 0 0 6 | row sum fails", "granted": "5 0 0 0 0 0 5",
                     "total": "5 0 0 0 0 0 5", "carried_forward": "0 0 0 0 0 0 0"}
    assert notes == [
        ("table3.new.split", False, "总计 = sum of the applicant columns",
         "cells taken as printed: 5 | 0 | 0 | 0 | 0 | 0 | 6"),
        ("table3.carried_over.split", False, "7 cells", "12345")]


def test_a_label_with_characters_dropped_is_found_by_its_item_number():
    labels = [(k, "2.其他法律行政止公开" if k == "denied_law" else lab) for k, lab in LABELS]
    cells, _, _ = _cells(_table({"new": "3000003", "carried_over": "0000000", "granted": "1000001",
                                 "denied_state_secret": "0000000", "denied_law": "2000002",
                                 "denied_safety": "0000000", "total": "3000003", "carried_forward": "0000000"},
                                labels))
    assert cells["denied_law"] == "2 0 0 0 0 0 2"


def test_a_group_label_misread_by_ocr_is_found_by_its_mark():
    """(一)予以公幵 and (二)部份公幵 (an OCR's misread characters): the rows between 上年结转
    and (三) are found by their marks (一) and (二)."""
    ocr = {"granted": "三、本年度办理结果\n（一）予以公幵", "partial": "（二）部份公幵（区分处理的，只计这一情形，不计其他情形）"}
    labels = [(k, ocr.get(k, lab)) for k, lab in LABELS]
    cells, _, _ = _cells(_table({"new": "3000003", "carried_over": "0000000", "granted": "1000001",
                                 "partial": "1000001", "denied_state_secret": "1000001", "total": "3000003",
                                 "carried_forward": "0000000"}, labels))
    assert cells["granted"] == "1 0 0 0 0 0 1" and cells["partial"] == "1 0 0 0 0 0 1"


def test_a_heading_that_repeats_the_first_label():
    raw = "### 一、本年新收政府信息公开申请数量\n" + _table(
        {"new": "3000003", "carried_over": "0000000", "granted": "3000003", "total": "3000003",
         "carried_forward": "0000000"})
    cells, _, _ = _cells(raw)
    assert cells["new"] == "3 0 0 0 0 0 3" and cells["granted"] == "3 0 0 0 0 0 3"


def test_the_2019_format_has_one_other_row():
    cells, blank, _ = _cells(_table({"new": "4000004", "carried_over": "1000001", "granted": "2000002",
                                     "other": "1000001", "total": "3000003", "carried_forward": "2000002"},
                                    LABELS_2019))
    assert cells["other"] == "1 0 0 0 0 0 1" and "other_other" not in blank and "other" not in blank


def _by_position(rows: list[list[int]]) -> str:
    return ("三、收到和处理政府信息公开申请情况\n" + "\n".join(" ".join(map(str, r)) for r in rows)
            + "\n四、政府信息公开行政复议、行政诉讼情况")


@pytest.mark.parametrize("n_rows", [25, 23], ids=["2021", "2019"])
@pytest.mark.parametrize("total", [3, 4], ids=["identities-hold", "identities-fail"])
def test_numbers_without_labels_read_by_position(n_rows, total):
    rows = [[0] * 7 for _ in range(n_rows)]
    rows[0] = [2, 1, 0, 0, 0, 0, 3]  # new
    rows[2] = [1, 0, 0, 0, 0, 0, 1]  # granted
    rows[12] = [1, 1, 0, 0, 0, 0, 2]  # unable_no_info
    rows[-2] = [2, 1, 0, 0, 0, 0, total]  # total
    text, _ = clean_text(_by_position(rows))
    cells, notes = read_template_tables(text)
    q = BY_POSITION if total == 3 else BY_POSITION + "; identities fail"
    v = {c.measure: c.value for c in cells}
    assert len(cells) == n_rows * 7 and {c.qualifier for c in cells} == {q}
    assert (v["table3.new.natural_person"], v["table3.new.total"], v["table3.granted.total"],
            v["table3.unable_no_info.commercial"], v["table3.total.total"], v["table3.carried_forward.total"]) == (
        2, 3, 1, 1, total, 0)
    assert (v.get("table3.other.total"), v.get("table3.other_other.total")) == (
        (0, None) if n_rows == 23 else (None, 0))
    new = [c for c in cells if c.measure.startswith("table3.new.")]
    assert text[new[0].row_start:new[0].row_end] == "2 1 0 0 0 0 3"
    assert [(n["rule"], n["observed"], text[n["start"]:n["end"]][:5]) for n in notes] == [
        ("table3.by_position", f"{n_rows * 7} numbers without labels read as {n_rows} rows of 7 in the template's order",
         "2 1 0")]
    # the reading is the headline only when the identities hold, and says how it was read
    _, figs, _ = read(_by_position(rows))
    assert figs == ([] if total == 4 else [
        f"applications_{m} {v} ({BY_POSITION})" for m, v in (
            ("carried_forward", 0), ("carried_over", 0), ("denied", 0), ("granted", 1), ("not_processed", 0),
            ("partial", 0), ("received", 3), ("unable", 2))])


def test_numbers_without_labels_of_another_count_are_not_read():
    text, _ = clean_text(_by_position([[1, 0, 0, 0, 0, 0, 1]] * 24))
    assert read_template_tables(text) == ([], [])


@pytest.mark.parametrize("forward, holds", [(1, True), (0, False)], ids=["carried-both-ways", "forward-missing"])
def test_numbers_without_labels_with_requests_carried(forward, holds):
    """3 new and 1 carried over; 2 granted and 1 unable make the total of 3 replies; 1
    carried forward makes new + carried over = total + carried forward (4 = 4). With 0
    carried forward the reply rows still add up to the total but 3 + 1 ≠ 3 + 0: the
    reading is flagged."""
    rows = [[0] * 7 for _ in range(25)]
    rows[0] = [3, 0, 0, 0, 0, 0, 3]  # new
    rows[1] = [1, 0, 0, 0, 0, 0, 1]  # carried over
    rows[2] = [2, 0, 0, 0, 0, 0, 2]  # granted
    rows[12] = [0, 1, 0, 0, 0, 0, 1]  # unable_no_info
    rows[-2] = [2, 1, 0, 0, 0, 0, 3]  # total
    rows[-1] = [forward, 0, 0, 0, 0, 0, forward]  # carried forward
    text, _ = clean_text(_by_position(rows))
    cells, _ = read_template_tables(text)
    q = BY_POSITION if holds else BY_POSITION + "; identities fail"
    assert {c.qualifier for c in cells} == {q}
    v = {c.measure: c.value for c in cells}
    assert (v["table3.carried_over.total"], v["table3.granted.total"], v["table3.total.total"],
            v["table3.carried_forward.total"]) == (1, 2, 3, forward)
    granted = [c for c in cells if c.measure.startswith("table3.granted.")]
    assert text[granted[0].row_start:granted[0].row_end] == "2 0 0 0 0 0 2"


def test_ambiguous_new_row_resolved_by_carried_requests():
    """121010014 splits three ways; with 1 carried over, 1 carried forward and the total
    printed with spaces, only 12 1 0 1 0 0 14 makes new + carried over = total + carried
    forward in every column."""
    cells, _, notes = _cells(_table({"new": "121010014", "carried_over": "1 0 0 0 0 0 1",
                                     "granted": "12 1 0 1 0 0 14", "total": "12 1 0 1 0 0 14",
                                     "carried_forward": "1 0 0 0 0 0 1"}))
    assert (cells["new"], cells["carried_over"], cells["total"], cells["carried_forward"]) == (
        "12 1 0 1 0 0 14", "1 0 0 0 0 0 1", "12 1 0 1 0 0 14", "1 0 0 0 0 0 1")
    assert notes == []


def test_a_number_of_four_digits_written_twice_and_where_cells_are():
    """"12341234" is 自然人 1234 and 总计 1234; each cell's span is its own digits, a row of
    zeros' cell is its last 0."""
    raw = _table({"new": "12341234", "carried_over": "000", "granted": "12341234", "total": "12341234",
                  "carried_forward": "0 0 0 0 0 0 0"})
    cells, _, notes = _cells(raw)
    assert (cells["new"], cells["carried_over"], cells["total"]) == (
        "1234 - - - - - 1234", "- - - - - - 0", "1234 - - - - - 1234")
    assert notes == []
    text, _ = clean_text(raw)
    got, _ = read_template_tables(text)
    spans = {c.measure: (c.start, c.end) for c in got if c.measure in ("table3.new.natural_person", "table3.new.total")}
    start = text.index("12341234")
    assert spans == {"table3.new.natural_person": (start, start + 4), "table3.new.total": (start + 4, start + 8)}
    zero = next(c for c in got if c.measure == "table3.carried_over.total")
    assert (text[zero.start:zero.end], text[zero.row_start:zero.row_end]) == ("0", "上年结转政府信息公开申请数量000")
    assert text[zero.end:zero.end + 1] == "\n"


_VALUES = {"new": [5, 1, 0, 0, 0, 1, 7], "carried_over": [1, 0, 0, 0, 0, 0, 1], "granted": [3, 1, 0, 0, 0, 0, 4],
           "partial": [1, 0, 0, 0, 0, 0, 1], "unable_no_info": [1, 0, 0, 0, 0, 1, 2], "total": [5, 1, 0, 0, 0, 1, 7],
           "carried_forward": [1, 0, 0, 0, 0, 0, 1]}
_READ = ["applications_carried_forward 1", "applications_carried_over 1", "applications_denied 0",
         "applications_granted 4", "applications_not_processed 0", "applications_partial 1",
         "applications_received 7", "applications_unable 2"]


def test_labels_then_rows_of_numbers_read_in_the_templates_order():
    """A PDF layer printed column-wise: section 三's row labels (四、结转下年度继续办理 among
    them, no section heading), then one line of seven numbers per row: read by position,
    the identities checked; with one row of numbers missing, nothing is read."""
    rows = [" ".join(map(str, _VALUES.get(k, [0] * 7))) for k, _ in LABELS_2019]
    labels = "\n".join(label for _, label in LABELS_2019)
    raw = ("三、收到和处理政府信息公开申请情况\n" + labels + "\n" + "\n".join(rows)
           + "\n四、政府信息公开行政复议、行政诉讼情况\n")
    _, figs, _ = read(raw, 2019)
    assert [f.split(" (")[0] for f in figs if f.startswith("applications_")] == _READ
    assert all("read by position" in f for f in figs if f.startswith("applications_"))
    _, figs, _ = read(raw.replace(rows[3] + "\n", "", 1), 2019)
    assert [f for f in figs if f.startswith("applications_")] == []


def test_labels_then_each_column_as_a_block_of_lines():
    """A PDF layer printed column by column: every row label, then each applicant column's
    name on a line and its 23 cells one a line: read by position, the identities and the
    总计 block's sums checked; with the 总计 block cut short, nothing is read."""
    keys = [k for k, _ in LABELS_2019]
    blocks = "\n".join(name + "\n" + "\n".join(str(_VALUES.get(k, [0] * 7)[j]) for k in keys)
                       for j, name in enumerate(_NAMES))
    raw = ("三、收到和处理政府信息公开申请情况\n" + "\n".join(label for _, label in LABELS_2019) + "\n" + blocks
           + "\n四、政府信息公开行政复议、行政诉讼情况\n")
    _, figs, _ = read(raw, 2019)
    assert [f.split(" (")[0] for f in figs if f.startswith("applications_")] == _READ
    assert all("one block of lines per applicant column" in f for f in figs if f.startswith("applications_"))
    _, figs, _ = read(raw.replace("\n1\n四、政府信息公开", "\n四、政府信息公开"), 2019)
    assert [f for f in figs if f.startswith("applications_")] == []


def test_labels_then_numbers_states_nothing():
    """A PDF layer printing every row label, then the 总计 column one number per line: the
    rows are blank but the table is not; no blank row is read as 0."""
    raw = "\n".join(label for _, label in LABELS_2019) + "\n总计\n" + "\n".join(str(r[-1]) for r in _VALUES.values())
    _, figs, _ = read(raw, 2019)
    assert [f for f in figs if f.startswith("applications_")] == []


_COLUMN = {"new": 35, "carried_over": 2, "granted": 17, "partial": 4, "denied_third_party": 1, "denied_internal": 2,
           "unable_no_info": 6, "unable_create": 1, "not_processed_repeat": 1, "other": 2, "total": 34, "carried_forward": 3}


@pytest.mark.parametrize("change, read_it", [({}, True), ({"total": 35}, False), ({"new": 36}, False)])
def test_labels_then_one_column_of_numbers(change, read_it):
    """A PDF layer printing every row label, then the 总计 column one number a line (23 for
    the 2019 layout): the k-th number is the k-th row's when both identities hold; when one
    fails, which number is whose is a guess and nothing is read."""
    values = {**_COLUMN, **change}
    raw = ("三、收到和处理政府信息公开申请情况\n项目\n" + "\n".join(label for _, label in LABELS_2019) + "\n总计\n"
           + "\n".join(str(values.get(k, 0)) for k, _ in LABELS_2019) + "\n\n四、政府信息公开行政复议、行政诉讼情况")
    _, figs, notes = read(raw, 2019)
    got = [f for f in figs if f.startswith("applications_")]
    if not read_it:
        assert got == []
        return
    q = " (read by position: the row labels, then one column of numbers)"
    assert got == [f"applications_carried_forward 3{q}", f"applications_carried_over 2{q}", f"applications_denied 3{q}",
                   f"applications_granted 17{q}", f"applications_not_processed 1{q}", f"applications_partial 4{q}",
                   f"applications_received 35{q}", f"applications_unable 7{q}"]
    assert [(n["rule"], n["ok"]) for n in notes if n["rule"].startswith("table3")] == [("table3.by_position", True)]


def test_labels_wrapped_by_a_pdf_around_the_cells():
    """A PDF text layer wraps a long label onto the next line after the row's cells:
    （二）部分公开（区分处理的，只计这一    1 0 0 0 0 0 1 / 情形，不计其他情形）, and
    5.要求行政机关确认或重新出具已获取    2 0 0 0 0 0 2 / 信息: the cells are the row's (they
    were skipped with the note, or the row read as a blank 0)."""
    values = {**_VALUES, "not_processed_confirm": [2, 0, 0, 0, 0, 0, 2], "total": [7, 1, 0, 0, 0, 1, 9],
              "new": [7, 1, 0, 0, 0, 1, 9]}
    wrapped = {"partial": ("（二）部分公开（区分处理的，只计这一", "情形，不计其他情形）"),
               "not_processed_confirm": ("5.要求行政机关确认或重新出具已获取", "信息")}
    lines = []
    for k, label in LABELS_2019:
        head, tail = wrapped.get(k, (label, None))
        lines.append(f"{head}    " + "  ".join(map(str, values.get(k, [0] * 7))))
        if tail:
            lines.append(tail)
    cells, blank, notes = _cells("\n".join(lines))
    assert (cells["partial"], cells["not_processed_confirm"], blank, notes) == (
        "1 0 0 0 0 0 1", "2 0 0 0 0 0 2", [], [])


@pytest.mark.parametrize("partial", [
    "（二）部分公开（区分处理的，只计这一情形1 0 0 0 0 0 1\n，不计其他情形）",  # glued to the cells by cleaning
    "（二）部分公开（区分处理的，只计这一情\n形，不计其他情形） 1 0 0 0 0 0 1",  # the note wrapped before them
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 1 0 0 0 0 0 1",
])
def test_the_note_of_the_partial_row_in_any_wrap(partial):
    rows = [partial if k == "partial" else f"{label} " + " ".join(map(str, _VALUES.get(k, [0] * 7)))
            for k, label in LABELS_2019]
    cells, blank, _ = _cells("\n".join(rows))
    assert cells["partial"] == "1 0 0 0 0 0 1" and "partial" not in blank


@pytest.mark.parametrize("pipes", [True, False])
def test_a_label_split_over_two_lines_with_its_cells_on_the_first(pipes):
    """A narrow label column: 三、本年度办理结果 （一） | 4 … | / 予以公开 | | …, and （四）无法提供
    1.本机 | 1 … | / 关不掌握相关政府信息 | |: the cells are the row's, not a blank row of 0; a
    row with its own item mark under a group's row is a row of its own."""
    lines = {"granted": ("三、本年度办理结果 （一）", "予以公开"), "unable_no_info": ("（四）无法提供 1.本机", "关不掌握相关政府信息")}
    rows = []
    for k, label in LABELS_2019:
        cells = _VALUES.get(k, [0] * 7)
        head, tail = lines.get(k, (label, None))
        cell_text = " | ".join(map(str, cells)) if pipes else "  ".join(map(str, cells))
        rows.append(f"| {head} | {cell_text} |" if pipes else f"{head}    {cell_text}")
        if tail:
            rows.append(f"| {tail} |" + " |" * 7 if pipes else tail)
    cells, blank, _ = _cells("\n".join(rows))
    assert (cells["granted"], cells["unable_no_info"], blank) == ("3 1 0 0 0 0 4", "1 0 0 0 0 1 2", [])
    _, figs, _ = read("\n".join(rows), 2019)
    assert figs == _READ


def test_a_row_whose_numbers_are_not_read_is_not_blank():
    """Numbers right after a label that are not read as its cells (too many words between
    them): the row is not read, not a blank row of 0, and its measure is not stated."""
    rows = {k: " ".join(map(str, v)) for k, v in _VALUES.items()}
    rows["partial"] = "区分处理的只计这一情形不计其他情形 1 0 0 0 0 0 1"
    _, blank, _ = _cells(_table(rows, LABELS_2019))
    assert "partial" not in blank and "denied_law" in blank
    _, figs, _ = read(_table(rows, LABELS_2019), 2019)
    assert not any(f.startswith("applications_partial") for f in figs)


def test_a_pipe_row_whose_cells_do_not_add_up_is_stated_where_its_column_holds_it():
    """| 1 | 0 | 0 | 1 | 0 | 0 | 1 |: cells placed by their | as printed, whose row sum
    fails: flagged. Its 总计 is stated (flagged) because the 总计 column holds it: every row's
    总计 read, 本年新收 + 上年结转 = 总计 + 结转下年度 and 总计 = the sum of the answers, so an
    applicant cell is the misprint."""
    values = {**_VALUES, "partial": [1, 0, 0, 1, 0, 0, 1]}
    raw = "\n".join(f"| {label} | " + " | ".join(map(str, values.get(k, [0] * 7))) + " |" for k, label in LABELS_2019)
    cells, _, notes = _cells(raw)
    assert cells["partial"] == "1 0 0 1 0 0 1 | its row's cells do not add up; the 总计 column holds it / row sum fails"
    assert ("table3.partial.split", False, "总计 = sum of the applicant columns", "cells taken as printed: 1 | 0 | 0 | 1 | 0 | 0 | 1") in notes
    _, figs, _ = read(raw, 2019)
    assert [f for f in figs if "partial" in f] == ["applications_partial 1 (its row's cells do not add up; the 总计 column holds it)"]
    assert "applications_granted 4" in figs


def test_a_pipe_row_whose_total_is_the_misprint_takes_the_sum_of_its_cells():
    """The same row with its 总计 one too high (| 1 | 0 | 0 | 0 | 0 | 0 | 2 |): the 总计 column
    holds the sum of its cells (1), not the printed 2: the 总计 is the misprint, the
    measure is 1, flagged. Where the column holds neither (| 2 | 0 | … | 3 |), nothing is
    stated (which cell is wrong is not known)."""
    for partial, expected in (([1, 0, 0, 0, 0, 0, 2], ["applications_partial 1 (its 总计 misprinted: the sum of its "
                                                       "cells, which the 总计 column holds)"]),
                              ([2, 0, 0, 0, 0, 0, 3], [])):
        values = {**_VALUES, "partial": partial}
        raw = "\n".join(f"| {label} | " + " | ".join(map(str, values.get(k, [0] * 7))) + " |" for k, label in LABELS_2019)
        _, figs, _ = read(raw, 2019)
        assert [f for f in figs if "partial" in f] == expected and "applications_granted 4" in figs


@pytest.mark.parametrize("body, expected", [
    ("本年度办理结果：予以公开3件（自然人3件）；部分公开1件（自然人1件）；不予公开2件，其中其他法律行政法规禁止公开1件"
     "（商业企业1件）；属于行政查询事项1件（自然人1件）；无法提供1件，其中本机关不掌握相关政府信息1件；不予处理0件；其他处理0件。",
     ["applications_denied 2", "applications_not_processed 0", "applications_unable 1"]),
    ("本年度办理结果：予以公开3件；部分公开1件；不予公开0件；无法提供0件；不予处理0件；其他处理0件。",
     ["applications_denied 0", "applications_not_processed 0", "applications_unable 0"]),
])
def test_groups_of_table3_written_as_words(body, expected):
    """Table 3 written as sentences, each group with its total (不予公开2件，其中…) and only
    the rows that are not 0: the group's total is the measure, when the rows read do not
    exceed it."""
    raw = ("三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请6件（自然人5件、商业企业1件），上年结转1件。\n" + body
           + "\n结转下年度继续办理0件。\n四、政府信息公开行政复议、行政诉讼情况")
    _, figs, _ = read(raw, 2023)
    assert [f for f in figs if f.startswith(("applications_denied", "applications_unable", "applications_not"))
            and "(" not in f] == expected


def test_a_group_in_words_whose_rows_exceed_it_is_not_the_tables():
    """不予公开1件 whose rows written after it add up to 2: the denied count is the group's
    words, 1 (its sub-rows after 其中 are no rows of a line of label-count pairs), not 2."""
    text, _ = clean_text("三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请6件，上年结转1件。\n本年度办理结果：予以公开3件；"
                         "部分公开1件；不予公开1件，其中其他法律行政法规禁止公开1件；属于行政查询事项1件；无法提供0件。\n"
                         "结转下年度继续办理0件。\n四、政府信息公开行政复议")
    rows, _ = extract_report(text, sections=segment_text(text), year=2023)
    denied = [r for r in rows if r["measure"] == "applications_denied" and not r["qualifier"]]  # (the prose's 1 beside it)
    assert [r["value"] for r in denied] == [1.0] and "不予公开1件" in denied[0]["evidence"]


def test_labels_then_their_rows_of_numbers_under_the_columns_names():
    """Every label, then 自然人 … 总计 and one row of seven cells a line, in the labels'
    order: each row adds up, the 总计 column's identities hold, so the k-th row is the k-th
    label's."""
    raw = ("三、收到和处理政府信息公开申请情况\n" + "\n".join(label for _, label in LABELS_2019)
           + "\n自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n"
           + "\n".join(" ".join(map(str, _VALUES.get(k, [0] * 7))) for k, _ in LABELS_2019) + "\n\n四、政府信息公开行政复议")
    _, figs, _ = read(raw, 2019)
    q = " (read by position: the row labels, then their rows of numbers)"
    assert [f for f in figs if f.startswith("applications_")] == [
        f"applications_carried_forward 1{q}", f"applications_carried_over 1{q}", f"applications_denied 0{q}",
        f"applications_granted 4{q}", f"applications_not_processed 0{q}", f"applications_partial 1{q}",
        f"applications_received 7{q}", f"applications_unable 2{q}"]


def test_labels_then_columns_of_numbers_with_no_name_are_not_read():
    """Every column one number a line, blocks apart and unnamed: any column's numbers
    satisfy the identities, so which is the 总计 is a guess, and nothing is read."""
    cols = list(zip(*[_VALUES.get(k, [0] * 7) for k, _ in LABELS_2019]))
    raw = ("三、收到和处理政府信息公开申请情况\n" + "\n".join(label for _, label in LABELS_2019) + "\n"
           + "\n\n".join("\n".join(map(str, c)) for c in cols) + "\n\n四、政府信息公开行政复议、行政诉讼情况")
    _, figs, _ = read(raw, 2019)
    assert [f for f in figs if f.startswith("applications_")] == []


def test_rows_of_dashes_are_zero():
    """Every row a dash: written zeros, not blanks."""
    _, figs, _ = read(_table({k: "—" for k, _ in LABELS_2019}, LABELS_2019), 2019)
    assert figs == ["applications_carried_forward 0 (blank in table)", "applications_carried_over 0 (blank in table)",
                    "applications_denied 0 (blank in table)", "applications_granted 0 (blank in table)",
                    "applications_not_processed 0 (blank in table)", "applications_partial 0 (blank in table)",
                    "applications_received 0 (blank in table)", "applications_unable 0 (blank in table)"]


def test_rows_separated_by_commas():
    """A table exported as CSV: label,cell,cell,…,总计."""
    raw = "\n".join(f"{label}," + ",".join(map(str, _VALUES.get(k, [0] * 7))) for k, label in LABELS_2019)
    _, figs, _ = read(raw, 2019)
    assert figs == _READ


def test_rows_written_as_words():
    """Each row a line of prose (label：自然人5件，法人或其他组织2件，总计7件；): its 总计 is
    the row's value, not its first number, and the 总计 inside a row is not the 总计 row."""
    raw = "\n".join(f"{label}：自然人{v[0]}件，法人或其他组织{sum(v[1:6])}件，总计{v[6]}件；"
                    for k, label in LABELS_2019 for v in [_VALUES.get(k, [0] * 7)])
    cells, _, notes = _cells(raw)
    assert (cells["total"], cells["granted"], notes) == ("- - - - - - 7", "- - - - - - 4", [])
    _, figs, _ = read(raw, 2019)
    assert figs == _READ


def test_a_table_with_some_applicant_columns_only():
    """自然人 | 法人或其他组织 | 总计 (three columns): the last number of each row is its 总计,
    as each row sums and the table balances."""
    rows = {k: " ".join(map(str, [v[0], sum(v[1:6]), v[6]])) for k, v in _VALUES.items()}
    raw = "自然人 法人或其他组织 总计\n" + _table({k: rows.get(k, "0 0 0") for k, _ in LABELS_2019}, LABELS_2019)
    cells, _, notes = _cells(raw)
    assert (cells["new"], cells["granted"], notes) == ("- - - - - - 7", "- - - - - - 4", [])
    _, figs, _ = read(raw, 2019)
    assert figs == _READ


def test_a_table_whose_zero_cells_vanished():
    """Each row keeps its numbers that are not 0 (5 1 1 7, 3 1 4, and nothing for a row of
    zeros): the last is the 总计 where the others add up to it."""
    rows = {k: " ".join(str(x) for x in v if x) for k, v in _VALUES.items()}
    raw = _table(rows, LABELS_2019)
    _, figs, _ = read(raw, 2019)
    assert figs == ["applications_carried_forward 1", "applications_carried_over 1",
                    "applications_denied 0 (blank in table)", "applications_granted 4",
                    "applications_not_processed 0 (blank in table)", "applications_partial 1",
                    "applications_received 7", "applications_unable 2 (blank in table)"]


def test_rows_that_do_not_add_up_are_not_read_as_fewer_columns():
    """Three numbers a row whose last is not the sum of the others: not a table of fewer
    columns, nothing is read as a 总计."""
    rows = {k: " ".join(map(str, [v[0], sum(v[1:6]), v[6] + 1])) for k, v in _VALUES.items()}
    cells, _, _ = _cells(_table({k: rows.get(k, "0 0 0") for k, _ in LABELS_2019}, LABELS_2019))
    assert "new" not in cells and "granted" not in cells


@pytest.mark.parametrize("zero", ["/", "／", "-", "—", "－"])
@pytest.mark.parametrize("layout", ["spaced", "pipe", "one per line"])
def test_cells_printed_as_a_dash_or_slash_are_zero(zero, layout):
    """A zero cell printed as a dash or a slash, in a pipe row (| 5 | 1 | / |, a row of dashes
    alone), in a spaced row or one cell a line: a 0 cell, and a row of them a row of zeros,
    not a blank (no "blank in table" flag)."""
    sep = {"spaced": " ", "pipe": " | ", "one per line": "\n"}[layout]
    rows = [f"{label}{' | ' if layout == 'pipe' else sep}" + sep.join(str(x) if x else zero for x in _VALUES.get(k, [0] * 7))
            for k, label in LABELS_2019]
    raw = "\n".join(f"| {r} |" if layout == "pipe" else r for r in rows)
    cells, blank, _ = _cells(raw)
    assert blank == [] and cells["new"] == "5 1 0 0 0 1 7" and cells["denied_law"] == "0 0 0 0 0 0 0"
    _, figs, _ = read(raw, 2019)
    assert figs == _READ


def test_a_markdown_rule_line_is_not_a_row_of_dashes():
    """|---|---| under a header is the table's rule, not cells of 0 of the row before it."""
    raw = ("| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n|---|---|---|---|---|---|---|---|\n"
           + "\n".join(f"| {label} | " + " | ".join(map(str, _VALUES.get(k, [0] * 7))) + " |" for k, label in LABELS_2019))
    _, figs, _ = read(raw, 2019)
    assert figs == _READ


_NAMES = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]


def _delimited(sep: str, cell=lambda i, v: str(v)) -> str:
    return "\n".join(sep.join([label] + [cell(i, v) for i, v in enumerate(_VALUES.get(k, [0] * 7))])
                     for k, label in LABELS_2019)


@pytest.mark.parametrize("raw", [
    _delimited("；", lambda i, v: str(v) if v else "-"),
    _delimited(";"),
    _delimited("¦"),
    _delimited("；", lambda i, v: f"{v}件"),
    _delimited("｜", lambda i, v: f"{_NAMES[i]} {v}"),
    _delimited("|", lambda i, v: f"{_NAMES[i]}：{v}"),
    "\n".join(f"{label}；{v[0]}；{sum(v[1:6])}；{v[6]}" for k, label in LABELS_2019 for v in [_VALUES.get(k, [0] * 7)]),
    "\n".join(f"{label}：" + "，".join(f"{n}{x}" for n, x in zip(_NAMES, _VALUES.get(k, [0] * 7))) + "。"
              for k, label in LABELS_2019),
    "\n".join(f"{label}：" + "、".join(map(str, _VALUES.get(k, [0] * 7))) for k, label in LABELS_2019),
], ids=["full-width-semicolons-dashes", "semicolons", "broken-bars", "cells-with-units", "named-cells",
        "named-cells-colon", "three-columns", "label-colon-named-cells-sentence", "enumeration-commas"])
def test_rows_separated_by_other_delimiters(raw):
    """Semicolons, broken bars, cells that carry 件 or repeat their column's name
    (|自然人 5|商业企业 1|…|总计 7): the same table as CSV."""
    _, figs, _ = read(raw, 2019)
    assert figs == _READ


def test_a_row_read_as_one_number_before_its_other_cells_is_not_the_total():
    """A row whose first cell is read alone while its other cells stand behind a separator
    the reader does not cross (here a colon before each cell, which no delimiter rule
    knows) is not a table of the 总计 column: the first column also balances, but its
    numbers are 自然人's, so nothing is stated (it used to state 5 received, not 7); nor
    are the rows read as prose (…大量反复申请；0 is no count of 0 received)."""
    raw = "\n".join(f"{label}；" + "；：".join(map(str, _VALUES.get(k, [0] * 7))) for k, label in LABELS_2019)
    cells, _, _ = _cells(raw)
    _, figs, _ = read(raw, 2019)
    assert cells == {} and [f for f in figs if f.startswith("applications_")] == []


_FIRST = ["总计", "自然人", "法律服务机构", "商业企业", "科研机构", "社会公益组织", "其他"]


def _total_first(v: list[int]) -> list[int]:
    """A row of the template's order printed in _FIRST's."""
    return [v[_NAMES.index(n)] for n in _FIRST]


@pytest.mark.parametrize("sep", ["|", " "])
def test_columns_in_another_order_are_read_by_their_header(sep):
    """A header printing 总计 first and the organisations in another order: each row's cells
    go to the columns the header names (it stated every total twice: the 其他 column read
    as a 总计 left at 0, the row's sum taken for it)."""
    head = sep.join(["项目"] + _FIRST)
    raw = head + "\n" + "\n".join(sep.join([label] + [str(x) for x in _total_first(_VALUES.get(k, [0] * 7))])
                                  for k, label in LABELS_2019)
    cells, _, notes = _cells(raw)
    assert cells["new"] == "5 1 0 0 0 1 7" and notes == []
    _, figs, _ = read(raw, 2019)
    assert figs == _READ


def test_a_row_whose_first_cell_is_the_sum_of_the_rest_is_not_a_total_left_at_0():
    """No header, 总计 printed first: the last cell (其他, 0) looks like a 总计 left at 0, but
    the first cell is the sum of the others, so the row's sum is no total: nothing stated."""
    raw = "\n".join("|".join([label] + [str(x) for x in _total_first(_VALUES.get(k, [0] * 7))])
                    for k, label in LABELS_2019)
    _, figs, _ = read(raw, 2019)
    assert "applications_carried_forward 2" not in figs and "applications_carried_over 2" not in figs
    assert [f for f in figs if f.startswith(("applications_carried", "applications_partial"))] == []


@pytest.mark.parametrize("numbered, sep, read_it", [(True, " ", True), (False, " ", False), (True, "\t", True),
                                                   (False, "\t", True)],
                         ids=["line-numbers", "not-its-lines", "tab-rows", "tab-rows-not-its-lines"])
def test_a_column_of_line_numbers_is_not_a_cell(numbered, sep, read_it):
    """项目 | 行次 | 自然人 | … | 总计 and a row 甲 乙 1 2 …: each row's first number is its line
    (1 for 本年新收 …) and not a cell; where the first numbers are not the lines, the rows
    are not cut and not read as seven cells either. In tab rows (pipe rows once cleaned) the
    cell under 行次 is its column's, whatever it holds."""
    head = sep.join(["项目", "行次", *_NAMES]) + "\n" + sep.join("甲乙1234567") + "\n"
    raw = head + "\n".join(sep.join([label, str(i + 1 if numbered else 9)] + [str(x) for x in _VALUES.get(k, [0] * 7)])
                           for i, (k, label) in enumerate(LABELS_2019))
    _, figs, _ = read(raw, 2019)
    assert figs == (_READ if read_it else [])


@pytest.mark.parametrize("caption, cut_off, read_rest", [("（本表仅列出有数据的项目，未列出的项目均为0）", False, True),
                                                       ("", False, True), ("", True, False)],
                         ids=["rest-said-zero", "rest-not-said-but-the-rows-add-up", "rest-not-said-total-row-cut-off"])
def test_a_table_of_its_non_zero_rows_whose_caption_says_the_rest_are_0(caption, cut_off, read_rest):
    """Only the rows with a number printed: where the table says the rows not listed are 0, or
    where the rows printed add up to its 总计 row and the table balances (no count is negative),
    the groups and rows missing are 0; where neither holds (the 总计 row cut off), they are
    not read."""
    rows = [(k, label) for k, label in LABELS_2019 if any(_VALUES.get(k, [0])) and not (cut_off and k == "total")]
    raw = caption + "\n项目 " + " ".join(_NAMES) + "\n" + "\n".join(
        f"{label} " + " ".join(map(str, _VALUES[k])) for k, label in rows)
    _, figs, _ = read(raw, 2019)
    figs = [f for f in figs if f.startswith("applications_")]
    if read_rest:
        assert figs == _READ
    else:
        assert figs == ["applications_carried_forward 1", "applications_carried_over 1", "applications_granted 4",
                        "applications_partial 1", "applications_received 7"]


def test_a_page_scraped_as_one_line_is_prose_though_it_has_five_numbers_after_commas():
    """A whole report on one line (a scraper dropped the breaks): its sentences are read,
    though the line has five numbers after commas, as a table's row would."""
    raw = ("某县民政局2015年政府信息公开工作年度报告 一、概述 2015年,我局认真贯彻落实《中华人民共和国政府信息公开条例》,"
           "健全工作机制,完善公开目录,推进重点领域信息公开,及时回应社会关切,各项工作取得新进展。"
           "一、主动公开情况 全年主动公开政府信息2949条,其中规范性文件,12件,"
           "工作动态,300条,公示公告,45条,人事信息,8条,财政信息,20条,其他,7条。二、依申请公开情况 全年共收到政府信息公开申请5件,均予以公开。")
    _, figs, _ = read(raw, 2015)
    assert "proactive_items 2949" in figs and "applications_received 5" in figs


def _transposed(after_name: str, between: str, spoil: bool = False) -> str:
    """Table 3 transposed: one line per applicant column, its rows (2019 format) in order."""
    keys = [k for k, _ in LABELS_2019]
    lines = []
    for j, name in enumerate(_NAMES):
        vals = [_VALUES.get(k, [0] * 7)[j] for k in keys]
        if spoil and name == "总计":
            vals[2] += 1  # a 予以公开 total that no longer adds up
        lines.append(name + after_name + between.join(map(str, vals)))
    legend = "（各数依次对应：" + "、".join(label for _, label in LABELS_2019) + "）\n"
    return "三、收到和处理政府信息公开申请情况\n" + legend + "\n".join(lines) + "\n四、政府信息公开行政复议、行政诉讼情况\n"


@pytest.mark.parametrize("after_name, between", [("：", " "), (" | ", " | "), (" / ", " / ")],
                         ids=["colon-and-spaces", "pipes", "slashes"])
def test_table3_transposed_one_line_per_applicant_column(after_name, between):
    """自然人：5 1 3 1 0 … (its 23 rows in the template's order), and a 总计 line: read by
    position, every column's identities and the 总计 line's sum checked; each cell says so."""
    raw = _transposed(after_name, between)
    cells, _, notes = _cells(raw)
    assert cells["new"] == "5 1 0 0 0 1 7 | read by position: one line per applicant column" and notes == []
    _, figs, _ = read(raw, 2019)
    assert [f.split(" (")[0] for f in figs if f.startswith("applications_")] == _READ


@pytest.mark.parametrize("after_name, between", [("：", " "), (" / ", " / ")], ids=["colon-and-spaces", "slashes"])
def test_table3_transposed_whose_sums_fail_is_not_read(after_name, between):
    _, figs, _ = read(_transposed(after_name, between, spoil=True), 2019)
    assert [f for f in figs if f.startswith("applications_")] == []


def test_rows_in_words_ending_with_their_total_and_a_row_of_zeros_in_words():
    """予以公开：自然人3；合计4。 / 部分公开（…不计其他情形）：各类申请人均为0；合计0。: each
    row's 合计 is its 总计 (其他情形…均为0 is the row's zeros, not the rest of the table)."""
    def row(k):
        v = _VALUES.get(k, [0] * 7)
        return f"自然人{v[0]}；合计{v[6]}。" if v[6] else "各类申请人均为0；合计0。"
    raw = "\n".join(f"{label}：{row(k)}" for k, label in LABELS_2019)
    _, figs, _ = read(raw, 2019)
    assert figs == _READ


def test_the_rest_said_zero_is_not_taken_where_a_row_was_not_recognised():
    """Rows not recognised (a label of other words) are not rows left out: where the table
    does not balance with them as 0, the caption saying the rest are 0 does not fill them."""
    rows = [(k, label) for k, label in LABELS_2019 if any(_VALUES.get(k, [0]))]
    raw = "表中其余各项均为0。\n项目 " + " ".join(_NAMES) + "\n" + "\n".join(
        f"{'无法提供（查无此信息）' if k == 'unable_no_info' else label} " + " ".join(map(str, _VALUES[k]))
        for k, label in rows)
    _, figs, _ = read(raw, 2019)
    assert "applications_unable 0" not in figs and not any(f.startswith("applications_unable") for f in figs)


@pytest.mark.parametrize("spoil", [False, True], ids=["blocks-add-up", "a-total-that-does-not"])
def test_a_table_printed_in_two_column_blocks(spoil):
    """项目 自然人 商业企业 科研机构 with every row, a page break, then 项目 社会公益组织 法律服务机构
    其他 总计 with the same rows: the cells under the columns each header names, read in the
    template's row order when every identity holds; nothing where one fails."""
    keys = [k for k, _ in LABELS_2019]
    short = [re.sub(r"（[^）]*）", "", label).split(".")[-1][-8:] for _, label in LABELS_2019]  # 部分公开, 属于国家秘密 …
    def block(cols):
        head = "项目\t" + "\t".join(_NAMES[j] for j in cols)
        rows = []
        for k, name in zip(keys, short):
            v = list(_VALUES.get(k, [0] * 7))
            if spoil and k == "granted":
                v[6] += 1
            rows.append(name + "\t" + "\t".join(str(v[j]) for j in cols))
        return head + "\n" + "\n".join(rows)
    raw = ("三、收到和处理政府信息公开申请情况\n表3（续表见下页）\n" + block([0, 1, 2]) + "\n\n第 5 页\n\n表3（续）\n"
           + block([3, 4, 5, 6]) + "\n四、政府信息公开行政复议、行政诉讼情况\n")
    _, figs, _ = read(raw, 2019)
    got = [f.split(" (")[0] for f in figs if f.startswith("applications_")]
    assert got == ([] if spoil else _READ)


_SHORT = {"denied_law": "不予公开-法律法规禁止", "denied_third_party": "不予公开-第三方权益", "denied_internal": "不予公开-内部事务",
          "denied_enforcement": "不予公开-执法案卷", "denied_query": "不予公开-行政查询", "unable_no_info": "无法提供-不掌握",
          "unable_unclear": "无法提供-补正后不明确", "not_processed_petition": "不予处理-信访举报投诉",
          "not_processed_mass": "不予处理-大量反复", "not_processed_confirm": "不予处理-确认或重新出具",
          "other_no_correction": "其他处理-逾期不补正", "other_no_fee": "其他处理-逾期不缴费"}


def test_the_short_labels_of_a_compact_table():
    """A compact table's short labels (不予公开-执法案卷, 无法提供-不掌握, 不予处理-信访举报投诉,
    其他处理-逾期不缴费 …) name the template's rows: every row is read (unable is 2, from
    无法提供-不掌握, which was not found)."""
    raw = "\n".join(f"{_SHORT.get(k, label)} " + " ".join(map(str, _VALUES.get(k, [0] * 7))) for k, label in LABELS)
    cells, _, notes = _cells(raw)
    assert set(cells) | {"unable_no_info"} == {k for k, _ in LABELS} and notes == []
    _, figs, _ = read(raw, 2022)
    assert figs == _READ


@pytest.mark.parametrize("mark", ["/", "—"])
def test_a_table_of_the_total_column_alone_with_marks_for_zero(mark):
    """| 项目 | 总计 | with / or — for 0, its 结转下年度 row among them: the table balances with
    the marks as 0 (7 + 1 = 8 + 0; 8 = 4 + 1 + 3), so each number is its row's 总计."""
    v = {"new": 7, "carried_over": 1, "granted": 4, "partial": 1, "unable_no_info": 3, "total": 8}
    raw = "| 项目 | 总计 |\n|---|---|\n" + "\n".join(f"| {label} | {v.get(k, mark)} |" for k, label in LABELS_2019)
    _, figs, _ = read(raw, 2019)
    assert [f for f in figs if f.startswith("applications_")] == [
        "applications_carried_forward 0 (blank in table)", "applications_carried_over 1",
        "applications_denied 0 (blank in table)", "applications_granted 4",
        "applications_not_processed 0 (blank in table)", "applications_partial 1", "applications_received 7",
        "applications_unable 3 (blank in table)"]
    _, figs, _ = read(raw.replace("| 8 |", "| 9 |"), 2019)  # (it no longer balances: not read)
    assert not any(f.startswith("applications_granted") for f in figs)


_CODES_2019 = (["一", "二", "三（一）", "三（二）"] + [f"三（三）{i}" for i in range(1, 9)] + [f"三（四）{i}" for i in range(1, 4)]
               + [f"三（五）{i}" for i in range(1, 6)] + ["三（六）", "三（七）", "四"])


@pytest.mark.parametrize("broken", [False, True])
def test_rows_labelled_by_their_codes(broken):
    """行次 | 自然人 | … | 总计 with rows 一, 二, 三（一）, 三（三）4 …: each code is its row (an item's
    number glued to its group's code), read when every row and the table add up."""
    vals = dict(_VALUES, carried_forward=[1, 0, 0, 0, 0, 0, 1 if not broken else 2])
    raw = ("三、收到和处理政府信息公开申请情况\n（行次对应表三各项）\n行次 " + " ".join(_NAMES) + "\n" + "\n".join(
        f"{code} " + " ".join(map(str, vals.get(k, [0] * 7))) for code, (k, _) in zip(_CODES_2019, LABELS_2019))
        + "\n四、政府信息公开行政复议、行政诉讼情况\n无。")
    _, figs, _ = read(raw, 2019)
    q = " (read by its row codes (行次: 一, 三（一）, 三（三）4 …))"
    got = [f for f in figs if f.startswith("applications_")]
    assert got == ([] if broken else [f.replace(" (blank in table)", "") + q for f in _READ])


def test_a_row_with_blanks_is_not_given_its_total_in_the_last_printed_column():
    """项目 总计 自然人 … with rows whose blank cells were printed as nothing (2 2): the total
    printed first is no 其他 cell (the rows' blanks cannot be placed; nothing is put under 其他)."""
    raw = ("三、收到和处理政府信息公开申请情况\n项目  总计  自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他\n"
           "一、本年新收政府信息公开申请数量  5  3  2  0  0  0  0\n二、上年结转政府信息公开申请数量  2  2\n"
           "（一）予以公开  4  2  2  0  0  0  0\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）  1  1\n"
           "（七）总计  5  3  2  0  0  0  0\n四、结转下年度继续办理  2  2")
    _, cells, _ = read(raw, 2021, cells=True)
    assert not any(c.startswith("table3.") and ".other_org " in c and not c.endswith(" 0") for c in cells)


def test_a_pipe_header_naming_a_line_column_its_rows_do_not_print():
    """| 项目 | 行次 | 自然人 | … | 总计 | with rows of seven cells: no cell is dropped as a line."""
    head = "| 项目 | 行次 | " + " | ".join(_NAMES) + " |\n|" + "---|" * 9 + "\n"
    raw = head + "\n".join(f"| {label} | " + " | ".join(str(x) for x in _VALUES.get(k, [0] * 7)) + " |"
                           for k, label in LABELS_2019)
    _, figs, _ = read(raw, 2019)
    assert [f for f in figs if f.startswith("applications_")] == _READ


@pytest.mark.parametrize("row, stated", [
    ("carried_forward", False),  # 结转下年度 misprinted (2 for 1): which carried row is right? neither is stated
    ("new", True),  # 本年新收's cells do not add up to its 总计: that row is the misprint, the carried rows stand
])
def test_a_total_column_that_does_not_balance_states_no_carried_row(row, stated):
    vals = dict(_VALUES)
    v = vals[row]  # (one more in 自然人 and 总计: the row adds up; one more in 总计 alone: it does not)
    vals[row] = [v[0] + (row == "carried_forward"), *v[1:6], v[6] + 1]
    raw = "项目 " + " ".join(_NAMES) + "\n" + "\n".join(
        f"{label} " + " ".join(map(str, vals.get(k, [0] * 7))) for k, label in LABELS_2019)
    _, figs, _ = read(raw, 2019)
    carried = [f for f in figs if f.startswith("applications_carried")]
    if stated:
        assert carried == ["applications_carried_forward 1", "applications_carried_over 1"]
    else:
        q = " (balance fails: new + carried over ≠ 总计 + carried forward)"
        assert carried == ["applications_carried_forward 2" + q, "applications_carried_over 1" + q]
        assert "applications_received 7" in figs and "applications_granted 4" in figs


def test_a_misprinted_total_row_leaves_the_carried_rows_stated():
    """（七）总计 printed 8 where the answers sum to 7: the answers' sum balances the column
    (7 + 1 = 7 + 1), so the 总计 row is the misprint and the carried rows stand."""
    vals = dict(_VALUES, total=[6, 1, 0, 0, 0, 1, 8])
    raw = "项目 " + " ".join(_NAMES) + "\n" + "\n".join(
        f"{label} " + " ".join(map(str, vals.get(k, [0] * 7))) for k, label in LABELS_2019)
    _, figs, _ = read(raw, 2022)
    assert "applications_carried_forward 1" in figs and "applications_carried_over 1" in figs


def test_a_row_whose_count_is_in_chinese_numerals_is_no_blank():
    """Table 3 as label lines whose counts are written in words (（一）予以公开：十三件): each
    row's count is its 总计, never a blank 0; the same labels in a sentence (予以公开十九件，
    部分公开四件) make no table, and the prose is read."""
    table = ("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量：十八件\n二、上年结转政府信息公开申请数量：〇件\n"
             "（一）予以公开：十三件\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）：二件\n（七）总计：十五件\n"
             "四、结转下年度继续办理：三件\n四、政府信息公开行政复议、行政诉讼情况\n")
    _, figs, _ = read(table, 2022)
    assert {"applications_granted 13", "applications_partial 2", "applications_received 18",
            "applications_carried_forward 3"} <= set(figs)
    assert not any(f.endswith("0 (blank in table)") or "blank" in f for f in figs)
    sentence = ("三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请三十六件，上年结转两件。本年度办结三十五件，"
                "其中予以公开十九件，部分公开四件，不予公开三件。结转下年度继续办理三件。\n")
    _, figs, _ = read(sentence, 2024)
    assert {"applications_received 36", "applications_granted 19", "applications_partial 4",
            "applications_carried_forward 3"} <= set(figs)


def test_wrapped_row_labels_over_blank_lines():
    """A PDF's text whose lines stand apart by blank lines (its text boxes), with row labels
    wrapped around their cells (三、本年度办理结果  9 … 11 / （一）予以公开): the label's second
    line is the row of the cells above it, over the blank line, not a blank row of its own."""
    lines = ["三、收到和处理政府信息公开申请情况", "项目    自然人    商业企业    科研机构    社会公益组织    法律服务机构    其他    总计",
             "一、本年新收政府信息    12   1   0   0   0   1   14", "公开申请数量",
             "二、上年结转政府信息    0   0   0   0   0   0   0", "公开申请数量",
             "三、本年度办理结果      9   1   0   0   0   1   11", "（一）予以公开",
             "（二）部分公开（区分    3   0   0   0   0   0   3", "处理的，只计这一情形", "，不计其他情形）",
             "（七）总计    12   1   0   0   0   1   14", "四、结转下年度继续办理    0   0   0   0   0   0   0",
             "四、政府信息公开行政复议、行政诉讼情况"]
    _, figs, _ = read("\n\n".join(lines), 2020)
    assert {"applications_granted 11", "applications_partial 3", "applications_received 14"} <= set(figs)
    assert not any("blank" in f for f in figs)


def test_a_table_scraped_onto_one_line():
    """A page scraped without its line breaks: the rows of its CSV table are no prose (无正当理由
    大量反复申请,0,0,… says no "none received"), and its blank rows are 0 only where the table
    balances with them: here the granted row's cells stood before its label (三、本年度办理结果
    9 … 11 （一）予以公开), so 予以公开 is not a blank 0: its cells are those before it, as where
    the rows had lines of their own (14 = 11 + 3)."""
    csv = ('三、收到和处理政府信息公开申请情况 本机关全年受理申请的情况见下表。 "项目",自然人,商业企业,科研机构,社会公益组织,'
           '法律服务机构,其他,总计 "一、本年新收政府信息公开申请数量",5,0,0,0,0,1,6 "（五）不予处理4.无正当理由大量反复申请",'
           '0,0,0,0,0,0,0 "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",0,0,0,0,0,0,0 '
           '四、政府信息公开行政复议、行政诉讼情况 本年度未发生行政复议。' + "说明文字。" * 40)
    _, figs, _ = read(csv, 2021)
    assert not any(f.startswith(("applications_received 0", "applications_carried_forward 0")) for f in figs)
    flat = ("三、收到和处理政府信息公开申请情况 项目 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计 "
            "一、本年新收政府信息公开申请数量 12 1 0 0 0 1 14 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 "
            "三、本年度办理结果 9 1 0 0 0 1 11 （一）予以公开 （二）部分公开（区分处理的，只计这一情形，不计其他情形） "
            "3 0 0 0 0 0 3 （七）总计 12 1 0 0 0 1 14 四、结转下年度继续办理 0 0 0 0 0 0 0 "
            "四、政府信息公开行政复议、行政诉讼情况 " + "说明文字。" * 120)
    _, figs, _ = read(flat, 2021)
    assert not any(f.startswith("applications_granted 0") for f in figs)
    assert {"applications_received 14", "applications_granted 11", "applications_partial 3"} <= set(figs)


def test_a_run_of_numbers_in_a_one_line_page_masks_only_its_own_clause():
    """On a page scraped onto one line, a run of numbers (…依次为12，3，1，5，2，0) is taken
    for a table's row from its own clause on: the counts of the clauses before it are read."""
    text = ("一、总体情况 本年度主动公开政府信息1356条。 二、依申请公开情况 本机关共收到政府信息公开申请23件，上年结转2件，"
            "按予以公开、部分公开、不予公开、无法提供、不予处理、其他处理排列，办理结果依次为12，3，1，5，2，0，均已按期答复。"
            + "说明文字。" * 30)
    _, figs, _ = read(text, 2021)
    assert {"applications_received 23", "applications_carried_over 2", "proactive_items 1356"} <= set(figs)


def test_a_row_in_words_of_a_part_is_not_the_rows_total():
    """（一）予以公开（其中法人或其他组织申请）：两件 is a part of the row, not its 总计."""
    table = ("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量：十一件\n"
             "（一）予以公开（其中法人或其他组织申请）：两件\n（二）部分公开：三件\n（七）总计：十二件\n"
             "四、政府信息公开行政复议、行政诉讼情况\n")
    _, figs, _ = read(table, 2021)
    assert "applications_granted 2" not in figs and "applications_partial 3" in figs


def test_a_run_of_numbers_without_a_comma_before_it_keeps_the_count_before():
    text = ("一、总体情况 本年度主动公开政府信息1356条。 二、依申请公开情况 本年度收到申请23件均已办结按予以公开、部分公开、"
            "不予公开、无法提供、不予处理、其他处理依次为12，3，1，5，2，0，无逾期答复。" + "说明文字。" * 30)
    _, figs, _ = read(text, 2021)
    assert "applications_received 23" in figs


def test_a_web_tables_cells_with_their_unit_and_none_in_words():
    """An HTML table whose cells carry 件 and say 无 for none (| 26件 | 无 |): read as numbers
    and 0, the group headings of the answers left out (sub-rows by their numbered labels)."""
    head = "| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
    rows = [("一、本年新收政府信息公开申请数量", "9 2 0 0 0 1 12"), ("二、上年结转政府信息公开申请数量", "1 0 0 0 0 0 1"),
            ("（一）予以公开", "5 1 0 0 0 0 6"), ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "2 0 0 0 0 0 2"),
            ("1.属于国家秘密", "0 0 0 0 0 0 0"), ("2.其他法律行政法规禁止公开", "0 0 0 0 0 0 0"),
            ("3.危及“三安全一稳定”", "0 0 0 0 0 0 0"), ("4.保护第三方合法权益", "1 0 0 0 0 0 1"),
            ("5.属于三类内部事务信息", "0 0 0 0 0 0 0"), ("6.属于四类过程性信息", "0 0 0 0 0 0 0"),
            ("7.属于行政执法案卷", "0 0 0 0 0 0 0"), ("8.属于行政查询事项", "0 0 0 0 0 0 0"),
            ("1.本机关不掌握相关政府信息", "1 1 0 0 0 1 3"), ("2.没有现成信息需要另行制作", "0 0 0 0 0 0 0"),
            ("3.补正后申请内容仍不明确", "0 0 0 0 0 0 0"), ("1.信访举报投诉类申请", "0 0 0 0 0 0 0"),
            ("2.重复申请", "0 0 0 0 0 0 0"), ("3.要求提供公开出版物", "0 0 0 0 0 0 0"), ("4.无正当理由大量反复申请", "0 0 0 0 0 0 0"),
            ("5.要求行政机关确认或重新出具已获取信息", "0 0 0 0 0 0 0"),
            ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "0 0 0 0 0 0 0"),
            ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0 0 0 0 0 0 0"),
            ("3.其他", "0 0 0 0 0 0 0"), ("（七）总计", "9 2 0 0 0 1 12"), ("四、结转下年度继续办理", "1 0 0 0 0 0 1")]
    body = "".join(f"| {label} | " + " | ".join("无" if c == "0" else f"{c}件" for c in cells.split()) + " |\n"
                   for label, cells in rows)
    _, figs, _ = read("三、收到和处理政府信息公开申请情况\n" + head + body + "四、政府信息公开行政复议、行政诉讼情况\n", 2023)
    assert {"applications_received 12", "applications_carried_over 1", "applications_granted 6", "applications_partial 2",
            "applications_denied 1", "applications_unable 3", "applications_not_processed 0",
            "applications_carried_forward 1"} <= {f.split(" (")[0] for f in figs}
    assert not any(f.startswith("applications_") and " (" in f and "read by" not in f for f in figs)


def test_rows_labelled_by_decimal_codes():
    """An office's own table 3 whose rows carry the template's numbering as decimal codes and
    short names (1 新收, 3.2 部分公开, 3.3.4 第三方权益, 3.7 合计, 4 结转下年度): read by the codes, as
    the identities hold."""
    names = {"3.3": "秘密 法规禁止 三安全 第三方 内部事务 过程性 执法案卷 行政查询", "3.4": "不掌握 另行制作 不明确",
             "3.5": "信访投诉 重复 出版物 大量反复 重新出具", "3.6": "不补正 不缴费 其他"}
    codes = ["1 新收", "2 上年结转", "3.1 予以公开", "3.2 部分公开"] + \
        [f"{g}.{i} {n}" for g, ns in names.items() for i, n in enumerate(ns.split(), 1)] + ["3.7 办理结果合计", "4 结转下年度"]
    cells = {"1 新收": "30 2 0 0 1 0 33", "2 上年结转": "2 0 0 0 0 0 2", "3.1 予以公开": "15 1 0 0 1 0 17",
             "3.2 部分公开": "4 0 0 0 0 0 4", "3.3.4 第三方": "2 0 0 0 0 0 2", "3.4.1 不掌握": "6 1 0 0 0 0 7",
             "3.5.2 重复": "1 0 0 0 0 0 1", "3.6.3 其他": "1 0 0 0 0 0 1", "3.7 办理结果合计": "29 2 0 0 1 0 32",
             "4 结转下年度": "3 0 0 0 0 0 3"}
    table = "".join(f"{c}\t" + "\t".join(cells.get(c, "0 0 0 0 0 0 0").split()) + "\n" for c in codes)
    text = ("三、收到和处理政府信息公开申请情况\n序号/项目\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"
            + table + "四、政府信息公开行政复议、行政诉讼情况\n")
    _, figs, _ = read(text, 2022)
    assert {"applications_received 33", "applications_carried_over 2", "applications_granted 17", "applications_partial 4",
            "applications_denied 2", "applications_unable 7", "applications_not_processed 1",
            "applications_carried_forward 3"} <= {f.split(" (")[0] for f in figs}
    broken = text.replace("29\t2\t0\t0\t1\t0\t32", "29\t2\t0\t0\t1\t0\t31")  # (the 合计 misprinted: the identities fail)
    assert not any(f.startswith("applications_granted 17") for f in read(broken, 2022)[1])


def _table3_rows(new: int, granted: int, forward: int) -> str:
    """A table 3 (2021 format) of one applicant column, all other answers 0: new + 0 carried =
    granted + forward."""
    rows = [("一、本年新收政府信息公开申请数量", new), ("二、上年结转政府信息公开申请数量", 0), ("（一）予以公开", granted),
            ("（二）部分公开", 0), ("（三）不予公开 1.属于国家秘密", 0), ("2.其他法律行政法规禁止公开", 0),
            ("3.危及“三安全一稳定”", 0), ("4.保护第三方合法权益", 0), ("5.属于三类内部事务信息", 0), ("6.属于四类过程性信息", 0),
            ("7.属于行政执法案卷", 0), ("8.属于行政查询事项", 0), ("（四）无法提供 1.本机关不掌握相关政府信息", 0),
            ("2.没有现成信息需要另行制作", 0), ("3.补正后申请内容仍不明确", 0), ("（五）不予处理 1.信访举报投诉类申请", 0),
            ("2.重复申请", 0), ("3.要求提供公开出版物", 0), ("4.无正当理由大量反复申请", 0), ("5.要求行政机关确认或重新出具已获取信息", 0),
            ("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 0),
            ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 0), ("3.其他", 0),
            ("（七）总计", granted), ("四、结转下年度继续办理", forward)]
    return "".join(f"{label}\t{v}\t0\t0\t0\t0\t0\t{v}\n" for label, v in rows)


@pytest.mark.parametrize("area_caption, own_caption", [
    ("表3-1 全省交通运输系统（含市、县交通运输部门）汇总数\n", "表3-2 厅机关\n"),
    ("附表 全区各单位合计\n", "表3 本机关\n"),
])
def test_the_agencys_own_table_3_beside_the_areas(area_caption, own_caption):
    """Table 3 printed for the whole system or area and for the agency itself, each named in
    its caption: only the agency's own is read, whichever comes first."""
    area, own = area_caption + _table3_rows(900, 850, 50), own_caption + _table3_rows(40, 38, 2)
    head = "三、收到和处理政府信息公开申请情况\n项目\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"
    for body in (area + own, own + area):
        _, figs, _ = read(head + body + "四、政府信息公开行政复议、行政诉讼情况\n", 2023)
        assert {"applications_received 40", "applications_granted 38", "applications_carried_forward 2"} <= set(figs)
        assert not any(f.startswith(("applications_received 900", "applications_granted 850")) for f in figs)


def test_a_table_3_in_two_halves_is_not_taken_for_the_areas():
    """Table 3 cut in two at a page (表3 and 表3（续）), the text before it naming what the
    count holds (办理申请61件（含上年结转）): neither half is blanked as the area's."""
    text = "本年度共办理政府信息公开申请40件（含上年结转）。\n表3（续表见下页）\n" + _table3_rows(40, 38, 2)
    assert own_table3(text) == text
    twice = "表3-1 全市系统汇总\n" + _table3_rows(90, 85, 5) + "表3-2 全市系统汇总（续）\n" + _table3_rows(90, 85, 5)
    assert own_table3(twice) == twice


@pytest.mark.parametrize("first, second", [
    ("按照全市政务公开工作统一部署，现将本局本年度情况列表如下：\n", "表2 上年度情况（供对比）\n"),  # (全市 in a sentence)
    ("表1 本局（含县政务服务中心窗口受理）\n", "表2 2021年全县系统合计\n"),  # (another year's)
    ("表1 局机关（不含下属单位）\n", "表2 局属各分局\n"),  # (the other not named as the area's)
    ("表1 本年度申请情况汇总如下\n", "表2 全县各部门合计\n"),  # (汇总 said in passing; the agency not named)
])
def test_captions_that_do_not_tell_the_tables_apart(first, second):
    """Where the captions do not name the agency once and the whole area or system for the
    other (a lead-in sentence, another year's table, a unit's table, 汇总 said in passing),
    no table 3 is blanked."""
    text = first + _table3_rows(40, 38, 2) + second + _table3_rows(90, 85, 5)
    assert own_table3(text) == text


def test_a_web_tables_row_whose_first_cells_are_blank_after_a_wide_label():
    """An HTML table 3 whose labels span three columns and whose blank cells mean 0: a row
    whose first applicant cells are blank (| 四、结转下年度继续办理 | | | | 2 | | | 1 | 1 | 4 |) keeps
    its cells in their columns, right-aligned to the 总计."""
    def row(label: str, cells: str, span: int = 3) -> str:
        tds = "".join(f"<td>{'' if c == '0' else c}</td>" for c in cells.split())
        return f'<tr><td colspan="{span}">{label}</td>{tds}</tr>'
    table = ('<table><tr><td colspan="3" rowspan="2">项目</td><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td>'
             '<td rowspan="2">总计</td></tr><tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td>'
             '<td>其他</td></tr>'
             + row("一、本年新收政府信息公开申请数量", "20 4 0 0 1 1 26") + row("二、上年结转政府信息公开申请数量", "0 2 0 0 0 0 2")
             + row("（一）予以公开", "15 3 0 0 0 0 18") + row("（二）部分公开", "3 1 0 0 0 0 4")
             + row("（三）不予公开 1.属于国家秘密", "0 0 0 0 0 0 0") + row("（四）无法提供 1.本机关不掌握相关政府信息", "2 0 0 0 0 0 2")
             + row("（五）不予处理 1.信访举报投诉类申请", "0 0 0 0 0 0 0") + row("（七）总计", "20 4 0 0 0 0 24")
             + row("四、结转下年度继续办理", "0 2 0 0 1 1 4") + "</table>")
    text = "三、收到和处理政府信息公开申请情况\n" + table + "\n注：空白单元格表示数量为零。\n四、政府信息公开行政复议、行政诉讼情况\n"
    _, figs, _ = read(text, 2023, cells=True)
    assert {"applications_carried_over 2", "applications_carried_forward 4", "table3.carried_forward.commercial 2",
            "table3.carried_forward.legal_services 1"} <= {f.split(" (")[0] for f in figs}


def test_rows_left_out_by_the_balance_alone_are_only_the_replies():
    """A table 3 printed in part whose rows add up to its 总计 says the replies it leaves out
    are 0, but not the requests carried over or forward: new + carried over = 总计 + carried
    forward holds as well with both 1 (printed under labels not read: 上一年度结转…, 转入下年度…)."""
    rows = ["| 一、本年新收政府信息公开申请数量 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |", "| 二、上一年度结转的申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
            "| （一）予以公开 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |", "| （七）总计 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |",
            "| 四、转入下年度办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |"]
    raw = ("三、收到和处理政府信息公开申请情况\n| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
           + "\n".join(rows))
    _, figs, _ = read(raw, 2022)
    assert {"applications_received 4", "applications_granted 4", "applications_denied 0", "applications_unable 0"} <= set(figs)
    assert not [f for f in figs if f.startswith(("applications_carried_over 0", "applications_carried_forward 0"))]


def test_an_eight_column_pipe_rows_leading_blank_cells_keep_its_cells_in_their_columns():
    """A Markdown table 3 with 法人或其他组织小计 before 总计, blank cells for 0: a row whose first
    cells are blank (| 5.要求…已获取信息 | | | | | | 1 | 1 | 1 |: 其他 1, 小计 1, 总计 1) is
    right-aligned to the eight columns, not cut to seven (where its cells do not add up)."""
    def row(label: str, cells: str) -> str:
        return f"| {label} | " + " | ".join("" if c == "0" else c for c in cells.split()) + " |"
    rows = [row("一、本年新收政府信息公开申请数量", "9 2 0 0 0 1 3 12"), row("二、上年结转政府信息公开申请数量", "1 0 0 0 0 0 0 1"),
            row("（一）予以公开", "6 1 0 0 0 0 1 7"), row("（二）部分公开", "1 1 0 0 0 0 1 2"),
            row("（三）不予公开 1.属于国家秘密", "0 0 0 0 0 0 0 0"), row("（四）无法提供 1.本机关不掌握相关政府信息", "2 0 0 0 0 0 0 2"),
            row("（五）不予处理 1.信访举报投诉类申请", "1 0 0 0 0 0 0 1"),
            row("5.要求行政机关确认或重新出具已获取信息", "0 0 0 0 0 1 1 1"), row("（七）总计", "10 2 0 0 0 1 3 13"),
            row("四、结转下年度继续办理", "0 0 0 0 0 0 0 0")]
    raw = ("三、收到和处理政府信息公开申请情况\n| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 小计 | 总计 |\n"
           + "\n".join(rows) + "\n注：空白单元格表示数量为零。")
    _, figs, _ = read(raw, 2022, cells=True)
    assert {"applications_not_processed 2", "table3.not_processed_confirm.other_org 1", "applications_received 12"} <= {
        f.split(" (")[0] for f in figs}


def test_a_wrapped_label_before_a_page_break_does_not_take_the_headers_year():
    """A PDF row whose label wraps after its cells (5.要求行政机关确认或重新  0000000 / 出具已获取
    信息) just before a page break, whose running header names a year (…2025年度报告): the
    year is no cell of the row; the row is read from the cells before it."""
    lines = ["三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量  6 0 0 0 0 0 6",
             "二、上年结转政府信息公开申请数量  0 0 0 0 0 0 0", "（一）予以公开  4 0 0 0 0 0 4",
             "（五）不予处理", "1.信访举报投诉类申请  0 0 0 0 0 0 0", "2.重复申请  1 0 0 0 0 0 1",
             "3.要求提供公开出版物  0 0 0 0 0 0 0", "4.无正当理由大量反复申请  0 0 0 0 0 0 0",
             "5.要求行政机关确认或重新  1 0 0 0 0 0 1", "出具已获取信息", "", "— 2 —", "", "某某县商务局2025年度报告", "",
             "（七）总计  6 0 0 0 0 0 6", "四、结转下年度继续办理  0 0 0 0 0 0 0", "四、政府信息公开行政复议、行政诉讼情况"]
    _, figs, _ = read("\n".join(lines), 2025, cells=True)
    assert "table3.not_processed_confirm.total 1" in figs
    assert not any(f.startswith("table3.not_processed_confirm.total 2025") for f in figs)


def test_the_areas_table_3_captioned_above_a_header_printed_one_cell_a_line():
    """The area's table 3 whose header prints one column name a line (自然人 / 商业企业 / … / 总计),
    its caption (全县教育系统汇总) above them, before the agency's own (县教育局本级): the caption is
    still found above the names, and only the agency's own table is read."""
    names = "申请人情况\n自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计\n\n"
    area = "表三（1） 全县教育系统汇总（含各学校）\n" + names + _table3_rows(140, 130, 10)
    own = "表三（2） 县教育局本级\n" + names + _table3_rows(15, 12, 3)
    text = "三、收到和处理政府信息公开申请情况\n" + area + own + "四、政府信息公开行政复议、行政诉讼情况\n"
    _, figs, _ = read(text, 2021)
    assert {"applications_received 15", "applications_granted 12", "applications_carried_forward 3"} <= set(figs)
    assert not any(f.startswith(("applications_received 140", "applications_granted 130")) for f in figs)


def test_a_header_of_two_levels_with_the_total_printed_first():
    """A scanned table 3 whose header has two levels (总计 自然人 法人或其他组织, then the five
    kinds of 法人或其他组织 on the next line) and whose zeros are printed 〇: its cells are
    taken in the header's order (总计 first), and 〇 is 0."""
    zero = "　〇"
    def row(label: str, total: int, person: int, commercial: int) -> str:
        return f"{label}   {total}   {person}   {commercial}" + zero * 4 + "\n"
    text = ("三、收到和处理政府信息公开申请情况\n                总计    自然人          法人或其他组织\n"
            "                                商业企业 科研机构 社会公益组织 法律服务机构 其他\n"
            + row("一、本年新收政府信息公开申请数量", 12, 9, 3) + row("二、上年结转政府信息公开申请数量", 2, 2, 0)
            + row("三、本年度办理结果（一）予以公开", 8, 6, 2) + row("（二）部分公开", 3, 2, 1)
            + row("（四）无法提供1.本机关不掌握相关政府信息", 1, 1, 0) + row("（七）总计", 12, 9, 3)
            + row("四、结转下年度继续办理", 2, 2, 0) + "四、政府信息公开行政复议、行政诉讼情况\n")
    _, figs, _ = read(text.replace("　", "   "), 2021, cells=True)
    assert {"applications_received 12", "applications_granted 8", "applications_partial 3",
            "table3.unable_no_info.natural_person 1", "table3.new.natural_person 9", "table3.new.commercial 3", "table3.new.research 0"} <= {
        f.split(" (")[0] for f in figs}


def test_a_header_wrapped_by_the_pages_width_is_no_header_of_two_levels():
    """A PDF's header line wrapped by its width (…自然人 法人或其他组织 商业企业 / 科研机构 社会公益组织
    法律服务机构 其他 总计): the next line is not the five kinds alone, so the columns stay in the
    template's order (总计 last)."""
    text = ("三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加\n第四项之和） 申请人情况 "
            "自然人 法人或其他组织 商业企业 \n科研机构 社会公益组织 法律服务机构 其他 总计\n" + _table3_rows(40, 38, 2)
            + "四、政府信息公开行政复议、行政诉讼情况\n")
    _, figs, _ = read(text.replace("\t", " "), 2022, cells=True)
    assert {"applications_received 40", "applications_granted 38", "table3.new.natural_person 40",
            "table3.new.total 40"} <= {f.split(" (")[0] for f in figs}


def test_the_reports_title_line_is_no_caption_of_a_table_3():
    """The report's title line (naming its own year) right above the area's table 3: not a
    caption of another year's table; the agency's own table is read."""
    text = ("某某县教育局2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n表三（1） 全县教育系统汇总\n"
            + _table3_rows(140, 130, 10) + "表三（2） 县教育局本级\n" + _table3_rows(16, 14, 2)
            + "四、政府信息公开行政复议、行政诉讼情况\n")
    _, figs, _ = read(text, 2021)
    assert {"applications_received 16", "applications_granted 14"} <= set(figs)


def test_a_table_4_row_of_circles_for_zeros():
    """Table 4's fifteen cells in one row, each 0 printed ○ (the first at the line's start)."""
    text = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n"
            "○ ○ ○ ○ ○ 1 ○ ○ ○ 1 ○ ○ ○ ○ ○\n五、存在的主要问题及改进情况\n")
    _, figs, _ = read(text, 2021)
    assert {"reconsiderations 0", "lawsuits 1"} <= set(figs)


def _headlines(raw: str) -> dict[str, tuple[float, str]]:
    """measure -> (value, qualifier) of the headline figures of a text."""
    text, _ = clean_text(raw)
    rows, _ = extract_report(text, sections=segment_text(text), year=2021)
    return {r["measure"]: (r["value"], r["qualifier"]) for r in rows if "." not in r["measure"]}


def test_a_table_printed_with_every_cell_blank_is_zeros_flagged():
    """Every row label, one per line, each followed by its seven cells left empty (tabs, or
    empty lines), then the next part: a table left blank, every measure 0 "blank in table".
    The same labels followed by their numbers after the last label (a PDF layer that
    printed every label, then every number): no 0 read from the blanks."""
    head = "三、收到和处理政府信息公开申请情况\n"
    after = "四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n"
    for cells in ("\t" * 7, "\n" * 7):
        got = _headlines(head + "\n".join(label + cells for _, label in LABELS) + "\n" + after)
        assert {m: got[m] for m in ("applications_received", "applications_granted", "applications_unable",
                                    "applications_carried_forward")} == {
            m: (0.0, "blank in table") for m in ("applications_received", "applications_granted",
                                                  "applications_unable", "applications_carried_forward")}
    layered = head + "\n".join(label for _, label in LABELS) + "\n" + " ".join(["3 0 0 0 0 0 3"] * 3) + "\n" + after
    assert "applications_granted" not in _headlines(layered)


def test_a_page_number_between_two_rows_is_no_cell():
    """A PDF's page number alone on its line after a row whose seven cells add up (…不掌握相关
    政府信息 5 1 0 0 0 0 6 / 3 / 2.没有现成…): the row is its line's seven cells."""
    cells, _, notes = _cells(_table({"new": "6 1 0 0 0 0 7", "carried_over": "0 0 0 0 0 0 0",
                                     "granted": "1 0 0 0 0 0 1", "unable_no_info": "5 1 0 0 0 0 6\n3",
                                     "total": "6 1 0 0 0 0 7", "carried_forward": "0 0 0 0 0 0 0"}))
    assert cells["unable_no_info"] == "5 1 0 0 0 0 6" and notes == []


def test_a_page_number_between_two_fragments_of_a_pipe_table_is_no_cell():
    """A PDF turned to Markdown: the table cut at a page, its page number alone between blank lines
    (…| 4.保护第三方合法权益 | 1 | … | 1 |, 3, | | | 5.属于三类… |): the row before it is its own cells,
    so the group's total (不予公开 2) is read."""
    rows = [f"| {label} | " + " | ".join(cells.split()) + " |" for label, cells in (
        ("一、本年新收政府信息公开申请数量", "4 0 0 0 0 0 4"), ("二、上年结转政府信息公开申请数量", "0 0 0 0 0 0 0"),
        ("三、本年度办理结果（一）予以公开", "2 0 0 0 0 0 2"), ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "0 0 0 0 0 0 0"),
        ("（三）不予公开 1.属于国家秘密", "0 0 0 0 0 0 0"), ("2.其他法律行政法规禁止公开", "0 0 0 0 0 0 0"),
        ("3.危及“三安全一稳定”", "0 0 0 0 0 0 0"), ("4.保护第三方合法权益", "1 0 0 0 0 0 1"))]
    rows += ["", "", "3", "", "| 5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "|---|---|---|---|---|---|---|---|"]
    rows += [f"| {label} | " + " | ".join(cells.split()) + " |" for label, cells in (
        ("6.属于四类过程性信息", "1 0 0 0 0 0 1"), ("7.属于行政执法案卷", "0 0 0 0 0 0 0"), ("8.属于行政查询事项", "0 0 0 0 0 0 0"),
        ("（四）无法提供 1.本机关不掌握相关政府信息", "0 0 0 0 0 0 0"), ("2.没有现成信息需要另行制作", "0 0 0 0 0 0 0"),
        ("3.补正后申请内容仍不明确", "0 0 0 0 0 0 0"), ("（五）不予处理 1.信访举报投诉类申请", "0 0 0 0 0 0 0"),
        ("2.重复申请", "0 0 0 0 0 0 0"), ("3.要求提供公开出版物", "0 0 0 0 0 0 0"), ("4.无正当理由大量反复申请", "0 0 0 0 0 0 0"),
        ("5.要求行政机关确认或重新出具已获取信息", "0 0 0 0 0 0 0"), ("（六）其他处理", "0 0 0 0 0 0 0"),
        ("（七）总计", "4 0 0 0 0 0 4"), ("四、结转下年度继续办理", "0 0 0 0 0 0 0"))]
    got = _headlines("三、收到和处理政府信息公开申请情况\n" + "\n".join(rows) + "\n四、其他需要报告的事项\n无。")
    assert got["applications_denied"] == (2.0, "") and got["applications_granted"] == (2.0, "")


def test_rows_as_a_list_of_counts_on_one_line():
    """本年度办理结果：予以公开2件；部分公开1件；…；其他处理0件；总计3件 on one line: each row the
    count right after its label (the 总计 after 其他处理's count is the next row's, not its own)."""
    raw = ("三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量：3件\n上年结转政府信息公开申请数量：0件\n"
           "本年度办理结果：予以公开2件；部分公开1件；不予公开0件；无法提供0件；不予处理0件；其他处理0件；总计3件\n"
           "结转下年度继续办理：0件\n四、政府信息公开行政复议、行政诉讼情况\n")
    cells, _, _ = _cells(raw)
    assert cells.get("granted") == "- - - - - - 2" and cells.get("partial") == "- - - - - - 1"
    assert cells.get("other") == "- - - - - - 0"
    got = _headlines(raw)
    assert (got["applications_granted"][0], got["applications_partial"][0]) == (2.0, 1.0)


def test_a_key_value_pipe_table_of_three_rows_and_nones():
    """| 项目 | 数量 | with three rows of counts and the carried rows 无: each count its row's 总计,
    the carried rows 0 (the answers add up to the new requests); the same three rows glued
    (本年新收…22, a digit run of two cells) are not read as 22."""
    raw = ("二、依申请公开办理情况\n| 项目 | 数量 |\n|---|---|\n| 本年新收申请 | 5 |\n| 上年结转 | 无 |\n| 予以公开 | 4 |\n"
           "| 部分公开 | 1 |\n| 结转下年度 | 无 |\n\n三、行政复议、行政诉讼情况\n")
    got = _headlines(raw)
    assert {m: got[m][0] for m in ("applications_received", "applications_granted", "applications_partial",
                                   "applications_carried_over", "applications_carried_forward")} == {
        "applications_received": 5.0, "applications_granted": 4.0, "applications_partial": 1.0,
        "applications_carried_over": 0.0, "applications_carried_forward": 0.0}
    glued = _headlines("三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量22\n上年结转政府信息公开申请数量\n"
                       "三、本年度办理结果\n(一)予以公开22\n(七)总计22\n四、结转下年度继续办理\n")
    assert glued.get("applications_received", (None,))[0] != 22


@pytest.mark.parametrize("sep, head", [("\t", "项目\t局机关\t局属单位\t合计"), (" | ", "| 项目 | 医院本部 | 托管医院 | 集团合计 |")])
def test_a_table_3_for_the_agency_and_its_units_side_by_side_gives_the_agencys_column(sep, head):
    """项目 | 局机关 | 局属单位 | 合计 (or 医院本部 | 托管医院 | 集团合计): the agency's own column, the
    others blanked; not the total (14) nor the reduced columns' reading of it."""
    own, units = [10, 0, 4, 1, 0, 2, 1, 1, 9, 1], [4, 0, 3, 0, 0, 1, 0, 0, 4, 0]
    labels = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果（一）予以公开",
              "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开 1.属于国家秘密",
              "（四）无法提供 1.本机关不掌握相关政府信息", "（五）不予处理 1.信访举报投诉类申请", "（六）其他处理", "（七）总计",
              "四、结转下年度继续办理"]
    rows = [sep.join([label, str(a), str(b), str(a + b)]) for label, a, b in zip(labels, own, units)]
    if sep == " | ":
        rows = ["| " + r + " |" for r in rows]
    got = _headlines("三、收到和处理政府信息公开申请情况\n" + head + "\n" + "\n".join(rows) + "\n四、其他需要报告的事项\n无。")
    assert {m: got[m][0] for m in ("applications_received", "applications_granted", "applications_unable",
                                   "applications_carried_forward")} == {
        "applications_received": 10, "applications_granted": 4, "applications_unable": 2, "applications_carried_forward": 1}


def test_a_table_3_for_a_government_and_its_office_gives_the_offices_column_in_its_report():
    """项目 | 县人民政府（本级） | 县人民政府办公室 in the office's report: its own column is the one its title
    names (not 本级, the government's own level); in the government's report neither is named by the
    title, and 本级 is its own."""
    labels = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果（一）予以公开",
              "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开 1.属于国家秘密",
              "（四）无法提供 1.本机关不掌握相关政府信息", "（五）不予处理 1.信访举报投诉类申请", "（六）其他处理", "（七）总计",
              "四、结转下年度继续办理"]
    gov, office = [51, 2, 18, 5, 4, 14, 8, 1, 50, 3], [12, 1, 6, 1, 0, 4, 2, 0, 13, 0]
    table = "\n".join(["| 项目 | 县人民政府（本级） | 县人民政府办公室 |", "|---|---|---|"] +
                      [f"| {label} | {a} | {b} |" for label, a, b in zip(labels, gov, office)])
    body = "\n三、收到和处理政府信息公开申请情况\n" + table + "\n四、其他需要报告的事项\n无。"
    got = _headlines("某县人民政府办公室2021年政府信息公开工作年度报告" + body)
    assert (got["applications_received"][0], got["applications_unable"][0]) == (12, 4)
    got = _headlines("某县人民政府2021年政府信息公开工作年度报告" + body)
    assert (got["applications_received"][0], got["applications_unable"][0]) == (51, 14)


def test_a_table_captioned_as_the_whole_bureau_with_its_units_is_the_areas():
    """二、收到和处理政府信息公开申请情况（全局合计，节选总计列）: the bureau with its units; the prose's own
    count (局本级收到的15件申请中，予以公开7件) is the agency's, the table's the whole bureau's."""
    rows = [("一、本年新收政府信息公开申请数量", 19), ("二、上年结转政府信息公开申请数量", 0), ("三、本年度办理结果 （一）予以公开", 9),
            ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2), ("（三）不予公开 1.属于国家秘密", 1),
            ("（四）无法提供 1.本机关不掌握相关政府信息", 5), ("（五）不予处理 1.信访举报投诉类申请", 2), ("（六）其他处理", 0),
            ("（七）总计", 19), ("四、结转下年度继续办理", 0)]
    raw = ("某县民政局2020年政府信息公开工作年度报告\n一、总体情况\n全局共收到政府信息公开申请19件，其中局本级15件、直属单位4件。"
           "局本级收到的15件申请中，予以公开7件。\n二、收到和处理政府信息公开申请情况（全局合计，节选总计列）\n项目 总计\n"
           + "\n".join(f"{label} {n}" for label, n in rows) + "\n三、其他需要报告的事项\n无。")
    got = _headlines(raw)
    assert got["applications_granted"] == (7.0, "judgement: the agency's own in the prose, its tables the whole area's")
    assert got["applications_unable"][1].startswith("candidate: the whole area")
