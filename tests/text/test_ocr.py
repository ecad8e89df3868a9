"""Letters an OCR read for digits inside numbers (gdrkit.text.ocr), on passages written for the tests."""

from __future__ import annotations

from gdrkit.clean import clean_text
from gdrkit.text.ocr import ocr_digits, ocr_words


def test_words_an_ocr_misread_are_given_back():
    removed: list[tuple[str, str]] = []
    assert ocr_words("主动公开玫府信息2O8条,新收申靖13件,(七)总汁", removed) == "主动公开政府信息2O8条,新收申请13件,(七)总计"
    assert removed == [("ocr_words", "3 words an OCR misread given back (总汁、玫府、申靖)")]


def test_letters_inside_numbers_are_the_digits():
    removed: list[tuple[str, str]] = []
    out = ocr_digits("主动公开政府信息数 条 4O6\n网络申请数 件 l5\n收到申请1O件，公开2OO条。", removed)
    assert out == "主动公开政府信息数 条 406\n网络申请数 件 15\n收到申请10件，公开200条。"
    assert removed == [("ocr_digits", "4 misreadings of digits inside numbers (4O6, l5) given back as digits")]


def test_letters_of_words_and_a_lone_o_in_words_are_kept():
    """A Latin word (html5, ISO 9001, No.3), a letter O in a line of words: kept."""
    text = "网站支持html5，通过ISO 9001认证，No.3文件。\n维护 O 型号 1 台"
    removed: list[tuple[str, str]] = []
    assert ocr_digits(text, removed) == text and removed == []


def test_a_letter_o_for_a_cell_in_a_row_of_cells():
    removed: list[tuple[str, str]] = []
    assert ocr_digits("(二)部分公开1 O O O O O 1\n2.重复申请 O O O O O O O\n标题\n公开 1 2 0 O\n其他", removed) == \
        "(二)部分公开1 0 0 0 0 0 1\n2.重复申请 0 0 0 0 0 0 0\n标题\n公开 1 2 0 0\n其他"


def test_the_cleaned_text_holds_the_digits_and_the_raw_text_is_kept():
    raw = "(一)主动公开政府信息数　　条　　4O6"
    text, removed = clean_text(raw)
    assert "406" in text and ("ocr_digits", "1 misreadings of digits inside numbers (4O6, l5) given back as digits") in removed
