"""The confidence of each figure (gdrkit.extract.confidence) on figure rows written for
the tests: table cells by their identities, headlines by their flags, a second source or
the identities of their cells, other rows by their kind."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from gdrkit.extract.confidence import (
    NON_HEADLINE,
    contested_left_empty,
    figure_confidence,
    identities_table,
    is_headline,
)


def _row(measure, value, qualifier="", cells=math.nan, agree=math.nan, rid="r"):
    return dict(report_id=rid, measure=measure, value=float(value), unit="applications", approx=False,
                qualifier=qualifier, section_id="", start=0, end=1, evidence="x", method="m", _cells=cells,
                _agree=agree)


#: table 3 whose identities hold (new 5 + carried 1 = total 5 + forward 1; outcomes 5 = total 5)
HOLDS = {"table3.new.total": 5, "table3.carried_over.total": 1, "table3.total.total": 5,
         "table3.carried_forward.total": 1, "table3.granted.total": 4, "table3.partial.total": 1}


def test_confidence_of_each_kind_of_row():
    rows = [_row(k, v) for k, v in HOLDS.items()] + [
        _row("table3.granted.total", 4, rid="s"), _row("table3.new.total", 9, rid="s"),  # s: identities fail
        _row("table3.carried_forward.total", 0, rid="s"), _row("table3.carried_over.total", 0, rid="s"),
        _row("table3.total.total", 4, rid="s"),
        _row("table2.regulations.issued", 3),  # no identity involves it
        _row("table3.denied_law.total", 0, "ambiguous split", rid="t"),  # a flagged cell
        _row("applications_received", 5, cells=["table3.new.total"]),  # its cell's identities hold
        _row("applications_received", 9, cells=["table3.new.total"], rid="s"),  # they fail
        _row("applications_received", 9, cells=["table3.new.total", "table3.nothing.total"], rid="r"),
        _row("proactive_items", 120, agree=2), _row("proactive_items", 120, agree=1.0),
        _row("proactive_items", 120), _row("fees_yuan", 0, "prose states 20"), _row("lawsuits", 1, "candidate"),
        _row("lawsuits", 1, "breakdown"), _row("lawsuits", 1, "annex; table used"), _row("lawsuits", 1, "channel"),
    ]
    df = pd.DataFrame(rows)
    got = figure_confidence(df)
    # s: its granted cell is in the outcomes identity (holds), the others in the balance (fails)
    assert got == ["high"] * 7 + ["low"] * 4 + ["medium", "low", "high", "medium", "medium", "high", "medium",
                                                 "medium", "low", "low", "medium", "medium", "medium"]
    assert figure_confidence(df, identities_table(df)) == got


def test_identities_table_rows_and_cell_status():
    df = pd.DataFrame([_row(k, v) for k, v in HOLDS.items()] + [_row("table3.new.total", 9, rid="s"),
                                                                 _row("table3.total.total", 4, rid="s"),
                                                                 _row("table3.carried_over.total", 0, rid="s"),
                                                                 _row("table3.carried_forward.total", 0, rid="s")])
    checks, status = identities_table(df)
    assert list(checks.columns) == ["report_id", "rule", "ok", "expected", "observed", "evidence"]
    assert checks[["report_id", "rule", "ok"]].values.tolist() == [
        ["r", "table3.balance.total", True], ["r", "table3.outcomes.total", True],
        ["s", "table3.balance.total", False]]
    assert status[("r", "table3.new.total")] is True and status[("s", "table3.new.total")] is False
    assert ("r", "table3.denied_law.total") not in status
    empty = identities_table(df.iloc[:0])
    assert len(empty[0]) == 0 and empty[1] == {}


@pytest.mark.parametrize("qualifier, headline", [
    ("", True), (None, True), ("ambiguous split", True), ("prose states 17", True), ("blank in table", True),
    ("breakdown: 法规公文类", False), ("candidate", False), ("prose; table used", False), ("annex; prose used", False),
    ("combined reconsiderations and lawsuits", False), ("channel", False), ("cumulative", False),
    ("not the year's figure: what should be", False), ("part of the agency", False),
])
def test_is_headline(qualifier, headline):
    assert is_headline(qualifier) is headline
    assert "candidate" in NON_HEADLINE and "" not in NON_HEADLINE


def test_a_contested_cell_whose_identity_fails_is_left_empty():
    """Prose against a table cell: where an identity of the cell fails, no rule can choose
    (the table's value becomes a candidate, the measure has no headline); where they hold,
    the table's value stays, flagged."""
    rows = [_row(k, v) for k, v in HOLDS.items()] + [
        _row("table3.granted.total", 3, rid="s"), _row("table3.new.total", 5, rid="s"),  # s: 3 + 1 != 5
        _row("table3.carried_forward.total", 1, rid="s"), _row("table3.carried_over.total", 1, rid="s"),
        _row("table3.total.total", 5, rid="s"), _row("table3.partial.total", 1, rid="s"),
        _row("applications_granted", 4, "prose states 5", cells=["table3.granted.total"]),
        _row("applications_granted", 3, "prose states 4", cells=["table3.granted.total"], rid="s"),
        _row("applications_granted", 4, "prose; table used", rid="s"),
    ]
    df = pd.DataFrame(rows)
    out = contested_left_empty(df, identities_table(df))
    q = dict(zip(zip(out["report_id"], out["measure"], out["value"]), out["qualifier"]))
    assert q[("r", "applications_granted", 4.0)] == "prose states 5"
    assert q[("s", "applications_granted", 3.0)] == "candidate: prose states 4; an identity of its cells fails"
    assert not is_headline(q[("s", "applications_granted", 3.0)])
    assert q[("s", "applications_granted", 4.0)] == "prose; table used"
