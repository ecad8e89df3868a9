"""What an OCR of a scanned page misreads, given back by :func:`gdrkit.clean.clean_text`,
which records it in its removals: letters read for digits inside a number (4O6 for 406, l5
for 15, 1O件 for 10件; a letter O standing for a cell of a row of four cells or more), only
beside digits, so Latin words are left as they are; and the words of these reports whose
characters an OCR takes for others of a like shape (玫府 for 政府, 申靖 for 申请), listed in
``gdrkit/data/ocr_words.csv`` (misread, word, note): only forms that are no words of their own,
nor parts of other words (not 复仪, part of 康复仪器)."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

__all__ = ["ocr_digits", "ocr_words"]

#: O read for 0 after a digit, before a digit or a count's unit (4O6, 1O件, 2OO条); l or I read
#: for 1 before a digit, not inside a Latin word (l5件, but not html5 or Il2)
_MISREAD = re.compile(r"(?<=\d)[Oo]+(?=\d|[件条元个项次人])|(?<![A-Za-z])[lI](?=\d)")
#: a letter O standing alone as a cell, in a row of four cells or more (11 1 O 1 O O 13, 公开1 O O O O O 1)
_LONE_O = re.compile(r"(?<=[ \t|])[Oo](?=[ \t|]|$)", re.M)
_CELL_NUMBER = re.compile(r"\d+(?=[ \t|]|$)")


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
    if _LONE_O.search(out):
        out = "\n".join(_LONE_O.sub(digit, line) if len(_LONE_O.findall(line)) + len(_CELL_NUMBER.findall(line)) >= 4
                        and _LONE_O.search(line) else line for line in out.split("\n"))
    if n:
        removed.append(("ocr_digits", f"{n} misreadings of digits inside numbers (4O6, l5) given back as digits"))
    return out


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, dict[str, str]]:
    path = Path(__file__).resolve().parent.parent / "data" / "ocr_words.csv"
    with path.open(encoding="utf-8", newline="") as f:
        pairs = {r["misread"]: r["word"] for r in csv.DictReader(f)}
    return re.compile("|".join(sorted(map(re.escape, pairs), key=len, reverse=True))), pairs


def ocr_words(text: str, removed: list[tuple[str, str]]) -> str:
    """``text`` with the misread words of ``ocr_words.csv`` (玫府, 申靖…) given back as the words."""
    pattern, pairs = _words()
    found: list[str] = []
    out = pattern.sub(lambda m: found.append(m.group()) or pairs[m.group()], text)
    if found:
        removed.append(("ocr_words", f"{len(found)} words an OCR misread given back ({'、'.join(sorted(set(found))[:5])})"))
    return out
