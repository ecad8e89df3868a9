"""Writing tables (gdrkit.export): CSV and Parquet hold the same values."""

from __future__ import annotations

import pandas as pd

from gdrkit.export import read_table, write_tables


def _as_text(s: pd.Series) -> pd.Series:
    return s.astype(object).where(s.notna(), "").astype(str).replace("nan", "")


def test_csv_reads_back_the_parquet_values(seed_corpus, tmp_path):
    tables = seed_corpus.tables()
    written = write_tables(tables, tmp_path)
    assert len(written) == 2 * len(tables) - 1 + 3  # tokens: Parquet only; panel.dta, codebook.csv, codebook.md
    assert [p.name for p in written[-3:]] == ["panel.dta", "codebook.csv", "codebook.md"]
    assert "tokens" in tables  # so the tokens branch below runs
    for name, df in tables.items():
        pq = read_table(tmp_path, name)
        assert len(pq) == len(df) and list(pq.columns) == list(df.columns), name
        if name == "tokens":
            assert [list(t) for t in pq["tokens"]] == [list(t) for t in df["tokens"]]
            continue
        raw = (tmp_path / f"{name}.csv").read_bytes()
        assert raw[:3] == b"\xef\xbb\xbf", name
        csv = pd.read_csv(tmp_path / f"{name}.csv", encoding="utf-8-sig")
        assert len(csv) == len(df), name  # texts with line breaks and commas stay one field
        for col in df.columns:
            a, b = pq[col], csv[col]
            if a.dtype.kind in "fiub" or str(a.dtype) in ("Int64", "boolean"):
                same = (a.astype("float64") == b.astype("float64")) | (a.isna() & b.isna())
            else:
                same = _as_text(a) == _as_text(b)
            assert same.all(), f"{name}.{col}: {a[~same].head(2).tolist()} vs {b[~same].head(2).tolist()}"
    text = read_table(tmp_path, "reports")["text"]
    assert text.str.contains("\n").all() and text.str.contains(",").all()
