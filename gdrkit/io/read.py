"""Reading report files: discovery, decoding and text extraction.

Every input file ends up either as a :class:`Document` or as an :class:`ReadError`
naming the file, the stage and the problem in plain words. Nothing here touches the
network or executes code from an input.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import logging
import os
import re
import stat
import threading
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from .discover import SUPPORTED_SUFFIXES, discover_files

__all__ = [
    "SUPPORTED_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "Document",
    "ReadError",
    "decode_bytes",
    "discover_files",
    "read_document",
    "html_to_text",
    "pdf_to_text",
    "docx_to_text",
]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
#: A .docx whose members unpack to more than this is refused (decompression bomb).
DOCX_MAX_UNPACKED = 200 * 1024 * 1024
DOCX_MAX_RATIO = 200


class ReadError(Exception):
    """A file that could not be read; ``stage`` says where it failed."""

    def __init__(self, path: str | os.PathLike, stage: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = str(path)
        self.stage = stage
        self.message = message
        #: SHA-1 of the bytes the verdict is about, when they were read (else None)
        self.sha1: str | None = None


@dataclass
class Document:
    """One decoded input file."""

    path: str
    format: str
    encoding: str
    text_raw: str
    sha1: str
    n_bytes: int
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- decoding
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_utf16(data: bytes) -> str | None:
    """Guess BOM-less UTF-16 from NUL bytes at odd or even positions."""
    if len(data) < 4 or b"\x00" not in data:
        return None
    sample = data[:4000]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.2 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.2 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Decode report bytes: BOM, then strict UTF-8, then strict GB18030, then a detector.

    Returns
    -------
    text : str
    encoding : str
        The codec that decoded the bytes (``utf-8``, ``utf-8-sig``, ``gb18030``,
        ``utf-16``, ``big5``, ...); ``"<codec>+replace"`` when some bytes were invalid.
    notes : list of str
        Plain-language remarks, e.g. where undecodable bytes were replaced.
    """
    notes: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, notes
            except UnicodeDecodeError as exc:
                # utf-8-sig reports offsets after the BOM: counted here from the file's start
                at = exc.start + len(data) - len(exc.object)
                notes.append(f"undecodable bytes at offset {at} ({enc}); replaced")
                return data.decode(enc, errors="replace"), enc + "+replace", notes
    u16 = _looks_utf16(data)
    if u16:
        try:
            return data.decode(u16), u16, notes
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError:
        pass
    if b"\x00" not in data:
        try:
            text = data.decode("gb18030")
            if _gb2312_share(text) >= 0.9 or not _plausible_big5(data):
                return text, "gb18030", notes
        except UnicodeDecodeError:
            pass
        # Big5 before the generic detector: gb18030 rejected the bytes, big5 is the
        # other common CJK legacy encoding of scraped pages.
        try:
            text = data.decode("big5")
            if _plausible_big5(data):
                notes.append("decoded as Big5 (traditional characters)")
                return text, "big5", notes
        except UnicodeDecodeError:
            pass
    # Broken bytes: the majority encoding, UTF-8 or GB18030, is the one whose reading has
    # more common characters. When that reading is Chinese with only a few bytes replaced
    # (a stray byte, a cut character), it is taken before the detector, which guesses a
    # single-byte codec (Urdu, kana) on a short snippet of GBK with one bad byte.
    enc, stray_only = _majority_encoding(data)
    if not stray_only:
        from charset_normalizer import from_bytes  # imported lazily: costs ~50 ms

        best = from_bytes(data).best()
        if best is not None and best.encoding not in {"utf_8", "ascii"}:
            det = codecs.lookup(best.encoding).name
            try:
                return data.decode(det), det, notes
            except (UnicodeDecodeError, LookupError):
                pass
    # Mixed or broken bytes: keep the majority encoding, replace and record where.
    try:
        return data.decode(enc), enc, notes
    except UnicodeDecodeError as exc:
        notes.append(f"undecodable bytes at offset {exc.start} ({enc}); replaced with U+FFFD")
    return data.decode(enc, errors="replace"), enc + "+replace", notes


def _majority_encoding(data: bytes) -> tuple[str, bool]:
    """Of UTF-8 and GB18030, the codec whose reading of ``data`` (invalid bytes replaced)
    has the larger share of common characters (ASCII and GB2312: UTF-8 read as GB18030
    gives rare characters, GBK read as UTF-8 gives replacement characters); UTF-8 on a
    tie. And whether that reading is Chinese text with only stray bytes replaced: some
    hanzi, at most 2 replacements or 1 in 20 characters, and the other non-ASCII
    characters common ones."""
    best, best_share, best_text = "utf-8", -1.0, ""
    for enc in ("utf-8", "gb18030"):
        text = data.decode(enc, errors="replace")
        head = text[:20000]
        n_ascii = len(head.encode("ascii", errors="ignore"))
        share = (n_ascii + (len(head.encode("gb2312", errors="ignore")) - n_ascii) / 2) / max(len(head), 1)
        if share > best_share:
            best, best_share, best_text = enc, share, text
    n_bad = best_text.count("\ufffd")
    stray_only = (_cjk_share(best_text[:20000]) > 0 and (n_bad <= 2 or n_bad * 20 <= len(best_text))
                  and _gb2312_share(best_text.replace("\ufffd", "")) >= 0.9)
    return best, stray_only


def _gb2312_share(text: str) -> float:
    """Share of the non-ASCII characters that GB2312 (common simplified Chinese) has;
    Big5 bytes misread as GB18030 give rare characters, kana and private-use code points."""
    head = text[:5000]
    # counted without building the non-ASCII text: GB2312 has every ASCII character, as
    # one byte, and every other character it has as two
    n_ascii = len(head.encode("ascii", errors="ignore"))
    n_wide = len(head) - n_ascii
    if not n_wide:
        return 1.0
    return (len(head.encode("gb2312", errors="ignore")) - n_ascii) / 2 / n_wide


def _plausible_big5(data: bytes) -> bool:
    """Big5 decodes the bytes, and most non-ASCII characters it gives are hanzi or CJK punctuation."""
    try:
        text = data[:20000].decode("big5", errors="strict" if len(data) <= 20000 else "ignore")
    except UnicodeDecodeError:
        return False
    wide = [ch for ch in text if ord(ch) > 127]
    if not wide:
        return False
    good = sum(1 for ch in wide if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")
    return good / len(wide) > 0.9


def _cjk_share(text: str) -> float:
    if not text:
        return 0.0
    n = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return n / len(text)


# --------------------------------------------------------------------------- formats
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
    return _pdf_text(data, path=path)[0]


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


def _pdf_text(data: bytes, *, path: str) -> tuple[str, list[str]]:
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
    if sum(_cjk_share(p) * len(p) for p in pages) < 20:
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


# --------------------------------------------------------------------------- reading
def _sniff_format(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    # every HTML sign below opens with "<"
    if b"<" in data[:4096] and (data[:2048].lstrip().lower().startswith((b"<!doctype html", b"<html", b"<?xml"))
                                or b"<body" in data[:4096].lower()):
        return "html"
    if suffix in (".html", ".htm", ".shtml"):
        return "html"
    if suffix == ".pdf":
        return "pdf"
    if suffix in (".docx", ".doc", ".wps") and not _mostly_text(data):
        return "docx" if suffix == ".docx" else "binary"
    if not _mostly_text(data) and _control_share(data[:4096]) > 0.02 and not _reads_as_utf16(data[:4096]):
        return "binary"  # an image, a program, random bytes under a text name
    return "txt"


def _mostly_text(data: bytes) -> bool:
    sample = data[:4096]
    return (b"\x00" not in sample or _looks_utf16(sample) is not None
            or sample.startswith(tuple(bom for bom, _ in _BOMS)))


#: Control bytes that text in any of the encodings read (UTF-8, GB18030, Big5) never
#: holds: all of C0 but tab, line feed, form feed, carriage return and escape.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _reads_as_utf16(sample: bytes) -> bool:
    """Whether ``sample`` is UTF-16 text without a BOM (Chinese UTF-16 has few NULs at
    either parity, so :func:`_looks_utf16` misses it): it decodes strictly, in either
    byte order, to printable text (a program or random bytes do not)."""
    sample = sample[: len(sample) // 2 * 2]
    for enc in ("utf-16-le", "utf-16-be"):
        for cut in (0, 2):  # the sample may end inside a surrogate pair
            try:
                text = sample[: len(sample) - cut].decode(enc)
            except UnicodeDecodeError:
                continue
            if text and sum(c.isprintable() or c.isspace() for c in text) >= 0.97 * len(text):
                return True
            break
    return False


def _control_share(sample: bytes) -> float:
    """Share of bytes in ``sample`` that are control bytes text does not hold
    (text with a stray NUL: well below 1%; a program or an image: above 5%)."""
    return (len(sample) - len(sample.translate(None, _CONTROL))) / max(len(sample), 1)


def read_document(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and decode one report file.

    The format is taken from the content first (a .doc that is really HTML, a .txt that
    is a PDF) and from the suffix second.

    Raises
    ------
    ReadError
        With ``stage`` "read" (missing, unreadable, empty, too large), "decode" or
        "extract" (image-only PDF, broken .docx, ...).
    """
    p = path if isinstance(path, Path) else Path(path)  # discover_files gives Paths
    try:
        st = p.stat()
    except OSError as exc:
        raise ReadError(p, "read", f"cannot open: {exc.strerror}") from exc
    if not stat.S_ISREG(st.st_mode):
        raise ReadError(p, "read", "not a regular file")
    if st.st_size == 0:
        raise ReadError(p, "read", "empty file")
    if st.st_size > max_bytes:
        raise ReadError(p, "read", f"file too large: {st.st_size} bytes > limit {max_bytes} "
                        "(raise it: load_corpus(max_bytes=...), gdrkit build --max-mb)")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ReadError(p, "read", f"cannot read: {exc.strerror}") from exc
    sha1 = hashlib.sha1(data).hexdigest()
    try:
        return _document(p, data, sha1, st.st_size)
    except ReadError as exc:
        exc.sha1 = sha1  # the verdict is about these bytes (the file may change later)
        raise


def _document(p: Path, data: bytes, sha1: str, n_bytes: int) -> Document:
    """The text of bytes read from ``p`` (see :func:`read_document`)."""
    fmt = _sniff_format(p, data)
    notes: list[str] = []
    if fmt == "ole":
        raise ReadError(p, "read", "legacy Word/WPS binary file (.doc/.wps, OLE format) is not supported: "
                        "save it as .docx or .pdf")
    if fmt == "binary":
        raise ReadError(p, "read", f"not a text document: binary content under a {p.suffix} name")
    if fmt == "pdf":
        (text, notes), enc = _pdf_text(data, path=str(p)), "pdf"
    elif fmt == "docx":
        text, enc = docx_to_text(data, path=str(p)), "docx"
    else:
        text, enc, notes = decode_bytes(data)
        if fmt == "html":
            text = html_to_text(text)
    if "\x00" in text:
        text = text.replace("\x00", "")
        notes.append("NUL characters removed")
    if not text or text.isspace():  # not text.strip(), without copying the text
        raise ReadError(p, "extract", "empty file: no text after extraction")
    return Document(path=str(p), format=fmt, encoding=enc, text_raw=text, sha1=sha1,
                    n_bytes=n_bytes, notes=notes)
