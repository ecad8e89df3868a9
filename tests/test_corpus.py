from __future__ import annotations

import re
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


def test_report_id_is_content_based(tmp_path, cache_dir):
    src = DATA / "002_d2cdc19c69bd6f1e.txt"
    (tmp_path / "sub").mkdir()
    shutil.copy(src, tmp_path / "sub" / "renamed.txt")
    moved = gdrkit.load_corpus(tmp_path, cache_dir=cache_dir, progress=False)
    orig = gdrkit.load_corpus(src, cache_dir=cache_dir, progress=False)
    assert moved.reports["report_id"].iloc[0] == orig.reports["report_id"].iloc[0]
    assert moved.reports["path"].iloc[0].endswith("renamed.txt")


def test_duplicates_flagged_not_merged(tmp_path, cache_dir):
    src = DATA / "003_cc707d8ae19cac44.txt"
    shutil.copy(src, tmp_path / "a.txt")
    shutil.copy(src, tmp_path / "b.txt")
    (tmp_path / "c.txt").write_bytes(src.read_bytes().replace(b"\n", b"\r\n"))  # same text, other bytes
    text = (DATA / "000_46aca74da5115982.txt").read_text(encoding="utf-8")  # a report with counts
    for name in ("x.txt", "y.txt"):  # the first and a corrected version: one count changed
        (tmp_path / name).write_text(text if name == "x.txt" else re.sub(r"\d+(?=件)", "7", text, count=1),
                                     encoding="utf-8")
    c = gdrkit.load_corpus(tmp_path, cache_dir=cache_dir, progress=False)
    r = c.reports.set_index("file")
    assert len(r) == 5 and r["report_id"].is_unique
    assert pd.isna(r.loc["a.txt", "duplicate_of"]) and pd.isna(r.loc["x.txt", "duplicate_of"])
    assert (r.loc[["b.txt", "c.txt"], "duplicate_of"] == r.loc["a.txt", "report_id"]).all()
    assert r.loc["y.txt", "duplicate_of"] == r.loc["x.txt", "report_id"]
    # only the near-duplicate, whose numbers may differ, says to compare before dropping
    assert r.loc[["a.txt", "b.txt", "c.txt", "x.txt"], "notes"].tolist() == ["", "", "", ""]
    assert r.loc["y.txt", "notes"] == (f"near-duplicate of {r.loc['x.txt', 'report_id']}: same agency and year, "
                                       "text not identical (another format, or a corrected version?): compare "
                                       "the two before dropping either")


def test_same_report_as_pdf_and_txt_is_flagged(shared_corpus):
    r = shared_corpus.reports.set_index("file")
    assert r.loc["govnianbao__huaian-2024.pdf", "year"] == 2024
    assert r.loc["govnianbao__huaian-2024.pdf", "agency"] == "淮安市人民政府"
    assert r.loc["govnianbao__huaian-2024.txt", "duplicate_of"] == r.loc["govnianbao__huaian-2024.pdf", "report_id"]
    assert r.loc["govnianbao__huaian-2024.txt", "notes"] == ""  # the same text (without whitespace): no note
    # nothing else in the real corpus is a duplicate (consecutive years share text, not whole reports)
    assert r["duplicate_of"].notna().sum() == 1


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


def test_near_duplicate_pairs_are_kept_for_an_unchanged_corpus(tmp_path, monkeypatch):
    import json

    import gdrkit.analysis.reuse as reuse
    from gdrkit.corpus import neardup_dir

    src = tmp_path / "src"
    shutil.copytree(DATA, src)
    first = sorted(DATA.glob("*.txt"))[0]
    seed = first.read_text(encoding="utf-8")
    (src / "zz-gbk.txt").write_bytes((seed + "\n附：另存一份。").encode("gb18030"))  # the same report, re-saved
    cache = tmp_path / "cache"
    cold = gdrkit.load_corpus(src, cache_dir=cache, progress=False)
    assert by_file(cold, "zz-gbk.txt")["duplicate_of"] == by_file(cold, first.name)["report_id"]
    kept = list(neardup_dir(cache).glob("*.json"))
    assert len(kept) == 1 and json.loads(kept[0].read_text()) == [[5, 0]]  # row 5 copies row 0

    def compared(*args, **kwargs):
        raise AssertionError("texts compared again")

    monkeypatch.setattr(reuse, "shingles", compared)
    warm = gdrkit.load_corpus(src, cache_dir=cache, progress=False)  # read, not compared
    pd.testing.assert_frame_equal(warm.reports, cold.reports)
    monkeypatch.undo()
    kept[0].write_text("[[5, 0", encoding="utf-8")  # damaged: compared again, and kept again
    pd.testing.assert_frame_equal(gdrkit.load_corpus(src, cache_dir=cache, progress=False).reports, cold.reports)
    assert json.loads(kept[0].read_text()) == [[5, 0]]
    # an edited member is another group of texts: compared again, with its own result
    (src / "zz-gbk.txt").write_bytes((seed + "\n附：另存一份，再改一句。").encode("gb18030"))
    edited = gdrkit.load_corpus(src, cache_dir=cache, progress=False)
    assert by_file(edited, "zz-gbk.txt")["duplicate_of"] == by_file(cold, first.name)["report_id"]
    assert len(list(neardup_dir(cache).glob("*.json"))) == 2
