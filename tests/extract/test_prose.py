"""The prose rules (gdrkit.extract.prose, and the choice among candidates in
gdrkit.extract.figures): which statement is the year's figure of its measure and why the
others are not (rate, comparison, channel, a part of the agency, not about disclosure,
a kind of applicant), the ranks (主动公开 before all items published, a total before a
website), and a rule's pick or no pick when values disagree.
"""

from __future__ import annotations

import pytest
from _passages import read

CASES = [
    pytest.param('日均主动公开政府信息5条。', 2022,
                 ['proactive count 5 [rate] «5条»'],
                 ['proactive_items 5 (rate)'], id='daily-average'),
    pytest.param('全年主动公开政府信息同比增加300条。', 2022,
                 ['proactive count 300 [category;comparison;year] «300条»'],
                 ['proactive_items 300 (comparison)'], id='compared-with-last-year'),
    pytest.param('与2021年相比，2022年主动公开政府信息1200条。', 2022,
                 ['proactive count 1200 [other_year;this_year] «1200条»'],
                 ['proactive_items 1200'], id='this-year-beside-another'),
    pytest.param('局属单位主动公开政府信息300条。', 2022,
                 ['proactive count 300 [subunit] «300条»'],
                 ['proactive_items 300 (part of the agency)'], id='a-subunit'),
    pytest.param('全年行政应诉案件32件，其中政府信息公开类行政诉讼案件3件。', 2022,
                 ['lawsuits count 32 [year] «32件»', 'lawsuits count 3 [about_disclosure;breakdown;disclosure] «3件»'],
                 ['lawsuits 3', 'lawsuits 32 (not about disclosure)'], id='cases-of-litigation-disclosure-part'),
    pytest.param('门户网站公开政府信息1200条，政府公报公开政府信息45条。', 2022,
                 ['published count 1200 [channel_web] «1200条»', 'published count 45 [channel_web] «45条»'],
                 ['proactive_items 1200 (channel)', 'proactive_items 45 (channel)'], id='two-websites-no-total'),
    pytest.param('二、主动公开政府信息情况\n门户网站全年公开政府信息78条。官方微信全年公开政府信息502条。', 2022,
                 ['published count 78 [channel_web;year] @proactive «78条»', 'published count 502 [channel_social;year] @proactive «502条»'],
                 ['proactive_items 502 (channel)', 'proactive_items 78 (channel)'], id='website-and-social-media-in-one-section'),
    pytest.param('门户网站主动公开政府信息300条。全年主动公开政府信息350条。', 2022,
                 ['proactive count 300 [channel_web] «300条»', 'proactive count 350 [year] «350条»'],
                 ['proactive_items 300 (candidate)', 'proactive_items 350'], id='proactive-total-beats-a-website'),
    pytest.param('全年公开政府信息400条。门户网站公开政府信息380条。', 2022,
                 ['published count 400 [year] «400条»', 'published count 380 [channel_web] «380条»'],
                 ['proactive_items 380 (candidate)', 'proactive_items 400'], id='published-total-beats-a-website'),
    pytest.param('县政府办公室主动公开政府信息300条。各乡镇主动公开政府信息500条。', 2022,
                 ['proactive count 300 [] «300条»', 'proactive count 500 [] «500条»'],
                 ['proactive_items 300 (candidate)', 'proactive_items 500 (candidate)'], id='two-bodies-no-total'),
    pytest.param('本年度受理政府信息公开申请12件。本年度受理政府信息公开申请15件。', 2022,
                 ['applications count 12 [year] «12件»', 'applications count 15 [year] «15件»'],
                 ['applications_received 12 (candidate)', 'applications_received 15 (candidate)'], id='same-standing-disagree'),
    pytest.param('本年度受理政府信息公开申请3件。本年度未收到政府信息公开申请。', 2022,
                 ['applications count 3 [year] «3件»', 'applications none 0 [disclosure] «未收到政府信息公开申请»'],
                 ['applications_received 0 (candidate)', 'applications_received 3'], id='count-and-none-disagree'),
    pytest.param('全年通过网上申请方式受理政府信息公开申请3件。', 2022,
                 ['applications count 3 [channel_app;year] «3件»'],
                 ['applications_received 3 (channel)'], id='request-by-internet'),
    pytest.param('全年接受政府信息公开咨询120人次。', 2022,
                 ['consultations count 120 [about_disclosure;year] «120人次»'],
                 ['consultations 120'], id='consultations-about-disclosure'),
    pytest.param('政务服务中心全年现场咨询3400人次。', 2022,
                 ['consultations count 3400 [year] «3400人次»'],
                 ['consultations 3400 (not about disclosure)'], id='consultations-of-a-service-centre'),
    pytest.param('全年自然人提出政府信息公开申请268件。', 2022,
                 ['applications count 268 [applicant;year] «268件»'],
                 ['applications_received 268 (breakdown: applicant)'], id='natural-persons-requests'),
    pytest.param('全年收取费用200元。', 2022,
                 ['fees count 200 [year] «200元»'],
                 ['fees_yuan 200 (not about disclosure)'], id='fees-not-said-disclosure'),
    pytest.param('全年收取信息处理费1次。', 2022,
                 ['fees count 1 [disclosure;year] «1次»'],
                 [], id='fees-counted-in-pieces'),
    pytest.param('本机关被申请行政复议2件。', 2022,
                 ['reconsiderations count 2 [respondent] «2件»'],
                 ['reconsiderations 2'], id='agency-as-respondent'),
    pytest.param('全年共办理行政复议案件126件。', 2022,
                 ['reconsiderations count 126 [year] «126件»'],
                 ['reconsiderations 126 (not about disclosure)'], id='reviews-the-agency-decided'),
    pytest.param('本年度未发生行政复议。', 2022,
                 ['reconsiderations none 0 [] «未发生行政复议»'],
                 ['reconsiderations 0'], id='no-review-said-nothing-more'),
    pytest.param('五、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生行政复议案件。', 2022,
                 ['reconsiderations none 0 [disclosure_context] @review_litigation «未发生行政复议»'],
                 ['reconsiderations 0'], id='no-review-in-its-section'),
    pytest.param('二、主动公开政府信息情况\n全年主动公开政府信息120条，其中予以公开的规范性文件12件。', 2022,
                 ['proactive count 120 [year] @proactive «120条»', 'granted count 12 [breakdown] @proactive «12件»'],
                 ['proactive_items 120'], id='answers-under-proactive-heading'),
    pytest.param('2023年，我局共发布政府信息（文件）687份，其中主动公开299份，依申请公开及不予公开388份。', 2023,
                 ['published count 687 [this_year] «687份»', 'proactive count 299 [breakdown] «299份»', 'denied count 388 [breakdown] «388份»'],
                 ['proactive_items 299', 'proactive_items 687 (candidate)'], id='answers-of-items-published'),
    pytest.param('上年结转政府信息公开申请2件，其中予以公开1件。', 2022,
                 ['carried_over count 2 [] «2件»', 'granted count 1 [breakdown] «1件»'],
                 ['applications_carried_over 2', 'applications_granted 1'], id='answers-of-carried-requests'),
    pytest.param('门户网站主动公开政府信息300条。政府信息公开平台主动公开政府信息500条。', 2022,
                 ['proactive count 300 [channel_web] «300条»', 'proactive count 500 [channel_web] «500条»'],
                 ['proactive_items 300 (candidate)', 'proactive_items 500 (rule chose 500 over 300)'], id='two-websites-largest-by-rule'),
    pytest.param('全年公开政府信息400条。全年发布政府信息450条。', 2022,
                 ['published count 400 [year] «400条»', 'published count 450 [year] «450条»'],
                 ['proactive_items 400 (candidate)', 'proactive_items 450 (rule chose 450 over 400)'], id='two-published-totals-largest-by-rule'),
]


@pytest.mark.parametrize("raw, year, statements, figures", CASES)
def test_prose_figures(raw, year, statements, figures):
    """The statements and the figures of one passage."""
    sts, figs, _ = read(raw, year)
    assert (sts, figs) == (statements, figures)
