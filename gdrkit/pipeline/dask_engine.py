"""The per-file stages on Dask: beyond one machine (``gdrkit build --engine dask``).

Reading (io → clean → meta), then sections, figures and problems, and tokenizing run on
``dask.bag`` partitions (chunks of files, of reports); what needs the whole corpus
(report ids and duplicates, checks, panel) runs on the client, exactly as in
:func:`gdrkit.load_corpus`. The tables are identical to the single-process run.

Dask is an optional extra: ``pip install "gdrkit[dask]"``. Without a ``client`` the
default Dask scheduler is used; pass a ``distributed.Client`` for a cluster.
"""

from __future__ import annotations

import math
import os
import warnings

import pandas as pd

__all__ = ["build_dask", "load_corpus_dask"]


def _require_dask():
    try:
        import dask
        import dask.bag as db
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "gdrkit's Dask engine needs the optional extra: pip install \"gdrkit[dask]\" "
            f"(dask[dataframe] and distributed); import failed: {exc}") from exc
    return dask, db


def _compute_kwargs(client) -> dict:
    return {"scheduler": client} if client is not None else {}


def _n_parts(n: int, client, npartitions: int | None) -> int:
    if npartitions:
        return max(1, min(npartitions, n))
    workers = 2
    if client is not None:
        try:
            workers = max(1, sum(client.nthreads().values()))
        except Exception:
            pass
    return max(1, min(n, workers * 4))


def _split(df: pd.DataFrame, k: int) -> list[pd.DataFrame]:
    size = max(1, math.ceil(len(df) / k))
    return [df.iloc[i:i + size] for i in range(0, len(df), size)]


def _derive_part(part: pd.DataFrame) -> tuple[pd.DataFrame, ...]:
    """sections, figures, figure_notes, problems, identity_checks of one partition of reports."""
    from .deriving import TABLES, _derive_chunk, failed_in

    try:
        return _derive_chunk(part)[:len(TABLES)]
    except Exception as exc:  # say which reports: the traceback alone names none
        raise failed_in("deriving sections, figures and problems", part["report_id"].tolist(), exc) from exc


def _tokenize_part(args) -> pd.DataFrame:
    from .. import zh
    from .deriving import failed_in

    units, backend = args
    try:
        return zh.tokenize_texts(units, tokenizer=_tokenizer(backend), cache_dir=None, workers=1)
    except Exception as exc:
        raise failed_in("tokenizing", units["report_id"].tolist(), exc) from exc


_TOKENIZERS: dict = {}


def _tokenizer(backend: str):
    """One tokenizer (dictionary loaded once) per worker process and backend."""
    from .. import zh

    if backend not in _TOKENIZERS:
        _TOKENIZERS[backend] = zh.Tokenizer(backend=backend)
    return _TOKENIZERS[backend]


def load_corpus_dask(path: str | os.PathLike, *, client=None, npartitions: int | None = None,
                     backend: str = "rjieba", tokens: bool = True, cache_dir: str | os.PathLike | None = None,
                     **load_kwargs):
    """:func:`gdrkit.load_corpus` with reading, segmenting and tokenizing on Dask.

    Returns a :class:`gdrkit.Corpus` whose ``sections()``, ``figures()``,
    ``problems()`` (and ``tokens()`` when ``tokens=True``) are already computed; checks
    and panel are computed from them on demand.
    ``cache_dir``: the reports cache to use (default: none, every file is read on Dask).
    """
    _dask, db = _require_dask()
    from . import reading as build
    from ..corpus import load_corpus

    if client is None and os.environ.get("DASK_SCHEDULER_ADDRESS"):
        from distributed import Client

        client = Client(os.environ["DASK_SCHEDULER_ADDRESS"])
    if load_kwargs.pop("workers", None) is not None:  # Dask decides where to compute
        warnings.warn("load_corpus_dask: workers= is ignored: the Dask scheduler (client=, or "
                      "$DASK_SCHEDULER_ADDRESS) sets where and how widely the stages run", stacklevel=2)
    load_kwargs["progress"] = False  # Dask's own dashboard (client.dashboard_link) shows progress
    kw = _compute_kwargs(client)

    def map_chunks(fn, tasks):
        if not tasks:
            return []
        bag = db.from_sequence(tasks, npartitions=_n_parts(len(tasks), client, npartitions))
        return bag.map(fn).compute(**kw)

    token = build.ENGINE.set((map_chunks, cache_dir is not None))
    try:
        corpus = load_corpus(path, cache_dir=cache_dir,
                             backend=backend, workers=1, **load_kwargs)
    finally:
        build.ENGINE.reset(token)
    reports = corpus.reports
    if not len(reports):
        return corpus
    from .deriving import TABLES, _as_str

    k = _n_parts(len(reports), client, npartitions)
    cols = ["report_id", "text", *(c for c in ("style", "year", "agency", "level") if c in reports.columns)]
    parts = _split(reports[cols], k)
    results = db.from_sequence(parts, npartitions=len(parts)).map(_derive_part).compute(**kw)
    for i, t in enumerate(TABLES):  # partitions are slices in report order: so are the rows
        frames = [r[i] for r in results if len(r[i])] or [results[0][i]]
        corpus._tables[t] = _as_str(pd.concat(frames, ignore_index=True) if len(frames) > 1
                                    else frames[0].reset_index(drop=True))
    if tokens:
        units = reports[["report_id", "text"]].assign(section_id="")
        uparts = [(u, backend) for u in _split(units, k)]
        tframes = db.from_sequence(uparts, npartitions=len(uparts)).map(_tokenize_part).compute(**kw)
        toks = pd.concat(tframes, ignore_index=True)
        corpus._tables[f"tokens:report:{corpus.backend}"] = toks
    return corpus


def build_dask(paths_or_dir: str | os.PathLike, *, client=None, npartitions: int | None = None,
               backend: str = "rjieba", tokens: bool = True) -> dict[str, pd.DataFrame]:
    """Run reading, segmenting and tokenizing on Dask partitions.

    Parameters
    ----------
    paths_or_dir : str or Path
        A folder of reports (searched recursively) or one file.
    client : distributed.Client, optional
        Where to compute (default: Dask's default scheduler).
    npartitions : int, optional
        Partitions per stage (default: 4 per worker thread).

    Returns
    -------
    dict of DataFrame
        reports, errors, sections and (with ``tokens=True``) tokens: identical to
        ``load_corpus(...)``'s ``reports``, ``errors``, ``sections()`` and ``tokens()``.
    """
    corpus = load_corpus_dask(paths_or_dir, client=client, npartitions=npartitions, backend=backend,
                              tokens=tokens)
    out = {"reports": corpus.reports, "errors": corpus.errors}
    if len(corpus.reports):
        out["sections"] = corpus.sections()
        if tokens:
            out["tokens"] = corpus.tokens()
    return out
