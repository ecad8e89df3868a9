"""Page markers and running headers of a paged document (gdrkit.text.pages, via clean_text)."""

from gdrkit.clean import clean_text

_TITLE = "某县人民政府2022年政府信息公开工作年度报告"


def test_a_running_header_other_than_the_title_goes_with_the_page_markers():
    """A line printed after each page marker (附件：…, not the document's first line) is a
    running header: dropped wherever it stands (here between a table's cells), recorded once."""
    raw = (f"{_TITLE}\n一、总体情况\n本年度共受理申请3件。\n\n— 2 —\n附件：某县政府信息公开年度报告\n"
           "（一）予以公开\n2\n0\n\n— 3 —\n附件：某县政府信息公开年度报告\n0\n2\n")
    text, removed = clean_text(raw)
    assert "附件" not in text and text.endswith("(一)予以公开\n2\n0\n\n0\n2")
    assert removed == [("page_marker", "— 2 —"), ("page_marker", "— 3 —"),
                       ("running_header", "附件：某县政府信息公开年度报告")]


def test_a_line_once_between_two_markers_is_no_header():
    """A row label standing once between two page markers (blank lines around it, as a
    table printed one cell a line gives it) beside both is kept: a header repeats."""
    raw = f"{_TITLE}\n\n— 4 —\n\n\n2.重复申请信息公开事项\n\n\n— 5 —\n\n0\n"
    text, removed = clean_text(raw)
    assert "2.重复申请信息公开事项" in text
    assert [k for k, _ in removed] == ["page_marker", "page_marker"]


def test_the_title_printed_again_is_dropped_but_the_first():
    raw = f"{_TITLE}\n正文一。\n- 2 -\n{_TITLE}\n正文二。\n"
    text, removed = clean_text(raw)
    assert text.count(_TITLE) == 1 and text.startswith(_TITLE)
    assert ("running_header", _TITLE) in removed


def _wrapped(paragraph: str, width: int = 28) -> str:
    """A paragraph broken every ``width`` characters, as a PDF's text layer breaks it."""
    return "\n".join(paragraph[i:i + width] for i in range(0, len(paragraph), width))


_PARA1 = ("本年度，我局坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开，"
          "全年通过局门户网站主动公开政府信息共计八百四十二条，其中政策文件一百零六条，工作动态五百一十三条，"
          "其余为人事、财政、规划等信息。")
_PARA2 = ("全年共收到政府信息公开申请二十七件，其中当面申请九件，网上申请十八件，均已在法定期限内答复，"
          "其中予以公开十四件，部分公开五件，无法提供八件。")


def test_hard_wraps_of_a_pdf_saved_as_text_are_joined():
    """A text whose paragraphs break at one printed width (28 characters, the official
    line) goes on over its wraps, across a page marker, but not after a heading as wide as
    the line, nor into an item, a heading or a table row; recorded once."""
    heading = "五、因政府信息公开申请行政复议、提起行政诉讼的情况汇总"  # (28 characters, no clause)
    wrapped2 = _wrapped(_PARA2).split("\n")
    raw = "\n".join([_TITLE, "一、总体情况", _wrapped(_PARA1), "二、依申请公开情况", wrapped2[0], "- 2 -",
                     *wrapped2[1:], heading, "本年度未发生行政复议和行政诉讼。", "(一)予以公开 14 0 0 0 0 0 14"])
    text, removed = clean_text(raw)
    para1, para2 = (clean_text(p)[0] for p in (_PARA1, _PARA2))
    assert text.split("\n") == [_TITLE, "一、总体情况", para1, "二、依申请公开情况", para2,
                                clean_text(heading)[0], "本年度未发生行政复议和行政诉讼。", "(一)予以公开14 0 0 0 0 0 14"]
    assert [r for r in removed if r[0] == "hard_wrap"] == [("hard_wrap", "5 line breaks at a printed width of 56")]


def test_lines_a_writer_ended_are_not_joined():
    """Label and value lines of one width (no mark of a clause inside them) and paragraphs
    of many lengths are left as they are: only a layout's wraps are joined."""
    labels = "\n".join(f"行政诉讼（未经复议直接起诉）—结果维持：{i}" for i in range(8))
    assert clean_text(labels)[0].count("\n") == 7
    paragraphs = "\n".join([_PARA1, _PARA2, "本年度未收取任何费用。", "全年未发生行政复议。"])
    text, removed = clean_text(paragraphs)
    assert text.count("\n") == 3 and not any(k == "hard_wrap" for k, _ in removed)


def test_a_sentence_said_twice_beside_page_markers_is_no_header():
    """A report that says the same sentence twice, each time next to a page break, keeps
    both: a running header is no sentence (it has no clause marks)."""
    said = "本年度未向申请人收取任何费用。"
    raw = f"{_TITLE}\n一、概述\n{said}\n— 2 —\n二、收费情况\n{said}\n— 3 —\n三、行政复议和行政诉讼\n本年度未发生行政复议。\n"
    text, removed = clean_text(raw)
    assert text.count(said) == 2 and not any(k == "running_header" for k, _ in removed)


def test_a_page_marker_inside_a_word_of_a_flattened_text():
    """A PDF's text flattened onto one line: a page marker between two characters of a word
    (无 - 5 - 法提供) goes, joining the word; between numbers (3 — 5 — 2: cells, dashes for
    zero) it stays."""
    text, removed = clean_text("（四）无法提供：本机关不掌握相关政府信息3件，无 - 5 - 法提供的共4件。")
    assert "无法提供的共4件" in text and ("page_marker", "- 5 -") in removed
    text, removed = clean_text("予以公开 3 — 5 — 2 8")
    assert "3 — 5 — 2" in text.replace("-", "—") and not removed


def test_rows_and_statements_beside_page_markers_are_no_headers():
    """Lines that stand beside page breaks twice but are no running header stay: a table's
    header row (words apart by spaces), a row of cells, a statement without its stop."""
    for line in ("项目 总计 自然人 法人或其他组织", "四、结转下年度继续办理 0 0 0 0 0 0 0", "本年度未收取信息处理费"):
        raw = f"{_TITLE}\n一、概述\n{line}\n— 2 —\n二、情况\n{line}\n— 3 —\n三、其他\n"
        text, removed = clean_text(raw)
        assert not any(k == "running_header" for k, _ in removed), line
