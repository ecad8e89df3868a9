"""Looking after the cache folder (gdrkit.pipeline.caches, ``gdrkit cache``)."""

from __future__ import annotations

import subprocess
import sys

import gdrkit
from gdrkit.pipeline.caches import cache_folders, prune_cache

from conftest import DATA


def test_prune_removes_only_folders_no_code_uses(tmp_path):
    cache = tmp_path / "cache"
    gdrkit.load_corpus(DATA, cache_dir=cache, progress=False).tables()
    used = cache_folders(cache)
    assert set(used["kind"]) == {"reports", "tokens", "derived", "tables"} and used["current"].all()
    assert (used["files"] > 0).all()
    # a folder from an older gdrkit, one from other reading options, and a user's folder
    (cache / "reports-v0.0.1-0123456789ab").mkdir()
    (cache / "reports-v0.0.1-0123456789ab" / "part-x.parquet").write_bytes(b"x" * 2000)
    gdrkit.load_corpus(DATA, cache_dir=cache, progress=False, max_bytes=10**6)
    # whole tables that earlier code wrote (once in a folder named by the version only)
    (cache / f"tables-v{gdrkit.__version__}").mkdir()
    (cache / f"tables-v{gdrkit.__version__}" / "panel-0123.parquet").write_bytes(b"x" * 100)
    (cache / "notes").mkdir()
    listed = cache_folders(cache)
    stale = sorted(listed.loc[~listed["current"], "folder"])
    assert len(stale) == 3 and "reports-v0.0.1-0123456789ab" in stale and f"tables-v{gdrkit.__version__}" in stale
    assert listed.loc[listed["folder"] == "notes", "kind"].item() == "other"
    assert sorted(prune_cache(cache, dry_run=True)["folder"]) == stale and (cache / stale[0]).exists()
    p = subprocess.run([sys.executable, "-m", "gdrkit.cli", "cache", "--cache", str(cache), "--prune"],
                       capture_output=True, text=True)
    assert p.returncode == 0 and "removed 3 folder(s)" in p.stdout, p.stdout + p.stderr
    assert sorted(cache_folders(cache)["folder"]) == sorted(set(listed["folder"]) - set(stale))
    # what is left still serves a warm run
    gdrkit.load_corpus(DATA, cache_dir=cache, progress=False)
    assert gdrkit.pipeline.reading.last_stats["processed"] == 0
