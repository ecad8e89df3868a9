"""The corpus: a folder of reports read into the ``reports`` and ``errors`` tables.

``load_corpus`` runs io → clean → meta for every file; the later tables (sections,
tokens, figures, checks, problems, panel) are computed on demand and kept.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field

import pandas as pd

from .clean import clean_text, to_simplified, traditional_share
from .io import DEFAULT_MAX_BYTES, ReadError, discover_files, read_document
from .meta.ids import _assign_ids, neardup_dir  # noqa: F401 (neardup_dir: gdrkit.corpus.neardup_dir)
from .meta import extract_meta
from .meta.user import join_metadata
from .schema import ERROR_COLUMNS, REPORT_COLUMNS
from .text.spans import innermost_sections
from .engine.parallel import map_reports

__all__ = ["Corpus", "load_corpus", "read_report", "REPORT_COLUMNS", "ERROR_COLUMNS"]

_DISCLOSURE_TERMS = re.compile(r"公[开開]|政[务務]|信息|資訊|申[请請]")


def read_report(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES,
                convert_traditional: bool = False) -> dict:
    """Read, clean and identify one file.

    Returns
    -------
    dict
        A ``reports`` row (see :data:`REPORT_COLUMNS`, without ``report_id`` and
        ``duplicate_of``) and ``text_hash`` (SHA-1 of ``text`` without whitespace: the
        exact-duplicate test of :func:`load_corpus`), or ``{"path", "stage", "error", "sha1"}`` when the file cannot
        be used (``sha1``: of the bytes judged, None when none were read).
    """
    try:
        doc = read_document(path, max_bytes=max_bytes)
    except ReadError as exc:
        return {"path": exc.path, "stage": exc.stage, "error": exc.message, "sha1": exc.sha1}
    except (MemoryError, RecursionError) as exc:
        return {"path": str(path), "stage": "read", "error": f"{type(exc).__name__}: file too complex to read"}
    except Exception as exc:  # a library failing on one odd file must not stop the run
        return {"path": str(path), "stage": "read", "error": f"unexpected {type(exc).__name__}: {exc}"}
    text, removed = clean_text(doc.text_raw, fmt=doc.format)
    trad = traditional_share(text)
    notes = list(doc.notes)
    header = doc.text_raw  # where the header fields (title label, agency, date) are read
    if trad > 0.05:
        if convert_traditional:
            # converted before cleaning and reading the header: the boilerplate, the
            # labels (標題 → 标题) and the table rows are matched in simplified characters
            header = to_simplified(doc.text_raw)
            text, removed = clean_text(header, fmt=doc.format)
            notes.append(f"traditional characters ({trad:.0%}) converted to simplified in text")
        else:
            notes.append(f"traditional characters ({trad:.0%} of Chinese characters); "
                          "load_corpus(convert_traditional=True) converts them")
    if len(text) < 20 or not _DISCLOSURE_TERMS.search(text):
        return {"path": doc.path, "stage": "identify", "sha1": doc.sha1,
                "error": "not a report: no disclosure terms (公开/信息/申请) in the text"
                if text else "empty file: nothing left after cleaning"}
    meta = extract_meta(text, header)
    if meta.year is None:
        notes.append("year not stated in the text")
    kinds: dict[str, int] = {}
    for k, _ in removed:
        kinds[k] = kinds.get(k, 0) + 1
    row = dict(
        # doc.path is str(Path(...)): its basename is its Path(...).name
        path=doc.path, file=os.path.basename(doc.path), format=doc.format, encoding=doc.encoding,
        sha1=doc.sha1, n_bytes=doc.n_bytes, text_raw=doc.text_raw, text=text, n_chars=len(text),
        **meta.as_dict(),
        cleaning="; ".join(f"{k}×{n}" for k, n in kinds.items()),
        notes="; ".join(notes),
        # "".join(text.split()) is re.sub(r"\s+", "", text) (both split at str.isspace's
        # whitespace), only faster
        text_hash=hashlib.sha1("".join(text.split()).encode("utf-8")).hexdigest(),
    )
    return row


@dataclass
class Corpus:
    """Reports read from a folder, and the tables derived from them.

    Attributes
    ----------
    reports : DataFrame
        One row per report (columns :data:`REPORT_COLUMNS` plus user metadata). The
        derived tables follow it: assign a filtered or edited copy
        (``corpus.reports = corpus.reports[mask]``) rather than editing it in place.
    errors : DataFrame
        path, stage, error: every input file that is not in ``reports``.
    root : str
        The folder that was read.
    """

    reports: pd.DataFrame
    errors: pd.DataFrame
    root: str = ""
    cache_dir: str | None = None
    backend: str = "rjieba"
    workers: int = 1
    progress: bool = True
    _tables: dict = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.reports)

    def __repr__(self) -> str:
        return f"<Corpus {self.root!r}: {len(self.reports)} reports, {len(self.errors)} errors>"

    def _memo(self, key: str, fn, *, disk: bool = True):
        # derived tables belong to the reports table they were computed from: assigning a
        # new one (corpus.reports = corpus.reports[mask]) recomputes them (the table is
        # held, not its id: a new table can get a freed table's id)
        if self._tables.get("_reports") is not self.reports:
            self._tables.clear()
            self._tables["_reports"] = self.reports
        if key not in self._tables:
            from .pipeline.reading import cached_table  # an unchanged corpus reads its tables from the cache

            self._tables[key] = cached_table(self, key, fn) if disk else fn()
        return self._tables[key]

    # ------------------------------------------------------------------ tables
    def _derived(self, name: str, *, with_tokens: bool = False) -> pd.DataFrame:
        """A table of :data:`gdrkit.derive.TABLES` (sections, figures, ...): they are computed together,
        report by report, and cached per report (see :mod:`gdrkit.derive`); with
        ``with_tokens``, the reports computed are also tokenized in the same pass."""
        from . import zh
        from .pipeline.deriving import TABLES, derive_tables

        if self._tables.get("_reports") is not self.reports or name not in self._tables:
            tok = (zh.Tokenizer(backend=self.backend)
                   if with_tokens and f"tokens:report:{self.backend}" not in self._tables else None)
            tables = derive_tables(self.reports, cache_dir=self.cache_dir, workers=self.workers,
                                   progress=self.progress, tokenizer=tok)
            for t in TABLES:
                self._memo(t, lambda t=t: tables[t], disk=False)
            if tables.get("tokens") is not None:
                self._tables["_tokens_computed"] = (self.backend, tables["tokens"])
        return self._tables[name]

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
        from . import zh

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
            return zh.tokenize_texts(units, tokenizer=zh.Tokenizer(backend=self.backend),
                                     cache_dir=self.cache_dir, workers=self.workers, progress=self.progress,
                                     computed=computed)

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
        """Identity checks of the template tables, and the extraction's own notes
        (ambiguous digit splits, prose vs table); see :mod:`gdrkit.extract`.

        Returns
        -------
        DataFrame
            report_id, rule, ok (False: fails; NA: cannot be decided), expected,
            observed, evidence.
        """
        from .extract.checks import with_notes

        return self._memo("checks", lambda: with_notes(self._derived("identity_checks"), self._figure_notes()))

    def _figure_notes(self) -> pd.DataFrame:
        return self._derived("figure_notes")

    def panel(self) -> pd.DataFrame:
        """One row per report: metadata, one column per measure, derived rates
        (:func:`gdrkit.analysis.panel.build_panel`).

        Returns
        -------
        DataFrame
            :data:`gdrkit.analysis.panel.PANEL_META_COLUMNS` (report_id ... duplicate_of:
            drop rows with ``duplicate_of`` set to count each report once), the
            metadata columns joined with ``load_corpus(metadata=...)``, one column per
            measure (applications_received ... consultations; missing when the report
            does not state it), flagged, and
            :data:`gdrkit.analysis.panel.RATE_COLUMNS`.
        """
        from .analysis.panel import build_panel

        return self._memo("panel", lambda: build_panel(self.reports, self.figures()))

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
        from .problems import find_problems

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
        by : {"report", "section"}
            ``"section"`` also names the section each match falls in: the innermost one
            (sections nest, and each match is listed once, not once per enclosing section).

        Returns
        -------
        DataFrame
            report_id, section_id (empty for ``by="report"``; for ``by="section"`` the
            innermost section holding the match, empty before the first heading), start,
            end (offsets in ``reports.text``), left, match, right.
        """
        from .analysis.kwic import kwic

        if by not in ("report", "section"):
            raise ValueError(f"by must be 'report' or 'section', not {by!r}")
        hits = kwic(self.reports, term, window=window, regex=regex)
        if by == "section" and len(hits):
            # the section holding each match's first character
            hits["section_id"] = innermost_sections(hits.assign(end=hits["start"] + 1), self.sections())
        return hits

    def tables(self, *, tokens: bool = True) -> dict[str, pd.DataFrame]:
        """Every table ``gdrkit build`` writes, by name."""
        self._derived("sections", with_tokens=tokens)  # one pass: sections, figures, problems, tokens
        out = {"reports": self.reports, "errors": self.errors, "sections": self.sections(),
               "figures": self.figures(), "checks": self.checks(), "problems": self.problems(),
               "panel": self.panel()}
        if tokens:
            out["tokens"] = self.tokens()
        return out


def load_corpus(path: str | os.PathLike, *, metadata: str | os.PathLike | pd.DataFrame | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES, cache_dir: str | os.PathLike | None = None,
                backend: str = "rjieba", workers: int | None = None, progress: bool = True,
                convert_traditional: bool = False) -> Corpus:
    """Read every report under ``path`` (recursively) into a :class:`Corpus`.

    Parameters
    ----------
    path : str or Path
        A folder (searched recursively) or one file.
    metadata : str, Path or DataFrame, optional
        A CSV (or table) with a ``path`` column (relative to ``path``) or a ``file``
        column of file names; its other columns are joined to ``reports`` (a column that
        gdrkit also fills gets the suffix ``_user``).
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
        overrides it; see :func:`gdrkit.parallel.default_workers`). Each worker holds
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
        style, kind, duplicate_of, cleaning, notes; ``corpus.errors`` has path, stage, error.
    """
    from .engine.cache import default_cache_dir

    from .engine.parallel import default_workers

    files, skipped = discover_files(path)
    workers = default_workers(len(files), workers=workers)
    from .pipeline.reading import read_reports  # cached (per file content) and parallel reading

    rows, read_errors = read_reports(files, max_bytes=max_bytes, convert_traditional=convert_traditional,
                                   cache_dir=cache_dir if cache_dir is not None else default_cache_dir(),
                                   workers=workers, progress=progress)
    errors: list[dict] = list(skipped) + read_errors
    _assign_ids(rows, root=path, cache_dir=cache_dir if cache_dir is not None else default_cache_dir())
    reports = rows[REPORT_COLUMNS].astype({"n_chars": "int64", "n_bytes": "int64"})
    if metadata is not None and len(reports):
        reports = join_metadata(reports, metadata, path)
    errs = pd.DataFrame(errors, columns=ERROR_COLUMNS)
    corpus = Corpus(reports=reports, errors=errs, root=str(path),
                    cache_dir=str(cache_dir) if cache_dir is not None else str(default_cache_dir()),
                    backend=backend, workers=workers, progress=progress)
    # the texts are known by their hashes here: the derived-table cache key needs no
    # pass over them (a reassigned reports table is hashed in full); the reading cache's
    # folder name stands for the reading code, library versions and options
    from .pipeline.reading import loaded_fingerprint, reports_cache

    reading = reports_cache(corpus.cache_dir, max_bytes=max_bytes, convert_traditional=convert_traditional).dir.name
    corpus._tables.update(_reports=reports, _fingerprint=loaded_fingerprint(
        reports, rows["text_hash"], options=reading))
    return corpus
