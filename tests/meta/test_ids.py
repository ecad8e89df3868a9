"""Report ids and duplicates (gdrkit.meta.ids): content-based ids, exact copies and
near-duplicates flagged in duplicate_of, never merged."""

from __future__ import annotations

import re
import shutil

import pandas as pd
import pytest

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
    # nothing else in the real corpus is a duplicate (consecutive years share text, not whole
    # reports) but the 平潭 2013 web page, once agency ids give it the agency of its .txt copy
    # (the names printed differ: 平潭综合实验区 / 平潭综合实验区管委会)
    if "agency_id" in r.columns:
        assert r.loc["pingtan-archive__ptq-2013.html", "duplicate_of"] == r.loc["pingtan-archive__ptq-2013.txt",
                                                                                "report_id"]
    assert r["duplicate_of"].notna().sum() == (2 if "agency_id" in r.columns else 1)


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


# ----------------------------------------------------------------------------- exact copies, no metadata
# A short report whose agency and year cannot be read (no agency in the title or the text,
# no year): the near-duplicate pass, which compares reports of one agency and year, never
# sees it, so only the exact-text path can flag its copies.
NO_AGENCY = "政府信息公开工作年度报告\n本年度主动公开政府信息120条，收到政府信息公开申请3件，均已按期答复。\n"
NO_AGENCY_YEAR_KNOWN = "2021年政府信息公开工作年度报告\n本年度主动公开政府信息86条，未收到政府信息公开申请。\n"


def _load(folder, cache_dir):
    c = gdrkit.load_corpus(folder, cache_dir=cache_dir, progress=False)
    assert c.errors.empty, c.errors
    return c.reports.set_index("file")


def test_copies_of_a_report_without_agency_or_year_are_flagged_by_the_exact_text_path(tmp_path, cache_dir):
    import hashlib

    raw = NO_AGENCY.encode("utf-8")
    (tmp_path / "a.txt").write_bytes(raw)
    (tmp_path / "b-crlf.txt").write_bytes(raw.replace(b"\n", b"\r\n"))  # the same text, other bytes
    (tmp_path / "c-same.txt").write_bytes(raw)  # byte-identical
    (tmp_path / "d-gbk.txt").write_bytes(NO_AGENCY.encode("gbk"))  # re-saved in GBK
    (tmp_path / "e-spaces.txt").write_bytes(raw.replace("。".encode(), "。 ".encode()))  # whitespace only
    (tmp_path / "f-edited.txt").write_bytes(raw.replace(b"120", b"121"))  # one figure changed: another report
    r = _load(tmp_path, cache_dir)
    assert r["agency"].isna().all() and r["year"].isna().all()  # what makes the near-duplicate pass blind
    first = r.loc["a.txt", "report_id"]
    assert first == hashlib.sha1(raw).hexdigest()[:16] and pd.isna(r.loc["a.txt", "duplicate_of"])
    assert r.loc[["b-crlf.txt", "c-same.txt", "d-gbk.txt", "e-spaces.txt"], "duplicate_of"].tolist() == [first] * 4
    assert pd.isna(r.loc["f-edited.txt", "duplicate_of"])
    # a byte-identical copy: the first one's id and a hash of its path in the folder read
    assert r.loc["c-same.txt", "report_id"] == f"{first}-{hashlib.sha1(b'c-same.txt').hexdigest()[:6]}"
    # a copy in other bytes keeps its own content id
    crlf = raw.replace(b"\n", b"\r\n")
    assert r.loc["b-crlf.txt", "report_id"] == hashlib.sha1(crlf).hexdigest()[:16]
    assert r["report_id"].is_unique
    # an exact copy says nothing about comparing versions (only near-duplicates do)
    assert r["notes"].tolist() == ["year not stated in the text"] * 6


def test_copy_of_a_report_with_a_year_but_no_agency(tmp_path, cache_dir):
    raw = NO_AGENCY_YEAR_KNOWN.encode("utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "2021.txt").write_bytes(raw)
    (tmp_path / "sub" / "2021-copy.txt").write_bytes(raw.replace(b"\n", b"\r\n"))
    r = _load(tmp_path, cache_dir)
    assert r["agency"].isna().all() and r["year"].tolist() == [2021, 2021]
    # files are taken in sorted path order: "2021-copy.txt" < "2021.txt"
    assert pd.isna(r.loc["2021-copy.txt", "duplicate_of"])
    assert r.loc["2021.txt", "duplicate_of"] == r.loc["2021-copy.txt", "report_id"]


def test_byte_identical_copy_id_hashes_the_path_within_the_folder(tmp_path, cache_dir):
    """The suffix of a byte-identical copy's id is a hash of its path relative to the
    folder read: the same after moving the folder, or reading the copy from a subfolder path."""
    import hashlib

    raw = NO_AGENCY.encode("utf-8")
    for where in ("one", "two"):
        (tmp_path / where / "x").mkdir(parents=True)
        (tmp_path / where / "a.txt").write_bytes(raw)
        (tmp_path / where / "x" / "b.txt").write_bytes(raw)
    one, two = _load(tmp_path / "one", cache_dir), _load(tmp_path / "two", cache_dir)
    suffix = hashlib.sha1(b"x/b.txt").hexdigest()[:6]
    assert one.loc["b.txt", "report_id"] == two.loc["b.txt", "report_id"] == f"{hashlib.sha1(raw).hexdigest()[:16]}-{suffix}"
    assert one.loc["b.txt", "duplicate_of"] == one.loc["a.txt", "report_id"]


def _rows(*texts, paths=None) -> pd.DataFrame:
    """A reports table as gdrkit.corpus builds it before the ids: sha1, text_hash, path, ..."""
    import hashlib

    paths = paths or [f"/c/r{i}.txt" for i in range(len(texts))]
    return pd.DataFrame({
        "sha1": [hashlib.sha1(t.encode()).hexdigest() for t in texts],
        "text_hash": [hashlib.sha1("".join(t.split()).encode()).hexdigest() for t in texts],
        "path": paths, "agency": [None] * len(texts), "year": pd.array([None] * len(texts), dtype="Int64"),
        "text": list(texts), "notes": [""] * len(texts)})


def test_assign_ids_on_a_table():
    """gdrkit.meta.ids.assign_ids directly: ids, exact copies by bytes and by text, paths with
    and without a root folder."""
    import hashlib

    from gdrkit.meta.ids import assign_ids as _assign_ids

    t = "报告 正文"
    rows = _rows(t, "报告\n正文", t, "另一份报告", paths=[str(DATA / n) for n in ("a.txt", "b.txt", "sub/c.txt", "d.txt")])
    _assign_ids(rows, root=DATA)  # an existing folder
    sha = rows["sha1"].tolist()
    assert rows.columns[0] == "report_id"
    assert rows["report_id"].tolist() == [sha[0][:16], sha[1][:16],
                                          f"{sha[0][:16]}-{hashlib.sha1(b'sub/c.txt').hexdigest()[:6]}", sha[3][:16]]
    assert rows["duplicate_of"].isna().tolist() == [True, False, False, True]
    assert rows["duplicate_of"].tolist()[1:3] == [sha[0][:16], sha[0][:16]]
    assert rows["notes"].tolist() == ["", "", "", ""]
    # no root: the suffix hashes the path as given; a file as root (or a missing path): its folder
    bare = _rows(t, t, paths=["/c/a.txt", "/c/sub/c.txt"])
    _assign_ids(bare)
    assert bare["report_id"][1] == f"{sha[0][:16]}-{hashlib.sha1(b'/c/sub/c.txt').hexdigest()[:6]}"
    filed = _rows(t, t, paths=[str(DATA / "a.txt"), str(DATA / "sub" / "c.txt")])
    _assign_ids(filed, root=DATA / "000_46aca74da5115982.txt")
    assert filed["report_id"][1] == f"{sha[0][:16]}-{hashlib.sha1(b'sub/c.txt').hexdigest()[:6]}"
    missing = _rows(t, t, paths=["/no/such/a.txt", "/no/such/sub/c.txt"])
    _assign_ids(missing, root="/no/such/a.txt")
    assert missing["report_id"][1] == f"{sha[0][:16]}-{hashlib.sha1(b'sub/c.txt').hexdigest()[:6]}"


# ----------------------------------------------------------------------------- near-duplicate pass, edges
# (written to kill mutants `make mutate` found surviving: see docs/mutation-survivors.md)
def test_no_near_duplicate_pass_without_an_agency(tmp_path):
    """Two versions of a report with a year but no agency: not compared (the near-duplicate
    pass needs agency and year), so the corrected one is not flagged; and no group of
    one report is compared or kept in the cache."""
    from gdrkit.meta.ids import neardup_dir

    raw = NO_AGENCY_YEAR_KNOWN.encode("utf-8")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_bytes(raw)
    (tmp_path / "src" / "b.txt").write_bytes(raw.replace(b"86", b"87"))
    shutil.copy(DATA / "000_46aca74da5115982.txt", tmp_path / "src" / "c.txt")  # one report of its agency
    r = _load(tmp_path / "src", tmp_path / "cache")
    assert r["duplicate_of"].isna().all()
    assert not neardup_dir(tmp_path / "cache").exists()


def test_near_duplicate_note_is_appended_to_other_notes(tmp_path, cache_dir):
    text = (DATA / "000_46aca74da5115982.txt").read_text(encoding="utf-8")
    (tmp_path / "x.txt").write_text(text, encoding="utf-8")
    (tmp_path / "y.txt").write_bytes(re.sub(r"\d+(?=件)", "7", text, count=1).encode("utf-8") + b"\xff")
    r = _load(tmp_path, cache_dir)
    assert r.loc["y.txt", "duplicate_of"] == r.loc["x.txt", "report_id"]
    assert r.loc["y.txt", "notes"].startswith("undecodable bytes at offset ")
    assert f"; near-duplicate of {r.loc['x.txt', 'report_id']}: same agency and year" in r.loc["y.txt", "notes"]


def _near_pair(folder):
    text = (DATA / "000_46aca74da5115982.txt").read_text(encoding="utf-8")
    folder.mkdir()
    (folder / "x.txt").write_text(text, encoding="utf-8")
    (folder / "y.txt").write_text(re.sub(r"\d+(?=件)", "7", text, count=1), encoding="utf-8")


def test_near_duplicate_cache_is_off_with_gdrkit_table_cache_0(tmp_path, monkeypatch):
    from gdrkit.meta.ids import neardup_dir

    _near_pair(tmp_path / "src")
    monkeypatch.setenv("GDRKIT_TABLE_CACHE", "0")
    r = _load(tmp_path / "src", tmp_path / "cache")
    assert r.loc["y.txt", "duplicate_of"] == r.loc["x.txt", "report_id"]
    assert not neardup_dir(tmp_path / "cache").exists()
    monkeypatch.setenv("GDRKIT_TABLE_CACHE", "1")
    _load(tmp_path / "src", tmp_path / "cache" / "new" / "deeper")  # parent folders made
    assert len(list(neardup_dir(tmp_path / "cache" / "new" / "deeper").glob("*.json"))) == 1


@pytest.mark.parametrize("damaged", ["[[1]]", "[[1, \"0\"]]", "[[1, 2]]", "[[1, -1]]", "{}", "[1]"])
def test_a_damaged_near_duplicate_cache_entry_is_compared_again(tmp_path, damaged):
    import json

    from gdrkit.meta.ids import neardup_dir

    _near_pair(tmp_path / "src")
    cold = _load(tmp_path / "src", tmp_path / "cache")
    (kept,) = neardup_dir(tmp_path / "cache").glob("*.json")
    assert json.loads(kept.read_text()) == [[1, 0]]
    kept.write_text(damaged, encoding="utf-8")
    again = _load(tmp_path / "src", tmp_path / "cache")
    assert again.loc["y.txt", "duplicate_of"] == cold.loc["x.txt", "report_id"]
    assert json.loads(kept.read_text()) == [[1, 0]]


# ----------------------------------------------------------------------------- agency_id, containment, formats
def _read_rows(*paths) -> pd.DataFrame:
    """``reports`` rows of real files as gdrkit reads them, before the ids."""
    from gdrkit.pipeline.stages import read_report

    return pd.DataFrame([read_report(p) for p in paths])


def test_a_web_page_with_its_chrome_is_a_copy_of_the_plain_text_once_agency_ids_agree(shared_raw):
    """平潭 2013: the .html (page chrome: 全真版, 文件下载, 扫一扫…) and the .txt (a header of
    标题/发布机构 lines) print different agency names (平潭综合实验区 / …管委会); with the one
    agency_id gdrkit.meta gives both, the web page is flagged as the copy of the plain
    text, kept for its plainer container."""
    from gdrkit.meta.ids import assign_ids

    rows = _read_rows(shared_raw / "pingtan-archive__ptq-2013.html", shared_raw / "pingtan-archive__ptq-2013.txt")
    assert rows["agency"].nunique() == 2  # as printed
    assert rows["agency_id"].tolist() == ["350128:管理委员会"] * 2
    by_name = rows.drop(columns=["agency_id", "agency_name"])
    assign_ids(by_name)
    assert by_name["duplicate_of"].isna().all()  # agency as printed: never compared
    assign_ids(rows)
    html, txt = rows.iloc[0], rows.iloc[1]
    assert pd.isna(txt["duplicate_of"]) and html["duplicate_of"] == txt["report_id"]
    assert html["notes"].startswith(f"near-duplicate of {txt['report_id']}")


def test_containment_catches_a_copy_that_jaccard_misses():
    """A report and the same report inside a page of chrome: the Jaccard index is under
    0.85, the report's shingles are all in the page (containment 1.0)."""
    from gdrkit.meta.ids import CONTAINMENT, JACCARD, assign_ids
    from gdrkit.text.similarity import jaccard, shingles

    text = (DATA / "000_46aca74da5115982.txt").read_text(encoding="utf-8")
    chrome = "".join(f"首页导航栏目{i}|网站地图|联系我们|扫一扫在手机上查看当前页面{i}\n" for i in range(40))
    page = chrome + text + chrome
    assert jaccard(shingles(page, k=4), shingles(text, k=4)) < JACCARD
    rows = _rows(page, text, paths=["/c/a.html", "/c/a.txt"]).assign(
        agency=["某县人民政府", "某县政府"], agency_id="330000:某县人民政府", year=pd.array([2015, 2015], dtype="Int64"),
        format=["html", "txt"])
    assign_ids(rows)
    assert pd.isna(rows["duplicate_of"][1]) and rows["duplicate_of"][0] == rows["report_id"][1]
    assert CONTAINMENT == 0.9
    # an agency_id left empty falls back to the name as printed: two names, two agencies
    rows = _rows(page, text, paths=["/c/a.html", "/c/a.txt"]).assign(
        agency=["某县人民政府", "某县政府"], agency_id=[None, ""], year=pd.array([2015, 2015], dtype="Int64"),
        format=["html", "txt"])
    assign_ids(rows)
    assert rows["duplicate_of"].isna().all()


def test_agency_keys_fall_back_to_the_printed_name():
    from gdrkit.meta.ids import agency_keys  # gdrkit.meta.keys

    r = pd.DataFrame({"agency": ["甲局", "乙局", None, "丁局"], "agency_id": ["1:甲", None, None, ""]})
    assert agency_keys(r) == ["1:甲", "乙局", None, "丁局"]
    assert agency_keys(r.drop(columns="agency_id")) == ["甲局", "乙局", None, "丁局"]


def test_of_two_near_duplicates_the_plainer_format_is_kept():
    """A .pdf and a .txt of one report (the text retyped in one place): the .txt is kept
    whatever the path order; two .txt files: the first in path order."""
    from gdrkit.meta.ids import assign_ids

    text = (DATA / "000_46aca74da5115982.txt").read_text(encoding="utf-8")
    other = re.sub(r"\d+(?=件)", "7", text, count=1)
    rows = _rows(text, other, paths=["/c/a.pdf", "/c/b.txt"]).assign(
        agency="某局", year=pd.array([2012, 2012], dtype="Int64"), format=["pdf", "txt"])
    assign_ids(rows)
    assert rows["duplicate_of"].tolist()[0] == rows["report_id"][1] and pd.isna(rows["duplicate_of"][1])
    rows = _rows(text, other, paths=["/c/a.txt", "/c/b.txt"]).assign(
        agency="某局", year=pd.array([2012, 2012], dtype="Int64"), format="txt")
    assign_ids(rows)
    assert pd.isna(rows["duplicate_of"][0]) and rows["duplicate_of"][1] == rows["report_id"][0]
