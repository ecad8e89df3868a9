"""The names an agency's report gives itself: its title's name (named_own), the level the
title names it at, its name shortened at that level (县卫健委 of 某县卫生健康委员会), and the
words of its field (警务 of a 公安局), for :mod:`gdrkit.extract.caseload` and
:mod:`gdrkit.extract.respondents`."""

from __future__ import annotations

import re

__all__ = ["TITLE_YEAR", "YEAR_FIRST", "named_own", "abbreviates", "shortens", "title_level", "LEVEL_NAME"]

#: a title's year (2009年, 二〇〇九年; not a date line's 二〇一〇年一月)
TITLE_YEAR = r"(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年(?!\s*[\d一二三四五六七八九十]{1,2}\s*月)"

#: the agency a department's or an office's title names, before the year (…县财政局2008年…,
#: …区人民政府办公室\n关于2009年度…): the last of its organ words, after the place (县市场监督管理局: 市场…)
_TITLE_AGENCY = re.compile(r"(?:[省市县区旗州镇乡](?!场)|^)(?P<name>(?:市场|[^\s\d省市县区旗州镇乡,。]){0,10}?"
                           r"(?:办公室|局|委员会|厅|中心))[\s]*(?:关于)?" + TITLE_YEAR, re.M)
#: such a title with its year first (2019年度清漪县人民政府办公室政府信息公开工作年度报告)
YEAR_FIRST = re.compile(r"(?m)^[ \t]*" + TITLE_YEAR + r"度?[^\n\d]{0,16}?[省市县区旗州镇乡](?!场)(?P<name>(?:市场|[^\s\d省市县区旗州镇乡,。])"
                        r"{0,10}?(?:办公室|局|委员会|厅|中心))(?:政府信息公开|信息公开|政务公开)[^\n,，。]{0,10}?报告")


def named_own(text: str) -> str:
    """The name a department's or an office's report gives itself in its counts (财政局,
    政府办公室; 人民政府办公室 is also called 政府办公室), or "" (a government's report, or
    a title gdrkit cannot read)."""
    m = _TITLE_AGENCY.search(text, 0, 200) or YEAR_FIRST.search(text, 0, 200)
    if m is None or len(m.group("name")) < 2:
        return ""
    name = m.group("name")
    return name[2:] if name.startswith("人民政府") else name


#: the words an agency's field goes by that are not its name's (公安局's 警务信息, 税务局's 涉税信息)
_FIELD_NAMES = {"警务": "公安", "涉税": "税务", "企业": "公司", "院务": "院", "校务": "校"}  # (a company's 企业信息: its own)


def abbreviates(kind: str, name: str) -> bool:
    """Whether ``kind`` is the name's words or their abbreviation: its characters in the name's
    order (食品药品监管 of 食品药品监督管理局, 环保 of 环境保护局; not 财政预决算 of 财政局), or the
    name its field goes by (警务 of 公安局)."""
    rest = iter(name)
    return all(ch in rest for ch in kind) or _FIELD_NAMES.get(kind, "\0") in name


#: a name after its level, as agencies shorten theirs (县卫健委, 市人社局, 市局)
LEVEL_NAME = re.compile(r"[省市县区](?:[\u4e00-\u9fff]{0,6}?(?:委员会|局|委|办|厅|中心))")


def shortens(who: str, name: str, level: str) -> bool:
    """Whether ``who`` is the agency's ``name`` shortened at its own ``level`` (县人社局, 县卫健委
    of a 县…'s report; 市局 of a 市…局's, not 县局): its characters in the name's order."""
    short = who[1:] if who[:1] in "省市县区" else ""
    return bool(name and short) and who[0] == level and (short == name[-1:] or len(short) >= 3 and abbreviates(short, name))


def title_level(text: str, name: str) -> str:
    """The level the title names the agency at (县 of 某县人力资源和社会保障局), or ""."""
    at = text.find(name, 0, 200) if name else -1
    return text[at - 1] if at > 0 else ""
