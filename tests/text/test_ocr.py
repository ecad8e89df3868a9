"""Letters an OCR read for digits inside numbers (gdrkit.text.ocr), on passages written for the tests."""

from __future__ import annotations

from gdrkit.clean import clean_text
from gdrkit.text.ocr import ocr_digits


def test_letters_inside_numbers_are_the_digits():
    removed: list[tuple[str, str]] = []
    out = ocr_digits("主动公开政府信息数 条 4O6\n网络申请数 件 l5\n收到申请1O件，公开2OO条。", removed)
    assert out == "主动公开政府信息数 条 406\n网络申请数 件 15\n收到申请10件，公开200条。"
    assert removed == [("ocr_digits", "4 letters read for digits inside numbers (4O6, l5) given back as digits")]


def test_letters_of_words_and_standing_alone_are_kept():
    """A Latin word (html5, ISO 9001, No.3), a letter O standing for a table cell alone: kept."""
    text = "网站支持html5，通过ISO 9001认证，No.3文件。\n结果维持 O O 1 1"
    removed: list[tuple[str, str]] = []
    assert ocr_digits(text, removed) == text and removed == []


def test_the_cleaned_text_holds_the_digits_and_the_raw_text_is_kept():
    raw = "(一)主动公开政府信息数　　条　　4O6"
    text, removed = clean_text(raw)
    assert "406" in text and ("ocr_digits", "1 letters read for digits inside numbers (4O6, l5) given back as digits") in removed
