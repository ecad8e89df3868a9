"""The problem taxonomy and the keyword classifier of one statement (gdrkit.problems.taxonomy)."""

from __future__ import annotations

import pandas as pd
import pytest

from gdrkit.problems.taxonomy import classify_problem, problem_taxonomy


def test_taxonomy_shipped_and_editable(tmp_path):
    tax = problem_taxonomy()
    assert list(tax.columns[:5]) == ["category", "label_zh", "label_en", "keywords", "description"]
    assert {"staffing", "awareness", "content", "timeliness", "platform", "other"} <= set(tax.category)
    mine = pd.DataFrame({"category": ["people", "web"], "keywords": ["人员|人手", "网站|平台"]})
    path = tmp_path / "tax.csv"
    mine.to_csv(path, index=False, encoding="utf-8-sig")
    for t in (mine, path):
        assert classify_problem("人手少、网站栏目更新慢", taxonomy=t) == {
            "category": "people", "categories": "people;web", "matched": "人手;网站"}
        assert classify_problem("开拓创新不够有力", taxonomy=t)["category"] == "other"  # never dropped
    with pytest.raises(ValueError, match="keywords"):
        problem_taxonomy(pd.DataFrame({"category": ["x"]}))
    (tmp_path / "bad.csv").write_text("category\nx\n", encoding="utf-8")
    with pytest.raises(ValueError, match=f"taxonomy {tmp_path / 'bad.csv'}: missing column"):
        problem_taxonomy(tmp_path / "bad.csv")
    with pytest.raises(FileNotFoundError, match=f"taxonomy {tmp_path / 'nope.csv'}: no such file"):
        problem_taxonomy(tmp_path / "nope.csv")


def test_classify_primary_is_subject_of_the_problem():
    assert classify_problem("门户网站主动公开的内容有待进一步丰富")["category"] == "content"
    assert classify_problem("信息公开形式有待创新")["category"] == "platform"
    assert classify_problem("缺乏专业的信息采集加工人员")["category"] == "staffing"
