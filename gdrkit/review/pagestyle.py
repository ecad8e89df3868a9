"""The evidence page's look: colours by measure, the CJK font list, the style sheet
(scoped to ``.gdrkit-ev``, so a notebook's own styles are left alone) and the document
around it (a Content-Security-Policy that allows no script and no network)."""

from __future__ import annotations

import html

from ..schema import HEADLINE_MEASURES

__all__ = ["FONT_FAMILY", "FAMILY_COLOURS", "CSS", "page_document"]

#: Fonts tried in order for the Chinese text: the system's CJK fonts on Linux, macOS and
#: Windows (nothing is downloaded).
FONT_FAMILY = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "PingFang SC", '
               '"Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Heiti SC", '
               '"SimHei", "Noto Serif CJK SC", "SimSun", sans-serif')

#: The highlight colour of each headline measure (a table cell takes its measure's) and
#: of table 2's cells.
FAMILY_COLOURS = dict(zip((*HEADLINE_MEASURES, "table2", "table3"), (
    "#ffd166", "#f6bd8b", "#95e1a4", "#c7e9a0", "#ff9aa2", "#ffb3de", "#d4b8e6", "#fcd5b5", "#a9c9ff",
    "#8fe3ee", "#c3b9ff", "#eed28a", "#bff2c7", "#dcdcdc", "#e6e1cf")))

_COLOUR_CSS = "".join(f".gdrkit-ev .c{i}{{--c:{c}}}" for i, c in enumerate(FAMILY_COLOURS.values()))

CSS = (
    ".gdrkit-ev{--c:#e3e3e3;font-family:" + FONT_FAMILY + ";color:#1b1b1b;font-size:15px;line-height:1.6}"
    ".gdrkit-ev .c-other{--c:#e3e3e3}" + _COLOUR_CSS +
    ".gdrkit-ev .ev-head h2{margin:.2em 0;font-size:1.25em}"
    ".gdrkit-ev .ev-meta{margin:.1em 0;color:#555;font-size:.85em}"
    ".gdrkit-ev .ev-legend{margin:.3em 0;font-size:.8em}"
    ".gdrkit-ev .key{display:inline-block;margin-right:1em;white-space:nowrap}"
    ".gdrkit-ev .sw{display:inline-block;width:.9em;height:.9em;margin-right:.25em;vertical-align:-.1em;"
    "border-radius:2px;background:var(--c)}"
    ".gdrkit-ev .ev-body{display:flex;gap:1.2em;align-items:flex-start}"
    ".gdrkit-ev .ev-text{flex:3 1 0;min-width:0;white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9;"
    "max-height:85vh;overflow:auto;padding:.6em .9em;border:1px solid #ddd;border-radius:4px;background:#fff}"
    ".gdrkit-ev .ev-side{flex:2 1 0;min-width:0;max-height:85vh;overflow:auto;font-size:.82em}"
    ".gdrkit-ev .ev-side h3{font-size:1.05em;margin:.8em 0 .3em}"
    ".gdrkit-ev mark.ev-f{background:var(--c);color:inherit;border-radius:2px;padding:0 1px;margin:0 1px;cursor:help;"
    "box-shadow:inset 0 -2px 0 rgba(0,0,0,.18)}"
    ".gdrkit-ev mark.ev-f.cand{background:transparent;box-shadow:none;border-bottom:2px dashed var(--c);"
    "filter:saturate(2.2) brightness(.8)}"
    ".gdrkit-ev mark.ev-f.wide{background:transparent;box-shadow:inset 0 -3px 0 var(--c);padding:0;margin:0}"
    ".gdrkit-ev mark.ev-f.low{border-bottom:2px dotted #c62828}"
    ".gdrkit-ev mark.ev-f.corr{outline:2px solid #c62828}"
    ".gdrkit-ev mark.ev-f.corr::after{content:attr(data-corrected);color:#c62828;font-weight:bold;font-size:.85em}"
    ".gdrkit-ev mark.ev-f.sup{text-decoration:line-through}"
    ".gdrkit-ev .ev-p{text-decoration:underline wavy #c0392b;text-underline-offset:4px;"
    "background:rgba(192,57,43,.06)}"
    ".gdrkit-ev .ev-h{font-weight:bold;color:#17466e}"
    ".gdrkit-ev .ev-h1{font-size:1.08em}"
    ".gdrkit-ev :target{outline:3px solid #ff7f0e;outline-offset:1px}"
    ".gdrkit-ev table.ev-t{border-collapse:collapse;width:100%}"
    ".gdrkit-ev .ev-t th,.gdrkit-ev .ev-t td{border-bottom:1px solid #e4e4e4;padding:2px 4px;text-align:left;"
    "vertical-align:top}"
    ".gdrkit-ev .ev-t tr.fail td{background:#fde2e1}"
    ".gdrkit-ev .ev-t tr.note td{background:#f6f6f6}"
    ".gdrkit-ev .ev-t tr.ns td{color:#888}"
    ".gdrkit-ev .ev-ev{font-size:.92em}"
    ".gdrkit-ev table.ev-checks{table-layout:fixed}"
    ".gdrkit-ev .ev-checks td{overflow-wrap:anywhere}"
    ".gdrkit-ev .lab{color:#666;font-size:.9em}"
    ".gdrkit-ev .ev-none{color:#777}"
    ".gdrkit-ev .ev-outline{padding-left:1em;margin:0}"
    ".gdrkit-ev .ev-outline li{list-style:none}"
    ".gdrkit-ev .ev-outline .d2{margin-left:1em}.gdrkit-ev .ev-outline .d3{margin-left:2em}"
    ".gdrkit-ev .ev-outline .d4{margin-left:3em}"
    "@media (max-width:900px){.gdrkit-ev .ev-body{display:block}"
    ".gdrkit-ev .ev-text,.gdrkit-ev .ev-side{max-height:none}}"
)

#: Nothing is loaded from anywhere: no script, no font or style sheet from the network.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def page_document(title: str, fragment: str) -> str:
    """A complete HTML document around the page's fragment."""
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_CSP}\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{html.escape(title)} · gdrkit evidence</title>"
            "<style>body{margin:1em 1.4em;background:#fafafa}</style></head>\n<body>"
            f"{fragment}</body></html>\n")
