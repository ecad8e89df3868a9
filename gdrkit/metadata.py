"""Deprecated: moved to gdrkit.meta (gdrkit.meta.user). This module goes in the next release."""

from ._compat import warn_moved
from .meta.user import METADATA_KEYS, MetadataError, join_metadata, read_metadata

__all__ = ["METADATA_KEYS", "MetadataError", "join_metadata", "read_metadata"]

warn_moved("gdrkit.metadata", "gdrkit.meta (gdrkit.meta.user)")
