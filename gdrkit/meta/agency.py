"""Who issued a report: the signature block, the agency (from the 发布机构 field, the
signature, the title or the opening sentence, as the text names it) and its level."""

from __future__ import annotations

import re

from .patterns import DATE, ORG, ORG_SUFFIX, YEAR, header_field
from .places import PROVINCES

__all__ = ["signature", "report_agency", "agency_from", "printed_agency", "agency_level"]


def _last_lines(text: str, k: int) -> list[str]:
    """The last ``k`` non-empty stripped lines of ``text`` (``[ln.strip() for ln in
    text.strip().split("\n") if ln.strip()][-k:]``), without splitting the whole text."""
    n = 2 * k
    while True:
        parts = text.rsplit("\n", n)
        whole = len(parts) <= n  # every line is in parts
        lines = [s for s in (ln.strip() for ln in (parts if whole else parts[1:])) if s]
        if whole or len(lines) >= k:
            return lines[-k:]
        n *= 4


_SIG_ONE_LINE = re.compile(
    rf"[。；;!！]\s*([\u4e00-\u9fff]{{2,30}}?{ORG_SUFFIX})\s*(?:\n\s*)?{DATE.pattern}[^。]{{0,40}}$")
_SIG_PROVINCE = re.compile(
    r"((?:{provinces})[省市]?[\u4e00-\u9fff]{{1,20}}?{org})\s*{date}[^。]{{0,40}}$".format(
        provinces="|".join(p[:-1] if p.endswith("省") else p for p in PROVINCES),
        org=ORG_SUFFIX, date=DATE.pattern))


def signature(text: str) -> str | None:
    """The organisation that signs the report at its end (its last lines, or the sentence
    before the closing date of a one-line report); None when there is none."""
    lines = _last_lines(text, 4)
    for ln in reversed(lines):
        if "年" in ln:  # a date needs 年
            # ln2 keeps each character of ln that is not whitespace or a parenthesis,
            # but those of dates: at most 13 a date, and a date has one 年. With more
            # than 30 left, ln2 is too long anyway: skip the scan for dates.
            kept = len("".join(ln.split())) - sum(ln.count(ch) for ch in "()（）")
            if kept - 13 * ln.count("年") > 30:
                continue
        ln2 = (DATE.sub("", ln) if "年" in ln else ln).strip(" ()（）")
        if ln2 and len(ln2) <= 30 and ORG.match(ln2):
            return ln2
    # one-line reports: "…工作。河北省教育厅2014年1月16日"
    m = _SIG_ONE_LINE.search(text[-200:])
    if m:
        return m.group(1)
    m = _SIG_PROVINCE.search(text[-200:])
    if m:
        return m.group(1)
    return None


_AG_TITLE = re.compile(rf"\s*([\u4e00-\u9fff()（）]{{2,40}}?)\s*(?:关于)?{YEAR}\s*年度?")
_AG_TITLE_NOT = re.compile(r"政府信息公开|政务公开|信息公开|工作")
_AG_HEAD = re.compile(rf"\s*#*\s*([\u4e00-\u9fff]{{2,30}}?{ORG_SUFFIX})\s*\n?\s*{YEAR}\s*年度?\s*(?:的)?\s*(?:政府信息公开|政务公开|信息公开)")
_AG_NAMED = re.compile(rf"(?:《|发布|编制了?)\s*([\u4e00-\u9fff]{{2,30}}?{ORG_SUFFIX})\s*{YEAR}\s*年度?\s*(?:的)?\s*(?:政府信息公开|政务公开|信息公开)")
_AG_SOURCE = re.compile(rf"来源\s*[:：]\s*([\u4e00-\u9fff()（）]{{2,40}}?{ORG_SUFFIX}(?:[(（][^)）]{{1,30}}[)）])?)(?=\s|$)")
_AG_PAREN = re.compile(r"(?<=[\u4e00-\u9fff])[(（][^()（）]{1,30}[)）]$")
_AG_OFFICE = re.compile(r"(人民政府|管委会|管理委员会|[^办]局)办公(?:室|厅)$")


def report_agency(text: str, raw: str = "", title: str | None = None) -> str | None:
    """The issuing agency: 发布机构 field, the signature block, or the title's prefix."""
    return agency_from(text, raw, title, signature(text))


def agency_from(text: str, raw: str, title: str | None, sig: str | None) -> str | None:
    """:func:`report_agency` with the signature already read (``sig``: :func:`signature` of
    ``text``, None when the report has none)."""
    return printed_agency(text, raw, title, sig)[0]


def printed_agency(text: str, raw: str, title: str | None, sig: str | None) -> tuple[str | None, str | None]:
    """(agency, masked): the agency as :func:`agency_from` reads it, and when it finds
    none, the first name whose places are masked (**区人民政府: never an agency, but it
    tells the agency's type and tier)."""
    masked = None
    for c in _agency_candidates(text, raw, title, sig):
        c = c.strip()
        if len(c) < 2 or c in _BARE_OFFICES:  # 发布机构: 办公室 (whose?)
            continue
        c = _AG_PAREN.sub("", c)  # 亳州市城市管理局(…执法局)
        # the government's office compiles the government's report; a bureau's office its bureau's
        c = _AG_OFFICE.sub(r"\1", c)
        if "*" in c:
            masked = masked or c
            continue
        return c, None
    return None, masked


_BARE_OFFICES = ("办公室", "办公厅", "综合科", "综合办公室")


def _agency_candidates(text: str, raw: str, title: str | None, sig: str | None) -> list[str]:
    """The names that may be the agency, the likeliest first."""
    cands = []
    f = header_field(raw or text, "发布机构", "发文机关", "发布单位")
    if f:
        cands.append(f.split()[0])
    if sig:
        cands.append(sig)
    m = _AG_TITLE.match(title or "")
    if m and not _AG_TITLE_NOT.search(m.group(1)):
        cands.append(m.group(1))
    m = _AG_HEAD.match(text)
    if m:
        cands.append(m.group(1))
    m = _AG_NAMED.search(text[:1500])
    if m:
        cands.append(m.group(1))
    m = _SUBJECT.search(text[:2500])
    if m and not m.group("org").startswith(("我", "本", "全")):
        cands.append(m.group("org"))
    m = _AG_SOURCE.search(raw or text)
    if m:
        cands.append(m.group(1))
    return cands


_SUBJECT = re.compile(
    rf"{YEAR}\s*年(?:度)?(?:以来)?\s*[,，]?\s*(?P<org>(?:[\u4e00-\u9fff]{{2,6}}?(?:省|市|县|区))?"
    rf"[\u4e00-\u9fff]{{1,16}}?(?:厅|局|委员会|人民政府|管委会|管理委员会|办))(?=坚持|主动|深入|认真|紧紧|全面|按照|以|在|始终|高度|积极|围绕|持续|进一步|贯彻|牢固|聚焦|继续)")


# agency_level's patterns, compiled once (re.search with a pattern string looks it up
# in re's cache at every call); the unanchored literal ones are tested with ``in``
_LV_PARENS = re.compile(r"[()（][^()（）]*[)）]")
_LV_TOWN = re.compile(r"(镇|乡|街道办事处|街道)(人民政府)?$")
_LV_TOWN_END = re.compile(r"[镇乡]$")
_LV_DISTRICT = re.compile(r"[^城]区(人民政府|政府|委|$)|[^城小社园]区[^域]")
_LV_ZONE_BOARD = re.compile(r"(综合实验区|新区)(管委会|管理委员会)$")
_LV_BOARD = re.compile(r"(管委会|管理委员会)$")
_LV_ZONE = re.compile(r"(综合实验区|新区)$")
_LV_GOV = re.compile(r"(人民政府|政府|管委会|管理委员会)(办公厅|办公室)?$")
_LV_GOV_PLACE = re.compile(r"(省|自治区|市|县|旗|区)$")
_LV_ORG = re.compile(ORG_SUFFIX + "$")


def agency_level(agency: str | None) -> tuple[str | None, str | None, str | None]:
    """(level, agency_type, tier) from the agency's name alone, in the old words.

    Deprecated with the ``level`` column it fills (kept one release): the ``agency_type``
    and ``tier`` columns of ``reports`` come from :func:`gdrkit.meta.canonical.canonical_agency`,
    with the agency's place from the gazetteer (``provincial`` ..., not 省级 ...).

    ``level`` is one of 省级, 市级, 县级, 乡镇 for a government and 部门 for a department;
    ``tier`` is the administrative tier of the government the agency belongs to (a
    provincial department has level 部门 and tier 省级); ``agency_type`` is
    ``government`` or ``department``.
    """
    if not agency:
        return None, None, None
    a = _LV_PARENS.sub("", agency)
    tier = None
    if _LV_TOWN.search(a) or _LV_TOWN_END.search(a):
        return "乡镇", "government", "乡镇"
    if "县" in a or "旗" in a or _LV_DISTRICT.search(a):
        tier = "县级"
    elif "市" in a and "城市" not in a.split("市")[0] + "市":
        tier = "市级"
    elif "市" in a:
        tier = "市级"
    if ("省" in a or "自治区" in a) and not any(c in a.split("省")[-1] for c in "市县区"):
        tier = "省级"
    if any(c + "市" in a for c in ("北京", "天津", "上海", "重庆")) and "区" not in a and "县" not in a:
        tier = "省级"
    if _LV_ZONE_BOARD.search(a):
        tier = "市级"
    elif _LV_BOARD.search(a) and tier is None:
        tier = "县级"
    if _LV_ZONE.search(a):
        tier = "市级"
    is_gov = bool(_LV_GOV.search(a) or _LV_GOV_PLACE.search(a))
    if is_gov:
        return tier, "government", tier
    if _LV_ORG.search(a):
        return "部门", "department", tier
    return None, None, tier
