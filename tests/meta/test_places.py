"""Places named in a report (gdrkit.meta.places, gdrkit.meta.gazetteer): adcode, province, city, county."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from gdrkit.meta.gazetteer import load_aliases, parse_place, year_table
from gdrkit.meta.places import MUNICIPALITIES, PROVINCES, place_names, report_place
from gdrkit.meta.places import dominant_province as _dominant_province

from conftest import by_file


def test_every_provincial_unit_once():
    assert len(PROVINCES) == len(set(PROVINCES)) == 34


def test_dominant_province_only_when_clear():
    assert _dominant_province("依据《河北省实施办法》,河北省各厅局;北京市") == "河北省"
    assert _dominant_province("河北省、北京市") is None  # no clear majority
    assert _dominant_province("本机关") is None


def test_a_city_named_again_is_not_its_own_county(shared_corpus):
    # the title names the city, then the agency repeats it: 淮安市 is the city, no county
    assert place_names("淮安市2024年政府信息公开工作年度报告", "淮安市人民政府") == (None, "淮安市", None)
    assert place_names("宁波市镇海区2013年报告", "宁波市镇海区城市管理局") == (None, "宁波市", "镇海区")
    r = by_file(shared_corpus, "govnianbao__huaian-2024.pdf")
    assert r.city == "淮安市" and pd.isna(r.county)


# --------------------------------------------------------------------------- the gazetteer
def _place(agency: str, year: int | None, **kw) -> tuple:
    p = report_place(agency, kw.get("title"), kw.get("signature"), kw.get("text", ""), year)
    return p.adcode, p.province, p.city, p.county


@pytest.mark.parametrize("agency, year, want", [
    ("宁波市镇海区城市管理局", 2013, ("330211", "浙江省", "宁波市", "镇海区")),  # a county fills all three
    ("亳州市城市管理局", 2011, ("341600", "安徽省", "亳州市", None)),  # a city fills its province
    ("河北省科学技术厅", 2023, ("130000", "河北省", None, None)),
    ("平潭县民政局", 2013, ("350128", "福建省", "福州市", "平潭县")),
    ("平潭综合实验区管委会", 2013, ("350128", "福建省", "福州市", "平潭县")),  # place_aliases.csv
    ("洪泽县人民政府", 2013, ("320829", "江苏省", "淮安市", "洪泽县")),
    ("洪泽县人民政府", 2016, ("320829", "江苏省", "淮安市", "洪泽县")),  # renamed during 2016: the 2015 table
    ("淮安市洪泽区人民政府", 2016, ("320813", "江苏省", "淮安市", "洪泽区")),
    ("洪泽区人民政府", 2023, ("320813", "江苏省", "淮安市", "洪泽区")),
    ("莱芜市人民政府", 2018, ("371200", "山东省", "莱芜市", None)),  # 民政部's 2018 table already merged it
    ("巢湖市人民政府", 2010, ("341400", "安徽省", "巢湖市", None)),
    ("巢湖市人民政府", 2012, ("340181", "安徽省", "合肥市", "巢湖市")),
    ("北京市海淀区人民政府", 2020, ("110108", "北京市", "北京市", "海淀区")),  # a municipality is its own city
    ("北京市人民政府", 2020, ("110000", "北京市", "北京市", None)),
    ("仙桃市人民政府", 2020, ("429004", "湖北省", None, "仙桃市")),  # under its province, no city
    ("沭阳县人民政府", 2030, ("321322", "江苏省", "宿迁市", "沭阳县")),  # after 2024: the 2024 table
    ("洪泽县人民政府", None, ("320829", "江苏省", "淮安市", "洪泽县")),  # no year: one code in every table
])
def test_place_from_the_gazetteer(agency, year, want):
    assert _place(agency, year) == want


@pytest.mark.parametrize("agency, year", [
    ("**区人民政府", 2009),  # masked
    ("区审管办", 2013),  # an unnamed 区
    ("朝阳区人民政府", 2013),  # two 朝阳区 (北京, 长春)
    ("洪泽县人民政府", 2017),  # no longer valid
    ("淮安市洪泽区人民政府", 2014),  # not valid yet: not 淮安市 either
    ("宁波市鼓楼区人民政府", 2013),  # no 鼓楼区 under 宁波市
    ("苏州工业园区管委会", 2020),  # a zone with no code and no alias
    ("巢湖市人民政府", None),  # two codes over the years, and no year to tell
])
def test_unknown_place_stays_empty(agency, year):
    assert _place(agency, year) == (None, None, None, None)


def test_place_from_the_title_when_the_agency_names_none():
    assert _place("琅琊镇", 2010, title="金华市婺城区琅琊镇2010年政府信息公开工作年度报告")[0] == "330702"
    # a shared name is settled by a title that names one of its places, not by another place
    assert _place("朝阳区人民政府", 2013, title="北京市朝阳区2013年政府信息公开工作年度报告")[0] == "110105"
    assert _place("朝阳区人民政府", 2013, title="宁波市2013年政府信息公开工作年度报告")[0] is None
    # the agency's own division, not a deeper one the title names
    assert _place("鼓楼区人民政府", 2013, title="江苏省南京市鼓楼区2013年")[0] == "320106"


def test_nothing_is_read_at_import():
    code = ("import gdrkit.meta, gdrkit.meta.gazetteer as g, gdrkit.meta.canonical as c\n"
            "print(g._rows.cache_info().currsize, g._year_table.cache_info().currsize, "
            "g.load_aliases.cache_info().currsize, c.load_agency_aliases.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "0", "0", "0"]


def test_provinces_are_the_gazetteer_s():
    assert set(PROVINCES) == {n for c, n in year_table(2024).name_of.items() if c.endswith("0000")}
    assert set(MUNICIPALITIES) <= set(PROVINCES)


def test_parse_place_says_why():
    assert parse_place("朝阳区人民政府", 2013).codes == ("110105", "220104")
    assert parse_place("朝阳区人民政府", 2013).status == "ambiguous"
    m = parse_place("洪泽县人民政府", 2016)
    assert (m.status, m.code, m.year, m.end) == ("ok", "320829", 2015, 3)
    assert parse_place("人力资源社会保障厅", 2017).status == "none"  # no short county names (资源县)
    assert parse_place("洪泽县人民政府", 2017).status == "invalid"


def test_aliases_map_to_valid_codes():
    aliases = load_aliases()
    assert aliases["平潭综合实验区"].code == "350128" and aliases["平潭综合实验区"].tier == "prefecture"
    for a in aliases.values():
        assert a.note and a.tier in ("", "provincial", "prefecture", "county")
        assert a.code in year_table(2024).name_of or a.code in year_table(2007).name_of, a
