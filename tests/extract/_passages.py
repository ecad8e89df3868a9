"""Reading a short passage written for a test: the statements of the prose model and the
figures, each as one short string, so that a case states what a reader takes from it.

A statement is ``"topic polarity value [scope;…] «evidence»"``, with ``(how the topic was
found)`` when it was not named in the number's own words and ``@kind`` when the section
it stands in is about something, e.g. ``"proactive count 356 [year] «356条»"``,
``"reconsiderations none 0 [disclosure_context] (heading) @review_litigation «无。»"``;
``~`` before an approximate value. A figure (not a table
cell) is ``"measure value"`` with ``(qualifier)`` when it is not the headline and ``~``
before an approximate value, e.g. ``"proactive_items ~300"``.
"""

from __future__ import annotations

from gdrkit.clean import clean_text
from gdrkit.extract.figures import extract_report
from gdrkit.extract.statements import read_statements
from gdrkit.sections import segment_text


def statement_str(st, text: str) -> str:
    s = f"{st.topic} {st.polarity} {'~' if st.approx else ''}{st.value:g} [{';'.join(sorted(st.scope))}]"
    s += (f" ({st.inherited})" if st.inherited else "") + (f" @{st.section_kind}" if st.section_kind else "")
    return s + f" «{text[st.start:st.end]}»"


def figure_str(r: dict) -> str:
    s = f"{r['measure']} {'~' if r['approx'] else ''}{r['value']:g}"
    return s + (f" ({r['qualifier']})" if r["qualifier"] else "")


def read(raw: str, year: int | None = 2022, *, cells: bool = False):
    """(statements, sorted figures, notes) of a passage, cleaned and sectioned as a report."""
    text, _ = clean_text(raw)
    secs = segment_text(text)
    sts = [statement_str(st, text) for st in read_statements(text, sections=secs, year=year)]
    rows, notes = extract_report(text, sections=secs, year=year)
    figs = sorted(figure_str(r) for r in rows if cells or "." not in r["measure"])
    return sts, figs, notes


#: a short narrative report written for the tests (2013, the style of the county reports)
REPORT = """某某县人民政府办公室2013年政府信息公开工作年度报告
一、概述
2013年，我办认真贯彻《中华人民共和国政府信息公开条例》，全年主动公开政府信息约1500条，其中通过门户网站公开1200条，通过政务微博发布信息300余条。
二、依申请公开情况
全年共受理政府信息公开申请12件（其中当面申请4件、网上申请8件），予以公开8件，不予公开1件，“信息不存在、非本机关”的3件。上年结转申请2件，均已办结。
三、收费及减免情况
本年度未收取任何费用。
四、行政复议和行政诉讼情况
全年因政府信息公开引起的行政复议、行政诉讼各1件，行政复议被纠错1件。另有行政诉讼2件，均与政府信息公开无关。"""
