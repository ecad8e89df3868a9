"""Figures with evidence from the reports: template tables, prose, statistics annexes.

``extract_figures(reports, sections)`` gives the long ``figures`` table (report_id,
measure, value, unit, approx, qualifier, section_id, start, end, evidence, method);
``check_figures(figures)`` gives the ``checks`` table (report_id, rule, ok, expected,
observed, evidence). Measure names: see :data:`HEADLINE_MEASURES` and the cell names in
:mod:`gdrkit.extract.template`; the prose rules are in :mod:`gdrkit.extract.prose` (over
the statements of :mod:`gdrkit.extract.statements`), the annex rules in
:mod:`gdrkit.extract.annex`, the confidence of each figure in
:mod:`gdrkit.extract.confidence`, agreement with hand-checked values in
:mod:`gdrkit.extract.evaluate`.

A row with an empty ``qualifier`` is the headline figure of its measure for that report
(at most one per report and measure); qualified rows are breakdowns ("breakdown: …"),
other candidates ("candidate"), values superseded by a table ("prose; table used",
"annex; …"), or flags ("ambiguous split", "two columns run together, split by rule").
"""

from __future__ import annotations

from .checks import CHECK_COLUMNS, check_figures
from .figures import FIGURE_COLUMNS, HEADLINE_MEASURES, extract_figures

__all__ = ["extract_figures", "check_figures", "FIGURE_COLUMNS", "CHECK_COLUMNS", "HEADLINE_MEASURES"]
