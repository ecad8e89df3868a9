"""The text of HTML pages (main text, chrome dropped), PDF files (the text layer) and
Word .docx files (paragraphs and tables; decompression bombs refused)."""

from __future__ import annotations

import io
import logging
import re
import threading
import zipfile
import zlib

from .decode import cjk_share
from .document import ReadError

__all__ = ["html_to_text", "table_grid", "table_to_pipe_rows", "pdf_to_text", "pdf_text_and_notes", "docx_to_text",
           "DOCX_MAX_UNPACKED", "DOCX_MAX_RATIO"]

#: A .docx whose members unpack to more than this is refused (decompression bomb).
DOCX_MAX_UNPACKED = 200 * 1024 * 1024
DOCX_MAX_RATIO = 200

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "form", "iframe",
              "button", "select", "aside", "svg", "object", "embed", "template")
_CHROME_CLASS = re.compile(
    r"(^|[-_ ])(nav|menu|breadcrumb|crumb|position|location|share|bdshare|footer|header|"
    r"sidebar|toolbar|print|font|search|login|link|friend)([-_ ]|$)", re.I)
_CONTENT_CLASS = re.compile(r"(content|article|zoom|text|main|detail|TRS_Editor|con)", re.I)


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def html_to_text(html: str) -> str:
    """Main text of an HTML page: scripts, navigation, breadcrumbs and share bars dropped.

    Table cells are separated by spaces and rows by line breaks, so flattened tables
    keep their cell boundaries.
    """
    from bs4 import BeautifulSoup

    # an XHTML page's XML declaration only makes bs4 warn that an HTML parser reads it
    # (as it should here): the declaration holds no text
    soup = BeautifulSoup(_XML_DECLARATION.sub("", html, count=1), "lxml")
    for tag in soup(list(_DROP_TAGS)):
        tag.decompose()
    for tag in soup.find_all(True):
        if getattr(tag, "decomposed", False):
            continue
        attrs = getattr(tag, "attrs", None) or {}
        ident = " ".join([*(attrs.get("class") or []), attrs.get("id") or ""])
        if ident and _CHROME_CLASS.search(ident) and not _CONTENT_CLASS.search(ident):
            tag.decompose()
    body = soup.body or soup
    # choose the densest content block when the page has an obvious one
    best, best_len = body, 0
    for cand in body.find_all(["div", "article", "td", "section"]):
        attrs = cand.attrs or {}
        ident = " ".join([*(attrs.get("class") or []), attrs.get("id") or ""])
        if ident and _CONTENT_CLASS.search(ident):
            n = len(cand.get_text(strip=True))
            if n > best_len:
                best, best_len = cand, n
    if best_len < 0.3 * len(body.get_text(strip=True)):
        best = body
    # tables become pipe rows, one line per row, cells where colspan and rowspan put them,
    # so that a table's cells keep their columns in the text (innermost tables first)
    for table in reversed(best.find_all("table")):
        table.replace_with(soup.new_string("\n" + table_to_pipe_rows(table) + "\n"))
    for cell in best.find_all(["td", "th"]):
        cell.append(" ")
    for br in best.find_all(["br", "p", "tr", "div", "li", "h1", "h2", "h3", "h4", "table"]):
        br.append("\n")
    text = best.get_text()
    text = re.sub(r"[ \t\u3000\xa0]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    title = soup.title.get_text(strip=True) if soup.title else ""
    if title and title not in text[:500]:
        text = title + "\n" + text
    return text.strip()


_CELL_SPACE = re.compile(r"\s+")


def table_grid(table) -> list[list[str]]:
    """The cells of an HTML ``<table>`` (a BeautifulSoup tag) as a rectangular grid of
    strings: a cell spanning rows or columns (rowspan, colspan) holds its text in its
    first position and "" in the others, so every row has its cells in their columns."""
    grid: list[list[str]] = []
    taken: dict[tuple[int, int], bool] = {}
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    for r, tr in enumerate(rows):
        row: list[str] = grid[r] if r < len(grid) else []
        if r >= len(grid):
            grid.append(row)
        col = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            while taken.get((r, col)):
                col += 1
            try:
                rs = max(1, int(cell.get("rowspan", 1) or 1))
                cs = max(1, int(cell.get("colspan", 1) or 1))
            except (TypeError, ValueError):
                rs = cs = 1
            rs, cs = min(rs, 200), min(cs, 50)  # a bogus span does not make a huge grid
            text = _CELL_SPACE.sub("", cell.get_text(" ")) if _is_number_cell(cell) else \
                _CELL_SPACE.sub(" ", cell.get_text(" ")).strip()
            for dr in range(rs):
                for dc in range(cs):
                    taken[(r + dr, col + dc)] = True
                    while len(grid) <= r + dr:
                        grid.append([])
                    line = grid[r + dr]
                    while len(line) <= col + dc:
                        line.append("")
                    if dr == 0 and dc == 0:
                        line[col] = text
            col += cs
    width = max((len(r) for r in grid), default=0)
    return [r + [""] * (width - len(r)) for r in grid if any(c for c in r)]


def _is_number_cell(cell) -> bool:
    """A cell holding one number split by markup (<span>72</span><span>804</span>)."""
    t = cell.get_text("")
    return bool(t.strip()) and all(ch.isdigit() or ch.isspace() or ch in ",." for ch in t)


def table_to_pipe_rows(table) -> str:
    """An HTML table as text: one line per row, ``| cell | cell |`` (see :func:`table_grid`)."""
    return "\n".join("| " + " | ".join(c.replace("|", "/") for c in row) + " |" for row in table_grid(table))


def pdf_to_text(data: bytes, *, path: str = "<bytes>") -> str:
    """Text layer of a PDF, pages joined by a line break.

    Raises
    ------
    ReadError
        ``"image-only PDF: no text layer"`` when no page has extractable text.
    """
    return pdf_text_and_notes(data, path=path)[0]


class _Captured(logging.Handler):
    """Records of this thread (pypdf's complaints about a damaged file), kept to be
    noted on the file they are about instead of printed without its name."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.messages.append(record.getMessage())


def pdf_text_and_notes(data: bytes, *, path: str) -> tuple[str, list[str]]:
    """:func:`pdf_to_text` and the notes on the file: what pypdf reported while reading it
    (a damaged stream or cross-reference table: text may be missing)."""
    log = logging.getLogger("pypdf")
    captured = _Captured()
    log.addHandler(captured)  # while a handler is there, logging's last resort (stderr) is not used
    try:
        text = _pdf_pages(data, path=path)
    finally:
        log.removeHandler(captured)
    notes = []
    if captured.messages:
        first = list(dict.fromkeys(captured.messages))
        notes.append(f"damaged PDF: pypdf reported {len(captured.messages)} problem(s) (e.g. "
                     f"{'; '.join(m[:80] for m in first[:2])}); text may be incomplete")
    return text, notes


def _pdf_pages(data: bytes, *, path: str) -> str:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # many PDFs are encrypted with an empty user password
            except Exception as exc:  # pypdf raises several types (a missing AES library, a bad header)
                raise ReadError(path, "extract", f"encrypted PDF that cannot be opened: {exc}") from exc
            if opened == PasswordType.NOT_DECRYPTED:
                raise ReadError(path, "extract", "password-protected PDF: it opens only with a password; "
                                "save a copy without one")
        pages = [page.extract_text() or "" for page in reader.pages]
    except PdfReadError as exc:
        raise ReadError(path, "extract", f"broken PDF: {exc}") from exc
    text = "\n".join(pages)
    if sum(cjk_share(p) * len(p) for p in pages) < 20:
        raise ReadError(path, "extract", "image-only PDF: no text layer")
    return text


def docx_to_text(data: bytes, *, path: str = "<bytes>") -> str:
    """Paragraph and table text of a .docx, refusing decompression bombs."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ReadError(path, "extract", "not a valid .docx (zip) file") from exc
    total = sum(i.file_size for i in zf.infolist())
    packed = max(sum(i.compress_size for i in zf.infolist()), 1)
    if total > DOCX_MAX_UNPACKED or total / packed > DOCX_MAX_RATIO and total > 10 * 1024 * 1024:
        raise ReadError(path, "extract",
                        f"refused .docx: unpacks to {total} bytes (ratio {total / packed:.0f}), "
                        "a decompression bomb")
    if "word/document.xml" not in zf.namelist():
        raise ReadError(path, "extract", "not a Word document: no word/document.xml")
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        d = docx.Document(io.BytesIO(data))
    except KeyError as exc:  # python-docx: a part the package lists is not in the zip
        raise ReadError(path, "extract", f"damaged .docx: a part is missing ({exc.args[0] if exc.args else exc})") \
            from exc
    except (XMLSyntaxError, PackageNotFoundError, zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
        raise ReadError(path, "extract", f"damaged .docx: {type(exc).__name__}: {exc}") from exc
    parts: list[str] = []
    body = d.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = []
                    for cell in row:
                        if cell.tag.endswith("}tc"):
                            cells.append("".join(t.text or "" for t in cell.iter() if t.tag.endswith("}t")))
                    parts.append(" ".join(cells))
    return "\n".join(parts)
