"""dvk-analysis: award data of the "Dân vận khéo" emulation movement, tidy and compared.

The public API, re-exported here:

- :func:`load_awards` reads xlsx, csv or parquet files into the tidy frame;
- :mod:`dvk_analysis.vocab` holds every code with its Vietnamese and English labels;
- :mod:`dvk_analysis.schema` documents the columns of the tidy frame;
- :mod:`dvk_analysis.compare` sums counts without adding parts to totals or mixing kinds
  (:func:`summarise`, :func:`recognition_pyramid`, :func:`counts_by_period`, ...);
- :mod:`dvk_analysis.figures` draws them with plotly (:func:`level_pyramid`, ...).
"""

from __future__ import annotations

from . import compare, figures, schema, vocab
from .compare import (
    ComparisonError,
    counts_by_movement,
    counts_by_period,
    counts_by_subject,
    label_table,
    recognition_pyramid,
    select,
    summarise,
)
from .figures import (
    level_pyramid,
    movement_comparison,
    period_comparison,
    source_line,
    subject_breakdown,
)
from .load import DEFAULT_DATA, DataError, LoadResult, Problem, load_awards, load_sources
from .parse import ParseError, format_count, format_number, parse_count, parse_period

__all__ = [
    "DEFAULT_DATA",
    "ComparisonError",
    "DataError",
    "LoadResult",
    "ParseError",
    "Problem",
    "compare",
    "counts_by_movement",
    "counts_by_period",
    "counts_by_subject",
    "figures",
    "format_count",
    "format_number",
    "label_table",
    "level_pyramid",
    "load_awards",
    "load_sources",
    "movement_comparison",
    "parse_count",
    "parse_period",
    "period_comparison",
    "recognition_pyramid",
    "schema",
    "select",
    "source_line",
    "subject_breakdown",
    "summarise",
    "vocab",
]

__version__ = "0.1.0"
