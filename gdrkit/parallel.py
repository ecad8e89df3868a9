"""Per-report stages on several cores: split the reports into chunks, run a stage on
each chunk in a worker process, and put the results back together in input order, so
the result is the same table as one process gives."""

from __future__ import annotations

import os
from collections.abc import Callable

import pandas as pd

__all__ = ["map_reports"]

#: Below this many reports a stage runs in the calling process (starting workers costs more).
MIN_REPORTS = 64


_SHARED: tuple | None = None  # (func, reports, others, kwargs), inherited by forked workers


def _run(bounds: tuple[int, int]) -> object:
    assert _SHARED is not None
    func, reports, others, kwargs = _SHARED
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
    global _SHARED
    if workers <= 1 or len(reports) < MIN_REPORTS or not hasattr(os, "fork"):
        return func(reports, *others, **kwargs)
    import multiprocessing as mp

    n_chunks = min(len(reports), workers * 4)
    bounds = [round(i * len(reports) / n_chunks) for i in range(n_chunks + 1)]
    # the inputs reach the workers by fork (copy-on-write), not through a pipe
    _SHARED = (func, reports, others, kwargs)
    try:
        with mp.get_context("fork").Pool(workers) as pool:
            parts = pool.map(_run, list(zip(bounds[:-1], bounds[1:])), chunksize=1)
    finally:
        _SHARED = None
    if isinstance(parts[0], tuple):
        return tuple(pd.concat([p[i] for p in parts], ignore_index=True) for i in range(len(parts[0])))
    return pd.concat(parts, ignore_index=True)
