"""Deprecated: moved to gdrkit.engine.sink. This module goes in the next release."""

from ._compat import warn_moved
from .engine.sink import TableSink

__all__ = ["TableSink"]

warn_moved("gdrkit.sink", "gdrkit.engine.sink")
