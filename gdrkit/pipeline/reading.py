"""Fast re-runs: the per-file reports cache and parallel reading behind ``load_corpus``.

Every file is read, cleaned and identified (:func:`gdrkit.corpus.read_report`) at most
once per content: its row is cached as Parquet (:class:`gdrkit.cache.PartCache`) under a
key made of the SHA-1 of the file's bytes and its suffix (not its folder or name: a
moved or renamed folder, or the same folder given by a relative or an absolute path,
finds its rows; each row gets its file's path when it is read), in a cache folder whose name
includes the gdrkit version, a hash of the reading code (io, clean, meta, numerals,
corpus, build) and the reading options (``max_bytes``, ``convert_traditional``). So:

- a warm run hashes each file (it has to read it: a size/mtime shortcut can miss an
  edit) and reads the rows from the cache, processing nothing;
- a changed file (new bytes, new key) is re-processed alone;
- a cache part that cannot be read is deleted and its files re-processed;
- a cache from another version (or other reading code) is never used;
- rows are flushed to the cache in batches written atomically, so a run killed midway
  leaves a usable cache and the next run only processes what is missing.

Files that miss the cache are read in ``workers`` processes, in chunks of files, and
the output is in the order of the input paths whatever the number of workers.
"""

from __future__ import annotations

import contextvars
import hashlib
import math
import os
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..engine import versions

__all__ = ["read_reports", "read_files", "file_sha1", "file_key", "reports_cache", "code_signature", "last_stats"]

#: Modules whose code decides what a reports row contains (their source is hashed
#: into the cache folder name, so editing them invalidates the cache).
_CODE_MODULES = ("io/read.py", "clean.py", "meta/fields.py", "meta/places.py", "text/numerals.py", "corpus.py",
                 "pipeline/reading.py", "schema.py")
#: gdrkit modules that reading imports but that do not decide a row's content (the test
#: of _CODE_MODULES checks that every module reading imports is in one list or the other).
_NOT_ROW_MODULES = ("__init__.py", "_version.py", "io/__init__.py", "io/discover.py", "meta/__init__.py", "meta/ids.py",
                    "meta/user.py", "text/__init__.py", "text/spans.py", "text/similarity.py", "engine/__init__.py",
                    "engine/arrow.py", "engine/cache.py", "engine/limits.py", "engine/parallel.py",
                    "engine/progress.py", "engine/sink.py", "engine/tablefiles.py", "engine/versions.py",
                    "pipeline/__init__.py", "analysis/__init__.py")
#: Rows are flushed to the cache (one part) every this many rows or bytes of Arrow data.
_FLUSH_ROWS = 512
_FLUSH_BYTES = 96_000_000
_INT_COLUMNS = ("n_bytes", "n_chars", "year")

#: Set by :mod:`gdrkit.engine_dask`: ``(map_chunks, use_cache)``, where ``map_chunks(fn,
#: tasks)`` returns ``[fn(t) for t in tasks]`` computed elsewhere (on Dask partitions).
ENGINE: contextvars.ContextVar = contextvars.ContextVar("gdrkit_build_engine", default=None)

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


def reports_cache(cache_dir: str | os.PathLike, *, max_bytes: int, convert_traditional: bool = False):
    """The :class:`~gdrkit.cache.PartCache` of reports rows for these reading options."""
    from ..engine.cache import PartCache

    return PartCache(cache_dir, "reports",
                     salt=f"{code_signature()}|{versions.library_versions()}|max_bytes={max_bytes}"
                          f"|trad={bool(convert_traditional)}")


def _row_columns() -> list[str]:
    from ..schema import ERROR_COLUMNS, REPORT_COLUMNS

    cols = [c for c in REPORT_COLUMNS if c not in ("report_id", "duplicate_of")]
    return cols + [c for c in ERROR_COLUMNS if c not in cols] + ["text_hash"]


def _schema():
    """Arrow schema of a cached row: key, is_error, the row's columns (ints as int64)."""
    import pyarrow as pa

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


def _to_table(keyed: list[tuple[str, dict]]):
    """``(key, row)`` pairs as an Arrow table of :func:`_schema`."""
    import pyarrow as pa

    schema = _schema()
    data = {"key": [k for k, _ in keyed], "is_error": ["error" in r for _, r in keyed]}
    for c in _row_columns():
        data[c] = [r.get(c) for _, r in keyed]
    return pa.Table.from_pydict(data, schema=schema)


def file_key(sha1: str, path: str | os.PathLike) -> str:
    """The reports-cache key of a file: its bytes (SHA-1) and its suffix, which decides
    how they are read; not where it is (the row's ``path`` and ``file`` are set on reading)."""
    from ..engine.cache import text_key

    return text_key(sha1, os.path.splitext(path)[1])  # Path(path).suffix, without a Path per file


def _with_paths(table, paths: list[str]):
    """``table`` (rows of some files, in order) with each row's ``path`` (and ``file``)
    those of the file it was read for: a cached row may come from a file at another path."""
    import pyarrow as pa

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


def _read_chunk(args: tuple[list[str], bool, int, bool]):
    """Some files read (in a worker), as an Arrow table of :func:`_schema`: compact to send
    back (no Python string per text). ``key`` is the row's cache key, "" when the row must
    not be cached (``cached`` False; or no bytes were read, e.g. a file over the size
    limit, which is cheap to judge again). The key is always that of the bytes actually
    read and judged: a file that changes while it is read cannot leave its verdict under
    the key of other bytes."""
    from ..corpus import read_report

    paths, cached, max_bytes, trad = args
    keyed = []
    for p in paths:
        r = read_report(p, max_bytes=max_bytes, convert_traditional=trad)
        key = file_key(r["sha1"], p) if cached and r.get("sha1") and _cacheable(r) else ""
        keyed.append((key, r))
    return _to_table(keyed)


def _chunks(items: list, n: int) -> list[list]:
    return [items[i:i + n] for i in range(0, len(items), n)]


def read_reports(files: list[str | os.PathLike], *, max_bytes: int, convert_traditional: bool = False,
               cache_dir: str | os.PathLike | None = None, workers: int = 1, progress: bool = True,
               chunk_size: int | None = None, texts: bool = True) -> tuple[pd.DataFrame, list[dict]]:
    """``read_report`` for every file, through the cache and in ``workers`` processes.

    Cached rows stay in Arrow until the final table (no Python object per text).
    With ``texts=False`` (needs ``cache_dir``), the rows come without ``text_raw`` and
    ``text`` but with ``_cache_key``, their key in :func:`reports_cache`, where every
    row then is: the texts are not held, and are read from the cache when wanted
    (:mod:`gdrkit.stream`).

    Returns
    -------
    rows : DataFrame
        ``reports`` rows (without report_id and duplicate_of, with ``text_hash``: the
        SHA-1 of the text without whitespace), in input order.
    errors : list of dict
        ``{"path", "stage", "error"}`` for every file that is not a report, in input order.
        Every input file is in exactly one of the two.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    from ..engine.progress import progress_bar

    paths = [str(f) for f in files]
    n = len(paths)
    engine = ENGINE.get()
    if engine is not None and not engine[1]:
        cache_dir = None
    if not texts and cache_dir is None:
        raise ValueError("read_reports(texts=False) needs a cache_dir: the texts are left in the cache")
    light = None if texts else [c for c in _schema().names if c not in ("text_raw", "text")]
    where: list[int | None] = [None] * n  # row of each file in the cached table
    keys: list[str | None] = [None] * n
    cached = None
    cache = None
    stats = {"files": n, "cached": 0, "processed": 0, "parts_written": 0}
    if cache_dir is not None and n:
        cache = reports_cache(cache_dir, max_bytes=max_bytes, convert_traditional=convert_traditional)
        if cache.parts():  # an empty cache: nothing to look up (the workers key what they read)
            for i, p in enumerate(paths):
                sha = file_sha1(p)
                keys[i] = file_key(sha, p) if sha else None
        wanted = list(dict.fromkeys(k for k in keys if k))  # in input order: parts come back in it
        if wanted and cache.dir.is_dir():
            cached = cache.get_table(wanted, columns=None if light is None else light[1:])
            want_schema = _schema() if light is None else pa.schema([_schema().field(c) for c in light])
            if cached is not None and cached.schema != want_schema:
                import warnings

                warnings.warn(f"gdrkit cache: {cache.dir} holds rows of another layout; they are not used "
                              "and the files are read again", stacklevel=3)
                cached = None
            if cached is not None:
                pos = {k: j for j, k in enumerate(cached["key"].to_pylist())}
                for i, k in enumerate(keys):
                    if k in pos:
                        where[i] = pos[k]
                        stats["cached"] += 1
    todo = [i for i in range(n) if where[i] is None]
    stats["processed"] = len(todo)
    # the workers send Arrow tables; they are written to the cache in batches (each
    # batch is one cache part), and only the columns wanted are kept
    fresh_parts: list = []
    fresh_idx: list[int] = []  # the file of each row of fresh_parts, in order
    pending: list = []
    pending_idx: list[int] = []

    def flush() -> None:
        nonlocal pending, pending_idx
        if pending:
            t = pa.concat_tables(pending) if len(pending) > 1 else pending[0]
            fresh_idx.extend(pending_idx)
            ok = pc.not_equal(t["key"], "")
            if cache is not None and pc.any(ok).as_py():
                cache.put(t if pc.all(ok).as_py() else t.filter(ok))
                stats["parts_written"] += 1
            if light is not None:
                bad = pc.and_(pc.invert(ok), pc.invert(t["is_error"]))
                if pc.any(bad).as_py():  # cannot happen: a report row always has its file's hash
                    raise RuntimeError(f"gdrkit: no cache key for {t.filter(bad)['path'].to_pylist()[:3]}, "
                                       "so their texts could not be left in the cache")
                t = t.select(light)
            fresh_parts.append(t)
        pending, pending_idx = [], []

    if todo:
        if chunk_size is None:
            chunk_size = max(1, min(64, math.ceil(len(todo) / max(1, workers * 8))))
        chunks = _chunks(todo, chunk_size)
        tasks = [([paths[i] for i in c], cache is not None, max_bytes, convert_traditional) for c in chunks]
        pool = None
        if engine is not None:
            it = iter(engine[0](_read_chunk, tasks))
        elif workers > 1 and len(todo) > 1:
            from ..engine.parallel import start_pool

            pool = start_pool(min(workers, len(chunks)))
            it = pool.imap(_read_chunk, tasks, chunksize=1)
        else:
            it = map(_read_chunk, tasks)
        try:
            bar = progress_bar(it, total=len(chunks), desc="read", disable=not progress)
            for idx, table in zip(chunks, bar):
                pending.append(table)
                pending_idx.extend(idx)
                if len(pending_idx) >= _FLUSH_ROWS or sum(t.nbytes for t in pending) >= _FLUSH_BYTES:
                    flush()
            flush()
        except BaseException:  # an error or Ctrl-C: stop the workers now, not after every file
            if pool is not None:
                pool.terminate()
                pool.join()
            raise
        if pool is not None:
            pool.close()
            pool.join()
    last_stats.clear()
    last_stats.update(stats)
    # one Arrow table: the cached rows, then the fresh ones; taken in input order
    fresh_t = pa.concat_tables(fresh_parts) if fresh_parts else _to_table([])
    if light is not None and not fresh_parts:
        fresh_t = fresh_t.select(light)
    base = cached.num_rows if cached is not None else 0
    at = {i: base + j for j, i in enumerate(fresh_idx)}
    index = [where[i] if where[i] is not None else at[i] for i in range(n)]
    both = pa.concat_tables([cached, fresh_t]) if cached is not None else fresh_t
    flags = both["is_error"].to_numpy(zero_copy_only=False)
    is_err = flags[index]
    # one take each (reports, errors), in input order: the texts are copied once at most
    good_ix = [j for j, e in zip(index, is_err) if not e]
    errs = _with_paths(both.take(pa.array([j for j, e in zip(index, is_err) if e], pa.int64()))
                       .select(["path", "stage", "error"]), [p for p, e in zip(paths, is_err) if e]).to_pylist()
    good = both if good_ix == list(range(both.num_rows)) else both.take(pa.array(good_ix, pa.int64()))
    good = _with_paths(good, [p for p, e in zip(paths, is_err) if not e])
    good = good.drop_columns(["is_error", "stage", "error"])
    good = good.drop_columns(["key"]) if light is None else good.rename_columns(
        ["_cache_key" if c == "key" else c for c in good.column_names])
    rows = good.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)
    del both, good, cached, fresh_t, fresh_parts
    from ..engine.parallel import release_memory

    release_memory()  # the parts read are freed: give the memory back
    assert len(rows) + len(errs) == n
    return rows, errs


def read_files(files: list[str | os.PathLike], **kwargs) -> tuple[list[dict], list[dict]]:
    """:func:`read_reports` with the rows as dicts (None for missing values)."""
    rows, errors = read_reports(files, **kwargs)
    out = [{k: (None if v is pd.NA or (isinstance(v, float) and math.isnan(v)) else v) for k, v in r.items()}
           for r in rows.astype(object).to_dict("records")]
    return out, errors


# --------------------------------------------------------------------------- derived tables
def _reports_fingerprint(reports: pd.DataFrame, *, drop: tuple[str, ...] = ("text_raw",)) -> str:
    """Hash of the reports table (the raw text stands in by its file's sha1 and the code)."""
    from pandas.util import hash_pandas_object

    # the cleaned text is hashed too, so tables follow a user's edit of reports["text"]
    light = reports.drop(columns=[c for c in drop if c in reports.columns])
    h = hashlib.sha1(",".join(f"{c}:{t}" for c, t in light.dtypes.astype(str).items()).encode())
    h.update(hash_pandas_object(light.astype(object).where(light.notna(), None), index=False).values.tobytes())
    return h.hexdigest()[:20]


def loaded_fingerprint(reports: pd.DataFrame, text_hash: pd.Series, *, options: str) -> str:
    """:func:`_reports_fingerprint` of a table just read by ``load_corpus``: the texts
    stand in by their hashes (``text_hash``, computed when the file was read)."""
    h = hashlib.sha1(_reports_fingerprint(reports, drop=("text_raw", "text")).encode())
    h.update(options.encode())
    h.update("\n".join(map(str, text_hash.tolist())).encode())
    return "L" + h.hexdigest()[:19]


def tables_dir(cache_dir: str | os.PathLike) -> Path:
    """The folder of whole cached tables (:func:`cached_table`) in a cache, named by the
    gdrkit version, code and library versions like the other cache folders, so that
    ``gdrkit cache --prune`` removes what older code wrote."""
    from .._version import __version__

    return Path(cache_dir) / f"tables-v{__version__}-{text_key_(versions.package_signature(), versions.library_versions())[:12]}"


def cached_table(corpus, name: str, fn):
    """``fn()`` (a derived table of ``corpus``), kept on disk for an unchanged corpus.

    The file's key is the hash of the reports table, of all gdrkit code and data, of the
    versions of the libraries that read the text, and the table's name, so a warm
    ``corpus.tables()`` reads instead of recomputing. Any
    change to any report recomputes the whole table. Written atomically; an unreadable
    file is removed and the table recomputed.
    """
    import warnings

    from ..engine.cache import ROW_GROUP, atomic_write, parquet_options

    cache_dir = getattr(corpus, "cache_dir", None)
    if not cache_dir or name.startswith("tokens") or os.environ.get("GDRKIT_TABLE_CACHE", "1") == "0":
        return fn()
    try:
        # hashed once per reports table (Corpus._memo clears _tables when it is replaced)
        fp = corpus._tables.get("_fingerprint") or corpus._tables.setdefault(
            "_fingerprint", _reports_fingerprint(corpus.reports))
        key = text_key_(versions.package_signature(), versions.library_versions(), name, fp)
    except (TypeError, ValueError):  # an odd user metadata column (lists, dicts) that cannot be hashed
        return fn()
    folder = tables_dir(cache_dir)
    path = folder / f"{name}-{key[:24]}.parquet"
    if path.exists():
        try:
            return pd.read_parquet(path)
        except Exception as exc:
            warnings.warn(f"gdrkit cache: unreadable table {path} ({type(exc).__name__}); it is recomputed",
                          stacklevel=3)
            path.unlink(missing_ok=True)
    df = fn()
    if not isinstance(df, pd.DataFrame) or not df.index.equals(pd.RangeIndex(len(df))):
        return df
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write(path, lambda tmp: df.to_parquet(tmp, index=False, row_group_size=5 * ROW_GROUP, **parquet_options()))
    return df


def text_key_(*parts: str) -> str:
    from ..engine.cache import text_key

    return text_key(*parts)
