"""The bench's floor variant (bench/run.py): it must write what the contract stores of
the texts and the same tokens as gdrkit, or its time says nothing about the target."""

from __future__ import annotations

import importlib.util

import pandas as pd
import pytest

from conftest import DATA, ROOT


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("gdrkit_bench_run", ROOT / "bench" / "run.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("workers", [1, 2])
def test_floor_writes_the_texts_and_gdrkit_tokens(bench, tmp_path, workers):
    from gdrkit.zh import Tokenizer

    files = sorted(str(p) for p in DATA.glob("*.txt"))
    assert bench.floor(files, workers=workers, out=tmp_path) == len(files) == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "reports.csv", "reports.parquet", "sections.csv", "sections.parquet", "tokens.parquet"]
    reports = pd.read_parquet(tmp_path / "reports.parquet")
    tokens = pd.read_parquet(tmp_path / "tokens.parquet")
    sections = pd.read_csv(tmp_path / "sections.csv", encoding="utf-8-sig")
    tk = Tokenizer()
    for i, f in enumerate(files):
        text = open(f, encoding="utf-8").read()
        assert reports["text_raw"][i] == reports["text"][i] == sections["text"][i] == text
        assert list(tokens["tokens"][i]) == tk.tokenize(text)
        assert tokens["n_tokens"][i] == len(tk.tokenize(text)) > 500
