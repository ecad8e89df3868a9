"""The per-report rows of the derived tables on disk: batches of Parquet files in one
cache folder, each batch's list of keys written last (its commit mark).

A batch without its key list (e.g. from a killed run) is ignored; a batch that cannot be
read is removed and its reports computed again (see :mod:`gdrkit.pipeline.deriving`).
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .._version import __version__
from ..engine import versions
from ..engine.cache import ROW_GROUP, atomic_write, map_threads, parquet_options, text_key
from .stages import DERIVED_TABLES

__all__ = ["DerivedCache"]


class DerivedCache:
    """Batches of per-report rows in one cache folder (see the module docstring).

    With ``keep_index``, the list of each batch's keys is read once and kept (and
    updated by :meth:`write`), for many :func:`derive_tables` calls on one cache (one per
    shard of a streamed build); otherwise every :meth:`read` lists the folder afresh.
    """

    def __init__(self, cache_dir: str | os.PathLike, *, keep_index: bool = False) -> None:
        # cn2an reads the Chinese numerals of the figures: its upgrade changes rows too
        tag = text_key(__version__, "derived", versions.package_signature(), versions.library_versions())[:12]
        self.dir = Path(cache_dir) / f"derived-v{__version__}-{tag}"
        self._keep = keep_index
        self._batches: dict[str, list[str]] | None = None

    def _listing(self) -> dict[str, list[str]]:
        """stem → keys of every committed batch (a damaged key list drops its batch)."""
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
        frames: dict[str, list[pd.DataFrame]] = {t: [] for t in DERIVED_TABLES}
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
                for t in DERIVED_TABLES:
                    df = pd.read_parquet(self.dir / f"{stem}.{t}.parquet")
                    if not every_row:  # only some of the batch's reports are wanted
                        df = df[np.fromiter((k in new for k in df["_key"].tolist()), bool, len(df))]
                    got[t] = df
                return got
            except Exception as exc:  # pyarrow raises several types for a damaged file
                return exc


        loaded = map_threads(load, plan)  # batches decoded in threads
        found = set()
        for (stem, new, _), got in zip(plan, loaded):
            if isinstance(got, Exception):  # its reports are computed again
                self._drop(stem, got)
                continue
            for t in DERIVED_TABLES:
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
        self.dir.mkdir(parents=True, exist_ok=True)
        stem = "b-" + text_key(*keys)[:16]
        for t, df in zip(DERIVED_TABLES, tables):
            atomic_write(self.dir / f"{stem}.{t}.parquet",
                         lambda tmp, df=df: df.to_parquet(tmp, index=False, row_group_size=5 * ROW_GROUP,
                                                          **parquet_options()))
        atomic_write(self.dir / f"{stem}.keys.parquet",
                     lambda tmp: pq.write_table(pa.table({"_key": pa.array(keys, pa.string())}), tmp))
        if self._batches is not None:
            self._batches[stem] = list(keys)
