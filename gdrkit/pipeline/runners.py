"""Where the per-report stages run for a :class:`gdrkit.Corpus`: processes on this machine.

A runner has three methods, one per pass over the reports: :meth:`LocalRunner.read`
(io → clean → meta for every file), :meth:`LocalRunner.derive` (sections, figures,
problems) and :meth:`LocalRunner.tokenize`. The corpus asks its runner and never how the
work is spread; :class:`gdrkit.pipeline.dask_engine.DaskRunner` does the same on Dask.
Every runner calls the stage functions of :mod:`gdrkit.pipeline.stages`, so the tables
are the same whichever ran them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pandas as pd

from .. import zh
from .deriving import derive_tables
from .reading import read_reports

__all__ = ["LocalRunner"]


@dataclass
class LocalRunner:
    """The stages in ``workers`` processes of this machine, through the caches in
    ``cache_dir`` (none: everything is computed)."""

    cache_dir: str | os.PathLike | None = None
    workers: int = 1
    progress: bool = True

    def read(self, files: list, *, max_bytes: int, convert_traditional: bool = False
             ) -> tuple[pd.DataFrame, list[dict]]:
        """Every file read (:func:`gdrkit.pipeline.reading.read_reports`): rows and errors."""
        return read_reports(files, max_bytes=max_bytes, convert_traditional=convert_traditional,
                            cache_dir=self.cache_dir, workers=self.workers, progress=self.progress)

    def derive(self, reports: pd.DataFrame, *, tokenizer: zh.Tokenizer | None = None) -> dict[str, pd.DataFrame]:
        """The derived tables of every report (:func:`gdrkit.pipeline.deriving.derive_tables`);
        with a tokenizer, also ``tokens`` of the reports computed."""
        return derive_tables(reports, cache_dir=self.cache_dir, workers=self.workers, progress=self.progress,
                             tokenizer=tokenizer)

    def tokenize(self, units: pd.DataFrame, *, tokenizer: zh.Tokenizer,
                 computed: pd.DataFrame | None = None) -> pd.DataFrame:
        """The tokens of a table of units (:func:`gdrkit.zh.tokenize_texts`)."""
        return zh.tokenize_texts(units, tokenizer=tokenizer, cache_dir=self.cache_dir, workers=self.workers,
                                 progress=self.progress, computed=computed)
