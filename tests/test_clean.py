from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gdrkit import read_report
from gdrkit.clean import clean_text, to_halfwidth
from gdrkit.extract.figures import extract_report
from gdrkit.sections import segment_text

from conftest import by_file


def test_seed_cleaning_keeps_raw(seed_corpus):
    r0 = by_file(seed_corpus, "000_46aca74da5115982.txt")
    assert "[image: image1.png]" in r0.text_raw and "image" not in r0.text
    assert "《政府信息公开审查制度》、《政府信息依申请公开制度》" in r0.text  # the word split by the placeholder is joined
    r1 = by_file(seed_corpus, "001_0ced3da2aecd6f3a.txt")
    assert "CBA直播" in r1.text_raw and "CBA" not in r1.text and "直播" not in r1.text
    assert "4。17%" in r1.text_raw and "4.17%" in r1.text
    assert "您现在所在的位置" not in r1.text and "字体" not in r1.text
    r3 = by_file(seed_corpus, "003_cc707d8ae19cac44.txt")
    assert "浏览量" not in r3.text and "朗读" not in r3.text and "分享" not in r3.text
    r4 = by_file(seed_corpus, "004_5a314498553702da.txt")
    assert "**区" in r4.text  # masked names are kept


def test_fullwidth_and_spaces():
    text, _ = clean_text("２０１３年，全年公开信息７６６条（含）。\u3000\u3000二、依申请公开")
    assert text == "2013年,全年公开信息766条(含)。\n二、依申请公开"
    assert to_halfwidth("ＡＢＣ％") == "ABC%"


def test_removed_is_recorded():
    _, removed = clean_text("正文。\n分享:\n朗读\nCBA直播,CBA直播在线观看")
    kinds = [k for k, _ in removed]
    assert "spam" in kinds and "read_aloud" in kinds


def test_pdf_page_markers_and_wraps(shared_corpus):
    pdf = shared_corpus.reports[shared_corpus.reports["format"] == "pdf"].iloc[0]
    assert "- 1 -" in pdf.text_raw and "- 1 -" not in pdf.text
    assert "《中华人民共和国政府信息公开条例》" in pdf.text  # joined across a hard wrap


def _digits(s: str) -> str:
    return "".join(re.findall(r"\d", to_halfwidth(s)))


@given(st.lists(st.sampled_from(["全年", "主动公开", "１２", "3,400", "4。17%", "条", "。", "\u3000\u3000", "\n",
                                 " ", "[image: a1.png]", "分享", "浏览量:", "二O一三年", "(一)", "5500余"]),
                max_size=40))
def test_cleaning_never_loses_a_digit_of_the_numbers(parts):
    raw = "".join(parts)
    text, _ = clean_text(raw)
    # digits may only disappear with chrome that carries them (image names, page-view counts)
    expected = _digits(re.sub(r"浏览量:\s*\d*", "", re.sub(r"\[image:[^\]]*\]\s*", "", raw)))
    assert _digits(text) == expected


def test_to_simplified_keeps_mainland_words(shared_raw):
    """Character by character: a real report written out in traditional script comes
    back as written (档案 stays 档案; OpenCC tw2sp made it 文件), and the Taiwan wording
    of the report's own name becomes 政府信息公开."""
    opencc = pytest.importorskip("opencc", reason="gdrkit[traditional] (OpenCC) is not installed")
    from gdrkit.clean import to_simplified

    text = (shared_raw / "pingtan-archive__ptq-2013.txt").read_text(encoding="utf-8")
    trad = opencc.OpenCC("s2t").convert(text)
    assert trad != text and "檔案" in trad
    assert to_simplified(trad) == text
    assert to_simplified("本機關主動公開政府資訊一百二十條,資訊公開申請三件,資訊化建設") == \
        "本机关主动公开政府信息一百二十条,信息公开申请三件,资讯化建设"


def test_a_page_marker_over_three_lines_between_cells_is_cells():
    # table cells one per line, dashes for zero: "—", "3", "—" are three cells
    cells = "予以公开\n5\n—\n3\n—\n—\n8\n部分公开\n1\n"
    text, removed = clean_text(cells)
    assert text == cells.rstrip("\n") and removed == []
    # the same three lines between words of a sentence are a page marker (a PDF page break)
    prose, removed = clean_text("要求行政机关确认或重\n-\n3\n-\n新出具已获取信息")
    assert "3" not in prose and removed == [("page_marker", "-\n3\n-")]
    # and a marker on one line stays a marker beside cells
    _, removed = clean_text("予以公开\n5\n- 3 -\n7\n")
    assert removed == [("page_marker", "- 3 -")]


def test_table_markup_in_a_text_becomes_pipe_rows():
    """A table's HTML markup left in a text file: its pipe rows, with colspan and rowspan
    placed, as a page read as HTML gives them; the markup is recorded as removed."""
    raw = ("三、收到和处理政府信息公开申请情况\n<table>\n<tr><td rowspan=\"2\">项目</td><td colspan=\"2\">申请人情况</td></tr>\n"
           "<tr><td>自然人</td><td>总计</td></tr>\n<tr><td>一、本年新收政府信息公开申请数量</td>"
           "<td style=\"text-align:center\">10</td><td>17</td></tr>\n</table>\n四、行政复议")
    text, removed = clean_text(raw)
    assert text == ("三、收到和处理政府信息公开申请情况\n| 项目 | 申请人情况 | |\n| | 自然人 | 总计 |\n"
                    "| 一、本年新收政府信息公开申请数量 | 10 | 17 |\n四、行政复议")
    assert [k for k, _ in removed] == ["table_markup"]
    assert clean_text("a <t> b <table")[0] == "a <t> b <table"  # no table: nothing changed


def test_a_running_title_inside_a_sentence_of_a_paged_text_is_dropped():
    """A paged text (page markers) prints its title again at the top of each page, here in
    the middle of a sentence: the later copy goes (recorded), the first stays; without page
    markers a repeated title line is kept."""
    raw = ("某市卫生局2011年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n我局通过门户网站主动公开政府信息\n— 3 —\n"
           "某市卫生局2011年政府信息公开工作年度报告\n1,590条。")
    text, removed = clean_text(raw)
    assert text == "某市卫生局2011年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n我局通过门户网站主动公开政府信息\n1,590条。"
    assert [k for k, _ in removed] == ["page_marker", "running_header"]
    unpaged = raw.replace("— 3 —\n", "")
    assert clean_text(unpaged)[0].count("年度报告") == 2


def test_paragraph_and_inline_tags_in_a_text_are_dropped():
    """A scraped text with its <p> and <span> tags (全年公开<span>254</span>条): a block tag
    breaks the line, an inline one goes, &nbsp; is a space; recorded. Angle brackets that
    are no such tag stay."""
    raw = "<p>　　一、主动公开情况</p><p>全年公开政府信息<SPAN style=\"color:red\">254</SPAN>条。</p>&nbsp;<br/>完"
    text, removed = clean_text(raw)
    assert text == "一、主动公开情况\n\n全年公开政府信息254条。\n\n完"
    assert [k for k, _ in removed] == ["html_tags"]
    assert clean_text("指标<1>与<2021年>")[0] == "指标<1>与<2021年>"
    assert clean_text("<b>某县</b>人民政府")[0] == "<b>某县</b>人民政府"  # no page markup: as written


def test_table_markup_in_capitals_is_read_and_a_nested_table_is_left():
    assert clean_text("a<TABLE><TR><TD>x</TD><TD>1</TD></TR></TABLE>b")[0] == "a\n| x | 1 |\nb"
    nested = "a<table><tr><td><table><tr><td>1</td></tr></table></td><td>2</td></tr></table>b"
    assert clean_text(nested)[0] == nested


def test_layout_marks_between_words_and_numbers():
    """A table drawn with box-drawing characters (bars become |, rule lines go), leader
    dots (a space), letter-spaced words (joined); each kind recorded."""
    text, removed = clean_text("┌──┬──┐\n│一、本年新收│  50│\n├──┼──┤\n│二、上年结转│   2│\n└──┴──┘")
    assert text == "|一、本年新收| 50|\n|二、上年结转| 2|" and ("box_drawing", "") in removed
    assert clean_text("收到申请数……………………58件\n当面申请…9件")[0] == "收到申请数58件\n当面申请9件"
    text, removed = clean_text("一 、 本 年 新 收 政 府 信 息 公 开 申      8    1\n请 数 量\n2 . 其 他 法 律")
    assert text == "一、本年新收政府信息公开申8 1\n请数量\n2.其他法律" and ("letter_spacing", "") in removed
    assert clean_text("自然人 商业企业 科研机构")[0] == "自然人 商业企业 科研机构"  # words apart are not letters apart


def test_letter_spacing_is_joined_only_for_a_run_apart_from_its_neighbours():
    assert clean_text("尚未 审结 总 计\n申请人 张 三")[0] == "尚未 审结 总 计\n申请人 张 三"
    assert clean_text("│x│\n" + " " * 40 + "a")[0] == "|x|\na"  # (a line of spaces is no rule line)


def test_a_page_break_inside_a_line_of_a_flattened_text_goes_with_its_running_title():
    """A report flattened to one line: a page marker and the title printed after it split a
    number (申请1 — 2 — <title>26件); both go, the number is whole again; recorded. A dash
    pair with no title after it stays."""
    title = "某区发展和改革局2018年政府信息公开工作年度报告"
    raw = f"{title} 一、主动公开 全年主动公开信息2104条。二、依申请公开 本年度受理申请1 — 2 — {title}26件,办结126件。"
    text, removed = clean_text(raw)
    assert "受理申请126件" in text and text.count(title) == 1
    assert ("page_marker", f"— 2 — {title}") in removed
    assert clean_text("增长5 — 6 — 个百分点")[0] == "增长5 — 6 — 个百分点"


def test_a_merged_label_printed_again_in_a_pipe_row():
    """A converter that repeats a merged cell's words in each column it spans: the label
    cells before a row's first number are kept once (the row reads as its label and its
    seven cells); a header's columns of the same name stay, and so does text without pipes."""
    raw = ("| 三、本年度办理结果 | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | "
           "（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 8 | 3 | 0 | 0 | 0 | 0 | 11 |\n"
           "| 项目 | 件数 | 件数 |\n")
    text, removed = clean_text(raw)
    assert text.split("\n")[0] == ("| 三、本年度办理结果 | (二)部分公开(区分处理的,只计这一情形,不计其他情形) "
                                   "| 8 | 3 | 0 | 0 | 0 | 0 | 11 |")
    assert text.split("\n")[1] == "| 项目 | 件数 | 件数 |" and ("repeated_cells", "") in removed


def test_a_pipe_row_of_zeros_written_as_ling_is_no_repeated_label():
    """Table 4's row of cells | 〇 | 〇 | 〇 | 〇 | 〇 | 1 | …: 〇 is a cell of 0, not a label printed
    again (the first five cells were kept once, and the row lost four cells)."""
    row = "| 〇 | 〇 | 〇 | 〇 | 〇 | 1 | 〇 | 〇 | 〇 | 1 | 〇 | 〇 | 〇 | 〇 | 〇 |"
    assert clean_text(row)[0] == row


def test_radicals_a_pdf_gave_for_ideographs_are_read_as_the_ideographs():
    """A PDF's text layer whose font maps glyphs to the CJK radicals (⼀ U+2F00 for 一, ⺠
    U+2EA0 for 民, ⼯ for 工): the text holds the ideographs, so the headings and the
    figures are read; the raw text keeps what the file said."""
    raw = ("某县⼈⺠政府2021年政府信息公开⼯作年度报告\n⼀、总体情况\n全年主动公开政府信息312条。\n"
           "⼆、依申请公开情况\n本年度共收到政府信息公开申请⼗件。")
    text, _ = clean_text(raw)
    assert text.startswith("某县人民政府2021年政府信息公开工作年度报告\n一、总体情况")
    assert "二、依申请公开情况" in text and "申请十件" in text
    assert not re.search(r"[\u2e80-\u2fdf]", text)
    figs, _ = extract_report(text, sections=segment_text(text), year=2021)
    assert {(f["measure"], f["value"]) for f in figs} >= {("proactive_items", 312.0), ("applications_received", 10.0)}


def test_a_breadcrumb_on_a_joined_line_takes_no_text_after_it():
    """A web page printed to PDF: its breadcrumb (当前位置:…) runs on, the PDF's lines joined,
    into the report with no 来源 after a space to end it. Only a breadcrumb's length is
    removed, never the report's paragraphs after it."""
    body = "根据《中华人民共和国政府信息公开条例》，我局编制了2020年度政府信息公开年度报告。一、总体情况2020年，我局主动公开政府信息141条。"
    raw = ("当前位置:首页政务公开政府信息公开某局政府信息\n公开年报 某局2020年度政府信息公开工作年度报告\n来源: 时间:2021-01-27 "
           + body)
    text, removed = clean_text(raw, fmt="pdf")
    assert "我局主动公开政府信息141条" in text
    assert [k for k, _ in removed].count("breadcrumb") <= 1


def test_a_header_in_radicals_is_read_as_the_same_header_in_ideographs(tmp_path):
    """The header fields (标题, 发布机构) of a text whose PDF gave radicals (⼈⺠, ⼯, 栏⽬) are read
    as those of the same text in ideographs: the same agency, name and year."""
    plain = ("标题: 某某县人民政府办公室2021年政府信息公开工作年度报告\n发布机构: 某某县人民政府办公室\n栏目: 政府信息公开年报\n"
             "一、总体情况\n全年主动公开政府信息312条。\n")
    radicals = plain.replace("人民", "⼈⺠").replace("工作", "⼯作").replace("栏目", "栏⽬").replace("一、", "⼀、")
    (tmp_path / "plain.txt").write_text(plain, encoding="utf-8")
    (tmp_path / "radicals.txt").write_text(radicals, encoding="utf-8")
    a, b = read_report(tmp_path / "plain.txt"), read_report(tmp_path / "radicals.txt")
    assert b["text_raw"] == radicals
    assert (b["agency"], b["agency_name"], b["year"], b["text"]) == (a["agency"], a["agency_name"], a["year"], a["text"])
    assert b["agency_name"] == "某某县人民政府办公室"
