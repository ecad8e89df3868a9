"""Wild cluster bootstrap inference for OLS with few clusters (``fit_model(...,
inference="wild")``), with the ``wildboottest`` library.

Why this library: it is the wild bootstrap of the py-econometrics group (pyfixest's own
``Feols.wildboottest`` calls it), takes the statsmodels design gdrkit already builds, and
installs with numba only (pyfixest brings ~40 more packages and gives the same p-values:
README, "Models"). What is computed, per term:

- the p-value of H0: coefficient = 0 by the restricted wild cluster bootstrap (WCR, the
  "11" variant: CRV1 standard errors, null imposed, MacKinnon and Webb 2018), with
  :data:`WILD_REPS` draws of Rademacher weights, or of Webb's six-point weights when there
  are :data:`WEBB_BELOW` clusters or fewer (Rademacher weights then have too few distinct
  draws; with 2^G below the draws asked for, wildboottest enumerates all of them);
- the interval by inverting that test: the values b whose test of coefficient = b is not
  rejected at ``alpha``. Testing = b is testing = 0 with y − b·x, and the bootstrap's
  numerator is linear and its denominator quadratic in b (the same draws for every b, from
  one seed), so three library runs give the test at every b and the bounds are found by
  bisection (checked against a fourth run at b = 0, the reported p-value).

Reproducible: the draws come from ``seed`` (default :data:`WILD_SEED`); the same data and
seed give the same p-values and intervals.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

__all__ = ["WILD_REPS", "WILD_SEED", "WEBB_BELOW", "wild_cluster_bootstrap", "wild_weights", "run_test"]

#: bootstrap draws (9,999: a p-value's Monte Carlo error is below 0.005 at p = 0.05)
WILD_REPS = 9999
#: the default seed of the draws
WILD_SEED = 20240519
#: with this many clusters or fewer, Webb's six-point weights instead of Rademacher's
WEBB_BELOW = 12


def wild_weights(n_clusters: int) -> str:
    """The bootstrap weights for ``n_clusters`` clusters: "webb" up to :data:`WEBB_BELOW`,
    else "rademacher"."""
    return "webb" if n_clusters <= WEBB_BELOW else "rademacher"


def _run(X: np.ndarray, y: np.ndarray, groups: np.ndarray, j: int, b: float, *, reps: int, seed: int, weights: str):
    """One wildboottest run of H0: coefficient j = b (as coefficient j = 0 of y − b·x_j)."""
    try:
        from wildboottest.wildboottest import WildboottestCL
    except ImportError as exc:
        raise ImportError("inference='wild' needs the wildboottest package: pip install 'gdrkit[wild]' "
                          "(make venv installs it)") from exc

    R = np.zeros(X.shape[1])
    R[j] = 1.0
    boot = WildboottestCL(X=X, Y=y - b * X[:, j], cluster=groups, R=R, B=reps, seed=seed, parallel=False)
    boot.get_scores(bootstrap_type="11", impose_null=True, adj=True, cluster_adj=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # full enumeration when 2^G < reps: said in se_type
        boot.get_weights(weights_type=weights)
    boot.get_numer()
    boot.get_denom()
    boot.get_tboot()
    boot.get_vcov()
    boot.get_tstat()
    boot.get_pvalue(pval_type="two-tailed")
    return boot


def run_test(X: np.ndarray, y: np.ndarray, groups: np.ndarray, j: int, b: float, *, reps: int = WILD_REPS,
             seed: int = WILD_SEED, weights: str | None = None) -> float:
    """The wild bootstrap p-value of H0: coefficient ``j`` = ``b`` (one library run)."""
    weights = weights or wild_weights(int(np.unique(groups).size))
    return float(_run(np.asarray(X, float), np.asarray(y, float), groups, j, b, reps=reps, seed=seed,
                      weights=weights).pvalue)


def _test_at(runs: list, points: np.ndarray):
    """p(b) for any b from three runs at ``points``: numerator linear, denominator
    quadratic, t statistic linear in b."""
    num = [np.asarray(r.numer, float).ravel() for r in runs]
    den = [np.asarray(r.denom, float).ravel() for r in runs]
    tst = [float(np.asarray(r.t_stat).ravel()[0]) for r in runs]
    b0, b1, b2 = points
    slope = (num[1] - num[0]) / (b1 - b0)
    # Lagrange interpolation of the quadratic denominator through the three points
    def lag(b):
        l0 = (b - b1) * (b - b2) / ((b0 - b1) * (b0 - b2))
        l1 = (b - b0) * (b - b2) / ((b1 - b0) * (b1 - b2))
        l2 = (b - b0) * (b - b1) / ((b2 - b0) * (b2 - b1))
        return l0 * den[0] + l1 * den[1] + l2 * den[2]

    tslope = (tst[1] - tst[0]) / (b1 - b0)

    def p(b: float) -> float:
        tb = (num[0] + slope * (b - b0)) / np.sqrt(np.maximum(lag(b), 1e-300))
        t = tst[0] + tslope * (b - b0)
        return float(np.mean(np.abs(t) < np.abs(tb)))

    return p


def _bound(p, start: float, step: float, alpha: float) -> float:
    """The b beyond ``start`` (in the direction of ``step``) where p(b) falls below alpha."""
    inside, out = start, start + step
    k = 0
    while p(out) >= alpha:
        inside, out = out, out + step * 2 ** k
        k += 1
        if k > 60:
            return float(np.sign(step) * np.inf)
    for _ in range(60):
        mid = (inside + out) / 2
        if p(mid) >= alpha:
            inside = mid
        else:
            out = mid
    return (inside + out) / 2


def wild_cluster_bootstrap(X: np.ndarray, y: np.ndarray, groups: np.ndarray, names: list[str], se: np.ndarray, *,
                           alpha: float = 0.05, reps: int = WILD_REPS, seed: int = WILD_SEED,
                           weights: str | None = None, only: list[str] | None = None) -> pd.DataFrame:
    """Wild cluster bootstrap p-values and inverted intervals of every column of an OLS
    design.

    Parameters
    ----------
    X, y : arrays
        The design (n, k) and the outcome (n,) of the estimation sample.
    groups : array (n,)
        Cluster codes (one per row for a heteroskedastic wild bootstrap).
    names : list of str
        The columns' names.
    se : array (k,)
        The CRV1 standard errors (the step of the search for the bounds).
    alpha : float
        1 − confidence level.
    reps, seed : int
        Draws and their seed.
    weights : {"rademacher", "webb"}, optional
        Default :func:`wild_weights` of the number of clusters.
    only : list of str, optional
        The columns to test (default all; fixed-effect dummies need no test).

    Returns
    -------
    DataFrame
        term, p, ci_low, ci_high; ``attrs``: weights, reps (the draws made: 2^G when all
        Rademacher draws were enumerated), seed.
    """
    X = np.asarray(X, float)
    y = np.asarray(y, float)
    G = int(np.unique(groups).size)
    weights = weights or wild_weights(G)
    beta = np.linalg.lstsq(X, y, rcond=None)[0]
    rows, made = [], reps
    for j, name in enumerate(names):
        if only is not None and name not in only:
            continue
        step = float(se[j]) if np.isfinite(se[j]) and se[j] > 0 else max(abs(beta[j]), 1.0)
        points = np.array([beta[j] - step, beta[j] + step, beta[j] + 2 * step])
        runs = [_run(X, y, groups, j, float(b), reps=reps, seed=seed, weights=weights) for b in points]
        at_zero = _run(X, y, groups, j, 0.0, reps=reps, seed=seed, weights=weights)
        made = int(at_zero.B)
        p = _test_at(runs, points)
        p0 = float(at_zero.pvalue)
        if abs(p(0.0) - p0) > 2.0 / made + 1e-9:
            raise RuntimeError(f"wild bootstrap of {name}: the interval's algebra does not reproduce the library's "
                               f"p-value ({p(0.0):.4f} against {p0:.4f})")
        rows.append({"term": name, "p": p0, "ci_low": _bound(p, beta[j], -step, alpha),
                     "ci_high": _bound(p, beta[j], step, alpha)})
    out = pd.DataFrame(rows, columns=["term", "p", "ci_low", "ci_high"])
    out.attrs = {"weights": weights, "reps": made, "seed": seed, "clusters": G}
    return out
