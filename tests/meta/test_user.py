"""A researcher's metadata table (gdrkit.meta.user): read, checked, joined on the seeds."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import gdrkit
from gdrkit.meta.user import MetadataError, join_metadata, read_metadata

from conftest import DATA

SEEDS = sorted(p.name for p in DATA.glob("*.txt"))


def test_excel_gbk_csv_is_read(tmp_path):
    """Excel on a Chinese system saves CSV in GBK: the values come back as written."""
    p = tmp_path / "meta.csv"
    p.write_bytes(f"文件名,地区\n{SEEDS[0]},华东\n{SEEDS[1]},西南\n".encode("gbk"))
    meta = read_metadata(p)
    assert meta.to_dict("list") == {"文件名": SEEDS[:2], "地区": ["华东", "西南"]}


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    (b"foo,bar\n1,2\n", "no 'path' or 'file' column to join on (columns: ['foo', 'bar'])"),
    (b"file,region\na.txt,x\na.txt,y\n", "listed twice: ['a.txt']"),
    (b"file,region\na.txt,x\n,y\n", "1 row(s) without a 'file' (rows [3]"),
    (b"", "not a readable CSV"),
    (b"\xff\xfe\x00\xd8\x00", "not UTF-8 or GB18030 text"),
])
def test_a_table_that_cannot_be_joined_is_named(tmp_path, content, message):
    p = tmp_path / "meta.csv"
    if content is not None:
        p.write_bytes(content)
    with pytest.raises(MetadataError) as exc:
        read_metadata(p)
    assert str(exc.value).startswith(f"metadata {p}: ") and message in str(exc.value)


def test_rows_without_a_report_and_reports_without_a_row_are_warned(tmp_path, seed_corpus):
    p = tmp_path / "meta.csv"
    p.write_text(f"file,region\n{SEEDS[0]},东部\nnot_in_corpus.txt,西部\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        joined = join_metadata(seed_corpus.reports, read_metadata(p), DATA)
    said = [str(w.message) for w in caught]
    assert said == [f"metadata {p}: no row for 4 report file(s), e.g. {SEEDS[1:4]}",
                    f"metadata {p}: 1 row(s) match no report read (not in the folder, or in errors), "
                    "e.g. ['not_in_corpus.txt']"]
    region = joined.set_index("file")["region"]
    assert len(joined) == 5 and region[SEEDS[0]] == "东部" and region[SEEDS[1:]].isna().all()


def test_load_corpus_names_the_metadata_file(tmp_path, cache_dir):
    p = tmp_path / "meta.csv"
    p.write_text("foo\n1\n", encoding="utf-8")
    with pytest.raises(MetadataError, match=f"metadata {p}: no 'path' or 'file' column"):
        gdrkit.load_corpus(DATA, metadata=p, cache_dir=cache_dir, progress=False)
    frame = pd.DataFrame({"file": SEEDS, "n": range(5)})
    c = gdrkit.load_corpus(DATA, metadata=frame, cache_dir=cache_dir, progress=False)
    assert c.reports.set_index("file")["n"].to_dict() == dict(zip(SEEDS, range(5)))


def test_a_users_agency_sets_the_canonical_agency(seed_corpus):
    """A user's ``agency`` (a canonical name) or ``agency_name`` sets agency_name, and the
    agency_id follows from it as from a printed name; a user's ``agency_id`` sets the id;
    the name as printed stays in ``agency``."""
    frame = pd.DataFrame({"file": SEEDS[:4],
                          "agency": ["宁波市镇海区城管局", "", "宁波市镇海区行政审批管理办公室", None],
                          "agency_id": [None, "341600:城管", None, None]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # one seed has no row
        joined = join_metadata(seed_corpus.reports, frame, DATA).set_index("file")
    got = joined.loc[SEEDS[:4], ["agency", "agency_id", "agency_name"]].astype(object)
    assert got.where(got.notna(), None).values.tolist() == [
        ["宁波市镇海区城市管理局", "330211:城市管理局", "宁波市镇海区城管局"],
        ["亳州市城市管理局", "341600:城管", "亳州市城市管理局"],
        ["审管办", "330211:行政审批管理办公室", "宁波市镇海区行政审批管理办公室"],
        ["琅琊镇", "330702:琅琊镇人民政府", "金华市婺城区琅琊镇人民政府"]]
    assert not {"agency_user", "agency_id_user", "agency_name_user"} & set(joined.columns)


def _reports(ids, names, years):
    return pd.DataFrame({"path": [f"/c/{i}.txt" for i in range(len(ids))], "file": [f"{i}.txt" for i in range(len(ids))],
                         "agency_id": ids, "agency_name": names, "year": years, "adcode": 350128})


def test_successor_joins_renamed_agencies_only_when_said():
    reports = _reports(["350128:环境与国土资源局", "350128:环境与国土资源局", "350128:自然资源与生态环境局"],
                       ["平潭综合实验区环境与国土资源局"] * 2 + ["平潭综合实验区自然资源与生态环境局"], [2016, 2017, 2021])
    frame = pd.DataFrame({"file": ["0.txt", "1.txt", "2.txt"], "successor": ["", "350128:自然资源与生态环境局", ""]})
    joined = join_metadata(reports, frame, "/c")
    assert joined["agency_id"].tolist() == ["350128:自然资源与生态环境局"] * 3
    assert joined["agency_name"].tolist() == ["平潭综合实验区自然资源与生态环境局"] * 3
    assert join_metadata(reports, frame.assign(successor=""), "/c")["agency_id"].nunique() == 2


@pytest.mark.parametrize("successors, message", [
    (["350128:b", "350128:c", ""], "350128:a has two successors"),
    (["350128:b", "", "350128:a"], "successors run in a circle: 350128:a → 350128:b → 350128:a"),
])
def test_successors_that_cannot_be_followed_are_named(successors, message):
    reports = _reports(["350128:a", "350128:a", "350128:b"], ["a", "a", "b"], [2016, 2017, 2021])
    frame = pd.DataFrame({"file": ["0.txt", "1.txt", "2.txt"], "successor": successors})
    with pytest.raises(MetadataError, match=message):
        join_metadata(reports, frame, "/c")
