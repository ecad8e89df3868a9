"""Decoding report bytes: a BOM, then strict UTF-8, then strict GB18030 (Big5 recognised),
then a detector; undecodable bytes are replaced and the replacement noted."""

from __future__ import annotations

import codecs

__all__ = ["decode_bytes", "decode_spreadsheet", "looks_utf16", "cjk_share", "BOMS"]

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_spreadsheet(data: bytes) -> str | None:
    """The text of a CSV a researcher saved (Excel's "CSV UTF-8" with its BOM, plain UTF-8,
    or GB18030 as Chinese Excel saves "CSV"); None when it is neither."""
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return None


def looks_utf16(data: bytes) -> str | None:
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
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, notes
            except UnicodeDecodeError as exc:
                # utf-8-sig reports offsets after the BOM: counted here from the file's start
                at = exc.start + len(data) - len(exc.object)
                notes.append(f"undecodable bytes at offset {at} ({enc}); replaced")
                return data.decode(enc, errors="replace"), enc + "+replace", notes
    u16 = looks_utf16(data)
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
    stray_only = (cjk_share(best_text[:20000]) > 0 and (n_bad <= 2 or n_bad * 20 <= len(best_text))
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


def cjk_share(text: str) -> float:
    """Share of the characters of ``text`` that are CJK ideographs (U+4E00-U+9FFF)."""
    if not text:
        return 0.0
    n = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return n / len(text)
