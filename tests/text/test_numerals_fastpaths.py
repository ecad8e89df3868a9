"""parse_number's shortcuts (precompiled regexes, the last-character test) change nothing."""

from __future__ import annotations

import pytest

from gdrkit.text.numerals import Number, parse_number


@pytest.mark.parametrize("text, following, want", [
    ("5500余", "", Number(5500.0, True, "5500余")),
    (" 766 ", "余", Number(766.0, True, " 766 ")),
    ("766", "", Number(766.0, False, "766")),
    ("1,234.5", "左右", Number(1234.5, True, "1,234.5")),
    ("十几", "", Number(10.0, True, "十几")),
    ("余", "", None),  # nothing before the marker
    ("十\n余", "", None),  # . does not cross a line break
    ("几", "", None),
    ("二O一三", "", Number(2013.0, False, "二O一三")),
])
def test_parse_number_cases(text, following, want):
    assert parse_number(text, following=following) == want
