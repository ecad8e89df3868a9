"""A researcher's own table about the reports (region, canonical agency, population, ...),
read, checked and joined to ``reports`` on the file."""

from __future__ import annotations

import io
import os
import warnings
from pathlib import Path

import pandas as pd

__all__ = ["MetadataError", "read_metadata", "join_metadata", "METADATA_KEYS"]

#: Columns a metadata table may join on, in order of preference: ``path`` (relative to
#: the corpus folder) or a file name.
METADATA_KEYS = ("path", "file", "filename", "文件名")


class MetadataError(ValueError):
    """A metadata table that cannot be joined; the message names the table and the problem."""


def read_metadata(metadata: str | os.PathLike | pd.DataFrame) -> pd.DataFrame:
    """Read and check a metadata table before any report is read.

    Parameters
    ----------
    metadata : str, Path or DataFrame
        A CSV file (UTF-8, with or without a BOM, or GB18030 as Excel saves it on a
        Chinese system; every value read as text) or a DataFrame.

    Returns
    -------
    DataFrame
        The table (a copy), with a column among :data:`METADATA_KEYS` whose values are
        unique and not missing.

    Raises
    ------
    MetadataError
        Naming the file: missing, not text, not CSV, no key column, a key missing or
        listed twice.
    """
    if isinstance(metadata, pd.DataFrame):
        name, meta = metadata.attrs.get("gdrkit_name", "metadata"), metadata.copy()
    else:
        p = Path(metadata)
        name = f"metadata {p}"
        if not p.is_file():
            raise MetadataError(f"{name}: no such file")
        raw = p.read_bytes()
        for enc in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise MetadataError(f"{name}: not UTF-8 or GB18030 text; save it as 'CSV UTF-8'")
        try:
            meta = pd.read_csv(io.StringIO(text), dtype=str)
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
            raise MetadataError(f"{name}: not a readable CSV: {exc}") from exc
    key = next((c for c in METADATA_KEYS if c in meta.columns), None)
    if key is None:
        raise MetadataError(f"{name}: no 'path' or 'file' column to join on (columns: {list(meta.columns)})")
    empty = meta.index[meta[key].isna()].tolist()
    if empty:
        raise MetadataError(f"{name}: {len(empty)} row(s) without a {key!r} (rows {[i + 2 for i in empty[:5]]} "
                            "counting the header as line 1)")
    dup = meta[key][meta[key].duplicated()].unique().tolist()
    if dup:
        raise MetadataError(f"{name}: listed twice: {dup[:5]}")
    meta.attrs["gdrkit_name"] = name
    return meta


def join_metadata(reports: pd.DataFrame, metadata: str | os.PathLike | pd.DataFrame,
                  root: str | os.PathLike) -> pd.DataFrame:
    """Join a user's table on the file: a ``path`` column (relative to the corpus folder,
    e.g. ``2013/report.txt``) or a ``file`` column of file names (which must then be
    unique in the corpus). Its columns that gdrkit also fills get the suffix ``_user``.

    Warns (``UserWarning``) about reports without a row and rows that match no report;
    raises :class:`MetadataError` for a table that cannot be joined.
    """
    meta = read_metadata(metadata)
    name = meta.attrs.get("gdrkit_name", "metadata")
    key = next(c for c in METADATA_KEYS if c in meta.columns)
    base = Path(root) if Path(root).is_dir() else Path(root).parent
    if key == "path":
        reports = reports.assign(_key=[os.path.normpath(os.path.relpath(p, base)) for p in reports["path"]])
        meta["_key"] = meta["path"].map(lambda p: os.path.normpath(os.path.relpath(p, base))
                                        if os.path.isabs(str(p)) else os.path.normpath(str(p)))
    else:
        same = reports["file"][reports["file"].duplicated()].unique().tolist()
        if same:
            raise MetadataError(f"{name}: several reports share a file name ({same[:3]}); give the metadata a "
                                "'path' column relative to the corpus folder instead of 'file'")
        reports = reports.assign(_key=reports["file"])
        meta["_key"] = meta[key].map(lambda s: Path(str(s)).name)
    dup = meta["_key"][meta["_key"].duplicated()].tolist()
    if dup:
        raise MetadataError(f"{name}: listed twice: {dup[:5]}")
    shown = meta[key].tolist()
    meta = meta.drop(columns=[key])
    meta = meta.rename(columns={c: f"{c}_user" for c in meta.columns if c in reports.columns and c != "_key"})
    missing = sorted(set(reports["_key"]) - set(meta["_key"]))
    if missing:
        warnings.warn(f"{name}: no row for {len(missing)} report file(s), e.g. {missing[:3]}", stacklevel=3)
    known = set(reports["_key"])
    unmatched = [s for s, k in zip(shown, meta["_key"]) if k not in known]
    if unmatched:
        warnings.warn(f"{name}: {len(unmatched)} row(s) match no report read (not in the folder, or in errors), "
                      f"e.g. {unmatched[:3]}", stacklevel=3)
    return reports.merge(meta, on="_key", how="left").drop(columns="_key")
