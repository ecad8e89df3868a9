"""The problem splitter (gdrkit.problems) on short enumerations: two items (一是…二是…,
1.…2., (一)(二), ①②) and three, in a section 五 of the national template and in a
narrative report's sentence. The passages are written for the tests in the reports' style;
each expectation is the exact list of statements a reader takes from the passage."""

from __future__ import annotations

import pandas as pd
import pytest

from gdrkit.clean import clean_text
from gdrkit.problems import find_problems, problem_spans

HEAD = ("某某县住房和城乡建设局2022年政府信息公开工作年度报告\n一、总体情况\n"
        "2022年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。\n")
TAIL = "\n六、其他需要报告的事项\n无。"


def _statements(section5: str, head: str = HEAD, tail: str = TAIL) -> list[str]:
    text, _ = clean_text(head + section5 + tail)
    p = find_problems(pd.DataFrame({"report_id": ["r"], "text": [text]}))
    for row in p.itertuples():  # every statement is a span of the cleaned text
        assert text[row.start:row.end] == row.text
    return p["text"].tolist()


@pytest.mark.parametrize("section5, expected", [
    pytest.param("五、存在的主要问题及改进情况\n2022年，我局政府信息公开工作取得了一定成效，但仍存在一些不足：一是政策解读形式"
                 "较为单一，图表、视频解读偏少；二是部分栏目信息更新不够及时。\n下一步，我局将加强政策解读，及时更新栏目内容。",
                 ["一是政策解读形式较为单一,图表、视频解读偏少", "二是部分栏目信息更新不够及时"], id="two-items-yishi-ershi"),
    pytest.param("五、存在的主要问题及改进情况\n（一）主动公开的信息内容不够全面，部分领域信息公开深度不够。\n"
                 "（二）基层政务公开标准化规范化水平有待提升。\n2023年，我办将进一步完善公开目录。",
                 ["(一)主动公开的信息内容不够全面,部分领域信息公开深度不够", "(二)基层政务公开标准化规范化水平有待提升"],
                 id="two-items-paren"),
    pytest.param("五、存在的主要问题及改进情况\n（一）存在问题\n1.政务公开工作人员多为兼职，业务能力有待提高。\n"
                 "2.依申请公开答复的规范性仍需加强。\n（二）改进措施\n加强业务培训。",
                 ["1.政务公开工作人员多为兼职,业务能力有待提高", "2.依申请公开答复的规范性仍需加强"], id="two-items-arabic-dot"),
    pytest.param("五、存在的主要问题及改进情况\n1、网站栏目设置不够合理，群众查找信息不便；2、政策解读质量有待提高。\n"
                 "针对上述问题，我局将优化栏目设置。",
                 ["1、网站栏目设置不够合理,群众查找信息不便", "2、政策解读质量有待提高"], id="two-items-arabic-dot"),
    pytest.param("五、存在的主要问题及改进情况\n存在的问题：①公开内容不够细化，部分文件未公开，②信息发布不够及时。\n下一步，我局将细化公开内容。",
                 ["①公开内容不够细化,部分文件未公开", "②信息发布不够及时"], id="two-items-circled"),
    pytest.param("五、存在的主要问题及改进情况\n一是对政府信息公开工作重视程度不够；二是信息公开平台建设相对滞后，网站功能不完善；"
                 "三是工作人员业务水平有待提高。\n下一步，我们将着力解决上述问题。",
                 ["一是对政府信息公开工作重视程度不够", "二是信息公开平台建设相对滞后,网站功能不完善",
                  "三是工作人员业务水平有待提高"], id="three-items-yishi"),
])
def test_enumerated_problems_in_section_five(section5, expected):
    assert _statements(section5) == expected


def test_two_items_in_a_narrative_sentence():
    """No problems heading (2012): a sentence announces the problems, two items follow, and
    the plans after 今后 are not problems."""
    head = "某某镇人民政府2012年政府信息公开工作年度报告\n一、概述\n2012年，我镇政府信息公开工作稳步推进。\n"
    body = ("二、存在的不足\n虽然我镇政府信息公开工作取得了一定成绩，但还存在一些问题：一是公开信息的时效性不强，部分信息"
            "发布滞后；二是网上公开栏目内容较少。今后，我镇将进一步加大公开力度。")
    assert _statements(body, head=head, tail="") == ["一是公开信息的时效性不强,部分信息发布滞后",
                                                         "二是网上公开栏目内容较少"]


def test_two_items_announced_inside_another_section():
    head = "某某市档案局2011年政府信息公开工作年度报告\n一、概述\n"
    body = ("2011年，我局主动公开政府信息58条。工作中也还存在着一些问题：一是信息公开的内容还不够丰富，"
            "二是网站更新还不够及时。\n二、主动公开政府信息情况\n全年主动公开政府信息58条。")
    assert _statements(body, head=head, tail="") == ["一是信息公开的内容还不够丰富", "二是网站更新还不够及时"]


def test_problem_spans_of_section_five():
    text, _ = clean_text(HEAD + "五、存在的主要问题及改进情况\n一是政策解读不够深入；二是栏目更新不够及时。\n"
                         "下一步，我局将加强培训。" + TAIL)
    from gdrkit.sections import segment_reports

    secs = segment_reports(pd.DataFrame({"report_id": ["r"], "text": [text]}))
    (s, e, how), = problem_spans(text, secs)
    assert how == "section" and text[s:e].strip() == "一是政策解读不够深入;二是栏目更新不够及时。"


@pytest.mark.parametrize("section5, expected", [
    pytest.param("五、存在的主要问题及改进情况\n我局政府信息公开工作取得了一定成效，但也存在一些不足。政策解读形式较为单一，"
                 "网站栏目更新不够及时，工作人员业务能力有待提高。\n下一步，我局将加强培训。",
                 ["政策解读形式较为单一", "网站栏目更新不够及时", "工作人员业务能力有待提高"], id="three-clauses-after-an-intro"),
    pytest.param("五、存在的主要问题及改进情况\n主要问题是：政策解读形式单一、解读质量不高，网站栏目更新不够及时，"
                 "导致群众查找信息不便。\n下一步，我局将加强培训。",
                 ["政策解读形式单一、解读质量不高", "网站栏目更新不够及时,导致群众查找信息不便"],
                 id="one-kind-of-problem-and-its-consequence"),
])
def test_problems_listed_without_item_markers(section5, expected):
    """No 一是 / 1. / (一): the sentence announcing the problems and the plans are not
    problems; each comma clause with a problem is one, two 、 clauses about the same thing
    are one, and what a problem leads to (导致…) stays with it."""
    assert _statements(section5) == expected
