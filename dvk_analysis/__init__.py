"""dvk-analysis: award data of the "Dân vận khéo" emulation movement, tidy and compared.

The public API, re-exported here:

- :func:`load_awards` reads xlsx, csv or parquet files into the tidy frame (office
  spreadsheets as they are: title rows, merged cells, several sheets, totals rows), or
  says exactly what is wrong; :func:`write_template` writes the data-entry template;
- :mod:`dvk_analysis.provinces` maps the 63 provinces of before 2025-07-01 to today's 34;
- :mod:`dvk_analysis.vocab` holds every code with its Vietnamese and English labels;
- :mod:`dvk_analysis.schema` documents the columns of the tidy frame;
- :mod:`dvk_analysis.compare` sums counts without adding parts to totals or mixing kinds
  (:func:`summarise`, :func:`recognition_pyramid`, :func:`counts_by_period`, ...);
- :mod:`dvk_analysis.figures` draws them with plotly (:func:`level_pyramid`, ...).
"""

from __future__ import annotations

from . import compare, figures, provinces, schema, vocab
from .compare import (
    ComparisonError,
    all_levels_tallies,
    collectives_vs_individuals,
    counts_by_movement,
    counts_by_period,
    counts_by_subject,
    current_province,
    label_table,
    provinces_side_by_side,
    pyramid_by_province,
    recognition_pyramid,
    registered_vs_recognised,
    select,
    summarise,
)
from .figures import (
    collectives_individuals,
    level_pyramid,
    movement_comparison,
    period_comparison,
    province_comparison,
    province_pyramid,
    registered_recognised_trend,
    source_line,
    subject_breakdown,
    with_selector,
)
from .load import DEFAULT_DATA, SEED_DATA, DataError, LoadResult, Note, Problem, load_awards, load_sources
from .parse import ParseError, format_count, format_number, parse_count, parse_period
from .template import write_template

__all__ = [
    "DEFAULT_DATA",
    "SEED_DATA",
    "ComparisonError",
    "DataError",
    "LoadResult",
    "Note",
    "ParseError",
    "Problem",
    "all_levels_tallies",
    "collectives_individuals",
    "collectives_vs_individuals",
    "compare",
    "counts_by_movement",
    "counts_by_period",
    "counts_by_subject",
    "current_province",
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
    "province_comparison",
    "province_pyramid",
    "provinces",
    "provinces_side_by_side",
    "pyramid_by_province",
    "recognition_pyramid",
    "registered_recognised_trend",
    "registered_vs_recognised",
    "schema",
    "select",
    "source_line",
    "subject_breakdown",
    "summarise",
    "vocab",
    "with_selector",
    "write_template",
]

__version__ = "0.1.0"
