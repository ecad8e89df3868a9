"""What each report is: fields read from its text (title, agency as printed, its place and
division code, the canonical agency, year, style, kind), report ids and duplicates, and
the user's own metadata table.

:mod:`.patterns` (years, dates, organisation names, header fields), :mod:`.gazetteer`
(China's divisions by year) → :mod:`.places` → :mod:`.agency` → :mod:`.canonical`
(agency_id, agency_name, agency_type, tier) → :mod:`.fields` (everything at once:
:func:`extract_meta`);
:mod:`.ids` (report ids, duplicates) and :mod:`.user` (the user's CSV) work on the whole
``reports`` table.
"""

from __future__ import annotations

from .agency import agency_level, report_agency
from .canonical import Canonical, canonical_agency
from .fields import ReportMeta, extract_meta, published_date, report_kind, report_style, report_title, report_year
from .ids import assign_ids, neardup_dir
from .places import PROVINCES, Place, dominant_province, place_names, report_place
from .user import METADATA_KEYS, MetadataError, join_metadata, read_metadata

__all__ = ["ReportMeta", "PROVINCES", "extract_meta", "report_year", "report_title", "report_agency", "published_date",
           "agency_level", "report_style", "report_kind", "place_names", "dominant_province",
           "Place", "report_place", "Canonical", "canonical_agency",
           "assign_ids", "neardup_dir",
           "MetadataError", "read_metadata", "join_metadata", "METADATA_KEYS"]
