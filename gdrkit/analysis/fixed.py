"""Fixed effects for :func:`gdrkit.analysis.models.fit_model`: ``fixed_effects=("agency_id",
"year")`` adds ``C(agency_id) + C(year)`` to the formula, after leaving out the reports that
cannot inform the other coefficients, and keeps the dummies out of the tidy table.

Reports left out (each time said in a warning and in ``attrs["fixed_effects_dropped"]``):

- singletons: a report alone in its level of a fixed effect (an agency with one report) is
  fitted exactly by its dummy and tells nothing about the rest (as reghdfe drops them);
  repeated until none is left, since dropping one can make another;
- for logit, levels whose reports all have the same outcome; for Poisson and negative
  binomial, levels whose counts are all 0: their dummy goes to minus infinity (separation)
  and, dropped, they change no other coefficient (as fixest does).

A regressor that does not vary within the levels of a fixed effect (the tier of an agency
under agency fixed effects) is absorbed by it: a :class:`ModelError`-worthy message from
:func:`absorbed_regressors` names it rather than a singular design.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from .formulas import formula_columns

__all__ = ["fe_formula", "fe_sample", "absorbed_regressors", "is_fe_term", "design_too_large", "n_levels",
           "MAX_DESIGN_CELLS"]

#: the dense design (reports × columns) above which fixed-effect dummies are refused: a
#: within estimator (pyfixest) is the tool for thousands of agencies
MAX_DESIGN_CELLS = 30_000_000


def fe_formula(formula: str, fixed_effects: Sequence[str]) -> str:
    """``formula`` with ``C(col)`` added for each fixed effect."""
    return formula + "".join(f" + C({c})" for c in fixed_effects)


def is_fe_term(term: str, fixed_effects: Sequence[str]) -> bool:
    """Whether ``term`` is a dummy of one of the fixed effects (``C(year)[T.2013]``)."""
    return any(re.fullmatch(rf"C\(\s*{re.escape(c)}\s*\)\[T\..*\]", str(term)) for c in fixed_effects)


def fe_sample(d: pd.DataFrame, fixed_effects: Sequence[str], *, family: str, y: str | None) -> tuple[pd.DataFrame, dict]:
    """The rows of ``d`` that inform the coefficients under the fixed effects, and how many
    were left out and why (``{"singletons": k, "constant outcome": m}``)."""
    dropped = {"singletons": 0, "constant outcome": 0}
    keys = {c: d[c].astype(object).where(d[c].notna(), "__missing").astype(str) for c in fixed_effects}
    keep = pd.Series(True, index=d.index)
    while True:
        before = int(keep.sum())
        for c in fixed_effects:
            size = keys[c][keep].map(keys[c][keep].value_counts())
            single = keep.copy()
            single[keep] = size.eq(1).to_numpy()
            dropped["singletons"] += int(single.sum())
            keep &= ~single
            if y is not None and family in ("logit", "poisson", "negbin"):
                v = pd.to_numeric(d.loc[keep, y], errors="coerce").astype(float)
                g = keys[c][keep]
                flat = (v.groupby(g).transform("max") == v.groupby(g).transform("min"))
                if family != "logit":
                    flat &= v.groupby(g).transform("max").eq(0)
                bad = keep.copy()
                bad[keep] = flat.to_numpy()
                dropped["constant outcome"] += int(bad.sum())
                keep &= ~bad
        if int(keep.sum()) == before:
            break
    return d[keep], {k: v for k, v in dropped.items() if v}


def absorbed_regressors(d: pd.DataFrame, formula: str, fixed_effects: Sequence[str]) -> list[tuple[str, str]]:
    """(regressor, fixed effect) pairs where the regressor is also a fixed effect or does not
    vary within any level of it, so the fixed effect absorbs it."""
    lhs = formula.split("~", 1)[0]
    out = []
    for col in formula_columns(formula.split("~", 1)[1]):
        if col in formula_columns(lhs) or col not in d.columns:
            continue
        for fe in fixed_effects:
            if col == fe:
                out.append((col, fe))
                continue
            x = d[col].astype(object).where(d[col].notna(), None).astype(str)
            if len(d) and x.groupby(d[fe].astype(str)).nunique().le(1).all():
                out.append((col, fe))
    return out


def design_too_large(n: int, k: int) -> bool:
    """Whether an n × k dense design is beyond :data:`MAX_DESIGN_CELLS`."""
    return n * k > MAX_DESIGN_CELLS


def n_levels(d: pd.DataFrame, fixed_effects: Sequence[str]) -> dict[str, int]:
    """The number of levels of each fixed effect in ``d``."""
    return {c: int(d[c].nunique(dropna=False)) for c in fixed_effects}
