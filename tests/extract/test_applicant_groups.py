"""Replies told group by group of applicants (gdrkit.extract.applicant_groups), on passages
written for the tests."""

from __future__ import annotations

from _passages import read

SUMMED = "(judgement: the applicant groups' replies, summed)"
PART = "(breakdown: an applicant group's)"


def test_each_groups_replies_summed_where_they_answer_every_request():
    """Two groups, each with its replies: the year's counts are their sums (partial 1 + 1,
    not the 1 both groups say), each group's count a part."""
    text = ("二、依申请公开情况\n本年度共收到政府信息公开申请7件，其中自然人申请5件、法人申请2件。自然人申请中：予以公开3件，"
            "部分公开1件，无法提供1件；法人申请2件，部分公开1件，无法提供1件。")
    _, figs, _ = read(text, 2020)
    assert {f"applications_granted 3 {SUMMED}", f"applications_partial 2 {SUMMED}", f"applications_unable 2 {SUMMED}",
            f"applications_partial 1 {PART}", "applications_received 7"} <= set(figs)
    assert "applications_partial 1" not in figs and "applications_unable 1" not in figs


def test_a_group_answered_one_way_without_a_number():
    """法人申请1件,予以公开: the group's one request granted, added to the other group's."""
    text = ("二、依申请公开情况\n本年度共收到政府信息公开申请6件，其中自然人申请5件、法人申请1件。自然人申请中：予以公开2件，"
            "部分公开1件，无法提供1件，不予处理1件；法人申请1件，予以公开。上年无结转。")
    _, figs, _ = read(text, 2020)
    assert {f"applications_granted 3 {SUMMED}", f"applications_partial 1 {SUMMED}", f"applications_granted 2 {PART}",
            f"applications_not_processed 1 {SUMMED}"} <= set(figs)


def test_groups_that_do_not_answer_every_request_are_not_summed():
    """The groups' replies add up to 6 of 8 requests (2 carried over, answered elsewhere): no sum,
    nothing qualified."""
    text = ("二、依申请公开情况\n本年度共收到政府信息公开申请6件，上年结转2件。自然人申请中：予以公开3件，部分公开1件；"
            "法人申请2件，部分公开1件，无法提供1件。")
    _, figs, _ = read(text, 2020)
    assert not any("applicant group" in f for f in figs)


def test_a_reply_counted_outside_the_groups_too_is_not_summed():
    """此外,上年结转的1件…予以公开 after the groups: the groups answer 7 of the 8 requests and
    granted is counted outside them: no sum of granted is stated."""
    text = ("二、依申请公开情况\n本年度收到政府信息公开申请7件，其中自然人6件、企业1件。自然人申请中，予以公开2件，部分公开1件，"
            "无法提供2件，另有1件截至年底仍在办理，结转下年度；企业申请1件，予以公开。此外，2022年结转的1件申请已于2023年1月"
            "依法答复，予以公开。")
    _, figs, _ = read(text, 2023)
    assert "applications_carried_over 1" in figs and not any(f.startswith("applications_granted") and "summed" in f for f in figs)


def test_a_reply_between_rows_written_in_words_is_read_as_prose():
    """予以公开1件、本机关不掌握2件;…部分公开1件 under the template's heading: 予以公开 and 部分公开 are read
    as table rows in words, and the count between them (本机关不掌握2件: unable) is still read as prose."""
    text = ("二、收到和处理政府信息公开申请情况\n2020年共办理政府信息公开申请5件，其中上年结转1件、本年新收4件。自然人申请3件："
            "予以公开1件、本机关不掌握2件；法人或其他组织申请2件（含上年结转1件）：部分公开1件，另1件截至年底尚在办理中，结转下一年度。")
    _, figs, _ = read(text, 2020)
    assert {"applications_unable 2", "applications_received 4", "applications_carried_forward 1"} <= set(figs)
