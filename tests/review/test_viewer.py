"""The evidence page: report text is escaped (planted markup shows as text), overlapping
spans nest into well-formed HTML, every figure is highlighted at its span with its
tooltip, table cells are named by row and column, and failed checks come first."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

import gdrkit
from gdrkit.cli import main
from gdrkit.review import CORRECTED, evidence_page, measure_label
from gdrkit.review.markup import Mark, marked_html

from conftest import by_file, need_shared

PLANTED = "<script>alert(1)</script>"
PLANTED_IMG = '<img src=x onerror="document.body.setAttribute(\'data-pwned\', 1)">'
PLANTED_TITLE = "<script>document.title='pwned'</script>"
#: a report whose text, heading and file name carry markup
REPORT = ("<b>某县</b>人民政府2015年政府信息公开工作年度报告\n"
          f"一、概述{PLANTED}\n"
          "2015年,我县认真贯彻《条例》。\n"
          f"二、主动公开政府信息情况\n全年主动公开政府信息1234条{PLANTED_IMG}。\n"
          "三、依申请公开情况\n全年共收到政府信息公开申请56件,其中予以公开40件。\n"
          f"四、行政复议和行政诉讼情况\n全年未发生行政复议和行政诉讼。{PLANTED_TITLE}\n"
          "五、存在的主要问题\n工作人员<不足>,专职人员缺乏&培训不够。\n")


class _Tree(HTMLParser):
    """Checks that every element closes in order, and collects the text."""

    VOID = {"meta", "br", "img", "input", "link", "hr", "wbr", "col"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.tags, self.errors = [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def _parse(markup: str) -> _Tree:
    t = _Tree()
    t.feed(markup)
    t.close()
    assert t.errors == [] and t.stack == [], (t.errors, t.stack)
    return t


def planted_corpus(tmp_path):
    folder = tmp_path / "planted"
    folder.mkdir()
    (folder / "<b onmouseover=alert(1)>report.txt").write_text(REPORT, encoding="utf-8")
    return gdrkit.load_corpus(folder, cache_dir=tmp_path / "cache", progress=False)


def test_planted_markup_is_shown_as_text_not_run(tmp_path):
    corpus = planted_corpus(tmp_path)
    page = corpus.show("<b onmouseover=alert(1)>report.txt")
    for doc in (page.html, page._repr_html_()):
        tree = _parse(doc)
        assert [t for t, _ in tree.tags if t in ("script", "img", "iframe", "object", "b")] == []
        assert not any(k.startswith("on") for _, attrs in tree.tags for k in attrs)
        text = "".join(tree.text)
        for planted in (PLANTED, PLANTED_IMG, PLANTED_TITLE, "<b>某县</b>", "<b onmouseover=alert(1)>report.txt", "<不足>"):
            assert planted in text  # the reader sees exactly what the report says
        assert html.escape(PLANTED, quote=False) in doc
    assert "default-src 'none'" in page.html  # and the page would run no script anyway
    # the figures around the planted markup are highlighted all the same
    figs = corpus.figures()
    assert {"proactive_items", "applications_received"} <= set(figs["measure"])
    assert page.html.count("<mark ") >= figs.groupby(["start", "end"]).ngroups


def test_overlapping_spans_nest_and_keep_the_text():
    text = "全年共收到政府信息公开申请56件,其中予以公开40件。"
    marks = [Mark(0, 20, "span", {"id": "a", "class": "p"}), Mark(13, 15, "mark", {"id": "b"}),
             Mark(10, 26, "mark", {"id": "c", "title": '"quoted" & <tag>'}), Mark(22, 24, "mark", {"id": "d"}),
             Mark(40, 50, "mark", {"id": "out"}), Mark(5, 5, "mark", {"id": "empty"})]
    out = marked_html(text, marks)
    tree = _parse(out)
    assert "".join(tree.text) == text
    ids = [a.get("id") for _, a in tree.tags if "id" in a]
    assert sorted(ids) == ["a", "b", "c", "d"]  # an id on the first piece only; empty and outside marks dropped
    assert out.count("<mark") == 4  # c crosses the end of a: closed and opened again after it
    assert 'title="&quot;quoted&quot; &amp; &lt;tag&gt;"' in out


@given(st.text(alphabet="ab<>&\"'中文\n", max_size=30),
       st.lists(st.tuples(st.integers(-3, 33), st.integers(-3, 33), st.sampled_from(["span", "mark"])), max_size=8))
def test_any_spans_give_well_formed_html_with_the_text_intact(text, spans):
    out = marked_html(text, [Mark(a, b, tag, {"id": f"m{i}"}) for i, (a, b, tag) in enumerate(spans)])
    tree = _parse(out)
    assert "".join(tree.text) == text
    assert "<" not in re.sub(r"</?(span|mark)( [^>]*)?>", "", out)


def test_every_figure_is_highlighted_with_its_tooltip(seed_corpus):
    row = by_file(seed_corpus, "002_d2cdc19c69bd6f1e.txt")
    page = seed_corpus.show(row["report_id"])
    figs = seed_corpus.figures()
    figs = figs[figs["report_id"] == row["report_id"]]
    marks = re.findall(r'<mark id="(f-\d+)" class="([^"]+)" title="([^"]*)" data-measure="([^"]*)"', page.html)
    assert len(marks) == figs.groupby(["start", "end"]).ngroups == len(figs) - 1  # lawsuits share a span
    titles = {html.unescape(t) for *_, t, _ in marks}
    assert ("proactive_items = 101 items\nitems disclosed proactively (主动公开)\n"
            "method: narrative · confidence: medium") in titles
    assert any(t.startswith("proactive_items = 24 items") and "qualifier: breakdown: 法规公文类" in t for t in titles)
    text = row["text"]
    s, e = figs.loc[figs["qualifier"].eq("") & figs["measure"].eq("proactive_items"), ["start", "end"]].iloc[0]
    assert f'data-measure="proactive_items">{text[s:e]}</mark>' in page.html
    # headings marked, problems underlined, not-stated measures listed
    assert re.search(r'<span id="s-a5912108ab5218fc-s\d+" class="ev-h ev-h1"[^>]*>四、今年信息公开办理情况', page.html)
    assert 'class="ev-p"' in page.html and "部分制度落实不到位" in page.html
    assert "<tr id='m-applications_granted' class='ns'>" in page.html


def test_table_cells_are_named_by_row_and_column_and_failed_checks_come_first(tmp_path, shared_corpus, cache_dir):
    assert measure_label("table3.new.natural_person") == "表三 row 一、本年新收政府信息公开申请数量 × column 自然人"
    assert measure_label("table4.review.total") == "表四 行政复议 × 总计"
    assert measure_label("table2.licensing.decisions") == "表二 row 行政许可 × column 处理决定数量"
    out = tmp_path / "out"
    assert main(["build", str(need_shared()), "-o", str(out), "-q", "--no-tokens", "--cache", str(cache_dir)]) == 0
    page_path = tmp_path / "zrz.html"
    assert main(["show", str(out), "pingtan-archive__zrz-2021.txt", "-o", str(page_path)]) == 0
    doc = page_path.read_text(encoding="utf-8")
    assert doc == shared_corpus.show("pingtan-archive__zrz-2021.txt").html  # the same page from a build's folder
    _parse(doc)
    assert ("table3.new.natural_person = 16 applications\n表三 row 一、本年新收政府信息公开申请数量 × column 自然人"
            in html.unescape(doc))
    rows = re.findall(r"<tr class='(fail|note|ok)'><td>([^<]+)</td>", doc)
    states = [s for s, _ in rows]
    assert states == sorted(states, key=["fail", "note", "ok"].index) and states.count("fail") == 4
    assert [r for s, r in rows if s == "fail"][0] == "table3.balance.natural_person"


def test_a_corrected_value_shows_beside_the_one_it_replaced(seed_corpus, tmp_path):
    corr = pd.DataFrame({"file": ["001_0ced3da2aecd6f3a.txt"], "measure": ["proactive_items"], "value": ["69"],
                         "reason": ["codebook"], "by": ["AB"], "date": ["2026-05-01"]})
    fixed = seed_corpus.with_corrections(corr)
    page = fixed.show("001_0ced3da2aecd6f3a.txt")
    mark = re.search(r'<mark id="f-\d+" class="ev-f c\d+ corr" title="([^"]*)"[^>]*data-corrected=" → 69">227条</mark>',
                     page.html)
    assert mark, "the corrected value is outlined at the span of the value it replaced"
    title = html.unescape(mark.group(1))
    assert f"method: {CORRECTED} · confidence: high" in title and "superseded by a correction" in title
    assert "<tr id='m-proactive_items'><td><span class='sw c8'></span>proactive_items</td><td>69 items</td>" in page.html
    saved = page.save(tmp_path / "p.html")
    assert saved.read_text(encoding="utf-8") == page.html


def test_evidence_page_takes_the_tables_of_one_report(seed_corpus):
    row = seed_corpus.reports.iloc[0]
    alone = evidence_page(row, sections=seed_corpus.sections(), figures=seed_corpus.figures(),
                          problems=seed_corpus.problems(), checks=seed_corpus.checks())
    assert alone.html == seed_corpus.show(row["report_id"]).html
    bare = evidence_page({"report_id": "x", "text": "没有数字的文本"})
    assert "没有数字的文本" in bare.html and "No figure was read" in bare.html
