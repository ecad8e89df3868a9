"""The corpus: a folder of reports read into the ``reports`` and ``errors`` tables; the
front door of gdrkit.

``load_corpus`` runs io → clean → meta for every file (on this machine's cores;
``load_corpus_dask`` runs the same stages on Dask); the later tables (sections, tokens,
figures, checks, problems, panel) are computed on demand, by the same runner, and kept.
"""

from __future__ import annotations

import os
import re
import warnings
from dataclasses import dataclass, field, replace

import pandas as pd

from . import zh
from .analysis.across_years import across_year_checks, with_checks
from .analysis.kwic import kwic, kwic_by_agency, with_report_columns
from .analysis.panel import build_panel
from .engine.cache import default_cache_dir
from .engine.parallel import default_workers, map_reports
from .extract.checks import with_notes
from .io import DEFAULT_MAX_BYTES, discover_files
from .meta.ids import assign_ids
from .meta.user import join_metadata
from .pipeline.dask_engine import DaskRunner
from .pipeline.memo import DerivedTables
from .pipeline.reading import reports_cache
from .pipeline.runners import LocalRunner
from .pipeline.stages import read_report
from .pipeline.tablecache import loaded_fingerprint
from .problems import find_problems
from .review import ReviewMethods, apply_corrections, corrections_key, load_corrections, read_corrections
from .schema import ERROR_COLUMNS, REPORT_COLUMNS
from .text.spans import innermost_sections

__all__ = ["Corpus", "load_corpus", "load_corpus_dask", "build_dask", "read_report", "REPORT_COLUMNS",
           "ERROR_COLUMNS"]


@dataclass
class Corpus(DerivedTables, ReviewMethods):
    """Reports read from a folder, and the tables derived from them.

    Attributes
    ----------
    reports : DataFrame
        One row per report (columns :data:`REPORT_COLUMNS` plus user metadata). The
        derived tables follow it: assign a filtered or edited copy
        (``corpus.reports = corpus.reports[mask]``) rather than editing it in place, or
        take ``corpus.subset(mask_or_query)``, whose tables are this corpus's, filtered.
    errors : DataFrame
        path, stage, error: every input file that is not in ``reports``.
    root : str
        The folder that was read.
    runner : LocalRunner or DaskRunner, optional
        Where the derived tables are computed (default: ``workers`` processes of this
        machine, through the caches in ``cache_dir``).
    """

    reports: pd.DataFrame
    errors: pd.DataFrame
    root: str = ""
    cache_dir: str | None = None
    backend: str = "rjieba"
    workers: int = 1
    progress: bool = True
    runner: LocalRunner | DaskRunner | None = field(default=None, repr=False)
    corrections: pd.DataFrame | None = field(default=None, repr=False)
    _tables: dict = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.reports)

    def __repr__(self) -> str:
        return f"<Corpus {self.root!r}: {len(self.reports)} reports, {len(self.errors)} errors>"

    # ------------------------------------------------------------------ tables
    # (computed on demand and kept: gdrkit.pipeline.memo.DerivedTables; subset() there too)
    def sections(self) -> pd.DataFrame:
        """Outline sections with canonical kinds (see :func:`gdrkit.sections.segment_reports`).

        Returns
        -------
        DataFrame
            report_id, section_id, order, depth, number, heading, kind, start, end
            (offsets in ``reports.text``), text, and the report's year, agency, level,
            style. Sections nest: a section's text holds its sub-sections'.
        """
        return self._derived("sections")

    def tokens(self, *, by: str = "report", drop_stopwords: bool = False) -> pd.DataFrame:
        """Tokens per report (``by="report"``) or per section (``by="section"``).

        Sections nest (a depth-1 section holds its sub-sections' text), so with
        ``by="section"`` a token is in every section that encloses it: keep one depth,
        or join ``sections()`` and filter on ``depth``, before adding counts across
        sections.

        Returns
        -------
        DataFrame
            report_id, section_id (empty for ``by="report"``), tokens (list), n_tokens.
            Stopwords are kept unless ``drop_stopwords=True``.
        """
        if by not in ("report", "section"):
            raise ValueError("by must be 'report' or 'section'")

        def compute() -> pd.DataFrame:
            computed = None
            if by == "report":
                backend, computed = self._tables.pop("_tokens_computed", (None, None))
                computed = computed if backend == self.backend else None
                units = self.reports[["report_id", "text"]].assign(section_id="")
            else:
                # sections nest (a depth-1 section contains its sub-sections): filter
                # on ``depth`` before adding counts across sections
                units = self.sections()[["report_id", "section_id", "text"]]
            return self._runner().tokenize(units, tokenizer=zh.Tokenizer(backend=self.backend), computed=computed)

        toks = self._memo(f"tokens:{by}:{self.backend}", compute)  # the backend can be changed
        return zh.drop_stopwords(toks) if drop_stopwords else toks

    def figures(self) -> pd.DataFrame:
        """Extracted figures with evidence (long table; see :mod:`gdrkit.extract`).

        Returns
        -------
        DataFrame
            report_id, measure, value, unit, approx, qualifier (breakdowns, other
            candidates, ambiguous digit splits: empty for the headline value),
            section_id, start, end (the value's span in ``reports.text``), evidence (the
            sentence or table cell it came from), method (template, annex or prose).
        """
        return self._derived("figures")

    def checks(self) -> pd.DataFrame:
        """Identity checks of the template tables, the extraction's own notes (ambiguous
        digit splits, prose vs table; see :mod:`gdrkit.extract`), then the checks across
        years of one agency's reports (``across_years.*``, see
        :mod:`gdrkit.analysis.across_years`).

        Returns
        -------
        DataFrame
            report_id, rule, ok (False: fails; NA: cannot be decided), expected,
            observed, evidence.
        """
        return self._memo("checks", lambda: with_checks(
            with_notes(self._derived("identity_checks"), self._figure_notes()),
            across_year_checks(self.panel(), self.figures())))

    def _figure_notes(self) -> pd.DataFrame:
        return self._derived("figure_notes")

    def panel(self, *, duplicates: bool = False) -> pd.DataFrame:
        """One row per distinct report: metadata, one column per measure, derived rates
        (:func:`gdrkit.analysis.panel.build_panel`). Reports that copy another
        (``duplicate_of`` set) are left out unless ``duplicates=True``; a statistics annex
        linked to its report (``annex_of``) is no row: it fills the report's gaps.

        Returns
        -------
        DataFrame
            :data:`gdrkit.analysis.panel.PANEL_META_COLUMNS` (report_id ... duplicate_of),
            the metadata columns joined with ``load_corpus(metadata=...)``, one column per
            measure (applications_received ... consultations; missing when the report
            does not state it), approx_<measure>, flagged, filled_from, and
            :data:`gdrkit.analysis.panel.RATE_COLUMNS` (see ``codebook.md`` of a build).
        """
        return self._memo("panel_duplicates" if duplicates else "panel",
                          lambda: build_panel(self.reports, self.figures(), duplicates=duplicates))

    def problems(self, *, taxonomy: pd.DataFrame | str | None = None) -> pd.DataFrame:
        """Stated problems, split and classified (see :mod:`gdrkit.problems`).

        Returns
        -------
        DataFrame
            report_id, problem_id, text, category (the primary one), categories (all
            matched), matched (the keywords found), section_id, start, end (in
            ``reports.text``).
        """
        if taxonomy is None:
            return self._derived("problems")
        return map_reports(find_problems, self.reports, self.sections(), workers=self.workers, taxonomy=taxonomy)

    def kwic(self, term: str | re.Pattern[str], *, window: int = 20, regex: bool = False,
             by: str = "report") -> pd.DataFrame:
        """Keyword in context for ``term`` over the cleaned texts (:func:`gdrkit.kwic`).

        Parameters
        ----------
        term : str or compiled pattern
            A literal string, or a regular expression with ``regex=True`` (or compiled).
        window : int
            Characters of context on each side.
        regex : bool
            Treat a string ``term`` as a regular expression.
        by : {"report", "section", "agency"}
            ``"section"`` also names the section each match falls in: the innermost one
            (sections nest, and each match is listed once, not once per enclosing section).
            ``"agency"``: the matches counted per agency (one row per agency, see
            :func:`gdrkit.analysis.kwic.kwic_by_agency`).

        Returns
        -------
        DataFrame
            For ``by="report"`` and ``"section"``, one row per match: report_id,
            section_id (empty for ``by="report"``; for ``by="section"`` the innermost
            section holding the match, empty before the first heading), start, end
            (offsets in ``reports.text``), left, match, right, then the report's
            agency_id, agency_name, agency, year, tier (those the reports table has).
            For ``by="agency"``: agency_id (or agency), agency_name, n_matches,
            n_reports, reports, share_reports, years, example.
        """
        if by not in ("report", "section", "agency"):
            raise ValueError(f"by must be 'report', 'section' or 'agency', not {by!r}")
        hits = kwic(self.reports, term, window=window, regex=regex)
        if by == "section" and len(hits):
            # the section holding each match's first character
            hits["section_id"] = innermost_sections(hits.assign(end=hits["start"] + 1), self.sections())
        if by == "agency":
            return kwic_by_agency(hits, self.reports)
        return with_report_columns(hits, self.reports)

    def tables(self, *, tokens: bool = True) -> dict[str, pd.DataFrame]:
        """Every table ``gdrkit build`` writes, by name."""
        self._derived("sections", with_tokens=tokens)  # one pass: sections, figures, problems, tokens
        out = {"reports": self.reports, "errors": self.errors, "sections": self.sections(),
               "figures": self.figures(), "checks": self.checks(), "problems": self.problems(),
               "panel": self.panel()}
        if tokens:
            out["tokens"] = self.tokens()
        return out

    def _corrected(self, tables: dict) -> dict:
        return apply_corrections(tables, self.corrections, self.reports["report_id"])

    def _corrections_key(self) -> str:
        return corrections_key(self.corrections)

    def with_corrections(self, corrections: str | os.PathLike | pd.DataFrame | None) -> Corpus:
        """A copy with corrections applied to figures, checks, panel (:mod:`gdrkit.review.corrections`)."""
        keep = {k: v for k, v in self._tables.items() if k in ("_reports", "_fingerprint")}
        return replace(self, corrections=load_corrections(corrections, self.reports, root=self.root), _tables=keep)


def _open(path: str | os.PathLike, runner: LocalRunner | DaskRunner, *, metadata, max_bytes: int, cache_dir: str,
          backend: str, workers: int, progress: bool, convert_traditional: bool, files: list, skipped: list[dict],
          keep_runner: bool, corrections=None) -> Corpus:
    """The corpus of the files found under ``path``, read by ``runner``."""
    rows, read_errors = runner.read(files, max_bytes=max_bytes, convert_traditional=convert_traditional)
    errors: list[dict] = list(skipped) + read_errors
    assign_ids(rows, root=path, cache_dir=cache_dir)
    reports = rows[REPORT_COLUMNS].astype({"n_chars": "int64", "n_bytes": "int64"})
    if metadata is not None and len(reports):
        reports = join_metadata(reports, metadata, path)
    corpus = Corpus(reports=reports, errors=pd.DataFrame(errors, columns=ERROR_COLUMNS), root=str(path),
                    cache_dir=cache_dir, backend=backend, workers=workers, progress=progress,
                    runner=runner if keep_runner else None, corrections=load_corrections(corrections, reports, path))
    # the texts are known by their hashes here: the derived-table cache key needs no
    # pass over them (a reassigned reports table is hashed in full); the reading cache's
    # folder name stands for the reading code, library versions and options
    reading = reports_cache(cache_dir, max_bytes=max_bytes, convert_traditional=convert_traditional).dir.name
    corpus._tables.update(_reports=reports, _fingerprint=loaded_fingerprint(reports, rows["text_hash"],
                                                                            options=reading))
    return corpus


def load_corpus(path: str | os.PathLike, *, metadata: str | os.PathLike | pd.DataFrame | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES, cache_dir: str | os.PathLike | None = None,
                backend: str = "rjieba", workers: int | None = None, progress: bool = True,
                convert_traditional: bool = False, corrections=None) -> Corpus:
    """Read every report under ``path`` (recursively) into a :class:`Corpus`.

    Parameters
    ----------
    path : str or Path
        A folder (searched recursively) or one file.
    metadata : str, Path or DataFrame, optional
        A CSV (or table) with a ``path`` column (relative to ``path``) or a ``file``
        column of file names; its other columns are joined to ``reports`` (a column that
        gdrkit also fills gets the suffix ``_user``).
    corrections : str, Path or DataFrame, optional
        A corrections CSV applied to figures, checks and panel (:mod:`gdrkit.review.corrections`).
    max_bytes : int
        Files larger than this go to ``errors`` ("file too large").
    cache_dir : str or Path, optional
        Where the reports, derived tables, tokens and near-duplicate results are cached;
        default ``$GDRKIT_CACHE`` or ``~/.cache/gdrkit``.
    backend : {"rjieba", "jieba"}
        Tokenizer backend (see :mod:`gdrkit.zh`).
    workers : int, optional
        Processes for reading, segmenting, extracting and tokenizing (default: every
        core on Linux, one elsewhere or for fewer than 64 files; ``$GDRKIT_WORKERS``
        overrides it; see :func:`gdrkit.engine.parallel.default_workers`). Each worker holds
        a few hundred MB.
    progress : bool
        Show progress bars.
    convert_traditional : bool
        Convert traditional characters to simplified in ``text`` (OpenCC ``t2s``, see
        :func:`gdrkit.clean.to_simplified`; needs ``gdrkit[traditional]``) before it is
        cleaned and its header read; ``text_raw`` keeps the original. Reports with
        traditional characters are flagged in ``notes`` either way.

    Returns
    -------
    Corpus
        ``corpus.reports`` has one row per report with the columns
        report_id, path, file, format, encoding, sha1, n_bytes, text_raw, text, n_chars,
        title, agency, agency_type, level, tier, province, city, county, year, published,
        style, kind, duplicate_of, annex_of, cleaning, notes; ``corpus.errors`` has path, stage, error.
    """
    corrections = read_corrections(corrections) if corrections is not None else None  # before the long read
    files, skipped = discover_files(path)
    workers = default_workers(len(files), workers=workers)
    cache = str(cache_dir) if cache_dir is not None else str(default_cache_dir())
    runner = LocalRunner(cache_dir=cache, workers=workers, progress=progress)
    return _open(path, runner, metadata=metadata, max_bytes=max_bytes, cache_dir=cache, backend=backend,
                 workers=workers, progress=progress, convert_traditional=convert_traditional, files=files,
                 skipped=skipped, keep_runner=False, corrections=corrections)


def load_corpus_dask(path: str | os.PathLike, *, client=None, npartitions: int | None = None,
                     backend: str = "rjieba", tokens: bool = True, cache_dir: str | os.PathLike | None = None,
                     metadata: str | os.PathLike | pd.DataFrame | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                     convert_traditional: bool = False, workers: int | None = None,
                     progress: bool = False, corrections: str | os.PathLike | pd.DataFrame | None = None) -> Corpus:
    """:func:`load_corpus` with reading, segmenting and tokenizing on Dask
    (:class:`~gdrkit.pipeline.dask_engine.DaskRunner`; needs ``gdrkit[dask]``).

    Returns a :class:`Corpus` whose ``sections()``, ``figures()``, ``problems()`` (and
    ``tokens()`` when ``tokens=True``) are already computed; checks and panel are
    computed from them on demand. ``client``: a ``distributed.Client`` (default:
    ``$DASK_SCHEDULER_ADDRESS``, else Dask's default scheduler); ``npartitions``: per
    pass (default 4 per worker thread); ``cache_dir``: the reports cache to use (default:
    none, every file is read on Dask). The other options are those of
    :func:`load_corpus`; ``workers`` is not used (the Dask scheduler decides) and
    ``progress`` neither (Dask's dashboard shows it).
    """
    runner = DaskRunner(client=client, npartitions=npartitions, cache_dir=cache_dir)
    if workers is not None:  # Dask decides where to compute
        warnings.warn("load_corpus_dask: workers= is ignored: the Dask scheduler (client=, or "
                      "$DASK_SCHEDULER_ADDRESS) sets where and how widely the stages run", stacklevel=2)
    files, skipped = discover_files(path)
    cache = str(cache_dir) if cache_dir is not None else str(default_cache_dir())
    corpus = _open(path, runner, metadata=metadata, max_bytes=max_bytes, cache_dir=cache, backend=backend,
                   workers=1, progress=False, convert_traditional=convert_traditional, files=files,
                   skipped=skipped, keep_runner=True, corrections=corrections)
    if len(corpus.reports):
        corpus.sections()  # every derived table, on Dask, now
        if tokens:
            corpus.tokens()
    return corpus


def build_dask(paths_or_dir: str | os.PathLike, *, client=None, npartitions: int | None = None,
               backend: str = "rjieba", tokens: bool = True) -> dict[str, pd.DataFrame]:
    """Run reading, segmenting and tokenizing on Dask partitions.

    Parameters
    ----------
    paths_or_dir : str or Path
        A folder of reports (searched recursively) or one file.
    client : distributed.Client, optional
        Where to compute (default: Dask's default scheduler).
    npartitions : int, optional
        Partitions per stage (default: 4 per worker thread).

    Returns
    -------
    dict of DataFrame
        reports, errors, sections and (with ``tokens=True``) tokens: identical to
        ``load_corpus(...)``'s ``reports``, ``errors``, ``sections()`` and ``tokens()``.
    """
    corpus = load_corpus_dask(paths_or_dir, client=client, npartitions=npartitions, backend=backend,
                              tokens=tokens)
    out = {"reports": corpus.reports, "errors": corpus.errors}
    if len(corpus.reports):
        out["sections"] = corpus.sections()
        if tokens:
            out["tokens"] = corpus.tokens()
    return out
