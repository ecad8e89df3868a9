"""Deprecated: moved to gdrkit.pipeline.deriving. This module goes in the next release."""

from ._compat import warn_moved
from .pipeline.deriving import (
    BATCH,
    TABLES,
    Derivation,
    DerivedCache,
    derive_start,
    derive_tables,
    last_stats,
    report_keys,
    work_task,
)
from .pipeline.stages import failed_in

__all__ = ["BATCH", "TABLES", "Derivation", "DerivedCache", "derive_start", "derive_tables", "last_stats",
           "report_keys", "work_task", "failed_in"]

warn_moved("gdrkit.derive", "gdrkit.pipeline.deriving")
