"""Text reuse: MinHash + LSH candidates, exact Jaccard of 8-character shingles."""

from __future__ import annotations

import itertools
import re

import numpy as np
import pandas as pd
import pytest

from gdrkit.analysis.reuse import jaccard, lsh_params, shingles, text_reuse

from conftest import by_file


def test_shingles_and_jaccard():
    assert len(shingles("政府信息公开工作年度报告", k=8)) == 5
    assert len(shingles("政府 信息\n公开", k=8)) == 1  # whitespace removed; shorter than k: one shingle
    assert len(shingles("", k=8)) == 0
    a = "一是受人员编制限制,各单位信息公开工作均由办公室人员兼职经办"
    assert jaccard(a, a) == 1.0
    assert jaccard(a, "完全不同的一段文字内容没有任何重复") == 0.0
    b = a.replace("一是", "二是")
    s_a, s_b = set(a[i:i + 8] for i in range(len(a) - 7)), set(b[i:i + 8] for i in range(len(b) - 7))
    assert jaccard(a, b) == pytest.approx(len(s_a & s_b) / len(s_a | s_b))


def test_lsh_params():
    b, r = lsh_params(0.4, 128)
    assert b * r <= 128 and 1 - (1 - 0.4 ** r) ** b >= 0.9
    assert lsh_params(0.8, 128)[1] > r  # a higher threshold: more rows per band


def _pair(df, corpus, fa, fb):
    ra, rb = by_file(corpus, fa).report_id, by_file(corpus, fb).report_id
    hit = df[((df.report_id_a == ra) & (df.report_id_b == rb)) | ((df.report_id_a == rb) & (df.report_id_b == ra))]
    return hit.similarity.iloc[0] if len(hit) else None


def test_reports_sharing_half_their_text(shared_corpus):
    r = text_reuse(shared_corpus, threshold=0.4)
    assert {"report_id_a", "report_id_b", "similarity", "agency_a", "agency_b", "year_a", "year_b"} <= set(r.columns)
    ptq = _pair(r, shared_corpus, "pingtan-archive__ptq-2012.txt", "pingtan-archive__ptq-2013.txt")
    assert ptq == pytest.approx(0.455, abs=0.01)
    k21_22 = _pair(r, shared_corpus, "hebei-spider__kjt-2021.txt", "hebei-spider__kjt-2022.txt")
    k22_23 = _pair(r, shared_corpus, "hebei-spider__kjt-2022.txt", "hebei-spider__kjt-2023.txt")
    assert k21_22 == pytest.approx(0.535, abs=0.01) and k22_23 == pytest.approx(0.505, abs=0.01)
    # the same report as PDF and as text
    assert _pair(r, shared_corpus, "govnianbao__huaian-2024.pdf", "govnianbao__huaian-2024.txt") > 0.95
    # earlier year first
    assert (r.year_a.fillna(0) <= r.year_b.fillna(0)).all()
    # LSH finds what comparing every pair finds
    every = text_reuse(shared_corpus, threshold=0.4, candidates="all")
    pd.testing.assert_frame_equal(r, every)


def test_most_consecutive_years_share_little(shared_corpus):
    rep = shared_corpus.reports.assign(series=shared_corpus.reports.file.str.extract(r"^(.+?)-\d{4}")[0])
    r = text_reuse(rep.assign(agency=rep.series), threshold=0.0, same_agency=True)
    consec = r[(r.year_b - r.year_a == 1) & r.agency_a.notna()]
    assert len(consec) >= 35
    share = consec.similarity.between(0.05, 0.25).mean()
    assert share >= 0.6
    assert consec.similarity.median() == pytest.approx(0.17, abs=0.04)
    k21_23 = _pair(r, shared_corpus, "hebei-spider__kjt-2021.txt", "hebei-spider__kjt-2023.txt")
    assert k21_23 == pytest.approx(0.352, abs=0.01)


def test_problem_statements_copied_across_agencies_and_years(shared_corpus):
    r = text_reuse(shared_corpus, level="problem", threshold=0.9)
    assert {"problem_id_a", "problem_id_b", "text_a", "text_b"} <= set(r.columns)
    files = shared_corpus.reports.set_index("report_id").file
    copied = r[r.text_a.str.contains("受人员编制限制,各单位信息公开工作均由办公室人员兼职经办")]
    pairs = {frozenset((files[a], files[b])) for a, b in zip(copied.report_id_a, copied.report_id_b)}
    # the same boilerplate statement in ptq and ptx 2011–2013 (6 reports: 15 pairs)
    assert len(pairs) >= 15
    assert (copied.similarity == 1.0).all()
    assert (r.report_id_a != r.report_id_b).all()


@pytest.fixture()
def comparisons(monkeypatch) -> list[int]:
    """Counts the exact comparisons of text_reuse (each pair it scores calls shared_count)."""
    from gdrkit.analysis import reuse

    calls = [0]
    real = reuse.shared_count

    def counting(a, b):
        calls[0] += 1
        return real(a, b)

    monkeypatch.setattr(reuse, "shared_count", counting)
    return calls


def _sentences(corpus) -> pd.DataFrame:
    """Units from real reports: every line or sentence of 20 characters or more."""
    rows = []
    for rid, text in zip(corpus.reports["report_id"], corpus.reports["text"]):
        for i, s in enumerate(re.split(r"[\n。]", text)):
            if len(re.sub(r"\s+", "", s)) >= 20:
                rows.append((f"{rid}-{i:04d}", s))
    return pd.DataFrame(rows, columns=["report_id", "text"])


def test_the_counter_counts_every_comparison(seed_corpus, comparisons):
    units = _sentences(seed_corpus)
    n = len(units)
    assert n > 100
    text_reuse(units, threshold=0.5, candidates="all")
    assert comparisons[0] == n * (n - 1) // 2


def test_scales_without_pairwise_loop(comparisons):
    rng = np.random.default_rng(1)
    alphabet = np.array(list("政府信息公开工作年度报告主动申请复议诉讼人员网站平台内容及时规范制度机制"))
    base = ["".join(rng.choice(alphabet, 600)) for _ in range(3000)]
    texts = list(base)
    texts[10] = base[3][:450] + base[10][450:]  # shares 3/4 of base[3]
    units = pd.DataFrame({"report_id": [f"r{i:04d}" for i in range(len(texts))], "text": texts})
    r = text_reuse(units, threshold=0.4)
    assert r[["report_id_a", "report_id_b"]].values.tolist() == [["r0003", "r0010"]]
    assert r.similarity.iloc[0] == pytest.approx(jaccard(texts[3], texts[10]))
    assert 1 <= comparisons[0] <= 100  # of 4,498,500 pairs: only LSH candidates are scored


def test_real_sentences_compared_without_pairwise_loop(shared_corpus, comparisons):
    """The sentences of the real reports (about 2,000, much boilerplate): LSH scores a
    tiny share of the pairs and still finds every pair of identical sentences."""
    units = _sentences(shared_corpus)
    n = len(units)
    assert n > 1500
    r = text_reuse(units, threshold=0.5)
    all_pairs = n * (n - 1) // 2
    assert 0 < comparisons[0] < all_pairs // 100, (comparisons[0], all_pairs)
    assert len(r) <= comparisons[0] and (r.similarity >= 0.5).all()
    norm = units["text"].str.replace(r"\s+", "", regex=True)
    same = {frozenset(p) for ids in units.groupby(norm)["report_id"].agg(list) if len(ids) > 1
            for p in itertools.combinations(ids, 2)}
    assert len(same) > 100
    found = {frozenset(p) for p in zip(r.report_id_a, r.report_id_b)}
    assert same <= found


def test_units_without_agency_do_not_change_the_shingle_length():
    # the count of units without an agency (in the warning) was assigned to k, the shingle
    # length: with 2 such units, 2-character shingles made unrelated texts "reused"
    units = pd.DataFrame({"report_id": ["a", "b", "c", "d"], "agency": ["x", "x", None, None],
                          "text": ["政府信息公开工作年度报告甲", "政府信息公开工作年度报告乙", "丙", "丁"]})
    with pytest.warns(UserWarning, match="2 of 4 unit"):
        pairs = text_reuse(units, same_agency=True, threshold=0.0, candidates="all")
    with pytest.warns(UserWarning, match="2 of 4 unit"):
        eight = text_reuse(units, same_agency=True, threshold=0.0, candidates="all", k=8)
    pd.testing.assert_frame_equal(pairs, eight)
    assert pairs["similarity"].tolist() == [jaccard(units.text[0], units.text[1], k=8)]


def test_same_agency_means_the_same_agency_id(shared_corpus):
    """平潭 2013's text and web page print different names (…管委会 / 平潭综合实验区), one
    agency_id: with the ids they are a pair of the same agency, without them not."""
    units = shared_corpus.reports[shared_corpus.reports["file"].isin(
        ["pingtan-archive__ptq-2013.txt", "pingtan-archive__ptq-2013.html"])][["report_id", "agency", "agency_id",
                                                                                "year", "text"]]
    assert units["agency"].nunique() == 2 and units["agency_id"].tolist() == ["350128:管理委员会"] * 2
    pairs = text_reuse(units, same_agency=True, threshold=0.5, candidates="all")
    assert len(pairs) == 1 and pairs["same_agency"].all()
    assert pairs["similarity"].iloc[0] == pytest.approx(0.78679, abs=1e-5)  # the page's chrome is the rest
    assert set(pairs[["agency_a", "agency_b"]].iloc[0]) == set(units["agency"])  # the names as printed, shown
    assert text_reuse(units.drop(columns="agency_id"), same_agency=True, threshold=0.5, candidates="all").empty
