"""Helpers on text that several stages share: Chinese and Arabic numerals."""

from __future__ import annotations

from .numerals import CN_DIGITS, NUMBER_PATTERN, Number, normalize_zeros, parse_number, parse_year

__all__ = ["CN_DIGITS", "Number", "normalize_zeros", "parse_number", "parse_year", "NUMBER_PATTERN"]
