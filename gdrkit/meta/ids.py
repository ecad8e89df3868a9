"""Report ids and duplicates: a content-based id per report; exact copies (same bytes,
or the same text without whitespace) and near-duplicates (the same report in two formats,
or a corrected version) flagged in ``duplicate_of``, never merged.

Near-duplicates are looked for among the reports of one agency and year: the agency is
``agency_id`` where the reports table has it filled (the canonical id, so that
平潭综合实验区 and 平潭综合实验区管委会 are one agency), else ``agency`` as printed. Two such
reports are the same report when their sets of 4-character shingles (whitespace removed)
have a Jaccard index of at least 0.85, or when the smaller set is at least 90% contained
in the other (a web page that adds its own chrome, menus and share buttons, around the
text of a plain-text copy). Of such a pair the report kept is the one in the plainer
container (:data:`FORMAT_ORDER`: plain text, then Word, PDF, a web page), then the first
in path order; the other gets ``duplicate_of``."""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from pathlib import Path

import pandas as pd

from .._version import __version__
from ..engine import versions
from ..engine.cache import atomic_write
from ..text.similarity import shared_count, shingles
from .annex import link_annexes
from .keys import agency_keys

__all__ = ["assign_ids", "neardup_dir", "agency_keys", "FORMAT_ORDER", "JACCARD", "CONTAINMENT"]

#: Of two near-duplicates, the one kept is the one whose format comes first here (a web
#: page adds the most of its own: menus, share buttons, "print this page"); formats not
#: listed come last. Then the first in path order.
FORMAT_ORDER = ("txt", "docx", "pdf", "html")
#: Near-duplicate thresholds: the Jaccard index of the two shingle sets, or the share of
#: the smaller set found in the larger (containment).
JACCARD = 0.85
CONTAINMENT = 0.9



def assign_ids(reports: pd.DataFrame, *, root: str | os.PathLike | None = None, texts=None,
                cache_dir: str | os.PathLike | None = None) -> None:
    """Content-based report ids (column ``report_id``); later copies of the same content
    get a suffix, a hash of their path within ``root`` (the folder read: so the ids
    survive moving the folder or giving it by a relative path), and ``duplicate_of``
    names the first (files in sorted path order); ``annex_of`` links each statistics annex
    to its report (:func:`gdrkit.meta.annex.link_annexes`). With ``cache_dir``, the result of the
    near-duplicate test is kept there for the same groups of texts (see
    :func:`_flag_near_duplicates`).
    Uses the ``text_hash`` column (SHA-1 of the text without whitespace), and the texts
    of reports that share agency and year: ``texts(rows)`` gives those of some row
    positions (default: the ``text`` column)."""
    ids: list[str] = []
    dup: list[str | None] = []
    first_by_sha: dict[str, str] = {}
    first_by_text: dict[str, str] = {}
    base = None
    if root is not None:
        base = os.path.abspath(root)
        base = base if os.path.isdir(base) else os.path.dirname(base)
    for sha, th, path in zip(reports["sha1"].tolist(), reports["text_hash"].tolist(), reports["path"].tolist()):
        if sha in first_by_sha:
            where = path if base is None else os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")
            rid = sha[:16] + "-" + hashlib.sha1(where.encode("utf-8")).hexdigest()[:6]
            dup.append(first_by_sha[sha])
        else:
            rid = sha[:16]
            first_by_sha[sha] = rid
            dup.append(first_by_text.get(th))
        first_by_text.setdefault(th, rid)
        ids.append(rid)
    _flag_near_duplicates(reports, ids, dup, texts=texts, cache_dir=cache_dir)
    _note_near_duplicates(reports, ids, dup)
    reports.insert(0, "report_id", ids)
    reports["duplicate_of"] = pd.array(dup, dtype=reports["sha1"].dtype)
    reports["annex_of"] = pd.array(link_annexes(reports), dtype=reports["sha1"].dtype)


def _note_near_duplicates(reports: pd.DataFrame, ids: list[str], dup: list[str | None]) -> None:
    """A near-duplicate's text differs from the report it copies (a corrected version, a
    re-typed table): unlike an exact copy, which one to keep is the researcher's call, and
    ``notes`` says so."""
    hashes = reports["text_hash"].tolist()
    hash_of = dict(zip(ids, hashes))
    notes = reports["notes"].tolist()
    changed = False
    for i, first in enumerate(dup):
        if first is not None and hash_of[first] != hashes[i]:
            note = (f"near-duplicate of {first}: same agency and year, text not identical (another format, "
                    "or a corrected version?): compare the two before dropping either")
            notes[i] = f"{notes[i]}; {note}" if isinstance(notes[i], str) and notes[i] else note
            changed = True
    if changed:
        reports["notes"] = pd.array(notes, dtype=reports["notes"].dtype)


def neardup_dir(cache_dir: str | os.PathLike) -> Path:
    """The folder of near-duplicate results in a cache (named by the gdrkit version and code)."""
    return Path(cache_dir) / f"neardup-v{__version__}-{versions.package_signature()[:12]}"


def _flag_near_duplicates(reports: pd.DataFrame, ids: list[str], dup: list[str | None], *,
                          threshold: float = JACCARD, texts=None, cache_dir: str | os.PathLike | None = None) -> None:
    """The same report in two formats (.html and .txt, say): same agency (see
    :func:`agency_keys`) and year and near-identical text (Jaccard of 4-character shingles
    >= ``threshold``, or the smaller shingle set contained in the other at
    :data:`CONTAINMENT`); the copy kept is the first in :data:`FORMAT_ORDER`, then in
    path order.

    With ``cache_dir``, the pairs found are kept in a small file keyed by every group
    compared (its agency, year, and each member's row and text hash, which decides its
    shingles: they are of the text without whitespace), so an unchanged corpus reads
    them instead of reading and comparing the texts again."""
    groups: dict[tuple, list[int]] = {}
    for i, (agency, year) in enumerate(zip(agency_keys(reports), reports["year"].tolist())):
        if dup[i] is None and agency is not None and year is not pd.NA and year:
            groups.setdefault((agency, year), []).append(i)
    # the plainer container first (then path order): the one kept of a pair
    fmt = reports["format"].tolist() if "format" in reports.columns else [None] * len(reports)
    rank = {f: n for n, f in enumerate(FORMAT_ORDER)}
    groups = {g: sorted(m, key=lambda i: (rank.get(fmt[i], len(rank)), i)) for g, m in groups.items() if len(m) > 1}
    if not groups:
        return
    path = None
    if cache_dir is not None and os.environ.get("GDRKIT_TABLE_CACHE", "1") != "0":
        th = reports["text_hash"].tolist()
        h = hashlib.sha1(f"threshold={threshold}|containment={CONTAINMENT}|k=4|{FORMAT_ORDER}".encode())
        for (agency, year), members in groups.items():
            h.update(f"{agency}\x1f{year}\x1e{','.join(f'{m}:{th[m]}' for m in members)}\x1d".encode())
        path = neardup_dir(cache_dir) / f"{h.hexdigest()[:24]}.json"
        try:
            pairs = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # none yet, or damaged: compared again
            pairs = None
        if isinstance(pairs, list) and all(isinstance(p, list) and len(p) == 2 and
                                           all(isinstance(x, int) and 0 <= x < len(ids) for x in p) for p in pairs):
            for j, i in pairs:
                dup[j] = ids[i]
            return
    wanted = sorted(m for members in groups.values() for m in members)
    got = texts(wanted) if texts is not None else reports["text"].take(wanted).tolist()
    text_of = dict(zip(wanted, got))
    found: list[list[int]] = []  # [row, row of the report it copies]
    for members in groups.values():
        sh = [shingles(text_of[m], k=4) for m in members]
        for j in range(1, len(members)):
            for i in range(j):
                if dup[members[i]] is not None:
                    continue
                if _same_report(sh[i], sh[j], threshold):
                    dup[members[j]] = ids[members[i]]
                    found.append([members[j], members[i]])
                    break
    if path is not None:

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, lambda tmp: Path(tmp).write_text(json.dumps(found), encoding="utf-8"))
        except OSError as exc:  # a read-only cache: compared again next time
            warnings.warn(f"gdrkit cache: cannot keep the near-duplicate pairs in {path.parent} ({exc})",
                          stacklevel=3)


def _same_report(a, b, threshold: float) -> bool:
    """Whether two shingle sets are of the same report: Jaccard >= ``threshold``, or the
    smaller set contained in the other at :data:`CONTAINMENT` or more."""
    if not len(a) or not len(b):
        return False
    shared = shared_count(a, b)
    return shared / (len(a) + len(b) - shared) >= threshold or shared / min(len(a), len(b)) >= CONTAINMENT
