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
    ("报".encode("utf-8"), "报", "utf-8"),
    ("𬭚".encode("gb18030"), "𬭚", "gb18030"),                 # one four-byte GB18030 character
    (b"\xef\xbb\xbf" + "报".encode("utf-8"), "报", "utf-8-sig"),
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
    data = "信息公开".encode("utf-8") + b"\xff"
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
