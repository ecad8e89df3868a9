"""The section holding a span (gdrkit.text.spans): one rule for figures, problems and
keyword in context."""

from __future__ import annotations

import random

import pandas as pd

from gdrkit.text.spans import innermost_sections
from gdrkit.text.spans import innermost_sections as _section_ids


def test_section_ids_equal_a_plain_loop():
    rng = random.Random(5)
    secs = []
    for rid in ("a", "b", "c", "d"):
        for k in range(rng.randrange(0, 12)):
            s = rng.randrange(0, 200)
            secs.append(dict(report_id=rid, section_id=f"{rid}{k}", depth=rng.randrange(1, 4), start=s,
                             end=s + rng.randrange(0, 120)))
    sections = pd.DataFrame(secs)
    rows = pd.DataFrame([dict(report_id=rng.choice("abcde"), start=(s := rng.randrange(0, 250)),
                              end=s + rng.randrange(0, 30)) for _ in range(400)])
    want = []
    order = sections.sort_values(["report_id", "depth", "start"], kind="stable")
    for rid, s, e in zip(rows.report_id, rows.start, rows.end):
        hits = order[(order.report_id == rid) & (order.start <= s) & (order.end >= e)]
        want.append(hits.section_id.iloc[-1] if len(hits) else "")
    for block in (1, 7, 100, 1 << 20):
        assert _section_ids(rows, sections, block=block) == want


def test_innermost_prefers_a_section_holding_the_whole_span():
    # the problems table's rule (or_start=True); the cases of the function it replaces
    secs = pd.DataFrame([("r", "s1", 1, 0, 100), ("r", "s2", 2, 10, 20), ("r", "s3", 2, 10, 50)],
                        columns=["report_id", "section_id", "depth", "start", "end"])

    def at(a, b):
        return innermost_sections(pd.DataFrame({"report_id": ["r"], "start": [a], "end": [b]}), secs, or_start=True)[0]

    assert at(12, 40) == "s3"
    assert at(12, 200) == "s3"  # holds the start only: deepest, latest
    assert at(200, 210) == ""
    # without or_start (the figures table's rule) a span only its start is in has no section
    assert innermost_sections(pd.DataFrame({"report_id": ["r"], "start": [12], "end": [200]}), secs) == [""]
