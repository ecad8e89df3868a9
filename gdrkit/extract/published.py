"""The words of a count of items published that name no topic of it: the examples of what a
publishing verb published (主动公开环境质量、行政处罚等信息3,096条) and the channels named after 通过
(通过门户网站、《…》简报主动公开…), which :mod:`gdrkit.extract.counts` leaves out of a number's window."""

from __future__ import annotations

import re

__all__ = ["without_examples", "without_channels"]


def without_examples(window, ctext: str, ns: int):
    """The cue tokens of a number's window without the examples of what a publishing verb
    published (主动公开环境质量、环评审批、行政处罚等信息3,096条: 行政处罚 is one kind of
    information published, not a count of penalties): cues after 主动公开 and before 等; or
    before 等信息 after its verb (发布招生考试、教育收费等信息)."""
    if not window or ctext.find("等", window[0][0], ns) < 0:
        return window  # (no 等: no examples)
    first = _first_publishing(window)
    if first is None:
        return window
    lo = max(ctext.rfind(p, 0, first[0]) for p in ",;。:")  # (the verb in its own clause)
    if first[2].startswith("等") and (verb := max(ctext.rfind(w, lo + 1, first[0]) for w in _VERBS)) > lo:
        return [t for t in window if not (verb <= t[0] < first[0])]
    pub, etc = first[1], ctext.rfind("等", first[1], ns)
    return [t for t in window if not (pub <= t[0] < etc)] if etc > pub else window


#: the verbs that publish, before the kinds of what they published (发布…等信息)
_VERBS = ("发布", "公开", "公布", "更新")


def _first_publishing(window):
    """The first cue token of a window that names items published (主动公开, 公开, 等信息), or None."""
    return next((t for t in window if any(f == "topic" and v in ("proactive", "published") for f, v in t[3])), None)


def without_channels(window, ctext: str):
    """The cue tokens of a number's window without the channels a publishing verb names after
    通过 (通过门户网站、《…》简报主动公开…412条, 通过…“12333”服务热线语音平台和局网站主动公开…:
    the briefing and the hotline are where it was published, not what was counted)."""
    first = _first_publishing(window)
    pub = -1 if first is None else first[0]
    via = -1 if pub < 0 else ctext.rfind("通过", max(0, pub - 60), pub)  # (a list of channels is short)
    if via < 0 or _CLAUSE_MARK.search(ctext, via, pub):
        return window
    return [t for t in window if not (via <= t[0] < pub and all(v == "other" for f, v in t[3] if f == "topic"))]


_CLAUSE_MARK = re.compile(r"[，,。；;：:]")
