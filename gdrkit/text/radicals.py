"""CJK radicals back to the ideographs they stand for.

A PDF's text layer often maps a glyph to a radical's code point instead of the ideograph
that looks the same (⼀、总体情况 for 一、总体情况; ⼈⺠政府 for 人民政府; ⼯作 for 工作): the
font's mapping from glyphs to characters picks the Kangxi radical (U+2F00–U+2FD5) or the
supplement's (U+2E80–U+2EF3) where both share a glyph. A reader sees the ideograph. The
equivalences are the Unicode Character Database's (``gdrkit/data/radicals.tsv``, from
EquivalentUnifiedIdeograph.txt).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = ["RADICAL", "unified_ideographs"]

#: any character of the two radical blocks
RADICAL = re.compile(r"[\u2e80-\u2fdf]")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    path = Path(__file__).resolve().parent.parent / "data" / "radicals.tsv"
    out: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            radical, ideograph = line.split("\t")
            out[ord(radical)] = ideograph
    return out


def unified_ideographs(text: str) -> str:
    """``text`` with each CJK radical that has an equivalent ideograph replaced by it (the
    same length: one character for one); ``text`` itself when it holds none."""
    if RADICAL.search(text) is None:
        return text
    return text.translate(_table())
