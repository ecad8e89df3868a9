"""The per-report stages, in the order they run: what every runner calls.

:func:`read_report` reads, cleans and identifies one file (io → clean → meta);
:func:`derive_reports` segments some reports and reads their figures, checks and problems
(sections → extract, problems). ``load_corpus`` (through :mod:`gdrkit.pipeline.reading`
and :mod:`gdrkit.pipeline.deriving`), the streaming build (:mod:`gdrkit.pipeline.streaming`)
and the Dask engine (:mod:`gdrkit.pipeline.dask_engine`) all call these two, so their
tables are the same whatever runs them. What needs the whole corpus (report ids and
duplicates, the checks table, the panel) runs afterwards, where the corpus is.
"""

from __future__ import annotations

import hashlib
import os
import re

import pandas as pd

from .. import extract  # extract.extract_figures looked up when called (a test replaces it)
from ..clean import clean_text, to_simplified, traditional_share
from ..io import DEFAULT_MAX_BYTES, ReadError, read_document
from ..meta import extract_meta
from ..problems import find_problems
from ..sections import segment_reports
from ..text.radicals import unified_ideographs

__all__ = ["read_report", "derive_reports", "failed_in", "as_str", "DERIVED_TABLES", "STAGE_COLUMNS"]

#: The tables :func:`derive_reports` returns, in its order.
DERIVED_TABLES = ("sections", "figures", "figure_notes", "problems", "identity_checks")
#: The columns of ``reports`` the derived stages read: the text and the report metadata
#: they copy into their rows (report_id and text are needed, the others used when there).
STAGE_COLUMNS = ("report_id", "text", "style", "year", "agency", "level")

_DISCLOSURE_TERMS = re.compile(r"公[开開]|政[务務]|信息|資訊|申[请請]")


def read_report(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES,
                convert_traditional: bool = False) -> dict:
    """Read, clean and identify one file.

    Returns
    -------
    dict
        A ``reports`` row (see :data:`gdrkit.schema.REPORT_COLUMNS`, without ``report_id``
        and ``duplicate_of``) and ``text_hash`` (SHA-1 of ``text`` without whitespace: the
        exact-duplicate test of :func:`gdrkit.load_corpus`), or ``{"path", "stage",
        "error", "sha1"}`` when the file cannot be used (``sha1``: of the bytes judged,
        None when none were read).
    """
    try:
        doc = read_document(path, max_bytes=max_bytes)
    except ReadError as exc:
        return {"path": exc.path, "stage": exc.stage, "error": exc.message, "sha1": exc.sha1}
    except (MemoryError, RecursionError) as exc:
        return {"path": str(path), "stage": "read", "error": f"{type(exc).__name__}: file too complex to read"}
    except Exception as exc:  # a library failing on one odd file must not stop the run
        return {"path": str(path), "stage": "read", "error": f"unexpected {type(exc).__name__}: {exc}"}
    # where the header fields (title label, agency, date) are read: the raw text, its radicals
    # as ideographs (a PDF's 栏⽬, 发布机构: ⼈⺠政府), as the cleaning reads them (mapped once)
    header = unified_ideographs(doc.text_raw)
    text, removed = clean_text(header, fmt=doc.format)
    trad = traditional_share(text)
    notes = list(doc.notes)
    if trad > 0.05:
        if convert_traditional:
            # converted before cleaning and reading the header: the boilerplate, the
            # labels (標題 → 标题) and the table rows are matched in simplified characters
            header = to_simplified(header)
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
    return dict(
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


def derive_reports(reports: pd.DataFrame) -> tuple[pd.DataFrame, ...]:
    """The per-report tables of some reports, in the order of :data:`DERIVED_TABLES`.

    Parameters
    ----------
    reports : DataFrame
        Rows of the ``reports`` table (at least report_id and text; see :data:`STAGE_COLUMNS`).

    Returns
    -------
    tuple of DataFrame
        sections (:func:`gdrkit.sections.segment_reports`), figures and figure_notes
        (:func:`gdrkit.extract.extract_figures`), problems
        (:func:`gdrkit.problems.find_problems`) and identity_checks
        (:func:`gdrkit.extract.check_figures`, without the notes: the ``checks`` table
        appends every report's notes after every report's identity checks).
    """
    sections = segment_reports(reports)
    # the identity checks come with the figures: computed once, for the confidence too
    figures, notes, checks = extract.extract_figures(reports, sections, with_checks=True)
    problems = find_problems(reports, sections)
    return sections, figures, notes, problems, checks


def failed_in(what: str, ids: list, exc: Exception) -> RuntimeError:
    """An error naming the reports of the chunk where ``what`` failed (raise it ``from exc``)."""
    return RuntimeError(f"gdrkit: {what} failed in one of {len(ids)} reports {ids[:5]}"
                        f"{' ...' if len(ids) > 5 else ''}: {type(exc).__name__}: {exc}")


def as_str(df: pd.DataFrame) -> pd.DataFrame:
    """Object columns holding only strings become ``str`` columns, whatever the parts put
    together (a part where a column is all missing is read back as ``object``)."""
    for c in df.columns:
        if df[c].dtype == object and pd.api.types.infer_dtype(df[c], skipna=True) == "string":
            df[c] = df[c].astype("str")
    return df
