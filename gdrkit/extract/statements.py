"""A model of how the prose of these reports states a figure: clauses and their features.

A report says a count the same few ways whatever its words: a *topic* (applications,
reconsiderations, fees, proactive items, ...), a *polarity* (a number, or "none": 未收到,
没有产生, 无), a *scope* (this year, cumulative 累计/截至, a channel 微信/网站, a part 其中,
a comparison 同比/增长), whether it speaks of the *outcome* of cases (纠错, 败诉) rather
than of cases, and the number with its unit and approximation (5500余条). This module
reads those features; :mod:`gdrkit.extract.prose` chooses the measures from them by rules.

The cue words are data, not code: ``gdrkit/data/statement_cues.csv`` (feature, value,
cue, note), extended by a researcher's own CSV of the same columns (``cues=`` of
:func:`read_statements`), so adding a synonym is not a code change.

How a text is read
------------------
1. Page markers ("- 3 -") are dropped and whitespace removed (a PDF line or page break
   inside a word or a number joins again); every position maps back to ``text``.
2. Sentences end at 。 ! ? | and at section headings; clauses at , : and ;.
3. A keyword pre-filter: only sentences holding a topic cue, and a number or a negation,
   are read further.
4. In a sentence, cue words are matched longest first (无法提供 is an outcome, not 无 +
   法; 未经复议直接起诉 is a lawsuit, not 未 + ...). A number with a unit (or after 数 /
   数量 at a clause end) takes the most specific topic cue between it and the number or
   clause start before it (主动公开 before 政府信息), else the first one after it in its
   clause ("收到1份…行政复议申请"); one with no topic in its clause takes its section's
   topic only in an applications or fees section and with a receiving verb.
5. A clause with a negation and a topic but no number is a "none" statement about the
   topics it negates; topics inside "因…的" / "有关…的" are modifiers, not heads (未收到因
   政府信息公开申请引起的行政复议: reconsiderations, not applications). A sentence that is
   only a negation (无。 / 本年度未发生此类情况) under a heading about applications, fees
   or reconsiderations and lawsuits is a "none" statement about that heading's topics.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from ..text.numerals import parse_number
from .split import masked

__all__ = ["Cues", "Statement", "load_cues", "read_statements", "statements_table", "TOPIC_PRIORITY",
           "default_cue_path"]

@lru_cache(maxsize=1)
def default_cue_path() -> Path:
    """The cue file shipped with gdrkit."""
    return Path(__file__).resolve().parent.parent / "data" / "statement_cues.csv"


#: Topics from the most specific to the most generic: when several topic cues stand in a
#: number's window, the first of this order wins.
TOPIC_PRIORITY = ("carried_over", "carried_forward", "reconsiderations", "lawsuits", "granted", "partial",
                  "denied", "unable", "not_processed", "other_reply", "applications", "other", "fees", "consultations",
                  "proactive", "applications_generic", "on_request_items", "published")
_RANK = {t: i for i, t in enumerate(TOPIC_PRIORITY)}
FEATURES = ("topic", "polarity", "scope", "outcome", "unit")
_CUE_COLUMNS = ["feature", "value", "cue", "note"]


class CueError(ValueError):
    """A cue file that cannot be used (missing columns, unknown feature or topic)."""


@dataclass(frozen=True)
class Cues:
    """Cue words by feature: ``table`` is the CSV, ``kind`` maps a cue to its
    (feature, value) pairs, ``units`` each unit class to its words."""

    table: pd.DataFrame
    kind: dict[str, tuple[tuple[str, str], ...]]
    units: dict[str, frozenset[str]]
    pattern: re.Pattern[str]
    number: re.Pattern[str]
    signature: str

    def topics(self) -> set[str]:
        return {v for f, v in zip(self.table["feature"], self.table["value"]) if f == "topic"}


def _trie_regex(words: list[str]) -> str:
    """One regex alternation of ``words`` as a trie (fast to scan; the longest word wins
    where several start at one position)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if end else body

    return build(trie)


def _read_cue_csv(path: str | os.PathLike) -> pd.DataFrame:
    try:
        t = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise CueError(f"{os.fspath(path)}: cannot read the cue file ({exc})") from exc
    missing = [c for c in _CUE_COLUMNS[:3] if c not in t.columns]
    if missing:
        raise CueError(f"{os.fspath(path)}: the cue file needs the columns feature, value, cue; missing {missing}")
    bad = sorted(set(t["feature"]) - set(FEATURES))
    if bad:
        raise CueError(f"{os.fspath(path)}: unknown feature(s) {bad}; use one of {list(FEATURES)}")
    topics = set(t.loc[t["feature"] == "topic", "value"])
    bad = sorted(topics - set(TOPIC_PRIORITY))
    if bad:
        raise CueError(f"{os.fspath(path)}: unknown topic(s) {bad}; use one of {list(TOPIC_PRIORITY)}")
    t["cue"] = t["cue"].str.strip()
    t = t[t["cue"] != ""]
    return t.reindex(columns=_CUE_COLUMNS, fill_value="")


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> Cues:
    import hashlib

    table = pd.concat([_read_cue_csv(p) for p in paths], ignore_index=True).drop_duplicates(
        ["feature", "value", "cue"])
    kind: dict[str, list[tuple[str, str]]] = {}
    units: dict[str, set[str]] = {}
    for f, v, c in zip(table["feature"], table["value"], table["cue"]):
        if f == "unit":
            units.setdefault(v, set()).add(c)
        else:
            kind.setdefault(c, []).append((f, v))
    words = sorted(kind, key=len, reverse=True)
    unit_words = sorted({u for us in units.values() for u in us}, key=len, reverse=True)
    arabic = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    chinese = r"[零〇一二两三四五六七八九十百千万]+"
    unit = "|".join(map(re.escape, unit_words))
    # a count: a number, 余/多/左右, a unit; or a bare number after 数/数量/总数 (为) at a clause end
    number = re.compile(rf"(?P<num>{arabic}|{chinese})(?P<mult>(?<=\d)[万亿])?(?P<approx>余|多|左右)?(?P<unit>{unit})"
                        rf"|(?<=数)(?:为|是|:)?(?P<bare>\d+)(?=[,。;:|]|$)")
    sig = hashlib.sha1(table.to_csv(index=False).encode()).hexdigest()[:12]
    return Cues(table, {k: tuple(v) for k, v in kind.items()}, {k: frozenset(v) for k, v in units.items()},
                re.compile(_trie_regex(words)), number, sig)


def load_cues(path: str | os.PathLike | None = None, *, extra: str | os.PathLike | None = None) -> Cues:
    """The cue words: gdrkit's file (or ``path``), plus a researcher's ``extra`` CSV.

    Parameters
    ----------
    path : str or Path, optional
        A cue CSV used instead of gdrkit's (columns feature, value, cue, note).
    extra : str or Path, optional
        A cue CSV whose rows are added to gdrkit's (or ``path``'s): a synonym is one row,
        e.g. ``topic,applications,信息公开请求,``.

    Raises
    ------
    CueError
        When a file cannot be read or names an unknown feature or topic.
    """
    paths = [os.fspath(path or default_cue_path())]
    if extra is not None:
        paths.append(os.fspath(extra))
    return _load(tuple(paths))


@dataclass
class Statement:
    """One thing a clause says: a count or a "none", with its features.

    ``start``/``end`` are the span in ``text`` (the number and its unit, or from the
    negation to the topic it negates); ``clause`` the clause's span; ``topics`` the topic
    chosen and ``others`` the other topics in the clause; ``scope`` a set of
    cumulative, year, channel_social, channel_web, breakdown, comparison, share,
    other_year; ``inherited`` says where the topic came from when the clause names none.
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


# --------------------------------------------------------------------------- compact text
#: page markers a PDF's text puts inside sentences: 第 2 页 共 5 页, 第2页, 2/5
_PAGE_WORDS = re.compile(r"(?m)^[ \t]*(?:第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3})[ \t]*$")
_IS_SPACE = np.zeros(0x3002, dtype=bool)
_IS_SPACE[[c for c in range(0x3001) if chr(c).isspace()]] = True
#: quotation marks and title brackets: dropped with the whitespace, so that cue words
#: match across them (《…目录》新增信息, “科技河北”微信公众号)
_IGNORED = np.array([ord(ch) for ch in "“”\"《》‘’「」"], dtype=np.uint32)


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
        self.text = codes[keep].tobytes().decode("utf-32-le", "surrogatepass") if len(self.pos) < len(t) else t
        self._pos = self.pos.tolist()

    def span(self, s: int, e: int) -> tuple[int, int]:
        """The span in ``text`` of compact characters ``s:e`` (e > s)."""
        return self._pos[s], self._pos[e - 1] + 1

    def index(self, pos: int) -> int:
        """The compact position of the first non-space character at or after ``pos``."""
        return bisect_left(self._pos, pos)


_SENTENCE_END = re.compile(r"[。!?|#]")
#: clause ends: , : ; (not the comma of a thousands group, 12,658, nor a label's colon, 信息数:647)
_CLAUSE_END = re.compile(r";|:(?!\d)|,(?!(?<=\d,)\d{3}(?!\d))")
_MARKER_TITLE = re.compile(r"(?:\([一二三四五六七八九十]{1,3}\)|(?<![一二三四五六七八九十第])[一二三四五六七八九十]{1,2}、)"
                           r"(?P<title>[^,。;:\d]{2,24}?(?:情况|数量|方面|形式|类别))(?=\d|本|我|全|今|截|根据|按照|各|区|县|市)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")
_MODIFIER = re.compile(r"(?:因|由于|有关|关于|针对|涉及)[^,。;的]{1,30}的")
_FILLER = re.compile(r"(?:(?:19|20)\d\d年度?|本年度|全年|年度|今年|本年|此类|该类|相关|情况|事项|现象|事件|案件|发生|出现|产生|"
                     r"收到|接到|办理|处理|我局|我委|我厅|我办|我区|我县|我市|我镇|本机关|本单位|本局|本委|本部门|均|也|亦|等|的|"
                     r"报告期内|本报告期内|期间|内|上述|以上|其他需要报告的事项|[、。,:;()\"“”])")
#: section kinds (gdrkit.sections) whose heading gives a topic to a clause that names none
_SECTION_TOPICS = {"applications": ("applications",), "fees": ("fees",),
                   "review_litigation": ("reconsiderations", "lawsuits")}
_RECEIVE = re.compile(r"收到|受理|接收|接到")
#: words that make a count of cases or fees one about information disclosure
_ABOUT_DISCLOSURE = ("信息公开", "依申请", "公开申请", "信息处理费", "政务公开", "申请公开")
_DISCLOSURE = ("信息公开", "依申请", "公开申请", "申请公开")


def _sections_of(sections, text: str = "") -> list[tuple[int, int, int, str, int]]:
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


def _section_at(secs, pos: int) -> tuple[int, str]:
    """(start, kind) of the innermost section holding ``pos`` ((-1, "") when none)."""
    best = (-1, "")
    for s, e, d, k, _ in secs:
        if s <= pos < e and d > 0:
            best = (s, k)
    return best


#: what a sentence needs to state anything: a digit, a numeral, or a negation's first character
_MAY_STATE = re.compile(r"[\d零〇一二两三四五六七八九十百千万][\d,.]*[万亿]?(?:余|多|左右)?[件条份个项次起宗篇人元例则]|"
                        r"数(?:为|是|:)?\d|为0|[未无没零]|免费|不收")
_LINE_HEADING = re.compile(r"[ \t]*(?:#+\s*)?(?:[一二三四五六七八九十]{1,3}[、.]|\(?[一二三四五六七八九十\d]{1,3}\)|"
                           r"\d{1,2}[、.])?[ \t]*[^\n。,;!?]{2,30}(?:情况|事项|工作)[ \t]*:?[ \t]*")


def _sentences(c: Compact, secs, text: str) -> tuple[list[tuple[int, int]], set[int]]:
    """Sentence spans of the compact text (at stop characters and headings), and the
    starts of the sentences that are headings."""
    cuts = {0, len(c.text)}
    cuts.update(m.end() for m in _SENTENCE_END.finditer(c.text))
    heads: set[int] = set()
    # an outline marker and its short title ("(一)主动公开政府信息的数量2012年…"), where
    # the sectioning found no heading: the marker starts a sentence, the title is one
    for m in _MARKER_TITLE.finditer(c.text):
        cuts.update((m.start(), m.end("title")))
        heads.add(m.start())
    for s, _, d, _, he in secs:
        if d > 0:
            a, b = c.index(s), c.index(he)
            cuts.update((a, b))  # a heading is a sentence of its own
            heads.add(a)
    # a line that reads as a heading ("(三)依申请公开情况" on a line of its own): only
    # short lines are tried
    pos = 0
    for line in text.split("\n"):
        n = len(line)
        if 2 <= len(line.strip()) <= 40 and _LINE_HEADING.fullmatch(line):
            a, b = c.index(pos), c.index(pos + n)
            if b > a:
                cuts.update((a, b))
                heads.add(a)
        pos += n + 1
    cuts = sorted(x for x in cuts if 0 <= x <= len(c.text))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a], heads


def _clauses(ctext: str, a: int, b: int) -> list[tuple[int, int]]:
    out, s = [], a
    for m in _CLAUSE_END.finditer(ctext, a, b):
        if m.start() > s:
            out.append((s, m.start()))
        s = m.end()
    if b > s:
        out.append((s, b))
    return out


# --------------------------------------------------------------------------- reading
def _cue_tokens(cues: Cues, ctext: str, a: int, b: int) -> list[tuple[int, int, str, tuple]]:
    """(start, end, word, (feature, value) pairs) of cue words in ctext[a:b], longest first."""
    out = []
    pos = a
    pat = cues.pattern
    while pos < b:
        m = pat.search(ctext, pos, b)
        if not m:
            break
        if m.end() > m.start():
            out.append((m.start(), m.end(), m.group(), cues.kind.get(m.group(), ())))
            pos = m.end()
        else:
            pos = m.start() + 1
    return out


def _topics(toks) -> list[tuple[int, str]]:
    return [(s, v) for s, _, _, kv in toks for f, v in kv if f == "topic"]


def _best(topics: list[tuple[int, str]]) -> str | None:
    if not topics:
        return None
    return min(topics, key=lambda t: (_RANK[t[1]], -t[0]))[1]


def _feats(toks, feature: str) -> set[str]:
    return {v for _, _, _, kv in toks for f, v in kv if f == feature}


def _YEAR_CONTEXT(text: str, a: int, b: int, year: int | None) -> bool:
    """Whether text[a:b] sets the report's year as the period (2021年以来, 本年度, 全年)."""
    window = text[a:b]
    return any(w in window for w in ("本年度", "全年", "今年以来", "本年以来")) or (
        year is not None and f"{year}年以来" in window)


_YEAR_BEFORE_CUM = re.compile(r"(?:全年|本年度?|年度|当年|今年|(?:19|20)\d\d年度?)(?:以来)?$")


def _scope(toks, ctext: str, a: int, b: int, year: int | None) -> set[str]:
    """The scope words of ctext[a:b]: what kind of count a number after them is."""
    scope = _feats(toks, "scope")
    if "cumulative" in scope:
        scope.discard("cumulative")
        for s, e, w, kv in toks:
            if not any(f == "scope" and v == "cumulative" for f, v in kv):
                continue
            if w in ("累计", "以来"):
                # 全年累计 / 本年度累计 / 2021年以来 / 2017年,我厅…累计947条 (of the report
                # year): the year's own count; 截至…累计 or 历年累计 is a stock
                m = _YEAR_BEFORE_CUM.search(ctext, max(a, s - 7), s + (2 if w == "以来" else 0))
                y = re.search(r"(19|20)\d\d", m.group(0)) if m else None
                if m and (y is None or year is None or int(y.group(0)) == year):
                    continue
                names_year = year is not None and f"{year}年" in ctext[a:s]
                stock = {x for _, _, x, _ in toks} & {"截至", "截止", "历年", "至今"}
                if w == "累计" and (names_year or "year" in _feats(toks, "scope")) and not stock:
                    continue
                scope.add("cumulative")
            elif w in ("截至", "截止"):
                d = re.match(r"(?:((?:19|20)\d\d)|本|今)年度?(12月31日|12月底|底|末)", ctext[e:e + 12])
                if d and (d.group(1) is None or year is not None and int(d.group(1)) == year):
                    scope.add("year_end")  # 截至<the year's end>: the year's count if the text says so
                else:
                    scope.add("cumulative")
            else:
                scope.add("cumulative")
        if "cumulative" in scope:
            scope.discard("year_end")
    if year is not None:
        for m in _YEAR.finditer(ctext, a, b):
            y = int(m.group(1))
            if ctext[max(a, m.start() - 2):m.start()] in ("截至", "截止"):
                continue  # the date of a stock, not the period of a count
            if y == year:
                scope.add("this_year")
            elif y != year + 1:
                scope.add("other_year")
    return scope


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
        chars = list(text)
        for a, b in skip:
            chars[a:b] = " " * (b - a)
        text = "".join(chars)
    c = Compact(text)
    ctext = c.text
    secs = _sections_of(sections, text)
    out: list[Statement] = []
    last_topic = ""  # the topic of the last count, for a sentence that opens with 其中
    last_cumulative = False
    heading: list[str] = []  # the topics of the heading just read
    head_kind = ""  # what the last heading read is about, where the sectioning found none
    sentences, heads = _sentences(c, secs, text)
    for si, (a, b) in enumerate(sentences):
        if a not in heads and not heading and not _MAY_STATE.search(ctext, a, b):
            continue  # the pre-filter: no digit, no numeral and no negation, nothing to state
        toks = _cue_tokens(cues, ctext, a, b)
        feats = {f for _, _, _, kv in toks for f, _ in kv}
        if a in heads:
            heading = _heading_topics(toks, ctext, a, b)
            head_kind = _kind_of(heading) or ("other" if heading == [] and toks else head_kind)
            continue
        opens_part = ctext.startswith(("其中", "包括"), a)
        after_heading, heading = heading, []
        carries = "topic" not in feats and _CARRY.search(ctext, a, b) is not None
        if "topic" not in feats and "polarity" not in feats and not (opens_part and last_topic) and not carries:
            continue  # the pre-filter: no topic and no negation, nothing to read
        sec_start, kind = _section_at(secs, int(c.pos[a])) if secs and a < len(c.pos) else (-1, "")
        if kind in ("", "overview", "other") and head_kind and head_kind != "other":
            kind = head_kind
        if after_heading and _only_negation(ctext, a, b, toks):
            # a heading about applications, fees or cases whose whole body is 无 / 本年度无此类情况
            sts = _heading_none(c, a, b, si, kind, toks, after_heading)
        elif "topic" not in feats and not (opens_part and last_topic) and not carries:
            continue
        else:
            sts = _sentence_statements(cues, c, a, b, toks, si, year, kind,
                                       parent=last_topic if opens_part else "",
                                       parent_cumulative=opens_part and last_cumulative)
        for st in sts:
            st.section_start = sec_start
            if "year_end" in st.scope and not st.scope & {"year", "this_year"} and _YEAR_CONTEXT(
                    text, max(0, sec_start, st.start - 400), st.start, year):
                st.scope = st.scope | {"year_context"}  # 2021年以来…。截至2021年12月31日,…394条
            out.append(st)
            if st.polarity == "count" and "breakdown" not in st.scope:
                last_topic, last_cumulative = st.topic, "cumulative" in st.scope
    return out


#: the measure topics a heading can say "none" about, by the topics of its words
_HEADING_NONE = {"applications": "applications", "applications_generic": "applications",
                 "on_request_items": "applications", "fees": "fees", "reconsiderations": "reconsiderations",
                 "lawsuits": "lawsuits", "denied": "denied", "consultations": "consultations"}


def _kind_of(topics: list[str]) -> str:
    """The section kind a heading's topics make (as gdrkit.sections names them)."""
    if "reconsiderations" in topics or "lawsuits" in topics:
        return "review_litigation"
    if "fees" in topics:
        return "fees"
    if "applications" in topics:
        return "applications"
    return ""


def _heading_topics(toks, ctext: str = "", a: int = 0, b: int = 0) -> list[str]:
    """The measure topics a heading (or a label clause) names as its head: 因…申请…的行政复议、
    行政诉讼情况 is about reconsiderations and lawsuits, not applications."""
    if ctext:
        heads = sorted(h for h in _heads(toks, ctext, a, b) if h[2] in _HEADING_NONE)
        if not heads:
            return []
        # several coordinated heads (收费及减免 / 行政复议、行政诉讼 / 依申请公开…和不予公开…)
        return list(dict.fromkeys(_HEADING_NONE[h[2]] for h in heads))
    return list(dict.fromkeys(_HEADING_NONE[v] for _, _, _, kv in toks for f, v in kv
                              if f == "topic" and v in _HEADING_NONE))


def _sentence_statements(cues: Cues, c: Compact, a: int, b: int, toks, si: int, year, kind: str, *,
                         parent: str = "", parent_cumulative: bool = False) -> list[Statement]:
    """The statements of one sentence; ``parent``: the topic of the sentence before, when
    this one opens with 其中 (its counts are parts of that one's)."""
    ctext = c.text
    out: list[Statement] = []
    opened_as_part = bool(parent)
    breakdown_from = a if parent else None
    parent_cum = opened_as_part and parent_cumulative  # whether the parts belong to a cumulative stock
    outside: Statement | None = None  # the last count outside parentheses
    prev_num_end = a
    negated = False  # a clause earlier in the sentence negates without naming a topic
    proactive_verb = False  # an earlier clause says 主动公开 without a number
    subject = ""  # the topic of the first clause that names one but counts nothing
    pending: list[str] = []  # the topics of a clause that names them and says nothing more (收费及减免:)
    parens = _paren_spans(ctext, a, b)
    last_got: list[Statement] = []
    starts = [t[0] for t in toks]
    for ca, cb in _clauses(ctext, a, b):
        ctoks = toks[bisect_left(starts, ca):bisect_left(starts, cb)]
        if ctext.startswith("占", ca) and last_got:
            # 各乡镇主动公开政府信息1037条,占21%: a count given as a share of a total is a part of it
            for st in last_got:
                st.scope = st.scope | {"breakdown"}
                st.parent = st.parent or _PART_OF.get(st.topic, st.topic)
        if ca > a and ctext[ca - 1] == ";" and breakdown_from is not None and not opened_as_part:
            breakdown_from = None  # a ; ends an enumeration of parts
        marks = [s for s, _, w, _ in ctoks if w in ("其中", "包括") and not any(ps <= s < pe for ps, pe in parens)]
        if breakdown_from is None and marks:  # (a 其中 inside parentheses is the parentheses' own)
            breakdown_from = marks[0]
            parent_cum = bool(out) and "cumulative" in out[-1].scope
        # 共计17件 after parts counted in this sentence: the whole of those parts (of one topic:
        # 上年结转3件,本年新收58件,共计61件 is a caseload, not the applications received)
        counted = {st.topic for st in out if st.polarity == "count"}
        sibling = next(iter(counted)) if len(counted) == 1 else ""
        got, last_num = _clause_counts(cues, c, ca, cb, ctoks, si, year, kind, sa=a, stoks=toks, parent=parent,
                                       prev_num_end=prev_num_end, parens=parens, sibling=sibling,
                                       subject=subject)
        for st in got:
            cs = c.index(st.start)
            in_paren = any(ps <= cs < pe for ps, pe in parens)
            if not in_paren:
                outside = st
            if st.inherited != "total" and _GRAND.search(st.extra.get("window", "")) and any(
                    p.topic == st.topic and p.polarity == "count" for p in out):
                st.inherited = "total"  # 县政府本级560条,县直各部门4,320条,全县合计主动公开4,880条
            if st.inherited == "total":
                # 共计17件 / 合计4,880条 after its parts: the whole; the counts before it, parts
                for prev in out:
                    if prev.topic == st.topic and prev.polarity == "count" and "breakdown" not in prev.scope:
                        prev.scope = prev.scope | {"breakdown"}
                        prev.parent = st.topic
            elif in_paren and outside is not None:
                # 无法提供7件(本机关不掌握…6件、…1件): parts of the count just before the parentheses
                st.scope = st.scope | {"breakdown"}
                st.parent = outside.topic
                st.extra["parent_cumulative"] = "cumulative" in outside.scope
            elif (breakdown_from is not None and cs >= breakdown_from) or in_paren:
                st.scope = st.scope | {"breakdown"}
                st.parent = parent
                st.extra["parent_cumulative"] = parent_cum
            elif st.topic == "published" and proactive_verb:
                st.topic, st.inherited = "proactive", "verb"  # 主动公开…的政府信息,全年公开政府信息共228条
        if last_num is not None:
            prev_num_end = last_num
        if got and breakdown_from is None and not any(ps <= c.index(got[-1].start) < pe for ps, pe in parens):
            parent = got[-1].topic
        last_got = got
        if not got and out and out[-1].polarity == "count" and out[-1].topic == "applications" and \
                _ALL.match(ctext, ca):
            # 受理申请6件,全部予以公开: every request got that answer
            res = [v for _, _, _, kv in ctoks for f, v in kv if f == "topic" and v in _RESULTS]
            if len(set(res)) == 1:
                got = [_all_of(c, out[-1], res[0], ca, cb, si, kind)]
        if not got:
            nones = _clause_none(cues, c, ca, cb, ctoks, si, kind, negated=negated, subject=subject, year=year)
            if not nones and pending and _only_negation(ctext, ca, cb, ctoks):
                nones = _pending_none(c, ca, cb, si, kind, pending)  # 收费及减免:无
            out.extend(nones)
            has_neg = any(f == "polarity" and v == "none" for _, _, _, kv in ctoks for f, v in kv)
            named = [v for _, _, _, kv in ctoks for f, v in kv if f == "topic" and v not in ("other",)]
            negated = negated or (has_neg and not named and not _feats(ctoks, "outcome"))
            proactive_verb = proactive_verb or (last_num is None and "proactive" in named)
            if not subject and named and last_num is None:
                subject = _best([(0, v) for v in named])
            has_neg_any = any(("polarity", "none") in kv for _, _, _, kv in ctoks)
            pending = _heading_topics(ctoks) if named and not has_neg_any and last_num is None else []
        else:
            pending = []
        out.extend(got)
    unrelated = [s for s, _, _, kv in toks if ("polarity", "unrelated") in kv]
    if unrelated and any(w in ctext[a:b] for w in _ABOUT_DISCLOSURE):
        out = _unrelated(c, si, kind, out, unrelated, parens)
    return out


_ALL = re.compile(r"(?:经审核|经研究|经核实|依法|已在法定期限内|在法定期限内|已按时|已)?(?:均已?|全部|都|一律|已)?"
                  r"(?:依法)?(?=予以公开|同意公开|部分公开|不予公开|无法提供|不予处理)")


def _all_of(c: Compact, count: Statement, topic: str, ca: int, cb: int, si: int, kind: str) -> Statement:
    """The outcome every one of ``count``'s requests got (全部予以公开): the same number."""
    s, e = c.span(ca, cb)
    return Statement(topic=topic, polarity="count", value=count.value, unit="applications", unit_word=count.unit_word,
                     approx=count.approx, start=s, end=e, clause_start=s, clause_end=e, sentence=si,
                     scope=count.scope, parent="applications", inherited="all of the requests", section_kind=kind)


def _unrelated(c: Compact, si: int, kind: str, out: list[Statement], marks: list[int], parens) -> list[Statement]:
    """均与政府信息公开无关 / (均不涉及政府信息公开): the count just before the words is not
    about disclosure, and says that none was (0 of its topic)."""
    res = []
    for i, st in enumerate(out):
        res.append(st)
        if st.topic not in _CASES or st.polarity != "count" or "disclosure" in st.scope:
            continue
        end = c.index(st.end - 1) + 1
        nxt = c.index(out[i + 1].start) if i + 1 < len(out) else len(c.text)
        if not any(end <= m < nxt for m in marks):
            continue
        st.scope = (st.scope - {"disclosure_context"}) | {"not_disclosure"}
        res.append(Statement(topic=st.topic, polarity="none", value=0.0, unit="cases", unit_word="", approx=False,
                             start=st.start, end=st.end, clause_start=st.clause_start, clause_end=st.clause_end,
                             sentence=si, scope=frozenset({"disclosure"}), inherited="unrelated", section_kind=kind))
    return res


def _paren_spans(ctext: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of (...) in ctext[a:b]: a list in parentheses after a total is its parts."""
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
            if depth == 0:
                out.append((start, i + 1))
    return out


#: words between a proactive cue and its number that do not narrow what is counted
_GENERIC_ITEMS = re.compile(r"政府信息|政务信息|各类|各项|信息|文件|共计|总计|合计|累计|共|数量|数|总数|为|达|的|了|约|近|逾|超过|"
                            r"增至|新增|多达|"
                            r"\([^)]{0,8}\)|[、“”\"]|"
                            # who published them, not what: 我区各级单位, 全县, 县直各单位
                            r"[我本全各]?[区县市省局委厅镇乡]?[直]?各?级?(?:单位|部门|机关)|[我本全][区县市省局委厅镇乡]")
#: the verb that makes 依申请公开 a request received
_RECEIVING = re.compile(r"收到|受理|接收|接到|办理")


#: topics a unit class can count (a money amount is a fee, whatever else the clause names)
_UNIT_TOPICS = {"money": {"fees"}}


def _attach(window, after, unit_class: str, ctext: str) -> tuple[str | None, str]:
    """The topic of a number: the most specific cue between it and the number (or clause
    start) before it; else the noun phrase right after it ("1份…行政复议申请", "1件依申请
    公开信息的要求", not "16个规范性文件…主动公开"). Only topics its unit can count."""
    allowed = _UNIT_TOPICS.get(unit_class)
    if _best(_topics(window)) == "other":
        return None, "blocked"  # 用于宣传…产生的费用1万元, 收取行政事业性收费670万元: something else
    topics = [t for t in _topics(window) if allowed is None or t[1] in allowed]
    if topics:
        return _best(topics), ""
    group = []
    for s, e, _, kv in after:
        ts = [v for f, v in kv if f == "topic"]
        if not ts:
            continue
        if group and not _NP_LINK.fullmatch(ctext[group[-1][1]:s]):
            break
        group.append((s, e, ts[0]))
    group = [g for g in group if allowed is None or g[2] in allowed or g[2] == "applications_generic"]
    if not group:
        return None, ""
    head = group[-1][2]  # the last noun of the phrase is its head
    if head == "applications_generic":
        rest = [t for _, _, t in group[:-1]]
        if any(t in _CASES for t in rest):
            head = _best([(0, t) for t in rest if t in _CASES])
        elif rest and all(t in ("on_request_items", "applications", "published") for t in rest):
            head = "applications"  # 依申请公开信息的要求: a request for disclosure
    if allowed is not None and head not in allowed:
        return None, ""
    return head, "after"


_NP_LINK = re.compile(r"的?|之|有关|关于")


def _outside(a: int, b: int, spans) -> list[tuple[int, int]]:
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


def _carry(ctext: str, ws: int, ns: int, ae: int, ne: int, year: int | None) -> str | None:
    """carried_over / carried_forward from a year named beside 结转 / 转入 / 延期至:
    2013年结转申请2件 (in 2014) / 2件…转入2013年办理 (in 2012)."""
    if year is None:
        return None
    for m in _CARRY.finditer(ctext, ws, ae):
        if m.start() >= ne or m.end() <= ns:
            y = int(m.group("y") or m.group("y2"))
            if y == year - 1 and m.group("v1"):
                return "carried_over"
            if y == year + 1 and m.group("v2"):
                return "carried_forward"
    return None


_CARRY = re.compile(r"(?P<y>(?:19|20)\d\d)年(?:度)?(?P<v1>结转)|"
                    r"(?P<v2>转入|结转至|延期至|延至|推迟至|顺延至)(?P<y2>(?:19|20)\d\d)年")


def _request_context(ctext: str, a: int, b: int, toks, kind: str, subject: str) -> bool:
    """Whether a bare 申请 in ctext[a:b] is a disclosure request: under an applications
    heading, after a clause about disclosure requests, beside 信息公开 / 依申请, or beside
    the answers only disclosure requests get (予以公开, 不予公开, 信息不存在 …)."""
    if kind == "applications" or subject in ("applications", "on_request_items"):
        return True
    if any(w in ctext[a:b] for w in _DISCLOSURE):
        return True
    return any(f == "topic" and v in _RESULTS for s, _, _, kv in toks if a <= s < b + 60 for f, v in kv)


_TOTAL = re.compile(r"(?:共计|合计|总计|总数|共)(?:为|达)?$")
#: a grand total after the counts of its parts: 全县合计…, 全区共受理…, 总计
_GRAND = re.compile(r"合计|总计|共计|总共|一共|全(?:县|区|市|省|镇|乡|局|厅|委)共")
#: a list of channels that ends in 等渠道: all of them (the count is the total)
_ALL_CHANNELS = re.compile(r"等(?:渠道|载体|平台|方式|途径|媒介|形式)")
#: a clause that goes on with the subject of the sentence: 达到1,340条, 增至2040条
_CONTINUES = re.compile(r"(?:达到|达|增至|降至|减至|为)(?=[\d零〇一二两三四五六七八九十])")


def _clause_counts(cues, c: Compact, ca, cb, ctoks, si, year, kind, *, sa: int, stoks, parent: str,
                   prev_num_end: int, parens=(), sibling: str = "", subject: str = "") -> list[Statement]:
    ctext = c.text
    nums = [m for m in cues.number.finditer(ctext, ca, cb) if _is_count(ctext, m, cb, cues)]
    if not nums:
        return [], None
    out = []
    prev_end = ca
    for i, m in enumerate(nums):
        ns, ne = m.start(), m.end()
        window_start = prev_end
        pa = max(sa, prev_num_end)  # cumulative / comparison words count from the number before
        window = [t for t in ctoks if prev_end <= t[0] and t[1] <= ns]
        after_end = nums[i + 1].start() if i + 1 < len(nums) else cb
        paren = ctext.find("(", ne, after_end)  # 答复3050件(含上年度结转申请34件…): the noun is not in ( )
        after = [t for t in ctoks if ne <= t[0] < (paren if paren >= 0 else after_end)]
        uclass = "money" if (m.group("unit") or "") in cues.units.get("money", ()) else ""
        topic, inherited = _attach(window, after, uclass, ctext)
        if topic is None and inherited != "blocked" and sibling and _TOTAL.search(ctext, window_start, ns):
            topic, inherited = sibling, "total"  # 网上申请12件、当面申请3件,共计17件: the whole
        if topic is None and inherited != "blocked":
            about = any(w in ctext[window_start:ns] for w in _ABOUT_DISCLOSURE)
            near = out[-1].topic if out else parent  # the count just before, in this clause or the last
            if about and (near in _CASES or subject in _CASES):
                # 行政复议46件,其中涉及政府信息公开的5件 / 复议3件(政府信息公开类1件) /
                # 行政复议案件中,涉及政府信息公开的有十余件
                topic, inherited = (near if near in _CASES else subject), "disclosure part"
            elif subject and _CONTINUES.match(ctext, window_start):
                topic, inherited = subject, "subject"  # …比上年增长35%,达到1,340条
        if topic == "on_request_items" and (_RECEIVING.search(ctext, max(sa, window_start - 6), ns) or (
                kind == "applications" and (m.group("unit") or "") == "件")):
            topic = "applications"  # 受理政府信息依申请公开98件, 依申请公开为零件: requests
        carry = _carry(ctext, window_start, ns, after_end, ne, year)
        if carry and topic in (None, "applications", "applications_generic", "on_request_items", "carried_over",
                               "carried_forward"):
            topic, inherited = carry, inherited or "year named"
        if topic is None and inherited != "blocked" and kind in ("applications", "fees"):
            ok_unit = (m.group("unit") or "") in cues.units.get("money" if kind == "fees" else "applications", ())
            if ok_unit and (kind == "fees" or _RECEIVE.search(ctext, prev_end, ns)):
                topic, inherited = _SECTION_TOPICS[kind][0], "section"
        prev_end = prev_num_end = ne
        category = ""
        if topic is None and parent in ("proactive", "published"):
            k = ctext.rfind("类", window_start, ns)
            if k > window_start:  # 法规公文类24条 after a total: a part of it
                topic, inherited = parent, "category"
                category = ctext[window_start:k + 1].lstrip("其中包括、,;")
        if topic is None:
            continue
        clause = ctext[ca:cb]
        if topic == "applications_generic":
            # 申请 alone: a disclosure request only in a disclosure sentence or section
            if _request_context(ctext, sa, cb, stoks, kind, subject):
                topic = "applications"
            else:
                continue
        raw = m.group("num") or m.group("bare")
        n = parse_number(raw, following=m.group("approx") or "")
        if n is None:
            continue
        approx = n.approx or ctext[max(0, ns - 1)] in "约近逾" or ctext[max(0, ns - 2):ns] in ("超过", "大约")
        value = n.value * {"万": 1e4, "亿": 1e8}.get(m.group("mult") or "", 1)  # 1.2万余条
        uw = m.group("unit") or ""
        # scope words inside (含…) / (包括…) only say what the count includes
        incl = [(ps, pe) for ps, pe in parens if ctext.startswith(("(含", "(包括"), ps)]
        scope_toks = [t for t in stoks if pa <= t[0] < ns and not any(ps <= t[0] < pe for ps, pe in incl)]
        scope = _scope(scope_toks, ctext, pa, ns, year)
        if not (_feats(window, "scope") & {"comparison", "share", "rate"}):
            scope -= {"comparison", "share", "rate"}
        if carry:
            scope -= {"other_year"}  # 2013年结转申请2件 (in 2014): the year carried from
        # a website or an application channel names the number's own clause; a social-media
        # account is often the subject of the whole sentence (微博、微信关注…,全年发布信息1543篇)
        # unless the clause names the proactive total itself (…,合计主动公开政府信息4268条)
        scope |= _feats(scope_toks, "scope") & {"channel_web", "channel_app", "subunit", "applicant", "respondent"}
        scope |= _feats(window, "scope") & {"modal", "waiver"}  # the number's own words: 减免费用0元
        scope |= _feats([t for t in stoks if sa <= t[0] < ns], "scope") & {"reviewer"}
        if topic != "proactive":
            scope |= _feats([t for t in stoks if sa <= t[0] < ns], "scope") & {"channel_social", "subunit"}
        all_channels = bool(_ALL_CHANNELS.search(ctext, sa, ns))
        if all_channels:  # 通过门户网站、政务微博、微信等渠道共主动公开…: every channel, the total
            scope -= {"channel_web", "channel_social"}
        if topic in ("proactive", "published"):
            if inherited == "after":
                # 3件主动公开政策性文件: the noun after the verb says what was counted
                cue_end = next(t[1] for t in after if any(f == "topic" and v == topic for f, v in t[3]))
                rest = _GENERIC_ITEMS.sub("", ctext[cue_end:min(cb, cue_end + 6)])
                if rest and not _BOUNDARY.match(rest):
                    scope.add("category")
            else:
                cue_end = max((t[1] for t in window if any(f == "topic" and v == topic for f, v in t[3])),
                              default=ns)
                if _GENERIC_ITEMS.sub("", ctext[cue_end:ns]):
                    scope.add("category")  # 主动公开政府采购项目信息188条: one kind of item
        if topic in ("reconsiderations", "lawsuits", "fees"):
            # the clause without the parentheses of other numbers: 复议3件(政府信息公开类1件)
            own = "".join(ctext[x:y] for x, y in _outside(ca, cb, [p for p in parens if not p[0] <= ns < p[1]]))
            if any(w in own for w in _ABOUT_DISCLOSURE):
                scope.add("disclosure")  # the clause itself says it is about disclosure
            elif kind in ("review_litigation", "fees") or any(w in ctext[sa:cb] for w in _ABOUT_DISCLOSURE):
                scope.add("disclosure_context")  # its heading or sentence does
        coord = {v for _, v in _topics(window) if v in _CASES}
        if len(coord) > 1 and ctext[max(0, ns - 1)] == "各":
            for other in sorted(coord - {topic}):  # 行政复议、行政诉讼各1件: one of each
                out.append(Statement(topic=other, polarity="count", value=value, unit="cases", unit_word=uw,
                                     approx=approx, start=c.span(ns, ne)[0], end=c.span(ns, ne)[1],
                                     clause_start=c.span(ca, cb)[0], clause_end=c.span(ca, cb)[1], sentence=si,
                                     scope=frozenset(scope), section_kind=kind, cues=("各",)))
            coord = set()
        results = {v for _, v in _topics(window) if v in _RESULTS}
        if topic in _RESULTS and len(results) > 1:
            coord = results  # "非政府信息、信息不存在、非本机关"的件数8件: several kinds of reply
        s, e = c.span(ns, ne)
        cs, ce = c.span(ca, cb)
        # 被纠错1件 / 复议维持2件: an outcome count; 3件属维持…的行政复议事项: cases
        outcome = bool(_feats(window, "outcome"))
        out.append(Statement(topic=topic, polarity="count", value=value, unit=_unit_class(cues, uw, topic),
                             unit_word=uw, approx=approx, start=s, end=e, clause_start=cs, clause_end=ce,
                             sentence=si, scope=frozenset(scope), outcome=outcome and topic in _CASES,
                             others=tuple(sorted({v for _, v in _topics(window)} - {topic})),
                             cues=tuple(w for _, _, w, _ in window), inherited=inherited, section_kind=kind,
                             combined=tuple(sorted(coord)) if len(coord) > 1 else (),
                             extra={"clause": clause, "category": category, "all_channels": all_channels,
                                    "window": ctext[window_start:ns]}))
    return out, nums[-1].end()


_CASES = ("reconsiderations", "lawsuits")
#: the total a part given as a share belongs to
_PART_OF = {"published": "published", "proactive": "proactive"}
_RESULTS = ("granted", "partial", "denied", "unable", "not_processed", "other_reply")
#: nouns a classifier may count instead of the topic (五个部分, 12个栏目, 一次性)
_COUNTED_NOUN = re.compile(r"部分|方面|栏目|专栏|类|项目|工作日|单位|部门|乡镇|街道|科室|窗口|批|期|场|月|季度|小时|天|名|家|所|户|"
                           r"版|网站|平台|渠道|环节|领域|板块|模块|性|龙|年|号|人次|位|轮|遍|次性|步|条线|字")
_BOUNDARY = re.compile(r"[,。;:)|、]|$")


def _is_count(ctext: str, m: re.Match, cb: int, cues: Cues) -> bool:
    """Whether a number with a unit counts its topic (not 第二十条, 五个部分, 一次性)."""
    s, e = m.start(), m.end()
    if s > 0 and ctext[s - 1] in "第近约逾超" and ctext[s - 1] == "第":
        return False
    if m.group("bare"):
        return True
    if _COUNTED_NOUN.match(ctext, e):
        return False
    if m.group("num")[0].isdigit():
        return True
    # a Chinese numeral (一 is everywhere) counts only at a boundary or before a topic cue
    if _BOUNDARY.match(ctext, e) or e >= cb:
        return True
    t = cues.pattern.match(ctext, e)
    return bool(t and t.group() and any(f == "topic" for f, _ in cues.kind.get(t.group(), ())))


_UNIT_CLASS = {"proactive": "items", "published": "items", "on_request_items": "items", "fees": "money",
               "consultations": "persons", "reconsiderations": "cases", "lawsuits": "cases"}


def _unit_class(cues: Cues, word: str, topic: str) -> str:
    want = _UNIT_CLASS.get(topic, "applications")
    if not word:
        return want
    return want if word in cues.units.get(want, ()) else "other"


def _heads(ctoks, ctext: str, ca: int, cb: int) -> list[tuple[int, int, str]]:
    """The topic cues of a negated clause that are heads, not modifiers: cues inside
    因…的 / 有关…的 are modifiers, except when the head after 的 is a bare 申请 (a
    reconsideration's 申请 is a reconsideration)."""
    mods = [(m.start(), m.end()) for m in _MODIFIER.finditer(ctext, ca, cb)]
    heads, inside = [], []
    for s, e, w, kv in ctoks:
        for f, v in kv:
            if f != "topic":
                continue
            (inside if any(ms <= s < me for ms, me in mods) else heads).append((s, e, v))
    if inside and all(v in ("applications_generic", "published", "on_request_items") for _, _, v in heads):
        review = [h for h in inside if h[2] in _CASES]
        if review:
            return review
    return heads


_OF = re.compile(r"(?:[\u4e00-\u9fff]{0,4}的)?")
_COORD = re.compile(r"(?:、|和|及|或|与|以及|或者|及其|、提起|和提起|或提起|,)?(?:行政)?")


def _final_group(heads: list[tuple[int, int, str]], ctext: str) -> list[tuple[int, int, str]]:
    """The last topic of a clause and those coordinated with it (复议、诉讼 / 收费及减免):
    the head of a negated noun phrase."""
    if len(heads) > 1 and heads[-1][2] == "applications_generic" and heads[-2][2] in (
            "carried_over", "carried_forward") and _OF.fullmatch(ctext[heads[-2][1]:heads[-1][0]]):
        return [heads[-2]]  # 无上年结转的申请 / 无结转下年度办理的申请: none carried
    group = [heads[-1]]
    for h in reversed(heads[:-1]):
        gap = ctext[h[1]:group[0][0]]
        if _COORD.fullmatch(gap):
            group.insert(0, h)
        else:
            break
    return group


def _self_negating(cues, c: Compact, ca, cb, ctoks, si, kind) -> list[Statement]:
    """Cue words that are a topic and its negation at once (免费: a fee of none)."""
    out = []
    for s, e, w, kv in ctoks:
        feats = dict(kv)
        clause = c.text[ca:cb]
        if feats.get("polarity") == "none" and "topic" in feats and (
                kind == "fees" or "申请" in clause and "信息" in clause):  # 免费为申请人提供政府信息
            a, b = c.span(s, e)
            cs, ce = c.span(ca, cb)
            out.append(Statement(topic=feats["topic"], polarity="none", value=0.0, unit=_unit_class(cues, "", feats["topic"]),
                                 unit_word="", approx=False, start=a, end=b, clause_start=cs, clause_end=ce, sentence=si,
                                 scope=frozenset({"disclosure_context"} if kind in ("fees", "applications") or any(
                                     x in c.text[ca:cb] for x in ("申请", "信息公开", "政府信息")) else ()),
                                 cues=(w,), section_kind=kind))
    return out


def _clause_none(cues, c: Compact, ca, cb, ctoks, si, kind, *, negated: bool = False, subject: str = "",
                 year: int | None = None) -> list[Statement]:
    ctext = c.text
    own = _self_negating(cues, c, ca, cb, ctoks, si, kind)
    if own:
        return own
    negs = [(s, e, w) for s, e, w, kv in ctoks if ("polarity", "none") in kv]
    if not negs and not negated:
        return []
    heads = sorted(h for h in _heads(ctoks, ctext, ca, cb) if h[2] != "published")
    if negs and year is not None:
        # 办结后无结转至2023年的申请 (in 2022): none carried forward
        for m in _CARRY.finditer(ctext, ca, cb):
            y = int(m.group("y") or m.group("y2"))
            topic = "carried_forward" if m.group("v2") and y == year + 1 else (
                "carried_over" if m.group("v1") and y == year - 1 else None)
            if topic and any(n[0] < m.start() for n in negs):
                heads = [h for h in heads if h[2] != "applications_generic"] + [(m.start(), m.end(), topic)]
    if not heads:
        return []
    group = _final_group(heads, ctext)
    if negs:
        # the negation must govern the group: before it, or right after it (申请:无 / 申请为零)
        before = [n for n in negs if n[0] < group[0][0]]
        after = [n for n in negs if n[0] >= group[-1][1] and n[0] - group[-1][1] <= 4]
        neg = before[-1] if before else (after[0] if after else None)
        if neg is None:
            return []
    else:
        neg = None
    topics = [h[2] for h in group]
    specific = [t for t in topics if t not in ("applications_generic", "published", "other")]
    if not specific and "applications_generic" in topics:
        if _request_context(ctext, ca, cb, ctoks, kind, subject):
            specific = ["applications"]
    if "other" in topics and not any(_RANK[t] < _RANK["other"] for t in specific):
        return []
    outcome = bool(_feats(ctoks, "outcome"))
    out = []
    for topic in dict.fromkeys(specific):
        if topic == "proactive" or outcome and topic in _CASES:
            continue  # "no case corrected us" says nothing about how many cases
        lo = min(group[0][0], neg[0]) if neg else group[0][0]
        hi = max(group[-1][1], neg[1]) if neg else group[-1][1]
        a, b = c.span(lo, hi)
        cs, ce = c.span(ca, cb)
        disclosure = "disclosure" if any(w in ctext[ca:cb] for w in _ABOUT_DISCLOSURE) else (
            "disclosure_context" if kind in ("review_litigation", "fees", "applications") else "")
        out.append(Statement(topic=topic, polarity="none", value=0.0, unit=_unit_class(cues, "", topic),
                             unit_word="", approx=False, start=a, end=b, clause_start=cs, clause_end=ce,
                             sentence=si, scope=frozenset({disclosure} - {""}),
                             others=tuple(sorted(set(topics) - {topic})),
                             cues=tuple(w for _, _, w, _ in ctoks), section_kind=kind,
                             inherited="" if neg else "negation earlier in the sentence"))
    return out


def _only_negation(ctext: str, a: int, b: int, toks) -> bool:
    """Whether a sentence says nothing but "none" (无。 / 本年度未发生此类情况)."""
    if not any(("polarity", "none") in kv for _, _, _, kv in toks):
        return False
    rest = _FILLER.sub("", ctext[a:b])
    for w in ("未", "没有", "无", "均未", "尚无", "暂无", "不存在", "零"):
        rest = rest.replace(w, "")
    return rest == ""


def _pending_none(c: Compact, a: int, b: int, si: int, kind: str, topics: list[str]) -> list[Statement]:
    """X:无 — a clause naming topics, then one that only says none."""
    s, e = c.span(a, b)
    return [Statement(topic=t, polarity="none", value=0.0, unit=_UNIT_CLASS.get(t, "applications"), unit_word="",
                      approx=False, start=s, end=e, clause_start=s, clause_end=e, sentence=si,
                      scope=frozenset({"disclosure_context"}), inherited="label", section_kind=kind)
            for t in topics]


def _heading_none(c: Compact, a: int, b: int, si: int, kind: str, toks, topics: list[str]) -> list[Statement]:
    s, e = c.span(a, b)
    return [Statement(topic=t, polarity="none", value=0.0, unit=_UNIT_CLASS.get(t, "applications"), unit_word="",
                      approx=False, start=s, end=e, clause_start=s, clause_end=e, sentence=si,
                      scope=frozenset({"disclosure_context"}), cues=tuple(w for _, _, w, _ in toks),
                      inherited="heading", section_kind=kind)
            for t in topics]


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
