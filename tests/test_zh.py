from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from gdrkit.zh import Tokenizer, drop_stopwords, load_stopwords, tokenize_texts

TERMS = ["依申请公开", "主动公开", "政府信息公开条例", "行政复议", "政务公开", "过程性信息"]
SENT = "我局严格执行《中华人民共和国政府信息公开条例》，主动公开与依申请公开并重，全年未发生行政复议，过程性信息不予公开，政务公开水平进一步提升。"


@pytest.mark.parametrize("backend", ["rjieba", "jieba"])
def test_domain_terms_are_single_tokens(backend):
    toks = Tokenizer(backend=backend).tokenize(SENT)
    for term in ["依申请公开", "主动公开", "行政复议", "政务公开", "过程性信息", "中华人民共和国政府信息公开条例"]:
        assert term in toks, (backend, toks)


def test_private_dictionary_leaves_jieba_global_alone():
    import jieba

    Tokenizer(backend="jieba").tokenize(SENT)
    assert "过程性信息" not in jieba.lcut("过程性信息")  # the global tokenizer never got our words


def test_signature_changes_with_dictionary(tmp_path):
    d = tmp_path / "d.txt"
    d.write_text("城管执法 100000 n\n", encoding="utf-8")
    assert Tokenizer().signature != Tokenizer(userdict=d).signature
    assert Tokenizer().signature != Tokenizer(backend="jieba").signature


def test_stopwords_lists():
    general = load_stopwords(general=True, formulaic=False)
    formulaic = load_stopwords(general=False, formulaic=True)
    assert "的" in general and {"进一步", "认真", "加强"} <= formulaic and "加强" not in general


def test_corpus_tokens_cached(seed_corpus, tmp_path):
    import pandas as pd

    units = seed_corpus.reports[["report_id", "text"]].assign(section_id="")
    t1 = tokenize_texts(units, cache_dir=tmp_path)
    parts = list(tmp_path.rglob("part-*.parquet"))
    assert len(parts) == 1
    t2 = tokenize_texts(units, cache_dir=tmp_path)  # served from the cache: no new part
    assert list(tmp_path.rglob("part-*.parquet")) == parts
    pd.testing.assert_frame_equal(t1, t2)
    assert "依申请公开" in t1["tokens"].iloc[0]
    kept = drop_stopwords(t1)
    assert (kept["n_tokens"] < t1["n_tokens"]).all()
    assert not {"的", "进一步", "加强"} & set(kept["tokens"].explode())


def test_jieba_backend_leaves_its_logger_and_caches_under_gdrkit_cache(tmp_path):
    """Loading the reference backend neither resets the user's jieba log level nor writes
    outside $GDRKIT_CACHE."""
    code = ("import logging, os, jieba\n"
            "logging.getLogger('jieba').setLevel(logging.INFO)\n"
            "from gdrkit.zh import Tokenizer\n"
            "print(Tokenizer(backend='jieba').tokenize('本机关主动公开政府信息'), logging.getLogger('jieba').level)\n")
    env = {**os.environ, "GDRKIT_CACHE": str(tmp_path / "cache"), "HOME": str(tmp_path / "home")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split("] ")[1].strip() == str(logging.INFO)
    assert "主动公开" in out.stdout
    assert (tmp_path / "cache" / "jieba" / "jieba.cache").is_file() and not (tmp_path / "home").exists()
