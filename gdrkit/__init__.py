"""gdrkit: tables from China's government information disclosure annual reports.

The folder listing is the data flow, one direction (a module imports only the stages
before it, ``text/``, ``schema`` and ``engine/``; ``tests/test_architecture.py`` checks it)::

    files
     └─ io          discover, read, decode, formats (HTML, PDF, .docx)
         └─ clean       normalise the text, keep the raw one
             └─ meta        fields, agency, places; report ids, duplicates; the user's metadata
                 └─ sections    outline headings and their kinds
                     ├─ extract     figures with their evidence; identity checks
                     ├─ problems    stated problems, split and classified
                     └─ zh          tokens
                         └─ review      the evidence page, corrections replayed, the accuracy audit
                             └─ analysis    panel, kwic, keyness, reuse, models, the paper's tables, labels
                                 └─ plot        style, fonts, bars, lines, points, word clouds
                                     └─ notebooks

    schema    every table's columns: the contract, declared once
    text/     helpers the stages share: numerals, shingle similarity, the section holding a span
    engine/   how things run: caches, worker processes, limits, progress, table files (imports no stage)
    pipeline/ what runs when: reading, deriving, the streaming build, Dask (imports stages and engine)
    corpus    Corpus and load_corpus: the front door (only cli and this module import it)
    cli       ``gdrkit build``, ``gdrkit cache`` (and review's ``gdrkit show``, ``gdrkit audit``)
    notebook  the helpers the curated notebooks share

Nothing happens at import: every name below is loaded when first used (``import gdrkit``
loads no submodule), and the heavy libraries (matplotlib, statsmodels, dask, the PDF and
Word readers) load inside the functions that need them.
"""

from __future__ import annotations

import importlib

from ._version import __version__

#: Exported lazily (their modules load on first use), so ``import gdrkit`` stays light.
_LAZY = {
    "Corpus": ("gdrkit.corpus", "Corpus"),
    "load_corpus": ("gdrkit.corpus", "load_corpus"),
    "read_report": ("gdrkit.pipeline.stages", "read_report"),
    "problem_taxonomy": ("gdrkit.problems", "problem_taxonomy"),
    "keyness": ("gdrkit.analysis.keyness", "keyness"),
    "text_reuse": ("gdrkit.analysis.reuse", "text_reuse"),
    "kwic": ("gdrkit.analysis.kwic", "kwic"),
    "Tokenizer": ("gdrkit.zh", "Tokenizer"),
    "build_tables": ("gdrkit.pipeline.streaming", "build_tables"),
    "sample_path": ("gdrkit.datasets", "sample_path"),
    "audit_report": ("gdrkit.review.audit", "audit_report"),
    "corrections_from_audit": ("gdrkit.review.audit", "corrections_from_audit"),
    "read_corrections": ("gdrkit.review.corrections", "read_corrections"),
}
#: Submodules reachable as attributes without an import (``gdrkit.datasets.sample_path()``).
_LAZY_MODULES = ("datasets", "extract", "plot", "analysis", "export")

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        mod, attr = _LAZY[name]
        return getattr(importlib.import_module(mod), attr)
    if name in _LAZY_MODULES:
        return importlib.import_module(f"gdrkit.{name}")
    raise AttributeError(f"module 'gdrkit' has no attribute {name!r}")


def __dir__() -> list[str]:  # tab completion in JupyterLab lists the lazy names too
    return sorted({*globals(), *_LAZY, *_LAZY_MODULES})
