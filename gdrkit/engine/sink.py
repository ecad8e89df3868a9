"""Tables written part by part (``gdrkit build``, :mod:`gdrkit.pipeline.streaming`): none is held whole.

A table's Parquet and CSV files are written as its parts arrive, in a background thread,
once the type of every column is known: parts in which a column is still all missing
(Arrow type ``null``: its type is that of the first part that has a value) wait in
temporary Arrow files until then. The files have the same bytes as
:func:`gdrkit.export.write_tables` gives for the whole table, and appear under their
names only when complete.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from .cache import new_temp_file
from .tablefiles import PARQUET_ONLY, ROW_GROUP_ROWS, csv_write_options, to_arrow

__all__ = ["TableSink"]

#: Writes queued at most before ``add`` waits for the writer thread (bounds the memory).
_QUEUED = 4


@contextlib.contextmanager
def _writing(name: str, out: Path):
    """Errors while writing say which table and folder (an OSError keeps its errno)."""
    try:
        yield
    except OSError as exc:
        raise OSError(exc.errno, f"gdrkit: writing the {name} table in {out}: {exc.strerror or exc}") from exc
    except Exception as exc:  # pyarrow raises several types (a cast, a schema mismatch)
        raise RuntimeError(f"gdrkit: writing the {name} table in {out}: {type(exc).__name__}: {exc}") from exc


class _Writer:
    """One table's files, under temporary names until :meth:`close`."""

    def __init__(self, out: Path, name: str, schema) -> None:
        self.schema = schema
        self.final = [out / f"{name}.parquet"] + ([] if name in PARQUET_ONLY else [out / f"{name}.csv"])
        self.tmp = []
        for p in self.final:
            self.tmp.append(new_temp_file(p))
        self._pq = pq.ParquetWriter(self.tmp[0], schema)
        self._csv_file = self._csv = None
        if len(self.tmp) > 1:
            self._csv_file = open(self.tmp[1], "wb")
            self._csv_file.write(b"\xef\xbb\xbf")
            self._csv = pacsv.CSVWriter(self._csv_file, schema, write_options=csv_write_options())
        self._buf: list = []
        self._n_buf = self._total = 0

    def write(self, t) -> None:
        """Append rows; full row groups of :data:`ROW_GROUP_ROWS` are written."""
        if t.schema != self.schema:
            t = t.cast(self.schema)
        self._buf.append(t)
        self._n_buf += t.num_rows
        self._total += t.num_rows
        if self._n_buf >= ROW_GROUP_ROWS:
            both = pa.concat_tables(self._buf)
            start = 0
            while both.num_rows - start >= ROW_GROUP_ROWS:
                self._emit(both.slice(start, ROW_GROUP_ROWS))
                start += ROW_GROUP_ROWS
            self._buf, self._n_buf = [both.slice(start)], both.num_rows - start

    def _emit(self, t) -> None:
        t = t.combine_chunks()  # one chunk per row group: the same bytes whatever the parts
        self._pq.write_table(t)
        if self._csv is not None:
            self._csv.write_table(t)

    def close(self) -> list[Path]:
        """Write the last rows (an empty table is one empty row group) and rename the files."""
        if self._n_buf or not self._total:
            self._emit(pa.concat_tables(self._buf) if self._buf else self.schema.empty_table())
        self._buf = []
        self._shut()
        for tmp, final in zip(self.tmp, self.final):
            os.replace(tmp, final)
        return self.final

    def abort(self) -> None:
        """Remove the temporary files (after a failure: errors in closing them are moot)."""
        try:
            self._shut()
        except Exception:  # e.g. the full disk that caused the failure; the files go anyway
            pass
        finally:
            for tmp in self.tmp:
                Path(tmp).unlink(missing_ok=True)

    def _shut(self) -> None:
        # each handle closed even when closing another failed
        pq_w, csv_w, f = self._pq, self._csv, self._csv_file
        self._pq = self._csv = self._csv_file = None
        try:
            if pq_w is not None:
                pq_w.close()
        finally:
            try:
                if csv_w is not None:
                    csv_w.close()
            finally:
                if f is not None:
                    f.close()


@dataclass
class _Table:
    writer: _Writer | None = None
    waiting: list = field(default_factory=list)  # (group, order, spilled file, schema)
    paths: list[Path] = field(default_factory=list)


class TableSink:
    """Tables written part by part: ``add(name, df)`` appends a part to table ``name``
    (parts come out by ``group``, then in the order added); :meth:`finish` completes
    every table and returns the files. Used as a context manager, nothing half-written
    is left behind whatever happens."""

    def __init__(self, out: str | os.PathLike) -> None:
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self._tmp = Path(tempfile.mkdtemp(dir=self.out, prefix=".parts-"))
        self._tables: dict[str, _Table] = {}
        self._n = 0
        self._thread = ThreadPoolExecutor(max_workers=1)  # in order: parts, then closing
        self._queued: deque[Future] = deque()

    def __enter__(self) -> TableSink:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _submit(self, name: str, fn, *args) -> Future:
        def run():
            with _writing(name, self.out):
                return fn(*args)

        fut = self._thread.submit(run)
        self._queued.append(fut)
        while len(self._queued) > _QUEUED or (self._queued and self._queued[0].done()):
            self._queued.popleft().result()  # raises a failed write here
        return fut

    def add(self, name: str, df: pd.DataFrame, *, group: int = 0) -> None:
        """Append ``df`` (same columns as the table's other parts) to table ``name``."""
        table = to_arrow(df)
        st = self._tables.setdefault(name, _Table())
        if group == 0 and st.writer is not None:
            self._submit(name, st.writer.write, table)
            return
        if group == 0 and not any(w[0] == 0 for w in st.waiting) and all(f.type != pa.null() for f in table.schema):
            # the table's first part, every column's type known: it opens the files and
            # is written from memory (a part is spilled only while a type is not known)
            self._open(name, st, _unified_schema([table.schema]), [])
            self._submit(name, st.writer.write, table)
            return
        path = self._tmp / f"{self._n:06d}.arrow"
        with _writing(name, self.out), pa.OSFile(str(path), "wb") as f, pa.ipc.new_file(f, table.schema) as w:
            w.write_table(table)
        st.waiting.append((group, self._n, path, table.schema))
        self._n += 1
        if group == 0 and st.writer is None:
            first = sorted(w for w in st.waiting if w[0] == 0)
            schema = _unified_schema([w[3] for w in first])
            if all(f.type != pa.null() for f in schema):  # every column's type is known
                self._open(name, st, schema, first)

    def _open(self, name: str, st: _Table, schema, parts: list) -> None:
        with _writing(name, self.out):
            st.writer = _Writer(self.out, name, schema)
        for w in parts:
            st.waiting.remove(w)
            self._submit(name, _copy_part, st.writer, w[2])

    def finish(self) -> list[Path]:
        """Complete every table (in the order first added); returns the files written."""
        try:
            for name, st in self._tables.items():
                if st.writer is None:
                    rest = sorted(st.waiting)
                    self._open(name, st, _unified_schema([w[3] for w in rest]), rest)
                for w in sorted(st.waiting):  # the later groups
                    st.waiting.remove(w)
                    self._submit(name, _copy_part, st.writer, w[2])
                self._submit(name, lambda st=st: st.paths.extend(st.writer.close()))
            while self._queued:
                self._queued.popleft().result()
            return [p for st in self._tables.values() for p in st.paths]
        finally:
            self.close()

    def close(self) -> None:
        """Stop the writer thread and remove what is not complete."""
        try:
            self._thread.shutdown(wait=True, cancel_futures=True)
        finally:
            for st in self._tables.values():  # abort() never raises: every table is cleaned
                if st.writer is not None and not st.paths:
                    st.writer.abort()
            shutil.rmtree(self._tmp, ignore_errors=True)


def _copy_part(writer: _Writer, path: Path) -> None:
    with pa.OSFile(str(path), "rb") as f:
        writer.write(pa.ipc.open_file(f).read_all())
    path.unlink(missing_ok=True)


def _unified_schema(schemas: list):
    """One schema for parts converted apart: each column's type (and pandas metadata)
    from the first part where it is not all missing (Arrow type ``null``)."""
    first = schemas[0]
    names = first.names
    for s in schemas[1:]:
        if s.names != names:
            raise ValueError(f"table parts have different columns: {names} vs {s.names}")
    meta = json.loads(first.metadata[b"pandas"]) if first.metadata and b"pandas" in first.metadata else None
    fields = []
    for i in range(len(names)):
        src = next((s for s in schemas if s.field(i).type != pa.null()), first)
        fields.append(src.field(i))
        if meta is not None and src is not first and src.metadata and b"pandas" in src.metadata:
            meta["columns"][i] = json.loads(src.metadata[b"pandas"])["columns"][i]
    md = dict(first.metadata or {})
    if meta is not None:
        md[b"pandas"] = json.dumps(meta).encode()
    return pa.schema(fields, metadata=md)
