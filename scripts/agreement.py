#!/usr/bin/env python
"""Agreement of the extracted headline figures with hand-checked values, per measure and
per source family.

    python scripts/agreement.py tests/fixtures/figures_expected.csv data ../shared/corpus/raw [--disagreements]

The folders are read with :func:`gdrkit.load_corpus` (recursively, with its cache) and
compared with the expectations CSV (file, measure, value, ...) by the library functions
of :mod:`gdrkit.extract.evaluate`. Three tables are printed: n_stated, found, recall,
n_extracted and wrong per measure, per source family, and per family and measure;
``--disagreements`` also lists every value that differs from the expected one.
"""

from __future__ import annotations

import argparse

import pandas as pd

from gdrkit import load_corpus
from gdrkit.extract.evaluate import agreement, agreement_table, load_expectations


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python scripts/agreement.py",
                                 description="Agreement of extracted headline figures with hand-coded values.")
    ap.add_argument("expected", help="expectations CSV (file, measure, value, ...)")
    ap.add_argument("folders", nargs="+", help="folders of reports (read recursively)")
    ap.add_argument("--disagreements", action="store_true", help="also list every disagreeing value")
    args = ap.parse_args(argv)
    reports, figures = [], []
    for folder in args.folders:
        c = load_corpus(folder, progress=False)
        reports.append(c.reports)
        figures.append(c.figures())
    rows = agreement(pd.concat(reports, ignore_index=True), pd.concat(figures, ignore_index=True),
                     load_expectations(args.expected))
    with pd.option_context("display.width", 200, "display.max_rows", 500, "display.max_colwidth", 60):
        for by in ("measure", "family", ["family", "measure"]):
            t = agreement_table(rows, by=by)
            print(t[([by] if isinstance(by, str) else by) + ["n_stated", "found", "recall", "n_extracted", "wrong"]]
                  .to_string(index=False, float_format=lambda v: f"{v:.3f}"))
            print()
        if args.disagreements:
            print(rows[~rows["agree"]][["file", "measure", "expected", "extracted", "evidence"]].to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
