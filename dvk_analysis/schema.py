"""The tidy award table: one row per reported count.

The column names below are a public contract. Vocabulary columns are pandas
categoricals whose categories are every code of :mod:`dvk_analysis.vocab` (in
vocabulary order), so a frame has the same categories whatever data it holds, and
``level`` is ordered from the grassroots up.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from . import vocab

#: Columns of the tidy frame, in order, with what each holds.
COLUMNS: dict[str, str] = {
    "record_id": "stable id of the record (from the data, or file:sheet:row)",
    "movement": "emulation movement (vocabulary code)",
    "subject": "what is counted: model, exemplar, model_or_exemplar, collective, individual",
    "action": "registered, recognised, praised, rewarded, certificate_of_merit, merit_certificate",
    "tier": "achievement or excellent, or missing",
    "level": "level of recognition, ordered grassroots < commune < district < bloc < province < central",
    "unit_type": "type of unit, or missing",
    "field": "field of work, or missing",
    "count": "non-negative whole number, or missing",
    "qualifier": "exact, at_least ('trên 500'), approx ('khoảng'), at_most",
    "measure": "stock (units, the default), change (against an earlier period), instances ('lượt')",
    "period_start": "first day of the period",
    "period_end": "last day of the period",
    "period_kind": "day, month, quarter, half_year, year, phase",
    "period_label": "the period as people write it ('2021-2023', 'Quý III/2023')",
    "province": "province as reported (before any merger)",
    "province_current": "the province (of the 34 since 2025-07-01) the reported province belongs to today",
    "issuer": "the awarding or reporting body",
    "source_id": "id of the source document (sources sheet)",
    "quote": "the short phrase the number comes from",
    "part_of": "record_id of the total this count is a part of ('trong đó'), or missing",
    "note": "free text",
    "source_title": "title of the source document",
    "source_publisher": "publisher of the source document",
    "source_date": "publication date of the source document",
    "source_url": "address of the source document, if public",
    "file": "file the record was read from",
    "sheet": "sheet the record was read from (empty for CSV and Parquet)",
    "row": "row number in that file or sheet, as the spreadsheet program shows it",
}

#: Columns of a records sheet as the project writes one (the seed workbook, the data-entry
#: template, the extractor's draft): the input layout, one period column.
WORKBOOK_COLUMNS: tuple[str, ...] = (
    "record_id",
    "movement",
    "subject",
    "action",
    "tier",
    "level",
    "unit_type",
    "field",
    "count",
    "qualifier",
    "measure",
    "period",
    "province",
    "issuer",
    "source_id",
    "quote",
    "part_of",
    "note",
)

#: Columns an input table must have (a period may be one ``period`` column or
#: ``period_start`` and ``period_end``).
REQUIRED_INPUT: tuple[str, ...] = ("movement", "subject", "action", "level", "count", "source_id")

TEXT_COLUMNS: tuple[str, ...] = (
    "record_id",
    "period_label",
    "province",
    "province_current",
    "issuer",
    "source_id",
    "quote",
    "part_of",
    "note",
    "source_title",
    "source_publisher",
    "source_url",
)
#: Where a record was read from: one value for a whole file or sheet, so categorical (a
#: 5M-row file keeps one copy of its name, not five million). Categories are sorted.
PROVENANCE_COLUMNS: tuple[str, ...] = ("file", "sheet")
DATE_COLUMNS: tuple[str, ...] = ("period_start", "period_end", "source_date")
CATEGORY_COLUMNS: tuple[str, ...] = vocab.VOCAB_COLUMNS


def category_dtype(column: str) -> pd.CategoricalDtype:
    """Return the categorical dtype of a vocabulary column (every code, in order)."""
    return pd.CategoricalDtype(vocab.codes(column), ordered=column in vocab.ORDERED_COLUMNS)


def dtypes() -> dict[str, object]:
    """Return ``{column: dtype}`` for the tidy frame."""
    out: dict[str, object] = {}
    for column in COLUMNS:
        if column in CATEGORY_COLUMNS:
            out[column] = category_dtype(column)
        elif column in DATE_COLUMNS:
            out[column] = "datetime64[ns]"
        elif column in ("count", "row"):
            out[column] = "Int64"
        elif column in PROVENANCE_COLUMNS:
            out[column] = "category"
        else:
            out[column] = "str"
    return out


def provenance(values: pd.Series) -> pd.Categorical:
    """Return ``values`` (file or sheet names) as a categorical of sorted text categories.

    The general loader types ``file`` and ``sheet`` with it (through :func:`coerce`); the fast
    path builds the same sorted categories from its codes, so the two frames compare equal.
    """
    text = values.astype("str")
    categories = pd.Index(sorted(set(text.dropna())), dtype="str")
    return pd.Categorical(text, categories=categories)


def empty_frame() -> pd.DataFrame:
    """Return a tidy frame with no rows and every column typed."""
    return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in dtypes().items()})


def coerce(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with the tidy columns, in order, cast to their dtypes.

    Values must already be valid codes (the loader checks them first: casting an
    unknown value to a categorical would silently give a missing value).
    """
    out = pd.DataFrame(index=frame.index)
    for column, dtype in dtypes().items():
        series = frame[column] if column in frame else pd.Series(pd.NA, index=frame.index, dtype="object")
        if column in DATE_COLUMNS:
            out[column] = pd.to_datetime(series).astype(dtype)
        elif column in PROVENANCE_COLUMNS:
            out[column] = provenance(series)
        else:
            out[column] = series.astype(dtype)  # type: ignore[call-overload]
    return out.reset_index(drop=True)


def _vocab_check(column: str, nullable: bool) -> pa.Column:
    return pa.Column(category_dtype(column), nullable=nullable)


#: The pandera schema of the tidy frame; :func:`validate_frame` applies it.
AWARD_SCHEMA = pa.DataFrameSchema(
    {
        "record_id": pa.Column(str, unique=True),
        "movement": _vocab_check("movement", False),
        "subject": _vocab_check("subject", False),
        "action": _vocab_check("action", False),
        "tier": _vocab_check("tier", True),
        "level": _vocab_check("level", False),
        "unit_type": _vocab_check("unit_type", True),
        "field": _vocab_check("field", True),
        "count": pa.Column("Int64", pa.Check.ge(0), nullable=True),
        "qualifier": _vocab_check("qualifier", False),
        "measure": _vocab_check("measure", False),
        "period_start": pa.Column("datetime64[ns]"),
        "period_end": pa.Column("datetime64[ns]"),
        "period_kind": _vocab_check("period_kind", False),
        "period_label": pa.Column(str),
        "source_id": pa.Column(str),
    },
    checks=[
        pa.Check(lambda df: df["period_end"] >= df["period_start"], error="period ends before it starts")
    ],
    strict=False,
    ordered=False,
)


def validate_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Check a tidy frame against :data:`AWARD_SCHEMA`; return it unchanged.

    Raises
    ------
    pandera.errors.SchemaErrors
        Listing every failing column and value.
    """
    return AWARD_SCHEMA.validate(frame, lazy=True)
