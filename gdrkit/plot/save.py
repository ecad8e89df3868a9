"""Deterministic figure files: same figure and data → same PNG and PDF bytes."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from .._version import __version__

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["save_figure", "data_hash"]


def data_hash(data: pd.DataFrame | pd.Series | bytes | str | None) -> str:
    """A short sha256 of a DataFrame/Series (values, index and column names), of bytes or of
    a string; ``"none"`` for ``None``."""
    if data is None:
        return "none"
    h = hashlib.sha256()
    if isinstance(data, (bytes, bytearray)):
        h.update(bytes(data))
    elif isinstance(data, str):
        h.update(data.encode("utf-8"))
    else:
        if isinstance(data, pd.Series):
            data = data.to_frame()
        if isinstance(data, pd.DataFrame):
            h.update(repr(list(map(str, data.columns))).encode("utf-8"))
            h.update(repr(list(map(str, data.dtypes))).encode("utf-8"))
            try:
                values = pd.util.hash_pandas_object(data, index=True).to_numpy()
                h.update(values.tobytes())
            except TypeError:  # unhashable cells (lists): fall back to their text
                h.update(data.astype(str).to_csv(index=True).encode("utf-8"))
        else:
            h.update(repr(data).encode("utf-8"))
    return h.hexdigest()[:16]


def save_figure(fig: Figure, name: str, *, folder: str | os.PathLike | None = "figures",
                data: pd.DataFrame | pd.Series | bytes | str | None = None,
                formats: tuple[str, ...] = ("png", "pdf"), dpi: int | None = None) -> list[Path]:
    """Write ``fig`` as ``folder/name.png`` and ``folder/name.pdf``.

    The files carry no creation date and a fixed software string; the metadata holds the
    gdrkit version and a hash of ``data`` (the table the figure was drawn from), so a figure
    can be matched to its data. Same figure, same data → byte-identical files.
    ``folder=None`` uses ``$GDRKIT_FIGURES`` or ``figures``.

    Returns
    -------
    list of Path
        The files written.
    """
    if not name or any(c in name for c in "/\\") or name.startswith("."):
        raise ValueError(f"figure name must be a plain file stem, got {name!r}")
    folder = Path(folder if folder is not None else os.environ.get("GDRKIT_FIGURES", "figures"))
    folder.mkdir(parents=True, exist_ok=True)
    software = f"gdrkit {__version__}"
    dh = data_hash(data)
    written = []
    for fmt in formats:
        path = folder / f"{name}.{fmt}"
        if fmt == "png":
            meta = {"Software": software, "Title": name, "Description": f"gdrkit {__version__}; data sha256 {dh}"}
        elif fmt == "pdf":
            meta = {"Creator": software, "Producer": software, "Title": name,
                    "Subject": f"gdrkit {__version__}; data sha256 {dh}",
                    "CreationDate": None, "ModDate": None}
        elif fmt == "svg":
            meta = {"Creator": software, "Date": None, "Title": name, "Description": f"data sha256 {dh}"}
        else:
            raise ValueError(f"unsupported format {fmt!r}: use png, pdf or svg")
        kw = {"dpi": dpi} if dpi is not None else {}
        fig.savefig(path, format=fmt, metadata=meta, **kw)
        written.append(path)
    return written
