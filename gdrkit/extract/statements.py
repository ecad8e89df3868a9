"""A model of how the prose of these reports states a figure: clauses and their features.

A report says a count the same few ways whatever its words: a *topic* (applications,
reconsiderations, fees, proactive items, ...), a *polarity* (a number, or "none": 未收到,
没有产生, 无), a *scope* (this year, cumulative 累计/截至, a channel 微信/网站, a part 其中,
a comparison 同比/增长), whether it speaks of the *outcome* of cases (纠错, 败诉) rather
than of cases, and the number with its unit and approximation (5500余条). This module
reads those features; :mod:`gdrkit.extract.prose` chooses the measures from them by rules.

How a text is read
------------------
1. The text is made compact and cut into sentences and clauses, and the cue words of a
   sentence are matched longest first (:mod:`gdrkit.extract.sentences`); the cue words
   are data, ``gdrkit/data/statement_cues.csv`` and a researcher's own CSV
   (:mod:`gdrkit.extract.cues`).
2. A keyword pre-filter: only sentences holding a topic cue, and a number or a negation,
   are read further (and headings, for the topics they give the sentences after them).
3. Each clause's counts: a number, its topic and its scope (:mod:`gdrkit.extract.counts`).
   Counts after 其中 / 包括, in parentheses after a count, or given as a share (占…%) are
   parts (scope ``breakdown``) of the count before; a total after its parts (共计, 合计)
   makes them parts.
4. A clause with no count may be a "none" statement (:mod:`gdrkit.extract.negation`), as
   may a sentence that is only a negation under a heading.

:class:`Statement`, :class:`Cues` and :func:`load_cues` are defined in those modules and
importable from here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

import pandas as pd

from ..text.numerals import COUNT_NUMERALS
from .after_count import answered_part, reply_part
from .carry import CARRY
from .counts import clause_counts
from .cues import ABOUT_DISCLOSURE, RESULTS, TOPIC_PRIORITY, CueError, Cues, default_cue_path, ends_parts, load_cues
from .negation import (
    ANAPHOR,
    all_answered,
    clause_none,
    heading_none,
    heading_topics,
    none_of_ours,
    only_negation,
    paren_nones,
    pending_none,
    unrelated,
)
from .published import without_examples
from .scopes import AREA, same_subject, year_context
from .sentences import (
    Compact,
    Statement,
    best_topic,
    blank_spans,
    clause_spans,
    cue_tokens,
    paren_spans,
    section_at,
    sections_of,
    sentence_spans,
    token_feats,
    token_topics,
)

__all__ = ["Cues", "CueError", "Statement", "load_cues", "read_statements", "statements_table", "TOPIC_PRIORITY",
           "default_cue_path", "Compact"]

#: what a sentence needs to state anything: a digit, a numeral, or a negation's first character
_MAY_STATE = re.compile(rf"[\d{COUNT_NUMERALS}][\d,.]*[万亿]?(?:余|多|左右)?[件条份个项次起宗篇人元例则]|"
                        r"数(?:为|是|:)?\d|为0|[未无没零]|不存在|不涉及|免费|免收|不收")
#: the total a part given as a share belongs to
_PART_OF = {"published": "published", "proactive": "proactive"}
#: the unit words of a count (as the cue file's number pattern reads them, for the patterns below)
_UNIT_WORDS = "件|条|人次|元|次|个|项|篇"
#: another number of the same unit right after a count (6件、9件 / 57件和73件): a pair
_PAIR_NEXT = re.compile(rf"[、和与及]\d[\d,.]*(?:余|多)?({_UNIT_WORDS})")
#: a number and its unit word
_COUNT_UNIT = re.compile(rf"\d[\d,]*({_UNIT_WORDS})")
#: a rate or share (同意公开率41%, 占60%): says how many got an answer, not that all did
_RATE = re.compile(r"率|%|％|百分之")
#: the section kind a heading's topic makes (as gdrkit.sections names them), the first in this order
_KIND = {"reconsiderations": "review_litigation", "lawsuits": "review_litigation", "fees": "fees",
         "applications": "applications"}
#: a share of the whole area's total (占全县…): of a larger whole than the agency's own; a count's parts listed after a colon
_AREAS_SHARE, _LISTED = tuple(f"占全{x}" for x in "县市区省州旗"), re.compile(r"(?<=\d)[件条]:(?=\d)")
#: a grand total after the counts of its parts: 全县合计…, 全区共受理…, 总计
_GRAND = re.compile(r"合计|总计|共计|总共|一共|全(?:县|区|市|省|镇|乡|局|厅|委)共")


def read_statements(text: str, *, sections=None, year: int | None = None, cues: Cues | None = None,
                    skip: list[tuple[int, int]] | None = None) -> list[Statement]:
    """The counts and "none" statements of one cleaned text, with their features.

    Parameters
    ----------
    text : str
        The cleaned text (``reports.text``).
    sections : DataFrame or list of dict, optional
        The report's sections (start, end, depth, kind): sentence breaks at headings,
        and a heading's topic for a clause that names none.
    year : int, optional
        The year the report covers: another year named before a number marks it
        ``other_year`` (a comparison), 截至<year>年底 is the year's count.
    cues : Cues, optional
        From :func:`load_cues` (default: gdrkit's cue file).
    skip : list of (start, end), optional
        Spans of ``text`` not to read as prose (the tables, read by the table layer).

    Returns
    -------
    list of Statement
    """
    cues = cues or load_cues()
    if skip:
        text = blank_spans(text, skip)
    c = Compact(text)
    ctext = c.text
    secs = sections_of(sections, text)
    out: list[Statement] = []
    last_topic = ""  # the topic of the last count, for a sentence that opens with 其中
    last_cumulative, head_label = False, ""  # (head_label: the topic of a label line before, 1.主动公开信息:)
    heading: list[str] = []  # the topics of the heading just read
    head_kind = ""  # what the last heading read is about, where the sectioning found none
    sentences, heads = sentence_spans(c, secs, text)
    said: list[Statement] = []  # the statements of the last sentence that made any (for 上述申请…)
    for si, (a, b) in enumerate(sentences):
        again = said if said and ANAPHOR.match(ctext, a) else ()  # (上述申请均…予以公开: the requests before)
        if a not in heads and not heading and not again and not _MAY_STATE.search(ctext, a, b):
            continue  # the pre-filter: no digit, no numeral and no negation, nothing to state
        toks = cue_tokens(cues, ctext, a, b)
        feats = {f for _, _, _, kv in toks for f, _ in kv}
        if a in heads:
            heading = heading_topics(toks, ctext, a, b)
            kind_of = next((k for t, k in _KIND.items() if t in heading), "")
            head_kind = kind_of or ("other" if heading == [] and toks else head_kind)
            head_label = best_topic(token_topics(toks)) or "" if ctext[b - 1:b] == ":" and b - a <= 14 else ""
            continue
        opens_part = ctext.startswith(("其中", "包括"), a)
        after_heading, heading = heading, []
        carries = "topic" not in feats and CARRY.search(ctext, a, b) is not None
        label, head_label = head_label if ctext[a - 1:a] == ":" else "", ""  # (1.主动公开信息:全年74条)
        sec_start, kind = section_at(secs, int(c.pos[a])) if secs and a < len(c.pos) else (-1, "")
        if kind in ("", "overview", "other") and head_kind and head_kind != "other":
            kind = head_kind
        # the pre-filter: no topic, no negation: nothing to read (a section's topic is not enough:
        # 窗口全年共受理1280件 / 投入2.6万元 under an applications or fees heading are other things)
        topical = "topic" in feats or (opens_part and last_topic) or carries or label
        if not topical and "polarity" not in feats:
            continue
        if after_heading and only_negation(ctext, a, b, toks):
            # a heading about applications, fees or cases whose whole body is 无 / 本年度无此类情况
            sts = heading_none(c, a, b, si, kind, toks, after_heading)
        elif not topical:
            continue
        else:
            sts = _sentence_statements(cues, c, a, b, toks, si, year, kind,
                                       parent=last_topic if opens_part else "",
                                       parent_cumulative=opens_part and last_cumulative,
                                       earlier=again, label=label)
            said = sts or said
        for st in sts:
            st.section_start = sec_start
            if "year_end" in st.scope and not st.scope & {"year", "this_year"} and year_context(
                    text, max(0, sec_start, st.start - 400), st.start, year):
                st.scope = st.scope | {"year_context"}  # 2021年以来…。截至2021年12月31日,…394条
            out.append(st)
            if st.polarity == "count" and "breakdown" not in st.scope:
                last_topic, last_cumulative = st.topic, "cumulative" in st.scope
    return out


# --------------------------------------------------------------------------- one sentence
@dataclass
class _Sentence:
    """What the clauses of a sentence read so far tell the next ones."""

    parens: list[tuple[int, int]]  # the parentheses of the sentence
    parent: str  # the topic the parts belong to (the last count outside parentheses)
    opened_as_part: bool  # the sentence opens with 其中: its counts are parts of the one before
    breakdown_from: int | None  # where the parts start (其中, 包括)
    parent_cum: bool  # whether the parts belong to a cumulative stock
    prev_num_end: int  # the end of the last number
    outside: Statement | None = None  # the last count outside parentheses
    negated: bool = False  # a clause earlier in the sentence negates without naming a topic
    proactive_verb: bool = False  # an earlier clause says 主动公开 without a number
    subject: str = ""  # the topic of the first clause that names one but counts nothing
    pending: list[str] = field(default_factory=list)  # topics of a clause that names them only (收费及减免:)
    last_got: list[Statement] = field(default_factory=list)  # the counts of the clause before

    def in_parens(self, i: int) -> bool:  # (未收取信息处理费(2023年收取100元): a none beside another year's count)
        return any(ps <= i < pe for ps, pe in self.parens)


def _sentence_statements(cues: Cues, c: Compact, a: int, b: int, toks, si: int, year, kind: str, *,
                         parent: str = "", parent_cumulative: bool = False, earlier=(), label="") -> list[Statement]:
    """The statements of one sentence; ``parent``: the topic of the sentence before, when
    this one opens with 其中 (its counts are parts of that one's); ``earlier``: …of the sentence before, when
    this one names its requests again (上述申请均已…予以公开); ``label``: its counts' subject (1.主动公开信息:)."""
    ctext = c.text
    out: list[Statement] = []
    opened_as_part = bool(parent)
    r = _Sentence(parens=paren_spans(ctext, a, b), parent=parent, opened_as_part=opened_as_part,
                  breakdown_from=a if parent else None, parent_cum=opened_as_part and parent_cumulative,
                  prev_num_end=a, subject=label)
    starts = [t[0] for t in toks]
    for ca, cb in clause_spans(ctext, a, b):
        ctoks = toks[bisect_left(starts, ca):bisect_left(starts, cb)]
        _mark_parts_before(r, ctext, a, ca, cb, ctoks, out)
        # 共计17件 after parts counted in this sentence: the whole of those parts (of one topic:
        # 上年结转3件,本年新收58件,共计61件 is a caseload, not the applications received)
        counted = {st.topic for st in out if st.polarity == "count"}
        sibling = next(iter(counted)) if len(counted) == 1 else ""
        got, last_num = clause_counts(cues, c, ca, cb, ctoks, si, year, kind, sa=a, stoks=toks, parent=r.parent,
                                      prev_num_end=r.prev_num_end, parens=r.parens, sibling=sibling,
                                      subject=r.subject)
        _mark_parts(r, c, got, out, toks)
        _mark_paired(c, got)
        if last_num is not None:
            r.prev_num_end = last_num
        outside_parens = [st for st in got if not r.in_parens(c.index(st.start))]
        if outside_parens and r.breakdown_from is None:  # (办理18件(含上年结转2件),其中…: the 18's parts)
            r.parent = outside_parens[-1].topic
        r.last_got, before = got, r.last_got  # (before: the clause before's, for 均不涉及我局)
        same_subject(ctext, ca, got, out, aside=lambda st: r.in_parens(c.index(st.start)))  # (…全区…5126条,受理…64件: the area's)
        # 受理申请6件,全部予以公开 / 对5份申请全部同意公开: every request got that answer
        got = got + all_answered(c, out or list(earlier), got, ca, cb, ctoks, si, kind,
                                 rate=_RATE.search(ctext, ca, cb) is not None)
        if not got or all(st.scope & {"other_year", "comparison", "area"} and r.in_parens(c.index(st.start)) for st in got):
            out.extend(_clause_nones(r, cues, c, ca, cb, [t for t in ctoks if not (got and r.in_parens(t[0]))], si,
                                     kind, year, last_num, before))
        else:
            r.pending, r.negated = [], False  # (a count ends what a negation before it governs: 1件为没有现成信息…,不予处理1件,系申请人要求…)
            out.extend(paren_nones(cues, c, r.parens, ca, cb, ctoks, si, kind, year))  # (3件(上年无结转))
        out.extend(got)
    marks = [s for s, _, _, kv in toks if ("polarity", "unrelated") in kv]
    if marks and any(w in ctext[a:b] for w in ABOUT_DISCLOSURE):
        out = unrelated(c, si, kind, out, marks, r.parens)
    return out


def _mark_parts_before(r: _Sentence, ctext: str, a: int, ca: int, cb: int, ctoks, out: list[Statement]) -> None:
    """What the clause at ``ca`` says of the counts before it: 占21% makes the last
    clause's counts parts; a ; ends an enumeration of parts; 其中 / 包括 starts one."""
    if ctext.startswith("占", ca) and r.last_got and not ctext.startswith(_AREAS_SHARE, ca):
        # (not 全年我镇共主动公开…212条,占全县乡镇公开总量的9.6%: the agency's whole, a share of its area's)
        # 各乡镇主动公开政府信息1037条,占21%: a count given as a share of a total is a part of it
        for st in r.last_got:
            st.scope = st.scope | {"breakdown"}
            # (予以公开28件,占87.5%: an answer's share of the requests, which it is a part of anyway)
            st.parent = st.parent or _PART_OF.get(st.topic, "applications" if st.topic in RESULTS else st.topic)
    if ca > a and ctext[ca - 1] == ";" and r.breakdown_from is not None and not r.opened_as_part:
        r.breakdown_from, r.prev_num_end = None, max(r.prev_num_end, ca)  # a ; ends an enumeration of parts (and its 其中)
    # (not 对其中2件…: of some of them, the object of 对, not a list of parts)
    marks = [s for s, _, w, _ in ctoks if w in ("其中", "包括") and not r.in_parens(s)
             and not (w == "其中" and ctext[s - 1:s] in ("对", "在", "从"))]
    k = next((m.end() for m in _LISTED.finditer(ctext, ca, cb)), ca if ca > a and ctext.startswith(("含", "包含"), ca) else -1)
    if k >= 0:
        marks = sorted([*marks, k])  # 办理31件,含上年结转3件 / 受理3件:2件…;1件…: what the count before includes
    if r.breakdown_from is None and marks:  # (a 其中 inside parentheses is the parentheses' own)
        r.breakdown_from = marks[0]
        r.parent_cum = bool(out) and "cumulative" in out[-1].scope


def _mark_paired(c: Compact, got: list[Statement]) -> None:
    """A count followed at once by another number of its unit (分别为41件、52件 / 6件、9件: one
    for each of two years or units named elsewhere) is one of a pair: not the count."""
    for st in got:
        if st.inherited == "respectively":
            continue  # 予以公开、部分公开的分别为15件、3件: one each, in order
        m = _PAIR_NEXT.match(c.text, c.index(st.end)) if st.polarity == "count" and st.unit_word else None
        if m and m.group(1) == st.unit_word:
            st.scope = st.scope | {"paired"}


#: a number of requests in a clause (另有6件…)
_CASES_COUNTED = re.compile(r"\d+件")
#: the whole area (全县合计), whose total holds every count before it
_WHOLE = re.compile(r"全(?:县|区|市|省|州|旗|镇|乡|系统)")
#: a part named as one of the count before (其中6件实为咨询)
_OF_THEM = re.compile(r"其中|内含|含")
#: parentheses that say what a count leaves out (不含, 不包括, 未含; 上年结转3件另计)
_EXCLUDED = re.compile(r"\((?:不含|不包括|不包含|未含|未包括|[不未]计入|[不未]纳入|[^(),;含]{0,20}?(?:另计|另行统计|[不未]计入|不在内)\))")


def _mark_parts(r: _Sentence, c: Compact, got: list[Statement], out: list[Statement], toks) -> None:
    """Mark a clause's counts (``got``) as a total of the counts before, as parts of the
    count before the parentheses they are in or of the sentence's parent, or as all the
    items published after a 主动公开 clause."""
    for st in got:
        cs = c.index(st.start)
        in_paren = r.in_parens(cs)
        if (whole := reply_part(c.text, st, out, c.index(st.clause_start), cs)) or answered_part(
                c.text, st, out, c.index(st.clause_start), cs):  # 同意公开22件,…,其余2件申请因… / 无法提供2件,1件为…
            st.scope, st.parent = st.scope | {"breakdown"}, whole or st.parent or "applications"
        if st.topic == "consultations" and r.outside is not None and r.outside.topic == "applications" and \
                _OF_THEM.search(c.text, max(c.index(r.outside.end), cs - 8), cs):
            r.outside.scope = r.outside.scope | {"with_consultations"}  # 申请15件,其中6件实为咨询: both
        if not in_paren:
            r.outside = st
        before = [p for p in out if p.topic == st.topic and p.polarity == "count" and "breakdown" not in p.scope]
        if st.inherited != "total" and _GRAND.search(st.extra.get("window", "")) and before and (
                sum(p.value for p in before) == st.value or _WHOLE.search(st.extra.get("window", ""))):
            # 县政府本级560条,县直各部门4,320条,全县合计主动公开4,880条: the whole, when it is the
            # parts' sum or the area's (not 各分局合计8,377条 after the bureau's own 1,204条)
            st.inherited = "total"
        if st.inherited == "total" and "not_counted" not in st.scope:
            # 共计17件 after its parts: the whole, they parts (主动公开2716条,其中…合计214件: a part, of the 2716)
            part_from = r.breakdown_from if r.breakdown_from is not None and r.breakdown_from < cs else -1
            if part_from >= 0:
                st.scope, st.parent = st.scope | {"breakdown"}, r.parent
            parts = [p for p in out if (p.topic, p.polarity) == (st.topic, "count") and "breakdown" not in p.scope and c.index(p.start) >= part_from]
            if len(parts) == 1 and parts[0].value != st.value and st.start - parts[0].end - cs + c.index(parts[0].end) >= 4:
                st.scope, parts = st.scope | {"includes_other"}, []  # (新收5件,<4+ characters blanked: a row read as table 3's>,共计6件)
            for prev in parts:
                prev.scope, prev.parent = prev.scope | {"breakdown"}, st.topic
        elif in_paren and _EXCLUDED.match(c.text, max(p for p, pe in r.parens if p <= cs < pe)):
            # 受理52件(不含上年结转的3件): what the count leaves out, not a part of it; of its own
            # topic (不含申请人撤回的申请4件), not a count of that topic either
            if r.outside is not None and st.topic == r.outside.topic:
                st.scope = st.scope | {"excluded"}
        elif in_paren and r.outside is not None:
            # 无法提供7件(本机关不掌握…6件、…1件): parts of the count just before the parentheses;
            # 受理3119件,答复3050件(含上年度结转34件): parts of a number read as no count (答复
            # 3050), whose topic is not known
            st.scope = st.scope | {"breakdown"}
            ps = max(p for p, pe in r.parens if p <= cs < pe)
            # another count of the part's unit right before the parentheses owns them (答复
            # 3050件(含…34件)); a rate or a count of other things (增长12%, 信息60条) does not
            between = list(_COUNT_UNIT.finditer(c.text, c.index(r.outside.end), ps))
            own = not (between and between[-1].group(1) == st.unit_word and not any(
                ("scope", "comparison") in kv and between[-1].start() - 6 <= t0 < between[-1].start()
                for t0, _, _, kv in toks))  # 较2017年增加20件: a change (the cue file's comparison words)
            st.parent = r.outside.topic if own else "other"
            st.extra["parent_cumulative"] = own and "cumulative" in r.outside.scope
        elif r.breakdown_from is not None and cs >= r.breakdown_from and ends_parts(st.topic, r.parent):
            r.breakdown_from = None  # (其中予以公开15件,…,全年被申请行政复议4件: the parts are over)
        elif (r.breakdown_from is not None and cs >= r.breakdown_from) or in_paren:
            st.scope, st.parent = st.scope | {"breakdown"}, whole or r.parent  # (a part of a reply stays its reply's)
            st.extra["parent_cumulative"] = r.parent_cum
        elif st.topic == "published" and r.proactive_verb:
            st.topic, st.inherited = "proactive", "verb"  # 主动公开…的政府信息,全年公开政府信息共228条


def _clause_nones(r: _Sentence, cues: Cues, c: Compact, ca: int, cb: int, ctoks, si: int, kind: str, year,
                  last_num: int | None, before: list[Statement]) -> list[Statement]:
    """The "none" statements of a clause that counts nothing, and what it tells the
    clauses after it (a negation, a 主动公开 verb, a subject, topics pending a 无)."""
    ctext = c.text
    # (a clause with a count of something it names by no topic says no "none" of a reply:
    # 另有6件所申请的数据尚未形成或本局不掌握 is 6 of them, not none unable)
    nones = clause_none(cues, c, ca, cb, ctoks, si, kind, negated=r.negated, subject=r.subject, year=year)
    if nones and _CASES_COUNTED.search(ctext, ca, cb):
        nones = [n for n in nones if n.topic not in RESULTS]
    if r.outside is not None and "own" in r.outside.scope and not AREA.search(ctext, ca, cb):
        for n in nones:  # 局机关被申请行政复议1件,未被提起行政诉讼: the same subject's none
            n.scope = n.scope | {"own"}
    if not nones:
        nones = none_of_ours(c, ca, cb, si, kind, r.outside, before)  # 全县…复议12件,其中涉及我局的没有
    if not nones and r.pending and only_negation(ctext, ca, cb, ctoks):
        nones = pending_none(c, ca, cb, si, kind, r.pending)  # 收费及减免:无
    has_neg, named = False, []  # one pass over the tokens' features
    for _, _, _, kv in without_examples(ctoks, ctext, cb):  # (发布招生考试、教育收费等信息: examples, no subject)
        for f, v in kv:
            if f == "topic":
                if v != "other":
                    named.append(v)
            elif f == "polarity" and v == "none":
                has_neg = True
    r.negated = r.negated or (has_neg and not named and not token_feats(ctoks, "outcome"))
    r.proactive_verb = r.proactive_verb or (last_num is None and "proactive" in named)
    if not r.subject and named and last_num is None:
        r.subject = best_topic([(0, v) for v in named])
    if named and not has_neg and last_num is None and cb - ca > 60:
        # (a long clause, a page flattened onto one line: the label is its words after the last space)
        ca = next((i for i in range(cb - 1, ca, -1) if c.spaced(i)), ca)
    r.pending = heading_topics([t for t in ctoks if t[0] >= ca], ctext, ca, cb) if named and not has_neg and \
        last_num is None else []
    return nones


def statements_table(text: str, **kwargs) -> pd.DataFrame:
    """:func:`read_statements` as a DataFrame (one row per statement, its features as
    columns): topic, polarity, value, unit, unit_word, approx, start, end, clause_start,
    clause_end, sentence, scope (``;``-joined), outcome, parent, others, cues,
    inherited, section_kind, combined."""
    rows = []
    for st in read_statements(text, **kwargs):
        d = {k: getattr(st, k) for k in ("topic", "polarity", "value", "unit", "unit_word", "approx", "start", "end",
                                          "clause_start", "clause_end", "sentence", "outcome", "parent",
                                          "inherited", "section_kind")}
        d.update(scope=";".join(sorted(st.scope)), others=";".join(st.others), cues=";".join(st.cues),
                 combined=";".join(st.combined), evidence=text[st.clause_start:st.clause_end])
        rows.append(d)
    return pd.DataFrame(rows)
