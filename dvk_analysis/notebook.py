"""Notebook set-up: deterministic plotly output and short messages for bad data."""

from __future__ import annotations

import sys
from typing import Any

import pandas as pd
import plotly.io as pio

from .load import DataError


def show_data_error(
    shell: Any, etype: type, value: BaseException, tb: Any, tb_offset: int | None = None
) -> None:
    """IPython handler: print what is wrong with the data, without a traceback."""
    print(f"Dữ liệu không hợp lệ / Invalid data\n{value}", file=sys.stderr)


def setup(renderer: str = "plotly_mimetype") -> None:
    """Prepare a notebook: plotly renderer, pandas display, short data errors.

    ``plotly_mimetype`` stores each figure as its JSON only, which is deterministic,
    so stored outputs compare exactly under nbval. A :class:`DataError` raised in a
    cell shows its message (file, sheet, row, column, value, expected) and no
    traceback.
    """
    pio.renderers.default = renderer
    pd.set_option("display.max_columns", 30)
    pd.set_option("display.width", 160)
    pd.set_option("display.max_colwidth", 80)
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with the notebook stack
        return
    shell = get_ipython()
    if shell is not None:
        shell.set_custom_exc((DataError,), show_data_error)
