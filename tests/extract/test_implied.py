"""Zeros a report implies without a number of its own (gdrkit.extract.implied): nothing
received and nothing carried over leaves no reply and nothing carried forward, and every
request granted with none carried over no other reply; no reply at all said in words; every
request granted and no other reply."""

from __future__ import annotations

import pandas as pd
import pytest
from _passages import read

from gdrkit.clean import clean_text
from gdrkit.extract import extract_figures
from gdrkit.extract.figures import extract_report
from gdrkit.sections import segment_reports

REPLIES_0 = ['applications_denied 0', 'applications_granted 0', 'applications_not_processed 0',
             'applications_partial 0', 'applications_unable 0']


@pytest.mark.parametrize("raw, year, figures", [
    # (no request to answer: table 3's identity makes every reply and the requests carried forward 0)
    pytest.param('三、收到和处理政府信息公开申请情况\n2020年，我镇未收到政府信息公开申请，无上年结转申请。', 2020,
                 sorted(['applications_carried_forward 0', 'applications_carried_over 0', 'applications_received 0',
                         *REPLIES_0]), id='none-received-none-carried-over-no-reply'),
    pytest.param('三、收到和处理政府信息公开申请情况\n本年度收到政府信息公开申请0件，上年结转0件，结转下年度0件。', 2021,
                 sorted(['applications_carried_forward 0', 'applications_carried_over 0', 'applications_received 0',
                         *REPLIES_0]), id='zero-received-zero-carried-over-in-numbers-no-reply'),
    pytest.param('三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请，上年结转申请1件。', 2021,
                 ['applications_carried_over 1', 'applications_received 0'], id='none-received-one-carried-over-implies-nothing'),
    pytest.param('三、依申请公开情况\n本年度未收到政府信息公开申请，无上年结转申请。结转下年度办理1件。', 2022,
                 ['applications_carried_forward 1', 'applications_carried_over 0', 'applications_received 0'],
                 id='none-received-none-carried-over-but-one-carried-forward-implies-nothing'),
    pytest.param('三、收到和处理政府信息公开申请情况\n2020年，我镇未收到政府信息公开申请，无上年结转申请。因未收到申请，本年度无政府信息公开申请办理情况。', 2020,
                 sorted(['applications_carried_forward 0', 'applications_carried_over 0', 'applications_received 0',
                         'applications_received 0 (candidate)', 'applications_received 0 (candidate)', *REPLIES_0]),
                 id='none-received-and-nothing-handled'),
    pytest.param('二、依申请公开政府信息情况\n全年未收到政府信息公开申请，未作出任何依申请公开答复。', 2016,
                 sorted(['applications_received 0', 'applications_received 0 (candidate)', *REPLIES_0]),
                 id='none-received-no-reply-given'),
    pytest.param('三、依申请公开情况\n全年没有公民、法人或其他组织向我局提出政府信息公开申请，依申请公开各项答复数均为零。', 2010,
                 sorted(['applications_received 0', *REPLIES_0]), id='none-received-every-kind-of-reply-zero'),
    pytest.param('二、依申请公开政府信息情况\n全年未收到政府信息公开申请。', 2016,
                 ['applications_received 0'], id='none-received-alone-says-nothing-of-the-replies'),
    pytest.param('三、依申请公开情况\n本年度未收到政府信息公开申请，无上年结转申请。本年度同意公开2件。', 2022,
                 ['applications_carried_over 0', 'applications_granted 2', 'applications_received 0'],
                 id='a-reply-counted-all-the-same-implies-nothing'),
    pytest.param('三、依申请公开情况\n本年度收到信息公开申请2件，均予以公开。无上年结转申请。', 2022,
                 ['applications_carried_over 0', 'applications_denied 0',
                  'applications_granted 2', 'applications_not_processed 0', 'applications_partial 0',
                  'applications_received 2', 'applications_unable 0'], id='every-request-granted-none-carried-over'),
    pytest.param('三、依申请公开情况\n本年度收到信息公开申请2件，均予以公开。上年结转申请1件。', 2022,
                 ['applications_carried_over 1', 'applications_granted 2', 'applications_received 2'],
                 id='every-new-request-granted-one-carried-over-implies-nothing'),
    pytest.param('三、依申请公开情况\n本年度收到信息公开申请3件，无上年结转。予以公开2件，部分公开1件。', 2022,
                 ['applications_carried_over 0', 'applications_granted 2', 'applications_partial 1', 'applications_received 3'],
                 id='replies-of-two-kinds-adding-up-imply-nothing-of-the-others'),
    pytest.param('三、依申请公开情况\n本年度收到信息公开申请2件，均予以公开，无其他办理结果。', 2022,
                 ['applications_denied 0', 'applications_granted 2', 'applications_not_processed 0', 'applications_partial 0',
                  'applications_received 2', 'applications_unable 0'], id='every-request-granted-and-no-other-reply'),
    pytest.param('三、收到和处理政府信息公开申请情况\n本年度新收申请3件，上年结转0件；予以公开2件，无法提供1件（本机关不掌握），'
                 '其余办理结果均为0件。', 2021,
                 ['applications_carried_over 0', 'applications_denied 0', 'applications_granted 2',
                  'applications_not_processed 0', 'applications_partial 0', 'applications_received 3', 'applications_unable 1'],
                 id='replies-adding-up-and-the-rest-zero'),
    pytest.param('三、依申请公开情况\n全年收到申请1件，已按时予以公开答复，无部分公开、无法提供及其他答复情形。', 2016,
                 ['applications_denied 0', 'applications_granted 1', 'applications_not_processed 0', 'applications_partial 0',
                  'applications_received 1', 'applications_unable 0'], id='a-list-of-replies-and-the-others-none'),
    pytest.param('三、收到和处理政府信息公开申请情况\n本年度新收申请5件；予以公开3件，其余办理结果均为0件。', 2021,
                 ['applications_granted 3', 'applications_received 5'], id='the-rest-zero-but-replies-not-adding-up-implies-nothing'),
    pytest.param('二、收到和处理政府信息公开申请情况\n本年度新收申请4件，上年结转0件。办理结果：予以公开3件，不予公开1件（属于内部事务信息），其余情形均为0件。', 2021,
                 ['applications_carried_over 0', 'applications_denied 1', 'applications_granted 3', 'applications_not_processed 0',
                  'applications_partial 0', 'applications_received 4', 'applications_unable 0'], id='replies-adding-up-and-the-other-cases-zero'),
    pytest.param('三、收到和处理政府信息公开申请情况\n全年受理申请3件，无上年结转申请。办理结果：予以公开2件；因属于内部事务信息，不予公开1件；其余办理类型均无。', 2021,
                 ['applications_carried_over 0', 'applications_denied 1', 'applications_granted 2', 'applications_not_processed 0',
                  'applications_partial 0', 'applications_received 3', 'applications_unable 0'], id='the-other-kinds-of-reply-none'),
    pytest.param('三、收到和处理政府信息公开申请情况\n表三：收到和处理政府信息公开申请情况（本年度表内各项数据均为0，表格略）\n'
                 '四、政府信息公开行政复议、行政诉讼情况\n表四：政府信息公开行政复议、行政诉讼情况（各项均为0，表格略）', 2020,
                 sorted(['applications_carried_forward 0', 'applications_carried_over 0', 'applications_received 0', *REPLIES_0,
                         'lawsuits 0', 'reconsiderations 0']), id='tables-left-out-and-said-to-be-all-zero'),
    pytest.param('三、收到和处理信息公开申请情况\n无。\n四、信息公开行政复议、行政诉讼情况\n无。', 2021,
                 sorted(['applications_carried_forward 0', 'applications_carried_over 0', 'applications_received 0', *REPLIES_0,
                         'lawsuits 0', 'reconsiderations 0']), id='the-tables-section-saying-only-none'),
    pytest.param('三、收到和处理政府信息公开申请情况\n本年度依申请公开各项数据均为0。\n', 2021,
                 sorted(['applications_carried_forward 0', 'applications_carried_over 0', 'applications_received 0', *REPLIES_0]),
                 id='the-tables-section-saying-only-all-zero'),
    pytest.param('三、收到和处理政府信息公开申请情况\n本年度我镇收到和处理政府信息公开申请情况各项数据均为0。\n'
                 '四、政府信息公开行政复议、行政诉讼情况\n本年度政府信息公开行政复议、行政诉讼情况均为0。', 2023,
                 sorted(['applications_carried_forward 0', 'applications_carried_over 0', 'applications_received 0', *REPLIES_0,
                         'lawsuits 0', 'reconsiderations 0']), id='the-captions-own-sentence-saying-all-zero'),
    pytest.param('三、收到和处理政府信息公开申请情况\n本年度收到和处理政府信息公开申请情况：新收申请2件，均予以公开，其余均为0。', 2023,
                 ['applications_granted 2', 'applications_received 2'], id='the-caption-then-counts-is-not-all-zero'),
    pytest.param('一、总体情况\n本报告包括总体情况、收到和处理政府信息公开申请情况、存在的主要问题等。\n无。', 2021,
                 [], id='the-caption-named-in-a-list-is-no-section'),
    pytest.param('三、收到和处理政府信息公开申请情况\n本年度新收申请2件，均予以公开。表格略。', 2020,
                 ['applications_granted 2', 'applications_received 2'], id='a-table-left-out-says-nothing-of-its-cells'),
    pytest.param('三、依申请公开情况\n本年度收到信息公开申请2件，均予以公开。其他需要报告的事项：无其他情况。', 2022,
                 ['applications_granted 2', 'applications_received 2'], id='every-request-granted-says-nothing-of-the-others'),
    pytest.param('三、依申请公开情况\n本年度受理政府信息公开申请3件，无上年结转申请。', 2022,
                 ['applications_carried_over 0', 'applications_received 3'], id='requests-received-imply-nothing'),
])
def test_implied_zeros(raw, year, figures):
    assert read(raw, year)[1] == figures


def test_implied_rows_carry_the_evidence_and_say_why():
    text, _ = clean_text('2020年，我镇未收到政府信息公开申请，未作出任何依申请公开答复。')
    rows, _ = extract_report(text, year=2020)
    row = next(r for r in rows if r["measure"] == "applications_unable")
    assert row["method"] == "implied: none received and no reply given"
    assert row["qualifier"] == "" and row["value"] == 0
    assert text[row["start"]:row["end"]] in row["evidence"] and "未收到政府信息公开申请" in row["evidence"]


def test_none_received_none_carried_over_gives_both_statements_as_evidence():
    text, _ = clean_text('三、依申请公开情况\n2020年，我镇未收到政府信息公开申请，也没有上年结转的申请。')
    rows, _ = extract_report(text, year=2020)
    row = next(r for r in rows if r["measure"] == "applications_carried_forward")
    assert row["method"] == "implied: none received and none carried over"
    assert row["value"] == 0 and row["qualifier"] == ""
    assert "未收到政府信息公开申请" in row["evidence"] and "没有上年结转" in row["evidence"]
    assert text[row["start"]:row["end"]] == row["evidence"]


def test_implied_zeros_are_never_of_high_confidence():
    """The received count said twice is confirmed (high); the zeros it implies are not."""
    text, _ = clean_text("三、依申请公开情况\n本年度收到政府信息公开申请5件，无上年结转，均予以公开。本年度共收到申请5件。")
    reports = pd.DataFrame({"report_id": ["a"], "text": [text], "year": [2022]})
    f = extract_figures(reports, segment_reports(reports))
    head = f[f.qualifier == ""]
    conf = dict(zip(head.measure, head.confidence))
    assert conf["applications_received"] == "high"
    assert {m: conf[m] for m in ("applications_partial", "applications_denied")} == {
        "applications_partial": "medium", "applications_denied": "medium"}
    assert "applications_carried_forward" not in conf  # (when the grants were made the words do not say)


def test_none_received_none_carried_over_says_so_though_one_row_is_stated():
    text, _ = clean_text("三、依申请公开情况\n本年度未收到政府信息公开申请，无上年结转申请，结转下年度0件。")
    rows, _ = extract_report(text, year=2022)
    assert {r["method"] for r in rows if r["method"].startswith("implied")} == {"implied: none received and none carried over"}


def test_the_other_kinds_said_to_be_zero_and_none_carried_at_the_years_end():
    """其余类型均为0件 after three kinds of reply: the other two are 0; 年底无结转: none carried forward."""
    raw = ("二、收到和处理政府信息公开申请情况\n全年收到政府信息公开申请4件，上年无结转：予以公开2件，部分公开1件，"
           "无法提供1件，其余类型均为0件。年底无结转。")
    _, figs, _ = read(raw, 2022)
    assert {"applications_denied 0", "applications_not_processed 0", "applications_carried_forward 0",
            "applications_granted 2", "applications_unable 1"} <= set(figs)


def test_one_request_granted_no_other_way_of_handling_and_none_carried():
    """已予以公开,无其他办理情形,无结转: the other replies none, none carried forward."""
    _, figs, _ = read("二、依申请公开情况\n本年度收到信息公开申请1件，内容为新生录取相关信息，已予以公开，无其他办理情形，无结转。", 2022)
    assert {"applications_granted 1", "applications_carried_forward 0", *(r for r in REPLIES_0 if "granted" not in r)} <= set(figs)


@pytest.mark.parametrize("raw", [
    "三、收到和处理政府信息公开申请情况\n2021年度我局收到和处理政府信息公开申请情况各项数据均为0。2022年度共收到政府信息公开申请3件，予以公开2件。",
    "二、依申请公开情况\n本年度我局收到政府信息公开申请3件，予以公开2件。\n全县各乡镇农业综合服务站收到和处理政府信息公开申请情况均为0。",
    "二、依申请公开情况\n全年共收到政府信息公开申请2件，均予以公开。\n三、收到和处理政府信息公开申请情况\n本年度收到和处理政府信息公开申请情况各项数据均为0。",
])
def test_a_caption_said_all_zero_of_another_year_or_body_or_against_a_count_implies_nothing(raw):
    """The table said all 0 by a sentence about another year (2021年度…) or other bodies (全县各乡镇…), or
    where the report states a count of it: no zeros implied."""
    figs = read("某县农业农村局2022年政府信息公开工作年度报告\n" + raw, 2022)[1]
    assert not any(f.startswith(("applications_partial", "applications_denied", "applications_carried_forward")) for f in figs)
