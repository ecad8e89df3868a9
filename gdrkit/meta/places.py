"""Places named in a report: its province (of the 34 provincial units), city and county,
from the agency, title and signature, or the province the text names most."""

from __future__ import annotations

import re

__all__ = ["PROVINCES", "place_names", "dominant_province", "province_counts"]

PROVINCES = (
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省",
    "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省",
    "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
    "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
    "香港特别行政区", "澳门特别行政区",
)
_PROVINCE_RE = re.compile("|".join(PROVINCES))
_PROVINCE_SHORT = {p: re.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "", p)
                   for p in PROVINCES}


#: (province, short name + 省 when the short name has 2+ characters), in PROVINCES order
_PROVINCE_FORMS = tuple((p, _PROVINCE_SHORT[p] + "省" if len(_PROVINCE_SHORT[p]) >= 2 else None)
                        for p in PROVINCES)
_PLACE_CITY = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:自治州|地区|盟|市|综合实验区))")
_PLACE_COUNTY = re.compile(r"([\u4e00-\u9fff]{1,4}?(?:自治县|县|区|旗|市))(?!场|管理|级)")


def place_names(*names: str | None) -> tuple[str | None, str | None, str | None]:
    """(province, city, county) named in the agency, title or signature."""
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
            if province in ("北京市", "天津市", "上海市", "重庆市") or m.group(1) not in PROVINCES:
                city = m.group(1)
                rest = rest[m.end():]
        if city and rest.startswith(city):  # a later name that repeats the city: not its county
            rest = rest[len(city):]
        m = _PLACE_COUNTY.match(rest)
        if m and county is None and len(m.group(1)) >= 2:
            county = m.group(1)
    if province in ("北京市", "天津市", "上海市", "重庆市") and city is None:
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
