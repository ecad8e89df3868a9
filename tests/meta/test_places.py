"""Places named in a report (gdrkit.meta.places): province, city, county."""

from __future__ import annotations

import pandas as pd

from gdrkit.meta.places import PROVINCES, place_names
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
