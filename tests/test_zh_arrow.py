"""Tokenizer.tokens_array (tokens built as Arrow buffers) gives exactly the lists of
Tokenizer.tokenize, and tokenize drops exactly the empty and whitespace-only tokens."""
from __future__ import annotations

import sys

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from gdrkit.zh import TOKENS_TYPE, Tokenizer

WHITESPACE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]


def test_arrow_whitespace_is_python_whitespace():
    # tokens_array relies on utf8_is_space being str.isspace, code point by code point
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
    got = pc.utf8_is_space(pa.array(chars, pa.string())).to_pylist()
    assert [ch for ch, g in zip(chars, got) if g != ch.isspace()] == []
    assert pc.utf8_is_space(pa.array(["", " \u3000\x1f", "a ", "\u200b"])).to_pylist() == [False, True, False, False]


def _reference(tok: Tokenizer, texts: list[str]) -> pa.ListArray:
    impl = tok.load()
    cut = (lambda t: impl.lcut(t, HMM=tok.hmm)) if tok.backend == "jieba" else (lambda t: impl.cut(t, tok.hmm))
    return pa.array([[t for t in cut(x) if t and not t.isspace()] for x in texts], TOKENS_TYPE)


TEXTS = [
    "", " ", "\n\n", "我局全年主动公开政府信息766条。\n\n收到申请 12 件，\u3000\u3000办结率100%。",
    "a\u200bb\xa0c\x85d\u2028e\u3000f", "x\x1fy", "\x1f\x1e\x1d", "2014-08-13 image1.png\r\n下一行",
    "《条例》“依申请公开”、政务公开\t\t表格\x0b\x0c",
]


@pytest.mark.parametrize("backend", ["rjieba", "jieba"])
@pytest.mark.parametrize("texts", [
    [], [""], TEXTS, TEXTS[::-1] * 3,
    WHITESPACE, ["x" + w + "y" for w in WHITESPACE], [w * 3 for w in WHITESPACE],
    ["中" + w + w + "文" + w for w in WHITESPACE], ["".join(WHITESPACE)],
    ["a\x1fb", "c\x1ed", "e\x1df", "g\x1ch"],  # every separator taken: tokens converted one by one
])
def test_chunk_arrow_equals_token_lists(backend, texts):
    tok = Tokenizer(backend=backend)
    got = tok.tokens_array(texts)
    assert type(got) is pa.ListArray and got.type == TOKENS_TYPE
    want = _reference(tok, texts)
    assert got.equals(want)
    assert got.to_pylist() == [tok.tokenize(t) for t in texts]


@pytest.mark.parametrize("backend", ["rjieba", "jieba"])
def test_tokenize_drops_empty_and_whitespace_tokens(backend):
    tok = Tokenizer(backend=backend)
    for text in TEXTS + WHITESPACE:
        assert tok.tokenize(text) == _reference(tok, [text]).to_pylist()[0]
