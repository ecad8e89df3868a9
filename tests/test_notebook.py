"""gdrkit.notebook: the limits paragraph written from the reports, and the expected
warnings of a cell summed up in one line."""

from __future__ import annotations

import warnings

import pytest

import gdrkit
from gdrkit.analysis.models import SupportWarning
from gdrkit.notebook import LeftOutWarning, WarningSummary, describe_limits, summarise_warnings, unique_reports

from conftest import DATA, SAMPLE


def _distinct(folder, cache_dir):
    corpus = gdrkit.load_corpus(folder, cache_dir=cache_dir, progress=False)
    with pytest.warns(LeftOutWarning) if corpus.reports["duplicate_of"].notna().any() else warnings.catch_warnings():
        return unique_reports(corpus.reports, corpus.reports, what="reports")


def test_the_limits_paragraph_is_written_from_the_reports(cache_dir):
    seeds = describe_limits(_distinct(DATA, cache_dir))
    assert seeds.startswith("**What these 5 reports can and cannot support.** They come from 4 agencies "
                            "(1 report names none), covering 2009–2013 (4 distinct years); 0 agencies are seen "
                            "in two or more years.")
    assert "No agency is seen in two years" in seeds and "No report uses the national template" in seeds
    assert "fewer than three agencies for county (1), prefecture (1), township (1)" in seeds
    sample = describe_limits(_distinct(SAMPLE, cache_dir))  # the seeds and the 平潭 archive's reports
    assert sample.startswith("**What these 38 reports can and cannot support.** They come from 18 agencies "
                             "(1 report names none), covering 2009–2025 (17 distinct years); 4 agencies are seen "
                             "in two or more years (at most 15).")
    assert "By style: narrative 20, template2021 14, template2019 4." in sample
    assert "rests on the 4 repeated agencies only" in sample and "No report uses the national template" not in sample
    assert "With 18 agencies (clusters), cluster-robust standard errors are unreliable" in sample
    assert "The number of agencies per year runs from 1 to 6" in sample


def test_the_limits_count_agencies_by_agency_id():
    import pandas as pd
    reports = pd.DataFrame({"agency": ["省科技厅", "河北省科学技术厅", "乙局"], "agency_id": ["130000:科学技术厅"] * 2 + [None],
                            "year": [2020, 2021, 2021], "style": ["template2019", "template2021", "template2021"],
                            "tier": ["provincial", "provincial", None]})
    text = describe_limits(reports)
    assert "They come from 2 agencies, covering 2020–2021 (2 distinct years); 1 agency is seen in two or more years" \
        " (at most 2)." in text
    assert "By tier: provincial 2, unknown 1." in text


def test_expected_warnings_are_one_line_and_others_are_shown(capsys):
    summary = WarningSummary()
    shown = []
    summary.shown = lambda *a, **k: shown.append(str(a[0]))
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = summary.show
        warnings.warn("reports: 1 row(s) of 1 duplicate report(s) left out (reports.duplicate_of names it)",
                      LeftOutWarning)
        warnings.warn("log volume: the model rests on 15 agency_id(s) (fewer than 20): cluster-robust …",
                      SupportWarning)
        warnings.warn("log volume: the model rests on 15 agency_id(s) (fewer than 20): cluster-robust …",
                      SupportWarning)  # the same text twice: once in the line
        warnings.warn("something else went wrong", UserWarning)
    assert shown == ["something else went wrong"]
    summary.flush()
    assert capsys.readouterr().out == ("expected (2 warnings): reports: 1 row(s) of 1 duplicate report(s) left out; "
                                       "log volume: the model rests on 15 agency_id(s)\n")
    summary.flush()
    assert capsys.readouterr().out == ""  # nothing new, no line


def test_outside_ipython_each_expected_warning_is_its_line_at_once(capsys):
    before = warnings.showwarning
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            summary = summarise_warnings()
            assert summary.immediate
            warnings.warn("problems: 4 row(s) of 1 duplicate report(s) left out (…)", LeftOutWarning)
            assert capsys.readouterr().out == "expected (1 warning): problems: 4 row(s) of 1 duplicate report(s) " \
                                              "left out (…)\n"
            with pytest.raises(UserWarning):  # a filter set to error still raises
                warnings.simplefilter("error", UserWarning)
                warnings.warn("a glyph is missing", UserWarning)
    finally:
        warnings.showwarning = before
