"""Stated problems (存在问题): find the passage, split it into statements, classify them.

:mod:`.find` finds each report's problems passage (a section, a sub-heading or a
sentence announcing them), cuts off the improvements and splits enumerated items;
:mod:`.split` splits a passage that lists problems in prose; :mod:`.taxonomy` labels each
statement with the editable keyword taxonomy (``data/problem_taxonomy.csv``).
"""

from __future__ import annotations

from .find import PROBLEM_COLUMNS, find_problems, problem_spans
from .taxonomy import TAXONOMY_COLUMNS, classify_problem, problem_taxonomy

__all__ = ["find_problems", "problem_taxonomy", "classify_problem", "problem_spans", "PROBLEM_COLUMNS",
           "TAXONOMY_COLUMNS"]
