"""Deprecated: moved to gdrkit.pipeline.reading (and gdrkit.pipeline.tablecache). This module goes in the next release."""

from ._compat import warn_moved
from .engine.versions import package_signature
from .pipeline.reading import code_signature, file_key, file_sha1, last_stats, read_files, read_reports, reports_cache
from .pipeline.tablecache import cached_table, loaded_fingerprint, tables_dir

__all__ = ["code_signature", "file_key", "file_sha1", "last_stats", "read_files", "read_reports", "reports_cache",
           "cached_table", "loaded_fingerprint", "tables_dir", "package_signature"]

warn_moved("gdrkit.build", "gdrkit.pipeline.reading (and gdrkit.pipeline.tablecache)")
