"""The evidence page in a real browser: headless Chromium (the Debian package) loads it,
the highlighted spans and the Chinese text are in its DOM, the planted markup ran
nothing, and a screenshot shows the highlights. Skipped locally without Chromium; with
CI=true a missing Chromium fails (``.ci/run`` installs it)."""

from __future__ import annotations

import importlib.util
import re
import sys

import pytest
from test_viewer import PLANTED, planted_corpus

from conftest import ROOT, missing


def _render():
    spec = importlib.util.spec_from_file_location("render_page", ROOT / "scripts" / "render_page.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("render_page", mod)
    spec.loader.exec_module(mod)
    if mod.chromium() is None:
        missing("chromium not found", "apt-get install -y chromium (Debian), or set $CHROMIUM to its path")
    return mod


@pytest.fixture(scope="module")
def render():
    return _render()


def test_the_page_loads_in_chromium_with_its_highlights_and_chinese_text(render, seed_corpus, tmp_path):
    page = seed_corpus.show("002_d2cdc19c69bd6f1e.txt").save(tmp_path / "page.html")
    dom = render.dump_dom(page)
    figs = seed_corpus.figures()
    figs = figs[figs["report_id"] == "a5912108ab5218fc"]
    marks = re.findall(r'<mark id="f-\d+" class="ev-f [^"]*"[^>]*>([^<]*)</mark>', dom)
    assert len(marks) == figs.groupby(["start", "end"]).ngroups
    assert "101条" in marks and "未发生信息公开收费" in marks and "未因信息公开引起复议和诉讼" in marks
    assert "审管办主动公开的政府信息共" in dom and "三是重点热点内容还不够突出" in dom
    assert re.search(r'<span id="s-[^"]+" class="ev-h ev-h1"[^>]*>五、存在问题</span>', dom)


def test_planted_markup_runs_nothing_in_chromium(render, tmp_path):
    corpus = planted_corpus(tmp_path)
    page = corpus.show(corpus.reports["report_id"].iloc[0]).save(tmp_path / "planted.html")
    dom = render.dump_dom(page)
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]  # the onerror handler never ran
    assert "<img" not in dom and "<script" not in dom
    assert re.search(r"<title>[^<]*pwned", dom) is None
    assert PLANTED.replace("<", "&lt;").replace(">", "&gt;") in dom  # shown as text
    assert "全年主动公开政府信息<mark" in dom  # the figure beside it is highlighted


def test_a_screenshot_shows_the_highlights(render, seed_corpus, tmp_path):
    from PIL import Image

    from gdrkit.review.pagestyle import FAMILY_COLOURS

    page = seed_corpus.show("002_d2cdc19c69bd6f1e.txt").save(tmp_path / "page.html")
    # the fragment scrolls the text to the proactive items' headline value
    png = render.screenshot(page, tmp_path / "shot.png", width=1200, height=800, fragment="#f-0")
    img = Image.open(png).convert("RGB")
    assert img.size == (1200, 800)
    colours = {c for _, c in img.getcolors(maxcolors=1 << 20)}
    hexes = {"#{:02x}{:02x}{:02x}".format(*c) for c in colours}
    assert FAMILY_COLOURS["applications_received"] in hexes or FAMILY_COLOURS["proactive_items"] in hexes \
        or FAMILY_COLOURS["fees_yuan"] in hexes


def test_without_chromium_ci_fails(tmp_path):
    """With CI=true a missing Chromium is a failure naming it (locally the same test skips)."""
    import os
    import subprocess

    test = "tests/review/test_viewer_browser.py::test_planted_markup_runs_nothing_in_chromium"
    env = {k: v for k, v in os.environ.items() if k not in ("CHROMIUM", "PYTEST_ADDOPTS")}
    env.update(CI="true", PATH=str(tmp_path))  # no chromium on PATH
    p = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 1, p.stdout + p.stderr
    assert "CI=true: chromium not found (a CI run must not skip it): apt-get install -y chromium" in p.stdout
