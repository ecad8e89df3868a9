"""A researcher's own table about the reports (region, canonical agency, population, ...),
read, checked and joined to ``reports`` on the file.

Its ``agency_id``, ``agency_name`` and ``agency`` columns set the canonical agency of the
reports they name (:func:`apply_user_agencies`), and a ``successor`` column joins a
renamed agency to its successor."""

from __future__ import annotations

import io
import os
import warnings
from pathlib import Path

import pandas as pd

from ..io.decode import decode_spreadsheet
from .canonical import canonical_agency
from .places import Place, report_place

__all__ = ["MetadataError", "read_metadata", "join_metadata", "apply_user_agencies", "METADATA_KEYS",
           "USER_AGENCY_COLUMNS"]

#: A user's columns that set the canonical agency (``agency``: a canonical name, not the
#: name as printed, which ``reports.agency`` keeps).
USER_AGENCY_COLUMNS = ("agency_id", "agency_name", "agency")

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
        text = decode_spreadsheet(p.read_bytes())
        if text is None:
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
    unique in the corpus). Its ``agency_id``, ``agency_name`` or ``agency`` set the
    canonical agency and its ``successor`` joins renamed agencies
    (:func:`apply_user_agencies`); its other columns that gdrkit also fills get the
    suffix ``_user``.

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
    joined = reports.merge(meta, on="_key", how="left").drop(columns="_key")
    return apply_user_agencies(joined, name)


def _given(values: pd.Series) -> pd.Series:
    """Where a user's column holds a value (not missing, not blank)."""
    return values.notna() & (values.astype(str).str.strip() != "")


def user_agency_id(name: str, adcode: str | int | None, year: int | None) -> str | None:
    """The ``agency_id`` of a user's canonical name: from the place it names, else the
    report's ``adcode`` (河北省人社厅 → 130000:人力资源和社会保障厅, as a printed name)."""
    place = report_place(name, None, None, "", year)
    if place.adcode is None and adcode:
        place = Place(adcode=str(adcode))
    return canonical_agency(name, place).agency_id


def apply_user_agencies(reports: pd.DataFrame, name: str = "metadata") -> pd.DataFrame:
    """Set the canonical agency from the user's columns joined to ``reports`` (named
    ``agency_id_user``, ``agency_name_user``, ``agency_user`` after the join).

    A user's ``agency_name`` (or ``agency``: a canonical name) replaces ``agency_name``
    and, unless the user gives ``agency_id`` too, ``agency_id`` is derived from it (see
    :func:`user_agency_id`); a user's ``agency_id`` replaces ``agency_id``. Empty cells
    keep gdrkit's values; the user's columns are not kept beside them. A ``successor``
    (an agency_id) merges the row's agency into its successor: every report with the
    row's ``agency_id`` gets the successor's id (chains followed) and, when a report of
    the successor is in the corpus, its ``agency_name``. Renamed agencies stay apart
    without it.
    """
    reports = reports.copy()
    cols = {c: f"{c}_user" for c in USER_AGENCY_COLUMNS if f"{c}_user" in reports.columns}
    if "agency_name" in cols or "agency" in cols:
        user = reports[cols.get("agency_name", cols.get("agency"))]
        if "agency_name" in cols and "agency" in cols:
            user = user.where(_given(user), reports[cols["agency"]])
        given = _given(user)
        reports.loc[given, "agency_name"] = user[given].astype(str).str.strip()
        rows = reports.loc[given]
        years = [int(y) if pd.notna(y) else None for y in rows.get("year", pd.Series(None, index=rows.index))]
        codes = [str(int(a)) if pd.notna(a) else None for a in rows.get("adcode", pd.Series(None, index=rows.index))]
        reports.loc[given, "agency_id"] = [user_agency_id(n, a, y)
                                           for n, a, y in zip(rows["agency_name"], codes, years)]
    if "agency_id" in cols:
        given = _given(reports[cols["agency_id"]])
        reports.loc[given, "agency_id"] = reports.loc[given, cols["agency_id"]].astype(str).str.strip()
    reports = reports.drop(columns=list(cols.values()))
    if "successor" in reports.columns:
        reports = _follow_successors(reports, name)
    return reports


def _follow_successors(reports: pd.DataFrame, name: str) -> pd.DataFrame:
    succ: dict[str, str] = {}
    given = _given(reports["successor"]) & reports["agency_id"].notna()
    for old, new in zip(reports.loc[given, "agency_id"], reports.loc[given, "successor"].astype(str).str.strip()):
        if succ.get(old, new) != new:
            raise MetadataError(f"{name}: {old} has two successors: {succ[old]} and {new}")
        if old != new:
            succ[old] = new

    def last(aid: str) -> str:
        seen = [aid]
        while aid in succ:
            aid = succ[aid]
            if aid in seen:
                raise MetadataError(f"{name}: successors run in a circle: {' → '.join([*seen, aid])}")
            seen.append(aid)
        return aid

    if not succ:
        return reports
    final = {old: last(old) for old in succ}
    named = reports.dropna(subset=["agency_id"])
    if "year" in named.columns:
        named = named.sort_values("year", na_position="first", kind="stable")
    names = named.drop_duplicates("agency_id", keep="last").set_index("agency_id")["agency_name"]
    moved = reports["agency_id"].isin(list(final))
    reports.loc[moved, "agency_id"] = reports.loc[moved, "agency_id"].map(final)
    known = moved & reports["agency_id"].isin(names.index)
    reports.loc[known, "agency_name"] = reports.loc[known, "agency_id"].map(names)
    return reports
