"""Replies told group by group of applicants in one sentence (自然人申请中:予以公开2件,部分公开1件;
法人申请1件,予以公开): each count is the group's, not the year's; the year's count of a reply is
the groups' counts summed, where every request of the year is answered in the groups.

For :mod:`gdrkit.extract.prose` (:func:`replies_by_applicant`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..text.numerals import parse_number
from .cues import REPLY_TOPIC

if TYPE_CHECKING:
    from .sentences import ProseCandidate

__all__ = ["replies_by_applicant", "GROUPS_SUMMED"]

#: a group of applicants opening its part of a sentence (自然人申请中:, 法人申请1件,, 企业提出的申请2件)
_GROUP = re.compile(r"(?:自然人|公民|法人或其他组织|法人|其他组织|企业|律师|社会组织|科研机构|法律服务机构)"
                    r"(?:提出的?|的)?(?:申请)?(?:中|当中)?(?=[:：,，]|\s*[\d一两二三四五六七八九十]+\s*件)")
#: a group's count answered all one way, said without a number (法人申请1件,予以公开)
_ALL_ONE_WAY = re.compile(r"\s*(?P<n>[\d一两二三四五六七八九十]+)\s*件[,，]\s*(?:(?:因|由于)[^,，;；。\d]{1,24}?)?"
                          r"(?:均|全部|都)?(?:已)?(?:依法)?"
                          rf"(?P<reply>{'|'.join(REPLY_TOPIC)})(?=[;；。]|$)")
_MEASURE_OF = {word: f"applications_{topic}" for word, topic in REPLY_TOPIC.items()}
#: the counts a group's requests end in: its replies and those carried forward
_ENDS = (*dict.fromkeys(_MEASURE_OF.values()), "applications_carried_forward")
#: the judgement of a count summed over the groups
GROUPS_SUMMED = "the applicant groups' replies, summed"


def _sentence(text: str, i: int) -> tuple[int, int]:
    a = text.rfind("。", 0, i) + 1
    b = text.find("。", i)
    return a, len(text) if b < 0 else b


def _groups(text: str, a: int, b: int) -> list[tuple[int, dict[str, float]]]:
    """The groups of a sentence: (where each opens, the replies it gives without a number)."""
    out = []
    for m in _GROUP.finditer(text, a, b):
        one = _ALL_ONE_WAY.match(text, m.end())
        n = parse_number(one.group("n")) if one else None
        out.append((m.start(), {_MEASURE_OF[one.group("reply")]: n.value} if n else {}))
    return out


def _best(cands: list[ProseCandidate], measure: str) -> float | None:
    vals = {c.value for c in cands if c.measure == measure and not c.qualifier and c.statement.polarity == "count"}
    return vals.pop() if len(vals) == 1 else None


def replies_by_applicant(cands: list[ProseCandidate], text: str) -> list[ProseCandidate]:
    """Replies named after two or more groups of applicants in one sentence: each count the
    group's (qualified); where the groups' replies and requests carried forward add up to the
    year's requests (new and carried over), each reply's groups summed is its count, a
    judgement, unless the reply is counted outside the sentence too. Where they do not add up,
    nothing changes."""
    received = _best(cands, "applications_received")
    if received is None:
        return cands
    carried = _best(cands, "applications_carried_over") or 0.0
    out = list(cands)
    seen: set[int] = set()
    for c in cands:
        if c.measure not in _ENDS or c.statement.polarity != "count" or c.qualifier:
            continue
        a, b = _sentence(text, c.start)
        groups = _groups(text, a, b)
        if a in seen or len(groups) < 2 or c.start < groups[0][0]:
            continue
        seen.add(a)
        parts = [x for x in cands if x.measure in _ENDS and x.statement.polarity == "count" and not x.qualifier
                 and groups[0][0] <= x.start < b]
        total: dict[str, float] = {}
        for x in parts:
            total[x.measure] = total.get(x.measure, 0.0) + x.value
        for _, said in groups:
            for m, v in said.items():
                total[m] = total.get(m, 0.0) + v
        opens = [g for g, _ in groups] + [b]
        answered = [said or any(opens[k] <= x.start < opens[k + 1] for x in parts) for k, (_, said) in enumerate(groups)]
        if sum(total.values()) != received + carried or sum(map(bool, answered)) < 2:
            continue  # (another request answered elsewhere, a reply not read, or groups that only split the requests)
        ids = {id(x) for x in parts}
        out = [replace(x, qualifier="breakdown: an applicant group's", rank=8) if id(x) in ids else x for x in out]
        elsewhere = {x.measure for x in cands if x.measure in _ENDS and not a <= x.start < b}
        for m, v in total.items():
            if m in elsewhere:
                continue  # (此外,2022年结转的1件…予以公开: another reply of it, outside the groups)
            first = min((x for x in parts if x.measure == m), key=lambda x: x.start, default=c)
            out.append(replace(first, measure=m, value=v, qualifier="", rank=1, judgement=GROUPS_SUMMED))
    return out
