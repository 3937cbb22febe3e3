"""Readers: award files (xlsx, csv, parquet, or a folder of them) into the tidy frame.

Every row read ends as loaded or rejected with its reason; blank rows are counted
apart. Source files are opened read-only and never written to.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, overload

import pandas as pd

from . import schema, vocab
from .parse import ParseError, Period, parse_count, parse_period
from .vocab import fold, nfc

#: The embedded default dataset (``DVK_DATA`` overrides it).
DEFAULT_DATA = Path(__file__).resolve().parent.parent / "data" / "dvk_awards.xlsx"

READABLE_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".parquet")
_RECORD_SHEETS = {"records", "ban ghi", "du lieu", "data"}
_SOURCE_SHEETS = {"sources", "nguon", "nguon tai lieu"}

#: Columns an input records table may have.
INPUT_COLUMNS: tuple[str, ...] = (
    "record_id",
    *vocab.VOCAB_COLUMNS,
    "count",
    "period",
    "period_start",
    "period_end",
    "period_label",
    "province",
    "issuer",
    "source_id",
    "quote",
    "part_of",
    "note",
)
_TEXT_INPUT = ("record_id", "province", "issuer", "source_id", "quote", "part_of", "note")
_REQUIRED_VOCAB = ("movement", "subject", "action", "level")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the input: where it is, what was found, what was expected."""

    file: str
    sheet: str | None
    row: int | None
    column: str | None
    value: object
    expected: str

    def where(self) -> str:
        """Return "file, sheet 'x', row n, column 'c'" with the parts that are known."""
        parts = [self.file]
        if self.sheet:
            parts.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column '{self.column}'")
        return ", ".join(parts)

    def __str__(self) -> str:
        value = "" if _is_missing(self.value) else f"value {self.value!r}: "
        return f"{self.where()}: {value}expected {self.expected}"


class DataError(ValueError):
    """The input data is wrong; ``problems`` lists every place and reason."""

    def __init__(self, problems: list[Problem], limit: int = 20) -> None:
        self.problems = problems
        lines = [str(p) for p in problems[:limit]]
        if len(problems) > limit:
            lines.append(f"... and {len(problems) - limit} more problems")
        noun = "problem" if len(problems) == 1 else "problems"
        super().__init__(f"{len(problems)} {noun} in the award data:\n  " + "\n  ".join(lines))


@dataclass
class LoadResult:
    """What :func:`load_awards` read when asked to collect problems instead of raising.

    Attributes
    ----------
    frame : DataFrame
        The tidy frame of loaded records.
    rejected : DataFrame
        One row per problem: file, sheet, row, column, value, expected.
    report : DataFrame
        Per file and sheet: rows read, loaded, rejected, and blank rows skipped;
        ``read == loaded + rejected`` on every line.
    """

    frame: pd.DataFrame
    rejected: pd.DataFrame
    report: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)


@dataclass
class _Table:
    file: str
    sheet: str | None
    grid: pd.DataFrame  # raw cells as objects, header row included


# --- reading files -------------------------------------------------------------------


def _is_missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not nfc(value)


def discover(source: str | os.PathLike[str] | None = None) -> list[Path]:
    """Return the files to read: ``source`` itself, or the readable files in a folder.

    With no argument, the embedded dataset (or the file ``DVK_DATA`` names).
    """
    if source is None:
        source = os.environ.get("DVK_DATA") or DEFAULT_DATA
    path = Path(source)
    if not path.exists():
        raise DataError([Problem(str(path), None, None, None, None, "an existing file or folder")])
    if path.is_dir():
        files = sorted(
            p
            for p in path.iterdir()
            if p.suffix.lower() in READABLE_SUFFIXES and not p.name.startswith(("~$", "."))
        )
        if not files:
            raise DataError(
                [Problem(str(path), None, None, None, None, "a folder with .xlsx, .csv or .parquet files")]
            )
        return files
    if path.suffix.lower() not in READABLE_SUFFIXES:
        raise DataError(
            [Problem(str(path), None, None, None, path.suffix, "a file ending in .xlsx, .csv or .parquet")]
        )
    return [path]


def _read_excel(path: Path) -> dict[str, pd.DataFrame]:
    # calamine is fast and never evaluates anything; openpyxl reads what it cannot.
    try:
        return pd.read_excel(path, sheet_name=None, header=None, dtype=object, engine="calamine")
    except Exception:
        try:
            return pd.read_excel(path, sheet_name=None, header=None, dtype=object, engine="openpyxl")
        except Exception as exc:
            raise DataError(
                [Problem(str(path), None, None, None, None, f"a readable Excel workbook ({exc})")]
            ) from None


def _read_tables(path: Path) -> tuple[list[_Table], list[_Table]]:
    """Return (record tables, source tables) of one file."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        sheets = _read_excel(path)
        records = [s for s in sheets if fold(s) in _RECORD_SHEETS] or list(sheets)[:1]
        sources = [s for s in sheets if fold(s) in _SOURCE_SHEETS]
        return (
            [_Table(name, s, sheets[s]) for s in records],
            [_Table(name, s, sheets[s]) for s in sources],
        )
    if suffix == ".csv":
        try:
            grid = pd.read_csv(path, header=None, dtype=object, keep_default_na=False, encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise DataError(
                [Problem(name, None, None, None, None, "a CSV file saved as UTF-8 (Excel: 'CSV UTF-8')")]
            ) from None
        except pd.errors.EmptyDataError:
            raise DataError([Problem(name, None, None, None, None, "a CSV file with a header row")]) from None
        table = _Table(name, None, grid)
    else:
        frame = pd.read_parquet(path)
        header = pd.DataFrame([list(frame.columns)], dtype=object)
        body = frame.astype(object).where(frame.notna(), None)
        body.columns = range(body.shape[1])
        table = _Table(name, None, pd.concat([header, body], ignore_index=True))
    is_sources = fold(path.stem) in _SOURCE_SHEETS
    return ([], [table]) if is_sources else ([table], [])


# --- mapping headers -----------------------------------------------------------------


def _header_row(table: _Table) -> int | None:
    for position in range(len(table.grid)):
        if any(not _is_missing(v) for v in table.grid.iloc[position]):
            return position
    return None


def _map_headers(table: _Table, kind: str, allowed: Iterable[str]) -> tuple[int, dict[int, str]]:
    """Return the header row position and ``{grid column: column name}``."""
    header_at = _header_row(table)
    if header_at is None:
        raise DataError([Problem(table.file, table.sheet, None, None, None, "a header row and data rows")])
    allowed = set(allowed)
    mapping: dict[int, str] = {}
    unknown: list[str] = []
    for position, header in enumerate(table.grid.iloc[header_at]):
        if _is_missing(header):
            continue
        column = vocab.header_to_column(str(header), kind)
        if column is None or column not in allowed:
            unknown.append(str(header))
        elif column in mapping.values():
            raise DataError(
                [
                    Problem(
                        table.file,
                        table.sheet,
                        header_at + 1,
                        str(header),
                        None,
                        f"one column for '{column}', not two",
                    )
                ]
            )
        else:
            mapping[position] = column
    if unknown:
        accepted = ", ".join(sorted(allowed))
        raise DataError(
            [
                Problem(
                    table.file,
                    table.sheet,
                    header_at + 1,
                    ", ".join(unknown),
                    None,
                    f"known column names (found: {', '.join(map(str, table.grid.iloc[header_at].dropna()))}; "
                    f"accepted: {accepted}; Vietnamese names such as 'Cấp' or 'Số lượng' work too)",
                )
            ]
        )
    return header_at, mapping


# --- reading values ------------------------------------------------------------------


def _text(value: object) -> str | None:
    if _is_missing(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.datetime, pd.Timestamp)):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    return nfc(str(value))


def _expected_codes(column: str) -> str:
    shown = ", ".join(f"{t.vi} ({t.code})" for t in vocab.TERMS[column])
    return f"a {column} among: {shown}"


def _vocab_parser(column: str, required: bool) -> Callable[[object], object]:
    def parse(value: object) -> object:
        if _is_missing(value):
            if required:
                raise ParseError(f"a value ({_expected_codes(column)})")
            return None
        code = vocab.to_code(column, str(value))
        if code is None:
            raise ParseError(_expected_codes(column))
        return code

    return parse


def _date(value: object) -> dt.date | None:
    if _is_missing(value):
        return None
    if isinstance(value, (dt.datetime, pd.Timestamp)):
        return value.date()
    if isinstance(value, dt.date):
        return value
    period = parse_period(value)
    if period.kind != "day":
        raise ParseError("a date (dd/mm/yyyy or an Excel date)")
    return period.start


def _map_unique(values: pd.Series, parse: Callable[[object], object]) -> tuple[list[object], dict[int, str]]:
    """Parse each distinct value once; return parsed values and ``{position: reason}``."""
    cache: dict[object, tuple[bool, object]] = {}
    out: list[object] = []
    failures: dict[int, str] = {}
    for position, value in enumerate(values):
        key = None if _is_missing(value) else (type(value).__name__, value)
        if key not in cache:
            try:
                cache[key] = (True, parse(None if key is None else value))
            except ParseError as exc:
                cache[key] = (False, str(exc))
        ok, result = cache[key]
        if ok:
            out.append(result)
        else:
            out.append(None)
            failures[position] = str(result)
    return out, failures


def _parse_records(table: _Table) -> tuple[pd.DataFrame, list[Problem], int]:
    """Parse one records table; return (good rows, problems, blank rows)."""
    header_at, mapping = _map_headers(table, "records", INPUT_COLUMNS)
    present = set(mapping.values())
    missing = [c for c in schema.REQUIRED_INPUT if c not in present]
    if "period" not in present and not {"period_start", "period_end"} <= present:
        missing.append("period (or period_start and period_end)")
    if missing:
        raise DataError(
            [
                Problem(
                    table.file,
                    table.sheet,
                    header_at + 1,
                    None,
                    None,
                    f"the columns {', '.join(missing)} (found: {', '.join(sorted(present))})",
                )
            ]
        )
    body = table.grid.iloc[header_at + 1 :]
    body = body[list(mapping)].set_axis([mapping[c] for c in mapping], axis=1)
    rows = [int(i) + 1 for i in body.index]  # grid position 0 is spreadsheet row 1
    blank = body.map(_is_missing).all(axis=1).to_numpy()
    body = body[~blank]
    rows = [r for r, b in zip(rows, blank, strict=True) if not b]

    parsed: dict[str, list[object]] = {}
    problems: list[Problem] = []

    def run(column: str, parse: Callable[[object], object], source_column: str | None = None) -> None:
        source_column = source_column or column
        values, failures = _map_unique(body[source_column], parse)
        parsed[column] = values
        for position, reason in failures.items():
            problems.append(
                Problem(
                    table.file,
                    table.sheet,
                    rows[position],
                    source_column,
                    body[source_column].iloc[position],
                    reason,
                )
            )

    for column in vocab.VOCAB_COLUMNS:
        if column in present and column not in ("qualifier", "period_kind"):
            run(column, _vocab_parser(column, column in _REQUIRED_VOCAB))
    if "measure" in present:
        parsed["measure"] = [m or "stock" for m in parsed["measure"]]
    else:
        parsed["measure"] = ["stock"] * len(rows)
    for column in _TEXT_INPUT:
        if column in present:
            run(column, _text)

    run("_count", parse_count, "count")
    counts = [c[0] if c else None for c in parsed.pop("_count")]
    count_qualifiers = [c[1] if c else "exact" for c in _as_list(body["count"], parse_count)]
    parsed["count"] = counts
    if "qualifier" in present:
        run("qualifier", _vocab_parser("qualifier", False))
        merged = []
        for position, (given, from_count) in enumerate(
            zip(parsed["qualifier"], count_qualifiers, strict=True)
        ):
            if given and from_count != "exact" and given != from_count:
                problems.append(
                    Problem(
                        table.file,
                        table.sheet,
                        rows[position],
                        "qualifier",
                        body["qualifier"].iloc[position],
                        f"the qualifier the count cell states ({from_count})",
                    )
                )
            merged.append(given or from_count)
        parsed["qualifier"] = merged
    else:
        parsed["qualifier"] = count_qualifiers

    if "period" in present:
        run("_period", parse_period, "period")
        periods: list[Period | None] = parsed.pop("_period")  # type: ignore[assignment]
    else:
        run("_start", _date, "period_start")
        run("_end", _date, "period_end")
        periods = []
        for position, (start, end) in enumerate(zip(parsed.pop("_start"), parsed.pop("_end"), strict=True)):
            if start is None or end is None:
                if position not in {p.row for p in problems}:
                    problems.append(
                        Problem(
                            table.file,
                            table.sheet,
                            rows[position],
                            "period_start",
                            None,
                            "both period_start and period_end",
                        )
                    )
                periods.append(None)
            else:
                periods.append(Period(start, end, "day", f"{start:%d/%m/%Y}-{end:%d/%m/%Y}"))  # type: ignore[arg-type]
    if "period_kind" in present:
        run("period_kind", _vocab_parser("period_kind", False))
    for position, period in enumerate(periods):
        if period is not None and period.end < period.start:
            problems.append(
                Problem(
                    table.file,
                    table.sheet,
                    rows[position],
                    "period_end",
                    period.end,
                    "an end on or after the start",
                )
            )
    parsed["period_start"] = [p.start if p else None for p in periods]
    parsed["period_end"] = [p.end if p else None for p in periods]
    given_kind = parsed.pop("period_kind", [None] * len(periods))
    parsed["period_kind"] = [k or (p.kind if p else None) for k, p in zip(given_kind, periods, strict=True)]
    derived = [p.label if p else None for p in periods]
    if "period_label" in present:  # a label typed by the analyst wins over the derived one
        run("period_label", _text)
        parsed["period_label"] = [g or d for g, d in zip(parsed["period_label"], derived, strict=True)]
    else:
        parsed["period_label"] = derived

    frame = pd.DataFrame(parsed)
    frame["file"] = Path(table.file).name  # stable across machines, unlike the full path
    frame["sheet"] = table.sheet
    frame["row"] = rows
    frame["path"] = table.file
    stem = Path(table.file).stem
    generated = [f"{stem}:{table.sheet}:{r}" if table.sheet else f"{stem}:{r}" for r in rows]
    if "record_id" in frame:
        frame["record_id"] = [given or gen for given, gen in zip(frame["record_id"], generated, strict=True)]
    else:
        frame["record_id"] = generated
    return frame, problems, int(blank.sum())


def _as_list(
    values: pd.Series, parse: Callable[[object], tuple[int | None, str]]
) -> list[tuple[int | None, str] | None]:
    out: list[tuple[int | None, str] | None] = []
    for value in values:
        try:
            out.append(parse(value))
        except ParseError:
            out.append(None)
    return out


def _parse_sources(table: _Table) -> tuple[pd.DataFrame, list[Problem]]:
    header_at, mapping = _map_headers(table, "sources", vocab.SOURCE_COLUMN_LABELS)
    body = table.grid.iloc[header_at + 1 :]
    body = body[list(mapping)].set_axis([mapping[c] for c in mapping], axis=1)
    body = body[~body.map(_is_missing).all(axis=1)]
    problems: list[Problem] = []
    if "source_id" not in body:
        raise DataError([Problem(table.file, table.sheet, header_at + 1, None, None, "a source_id column")])
    out = pd.DataFrame(index=body.index)
    for column in body:
        parse = _date if column in ("published", "event_date") else _text
        values, failures = _map_unique(body[column], parse)
        out[column] = values
        for position, reason in failures.items():
            problems.append(
                Problem(
                    table.file,
                    table.sheet,
                    int(body.index[position]) + 1,
                    column,
                    body[column].iloc[position],
                    reason,
                )
            )
    return out.reset_index(drop=True), problems


# --- the public entry point ----------------------------------------------------------


@overload
def load_awards(
    source: str | os.PathLike[str] | None = None, *, errors: Literal["raise"] = "raise"
) -> pd.DataFrame: ...


@overload
def load_awards(
    source: str | os.PathLike[str] | None = None, *, errors: Literal["collect"]
) -> LoadResult: ...


def load_awards(
    source: str | os.PathLike[str] | None = None, *, errors: Literal["raise", "collect"] = "raise"
) -> pd.DataFrame | LoadResult:
    """Load award data into the tidy frame (one row per reported count).

    Parameters
    ----------
    source : path-like, optional
        An .xlsx, .csv or .parquet file, or a folder of them. An .xlsx is read from
        its ``records`` sheet (else its first sheet) and its ``sources`` sheet; in a
        folder, a file named ``sources.*`` is a sources table. Default: the embedded
        dataset (``data/dvk_awards.xlsx``, or the file ``DVK_DATA`` names).
    errors : {"raise", "collect"}
        "raise" (default): any row that fails validation raises :class:`DataError`
        naming file, sheet, row, column, value and what was expected.
        "collect": return a :class:`LoadResult` with the loaded frame, the rejected
        rows with their reasons and a report whose counts add up.

    Returns
    -------
    DataFrame or LoadResult
        The tidy frame (columns of :data:`dvk_analysis.schema.COLUMNS`).

    Raises
    ------
    DataError
        When a file cannot be read or its header is wrong (in both modes), or when a
        row is rejected (with ``errors="raise"``).

    Examples
    --------
    >>> awards = load_awards()
    >>> int(awards.loc[awards["level"] == "province", "count"].iloc[0])
    76
    """
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors must be 'raise' or 'collect', not {errors!r}")
    files = discover(source)
    frames: list[pd.DataFrame] = []
    sources: list[pd.DataFrame] = []
    problems: list[Problem] = []
    report_rows: list[dict[str, object]] = []
    for path in files:
        record_tables, source_tables = _read_tables(path)
        for table in source_tables:
            found, source_problems = _parse_sources(table)
            sources.append(found)
            problems.extend(source_problems)
        for table in record_tables:
            frame, table_problems, blank = _parse_records(table)
            frames.append(frame)
            problems.extend(table_problems)
            report_rows.append(
                {
                    "path": table.file,
                    "file": Path(table.file).name,
                    "sheet": table.sheet or "",
                    "read": len(frame),
                    "blank": blank,
                }
            )

    records = (
        pd.concat(frames, ignore_index=True)
        if frames
        else pd.DataFrame(columns=["file", "path", "sheet", "row", "record_id", "source_id"])
    )
    problems.extend(_cross_checks(records, sources))
    bad = {(p.file, p.sheet, p.row) for p in problems if p.row is not None}
    keys = list(zip(records["path"], records["sheet"], records["row"], strict=True))
    rejected_mask = pd.Series([k in bad for k in keys], index=records.index, dtype=bool)
    good = records[~rejected_mask]
    good = _join_sources(good, sources)
    tidy = schema.coerce(good) if len(good) else schema.empty_frame()
    schema.validate_frame(tidy)

    if errors == "raise":
        if problems:
            raise DataError(problems)
        return tidy
    report = pd.DataFrame(report_rows, columns=["path", "file", "sheet", "read", "blank"])
    rejected_keys = [
        (p, s or "")
        for p, s in zip(records.loc[rejected_mask, "path"], records.loc[rejected_mask, "sheet"], strict=True)
    ]
    report["rejected"] = [
        rejected_keys.count((f, s)) for f, s in zip(report["path"], report["sheet"], strict=True)
    ]
    report["loaded"] = report["read"] - report["rejected"]
    report = report[["file", "sheet", "read", "loaded", "rejected", "blank"]]
    rejected = pd.DataFrame(
        [(p.file, p.sheet, p.row, p.column, _text(p.value), p.expected) for p in problems],
        columns=["file", "sheet", "row", "column", "value", "expected"],
    )
    return LoadResult(frame=tidy, rejected=rejected, report=report, problems=problems)


def _cross_checks(records: pd.DataFrame, sources: list[pd.DataFrame]) -> list[Problem]:
    """Checks across rows: unique record ids, known totals, known sources."""
    problems: list[Problem] = []
    if records.empty:
        return problems
    seen: dict[str, tuple[str, object]] = {}
    for rid, file, sheet, row in zip(
        records["record_id"], records["path"], records["sheet"], records["row"], strict=True
    ):
        if rid in seen:
            first_file, first_row = seen[rid]
            problems.append(
                Problem(
                    file,
                    sheet,
                    row,
                    "record_id",
                    rid,
                    f"a record_id not used before (already at {first_file}, row {first_row})",
                )
            )
        else:
            seen[rid] = (file, row)
    if "part_of" in records:
        for rid, part_of, file, sheet, row in zip(
            records["record_id"],
            records["part_of"],
            records["path"],
            records["sheet"],
            records["row"],
            strict=True,
        ):
            if _is_missing(part_of):
                continue
            if part_of not in seen:
                problems.append(
                    Problem(file, sheet, row, "part_of", part_of, "the record_id of a total loaded with it")
                )
            elif part_of == rid:
                problems.append(
                    Problem(file, sheet, row, "part_of", part_of, "the record_id of another record")
                )
    known = set().union(*(set(s["source_id"].dropna()) for s in sources)) if sources else set()
    if known:
        for sid, file, sheet, row in zip(
            records["source_id"], records["path"], records["sheet"], records["row"], strict=True
        ):
            if not _is_missing(sid) and sid not in known:
                problems.append(
                    Problem(file, sheet, row, "source_id", sid, "a source_id listed in a sources sheet")
                )
    return problems


def _join_sources(records: pd.DataFrame, sources: list[pd.DataFrame]) -> pd.DataFrame:
    if not sources or records.empty:
        return records
    table = pd.concat(sources, ignore_index=True).drop_duplicates("source_id", keep="first")
    info = table.set_index("source_id")
    out = records.copy()
    for src, dst in (
        ("title", "source_title"),
        ("publisher", "source_publisher"),
        ("published", "source_date"),
        ("url", "source_url"),
    ):
        if src in info:
            out[dst] = out["source_id"].map(info[src])
    return out


def load_sources(source: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Return the sources table(s) of ``source`` (default: the embedded dataset).

    Columns: source_id, title, publisher, published, event_date, url, note.
    """
    frames: list[pd.DataFrame] = []
    problems: list[Problem] = []
    for path in discover(source):
        for table in _read_tables(path)[1]:
            found, found_problems = _parse_sources(table)
            frames.append(found)
            problems.extend(found_problems)
    if problems:
        raise DataError(problems)
    columns = list(vocab.SOURCE_COLUMN_LABELS)
    if not frames:
        return pd.DataFrame(columns=columns)
    out = pd.concat(frames, ignore_index=True).reindex(columns=columns)
    for column in ("published", "event_date"):
        out[column] = pd.to_datetime(out[column])
    return out
