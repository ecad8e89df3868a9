"""Whole derived tables (checks, panel, ...) kept on disk for an unchanged reports table.

A table is keyed by a fingerprint of the reports table it was computed from, the hash of
all gdrkit code and data, the versions of the libraries that read the text, and its
name, so a warm ``corpus.tables()`` reads instead of recomputing; any change to any
report recomputes the whole table.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from pandas.util import hash_pandas_object

from .._version import __version__
from ..engine import versions
from ..engine.cache import ROW_GROUP, atomic_write, parquet_options, text_key

__all__ = ["cached_table", "tables_dir", "reports_fingerprint", "loaded_fingerprint"]


def reports_fingerprint(reports: pd.DataFrame, *, drop: tuple[str, ...] = ("text_raw",)) -> str:
    """Hash of the reports table (the raw text stands in by its file's sha1 and the code).

    Raises ``TypeError`` or ``ValueError`` for a column that cannot be hashed (an odd user
    metadata column of lists or dicts)."""
    # the cleaned text is hashed too, so tables follow a user's edit of reports["text"]
    light = reports.drop(columns=[c for c in drop if c in reports.columns])
    h = hashlib.sha1(",".join(f"{c}:{t}" for c, t in light.dtypes.astype(str).items()).encode())
    h.update(hash_pandas_object(light.astype(object).where(light.notna(), None), index=False).values.tobytes())
    return h.hexdigest()[:20]


def loaded_fingerprint(reports: pd.DataFrame, text_hash: pd.Series, *, options: str) -> str:
    """:func:`reports_fingerprint` of a table just read by ``load_corpus``: the texts
    stand in by their hashes (``text_hash``, computed when the file was read) and
    ``options`` names the reading code and options."""
    h = hashlib.sha1(reports_fingerprint(reports, drop=("text_raw", "text")).encode())
    h.update(options.encode())
    h.update("\n".join(map(str, text_hash.tolist())).encode())
    return "L" + h.hexdigest()[:19]


def tables_dir(cache_dir: str | os.PathLike) -> Path:
    """The folder of whole cached tables (:func:`cached_table`) in a cache, named by the
    gdrkit version, code and library versions like the other cache folders, so that
    ``gdrkit cache --prune`` removes what older code wrote."""
    tag = text_key(versions.package_signature(), versions.library_versions())[:12]
    return Path(cache_dir) / f"tables-v{__version__}-{tag}"


def cached_table(cache_dir: str | os.PathLike | None, name: str, fn: Callable[[], pd.DataFrame], *,
                 fingerprint: Callable[[], str]) -> pd.DataFrame:
    """``fn()`` (a derived table), kept on disk in ``cache_dir`` for an unchanged corpus.

    ``fingerprint()`` names the reports table (:func:`reports_fingerprint`); it is called
    only when the cache is used. Tokens are not kept here (they have their own cache), nor
    anything when ``$GDRKIT_TABLE_CACHE`` is 0 or the fingerprint cannot be computed.
    Written atomically; an unreadable file is removed and the table recomputed.
    """
    if not cache_dir or name.startswith("tokens") or os.environ.get("GDRKIT_TABLE_CACHE", "1") == "0":
        return fn()
    try:
        key = text_key(versions.package_signature(), versions.library_versions(), name, fingerprint())
    except (TypeError, ValueError):  # an odd user metadata column (lists, dicts) that cannot be hashed
        return fn()
    folder = tables_dir(cache_dir)
    path = folder / f"{name}-{key[:24]}.parquet"
    if path.exists():
        try:
            return pd.read_parquet(path)
        except Exception as exc:
            warnings.warn(f"gdrkit cache: unreadable table {path} ({type(exc).__name__}); it is recomputed",
                          stacklevel=4)
            path.unlink(missing_ok=True)
    df = fn()
    if not isinstance(df, pd.DataFrame) or not df.index.equals(pd.RangeIndex(len(df))):
        return df
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write(path, lambda tmp: df.to_parquet(tmp, index=False, row_group_size=5 * ROW_GROUP, **parquet_options()))
    return df
