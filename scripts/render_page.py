#!/usr/bin/env python
"""Render an evidence page in headless Chromium (the Debian package ``chromium``).

    python scripts/render_page.py page.html --dom            # the DOM after loading, to stdout
    python scripts/render_page.py page.html --png shot.png   # a screenshot
    python scripts/render_page.py page.html --pdf page.pdf   # printed to a PDF
    python scripts/render_page.py --docs                     # docs/evidence-page.png (a real report)

Chromium runs with no network, no GPU, no first-run or sync and a fresh profile folder.
When the system has no CJK font, fontconfig is pointed at the Noto Sans SC that gdrkit
installs from pip (``pylopdf-fonts-zh-cn``), so the Chinese is drawn, not boxes.
``tests/review/test_viewer_browser.py`` uses the same functions.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         "--disable-sync", "--disable-component-update", "--disable-extensions", "--hide-scrollbars",
         "--mute-audio", "--no-default-browser-check"]
NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def chromium() -> str | None:
    """The Chromium executable ($CHROMIUM, else the first of :data:`NAMES` on PATH), or None."""
    env = os.environ.get("CHROMIUM")
    if env:
        return env
    return next((p for p in map(shutil.which, NAMES) if p), None)


def _font_env(tmp: Path) -> dict[str, str]:
    """The environment for Chromium: fontconfig also reads the pip CJK font's folder."""
    env = dict(os.environ)
    try:
        import pylopdf_fonts_zh_cn

        folder = Path(pylopdf_fonts_zh_cn.__file__).parent
    except ImportError:
        return env
    conf = tmp / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
                    '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                    f"<dir>{folder}</dir><cachedir>{tmp / 'fc-cache'}</cachedir></fontconfig>\n", encoding="utf-8")
    env["FONTCONFIG_FILE"] = str(conf)
    return env


def run(page: str | os.PathLike, *args: str, fragment: str = "", timeout: int = 120) -> subprocess.CompletedProcess:
    """Chromium on ``page`` (at ``#fragment``) with :data:`FLAGS`, a fresh --user-data-dir and ``args``."""
    exe = chromium()
    if exe is None:
        raise FileNotFoundError("chromium not found: apt-get install -y chromium (or set $CHROMIUM)")
    with tempfile.TemporaryDirectory(prefix="gdrkit-chromium-") as tmp:
        cmd = [exe, *FLAGS, f"--user-data-dir={Path(tmp) / 'profile'}", *args, Path(page).resolve().as_uri() + fragment]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=_font_env(Path(tmp)),
                              cwd=tmp)


def dump_dom(page: str | os.PathLike) -> str:
    """The page's DOM after loading (Chromium's --dump-dom)."""
    p = run(page, "--dump-dom")
    if p.returncode != 0:
        raise RuntimeError(f"chromium --dump-dom failed ({p.returncode}): {p.stderr[-2000:]}")
    return p.stdout


def screenshot(page: str | os.PathLike, png: str | os.PathLike, *, width: int = 1400, height: int = 900,
               fragment: str = "") -> Path:
    """A PNG of the page's first screen (scrolled to ``#fragment``, e.g. ``#f-3``)."""
    png = Path(png).resolve()
    p = run(page, f"--screenshot={png}", f"--window-size={width},{height}", fragment=fragment)
    if p.returncode != 0 or not png.is_file():
        raise RuntimeError(f"chromium --screenshot failed ({p.returncode}): {p.stderr[-2000:]}")
    return png


def print_pdf(page: str | os.PathLike, pdf: str | os.PathLike) -> Path:
    """The page printed to a PDF (A4, no header or footer), as a browser's "save as PDF" gives it."""
    pdf = Path(pdf).resolve()
    p = run(page, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    if p.returncode != 0 or not pdf.is_file():
        raise RuntimeError(f"chromium --print-to-pdf failed ({p.returncode}): {p.stderr[-2000:]}")
    return pdf


def docs_screenshot(root: Path, report: str = "pingtan-archive__zrz-2021.txt") -> Path:
    """docs/evidence-page.png: the page of a template report of ../shared/corpus/raw (one the
    manifest allows to embed), scrolled to its table 3."""
    import gdrkit

    raw = Path(os.environ.get("GDRKIT_SHARED", root.parent / "shared")) / "corpus" / "raw"
    corpus = gdrkit.load_corpus(raw / report, progress=False)
    sections = corpus.sections()
    table3 = sections[sections["heading"].str.contains("收到和处理政府信息公开申请情况")]["section_id"].iloc[0]
    with tempfile.TemporaryDirectory() as tmp:
        page = corpus.show(report).save(Path(tmp) / "page.html")
        return screenshot(page, root / "docs" / "evidence-page.png", width=1400, height=860, fragment=f"#s-{table3}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("page", nargs="?", help="an HTML file")
    ap.add_argument("--dom", action="store_true", help="print the DOM after loading")
    ap.add_argument("--png", help="write a screenshot here")
    ap.add_argument("--pdf", help="print the page to this PDF")
    ap.add_argument("--docs", action="store_true", help="write docs/evidence-page.png from data/")
    a = ap.parse_args(argv)
    if a.docs:
        print(docs_screenshot(Path(__file__).resolve().parents[1]))
        return 0
    if not a.page:
        ap.error("give a page, or --docs")
    if a.png:
        print(screenshot(a.page, a.png))
    if a.pdf:
        print(print_pdf(a.page, a.pdf))
    if a.dom or not (a.png or a.pdf):
        sys.stdout.write(dump_dom(a.page))
    return 0


if __name__ == "__main__":
    sys.exit(main())
