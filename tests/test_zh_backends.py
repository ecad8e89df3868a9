"""rjieba (the default backend) against jieba (the reference) with the domain dictionary."""

from __future__ import annotations

import re

import pytest

import gdrkit
from gdrkit.zh import Tokenizer

from conftest import DATA

_CJK = re.compile(r"[\u4e00-\u9fff]+")


def _spans(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for t in text:
        out.append((pos, pos + len(t)))
        pos += len(t)
    return out


@pytest.fixture(scope="module", params=["seeds", "shared"])
def texts(request, tmp_path_factory) -> list[str]:
    """The texts of the seeds, then (a second run of each test) of the real reports in
    ../shared, which skips with the reason when ../shared is absent."""
    folder = DATA if request.param == "seeds" else request.getfixturevalue("shared_raw")
    cache = tmp_path_factory.mktemp(f"zh-backends-{request.param}")
    out = gdrkit.load_corpus(folder, cache_dir=cache, progress=False).reports["text"].tolist()
    assert len(out) == (5 if request.param == "seeds" else 71)  # 71 files (淮安 as PDF and text, ptq-2013 as HTML and text)
    return out


@pytest.fixture(scope="module")
def backends():
    return Tokenizer(backend="rjieba"), Tokenizer(backend="jieba")


def test_identical_tokens_on_chinese_spans(texts, backends):
    """On runs of Chinese characters of real reports (the seeds; the reports in ../shared)
    the two backends give exactly the same tokens."""
    rj, jb = backends
    spans = [s for t in texts for s in _CJK.findall(t)]
    assert sum(map(len, spans)) > 5000
    diff = [(s, a, b) for s in spans if (a := rj.tokenize(s)) != (b := jb.tokenize(s))]
    assert not diff, f"{len(diff)} of {len(spans)} spans differ, e.g. {diff[:3]}"


def test_domain_words_kept_whole(backends):
    for tok in backends:
        toks = tok.tokenize("本机关全年主动公开政府信息766条，收到依申请公开申请12件，行政复议1件。")
        assert {"主动公开", "依申请公开", "行政复议"} <= set(toks)


def test_whole_text_agreement_high(texts, backends):
    """Whole texts differ only where ASCII runs are split differently (rjieba keeps
    2014-08-13 as one token, jieba splits it): token-span F1 stays above 99%."""
    rj, jb = backends
    tp = na = nb = 0
    for t in texts:
        a, b = set(_spans(rj.tokenize(t))), set(_spans(jb.tokenize(t)))
        # whitespace-only tokens are dropped, so spans are compared on the joined tokens
        tp += len(a & b)
        na += len(a)
        nb += len(b)
    f1 = 2 * tp / (na + nb)
    assert f1 > 0.99, f"token-span F1 {f1:.4f}"
