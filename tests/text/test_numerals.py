from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gdrkit.text.numerals import normalize_zeros, parse_number, parse_year


@pytest.mark.parametrize("s,y", [("二○一三", 2013), ("二O一三", 2013), ("二〇一三年", 2013), ("二零一一", 2011),
                                 ("二0一0", 2010), ("2009", 2009), ("二○一一年度", 2011)])
def test_years(s, y):
    assert parse_year(s) == y


def test_zero_normaliser_keeps_length_and_latin():
    s = "二O一三年，Office 2010，二○一一"
    out = normalize_zeros(s)
    assert len(out) == len(s) and out.startswith("二零一三年") and "Office 2010" in out and out.endswith("二零一一")


@pytest.mark.parametrize("s,following,value,approx", [
    ("766", "条", 766, False), ("1,234", "", 1234, False), ("一百零一", "", 101, False),
    ("两千三百", "", 2300, False), ("5500", "余条", 5500, True), ("7700多", "", 7700, True),
    ("十余", "", 10, True), ("十几", "", 10, True), ("4.17", "%", 4.17, False)])
def test_numbers(s, following, value, approx):
    n = parse_number(s, following=following)
    assert n is not None and n.value == value and n.approx is approx


def test_not_numbers():
    assert parse_number("几") is None and parse_number("公开") is None and parse_number("") is None


@given(st.integers(min_value=0, max_value=99_999_999))
def test_arabic_roundtrip(n):
    assert parse_number(str(n)).value == n
    assert parse_number(f"{n:,}").value == n


@given(st.integers(min_value=0, max_value=99_999))
def test_chinese_roundtrip(n):
    import cn2an

    assert parse_number(cn2an.an2cn(n)).value == n
