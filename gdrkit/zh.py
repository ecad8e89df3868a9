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
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

__all__ = [
    "Tokenizer",
    "BACKENDS",
    "default_userdict",
    "load_stopwords",
    "tokenize_texts",
    "drop_stopwords",
]

BACKENDS = ("rjieba", "jieba")


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
        from importlib.metadata import version

        # the backend's version and this module's code are part of the key: an upgrade or a
        # change in how tokens are filtered re-tokenizes
        here = Path(__file__).read_bytes()
        h = hashlib.sha1(f"{self.backend}={version(self.backend)}|{self.hmm}".encode() + here)
        for w, f, t in self._entries:
            h.update(f"{w}\t{f}\t{t}\n".encode())
        return h.hexdigest()[:16]

    def _load(self):
        if self._impl is None:
            if self.backend == "jieba":
                import logging

                import jieba

                logging.getLogger("jieba").setLevel(logging.WARNING)
                impl = jieba.Tokenizer()
                impl.tmp_dir = str(Path(os.path.expanduser("~")) / ".cache" / "gdrkit" / "jieba")
                os.makedirs(impl.tmp_dir, exist_ok=True)
                impl.initialize()
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
        impl = self._load()
        if self.backend == "jieba":
            toks = impl.lcut(text, HMM=self.hmm)
        else:
            toks = impl.cut(text, self.hmm)
        return [t for t in toks if t.strip()]

    def tokenize_many(self, texts: list[str], *, workers: int = 1, progress: bool = False) -> list[list[str]]:
        """Tokens of many texts, optionally in ``workers`` processes (dictionary loaded
        once per worker), in input order."""
        from .progress import progress_bar

        if workers <= 1 or len(texts) < 64:
            return [self.tokenize(t) for t in progress_bar(texts, desc="tokenize", disable=not progress)]
        import multiprocessing as mp

        ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
        chunk = max(8, len(texts) // (workers * 8))
        with ctx.Pool(workers, initializer=_init_worker, initargs=(self,)) as pool:
            it = pool.imap(_worker_tokenize, texts, chunksize=chunk)
            return list(progress_bar(it, total=len(texts), desc="tokenize", disable=not progress))


_WORKER: Tokenizer | None = None


def _init_worker(tok: Tokenizer) -> None:
    global _WORKER
    _WORKER = tok
    tok._load()


def _worker_tokenize(text: str) -> list[str]:
    assert _WORKER is not None
    return _WORKER.tokenize(text)


def tokenize_texts(units: pd.DataFrame, *, tokenizer: Tokenizer | None = None,
                   cache_dir: str | os.PathLike | None = None, workers: int = 1,
                   progress: bool = False) -> pd.DataFrame:
    """Tokenize the ``text`` column of a table of units (reports or sections).

    Results are cached on disk keyed by the text's hash and the tokenizer's signature,
    so re-running a notebook does not re-tokenize.

    Parameters
    ----------
    units : DataFrame
        With columns report_id, section_id and text.

    Returns
    -------
    DataFrame
        report_id, section_id, tokens (list of str), n_tokens.
    """
    from .cache import PartCache, text_key

    tok = tokenizer or Tokenizer()
    keys = [text_key(t) for t in units["text"].fillna("")]
    found: dict[str, list[str]] = {}
    cache = None
    if cache_dir is not None:
        cache = PartCache(cache_dir, "tokens", salt=tok.signature)
        got = cache.get(set(keys), columns=["tokens"])
        found = {k: list(v) for k, v in zip(got["key"], got["tokens"])}
    todo = {}
    for k, t in zip(keys, units["text"].fillna("")):
        if k not in found and k not in todo:
            todo[k] = t
    if todo:
        res = tok.tokenize_many(list(todo.values()), workers=workers, progress=progress)
        new = dict(zip(todo.keys(), res))
        found.update(new)
        if cache is not None:
            cache.put(pd.DataFrame({"key": list(new.keys()), "tokens": list(new.values())}))
    out = units[["report_id", "section_id"]].copy().reset_index(drop=True)
    out["tokens"] = [found[k] for k in keys]
    out["n_tokens"] = out["tokens"].map(len)
    return out


def drop_stopwords(tokens: pd.DataFrame, *, general: bool = True, formulaic: bool = True,
                   extra: tuple[str, ...] = (), drop_numbers: bool = True,
                   drop_punct: bool = True) -> pd.DataFrame:
    """The same tokens table with stopwords (and numbers, punctuation) removed from each list.

    Returns
    -------
    DataFrame
        report_id, section_id, tokens, n_tokens (after removal).
    """
    import re

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
    out["tokens"] = [[t for t in toks if keep(t)] for toks in out["tokens"]]
    out["n_tokens"] = out["tokens"].map(len)
    return out
