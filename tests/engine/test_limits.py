"""A container's CPU and memory limits (gdrkit.engine.limits) and the default workers they cap."""

from __future__ import annotations

import os
import sys

import pytest

from gdrkit.engine import limits


def _tree(tmp_path, files: dict[str, str], cgroup: str = "0::/\n"):
    root = tmp_path / "cgroup"
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    tmp_path.mkdir(parents=True, exist_ok=True)
    proc = tmp_path / "proc-self-cgroup"
    proc.write_text(cgroup)
    return dict(root=root, proc_cgroup=proc)


def test_cpu_limit_reads_cgroup_v2_at_any_level_and_v1(tmp_path):
    # v2, the limit on a parent of this process's cgroup (a Kubernetes pod, a systemd slice)
    where = _tree(tmp_path / "a", {"kubepods/pod1/cpu.max": "150000 100000\n", "kubepods/pod1/c1/cpu.max": "max 100000\n",
                                   "cpu.max": "max 100000\n"}, cgroup="0::/kubepods/pod1/c1\n")
    assert limits.cpu_limit(**where) == 2  # 1.5 CPUs, rounded up
    assert limits.cpu_limit(**_tree(tmp_path / "b", {"cpu.max": "50000 100000\n"})) == 1
    assert limits.cpu_limit(**_tree(tmp_path / "c", {"cpu.max": "max 100000\n"})) is None
    assert limits.cpu_limit(**_tree(tmp_path / "d", {"cpu.max": "100000 0\n"})) is None  # malformed
    assert limits.cpu_limit(**_tree(tmp_path / "e", {})) is None
    # v1: -1 is no quota
    v1 = {"cpu/cpu.cfs_quota_us": "400000\n", "cpu/cpu.cfs_period_us": "100000\n"}
    assert limits.cpu_limit(**_tree(tmp_path / "f", v1, cgroup="4:cpu,cpuacct:/docker/x\n")) == 4
    v1["cpu/cpu.cfs_quota_us"] = "-1\n"
    assert limits.cpu_limit(**_tree(tmp_path / "g", v1, cgroup="4:cpu,cpuacct:/docker/x\n")) is None


def test_memory_limit_is_the_smallest_of_the_cgroups_and_the_machine(tmp_path):
    machine = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    assert limits.memory_limit(**_tree(tmp_path / "a", {})) == machine
    two_gb = str(2 * 2**30)
    where = _tree(tmp_path / "b", {"user.slice/memory.max": two_gb + "\n", "user.slice/me/memory.max": "max\n"},
                  cgroup="0::/user.slice/me\n")
    assert limits.memory_limit(**where) == min(machine, 2 * 2**30)
    unlimited_v1 = _tree(tmp_path / "c", {"memory/memory.limit_in_bytes": str(2**63 - 4096)})
    assert limits.memory_limit(**unlimited_v1) == machine


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_default_workers_stay_within_a_containers_cpus_and_memory(monkeypatch):
    from gdrkit.engine.parallel import PARENT_BYTES, WORKER_BYTES, default_workers

    monkeypatch.delenv("GDRKIT_WORKERS", raising=False)
    cores = len(os.sched_getaffinity(0))
    monkeypatch.setattr(limits, "memory_limit", lambda: None)
    monkeypatch.setattr(limits, "cpu_limit", lambda: 1)  # half a CPU is one
    assert default_workers(10_000) == 1
    monkeypatch.setattr(limits, "cpu_limit", lambda: None)
    assert default_workers(10_000) == cores
    # a pod of 1.5 GB holds the parent and one worker, whatever the cores
    monkeypatch.setattr(limits, "memory_limit", lambda: PARENT_BYTES + WORKER_BYTES + WORKER_BYTES // 2)
    assert default_workers(10_000) == 1
    monkeypatch.setattr(limits, "memory_limit", lambda: PARENT_BYTES // 2)  # less than the parent: still one
    assert default_workers(10_000) == 1
