"""Identity checks of the template tables."""

from __future__ import annotations

import pandas as pd

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
    assert len(g) == 1 and not g.iloc[0].ok and g.iloc[0].observed == "75.0"


def test_unsplittable_row_is_a_failed_check(shared_corpus):
    ch = shared_corpus.checks()
    rid = by_file(shared_corpus, "hebei-spider__kjt-2022.txt")["report_id"]
    g = ch[(ch.report_id == rid) & (ch.rule == "table3.total.split")]
    assert len(g) == 1 and not g.iloc[0].ok and "20000011" in g.iloc[0].evidence
