"""What a cache folder's name says about the code and the libraries that wrote it.

Every cache folder is named by a hash of the gdrkit source that decides its rows and of
the versions of the libraries that read the text, so an upgrade or an edit starts a new
folder instead of serving stale rows (``gdrkit cache --prune`` removes the old ones).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

__all__ = ["package_signature", "source_signature", "library_versions", "READING_LIBRARIES"]

#: The gdrkit folder (its source files are hashed).
_PACKAGE = Path(__file__).resolve().parents[1]
#: Libraries that turn bytes into text or read numerals (cn2an): their versions are part
#: of the reading and deriving caches' keys.
READING_LIBRARIES = ("pypdf", "beautifulsoup4", "lxml", "python-docx", "charset-normalizer", "cn2an", "opencc")


@lru_cache(maxsize=1)
def package_signature() -> str:
    """A hash of the source of every gdrkit module and data file (any code change
    invalidates the derived tables)."""
    h = hashlib.sha1()
    for p in sorted(_PACKAGE.rglob("*.py")):
        h.update(str(p.relative_to(_PACKAGE)).encode())
        h.update(p.read_bytes())
    for p in sorted((_PACKAGE / "data").glob("*")):
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=8)
def source_signature(names: tuple[str, ...]) -> str:
    """A hash of the source of some gdrkit modules (paths relative to the gdrkit folder,
    e.g. ``"io/read.py"``; a missing file counts as empty)."""
    h = hashlib.sha1()
    for name in names:
        p = _PACKAGE / name
        h.update(name.encode())
        h.update(p.read_bytes() if p.exists() else b"")
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def library_versions() -> str:
    """Versions of :data:`READING_LIBRARIES` (looked up once per process): an upgrade
    changes the keys."""
    out = []
    for name in READING_LIBRARIES:
        try:
            out.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            out.append(f"{name}=-")
    return ",".join(out)
