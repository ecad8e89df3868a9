"""Analyses of the gdrkit tables: the panel (one row per distinct report) and the checks
across years, keyword in context,
keyness, text reuse, the words of problem statements, regression models and the paper's
tables, and the names of all of these in words (labels).

``gdrkit.kwic`` and ``gdrkit.keyness`` are the functions of :mod:`.kwic` and :mod:`.keyness`
(not exported here, where the names are those of the modules).
"""

from __future__ import annotations

from .across_years import ACROSS_YEAR_RULES, across_year_checks
from .categories import category_shares, report_categories, statement_categories
from .composition import agencies_pooled, balanced_panel, balanced_range, unit_column
from .formulas import DEFAULT_FAMILY, FAMILIES, FORMULAS, formula_columns, reference_levels
from .keyness import KEYNESS_COLUMNS, period_groups, problem_keyness
from .kwic import KWIC_COLUMNS, kwic_by_agency, with_report_columns
from .labels import LABELS, label, model_label, term_label
from .models import ModelError, SupportWarning, fit_model
from .panel import (
                    APPROX_COLUMNS,
                    PANEL_META_COLUMNS,
                    RATE_COLUMNS,
                    build_panel,
                    metadata_columns,
                    numeric_metadata,
                    problem_flags,
                    staffing_table,
                    totals_by,
)
from .paper import (
                    OUTCOMES,
                    PAPER_MODELS,
                    factor_references,
                    fit_models,
                    fit_or_explain,
                    not_estimated,
                    paper_table,
                    template_outcomes,
                    totals_table,
)
from .regtable import compare_models
from .reuse import lsh_params, problem_reuse, text_reuse
from .words import (
                    LIST_MARKER,
                    PROBLEM_WORDS,
                    is_problem_word,
                    problem_stopwords,
                    problem_tokens,
                    problem_word_frequencies,
                    tokens_of,
)

__all__ = [
    "build_panel", "totals_by", "staffing_table", "problem_flags", "metadata_columns", "numeric_metadata",
    "PANEL_META_COLUMNS", "RATE_COLUMNS", "APPROX_COLUMNS", "across_year_checks", "ACROSS_YEAR_RULES",
    "KWIC_COLUMNS", "kwic_by_agency", "with_report_columns", "problem_keyness", "period_groups", "KEYNESS_COLUMNS",
    "text_reuse", "problem_reuse", "lsh_params",
    "problem_word_frequencies", "problem_tokens", "tokens_of", "problem_stopwords", "is_problem_word",
    "PROBLEM_WORDS", "LIST_MARKER",
    "category_shares", "report_categories", "statement_categories", "agencies_pooled", "balanced_panel",
    "balanced_range", "unit_column",
    "FORMULAS", "DEFAULT_FAMILY", "FAMILIES", "formula_columns", "reference_levels", "fit_model", "ModelError",
    "SupportWarning",
    "compare_models",
    "fit_or_explain", "fit_models", "factor_references", "not_estimated", "paper_table", "totals_table",
    "template_outcomes", "OUTCOMES", "PAPER_MODELS",
    "LABELS", "label", "model_label", "term_label",
]
