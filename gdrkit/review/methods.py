"""The review methods of :class:`gdrkit.Corpus` (it inherits them): the evidence page of a
report, the audit sample, the pages of the reports drawn. They read the corpus's tables
through its public methods only."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .audit import audit_sample
from .folder import find_report
from .viewer import EvidencePage, evidence_page

__all__ = ["ReviewMethods"]


class ReviewMethods:
    """Mixed into :class:`gdrkit.Corpus` (which has ``reports`` and the table methods)."""

    def show(self, report: str) -> EvidencePage:
        """The evidence page of one report (by report_id, file name or path): shown in
        JupyterLab as it is, ``.save("page.html")`` writes it (:mod:`gdrkit.review.viewer`).

        The cleaned text with the headings marked, every figure highlighted at its span
        (coloured by measure; hover for measure, value, method, confidence, qualifier
        and a table cell's row and column), the stated problems underlined, and beside
        it the checks (failed first), the headline values and every figure.
        """
        rid = find_report(self.reports, report)
        row = self.reports[self.reports["report_id"] == rid].iloc[0]
        return evidence_page(row, sections=self.sections(), figures=self.figures(), problems=self.problems(),
                             checks=self.checks())

    def audit_sample(self, n: int, *, stratify: Sequence[str] = ("measure", "style"), seed: int = 0,
                     measures: Sequence[str] | None = None, pages: str = "pages") -> pd.DataFrame:
        """A stratified random sample of (report, measure) values, not-stated ones
        included, as a sheet to check by hand (:func:`gdrkit.review.audit_sample`): write
        it with :func:`gdrkit.review.write_sheet` and the evidence pages with
        :meth:`write_pages`; read the filled sheet with :func:`gdrkit.audit_report`."""
        return audit_sample(self.reports, self.figures(), n, stratify=stratify, seed=seed, measures=measures,
                            pages=pages)

    def write_pages(self, reports: Sequence[str], folder: str | os.PathLike) -> list[Path]:
        """The evidence pages of these reports (ids, file names or paths) as
        ``folder/<report_id>.html``: the audit sheet's ``page`` links point there."""
        return [self.show(r).save(Path(folder) / f"{find_report(self.reports, r)}.html")
                for r in dict.fromkeys(reports)]
