"""Progress bars that work on the console and in JupyterLab (``tqdm.auto``)."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

__all__ = ["progress_bar"]

T = TypeVar("T")


def progress_bar(it: Iterable[T], *, total: int | None = None, desc: str = "",
                 disable: bool = False, sizes: Sequence[int] | None = None,
                 unit: str = "file") -> Iterable[T]:
    """Wrap ``it`` in a tqdm bar (a widget in notebooks, text on a console).

    Parameters
    ----------
    it : iterable
        The work, often in chunks of several files each.
    total : int, optional
        How many items ``it`` yields (ignored when ``sizes`` is given).
    desc : str
        The bar's label.
    disable : bool
        No bar.
    sizes : sequence of int, optional
        How many files (or reports) each item of ``it`` stands for: the bar then counts
        files, not chunks, and its total is ``sum(sizes)``.
    unit : str
        What the bar counts (default ``"file"``).

    Set ``GDRKIT_PROGRESS=0`` to turn every bar off (e.g. in CI logs).
    """
    if disable or os.environ.get("GDRKIT_PROGRESS", "1") == "0":
        return it

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "IProgress not found" when ipywidgets is absent
        from tqdm.auto import tqdm
    if sizes is None:
        return tqdm(it, total=total, desc=desc, leave=False, mininterval=0.5, unit=unit)
    return _counted(it, list(sizes), tqdm(total=sum(sizes), desc=desc, leave=False, mininterval=0.5, unit=unit))


def _counted(it: Iterable[T], sizes: list[int], bar) -> Iterator[T]:
    """Yield ``it``'s items, moving ``bar`` on by each item's size as it arrives (the item
    is done then: its files were read in a worker)."""
    try:
        for item, n in zip(it, sizes):
            bar.update(n)
            yield item
    finally:
        bar.close()
