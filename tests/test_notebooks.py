"""The curated notebooks: committed clean, executed headless on the seeds, on data/ (twice)
and on the real reports, and the numbers they show checked.

Each notebook runs through scripts/run_notebooks.py (nbclient, kernel python3, Agg backend,
"Glyph … missing" turned into an error in the kernel and looked for in the outputs). The
numbers each figure draws (the CSV beside it) and the lines and tables a notebook prints are
read from the runs and computed again from the corpus tables by a second route (see the
last part of this file).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os

import pytest

from conftest import DATA, ROOT, SAMPLE, SHARED_RAW

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


def _run_all(runner, tmp_path_factory, data, tag: str):
    """The six notebooks run on ``data``: (results by notebook, figures folder, executed copies)."""
    figs = tmp_path_factory.mktemp(f"figures-{tag}")
    executed = str(tmp_path_factory.mktemp(f"executed-{tag}"))
    results = runner.run_all(NOTEBOOKS, jobs=2, data=str(data), figures=str(figs), timeout=600, output_dir=executed)
    return {r.notebook: r for r in results}, figs, executed


@pytest.fixture(scope="session")
def seed_runs(runner, tmp_path_factory, cache_dir):
    """Every notebook run on the five seed reports (data/seeds: the smallest corpus, where
    most models cannot be estimated and the notebooks must say so)."""
    os.environ.setdefault("GDRKIT_CACHE", str(cache_dir))
    before = _digest(NOTEBOOKS)
    out = [_run_all(runner, tmp_path_factory, DATA, "seed")]
    assert _digest(NOTEBOOKS) == before, "running the notebooks changed the files in notebooks/"
    return out


@pytest.fixture(scope="session")
def sample_runs(runner, tmp_path_factory, cache_dir):
    """Every notebook run twice on the embedded sample (data/, the notebooks' default), into
    two figure folders: the determinism check, and the key numbers of the first run."""
    os.environ.setdefault("GDRKIT_CACHE", str(cache_dir))
    return [_run_all(runner, tmp_path_factory, SAMPLE, f"sample-{run}") for run in ("a", "b")]


@pytest.fixture(scope="session")
def shared_runs(runner, tmp_path_factory, shared_raw, cache_dir):
    os.environ.setdefault("GDRKIT_CACHE", str(cache_dir))
    return _run_all(runner, tmp_path_factory, shared_raw, "shared")


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
    assert r.ok, f"{name} failed on data/seeds:\n{r.error}"


@pytest.mark.parametrize("name", [p.name for p in NOTEBOOKS])
def test_notebook_runs_on_the_embedded_sample(sample_runs, name):
    r = sample_runs[0][0][name]
    assert r.ok, f"{name} failed on data/:\n{r.error}"


def test_sample_figures_are_byte_identical_across_runs(sample_runs):
    """Two runs on data/ give the same files, byte for byte: figures, the numbers beside them
    (CSV), the tables."""
    (_, figs_a, _), (_, figs_b, _) = sample_runs
    a = _digest(sorted(figs_a.iterdir()))
    b = _digest(sorted(figs_b.iterdir()))
    assert any(n.endswith(".png") for n in a) and any(n.endswith(".pdf") for n in a)
    assert {"01_reports_by_year.csv", "05_regressions.csv", "05_coefficients.csv"} <= a.keys()
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


# --------------------------------------------------------------------------- the numbers the notebooks show
# Each figure's numbers are read back from the CSV gdrkit.notebook.save_figure writes beside
# it (the values drawn, read from the figure itself), each printed line and table from the
# run; and each is checked against the same number computed here by a second route: plain
# pandas on the corpus tables (reports, panel, problems, figures), without the helpers the
# notebooks call. The embedded sample's values are also asserted as they are.

UNKNOWN = "unknown (未识别)"
RUNS = ["seeds", "sample", "shared"]


@pytest.fixture(scope="session", params=RUNS)
def run(request, cache_dir):
    """(figures folder, executed notebooks, corpus) of the notebooks run on seeds, data/, the shared reports."""
    import gdrkit

    figs, executed = {"seeds": lambda: request.getfixturevalue("seed_runs")[0][1:],
                      "sample": lambda: request.getfixturevalue("sample_runs")[0][1:],
                      "shared": lambda: request.getfixturevalue("shared_runs")[1:]}[request.param]()
    folder = {"seeds": DATA, "sample": SAMPLE, "shared": SHARED_RAW}[request.param]
    return figs, executed, gdrkit.load_corpus(folder, cache_dir=cache_dir, progress=False)


@pytest.fixture(scope="session")
def sample_run(sample_runs, cache_dir):
    import gdrkit

    return *sample_runs[0][1:], gdrkit.load_corpus(SAMPLE, cache_dir=cache_dir, progress=False)


def plotted(figs, name: str, kind: str | None = None):
    """The numbers figure ``name`` draws (its CSV: panel, kind, series, x, y, value)."""
    import pandas as pd

    path = figs / f"{name}.csv"
    assert path.is_file(), f"{name}: no CSV of the numbers drawn beside the figure"
    d = pd.read_csv(path, dtype={"series": str, "x": str, "y": str, "value": float}, keep_default_na=False)
    return d if kind is None else d[d["kind"] == kind]


def printed(executed: str, notebook: str) -> str:
    """Everything notebook ``notebook`` printed (stdout)."""
    import nbformat

    nb = nbformat.read(os.path.join(executed, notebook), as_version=4)
    return "".join(o["text"] for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                   if o.get("output_type") == "stream" and o.get("name") == "stdout")


def distinct(corpus):
    """The reports, each once: without the rows of duplicates and of statistics annexes."""
    r = corpus.reports
    return r[r["duplicate_of"].isna() & r["annex_of"].isna()]


def key(v) -> str:
    """A value as its figure names it: 2011.0 → "2011", missing → "unknown (未识别)"."""
    import pandas as pd

    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return UNKNOWN
    return str(int(v)) if isinstance(v, (int, float)) and float(v).is_integer() else str(v)


def counts(table, x: str, series: str) -> dict:
    """(x, series) → rows of ``table``, missing values named as the figures name them."""
    return {(key(a), key(b)): float(n) for (a, b), n in
            table.assign(**{x: table[x].map(key), series: table[series].map(key)}).groupby([x, series]).size().items()}


def drawn(d) -> dict:
    """(x, series) → value of the bars or points drawn (bars of height 0 left out)."""
    d = d[~((d["kind"] == "bar") & (d["value"] == 0))]
    assert not d.duplicated(["x", "series"]).any(), "one value per (x, series)"
    return {(x, s): v for x, s, v in zip(d["x"], d["series"], d["value"])}


def test_01_reports_by_year_and_tier_are_the_distinct_reports(run):
    figs, _, corpus = run
    reports = distinct(corpus)
    assert drawn(plotted(figs, "01_reports_by_year")) == counts(reports, "year", "style")
    assert drawn(plotted(figs, "01_reports_by_tier")) == counts(reports, "tier", "agency_type")
    assert plotted(figs, "01_reports_by_year")["value"].sum() == len(reports)


def test_01_on_the_sample_reports_per_year(sample_run):
    figs = sample_run[0]
    per_year = plotted(figs, "01_reports_by_year").groupby("x")["value"].sum()
    assert per_year[per_year > 0].to_dict() == {
        "2009": 1, "2010": 1, "2011": 3, "2012": 2, "2013": 6, "2014": 1, "2015": 1, "2016": 1, "2017": 3, "2018": 1,
        "2019": 1, "2020": 3, "2021": 4, "2022": 3, "2023": 2, "2024": 3, "2025": 2}
    assert drawn(plotted(figs, "01_reports_by_year"))[("2020", "template2019")] == 3
    assert drawn(plotted(figs, "01_reports_by_tier")) == {
        ("county", "department"): 2, ("county", "government"): 4, ("prefecture", "department"): 14,
        ("prefecture", "government"): 15, ("township", "township"): 1, (UNKNOWN, "department"): 1,
        (UNKNOWN, UNKNOWN): 1}


def sums(panel, measure: str, by: str, how: str = "sum") -> dict:
    """(year, ``by``) → the ``how`` of ``measure`` over the panel's reports that state it."""
    d = panel[panel[measure].notna() & panel["year"].notna()]
    g = d.assign(**{by: d[by].map(key), "year": d["year"].map(key)}).groupby(["year", by])[measure]
    return {k: float(v) for k, v in getattr(g, how)().items()}


def check_lines(d, expected: dict, *, top: int = 6) -> None:
    """The lines drawn are those of the ``top`` series with most points (reports), and
    every point of them is the expected value; nothing else is drawn."""
    import collections

    got = drawn(d)
    n = collections.Counter(s for _, s in expected)
    shown = set(d["series"])
    assert len(shown) == min(top, len(n)) and shown <= set(n)
    assert min(n[s] for s in shown) >= max([n[s] for s in n if s not in shown], default=0), "the top series"
    assert got == {k: v for k, v in expected.items() if k[1] in shown}


def test_02_volume_by_agency_and_tier_is_the_panel(run):
    figs, executed, corpus = run
    panel = corpus.panel()
    assert not panel["report_id"].isin(corpus.reports.loc[corpus.reports["duplicate_of"].notna(), "report_id"]).any()
    check_lines(plotted(figs, "02_volume_by_year"), sums(panel, "proactive_items", "agency_name"))
    assert drawn(plotted(figs, "02_volume_by_tier")) == sums(panel, "proactive_items", "tier", "median")
    figures, reports = corpus.figures(), distinct(corpus)
    n = (figures["report_id"].isin(reports["report_id"]) & (figures["measure"] == "proactive_items")).sum()
    assert f"\n{n} proactive-disclosure figure(s) found in {len(reports)} reports\n" in printed(
        executed, "02-disclosure-volume.ipynb")


def test_02_on_the_sample_volumes(sample_run):
    figs, executed, _ = sample_run
    volume = drawn(plotted(figs, "02_volume_by_year"))
    assert {y: v for (y, a), v in volume.items() if a == "平潭综合实验区管理委员会" and y >= "2019"} == {
        "2019": 2599, "2020": 2602, "2021": 2645, "2022": 14571, "2023": 13561, "2024": 10407, "2025": 7700}
    assert volume[("2025", "沭阳县人民政府")] == 4511
    tier = drawn(plotted(figs, "02_volume_by_tier"))
    assert (tier[("2013", "prefecture")], tier[("2024", "prefecture")], tier[("2025", "county")]) == (2507.5, 5258.5, 4511)
    # (258 rows: a count of documents issued, 印发公文类政府信息共510条, is no longer kept as a proactive candidate)
    assert "\n258 proactive-disclosure figure(s) found in 38 reports\n" in printed(executed, "02-disclosure-volume.ipynb")


def test_03_applications_and_reviews_are_the_panel(run):
    """Applications per agency, the share with none per year, and the reconsiderations and
    lawsuits summed per year (empty where no report states them, never 0)."""
    figs, _, corpus = run
    panel = corpus.panel()
    check_lines(plotted(figs, "03_applications_by_year"), sums(panel, "applications_received", "agency_name"))
    d = panel[panel["zero_applications"].notna() & panel["year"].notna()]
    share = d.groupby(d["year"].map(key))["zero_applications"].mean()
    bars = plotted(figs, "03_zero_applications")
    bars = dict(zip(bars["x"], bars["value"]))
    assert {x: bars.get(x) for x in share.index} == share.to_dict()
    assert not any(v for x, v in bars.items() if x not in share.index), "a bar where no report states it"
    totals = plotted(figs, "03_reviews_lawsuits")
    dated = panel[panel["year"].notna()]
    for measure, zh in (("reconsiderations", "行政复议数"), ("lawsuits", "行政诉讼数")):
        stated = dated[dated[measure].notna()]
        series = f"{zh} (stated in {len(stated)} of {len(dated)} reports)"
        assert series in set(totals["series"])
        got = totals[totals["series"] == series]
        assert dict(zip(got["x"], got["value"])) == {
            key(y): float(v) for y, v in stated.groupby("year")[measure].sum().items()}


def test_03_on_the_sample_reviews_and_lawsuits_per_year(sample_run):
    figs = sample_run[0]
    totals = plotted(figs, "03_reviews_lawsuits")
    per_year = {s.split(" ")[0]: {x: v for x, v in zip(g["x"], g["value"]) if v} for s, g in totals.groupby("series")}
    assert set(totals["series"]) == {"行政复议数 (stated in 36 of 38 reports)", "行政诉讼数 (stated in 35 of 38 reports)"}
    assert per_year == {"行政复议数": {"2013": 1, "2021": 6, "2022": 2, "2023": 2, "2024": 7, "2025": 97},
                        "行政诉讼数": {"2021": 24, "2022": 1, "2023": 7, "2024": 19, "2025": 22}}
    assert set(totals["x"]) == {str(y) for y in range(2010, 2026)}  # 2009's report states neither
    applications = drawn(plotted(figs, "03_applications_by_year"))
    assert (applications[("2024", "平潭综合实验区管理委员会")], applications[("2025", "沭阳县人民政府")]) == (218, 713)
    zero = drawn(plotted(figs, "03_zero_applications").assign(series=""))
    assert (zero[("2013", "")], zero[("2020", "")], zero[("2021", "")]) == (2 / 3, 1 / 3, 0.25)


def category_table(corpus, by: str) -> dict:
    """(``by`` value, category) → (reports stating it, reports with a stated problem), the
    category any label of a statement ("staffing;process": both); every category stated,
    and staffing."""
    reports = distinct(corpus)
    problems = corpus.problems()
    problems = problems[problems["report_id"].isin(reports["report_id"])]
    labels = {}
    for rid, cats in zip(problems["report_id"], problems["categories"]):
        labels.setdefault(rid, set()).update(cats.split(";"))
    cats = set().union(*labels.values()) | {"staffing"}
    out = {}
    for value, g in reports[reports[by].notna()].groupby(reports[by].map(key)):
        stating = [labels[r] for r in g["report_id"] if r in labels]
        for c in cats:
            out[(value, c)] = (sum(c in s for s in stating), len(stating))
    return out


def test_04_category_shares_are_the_problems_table(run):
    """Each cell of the two heat maps: the share of the reports with a stated problem that
    state the category, with the denominator on the axis ("2013 n=5")."""
    import gdrkit

    figs, executed, corpus = run
    zh = dict(zip(*gdrkit.problem_taxonomy()[["label_zh", "category"]].to_numpy().T))
    for name, by in (("04_categories_by_year", "year"), ("04_categories_by_agency_type", "agency_type")):
        cells = plotted(figs, name, "cell")
        got = {(x.rsplit(" n=", 1)[0], zh.get(y, y)): (v, int(x.rsplit(" n=", 1)[1]))
               for x, y, v in zip(cells["x"], cells["y"], cells["value"])}
        assert len(got) == len(cells), f"{name}: one cell per (column, category)"
        expected = {k: (stating / n, n) for k, (stating, n) in category_table(corpus, by).items() if n}
        assert got == expected, name
    problems, reports = corpus.problems(), distinct(corpus)
    kept = problems[problems["report_id"].isin(reports["report_id"])]
    assert (f"\n{len(kept)} stated problems in {kept['report_id'].nunique()} of {len(reports)} reports\n"
            in printed(executed, "04-stated-problems.ipynb"))


def test_04_on_the_sample_category_shares(sample_run):
    figs, executed, _ = sample_run
    cells = plotted(figs, "04_categories_by_year", "cell")
    share = {(x, y): v for x, y, v in zip(cells["x"], cells["y"], cells["value"])}
    assert share[("2013 n=5", "公开内容不足")] == 0.8 and share[("2021 n=4", "公开内容不足")] == 0.75
    assert sorted({x for x in cells["x"]}) == [f"{y} n={n}" for y, n in zip(range(2009, 2026), (
        1, 1, 3, 2, 5, 1, 1, 1, 3, 1, 1, 3, 4, 3, 2, 3, 2))]
    assert "\n119 stated problems in 37 of 38 reports\n" in printed(executed, "04-stated-problems.ipynb")


#: the models of notebook 05's table: the columns each needs (the staffing logit: on the reports with a stated problem)
MODELS = {"(1) log volume, OLS": ["proactive_items", "year", "tier", "agency_type"],
          "(2) applications, Poisson": ["applications_received", "year", "tier"],
          "(3) applications, NB": ["applications_received", "year", "tier"],
          "(4) no applications, logit": ["zero_applications", "year", "tier"],
          "(5) staffing problem, logit": ["year", "tier"]}


def regression_table(figs):
    import pandas as pd

    return pd.read_csv(figs / "05_regressions.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False
                       ).set_index("term")


def test_05_regression_n_and_clusters_are_the_complete_rows(run):
    """N: the reports with every column of the model (the panel's, or for the staffing logit
    the distinct reports with a stated problem); clusters: their distinct agency_id, each
    report without one its own. A model not estimated says how many complete reports it had."""
    import re

    figs, _, corpus = run
    table = regression_table(figs)
    assert list(table.columns) == list(MODELS)
    panel, reports = corpus.panel(), distinct(corpus)
    with_problem = reports[reports["report_id"].isin(corpus.problems()["report_id"])]
    for model, columns in MODELS.items():
        rows = (with_problem if model.startswith("(5)") else panel).dropna(subset=columns)
        clusters = rows["agency_id"].nunique() + int(rows["agency_id"].isna().sum())
        if "Not estimated" in table.index and table.loc["Not estimated", model]:
            assert re.search(rf"\b{len(rows)} complete report", table.loc["Not estimated", model]), model
            continue
        assert (table.loc["N", model], table.loc["Clusters", model].rstrip("‡")) == (str(len(rows)), str(clusters))


def test_05_coefficients_drawn_are_the_table(run):
    """Each point of the coefficient figure is an estimate of the table (to its 3 decimals),
    and each estimate of the table (but intercepts and the NB dispersion) is drawn."""
    figs, _, _ = run
    table = regression_table(figs)
    terms = [t for t in table.index if t not in ("Intercept", "alpha") and not t.endswith((" (se)", " (support)"))
             and t in table.index[:table.index.get_loc("N")]]
    in_table = {(m, t): table.loc[t, m].rstrip("*†") for m in table.columns for t in terms if table.loc[t, m]}
    if not in_table:
        assert not (figs / "05_coefficients.csv").exists()
        return
    points = plotted(figs, "05_coefficients", "point")
    assert {(m, t.removesuffix(" †")): f"{v:.3f}" for m, t, v in zip(points["series"], points["y"], points["value"])} \
        == in_table and len(points) == len(in_table)


def test_05_on_the_sample_n_and_clusters(sample_run):
    table = regression_table(sample_run[0])
    assert table.loc["N"].tolist() == ["33", "35", "35", "35", "35"]
    assert table.loc["Clusters"].tolist() == ["15‡", "16‡", "16‡", "16‡", "16‡"]
    assert table.loc["year (per year, centred on 2015)", "(1) log volume, OLS"] == "0.100"


def test_06_sheet_accuracy_and_corrections_are_the_files(run):
    """The sheet drawn holds the panel's values ("" where not stated; an annex's in its
    report's row) and says how many; the
    accuracy counts are the example sheet's yes per measure; the panel changes are the
    example corrections, each from the panel's value (on a folder without the example's
    reports, the notebook says so instead)."""
    import csv

    import pandas as pd

    figs, executed, corpus = run
    out = printed(executed, "06-check-and-correct.ipynb")
    sheet = pd.read_csv(figs / "06_audit_sample.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    panel = corpus.panel().set_index("report_id")
    r = corpus.reports.set_index("report_id")
    folded = r["annex_of"].fillna(r["duplicate_of"]).dropna()  # an annex's values are in its report's row
    for rid, measure, value in zip(sheet["report_id"], sheet["measure"], sheet["value"]):
        stated = panel.loc[folded.get(rid, rid), measure]
        assert (value == "") == pd.isna(stated) and (value == "" or float(value) == stated), (rid, measure, value)
    blank = int((sheet["value"] == "").sum())
    assert f"\n{len(sheet)} values from {sheet['report_id'].nunique()} reports, {blank} of them not stated\n" in out
    with open(ROOT / "examples" / "audit_example.csv", encoding="utf-8-sig") as f:
        checked = list(csv.DictReader(f))
    if not {r["report_id"] for r in checked} <= set(corpus.reports["report_id"]):
        assert "checks other reports than those in" in out and "not applied: corrections_example.csv" in out
        return
    accuracy = pd.read_csv(figs / "06_accuracy.csv").set_index("measure")
    for measure in {r["measure"] for r in checked} | {"all"}:
        rows = [r for r in checked if measure in ("all", r["measure"])]
        assert (accuracy.loc[measure, "n"], accuracy.loc[measure, "agree"]) == (
            len(rows), sum(r["checker_agrees"] == "yes" for r in rows)), measure
    with open(ROOT / "examples" / "corrections_example.csv", encoding="utf-8-sig") as f:
        corrections = list(csv.DictReader(f))
    by_file = panel.reset_index().set_index("file")
    expected = [(c["file"], c["measure"], by_file.loc[c["file"], c["measure"]], float(c["value"])) for c in corrections]
    changes = pd.read_csv(figs / "06_panel_changes.csv")
    assert list(zip(changes["file"], changes["column"], changes["before"], changes["after"])) == expected


def test_06_on_the_sample_accuracy(sample_run):
    figs, executed, _ = sample_run
    out = printed(executed, "06-check-and-correct.ipynb")
    assert "\n26 values from 18 reports, 7 of them not stated\n" in out
    assert "a checker reading 5 of the reports agreed with 26: an agreement rate of 100.0% (Wilson 95% " \
           "confidence interval 87.1% to 100.0%)" in out
    changes = (figs / "06_panel_changes.csv").read_text(encoding="utf-8")
    assert "001_0ced3da2aecd6f3a.txt,proactive_items,227.0,69.0" in changes
