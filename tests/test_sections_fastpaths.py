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
    "d2": re.compile(rf"\((?<={_AFTER}\()"),
}
PIECES = ["一、", "二、", "三.", "四．", "十一、", "(一)", "( 二 )", "1.", "2、", "3．", "12.", "1.5", "1 、", "12  .", "3\u3000．", "4\n、", "5 6、", "１．", "٣.", "𝟙.",
          "一是", "二是", "十是", "第一部分", "第二部分、", "#", "统计表", "总体情况", "主动公开", "收到和处理", "政府", "行政",
          "因", "存在", "其他", "\n", " ", "\u3000", "\xa0", "\t", "。", "；", ";", ":", "：", "!", "？", "”", "\"", "」",
          "，", ",", "、", "0", "9", "年", "是", "内容"]


def _near_by_name(text: str) -> dict[str, list[int]]:
    return S._near_starts(text)


def test_isspace_is_regex_space():
    space = re.compile(r"\s")
    differ = [c for c in range(sys.maxunicode + 1) if bool(space.match(chr(c))) != chr(c).isspace()]
    assert differ == []


def test_near_equals_separate_searches():
    rng = random.Random(20131231)
    texts = ["", "一", "一、总体情况", " 1.内容", "\n一是内容二是", "。#一、", "1、", "。1、", "。12、", " 1 、", "1 、", " 12 \n、"]
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
            near = S._near_starts(text)
            got = [m.span() for m in S._scan(pat, text, near[name])]
            assert got == [m.span() for m in pat.finditer(text)], (depth, text)
