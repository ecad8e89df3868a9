"""The curated notebooks: committed clean, executed headless on data/ and on the real reports.

Each notebook runs through scripts/run_notebooks.py (nbclient, kernel python3, Agg backend,
"Glyph … missing" turned into an error in the kernel and looked for in the outputs).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os

import pytest

from conftest import DATA, ROOT, SHARED_RAW

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
EXPECTED = ["01-corpus-overview", "02-disclosure-volume", "03-applications", "04-stated-problems",
            "05-regression-tables", "06-check-and-correct"]

pytest.importorskip("nbclient", reason="nbclient is needed to execute notebooks (pip install -e '.[test]')")
pytest.importorskip("ipykernel", reason="ipykernel is needed to execute notebooks (pip install -e '.[test]')")


def _runner():
    spec = importlib.util.spec_from_file_location("run_notebooks", ROOT / "scripts" / "run_notebooks.py")
    mod = importlib.util.module_from_spec(spec)
    import sys

    sys.modules.setdefault("run_notebooks", mod)
    spec.loader.exec_module(mod)
    return mod


def _digest(paths) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


@pytest.fixture(scope="session")
def runner():
    return _runner()


@pytest.fixture(scope="session")
def seed_runs(runner, tmp_path_factory, cache_dir):
    """Every notebook run twice on data/, into two figure folders (determinism check)."""
    import os

    os.environ.setdefault("GDRKIT_CACHE", str(cache_dir))
    before = _digest(NOTEBOOKS)
    out = []
    for run in ("a", "b"):
        figs = tmp_path_factory.mktemp(f"figures-seed-{run}")
        executed = str(tmp_path_factory.mktemp(f"executed-seed-{run}"))
        results = runner.run_all(NOTEBOOKS, jobs=2, data=str(DATA), figures=str(figs), timeout=600,
                                 output_dir=executed)
        out.append(({r.notebook: r for r in results}, figs, executed))
    assert _digest(NOTEBOOKS) == before, "running the notebooks changed the files in notebooks/"
    return out


@pytest.fixture(scope="session")
def shared_runs(runner, tmp_path_factory, shared_raw):
    figs = tmp_path_factory.mktemp("figures-shared")
    executed = str(tmp_path_factory.mktemp("executed-shared"))
    results = runner.run_all(NOTEBOOKS, jobs=2, data=str(shared_raw), figures=str(figs), timeout=600,
                             output_dir=executed)
    return {r.notebook: r for r in results}, figs, executed


def test_the_six_notebooks_exist():
    assert [p.stem for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs_and_with_a_parameter_cell(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"{path.name}: outputs committed"
            assert cell.get("execution_count") is None, f"{path.name}: execution count committed"
    params = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(params) == 1, "one cell tagged 'parameters'"
    src = "".join(params[0]["source"])
    assert "GDRKIT_DATA" in src and '"../data"' in src
    md = " ".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert "cannot support" in md, "each notebook says what the seed reports cannot support"
    if path.stem != "01-corpus-overview":
        assert "What the figure shows" in md or "The table" in md


@pytest.mark.parametrize("name", [p.name for p in NOTEBOOKS])
def test_notebook_runs_on_seed_reports(seed_runs, name):
    results = seed_runs[0][0]
    r = results[name]
    assert r.ok, f"{name} failed on data/:\n{r.error}"


def test_seed_figures_are_byte_identical_across_runs(seed_runs):
    (_, figs_a, _), (_, figs_b, _) = seed_runs
    a = _digest(sorted(figs_a.iterdir()))
    b = _digest(sorted(figs_b.iterdir()))
    assert any(n.endswith(".png") for n in a) and any(n.endswith(".pdf") for n in a)
    assert a.keys() == b.keys()
    differ = [n for n in a if a[n] != b[n]]
    assert not differ, f"figures differ between two runs: {differ}"
    assert all(n[:2] in {"01", "02", "03", "04", "05", "06"} for n in a), "figures are named by notebook"


@pytest.mark.parametrize("name", [p.name for p in NOTEBOOKS])
def test_notebook_runs_on_real_reports(shared_runs, name):
    results = shared_runs[0]
    r = results[name]
    assert r.ok, f"{name} failed on ../shared/corpus/raw:\n{r.error}"


def test_real_reports_give_the_full_set_of_figures(shared_runs):
    figs = shared_runs[1]
    names = {p.name for p in figs.iterdir()}
    for stem in ("01_reports_by_year", "02_volume_by_year", "03_applications_by_year", "03_zero_applications",
                 "04_categories_by_year", "04_problem_wordcloud"):
        if stem.startswith(("02", "03")) and not importlib.util.find_spec("gdrkit.analysis.panel"):
            continue
        assert {f"{stem}.png", f"{stem}.pdf"} <= names, stem


def test_runner_fails_with_the_cell_error(runner, tmp_path):
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_code_cell("raise RuntimeError('boom 42')")]
    path = tmp_path / "bad.ipynb"
    nbformat.write(nb, path)
    before = path.read_bytes()
    assert runner.main([str(path), "--figures", str(tmp_path / "f")]) == 1
    assert path.read_bytes() == before
    r = runner.run_notebook(path, figures=str(tmp_path / "f"))
    assert not r.ok and "boom 42" in r.error


def test_runner_clears_only_its_own_stale_figures(runner, tmp_path):
    figs = tmp_path / "figs"
    figs.mkdir()
    for name in ("02_old.png", "02_old.pdf", "07_other.png", "notes.txt", "02_keep.txt"):
        (figs / name).write_text("x")
    assert runner.clear_outputs([ROOT / "notebooks" / "02-disclosure-volume.ipynb"], figs) == 2
    assert sorted(p.name for p in figs.iterdir()) == ["02_keep.txt", "07_other.png", "notes.txt"]


def test_runner_fails_on_a_missing_glyph(runner, tmp_path):
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(
        "import matplotlib.pyplot as plt\n"
        "fig, ax = plt.subplots(); ax.set_title('政府信息公开')\n"
        "fig.savefig('/dev/null', format='png')")]
    path = tmp_path / "tofu.ipynb"
    nbformat.write(nb, path)
    r = runner.run_notebook(path, figures=str(tmp_path / "f"))
    assert not r.ok and "Glyph" in r.error


def _limits_paragraph(executed: str, notebook: str) -> str:
    """The Markdown the notebook wrote from its data (the output of describe_limits)."""
    import nbformat
    nb = nbformat.read(os.path.join(executed, notebook), as_version=4)
    found = [o["data"]["text/markdown"] for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
             if "text/markdown" in o.get("data", {}) and "can and cannot support" in o["data"]["text/markdown"]]
    assert len(found) == 1, f"{notebook}: one limits paragraph"
    return found[0]


def test_the_limits_paragraph_speaks_about_the_data_the_notebook_ran_on(seed_runs, shared_runs, cache_dir):
    """Notebook 01 run on the seeds and on the shared reports: two paragraphs, each the one
    gdrkit writes from that folder's distinct reports."""
    import warnings

    import gdrkit
    from gdrkit.notebook import describe_limits, unique_reports

    seeds = _limits_paragraph(seed_runs[0][2], "01-corpus-overview.ipynb")
    shared = _limits_paragraph(shared_runs[2], "01-corpus-overview.ipynb")
    assert seeds != shared
    assert seeds.startswith("**What these 5 reports can and cannot support.**")
    assert shared.startswith("**What these 68 reports can and cannot support.** They come from 20 agencies")
    for folder, text in ((DATA, seeds), (SHARED_RAW, shared)):
        corpus = gdrkit.load_corpus(folder, cache_dir=cache_dir, progress=False)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            assert text == describe_limits(unique_reports(corpus.reports, corpus.reports))
    for name in ("02-disclosure-volume.ipynb", "05-regression-tables.ipynb"):  # every notebook says the same
        assert _limits_paragraph(shared_runs[2], name) == shared


def test_expected_warnings_are_one_line_not_pink_boxes(shared_runs):
    """On the shared reports the models warn (few clusters) and duplicates are left out: each
    cell says so in one line of output, none as a warning box (stderr)."""
    import nbformat
    lines, boxes = [], []
    for nb_path in sorted(os.listdir(shared_runs[2])):
        nb = nbformat.read(os.path.join(shared_runs[2], nb_path), as_version=4)
        for c in nb.cells:
            for o in c.get("outputs", []):
                if o.get("output_type") == "stream" and o.get("name") == "stderr" and "Warning" in o["text"]:
                    boxes.append((nb_path, o["text"][:200]))
                elif o.get("output_type") == "stream" and o["text"].startswith("expected ("):
                    lines.append(o["text"])
    assert not boxes, boxes
    assert any("duplicate report(s) left out" in t for t in lines)
    assert any("the model rests on" in t for t in lines)
    assert all(t.count("\n") == 1 for t in lines)
