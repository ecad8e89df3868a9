"""Corrections replayed on a build: the corrected value in figures, checks and panel, the
original kept; an unmatched row is an error naming it; a changed text is a warning; they
survive a moved folder and a cleared cache; the cached tables are never changed."""

from __future__ import annotations

import shutil
import warnings

import numpy as np
import pandas as pd
import pytest

import gdrkit
from gdrkit.cli import main
from gdrkit.export import read_table
from gdrkit.extract.figures import is_headline
from gdrkit.review import (
    CORRECTED,
    SUPERSEDED,
    CorrectionError,
    StaleCorrectionWarning,
    apply_corrections,
    match_corrections,
    read_corrections,
)
from gdrkit.review.corrections import text_sha1

from conftest import DATA, need_shared

BOZHOU = "001_0ced3da2aecd6f3a.txt"  # 亳州市城市管理局 2011: 各类公开主体共发布信息227条, 政府信息公开网…69条
BOZHOU_ID = "acf8b2ef32d38578"
LANGYA = "003_cc707d8ae19cac44.txt"  # 琅琊镇 2010: 全年未发生…行政复议案 (0)


def _csv(path, rows: list[dict]):
    pd.DataFrame(rows).to_csv(path, index=False, encoding="utf-8")
    return path


@pytest.fixture
def corrections_file(tmp_path):
    return _csv(tmp_path / "corrections.csv", [
        {"file": BOZHOU, "report_id": "", "measure": "proactive_items", "value": "69",
         "reason": "codebook: items on the disclosure website (政府信息公开网共发布信息69条)", "by": "AB",
         "date": "2026-05-01"},
        {"file": "", "report_id": "60227c80473c1322", "measure": "reconsiderations", "value": "",
         "reason": "codebook: a stated absence of cases is not a count", "by": "AB", "date": "2026-05-01"},
    ])


def test_superseded_rows_are_not_headline_values():
    # gdrkit.extract decides what a headline is: a superseded row must not be one
    assert not is_headline(SUPERSEDED) and not is_headline(SUPERSEDED + " (was: total left at 0)")


def test_build_with_corrections_replaces_the_value_and_keeps_the_original(tmp_path, corrections_file, monkeypatch):
    monkeypatch.setenv("GDRKIT_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "out"
    assert main(["build", str(DATA), "-o", str(out), "--corrections", str(corrections_file), "--workers", "1",
                 "-q", "--no-tokens"]) == 0
    figures, checks, panel = (read_table(out, t) for t in ("figures", "checks", "panel"))
    mine = figures[(figures["report_id"] == BOZHOU_ID) & (figures["measure"] == "proactive_items")]
    fixed = mine[mine["method"] == CORRECTED]
    assert fixed["value"].tolist() == [69.0] and fixed["qualifier"].tolist() == [""]
    assert fixed["confidence"].tolist() == ["high"] and "政府信息公开网共发布信息69条" in fixed["evidence"].iloc[0]
    old = mine[mine["qualifier"].str.startswith(SUPERSEDED)]
    assert old["value"].tolist() == [227.0] and old["method"].tolist() == ["narrative"]
    assert "各类公开主体共发布信息227条" in old["evidence"].iloc[0]
    assert (fixed["start"].iloc[0], fixed["end"].iloc[0]) == (old["start"].iloc[0], old["end"].iloc[0])
    row = panel.set_index("file")
    assert row.at[BOZHOU, "proactive_items"] == 69.0
    assert np.isnan(row.at[LANGYA, "reconsiderations"]) and row.at[LANGYA, "lawsuits"] == 0.0
    note = checks[checks["rule"] == "corrected.proactive_items"]
    assert note[["report_id", "expected", "observed"]].values.tolist() == [[BOZHOU_ID, "69", "227"]]
    assert note["ok"].isna().all() and "corrections.csv row 2" in note["evidence"].iloc[0]
    assert checks.loc[checks["rule"] == "corrected.reconsiderations", ["expected", "observed"]].values.tolist() == \
        [["not stated", "0"]]


def test_load_corpus_and_the_build_agree_and_the_cache_is_not_changed(tmp_path, corrections_file):
    cache = tmp_path / "cache"
    plain = gdrkit.load_corpus(DATA, cache_dir=cache, progress=False)
    before = plain.figures().copy()
    fixed = gdrkit.load_corpus(DATA, cache_dir=cache, progress=False, corrections=corrections_file)
    assert fixed.panel().set_index("file").at[BOZHOU, "proactive_items"] == 69.0
    also = plain.with_corrections(corrections_file)
    pd.testing.assert_frame_equal(also.figures(), fixed.figures())
    pd.testing.assert_frame_equal(also.checks(), fixed.checks())
    pd.testing.assert_frame_equal(also.panel(), fixed.panel())
    # the corpus without corrections, and a fresh one on the same cache, still have 227
    pd.testing.assert_frame_equal(plain.figures(), before)
    again = gdrkit.load_corpus(DATA, cache_dir=cache, progress=False)
    pd.testing.assert_frame_equal(again.figures(), before)
    assert again.panel().set_index("file").at[BOZHOU, "proactive_items"] == 227.0
    assert plain.with_corrections(None).panel().set_index("file").at[BOZHOU, "proactive_items"] == 227.0


def test_corrections_survive_a_moved_folder_and_a_cleared_cache(tmp_path, corrections_file):
    a = tmp_path / "a" / "reports"
    shutil.copytree(DATA, a)
    first = gdrkit.load_corpus(a, cache_dir=tmp_path / "c1", progress=False, corrections=corrections_file).panel()
    b = tmp_path / "elsewhere" / "moved"
    shutil.move(str(a), b)
    shutil.rmtree(tmp_path / "c1")
    second = gdrkit.load_corpus(b, cache_dir=tmp_path / "c2", progress=False, corrections=corrections_file).panel()
    cols = ["report_id", "file", "proactive_items", "reconsiderations"]
    pd.testing.assert_frame_equal(first[cols], second[cols])
    assert second.set_index("file").at[BOZHOU, "proactive_items"] == 69.0


def test_a_correction_matching_no_report_or_measure_is_an_error_naming_the_row(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GDRKIT_CACHE", str(tmp_path / "cache"))
    ok = {"file": BOZHOU, "report_id": "", "measure": "proactive_items", "value": "69", "reason": "r", "by": "b",
          "date": "d"}
    cases = [
        ({**ok, "file": "no-such-report.txt"}, "row 3 (file no-such-report.txt, measure proactive_items): no report "
                                               "has this file name"),
        ({**ok, "file": "", "report_id": "0123456789abcdef"}, "row 3 (report_id 0123456789abcdef, measure "
                                                              "proactive_items): no report has this report_id"),
        ({**ok, "file": LANGYA, "measure": "lawsuit"}, "row 3 (file 003_cc707d8ae19cac44.txt, measure lawsuit): "
                                                       "unknown measure 'lawsuit'; did you mean 'lawsuits'?"),
        ({**ok, "file": LANGYA, "measure": "table3.new.nobody"}, "unknown measure 'table3.new.nobody'"),
        ({**ok, "file": LANGYA, "value": "many"}, "row 3 (file 003_cc707d8ae19cac44.txt, measure proactive_items): "
                                                  "value 'many' is not a number"),
        (ok, "row 3 (file 001_0ced3da2aecd6f3a.txt, measure proactive_items): corrects the same value as row 2"),
    ]
    for bad, message in cases:
        path = _csv(tmp_path / "c.csv", [ok, bad])
        with pytest.raises(CorrectionError) as err:
            gdrkit.load_corpus(DATA, cache_dir=tmp_path / "cache", progress=False, corrections=path)
        assert message in str(err.value)
        assert main(["build", str(DATA), "-o", str(tmp_path / "o"), "--corrections", str(path), "-q",
                     "--no-tokens"]) == 2
        err = capsys.readouterr().err
        assert err.startswith("gdrkit build: c.csv row 3 (") and message in err
    with pytest.raises(CorrectionError, match="no 'file or report_id' column"):
        read_corrections(pd.DataFrame({"measure": ["lawsuits"], "value": ["1"]}))


def test_a_report_and_its_id_may_not_be_corrected_twice(seed_corpus):
    table = pd.DataFrame({"file": [BOZHOU, ""], "report_id": ["", BOZHOU_ID], "measure": ["lawsuits"] * 2,
                          "value": ["1", "2"]})
    with pytest.raises(CorrectionError, match=r"row 3 \(report_id acf8b2ef32d38578, measure lawsuits\): corrects "
                                              "the same value as row 2"):
        match_corrections(read_corrections(table), seed_corpus.reports)


def test_a_correction_written_on_another_text_is_a_warning(tmp_path, monkeypatch, capsys):
    reports = tmp_path / "reports"
    shutil.copytree(DATA, reports)
    corpus = gdrkit.load_corpus(reports, cache_dir=tmp_path / "cache", progress=False)
    sha = text_sha1(corpus.reports.set_index("file").at[BOZHOU, "text"])
    path = _csv(tmp_path / "c.csv", [{"file": BOZHOU, "measure": "proactive_items", "value": "69", "reason": "r",
                                      "by": "b", "date": "d", "text_sha1": sha}])
    with warnings.catch_warnings():
        warnings.simplefilter("error", StaleCorrectionWarning)
        gdrkit.load_corpus(reports, cache_dir=tmp_path / "cache", progress=False, corrections=path)  # unchanged
    # the report is edited (a re-scraped version): same file name, another text
    f = reports / BOZHOU
    f.write_text(f.read_text(encoding="utf-8").replace("227条", "228条"), encoding="utf-8")
    with pytest.warns(StaleCorrectionWarning, match=r"c\.csv row 2 \(report [0-9a-f]{16}, measure proactive_items\): "
                                                    "the report's text has changed since the correction was written"):
        edited = gdrkit.load_corpus(reports, cache_dir=tmp_path / "cache", progress=False, corrections=path)
    assert edited.panel().set_index("file").at[BOZHOU, "proactive_items"] == 69.0  # applied all the same
    monkeypatch.setenv("GDRKIT_CACHE", str(tmp_path / "cache"))
    assert main(["build", str(reports), "-o", str(tmp_path / "o"), "--corrections", str(path), "-q",
                 "--no-tokens"]) == 0
    assert "warning: c.csv row 2" in capsys.readouterr().err


def test_apply_leaves_its_input_alone_and_orders_rows_by_report(seed_corpus):
    tables = {"figures": seed_corpus.figures(), "identity_checks": seed_corpus.checks().iloc[:0],
              "figure_notes": seed_corpus.checks()}
    copies = {k: v.copy() for k, v in tables.items()}
    corr = match_corrections(read_corrections(pd.DataFrame({
        "report_id": ["7e22e671e4f9cb02", BOZHOU_ID], "measure": ["fees_yuan", "table4.review.total"],
        "value": ["0", "3"], "reason": ["x", "y"]})), seed_corpus.reports)
    out = apply_corrections(tables, corr, seed_corpus.reports["report_id"])
    for k in tables:
        pd.testing.assert_frame_equal(tables[k], copies[k])
    f = out["figures"]
    assert len(f) == len(tables["figures"]) + 2
    order = seed_corpus.reports["report_id"].tolist()
    assert f["report_id"].map(order.index).is_monotonic_increasing
    added = f[f["method"] == CORRECTED].set_index("measure")
    assert added.at["fees_yuan", "start"] == -1 and added.at["fees_yuan", "unit"] == "yuan"
    assert added.at["table4.review.total", "unit"] == "cases"
    assert out["figure_notes"]["report_id"].map(order.index).is_monotonic_increasing


# ------------------------------------------------------------------ a template table cell, on a real report
HONGZE = "kirogovcompare__hongze-2023.pdf"  # table 4: 10 1 0 0 | 总计 printed 0 (left unfilled in the PDF)


def test_a_corrected_table_cell_recomputes_the_checks_and_the_panel(tmp_path):
    raw = need_shared()
    path = _csv(tmp_path / "c.csv", [{"file": HONGZE, "measure": "table4.review.total", "value": "11",
                                      "reason": "总计 left at 0 in the PDF: 10 upheld + 1 corrected", "by": "AB",
                                      "date": "2026-05-01"}])
    plain = gdrkit.load_corpus(raw, cache_dir=tmp_path / "cache", progress=False)
    fixed = plain.with_corrections(path)
    rid = plain.reports.set_index("file").at[HONGZE, "report_id"]

    def review(corpus):
        c = corpus.checks()
        return c[(c["report_id"] == rid) & (c["rule"] == "table4.review")].iloc[0]

    assert review(plain)["ok"] == False and review(plain)["expected"] == "0"  # noqa: E712
    assert review(fixed)["ok"] == True and review(fixed)["expected"] == "11"  # noqa: E712
    assert "table4.review.total=11" in review(fixed)["evidence"]
    rate = lambda c: c.panel().set_index("file").at[HONGZE, "review_correction_rate"]  # noqa: E731
    assert np.isnan(rate(plain)) and rate(fixed) == pytest.approx(1 / 11)
    # the other reports' checks are those of the plain build, in the same order
    others = lambda c: c.checks()[c.checks()["report_id"] != rid].reset_index(drop=True)  # noqa: E731
    pd.testing.assert_frame_equal(others(plain), others(fixed).loc[lambda d: ~d["rule"].str.startswith("corrected")]
                                  .reset_index(drop=True))


def test_the_streamed_build_writes_the_same_files_with_corrections(tmp_path, corrections_file):
    from gdrkit.export import write_tables
    from gdrkit.pipeline.streaming import build_tables

    cache = tmp_path / "cache"
    streamed = build_tables(DATA, tmp_path / "streamed", cache_dir=cache, workers=1, progress=False, tokens=False,
                            shard_reports=2, corrections=corrections_file)
    corpus = gdrkit.load_corpus(DATA, cache_dir=cache, progress=False, corrections=corrections_file)
    written = write_tables(corpus.tables(tokens=False), tmp_path / "memory")
    assert sorted(p.name for p in streamed.written) == sorted(p.name for p in written)
    for p in written:
        assert (tmp_path / "streamed" / p.name).read_bytes() == p.read_bytes(), p.name
