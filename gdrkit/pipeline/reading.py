"""Fast re-runs: the per-file reports cache and parallel reading behind ``load_corpus``.

Every file is read, cleaned and identified (:func:`gdrkit.pipeline.stages.read_report`)
at most once per content: its row is cached as Parquet (:class:`gdrkit.engine.cache.PartCache`)
under a key made of the SHA-1 of the file's bytes and its suffix (not its folder or name:
a moved or renamed folder, or the same folder given by a relative or an absolute path,
finds its rows; each row gets its file's path when it is read), in a cache folder whose
name includes the gdrkit version, a hash of the reading code (:data:`_CODE_MODULES`) and
the reading options (``max_bytes``, ``convert_traditional``). So:

- a warm run hashes each file (it has to read it: a size/mtime shortcut can miss an
  edit) and reads the rows from the cache, processing nothing;
- a changed file (new bytes, new key) is re-processed alone;
- a cache part that cannot be read is deleted and its files re-processed;
- a cache from another version (or other reading code) is never used;
- rows are flushed to the cache in batches written atomically, so a run killed midway
  leaves a usable cache and the next run only processes what is missing.

Files that miss the cache are read in ``workers`` processes (or by a ``map_chunks``
function, e.g. on Dask), in chunks of files, and the output is in the order of the input
paths whatever the number of workers.
"""

from __future__ import annotations

import hashlib
import math
import os
import warnings
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..engine import versions
from ..engine.cache import PartCache, text_key
from ..engine.parallel import release_memory, start_pool
from ..engine.progress import progress_bar
from ..schema import ERROR_COLUMNS, REPORT_COLUMNS
from .stages import read_report

__all__ = ["read_reports", "read_files", "file_sha1", "file_key", "reports_cache", "code_signature", "last_stats"]

#: Modules and data files whose content decides what a reports row contains (hashed
#: into the cache folder name, so editing them invalidates the cache).
_CODE_MODULES = ("io/read.py", "io/decode.py", "io/formats.py", "io/document.py", "clean.py", "meta/patterns.py",
                 "meta/fields.py", "meta/agency.py", "meta/places.py", "meta/gazetteer.py", "meta/canonical.py",
                 "data/divisions.csv", "data/place_aliases.csv", "data/agency_aliases.csv", "text/numerals.py",
                 "text/blank_lines.py", "text/tab_rows.py", "text/pages.py", "text/columns.py", "text/ocr.py", "text/radicals.py",
                 "data/radicals.tsv", "data/ocr_words.csv",
                 "schema.py", "pipeline/stages.py", "pipeline/reading.py")
#: gdrkit modules that reading imports but that do not decide a row's content (the test
#: of _CODE_MODULES checks that every module reading imports is in one list or the other).
_NOT_ROW_MODULES = ("__init__.py", "_version.py", "io/__init__.py", "io/discover.py", "meta/__init__.py",
                    "meta/ids.py", "meta/annex.py", "meta/keys.py", "meta/user.py", "engine/stata.py",
                    "text/__init__.py", "text/spans.py", "text/similarity.py", "engine/__init__.py",
                    "engine/arrow.py", "engine/cache.py", "engine/limits.py", "engine/parallel.py",
                    "engine/progress.py", "engine/sink.py", "engine/tablefiles.py", "engine/versions.py",
                    "pipeline/__init__.py", "sections.py", "extract/__init__.py", "extract/acted_on.py", "extract/after_count.py", "extract/annex.py",
                    "extract/annex_lines.py", "extract/annex_across.py", "extract/matter.py",
                    "extract/numbers.py", "extract/number_words.py", "extract/row_words.py", "extract/flat_rows.py", "extract/own_table.py", "extract/published.py",
                    "extract/carry.py", "extract/caseload.py", "extract/agency_names.py", "extract/respondents.py", "extract/cell_lines.py", "extract/checks.py", "extract/flags.py", "extract/confidence.py", "extract/counts.py", "extract/scopes.py", "extract/periods.py", "extract/cues.py",
                    "extract/figures.py", "extract/labels.py", "extract/layouts.py", "extract/negation.py", "extract/position.py", "extract/prose.py",
                    "extract/sentences.py", "extract/split.py", "extract/statements.py", "extract/table3.py", "extract/table4.py",
                    "extract/template.py", "extract/year_columns.py", "extract/implied.py", "extract/table4_cells.py", "extract/column_after.py", "extract/replies.py", "extract/applicant_groups.py", "extract/one_by_one.py",
                    "problems/__init__.py", "problems/find.py", "problems/split.py",
                    "problems/taxonomy.py")
#: Rows are flushed to the cache (one part) every this many rows or bytes of Arrow data.
_FLUSH_ROWS = 512
_FLUSH_BYTES = 96_000_000
_INT_COLUMNS = ("n_bytes", "n_chars", "year", "adcode")

#: Counts of the last :func:`read_files` call: files, cached, processed, cache_parts_written.
last_stats: dict[str, int] = {}


def code_signature() -> str:
    """A hash of the source of the modules that produce a reports row (:data:`_CODE_MODULES`)."""
    return versions.source_signature(_CODE_MODULES)


def file_sha1(path: str | os.PathLike) -> str | None:
    """SHA-1 of a file's bytes (None when it cannot be read: ``read_report`` reports why)."""
    h = hashlib.sha1()
    try:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def reports_cache(cache_dir: str | os.PathLike, *, max_bytes: int, convert_traditional: bool = False) -> PartCache:
    """The :class:`~gdrkit.engine.cache.PartCache` of reports rows for these reading options."""
    return PartCache(cache_dir, "reports",
                     salt=f"{code_signature()}|{versions.library_versions()}|max_bytes={max_bytes}"
                          f"|trad={bool(convert_traditional)}")


def _row_columns() -> list[str]:
    cols = [c for c in REPORT_COLUMNS if c not in ("report_id", "duplicate_of", "annex_of")]
    return cols + [c for c in ERROR_COLUMNS if c not in cols] + ["text_hash"]


def _schema() -> pa.Schema:
    """Arrow schema of a cached row: key, is_error, the row's columns (ints as int64)."""
    # large_string: the type pandas holds its text columns in, so no copy on the way in
    return pa.schema([("key", pa.string()), ("is_error", pa.bool_())]
                     + [(c, pa.int64() if c in _INT_COLUMNS else pa.large_string()) for c in _row_columns()])


def _cacheable(row: dict) -> bool:
    """Rows that depend on the file's bytes only. Errors from the operating system
    (permissions, vanished files) or from resource limits are retried next time."""
    if "error" not in row:
        return True
    msg = str(row.get("error", ""))
    return not (msg.startswith(("cannot ", "unexpected ")) or "MemoryError" in msg
                or "RecursionError" in msg or "too complex" in msg)


def _to_table(keyed: list[tuple[str, dict]]) -> pa.Table:
    """``(key, row)`` pairs as an Arrow table of :func:`_schema`."""
    schema = _schema()
    data = {"key": [k for k, _ in keyed], "is_error": ["error" in r for _, r in keyed]}
    for c in _row_columns():
        data[c] = [r.get(c) for _, r in keyed]
    return pa.Table.from_pydict(data, schema=schema)


def file_key(sha1: str, path: str | os.PathLike) -> str:
    """The reports-cache key of a file: its bytes (SHA-1) and its suffix, which decides
    how they are read; not where it is (the row's ``path`` and ``file`` are set on reading)."""
    return text_key(sha1, os.path.splitext(path)[1])  # Path(path).suffix, without a Path per file


def _with_paths(table: pa.Table, paths: list[str]) -> pa.Table:
    """``table`` (rows of some files, in order) with each row's ``path`` (and ``file``)
    those of the file it was read for: a cached row may come from a file at another path."""
    have = table["path"].to_pylist()
    if have == paths:  # the usual case (paths from discover_files are normalised already)
        return table
    paths = [str(Path(p)) for p in paths]  # as read_report gives them
    if have == paths:
        return table
    table = table.set_column(table.schema.get_field_index("path"), "path", pa.array(paths, pa.string()))
    if "file" in table.column_names:
        table = table.set_column(table.schema.get_field_index("file"), "file",
                                 pa.array([os.path.basename(p) for p in paths], pa.string()))
    return table


def _read_chunk(args: tuple[list[str], bool, int, bool]) -> pa.Table:
    """Some files read (in a worker), as an Arrow table of :func:`_schema`: compact to send
    back (no Python string per text). ``key`` is the row's cache key, "" when the row must
    not be cached (``cached`` False; or no bytes were read, e.g. a file over the size
    limit, which is cheap to judge again). The key is always that of the bytes actually
    read and judged: a file that changes while it is read cannot leave its verdict under
    the key of other bytes."""
    paths, cached, max_bytes, trad = args
    keyed = []
    for p in paths:
        r = read_report(p, max_bytes=max_bytes, convert_traditional=trad)
        key = file_key(r["sha1"], p) if cached and r.get("sha1") and _cacheable(r) else ""
        keyed.append((key, r))
    return _to_table(keyed)


def _chunks(items: list, n: int) -> list[list]:
    return [items[i:i + n] for i in range(0, len(items), n)]


def _lookup(paths: list[str], cache: PartCache, light: list[str] | None, stats: dict
            ) -> tuple[pa.Table | None, list[int | None]]:
    """The cached rows of these files (or None), and each file's row in them (None: to read)."""
    where: list[int | None] = [None] * len(paths)
    keys: list[str | None] = [None] * len(paths)
    if cache.parts():  # an empty cache: nothing to look up (the workers key what they read)
        for i, p in enumerate(paths):
            sha = file_sha1(p)
            keys[i] = file_key(sha, p) if sha else None
    wanted = list(dict.fromkeys(k for k in keys if k))  # in input order: parts come back in it
    if not wanted or not cache.dir.is_dir():
        return None, where
    cached = cache.get_table(wanted, columns=None if light is None else light[1:])
    want_schema = _schema() if light is None else pa.schema([_schema().field(c) for c in light])
    if cached is not None and cached.schema != want_schema:
        warnings.warn(f"gdrkit cache: {cache.dir} holds rows of another layout; they are not used "
                      "and the files are read again", stacklevel=4)
        return None, where
    if cached is not None:
        pos = {k: j for j, k in enumerate(cached["key"].to_pylist())}
        for i, k in enumerate(keys):
            if k in pos:
                where[i] = pos[k]
                stats["cached"] += 1
    return cached, where


class _Fresh:
    """The rows read now: kept (only the columns wanted) and written to the cache in
    batches, each batch one cache part."""

    def __init__(self, cache: PartCache | None, light: list[str] | None, stats: dict) -> None:
        self.cache, self.light, self.stats = cache, light, stats
        self.parts: list[pa.Table] = []
        self.idx: list[int] = []  # the file of each row of parts, in order
        self._pending: list[pa.Table] = []
        self._pending_idx: list[int] = []

    def add(self, table: pa.Table, idx: list[int]) -> None:
        self._pending.append(table)
        self._pending_idx.extend(idx)
        if len(self._pending_idx) >= _FLUSH_ROWS or sum(t.nbytes for t in self._pending) >= _FLUSH_BYTES:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            t = pa.concat_tables(self._pending) if len(self._pending) > 1 else self._pending[0]
            self.idx.extend(self._pending_idx)
            ok = pc.not_equal(t["key"], "")
            if self.cache is not None and pc.any(ok).as_py():
                self.cache.put(t if pc.all(ok).as_py() else t.filter(ok))
                self.stats["parts_written"] += 1
            if self.light is not None:
                bad = pc.and_(pc.invert(ok), pc.invert(t["is_error"]))
                if pc.any(bad).as_py():  # cannot happen: a report row always has its file's hash
                    raise RuntimeError(f"gdrkit: no cache key for {t.filter(bad)['path'].to_pylist()[:3]}, "
                                       "so their texts could not be left in the cache")
                t = t.select(self.light)
            self.parts.append(t)
        self._pending, self._pending_idx = [], []


def _read_missing(paths: list[str], todo: list[int], fresh: _Fresh, *, max_bytes: int, convert_traditional: bool,
                  workers: int, progress: bool, chunk_size: int | None,
                  map_chunks: Callable[[Callable, list], list] | None) -> None:
    """Read the files ``todo`` (positions in ``paths``) into ``fresh``, chunk by chunk."""
    if chunk_size is None:
        chunk_size = max(1, min(64, math.ceil(len(todo) / max(1, workers * 8))))
    chunks = _chunks(todo, chunk_size)
    tasks = [([paths[i] for i in c], fresh.cache is not None, max_bytes, convert_traditional) for c in chunks]
    pool = None
    if map_chunks is not None:
        it = iter(map_chunks(_read_chunk, tasks))
    elif workers > 1 and len(todo) > 1:
        pool = start_pool(min(workers, len(chunks)))
        it = pool.imap(_read_chunk, tasks, chunksize=1)
    else:
        it = map(_read_chunk, tasks)
    try:
        for idx, table in zip(chunks, progress_bar(it, desc="read", disable=not progress, sizes=[len(c) for c in chunks])):
            fresh.add(table, idx)
        fresh.flush()
    except BaseException:  # an error or Ctrl-C: stop the workers now, not after every file
        if pool is not None:
            pool.terminate()
            pool.join()
        raise
    if pool is not None:
        pool.close()
        pool.join()


def _in_input_order(paths: list[str], cached: pa.Table | None, where: list[int | None], fresh: _Fresh
                    ) -> tuple[pd.DataFrame, list[dict]]:
    """The rows and the errors, each in input order: one Arrow table of the cached rows then
    the fresh ones, one take each (the texts are copied once at most)."""
    fresh_t = pa.concat_tables(fresh.parts) if fresh.parts else _to_table([])
    if fresh.light is not None and not fresh.parts:
        fresh_t = fresh_t.select(fresh.light)
    base = cached.num_rows if cached is not None else 0
    at = {i: base + j for j, i in enumerate(fresh.idx)}
    index = [where[i] if where[i] is not None else at[i] for i in range(len(paths))]
    both = pa.concat_tables([cached, fresh_t]) if cached is not None else fresh_t
    is_err = both["is_error"].to_numpy(zero_copy_only=False)[index]
    good_ix = [j for j, e in zip(index, is_err) if not e]
    errs = _with_paths(both.take(pa.array([j for j, e in zip(index, is_err) if e], pa.int64()))
                       .select(["path", "stage", "error"]), [p for p, e in zip(paths, is_err) if e]).to_pylist()
    good = both if good_ix == list(range(both.num_rows)) else both.take(pa.array(good_ix, pa.int64()))
    good = _with_paths(good, [p for p, e in zip(paths, is_err) if not e])
    good = good.drop_columns(["is_error", "stage", "error"])
    good = good.drop_columns(["key"]) if fresh.light is None else good.rename_columns(
        ["_cache_key" if c == "key" else c for c in good.column_names])
    return good.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get), errs


def read_reports(files: list[str | os.PathLike], *, max_bytes: int, convert_traditional: bool = False,
                 cache_dir: str | os.PathLike | None = None, workers: int = 1, progress: bool = True,
                 chunk_size: int | None = None, texts: bool = True,
                 map_chunks: Callable[[Callable, list], list] | None = None) -> tuple[pd.DataFrame, list[dict]]:
    """``read_report`` for every file, through the cache and in ``workers`` processes.

    Cached rows stay in Arrow until the final table (no Python object per text).
    With ``texts=False`` (needs ``cache_dir``), the rows come without ``text_raw`` and
    ``text`` but with ``_cache_key``, their key in :func:`reports_cache`, where every
    row then is: the texts are not held, and are read from the cache when wanted
    (:mod:`gdrkit.pipeline.streaming`). ``map_chunks(fn, tasks)``, when given, returns
    ``[fn(t) for t in tasks]`` computed elsewhere (the Dask engine) instead of in ``workers``
    processes.

    Returns
    -------
    rows : DataFrame
        ``reports`` rows (without report_id and duplicate_of, with ``text_hash``: the
        SHA-1 of the text without whitespace), in input order.
    errors : list of dict
        ``{"path", "stage", "error"}`` for every file that is not a report, in input order.
        Every input file is in exactly one of the two.
    """
    paths = [str(f) for f in files]
    if not texts and cache_dir is None:
        raise ValueError("read_reports(texts=False) needs a cache_dir: the texts are left in the cache")
    light = None if texts else [c for c in _schema().names if c not in ("text_raw", "text")]
    stats = {"files": len(paths), "cached": 0, "processed": 0, "parts_written": 0}
    cache = reports_cache(cache_dir, max_bytes=max_bytes, convert_traditional=convert_traditional) \
        if cache_dir is not None and paths else None
    cached, where = _lookup(paths, cache, light, stats) if cache is not None else (None, [None] * len(paths))
    todo = [i for i in range(len(paths)) if where[i] is None]
    stats["processed"] = len(todo)
    fresh = _Fresh(cache, light, stats)
    if todo:
        _read_missing(paths, todo, fresh, max_bytes=max_bytes, convert_traditional=convert_traditional,
                      workers=workers, progress=progress, chunk_size=chunk_size, map_chunks=map_chunks)
    last_stats.clear()
    last_stats.update(stats)
    rows, errs = _in_input_order(paths, cached, where, fresh)
    del cached, fresh
    release_memory()  # the parts read are freed: give the memory back
    assert len(rows) + len(errs) == len(paths)
    return rows, errs


def read_files(files: list[str | os.PathLike], **kwargs) -> tuple[list[dict], list[dict]]:
    """:func:`read_reports` with the rows as dicts (None for missing values)."""
    rows, errors = read_reports(files, **kwargs)
    out = [{k: (None if v is pd.NA or (isinstance(v, float) and math.isnan(v)) else v) for k, v in r.items()}
           for r in rows.astype(object).to_dict("records")]
    return out, errors
