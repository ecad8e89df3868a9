"""Deprecated: moved to gdrkit.pipeline.caches. This module goes in the next release."""

from ._compat import warn_moved
from .pipeline.caches import cache_folders, prune_cache

__all__ = ["cache_folders", "prune_cache"]

warn_moved("gdrkit.cache_admin", "gdrkit.pipeline.caches")
