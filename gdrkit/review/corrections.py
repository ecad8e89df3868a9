"""A researcher's corrections, kept as a file beside the data and replayed on every build.

The file
--------
A CSV (UTF-8, with or without a BOM, or GB18030 as Excel saves it on a Chinese system)
with one row per corrected value: ``file`` (the report's file name, or its path relative
to the corpus folder) or ``report_id``, ``measure`` (a headline measure or a template
cell, e.g. ``table4.review.total``), ``value`` (empty = the report does not state it),
``reason``, ``by``, ``date``; and ``text_sha1``, which gdrkit writes when it makes a
correction (:func:`gdrkit.review.corrections_from_audit`): the SHA-1 of the report's
cleaned text without whitespace when the value was read. Rows are named as a spreadsheet
shows them: the header is row 1.

What a correction does (:func:`apply_corrections`)
--------------------------------------------------
The extracted headline row of that measure is kept, its qualifier set to
:data:`SUPERSEDED` (so :func:`gdrkit.extract.figures.is_headline` no longer takes it),
and a row with ``method = "corrected"`` follows it: the corrected value (NaN for "not
stated"), the original's span and section (so the evidence page shows it where the value
was read), ``evidence`` the reason, who and when, ``confidence`` high. The identity
checks of a corrected report are computed again from the corrected figures, a
``corrected.<measure>`` row is added to the checks (ok empty: a note), and the panel is
built from the corrected figures. Corrections are applied after the per-report cache,
to copies: the cached tables never change.

They key on ``report_id`` (derived from the file's content) or on the file name, so they
survive a rebuild, a moved folder and a cleared cache. A row that matches no report or
names no known measure is an error naming the row (:class:`CorrectionError`); a row whose
``text_sha1`` differs from the report's text now is a warning
(:class:`StaleCorrectionWarning`): the report changed since the value was read.
"""

from __future__ import annotations

import difflib
import hashlib
import io
import os
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from ..extract.checks import check_figures
from ..extract.figures import is_headline
from ..io.decode import decode_spreadsheet
from ..schema import CHECK_COLUMNS, FIGURE_COLUMNS, HEADLINE_MEASURES
from .cells import default_unit, known_measure

__all__ = ["CORRECTION_COLUMNS", "SUPERSEDED", "CORRECTED", "CorrectionError", "StaleCorrectionWarning",
           "text_sha1", "read_csv_text", "read_corrections", "match_corrections", "load_corrections",
           "stale_corrections", "warn_stale",
           "apply_corrections", "corrections_key", "format_value", "panel_changes"]

#: The columns of a corrections file, in the order gdrkit writes them.
CORRECTION_COLUMNS = ["file", "report_id", "measure", "value", "reason", "by", "date", "text_sha1"]
#: The qualifier of an extracted row a correction replaced (``is_headline`` is False for it).
SUPERSEDED = "candidate: superseded by a correction"
#: ``figures.method`` of a corrected value.
CORRECTED = "corrected"


class CorrectionError(ValueError):
    """A corrections file that cannot be applied; the message names the file and the row."""


class StaleCorrectionWarning(UserWarning):
    """A correction written when its report's text was different."""


def text_sha1(text: object) -> str:
    """SHA-1 of a report's cleaned text without whitespace (a re-flowed page keeps it)."""
    return hashlib.sha1("".join(str(text if isinstance(text, str) else "").split()).encode("utf-8")).hexdigest()


def format_value(v: object) -> str:
    """A value as a sheet shows it: ``227`` (not 227.0), ``4.17``; empty for not stated."""
    try:
        x = float(v)
    except (TypeError, ValueError):
        return ""
    if np.isnan(x):
        return ""
    return str(int(x)) if x.is_integer() and abs(x) < 1e15 else f"{x:g}"


def read_csv_text(path: str | os.PathLike, what: str) -> pd.DataFrame:
    """A CSV in UTF-8 (BOM or not) or GB18030, every value as text (empty cells "")."""
    p = Path(path)
    if not p.is_file():
        raise CorrectionError(f"{what} {p}: no such file")
    text = decode_spreadsheet(p.read_bytes())
    if text is None:
        raise CorrectionError(f"{what} {p}: not UTF-8 or GB18030 text; save it as 'CSV UTF-8'")
    try:
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise CorrectionError(f"{what} {p}: not a readable CSV: {exc}") from exc


def _where(name: str, row: int, key: str, measure: str) -> str:
    return f"{name} row {row} ({key}, measure {measure or '(empty)'})"


def _parse_value(s: str) -> float:
    s = str(s).strip().replace(",", "").replace("，", "")
    return np.nan if s == "" else float(s)


def read_corrections(source: str | os.PathLike | pd.DataFrame) -> pd.DataFrame:
    """Read and check a corrections file (before any report is read).

    Returns
    -------
    DataFrame
        :data:`CORRECTION_COLUMNS` (text; ``value`` a float, NaN for not stated) and
        ``row``, the spreadsheet row (header = 1); ``attrs["name"]`` the file's name.

    Raises
    ------
    CorrectionError
        A missing or unreadable file, no ``measure`` or ``value`` column, no ``file`` or
        ``report_id`` column, and, naming the row: no key, an unknown measure, a value
        that is not a number, the same value corrected twice.
    """
    if isinstance(source, pd.DataFrame):
        name = source.attrs.get("name", "corrections")
        df = source.astype(object).where(source.notna(), "").astype(str)
    else:
        name = Path(source).name
        df = read_csv_text(source, "corrections")
    df.columns = [str(c).strip() for c in df.columns]
    missing = [c for c in ("measure", "value") if c not in df.columns]
    if missing or not {"file", "report_id"} & set(df.columns):
        need = missing + ([] if {"file", "report_id"} & set(df.columns) else ["file or report_id"])
        raise CorrectionError(f"{name}: no {', '.join(map(repr, need))} column (columns: {list(df.columns)})")
    out = pd.DataFrame({c: (df[c].str.strip() if c in df.columns else "") for c in CORRECTION_COLUMNS})
    out["row"] = np.arange(2, len(out) + 2)
    values, seen = [], {}
    for row, f, rid, m, v in zip(out["row"], out["file"], out["report_id"], out["measure"], out["value"]):
        key = f"report_id {rid}" if rid else f"file {f}"
        where = _where(name, row, key, m)
        if not (f or rid):
            raise CorrectionError(f"{where}: neither a file nor a report_id: say which report it corrects")
        if not known_measure(m):
            close = difflib.get_close_matches(m, HEADLINE_MEASURES, n=1)
            hint = (f"; did you mean {close[0]!r}?" if close
                    else " (a headline measure, or a cell such as table3.new.total)")
            raise CorrectionError(f"{where}: unknown measure {m!r}{hint}")
        try:
            values.append(_parse_value(v))
        except ValueError:
            raise CorrectionError(f"{where}: value {v!r} is not a number (leave it empty for 'not stated')") from None
        if (key, m) in seen:
            raise CorrectionError(f"{where}: corrects the same value as row {seen[(key, m)]}")
        seen[(key, m)] = row
    out["value"] = pd.Series(values, dtype=float, index=out.index)
    out.attrs["name"] = name
    return out


def match_corrections(corrections: pd.DataFrame | str | os.PathLike, reports: pd.DataFrame, *,
                      root: str | os.PathLike | None = None) -> pd.DataFrame:
    """The corrections with the ``report_id`` of the report each names.

    A ``file`` is a file name (unique in the corpus) or a path relative to ``root`` (the
    corpus folder). Raises :class:`CorrectionError` naming the row for a correction that
    matches no report, a file name several reports share, or two rows that correct the
    same value of one report.
    """
    corr = corrections if isinstance(corrections, pd.DataFrame) and "row" in corrections.columns \
        else read_corrections(corrections)
    name = corr.attrs.get("name", "corrections")
    ids = set(reports["report_id"])
    by_file: dict[str, list[str]] = {}
    for rid, f in zip(reports["report_id"], reports["file"]):
        by_file.setdefault(str(f), []).append(rid)
    by_path: dict[str, str] = {}
    if root is not None and "path" in reports.columns:
        base = Path(root) if Path(root).is_dir() else Path(root).parent
        by_path = {Path(os.path.relpath(p, base)).as_posix(): rid
                   for rid, p in zip(reports["report_id"], reports["path"])}
    out, seen = [], {}
    for row, f, rid, m in zip(corr["row"], corr["file"], corr["report_id"], corr["measure"]):
        key = f"report_id {rid}" if rid else f"file {f}"
        where = _where(name, row, key, m)
        if rid:
            if rid not in ids:
                raise CorrectionError(f"{where}: no report has this report_id (ids come from the file's content: "
                                      "was the file changed or removed?)")
        elif "/" in f and f in by_path:
            rid = by_path[f]
        else:
            hits = by_file.get(Path(f).name, [])
            if not hits:
                raise CorrectionError(f"{where}: no report has this file name (not in the folder, or in errors)")
            if len(hits) > 1:
                raise CorrectionError(f"{where}: {len(hits)} reports have this file name; give its path relative "
                                      "to the corpus folder, or its report_id")
            rid = hits[0]
        if (rid, m) in seen:
            raise CorrectionError(f"{where}: corrects the same value as row {seen[(rid, m)]} (report {rid})")
        seen[(rid, m)] = row
        out.append(rid)
    matched = corr.assign(report_id=pd.array(out, dtype=object) if out else corr["report_id"])
    matched.attrs["name"] = name
    return matched


def load_corrections(source: str | os.PathLike | pd.DataFrame | None, reports: pd.DataFrame,
                     root: str | os.PathLike | None = None) -> pd.DataFrame | None:
    """A corrections file read (:func:`read_corrections`), matched to ``reports``
    (:func:`match_corrections`) and checked against their texts (:func:`warn_stale`);
    None for None."""
    if source is None:
        return None
    matched = match_corrections(source, reports, root=root)
    warn_stale(matched, reports)
    return matched


def stale_corrections(matched: pd.DataFrame, reports: pd.DataFrame) -> list[str]:
    """The warnings for corrections whose ``text_sha1`` differs from their report's text
    (in ``reports``, which has ``text``); corrections without one are not checked."""
    if matched is None or not len(matched) or "text" not in reports.columns:
        return []
    name = matched.attrs.get("name", "corrections")
    has = matched["text_sha1"].astype(str).str.strip().ne("")
    want = matched[has & matched["report_id"].isin(reports["report_id"])]
    if not len(want):
        return []
    sha = {rid: text_sha1(t) for rid, t in zip(reports["report_id"], reports["text"]) if rid in set(want["report_id"])}
    return [f"{_where(name, row, f'report {rid}', m)}: the report's text has changed since the correction was "
            f"written (text_sha1 {old[:10]}… then, {sha[rid][:10]}… now): check that the value still holds"
            for row, rid, m, old in zip(want["row"], want["report_id"], want["measure"], want["text_sha1"])
            if old.strip().lower() != sha[rid]]


def warn_stale(matched: pd.DataFrame | None, reports: pd.DataFrame) -> None:
    """:func:`stale_corrections` as warnings (:class:`StaleCorrectionWarning`)."""
    for message in stale_corrections(matched, reports):
        warnings.warn(message, StaleCorrectionWarning, stacklevel=3)


def corrections_key(matched: pd.DataFrame | None) -> str:
    """A short hash of the corrections (empty without any): part of the cache key of the
    whole tables computed from them (checks, panel)."""
    if matched is None:
        return ""
    cols = ["report_id", "measure", "value", "reason", "by", "date"]
    text = matched[cols].astype(str).to_csv(index=False)
    return "+c" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def apply_corrections(tables: dict[str, pd.DataFrame], corrections: pd.DataFrame | None,
                      report_ids: Sequence[str]) -> dict[str, pd.DataFrame]:
    """The per-report tables of some reports with their corrections applied.

    Parameters
    ----------
    tables : dict of DataFrame
        ``figures``, ``identity_checks`` and ``figure_notes`` of these reports (as
        :func:`gdrkit.pipeline.deriving.derive_tables` gives them; never changed here).
    corrections : DataFrame or None
        Matched corrections (:func:`match_corrections`); those of other reports are ignored.
    report_ids : sequence of str
        The reports, in the order of the tables' rows.

    Returns
    -------
    dict of DataFrame
        ``tables`` with new ``figures`` (see the module docstring), ``identity_checks``
        (those of the corrected reports computed again from the corrected figures) and
        ``figure_notes`` (one ``corrected.<measure>`` row per correction, after its
        report's notes); the same dict when no correction concerns these reports.
    """
    if corrections is None or not len(corrections):
        return tables
    order = pd.Index(pd.unique(pd.Series(list(report_ids), dtype=object)))
    mine = corrections[corrections["report_id"].isin(order)]
    if not len(mine):
        return tables
    figures, observed = _corrected_figures(tables["figures"], mine, order)
    fixed = set(mine["report_id"])
    superseded = figures["qualifier"].fillna("").astype(str).str.startswith(SUPERSEDED)
    in_force = figures[figures["report_id"].isin(fixed) & ~superseded & figures["value"].notna()]
    identity = tables["identity_checks"]
    identity = _in_order(pd.concat([identity[~identity["report_id"].isin(fixed)], check_figures(in_force)],
                                   ignore_index=True), order)
    name = mine.attrs.get("name", corrections.attrs.get("name", "corrections"))
    notes = pd.DataFrame({
        "report_id": mine["report_id"].tolist(),
        "rule": [f"corrected.{m}" for m in mine["measure"]],
        "ok": pd.Series([pd.NA] * len(mine), dtype=object),
        "expected": [format_value(v) or "not stated" for v in mine["value"]],
        "observed": observed,
        "evidence": [f"{r or 'no reason given'} ({', '.join(x for x in (b, d) if x)}{'; ' if b or d else ''}"
                     f"{name} row {row})"
                     for r, b, d, row in zip(mine["reason"], mine["by"], mine["date"], mine["row"])],
    }, columns=CHECK_COLUMNS)
    fn = tables["figure_notes"]
    notes = _in_order(pd.concat([fn, notes], ignore_index=True) if len(fn) else notes, order)
    return {**tables, "figures": figures, "identity_checks": identity, "figure_notes": notes}


def _in_order(df: pd.DataFrame, order: pd.Index) -> pd.DataFrame:
    """Rows sorted by their report's place in ``order`` (stable: a report's rows keep theirs)."""
    pos = order.get_indexer(df["report_id"])
    return df.iloc[np.argsort(pos, kind="stable")].reset_index(drop=True)


def _corrected_figures(figures: pd.DataFrame, mine: pd.DataFrame, order: pd.Index) -> tuple[pd.DataFrame, list[str]]:
    """The figures with each corrected headline row superseded and a ``corrected`` row
    after it; and, per correction, the values it replaced ("not stated" when none)."""
    f = figures.reset_index(drop=True)
    cand = np.flatnonzero(f["report_id"].isin(set(mine["report_id"])).to_numpy())
    at: dict[tuple[str, str], list[int]] = {}
    last_of: dict[str, int] = {}
    for i, rid, m, q in zip(cand, f["report_id"].take(cand), f["measure"].take(cand), f["qualifier"].take(cand)):
        last_of[rid] = i
        if is_headline(q if isinstance(q, str) else ""):
            at.setdefault((rid, m), []).append(i)
    qual = f["qualifier"].astype(object).where(f["qualifier"].notna(), "").tolist()
    new_rows, keys, observed = [], [], []
    for rid, m, v, reason, by, date in zip(mine["report_id"], mine["measure"], mine["value"], mine["reason"],
                                           mine["by"], mine["date"]):
        rows = at.get((rid, m), [])
        observed.append("; ".join(format_value(f.at[i, "value"]) or "not stated" for i in rows) or "not stated")
        for i in rows:
            qual[i] = SUPERSEDED + (f" (was: {qual[i]})" if qual[i] else "")
        src = f.loc[rows[-1]] if rows else None
        who = ", ".join(x for x in (by, date) if x)
        new_rows.append({
            "report_id": rid, "measure": m, "value": float(v), "approx": False, "qualifier": "",
            "unit": src["unit"] if src is not None else default_unit(m),
            "section_id": src["section_id"] if src is not None else "",
            "start": int(src["start"]) if src is not None else -1, "end": int(src["end"]) if src is not None else -1,
            "evidence": f"correction{f' by {who}' if who else ''}: {reason or 'no reason given'}",
            "method": CORRECTED, "confidence": "high"})
        keys.append((order.get_loc(rid), (rows[-1] if rows else last_of.get(rid, -1)) + 0.5))
    out = f.copy()
    out["qualifier"] = pd.array(qual, dtype=f["qualifier"].dtype)
    added = pd.DataFrame(new_rows, columns=FIGURE_COLUMNS).astype(f.dtypes.to_dict())
    pos = np.concatenate([order.get_indexer(f["report_id"]), [k[0] for k in keys]])
    sub = np.concatenate([np.arange(len(f), dtype=float), [k[1] for k in keys]])
    both = pd.concat([out, added], ignore_index=True)
    return both.iloc[np.lexsort((sub, pos))].reset_index(drop=True), observed


def panel_changes(before: pd.DataFrame, after: pd.DataFrame, *, key: str = "report_id") -> pd.DataFrame:
    """The cells of a panel that differ between two builds (e.g. without and with
    corrections): ``key``, file (when there), column, before, after; numbers compared
    as numbers (NaN equal to NaN)."""
    b, a = before.set_index(key), after.set_index(key)
    rows = []
    for col in [c for c in a.columns if c in b.columns and c not in ("path", "file")]:
        x, y = b[col].reindex(a.index), a[col]
        num = pd.api.types.is_numeric_dtype(x) and pd.api.types.is_numeric_dtype(y)
        xs, ys = (x.astype(float), y.astype(float)) if num else (x.astype(object), y.astype(object))
        same = (xs == ys) | (xs.isna() & ys.isna())
        for k in a.index[~same.fillna(False).to_numpy(dtype=bool)]:
            rows.append({key: k, "file": a.at[k, "file"] if "file" in a.columns else "", "column": col,
                         "before": x.at[k], "after": y.at[k]})
    return pd.DataFrame(rows, columns=[key, "file", "column", "before", "after"])
