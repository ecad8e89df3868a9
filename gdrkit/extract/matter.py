"""What a count of cases or fees is about: disclosure (its clause, its heading or sentence say
so), another matter its clause names (医疗纠纷诉讼3起, 与政府信息公开无关), or others' cases the
agency decides as the reviewing body (作为行政复议机关), for :mod:`gdrkit.extract.scopes`."""

from __future__ import annotations

import re

from .cues import ABOUT_DISCLOSURE
from .sentences import outside

__all__ = ["about_disclosure", "as_reviewer"]

#: others named as the respondents of the cases a reviewing body takes (以市直部门和县(区)政府为被申请人)
_OTHERS_AS = re.compile(r"以[^,;。以]{1,20}为$")
#: where a case was brought (向市中级人民法院提起行政诉讼): the court is no subject deciding cases
_VENUE = re.compile(r"向[^,;。向]{0,10}$")
#: a reviewing body's decision right after its name (复议机关维持原答复): what became of a case, not the agency as reviewer
_DECIDED = re.compile(r"(?:已|均|依法)?(?:维持|纠正|撤销|确认|驳回)")
#: words saying a count is not about disclosure (与政府信息公开无关, 不涉及政府信息公开)
_UNRELATED = re.compile(r"(?:与|和|同)[^,;。]{0,6}?信息公开[^,;。]{0,4}?无关|不涉及[^,;。]{0,4}?信息公开")


def about_disclosure(scope: set[str], ctext: str, topic: str, parens, *, kind: str, ca: int, cb: int, sa: int, ns: int
                     ) -> set[str]:
    """``scope`` with what says whether a count of cases or fees is about disclosure: its clause
    (``disclosure``), its heading or sentence (``disclosure_context``), or another matter its clause
    names (``not_disclosure``: 医疗纠纷诉讼3起)."""
    other_matter = "other_matter" in scope
    scope.discard("other_matter")
    if topic not in ("reconsiderations", "lawsuits", "fees"):
        return scope
    # the clause without other numbers' parentheses (复议3件(政府信息公开类1件)), nor 与政府信息公开无关
    own = _UNRELATED.sub("", "".join(ctext[x:y] for x, y in outside(ca, cb, [p for p in parens if not p[0] <= ns < p[1]])))
    if any(w in own for w in ABOUT_DISCLOSURE):
        scope.add("disclosure")  # the clause itself says it is about disclosure
    elif other_matter and not any(w in ctext[sa:cb] for w in ABOUT_DISCLOSURE):
        scope.add("not_disclosure")  # (因对我局政府信息公开答复存在纠纷,申请行政复议2件: its sentence says it is)
    elif kind in ("review_litigation", "fees") or (topic == "fees" and kind == "applications") or any(
            w in ctext[sa:cb] for w in ABOUT_DISCLOSURE):
        # its heading or sentence does (a fee under the heading of requests: charged for them,
        # as a fee of none there is)
        scope.add("disclosure_context")
    return scope


def as_reviewer(ctext: str, before, sa: int, ns: int) -> bool:
    """Whether the agency counts as the reviewing body (作为行政复议机关) the cases of the number
    at ``ns`` (``before``: the sentence's tokens before it), unless a respondent word comes
    after it (作为复议机关…;本机关自身被申请行政复议1件: its own case; 复议机关均维持…;提起行政诉讼1件
    is not the reviewer's; 作为复议机关被提起…行政诉讼3件: sued, it is the respondent), or the body
    is where a case was brought (向市中级人民法院提起行政诉讼1件), or its decision is said (复议机关维持原答复)."""
    part = ctext.rfind(";", sa, ns) + 1  # (the number's part of the sentence)
    reviewer = [t[0] for t in before if ("scope", "reviewer") in t[3] and t[0] >= part
                and not _VENUE.search(ctext, max(part, t[0] - 12), t[0]) and not _DECIDED.match(ctext, t[1])]
    return bool(reviewer) and not any(t[0] > reviewer[-1] and ("scope", "respondent") in t[3] and  # (以县直部门
                                      not _OTHERS_AS.search(ctext, max(part, t[0] - 24), t[0]) for t in before)  # 为被申请人: others)
