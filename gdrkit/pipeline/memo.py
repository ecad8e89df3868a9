"""How a :class:`~gdrkit.corpus.Corpus` keeps its derived tables, and its subsets.

:class:`DerivedTables` is the part of a Corpus that computes its tables on demand (by its
runner: this machine's workers or Dask), keeps them (in memory, and whole tables on disk
for an unchanged corpus: :func:`~gdrkit.pipeline.tablecache.cached_table`), and starts
again when the reports table is replaced (``corpus.reports = corpus.reports[mask]``).

:meth:`DerivedTables.subset` gives a Corpus of some reports whose every table is its
parent's filtered to the reports kept:

- the per-report tables (sections, figures, problems, tokens, the identity checks and
  notes) are the parent's rows of those reports: taken from the parent when it has them,
  else computed for the reports kept alone (the same rows: they depend on one report);
- the tables that depend on other reports, the panel (duplicates left out, annexes folded
  into their report) and the checks (the checks across years), are the parent's, computed
  on the whole corpus and filtered: a report keeps the values its annex filled even when
  the annex is not kept, and a check across years is kept with its later report.

Replacing a subset's reports table makes it a corpus of its own (its tables computed from
its reports alone).
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from .. import zh
from .runners import LocalRunner
from .stages import DERIVED_TABLES
from .tablecache import cached_table, reports_fingerprint

__all__ = ["DerivedTables", "select_reports", "FROM_PARENT"]

#: The tables a subset takes from its parent (filtered): they depend on other reports.
FROM_PARENT = {"panel": lambda c: c.panel(), "panel_duplicates": lambda c: c.panel(duplicates=True),
               "checks": lambda c: c.checks()}


def select_reports(reports: pd.DataFrame, mask_or_query) -> pd.DataFrame:
    """The rows of ``reports`` a mask or query selects.

    ``mask_or_query``: a boolean Series aligned to ``reports`` (same index; a missing
    value, as ``reports["year"] >= 2019`` gives for an unknown year, selects nothing), a
    boolean array of its length, or a query string over its columns (:meth:`pandas.DataFrame.query`,
    e.g. ``"year >= 2019 and tier == 'provincial'"``). Raises ValueError otherwise.
    """
    if isinstance(mask_or_query, str):
        return reports.query(mask_or_query)
    mask = mask_or_query
    if isinstance(mask, pd.Series):
        if not mask.index.equals(reports.index):
            if not mask.index.isin(reports.index).all() or len(mask) != len(reports):
                raise ValueError("subset: the mask's index is not the reports table's index")
            mask = mask.reindex(reports.index)
        if isinstance(mask.dtype, pd.BooleanDtype):  # a comparison with a missing value: not selected
            mask = mask.fillna(False)
        mask = mask.to_numpy()
    mask = np.asarray(mask)
    if mask.shape != (len(reports),) or mask.dtype != bool:
        raise ValueError(f"subset: a boolean mask of {len(reports)} values (one per report) or a query string, "
                         f"not {type(mask_or_query).__name__} of dtype {getattr(mask, 'dtype', None)}")
    return reports[mask]


class DerivedTables:
    """The derived tables of a Corpus (a dataclass with reports, cache_dir, backend,
    workers, progress, runner and _tables): see the module docstring."""

    def _runner(self):
        if self.runner is not None:
            return self.runner
        return LocalRunner(cache_dir=self.cache_dir, workers=self.workers, progress=self.progress)

    def _fingerprint(self) -> str:
        """The reports table's hash (:func:`~gdrkit.pipeline.tablecache.reports_fingerprint`),
        once per reports table (:meth:`_memo` clears the tables when it is replaced)."""
        if "_fingerprint" not in self._tables:
            self._tables["_fingerprint"] = reports_fingerprint(self.reports)
        return self._tables["_fingerprint"] + self._corrections_key()  # checks, panel follow them

    def _memo(self, key: str, fn, *, disk: bool = True):
        # derived tables belong to the reports table they were computed from: assigning a
        # new one (corpus.reports = corpus.reports[mask]) recomputes them (the table is
        # held, not its id: a new table can get a freed table's id)
        if self._tables.get("_reports") is not self.reports:
            self._tables.clear()
            self._tables["_reports"] = self.reports
        if key not in self._tables:
            parent = self._tables.get("_parent")
            if parent is not None and key in FROM_PARENT:  # a subset: the parent's rows
                self._tables[key] = _kept(FROM_PARENT[key](parent), self.reports)
            else:  # an unchanged corpus reads its whole tables from the cache
                self._tables[key] = cached_table(self.cache_dir, key, fn, fingerprint=self._fingerprint) \
                    if disk else fn()
        return self._tables[key]

    def _derived(self, name: str, *, with_tokens: bool = False) -> pd.DataFrame:
        """A table of :data:`gdrkit.pipeline.stages.DERIVED_TABLES` (sections, figures, ...):
        they are computed together, report by report, by the runner (cached per report, see
        :mod:`gdrkit.pipeline.deriving`); with ``with_tokens``, the reports computed are
        also tokenized in the same pass."""
        if self._tables.get("_reports") is not self.reports or name not in self._tables:
            tok = (zh.Tokenizer(backend=self.backend)
                   if with_tokens and f"tokens:report:{self.backend}" not in self._tables else None)
            tables = self._corrected(self._runner().derive(self.reports, tokenizer=tok))  # to copies
            for t in DERIVED_TABLES:
                self._memo(t, lambda t=t: tables[t], disk=False)
            if tables.get("tokens") is not None:
                self._tables["_tokens_computed"] = (self.backend, tables["tokens"])
        return self._tables[name]

    def _corrected(self, tables: dict) -> dict:
        """The derived tables with the corpus's corrections applied (none here: a Corpus
        with a corrections file overrides this, :mod:`gdrkit.review.corrections`)."""
        return tables

    def _corrections_key(self) -> str:
        """What the corrections add to the tables' fingerprint ("" without any)."""
        return ""

    def subset(self, mask_or_query):
        """A Corpus of the reports ``mask_or_query`` selects, every table consistent.

        Parameters
        ----------
        mask_or_query : Series, array or str
            A boolean Series aligned to ``reports`` (``corpus.reports["year"] >= 2019``),
            a boolean array of one value per report, or a query string over the reports
            table (``"tier == 'provincial' and style != 'narrative'"``).

        Returns
        -------
        Corpus
            ``reports`` the rows selected (index kept), ``errors`` the parent's (files,
            not reports); sections, figures, checks, problems, tokens and panel the
            parent's rows of the reports kept (see :mod:`gdrkit.pipeline.memo`: the panel
            and the checks across years are those of the whole corpus, filtered).
        """
        kept = select_reports(self.reports, mask_or_query)
        tables: dict = {"_reports": kept, "_parent": self}
        if self._tables.get("_reports") is self.reports:  # what the parent has computed
            for key, table in self._tables.items():
                if key in DERIVED_TABLES or key.startswith("tokens:") or key in FROM_PARENT:
                    tables[key] = _kept(table, kept)
        return dataclasses.replace(self, reports=kept, _tables=tables)


def _kept(table: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``table`` of the reports in ``reports`` (index reset)."""
    return table[table["report_id"].isin(reports["report_id"]).to_numpy()].reset_index(drop=True)
