"""Command line: ``gdrkit build DIR -o OUT``, ``gdrkit cache [--prune]``, ``gdrkit --version``."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import warnings
from pathlib import Path

from ._version import __version__
from .corpus import load_corpus_dask
from .engine.cache import default_cache_dir
from .engine.parallel import workers_from_env
from .export import remove_stale_tables, write_tables
from .io.discover import FileNameError
from .meta.user import MetadataError, read_metadata
from .pipeline.caches import cache_folders, prune_cache
from .pipeline.streaming import build_tables
from .review import CorrectionError, read_corrections
from .review.commands import add_commands

__all__ = ["main"]

_BUILD_EPILOG = """\
writes, in OUT, each table as <table>.parquet and <table>.csv (UTF-8 with a BOM;
tokens: Parquet only): reports, errors, sections, figures, checks, problems, panel,
tokens; the panel also as panel.dta (Stata 14+) with its codebook (codebook.csv,
codebook.md). Table files an earlier build left in OUT that this one does not write are
removed. Every input file is in reports or in errors (with the reason).

exit status: 0 done (errors and failed checks are listed as warnings); 1 no report
could be read; 2 a usage error (a missing DIR, an OUT that is a file, a metadata CSV
that cannot be joined, a correction that matches no report or measure, a bad option)."""


def _build(args: argparse.Namespace) -> int:
    src, out = Path(args.dir), Path(args.out)
    if not src.exists():
        print(f"gdrkit build: {src}: no such file or folder", file=sys.stderr)
        return 2
    if out.exists() and not out.is_dir():
        print(f"gdrkit build: -o {out}: exists and is not a folder", file=sys.stderr)
        return 2
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"gdrkit build: -o {out}: cannot create the folder: {exc.strerror or exc}", file=sys.stderr)
        return 2
    try:  # checked before the long read, not after it
        metadata = read_metadata(args.metadata) if args.metadata else None
    except MetadataError as exc:
        print(f"gdrkit build: {exc}", file=sys.stderr)
        return 2
    try:  # its shape and measures checked before the read, its reports after
        corrections = read_corrections(args.corrections) if args.corrections else None
    except CorrectionError as exc:
        print(f"gdrkit build: {exc}", file=sys.stderr)
        return 2
    options = dict(metadata=metadata, cache_dir=args.cache, workers=args.workers, backend=args.backend,
                   max_bytes=int(args.max_mb * 1024 * 1024), progress=not args.quiet,
                   convert_traditional=args.convert_traditional, corrections=corrections)
    if args.convert_traditional:
        try:
            import opencc  # noqa: F401
        except ImportError:
            print("gdrkit build: --convert-traditional needs OpenCC: pip install 'gdrkit[traditional]'",
                  file=sys.stderr)
            return 2
    with _one_line_warnings():
        try:
            reports, errors, written, removed, n_failed, n_failed_reports = _run(src, out, args, options)
        except (MetadataError, FileNameError, CorrectionError) as exc:  # a 'file' column where file names repeat;
            print(f"gdrkit build: {exc}", file=sys.stderr)  # a DIR whose name is not UTF-8
            return 2
    n_dup = int(reports["duplicate_of"].notna().sum()) if len(reports) else 0
    print(f"gdrkit build: {len(reports)} read, {len(errors)} errors, "
          f"{n_dup} duplicates -> {out} ({len(written)} files)")
    for row in errors.itertuples(index=False):
        print(f"  error [{row.stage}] {row.path}: {row.error}", file=sys.stderr)
    lines = []
    if removed:
        lines.append(f"removed {len(removed)} table file(s) an earlier build left in {out} that this build does "
                     f"not write: {', '.join(p.name for p in removed)}")
    for line in lines + _warnings(reports, n_failed, n_failed_reports):
        print(f"  warning: {line}", file=sys.stderr)
    if len(reports) == 0:
        print("gdrkit build: no report could be read", file=sys.stderr)
        return 1
    return 0


@contextlib.contextmanager
def _one_line_warnings():
    """Each warning printed as one ``  warning: ...`` line (not Python's two lines with a
    source line), when it happens, under the user's warning filters; a forked worker
    inherits this and prints its own the same way."""
    shown = warnings.showwarning

    def show(message, category, filename, lineno, file=None, line=None):
        # one write per line (print writes the newline apart): two workers' lines never interleave
        (sys.stderr if file is None else file).write(f"  warning: {message}\n")

    warnings.showwarning = show
    try:
        yield
    finally:
        warnings.showwarning = shown


def _run(src: Path, out: Path, args: argparse.Namespace, options: dict):
    """Build with the chosen engine: reports, errors, written, removed, failed checks, reports with one."""
    if args.engine == "dask":  # reading, segmenting, tokenizing on Dask partitions

        corpus = load_corpus_dask(src, tokens=not args.no_tokens, **options)
        reports, errors = corpus.reports, corpus.errors
        tables = corpus.tables(tokens=not args.no_tokens) if len(reports) else {"reports": reports, "errors": errors}
        written = write_tables(tables, out)
        checks = tables.get("checks")
        failed = checks[checks["ok"].eq(False).fillna(False)] if checks is not None else checks
        n_failed, n_failed_reports = (len(failed), failed["report_id"].nunique()) if failed is not None else (0, 0)
        return reports, errors, written, remove_stale_tables(out, written), n_failed, n_failed_reports

    res = build_tables(src, out, tokens=not args.no_tokens, **options)
    return res.reports, res.errors, res.written, res.removed, res.failed_checks, res.failed_reports


def _warnings(reports, n_failed: int, n_failed_reports: int) -> list[str]:
    """Partial problems worth a look: they are warnings, the run goes on."""
    out = []
    if len(reports):
        no_year = reports.loc[reports["year"].isna(), "file"].tolist()
        if no_year:
            out.append(f"{len(no_year)} report(s) state no year, e.g. {no_year[:3]}")
        trad = reports.loc[reports["notes"].fillna("").str.contains("convert_traditional=True", regex=False),
                           "file"].tolist()
        if trad:
            out.append(f"{len(trad)} report(s) in traditional characters, e.g. {trad[:3]}: their figures and "
                       "header fields are mostly not found; --convert-traditional converts them")
    if n_failed:
        out.append(f"{n_failed} check(s) failed in {n_failed_reports} report(s): see checks.csv (ok = False)")
    return out


_DESCRIPTION = ("gdrkit: tables from China's government information disclosure annual reports. "
                "gdrkit build DIR -o OUT reads a folder of reports and writes every table; "
                "gdrkit cache lists (or prunes) the cache of read and derived reports.")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (a closed pipe, as in ``| head``, is 0)."""
    try:
        return _main(argv)
    except BrokenPipeError:  # the reader went away: stop quietly, as other tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's flush at exit must not raise again
        return 0


def _main(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(prog="gdrkit", description=_DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"gdrkit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="read a folder of reports and write every table",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog=_BUILD_EPILOG)
    b.add_argument("dir", help="folder of reports (searched recursively) or one file")
    b.add_argument("-o", "--out", required=True, help="output folder for CSV and Parquet tables")
    b.add_argument("--metadata", help="CSV (UTF-8 or GB18030) with a 'path' column (relative to DIR) or a 'file' "
                                      "column (file names), its other columns joined to the reports table")
    b.add_argument("--corrections", help="corrections CSV (file or report_id, measure, value, reason, by, date) "
                                         "applied to figures, checks and panel; see README 'Check, correct, report'")
    b.add_argument("--cache", help="cache folder (default $GDRKIT_CACHE or ~/.cache/gdrkit)")
    b.add_argument("--workers", type=int, default=None,
                   help="processes to use (default: every core on Linux, or $GDRKIT_WORKERS)")
    b.add_argument("--backend", default="rjieba", choices=["rjieba", "jieba"], help="tokenizer backend")
    b.add_argument("--max-mb", type=float, default=50.0, help="size limit per file in MB (default 50)")
    b.add_argument("--no-tokens", action="store_true", help="skip tokenizing")
    b.add_argument("--convert-traditional", action="store_true",
                   help="convert traditional characters to simplified in text (text_raw keeps them); "
                        "needs gdrkit[traditional]")
    b.add_argument("--engine", default="local", choices=["local", "dask"],
                   help="local processes (default) or Dask (needs gdrkit[dask]; DASK_SCHEDULER_ADDRESS for a cluster)")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bars")
    c = sub.add_parser("cache", help="list the cache folders; --prune removes those no code uses any more")
    c.add_argument("--cache", help="cache folder (default $GDRKIT_CACHE or ~/.cache/gdrkit)")
    c.add_argument("--prune", action="store_true", help="remove gdrkit folders of other versions, code or options")
    c.add_argument("--dry-run", action="store_true", help="with --prune: only say what would be removed")
    add_commands(sub)  # show, audit
    args = parser.parse_args(argv)
    if hasattr(args, "run"):
        return args.run(args)
    if args.command == "cache":
        return _cache(args)
    if not args.max_mb > 0:
        parser.error("--max-mb must be more than 0")
    if args.workers is not None and args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.workers is None:
        try:
            workers_from_env()
        except ValueError as exc:
            parser.error(str(exc))
    return _build(args)


def _cache_source(args: argparse.Namespace) -> str:
    """Where the cache folder came from, said beside it (``make`` sets its own)."""
    if args.cache:
        return "--cache"
    if os.environ.get("GDRKIT_CACHE"):
        return "$GDRKIT_CACHE"
    return "the default; make uses .gdrkit-cache in the checkout" if not os.environ.get("XDG_CACHE_HOME") \
        else "$XDG_CACHE_HOME/gdrkit"


def _cache(args: argparse.Namespace) -> int:
    root = Path(args.cache) if args.cache else default_cache_dir()
    if args.prune:
        gone = prune_cache(root, dry_run=args.dry_run)
        verb = "would remove" if args.dry_run else "removed"
        print(f"gdrkit cache: {verb} {len(gone)} folder(s), {gone['mb'].sum():.1f} MB, from {root} "
              f"({_cache_source(args)})")
        for row in gone.itertuples(index=False):
            print(f"  {row.folder}  {row.mb:.1f} MB")
        return 0
    folders = cache_folders(root)
    print(f"gdrkit cache: {root} ({_cache_source(args)}): {len(folders)} folder(s), "
          f"{folders['mb'].sum():.1f} MB")
    for row in folders.itertuples(index=False):
        print(f"  {row.folder:40s} {row.kind:8s} {row.files:7d} files {row.mb:10.1f} MB"
              f"{'' if row.current else '  (not used by this gdrkit: --prune removes it)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
