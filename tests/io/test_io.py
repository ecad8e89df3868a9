"""Reading and decoding: real seeds re-encoded, plus made-up edge cases."""

from __future__ import annotations

import codecs
import io
import os
import random
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from gdrkit.io import ReadError, decode_bytes, discover_files, docx_to_text, html_to_text, read_document

from conftest import DATA

SEED = (DATA / "000_46aca74da5115982.txt").read_text(encoding="utf-8")
PARA = max(SEED.split("\n"), key=len).strip()  # the longest real paragraph of seed 000


@pytest.mark.parametrize("enc,bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gbk", b""),
                                     ("gb18030", b""), ("utf-16-le", codecs.BOM_UTF16_LE),
                                     ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_decode_whole_paragraph(enc, bom):
    text, used, notes = decode_bytes(bom + PARA.encode(enc))
    assert text == PARA
    assert notes == []


@pytest.mark.parametrize("n", [8, 16, 32])
def test_decode_short_gbk_snippets(n):
    # short GBK snippets are where detectors fail; strict gb18030 after strict utf-8 does not
    snippet = PARA[:n]
    text, used, _ = decode_bytes(snippet.encode("gbk"))
    assert text == snippet and used == "gb18030"


def test_decode_gb18030_only_characters():
    s = "𠀀㐀€" + PARA[:20]
    assert decode_bytes(s.encode("gb18030"))[0] == s


def test_decode_utf16_without_bom():
    text, used, _ = decode_bytes(PARA.encode("utf-16-le"))
    assert text == PARA and used == "utf-16-le"


def test_decode_big5_is_flagged():
    s = "政府資訊公開工作年度報告，本機關全年主動公開資訊一百二十條。"
    text, used, notes = decode_bytes(s.encode("big5"))
    assert text == s and used == "big5" and "Big5" in notes[0]


def test_broken_bytes_are_replaced_and_located():
    data = PARA.encode("utf-8")
    bad = data[:30] + b"\xff\xfe\xfa" + data[30:]
    text, used, notes = decode_bytes(bad)
    assert used.endswith("+replace")
    assert "offset 30" in notes[0]
    assert PARA[:10] in text


def test_html_main_content_only():
    html = f"""<html><head><title>年报</title><script>var x='主动公开999条';</script></head><body>
    <div class="nav">首页 > 政府信息公开</div><div class="breadcrumb">您现在所在的位置: 首页</div>
    <div class="content"><p>{PARA}</p><table><tr><td>本年新收</td><td>23</td><td>0</td></tr></table></div>
    <div class="share">分享到: 微信 微博</div><div class="footer">版权所有</div></body></html>"""
    text = html_to_text(html)
    assert PARA in text
    assert "999" not in text and "首页" not in text and "版权所有" not in text and "分享到" not in text
    assert "| 本年新收 | 23 | 0 |" in text  # a table is pipe rows: cells keep their boundaries and columns


def _docx_bytes(paragraphs):
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_text():
    data = _docx_bytes(["二O一三年政府信息公开工作年度报告", PARA])
    text = docx_to_text(data)
    assert PARA in text and text.startswith("二O一三年")


def test_docx_bomb_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", "<a>" + "0" * (300 * 1024 * 1024) + "</a>")
    with pytest.raises(ReadError, match="decompression bomb"):
        docx_to_text(buf.getvalue())


def test_pdf_text_layer(shared_raw):
    doc = read_document(shared_raw / "govnianbao__huaian-2024.pdf")
    assert doc.format == "pdf"
    assert "淮安市人民政府" in doc.text_raw and "信息处理费" in doc.text_raw


def test_read_errors_are_plain(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(ReadError, match="empty file"):
        read_document(tmp_path / "empty.txt")
    (tmp_path / "big.txt").write_bytes(PARA.encode() * 10)
    with pytest.raises(ReadError, match="too large"):
        read_document(tmp_path / "big.txt", max_bytes=100)


def test_discover_is_sorted_and_recursive(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("x")
    (tmp_path / "a.html").write_text("x")
    (tmp_path / "notes.xlsx").write_text("x")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    files, skipped = discover_files(tmp_path)
    assert [f.name for f in files] == ["a.html", "z.txt"]
    reasons = {s["error"].split(":")[0] for s in skipped}
    assert "symlink loop" in reasons and "not read: a data file (.xlsx); pass metadata tables with load_corpus(metadata=...)" in {s["error"] for s in skipped}


def _name_bytes(tmp_path, name: bytes):
    """A path under tmp_path named by raw bytes (file systems that refuse non-UTF-8
    names, e.g. APFS, skip the test)."""
    p = os.fsencode(str(tmp_path)) + b"/" + name
    try:
        return p, open(p, "wb")
    except OSError as exc:
        pytest.skip(f"this file system refuses a non-UTF-8 name: {exc}")


def test_a_gbk_file_name_is_an_error_row_and_the_rest_is_read(tmp_path):
    seed = sorted(DATA.glob("*.txt"))[0]
    (tmp_path / "ok.txt").write_bytes(seed.read_bytes())
    raw, f = _name_bytes(tmp_path, "河北省2018年报.txt".encode("gbk"))  # a zip unpacked on Linux
    with f:
        f.write(seed.read_bytes())
    os.mkdir(os.fsencode(str(tmp_path)) + b"/" + "年报".encode("gbk"))
    files, skipped = discover_files(tmp_path)
    assert [p.name for p in files] == ["ok.txt"]
    by_kind = {s["error"].split(" ")[0]: s for s in skipped}
    assert set(by_kind) == {"file", "folder"}
    assert "as GB18030 it reads '河北省2018年报.txt'" in by_kind["file"]["error"]
    assert by_kind["folder"]["error"].endswith("nothing in it was read")
    for s in skipped:  # storable in a table: escaped, not lone surrogates
        s["path"].encode("utf-8")
    assert by_kind["file"]["path"] == str(tmp_path) + "/" + raw.rsplit(b"/", 1)[1].decode("utf-8", "backslashreplace")
    with pytest.raises(ValueError, match="not valid UTF-8"):
        discover_files(os.fsdecode(raw))


def test_an_output_folder_inside_the_corpus_is_not_read(tmp_path):
    shutil.copy(sorted(DATA.glob("*.txt"))[0], tmp_path / "a.txt")
    (tmp_path / "out").mkdir()
    for name in ("reports.parquet", "errors.parquet", "reports.csv"):
        (tmp_path / "out" / name).write_bytes(b"x")
    (tmp_path / "half").mkdir()  # a folder with one of the two marks is read as usual
    (tmp_path / "half" / "reports.parquet").write_bytes(b"x")
    files, skipped = discover_files(tmp_path)
    assert [p.name for p in files] == ["a.txt"]
    assert {s["path"]: s["error"] for s in skipped} == {
        str(tmp_path / "half" / "reports.parquet"): "unsupported file type .parquet",
        str(tmp_path / "out"): "not read: a gdrkit output folder (it holds reports.parquet, errors.parquet)"}


def test_binary_content_under_a_text_name(tmp_path):
    (tmp_path / "ls.txt").write_bytes(Path(sys.executable).resolve().read_bytes()[:100_000])
    (tmp_path / "noise.txt").write_bytes(random.Random(7).randbytes(5000))
    for name in ("ls.txt", "noise.txt"):
        with pytest.raises(ReadError, match=r"binary content under a \.txt name"):
            read_document(tmp_path / name)
    seed = sorted(DATA.glob("*.txt"))[0].read_bytes()  # a stray NUL in a real report stays text
    cut = seed.index(b"\n", 300)  # between lines, not inside a character
    (tmp_path / "nul.txt").write_bytes(seed[:cut] + b"\x00" + seed[cut:])
    doc = read_document(tmp_path / "nul.txt")
    assert doc.notes == ["NUL characters removed"] and len(doc.text_raw) > 1000


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text_not_binary(enc, tmp_path):
    """Chinese UTF-16 has control-range bytes (。 is 02 30) and few NULs: it must not be
    taken for a binary file."""
    for seed in sorted(DATA.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        (tmp_path / "r.txt").write_bytes(text.encode(enc))
        doc = read_document(tmp_path / "r.txt")
        assert doc.text_raw.replace("\r\n", "\n") == text.replace("\r\n", "\n"), (seed.name, doc.encoding)


def test_password_and_damage_in_pdfs(shared_raw, tmp_path):
    from pypdf import PdfReader, PdfWriter

    src = shared_raw / "govnianbao__huaian-2024.pdf"
    for user, name in (("secret", "locked.pdf"), ("", "open.pdf")):
        w = PdfWriter(clone_from=PdfReader(src))
        w.encrypt(user_password=user, owner_password="owner")
        w.write(tmp_path / name)
    with pytest.raises(ReadError, match="password-protected PDF"):
        read_document(tmp_path / "locked.pdf")
    assert read_document(tmp_path / "open.pdf").text_raw == read_document(src).text_raw  # empty user password
    data = bytearray(src.read_bytes())
    rng = random.Random(1)
    for _ in range(5):  # the 5th of these damaged copies loses a stream: pypdf logs it, gdrkit notes it
        data = bytearray(src.read_bytes())
        for _ in range(50):
            data[rng.randrange(len(data))] = rng.randrange(256)
    (tmp_path / "damaged.pdf").write_bytes(bytes(data))
    doc = read_document(tmp_path / "damaged.pdf")
    assert len(doc.text_raw) < len(read_document(src).text_raw)
    assert doc.notes and doc.notes[0].startswith("damaged PDF: pypdf reported ")
    assert doc.notes[0].endswith("text may be incomplete")


def _damaged_docx(drop: str = "", truncate: str = "") -> bytes:
    """A .docx of two paragraphs with one member left out, or cut to half its length."""
    good = zipfile.ZipFile(io.BytesIO(_docx_bytes(["二O一三年政府信息公开工作年度报告", PARA])))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in good.namelist():
            data = good.read(name)
            if name != drop:
                zf.writestr(name, data[: len(data) // 2] if name == truncate else data)
    return buf.getvalue()


def test_docx_without_content_types_is_a_damaged_file():
    with pytest.raises(ReadError) as err:
        docx_to_text(_damaged_docx(drop="[Content_Types].xml"))
    assert err.value.stage == "extract"
    assert err.value.message == ("damaged .docx: a part is missing "
                                 "(There is no item named '[Content_Types].xml' in the archive)")


def test_docx_without_document_relationships_is_read_whole():
    """word/_rels/document.xml.rels only links styles, numbering and images: python-docx
    opens the document without it, and every paragraph is there."""
    assert docx_to_text(_damaged_docx(drop="word/_rels/document.xml.rels")) == \
        "二O一三年政府信息公开工作年度报告\n" + PARA


def test_docx_with_a_cut_document_part_says_so():
    with pytest.raises(ReadError) as err:
        docx_to_text(_damaged_docx(truncate="word/document.xml"))
    assert err.value.stage == "extract" and err.value.message.startswith("damaged .docx: XMLSyntaxError: ")


# ---------------------------------------------------------------- property tests
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_HANZI = sorted({ch for ch in SEED if "\u4e00" <= ch <= "\u9fff"})
_TEXT = st.text(alphabet=st.sampled_from(_HANZI + list("，。、；：“”《》（）0123456789 \nabcXYZ%")), min_size=8, max_size=300)


@settings(max_examples=60, deadline=None)
@given(_TEXT.filter(lambda s: sum("\u4e00" <= ch <= "\u9fff" for ch in s) >= 8),
       st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"]))
def test_decoding_roundtrips_real_hanzi(text, enc):
    """Any text made of the seeds' characters comes back exactly from any encoding."""
    decoded, used, notes = decode_bytes(text.encode(enc))
    assert decoded == text and notes == []


@settings(max_examples=60, deadline=None)
@given(st.binary(min_size=1, max_size=400))
def test_decoding_never_raises(data):
    """Arbitrary bytes decode to some text; any replacement is recorded with its offset."""
    text, used, notes = decode_bytes(data)
    assert isinstance(text, str)
    # bytes were replaced exactly when a note says where
    assert used.endswith("+replace") == any(n.startswith("undecodable bytes at offset ") for n in notes)


def test_documentation_files_in_a_corpus_folder_are_listed_not_read(tmp_path):
    from conftest import DATA
    seed = sorted(DATA.glob("*.txt"))[0]
    (tmp_path / seed.name).write_bytes(seed.read_bytes())
    for name in ("README.md", "SOURCES.md", "LICENSE", "notice.txt"):
        (tmp_path / name).write_text("where these reports come from", encoding="utf-8")
    (tmp_path / "readme-2019.txt").write_text("a report whose name starts like one", encoding="utf-8")
    files, skipped = discover_files(tmp_path)
    assert [p.name for p in files] == sorted([seed.name, "readme-2019.txt"])
    assert sorted(Path(s["path"]).name for s in skipped) == ["LICENSE", "README.md", "SOURCES.md", "notice.txt"]
    assert {s["error"] for s in skipped} == {
        "not read: a documentation file (README, SOURCES, LICENSE, NOTICE, CHANGELOG)"}
