"""The cue words of the statement model, and the topics they name.

The cue words are data, not code: ``gdrkit/data/statement_cues.csv`` (feature, value,
cue, note), extended by a researcher's own CSV of the same columns (``cues=`` of
:func:`gdrkit.extract.statements.read_statements`, ``extra=`` of :func:`load_cues`), so
adding a synonym is not a code change. A feature is one of :data:`FEATURES`: a *topic*
(applications, reconsiderations, fees, proactive items, ...), a *polarity* (未收到, 没有
产生, 无), a *scope* (累计, 截至, 微信, 其中, 同比), an *outcome* (纠错, 败诉) or a *unit*
(件, 条, 元). The cues are matched as one trie regex, the longest first (无法提供 is an
outcome, not 无 + 法).

The topics are ranked (:data:`TOPIC_PRIORITY`, the most specific first), and a few
groups of them and of words are shared by the readers of counts and of "none"
statements (:data:`CASES`, :data:`RESULTS`, :data:`ABOUT_DISCLOSURE`, :func:`unit_class`).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..text.numerals import COUNT_NUMERALS

__all__ = ["Cues", "CueError", "load_cues", "default_cue_path", "TOPIC_PRIORITY", "RANK", "FEATURES", "CASES", "REPLY_WORDS", "REPLY_TOPIC",
           "RECEIVING_VERBS",
           "RESULTS", "ABOUT_DISCLOSURE", "DISCLOSURE", "UNIT_CLASS", "unit_class", "FAMILY", "ends_parts"]


@lru_cache(maxsize=1)
def default_cue_path() -> Path:
    """The cue file shipped with gdrkit."""
    return Path(__file__).resolve().parent.parent / "data" / "statement_cues.csv"


#: Topics from the most specific to the most generic: when several topic cues stand in a
#: number's window, the first of this order wins.
TOPIC_PRIORITY = ("carried_over", "carried_forward", "reconsiderations", "lawsuits", "granted", "partial",
                  "denied", "unable", "not_processed", "other_reply", "applications", "other", "fees", "consultations",
                  "proactive", "applications_generic", "on_request_items", "published", "documents")
#: The rank of each topic in :data:`TOPIC_PRIORITY` (0 is the most specific).
RANK = {t: i for i, t in enumerate(TOPIC_PRIORITY)}
FEATURES = ("topic", "polarity", "scope", "outcome", "unit")
_CUE_COLUMNS = ["feature", "value", "cue", "note"]

#: the topics that are cases (a count of them may be one of outcomes: 纠错, 败诉)
CASES = ("reconsiderations", "lawsuits")
#: the topics that are the answers to requests
RESULTS = ("granted", "partial", "denied", "unable", "not_processed", "other_reply")
#: what each topic is a count of: the requests and their answers, the items published, the cases
#: (reviews and suits), the fees
FAMILY = {**dict.fromkeys(("applications", "carried_over", "carried_forward", "consultations", *RESULTS), "requests"),
          **dict.fromkeys(("proactive", "published", "documents"), "items"), **dict.fromkeys(CASES, "cases"), "fees": "fees"}


def ends_parts(topic: str, parent: str) -> bool:
    """Whether a count of ``topic`` ends a list of the parts of a count of ``parent``: a case or a
    fee is no part of the requests or items before it (其中予以公开15件,…,全年被申请行政复议4件).
    Not a reply word after items (公文510条,其中…,不予公开24条: a kind of document)."""
    return FAMILY.get(topic) in ("cases", "fees") and FAMILY.get(parent, FAMILY[topic]) != FAMILY[topic]


#: words that make a count of cases or fees one about information disclosure (检索、复制: the
#: 检索、复制、邮寄 costs the 2007 regulation let agencies charge for answering requests; not
#: 检索 alone, as a patent or archive search service's fee)
ABOUT_DISCLOSURE = ("信息公开", "依申请", "公开申请", "信息处理费", "政务公开", "申请公开", "检索、复制", "检索复制",
                    "检索及复制", "检索和复制", "检索、复印", "检索复印")
#: words that make a bare 申请 a disclosure request
DISCLOSURE = ("信息公开", "依申请", "公开申请", "申请公开")
#: the verbs of receiving a request (an alternation for the patterns that need them)
RECEIVING_VERBS = "收到|受理|接收|接到"
#: the unit class each topic counts in (other topics: applications)
UNIT_CLASS = {"proactive": "items", "published": "items", "on_request_items": "items", "fees": "money",
              "consultations": "persons", "reconsiderations": "cases", "lawsuits": "cases"}


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


def unit_class(cues: Cues, word: str, topic: str) -> str:
    """The unit class of a count of ``topic`` in ``word`` (件, 条, 元): the topic's own
    class, or ``other`` when the word is not one of that class."""
    want = UNIT_CLASS.get(topic, "applications")
    if not word:
        return want
    return want if word in cues.units.get(want, ()) else "other"


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


#: replies after which a list gives a bare number (予以公开248、部分公开41: the unit said once)
REPLY_WORDS = "予以公开|部分公开|不予公开|同意公开|无法提供|不予处理|其他处理"
#: the topic of each word naming one of the five kinds of reply counted (not 其他处理)
REPLY_TOPIC = {"予以公开": "granted", "同意公开": "granted", "部分公开": "partial", "不予公开": "denied",
               "无法提供": "unable", "不予处理": "not_processed"}


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> Cues:
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
    chinese = rf"[{COUNT_NUMERALS}]+"
    unit = "|".join(map(re.escape, unit_words))
    # a count: a number, 余/多/左右, a unit; or a bare number after 数/数量/总数 (为) at a clause end
    # or a bare number after a reply in a list (已办结380件:予以公开248、部分公开41、…; not an
    # item number: …予以公开2、按申请内容分); the lookahead first: a lookbehind at every position costs;
    # or a bare number after a label and its colon (申请总数:6 / 同意公开:4), a count where its
    # line or clause ends after it (:func:`gdrkit.extract.counts.is_count`)
    number = re.compile(rf"(?P<num>{arabic}|{chinese})(?P<mult>(?<=\d)[万亿])?(?P<approx>余|多|左右)?(?P<unit>{unit})"
                        rf"|(?=\d)(?:(?<=数)|(?<=数为|数是|数:)|(?<={REPLY_WORDS}))(?P<bare>\d+)(?=,(?!\d{{3}}(?!\d))|[。;:|]|$|、(?:{REPLY_WORDS}))"
                        rf"|(?=\d)(?<=[\u4e00-\u9fff)]:)(?P<keyed>\d+)(?![\d%]|[.,:]\d)")
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
