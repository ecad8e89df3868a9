"""Decoding edge cases (gdrkit.io.decode_bytes, read_document): GBK and GB18030 text with
stray invalid bytes, very short files, UTF-8 with a stray byte. The passages are short
real-style sentences of these reports, written for the tests."""

from __future__ import annotations

import pytest

from gdrkit.io import ReadError, decode_bytes, read_document

# a narrative report's opening, and a template report's sentence with a rare character
# (𬭚, CJK extension E: four bytes in GB18030, not in GBK)
NARRATIVE = ("平潭县人民政府2013年政府信息公开工作年度报告。本年度共主动公开政府信息766条，"
             "收到政府信息公开申请3件，均已按期答复。")
RARE = "联系人：刘𬭚，电话0591-24311234。本机关2021年新收政府信息公开申请23件，上年结转1件。"


def _with_stray(data: bytes, at: list[int], stray: list[bytes]) -> bytes:
    """``data`` with the bytes ``stray[k]`` inserted before byte offset ``at[k]`` (ascending)."""
    out, last = [], 0
    for i, b in zip(at, stray):
        out += [data[last:i], b]
        last = i
    return b"".join(out + [data[last:]])


def _offset(text: str, n_chars: int, enc: str) -> int:
    return len(text[:n_chars].encode(enc))


@pytest.mark.parametrize("stray", [b"\xff", b"\x80"])
@pytest.mark.parametrize("enc", ["gbk", "gb18030"])
def test_gbk_with_one_stray_byte_keeps_the_chinese(enc, stray):
    at = _offset(NARRATIVE, 23, enc)  # between 工作 and 年度报告
    text, used, notes = decode_bytes(_with_stray(NARRATIVE.encode(enc), [at], [stray]))
    assert text == NARRATIVE[:23] + "\ufffd" + NARRATIVE[23:]
    assert used == "gb18030+replace"
    assert notes == [f"undecodable bytes at offset {at} (gb18030); replaced with U+FFFD"]


def test_gbk_with_two_stray_bytes_keeps_the_chinese():
    data = NARRATIVE.encode("gbk")
    a, b = _offset(NARRATIVE, 23, "gbk"), _offset(NARRATIVE, 40, "gbk")
    text, used, notes = decode_bytes(_with_stray(data, [a, b], [b"\xff", b"\x80"]))
    assert text == NARRATIVE[:23] + "\ufffd" + NARRATIVE[23:40] + "\ufffd" + NARRATIVE[40:]
    assert used == "gb18030+replace"
    assert notes == [f"undecodable bytes at offset {a} (gb18030); replaced with U+FFFD"]


def test_gb18030_four_byte_character_and_a_stray_byte():
    data = RARE.encode("gb18030")
    assert len("𬭚".encode("gb18030")) == 4
    at = _offset(RARE, 30, "gb18030")
    text, used, notes = decode_bytes(_with_stray(data, [at], [b"\xff"]))
    assert text == RARE[:30] + "\ufffd" + RARE[30:]
    assert used == "gb18030+replace" and notes == [f"undecodable bytes at offset {at} (gb18030); replaced with U+FFFD"]


@pytest.mark.parametrize("where", ["start", "end"])
def test_gbk_stray_byte_at_either_end(where):
    data = NARRATIVE.encode("gbk")
    text, used, notes = decode_bytes(b"\xff" + data if where == "start" else data + b"\xff")
    assert text == ("\ufffd" + NARRATIVE if where == "start" else NARRATIVE + "\ufffd")
    assert used == "gb18030+replace"
    assert notes == [f"undecodable bytes at offset {0 if where == 'start' else len(data)} (gb18030); "
                     "replaced with U+FFFD"]


@pytest.mark.parametrize("snippet", ["信息公开", "2013年", "年", "一是人员不足"])
@pytest.mark.parametrize("stray", [b"\xff", b"\x80"])
def test_short_gbk_with_a_stray_byte(snippet, stray):
    """A few GBK characters and one bad byte: where a detector guesses a single-byte codec
    (Urdu, Japanese half-width kana) the text must still come out in Chinese."""
    data = snippet.encode("gbk") + stray
    text, used, notes = decode_bytes(data)
    assert (text, used) == (snippet + "\ufffd", "gb18030+replace")
    assert notes == [f"undecodable bytes at offset {len(data) - 1} (gb18030); replaced with U+FFFD"]


def test_gbk_cut_inside_a_character():
    """A file cut after the first byte of a two-byte character (a truncated download)."""
    data = "政务公开".encode("gbk")[:-1]
    text, used, notes = decode_bytes(data)
    assert (text, used) == ("政务公\ufffd", "gb18030+replace")
    assert notes == ["undecodable bytes at offset 6 (gb18030); replaced with U+FFFD"]


@pytest.mark.parametrize("data, text, used", [
    (b"a", "a", "utf-8"),
    (b"2013", "2013", "utf-8"),
    ("报".encode("gbk"), "报", "gb18030"),                     # one Chinese character in GBK: 2 bytes
    ("年报".encode("gbk"), "年报", "gb18030"),
    ("信息公开年".encode("gbk"), "信息公开年", "gb18030"),      # 10 bytes
    ("报".encode(), "报", "utf-8"),
    ("𬭚".encode("gb18030"), "𬭚", "gb18030"),                 # one four-byte GB18030 character
    (b"\xef\xbb\xbf" + "报".encode(), "报", "utf-8-sig"),
    (b"", "", "utf-8"),
])
def test_very_short_input(data, text, used):
    assert decode_bytes(data) == (text, used, [])


@pytest.mark.parametrize("content, stage, message", [
    (b"", "read", "empty file"),
    (b"\n", "extract", "empty file: no text after extraction"),
    (b" \r\n\t", "extract", "empty file: no text after extraction"),
])
def test_empty_files_are_read_errors(tmp_path, content, stage, message):
    p = tmp_path / "r.txt"
    p.write_bytes(content)
    with pytest.raises(ReadError) as err:
        read_document(p)
    assert (err.value.stage, err.value.message) == (stage, message)


@pytest.mark.parametrize("text, enc, used", [
    ("报", "gbk", "gb18030"), ("年报", "gbk", "gb18030"), ("信息公开年", "gbk", "gb18030"),
    ("报", "utf-8", "utf-8"), ("a", "utf-8", "utf-8"),
])
def test_very_short_files(tmp_path, text, enc, used):
    p = tmp_path / "r.txt"
    p.write_bytes(text.encode(enc))
    doc = read_document(p)
    assert (doc.text_raw, doc.encoding, doc.format, doc.notes) == (text, used, "txt", [])
    assert doc.n_bytes == len(text.encode(enc))


def test_short_gbk_file_with_a_stray_byte(tmp_path):
    p = tmp_path / "r.txt"
    p.write_bytes("政府信息公开".encode("gbk") + b"\xff")
    doc = read_document(p)
    assert (doc.text_raw, doc.encoding) == ("政府信息公开\ufffd", "gb18030+replace")
    assert doc.notes == ["undecodable bytes at offset 12 (gb18030); replaced with U+FFFD"]


@pytest.mark.parametrize("where", [0, 20, "end"])
def test_utf8_with_a_stray_byte(where):
    data = NARRATIVE.encode("utf-8")
    at = len(data) if where == "end" else _offset(NARRATIVE, where, "utf-8")
    text, used, notes = decode_bytes(_with_stray(data, [at], [b"\xff"]))
    n = len(NARRATIVE) if where == "end" else where
    assert text == NARRATIVE[:n] + "\ufffd" + NARRATIVE[n:]
    assert used == "utf-8+replace"
    assert notes == [f"undecodable bytes at offset {at} (utf-8); replaced with U+FFFD"]


def test_utf8_with_a_cut_bom_and_a_cut_last_character():
    """A BOM cut to two bytes, and the last character cut after its first byte."""
    data = b"\xef\xbb" + NARRATIVE.encode("utf-8")[:-2]
    text, used, notes = decode_bytes(data)
    assert text == "\ufffd" + NARRATIVE[:-1] + "\ufffd"
    assert used == "utf-8+replace" and notes == ["undecodable bytes at offset 0 (utf-8); replaced with U+FFFD"]


def test_short_utf8_with_a_stray_byte():
    data = "信息公开".encode() + b"\xff"
    assert decode_bytes(data) == ("信息公开\ufffd", "utf-8+replace",
                                  ["undecodable bytes at offset 12 (utf-8); replaced with U+FFFD"])


def test_gbk_file_with_stray_bytes_through_read_document(tmp_path):
    p = tmp_path / "report.txt"
    body = (NARRATIVE + "\n" + RARE.replace("𬭚", "岩")).encode("gbk")
    at = _offset(NARRATIVE, 10, "gbk")
    p.write_bytes(_with_stray(body, [at], [b"\x80"]))
    doc = read_document(p)
    assert doc.text_raw == NARRATIVE[:10] + "\ufffd" + NARRATIVE[10:] + "\n" + RARE.replace("𬭚", "岩")
    assert doc.encoding == "gb18030+replace" and doc.format == "txt"
    assert doc.notes == [f"undecodable bytes at offset {at} (gb18030); replaced with U+FFFD"]


# ---------------------------------------------------------------- the helpers, one by one
# (written to kill the mutants `make mutate` found surviving: see docs/mutation-survivors.md)
import codecs  # noqa: E402

from gdrkit.io.decode import _gb2312_share, _majority_encoding, _plausible_big5  # noqa: E402
from gdrkit.io.decode import cjk_share as _cjk_share  # noqa: E402
from gdrkit.io.decode import looks_utf16 as _looks_utf16  # noqa: E402


@pytest.mark.parametrize("bom, enc, body, at", [
    (codecs.BOM_UTF8, "utf-8-sig", "政府信息公开".encode() + b"\xff" + "年报".encode(), 21),
    (codecs.BOM_UTF16_LE, "utf-16", "政府".encode("utf-16-le") + b"\x00\xd8", 6),  # a lone surrogate
])
def test_bom_with_broken_bytes_is_replaced_and_located_in_the_file(bom, enc, body, at):
    text, used, notes = decode_bytes(bom + body)
    assert used == f"{enc}+replace"
    assert text == ("政府信息公开\ufffd年报" if enc == "utf-8-sig" else "政府\ufffd")
    assert notes == [f"undecodable bytes at offset {at} ({enc}); replaced"]  # a byte offset in the file


def test_big5_note_is_exact():
    s = "政府資訊公開工作年度報告，本機關全年主動公開資訊一百二十條。"
    assert decode_bytes(s.encode("big5"))[2] == ["decoded as Big5 (traditional characters)"]


@pytest.mark.parametrize("data, expected", [
    (b"a\x00b\x00", "utf-16-le"), (b"\x00a\x00b", "utf-16-be"), (b"a\x00", None), (b"abcd", None),
    (b"a\x00b\x00c\x00d\x00\x00\x00", None),  # NULs at both parities: not UTF-16
    ("2013年766条".encode("utf-16-le"), "utf-16-le"),
    ("2013年766条".encode("utf-16-be"), "utf-16-be"),
    ("2013年公开766条".encode("utf-16-le"), None),  # 开 is U+5F00: a NUL at the even parity too
    # exactly 20% of the odd bytes NUL (2 of 10): not enough; 3 of 10: enough
    (b"a\x00b\x00" + b"cd" * 8, None), (b"a\x00b\x00c\x00" + b"de" * 7, "utf-16-le"),
    (b"\x00a\x00b" + b"cd" * 8, None), (b"\x00a\x00b\x00c" + b"de" * 7, "utf-16-be"),
    # exactly 5% of the other parity NUL (1 of 20): too many; the first 4000 bytes only
    (b"a\x00" * 19 + b"\x00\x00", None), (b"a\x00" * 2000 + b"\x00" * 100, "utf-16-le"),
])
def test_looks_utf16(data, expected):
    assert _looks_utf16(data) == expected


def test_plausible_big5():
    s = "政府資訊公開工作年度報告，一百二十條　"  # hanzi (一 is U+4E00), CJK punctuation, U+3000
    assert _plausible_big5(s.encode("big5"))
    assert not _plausible_big5(b"ascii only")  # no wide character
    assert not _plausible_big5(b"\xa4")  # a cut character, short: strict
    big = ("政府資訊公開" * 2000).encode("big5")  # 24000 bytes
    assert _plausible_big5(big[:20000] + b"\xa4")  # long: the first 20000 bytes, a cut character ignored
    assert _plausible_big5(big[:19999] + b"a")  # 20000 bytes, the last character cut: strict
    assert not _plausible_big5(big[:19999])
    # a cut after 20000 bytes is read only up to 20000
    assert _plausible_big5(big[:20001])
    assert _plausible_big5(b"a" + big[:20000])  # more than 20000 bytes: the character cut at 20000 ignored
    assert _plausible_big5("政府".encode("big5") + b"\x7f" * 5)  # DEL is ASCII, not a wide character
    kana = "ｱｲｳｴｵ政府".encode("big5", errors="ignore")  # half-width kana are not in Big5: only 政府
    assert _plausible_big5(kana)
    mixed = "政府".encode("big5") + "∮∮".encode("big5")  # 2 of 4 wide characters CJK
    assert not _plausible_big5(mixed)
    nine = "政府資訊公開工作年".encode("big5") + "∮".encode("big5")  # 9 of 10: not more than 0.9
    assert not _plausible_big5(nine)
    assert _plausible_big5("政府資訊公開工作年度".encode("big5") + "∮".encode("big5"))  # 10 of 11
    assert _plausible_big5("﹙政府﹚".encode("big5")) is False  # small parentheses: U+FE59, not in the ranges
    assert _plausible_big5("政府（）".encode("big5"))  # full-width forms U+FF08, U+FF09
    assert _plausible_big5("龜〿".encode("big5", errors="ignore"))


def test_cjk_share_and_gb2312_share():
    assert _cjk_share("") == 0.0 and _cjk_share("一a") == 0.5 and _cjk_share("\u9fffa") == 0.5
    assert _cjk_share("\u4dffa") == 0.0 and _cjk_share("\ua000") == 0.0
    assert _gb2312_share("abc") == 1.0 and _gb2312_share("a中") == 1.0 and _gb2312_share("a𬭚中") == 0.5
    assert _gb2312_share("中" * 5000 + "𬭚" * 10) == 1.0  # the first 5000 characters only


def test_majority_encoding():
    assert _majority_encoding(b"\xff") == ("utf-8", False)  # a tie: UTF-8
    assert _majority_encoding("信息公开".encode("gbk") + b"\xff") == ("gb18030", True)
    assert _majority_encoding(b"\xff" + NARRATIVE.encode()) == ("utf-8", True)
    assert _majority_encoding(b"caf\xe9 au lait") == ("utf-8", False)  # no hanzi: not stray bytes in Chinese
    # many replacements: at most 2, or one per 20 characters
    body = "政府信息公开工作年度报告" * 5  # 60 characters
    three = body[:57].encode("gbk") + b"\xff\xff\xff"  # 60 characters, 3 replaced: one per 20
    assert _majority_encoding(three) == ("gb18030", True)
    four = body[:56].encode("gbk") + b"\xff\xff\xff\xff"  # 60 characters, 4 replaced
    assert _majority_encoding(four) == ("gb18030", False)
    # rare characters besides the replaced byte: 9 of 10 in GB2312 is enough, 8 of 10 not
    assert _majority_encoding(("政府信息公开工作年" + "𬭚").encode("gb18030") + b"\xff") == ("gb18030", True)
    assert _majority_encoding(("政府信息公开工作" + "𬭚𬭚").encode("gb18030") + b"\xff") == ("gb18030", False)
    # replacement characters do not count as hanzi, nor as rare characters
    assert _majority_encoding(b"\xff" * 3 + b"abc") == ("utf-8", False)
