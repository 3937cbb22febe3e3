"""dvk-analysis: award data of the "Dân vận khéo" emulation movement, tidy and compared.

The public API, re-exported here:

- :func:`load_awards` reads xlsx, csv or parquet files into the tidy frame;
- :mod:`dvk_analysis.vocab` holds every code with its Vietnamese and English labels;
- :mod:`dvk_analysis.schema` documents the columns of the tidy frame.
"""

from __future__ import annotations

from . import schema, vocab
from .load import DEFAULT_DATA, DataError, LoadResult, Problem, load_awards, load_sources
from .parse import ParseError, format_count, format_number, parse_count, parse_period

__all__ = [
    "DEFAULT_DATA",
    "DataError",
    "LoadResult",
    "ParseError",
    "Problem",
    "format_count",
    "format_number",
    "load_awards",
    "load_sources",
    "parse_count",
    "parse_period",
    "schema",
    "vocab",
]

__version__ = "0.1.0"
