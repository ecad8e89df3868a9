"""Deprecated: moved to gdrkit.pipeline.streaming. This module goes in the next release."""

from ._compat import warn_moved
from .pipeline.streaming import CHUNK_REPORTS, SHARD_CHARS, SHARD_REPORTS, BuildResult, build_tables

__all__ = ["CHUNK_REPORTS", "SHARD_CHARS", "SHARD_REPORTS", "BuildResult", "build_tables"]

warn_moved("gdrkit.stream", "gdrkit.pipeline.streaming")
