"""Deprecated: moved to gdrkit.io (gdrkit.io.discover). This module goes in the next release."""

from ._compat import warn_moved
from .io.discover import SUPPORTED_SUFFIXES, FileNameError, discover_files

__all__ = ["SUPPORTED_SUFFIXES", "FileNameError", "discover_files"]

warn_moved("gdrkit.discover", "gdrkit.io (gdrkit.io.discover)")
