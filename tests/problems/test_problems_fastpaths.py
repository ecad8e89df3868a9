"""The shortened searches of gdrkit.problems find what the plain regexes find."""

from __future__ import annotations

import random

from gdrkit.problems import find as P

TAIL_PIECES = ["等", "方面", "的", "问题", "不足", "短板", "情况", "现象", "的问题", "等方面的问题", ",", ";", ":", "、",
               "。", " ", "\n", "\u3000", "\xa0", "\t", "x", "存在"]
TRIGGER_PIECES = ["还", "仍", "也", "但", "尚", "依然", "存在", "着", "存在的", "主要", "问题", "不足", "差距", "短板",
                  "薄弱环节", "等", "方面的", "有", "是", "表现在", "和不足", "。", ";", ":", ",", "x", "一些", "\n"]


def _span(m):
    return m.span() if m else None


def test_tail_search_equals_search():
    rng = random.Random(1)
    for _ in range(20000):
        seg = "".join(rng.choice(TAIL_PIECES) for _ in range(rng.randrange(0, 14)))
        assert _span(P._tail_search(seg)) == _span(P._TAIL.search(seg)), seg


def test_trigger_search_equals_search():
    rng = random.Random(2)
    for _ in range(20000):
        text = "".join(rng.choice(TRIGGER_PIECES) for _ in range(rng.randrange(0, 30)))
        assert _span(P._trigger_search(text)) == _span(P._TRIGGER.search(text)), text
