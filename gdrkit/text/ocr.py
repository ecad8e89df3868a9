"""Letters an OCR of a scanned page read for digits inside a number (4O6 for 406, l5 for 15,
1O件 for 10件), given back as the digits by :func:`gdrkit.clean.clean_text`, which records
them in its removals. Only between digits, or at a number's edge next to a count's unit or
another digit: Latin words and a letter standing alone are left as they are."""

from __future__ import annotations

import re

__all__ = ["ocr_digits"]

#: O read for 0 after a digit, before a digit or a count's unit (4O6, 1O件, 2OO条); l or I read
#: for 1 before a digit, not inside a Latin word (l5件, but not html5 or Il2)
_MISREAD = re.compile(r"(?<=\d)[Oo]+(?=\d|[Oo]*[件条元个项次人])|(?<![A-Za-z])[lI](?=\d)")


def ocr_digits(text: str, removed: list[tuple[str, str]]) -> str:
    """``text`` with the letters read for digits inside numbers given back as the digits."""
    if not any(ch in text for ch in "OolI"):
        return text
    n = 0

    def digit(m: re.Match) -> str:
        nonlocal n
        n += 1
        return ("0" if m.group()[0] in "Oo" else "1") * len(m.group())

    out = _MISREAD.sub(digit, text)
    if n:
        removed.append(("ocr_digits", f"{n} letters read for digits inside numbers (4O6, l5) given back as digits"))
    return out
