"""Deprecated: moved to gdrkit.engine.progress. This module goes in the next release."""

from ._compat import warn_moved
from .engine.progress import progress_bar

__all__ = ["progress_bar"]

warn_moved("gdrkit.progress", "gdrkit.engine.progress")
