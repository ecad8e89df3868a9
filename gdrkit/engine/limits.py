"""What this process may use: CPUs and memory, as a container's limits allow (Linux
control groups, v1 or v2).

A container limited to 2 CPUs or 2 GB on a 64-core machine (JupyterHub on Kubernetes,
``docker --cpus``, a systemd slice) still sees 64 cores and all of the machine's memory;
64 workers of a few hundred MB each would be killed. :func:`gdrkit.engine.parallel.default_workers`
sizes its pool by these limits.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

__all__ = ["cpu_limit", "memory_limit"]

#: A v1 memory limit at or above this is no limit (the kernel writes about 2**63).
_UNLIMITED = 2**60


def _v2_dirs(root: Path, proc_cgroup: Path) -> list[Path]:
    """This process's cgroup v2 folder and its ancestors up to ``root`` (a limit may be set
    at any level)."""
    try:
        lines = proc_cgroup.read_text().splitlines()
    except OSError:
        return [root]
    rel = next((line[3:] for line in lines if line.startswith("0::")), "/").strip("/")
    parts = [p for p in rel.split("/") if p]
    return [root.joinpath(*parts[:i]) for i in range(len(parts), -1, -1)]


def _read(path: Path) -> str | None:
    try:
        return path.read_text().strip()
    except OSError:
        return None


def cpu_limit(*, root: str | os.PathLike = "/sys/fs/cgroup",
              proc_cgroup: str | os.PathLike = "/proc/self/cgroup") -> int | None:
    """The CPUs a cgroup quota allows, rounded up (at least 1); None without a quota."""
    root = Path(root)
    found: list[int] = []
    for d in _v2_dirs(root, Path(proc_cgroup)):
        text = _read(d / "cpu.max")  # "max 100000" or "<quota> <period>"
        if text:
            quota, _, period = text.partition(" ")
            if quota.isdigit() and period.strip().isdigit() and int(period) > 0:
                found.append(math.ceil(int(quota) / int(period)))
    for v1 in ("cpu", "cpu,cpuacct"):
        quota, period = _read(root / v1 / "cpu.cfs_quota_us"), _read(root / v1 / "cpu.cfs_period_us")
        if quota and period and quota.isdigit() and period.isdigit() and int(period) > 0:  # -1: none
            found.append(math.ceil(int(quota) / int(period)))
    return max(1, min(found)) if found else None


def memory_limit(*, root: str | os.PathLike = "/sys/fs/cgroup",
                 proc_cgroup: str | os.PathLike = "/proc/self/cgroup") -> int | None:
    """Bytes of memory this process may use: the smallest cgroup limit and the machine's
    physical memory; None when neither can be read."""
    root = Path(root)
    found: list[int] = []
    for d in _v2_dirs(root, Path(proc_cgroup)):
        text = _read(d / "memory.max")  # "max" or bytes
        if text and text.isdigit():
            found.append(int(text))
    text = _read(root / "memory" / "memory.limit_in_bytes")
    if text and text.isdigit() and int(text) < _UNLIMITED:
        found.append(int(text))
    try:
        found.append(os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE"))
    except (ValueError, OSError, AttributeError):  # not on every system
        pass
    return min(found) if found else None
