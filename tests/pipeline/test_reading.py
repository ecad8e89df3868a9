"""The reports cache and parallel reading (gdrkit.pipeline.reading)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

import gdrkit
import gdrkit.corpus
from gdrkit.engine import versions
from gdrkit.pipeline import deriving as derive
from gdrkit.pipeline import reading as build
from gdrkit.pipeline import tablecache

from conftest import DATA


def _load(folder, cache, **kw) -> gdrkit.Corpus:
    return gdrkit.load_corpus(folder, cache_dir=cache, progress=False, **kw)


def _same(a: gdrkit.Corpus, b: gdrkit.Corpus) -> None:
    pd.testing.assert_frame_equal(a.reports, b.reports)
    pd.testing.assert_frame_equal(a.errors, b.errors)


@pytest.fixture()
def folder(tmp_path) -> Path:
    """The seeds, one seed edited twice (so 7 distinct reports) and one non-report."""
    d = tmp_path / "reports"
    d.mkdir()
    for f in sorted(DATA.glob("*.txt")):
        shutil.copy(f, d / f.name)
    seed = sorted(DATA.glob("*.txt"))[0].read_text(encoding="utf-8")
    (d / "sub").mkdir()
    (d / "sub" / "edited-a.txt").write_text(seed + "\n补充说明甲。", encoding="utf-8")
    (d / "sub" / "edited-b.txt").write_bytes((seed + "\n补充说明乙。").encode("gb18030"))
    (d / "sub" / "menu.txt").write_text("首页 | 联系我们 | 网站地图", encoding="utf-8")
    return d


def test_cold_then_warm_processes_nothing(folder, tmp_path):
    cache = tmp_path / "cache"
    cold = _load(folder, cache)
    assert build.last_stats == {"files": 8, "cached": 0, "processed": 8, "parts_written": 1}
    warm = _load(folder, cache)
    assert build.last_stats["processed"] == 0 and build.last_stats["cached"] == 8
    _same(cold, warm)
    assert len(warm.reports) == 7 and len(warm.errors) == 1  # the menu: a cached error
    nocache = gdrkit.load_corpus(folder, cache_dir=tmp_path / "other", progress=False)
    _same(cold, nocache)


def test_changed_file_reprocessed_alone(folder, tmp_path):
    cache = tmp_path / "cache"
    _load(folder, cache)
    f = folder / "sub" / "edited-a.txt"
    f.write_text(f.read_text(encoding="utf-8") + "\n再补充一句。", encoding="utf-8")
    again = _load(folder, cache)
    assert build.last_stats["processed"] == 1 and build.last_stats["cached"] == 7
    assert again.reports.set_index("file").loc["edited-a.txt", "text"].endswith("再补充一句。")
    _same(again, _load(folder, tmp_path / "fresh"))


def test_moved_folder_and_relative_path_find_the_cache(folder, tmp_path, monkeypatch):
    # the key is the file's bytes and suffix, not its path: a moved folder, or the same
    # folder given by a relative path, is served from the cache with its own paths
    cache = tmp_path / "cache"
    shutil.copy(folder / "sub" / "edited-b.txt", folder / "copy-of-b.txt")  # same bytes, another name
    before = _load(folder, cache)
    moved = tmp_path / "elsewhere" / "renamed"
    moved.parent.mkdir()
    folder.rename(moved)
    monkeypatch.chdir(tmp_path / "elsewhere")
    warm = _load("renamed", cache)
    assert build.last_stats["processed"] == 0 and build.last_stats["cached"] == 9
    # the ids, the exact copy's too (its suffix hashes its path within the folder), stay
    assert warm.reports["report_id"].tolist() == before.reports["report_id"].tolist()
    fresh = _load("renamed", tmp_path / "fresh")
    _same(warm, fresh)
    assert warm.reports["path"].str.startswith("renamed/").all()
    assert warm.errors["path"].tolist() == ["renamed/sub/menu.txt"]
    by_path = warm.reports.set_index("path")
    first, copy = by_path.loc["renamed/copy-of-b.txt"], by_path.loc["renamed/sub/edited-b.txt"]
    assert first["file"] == "copy-of-b.txt"  # first in path order; the other is its exact copy
    assert copy["duplicate_of"] == first["report_id"] and copy["report_id"].startswith(first["report_id"] + "-")
    # another suffix is read another way: not the same key
    assert build.file_key("ab", "x/a.txt") == build.file_key("ab", "y/b.txt") != build.file_key("ab", "a.html")


def test_a_file_changed_while_read_leaves_no_verdict_under_its_old_key(tmp_path, monkeypatch):
    # the file is hashed (cache lookup), then rewritten as a non-report before it is
    # read: the "not a report" verdict must be cached under the new bytes, not the old
    src = tmp_path / "src"
    src.mkdir()
    seeds = sorted(DATA.glob("*.txt"))
    shutil.copy(seeds[1], src / "other.txt")
    cache = tmp_path / "cache"
    build.read_reports([src / "other.txt"], max_bytes=50 << 20, cache_dir=cache, progress=False)
    x = src / "x.txt"
    x.write_bytes(seeds[0].read_bytes())
    real = build.read_report

    def rewritten_first(p, **kw):
        x.write_text("首页 | 联系我们 | 网站地图", encoding="utf-8")
        return real(p, **kw)

    monkeypatch.setattr(build, "read_report", rewritten_first)
    rows, errs = build.read_reports([x], max_bytes=50 << 20, cache_dir=cache, progress=False)
    assert len(rows) == 0 and errs[0]["error"].startswith("not a report")  # what was read
    monkeypatch.setattr(build, "read_report", real)
    x.write_bytes(seeds[0].read_bytes())  # the report again: its own verdict, not the menu's
    rows, errs = build.read_reports([x], max_bytes=50 << 20, cache_dir=cache, progress=False)
    assert len(rows) == 1 and errs == [] and rows["sha1"][0] == build.file_sha1(x)
    # the menu's verdict was cached under the menu's bytes
    x.write_text("首页 | 联系我们 | 网站地图", encoding="utf-8")
    build.read_reports([x], max_bytes=50 << 20, cache_dir=cache, progress=False)
    assert build.last_stats["cached"] == 1 and build.last_stats["processed"] == 0


def _gone(pid: int) -> bool:
    """True when no process has this id (a pool's joined worker is reaped, not a zombie)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_a_failing_read_stops_the_reading_workers_at_once(folder, tmp_path, monkeypatch):
    # a file whose reading fails (here: the reader itself raises; Ctrl-C is the same path)
    # stops the workers at once instead of waiting for every other file to be read
    marks = tmp_path / "marks"
    marks.mkdir()
    real = build.read_report
    first = sorted(DATA.glob("*.txt"))[0].name

    def failing_first(p, **kw):
        (marks / f"pid-{os.getpid()}").touch()
        if Path(p).name == first:
            raise RuntimeError("reader crashed")
        time.sleep(60)  # far longer than the wait below: a worker left running cannot finish
        (marks / f"done-{Path(p).name}").touch()
        return real(p, **kw)

    monkeypatch.setattr(build, "read_report", failing_first)  # inherited by the forked workers
    files = sorted(folder.rglob("*.txt"))
    assert files[0].name == first  # the first task fails, while the other worker sleeps
    with pytest.raises(RuntimeError, match="reader crashed"):
        build.read_reports(files, max_bytes=50 << 20, cache_dir=tmp_path / "cache", workers=2,
                           progress=False, chunk_size=1)
    pids = [int(m.name.split("-", 1)[1]) for m in marks.glob("pid-*")]
    assert pids and os.getpid() not in pids  # the reads ran in worker processes
    deadline = time.monotonic() + 20  # a bound on the wait, not a speed assertion
    while not all(map(_gone, pids)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [p for p in pids if not _gone(p)] == []  # every worker was stopped and reaped
    assert list(marks.glob("done-*")) == []  # none went on to finish a file


def test_corrupt_part_is_rebuilt(folder, tmp_path):
    cache = tmp_path / "cache"
    first = _load(folder, cache)
    parts = list(build.reports_cache(cache, max_bytes=gdrkit.corpus.DEFAULT_MAX_BYTES).dir.glob("part-*.parquet"))
    assert len(parts) == 1
    parts[0].write_bytes(parts[0].read_bytes()[:100] + b"garbage")
    with pytest.warns(UserWarning, match="unreadable part"):
        again = _load(folder, cache)
    assert build.last_stats["processed"] == 8
    _same(first, again)
    _load(folder, cache)
    assert build.last_stats["processed"] == 0  # rebuilt


def test_cache_of_another_version_ignored(folder, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = _load(folder, cache)
    import gdrkit.engine.cache

    monkeypatch.setattr(gdrkit.engine.cache, "__version__", "0.0.0-other")
    other = _load(folder, cache)
    assert build.last_stats["processed"] == 8
    _same(first, other)
    # other reading options are another cache too
    _load(folder, cache, max_bytes=10_000_000)
    assert build.last_stats["processed"] == 8


def test_derived_cache_changes_with_the_libraries_that_read_numerals(tmp_path, monkeypatch):
    # figures depend on cn2an as well as on gdrkit's code: an upgrade is another cache
    before = derive.DerivedCache(tmp_path).dir
    assert "cn2an=" in versions.library_versions()
    _load(DATA, tmp_path).panel()  # whole tables (checks, panel) are cached too
    tables = sorted(tablecache.tables_dir(tmp_path).glob("panel-*.parquet"))
    old_tables = tablecache.tables_dir(tmp_path)
    monkeypatch.setattr(versions, "library_versions", lambda: "cn2an=99.0")
    assert derive.DerivedCache(tmp_path).dir != before and tablecache.tables_dir(tmp_path) != old_tables
    _load(DATA, tmp_path).panel()
    assert len(tables) == 1 and len(list(tablecache.tables_dir(tmp_path).glob("panel-*.parquet"))) == 1
    assert old_tables.name.startswith(f"tables-v{gdrkit.__version__}-") and list(old_tables.glob("panel-*"))


def test_recomputed_derived_tables_do_not_tokenize_cached_texts_again(tmp_path, monkeypatch):
    # a code or library change recomputes sections, figures and problems; the tokens of
    # the unchanged texts come from the tokens cache (no second copy is written either)
    from gdrkit import zh
    from gdrkit.pipeline.streaming import build_tables

    first = _load(DATA, tmp_path).tables()
    from gdrkit.engine.cache import PartCache

    tokens_dir = PartCache(tmp_path, "tokens", salt=zh.Tokenizer().signature).dir
    parts = sorted(tokens_dir.glob("part-*.parquet"))
    assert parts
    tokenized: list[int] = []
    real = zh.Tokenizer.tokens_array
    monkeypatch.setattr(zh.Tokenizer, "tokens_array", lambda self, texts: tokenized.append(len(texts)) or real(self, texts))
    monkeypatch.setattr(versions, "library_versions", lambda: "cn2an=99.0")
    again = _load(DATA, tmp_path)
    tables = again.tables()
    assert derive.last_stats["computed"] == len(again.reports) == 5  # derived tables recomputed
    assert sum(tokenized) == 0 and sorted(tokens_dir.glob("part-*.parquet")) == parts
    pd.testing.assert_frame_equal(tables["tokens"], first["tokens"])
    pd.testing.assert_frame_equal(tables["figures"], first["figures"])
    # the streamed build too
    monkeypatch.setattr(versions, "library_versions", lambda: "cn2an=98.0")
    build_tables(DATA, tmp_path / "out", cache_dir=tmp_path, workers=1, progress=False)
    assert sum(tokenized) == 0 and sorted(tokens_dir.glob("part-*.parquet")) == parts
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "out" / "tokens.parquet"), first["tokens"],
                                  check_dtype=False)


def test_workers_give_identical_tables(folder, tmp_path):
    one = _load(folder, tmp_path / "c1", workers=1)
    two = _load(folder, tmp_path / "c2", workers=2)
    _same(one, two)
    assert len(two.reports) == 7


def test_workers_give_identical_tables_on_real_reports(shared_raw, tmp_path):
    one = _load(shared_raw, tmp_path / "c1", workers=1)
    two = _load(shared_raw, tmp_path / "c2", workers=2)
    _same(one, two)
    assert len(two.reports) == 71


def test_read_files_keeps_every_file(folder, tmp_path):
    files = sorted(p for p in folder.rglob("*.txt"))
    files.append(folder / "vanished.txt")
    rows, errors = build.read_files(files, max_bytes=10_000_000, cache_dir=tmp_path / "c", workers=2,
                                    progress=False, chunk_size=2)
    assert [r["path"] for r in rows] == sorted(r["path"] for r in rows)
    assert {r["path"] for r in rows} | {e["path"] for e in errors} == {str(f) for f in files}
    assert any(e["path"].endswith("vanished.txt") and e["stage"] == "read" for e in errors)
    assert build.last_stats["processed"] == len(files)
    build.read_files(files, max_bytes=10_000_000, cache_dir=tmp_path / "c", progress=False)
    assert build.last_stats["processed"] == 1  # an OS error is retried, never cached


KILLED = textwrap.dedent("""
    import sys, time
    import gdrkit, gdrkit.pipeline.reading as b
    real = b.read_report
    def slow(*a, **k):
        time.sleep(0.15)
        return real(*a, **k)
    b.read_report = slow
    b._FLUSH_ROWS = 1
    gdrkit.load_corpus(sys.argv[1], cache_dir=sys.argv[2], progress=False)
    print("finished")
""")


def test_killed_run_leaves_usable_cache(tmp_path):
    src = tmp_path / "many"
    src.mkdir()
    seed = sorted(DATA.glob("*.txt"))
    for i in range(40):
        text = seed[i % len(seed)].read_text(encoding="utf-8")
        (src / f"r{i:03d}.txt").write_text(text + f"\n附：第{i}份。", encoding="utf-8")
    cache = tmp_path / "cache"
    parts_dir = build.reports_cache(cache, max_bytes=gdrkit.corpus.DEFAULT_MAX_BYTES).dir
    p = subprocess.Popen([sys.executable, "-c", KILLED, str(src), str(cache)],
                         env={**os.environ, "GDRKIT_PROGRESS": "0"}, stdout=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(parts_dir.glob("part-*.parquet"))) < 3:
        time.sleep(0.05)
    os.kill(p.pid, signal.SIGKILL)
    out, _ = p.communicate()
    assert b"finished" not in out and p.returncode == -signal.SIGKILL
    n_parts = len(list(parts_dir.glob("part-*.parquet")))
    assert 3 <= n_parts < 40
    resumed = _load(src, cache)
    assert 3 <= build.last_stats["cached"] < 40
    assert build.last_stats["processed"] == 40 - build.last_stats["cached"]
    _same(resumed, _load(src, tmp_path / "fresh"))
    _load(src, cache)
    assert build.last_stats["processed"] == 0


def test_tables_of_unchanged_corpus_read_back_identical(folder, tmp_path):
    cache = tmp_path / "cache"
    cold = _load(folder, cache).tables(tokens=False)
    warm = _load(folder, cache).tables(tokens=False)
    assert sorted(cold) == sorted(warm)
    for name in cold:
        pd.testing.assert_frame_equal(warm[name], cold[name], obj=name)
        assert set(warm[name].attrs) == set(cold[name].attrs), name
    stored = {p.name.split(".")[1] for p in cache.glob("derived-*/b-*.parquet")}
    assert stored == {"sections", "figures", "figure_notes", "problems", "identity_checks", "keys"}
    assert derive.last_stats == {"reports": 7, "cached": 7, "computed": 0}
    # a changed report changes its key: it alone is recomputed, the others are read
    f = folder / "sub" / "edited-a.txt"
    f.write_text(f.read_text(encoding="utf-8") + "\n三、存在的主要问题\n新增一节。", encoding="utf-8")
    changed = _load(folder, cache)
    tables = changed.tables(tokens=False)
    assert derive.last_stats == {"reports": 7, "cached": 6, "computed": 1}
    fresh = gdrkit.load_corpus(folder, cache_dir=tmp_path / "fresh", progress=False).tables(tokens=False)
    for name in fresh:
        pd.testing.assert_frame_equal(tables[name], fresh[name], obj=name)
    assert "新增一节。" in changed.sections()["text"].str.cat()


def test_damaged_derived_batch_is_recomputed(folder, tmp_path):
    cache = tmp_path / "cache"
    first = _load(folder, cache).tables(tokens=False)
    part = next(cache.glob("derived-*/b-*.figures.parquet"))
    part.write_bytes(b"not parquet")
    with pytest.warns(UserWarning, match="unreadable batch"):
        again = _load(folder, cache).tables(tokens=False)
    assert derive.last_stats["computed"] == 7
    for name in first:
        pd.testing.assert_frame_equal(again[name], first[name], obj=name)
    # a batch whose key list was never written (a killed run) is not used
    for p in cache.glob("derived-*/b-*.keys.parquet"):
        p.unlink()
    _load(folder, cache).tables(tokens=False)
    assert derive.last_stats["computed"] == 7


def test_tokens_of_the_fused_pass_equal_tokenizing_alone(folder, tmp_path):
    fused = _load(folder, tmp_path / "a", workers=2).tables()["tokens"]  # tokenized with sections, figures
    alone = _load(folder, tmp_path / "b").tokens()                          # tokenized on its own
    pd.testing.assert_frame_equal(fused, alone)
    assert fused["n_tokens"].gt(500).all() and "依申请公开" in fused["tokens"].iloc[0]
    warm = _load(folder, tmp_path / "a").tables()["tokens"]                 # read back from the cache
    pd.testing.assert_frame_equal(warm, fused)


def test_derivations_under_way_together_give_what_one_at_a_time_gives(folder, tmp_path):
    # a streamed build starts the next shard before collecting this one: the chunks are
    # sent to the pool's workers at derive_start, and the results are not mixed up
    from gdrkit.engine.parallel import ForkPool

    reports = _load(folder, tmp_path / "c").reports
    halves = reports.iloc[:4].reset_index(drop=True), reports.iloc[4:].reset_index(drop=True)
    alone = [derive.derive_tables(h, progress=False) for h in halves]
    with ForkPool(derive.work_task, None, workers=2) as pool:
        jobs = [derive.derive_start(h, workers=2, pool=pool) for h in halves]
        assert pool._pool is not None  # the workers started with the first call, before any result
        together = [j.result() for j in jobs]
    for a, b in zip(alone, together):
        assert list(a) == list(b) == list(derive.TABLES)
        for t in derive.TABLES:
            pd.testing.assert_frame_equal(a[t], b[t])
    assert len(together[1]["sections"]) > 20 and set(together[1]["sections"]["report_id"]) == set(halves[1]["report_id"])


def test_derived_tables_need_unique_report_ids(folder, tmp_path):
    c = _load(folder, tmp_path / "c")
    c.reports = pd.concat([c.reports, c.reports.iloc[:1]], ignore_index=True)
    with pytest.raises(ValueError, match="report_id is not unique"):
        c.sections()


def test_dropped_metadata_column_is_not_served_from_the_cache(folder, tmp_path):
    cache = tmp_path / "c"
    first = _load(folder, cache)
    assert "level" in first.sections().columns
    again = _load(folder, cache)
    again.reports = again.reports.drop(columns=["level"])
    assert "level" not in again.sections().columns  # a fresh computation copies no level
    assert derive.last_stats["computed"] == len(again.reports)


def test_the_reports_cache_follows_every_module_that_decides_a_row(tmp_path):
    """The reports cache folder is named by the source of _CODE_MODULES: every gdrkit
    module that reading imports must be there, or listed as not deciding a row's
    content (places.py, split out of meta.py, was missing: a fix to county names would
    have been served stale)."""
    code = ("import os, sys, gdrkit, gdrkit.pipeline.reading as b\n"
            f"b.read_reports(sorted(__import__('glob').glob({str(DATA / '*.txt')!r})), max_bytes=10**7, "
            f"cache_dir={str(tmp_path)!r}, workers=1, progress=False)\n"
            "root = os.path.dirname(gdrkit.__file__)\n"
            "print('\\n'.join(sorted(os.path.relpath(m.__file__, root) for n, m in list(sys.modules.items())\n"
            "                        if n.startswith('gdrkit') and getattr(m, '__file__', None))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert {"io/read.py", "meta/fields.py", "meta/places.py", "clean.py", "text/numerals.py"} <= set(out)
    assert set(out) - set(build._CODE_MODULES) - set(build._NOT_ROW_MODULES) == set()
