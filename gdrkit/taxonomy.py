"""Deprecated: moved to gdrkit.problems (gdrkit.problems.taxonomy). This module goes in the next release."""

from ._compat import warn_moved
from .problems.taxonomy import TAXONOMY_COLUMNS, classify_problem, problem_taxonomy

__all__ = ["TAXONOMY_COLUMNS", "classify_problem", "problem_taxonomy"]

warn_moved("gdrkit.taxonomy", "gdrkit.problems (gdrkit.problems.taxonomy)")
