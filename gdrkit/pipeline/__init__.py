"""What runs when: the per-report stages in order (:mod:`.stages`), reading every file
through the reports cache (:mod:`.reading`), the per-report tables through their cache
(:mod:`.deriving`), whole tables kept for an unchanged corpus (:mod:`.tablecache`), the
runners of a corpus (:mod:`.runners`, :mod:`.dask_engine`), the streaming build behind
``gdrkit build`` (:mod:`.streaming`) and the cache folders (:mod:`.caches`).

The pipeline imports the stages and the engine; nothing but the corpus and the command
line imports the pipeline.
"""

from __future__ import annotations

from .caches import cache_folders, prune_cache
from .dask_engine import DaskRunner
from .deriving import derive_start, derive_tables
from .reading import read_files, read_reports
from .runners import LocalRunner
from .stages import DERIVED_TABLES, derive_reports, read_report
from .streaming import BuildResult, build_tables

__all__ = ["read_report", "derive_reports", "DERIVED_TABLES", "read_reports", "read_files", "derive_tables",
           "derive_start", "LocalRunner", "DaskRunner", "build_tables", "BuildResult", "cache_folders",
           "prune_cache"]
