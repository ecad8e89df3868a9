#!/usr/bin/env python
"""Whether the headline figures survive the ways a report's text reaches a researcher
(PDF line wraps, page numbers and running headers, blank lines, full-width digits, Chinese
numerals, pipe tables, a page scraped onto one line, ...): :mod:`gdrkit.extract.robustness`.

    python scripts/robustness.py data ../shared/corpus/raw [--kinds pdf_wrap_28 one_line]

Every text file (.txt) under the folders is read once (duplicates by text skipped). Two
tables are printed: the count of headline values per perturbation and status (same, lost,
changed, new), then every value that was not the same.
"""

from __future__ import annotations

import argparse

import pandas as pd

from gdrkit import read_report
from gdrkit.extract.robustness import PERTURBATIONS, headline_robustness
from gdrkit.io.discover import discover_files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python scripts/robustness.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", help="folders of reports (their .txt files, read recursively)")
    ap.add_argument("--kinds", nargs="+", choices=list(PERTURBATIONS), help="perturbations (default: all)")
    args = ap.parse_args(argv)
    reports, seen = [], set()
    for folder in args.folders:
        for path in discover_files(folder, suffixes=(".txt",))[0]:
            r = read_report(path)
            if "error" in r or r["text_raw"] in seen:
                continue
            seen.add(r["text_raw"])
            reports.append((path.name, r["text_raw"], r.get("year")))
    d = headline_robustness(reports, args.kinds)
    print(f"{len(reports)} reports, {d[d.kind == d.kind.iloc[0]].value.notna().sum()} headline values each reading")
    with pd.option_context("display.width", 200, "display.max_rows", 500):
        print(d.pivot_table(index="kind", columns="status", values="name", aggfunc="count", fill_value=0))
        print()
        print(d[d.status != "same"].to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
