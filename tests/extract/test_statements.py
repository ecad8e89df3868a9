"""The sentences of a passage read together (gdrkit.extract.statements): 其中 / 包括 and
parentheses make parts, 占…% a share, 共计 / 合计 a total, a ; ends the parts, a clause
before gives its verb or subject, a heading its topic, 以来 the period of 截至…年底; on
short passages written for the tests in the style of the reports.
"""

from __future__ import annotations

import pytest
from _passages import REPORT, read

from gdrkit.clean import clean_text
from gdrkit.extract.statements import statements_table
from gdrkit.sections import segment_text

CASES = [
    pytest.param('全年主动公开政府信息1200条。其中，规范性文件类30条。', 2022,
                 ['proactive count 1200 [year] «1200条»', 'proactive count 30 [breakdown] (category) «30条»'],
                 ['proactive_items 1200', 'proactive_items 30 (breakdown: 规范性文件类)'], id='opens-with-qizhong'),
    pytest.param('截至2014年底，累计主动公开政府信息12658条。其中，2014年度主动公开1904条。', 2014,
                 ['proactive count 12658 [cumulative] «12658条»', 'proactive count 1904 [breakdown;this_year;year] «1904条»'],
                 ['proactive_items 12658 (cumulative)', 'proactive_items 1904'], id='opens-with-baokuo-after-a-stock'),
    pytest.param('各乡镇主动公开政府信息1037条，占21%。', 2022,
                 ['proactive count 1037 [area;breakdown] «1037条»'],
                 ['proactive_items 1037 (breakdown)'], id='share-of-a-total'),
    pytest.param('县政府本级560条，县直各部门4320条，全县合计主动公开4880条。', 2022,
                 ['proactive count 4880 [area] «4880条»'],
                 ['proactive_items 4880'], id='grand-total-after-parts'),
    pytest.param('本年度收到政府信息公开申请：网上申请12件、当面申请3件，共计15件。', 2022,
                 ['applications count 12 [breakdown;channel_app;year] «12件»', 'applications count 3 [breakdown;channel_app] «3件»', 'applications count 15 [] (total) «15件»'],
                 ['applications_received 12 (breakdown)', 'applications_received 15', 'applications_received 3 (breakdown)'], id='total-of-the-same-topic'),
    pytest.param('全年共受理政府信息公开申请20件，其中予以公开12件；部分公开3件。', 2022,
                 ['applications count 20 [year] «20件»', 'granted count 12 [breakdown] «12件»', 'partial count 3 [] «3件»'],
                 ['applications_granted 12', 'applications_partial 3', 'applications_received 20'], id='semicolon-ends-the-parts'),
    pytest.param('本年度受理政府信息公开申请10件，无法提供7件（本机关不掌握相关政府信息6件、信息不存在1件）。', 2022,
                 ['applications count 10 [year] «10件»', 'unable count 7 [] «7件»', 'unable count 6 [breakdown] «6件»', 'other_reply count 1 [breakdown] «1件»'],
                 ['applications_received 10', 'applications_unable 6 (breakdown)', 'applications_unable 7'], id='parts-in-parentheses'),
    pytest.param('全年主动公开政府信息560条（其中政策解读30条），通过政务微博发布信息200条。', 2022,
                 ['proactive count 560 [year] «560条»', 'published count 200 [channel_social] «200条»'],
                 ['proactive_items 200 (channel)', 'proactive_items 560'], id='qizhong-inside-parentheses'),
    pytest.param('主动公开工作扎实推进，全年公开政府信息共228条。', 2022,
                 ['proactive count 228 [year] (verb) «228条»'],
                 ['proactive_items 228'], id='proactive-verb-earlier'),
    pytest.param('2021年以来，我局持续推进政务公开。截至2021年12月31日，主动公开政府信息394条。', 2021,
                 ['proactive count 394 [year_context;year_end] «394条»'],
                 ["proactive_items 394 (judgement: 截至 the year's end)"], id='year-context-before-year-end'),
    pytest.param('我局持续推进政务公开。截至2021年12月31日，主动公开政府信息394条。', 2021,
                 ['proactive count 394 [year_end] «394条»'],
                 ["proactive_items 394 (cumulative or the year's? (截至 the year's end, no other sign of the period))"], id='year-end-without-context'),
    pytest.param('（三）依申请公开情况\n全年共收到申请15件。', 2022,
                 ['applications count 15 [year] @applications «15件»'],
                 ['applications_received 15'], id='line-heading-gives-applications'),
    pytest.param('（一）主动公开政府信息的数量2012年，我局主动公开政府信息156条。', 2012,
                 ['proactive count 156 [own;this_year] @proactive «156条»'],
                 ['proactive_items 156'], id='outline-marker-title'),
    pytest.param('（二）重点领域信息公开情况\n全年共收到申请15件。', 2022,
                 [],
                 [], id='heading-about-something-else'),
    pytest.param('2022年结转2件。', 2023,
                 ['carried_over count 2 [] (year named) «2件»'],
                 ['applications_carried_over 2'], id='carried-sentence-without-topic'),
    pytest.param('本年度共受理政府信息公开申请12件。其中予以公开8件，不予公开4件。', 2022,
                 ['applications count 12 [year] «12件»', 'granted count 8 [breakdown] «8件»', 'denied count 4 [breakdown] «4件»'],
                 ['applications_denied 4', 'applications_granted 8', 'applications_received 12'], id='two-sentences-one-applications'),
    pytest.param('全年主动公开政府信息1200条，其中通过门户网站公开1000条；全年受理政府信息公开申请12件。', 2022,
                 ['proactive count 1200 [year] «1200条»', 'published count 1000 [breakdown;channel_web] «1000条»', 'applications count 12 [year] «12件»'],
                 ['applications_received 12', 'proactive_items 1000 (breakdown)', 'proactive_items 1200'], id='count-after-breakdown-keeps-parent'),
    pytest.param('本年度，我局持续推进政务公开。截至2021年12月31日，主动公开政府信息394条。', 2021,
                 ['proactive count 394 [year_context;year_end] «394条»'],
                 ["proactive_items 394 (judgement: 截至 the year's end)"], id='this-year-before-year-end'),
    pytest.param('全年，我局持续推进政务公开。截至2021年12月31日，主动公开政府信息394条。', 2021,
                 ['proactive count 394 [year_context;year_end] «394条»'],
                 ["proactive_items 394 (judgement: 截至 the year's end)"], id='whole-year-before-year-end'),
    pytest.param('今年以来，我局持续推进政务公开。截至2021年12月31日，主动公开政府信息394条。', 2021,
                 ['proactive count 394 [year_context;year_end] «394条»'],
                 ["proactive_items 394 (judgement: 截至 the year's end)"], id='since-this-year-before-year-end'),
    pytest.param('本年以来，我局持续推进政务公开。截至2021年12月31日，主动公开政府信息394条。', 2021,
                 ['proactive count 394 [year_context;year_end] «394条»'],
                 ["proactive_items 394 (judgement: 截至 the year's end)"], id='since-the-year-before-year-end'),
    pytest.param('全年受理政府信息公开申请20件，县政府本级主动公开政府信息560条，县直各部门主动公开政府信息4320条，'
                 '全县合计主动公开政府信息4880条。', 2022,
                 ['applications count 20 [year] «20件»', 'proactive count 560 [breakdown;own] «560条»',
                  'proactive count 4320 [area;breakdown] «4320条»', 'proactive count 4880 [area] (total) «4880条»'],
                 ['applications_received 20', 'proactive_items 4320 (breakdown)', 'proactive_items 4880',
                  'proactive_items 560 (breakdown)'], id='grand-total-of-named-parts-not-of-another-topic'),
    pytest.param('截至2022年底，累计主动公开政府信息12000条（其中本年度主动公开1500条）。', 2022,
                 ['proactive count 12000 [cumulative] «12000条»', 'proactive count 1500 [breakdown;year] «1500条»'],
                 ['proactive_items 12000 (cumulative)', 'proactive_items 1500'], id='the-years-part-of-a-stock-in-parentheses'),
    pytest.param('本年度主动公开政府信息1200条，其中本年度通过政府网站公开1000条。', 2022,
                 ['proactive count 1200 [year] «1200条»', 'published count 1000 [breakdown;channel_web;year] «1000条»'],
                 ['proactive_items 1000 (breakdown)', 'proactive_items 1200'], id='the-years-part-of-the-years-count'),
    pytest.param('全年受理政府信息公开申请20件，包括网上申请12件、当面申请8件。', 2022,
                 ['applications count 20 [year] «20件»', 'applications count 12 [breakdown;channel_app] «12件»',
                  'applications count 8 [breakdown;channel_app] «8件»'],
                 ['applications_received 12 (breakdown)', 'applications_received 20', 'applications_received 8 (breakdown)'],
                 id='baokuo-starts-the-parts'),
    pytest.param('我局高度重视政务公开，认真做好行政复议应诉工作，全年受理政府信息公开申请5件。', 2022,
                 ['applications count 5 [about_disclosure;year] «5件»'],
                 ['applications_received 5'], id='no-negation-earlier-no-none'),
]


@pytest.mark.parametrize("raw, year, statements, figures", CASES)
def test_statements_of_sentences(raw, year, statements, figures):
    """The statements and the figures of one passage."""
    sts, figs, _ = read(raw, year)
    assert (sts, figs) == (statements, figures)




def test_statements_table_of_a_report():
    """Every feature of every statement of a short report: its value and unit, its spans
    (number, clause), sentence, outcome, parent, how its topic was found, the section,
    scope, the other topics and cue words of its clause, and its evidence."""
    text, _ = clean_text(REPORT)
    t = statements_table(text, sections=segment_text(text), year=2013)
    assert list(t.columns) == ["topic", "polarity", "value", "unit", "unit_word", "approx", "start", "end",
                               "clause_start", "clause_end", "sentence", "outcome", "parent", "inherited",
                               "section_kind", "scope", "others", "cues", "combined", "evidence"]
    assert ["|".join(str(x) for x in r) for r in t.itertuples(index=False)] == [
    'proactive|count|1500.0|items|条|True|74|79|63|79|2|False|||overview|about_disclosure;this_year;year||全年;主动公开||全年主动公开政府信息约1500条',
    'published|count|1200.0|items|条|False|90|95|80|95|2|False|proactive||overview|breakdown;channel_web||其中;门户网;公开||其中通过门户网站公开1200条',
    'published|count|300.0|items|条|True|106|111|96|112|2|False|proactive||overview|breakdown;channel_social||微博发布||通过政务微博发布信息300余条。',
    'applications|count|12.0|applications|件|False|136|139|123|156|4|False|||applications|year||全年;政府信息公开申请||全年共受理政府信息公开申请12件(其中当面申请4件、网上申请8件)',
    'applications|count|4.0|applications|件|False|146|148|123|156|4|False|applications||applications|breakdown;channel_app|applications_generic|其中;当面;申请||全年共受理政府信息公开申请12件(其中当面申请4件、网上申请8件)',
    'applications|count|8.0|applications|件|False|153|155|123|156|4|False|applications||applications|breakdown;channel_app|applications_generic|网上申请||全年共受理政府信息公开申请12件(其中当面申请4件、网上申请8件)',
    'granted|count|8.0|applications|件|False|161|163|157|163|4|False|||applications|||予以公开||予以公开8件',
    'denied|count|1.0|applications|件|False|168|170|164|170|4|False|||applications|||不予公开||不予公开1件',
    'other_reply|count|3.0|applications|件|False|184|186|172|187|4|False|||applications|||信息不存在;非本机关||信息不存在、非本机关”的3件。',
    'carried_over|count|2.0|applications|件|False|193|195|187|195|5|False|||applications||applications_generic|上年结转;申请||上年结转申请2件',
    'fees|none|0.0|money||False|215|222|212|223|7|False|||fees|disclosure_context||本年度;未;收取;费用||本年度未收取任何费用。',
    'lawsuits|count|1.0|cases|件|False|260|262|238|262|9|False|||review_litigation|about_disclosure;disclosure;year||各||全年因政府信息公开引起的行政复议、行政诉讼各1件',
    'reconsiderations|count|1.0|cases|件|False|260|262|238|262|9|False|||review_litigation|about_disclosure;disclosure;year|lawsuits|全年;政府信息公开;行政复议;行政诉讼||全年因政府信息公开引起的行政复议、行政诉讼各1件',
    'reconsiderations|count|1.0|cases|件|False|270|272|263|273|9|True|||review_litigation|disclosure_context||行政复议;被纠||行政复议被纠错1件。',
    'lawsuits|count|2.0|cases|件|False|279|281|273|281|10|False|||review_litigation|not_disclosure||行政诉讼||另有行政诉讼2件',
    'lawsuits|none|0.0|cases||False|279|281|273|281|10|False||unrelated|review_litigation|disclosure||||另有行政诉讼2件',
    ]


def _features(raw: str, year: int = 2022) -> list[str]:
    """topic value parent inherited sentence section_kind of each statement of a passage."""
    text, _ = clean_text(raw)
    t = statements_table(text, sections=segment_text(text), year=year)
    return [f"{r.topic} {r.value:g} parent={r.parent} inherited={r.inherited} sentence={r.sentence} kind={r.section_kind}"
            for r in t.itertuples(index=False)]


@pytest.mark.parametrize("raw, features", [
    pytest.param('县政府本级主动公开政府信息560条，县直各部门主动公开政府信息4320条，全县合计主动公开政府信息4880条。',
                 ['proactive 560 parent=proactive inherited= sentence=0 kind=',
                  'proactive 4320 parent=proactive inherited= sentence=0 kind=',
                  'proactive 4880 parent= inherited=total sentence=0 kind='], id='parts-of-a-grand-total'),
    pytest.param('本年度受理政府信息公开申请3119件，答复3050件（含上年度结转34件）。',
                 ['applications 3119 parent= inherited= sentence=0 kind=',
                  'carried_over 34 parent=other inherited= sentence=0 kind='], id='part-of-a-number-read-as-no-count'),
    pytest.param('各乡镇主动公开政府信息1037条，占21%。',
                 ['proactive 1037 parent=proactive inherited= sentence=0 kind='], id='share-of-the-proactive-total'),
    pytest.param('本年度通过网上提交政府信息公开申请12件，占80%。',
                 ['applications 12 parent=applications inherited= sentence=0 kind='], id='share-of-the-requests'),
    pytest.param('二、依申请公开情况\n本年度受理政府信息公开申请6件，全部予以公开。',
                 ['applications 6 parent= inherited= sentence=1 kind=applications',
                  'granted 6 parent=applications inherited=all of the requests sentence=1 kind=applications'],
                 id='all-granted-under-a-heading'),
])
def test_parents_and_places_of_statements(raw, features):
    """Which count a part belongs to (a total's topic, the count before its parentheses,
    "other" when that number counts nothing, the total a share is of), how a topic was
    found, and the sentence and section a statement stands in."""
    assert _features(raw) == features
