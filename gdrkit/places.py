"""Deprecated: moved to gdrkit.meta.places. This module goes in the next release."""

from ._compat import warn_moved
from .meta.places import PROVINCES, place_names

__all__ = ["PROVINCES", "place_names"]

warn_moved("gdrkit.places", "gdrkit.meta.places")
