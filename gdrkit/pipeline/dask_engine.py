"""The per-report stages on Dask: beyond one machine (``gdrkit build --engine dask``).

:class:`DaskRunner` is a runner (see :mod:`gdrkit.pipeline.runners`) whose passes run on
``dask.bag`` partitions: reading (chunks of files, :func:`~gdrkit.pipeline.stages.read_report`),
sections, figures and problems (chunks of reports,
:func:`~gdrkit.pipeline.stages.derive_reports`) and tokenizing. What needs the whole corpus
(report ids and duplicates, checks, panel) runs on the client, exactly as in
:func:`gdrkit.load_corpus`; :func:`gdrkit.corpus.load_corpus_dask` opens a corpus with it.
The tables are identical to the single-process run.

Dask is an optional extra: ``pip install "gdrkit[dask]"``. Without a ``client`` the
default Dask scheduler is used; pass a ``distributed.Client`` for a cluster, or set
``$DASK_SCHEDULER_ADDRESS``.
"""

from __future__ import annotations

import math
import os

import pandas as pd

from .. import zh
from .reading import read_reports
from .stages import DERIVED_TABLES, STAGE_COLUMNS, as_str, derive_reports, failed_in

__all__ = ["DaskRunner", "require_dask"]


def require_dask():
    """``dask`` and ``dask.bag``, or an ImportError saying how to install them."""
    try:
        import dask
        import dask.bag as db
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "gdrkit's Dask engine needs the optional extra: pip install \"gdrkit[dask]\" "
            f"(dask[dataframe] and distributed); import failed: {exc}") from exc
    return dask, db


def _split(df: pd.DataFrame, k: int) -> list[pd.DataFrame]:
    size = max(1, math.ceil(len(df) / k))
    return [df.iloc[i:i + size] for i in range(0, len(df), size)]


def _derive_part(part: pd.DataFrame) -> tuple[pd.DataFrame, ...]:
    """sections, figures, figure_notes, problems, identity_checks of one partition of reports."""
    try:
        return derive_reports(part)
    except Exception as exc:  # say which reports: the traceback alone names none
        raise failed_in("deriving sections, figures and problems", part["report_id"].tolist(), exc) from exc


def _tokenize_part(args: tuple[pd.DataFrame, str]) -> pd.DataFrame:
    units, backend = args
    try:
        return zh.tokenize_texts(units, tokenizer=_tokenizer(backend), cache_dir=None, workers=1)
    except Exception as exc:
        raise failed_in("tokenizing", units["report_id"].tolist(), exc) from exc


_TOKENIZERS: dict[str, zh.Tokenizer] = {}


def _tokenizer(backend: str) -> zh.Tokenizer:
    """One tokenizer (dictionary loaded once) per worker process and backend."""
    if backend not in _TOKENIZERS:
        _TOKENIZERS[backend] = zh.Tokenizer(backend=backend)
    return _TOKENIZERS[backend]


class DaskRunner:
    """The stages on Dask partitions.

    Parameters
    ----------
    client : distributed.Client, optional
        Where to compute (default: ``$DASK_SCHEDULER_ADDRESS`` when set, else Dask's
        default scheduler).
    npartitions : int, optional
        Partitions per pass (default: 4 per worker thread).
    cache_dir : str or Path, optional
        The reports cache to read through (default: none, every file is read on Dask).
    """

    def __init__(self, *, client=None, npartitions: int | None = None,
                 cache_dir: str | os.PathLike | None = None) -> None:
        _dask, self._db = require_dask()
        if client is None and os.environ.get("DASK_SCHEDULER_ADDRESS"):
            from distributed import Client

            client = Client(os.environ["DASK_SCHEDULER_ADDRESS"])
        self.client, self.npartitions, self.cache_dir = client, npartitions, cache_dir

    def _n_parts(self, n: int) -> int:
        if self.npartitions:
            return max(1, min(self.npartitions, n))
        workers = 2
        if self.client is not None:
            try:
                workers = max(1, sum(self.client.nthreads().values()))
            except Exception:
                pass
        return max(1, min(n, workers * 4))

    def _compute(self, fn, items: list) -> list:
        """``[fn(x) for x in items]`` on Dask, one partition per item."""
        kw = {"scheduler": self.client} if self.client is not None else {}
        return self._db.from_sequence(items, npartitions=len(items)).map(fn).compute(**kw)

    def _map_chunks(self, fn, tasks: list) -> list:
        """``[fn(t) for t in tasks]`` on Dask, in :meth:`_n_parts` partitions."""
        if not tasks:
            return []
        kw = {"scheduler": self.client} if self.client is not None else {}
        bag = self._db.from_sequence(tasks, npartitions=self._n_parts(len(tasks)))
        return bag.map(fn).compute(**kw)

    def read(self, files: list, *, max_bytes: int, convert_traditional: bool = False
             ) -> tuple[pd.DataFrame, list[dict]]:
        """Every file read, chunks of files on Dask (through the reports cache of
        ``cache_dir`` when given)."""
        return read_reports(files, max_bytes=max_bytes, convert_traditional=convert_traditional,
                            cache_dir=self.cache_dir, workers=1, progress=False, map_chunks=self._map_chunks)

    def derive(self, reports: pd.DataFrame, *, tokenizer: zh.Tokenizer | None = None) -> dict[str, pd.DataFrame]:
        """The derived tables of every report, partitions of reports on Dask (the
        tokenizer is not used: the tokens are a pass of their own, :meth:`tokenize`)."""
        if not len(reports):
            return dict(zip(DERIVED_TABLES, derive_reports(reports)))
        cols = [c for c in STAGE_COLUMNS if c in ("report_id", "text") or c in reports.columns]
        results = self._compute(_derive_part, _split(reports[cols], self._n_parts(len(reports))))
        out: dict[str, pd.DataFrame] = {}
        for i, t in enumerate(DERIVED_TABLES):  # partitions are slices in report order: so are the rows
            frames = [r[i] for r in results if len(r[i])] or [results[0][i]]
            out[t] = as_str(pd.concat(frames, ignore_index=True) if len(frames) > 1
                            else frames[0].reset_index(drop=True))
        return out

    def tokenize(self, units: pd.DataFrame, *, tokenizer: zh.Tokenizer,
                 computed: pd.DataFrame | None = None) -> pd.DataFrame:
        """The tokens of a table of units, partitions on Dask (each worker loads the
        dictionary of ``tokenizer.backend`` once)."""
        if not len(units):
            return zh.tokenize_texts(units, tokenizer=tokenizer, computed=computed)
        parts = [(u, tokenizer.backend) for u in _split(units, self._n_parts(len(units)))]
        return pd.concat(self._compute(_tokenize_part, parts), ignore_index=True)
