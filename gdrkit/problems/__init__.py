"""Stated problems (存在问题): find the passage, split it into statements, classify them."""

from __future__ import annotations

from .find import PROBLEM_COLUMNS, find_problems, problem_spans
from .taxonomy import classify_problem, problem_taxonomy

__all__ = ["find_problems", "problem_taxonomy", "classify_problem", "problem_spans", "PROBLEM_COLUMNS"]
