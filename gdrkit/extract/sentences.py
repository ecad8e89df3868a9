"""The units a report's prose is read in: compact text, sentences, clauses, cue tokens.

1. Page markers ("- 3 -") are dropped and whitespace removed (a PDF line or page break
   inside a word or a number joins again), and quotation marks with them (cue words
   match across 《…》 and “…”); every position maps back to ``text`` (:class:`Compact`).
2. Sentences end at 。 ! ? | and at section headings (those the sectioning found, an
   outline marker with a short title, a short line that reads as a heading); clauses at
   , : and ; (not the comma of a thousands group, 12,658, nor a label's colon).
3. In a sentence, cue words are matched longest first (:func:`cue_tokens`): 无法提供 is
   an outcome, not 无 + 法; 未经复议直接起诉 is a lawsuit, not 未 + ....

A clause says a count or a "none": a :class:`Statement`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from ..text.numerals import COUNT_NUMERALS
from .cues import RANK, Cues
from .split import masked

__all__ = ["Statement", "ProseCandidate", "Compact", "blank_spans", "sections_of", "section_at", "sentence_spans", "clause_spans", "paren_spans", "in_parens",
           "outside", "cue_tokens", "token_topics", "token_feats", "best_topic"]


@dataclass
class Statement:
    """One thing a clause says: a count or a "none", with its features.

    ``start``/``end`` are the span in ``text`` (the number and its unit, or from the
    negation to the topic it negates); ``clause`` the clause's span; ``topics`` the topic
    chosen and ``others`` the other topics in the clause; ``scope`` a set of
    cumulative, year, channel_social, channel_web, breakdown, comparison, share,
    other_year, area, own, named_before, not_counted, … (:func:`gdrkit.extract.scopes.number_scope`);
    ``inherited`` says where the topic came from when the clause names none.
    """

    topic: str
    polarity: str  # "count" or "none"
    value: float | None
    unit: str
    unit_word: str
    approx: bool
    start: int
    end: int
    clause_start: int
    clause_end: int
    sentence: int
    scope: frozenset[str] = frozenset()
    outcome: bool = False
    parent: str = ""
    others: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    inherited: str = ""
    section_kind: str = ""
    combined: tuple[str, ...] = ()
    section_start: int = -1
    extra: dict = field(default_factory=dict)


@dataclass
class ProseCandidate:
    """A prose value of one measure: rank 1 is preferred; a non-empty qualifier says why
    it is not the year's figure (breakdown, cumulative, channel, comparison, ...)."""

    measure: str
    value: float
    approx: bool
    start: int
    end: int
    rank: int
    qualifier: str
    unit: str
    statement: Statement
    judgement: str = ""


# --------------------------------------------------------------------------- compact text
#: page markers a PDF's text puts inside sentences: 第 2 页 共 5 页, 第2页, — 2 —, 2/5, and a
#: running header of the report's title and its page (…政府信息公开工作年度报告 第2页 / — 2 —)
_PAGE_WORDS = re.compile(r"(?m)^[ \t]*(?:(?:[^\n。,，;；]{2,60}?报告[ \t]*)?(?:第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?|"
                         r"[—–-]+[ \t]*\d{1,3}[ \t]*[—–-]+)|\d{1,3}\s*/\s*\d{1,3})[ \t]*$")
_IS_SPACE = np.zeros(0x3002, dtype=bool)
_IS_SPACE[[c for c in range(0x3001) if chr(c).isspace()]] = True
#: quotation marks and title brackets: dropped with the whitespace, so that cue words
#: match across them (《…目录》新增信息, “科技河北”微信公众号)
_IGNORED = np.array([ord(ch) for ch in "“”\"《》‘’「」"], dtype=np.uint32)


#: the first character of a count (as the cue file's number pattern reads one)
_NUMERAL = re.compile(rf"[\d{COUNT_NUMERALS}]")


@lru_cache(maxsize=1)
def _numeral_table() -> np.ndarray:
    """Whether each code point below 0x10000 is a digit or a Chinese numeral (as
    :data:`_NUMERAL` reads it)."""
    table = np.array([str.isdecimal(chr(c)) for c in range(0x10000)], dtype=bool)
    table[[ord(ch) for ch in COUNT_NUMERALS]] = True
    return table


class Compact:
    """A text without whitespace, page markers and quotation marks, and the way back to
    ``text``."""

    def __init__(self, text: str) -> None:
        t = _PAGE_WORDS.sub(lambda m: " " * len(m.group(0)), masked(text))
        codes = np.frombuffer(t.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        keep = ~_IS_SPACE[np.minimum(codes, 0x3001)]
        for ch in _IGNORED:
            keep &= codes != ch
        self.pos = np.flatnonzero(keep)  # index in text of each compact character
        self._codes = codes[keep]
        self.text = self._codes.tobytes().decode("utf-32-le", "surrogatepass") if len(self.pos) < len(t) else t
        self._pos = self.pos.tolist()
        self._numerals: np.ndarray | None = None

    def has_numeral(self, a: int, b: int) -> bool:
        """Whether compact characters ``a:b`` hold a digit (``\\d``) or a Chinese numeral
        (where a count can be; counted once per text)."""
        if self._numerals is None:
            found = _numeral_table()[np.minimum(self._codes, 0xFFFF)]
            wide = np.flatnonzero(self._codes > 0xFFFF)  # beyond the table: asked one by one
            found[wide] = [_NUMERAL.match(chr(c)) is not None for c in self._codes[wide].tolist()]
            self._numerals = np.concatenate(([0], np.cumsum(found)))
        return bool(self._numerals[b] > self._numerals[a])

    def spaced(self, i: int) -> bool:
        """Whether whitespace (or a dropped mark) stood in the text before compact character ``i``."""
        return 0 < i < len(self._pos) and self._pos[i] - self._pos[i - 1] > 1

    def contiguous(self, s: int, e: int) -> bool:
        """Whether compact characters ``s:e`` stood together in the text (no space between)."""
        return self._pos[e - 1] - self._pos[s] == e - 1 - s

    def span(self, s: int, e: int) -> tuple[int, int]:
        """The span in ``text`` of compact characters ``s:e`` (e > s)."""
        return self._pos[s], self._pos[e - 1] + 1

    def index(self, pos: int) -> int:
        """The compact position of the first non-space character at or after ``pos``."""
        return bisect_left(self._pos, pos)


# --------------------------------------------------------------------------- sentences and clauses
_SENTENCE_END = re.compile(r"[。!?|#]")
#: clause ends: , : ; (not the comma of a thousands group, 12,658, nor a label's colon, 信息数:647, 处理费:〇元,
#: 予以公开:二十件 — after a count's label, a count in words is its value as digits are; not 原因:两件为…)
_CLAUSE_END = re.compile(r";|:(?![\d〇]|(?<=[数量计开请议讼理供转费额件]:)[零一二两三四五六七八九十百千]+(?:余|多)?[件条次个项元起])|"
                         r",(?!(?<=\d,)\d{3}(?!\d))")
_MARKER_TITLE = re.compile(r"(?:\([一二三四五六七八九十]{1,3}\)|(?<![一二三四五六七八九十第])[一二三四五六七八九十]{1,2}、)"
                           r"(?P<title>[^,。;:\d]{2,24}?(?:情况|数量|方面|形式|类别))(?=\d|本|我|全|今|截|根据|按照|各|区|县|市|。)")
#: an item of a 一是/二是 list whose first clause says none (三是全年未收取任何费用,…): the
#: sectioning takes that clause for a title; it is a statement
_NEGATED = re.compile(r"未(?!来|按)|没有|(?<!无)无(?!法|关|偿|正当)")
_SAYS_NONE = re.compile(rf"[一二三四五六七八九十]{{1,2}}是[^,。;]*?(?:{_NEGATED.pattern})")
#: an outline marker and a short title of the cases or fees alone on a line (四、行政复议和诉讼, 五、收费):
#: a heading; not a table's row label (（一）予以公开, 结果维持)
_MARKED_LINE = re.compile(r"[ \t]*(?:#+\s*|\*\*)?(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))"
                          r"(?![^\n]*(?:结果|维持|纠正|审结|总计))[^\n。,;:!?\d*]{0,10}(?:复议|诉讼|收费|费用)[^\n。,;:!?\d*]{0,8}"
                          r"(?:\*\*)?[ \t]*")
_CASES_OR_FEES = re.compile(r"复议|诉讼|费")
_LINE_HEADING = re.compile(r"[ \t]*(?:#+\s*)?(?:[一二三四五六七八九十]{1,3}[、.]|\(?[一二三四五六七八九十\d]{1,3}\)|"
                           r"\d{1,2}[、.])?[ \t]*[^\n。,;!?]{2,30}(?:情况|事项|工作)[ \t]*:?[ \t]*")


def sections_of(sections, text: str = "") -> list[tuple[int, int, int, str, int]]:
    """(start, end, depth, kind, heading end) of one report's sections, outermost first."""
    if sections is None or len(sections) == 0:
        return []
    if isinstance(sections, pd.DataFrame):
        sections = sections.to_dict("records")
    out = []
    for r in sections:
        s, e = int(r["start"]), int(r["end"])
        head = str(r.get("heading") or "")
        i = text.find(head, s, min(e, s + len(head) + 40)) if head and text else -1
        out.append((s, e, int(r["depth"]), str(r["kind"]), i + len(head) if i >= 0 else s))
    return sorted(out, key=lambda r: (r[2], r[0]))


def section_at(secs, pos: int) -> tuple[int, str]:
    """(start, kind) of the innermost section holding ``pos`` ((-1, "") when none)."""
    best = (-1, "")
    for s, e, d, k, _ in secs:
        if s <= pos < e and d > 0:
            best = (s, k)
    return best


#: what ends a heading in the text: a line break, a stop, a colon, a space (a page run onto one line)
_HEAD_END = re.compile(r"[ \t\u3000\n。:：]|$")
#: a count or a "none" in a numbered item's words (全年…公开…信息共127条 / 本年度我局没有收到…申请。)
_ITEM_SAYS = re.compile(rf"[\d{COUNT_NUMERALS}]+[件条份个项次元]|没有|未(?!来)|无(?!法)")


def _is_statement(text: str, s: int, he: int) -> bool:
    """Whether a numbered "heading" the sectioning found is the first sentence of a narrative
    item, not a title: its words run on into the sentence (（一）全年…主动公开…信息|共127条), or it
    ends with a stop and counts or says none ((二)本年度我局没有收到政府信息公开申请。)."""
    if he <= s or not text:
        return False  # (a section with no heading words, or no text to look at)
    if not _HEAD_END.match(text, he):
        return True
    return text.startswith("。", he) and _ITEM_SAYS.search(text, s, he) is not None


#: a line that is a label and "none" (行政复议、行政诉讼：无): the none is the label's, not the next line's
_LABEL_LINE = re.compile(r"\s*[^:：\n。]{2,24}[:：]\s*(?:无|没有|零)\s*[。;；]?\s*")


def sentence_spans(c: Compact, secs, text: str) -> tuple[list[tuple[int, int]], set[int]]:
    """Sentence spans of the compact text (at stop characters and headings), and the
    starts of the sentences that are headings."""
    cuts = {0, len(c.text)}
    cuts.update(m.end() for m in _SENTENCE_END.finditer(c.text))
    heads: set[int] = set()
    # an outline marker and its short title ("(一)主动公开政府信息的数量2012年…"), where
    # the sectioning found no heading: the marker starts a sentence, the title is one
    for m in _MARKER_TITLE.finditer(c.text):
        if _NEGATED.search(m.group("title")):
            continue  # (三)本年度无向申请人进行收费的情况。: a statement, not a title
        end = m.end("title")  # (with its stop: "(三)收费情况。无。", the body a sentence of its own)
        cuts.update((m.start(), end + (c.text[end:end + 1] in ("。", ":"))))
        heads.add(m.start())
    for s, _, d, _, he in secs:
        if d > 0:
            a, b = c.index(s), c.index(he)
            if c.text.startswith(":", b) and c.text[b + 1:b + 2].isdigit() or _SAYS_NONE.match(c.text, a, b) or \
                    _is_statement(text, s, he):
                # (三是全年未收取任何费用,没有发生…: a "heading" that says none is a statement)
                cuts.add(a)  # (一)主动公开政府信息数:2,204条: a sentence, a label and its value, not a heading
                continue
            cuts.update((a, b + (c.text[b:b + 1] in ("。", ":"))))  # a heading is a sentence of its own (with its stop)
            heads.add(a)
    # a line that reads as a heading ("(三)依申请公开情况" on a line of its own): only
    # short lines are tried
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        n = len(line)
        # (the pattern ends in 情况/事项/工作: a line without one is no heading, and not matched; an
        # outline marker and a short title alone on its line, 四、行政复议和诉讼, is one too, unless
        # the next line is a number: a table's label and its cell)
        if (":" in line or "：" in line) and _LABEL_LINE.fullmatch(line):
            cuts.update((c.index(pos), c.index(pos + n)))  # (依申请公开：0件 / 行政复议、行政诉讼：无 / 收取费用：无)
        if 2 <= len(line.strip()) <= 40 and (("情况" in line or "事项" in line or "工作" in line)
                                             and _LINE_HEADING.fullmatch(line) or _CASES_OR_FEES.search(line)
                                             and _MARKED_LINE.fullmatch(line)
                                             and not lines[min(i + 1, len(lines) - 1)].lstrip()[:1].isdigit()):
            a, b = c.index(pos), c.index(pos + n)
            if b > a:
                cuts.update((a, b))
                heads.add(a)
        pos += n + 1
    cuts = sorted(x for x in cuts if 0 <= x <= len(c.text))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a], heads


#: a label's bare value run into the next label and its value (其中:当面申请:2网络申请:4, the
#: space between them dropped by cleaning): the value ends a clause
KEYED_NEXT = re.compile(r"(?<=[\u4e00-\u9fff)]:)\d+(?=[\u4e00-\u9fff][^:,;。\d]{0,12}:\d)")


def clause_spans(ctext: str, a: int, b: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ctext[a:b] (a list of labels and bare values, 同意公开:4
    部分公开:0, a clause a pair)."""
    ends = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(ctext, a, b)]
    if ctext.find(":", a, b) >= 0:
        ends = sorted(ends + [(m.end(), m.end()) for m in KEYED_NEXT.finditer(ctext, a, b)])
    out, s = [], a
    for ms, me in ends:
        if ms > s:
            out.append((s, ms))
        s = me
    if b > s:
        out.append((s, b))
    return out


#: parentheses that hold only a count, right after the words it counts (主动公开政府信息(2,964条)):
#: the count of those words, printed in brackets, not a part of anything
_BARE_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])(?<![条件个份项次元])\((?:共|共计|合计|计|约)?\d[\d,.]*(?:万|余)?[条件个份项次元]\)")


def in_parens(ctext: str, i: int) -> bool:
    """Whether compact position ``i`` is inside parentheses opened in its sentence."""
    a = ctext.rfind("。", 0, i) + 1
    return ctext.rfind("(", a, i) > ctext.rfind(")", a, i)


def paren_spans(ctext: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of (...) in ctext[a:b]: a list in parentheses after a total is its parts; not
    those that only hold the count of the words before them (:data:`_BARE_COUNT`)."""
    if ctext.find("(", a, b) < 0:
        return []
    out, depth, start = [], 0, 0
    for i in range(a, b):
        ch = ctext[i]
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0 and not _BARE_COUNT.match(ctext, start):
                out.append((start, i + 1))
    return out


def outside(a: int, b: int, spans) -> list[tuple[int, int]]:
    """The parts of [a, b) outside ``spans``."""
    out, pos = [], a
    for x, y in sorted(spans):
        if y <= a or x >= b:
            continue
        if x > pos:
            out.append((pos, x))
        pos = max(pos, y)
    if pos < b:
        out.append((pos, b))
    return out


# --------------------------------------------------------------------------- cue tokens
def cue_tokens(cues: Cues, ctext: str, a: int, b: int) -> list[tuple[int, int, str, tuple]]:
    """(start, end, word, (feature, value) pairs) of cue words in ctext[a:b], longest first."""
    kind = cues.kind
    # the cue pattern matches no empty string: finditer's matches are the scan's, in one call
    return [(m.start(), m.end(), w, kind.get(w, ())) for m in cues.pattern.finditer(ctext, a, b)
            for w in (m.group(),)]


def token_topics(toks) -> list[tuple[int, str]]:
    """(start, topic) of every topic the tokens name."""
    return [(s, v) for s, _, _, kv in toks for f, v in kv if f == "topic"]


def best_topic(topics: list[tuple[int, str]]) -> str | None:
    """The most specific of (start, topic) pairs (:data:`~gdrkit.extract.cues.TOPIC_PRIORITY`),
    the last one of equal rank; None when there is none."""
    if not topics:
        return None
    return min(topics, key=lambda t: (RANK[t[1]], -t[0]))[1]


def token_feats(toks, feature: str) -> set[str]:
    """The values of one feature the tokens name."""
    return {v for _, _, _, kv in toks for f, v in kv if f == feature}


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` (start, end; any order, may overlap)
    replaced by spaces, its length unchanged."""
    parts, pos = [], 0
    for a, b in sorted((max(0, a), min(len(text), b)) for a, b in spans):
        if b <= pos:
            continue
        a = max(a, pos)
        parts += [text[pos:a], " " * (b - a)]
        pos = b
    parts.append(text[pos:])
    return "".join(parts)
