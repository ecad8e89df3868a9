"""Writing tables: CSV (UTF-8 with a BOM, so Excel shows the Chinese) and Parquet.

The writers live in :mod:`gdrkit.engine.tablefiles`; this module is their public name.
"""

from __future__ import annotations

from .engine.tablefiles import PARQUET_ONLY, TABLE_NAMES, read_table, remove_stale_tables, write_tables

__all__ = ["write_tables", "read_table", "remove_stale_tables", "PARQUET_ONLY", "TABLE_NAMES"]
