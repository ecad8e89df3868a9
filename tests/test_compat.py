"""The old module paths (before the layout of issue 20) still work for one release: each
re-exports its names from their new home and warns that it will go."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

#: old module -> a module of its new home (the warning names it)
MOVED = {
    "gdrkit.build": "gdrkit.pipeline.reading", "gdrkit.derive": "gdrkit.pipeline.deriving",
    "gdrkit.stream": "gdrkit.pipeline.streaming", "gdrkit.engine_dask": "gdrkit.corpus",
    "gdrkit.cache_admin": "gdrkit.pipeline.caches", "gdrkit.cache": "gdrkit.engine.cache",
    "gdrkit.parallel": "gdrkit.engine.parallel", "gdrkit.limits": "gdrkit.engine.limits",
    "gdrkit.progress": "gdrkit.engine.progress", "gdrkit.sink": "gdrkit.engine.sink",
    "gdrkit.discover": "gdrkit.io", "gdrkit.numerals": "gdrkit.text.numerals", "gdrkit.places": "gdrkit.meta.places",
    "gdrkit.metadata": "gdrkit.meta", "gdrkit.ids": "gdrkit.meta.ids", "gdrkit.taxonomy": "gdrkit.problems",
    "gdrkit.models": "gdrkit.analysis", "gdrkit.regtable": "gdrkit.analysis.regtable",
    "gdrkit.plot.notebook": "gdrkit.notebook", "gdrkit.plot.plots": "gdrkit.plot",
    "gdrkit.plot.labels": "gdrkit.analysis.labels", "gdrkit.analysis.wordcloud": "gdrkit.analysis.words",
}

CHECK = """
import importlib, json, sys, warnings
old = sys.argv[1]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    mod = importlib.import_module(old)
said = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning) and old in str(w.message)]
where = [w.filename for w in caught if issubclass(w.category, DeprecationWarning) and old in str(w.message)]
print(json.dumps({"said": said, "where": where, "all": mod.__all__, "missing": [n for n in mod.__all__ if not hasattr(mod, n)]}))
"""


@pytest.mark.parametrize("old", sorted(MOVED))
def test_old_path_warns_and_reexports(old):
    out = subprocess.run([sys.executable, "-c", CHECK, old], capture_output=True, text=True, check=True)
    got = json.loads(out.stdout)
    assert len(got["said"]) == 1 and MOVED[old] in got["said"][0], got["said"]
    # attributed to the code that imported it (here the -c script), not to gdrkit or importlib
    assert not any(part in got["where"][0] for part in ("gdrkit", "importlib")), got["where"]
    assert got["all"] and not got["missing"]


def test_packages_that_replaced_modules_do_not_warn():
    code = ("import warnings; warnings.simplefilter('error', DeprecationWarning)\n"
            "import gdrkit.io, gdrkit.meta, gdrkit.problems, gdrkit.analysis, gdrkit.plot, gdrkit.export, gdrkit.extract")
    subprocess.run([sys.executable, "-c", code], check=True)
