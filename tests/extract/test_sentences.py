"""The units a report's prose is read in (gdrkit.extract.sentences), on text written for
the tests: sentences cut at stops and headings, clauses at , : ; (not a thousands comma
nor a label's colon), parentheses, the report's sections, and the cue tokens."""

from __future__ import annotations

import pandas as pd

from gdrkit.clean import clean_text
from gdrkit.extract.cues import load_cues
from gdrkit.extract.sentences import (
    Compact,
    best_topic,
    clause_spans,
    cue_tokens,
    outside,
    paren_spans,
    section_at,
    sections_of,
    sentence_spans,
    token_feats,
    token_topics,
)

TEXT = clean_text("（一）主动公开政府信息情况\n全年主动公开政府信息1,200条：其中文件12条；信息数:647。\n三、依申请公开情况\n"
                  "本年度未收到申请！是否?")[0]


def test_sentences_and_clauses():
    c = Compact(TEXT)
    spans, heads = sentence_spans(c, [], TEXT)
    assert [c.text[a:b] for a, b in spans] == [
        "(一)主动公开政府信息情况", "全年主动公开政府信息1,200条:其中文件12条;信息数:647。", "三、依申请公开情况",
        "本年度未收到申请!", "是否?"]
    assert sorted(heads) == [0, 46]  # the two lines that read as headings
    assert [[c.text[x:y] for x, y in clause_spans(c.text, a, b)] for a, b in spans] == [
        ["(一)主动公开政府信息情况"], ["全年主动公开政府信息1,200条", "其中文件12条", "信息数:647。"],
        ["三、依申请公开情况"], ["本年度未收到申请!"], ["是否?"]]
    assert clause_spans(",,a,,b,", 0, 7) == [(2, 3), (5, 6)]


def test_sections_give_sentence_breaks_and_kinds():
    secs = pd.DataFrame({"start": [0, 40, 44], "end": [44, 70, 70], "depth": [1, 2, 0], "kind": ["proactive", "other", "x"],
                         "heading": ["(一)主动公开政府信息情况", "", ""]})
    got = sections_of(secs, TEXT)
    assert got == [(44, 70, 0, "x", 44), (0, 44, 1, "proactive", 13), (40, 70, 2, "other", 40)]
    assert sections_of(secs.to_dict("records"), TEXT) == got
    assert sections_of(secs, "") == [(44, 70, 0, "x", 44), (0, 44, 1, "proactive", 0), (40, 70, 2, "other", 40)]
    assert sections_of(None) == [] and sections_of([]) == [] and sections_of(secs.iloc[:0]) == []
    assert [section_at(got, p) for p in (0, 39, 40, 43, 44, 69, 70)] == [
        (0, "proactive"), (0, "proactive"), (40, "other"), (40, "other"), (40, "other"), (40, "other"), (-1, "")]
    c = Compact(TEXT)
    spans, heads = sentence_spans(c, got, TEXT)
    assert c.text[spans[0][0]:spans[0][1]] == "(一)主动公开政府信息情况" and 0 in heads
    assert c.index(40) in heads  # a section start is a heading of its own


def test_outline_marker_with_a_short_title():
    text = "(一)主动公开政府信息的数量2012年,我局主动公开政府信息156条。"
    c = Compact(text)
    spans, heads = sentence_spans(c, [], text)
    assert [c.text[a:b] for a, b in spans] == ["(一)主动公开政府信息的数量", "2012年,我局主动公开政府信息156条。"]
    assert heads == {0}


def test_parentheses_and_what_is_outside_them():
    assert paren_spans("a(b(c)d)e(f", 0, 11) == [(1, 8)]  # nested; the last one unclosed
    assert paren_spans("x)y(z)", 0, 6) == [(3, 6)]
    assert paren_spans("(a)(b)", 3, 6) == [(3, 6)] and paren_spans("abc", 0, 3) == []
    assert outside(0, 10, [(2, 4), (3, 6), (8, 12), (-3, -1)]) == [(0, 2), (6, 8)]
    assert outside(5, 10, []) == [(5, 10)] and outside(0, 5, [(0, 5)]) == [] and outside(2, 9, [(0, 4)]) == [(4, 9)]


def test_compact_text_positions():
    c = Compact(TEXT)
    assert (c.has_numeral(0, 5), c.has_numeral(3, 10), c.has_numeral(26, 27), c.has_numeral(55, 67)) == (
        True, False, True, False)  # (一) holds a numeral; 本年度未收到申请!是否? none
    assert (c.index(0), c.index(14), c.index(15), c.span(0, 2), c.span(13, 15)) == (0, 13, 14, (0, 2), (14, 16))
    assert Compact("一 二").has_numeral(0, 1) and not Compact("甲乙").has_numeral(0, 2)


def test_cue_tokens_and_topics():
    cues = load_cues()
    text = "主动公开政府信息1条,未收到申请"
    toks = cue_tokens(cues, text, 0, len(text))
    assert [(s, e, w) for s, e, w, _ in toks] == [(0, 4, "主动公开"), (11, 12, "未"), (14, 16, "申请")]
    assert token_topics(toks) == [(0, "proactive"), (14, "applications_generic")]
    assert token_feats(toks, "polarity") == {"none"} and token_feats(toks, "scope") == set()
    assert [(s, e, w) for s, e, w, _ in cue_tokens(cues, text, 1, 10)] == [(2, 8, "公开政府信息")]
    assert best_topic([(3, "published"), (1, "proactive"), (5, "proactive")]) == "proactive"
    assert best_topic([(1, "published"), (5, "published")]) == "published" and best_topic([]) is None
