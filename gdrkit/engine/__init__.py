"""How the stages run: caches, worker processes, resource limits, progress bars, table
files. The engine imports no stage: the stages and the pipeline use it."""

from __future__ import annotations

from .arrow import arrow_data
from .cache import (
                    ROW_GROUP,
                    PartCache,
                    atomic_write,
                    default_cache_dir,
                    map_threads,
                    new_temp_file,
                    parquet_options,
                    text_key,
                    text_keys,
)
from .limits import cpu_limit, memory_limit
from .parallel import (
                    ForkPool,
                    default_workers,
                    gc_frozen,
                    imap_forked,
                    map_reports,
                    release_memory,
                    start_pool,
                    widen_pipes,
                    workers_from_env,
)
from .progress import progress_bar
from .sink import TableSink
from .tablefiles import read_table, remove_stale_tables, write_tables
from .versions import library_versions, package_signature, source_signature

__all__ = ["arrow_data", "ROW_GROUP", "PartCache", "atomic_write", "default_cache_dir", "map_threads", "new_temp_file",
           "parquet_options", "text_key", "text_keys", "cpu_limit", "memory_limit", "ForkPool", "default_workers",
           "gc_frozen", "imap_forked", "map_reports", "release_memory", "start_pool", "widen_pipes",
           "workers_from_env", "progress_bar", "TableSink", "read_table", "remove_stale_tables", "write_tables",
           "library_versions", "package_signature", "source_signature"]
