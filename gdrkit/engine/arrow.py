"""The Arrow data behind a pandas column, through pandas' public interface."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

__all__ = ["arrow_data"]


def arrow_data(values: pd.Series) -> pa.ChunkedArray | None:
    """The Arrow array of a column held in Arrow (``str`` columns, Arrow list columns such
    as ``tokens``), without a copy (``__arrow_array__``, the protocol pyarrow itself uses);
    None for a column held in numpy (e.g. ``object``)."""
    arr = values.array
    if isinstance(arr, pd.arrays.ArrowExtensionArray):
        return arr.__arrow_array__()
    return None
