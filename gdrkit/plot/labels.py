"""Deprecated: moved to gdrkit.analysis.labels (gdrkit.plot still exports label, LABELS, ...). This module goes in the next release."""

from .._compat import warn_moved
from ..analysis.labels import FAMILY_NAMES, LABELS, MODEL_NAMES, TERM_NAMES, label, model_label, term_label

__all__ = ["FAMILY_NAMES", "LABELS", "MODEL_NAMES", "TERM_NAMES", "label", "model_label", "term_label"]

warn_moved("gdrkit.plot.labels", "gdrkit.analysis.labels (gdrkit.plot still exports label, LABELS, ...)")
