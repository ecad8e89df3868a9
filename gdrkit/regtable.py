"""Deprecated: moved to gdrkit.analysis.regtable. This module goes in the next release."""

from ._compat import warn_moved
from .analysis.regtable import compare_models

__all__ = ["compare_models"]

warn_moved("gdrkit.regtable", "gdrkit.analysis.regtable")
