""""None" statements (gdrkit.extract.negation): what a negation negates (the head, not a
modifier; a coordinated group; a year carried to or from), a none after a label or a
heading, every request given one answer (全部予以公开), and cases said to be unrelated to
disclosure, on short passages written for the tests in the style of the reports.
"""

from __future__ import annotations

import pytest
from _passages import read

from gdrkit.clean import clean_text
from gdrkit.extract.statements import statements_table
from gdrkit.sections import segment_text

CASES = [
    pytest.param('本年度未收到因政府信息公开引起的行政复议申请。', 2022,
                 ['reconsiderations none 0 [disclosure] «未收到因政府信息公开引起的行政复议申请»'],
                 ['reconsiderations 0'], id='request-of-a-review-is-a-review'),
    pytest.param('全年未发生因信息公开引起的行政复议、行政诉讼和投诉举报。', 2022,
                 ['reconsiderations none 0 [disclosure] «未发生因信息公开引起的行政复议、行政诉讼和投诉举报»',
                  'lawsuits none 0 [disclosure] «未发生因信息公开引起的行政复议、行政诉讼和投诉举报»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='cases-coordinated-with-a-compound-of-other-nouns'),
    pytest.param('全年未发生投诉举报。', 2022, [], [], id='a-compound-of-other-nouns-alone-is-no-topic'),
    pytest.param('本年度未收到因政府信息公开申请引起的行政复议。', 2022,
                 ['reconsiderations none 0 [disclosure] «未收到因政府信息公开申请引起的行政复议»'],
                 ['reconsiderations 0'], id='modifier-is-not-the-head'),
    pytest.param('本年度没有因政府信息公开被申请行政复议和提起行政诉讼的情况。', 2022,
                 ['reconsiderations none 0 [disclosure] «没有因政府信息公开被申请行政复议和提起行政诉讼»', 'lawsuits none 0 [disclosure] «没有因政府信息公开被申请行政复议和提起行政诉讼»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='review-and-lawsuit-coordinated'),
    pytest.param('本年度无上年结转的申请。', 2022,
                 ['carried_over none 0 [] «无上年结转»'],
                 ['applications_carried_over 0'], id='none-carried-over'),
    pytest.param('本年度无结转下年度办理的申请。', 2022,
                 ['carried_forward none 0 [] «无结转下年»'],
                 ['applications_carried_forward 0'], id='none-carried-forward'),
    pytest.param('二、收到和处理政府信息公开申请情况\n予以公开5件，无结转下年度办理申请。', 2022,
                 ['granted count 5 [] @applications «5件»', 'carried_forward none 0 [disclosure_context] @applications «无结转下年»'],
                 ['applications_carried_forward 0', 'applications_granted 5'], id='none-carried-forward-to-handle-no-of'),
    pytest.param('办结后无结转至2023年的申请。', 2022,
                 ['carried_forward none 0 [] «无结转至2023年»'],
                 ['applications_carried_forward 0'], id='none-carried-to-next-year'),
    pytest.param('本年度无2022年结转的申请。', 2023,
                 ['carried_over none 0 [] «无2022年结转»'],
                 ['applications_carried_over 0'], id='none-carried-from-last-year'),
    pytest.param('本年度无2020年结转的申请。', 2022,
                 [],
                 [], id='carried-year-not-adjacent'),
    pytest.param('本年度政府信息公开申请：无。', 2022,
                 ['applications none 0 [disclosure_context] (label) «无。»'],
                 ['applications_received 0'], id='none-after-the-label'),
    pytest.param('收费及减免：无。', 2022,
                 ['fees none 0 [disclosure_context] (label) «无。»'],
                 ['fees_yuan 0'], id='none-after-fees-and-waivers'),
    pytest.param('行政复议、行政诉讼：均无。', 2022,
                 ['reconsiderations none 0 [disclosure_context] (label) «均无。»', 'lawsuits none 0 [disclosure_context] (label) «均无。»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='both-none-after-the-label'),
    pytest.param('本年度政府信息公开申请为零。', 2022,
                 ['applications none 0 [disclosure] «政府信息公开申请为零»'],
                 ['applications_received 0'], id='request-then-zero'),
    pytest.param('本年度政府信息公开申请工作开展情况良好无。', 2022,
                 [],
                 [], id='negation-too-far-after'),
    pytest.param('本年度未发生：政府信息公开行政复议、行政诉讼案件。', 2022,
                 ['reconsiderations none 0 [disclosure] (negation earlier in the sentence) «行政复议、行政诉讼»', 'lawsuits none 0 [disclosure] (negation earlier in the sentence) «行政复议、行政诉讼»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='negation-earlier-in-the-sentence'),
    pytest.param('本年度未收到信访件。', 2022,
                 [],
                 [], id='petitions-are-something-else'),
    pytest.param('本年度未收到政府信息公开申请和信访件。', 2022,
                 ['applications none 0 [disclosure] «未收到政府信息公开申请和信访»'],
                 ['applications_received 0'], id='requests-and-petitions'),
    pytest.param('本年度未主动公开涉及国家秘密的信息。', 2022,
                 [],
                 [], id='none-proactive-is-nothing'),
    pytest.param('四、政府信息公开的收费及减免情况\n我局一律免费。', 2022,
                 ['fees none 0 [disclosure_context] @fees «免费»'],
                 ['fees_yuan 0'], id='free-in-a-fees-section'),
    pytest.param('全部免费为申请人提供所需政府信息。', 2022,
                 ['fees none 0 [disclosure_context] «免费»'],
                 ['fees_yuan 0'], id='free-with-requests'),
    pytest.param('四、收费及减免情况\n因未发生依申请公开事项，不涉及收费。', 2009,
                 ['applications none 0 [disclosure] @fees «未发生依申请公开事项»',
                  'fees none 0 [disclosure_context] @fees «不涉及收费»'],
                 ['applications_received 0', 'fees_yuan 0'], id='no-fee-involved'),
    pytest.param('行政诉讼2件，均不涉及政府信息公开。', 2012,
                 ['lawsuits count 2 [not_disclosure] «2件»', 'lawsuits none 0 [disclosure] (unrelated) «2件»'],
                 ['lawsuits 0', 'lawsuits 2 (not about disclosure)'], id='not-involving-disclosure-is-unrelated'),
    pytest.param('二、依申请公开情况\n本年度未收到申请，因此也不存在收费以及因政府信息公开引发行政复议、行政诉讼的情况。', 2012,
                 ['applications none 0 [disclosure_context] @applications «未收到申请»',
                  'fees none 0 [disclosure] @applications «不存在收费以及因政府信息公开引发行政复议、行政诉讼»',
                  'reconsiderations none 0 [disclosure] @applications «不存在收费以及因政府信息公开引发行政复议、行政诉讼»',
                  'lawsuits none 0 [disclosure] @applications «不存在收费以及因政府信息公开引发行政复议、行政诉讼»'],
                 ['applications_received 0', 'fees_yuan 0', 'lawsuits 0', 'reconsiderations 0'],
                 id='yinci-is-not-a-cause-and-the-review-of-a-situation-is-its-head'),
    pytest.param('三、行政复议和行政诉讼情况\n全县未发生政府信息公开方面的行政复议案件和行政诉讼案件。', 2013,
                 ['reconsiderations none 0 [disclosure] @review_litigation «未发生政府信息公开方面的行政复议案件和行政诉讼»',
                  'lawsuits none 0 [disclosure] @review_litigation «未发生政府信息公开方面的行政复议案件和行政诉讼»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='cases-and-cases-coordinated'),
    pytest.param('四、收费情况\n本年度未收取依申请公开费用。', 2013,
                 ['fees none 0 [disclosure] @fees «未收取依申请公开费用»'],
                 ['fees_yuan 0'], id='a-modifier-right-before-its-noun-is-not-coordinated'),
    pytest.param('全年免费发放宣传资料。', 2022,
                 [],
                 [], id='free-leaflets-are-not-fees'),
    pytest.param('三、依申请公开情况\n本年度未收到申请。', 2022,
                 ['applications none 0 [disclosure_context] @applications «未收到申请»'],
                 ['applications_received 0'], id='bare-request-in-applications-section'),
    pytest.param('本年度未收到申请。', 2022,
                 [],
                 [], id='bare-request-elsewhere'),
    pytest.param('本年度未收到政府信息公开申请，也未产生信息处理费。', 2022,
                 ['applications none 0 [disclosure] «未收到政府信息公开申请»', 'fees none 0 [disclosure] «未产生信息处理费»'],
                 ['applications_received 0', 'fees_yuan 0'], id='no-fees-and-no-requests'),
    pytest.param('五、因政府信息公开申请行政复议、提起行政诉讼的情况\n无。', 2022,
                 ['reconsiderations none 0 [disclosure_context] (heading) @review_litigation «无。»', 'lawsuits none 0 [disclosure_context] (heading) @review_litigation «无。»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='heading-then-none'),
    pytest.param('五、因政府信息公开申请提起行政复议和行政诉讼情况：无。', 2016,
                 ['reconsiderations none 0 [disclosure_context] (label) «无。»', 'lawsuits none 0 [disclosure_context] (label) «无。»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='label-then-none-the-request-is-the-cause'),
    pytest.param('三、因政府信息公开申请行政复议、提起行政诉讼情况：无。', 2016,
                 ['reconsiderations none 0 [disclosure_context] (label) «无。»', 'lawsuits none 0 [disclosure_context] (label) «无。»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='label-then-none-in-the-words-of-the-2008-rules'),
    pytest.param('三、依申请公开情况：无。', 2016,
                 ['applications none 0 [disclosure_context] (label) «无。»'],
                 ['applications_received 0'], id='label-then-none-of-requests'),
    pytest.param('四、政府信息公开的收费及减免情况\n本年度未发生此类情况。', 2022,
                 ['fees none 0 [disclosure_context] (heading) @fees «本年度未发生此类情况。»'],
                 ['fees_yuan 0'], id='heading-then-none-this-year'),
    pytest.param('四、政府信息公开的收费及减免情况\n本年度按规定办理。', 2022,
                 [],
                 [], id='heading-then-something-else'),
    pytest.param('本年度受理政府信息公开申请6件，全部予以公开。', 2022,
                 ['applications count 6 [year] «6件»', 'granted count 6 [year] (all of the requests) «全部予以公开。»'],
                 ['applications_granted 6', 'applications_received 6'], id='all-granted'),
    pytest.param('本年度受理政府信息公开申请5件，均已依法予以公开。', 2022,
                 ['applications count 5 [year] «5件»', 'granted count 5 [year] (all of the requests) «均已依法予以公开。»'],
                 ['applications_granted 5', 'applications_received 5'], id='all-granted-by-law'),
    pytest.param('三、依申请公开情况\n本年度收到信息公开申请3件，无上年结转，均予以公开。', 2022,
                 ['applications count 3 [year] @applications «3件»', 'carried_over none 0 [disclosure_context] @applications «无上年结转»',
                  'granted count 3 [year] (all of the requests) @applications «均予以公开。»'],
                 ['applications_carried_over 0', 'applications_denied 0',
                  'applications_granted 3', 'applications_not_processed 0', 'applications_partial 0',
                  'applications_received 3', 'applications_unable 0'], id='all-granted-after-none-carried-over'),
    pytest.param('本年度受理政府信息公开申请2件，均已在规定期限内答复并予以公开。', 2022,
                 ['applications count 2 [year] «2件»', 'granted count 2 [year] (all of the requests) «均已在规定期限内答复并予以公开。»'],
                 ['applications_granted 2', 'applications_received 2'], id='all-granted-in-time'),
    pytest.param('三、依申请公开情况\n本年度收到信息公开申请3件，上年结转0件，均予以公开。', 2022,
                 ['applications count 3 [year] @applications «3件»', 'carried_over count 0 [] @applications «0件»',
                  'granted count 3 [year] (all of the requests) @applications «均予以公开。»'],
                 ['applications_carried_over 0', 'applications_denied 0', 'applications_granted 3', 'applications_not_processed 0',
                  'applications_partial 0', 'applications_received 3', 'applications_unable 0'], id='all-granted-after-zero-carried-over'),
    pytest.param('三、依申请公开情况\n本年度收到政府信息公开申请1件。该申请已于法定期限内办结，予以公开。', 2022,
                 ['applications count 1 [year] @applications «1件»', 'granted count 1 [year] (all of the requests) @applications «予以公开。»'],
                 ['applications_granted 1', 'applications_received 1'], id='the-request-named-again-granted'),
    pytest.param('二、依申请公开情况\n收到政府信息公开申请3件，无上年结转。\n该申请人系重复申请，已在法定期限内予以公开。', 2022,
                 ['applications count 3 [] @applications «3件»', 'carried_over none 0 [disclosure_context] @applications «无上年结转»'],
                 ['applications_carried_over 0', 'applications_received 3'], id='the-applicant-is-not-the-requests-named-again'),
    pytest.param('三、依申请公开情况\n全年共收到政府信息公开申请3件，均为村民申请查询本户承包地确权信息，我镇均予以公开。', 2013,
                 ['applications count 3 [year] @applications «3件»', 'granted count 3 [year] (all of the requests) @applications «我镇均予以公开。»'],
                 ['applications_granted 3', 'applications_received 3'], id='all-granted-by-the-township-after-what-they-asked'),
    pytest.param('三、依申请公开情况\n全年受理政府信息公开申请5件，均涉及房屋征收补偿，经审查全部予以公开。', 2013,
                 ['applications count 5 [year] @applications «5件»', 'granted count 5 [year] (all of the requests) @applications «经审查全部予以公开。»'],
                 ['applications_granted 5', 'applications_received 5'], id='all-granted-after-review'),
    pytest.param('三、依申请公开情况\n全年收到政府信息公开申请2件：1. 某村民申请公开宅基地审批文件，经审查予以公开；2. 某企业申请公开招标文件，部分公开。', 2013,
                 ['applications count 2 [year] @applications «2件»'],
                 ['applications_received 2'], id='the-first-of-the-requests-listed-granted-after-review-is-not-all'),
    pytest.param('本年度共收到政府信息公开申请5件。上述申请均已在法定期限内答复，全部予以公开。', 2022,
                 ['applications count 5 [year] «5件»', 'granted count 5 [year] (all of the requests) «全部予以公开。»'],
                 ['applications_granted 5', 'applications_received 5'], id='all-granted-in-the-next-sentence-naming-them-again'),
    pytest.param('本年度共收到政府信息公开申请5件，其中1件申请人撤回。上述申请均已依法予以公开。', 2022,
                 ['applications count 5 [year] «5件»', 'applications count 1 [breakdown;withdrawn] (after) «1件»'],
                 ['applications_received 1 (breakdown)', 'applications_received 5'],
                 id='all-granted-in-the-next-sentence-after-one-withdrawn-is-not-every-request'),
    pytest.param('二、依申请公开情况\n本年度受理申请4件，均予以公开。无上年结转及结转下年度的申请。', 2022,
                 ['applications count 4 [year] @applications «4件»', 'granted count 4 [year] (all of the requests) @applications «均予以公开。»',
                  'carried_over none 0 [disclosure_context] @applications «无上年结转及结转下年»',
                  'carried_forward none 0 [disclosure_context] @applications «无上年结转及结转下年»'],
                 sorted(['applications_carried_forward 0', 'applications_carried_over 0', 'applications_granted 4',
                         'applications_received 4', 'applications_denied 0', 'applications_not_processed 0', 'applications_partial 0', 'applications_unable 0']), id='none-carried-either-way'),
    pytest.param('二、依申请公开情况\n本年度受理申请4件，均予以公开，无结转下年度及上年结转申请。', 2022,
                 ['applications count 4 [year] @applications «4件»', 'granted count 4 [year] (all of the requests) @applications «均予以公开»',
                  'carried_forward none 0 [disclosure_context] @applications «无结转下年度及上年结转»',
                  'carried_over none 0 [disclosure_context] @applications «无结转下年度及上年结转»'],
                 sorted(['applications_carried_forward 0', 'applications_carried_over 0', 'applications_granted 4',
                         'applications_received 4', 'applications_denied 0', 'applications_not_processed 0', 'applications_partial 0', 'applications_unable 0']), id='none-carried-either-way-the-next-year-first'),
    pytest.param('三、依申请公开情况\n本年度收到信息公开申请1件，系学生家长申请查阅高一新生录取名单，学校经审查予以公开，并在规定期限内书面答复。', 2014,
                 ['applications count 1 [year] @applications «1件»',
                  'granted count 1 [year] (all of the requests) @applications «学校经审查予以公开»'],
                 ['applications_granted 1', 'applications_received 1'], id='the-one-request-granted-by-the-school-after-review'),
    pytest.param('二、依申请公开情况\n全年收到政府信息公开申请1件，因涉及他人个人信息，我镇对其中可以公开的内容予以公开，即部分公开1件。', 2019,
                 ['applications count 1 [year] @applications «1件»', 'partial count 1 [breakdown] @applications «1件»'],
                 ['applications_partial 1', 'applications_received 1'], id='the-one-request-answered-in-part-is-not-granted-whole'),
    pytest.param('三、依申请公开情况\n全年收到信息公开申请1件，申请人要求公开某小区二次供水改造工程的招标结果，公司已在规定期限内予以公开。无部分公开、不予处理的情况。', 2022,
                 ['applications count 1 [year] @applications «1件»', 'granted count 1 [year] (all of the requests) @applications «公司已在规定期限内予以公开。»',
                  'partial none 0 [disclosure_context] @applications «无部分公开、不予处理»', 'not_processed none 0 [disclosure_context] @applications «无部分公开、不予处理»'],
                 ['applications_granted 1', 'applications_not_processed 0', 'applications_partial 0', 'applications_received 1'],
                 id='the-one-request-granted-with-a-word-of-a-numeral-between-and-none-of-the-others-after'),
    pytest.param('三、依申请公开情况\n全年收到信息公开申请1件，申请人要求公开某小区供水改造工程的招标结果，其中2次补正，公司已在规定期限内予以公开。', 2022,
                 ['applications count 1 [year] @applications «1件»'],
                 ['applications_received 1'],
                 id='a-count-between-in-digits-is-still-a-count'),
    pytest.param('三、收到和处理政府信息公开申请情况\n全年新收政府信息公开申请4件。全部申请均已办结，无结转下年度继续办理的申请。', 2019,
                 ['applications count 4 [year] @applications «4件»', 'carried_forward none 0 [disclosure_context] @applications «无结转下年»'],
                 ['applications_carried_forward 0', 'applications_received 4'], id='none-carried-forward-to-be-handled-is-no-none-received'),
    pytest.param('依申请公开：0件\n行政复议、行政诉讼：无\n收取费用：无', 2020,
                 ['applications count 0 [] «0件»', 'reconsiderations none 0 [disclosure_context] (label) «无»',
                  'lawsuits none 0 [disclosure_context] (label) «无»', 'fees none 0 [disclosure_context] (label) «无»'],
                 ['applications_received 0', 'fees_yuan 0', 'lawsuits 0', 'reconsiderations 0'], id='label-lines-each-its-own-statement'),
    pytest.param('二、依申请公开情况\n全年收到政府信息公开申请3件（上年无结转），内容为土地承包经营权确权，全部予以公开，无结转下年度办理的申请。', 2024,
                 ['carried_over none 0 [disclosure_context] @applications «上年无结转»', 'applications count 3 [year] @applications «3件»',
                  'granted count 3 [year] (all of the requests) @applications «全部予以公开»',
                  'carried_forward none 0 [disclosure_context] @applications «无结转下年»'],
                 sorted(['applications_carried_forward 0', 'applications_carried_over 0', 'applications_granted 3',
                         'applications_received 3', 'applications_denied 0', 'applications_not_processed 0', 'applications_partial 0', 'applications_unable 0']), id='none-carried-over-in-brackets-after-the-count'),
    pytest.param('三、依申请公开政府信息情况\n本年度共收到政府信息公开申请4件，逐件办理情况如下：\n1. 3月，某村村民申请公开本村林地征占用审批文件，经审查予以公开；', 2018,
                 ['applications count 4 [year] @applications «4件»'],
                 ['applications_received 4'], id='the-first-of-four-requests-granted-is-not-every-one'),
    pytest.param('本年度受理政府信息公开申请5件，均予以公开或部分公开。', 2022,
                 ['applications count 5 [year] «5件»'],
                 ['applications_received 5'], id='all-with-two-answers'),
    pytest.param('本年度受理政府信息公开申请3件，经审查均属于公开范围，均当场答复并予以公开。', 2013,
                 ['applications count 3 [year] «3件»', 'granted count 3 [year] (all of the requests) «均当场答复并予以公开。»'],
                 ['applications_granted 3', 'applications_received 3'], id='all-granted-with-how-they-were-answered-between'),
    pytest.param('本年度共收到政府信息公开申请4份。我局对4份申请全部同意公开。', 2014,
                 ['applications count 4 [year] «4份»', 'applications count 4 [own] (after) «4份»', 'granted count 4 [own] (all of the requests) «4份申请全部同意公开»'],
                 ['applications_granted 4', 'applications_received 4', 'applications_received 4 (candidate)'], id='all-granted-right-after-the-count'),
    pytest.param('三、收到和处理政府信息公开申请情况\n本年度共收到公开申请1件，系企业申请，经查，申请公开的信息本机关不掌握，已书面告知申请人。', 2021,
                 ['applications count 1 [year] @applications «1件»', 'unable count 1 [year] (all of the requests) @applications «申请公开的信息本机关不掌握»'],
                 ['applications_received 1', 'applications_unable 1'], id='one-request-whose-information-the-agency-does-not-hold'),
    pytest.param('二、依申请公开情况\n本年度共收到公开申请1件，系企业申请，经查，申请公开的信息本机关不掌握，已书面告知申请人。', 2016,
                 ['applications count 1 [year] @applications «1件»', 'unable count 1 [year] (all of the requests) @applications «申请公开的信息本机关不掌握»'],
                 ['applications_received 1', "applications_unable 1 (not the year's figure: not called 无法提供 before 2019)"], id='one-request-not-held-before-2019-not-called-unable'),
    pytest.param('本年度受理政府信息公开申请4件，全部不同意公开。', 2014,
                 ['applications count 4 [year] «4件»'],
                 ['applications_received 4'], id='a-negation-between-every-and-the-answer-is-not-that-answer'),
    pytest.param('本年度共收到政府信息公开申请4份，均已按时答复。', 2014,
                 ['applications count 4 [year] «4份»'],
                 ['applications_received 4'], id='all-answered-names-no-answer'),
    pytest.param('二、依申请公开情况\n共受理申请3件，已答复3件，均为同意公开。', 2012,
                 ['applications count 3 [] @applications «3件»', 'granted count 3 [] (all of the requests) @applications «均为同意公开。»'],
                 ['applications_granted 3', 'applications_received 3'], id='all-answered-then-all-granted'),
    pytest.param('二、依申请公开政府信息情况\n2012年，我局受理政府信息公开申请19件（2011年为11件），均为家长提出的申请，全部予以公开。', 2012,
                 ['applications count 19 [own;this_year] @applications «19件»', 'granted count 19 [own;this_year] (all of the requests) @applications «全部予以公开。»'],
                 ['applications_granted 19', 'applications_received 19'], id='a-year-before-in-brackets-is-no-part-of-them'),
    pytest.param('二、依申请公开情况\n本年度共收到政府信息公开申请6件，1件转交县自然资源局办理，已于规定期限内予以公开。', 2013,
                 ['applications count 6 [year] @applications «6件»'],
                 ['applications_received 6'], id='one-referred-between-is-not-every-request-answered'),
    pytest.param('二、依申请公开情况\n本年度受理政府信息公开申请7件，均已按要求答复或予以公开。', 2013,
                 ['applications count 7 [year] @applications «7件»'],
                 ['applications_received 7'], id='answered-or-granted-is-no-one-answer'),
    pytest.param('二、依申请公开情况\n本年度受理政府信息公开申请7件，均已转交相关部门予以公开。', 2013,
                 ['applications count 7 [year] @applications «7件»'],
                 ['applications_received 7'], id='granted-by-the-offices-they-were-referred-to'),
    pytest.param('二、依申请公开情况\n本年度受理政府信息公开申请6件，均在网上予以公开答复结果。', 2013,
                 ['applications count 6 [year] @applications «6件»'],
                 ['applications_received 6'], id='the-answers-published-online-are-no-answer'),
    pytest.param('二、依申请公开情况\n本年度受理政府信息公开申请3件，均予以公开答复。', 2013,
                 ['applications count 3 [year] @applications «3件»', 'granted count 3 [year] (all of the requests) @applications «均予以公开答复。»'],
                 ['applications_granted 3', 'applications_received 3'], id='all-answered-by-disclosure'),
    pytest.param('二、依申请公开情况\n本年度受理政府信息公开申请3件。其中网上申请2件全部予以公开。', 2014,
                 ['applications count 3 [year] @applications «3件»', 'applications count 2 [breakdown;channel_app] @applications «2件»'],
                 ['applications_received 2 (breakdown)', 'applications_received 3'], id='all-of-some-of-the-requests-granted-is-not-the-years-granted'),
    pytest.param('二、依申请公开情况\n本年度共收到政府信息公开申请9件，当面申请5件均予以公开。', 2014,
                 ['applications count 9 [year] @applications «9件»', 'applications count 5 [channel_app] @applications «5件»'],
                 ['applications_received 5 (channel)', 'applications_received 9'], id='all-of-one-channels-requests-granted'),
    pytest.param('全年行政复议案件3件，均与政府信息公开无关。', 2022,
                 ['reconsiderations count 3 [not_disclosure;year] «3件»', 'reconsiderations none 0 [disclosure] (unrelated) «3件»'],
                 ['reconsiderations 0', 'reconsiderations 3 (not about disclosure)'], id='unrelated-cases'),
    pytest.param('全年发生行政诉讼2件（均不涉及政府信息公开）。', 2022,
                 ['lawsuits count 2 [not_disclosure;year] «2件»', 'lawsuits none 0 [disclosure] (unrelated) «2件»'],
                 ['lawsuits 0', 'lawsuits 2 (not about disclosure)'], id='unrelated-in-parentheses'),
    pytest.param('全年行政复议案件3件，行政诉讼1件，其中行政诉讼与政府信息公开无关。', 2022,
                 ['reconsiderations count 3 [year] «3件»', 'lawsuits count 1 [not_disclosure] «1件»', 'lawsuits none 0 [disclosure] (unrelated) «1件»'],
                 ['lawsuits 0', 'lawsuits 1 (not about disclosure)', 'reconsiderations 3 (not about disclosure)'], id='unrelated-about-other-cases'),
    pytest.param('本年度行政复议和行政诉讼均为零。', 2022,
                 ['reconsiderations none 0 [] «行政复议和行政诉讼均为零»', 'lawsuits none 0 [] «行政复议和行政诉讼均为零»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='zero-reviews-and-lawsuits'),
    pytest.param('全年未发生政府信息公开收费及减免情况。', 2022,
                 ['fees none 0 [disclosure] «未发生政府信息公开收费»'],
                 ['fees_yuan 0'], id='no-fees-or-waivers'),
    pytest.param('（四）行政复议和行政诉讼情况\n本年度均未发生。', 2022,
                 ['reconsiderations none 0 [disclosure_context] (heading) @review_litigation «本年度均未发生。»', 'lawsuits none 0 [disclosure_context] (heading) @review_litigation «本年度均未发生。»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='heading-then-all-did-not-happen'),
    pytest.param('（四）行政复议和行政诉讼情况\n本年度没有。', 2022,
                 ['reconsiderations none 0 [disclosure_context] (heading) @review_litigation «本年度没有。»', 'lawsuits none 0 [disclosure_context] (heading) @review_litigation «本年度没有。»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='heading-then-there-were-none'),
    pytest.param('（四）行政复议和行政诉讼情况\n本年度不存在此类情况。', 2022,
                 ['reconsiderations none 0 [disclosure_context] (heading) @review_litigation «本年度不存在此类情况。»', 'lawsuits none 0 [disclosure_context] (heading) @review_litigation «本年度不存在此类情况。»'],
                 ['lawsuits 0', 'reconsiderations 0'], id='heading-then-no-such-case-exists'),
]


@pytest.mark.parametrize("raw, year, statements, figures", CASES)
def test_none_statements(raw, year, statements, figures):
    """The statements and the figures of one passage."""
    sts, figs, _ = read(raw, year)
    assert (sts, figs) == (statements, figures)


@pytest.mark.parametrize("body", ["暂无。", "本年度尚无。", "本年度为零。"])
def test_heading_then_none_in_other_words(body):
    """（四）行政复议和行政诉讼情况 / 暂无。: under that heading, no reconsideration and no lawsuit."""
    sts, figs, _ = read("（四）行政复议和行政诉讼情况\n" + body, 2022)
    assert figs == ["lawsuits 0", "reconsiderations 0"]


#: a short report written for the tests: each kind of none, and counts that give a value
#: without a number of their own
REPORT = """一、依申请公开情况
本年度受理政府信息公开申请6件，全部予以公开，免费为申请人提供政府信息。
二、收费及减免情况
收费及减免：无。
三、行政复议和行政诉讼情况
无。
本年度未收到因政府信息公开引起的行政复议申请。另有行政诉讼2件，均与政府信息公开无关。"""


def test_none_statements_table_of_a_report():
    """Every feature of the statements: 6 requests all granted (6, the requests' unit word
    and year), 免费 (a fee of none, in its clause), 收费及减免：无 (a none after a label),
    无。 under the heading (none of either kind of case), no reconsideration about
    disclosure, and 2 lawsuits not about disclosure (so none about it)."""
    text, _ = clean_text(REPORT)
    t = statements_table(text, sections=segment_text(text), year=2022)
    assert ["|".join(str(x) for x in r) for r in t.itertuples(index=False)] == [
    'applications|count|6.0|applications|件|False|23|25|10|25|1|False|||applications|year||本年度;政府信息公开申请||本年度受理政府信息公开申请6件',
    'granted|count|6.0|applications|件|False|26|32|26|32|1|False|applications|all of the requests|applications|year||||全部予以公开',
    'fees|none|0.0|money||False|33|35|33|46|1|False|||applications|disclosure_context||免费||免费为申请人提供政府信息。',
    'fees|none|0.0|money||False|63|65|63|65|3|False||label|fees|disclosure_context||||无。',
    'reconsiderations|none|0.0|cases||False|80|82|80|82|5|False||heading|review_litigation|disclosure_context||无||无。',
    'lawsuits|none|0.0|cases||False|80|82|80|82|5|False||heading|review_litigation|disclosure_context||无||无。',
    'reconsiderations|none|0.0|cases||False|86|105|83|106|6|False|||review_litigation|disclosure|applications_generic|本年度;未;政府信息公开;行政复议;申请||本年度未收到因政府信息公开引起的行政复议申请。',
    'lawsuits|count|2.0|cases|件|False|112|114|106|114|7|False|||review_litigation|not_disclosure||行政诉讼||另有行政诉讼2件',
    'lawsuits|none|0.0|cases||False|112|114|106|114|7|False||unrelated|review_litigation|disclosure||||另有行政诉讼2件',
    ]


def test_none_carried_over_said_in_an_overview_after_a_request_count():
    """上年无结转 after 全年新收申请10件 in 一、总体情况 (no applications heading): none carried over,
    the requests named in the clause before."""
    raw = ("某区退役军人事务局2022年政府信息公开工作年度报告\n一、总体情况\n依申请公开方面：全年新收申请10件，上年无结转。"
           "予以公开4件，部分公开1件，无法提供5件。")
    _, figs, _ = read(raw, 2022)
    assert {"applications_carried_over 0", "applications_received 10", "applications_unable 5"} <= set(figs)


def test_none_carried_over_of_a_review_is_no_request():
    raw = "一、总体情况\n本年度被申请行政复议2件，上年无结转。"
    _, figs, _ = read(raw, 2022)
    assert not any(f.startswith("applications_carried_over") for f in figs)


@pytest.mark.parametrize("text, stated", [
    ("本年新收政府信息公开申请4件，上年结转1件，全部办结：予以公开2件，部分公开1件，无法提供2件，无结转下年度申请。", True),
    ("其中予以公开3件，无法提供1件，不予处理1件，全部按期办结，无结转。", True),
    ("本年度收到申请2件，2件均已予以公开。无部分公开、不予公开、无法提供、不予处理情形，无结转。", True),
    ("全年共收到政府信息公开申请5件，无结转。", False),  # (after the requests alone: either way)
])
def test_none_carried_said_after_the_replies_is_none_carried_forward(text, stated):
    """无结转 naming no year, after the year's replies or its requests done: none carried into the next
    year (a row of replies read as table 3 in words leaves the 无 of 无结转下年度 to the prose)."""
    _, figs, _ = read("二、收到和处理政府信息公开申请情况\n" + text, 2022)
    assert ("applications_carried_forward 0" in figs) is stated


@pytest.mark.parametrize("text", [
    "本年度因政府信息公开被申请行政复议1件，已办结，无结转。",
    "全年共办理人大代表建议和政协提案25件，全部按期办结，无结转。本局收到政府信息公开申请5件，予以公开3件。",
    "上年结转申请2件，本年均已办结，无结转。本年新收申请7件，予以公开5件。",
    "上年度无未办结申请，本年度收到申请4件，予以公开4件。",
    "2021年底无结转申请，本年新收申请6件，予以公开6件。",
    "全年受理信访申请300件，年底无未办结。本局收到政府信息公开申请5件，予以公开3件。",
])
def test_nothing_carried_said_of_another_matter_or_the_year_before_is_no_none_carried_forward(text):
    _, figs, _ = read("二、收到和处理政府信息公开申请情况\n" + text, 2022)
    assert "applications_carried_forward 0" not in figs


@pytest.mark.parametrize("text", ["本年度收到申请12件，均予以公开，截至2022年底无结转申请。",
                                  "本年度受理依申请公开事项15件，均已答复，年底无未办结申请。"])
def test_none_carried_at_the_report_years_end_or_after_requests_called_matters(text):
    _, figs, _ = read("二、收到和处理政府信息公开申请情况\n" + text, 2022)
    assert "applications_carried_forward 0" in figs
