"""Which words before a number are its own, to give it its topic (:mod:`gdrkit.extract.counts`):
those after the number before, after a label's colon where they name a topic, and outside an
aside in parentheses that says something itself."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .sentences import Statement

__all__ = ["number_window", "own_words", "after_label", "outside_asides"]


#: what makes a parenthesis a statement of its own: a negation or a number (上年无结转, 2015年为11件)
_SAYS_ITSELF = re.compile(r"[无未没不\d]")


def outside_asides(window, ctext: str, parens, ns: int):
    """The tokens of a number's words outside a parenthesis closed before it that says something
    itself (收到申请2件(上年无结转):1件予以公开: 结转 is the aside's, not the 1's)."""
    closed = [(ps, pe) for ps, pe in parens if pe <= ns and _SAYS_ITSELF.search(ctext, ps, pe)]
    return [t for t in window if not any(ps < t[0] and t[1] <= pe for ps, pe in closed)] if closed else window


def after_label(window, ctext: str, a: int, ns: int):
    """The tokens of a number's words after a label's colon, where they name a topic of their own
    (复议诉讼:…被提起行政诉讼1件: the suit, not the section's first word) or the words before it say
    none (无上年结转:1件…予以公开: their own statement); else all of them."""
    colon = ctext.rfind(":", a, ns)
    if colon < 0:
        return window
    after = [t for t in window if t[0] > colon]
    said_none = any(("polarity", "none") in t[3] for t in window if t[0] < colon)  # (…2件,无上年结转:1件…: its own)
    return after if said_none or any(f == "topic" for t in after for f, _ in t[3]) else window


def own_words(ctoks, ctext: str, out: list[Statement], prev_end: int, ns: int) -> list:
    """The tokens of the words of the number at ``ns``: after the number before (``prev_end``),
    or after the topic word that follows it where that gave it its topic (两份同意公开、一份部分公开:
    同意公开 is the two's; 对1件申请…收取信息处理费0.02万元: 申请 is the one's, the fee the amount's)."""
    toks = [t for t in ctoks if prev_end <= t[0] and t[1] <= ns]
    if out and out[-1].inherited == "after":
        first = next((i for i, t in enumerate(toks) if any(f == "topic" for f, _ in t[3])), None)
        sep = next((k for k in range(prev_end, ns) if ctext[k] in "、,;"), None)  # (…32条、部门预决算公开165条)
        if first is not None and (sep is None or toks[first][0] < sep):
            return toks[first + 1:]
        return toks if sep is None else [t for t in toks if t[0] > sep]
    return toks


def number_window(ctoks, ctext: str, out: list[Statement], prev_end: int, ns: int, parens) -> list:
    """The tokens that give the number at ``ns`` its topic: :func:`own_words`, after a label
    (:func:`after_label`), outside asides (:func:`outside_asides`)."""
    return outside_asides(after_label(own_words(ctoks, ctext, out, prev_end, ns), ctext, prev_end, ns), ctext, parens, ns)
