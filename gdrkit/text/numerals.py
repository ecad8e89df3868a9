"""Chinese and Arabic numerals: years, counts and approximations.

cn2an does the arithmetic; this module normalises what it cannot read (二O一三, 二○一一,
十几) and marks approximations (5500余, 7700多, 十几, 左右) instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "CN_DIGITS",
    "COUNT_NUMERALS",
    "Number",
    "normalize_zeros",
    "parse_number",
    "parse_year",
    "NUMBER_PATTERN",
]

CN_DIGITS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
#: the Chinese numerals a count is written in (一百零六, 两千, 捌拾柒), without 亿
COUNT_NUMERALS = "零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟"
_CN_DIGIT_VALUE = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                   "六": 6, "七": 7, "八": 8, "九": 9}
_ZERO_LIKE = "OoＯｏ○◯〇0０"
_ZERO_RE = re.compile(rf"(?<=[{CN_DIGITS}])[{_ZERO_LIKE}]+|[{_ZERO_LIKE}]+(?=[一二三四五六七八九])")

#: A number as written in report prose: Arabic (with thousands separators and
#: decimals) or Chinese, optionally followed by an approximation marker.
NUMBER_PATTERN = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    rf"|[{CN_DIGITS}]+"
)
#: 一 to 九, 十, 十一 to 十九, 二十 to 九十九, and the same with 一十: their values, as
#: cn2an.cn2an(s, "smart") gives them (checked for all 109 forms against cn2an 0.5.24).
_SMALL_CN: dict[str, int] = {}
for _u, _uch in enumerate("一二三四五六七八九", 1):
    _SMALL_CN[_uch] = _u
for _t, _tch in enumerate(["", *"一二三四五六七八九"]):
    for _u, _uch in enumerate(["", *"一二三四五六七八九"]):
        _SMALL_CN[_tch + "十" + _uch] = max(_t, 1) * 10 + _u
del _t, _tch, _u, _uch
_APPROX_SUFFIX = re.compile(r"^(余|多|几|来|左右|以上|上下)")
_APPROX_TAIL = re.compile(r"(.*?)(余|多|几|来)$")  # with fullmatch
_ARABIC = re.compile(r"\d+(\.\d+)?")  # with fullmatch
_YEAR_DIGITS = re.compile(r"(19|20)\d\d")  # with fullmatch


@dataclass(frozen=True)
class Number:
    """A parsed number: ``value`` plus whether the text only approximates it."""

    value: float
    approx: bool
    text: str

    @property
    def as_int(self) -> int | None:
        return int(self.value) if float(self.value).is_integer() else None


def normalize_zeros(text: str) -> str:
    """Turn zero look-alikes inside Chinese numerals into 零 (二O一三 → 二零一三).

    Only a run of O, o, Ｏ, ○, ◯, 〇, 0 that touches a Chinese numeral is changed, so
    ordinary Latin text and Arabic numbers are left alone. The result has the same
    length as the input, so spans stay valid.
    """
    return _ZERO_RE.sub(lambda m: "零" * len(m.group(0)), text)


def parse_year(text: str) -> int | None:
    """A four-digit year in Arabic or Chinese digits (2013, 二○一三, 二O一三, 二〇一三)."""
    s = normalize_zeros(text.strip()).rstrip("年度")
    if _YEAR_DIGITS.fullmatch(s):
        return int(s)
    if len(s) == 4 and all(ch in _CN_DIGIT_VALUE for ch in s):
        y = int("".join(str(_CN_DIGIT_VALUE[ch]) for ch in s))
        return y if 1949 <= y <= 2100 else None
    return None


def parse_number(text: str, *, following: str = "") -> Number | None:
    """Parse a count written in Arabic or Chinese numerals.

    Parameters
    ----------
    text : str
        The number itself: ``"766"``, ``"1,234"``, ``"4.17"``, ``"一百零一"``, ``"两千三百"``,
        ``"十余"``, ``"十几"``.
    following : str, optional
        The text right after the number; ``余``, ``多``, ``几``, ``左右`` there mark an
        approximation (``5500余条``).

    Returns
    -------
    Number or None
        ``None`` when the text is not a number.
    """
    s = text.strip()
    if not s:
        return None
    approx = bool(following) and bool(_APPROX_SUFFIX.match(following))
    m = _APPROX_TAIL.fullmatch(s) if s[-1] in "余多几来" else None  # s is stripped: no \n before $
    if m and m.group(1):
        s, approx = m.group(1), True
    s_ascii = s.replace(",", "")
    if _ARABIC.fullmatch(s_ascii):
        return Number(float(s_ascii), approx, text)
    s = normalize_zeros(s)
    if not all(ch in CN_DIGITS for ch in s):
        return None
    if s in ("几", "数"):
        return None
    v = _SMALL_CN.get(s)
    if v is not None:  # 一 … 九十九 (months, days): cn2an gives the same, without its import
        return Number(float(v), approx, text)
    import cn2an

    try:
        value = cn2an.cn2an(s, "smart")
    except (ValueError, KeyError):
        # digit-by-digit forms such as 二零一三 that cn2an rejects in some versions
        if all(ch in _CN_DIGIT_VALUE for ch in s):
            value = int("".join(str(_CN_DIGIT_VALUE[ch]) for ch in s))
        else:
            return None
    return Number(float(value), approx, text)
