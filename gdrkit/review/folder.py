"""The review tools on a build's output folder (``gdrkit build DIR -o OUT``): the tables
read from their Parquet files, only the rows and columns needed (a province's decade of
reports is never loaded whole)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .audit import audit_sample
from .corrections import text_sha1
from .viewer import EvidencePage, evidence_page

__all__ = ["read_rows", "find_report", "page_from_folder", "write_pages", "sample_from_folder"]

_LIGHT = ["report_id", "path", "file", "style", "year", "title", "agency", "kind", "duplicate_of"]


def read_rows(out: str | os.PathLike, table: str, ids: Sequence[str] | None = None,
              columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Rows of a build's table (of the reports ``ids``; every row when None)."""
    path = Path(out) / f"{table}.parquet"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: not found; is {out} the output folder of gdrkit build?")
    schema = pq.read_schema(path)
    if columns is not None:
        columns = [c for c in columns if c in schema.names]
    if ids is not None and schema.field("report_id").type == pa.null():  # a table without rows
        return pd.read_parquet(path, columns=columns).iloc[:0]
    filters = [("report_id", "in", list(ids))] if ids is not None else None
    return pd.read_parquet(path, columns=columns, filters=filters)


def find_report(reports: pd.DataFrame, report: str) -> str:
    """The report_id of ``report``: a report_id, a file name or a path as in ``reports``."""
    report = str(report)
    for col in ("report_id", "file", "path"):
        if col in reports.columns:
            hit = reports.loc[reports[col].astype(str) == report, "report_id"].unique()
            if len(hit) == 1:
                return str(hit[0])
            if len(hit) > 1:
                raise KeyError(f"{len(hit)} reports have {col} {report!r}: give the report_id")
    raise KeyError(f"no report with report_id, file or path {report!r}")


def _pages(out: str | os.PathLike, ids: list[str]) -> dict[str, EvidencePage]:
    reports = read_rows(out, "reports", ids, columns=[*_LIGHT, "text"])
    tables = {t: read_rows(out, t, ids) for t in ("sections", "figures", "problems", "checks")}
    return {rid: evidence_page(r, **tables) for rid, r in zip(reports["report_id"], reports.to_dict("records"))}


def page_from_folder(out: str | os.PathLike, report: str) -> EvidencePage:
    """The evidence page of one report of a build (by report_id, file name or path)."""
    rid = find_report(read_rows(out, "reports", columns=["report_id", "file", "path"]), report)
    return _pages(out, [rid])[rid]


def write_pages(out: str | os.PathLike, ids: Sequence[str], folder: str | os.PathLike) -> list[Path]:
    """The evidence pages of these reports of a build, as ``folder/<report_id>.html``."""
    ids = list(dict.fromkeys(ids))
    written = []
    for start in range(0, len(ids), 200):  # a few hundred reports' rows at a time
        for rid, page in _pages(out, ids[start:start + 200]).items():
            written.append(page.save(Path(folder) / f"{rid}.html"))
    return written


def sample_from_folder(out: str | os.PathLike, n: int, *, stratify: Sequence[str] = ("measure", "style"),
                       seed: int = 0, measures: Sequence[str] | None = None, pages: str = "pages") -> pd.DataFrame:
    """:func:`gdrkit.review.audit_sample` on a build's tables (the texts of the reports
    drawn only are read, for their text_sha1)."""
    reports = read_rows(out, "reports", columns=[*_LIGHT, *(c for c in stratify if c not in _LIGHT)])
    figures = read_rows(out, "figures", columns=["report_id", "measure", "value", "unit", "qualifier", "evidence",
                                                 "method", "confidence"])
    sheet = audit_sample(reports, figures, n, stratify=stratify, seed=seed, measures=measures, pages=pages)
    texts = read_rows(out, "reports", sheet["report_id"].unique().tolist(), columns=["report_id", "text"])
    sha = dict(zip(texts["report_id"], map(text_sha1, texts["text"])))
    sheet["text_sha1"] = sheet["report_id"].map(sha).fillna("")
    return sheet
