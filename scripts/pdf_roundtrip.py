#!/usr/bin/env python
"""Whether the headline figures survive a report printed to PDF and read back: each text
report becomes a web page (its tables as ruled HTML tables, :func:`gdrkit.extract.robustness.html_page`),
headless Chromium prints it to a PDF (``scripts/render_page.py``: the Debian package
``chromium``, the Noto Sans SC gdrkit installs from pip), and gdrkit reads the PDF as any
PDF (``gdrkit.read_report``: pypdf's text layer, cleaned as a PDF's). Its headline values
are compared with those of the text itself. With ``--as docx`` each report becomes a Word
file instead (python-docx: a paragraph a line, its tables as Word tables), read back as any
.docx.

    python scripts/pdf_roundtrip.py data ../shared/corpus/raw [--as docx] [--keep DIR]

A real renderer and a real PDF reader, not a rewriting of the text: the font's mapping of
glyphs to characters (radicals for ideographs), the order the text layer gives a table's
cells in, and lines joined by the PDF cleaning all take part. Prints the count per status
(same, lost, changed, new) and every value that was not the same.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

import docx
import pandas as pd

from gdrkit import read_report
from gdrkit.extract.robustness import headline_values, html_page, row_cells
from gdrkit.io.discover import discover_files

_HERE = Path(__file__).resolve().parent


def _render_page():
    spec = importlib.util.spec_from_file_location("render_page", _HERE / "render_page.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def word_file(text: str, path: Path) -> Path:
    """The text as a Word file: a paragraph a line, each run of lines of three or more cells
    (:func:`gdrkit.extract.robustness.row_cells`) a Word table."""
    doc, rows = docx.Document(), []

    def table() -> None:
        if rows:
            t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c.strip()
            rows.clear()
    for line in text.splitlines():
        cells = row_cells(line)
        if cells is not None:
            rows.extend([cells] if cells else [])  # (a Markdown rule: no row)
            continue
        table()
        if line.strip():
            doc.add_paragraph(line.strip())
    table()
    doc.save(path)
    return path


def roundtrip(paths: list[Path], out: Path, *, container: str = "pdf") -> pd.DataFrame:
    """One row per report and measure stated in either reading: name, measure, value (of the
    text), pdf (of the PDF printed from it, or of the Word file; NaN when not stated), status."""
    render = _render_page() if container == "pdf" else None
    rows, seen = [], set()
    for path in paths:
        r = read_report(path)
        if "error" in r or r["text_raw"] in seen:
            continue
        seen.add(r["text_raw"])
        if render is None:
            p = read_report(word_file(r["text_raw"], out / f"{path.stem}.docx"))
        else:
            page = out / f"{path.stem}.html"
            page.write_text(html_page(r["text_raw"]), encoding="utf-8")
            p = read_report(render.print_pdf(page, out / f"{path.stem}.pdf"))
        base = headline_values(r["text"], r.get("year"))
        got = {} if "error" in p else headline_values(p["text"], r.get("year"))
        for m in sorted(set(base) | set(got)):
            b, g = base.get(m), got.get(m)
            status = "same" if b == g else "lost" if g is None else "new" if b is None else "changed"
            rows.append((path.name, m, b, g, status))
    return pd.DataFrame(rows, columns=["name", "measure", "value", "pdf", "status"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python scripts/pdf_roundtrip.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", help="folders of reports (their .txt files, read recursively)")
    ap.add_argument("--as", dest="container", choices=("pdf", "docx"), default="pdf",
                    help="print to PDF in Chromium (default) or write a Word file")
    ap.add_argument("--keep", help="write the pages and PDFs here (default: a temporary folder)")
    args = ap.parse_args(argv)
    paths = [p for folder in args.folders for p in discover_files(folder, suffixes=(".txt",))[0]]
    with tempfile.TemporaryDirectory(prefix="gdrkit-pdf-") as tmp:
        out = Path(args.keep or tmp)
        out.mkdir(parents=True, exist_ok=True)
        d = roundtrip(paths, out, container=args.container)
    print(f"{d['name'].nunique()} reports, {d['value'].notna().sum()} headline values")
    print(d["status"].value_counts().to_string())
    with pd.option_context("display.width", 200, "display.max_rows", 500):
        print(d[d["status"] != "same"].to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
