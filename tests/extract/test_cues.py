"""The cue words of the statement model (gdrkit.extract.cues): gdrkit's file, a
researcher's extra CSV (a synonym is one row), the errors a bad file gives, the units a
topic counts in, and the longest-first matching of the cue regex."""

from __future__ import annotations

import pytest

from gdrkit.extract.cues import TOPIC_PRIORITY, CueError, default_cue_path, load_cues, unit_class
from gdrkit.extract.sentences import cue_tokens
from gdrkit.extract.statements import read_statements, statements_table


def test_shipped_cues():
    cues = load_cues()
    assert default_cue_path().name == "statement_cues.csv" and load_cues(default_cue_path()) is cues
    assert cues.topics() == set(TOPIC_PRIORITY)
    assert list(cues.table.columns) == ["feature", "value", "cue", "note"]
    assert cues.kind["免费"] == (("topic", "fees"), ("polarity", "none"))
    assert cues.kind["12345"] == (("topic", "other"),)  # a number as a cue: read as text, not as 12345
    assert {"元", "万元"} == cues.units["money"]


@pytest.mark.parametrize("text, words", [
    ("无法提供", ["无法提供"]),  # an outcome, not 无 + 法
    ("未经复议直接起诉", ["未经复议直接起诉"]),
    ("政府信息公开申请", ["政府信息公开申请"]),
    ("信息公开申请人", ["信息公开申请"]),
    ("申请人", ["申请人"]),
    ("申请", ["申请"]),
    ("公开", ["公开"]),
    ("公开政府信息", ["公开政府信息"]),
    ("主动公开的", ["主动公开的"]),
    ("主动公", []),
])
def test_cue_regex_matches_the_longest_word(text, words):
    cues = load_cues()
    assert [w for _, _, w, _ in cue_tokens(cues, text, 0, len(text))] == words


def test_units_of_a_topic():
    cues = load_cues()
    assert [unit_class(cues, w, t) for w, t in [("人次", "proactive"), ("", "fees"), ("元", "fees"),
                                                 ("件", "reconsiderations"), ("条", "applications"),
                                                 ("元", "applications"), ("人次", "consultations")]] == [
        "other", "money", "money", "cases", "applications", "other", "persons"]
    t = statements_table("全年主动公开政府信息300人次。", year=2022)
    assert t[["topic", "unit", "unit_word"]].values.tolist() == [["proactive", "other", "人次"]]


def test_a_synonym_in_an_extra_file(tmp_path):
    extra = tmp_path / "mine.csv"
    extra.write_text("feature,value,cue,note\ntopic,applications, 来函查询 ,a synonym\ntopic,applications,,\n",
                     encoding="utf-8-sig")
    text = "全年收到来函查询3件。"
    assert read_statements(text, year=2022) == []
    cues = load_cues(extra=extra)
    assert cues.kind["来函查询"] == (("topic", "applications"),) and "" not in cues.kind
    assert cues.signature != load_cues().signature
    (st,) = read_statements(text, year=2022, cues=cues)
    assert (st.topic, st.value, st.unit_word) == ("applications", 3.0, "件")
    # a file without the note column is read too
    bare = tmp_path / "bare.csv"
    bare.write_text("feature,value,cue\ntopic,applications,来函查询\n", encoding="utf-8")
    assert load_cues(extra=bare).table.iloc[-1].tolist() == ["topic", "applications", "来函查询", ""]


def test_bad_cue_files(tmp_path):
    missing = tmp_path / "nope.csv"
    with pytest.raises(CueError, match=f"^{missing}: cannot read the cue file"):
        load_cues(extra=missing)
    cols = tmp_path / "cols.csv"
    cols.write_text("feature,cue\ntopic,请求\n", encoding="utf-8")
    with pytest.raises(CueError, match=rf"^{cols}: the cue file needs the columns feature, value, cue; "
                                       r"missing \['value'\]$"):
        load_cues(extra=cols)
    feat = tmp_path / "feat.csv"
    feat.write_text("feature,value,cue\nmood,happy,高兴\n", encoding="utf-8")
    with pytest.raises(CueError, match=rf"^{feat}: unknown feature\(s\) \['mood'\]; use one of \['topic', 'polarity'"):
        load_cues(extra=feat)
    topic = tmp_path / "topic.csv"
    topic.write_text("feature,value,cue\ntopic,weather,天气\nscope,weather,晴\n", encoding="utf-8")
    with pytest.raises(CueError, match=rf"^{topic}: unknown topic\(s\) \['weather'\]; use one of \['carried_over'"):
        load_cues(extra=topic)
