"""Stated problems: passages found in both report styles, split into statements and
classified, checked against a hand reading of the seeds and of every real report
(tests/fixtures/problems_expected.csv)."""

from __future__ import annotations

import pandas as pd
import pytest

from gdrkit.clean import to_halfwidth
from gdrkit.problems import PROBLEM_COLUMNS, find_problems, problem_taxonomy

from conftest import FIXTURES, by_file

EXPECTED = pd.read_csv(FIXTURES / "problems_expected.csv", dtype=str, keep_default_na=False)


def _of(corpus, file: str) -> pd.DataFrame:
    rid = by_file(corpus, file).report_id  # noqa: F841 (used in the query)
    return corpus.problems().query("report_id == @rid").reset_index(drop=True)


def _squash(s: str) -> str:
    return "".join(s.split())


def _agreement(corpus, files):
    """(statement counts within one, quotes found, primary category agrees) per file."""
    probs = corpus.problems().merge(corpus.reports[["report_id", "file"]], on="report_id")
    rows = []
    for f in files:
        exp = EXPECTED[EXPECTED.file == f]
        got = probs[probs.file == f]
        n_exp = int(exp.n_problems.iloc[0])
        for q in exp[exp.quote != ""].itertuples():
            quote = _squash(to_halfwidth(q.quote))
            # the quote in the statement, or the statement (lead words such as 存在 trimmed)
            # in the quote
            hit = got[[quote in _squash(t) or _squash(t) in quote for t in got.text]]
            cats = set(q.categories.split(";"))
            rows.append(dict(file=f, n_exp=n_exp, n_got=len(got), quote=quote, found=len(hit) > 0,
                             primary_ok=len(hit) > 0 and hit.iloc[0].category in cats,
                             labels=set(hit.iloc[0].categories.split(";")) if len(hit) else set(), cats=cats))
        if n_exp == 0:
            rows.append(dict(file=f, n_exp=0, n_got=len(got), quote="", found=True, primary_ok=True,
                             labels=set(), cats=set()))
    return pd.DataFrame(rows)


# ----------------------------------------------------------------------------- seeds
def test_table_contract(seed_corpus):
    p = seed_corpus.problems()
    assert list(p.columns) == PROBLEM_COLUMNS
    assert p.problem_id.is_unique
    texts = seed_corpus.reports.set_index("report_id").text
    for r in p.itertuples():  # every statement is a span of the cleaned text
        assert texts[r.report_id][r.start:r.end] == r.text
    assert set(p.category) <= set(problem_taxonomy().category)


@pytest.mark.parametrize("file,expected", [
    ("000_46aca74da5115982.txt", ["content", "classification", "staffing"]),
    ("002_d2cdc19c69bd6f1e.txt", ["process", "content", "content"]),
    ("003_cc707d8ae19cac44.txt", ["process", "classification", "content", "platform"]),
    ("004_5a314498553702da.txt", ["awareness", "capacity", "staffing"]),
])
def test_seed_problems_and_categories(seed_corpus, file, expected):
    p = _of(seed_corpus, file)
    assert p.category.tolist() == expected


def test_seed_000_subheading_statements(seed_corpus):
    # "(一)存在问题。" inside section 四 (其他相关情况); (二)改进措施 is not a problem
    p = _of(seed_corpus, "000_46aca74da5115982.txt")
    assert "多样性" in p.text[0]
    assert p.text[1] == "对主动公开、依申请公开和不公开的文件资料分类把握还不够到位"
    assert p.text[2] == "受机关人员编制限制,缺乏从事政府信息公开的专职人员"
    secs = seed_corpus.sections().set_index("section_id")
    assert set(secs.loc[p.section_id, "heading"]) == {"存在问题"}


def test_seed_003_list_sentence_split_and_improvements_dropped(seed_corpus):
    # "但还存在一些问题与不足,主要表现在:A,B,C,D。今后将…(一)努力规范工作流程…"
    p = _of(seed_corpus, "003_cc707d8ae19cac44.txt")
    assert p.text.tolist() == ["信息公开流程有待进一步规范", "信息公开目录还不够细化",
                               "信息公开内容与公众需求存在一定差距", "网上信息服务功能及服务效率有待进一步增强和提高"]
    assert not p.text.str.contains("今后|努力规范工作流程").any()


def test_seed_002_plans_cut_where_outline_missed_heading(seed_corpus):
    # "六、2014年工作思路" is not recognised as a heading; the plans after it are not problems
    p = _of(seed_corpus, "002_d2cdc19c69bd6f1e.txt")
    assert [t[:2] for t in p.text] == ["一是", "二是", "三是"]
    assert not p.text.str.contains("工作思路|提高思想认识").any()


def test_seed_004_multilabel(seed_corpus):
    p = _of(seed_corpus, "004_5a314498553702da.txt")
    assert p.categories[0] == "awareness;timeliness"  # 重视程度不够, 信息上报不够及时
    assert p.text[2].startswith("三是人员紧缺")


def test_seed_001_sentence_inside_another_section(seed_corpus):
    # no problems heading: "还存在着一些问题:…主要是…比如…今后,…"
    p = _of(seed_corpus, "001_0ced3da2aecd6f3a.txt")
    assert p.category.tolist() == ["capacity", "capacity", "platform"]
    assert p.text[0].startswith("进行政务公开的经验还不足")


# ----------------------------------------------------------------------------- taxonomy
def test_user_taxonomy_through_corpus(seed_corpus):
    mine = pd.DataFrame({"category": ["people"], "keywords": ["人员|人手|编制"]})
    p = seed_corpus.problems(taxonomy=mine)
    assert set(p.category) == {"people", "other"}
    assert len(p) == len(seed_corpus.problems())


def test_find_problems_computes_sections(seed_corpus):
    p = find_problems(seed_corpus.reports)
    pd.testing.assert_frame_equal(p, seed_corpus.problems())


# ----------------------------------------------------------------------------- real reports
def test_real_reports_agree_with_hand_reading(shared_corpus):
    files = sorted(set(EXPECTED.file) & set(shared_corpus.reports.file))
    assert len(files) >= 50
    a = _agreement(shared_corpus, files)
    per_file = a.groupby("file").first()
    within_one = ((per_file.n_got - per_file.n_exp).abs() <= 1).mean()
    assert within_one >= 0.85, per_file[(per_file.n_got - per_file.n_exp).abs() > 1]
    exact = (per_file.n_got == per_file.n_exp).mean()
    assert exact >= 0.75
    quotes = a[a.quote != ""]
    assert quotes.found.mean() >= 0.95, quotes[~quotes.found]
    assert quotes.primary_ok.mean() >= 0.9, quotes[~quotes.primary_ok]
    # reports that state no problems get none
    assert (per_file[per_file.n_exp == 0].n_got == 0).all()


def test_both_styles_found(shared_corpus):
    p = shared_corpus.problems().merge(shared_corpus.reports[["report_id", "file", "style"]], on="report_id")
    counts = p.groupby("style").report_id.nunique()
    assert counts["narrative"] >= 15 and counts["template2021"] >= 15
    # the template's section 五: problems only, not the 下一步/改进 measures that follow
    assert not p.text.str.contains("下一步|改进措施|我们将|我厅将|我区将").any()


@pytest.mark.parametrize("file,statements", [
    # the 五、 heading is missing in the scraped text: problems stated in a sentence
    ("hebei-spider__rst-2020.txt", ["政府信息公开意识还需进一步增强", "新出台政策文件包括规范性文件在网上公开不够及时",
                                    "政策解读材料的质量仍有待提高"]),
    # "(一)存在的主要问题:A;B;C,D。(二)改进措施:…"
    ("pingtan-archive__ptq-2020.txt", ["基层政务公开标准化规范化水平有待进一步提升", "各部门政府信息公开工作的开展还不够均衡",
                                       "少数政务新媒体“政务”属性不够突出", "互动效果有待进一步加强"]),
    # 、-list inside "存在…等不足"
    ("hebei-spider__jyt-2021.txt", ["主动公开意识薄弱", "公开机制不健全", "内容不够丰富"]),
])
def test_real_statements(shared_corpus, file, statements):
    assert _of(shared_corpus, file).text.tolist() == statements


def test_pdf_and_txt_of_one_report_agree(shared_corpus):
    a = _of(shared_corpus, "govnianbao__huaian-2024.pdf")
    b = _of(shared_corpus, "govnianbao__huaian-2024.txt")
    assert a.category.tolist() == b.category.tolist() == ["interpretation", "staffing"]


# ----------------------------------------------------------------------------- word clouds
def test_problem_word_frequencies_and_cloud(seed_corpus):
    import matplotlib

    matplotlib.use("Agg")
    from gdrkit.analysis.words import problem_word_frequencies
    from gdrkit.plot.words import problem_wordcloud, problem_wordclouds

    p = seed_corpus.problems()
    freq = problem_word_frequencies(p)
    assert {"人员", "制度"} <= set(freq.index)
    assert not {"存在", "不够", "进一步", "的", "有待"} & set(freq.index)  # phrasing and stopwords dropped
    ax = problem_wordcloud(p[p.category == "content"], random_state=0, title="公开内容")
    assert len(ax.images) == 1 and ax.images[0].get_array().shape[2] in (3, 4)
    again = problem_wordcloud(p[p.category == "content"], random_state=0)
    assert (ax.images[0].get_array() == again.images[0].get_array()).all()  # same seed, same picture
    fig = problem_wordclouds(p, by="category", ncols=3)
    titles = [a.get_title() for a in fig.axes if a.get_title()]
    assert "content (n=4)" in titles
