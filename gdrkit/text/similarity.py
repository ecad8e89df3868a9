"""Similarity of texts: the Jaccard index of their sets of k-character shingles.

Used by the near-duplicate test of report ids (:mod:`gdrkit.meta.ids`) and by text reuse
(:func:`gdrkit.analysis.reuse.text_reuse`). Shingles are taken from the text with its
whitespace removed, and hashed to 64-bit integers.
"""

from __future__ import annotations

import re

import numpy as np

__all__ = ["shingles", "jaccard", "shared_count", "without_spaces"]

_WS = re.compile(r"\s+")


def without_spaces(text: str | None) -> str:
    """``text`` with every whitespace character removed ("" for None)."""
    return _WS.sub("", text or "")


def shingles(text: str, *, k: int = 8, normalise: bool = True) -> np.ndarray:
    """Sorted unique 64-bit hashes of the k-character shingles of ``text``.

    Whitespace is removed first (``normalise=True``). A text shorter than ``k`` is one
    shingle; an empty text has none.

    Returns
    -------
    ndarray of uint64
    """
    t = without_spaces(text) if normalise else (text or "")
    if not t:
        return np.zeros(0, dtype=np.uint64)
    cp = np.frombuffer(t.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    kk = min(k, len(cp))
    n = len(cp) - kk + 1
    h = np.zeros(n, dtype=np.uint64)
    base = np.uint64(1_000_003)
    with np.errstate(over="ignore"):
        for j in range(kk):
            h = h * base + cp[j:j + n]
        # final avalanche (splitmix64) so that similar shingles get unrelated hashes
        h ^= h >> np.uint64(30)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(27)
        h *= np.uint64(0x94D049BB133111EB)
        h ^= h >> np.uint64(31)
    h.sort()
    return h[np.r_[True, h[1:] != h[:-1]]]


def shared_count(a: np.ndarray, b: np.ndarray) -> int:
    """Size of the intersection of two sorted unique arrays (binary search, no sort)."""
    if len(a) > len(b):
        a, b = b, a
    if not len(a):
        return 0
    idx = np.searchsorted(b, a)
    idx[idx == len(b)] = len(b) - 1
    return int(np.count_nonzero(b[idx] == a))


def jaccard(a: str | np.ndarray, b: str | np.ndarray, *, k: int = 8) -> float:
    """Exact Jaccard index of the k-character shingle sets of two texts (or of two
    arrays from :func:`shingles`); 0.0 when both are empty."""
    sa = shingles(a, k=k) if isinstance(a, str) else a
    sb = shingles(b, k=k) if isinstance(b, str) else b
    if not len(sa) and not len(sb):
        return 0.0
    inter = shared_count(sa, sb)
    return inter / (len(sa) + len(sb) - inter)
