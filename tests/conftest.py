"""Shared fixtures: the embedded seeds (data/) and the real reports in ../shared/corpus."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
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


@pytest.fixture(autouse=True)
def _close_figures():
    """Every matplotlib figure a test opened is closed after it (pyplot keeps them all open
    otherwise); nothing is imported for tests that draw nothing."""
    yield
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is not None:
        plt.close("all")


def need_shared() -> Path:
    if not SHARED_RAW.is_dir():
        pytest.skip(f"../shared/corpus/raw not found at {SHARED_RAW}: the real-report tests run "
                    "in CI and in a checkout with ../shared beside it")
    return SHARED_RAW


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("gdrkit-cache")


@pytest.fixture(scope="session")
def seed_corpus(cache_dir):
    import gdrkit

    return gdrkit.load_corpus(DATA, cache_dir=cache_dir, progress=False)


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
