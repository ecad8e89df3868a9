#!/usr/bin/env python
"""Execute the curated notebooks headless (nbclient, kernel python3).

    python scripts/run_notebooks.py notebooks --figures figures [--data DIR] [--jobs 2]

- The corpus comes from ``--data`` or ``$GDRKIT_DATA`` (passed through to the kernel);
  figures go to ``--figures`` (``$GDRKIT_FIGURES`` in the kernel).
- matplotlib runs on the Agg backend, and a "Glyph … missing" warning is turned into an
  error inside the kernel (and looked for in the outputs as well).
- The notebooks on disk are never modified: they are executed in memory (``--output-dir``
  writes executed copies elsewhere, for inspection).
- Exit status 1, with the failing cell's error, when any notebook raises.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

#: run first in the kernel (not saved anywhere): headless backend, missing glyphs are errors
PRELUDE = """\
import os, warnings
import matplotlib
matplotlib.use("Agg")
warnings.filterwarnings("error", message=r"Glyph .*missing")
os.environ.setdefault("GDRKIT_PROGRESS", "0")
"""


@dataclass
class Result:
    notebook: str
    seconds: float
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def find_notebooks(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(q for q in p.glob("*.ipynb") if not q.name.startswith("."))
        elif p.suffix == ".ipynb" and p.is_file():
            out.append(p)
        else:
            raise SystemExit(f"not a notebook or folder of notebooks: {p}")
    return out


def _glyph_warnings(nb) -> list[str]:
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            text = out.get("text", "") if out.get("output_type") == "stream" else ""
            if out.get("output_type") == "error":
                text = "\n".join(out.get("traceback", []))
            if "Glyph" in text and "missing" in text:
                found.append(text.strip().splitlines()[-1][:300])
    return found


def run_notebook(path: str | os.PathLike, *, data: str | None = None, figures: str | None = None,
                 timeout: int = 600, output_dir: str | None = None) -> Result:
    """Execute one notebook in memory; return its time and error (None when it ran cleanly)."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    path = Path(path).resolve()
    env = dict(os.environ, MPLBACKEND="Agg", GDRKIT_PROGRESS="0", PYDEVD_DISABLE_FILE_VALIDATION="1")
    if data:
        env["GDRKIT_DATA"] = str(Path(data).resolve())
    if figures:
        env["GDRKIT_FIGURES"] = str(Path(figures).resolve())
    nb = nbformat.read(path, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell(PRELUDE))
    # the kernel's own log (its "running over TCP without encryption" warning on every start:
    # it listens on localhost only) is not for the reader; the cells' errors and warnings still
    # reach the outputs and this script's report
    client = NotebookClient(nb, kernel_name="python3", timeout=timeout, allow_errors=False,
                            extra_arguments=["--IPKernelApp.log_level=ERROR"],
                            resources={"metadata": {"path": str(path.parent)}})
    t0 = time.perf_counter()
    error = None
    try:
        client.execute(env=env)  # the kernel gets this environment; ours is left alone
    except CellExecutionError as exc:
        error = str(exc)
    except (CellTimeoutError, DeadKernelError) as exc:
        error = f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - t0
    if error is None:
        glyphs = _glyph_warnings(nb)
        if glyphs:
            error = "missing-glyph warning(s): " + "; ".join(glyphs)
    if output_dir:
        Path(output_dir).mkdir(parents=True, exist_ok=True)
        nb.cells.pop(0)
        nbformat.write(nb, Path(output_dir) / path.name)
    return Result(path.name, seconds, error)


def clear_outputs(notebooks: list[Path], figures: str | os.PathLike) -> int:
    """Remove ``<figures>/NN_*.{png,pdf,svg,csv,tex,html}`` for the notebooks numbered NN; return
    how many files went. Nothing else in the folder is touched."""
    folder = Path(figures)
    if not folder.is_dir():
        return 0
    prefixes = {nb.name[:2] for nb in notebooks if nb.name[:2].isdigit()}
    n = 0
    for f in folder.iterdir():
        if f.is_file() and f.name[:2] in prefixes and f.name[2:3] == "_" and \
                f.suffix.lower() in (".png", ".pdf", ".svg", ".csv", ".tex", ".html"):
            f.unlink()
            n += 1
    return n


def run_all(notebooks: list[Path], *, jobs: int = 1, **kw) -> list[Result]:
    """Run notebooks (``jobs`` at a time, each in its own kernel); results in input order."""
    if jobs <= 1 or len(notebooks) <= 1:
        return [run_notebook(nb, **kw) for nb in notebooks]
    with ThreadPoolExecutor(max_workers=jobs) as ex:
        return list(ex.map(lambda nb: run_notebook(nb, **kw), notebooks))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", default=["notebooks"], help="notebooks or folders of notebooks")
    ap.add_argument("--figures", default=os.environ.get("GDRKIT_FIGURES", "figures"),
                    help="folder the notebooks write figures and tables to (default figures/)")
    ap.add_argument("--data", default=os.environ.get("GDRKIT_DATA"),
                    help="corpus folder (default $GDRKIT_DATA, else each notebook's default, data/)")
    ap.add_argument("--timeout", type=int, default=600, help="seconds per cell")
    ap.add_argument("--jobs", type=int, default=1, help="notebooks run in parallel")
    ap.add_argument("--keep", action="store_true",
                    help="keep the figures a previous run left (default: remove NN_* files of these notebooks first, "
                         "so figures/ holds exactly what this run made)")
    ap.add_argument("--output-dir", default=None,
                    help="also write executed copies here (never into the notebooks folder)")
    a = ap.parse_args(argv)
    notebooks = find_notebooks(a.paths)
    if not notebooks:
        print("no notebooks found", file=sys.stderr)
        return 1
    if a.output_dir and any(Path(a.output_dir).resolve() == nb.parent.resolve() for nb in notebooks):
        print("--output-dir must not be the notebooks' own folder", file=sys.stderr)
        return 2
    if not a.keep:
        removed = clear_outputs(notebooks, a.figures)
        if removed:
            print(f"removed {removed} figure/table file(s) of these notebooks from {a.figures} (--keep to keep)")
    print(f"running {len(notebooks)} notebook(s) on {a.data or 'the default corpus (data/)'}; "
          f"figures → {a.figures}", flush=True)
    t0 = time.perf_counter()
    results = run_all(notebooks, jobs=a.jobs, data=a.data, figures=a.figures, timeout=a.timeout,
                      output_dir=a.output_dir)
    for r in results:
        print(f"{'ok  ' if r.ok else 'FAIL'} {r.notebook:32s} {r.seconds:6.1f} s", flush=True)
    failed = [r for r in results if not r.ok]
    for r in failed:
        print(f"\n=== {r.notebook} failed ===\n{r.error}", file=sys.stderr)
    print(f"{len(results) - len(failed)}/{len(results)} notebooks ran in {time.perf_counter() - t0:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
