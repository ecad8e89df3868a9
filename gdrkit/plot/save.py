"""Deterministic figure files: same figure and data → same PNG and PDF bytes."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from .._version import __version__
from ._common import text_width, wrap

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["save_figure", "data_hash", "keep_labels_inside"]


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


def keep_labels_inside(fig: Figure) -> int:
    """Bring back inside the figure what the layout left sticking out: a text wider than the
    room to the figure's right edge (a note above the axes, after a colorbar or long tick
    labels pushed the axes right) is wrapped again at its spaces to fit, and a y-axis label
    taller than the room above or below its axes (a three-line label beside a short axes) is
    moved along its axis. The layout is drawn first. Returns how many texts changed.
    :func:`save_figure` calls it, so nothing is cut off at the figure's edge."""
    from matplotlib.text import Text

    changed = 0
    for _ in range(3):  # a rewrap changes the layout: measure again
        fig.canvas.draw()
        r, fb = fig.canvas.get_renderer(), fig.bbox
        moved = 0
        for t in fig.findobj(Text):
            if not t.get_visible() or " " not in t.get_text() or t.get_rotation() % 180:
                continue
            e = t.get_window_extent(r)
            if e.x1 > fb.x1 + 0.5 and e.x0 < fb.x1 and e.width > 0:
                room = (fb.x1 - 2 - max(e.x0, fb.x0)) / e.width
                longest = max(text_width(line) for line in t.get_text().split("\n"))
                new = wrap(t.get_text(), max(8, int(longest * room)))
                if new != t.get_text():
                    t.set_text(new)
                    moved += 1
        moved += _nudge_ylabels(fig, r)
        changed += moved
        if not moved:
            break
    return changed


def _nudge_ylabels(fig: Figure, r) -> int:
    """Move each y-axis label that sticks out above or below the figure along its axis."""
    moved = 0
    for ax in fig.axes:
        lab = ax.yaxis.label
        if not lab.get_visible() or not lab.get_text():
            continue
        e, fb = lab.get_window_extent(r), fig.bbox
        if e.height >= fb.height:
            continue
        shift = fb.y1 - 1 - e.y1 if e.y1 > fb.y1 else fb.y0 + 1 - e.y0 if e.y0 < fb.y0 else 0.0
        if not shift:
            continue
        px = lab.get_transform().transform(lab.get_position())
        x, y = ax.transAxes.inverted().transform((px[0], px[1] + shift))
        ax.yaxis.set_label_coords(x, y)
        moved += 1
    return moved


def save_figure(fig: Figure, name: str, *, folder: str | os.PathLike | None = "figures",
                data: pd.DataFrame | pd.Series | bytes | str | None = None,
                formats: tuple[str, ...] = ("png", "pdf"), dpi: int | None = None) -> list[Path]:
    """Write ``fig`` as ``folder/name.png`` and ``folder/name.pdf``.

    The files carry no creation date and a fixed software string; the metadata holds the
    gdrkit version and a hash of ``data`` (the table the figure was drawn from), so a figure
    can be matched to its data. Same figure, same data → byte-identical files. A y-axis
    label that would stick out of the figure is moved inside first (:func:`keep_labels_inside`).
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
    keep_labels_inside(fig)
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
