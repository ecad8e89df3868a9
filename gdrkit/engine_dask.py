"""Deprecated: moved to gdrkit.corpus (load_corpus_dask, build_dask) and gdrkit.pipeline.dask_engine. This module goes in the next release."""

from ._compat import warn_moved
from .corpus import build_dask, load_corpus_dask
from .pipeline.dask_engine import DaskRunner

__all__ = ["build_dask", "load_corpus_dask", "DaskRunner"]

warn_moved("gdrkit.engine_dask", "gdrkit.corpus (load_corpus_dask, build_dask) and gdrkit.pipeline.dask_engine")
