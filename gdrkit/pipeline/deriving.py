"""The per-report tables (sections, figures, figure notes, problems, identity checks): one
pass per report, cached per report.

Segmenting, extracting figures and finding problems all work report by report, so they
run together on each chunk of reports (in ``workers`` processes; the sections a chunk
needs never leave its process), and their rows are cached on disk per report, keyed by
the report's id, the hash of its text, the metadata the stages copy (year, agency, level,
style) and the hash of all gdrkit code. So:

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
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from ..engine import versions

__all__ = ["TABLES", "DerivedCache", "Derivation", "derive_tables", "derive_start", "report_keys", "last_stats"]

#: The tables computed together, in the order :func:`_derive_chunk` returns them.
TABLES = ("sections", "figures", "figure_notes", "problems", "identity_checks")
#: Metadata columns that the stages copy into their rows (part of each report's key).
_KEY_COLUMNS = ("report_id", "style", "year", "agency", "level")
#: Reports per batch: one batch is computed, then written to the cache.
BATCH = 1000
#: Counts of the last :func:`derive_tables` call: reports, cached, computed.
last_stats: dict[str, int] = {}


def _derive_chunk(reports: pd.DataFrame, tokenizer=None, text_keys: list[str | None] | None = None
                  ) -> tuple[pd.DataFrame | None, ...]:
    """sections, figures, figure_notes, problems, identity_checks of some reports (one
    process), and their tokens (``_key`` = the text's key, ``tokens``) when a tokenizer
    is given: of every report, or of those whose key in ``text_keys`` is not None."""
    from ..extract import check_figures, extract_figures
    from ..problems import find_problems
    from ..sections import segment_reports

    sections = segment_reports(reports)
    figures, notes = extract_figures(reports, sections, with_notes=True)
    problems = find_problems(reports, sections)
    checks = check_figures(figures)  # the notes are appended to the whole table's checks
    tokens = None
    if tokenizer is not None:
        from ..engine.cache import text_keys as _text_keys

        import pyarrow as pa

        from ..zh import TOKENS_TYPE

        tks = text_keys if text_keys is not None else _text_keys(reports["text"])
        texts = [t if isinstance(t, str) else "" for t, k in zip(reports["text"], tks) if k is not None]
        tokens = pd.DataFrame({"_key": [k for k in tks if k is not None],
                               "tokens": pd.arrays.ArrowExtensionArray(
                                   tokenizer._chunk_arrow(texts) if texts else pa.array([], TOKENS_TYPE))})
    return sections, figures, notes, problems, checks, tokens


def _work(shared: tuple, bounds: tuple[int, int]) -> tuple:
    """The tables of one chunk of the reports inherited by fork (:func:`imap_forked`)."""
    reports, tokenizer, text_keys, keys = shared
    a, b = bounds
    return _released(_labelled(reports.iloc[a:b], tokenizer, text_keys[a:b], keys[a:b]))


def work_task(tokenizer, task: tuple) -> tuple:
    """The tables of one chunk of reports sent with the task (for a
    :class:`gdrkit.parallel.ForkPool` whose shared object is the tokenizer or None)."""
    chunk, text_keys, keys = task
    return _released(_labelled(chunk, tokenizer, text_keys, keys))


def _released(result: tuple) -> tuple:
    """``result``, after the memory that computing it freed is given back (a worker's
    memory then stays that of one chunk instead of growing from chunk to chunk)."""
    from ..engine.parallel import release_memory

    release_memory()
    return result


def _labelled(chunk: pd.DataFrame, tokenizer, text_keys: list[str], keys: list[str]) -> tuple:
    """:func:`_derive_chunk`, each table's rows labelled with their report's cache key (``_key``)."""
    try:
        parts = _derive_chunk(chunk, tokenizer, text_keys)
        at = pd.Index(chunk["report_id"])
        ks = pd.array(keys, dtype="str")
        tables = tuple(p.assign(_key=ks.take(at.get_indexer(p["report_id"]))) if len(p) else p.assign(_key=ks[:0])
                       for p in parts[:len(TABLES)])
        return (*tables, *parts[len(TABLES):])
    except Exception as exc:  # say which reports: the traceback alone names none
        raise failed_in("deriving sections, figures and problems", chunk["report_id"].tolist(), exc) from exc


def failed_in(what: str, ids: list, exc: Exception) -> RuntimeError:
    """An error naming the reports of the chunk where ``what`` failed (raise it ``from exc``)."""
    return RuntimeError(f"gdrkit: {what} failed in one of {len(ids)} reports {ids[:5]}"
                        f"{' ...' if len(ids) > 5 else ''}: {type(exc).__name__}: {exc}")


def report_keys(reports: pd.DataFrame) -> list[str]:
    """One cache key per report: its id, text and copied metadata, and the gdrkit code."""
    return _keys(reports)[0]


def _keys(reports: pd.DataFrame) -> tuple[list[str], list[str]]:
    """(report keys, text keys): the text keys are those of the tokens cache."""
    from ..engine.cache import text_key, text_keys

    texts = text_keys(reports["text"])
    # a column the table lacks is not the same as a missing value: the stages copy
    # the columns that exist (segment_reports), so the key says which ones do
    cols = [reports[c].astype(object).where(reports[c].notna(), None).tolist() if c in reports.columns
            else ["<absent>"] * len(reports) for c in _KEY_COLUMNS]
    sig = versions.package_signature()
    return [text_key(sig, t, *map(repr, vals)) for t, *vals in zip(texts, *cols)], texts


class DerivedCache:
    """Batches of per-report rows in one cache folder (see the module docstring).

    With ``keep_index``, the list of each batch's keys is read once and kept (and
    updated by :meth:`write`), for many :func:`derive_tables` calls on one cache (one per
    shard of a streamed build); otherwise every :meth:`read` lists the folder afresh.
    """

    def __init__(self, cache_dir: str | os.PathLike, *, keep_index: bool = False) -> None:
        from .._version import __version__
        from ..engine.cache import text_key

        # cn2an reads the Chinese numerals of the figures: its upgrade changes rows too
        tag = text_key(__version__, "derived", versions.package_signature(), versions.library_versions())[:12]
        self.dir = Path(cache_dir) / f"derived-v{__version__}-{tag}"
        self._keep = keep_index
        self._batches: dict[str, list[str]] | None = None

    def _listing(self) -> dict[str, list[str]]:
        """stem → keys of every committed batch (a damaged key list drops its batch)."""
        import pyarrow.parquet as pq

        if self._batches is not None:
            return self._batches
        out: dict[str, list[str]] = {}
        for kf in sorted(self.dir.glob("b-*.keys.parquet")) if self.dir.is_dir() else []:
            stem = kf.name[: -len(".keys.parquet")]
            try:
                out[stem] = pq.read_table(kf)["_key"].to_pylist()
            except Exception as exc:  # pyarrow raises several types for a damaged file
                self._drop(stem, exc)
        if self._keep:
            self._batches = out
        return out

    def read(self, keys: list[str]) -> tuple[dict[str, list[pd.DataFrame]], set[str]]:
        """Cached rows of these keys: frames per table, and the keys found."""
        want = set(keys)
        frames: dict[str, list[pd.DataFrame]] = {t: [] for t in TABLES}
        found: set[str] = set()
        # batches in the order of their first report, so that the rows usually come
        # out in report order without a reordering copy
        at = {k: i for i, k in enumerate(keys)}
        batches = []
        for stem, listed in self._listing().items():
            have = [k for k in listed if k in want]
            if have:
                batches.append((min(at[k] for k in have), stem, set(have), len(have) == len(listed)))
        plan = []  # (stem, the reports it gives, all of its rows wanted)
        for _, stem, have, whole in sorted(batches):
            new = have - found
            if new:
                plan.append((stem, new, whole and new == have))
                found |= new

        def load(item: tuple) -> dict[str, pd.DataFrame] | Exception:
            stem, new, every_row = item
            try:
                got = {}
                for t in TABLES:
                    df = pd.read_parquet(self.dir / f"{stem}.{t}.parquet")
                    if not every_row:  # only some of the batch's reports are wanted
                        df = df[np.fromiter((k in new for k in df["_key"].tolist()), bool, len(df))]
                    got[t] = df
                return got
            except Exception as exc:  # pyarrow raises several types for a damaged file
                return exc

        from ..engine.cache import map_threads

        loaded = map_threads(load, plan)  # batches decoded in threads
        found = set()
        for (stem, new, _), got in zip(plan, loaded):
            if isinstance(got, Exception):  # its reports are computed again
                self._drop(stem, got)
                continue
            for t in TABLES:
                frames[t].append(got[t])
            found |= new
        return frames, found

    def _drop(self, stem: str, exc: Exception) -> None:
        warnings.warn(f"gdrkit cache: unreadable batch {self.dir / stem} ({type(exc).__name__}); "
                      "it is removed and its reports computed again", stacklevel=4)
        for p in self.dir.glob(f"{stem}.*"):
            p.unlink(missing_ok=True)
        if self._batches is not None:
            self._batches.pop(stem, None)

    def write(self, keys: list[str], tables: tuple[pd.DataFrame, ...]) -> None:
        """One batch: a Parquet file per table, then the keys (the commit mark)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        from ..engine.cache import ROW_GROUP, atomic_write, parquet_options, text_key

        self.dir.mkdir(parents=True, exist_ok=True)
        stem = "b-" + text_key(*keys)[:16]
        for t, df in zip(TABLES, tables):
            atomic_write(self.dir / f"{stem}.{t}.parquet",
                         lambda tmp, df=df: df.to_parquet(tmp, index=False, row_group_size=5 * ROW_GROUP,
                                                          **parquet_options()))
        atomic_write(self.dir / f"{stem}.keys.parquet",
                     lambda tmp: pq.write_table(pa.table({"_key": pa.array(keys, pa.string())}), tmp))
        if self._batches is not None:
            self._batches[stem] = list(keys)


def _as_str(df: pd.DataFrame) -> pd.DataFrame:
    """Object columns holding only strings become ``str`` columns, whatever the batches
    (a batch where a column is all missing is read back as ``object``)."""
    for c in df.columns:
        if df[c].dtype == object and pd.api.types.infer_dtype(df[c], skipna=True) == "string":
            df[c] = df[c].astype("str")
    return df


def derive_tables(reports: pd.DataFrame, *, cache_dir: str | os.PathLike | None = None, workers: int = 1,
                  progress: bool = False, tokenizer=None, store: DerivedCache | None = None,
                  token_cache=None, pool=None) -> dict[str, pd.DataFrame]:
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
    token_cache : gdrkit.cache.PartCache, optional
        The same for the tokens cache.
    pool : gdrkit.parallel.ForkPool, optional
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
                 progress: bool = False, tokenizer=None, store: DerivedCache | None = None,
                 token_cache=None, pool=None, chunk_size: int | None = None) -> "Derivation":
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

    def __init__(self, reports: pd.DataFrame, *, cache_dir, workers: int, progress: bool, tokenizer,
                 store: DerivedCache | None, token_cache, pool, chunk_size: int | None = None) -> None:
        from ..engine.parallel import imap_forked

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
        keys, text_keys = _keys(reports)
        if os.environ.get("GDRKIT_TABLE_CACHE", "1") == "0":
            store = None
        elif store is None and cache_dir is not None:
            store = DerivedCache(cache_dir)
        self.frames, found = store.read(keys) if store is not None else (self.frames, set())
        self.keys, self.store = keys, store
        self.todo = todo = [i for i, k in enumerate(keys) if k not in found]
        last_stats.update(reports=len(keys), cached=len(keys) - len(todo), computed=len(todo))
        if not todo:
            return
        # only the columns the stages read (not text_raw), and only the reports to compute
        cols = ["report_id", "text", *(c for c in _KEY_COLUMNS[1:] if c in reports.columns)]
        sub = reports[cols] if len(todo) == len(reports) else reports[cols].iloc[todo]
        size = chunk_size or max(8, min(128, -(-len(todo) // (max(1, workers) * 8))))
        self.bounds = bounds = [(a, min(a + size, len(todo))) for a in range(0, len(todo), size)]
        # imported (their regexes compiled) and the dictionary loaded once, here, before
        # the workers are forked: they inherit them instead of redoing it each
        from .. import extract, problems, sections  # noqa: F401

        if tokenizer is not None:
            tokenizer._load()
        self.tok_cache = token_cache
        if tokenizer is not None and cache_dir is not None and token_cache is None:
            from ..engine.cache import PartCache

            self.tok_cache = PartCache(cache_dir, "tokens", salt=tokenizer.signature)
        tks, ks = [text_keys[i] for i in todo], [keys[i] for i in todo]
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
        import pyarrow as pa

        from ..engine.progress import progress_bar

        if not len(self.reports):
            return dict(zip(TABLES, _derive_chunk(self.reports)))
        keys, todo, frames, store, tok_cache = self.keys, self.todo, self.frames, self.store, self.tok_cache
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
                tok_cache.put(pa.table({"key": pa.array(t["_key"].tolist(), pa.string()),
                                        "tokens": t["tokens"].array._pa_array}))
            pending.clear()
            pending_tokens.clear()

        if self.it is not None:
            bar = progress_bar(self.it, total=len(self.bounds), desc="sections, figures, problems",
                               disable=not self.progress)
            for (a, b), parts in zip(self.bounds, bar):
                ks = [keys[todo[i]] for i in range(a, b)]
                tables = parts[:len(TABLES)]
                for t, p in zip(TABLES, tables):
                    frames[t].append(p)
                if parts[len(TABLES)] is not None:
                    token_frames.append(parts[len(TABLES)])
                    pending_tokens.append(parts[len(TABLES)])
                pending.append((ks, tables))
                if sum(len(k) for k, _ in pending) >= BATCH:
                    flush()
            flush()
            self.it = None
        import pyarrow.compute as pc

        where = pa.array(keys, pa.string())
        out = {}
        for t in TABLES:
            fs = [f for f in frames[t] if len(f)] or frames[t][:1]
            df = pd.concat(fs, ignore_index=True) if len(fs) > 1 else fs[0].reset_index(drop=True)
            # each row's report, looked up in Arrow (no Python string per row)
            col = getattr(df["_key"].array, "_pa_array", None)
            if col is None:
                col = pa.array(df["_key"].tolist(), pa.string())
            found_at = pc.index_in(col, value_set=where)
            pos = found_at.to_numpy(zero_copy_only=False) if not found_at.null_count else np.array([-1])
            if (pos < 0).any():  # rows of another report with the same key cannot happen
                raise RuntimeError(f"gdrkit cache: {t} rows of unknown reports in {store.dir if store else 'memory'}")
            order = np.argsort(pos, kind="stable")
            if not (order == np.arange(len(order))).all():
                df = df.take(order)
            out[t] = _as_str(df.drop(columns="_key").reset_index(drop=True))
        if self.tokenizer is not None:
            out["tokens"] = pd.concat(token_frames, ignore_index=True) if token_frames else None
        self.frames = {}
        del frames, token_frames
        from ..engine.parallel import release_memory

        release_memory()  # the batches read or received are freed
        return out
