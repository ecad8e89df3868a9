"""One agency, one id: the canonical name of the agency a report was written by, its type
and tier, from its name as printed and its place (:mod:`.places`).

``agency_id`` is ``<adcode>:<name without the place>`` (``130000:科学技术厅``,
``320800:人民政府``, ``350128:管理委员会`` for 平潭综合实验区's 管委会), ``agency_name`` the
full canonical name (河北省科学技术厅). The place prefix comes from the place (省人力资源
社会保障厅 in a text about 河北省 → 河北省人力资源和社会保障厅); the short forms are expanded
from ``gdrkit/data/agency_aliases.csv`` (short, full, note: 科技厅 = 科学技术厅, 人社厅 =
人力资源和社会保障厅, 管委会 = 管理委员会 ...), which a researcher can extend; the office
(办公室, 办公厅) of a government that reports for it is the government (the agency is
already read so, see :func:`gdrkit.meta.agency.agency_from`), the office reporting on its
own work (its title names the office) is ``general_office``. The same department name in
two places stays two agencies (the adcode differs); a renamed agency is a new one (a
user's ``successor`` column joins them, see :mod:`.user`). Without an adcode there is no
``agency_id``: the name is kept as printed, its short form expanded.

``agency_type`` is ``government``, ``general_office``, ``department``, ``township`` (a 镇,
乡 or 街道), ``court`` or ``other``; ``tier`` is ``national``, ``provincial``,
``prefecture``, ``county`` or ``township``.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .agency import agency_level
from .patterns import ORG_SUFFIX
from .places import Place

__all__ = ["Canonical", "canonical_agency", "load_agency_aliases", "agency_aliases_path", "AGENCY_TYPES", "TIERS",
           "LEVEL_TIERS"]

AGENCY_TYPES = ("government", "general_office", "department", "township", "court", "other")
TIERS = ("national", "provincial", "prefecture", "county", "township")
#: the old ``level``/``tier`` words (省级 ...) and the tiers they name
LEVEL_TIERS = {"省级": "provincial", "市级": "prefecture", "县级": "county", "乡镇": "township"}


def agency_aliases_path() -> Path:
    """The shipped short forms of agency names."""
    return Path(__file__).resolve().parent.parent / "data" / "agency_aliases.csv"


@lru_cache(maxsize=4)
def load_agency_aliases(path: str | None = None) -> dict[str, str]:
    """short → full name, from ``path`` (default: the shipped file)."""
    with open(path or agency_aliases_path(), encoding="utf-8-sig", newline="") as f:
        return {r["short"].strip(): r["full"].strip() for r in csv.DictReader(f) if r.get("short") and r.get("full")}


@dataclass(frozen=True)
class Canonical:
    agency_id: str | None = None
    agency_name: str | None = None
    agency_type: str | None = None
    tier: str | None = None


#: a place written without its name, before a department's (省人社厅, 区审管办, 市教育局); not
#: 市场监督管理局, 市政园林局, 区域..., 县域...
_OWN_LEVEL = re.compile(r"(?:省|自治区|市(?![场政])|县(?!域)|区(?!域|划))(?=[\u4e00-\u9fff])")
#: names of places at the start of a name the gazetteer does not know (masked **区, 我区)
_PLACE_WORDS = re.compile(r"(?:[\u4e00-\u9fff*]{1,8}?(?:省|自治区|自治州|市|县|区|旗)(?![场政域划]))+")
_GOVERNMENT = re.compile(r"(?:人民政府|政府)?")
_BOARD = re.compile(r"管委会|管理委员会")
_TOWN = re.compile(r"([\u4e00-\u9fff]{1,10}?)(镇|乡|街道)(?:人民政府|政府|办事处|街道办事处)?")
_OFFICE = re.compile(r"(?:人民政府|政府)(办公厅|办公室)")
_TITLE_OFFICE = re.compile(r"\s*[\u4e00-\u9fff]{0,30}?(?:人民政府|政府)(办公厅|办公室)\s*(?:关于)?\s*[12二]")
_NATIONAL = re.compile(r"(?:国务院|国家|中华人民共和国)[\u4e00-\u9fff]*|[\u4e00-\u9fff]{1,10}部")
#: how the names of departments end (an organisation whose name ends otherwise, 公司, 研究院,
#: is ``other``; a name that is no organisation's has no type)
_DEPARTMENT_ENDS = ("厅", "局", "委员会", "委", "办", "办公室", "署", "中心", "处", "管委会")
_ORGANISATION = re.compile(f"{ORG_SUFFIX}$")


def _without_place_names(name: str, names: tuple[str, ...]) -> str:
    """``name`` without the names of its place it starts with (河北人社厅 → 人社厅, 宁波镇海城管局
    → 城管局), as long as something is left."""
    found = True
    while found:
        found = False
        for w in names:
            if name.startswith(w) and len(name) > len(w):
                name, found = name[len(w):], True
                break
    return name


def _kind(rest: str, place: Place, title: str | None) -> tuple[str | None, str]:
    """(agency_type, normalized name) of a name without its place."""
    if _GOVERNMENT.fullmatch(rest):
        if title and _TITLE_OFFICE.match(title):  # the office's own report
            return "general_office", "人民政府" + _TITLE_OFFICE.match(title).group(1)
        return "government", "管理委员会" if place.zone and not rest else "人民政府"
    if _BOARD.fullmatch(rest):
        return "government", "管理委员会"
    m = _TOWN.fullmatch(rest)
    if m:
        return "township", m.group(1) + ("街道办事处" if m.group(2) == "街道" else m.group(2) + "人民政府")
    m = _OFFICE.fullmatch(rest)
    if m:
        return "general_office", "人民政府" + m.group(1)
    if "法院" in rest:
        return "court", rest
    full = load_agency_aliases().get(rest, rest)
    if full.endswith(_DEPARTMENT_ENDS):
        return "department", full
    return ("other" if _ORGANISATION.search(full) else None), full


def _tier(kind: str | None, name: str, rest: str, place: Place) -> str | None:
    if kind == "township":
        return "township"
    if place.tier:
        return place.tier
    if rest == name and _NATIONAL.fullmatch(name):
        return "national"
    return LEVEL_TIERS.get(agency_level(name)[2] or "")


def canonical_agency(agency: str | None, place: Place, *, title: str | None = None) -> Canonical:
    """The canonical agency of a report from its ``agency`` as printed (a masked name
    such as **区人民政府 too: it has a type and tier, not an id) and its :class:`Place`."""
    if not agency:
        return Canonical()
    name = agency.strip()
    if place.adcode:
        rest = name[place.end:]
    else:
        m = _PLACE_WORDS.match(name)
        rest = name[m.end():] if m and m.end() < len(name) else name
    if not place.end:  # the place came from the title or the text: the agency may name it short
        rest = _without_place_names(rest, place.names)
        lead = _OWN_LEVEL.match(rest)  # 省人社厅: the place the report is about
        if lead:
            rest = rest[lead.end():]
    kind, norm = _kind(rest, place, title)
    tier = _tier(kind, name, rest, place)
    if place.adcode:
        return Canonical(f"{place.adcode}:{norm}", place.prefix + norm, kind, tier)
    return Canonical(None, name[: len(name) - len(rest)] + norm, kind, tier)
