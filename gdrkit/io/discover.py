"""Finding the report files under a folder: every entry is listed or said why not."""

from __future__ import annotations

import os
import re
from pathlib import Path

__all__ = ["discover_files", "FileNameError", "SUPPORTED_SUFFIXES"]

class FileNameError(ValueError):
    """The folder or file given to read has a name the tables cannot hold (not UTF-8)."""


#: files that document a folder (not reports, even as .md or .txt): listed in errors, not read
_DOC_NAME = re.compile(r"(?i)^(?:README|SOURCES|LICEN[CS]E|NOTICE|CHANGELOG|COPYING)(?:\.[a-z]{1,4})?$")
SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".shtml", ".xhtml", ".pdf", ".docx", ".doc", ".wps")
#: A folder holding these is a gdrkit build's output (e.g. ``-o`` inside the corpus
#: folder): its tables are not reports.
_OUTPUT_MARKS = ("reports.parquet", "errors.parquet")


def discover_files(
    root: str | os.PathLike, *, suffixes: tuple[str, ...] = SUPPORTED_SUFFIXES
) -> tuple[list[Path], list[dict]]:
    """List report files under ``root`` recursively, in a stable (sorted) order.

    Returns
    -------
    files : list of Path
        Files whose suffix is in ``suffixes``.
    skipped : list of dict
        ``{"path", "stage", "error"}`` rows for entries that cannot be visited
        (unreadable folders, symlink loops, broken links, unsupported suffixes, names
        that are not UTF-8) or are not read on purpose (hidden files, a gdrkit output
        folder below ``root``).
    """
    root = Path(root)
    if not root.exists():
        raise FileNotFoundError(f"{root}: no such file or folder")
    if _bad_name(str(root)):
        raise FileNameError(f"{_shown(root)}: {_bad_name(str(root))}")
    if root.is_file():
        return [root], []
    walk = _Walk(root, suffixes)
    walk.folder(root)
    return walk.files, walk.skipped


class _Walk:
    """The files found under ``root`` and the entries skipped (see :func:`discover_files`)."""

    def __init__(self, root: Path, suffixes: tuple[str, ...]) -> None:
        self.root, self.suffixes = root, suffixes
        self.files: list[Path] = []
        self.skipped: list[dict] = []
        self.seen_dirs: set[tuple[int, int]] = set()

    def skip(self, path: str | Path, error: str) -> None:
        self.skipped.append({"path": str(path), "stage": "discover", "error": error})

    def folder(self, d: Path) -> None:
        try:
            st = d.stat()
        except OSError as exc:
            self.skip(d, f"cannot open folder: {exc.strerror}")
            return
        if d != self.root and all((d / f).is_file() for f in _OUTPUT_MARKS):
            self.skip(d, f"not read: a gdrkit output folder (it holds {', '.join(_OUTPUT_MARKS)})")
            return
        key = (st.st_dev, st.st_ino)
        if key in self.seen_dirs:
            self.skip(d, "symlink loop: folder already visited")
            return
        self.seen_dirs.add(key)
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as exc:
            self.skip(d, f"cannot list folder: {exc.strerror}")
            return
        for e in entries:
            self.entry(e)

    def entry(self, e: os.DirEntry) -> None:
        p = Path(e.path)
        bad = _bad_name(e.name)
        if bad:  # the tables (Arrow, CSV) hold UTF-8 paths only: say so, read nothing under it
            what = "folder name" if e.is_dir() else "file name"
            self.skip(_shown(p), bad.replace("file name", what) + ("; nothing in it was read"
                                                                   if what == "folder name" else ""))
            return
        if e.name.startswith(".") or e.name.startswith("~$"):
            if not e.is_dir(follow_symlinks=False):
                self.skip(p, "not read: hidden or temporary file (name starts with . or ~$)")
            return
        try:
            is_dir = e.is_dir()
            is_file = e.is_file()
        except OSError as exc:
            self.skip(p, f"cannot stat: {exc.strerror}")
            return
        if is_dir:
            self.folder(p)
        elif is_file:
            if _DOC_NAME.match(p.name):
                self.skip(p, "not read: a documentation file (README, SOURCES, LICENSE, NOTICE, CHANGELOG)")
            elif p.suffix.lower() in self.suffixes:
                self.files.append(p)
            elif p.suffix.lower() in {".csv", ".tsv", ".json", ".jsonl", ".xlsx", ".xls"}:
                self.skip(p, f"not read: a data file ({p.suffix}); pass metadata tables with load_corpus(metadata=...)")
            else:
                self.skip(p, f"unsupported file type {p.suffix or '(none)'}")
        elif e.is_symlink():
            self.skip(p, "broken symlink")
        else:
            self.skip(p, "not a regular file (device, socket or pipe)")


def _bad_name(name: str) -> str | None:
    """Why a path from the file system cannot go into the tables (None when it can):
    bytes that are not UTF-8 (e.g. GBK names from a zip unpacked on Linux) come back from
    the OS as lone surrogates, which no table file can store."""
    try:
        name.encode("utf-8")
        return None
    except UnicodeEncodeError:
        pass
    raw = os.fsencode(name)
    hint = ""
    for enc in ("gb18030", "big5"):
        try:
            hint = f" (as {enc.upper()} it reads {raw.decode(enc)!r})"
            break
        except UnicodeDecodeError:
            continue
    return (f"file name is not valid UTF-8{hint}: rename it to UTF-8 "
            f"(e.g. convmv -f gbk -t utf-8 --notest -r FOLDER) and build again")


def _shown(path: str | os.PathLike) -> str:
    """``path`` printable and storable: bytes that are not UTF-8 as ``\\xNN``."""
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")
