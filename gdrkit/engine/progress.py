"""Progress bars that work on the console and in JupyterLab (``tqdm.auto``)."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable
from typing import TypeVar

__all__ = ["progress_bar"]

T = TypeVar("T")


def progress_bar(it: Iterable[T], *, total: int | None = None, desc: str = "",
                 disable: bool = False) -> Iterable[T]:
    """Wrap ``it`` in a tqdm bar (a widget in notebooks, text on a console).

    Set ``GDRKIT_PROGRESS=0`` to turn every bar off (e.g. in CI logs).
    """
    if disable or os.environ.get("GDRKIT_PROGRESS", "1") == "0":
        return it

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "IProgress not found" when ipywidgets is absent
        from tqdm.auto import tqdm
    return tqdm(it, total=total, desc=desc, leave=False, mininterval=0.5)
