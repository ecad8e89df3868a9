"""Text with marked spans as HTML: everything escaped, overlapping spans split so that
the elements always nest.

Each :class:`Mark` is an element around ``text[start:end]``. Marks that nest become
nested elements; where two cross (one starts inside the other and ends after it), the
inner one is closed at the outer one's end and opened again after it, so the HTML is
well formed whatever the spans. An ``id`` goes on the first piece of a mark only.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["Mark", "marked_html", "attributes"]


@dataclass(frozen=True)
class Mark:
    """An element (``tag`` with ``attrs``) around ``text[start:end]``; ``rank`` orders
    marks over the same span (lower: outer)."""

    start: int
    end: int
    tag: str = "span"
    attrs: dict = field(default_factory=dict, hash=False, compare=False)
    rank: int = 0


def attributes(attrs: dict) -> str:
    """`` name="value"`` pairs, values escaped (None and False left out)."""
    return "".join(f' {k}="{html.escape(str(v), quote=True)}"' for k, v in attrs.items()
                   if v is not None and v is not False)


def marked_html(text: str, marks: Iterable[Mark]) -> str:
    """``text`` escaped, with every mark's element around its span (see the module
    docstring); marks outside the text are clipped, empty ones dropped."""
    n = len(text)
    ms = [m for m in marks if min(m.end, n) > max(m.start, 0)]
    ms = [Mark(max(m.start, 0), min(m.end, n), m.tag, m.attrs, m.rank) for m in ms]
    # outer first: earlier start, then longer, then lower rank
    order = sorted(range(len(ms)), key=lambda i: (ms[i].start, -ms[i].end, ms[i].rank, i))
    place = {i: k for k, i in enumerate(order)}
    starts: dict[int, list[int]] = {}
    for i, m in enumerate(ms):
        starts.setdefault(m.start, []).append(i)
    bounds = sorted({0, n, *(m.start for m in ms), *(m.end for m in ms)})
    out: list[str] = []
    stack: list[int] = []
    active: set[int] = set()
    opened: set[int] = set()
    for a, b in zip(bounds, bounds[1:]):
        active = {i for i in active if ms[i].end > a} | set(starts.get(a, ()))
        want = sorted(active, key=place.__getitem__)
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep] == want[keep]:
            keep += 1
        for i in reversed(stack[keep:]):
            out.append(f"</{ms[i].tag}>")
        for i in want[keep:]:
            attrs = ms[i].attrs if i not in opened else {k: v for k, v in ms[i].attrs.items() if k != "id"}
            out.append(f"<{ms[i].tag}{attributes(attrs)}>")
            opened.add(i)
        stack = want
        out.append(html.escape(text[a:b], quote=False))
    for i in reversed(stack):
        out.append(f"</{ms[i].tag}>")
    return "".join(out)
