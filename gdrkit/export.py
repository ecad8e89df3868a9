"""Writing tables: CSV (UTF-8 with a BOM, so Excel shows the Chinese) and Parquet."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from .cache import atomic_write

__all__ = ["write_tables", "read_table", "PARQUET_ONLY"]

#: Tables written as Parquet only (list columns do not fit a CSV).
PARQUET_ONLY = ("tokens",)


def write_tables(tables: dict[str, pd.DataFrame], out: str | os.PathLike) -> list[Path]:
    """Write each table as ``OUT/<name>.csv`` (utf-8-sig) and ``OUT/<name>.parquet``.

    Files are written atomically and deterministically (same tables, same bytes).
    Returns the paths written.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in tables.items():
        pq = out / f"{name}.parquet"
        atomic_write(pq, lambda t, df=df: _write_parquet(df, t))
        written.append(pq)
        if name not in PARQUET_ONLY:
            csv = out / f"{name}.csv"
            atomic_write(csv, lambda t, df=df: _write_csv(df, t))
            written.append(csv)
    return written


def _write_csv(df: pd.DataFrame, path: str) -> None:
    """CSV through Arrow's writer (several times faster than ``DataFrame.to_csv`` on long
    texts): UTF-8 with a BOM, header unquoted, every string quoted (so a text holding
    commas, quotes or line breaks stays one field), numbers as written by Arrow, missing
    values empty, booleans ``true``/``false``. ``pd.read_csv(path, encoding="utf-8-sig")``
    reads the values back."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    table = pa.Table.from_pandas(df, preserve_index=False)
    opts = pacsv.WriteOptions(include_header=True, quoting_style="needed", quoting_header="none")
    with open(path, "wb") as f:
        f.write(b"\xef\xbb\xbf")
        pacsv.write_csv(table, f, write_options=opts)


def _write_parquet(df: pd.DataFrame, path: str) -> None:
    """``df.to_parquet`` whose pandas metadata any reader understands: an Arrow-held list
    column (``tokens``) is recorded as an object column, as a list column read back is."""
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(df, preserve_index=False)
    meta = json.loads(table.schema.metadata[b"pandas"])
    for col in meta.get("columns", []):
        if str(col.get("numpy_type", "")).startswith(("list<", "large_list<")):
            col["numpy_type"] = "object"
            col["pandas_type"] = "list[unicode]"
    table = table.replace_schema_metadata({**table.schema.metadata, b"pandas": json.dumps(meta).encode()})
    pq.write_table(table, path)


def read_table(out: str | os.PathLike, name: str) -> pd.DataFrame:
    """Read a table written by :func:`write_tables` (from its Parquet file)."""
    return pd.read_parquet(Path(out) / f"{name}.parquet")
