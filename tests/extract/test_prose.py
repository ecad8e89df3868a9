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
                 ['proactive count 1200 [this_year] «1200条»'],
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
    pytest.param('2020年，县应急管理局通过县政府门户网站公开信息156条，通过“桃岭应急”微信公众号发布203条，通过政务微博发布97条。', 2020,
                 ['published count 156 [channel_web;this_year] «156条»', 'published count 203 [channel_social] «203条»',
                  'published count 97 [channel_social] «97条»'],
                 ['proactive_items 156 (channel)', 'proactive_items 203 (channel)', 'proactive_items 97 (channel)'],
                 id='a-website-beside-accounts-that-publish-with-no-noun'),
    pytest.param('2019年，集团公司通过集团官网发布线路调整、票价优惠等信息312条，通过“朔河公交”微信公众号推送信息200条。', 2019,
                 ['published count 312 [channel_web;this_year] «312条»', 'published count 200 [channel_social] «200条»'],
                 ['proactive_items 200 (channel)', 'proactive_items 312 (channel)'], id='a-company-website-and-items-pushed'),
    pytest.param('一、主动公开情况。通过县政府门户网站镇级专栏公开信息54条，通过镇、村两级政务公开栏公开信息37条。', 2013,
                 ['published count 54 [channel_web] @proactive «54条»', 'published count 37 [channel_web] @proactive «37条»'],
                 ['proactive_items 37 (channel)', 'proactive_items 54 (channel)'], id='a-website-and-noticeboards-no-total'),
    pytest.param('2022年，我局通过门户网站主动公开政府信息245条，通过微信公众号推送信息312条。', 2022,
                 ['proactive count 245 [channel_web;own;this_year] «245条»', 'published count 312 [channel_social] «312条»'],
                 ['proactive_items 245', 'proactive_items 312 (channel)'], id='proactive-on-the-website-beside-items-pushed'),
    pytest.param('二、主动公开政府信息情况\n全年通过局门户网站、“平安峤南”政务微博和微信公众号主动公开各类信息1,284条，其中门户网站公开472条，'
                 '政务微博公开503条，政务微信公开309条。', 2017,
                 ['proactive count 1284 [year] @proactive «1,284条»', 'published count 472 [breakdown;channel_social;channel_web] @proactive «472条»',
                  'published count 503 [breakdown;channel_social] @proactive «503条»', 'published count 309 [breakdown;channel_social] @proactive «309条»'],
                 ['proactive_items 1284', 'proactive_items 309 (channel)', 'proactive_items 472 (channel)', 'proactive_items 503 (channel)'],
                 id='the-channels-listed-with-an-accounts-name-then-their-parts'),
    pytest.param('2010年，全区各级行政机关共主动公开政府信息5126条，受理依申请公开64件。现将我局2010年政府信息公开工作情况报告如下：\n'
                 '二、依申请公开情况\n全年收到政府信息公开申请3件。', 2010,
                 ['proactive count 5126 [area;this_year] «5126条»', 'applications count 64 [area] «64件»',
                  'applications count 3 [year] @applications «3件»'],
                 ["applications_received 3 (judgement: the agency's own, not the whole area's)",
                  "applications_received 64 (the whole area (the agency's own stated))", 'proactive_items 5126'],
                 id='a-clause-opening-with-its-verb-goes-on-with-the-areas-subject'),
    pytest.param('三、依申请公开情况\n全年共收到信息公开申请3件，均予以公开。另受理患者复印病历等病案服务申请2,460人次，不属于信息公开申请。', 2022,
                 ['applications count 3 [year] @applications «3件»', 'granted count 3 [year] (all of the requests) @applications «均予以公开。»',
                  'applications count 2460 [not_counted] @applications «2,460人次»'],
                 ['applications_granted 3', 'applications_received 2460 (said not counted)', 'applications_received 3'],
                 id='requests-said-to-be-no-disclosure-requests'),
    pytest.param('三、依申请公开政府信息情况\n本年度新收政府信息公开申请三件，另有2009年12月受理、上年结转的申请一件。上述四件申请均已办结，'
                 '其中同意公开两件，同意部分公开一件，不予公开一件（涉及第三方商业秘密）。', 2010,
                 ['applications count 3 [year] @applications «三件»', 'carried_over count 1 [] @applications «一件»',
                  'applications count 4 [named_before] (after) @applications «四件»', 'granted count 2 [breakdown] @applications «两件»',
                  'partial count 1 [breakdown] @applications «一件»', 'denied count 1 [breakdown] @applications «一件»'],
                 ['applications_carried_over 1', 'applications_denied 1', 'applications_granted 2', 'applications_partial 1',
                  'applications_received 3', 'applications_received 4 (named before)'], id='the-requests-named-again-with-their-number'),
    pytest.param('全年镇政府主动公开信息条目一百零三条，主要涉及惠农补贴发放。', 2015,
                 ['proactive count 103 [year] «一百零三条»'], ['proactive_items 103'], id='entries-of-information-are-no-kind'),
    pytest.param('一、主动公开情况\n今年我乡共公开三十二条信息。', 2016,
                 ['published count 32 [own;year] @proactive «三十二条»'], ['proactive_items 32'],
                 id='a-chinese-numeral-before-the-items-it-counts'),
    pytest.param('二、依申请公开情况\n本年度我乡收到了三份申请，都是群众书面提出的。三份申请中，两份同意公开、一份部分公开，均按时答复申请人。', 2016,
                 ['applications count 3 [own;year] (after) @applications «三份»', 'applications count 3 [] (after) @applications «三份»',
                  'granted count 2 [] (after) @applications «两份»', 'partial count 1 [] (after) @applications «一份»'],
                 ['applications_granted 2', 'applications_partial 1', 'applications_received 3', 'applications_received 3 (candidate)'],
                 id='replies-named-after-their-counts-each-its-own'),
    pytest.param('五、因政府信息公开申请行政复议、提起行政诉讼的情况\n全年因政府信息公开申请被申请行政复议1件，复议机关维持了我局的答复决定；'
                 '申请人不服复议决定，向市中级人民法院提起行政诉讼1件，法院一审判决驳回其诉讼请求。', 2014,
                 ['reconsiderations count 1 [disclosure;respondent;year] @review_litigation «1件»',
                  'lawsuits count 1 [disclosure_context] @review_litigation «1件»'],
                 ['lawsuits 1', 'reconsiderations 1'], id='a-suit-brought-to-a-court-is-the-agencys-own'),
    pytest.param('三、复议诉讼及收费情况\n全年复议零件、诉讼零件。依申请公开工作不收费。', 2016,
                 ['reconsiderations count 0 [disclosure_context;year] @review_litigation «零件»',
                  'lawsuits count 0 [disclosure_context] @review_litigation «零件»',
                  'fees none 0 [disclosure_context] @review_litigation «不收费»'],
                 ['fees_yuan 0', 'lawsuits 0', 'reconsiderations 0'], id='no-fee-for-requests-under-a-heading-of-cases'),
    pytest.param('六、其他需要报告的事项\n本年度依据《政府信息公开信息处理费管理办法》，对1件申请量明显超出合理范围的申请收取信息处理费0.02万元；'
                 '另有1件申请人逾期未缴纳费用，本机关不再处理。', 2022,
                 ['applications count 1 [about_disclosure;answered;year] (after) @other «1件»', 'fees count 200 [disclosure] @other «0.02万元»',
                  'fees count 1 [disclosure_context] (after) @other «1件»'],
                 ["applications_received 1 (not the year's figure: answered, not received)", 'fees_yuan 200'],
                 id='a-fee-after-a-count-whose-noun-follows-it'),
    pytest.param('三、依申请公开政府信息情况\n2016—2018年三年间，我局共受理政府信息公开申请57件。2018年受理申请21件，较上年增加5件。', 2018,
                 ['applications count 57 [cumulative;own] @applications «57件»', 'applications count 21 [this_year] @applications «21件»'],
                 ['applications_received 21', 'applications_received 57 (cumulative)'],
                 id='a-span-of-years-ending-in-the-year-is-no-years-count'),
    pytest.param('三、行政复议和行政诉讼情况\n本机关因政府信息公开被申请行政复议1件（全县9件），结果为维持；本机关未被提起行政诉讼（全县4件）。', 2018,
                 ['reconsiderations count 1 [about_disclosure;disclosure;own;respondent] @review_litigation «1件»',
                  'lawsuits none 0 [disclosure_context;own] @review_litigation «未被提起行政诉讼»',
                  'lawsuits count 4 [area;breakdown;disclosure_context;respondent] @review_litigation «4件»'],
                 ['lawsuits 0', 'lawsuits 4 (breakdown)', 'reconsiderations 1'], id='the-areas-count-in-brackets-after-the-agencys-none'),
    pytest.param('五、因政府信息公开申请行政复议、提起行政诉讼情况\n全年因政府信息公开被申请行政复议1件，经复议维持我局答复。'
                 '该申请人在复议后提起行政诉讼1件，一审判决驳回其诉讼请求。', 2017,
                 ['reconsiderations count 1 [about_disclosure;disclosure;respondent;year] @review_litigation «1件»',
                  'lawsuits count 1 [disclosure_context] @review_litigation «1件»'],
                 ['lawsuits 1 (judgement: the only lawsuit named was brought after review: taken as all)', 'reconsiderations 1'],
                 id='the-only-suit-named-was-brought-after-review'),
    pytest.param('三、行政复议、行政诉讼情况\n2011年，发生政府信息公开行政复议1件，经县政府复议维持我局答复；本年度未发生行政诉讼。'
                 '2008年以来，我局因政府信息公开共被申请行政复议3件，被提起行政诉讼1件（2010年，法院判决维持）。', 2011,
                 ['reconsiderations count 1 [about_disclosure;disclosure;this_year] @review_litigation «1件»',
                  'lawsuits none 0 [disclosure_context] @review_litigation «未发生行政诉讼»',
                  'reconsiderations count 3 [about_disclosure;cumulative;disclosure;other_year;own;respondent] @review_litigation «3件»',
                  'lawsuits count 1 [cumulative;disclosure_context;respondent] @review_litigation «1件»'],
                 ['lawsuits 0', 'lawsuits 1 (cumulative)', 'reconsiderations 1', 'reconsiderations 3 (another year)'],
                 id='a-clause-opening-with-its-verb-goes-on-with-a-cumulative-subject'),
    pytest.param('柏川县人民政府2015年政府信息公开工作年度报告\n本报告由县政府办公室编制，包括全县政府信息公开工作情况和县政府本级（县政府及县政府办公室）'
                 '政府信息公开情况。\n一、主动公开政府信息情况\n2015年，全县共主动公开政府信息15230条，其中县政府本级主动公开2104条。\n'
                 '二、依申请公开政府信息情况\n全县共受理政府信息公开申请96件，其中县政府本级受理12件。\n'
                 '四、因政府信息公开申请行政复议、提起行政诉讼情况\n全县因政府信息公开引发行政复议4件，其中以县人民政府为被申请人的1件，经市政府复议维持。', 2015,
                 ['proactive count 15230 [area;this_year] @proactive «15230条»', 'proactive count 2104 [breakdown;own] @proactive «2104条»',
                  'applications count 96 [area] @applications «96件»',
                  "applications count 12 [breakdown;own] (the agency's own part) @applications «12件»",
                  'reconsiderations count 4 [about_disclosure;area;disclosure] @applications «4件»',
                  'reconsiderations count 1 [breakdown;disclosure_context;respondent] (a part naming its respondent) @applications «1件»'],
                 ["applications_received 12 (judgement: the agency's own, not the whole area's)",
                  "applications_received 96 (the whole area (the agency's own stated))",
                  "proactive_items 15230 (the whole area (the agency's own stated))",
                  "proactive_items 2104 (judgement: the agency's own, not the whole area's)",
                  "reconsiderations 1 (judgement: the agency's own, named as the respondent)",
                  "reconsiderations 4 (the whole area (the agency's own stated))"],
                 id='a-government-report-that-tells-its-own-level-from-the-countys'),
    pytest.param('苇塘县人民政府2017年政府信息公开工作年度报告\n本报告包括全县政府信息公开工作情况和县政府本级政府信息公开情况。\n'
                 '二、依申请公开政府信息情况\n县政府本级共受理政府信息公开申请17件。全县共受理政府信息公开申请134件。\n'
                 '三、政府信息公开的收费及减免情况\n全县各级行政机关均未收取政府信息公开费用。\n'
                 '四、因政府信息公开申请行政复议、提起行政诉讼情况\n全县因政府信息公开被申请行政复议5件，被提起行政诉讼2件。', 2017,
                 ['applications count 17 [own] @applications «17件»', 'applications count 134 [area] @applications «134件»',
                  'fees none 0 [disclosure] @fees «均未收取政府信息公开费用»',
                  'reconsiderations count 5 [about_disclosure;area;disclosure;respondent] @review_litigation «5件»',
                  'lawsuits count 2 [area;disclosure_context;respondent] @review_litigation «2件»'],
                 ["applications_received 134 (the whole area (the agency's own stated))",
                  "applications_received 17 (judgement: the agency's own, not the whole area's)", 'fees_yuan 0',
                  'lawsuits 2 (the whole area (the report tells its own level apart))',
                  'reconsiderations 5 (the whole area (the report tells its own level apart))'],
                 id='the-countys-cases-alone-in-a-report-that-tells-its-own-level-apart'),
    pytest.param('2012年，全市各级行政机关共主动公开政府信息48650条，同比增长9.6%；共受理政府信息公开申请612件。\n三、依申请公开情况\n'
                 '市政府办公室本级受理政府信息公开申请23件。', 2012,
                 ['proactive count 48650 [area;this_year] «48650条»', 'applications count 612 [area] «612件»',
                  'applications count 23 [own] @applications «23件»'],
                 ["applications_received 23 (judgement: the agency's own, not the whole area's)",
                  "applications_received 612 (the whole area (the agency's own stated))",
                  "proactive_items 48650 (the whole area (the agency's own stated for another measure))"],
                 id='the-areas-subject-goes-on-past-a-clause-with-no-count'),
    pytest.param('某某区人民政府2020年政府信息公开工作年度报告\n一、总体情况\n2020年，全区共收到政府信息公开申请312件，其中以区政府名义收到申请17件。', 2020,
                 ['applications count 312 [area;this_year] @overview «312件»', 'applications count 17 [breakdown;own] @overview «17件»'],
                 ["applications_received 17 (judgement: the agency's own, not the whole area's)",
                  "applications_received 312 (the whole area (the agency's own stated))"],
                 id='requests-in-the-governments-name-are-its-own'),
    pytest.param('某某县石门镇人民政府2019年政府信息公开工作年度报告\n一、总体情况\n全年我镇共主动公开政府信息188条，占全县乡镇公开总量的8.5%。'
                 '全年收到政府信息公开申请2件，均已予以公开。全县各乡镇共收到政府信息公开申请51件。', 2019,
                 ['proactive count 188 [own;year] @overview «188条»', 'applications count 2 [year] @overview «2件»',
                  'granted count 2 [year] (all of the requests) @overview «均已予以公开。»', 'applications count 51 [area] @overview «51件»'],
                 ['applications_granted 2', 'applications_received 2', "applications_received 51 (another agency's: a superior's)",
                  'proactive_items 188'],
                 id='a-townships-own-counts-beside-its-countys'),
    pytest.param('某某县石门镇人民政府2019年政府信息公开工作年度报告\n一、总体情况\n全年收到政府信息公开申请2件，均已予以公开。全年，全\n'
                 '县各乡镇共收到政府信息公开申请51件，同比增长12%。', 2019,
                 ['applications count 2 [year] @overview «2件»', 'granted count 2 [year] (all of the requests) @overview «均已予以公开。»',
                  'applications count 51 [area;year] @overview «51件»'],
                 ['applications_granted 2', 'applications_received 2', "applications_received 51 (another agency's: a superior's)"],
                 id='the-countys-count-across-a-pdf-line-wrap-in-a-townships-report'),
    pytest.param('某某市人民政府2016年政府信息公开工作年度报告\n本报告由市政府办公室根据各县（市、区）政府和市政府各部门年度报告汇总编制。\n'
                 '三、依申请公开政府信息情况\n2016年，全市共收到政府信息公开申请860件，其中市本级312件。', 2016,
                 ['applications count 860 [area;this_year] @applications «860件»', "applications count 312 [breakdown;own] (the agency's own part) @applications «312件»"],
                 ['applications_received 312 (breakdown)', 'applications_received 860'], id='a-report-compiled-from-its-areas-reports-is-its-areas'),
    pytest.param('本年度通过医院网站、微信公众号、院内电子屏公开医院概况、诊疗科目、医疗服务价格等，共计二百零六条。', 2023,
                 ['published count 206 [year] (subject) «二百零六条»'], ['proactive_items 206'],
                 id='a-total-of-the-items-listed-in-the-clause-before'),
    pytest.param('县政府办公室全年主动公开政府信息1342条，其中县政府文件、县政府办公室文件合计96件。', 2020,
                 ['proactive count 1342 [year] «1342条»', 'proactive count 96 [breakdown] (total) «96件»'],
                 ['proactive_items 1342', 'proactive_items 96 (breakdown)'],
                 id='a-total-within-the-parts-after-a-count-is-one-of-its-parts'),
    pytest.param('柘川市公安局2021年政府信息公开工作年度报告\n2021年，市公安局通过门户网站、“平安柘川”政务微博和微信公众号主动公开各类警务信息2376条。', 2021,
                 ['proactive count 2376 [about_disclosure;category;this_year;year] «2376条»'],
                 ["proactive_items 2376 (judgement: one kind of information, the agency's own field: its whole output)"],
                 id='police-information-is-a-police-bureaus-whole-output'),
    pytest.param('某某市水务集团有限公司2021年度信息公开工作报告\n全年通过官方网站主动公开企业信息120条，其中招标采购公告35条。集团所属8家子公司另行公开信息410条。', 2021,
                 ['proactive count 120 [about_disclosure;category;channel_web;this_year;year] «120条»', 'published count 410 [subunit] «410条»'],
                 ['proactive_items 120', 'proactive_items 410 (part of the agency)'],
                 id='a-companys-own-information-and-its-subsidiaries'),
    pytest.param('某某市燃气集团有限公司2021年度信息公开工作报告\n全年通过官方网站主动公开企业信息96条。集团所属5家子公司另行公开信息230条。', 2021,
                 ['proactive count 96 [about_disclosure;category;channel_web;this_year;year] «96条»', 'published count 230 [subunit] «230条»'],
                 ["proactive_items 230 (part of the agency)",
                  "proactive_items 96 (judgement: one kind of information, the agency's own field: its whole output)"],
                 id='a-companys-own-information-is-its-whole-output'),
    pytest.param('柘岚市公共资源交易中心2021年政府信息公开工作年度报告\n2021年，本中心全年主动公开交易公告、中标（成交）结果、合同履约等各类交易信息6,482条，同比增长11.2%。', 2021,
                 ['proactive count 6482 [about_disclosure;category;this_year;year] «6,482条»'],
                 ["proactive_items 6482 (judgement: one kind of information, the agency's own field: its whole output)"],
                 id='every-kind-of-its-own-fields-information-listed-before-the-count'),
    pytest.param('临渚县卫生健康委员会2020年政府信息公开工作年度报告\n一、总体情况\n2020年，全县卫生健康系统主动公开疫情防控等信息2,860条，其中县卫健委主动公开政府信息1,104条。', 2020,
                 ['proactive count 2860 [area;this_year] @overview «2,860条»', 'proactive count 1104 [breakdown] @overview «1,104条»'],
                 ["proactive_items 1104 (judgement: the agency's own, not the whole area's)", "proactive_items 2860 (the whole area (the agency's own stated))"],
                 id='a-part-naming-the-agency-by-its-short-name-at-its-level'),
    pytest.param('临渚县卫生健康委员会2020年政府信息公开工作年度报告\n一、总体情况\n2020年，全县卫生健康系统主动公开疫情防控等信息2,860条，其中市卫健委主动公开政府信息1,104条。', 2020,
                 ['proactive count 2860 [area;this_year] @overview «2,860条»', 'proactive count 1104 [breakdown] @overview «1,104条»'],
                 ['proactive_items 1104 (breakdown)', 'proactive_items 2860'],
                 id='the-short-name-at-another-level-is-not-the-agency'),
    pytest.param('柘岚市财政局2021年政府信息公开工作年度报告\n2021年，本局全年主动公开预算公开、政府采购、资产管理等各类交易信息482条。', 2021,
                 ['proactive count 482 [about_disclosure;category;own;this_year;year] «482条»'],
                 ['proactive_items 482 (category)'],
                 id='every-kind-of-a-field-not-its-own-is-a-category'),
    pytest.param('璟水县人民政府办公室2014年政府信息公开工作年度报告\n二、依申请公开情况\n2014年，全县各级行政机关共收到政府信息公开申请87件，'
                 '其中县政府办公室收到14件。全县申请办理结果为：同意公开61件，同意部分公开9件，不予公开5件。\n三、复议诉讼情况\n'
                 '全县行政诉讼2件，县政府办公室未被起诉。', 2014,
                 ['applications count 87 [area;this_year] @applications «87件»', 'applications count 14 [breakdown] (section) @applications «14件»',
                  'granted count 61 [area] @applications «61件»', 'partial count 9 [area] @applications «9件»',
                  'denied count 5 [area] @applications «5件»', 'lawsuits count 2 [area;disclosure_context] @review_litigation «2件»',
                  'lawsuits none 0 [disclosure_context] @review_litigation «未被起诉»'],
                 ["applications_denied 5 (the whole area (the agency's own stated for another measure))",
                  "applications_granted 61 (the whole area (the agency's own stated for another measure))",
                  "applications_partial 9 (the whole area (the agency's own stated for another measure))",
                  "applications_received 14 (judgement: the agency's own, not the whole area's)",
                  "applications_received 87 (the whole area (the agency's own stated))",
                  "lawsuits 0 (judgement: the agency's own, named as the respondent)",
                  "lawsuits 2 (the whole area (the agency's own stated))"],
                 id='the-areas-replies-after-a-colon-beside-the-offices-own-requests'),
    pytest.param('澄溪职业技术学院2022—2023学年信息公开工作年度报告\n二、依申请公开情况\n本学年共受理信息公开申请9件，其中上学年结转2件、'
                 '本学年新收7件。同意公开8件，不予公开1件。本学年无结转至下学年办理的申请。', 2023,
                 ['applications count 9 [year] @applications «9件»', 'carried_over count 2 [breakdown] @applications «2件»',
                  'applications count 7 [breakdown;year] @applications «7件»', 'granted count 8 [] @applications «8件»',
                  'denied count 1 [] @applications «1件»', 'carried_forward none 0 [disclosure_context] @applications «无结转至下学年»'],
                 ['applications_carried_forward 0', 'applications_carried_over 2', 'applications_denied 1', 'applications_granted 8',
                  'applications_received 7', 'applications_received 9 (caseload: new and carried over)'],
                 id='a-schools-academic-year-carried-over-and-forward'),
    pytest.param('一、依申请公开情况\n全年收到政府信息公开申请6件，其中同意公开3件；因涉及商业秘密不予公开1件，因涉及个人隐私不予公开2件。', 2011,
                 ['applications count 6 [year] @applications «6件»', 'granted count 3 [breakdown] @applications «3件»',
                  'denied count 1 [] @applications «1件»', 'denied count 2 [] @applications «2件»'],
                 ['applications_denied 1 (breakdown: one reason)', 'applications_denied 2 (breakdown: one reason)',
                  'applications_denied 3 (judgement: the counts of its reasons named in turn, summed)',
                  'applications_granted 3', 'applications_received 6'], id='one-kind-of-reply-for-two-reasons-in-turn'),
    pytest.param('一、依申请公开情况\n全年收到政府信息公开申请6件，不予公开3件，其中因涉及商业秘密不予公开1件，因涉及个人隐私不予公开2件。', 2011,
                 ['applications count 6 [year] @applications «6件»', 'denied count 3 [] @applications «3件»',
                  'denied count 1 [breakdown] @applications «1件»', 'denied count 2 [breakdown] @applications «2件»'],
                 ['applications_denied 1 (breakdown)', 'applications_denied 2 (breakdown)', 'applications_denied 3',
                  'applications_received 6'], id='one-kind-of-reply-then-its-reasons-as-parts'),
    pytest.param('岚溪县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n2021年，县政府主动公开政府信息1,876条；'
                 '全县各单位主动公开政府信息共计2.3万条。', 2021,
                 ['proactive count 1876 [breakdown;this_year] @overview «1,876条»', 'proactive count 23000 [area] (total) @overview «2.3万条»'],
                 ["proactive_items 1876 (judgement: the agency's own, not the whole area's)",
                  "proactive_items 23000 (the whole area (the agency's own stated))"], id='a-government-names-itself-by-its-level'),
    pytest.param('岚溪区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，区政府及区政府办公室主动公开政府信息2,746条；'
                 '全区各部门、各街道共主动公开政府信息21,580条。', 2024,
                 ['proactive count 2746 [this_year] @overview «2,746条»', 'proactive count 21580 [area] @overview «21,580条»'],
                 ["proactive_items 21580 (the whole area (the agency's own stated))",
                  "proactive_items 2746 (judgement: the agency's own, not the whole area's)"],
                 id='a-government-and-its-office-name-themselves-by-their-level'),
    pytest.param('岚溪县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n2021年，全县主动公开政府信息2.3万条，其中县政府公开办主动公开信息1,795条。', 2021,
                 ['proactive count 23000 [area;this_year] @overview «2.3万条»', 'proactive count 1795 [breakdown] @overview «1,795条»'],
                 ['proactive_items 1795 (breakdown)', 'proactive_items 23000'], id='a-governments-disclosure-office-is-not-the-government'),
    pytest.param('岚口镇人民政府2015年政府信息公开工作年度报告\n一、主动公开政府信息情况\n2015年，我镇全年共主动公开各类政府信息一百零六条。'
                 '全县2015年共主动公开政府信息18532条。', 2015,
                 ['proactive count 106 [own;this_year;year] @proactive «一百零六条»',
                  'proactive count 18532 [area;this_year] @proactive «18532条»'],
                 ['proactive_items 106', "proactive_items 18532 (another agency's: a superior's)"],
                 id='the-countys-count-of-a-year-in-a-townships-report'),
    pytest.param('二、依申请公开情况\n全年受理政府信息公开申请58件（另有上年结转3件），均已办结。', 2018,
                 ['applications count 58 [year] @applications «58件»', 'carried_over count 3 [breakdown] @applications «3件»'],
                 ['applications_carried_over 3', 'applications_received 58'], id='requests-carried-over-besides-the-new-ones'),
    pytest.param('二、依申请公开情况\n全年共收到信息公开申请4件。另办理病历复印申请2,376人次，未计入上述数据。\n四、收费情况\n'
                 '病历复印按物价部门核定标准收取工本费共计1.8万元。', 2021,
                 ['applications count 4 [year] @applications «4件»'],
                 ['applications_received 4'], id='a-hospitals-copies-of-medical-records-are-no-requests-nor-fees'),
    pytest.param('二、依申请公开情况\n共办理政府信息公开申请22件，其中网上申请12件，此外当面申请8件，上年结转2件。', 2018,
                 ['applications count 22 [] @applications «22件»', 'applications count 12 [breakdown;channel_app] @applications «12件»',
                  'applications count 8 [breakdown;channel_app] @applications «8件»', 'carried_over count 2 [breakdown] @applications «2件»'],
                 ['applications_carried_over 2', 'applications_received 12 (breakdown)',
                  'applications_received 20 (judgement: 22 including 2 carried over)',
                  'applications_received 22 (caseload: new and carried over)', 'applications_received 8 (breakdown)'],
                 id='besides-in-an-earlier-part-is-not-the-carried-ones'),
    # (re-read of the thirteenth session's rules: counter-examples that must not add, distribute or own)
    pytest.param('二、依申请公开情况\n全年收到申请5件，其中因属于内部事务信息不予公开2件，即属于内部事务信息不予公开的2件已告知申请人。', 2016,
                 ['applications count 5 [year] @applications «5件»', 'denied count 2 [breakdown] @applications «2件»',
                  'denied count 2 [breakdown] @applications «2件»'],
                 ['applications_denied 2', 'applications_denied 2 (candidate)', 'applications_received 5'],
                 id='one-reason-said-again-is-not-summed'),
    pytest.param('丰县人民政府2016年政府信息公开工作年度报告\n四、复议诉讼\n全县因政府信息公开被申请行政复议3件。县政府受理涉及政府信息公开的行政复议案件2件。', 2016,
                 ['reconsiderations count 3 [about_disclosure;area;disclosure;respondent] @review_litigation «3件»',
                  'reconsiderations count 2 [about_disclosure;disclosure] @review_litigation «2件»'],
                 ['reconsiderations 2 (candidate)', 'reconsiderations 3 (candidate)'], id='a-government-deciding-cases-is-not-their-respondent'),
    pytest.param('三、依申请公开情况\n本年度部分公开、不予公开均为3件以上，予以公开2件。', 2023,
                 ['partial count 3 [year] @applications «3件»', 'granted count 2 [] @applications «2件»'],
                 ['applications_granted 2', 'applications_partial 3 (combined kinds of reply)'], id='each-at-least-is-no-count-of-each'),
    pytest.param('三、依申请公开情况\n本年度予以公开和部分公开的申请合计均为4件。', 2023,
                 ['granted count 4 [year] @applications «4件»'],
                 ['applications_granted 4 (combined kinds of reply)'], id='a-sum-is-no-count-of-each'),
    pytest.param('某县统计局2022年政府信息公开工作年度报告\n二、依申请公开情况\n全年主动公开政府信息120条。本年度通过全市政府信息公开申请平台收到申请12件。', 2022,
                 ['proactive count 120 [year] @applications «120条»', 'applications count 12 [channel_web;year] @applications «12件»'],
                 ['applications_received 12', 'proactive_items 120'], id='the-citys-request-platform-is-a-channel-not-the-area'),
    pytest.param('二、依申请公开情况\n全年收到政府信息公开申请2件。其中1件申请公开道路工程图纸，经查本机关不掌握该图纸原件，已予以公开其复印件；'
                 '1件申请公开土地档案，经查本机关不掌握该信息。', 2022,
                 ['applications count 2 [year] @applications «2件»', 'granted count 1 [breakdown] (reply after its reason) @applications «1件»',
                  'unable count 1 [breakdown] (reply after its reason) @applications «1件»'],
                 ['applications_granted 1', 'applications_received 2', 'applications_unable 1'],
                 id='what-was-found-then-the-reply-given'),
    pytest.param('二、依申请公开情况\n全年受理信息公开申请2件，均已答复：提供信息1件；另1件涉及用户商业秘密，不予公开。', 2024,
                 ['applications count 2 [year] @applications «2件»', 'denied count 1 [] (reply after its reason) @applications «1件»'],
                 ['applications_denied 1', 'applications_received 2'], id='a-reply-after-what-the-request-concerned'),
    pytest.param('二、依申请公开情况\n全年收到政府信息公开申请2件。其中1件申请公开道路工程资金使用情况，予以公开；1件申请公开土地承包档案，'
                 '经查本机关不掌握该信息，已告知申请人。', 2022,
                 ['applications count 2 [year] @applications «2件»', 'granted count 1 [breakdown] (reply after its reason) @applications «1件»',
                  'unable count 1 [breakdown] (reply after its reason) @applications «1件»'],
                 ['applications_granted 1', 'applications_received 2', 'applications_unable 1'], id='a-reply-after-what-the-request-asked-for'),
    pytest.param('丰汇市人民政府办公室2016年政府信息公开工作年度报告\n2016年，全市各级行政机关共主动公开政府信息86,551条，受理政府信息公开申请1,032件，'
                 '因政府信息公开被申请行政复议41件。\n全年主动公开信息3,402条。\n四、行政复议和行政诉讼情况\n以市政府办公室为被申请人的行政复议3件（均维持）；'
                 '以市政府办公室为被告的行政诉讼2件（1件裁定驳回起诉、1件判决驳回诉讼请求）。', 2016,
                 ['proactive count 86551 [about_disclosure;area;this_year;year] «86,551条»', 'applications count 1032 [area] «1,032件»',
                  'reconsiderations count 41 [about_disclosure;area;disclosure;respondent] «41件»', 'proactive count 3402 [year] «3,402条»',
                  'reconsiderations count 3 [disclosure_context;respondent] @review_litigation «3件»',
                  'lawsuits count 2 [disclosure_context] @review_litigation «2件»',
                  'lawsuits count 1 [breakdown;disclosure_context] (after) @review_litigation «1件»',
                  'lawsuits count 1 [breakdown;disclosure_context] (after) @review_litigation «1件»'],
                 ["applications_received 1032 (the whole area (the agency's own stated for another measure))", 'lawsuits 1 (breakdown)', 'lawsuits 1 (breakdown)', 'lawsuits 2',
                  "proactive_items 3402 (judgement: the agency's own, not the whole area's)",
                  "proactive_items 86551 (the whole area (the agency's own stated))",
                  "reconsiderations 3 (judgement: the agency's own, not the whole area's)",
                  "reconsiderations 41 (the whole area (the agency's own stated))"],
                 id='a-government-office-named-as-respondent-beside-the-citys-counts'),
    pytest.param('凌波县人民政府办公室2017年政府信息公开工作年度报告\n2017年，全县共发生政府信息公开行政复议9件、行政诉讼4件。\n五、行政复议和行政诉讼情况\n'
                 '县政府办公室被申请行政复议1件，经市政府复议维持；被提起行政诉讼1件，法院判决驳回原告诉讼请求。', 2017,
                 ['reconsiderations count 9 [about_disclosure;area;disclosure;this_year;year] «9件»', 'lawsuits count 4 [area;disclosure] «4件»',
                  'reconsiderations count 1 [disclosure_context;respondent] @review_litigation «1件»',
                  'lawsuits count 1 [disclosure_context;respondent] @review_litigation «1件»'],
                 ["lawsuits 1 (judgement: the agency's own, not the whole area's)", "lawsuits 4 (the whole area (the agency's own stated))",
                  "reconsiderations 1 (judgement: the agency's own, not the whole area's)",
                  "reconsiderations 9 (the whole area (the agency's own stated))"], id='the-office-named-then-its-next-clause'),
    pytest.param('柳汀区政务服务数据管理局2020年政府信息公开工作年度报告\n二、政府信息公开行政复议、行政诉讼情况\n'
                 '全区因政府信息公开被申请行政复议7件、被提起行政诉讼4件。本局未被申请行政复议，也未被提起行政诉讼。', 2020,
                 ['reconsiderations count 7 [about_disclosure;area;disclosure;respondent] @review_litigation «7件»',
                  'lawsuits count 4 [area;disclosure;respondent] @review_litigation «4件»',
                  'reconsiderations none 0 [disclosure_context;own] @review_litigation «未被申请行政复议»',
                  'lawsuits none 0 [disclosure_context] @review_litigation «未被提起行政诉讼»'],
                 ["lawsuits 0 (judgement: the agency's own, not the whole area's)", "lawsuits 4 (the whole area (the agency's own stated))",
                  "reconsiderations 0 (judgement: the agency's own, not the whole area's)",
                  "reconsiderations 7 (the whole area (the agency's own stated))"], id='the-bureaus-none-then-its-second-none'),
    pytest.param('江北市自然资源和规划局2021年政府信息公开工作年度报告\n2021年，全市自然资源系统共主动公开政府信息21,560条，受理政府信息公开申请1,204件。'
                 '其中，本局（市本级）主动公开政府信息8,906条，同比增长6.4%。', 2021,
                 ['proactive count 21560 [about_disclosure;area;this_year;year] «21,560条»', 'applications count 1204 [area] «1,204件»',
                  'proactive count 8906 [breakdown;own] «8,906条»'],
                 ["applications_received 1204 (the whole area (the agency's own stated for another measure))", "proactive_items 21560 (the whole area (the agency's own stated))",
                  "proactive_items 8906 (judgement: the agency's own, not the whole area's)"], id='a-bureaus-own-city-level-beside-its-system'),
    pytest.param('福川县水利局2017年政府信息公开工作年度报告\n四、行政复议和行政诉讼情况\n因政府信息公开被申请行政复议2件，复议机关均为县人民政府，均维持原答复。'
                 '本局未被提起行政诉讼；另有1起以县人民政府为被告的政府信息公开行政诉讼，我局作为第三人参加诉讼。', 2017,
                 ['reconsiderations count 2 [about_disclosure;disclosure;respondent] @review_litigation «2件»',
                  'lawsuits none 0 [disclosure_context;own] @review_litigation «未被提起行政诉讼»',
                  'lawsuits count 1 [disclosure;respondent] (after) @review_litigation «1起»'],
                 ['lawsuits 0', "lawsuits 1 (another agency's: named as the respondent)", 'reconsiderations 2'],
                 id='a-suit-against-the-government-named-after-its-count'),
    pytest.param('门户网站主动公开政府信息300条。全年主动公开政府信息350条。', 2022,
                 ['proactive count 300 [channel_web] «300条»', 'proactive count 350 [year] «350条»'],
                 ['proactive_items 300 (candidate)', 'proactive_items 350'], id='proactive-total-beats-a-website'),
    pytest.param('全年公开政府信息400条。门户网站公开政府信息380条。', 2022,
                 ['published count 400 [year] «400条»', 'published count 380 [channel_web] «380条»'],
                 ['proactive_items 380 (candidate)', 'proactive_items 400'], id='published-total-beats-a-website'),
    pytest.param('县政府办公室主动公开政府信息300条。各乡镇主动公开政府信息500条。', 2022,
                 ['proactive count 300 [] «300条»', 'proactive count 500 [area] «500条»'],
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
                 ['reconsiderations count 2 [own;respondent] «2件»'],
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
                 ['published count 687 [own;this_year] «687份»', 'proactive count 299 [breakdown] «299份»', 'denied count 388 [breakdown] «388份»'],
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
    pytest.param('通过门户网站主动公开政府信息300条。全年公开政府信息共500条。', 2022,
                 ['proactive count 300 [channel_web] «300条»', 'published count 500 [year] «500条»'],
                 ['proactive_items 300 (candidate)', 'proactive_items 500 (rule chose 500 over 300)'], id='the-whole-before-a-website-part'),
    pytest.param('通过门户网站公开政府信息1200条，通过政府公报公开政府信息45条。', 2022,
                 ['published count 1200 [channel_web] «1200条»', 'published count 45 [channel_web] «45条»'],
                 ['proactive_items 1200 (channel)', 'proactive_items 45 (channel)'], id='two-websites-are-two-channels'),
    pytest.param('各类公开主体共发布信息227条，政府信息公开网共发布信息69条。', 2022,
                 ['published count 227 [] «227条»', 'published count 69 [channel_web] «69条»'],
                 ['proactive_items 227', 'proactive_items 69 (channel)'], id='one-website-beside-the-whole'),
    pytest.param('一、主动公开情况\n门户网站发布信息78条。官方微信发布信息502条。', 2022,
                 ['published count 78 [channel_web] @proactive «78条»', 'published count 502 [channel_social] @proactive «502条»'],
                 ['proactive_items 502 (channel)', 'proactive_items 78 (channel)'], id='website-and-social-account-in-one-section'),
    pytest.param('全年共办理政府信息公开申请21件，其中本年新收21件、上年结转0件。', 2022,
                 ['applications count 21 [year] «21件»', 'applications count 21 [breakdown] «21件»', 'carried_over count 0 [breakdown] «0件»'],
                 ['applications_carried_over 0', 'applications_received 21', 'applications_received 21 (breakdown)'], id='none-carried-over-is-no-caseload'),
    pytest.param('一、主动公开情况\n全年发布政府信息687份，其中主动公开299份，不予公开388份。', 2022,
                 ['published count 687 [year] @proactive «687份»', 'proactive count 299 [breakdown] @proactive «299份»', 'denied count 388 [breakdown] @proactive «388份»'],
                 ['proactive_items 299', 'proactive_items 687 (candidate)'], id='items-not-given-are-not-denied-requests'),
    pytest.param('一、总体情况\n2021年，我局全年制发公文189件，均在拟文时确定公开属性，其中主动公开112件、依申请公开34件、不予公开43件。', 2021,
                 ['documents count 189 [own;this_year;year] @overview «189件»', 'proactive count 112 [breakdown] @overview «112件»',
                  'on_request_items count 34 [breakdown] @overview «34件»', 'denied count 43 [breakdown] @overview «43件»'],
                 ['proactive_items 112'], id='documents-issued-by-disclosure-attribute-are-no-replies'),
    pytest.param('一、总体情况\n2021年，我局制发公文86件，均按要求明确公开属性。', 2021,
                 ['documents count 86 [own;this_year] @overview «86件»'], [], id='documents-issued-are-no-items-published'),
    pytest.param('一、总体情况\n全年制发公文32件，其中行政规范性文件3件，均已主动公开。', 2021,
                 ['documents count 32 [year] @overview «32件»'], [], id='documents-all-published-of-which-is-unclear'),
    pytest.param('截至2022年底，累计主动公开政府信息12000条，其中本年度主动公开1500条。', 2022,
                 ['proactive count 12000 [cumulative] «12000条»', 'proactive count 1500 [breakdown;year] «1500条»'],
                 ['proactive_items 12000 (cumulative)', 'proactive_items 1500'], id='the-years-part-of-a-stock'),
    pytest.param('（二）依申请公开情况\n本年度依申请公开政府信息5条，受理政府信息公开申请3件。', 2022,
                 ['on_request_items count 5 [year] @applications «5条»', 'applications count 3 [] @applications «3件»'],
                 ['applications_received 3'], id='items-on-request-then-requests'),
    pytest.param('一、主动公开情况\n全年发布政府信息687份，其中主动公开299份，不予公开388份。全年受理政府信息公开申请12件。', 2022,
                 ['published count 687 [year] @proactive «687份»', 'proactive count 299 [breakdown] @proactive «299份»', 'denied count 388 [breakdown] @proactive «388份»', 'applications count 12 [year] @proactive «12件»'],
                 ['applications_received 12', 'proactive_items 299', 'proactive_items 687 (candidate)'], id='requests-after-items-not-given'),
    pytest.param('一、主动公开情况\n全年受理政府信息公开申请5件，其中予以公开3件。', 2022,
                 ['applications count 5 [year] @proactive «5件»', 'granted count 3 [breakdown] @proactive «3件»'],
                 ['applications_granted 3', 'applications_received 5'], id='granted-requests-under-a-proactive-heading'),
    pytest.param('三、依申请公开情况\n本年共收到申请12件，已全部答复：同意公开8件，另有4件所申请信息经查不存在，已告知申请人。', 2010,
                 ['applications count 12 [year] @applications «12件»', 'granted count 8 [] @applications «8件»'],
                 ['applications_granted 8', 'applications_received 12'], id='information-that-does-not-exist-is-no-none'),
    pytest.param('三、依申请公开情况\n《条例》施行以来，我局共收到信息公开申请14件。', 2008,
                 ['applications count 14 [own;this_year] @applications «14件»'],
                 ['applications_received 14'], id='since-the-regulation-in-2008-is-the-year'),
    pytest.param('三、依申请公开情况\n《条例》施行以来，我局共收到信息公开申请14件。', 2012,
                 ['applications count 14 [cumulative;own] @applications «14件»'],
                 ['applications_received 14 (cumulative)'], id='since-the-regulation-later-is-a-stock'),
    pytest.param('四、复议和诉讼\n本年度我委未被申请行政复议。各县（区）卫生部门共发生行政复议2起。', 2011,
                 ['reconsiderations none 0 [disclosure_context;own] @review_litigation «未被申请行政复议»', 'reconsiderations count 2 [area;disclosure_context] @review_litigation «2起»'],
                 ["reconsiderations 0 (judgement: the agency's own, not the whole area's)", "reconsiderations 2 (the whole area (the agency's own stated))"], id='own-none-beside-the-units-count'),
    pytest.param('二、依申请公开情况\n全年共受理申请15件，其中3件为咨询，不计入申请数。', 2012,
                 ['applications count 15 [with_consultations;year] @applications «15件»', 'consultations count 3 [breakdown] (after) @applications «3件»'],
                 ['applications_received 15 (applications and consultations)', 'consultations 3 (breakdown)'], id='consultations-inside-the-count'),
    pytest.param('三、依申请公开情况\n2015年度我局共收到信息公开申请9件，其中8件为本年度申请，1件为2014年12月底提交、本年初答复的申请。', 2015,
                 ['applications count 9 [own;this_year;year] @applications «9件»', 'applications count 8 [breakdown] (after) @applications «8件»', 'carried_over count 1 [breakdown;year] (after) @applications «1件»'],
                 ['applications_carried_over 1', 'applications_received 8', 'applications_received 9 (caseload: new and carried over)'], id='a-part-dated-the-year-before-is-carried'),
    pytest.param('五、复议诉讼\u3000局机关因信息公开被申请行政复议2件，未被提起行政诉讼；各分局被申请复议4件、被提起诉讼3件。', 2012,
                 ['reconsiderations count 2 [about_disclosure;disclosure;own;respondent] «2件»', 'lawsuits none 0 [own] «未被提起行政诉讼»', 'reconsiderations count 4 [area;disclosure_context;respondent] «4件»', 'lawsuits count 3 [area;disclosure_context;respondent] «3件»'],
                 ["lawsuits 0 (judgement: the agency's own, not the whole area's)", "lawsuits 3 (the whole area (the agency's own stated))", "reconsiderations 2 (judgement: the agency's own, not the whole area's)", "reconsiderations 4 (the whole area (the agency's own stated))"], id='the-bureaus-own-cases-beside-its-branches'),
    pytest.param('五、复议诉讼\n本年度因信息公开被申请行政复议、提起行政诉讼各1件。', 2012,
                 ['lawsuits count 1 [about_disclosure;disclosure;respondent;year] @review_litigation «1件»', 'reconsiderations count 1 [about_disclosure;disclosure;respondent;year] @review_litigation «1件»'],
                 ['lawsuits 1', 'reconsiderations 1'], id='one-of-each-named-with-their-verbs'),
    pytest.param('二、主动公开\u30002012年局机关主动公开信息1 050条；各分局主动公开信息合计6 240条。', 2012,
                 ['proactive count 1050 [own;this_year] «1 050条»', 'proactive count 6240 [area] «6 240条»'],
                 ["proactive_items 1050 (judgement: the agency's own, not the whole area's)", "proactive_items 6240 (the whole area (the agency's own stated))"], id='the-branches-total-is-not-the-whole'),
    pytest.param('二、主动公开\n县政府本级主动公开信息560条，县直各部门4,320条，全县合计主动公开4,880条。', 2012,
                 ['proactive count 560 [breakdown;own] «560条»', 'proactive count 4880 [area] (total) «4,880条»'],
                 ['proactive_items 4880', 'proactive_items 560 (breakdown)'], id='the-whole-areas-total-holds-the-parts'),
    pytest.param('三、依申请公开\n本年受理信息公开申请十八件。办理结果：同意公开十件，另有三件申请人主动撤回。', 2012,
                 ['applications count 18 [year] «十八件»', 'granted count 10 [] «十件»', 'applications count 3 [withdrawn] (after) «三件»'],
                 ['applications_granted 10', 'applications_received 18', 'applications_received 3 (withdrawn)'], id='requests-withdrawn-said-after-the-number'),
    pytest.param('三、收到和处理政府信息公开申请情况\n本年度区政府共办理政府信息公开申请61件（含上年结转），办理情况详见下表。', 2022,
                 ['applications count 61 [year] @applications «61件»'],
                 ['applications_received 61 (caseload: new and carried over)'], id='a-caseload-with-carried-requests-not-counted'),
    pytest.param('一、总体情况\n本镇全年主动公开政府信息216条；全县各乡镇合计主动公开信息3 905条。', 2024,
                 ['proactive count 216 [breakdown;own;year] @overview «216条»', 'proactive count 3905 [area] (total) @overview «3 905条»'],
                 ["proactive_items 216 (judgement: the agency's own, not the whole area's)", "proactive_items 3905 (the whole area (the agency's own stated))"], id='a-towns-own-count-beside-the-countys-towns-total'),
    pytest.param('二、依申请公开\n本年收到公开申请11件。11件申请中，予以公开的8件；属于他人个人隐私、不宜公开的1件；所申请内容不属于本局职责范围、告知向县人社局申请的2件。', 2009,
                 ['applications count 11 [year] «11件»', 'applications count 11 [] (after) «11件»', 'granted count 8 [] «8件»', 'denied count 1 [] «1件»', 'other_reply count 2 [] «2件»'],
                 ['applications_denied 1', 'applications_granted 8', 'applications_received 11', 'applications_received 11 (candidate)'], id='withheld-and-referred-replies'),
    pytest.param('二、主动公开政府信息情况\n今年共主动公开政府信息捌拾柒条，其中环评审批公示四十五条。', 2010,
                 ['proactive count 87 [year] @proactive «捌拾柒条»'],
                 ['proactive_items 87'], id='a-count-in-financial-numerals'),
    pytest.param('三、复议诉讼情况\n我局没有因信息公开被申请复议或者被提起诉讼。', 2016,
                 ['reconsiderations none 0 [disclosure;own] @review_litigation «没有因信息公开被申请复议或者被提起诉讼»', 'lawsuits none 0 [disclosure;own] @review_litigation «没有因信息公开被申请复议或者被提起诉讼»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='none-of-two-topics-each-with-its-verb'),
    pytest.param('某市卫生和计划生育委员会2016年政府信息公开工作年度报告\n二、依申请公开情况\n全年共收到公开申请38件，较上年（29件）增长31%。\n全市卫生计生系统（含各县区卫计局及市直医疗机构）共受理信息公开申请214件。', 2016,
                 ['applications count 38 [year] @applications «38件»', 'applications count 214 [area] @applications «214件»'],
                 ["applications_received 214 (the whole area (the agency's own stated))", "applications_received 38 (judgement: the agency's own, not the whole area's)"], id='a-departments-count-naming-no-subject-beside-its-system'),
    pytest.param('某实验区2016年政府信息公开工作年度报告\n二、依申请公开情况\n全年共收到公开申请38件。\n全区各部门共受理信息公开申请214件。', 2016,
                 ['applications count 38 [year] @applications «38件»', 'applications count 214 [area] @applications «214件»'],
                 ['applications_received 214 (candidate)', 'applications_received 38 (candidate)'], id='an-areas-report-keeps-both-counts'),
    pytest.param('二、依申请公开情况\n共收到信息公开申请一百零六件。答复情况：同意公开58件，同意部分公开13件，不予公开9件，信息不存在14件，非本机关信息7件，申请内容不明确2件，重复申请3件。', 2017,
                 ['applications count 106 [] @applications «一百零六件»', 'granted count 58 [] @applications «58件»', 'partial count 13 [] @applications «13件»', 'denied count 9 [] @applications «9件»', 'other_reply count 14 [] @applications «14件»', 'other_reply count 7 [] @applications «7件»', 'other_reply count 2 [] @applications «2件»', 'other_reply count 3 [] @applications «3件»'],
                 ['applications_denied 9', 'applications_granted 58', 'applications_partial 13', 'applications_received 106'], id='pre-2019-kinds-of-reply-are-not-requests'),
    pytest.param('二、依申请公开情况\n共受理申请505件。经审查，同意公开的152件，不予公开的20件，不予处理的重复申请35件。', 2010,
                 ['applications count 505 [] @applications «505件»', 'granted count 152 [] @applications «152件»', 'denied count 20 [] @applications «20件»', 'not_processed count 35 [] @applications «35件»'],
                 ['applications_denied 20', 'applications_granted 152', 'applications_not_processed 35', 'applications_received 505'], id='a-reply-and-the-kind-it-was'),
    pytest.param('二、依申请公开情况\n受理申请163件，其中：同意公开92件；不予处理（信访举报、重复申请等）6件。', 2018,
                 ['applications count 163 [] @applications «163件»', 'granted count 92 [breakdown] @applications «92件»', 'not_processed count 6 [] @applications «6件»'],
                 ['applications_granted 92', 'applications_not_processed 6', 'applications_received 163'], id='a-reply-and-its-examples'),
    pytest.param('二、依申请公开政府信息情况\n共办理政府信息公开申请263件，其中本年新收241件、上年结转22件。', 2016,
                 ['applications count 263 [] @applications «263件»', 'applications count 241 [breakdown] @applications «241件»', 'carried_over count 22 [breakdown] @applications «22件»'],
                 ['applications_carried_over 22', 'applications_received 241', 'applications_received 263 (caseload: new and carried over)'], id='the-new-part-of-a-caseload-before-the-carried-part'),
    pytest.param('三、收到和处理政府信息公开申请情况\n（按申请人类型分列，未列出的项目数量均为0）\n【自然人】本年新收申请100；上年结转申请3；予以公开16', 2020,
                 [],
                 [], id='a-caption-saying-zero-is-not-none-of-the-lines-after-it'),
    pytest.param('四、复议和诉讼情况\n全县因政府信息公开引发行政复议12件，其中涉及我局的没有。诉讼方面，我局被诉1件，经市中级人民法院二审判决维持。', 2015,
                 ['reconsiderations count 12 [about_disclosure;area;disclosure] @review_litigation «12件»', 'reconsiderations none 0 [disclosure;own] (none of the count before) @review_litigation «其中涉及我局的没有。»', 'lawsuits count 1 [disclosure_context;own;respondent] @review_litigation «1件»'],
                 ['lawsuits 1', "reconsiderations 0 (judgement: the agency's own, not the whole area's)", "reconsiderations 12 (the whole area (the agency's own stated))"], id='none-of-the-areas-cases-concern-the-agency'),
    pytest.param('三、行政复议和行政诉讼情况\n因政府信息公开申请行政复议、提起行政诉讼的案件数均为零。', 2016,
                 ['reconsiderations none 0 [disclosure] @review_litigation «行政复议、提起行政诉讼的案件数均为零»', 'lawsuits none 0 [disclosure] @review_litigation «行政复议、提起行政诉讼的案件数均为零»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='the-count-of-cases-of-both-is-zero'),
    pytest.param('四、政府信息公开行政复议、行政诉讼情况\n本局被申请行政复议1件（结果维持），未被提起行政诉讼。执法大队被申请复议4件、被诉2件。', 2022,
                 ['reconsiderations count 1 [disclosure_context;own;respondent] @review_litigation «1件»', 'lawsuits none 0 [disclosure_context;own] @review_litigation «未被提起行政诉讼»', 'reconsiderations count 4 [disclosure_context;respondent;subunit] @review_litigation «4件»', 'lawsuits count 2 [disclosure_context;respondent;subunit] @review_litigation «2件»'],
                 ['lawsuits 0', 'lawsuits 2 (part of the agency)', 'reconsiderations 1', 'reconsiderations 4 (part of the agency)'], id='a-subordinate-units-cases-beside-the-agencys'),
    pytest.param('三、依申请公开政府信息情况\n    已办结                380 件：予以公开 248、部分公开 41、不予公开 23、无法提供 52、不予处理 16\n    转入下年度办理          7 件', 2018,
                 ['granted count 248 [] @applications «248»', 'partial count 41 [] @applications «41»', 'denied count 23 [] @applications «23»', 'unable count 52 [] @applications «52»', 'carried_forward count 7 [] @applications «7件»'],
                 ['applications_carried_forward 7', 'applications_denied 23', 'applications_granted 248', 'applications_partial 41', 'applications_unable 52'], id='replies-listed-with-the-unit-said-once'),
    pytest.param('一、总体情况\n本年度有关数据统计如下：\n通过政务微博公开政府信息数……1,770条\n不同意公开答复数……6件\n依申请公开信息收取的费用……0元', 2017,
                 ['published count 1770 [channel_social;year] @overview «1,770条»', 'denied count 6 [] @overview «6件»', 'fees count 0 [disclosure] @overview «0元»'],
                 ['applications_denied 6', 'fees_yuan 0', 'proactive_items 1770 (channel)'], id='a-social-account-in-a-listing-is-not-the-subject-of-its-requests'),
    pytest.param('某县水利局2015年政府信息公开工作年度报告\n一、基本情况\n本年度，全县各行政机关共主动公开政府信息一万零二百条，我局主动公开信息一百五十三条，约占全县总量的百分之一点五。', 2015,
                 ['proactive count 10200 [area;year] @overview «一万零二百条»', 'proactive count 153 [own] @overview «一百五十三条»'],
                 ["proactive_items 10200 (the whole area (the agency's own stated))", "proactive_items 153 (judgement: the agency's own, not the whole area's)"], id='the-countys-administrative-organs-are-the-area'),
    pytest.param('一、总体情况\n全年在门户网站发布审计结果公告14篇、工作动态等各类信息合计205条。', 2020,
                 ['published count 14 [category;channel_web;year] (after) @overview «14篇»', 'published count 205 [] @overview «205条»'],
                 ['proactive_items 14 (category)', 'proactive_items 205'], id='all-kinds-of-items-after-one-kind'),
    pytest.param('一、总体情况\n全年通过区政府网站街道专栏、社区宣传栏主动公开信息102条。', 2022,
                 ['proactive count 102 [year] @overview «102条»'],
                 ['proactive_items 102'], id='a-noticeboard-is-a-channel-not-a-topic'),
    pytest.param('一、总体情况\n我局本年度在区政府网站专栏发布优抚安置、褒扬纪念、就业创业服务等信息189条。', 2022,
                 ['published count 189 [channel_web;own;year] @overview «189条»'],
                 ['proactive_items 189'], id='items-of-the-kinds-listed-and-others'),
    pytest.param('四、政府信息公开行政复议、行政诉讼情况\n本年度我单位被申请行政复议1件，其中结果维持1件；未经复议直接被提起行政诉讼0件，复议后起诉0件。', 2022,
                 ['reconsiderations count 1 [disclosure_context;respondent;year] @review_litigation «1件»', 'lawsuits count 0 [disclosure_context;respondent] @review_litigation «0件»', 'lawsuits count 0 [disclosure_context] @review_litigation «0件»'],
                 ['lawsuits 0', 'lawsuits 0 (one kind of lawsuit)', 'lawsuits 0 (one kind of lawsuit)', 'reconsiderations 1'], id='a-direct-suit-is-no-review'),
    pytest.param('四、政府信息公开行政复议、行政诉讼情况\n本年度被申请行政复议2件；未经复议直接起诉1件，复议后起诉1件。', 2022,
                 ['reconsiderations count 2 [disclosure_context;respondent;year] @review_litigation «2件»', 'lawsuits count 1 [disclosure_context] @review_litigation «1件»', 'lawsuits count 1 [disclosure_context] @review_litigation «1件»'],
                 ['lawsuits 1 (one kind of lawsuit)', 'lawsuits 1 (one kind of lawsuit)', 'lawsuits 2', 'reconsiderations 2'], id='the-two-kinds-of-lawsuit-are-summed-not-taken-for-one-value'),
    pytest.param('四、政府信息公开行政复议、行政诉讼情况\n本年度复议后起诉1件。', 2022,
                 ['lawsuits count 1 [disclosure_context;year] @review_litigation «1件»'],
                 ['lawsuits 1 (one kind of lawsuit)'], id='one-kind-of-lawsuit-alone-is-a-part'),
    pytest.param('二、依申请公开情况\n2014年，我局共收到政府信息公开申请17件，10件予以公开，1件部分公开，1件不予公开，3件信息不存在，2件不属于本机关公开范围。', 2014,
                 ['applications count 17 [own;this_year] @applications «17件»', 'granted count 10 [] (after) @applications «10件»', 'partial count 1 [] (after) @applications «1件»', 'denied count 1 [] (after) @applications «1件»', 'other_reply count 3 [] (after) @applications «3件»', 'published count 2 [category] (after) @applications «2件»'],
                 ['applications_denied 1', 'applications_granted 10', 'applications_partial 1', 'applications_received 17', 'proactive_items 2 (category)'], id='counts-after-commas-are-prose-not-a-tables-row'),
    pytest.param('二、主动公开情况\n2022年，我局主动公开政府信息15,436条，其中通过门户网站发布12,213条，政务微博发布1,004条，政务微信发布2,219条，累计访问量达1,203,554人次。', 2022,
                 ['proactive count 15436 [own;this_year] «15,436条»', 'published count 1004 [breakdown;channel_social] «1,004条»',
                  'published count 2219 [breakdown;channel_social] «2,219条»'],
                 ['proactive_items 1004 (channel)', 'proactive_items 15436', 'proactive_items 2219 (channel)'],
                 id='thousands-groups-are-not-cells'),
    pytest.param('某市卫生和计划生育委员会2016年政府信息公开工作年度报告\n二、依申请公开情况\n2016年，全市卫生计生系统共受理政府信息公开申请214件。涉及医疗纠纷的申请12件。', 2016,
                 ['applications count 214 [area;this_year] @applications «214件»', 'applications count 12 [] @applications «12件»'],
                 ['applications_received 12 (candidate)', 'applications_received 214 (candidate)'], id='a-subject-part-is-not-the-departments-own-count'),
    pytest.param('二、依申请公开情况\n2015年，我局共收到政府信息公开申请21件，其中3件为申请公开2014年部门决算信息。', 2015,
                 ['applications count 21 [own;this_year] @applications «21件»', 'applications count 3 [breakdown] (after) @applications «3件»'],
                 ['applications_received 21', 'applications_received 3 (breakdown)'], id='a-part-about-last-years-information-is-not-carried-over'),
    pytest.param('四、行政复议和行政诉讼情况\n2015年度，未发生针对本局（含所属单位）政府信息公开工作的行政复议和行政诉讼案件。', 2015,
                 ['reconsiderations none 0 [disclosure] @review_litigation «未发生针对本局(含所属单位)政府信息公开工作的行政复议和行政诉讼»', 'lawsuits none 0 [disclosure] @review_litigation «未发生针对本局(含所属单位)政府信息公开工作的行政复议和行政诉讼»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='an-aside-in-parentheses-does-not-stop-a-negation'),
    pytest.param('某县城市管理行政执法大队2016年政府信息公开工作年度报告\n二、依申请公开情况\n2016年，执法大队共受理政府信息公开申请5件，均予以公开。', 2016,
                 ['applications count 5 [subunit;this_year] @applications «5件»', 'granted count 5 [subunit;this_year] (all of the requests) @applications «均予以公开。»'],
                 ['applications_granted 5', 'applications_received 5'], id='a-unit-named-in-the-title-is-the-agency'),
    pytest.param('二、依申请公开情况\n全年共受理申请45件：1、按申请方式分，当面申请30件，网上申请15件，已全部予以公开2、按申请内容分，主要涉及征地拆迁、社会保障等。', 2014,
                 ['applications count 45 [year] @applications «45件»', 'applications count 30 [channel_app] @applications «30件»', 'applications count 15 [channel_app] @applications «15件»'],
                 ['applications_received 15 (channel)', 'applications_received 30 (channel)', 'applications_received 45'], id='an-item-number-after-a-reply-is-no-count'),
    pytest.param('（三）依申请公开情况。今年我局受理公民申请三件，已全部按申请人要求予以公开。没有企业或其他组织提出申请。', 2008,
                 ['applications count 3 [own;year] @applications «三件»', 'granted count 3 [own;year] (all of the requests) @applications «已全部按申请人要求予以公开。»', 'applications none 0 [applicant;disclosure_context] @applications «没有企业或其他组织提出申请»'],
                 ['applications_granted 3', 'applications_received 0 (breakdown: applicant)', 'applications_received 3'], id='none-of-one-kind-of-applicant-is-not-none-received'),
    pytest.param('三、依申请公开情况\n本年度未收到公民、法人和其他组织的政府信息公开申请。', 2012,
                 ['applications none 0 [disclosure] @applications «未收到公民、法人和其他组织的政府信息公开申请»'],
                 ['applications_received 0'], id='none-from-every-kind-of-applicant-is-none-received'),
    pytest.param('本局全年收取申请人信息检索及复制费用共计85元。', 2013,
                 ['fees count 85 [disclosure;own;year] «85元»'],
                 ['fees_yuan 85'], id='a-retrieval-and-copying-fee-is-a-disclosure-fee'),
    pytest.param('（二）依申请公开情况。全年没有收到申请。\n（三）收费情况。无。\n（四）复议诉讼情况。无。', 2014,
                 ['applications none 0 [disclosure_context] @applications «没有收到申请»', 'fees none 0 [disclosure_context] (heading) @fees «无。»', 'reconsiderations none 0 [disclosure_context] (heading) @review_litigation «无。»', 'lawsuits none 0 [disclosure_context] (heading) @review_litigation «无。»'],
                 ['applications_received 0', 'fees_yuan 0', 'lawsuits 0', 'reconsiderations 0'], id='a-run-in-heading-with-its-stop-and-a-body-of-none'),
    pytest.param('一是主动公开。公开信息六十二条。\n二是全年没有收取任何费用，也未发生信息公开方面的复议和诉讼。', 2016,
                 ['published count 62 [] @proactive «六十二条»', 'fees none 0 [disclosure_context] @fees «没有收取任何费用»', 'reconsiderations none 0 [disclosure] @fees «未发生信息公开方面的复议和诉讼»', 'lawsuits none 0 [disclosure] @fees «未发生信息公开方面的复议和诉讼»'],
                 ['fees_yuan 0', 'lawsuits 0', 'proactive_items 62', 'reconsiderations 0'], id='a-one-two-item-whose-first-clause-says-none'),
    pytest.param('四、收费情况（一）全年公开工作经费3万元。（二）本年度没有向申请人收取费用的情况。', 2016,
                 ['fees none 0 [] «没有向申请人收取费用»'],
                 ['fees_yuan 0'], id='an-outline-item-that-says-none-is-no-title'),
    pytest.param('松岭县教育局2010年政府信息公开工作年度报告\n一、主动公开情况\n全年县教育局主动公开政府信息312条，全县各部门、各乡镇合计主动公开信息2,860条。', 2010,
                 ['proactive count 312 [breakdown;year] @proactive «312条»', 'proactive count 2860 [area] (total) @proactive «2,860条»'],
                 ["proactive_items 2860 (the whole area (the agency's own stated))", "proactive_items 312 (judgement: the agency's own, not the whole area's)"], id='an-office-naming-itself-beside-its-whole-area'),
    pytest.param('松岭县人民政府办公室\n关于2010年度政府信息公开工作情况的报告\n一、主动公开。县政府办公室主动公开政府信息312条，全县各部门合计主动公开2,860条。', 2010,
                 ['proactive count 312 [breakdown] @proactive «312条»', 'proactive count 2860 [area] (total) @proactive «2,860条»'],
                 ["proactive_items 2860 (the whole area (the agency's own stated))", "proactive_items 312 (judgement: the agency's own, not the whole area's)"], id='a-government-office-naming-itself-beside-its-whole-area'),
    pytest.param('松岭县人民政府2010年政府信息公开工作年度报告\n一、主动公开。县政府主动公开政府信息312条，全县各部门合计主动公开2,860条。', 2010,
                 ['proactive count 312 [breakdown] @proactive «312条»', 'proactive count 2860 [area] (total) @proactive «2,860条»'],
                 # (县政府, its level, is the government's own, as 县政府本级: not its area, 全县各部门)
                 ["proactive_items 2860 (the whole area (the agency's own stated))",
                  "proactive_items 312 (judgement: the agency's own, not the whole area's)"], id='a-governments-report-names-its-own-level'),
    pytest.param('全年受理政府信息公开申请31件。截至年底，已办结28件，另有3件正在办理中。', 2013,
                 ['applications count 31 [year] «31件»', 'carried_forward count 3 [] (after) «3件»'],
                 ['applications_carried_forward 3', 'applications_received 31'], id='open-at-the-named-year-end-is-carried-forward'),
    pytest.param('全年受理政府信息公开申请34件，已答复30件，另有4件正在办理。', 2013,
                 ['applications count 34 [year] «34件»', 'carried_forward count 4 [year_end_not_named] (after) «4件»'],
                 ["applications_carried_forward 4 (still open, the year's end not named)", 'applications_received 34'], id='open-with-no-year-end-named-is-not-carried-forward'),
    pytest.param('全年受理政府信息公开申请20件，已答复18件，尚有2件处于答复期内，将于2014年1月答复。', 2013,
                 ['applications count 20 [year] «20件»', 'carried_forward count 2 [] (after) «2件»'],
                 ['applications_carried_forward 2', 'applications_received 20'], id='open-and-answered-next-year-is-carried-forward'),
    pytest.param('全年受理政府信息公开申请40件，已办结35件，另有5件结转2015年继续办理。', 2014,
                 ['applications count 40 [year] «40件»', 'carried_forward count 5 [] (year named) «5件»'],
                 ['applications_carried_forward 5', 'applications_received 40'], id='carried-to-the-next-year-named-by-its-number'),
    pytest.param('二、主动公开政府信息情况\n截至2008年底，本局累计主动公开政府信息1,860条，其中5月1日以来新增公开640条。', 2008,
                 ['proactive count 1860 [cumulative;own] @proactive «1,860条»', 'published count 640 [breakdown;this_year] @proactive «640条»'],
                 ['proactive_items 1860 (cumulative)', 'proactive_items 640'], id='new-since-1-may-in-2008-is-the-year'),
    pytest.param('二、主动公开政府信息情况\n截至2009年底，本局累计主动公开政府信息1,860条，其中5月1日以来新增公开640条。', 2009,
                 ['proactive count 1860 [cumulative;own] @proactive «1,860条»', 'published count 640 [breakdown;cumulative] @proactive «640条»'],
                 ['proactive_items 1860 (cumulative)', 'proactive_items 640 (cumulative)'], id='new-since-1-may-in-another-year-is-a-part'),
    pytest.param('三、依申请公开情况\n全年共收到政府信息公开申请15件。已全部答复：予以公开12件，部分公开2件，因申请人多次申请同一事项而不予重复处理1件。', 2012,
                 ['applications count 15 [year] @applications «15件»', 'granted count 12 [] @applications «12件»', 'partial count 2 [] @applications «2件»', 'other_reply count 1 [] @applications «1件»'],
                 ['applications_granted 12', 'applications_partial 2', 'applications_received 15'], id='a-repeat-not-handled-again-is-a-reply-not-received'),
        pytest.param('柏川县统计局2012年政府信息公开工作年度报告\n一、主动公开情况\n全年通过局网站主动公开统计信息三百零六条。', 2012,
                 ['proactive count 306 [category;channel_web;year] @proactive «三百零六条»'],
                 ["proactive_items 306 (judgement: one kind of information, the agency's own field: its whole output)"], id='one-kind-that-is-the-agencys-field-is-its-whole-output'),
    pytest.param('柏川县财政局2012年政府信息公开工作年度报告\n一、主动公开情况\n全年通过局网站主动公开统计信息三百零六条。', 2012,
                 ['proactive count 306 [category;channel_web;year] @proactive «三百零六条»'],
                 ['proactive_items 306 (category)'], id='one-kind-outside-the-agencys-field-stays-a-category'),
    pytest.param('某县食品药品监督管理局2016年政府信息公开工作年度报告\n一、主动公开情况\n全年主动公开食品药品监管信息582条。', 2016,
                 ['proactive count 582 [category;year] @proactive «582条»'],
                 ["proactive_items 582 (judgement: one kind of information, the agency's own field: its whole output)"], id='the-agencys-field-abbreviated-is-its-whole-output'),
    pytest.param('某县财政局2016年政府信息公开工作年度报告\n一、主动公开情况\n全年主动公开财政监管信息582条。', 2016,
                 ['proactive count 582 [category;year] @proactive «582条»'],
                 ['proactive_items 582 (category)'], id='words-not-all-of-the-agencys-name-are-no-abbreviation-of-it'),
    pytest.param('一、主动公开\n全年主动公开各类政府信息计五百八十二条。', 2009,
                 ['proactive count 582 [year] @proactive «五百八十二条»'],
                 ['proactive_items 582'], id='ji-before-the-count-names-no-kind'),
    pytest.param('柏川县统计局2012年政府信息公开工作年度报告\n一、主动公开情况\n全年主动公开政府信息520条，主动公开统计信息306条。', 2012,
                 ['proactive count 520 [year] @proactive «520条»', 'proactive count 306 [category] @proactive «306条»'],
                 ['proactive_items 306 (category)', 'proactive_items 520'], id='one-kind-beside-the-whole-stays-a-category'),
    pytest.param('二、依申请公开情况\n2019年新收政府信息公开申请6件。1件因涉及第三方权益，征求意见尚未结束，结转2020年办理。', 2019,
                 ['applications count 6 [this_year] @applications «6件»', 'carried_forward count 1 [] (year named) @applications «1件»'],
                 ['applications_carried_forward 1', 'applications_received 6'], id='not-yet-over-is-no-negation-of-the-carrying'),
    pytest.param('二、依申请公开情况\n本年度新收政府信息公开申请一件，上年结转两件。三件申请中，予以公开一件，无法提供一件，另有一件申请人逾期未补正。', 2023,
                 ['applications count 1 [year] @applications «一件»', 'carried_over count 2 [] @applications «两件»',
                  'applications count 3 [] (after) @applications «三件»', 'granted count 1 [] @applications «一件»',
                  'unable count 1 [] @applications «一件»', 'applications count 1 [breakdown] (after) @applications «一件»'],
                 ['applications_carried_over 2', 'applications_granted 1', 'applications_received 1', 'applications_received 1 (breakdown)',
                  'applications_received 3 (caseload: new and carried over)', 'applications_unable 1'],
                 id='the-new-and-carried-over-named-again-as-the-requests-among-which'),
    pytest.param('二、依申请公开情况\n本年度新收政府信息公开申请4件，上年结转1件。6件申请中，予以公开3件。', 2023,
                 ['applications count 4 [year] @applications «4件»', 'carried_over count 1 [] @applications «1件»',
                  'applications count 6 [] (after) @applications «6件»', 'granted count 3 [] @applications «3件»'],
                 ['applications_carried_over 1', 'applications_granted 3', 'applications_received 4 (candidate)', 'applications_received 6 (candidate)'],
                 id='requests-among-which-that-are-not-the-sum-disagree'),
    pytest.param('二、依申请公开情况\n本年度共办理政府信息公开申请2件（含上年结转1件），均予以公开。', 2024,
                 ['applications count 2 [year] @applications «2件»', 'carried_over count 1 [breakdown] @applications «1件»',
                  'granted count 2 [year] (all of the requests) @applications «均予以公开。»'],
                 ['applications_carried_over 1', 'applications_granted 2', 'applications_received 1 (judgement: 2 including 1 carried over)',
                  'applications_received 2 (caseload: new and carried over)'],
                 id='all-granted-are-the-count-before-the-parentheses'),
    pytest.param('二、依申请公开情况\n全年受理政府信息公开申请88件。截至年底已答复八十五件，另三件未到答复期限，延至2016年答复。', 2015,
                 ['applications count 88 [year] @applications «88件»', 'carried_forward count 3 [] (year named) @applications «三件»'],
                 ['applications_carried_forward 3', 'applications_received 88'], id='a-numeral-count-postponed-to-the-next-year'),
    pytest.param('二、依申请公开情况\n全年受理政府信息公开申请40件，在法定期限内答复三十六件，结转至2015年办理四件。', 2014,
                 ['applications count 40 [year] @applications «40件»', 'carried_forward count 4 [] (year named) @applications «四件»'],
                 ['applications_carried_forward 4', 'applications_received 40'], id='a-count-before-another-that-is-carried-is-not-carried'),
    pytest.param('二、依申请公开情况\n2019年共收到政府信息公开申请14件，另有2018年原县文化广电新闻出版局结转的申请2件。', 2019,
                 ['applications count 14 [this_year] @applications «14件»', 'carried_over count 2 [] (year named) @applications «2件»'],
                 ['applications_carried_over 2', 'applications_received 14'], id='carried-over-from-a-merged-agency'),
    pytest.param('二、依申请公开情况\n2019年度上级政府转入申请3件，本年新收申请12件。', 2020,
                 ['applications count 3 [other_year;year] @applications «3件»', 'applications count 12 [] @applications «12件»'],
                 ['applications_received 12', 'applications_received 3 (another year)'],
                 id='requests-passed-on-by-another-agency-are-not-carried-over'),
    pytest.param('二、依申请公开情况\n2018—2020年，本局累计收到政府信息公开申请42件，其中2020年收到15件。', 2020,
                 ['applications count 42 [cumulative;own] @applications «42件»', 'applications count 15 [breakdown;this_year] (section) @applications «15件»'],
                 ['applications_received 15', 'applications_received 42 (cumulative)'], id='the-years-requests-of-a-stock-of-years'),
    pytest.param('二、依申请公开情况\n三年间，我局共收到政府信息公开申请40件，其中本年度新收13件，上年结转1件。', 2020,
                 ['applications count 40 [cumulative;own] @applications «40件»', 'applications count 13 [breakdown;year] @applications «13件»',
                  'carried_over count 1 [breakdown] @applications «1件»'],
                 ['applications_carried_over 1', 'applications_received 13', 'applications_received 40 (cumulative)'],
                 id='the-years-new-requests-of-a-stock-beside-the-carried-ones'),
    pytest.param('二、依申请公开情况\n全年受理用户信息公开申请4件：3件申请公开管网改造计划，已予以公开；1件实为对水压不足的投诉，属于信访投诉类事项，不予处理。', 2022,
                 ['applications count 4 [year] @applications «4件»', 'granted count 3 [breakdown] (reply after its reason) @applications «3件»',
                  'not_processed count 1 [] (reply after its reason) @applications «1件»'],
                 ['applications_granted 3', 'applications_not_processed 1', 'applications_received 4'],
                 id='requests-listed-after-their-count-and-a-colon'),
    pytest.param('二、依申请公开情况\n本年共收到政府信息公开申请62件。本年收到的申请中有2件于年底尚在答复期限内，转入2011年继续办理。', 2010,
                 ['applications count 62 [year] @applications «62件»', 'carried_forward count 2 [among;breakdown;year] (year named) @applications «2件»'],
                 ['applications_carried_forward 2', 'applications_received 62'], id='some-of-those-received-carried-to-the-next-year'),
    pytest.param('二、依申请公开情况\n全年受理政府信息公开申请30件，其中有3件申请因需征求第三方意见，延期至2019年1月答复。', 2018,
                 ['applications count 30 [year] @applications «30件»', 'carried_forward count 3 [among;breakdown] (after) @applications «3件»'],
                 ['applications_carried_forward 3', 'applications_received 30'], id='postponed-to-a-month-of-the-next-year'),
    pytest.param('二、依申请公开情况\n全年受理政府信息公开申请30件，均已办结，没有转入2019年办理的申请。', 2018,
                 ['applications count 30 [year] @applications «30件»', 'carried_forward none 0 [disclosure_context] @applications «没有转入2019年»'],
                 ['applications_carried_forward 0', 'applications_received 30'], id='none-carried-to-the-next-year'),
    pytest.param('六、其他需要报告的事项\n全年共收取信息处理费贰佰元整。', 2022,
                 ['fees count 200 [disclosure;year] @other «贰佰元»'],
                 ['fees_yuan 200'], id='a-fee-in-numerals-ending-in-zheng'),
    pytest.param('四、复议诉讼情况\n全年因信息公开被提起行政诉讼3件。另有以征收决定为诉讼标的的行政诉讼9件未计入上述数据。', 2014,
                 ['lawsuits count 3 [about_disclosure;disclosure;respondent;year] @review_litigation «3件»', 'lawsuits count 9 [disclosure_context;not_counted] @review_litigation «9件»'],
                 ['lawsuits 3', 'lawsuits 9 (said not counted)'], id='a-count-said-not-counted-is-left-out'),
    pytest.param('三、依申请公开情况\n全年办理档案查询申请3200余份（按档案查阅规定办理，不计入信息公开申请）。全年收到信息公开申请7件，均予以公开。', 2021,
                 ['applications count ~3200 [not_counted;year] @applications «3200余份»', 'applications count 7 [year] @applications «7件»',
                  'granted count 7 [year] (all of the requests) @applications «均予以公开。»'],
                 ['applications_granted 7', 'applications_received 7', 'applications_received ~3200 (said not counted)'],
                 id='a-bracket-saying-its-count-is-left-out-of-the-requests'),
    pytest.param('三、依申请公开情况\n全年受理政府信息公开申请9件（档案查询按档案查阅规定办理，全年共210件次，不计入）。', 2016,
                 ['applications count 9 [year] @applications «9件»', 'applications count 210 [breakdown;not_counted;year] (total) @applications «210件»'],
                 ['applications_received 210 (said not counted)', 'applications_received 9'],
                 id='a-count-in-a-bracket-said-not-counted-after-it'),
    pytest.param('三、依申请公开情况\n全年受理政府信息公开申请52件（不计入上年结转的3件）。', 2015,
                 ['applications count 52 [year] @applications «52件»', 'carried_over count 3 [] @applications «3件»'],
                 ['applications_carried_over 3', 'applications_received 52'], id='what-a-count-does-not-include-in-words-of-not-counting'),
    pytest.param('三、收到和处理政府信息公开申请情况\n本年度新收政府信息公开申请八件。\n四、政府信息公开行政复议、行政诉讼情况\n全年未发生行政复议。一名申请人就两件不予公开答复向区人民法院提起行政诉讼，均未审结。', 2021,
                 ['applications count 8 [year] @applications «八件»', 'reconsiderations none 0 [disclosure_context] @review_litigation «未发生行政复议»', 'lawsuits count 2 [disclosure_context] (answers challenged) @review_litigation «两件»'],
                 ['applications_received 8', 'lawsuits 2 (answers challenged)', 'reconsiderations 0'], id='answers-an-applicant-challenged-are-not-requests-nor-a-count-of-cases'),
    pytest.param('三、依申请公开情况\n全年受理政府信息公开申请20件，予以公开15件，部分公开4件，另有1件因涉及商业秘密，依法未予公开。', 2015,
                 ['applications count 20 [year] @applications «20件»', 'granted count 15 [] @applications «15件»', 'partial count 4 [] @applications «4件»', 'denied count 1 [] (reply after its reason) @applications «1件»'],
                 ['applications_denied 1', 'applications_granted 15', 'applications_partial 4', 'applications_received 20'], id='a-reply-named-after-its-reason'),
    pytest.param('三、依申请公开情况\n全年受理政府信息公开申请7件，予以公开6件；1件申请人要求提供某单位人事档案，涉及个人隐私，依法不予公开，并书面告知了理由。', 2013,
                 ['applications count 7 [year] @applications «7件»', 'granted count 6 [] @applications «6件»', 'denied count 1 [] (reply after its reason) @applications «1件»'],
                 ['applications_denied 1', 'applications_granted 6', 'applications_received 7'], id='a-reply-named-after-what-was-asked-and-its-reason'),
    pytest.param('三、依申请公开情况\n全年受理政府信息公开申请4件，予以公开3件；1件因涉及企业经营数据，经征求该企业意见，企业不同意公开，依法作出不予公开决定。', 2012,
                 ['applications count 4 [year] @applications «4件»', 'granted count 3 [] @applications «3件»', 'denied count 1 [] (reply after its reason) @applications «1件»'],
                 ['applications_denied 1', 'applications_granted 3', 'applications_received 4'], id='a-reply-decided-at-the-end-of-its-reasons'),
    pytest.param('三、依申请公开情况\n全年收到政府信息公开申请20件，已答复17件。截至12月31日，尚有3件在法定期限内办理中。', 2013,
                 ['applications count 20 [year] @applications «20件»', "carried_forward count 3 [year_context;year_end] (after) @applications «3件»"],
                 ["applications_carried_forward 3 (judgement: 截至 the year's end)", 'applications_received 20'],
                 id='still-being-handled-at-the-years-end'),
    pytest.param('三、依申请公开情况\n全年共受理政府信息公开申请52件。对上述52件申请，我局均在法定期限内予以答复，未出现因超期而结转下一年度办理的情况。', 2015,
                 ['applications count 52 [year] @applications «52件»', 'applications count 52 [named_before] (after) @applications «52件»', 'carried_forward none 0 [disclosure_context] @applications «未出现因超期而结转下一年»'],
                 ['applications_carried_forward 0', 'applications_received 52', 'applications_received 52 (named before)'], id='no-request-carried-to-the-next-year-in-other-words'),
    pytest.param('三、依申请公开情况\n2015年共受理政府信息公开申请52件。截至2014年底尚在办理的3件申请，已于2015年1月全部办结。', 2015,
                 ['applications count 52 [this_year] @applications «52件»', 'carried_forward count 3 [cumulative;still_open;year_end_not_named] @applications «3件»'],
                 ["applications_carried_forward 3 (still open, the year's end not named)", 'applications_received 52'], id='open-at-the-end-of-the-year-before-is-not-carried-forward'),
    pytest.param('二、主动公开情况\n我局建成专利信息检索平台，全年收取专利检索服务费2.3万元。\n四、收费情况\n本年度未收取信息公开费用。', 2012,
                 ['fees count 23000 [channel_web;year] «2.3万元»', 'fees none 0 [disclosure] @fees «未收取信息公开费用»'],
                 ['fees_yuan 0', 'fees_yuan 23000 (not about disclosure)'], id='a-search-service-fee-is-no-disclosure-fee'),
    pytest.param('某某市环境保护局2012年政府信息公开工作年度报告\n二、主动公开政府信息情况\n全年通过门户网站主动公开环境影响评价信息436条。', 2012,
                 ['proactive count 436 [category;channel_web;year] @proactive «436条»'],
                 ['proactive_items 436 (category)'], id='a-kind-within-the-agencys-field-stays-a-category'),
    pytest.param('某某县教育局2015年政府信息公开工作年度报告\n三、依申请公开情况\n全县教育系统共受理政府信息公开申请46件。县教育局对其中涉及招生的12件申请进行了督办。', 2015,
                 ['applications count 46 [area] @applications «46件»', 'applications count 12 [breakdown] (after) @applications «12件»'],
                 ['applications_received 12 (breakdown)', 'applications_received 46'], id='the-agency-named-as-acting-on-some-requests-is-not-their-receiver'),
    pytest.param('三、依申请公开情况\n全年共受理政府信息公开申请52件（电话咨询未计入），其中网上申请30件，当面申请22件。', 2015,
                 ['applications count 52 [year] @applications «52件»', 'applications count 30 [breakdown;channel_app] @applications «30件»', 'applications count 22 [breakdown;channel_app] @applications «22件»'],
                 ['applications_received 22 (breakdown)', 'applications_received 30 (breakdown)', 'applications_received 52'], id='what-a-count-leaves-out-is-not-the-count-left-out'),
    pytest.param('四、复议诉讼情况\n本年度有1名申请人对我局答复不服，向县人民政府申请行政复议，县政府维持了我局答复。', 2009,
                 ['reconsiderations count 1 [disclosure_context;year] (counted in persons) @review_litigation «1名»'],
                 ['reconsiderations 1 (judgement: cases counted in persons)'], id='a-case-counted-in-persons'),
    pytest.param('四、复议诉讼情况\n本年度有1名申请人对我局部分公开答复不服，向区人民法院提起行政诉讼，目前尚未审结。', 2016,
                 ['lawsuits count 1 [disclosure_context;year] (counted in persons) @review_litigation «1名»'],
                 ['lawsuits 1 (judgement: cases counted in persons)'], id='a-case-counted-in-persons-still-open'),
    pytest.param('四、复议诉讼情况\n本年度有1名申请人对我局答复不服，经解释后尚未申请行政复议。', 2016,
                 ['reconsiderations none 0 [disclosure_context] @review_litigation «未申请行政复议»'],
                 ['reconsiderations 0'], id='a-person-who-has-not-yet-brought-a-case-counts-none'),
    pytest.param('四、复议诉讼情况\n本年度有1名申请人对我局不予公开答复不服，向市人民政府申请行政复议。', 2016,
                 ['reconsiderations count 1 [disclosure_context;year] (counted in persons) @review_litigation «1名»'],
                 ['reconsiderations 1 (judgement: cases counted in persons)'], id='a-case-counted-in-persons-against-a-denial'),
    pytest.param('一、概述\n我局配备专职工作人员2名，兼职信息员5名。全年受理政府信息公开申请5件。', 2010,
                 ['applications count 5 [year] @overview «5件»'],
                 ['applications_received 5'], id='persons-who-are-no-applicants-count-nothing'),
    pytest.param('二、依申请公开情况\n本年度受理政府信息公开申请共计40件，加上2015年未办结的3件，合计办理43件。', 2016,
                 ['applications count 40 [year] @applications «40件»', 'carried_over count 3 [] (year named) @applications «3件»'],
                 ['applications_carried_over 3', 'applications_received 40'], id='unfinished-requests-of-the-year-before-are-carried-over'),
    pytest.param('四、行政复议和行政诉讼情况\n本年度有1名申请人对我局答复不服进行投诉，经解释说明后表示理解，未申请行政复议。', 2015,
                 ['reconsiderations none 0 [disclosure_context] @review_litigation «未申请行政复议»'],
                 ['reconsiderations 0'], id='a-person-who-brought-no-case-counts-none'),
    pytest.param('四、行政复议和行政诉讼情况\n本年度有3名申请人对同一答复不服，联名向市政府申请行政复议。', 2015,
                 [],
                 [], id='persons-who-brought-one-case-together-are-not-counted'),
    pytest.param('四、行政复议和行政诉讼情况\n本年度有2名申请人对我局答复不服，其中1名申请人申请行政复议，1名申请人提起行政诉讼。', 2015,
                 ['reconsiderations count 1 [breakdown;disclosure_context;year] (counted in persons) @review_litigation «1名»', 'lawsuits count 1 [breakdown;disclosure_context] (counted in persons) @review_litigation «1名»'],
                 ['lawsuits 1 (breakdown)', 'reconsiderations 1 (breakdown)'], id='persons-split-between-two-kinds-of-case'),
    pytest.param('三、依申请公开情况\n全年共受理政府信息公开申请12件，其中2件因申请人撤回申请终止办理，其余已全部予以公开。', 2015,
                 ['applications count 12 [year] @applications «12件»'],
                 ['applications_received 12'], id='a-reason-that-ends-the-request-names-no-reply'),
    pytest.param('三、依申请公开情况\n全年受理政府信息公开申请40件，其中39件已办结，1件尚在办理。', 2015,
                 ['applications count 40 [year] @applications «40件»', 'carried_forward count 1 [breakdown;year_end_not_named] (after) @applications «1件»'],
                 ["applications_carried_forward 1 (still open, the year's end not named)", 'applications_received 40'], id='one-still-open-among-the-year-s-requests-is-not-carried-forward'),
    pytest.param('三、依申请公开情况\n全年受理政府信息公开申请40件，上年底未办结的3件已全部办结，另有2件正在办理中。', 2015,
                 ['applications count 40 [year] @applications «40件»', 'carried_over count 3 [] (year named) @applications «3件»', 'carried_forward count 2 [year_end_not_named] (after) @applications «2件»'],
                 ["applications_carried_forward 2 (still open, the year's end not named)", 'applications_carried_over 3', 'applications_received 40'], id='the-end-of-the-year-before-is-not-the-year-s-end'),
    pytest.param('某市教育局2015年政府信息公开工作年度报告\n二、主动公开情况\n全市教育系统共主动公开政府信息5000条。市教育局直属各学校公开信息3000条。', 2015,
                 ['proactive count 5000 [area] «5000条»', 'published count 3000 [area;subunit] «3000条»'],
                 ['proactive_items 3000 (part of the agency)', 'proactive_items 5000'], id='the-agency-s-schools-are-not-the-agency'),
    pytest.param('某市人力资源和社会保障局2015年政府信息公开工作年度报告\n二、主动公开情况\n我局主动公开社会保障信息320条。', 2015,
                 ['proactive count 320 [category;own] «320条»'],
                 ['proactive_items 320 (category)'], id='one-of-two-fields-is-not-the-whole-output'),
    pytest.param('三、依申请公开情况\n全年受理政府信息公开申请40件，已答复37件，另有3件因涉及多个部门，未能在年底前答复，结转至2016年办理。', 2015,
                 ['applications count 40 [year] @applications «40件»', 'carried_forward count 3 [] (year named) @applications «3件»'],
                 ['applications_carried_forward 3', 'applications_received 40'], id='not-answered-in-time-and-carried-to-the-next-year'),
    pytest.param('四、收费情况\n我局提供政府信息共收取检索、复印费用86元。', 2012,
                 ['fees count 86 [disclosure;own] @fees «86元»'],
                 ['fees_yuan 86'], id='a-retrieval-and-photocopy-fee'),
    pytest.param('五、行政复议和行政诉讼情况\n我局作为县政府行政复议机构，全年办理行政复议案件三十一件，其中涉及政府信息公开的六件。本局自身因政府信息公开被申请行政复议的案件为零。', 2016,
                 ['reconsiderations count 31 [disclosure_context;reviewer;year] @review_litigation «三十一件»', 'reconsiderations count 6 [about_disclosure;breakdown;disclosure;reviewer] (disclosure part) @review_litigation «六件»', 'reconsiderations none 0 [disclosure;own] @review_litigation «行政复议的案件为零»'],
                 ['reconsiderations 0', 'reconsiderations 31 (not about disclosure)', 'reconsiderations 6 (the agency as reviewer)'], id='the-office-that-handles-the-governments-reviews'),
    pytest.param('二、依申请公开情况\n全年收到政府信息公开申请三十件。同意公开二十件，不予公开四件，信息不存在、无法提供六件。', 2013,
                 ['applications count 30 [year] @applications «三十件»', 'granted count 20 [] @applications «二十件»', 'denied count 4 [] @applications «四件»', 'unable count 6 [] @applications «六件»'],
                 ['applications_denied 4', 'applications_granted 20', 'applications_received 30', 'applications_unable 6'], id='a-pre-2019-reason-then-the-reply-it-was-given'),
    pytest.param('二、依申请公开情况\n全年收到政府信息公开申请三十件。同意公开二十件，信息不存在、非本机关掌握十件。', 2013,
                 ['applications count 30 [year] @applications «三十件»', 'granted count 20 [] @applications «二十件»', 'other_reply count 10 [] @applications «十件»'],
                 ['applications_granted 20', 'applications_received 30'], id='two-pre-2019-reasons-are-no-reply-of-the-template'),
    pytest.param('二、依申请公开情况\n本年度共受理政府信息公开申请20件，其中予以公开10件，不予公开、信息不存在的4件。', 2015,
                 ['applications count 20 [year] @applications «20件»', 'granted count 10 [breakdown] @applications «10件»', 'denied count 4 [breakdown] @applications «4件»'],
                 ['applications_denied 4 (combined kinds of reply)', 'applications_granted 10', 'applications_received 20'], id='a-reply-and-a-kind-that-is-no-reason-of-it-stay-combined'),
    pytest.param('二、依申请公开情况\n本年度共受理政府信息公开申请20件，其中予以公开10件，部分公开、非本机关信息4件。', 2015,
                 ['applications count 20 [year] @applications «20件»', 'granted count 10 [breakdown] @applications «10件»', 'partial count 4 [breakdown] @applications «4件»'],
                 ['applications_granted 10', 'applications_partial 4 (combined kinds of reply)', 'applications_received 20'], id='partial-and-not-this-offices-stay-combined'),
    pytest.param('二、依申请公开情况\n本年度共受理政府信息公开申请20件，其中予以公开10件，属于重复申请、不予处理2件。', 2015,
                 ['applications count 20 [year] @applications «20件»', 'granted count 10 [breakdown] @applications «10件»', 'not_processed count 2 [breakdown] @applications «2件»'],
                 ['applications_granted 10', 'applications_not_processed 2', 'applications_received 20'], id='a-request-made-again-then-not-processed'),
    pytest.param('某市生态环境局2019年政府信息公开工作年度报告\n一、总体情况\n全年通过局门户网站主动公开政府信息1186条；“两微”发布信息2,310条。', 2019,
                 ['proactive count 1186 [channel_web;year] @overview «1186条»', 'published count 2310 [channel_social] @overview «2,310条»'],
                 ['proactive_items 1186', 'proactive_items 2310 (channel)'], id='the-two-social-accounts-are-a-channel'),
    pytest.param('某区生态环境分局2025年政府信息公开工作年度报告\n一、总体情况\n2025年，分局主动公开环境信息共计210条。上级市生态环境局全系统主动公开信息3,980条。', 2025,
                 ['proactive count 210 [category;this_year] @overview «210条»', 'proactive count 3980 [area;superior] @overview «3,980条»'],
                 ["proactive_items 210 (judgement: one kind of information, the agency's own field: its whole output)", "proactive_items 3980 (another agency's: a superior's)"], id='a-superior-agencys-count-is-another-agencys'),
    pytest.param('某区生态环境分局2025年政府信息公开工作年度报告\n一、总体情况\n按照上级部门要求，我局全年主动公开政府信息367条。', 2025,
                 ['proactive count 367 [own;year] @overview «367条»'],
                 ['proactive_items 367'], id='done-as-a-superior-asked-is-still-the-agencys'),
    pytest.param('二、依申请公开政府信息情况\n本年度收到信息公开申请9件。办理情况如下：答复“公开”5件，“部分公开”2件，“无法提供”2件。', 2010,
                 ['applications count 9 [year] @applications «9件»', 'granted count 5 [] (list of replies) @applications «5件»', 'partial count 2 [] @applications «2件»', 'unable count 2 [] @applications «2件»'],
                 ['applications_granted 5', 'applications_partial 2', 'applications_received 9', 'applications_unable 2'], id='answered-with-disclosure-in-a-list-of-replies'),
    pytest.param('四、因政府信息公开申请提起行政复议、行政诉讼情况\n因政府信息公开申请被提起行政复议、行政诉讼的情况均为零。', 2010,
                 ['reconsiderations none 0 [disclosure] @review_litigation «行政复议、行政诉讼的情况均为零»', 'lawsuits none 0 [disclosure] @review_litigation «行政复议、行政诉讼的情况均为零»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='the-cases-of-both-kinds-all-none'),
    pytest.param('二、依申请公开情况\n全年受理政府信息公开申请14件，予以公开12件。不予公开的申请为零。', 2011,
                 ['applications count 14 [year] @applications «14件»', 'granted count 12 [] @applications «12件»', 'denied none 0 [disclosure_context] @applications «不予公开的申请为零»'],
                 ['applications_denied 0', 'applications_granted 12', 'applications_received 14'], id='none-of-the-requests-denied'),
    pytest.param('一、总体情况\n依托门户网站和“两微一端”全年主动公开政府信息1,520条。', 2023,
                 ['proactive count 1520 [year] @overview «1,520条»'],
                 ['proactive_items 1520'], id='the-proactive-count-through-the-channels-listed-is-their-total'),
    pytest.param('一、总体情况\n通过门户网站、政务微博主动公开信息300条，通过公众号主动公开120条。', 2023,
                 ['proactive count 300 [channel_social;channel_web] @overview «300条»', 'proactive count 120 [channel_social] @overview «120条»'],
                 ['proactive_items 120 (channel)', 'proactive_items 300 (channel)'], id='two-channels-beside-a-third-are-parts'),
    pytest.param('四、政府信息公开行政复议、行政诉讼情况\n本年度申请人向上级政府申请行政复议2件，均维持原行政行为；行政诉讼0件。', 2023,
                 ['reconsiderations count 2 [disclosure_context;year] @review_litigation «2件»', 'lawsuits count 0 [disclosure_context] @review_litigation «0件»'],
                 ['lawsuits 0', 'reconsiderations 2'], id='a-case-brought-to-the-superior-is-the-agencys'),
    pytest.param('四、政府信息公开行政复议、行政诉讼情况\n上级机关受理对我局的行政复议申请2件。', 2023,
                 ['reconsiderations count 2 [disclosure_context;own] @review_litigation «2件»'],
                 ['reconsiderations 2'], id='the-superior-receiving-a-case-against-the-agency'),
    pytest.param('一、总体情况\n全年通过上级政府门户网站主动公开政府信息812条。', 2023,
                 ['proactive count 812 [channel_web;year] @overview «812条»'],
                 ['proactive_items 812'], id='through-the-superiors-website-is-the-agencys'),
    pytest.param('二、依申请公开情况\n本年度我乡共收到政府信息公开申请1件，已于规定期限内予以公开。', 2012,
                 ['applications count 1 [own;year] @applications «1件»', 'granted count 1 [own;year] (all of the requests) @applications «已于规定期限内予以公开。»'],
                 ['applications_granted 1', 'applications_received 1'], id='granted-within-the-time-limit'),
    pytest.param('二、依申请公开情况\n本年度受理政府信息公开申请5件，其中4件已答复（公开3件、不予公开1件），另1件结转至2014年办理。', 2013,
                 ['applications count 5 [year] @applications «5件»', 'granted count 3 [breakdown] (list of replies) @applications «3件»', 'denied count 1 [breakdown] @applications «1件»', 'carried_forward count 1 [breakdown] (year named) @applications «1件»'],
                 ['applications_carried_forward 1', 'applications_denied 1', 'applications_granted 3', 'applications_received 5'], id='a-list-of-replies-in-brackets-after-answered'),
    pytest.param('&nbsp;&nbsp;四、行政复议、行政诉讼情况&nbsp;\n&nbsp;&nbsp;无。', 2009,
                 ['reconsiderations none 0 [disclosure_context] (heading) @review_litigation «无。»', 'lawsuits none 0 [disclosure_context] (heading) @review_litigation «无。»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='a-scraped-pages-spaces-as-entities'),
    pytest.param('二、依申请公开情况\n本年度受理政府信息公开申请两件，一件予以公开，另一件申请人要求确认其已获取的材料真实性，按规定不予处理。', 2016,
                 ['applications count 2 [year] @applications «两件»', 'granted count 1 [] (after) @applications «一件»', 'not_processed count 1 [] (reply after its reason) @applications «一件»'],
                 ['applications_granted 1', 'applications_not_processed 1', 'applications_received 2'], id='the-other-request-described-then-its-reply'),
    pytest.param('二、依申请公开政府信息情况\n本年度收到信息公开申请9件，上年度无结转。', 2010,
                 ['applications count 9 [year] @applications «9件»', 'carried_over none 0 [disclosure_context] @applications «上年度无结转»'],
                 ['applications_carried_over 0', 'applications_received 9'], id='none-carried-over-in-one-word'),
    pytest.param('一、总体情况\n我局于2019年初组建，本年度主动公开政府信息二百零五条。', 2020,
                 ['proactive count 205 [year] @overview «二百零五条»'],
                 ['proactive_items 205'], id='a-year-of-another-event-before-the-counts-own-year'),
    pytest.param('一、总体情况\n本局（不含局属水文站）全年主动公开政府信息529条；局属水文站发布水情信息3,650条。', 2025,
                 ['proactive count 529 [own;year] @overview «529条»'],
                 ['proactive_items 529'], id='what-a-count-leaves-out-is-not-its-scope'),
    pytest.param('六、其他需要报告的事项\n信息处理费：〇元。', 2024,
                 ['fees count 0 [disclosure] @other «〇元»'],
                 ['fees_yuan 0'], id='a-fee-of-zero-in-a-numeral-after-a-colon'),
    pytest.param('某市人民政府（本级）2018年政府信息公开工作年度报告\n一、主动公开政府信息情况\n市政府本级主动公开政府信息2,306条。全市各级行政机关主动公开信息约21.7万条。', 2018,
                 ['proactive count 2306 [own] @proactive «2,306条»', 'proactive count ~217000 [area] @proactive «21.7万条»'],
                 ["proactive_items 2306 (judgement: the agency's own, not the whole area's)", "proactive_items ~217000 (the whole area (the agency's own stated))"], id='a-report-of-the-governments-own-level'),
    pytest.param('三、行政复议、行政诉讼情况\n因政府信息公开引起行政复议2件、行政诉讼3件（其中1件系经复议后起诉）。', 2016,
                 ['reconsiderations count 2 [about_disclosure;disclosure] @review_litigation «2件»', 'lawsuits count 3 [disclosure] @review_litigation «3件»', 'lawsuits count 1 [breakdown;disclosure] (after) @review_litigation «1件»'],
                 ['lawsuits 1 (one kind of lawsuit)', 'lawsuits 3', 'reconsiderations 2'], id='one-kind-of-lawsuit-said-after-its-number'),
    pytest.param('一、主动公开政府信息情况\n2016年，我局通过门户网站、政务微博和微信公众号主动公开政府信息1497条，其中政务微博发布832条。', 2016,
                 ['proactive count 1497 [own;this_year] @proactive «1497条»', 'published count 832 [breakdown;channel_social] @proactive «832条»'],
                 ['proactive_items 1497', 'proactive_items 832 (channel)'], id='the-channels-total-with-one-channels-part-after-it'),
    pytest.param('二、依申请公开情况\n全年共收到8件涉及房屋征收补偿的政府信息公开申请，予以公开6件，不予公开2件。', 2016,
                 ['applications count 8 [year] (after) @applications «8件»', 'granted count 6 [] @applications «6件»', 'denied count 2 [] @applications «2件»'],
                 ['applications_denied 2', 'applications_granted 6', 'applications_received 8'], id='requests-described-after-their-count-keep-their-count'),
    pytest.param('一、总体情况\n我局于2019年组建，当年主动公开信息50条。', 2020,
                 ['proactive count 50 [other_year;year] @overview «50条»'],
                 ['proactive_items 50 (another year)'], id='that-year-is-the-year-named-before'),
    pytest.param('某县人民政府2018年政府信息公开工作年度报告\n一、主动公开政府信息情况\n全县共主动公开政府信息15000条，其中县政府（本级）主动公开2306条。', 2018,
                 ['proactive count 15000 [area] @proactive «15000条»', 'proactive count 2306 [breakdown;own] @proactive «2306条»'],
                 ['proactive_items 15000', 'proactive_items 2306 (breakdown)'], id='the-own-level-as-a-part-of-a-whole-area-report'),
    pytest.param('一、主动公开政府信息情况\n通过门户网站、政务微博主动公开政府信息1200条，其中网站公开900条，政务微博公开300条，另通过微信公众号发布信息500条。', 2016,
                 ['proactive count 1200 [channel_social;channel_web] @proactive «1200条»', 'published count 900 [breakdown;channel_social;channel_web] @proactive «900条»', 'published count 300 [breakdown;channel_social] @proactive «300条»', 'published count 500 [breakdown;channel_social] @proactive «500条»'],
                 ['proactive_items 1200 (channel)', 'proactive_items 300 (channel)', 'proactive_items 500 (channel)', 'proactive_items 900 (channel)'], id='another-channel-after-the-parts-of-the-channels-listed'),
    pytest.param('二、依申请公开情况\n本年度共收到政府信息公开申请6件，除1件申请人撤回外，已于法定期限内予以公开。', 2013,
                 ['applications count 6 [year] @applications «6件»', 'applications count 1 [withdrawn] (after) @applications «1件»'],
                 ['applications_received 1 (withdrawn)', 'applications_received 6'], id='every-request-but-one-is-not-every-request'),
    pytest.param('四、行政复议、行政诉讼情况\n本年度共发生2件行政诉讼（均系经复议后起诉）。', 2016,
                 ['lawsuits count 2 [disclosure_context;year] (after) @review_litigation «2件»'],
                 ['lawsuits 2'], id='every-lawsuit-of-one-kind-is-the-years-lawsuits'),
    pytest.param('某县人民政府2010年政府信息公开工作年度报告\n说明：本报告为某县人民政府本级年度报告。\n（二）依申请公开。县政府本级全年收到政府信息公开申请11件。据汇总，全县政府系统共收到申请96件（含县政府本级）。', 2010,
                 ['applications count 11 [own;year] «11件»'],
                 ['applications_received 11'], id='a-report-that-names-itself-of-its-own-level'),
    pytest.param('某县人民政府2018年政府信息公开工作年度报告\n本报告为全县及县本级汇总。\n一、主动公开政府信息情况\n全县各级行政机关共主动公开政府信息15000条，其中县政府本级主动公开2306条。', 2018,
                 ['proactive count 15000 [area] @proactive «15000条»', 'proactive count 2306 [breakdown;own] @proactive «2306条»'],
                 ['proactive_items 15000', 'proactive_items 2306 (breakdown)'], id='a-report-of-the-whole-area-and-its-own-level'),
    pytest.param('四、政府信息公开行政复议、行政诉讼情况\n本年度未发生，表格略。', 2025,
                 ['reconsiderations none 0 [disclosure_context] (heading) @review_litigation «本年度未发生,表格略。»', 'lawsuits none 0 [disclosure_context] (heading) @review_litigation «本年度未发生,表格略。»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='none-with-the-table-left-out'),
    pytest.param('六、其他需要报告的事项\n本年度不涉及信息处理费。', 2025,
                 ['fees none 0 [] @other «不涉及信息处理费»'],
                 ['fees_yuan 0'], id='no-fee-in-words-of-not-concerning'),
    pytest.param('三、依申请公开政府信息情况\n本年度我局受理依申请公开事项二十三件。其中，提供信息的十九件，部分提供的二件，不予公开的一件。', 2009,
                 ['applications count 23 [own;year] @applications «二十三件»', 'partial count 2 [breakdown] @applications «二件»', 'denied count 1 [breakdown] @applications «一件»'],
                 ['applications_denied 1', 'applications_partial 2', 'applications_received 23'], id='given-the-information-names-no-reply-of-the-template'),
    pytest.param('一、总体情况\n全年主动公开信息总量1,862条，较上年增长7.4%。', 2019,
                 ['proactive count 1862 [year] @overview «1,862条»'],
                 ['proactive_items 1862'], id='the-years-total-in-words-of-total-amount'),
    pytest.param('一、总体情况\n截至2019年底，主动公开信息总量1.2万条。', 2019,
                 ['proactive count 12000 [cumulative] @overview «1.2万条»'],
                 ['proactive_items 12000 (cumulative)'], id='a-total-amount-to-a-date-is-a-stock'),
    pytest.param('某市统计局二〇〇九年政府信息公开工作年度报告\n二、主动公开政府信息情况。全年主动公开统计信息867条。', 2009,
                 ['proactive count 867 [category;year] @proactive «867条»'],
                 ["proactive_items 867 (judgement: one kind of information, the agency's own field: its whole output)"], id='the-agencys-field-with-the-year-in-numerals-in-its-title'),
    pytest.param('一、总体情况\n截至2020年底，本局累计主动公开政府信息4210条，其中本年新增388条。', 2020,
                 ['proactive count 4210 [cumulative;own] @overview «4210条»', "proactive count 388 [breakdown;year] (the year's part) @overview «388条»"],
                 ['proactive_items 388', 'proactive_items 4210 (cumulative)'], id='the-years-new-items-within-a-stock-of-items'),
    pytest.param('二、依申请公开情况\n截至2020年底，累计受理申请42件，其中本年新增8件。', 2020,
                 ['applications count 42 [cumulative] @applications «42件»'],
                 ['applications_received 42 (cumulative)'], id='new-within-a-stock-of-requests-names-no-topic'),
    pytest.param('一、主动公开\n截至2022年底，医院院务公开专栏累计发布信息1421条，本年度发布284条。', 2022,
                 ['published count 1421 [channel_web;cumulative] @proactive «1421条»', "published count 284 [year] (the year's part) @proactive «284条»"],
                 ['proactive_items 1421 (cumulative)', 'proactive_items 284'], id='the-years-part-of-a-stock-said-without-its-year'),
    pytest.param('某市燃气集团有限公司2018年信息公开工作报告\n一、主动公开\n2018年，公司通过官方网站、营业厅及微信公众号发布企业信息136条，主要包括燃气价格、安全用气知识等。', 2018,
                 ['published count 136 [category;this_year] @proactive «136条»'],
                 ["proactive_items 136 (judgement: one kind of information, the agency's own field: its whole output)"],
                 id='a-companys-own-information-published-is-its-whole-output'),
    pytest.param('一、总体情况\n截至2020年底累计公开信息9,872条，其中本年新增公开2,215条。', 2020,
                 ['published count 9872 [cumulative] @overview «9,872条»', 'published count 2215 [breakdown;year] @overview «2,215条»'],
                 ['proactive_items 2215', 'proactive_items 9872 (cumulative)'], id='the-years-newly-published-items-within-a-stock'),
    pytest.param('一、总体情况\n全年主动公开政府信息500条，本年新增规范性文件3件。', 2020,
                 ['proactive count 500 [year] @overview «500条»'],
                 ['proactive_items 500'], id='new-rules-of-the-year-are-not-items'),
    pytest.param('某某县人民政府2022年政府信息公开工作年度报告\n二、依申请公开情况\n本年新增申请9件，上年结转2件，均已办结。', 2022,
                 ['applications count 9 [year] @applications «9件»', 'carried_over count 2 [] @applications «2件»'],
                 ['applications_carried_over 2', 'applications_received 9'], id='new-this-year-of-requests-is-no-proactive-count'),
    pytest.param('某某县人民政府2022年政府信息公开工作年度报告\n四、行政复议和行政诉讼情况\n截至2022年底，累计发生行政复议5件，本年新增2件。', 2022,
                 ['reconsiderations count 5 [cumulative;disclosure_context] @review_litigation «5件»'],
                 ['reconsiderations 5 (cumulative)'], id='new-this-year-of-cases-is-no-proactive-count'),
    pytest.param('二、依申请公开情况\n全年受理申请21件。其中要求提供信息的申请15件，要求查阅的6件。', 2012,
                 ['applications count 21 [year] @applications «21件»', 'applications count 15 [breakdown] @applications «15件»', 'applications count 6 [breakdown] @applications «6件»'],
                 ['applications_received 15 (breakdown)', 'applications_received 21', 'applications_received 6 (breakdown)'], id='requests-asking-for-information-are-not-granted'),
    pytest.param('某某县人民政府2012年政府信息公开工作年度报告\n本报告为某县人民政府本级、县政府各部门和各乡镇的政府信息公开年度报告。\n一、主动公开政府信息情况\n全县各级行政机关共主动公开政府信息12000条，其中县政府本级主动公开1200条。', 2012,
                 ['proactive count 12000 [area] @proactive «12000条»', 'proactive count 1200 [breakdown;own] @proactive «1200条»'],
                 ['proactive_items 1200 (breakdown)', 'proactive_items 12000'], id='a-report-of-the-own-level-and-the-departments-is-the-whole-areas'),
    pytest.param('某某县财政局2012年政府信息公开工作年度报告\n二、依申请公开情况\n全年受理申请5件，其中1起转交县住建局办理，均已予以公开。', 2012,
                 ['applications count 5 [year] @applications «5件»'],
                 ['applications_received 5'], id='one-case-referred-in-another-unit-is-not-every-request-answered'),
    pytest.param('四、行政复议和行政诉讼情况\n市政府作为行政复议机关，全年受理以市直部门和县（区）政府为被申请人的政府信息公开类行政复议案件37件，审结35件。以市政府为被告的政府信息公开行政诉讼案件4件。', 2015,
                 ['reconsiderations count 37 [about_disclosure;disclosure;respondent;reviewer;year] @review_litigation «37件»', 'lawsuits count 4 [about_disclosure;disclosure] @review_litigation «4件»'],
                 ['lawsuits 4', 'reconsiderations 37 (the agency as reviewer)'], id='the-reviewing-body-names-others-as-respondents'),
    pytest.param('某某区文化局2012年政府信息公开工作年度报告\n一、主动公开情况\n全年主动公开政府信息45条。\n二、依申请公开情况\n本年度依申请公开情况如下：\n受理申请总数：12\n其中：现场申请：5\u3000网上申请：7\n答复结果：同意公开：8\u3000部分公开：1\u3000不予公开：2\u3000不属于本机关公开范围：1\n三、行政复议和行政诉讼\n行政复议：1\u3000行政诉讼：0', 2012,
                 ['proactive count 45 [year] @proactive «45条»', 'applications count 12 [year] @applications «12»', 'applications count 5 [breakdown] @applications «5»', 'applications count 7 [breakdown;channel_app] @applications «7»', 'granted count 8 [breakdown] @applications «8»', 'partial count 1 [breakdown] @applications «1»', 'denied count 2 [breakdown] @applications «2»', 'reconsiderations count 1 [disclosure_context] @review_litigation «1»', 'lawsuits count 0 [disclosure_context] @review_litigation «0»'],
                 ['applications_denied 2', 'applications_granted 8', 'applications_partial 1', 'applications_received 12', 'applications_received 5 (breakdown)', 'applications_received 7 (breakdown)', 'lawsuits 0', 'proactive_items 45', 'reconsiderations 1'], id='labels-and-bare-values-in-lines'),
    pytest.param('二、依申请公开情况\n全年答复情况：同意公开：8，部分公开：1，不予公开：2。', 2013,
                 ['granted count 8 [year] @applications «8»', 'partial count 1 [] @applications «1»', 'denied count 2 [] @applications «2»'],
                 ['applications_denied 2', 'applications_granted 8', 'applications_partial 1'], id='labels-and-bare-values-in-a-sentence'),
    pytest.param('二、依申请公开情况\n申请方式有：1、当面申请；2、网上申请；3、信函申请。', 2013,
                 [],
                 [], id='an-item-number-after-a-colon-is-no-count'),
    pytest.param('一、概述\n受理时间：2013年1月起，办公时间：9:30至17:00，咨询电话：0571-12345678，受理窗口编号：3号。', 2013,
                 [],
                 [], id='a-labels-date-time-phone-or-number-is-no-count'),
    pytest.param('某某县水利局2011年政府信息公开工作年度报告\n二、依申请公开情况\n2011年共办理政府信息公开申请26件，其中2010年底未办结、转入本年度继续办理的3件。', 2011,
                 ['applications count 26 [this_year] @applications «26件»', 'carried_over count 3 [breakdown;year] (year named) @applications «3件»'],
                 ['applications_carried_over 3', 'applications_received 23 (judgement: 26 including 3 carried over)', 'applications_received 26 (caseload: new and carried over)'], id='a-count-handled-with-a-part-left-open-at-the-end-of-a-named-year'),
    pytest.param('某某县水利局2013年政府信息公开工作年度报告\n二、依申请公开情况\n本年共办理政府信息公开申请26件，其中上年末未办完、转入本年度的3件。', 2013,
                 ['applications count 26 [year] @applications «26件»', 'carried_over count 3 [breakdown;year] (year named) @applications «3件»'],
                 ['applications_carried_over 3', 'applications_received 23 (judgement: 26 including 3 carried over)', 'applications_received 26 (caseload: new and carried over)'], id='a-count-handled-with-a-part-left-open-at-the-end-of-last-year'),
    pytest.param('某某县水利局2016年政府信息公开工作年度报告\n二、依申请公开情况\n共办理政府信息公开申请30件，其中本年新收27件、上年结转3件。', 2016,
                 ['applications count 30 [] @applications «30件»', 'applications count 27 [breakdown] @applications «27件»', 'carried_over count 3 [breakdown] @applications «3件»'],
                 ['applications_carried_over 3', 'applications_received 27', 'applications_received 30 (caseload: new and carried over)'], id='last-years-carried-words-after-a-count-are-the-next-counts'),
    pytest.param('某某市交通运输局2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息860条。\n四、行政复议和行政诉讼情况\n本年度，我局因政府信息公开被申请行政复议2件，均维持。被提起行政诉讼4件，其中1件败诉。全市交通运输系统因政府信息公开引发的行政诉讼共11件。', 2021,
                 ['proactive count 860 [year] @overview «860条»', 'reconsiderations count 2 [about_disclosure;disclosure;own;respondent;year] @review_litigation «2件»', 'lawsuits count 4 [disclosure_context;respondent] @review_litigation «4件»', 'lawsuits count 11 [about_disclosure;area;disclosure] @review_litigation «11件»'],
                 ["lawsuits 11 (the whole area (the agency's own stated))", "lawsuits 4 (judgement: the agency's own, not the whole area's)", 'proactive_items 860', 'reconsiderations 2'], id='a-departments-cases-against-it-beside-its-whole-systems'),
    pytest.param('二、依申请公开情况\n全年收到申请5件，比上年少1件。5件申请所涉信息均已全部公开，无不予公开情形。', 2012,
                 ['applications count 5 [year] @applications «5件»', 'applications count 5 [] (after) @applications «5件»', 'granted count 5 [] (all of the requests) @applications «5件申请所涉信息均已全部公开»', 'denied none 0 [disclosure_context] @applications «无不予公开»'],
                 ['applications_denied 0', 'applications_granted 5', 'applications_received 5', 'applications_received 5 (candidate)'], id='every-request-fully-disclosed-after-its-count'),
    pytest.param('二、依申请公开情况\n全年受理申请4件，均已全部公开。', 2012,
                 ['applications count 4 [year] @applications «4件»', 'granted count 4 [year] (all of the requests) @applications «均已全部公开。»'],
                 ['applications_granted 4', 'applications_received 4'], id='every-request-fully-disclosed-in-the-clause-after'),
    pytest.param('某某市知识产权局2011年政府信息公开工作情况\n我局共收到政府信息公开申请9件。\n全年代收专利检索费12万元。', 2011,
                 ['applications count 9 [own] «9件»'],
                 ['applications_received 9'], id='a-patent-search-fee-is-no-disclosure-fee'),
    pytest.param('二、依申请公开情况\n全年受理申请12件，对其中8件依法提供了所需信息，对2件予以提供部分信息，2件因涉及个人隐私未予公开。', 2012,
                 ['applications count 12 [year] @applications «12件»', 'granted count 8 [breakdown] (after) @applications «8件»', 'denied count 2 [] (after) @applications «2件»'],
                 ['applications_denied 2', 'applications_granted 8', 'applications_received 12'], id='information-provided-is-granted'),
    pytest.param('二、依申请公开情况\n全年共受理申请26件，已全部办结。同意公开17件，部分公开4件，不予公开3件，其余2件申请因所需信息不由本机关掌握，已告知申请人。', 2013,
                 ['applications count 26 [year] @applications «26件»', 'granted count 17 [] @applications «17件»', 'partial count 4 [] @applications «4件»', 'denied count 3 [] @applications «3件»', 'applications count 2 [breakdown] (after) @applications «2件»'],
                 ['applications_denied 3', 'applications_granted 17', 'applications_partial 4', 'applications_received 2 (breakdown)', 'applications_received 26'], id='the-rest-after-the-replies-is-some-of-those-answered'),
    pytest.param('二、依申请公开情况\n全年收到政府信息公开申请14件，另有2件为2014年12月下旬收到、本年度答复的申请。', 2015,
                 ['applications count 14 [year] @applications «14件»', 'carried_over count 2 [] (after) @applications «2件»'],
                 ['applications_carried_over 2', 'applications_received 14'], id='another-received-in-the-year-before-is-carried-over'),
    pytest.param('二、依申请公开情况\n全年收到政府信息公开申请14件，另有2件为2015年12月下旬收到、本年度答复的申请。', 2013,
                 ['applications count 14 [year] @applications «14件»', 'applications count 2 [] (after) @applications «2件»'],
                 ['applications_received 14 (candidate)', 'applications_received 2 (candidate)'], id='another-received-in-another-year-is-not-carried-over'),
    pytest.param('某某乡人民政府2015年政府信息公开工作年度报告\n今年以来，我乡通过公开栏共计主动公开信息52条。\n全年收到群众书面申请3件，内容为危房改造补助发放。对其中2件提供了相关信息，另1件属于他人个人信息，征求意见后不予公开。', 2015,
                 ['proactive count 52 [about_disclosure;channel_web;own;this_year;year] «52条»', 'applications count 3 [year] «3件»', 'denied count 1 [] (reply after its reason) «1件»'],
                 ['applications_denied 1', 'applications_received 3', 'proactive_items 52'], id='a-bare-request-answered-in-the-next-sentence'),
    pytest.param('某某乡人民政府2015年政府信息公开工作年度报告\n今年以来，我乡通过公开栏共计主动公开信息52条。\n全年收到群众低保申请36件，均已按程序审核办理。', 2015,
                 ['proactive count 52 [about_disclosure;channel_web;own;this_year;year] «52条»'],
                 ['proactive_items 52'], id='a-bare-request-with-no-disclosure-answer-is-no-disclosure-request'),
    pytest.param('二、依申请公开情况\n全年受理申请总量为15件。15件申请中，已公开的9件，部分公开的3件，不予公开的3件。', 2014,
                 ['applications count 15 [year] @applications «15件»', 'applications count 15 [] (after) @applications «15件»', 'granted count 9 [] (list of replies) @applications «9件»', 'partial count 3 [] @applications «3件»', 'denied count 3 [] @applications «3件»'],
                 ['applications_denied 3', 'applications_granted 9', 'applications_partial 3', 'applications_received 15', 'applications_received 15 (candidate)'], id='already-disclosed-in-a-list-of-replies-is-granted'),
    pytest.param('一、主动公开情况\n全年已公开的政府信息共320条，其中规范性文件12条。', 2014,
                 ['published count 320 [year] @proactive «320条»'],
                 ['proactive_items 320'], id='already-disclosed-items-are-no-reply'),
    pytest.param('二、依申请公开情况\n全年收到政府信息公开申请9件，其中1件与此前已答复的申请内容相同，按重复申请不予处理；其余8件均予以公开。', 2016,
                 ['applications count 9 [year] @applications «9件»', 'not_processed count 1 [breakdown] (reply after its reason) @applications «1件»', 'granted count 8 [] (after) @applications «8件»'],
                 ['applications_granted 8', 'applications_not_processed 1', 'applications_received 9'], id='a-request-like-one-answered-before-not-processed'),
    pytest.param('二、依申请公开情况\n全年收到政府信息公开申请9件，其中2件系重复申请，依法不予处理。', 2016,
                 ['applications count 9 [year] @applications «9件»', 'other_reply count 2 [breakdown] (after) @applications «2件»'],
                 ['applications_received 9'], id='a-request-that-is-a-repeat-not-processed'),
    pytest.param('二、依申请公开情况\n全年收到政府信息公开申请9件，其中2件系通过信函提交。', 2016,
                 ['applications count 9 [year] @applications «9件»'],
                 ['applications_received 9'], id='a-part-said-of-with-no-reply-stays-a-part'),
    pytest.param('六、其他需要报告的事项\n本年度本机关不涉及收取信息处理费。', 2022,
                 ['fees none 0 [] @other «不涉及收取»'],
                 ['fees_yuan 0'], id='no-fee-to-charge'),
    pytest.param('二、依申请公开情况\n本年度收到申请40件。其中，予以公开25件；属于投诉举报类诉求、不作为政府信息公开申请处理的15件。', 2017,
                 ['applications count 40 [year] @applications «40件»', 'granted count 25 [breakdown] @applications «25件»', 'not_processed count 15 [breakdown] @applications «15件»'],
                 ['applications_granted 25', 'applications_not_processed 15', 'applications_received 40'], id='not-treated-as-a-disclosure-request-is-not-processed'),
    pytest.param('四、行政复议和行政诉讼情况\n被申请行政复议2件，被提起行政诉讼3件，另有1件为上年起诉、本年审结的案件不计入本年。', 2017,
                 ['reconsiderations count 2 [disclosure_context;respondent] @review_litigation «2件»', 'lawsuits count 3 [disclosure_context;respondent] @review_litigation «3件»', 'lawsuits count 1 [disclosure_context;not_counted] (after) @review_litigation «1件»'],
                 ['lawsuits 1 (said not counted)', 'lawsuits 3', 'reconsiderations 2'], id='another-case-said-not-counted-in-the-year'),
    pytest.param('六、其他需要报告的事项\n2023年未收取信息处理费（2022年收取60元）。', 2023,
                 ['fees none 0 [disclosure] @other «未收取信息处理费»', 'fees count 60 [breakdown;disclosure;other_year] @other «60元»'],
                 ['fees_yuan 0', 'fees_yuan 60 (another year)'], id='no-fee-this-year-beside-last-years-fee'),
    pytest.param('三、收费情况\n本年度收取信息处理费（含复印费）60元。', 2023,
                 ['fees count 60 [disclosure;year] @fees «60元»'],
                 ['fees_yuan 60'], id='a-fee-with-what-it-includes-in-parentheses'),
    pytest.param('三、收费及减免情况\n县档案馆全年提供查档服务8000人次，收取检索费、复制费1.5万元。本局未收取政府信息公开费用。', 2016,
                 ['fees count 15000 [disclosure_context] @fees «1.5万元»', 'fees none 0 [disclosure;own] @fees «未收取政府信息公开费用»'],
                 ['fees_yuan 0', 'fees_yuan 15000 (candidate)'], id='another-bodys-search-and-copy-fees-are-not-the-agencys'),
    pytest.param('四、行政复议和行政诉讼情况\n行政复议咨询电话：12345\n本年度未发生行政复议和行政诉讼。', 2018,
                 ['reconsiderations none 0 [disclosure_context] @review_litigation «未发生行政复议和行政诉讼»', 'lawsuits none 0 [disclosure_context] @review_litigation «未发生行政复议和行政诉讼»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='a-phone-number-after-a-label-is-no-count'),
    pytest.param('二、依申请公开情况\n受理地点：市民服务中心办公室：301\n本年度共受理申请9件。', 2018,
                 ['applications count 9 [year] @applications «9件»'],
                 ['applications_received 9'], id='a-room-number-after-a-label-is-no-count'),
    pytest.param('三、收费及减免情况\n复印费（元/页）：1\n本年度未收取任何费用。', 2018,
                 ['fees none 0 [disclosure_context] @fees «未收取任何费用»'],
                 ['fees_yuan 0'], id='a-price-per-page-after-a-label-is-no-fee'),
    pytest.param('二、依申请公开情况\n全年受理申请4件，已全部办结。通过电话咨询为群众提供了所需信息120次。', 2016,
                 ['applications count 4 [year] @applications «4件»'],
                 ['applications_received 4'], id='information-provided-in-services-is-no-reply'),
    pytest.param('二、依申请公开情况\n全年受理申请8件，对其中6件提供了相关信息，另1件提供了相关信息的部分内容。', 2018,
                 ['applications count 8 [year] @applications «8件»'],
                 ['applications_received 8'], id='related-information-provided-is-not-read-as-a-reply'),
    pytest.param('二、依申请公开情况\n予以公开8件，部分公开2件，不予公开1件，本年度共计申请11件。', 2016,
                 ['granted count 8 [] @applications «8件»', 'partial count 2 [] @applications «2件»', 'denied count 1 [] @applications «1件»', 'applications count 11 [year] @applications «11件»'],
                 ['applications_denied 1', 'applications_granted 8', 'applications_partial 2', 'applications_received 11'], id='the-total-after-the-replies-is-the-requests-received'),
    pytest.param('二、依申请公开情况\n同意公开22件，不予公开3件，全年申请总数25件。', 2016,
                 ['granted count 22 [] @applications «22件»', 'denied count 3 [] @applications «3件»', 'applications count 25 [year] @applications «25件»'],
                 ['applications_denied 3', 'applications_granted 22', 'applications_received 25'], id='the-number-of-requests-after-the-replies-is-their-total'),
    pytest.param('二、依申请公开情况\n上一年度未答复的申请人回访3次。本年度受理申请8件。', 2015,
                 ['applications count 3 [answered;comparison] @applications «3次»', 'applications count 8 [year] @applications «8件»'],
                 ['applications_received 3 (comparison)', 'applications_received 8'], id='visits-to-applicants-of-last-year-are-not-carried-requests'),
    pytest.param('四、行政复议和行政诉讼情况\n收到行政复议申请2件，其中1件系2014年12月提出，已审结。', 2015,
                 ['reconsiderations count 2 [disclosure_context] @review_litigation «2件»'],
                 ['reconsiderations 2'], id='a-case-brought-last-year-is-no-carried-request'),
    pytest.param('六、其他需要报告的事项\n未收取信息处理费（上年收取60元）。', 2015,
                 ['fees none 0 [disclosure] @other «未收取信息处理费»', 'fees count 60 [breakdown;comparison;disclosure] @other «60元»'],
                 ['fees_yuan 0', 'fees_yuan 60 (comparison)'], id='no-fee-this-year-beside-last-years-in-words'),
    pytest.param('二、主动公开政府信息的情况\n截至年底，我局共主动公开政府信息215条，其中机构概况类30条。', 2008,
                 ['proactive count 215 [own;year_context;year_end] «215条»', 'proactive count 30 [breakdown] (category) «30条»'],
                 ["proactive_items 215 (judgement: 截至 the year's end)", 'proactive_items 30 (breakdown: 机构概况类)'], id='to-the-end-of-2008-is-the-regulations-first-year'),
    pytest.param('二、主动公开政府信息的情况\n截至年底，我局共主动公开政府信息215条，其中机构概况类30条。', 2012,
                 ['proactive count 215 [own;year_end] «215条»', 'proactive count 30 [breakdown] (category) «30条»'],
                 ["proactive_items 215 (cumulative or the year's? (截至 the year's end, no other sign of the period))", 'proactive_items 30 (breakdown: 机构概况类)'], id='to-the-end-of-another-year-may-be-a-stock'),
    pytest.param('二、主动公开政府信息的情况\n截至2008年底，我局累计主动公开政府信息215条。', 2008,
                 ['proactive count 215 [cumulative;own] «215条»'],
                 ['proactive_items 215 (cumulative)'], id='a-stock-to-the-end-of-2008-stays-a-stock'),
    pytest.param('二、依申请公开政府信息情况\n全年共受理各类咨询、申请380件次，其中政府信息公开申请27件，其余为业务咨询。', 2016,
                 ['consultations count 380 [year] @applications «380件»', 'applications count 27 [breakdown] @applications «27件»'],
                 ['applications_received 27 (breakdown)', 'consultations 380'], id='the-requests-among-consultations-are-a-part-a-careful-reader-may-take'),
    pytest.param('二、依申请公开政府信息情况\n全年共受理各类咨询、申请380件次，其中网上申请27件。', 2016,
                 ['consultations count 380 [year] @applications «380件»', 'applications count 27 [breakdown;channel_app] @applications «27件»'],
                 ['applications_received 27 (breakdown)', 'consultations 380'], id='a-channel-among-consultations-is-no-request-count'),
    pytest.param('二、依申请公开情况\n受理各类咨询、申请500件次，其中涉及政府信息公开申请的咨询40件。', 2015,
                 ['consultations count 500 [] @applications «500件»', 'applications count 40 [breakdown] @applications «40件»'],
                 ['applications_received 40 (breakdown)', 'consultations 500'], id='consultations-about-requests-are-no-requests'),
    pytest.param('二、依申请公开情况\n上年末未办结的投诉4件已转交相关部门。本年受理申请7件。', 2015,
                 ['applications count 7 [year] @applications «7件»'],
                 ['applications_received 7'], id='last-years-open-complaints-are-no-carried-requests'),
    pytest.param('一、主动公开情况\n截至12月31日，我局网站共发布信息4200条，其中《条例》施行前形成的历史信息3100条。', 2008,
                 ['published count 4200 [channel_web;own;year_end] @proactive «4200条»'],
                 ["proactive_items 4200 (cumulative or the year's? (截至 the year's end, no other sign of the period))"], id='to-the-end-of-2008-with-older-information-is-a-stock'),
    pytest.param('二、依申请公开情况\n申请表格下载次数：42\n申请总数：7', 2012,
                 ['applications count 7 [] @applications «7»'],
                 ['applications_received 7'], id='a-label-of-downloads-counts-no-requests'),
    pytest.param('二、依申请公开情况\n申请人数：4\n申请件数：6', 2012,
                 ['applications count 6 [] @applications «6»'],
                 ['applications_received 6'], id='a-label-of-persons-counts-no-requests'),
    pytest.param('二、依申请公开情况\n申请受理窗口：2\n受理申请数：9', 2012,
                 ['applications count 9 [] @applications «9»'],
                 ['applications_received 9'], id='a-label-of-windows-counts-no-requests'),
    pytest.param('二、依申请公开情况\n同意公开9件，部分公开3件，申请12件均在法定期限内答复。', 2013,
                 ['granted count 9 [] @applications «9件»', 'partial count 3 [] @applications «3件»', 'applications count 12 [] @applications «12件»'],
                 ['applications_granted 9', 'applications_partial 3', 'applications_received 12'], id='a-count-that-is-the-sum-of-the-replies-is-their-total'),
    pytest.param('二、依申请公开情况\n同意公开4件，不予公开2件，上述申请均按期答复，另有1件申请人撤回。', 2013,
                 ['granted count 4 [] @applications «4件»', 'denied count 2 [] @applications «2件»', 'applications count 1 [withdrawn] (after) @applications «1件»'],
                 ['applications_denied 2', 'applications_granted 4', 'applications_received 1 (withdrawn)'], id='the-replies-above-and-a-withdrawn-request'),
    pytest.param('某某区住房和城乡建设局2017年政府信息公开工作年度报告\n四、行政复议和行政诉讼情况\n全区本年度发生政府信息公开行政复议案件6件、行政诉讼案件3件，均不涉及我局。', 2017,
                 ['reconsiderations count 6 [about_disclosure;area;disclosure;year] @review_litigation «6件»', 'lawsuits count 3 [area;disclosure] @review_litigation «3件»', 'reconsiderations none 0 [disclosure;own] (none of the count before) @review_litigation «均不涉及我局。»', 'lawsuits none 0 [disclosure;own] (none of the count before) @review_litigation «均不涉及我局。»'],
                 ["lawsuits 0 (judgement: the agency's own, not the whole area's)", "lawsuits 3 (the whole area (the agency's own stated))", "reconsiderations 0 (judgement: the agency's own, not the whole area's)", "reconsiderations 6 (the whole area (the agency's own stated))"], id='the-areas-cases-none-of-them-the-agencys'),
    pytest.param('某某市人民政府办公室2016年政府信息公开工作年度报告\n一、主动公开情况\n市政府办公室全年通过市政府门户网站主动公开政府信息1,520条。全市各级行政机关共主动公开政府信息9.6万条。\n四、行政复议和行政诉讼情况\n以市政府为被告的政府信息公开行政诉讼案件12件；以市政府办公室为被申请人的行政复议案件1件，维持原答复。', 2016,
                 ['proactive count 1520 [channel_web;year] @proactive «1,520条»', 'proactive count 96000 [area] @proactive «9.6万条»', 'lawsuits count 12 [about_disclosure;disclosure] @review_litigation «12件»', 'reconsiderations count 1 [disclosure_context;respondent] @review_litigation «1件»'],
                 ["lawsuits 12 (another agency's: named as the respondent)", "proactive_items 1520 (judgement: the agency's own, not the whole area's)", "proactive_items 96000 (the whole area (the agency's own stated))", 'reconsiderations 1'], id='an-office-beside-its-government-named-as-respondent'),
    pytest.param('二、依申请公开情况\n本年度共受理申请4件，其中3件全部公开；1件因本单位不掌握相关信息，告知申请人向有关部门咨询。', 2015,
                 ['applications count 4 [year] @applications «4件»', 'granted count 3 [breakdown] (after) @applications «3件»', 'unable count 1 [] (after) @applications «1件»'],
                 ['applications_granted 3', 'applications_received 4', "applications_unable 1 (not the year's figure: not called 无法提供 before 2019)"], id='not-holding-the-information-before-2019-is-not-called-unable'),
    pytest.param('二、依申请公开情况\n本年度共受理申请4件，其中3件全部公开；1件因本单位不掌握相关信息，无法提供。', 2015,
                 ['applications count 4 [year] @applications «4件»', 'granted count 3 [breakdown] (after) @applications «3件»', 'unable count 1 [] (after) @applications «1件»'],
                 ['applications_granted 3', 'applications_received 4', 'applications_unable 1'], id='not-holding-the-information-called-unable-before-2019'),
    pytest.param('三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请二十一件，上年结转一件。本年度办结二十件，其中予以公开十二件，部分公开三件，不予公开五件。结转下年度继续办理二件。', 2023,
                 ['applications count 21 [] @applications «二十一件»', 'carried_over count 1 [] @applications «一件»', 'granted count 12 [breakdown] @applications «十二件»', 'partial count 3 [breakdown] @applications «三件»', 'denied count 5 [breakdown] @applications «五件»', 'carried_forward count 2 [] @applications «二件»'],
                 ['applications_carried_forward 2', 'applications_carried_over 1', 'applications_denied 5', 'applications_granted 12', 'applications_partial 3', 'applications_received 21'], id='table-3-written-as-prose-with-its-labels'),
    pytest.param('四、政府信息公开行政复议、行政诉讼情况\n本年度本机关因政府信息公开被申请行政复议、被提起行政诉讼的数量均为〇。', 2023,
                 ['reconsiderations none 0 [disclosure;own] @review_litigation «行政复议、被提起行政诉讼的数量均为〇»', 'lawsuits none 0 [disclosure;own] @review_litigation «行政复议、被提起行政诉讼的数量均为〇»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='cases-none-written-with-the-zero-sign'),
    pytest.param('某某区环境保护局2012年度政府信息公开年报\n（四）复议和诉讼\n以我局为被申请人的行政复议案件0件。全区法院本年度共受理涉环保类政府信息公开诉讼5件，其中以我局为被告的2件，目前尚在审理。', 2012,
                 ['reconsiderations count 0 [disclosure_context;own;respondent] @review_litigation «0件»', 'lawsuits count 5 [about_disclosure;disclosure;reviewer;year] @review_litigation «5件»', "lawsuits count 2 [breakdown;disclosure_context;own;reviewer] (the agency's own part) @review_litigation «2件»"],
                 ["lawsuits 2 (judgement: the agency's own, named as the respondent)", 'lawsuits 5 (the agency as reviewer)', 'reconsiderations 0'], id='the-agency-named-as-respondent-by-itself'),
    pytest.param('三、依申请公开政府信息情况\n本年度未收到公民、法人或其他组织提出的政府信息公开申\n某某市统计局2010年政府信息公开工作年度报告 — 2 —\n请。\n四、收费及减免情况', 2010,
                 ['applications none 0 [disclosure] @applications «未收到公民、法人或其他组织提出的政府信息公开申\n某某市统计局2010年政府信息公开工作年度报告 — 2 —\n请»'],
                 ['applications_received 0'], id='a-word-broken-by-a-running-header-with-dashed-page-number'),
    pytest.param('三、依申请公开政府信息情况\n本年度收到政府信息公开申请\n- 3 -\n12件。', 2010,
                 ['applications count 12 [year] @applications «12件»'],
                 ['applications_received 12'], id='a-count-broken-by-a-dashed-page-number'),
    pytest.param('某某市人力资源和社会保障局2020年政府信息公开工作年度报告\n四、行政复议和行政诉讼情况\n全年以市人社局为被申请人的政府信息公开行政复议2件，以市人社局为被告的行政诉讼1件。', 2020,
                 ['reconsiderations count 2 [about_disclosure;disclosure;respondent;year] @review_litigation «2件»', 'lawsuits count 1 [disclosure_context] @review_litigation «1件»'],
                 ['lawsuits 1', 'reconsiderations 2'], id='the-agency-named-as-respondent-by-its-short-name'),
    pytest.param('某某市人民政府办公室2018年政府信息公开工作年度报告\n四、行政复议和行政诉讼情况\n全年以市政府为被告、市政府办公室为共同被告的政府信息公开行政诉讼2件。', 2018,
                 ['lawsuits count 2 [about_disclosure;disclosure;year] @review_litigation «2件»'],
                 ['lawsuits 2'], id='the-office-as-co-defendant-beside-its-government'),
    pytest.param('某某县民政局2017年政府信息公开工作年度报告\n二、依申请公开情况\n全年受理申请10件，其中同意公开6件；不予公开1件；无法提供：本机关不掌握3件。', 2017,
                 ['applications count 10 [year] @applications «10件»', 'granted count 6 [breakdown] @applications «6件»', 'denied count 1 [] @applications «1件»', 'unable count 3 [] @applications «3件»'],
                 ['applications_denied 1', 'applications_granted 6', 'applications_received 10', 'applications_unable 3'], id='not-held-called-unable-earlier-in-its-sentence'),
    pytest.param('某某县民政局2017年政府信息公开工作年度报告\n二、依申请公开情况\n（一）无法提供情况\n本机关不掌握相关信息的3件。', 2017,
                 ['unable count 3 [] «3件»'],
                 ['applications_unable 3'], id='not-held-under-a-heading-of-unable'),
    pytest.param('某某市数据资源管理局2019年政府信息公开工作年度报告\n一、总体情况\n我局于2019年3月挂牌成立，当年主动公开信息412条。', 2019,
                 ['proactive count 412 [this_year;year] @overview «412条»'],
                 ['proactive_items 412'], id='set-up-in-a-month-the-whole-year-named-after-it'),
    pytest.param('某某市数据资源管理局2019年政府信息公开工作年度报告\n一、总体情况\n2019年1月至6月，我局主动公开信息212条。', 2019,
                 ['proactive count 212 [own;part_of_year;this_year] @overview «212条»'],
                 ['proactive_items 212 (part of the year)'], id='months-of-the-year-are-a-part-of-it'),
    pytest.param('三、依申请公开情况\n全年受理申请9件，同意公开6件，部分公开1件；其余2件经告知申请人补正后仍无法确定所需信息，属无法提供。', 2012,
                 ['applications count 9 [year] @applications «9件»', 'granted count 6 [] @applications «6件»', 'partial count 1 [] @applications «1件»', 'applications count 2 [breakdown] (after) @applications «2件»'],
                 ['applications_granted 6', 'applications_partial 1', 'applications_received 2 (breakdown)', 'applications_received 9'], id='unable-to-determine-is-no-none-of-requests'),
    pytest.param('一、总体情况\n本中心全年收到公开申请3件，均已按期答复。上年度无结转申请。', 2022,
                 ['applications count 3 [year] @overview «3件»', 'carried_over none 0 [disclosure_context] @overview «上年度无结转»'],
                 ['applications_carried_over 0', 'applications_received 3'],
                 id='none-carried-over-said-with-its-requests-noun'),
    pytest.param('一、总体情况\n本年度收到政府信息公开申请4件，其中予以公开3件，无法提供1件；部分公开、不予公开、不予处理等其他情形均为0。', 2022,
                 ['applications count 4 [year] @overview «4件»', 'granted count 3 [breakdown] @overview «3件»', 'unable count 1 [breakdown] @overview «1件»', 'partial none 0 [] @overview «部分公开、不予公开、不予处理等其他情形均为0»', 'denied none 0 [] @overview «部分公开、不予公开、不予处理等其他情形均为0»', 'not_processed none 0 [] @overview «部分公开、不予公开、不予处理等其他情形均为0»'],
                 ['applications_denied 0', 'applications_granted 3', 'applications_not_processed 0', 'applications_partial 0', 'applications_received 4', 'applications_unable 1'],
                 id='other-replies-each-zero-after-a-list-ending-in-other-cases'),
    pytest.param('四、行政复议和行政诉讼情况\n本年度我委被申请行政复议三件，其中二件维持，一件撤销；被提起行政诉讼两件。', 2021,
                 ['reconsiderations count 3 [disclosure_context;own;respondent;year] @review_litigation «三件»', 'lawsuits count 2 [disclosure_context;respondent] @review_litigation «两件»'],
                 ['lawsuits 2', 'reconsiderations 3'],
                 id='a-semicolon-ends-the-parts-of-the-cases-before-it'),
    pytest.param('二、依申请公开情况\n其中，予以公开3件；无法提供2件，1件为本机关不掌握相关政府信息，1件为没有现成信息需要另行制作；不予处理1件，系申请人要求行政机关确认或重新出具已获取信息。', 2022,
                 ['granted count 3 [breakdown] @applications «3件»', 'unable count 2 [] @applications «2件»', 'unable count 1 [breakdown] (after) @applications «1件»', 'not_processed count 1 [] @applications «1件»'],
                 ['applications_granted 3', 'applications_not_processed 1', 'applications_unable 1 (breakdown)', 'applications_unable 2'],
                 id='a-count-ends-what-a-negation-before-it-governs'),
    pytest.param('一、总体情况\n2022年，全县各单位共受理政府信息公开申请318件，本局受理12件。', 2022,
                 ['applications count 318 [area;this_year] @overview «318件»', "applications count 12 [own] (the agency's own part) @overview «12件»"],
                 ["applications_received 12 (judgement: the agency's own, not the whole area's)", "applications_received 318 (the whole area (the agency's own stated))"],
                 id='the-agencys-own-count-with-the-verb-of-the-areas'),
    pytest.param('二、依申请公开情况\n本年新收申请14件，予以公开10件；对2件以申请形式提出的投诉举报事项，按规定不予处理；对2件重复申请不予处理。', 2023,
                 ['applications count 14 [] @applications «14件»', 'granted count 10 [] @applications «10件»', 'applications count 2 [answered;breakdown] (after) @applications «2件»', 'not_processed count 2 [] (after) @applications «2件»'],
                 ['applications_granted 10', "applications_not_processed 2 (breakdown: one of the reply's parts, not all read)",
                  'applications_received 14', "applications_received 2 (not the year's figure: answered, not received)"],
                 id='some-requests-given-a-reply-are-not-the-requests-received'),
    pytest.param('三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请8件。经办理，予以公开4件；因申请公开的信息属于内部事务信息，不予公开1件；因涉及第三方商业秘密，不予公开2件；本机关不掌握相关信息1件。', 2023,
                 ['applications count 8 [] @applications «8件»', 'granted count 4 [] @applications «4件»', 'denied count 1 [] @applications «1件»', 'denied count 2 [] @applications «2件»', 'unable count 1 [] @applications «1件»'],
                 ['applications_denied 1 (breakdown: one reason)', 'applications_denied 2 (breakdown: one reason)', 'applications_denied 3 (judgement: the counts of its reasons named in turn, summed)', 'applications_granted 4', 'applications_received 8', 'applications_unable 1'],
                 id='reasons-of-one-reply-each-after-a-semicolon-are-summed'),
    pytest.param('二、依申请公开情况\n受理申请7件。予以公开3件；无法提供4件，3件为本机关不掌握相关政府信息，1件为补正后申请内容仍不明确。', 2022,
                 ['applications count 7 [] @applications «7件»', 'granted count 3 [] @applications «3件»', 'unable count 4 [] @applications «4件»', 'unable count 3 [breakdown] (after) @applications «3件»', 'applications count 1 [breakdown] (after) @applications «1件»'],
                 ['applications_granted 3', 'applications_received 1 (breakdown)', 'applications_received 7', 'applications_unable 3 (breakdown)', 'applications_unable 4'],
                 id='the-reasons-of-a-reply-counted-after-it-are-its-parts'),
    pytest.param('三、依申请公开情况\n本年度共受理申请19件，其中上年结转1件，本年新收18件。已答复17件，其中予以公开11件，部分公开2件，不予公开1件，无法提供3件；2件因涉及第三方需征求意见，转入2016年继续办理。', 2015,
                 ['applications count 19 [year] @applications «19件»', 'carried_over count 1 [breakdown] @applications «1件»', 'applications count 18 [breakdown] @applications «18件»', 'granted count 11 [breakdown] @applications «11件»', 'partial count 2 [breakdown] @applications «2件»', 'denied count 1 [breakdown] @applications «1件»', 'unable count 3 [breakdown] @applications «3件»', 'carried_forward count 2 [] (year named) @applications «2件»'],
                 ['applications_carried_forward 2', 'applications_carried_over 1', 'applications_denied 1', 'applications_granted 11', 'applications_partial 2', 'applications_received 18', 'applications_received 19 (caseload: new and carried over)', 'applications_unable 3'],
                 id='a-count-carried-forward-after-replies-written-as-table-rows-in-a-report-before-the-template'),
    pytest.param('三、依申请公开情况\n全年受理申请12件，办结10件，其中予以公开8件、无法提供2件；另有2件延续至2019年办理。', 2018,
                 ['applications count 12 [year] @applications «12件»', 'granted count 8 [breakdown] @applications «8件»', 'unable count 2 [breakdown] @applications «2件»', 'carried_forward count 2 [] (year named) @applications «2件»'],
                 ['applications_carried_forward 2', 'applications_granted 8', 'applications_received 12', 'applications_unable 2'], id='requests-continued-into-the-next-year'),
    pytest.param('某县水利局2015年政府信息公开工作年度报告\n一、概述\n2015年，全县42个一级预算单位全部公开了部门预算。', 2015,
                 [],
                 [], id='bodies-that-all-published-are-no-replies'),
    pytest.param('三、依申请公开情况\n本年度收到公开申请的数量比2014年的31件减少9件，降至22件。', 2015,
                 ['applications count 31 [other_year;year] @applications «31件»', 'applications count 22 [] (subject) @applications «22件»'],
                 ['applications_received 22', 'applications_received 31 (another year)'], id='the-base-years-count-then-the-years-after-its-change'),
    pytest.param('一、清单事项公开情况\n学院对照清单所列9大类46条要求逐项梳理，清单事项均予以公开。', 2016,
                 [],
                 [], id='the-items-of-a-list-are-no-requests'),
    pytest.param('四、行政复议和行政诉讼情况\n全年被提起政府信息公开行政诉讼三件，一件为直接起诉，两件为经复议后起诉，均已审结。', 2015,
                 ['lawsuits count 3 [about_disclosure;disclosure;respondent;year] @review_litigation «三件»', 'lawsuits count 1 [breakdown;disclosure_context] (after) @review_litigation «一件»', 'lawsuits count 2 [breakdown;disclosure_context] (after) @review_litigation «两件»'],
                 ['lawsuits 1 (breakdown)', 'lawsuits 2 (breakdown)', 'lawsuits 3'], id='the-kinds-of-lawsuit-counted-after-their-total-are-its-parts'),
    pytest.param('二、依申请公开情况\n本年度共收到申请7件，予以公开6件；因涉及第三方商业秘密，不予公开1件；对因涉及商业秘密而不予公开的1件，已书面说明理由。', 2021,
                 ['applications count 7 [year] @applications «7件»', 'granted count 6 [] @applications «6件»', 'denied count 1 [] @applications «1件»', 'denied count 1 [] @applications «1件»'],
                 ['applications_denied 1', 'applications_denied 1 (candidate)', 'applications_granted 6', 'applications_received 7'], id='a-reason-said-again-after-a-semicolon-is-not-another-part'),
    pytest.param('二、依申请公开情况\n本年度共收到涉及土地征收、房屋登记等方面的申请9件，予以公开6件，不予公开3件，因涉及国家秘密不予公开2件，因涉及个人隐私不予公开1件。', 2021,
                 ['applications count 9 [year] @applications «9件»', 'granted count 6 [] @applications «6件»', 'denied count 3 [] @applications «3件»', 'denied count 2 [] @applications «2件»', 'denied count 1 [] @applications «1件»'],
                 ['applications_denied 1 (candidate)', 'applications_denied 2 (candidate)', 'applications_denied 3 (candidate)', 'applications_granted 6', 'applications_received 9'], id='a-reason-word-in-the-sentences-subject-is-no-parts-reason'),
    pytest.param('一、总体情况\n本年度收到行政复议申请3件，上年无结转申请。', 2021,
                 ['reconsiderations count 3 [year] @overview «3件»'],
                 ['reconsiderations 3 (not about disclosure)'], id='none-carried-over-of-reconsiderations-is-no-requests'),
    pytest.param('二、依申请公开情况\n本年度收到政府信息公开申请1件，经查，申请公开的信息部分本机关不掌握，经协调后予以部分公开。', 2021,
                 ['applications count 1 [year] @applications «1件»', 'partial count 1 [year] (all of the requests) @applications «经协调后予以部分公开。»'],
                 ['applications_partial 1', 'applications_received 1'], id='one-request-partly-not-held-then-partly-granted'),
    pytest.param('二、依申请公开情况\n本年度共收到申请11件，予以公开9件；对予以公开的申请，均通过电子邮件提供；无法提供2件。', 2022,
                 ['applications count 11 [year] @applications «11件»', 'granted count 9 [] @applications «9件»', 'unable count 2 [channel_app] @applications «2件»'],
                 ['applications_granted 9', 'applications_received 11', 'applications_unable 2'], id='a-reply-named-again-without-a-count-is-no-part'),
    pytest.param('二、依申请公开情况\n本局对9件政府信息公开申请，均在法定期限内作出答复。', 2022,
                 ['applications count 9 [own] (after) @applications «9件»'],
                 ['applications_received 9'], id='requests-all-answered-after-a-comma-are-received'),
    pytest.param('二、依申请公开情况\n本年度收到申请7个，其中予以公开5个，无法提供2个。', 2022,
                 ['applications count 7 [year] @applications «7个»', 'granted count 5 [breakdown] @applications «5个»', 'unable count 2 [breakdown] @applications «2个»'],
                 ['applications_granted 5', 'applications_received 7', 'applications_unable 2'], id='requests-counted-in-ge'),
    pytest.param('三、依申请公开情况\n全年受理申请6件，其中予以公开5件；1件因所申请材料涉及其他申请人的个人信息，不予公开。', 2017,
                 ['applications count 6 [year] @applications «6件»', 'granted count 5 [breakdown] @applications «5件»', 'denied count 1 [] (reply after its reason) @applications «1件»'],
                 ['applications_denied 1', 'applications_granted 5', 'applications_received 6'], id='a-reason-naming-other-people-is-no-rest-of-the-requests'),
    pytest.param('三、依申请公开情况\n全年受理申请5件，1件因涉及商业秘密不予公开，其他申请均予以公开。', 2016,
                 ['applications count 5 [year] @applications «5件»', 'denied count 1 [] (after) @applications «1件»'],
                 ['applications_denied 1', 'applications_received 5'], id='the-other-requests-after-a-reason-are-the-rest'),
    pytest.param('二、依申请公开情况\n2013年，我局共收到申请19件。经审查，同意公开12件，同意部分公开2件，不予公开4件。上述18件申请均按期答复。', 2013,
                 ['applications count 19 [own;this_year] @applications «19件»', 'granted count 12 [] @applications «12件»', 'partial count 2 [] @applications «2件»', 'denied count 4 [] @applications «4件»', 'applications count 18 [named_before] (after) @applications «18件»'],
                 ['applications_denied 4', 'applications_granted 12', 'applications_partial 2', 'applications_received 18 (candidate)', 'applications_received 19 (candidate)'], id='requests-named-again-with-another-count-disagree'),
    pytest.param('二、依申请公开情况\n本年新收申请25件，上年结转2件。上述27件申请均已办结。', 2021,
                 ['applications count 25 [] @applications «25件»', 'carried_over count 2 [] @applications «2件»', 'applications count 27 [named_before] (after) @applications «27件»'],
                 ['applications_carried_over 2', 'applications_received 25', 'applications_received 27 (named before)'], id='requests-named-again-with-the-carried-ones-agree'),
    pytest.param('某县农业局2013年政府信息公开工作年度报告\n一、主动公开情况\n全年主动公开农业政务信息186条，其中通过县农业局网站公开142条，在局公开栏公开44条。全县农业系统各站所共公开信息920条。', 2013,
                 ['proactive count 186 [category;year] @proactive «186条»', 'published count 142 [breakdown;channel_web] @proactive «142条»', 'published count 44 [breakdown;channel_web] @proactive «44条»', 'published count 920 [area] @proactive «920条»'],
                 ['proactive_items 142 (breakdown)', "proactive_items 186 (judgement: the agency's own, not the whole area's)", 'proactive_items 44 (breakdown)', "proactive_items 920 (the whole area (the agency's own stated))"], id='the-agencys-own-website-is-its-channel-not-itself'),
    pytest.param('三、依申请公开情况\n全年共收到申请9件。其中予以公开6件；部分公开1件；因属于内部事务信息不予公开1件，因涉及个人隐私不予公开1件。', 2020,
                 ['applications count 9 [year] @applications «9件»', 'granted count 6 [breakdown] @applications «6件»', 'partial count 1 [breakdown] @applications «1件»', 'denied count 1 [breakdown] @applications «1件»', 'denied count 1 [breakdown] @applications «1件»'],
                 ['applications_denied 1 (breakdown: one reason)', 'applications_denied 1 (breakdown: one reason)', 'applications_denied 2 (judgement: the counts of its reasons named in turn, summed)', 'applications_granted 6', 'applications_partial 1', 'applications_received 9'], id='reasons-in-turn-listed-after-qizhong-are-summed'),
    pytest.param('三、依申请公开情况\n全年收到申请6件。其中予以公开3件；部分公开2件（对涉及第三方商业秘密的部分不予公开）；不予公开1件。', 2019,
                 ['applications count 6 [year] @applications «6件»', 'granted count 3 [breakdown] @applications «3件»', 'partial count 2 [breakdown] @applications «2件»', 'denied count 1 [breakdown] @applications «1件»'],
                 ['applications_denied 1', 'applications_granted 3', 'applications_partial 2', 'applications_received 6'], id='a-reply-named-in-parentheses-of-another-is-no-part-of-it'),
    pytest.param('二、依申请公开情况\n2017年，我局收到政府信息公开申请4件，同比增加1件，均予以公开。', 2017,
                 ['applications count 4 [own;this_year] @applications «4件»', 'granted count 4 [own;this_year] (all of the requests) @applications «均予以公开。»'],
                 ['applications_granted 4', 'applications_received 4'], id='a-change-on-the-year-before-is-no-part-of-the-requests-all-granted'),
    pytest.param('三、依申请公开情况\n全年受理申请5件，1件因涉及商业秘密不予公开，其他按规定予以公开。', 2016,
                 ['applications count 5 [year] @applications «5件»', 'denied count 1 [] (after) @applications «1件»'],
                 ['applications_denied 1', 'applications_received 5'], id='the-others-opening-a-clause-are-the-rest-of-the-requests'),
    pytest.param('三、依申请公开情况\n全年受理申请9件，予以公开5件，属于不予公开范围的4件：因涉及国家秘密不予公开3件，因涉及个人隐私不予公开1件。', 2016,
                 ['applications count 9 [year] @applications «9件»', 'granted count 5 [] @applications «5件»', 'denied count 4 [] @applications «4件»', 'denied count 3 [] @applications «3件»', 'denied count 1 [] @applications «1件»'],
                 ['applications_denied 1 (candidate)', 'applications_denied 3 (candidate)', 'applications_denied 4 (candidate)', 'applications_granted 5', 'applications_received 9'], id='a-replys-total-beside-its-reasons-is-not-summed-with-them'),
    pytest.param('三、依申请公开情况\n全年受理申请4件，予以公开3件，因涉及商业秘密不予公开1件，因涉及商业秘密不予公开的1件已书面告知申请人。', 2016,
                 ['applications count 4 [year] @applications «4件»', 'granted count 3 [] @applications «3件»', 'denied count 1 [] @applications «1件»', 'denied count 1 [] @applications «1件»'],
                 ['applications_denied 1', 'applications_denied 1 (candidate)', 'applications_granted 3', 'applications_received 4'], id='a-reply-said-again-as-the-one-is-not-another-part'),
    pytest.param('三、依申请公开情况\n全年受理申请6件，予以公开4件，不予公开1件；另有1件（因涉及个人隐私，不予公开）。', 2016,
                 ['applications count 6 [year] @applications «6件»', 'granted count 4 [] @applications «4件»', 'denied count 1 [] @applications «1件»'],
                 ["applications_denied 1 (breakdown: one of the reply's parts, not all read)", 'applications_granted 4', 'applications_received 6'], id='a-reply-in-parentheses-of-a-count-of-its-own-is-a-part'),
    pytest.param('三、依申请公开情况\n全年共受理申请26件，其中申请人撤回2件。上述24件申请中，同意公开20件，不予公开4件。', 2016,
                 ['applications count 26 [year] @applications «26件»', 'applications count 2 [breakdown;withdrawn] @applications «2件»', 'applications count 24 [named_before] (after) @applications «24件»', 'granted count 20 [] @applications «20件»', 'denied count 4 [] @applications «4件»'],
                 ['applications_denied 4', 'applications_granted 20', 'applications_received 2 (breakdown)', 'applications_received 24 (named before)', 'applications_received 26'], id='requests-named-again-without-those-withdrawn-agree'),
    pytest.param('某市卫生局2016年政府信息公开工作年度报告\n二、主动公开情况\n市卫生局门户网站共发布信息460条。全市卫生系统各单位共发布信息3200条。', 2016,
                 ['published count 460 [channel_web] «460条»', 'published count 3200 [area] «3200条»'],
                 ["proactive_items 3200 (the whole area (the agency's own stated))", "proactive_items 460 (judgement: the agency's own, not the whole area's)"], id='the-agencys-website-as-its-only-count-is-its-own'),
    pytest.param('四、行政复议、行政诉讼情况\n2016年未发生因政府信息公开引起的行政复议和行政诉讼（2015年曾发生行政复议1件，已维持）。', 2016,
                 ['reconsiderations none 0 [disclosure] @review_litigation «未发生因政府信息公开引起的行政复议和行政诉讼»', 'lawsuits none 0 [disclosure] @review_litigation «未发生因政府信息公开引起的行政复议和行政诉讼»', 'reconsiderations count 1 [about_disclosure;breakdown;disclosure;other_year] @review_litigation «1件»'],
                 ['lawsuits 0', 'reconsiderations 0', 'reconsiderations 1 (another year)'], id='a-count-in-an-aside-naming-another-year-is-that-years'),
    pytest.param('某县人民政府办公室2012年政府信息公开工作年度报告\n二、依申请公开情况\n2012年，全县共受理政府信息公开申请95件。其中县政府办公室收到申请11件（网上申请6件，信函申请5件）。', 2012,
                 ['applications count 95 [area;this_year] @applications «95件»', 'applications count 11 [breakdown] @applications «11件»', 'applications count 6 [breakdown;channel_app] @applications «6件»', 'applications count 5 [breakdown;channel_app] @applications «5件»'],
                 ["applications_received 11 (judgement: the agency's own, not the whole area's)", 'applications_received 5 (breakdown)', 'applications_received 6 (breakdown)', "applications_received 95 (the whole area (the agency's own stated))"],
                 id='the-ways-of-applying-after-the-agencys-own-count-are-its-parts'),
    pytest.param('三、依申请公开情况\n本年度未收到政府信息公开申请，也没有上年遗留的申请。', 2018,
                 ['applications none 0 [disclosure] @applications «未收到政府信息公开申请»', 'carried_over none 0 [disclosure_context] @applications «没有上年遗留»'],
                 ['applications_carried_forward 0', 'applications_carried_over 0', 'applications_denied 0', 'applications_granted 0', 'applications_not_processed 0', 'applications_partial 0', 'applications_received 0', 'applications_unable 0'],
                 id='requests-left-over-from-last-year-are-those-carried-over'),
    pytest.param('某县中医医院2016年院务公开工作年度报告\n二、主动公开情况\n全年主动公开医院信息208条，主要包括医疗服务价格、药品价格等。', 2016,
                 ['proactive count 208 [category;year] «208条»'],
                 ["proactive_items 208 (judgement: one kind of information, the agency's own field: its whole output)"],
                 id='a-hospitals-own-information-is-its-whole-output'),
    pytest.param('某县卫生和计划生育局2016年政府信息公开工作年度报告\n二、主动公开情况\n全年主动公开医院信息208条，主要包括医疗服务价格、药品价格等。', 2016,
                 ['proactive count 208 [category;year] «208条»'], ['proactive_items 208 (category)'],
                 id='hospitals-information-in-a-health-bureaus-report-is-one-kind'),
    pytest.param('某区人民政府办公室2016年政府信息公开工作年度报告\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n全区因政府信息公开被申请行政复议7件、提起行政诉讼4件，其中涉及区政府办公室的行政复议1件、行政诉讼2件。', 2016,
                 ['reconsiderations count 7 [about_disclosure;area;disclosure;respondent] @review_litigation «7件»', 'lawsuits count 4 [area;disclosure] @review_litigation «4件»', 'reconsiderations count 1 [breakdown;disclosure_context] @review_litigation «1件»', 'lawsuits count 2 [breakdown;disclosure_context] @review_litigation «2件»'],
                 ["lawsuits 2 (judgement: the agency's own, named as the respondent)", "lawsuits 4 (the whole area (the agency's own stated))", "reconsiderations 1 (judgement: the agency's own, named as the respondent)", "reconsiderations 7 (the whole area (the agency's own stated))"],
                 id='a-list-of-cases-goes-on-with-the-respondent-it-named'),
    pytest.param('2018年度某县人民政府办公室政府信息公开工作年度报告\n一、概述\n2018年，全县共主动公开政府信息9600条，其中县政府办公室主动公开政府信息870条。', 2018,
                 ['proactive count 9600 [area;this_year] @overview «9600条»', 'proactive count 870 [breakdown] @overview «870条»'],
                 ["proactive_items 870 (judgement: the agency's own, not the whole area's)", "proactive_items 9600 (the whole area (the agency's own stated))"],
                 id='an-offices-title-with-its-year-first-names-it'),
    pytest.param('三、依申请公开情况\n本年度共收到申请12件，上年结转1件。同意公开8件，不予公开2件；截至12月31日，尚有3件在办理期限内，将于2018年答复。', 2017,
                 ['applications count 12 [year] @applications «12件»', 'carried_over count 1 [] @applications «1件»', 'granted count 8 [] @applications «8件»', 'denied count 2 [] @applications «2件»', 'carried_forward count 3 [year_context;year_end] (year named) @applications «3件»'],
                 ["applications_carried_forward 3 (judgement: 截至 the year's end)", 'applications_carried_over 1', 'applications_denied 2', 'applications_granted 8', 'applications_received 12'],
                 id='requests-to-be-answered-in-the-next-year-are-carried-forward'),
    pytest.param('二、依申请公开情况\n报告期内，我局收到政府信息公开申请两件，均已按期答复，其中同意公开一件；另一件所申请信息属于国家秘密，依法不予公开。', 2015,
                 ['applications count 2 [own] @applications «两件»', 'granted count 1 [breakdown] @applications «一件»', 'denied count 1 [] (reply after its reason) @applications «一件»'],
                 ['applications_denied 1', 'applications_granted 1', 'applications_received 2'], id='the-information-asked-for-then-the-reply'),
    pytest.param('三、收到和处理政府信息公开申请情况\n本年度收到申请3件，予以公开2件，1件所申请信息不属于本机关掌握，无法提供，已告知申请人向县自然资源局申请。', 2020,
                 ['applications count 3 [year] @applications «3件»', 'granted count 2 [] @applications «2件»', 'unable count 1 [] (reply after its reason) @applications «1件»'],
                 ['applications_granted 2', 'applications_received 3', 'applications_unable 1'], id='the-information-asked-for-not-held-then-unable'),
    pytest.param('四、行政复议、行政诉讼情况\n本年度被申请行政复议1件，复议维持后申请人提起行政诉讼1件。', 2019,
                 ['reconsiderations count 1 [disclosure_context;respondent;year] @review_litigation «1件»', 'lawsuits count 1 [disclosure_context] @review_litigation «1件»'],
                 ['lawsuits 1', 'reconsiderations 1'], id='a-suit-after-the-review-was-upheld'),
    pytest.param('某市水务集团有限公司2022年信息公开工作年度报告\n二、主动公开情况\n全年通过集团官网“信息公开”专栏发布信息公开事项87条，其中企业基本信息10条，财务信息21条。', 2022,
                 ['published count 87 [channel_web;year] «87条»'], ['proactive_items 87'], id='items-of-disclosure-are-no-one-kind'),
    pytest.param('二、依申请公开情况\n2013年共收到政府信息公开申请23件。截至年底已全部答复，其中同意公开16件，同意部分公开2件，不予公开1件，告知申请人向其他行政机关申请4件。', 2013,
                 ['applications count 23 [this_year] @applications «23件»', 'granted count 16 [breakdown;year_context;year_end] @applications «16件»', 'partial count 2 [breakdown] @applications «2件»', 'denied count 1 [breakdown] @applications «1件»', 'applications count 4 [breakdown] @applications «4件»'],
                 ['applications_denied 1', "applications_granted 16 (judgement: 截至 the year's end)", 'applications_partial 2', 'applications_received 23', 'applications_received 4 (breakdown)'],
                 id='by-the-years-end-after-the-year-named-is-the-years'),
    pytest.param('某县中医院2021年院务公开工作年度报告\n二、主动公开情况\n医院官网发布医疗服务价格、便民措施等信息96条，微信公众号推送健康科普及就诊指南140条。', 2021,
                 ['published count 96 [channel_web] «96条»', 'published count 140 [category;channel_social] «140条»'],
                 ['proactive_items 140 (channel)', 'proactive_items 96 (channel)'], id='a-website-beside-a-social-accounts-count-of-some-kinds-is-a-channel'),
    pytest.param('某县人民政府办公室2012年政府信息公开工作年度报告\n四、行政复议和行政诉讼情况\n2012年，全县发生因政府信息公开引起的行政复议5件，其中涉及县政府办公室2件，均维持原答复。', 2012,
                 ['reconsiderations count 5 [about_disclosure;area;disclosure;this_year] @review_litigation «5件»', 'reconsiderations count 2 [breakdown;disclosure_context] (a part naming its respondent) @review_litigation «2件»'],
                 ["reconsiderations 2 (judgement: the agency's own, named as the respondent)", "reconsiderations 5 (the whole area (the agency's own stated))"],
                 id='a-part-concerning-the-agency-with-no-noun-after-it'),
    pytest.param('某区人民政府2015年政府信息公开工作年度报告\n四、行政复议和行政诉讼情况\n2015年，全区因政府信息公开被申请行政复议6件。其中，区政府被申请行政复议1件，被提起行政诉讼2件。', 2015,
                 ['reconsiderations count 6 [about_disclosure;area;disclosure;respondent;this_year] @review_litigation «6件»', 'reconsiderations count 1 [breakdown;disclosure_context;respondent] @review_litigation «1件»', 'lawsuits count 2 [breakdown;disclosure_context;respondent] @review_litigation «2件»'],
                 ["lawsuits 2 (judgement: the agency's own, not the whole area's)", "reconsiderations 1 (judgement: the agency's own, not the whole area's)", "reconsiderations 6 (the whole area (the agency's own stated))"],
                 id='the-governments-own-suits-after-its-own-reviews-in-a-part-of-the-areas'),
    pytest.param('二、主动公开情况\n2008年5月至2011年底，我局共主动公开政府信息2145条，其中2011年主动公开612条。', 2011,
                 ['proactive count 2145 [cumulative;own] «2145条»', 'proactive count 612 [breakdown;this_year] «612条»'],
                 ['proactive_items 2145 (cumulative)', 'proactive_items 612'], id='a-span-of-years-with-its-months-is-cumulative'),
    pytest.param('二、主动公开情况\n2013年1月1日至2013年12月31日，本局共主动公开政府信息43条。', 2013,
                 ['proactive count 43 [own;this_year] «43条»'], ['proactive_items 43'], id='a-span-within-the-year-is-the-year'),
    pytest.param('三、依申请公开情况\n2011年，我局受理政府信息公开申请9件，其中同意公开6件，同意部分公开1件，不予公开2件。全县答复情况为：同意公开51件，部分公开7件，不予公开4件。', 2011,
                 ['applications count 9 [own;this_year] @applications «9件»', 'granted count 6 [breakdown] @applications «6件»', 'partial count 1 [breakdown] @applications «1件»', 'denied count 2 [breakdown] @applications «2件»', 'granted count 51 [area] @applications «51件»', 'partial count 7 [area] @applications «7件»', 'denied count 4 [area] @applications «4件»'],
                 ['applications_denied 2', "applications_denied 4 (the whole area (the agency's own stated for another measure))", "applications_granted 51 (the whole area (the agency's own stated for another measure))", 'applications_granted 6', 'applications_partial 1', "applications_partial 7 (the whole area (the agency's own stated for another measure))", 'applications_received 9'],
                 id='the-areas-replies-after-a-colon-beside-the-agencys'),
    pytest.param('二、收到和处理政府信息公开申请情况\n全年新收申请15件。办理结果：予以公开6件；不予公开的，属于国家秘密1件、属于三类内部事务信息2件；无法提供的，本机关不掌握相关政府信息3件、没有现成信息需要另行制作1件；不予处理的，信访举报投诉类申请1件、重复申请1件。', 2022,
                 ["applications count 15 [year] @applications «15件»", "granted count 6 [] @applications «6件»", "denied count 1 [] (its reply named before its reasons) @applications «1件»", "denied count 2 [] (its reply named before its reasons) @applications «2件»", "unable count 3 [] @applications «3件»", "unable count 1 [] (its reply named before its reasons) @applications «1件»", "not_processed count 1 [] (its reply named before its reasons) @applications «1件»", "not_processed count 1 [] (its reply named before its reasons) @applications «1件»"],
                 ["applications_denied 1 (breakdown: one reason)", "applications_denied 2 (breakdown: one reason)", "applications_denied 3 (judgement: the counts of its reasons named in turn, summed)", "applications_granted 6", "applications_not_processed 1 (breakdown: one reason)", "applications_not_processed 1 (breakdown: one reason)", "applications_not_processed 2 (judgement: the counts of its reasons named in turn, summed)", "applications_received 15", "applications_unable 1 (breakdown: one reason)", "applications_unable 3 (breakdown: one reason)", "applications_unable 4 (judgement: the counts of its reasons named in turn, summed)"],
                 id='reasons-listed-under-their-replys-heading-are-summed'),
    # (a reviewer's probes of this session's rules: where they must not fire, or must stop)
    pytest.param("二、收到和处理政府信息公开申请情况\n本年度新收申请4件，予以公开3件，无法提供1件。\n四、政府信息公开行政复议、行政诉讼情况\n本年度被申请行政复议1件，结果维持，其他情形均为0件。", 2021,
                 ["applications count 4 [year] @applications «4件»", "granted count 3 [] @applications «3件»", "unable count 1 [] @applications «1件»", "reconsiderations count 1 [disclosure_context;respondent;year] @review_litigation «1件»"],
                 ["applications_granted 3", "applications_received 4", "applications_unable 1", "reconsiderations 1"], id='review-rest-other-situations-review-section'),
    pytest.param("三、依申请公开情况\n全年受理申请3件，均予以公开。\n四、收费情况\n本年度未收取任何费用，其他处理结果为0。", 2016,
                 ["applications count 3 [year] @applications «3件»", "granted count 3 [year] (all of the requests) @applications «均予以公开。»", "fees none 0 [disclosure_context] @fees «未收取任何费用»"],
                 ["applications_granted 3", "applications_received 3", "fees_yuan 0"], id='review-other-results-zero-fees'),
    pytest.param("某县财政局2012年政府信息公开工作年度报告\n二、依申请公开情况\n2012年，全县财政系统共受理申请30件，其中县财政局通过网上申请受理8件。", 2012,
                 ["applications count 30 [area;this_year] @applications «30件»", "applications count 8 [breakdown;channel_app] @applications «8件»"],
                 ["applications_received 30 (the whole area (the agency's own stated))", "applications_received 8 (judgement: the agency's own, not the whole area's)"], id='review-agency-count-channel-only'),
    pytest.param("五、其他需要报告的事项\n本年度，我局着力化解上年遗留的信访积案3件，均已办结。", 2018,
                 [],
                 [], id='review-leftover-petitions'),
    pytest.param("某县人民医院2016年院务公开工作年度报告\n二、主动公开情况\n全年公开药品价格信息1200条，主动公开医院信息208条。", 2016,
                 ["published count 1200 [category;year] «1200条»", "proactive count 208 [category] «208条»"],
                 ["proactive_items 1200 (category)", "proactive_items 208 (category)"], id='review-hospital-one-kind-price'),
    pytest.param("某县卫生健康局关于县直医院2016年政府信息公开工作年度报告\n二、主动公开情况\n全年主动公开医院信息208条。", 2016,
                 ["proactive count 208 [category;year] «208条»"],
                 ["proactive_items 208 (category)"], id='review-health-bureau-hospitals-info'),
    pytest.param("六、存在的主要问题及改进措施\n下一步，我局将于2018年办结省里交办的政务公开标准化试点任务15件。", 2017,
                 [],
                 [], id='review-plan-to-finish-in-next-year'),
    pytest.param("二、主动公开情况\n按照2013年政务公开工作要点，我局持续推进信息公开。截至年底，共主动公开政府信息3456条。", 2013,
                 ["proactive count 3456 [year_end] «3456条»"],
                 ["proactive_items 3456 (cumulative or the year's? (截至 the year's end, no other sign of the period))"], id='review-year-named-as-plan'),
    pytest.param("三、收到和处理政府信息公开申请情况：本年度收到申请2件，全部予以公开，所有费用均为0。", 2020,
                 ["applications count 2 [year] @applications «2件»", "granted count 2 [year] (all of the requests) @applications «全部予以公开»", "fees none 0 [disclosure_context] @applications «费用均为0»"],
                 ["applications_granted 2", "applications_received 2", "fees_yuan 0"], id='review-heading-line-all-zero-refers-to-fees'),
    pytest.param("二、收到和处理政府信息公开申请情况\n全年新收申请9件。办理结果：予以公开5件；无法提供的，本机关不掌握相关政府信息1件、没有现成信息需要另行制作1件、补正后申请内容仍不明确2件。", 2022,
                 ["applications count 9 [year] @applications «9件»", "granted count 5 [] @applications «5件»", "unable count 1 [] @applications «1件»", "unable count 1 [] (its reply named before its reasons) @applications «1件»", "unable count 2 [] (its reply named before its reasons) @applications «2件»"],
                 ["applications_granted 5", "applications_received 9", "applications_unable 1 (breakdown: one reason)", "applications_unable 1 (breakdown: one reason)", "applications_unable 2 (breakdown: one reason)", "applications_unable 4 (judgement: the counts of its reasons named in turn, summed)"], id='review-three-reasons-one-twice'),
    pytest.param("某县人民政府办公室2012年政府信息公开工作年度报告\n四、行政复议和行政诉讼情况\n2012年，全县发生因政府信息公开引起的行政复议5件，其中涉及县国土局3件。", 2012,
                 ["reconsiderations count 5 [about_disclosure;area;disclosure;this_year] @review_litigation «5件»", "reconsiderations count 3 [breakdown;disclosure_context] (a part naming its respondent) @review_litigation «3件»"],
                 ["reconsiderations 3 (breakdown)", "reconsiderations 5"], id='review-concerning-other-agency-no-de'),
    pytest.param("某区人民政府办公室2016年政府信息公开工作年度报告\n五、行政复议、行政诉讼情况\n全区因政府信息公开被申请行政复议7件、提起行政诉讼4件，其中涉及区政府办公室的行政复议2件、区住建局的行政诉讼1件。", 2016,
                 ["reconsiderations count 7 [about_disclosure;area;disclosure;respondent] @review_litigation «7件»", "lawsuits count 4 [area;disclosure] @review_litigation «4件»", "reconsiderations count 2 [breakdown;disclosure_context] @review_litigation «2件»", "lawsuits count 1 [breakdown;disclosure_context] @review_litigation «1件»"],
                 ["lawsuits 1 (breakdown)", "lawsuits 4", "reconsiderations 2 (judgement: the agency's own, named as the respondent)", "reconsiderations 7 (the whole area (the agency's own stated))"], id='review-list-switches-respondent'),
    pytest.param("三、依申请公开情况\n本年度未收到政府信息公开申请。上年遗留的1件信访件已转交信访部门处理。", 2018,
                 ["applications none 0 [disclosure] @applications «未收到政府信息公开申请»", "other count 1 [comparison] (after) @applications «1件»"],
                 ["applications_received 0"], id='review-leftover-petition-in-applications'),
    pytest.param("三、依申请公开情况\n（一）予以公开情况：全年共受理申请12件，予以公开10件。", 2016,
                 ["applications count 12 [year] @applications «12件»", "granted count 10 [] @applications «10件»"],
                 ["applications_granted 10", "applications_received 12"], id='review-subheading-granted-then-received'),
    pytest.param("五、其他需要报告的事项\n本年度承办人大代表建议8件，其中3件将于2018年答复。", 2017,
                 [],
                 [], id='review-plan-reply-to-proposals'),
    pytest.param("某县住建局2018年政府信息公开工作年度报告\n五、其他需要报告的事项\n我局妥善处理2017年遗留的信访件3件，均已办结。", 2018,
                 [],
                 [], id='review-year-named-leftover-petitions'),
    pytest.param("某县人力资源和社会保障局2016年政府信息公开工作年度报告\n五、行政复议和行政诉讼情况\n全县因政府信息公开被提起行政诉讼3件，其中涉及县人社局1件。", 2016,
                 ["lawsuits count 3 [about_disclosure;area;disclosure;respondent] @review_litigation «3件»", "lawsuits count 1 [breakdown;disclosure_context] (a part naming its respondent) @review_litigation «1件»"],
                 ["lawsuits 1 (judgement: the agency's own, named as the respondent)", "lawsuits 3 (the whole area (the agency's own stated))"], id='review-bureau-concerning-its-full-name'),
    pytest.param("某县民政局2016年政府信息公开工作年度报告\n三、依申请公开情况\n不予公开的，受理的申请中涉及国家秘密的1件，涉及个人隐私的2件。", 2016,
                 ["denied count 1 [] (its reply named before its reasons) @applications «1件»", "denied count 2 [] (its reply named before its reasons) @applications «2件»"],
                 ["applications_denied 1 (candidate)", "applications_denied 2 (candidate)"], id='review-heading-received-then-reply'),
    pytest.param("某县自然资源局2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n本年度新收申请4件，予以公开3件，部分公开1件；因政府信息公开被申请行政复议1件，结果维持，其他情形均为0件。", 2021,
                 ["applications count 4 [year] @applications «4件»", "granted count 3 [] @applications «3件»", "partial count 1 [] @applications «1件»", "reconsiderations count 1 [about_disclosure;disclosure;respondent] @applications «1件»"],
                 ["applications_granted 3", "applications_partial 1", "applications_received 4", "reconsiderations 1"], id='review-rest-zero-same-sentence-semicolon-review'),
    pytest.param("某区司法局2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n不予处理的，信访举报投诉类申请1件、重复申请1件、要求提供公开出版物2件，合计4件。", 2022,
                 ["not_processed count 1 [breakdown] (its reply named before its reasons) @applications «1件»", "not_processed count 1 [breakdown] (its reply named before its reasons) @applications «1件»", "not_processed count 2 [breakdown] (its reply named before its reasons) @applications «2件»", "not_processed count 4 [] (total) @applications «4件»"],
                 ["applications_not_processed 1 (breakdown)", "applications_not_processed 1 (breakdown)", "applications_not_processed 2 (breakdown)", "applications_not_processed 4"], id='review-heading-parts-then-total'),
    pytest.param("二、收到和处理政府信息公开申请情况\n全年新收申请10件。办理结果：予以公开5件；不予公开的，共3件，其中属于国家秘密1件、属于内部事务信息2件；无法提供2件。", 2022,
                 ["applications count 10 [year] @applications «10件»", "granted count 5 [] @applications «5件»", "denied count 3 [] (its reply named before its reasons) @applications «3件»", "unable count 2 [] @applications «2件»"],
                 ["applications_denied 3", "applications_granted 5", "applications_received 10", "applications_unable 2"], id='review-heading-then-total-then-parts'),
]


@pytest.mark.parametrize("raw, year, statements, figures", CASES)
def test_prose_figures(raw, year, statements, figures):
    """The statements and the figures of one passage."""
    sts, figs, _ = read(raw, year)
    assert (sts, figs) == (statements, figures)


def test_words_broken_by_a_line_break_still_say_what_they_say():
    """A PDF's line break inside 无法提供 or 全部减免 (a text too short to be joined as hard
    wrapped): the pre-2019 unable count is still called 无法提供, and the fee due is still
    waived in full."""
    _, figs, _ = read("全年共受理申请45件，已办结43件，其中予以公开26件，无法\n提供8件。", 2016)
    assert "applications_unable 8" in figs
    _, figs, _ = read("应收取复制、邮寄费用150元，因申请人为城市低保户，依规予以全\n部减免。", 2009)
    assert figs == ["fees_yuan 0", "fees_yuan 150 (not the year's figure: what should be)"]


def test_counts_in_chinese_numerals_read_as_digits_are():
    """A label's count in words after its colon is its value (予以公开：二十件 is not the next
    label's count); 其中八件为…, 九件在…尚未答复 count as 8件为 and 9件在 do."""
    _, figs, _ = read("（二）依申请公开情况\n收到申请数：三十一件\n予以公开：二十件\n部分公开：四件\n不予公开：二件", 2012)
    assert figs == ["applications_denied 2", "applications_granted 20", "applications_partial 4",
                    "applications_received 31"]
    _, figs, _ = read("三、依申请公开情况。2015年度我局共收到信息公开申请九件，其中八件为本年度申请，"
                      "一件为2014年12月底提交、本年初答复的申请。", 2015)
    assert "applications_received 8" in figs
    _, figs, _ = read("（二）答复情况。截至2018年12月31日，共答复一百五十三件，九件在法定期限内尚未答复、结转下一年度。", 2018)
    assert "applications_carried_forward 9" in figs


def test_chinese_numeral_counts_after_a_review():
    """What a review of the rules for Chinese numerals found: 两个在线渠道 counts no requests
    (为/是/在/经 say what the counted are only after 件); cases said to be unrelated to
    disclosure are no disclosure cases; what an applicant could not supply is no reply 无法提供,
    while 告知申请人无法提供4件 is one."""
    _, figs, _ = read("一、概述\n本年度我局开通两个在线申请渠道。\n二、依申请公开情况\n全年共受理政府信息公开申请23件，予以公开14件。", 2016)
    assert "applications_received 23" in figs
    _, figs, _ = read("另有2件在审理中的行政诉讼与政府信息公开无关。", 2016)
    assert "lawsuits 2" not in figs and "lawsuits 2 (not about disclosure)" in figs
    _, figs, _ = read("全年共受理申请45件，其中予以公开26件，对于申请人无法提供身份证明的3件，已告知补正。", 2016)
    assert not any(f.startswith("applications_unable") for f in figs)
    _, figs, _ = read("答复结果为：予以公开31件，部分公开4件；因所申请数据尚未形成，告知申请人无法提供4件。", 2016)
    assert "applications_unable 4" in figs


def test_a_label_none_in_a_page_flattened_onto_one_line():
    """收费：无 at the end of a long run of words with no stop (a page scraped onto one line,
    its table of requests before it): the label is the words after the last space, 收费, not
    every topic of the run (no none received, denied, reconsiderations or lawsuits)."""
    text = ("二、依申请公开情况 表1 2016年度依申请公开办理情况 项目 件数 本年收到申请 11 上年结转 0 同意公开 6 部分公开 1 "
            "不予公开 0 三、收费、复议及诉讼情况 收费：无。" + "下一步加强培训。" * 30)
    _, figs, _ = read(text, 2016)
    assert "fees_yuan 0" in figs and not any(f.startswith(("lawsuits 0", "reconsiderations 0", "applications_denied 0",
                                                           "applications_received 0")) for f in figs)


def test_second_review_of_the_rules():
    """What a second review found: a label's none after a long label with quotes in ordinary
    text (…收取“信息处理费”的情况：无) names all its topics; 两次属同一申请人 and 三个属地街道
    count no requests; 原因：两件为… is no unable count; 一千零二十条 holds no "none"."""
    _, figs, _ = read("本年度我局因“政府信息公开”被申请行政复议、提起行政诉讼及收取“信息处理费”的情况：无。", 2017)
    assert {"fees_yuan 0", "reconsiderations 0", "lawsuits 0"} <= set(figs)
    _, figs, _ = read("本年度因政府信息公开被申请行政复议两次，两次属同一申请人，复议机关均维持原答复。", 2016)
    assert not any(f.startswith("applications_received") for f in figs)
    _, figs, _ = read("全年受理政府信息公开申请23件，对涉及三个属地街道的申请已转交办理，予以公开15件。", 2016)
    assert "applications_received 23" in figs
    _, figs, _ = read("全年受理申请十件，予以公开七件。无法提供的原因：两件为信息不存在，一件为非本机关信息。", 2016)
    assert "applications_unable 2" not in figs
    _, figs, _ = read("门户网站公开信息一千零二十条全年受理政府信息公开申请。", 2016)
    assert "applications_received 0" not in figs


@pytest.mark.parametrize("text, stated, not_stated", [
    pytest.param("一、主动公开情况\n本年度我局通过门户网站、机关公示栏和《某某农业》简报主动公开政府信息共计三百零六条，其中政策文件四十条。",
                 "proactive_items 306", None, id="a-briefing-named-as-a-channel-is-no-other-topic"),
    pytest.param("主动公开方面，全年通过县政府信息公开网、“12333”服务热线语音平台和局门户网站主动公开各类信息 275 条；"
                 "12333热线全年接听咨询电话 3,918 个。", "proactive_items 275", None, id="a-hotline-named-as-a-channel"),
    pytest.param("一是主动公开方面，全年在县政府信息公开平台、局网站及“某某林业”公众号公开政府信息四百四十条（含公众号转发六十条）。",
                 "proactive_items 440", "proactive_items 440 (channel)", id="channels-with-a-quoted-name-listed"),
    pytest.param("全年通过“某某交通”微信公众号、政务微博发布政务信息1,205条。", None, "proactive_items 1205",
                 id="two-social-accounts-are-no-total"),
    pytest.param("2021年，我局全年主动公开政府信息（1,874条），其中疫情防控相关信息（205条）。", "proactive_items 1874",
                 "proactive_items 205", id="a-count-printed-in-brackets-after-its-words"),
    pytest.param("2021年，我局全年主动公开政府信息1,874条（其中疫情防控相关信息205条）。", "proactive_items 1874",
                 "proactive_items 205", id="a-part-in-brackets-stays-a-part"),
])
def test_channels_and_brackets_around_a_proactive_count(text, stated, not_stated):
    """What a channel list or brackets around a count say of it: a briefing or a hotline
    named among the channels after 通过 is where items went out, not what was counted; channels
    listed with a quoted account name, one of them a website, are all of them; two social
    accounts alone are a part; a count in brackets right after its words is their count."""
    _, figs, _ = read("某某局2021年政府信息公开工作年度报告\n" + text, 2021)
    if stated:
        assert stated in figs
    if not_stated:
        assert not_stated not in figs


def test_the_agencys_own_count_before_the_areas_total():
    """厅机关…0.018万元, 全省水利系统合计0.41万元: 厅机关 is the department itself, whose own fee
    is the headline (flagged as a judgement), not the system's total."""
    text = "某某省水利厅2023年政府信息公开工作年度报告\n六、其他需要报告的事项\n厅机关本年度收取信息处理费0.018万元，全省水利系统合计0.41万元。"
    _, figs, _ = read(text, 2023)
    assert "fees_yuan 180 (judgement: the agency's own, not the whole area's)" in figs  # (the headline, flagged)
    assert "fees_yuan 4100" not in figs


@pytest.mark.parametrize("text, stated, not_stated", [
    pytest.param("二、依申请公开情况\n本年度我局共收到申请27件（上年结转4件另计），全部在规定时限内答复。", "applications_received 27",
                 "applications_received 23", id="a-part-counted-separately-is-not-in-the-count"),
    pytest.param("二、依申请公开情况\n本年度我局共收到申请27件（含上年结转4件），全部在规定时限内答复。",
                 "applications_received 23 (judgement: 27 including 4 carried over)", None,
                 id="a-part-included-is-in-the-count"),
    pytest.param("本年度我局在县政府网站共主动公开政府信息 一百五十六 条；本年度共办理依申请公开 14 件（含2015年结转 1 件），"
                 "其中给予公开 9 件、部分公开 2 件、不予公开 3 件，均按时答复；全年未收取费用。",
                 "applications_granted 9", "proactive_items 9 (breakdown)",
                 id="parts-of-the-count-before-its-bracket-in-a-run-on-sentence"),
])
def test_what_brackets_say_a_request_count_holds(text, stated, not_stated):
    """Brackets after a request count: 另计 leaves the carried part out, 含 keeps it in; the
    parts after 其中 are of the count before the bracket (给予公开 9件: granted), not of the
    proactive count that opened the sentence."""
    _, figs, _ = read("某某局2016年政府信息公开工作年度报告\n" + text, 2016)
    if stated:
        assert stated in figs
    if not_stated:
        assert not_stated not in figs


@pytest.mark.parametrize("text, year, stated", [
    pytest.param("全年共受理申请十一件，加上二〇一七年结转的一件，全年共办理十二件，均已办结。", 2018,
                 {"applications_carried_over 1"}, id="a-year-in-chinese-digits-carried-from"),
    pytest.param("本年度受理政府信息公开申请9件，已办结7件，另有2件转入二〇二五年继续办理。", 2024,
                 {"applications_carried_forward 2"}, id="a-year-in-chinese-digits-carried-to"),
    pytest.param("本年度收到政府信息公开申请三件，其中一件不予公开；一件部分公开；一件予以公开。", 2016,
                 {"applications_denied 1", "applications_partial 1", "applications_granted 1"},
                 id="one-partly-disclosed-is-a-reply-not-one-part"),
    pytest.param("全年在局门户网站公开审计结果公告6份、审计工作动态及其他信息合计189条（含上述审计结果公告）。", 2015,
                 {"proactive_items 189", "proactive_items 6 (category)"}, id="a-list-of-what-was-published-and-its-total"),
])
def test_counts_in_other_words(text, year, stated):
    """A year written in Chinese digits beside 结转 or 转入; 一件部分公开 (a reply, not five
    parts); a list after a publishing verb closed by 合计 (its total)."""
    _, figs, _ = read(f"某某局{year}年政府信息公开工作年度报告\n" + text, year)
    assert stated <= set(figs)


@pytest.mark.parametrize("lines, stated, not_stated", [
    pytest.param("全年共受理政府信息公开申请：\n当面申请\n4件\n网上申请\n19件\n信函申请\n2件\n合计\n25件\n已全部答复。",
                 "applications_received 25", "applications_received 19", id="a-list-of-channels-one-a-line-and-its-total"),
    pytest.param("全年共受理政府信息公开申请：\n当面申请\n4件\n网上申请\n19件\n合计\n25件\n已全部答复。",
                 None, "applications_received 25", id="a-total-its-lines-do-not-add-up-to"),
])
def test_a_total_line_under_lines_of_counts(lines, stated, not_stated):
    """A list printed one count a line and closed by 合计 (a web page's layout, its lines run
    together by the reading): the total is the year's count where the lines add up to it."""
    _, figs, _ = read("某某局2015年政府信息公开工作年度报告\n二、依申请公开情况\n" + lines, 2015)
    if stated:
        assert stated in figs
    assert not_stated not in figs


@pytest.mark.parametrize("text, year, not_stated", [
    pytest.param("全年门户网站公开信息3,140条，通过“某县卫健”政务服务平台和政务微博公开信息1,260条。", 2021,
                 "proactive_items 1260", id="the-rest-channels-after-the-websites-count-are-no-total"),
    pytest.param("二、依申请公开情况\n本年度受理申请41件（含上年结转3件，电话咨询另计），均按时答复。", 2016,
                 "applications_received 41", id="another-part-counted-separately-keeps-the-carried-part-in"),
    pytest.param("二、依申请公开情况\n2015年收到政府信息公开申请18件 2016年收到政府信息公开申请26件 合计44件", 2016,
                 "applications_received 44", id="a-total-of-two-years-counts-is-no-years-count"),
])
def test_what_the_review_found(text, year, not_stated):
    """Cases a review of this session's rules wrote: channels listed after the website's own
    count are the rest, not all; 另计 of something else in a bracket that also says 含上年结转;
    合计 over two years' counts."""
    _, figs, _ = read(f"某某局{year}年政府信息公开工作年度报告\n" + text, year)
    assert not_stated not in figs


@pytest.mark.parametrize("text, stated", [
    pytest.param("全年我局通过县政府信息公开目录系统、县教育信息网发布招生考试、教育收费、学校布局等信息，累计一百九十六条。",
                 "proactive_items 196", id="the-kinds-before-etc-are-examples-and-the-year-sums"),
    pytest.param("截至2012年底，我局通过县教育信息网发布招生考试、教育收费等信息，累计一百九十六条。",
                 "proactive_items 196 (cumulative)", id="up-to-a-date-it-is-a-stock"),
])
def test_the_kinds_listed_before_etc_information(text, stated):
    """发布招生考试、教育收费等信息, 累计N条: the kinds before 等信息 are examples of what the verb
    published (no fee count), and 累计 goes on with the clause before it."""
    _, figs, _ = read("某某县教育局2012年政府信息公开工作年度报告\n" + text, 2012)
    assert stated in figs
    assert not any(f.startswith("fees_yuan") for f in figs)


def test_a_caseload_said_again_in_the_next_sentence():
    """其中属于依申请公开的24件（含上年结转2件）…。24件申请中，…: the 24 said again is the same
    caseload, whose new requests are 22 (a judgement, flagged), not a second count of 24."""
    text = ("三、依申请公开情况\n全年受理各类政府信息公开咨询和申请共计97人次，其中属于依申请公开的24件（含上年结转2件），"
            "其余为政策咨询。24件申请中，同意公开18件、部分公开2件、不予公开4件。")
    _, figs, _ = read("某某县人民政府2013年政府信息公开工作年度报告\n" + text, 2013)
    assert "applications_received 22 (judgement: 24 including 2 carried over)" in figs
    assert "applications_received 24" not in figs


@pytest.mark.parametrize("text, year, stated, not_stated", [
    pytest.param("全年新收申请二十件，加上上年结转的两件，全年实际办理二十二件，其中予以公开十五件，部分公开五件，"
                 "以上办结合计二十件，另有二件结转至2020年继续办理，全年因政府信息公开被申请行政复议三件，"
                 "被申请人直接提起行政诉讼二件，经复议后起诉一件，全年未收取信息处理费。", 2019,
                 {"reconsiderations 3", "lawsuits 3", "applications_carried_forward 2", "applications_granted 15"},
                 "reconsiderations 3 (breakdown)", id="a-run-on-paragraph-whose-parts-end-at-the-cases"),
    pytest.param("本年度收到申请6件，申请人分别申请行政复议1件、直接提起行政诉讼1件。", 2016,
                 {"lawsuits 1"}, "lawsuits 1 (one kind of lawsuit)",
                 id="a-suit-filed-directly-alone-is-the-lawsuits"),
    pytest.param("（四）复议诉讼：2013年我局因政府信息公开被提起行政诉讼1件，尚未判决；未被申请行政复议。", 2013,
                 {"lawsuits 1", "reconsiderations 0"}, "reconsiderations 1", id="a-labels-first-word-is-not-the-counts-topic"),
    pytest.param("一、主动公开情况。局机关全年在县政府门户网站发布政府信息247条。全县中小学同步推行校务公开，各校共公开"
                 "招生、收费等信息3100余条。", 2009,
                 {"proactive_items 247"}, "proactive_items ~3100", id="the-schools-are-not-the-bureau"),
    pytest.param("一、主动公开情况。全年依托县政府门户网站和各校校务公开栏，主动公开学生资助、教师招聘等信息215条。", 2012,
                 {"proactive_items 215"}, "proactive_items 215 (part of the agency)",
                 id="the-schools-noticeboards-are-a-channel-of-the-bureau"),
])
def test_parts_kinds_and_labels(text, year, stated, not_stated):
    """A list of a caseload's parts (其中予以公开…) is over where the cases or fees begin, and a
    count in Chinese numerals carried to the next year (二件结转至2020年) is read; a suit filed
    directly (直接提起行政诉讼) is one kind of lawsuit beside a count of the other kind only; a
    label's first word (复议诉讼:) does not give the count after the colon its topic when the
    count's own words name one; the schools of an education bureau (各校) are not the bureau."""
    _, figs, _ = read(f"某某县教育局{year}年政府信息公开工作年度报告\n" + text, year)
    assert stated <= set(figs)
    assert not_stated not in figs


@pytest.mark.parametrize("text, year, stated, not_stated", [
    pytest.param("三、行政复议、行政诉讼情况。本局因信息公开工作被申请行政复议、被提起行政诉讼的均为0件。", 2018,
                 {"reconsiderations 0", "lawsuits 0"}, None, id="a-combined-count-of-none-is-none-of-each"),
    pytest.param("三、行政复议、行政诉讼情况。本局因信息公开工作被申请行政复议、被提起行政诉讼共3件。", 2018,
                 {"reconsiderations 3 (combined reconsiderations and lawsuits)"}, "reconsiderations 3",
                 id="a-combined-count-of-some-is-neither"),
    pytest.param("三、行政复议、行政诉讼情况。我局受理的行政复议申请中涉及政府信息公开的有12件（作为区政府行政复议办公室承办）；"
                 "本局因信息公开工作被申请行政复议1件。", 2018,
                 {"reconsiderations 1"}, "reconsiderations 12", id="reviews-the-agency-receives-as-the-reviewing-office"),
    pytest.param("二、依申请公开情况。全年共接到信息公开申请7件，其中6件同意公开，另1件经审查属于内部管理信息，不予公开。", 2018,
                 {"applications_denied 1", "applications_granted 6"}, None, id="a-reply-after-its-reason-found-on-review"),
    pytest.param("二、依申请公开。局本级本年度共受理政府信息公开申请26件。区内十一个街道（镇）民政科当年另行受理政府信息公开申请38件，"
                 "由各街道（镇）自行答复。", 2015,
                 {"applications_received 26 (judgement: the agency's own, not the whole area's)"},
                 "applications_received 38", id="the-counted-units-of-the-area-are-the-areas"),
    pytest.param("四、行政复议和诉讼 2014年度，本局未因政府信息公开问题被申请行政复议或被起诉。", 2014,
                 {"reconsiderations 0", "lawsuits 0"}, None, id="not-sued-is-no-lawsuit"),
])
def test_cases_replies_and_units(text, year, stated, not_stated):
    """A combined count of reviews and suits that is 0 is 0 of each (a sum of 0 has no other
    parts), one of some is neither; the reviews an agency receives as the reviewing office are
    not its own; a reply named after its reason (经审查属于…,不予公开); the units of an area
    counted (十一个街道) are the area's, not the agency's own; 被起诉 is a suit."""
    _, figs, _ = read(f"某某区民政局{year}年政府信息公开工作年度报告\n" + text, year)
    assert stated <= set(figs)
    assert not_stated not in figs


@pytest.mark.parametrize("respondent, stated", [
    ("县直部门", "reconsiderations 2 (another agency's: named as the respondent)"),
    ("县政府", "reconsiderations 2 (another agency's: named as the respondent)"),
    ("本局", "reconsiderations 2"),
])
def test_the_respondent_named_after_a_case_count(respondent, stated):
    """行政复议2件,被申请人均为县直部门: the cases of another agency, not the year's figure of the
    agency's own; 被申请人均为本局: its own."""
    text = f"某某县交通局2018年政府信息公开工作年度报告\n三、复议诉讼。全年因政府信息公开被申请行政复议2件，被申请人均为{respondent}。"
    _, figs, _ = read(text, 2018)
    assert stated in figs


@pytest.mark.parametrize("title, text, stated, not_stated", [
    pytest.param("某某县交通局2015年", "四、行政复议和诉讼\n本年度因政府信息公开被起诉1件，被申请行政复议0件。",
                 {"lawsuits 1", "reconsiderations 0"}, "reconsiderations 1", id="a-heading-line-without-qingkuang-is-a-heading"),
    pytest.param("某某县交通局2021年", "三、复议诉讼情况。本年度因政府信息公开直接提起行政诉讼2件，复议后提起行政诉讼1件。",
                 {"lawsuits 3"}, "reconsiderations 1", id="a-suit-after-a-review-is-a-suit"),
    pytest.param("某某县交通局2021年", "三、复议诉讼情况。本局未被提起行政诉讼；协助县政府应诉因政府信息公开被起诉案件2件（被告为县政府）。",
                 {"lawsuits 0"}, "lawsuits 2", id="the-respondent-in-brackets-is-another-agency"),
    pytest.param("某某市人民政府2021年", "四、行政复议和行政诉讼情况\n全年以市政府为被申请人的政府信息公开行政复议案件4件，"
                 "被申请人为市政府的行政诉讼案件2件。", {"reconsiderations 4", "lawsuits 2"}, None,
                 id="the-next-counts-respondent-is-not-this-ones"),
    pytest.param("某某县第一中学2021年", "一、主动公开情况\n本校与各校联合开展校务公开，本校全年公开信息86条。",
                 {"proactive_items 86"}, None, id="a-schools-own-report"),
    pytest.param("某某县交通局2021年", "二、依申请公开情况。本年度新收申请10件，另有二件由2020年转入。",
                 {"applications_carried_over 2", "applications_received 10"}, None, id="carried-in-from-the-year-before"),
    pytest.param("某某县交通局2021年", "二、依申请公开情况。本年度新收申请10件，2020年收到的申请中有2件结转至2021年办理。",
                 {"applications_carried_over 2", "applications_received 10"}, None, id="carried-into-the-reports-year"),
])
def test_headings_respondents_and_carries(title, text, stated, not_stated):
    """A heading line of an outline marker and a short title (四、行政复议和诉讼) gives no topic to
    the count below; 复议后提起行政诉讼 is a suit; a respondent named in brackets or in the count's
    own clause (not the next count's); a school's own report; requests carried in from the year
    before (由2020年转入) or into the report's year (结转至2021年)."""
    _, figs, _ = read(f"{title}政府信息公开工作年度报告\n" + text, int(title[-5:-1]))
    assert stated <= set(figs)
    assert not_stated not in figs


def test_respectively_a_numeral_and_a_zero():
    """行政复议、行政诉讼分别为二件和0件: one each, in order (二件 before 和 is a count), not a
    combined count of 0 for both."""
    _, figs, _ = read("某某县交通局2018年政府信息公开工作年度报告\n三、复议诉讼情况。因政府信息公开引起的行政复议、行政诉讼分别为二件和0件。", 2018)
    assert {"reconsiderations 2", "lawsuits 0"} <= set(figs)
    assert "reconsiderations 0" not in figs


def test_requests_of_citizens_when_no_other_kind_is_named():
    """收到公民提出的申请9件 with no other kind of applicant in the sentence: the public at large,
    the agency's requests (not one kind of applicant beside the district's 56)."""
    text = ("某某区国土资源局2008年度政府信息公开工作报告\n二、依申请公开情况\n今年我局收到公民提出的政府信息公开申请9件，均在法定期限内答复。"
            "据区政府信息公开办统计，全区各部门共受理申请56件。")
    _, figs, _ = read(text, 2008)
    assert any(f.startswith("applications_received 9") and "breakdown" not in f for f in figs)
    assert "applications_received 56" not in figs


@pytest.mark.parametrize("text, year, stated, not_stated", [
    pytest.param("一、总体情况\n我局于2019年3月挂牌组建。\n二、主动公开政府信息情况\n自挂牌以来，共主动公开政府信息一百八十七条。", 2019,
                 {"proactive_items 187"}, "proactive_items 187 (cumulative)", id="since-founded-in-the-reports-year"),
    pytest.param("一、总体情况\n我局于2015年挂牌组建。\n二、主动公开政府信息情况\n自挂牌以来，共主动公开政府信息一千八百七十条。", 2019,
                 {"proactive_items 1870 (cumulative)"}, "proactive_items 1870", id="since-founded-years-before"),
    pytest.param("二、依申请公开情况\n全年共收到申请两件，一件询问学区划分依据，一件要求公开某中学扩建工程的招标结果，我局均在规定期限内予以公开。", 2009,
                 {"applications_received 2", "applications_granted 2"}, None, id="each-request-in-turn-then-all-granted"),
    pytest.param("二、依申请公开情况\n全年共收到申请三件，一件转交县教育局办理，我局均在规定期限内予以公开。", 2009,
                 {"applications_received 3"}, "applications_granted 3", id="one-of-them-sent-on-is-not-all-granted"),
])
def test_periods_and_all_of_them(text, year, stated, not_stated):
    """自挂牌以来 of a bureau founded in the report's year is the year's own period (founded
    before, a stock); requests listed one by one (一件…,一件…) then 均予以公开 are all granted,
    while one sent elsewhere (一件转交…) is not."""
    _, figs, _ = read(f"某某县医疗保障局{year}年政府信息公开工作年度报告\n" + text, year)
    assert stated <= set(figs)
    assert not_stated not in figs


@pytest.mark.parametrize("text, year, stated, not_stated", [
    pytest.param("一、总体情况\n县政务服务中心于2019年4月挂牌成立，我局进驻窗口。我局自成立以来共主动公开政府信息4,512条。"
                 "本年度主动公开政府信息603条。", 2019, {"proactive_items 603"}, "proactive_items 4512",
                 id="another-body-founded-in-the-year"),
    pytest.param("三、依申请公开\n本年度收到公民申请8件。另有法人和其他组织申请3件。", 2011,
                 set(), "applications_received 8", id="citizens-then-organisations-in-the-next-sentence"),
    pytest.param("二、依申请公开情况\n本年度收到申请两件，一件要求公开某小区规划许可，予以公开；一件要求公开内部会议纪要，不予公开。", 2011,
                 {"applications_received 2"}, "applications_denied 2", id="each-request-its-own-reply"),
])
def test_near_misses_of_the_second_review(text, year, stated, not_stated):
    """Another body founded in the report's year (县政务服务中心…成立) does not make the
    agency's 自成立以来 the year's; 公民 with 法人 named in the next sentence is one kind of
    applicant; requests listed one by one, each with its own reply, are not all given the last."""
    _, figs, _ = read(f"某某县自然资源局{year}年政府信息公开工作年度报告\n" + text, year)
    assert stated <= set(figs)
    assert not_stated not in figs


def test_requests_counted_one_by_one_then_all_granted():
    """受理申请三件,一件申请公开…(three times),均已按时答复并予以公开: received 3 (each 一件 a part
    of it, not three more counts) and all three granted (not the last 一件's 1)."""
    text = ("某某县水利局2010年政府信息公开工作年度报告\n二、依申请公开情况\n本年度受理申请三件，一件申请公开水库移民补偿标准，"
            "一件申请公开河道采砂许可情况，一件申请公开防汛资金使用情况，均已按时答复并予以公开。")
    _, figs, _ = read(text, 2010)
    assert {"applications_received 3", "applications_granted 3"} <= set(figs)
    assert "applications_granted 1" not in figs


def test_requests_by_channel_then_all_granted():
    """五件,其中网上申请三件,当面申请两件,已全部予以公开: the five (its parts add up to it) granted."""
    _, figs, _ = read("某某县人口和计划生育局2010年政府信息公开工作年度报告\n三、依申请公开\n"
                      "全年共受理公民申请五件，其中网上申请三件，当面申请两件，已全部予以公开。", 2010)
    assert {"applications_received 5", "applications_granted 5"} <= set(figs)


def test_the_agency_named_as_the_subject_of_all_granted():
    """全年受理1件,申请人要求公开…,乡政府依法予以公开: the one request granted (the agency named by
    its kind, 乡政府, as the subject)."""
    _, figs, _ = read("某某县某某乡人民政府2013年政府信息公开工作年度报告\n三、依申请公开情况\n全年受理申请1件，申请人要求公开本村土地征收补偿方案，"
                      "乡政府依法予以公开，申请人表示满意。", 2013)
    assert {"applications_received 1", "applications_granted 1"} <= set(figs)


@pytest.mark.parametrize("title, text, stated", [
    pytest.param("某某县市场监督管理局2020年", "一、总体情况\n本年度主动公开信息数量共计1093条（2019年为950条）。",
                 "proactive_items 1093", id="the-count-of-items-proactively-published"),
    pytest.param("某某区人民政府2022年", "一、总体情况\n依托门户网站和政务新媒体，全年主动公开政府信息0.63万条。",
                 "proactive_items 6300", id="the-ways-named-in-the-clause-before"),
    pytest.param("某某市人民政府办公厅2008年", "二、主动公开政府信息情况\n统计期内，办公厅主动公开政府信息1,146条。全市各级行政机关共主动公开政府信息2.3万余条。",
                 "proactive_items 1146 (judgement: the agency's own, not the whole area's)", id="the-office-named-by-its-kind"),
])
def test_mainstream_ways_of_stating_the_proactive_count(title, text, stated):
    """主动公开信息数量共计N条 (信息数 a cue, 量 no kind); 依托门户网站和政务新媒体,全年主动公开… (the
    ways, a website among them, in the clause before: every channel); 办公厅主动公开… in the
    report of a 人民政府办公厅 (the agency by the last words of its name) beside the city's."""
    _, figs, _ = read(f"{title}政府信息公开工作年度报告\n" + text, int(title[-5:-1]))
    assert stated in figs


@pytest.mark.parametrize("body, stated", [
    pytest.param("\u3000\u3000（一）全年在区政府门户网站主动公开审计结果公告、审计工作动态等信息共127条，其中审计结果公告9份。\n"
                 "\u3000\u3000（二）本年度我局没有收到政府信息公开申请。\n\u3000\u3000（三）本年度没有因政府信息公开提起的行政复议和行政诉讼。\n"
                 "\u3000\u3000（四）存在的不足：审计结果公告的内容还不够细化。",
                 {"proactive_items 127", "applications_received 0", "reconsiderations 0", "lawsuits 0"}, id="numbered-items"),
    pytest.param("\u3000\u3000一、全年主动公开政府信息七十五条，其中在县政府网站乡镇专栏发布四十一条，在乡政务公开栏公开三十四条。\n"
                 "\u3000\u3000二、全年收到政府信息公开申请一件，申请人为本乡村民，已依法予以公开。\n",
                 {"proactive_items 75", "applications_received 1", "applications_granted 1"}, id="numbered-items-in-numerals"),
])
def test_a_narrative_report_of_numbered_items(body, stated):
    """A short report whose numbered items are sentences ((二)本年度我局没有收到…申请。; (一)全年…
    主动公开…信息共127条), not titles over a body: each is read as a statement."""
    _, figs, _ = read("某某区审计局2014年度政府信息公开工作报告\n\u3000\u3000现将2014年度政府信息公开工作情况报告如下：\n" + body, 2014)
    assert stated <= set(figs)


def test_numbered_headings_of_a_page_run_onto_one_line():
    """A page scraped onto one line: its headings (三、行政复议和行政诉讼情况) are followed by a
    space, not run on into the sentence after: still headings, whose words give the counts
    after them their topic (案件数均为零: both)."""
    text = ("某某县教育局2016年政府信息公开工作年度报告 一、主动公开情况 我局全年主动公开信息 276 条。 二、依申请公开情况 "
            "本年度受理政府信息公开申请8件，其中同意公开5件，部分公开1件。 三、行政复议和行政诉讼情况 "
            "因政府信息公开申请行政复议、提起行政诉讼的案件数均为零。 四、存在的主要问题和改进措施 一是学校层面公开工作不平衡。")
    _, figs, _ = read(text, 2016)
    assert {"proactive_items 276", "applications_received 8", "reconsiderations 0", "lawsuits 0"} <= set(figs)


def test_a_case_of_another_matter_is_not_a_case_about_disclosure():
    """医疗纠纷诉讼3起 (a hospital's suits over medical disputes) or 劳动争议仲裁: cases of another
    matter, named by the clause itself, are no lawsuits about disclosure; a suit over a
    disclosure dispute (因政府信息公开纠纷提起行政诉讼) still is."""
    text = "四、复议诉讼情况\n2012年，我院发生医疗纠纷诉讼3起，均由院医患关系办公室依法应诉处理。"
    _, figs, _ = read(text, 2012)
    assert "lawsuits 3" not in figs and "lawsuits 3 (not about disclosure)" in figs
    _, figs, _ = read("本年度我局作为被告的劳动争议民事诉讼2件。", 2016)
    assert "lawsuits 2" not in figs
    _, figs, _ = read("本年度因政府信息公开纠纷被提起行政诉讼1件。", 2016)
    assert "lawsuits 1" in figs


def test_the_schools_or_hospitals_of_an_area_are_not_the_agency():
    """A bureau's own requests beside those its schools or hospitals received (各中小学校另收到…5件,
    各乡镇卫生院共受理申请3件): the bodies of its area, not more requests of its own."""
    text = ("二、依申请公开情况\n2023年，我局收到政府信息公开申请6件，上年结转0件。全县各中小学校另收到信息公开申请5件，"
            "由各学校自行办理。")
    _, figs, _ = read(text, 2023)
    assert [f for f in figs if f.startswith("applications_received")] == [
        "applications_received 5 (the whole area (the agency's own stated))",
        "applications_received 6 (judgement: the agency's own, not the whole area's)"]
    text = "二、依申请公开情况\n本年度我委共受理政府信息公开申请4件，各乡镇卫生院共受理申请3件。"
    _, figs, _ = read(text, 2021)
    assert [f for f in figs if f.startswith("applications_received")] == [
        "applications_received 3 (the whole area (the agency's own stated))",
        "applications_received 4 (judgement: the agency's own, not the whole area's)"]


def test_a_count_of_several_kinds_of_reply_by_its_parts():
    """予以公开和部分公开共20件（其中部分公开5件）: partial 5 and granted 15 (the count less its part);
    不予公开、无法提供、不予处理共9件，其中不予公开2件，无法提供3件: not processed 4 (denied and unable
    are read as rows in words). Not where the parts add up to more than the count, nor where every
    kind is named and they fall short, nor where the parts are named otherwise."""
    head = "二、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请29件，上年结转0件。"
    _, figs, _ = read(head + "予以公开和部分公开共20件（其中部分公开5件）；不予公开、无法提供、不予处理共9件，"
                      "其中不予公开2件，无法提供3件。", 2021)
    why = "judgement: a count of several kinds of reply"
    assert {f"applications_partial 5 ({why}, by its parts)", f"applications_granted 15 ({why}, less its parts named)",
            "applications_denied 2", "applications_unable 3",
            f"applications_not_processed 4 ({why}, less its parts named)"} <= set(figs)
    for rest in ("予以公开和部分公开共20件（其中部分公开25件）。", "予以公开和部分公开共20件（其中予以公开12件、部分公开5件）。"):
        _, figs, _ = read(head + rest, 2021)
        assert "applications_granted 20 (combined kinds of reply)" in figs and not any(why in f for f in figs), rest


def test_a_year_carried_from_named_before_the_next_count_is_that_counts():
    """共办理申请9件，其中本年新收8件、2018年结转1件 (in 2019): the year carried from is said of the 1,
    not of the 8 before it; received 8, carried over 1 (2件结转至2020年办理 is still carried forward)."""
    _, figs, _ = read("二、依申请公开情况\n2019年共办理政府信息公开申请9件，其中本年新收8件、2018年结转1件，均已办结。", 2019)
    assert {"applications_received 8", "applications_carried_over 1"} <= set(figs)
    assert not any(f.startswith("applications_carried_over 8") for f in figs)
    _, figs, _ = read("二、依申请公开情况\n2019年共收到政府信息公开申请9件，已答复7件，另有2件结转至2020年办理。", 2019)
    assert "applications_carried_forward 2" in figs


def test_replies_as_parts_of_the_whole_areas_requests_are_the_areas():
    """全县水利系统共受理申请8件…其中同意公开5件，部分公开2件 in a bureau's report that gives its own
    proactive count: the replies are the area's, as its count of requests is; not the replies after
    the agency's own part (其中局机关收到3件，同意公开3件)."""
    head = "某县水利局2017年政府信息公开工作年度报告\n一、概述\n2017年，局机关主动公开政府信息188条。\n二、依申请公开情况\n"
    _, figs, _ = read(head + "2017年，全县水利系统（含局机关、水管站等单位）共受理政府信息公开申请8件，均已按时答复，"
                      "其中同意公开5件，部分公开2件，告知申请人另行申请1件。", 2017)
    assert {"applications_granted 5 (the whole area: a part of its count of requests)",
            "applications_partial 2 (the whole area: a part of its count of requests)"} <= set(figs)
    assert not any(f.startswith(("applications_granted", "applications_partial")) and "(" not in f for f in figs)
    _, figs, _ = read(head + "2017年，全县水利系统共受理政府信息公开申请8件，其中局机关收到3件，同意公开3件。", 2017)
    assert "applications_granted 3" in figs


def test_one_kind_of_information_the_title_says_the_report_is_of():
    """A hospital's 院务公开工作年度报告 whose only proactive count is 公开院务信息120条 (after 院务公开栏:
    the kind is 院务, not 栏公开院务): its whole output, a judgement; not a kind the title does not name."""
    text = ("某县人民医院2012年院务公开工作年度报告\n一、主动公开情况\n全年通过医院网站、院务公开栏公开院务信息120条，"
            "内容包括收费标准、药品价格等。\n二、依申请公开情况\n本年度无申请。")
    _, figs, _ = read(text, 2012)
    assert "proactive_items 120 (judgement: one kind of information, the agency's own field: its whole output)" in figs
    _, figs, _ = read(text.replace("公开院务信息120条", "公开药品价格信息120条"), 2012)
    assert not any(f.startswith("proactive_items 120 (judgement") for f in figs)


def test_a_total_after_one_part_of_another_value_is_no_total_of_it():
    """本年新收…5件，上年结转1件，共计6件 (2021: 上年结转1件 read as a row of table 3 in words, so not prose):
    the 共计6件 holds more than the one count before it (new and carried over), so it is no count of
    the new requests: received 5; not 6 with the 5 a part of it. Only where words were left out
    between them (the row read as the table's): 结果维持1件，…，总计3件 and 累计…9872条，本年度共2215条 stay."""
    _, figs, _ = read("三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请5件，上年结转1件，共计6件。"
                      "予以公开4件，部分公开1件，无法提供1件。", 2021)
    assert "applications_received 5" in figs and "applications_received 6" not in figs
    _, figs, _ = read("四、政府信息公开行政复议、行政诉讼情况\n行政复议：结果维持1件，结果纠正1件，尚未审结1件，总计3件。", 2021)
    assert "reconsiderations 3" in figs
    _, figs, _ = read("一、主动公开情况\n截至2022年底，累计公开信息9872条，本年度共2215条。", 2022)
    assert "proactive_items 2215" in figs  # (no words left out between: the year's own)


def test_a_fields_government_information_and_table_ones_column_in_words():
    """A 气象局's only proactive count 主动公开气象政务信息96条 (its field's 政务信息) is its whole output, a
    judgement; 本年新制作规范性文件5件，本年新公开5件 (table 1's columns in words, after 本年新制作) count
    documents, no proactive items beside the agency's own count."""
    _, figs, _ = read("某县气象局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，某县气象局主动公开气象政务信息96条，"
                      "另发布气象预警信息213期。", 2022)
    assert "proactive_items 96 (judgement: one kind of information, the agency's own field: its whole output)" in figs
    _, figs, _ = read("某区人民政府办公室2020年政府信息公开工作年度报告\n一、总体情况\n2020年，区政府办公室主动公开政府信息2219条。\n"
                      "二、主动公开政府信息情况\n本年新制作规范性文件5件，本年新公开5件，对外公开总数量62件。", 2020)
    assert [f for f in figs if f.startswith("proactive_items")] == ["proactive_items 2219"]


@pytest.mark.parametrize("raw, year, kept, absent", [
    # a number after carrying words that is no count of requests (a quarter, days, persons, a share)
    ("2017年受理政府信息公开申请7件，已答复5件，另有2件结转至2018年第1季度办理。", 2017,
     ["applications_carried_forward 2", "applications_received 7"], []),
    ("2017年受理政府信息公开申请7件，已答复5件，另有2件转入2018年办理（答复期限为15个工作日）。", 2017,
     ["applications_carried_forward 2"], []),
    # a count after the carrying words is theirs (结转至2018年办理1件), not the count before them
    ("2017年受理政府信息公开申请6件，已办结5件、结转至2018年办理1件。", 2017, ["applications_carried_forward 1"],
     ["applications_carried_forward 5"]),
    # items published after 本年新制作, in 条 and not 新公开: items
    ("本年新制作规范性文件3件，全年公开通知公告、工作动态等320条。", 2020, ["proactive_items 320"], []),
    # parts of a count of two kinds of reply that are a share of their kind (by channel, by reason): no count of it
    ("本年度受理申请15件，予以公开和部分公开共15件，其中网上申请部分公开2件。", 2017, ["applications_received 15"],
     ["applications_partial 2 (judgement: a count of several kinds of reply, by its parts)"]),
    ("本年度受理申请10件，予以公开4件，不予公开、不予处理共6件，其中涉及国家秘密不予公开2件。", 2017, ["applications_granted 4"],
     ["applications_denied 2 (judgement: a count of several kinds of reply, by its parts)"]),
    # items after 具体为 that are ways of working, not requests
    ("2017年收到政府信息公开申请2件，均在法定期限内答复。具体为：一是严格审查，对申请公开的信息依法予以公开；"
     "二是对本机关不掌握的信息，及时告知申请人。", 2017, ["applications_received 2"],
     ["applications_granted 1 (judgement: the requests told one by one, counted by their replies)"]),
])
def test_what_this_sessions_reviews_found(raw, year, kept, absent):
    """Passages a review wrote against the rules of the nineteenth session: what they must keep
    stating and what they must not state."""
    figs = read("二、依申请公开情况\n" + raw, year)[1]
    assert set(kept) <= set(figs) and not set(absent) & set(figs)


def test_a_dispute_over_a_disclosure_reply_is_a_case_about_disclosure():
    """申请人因对我局政府信息公开答复存在争议，申请行政复议2件: its sentence names disclosure, so the
    reviews are about it (争议 names no other matter); a county's area count of replies split by kind
    (全县交通运输系统…其中予以公开和部分公开共5件（其中部分公开1件）) stays the area's."""
    figs = read("四、行政复议和行政诉讼情况\n本年度，申请人因对我局政府信息公开答复存在争议，申请行政复议2件，提起行政诉讼1件。", 2017)[1]
    assert {"reconsiderations 2", "lawsuits 1"} <= set(figs)
    figs = read("某县交通运输局2017年政府信息公开工作年度报告\n一、概述\n2017年，局机关主动公开政府信息210条。\n二、依申请公开情况\n"
                "2017年，全县交通运输系统共受理政府信息公开申请6件，其中予以公开和部分公开共5件（其中部分公开1件），信息不存在1件。", 2017)[1]
    assert not any(f.startswith(("applications_partial", "applications_granted")) and ("(" not in f or "judgement" in f)
                   for f in figs)


def test_granted_or_partial_together_and_a_reviewing_bodys_decision():
    """全部或部分公开15件 counts two kinds of reply together: no count of either (not partial 15).
    行政复议1件（复议机关维持原答复），行政诉讼0件: the reviewing body named with its decision does not
    make the agency a reviewer, so the lawsuits' 0 is the agency's."""
    figs = read("二、依申请公开情况\n本年度受理申请20件，全部或部分公开15件，不予公开5件。", 2016)[1]
    assert "applications_received 20" in figs and not any(f.startswith(("applications_partial", "applications_granted"))
                                                          for f in figs)
    figs = read("四、行政复议和行政诉讼情况\n全年发生因政府信息公开引起的行政复议1件（复议机关维持原答复），行政诉讼0件。", 2021)[1]
    assert {"reconsiderations 1", "lawsuits 0"} <= set(figs)


def test_not_a_single_case_is_none():
    """全县未发生一起因政府信息公开引发的行政复议和行政诉讼: not a single one, 0 of each (not 1, the 一起
    read as a count); 本年度发生一起…行政复议 is one."""
    figs = read("四、行政复议和行政诉讼情况\n全县未发生一起因政府信息公开引发的行政复议和行政诉讼。", 2010)[1]
    assert {"reconsiderations 0", "lawsuits 0"} <= set(figs) and "reconsiderations 1" not in figs
    assert "reconsiderations 1" in read("四、行政复议和行政诉讼情况\n本年度发生一起因政府信息公开引发的行政复议。", 2010)[1]


@pytest.mark.parametrize("title, part, own", [
    ("某市食品药品监督管理局", "其中市局主动公开687条", True),  # 市局 of a 市…局: itself
    ("某区市场监督管理局", "其中区市监局主动公开687条", True),  # a 区市场监督管理局 (not 区市 + 场…)
    ("某县市场监督管理局", "其中市局主动公开687条", False),  # the city's bureau, not the county's
])
def test_the_agency_by_its_short_name_at_its_level(title, part, own):
    figs = read(f"{title}2011年政府信息公开工作年度报告\n一、概述\n2011年，全系统共主动公开信息2145条，{part}，"
                "各县（市、区）局主动公开1458条。", 2011)[1]
    assert ("proactive_items 687 (judgement: the agency's own, not the whole area's)" in figs) == own


def test_a_count_listed_after_a_cumulative_one_is_cumulative_too():
    """2008年以来，我局累计发生…行政复议11件、行政诉讼6件: the 6 is cumulative as the 11 is; the year's
    lawsuits (提起行政诉讼2件) stay the headline."""
    figs = read("五、因政府信息公开申请行政复议、提起行政诉讼的情况\n2012年，因政府信息公开申请行政复议3件；提起行政诉讼2件。"
                "2008年以来，我局累计发生政府信息公开行政复议11件、行政诉讼6件，无败诉案件。", 2012)[1]
    assert {"lawsuits 2", "reconsiderations 3", "lawsuits 6 (cumulative)"} <= set(figs)
