"""Statistics annexes linked to their reports (``reports.annex_of``).

A statistics annex (``kind == "statistics"``: the year's 统计表 published as a file of its
own beside the report, e.g. ``hebei-spider__jyt-2018-table.txt``; its text often names no
agency and no year) belongs to one report. Its ``annex_of`` is that report's report_id,
found by the first rule that gives exactly one report, among the reports that are neither
annexes nor duplicates (``duplicate_of`` empty):

1. **agency and year**: when the annex states both, the report of the same agency
   (``agency_id`` where filled, else ``agency`` as printed: see
   :func:`gdrkit.meta.keys.agency_keys`) and the same year;
2. **file name**: the report in the same folder whose file name without its extension is
   the annex's without a suffix that names an annex (:data:`ANNEX_SUFFIX`: ``table``,
   ``tables``, ``tab``, ``stat``, ``stats``, ``statistics``, ``annex``, ``appendix``,
   ``附件``, ``附表``, ``统计表``, ``统计``, ``数据表``, ``情况统计表``, each maybe after a ``-``,
   ``_``, ``.``, space or ``(`` and before a number or ``)``; letters compared in lower case):
   ``jyt-2018-table.txt`` → ``jyt-2018.txt``, ``2015年报告附件1.pdf`` → ``2015年报告.pdf``.

An annex no rule links keeps ``annex_of`` empty (and stays a row of the panel, with
``kind`` saying what it is). The panel folds a linked annex into its report: the annex's
headline values fill the measures the report leaves missing (see
:func:`gdrkit.analysis.panel.build_panel`).
"""

from __future__ import annotations

import os
import re

import pandas as pd

from .keys import agency_keys

__all__ = ["link_annexes", "annex_stem", "ANNEX_SUFFIX"]

#: The end of an annex's file name (without extension) that the report's file name lacks.
ANNEX_SUFFIX = re.compile(
    r"[\s._\-(（]*(?:情况统计表|统计表|数据表|附件|附表|统计|tables?|tab|stats?|statistics|annex|appendix)"
    r"\s*\d*[)）]?$", re.IGNORECASE)


def annex_stem(file: str) -> str | None:
    """The file name (without extension, lower case) of the report an annex named ``file``
    belongs to by rule 2, or None when the name has no annex suffix."""
    stem = os.path.splitext(os.path.basename(file))[0]
    cut = ANNEX_SUFFIX.sub("", stem)
    return cut.lower() if cut != stem and cut else None


def link_annexes(reports: pd.DataFrame) -> list[str | None]:
    """``annex_of`` for every row of ``reports`` (report_id, path, kind, year, agency and
    maybe agency_id, duplicate_of): the report_id of the report each statistics annex
    belongs to (see the module docstring), None for the other rows and for an annex no
    rule links."""
    n = len(reports)
    if "kind" not in reports.columns or not n:
        return [None] * n
    kinds = reports["kind"].tolist()
    annex = [k == "statistics" for k in kinds]
    if not any(annex):
        return [None] * n
    ids = reports["report_id"].tolist()
    dup = reports["duplicate_of"].tolist() if "duplicate_of" in reports.columns else [None] * n
    keys = agency_keys(reports)
    years = [None if pd.isna(y) else int(y) for y in reports["year"].tolist()] if "year" in reports.columns \
        else [None] * n
    paths = reports["path"].tolist()
    by_key: dict[tuple, list[int]] = {}
    by_name: dict[tuple, list[int]] = {}
    for i in range(n):
        if annex[i] or isinstance(dup[i], str):
            continue
        if keys[i] is not None and years[i] is not None:
            by_key.setdefault((keys[i], years[i]), []).append(i)
        stem = os.path.splitext(os.path.basename(paths[i]))[0].lower()
        by_name.setdefault((os.path.dirname(paths[i]), stem), []).append(i)
    out: list[str | None] = [None] * n
    for i in range(n):
        if not annex[i]:
            continue
        found = by_key.get((keys[i], years[i]), []) if keys[i] is not None and years[i] is not None else []
        if len(found) != 1:
            stem = annex_stem(paths[i])
            found = by_name.get((os.path.dirname(paths[i]), stem), []) if stem else []
        if len(found) == 1:
            out[i] = ids[found[0]]
    return out
