"""Mutation testing of the core rules (``make mutate``), with mutmut 3.

The scope is ``[tool.gdrkit.mutate]`` in pyproject.toml, one line per module: the fast
tests that guard it and, optionally, the functions to mutate (all by default). Each module
is mutated in its own work folder (``build/mutate/<module>/``: mutmut's ``mutants/`` copy,
a generated ``pyproject.toml``), where only its tests run, and mutmut runs on each mutant
only the tests that called the mutated function. The real-report tests are skipped
(GDRKIT_SHARED points nowhere, CI unset): they are slow, and the kill rate is that of the
fast tests. A second run re-checks only the functions whose code changed.

Usage: python scripts/mutate.py [MODULE ...]   (default: every module of the scope)
Prints the kill rate per module; the survivors are listed by ``mutmut results`` in the
module's work folder (``mutmut show NAME`` shows one), see docs/mutation-survivors.md.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "mutate"

# Clears gdrkit's functools caches at the start of each mutant's test run: mutmut forks
# every mutant from the process that ran the tests once, and a cache filled there by the
# unmutated code would answer for the mutant.
PLUGIN = '''"""pytest plugin of make mutate (written by scripts/mutate.py)."""
import sys


def pytest_sessionstart(session):
    for name, mod in list(sys.modules.items()):
        if name == "gdrkit" or name.startswith("gdrkit."):
            for obj in list(vars(mod).values()):
                if callable(getattr(obj, "cache_clear", None)) and getattr(obj, "__module__", "") == name:
                    obj.cache_clear()
'''


def scope() -> dict[str, dict]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["gdrkit"]["mutate"]


def _toml_list(items: list[str]) -> str:
    return "[" + ", ".join(json.dumps(i) for i in items) + "]"


def run_module(module: str, spec: dict, env: dict) -> dict[str, int]:
    """mutmut on one module; the number of mutants by outcome."""
    work = WORK / module.replace("/", "_").removesuffix(".py")
    work.mkdir(parents=True, exist_ok=True)
    for name in ("gdrkit", "tests", "data"):  # mutmut copies them into mutants/
        link = work / name
        if not link.is_symlink():
            link.symlink_to(ROOT / name, target_is_directory=True)
    (work / "gdrkit_mutate_plugin.py").write_text(PLUGIN, encoding="utf-8")
    config = (f'[tool.mutmut]\nsource_paths = ["gdrkit"]\nonly_mutate = {_toml_list([module])}\n'
              f'pytest_add_cli_args = ["-p", "no:cacheprovider", "-p", "gdrkit_mutate_plugin", "-q"]\n'
              f'pytest_add_cli_args_test_selection = {_toml_list(spec["tests"])}\n'
              f'also_copy = ["data", "gdrkit_mutate_plugin.py"]\n')
    if (work / "pyproject.toml").exists() and (work / "pyproject.toml").read_text(encoding="utf-8") != config:
        shutil.rmtree(work / "mutants", ignore_errors=True)  # another scope: start again
    (work / "pyproject.toml").write_text(config, encoding="utf-8")
    dotted = module.removesuffix(".py").replace("/", ".")
    names = [f"{dotted}.x_{f}__mutmut_*" for f in spec.get("functions", [])]
    mutmut = Path(sys.executable).with_name("mutmut")
    log = work / "mutmut.log"
    with open(log, "w", encoding="utf-8") as out:
        rc = subprocess.run([str(mutmut), "run", *names], cwd=work, env=env, stdout=out, stderr=subprocess.STDOUT).returncode
    if rc != 0:
        sys.exit(f"mutmut failed on {module} (exit {rc}): see {log}")
    meta = json.loads((work / "mutants" / f"{module}.meta").read_text(encoding="utf-8"))
    counts: dict[str, int] = {}
    for key, code in meta["exit_code_by_key"].items():
        if names and not any(key.startswith(n[:-1]) for n in names):
            continue  # a function outside the scope: not run
        outcome = {0: "survived", 1: "killed", 3: "killed", None: "not checked"}.get(code, "other")
        if code in (24, -24, 36, 152, 255):
            outcome = "timeout"  # an endless loop: killed
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts


def main(argv: list[str]) -> int:
    modules = scope()
    wanted = argv or list(modules)
    unknown = [m for m in wanted if m not in modules]
    if unknown:
        sys.exit(f"not in [tool.gdrkit.mutate] of pyproject.toml: {', '.join(unknown)}")
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS")}
    env.update(GDRKIT_SHARED=str(WORK / "no-shared"), GDRKIT_PROGRESS="0", MPLBACKEND="Agg",
               GDRKIT_CACHE=str(WORK / "cache"))
    rows = []
    for module in wanted:
        t0 = time.monotonic()
        c = run_module(module, modules[module], env)
        n = sum(c.values())
        killed = c.get("killed", 0) + c.get("timeout", 0)
        rows.append((module, killed, n, c.get("survived", 0), c.get("not checked", 0) + c.get("other", 0),
                     time.monotonic() - t0))
        print(f"{module}: {killed}/{n} killed ({killed / max(n, 1):.1%}), {c.get('survived', 0)} survived, "
              f"{time.monotonic() - t0:.0f} s", flush=True)
    print("\nkill rate per module (killed / mutants; survivors: cd build/mutate/<module> && mutmut results)")
    for module, killed, n, survived, other, secs in rows:
        extra = f", {other} not run or suspicious" if other else ""
        print(f"  {module:<28} {killed:>4}/{n:<4} {killed / max(n, 1):6.1%}  ({survived} survived{extra}; {secs:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
