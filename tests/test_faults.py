"""Bad input: a folder of deliberately broken files, made here (nothing downloaded)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import gdrkit

from conftest import DATA

SEED = (DATA / "002_d2cdc19c69bd6f1e.txt").read_text(encoding="utf-8")


def _blank_pdf() -> bytes:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<w/>" + b" " * (250 * 1024 * 1024))
    return buf.getvalue()


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    (d / "gbk.txt").write_bytes(SEED.encode("gb18030"))
    (d / "utf16.txt").write_bytes(b"\xff\xfe" + SEED.encode("utf-16-le"))
    (d / "copy-of-gbk.txt").write_bytes(SEED.encode("gb18030"))
    (d / "big5.html").write_bytes(("<html><body><div class='content'>平潭縣人民政府2012年政府資訊公開工作年度報告。"
                                   "本年度主動公開政府資訊一百二十條,收到政府資訊公開申請三件。</div></body></html>").encode("big5"))
    (d / "really-html.doc").write_text(f"<html><body><p>{SEED}</p></body></html>", encoding="utf-8")
    (d / "legacy.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    (d / "truncated.html").write_text("<html><body><div class='content'><p>" + SEED[:1500], encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "image-only.pdf").write_bytes(_blank_pdf())
    (d / "broken.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(300))
    (d / "bomb.docx").write_bytes(_bomb())
    (d / "lorem.txt").write_text("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20)
    (d / "huge.txt").write_text(SEED * 200, encoding="utf-8")
    (d / "mixed.txt").write_bytes(SEED[:600].encode("utf-8") + b"\xff\xfe\xfd" + SEED[600:].encode("utf-8"))
    sub = d / "sub"
    sub.mkdir()
    (sub / "loop").symlink_to(d, target_is_directory=True)
    (d / "dangling.txt").symlink_to(d / "does-not-exist.txt")
    os.mkfifo(d / "pipe.txt")
    return d


def test_every_file_accounted_for(bad_folder, tmp_path):
    c = gdrkit.load_corpus(bad_folder, cache_dir=tmp_path, progress=False, max_bytes=1_000_000)
    seen = set(c.reports["path"]) | set(c.errors["path"])
    on_disk = {str(p) for p in bad_folder.rglob("*") if p.name != "loop" and not p.is_dir()} | {str(bad_folder / "sub" / "loop")}
    assert on_disk <= seen, on_disk - seen
    err = dict(zip(c.errors["path"].map(os.path.basename), c.errors["error"]))
    assert err["empty.txt"] == "empty file"
    assert err["image-only.pdf"] == "image-only PDF: no text layer"
    assert err["broken.pdf"].startswith("broken PDF")
    assert "decompression bomb" in err["bomb.docx"]
    assert err["lorem.txt"].startswith("not a report: no disclosure terms")
    assert err["huge.txt"].startswith("file too large")
    assert err["legacy.doc"].startswith("legacy Word/WPS binary file")
    assert err["dangling.txt"] == "broken symlink"
    assert err["loop"].startswith("symlink loop")
    assert err["pipe.txt"].startswith("not a regular file")
    r = c.reports.set_index(c.reports["path"].map(os.path.basename))
    assert r.loc["gbk.txt", "encoding"] == "gb18030" and r.loc["utf16.txt", "encoding"] == "utf-16"
    assert r.loc["gbk.txt", "text"] == r.loc["utf16.txt", "text"]
    first = r.loc["copy-of-gbk.txt", "report_id"]  # files are taken in sorted order
    assert pd.isna(r.loc["copy-of-gbk.txt", "duplicate_of"])
    dups = set(r.index[r["duplicate_of"] == first])
    # same bytes; same text in other bytes; the same report wrapped in HTML; and with a few broken bytes
    assert dups == {"gbk.txt", "utf16.txt", "really-html.doc", "mixed.txt"}
    assert r.loc["really-html.doc", "format"] == "html" and "<p>" not in r.loc["really-html.doc", "text"]
    assert "traditional characters" in r.loc["big5.html", "notes"]
    assert f"undecodable bytes at offset {len(SEED[:600].encode())}" in r.loc["mixed.txt", "notes"]  # a byte offset
    assert r.loc["truncated.html", "year"] == 2013


def test_traditional_conversion(bad_folder, tmp_path):
    pytest.importorskip("opencc", reason="the optional extra gdrkit[traditional] is not installed")
    c = gdrkit.load_corpus(bad_folder / "big5.html", cache_dir=tmp_path, progress=False, convert_traditional=True)
    r = c.reports.iloc[0]
    assert "政府信息公开" in r.text and "資訊" in r.text_raw
    assert r.year == 2012 and "converted to simplified" in r.notes


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    p = tmp_path / "secret.txt"
    p.write_text(SEED, encoding="utf-8")
    real = type(p).read_bytes

    def deny(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(type(p), "read_bytes", deny)
    c = gdrkit.load_corpus(tmp_path, cache_dir=tmp_path / "c", progress=False)
    assert c.errors.iloc[0]["error"] == "cannot read: Permission denied"


def test_cli_summary_and_exit_code(bad_folder, tmp_path):
    env = {**os.environ, "GDRKIT_CACHE": str(tmp_path / "cache"), "GDRKIT_PROGRESS": "0"}
    p = subprocess.run([sys.executable, "-m", "gdrkit.cli", "build", str(bad_folder), "-o", str(tmp_path / "o"),
                        "--max-mb", "1", "--no-tokens"], capture_output=True, text=True, env=env)
    assert p.returncode == 0, p.stderr
    errors = pd.read_csv(tmp_path / "o" / "errors.csv", encoding="utf-8-sig")
    reports = pd.read_csv(tmp_path / "o" / "reports.csv", encoding="utf-8-sig")
    assert f"{len(reports)} read, {len(errors)} errors, 4 duplicates" in p.stdout
    assert "image-only PDF" in p.stderr
    assert "warning: 1 report(s) state no year, e.g. ['big5.html']" in p.stderr  # a warning, not a failure


def _same_bytes(src: Path, tmp_path: Path) -> list[str]:
    """Build ``src`` four times (1, 1, 2, 2 workers; the last run warm) and assert every
    table is byte-identical across the runs; return the table names."""
    outs = []
    for i, workers in enumerate((1, 1, 2, 2)):
        cache = tmp_path / f"cache{min(i, 2)}"  # the last run is warm (the third run's cache)
        env = {**os.environ, "GDRKIT_CACHE": str(cache), "GDRKIT_PROGRESS": "0"}
        out = tmp_path / f"o{i}"
        p = subprocess.run([sys.executable, "-m", "gdrkit.cli", "build", str(src), "-o", str(out),
                            "--workers", str(workers)], capture_output=True, text=True, env=env)
        assert p.returncode == 0, p.stderr
        outs.append(out)
    names = sorted(f.name for f in outs[0].iterdir())
    assert "reports.parquet" in names and "tokens.parquet" in names
    for f in names:
        first = (outs[0] / f).read_bytes()
        assert [(o / f).read_bytes() == first for o in outs[1:]] == [True] * 3, f
    return names


def test_same_input_same_bytes(tmp_path):
    """Tables of the seeds are byte-identical run after run, with 1 or 2 workers, and cold
    or warm."""
    src = tmp_path / "src"
    shutil.copytree(DATA, src / "seeds")
    _same_bytes(src, tmp_path)
    assert len(pd.read_parquet(tmp_path / "o3" / "reports.parquet")) == 5


def test_same_input_same_bytes_with_real_reports(shared_raw, tmp_path):
    """The same with the real reports of ../shared beside the seeds (enough reports for the
    workers to split them into several chunks)."""
    src = tmp_path / "src"
    shutil.copytree(DATA, src / "seeds")
    shutil.copytree(shared_raw, src / "shared")
    _same_bytes(src, tmp_path)
    assert len(pd.read_parquet(tmp_path / "o3" / "reports.parquet")) == 76  # 71 real reports and 5 seeds
