"""The public entry points on their own: gdrkit.read_report, gdrkit.problems.problem_spans,
gdrkit.extract.extract_figures, and the lazily exported names of ``gdrkit``."""

from __future__ import annotations

import hashlib
import importlib
import subprocess
import sys

import pandas as pd
import pytest

import gdrkit
from gdrkit.corpus import REPORT_COLUMNS
from gdrkit.extract import FIGURE_COLUMNS, extract_figures
from gdrkit.problems import problem_spans

from conftest import DATA, by_file

SEED = DATA / "002_d2cdc19c69bd6f1e.txt"
#: the fields of a report read by read_report: a reports row without the ids given by
#: load_corpus, and the hash of its text with whitespace removed
REPORT_FIELDS = (set(REPORT_COLUMNS) - {"report_id", "duplicate_of", "annex_of"}) | {"text_hash"}


# ---------------------------------------------------------------- read_report
def test_read_report_on_a_seed(seed_corpus):
    r = gdrkit.read_report(SEED)
    assert set(r) == REPORT_FIELDS
    raw = SEED.read_bytes()
    assert r["path"] == str(SEED) and r["file"] == SEED.name
    assert (r["format"], r["encoding"]) == ("txt", "utf-8")
    assert r["sha1"] == hashlib.sha1(raw).hexdigest() and r["n_bytes"] == len(raw) == 8227
    assert r["text"].startswith("政府信息公开工作2013年年度报告\n\n二O一三年,为进一步响应")
    assert r["text_raw"].startswith(" 政府信息公开工作2013年年度报告")  # before cleaning
    assert r["n_chars"] == len(r["text"]) == 2773
    assert "但实践中也遇到一些问题" in r["text"]
    assert (r["year"], r["agency"], r["agency_type"], r["level"]) == (2013, "审管办", "department", "部门")
    assert (r["style"], r["kind"], r["notes"]) == ("narrative", "report", "")
    assert r["text_hash"] == hashlib.sha1("".join(r["text"].split()).encode("utf-8")).hexdigest()
    # the row load_corpus keeps for the same file
    row = by_file(seed_corpus, SEED.name)
    assert row["text"] == r["text"] and row["sha1"] == r["sha1"] and row["year"] == 2013


def test_read_report_on_the_huaian_pdf(shared_raw):
    pdf = shared_raw / "govnianbao__huaian-2024.pdf"
    r = gdrkit.read_report(pdf)
    assert set(r) == REPORT_FIELDS
    assert (r["format"], r["file"]) == ("pdf", "govnianbao__huaian-2024.pdf")
    assert r["n_bytes"] == pdf.stat().st_size and r["sha1"] == hashlib.sha1(pdf.read_bytes()).hexdigest()
    assert r["title"] == "淮安市人民政府2024年政府信息公开工作年度报告"
    assert (r["year"], r["agency"], r["agency_type"]) == (2024, "淮安市人民政府", "government")
    assert (r["tier"], r["city"], r["style"], r["kind"]) == ("prefecture", "淮安市", "template2021", "report")
    assert (r["adcode"], r["province"], r["agency_id"], r["agency_name"]) == (
        320800, "江苏省", "320800:人民政府", "淮安市人民政府")
    # the page numbers of the PDF ("- 1 -") are cleaned out of the text, and counted
    assert r["text_raw"].startswith("- 1 -\n淮安市人民政府")
    assert r["cleaning"] == "page_marker×6" and "- 1 -" not in r["text"]
    assert r["text"].startswith("淮安市人民政府2024年政府信息公开工作年度报告本报告由淮安市人民政府办公室")
    # the same report as text: the same header fields
    txt = gdrkit.read_report(shared_raw / "govnianbao__huaian-2024.txt")
    assert (txt["format"], txt["year"], txt["agency"], txt["style"]) == ("txt", 2024, "淮安市人民政府",
                                                                         "template2021")


def test_read_report_on_an_empty_or_blank_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert gdrkit.read_report(empty) == {"path": str(empty), "stage": "read", "error": "empty file",
                                         "sha1": None}
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"   \n\n ")
    assert gdrkit.read_report(blank) == {"path": str(blank), "stage": "extract",
                                         "error": "empty file: no text after extraction",
                                         "sha1": hashlib.sha1(b"   \n\n ").hexdigest()}
    missing = tmp_path / "missing.txt"
    r = gdrkit.read_report(missing)
    assert (r["stage"], r["sha1"]) == ("read", None) and r["error"].startswith("cannot open")


# ---------------------------------------------------------------- problem_spans
def _report(corpus, name: str):
    row = by_file(corpus, name)
    sections = corpus.sections()
    return row["text"], sections[sections["report_id"] == row["report_id"]], row["report_id"]


def test_problem_spans_of_a_problems_section(seed_corpus):
    text, sections, rid = _report(seed_corpus, "004_5a314498553702da.txt")
    spans = problem_spans(text, sections)
    assert len(spans) == 1
    s, e, how = spans[0]
    assert how == "section"
    assert text[:s].endswith("六、存在的问题\n")  # the heading is not part of the passage
    assert text[s:].startswith("一是相关部门重视程度不够,信息上报不够及时;")
    assert "三是人员紧缺" in text[s:e]
    assert text[e:].lstrip().startswith("七、改进措施")  # the improvements are cut off
    # the problem statements of the problems table lie inside the passage
    p = seed_corpus.problems()
    p = p[p["report_id"] == rid]
    assert len(p) == 3 and (p["start"] >= s).all() and (p["end"] <= e).all()


def test_problem_spans_cut_the_improvements_of_a_sub_heading(seed_corpus):
    text, sections, _ = _report(seed_corpus, "000_46aca74da5115982.txt")
    [(s, e, how)] = problem_spans(text, sections)
    assert how == "section" and text[:s].endswith("(一)存在问题。")
    assert text[s:e].strip().endswith("受机关人员编制限制,缺乏从事政府信息公开的专职人员。")
    assert text[e:].lstrip().startswith("(二)改进措施。")
    # without the sections table nothing announces the problems in a sentence: no span
    assert problem_spans(text) == []


def test_problem_spans_of_an_announcing_sentence(seed_corpus):
    text, sections, _ = _report(seed_corpus, "001_0ced3da2aecd6f3a.txt")
    assert "problems" not in set(sections["kind"])
    spans = problem_spans(text, sections)
    assert spans == problem_spans(text)  # found in the text, with or without sections
    [(s, e, how)] = spans
    assert how == "sentence"
    assert text[s:].startswith("在看到成绩的同时,我们也清醒地认识到,全局政务公开工作还存在着一些问题:")
    assert text[s:e].endswith("致使公开宣传栏等公开载体无法完善。")
    assert text[e:].startswith("今后,要针对薄弱环节")  # the plans that follow are not included


def test_problem_spans_of_no_problems():
    assert problem_spans("") == []
    assert problem_spans("本机关全年主动公开政府信息766条,收到依申请公开申请12件。") == []


# ---------------------------------------------------------------- extract_figures
def test_extract_figures_returns_a_dataframe_by_default(seed_corpus):
    reports, sections = seed_corpus.reports, seed_corpus.sections()
    f = extract_figures(reports, sections)
    assert isinstance(f, pd.DataFrame) and list(f.columns) == FIGURE_COLUMNS
    # 13 headlines, 9 parts (栏目 of 001, 类 of 002) and one channel (001's 政府信息公开网)
    assert len(f) == 23 and f["value"].dtype == float and f["start"].dtype == "int64"
    assert (f["qualifier"] == "").sum() == 13 and f["qualifier"].str.startswith("breakdown").sum() == 9
    assert f["qualifier"].tolist().count("channel") == 1
    assert set(f["confidence"]) <= {"high", "medium", "low"}
    head = f[f["qualifier"] == ""]
    rid = {name: by_file(seed_corpus, name)["report_id"] for name in
           ("000_46aca74da5115982.txt", "002_d2cdc19c69bd6f1e.txt")}
    got = head.set_index(["report_id", "measure"])["value"]
    assert got[(rid["000_46aca74da5115982.txt"], "applications_received")] == 1.0
    assert got[(rid["002_d2cdc19c69bd6f1e.txt"], "proactive_items")] == 101.0
    assert got[(rid["002_d2cdc19c69bd6f1e.txt"], "applications_received")] == 0.0
    # every figure quotes its text
    text = reports.set_index("report_id")["text"]
    assert all(text[r.report_id][r.start:r.end] in r.evidence for r in f.itertuples())
    # with_notes=True is the other return: a (figures, notes) pair with the same figures
    pair = extract_figures(reports, sections, with_notes=True)
    assert isinstance(pair, tuple) and len(pair) == 2
    pd.testing.assert_frame_equal(pair[0], f)
    assert {"report_id", "rule", "ok"} <= set(pair[1].columns)


# ---------------------------------------------------------------- lazy exports
@pytest.mark.parametrize("name,module,attr", [
    ("problem_taxonomy", "gdrkit.problems", "problem_taxonomy"),
    ("keyness", "gdrkit.analysis.keyness", "keyness"),
    ("text_reuse", "gdrkit.analysis.reuse", "text_reuse"),
    ("kwic", "gdrkit.analysis.kwic", "kwic"),
    ("Tokenizer", "gdrkit.zh", "Tokenizer"),
    ("build_tables", "gdrkit.pipeline.streaming", "build_tables"),
    ("audit_report", "gdrkit.review.audit", "audit_report"),
    ("corrections_from_audit", "gdrkit.review.audit", "corrections_from_audit"),
    ("read_corrections", "gdrkit.review.corrections", "read_corrections"),
])
def test_lazy_export_resolves(name, module, attr):
    assert getattr(gdrkit, name) is getattr(importlib.import_module(module), attr)


def test_eager_exports_and_unknown_names():
    lazy = ["problem_taxonomy", "keyness", "text_reuse", "kwic", "Tokenizer", "build_tables", "sample_path",
            "audit_report", "corrections_from_audit", "read_corrections"]
    assert gdrkit.__all__ == ["__version__", "Corpus", "load_corpus", "read_report", *lazy]
    assert set(lazy) <= set(dir(gdrkit))  # tab completion shows them before they are loaded
    assert {"datasets", "extract", "plot", "analysis", "export"} <= set(dir(gdrkit))  # submodules too
    assert gdrkit.datasets.sample_path() == gdrkit.sample_path() and (gdrkit.sample_path() / "reports").is_dir()
    assert gdrkit.read_report is importlib.import_module("gdrkit.corpus").read_report
    assert gdrkit.load_corpus is importlib.import_module("gdrkit.corpus").load_corpus
    with pytest.raises(AttributeError, match="no attribute 'nonexistent'"):
        gdrkit.nonexistent  # noqa: B018


def test_import_loads_no_lazy_module():
    lazy = ["gdrkit.problems", "gdrkit.analysis.keyness", "gdrkit.analysis.reuse", "gdrkit.analysis.kwic",
            "gdrkit.zh", "gdrkit.pipeline.streaming", "gdrkit.review"]
    code = f"import sys, gdrkit; print([m for m in {lazy!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
