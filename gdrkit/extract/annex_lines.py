"""The rows of a statistics annex: which measure a row's label names (:func:`measure_of`),
and the annexes of label-and-number rows with no unit column (:func:`label_lines`: 项目 |
数量, or lines under a 统计表 title; :func:`inline_pairs`: such an annex run onto one line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import RESULTS
from .statements import Cues
from .table3 import REPLY_GROUPS

__all__ = ["AnnexValue", "COUNT_MEASURE", "DASH_SAID", "LAWSUIT_PART", "ON_REQUEST_IN_CASES", "TITLE_AREA",
           "anothers_title", "inline_pairs", "label_lines", "measure_of"]

#: a row of one of the two kinds of lawsuit of table 4 (their sum is the lawsuits)
LAWSUIT_PART = re.compile(r"未经复议直接起诉|复议后起诉")
#: the measure of a row's label topic (as the statement model names topics)
_MEASURE = {"proactive": "proactive_items", "applications": "applications_received",
            "applications_generic": "applications_received", "on_request_items": "applications_received",
            "granted": "applications_granted", "partial": "applications_partial", "denied": "applications_denied",
            "reconsiderations": "reconsiderations", "lawsuits": "lawsuits", "fees": "fees_yuan",
            "unable": "applications_unable", "not_processed": "applications_not_processed"}
#: a word of charging in a fee row's label (收费减免金额 is the fees row; 减免费用 alone is waived)
_CHARGING = re.compile(r"收费|收取|实收|实际")
#: scopes that make a row another count than its measure: a part (a channel, a kind of
#: applicant, 其中…), what should be or was waived (应收取, 减免), requests withdrawn (撤回)
_PART_SCOPES = {"channel_web", "channel_social", "channel_app", "breakdown", "applicant", "subunit", "modal", "waiver",
                "withdrawn"}


@dataclass
class AnnexValue:
    measure: str
    value: float
    start: int
    end: int
    row_start: int
    qualifier: str = ""
    unit: str = ""



#: a label of another year's row (上年受理申请, 2015年…), not 上年结转 (the requests carried over)
_NOT_ITS_OWN = re.compile(r"(?:上一?年|去年|前年|(?:19|20)\d\d年)(?!度?结转)")
#: a label of requests sent on by another body (县政府转办申请); of a change (比上年增加受理申请, 同比增长)
_FORWARDED, _COMPARED = re.compile(r"转办|转交|转来"), re.compile(r"[比较]上一?年|同比|增加|减少|增长|下降|增减")


def measure_of(label: str, cues: Cues, measures: dict[str, str] | None = None) -> str | None:
    """The measure a row's label names, or None (a part, an outcome of a case, something else);
    ``measures``: the measure of each topic (default :data:`_MEASURE`: the rows of a pre-2019
    annex read line by line, with no row of carried requests; :data:`COUNT_MEASURE` adds them, as
    a local form has 转入下一年度办理数). A row it names 无法提供 or 不予处理 is that reply, as the
    prose's is, with its reasons named in it too (信息不存在或非本机关掌握、无法提供数), while
    信息不存在 / 非本机关 alone name none."""
    measures = measures or _MEASURE
    if LAWSUIT_PART.search(label):
        return None  # one of the two kinds of lawsuit (未经复议直接起诉 / 复议后起诉): a part
    if _NOT_ITS_OWN.match(label) or _FORWARDED.search(label) or _COMPARED.search(label):
        return None  # (上年受理申请, 2015年…: another year's; 县政府转办申请: sent on by another body; 比上年增加…: a change)
    if label.startswith("其中"):
        # a part of the row before (其中：网上申请); a kind of reply is its own measure
        # (收到申请 73 / 其中：同意公开 40)
        found = measure_of(label[2:].lstrip(":：、 "), cues, measures)
        return found if found in REPLY_GROUPS else None
    toks = []
    pos = 0
    while pos < len(label):
        m = cues.pattern.search(label, pos)
        if not m or not m.group():
            break
        toks.append(cues.kind.get(m.group(), ()))
        pos = m.end()
    feats = [kv for kv in toks]
    scopes = {v for kv in feats for f, v in kv if f == "scope"}
    topics = [v for kv in feats for f, v in kv if f == "topic"]
    if "waiver" in scopes and _CHARGING.search(label):
        scopes.discard("waiver")  # 收费减免金额: the annex's row of fees (charged, and waived)
    if scopes & _PART_SCOPES or any(f == "outcome" for kv in feats for f, _ in kv):
        return None
    if "other_reply" in topics and "无法提供" in label and set(topics) & set(RESULTS) - {"other_reply"} == {"unable"}:
        topics = [t for t in topics if t != "other_reply"]  # (信息不存在或非本机关掌握、无法提供数: its reasons, named)
    if "other" in topics or "other_reply" in topics or any(t not in measures for t in topics if t in _COUNT_ONLY) or (
            set(topics) & set(_COUNT_ONLY) and topics[0] not in _COUNT_ONLY):
        return None  # (本年受理申请数及上年结转数, 申请答复数含上年结转, | 本年新收件数 | 上年结转件数 |…: no one measure)
    for t in ("reconsiderations", "lawsuits", "fees", "granted", "partial", "denied", "unable", "not_processed",
              "carried_over", "carried_forward", "proactive", "applications", "on_request_items", "applications_generic"):
        if t in topics and t in measures:
            if t == "unable" and "无法提供" not in label:
                return None  # (本机关不掌握 3 in a pre-2019 annex: a kind of reply not called 无法提供)
            if t in ("on_request_items", "applications_generic") and not re.search(r"申请|受理", label.replace("依申请", "")):
                return None  # 依申请公开信息数: items disclosed on request, not requests
            return measures[t]
    return None


#: a row of the requests disclosed on request counted in 件 (依申请公开数): requests
ON_REQUEST_IN_CASES = re.compile(r"依申请公开(?:信息)?(?:总数|数|数量)")
#: the 2019 format's table 3 (本年新收政府信息公开申请数量, 申请人情况): not a two-column annex (本年新收申请 | 21 is one)
_TEMPLATE_T3 = re.compile(r"本\s*年\s*新\s*收\s*政\s*府\s*信\s*息|收到和处理政府信息公开申请|申\s*请\s*人\s*情\s*况")
#: an annex of two columns whose unit is in the header (项目 | 数量（件）, 统计指标 | 单位 | 统计数 with the
#: units left out of the rows): its header, on one line or one cell a line
_COUNT_HEAD = re.compile(r"(?m)^[ \t|]*(?:统\s*计\s*)?(?:项\s*目|指\s*标(?:\s*名\s*称)?|事\s*项|(?:答复|申请|办理|处理)?(?:类型|方式|类别|结果))(?:[ \t|]+|[ \t|]*\n[ \t|]*|(?=(?:19|20)\d\d\s*年))(?:单\s*位(?:[ \t|]+|[ \t|]*\n[ \t|]*))?"
                         r"(?:数\s*[量值]|[件条]\s*数|统\s*计\s*数|(?P<year>(?:19|20)\d\d)\s*年\s*度?)(?:\s*[（(](?:件|条|个|项)[）)])?[ \t|]*$")
#: words in parentheses in a row's label that hold a digit (…政府信息数（不同渠道和方式公开相同信息计1条）): blanked
def _own_line(m: re.Match) -> bool:
    """Whether an aside is the whole of its line (a note between rows, not a cell's or a title's)."""
    s = m.string
    return not s[s.rfind("\n", 0, m.start()) + 1:m.start()].strip() and not s[m.end():(s.find("\n", m.end()) + 1 or len(s) + 1) - 1].strip()


_A_NOTE, _NOTE_YEAR = re.compile(r"以下|同期|上一?年|去年|另有|另外"), re.compile(r"((?:19|20)\d\d)\s*年")
_DIGIT_ASIDE = re.compile(r"[（(][^（()）\d]{0,30}\d[^（()）\n]{0,20}[）)]")  # (wrapped: 政府信息数(不\n同渠道…计1条))
#: one of its rows: a label (its own unit in parentheses: 收费（元）) and one number
_COUNT_ROW = re.compile(r"[ \t|]*(?:\d{1,2}[.、．](?!\d))?(?P<label>[^\d\t|\n]{2,30}?)[ \t]*(?:[（(](?P<unit>万元|元|件|条|个|项)[）)]|"
                        r"[ \t|]+(?P<unit2>万元|元|件|条|个|项))?[ \t|]*(?P<val>\d[\d,]*(?:\.\d+)?|[〇○]|(?<=[ \t|])—)(?P<rate>%)?"
                        r"(?:[ \t]*(?P<unit3>万元|元|件|条|个|项))?[ \t|]*")  # (its unit after it: 主动公开政府信息  186 条)
#: topics a pre-2019 annex's rows do not count (requests carried), which the two-column annex
#: names with the 2019 words
_COUNT_ONLY = ("carried_over", "carried_forward")
#: the measures of the topics such an annex names besides those of :data:`_MEASURE`
COUNT_MEASURE = {**_MEASURE, "carried_over": "applications_carried_over",
                  "carried_forward": "applications_carried_forward"}


#: the title line of an annex with no header of columns (附表：2016年政府信息公开情况统计表)
_COUNT_TITLE = re.compile(r"(?m)^[ \t|]*[^\n]{0,40}统\s*计(?:\s*表)?[ \t|）)]*$")
#: a line between such a title and its first row: a unit, or column names with no number
_COUNT_PREAMBLE = re.compile(r"[^\d\n]{0,30}")


#: a title of another year's statistics or of a whole area's (全县教育系统…统计): not the agency's annex
_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
TITLE_AREA = re.compile(r"全[省市县区州旗镇乡]|系统|各[县市区部单乡镇]")


#: a note saying what a dash in the tables means (注:“—”表示本年度未统计该项数据): not 0
DASH_SAID = re.compile(r"[—－]”?\s*(?:表示|代表|指|为)")
#: a header of kinds (类别 | 件数, 答复类型 | 件数); words of another period or body over a table
_KINDS = re.compile(r"[ \t|]*(?:答复|申请|办理|处理)?(?:类型|方式|类别|结果)")
_ALL_CASES = re.compile(r"各类[^。]{0,20}案件|案件(?:情况|统计)")  # (本局办理各类行政复议、行政诉讼案件情况如下: all the bureau's)
_OTHERS = re.compile(r"上一?年|去年|同期|[局委厅]属|下属|所属|直属|系统")


def anothers_title(line: str, year: int | None, text: str) -> bool:
    """Whether a title line (附表…, …统计表) names another year and not the report's (2014年…对比; not a reporting
    period 2015年12月1日至2016年11月30日), or a whole area in a report not of a government (全县教育系统…统计)."""
    years = {int(m.group(1)) for m in _TITLE_YEAR.finditer(line) if not re.match(r"[^,;。]{0,3}(?:修订|修正|施行|颁布|出台|印发)",
                                                                                line[m.end():])}  # (not 2019年修订的《条例》)
    if years and year not in years and not re.search("相比|比较|较|同比", line):
        return True  # (2014年度我局政府信息公开情况: another year's; not 与2015年相比,…具体情况如下)
    if not re.match(r"[ \t|]*附[表件]", line) and not re.search(r"统\s*计\s*表?[)）]?[ \t|:]*$", line):
        return False  # (prose above a table: 根据全市统一部署,现将…统计如下 names no other table)
    return TITLE_AREA.search(line) is not None and not re.search(r"人民政府(?!办公)|^[^\n]{0,12}[县市区]\d{4}年", text[:60])


def _count_rows_start(text: str, year: int | None = None, after: int = 0) -> tuple[int, int] | None:
    """Where the rows of a two-column annex start (the line after its header 项目 | 数量（件）,
    or after its title and at most two lines without a number: 单位：件), and how many rows
    must follow for it to be read (1 after a header; 3 after a title alone, two of them
    naming a measure); the first after ``after``."""
    for m in _COUNT_HEAD.finditer(text, after):
        above = text[max(0, m.start() - 120):m.start()].rstrip().rsplit("\n", 1)[-1]  # (the line above it)
        row = _COUNT_ROW.fullmatch(above) is not None  # (a table's row: the same annex goes on, 合计 | 88)
        # (类别 | 件数, and any table after the first: of what, the words above say: …依申请公开情况, not 各类案件如下,
        # 行政复议…案件统计, 上年同期情况, 局属学校…情况; nor a title of another year's or a whole area's)
        if m.group("year") and int(m.group("year")) != year:
            continue  # (指标 | 2017年 in a report of 2018: another year's column)
        if row or (re.search("公开|申请", above) or not (after or _KINDS.match(m.group()))) and not (after and _OTHERS.search(above)) \
                and not anothers_title(above, year, text) and not (_ALL_CASES.search(above) and "公开" not in above):
            return m.end() + 1, 1
    for t in _COUNT_TITLE.finditer(text, after):
        if anothers_title(t.group(), year, text) or after and _OTHERS.search(t.group()):
            continue
        pos = t.end() + 1
        for _ in range(3):
            line = text[pos:].split("\n", 1)[0]
            if _COUNT_ROW.fullmatch(line):
                return pos, 3
            if not _COUNT_PREAMBLE.fullmatch(line):
                break
            pos += len(line) + 1
    return None


#: a two-column annex run onto one line with the text before it: its header, then a label
_INLINE_HEAD = re.compile(r"项\s*目[ \t]+数\s*[量值][ \t]*(?=[^\d\s|])")
#: a label and its number in such a line (收到申请总数49, 收到申请总数 49: cleaning may glue them)
_INLINE_PAIR = re.compile(r"(?P<label>[^\d\s|,;。:]{2,30}?)[ \t]*(?P<val>\d[\d,]*(?:\.\d+)?)[ \t]*")


def _take_pair(p: re.Match, offset: int, row_start: int, cues: Cues, out: dict[str, AnnexValue]) -> None:
    """A label-and-number pair (at ``offset`` in the text) as the first row of its measure, in
    ``out``: not a money row (its unit unknown without one)."""
    measure = measure_of(p.group("label"), cues, COUNT_MEASURE)
    if measure is not None and measure not in out and "元" not in p.group("label"):
        out[measure] = AnnexValue(measure, float(p.group("val").replace(",", "")), offset + p.start("val"),
                                  offset + p.end("val"), row_start, "", "")


def inline_pairs(text: str, cues: Cues) -> list[AnnexValue]:
    """A two-column annex whose rows were run onto one line (…附表:…统计 项目 数量 收到申请总数49
    其中当面12…同意公开27…, a scraped page without its line breaks): its label-and-number pairs
    after the header, to the first that is not one; read as :func:`label_lines` reads rows
    (the first of each measure whose label names one topic and no part), when three or
    more pairs follow and two of them name a measure."""
    m = _INLINE_HEAD.search(text)
    if m is None or _TEMPLATE_T3.search(text):
        return []
    out: dict[str, AnnexValue] = {}
    pos, n = m.end(), 0
    while (p := _INLINE_PAIR.match(text, pos)) is not None:
        n += 1
        _take_pair(p, 0, p.start(), cues, out)
        pos = p.end()
    return list(out.values()) if n >= 3 and len(out) >= 2 else []


#: a Markdown table's rule line (| --- | :---: |)
_MD_RULE = re.compile(r"[ \t|:\-—]*")
#: what may open a line of several label-and-number pairs (其中:, 办理结果:)
_PAIRS_LEAD = re.compile(r"[ \t|]*(?:[^\d\s|,;。:]{1,8}:)?")


def _pairs_line(line: str) -> list[re.Match] | None:
    """The label-and-number pairs of a line made of two or more of them and nothing else
    (其中:当面申请7网络申请49信函申请8), or None."""
    pos, pairs = _PAIRS_LEAD.match(line).end(), []
    while pos < len(line) and (p := _INLINE_PAIR.match(line, pos)) is not None:
        pairs.append(p)
        pos = p.end()
    return pairs if len(pairs) >= 2 and pos >= len(line.rstrip(" \t|")) else None


#: the name of a group of rows on its own line, no number and no clause (依申请公开, 二、行政复议情况),
#: not one that changes whose or which year's rows follow (全县汇总, 上年度情况, 附件)
_GROUP_LINE = re.compile(r"[ \t|]*(?![ \t|]*$)(?!.*(?:全[县市区省州]|上一?年|去年|各[县市区部单乡镇]|汇总|附件|年度情况))"
                         r"[^\d\n,，。;；:：]{2,24}[ \t|]*")
#: a label on its line and its number alone on the next (one cell a line)
_CELL_A_LINE = re.compile(r"(?m)^((?:\d{1,2}[.、．](?!\d))?[^\d\n|]{2,40})\n(\d[\d,.]*[ \t]*|[〇○—][ \t]*)$")
#: a label's line and a value's line of a table one cell a line
_A_LABEL, _A_VALUE = re.compile(r"[ \t]*(?:\d{1,2}[.、．](?!\d))?[^\d\n|]{2,40}"), re.compile(r"[ \t]*(?:\d[\d,.]*|[〇○—])[ \t]*")


def _numbered(text: str, pos: int) -> str:
    """A table one cell a line whose rows are numbered, 序号 | 项目 | 数量 (1 / 主动公开信息条数 / 57 / 2 / …), from
    ``pos``: each numbered label joined to its value (the same length: the number's line blanked, the line break
    a tab); a label whose next line is the next item's number, a label after it, has no value (2 / 受理申请件数 /
    3 / 其中：予以公开 / 2); a line between items (依申请公开情况, 全县汇总) stays a line of its own."""
    lines, n, i = text[pos:].split("\n"), 1, 0
    joined = [False] * len(lines)
    while i + 1 < len(lines):
        if lines[i].strip() != str(n) or not _A_LABEL.fullmatch(lines[i + 1]):
            i += 1
            continue
        lines[i], n = " " * len(lines[i]), n + 1
        nxt = lines[i + 2] if i + 2 < len(lines) else ""
        if _A_VALUE.fullmatch(nxt) and not (nxt.strip() == str(n) and i + 3 < len(lines) and _A_LABEL.fullmatch(lines[i + 3])):
            joined[i + 1], i = True, i + 3
        else:
            i += 2
    return text[:pos] + "".join(x + ("" if k == len(lines) - 1 else "\t" if joined[k] else "\n") for k, x in enumerate(lines))


_IN_ITEMS, _TOTAL_ROW = re.compile(r"条\s*数|[(（]条[)）]"), re.compile(r"合\s*计|总\s*计|共\s*计")  # (类别 | 条数 … 合计)


def label_lines(text: str, cues: Cues, year: int | None = None) -> list[AnnexValue]:
    """An annex of two columns, 项目 | 数量（件）, one row a line (本年受理申请	38 / 收费（元）	0),
    or of label and number lines under the annex's title (统计表, …情况统计) with no header (a line
    may hold several pairs: 予以公开28部分公开6), read to its first line that is not such a
    row: the first row of each measure whose label names
    one topic (as the cue file names them) and no part. Under a title alone the rows are
    read only when three or more follow it and two of them name a measure (a line of
    label and number is otherwise too common to be taken for an annex), and not under a
    title naming another year or a whole area (2015年…统计, 全县教育系统…统计)."""
    # (the same length: offsets kept; not a note naming another period or matter: (以下为2016年同期数据), (注:另有2件…))
    text = _DIGIT_ASIDE.sub(lambda m: m.group(0) if _own_line(m) and (_A_NOTE.search(m.group(0)) or any(
        int(y) != year for y in _NOTE_YEAR.findall(m.group(0)))) else " " * len(m.group(0)), text)
    out: dict[str, AnnexValue] = {}
    after = 0  # (several tables, 附表1 主动公开 and 附表2 依申请公开 under headers of their own: each read)
    while (start := _count_rows_start(text, year, after)) is not None:
        block, end = _label_block(text, start, cues)
        if _TEMPLATE_T3.search(text, max(0, start[0] - 40), end):
            break  # (a template's table 3 of its 总计 column alone is the table layer's, identities and all)
        for k, v in block.items():
            out.setdefault(k, v)
        after = max(end, start[0] + 1)
    return list(out.values())


def _label_block(text: str, start: tuple[int, int], cues: Cues) -> tuple[dict[str, AnnexValue], int]:
    """The rows of one block of :func:`label_lines` from ``start``, and where it ends (no rows: empty)."""
    # (one cell a line, 本年收到申请 / 11: each label and its number one row, the offsets kept)
    if text.startswith("1\n", start[0]):  # (序号 | 项目 | 数量: numbered rows)
        text = _numbered(text, start[0])
    elif _CELL_A_LINE.search(text, start[0], start[0] + 60):  # (its first rows so, perhaps after a group's line)
        text = text[:start[0]] + _CELL_A_LINE.sub("\\1\t\\2", text[start[0]:])
    pos, need = start
    out: dict[str, AnnexValue] = {}
    n_rows, group, parts, last = 0, False, False, pos
    # (主动公开…,分类情况如下 / 类别 | 条数: its 合计 row is the items published, its other rows kinds of them; not
    # 其中,主动公开规范性文件情况如下: a kind's)
    above = text[max(0, pos - 160):pos]
    items = "主动公开" in above and _IN_ITEMS.search(above) and not re.search("申请|复议|诉讼", above) and \
        re.search("类别|类型|分类", above[above.rstrip().rfind("\n", 0, len(above.rstrip()) - 1) + 1:])  # (类别 | 条数)
    whole = items and not re.search("其中|文件", above)
    for line in text[pos:].split("\n"):
        if _MD_RULE.fullmatch(line) and line.strip():  # (a Markdown table's rule under its header: |---|---|)
            pos += len(line) + 1
            continue
        r = _COUNT_ROW.fullmatch(line)
        if r is None and not line.strip() and (line or parts and text[pos - 2:pos - 1] != "\n"):
            pos += len(line) + 1  # (a note on a line of its own, blanked: （不同渠道…计1条）; one empty line among 其中's parts)
            continue
        if r is None:
            pairs = _pairs_line(line)
            if pairs is None and (n_rows or need == 1) and _GROUP_LINE.fullmatch(line) and not group:
                group, parts, pos = True, False, pos + len(line) + 1  # (a group's name between rows: 依申请公开 / 申请总数（件） 6)
                continue
            if pairs is None:
                break
            n_rows, group = n_rows + 1, False
            for p in pairs:  # (办理结果:予以公开28部分公开6不予公开5: several rows on one line, no units)
                _take_pair(p, pos, pos, cues, out)
            pos = last = pos + len(line) + 1
            continue
        label = "".join(r.group("label").split())
        n_rows, group, parts = n_rows + 1, False, parts or label.startswith("其中")
        measure = ("proactive_items" if whole and _TOTAL_ROW.fullmatch(label) else None) if items else measure_of(
            label, cues, COUNT_MEASURE)
        if measure is None and ON_REQUEST_IN_CASES.fullmatch(label) and "件" in (
                (r.group("unit") or "") + (r.group("unit2") or r.group("unit3") or "") + text[text.rfind("\n", 0, start[0] - 1) + 1:start[0]]):
            measure = "applications_received"  # 依申请公开数 | 13 under 数量（件）: requests
        value = 0.0 if r.group("val") in "〇○—" else float(r.group("val").replace(",", ""))  # (〇, —: none, as printed)
        if measure == "fees_yuan" and not (r.group("unit") or r.group("unit2") or r.group("unit3")) and value or r.group("val") == "—" and \
                DASH_SAID.search(text):
            measure = None  # (收取的费用 | 180: 元 or 万元, not said; — where a note says what it means: 未统计)
        if measure is not None and measure not in out and not r.group("rate"):  # (全文电子化率 100%: a row, no count)
            vs = pos + r.start("val")
            scale = 10000.0 if "万元" in (r.group("unit"), r.group("unit2"), r.group("unit3")) else 1.0
            out[measure] = AnnexValue(measure, value * scale, vs, vs + len(r.group("val")),
                                      pos, "", "yuan" if measure == "fees_yuan" else "")
        pos = last = pos + len(line) + 1
    return ({} if n_rows < need or len(out) < min(need, 2) else out), last  # (the end of its last row)

