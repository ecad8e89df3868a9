"""Deprecated: moved to gdrkit.text.numerals. This module goes in the next release."""

from ._compat import warn_moved
from .text.numerals import CN_DIGITS, NUMBER_PATTERN, Number, normalize_zeros, parse_number, parse_year

__all__ = ["CN_DIGITS", "NUMBER_PATTERN", "Number", "normalize_zeros", "parse_number", "parse_year"]

warn_moved("gdrkit.numerals", "gdrkit.text.numerals")
