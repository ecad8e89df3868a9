"""The per-report tables (sections, figures, figure notes, problems, identity checks): one
pass per report, cached per report.

Segmenting, extracting figures and finding problems all work report by report, so they
run together on each chunk of reports (:func:`gdrkit.pipeline.stages.derive_reports`, in
``workers`` processes; the sections a chunk needs never leave its process), and their
rows are cached on disk per report (:class:`~gdrkit.pipeline.derivedcache.DerivedCache`),
keyed by the report's id, the hash of its text, the metadata the stages copy (year,
agency, level, style) and the hash of all gdrkit code. So:

- a warm run reads the rows and computes nothing;
- a changed or added report is computed alone, the others are read;
- batches are written as Parquet files, the list of their keys last (a batch without
  it, e.g. from a killed run, is ignored); a batch that cannot be read is removed and
  its reports computed again.

When the tokens are wanted too (``Corpus.tables()``), the reports computed here are
tokenized in the same pass (the dictionary is loaded once, before the workers are
forked) and their tokens go to the tokens cache of :func:`gdrkit.zh.tokenize_texts`.
"""

from __future__ import annotations

import os

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .. import zh
from ..engine import versions
from ..engine.arrow import arrow_data
from ..engine.cache import PartCache, text_key, text_keys
from ..engine.parallel import ForkPool, imap_forked, release_memory
from ..engine.progress import progress_bar
from .derivedcache import DerivedCache
from .stages import DERIVED_TABLES, STAGE_COLUMNS, as_str, derive_reports, failed_in

__all__ = ["TABLES", "DerivedCache", "Derivation", "derive_tables", "derive_start", "report_keys", "work_task",
           "last_stats"]

#: The tables computed together (:data:`gdrkit.pipeline.stages.DERIVED_TABLES`).
TABLES = DERIVED_TABLES
#: Columns of a report that decide its rows (part of each report's key): its id and the
#: metadata the stages copy (its text is hashed apart).
_KEY_COLUMNS = tuple(c for c in STAGE_COLUMNS if c != "text")
#: Reports per batch: one batch is computed, then written to the cache.
BATCH = 1000
#: Counts of the last :func:`derive_tables` call: reports, cached, computed.
last_stats: dict[str, int] = {}


def _derive_chunk(reports: pd.DataFrame, tokenizer: zh.Tokenizer | None = None,
                  tkeys: list[str | None] | None = None) -> tuple[pd.DataFrame | None, ...]:
    """The tables of :func:`~gdrkit.pipeline.stages.derive_reports` of some reports (one
    process), and their tokens (``_key`` = the text's key, ``tokens``) when a tokenizer
    is given: of every report, or of those whose key in ``tkeys`` is not None."""
    tokens = None
    if tokenizer is not None:
        tks = tkeys if tkeys is not None else text_keys(reports["text"])
        texts = [t if isinstance(t, str) else "" for t, k in zip(reports["text"], tks) if k is not None]
        tokens = pd.DataFrame({"_key": [k for k in tks if k is not None],
                               "tokens": pd.arrays.ArrowExtensionArray(
                                   tokenizer.tokens_array(texts) if texts else pa.array([], zh.TOKENS_TYPE))})
    return (*derive_reports(reports), tokens)


def _work(shared: tuple, bounds: tuple[int, int]) -> tuple:
    """The tables of one chunk of the reports inherited by fork (:func:`imap_forked`)."""
    reports, tokenizer, tkeys, keys = shared
    a, b = bounds
    return _released(_labelled(reports.iloc[a:b], tokenizer, tkeys[a:b], keys[a:b]))


def work_task(tokenizer: zh.Tokenizer | None, task: tuple) -> tuple:
    """The tables of one chunk of reports sent with the task (for a
    :class:`gdrkit.engine.parallel.ForkPool` whose shared object is the tokenizer or None)."""
    chunk, tkeys, keys = task
    return _released(_labelled(chunk, tokenizer, tkeys, keys))


def _released(result: tuple) -> tuple:
    """``result``, after the memory that computing it freed is given back (a worker's
    memory then stays that of one chunk instead of growing from chunk to chunk)."""
    release_memory()
    return result


def _labelled(chunk: pd.DataFrame, tokenizer: zh.Tokenizer | None, tkeys: list[str | None], keys: list[str]) -> tuple:
    """:func:`_derive_chunk`, each table's rows labelled with their report's cache key (``_key``)."""
    try:
        parts = _derive_chunk(chunk, tokenizer, tkeys)
        at = pd.Index(chunk["report_id"])
        ks = pd.array(keys, dtype="str")
        tables = tuple(p.assign(_key=ks.take(at.get_indexer(p["report_id"]))) if len(p) else p.assign(_key=ks[:0])
                       for p in parts[:len(TABLES)])
        return (*tables, *parts[len(TABLES):])
    except Exception as exc:  # say which reports: the traceback alone names none
        raise failed_in("deriving sections, figures and problems", chunk["report_id"].tolist(), exc) from exc


def report_keys(reports: pd.DataFrame) -> list[str]:
    """One cache key per report: its id, text and copied metadata, and the gdrkit code."""
    return _keys(reports)[0]


def _keys(reports: pd.DataFrame) -> tuple[list[str], list[str]]:
    """(report keys, text keys): the text keys are those of the tokens cache."""
    texts = text_keys(reports["text"])
    # a column the table lacks is not the same as a missing value: the stages copy
    # the columns that exist (segment_reports), so the key says which ones do
    cols = [reports[c].astype(object).where(reports[c].notna(), None).tolist() if c in reports.columns
            else ["<absent>"] * len(reports) for c in _KEY_COLUMNS]
    sig = versions.package_signature()
    return [text_key(sig, t, *map(repr, vals)) for t, *vals in zip(texts, *cols)], texts


def derive_tables(reports: pd.DataFrame, *, cache_dir: str | os.PathLike | None = None, workers: int = 1,
                  progress: bool = False, tokenizer: zh.Tokenizer | None = None, store: DerivedCache | None = None,
                  token_cache: PartCache | None = None, pool: ForkPool | None = None) -> dict[str, pd.DataFrame]:
    """sections, figures, figure_notes, problems and identity_checks of every report, through the cache.

    Parameters
    ----------
    reports : DataFrame
        The ``reports`` table (report_id, text, style, year, agency, level).
    cache_dir : path, optional
        The cache folder (none: everything is computed).
    workers : int
        Processes for the reports that are not cached (one pool; each worker takes
        chunks of reports and runs every stage on them).
    tokenizer : gdrkit.zh.Tokenizer, optional
        Also tokenize the texts of the reports computed here, in the same pass (and
        store them in the tokens cache of :func:`gdrkit.zh.tokenize_texts`).
    store : DerivedCache, optional
        An open cache of ``cache_dir`` to use (and keep) instead of opening it here.
    token_cache : gdrkit.engine.cache.PartCache, optional
        The same for the tokens cache.
    pool : gdrkit.engine.parallel.ForkPool, optional
        Workers kept across calls (``ForkPool(work_task, tokenizer, workers=...)``, with
        the same tokenizer, loaded): the chunks are sent to them instead of forking a
        new pool for this call.

    Returns
    -------
    dict of DataFrame
        ``sections`` (see :func:`gdrkit.sections.segment_reports`), ``figures`` and
        ``figure_notes`` (see :func:`gdrkit.extract.extract_figures`), ``problems``
        (see :func:`gdrkit.problems.find_problems`) and ``identity_checks`` (see
        :func:`gdrkit.extract.check_figures`, without the notes), rows in the order of
        ``reports``;
        with a tokenizer, ``tokens``: ``_key`` (the text's key) and ``tokens`` of the
        reports that were computed (the others' tokens are in the tokens cache).
    """
    return derive_start(reports, cache_dir=cache_dir, workers=workers, progress=progress, tokenizer=tokenizer,
                        store=store, token_cache=token_cache, pool=pool).result()


def derive_start(reports: pd.DataFrame, *, cache_dir: str | os.PathLike | None = None, workers: int = 1,
                 progress: bool = False, tokenizer: zh.Tokenizer | None = None, store: DerivedCache | None = None,
                 token_cache: PartCache | None = None, pool: ForkPool | None = None,
                 chunk_size: int | None = None) -> Derivation:
    """:func:`derive_tables` started: the cache is read and, with a ``pool``, the chunks
    to compute are sent to its workers now; ``.result()`` collects the tables. So a
    streamed build can start the next shard before it finishes this one, and the
    workers never wait for the parent's writing in between. ``chunk_size``: reports
    per task (default: small enough for every worker to get about eight, at most 128;
    when the next call's tasks follow, the workers have work anyway and larger chunks
    cost less)."""
    return Derivation(reports, cache_dir=cache_dir, workers=workers, progress=progress, tokenizer=tokenizer,
                      store=store, token_cache=token_cache, pool=pool, chunk_size=chunk_size)


class Derivation:
    """A :func:`derive_start` call under way; :meth:`result` gives the tables."""

    def __init__(self, reports: pd.DataFrame, *, cache_dir: str | os.PathLike | None, workers: int, progress: bool,
                 tokenizer: zh.Tokenizer | None, store: DerivedCache | None, token_cache: PartCache | None,
                 pool: ForkPool | None, chunk_size: int | None = None) -> None:
        last_stats.clear()
        self.reports, self.tokenizer, self.progress = reports, tokenizer, progress
        self.keys: list[str] = []
        self.todo: list[int] = []
        self.bounds: list[tuple[int, int]] = []
        self.it = None
        self.frames: dict[str, list[pd.DataFrame]] = {t: [] for t in TABLES}
        self.store = self.tok_cache = None
        if not len(reports):
            last_stats.update(reports=0, cached=0, computed=0)
            return
        ids = reports["report_id"]
        if ids.duplicated().any():  # rows are tied to their report by id
            raise ValueError(f"reports: report_id is not unique ({ids[ids.duplicated()].unique()[:5].tolist()}); "
                             "derived tables need one row per report")
        keys, tkeys = _keys(reports)
        if os.environ.get("GDRKIT_TABLE_CACHE", "1") == "0":
            store = None
        elif store is None and cache_dir is not None:
            store = DerivedCache(cache_dir)
        self.frames, found = store.read(keys) if store is not None else (self.frames, set())
        self.keys, self.store = keys, store
        self.todo = todo = [i for i, k in enumerate(keys) if k not in found]
        last_stats.update(reports=len(keys), cached=len(keys) - len(todo), computed=len(todo))
        if todo:
            self._send(tkeys, cache_dir=cache_dir, workers=workers, token_cache=token_cache, pool=pool,
                       chunk_size=chunk_size)

    def _send(self, tkeys: list[str], *, cache_dir, workers: int, token_cache: PartCache | None,
              pool: ForkPool | None, chunk_size: int | None) -> None:
        """Start computing the reports that are not cached (``self.todo``)."""
        reports, todo, tokenizer = self.reports, self.todo, self.tokenizer
        # only the columns the stages read (not text_raw), and only the reports to compute
        cols = [c for c in STAGE_COLUMNS if c in ("report_id", "text") or c in reports.columns]
        sub = reports[cols] if len(todo) == len(reports) else reports[cols].iloc[todo]
        size = chunk_size or max(8, min(128, -(-len(todo) // (max(1, workers) * 8))))
        self.bounds = bounds = [(a, min(a + size, len(todo))) for a in range(0, len(todo), size)]
        # the dictionary is loaded once, here, before the workers are forked: they inherit
        # it (and the stages' compiled patterns) instead of loading it each
        if tokenizer is not None:
            tokenizer.load()
        self.tok_cache = token_cache
        if tokenizer is not None and cache_dir is not None and token_cache is None:
            self.tok_cache = PartCache(cache_dir, "tokens", salt=tokenizer.signature)
        tks, ks = [tkeys[i] for i in todo], [self.keys[i] for i in todo]
        if tokenizer is not None and self.tok_cache is not None:
            # texts whose tokens are cached are not tokenized again (a code or library
            # change recomputes the derived tables but leaves the tokens as they were)
            have = self.tok_cache.index()
            tks = [None if k in have else k for k in tks]
        if pool is not None:  # sent to the workers now
            self.it = pool.imap([(sub.iloc[a:b], tks[a:b], ks[a:b]) for a, b in bounds])
        else:
            self.it = imap_forked(_work, (sub, tokenizer, tks, ks), bounds, workers=workers)

    def result(self) -> dict[str, pd.DataFrame]:
        """The tables (see :func:`derive_tables`); the computed rows are cached on the way."""
        if not len(self.reports):
            return dict(zip(TABLES, derive_reports(self.reports)))
        token_frames = self._collect() if self.it is not None else []
        where = pa.array(self.keys, pa.string())
        out = {t: self._in_report_order(t, where) for t in TABLES}
        if self.tokenizer is not None:
            out["tokens"] = pd.concat(token_frames, ignore_index=True) if token_frames else None
        self.frames = {}
        del token_frames
        release_memory()  # the batches read or received are freed
        return out

    def _collect(self) -> list[pd.DataFrame]:
        """Receive the computed chunks, write them to the caches in batches, and return
        the tokens computed."""
        keys, todo, store, tok_cache = self.keys, self.todo, self.store, self.tok_cache
        token_frames: list[pd.DataFrame] = []
        pending: list[tuple[list[str], tuple]] = []
        pending_tokens: list[pd.DataFrame] = []

        def flush() -> None:
            if store is not None and pending:
                store.write([k for ks, _ in pending for k in ks],
                            tuple(pd.concat([p[i] for _, p in pending], ignore_index=True)
                                  for i in range(len(TABLES))))
            if tok_cache is not None and pending_tokens:  # the tokens cache of gdrkit.zh
                t = pd.concat(pending_tokens, ignore_index=True)
                col = arrow_data(t["tokens"])
                tok_cache.put(pa.table({"key": pa.array(t["_key"].tolist(), pa.string()),
                                        "tokens": col if col is not None else pa.array(t["tokens"].tolist(),
                                                                                       zh.TOKENS_TYPE)}))
            pending.clear()
            pending_tokens.clear()

        bar = progress_bar(self.it, desc="sections, figures, problems", disable=not self.progress,
                           sizes=[b - a for a, b in self.bounds], unit="report")
        for (a, b), parts in zip(self.bounds, bar):
            tables = parts[:len(TABLES)]
            for t, p in zip(TABLES, tables):
                self.frames[t].append(p)
            if parts[len(TABLES)] is not None:
                token_frames.append(parts[len(TABLES)])
                pending_tokens.append(parts[len(TABLES)])
            pending.append(([keys[todo[i]] for i in range(a, b)], tables))
            if sum(len(k) for k, _ in pending) >= BATCH:
                flush()
        flush()
        self.it = None
        return token_frames

    def _in_report_order(self, t: str, where: pa.Array) -> pd.DataFrame:
        """Table ``t``'s rows, read and computed, in the order of the reports (their keys: ``where``)."""
        fs = [f for f in self.frames[t] if len(f)] or self.frames[t][:1]
        df = pd.concat(fs, ignore_index=True) if len(fs) > 1 else fs[0].reset_index(drop=True)
        # each row's report, looked up in Arrow (no Python string per row)
        col = arrow_data(df["_key"])
        if col is None:
            col = pa.array(df["_key"].tolist(), pa.string())
        found_at = pc.index_in(col, value_set=where)
        pos = found_at.to_numpy(zero_copy_only=False) if not found_at.null_count else np.array([-1])
        if (pos < 0).any():  # rows of another report with the same key cannot happen
            raise RuntimeError(f"gdrkit cache: {t} rows of unknown reports in "
                               f"{self.store.dir if self.store else 'memory'}")
        order = np.argsort(pos, kind="stable")
        if not (order == np.arange(len(order))).all():
            df = df.take(order)
        return as_str(df.drop(columns="_key").reset_index(drop=True))
