"""The panel for Stata (``panel.dta``) and its codebook (``codebook.csv``, ``codebook.md``).

``panel.dta`` is Stata 118 (Stata 14 and later: Unicode, so Chinese names stay as they
are), written by :meth:`pandas.DataFrame.to_stata`:

- **names**: a panel column whose name is a valid Stata name of at most 32 characters
  keeps it; otherwise (:func:`stata_names`, stable: it depends on the name alone, then on
  the names before it) characters Stata does not allow (ASCII other than letters, digits
  and ``_``) become ``_``, a leading digit or a reserved word (:data:`RESERVED`) gets a
  ``_`` in front,
  then, if still longer than 32 characters, the words of :data:`ABBREVIATIONS` are
  shortened (``applications`` → ``apps``, ``reconsiderations`` → ``recons``, …), then
  the name is cut to 32 characters; a name already taken gets ``_2``, ``_3``, … at its
  end. ``reconsiderations_per_100_applications`` is ``reconsiderations_per_100_apps``,
  ``approx_applications_carried_forward`` is ``approx_apps_carried_forward``. The
  codebook lists every column's Stata name.
- **labels**: each variable's label is its meaning in English and Chinese
  (``English / 中文``, from ``gdrkit/data/panel_codebook.csv``: see
  :func:`gdrkit.schema.panel_column_info`), at most 80 characters (Stata's limit: a
  longer English part is cut and ends with ``…``).
- **missing**: a missing number is Stata's missing value ``.``; yes/no columns with a
  missing value (``zero_applications``, ``approx_*``: pandas' nullable booleans) become
  numbers 1/0 with ``.`` where missing; ``year`` (a nullable integer) is a number with
  ``.`` where missing; text is ``str`` (``strL`` when longer than 2,045 bytes), and a
  missing text is ``""``, Stata's missing string.
- the file's time stamp is fixed (:data:`TIME_STAMP`), not the time of the build, so
  that the same panel gives the same bytes.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import warnings

import numpy as np
import pandas as pd
from pandas.errors import InvalidColumnName

from ..schema import CODEBOOK_COLUMNS, PANEL_FILES, panel_column_info

__all__ = ["stata_names", "codebook", "to_stata_frame", "write_dta", "codebook_markdown", "ABBREVIATIONS",
           "RESERVED", "TIME_STAMP", "PANEL_FILES"]

#: Words shortened, in this order, in a Stata name longer than 32 characters.
ABBREVIATIONS = (("applications", "apps"), ("application", "app"), ("reconsiderations", "recons"),
                 ("consultations", "consults"), ("normative_docs", "normdocs"), ("regulations", "regs"),
                 ("carried_forward", "carried_fwd"), ("proactive", "proact"))
#: The time stamp written into ``panel.dta``.
TIME_STAMP = _dt.datetime(2000, 1, 1, 0, 0)
#: Names Stata (and pandas' writer) reserve: such a column's name gets a ``_`` in front.
RESERVED = frozenset((
    "aggregate", "array", "boolean", "break", "byte", "case", "catch", "class", "colvector", "complex", "const",
    "continue", "default", "delegate", "delete", "do", "double", "else", "eltypedef", "end", "enum", "explicit",
    "export", "external", "float", "for", "friend", "function", "global", "goto", "if", "inline", "int", "local",
    "long", "NULL", "pragma", "protected", "quad", "rowvector", "short", "typedef", "typename", "virtual", "_all",
    "_N", "_skip", "_b", "_pi", "str#", "in", "_pred", "strL", "_coef", "_rc", "using", "_cons", "_se", "with",
    "_n"))
_BAD = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f\x80-\xbf×÷]")  # what to_stata would replace
_STR_MAX_BYTES = 2045
_DATA_LABEL = "gdrkit panel: one row per distinct report (see codebook.md)"


def _one_name(name: str) -> str:
    s = _BAD.sub("_", str(name)) or "_"
    if s[0].isdigit() or s in RESERVED or re.fullmatch(r"str\d+", s):
        s = "_" + s
    for long, short in ABBREVIATIONS:
        if len(s) <= 32:
            break
        s = s.replace(long, short)
    return s[:32]


def stata_names(columns) -> dict[str, str]:
    """``{column: Stata name}`` for the panel's columns (see the module docstring)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for c in columns:
        s = _one_name(c)
        n = 2
        while s in taken:
            s = f"{_one_name(c)[:32 - len(str(n)) - 1]}_{n}"
            n += 1
        out[str(c)] = s
        taken.add(s)
    return out


def _kind(s: pd.Series) -> tuple[str, str]:
    """(type in words, the Stata type written) of a panel column."""
    if pd.api.types.is_bool_dtype(s):
        return "yes/no", "double (1/0, . missing)" if isinstance(s.dtype, pd.BooleanDtype) else "byte (1/0)"
    if pd.api.types.is_integer_dtype(s):
        return "integer", "double (. missing)" if isinstance(s.dtype, pd.api.extensions.ExtensionDtype) else "long"
    if pd.api.types.is_numeric_dtype(s):
        return "number", "double (. missing)"
    return "text", "str (\"\" missing)"


def _label(en: str, zh: str) -> str:
    tail = f" / {zh}"
    if len(en) + len(tail) <= 80:
        return en + tail
    return en[: max(0, 80 - len(tail) - 1)] + "…" + tail


def codebook(panel: pd.DataFrame) -> pd.DataFrame:
    """One row per column of ``panel``.

    Returns
    -------
    DataFrame
        column, stata_name, type (number, integer, yes/no, text), stata_type (as written in
        ``panel.dta``), label_en, label_zh, unit, source (which table or rule), missing
        (what an empty value means, and how 0 differs), stata_label (the variable label
        in ``panel.dta``).
    """
    names = stata_names(panel.columns)
    rows = []
    for info in panel_column_info(panel.columns):
        kind, stype = _kind(panel[info["column"]])
        rows.append({**info, "stata_name": names[info["column"]], "type": kind, "stata_type": stype,
                     "stata_label": _label(info["label_en"], info["label_zh"])})
    return pd.DataFrame(rows, columns=CODEBOOK_COLUMNS).astype("str")


def to_stata_frame(panel: pd.DataFrame) -> pd.DataFrame:
    """The panel as written to Stata: nullable booleans and integers as float64 (NaN where
    missing), text as str ("" where missing), columns renamed by :func:`stata_names`."""
    out = {}
    for c in panel.columns:
        s = panel[c]
        if isinstance(s.dtype, pd.api.extensions.ExtensionDtype) and (
                pd.api.types.is_bool_dtype(s) or pd.api.types.is_integer_dtype(s)):
            out[c] = s.astype("Float64").to_numpy(dtype="float64", na_value=np.nan)
        elif pd.api.types.is_bool_dtype(s) or pd.api.types.is_numeric_dtype(s):
            out[c] = s.to_numpy()
        else:
            out[c] = np.array([v if isinstance(v, str) else "" if v is None or pd.isna(v) else str(v)
                               for v in s.tolist()], dtype=object)
    df = pd.DataFrame(out, index=range(len(panel)))
    return df.rename(columns=stata_names(panel.columns))


def write_dta(panel: pd.DataFrame, book: pd.DataFrame, path: str | os.PathLike) -> None:
    """Write ``panel`` to ``path`` as Stata 118, named and labelled by its ``codebook``."""
    df = to_stata_frame(panel)
    strl = [c for c in df.columns if df[c].dtype == object
            and any(len(v.encode("utf-8")) > _STR_MAX_BYTES for v in df[c].tolist())]
    with warnings.catch_warnings():
        # a name pandas would change is a bug of stata_names (the codebook would be wrong)
        warnings.simplefilter("error", InvalidColumnName)
        df.to_stata(path, version=118, write_index=False, time_stamp=TIME_STAMP, data_label=_DATA_LABEL,
                    variable_labels=dict(zip(book["stata_name"], book["stata_label"])), convert_strl=strl)


def codebook_markdown(book: pd.DataFrame) -> str:
    """The codebook as a Markdown page: what missing, 0 and "not stated" mean, how Stata
    names are made, how to read the files, then one table row per column."""
    def cell(v: str) -> str:
        return str(v).replace("|", "\\|").replace("\n", " ")

    head = ["column", "Stata name", "type", "unit", "meaning", "含义", "source", "missing"]
    lines = ["# Codebook of the panel (panel.parquet, panel.csv, panel.dta)", "",
             "One row per distinct report: a copy of another report (`duplicate_of`) is left out, and a "
             "statistics annex is folded into its report (`filled_from`). Keyed by `agency_id` (else `agency`) "
             "and `year`; `adcode` merges with statistical yearbooks.", "",
             "**Missing, 0 and \"not stated\".** A measure is missing (empty in the CSV, `.` in Stata, NA in "
             "R) when the report does not state it or gdrkit did not read it: \"not stated\" is missing, never "
             "0. A 0 is a report's own statement of none (未收到申请, 未收取费用, a table cell of 0). A rate "
             "is missing when one of its inputs is missing or its denominator is 0. In Stata a missing text "
             "is \"\".", "",
             "**Stata names.** A name that is a valid Stata name of at most 32 characters is kept; a longer one "
             "has its long words shortened (" + ", ".join(f"{a} → {b}" for a, b in ABBREVIATIONS)
             + "), then is cut to 32 characters; characters Stata does not allow become `_`; a name already "
             "taken gets `_2`, `_3`, …. Each variable's label is `English / 中文` (at most 80 characters).", "",
             "**Reading the files.** Python: `pandas.read_parquet(\"panel.parquet\")`; R: "
             "`arrow::read_parquet(\"panel.parquet\")`; Stata 14 or later: `use panel.dta`.", "",
             "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in book.itertuples(index=False):
        lines.append("| " + " | ".join(cell(v) for v in (f"`{r.column}`", f"`{r.stata_name}`", r.type, r.unit,
                                                           r.label_en, r.label_zh, r.source, r.missing)) + " |")
    return "\n".join(lines) + "\n"
