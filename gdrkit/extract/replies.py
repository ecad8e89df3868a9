"""One kind of reply counted in parts in a sentence: for each of its reasons in turn
(:func:`reasons_in_turn`: the parts summed), or in parts not all of which were read
(:func:`replies_not_all_read`: no part is the reply's count)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.numerals import COUNT_NUMERALS, parse_number
from .after_count import under_reply_heading
from .applicant_groups import GROUPS_SUMMED
from .sentences import ProseCandidate
from .table3 import REPLY_GROUPS

__all__ = ["reasons_in_turn", "replies_not_all_read", "restated_otherwise", "replies_over_requests", "named_as_one",
           "listed_then_replied", "combined_by_its_parts", "replies_of_the_area"]

#: the reason a reply's count gives before it in its clause (因涉及商业秘密不予公开1件)
_REASON = re.compile(r"因|由于|涉及|属于|对(?=\d|[一两二三四五六七八九十])")  # (对1件重复申请不予处理)
#: a clause that names the count before again (即…, 也就是…, 上述…)
_SAID_AGAIN = re.compile(r"[ \t]*(?:即|也就是|上述|以上|前述|其中|对(?![\d一两二三四五六七八九十]))")  # (对因…而不予公开的1件,…)
#: a total that names the counts before it (…3件,…1件,以上无法提供共4件): its words right before its number
_TOTAL_OF_ABOVE = re.compile(r"(?:(?:以上|上述)[^,，;；。\d]{0,12}?(?:共计?|合计|总计)|(?:^|[,，;；、])(?:共计|合计|总计)"
                             r"[^,，;；。\d]{0,8}?)[为有]?$")  # (…,共计无法提供4件)
#: scopes that make a count someone else's or another time's: not a part of the agency's reply
_WHOSE_OR_WHEN = frozenset({"area", "own", "comparison", "other_year", "cumulative", "breakdown"})


def reasons_in_turn(cands: list[ProseCandidate], text: str) -> list[ProseCandidate]:
    """Counts of one kind of reply named in turn in one sentence, each with its own reason
    (因涉及商业秘密不予公开1件,因涉及个人隐私不予公开1件): parts of that reply, whose sum is
    its count (the parts kept, qualified), not two statements of one count that agree. Run
    after :func:`own_over_area`: counts it qualified as an area's are not summed."""
    out = list(cands)
    by: dict[tuple[int, str], list[int]] = {}
    for i, c in enumerate(out):
        if c.measure in REPLY_GROUPS and c.statement.polarity == "count" and not c.qualifier and not c.approx \
                and not (c.statement.scope & _WHOSE_OR_WHEN - ({"breakdown"} if c.statement.parent in ("", "applications") else set())):
            # (a reply listed after 其中 is a part of the requests, not of a reply: 其中…;因信息不存在无法提供1件,因…1件)
            by.setdefault((c.statement.sentence, c.measure), []).append(i)
    for idx in by.values():
        parts = [out[i] for i in idx]
        # (its reason from the count before or the last ; on: 因…案卷信息,不予公开2件;因属于…信息,不予公开1件;
        # not the sentence's subject before the first: 收到涉及征地…的申请10件,…)
        starts = [max([text.rfind(x, 0, c.start) + 1 for x in "；;。"] + [x.statement.end for x in out if x.statement.end
                       <= c.start and x.statement.sentence == c.statement.sentence and x.statement.polarity == "count"
                       and "answered" not in x.statement.scope]) for c in parts]  # (not 对2件…, the part's own count)
        headed = [under_reply_heading(text, c.start) for c in parts]  # (listed under its reply's heading: 无法提供的,…4件)
        reasons = [text[a:c.start] if _REASON.search(text, a, c.end) or h else _reason_after(text, a, c)
                   for a, c, h in zip(starts, parts, headed)]
        if len(parts) > 2 and all(headed[:-1]) and 2 * parts[-1].value == sum(p.value for p in parts) and re.search(
                "以上|上述|共|合计|总计", text[starts[-1]:parts[-1].start]) or _TOTAL_OF_ABOVE.search(
                text, starts[-1], parts[-1].start) and parts[-1].value >= sum(p.value for p in parts[:-1]):
            for i in idx[:-1]:  # (不予公开中,…3件、…2件,以上不予公开共5件: the total after its parts)
                out[i] = replace(out[i], qualifier="breakdown: one reason", rank=8)
            continue
        if len(parts) < 2 or not all(reasons) or len(set(reasons)) < len(parts) or any(
                _SAID_AGAIN.match(text, c.statement.clause_start) or text[c.start - 1:c.start] == "的" and not h
                and c.statement.inherited not in _AFTER_ITS for c, h in zip(parts[1:], headed[1:])) \
                or len(parts) > 2 and any(2 * c.value == sum(p.value for p in parts) for c in parts) and not all(headed):
            # (under a heading, 1件、1件、2件 are parts whatever their values)
            # (…不予公开的1件已告知: said again; 不予公开的4件:因…3件,因…1件: a total beside its parts)
            continue  # (one reason said again: 即属于内部事务信息不予公开的2件 after …不予公开2件)
        for i in idx:
            out[i] = replace(out[i], qualifier="breakdown: one reason", rank=8)
        first, last = parts[0], parts[-1]
        out.append(replace(first, value=sum(c.value for c in parts), end=last.end, qualifier="", rank=1,
                           judgement="the counts of its reasons named in turn, summed"))
    return out


_AFTER_ITS = ("reply after its reason", "reply after its count")


def _reason_after(text: str, a: int, c: ProseCandidate) -> str:
    """The words of a count whose reply was named after it (信访件1件,作不予处理 / 1件系…投诉,按信访件转办,不予处理):
    its matter before it (from ``a``) and its words after it, to the end of its part; "" for any other count."""
    if c.statement.inherited not in _AFTER_ITS:
        return ""
    return text[a:c.start] + text[c.end:min(x for x in (text.find(";", c.end), text.find("。", c.end), len(text)) if x >= 0)]


_PARENS = re.compile(r"[(（][^()（）]*[)）]")


def _without_others(part: str, measure: str) -> str:
    """A part without its parentheses where the words outside them name another reply."""
    outside = _PARENS.sub("", part)
    return outside if any(w.search(outside) for m, w in _REPLY_WORDS.items() if m != measure) else part


#: a count of requests in a part of a sentence; its number
_A_COUNT, _A_NUMBER = re.compile(r"[\d一两二三四五六七八九十]+\s*件"), re.compile(r"(\d+)\s*件")
#: the words of each reply in a sentence (不予公开 is not 予以公开, nor 部分公开 or 不同意公开 同意公开)
#: (not a word of it modifying a noun: 对5件予以公开的申请,均通过邮寄提供)
_REPLY_WORDS = {m: re.compile(rf"(?:{w})(?!的)") for m, w in (
    ("applications_granted", "(?<!不)予以公开|(?<!不)同意公开"), ("applications_partial", "部分公开"),
    ("applications_denied", "不予公开"), ("applications_unable", "无法提供"), ("applications_not_processed", "不予处理"))}


def replies_not_all_read(cands: list[ProseCandidate], text: str) -> list[ProseCandidate]:
    """A count of one kind of reply in a sentence that names that reply, with a count, in more of
    its parts (between ; and 。) than it has counts of it read (对2件…投诉举报事项,按规定不予处理;对2件重复申请不予
    处理, the first count not read as a reply): a part, not the reply's count. Run after
    :func:`reasons_in_turn`."""
    out = list(cands)
    by: dict[tuple[int, str], list[int]] = {}
    for i, c in enumerate(out):
        if c.measure in _REPLY_WORDS and c.statement.polarity == "count" and not c.qualifier and \
                c.judgement != GROUPS_SUMMED:  # (the groups' sum: every part read)
            by.setdefault((c.statement.sentence, c.measure), []).append(i)
    for (sentence, measure), idx in by.items():
        st = out[idx[0]].statement  # (the counts read: each statement once, its parts and their sum one each)
        read = {c.statement.start for c in out if c.measure == measure and c.statement.sentence == sentence
                and c.statement.polarity == "count"}
        a, b = text.rfind("。", 0, st.clause_start) + 1, text.find("。", st.clause_end)
        parts = re.split(r"[;；\n]", text[a:b if b >= 0 else len(text)])  # (the parts that name it with a count; not in
        # parentheses after another reply: 部分公开2件(对涉及…的部分不予公开), but 另有1件(因…,不予公开))
        said = sum(1 for p in parts if _REPLY_WORDS[measure].search(_without_others(p, measure)) and _A_COUNT.search(p))
        if said > len(read):
            for i in idx:
                out[i] = replace(out[i], qualifier="breakdown: one of the reply's parts, not all read", rank=8)
    return out


def restated_otherwise(cands: list[ProseCandidate], text: str) -> list[ProseCandidate]:
    """Requests named again with another count (受理申请26件,…。上述24件申请中,同意公开15件…) within
    three sentences of it: the report's counts disagree, so the named-again count stands beside
    the received one as a candidate of the same standing (no rule can choose: left empty,
    flagged). Not where it is the new and carried-over together (上述27件 after 25 and 2), nor
    where a count between them is the difference or the count itself (其中撤回2件/重复申请2件。
    上述10件; 网上申请10件…上述10件): a part named. Run last."""
    received = [c for c in cands if c.measure == "applications_received" and c.statement.polarity == "count"
                and not c.qualifier]
    over = {c.value for c in cands if c.measure == "applications_carried_over" and not c.qualifier}
    out = []
    for c in cands:
        if c.measure == "applications_received" and c.qualifier == "named before" and received and all(
                r.value != c.value and r.value + sum(over) != c.value and r.statement.sentence in (
                    range(c.statement.sentence - 3, c.statement.sentence + 1)) and r.statement.end <= c.statement.start
                and not {r.value - c.value, c.value} & {float(n) for n in _A_NUMBER.findall(
                    text[r.statement.end:c.statement.start])} for r in received):
            c = replace(c, qualifier="", rank=min(r.rank for r in received), judgement="named again with another count")
        out.append(c)
    return out


def replies_over_requests(cands: list[ProseCandidate]) -> list[ProseCandidate]:
    """A count of one kind of reply larger than all the requests, new and carried over (收到申请1件,…,
    予以公开3份: documents, not requests): no count of replies, qualified."""
    received = {c.value for c in cands if c.measure == "applications_received" and not c.qualifier
                and c.statement.polarity == "count"}  # (a none beside replies counted: a contradiction, not this rule's)
    carried = {c.value for c in cands if c.measure == "applications_carried_over" and not c.qualifier}
    if len(received) != 1 or len(carried) > 1:
        return cands
    most = received.pop() + (carried.pop() if carried else 0.0)
    return [replace(c, qualifier="more than the requests", rank=9) if c.measure in _REPLY_WORDS and not c.qualifier
            and c.value > most else c for c in cands]


def named_as_one(cands: list[ProseCandidate], statements, text: str) -> list[ProseCandidate]:
    """A reply's count that names the counts before it again (信息不存在2件,非本机关掌握1件(以上3件均属无法提供情形)),
    whose reasons carry no reply of their own and add up to it, where no other count of that reply stands:
    the reply's count (``judgement``), not a restatement."""
    out = list(cands)
    for i, c in enumerate(out):
        if c.qualifier != "named before" or c.measure not in REPLY_GROUPS or any(
                x.measure == c.measure and not x.qualifier for x in out):
            continue
        before = [s for s in statements if s.sentence == c.statement.sentence and s.end <= c.start and s.polarity == "count"]
        reasons = [s for s in before if s.topic == "other_reply" and "named_before" not in s.scope]
        last = max((s.end for s in before if s.topic != "other_reply"), default=-1)  # (the reasons right before it)
        if reasons and all(s.start > last for s in reasons) and sum(s.value for s in reasons) == c.value or \
                not reasons and _listed_before(text, max(last, 0), c) == c.value:
            out[i] = replace(c, qualifier="", rank=1, judgement="the reasons before, named as one reply")
    return out


def _listed_before(text: str, last: int, c: ProseCandidate) -> float | None:
    """The sum of the counts listed, with no reply named, from the clause's opening (after ``last``, the
    last count of a reply) to the parentheses ``c`` is in (属于国家秘密的1件、属于…的1件(以上2件为不予公开))."""
    paren = text.rfind("(", last, c.start)
    opens = max([last] + [text.rfind(x, last, paren) + 1 for x in ";:。"]) if paren >= 0 else -1
    items = list(_ITEM.finditer(text, opens, paren)) if opens >= 0 else []
    values = [parse_number(i.group("n")) for i in items]
    if not items or None in values or any(w.search(text, opens, paren) for w in _REPLY_WORDS.values()):
        return None
    return float(sum(v.value for v in values))


#: one reply said of all the counts listed right before it (…的1件、…的1件,均不予处理 / 对…1件、…2件作不予处理答复):
#: the items (words and a count, 、 between), then the reply, perhaps after 均 (all)
_N = rf"[\d{COUNT_NUMERALS}]+"
_LISTED = re.compile(rf"(?<=[,;:。\n])(?P<items>(?:[^,;:。、\n\d]{{0,30}}{_N}件、)+[^,;:。、\n\d]{{0,30}}{_N}件)[ \t]*(?P<comma>,)?"
                     r"[ \t]*(?P<all>均|都|全部|一律)?已?(?:依法|依规|按规定|按照规定)?(?:作出?|按照?|予以|以|为)?(?P<reply>"
                     + "|".join(f"(?:{w.pattern})" for w in _REPLY_WORDS.values()) + ")")
_ITEM = re.compile(rf"(?P<words>[^、\d{COUNT_NUMERALS}]*)(?P<n>{_N})件")


def listed_then_replied(cands: list[ProseCandidate], text: str) -> list[ProseCandidate]:
    """Counts of matters with no reply of their own listed with 、, then one reply said of them all
    (属于信访举报投诉类的1件、属于重复申请的1件,均不予处理; 对…1件、…2件作不予处理答复: all, by 均 or
    the 对 the list opens with): the sum is that reply's count (``judgement``), where no other
    count of that reply stands in the sentence."""
    if "件、" not in text:
        return cands  # (no list of counts: most texts, so first)
    out = list(cands)
    for m in _LISTED.finditer(text):
        items = list(_ITEM.finditer(m.group("items")))
        measure = next(k for k, w in _REPLY_WORDS.items() if w.fullmatch(m.group("reply")))
        values = [parse_number(i.group("n")) for i in items]
        a, b = text.rfind("。", 0, m.start()) + 1, text.find("。", m.end())
        if not (m.group("all") or m.group("items").startswith("对")) or None in values or any(
                w.search(i.group("words")) for i in items for w in _REPLY_WORDS.values()) or any(
                c.measure == measure and not c.qualifier and a <= c.start < (b if b >= 0 else len(text)) for c in out):
            continue
        st = next((c.statement for c in cands if a <= c.start < m.start("items") + len(m.group("items"))), None)
        if st is None:
            continue
        last = m.start("items") + items[-1].end("n")
        st = replace(st, topic=measure.removeprefix("applications_"), value=float(sum(v.value for v in values)),
                     start=m.start("items") + items[0].start("n"), end=last + 1, scope=frozenset(), inherited="",
                     combined=())
        out.append(ProseCandidate(measure, st.value, False, st.start, st.end, 1, "", "applications", st,
                                  "the counts listed before it, all given one reply, summed"))
    return out


#: scopes of a part that make it a share of its kind (by channel, applicant, unit, area)
_A_SHARE = frozenset({"channel_app", "channel_web", "channel_social", "applicant", "subunit", "area", "own"})


def combined_by_its_parts(cands: list[ProseCandidate], text: str) -> list[ProseCandidate]:
    """One count of several kinds of reply together, then its parts by kind (予以公开和部分公开共15件
    (其中部分公开4件); 不予公开、无法提供、不予处理共21件,其中不予公开3件,无法提供6件): each part named
    is its kind's count, and one kind left unnamed is the count less the parts (``judgement``),
    where the parts are of distinct kinds, after the count in its part of the sentence, add up to no
    more than it (to all of it when every kind is named), and no other count of those kinds stands
    in the sentence."""
    out = list(cands)
    for c in cands:
        st = c.statement
        if c.qualifier != "combined kinds of reply" or c.approx:
            continue
        stop = min([i for i in (text.find(x, c.end) for x in "；;。") if i >= 0] or [len(text)])
        kinds = {f"applications_{t}" for t in st.combined}
        parts = [p for p in cands if p.measure in kinds and p.qualifier.startswith("breakdown") and c.end <= p.start < stop
                 and p.statement.parent in st.combined and p.statement.polarity == "count" and not p.approx]
        if any(p.statement.scope & _A_SHARE or _REASON.search(text, p.statement.clause_start, p.start) for p in parts):
            continue  # (其中网上申请部分公开2件 / 其中涉及国家秘密不予公开2件: a share of its kind, not all of it)
        named = {p.measure for p in parts}
        a = text.rfind("。", 0, c.start) + 1
        total = sum(p.value for p in parts)
        if not parts or len(named) < len(parts) or total > c.value or len(kinds - named) > 1 or (
                named == kinds and total != c.value) or any(
                x.measure in kinds and not x.qualifier and a <= x.start < stop for x in cands):
            continue
        why = "a count of several kinds of reply, by its parts"
        out += [replace(p, rank=1, qualifier="", judgement=why) for p in parts]
        for measure in kinds - named:
            out.append(replace(c, measure=measure, value=c.value - total, rank=1, qualifier="",
                               judgement="a count of several kinds of reply, less its parts named"))
    return out


#: the qualifier of a reply counted as a part of the whole area's requests
OF_THE_AREA = "the whole area: a part of its count of requests"


def replies_of_the_area(cands: list[ProseCandidate]) -> list[ProseCandidate]:
    """Replies counted as parts of the whole area's requests (全县交通运输系统共受理申请6件,…其中同意公开4件,
    部分公开1件), where that count is not the agency's figure (qualified the whole area's): the
    area's replies too, qualified :data:`OF_THE_AREA`. Not after a part the agency names as its own
    in between (其中县政府办公室收到14件,同意公开10件: its own). Run after ``own_over_area``."""
    out = list(cands)
    counts = sorted((c for c in cands if c.statement.polarity == "count"), key=lambda c: c.start)
    for i, c in enumerate(out):
        if c.measure not in REPLY_GROUPS or c.qualifier or "breakdown" not in c.statement.scope:
            continue
        for p in reversed([x for x in counts if x.end <= c.start and x.statement.sentence == c.statement.sentence]):
            if "own" in p.statement.scope or "the agency's own" in p.judgement:
                break  # (its own part named in between: the replies after it are its own)
            if p.measure == "applications_received" and "breakdown" not in p.statement.scope:
                if p.qualifier.startswith("the whole area") and "area" in p.statement.scope:
                    out[i] = replace(c, qualifier=OF_THE_AREA, rank=9)
                break
    return out

