"""Flags on headline figure rows: a value kept, with the reading a careful reader would
question said in its qualifier (the panel's ``flagged`` lists it; its confidence is low)."""

from __future__ import annotations

import re

from .confidence import is_headline

__all__ = ["flag_row", "flag_already_public"]


def flag_row(row: dict, flag: str) -> None:
    """Add a flag to a headline row's qualifier (the panel lists it; confidence is low)."""
    row["qualifier"] = f"{row['qualifier']}; {flag}" if row["qualifier"] else flag


#: a count of requests for what was already public (告知获取途径的9件, 属于已主动公开范围数 件 9,
#: 属于已主动公开范围数,件,15)
_ALREADY_PUBLIC = re.compile(r"(?:属于已(?:主动)?公开|已(?:主动)?公开(?:的)?范围|告知(?:其)?获取(?:的)?(?:方式和)?途径)"
                             r"[^。\n\d]{0,12}?(件[ \t,|]*)?(\d+)\s*(件)?")


def flag_already_public(rows: list[dict], text: str) -> None:
    """A granted count outside the template table (which defines 予以公开) beside a count of
    requests answered with where the information is already public: whether those belong
    to the granted ones the report does not say (flagged, the value kept)."""
    head = next((r for r in rows if r["measure"] == "applications_granted" and is_headline(r["qualifier"])
                 and not r["method"].startswith("template")), None)
    if head is None:
        return
    for m in _ALREADY_PUBLIC.finditer(text):
        if (m.group(1) or m.group(3)) and int(m.group(2)) > 0:
            flag_row(head, f"judgement: {m.group(2)} already public counted apart")
            return
