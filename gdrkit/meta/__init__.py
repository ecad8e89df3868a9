"""What each report is: fields read from its text (title, agency, level, place, year,
style, kind), report ids and duplicates, and the user's own metadata table."""

from __future__ import annotations

from .fields import (PROVINCES, ReportMeta, agency_level, extract_meta, place_names, published_date, report_agency,
                     report_kind, report_style, report_title, report_year)
from .user import METADATA_KEYS, MetadataError, join_metadata, read_metadata

__all__ = ["ReportMeta", "PROVINCES", "extract_meta", "report_year", "report_title", "report_agency", "published_date",
           "agency_level", "report_style", "report_kind", "place_names",
           "MetadataError", "read_metadata", "join_metadata", "METADATA_KEYS"]
