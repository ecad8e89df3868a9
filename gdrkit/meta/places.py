"""Where a report's agency belongs: its division's code (GB/T 2260, valid in the year
the report covers), province, city and county, from the agency's name as printed, the
title and the signature (:func:`report_place`, over the gazetteer of :mod:`.gazetteer`);
and the province a text names most (:func:`dominant_province`), for departments written
as 省…厅.

Nothing is guessed: a masked name (**区), a name that names no place (审管办, 我区), a bare
name shared by several divisions (朝阳区) or a name not valid in the year (洪泽县 in
2017) leave the code empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import LAST_YEAR, PlaceMatch, parse_place, year_table

__all__ = ["PROVINCES", "MUNICIPALITIES", "Place", "report_place", "place_of", "place_names", "dominant_province",
           "province_counts"]

PROVINCES = (
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省",
    "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省",
    "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
    "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
    "香港特别行政区", "澳门特别行政区",
)
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
_PROVINCE_RE = re.compile("|".join(PROVINCES))
_PROVINCE_SHORT = {p: re.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "", p)
                   for p in PROVINCES}


#: (province, short name + 省 when the short name has 2+ characters), in PROVINCES order
_PROVINCE_FORMS = tuple((p, _PROVINCE_SHORT[p] + "省" if len(_PROVINCE_SHORT[p]) >= 2 else None)
                        for p in PROVINCES)
_PLACE_CITY = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:自治州|地区|盟|市|综合实验区))")
_PLACE_COUNTY = re.compile(r"([\u4e00-\u9fff]{1,4}?(?:自治县|县|区|旗|市))(?!场|管理|级)")


def place_names(*names: str | None) -> tuple[str | None, str | None, str | None]:
    """(province, city, county) named in the agency, title or signature, read by the
    patterns of 省, 市 and 县/区 names (no gazetteer: a city does not give its province).
    Kept for code that used it; :func:`report_place` is what gdrkit uses."""
    province = city = county = None
    for n in names:
        if not n:
            continue
        if province is None:  # the first province named stays
            for p, short_sheng in _PROVINCE_FORMS:
                if p in n or (short_sheng is not None and n.startswith(short_sheng)):
                    province = p
                    break
        rest = n
        if province and province in rest:
            rest = rest.split(province, 1)[1]
        m = _PLACE_CITY.match(rest)
        if m and not m.group(1).endswith("城市") and city is None:
            if province in MUNICIPALITIES or m.group(1) not in PROVINCES:
                city = m.group(1)
                rest = rest[m.end():]
        if city and rest.startswith(city):  # a later name that repeats the city: not its county
            rest = rest[len(city):]
        m = _PLACE_COUNTY.match(rest)
        if m and county is None and len(m.group(1)) >= 2:
            county = m.group(1)
    if province in MUNICIPALITIES and city is None:
        city = province
    return province, city, county


# Counting province names: no name overlaps another, so each count is text.count(p).
# The three-character names end in 省 or 市: a scan for that literal, looking back at
# the two characters before it, counts them all at once (a pattern that opens with
# the names would try them at every position). The others (黑龙江省, the 自治区 and
# 特别行政区) are counted one by one, where their common ending occurs.
_PROVINCE_3 = {end: re.compile(f"{end}(?<=({'|'.join(p[:2] for p in PROVINCES if len(p) == 3 and p[2] == end)}){end})")
               for end in "省市"}
_PROVINCE_LONG = {
    "黑龙江省": ("黑龙江省",),
    "自治区": ("内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区"),
    "特别行政区": ("香港特别行政区", "澳门特别行政区"),
}
assert sorted(p for names in _PROVINCE_LONG.values() for p in names) == sorted(
    p for p in PROVINCES if not (len(p) == 3 and p[2] in _PROVINCE_3))


def province_counts(text: str) -> dict[str, int]:
    """How often ``text`` names each province it names (what ``_PROVINCE_RE.findall``
    finds, counted)."""
    counts: dict[str, int] = {}
    for end, pat in _PROVINCE_3.items():
        for two in pat.findall(text):
            counts[two + end] = counts.get(two + end, 0) + 1
    for ending, names in _PROVINCE_LONG.items():
        if ending in text:
            for p in names:
                n = text.count(p)
                if n:
                    counts[p] = n
    return counts


def dominant_province(text: str) -> str | None:
    """The province a text names most, if it names one clearly (for agencies written
    as 省…厅, whose province the text names elsewhere, e.g. 《河北省实施…办法》)."""
    counts = province_counts(text)
    if not counts:
        return None
    counts = {p: counts[p] for p in PROVINCES if p in counts}  # max() breaks ties in this order
    best = max(counts, key=counts.get)
    return best if counts[best] >= 0.6 * sum(counts.values()) else None


# --------------------------------------------------------------------------- the gazetteer
@dataclass(frozen=True)
class Place:
    """The division an agency belongs to (all empty when unknown).

    ``adcode`` is its GB/T 2260 code, valid in the report's year; ``province``, ``city``,
    ``county`` are the names of the code's divisions (a city fills its province, a
    county its city too; the four municipalities are their own city; a county-level city
    under its province, such as 仙桃市, has no city); ``tier`` is ``provincial``,
    ``prefecture`` or ``county`` (or a zone's own tier, from place_aliases.csv);
    ``prefix`` is the place as the canonical names of its bodies start (河北省, 淮安市,
    宁波市镇海区: a district goes with its city; 平潭县; 平潭综合实验区); ``end`` is where the
    place ends in the agency's name (0 when the place came from elsewhere); ``zone`` says
    the place is a functional zone (whose government is its 管理委员会); ``names`` are the
    full and short names of its divisions (河北省, 河北), longest first.
    """

    adcode: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    tier: str | None = None
    prefix: str = ""
    end: int = 0
    zone: bool = False
    names: tuple[str, ...] = ()


def place_of(m: PlaceMatch, end: int = 0) -> Place:
    """The :class:`Place` of a match that found one division (``m.status == "ok"``)."""
    table = year_table(m.year) if m.year is not None else None
    if table is None or m.code not in table.name_of:
        return Place()
    chain = table.chain(m.code)
    names = [table.name_of[c] for c in chain]
    province = names[0]
    city = next((n for c, n in zip(chain[1:], names[1:]) if c.endswith("00")), None)
    if city is None and province in MUNICIPALITIES:
        city = province
    county = names[-1] if not m.code.endswith("00") else None
    tier = "provincial" if len(chain) == 1 else "prefecture" if m.code.endswith("00") else "county"
    own = names[-1]
    prefix = names[-2] + own if county and own.endswith("区") and len(names) > 1 else own
    alias = m.alias
    words = {*names, *(table.short_of[c] for c in chain)}
    if alias is not None:
        prefix = alias.name or prefix
        tier = alias.tier or tier
        words.add(alias.alias)
    words = tuple(sorted((w for w in words if len(w) >= 2), key=len, reverse=True))
    return Place(m.code, province, city, county, tier, prefix, end, zone=bool(alias and alias.name), names=words)


def _provincial_form(agency: str) -> bool:
    """省工业和信息化厅, 省人社厅, 教育厅: a provincial department that names no province."""
    return agency.startswith(("省", "自治区")) or agency.endswith("厅")


def report_place(agency: str | None, title: str | None, signature: str | None, text: str,
                 year: int | None) -> Place:
    """The place of a report's agency, valid in ``year``.

    From the agency's name as printed; when it names no place (琅琊镇), from the title or
    the signature; when it names a place shared by several divisions (朝阳区), from a
    title or signature that names one of them. A provincial department that names no
    province (省人力资源社会保障厅) gets the province ``text`` names most, when one clearly
    dominates (:func:`dominant_province`).
    """
    if not agency or "*" in agency:
        return Place()
    m = parse_place(agency, year)
    if m.status == "ok":
        return place_of(m, m.end)
    if m.status == "invalid":
        return Place()
    for other in (title, signature):
        if not other or "*" in other:
            continue
        o = parse_place(other, year)
        if o.status != "ok":
            continue
        if m.status == "none":
            return place_of(o)
        named = [c for c in year_table(o.year).chain(o.code) if c in m.codes]
        if named:  # ambiguous in the agency's name: the one of them the title names
            return place_of(PlaceMatch("ok", named[0], (named[0],), year=o.year), m.end)
    if m.status == "none" and _provincial_form(agency):
        table = year_table(LAST_YEAR if year is None else year)
        codes = table.codes.get(dominant_province(text) or "", ())
        if len(codes) == 1:
            return place_of(PlaceMatch("ok", codes[0], codes, year=table.year))
    return Place()
