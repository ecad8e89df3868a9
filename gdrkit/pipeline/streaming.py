"""``gdrkit build`` shard by shard: every table written without holding the corpus.

``load_corpus`` + ``Corpus.tables()`` hold every table in memory at once, about seven
times the corpus text (texts, raw texts, section texts, tokens, figures): right for a
notebook on a few thousand reports, too much for a province's decade. :func:`build_tables`
writes the same files (the same bytes) while holding the metadata of the reports and
two shards of their tables (one being written while the next is computed):

1. every file is read through the reports cache (:func:`gdrkit.pipeline.reading.read_reports`
   with ``texts=False``): the texts stay in the cache, only metadata is held; report ids
   and duplicates are assigned over the whole corpus (the texts of reports that share
   agency and year are read back for the near-duplicate test);
2. then, shard by shard (at most :data:`SHARD_REPORTS` reports or :data:`SHARD_CHARS`
   characters of text, in report order), the shard's texts are read back from the cache
   and its sections, figures, problems, tokens (through their caches: nothing is
   computed twice) and checks go to the table files; the few figures the panel reads
   (:func:`gdrkit.analysis.fold.panel_figures`) are kept, and the panel, which needs every
   report (duplicates, annexes), is written last, with the checks across years
   (:mod:`gdrkit.analysis.across_years`) after every shard's checks;
3. each table's files are written as its parts come (:class:`gdrkit.engine.sink.TableSink`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa

from .. import zh
from ..analysis.across_years import across_year_checks
from ..analysis.fold import panel_figures, undecided_figures
from ..analysis.panel import build_panel, numeric_metadata
from ..engine.cache import PartCache, default_cache_dir
from ..engine.parallel import ForkPool, default_workers, release_memory
from ..engine.progress import progress_bar
from ..engine.sink import TableSink
from ..engine.tablefiles import remove_stale_tables, write_panel_files
from ..io import DEFAULT_MAX_BYTES, discover_files
from ..meta.ids import assign_ids
from ..meta.user import join_metadata
from ..review.corrections import apply_corrections, load_corrections, warn_stale
from ..schema import CHECK_COLUMNS, ERROR_COLUMNS, REPORT_COLUMNS
from .derivedcache import DerivedCache
from .deriving import Derivation, derive_start, work_task
from .reading import read_reports, reports_cache

__all__ = ["BuildResult", "build_tables", "SHARD_REPORTS", "SHARD_CHARS"]

#: At most this many reports per shard.
SHARD_REPORTS = 1000
#: At most this many characters of text per shard (a single longer report is one shard).
#: Two shards are held at a time; 2 million characters (with 1,000 reports and at most 4
#: writes queued, :data:`gdrkit.engine.sink._QUEUED`) kept a cold 500 MB build at 2.9-3.0x
#: the corpus in memory (1.46-1.50 GB PSS in two runs, against 1.55 GB with 3 million), as
#: fast; since memory is given back after every task and shard
#: (:func:`gdrkit.engine.parallel.release_memory`) and workers are forked with the collector
#: frozen, 1.11-1.14 GB (2.2-2.3x) in two runs.
SHARD_CHARS = 2_000_000
#: Reports per task sent to a worker (the next shard's tasks keep the workers busy at
#: the end of a shard, so chunks need not shrink to balance the load).
CHUNK_REPORTS = 128


@dataclass
class BuildResult:
    """What :func:`build_tables` did.

    Attributes
    ----------
    reports : DataFrame
        The ``reports`` table without ``text_raw`` and ``text``.
    errors : DataFrame
        path, stage, error: every input file that is not in ``reports``.
    written : list of Path
        The files written (CSV and Parquet per table).
    failed_checks : int
        Checks with ``ok`` False (identity checks that do not add up, and notes).
    failed_reports : int
        Reports with at least one such check.
    removed : list of Path
        Table files of an earlier build in ``out`` that this build did not write (e.g.
        ``tokens.parquet`` when tokens were skipped), removed so they are not taken for
        part of it.
    """

    reports: pd.DataFrame
    errors: pd.DataFrame
    written: list[Path] = field(default_factory=list)
    failed_checks: int = 0
    failed_reports: int = 0
    removed: list[Path] = field(default_factory=list)


def _shards(n_chars: list[int], *, max_reports: int, max_chars: int) -> list[tuple[int, int]]:
    """Consecutive (start, stop) row ranges of at most ``max_reports`` rows and
    ``max_chars`` characters (a longer single row is a shard of its own)."""
    out, start, chars = [], 0, 0
    for i, n in enumerate(n_chars):
        if i > start and (i - start >= max_reports or chars + n > max_chars):
            out.append((start, i))
            start, chars = i, 0
        chars += n
    if start < len(n_chars):
        out.append((start, len(n_chars)))
    return out


def _texts(cache: PartCache, keys: list[str], columns: list[str], paths: list[str]) -> pa.Table:
    """The cached ``columns`` of these reports, as an Arrow table in the order of ``keys``."""
    got = cache.get_table(keys, columns)
    at = {k: i for i, k in enumerate(got["key"].to_pylist())} if got is not None else {}
    missing = [p for k, p in zip(keys, paths) if k not in at]
    if missing:
        raise RuntimeError(f"gdrkit cache: the texts of {len(missing)} report(s) left {cache.dir} during the "
                           f"build (e.g. {missing[:3]}); run the build again")
    index = [at[k] for k in keys]
    return got if index == list(range(got.num_rows)) else got.take(pa.array(index, pa.int64()))


@dataclass
class _Corpus:
    """The reports of a build, their texts left in the reports cache."""

    reports: pd.DataFrame  # without text_raw and text
    errors: pd.DataFrame
    cache: PartCache  # the reports cache, where the texts are
    keys: list[str]  # each report's key in it
    paths: list[str]
    columns: list[str]  # the reports table's columns, in order

    def texts(self, a: int, b: int) -> pa.Table:
        """text_raw and text of reports a..b-1."""
        return _texts(self.cache, self.keys[a:b], ["text_raw", "text"], self.paths[a:b])


def _read_corpus(path: str | os.PathLike, files: list[Path], skipped: list[dict], *, cache_dir: Path, workers: int,
                 metadata, max_bytes: int, convert_traditional: bool, progress: bool) -> _Corpus:
    """Every file read through the reports cache, ids and duplicates assigned, metadata joined."""
    rows, read_errors = read_reports(files, max_bytes=max_bytes, convert_traditional=convert_traditional,
                                     cache_dir=cache_dir, workers=workers, progress=progress, texts=False)
    errors = pd.DataFrame(list(skipped) + read_errors, columns=ERROR_COLUMNS)
    cache = reports_cache(cache_dir, max_bytes=max_bytes, convert_traditional=convert_traditional)
    cache.index()  # each shard then reads only the parts that hold its reports
    keys = rows.pop("_cache_key").tolist()
    paths = rows["path"].tolist()

    def texts_at(pos: list[int]) -> list[str]:
        return _texts(cache, [keys[i] for i in pos], ["text"], [paths[i] for i in pos])["text"].to_pylist()

    assign_ids(rows, root=path, texts=texts_at, cache_dir=cache_dir)
    light = [c for c in REPORT_COLUMNS if c not in ("text_raw", "text")]
    reports = rows[light].astype({"n_chars": "int64", "n_bytes": "int64"})
    if metadata is not None and len(reports):
        reports = join_metadata(reports, metadata, path)
    columns = [*REPORT_COLUMNS, *(c for c in reports.columns if c not in REPORT_COLUMNS)]
    return _Corpus(reports, errors, cache, keys, paths, columns)


class _Shards:
    """Writing the tables shard by shard: :meth:`start` sends a shard's reports to the
    workers, :meth:`finish` collects and writes its tables."""

    def __init__(self, corpus: _Corpus, sink: TableSink, pool: ForkPool, *, cache_dir: Path, workers: int,
                 tok: zh.Tokenizer | None, result: BuildResult, corrections: pd.DataFrame | None = None) -> None:
        self.corpus, self.sink, self.pool, self.cache_dir, self.workers = corpus, sink, pool, cache_dir, workers
        self.corrections = corrections  # matched to the reports (gdrkit.review.corrections)
        self.tok, self.result = tok, result
        self.numeric = numeric_metadata(corpus.reports)  # decided on every report, not shard by shard
        self.store = DerivedCache(cache_dir, keep_index=True)
        self.tok_cache = PartCache(cache_dir, "tokens", salt=tok.signature) if tok is not None else None
        if self.tok_cache is not None:
            self.tok_cache.index()
        self.failed: set = set()
        self.panel_figures: list[pd.DataFrame] = []
        self.undecided: list[pd.DataFrame] = []  # the candidates of measures left empty
        self.panel: pd.DataFrame | None = None

    def finish_panel(self) -> None:
        """The panel, from every report's :func:`~gdrkit.analysis.fold.panel_figures`, and
        the checks across years."""
        f = pd.concat(self.panel_figures, ignore_index=True) if self.panel_figures else None
        undecided = pd.concat(self.undecided, ignore_index=True) if self.undecided else None
        self.panel_figures, self.undecided = [], []
        if f is None:
            return
        panel = build_panel(self.corpus.reports, f, numeric=self.numeric, undecided=undecided)
        self.sink.add("panel", panel)
        self.panel = panel  # panel.dta and the codebook are written once the tables are
        # the checks across years (of the panel's reports) after every report's own
        across = across_year_checks(panel, f)
        if len(across):
            self.sink.add("checks", across, group=2)
            bad = across[across["ok"].eq(False).fillna(False)]
            self.result.failed_checks += len(bad)
            self.failed.update(bad["report_id"].tolist())

    def start(self, a: int, b: int) -> tuple[pd.DataFrame, Derivation]:
        got = self.corpus.texts(a, b)
        shard = self.corpus.reports.iloc[a:b].reset_index(drop=True)
        shard["text_raw"] = got["text_raw"].to_pandas()
        shard["text"] = got["text"].to_pandas()
        shard = shard[self.corpus.columns]
        del got
        warn_stale(self.corrections, shard)  # a corrected report whose text changed since
        self.sink.add("reports", shard)
        return shard, derive_start(shard, cache_dir=self.cache_dir, workers=self.workers, progress=False,
                                   tokenizer=self.tok, store=self.store, token_cache=self.tok_cache, pool=self.pool,
                                   chunk_size=CHUNK_REPORTS)

    def finish(self, shard: pd.DataFrame, job: Derivation) -> None:
        d = apply_corrections(job.result(), self.corrections, shard["report_id"])  # to copies, after the cache
        for t in ("sections", "figures", "problems"):
            self.sink.add(t, d[t])
        # checks: the identity checks of every report, then every extraction note
        # (the order of Corpus.checks())
        notes = d["figure_notes"][CHECK_COLUMNS].astype({"ok": "boolean"})
        for group, part in enumerate((d["identity_checks"], notes)):
            self.sink.add("checks", part, group=group)
            bad = part[part["ok"].eq(False).fillna(False)]
            self.result.failed_checks += len(bad)
            self.failed.update(bad["report_id"].tolist())
        # the panel needs every report (duplicates, annexes, years): its figures are kept
        self.panel_figures.append(panel_figures(d["figures"]))
        self.undecided.append(undecided_figures(d["figures"]))
        if self.tok is not None:
            units = shard[["report_id", "text"]].assign(section_id="")
            self.sink.add("tokens", zh.tokenize_texts(units, tokenizer=self.tok, cache_dir=self.cache_dir,
                                                      workers=self.workers, computed=d["tokens"],
                                                      cache=self.tok_cache))
        del d
        release_memory()  # the shard's tables are freed: give the memory back


def build_tables(path: str | os.PathLike, out: str | os.PathLike, *,
                 metadata: str | os.PathLike | pd.DataFrame | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 convert_traditional: bool = False, cache_dir: str | os.PathLike | None = None,
                 backend: str = "rjieba", workers: int | None = None, tokens: bool = True, progress: bool = True,
                 shard_reports: int = SHARD_REPORTS, shard_chars: int = SHARD_CHARS,
                 corrections: str | os.PathLike | pd.DataFrame | None = None) -> BuildResult:
    """Read every report under ``path`` and write every table to ``out``, shard by shard.

    The files written are those of ``write_tables(load_corpus(path, ...).tables(), out)``
    (same bytes), with far less memory (see the module docstring). Options are those
    of :func:`gdrkit.load_corpus` (``corrections``: see :mod:`gdrkit.review.corrections`);
    ``tokens=False`` skips the tokens table.

    Returns
    -------
    BuildResult
        reports (without texts), errors, written, failed_checks, failed_reports.
    """
    cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    files, skipped = discover_files(path)
    workers = default_workers(len(files), workers=workers)
    corpus = _read_corpus(path, files, skipped, cache_dir=cache_dir, workers=workers, metadata=metadata, max_bytes=max_bytes,
                          convert_traditional=convert_traditional, progress=progress)
    result = BuildResult(reports=corpus.reports, errors=corpus.errors)
    matched = load_corrections(corrections, corpus.reports, path)  # raises naming the row, before any shard
    tok = zh.Tokenizer(backend=backend) if tokens else None
    shards = _shards(corpus.reports["n_chars"].tolist(), max_reports=shard_reports, max_chars=shard_chars)
    # one pool for every shard, started when a shard first has reports to compute (after
    # derive_start loaded the dictionary, which the workers inherit); its workers keep
    # their caches warm from shard to shard
    with TableSink(out) as sink, ForkPool(work_task, tok, workers=workers) as pool:
        sink.add("errors", corpus.errors)
        if not shards:  # no report: the reports table (empty) and the errors
            sink.add("reports", corpus.reports.assign(text_raw=pd.Series(dtype="str"), text=pd.Series(dtype="str"))
                     [corpus.columns])
        writer = _Shards(corpus, sink, pool, cache_dir=cache_dir, workers=workers, tok=tok, result=result,
                         corrections=matched)
        # the next shard is started (its chunks sent to the workers) before this one is
        # finished (its rows collected and written), so the workers never wait in between
        running = None
        for a, b in progress_bar(shards, desc="tables", disable=not progress,
                                 sizes=[b - a for a, b in shards], unit="report"):
            started = writer.start(a, b)
            if running is not None:
                writer.finish(*running)
            running = started
            del started
        if running is not None:
            writer.finish(*running)
            running = None
        writer.finish_panel()
        result.written = sink.finish()
        if writer.panel is not None:
            result.written += write_panel_files(writer.panel, out)
    result.removed = remove_stale_tables(out, result.written)
    result.failed_reports = len(writer.failed)
    return result
