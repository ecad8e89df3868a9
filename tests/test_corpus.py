from __future__ import annotations

import shutil
import subprocess
import sys

import pandas as pd
import pytest

import gdrkit
from gdrkit.corpus import REPORT_COLUMNS

from conftest import DATA, by_file


def test_reports_contract(seed_corpus):
    r = seed_corpus.reports
    assert list(r.columns[: len(REPORT_COLUMNS)]) == REPORT_COLUMNS
    assert len(r) == 5 and r["report_id"].is_unique and seed_corpus.errors.empty
    assert (r["n_chars"] == r["text"].str.len()).all()


def test_metadata_join(tmp_path, cache_dir):
    meta = tmp_path / "meta.csv"
    meta.write_text("file,region_code,year\n000_46aca74da5115982.txt,330211,2013\n", encoding="utf-8-sig")
    with pytest.warns(UserWarning, match="no row for 4 report file"):
        c = gdrkit.load_corpus(DATA, metadata=meta, cache_dir=cache_dir, progress=False)
    r = by_file(c, "000_46aca74da5115982.txt")
    assert r.region_code == "330211" and r.year_user == "2013" and r.year == 2013
    assert pd.isna(by_file(c, "001_0ced3da2aecd6f3a.txt").region_code)


def test_tokens_by_report_and_section(seed_corpus):
    t = seed_corpus.tokens()
    assert len(t) == 5 and (t["n_tokens"] > 500).all()
    assert "依申请公开" in t["tokens"].iloc[0]
    ts = seed_corpus.tokens(by="section")
    assert len(ts) == len(seed_corpus.sections())


def test_cli_build_on_seeds(tmp_path):
    out = tmp_path / "out"
    env = {"GDRKIT_CACHE": str(tmp_path / "cache"), "GDRKIT_PROGRESS": "0", "PATH": "/usr/bin:/bin"}
    p = subprocess.run([sys.executable, "-m", "gdrkit.cli", "build", str(DATA), "-o", str(out)],
                       capture_output=True, text=True, env=env)
    assert p.returncode == 0, p.stderr
    assert "5 read, 0 errors, 0 duplicates" in p.stdout
    reports = pd.read_csv(out / "reports.csv", encoding="utf-8-sig")
    assert sorted(reports["year"]) == [2009, 2010, 2011, 2013, 2013]
    assert (out / "reports.csv").read_bytes()[:3] == b"\xef\xbb\xbf"  # Excel sees UTF-8
    for name in ("reports", "sections", "errors"):
        assert (out / f"{name}.parquet").exists() and (out / f"{name}.csv").exists()
    assert (out / "tokens.parquet").exists() and not (out / "tokens.csv").exists()
    r = pd.read_parquet(out / "reports.parquet").set_index("file")
    assert "CBA直播" in r.loc["001_0ced3da2aecd6f3a.txt", "text_raw"]
    assert "CBA直播" not in r.loc["001_0ced3da2aecd6f3a.txt", "text"]


def test_cli_errors(tmp_path):
    env = {"GDRKIT_CACHE": str(tmp_path / "cache"), "GDRKIT_PROGRESS": "0", "PATH": "/usr/bin:/bin"}
    p = subprocess.run([sys.executable, "-m", "gdrkit.cli", "build", str(tmp_path / "nope"), "-o", str(tmp_path / "o")],
                       capture_output=True, text=True, env=env)
    assert p.returncode == 2 and "no such file or folder" in p.stderr
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    p = subprocess.run([sys.executable, "-m", "gdrkit.cli", "build", str(tmp_path / "in"), "-o", str(tmp_path / "o")],
                       capture_output=True, text=True, env=env)
    assert p.returncode == 1 and "empty file" in p.stderr and "0 read, 1 errors" in p.stdout


def test_metadata_by_relative_path(tmp_path, cache_dir):
    for year in ("2012", "2013"):
        (tmp_path / "in" / year).mkdir(parents=True)
    shutil.copy(DATA / "000_46aca74da5115982.txt", tmp_path / "in" / "2012" / "report.txt")
    shutil.copy(DATA / "002_d2cdc19c69bd6f1e.txt", tmp_path / "in" / "2013" / "report.txt")
    (tmp_path / "in" / "notes.md").write_text((DATA / "003_cc707d8ae19cac44.txt").read_text(encoding="utf-8"),
                                             encoding="utf-8")
    (tmp_path / "in" / ".DS_Store").write_bytes(b"\x00\x01")
    by_name = tmp_path / "by_name.csv"
    by_name.write_text("file,region\nreport.txt,x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="share a file name"):
        gdrkit.load_corpus(tmp_path / "in", metadata=by_name, cache_dir=cache_dir, progress=False)
    by_path = tmp_path / "by_path.csv"
    by_path.write_text("path,region\n2012/report.txt,浙江\n2013/report.txt,未知\nnotes.md,金华\n", encoding="utf-8")
    c = gdrkit.load_corpus(tmp_path / "in", metadata=by_path, cache_dir=cache_dir, progress=False)
    r = c.reports.set_index(c.reports["path"].map(lambda p: p.split("/in/")[1]))
    assert r.loc["2012/report.txt", "region"] == "浙江" and r.loc["2013/report.txt", "region"] == "未知"
    assert r.loc["notes.md", "year"] == 2010  # a Markdown report is read, not skipped
    assert c.errors["error"].str.startswith("not read: hidden").sum() == 1  # .DS_Store accounted for


def test_tables_follow_edited_reports(tmp_path):
    """Derived tables are recomputed (not served from the caches) when the text changes."""
    def received(c):
        f = c.figures()
        rid = by_file(c, "000_46aca74da5115982.txt").report_id
        return f[(f.report_id == rid) & (f.measure == "applications_received") & (f.qualifier == "")].value.iloc[0]

    c1 = gdrkit.load_corpus(DATA, cache_dir=tmp_path, progress=False)
    assert received(c1) == 1
    c2 = gdrkit.load_corpus(DATA, cache_dir=tmp_path, progress=False)
    c2.reports = c2.reports.assign(text=c2.reports["text"].str.replace("收到1件", "收到7件"))
    assert received(c2) == 7
    assert received(c1) == 1


def test_tokens_follow_a_changed_backend(tmp_path):
    c = gdrkit.load_corpus(DATA, cache_dir=tmp_path, progress=False)
    fast = c.tables()["tokens"]
    c.backend = "jieba"
    ref = c.tokens()
    assert ref is not fast
    pd.testing.assert_frame_equal(ref, gdrkit.load_corpus(DATA, cache_dir=tmp_path, backend="jieba",
                                                          progress=False).tokens())
