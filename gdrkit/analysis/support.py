"""What a fitted model rests on: per term, the reports and clusters (agencies) that carry
it, and the warnings when they are too few.

A coefficient estimated from one report of one agency is that report, whatever its standard
error says, and cluster-robust standard errors with a dozen clusters are too small. So
:func:`gdrkit.analysis.models.fit_model` counts, for each term of the design:

- a dummy of a factor level (``C(tier)[T.provincial]``) or of a boolean: the reports with that
  level (the column is not 0), and the clusters they come from;
- a continuous term (``I(year - 2015)``): the reports with a non-missing value, when the
  value is not the same in all of them (then nothing carries it), and their clusters;
- with the cluster's own fixed effects in the model (``fixed_effects=("agency_id", ...)``),
  a term is identified only within clusters, so only the clusters in which it varies (and
  their reports) carry it;
- the intercept and the negative binomial ``alpha``: every report and cluster.

Two thresholds, one documented number each:

- :data:`MIN_TERM_CLUSTERS` = 3: a term carried by fewer clusters warns and is marked
  (``†`` in the paper table);
- :data:`MIN_CLUSTERS` = 20: a model with fewer clusters warns and is marked (``‡``).
  Cluster-robust standard errors are biased downwards with few clusters; 20 is the lower
  end of the 20-50 clusters below which Cameron and Miller (2015, "A practitioner's guide
  to cluster-robust inference", J. Human Resources 50(2)) and MacKinnon and Webb (2018)
  find Wald tests over-reject. With fewer, use ``inference="wild"`` (OLS).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["MIN_CLUSTERS", "MIN_TERM_CLUSTERS", "SupportWarning", "group_codes", "term_support", "term_warning",
           "model_warning"]

#: a model resting on fewer clusters warns (cluster-robust errors are too small)
MIN_CLUSTERS = 20
#: a term carried by fewer clusters warns (its estimate describes those clusters only)
MIN_TERM_CLUSTERS = 3


class SupportWarning(UserWarning):
    """A model or a term rests on too few clusters (``warnings.simplefilter("ignore",
    SupportWarning)`` silences them once they have been read; the table keeps its
    ``warning`` column)."""


def group_codes(d: pd.DataFrame, cluster: str | None) -> np.ndarray:
    """Integer cluster codes of the rows of ``d``: the values of ``cluster`` (a missing id is
    a cluster of its own), or one cluster per row when ``cluster`` is None."""
    n = len(d)
    if cluster is None:
        return np.arange(n)
    g = d[cluster].astype(object)
    g = g.where(g.notna(), pd.Series([f"__missing_{i}" for i in range(n)], index=g.index, dtype=object))
    return pd.factorize(g.astype(str), sort=True)[0]


def _varies_within(x: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Per row: whether ``x`` takes more than one value in the row's group."""
    s = pd.Series(x)
    lo = s.groupby(groups).transform("min").to_numpy(float)
    hi = s.groupby(groups).transform("max").to_numpy(float)
    return hi > lo


def term_support(exog: np.ndarray, names: list[str], groups: np.ndarray, *,
                 within: bool = False) -> pd.DataFrame:
    """Per column of the design: the reports (rows) and clusters that carry it.

    Parameters
    ----------
    exog : array (n, k)
        The design matrix of the estimation sample.
    names : list of str
        Its column names (patsy's).
    groups : array (n,)
        Cluster codes (:func:`group_codes`).
    within : bool
        The model has the clusters' fixed effects: a term is carried by the clusters in
        which it varies.

    Returns
    -------
    DataFrame
        term, n_reports, n_clusters.
    """
    rows = []
    X = np.asarray(exog, dtype=float)
    for j, name in enumerate(names[: X.shape[1]]):  # NB2 names alpha after the columns
        x = X[:, j]
        finite = np.isfinite(x)
        if name == "Intercept":
            carry = finite
        elif within:
            carry = finite & _varies_within(np.where(finite, x, np.nan), groups)
        elif np.isin(x[finite], (0.0, 1.0)).all():  # a dummy: the reports with the level
            carry = finite & (x != 0)
        else:  # continuous: every report with a value, unless the value never changes
            carry = finite if np.unique(x[finite]).size > 1 else np.zeros(len(x), bool)
        rows.append({"term": name, "n_reports": int(carry.sum()), "n_clusters": int(np.unique(groups[carry]).size)})
    return pd.DataFrame(rows, columns=["term", "n_reports", "n_clusters"])


def term_warning(term: str, n_reports: int, n_clusters: int, *, unit: str) -> str:
    """The warning of a term carried by fewer than :data:`MIN_TERM_CLUSTERS` clusters ("" if
    it is carried by enough)."""
    if n_clusters >= MIN_TERM_CLUSTERS:
        return ""
    return (f"{term} rests on {n_reports} report(s) from {n_clusters} {unit}(s) (fewer than {MIN_TERM_CLUSTERS}): "
            f"its estimate describes {'that' if n_clusters == 1 else 'those'} {unit}(s), not a group")


def model_warning(clusters: int, *, unit: str, inference: str) -> str:
    """The warning of a model resting on fewer than :data:`MIN_CLUSTERS` clusters ("" if it
    rests on enough)."""
    if clusters >= MIN_CLUSTERS:
        return ""
    what = (f"the model rests on {clusters} {unit}(s) (fewer than {MIN_CLUSTERS}): cluster-robust standard errors "
            "are too small with so few clusters")
    if inference == "wild":
        return what + "; p-values and intervals are from the wild cluster bootstrap"
    return what + "; use inference='wild' (OLS) for wild-cluster-bootstrap p-values and intervals"
