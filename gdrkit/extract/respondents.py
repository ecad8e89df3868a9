"""Whose cases a count is where its clause names a respondent: the agency's own (以市政府办公室为
被告的…, 其中涉及县政府办公室的…, 以我局为被告的…) or another agency's (以市政府为被告的… in an
office's report, 被申请人均为县直部门), for :mod:`gdrkit.extract.prose`."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .agency_names import named_own, shortens, title_level
from .scopes import GOVERNMENT_TITLE, OWN

if TYPE_CHECKING:
    from .sentences import ProseCandidate

__all__ = ["respondent_named", "respondent_after"]


#: the respondent a case count names (以市政府为被告的…, 以市政府办公厅为被申请人的…)
_RESPONDENT = re.compile(r"以(?P<who>[^,，;；。为]{1,14}?)为(?:共同)?(?:被告|被申请人)")
#: an organ's word (区住建局, 征收办): a list naming one goes on with another respondent
_ORGAN = re.compile(r"局|委员会|委|办公室|办|厅|政府|中心|署|院")
#: the agency a part of the cases concerns (其中,涉及县政府办公室的行政复议1件, 其中涉及县政府办公室2件, 针对市政府办公厅的…), as its respondent
_CONCERNING = re.compile(rf"(?:涉及|针对)(?P<who>[^,，;；。的]{{1,14}}?(?:{_ORGAN.pattern}))(?:的|(?=\d|[一二两三四五六七八九十]+[件起])|$)")
#: a government named as a respondent (市政府, 县人民政府), not one of its offices or departments
_GOVERNMENT = re.compile(r"[省市县区州旗镇乡]?(?:人民)?政府")


_SELF = ("我局", "本局", "我办", "本办", "本机关", "我委", "本委", "我厅", "本厅", "我单位", "本单位")  # (the agency, itself)


def _is_itself(who: str, name: str, level: str = "") -> bool:
    """Whether a respondent named is the agency: 我局 / 本机关 … or its ``name`` (以市政府办公室为被告), its
    name shortened at its own ``level`` (县人社局, 县住建局 of a 县…局's report; 市局 of a 市…局's, not 县局)."""
    return who in _SELF or bool(name) and len(name) >= 3 and name in who or shortens(who, name, level)


def _listed_on(last, st, text: str) -> bool:
    """Whether the case count ``st`` goes on, after a 、 or 和, the list of the part ``last``
    its clause named the respondent of (其中涉及区政府办公室的行政复议2件、行政诉讼1件)."""
    return last is not None and last.clause_start == st.clause_start and text[last.end:last.end + 1] in ("、", "和") \
        and not (_RESPONDENT.search(text, last.end, st.start) or _CONCERNING.search(text, last.end, st.start)
                 or _ORGAN.search(text, last.end, st.start))  # (…的行政复议2件、区住建局的行政诉讼1件: another's)


def respondent_named(cands: list[ProseCandidate], text: str) -> list[ProseCandidate]:
    """A case count whose clause names its respondent, in a department's or an office's
    report: another agency's where the respondent is the government itself (以市政府为被告的…
    19件 in the report of the 市政府办公厅), qualified; a part naming another respondent (其中
    以市政府办公厅为被告的1件, 以我局为被告的1件) is the agency's own, a judgement. In a
    government's report the other way round: a part naming the government (全县…行政复议4件,其中以
    县人民政府为被申请人的1件) is its own, a count naming another respondent another agency's. A part
    the clause says concerns an agency (其中,涉及县政府办公室的…1件) names it so; and an office's none
    naming it (县政府办公室无行政诉讼案件) beside its area's count is its own, a judgement."""
    name = named_own(text)
    government = GOVERNMENT_TITLE.search(text, 0, 200) is not None
    if not name and not government:
        return cands
    level = title_level(text, name)
    out, itself, last_own = [], set(), None
    area = {c.measure for c in cands if c.measure in ("reconsiderations", "lawsuits") and "area" in c.statement.scope}
    for c in cands:
        st = c.statement
        found = sorted((m for r in (_RESPONDENT, _CONCERNING) for m in r.finditer(text, st.clause_start, st.start)),
                       key=lambda m: m.start())
        who = [m.group("who") for m in found] or [  # (the nearest last)
            m.group("who") for m in _RESPONDENT.finditer(text, st.end, st.clause_end)][:1]  # (1起以县人民政府为被告的…)
        concerning = bool(found) and found[-1].re is _CONCERNING  # (其中涉及县国土局3件: that agency's unless it is this one)
        if c.measure in ("reconsiderations", "lawsuits") and st.polarity == "count" and who:
            # (another agency only where the respondent is the government itself, 以市政府为被告, in an
            # office's or a department's report, not named its co-defendant: its own name may be short, 市人社局;
            # in a government's report, the government is itself: 其中以县人民政府为被申请人的1件)
            own = bool(_GOVERNMENT.fullmatch(who[-1])) if government else _is_itself(who[-1], name, level) if concerning else (
                not _GOVERNMENT.fullmatch(who[-1]) or "共同被告" in text[st.clause_start:st.start])
            if not own and not c.qualifier:
                c = replace(c, qualifier="another agency's: named as the respondent", rank=9)
            elif own and (c.qualifier == "breakdown" or c.qualifier == "not about disclosure" and "breakdown" in st.scope
                          and st.parent == st.topic) and (_RESPONDENT.search(st.extra.get("window", "")) or
                                                          _CONCERNING.search(st.extra.get("window", "")) or
                                                          _listed_on(last_own, st, text)):
                # (…政府信息公开诉讼3件,其中以我局为被告的1件: the part; …其中涉及区政府办公室的行政复议2件、
                # 行政诉讼1件: the list goes on with the same respondent)
                c = replace(c, qualifier="", rank=1, judgement="the agency's own, named as the respondent")
                last_own = st
            elif own and not c.qualifier and _is_itself(who[-1], name, level):
                itself.add(c.measure)  # (以市政府办公室为被告的行政诉讼2件 in its own report: its count, said so)
                c = replace(c, rank=1)
        elif c.measure in area and st.polarity == "none" and not government and len(name) >= 3 and \
                name in text[st.clause_start:st.start] and not c.qualifier:
            # (全县…行政诉讼2件…;县政府办公室无行政诉讼案件: the agency's own none, its name its subject)
            c = replace(c, rank=1, judgement="the agency's own, named as the respondent")
        out.append(c)
    promoted = itself | {c.measure for c in out if c.judgement == "the agency's own, named as the respondent"}
    return [replace(c, qualifier="the whole area (the agency's own stated)", rank=9) if c.measure in promoted and
            not c.qualifier and not c.judgement and "area" in c.statement.scope else c for c in out]


#: the respondent named right after a case count (行政复议2件,被申请人均为县直部门 / 被告系市政府)
#: (its own clause: not 被申请人为市政府的行政诉讼案件2件, the next count's)
_RESPONDENT_AFTER = re.compile(r"\s*[,;(]?\s*(?:其|案件)?(?:被申请人|被告)(?:均|都|全部)?(?:为|是|系)"
                               r"(?P<who>[^,;。\d]{1,14})(?=[,;。)]|$)")


def respondent_after(cands: list[ProseCandidate], text: str) -> list[ProseCandidate]:
    """A case count followed by its respondent (行政复议2件,被申请人均为县直部门) is another
    agency's where the respondent is not the agency itself (本局, the agency's name, or the
    government in a government's report): qualified, not the year's figure."""
    name = named_own(text)
    government = GOVERNMENT_TITLE.search(text, 0, 200) is not None
    out = []
    for c in cands:
        m = _RESPONDENT_AFTER.match(text, c.statement.end) if c.measure in ("reconsiderations", "lawsuits") \
            and c.statement.polarity == "count" and not c.qualifier else None
        if m:
            who = m.group("who")
            own = OWN.search(who) or who.startswith(("本", "我")) or (name and name in who) or (
                government and _GOVERNMENT.fullmatch(who))
            if not own:
                c = replace(c, qualifier="another agency's: named as the respondent", rank=9)
        out.append(c)
    return out
