"""The marks of a paged document in its text: page markers (``- 3 -``) and running headers,
dropped by :func:`gdrkit.clean.clean_text` and recorded in its removals."""

from __future__ import annotations

import re

__all__ = ["drop_pages"]

_PAGE_MARKER = re.compile(r"^[ \t]*[-—–]\s*\d{1,3}\s*[-—–][ \t]*$\n?", re.M)
#: a line holding one table cell: a number or a dash printed for zero
_CELL_LINE = re.compile(r"[ \t]*(?:\d+|[-—–－]{1,2})[ \t]*")
# what follows a page marker's first dash, one pattern per dash: each opens with a
# literal, so its scan skips from dash to dash; no match, no page marker
_PAGE_MARKER_TAILS = tuple((d, re.compile(re.escape(d) + r"\s*\d{1,3}\s*[-—–][ \t]*$", re.M)) for d in "-—–")
_CJK = re.compile(r"[\u4e00-\u9fff]")


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
    (— 2 — 某局2018年…年度报告): a page break and its running header, joining what they split."""
    k = text.find("报告", 0, 80)
    title = text[:k + 2].strip() if k > 0 else ""
    if len(title) < 8 or text.count(title) < 2:
        return text
    pat = re.compile(r"[ \t]*[-—–][ \t]*\d{1,3}[ \t]*[-—–][ \t]*" + re.escape(title) + r"[ \t]*")
    return pat.sub(lambda m: removed.append(("page_marker", m.group(0).strip()[:80])) or "", text)


def _lines_beside_markers(text: str) -> set[str]:
    """The running headers (or footers) of a paged document however they read (its title,
    its agency, 附件：…): a line of words printed again and again, right after or before a
    page marker (blank lines aside) at two or more of its places, and nowhere else but once
    (the title at the top); not a line that stands once between two markers."""
    places: dict[str, set[int]] = {}
    for m in _PAGE_MARKER.finditer(text):
        # (a header is short: 200 characters either side hold it and the blank lines around it)
        a = max(0, m.start() - 200)
        before = text[a:m.start()].rstrip()
        at = before.rfind("\n") + 1
        after = text[m.end():m.end() + 200]
        lead = len(after) - len(after.lstrip())
        for line, pos in ((before[at:].strip(), a + at), (after.lstrip().partition("\n")[0].strip(), m.end() + lead)):
            if len(line) >= 6 and _CJK.search(line):
                places.setdefault(line, set()).add(pos)
    return {line for line, at in places.items()
            if len(at) >= 2 and len(re.findall(r"(?m)^[ \t]*" + re.escape(line) + r"[ \t]*$", text)) <= len(at) + 1}


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
