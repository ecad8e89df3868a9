"""Deprecated: moved to gdrkit.analysis.words (the words) and gdrkit.plot.words (the clouds). This module goes in the next release."""

from .._compat import warn_moved
from ..analysis.words import (
    LIST_MARKER,
    PROBLEM_WORDS,
    is_problem_word,
    problem_stopwords,
    problem_tokens,
    problem_word_frequencies,
    tokens_of,
)
from ..plot.words import problem_wordcloud, problem_wordclouds

__all__ = ["LIST_MARKER", "PROBLEM_WORDS", "is_problem_word", "problem_stopwords", "problem_tokens",
           "problem_word_frequencies", "tokens_of", "problem_wordcloud", "problem_wordclouds"]

warn_moved("gdrkit.analysis.wordcloud", "gdrkit.analysis.words (the words) and gdrkit.plot.words (the clouds)")
