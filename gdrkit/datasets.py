"""The embedded sample, as quanteda and seaborn ship theirs: ``sample_path()`` gives the
folder ``make figures`` runs on (39 public reports: see its ``SOURCES.md``).

The sample sits in the repository's ``data/`` folder (beside the package in a checkout),
not inside the installed package: a wheel does not carry it.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["sample_path", "seeds_path", "sample_manifest_path"]

_REPO_DATA = Path(__file__).resolve().parent.parent / "data"


def sample_path() -> Path:
    """The folder of the embedded sample (``data/``: ``seeds/`` and ``reports/``).

    Raises
    ------
    FileNotFoundError
        When gdrkit runs from an installed wheel without the repository's ``data/``
        folder: clone the repository, or pass a folder of your own reports.
    """
    if not (_REPO_DATA / "reports").is_dir():
        raise FileNotFoundError(f"the embedded sample is not here ({_REPO_DATA}): it ships with the source "
                                "repository (git clone), not with the installed package; pass your own folder")
    return _REPO_DATA


def seeds_path() -> Path:
    """The five seed reports (``data/seeds/``)."""
    return sample_path() / "seeds"


def sample_manifest_path() -> Path:
    """``data/manifest.csv``: source, commit, title, agency, year … of each report of ``data/reports/``."""
    return sample_path() / "manifest.csv"
