"""Whether the headline figures survive the ways a report's text reaches a researcher
(gdrkit.extract.robustness), asserted on every text report of the dev set."""

from __future__ import annotations

import pytest

from gdrkit import read_report
from gdrkit.extract.robustness import PERTURBATIONS, headline_robustness, perturb_text

from conftest import DATA


@pytest.fixture(scope="module")
def robustness(shared_raw):
    reports, seen = [], set()
    for path in sorted(DATA.glob("*.txt")) + sorted(shared_raw.glob("*.txt")):
        r = read_report(path)
        if "error" not in r and r["text_raw"] not in seen:
            seen.add(r["text_raw"])
            reports.append((path.name, r["text_raw"], r.get("year")))
    return headline_robustness(reports)


def test_no_rewriting_changes_a_headline_figure(robustness):
    """No perturbation of any dev report turns a stated value into another (a wrong number),
    and each compares hundreds of values (none of the readings is empty)."""
    assert set(robustness["kind"]) == set(PERTURBATIONS)
    per_kind = robustness[robustness["value"].notna()].groupby("kind").size()
    assert per_kind.min() >= 500
    assert robustness[robustness["status"] == "changed"].empty
    assert robustness[robustness["status"] == "new"].empty


def test_only_one_value_is_lost_and_only_on_one_line(robustness):
    """Every value survives PDF wraps, page numbers, running headers, blank lines, indents,
    full-width digits, half-width punctuation, spaced numbers, Chinese numerals, thousands
    separators, tabs, pipe tables and a web page's HTML. On one line (a page scraped without
    its line breaks) the one value lost is the unable count of 淮安 2024, whose row group
    (（四）无法提供) a page break splits: （四）无 … - 5 - 法提供, which with its line breaks
    gone no longer reads as the group's name."""
    lost = robustness[robustness["status"] == "lost"]
    assert [tuple(r) for r in lost[["name", "kind", "measure", "value"]].itertuples(index=False)] == [
        ("govnianbao__huaian-2024.txt", "one_line", "applications_unable", 781.0)]


def test_a_pdf_wrap_never_breaks_a_number_and_keeps_tables():
    """Lines break at 26 characters' printed width (a digit half of one), never inside a
    number, never before a closing mark; a table row stays whole."""
    text = "本机关全年主动公开政府信息共计12345条，其中通过门户网站发布的信息占比超过百分之九十，较上年有所增长。\n予以公开  3  0  1"
    wrapped = perturb_text(text, "pdf_wrap_26").splitlines()
    assert wrapped[0] == "本机关全年主动公开政府信息共计12345条，其中通过门户"  # (52 = 2 × 26)
    assert len(wrapped) == 3 and not any(line[0] in "，。" for line in wrapped)
    assert wrapped[-1] == "予以公开  3  0  1"
    assert "".join(wrapped[:-1]) == text.splitlines()[0]
    # a break that would fall before a comma falls after it
    assert perturb_text("甲" * 26 + "，" + "乙" * 20 + "。", "pdf_wrap_26").splitlines()[0] == "甲" * 26 + "，"


def test_page_markers_and_headers_are_inserted():
    text = "\n".join(f"第{i}行的文字" for i in range(40))
    paged = perturb_text(text, "running_headers")
    assert "— 2 —" in paged and paged.count("政府信息公开工作年度报告") == 2
    assert perturb_text("申请3件，答复12件", "chinese_numerals") == "申请三件，答复十二件"
    assert perturb_text("共1913条", "thousands_separators") == "共1,913条"


def test_an_unknown_perturbation_names_the_known_ones():
    with pytest.raises(KeyError, match="pdf_wrap_28"):
        perturb_text("文字", "ocr_noise")
