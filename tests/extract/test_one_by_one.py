"""Requests told one by one after their count (gdrkit.extract.one_by_one), on passages written
for the tests."""

from __future__ import annotations

from _passages import read

JUDGED = "(judgement: the requests told one by one, counted by their replies)"


def test_numbered_requests_counted_by_their_replies():
    """Four new and one carried over, five numbered items, one reply each: partial 1, granted 1,
    unable 2 (不掌握 twice), carried forward 1."""
    text = ("某县交通运输局2023年政府信息公开工作年度报告\n二、收到和处理政府信息公开申请情况\n"
            "本年度我局新收政府信息公开申请4件，上年结转1件，具体办理情况如下：\n"
            "1.上年结转的1件（申请公开某国道改建工程征地资料），已于1月依法作出部分公开答复；\n"
            "2.2月，某运输公司申请公开客运线路经营权招标文件，予以公开；\n"
            "3.5月，自然人申请公开某村道路硬化工程预算，经检索本机关不掌握该信息，告知无法提供；\n"
            "4.9月，自然人申请公开某路段交通事故处理结论，该信息由公安机关制作保存，本机关不掌握，告知其向公安机关申请；\n"
            "5.12月，自然人申请公开农村公路养护资金使用明细，因答复期限跨年，结转至2024年继续办理。\n"
            "三、政府信息公开行政复议、行政诉讼情况\n本年度我局无政府信息公开行政复议、行政诉讼案件。")
    _, figs, _ = read(text, 2023)
    assert {f"applications_partial 1 {JUDGED}", f"applications_granted 1 {JUDGED}", f"applications_unable 2 {JUDGED}",
            f"applications_carried_forward 1 {JUDGED}", "applications_received 4", "applications_carried_over 1"} <= set(figs)


def test_one_and_the_other_request():
    """收到申请2件:一件…,予以公开;另一件…,无法提供: received 2 (the two 一件 are each of them), unable 1."""
    text = ("二、收到和处理政府信息公开申请情况\n本年度收到申请2件：一件为自然人申请公开本人房屋征收评估报告，予以公开；"
            "另一件为自然人申请公开某项目“全部资料”，经告知补正后申请内容仍不明确，无法提供。以上申请均已答复完毕。")
    _, figs, _ = read(text, 2023)
    assert {"applications_received 2", f"applications_unable 1 {JUDGED}", "applications_received 1 (breakdown: each of them)"} <= set(figs)


def test_items_fewer_than_the_requests_count_nothing():
    """Three requests, two items: which reply the third got is not said, so nothing is counted."""
    text = ("二、收到和处理政府信息公开申请情况\n本年度收到申请3件，其中：\n1.自然人申请公开征收补偿方案，予以公开；\n"
            "2.企业申请公开招标文件，因涉及商业秘密不予公开。\n三、行政复议、行政诉讼情况\n无。")
    _, figs, _ = read(text, 2023)
    assert not any("one by one" in f for f in figs)


def test_an_item_naming_two_replies_counts_nothing():
    """One item answered in part and refused in part (予以公开…不予公开): no item count is stated."""
    text = ("二、收到和处理政府信息公开申请情况\n本年度收到申请2件：\n1.自然人申请公开补偿方案，予以公开；\n"
            "2.自然人申请公开会议纪要，对可以公开的内容予以公开，其余涉及内部事务的不予公开。\n三、其他\n无。")
    _, figs, _ = read(text, 2023)
    assert not any("one by one" in f for f in figs)


def test_numbered_lines_after_another_sentence_are_not_the_requests():
    """收到申请2件,均按期答复。主要做法:1.…予以公开…;2.…不掌握…: working methods, not the two requests."""
    text = ("某县交通运输局2022年政府信息公开工作年度报告\n（二）依申请公开\n本年度收到政府信息公开申请2件，均按期答复。主要做法：\n"
            "1.严格审核答复文书，确保应予以公开的信息及时公开；\n2.对本机关不掌握的信息，做好告知和指引。\n（三）政府信息管理\n无。")
    _, figs, _ = read(text, 2022)
    assert figs == ["applications_received 2"]


def test_items_after_the_replies_counted_add_nothing():
    """同意公开2件,不予公开1件。具体如下:1.…;2.…;3.…信息不存在…: the replies were counted before the items."""
    text = ("二、依申请公开情况\n本年度共受理政府信息公开申请3件，其中同意公开2件，不予公开1件。具体如下：\n1.申请公开征地批文，予以公开；\n"
            "2.申请公开规划图，予以公开；\n3.申请公开某会议纪要，经查该信息不存在，已书面告知申请人。\n三、其他\n无。")
    _, figs, _ = read(text, 2015)
    assert not any("one by one" in f for f in figs) and "applications_granted 2" in figs


def test_requests_told_by_what_was_done_keep_the_count_received():
    """一件…提供了方案文本 (granted, by what was done); 另一件…不由我镇制作和保存 (unable): the two 一件 are parts of
    the 2 received, not two more counts of requests that would leave the received count in doubt."""
    text = ("某镇人民政府2021年政府信息公开工作年度报告\n（二）依申请公开。本年度我镇共收到政府信息公开申请2件，均由自然人通过信函方式提出。"
            "一件申请公开某村土地征收补偿安置方案，我镇在法定期限内向申请人提供了方案文本；另一件申请公开某村宅基地审批档案，"
            "经检索，该信息不由我镇制作和保存，已告知申请人向县自然资源局提出申请。上年度无结转申请。")
    _, figs, _ = read(text, 2021)
    assert {"applications_received 2", f"applications_granted 1 {JUDGED}", f"applications_unable 1 {JUDGED}",
            "applications_received 1 (breakdown)"} <= set(figs)


def test_a_part_said_again_after_the_consultations_is_no_item():
    """申请及咨询共37件次,其中书面申请8件。8件书面申请均为本年新收…: the 8 named again, still the requests received."""
    text = ("一、总体情况\n全年收到政府信息公开申请及政策咨询共37件次，其中书面政府信息公开申请8件，其余均为政策咨询。\n"
            "8件书面申请均为本年新收，无上年结转。办理情况：予以公开4件，部分公开1件，无法提供2件，不予处理1件。")
    _, figs, _ = read(text, 2020)
    assert {"applications_received 8", "applications_received 37 (applications and consultations)",
            "applications_granted 4"} <= set(figs)


def test_requests_told_as_first_and_second():
    text = ("某街道办事处2022年政府信息公开工作年度报告\n二、依申请公开情况\n全年收到政府信息公开申请两件。一是居民申请公开某小区加装电梯补贴发放情况，"
            "街道依法予以公开；二是某公司申请公开对其考核结果，属于过程性信息，街道依法不予公开。上年度无结转，年底无结转。")
    _, figs, _ = read(text, 2022)
    assert {f"applications_granted 1 {JUDGED}", f"applications_denied 1 {JUDGED}", "applications_received 2"} <= set(figs)


def test_requests_each_closing_its_part_by_what_was_done():
    """其中:…提供全部所需信息的1件;…遮盖处理后提供的1件;…未制作、未获取…的1件;…撤回的1件 (4 with the 1 carried over)."""
    text = ("某镇人民政府2021年政府信息公开工作年度报告\n二、依申请公开情况\n全年共受理政府信息公开申请4件（含上年结转1件）。其中：向申请人提供全部所需信息的1件；"
            "对涉及他人个人信息的内容作遮盖处理后提供的1件；经检索本机关未制作、未获取所申请信息，告知申请人的1件；申请人在答复前主动撤回的1件。")
    _, figs, _ = read(text, 2021)
    assert {f"applications_granted 1 {JUDGED}", f"applications_partial 1 {JUDGED}", f"applications_unable 1 {JUDGED}"} <= set(figs)


def test_the_one_request_of_the_year_told_in_its_sentence():
    """收到申请1件,系…申请公开…,医院…向其提供…。 with none carried over: granted 1 (a judgement); not without the carried said."""
    body = "全年收到信息公开申请1件，系患者家属申请公开医院医疗服务收费标准，医院已于5个工作日内向其提供收费标准文件。"
    text = "某县人民医院2021年信息公开工作年度报告\n二、依申请公开情况\n" + body + "本年度无上年结转申请。"
    assert f"applications_granted 1 {JUDGED}" in read(text, 2021)[1]
    assert not any(f.startswith("applications_granted") for f in read(text.replace("本年度无上年结转申请。", ""), 2021)[1])


def test_what_was_provided_other_than_the_information_is_no_grant():
    """提供了查询方式 / 提供了《政府信息不存在告知书》 / 提供了书面答复: no grant; the other reply named wins."""
    head = "某县人社局2022年政府信息公开工作年度报告\n二、依申请公开情况\n本年度收到政府信息公开申请2件，无上年结转，具体如下：\n1.申请公开某项目资金拨付文件，予以公开；\n"
    figs = read(head + "2.申请获取本人缴费记录，属于个人信息查询事项，已向其提供了查询方式。\n", 2022)[1]
    assert not any(f.startswith("applications_granted") for f in figs)
    figs = read(head + "2.申请公开某河道1985年治理档案，经查该信息不存在，我局向申请人提供了《政府信息不存在告知书》。\n", 2022)[1]
    assert {f"applications_granted 1 {JUDGED}", f"applications_unable 1 {JUDGED}"} <= set(figs)


def test_items_after_a_lead_in_of_what_they_were():
    """…3件,上年无结转。具体为:一是…;二是…;三是… (or 分别为:): the items after the lead-in are the
    requests of the year, each counted by its reply."""
    for lead in ("具体为：", "分别是："):
        text = ("三、收到和处理政府信息公开申请情况\n本年度收到政府信息公开申请3件，上年无结转。" + lead +
                "一是某村民申请公开本村土地流转合同，予以公开；二是某居民申请公开某企业的纳税信息，经核实本机关不掌握，"
                "告知其向税务部门申请；三是某居民要求镇政府对其邻居违建进行查处，属于信访举报投诉类申请，作不予处理。")
        _, figs, _ = read(text, 2022)
        assert {f"applications_granted 1 {JUDGED}", f"applications_unable 1 {JUDGED}",
                f"applications_not_processed 1 {JUDGED}", "applications_received 3"} <= set(figs), lead
