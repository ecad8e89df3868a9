"""Splitting a passage that lists problems in prose into single statements: sentences, then
comma clauses, then 、 clauses, merged back where a clause has no problem predicate of its
own, only introduces the list, or repeats the category of the one before."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .taxonomy import PREDICATE, classify_with

__all__ = ["list_statements"]

# Words that make a clause a statement of a problem.
# Clauses that only introduce the list (achievements, "compared with…", "still some shortcomings").
_INTRO = re.compile(
    r"取得|成效|成绩|进展|做了|开展了|虽然|尽管|随着|对照|面对|立足|相比|距离|针对|整改|一年来|总体|"
    r"良好|较好|平稳|有序|得到|清醒|认识到|看到|主要表现|以下几个方面|如下")
_STRONG = re.compile(r"不够|不足|不到位|有待|欠缺|缺乏|薄弱|不强|不高|不及时|滞后|单一|不健全|不完善|不全面|不精准|不准确|需(?!求)")
_GENERIC_WORDS = re.compile(
    r"[\s\d,;:、。()“”\"]|[一二三四五六七八九十]+是?|但是?|然而|不过|同时|也|还|仍然?|依然|尚|存在着?|"
    r"一些|一定的?|以下|如下|几个|方面|主要|表现在?|体现在?|为|是|有|和|与|及|的|之处|地方|等|"
    r"问题|不足|差距|短板|薄弱环节|需要|加强|改进|提升|我们|工作中|工作|在|着|之|中|如|例如|比如|其中|从|看")
# "X还存在着一些问题" / "存在以下不足": announces the list, states nothing itself
_ANNOUNCE = re.compile(r"(?:存在|有)着?(?:一些|以下|如下|一定的?|几点|几个方面的?|部分)[^,。;:]{0,4}?"
                       r"(?:问题|不足|差距|短板|薄弱环节)")
_ELABORATION = re.compile(r"\s*(?:未能|导致|造成|致使|使得|以致|从而|因而|因此)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ITEM_START = re.compile(r"\s*(?:[一二三四五六七八九十]是|\d)")


@dataclass
class _Piece:
    start: int
    end: int
    pred: bool
    intro: bool
    generic: bool


def _piece(text: str, a: int, b: int, table=None) -> _Piece:
    return _Piece(a, b, *_piece_flags(text[a:b], table))


@lru_cache(maxsize=65536)
def _piece_flags(s: str, table) -> tuple[bool, bool, bool]:
    """``pred``, ``intro`` and ``generic`` of a clause (reports repeat clauses, so cached)."""
    pred = bool(PREDICATE.search(s))
    intro = bool(_INTRO.search(s)) and not _STRONG.search(_INTRO.sub("", s))
    rest = _GENERIC_WORDS.sub("", s)
    announce = bool(_ANNOUNCE.search(s)) and (table is None or classify_with(s, table)["category"] == "other")
    generic = pred and (len(_HAN.findall(rest)) < 3 or announce)
    return pred, intro, generic


@cache
def _separators(seps: str) -> re.Pattern[str]:
    return re.compile(f"[{seps}]")


def _split(text: str, a: int, b: int, seps: str) -> list[tuple[int, int]]:
    out = []
    i = a
    for m in _separators(seps).finditer(text, a, b):
        j = m.start()
        if j > i:
            out.append((i, j))
        i = j + 1
    if i < b:
        out.append((i, b))
    return [(x, y) for x, y in out if text[x:y].strip()]


def list_statements(text: str, start: int, end: int, table) -> list[tuple[int, int]]:
    """Statements of a list passage: sentences → comma clauses → 、 clauses, merged back
    where a clause has no problem predicate of its own or repeats the same category."""
    out: list[tuple[int, int]] = []
    for sa, sb in _split(text, start, end, "。;:!?"):
        sent: list[tuple[int, int]] = []  # statements of this sentence
        pending: list[_Piece] = []
        for ca, cb in _split(text, sa, sb, ","):
            new_clause = True
            # 、-clauses of this comma clause
            subs: list[tuple[int, int]] = []
            buf = None
            for xa, xb in _split(text, ca, cb, "、"):
                p = _piece(text, xa, xb, table)
                a0 = buf if buf is not None else xa
                if not p.pred:
                    buf = a0
                    continue
                buf = None
                if subs and _same_cats(text, subs[-1], (xa, xb), table):
                    subs[-1] = (subs[-1][0], xb)
                else:
                    subs.append((a0, xb))
            if buf is not None:
                if subs:
                    subs[-1] = (subs[-1][0], cb)
                else:
                    subs = [(buf, cb)]
            for xa, xb in subs:
                p = _piece(text, xa, xb, table)
                if p.intro or p.generic:
                    pending = []
                    continue
                if not p.pred:
                    pending.append(p)
                    continue
                a0 = pending[0].start if pending else xa
                pending = []
                first, new_clause = new_clause, False
                if sent and first and (classify_with(text[xa:xb], table)["category"] == "other"
                                       or _ELABORATION.match(text, xa)) and not _ITEM_START.match(text, xa, xb):
                    sent[-1] = (sent[-1][0], xb)  # an elaboration of the previous clause
                else:
                    sent.append((a0, xb))
        if pending and sent:
            tail = pending[0].start, pending[-1].end
            if classify_with(text[tail[0]:tail[1]], table)["category"] != "other" and tail[1] - tail[0] >= 6:
                sent.append(tail)
            elif sent:
                sent[-1] = (sent[-1][0], tail[1])
        out.extend(sent)
    return out


def _same_cats(text: str, a: tuple[int, int], b: tuple[int, int], table) -> bool:
    ca = classify_with(text[a[0]:a[1]], table)["categories"]
    cb = classify_with(text[b[0]:b[1]], table)["categories"]
    return ca == cb and ca != "other"
