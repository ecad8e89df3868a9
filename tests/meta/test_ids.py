"""Report ids and duplicates (gdrkit.meta.ids): content-based ids, exact copies and
near-duplicates flagged in duplicate_of, never merged."""

from __future__ import annotations

import re
import shutil

import pandas as pd

import gdrkit

from conftest import DATA, by_file


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


def test_near_duplicate_pairs_are_kept_for_an_unchanged_corpus(tmp_path, monkeypatch):
    import json

    import gdrkit.meta.ids as ids_module
    from gdrkit.meta.ids import neardup_dir

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

    monkeypatch.setattr(ids_module, "shingles", compared)
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
