"""Side-by-side regression tables: several tidy tables from :func:`gdrkit.analysis.models.fit_model`
in columns, like ``summary_col``, written as CSV and a LaTeX booktabs tabular."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

__all__ = ["compare_models"]


def _stars(p: float) -> str:
    if not p == p:
        return ""
    return "***" if p < 0.01 else "**" if p < 0.05 else "*" if p < 0.1 else ""


def _latex_escape(s: str) -> str:
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
    return "".join(rep.get(ch, ch) for ch in str(s))


def compare_models(tables: list[pd.DataFrame] | dict[str, pd.DataFrame], *,
                   path: str | os.PathLike | None = None, digits: int = 3, stars: bool = True,
                   not_estimated: dict[str, str] | None = None) -> pd.DataFrame:
    """Several tidy tables (from :func:`fit_model`) side by side, like ``summary_col``.

    Parameters
    ----------
    tables : list of DataFrame, or dict of name → DataFrame
        The models; a dict's keys become the column headers (else each table's ``model``).
    path : str or Path, optional
        A file stem: writes ``<path>.csv`` (utf-8-sig) and ``<path>.tex`` (a booktabs
        tabular; Chinese terms need xeCJK/ctex in the paper's preamble).
    digits : int
        Decimals shown.
    not_estimated : dict of str → str, optional
        Models (keys of ``tables``; their tables may be empty) that could not be
        estimated, with the reason: they keep their column, and a last row "Not
        estimated" gives the reason (in the ``.tex``: "not estimated (see note)" and
        the reasons in a note under the tabular). A paper table never loses a model
        silently.

    Returns
    -------
    DataFrame
        One row per term (estimate with stars, then "(se)" on the next row), then rows N,
        Clusters, SE and Family, and "Not estimated" when ``not_estimated`` names a
        model; one column per model.
    """
    if isinstance(tables, dict):
        items = list(tables.items())
    else:
        items = [(str(t["model"].iloc[0]) if len(t) else f"({i + 1})", t) for i, t in enumerate(tables)]
    if not items:
        raise ValueError("compare_models: no models")
    names = [k for k, _ in items]
    if len(set(names)) != len(names):
        names = [f"({i + 1}) {k}" for i, k in enumerate(names)]
    terms: list[str] = []
    for _, t in items:
        for term in t["term"]:
            if term not in terms:
                terms.append(term)
    if "Intercept" in terms:
        terms.remove("Intercept")
        terms.insert(0, "Intercept")
    if "alpha" in terms:  # the NB dispersion goes last
        terms.remove("alpha")
        terms.append("alpha")
    fmt = f"{{:.{digits}f}}"
    rows: dict[str, dict[str, str]] = {}
    for term in terms:
        rows[term] = {}
        rows[f"{term} (se)"] = {}
    for name, (_, t) in zip(names, items):
        tt = t.set_index("term")
        for term in terms:
            if term in tt.index:
                r = tt.loc[term]
                rows[term][name] = fmt.format(r["estimate"]) + (_stars(r["p"]) if stars else "")
                rows[f"{term} (se)"][name] = "(" + fmt.format(r["se"]) + ")"
            else:
                rows[term][name] = ""
                rows[f"{term} (se)"][name] = ""
    foot = {"N": {}, "Clusters": {}, "SE": {}, "Family": {}}
    for name, (_, t) in zip(names, items):
        foot["N"][name] = str(int(t["n"].iloc[0])) if len(t) else ""
        nc = t["n_clusters"].iloc[0] if len(t) else None
        foot["Clusters"][name] = "" if nc is None or pd.isna(nc) else str(int(nc))
        foot["SE"][name] = str(t["se_type"].iloc[0]) if len(t) else ""
        foot["Family"][name] = str(t["family"].iloc[0]) if len(t) else ""
    rows.update(foot)
    why = {name: (not_estimated or {}).get(key) for name, (key, _) in zip(names, items)}
    why = {name: str(reason) for name, reason in why.items() if reason}
    if why:
        rows["Not estimated"] = {name: why.get(name, "") for name in names}
    table = pd.DataFrame.from_dict(rows, orient="index")[names]
    table.index.name = "term"
    if path is not None:
        _write(table, Path(path), why=why, stars=stars)
    return table


def _write(table: pd.DataFrame, path: Path, *, why: dict[str, str], stars: bool) -> None:
    """``<path>.csv`` and ``<path>.tex``; in the .tex, the reasons a model was not
    estimated go to a note under the tabular."""
    path.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(path.with_suffix(".csv"), encoding="utf-8-sig")
    tex, note = table, ""
    if why:
        tex = table.copy()
        tex.loc["Not estimated"] = ["not estimated (see note)" if c in why else "" for c in tex.columns]
        reasons = "; ".join(f"{_latex_escape(k)}: {_latex_escape(v)}" for k, v in why.items())
        note = "\\par\\smallskip{\\footnotesize Not estimated: " + reasons + ".}\n"
    path.with_suffix(".tex").write_text(_to_latex(tex, stars=stars) + note, encoding="utf-8")


def _to_latex(table: pd.DataFrame, *, stars: bool) -> str:
    cols = list(table.columns)
    lines = [r"\begin{tabular}{l" + "c" * len(cols) + "}", r"\toprule",
             " & ".join([""] + [_latex_escape(c) for c in cols]) + r" \\", r"\midrule"]
    for term, row in table.iterrows():
        if term == "N":
            lines.append(r"\midrule")
        shown = "" if str(term).endswith(" (se)") else _latex_escape(term)
        lines.append(" & ".join([shown] + [_latex_escape(v) for v in row.tolist()]) + r" \\")
    lines.append(r"\bottomrule")
    lines.append(r"\end{tabular}")
    if stars:
        lines.append(r"% * p<0.1, ** p<0.05, *** p<0.01")
    return "\n".join(lines) + "\n"
