"""The panel for Stata (panel.dta) and its codebook (gdrkit.engine.stata)."""

from __future__ import annotations

import csv

import numpy as np
import pandas as pd
import pytest

from gdrkit.engine.stata import RESERVED, codebook, stata_names
from gdrkit.export import read_table, write_tables
from gdrkit.schema import APPROX_COLUMNS, CODEBOOK_COLUMNS, PANEL_FILES, panel_column_info


def test_stata_names_are_short_valid_and_stable():
    cols = ["report_id", "reconsiderations_per_100_applications", "approx_applications_carried_forward",
            "approx_applications_carried_over", "in", "2019年人口", "region.code", "人口（万人）", "x" * 40,
            "x" * 39 + "y", "str12"]
    names = stata_names(cols)
    assert names == {
        "report_id": "report_id", "reconsiderations_per_100_applications": "reconsiderations_per_100_apps",
        "approx_applications_carried_forward": "approx_apps_carried_forward",
        "approx_applications_carried_over": "approx_applications_carried_over",  # 32: kept
        "in": "_in", "2019年人口": "_2019年人口", "region.code": "region_code", "人口（万人）": "人口（万人）",
        "x" * 40: "x" * 32, "x" * 39 + "y": "x" * 30 + "_2", "str12": "_str12"}
    assert all(len(n) <= 32 for n in names.values()) and len(set(names.values())) == len(cols)
    assert stata_names(cols[:3]) == {c: names[c] for c in cols[:3]}  # a name depends on those before it only
    assert "_se" in RESERVED and "using" in RESERVED


def test_codebook_describes_every_panel_column(seed_corpus):
    panel = seed_corpus.panel()
    book = codebook(panel)
    assert list(book.columns) == CODEBOOK_COLUMNS and book["column"].tolist() == list(panel.columns)
    assert book["stata_label"].str.len().le(80).all()
    assert (book["label_en"].str.len() > 0).all() and (book["label_zh"].str.len() > 0).all()
    assert not book["label_en"].str.startswith("Your metadata").any()  # every gdrkit column is in the data file
    row = book.set_index("column").loc["reconsiderations_per_100_applications"]
    assert (row["stata_name"], row["unit"], row["type"]) == ("reconsiderations_per_100_apps", "per 100 applications",
                                                             "number")
    assert row["stata_label"] == "Reconsiderations per 100 applications / 每百件申请行政复议数"
    assert book.set_index("column").loc["zero_applications", "type"] == "yes/no"
    approx = book.set_index("column").loc["approx_proactive_items"]
    assert approx["label_zh"] == "主动公开政府信息数（约数）" and approx["unit"] == "yes/no"
    # the data file holds each entry once, and every fixed panel column (not approx_*, user metadata)
    from gdrkit import schema

    with open(schema._CODEBOOK, encoding="utf-8") as f:
        listed = [r["column"] for r in csv.DictReader(f)]
    fixed = [*schema.PANEL_META_COLUMNS, *schema.HEADLINE_MEASURES, *schema.PANEL_NOTE_COLUMNS, *schema.RATE_COLUMNS]
    assert len(listed) == len(set(listed)) and set(fixed) == set(listed)
    assert [i["label_en"] for i in panel_column_info(["population", "lawsuits_user"])] == [
        "Your metadata: population", "Your metadata: lawsuits"]


@pytest.fixture(scope="module")
def built(shared_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    write_tables(shared_corpus.tables(tokens=False), out)
    return out


def test_read_stata_gives_the_panel_back(built, shared_corpus):
    """pandas.read_stata(OUT/panel.dta): the panel's rows and values, Chinese intact, the
    codebook's names and labels, missing kept missing."""
    panel = read_table(built, "panel")
    dta = pd.read_stata(built / "panel.dta")
    book = pd.read_csv(built / "codebook.csv", encoding="utf-8-sig", keep_default_na=False)
    assert list(dta.columns) == book["stata_name"].tolist() and len(dta) == len(panel) == len(shared_corpus.panel())
    with pd.io.stata.StataReader(built / "panel.dta") as r:
        r.read()
        labels = r.variable_labels()
    assert labels == dict(zip(book["stata_name"], book["stata_label"]))
    assert labels["reconsiderations_per_100_apps"] == "Reconsiderations per 100 applications / 每百件申请行政复议数"
    names = dict(zip(book["column"], book["stata_name"]))
    back = dta.rename(columns={v: k for k, v in names.items()})
    assert back["agency"].tolist() == panel["agency"].fillna("").tolist()  # Chinese intact; missing text ""
    assert "河北省人力资源和社会保障厅" in set(back["agency"]) and "淮安市人民政府" in set(back["agency"])
    for c in panel.columns:
        p = panel[c]
        if pd.api.types.is_bool_dtype(p) or pd.api.types.is_numeric_dtype(p):
            want = p.astype("Float64").to_numpy(dtype=float, na_value=np.nan)
            np.testing.assert_array_equal(back[c].to_numpy(dtype=float), want, err_msg=c)  # NaN where missing
    assert back["consultations"].isna().sum() == panel["consultations"].isna().sum() > 0
    assert back["year"].tolist() == panel["year"].astype(float).tolist()
    approx = back[list(APPROX_COLUMNS)].to_numpy()
    assert np.isnan(approx).any() and set(np.unique(approx[~np.isnan(approx)])) == {0.0, 1.0}


def test_codebook_files(built):
    assert all((built / name).is_file() for name in PANEL_FILES)
    assert (built / "codebook.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    md = (built / "codebook.md").read_text(encoding="utf-8")
    assert '"not stated" is missing, never 0' in md and 'arrow::read_parquet("panel.parquet")' in md
    assert "| `reconsiderations_per_100_applications` | `reconsiderations_per_100_apps` |" in md


def test_a_long_text_is_a_strl_and_a_panel_without_rows_is_written(tmp_path):
    from gdrkit.engine.tablefiles import write_panel_files

    panel = pd.DataFrame({"report_id": ["a", "b"], "flagged": ["长" * 1000, None],
                          "zero_applications": pd.array([True, None], dtype="boolean"),
                          "year": pd.array([2020, None], dtype="Int64")})
    write_panel_files(panel, tmp_path)
    back = pd.read_stata(tmp_path / "panel.dta")
    assert back["flagged"].tolist() == ["长" * 1000, ""]
    assert back["zero_applications"].tolist()[0] == 1.0 and np.isnan(back["zero_applications"][1])
    assert back["year"].tolist()[0] == 2020 and np.isnan(back["year"][1])
    (tmp_path / "empty").mkdir()
    write_panel_files(panel.iloc[:0], tmp_path / "empty")
    assert len(pd.read_stata(tmp_path / "empty" / "panel.dta")) == 0


def test_a_stale_panel_dta_is_removed(built, tmp_path):
    import shutil

    from gdrkit.export import remove_stale_tables

    for name in PANEL_FILES:
        shutil.copy(built / name, tmp_path / name)
    (tmp_path / "notes.md").write_text("mine", encoding="utf-8")
    gone = remove_stale_tables(tmp_path, [])
    assert sorted(p.name for p in gone) == sorted(PANEL_FILES) and (tmp_path / "notes.md").exists()
