"""Reading one report file: its format from its content (then its suffix), its bytes
decoded or its text extracted. Nothing here touches the network or executes code from an
input."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from .decode import BOMS, decode_bytes, looks_utf16
from .document import Document, ReadError
from .formats import docx_to_text, html_to_text, pdf_text_and_notes

__all__ = ["read_document", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


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
    return (b"\x00" not in sample or looks_utf16(sample) is not None
            or sample.startswith(tuple(bom for bom, _ in BOMS)))


#: Control bytes that text in any of the encodings read (UTF-8, GB18030, Big5) never
#: holds: all of C0 but tab, line feed, form feed, carriage return and escape.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _reads_as_utf16(sample: bytes) -> bool:
    """Whether ``sample`` is UTF-16 text without a BOM (Chinese UTF-16 has few NULs at
    either parity, so :func:`looks_utf16` misses it): it decodes strictly, in either
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
        (text, notes), enc = pdf_text_and_notes(data, path=str(p)), "pdf"
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
