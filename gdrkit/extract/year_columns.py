"""Tables 3 and 4 printed for two years side by side (事项 | 2023年 | 2024年 | 增减; a table 4
with a row per year): the report's year kept, the other years' cells blanked, so that
the tables' readers see the table of the year the report is about (the text's length and
every span unchanged). The identities then check the column kept, as any other. So too a
table 3 printed for the agency and its units side by side (项目 | 局机关 | 局属单位 | 合计):
the agency's own column kept."""

from __future__ import annotations

import re

from .agency_names import named_own

__all__ = ["the_years_cells"]

#: a year as a column's name (2023年, 2024年度, 2024, 2023年(总计), 2023年总计)
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)\s*(?:年度?)?")
#: a cell of a row: a count, a change (+13, -3), a dash
_NUM = re.compile(r"(?<![\d.])[+\-−]?\d+(?:,\d{3})*(?![\d.])")
#: a header of year columns: its first field a name (事项, 项目, 指标), then two years or more
_HEAD = re.compile(r"(?m)^[ \t|]*(?:事\s*项|项\s*目|指\s*标|类\s*别|内\s*容)[ \t|]*((?:20\d\d\s*(?:年度?(?:\(?(?:总计|合计)\)?)?[ \t|]*|[ \t|]+)){1,3}20\d\d\s*(?:年度?(?:\(?(?:总计|合计)\)?)?)?)"
                   r"(?:[ \t|]*(?:增减|增减数|变化|同比))?[ \t|]*$")
#: table 3's first row, right below its header, and the words of its rows numbered like headings
_T3_FIRST = re.compile(r"[^\n]*\n(?:[ \t|:\-]*\n)?[ \t|]*(?:一\s*[、.]\s*)?本\s*年\s*新\s*收")
_T3_ROW = re.compile(r"本\s*年\s*新\s*收|上\s*年\s*结\s*转|办\s*理\s*结\s*果|结\s*转\s*下")
_HEADING = re.compile(r"\s*(?:#+\s*)?[一二三四五六七八九十]+\s*[、.]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: a Markdown rule (|---|---|) or a blank line
_RULE = re.compile(r"[\s|:\-]*")
#: a header of table 3 whose columns are bodies (项目 | 局机关 | 局属单位 | 合计; 医院本部 | 托管医院 | 集团合计;
#: 县人民政府(本级) | 县人民政府办公室)
_BODY_HEAD = re.compile(r"(?m)^[ \t|]*(?:事\s*项|项\s*目|指\s*标)[ \t|]+(?P<cols>(?:[^\d\s|]{2,12}[ \t|]+){1,3}"
                        r"[^\d\s|]{2,12})[ \t|]*$")
#: the column of the agency itself among bodies' (局机关, 本级, 医院本部, 本机关)
_OWN_BODY = re.compile(r"机关|本级|本部|本院|本局|本委")
#: a row of table 4 for one year (2023 1 1 0 1 3 0 …, fifteen cells)
_T4_YEAR_ROW = re.compile(r"(?m)^[ \t|]*(20\d\d)\s*(?:年度?)?[ \t|]+((?:\d+[ \t|]+){14}\d+)[ \t|]*$")


def _blank(chars: list[str], a: int, b: int) -> None:
    chars[a:b] = [" "] * (b - a)


def _keep_column(chars: list[str], text: str, head_end: int, keep: int, counts: tuple[int, ...]) -> None:
    """Blank in ``chars`` every cell but the ``keep``-th of the rows under a header ending at ``head_end``
    (rows of as many cells as one of ``counts``: the columns named, and perhaps a change column)."""
    pos = head_end
    for line in text[head_end:].split("\n")[1:]:
        pos += 1
        nums = list(_NUM.finditer(line))
        label_end = nums[0].start() if nums else 0
        if nums and _CJK.search(line, 0, label_end) and len(nums) in counts:
            for k, x in enumerate(nums):
                if k != keep:
                    _blank(chars, pos + x.start(), pos + x.end())
        elif _RULE.fullmatch(line):
            pass  # (a Markdown rule, |---|---|, or a blank line)
        elif not _CJK.search(line):
            break  # (a line of numbers alone: not this table's row)
        elif _HEADING.match(line) and not _T3_ROW.search(line):
            break  # (the next section: not a row of table 3, 四、结转下年度继续办理)
        pos += len(line)


def the_years_cells(text: str, year: int | None) -> str:
    """``text`` with the cells of years other than ``year`` blanked in tables printed for
    several years (and a change column, 增减, too; all of them when no column is ``year``'s),
    and the year of table 4's row of ``year`` blanked; the same text when there is no such
    table or ``year`` is None."""
    if year is None:
        return text
    chars: list[str] | None = None
    for m in _HEAD.finditer(text):
        years = [int(y.group(1)) for y in _YEAR.finditer(m.group(1))]
        if len(set(years)) != len(years) or not _T3_FIRST.match(text, m.end()):
            continue  # (a table of table 3's rows: its first row right below; not table 2's, nor a summary's)
        chars = chars if chars is not None else list(text)
        # (no column the report's year: every cell blanked, none taken for another year's)
        _keep_column(chars, text, m.end(), years.index(year) if year in years else -1, (len(years), len(years) + 1))
    name = None
    for m in _BODY_HEAD.finditer(text):
        name = named_own(text) if name is None else name  # (the title's name: read once, where such a header is)
        names = [x for x in re.split(r"[ \t|]+", m.group("cols").strip(" \t|")) if x]
        own = [k for k, x in enumerate(names) if name and name in x] or [
            k for k, x in enumerate(names) if _OWN_BODY.search(x)]  # (the title's name: 县人民政府办公室, not 县人民政府(本级))
        if len(own) == 1 and _T3_FIRST.match(text, m.end()):
            chars = chars if chars is not None else list(text)
            _keep_column(chars, text, m.end(), own[0], (len(names),))
    rows = list(_T4_YEAR_ROW.finditer(text))
    if len(rows) >= 2 and any(int(r.group(1)) == year for r in rows):
        chars = chars if chars is not None else list(text)
        for r in rows:
            _blank(chars, *(r.span(1) if int(r.group(1)) == year else r.span()))
    return text if chars is None else "".join(chars)
