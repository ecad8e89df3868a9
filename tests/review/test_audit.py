"""The audit: one seed, one sheet; not-stated values are drawn too; the agreement of a
filled sheet with Wilson intervals computed by hand; disagreements become corrections."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import gdrkit
from gdrkit.cli import main
from gdrkit.review import SHEET_COLUMNS, audit_report, corrections_from_audit, read_sheet
from gdrkit.review.audit import allocate

from conftest import DATA, ROOT

EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    out = tmp_path_factory.mktemp("audit-build")
    assert main(["build", str(DATA), "-o", str(out / "tables"), "-q", "--no-tokens", "--cache",
                 str(out / "cache")]) == 0
    return out / "tables"


def test_one_seed_draws_one_sheet(build, tmp_path, capsys):
    sheets = []
    for run, seed in (("a", 7), ("b", 7), ("c", 8)):
        path = tmp_path / run / "audit.csv"
        assert main(["audit", str(build), "-n", "20", "-o", str(path), "--seed", str(seed)]) == 0
        sheets.append(path)
    assert sheets[0].read_bytes() == sheets[1].read_bytes()
    assert sheets[0].read_bytes() != sheets[2].read_bytes()
    out = capsys.readouterr().out
    assert "gdrkit audit: 20 values (" in out and "5 evidence page(s)" in out
    sheet = read_sheet(sheets[0])
    assert list(sheet.columns) == SHEET_COLUMNS and len(sheet) == 20
    assert sheet["value"].eq("").sum() >= 10  # not-stated values are drawn (most of these pairs are)
    assert sheet["measure"].value_counts().min() >= 1 and sheet["measure"].nunique() == 13  # every stratum
    assert (sheet[["checker_value", "checker_agrees", "checker_note"]] == "").all().all()
    # the links point at the pages written beside the sheet, at the measure's row
    for link in sheet["page"]:
        page, anchor = link.split("#")
        doc = (sheets[0].parent / page).read_text(encoding="utf-8")
        assert f"<tr id='{anchor}'" in doc
    # the same sheet from the corpus in Python
    corpus = gdrkit.load_corpus(DATA, cache_dir=tmp_path / "cache", progress=False)
    again = corpus.audit_sample(20, seed=7, pages="audit_pages")
    pd.testing.assert_frame_equal(again.astype(str), sheet)


@given(st.lists(st.integers(1, 40), min_size=1, max_size=12), st.integers(0, 200))
def test_allocation_is_proportional_and_gives_each_stratum_one(sizes, n):
    got = allocate(sizes, n, rng=np.random.default_rng(0))
    total = min(n, sum(sizes))
    assert sum(got) == total and all(0 <= g <= s for g, s in zip(got, sizes))
    if total >= len(sizes):
        assert min(got) >= 1
    quota = [total * s / sum(sizes) for s in sizes]
    if total < len(sizes):
        assert all(abs(g - q) < 1 + 1e-9 for g, q in zip(got, quota))


def _wilson(k: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """The Wilson score interval, by its formula."""
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def _sheet() -> pd.DataFrame:
    """15 checked values (lawsuits 9 of 10 agree, proactive_items 4 of 5), 2 not checked."""
    rows = []
    for i in range(10):
        rows.append({"file": f"r{i}.txt", "report_id": f"id{i}", "measure": "lawsuits", "value": "" if i < 4 else "2",
                     "checker_value": "" if i < 4 else "2", "checker_agrees": "yes", "checker_note": ""})
    rows[9].update(checker_value="3", checker_agrees="no", checker_note="表四: 复议后起诉 1 + 未经复议直接起诉 2")
    for i in range(5):
        rows.append({"file": f"r{i}.txt", "report_id": f"id{i}", "measure": "proactive_items", "value": "120",
                     "checker_value": "120", "checker_agrees": "YES" if i else "y", "checker_note": ""})
    rows[14].update(checker_value="", checker_agrees="no", checker_note="120 is cumulative (累计), the year's not stated")
    rows += [{"file": "r9.txt", "report_id": "id9", "measure": "fees_yuan", "value": "0", "checker_value": "",
              "checker_agrees": "", "checker_note": ""}] * 2
    return pd.DataFrame(rows).assign(stratum=lambda d: "measure=" + d["measure"] + "; style=template2021",
                                     stratum_size=lambda d: d["measure"].map({"lawsuits": "40", "proactive_items": "20",
                                                                              "fees_yuan": "40"}),
                                     population="100")


def test_audit_report_gives_the_documented_numbers():
    rep = audit_report(_sheet())
    t = rep.table.set_index("measure")
    assert t.loc["lawsuits", ["n", "agree"]].tolist() == [10, 9]
    assert t.loc["proactive_items", ["n", "agree"]].tolist() == [5, 4]
    assert t.loc["all", ["n", "agree"]].tolist() == [15, 13] and t.at["all", "rate"] == pytest.approx(13 / 15)
    for key, (k, n) in {"all": (13, 15), "lawsuits": (9, 10), "proactive_items": (4, 5)}.items():
        lo, hi = _wilson(k, n)
        assert (t.at[key, "ci_low"], t.at[key, "ci_high"]) == (pytest.approx(lo), pytest.approx(hi))
    assert (round(t.at["all", "ci_low"], 4), round(t.at["all", "ci_high"], 4)) == (0.6212, 0.9626)
    assert rep.unchecked == 2 and "fees_yuan" not in t.index
    assert rep.paragraph == (
        "Of 15 values drawn at random (stratified by measure and report style) from the 100 (report, measure) pairs "
        "of the figures gdrkit extracted, 4 of them values it reported as not stated, a checker reading 10 of the "
        "reports agreed with 13: an agreement rate of 86.7% (Wilson 95% confidence interval 62.1% to 96.3%). "
        "By measure, agreement ranged from 80.0% (proactive_items, n = 5) to 90.0% (lawsuits, n = 10). Of the "
        "values reported as not stated, the checker agreed with 4 of 4. (2 row(s) of the sheet were not checked "
        "and are not counted.)")


def test_a_checker_answer_that_is_not_yes_or_no_names_the_row():
    bad = _sheet()
    bad.loc[3, "checker_agrees"] = "maybe"
    with pytest.raises(ValueError, match=r"audit sheet row 5: checker_agrees is 'maybe'"):
        audit_report(bad)
    odd = _sheet()
    odd.loc[5, "checker_value"] = "7"  # agrees, yet reads another value
    with pytest.warns(UserWarning, match=r"rows \[7\] say the checker agrees but give another checker_value"):
        audit_report(odd)


def test_disagreements_become_corrections_that_replay(tmp_path):
    corr = corrections_from_audit(_sheet(), by="AB", date="2026-05-01")
    assert corr[["report_id", "measure", "value", "by"]].values.tolist() == [
        ["id9", "lawsuits", "3", "AB"], ["id4", "proactive_items", "", "AB"]]
    assert corr["reason"].tolist() == ["表四: 复议后起诉 1 + 未经复议直接起诉 2",
                                       "120 is cumulative (累计), the year's not stated"]
    # on real reports: a filled sheet of data/ whose checker disagrees with one value
    corpus = gdrkit.load_corpus(DATA, cache_dir=tmp_path / "cache", progress=False)
    sheet = corpus.audit_sample(5, seed=1, measures=["proactive_items"])  # every report's
    assert sorted(sheet["value"]) == ["", "", "", "101", "227"]
    i = sheet.index[sheet["value"].eq("227")][0]
    sheet["checker_agrees"] = "yes"
    sheet.loc[i, ["checker_agrees", "checker_value"]] = ["no", "5"]
    path = tmp_path / "filled.csv"
    sheet.to_csv(path, index=False, encoding="utf-8-sig")
    assert main(["audit", "--to-corrections", str(path), "-o", str(tmp_path / "c.csv"), "--by-name", "AB"]) == 0
    fixed = gdrkit.load_corpus(DATA, cache_dir=tmp_path / "cache", progress=False, corrections=tmp_path / "c.csv")
    got = fixed.panel().set_index("report_id").at[sheet.at[i, "report_id"], sheet.at[i, "measure"]]
    assert got == 5.0


def test_the_example_sheet_of_data_reads_as_documented(capsys):
    """examples/audit_example.csv: 26 values of data/ drawn with seed 2026, checked by reading the reports."""
    sheet = read_sheet(EXAMPLES / "audit_example.csv")
    corpus = gdrkit.load_corpus(DATA, progress=False)
    if set(corpus.reports["report_id"]) == set(sheet["report_id"]):  # data/ still holds the five seeds only
        drawn = corpus.audit_sample(26, seed=2026, pages="audit_example_pages")
        checker = ["checker_value", "checker_agrees", "checker_note"]
        pd.testing.assert_frame_equal(drawn.drop(columns=checker).astype(str), sheet.drop(columns=checker))
    rep = audit_report(EXAMPLES / "audit_example.csv")
    t = rep.table.set_index("measure")
    assert t.loc["all", ["n", "agree"]].tolist() == [26, 26]
    assert (round(t.at["all", "ci_low"], 3), t.at["all", "ci_high"]) == (0.871, pytest.approx(1.0))
    assert rep.paragraph.startswith("Of 26 values drawn at random (stratified by measure and report style) from the "
                                    "65 (report, measure) pairs of the figures gdrkit extracted, 21 of them values it "
                                    "reported as not stated, a checker reading 5 of the reports agreed with 26: an "
                                    "agreement rate of 100.0% (Wilson 95% confidence interval 87.1% to 100.0%).")
    assert main(["audit", "--report", str(EXAMPLES / "audit_example.csv")]) == 0
    assert "87.1% to 100.0%" in capsys.readouterr().out
    assert corrections_from_audit(EXAMPLES / "audit_example.csv").empty


def test_the_readme_quotes_the_example_paragraph():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quoted = " ".join(line[2:].strip() for line in readme.splitlines() if line.startswith("> "))
    assert audit_report(EXAMPLES / "audit_example.csv").paragraph in quoted
