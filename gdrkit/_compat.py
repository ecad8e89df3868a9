"""Old module paths kept for one release: each shim module re-exports the names of its new
home and warns (``DeprecationWarning``) that it will go."""

from __future__ import annotations

import importlib
import os
import sys
import warnings

__all__ = ["warn_moved"]

_PACKAGE = os.path.dirname(os.path.abspath(__file__))
#: Frames skipped to find the importer: gdrkit's, and the import machinery's
_SKIPPED = (_PACKAGE, os.path.dirname(importlib.__file__), "<frozen importlib")


def warn_moved(old: str, new: str) -> None:
    """Warn that module ``old`` moved to ``new``: a ``DeprecationWarning`` attributed to the
    code that imported it (not to gdrkit or the import machinery), so that Python and
    Jupyter show it there."""
    level, frame = 2, sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(_SKIPPED):
        frame, level = frame.f_back, level + 1
    warnings.warn(f"{old} is deprecated and will be removed in the next release: import from {new}",
                  DeprecationWarning, stacklevel=level)
