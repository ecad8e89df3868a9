"""Shared fixtures: the embedded seeds (data/) and the real reports in ../shared/corpus."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NoReturn

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: The embedded sample (make figures runs on it): seeds/ and reports/.
SAMPLE = ROOT / "data"
#: The five seed reports: the small corpus most tests run on.
DATA = SAMPLE / "seeds"
#: The 34 real reports of the sample (copies of ../shared/corpus/raw files that may be
#: embedded): their tests run without ../shared.
EMBEDDED = SAMPLE / "reports"
SHARED = Path(os.environ.get("GDRKIT_SHARED", ROOT.parent / "shared"))
SHARED_RAW = SHARED / "corpus" / "raw"
FIXTURES = Path(__file__).parent / "fixtures"

os.environ.setdefault("GDRKIT_PROGRESS", "0")

# Hypothesis: no per-example deadline (the default 200 ms fails a correct example when a
# shared machine is busy or a library loads on first use; speed is never asserted by
# timing). HYPOTHESIS_PROFILE picks another registered profile.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("gdrkit", deadline=None)
_hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "gdrkit"))


#: In CI (CI=true, as CI services set it) missing data or a missing optional extra is a
#: failure, not a skip: a green CI must have run every test. Locally such tests skip.
CI = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")

#: The start of the reason of every real-report test skipped for want of ../shared
#: (counted at the end of the run, see pytest_terminal_summary).
NO_SHARED = "real reports not found"
_HOW_SHARED = ("put the shared/ folder (with corpus/raw) beside the checkout, or set GDRKIT_SHARED=/path/to/shared")

#: The extra that installs each optional module the tests import.
_EXTRA_OF = {"dask": "dask", "distributed": "dask", "opencc": "traditional", "nbclient": "test",
             "ipykernel": "test", "nbformat": "test", "jupytext": "test", "hypothesis": "test", "psutil": "test",
             "jupyterlab": "notebook", "ipywidgets": "notebook", "wildboottest": "wild"}


def missing(what: str, how: str) -> NoReturn:
    """Skip the test locally; fail it in CI, naming what is missing and how to get it."""
    if CI:
        pytest.fail(f"CI=true: {what} (a CI run must not skip it): {how}", pytrace=False)
    pytest.skip(f"{what}: {how}", allow_module_level=True)


@pytest.fixture(autouse=True)
def _close_figures():
    """Every matplotlib figure a test opened is closed after it (pyplot keeps them all open
    otherwise); nothing is imported for tests that draw nothing."""
    yield
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is not None:
        plt.close("all")


def need_shared() -> Path:
    """The real reports (``$GDRKIT_SHARED/corpus/raw``, by default ../shared beside the
    checkout): skip without them, or fail in CI."""
    if not SHARED_RAW.is_dir():
        missing(f"{NO_SHARED} at {SHARED_RAW}", _HOW_SHARED)
    return SHARED_RAW


_importorskip = pytest.importorskip


def _importorskip_or_fail(modname: str, minversion: str | None = None, reason: str | None = None, **kwargs):
    """pytest.importorskip, except that in CI a missing module is a failure (every test
    module's ``pytest.importorskip`` goes through here: the conftest is loaded first)."""
    try:
        return _importorskip(modname, minversion, reason, **kwargs)
    except pytest.skip.Exception as exc:
        why = exc.msg
    extra = _EXTRA_OF.get(modname.split(".")[0])
    how = f"pip install -e '.[{extra}]' (make venv installs every extra)" if extra else f"install {modname}"
    missing(f"{modname} cannot be imported ({why})", how)


pytest.importorskip = _importorskip_or_fail


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("gdrkit-cache")


@pytest.fixture(scope="session")
def seed_corpus(cache_dir):
    import gdrkit

    return gdrkit.load_corpus(DATA, cache_dir=cache_dir, progress=False)


@pytest.fixture(scope="session")
def embedded_corpus(cache_dir):
    import gdrkit

    return gdrkit.load_corpus(EMBEDDED, cache_dir=cache_dir, progress=False)


@pytest.fixture(scope="session")
def shared_raw() -> Path:
    return need_shared()


@pytest.fixture(scope="session")
def shared_corpus(cache_dir):
    import gdrkit

    return gdrkit.load_corpus(need_shared(), cache_dir=cache_dir, progress=False)


def by_file(corpus, name: str):
    """The reports row of one file name."""
    r = corpus.reports[corpus.reports["file"] == name]
    assert len(r) == 1, f"{name}: {len(r)} rows"
    return r.iloc[0]


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """One line at the end: how many real-report tests were skipped (or, in CI, failed for
    want of the reports), and how to run them."""
    def without_reports(kind: str) -> int:
        return sum(NO_SHARED in (str(r.longrepr[2]) if isinstance(r.longrepr, tuple) else str(r.longrepr))
                   for r in terminalreporter.stats.get(kind, []))

    skipped, failed = without_reports("skipped"), without_reports("error") + without_reports("failed")
    if skipped or failed:
        what = f"{skipped} skipped" if skipped else f"{failed} failed (CI=true)"
        terminalreporter.write_line(f"real-report tests: {what}, {NO_SHARED} at {SHARED_RAW}; "
                                    f"to run them, {_HOW_SHARED}", yellow=True, bold=True)
    else:
        terminalreporter.write_line(f"real-report tests: none skipped (reports from {SHARED_RAW})")
