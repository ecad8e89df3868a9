"""Deprecated: moved to gdrkit.meta.ids. This module goes in the next release."""

from ._compat import warn_moved
from .meta.ids import assign_ids, neardup_dir

__all__ = ["assign_ids", "neardup_dir"]

warn_moved("gdrkit.ids", "gdrkit.meta.ids")
