"""Readable names for columns, measures, regression terms and models, in English and Chinese.

``LABELS[name] = (english, chinese)``. :func:`label` formats one for an axis;
:func:`term_label` and :func:`model_label` turn patsy term names (``C(tier)[T.prefecture]``) and
:func:`gdrkit.analysis.models.fit_model` model names (``log_volume (ols)``) into words for a figure
or a paper table.
"""

from __future__ import annotations

import re

__all__ = ["LABELS", "label", "term_label", "model_label", "TERM_NAMES", "MODEL_NAMES", "FAMILY_NAMES"]

LABELS: dict[str, tuple[str, str]] = {
    # report metadata
    "report_id": ("Report", "报告"),
    "agency": ("Agency", "机关"),
    "agency_type": ("Agency type", "机关类型"),
    "level": ("Level", "层级"),
    "tier": ("Administrative tier", "行政层级"),
    "province": ("Province", "省份"),
    "city": ("City", "城市"),
    "county": ("County", "县区"),
    "year": ("Year", "年份"),
    "style": ("Report style", "报告格式"),
    "kind": ("Document kind", "文件类型"),
    "format": ("File format", "文件格式"),
    "n_chars": ("Length (characters)", "字数"),
    "n_reports": ("Reports", "报告数"),
    "share": ("Share", "比例"),
    "count": ("Count", "数量"),
    # figures / panel measures
    "applications_received": ("Applications received", "收到申请数"),
    "applications_carried_over": ("Applications carried over", "上年结转申请数"),
    "applications_granted": ("Granted", "予以公开"),
    "applications_partial": ("Partly granted", "部分公开"),
    "applications_denied": ("Denied", "不予公开"),
    "applications_unable": ("Unable to provide", "无法提供"),
    "applications_not_processed": ("Not processed", "不予处理"),
    "applications_carried_forward": ("Carried forward", "结转下年度"),
    "proactive_items": ("Items disclosed proactively", "主动公开信息条数"),
    "reconsiderations": ("Administrative reconsiderations", "行政复议数"),
    "lawsuits": ("Administrative lawsuits", "行政诉讼数"),
    "fees_yuan": ("Fees (yuan)", "收费金额（元）"),
    "consultations": ("Consultations", "咨询数"),
    "grant_rate": ("Grant rate", "公开率"),
    "zero_applications": ("Received no applications", "未收到申请"),
    "share_zero_applications": ("Share with no applications", "未收到申请的比例"),
    "log_proactive_items": ("log(1 + items disclosed)", "主动公开条数（对数）"),
    # problems
    "problem_id": ("Problem", "问题"),
    "category": ("Problem category", "问题类别"),
    "states_staffing": ("States a staffing problem", "提及人员力量不足"),
    "n_problems": ("Problems stated", "问题数"),
    # analysis
    "keyness": ("Keyness (log-likelihood)", "关键性（对数似然）"),
    "statistic": ("Keyness (signed)", "关键性（带符号）"),
    "feature": ("Word", "词"),
    "year_gap": ("Years between reports", "相隔年数"),
    "measure": ("Measure", "指标"),
    "similarity": ("Text similarity", "文本相似度"),
    "estimate": ("Estimate", "估计值"),
    "term": ("Term", "变量"),
}


def label(name: str, *, lang: str = "both", note: tuple[str, str] | None = None) -> str:
    """The axis label of a column or measure.

    Parameters
    ----------
    name : str
        A column or measure name. Unknown names come back as written (with ``table3.x.y``
        style names left intact), so a label is never lost.
    lang : {"both", "en", "zh"}
        "both" gives "English (中文)", on two lines when long.
    note : (str, str), optional
        An English and a Chinese remark added to the label, e.g. ``("log scale", "对数刻度")``
        gives "Items disclosed proactively (log scale)" in English, "主动公开信息条数（对数刻度）"
        in Chinese and, with "both", a third line "(log scale)" (short lines fit a
        one-column figure's axis; the Chinese note is for ``lang="zh"``).

    Returns
    -------
    str
    """
    if lang not in ("en", "zh", "both"):
        raise ValueError("lang must be 'en', 'zh' or 'both'")
    en, zh = LABELS.get(name, (name, name))
    if lang == "en":
        return en if note is None else f"{en} ({note[0]})"
    if lang == "zh":
        return zh if note is None else f"{zh}（{note[1]}）"
    if en == zh:
        return en if note is None else f"{en}\n({note[0]})"
    sep = "\n" if len(en) + 2 * len(zh) > 28 else " "
    return f"{en}{sep}({zh})" + ("" if note is None else f"\n({note[0]})")


#: short names of regressors in coefficient labels (other columns: underscores → spaces)
TERM_NAMES: dict[str, str] = {"tier": "tier", "agency_type": "agency type", "year": "year", "level": "level",
                              "style": "report style", "province": "province"}

#: what each named formula of :data:`gdrkit.analysis.formulas.FORMULAS` models, for legends and tables
MODEL_NAMES: dict[str, str] = {
    "log_volume": "log volume: year, tier, agency type",
    "log_volume_year": "log volume: year only",
    "applications": "applications: year, tier",
    "applications_year": "applications: year only",
    "zero_applications": "no applications: year, tier",
    "staffing": "staffing problem: year, tier",
    "staffing_year": "staffing problem: year only",
}
FAMILY_NAMES: dict[str, str] = {"ols": "OLS", "poisson": "Poisson", "negbin": "negative binomial",
                                "logit": "logit"}

_CATEGORY = re.compile(r"^C\(\s*(\w+)\s*(?:,[^)]*)?\)\[T\.(.+)\]$")  # C(tier)[T.prefecture]
_BOOLEAN = re.compile(r"^(\w+)\[T\.(.+)\]$")  # flag[T.True]
_CENTRED = re.compile(r"^I\(\s*(\w+)\s*-\s*([\d.]+)\s*\)$")  # I(year - 2015)
_LOG1P = re.compile(r"^np\.log1p\(\s*(\w+)\s*\)$")
_LOG = re.compile(r"^np\.log\(\s*(\w+)\s*\)$")


def _name(var: str) -> str:
    return TERM_NAMES.get(var, var.replace("_", " "))


def term_label(term: str, *, reference: str | None = None) -> str:
    """A regression term in words.

    Parameters
    ----------
    term : str
        A term of a tidy coefficient table (patsy's name).
    reference : str, optional
        For a categorical term, the level it is compared with (the omitted category);
        see :func:`gdrkit.analysis.paper.factor_references`.

    Returns
    -------
    str
        ``C(tier)[T.prefecture]`` → "tier: prefecture (vs county)" (or "(vs reference)" without
        ``reference``); ``I(year - 2015)`` → "year (per year, centred on 2015)";
        ``np.log1p(x)`` → "log(1 + x)"; ``alpha`` → "alpha (NB dispersion)"; a plain column
        → its name with spaces. Anything else comes back unchanged.

    Examples
    --------
    >>> term_label("C(agency_type)[T.government]", reference="department")
    'agency type: government (vs department)'
    """
    term = str(term)
    if term == "Intercept":
        return "Intercept"
    if term == "alpha":
        return "alpha (NB dispersion)"
    m = _CATEGORY.match(term) or _BOOLEAN.match(term)
    if m:
        return f"{_name(m.group(1))}: {m.group(2)} (vs {reference if reference is not None else 'reference'})"
    m = _CENTRED.match(term)
    if m:
        var, at = m.group(1), m.group(2)
        unit = "per year" if var == "year" else "per unit"
        return f"{_name(var)} ({unit}, centred on {at})"
    m = _LOG1P.match(term)
    if m:
        return f"log(1 + {_name(m.group(1))})"
    m = _LOG.match(term)
    if m:
        return f"log({_name(m.group(1))})"
    if re.fullmatch(r"\w+", term):
        return _name(term)
    return term


def model_label(name: str, *, family: str | None = None) -> str:
    """A model in words: a named formula (:data:`gdrkit.analysis.formulas.FORMULAS`) and its family,
    or a ``model`` value of :func:`gdrkit.analysis.models.fit_model` ("log_volume (ols)").

    >>> model_label("log_volume (ols)")
    'log volume: year, tier, agency type (OLS)'

    Names not in :data:`MODEL_NAMES` come back as given (with the family in words).
    """
    m = re.fullmatch(r"(\w+) \((\w+)\)", str(name))
    if family is None and m and m.group(2) in FAMILY_NAMES:
        name, family = m.group(1), m.group(2)
    what = MODEL_NAMES.get(name, str(name))
    return f"{what} ({FAMILY_NAMES.get(family, family)})" if family else what
