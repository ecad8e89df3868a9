"""Check, correct, report: the evidence page of a report, a researcher's corrections
replayed on every build, and an accuracy estimate from a checked random sample.

- :mod:`.viewer` (with :mod:`.markup`, :mod:`.pagestyle` and :mod:`.cells`): the evidence
  page (``Corpus.show``, ``gdrkit show``);
- :mod:`.corrections`: the corrections file, read, matched and applied after the
  per-report cache (``load_corpus(corrections=...)``, ``gdrkit build --corrections``);
- :mod:`.audit`: the random sample to check, the agreement it measured, corrections from
  the disagreements (``Corpus.audit_sample``, ``gdrkit audit``, :func:`audit_report`);
- :mod:`.folder`: the same on a build's output folder; :mod:`.commands`: ``gdrkit show``
  and ``gdrkit audit``; :mod:`.methods`: the corpus's methods.

It comes after extract and problems (it reads their tables) and before analysis: the
panel is built from the corrected figures.
"""

from __future__ import annotations

from .audit import (
    SHEET_COLUMNS,
    AuditReport,
    audit_report,
    audit_sample,
    corrections_from_audit,
    read_sheet,
    write_sheet,
)
from .cells import measure_label
from .corrections import (
    CORRECTED,
    CORRECTION_COLUMNS,
    SUPERSEDED,
    CorrectionError,
    StaleCorrectionWarning,
    apply_corrections,
    corrections_key,
    load_corrections,
    match_corrections,
    panel_changes,
    read_corrections,
)
from .methods import ReviewMethods
from .viewer import EvidencePage, evidence_page

__all__ = ["SHEET_COLUMNS", "AuditReport", "audit_report", "audit_sample", "corrections_from_audit", "read_sheet",
           "write_sheet", "measure_label", "CORRECTED", "CORRECTION_COLUMNS", "SUPERSEDED", "CorrectionError",
           "StaleCorrectionWarning", "apply_corrections", "corrections_key", "load_corrections", "match_corrections",
           "read_corrections", "ReviewMethods", "EvidencePage", "evidence_page", "panel_changes"]
