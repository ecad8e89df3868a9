"""Text reuse: pairs of reports (or problem statements) that share text.

Similarity is the Jaccard index of the sets of k-character shingles (default k=8) of
the texts with whitespace removed. Candidate pairs come from MinHash signatures and LSH
banding, implemented with numpy (no Python loop over pairs of documents, so it scales to
100,000 reports); every candidate is then verified with the exact Jaccard index, so the
reported similarities are exact and pairs below the threshold are dropped.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd

from ..meta.keys import agency_keys
from ..text.similarity import jaccard, shared_count, shingles, without_spaces

__all__ = ["text_reuse", "problem_reuse", "shingles", "jaccard", "lsh_params"]


def lsh_params(threshold: float, num_perm: int, *, recall: float = 0.9) -> tuple[int, int]:
    """Bands and rows per band for LSH: the most rows per band (fewest false candidates)
    that still propose a pair at Jaccard ``threshold`` with probability >= ``recall``
    (the probability is ``1 - (1 - threshold**rows)**bands``)."""
    best = (num_perm, 1)
    for r in range(1, num_perm + 1):
        b = num_perm // r
        if b < 1:
            break
        if 1 - (1 - threshold ** r) ** b >= recall:
            best = (b, r)
    return best


def _signatures(sets: list[np.ndarray], num_perm: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    a = rng.integers(1, (1 << 61) - 1, size=num_perm, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, (1 << 61) - 1, size=num_perm, dtype=np.uint64)
    sig = np.full((len(sets), num_perm), np.iinfo(np.uint64).max, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for i, s in enumerate(sets):
            if len(s):
                # multiply-add in wrapping 64-bit arithmetic: a family of random permutations
                sig[i] = (np.outer(a, s) + b[:, None]).min(axis=1)
    return sig


def _candidates(sig: np.ndarray, bands: int, rows: int, seed: int, min_est: float = 0.0) -> np.ndarray:
    """Pairs (i < j) that share at least one LSH band bucket and whose MinHash estimate
    of the Jaccard index is at least ``min_est``, as an (m, 2) array. Filtering band by
    band keeps memory bounded by the pairs that pass, not by all bucket collisions."""
    n = sig.shape[0]
    rng = np.random.default_rng(seed + 1)
    mult = rng.integers(1, (1 << 63) - 1, size=rows, dtype=np.uint64) | np.uint64(1)
    found = [np.zeros((0, 2), dtype=np.int64)]

    def keep(pairs: np.ndarray) -> np.ndarray:
        if min_est <= 0 or not len(pairs):
            return pairs
        out = []
        for c in range(0, len(pairs), 100_000):  # bounded memory: 100,000 × num_perm
            p = pairs[c:c + 100_000]
            out.append(p[(sig[p[:, 0]] == sig[p[:, 1]]).mean(axis=1) >= min_est])
        return np.concatenate(out)

    def bucket_pairs(members: np.ndarray):
        """All pairs of one bucket, in blocks of about 500,000 (a bucket can be large)."""
        m = len(members)
        i = 0
        while i < m - 1:
            rows_, total = [], 0
            while i < m - 1 and (total == 0 or total + (m - i - 1) <= 500_000):
                rows_.append(np.stack([np.full(m - i - 1, members[i]), members[i + 1:]], axis=1))
                total += m - i - 1
                i += 1
            yield np.concatenate(rows_).astype(np.int64)

    with np.errstate(over="ignore"):
        for band in range(bands):
            block = sig[:, band * rows:(band + 1) * rows]
            key = (block * mult).sum(axis=1, dtype=np.uint64)
            order = np.argsort(key, kind="stable")
            ks = key[order]
            starts = np.flatnonzero(np.r_[True, ks[1:] != ks[:-1]])
            ends = np.r_[starts[1:], n]
            big = (ends - starts) > 1
            batch: list[np.ndarray] = []
            size = 0
            for s, e in zip(starts[big], ends[big]):
                for block in bucket_pairs(np.sort(order[s:e])):
                    batch.append(block)
                    size += len(block)
                    if size >= 500_000:
                        found.append(keep(np.concatenate(batch)))
                        batch, size = [], 0
            if batch:
                found.append(keep(np.concatenate(batch)))
            if sum(len(f) for f in found) > 2_000_000:  # deduplicate as we go
                found = [np.unique(np.concatenate(found), axis=0)]
    return np.unique(np.concatenate(found), axis=0).astype(np.int64)


def _units(data, level: str) -> pd.DataFrame:
    """Units to compare, with unit_id, report_id, text, agency, year, and ``_group``: the
    agency they are compared by (``agency_id`` where known, else the agency as printed)."""
    if hasattr(data, "reports"):  # a Corpus
        reports = data.reports
        if level == "problem":
            units = data.problems()[["report_id", "problem_id", "text"]].rename(columns={"problem_id": "unit_id"})
        else:
            units = reports[["report_id", "text"]].assign(unit_id=reports["report_id"])
        meta = reports[[c for c in ("report_id", "agency", "agency_id", "year") if c in reports.columns]]
        units = units.merge(meta, on="report_id", how="left")
    else:
        units = data.copy()
        if "text" not in units.columns or "report_id" not in units.columns:
            raise ValueError("text_reuse: units need report_id and text columns")
        if level == "problem":
            if "problem_id" not in units.columns:
                raise ValueError("text_reuse: level='problem' needs a problems table (problem_id column)")
            units["unit_id"] = units["problem_id"]
        else:
            units["unit_id"] = units["report_id"]
    for c in ("agency", "year"):
        if c not in units.columns:
            units[c] = pd.NA
    units = units.reset_index(drop=True)
    units["_group"] = agency_keys(units)
    return units


def text_reuse(corpus_or_units, *, level: str = "report", k: int = 8, threshold: float = 0.4,
               num_perm: int = 128, bands: int | None = None, candidates: str = "lsh",
               same_agency: bool | None = None, same_report: bool = False, seed: int = 0,
               min_chars: int | None = None) -> pd.DataFrame:
    """Pairs of reports (or problem statements) whose texts overlap.

    Parameters
    ----------
    corpus_or_units : Corpus or DataFrame
        A :class:`gdrkit.Corpus`, or a table with report_id and text (the ``reports``
        table) or, for ``level="problem"``, the ``problems`` table (problem_id,
        report_id, text). ``agency`` and ``year`` columns are carried when present.
    level : {"report", "problem"}
        Compare whole reports or single problem statements.
    k : int
        Shingle length in characters.
    threshold : float
        Keep pairs whose exact Jaccard index is at least this. With ``candidates="lsh"``
        a pair at the threshold is found with probability >= 0.9 (about 0.99 at
        threshold + 0.1; see :func:`lsh_params`). Thresholds below 0.3 make LSH propose many pairs on large
        collections (consecutive reports of one agency typically share 0.05–0.25):
        prefer ``same_agency=True`` (every pair within an agency, exact) for those.
    num_perm : int
        MinHash signature length.
    bands : int, optional
        LSH bands (rows per band = ``num_perm // bands``); chosen from ``threshold`` by
        :func:`lsh_params` when not given.
    candidates : {"lsh", "all"}
        "lsh" (MinHash + banding; scales to 100,000 reports) or "all" (every pair, exact;
        for small collections and for checking the LSH recall).
    same_agency : bool, optional
        Keep only pairs of the same agency (``agency_id`` where the units have it, else the
        agency as printed: 省教育厅 and 河北省教育厅 are one agency) (True; then every pair within an agency is
        compared exactly, no LSH) or of different agencies (False).
    same_report : bool
        At ``level="problem"``, also pair statements of the same report.
    seed : int
        Seed of the MinHash permutations (results are deterministic).
    min_chars : int, optional
        Units with fewer characters (whitespace removed) are skipped; default ``k``.

    Returns
    -------
    DataFrame
        report_id_a, report_id_b, similarity (exact Jaccard of k-character shingles),
        shared (number of shingles in common), agency_a, agency_b, year_a, year_b,
        same_agency; at ``level="problem"`` also problem_id_a, problem_id_b, text_a,
        text_b. Sorted by similarity, highest first; ``a`` is the earlier unit.

    Raises
    ------
    KeyError
        ``same_agency`` given and the table has no ``agency`` column (units without an
        agency value never count as the same agency as another; a warning says how many).
    """
    _check_options(corpus_or_units, level=level, candidates=candidates, threshold=threshold,
                   same_agency=same_agency)
    units = _units(corpus_or_units, level)
    if same_agency is not None and units["_group"].isna().any():
        n_missing = int(units["_group"].isna().sum())
        warnings.warn(f"text_reuse: {n_missing} of {len(units)} unit(s) have no agency, so they never count as the "
                      f"same agency as another (same_agency={same_agency})", stacklevel=2)
    norm = units["text"].fillna("").map(without_spaces)
    keep = norm.str.len() >= (k if min_chars is None else min_chars)
    units, norm = units[keep].reset_index(drop=True), norm[keep].reset_index(drop=True)
    sets = [shingles(t, k=k, normalise=False) for t in norm]
    pairs = _candidate_pairs(units, sets, candidates=candidates, same_agency=same_agency, threshold=threshold,
                             num_perm=num_perm, bands=bands, seed=seed)
    rid = units["report_id"].to_numpy()
    agency = units["_group"].to_numpy(dtype=object)
    if len(pairs) and level == "problem" and not same_report:
        pairs = pairs[rid[pairs[:, 0]] != rid[pairs[:, 1]]]
    if len(pairs) and same_agency is not None:
        same = np.array([isinstance(x, str) and x == y for x, y in zip(agency[pairs[:, 0]], agency[pairs[:, 1]])],
                        dtype=bool)
        pairs = pairs[same == same_agency]
    return _pairs_table(units, *_scored(pairs, sets, threshold), level=level)


def _check_options(corpus_or_units, *, level: str, candidates: str, threshold: float,
                   same_agency: bool | None) -> None:
    if level not in ("report", "problem"):
        raise ValueError("level must be 'report' or 'problem'")
    if candidates not in ("lsh", "all"):
        raise ValueError("candidates must be 'lsh' or 'all'")
    if not 0.0 <= threshold <= 1.0:
        raise ValueError("threshold must be between 0 and 1")
    if same_agency is not None and isinstance(corpus_or_units, pd.DataFrame) \
            and "agency" not in corpus_or_units.columns:
        raise KeyError(f"text_reuse: same_agency={same_agency} needs an 'agency' column, which the table lacks; "
                       "join it from the reports first (gdrkit.notebook.with_report_meta(table, reports))")


def _candidate_pairs(units: pd.DataFrame, sets: list[np.ndarray], *, candidates: str, same_agency: bool | None,
                     threshold: float, num_perm: int, bands: int | None, seed: int) -> np.ndarray:
    """The pairs (i < j) of units to compare exactly, as an (m, 2) array."""
    n = len(sets)
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    if candidates == "all":
        ii, jj = np.triu_indices(n, 1)
        return np.stack([ii, jj], axis=1)
    if same_agency:
        # within-agency reuse: every pair inside each agency, compared exactly
        found = [np.zeros((0, 2), dtype=np.int64)]
        for _, idx in units.groupby("_group", sort=False).indices.items():
            if len(idx) > 1:
                ii, jj = np.triu_indices(len(idx), 1)
                found.append(np.stack([idx[ii], idx[jj]], axis=1).astype(np.int64))
        return np.concatenate(found)
    if bands is None:
        bands, rows = lsh_params(max(threshold, 0.05), num_perm)
    else:
        rows = max(num_perm // bands, 1)
    sig = _signatures(sets, bands * rows, seed)
    # cheap vectorised filter before the exact check: the share of equal MinHash
    # values estimates the Jaccard index (standard error sqrt(J(1-J)/num_perm))
    t = min(max(threshold, 0.05), 0.5)
    margin = max(0.05, 3.5 * math.sqrt(t * (1 - t) / sig.shape[1]))
    return _candidates(sig, bands, rows, seed, min_est=threshold - margin)


def _scored(pairs: np.ndarray, sets: list[np.ndarray], threshold: float
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs whose exact Jaccard index is at least ``threshold``, with it and their
    shared shingles."""
    sims = np.empty(len(pairs))
    shared = np.empty(len(pairs), dtype=np.int64)
    lens = np.array([len(s) for s in sets])
    for p, (i, j) in enumerate(pairs):
        inter = shared_count(sets[i], sets[j])
        union = lens[i] + lens[j] - inter
        sims[p] = inter / union if union else 0.0
        shared[p] = inter
    ok = sims >= threshold
    return pairs[ok], sims[ok], shared[ok]


def _pairs_table(units: pd.DataFrame, pairs: np.ndarray, sims: np.ndarray, shared: np.ndarray, *,
                 level: str) -> pd.DataFrame:
    """The table of :func:`text_reuse`: ``a`` is the earlier unit (by year, then by position)."""
    rid = units["report_id"].to_numpy()
    agency = units["agency"].to_numpy(dtype=object)
    group = units["_group"].to_numpy(dtype=object)
    year = pd.to_numeric(units["year"], errors="coerce").to_numpy(dtype=float)
    ya, yb = year[pairs[:, 0]], year[pairs[:, 1]]
    swap = np.nan_to_num(ya, nan=np.inf) > np.nan_to_num(yb, nan=np.inf)
    pairs = pairs.copy()
    pairs[swap] = pairs[swap][:, ::-1]
    a, b = pairs[:, 0], pairs[:, 1]
    out = pd.DataFrame({
        "report_id_a": rid[a], "report_id_b": rid[b], "similarity": sims, "shared": shared,
        "agency_a": agency[a], "agency_b": agency[b],
        "year_a": pd.array(year[a], dtype="Float64").astype("Int64"),
        "year_b": pd.array(year[b], dtype="Float64").astype("Int64"),
    })
    out["same_agency"] = [isinstance(x, str) and x == y for x, y in zip(group[a], group[b])]  # by agency_id
    if level == "problem":
        uid = units["unit_id"].to_numpy()
        txt = units["text"].to_numpy()
        out.insert(0, "problem_id_a", uid[a])
        out.insert(1, "problem_id_b", uid[b])
        out["text_a"] = txt[a]
        out["text_b"] = txt[b]
    return out.sort_values(["similarity", "report_id_a", "report_id_b"], ascending=[False, True, True],
                           kind="mergesort").reset_index(drop=True)


def problem_reuse(problems: pd.DataFrame, *, threshold: float = 0.3) -> pd.DataFrame:
    """Pairs of problem statements of the same agency with Jaccard similarity ≥
    ``threshold`` (:func:`text_reuse`, every pair within an agency compared exactly).

    Parameters
    ----------
    problems : DataFrame
        The ``problems`` table with the reports' ``agency`` and ``year`` joined
        (:func:`gdrkit.notebook.with_report_meta`).
    threshold : float
        The least Jaccard index kept.

    Returns
    -------
    DataFrame
        The columns of :func:`text_reuse` at ``level="problem"`` (problem_id_a,
        problem_id_b, report_id_a, report_id_b, similarity, shared, agency_a, agency_b,
        year_a, year_b, same_agency, text_a, text_b) and year_gap (year_b − year_a; NaN
        when a year is unknown).
    """
    missing = [c for c in ("agency", "year") if c not in problems.columns]
    if missing:
        raise KeyError(f"problem_reuse: the problems table has no {missing}; join them first with "
                       "gdrkit.notebook.with_report_meta(problems, reports)")
    pairs = text_reuse(problems, level="problem", same_agency=True, threshold=threshold, candidates="all")
    return pairs.assign(year_gap=pd.to_numeric(pairs["year_b"], errors="coerce")
                        - pd.to_numeric(pairs["year_a"], errors="coerce"))
