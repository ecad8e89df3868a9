"""Writing tables: CSV (UTF-8 with a BOM, so Excel shows the Chinese) and Parquet."""

from __future__ import annotations

import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ..schema import PANEL_FILES, PARQUET_ONLY, TABLE_NAMES
from .cache import atomic_write
from .stata import codebook, codebook_markdown, write_dta

__all__ = ["write_tables", "read_table", "remove_stale_tables", "write_panel_files", "to_arrow", "csv_write_options",
           "PARQUET_ONLY", "TABLE_NAMES", "PANEL_FILES", "ROW_GROUP_ROWS"]



def remove_stale_tables(out: str | os.PathLike, written: list[Path]) -> list[Path]:
    """Remove from ``out`` the table files (``<table>.csv``/``.parquet`` of
    :data:`TABLE_NAMES`, and the panel's :data:`PANEL_FILES`) that a build did not write this time: left from an earlier build
    (of another folder, or with tokens), they would be read as part of this one.
    Other files are left alone. Returns the files removed."""
    out = Path(out)
    keep = {Path(p).name for p in written}
    gone = []
    for p in [out / f"{name}{suffix}" for name in TABLE_NAMES for suffix in (".parquet", ".csv")] + \
            [out / name for name in PANEL_FILES]:
        if p.name not in keep and p.is_file():
            p.unlink()
            gone.append(p)
    return gone


def write_tables(tables: dict[str, pd.DataFrame], out: str | os.PathLike, *, threads: int | None = None) -> list[Path]:
    """Write each table as ``OUT/<name>.csv`` (UTF-8 with a BOM) and ``OUT/<name>.parquet``;
    the panel also as ``OUT/panel.dta`` with its codebook (:func:`write_panel_files`).

    Each table is converted to Arrow once and both files are written from it; tables are
    written in ``threads`` threads (default: one per core, at most 4; Arrow's writers run
    without the GIL). Files are written atomically and deterministically (same tables,
    same bytes). Returns the paths written, in the order of ``tables``.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)

    def one(item: tuple[str, pd.DataFrame]) -> list[Path]:
        name, df = item
        table = to_arrow(df)
        paths = [out / f"{name}.parquet"]
        atomic_write(paths[0], lambda t: _write_parquet(table, t))
        if name not in PARQUET_ONLY:
            paths.append(out / f"{name}.csv")
            atomic_write(paths[1], lambda t: _write_csv(table, t))
        return paths

    n = threads or min(4, os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=max(1, n)) as pool:
        written = [p for paths in pool.map(one, tables.items()) for p in paths]
    return written + (write_panel_files(tables["panel"], out) if "panel" in tables else [])


def write_panel_files(panel: pd.DataFrame, out: str | os.PathLike) -> list[Path]:
    """Write, beside the panel's table files, ``OUT/panel.dta`` (Stata 118) and its
    codebook, ``codebook.csv`` (UTF-8 with a BOM, as the other CSV files) and
    ``codebook.md`` (see :mod:`gdrkit.engine.stata`); returns the paths (:data:`PANEL_FILES`)."""
    out = Path(out)
    book = codebook(panel)
    paths = [out / name for name in PANEL_FILES]
    atomic_write(paths[0], lambda t: write_dta(panel, book, t))
    atomic_write(paths[1], lambda t: _write_csv(to_arrow(book), t))
    atomic_write(paths[2], lambda t: Path(t).write_text(codebook_markdown(book), encoding="utf-8"))
    return paths


def to_arrow(df: pd.DataFrame):
    """``df`` as an Arrow table whose pandas metadata any reader understands: an
    Arrow-held list column (``tokens``) is recorded as an object column, as a list column
    read back is."""
    table = pa.Table.from_pandas(df, preserve_index=False)
    meta = json.loads(table.schema.metadata[b"pandas"])
    for col in meta.get("columns", []):
        if str(col.get("numpy_type", "")).startswith(("list<", "large_list<")):
            col["numpy_type"] = "object"
            col["pandas_type"] = "list[unicode]"
    return table.replace_schema_metadata({**table.schema.metadata, b"pandas": json.dumps(meta).encode()})


def _write_csv(table, path: str) -> None:
    """CSV through Arrow's writer (several times faster than ``DataFrame.to_csv`` on long
    texts): UTF-8 with a BOM, header unquoted, every string quoted (so a text holding
    commas, quotes or line breaks stays one field), numbers as written by Arrow, missing
    values empty, booleans ``true``/``false``. ``pd.read_csv(path, encoding="utf-8-sig")``
    reads the values back."""
    with open(path, "wb") as f:
        f.write(b"\xef\xbb\xbf")
        pacsv.write_csv(table, f, write_options=csv_write_options())


def csv_write_options():
    """How the CSV files are written (see :func:`_write_csv`)."""
    return pacsv.WriteOptions(include_header=True, quoting_style="needed", quoting_header="none")


#: Rows per row group of the Parquet files written.
ROW_GROUP_ROWS = 2000


def _write_parquet(table, path: str) -> None:
    """Row groups of :data:`ROW_GROUP_ROWS` rows, each made one chunk per column before
    it is written: Parquet's pages (and where a dictionary falls back to plain) follow the
    chunks, which differ with the number of workers and the cache state, so this keeps
    the bytes the same for the same table, holding one row group's copy at a time."""
    with pq.ParquetWriter(path, table.schema) as writer:
        for start in range(0, max(table.num_rows, 1), ROW_GROUP_ROWS):
            writer.write_table(table.slice(start, ROW_GROUP_ROWS).combine_chunks())


def read_table(out: str | os.PathLike, name: str) -> pd.DataFrame:
    """Read a table written by :func:`write_tables` (from its Parquet file)."""
    return pd.read_parquet(Path(out) / f"{name}.parquet")
