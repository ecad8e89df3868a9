"""Side-by-side regression tables: several tidy tables from :func:`gdrkit.analysis.models.fit_model`
in columns, like ``summary_col``, written as CSV and a LaTeX booktabs tabular with its notes
(stars, what the marks say, the models not estimated) as visible text under it."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from .support import MIN_CLUSTERS, MIN_TERM_CLUSTERS

__all__ = ["compare_models", "TERM_MARK", "MODEL_MARK"]

#: the mark of a term carried by fewer than MIN_TERM_CLUSTERS clusters
TERM_MARK = "†"
#: the mark of a model resting on fewer than MIN_CLUSTERS clusters (on its Clusters count)
MODEL_MARK = "‡"
#: the stars' note in LaTeX ("<" is not a text character in every LaTeX font encoding)
_LATEX_STARS = r"* $p<0.1$, ** $p<0.05$, *** $p<0.01$ (two-sided)."
#: what the rows under each estimate hold
_SE, _SUPPORT = " (se)", " (support)"


def _stars(p: float) -> str:
    if not p == p:
        return ""
    return "***" if p < 0.01 else "**" if p < 0.05 else "*" if p < 0.1 else ""


def _latex_escape(s: str) -> str:
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
           "<": r"\textless{}", ">": r"\textgreater{}",
           TERM_MARK: r"\textsuperscript{\textdagger}", MODEL_MARK: r"\textsuperscript{\textdaggerdbl}"}
    return "".join(rep.get(ch, ch) for ch in str(s))


def compare_models(tables: list[pd.DataFrame] | dict[str, pd.DataFrame], *,
                   path: str | os.PathLike | None = None, digits: int = 3, stars: bool = True,
                   not_estimated: dict[str, str] | None = None, support: bool = True) -> pd.DataFrame:
    """Several tidy tables (from :func:`fit_model`) side by side, like ``summary_col``.

    Parameters
    ----------
    tables : list of DataFrame, or dict of name → DataFrame
        The models; a dict's keys become the column headers (else each table's ``model``).
    path : str or Path, optional
        A file stem: writes ``<path>.csv`` (utf-8-sig) and ``<path>.tex`` (a booktabs
        tabular and its notes as visible text under it; Chinese terms need xeCJK/ctex in
        the paper's preamble).
    digits : int
        Decimals shown.
    stars : bool
        Stars for p < 0.1, 0.05, 0.01 (the p of the table: the wild bootstrap's for
        ``inference="wild"``), explained in a note.
    not_estimated : dict of str → str, optional
        Models (keys of ``tables``; their tables may be empty) that could not be
        estimated, with the reason: they keep their column, and a row "Not estimated"
        gives the reason (in the ``.tex``: "not estimated (see note)" and the reasons in
        the note under the tabular). A paper table never loses a model silently.
    support : bool
        Under each term's standard error, "[reports; clusters]" that carry it (the
        tidy table's ``n_reports`` and ``n_clusters``; not for the intercept and
        ``alpha``, which rest on the whole sample).

    Returns
    -------
    DataFrame
        One row per term (estimate with stars, † when fewer than 3 clusters carry it;
        "(se)" on the next row; "[reports; clusters]" on the one after), then rows N,
        Clusters (‡ when fewer than 20), SE, Inference and Fixed effects (when a model
        has them), Family, "Not estimated" when ``not_estimated`` names a model, and the
        notes: rows "Note: …" whose first cell explains the stars and the marks used.
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
    models = dict(zip(names, (t for _, t in items)))
    terms = _terms(models.values())
    rows = _term_rows(models, terms, digits=digits, stars=stars, support=support)
    rows.update(_footer(models))
    why = {name: (not_estimated or {}).get(key) for name, (key, _) in zip(names, items)}
    why = {name: str(reason) for name, reason in why.items() if reason}
    if why:
        rows["Not estimated"] = {name: why.get(name, "") for name in names}
    table = pd.DataFrame.from_dict(rows, orient="index").reindex(columns=names).fillna("")
    table.index.name = "term"
    for key, text in _notes(table, stars=stars, support=support).items():
        table.loc[key] = [text] + [""] * (len(names) - 1)
    if path is not None:
        _write(table, Path(path), why=why)
    return table


def _terms(tables) -> list[str]:
    """Every term in order of appearance; the intercept first, the NB ``alpha`` last."""
    terms: list[str] = []
    for t in tables:
        for term in t["term"]:
            if term not in terms:
                terms.append(term)
    if "Intercept" in terms:
        terms.remove("Intercept")
        terms.insert(0, "Intercept")
    if "alpha" in terms:
        terms.remove("alpha")
        terms.append("alpha")
    return terms


def _term_rows(models: dict[str, pd.DataFrame], terms: list[str], *, digits: int, stars: bool,
               support: bool) -> dict[str, dict[str, str]]:
    fmt = f"{{:.{digits}f}}"
    rows: dict[str, dict[str, str]] = {}
    for term in terms:
        rows[term], rows[term + _SE] = {}, {}
        if support and term not in ("Intercept", "alpha"):
            rows[term + _SUPPORT] = {}
    for name, t in models.items():
        tt = t.drop_duplicates("term").set_index("term")
        for term in terms:
            if term not in tt.index:
                continue
            r = tt.loc[term]
            nc = r.get("n_clusters")
            thin = term not in ("Intercept", "alpha") and nc is not None and not pd.isna(nc) \
                and int(nc) < MIN_TERM_CLUSTERS
            rows[term][name] = (fmt.format(r["estimate"]) + (_stars(r["p"]) if stars else "")
                                + (TERM_MARK if thin else ""))
            rows[term + _SE][name] = "(" + fmt.format(r["se"]) + ")"
            if term + _SUPPORT in rows and "n_reports" in tt.columns and not pd.isna(r["n_reports"]):
                rows[term + _SUPPORT][name] = f"[{int(r['n_reports'])}; {int(nc)}]"
    return rows


def _first(t: pd.DataFrame, col: str):
    return t[col].iloc[0] if len(t) and col in t.columns else None


def _footer(models: dict[str, pd.DataFrame]) -> dict[str, dict[str, str]]:
    """N, Clusters (‡ when too few), SE, Inference and Fixed effects (when used), Family."""
    foot: dict[str, dict[str, str]] = {"N": {}, "Clusters": {}, "SE": {}}
    wild = any(str(_first(t, "inference") or "").startswith("wild") for t in models.values())
    fixed = any(str(_first(t, "fixed_effects") or "") for t in models.values())
    if wild:
        foot["Inference"] = {}
    if fixed:
        foot["Fixed effects"] = {}
    foot["Family"] = {}
    for name, t in models.items():
        if not len(t):
            continue
        n = int(t["n"].iloc[0])
        nc = _first(t, "clusters") if "clusters" in t.columns else _first(t, "n_clusters")
        few = (n if nc is None or pd.isna(nc) else int(nc)) < MIN_CLUSTERS
        foot["N"][name] = str(n) + (MODEL_MARK if few and (nc is None or pd.isna(nc)) else "")
        foot["Clusters"][name] = "" if nc is None or pd.isna(nc) else str(int(nc)) + (MODEL_MARK if few else "")
        foot["SE"][name] = str(t["se_type"].iloc[0])
        if wild:
            foot["Inference"][name] = "wild bootstrap" if str(_first(t, "inference")).startswith("wild") else "Wald"
        if fixed:
            foot["Fixed effects"][name] = str(_first(t, "fixed_effects") or "")
        foot["Family"][name] = str(t["family"].iloc[0])
    return foot


def _notes(table: pd.DataFrame, *, stars: bool, support: bool) -> dict[str, str]:
    """The notes under the table: stars, the support rows, and the marks that appear."""
    cells = table.to_numpy(dtype=str)
    notes = {}
    if stars:
        notes["Note: stars"] = "* p<0.1, ** p<0.05, *** p<0.01 (two-sided)."
    if support and any(str(i).endswith(_SUPPORT) for i in table.index):
        notes["Note: brackets"] = "[reports; clusters]: the reports and clusters (agencies) that carry the term."
    if any(TERM_MARK in c for c in cells.ravel()):
        notes[f"Note: {TERM_MARK}"] = (f"{TERM_MARK} the term rests on fewer than {MIN_TERM_CLUSTERS} clusters: "
                                       "its estimate describes those agencies, not a group.")
    if any(MODEL_MARK in c for c in cells.ravel()):
        notes[f"Note: {MODEL_MARK}"] = (f"{MODEL_MARK} fewer than {MIN_CLUSTERS} clusters: cluster-robust standard "
                                        "errors are too small; prefer wild-bootstrap inference.")
    return notes


def _write(table: pd.DataFrame, path: Path, *, why: dict[str, str]) -> None:
    """``<path>.csv`` and ``<path>.tex``; in the .tex the notes (stars, marks, the reasons a
    model was not estimated) are visible text under the tabular."""
    path.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(path.with_suffix(".csv"), encoding="utf-8-sig")
    is_note = table.index.to_series().str.startswith("Note: ").to_numpy()
    tex = table[~is_note].copy()
    notes = [_LATEX_STARS if k == "Note: stars" else _latex_escape(t)
             for k, t in zip(table.index[is_note], table.loc[is_note].iloc[:, 0])]
    if why:
        tex.loc["Not estimated"] = ["not estimated (see note)" if c in why else "" for c in tex.columns]
        notes.append("Not estimated: " + "; ".join(f"{_latex_escape(k)}: {_latex_escape(v)}" for k, v in why.items())
                     + ".")
    note = ("\\par\\smallskip{\\footnotesize " + " ".join(notes) + "}\n") if notes else ""
    path.with_suffix(".tex").write_text(_to_latex(tex) + note, encoding="utf-8")


def _to_latex(table: pd.DataFrame) -> str:
    cols = list(table.columns)
    lines = [r"\begin{tabular}{l" + "c" * len(cols) + "}", r"\toprule",
             " & ".join([""] + [_latex_escape(c) for c in cols]) + r" \\", r"\midrule"]
    for term, row in table.iterrows():
        if term == "N" and lines[-1] != r"\midrule":  # no terms (no model estimated): one rule, not two
            lines.append(r"\midrule")
        shown = "" if str(term).endswith((_SE, _SUPPORT)) else _latex_escape(term)
        cells = [_latex_escape(v) for v in row.tolist()]
        if str(term).endswith(_SUPPORT):
            cells = [r"{\scriptsize " + c + "}" if c else "" for c in cells]
        lines.append(" & ".join([shown] + cells) + r" \\")
    lines.append(r"\bottomrule")
    lines.append(r"\end{tabular}")
    return "\n".join(lines) + "\n"
