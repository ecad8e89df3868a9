"""The tables' columns: the contract between gdrkit and its users, declared once.

Every table gdrkit builds or returns has its columns listed here, in order; the modules
that make the tables import these lists (and re-export them where users look for them:
``gdrkit.extract.FIGURE_COLUMNS`` is :data:`FIGURE_COLUMNS`). Names are added, never
renamed: notebooks, papers and other people's code read them. Nothing here imports
more than the standard library, and nothing is read at import.

The meaning of each panel column (English and Chinese), its unit, its source and what a
missing value means are in one data file, ``gdrkit/data/panel_codebook.csv``, read by
:func:`panel_column_info`: the codebook of ``gdrkit build`` (``codebook.csv``,
``codebook.md``) and the variable labels of ``panel.dta`` come from there.

The tables of ``gdrkit build`` (:data:`TABLE_NAMES`)
----------------------------------------------------
reports
    :data:`REPORT_COLUMNS`, then the columns of the user's metadata table.
errors
    :data:`ERROR_COLUMNS`: every input file that is not in ``reports``, and why.
sections
    :data:`SECTION_COLUMNS`, then :data:`SECTION_REPORT_COLUMNS` copied from the report.
figures
    :data:`FIGURE_COLUMNS`; the measures are :data:`HEADLINE_MEASURES` and the template
    cells ``table3.<row>.<column>``, ``table4.<group>.<result>``, ``table2.<item>.<column>``.
checks
    :data:`CHECK_COLUMNS`.
problems
    :data:`PROBLEM_COLUMNS`.
panel
    :data:`PANEL_META_COLUMNS`, the user metadata, one column per headline measure,
    :data:`APPROX_COLUMNS`, :data:`PANEL_NOTE_COLUMNS`, then :data:`RATE_COLUMNS`; one
    row per distinct report (no duplicate, no statistics annex linked to its report).
tokens
    :data:`TOKEN_COLUMNS` (Parquet only: :data:`PARQUET_ONLY`).
"""

from __future__ import annotations

import csv
from pathlib import Path

__all__ = ["REPORT_COLUMNS", "ERROR_COLUMNS", "SECTION_COLUMNS", "SECTION_REPORT_COLUMNS", "FIGURE_COLUMNS",
           "HEADLINE_MEASURES", "CHECK_COLUMNS", "PROBLEM_COLUMNS", "TAXONOMY_COLUMNS", "TOKEN_COLUMNS",
           "PANEL_META_COLUMNS", "APPROX_COLUMNS", "PANEL_NOTE_COLUMNS", "RATE_COLUMNS", "KWIC_COLUMNS", "KWIC_REPORT_COLUMNS",
           "KWIC_AGENCY_COLUMNS", "KEYNESS_COLUMNS", "TIDY_COLUMNS", "TABLE_NAMES",
           "PARQUET_ONLY", "PANEL_FILES", "CODEBOOK_COLUMNS", "panel_column_info"]

#: One row per input file that could be read as a report. ``agency`` is the name as
#: printed, ``agency_id``/``agency_name`` the canonical agency, ``adcode`` (an integer) the
#: GB/T 2260 code of its division in the year covered; ``level`` is deprecated (kept one
#: release with its old values 省级/市级/县级/乡镇/部门): use ``agency_type`` and ``tier``.
REPORT_COLUMNS = [
    "report_id", "path", "file", "format", "encoding", "sha1", "n_bytes", "text_raw", "text",
    "n_chars", "title", "agency", "agency_id", "agency_name", "agency_type", "level", "tier", "adcode",
    "province", "city", "county", "year", "published", "style", "kind", "duplicate_of", "annex_of", "cleaning",
    "notes",
]
#: One row per input file that is not a report (``stage`` says where it failed).
ERROR_COLUMNS = ["path", "stage", "error"]

#: One row per outline section (a preamble at depth 0, then one per heading).
SECTION_COLUMNS = ["report_id", "section_id", "order", "depth", "number", "heading", "kind", "start", "end", "text"]
#: Report columns copied into the sections table (when the reports table has them).
SECTION_REPORT_COLUMNS = ("year", "agency", "level", "style")

#: The long figures table: one row per value read, with its evidence.
FIGURE_COLUMNS = ["report_id", "measure", "value", "unit", "approx", "qualifier", "section_id",
                  "start", "end", "evidence", "method", "confidence"]
#: The measures with a headline value per report (extend, never rename).
HEADLINE_MEASURES = (
    "applications_received", "applications_carried_over", "applications_granted", "applications_partial",
    "applications_denied", "applications_unable", "applications_not_processed",
    "applications_carried_forward", "proactive_items", "reconsiderations", "lawsuits", "fees_yuan",
    "consultations",
)

#: Identity checks of the template tables, and the extraction's notes.
CHECK_COLUMNS = ["report_id", "rule", "ok", "expected", "observed", "evidence"]

#: One row per stated problem.
PROBLEM_COLUMNS = ["report_id", "problem_id", "text", "category", "categories", "matched",
                   "section_id", "start", "end"]
#: The problem taxonomy (``data/problem_taxonomy.csv``, or the user's own).
TAXONOMY_COLUMNS = ["category", "label_zh", "label_en", "keywords", "description"]

#: Tokens per report (``section_id`` empty) or per section.
TOKEN_COLUMNS = ["report_id", "section_id", "tokens", "n_tokens"]

#: The report metadata at the head of each panel row (those the reports table has).
PANEL_META_COLUMNS = ["report_id", "path", "file", "agency_id", "agency_name", "agency", "agency_type", "level",
                      "tier", "adcode", "province", "city", "county", "year", "style", "kind", "duplicate_of"]
#: One flag per headline measure, after the measures: True where the value was stated as
#: approximate (余/多/约: ``figures.approx``), NA where the value is missing.
APPROX_COLUMNS = tuple(f"approx_{m}" for m in HEADLINE_MEASURES)
#: Notes on each panel row, after the approx flags: qualified headline values, and values
#: taken from the report's statistics annex.
PANEL_NOTE_COLUMNS = ("flagged", "filled_from")
#: The rates derived from the measures, at the end of each panel row.
RATE_COLUMNS = ["handled", "grant_rate", "zero_applications", "reconsiderations_per_100_applications",
                "lawsuits_per_100_applications", "review_correction_rate"]

#: Keyword in context.
KWIC_COLUMNS = ["report_id", "section_id", "start", "end", "left", "match", "right"]
#: Report columns ``Corpus.kwic`` adds to each match (those the reports table has).
KWIC_REPORT_COLUMNS = ("agency_id", "agency_name", "agency", "year", "tier")
#: ``Corpus.kwic(..., by="agency")``: matches per agency (the first column is the grouping
#: key: ``agency_id``, or ``agency`` when the reports table has no agency ids).
KWIC_AGENCY_COLUMNS = ["agency_id", "agency_name", "n_matches", "n_reports", "reports", "share_reports", "years",
                       "example"]
#: Keyness of words for a target group.
KEYNESS_COLUMNS = ["feature", "statistic", "p", "n_target", "n_reference", "rate_target", "rate_reference",
                   "measure"]
#: A fitted model's coefficients: per term its estimate and inference, the reports and
#: clusters of the model (n, clusters), those that carry the term (n_reports, n_clusters)
#: and a warning when either is thin (gdrkit.analysis.models.fit_model).
TIDY_COLUMNS = ["term", "estimate", "se", "ci_low", "ci_high", "p", "n", "clusters", "n_reports", "n_clusters",
                "warning", "model", "family", "se_type", "inference", "fixed_effects", "ci_level"]

#: Every table ``gdrkit build`` can write.
TABLE_NAMES = ("reports", "errors", "sections", "figures", "checks", "problems", "panel", "tokens")
#: Tables written as Parquet only (list columns do not fit a CSV).
PARQUET_ONLY = ("tokens",)
#: Files written beside the panel's table files (:mod:`gdrkit.engine.stata`).
PANEL_FILES = ("panel.dta", "codebook.csv", "codebook.md")

#: The codebook: one row per panel column.
CODEBOOK_COLUMNS = ["column", "stata_name", "type", "stata_type", "label_en", "label_zh", "unit", "source",
                    "missing", "stata_label"]
_CODEBOOK = Path(__file__).parent / "data" / "panel_codebook.csv"


def panel_column_info(columns) -> list[dict[str, str]]:
    """What each of ``columns`` (the panel's) means: label_en, label_zh, unit, source,
    missing (what an empty value means), from ``gdrkit/data/panel_codebook.csv``;
    ``approx_<measure>`` from its measure's entry; a column the file does not describe is
    the user's metadata (joined from ``--metadata``)."""
    with open(_CODEBOOK, encoding="utf-8", newline="") as f:
        known = {r["column"]: r for r in csv.DictReader(f)}
    out = []
    for c in columns:
        c = str(c)
        base = known.get(c.removeprefix("approx_")) if c.startswith("approx_") else None
        if c in known:
            info = {k: known[c][k] for k in ("label_en", "label_zh", "unit", "source", "missing")}
        elif base is not None:
            info = dict(label_en=f"Approximate (余/多/约): {base['label_en']}", label_zh=f"{base['label_zh']}（约数）",
                        unit="yes/no", source="figures.approx of the headline value: stated with 余, 多, 约 …",
                        missing=f"missing when {c.removeprefix('approx_')} is missing")
        elif c.endswith("_user") and c.removesuffix("_user") in known:
            info = dict(label_en=f"Your metadata: {c.removesuffix('_user')}", label_zh="用户元数据",
                        unit="", source="your metadata CSV (a column named like gdrkit's gets _user)",
                        missing="as in your CSV")
        else:
            info = dict(label_en=f"Your metadata: {c}", label_zh="用户元数据", unit="",
                        source="your metadata CSV (load_corpus(metadata=...), gdrkit build --metadata)",
                        missing="as in your CSV")
        out.append({"column": c, **info})
    return out
