"""``gdrkit build`` shard by shard (gdrkit.pipeline.streaming, gdrkit.engine.sink)."""

from __future__ import annotations

import os
import shutil

import pandas as pd
import pytest

import gdrkit
import gdrkit.corpus
from gdrkit.engine.sink import TableSink
from gdrkit.export import read_table, write_tables
from gdrkit.pipeline import deriving as derive
from gdrkit.pipeline import reading as build
from gdrkit.pipeline.streaming import _shards, build_tables

from conftest import DATA, need_shared


def _files(d):
    return sorted(p.name for p in d.iterdir())


def _same_files(a, b) -> None:
    assert _files(a) == _files(b)
    for name in _files(a):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.fixture(scope="module")
def seeds_and_real(tmp_path_factory):
    """The seeds and the real reports, with one seed twice (an exact duplicate) and one
    in another encoding (a near-duplicate test reads texts back from the cache)."""
    src = tmp_path_factory.mktemp("src")
    shutil.copytree(DATA, src / "seeds")
    shutil.copytree(need_shared(), src / "shared")
    first = sorted(DATA.glob("*.txt"))[0]
    shutil.copy(first, src / "zz-copy.txt")
    (src / "zz-gbk.txt").write_bytes((first.read_text(encoding="utf-8") + "\n附：另存一份。").encode("gb18030"))
    return src


def test_same_bytes_as_the_tables_in_memory(seeds_and_real, tmp_path):
    """Every file equals write_tables(load_corpus().tables()), byte for byte, with shards
    of 7 reports (so tables span shards, and row groups span parts) and 2 workers."""
    src = seeds_and_real
    corpus = gdrkit.load_corpus(src, cache_dir=tmp_path / "c1", progress=False, workers=2)
    write_tables(corpus.tables(), tmp_path / "memory")
    res = build_tables(src, tmp_path / "stream", cache_dir=tmp_path / "c2", progress=False, workers=2,
                       shard_reports=7)
    _same_files(tmp_path / "memory", tmp_path / "stream")
    assert len(res.reports) == len(corpus.reports) > 50 and "text" not in res.reports.columns
    assert res.reports["duplicate_of"].notna().sum() == corpus.reports["duplicate_of"].notna().sum() >= 2
    checks = corpus.checks()
    failed = checks[checks["ok"].eq(False).fillna(False)]
    assert (res.failed_checks, res.failed_reports) == (len(failed), failed["report_id"].nunique()) != (0, 0)
    # no part file is left behind
    assert not [p for p in (tmp_path / "stream").iterdir() if p.name.startswith(".")]


def test_warm_build_computes_nothing_and_writes_the_same(seeds_and_real, tmp_path):
    cache = tmp_path / "cache"
    build_tables(seeds_and_real, tmp_path / "cold", cache_dir=cache, progress=False, shard_reports=20)
    build_tables(seeds_and_real, tmp_path / "warm", cache_dir=cache, progress=False, shard_reports=20)
    assert build.last_stats["processed"] == 0
    assert derive.last_stats["computed"] == 0 and derive.last_stats["reports"] > 0  # the last shard
    _same_files(tmp_path / "cold", tmp_path / "warm")


def test_metadata_and_no_tokens(tmp_path):
    meta = pd.DataFrame({"file": [p.name for p in sorted(DATA.glob("*.txt"))], "region": "east"})
    build_tables(DATA, tmp_path / "out", cache_dir=tmp_path / "c", progress=False, tokens=False,
                 metadata=meta, shard_reports=2)
    reports = read_table(tmp_path / "out", "reports")
    assert reports["region"].eq("east").all() and reports.columns[-1] == "region"
    assert reports["text"].str.len().gt(1000).all()  # the texts came back from the cache
    assert "tokens.parquet" not in _files(tmp_path / "out")
    expected = gdrkit.load_corpus(DATA, cache_dir=tmp_path / "c", progress=False, metadata=meta).reports
    pd.testing.assert_frame_equal(reports, expected)


def test_folder_without_reports(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "menu.txt").write_text("首页 | 联系我们", encoding="utf-8")
    res = build_tables(tmp_path / "in", tmp_path / "out", cache_dir=tmp_path / "c", progress=False)
    assert len(res.reports) == 0 and res.errors["path"].str.endswith("menu.txt").all()
    assert _files(tmp_path / "out") == ["errors.csv", "errors.parquet", "reports.csv", "reports.parquet"]
    assert list(read_table(tmp_path / "out", "reports").columns) == gdrkit.corpus.REPORT_COLUMNS


def test_shards_bound_reports_and_characters():
    assert _shards([5, 5, 5, 5, 5], max_reports=2, max_chars=100) == [(0, 2), (2, 4), (4, 5)]
    assert _shards([60, 50, 10, 200, 1], max_reports=10, max_chars=100) == [(0, 1), (1, 3), (3, 4), (4, 5)]
    assert _shards([], max_reports=3, max_chars=10) == []


def test_sink_takes_a_column_type_from_the_parts_that_have_values(tmp_path):
    """A column all missing in one part (Arrow type null) is typed by the others, and
    the files equal those of the whole table."""
    a = pd.DataFrame({"report_id": ["r1", "r2"], "note": [None, None], "n": [1, 2]})
    b = pd.DataFrame({"report_id": ["r3"], "note": ["由于……"], "n": [3]})
    with TableSink(tmp_path / "parts") as sink:
        sink.add("t", a)
        sink.add("t", b)
        sink.add("first", b, group=0)
        sink.add("first", a, group=1)
        written = sink.finish()
    assert [p.name for p in written] == ["t.parquet", "t.csv", "first.parquet", "first.csv"]
    whole = pd.concat([a, b], ignore_index=True)
    whole["note"] = whole["note"].astype("str")
    write_tables({"t": whole}, tmp_path / "whole")
    for f in ("t.parquet", "t.csv"):
        assert (tmp_path / "parts" / f).read_bytes() == (tmp_path / "whole" / f).read_bytes(), f
    back = read_table(tmp_path / "parts", "first")
    assert back["report_id"].tolist() == ["r3", "r1", "r2"] and back["note"].isna().tolist() == [False, True, True]
    assert _files(tmp_path / "parts") == ["first.csv", "first.parquet", "t.csv", "t.parquet"]


def test_sink_removes_its_parts_when_the_build_fails(tmp_path):
    with pytest.raises(RuntimeError):
        with TableSink(tmp_path / "out") as sink:
            sink.add("t", pd.DataFrame({"x": [1]}))
            raise RuntimeError("a shard failed")
    assert _files(tmp_path / "out") == []


def test_a_failed_write_names_its_table_and_leaves_nothing_behind(tmp_path, monkeypatch):
    """A full disk while the figures are written: the error names the table and keeps
    its errno; every table's temporary files go, even when closing them fails too."""
    import errno

    import pyarrow.parquet as pq

    from gdrkit.engine import sink as sink_mod

    real_emit = sink_mod._Writer._emit

    def emit(self, t):
        if self.final[0].name == "figures.parquet":
            raise OSError(errno.ENOSPC, "No space left on device")
        real_emit(self, t)

    real_close, failed = pq.ParquetWriter.close, set()

    def close(self):  # fails once (the full disk), then closes (as its __del__ retries)
        if id(self) not in failed:
            failed.add(id(self))
            raise OSError(errno.ENOSPC, "No space left on device")
        real_close(self)

    monkeypatch.setattr(sink_mod._Writer, "_emit", emit)
    monkeypatch.setattr(pq.ParquetWriter, "close", close)  # the open writers cannot be closed either
    rows = pd.DataFrame({"report_id": [f"r{i}" for i in range(2500)], "n": range(2500)})
    with pytest.raises(OSError, match="writing the figures table in") as info:
        with TableSink(tmp_path / "out") as sink:
            sink.add("reports", rows)  # a full row group is written: its writer is open
            sink.add("figures", rows)
            sink.add("sections", rows.iloc[:5])
            sink.finish()
    assert info.value.errno == errno.ENOSPC
    assert _files(tmp_path / "out") == []


@pytest.mark.skipif(os.name != "posix", reason="file modes and the umask are POSIX")
@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600)])
def test_tables_and_caches_get_the_modes_the_umask_gives(tmp_path, umask, mode):
    """Every file a build writes (tables from the sink and from write_tables, cache parts)
    gets 0666 less the umask, like any file the researcher makes: not mkstemp's 0600,
    which hid the tables from colleagues sharing the folder."""
    old = os.umask(umask)
    try:
        build_tables(DATA, tmp_path / "stream", cache_dir=tmp_path / "c", progress=False, workers=1)
        tables = gdrkit.load_corpus(DATA, cache_dir=tmp_path / "c", progress=False).tables()
        write_tables(tables, tmp_path / "memory")
    finally:
        os.umask(old)
    files = [p for d in ("stream", "memory", "c") for p in (tmp_path / d).rglob("*") if p.is_file()]
    assert {p.name for p in (tmp_path / "stream").iterdir()} == {p.name for p in (tmp_path / "memory").iterdir()}
    assert len(files) > 30 and any(p.suffix == ".parquet" for p in (tmp_path / "c").rglob("*"))
    assert {p.relative_to(tmp_path).as_posix(): oct(p.stat().st_mode & 0o777) for p in files
            if p.stat().st_mode & 0o777 != mode} == {}


def test_metadata_types_are_decided_once_for_every_shard(tmp_path):
    """A column is numeric in the panel only when every report's value is a number, and
    that is decided on all reports, not shard by shard: a code column with one letter
    stays text in every shard (it failed to write: 'A7' is not an int64), grouped
    thousands are numbers, other commas stay text, and the files equal write_tables'."""
    src = tmp_path / "in"
    src.mkdir()
    seeds = sorted(DATA.glob("*.txt"))
    for i in range(8):
        text = seeds[i % 5].read_text(encoding="utf-8")
        (src / f"r{i}.txt").write_text(text + ("" if i < 5 else f"\n附:第{i}份。"), encoding="utf-8")
    meta = pd.DataFrame({"file": [f"r{i}.txt" for i in range(8)], "code": ["101"] * 7 + ["A7"],
                         "population": ["1,234,567"] * 4 + [None] + ["20,000"] * 3,
                         "years": ["2019,2020"] + ["2019"] * 7})
    cache = tmp_path / "c"
    build_tables(src, tmp_path / "stream", cache_dir=cache, progress=False, metadata=meta, shard_reports=3,
                 tokens=False)
    tables = gdrkit.load_corpus(src, cache_dir=cache, progress=False, metadata=meta).tables(tokens=False)
    write_tables(tables, tmp_path / "memory")
    _same_files(tmp_path / "stream", tmp_path / "memory")
    panel = read_table(tmp_path / "stream", "panel").set_index("file")
    # r5-r7 are near-duplicates of r0-r2 (the same report and a line): not in the panel,
    # but their metadata decides the types (r7's code "A7" keeps the column text)
    assert list(panel.index) == [f"r{i}.txt" for i in range(5)]
    assert panel["code"].tolist() == ["101"] * 5 and not pd.api.types.is_numeric_dtype(panel["code"])
    assert panel["population"].dtype == "float64" and panel.loc["r0.txt", "population"] == 1234567.0
    assert pd.isna(panel.loc["r4.txt", "population"])
    assert panel.loc["r0.txt", "years"] == "2019,2020" and panel.loc["r1.txt", "years"] == "2019"
