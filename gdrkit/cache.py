"""Deprecated: moved to gdrkit.engine.cache. This module goes in the next release."""

from ._compat import warn_moved
from .engine.cache import (
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

__all__ = ["ROW_GROUP", "PartCache", "atomic_write", "default_cache_dir", "map_threads", "new_temp_file",
           "parquet_options", "text_key", "text_keys"]

warn_moved("gdrkit.cache", "gdrkit.engine.cache")
