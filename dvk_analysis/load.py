"""Readers: award files (xlsx, csv, parquet, or a folder of them) into the tidy frame.

Real files are report tables typed by offices: title rows above the header, merged
cells, several sheets, totals rows, signature lines below. The loader takes them as
they are, or says exactly what is wrong, and loses nothing: every row under a header
ends as exactly one of

- ``loaded``: a record of the tidy frame;
- ``rejected``: with the reason (file, sheet, row, column, value, what was expected);
- ``total``: a totals row ("Tổng cộng", "Cộng"), checked against the sum of its parts;
- ``duplicate``: the same record already read from another file or row (loaded once).

Blank rows, and rows that hold only a heading or a note with no count, are skipped and
counted apart. Files are checked before parsing (:mod:`dvk_analysis.safety`) and opened
read-only; nothing is ever written to them.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import io
import math
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, overload

import pandas as pd

from . import messages, provinces, safety, schema, vocab
from .parse import (
    ParseError,
    Period,
    excel_date,
    is_excel_serial,
    parse_count,
    parse_period,
    period_from_dates,
)
from .vocab import Lang, fold, nfc

#: The embedded default dataset: every workbook in data/ (``DVK_DATA`` overrides it).
DEFAULT_DATA = Path(__file__).resolve().parent.parent / "data"
#: The seed: the count statements of the first source document (data/README.md).
SEED_DATA = DEFAULT_DATA / "dvk_awards.xlsx"

READABLE_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".parquet")
#: Excel readers, in the order they are tried.
ENGINES = ("calamine", "openpyxl")
Engine = Literal["calamine", "openpyxl"]

_SOURCE_SHEETS = {"sources", "nguon", "nguon tai lieu"}
# Sheets that explain or feed a workbook (the entry template has both) and hold no records.
_HELPER_SHEETS = {"huong dan", "instructions", "danh muc", "lists", "readme", "doc", "gioi thieu"}
# Headers of row-number columns: read past, never loaded.
_IGNORED_HEADERS = {"stt", "tt", "so tt", "so thu tu", "no", "n0", "#"}
_HEADER_SCAN_ROWS = 30

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
    "name",
)
_TEXT_INPUT = ("record_id", "issuer", "source_id", "quote", "part_of", "note", "name")
# Free text: never read as a totals marker ("tổng số 2.071 mô hình" in a quote is not a total).
_FREE_TEXT = {"record_id", "issuer", "source_id", "quote", "part_of", "note", "period_label", "name"}
_REQUIRED_VOCAB = ("movement", "subject", "action", "level")

# Totals rows, after fold(): a cell that is one of these (or starts with "tong cong ").
# Rank 2 closes everything above it; rank 1 ("Cộng") closes the rows since the last total.
_TOTAL_MARKERS = {
    "tong cong": 2,
    "tong so": 2,
    "tong": 2,
    "total": 2,
    "grand total": 2,
    "cong": 1,
    "cong nhom": 1,
    "subtotal": 1,
    "sub total": 1,
}

Outcome = Literal["loaded", "rejected", "total", "duplicate"]
OUTCOMES: tuple[str, ...] = ("loaded", "rejected", "total", "duplicate")


# --- problems and notes ----------------------------------------------------------------


def _is_missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not nfc(value)


def _shown(value: object) -> str:
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the input: where it is, what was found, what was expected.

    Attributes
    ----------
    file : str
        Path of the file.
    sheet : str or None
        Sheet name (None for CSV and Parquet).
    row : int or None
        Row number as the spreadsheet program shows it.
    column : str or None
        The column's header as written in the file.
    value : object
        The cell's value as read.
    expected : str
        What was expected, in English (:meth:`message` gives Vietnamese too).
    key : str
        Key of the message in :data:`dvk_analysis.messages.MESSAGES` ("" if none).
    params : dict
        Parameters of that message.
    field : str or None
        The tidy column the cell was read into.
    """

    file: str
    sheet: str | None
    row: int | None
    column: str | None
    value: object
    expected: str
    key: str = ""
    params: Mapping[str, object] = field(default_factory=dict, compare=False, hash=False, repr=False)
    field: str | None = None

    def __post_init__(self) -> None:
        # Plain Python values only: a numpy integer or a formula marker reads badly.
        value = self.value
        if hasattr(value, "item") and not isinstance(value, (str, bytes)):
            with contextlib.suppress(TypeError, ValueError):
                value = value.item()  # type: ignore[attr-defined]
        if isinstance(value, _Uncached):
            value = value.formula
        row = self.row if self.row is None or isinstance(self.row, int) else int(self.row)  # type: ignore[call-overload]
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "row", row)

    def where(self, lang: Lang = "en") -> str:
        """Return "file, sheet 'x', row n, column 'c'" with the parts that are known."""
        return messages.place(self.file, self.sheet, self.row, self.column, lang)

    def expectation(self, lang: Lang = "vi") -> str:
        """Return what was expected, in ``lang`` ("vi" or "en")."""
        if self.key and self.key in messages.MESSAGES:
            return messages.render(self.key, self.params, lang)
        return self.expected

    def message(self, lang: Lang = "vi") -> str:
        """Return the whole problem as a sentence in ``lang`` ("vi" or "en").

        >>> p = Problem("a.xlsx", "2023", 7, "Cấp", "tỉnh thành", "", "vocab", {"column": "level"})
        >>> print(p.message("en")[:79])
        a.xlsx, sheet '2023', row 7, column 'Cấp': value 'tỉnh thành': expected a level
        >>> print(p.message("vi")[:81])
        a.xlsx, trang tính '2023', dòng 7, cột 'Cấp': giá trị 'tỉnh thành': cần cấp trong
        """
        value = "" if _is_missing(self.value) else messages.value_words(_shown(self.value), lang) + ": "
        return f"{self.where(lang)}: {value}{messages.expected_words(self.expectation(lang), lang)}"

    def __str__(self) -> str:
        return self.message("en")


def _problem(
    file: str,
    sheet: str | None,
    row: int | None,
    column: str | None,
    value: object,
    key: str,
    field: str | None = None,
    **params: object,
) -> Problem:
    return Problem(file, sheet, row, column, value, messages.render(key, params, "en"), key, params, field)


@dataclass(frozen=True)
class Note:
    """Something the loader did that the analyst should know (a sheet skipped, a default used)."""

    file: str
    sheet: str | None
    key: str
    params: Mapping[str, object] = field(default_factory=dict, compare=False, hash=False)

    def message(self, lang: Lang = "vi") -> str:
        """Return the note in ``lang`` ("vi" or "en")."""
        return messages.render(self.key, self.params, lang, table="notes")


class DataError(ValueError):
    """The input data is wrong; ``problems`` lists every place and reason."""

    def __init__(self, problems: list[Problem], limit: int = 20) -> None:
        self.problems = problems
        self.limit = limit
        super().__init__(self.message("en"))

    def message(self, lang: Lang = "vi") -> str:
        """Return every problem (up to the limit) in ``lang``."""
        problems, limit = self.problems, self.limit
        lines = [p.message(lang) for p in problems[:limit]]
        if lang == "vi":
            if len(problems) > limit:
                lines.append(f"... và {len(problems) - limit} lỗi khác")
            head = f"{len(problems)} lỗi trong số liệu khen thưởng:"
        else:
            if len(problems) > limit:
                lines.append(f"... and {len(problems) - limit} more problems")
            noun = "problem" if len(problems) == 1 else "problems"
            head = f"{len(problems)} {noun} in the award data:"
        return head + "\n  " + "\n  ".join(lines)


@dataclass
class LoadResult:
    """What :func:`load_awards` read when asked to collect problems instead of raising.

    Attributes
    ----------
    frame : DataFrame
        The tidy frame of loaded records.
    rejected : DataFrame
        One row per problem: file, sheet, row, column, value, expected, key.
    report : DataFrame
        One line per file and sheet: ``read`` rows under the header, and how they
        ended: ``loaded``, ``rejected``, ``total``, ``duplicate`` (these four add up to
        ``read``); ``blank`` and ``skipped`` (heading or note rows with no count) rows
        apart; and a ``note``.
    problems : list of Problem
        Every problem, in the order found.
    notes : list of Note
        What the loader did that the analyst should know.
    rows : DataFrame
        Every row read: file, sheet, row, outcome, record_id, same_as (for duplicates).
    totals : DataFrame
        Every totals row: file, sheet, row, count, parts_sum, first, last, status.
    """

    frame: pd.DataFrame
    rejected: pd.DataFrame
    report: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    rows: pd.DataFrame = field(default_factory=pd.DataFrame)
    totals: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def duplicates(self) -> pd.DataFrame:
        """The rows that repeat a record read before, with where it was first read."""
        if self.rows.empty:
            return self.rows
        return self.rows[self.rows["outcome"] == "duplicate"].reset_index(drop=True)

    def summary(self, lang: Lang = "vi") -> pd.DataFrame:
        """Return the report with its notes in ``lang``."""
        out = self.report.copy()
        by_place: dict[tuple[str, str], list[str]] = {}
        for note in self.notes:
            by_place.setdefault((Path(note.file).name, note.sheet or ""), []).append(note.message(lang))
        out["note"] = [
            "; ".join(by_place.get((f, s), [])) for f, s in zip(out["file"], out["sheet"], strict=True)
        ]
        return out


# --- reading files -----------------------------------------------------------------------


@dataclass
class _Sheet:
    file: str
    name: str | None
    rows: list[list[object]]
    state: str = "visible"  # visible, hidden, chart


class _FileProblem(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def discover(source: str | os.PathLike[str] | None = None) -> list[Path]:
    """Return the files to read: ``source`` itself, or the readable files in a folder.

    With no argument, the embedded dataset (or the file ``DVK_DATA`` names).
    """
    if source is None:
        source = os.environ.get("DVK_DATA") or DEFAULT_DATA
    path = Path(source)
    if not path.exists():
        raise DataError([_problem(str(path), None, None, None, None, "file_missing")])
    if path.is_dir():
        files = sorted(
            p
            for p in path.iterdir()
            if p.is_file() and p.suffix.lower() in READABLE_SUFFIXES and not p.name.startswith(("~$", "."))
        )
        if not files:
            raise DataError([_problem(str(path), None, None, None, None, "folder_empty")])
        return files
    if path.suffix.lower() not in READABLE_SUFFIXES:
        raise DataError([_problem(str(path), None, None, None, path.suffix, "suffix", suffix=path.suffix)])
    return [path]


def _cell(value: object) -> object:
    """One cell as both Excel readers and CSV/Parquet give the same Python value."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        with contextlib.suppress(TypeError, ValueError):
            value = value.item()  # type: ignore[attr-defined]
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, int):
        return value
    if isinstance(value, dt.datetime):
        if value.tzinfo is None and value.time() == dt.time(0):
            return value.date()
        return value.replace(tzinfo=None)
    if isinstance(value, (dt.date, dt.time)):
        return value
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value)


def _fill_merged(rows: list[list[object]], ranges: Iterable[tuple[int, int, int, int]]) -> None:
    """Give every cell of a merged range the value of its top-left cell."""
    for r0, c0, r1, c1 in ranges:
        if r0 >= len(rows):
            continue
        anchor = rows[r0][c0] if c0 < len(rows[r0]) else None
        for r in range(r0, r1 + 1):
            while r >= len(rows):
                rows.append([])
            row = rows[r]
            if len(row) <= c1:
                row.extend([None] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                row[c] = anchor


def _read_calamine(path: Path) -> list[_Sheet]:
    import python_calamine as pc

    workbook = pc.CalamineWorkbook.from_path(str(path))
    sheets: list[_Sheet] = []
    try:
        for meta in workbook.sheets_metadata:
            typ = str(meta.typ).rsplit(".", 1)[-1].lower()
            visible = str(meta.visible).rsplit(".", 1)[-1].lower() == "visible"
            if typ != "worksheet":
                sheets.append(_Sheet(str(path), meta.name, [], "chart"))
                continue
            sheet = workbook.get_sheet_by_name(meta.name)
            rows = [[_cell(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
            merged = sheet.merged_cell_ranges or []
            _fill_merged(rows, [(a[0], a[1], b[0], b[1]) for a, b in merged])
            sheets.append(_Sheet(str(path), meta.name, rows, "visible" if visible else "hidden"))
    finally:
        workbook.close()
    return sheets


def _read_openpyxl(path: Path) -> list[_Sheet]:
    safety.harden_openpyxl()
    import openpyxl

    # data_only: cached values of formulas; keep_vba=False: macros are not even loaded.
    workbook = openpyxl.load_workbook(path, read_only=False, data_only=True, keep_vba=False, keep_links=False)
    sheets: list[_Sheet] = []
    try:
        for sheet in workbook._sheets:  # worksheets and chart sheets, in workbook order
            if not hasattr(sheet, "iter_rows"):
                sheets.append(_Sheet(str(path), sheet.title, [], "chart"))
                continue
            rows = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            merged = [
                (m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1)
                for m in sheet.merged_cells.ranges
            ]
            _fill_merged(rows, merged)
            state = "visible" if sheet.sheet_state == "visible" else "hidden"
            sheets.append(_Sheet(str(path), sheet.title, rows, state))
    finally:
        workbook.close()
    return sheets


def _read_excel(path: Path, engine: Engine | None) -> tuple[list[_Sheet], list[Note]]:
    name = str(path)
    try:
        info = safety.check_workbook(path)
    except safety.FileRefused as refused:
        raise _FileProblem(_problem(name, None, None, None, None, refused.key, **refused.params)) from None
    readers = {"calamine": _read_calamine, "openpyxl": _read_openpyxl}
    order = [engine] if engine else list(ENGINES)
    first_error: Exception | None = None
    sheets: list[_Sheet] | None = None
    for which in order:
        try:
            sheets = readers[which](path)
            break
        except Exception as exc:  # a reader failing on a damaged file; try the next one
            first_error = first_error or exc
    if sheets is None:
        detail = safety._short(first_error) if first_error else "unreadable"
        raise _FileProblem(_problem(name, None, None, None, None, "corrupt", detail=detail))
    notes = [Note(name, None, "macros")] if info.has_macros else []
    for sheet in sheets:
        special: dict[tuple[int, int], object] = {}
        special.update(info.errors.get(sheet.name or "", {}))
        special.update({k: _Uncached(v) for k, v in info.uncached.get(sheet.name or "", {}).items()})
        for (r, c), value in special.items():
            while r >= len(sheet.rows):
                sheet.rows.append([])
            row = sheet.rows[r]
            if len(row) <= c:
                row.extend([None] * (c + 1 - len(row)))
            row[c] = value
    if not any(any(v is not None for v in row) for s in sheets for row in s.rows):
        raise _FileProblem(_problem(name, None, None, None, None, "workbook_empty"))
    return sheets, notes


@dataclass(frozen=True)
class _Uncached:
    """A formula cell whose result was never saved (a reader sees it as empty)."""

    formula: str

    def __str__(self) -> str:
        return self.formula


def _read_csv(path: Path) -> _Sheet:
    name = str(path)
    raw = path.read_bytes()
    if not raw:
        raise _FileProblem(_problem(name, None, None, None, None, "file_empty"))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _FileProblem(
            _problem(name, None, None, None, None, "csv_encoding", detail="UTF-16 (Excel's 'Unicode Text')")
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        detail = (
            f"byte 0x{raw[exc.start]:02X} on line {line} is not UTF-8; the file is probably in "
            "Windows-1258, TCVN3 (ABC) or VNI"
        )
        raise _FileProblem(_problem(name, None, line, None, None, "csv_encoding", detail=detail)) from None
    if not text.strip():
        raise _FileProblem(_problem(name, None, None, None, None, "csv_empty"))
    first = next(line for line in text.splitlines() if line.strip())
    delimiter = max((",", ";", "\t"), key=first.count)  # Excel in a comma-decimal locale writes ";"
    try:
        rows = [
            [_cell(v) for v in row] for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ]
    except csv.Error as exc:
        raise _FileProblem(_problem(name, None, None, None, None, "corrupt", detail=str(exc))) from None
    return _Sheet(name, None, rows)


def _read_parquet(path: Path) -> _Sheet:
    name = str(path)
    if path.stat().st_size == 0:
        raise _FileProblem(_problem(name, None, None, None, None, "file_empty"))
    try:
        frame = pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises several kinds for a damaged file
        raise _FileProblem(
            _problem(name, None, None, None, None, "parquet_unreadable", detail=safety._short(exc))
        ) from None
    rows = [[_cell(c) for c in frame.columns]]
    for record in frame.astype(object).itertuples(index=False, name=None):
        rows.append([_cell(v) for v in record])
    return _Sheet(name, None, rows)


def _read_file(path: Path, engine: Engine | None) -> tuple[list[_Sheet], list[Note]]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_excel(path, engine)
    if suffix == ".csv":
        return [_read_csv(path)], []
    return [_read_parquet(path)], []


# --- headers ---------------------------------------------------------------------------

_IGNORE = "__ignore__"


def _strip_brackets(text: str) -> str:
    out, depth = [], 0
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        elif not depth:
            out.append(ch)
    return "".join(out)


def _fold_user_columns(columns: Mapping[str, str | None] | None) -> dict[str, str]:
    """Check a user column mapping and key it by folded header."""
    out: dict[str, str] = {}
    for header, target in (columns or {}).items():
        if target is not None and target not in INPUT_COLUMNS:
            raise ValueError(
                f"columns={{{header!r}: {target!r}}}: {target!r} is not a column; "
                f"use one of {', '.join(INPUT_COLUMNS)} or None to ignore the column"
            )
        out[fold(str(header))] = target or _IGNORE
    return out


def _header_target(value: object, user: Mapping[str, str], letter: str, kind: str = "records") -> str | None:
    """Return the column a header names, _IGNORE, or None if unknown."""
    if not isinstance(value, str):
        value = str(value)
    for key in (fold(value), fold(_strip_brackets(value)), letter.lower()):
        if key in user:
            return user[key]
    if kind == "records":
        allowed: Iterable[str] = INPUT_COLUMNS
    else:
        allowed = vocab.SOURCE_COLUMN_LABELS
    for text in (value, _strip_brackets(value)):
        if fold(text) in _IGNORED_HEADERS:
            return _IGNORE
        column = vocab.header_to_column(text, kind)
        if column is not None and column in allowed:
            return column
    return None


@dataclass
class _Header:
    row: int  # 0-based
    targets: dict[int, str]  # grid column -> input column
    ignored: set[int]
    unknown: dict[int, str]
    labels: dict[int, str]  # grid column -> header as written


def _find_header(rows: list[list[object]], user: Mapping[str, str], kind: str = "records") -> _Header | None:
    best: _Header | None = None
    best_known = 0
    for r, row in enumerate(rows[:_HEADER_SCAN_ROWS]):
        targets: dict[int, str] = {}
        ignored: set[int] = set()
        unknown: dict[int, str] = {}
        labels: dict[int, str] = {}
        seen_values: set[str] = set()
        for c, value in enumerate(row):
            if value is None:
                continue
            label = nfc(str(value))
            labels[c] = label
            # A merged header cell repeats its text over every column it covers: read it once.
            if label in seen_values and c - 1 in labels and labels[c - 1] == label:
                ignored.add(c)
                continue
            seen_values.add(label)
            target = _header_target(value, user, safety.column_letter(c), kind)
            if target == _IGNORE:
                ignored.add(c)
            elif target is None:
                unknown[c] = label
            else:
                targets[c] = target
        known = len(set(targets.values()))
        if known > best_known:
            best, best_known = _Header(r, targets, ignored, unknown, labels), known
    if best is not None:
        # Columns the user named by their letter ({"H": None}): those whose header is empty.
        written = {fold(v) for v in best.labels.values()} | {
            fold(_strip_brackets(v)) for v in best.labels.values()
        }
        for key, target in user.items():
            if key.isalpha() and len(key) <= 3 and key not in written:
                c = safety.column_index(key.upper())
                if c in best.labels:
                    continue
                best.labels[c] = key.upper()
                if target == _IGNORE:
                    best.ignored.add(c)
                else:
                    best.targets[c] = target
    return best


# --- values ------------------------------------------------------------------------------


def _text(value: object) -> str | None:
    if _is_missing(value):
        return None
    if isinstance(value, _Uncached):
        raise ParseError("formula_uncached", formula=value.formula)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time(0) else value
    if isinstance(value, dt.date):
        return value.isoformat()
    return nfc(str(value))


def _vocab_parser(column: str, required: bool) -> Callable[[object], object]:
    def parse(value: object) -> object:
        if isinstance(value, _Uncached):
            raise ParseError("formula_uncached", formula=value.formula)
        if _is_missing(value):
            if required:
                raise ParseError("vocab_required", column=column)
            return None
        code = vocab.to_code(column, str(value))
        if code is None:
            raise ParseError("vocab", column=column)
        return code

    return parse


def _count(value: object) -> tuple[int | None, str]:
    if isinstance(value, _Uncached):
        raise ParseError("formula_uncached", formula=value.formula)
    if isinstance(value, (dt.date, dt.time)):
        raise ParseError("count_text")
    return parse_count(value)


def _period(value: object) -> Period | None:
    if isinstance(value, _Uncached):
        raise ParseError("formula_uncached", formula=value.formula)
    if _is_missing(value):
        raise ParseError("period")
    return parse_period(value)


def _date(value: object) -> dt.date | None:
    if _is_missing(value):
        return None
    if isinstance(value, _Uncached):
        raise ParseError("formula_uncached", formula=value.formula)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if is_excel_serial(value):
        return excel_date(value)  # type: ignore[arg-type]
    period = parse_period(value)
    if period.kind != "day":
        raise ParseError("date")
    return period.start


def _province(value: object) -> tuple[str, str] | None:
    if isinstance(value, _Uncached):
        raise ParseError("formula_uncached", formula=value.formula)
    if _is_missing(value):
        return None
    found = provinces.match_province(str(value))
    if found is None:
        raise ParseError("province")
    return found[0], found[1].current


def _map_unique(
    values: Sequence[object], parse: Callable[[object], object]
) -> tuple[list[object], dict[int, ParseError]]:
    """Parse each distinct value once; return parsed values and ``{position: error}``."""
    cache: dict[object, tuple[bool, object]] = {}
    out: list[object] = []
    failures: dict[int, ParseError] = {}
    for position, value in enumerate(values):
        key = None if _is_missing(value) else (type(value).__name__, value)
        if key not in cache:
            try:
                cache[key] = (True, parse(None if key is None else value))
            except ParseError as exc:
                cache[key] = (False, exc)
        ok, result = cache[key]
        if ok:
            out.append(result)
        else:
            out.append(None)
            failures[position] = result  # type: ignore[assignment]
    return out, failures


@functools.lru_cache(maxsize=65536)
def _marker_rank(text: str) -> int:
    key = fold(text)
    return _TOTAL_MARKERS.get(key, 2 if key.startswith("tong cong ") else 0)


def _total_rank(cells: Iterable[object]) -> int:
    """2 for a grand total row ("Tổng cộng"), 1 for a subtotal ("Cộng"), 0 otherwise."""
    return max((_marker_rank(v) for v in cells if isinstance(v, str)), default=0)


# --- one records table ---------------------------------------------------------------------


@dataclass
class _TableResult:
    file: str
    sheet: str | None
    frame: pd.DataFrame  # parsed rows (data rows only), with _row, _bad
    outcomes: dict[int, str]  # spreadsheet row -> outcome (data rows get theirs later)
    problems: list[Problem]
    notes: list[Note]
    blank: int
    skipped: int
    totals: list[dict[str, object]]


def _parse_records(
    sheet: _Sheet,
    header: _Header,
    user: Mapping[str, str],
    defaults: Mapping[str, object],
) -> _TableResult:
    file, name = sheet.file, sheet.name
    problems: list[Problem] = []
    notes: list[Note] = []
    rows = sheet.rows

    # Columns: every header known, no column twice, no values under an empty header.
    if header.unknown:
        accepted = [
            f"{vocab.column_label(c, 'vi')} ({c})" if c in vocab.COLUMN_LABELS else c for c in INPUT_COLUMNS
        ]
        found = [header.labels[c] for c in sorted(header.labels)]
        raise _FileProblem(
            _problem(
                file,
                name,
                header.row + 1,
                ", ".join(header.unknown[c] for c in sorted(header.unknown)),
                None,
                "unknown_columns",
                found=found,
                accepted=accepted,
            )
        )
    by_target: dict[str, int] = {}
    for c in sorted(header.targets):
        target = header.targets[c]
        if target in by_target:
            raise _FileProblem(
                _problem(
                    file,
                    name,
                    header.row + 1,
                    header.labels[c],
                    None,
                    "duplicate_column",
                    target=target,
                    other=header.labels[by_target[target]],
                )
            )
        by_target[target] = c
    present = set(by_target) | {c for c in defaults if c in INPUT_COLUMNS}
    # Record-level input (a name and no count column): one row per model, collective or person.
    record_level = "name" in present and "count" not in present
    required = ("movement", "subject", "action", "level") + (() if record_level else ("count",))
    missing = [c for c in required if c not in present]
    period_from_sheet: Period | None = None
    if "period" not in present and not {"period_start", "period_end"} <= present:
        try:
            period_from_sheet = parse_period(name) if name else None
        except ParseError:
            period_from_sheet = None
        if period_from_sheet is None:
            missing.append("period (or period_start and period_end)")
        else:
            notes.append(Note(file, name, "period_from_sheet", {"value": name}))
    if missing:
        found = [f"{header.labels[c]} ({t})" for c, t in sorted(header.targets.items())]
        raise _FileProblem(
            _problem(file, name, header.row + 1, None, None, "missing_columns", missing=missing, found=found)
        )
    for column, value in defaults.items():
        if column not in by_target:
            notes.append(Note(file, name, "default", {"column": column, "value": value}))
    if "source_id" not in present:
        notes.append(Note(file, name, "source_default", {"value": Path(file).name}))
    if header.row:
        notes.append(Note(file, name, "header_row", {"row": header.row + 1, "n": header.row}))

    # Rows: blank, totals, headings/notes with no count, data.
    width = max((len(r) for r in rows), default=0)
    count_col = by_target.get("count")
    # A row is a record when it has a count, or, record-level, a name.
    record_col = by_target.get("name") if record_level else count_col
    body: list[tuple[int, list[object]]] = []
    blank = 0
    kinds: list[tuple[int, str, int]] = []  # (spreadsheet row, kind, total rank)
    for r in range(header.row + 1, len(rows)):
        cells = rows[r] + [None] * (width - len(rows[r]))
        if all(v is None for v in cells):
            blank += 1
            continue
        marker_cells = [v for c, v in enumerate(cells) if header.targets.get(c) not in _FREE_TEXT]
        rank = _total_rank(marker_cells)
        body.append((r + 1, cells))
        if rank:
            kinds.append((r + 1, "total", rank))
            continue
        has_count = record_col is not None and cells[record_col] is not None
        filled = sum(v is not None for v in cells)
        kinds.append((r + 1, "data" if has_count or filled > 1 else "heading", 0))
    # Rows below the last count or total with no count are notes and signatures.
    last = max(
        (
            i
            for i, (r, k, _) in enumerate(kinds)
            if k == "total" or (record_col is not None and body[i][1][record_col] is not None)
        ),
        default=-1,
    )
    footer: list[int] = []
    skipped_rows: list[int] = []
    for i in range(last + 1, len(kinds)):
        r, k, rank = kinds[i]
        if k != "total":
            footer.append(r)
            kinds[i] = (r, "footer", 0)
    for r, k, _ in kinds:
        if k == "heading":
            skipped_rows.append(r)
    if footer:
        notes.append(Note(file, name, "footer", {"n": len(footer), "first": footer[0], "last": footer[-1]}))

    data_rows = [(r, cells) for (r, cells), (_, k, _) in zip(body, kinds, strict=True) if k == "data"]
    # Values under a column with no header would be lost: refuse them.
    for c in range(width):
        if c in header.targets or c in header.ignored:
            continue
        sample = next((cells[c] for _, cells in data_rows if cells[c] is not None), None)
        if sample is not None:
            letter = safety.column_letter(c)
            raise _FileProblem(
                _problem(
                    file, name, header.row + 1, letter, None, "unnamed_column", letter=letter, sample=sample
                )
            )

    positions = [r for r, _ in data_rows]
    n = len(positions)

    def column_values(target: str) -> list[object]:
        c = by_target.get(target)
        if c is None:
            return [defaults.get(target)] * n
        return [cells[c] for _, cells in data_rows]

    def label(target: str) -> str:
        c = by_target.get(target)
        return header.labels[c] if c is not None else target

    parsed: dict[str, list[object]] = {}

    def run(target: str, parse: Callable[[object], object], into: str | None = None) -> list[object]:
        values = column_values(target)
        out, failures = _map_unique(values, parse)
        for position, error in failures.items():
            problems.append(
                Problem(
                    file,
                    name,
                    positions[position],
                    label(target),
                    values[position],
                    str(error),
                    error.key,
                    error.params,
                    target,
                )
            )
        parsed[into or target] = out
        return out

    for column in vocab.VOCAB_COLUMNS:
        if column in present and column not in ("qualifier", "period_kind"):
            run(column, _vocab_parser(column, column in _REQUIRED_VOCAB))
    parsed["measure"] = [m or "stock" for m in parsed.get("measure", [None] * n)]
    for column in _TEXT_INPUT:
        if column in present:
            run(column, _text)
    counts = run("count", _count, "_count") if not record_level else [(1, "exact")] * n
    parsed["count"] = [c[0] if c else None for c in counts]
    from_count = [c[1] if c else "exact" for c in counts]
    if "qualifier" in present:
        given = run("qualifier", _vocab_parser("qualifier", False))
        merged = []
        for position, (stated, counted) in enumerate(zip(given, from_count, strict=True)):
            if stated and counted != "exact" and stated != counted:
                problems.append(
                    _problem(
                        file,
                        name,
                        positions[position],
                        label("qualifier"),
                        column_values("qualifier")[position],
                        "qualifier_conflict",
                        "qualifier",
                        stated=counted,
                    )
                )
            merged.append(stated or counted)
        parsed["qualifier"] = merged
    else:
        parsed["qualifier"] = from_count

    periods: list[Period | None]
    if "period" in present:
        periods = run("period", _period, "_period")  # type: ignore[assignment]
    elif {"period_start", "period_end"} <= present:
        starts = run("period_start", _date, "_start")
        ends = run("period_end", _date, "_end")
        bad_rows = {p.row for p in problems}
        periods = []
        for position, (start, end) in enumerate(zip(starts, ends, strict=True)):
            if start is None or end is None:
                if positions[position] not in bad_rows:
                    problems.append(
                        _problem(
                            file,
                            name,
                            positions[position],
                            label("period_start"),
                            None,
                            "period_both",
                            "period_start",
                        )
                    )
                periods.append(None)
            else:
                periods.append(period_from_dates(start, end))  # type: ignore[arg-type]
    else:
        periods = [period_from_sheet] * n
    for position, period in enumerate(periods):
        if period is not None and period.end < period.start:
            problems.append(
                _problem(
                    file,
                    name,
                    positions[position],
                    label("period_end"),
                    period.end,
                    "period_order",
                    "period_end",
                )
            )
    given_kind = (
        run("period_kind", _vocab_parser("period_kind", False)) if "period_kind" in present else [None] * n
    )
    parsed["period_start"] = [p.start if p else None for p in periods]
    parsed["period_end"] = [p.end if p else None for p in periods]
    parsed["period_kind"] = [k or (p.kind if p else None) for k, p in zip(given_kind, periods, strict=True)]
    derived = [p.label if p else None for p in periods]
    if "period_label" in present:  # a label typed by the analyst wins over the derived one
        typed = run("period_label", _text)
        parsed["period_label"] = [g or d for g, d in zip(typed, derived, strict=True)]
    else:
        parsed["period_label"] = derived

    if "province" in present:
        found = run("province", _province, "_province")
        parsed["province"] = [f[0] if f else None for f in found]  # type: ignore[index]
        parsed["province_current"] = [f[1] if f else None for f in found]  # type: ignore[index]
    if "source_id" not in present:
        parsed["source_id"] = [Path(file).name] * n

    frame = pd.DataFrame({k: v for k, v in parsed.items() if not k.startswith("_")}, index=range(n))
    frame["file"] = Path(file).name  # stable across machines, unlike the full path
    frame["sheet"] = name
    frame["row"] = positions
    frame["path"] = file
    stem = Path(file).stem
    generated = [f"{stem}:{name}:{r}" if name else f"{stem}:{r}" for r in positions]
    explicit = frame["record_id"].tolist() if "record_id" in frame else [None] * n
    frame["_explicit_id"] = [bool(e) for e in explicit]
    frame["record_id"] = [e or g for e, g in zip(explicit, generated, strict=True)]
    bad = {p.row for p in problems}
    frame["_bad"] = [r in bad for r in positions]

    # Totals: each against the data rows since the last total of the same or higher rank.
    outcomes: dict[int, str] = {}
    totals: list[dict[str, object]] = []
    count_by_row = dict(
        zip(positions, zip(parsed["count"], parsed["qualifier"], frame["_bad"], strict=True), strict=True)
    )
    open_rows: list[int] = []  # data rows since the last total, with the rank that closed them
    closed: list[tuple[int, int]] = []  # (rank, row) of data rows closed by a lower-rank total
    for r, k, rank in kinds:
        if k == "data":
            open_rows.append(r)
            continue
        if k != "total":
            continue
        outcomes[r] = "total"
        parts = [row for rk, row in closed if rk < rank] + open_rows
        closed = [(rk, row) for rk, row in closed if rk >= rank] + [(rank, row) for row in open_rows]
        open_rows = []
        cells = dict(body)[r]
        raw = cells[count_col] if count_col is not None else None
        entry: dict[str, object] = {
            "file": Path(file).name,
            "sheet": name,
            "row": r,
            "count": None,
            "parts_sum": None,
        }
        entry.update(first=min(parts) if parts else None, last=max(parts) if parts else None)
        try:
            total, qualifier = _count(raw)
        except ParseError as exc:
            problems.append(
                Problem(file, name, r, label("count"), raw, str(exc), exc.key, exc.params, "count")
            )
            entry["status"] = "unreadable"
            totals.append(entry)
            continue
        entry["count"] = total
        reason = None
        if total is None:
            reason = "no count"
        elif not parts:
            reason = "no rows above it"
        elif any(count_by_row[p][2] or count_by_row[p][0] is None for p in parts):
            reason = "a part is rejected or has no count"
        elif qualifier != "exact" or any(count_by_row[p][1] != "exact" for p in parts):
            reason = "a bound or an approximate count"
        if reason:
            entry["status"] = "unchecked"
            notes.append(Note(file, name, "total_unchecked", {"row": r, "reason": reason}))
            totals.append(entry)
            continue
        parts_sum = sum(int(count_by_row[p][0]) for p in parts)  # type: ignore[arg-type]
        entry["parts_sum"] = parts_sum
        if parts_sum == total:
            entry["status"] = "ok"
            notes.append(
                Note(
                    file,
                    name,
                    "total_ok",
                    {"row": r, "first": min(parts), "last": max(parts), "total": total},
                )
            )
        else:
            entry["status"] = "mismatch"
            problems.append(
                _problem(
                    file,
                    name,
                    r,
                    label("count"),
                    raw,
                    "total_mismatch",
                    "count",
                    total=parts_sum,
                    first=min(parts),
                    last=max(parts),
                )
            )
        totals.append(entry)
    return _TableResult(
        file, name, frame, outcomes, problems, notes, blank, len(skipped_rows) + len(footer), totals
    )


def _parse_sources(sheet: _Sheet) -> tuple[pd.DataFrame, list[Problem]]:
    header = _find_header(sheet.rows, {}, "sources")
    if header is None or "source_id" not in header.targets.values():
        raise _FileProblem(
            _problem(
                sheet.file, sheet.name, 1, None, None, "missing_columns", missing=["source_id"], found=[]
            )
        )
    problems: list[Problem] = []
    columns = {c: t for c, t in header.targets.items()}
    records = []
    for r in range(header.row + 1, len(sheet.rows)):
        cells = sheet.rows[r]
        if all(v is None for v in cells):
            continue
        records.append((r + 1, {t: cells[c] if c < len(cells) else None for c, t in columns.items()}))
    out = pd.DataFrame(index=range(len(records)))
    for target in columns.values():
        values = [rec[target] for _, rec in records]
        parse = _date if target in ("published", "event_date") else _text
        parsed, failures = _map_unique(values, parse)
        out[target] = parsed
        for position, error in failures.items():
            problems.append(
                Problem(
                    sheet.file,
                    sheet.name,
                    records[position][0],
                    target,
                    values[position],
                    str(error),
                    error.key,
                    error.params,
                    target,
                )
            )
    return out, problems


# --- the public entry point --------------------------------------------------------------


@overload
def load_awards(
    source: str | os.PathLike[str] | None = None,
    *,
    errors: Literal["raise"] = "raise",
    columns: Mapping[str, str | None] | None = None,
    defaults: Mapping[str, object] | None = None,
    sheets: Sequence[str] | None = None,
    engine: Engine | None = None,
) -> pd.DataFrame: ...


@overload
def load_awards(
    source: str | os.PathLike[str] | None = None,
    *,
    errors: Literal["collect"],
    columns: Mapping[str, str | None] | None = None,
    defaults: Mapping[str, object] | None = None,
    sheets: Sequence[str] | None = None,
    engine: Engine | None = None,
) -> LoadResult: ...


def load_awards(
    source: str | os.PathLike[str] | None = None,
    *,
    errors: Literal["raise", "collect"] = "raise",
    columns: Mapping[str, str | None] | None = None,
    defaults: Mapping[str, object] | None = None,
    sheets: Sequence[str] | None = None,
    engine: Engine | None = None,
) -> pd.DataFrame | LoadResult:
    """Load award data into the tidy frame (one row per reported count).

    Parameters
    ----------
    source : path-like, optional
        An .xlsx/.xlsm, .csv or .parquet file, or a folder of them. Every visible
        sheet whose header row names award columns is read (title rows above the
        header, merged cells, blank rows and columns are fine); hidden sheets and
        instruction sheets are skipped with a note; a sheet named ``sources`` (or a
        file ``sources.*`` in a folder) is a sources table. Default: the embedded
        dataset (the workbooks in ``data/``, or the file or folder ``DVK_DATA`` names).
    errors : {"raise", "collect"}
        "raise" (default): any problem raises :class:`DataError` naming file, sheet,
        row, column, value and what was expected. "collect": return a
        :class:`LoadResult` with the loaded frame, the problems and a report whose
        counts add up.
    columns : mapping, optional
        Headers the vocabulary does not know, mapped to input columns
        (``{"SL khen": "count"}``), or to None to ignore a column. A header may also be
        given by its column letter (``{"F": None}``).
    defaults : mapping, optional
        Values for columns a file does not have (``{"movement": "Dân vận khéo"}``),
        read like the cells they stand for.
    sheets : sequence of str, optional
        Read only these sheets of each workbook.
    engine : {"calamine", "openpyxl"}, optional
        The Excel reader; by default calamine, with openpyxl when calamine fails.

    Returns
    -------
    DataFrame or LoadResult
        The tidy frame (columns of :data:`dvk_analysis.schema.COLUMNS`).

    Raises
    ------
    DataError
        With ``errors="raise"``, for any problem; with ``errors="collect"`` only when
        the source does not exist.

    Examples
    --------
    >>> awards = load_awards(SEED_DATA)
    >>> int(awards.loc[awards["level"] == "province", "count"].iloc[0])
    76
    >>> result = load_awards(errors="collect")  # the embedded dataset: every workbook in data/
    >>> result.report[["file", "read", "loaded", "rejected", "total", "duplicate"]].to_dict("records")[0]
    {'file': 'dvk_awards.xlsx', 'read': 10, 'loaded': 10, 'rejected': 0, 'total': 0, 'duplicate': 0}
    """
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors must be 'raise' or 'collect', not {errors!r}")
    if engine is not None and engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    user = _fold_user_columns(columns)
    defaults = _check_defaults(defaults)
    if errors == "raise" and not (user or defaults or sheets or engine):
        from . import fastload  # tidy files in one vectorised pass (same frame); None: read here

        fast = fastload.try_load(source) if fastload.enabled() else None
        if fast is not None:
            return fast
    files = discover(source)

    tables: list[_TableResult] = []
    source_frames: list[pd.DataFrame] = []
    problems: list[Problem] = []
    notes: list[Note] = []
    # One report line per file and sheet, in the order met.
    report: dict[tuple[str, str], dict[str, object]] = {}

    def report_line(file: str, sheet: str | None, **counts: int) -> None:
        line = report.setdefault(
            (file, sheet or ""),
            {"path": file, "file": Path(file).name, "sheet": sheet or ""}
            | {k: 0 for k in ("read", *OUTCOMES, "blank", "skipped")},
        )
        line.update(counts)

    for path in files:
        try:
            found, file_notes = _read_file(path, engine)
        except _FileProblem as exc:
            problems.append(exc.problem)
            report_line(str(path), None)
            continue
        notes.extend(file_notes)
        legacy = _legacy_problem(found)
        if legacy:
            problems.append(legacy)
            report_line(str(path), None)
            continue
        file_tables: list[_TableResult] = []
        file_problems: list[Problem] = []
        seen_sheets: list[str] = []
        for sheet in found:
            label = sheet.name or ""
            seen_sheets.append(label)
            is_sources = fold(label) in _SOURCE_SHEETS if sheet.name else fold(path.stem) in _SOURCE_SHEETS
            skip = _skip_reason(sheet, sheets, is_sources)
            if skip:
                notes.append(Note(str(path), sheet.name, skip))
                report_line(str(path), sheet.name)
                continue
            try:
                if is_sources:
                    frame, source_problems = _parse_sources(sheet)
                    source_frames.append(frame)
                    file_problems.extend(source_problems)
                    continue
                header = _find_header(sheet.rows, user)
                if header is None or len(set(header.targets.values())) < 2:
                    notes.append(Note(str(path), sheet.name, "not_a_table"))
                    report_line(str(path), sheet.name)
                    continue
                report_line(str(path), sheet.name)
                file_tables.append(_parse_records(sheet, header, user, defaults))
            except _FileProblem as exc:
                file_problems.append(exc.problem)
                report_line(str(path), sheet.name)
        if sheets:
            for wanted in sheets:
                if wanted not in seen_sheets and path.suffix.lower() in (".xlsx", ".xlsm"):
                    file_problems.append(
                        _problem(
                            str(path),
                            None,
                            None,
                            None,
                            wanted,
                            "sheet_not_found",
                            wanted=wanted,
                            sheets=[f"'{s}'" for s in seen_sheets],
                        )
                    )
        records_found = file_tables or any(p.sheet is not None for p in file_problems)
        if (
            not records_found
            and not file_problems
            and not (source_frames and fold(path.stem) in _SOURCE_SHEETS)
            and not _has_sources(found)
        ):
            shown = [f"'{s}'" for s in seen_sheets if s] or ["-"]
            file_problems.append(
                _problem(str(path), None, None, None, None, "no_records_sheet", sheets=shown)
            )
        problems.extend(file_problems)
        tables.extend(file_tables)

    # Across tables: duplicates and conflicts, then part_of and source ids.
    frames = [t.frame for t in tables]
    for t in tables:
        problems.extend(t.problems)
        notes.extend(t.notes)
    records = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    outcome = pd.Series("loaded", index=records.index, dtype=object)
    same_as = pd.Series(None, index=records.index, dtype=object)
    if not records.empty:
        outcome[records["_bad"]] = "rejected"
        dup_problems, dup_of = _duplicates(records, outcome)
        problems.extend(dup_problems)
        for i, j in dup_of.items():
            outcome[i] = "duplicate"
            same_as[i] = (
                f"{records.at[j, 'file']}"
                + (f", {records.at[j, 'sheet']}" if records.at[j, "sheet"] else "")
                + f", row {records.at[j, 'row']}"
            )
        for i in dup_of:
            notes.append(
                Note(
                    records.at[i, "path"],
                    records.at[i, "sheet"],
                    "duplicate",
                    {"row": records.at[i, "row"], "other": same_as[i]},
                )
            )
        where = {
            (path, sheet or "", row): i
            for i, (path, sheet, row) in enumerate(
                zip(records["path"], records["sheet"].fillna(""), records["row"], strict=True)
            )
        }
        for p in dup_problems:
            outcome.iat[where[(p.file, p.sheet or "", p.row)]] = "rejected"
        cross = _cross_checks(records, outcome, source_frames)
        problems.extend(cross)
        for p in cross:
            i = where[(p.file, p.sheet or "", p.row)]
            if outcome.iat[i] != "duplicate":
                outcome.iat[i] = "rejected"

    good = records[outcome == "loaded"] if not records.empty else records
    good = _join_sources(good, source_frames)
    tidy = (
        schema.coerce(good.drop(columns=[c for c in good.columns if c.startswith("_")]))
        if len(good)
        else schema.empty_frame()
    )
    schema.validate_frame(tidy)

    if errors == "raise":
        if problems:
            raise DataError(problems)
        return tidy

    for t in tables:
        mine = (
            (records["path"] == t.file) & (records["sheet"].fillna("") == (t.sheet or ""))
            if not records.empty
            else []
        )
        counts = outcome[mine].value_counts().to_dict() if len(records) else {}
        n_total = len(t.totals)
        line = {k: int(counts.get(k, 0)) for k in ("loaded", "rejected", "duplicate")}
        report_line(
            t.file,
            t.sheet,
            read=int(sum(line.values())) + n_total,
            total=n_total,
            blank=t.blank,
            skipped=t.skipped,
            **line,
        )
    report_frame = pd.DataFrame(
        list(report.values()), columns=["path", "file", "sheet", "read", *OUTCOMES, "blank", "skipped"]
    )
    notes_by_place: dict[tuple[str, str], list[str]] = {}
    for note in notes:
        notes_by_place.setdefault((note.file, note.sheet or ""), []).append(note.message("en"))
    report_frame["note"] = [
        "; ".join(notes_by_place.get((p, s), []) + (notes_by_place.get((p, ""), []) if s else []))
        for p, s in zip(report_frame["path"], report_frame["sheet"], strict=True)
    ]
    report_frame = report_frame[["file", "sheet", "read", *OUTCOMES, "blank", "skipped", "note"]].reset_index(
        drop=True
    )
    for column in ("read", *OUTCOMES, "blank", "skipped"):
        report_frame[column] = report_frame[column].astype(int)

    rows_frame = pd.DataFrame(
        {
            "file": records.get("file", pd.Series(dtype=object)),
            "sheet": records.get("sheet", pd.Series(dtype=object)),
            "row": records.get("row", pd.Series(dtype=object)),
            "outcome": outcome,
            "record_id": records.get("record_id", pd.Series(dtype=object)),
            "same_as": same_as,
        }
    )
    total_rows = [dict(t, outcome="total") for table in tables for t in table.totals]
    if total_rows:
        rows_frame = pd.concat(
            [
                rows_frame,
                pd.DataFrame([{k: t[k] for k in ("file", "sheet", "row", "outcome")} for t in total_rows]),
            ],
            ignore_index=True,
        )
    rejected = pd.DataFrame(
        [
            (Path(p.file).name, p.sheet, p.row, p.column, _text_or_none(p.value), p.expected, p.key)
            for p in problems
        ],
        columns=["file", "sheet", "row", "column", "value", "expected", "key"],
    )
    totals_frame = pd.DataFrame(
        [t for table in tables for t in table.totals],
        columns=["file", "sheet", "row", "count", "parts_sum", "first", "last", "status"],
    )
    return LoadResult(
        frame=tidy,
        rejected=rejected,
        report=report_frame,
        problems=problems,
        notes=notes,
        rows=rows_frame,
        totals=totals_frame,
    )


def _text_or_none(value: object) -> str | None:
    try:
        return _text(value)
    except ParseError:
        return str(value)


def _has_sources(found: list[_Sheet]) -> bool:
    return any(s.name and fold(s.name) in _SOURCE_SHEETS for s in found)


def _skip_reason(sheet: _Sheet, wanted: Sequence[str] | None, is_sources: bool) -> str | None:
    if sheet.state == "chart":
        return "chart_sheet"
    if wanted and sheet.name is not None and sheet.name not in wanted and not is_sources:
        return "not_selected"
    if sheet.state == "hidden":
        return "hidden_sheet"
    if sheet.name and fold(sheet.name) in _HELPER_SHEETS:
        return "helper_sheet"
    if not any(v is not None for row in sheet.rows for v in row):
        return "empty_sheet"
    return None


def _legacy_problem(found: list[_Sheet]) -> Problem | None:
    for sheet in found:
        cells = ((r, c, v) for r, row in enumerate(sheet.rows) for c, v in enumerate(row))
        hit = safety.find_legacy(cells)
        if hit:
            r, c, text = hit
            return _problem(
                sheet.file, sheet.name, r + 1, safety.column_letter(c), text, "legacy_font", sample=text[:40]
            )
    return None


def _check_defaults(defaults: Mapping[str, object] | None) -> dict[str, object]:
    out: dict[str, object] = {}
    for column, value in (defaults or {}).items():
        if column not in INPUT_COLUMNS:
            raise ValueError(f"defaults: {column!r} is not a column; use one of {', '.join(INPUT_COLUMNS)}")
        if column in vocab.TERMS and vocab.to_code(column, str(value)) is None:
            raise ValueError(
                f"defaults: {value!r} is not a {column}; expected one of {', '.join(vocab.codes(column))}"
            )
        out[column] = value
    return out


_DIMENSIONS = (
    "movement",
    "subject",
    "action",
    "tier",
    "level",
    "unit_type",
    "field",
    "measure",
    "period_start",
    "period_end",
    "province",
    "issuer",
    "name",
)


def _key_part(value: object) -> object:
    if _is_missing(value):
        return None
    if isinstance(value, str):
        return fold(value)
    return value


def _duplicates(records: pd.DataFrame, outcome: pd.Series) -> tuple[list[Problem], dict[int, int]]:
    """Find rows that repeat a record: ``{row index: index of the first}``, and conflicts.

    The same record is the same explicit record_id, or the same dimensions (movement,
    subject, action, tier, level, unit type, field, measure, period, province, issuer)
    when the two rows do not carry two different explicit ids. Equal count and
    qualifier: a duplicate, loaded once. Different: both rows are rejected.
    """
    n = len(records)
    column = {c: records[c].tolist() if c in records else [None] * n for c in _DIMENSIONS}
    counts = records["count"].tolist()
    qualifiers = records["qualifier"].tolist()
    ids = records["record_id"].tolist()
    explicit = records["_explicit_id"].tolist()
    paths, sheets, rows, files = (records[c].tolist() for c in ("path", "sheet", "row", "file"))
    folded: dict[object, object] = {}

    def key_part(value: object) -> object:
        if value not in folded:
            folded[value] = _key_part(value)
        return folded[value]

    problems: list[Problem] = []
    dup_of: dict[int, int] = {}
    conflicted: set[int] = set()
    seen_pairs: set[tuple[int, int]] = set()
    first_by_dims: dict[tuple[object, ...], list[int]] = {}
    first_by_id: dict[str, int] = {}
    loaded = [i for i, o in enumerate(outcome.tolist()) if o == "loaded"]
    dims = {i: tuple(key_part(column[c][i]) for c in _DIMENSIONS) for i in loaded}
    value = {i: (None if _is_missing(counts[i]) else int(counts[i]), qualifiers[i]) for i in loaded}

    def show(i: int) -> str:
        count, qualifier = value[i]
        shown = "" if count is None else str(count)
        return shown + ("" if qualifier == "exact" else f" ({qualifier})")

    def place(i: int) -> str:
        return f"{files[i]}" + (f", sheet '{sheets[i]}'" if sheets[i] else "") + f", row {rows[i]}"

    def conflict(i: int, j: int, what: str) -> None:
        for a, b in ((i, j), (j, i)):
            if (a, b) in seen_pairs:
                continue
            seen_pairs.add((a, b))
            problems.append(
                _problem(
                    paths[a],
                    sheets[a],
                    int(rows[a]),
                    what,
                    value[a][0] if what == "count" else ids[a],
                    "conflict",
                    what,
                    other=place(b),
                    other_value=show(b),
                    this_value=show(a),
                )
            )
        conflicted.update((i, j))

    for i in loaded:
        match: int | None = None
        rid = ids[i]
        if explicit[i] and rid in first_by_id:
            j = first_by_id[rid]
            if dims[j] != dims[i] or value[j] != value[i]:
                conflict(i, j, "record_id" if dims[j] != dims[i] else "count")
                continue
            match = j
        if match is None:
            for j in first_by_dims.get(dims[i], []):
                if explicit[i] and explicit[j] and ids[j] != rid:
                    continue  # two ids given: the analyst says these are two records
                if value[j] != value[i]:
                    conflict(i, j, "count")
                    match = -1
                    break
                match = j
                break
        if match is None:
            first_by_dims.setdefault(dims[i], []).append(i)
            if explicit[i]:
                first_by_id.setdefault(rid, i)
        elif match >= 0:
            dup_of[i] = match
    for i in conflicted:
        dup_of.pop(i, None)
    return problems, dup_of


def _cross_checks(records: pd.DataFrame, outcome: pd.Series, sources: list[pd.DataFrame]) -> list[Problem]:
    """Checks across rows: part_of names a record, source ids are known."""
    problems: list[Problem] = []
    kept = records[outcome != "rejected"]
    ids = set(kept["record_id"])
    if "part_of" in kept:
        for rid, part_of, file, sheet, row in zip(
            kept["record_id"], kept["part_of"], kept["path"], kept["sheet"], kept["row"], strict=True
        ):
            if _is_missing(part_of):
                continue
            if part_of == rid:
                problems.append(_problem(file, sheet, row, "part_of", part_of, "part_of_self", "part_of"))
            elif part_of not in ids:
                problems.append(_problem(file, sheet, row, "part_of", part_of, "part_of_unknown", "part_of"))
    known = set().union(*(set(s["source_id"].dropna()) for s in sources)) if sources else set()
    if known:
        for sid, file, sheet, row in zip(
            kept["source_id"], kept["path"], kept["sheet"], kept["row"], strict=True
        ):
            if not _is_missing(sid) and sid not in known and sid != Path(file).name:
                problems.append(_problem(file, sheet, row, "source_id", sid, "source_unknown", "source_id"))
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

    Columns: source_id, title, publisher, published, event_date, url, date_basis,
    issuer, note.
    """
    frames: list[pd.DataFrame] = []
    problems: list[Problem] = []
    for path in discover(source):
        try:
            found, _ = _read_file(path, None)
        except _FileProblem as exc:
            raise DataError([exc.problem]) from None
        for sheet in found:
            is_sources = (
                fold(sheet.name) in _SOURCE_SHEETS if sheet.name else fold(path.stem) in _SOURCE_SHEETS
            )
            if not is_sources or sheet.state != "visible":
                continue
            try:
                frame, found_problems = _parse_sources(sheet)
            except _FileProblem as exc:
                raise DataError([exc.problem]) from None
            frames.append(frame)
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
