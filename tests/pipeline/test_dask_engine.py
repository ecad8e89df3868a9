"""The Dask engine: the same tables as the single-process run, on a local cluster of two
worker processes (processes=True)."""

from __future__ import annotations

import os
import subprocess
import sys

import pandas as pd
import pytest

import gdrkit

from conftest import DATA, need_shared

pytest.importorskip("dask.bag", reason="the optional extra gdrkit[dask] is not installed")
distributed = pytest.importorskip("distributed", reason="the optional extra gdrkit[dask] is not installed")


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


def _reference(path, cache) -> dict[str, pd.DataFrame]:
    c = gdrkit.load_corpus(path, cache_dir=cache, progress=False)
    return {"reports": c.reports, "errors": c.errors, "sections": c.sections(), "tokens": c.tokens()}


@pytest.mark.parametrize("which", ["seeds", "shared"])
def test_dask_identical_to_single_process(which, client, tmp_path):
    from gdrkit.corpus import build_dask

    path = DATA if which == "seeds" else need_shared()
    got = build_dask(path, client=client, npartitions=3)
    ref = _reference(path, tmp_path / "cache")
    assert sorted(got) == sorted(ref)
    for name in ref:
        pd.testing.assert_frame_equal(got[name], ref[name], obj=name)


def test_dask_keeps_errors(client, tmp_path):
    from gdrkit.corpus import build_dask

    (tmp_path / "a.txt").write_bytes((DATA / "000_46aca74da5115982.txt").read_bytes())
    (tmp_path / "menu.txt").write_text("首页 | 联系我们", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    got = build_dask(tmp_path, client=client)
    assert len(got["reports"]) == 1 and sorted(got["errors"]["path"].map(os.path.basename)) == ["empty.txt", "menu.txt"]


def test_cli_engine_dask_same_files(tmp_path):
    """``gdrkit build --engine dask`` (default Dask scheduler) writes the same bytes."""
    outs = []
    for engine in ("local", "dask"):
        env = {**os.environ, "GDRKIT_CACHE": str(tmp_path / f"cache-{engine}"), "GDRKIT_PROGRESS": "0"}
        out = tmp_path / engine
        p = subprocess.run([sys.executable, "-m", "gdrkit.cli", "build", str(DATA), "-o", str(out),
                            "--engine", engine, "--no-tokens"], capture_output=True, text=True, env=env)
        assert p.returncode == 0, p.stderr
        outs.append(out)
    names = sorted(f.name for f in outs[0].iterdir())
    assert names == sorted(f.name for f in outs[1].iterdir()) and "sections.parquet" in names
    for n in names:
        assert (outs[0] / n).read_bytes() == (outs[1] / n).read_bytes(), n


def test_missing_dask_gives_clear_error(monkeypatch):
    import gdrkit.corpus as ed

    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"gdrkit\[dask\]"):
        ed.build_dask(DATA)


def test_dask_figures_and_problems_computed_on_dask(client, tmp_path):
    from gdrkit.corpus import load_corpus_dask
    from gdrkit.pipeline import deriving as derive

    c = load_corpus_dask(DATA, client=client, npartitions=2, tokens=False)
    derive.last_stats.clear()
    got = {"figures": c.figures(), "problems": c.problems(), "checks": c.checks()}
    assert derive.last_stats == {}  # nothing derived on the client
    ref = gdrkit.load_corpus(DATA, cache_dir=tmp_path / "cache", progress=False)
    for name, df in got.items():
        pd.testing.assert_frame_equal(df, getattr(ref, name)(), obj=name)


def test_a_failing_partition_names_its_reports(monkeypatch):
    import dask

    import gdrkit.extract
    from gdrkit.corpus import load_corpus_dask

    def broken(*args, **kwargs):
        raise ValueError("odd table layout")

    monkeypatch.setattr(gdrkit.extract, "extract_figures", broken)
    with dask.config.set(scheduler="synchronous"), \
            pytest.raises(RuntimeError, match=r"deriving sections, figures and problems failed in one of \d+ "
                                              r"reports \['[0-9a-f]{16}'.*odd table layout"):
        load_corpus_dask(DATA, npartitions=2, tokens=False)


def test_cli_dask_no_tokens_tokenizes_nothing(tmp_path, monkeypatch):
    import dask

    import gdrkit.pipeline.dask_engine as ed
    from gdrkit.cli import main

    def tokenized(*args, **kwargs):
        raise AssertionError("tokenized despite --no-tokens")

    monkeypatch.setattr(ed, "_tokenize_part", tokenized)
    monkeypatch.setenv("GDRKIT_PROGRESS", "0")
    with dask.config.set(scheduler="synchronous"):
        assert main(["build", str(DATA), "-o", str(tmp_path / "out"), "--engine", "dask", "--no-tokens",
                     "--cache", str(tmp_path / "cache")]) == 0
    assert (tmp_path / "out" / "sections.parquet").exists() and not (tmp_path / "out" / "tokens.parquet").exists()


def test_workers_is_said_to_be_ignored_on_dask(client, tmp_path):
    from gdrkit.corpus import load_corpus_dask

    with pytest.warns(UserWarning, match="workers= is ignored: the Dask scheduler"):
        c = load_corpus_dask(DATA, client=client, workers=3, tokens=False, cache_dir=tmp_path)
    assert sorted(c.reports["file"]) == sorted(p.name for p in DATA.glob("*.txt"))
