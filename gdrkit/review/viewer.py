"""The evidence page of one report: its cleaned text with the sections' headings marked,
every extracted figure highlighted at its span, the stated problems underlined, and
beside it the report's checks (failed first), its headline values and every figure.

One self-contained HTML page (no script, no network, no external font or style sheet: a
``Content-Security-Policy`` forbids them; Chinese is set in the system's CJK fonts, see
:data:`FONT_FAMILY`), shown in JupyterLab by :meth:`gdrkit.Corpus.show` and written by
``gdrkit show OUT REPORT -o page.html``. Report text is untrusted input: every string
from a report or a table is escaped.

Figures are coloured by the headline measure they belong to (a table-3 cell by its row's
measure, table 4's cells as reconsiderations or lawsuits); a value that is not the
headline (a candidate, a part, a channel) is underlined with a dashed line instead; a
corrected value is outlined in red with the correction after it, and the value it
replaced is struck through. Hovering a value shows its measure, value, method,
confidence and qualifier, and for a table cell the table's row and column it was read as.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..extract.figures import is_headline
from ..schema import HEADLINE_MEASURES
from .cells import measure_family, measure_label
from .corrections import CORRECTED, SUPERSEDED, format_value
from .markup import Mark, marked_html
from .pagestyle import CSS, FAMILY_COLOURS, FONT_FAMILY, page_document

__all__ = ["EvidencePage", "evidence_page", "FONT_FAMILY"]


@dataclass
class EvidencePage:
    """The evidence page of a report: shown by JupyterLab (``_repr_html_``), written with
    :meth:`save` (the same content as one self-contained HTML file)."""

    report_id: str
    title: str
    fragment: str  # the page's body: one <div> with its scoped <style>

    def _repr_html_(self) -> str:
        return self.fragment

    @property
    def html(self) -> str:
        """The page as a complete HTML document."""
        return page_document(self.title, self.fragment)

    def save(self, path: str | os.PathLike) -> Path:
        """Write :attr:`html` to ``path`` (UTF-8); returns the path."""
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(self.html, encoding="utf-8")
        return p

    def __repr__(self) -> str:
        return f"<EvidencePage {self.report_id}: {self.title}>"


def _e(x: object) -> str:
    return html.escape("" if x is None or (isinstance(x, float) and pd.isna(x)) else str(x), quote=True)


def _s(x: object) -> str:
    return "" if x is None or x is pd.NA or (isinstance(x, float) and pd.isna(x)) else str(x)


def _of(df: pd.DataFrame | None, rid: str) -> pd.DataFrame:
    if df is None or not len(df):
        return pd.DataFrame()
    return df[df["report_id"] == rid].reset_index(drop=True)


#: A figure's span longer than this (a headline summed over table rows) is underlined, not filled.
_WIDE = 24


def _family_class(measure: str) -> str:
    fam = measure_family(measure)
    return f"c{list(FAMILY_COLOURS).index(fam)}" if fam in FAMILY_COLOURS else "c-other"


def _figure_title(f: pd.Series) -> str:
    """A figure's tooltip: measure = value unit, the cell's row and column, method, confidence, qualifier."""
    value = format_value(f["value"]) or "not stated"
    lines = [f"{f['measure']} = {value} {_s(f['unit'])}".rstrip()]
    label = measure_label(f["measure"])
    if label != f["measure"]:
        lines.append(label)
    lines.append(f"method: {_s(f['method'])} · confidence: {_s(f['confidence'])}")
    if _s(f["qualifier"]):
        lines.append(f"qualifier: {_s(f['qualifier'])}")
    if f["method"] == CORRECTED:
        lines.append(_s(f["evidence"]))
    return "\n".join(lines)


def _figure_marks(figures: pd.DataFrame) -> tuple[list[Mark], dict[int, str]]:
    """One mark per span holding figures (several figures of one span share it); and
    each figure row's anchor."""
    marks, anchor = [], {}
    if not len(figures):
        return marks, anchor
    spans = figures[figures["start"] >= 0].groupby(["start", "end"], sort=True).groups
    for k, ((start, end), rows) in enumerate(spans.items()):
        group = figures.loc[list(rows)]
        heads = [i for i in rows if is_headline(_s(figures.at[i, "qualifier"]))]
        lead = figures.loc[heads[0] if heads else rows[0]]
        classes = ["ev-f", _family_class(lead["measure"])]
        if end - start > _WIDE:  # a sum over table rows: a bar under them, the cells inside keep their colour
            classes.append("wide")
        if not heads:
            classes.append("cand")
        elif (group.loc[heads, "confidence"] == "low").any():
            classes.append("low")
        corrected = group[group["method"] == CORRECTED]
        if len(corrected):
            classes.append("corr")
        if group["qualifier"].fillna("").astype(str).str.startswith(SUPERSEDED).any() and not len(corrected):
            classes.append("sup")
        attrs = {"id": f"f-{k}", "class": " ".join(classes),
                 "title": "\n\n".join(_figure_title(figures.loc[i]) for i in rows),
                 "data-measure": " ".join(dict.fromkeys(group["measure"]))}
        if len(corrected):
            attrs["data-corrected"] = " → " + "; ".join(format_value(v) or "not stated" for v in corrected["value"])
        marks.append(Mark(int(start), int(end), "mark", attrs, rank=2))
        anchor.update({i: f"f-{k}" for i in rows})
    return marks, anchor


def _heading_marks(text: str, sections: pd.DataFrame) -> list[Mark]:
    marks = []
    for s in sections.itertuples(index=False) if len(sections) else ():
        heading = _s(s.heading)
        if s.depth < 1 or not heading:
            continue
        at = text.find(heading, int(s.start), min(int(s.end), int(s.start) + len(heading) + 40))
        if at < 0:
            continue
        title = f"section {_s(s.number)} (depth {s.depth}) · kind: {_s(s.kind)}"
        marks.append(Mark(int(s.start), at + len(heading), "span",
                          {"id": f"s-{s.section_id}", "class": f"ev-h ev-h{min(int(s.depth), 4)}", "title": title},
                          rank=0))
    return marks


def _problem_marks(problems: pd.DataFrame) -> list[Mark]:
    return [Mark(int(p.start), int(p.end), "span",
                 {"id": f"p-{p.problem_id}", "class": "ev-p",
                  "title": f"stated problem · category: {_s(p.category)}"
                           + (f" · matched: {_s(p.matched)}" if _s(getattr(p, "matched", "")) else "")}, rank=1)
            for p in problems.itertuples(index=False)] if len(problems) else []


def _checks_html(checks: pd.DataFrame) -> str:
    if not len(checks):
        return "<p class='ev-none'>No checks for this report (identity checks come with the template's tables).</p>"
    ok = checks["ok"].astype("boolean")
    state = ["note" if pd.isna(v) else ("ok" if v else "fail") for v in ok]  # failed first, then notes
    rows = []
    for i in sorted(range(len(checks)), key=lambda i: ("fail", "note", "ok").index(state[i])):
        cls = state[i]
        mark = {"fail": "✗ fails", "note": "– note", "ok": "✓ holds"}[cls]
        c = checks.iloc[i]
        rows.append(f"<tr class='{cls}'><td>{_e(c['rule'])}</td><td>{mark}</td><td>{_e(c['expected'])}</td>"
                    f"<td>{_e(c['observed'])}</td>"
                    f"<td class='ev-ev'>{_e(c['evidence']).replace('; ', ';<br>')}</td></tr>")
    n_fail = int(ok.eq(False).fillna(False).sum())
    return (f"<p>{n_fail} of {len(checks)} fail.</p><table class='ev-t ev-checks'><colgroup><col style='width:28%'>"
            "<col style='width:10%'><col style='width:13%'><col style='width:13%'><col style='width:36%'></colgroup>"
            "<thead><tr><th>rule</th><th>result</th><th>expected</th><th>observed</th><th>evidence</th></tr></thead>"
            "<tbody>" + "".join(rows)
            + "</tbody></table>")


def _value_cell(f: pd.Series) -> str:
    v = format_value(f["value"]) or "not stated"
    return f"{_e(v)} {_e(f['unit'])}" if v != "not stated" else "<i>not stated</i>"


def _headline_html(figures: pd.DataFrame, anchor: dict[int, str]) -> str:
    """The headline value of each headline measure (or "not stated"), one row each
    (``id="m-<measure>"``: the audit sheet links here)."""
    rows = []
    heads = figures[figures["qualifier"].fillna("").astype(str).map(is_headline)] if len(figures) else figures
    for m in HEADLINE_MEASURES:
        hit = heads[heads["measure"] == m] if len(heads) else heads
        if len(hit):
            i = hit.index[0]
            f = hit.loc[i]
            link = f" <a href='#{anchor[i]}'>in the text</a>" if i in anchor else ""
            rows.append(f"<tr id='m-{m}'><td><span class='sw {_family_class(m)}'></span>{_e(m)}</td>"
                        f"<td>{_value_cell(f)}</td><td>{_e(f['method'])}</td><td>{_e(f['confidence'])}</td>"
                        f"<td>{_e(f['qualifier'])}{link}</td></tr>")
        else:
            rows.append(f"<tr id='m-{m}' class='ns'><td><span class='sw {_family_class(m)}'></span>{_e(m)}</td>"
                        "<td><i>not stated</i></td><td></td><td></td><td></td></tr>")
    return ("<table class='ev-t'><thead><tr><th>measure</th><th>value</th><th>method</th><th>confidence</th>"
            "<th>qualifier</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def _figures_html(figures: pd.DataFrame, anchor: dict[int, str]) -> str:
    """Every figure row of the report, table cells named by their row and column."""
    if not len(figures):
        return "<p class='ev-none'>No figure was read from this report.</p>"
    rows, seen = [], set()
    for i, f in figures.iterrows():
        m = f["measure"]
        rid = f" id='m-{_e(m)}'" if m not in seen and m not in HEADLINE_MEASURES else ""
        seen.add(m)
        where = f"<a href='#{anchor[i]}'>{int(f['start'])}–{int(f['end'])}</a>" if i in anchor else "no span"
        label = measure_label(m)
        rows.append(f"<tr{rid}><td><span class='sw {_family_class(m)}'></span>{_e(m)}"
                    + (f"<div class='lab'>{_e(label)}</div>" if label != m else "")
                    + f"</td><td>{_value_cell(f)}</td><td>{_e(f['method'])}</td><td>{_e(f['confidence'])}</td>"
                    f"<td>{_e(f['qualifier'])}</td><td>{where}</td></tr>")
    return (f"<details{' open' if len(figures) <= 40 else ''}><summary>{len(figures)} figure rows (headline values, "
            "table cells, candidates and parts)</summary><table class='ev-t'><thead><tr><th>measure (table cells: "
            "row × column)</th><th>value</th><th>method</th><th>confidence</th><th>qualifier</th><th>span</th></tr>"
            "</thead><tbody>" + "".join(rows) + "</tbody></table></details>")


def _problems_html(problems: pd.DataFrame) -> str:
    if not len(problems):
        return "<p class='ev-none'>No stated problem was found.</p>"
    return "<ol>" + "".join(f"<li><a href='#p-{_e(p.problem_id)}'>{_e(p.category)}</a>: {_e(p.text)}</li>"
                            for p in problems.itertuples(index=False)) + "</ol>"


def _outline_html(sections: pd.DataFrame) -> str:
    if not len(sections):
        return ""
    items = [f"<li class='d{min(int(s.depth), 4)}'><a href='#s-{_e(s.section_id)}'>{_e(s.number)} {_e(s.heading)}</a>"
             f" <span class='lab'>{_e(s.kind)}</span></li>"
             for s in sections.itertuples(index=False) if s.depth >= 1]
    return "<ul class='ev-outline'>" + "".join(items) + "</ul>"


def _legend_html(figures: pd.DataFrame) -> str:
    fams = dict.fromkeys(measure_family(m) for m in figures["measure"]) if len(figures) else {}
    keys = "".join(f"<span class='key'><span class='sw {_family_class(f)}'></span>{_e(f)}</span>" for f in fams)
    return (f"<p class='ev-legend'>{keys}<span class='key'><mark class='ev-f c-other cand'>dashed</mark> not the "
            "headline value</span><span class='key'><mark class='ev-f c-other corr' data-corrected=' → 2'>1</mark> "
            "corrected</span><span class='key'><mark class='ev-f c-other low'>dotted</mark> low confidence</span>"
            "<span class='key'><span class='ev-p'>wavy</span> stated problem</span>"
            "<span class='key'><span class='ev-h'>bold</span> heading</span></p>")


def evidence_page(report: pd.Series | dict, *, sections: pd.DataFrame | None = None,
                  figures: pd.DataFrame | None = None, problems: pd.DataFrame | None = None,
                  checks: pd.DataFrame | None = None) -> EvidencePage:
    """The evidence page of one report.

    Parameters
    ----------
    report : Series or dict
        The report's row of ``reports`` (report_id, text; title, agency, year, style,
        file when there).
    sections, figures, problems, checks : DataFrame, optional
        The tables (of this report or of a whole corpus: the report's rows are taken).

    Returns
    -------
    EvidencePage
    """
    r = dict(report)
    rid, text = str(r["report_id"]), _s(r.get("text"))
    secs, figs, probs, chks = (_of(t, rid) for t in (sections, figures, problems, checks))
    fmarks, anchor = _figure_marks(figs)
    body = marked_html(text, [*_heading_marks(text, secs), *_problem_marks(probs), *fmarks])
    title = _s(r.get("title")) or _s(r.get("file")) or rid
    meta = " · ".join(_e(f"{k}: {_s(r.get(k))}") for k in ("agency", "year", "style", "kind", "file", "report_id")
                      if _s(r.get(k)))
    n_fail = int(chks["ok"].astype("boolean").eq(False).fillna(False).sum()) if len(chks) else 0
    side = (f"<section><h3>Checks{f' ({n_fail} failed)' if n_fail else ''}</h3>{_checks_html(chks)}</section>"
            f"<section><h3>Headline values</h3>{_headline_html(figs, anchor)}</section>"
            f"<section><h3>All figures</h3>{_figures_html(figs, anchor)}</section>"
            f"<section><h3>Stated problems</h3>{_problems_html(probs)}</section>"
            f"<section><h3>Sections</h3>{_outline_html(secs)}</section>")
    fragment = (f"<div class='gdrkit-ev' lang='zh-CN'><style>{CSS}</style>"
                f"<header class='ev-head'><h2>{_e(title)}</h2><p class='ev-meta'>{meta}</p>{_legend_html(figs)}"
                f"</header><div class='ev-body'><div class='ev-text'>{body}</div>"
                f"<aside class='ev-side'>{side}</aside></div></div>")
    return EvidencePage(rid, title, fragment)

