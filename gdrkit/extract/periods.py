"""The period a count covers, from the words before it: the years named (the report's,
another, a span of years, the base of a comparison) and parts of the year (a month, a
quarter), for :mod:`gdrkit.extract.scopes`."""

from __future__ import annotations

import re

from ..text.numerals import parse_year

__all__ = ["YEAR", "YEAR_BEFORE", "YEAR_RANGE", "years_spanned", "BASE_BEFORE", "BASE_AFTER", "since_earlier", "part_of_year",
           "aside_of_another_year", "year_context"]

#: a year (2016年, 二〇一六年)
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年|(?<![〇○零一二三四五六七八九])([一二][〇○零一二三四五六七八九]{3})年")
#: a year named as the base of a comparison (与2015年相比, 较2015年, 比2015年): not the period
BASE_BEFORE = re.compile(r"(?:与|较|比|同)$")
BASE_AFTER = re.compile(r"度?(?:相比|同期|比较)")
#: the year before a month (2019年1月)
YEAR_BEFORE = re.compile(r"((?:19|20)\d\d)年$")
#: a month or a quarter as the period of a count (今年1月收到申请1件, 第一季度, 上半年): a part of
#: the year; not a date (12月31日), a range (1-12月, 1月至12月) or the year's end (12月底)
PART_OF_YEAR = re.compile(r"(?<![\d至到\-—~－])(?:[1-9]|1[0-2])月份?(?![\d日底末至到\-—~－])|"
                          r"(?<!\d)(?:[1-9]|1[01])月份?(?:至|到|-|—|~|－)(?:[1-9]|1[01])月(?:份|底|末)?(?!\d)|"
                          r"第?[一二三四1-4]季度|上半年|下半年|前三季度")  # (1月至6月: not 1月至12月)
#: the whole year named after a month (成立,当年…, 全年…)
WHOLE_YEAR = re.compile(r"[,;]\s*(?:当年|全年|本年度?|今年)")
#: a span of years (2016—2018年, 2016至2018年, 2008年5月至2011年底): a count over them is no one year's
#: (where the two years differ: 2013年1月1日至2013年12月31日 is the year)
YEAR_RANGE = re.compile(r"((?:19|20)\d\d)年?(?:\d{1,2}月(?:\d{1,2}日)?份?)?\s*[—–\-－~～至到]\s*(?!\1)(?:19|20)\d\d年")
_TWELVE_MONTHS = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(?:(\d{1,2})日)?\s*[—–\-－~～至到]\s*((?:19|20)\d\d)年(\d{1,2})月(?:(\d{1,2})日)?")


def years_spanned(ctext: str, a: int, b: int, year: int | None) -> list[tuple[int, int]]:
    """The spans of years named in ctext[a:b] (:data:`YEAR_RANGE`), but for a reporting period of
    twelve months or less that ends in the report's year (2013年12月1日至2014年11月30日 in 2014)."""
    out = []
    for m in YEAR_RANGE.finditer(ctext, a, b):
        t = _TWELVE_MONTHS.match(ctext, m.start())  # (2021年11月16日至2022年11月15日: twelve months, less a day)
        short = t and t.group(3) and t.group(6) and int(t.group(6)) < int(t.group(3))
        if not (t and year == int(t.group(4)) and 0 < (int(t.group(4)) - int(t.group(1))) * 12 + int(
                t.group(5)) - int(t.group(2)) - bool(short) <= 11):
            out.append((m.start(), m.end()))
    return out


def since_earlier(ctext: str, a: int, s: int, year: int | None) -> bool:
    """Whether an earlier year than the report's is named before a count (自2008年5月1日…
    至2009年底…累计), not as the base of a comparison (与2019年相比): a stock since then."""
    return year is not None and any((int(m.group(1)) if m.group(1) else parse_year(m.group(2)) or year) < year
                                    and not BASE_BEFORE.search(ctext, max(a, m.start() - 1), m.start())
                                    and not BASE_AFTER.match(ctext, m.end())
                                    for m in YEAR.finditer(ctext, a, s))


def part_of_year(ctext: str, a: int, b: int, year: int | None) -> bool:
    """Whether ctext[a:b] (the words before a number) names a month or a quarter of
    the report year as its period (今年1月, 第一季度), not one of another year (2023年1月统计,
    in a 2022 report: when the count was made)."""
    for m in PART_OF_YEAR.finditer(ctext, a, b):
        y = YEAR_BEFORE.search(ctext, max(0, m.start() - 5), m.start())
        if (y is None or year is None or int(y.group(1)) == year) and not WHOLE_YEAR.search(ctext, m.end(), b):
            return True  # (not 于2019年1月挂牌成立,当年主动公开…: the whole year named after the month)
    return False


def aside_of_another_year(ctext: str, parens, ns: int, year: int | None) -> bool:
    """Whether the number at ``ns`` stands in parentheses that name another year than the
    report's before it, and not the report's (2010年未发生…行政复议(2009年曾发生行政复议1件,已维持):
    the aside's count is 2009's, whatever year its sentence opened with)."""
    inside = [ps for ps, pe in parens if ps < ns < pe]
    if year is None or not inside:
        return False
    ys = [int(m.group(1)) if m.group(1) else parse_year(m.group(2)) for m in YEAR.finditer(ctext, max(inside), ns)
          if not BASE_BEFORE.search(ctext, max(0, m.start() - 1), m.start()) and not BASE_AFTER.match(ctext, m.end())]
    return bool(ys) and all(y is not None and y not in (year, year + 1) for y in ys)


#: after a count to the end of 2008: it holds older information, or the year's count follows
_OLDER = re.compile(r"施行前|以前|历史|其中(?:本年|今年|2008年|当年|条例施行)")


def year_context(text: str, a: int, b: int, year: int | None) -> bool:
    """Whether text[a:b] sets the report's year as the period (2021年以来, 本年度, 全年, 2013年共收到…: the year
    named as a period, 2013年, / 2013年共…, not as a date, 截至2013年, 至2013年底, nor in a name, 2013年政务公开工作要点), or
    the year is 2008, the regulation's first (in force from 1 May 2008: to its end is the year)."""
    window = text[a:b]
    if year == 2008 and not _OLDER.search(text, b, b + 80) or any(w in window for w in ("本年度", "全年", "今年以来", "本年以来")):
        return True
    for m in re.finditer(f"{year}年(?=度?(?:[,，]|共|全年|内|以来|期间|[我本全]))", window) if year is not None else ():
        if not re.search(r"(?:截至|截止|到|至)\s*$", window[max(0, m.start() - 3):m.start()]) and \
                window.rfind("《", 0, m.start()) <= window.rfind("》", 0, m.start()):
            return True
    return False
