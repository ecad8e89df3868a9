from __future__ import annotations

import pandas as pd

from gdrkit.sections import SECTION_KINDS, find_headings, heading_kind, segment_text

from conftest import FIXTURES

EXPECTED = pd.read_csv(FIXTURES / "meta_expected.csv", dtype=str, keep_default_na=False)

ONE_LINE = ("根据《条例》规定,发布本年度报告。一、总体情况2021年,我厅坚持公开为常态。(一)主动公开政府信息情况。"
            "全年发布信息4818篇。(二)依申请公开答复情况。收到申请2件。二、主动公开政府信息情况第二十条第(一)项"
            "规章000行政事业性收费0三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量2000002"
            "四、结转下年度继续办理0000000四、政府信息公开行政复议、行政诉讼情况000000000000000"
            "五、存在的主要问题及改进情况主要问题:一是人员不足;二是内容不全。下一步,我厅将加强培训。六、其他需要报告的事项无。")


def test_one_line_report_headings():
    heads = [(h.depth, h.number, h.title) for h in find_headings(ONE_LINE)]
    top = [t for d, n, t in heads if d == 1]
    assert top == ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                   "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"]
    assert (2, "一", "主动公开政府信息情况") in heads and (4, "一", "人员不足") in heads


def test_kinds_and_spans():
    rows = segment_text(ONE_LINE)
    kinds = {r["heading"]: r["kind"] for r in rows}
    assert kinds["存在的主要问题及改进情况"] == "problems"
    assert kinds["收到和处理政府信息公开申请情况"] == "applications"
    assert kinds["政府信息公开行政复议、行政诉讼情况"] == "review_litigation"
    assert kinds["其他需要报告的事项"] == "other"
    for r in rows:
        assert r["text"] == ONE_LINE[r["start"]:r["end"]]
        assert r["kind"] in SECTION_KINDS


def test_heading_kinds():
    assert heading_kind("存在的问题和下一步工作措施") == "problems"
    assert heading_kind("改进措施") == "improvements"
    assert heading_kind("2012年工作打算") == "plans"
    assert heading_kind("依申请收费及减免情况") == "fees"
    assert heading_kind("政府信息公开情况统计表") == "statistics"


def test_enumerations_in_sentences_are_not_headings():
    text = "我们要做到一、二级目录齐全,建设1.0版平台。一、组织领导\n内容。二、主动公开\n内容。"
    assert [h.title for h in find_headings(text) if h.depth == 1] == ["组织领导", "主动公开"]


def test_seed_sections(seed_corpus):
    sec = seed_corpus.sections()
    assert set(sec["report_id"]) == set(seed_corpus.reports["report_id"])
    s0 = sec[sec["report_id"] == seed_corpus.reports["report_id"].iloc[0]]
    assert "problems" in set(s0["kind"]) and "improvements" in set(s0["kind"])
    text = seed_corpus.reports["text"].iloc[0]
    assert all(text[r.start:r.end] == r.text for r in s0.itertuples())
    assert {"year", "agency"} <= set(sec.columns)  # sections keep their report's metadata


def test_problems_section_found_in_real_reports(shared_corpus, seed_corpus):
    """Every report whose problems passage starts at a heading has a section of kind problems."""
    found, missing = 0, []
    for corpus in (seed_corpus, shared_corpus):
        sec = corpus.sections()
        kinds = sec.groupby("report_id")["kind"].agg(set)
        for r in corpus.reports.itertuples():
            e = EXPECTED[EXPECTED["file"] == r.file]
            if e.empty or e.iloc[0]["has_problems_section"] != "yes":
                continue
            quote = e.iloc[0]["problems_heading_quote"]
            is_heading = quote[:1] in "一二三四五六七八九十(（" or "问题" in quote[:12]
            if not is_heading:
                continue
            if "problems" in kinds.get(r.report_id, set()):
                found += 1
            else:
                missing.append(r.file)
    assert not missing and found >= 45, missing


def test_the_kind_of_a_heading_with_spaces_between_its_characters():
    """A PDF's letter-spaced headings (二 、主 动 公 开 政 府 信 息 情 况) have their kinds."""
    from gdrkit.clean import clean_text
    from gdrkit.sections import segment_text

    raw = ("某局2019年政府信息公开工作年度报告\n一 、总 体 情 况\n全年主动公开信息10条。\n二 、主 动 公 开 政 府 信 息 情 况\n内容\n"
           "三 、收 到 和 处 理 政 府 信 息 公 开 申 请 情 况\n无\n四 、政 府 信 息 公 开 行 政 复 议 、行 政 诉 讼 情 况\n无\n"
           "五 、存 在 的 主 要 问 题 及 改 进 情 况\n问题\n六 、其 他 需 要 报 告 的 事 项\n未收取费用。")
    text, _ = clean_text(raw)
    assert [r["kind"] for r in segment_text(text)] == ["overview", "overview", "proactive", "applications",
                                                        "review_litigation", "problems", "other"]


def test_a_run_in_heading_of_two_characters_ends_at_its_space():
    """四、收费 市局机关…收取复印费48元;…: the heading is 收费, and the sentence after it is
    the section's text (its fee is read, not taken for heading words)."""
    text = "一、概述\n本局全年工作平稳。\n二、收费 市局机关依申请公开收取复印费48元;各分局收取费用合计210元。\n三、复议诉讼 无。"
    heads = [(h.depth, h.title) for h in find_headings(text)]
    assert heads == [(1, "概述"), (1, "收费"), (1, "复议诉讼")]
