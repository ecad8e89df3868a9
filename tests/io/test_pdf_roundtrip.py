"""Reports printed to PDF by a real browser and read back as any PDF: headless Chromium (the
Debian package) prints each report as a web page with ruled tables (scripts/pdf_roundtrip.py),
and gdrkit reads the PDF's text layer. The headline values must be those of the text: the
font maps some glyphs to CJK radicals (⼀ for 一, ⺠ for 民), and the PDF's lines are joined.
Skipped locally without Chromium; with CI=true a missing Chromium fails (``.ci/run``
installs it)."""

from __future__ import annotations

import importlib.util
import re

import pytest

from gdrkit.io.formats import pdf_to_text

from conftest import ROOT, missing


def _script():
    spec = importlib.util.spec_from_file_location("pdf_roundtrip", ROOT / "scripts" / "pdf_roundtrip.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def pdf_roundtrip():
    mod = _script()
    if mod._render_page().chromium() is None:
        missing("chromium not found", "apt-get install -y chromium (Debian), or set $CHROMIUM to its path")
    return mod


def test_every_dev_report_written_as_a_word_file_reads_as_its_text(shared_raw, tmp_path):
    """Each report of ../shared/corpus/raw written as a Word file (a paragraph a line, its
    tables as Word tables) and read back as any .docx: every headline value the same."""
    d = _script().roundtrip(sorted(shared_raw.glob("*.txt")), tmp_path, container="docx")
    assert d["name"].nunique() >= 60 and len(d) >= 450
    assert (d["status"] == "same").all(), d[d["status"] != "same"].to_string()


@pytest.mark.parametrize("report", [
    "pingtan-archive__zrz-2021.txt",  # template tables 2-4
    "hebei-spider__jyt-2021.txt",  # a scraped page's template tables
    "pingtan-archive__ptx-2012.txt",  # a pre-2019 report and its statistics annex
])
def test_a_report_printed_to_pdf_reads_as_its_text(pdf_roundtrip, shared_raw, tmp_path, report):
    d = pdf_roundtrip.roundtrip([shared_raw / report], tmp_path)
    assert len(d) >= 7  # (the measures the text states)
    assert (d["status"] == "same").all(), d[d["status"] != "same"].to_string()
    # the PDF's text layer gave radicals for some ideographs, which the reading mapped back
    layer = pdf_to_text((tmp_path / report.replace(".txt", ".pdf")).read_bytes(), path=report)
    assert re.search(r"[\u2e80-\u2fdf]", layer)
