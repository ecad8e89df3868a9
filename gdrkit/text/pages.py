"""The marks of a paged document in its text: page markers (``- 3 -``) and running headers,
dropped by :func:`gdrkit.clean.clean_text` and recorded in its removals."""

from __future__ import annotations

import re

__all__ = ["drop_pages", "join_hard_wraps", "printed_width"]

_PAGE_MARKER = re.compile(r"^[ \t]*[-—–]{1,3}\s*\d{1,3}\s*[-—–]{1,3}[ \t]*$\n?", re.M)
#: a line holding one table cell: a number or a dash printed for zero
_CELL_LINE = re.compile(r"[ \t]*(?:\d+|[-—–－]{1,2})[ \t]*")
# what follows a page marker's first dash, one pattern per dash: each opens with a
# literal, so its scan skips from dash to dash; no match, no page marker
_PAGE_MARKER_TAILS = tuple((d, re.compile(re.escape(d) + r"\s*\d{1,3}\s*[-—–]{1,3}[ \t]*$", re.M)) for d in "-—–")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: what a running header never holds: a clause's mark, a negation, a count (全年未收取任何费用 said twice) or cells, words
#: apart by spaces twice (a table's header row, 项目 总计 自然人 …; not a title's 2024 年…报告)
_NO_HEADER = re.compile(r"[，,。；;！？!?]|未|无|没有|不|零|\d+\s*[件条元]|\d[ \t|]+\d|"
                        r"[\u4e00-\u9fff][ \t\u3000]+[\u4e00-\u9fff].*[\u4e00-\u9fff][ \t\u3000]+[\u4e00-\u9fff]")
#: a page marker inside a line between two Chinese characters (无 - 5 - 法提供), spaces around its dashes
_MARKER_IN_WORD = re.compile(r"(?<=[\u4e00-\u9fff]) [-—–] ?\d{1,3} ?[-—–] (?=[\u4e00-\u9fff])")


def drop_pages(text: str, removed: list[tuple[str, str]]) -> str:
    """The text without its page markers (``- 3 -``) and, where it had some, its running
    header (:func:`_drop_running_headers`); both recorded in ``removed``. A page break inside a
    line (a text flattened to one line: …申请1 — 2 — <the title>26件) goes with the title
    printed after it."""
    text = _drop_inline_pages(text, removed)
    if not any(d in text and tail.search(text) for d, tail in _PAGE_MARKER_TAILS):
        return text
    headers = _lines_beside_markers(text)
    text = _PAGE_MARKER.sub(lambda m: _page_marker(m, removed), text)
    return _drop_running_headers(text, headers, removed) if any(k == "page_marker" for k, _ in removed) else text


def _page_marker(m: re.Match[str], removed: list[tuple[str, str]]) -> str:
    """"" for a page marker (``- 3 -``, recorded in ``removed``); kept when it spreads over
    lines (—, 3, — one per line) between lines that hold one table cell each: cells
    printed one per line, dashes for zero, not a marker."""
    s = m.string
    if "\n" in m.group(0).rstrip("\n"):
        a, b = m.start(), m.end()
        before = s.rfind("\n", 0, max(0, a - 1))
        after = s.find("\n", b)
        if _CELL_LINE.fullmatch(s, before + 1, max(before + 1, a - 1)) or \
                _CELL_LINE.fullmatch(s, b, after if after >= 0 else len(s)):
            return m.group(0)
    removed.append(("page_marker", m.group(0).strip()[:80]))
    return ""


def _drop_inline_pages(text: str, removed: list[tuple[str, str]]) -> str:
    """The text without each page marker inside a line that the document's title follows
    (— 2 — 某局2018年…年度报告): a page break and its running header, joining what they split;
    and without each one between two characters of a word (无 - 5 - 法提供, a PDF's text
    flattened to one line)."""
    k = text.find("报告", 0, 80)
    title = text[:k + 2].strip() if k > 0 else ""
    if len(title) >= 8 and text.count(title) >= 2:
        pat = re.compile(r"[ \t]*[-—–][ \t]*\d{1,3}[ \t]*[-—–][ \t]*" + re.escape(title) + r"[ \t]*")
        text = pat.sub(lambda m: removed.append(("page_marker", m.group(0).strip()[:80])) or "", text)
    # (no title after it: a marker between two characters of a word, （四）无 - 5 - 法提供, is no table's cells)
    return _MARKER_IN_WORD.sub(lambda m: removed.append(("page_marker", m.group(0).strip()[:80])) or "", text) \
        if " -" in text or " —" in text or " –" in text else text


def _lines_beside_markers(text: str) -> set[str]:
    """The running headers (or footers) of a paged document however they read (its title,
    its agency, 附件：…): a line of words printed again and again, right after or before a
    page marker (blank lines aside) at two or more of its places, and nowhere else (a title,
    …报告, once more at the top); not a line that stands once between two markers, nor one
    a header never is (:data:`_NO_HEADER`)."""
    places: dict[str, set[int]] = {}
    for m in _PAGE_MARKER.finditer(text):
        # (a header is short: 200 characters either side hold it and the blank lines around it)
        a = max(0, m.start() - 200)
        before = text[a:m.start()].rstrip()
        at = before.rfind("\n") + 1
        after = text[m.end():m.end() + 200]
        lead = len(after) - len(after.lstrip())
        for line, pos in ((before[at:].strip(), a + at), (after.lstrip().partition("\n")[0].strip(), m.end() + lead)):
            if len(line) >= 6 and _CJK.search(line) and not _NO_HEADER.search(line):
                places.setdefault(line, set()).add(pos)  # (a header is no sentence, no table's row)
    # (printed nowhere else, but a title once more at the top)
    return {line for line, at in places.items()
            if len(at) >= 2 and len(re.findall(r"(?m)^[ \t]*" + re.escape(line) + r"[ \t]*$", text)) <= len(at) + (
                "报告" in line)}


def _drop_running_headers(text: str, headers: set[str], removed: list[tuple[str, str]]) -> str:
    """The text of a paged document without its running headers: the lines of ``headers``
    and any later line that is the document's first line (its title, printed again at the
    top of each page, often in the middle of a sentence), each recorded in ``removed``; the
    first line stays."""
    head = text.lstrip("\n")
    title = head[:head.find("\n")].strip() if "\n" in head else ""
    if len(title) >= 6 and text.count(title) >= 2:
        headers = headers | {title}
    if not headers:
        return text
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip())
    kept = [line for i, line in enumerate(lines) if i <= first or line.strip() not in headers]
    if len(kept) < len(lines):
        removed.extend(("running_header", h[:80]) for h in sorted(headers)
                       if any(line.strip() == h for line in lines[first + 1:]))
    return "\n".join(kept)


#: what ends a sentence (not a colon: a full line ending in one goes on, unless an item opens the next)
_STOPS = frozenset("。；！？;!?")
_INNER_MARK = re.compile(r"[，,、。；;]")
_WIDE = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")
#: what a heading does not hold (五、因政府信息公开申请行政复议、提起行政诉讼的情况): a clause's mark, a number
_SENTENCE_MARK = re.compile(r"[，,。：:\d]")
#: a line of a table: cells apart by bars, tabs or runs of spaces, or a run of numbers
_TABLE_ROW = re.compile(r"[|｜│]|\t|\S {2,}\S|\d[ ,、]+\d+[ ,、]+\d")
#: what opens a line that starts something of its own: a heading's marker, an item's number,
#: a table's bar, a page's Markdown heading
_OPENS = re.compile(r"[ \t]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．)]|[|｜#]|第[一二三四五六七八九十]+)")


def printed_width(line: str) -> int:
    """The printed width of a line: 2 for a CJK or full-width character, 1 for the rest."""
    return len(line) + len(_WIDE.findall(line))


def join_hard_wraps(text: str, removed: list[tuple[str, str]]) -> str:
    """A text whose paragraphs break at one printed width (a PDF's text saved as a text
    file): each line that fills that width and does not end a sentence goes on in the next
    line (the line break removed), unless the next line is empty or opens a heading, an item,
    a table row. Recorded once in ``removed``. A text without that width, or whose lines
    are mostly of other lengths, is returned as it is: only a layout's wraps are joined, never
    a line a writer ended."""
    lines = text.split("\n")
    # (lines narrower than any page's wrap, headings and the like, or wider than a page's, paragraphs a writer ended,
    # say nothing of its width; a line of prose has
    # ten characters of words and a mark inside it: a label and its value, 行政复议—结果维持:0, has none)
    open_lines = [i for i, line in enumerate(lines) if 24 <= len(line) <= 90 and line.rstrip()[-1:] not in _STOPS]
    if len(open_lines) < 6:
        return text
    prose = {i: w for i in open_lines for line in (lines[i].rstrip(),) for w in (printed_width(line),)
             if w >= 45 and w - len(line) >= 10 and _INNER_MARK.search(line) and not _TABLE_ROW.search(line.strip())}
    open_ended = [w for w in prose.values() if w >= 48]
    if len(open_ended) < 6:
        return text
    width = max(set(open_ended), key=lambda w: sum(abs(x - w) <= 3 for x in open_ended))
    near = sum(abs(x - width) <= 3 for x in open_ended)
    if near < 0.5 * len(open_ended):
        return text
    # (where page markers were dropped, a paragraph goes on over the blank lines they left)
    gap = 4 if any(k == "page_marker" for k, _ in removed) else 1
    joined, dropped = 0, set()
    for i, w in prose.items():
        line = lines[i].rstrip()
        j = next((k for k in range(i + 1, min(len(lines), i + 1 + gap)) if lines[k].strip()), None)
        if j is not None and abs(w - width) <= 3 and line[-1:] not in _STOPS and not _OPENS.match(lines[j]) \
                and not ((m := _OPENS.match(line)) and not _SENTENCE_MARK.search(line, m.end())):  # (a heading as wide)
            lines[i] = line + "\0"
            dropped.update(range(i + 1, j))
            joined += 1
    if not joined:
        return text
    removed.append(("hard_wrap", f"{joined} line breaks at a printed width of {width}"))
    return "\n".join(line for k, line in enumerate(lines) if k not in dropped).replace("\0\n", "")
