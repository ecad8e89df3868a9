"""Word tokenization of Chinese report text. The only module that touches jieba.

A :class:`Tokenizer` owns a private dictionary (``jieba.Tokenizer`` or
``rjieba.Jieba``); jieba's global tokenizer is never used or changed. The shipped
domain dictionary (``data/userdict.txt``) is loaded into whichever backend is active.

Backends: ``"rjieba"`` (default; a Rust port of jieba, about 20× faster) and
``"jieba"`` (the reference). With the domain dictionary they agree on Chinese text; they
differ on ASCII runs: rjieba keeps ``2014-08-13`` or ``image1.png`` as one token, jieba
splits them at punctuation. Numbers are extracted with regexes on the text, not from tokens.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import warnings
from functools import lru_cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .engine.arrow import arrow_data
from .engine.cache import PartCache, default_cache_dir, text_keys
from .engine.parallel import release_memory, start_pool
from .engine.progress import progress_bar

__all__ = ["Tokenizer", "BACKENDS", "TOKENS_TYPE", "default_userdict", "load_stopwords", "tokenize_texts",
           "drop_stopwords"]

BACKENDS = ("rjieba", "jieba")

#: Arrow type of a tokens column.
TOKENS_TYPE = pa.list_(pa.string())


def _data_path(name: str) -> Path:
    return Path(str(resources.files("gdrkit") / "data" / name))


def default_userdict() -> Path:
    """Path of the shipped domain dictionary (jieba format: word freq tag)."""
    return _data_path("userdict.txt")


def _read_wordlist(path: Path) -> list[str]:
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.append(line)
    return words


@lru_cache(maxsize=4)
def load_stopwords(*, general: bool = True, formulaic: bool = True) -> frozenset[str]:
    """Stopwords: general Chinese (stopwords-iso zh, 794 words) and/or the formulaic words
    of disclosure reports (进一步, 认真, 加强, …; ``data/stopwords_formulaic.txt``)."""
    words: set[str] = set()
    if general:
        words |= set(_read_wordlist(_data_path("stopwords_zh.txt")))
    if formulaic:
        words |= set(_read_wordlist(_data_path("stopwords_formulaic.txt")))
    return frozenset(words)


class Tokenizer:
    """A private jieba-compatible tokenizer with the gdrkit domain dictionary.

    Parameters
    ----------
    backend : {"rjieba", "jieba"}
    userdict : path, optional
        A jieba-format dictionary (``word [freq [tag]]`` per line). Defaults to the
        shipped domain dictionary; pass ``False`` for none.
    extra_words : iterable of str, optional
        More words to add (with a high frequency so that they win).
    hmm : bool
        Use the HMM for unknown words (jieba's default).
    """

    def __init__(self, *, backend: str = "rjieba", userdict: str | os.PathLike | bool | None = None,
                 extra_words: tuple[str, ...] = (), hmm: bool = True) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"unknown tokenizer backend {backend!r}; choose one of {BACKENDS}")
        self.backend = backend
        self.hmm = hmm
        path = default_userdict() if userdict in (None, True) else (None if userdict is False else Path(userdict))
        self.userdict = path
        entries: list[tuple[str, int, str | None]] = []
        if path is not None:
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                parts = line.split()
                if not parts or parts[0].startswith("#"):
                    continue
                freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 100000
                entries.append((parts[0], freq, parts[2] if len(parts) > 2 else None))
        entries += [(w, 100000, None) for w in extra_words]
        self._entries = tuple(entries)
        self._impl = None

    @property
    def signature(self) -> str:
        """Hash of backend, HMM flag and dictionary entries: part of every cache key."""
        # the backend's version and this module's code are part of the key: an upgrade or a
        # change in how tokens are filtered re-tokenizes
        here = Path(__file__).read_bytes()
        h = hashlib.sha1(f"{self.backend}={version(self.backend)}|{self.hmm}".encode() + here)
        for w, f, t in self._entries:
            h.update(f"{w}\t{f}\t{t}\n".encode())
        return h.hexdigest()[:16]

    def load(self):
        """Load the dictionary now (once; e.g. before forking workers, which then share it)."""
        if self._impl is None:
            if self.backend == "jieba":
                import jieba


                impl = jieba.Tokenizer()
                impl.tmp_dir = str(default_cache_dir() / "jieba")  # its dictionary cache, under $GDRKIT_CACHE
                os.makedirs(impl.tmp_dir, exist_ok=True)
                log = logging.getLogger("jieba")
                level = log.level
                log.setLevel(logging.WARNING)  # not "Building prefix dict ..." on every load
                try:
                    impl.initialize()
                finally:
                    log.setLevel(level)  # the level as the user (or jieba) left it
                for w, f, t in self._entries:
                    impl.add_word(w, f, t)
            else:
                import rjieba

                impl = rjieba.Jieba()
                for w, f, t in self._entries:
                    impl.add_word(w, f, t)
            self._impl = impl
        return self._impl

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_impl"] = None
        return state

    def tokenize(self, text: str) -> list[str]:
        """Tokens of one text, whitespace-only tokens dropped; raw text unchanged."""
        impl = self.load()
        if self.backend == "jieba":
            toks = impl.lcut(text, HMM=self.hmm)
        else:
            toks = impl.cut(text, self.hmm)
        # t.strip() is "" exactly when t is empty or whitespace only (str.isspace's
        # whitespace): [t for t in toks if t and not t.isspace()], looped in C
        return list(filter(str.strip, toks))

    def tokenize_many(self, texts: list[str], *, workers: int = 1, progress: bool = False) -> list[list[str]]:
        """Tokens of many texts, optionally in ``workers`` processes (dictionary loaded
        once per worker), in input order."""
        return self.tokenize_arrow(texts, workers=workers, progress=progress).to_pylist()

    def tokenize_arrow(self, texts: list[str], *, workers: int = 1, progress: bool = False):
        """Tokens of many texts as one Arrow ``list<string>`` column (a ``ChunkedArray``),
        in input order: compact (no Python string per token) and cheap to send between
        processes. ``workers`` processes tokenize chunks of texts, each with its own
        dictionary loaded once."""
        if not len(texts):
            return pa.chunked_array([], TOKENS_TYPE)
        size = max(8, min(256, len(texts) // (max(1, workers) * 8) or 8))
        chunks = [texts[i:i + size] for i in range(0, len(texts), size)]
        bar = dict(desc="tokenize", disable=not progress, sizes=[len(c) for c in chunks], unit="text")
        if workers <= 1 or len(texts) < 64:
            return pa.chunked_array(list(progress_bar((self.tokens_array(c) for c in chunks), **bar)), TOKENS_TYPE)

        with start_pool(workers, initializer=_init_worker, initargs=(self,)) as pool:
            it = pool.imap(_worker_tokenize, chunks, chunksize=1)
            return pa.chunked_array(list(progress_bar(it, **bar)), TOKENS_TYPE)

    def tokens_array(self, texts: list[str]) -> pa.ListArray:
        """``pa.array([self.tokenize(t) for t in texts], TOKENS_TYPE)``, built without
        converting each token to Arrow on its own.

        All tokens are written one after another, each followed by a separator S (an
        ASCII control character that is whitespace and not in the texts), and encoded to
        UTF-8 at once; the S bytes mark where tokens end. A token with its S is
        whitespace only exactly when the token is empty or whitespace only, which
        Arrow's ``utf8_is_space`` tells (it agrees with ``str.isspace`` on every code
        point; tests check it). The bytes of those tokens are overwritten with S, and one
        ``bytes.translate`` deleting S leaves the kept tokens back to back: the values
        of the Arrow strings.
        """
        # ASCII, so in UTF-8 its byte stands for itself only
        sep = next((c for c in "\x1f\x1e\x1d\x1c" if not any(c in t for t in texts)), None)
        if sep is None:
            return pa.array([self.tokenize(t) for t in texts], TOKENS_TYPE)
        impl = self.load()
        counts = np.zeros(len(texts) + 1, np.int64)  # becomes the list offsets
        parts: list[str] = []
        for i, text in enumerate(texts):
            # each text's tokens joined right away, while they are fresh in memory
            toks = impl.lcut(text, HMM=self.hmm) if self.backend == "jieba" else impl.cut(text, self.hmm)
            counts[i + 1] = len(toks)
            if toks:
                parts.append(sep.join(toks) + sep)
        data = "".join(parts).encode("utf-8")
        del parts
        buf = np.frombuffer(data, np.uint8)
        ends = np.flatnonzero(buf == ord(sep))
        list_offsets = np.cumsum(counts)
        n = int(list_offsets[-1])
        if len(ends) != n or len(data) >= 2**31:  # S in a token after all, or past 32-bit offsets
            return pa.array([self.tokenize(t) for t in texts], TOKENS_TYPE)
        bounds = np.zeros(n + 1, np.int32)  # token i and its S: data[bounds[i]:bounds[i + 1]]
        bounds[1:] = ends + 1
        # Only tokens whose first byte starts a whitespace character in UTF-8 (\t-\r,
        # \x1c-\x20; C2: U+0085, U+00A0; E1: U+1680; E2: U+2000-U+205F; E3: U+3000) or
        # is S (an empty token) can be whitespace only: test those.
        lead = np.zeros(256, bool)
        lead[list(b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \xc2\xe1\xe2\xe3")] = True
        maybe = np.flatnonzero(lead[buf[bounds[:-1]]])
        with_sep = pa.StringArray.from_buffers(n, pa.py_buffer(bounds), pa.py_buffer(data))
        drop = maybe[pc.utf8_is_space(with_sep.take(pa.array(maybe))).to_numpy(zero_copy_only=False)]
        sizes = np.diff(bounds) - 1  # bytes of each token
        if len(drop):
            data = bytearray(data)
            start, size = bounds[drop], sizes[drop]
            # byte j of the dropped tokens' bytes, in token k: start[k] + j - (bytes of those before k)
            at = np.repeat(start - (np.cumsum(size) - size), size) + np.arange(int(size.sum()))
            np.frombuffer(data, np.uint8)[at] = ord(sep)
            sizes = np.delete(sizes, drop)
            list_offsets -= np.searchsorted(drop, list_offsets)  # less the dropped tokens before
        value_offsets = np.zeros(len(sizes) + 1, np.int32)
        np.cumsum(sizes, out=value_offsets[1:])
        values = pa.StringArray.from_buffers(len(sizes), pa.py_buffer(value_offsets),
                                             pa.py_buffer(data.translate(None, sep.encode())))
        return pa.ListArray.from_arrays(pa.array(list_offsets.astype(np.int32)), values)


_WORKER: Tokenizer | None = None


def _init_worker(tok: Tokenizer) -> None:
    global _WORKER
    _WORKER = tok
    tok.load()


def _worker_tokenize(texts: list[str]):
    assert _WORKER is not None
    return _WORKER.tokens_array(texts)


def _token_series(col, index: pd.Index | None = None) -> tuple[pd.Series, object]:
    """A pandas column backed by an Arrow ``list<string>`` array, and its list lengths."""
    lengths = pc.list_value_length(col).fill_null(0).to_numpy().astype(np.int64)
    return pd.Series(pd.arrays.ArrowExtensionArray(col), index=index), lengths


def tokenize_texts(units: pd.DataFrame, *, tokenizer: Tokenizer | None = None,
                   cache_dir: str | os.PathLike | None = None, workers: int = 1,
                   progress: bool = False, computed: pd.DataFrame | None = None,
                   cache: PartCache | None = None) -> pd.DataFrame:
    """Tokenize the ``text`` column of a table of units (reports or sections).

    Results are cached on disk keyed by the text's hash and the tokenizer's signature,
    so re-running a notebook does not re-tokenize.

    Parameters
    ----------
    units : DataFrame
        With columns report_id, section_id and text.
    computed : DataFrame, optional
        Tokens already computed with this tokenizer (``_key``: the text's
        :func:`~gdrkit.engine.cache.text_key`, ``tokens``), e.g. in :mod:`gdrkit.pipeline.deriving`'s pass
        (which also caches them); they are used instead of tokenizing again.
    cache : gdrkit.engine.cache.PartCache, optional
        An open tokens cache to use instead of opening the one of ``cache_dir`` (e.g.
        an indexed one, reused over the shards of a streamed build).

    Returns
    -------
    DataFrame
        report_id, section_id, tokens, n_tokens. ``tokens`` is a list column held in
        Arrow (dtype ``list<item: string>[pyarrow]``): an element is a Python list of
        str; ``.explode()``, ``.map(len)`` and ``.iloc[i]`` work as on lists.
    """
    tok = tokenizer or Tokenizer()
    texts = units["text"]
    keys = text_keys(texts)
    if cache is None and cache_dir is not None:
        cache = PartCache(cache_dir, "tokens", salt=tok.signature)
    pieces, pos = _known_tokens(keys, computed, cache)
    todo: dict[str, str] = {}
    for i, k in enumerate(keys):
        if k not in pos and k not in todo:
            t = texts.iat[i]
            todo[k] = t if isinstance(t, str) else ""
    if todo:
        new = tok.tokenize_arrow(list(todo.values()), workers=workers, progress=progress)
        base = sum(len(p) for p in pieces)
        pos.update({k: base + i for i, k in enumerate(todo)})
        pieces.append(new)
        if cache is not None:
            cache.put(pa.table({"key": pa.array(list(todo), pa.string()), "tokens": new}))
    col = pa.chunked_array([c for p in pieces for c in p.chunks], TOKENS_TYPE)
    index = [pos[k] for k in keys]
    if index != list(range(len(col))):  # usually the cache holds the rows in this order
        ix = pa.array(index, pa.int64())
        # one array is 3x faster to take from, but its 32-bit offsets cap it at 2 GiB of tokens
        col = col.combine_chunks().take(ix) if col.nbytes < 2**30 else col.take(ix)
    out = units[["report_id", "section_id"]].copy().reset_index(drop=True)
    out["tokens"], out["n_tokens"] = _token_series(col, out.index)
    del pieces
    release_memory()  # parts read and not kept are freed
    return out


def _known_tokens(keys: list[str], computed: pd.DataFrame | None, cache: PartCache | None
                  ) -> tuple[list[pa.ChunkedArray], dict[str, int]]:
    """The tokens of these text keys already at hand (``computed``) or in the cache:
    Arrow list arrays, and each key's row in their concatenation."""
    pieces: list[pa.ChunkedArray] = []
    pos: dict[str, int] = {}
    col = arrow_data(computed["tokens"]) if computed is not None and len(computed) else None
    if col is not None and col.type == TOKENS_TYPE:
        pos = {k: i for i, k in enumerate(computed["_key"].tolist())}
        pieces.append(col)
    if cache is not None:
        rest = [k for k in keys if k not in pos]
        got = cache.get_table(rest, columns=["tokens"]) if rest else None
        if got is not None and got.schema.field("tokens").type != TOKENS_TYPE:
            warnings.warn(f"gdrkit cache: {cache.dir} holds tokens of another type; they are not used "
                          "and the texts are tokenized again", stacklevel=3)
            got = None
        if got is not None:
            base = sum(len(p) for p in pieces)
            pos.update({k: base + i for i, k in enumerate(got["key"].to_pylist())})
            # Parquet hands lists back as list<element: ...>: relabelled, so a warm table is
            # the same table (and writes the same bytes) as a cold one
            pieces.append(got["tokens"].cast(TOKENS_TYPE))
    return pieces, pos


def drop_stopwords(tokens: pd.DataFrame, *, general: bool = True, formulaic: bool = True,
                   extra: tuple[str, ...] = (), drop_numbers: bool = True,
                   drop_punct: bool = True) -> pd.DataFrame:
    """The same tokens table with stopwords (and numbers, punctuation) removed from each list.

    Returns
    -------
    DataFrame
        report_id, section_id, tokens, n_tokens (after removal).
    """
    stop = load_stopwords(general=general, formulaic=formulaic) | set(extra)
    num = re.compile(r"^[\d.,%％]+$")
    punct = re.compile(r"^[\W_]+$")

    def keep(t: str) -> bool:
        if t in stop:
            return False
        if drop_numbers and num.match(t):
            return False
        if drop_punct and punct.match(t):
            return False
        return True

    out = tokens.copy()
    col = arrow_data(out["tokens"])
    if col is None:  # a list column of Python lists (e.g. read from a tokens.parquet)
        col = pa.array([list(v) if v is not None else None for v in out["tokens"]], TOKENS_TYPE)
    chunks = col.chunks if isinstance(col, pa.ChunkedArray) else [col]
    verdict: dict[str, bool] = {}  # the test runs once per distinct token, not once per token

    def filtered(chunk: pa.Array) -> pa.Array:
        # chunk by chunk: a chunk's 32-bit offsets hold, whatever the corpus size
        values = pc.list_flatten(chunk)
        if not len(values):
            return chunk
        enc = pc.dictionary_encode(values)
        words = enc.dictionary.to_pylist()
        ok = np.fromiter((verdict[w] if w in verdict else verdict.setdefault(w, keep(w)) for w in words),
                         bool, len(words))
        mask = ok[enc.indices.to_numpy(zero_copy_only=False)]
        parents = pc.list_parent_indices(chunk).to_numpy(zero_copy_only=False)
        counts = np.bincount(parents[mask], minlength=len(chunk)).astype(np.int32)
        offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int32)
        return pa.ListArray.from_arrays(pa.array(offsets), values.filter(pa.array(mask)))

    kept = pa.chunked_array([filtered(c) for c in chunks], TOKENS_TYPE)
    out["tokens"], out["n_tokens"] = _token_series(kept, out.index)
    return out
