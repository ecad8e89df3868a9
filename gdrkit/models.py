"""Deprecated: moved to gdrkit.analysis (gdrkit.analysis.models). This module goes in the next release."""

from ._compat import warn_moved
from .analysis.models import DEFAULT_FAMILY, FAMILIES, FORMULAS, TIDY_COLUMNS, ModelError, fit_model, reference_levels
from .analysis.panel import problem_flags
from .analysis.regtable import compare_models

__all__ = ["DEFAULT_FAMILY", "FAMILIES", "FORMULAS", "TIDY_COLUMNS", "ModelError", "fit_model", "reference_levels",
           "problem_flags", "compare_models"]

warn_moved("gdrkit.models", "gdrkit.analysis (gdrkit.analysis.models)")
