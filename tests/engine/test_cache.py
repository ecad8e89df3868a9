"""The on-disk part cache (gdrkit.engine.cache)."""

from __future__ import annotations

import pyarrow as pa
import pytest

from gdrkit.engine.cache import PartCache


def _part(keys: list[str]) -> pa.Table:
    return pa.table({"key": keys, "value": [f"v-{k}" for k in keys]})


def test_parts_come_back_in_the_order_asked(tmp_path):
    cache = PartCache(tmp_path, "demo")
    cache.put(_part(["c", "d"]))
    cache.put(_part(["a", "b"]))
    cache.put(_part(["e"]))
    got = cache.get_table(["a", "b", "c", "d", "e"])
    assert got["key"].to_pylist() == ["a", "b", "c", "d", "e"]
    assert got["value"].to_pylist() == ["v-a", "v-b", "v-c", "v-d", "v-e"]
    assert cache.get_table(["e", "c"])["key"].to_pylist() == ["e", "c"]  # filtered, part order
    assert cache.get_table(["zz"]) is None
    assert sorted(cache.get({"a", "e"})["key"]) == ["a", "e"]


def test_damaged_part_is_removed_with_a_warning(tmp_path):
    cache = PartCache(tmp_path, "demo")
    good = cache.put(_part(["a"]))
    bad = cache.put(_part(["b"]))
    bad.write_bytes(b"PAR1 not really")
    with pytest.warns(UserWarning, match="unreadable part"):
        got = cache.get_table(["a", "b"])
    assert got["key"].to_pylist() == ["a"] and good.exists() and not bad.exists()


def test_an_indexed_cache_reads_only_the_parts_asked_for(tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    cache = PartCache(tmp_path, "demo")
    first = cache.put(_part(["a", "b"]))
    cache.put(_part(["c"]))
    assert set(cache.index()) == {"a", "b", "c"} and cache.index()["a"] == first
    new = cache.put(_part(["d"]))  # put keeps the index up to date
    assert cache.index()["d"] == new
    read = []
    real = pq.read_table
    monkeypatch.setattr(pq, "read_table", lambda p, **kw: read.append(p) or real(p, **kw))
    assert cache.get_table(["d", "a"])["key"].to_pylist() == ["d", "a"]
    assert sorted(read) == sorted([first, new])  # not the part of "c"
    first.write_bytes(b"garbage")  # a damaged part leaves the index with a warning
    with pytest.warns(UserWarning, match="unreadable part"):
        assert cache.get_table(["a", "c"])["key"].to_pylist() == ["c"]
    assert "a" not in cache.index() and not first.exists()


def test_cache_parts_are_lz4_without_dictionary_or_statistics(tmp_path):
    # how the cache is written (gdrkit.engine.cache.parquet_options): fast to write and read back
    import pyarrow.parquet as pq

    from conftest import DATA

    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))]
    cache = PartCache(tmp_path, "t")
    part = cache.put(pa.table({"key": [f"k{i}" for i in range(len(texts))], "text": texts,
                               "tokens": pa.array([t.split("。") for t in texts], pa.list_(pa.string()))}))
    meta = pq.ParquetFile(part).metadata
    for j in range(meta.num_columns):
        col = meta.row_group(0).column(j)
        assert col.compression == "LZ4" and not col.is_stats_set and not col.has_dictionary_page, col.path_in_schema
    assert cache.get(["k2"])["text"].tolist() == [texts[2]]
