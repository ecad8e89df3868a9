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
