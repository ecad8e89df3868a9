"""Deprecated: moved to gdrkit.notebook (and gdrkit.analysis). This module goes in the next release."""

from .._compat import warn_moved
from ..notebook import (
    OUTCOMES,
    PAPER_MODELS,
    checks_summary,
    data_path,
    describe_corpus,
    factor_references,
    failed_checks,
    figures_path,
    fit_models,
    fit_or_explain,
    not_estimated,
    optional_table,
    paper_table,
    period_groups,
    template_outcomes,
    totals_table,
    unique_reports,
    with_report_meta,
)

__all__ = ["OUTCOMES", "PAPER_MODELS", "checks_summary", "data_path", "describe_corpus", "factor_references",
           "failed_checks", "figures_path", "fit_models", "fit_or_explain", "not_estimated", "optional_table",
           "paper_table", "period_groups", "template_outcomes", "totals_table", "unique_reports", "with_report_meta"]

warn_moved("gdrkit.plot.notebook", "gdrkit.notebook (and gdrkit.analysis)")
