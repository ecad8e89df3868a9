"""Identity checks of the template tables."""

from __future__ import annotations

import pandas as pd
import pytest

from gdrkit.extract import check_figures

from conftest import by_file


def _figs(cells: dict) -> pd.DataFrame:
    rows = [dict(report_id="r", measure=k, value=float(v), unit="applications", approx=False, qualifier="",
                 section_id="", start=0, end=1, evidence="x", method="template_table") for k, v in cells.items()]
    return pd.DataFrame(rows)


def test_balance_and_table4_rules():
    cells = {"table3.new.total": 5, "table3.carried_over.total": 1, "table3.total.total": 5,
             "table3.carried_forward.total": 0, "table3.granted.total": 5,
             "table4.review.upheld": 1, "table4.review.corrected": 1, "table4.review.other": 0,
             "table4.review.pending": 0, "table4.review.total": 3}
    raw = check_figures(_figs(cells))
    assert list(raw.columns) == ["report_id", "rule", "ok", "expected", "observed", "evidence"]
    ch = raw.set_index("rule")
    assert not ch.loc["table3.balance.total", "ok"]  # 5 + 1 != 5 + 0
    assert ch.loc["table3.outcomes.total", "ok"]
    assert not ch.loc["table4.review", "ok"]
    assert "table4.review.total=3" in ch.loc["table4.review", "evidence"]


def test_consistent_report_passes(shared_corpus):
    ch = shared_corpus.checks()
    rid = by_file(shared_corpus, "hebei-spider__gxt-2021.txt")["report_id"]
    g = ch[(ch.report_id == rid) & ch.rule.str.startswith(("table3.balance", "table3.outcomes", "table4."))]
    assert len(g) >= 17 and g.ok.all()


def test_inconsistent_source_table_is_reported(shared_corpus):
    """ptq-2020's outcome rows add up to 27 against a 总计 of 21: the check says so, with cells."""
    ch = shared_corpus.checks()
    rid = by_file(shared_corpus, "pingtan-archive__ptq-2020.txt")["report_id"]
    bad = ch[(ch.report_id == rid) & (ch.rule == "table3.outcomes.total")].iloc[0]
    assert not bad.ok and bad.expected == "21" and bad.observed == "27"
    assert "table3.unable_no_info.total" in bad.evidence


def test_prose_vs_table(shared_corpus):
    ch = shared_corpus.checks()
    rid = by_file(shared_corpus, "pingtan-archive__ptq-2022.txt")["report_id"]
    g = ch[(ch.report_id == rid) & (ch.rule == "prose_vs_table.applications_received")]
    # the prose's 75 is the caseload (本年新收 74 + 上年结转 1): consistent with the table, said so
    assert len(g) == 1 and g.iloc[0].ok and g.iloc[0].observed == "75 = new 74 + carried over"
    # 洪泽区 2024: the prose says 17 received, table 3 (whose identities hold) 95: the table's
    # value is the headline, flagged, with a check naming both
    rid = by_file(shared_corpus, "kirogovcompare__hongze-2024.pdf")["report_id"]
    g = ch[(ch.report_id == rid) & (ch.rule == "prose_vs_table.applications_received")]
    assert g[["ok", "expected", "observed"]].values.tolist() == [[False, "95", "17"]]
    f = shared_corpus.figures()
    h = f[(f.report_id == rid) & (f.measure == "applications_received") & (f.method == "template_table")]
    assert h[["value", "qualifier", "confidence"]].values.tolist() == [[95.0, "prose states 17", "low"]]


def test_unsplittable_row_is_a_failed_check(shared_corpus):
    ch = shared_corpus.checks()
    rid = by_file(shared_corpus, "hebei-spider__kjt-2022.txt")["report_id"]
    g = ch[(ch.report_id == rid) & (ch.rule == "table3.total.split")]
    assert len(g) == 1 and not g.iloc[0].ok and "20000011" in g.iloc[0].evidence


# ----------------------------------------------------------------------------- identities, edge cases
# A consistent 2021-format table 3 (a county bureau's year, invented for the test) with
# applications carried over from last year AND carried forward to next year in several
# columns, so that a sign error in 新收 + 上年结转 = 总计 + 结转下年度 cannot pass. Columns:
# 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
_T3 = {
    "new":                   [20, 5, 1, 0, 2, 1, 29],
    "carried_over":          [3, 1, 0, 0, 0, 1, 5],
    "granted":               [10, 2, 1, 0, 0, 1, 14],
    "partial":               [3, 1, 0, 0, 1, 0, 5],
    "denied_state_secret":   [1, 0, 0, 0, 0, 0, 1],
    "unable_no_info":        [4, 1, 0, 0, 0, 1, 6],
    "not_processed_repeat":  [1, 0, 0, 0, 0, 0, 1],
    "total":                 [19, 4, 1, 0, 1, 2, 27],
    "carried_forward":       [4, 2, 0, 0, 1, 0, 7],
}
_T4 = {"review": [2, 1, 0, 1, 4], "litigation_direct": [1, 0, 1, 0, 2], "litigation_after_review": [0, 1, 0, 2, 3]}
_COLS = ["natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total"]
_RESULTS = ["upheld", "corrected", "other", "pending", "total"]


def _table_cells(**changes) -> dict:
    """The consistent tables as figures cells, with some cells changed (``table3__new__total=30``)."""
    cells = {f"table3.{r}.{c}": v for r, row in _T3.items() for c, v in zip(_COLS, row)}
    cells.update({f"table4.{g}.{r}": v for g, row in _T4.items() for r, v in zip(_RESULTS, row)})
    for k, v in changes.items():
        k = k.replace("__", ".")
        assert k in cells, k
        cells[k] = v
    return cells


_ALL_RULES = ({f"table3.balance.{c}" for c in _COLS} | {f"table3.outcomes.{c}" for c in _COLS}
              | {f"table3.row_sum.{r}" for r in _T3} | {f"table4.{g}" for g in _T4})


def test_consistent_tables_with_carried_columns_pass_every_rule():
    ch = check_figures(_figs(_table_cells()))
    assert len(ch) == len(_ALL_RULES) == 26 and set(ch.rule) == _ALL_RULES
    assert ch.ok.tolist() == [True] * 26
    assert str(ch.ok.dtype) == "boolean" and set(ch.report_id) == {"r"}
    g = ch.set_index("rule")
    # 29 new + 5 carried over = 27 handled + 7 carried forward
    assert g.loc["table3.balance.total", ["expected", "observed"]].tolist() == ["34", "34"]
    assert g.loc["table3.balance.total", "evidence"] == ("table3.new.total=29; table3.carried_over.total=5; "
                                                         "table3.total.total=27; table3.carried_forward.total=7")
    assert g.loc["table3.balance.commercial", ["expected", "observed"]].tolist() == ["6", "6"]
    assert g.loc["table3.outcomes.natural_person", ["expected", "observed"]].tolist() == ["19", "19"]
    # the outcome evidence names the non-zero outcome cells only, in table order
    assert g.loc["table3.outcomes.research", "evidence"] == "table3.granted.research=1"
    assert g.loc["table3.outcomes.social_welfare", "evidence"] == "all outcome cells 0"
    assert g.loc["table3.row_sum.carried_forward", ["expected", "observed"]].tolist() == ["7", "7"]
    assert g.loc["table3.row_sum.carried_forward", "evidence"] == (
        "table3.carried_forward.natural_person=4; table3.carried_forward.commercial=2; "
        "table3.carried_forward.research=0; table3.carried_forward.social_welfare=0; "
        "table3.carried_forward.legal_services=1; table3.carried_forward.other_org=0; "
        "table3.carried_forward.total=7")
    assert g.loc["table4.litigation_after_review", ["expected", "observed"]].tolist() == ["3", "3"]
    assert g.loc["table4.review", "evidence"] == ("table4.review.upheld=2; table4.review.corrected=1; "
                                                  "table4.review.other=0; table4.review.pending=1; "
                                                  "table4.review.total=4")


@pytest.mark.parametrize("changes, failing, expected, observed", [
    # a carried-forward cell: its column's balance and the carried-forward row's sum
    ({"table3__carried_forward__natural_person": 3},
     {"table3.balance.natural_person", "table3.row_sum.carried_forward"}, "23", "22"),
    ({"table3__carried_forward__total": 8}, {"table3.balance.total", "table3.row_sum.carried_forward"}, "34", "35"),
    # a carried-over cell
    ({"table3__carried_over__commercial": 2}, {"table3.balance.commercial", "table3.row_sum.carried_over"}, "7", "6"),
    # a new-applications cell
    ({"table3__new__legal_services": 3}, {"table3.balance.legal_services", "table3.row_sum.new"}, "3", "2"),
    # two carried-forward cells moved between columns: the row still adds up, two balances fail
    ({"table3__carried_forward__natural_person": 5, "table3__carried_forward__commercial": 1},
     {"table3.balance.natural_person", "table3.balance.commercial"}, "6", "5"),
    # a 总计 (handled) cell: balance, outcomes and the 总计 row
    ({"table3__total__research": 2},
     {"table3.balance.research", "table3.outcomes.research", "table3.row_sum.total"}, "1", "2"),
    # an outcome cell: its column's outcomes and its row's sum
    ({"table3__granted__other_org": 2}, {"table3.outcomes.other_org", "table3.row_sum.granted"}, "2", "3"),
    ({"table3__granted__total": 15}, {"table3.outcomes.total", "table3.row_sum.granted"}, "27", "28"),
    # table 4: only the group's own rule
    ({"table4__review__corrected": 2}, {"table4.review"}, "4", "5"),
    ({"table4__litigation_direct__total": 1}, {"table4.litigation_direct"}, "1", "2"),
    ({"table4__litigation_after_review__pending": 1}, {"table4.litigation_after_review"}, "3", "2"),
], ids=["t3.carried_forward.natural_person", "t3.carried_forward.total", "t3.carried_over.commercial",
        "t3.new.legal_services", "t3.carried_forward.moved", "t3.total.research", "t3.granted.other_org",
        "t3.granted.total", "t4.review.corrected", "t4.litigation_direct.total",
        "t4.litigation_after_review.pending"])
def test_each_rule_fails_on_a_broken_copy(changes, failing, expected, observed):
    """One cell changed (or two): exactly the rules holding it fail, every other still passes;
    ``expected``/``observed`` of the first failing rule (in sorted order) say by how much."""
    ch = check_figures(_figs(_table_cells(**changes)))
    assert set(ch.rule) == _ALL_RULES
    assert set(ch.rule[~ch.ok.astype(bool)]) == failing
    first = sorted(failing)[0]
    assert ch.set_index("rule").loc[first, ["expected", "observed"]].tolist() == [expected, observed]


def test_balance_needs_all_four_cells_and_reports_are_kept_apart():
    cells = _table_cells()
    del cells["table3.carried_forward.commercial"]
    good = _figs(cells)
    bad = _figs(_table_cells(table3__carried_over__total=6)).assign(report_id="s")
    ch = check_figures(pd.concat([good, bad], ignore_index=True))
    r = ch[ch.report_id == "r"]
    # no balance for 商业企业 without its carried-forward cell; its row sum is not checked either
    assert set(r.rule) == _ALL_RULES - {"table3.balance.commercial", "table3.row_sum.carried_forward"}
    assert r.ok.all()
    s = ch[ch.report_id == "s"]
    assert set(s.rule) == _ALL_RULES
    assert set(s.rule[~s.ok.astype(bool)]) == {"table3.balance.total", "table3.row_sum.carried_over"}
    assert s.set_index("rule").loc["table3.balance.total", ["expected", "observed"]].tolist() == ["35", "34"]


def test_cells_without_a_report_and_other_measures_are_ignored():
    f = _figs(_table_cells(table3__new__total=30))
    f.loc[f.measure == "table3.new.total", "report_id"] = None  # a figure of no report: left out
    f = pd.concat([f, _figs({"applications_received": 99, "table2.item.new": 3})], ignore_index=True)
    ch = check_figures(f)
    assert set(ch.rule) == _ALL_RULES - {"table3.balance.total", "table3.row_sum.new"}
    assert ch.ok.all()


def test_fractional_values_are_formatted_as_written():
    ch = check_figures(_figs({"table4.review.upheld": 1.5, "table4.review.corrected": 0, "table4.review.other": 0,
                              "table4.review.pending": 0, "table4.review.total": 2})).iloc[0]
    assert (ch.rule, ch.ok, ch.expected, ch.observed) == ("table4.review", False, "2", "1.5")
    assert ch.evidence.startswith("table4.review.upheld=1.5; table4.review.corrected=0;")


def test_no_table_cells_no_checks_and_notes_appended():
    empty = check_figures(_figs({"applications_received": 3}))
    assert list(empty.columns) == ["report_id", "rule", "ok", "expected", "observed", "evidence"]
    assert len(empty) == 0 and str(empty.ok.dtype) == "boolean"
    notes = pd.DataFrame([dict(report_id="r", rule="prose_vs_table.applications_received", ok=None,
                               expected="5", observed="6", evidence="收到申请6件", extra="dropped")])
    only = check_figures(_figs({"applications_received": 3}), notes=notes)
    assert list(only.columns) == list(empty.columns) and only.rule.tolist() == ["prose_vs_table.applications_received"]
    assert only.ok.isna().all() and str(only.ok.dtype) == "boolean"
    both = check_figures(_figs(_table_cells()), notes=notes)
    assert len(both) == 27 and both.rule.iloc[-1] == "prose_vs_table.applications_received"
    assert both.index.tolist() == list(range(27))
    assert check_figures(_figs(_table_cells()), notes=notes.iloc[:0]).shape == (26, 6)


def test_no_outcome_rule_without_outcome_cells():
    """A table 3 read without its outcome rows: balances and row sums, no outcomes rule
    (not a failed one comparing the 总计 with an empty sum)."""
    cells = {k: v for k, v in _table_cells().items()
             if k.split(".")[1] in ("new", "carried_over", "total", "carried_forward") or k.startswith("table4.")}
    ch = check_figures(_figs(cells))
    assert set(ch.rule) == ({f"table3.balance.{c}" for c in _COLS}
                            | {f"table3.row_sum.{r}" for r in ("new", "carried_over", "total", "carried_forward")}
                            | {f"table4.{g}" for g in _T4})
    assert ch.ok.all()


def test_outcome_evidence_lists_every_non_zero_cell():
    g = check_figures(_figs(_table_cells())).set_index("rule")
    assert g.loc["table3.outcomes.natural_person", "evidence"] == (
        "table3.granted.natural_person=10; table3.partial.natural_person=3; "
        "table3.denied_state_secret.natural_person=1; table3.unable_no_info.natural_person=4; "
        "table3.not_processed_repeat.natural_person=1")


def test_with_notes_leaves_its_input_alone():
    from gdrkit.extract.checks import with_notes

    checks = pd.DataFrame([dict(report_id="r", rule="table4.review", ok=True, expected="4", observed="4",
                                evidence="x")])
    out = with_notes(checks, None)
    assert str(out.ok.dtype) == "boolean" and str(checks.ok.dtype) == "bool"  # the caller's table unchanged
    assert out is not checks
