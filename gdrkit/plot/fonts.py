"""A CJK font for matplotlib and wordcloud that works on a machine with only pip.

Resolution order (:func:`cjk_font_path`):

1. an explicit ``path`` argument, else the ``GDRKIT_FONT`` environment variable;
2. a system CJK font found with ``fc-match -f '%{file}' ':lang=zh-cn'``, kept only if it
   is a single-face OTF/TTF that really has hanzi (fc-match happily answers DejaVu Sans,
   and wordcloud/PIL cannot choose the SC face of a TTC collection);
3. Noto Sans SC from the pip package ``pylopdf-fonts-zh-cn`` (a core dependency, OFL-1.1);
4. otherwise :class:`FontError`, saying what was tried.

The same path is registered with matplotlib (``fontManager.addfont``) and passed to
``WordCloud(font_path=...)``, so both render the same glyph forms.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

__all__ = ["FontError", "cjk_font_path", "register_cjk_font", "font_has_hanzi"]

#: characters every CJK font used by gdrkit must cover
PROBE = "政府信息公开工作年度报告申请复议诉讼"


class FontError(RuntimeError):
    """No usable CJK font could be found."""


def font_has_hanzi(path: str | os.PathLike, *, probe: str = PROBE) -> bool:
    """True when the font at ``path`` has a glyph for every character of ``probe``.

    Raises
    ------
    FontError
        When ``path`` cannot be opened or is not a font file FreeType reads (the message
        gives FreeType's or the system's error).
    """
    from matplotlib.ft2font import FT2Font

    try:
        font = FT2Font(str(path))
    except OSError as exc:  # missing, a folder, unreadable
        raise FontError(f"cannot open font file {path}: {exc.strerror or exc}") from exc
    except RuntimeError as exc:  # FreeType: FT_Open_Face failed (unknown file format, ...)
        raise FontError(f"{path} is not a font file FreeType can read ({exc})") from exc
    return all(font.get_char_index(ord(ch)) != 0 for ch in probe)


def _system_font() -> str | None:
    if os.environ.get("GDRKIT_NO_SYSTEM_FONT"):
        return None
    exe = shutil.which("fc-match")
    if not exe:
        return None
    try:
        out = subprocess.run([exe, "-f", "%{file}", ":lang=zh-cn"], capture_output=True,
                             text=True, timeout=10, check=False).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    if not out or Path(out).suffix.lower() not in (".otf", ".ttf") or not Path(out).is_file():
        return None
    try:
        return out if font_has_hanzi(out) else None
    except FontError:  # fc-match named a file FreeType cannot read: try the pip font
        return None


def _pip_font() -> str | None:
    try:
        import pylopdf_fonts_zh_cn
    except ImportError:
        return None
    p = Path(pylopdf_fonts_zh_cn.sans_path())
    return str(p) if p.is_file() else None


def cjk_font_path(path: str | os.PathLike | None = None) -> str:
    """The path of a CJK font file (see the module docstring for the order).

    Raises
    ------
    FontError
        When an explicit/``GDRKIT_FONT`` font is missing or lacks hanzi, or when neither a
        system font nor the pip font is available.
    """
    explicit = path if path is not None else os.environ.get("GDRKIT_FONT") or None
    if explicit is not None:
        p = Path(explicit).expanduser()
        if not p.is_file():
            raise FontError(f"CJK font not found: {p} (from {'argument' if path else 'GDRKIT_FONT'})")
        if not font_has_hanzi(p):
            raise FontError(f"{p} has no glyphs for Chinese text ({PROBE[:6]}…): choose a CJK font")
        return str(p)
    return _default_font_path()


@functools.lru_cache(maxsize=1)
def _default_font_path() -> str:
    found = _system_font() or _pip_font()
    if found is None:
        raise FontError(
            "no CJK font: fc-match found no OTF/TTF with hanzi and the pip package "
            "pylopdf-fonts-zh-cn is not installed. Run `pip install pylopdf-fonts-zh-cn==0.1.1` "
            "or set GDRKIT_FONT=/path/to/a/CJK.otf")
    return found


@functools.lru_cache(maxsize=8)
def _register(path: str) -> str:
    from matplotlib import font_manager

    font_manager.fontManager.addfont(path)
    return font_manager.FontProperties(fname=path).get_name()


def register_cjk_font(path: str | os.PathLike | None = None) -> tuple[str, str]:
    """Register the CJK font with matplotlib; return ``(path, family name)``.

    Registration adds the font to matplotlib's font list only; no rcParams change (use
    :func:`gdrkit.plot.style` to select it).
    """
    p = cjk_font_path(path)
    return p, _register(p)
