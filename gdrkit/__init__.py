"""gdrkit: tables from China's government information disclosure annual reports.

Nothing heavy happens at import: submodules load their libraries when first used.
"""

from __future__ import annotations

from ._version import __version__

from .corpus import Corpus, load_corpus, read_report  # noqa: E402

#: Exported lazily (their modules load on first use), so ``import gdrkit`` stays light.
_LAZY = {
    "problem_taxonomy": ("gdrkit.problems", "problem_taxonomy"),
    "keyness": ("gdrkit.analysis.keyness", "keyness"),
    "text_reuse": ("gdrkit.analysis.reuse", "text_reuse"),
    "kwic": ("gdrkit.analysis.kwic", "kwic"),
    "Tokenizer": ("gdrkit.zh", "Tokenizer"),
    "build_tables": ("gdrkit.pipeline.streaming", "build_tables"),
}

__all__ = ["__version__", "Corpus", "load_corpus", "read_report", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        mod, attr = _LAZY[name]
        return getattr(importlib.import_module(mod), attr)
    raise AttributeError(f"module 'gdrkit' has no attribute {name!r}")


def __dir__() -> list[str]:  # tab completion in JupyterLab lists the lazy names too
    return sorted({*globals(), *_LAZY})
