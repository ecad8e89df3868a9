"""Which section holds a span of a report's text: the one helper every table uses to fill
its ``section_id`` (figures, problems, keyword in context).

Sections nest (a depth-1 section holds its sub-sections), so several can hold a span; the
innermost one is the deepest, and of two at the same depth the one that starts later (of
two that also start at the same place, the later row of the sections table). A span is
held when the section starts at or before the span's start and ends at or after its end.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["innermost_sections"]


def innermost_sections(spans: pd.DataFrame, sections: pd.DataFrame, *, or_start: bool = False,
                       block: int = 1 << 20) -> list[str]:
    """The ``section_id`` of the innermost section holding each span ("" when none does).

    Parameters
    ----------
    spans : DataFrame
        report_id, start, end: spans of ``reports.text`` (a keyword hit is the span of
        its first character).
    sections : DataFrame
        The ``sections`` table (report_id, section_id, depth, start, end); any table of
        spans with those columns (they need not nest).
    or_start : bool
        When no section holds the whole span, take the innermost one holding its start
        (``start <= span start < end``): a span that runs over a section's end still
        belongs to the section it begins in.
    block : int
        Every (span, section of its report) pair is tested at once, in blocks of whole
        spans with at most ``block`` pairs (or a single span).

    Returns
    -------
    list of str
        One section_id per row of ``spans``, in order.
    """
    if not len(sections) or not len(spans):
        return [""] * len(spans)
    starts, ends, ids, secs = _sections_by_report(sections)
    # each span's sections: positions lo..hi-1 of g, in (depth, start) order
    if sections["report_id"].isna().any():  # dict lookups: a missing id matched as a dict matches it
        where = np.array([secs.get(rid, (0, 0)) for rid in spans["report_id"].tolist()], dtype=np.int64)
    else:  # the same lookups, hashed by pandas (no missing key, so no question of matching one)
        at = pd.Index(list(secs), dtype=object).get_indexer(spans["report_id"].astype(object))
        where = np.array([*secs.values(), (0, 0)], dtype=np.int64).reshape(-1, 2)[at]  # -1: not found
    lo, count = where[:, 0], where[:, 1] - where[:, 0]
    out = np.full(len(spans), "", dtype=object)
    span_s, span_e = spans["start"].to_numpy(), spans["end"].to_numpy()
    cum = np.cumsum(count)
    first = 0
    while first < len(spans):
        # spans first..last-1, with at most ``block`` pairs (at least one span)
        base = int(cum[first - 1]) if first else 0
        last = max(first + 1, int(np.searchsorted(cum, base + block, side="right")))
        r = np.arange(first, last)
        c = count[first:last]
        has = c > 0
        r, c = r[has], c[has]
        if len(r):
            pair_span = np.repeat(r, c)
            offsets = np.cumsum(c) - c  # first pair of each span
            pair_sec = np.repeat(lo[r] - offsets, c) + np.arange(int(c.sum()))
            holds = (starts[pair_sec] <= span_s[pair_span]) & (ends[pair_sec] >= span_e[pair_span])
            # the last section holding the span is the deepest (then the latest)
            inner = np.maximum.reduceat(np.where(holds, pair_sec, -1), offsets)
            if or_start:
                at_start = (starts[pair_sec] <= span_s[pair_span]) & (ends[pair_sec] > span_s[pair_span])
                inner = np.where(inner >= 0, inner, np.maximum.reduceat(np.where(at_start, pair_sec, -1), offsets))
            out[r[inner >= 0]] = ids[inner[inner >= 0]]
        first = last
    return out.tolist()


def _sections_by_report(sections: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict]:
    """start, end and section_id of the sections grouped by report, each report's in
    (depth, start, row) order, and report_id → (first, last + 1) of its rows there."""
    rid = sections["report_id"]
    depth, start = sections["depth"].to_numpy(), sections["start"].to_numpy()
    codes, uniques = pd.factorize(rid)
    if (codes < 0).any() or not all(np.issubdtype(a.dtype, np.integer) for a in (depth, start)):
        # a missing report_id, or positions that are not plain integers: sorted by pandas
        g = sections[["report_id", "section_id", "depth", "start", "end"]].sort_values(
            ["report_id", "depth", "start"], kind="stable")
        rids = g["report_id"].to_numpy(dtype=object)
        bounds = np.flatnonzero(rids[1:] != rids[:-1]) + 1
        secs = {rids[lo]: (lo, hi) for lo, hi in zip(np.r_[0, bounds].tolist(), np.r_[bounds, len(rids)].tolist())}
        return g["start"].to_numpy(), g["end"].to_numpy(), g["section_id"].to_numpy(dtype=object), secs
    # the rows of a report together (reports in order of first appearance: where each
    # report's block lies does not matter, only what is in it), stably by depth then start
    order = np.lexsort((start, depth, codes))
    code = codes[order]
    bounds = np.flatnonzero(code[1:] != code[:-1]) + 1
    keys = uniques.take(code[np.r_[0, bounds]]).tolist()
    secs = dict(zip(keys, zip(np.r_[0, bounds].tolist(), np.r_[bounds, len(code)].tolist())))
    return (start[order], sections["end"].to_numpy()[order],
            sections["section_id"].to_numpy(dtype=object)[order], secs)
