"""Requests counted as some of those acted on, not those received: 对N件 at the opening of a
clause (办理情况:对2件申请,按申请人要求的形式提供…), or 对N件 with a reply after it and no list of
replies (对1件…申请收取信息处理费; 对2件…,不予处理); not where all of them are (对4份申请全部同意公开)."""

from __future__ import annotations

import re

__all__ = ["some_acted_on"]

#: 对 opening its clause, perhaps after 其中 / 另外 (…:对2件申请 / ;对另外1件)
_TO_SOME = re.compile(r"[,;:。](?:其中|另外|另有|其余)?对(?:其中|另外|另|其余|剩余|余下)?$")
#: all of them (对4份申请全部…, 对…均…) near the count, or a list of replies after it (对10件…,予以公开8件,…)
_ALL_OF = re.compile(r"[^,;。]{0,12}?[,]?(?:全部|均|都|一律|一并)|[^;。]*?[\d一二两三四五六七八九十]+件")
#: what follows 对N件 to the end of its part: a reply (or a fee charged), no word of all and no other count
_NOT_ALL = r"(?:(?!全部|均|都|一律|[\d一二两三四五六七八九十]+件)[^;。])*"
_SOME = re.compile(rf"{_NOT_ALL}(?:予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|收取){_NOT_ALL}(?=[;。]|$)")


def some_acted_on(ctext: str, a: int, ns: int, ne: int) -> bool:
    """Whether the count ``ctext[ns:ne]`` of requests (its clause's words from ``a``) is some of those acted on."""
    return bool(_TO_SOME.search(ctext, max(0, a - 1), ns) and not _ALL_OF.match(ctext, ne)
                or ctext[ns - 1:ns] == "对" and _SOME.match(ctext, ne))
