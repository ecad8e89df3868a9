"""Deprecated: moved to gdrkit.engine.parallel. This module goes in the next release."""

from ._compat import warn_moved
from .engine.parallel import (
    MIN_REPORTS,
    PARENT_BYTES,
    PIPE_BYTES,
    WORKER_BYTES,
    ForkPool,
    default_workers,
    gc_frozen,
    imap_forked,
    map_reports,
    release_memory,
    start_pool,
    widen_pipes,
    workers_from_env,
)

__all__ = ["MIN_REPORTS", "PARENT_BYTES", "PIPE_BYTES", "WORKER_BYTES", "ForkPool", "default_workers", "gc_frozen",
           "imap_forked", "map_reports", "release_memory", "start_pool", "widen_pipes", "workers_from_env"]

warn_moved("gdrkit.parallel", "gdrkit.engine.parallel")
