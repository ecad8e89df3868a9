"""The quick searches of gdrkit.sections give what the plain regexes give."""

from __future__ import annotations

import random
import re
import sys

from gdrkit import sections as S

_CN = S._CN
_AFTER = S._AFTER
_AFTER_4 = S._AFTER_4
# the separate searches that _NEAR replaces (as they were before it)
SEPARATE = {
    "canon": re.compile(rf"[、.．](?<=[{_CN}][、.．])(?=\s*[总主收政行因存其])"),
    "d1": re.compile(rf"[#第{_CN}](?<={_AFTER}[#第{_CN}])"),
    "d3": re.compile(rf"\d(?<={_AFTER}\d)(?=\d?\s*[、．.])"),
    "d4": re.compile(rf"[{_CN}](?<={_AFTER_4}[{_CN}])(?=[{_CN}]?是)"),
}
PIECES = ["一、", "二、", "三.", "四．", "十一、", "(一)", "( 二 )", "1.", "2、", "3．", "12.", "1.5", "１．", "٣.", "𝟙.",
          "一是", "二是", "十是", "第一部分", "第二部分、", "#", "统计表", "总体情况", "主动公开", "收到和处理", "政府", "行政",
          "因", "存在", "其他", "\n", " ", "\u3000", "\xa0", "\t", "。", "；", ";", ":", "：", "!", "？", "”", "\"", "」",
          "，", ",", "、", "0", "9", "年", "是", "内容"]


def _near_by_name(text: str) -> dict[str, list[int]]:
    near: dict[str, list[int]] = {name: [] for name in S._NEAR_PARTS}
    for m in S._NEAR.finditer(text, 1):
        for name in m.lastgroup.split("__"):
            near[name].append(m.start())
    return near


def test_digits_and_more_holds_every_digit():
    quick = re.compile(f"[{S._DIGITS_AND_MORE}]")
    digit = re.compile(r"\d")
    missing = [c for c in range(sys.maxunicode + 1) if digit.match(chr(c)) and not quick.match(chr(c))]
    assert missing == []


def test_near_equals_separate_searches():
    rng = random.Random(20131231)
    texts = ["", "一", "一、总体情况", " 1.内容", "\n一是内容二是", "。#一、"]
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 60))) for _ in range(3000)]
    for text in texts:
        want = {name: [m.start() for m in pat.finditer(text, 1)] for name, pat in SEPARATE.items()}
        assert _near_by_name(text) == want, text


def test_near_overlap_reports_both():
    text = "。一是内容"  # 一 may open both 一、 (depth 1) and 一是 (depth 4)
    assert _near_by_name(text)["d1"] == [1] and _near_by_name(text)["d4"] == [1]


def test_scan_equals_finditer():
    rng = random.Random(7)
    for depth, pat, name in S._MARKERS:
        for _ in range(500):
            text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 40)))
            near = _near_by_name(text)
            near["d2"] = [m.start() for m in S._NEAR_PAREN.finditer(text, 1)]
            got = [m.span() for m in S._scan(pat, text, near[name])]
            assert got == [m.span() for m in pat.finditer(text)], (depth, text)
