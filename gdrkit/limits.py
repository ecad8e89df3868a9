"""Deprecated: moved to gdrkit.engine.limits. This module goes in the next release."""

from ._compat import warn_moved
from .engine.limits import cpu_limit, memory_limit

__all__ = ["cpu_limit", "memory_limit"]

warn_moved("gdrkit.limits", "gdrkit.engine.limits")
