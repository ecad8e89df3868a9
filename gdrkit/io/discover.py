"""Finding the report files under a folder: every entry is listed or said why not."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["discover_files", "FileNameError", "SUPPORTED_SUFFIXES"]

class FileNameError(ValueError):
    """The folder or file given to read has a name the tables cannot hold (not UTF-8)."""


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
    files: list[Path] = []
    skipped: list[dict] = []
    seen_dirs: set[tuple[int, int]] = set()

    def walk(d: Path) -> None:
        try:
            st = d.stat()
        except OSError as exc:
            skipped.append({"path": str(d), "stage": "discover", "error": f"cannot open folder: {exc.strerror}"})
            return
        if d != root and all((d / f).is_file() for f in _OUTPUT_MARKS):
            skipped.append({"path": str(d), "stage": "discover",
                            "error": f"not read: a gdrkit output folder (it holds {', '.join(_OUTPUT_MARKS)})"})
            return
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            skipped.append({"path": str(d), "stage": "discover", "error": "symlink loop: folder already visited"})
            return
        seen_dirs.add(key)
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as exc:
            skipped.append({"path": str(d), "stage": "discover", "error": f"cannot list folder: {exc.strerror}"})
            return
        for e in entries:
            p = Path(e.path)
            bad = _bad_name(e.name)
            if bad:  # the tables (Arrow, CSV) hold UTF-8 paths only: say so, read nothing under it
                what = "folder name" if e.is_dir() else "file name"
                skipped.append({"path": _shown(p), "stage": "discover",
                                "error": bad.replace("file name", what) + ("; nothing in it was read"
                                                                             if what == "folder name" else "")})
                continue
            if e.name.startswith(".") or e.name.startswith("~$"):
                if not e.is_dir(follow_symlinks=False):
                    skipped.append({"path": str(p), "stage": "discover",
                                    "error": "not read: hidden or temporary file (name starts with . or ~$)"})
                continue
            try:
                is_dir = e.is_dir()
                is_file = e.is_file()
            except OSError as exc:
                skipped.append({"path": str(p), "stage": "discover", "error": f"cannot stat: {exc.strerror}"})
                continue
            if is_dir:
                walk(p)
            elif is_file:
                if p.suffix.lower() in suffixes:
                    files.append(p)
                elif p.suffix.lower() in {".csv", ".tsv", ".json", ".jsonl", ".xlsx", ".xls"}:
                    skipped.append({"path": str(p), "stage": "discover",
                                    "error": f"not read: a data file ({p.suffix}); pass metadata tables "
                                             "with load_corpus(metadata=...)"})
                else:
                    skipped.append({"path": str(p), "stage": "discover",
                                    "error": f"unsupported file type {p.suffix or '(none)'}"})
            elif e.is_symlink():
                skipped.append({"path": str(p), "stage": "discover", "error": "broken symlink"})
            else:
                skipped.append({"path": str(p), "stage": "discover",
                                "error": "not a regular file (device, socket or pipe)"})

    walk(root)
    return files, skipped


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
