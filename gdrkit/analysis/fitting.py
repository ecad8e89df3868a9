"""Fitting a statsmodels model for :func:`gdrkit.analysis.models.fit_model`: the call per
family, the NB2 start that cannot run away, and every failure turned into a
:class:`ModelError` that says why."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

__all__ = ["ModelError", "fit_negbin", "fit_result", "build_model"]


class ModelError(ValueError):
    """A model cannot be estimated on these data; the message says why."""


def fit_negbin(model, poisson, maxiter: int, fit_kw: dict, label: str):
    """Fit an NB2 model from a start that cannot run away, and check it is the maximum.

    statsmodels starts NB2 at the Poisson coefficients and a moment estimate of ``alpha``
    from the Poisson residuals. When the counts are very overdispersed and the Poisson
    means of some reports are tiny (the real panel: 0-3119 applications, Poisson means
    down to 0.06), that estimate is in the thousands, the first BFGS step on log(alpha)
    jumps to alpha ~ 1e229 where the likelihood is flat, and statsmodels reports
    "converged" with a log-likelihood far below the Poisson one and no standard errors.
    Here the optimiser starts at the Poisson coefficients and alpha = 1 (a moderate
    overdispersion, from which BFGS on log(alpha) reaches the maximum whether alpha is
    0.05 or 50), and the result is checked: NB2 contains Poisson (alpha -> 0), so its
    maximised log-likelihood cannot be below the Poisson one (by more than 0.01: data
    without overdispersion put the maximum at alpha -> 0, which BFGS approaches, and the
    ``alpha`` row then says the model is effectively Poisson).

    Parameters
    ----------
    model : statsmodels NegativeBinomial
        The NB2 model (``loglike_method="nb2"``).
    poisson : statsmodels GLM
        A Poisson GLM with the same formula, data and exposure (the start and the check).
    maxiter : int
        Iterations for each fit.
    fit_kw : dict
        ``cov_type`` and ``cov_kwds`` for the NB2 fit.
    label : str
        The model's label, for the error message.

    Returns
    -------
    statsmodels result
        The NB2 fit.

    Raises
    ------
    ModelError
        When the fit ends below the Poisson log-likelihood or with a non-finite estimate.
    """
    poi = poisson.fit(maxiter=maxiter)
    start = np.append(np.asarray(poi.params, dtype=float), 1.0)
    res = model.fit(start_params=start, method="bfgs", disp=0, maxiter=maxiter, **fit_kw)
    params = np.asarray(res.params, dtype=float)
    if not np.all(np.isfinite(params)) or not np.isfinite(res.llf):
        raise ModelError(f"{label}: the negative binomial fit ended at non-finite estimates "
                         f"({dict(zip(res.params.index, params))})")
    # within 0.01 of the Poisson log-likelihood is its maximum: with no overdispersion the
    # maximum is at the boundary alpha -> 0, where BFGS stops a hair short (alpha ~ 1e-5,
    # 3e-4 below the Poisson fit); a runaway fit ends thousands below
    if res.llf < poi.llf - max(1e-6 * abs(poi.llf), 0.01):
        raise ModelError(f"{label}: the negative binomial fit did not reach its maximum (log-likelihood "
                         f"{res.llf:.2f} below the Poisson {poi.llf:.2f}, alpha = {params[-1]:.3g})")
    return res


def build_model(d: pd.DataFrame, formula: str, family: str, *, exposure: str | None, offset: str | None,
                label: str) -> tuple[object, dict]:
    """The statsmodels model of ``family``, and the keywords of its exposure and offset
    (count models only: log(exposure) and the offset enter with coefficient 1)."""
    import statsmodels.api as sm
    import statsmodels.formula.api as smf

    kw = {}
    if exposure is not None:
        kw["exposure"] = d[exposure].astype(float).to_numpy()
    if offset is not None:
        kw["offset"] = d[offset].astype(float).to_numpy()
    try:
        if family == "ols":
            return smf.ols(formula, data=d, missing="raise"), kw
        if family == "poisson":
            return smf.glm(formula, data=d, family=sm.families.Poisson(), missing="raise", **kw), kw
        if family == "negbin":
            return smf.negativebinomial(formula, data=d, loglike_method="nb2", missing="raise", **kw), kw
        return smf.glm(formula, data=d, family=sm.families.Binomial(), missing="raise"), kw
    except Exception as exc:
        raise ModelError(f"{label}: the formula could not be evaluated: {str(exc).splitlines()[0]}") from exc


def fit_result(model, d: pd.DataFrame, formula: str, family: str, kw: dict, fit_kw: dict, *, maxiter: int, label: str):
    """The fitted result; a ModelError on separation, no convergence or a failed fit."""
    import statsmodels.api as sm
    import statsmodels.formula.api as smf
    from statsmodels.tools.sm_exceptions import ConvergenceWarning, PerfectSeparationWarning

    lhs = formula.split("~", 1)[0].strip()
    ycol = lhs if lhs in d.columns else None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            if family == "ols":
                res = model.fit(**fit_kw)
            elif family == "negbin":
                res = fit_negbin(model, smf.glm(formula, data=d, family=sm.families.Poisson(),
                                                 missing="raise", **kw), maxiter, fit_kw, label)
            else:
                res = model.fit(maxiter=maxiter, **fit_kw)
        except np.linalg.LinAlgError as exc:
            raise ModelError(f"{label}: singular matrix while fitting ({exc})") from exc
        except ModelError:  # already says why (_fit_negbin)
            raise
        except Exception as exc:
            if "separation" in str(exc).lower():
                raise ModelError(f"{label}: perfect separation: a regressor predicts {ycol} exactly, "
                                 "so its coefficient is infinite") from exc
            raise ModelError(f"{label}: fit failed: {type(exc).__name__}: {exc}") from exc
    for w in caught:
        if issubclass(w.category, PerfectSeparationWarning):
            raise ModelError(f"{label}: perfect separation: a regressor predicts {ycol} exactly, so "
                             "its coefficient is infinite")
        if issubclass(w.category, ConvergenceWarning):
            raise ModelError(f"{label}: the fit did not converge ({w.message})")
    converged = getattr(res, "converged", None)
    if converged is None:
        converged = (getattr(res, "mle_retvals", None) or {}).get("converged", True)
    if not converged:
        raise ModelError(f"{label}: the fit did not converge in {maxiter} iterations")
    return res
