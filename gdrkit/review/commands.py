"""``gdrkit show`` and ``gdrkit audit``: the review tools on a build's output folder.

    gdrkit show OUT REPORT -o page.html
    gdrkit audit OUT -n 100 -o audit.csv [--seed S] [--stratify measure,style] [--pages DIR | --no-pages]
    gdrkit audit --report audit.csv [--by measure]
    gdrkit audit --to-corrections audit.csv -o corrections.csv [--by-name NAME]

:func:`add_commands` adds them to ``gdrkit``'s parser (:mod:`gdrkit.cli`); each sets
``args.run``, which returns the exit status (0 done, 2 a usage or data error).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .audit import audit_report, corrections_from_audit, write_sheet
from .corrections import CorrectionError
from .folder import page_from_folder, sample_from_folder, write_pages

__all__ = ["add_commands"]

_AUDIT_EPILOG = """\
draw:    gdrkit audit OUT -n 100 -o audit.csv --seed 1   (and the evidence pages in audit_pages/)
report:  gdrkit audit --report audit.csv                 (after filling checker_agrees: yes / no)
correct: gdrkit audit --to-corrections audit.csv -o corrections.csv --by-name "A. Researcher"
         then: gdrkit build DIR -o OUT --corrections corrections.csv"""


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Add ``show`` and ``audit`` to the ``gdrkit`` subcommands."""
    s = sub.add_parser("show", help="write the evidence page of one report of a build (self-contained HTML)")
    s.add_argument("out", help="a build's output folder (gdrkit build DIR -o OUT)")
    s.add_argument("report", help="report_id, file name or path of the report")
    s.add_argument("-o", "--output", help="the HTML file to write (default <report_id>.html)")
    s.set_defaults(run=_show)
    a = sub.add_parser("audit", help="draw a random sample to check by hand, or report the agreement of a checked one",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog=_AUDIT_EPILOG)
    a.add_argument("out", nargs="?", help="a build's output folder, to draw a sample from")
    a.add_argument("-n", type=int, default=100, help="values to draw (default 100)")
    a.add_argument("-o", "--output", help="the sheet (or, with --to-corrections, the corrections) CSV to write")
    a.add_argument("--seed", type=int, default=0, help="random seed (default 0): the same seed, the same sheet")
    a.add_argument("--stratify", default="measure,style", help="columns to stratify by (default measure,style)")
    a.add_argument("--measures", help="measures to sample, comma-separated (default the 13 headline measures)")
    a.add_argument("--pages", help="folder for the evidence pages of the reports drawn (default <sheet>_pages "
                                   "beside the sheet)")
    a.add_argument("--no-pages", action="store_true", help="do not write the evidence pages")
    a.add_argument("--report", metavar="SHEET", help="report the agreement of a filled sheet")
    a.add_argument("--by", default="measure", help="with --report: break agreement down by this column")
    a.add_argument("--to-corrections", metavar="SHEET", help="turn the rows a checker disagreed with into corrections")
    a.add_argument("--by-name", default="", help="with --to-corrections: who checked (the corrections' 'by')")
    a.set_defaults(run=_audit)


def _show(args: argparse.Namespace) -> int:
    try:
        page = page_from_folder(args.out, args.report)
    except (FileNotFoundError, KeyError) as exc:
        print(f"gdrkit show: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return 2
    path = page.save(args.output or f"{page.report_id}.html")
    print(f"gdrkit show: {page.report_id} ({page.title}) -> {path}")
    return 0


def _audit(args: argparse.Namespace) -> int:
    try:
        if args.report:
            print(audit_report(args.report, by=args.by))
            return 0
        if args.to_corrections:
            corr = corrections_from_audit(args.to_corrections, by=args.by_name)
            out = Path(args.output or "corrections.csv")
            corr.to_csv(out, index=False, encoding="utf-8-sig", lineterminator="\n")
            print(f"gdrkit audit: {len(corr)} correction(s) from the rows the checker disagreed with -> {out}")
            return 0
        if not args.out or not args.output:
            print("gdrkit audit: give a build's folder and -o SHEET to draw a sample (or --report / "
                  "--to-corrections SHEET)", file=sys.stderr)
            return 2
        return _draw(args)
    except (FileNotFoundError, KeyError, ValueError, CorrectionError) as exc:
        print(f"gdrkit audit: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return 2


def _draw(args: argparse.Namespace) -> int:
    sheet_path = Path(args.output)
    pages = Path(args.pages) if args.pages else sheet_path.with_name(f"{sheet_path.stem}_pages")
    rel = Path(os.path.relpath(pages, sheet_path.parent or ".")).as_posix()
    stratify = [c.strip() for c in args.stratify.split(",") if c.strip()]
    measures = [m.strip() for m in args.measures.split(",")] if args.measures else None
    sheet = sample_from_folder(args.out, args.n, stratify=stratify, seed=args.seed, measures=measures, pages=rel)
    write_sheet(sheet, sheet_path)
    n_ns = int(sheet["value"].eq("").sum())
    print(f"gdrkit audit: {len(sheet)} values ({n_ns} not stated) from {sheet['report_id'].nunique()} reports, "
          f"seed {args.seed} -> {sheet_path}")
    if not args.no_pages:
        written = write_pages(args.out, sheet["report_id"].unique().tolist(), pages)
        print(f"gdrkit audit: {len(written)} evidence page(s) -> {pages}")
    return 0
