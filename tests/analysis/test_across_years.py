"""Checks across years (gdrkit.analysis.across_years): what one report carries into the
next of the same agency."""

from __future__ import annotations

import shutil

import pandas as pd

import gdrkit
from gdrkit.analysis.across_years import across_year_checks
from gdrkit.meta.keys import agency_keys
from gdrkit.schema import CHECK_COLUMNS

from conftest import by_file

#: Consecutive template reports of one agency in ../shared/corpus (earlier, later). The
#: pairs marked * assume agency ids (gdrkit.meta, issue 17): their printed names differ
#: (河北省工业和信息化厅 / 省工业和信息化厅 …), so until reports have an ``agency_id`` they are
#: two agencies and the test leaves them out.
TEMPLATE_PAIRS = [
    ("hebei-spider__gxt-2019.txt", "hebei-spider__gxt-2020.txt"),
    ("hebei-spider__gxt-2020.txt", "hebei-spider__gxt-2021.txt"),
    ("hebei-spider__gxt-2021.txt", "hebei-spider__gxt-2022.txt"),  # *
    ("hebei-spider__gxt-2022.txt", "hebei-spider__gxt-2023.txt"),
    ("hebei-spider__jyt-2021.txt", "hebei-spider__jyt-2022.txt"),  # *
    ("hebei-spider__jyt-2022.txt", "hebei-spider__jyt-2023.txt"),  # *
    ("hebei-spider__kjt-2019.txt", "hebei-spider__kjt-2020.txt"),
    ("hebei-spider__kjt-2020.txt", "hebei-spider__kjt-2021.txt"),
    ("hebei-spider__kjt-2021.txt", "hebei-spider__kjt-2022.txt"),
    ("hebei-spider__kjt-2022.txt", "hebei-spider__kjt-2023.txt"),
    ("hebei-spider__rst-2019.txt", "hebei-spider__rst-2020.txt"),
    ("hebei-spider__rst-2022.txt", "hebei-spider__rst-2023.txt"),
    ("kirogovcompare__hongze-2023.pdf", "kirogovcompare__hongze-2024.pdf"),  # * 洪泽区 / 淮安市洪泽区
    ("pingtan-archive__ptq-2019.txt", "pingtan-archive__ptq-2020.txt"),
    ("pingtan-archive__ptq-2020.txt", "pingtan-archive__ptq-2021.txt"),
    ("pingtan-archive__ptq-2021.txt", "pingtan-archive__ptq-2022.txt"),
    ("pingtan-archive__ptq-2022.txt", "pingtan-archive__ptq-2023.txt"),  # * 平潭综合实验区 / …管委会
    ("pingtan-archive__ptq-2023.txt", "pingtan-archive__ptq-2024.txt"),
    ("pingtan-archive__ptq-2024.txt", "pingtan-archive__ptq-2025.txt"),
]


def _pairs(checks: pd.DataFrame, reports: pd.DataFrame, rule: str) -> set[tuple[str, str]]:
    """(earlier file, later file) of each check of ``rule`` (the earlier named first in evidence)."""
    files = dict(zip(reports["report_id"], reports["file"]))
    c = checks[checks["rule"] == rule]
    return {(ev.split(": ", 1)[0].split(" ", 1)[1] if rule.endswith("carried_over")
             else ev.split("; ")[1].split(": ", 1)[0].split(" ", 1)[1], files[rid])
            for rid, ev in zip(c["report_id"], c["evidence"])}


def test_every_consecutive_template_pair_is_checked(shared_corpus):
    reports = shared_corpus.reports
    checks = shared_corpus.checks()
    assert list(checks.columns) == CHECK_COLUMNS
    keys = dict(zip(reports["file"], agency_keys(reports)))  # agency_id where filled, else agency
    wanted = {p for p in TEMPLATE_PAIRS if keys[p[0]] == keys[p[1]]}
    assert wanted == set(TEMPLATE_PAIRS)  # the pairs marked * print two names of one agency_id
    names = dict(zip(reports["file"], reports["agency"]))
    assert sum(names[a] != names[b] for a, b in TEMPLATE_PAIRS) == 5
    carried = _pairs(checks, reports, "across_years.carried_over")
    assert carried == wanted  # no other pair states both values
    # 2021-template pairs (both years): one row for 规章 and one for 行政规范性文件
    styles = dict(zip(reports["file"], reports["style"]))
    in_force = checks[checks["rule"] == "across_years.in_force"]
    both2021 = {p for p in wanted if styles[p[0]] == styles[p[1]] == "template2021"}
    assert _pairs(checks, reports, "across_years.in_force") == both2021 and len(in_force) == 2 * len(both2021)
    assert in_force["evidence"].str.startswith(("规章 (table2.regulations)", "行政规范性文件 (table2.normative_docs)")).all()
    # the 平潭 carry-over of 2021 into 2022: one application
    row = checks[(checks["rule"] == "across_years.carried_over")
                 & (checks["report_id"] == by_file(shared_corpus, "pingtan-archive__ptq-2022.txt")["report_id"])]
    assert row[["ok", "expected", "observed"]].values.tolist() == [[True, "1", "1"]]
    assert row["evidence"].iloc[0].startswith("2021 pingtan-archive__ptq-2021.txt: 结转下年度 (applications_carried_forward) 1")
    assert "2022 pingtan-archive__ptq-2022.txt: 上年结转 (applications_carried_over) 1" in row["evidence"].iloc[0]


def test_a_broken_carry_over_is_caught(shared_raw, tmp_path):
    """A copy of 平潭 2021 and 2022 whose 2022 report says 3 applications were carried over
    (2021 carried 1 forward): ok False, the evidence names both values and files."""
    (tmp_path / "src").mkdir()
    shutil.copy(shared_raw / "pingtan-archive__ptq-2021.txt", tmp_path / "src" / "ptq-2021.txt")
    text = (shared_raw / "pingtan-archive__ptq-2022.txt").read_text(encoding="utf-8")
    row = "二、上年结转政府信息公开申请数量 1000001"
    assert text.count(row) == 1
    (tmp_path / "src" / "ptq-2022.txt").write_text(text.replace(row, "二、上年结转政府信息公开申请数量 3000003"),
                                                  encoding="utf-8")
    corpus = gdrkit.load_corpus(tmp_path / "src", cache_dir=tmp_path / "cache", progress=False)
    checks = corpus.checks()
    (bad,) = checks[checks["rule"] == "across_years.carried_over"].itertuples()
    assert bad.report_id == by_file(corpus, "ptq-2022.txt")["report_id"]
    assert (bad.ok, bad.expected, bad.observed) == (False, "1", "3")
    assert bad.evidence.startswith("2021 ptq-2021.txt: 结转下年度 (applications_carried_forward) 1")
    assert "2022 ptq-2022.txt: 上年结转 (applications_carried_over) 3" in bad.evidence


def _panel(**cols) -> pd.DataFrame:
    n = len(cols["report_id"])
    base = {"file": [f"{r}.txt" for r in cols["report_id"]], "style": ["template2021"] * n,
            "applications_carried_forward": [float("nan")] * n, "applications_carried_over": [float("nan")] * n}
    return pd.DataFrame({**base, **cols})


def _cells(*rows) -> pd.DataFrame:
    return pd.DataFrame([dict(report_id=r, measure=m, value=float(v), unit="件", approx=False, qualifier="",
                              evidence=f"{m} cell of {r}") for r, m, v in rows])


def test_synthetic_pairs_by_agency_id():
    """Two reports whose printed names differ but whose agency_id is one: compared; the
    stock of 规章 adds up, that of 行政规范性文件 does not; a gap year compares nothing; a
    2019-template pair has no stock row; a value not stated leaves ok missing."""
    panel = _panel(report_id=["a", "b", "c", "d", "e"], agency=["省科技厅", "河北省科学技术厅", "省科技厅", "乙局", "乙局"],
                   agency_id=["130000:科学技术厅", "130000:科学技术厅", None, "x:乙局", "x:乙局"],
                   year=pd.array([2021, 2022, 2023, 2019, 2020], dtype="Int64"),
                   style=["template2021"] * 3 + ["template2019"] * 2,
                   applications_carried_forward=[2.0, 0.0, 0.0, 4.0, 1.0],
                   applications_carried_over=[0.0, 2.0, 0.0, 0.0, float("nan")])
    figs = _cells(("a", "table2.regulations.in_force", 10), ("b", "table2.regulations.issued", 2),
                  ("b", "table2.regulations.repealed", 1), ("b", "table2.regulations.in_force", 11),
                  ("a", "table2.normative_docs.in_force", 50), ("b", "table2.normative_docs.issued", 5),
                  ("b", "table2.normative_docs.repealed", 0), ("b", "table2.normative_docs.in_force", 60))
    c = across_year_checks(panel, figs)
    assert list(c.columns) == CHECK_COLUMNS and str(c["ok"].dtype) == "boolean"
    assert c["report_id"].tolist() == ["b", "b", "b", "e"]  # c: agency_id empty, its name is another agency
    assert c["rule"].tolist() == ["across_years.carried_over", "across_years.in_force", "across_years.in_force",
                                  "across_years.carried_over"]
    assert c["ok"].tolist() == [True, True, False, pd.NA]
    assert c["expected"].tolist() == ["2", "11", "55", "4"]
    assert c["observed"].iloc[:3].tolist() == ["2", "11", "60"] and pd.isna(c["observed"].iloc[3])
    assert c["evidence"].iloc[2] == ("行政规范性文件 (table2.normative_docs); 2021 a.txt: 现行有效 50 "
                                     "(«table2.normative_docs.in_force cell of a»); "
                                     "2022 b.txt: 本年制发 5, 本年废止 0, 现行有效 60")
    assert c["evidence"].iloc[3].endswith("2020 e.txt: 上年结转 (applications_carried_over) not stated")
    # narrative reports are compared only when both values are stated
    narr = panel.assign(style="narrative")
    assert across_year_checks(narr, figs)["rule"].tolist() == ["across_years.carried_over", "across_years.in_force",
                                                               "across_years.in_force"]
    assert across_year_checks(panel.iloc[:0], figs).empty
