"""Per-report stages on several cores: split the reports into chunks, run a stage on
each chunk in a worker process, and put the results back together in input order, so
the result is the same table as one process gives."""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import multiprocessing as mp
import os
import sys
from collections.abc import Callable, Iterator

import pandas as pd
import pyarrow as pa

from . import limits

try:  # widen_pipes: pipe buffers can be resized on Linux only
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

__all__ = ["map_reports", "imap_forked", "ForkPool", "start_pool", "widen_pipes", "default_workers",
           "workers_from_env", "gc_frozen", "release_memory"]

#: Below this many reports a stage runs in the calling process (starting workers costs more).
MIN_REPORTS = 64


#: Memory counted per worker, and for the parent, when the default number of workers is
#: chosen (a worker of a cold 500 MB build peaked at 447 MB resident).
WORKER_BYTES = 512 * 2**20
PARENT_BYTES = 2**30


def default_workers(n_items: int | None = None, *, workers: int | None = None) -> int:
    """The processes to use when the caller did not say (``workers=None``).

    ``$GDRKIT_WORKERS`` if set; otherwise every core this process may run on, on Linux
    (where the workers are forked), within a container's CPU limit and as many as its
    memory holds at :data:`WORKER_BYTES` each (see :mod:`gdrkit.engine.limits`); one elsewhere
    (Windows cannot fork, and forking is unsafe on macOS) and for fewer than
    :data:`MIN_REPORTS` items (starting workers costs more than they save). A number
    given is returned as it is. (:func:`gdrkit.load_corpus`, :func:`gdrkit.pipeline.streaming.build_tables`
    and ``gdrkit build`` choose this way; the functions of single stages take the number
    their caller gives, one by default.)
    """
    if workers is not None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        return workers
    env = workers_from_env()
    if env is not None:
        return env
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return 1
    if n_items is not None and n_items < MIN_REPORTS:
        return 1

    n = len(os.sched_getaffinity(0))
    cpus, memory = limits.cpu_limit(), limits.memory_limit()
    if cpus:
        n = min(n, cpus)
    if memory:
        n = min(n, (memory - PARENT_BYTES) // WORKER_BYTES)
    return max(1, n)


def workers_from_env() -> int | None:
    """``$GDRKIT_WORKERS`` as a number (None when unset); ValueError when it is not one."""
    env = os.environ.get("GDRKIT_WORKERS", "").strip()
    if not env:
        return None
    if not (env.isascii() and env.isdigit()) or int(env) < 1:
        raise ValueError(f"GDRKIT_WORKERS must be a whole number of at least 1, not {env!r}")
    return int(env)


@contextlib.contextmanager
def gc_frozen() -> Iterator[None]:
    """Fork workers inside this: the objects alive now are moved out of the garbage
    collector's reach (``gc.freeze``) while the workers are forked, so that the workers'
    collections never write to them and their memory pages stay shared with this
    process instead of being copied into every worker (the parent collects them again
    afterwards). When objects are frozen already (by the caller, or an enclosing
    ``gc_frozen``), nothing is frozen or unfrozen here."""
    if gc.get_freeze_count():  # the caller froze objects itself: leave its choice alone
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@functools.lru_cache(maxsize=1)
def _malloc_trim():
    """glibc's ``malloc_trim`` (None off Linux, or where the C library has none, e.g. musl)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def release_memory() -> None:
    """Give memory freed since the last call back to the system: Arrow's pool keeps freed
    blocks, and the C allocator keeps freed pages inside its heap, both for reuse. The
    tables of one chunk or shard are freed all at once; kept, that memory still counts
    as the process's and, fragmented, grows from chunk to chunk (a cold 500 MB build
    peaked at 1.46-1.50 GB before these calls and :func:`gc_frozen` were added, 1.11-1.14
    GB after, in two runs each; the calls cost about 3% of the time at 50 MB)."""
    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


_SHARED: tuple | None = None  # (func, shared), inherited by forked workers


def _call(task: object) -> object:
    assert _SHARED is not None
    func, shared = _SHARED
    return func(shared, task)


def imap_forked(func: Callable[[object, object], object], shared: object, tasks: list, *,
                workers: int = 1) -> Iterator[object]:
    """``func(shared, task)`` for each task, in order, on ``workers`` forked processes.

    ``shared`` (e.g. a reports table) reaches the workers by fork (copy-on-write), not
    through a pipe; only tasks and results are sent. With one worker, one task or no
    ``fork`` (Windows), everything runs here. A failing task stops the pool at once.
    """
    with ForkPool(func, shared, workers=min(workers, len(tasks))) as pool:
        yield from pool.imap(tasks)


class ForkPool:
    """One pool of forked workers kept for many :meth:`imap` calls (e.g. one per shard of
    a streamed build): the workers start once, so what they load or cache on first use
    (compiled patterns, lookup caches) serves every later call. ``shared`` (e.g. a
    tokenizer with its dictionary loaded) reaches them by fork, when the first call
    starts them; each task carries its own data. With one worker or no ``fork``,
    everything runs here. Use it as a context manager (the workers are stopped at exit).
    """

    def __init__(self, func: Callable[[object, object], object], shared: object, *, workers: int) -> None:
        self.func, self.shared, self.workers = func, shared, workers
        self._pool = None

    def __enter__(self) -> ForkPool:
        return self

    def __exit__(self, exc_type, *exc) -> None:
        # leaving on an error (or Ctrl-C): stop the workers now, not after their tasks
        self.close(terminate=exc_type is not None)

    def close(self, *, terminate: bool = False) -> None:
        if self._pool is not None:
            if terminate:
                self._pool.terminate()
            else:
                self._pool.close()
            self._pool.join()
            self._pool = None

    def imap(self, tasks: list) -> Iterator[object]:
        """``func(shared, task)`` for each task, in order. The tasks go to the workers
        now (so several calls can be under way, run in the order made); the results
        come as the iterator is read. A failing task stops the pool at once (the other
        tasks are not waited for). With one worker, the tasks run as it is read."""
        global _SHARED
        if self.workers <= 1 or not hasattr(os, "fork"):
            return (self.func(self.shared, t) for t in tasks)
        if self._pool is None:
            _SHARED = (self.func, self.shared)  # inherited by the workers forked now
            try:
                self._pool = start_pool(self.workers)
            finally:
                _SHARED = None
        return self._results(self._pool.imap(_call, tasks, chunksize=1), len(tasks))

    def _results(self, results: Iterator[object], n: int) -> Iterator[object]:
        done = 0
        try:
            for result in results:
                done += 1
                yield result
        except GeneratorExit:
            # the caller stopped reading: the pool stays for the next call unless tasks
            # of this one are still running (e.g. ``zip`` stops after the last result)
            if done < n:
                self.close(terminate=True)
            raise
        except BaseException:
            self.close(terminate=True)
            raise


#: Pipe buffer asked for the pool's task and result pipes (Linux: up to
#: /proc/sys/fs/pipe-max-size, 1 MiB by default; the default 64 KiB makes a worker wait
#: for the parent to read every 64 KiB of a result, a context switch each time).
PIPE_BYTES = 1 << 20


#: The cyclic garbage collector's first threshold in a worker (CPython's default is 700
#: container objects allocated, net, between collections). The stages allocate and free
#: many containers per report, nearly all freed by reference counting; at 700 a worker
#: collected 338 times per 1000 bench reports, 0.10-0.13 s of pauses (about 3% of its
#: time), at 10,000 14 times in 0.03 s. The other thresholds are left as they are.
WORKER_GC_THRESHOLD = 10_000


def _start_worker(initializer, initargs: tuple) -> None:
    """Run in each worker as it starts: the collector's threshold, then the pool's own
    initializer (if any)."""
    gc.set_threshold(max(WORKER_GC_THRESHOLD, gc.get_threshold()[0]), *gc.get_threshold()[1:])
    if initializer is not None:
        initializer(*initargs)


def start_pool(workers: int, *, initializer=None, initargs: tuple = ()):
    """A ``multiprocessing`` pool of ``workers`` processes as every gdrkit pool starts one:
    forked where the system can (spawned elsewhere), with the collector frozen while
    forking (:func:`gc_frozen`), collecting less often in the workers
    (:data:`WORKER_GC_THRESHOLD`), and its pipes widened (:func:`widen_pipes`)."""
    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    with gc_frozen():
        pool = ctx.Pool(workers, initializer=_start_worker, initargs=(initializer, initargs))
    widen_pipes(pool)
    return pool


def widen_pipes(pool) -> None:
    """Ask for :data:`PIPE_BYTES` buffers on the task and result pipes of a
    ``multiprocessing`` pool (every pool of gdrkit calls it; where the system does not
    allow it, the pipes stay as they are)."""
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None)
    if set_size is None:  # not Linux
        return
    try:  # multiprocessing's private attributes: another Python may name them otherwise
        conns = [c for q in (pool._inqueue, pool._outqueue) for c in (q._reader, q._writer)]
    except AttributeError:
        return
    for conn in conns:
        try:
            fcntl.fcntl(conn.fileno(), set_size, PIPE_BYTES)
        except OSError:  # above the system's limit for this user: keep the default
            pass


def _run(shared: tuple, bounds: tuple[int, int]) -> object:
    func, reports, others, kwargs = shared
    chunk = reports.iloc[bounds[0]:bounds[1]]
    ids = set(chunk["report_id"])
    return func(chunk, *(o[o["report_id"].isin(ids)] for o in others), **kwargs)


def map_reports(func: Callable[..., pd.DataFrame | tuple[pd.DataFrame, ...]], reports: pd.DataFrame,
                *others: pd.DataFrame, workers: int = 1, **kwargs) -> pd.DataFrame | tuple[pd.DataFrame, ...]:
    """``func(reports, *others, **kwargs)``, computed chunk by chunk on ``workers`` processes.

    Parameters
    ----------
    func : callable
        A stage that works report by report (e.g. :func:`gdrkit.sections.segment_reports`);
        it must be importable (a module-level function) and return a DataFrame or a
        tuple of DataFrames.
    reports : DataFrame
        The reports table (with report_id).
    *others : DataFrame
        Tables keyed by report_id (e.g. sections) that are cut to each chunk's reports.
    workers : int
        Processes; 1 (or few reports) runs ``func`` directly.

    Returns
    -------
    DataFrame or tuple of DataFrame
        What ``func`` returns for all reports, rows in the same order as one call gives.
    """
    if workers <= 1 or len(reports) < MIN_REPORTS or not hasattr(os, "fork"):
        return func(reports, *others, **kwargs)
    n_chunks = min(len(reports), workers * 4)
    bounds = [round(i * len(reports) / n_chunks) for i in range(n_chunks + 1)]
    parts = list(imap_forked(_run, (func, reports, others, kwargs), list(zip(bounds[:-1], bounds[1:])),
                             workers=workers))
    if isinstance(parts[0], tuple):
        return tuple(pd.concat([p[i] for p in parts], ignore_index=True) for i in range(len(parts[0])))
    return pd.concat(parts, ignore_index=True)
