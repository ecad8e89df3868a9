"""Which numbers of a clause count something (gdrkit.extract.numbers)."""

import pytest

from gdrkit.clean import clean_text
from gdrkit.extract.cues import load_cues
from gdrkit.extract.numbers import clause_numbers
from gdrkit.extract.sentences import Compact


def _numbers(raw: str) -> list[str]:
    text, _ = clean_text(raw)
    c = Compact(text)
    return [m.group() for m in clause_numbers(load_cues(), c, 0, len(c.text))]


@pytest.mark.parametrize("raw, expected", [
    ("受理申请总数：12", ["12"]),                         # a label's bare value at the end
    ("同意公开：8，部分公开：1", ["8", "1"]),              # a list of labels and values
    ("行政复议：1\n", ["1"]),                              # the line ends after it
    ("申请方式有：1、当面申请", []),                       # an item number
    ("办公时间：9:30至17:00", []),                         # a time
    ("结转下年度继续办理： 5 1 3 1 0 10", []),             # cells of a table, not 513110
    ("编号：2013 年", []),                                 # a year after a space
    ("全年受理申请5件", ["5件"]),                           # a number with its unit, as before
    ("处理三件属维持原行政行为的行政复议", ["三件"]),        # 三件属… : what the three are (as 属于)
    ("三件套", []),                                         # a Chinese numeral before a word: no count
])
def test_clause_numbers(raw, expected):
    assert _numbers(raw) == expected
