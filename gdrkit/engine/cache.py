"""An on-disk key → row cache made of Parquet part files.

Written atomically (temporary file, then rename), so a run killed midway leaves a usable
cache; a part that cannot be read is deleted and its rows recomputed; the namespace
includes the gdrkit version, so a cache from another version is never trusted. No pickle.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .._version import __version__
from .arrow import arrow_data

__all__ = ["atomic_write", "default_cache_dir", "new_temp_file", "PartCache", "text_key", "text_keys", "map_threads",
           "parquet_options", "ROW_GROUP"]

#: Rows per Parquet row group in cache files: small groups of long texts or token lists
#: read back about twice as fast as one large group.
ROW_GROUP = 1000


def parquet_options() -> dict:
    """How cache files are written (the tables written for users keep pyarrow's defaults):
    LZ4 without dictionary pages, so that the long texts and token lists read back
    several times faster than with the default (Snappy, dictionary tried first) at about
    the same size; and without column statistics (min/max), which nothing reads here
    (parts are filtered by key after reading) and which cost more than half the time of
    writing the token lists."""
    return {"compression": "lz4", "use_dictionary": False, "write_statistics": False}


def map_threads(fn, items: list) -> list:
    """``[fn(x) for x in items]`` on up to 4 threads (for decoding Parquet files, which
    runs without the GIL), in order."""
    with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1, len(items)))) as pool:
        return list(pool.map(fn, items))


def new_temp_file(path: str | os.PathLike) -> str:
    """A new empty file ``.<name>.<random>.tmp`` beside ``path``, to be renamed to it.

    Its permissions are those of any file the user creates (0666 less the umask), not
    ``tempfile.mkstemp``'s 0600: the tables and caches renamed from it stay readable by
    the colleagues the umask lets read the folder.
    """
    path = Path(path)
    for _ in range(100):
        tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return str(tmp)
    raise FileExistsError(f"no free temporary name beside {path}")


def atomic_write(path: str | os.PathLike, write) -> None:
    """Call ``write(tmp)`` on a temporary file beside ``path`` (:func:`new_temp_file`),
    then rename it to ``path``: readers see the old file or the complete new one, never a
    half-written one."""
    path = Path(path)
    tmp = new_temp_file(path)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def default_cache_dir() -> Path:
    """``$GDRKIT_CACHE``, else ``$XDG_CACHE_HOME/gdrkit``, else ``~/.cache/gdrkit``."""
    env = os.environ.get("GDRKIT_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "gdrkit"


def text_key(*parts: str) -> str:
    """A stable hex key of some strings (SHA-1 of their UTF-8 bytes, NUL-separated)."""
    h = hashlib.sha1()
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def text_keys(texts: pd.Series) -> list[str]:
    """:func:`text_key` of each text (missing = ""), hashed straight from the Arrow
    buffers of an Arrow-backed column (no Python string per text)."""
    arr = arrow_data(texts)
    if arr is None or any(
            c.type not in (pa.string(), pa.large_string()) for c in arr.chunks):
        return [text_key(t if isinstance(t, str) else "") for t in texts]
    keys = []
    for chunk in arr.chunks:
        _, off_buf, data_buf = chunk.buffers()
        width = np.int32 if chunk.type == pa.string() else np.int64
        off = np.frombuffer(off_buf, dtype=width)[chunk.offset:chunk.offset + len(chunk) + 1].tolist() \
            if off_buf is not None else [0] * (len(chunk) + 1)
        data = memoryview(data_buf) if data_buf is not None else memoryview(b"")
        null = chunk.is_null().to_numpy(zero_copy_only=False).tolist()
        for i in range(len(chunk)):
            h = hashlib.sha1(b"" if null[i] else data[off[i]:off[i + 1]])
            h.update(b"\x00")
            keys.append(h.hexdigest())
    return keys


class PartCache:
    """Rows keyed by a string ``key`` column, stored as Parquet parts in one folder.

    Parameters
    ----------
    root : path
        The cache folder (created when first written).
    namespace : str
        What is cached (``"tokens"``, ``"reports"``); combined with the gdrkit version and
        ``salt`` (e.g. the dictionary hash) into the folder name.
    """

    def __init__(self, root: str | os.PathLike, namespace: str, *, salt: str = "") -> None:
        tag = text_key(__version__, namespace, salt)[:12]
        self.dir = Path(root) / f"{namespace}-v{__version__}-{tag}"
        self._where: dict[str, Path] | None = None

    def parts(self) -> list[Path]:
        """The part files, in name order (none when the folder does not exist)."""
        if not self.dir.is_dir():
            return []
        return sorted(p for p in self.dir.glob("part-*.parquet"))

    def index(self) -> dict[str, Path]:
        """Key → part file, read once (the key column of every part) and kept up to date
        by :meth:`put`: afterwards :meth:`get_table` reads only the parts holding the
        keys asked for, which matters when it is called many times (once per shard of a
        streamed build) on a large cache. An unreadable part is removed."""
        if self._where is None:
            where: dict[str, Path] = {}
            for part in self.parts():
                try:
                    keys = pq.read_table(part, columns=["key"])["key"].to_pylist()
                except Exception as exc:  # pyarrow raises several types for a damaged file
                    warnings.warn(f"gdrkit cache: unreadable part {part} ({type(exc).__name__}); "
                                  "it is removed and its rows recomputed", stacklevel=2)
                    part.unlink(missing_ok=True)
                    continue
                where.update(dict.fromkeys(keys, part))
            self._where = where
        return self._where

    def get_table(self, keys: list[str] | set[str], columns: list[str] | None = None):
        """Cached rows whose key is in ``keys`` as a ``pyarrow.Table`` (one row per key,
        the newest part wins). When ``keys`` is a list, parts come in the order of their
        first key in it (so rows written in that order come back in it, without a copy)."""
        want = pa.array(sorted(set(keys)), pa.string())
        if not len(want):
            parts = []
        elif self._where is not None:  # indexed: only the parts that hold a wanted key
            parts = sorted({self._where[k] for k in set(keys) if k in self._where})
        else:
            parts = self.parts()

        def read(part: Path):
            try:
                t = pq.read_table(part, columns=None if columns is None else ["key", *columns])
            except Exception as exc:  # pyarrow raises several types for a damaged file
                return exc
            # filtered here, so only the wanted rows of each part are held at once
            mask = pc.is_in(t["key"], value_set=want)
            return t if pc.all(mask).as_py() else t.filter(mask)

        read_parts = map_threads(read, parts)  # decoded in threads
        tables = []
        for part, t in zip(parts, read_parts):
            if isinstance(t, Exception):
                warnings.warn(f"gdrkit cache: unreadable part {part} ({type(t).__name__}); "
                              "it is removed and its rows recomputed", stacklevel=2)
                part.unlink(missing_ok=True)
                if self._where is not None:
                    self._where = {k: p for k, p in self._where.items() if p != part}
                continue
            if t.num_rows:
                tables.append(t)
        if not tables:
            return None
        if isinstance(keys, list) and len(tables) > 1:
            at = {k: i for i, k in enumerate(keys)}
            firsts = [min(at.get(k, len(at)) for k in t["key"].to_pylist()) for t in tables]
            tables = [t for _, _, t in sorted(zip(firsts, range(len(tables)), tables))]
        try:
            t = pa.concat_tables(tables, promote_options="permissive")
        except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:  # parts of different layouts
            warnings.warn(f"gdrkit cache: parts of {self.dir} do not fit together ({exc}); "
                          "they are not used and their rows are recomputed", stacklevel=2)
            return None
        last: dict[str, int] = {}
        for i, k in enumerate(t["key"].to_pylist()):
            last[k] = i
        if len(last) < t.num_rows:
            t = t.take(pa.array(sorted(last.values()), pa.int64()))
        return t

    def get(self, keys: list[str] | set[str], columns: list[str] | None = None) -> pd.DataFrame:
        """Cached rows whose key is in ``keys`` (one row per key, the newest part wins)."""
        t = self.get_table(keys, columns)
        if t is None:
            return pd.DataFrame(columns=["key", *(columns or [])])
        return t.to_pandas().reset_index(drop=True)

    def put(self, rows) -> Path | None:
        """Write rows (a DataFrame or ``pyarrow.Table`` with a ``key`` column) as a new
        part, atomically."""
        if rows is None or not len(rows):
            return None
        self.dir.mkdir(parents=True, exist_ok=True)
        keys = rows["key"].astype(str).tolist() if isinstance(rows, pd.DataFrame) else rows["key"].to_pylist()
        name = "part-" + text_key(*keys)[:16] + ".parquet"
        final = self.dir / name
        if isinstance(rows, pd.DataFrame):
            atomic_write(final, lambda tmp: rows.to_parquet(tmp, index=False, row_group_size=ROW_GROUP,
                                                            **parquet_options()))
        else:
            atomic_write(final, lambda tmp: pq.write_table(rows, tmp, row_group_size=ROW_GROUP, **parquet_options()))
        if self._where is not None:
            self._where.update(dict.fromkeys(keys, final))
        return final

    def clear(self) -> None:
        for p in self.parts():
            p.unlink(missing_ok=True)
        if self._where is not None:
            self._where = {}
