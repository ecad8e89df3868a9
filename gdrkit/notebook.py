"""The helpers the curated notebooks share: where the corpus and the figures are, tables
without duplicate reports, the corpus described in words, the checks summed up; and, so
that a notebook needs one import, the paper helpers of :mod:`gdrkit.analysis.paper`.

They keep the notebooks thin and make every degradation explicit: a table that cannot be
computed says why (a warning) instead of being skipped.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from .analysis.keyness import period_groups
from .analysis.models import SupportWarning
from .analysis.paper import (
    OUTCOMES,
    PAPER_MODELS,
    factor_references,
    fit_models,
    fit_or_explain,
    not_estimated,
    paper_table,
    template_outcomes,
    totals_table,
)
from .plot import save_figure as _plot_save_figure

__all__ = ["LeftOutWarning", "WarningSummary", "summarise_warnings", "data_path", "figures_path", "optional_table", "unique_reports", "with_report_meta", "describe_corpus",
           "describe_limits", "checks_summary", "failed_checks", "save_figure", "plotted_values",
           # from gdrkit.analysis, for the notebooks' one import
           "fit_or_explain", "fit_models", "factor_references", "not_estimated", "paper_table", "totals_table",
           "template_outcomes", "period_groups", "OUTCOMES", "PAPER_MODELS"]


class LeftOutWarning(UserWarning):
    """Rows of duplicate reports or statistics annexes left out of a table (expected: the
    notebooks count each report once)."""


def _repo_default(sub: str) -> Path:
    # notebooks/ sits beside data/ and figures/; run from elsewhere, fall back to ./<sub>
    here = Path.cwd()
    for cand in (here / sub, here.parent / sub):
        if cand.exists():
            return cand
    return here.parent / sub if here.name == "notebooks" else here / sub


def data_path(default: str | os.PathLike | None = None) -> Path:
    """The corpus folder: ``$GDRKIT_DATA`` if set, else ``default``, else the repo's data/."""
    env = os.environ.get("GDRKIT_DATA")
    p = Path(env) if env else Path(default) if default is not None else _repo_default("data")
    if not p.exists():
        raise FileNotFoundError(f"corpus folder {p} does not exist (set GDRKIT_DATA or the DATA parameter)")
    return p.resolve()


def figures_path(default: str | os.PathLike | None = None) -> Path:
    """Where figures go: ``$GDRKIT_FIGURES`` if set, else ``default``, else the repo's figures/."""
    env = os.environ.get("GDRKIT_FIGURES")
    p = Path(env) if env else Path(default) if default is not None else _repo_default("figures")
    p.mkdir(parents=True, exist_ok=True)
    return p.resolve()


def _without_duplicates(table: pd.DataFrame, reports: pd.DataFrame, what: str) -> tuple[pd.DataFrame, str | None]:
    """``table`` without the rows of duplicate reports and of statistics annexes linked to
    their report (both folded into the report: see :func:`gdrkit.analysis.fold.panel_rows`),
    and a note saying how many rows were left out (None when none)."""
    if "report_id" not in table.columns:
        return table, None
    dup = set(reports.loc[reports["duplicate_of"].notna(), "report_id"]) if "duplicate_of" in reports else set()
    annex = set(reports.loc[reports["annex_of"].notna(), "report_id"]) if "annex_of" in reports else set()
    drop_dup, drop_annex = table["report_id"].isin(dup), table["report_id"].isin(annex)
    if not (drop_dup.any() or drop_annex.any()):
        return table, None
    said = []
    if drop_dup.any():
        said.append(f"{int(drop_dup.sum())} row(s) of {len(dup)} duplicate report(s) left out "
                    "(reports.duplicate_of names the copy kept)")
    if drop_annex.any():
        said.append(f"{int(drop_annex.sum())} row(s) of {len(annex)} statistics annex(es) left out "
                    "(reports.annex_of names the report each belongs to; the panel folds them in)")
    return table[~(drop_dup | drop_annex).to_numpy()], f"{what}: {'; '.join(said)}"


def unique_reports(table: pd.DataFrame, reports: pd.DataFrame, *, what: str = "table") -> pd.DataFrame:
    """``table`` without the rows of reports that duplicate another report
    (``reports.duplicate_of`` set: the same report scraped twice, or in two formats) or
    that are the statistics annex of another (``reports.annex_of`` set); a warning says
    how many rows were left out. The panel (``corpus.panel()``) has neither already: no
    row is left out of it, and nothing is said."""
    out, note = _without_duplicates(table, reports, what)
    if note:
        warnings.warn(note, LeftOutWarning, stacklevel=2)
    return out


def optional_table(corpus, name: str, *, dedupe: bool = True, **kw) -> pd.DataFrame | None:
    """``corpus.<name>(**kw)``, or None with a warning saying why when this gdrkit has no module
    for it yet (only a missing gdrkit module is caught: any other error is raised).
    With ``dedupe`` (default), rows of duplicate reports and of linked statistics annexes
    are left out (see :func:`unique_reports`)."""
    try:
        out = getattr(corpus, name)(**kw)
    except (ModuleNotFoundError, ImportError) as exc:
        mod = getattr(exc, "name", None) or str(exc)
        if "gdrkit" not in str(mod):
            raise
        warnings.warn(f"the {name} table cannot be computed: module {mod} is not available in this "
                      "version of gdrkit, so the cells that need it give no result", stacklevel=2)
        return None
    if not dedupe:
        return out
    out, note = _without_duplicates(out, corpus.reports, name)
    if note:
        warnings.warn(note, LeftOutWarning, stacklevel=2)
    return out


def with_report_meta(table: pd.DataFrame, reports: pd.DataFrame, *,
                     columns: tuple[str, ...] = ("year", "agency", "agency_id", "agency_name", "agency_type", "tier",
                                                 "style")
                     ) -> pd.DataFrame:
    """``table`` (with report_id) joined to the report metadata ``columns`` it does not yet
    have (a left join: every row of ``table`` is kept; NaN where a report lacks a value)."""
    cols = [c for c in columns if c in reports.columns and c not in table.columns]
    return table.merge(reports[["report_id", *cols]], on="report_id", how="left")


def describe_corpus(reports: pd.DataFrame) -> str:
    """One paragraph (returned, for the notebook to show): how many reports, agencies and
    years, and what that can support."""
    n = len(reports)
    agencies = reports["agency"].dropna().nunique() if "agency" in reports else 0
    years = reports["year"].dropna()
    span = f"{int(years.min())}–{int(years.max())}" if len(years) else "no known year"
    repeats = int((reports.dropna(subset=["agency"]).groupby("agency").size() > 1).sum()) if agencies else 0
    lines = [f"{n} reports from {agencies} named agencies, covering {span}; "
             f"{repeats} agencies appear in more than one report."]
    if n < 30:
        lines.append("This is too few reports for inference: the figures describe these reports only, "
                     "and regressions are estimated only where the data allow (otherwise the notebook "
                     "says why).")
    if repeats == 0:
        lines.append("No agency repeats, so nothing here separates change over time from differences "
                     "between agencies.")
    return " ".join(lines)


def _agency_key(reports: pd.DataFrame) -> pd.Series:
    """The agency a report is counted under: ``agency_id`` where filled, else the agency as printed."""
    key = reports["agency"] if "agency" in reports else pd.Series(pd.NA, index=reports.index, dtype="object")
    if "agency_id" in reports:
        key = reports["agency_id"].astype("object").where(reports["agency_id"].notna(), key)
    return key


def describe_limits(reports: pd.DataFrame, *, min_clusters: int = 20) -> str:
    """What these reports can and cannot support, in words written from the data (Markdown).

    Parameters
    ----------
    reports : DataFrame
        One row per distinct report (see :func:`unique_reports`), with ``agency`` (and
        ``agency_id`` when the panel has it), ``year``, ``style`` and ``tier``.
    min_clusters : int
        Fewer agencies than this and cluster-robust inference is said to be unreliable.

    Returns
    -------
    str
        A paragraph starting "**What these N reports can and cannot support.**": how many
        reports, agencies (by ``agency_id`` where known) and years; how many agencies are
        seen in two or more years; the tiers and styles; then each analysis the data cannot
        carry and why (no repeated agency, few clusters, a tier with one agency, no template
        report, a changing set of agencies from year to year).
    """
    n = len(reports)
    key = _agency_key(reports)
    known = reports.assign(_agency=key).dropna(subset=["_agency"])
    n_agencies = known["_agency"].nunique()
    years = reports["year"].dropna().astype(int)
    per_agency = known.dropna(subset=["year"]).groupby("_agency")["year"].nunique()
    repeated = int((per_agency >= 2).sum())
    head = (f"**What these {n} reports can and cannot support.** They come from {n_agencies} agencies"
            + (f" ({n - len(known)} report{' names' if n - len(known) == 1 else 's name'} none)"
               if len(known) < n else "")
            + (f", covering {years.min()}–{years.max()} ({years.nunique()} distinct years)" if len(years)
               else ", none with a known year")
            + f"; {repeated} agenc{'y is' if repeated == 1 else 'ies are'} seen in two or more years"
            + (f" (at most {int(per_agency.max())})" if repeated else "") + ". ")
    parts = [head + _counts_in_words(reports, "tier", "tier") + " " + _counts_in_words(reports, "style", "style")]
    parts += _cannot(reports, known, n_agencies, repeated, years, min_clusters)
    parts.append("They are the files collected, not a random sample of agencies: nothing here generalises "
                 "beyond them without a model of how they were collected.")
    return " ".join(parts)


def _counts_in_words(reports: pd.DataFrame, column: str, what: str) -> str:
    if column not in reports:
        return ""
    counts = reports[column].fillna("unknown").value_counts()
    return f"By {what}: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + "."


def _cannot(reports, known, n_agencies, repeated, years, min_clusters) -> list[str]:
    """The sentences on what cannot be estimated, each with its reason."""
    out = []
    if repeated == 0:
        out.append("No agency is seen in two years, so change over time cannot be told apart from "
                   "differences between agencies: no trend or agency fixed effect can be estimated.")
    elif repeated < min_clusters:
        out.append(f"A within-agency (fixed-effects) estimate rests on the {repeated} repeated "
                   f"agenc{'y' if repeated == 1 else 'ies'} only.")
    if n_agencies < min_clusters:
        out.append(f"With {n_agencies} agencies (clusters), cluster-robust standard errors are unreliable "
                   f"(fewer than {min_clusters}): read them with the wild cluster bootstrap, or not at all.")
    if "tier" in reports:
        thin = known.dropna(subset=["tier"]).groupby("tier")["_agency"].nunique()
        thin = thin[thin < 3]
        if len(thin):
            out.append("A comparison by tier rests on fewer than three agencies for "
                       + ", ".join(f"{t} ({v})" for t, v in thin.items())
                       + ": such a coefficient describes those agencies, not the tier.")
    if "style" in reports and not reports["style"].astype(str).str.startswith("template").any():
        out.append("No report uses the national template (2019 on), so the template's tables (answers by "
                   "kind, applicants by type) are not available.")
    per_year = known.dropna(subset=["year"]).groupby(known["year"].dropna().astype(int))["_agency"].nunique()
    if len(per_year) >= 2 and per_year.min() != per_year.max():
        out.append(f"The number of agencies per year runs from {per_year.min()} to {per_year.max()}: a sum "
                   "over all reports of a year mixes change with a changing set of agencies (the figures "
                   "show the count per point).")
    return out


def checks_summary(checks: pd.DataFrame) -> pd.DataFrame:
    """Per rule: how many checks passed, failed, or could not be checked (``ok`` missing:
    a cell the identity needs was not found)."""
    ok = checks["ok"].astype("boolean")
    result = pd.Series(np.select([ok.eq(True).fillna(False).to_numpy(bool), ok.eq(False).fillna(False).to_numpy(bool)],
                                 ["passed", "failed"], "not checkable"), index=checks.index)
    out = pd.crosstab(checks["rule"], result)
    for c in ("passed", "failed", "not checkable"):
        if c not in out.columns:
            out[c] = 0
    out = out[["passed", "failed", "not checkable"]]
    out.columns.name = None  # pandas names an unnamed column key "col_0"
    return out


def failed_checks(checks: pd.DataFrame) -> pd.DataFrame:
    """The checks that failed (``ok`` is False; missing ``ok`` is not a failure)."""
    return checks[checks["ok"].astype("boolean").eq(False).fillna(False).to_numpy(bool)]


# --------------------------------------------------------------------------- expected warnings
#: warnings a notebook expects on a small or uneven collection: rows of duplicates left
#: out, models on few clusters or a thin level, units without an agency in text reuse
EXPECTED_WARNINGS = (LeftOutWarning, SupportWarning)
_EXPECTED_TEXT = ("have no agency, so they never count as the same agency",)


class WarningSummary:
    """Shows the expected warnings of a notebook cell as one line of output after the cell
    (``expected: …``), instead of one pink box each; any other warning is shown as Python
    shows it (and a warning filter set to ``error`` still raises). Installed by
    :func:`summarise_warnings`."""

    def __init__(self, *, immediate: bool = False) -> None:
        self.pending: list[str] = []
        self.shown = warnings.showwarning
        self.immediate = immediate  # print each line at once (outside IPython)

    def show(self, message, category, filename, lineno, file=None, line=None) -> None:
        text = str(message)
        if issubclass(category, EXPECTED_WARNINGS) or any(t in text for t in _EXPECTED_TEXT):
            self.pending.append(text)
            if self.immediate:
                self.flush()
        else:
            self.shown(message, category, filename, lineno, file, line)

    def line(self) -> str | None:
        """The one line summing up the expected warnings since the last call (None when none)."""
        msgs = list(dict.fromkeys(self.pending))
        self.pending.clear()
        if not msgs:
            return None
        short = [_short(m) for m in msgs]
        return f"expected ({len(msgs)} warning{'s' if len(msgs) > 1 else ''}): " + "; ".join(short)

    def flush(self, *_args) -> None:
        text = self.line()
        if text:
            print(text)


#: where an expected warning's explanation starts (the line keeps what comes before)
_EXPLAINS = (" (fewer than", " (reports.", ": cluster-robust", ": its estimate", ", so they never", "; use ")


def _short(message: str, width: int = 110) -> str:
    """A warning's claim without its explanation (the pending list keeps the whole text)."""
    cut = min([i for i in (message.find(e) for e in _EXPLAINS) if i > 0], default=len(message))
    text = message[:cut]
    return text if len(text) <= width else text[:width - 1] + "…"


def summarise_warnings() -> WarningSummary:
    """From now on, sum up a cell's expected warnings (:data:`EXPECTED_WARNINGS`: duplicates
    left out, models resting on few clusters or a thin level) in one line after the cell;
    other warnings are shown as usual. In IPython the line is printed when the cell has run;
    elsewhere at once. Returns the summary (its ``pending`` list holds the full texts)."""
    ip = _ipython()
    summary = WarningSummary(immediate=ip is None)
    warnings.showwarning = summary.show
    if ip is not None:
        ip.events.register("post_run_cell", summary.flush)
    return summary


def _ipython():
    """The running IPython shell, or None (no IPython, or not inside it)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    return get_ipython()


# --------------------------------------------------------------------------- a figure's numbers
def save_figure(fig, name: str, *, folder: str | os.PathLike | None = "figures", data=None, **kw) -> list[Path]:
    """:func:`gdrkit.plot.save_figure` (PNG, PDF) and beside them ``<name>.csv``, the numbers the
    figure draws (:func:`plotted_values`; no CSV when it draws no bar, line or heat map)."""
    values = plotted_values(fig)  # before saving: the layout may wrap tick labels
    written = _plot_save_figure(fig, name, folder=folder, data=data, **kw)
    (csv := written[0].with_suffix(".csv")).unlink(missing_ok=True)
    if len(values):
        values.to_csv(csv, index=False, lineterminator="\n")
    return [*written, csv] if len(values) else written


def plotted_values(fig) -> pd.DataFrame:
    """The numbers a figure draws, read back from it: a row (``panel``: place in ``fig.axes``, ``kind``,
    ``series``: the legend entry, ``x``, ``y``, ``value``) per bar (stack segment), point (of a line, a
    scatter; with error bars: the estimate) and heat-map cell; none where nothing is drawn. A category axis
    gives ``x`` or ``y`` its tick label; ``value`` is a bar's length, a point's number-axis value or a
    cell's. A line's x all within 0.1 of whole numbers (one year's measures side by side) are those."""
    from matplotlib.collections import PathCollection
    from matplotlib.container import BarContainer, ErrorbarContainer
    rows, name = [], lambda a: "" if a is None or str(a).startswith("_") else str(a)  # noqa: E731
    for i, ax in enumerate(fig.axes):
        xs, ys, named, caps = _categories(ax.xaxis), _categories(ax.yaxis), {}, set()
        for c in ax.containers:
            if isinstance(c, ErrorbarContainer):
                named[id(c.lines[0])] = c.get_label()
                caps.update(id(a) for a in c.lines[1])
            elif isinstance(c, BarContainer):
                across = getattr(c, "orientation", None) == "horizontal"
                for b in c.patches:
                    at = ("", _at(ys, b.get_center()[1])) if across else (_at(xs, b.get_center()[0]), "")
                    rows.append((i, "bar", name(c.get_label()), *at, b.get_width() if across else b.get_height()))
        drawn = [(named.get(id(n), n.get_label()), n.get_xdata(), n.get_ydata()) for n in ax.get_lines()
                 if id(n) not in caps and n.get_transform() == ax.transData]  # not caps, not reference lines
        drawn += [(c.get_label(), *np.asarray(c.get_offsets(), float).T) for c in ax.collections
                  if isinstance(c, PathCollection)]  # a scatter
        for label, x, y in drawn:
            ok = np.isfinite(x := np.asarray(x, float)) & np.isfinite(y := np.asarray(y, float))
            x, y, label = x[ok], y[ok], name(label)
            if ys and not xs:
                rows += [(i, "point", label, "", _at(ys, b), a) for a, b in zip(x, y)]
                continue
            x = np.round(x) if len(x) and np.all(np.abs(x - np.round(x)) < 0.1) else x
            rows += [(i, "point", label, _at(xs, a), "", b) for a, b in zip(x, y)]
        for im in ax.get_images():
            a = np.ma.filled(np.ma.asarray(im.get_array(), float), np.nan)
            if a.ndim == 2:  # not a picture (a word cloud)
                rows += [(i, "cell", "", _at(xs, k), _at(ys, r), v) for (r, k), v in np.ndenumerate(a) if v == v]
    return pd.DataFrame(rows, columns=["panel", "kind", "series", "x", "y", "value"]).dropna(subset=["value"])


def _categories(axis) -> dict | None:
    """Tick place → label on a category axis (fixed ticks named by ``set_xticks(ticks, labels)``)."""
    from matplotlib.ticker import FixedFormatter, FixedLocator, FuncFormatter
    loc, fmt = axis.get_major_locator(), axis.get_major_formatter()
    if isinstance(loc, FixedLocator) and isinstance(fmt, (FixedFormatter, FuncFormatter)) and len(loc.locs):
        return {float(t): " ".join(str(fmt(t, k)).split("\n")) for k, t in enumerate(loc.locs)}
    return None


def _at(categories: dict | None, place: float):
    """The category at ``place`` (the nearest tick, within half a step), else the number."""
    tick = min(categories or [np.inf], key=lambda t: abs(t - place))
    return categories[tick] if abs(tick - place) < 0.5 else int(place) if float(place).is_integer() else float(place)
