"""The tables' columns: the contract between gdrkit and its users, declared once.

Every table gdrkit builds or returns has its columns listed here, in order; the modules
that make the tables import these lists (and re-export them where users look for them:
``gdrkit.extract.FIGURE_COLUMNS`` is :data:`FIGURE_COLUMNS`). Names are added, never
renamed: notebooks, papers and other people's code read them. Nothing here imports
anything.

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
    ``flagged``, then :data:`RATE_COLUMNS`.
tokens
    :data:`TOKEN_COLUMNS` (Parquet only: :data:`PARQUET_ONLY`).
"""

from __future__ import annotations

__all__ = ["REPORT_COLUMNS", "ERROR_COLUMNS", "SECTION_COLUMNS", "SECTION_REPORT_COLUMNS", "FIGURE_COLUMNS",
           "HEADLINE_MEASURES", "CHECK_COLUMNS", "PROBLEM_COLUMNS", "TAXONOMY_COLUMNS", "TOKEN_COLUMNS",
           "PANEL_META_COLUMNS", "RATE_COLUMNS", "KWIC_COLUMNS", "KEYNESS_COLUMNS", "TIDY_COLUMNS", "TABLE_NAMES",
           "PARQUET_ONLY"]

#: One row per input file that could be read as a report.
REPORT_COLUMNS = [
    "report_id", "path", "file", "format", "encoding", "sha1", "n_bytes", "text_raw", "text",
    "n_chars", "title", "agency", "agency_type", "level", "tier", "province", "city", "county",
    "year", "published", "style", "kind", "duplicate_of", "cleaning", "notes",
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

#: The report metadata at the head of each panel row.
PANEL_META_COLUMNS = ["report_id", "path", "file", "agency", "agency_type", "level", "tier", "province", "city",
                      "county", "year", "style", "kind", "duplicate_of"]
#: The rates derived from the measures, at the end of each panel row.
RATE_COLUMNS = ["handled", "grant_rate", "zero_applications", "reconsiderations_per_100_applications",
                "lawsuits_per_100_applications", "review_correction_rate"]

#: Keyword in context.
KWIC_COLUMNS = ["report_id", "section_id", "start", "end", "left", "match", "right"]
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
