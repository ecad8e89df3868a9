"""The patterns every header field is read with: years (in Arabic or Chinese digits),
dates, the names of organisations, and the ``key: value`` fields of a page's header."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.numerals import parse_number, parse_year

__all__ = ["YEAR", "CN_NUM", "DATE", "ISO_DATE", "ORG_SUFFIX", "ORG", "header_field", "date_from_match"]

# ((?:19|20)\d\d|二[〇○◯OoＯ0零][〇○◯OoＯ0零一二][〇○◯OoＯ0零一二三四五六七八九]), written to open with
# the class [12二]: a pattern that starts with a year then scans for those three
# characters instead of trying every position
YEAR = r"([12二](?:(?<=1)9\d\d|(?<=2)0\d\d|(?<=二)[〇○◯OoＯ0零][〇○◯OoＯ0零一二][〇○◯OoＯ0零一二三四五六七八九]))"
CN_NUM = "〇○OoＯ0零一二三四五六七八九十"
DATE = re.compile(rf"{YEAR}\s*年\s*([0-9{CN_NUM}]{{1,3}})\s*月\s*([0-9{CN_NUM}]{{1,3}})\s*日")
ISO_DATE = re.compile(r"((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})")
_HEADER_FIELD = r"(?m)^[\s•·]*{name}\s*[:：]\s*\n?\s*([^\n]{{1,80}})"

ORG_SUFFIX = (r"(?:人民政府办公厅|人民政府办公室|人民政府|政府办公室|管理委员会|管委会|委员会|办公厅|办公室|"
              r"厅|局|委|办|署|中心|院|所|站|队|街道办事处|街道|镇|乡|公司|集团)")
ORG = re.compile(rf"^[\u4e00-\u9fff()（）]{{2,40}}?{ORG_SUFFIX}$")


def _cn_int(s: str) -> int | None:
    n = parse_number(s)
    return None if n is None else n.as_int


def date_from_match(m: re.Match[str]) -> str | None:
    """``YYYY-MM-DD`` of a :data:`DATE` match (None when it is not a valid date)."""
    y = parse_year(m.group(1))
    mo = _cn_int(m.group(2))
    d = _cn_int(m.group(3))
    if y and mo and d and 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


@lru_cache(maxsize=64)
def _field_pattern(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The header field ``name``, and the name with its colon, which every match of the
    field holds: a pattern that opens with a literal, so the scan is fast."""
    return re.compile(_HEADER_FIELD.format(name=name)), re.compile(name + r"\s*[:：]")


_NEXT_KEY = re.compile(r"^[\u4e00-\u9fff ]{1,6}\s*[:：]")


def header_field(raw: str, *names: str) -> str | None:
    """The value of the first of the ``key: value`` header fields ``names`` (标题, 发布机构, ...)
    found in the first 3,000 characters of ``raw``; None when none has a value."""
    head = raw[:3000]
    for name in names:
        at = head.find(name)
        if at < 0:
            continue
        field, name_colon = _field_pattern(name)
        if not name_colon.search(head, at):  # then no field either
            continue
        m = field.search(head)
        if m and m.group(1).strip():
            value = m.group(1).strip()
            # an empty field followed by the next "key: value" line is not a value
            if _NEXT_KEY.match(value):
                continue
            return value
    return None
