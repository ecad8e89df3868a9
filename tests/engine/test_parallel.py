"""Fork pools (gdrkit.engine.parallel)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from gdrkit.engine.parallel import ForkPool


def _pid_and_square(shared: dict, x: int) -> tuple[int, int]:
    if x < 0:
        raise ValueError(f"negative: {x}")
    return os.getpid(), shared["scale"] * x * x


def test_fork_pool_keeps_its_workers_across_calls():
    with ForkPool(_pid_and_square, {"scale": 2}, workers=2) as pool:
        first = list(pool.imap(list(range(20))))
        second = list(pool.imap(list(range(20, 40))))
    assert [v for _, v in first + second] == [2 * x * x for x in range(40)]  # in order
    pids = {p for p, _ in first + second}
    assert os.getpid() not in pids and 1 <= len(pids) <= 2  # the same workers served both calls


def test_fork_pool_survives_a_reader_that_stops_after_the_last_result():
    # derive_tables reads ``zip(bounds, pool.imap(tasks))``: zip stops without asking the
    # generator for more, which closes it; the pool must not be torn down for that
    with ForkPool(_pid_and_square, {"scale": 1}, workers=2) as pool:
        tasks = list(range(12))
        got = [v for _, (_, v) in zip(tasks, pool.imap(tasks))]
        assert got == [x * x for x in tasks] and pool._pool is not None
        workers = set(pool._pool._pool)
        first = {p for _, p in zip(tasks, (pid for pid, _ in pool.imap(tasks)))}
        assert pool._pool is not None and set(pool._pool._pool) == workers
        assert first <= {w.pid for w in workers}
        # a reader that stops early, with tasks still running, does stop the pool
        for _ in pool.imap(list(range(200))):
            break
        assert pool._pool is None


def test_fork_pool_stops_on_a_failing_task_and_one_worker_runs_here():
    pool = ForkPool(_pid_and_square, {"scale": 1}, workers=2)
    with pytest.raises(ValueError, match="negative: -3"):
        list(pool.imap([1, 2, -3, 4]))
    assert pool._pool is None  # terminated
    with ForkPool(_pid_and_square, {"scale": 1}, workers=1) as here:
        assert list(here.imap([3])) == [(os.getpid(), 9)]


def _slow_marker(folder: str, x: int) -> int:
    if x > 0:  # the other tasks take a while, then leave a mark
        time.sleep(1.5)
        Path(folder, f"done-{x}").touch()
    return x


def test_fork_pool_left_on_an_error_stops_its_workers_at_once(tmp_path):
    # an error (or Ctrl-C) in the caller's code, outside imap: the workers are stopped,
    # not waited for (a Ctrl-C that also hit the workers made a join hang for ever)
    with pytest.raises(RuntimeError, match="caller failed"):
        with ForkPool(_slow_marker, str(tmp_path), workers=2) as pool:
            results = pool.imap([0, 1, 2, 3, 4])  # held (as in derive_tables), so not closed first
            next(results)
            raise RuntimeError("caller failed")
    assert pool._pool is None
    time.sleep(2)  # long enough for a running task to have finished, had it been left running
    assert list(tmp_path.iterdir()) == []


def test_fork_pool_pipes_are_widened_where_the_system_allows():
    fcntl = pytest.importorskip("fcntl")
    if not hasattr(fcntl, "F_GETPIPE_SZ"):
        pytest.skip("pipe sizes are a Linux feature")
    from gdrkit.engine.parallel import PIPE_BYTES

    limit = int(Path("/proc/sys/fs/pipe-max-size").read_text())
    if limit < PIPE_BYTES and os.geteuid() != 0:
        pytest.skip(f"this system allows pipes of {limit} bytes at most (fs.pipe-max-size)")

    with ForkPool(_pid_and_square, {"scale": 1}, workers=2) as pool:
        assert [v for _, v in pool.imap([1, 2, 3])] == [1, 4, 9]
        sizes = {fcntl.fcntl(q._reader.fileno(), fcntl.F_GETPIPE_SZ)
                 for q in (pool._pool._inqueue, pool._pool._outqueue)}
    assert sizes == {PIPE_BYTES}


def test_default_workers_uses_every_core_for_a_large_corpus_and_one_for_a_small(monkeypatch):
    import sys

    import gdrkit.engine.limits as limits
    from gdrkit.engine.parallel import MIN_REPORTS, default_workers

    monkeypatch.delenv("GDRKIT_WORKERS", raising=False)
    monkeypatch.setattr(limits, "cpu_limit", lambda: None)
    monkeypatch.setattr(limits, "memory_limit", lambda: None)
    cores = len(os.sched_getaffinity(0)) if sys.platform.startswith("linux") else 1
    assert default_workers(10_000) == cores
    assert default_workers(MIN_REPORTS - 1) == 1  # starting workers costs more than it saves
    assert default_workers(10, workers=3) == 3  # a number given is kept
    with pytest.raises(ValueError, match="at least 1, not 0"):
        default_workers(10, workers=0)
    monkeypatch.setenv("GDRKIT_WORKERS", "3")
    assert default_workers(5) == 3 and default_workers(5, workers=2) == 2
    for bad in ("two", "0", "²"):
        monkeypatch.setenv("GDRKIT_WORKERS", bad)
        with pytest.raises(ValueError, match="GDRKIT_WORKERS must be a whole number"):
            default_workers(10_000)


def test_load_corpus_resolves_its_workers_from_the_environment(monkeypatch, tmp_path):
    import gdrkit

    data = Path(__file__).resolve().parents[2] / "data" / "seeds"
    monkeypatch.delenv("GDRKIT_WORKERS", raising=False)
    assert gdrkit.load_corpus(data, cache_dir=tmp_path, progress=False).workers == 1  # five files
    monkeypatch.setenv("GDRKIT_WORKERS", "2")
    c = gdrkit.load_corpus(data, cache_dir=tmp_path, progress=False)
    assert c.workers == 2 and len(c.reports) == 5


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the resident size from /proc (Linux)")
def test_release_memory_gives_back_what_arrow_and_the_c_heap_keep():
    import ctypes

    import pyarrow as pa

    from gdrkit.engine.parallel import release_memory

    release_memory()
    # pyarrow's default pool on Linux (ARROW_DEFAULT_MEMORY_POOL set to another changes it)
    assert pa.default_memory_pool().backend_name == "mimalloc"
    before = _rss_mb()
    arrays = [pa.array(["x" * 1000] * 1000) for _ in range(200)]  # 200 MB
    grown = _rss_mb() - before
    del arrays  # mimalloc keeps the blocks for reuse: still resident
    release_memory()
    assert grown > 150 and _rss_mb() - before < 50
    # 200 MB in blocks of the C heap, each followed by a small block still in use: freed,
    # they stay resident (unless the allocator was told to map such blocks on their own)
    libc = ctypes.CDLL(None)
    libc.malloc.restype, libc.malloc.argtypes, libc.free.argtypes = ctypes.c_void_p, [ctypes.c_size_t], [ctypes.c_void_p]
    before = _rss_mb()
    blocks, pins = [], []
    for _ in range(2000):
        blocks.append(libc.malloc(100_000))
        ctypes.memset(blocks[-1], 1, 100_000)
        pins.append(libc.malloc(1000))
    grown = _rss_mb() - before
    for b in blocks:
        libc.free(b)
    release_memory()
    assert grown > 150 and _rss_mb() - before < 50
    for b in pins:
        libc.free(b)


def _freeze_count(shared: object, _task: int) -> int:
    import gc

    return gc.get_freeze_count()


def test_workers_are_forked_with_the_parents_objects_out_of_the_collectors_reach():
    import gc

    before = gc.get_freeze_count()
    with ForkPool(_freeze_count, None, workers=2) as pool:
        counts = list(pool.imap([1, 2, 3, 4]))
    # the workers' collections never write to the objects they inherit (so their pages
    # stay shared); the parent collects them again
    assert min(counts) > 1000 and gc.get_freeze_count() == before


def _gc_threshold(_shared, _task) -> int:
    import gc

    return gc.get_threshold()[0]


def _mark_started(path: str) -> None:
    Path(path, str(os.getpid())).touch()


def test_workers_collect_less_often_and_still_run_the_pools_initializer(tmp_path):
    """The stages free nearly everything by reference counting: workers collect after
    WORKER_GC_THRESHOLD allocations, not CPython's 700; the parent keeps its own; an
    initializer given to start_pool still runs in every worker."""
    import gc

    from gdrkit.engine.parallel import WORKER_GC_THRESHOLD, start_pool

    before = gc.get_threshold()
    with ForkPool(_gc_threshold, None, workers=2) as pool:
        assert set(pool.imap([1, 2, 3, 4])) == {max(WORKER_GC_THRESHOLD, before[0])}
    assert gc.get_threshold() == before
    with start_pool(2, initializer=_mark_started, initargs=(str(tmp_path),)) as pool:
        pids = set(pool.map(_pid, range(4)))
    assert {int(p.name) for p in tmp_path.iterdir()} >= pids


def _pid(_x: int) -> int:
    return os.getpid()


def test_gc_frozen_leaves_a_freeze_made_before_it_alone():
    import gc

    from gdrkit.engine.parallel import gc_frozen

    assert gc.get_freeze_count() == 0
    with gc_frozen():
        frozen = gc.get_freeze_count()
        with gc_frozen():  # nested: the outer freeze stays
            assert gc.get_freeze_count() >= frozen > 1000
        assert gc.get_freeze_count() >= frozen
    assert gc.get_freeze_count() == 0
    gc.freeze()  # an application's own freeze survives a pool (some frozen objects die)
    try:
        mine = gc.get_freeze_count()
        with ForkPool(_freeze_count, None, workers=2) as pool:
            assert min(pool.imap([1, 2])) > 0.9 * mine
        assert gc.get_freeze_count() > 0.9 * mine
    finally:
        gc.unfreeze()


def test_gdrkit_build_says_what_is_wrong_with_gdrkit_workers(monkeypatch, tmp_path, capsys):
    from gdrkit.cli import main

    monkeypatch.setenv("GDRKIT_WORKERS", "two")
    with pytest.raises(SystemExit) as exit_:
        main(["build", str(Path(__file__).resolve().parents[2] / "data" / "seeds"), "-o", str(tmp_path / "out")])
    assert exit_.value.code == 2 and "GDRKIT_WORKERS must be a whole number" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_progress_bars_count_files_not_chunks(monkeypatch, capsys):
    from gdrkit.engine.progress import progress_bar
    monkeypatch.setenv("GDRKIT_PROGRESS", "1")
    chunks = [["a", "b", "c"], ["d"], ["e", "f"]]
    bar = progress_bar(iter(chunks), desc="read", sizes=[len(c) for c in chunks])
    assert list(bar) == chunks  # every chunk comes through, in order
    err = capsys.readouterr().err
    assert "0/6 " in err and "/3 " not in err and "file/s" in err, err  # six files, not three chunks
