"""Whether the headline figures survive the ways a report's text reaches a researcher.

The same report arrives as a PDF's text (hard line wraps, page numbers, running headers),
a Word file saved as text (blank lines, CRLF), a scraped page (no line breaks at all),
a PDF converted to Markdown (pipe tables), with full-width digits or half-width
punctuation, numbers spaced from their words, small counts in Chinese numerals, or
thousands separators. None of these changes what a careful reader reads, so none should
change a headline figure. :data:`PERTURBATIONS` rewrites a text in each of these ways
(deterministically, tables left as tables) and :func:`headline_robustness` compares the
headline figures of each rewritten text with those of the text as given: a value lost
is a miss, a value changed is a wrong number.

A check of the rules' generality on the reports at hand, with no new reports needed
(``scripts/robustness.py`` prints it per perturbation; the tests assert it on the dev set).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable

import pandas as pd

from ..clean import clean_text
from ..io.formats import html_to_text
from ..sections import segment_text
from ..text.pages import printed_width
from .confidence import is_headline
from .figures import extract_report

__all__ = ["PERTURBATIONS", "perturb_text", "headline_robustness", "headline_values", "html_page", "row_cells", "PAGE_STYLE"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
#: a line of a table (cells apart by spaces, tabs or bars) or of a statistics annex: kept whole
_TABLE_LINE = re.compile(r"\S\s{2,}\S|\t|[|｜│┃]|计量单位|指标名称|统计表|[\d０-９][\s,，、]+[\d０-９]+[\s,，、]+[\d０-９]|"
                         r"[;；,]\s*(?:\d+|[-—])\s*[;；,]")
_MARKUP = re.compile(r"</?[a-zA-Z][^<>]*>")
_INLINE_PAGE = re.compile(r"[—–-]\s*\d{1,3}\s*[—–-]")
#: what a line break never splits in a laid-out document: a run of digits or Latin letters
_UNBREAKABLE = re.compile(r"[0-9A-Za-z.,%/:-]+|.", re.S)
_CN_DIGITS = "〇一二三四五六七八九"
_ONE_CELL = re.compile(r"[\d,.]+|[—–\-/]{1,2}")
_CLOSING = frozenset("，。、；：？！）》」』”’,.;:?!)%")


def _is_prose(line: str) -> bool:
    """A paragraph a layout would wrap: words, no table, no markup, not a whole text
    flattened onto one line (a scraped page is no PDF; its page markers are inside it)."""
    return len(_CJK.findall(line)) >= 20 and len(line) <= 1500 and not _TABLE_LINE.search(line.strip()) \
        and not _MARKUP.search(line) and not _INLINE_PAGE.search(line)


def _wrap(text: str, width: int) -> str:
    """Each prose line broken at ``width`` Chinese characters' printed width (a digit or a
    Latin letter half of one), as a PDF's text has it: never inside a number or a Latin word,
    never before a closing mark; tables and short lines kept."""
    out = []
    for line in text.splitlines():
        if not _is_prose(line) or len(line) <= width:
            out.append(line)
            continue
        cur, used = "", 0
        for tok in _UNBREAKABLE.findall(line):
            w = printed_width(tok)
            # (a line never starts with a closing mark: it stays at the end of the one before)
            if cur and used + w > 2 * width and tok not in _CLOSING:
                out.append(cur)
                cur, used = "", 0
            cur, used = cur + tok, used + w
        out.append(cur)
    return "\n".join(out)


def _paged(text: str, *, header: bool, every: int = 18) -> str:
    """The text wrapped at 28 characters with a page number (— 2 —) on a line of its own every
    ``every`` lines (as a PDF's text layer gives it) and, with ``header``, the report's title
    printed again after it (a running header)."""
    title = next((ln.strip() for ln in text.splitlines() if "年度报告" in ln and len(ln.strip()) <= 40),
                 "政府信息公开工作年度报告")
    out = []
    for i, line in enumerate(_wrap(text, 28).splitlines()):
        out.append(line)
        if i and i % every == 0:
            out += [f"— {i // every + 1} —", title] if header else [f"— {i // every + 1} —"]
    return "\n".join(out)


def _chinese_numeral(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    tens = "十" if n < 20 else _CN_DIGITS[n // 10] + "十"
    return tens + (_CN_DIGITS[n % 10] if n % 10 else "")


def _blank_lines(text: str) -> str:
    """A Word file or a web page saved as text: a blank line after each paragraph, CRLF line
    ends. A table's lines (rows of cells, or one cell a line: a number, a dash, or empty for
    a blank cell) keep their single breaks: there a blank line would be a cell or a row."""
    lines = text.split("\n")
    cell = [not ln.strip() or bool(_ONE_CELL.fullmatch(ln.strip()) or _TABLE_LINE.search(ln.strip())
                                   or re.search(r"[\u3000 ]{2}\S", ln)) for ln in lines]
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i + 1 < len(lines) and not cell[i] and not cell[i + 1]:
            out.append("")
    return "\r\n".join(out)


def _table_cells(line: str) -> list[str] | None:
    """The cells of a table's row apart by tabs (blank ones kept) or by runs of spaces: three
    or more, two of them numbers; None for any other line (prose with wide spaces too)."""
    row = line.strip()
    cells = row.split("\t") if "\t" in row else re.split(r"\s{2,}", row)
    return cells if len(cells) >= 3 and sum(bool(re.fullmatch(r"[\d,.]+", c.strip())) for c in cells) >= 2 else None


def _one_line(text: str) -> str:
    """A page scraped without its line breaks: every line joined by a space. A text with pipe
    tables (a PDF converted to Markdown) is no scraped page: returned as it is."""
    if re.search(r"(?m)^\s*\|.*\|\s*$", text):
        return text
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


#: how :func:`html_page` draws a page (ruled table cells, as a site's stylesheet would)
PAGE_STYLE = ("body{font-size:14pt;max-width:17cm}table{border-collapse:collapse;font-size:9pt}"
              "td{border:1px solid #000;padding:2px}")


def row_cells(line: str) -> list[str] | None:
    """The cells of a line as a page's table holds them: three or more apart by bars, tabs
    (blank cells kept) or runs of spaces; [] for a Markdown table's rule (no row); None for
    any other line."""
    row = line.strip()
    if re.fullmatch(r"\|[|:\- ]+", row):
        return []
    cells = row.strip("|").split("|") if row.startswith("|") else line.split("\t") if "\t" in line else \
        [c for c in re.split(r"\s{2,}", row) if c]
    return cells if len(cells) >= 3 else None


def html_page(text: str, *, style: str = PAGE_STYLE) -> str:
    """The text as a web page: each line a paragraph, each run of lines of three or more
    cells (:func:`row_cells`) a table (an HTML document, UTF-8)."""
    parts, rows = [], []
    for line in text.splitlines() + [""]:
        cells = row_cells(line)
        if cells == []:
            continue  # (a Markdown table's rule: no row)
        if cells:
            rows.append("<tr>" + "".join(f"<td>{html.escape(c.strip())}</td>" for c in cells) + "</tr>")
            continue
        if rows:
            parts.append("<table>" + "".join(rows) + "</table>")
            rows = []
        if line.strip():
            parts.append(f"<p>{html.escape(line.strip())}</p>")
    return (f"<html><head><meta charset=\"utf-8\"><style>{style}</style></head><body><div class=\"content\">"
            + "".join(parts) + "</div></body></html>")


def _html_page(text: str) -> str:
    """The text as a web page gives it (:func:`html_page`), read back by :func:`html_to_text`."""
    return html_to_text(html_page(text))


#: name -> function rewriting a report's text in one way a careful reader would read alike
PERTURBATIONS: dict[str, Callable[[str], str]] = {
    "pdf_wrap_26": lambda t: _wrap(t, 26),
    "pdf_wrap_28": lambda t: _wrap(t, 28),  # (the official document's line: GB/T 9704, 28 characters)
    "pdf_wrap_34": lambda t: _wrap(t, 34),
    "page_numbers": lambda t: _paged(t, header=False),
    "running_headers": lambda t: _paged(t, header=True),
    "word_blank_lines": lambda t: _blank_lines(t),
    "indents": lambda t: "\n".join("\u3000\u3000" + ln if _is_prose(ln) else ln for ln in t.splitlines()),
    "fullwidth_digits": lambda t: t.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "halfwidth_punctuation": lambda t: t.translate(str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(",
                                                                  "）": ")"})),
    "spaced_numbers": lambda t: re.sub(r"(\d)(?=[\u4e00-\u9fff])", r"\1 ",
                                       re.sub(r"(?<=[\u4e00-\u9fff])(\d)", r" \1", t)),
    "chinese_numerals": lambda t: re.sub(r"(?<![\d.,])(?<!\d\s)([1-9]\d?)(?=[件条次起个])",
                                         lambda m: _chinese_numeral(int(m.group(1))), t),
    "thousands_separators": lambda t: re.sub(r"(?<![\d.,])(\d{4,7})(?=\s*[件条次元])",
                                             lambda m: f"{int(m.group(1)):,}", t),
    "pipe_tables": lambda t: "\n".join("| " + " | ".join(cells) + " |" if (cells := _table_cells(ln)) else ln
                                        for ln in t.splitlines()),
    "one_line": _one_line,
    "collapsed_spaces": lambda t: re.sub(r"[ \t\u3000]+", " ", t),
    "tabbed_tables": lambda t: re.sub(r"(?<=\S)[ \u3000]{2,}(?=\S)", "\t", t),
    "html_page": _html_page,
}


def perturb_text(text: str, kind: str) -> str:
    """``text`` rewritten the way ``kind`` names (a key of :data:`PERTURBATIONS`).

    Raises
    ------
    KeyError
        For a kind that is not one of :data:`PERTURBATIONS`, naming the known ones.
    """
    if kind not in PERTURBATIONS:
        raise KeyError(f"unknown perturbation {kind!r}; known: {', '.join(PERTURBATIONS)}")
    return PERTURBATIONS[kind](text)


def _headlines(raw: str, year: int | None) -> dict[str, float]:
    return headline_values(clean_text(raw)[0], year)


def headline_values(text: str, year: int | None) -> dict[str, float]:
    """The headline value of each measure a cleaned text (``reports.text``) states."""
    figures, _ = extract_report(text, sections=segment_text(text), year=year)
    out: dict[str, float] = {}
    for f in figures:
        if "." not in f["measure"] and is_headline(f["qualifier"]):
            out.setdefault(f["measure"], f["value"])
    return out


def headline_robustness(reports: Iterable[tuple[str, str, int | None]],
                        kinds: Iterable[str] | None = None) -> pd.DataFrame:
    """The headline figures of each report against those of each rewriting of its text.

    Parameters
    ----------
    reports : iterable of (name, text, year)
        The raw text of each report (``reports.text_raw``) and its year.
    kinds : iterable of str, optional
        Keys of :data:`PERTURBATIONS`; all of them by default.

    Returns
    -------
    DataFrame
        One row per report, perturbation and measure stated in either reading: name, kind,
        measure, value (as given), perturbed (after the rewriting; NaN when not stated),
        status ("same"; "lost": stated only as given; "new": stated only after; "changed":
        two values, a wrong number in one of the readings).
    """
    kinds = list(PERTURBATIONS) if kinds is None else list(kinds)
    rows = []
    for name, raw, year in reports:
        base = _headlines(raw, year)
        for kind in kinds:
            got = _headlines(perturb_text(raw, kind), year)
            for m in sorted(set(base) | set(got)):
                b, g = base.get(m), got.get(m)
                status = "same" if b == g else "lost" if g is None else "new" if b is None else "changed"
                rows.append((name, kind, m, b, g, status))
    return pd.DataFrame(rows, columns=["name", "kind", "measure", "value", "perturbed", "status"])
