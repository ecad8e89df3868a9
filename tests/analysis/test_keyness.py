"""Keyness (as quanteda's textstat_keyness) on tokens with stopwords dropped."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from gdrkit.analysis.keyness import KEYNESS_COLUMNS, keyness


def _toy():
    return pd.DataFrame({
        "report_id": ["a", "b", "c", "d"], "section_id": "",
        "tokens": [["人员"] * 10 + ["网站"] * 2 + ["平台"] * 20, ["人员"] * 8 + ["网站"] + ["平台"] * 25,
                   ["人员"] + ["网站"] * 12 + ["平台"] * 30, ["网站"] * 9 + ["平台"] * 28],
        "group": ["x", "x", "y", "y"],
    })


def test_chi2_matches_2x2_formula():
    t = _toy()
    k = keyness(t, "group", target="x", drop_stopwords=False, min_count=1).set_index("feature")
    assert list(k.reset_index().columns) == KEYNESS_COLUMNS
    # 人员: 18 of 66 tokens in x, 1 of 80 in y
    a, b, c, d = 18, 1, 66 - 18, 80 - 1
    n = a + b + c + d
    yates = n * (abs(a * d - b * c) - n / 2) ** 2 / ((a + b) * (c + d) * (a + c) * (b + d))
    assert k.loc["人员", "statistic"] == pytest.approx(yates)
    assert k.loc["人员", "p"] == pytest.approx(math.erfc(math.sqrt(yates / 2)))
    assert (k.loc["人员", "n_target"], k.loc["人员", "n_reference"]) == (18, 1)
    assert k.loc["网站", "statistic"] < 0  # rarer in the target: negative, as in quanteda
    plain = keyness(t, "group", target="x", drop_stopwords=False, min_count=1, correction="none").set_index("feature")
    assert plain.loc["人员", "statistic"] == pytest.approx(n * (a * d - b * c) ** 2 / ((a + b) * (c + d) * (a + c) * (b + d)))


def test_lr_matches_g2():
    t = _toy()
    k = keyness(t, "group", target="x", measure="lr", drop_stopwords=False, min_count=1,
                correction="none").set_index("feature")
    obs = np.array([[18, 1], [48, 79]], dtype=float)
    exp = obs.sum(1, keepdims=True) * obs.sum(0, keepdims=True) / obs.sum()
    g2 = 2 * (obs * np.log(obs / exp)).sum()
    assert k.loc["人员", "statistic"] == pytest.approx(g2)
    w = keyness(t, "group", target="x", measure="lr", drop_stopwords=False, min_count=1).set_index("feature")
    assert 0 < w.loc["人员", "statistic"] < g2  # Williams' correction shrinks G²


def test_group_forms_and_errors():
    t = _toy()
    by_col = keyness(t, "group", target="x", drop_stopwords=False, min_count=1)
    by_map = keyness(t.drop(columns="group"), {"a": "x", "b": "x", "c": "y", "d": "y"}, target="x",
                     drop_stopwords=False, min_count=1)
    by_list = keyness(t, ["x", "x", "y", "y"], target=["x"], drop_stopwords=False, min_count=1)
    pd.testing.assert_frame_equal(by_col, by_map)
    pd.testing.assert_frame_equal(by_col, by_list)
    with pytest.raises(ValueError, match="target"):
        keyness(t, "group", target="z")
    with pytest.raises(ValueError, match="measure"):
        keyness(t, "group", target="x", measure="pmi")


def test_template_vs_narrative_on_real_reports(shared_corpus):
    tokens = shared_corpus.tokens()
    style = shared_corpus.reports.set_index("report_id")["style"]
    groups = style.map(lambda s: "narrative" if s == "narrative" else "template")
    k = keyness(tokens, groups, target="template")
    top = k.head(15).feature.tolist()
    # words of the national template's tables (总计, 第二十条, 纠正/维持 of table 4) ...
    assert {"总计", "第二十条", "纠正", "维持"} <= set(top)
    assert k.set_index("feature").loc["第二十条", "n_reference"] == 0
    # ... against the narrative style's "主动公开信息数 条" lists
    bottom = k.tail(10).feature.tolist()
    assert "数条" in bottom
    # stopwords and formulaic words are gone
    assert not {"的", "进一步", "加强", "政府信息公开"} & set(k.feature)
    assert (k.p[k.statistic.abs() > 10.83] < 0.001).all()


def test_list_markers_are_dropped():
    """一是/二是/三是 and 第一 are how a list is written: dropped with the stopwords."""
    t = pd.DataFrame({"report_id": ["a", "b"], "section_id": "",
                      "tokens": [["一是", "人员", "二是", "人员", "第一"], ["三是", "网站", "一是", "网站"]],
                      "group": ["x", "y"]})
    k = keyness(t, "group", target="x", min_count=1)
    assert set(k.feature) == {"人员", "网站"}
    kept = keyness(t, "group", target="x", min_count=1, drop_stopwords=False)
    assert {"一是", "二是", "三是", "第一"} <= set(kept.feature)


def test_problem_keyness_on_the_seeds_finds_nothing_significant(seed_corpus):
    """Two later reports (2013) against three earlier: no word passes p < 0.05; the list
    markers (一是, 二是, 三是) and problem phrasing (存在, 部分, 不够) are not compared at all."""
    from gdrkit.analysis.keyness import problem_keyness

    key, how = problem_keyness(seed_corpus.problems(), seed_corpus.reports)
    assert how.startswith("later = covered year after 2011 (2 reports), earlier = the rest; 6 later and 10 earlier")
    assert "0 of 17 words" in how
    assert not key["significant"].any() and key.loc[0, "feature"] == "没有"
    assert key.loc[0, "statistic"] == pytest.approx(3.700285, rel=1e-5)
    assert not {"一是", "二是", "三是", "存在", "部分", "不够"} & set(key.feature)


def test_problem_keyness_on_real_reports(shared_corpus):
    """政策解读 (policy interpretation) is what later reports' problems add; every word marked
    significant has p < 0.05 (G² > 3.84), the others do not."""
    from gdrkit.analysis.keyness import problem_keyness
    from gdrkit.analysis.words import PROBLEM_WORDS

    key, how = problem_keyness(shared_corpus.problems(), shared_corpus.reports, alpha=0.05)
    top = key[key["significant"] & (key["statistic"] > 0)]
    assert top.iloc[0]["feature"] == "政策解读" and len(top) >= 5
    assert (top["statistic"] > 3.84).all() and (key.loc[~key["significant"], "statistic"].abs() <= 3.85).all()
    assert f"{len(top)} of {len(key)} words" in how
    assert not (set(PROBLEM_WORDS) | {"一是", "二是", "三是"}) & set(key.feature)


def test_word_cloud_and_keyness_use_the_same_words(seed_corpus):
    """The word cloud's counts (problem_word_frequencies) and keyness's tokens
    (problem_tokens) keep exactly the same words of the seeds' problem statements."""
    from collections import Counter

    from gdrkit.analysis.words import problem_tokens, problem_word_frequencies

    problems = seed_corpus.problems()
    freqs = problem_word_frequencies(problems)
    toks = problem_tokens(problems)
    assert Counter(w for ws in toks["tokens"] for w in ws) == freqs.to_dict()
    assert problem_word_frequencies(problems["text"].to_frame()).equals(freqs)
    assert freqs.index[:3].tolist() == ["信息", "内容", "制度"] and freqs.iloc[0] == 4
