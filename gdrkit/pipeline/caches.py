"""Looking after the cache folder: what it holds, and removing what no code uses any more.

Every cache folder's name carries the gdrkit version and a hash of the code (and of the
dictionary, the library versions and the reading options) that wrote it, so an upgrade
or an edit starts new folders and never reads stale rows; the old folders stay until
pruned (``gdrkit cache --prune``). On a large collection each is gigabytes.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
from pathlib import Path

import pandas as pd

from .. import zh
from ..engine.cache import PartCache, default_cache_dir
from ..io import DEFAULT_MAX_BYTES
from ..meta.ids import neardup_dir
from .derivedcache import DerivedCache
from .reading import reports_cache
from .tablecache import tables_dir

__all__ = ["cache_folders", "prune_cache"]

_KIND = re.compile(r"^(reports|tokens|derived|tables|neardup)-v")


def _current(root: Path) -> set[str]:
    """Folder names the installed code uses with the default reading options (either
    tokenizer backend, with or without traditional-character conversion)."""
    names = {reports_cache(root, max_bytes=DEFAULT_MAX_BYTES, convert_traditional=t).dir.name for t in (False, True)}
    names |= {PartCache(root, "tokens", salt=zh.Tokenizer(backend=b).signature).dir.name for b in ("rjieba", "jieba")}
    names.add(DerivedCache(root).dir.name)
    names.add(tables_dir(root).name)
    names.add(neardup_dir(root).name)
    return names


def _size(folder: Path) -> tuple[int, int]:
    n = size = 0
    for p in folder.rglob("*"):
        try:  # a running build renames and removes files while they are counted
            st = p.stat()
        except FileNotFoundError:
            continue
        if stat.S_ISREG(st.st_mode):
            n, size = n + 1, size + st.st_size
    return n, size


def cache_folders(root: str | os.PathLike | None = None) -> pd.DataFrame:
    """The folders of a gdrkit cache (default: :func:`gdrkit.engine.cache.default_cache_dir`).

    Returns
    -------
    DataFrame
        folder (name), kind (reports, tokens, derived, tables, neardup, or other: not gdrkit's),
        files, mb (size in MB), current (True when the installed gdrkit uses it with
        the default reading options; other folders are from another version, other code,
        or other options such as ``--max-mb``).
    """
    root = Path(root) if root is not None else default_cache_dir()
    rows = []
    if root.is_dir():
        current = _current(root)
        for d in sorted(p for p in root.iterdir() if p.is_dir()):
            m = _KIND.match(d.name)
            n, size = _size(d)
            rows.append(dict(folder=d.name, kind=m.group(1) if m else "other", files=n, mb=round(size / 1e6, 2),
                             current=d.name in current if m else True))
    return pd.DataFrame(rows, columns=["folder", "kind", "files", "mb", "current"])


def prune_cache(root: str | os.PathLike | None = None, *, dry_run: bool = False) -> pd.DataFrame:
    """Remove the gdrkit folders that the installed code does not use (``current`` False
    in :func:`cache_folders`); other folders are never touched.

    Returns
    -------
    DataFrame
        The rows of :func:`cache_folders` removed (or that would be, with ``dry_run``).
    """
    root = Path(root) if root is not None else default_cache_dir()
    folders = cache_folders(root)
    gone = folders[~folders["current"].astype(bool)].reset_index(drop=True)
    if not dry_run:
        for name in gone["folder"]:
            shutil.rmtree(root / name)
    return gone
