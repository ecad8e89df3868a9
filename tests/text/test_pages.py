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
