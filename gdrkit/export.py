"""Writing tables: CSV (UTF-8 with a BOM, so Excel shows the Chinese) and Parquet."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from .cache import atomic_write

__all__ = ["write_tables", "read_table", "TableSink", "PARQUET_ONLY"]

#: Tables written as Parquet only (list columns do not fit a CSV).
PARQUET_ONLY = ("tokens",)


def write_tables(tables: dict[str, pd.DataFrame], out: str | os.PathLike, *, threads: int | None = None) -> list[Path]:
    """Write each table as ``OUT/<name>.csv`` (UTF-8 with a BOM) and ``OUT/<name>.parquet``.

    Each table is converted to Arrow once and both files are written from it; tables are
    written in ``threads`` threads (default: one per core, at most 4; Arrow's writers run
    without the GIL). Files are written atomically and deterministically (same tables,
    same bytes). Returns the paths written, in the order of ``tables``.
    """
    from concurrent.futures import ThreadPoolExecutor

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)

    def one(item: tuple[str, pd.DataFrame]) -> list[Path]:
        name, df = item
        table = _to_arrow(df)
        paths = [out / f"{name}.parquet"]
        atomic_write(paths[0], lambda t: _write_parquet(table, t))
        if name not in PARQUET_ONLY:
            paths.append(out / f"{name}.csv")
            atomic_write(paths[1], lambda t: _write_csv(table, t))
        return paths

    n = threads or min(4, os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=max(1, n)) as pool:
        return [p for paths in pool.map(one, tables.items()) for p in paths]


def _to_arrow(df: pd.DataFrame):
    """``df`` as an Arrow table whose pandas metadata any reader understands: an
    Arrow-held list column (``tokens``) is recorded as an object column, as a list column
    read back is."""
    import json

    import pyarrow as pa

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
    import pyarrow.csv as pacsv

    with open(path, "wb") as f:
        f.write(b"\xef\xbb\xbf")
        pacsv.write_csv(table, f, write_options=_csv_options())


def _csv_options():
    import pyarrow.csv as pacsv

    return pacsv.WriteOptions(include_header=True, quoting_style="needed", quoting_header="none")


#: Rows per row group of the Parquet files written.
ROW_GROUP_ROWS = 2000


def _write_parquet(table, path: str) -> None:
    """Row groups of :data:`ROW_GROUP_ROWS` rows, each made one chunk per column before
    it is written: Parquet's pages (and where a dictionary falls back to plain) follow the
    chunks, which differ with the number of workers and the cache state, so this keeps
    the bytes the same for the same table, holding one row group's copy at a time."""
    import pyarrow.parquet as pq

    with pq.ParquetWriter(path, table.schema) as writer:
        for start in range(0, max(table.num_rows, 1), ROW_GROUP_ROWS):
            writer.write_table(table.slice(start, ROW_GROUP_ROWS).combine_chunks())


class TableSink:
    """Tables written part by part, so that no table is ever held whole.

    ``add(name, df)`` converts a part to Arrow and spills it to a temporary Arrow file
    under ``out``; :meth:`finish` writes each table's CSV and Parquet from its parts, one
    row group at a time, with the same bytes as :func:`write_tables` on the whole table
    (a column that is all missing in some parts takes its type from the others). Parts
    come out by ``group``, then in the order they were added. Used as a context manager,
    the temporary files are removed whatever happens.
    """

    def __init__(self, out: str | os.PathLike) -> None:
        import tempfile

        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self._tmp = Path(tempfile.mkdtemp(dir=self.out, prefix=".parts-"))
        self._parts: dict[str, list[tuple[int, int, Path]]] = {}
        self._n = 0

    def __enter__(self) -> "TableSink":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        import shutil

        shutil.rmtree(self._tmp, ignore_errors=True)

    def add(self, name: str, df: pd.DataFrame, *, group: int = 0) -> None:
        """Append ``df`` (same columns as the table's other parts) to table ``name``."""
        import pyarrow as pa

        table = _to_arrow(df)
        path = self._tmp / f"{self._n:06d}.arrow"
        with pa.OSFile(str(path), "wb") as f, pa.ipc.new_file(f, table.schema) as w:
            w.write_table(table)
        self._parts.setdefault(name, []).append((group, self._n, path))
        self._n += 1

    def finish(self, *, threads: int | None = None) -> list[Path]:
        """Write every table (CSV and Parquet, as :func:`write_tables`); returns the paths."""
        from concurrent.futures import ThreadPoolExecutor

        def one(name: str) -> list[Path]:
            parts = [p for _, _, p in sorted(self._parts[name])]
            pq_path, csv_path = self.out / f"{name}.parquet", self.out / f"{name}.csv"
            if name in PARQUET_ONLY:
                atomic_write(pq_path, lambda tp: _write_parts(parts, tp, None))
            else:  # both written, then both renamed
                atomic_write(pq_path, lambda tp: atomic_write(csv_path, lambda tc: _write_parts(parts, tp, tc)))
            for p in parts:
                p.unlink(missing_ok=True)
            return [pq_path] if name in PARQUET_ONLY else [pq_path, csv_path]

        n = threads or min(4, os.cpu_count() or 1)
        try:
            with ThreadPoolExecutor(max_workers=max(1, n)) as pool:
                return [p for paths in pool.map(one, list(self._parts)) for p in paths]
        finally:
            self.close()


def _read_part(path: Path):
    import pyarrow as pa

    with pa.OSFile(str(path), "rb") as f:
        return pa.ipc.open_file(f).read_all()


def _unified_schema(schemas: list):
    """One schema for parts converted apart: each column's type (and pandas metadata)
    from the first part where it is not all missing (Arrow type ``null``)."""
    import json

    import pyarrow as pa

    first = schemas[0]
    names = first.names
    for s in schemas[1:]:
        if s.names != names:
            raise ValueError(f"table parts have different columns: {names} vs {s.names}")
    meta = json.loads(first.metadata[b"pandas"]) if first.metadata and b"pandas" in first.metadata else None
    fields = []
    for i, name in enumerate(names):
        src = next((s for s in schemas if s.field(i).type != pa.null()), first)
        fields.append(src.field(i))
        if meta is not None and src is not first and src.metadata and b"pandas" in src.metadata:
            cols = json.loads(src.metadata[b"pandas"])["columns"]
            meta["columns"][i] = cols[i]
    md = dict(first.metadata or {})
    if meta is not None:
        md[b"pandas"] = json.dumps(meta).encode()
    return pa.schema(fields, metadata=md)


def _write_parts(parts: list[Path], parquet_path: str, csv_path: str | None) -> None:
    """The parts, in order, as one Parquet file (row groups of :data:`ROW_GROUP_ROWS`
    rows, one chunk each, as :func:`_write_parquet`) and one CSV (as :func:`_write_csv`)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    schemas = []
    for p in parts:
        with pa.OSFile(str(p), "rb") as f:
            schemas.append(pa.ipc.open_file(f).schema)
    schema = _unified_schema(schemas)
    csv_file = open(csv_path, "wb") if csv_path is not None else None
    try:
        csv_writer = None
        if csv_file is not None:
            csv_file.write(b"\xef\xbb\xbf")
            csv_writer = pacsv.CSVWriter(csv_file, schema, write_options=_csv_options())
        with pq.ParquetWriter(parquet_path, schema) as writer:
            buffered: list = []
            n_buf = 0
            total = 0

            def emit(t) -> None:
                t = t.combine_chunks()
                writer.write_table(t)
                if csv_writer is not None:
                    csv_writer.write_table(t)

            for p in parts:
                t = _read_part(p)
                if t.schema != schema:
                    t = t.cast(schema)
                buffered.append(t)
                n_buf += t.num_rows
                total += t.num_rows
                if n_buf >= ROW_GROUP_ROWS:
                    both = pa.concat_tables(buffered)
                    start = 0
                    while both.num_rows - start >= ROW_GROUP_ROWS:
                        emit(both.slice(start, ROW_GROUP_ROWS))
                        start += ROW_GROUP_ROWS
                    buffered, n_buf = [both.slice(start)], both.num_rows - start
            if n_buf or not total:  # the rest; an empty table is one empty row group
                emit(pa.concat_tables(buffered) if buffered else schema.empty_table())
        if csv_writer is not None:
            csv_writer.close()
    finally:
        if csv_file is not None:
            csv_file.close()


def read_table(out: str | os.PathLike, name: str) -> pd.DataFrame:
    """Read a table written by :func:`write_tables` (from its Parquet file)."""
    return pd.read_parquet(Path(out) / f"{name}.parquet")
