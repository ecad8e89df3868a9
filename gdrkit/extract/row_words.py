"""Rows of table 3 written as words, not cells: 予以公开:自然人7件,法人或其他组织4件,总计11件 /
予以公开:自然人7;合计7。 / 予以公开:十三件 (:func:`row_in_words`, used by
:func:`gdrkit.extract.table3.read_table3`)."""

from __future__ import annotations

import re

from ..text.numerals import parse_number

__all__ = ["row_in_words"]

#: a count with its unit and more words and numbers after it: a row written as words
#: (自然人7件,法人或其他组织4件,总计11件), not cells (a table's cells carry no unit)
_WORDS_THEN_NUMBER = re.compile(r"\s*件\s*[,，;；、]\s*[\u4e00-\u9fff]{1,12}[:：]?\s*\d")
_COUNT_WITH_UNIT = re.compile(r"\d\s*件\s*[,，;；、。]")
#: the rows of table 3 that are groups of their own (no sub-rows)
_WHOLE_ROWS = ("new", "carried_over", "granted", "partial", "other", "total", "carried_forward")
#: what stands between a label and the count right after it (予以公开:1件, 予以公开1件)
_LABEL_GAP = re.compile(r"[\s:：]*")
#: the 总计 of a row written as words
_ROW_TOTAL = re.compile(r"总\s*计\s*[:：]?\s*(\d+)\s*件")
#: the total in words that ends a row's line (…;合计10。 / …,总计7件): the row's 总计
_ROW_TOTAL_END = re.compile(r"(?:总\s*计|合\s*计)\s*[:：]?\s*(\d+)\s*件?\s*[。;；,，]?\s*$")
#: what stands between a label and such a total in a row of cells (| 3 | 4 |): not words
_LINE_OF_CELLS = re.compile(r"[\s|:：\d—\-/]*")
#: a row's count written in Chinese numerals (（一）予以公开：十三件, or in a sentence: no blank row)
_CN_COUNT = re.compile(r"([零〇一二两三四五六七八九十百千]+)\s*件")
#: …alone after its label's colon (the label's words may go on to it, not to a part: （其中法人…）), on the label's
#: line: the row's 总计
_CN_ALONE = re.compile(r"(?:(?!其中)[^\d:：\n]){0,30}?[:：]\s*([零〇一二两三四五六七八九十百千]+)\s*件\s*[。;；,，]?\s*$")


def row_in_words(mtext: str, le: int, line_end: int, span: tuple[int, int] | None, *, key: str = ""
                 ) -> tuple[bool, tuple[float, int, int] | None]:
    """Whether the row whose label ends at ``le`` (its cells' run ``span``, if any) is written
    as words (予以公开:自然人7件,法人或其他组织4件,总计11件 / 予以公开:自然人7;合计7。 /
    予以公开:十三件), and its 总计 (value, start, end) where the words say it (a count in
    Chinese numerals only alone after the label's colon: 予以公开十九件,部分公开四件 is a
    sentence, whose row is neither read nor blank). A row that is a group of its own (``key``:
    予以公开, 部分公开, 其他处理 of 2019) may be one of a line of label-count pairs (予以公开1件;部分公开0件;…):
    its count right after its label is its 总计."""
    end_total = _ROW_TOTAL_END.search(mtext, le, line_end)
    if key in _WHOLE_ROWS and span and _LABEL_GAP.fullmatch(mtext, le, span[0]) and mtext[span[0]:span[1]].isdigit() and \
            _WORDS_THEN_NUMBER.match(mtext, span[1]):
        # (予以公开1件;部分公开0件;…;其他处理0件;总计1件: the rows as a list of counts, each the count after
        # its label; the 总计 after the next ; is the next row's)
        return True, (float(mtext[span[0]:span[1]]), *span)
    if (span and _WORDS_THEN_NUMBER.match(mtext, span[1])) or (
            not span and _COUNT_WITH_UNIT.search(mtext, le, line_end)) or (
            end_total and not _LINE_OF_CELLS.fullmatch(mtext, le, end_total.start())):
        t = end_total or _ROW_TOTAL.search(mtext, le, line_end)
        return True, (float(t.group(1)), *t.span(1)) if t else None
    if span or not _CN_COUNT.search(mtext, le, line_end):
        return False, None
    t = _CN_ALONE.match(mtext, le, line_end)
    n = parse_number(t.group(1)) if t else None
    return True, (float(n.value), *t.span(1)) if n else None
