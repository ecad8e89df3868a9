"""Readable names for columns and measures, in English and Chinese.

``LABELS[name] = (english, chinese)``. :func:`label` formats one for an axis.
"""

from __future__ import annotations

__all__ = ["LABELS", "label"]

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
    "log_proactive_items": ("log(1 + items disclosed)", "主动公开条数（对数）"),
    # problems
    "problem_id": ("Problem", "问题"),
    "category": ("Problem category", "问题类别"),
    "states_staffing": ("States a staffing problem", "提及人员力量不足"),
    "n_problems": ("Problems stated", "问题数"),
    # analysis
    "keyness": ("Keyness (log-likelihood)", "关键性（对数似然）"),
    "statistic": ("Keyness (signed χ²)", "关键性（χ²）"),
    "feature": ("Word", "词"),
    "year_gap": ("Years between reports", "相隔年数"),
    "measure": ("Measure", "指标"),
    "similarity": ("Text similarity", "文本相似度"),
    "estimate": ("Estimate", "估计值"),
    "term": ("Term", "变量"),
}


def label(name: str, lang: str = "both") -> str:
    """The axis label of a column or measure.

    ``lang``: "en", "zh" or "both" ("English (中文)"). Unknown names come back as written
    (with ``table3.x.y`` style names left intact), so a label is never lost.
    """
    if lang not in ("en", "zh", "both"):
        raise ValueError("lang must be 'en', 'zh' or 'both'")
    en, zh = LABELS.get(name, (name, name))
    if lang == "en":
        return en
    if lang == "zh":
        return zh
    if en == zh:
        return en
    sep = "\n" if len(en) + 2 * len(zh) > 28 else " "
    return f"{en}{sep}({zh})"
