"""The fast path of the loader: tidy files read in one vectorised pass.

:func:`dvk_analysis.load.load_awards` reads any office spreadsheet, cell by cell, and
says exactly what is wrong. Most large files are simpler: an export in the tidy input
layout (the header in the first row, one record per row, clean values). This module
reads those at the speed of the columnar readers:

- CSV through :func:`pyarrow.csv.read_csv`, with column types given and the
  low-cardinality columns dictionary-encoded while parsing; Parquet through pyarrow;
  .xlsx through fastexcel (calamine, in Rust) straight into Arrow;
- every vocabulary value is mapped to its code once per distinct value (on the
  dictionary), and the codes arrive as pandas categoricals without a Python string per
  row; provinces, periods and counts are parsed once per distinct value too;
- every check is a vectorised mask.

It never decides that a row is bad. At the first value, row or file it is not sure to
read exactly as the general loader would (a title row, a blank row, an unknown header,
a value that does not parse, a duplicate, a merged cell, ...) it gives up with
:class:`NotFast`, and :func:`try_load` returns None so that the general loader reads the
source and reports every problem with its precise message. When it succeeds, the frame
is exactly the one the general loader returns: same columns, dtypes, categories, values
and order.

Record-level input is read here as well: a table with a ``name`` column (``Tên``) and no
count column has one row per model, collective or person, and each row counts 1.

Parsed files are kept in a cache (:mod:`dvk_analysis.cache`), so reloading an unchanged
file costs a Parquet read.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import logging
import math
import os
import re
import zipfile
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from . import cache as cache_module
from . import provinces, safety, schema, vocab
from .load import (  # load imports this module lazily, so no import cycle
    _HELPER_SHEETS,
    _IGNORED_HEADERS,
    _REQUIRED_VOCAB,
    _SOURCE_SHEETS,
    _TEXT_INPUT,
    INPUT_COLUMNS,
    _date,  # a date cell as the general loader reads it: the same rules on both paths
)
from .parse import (
    ParseError,
    Period,
    parse_count,
    parse_period,
    period_from_dates,
)
from .vocab import fold, nfc

#: Bump when the rules of this reader change: cached parts of older rules are never used.
FORMAT_VERSION = 1

#: File endings the fast path reads (.xlsm and anything else go to the general loader).
FAST_SUFFIXES = (".csv", ".parquet", ".xlsx")

# The general loader's vocabulary of headers and sheets: one definition, so the two
# readers cannot disagree about what a table may hold.
_INPUT_COLUMNS = INPUT_COLUMNS
# Text that differs on most rows (ids, names, quotes, notes): read as plain strings and
# checked byte-wise. Every other column, issuers and source ids included (a few bodies
# and reports), is dictionary-encoded while it is read and checked once per distinct value.
_HIGH_CARDINALITY = {"record_id", "name", "quote", "note", "part_of"}
# Repeated text the frame keeps as text: read as text, so that when every value is already
# as the frame writes it (a canonical province, a clean issuer) the column is passed on
# with no copy; its distinct values are still checked once each.
_PASSED_ON = {"province", "issuer", "source_id", "period"}
_SOURCE_TARGETS = {
    "title": "source_title",
    "publisher": "source_publisher",
    "published": "source_date",
    "url": "source_url",
}
_CODE_COLUMNS = vocab.VOCAB_COLUMNS


class NotFast(Exception):
    """The fast path will not read this source; ``reason`` says why (for tests and logs)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- one cell, one distinct value ------------------------------------------------------------


def _cell(value: object) -> object:
    """A value as the general loader sees a cell: blank text and NaN are None, 3.0 is 3."""
    if value is None:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, dt.datetime):
        if value.tzinfo is None and value.time() == dt.time(0):
            return value.date()
        return value.replace(tzinfo=None)
    return value


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, str) and not nfc(value))


def _text(value: object) -> str | None:
    if _missing(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time(0) else value
    if isinstance(value, dt.date):
        return value.isoformat()
    return nfc(str(value))


# Text an Excel reader turns into a string differently from the general loader's cells:
# booleans, date-times and floats in exponent form. Seen in a text column: not fast.
_EXCEL_TEXT_TRAPS = re.compile(
    r"^(true|false|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?|-?\d+\.\d*e.*|-?0\.0+\d*)$"
)


@dataclass
class _Column:
    """One input column as distinct values and, per row, the position of its value."""

    indices: np.ndarray | None  # int32, -1 for a missing cell (None: not needed, see _values_only)
    values: list[object]  # distinct values, as cells (None where blank)
    # The column as read, when it is plain text whose every value is its own cell (no
    # blank-only text): a column whose values come out unchanged is passed on as it is.
    raw: pa.ChunkedArray | None = None


def _chunks(column: pa.ChunkedArray | pa.Array) -> list[pa.Array]:
    return list(column.chunks) if isinstance(column, pa.ChunkedArray) else [column]


def _distinct(column: pa.ChunkedArray, xlsx: bool) -> _Column:
    """Distinct values of a column (dictionary-encoded by the reader or here)."""
    raw = column if pa.types.is_large_string(column.type) else None
    if not pa.types.is_dictionary(column.type):
        column = pc.dictionary_encode(column)
    if isinstance(column, pa.ChunkedArray):
        column = pa.table({"c": column}).unify_dictionaries().column(0)
    chunks = _chunks(column)
    if not chunks:
        return _Column(np.zeros(0, np.int32), [])
    dictionary = chunks[0].dictionary
    # One pass into one array: each chunk's indices (zero-copy views), -1 where missing.
    indices = np.empty(sum(len(c) for c in chunks), dtype=np.int32)
    at = 0
    for chunk in chunks:
        part = indices[at : at + len(chunk)]
        codes = chunk.indices if not chunk.null_count else pc.fill_null(chunk.indices, -1)
        part[:] = np.frombuffer(codes.buffers()[1], dtype=codes.type.to_pandas_dtype())[
            codes.offset : codes.offset + len(codes)
        ]
        at += len(chunk)
    values = [_cell(v) for v in dictionary.to_pylist()]
    for v in values:
        if isinstance(v, str):
            if xlsx and _EXCEL_TEXT_TRAPS.match(v):
                raise NotFast(f"value {v!r} may have been a number, date or boolean cell")
            if _looks_legacy(v):
                raise NotFast(f"value {v!r} looks legacy-encoded (TCVN3/VNI)")
    # A blank cell and a missing one are the same to the general loader.
    blank = [i for i, v in enumerate(values) if v is None]
    if blank:
        lut = np.arange(len(values), dtype=np.int32)
        lut[blank] = -1
        indices = np.where(indices >= 0, lut[np.maximum(indices, 0)], -1).astype(np.int32)
        raw = None
    return _Column(indices, values, raw)


def _values_only(column: pa.ChunkedArray, xlsx: bool) -> _Column:
    """Distinct values of a text column with no per-row positions, when no value is blank.

    For text that is passed on when clean (issuers, source ids): the positions are only
    needed if a value changes, and then :func:`_distinct` is called after all.
    """
    if not pa.types.is_large_string(column.type):
        return _distinct(column, xlsx)
    values = [_cell(v) for v in pc.unique(column).to_pylist() if v is not None]
    if any(v is None for v in values):  # blank-only text: positions needed to drop it
        return _distinct(column, xlsx)
    for v in values:
        if (xlsx and _EXCEL_TEXT_TRAPS.match(v)) or _looks_legacy(v):  # type: ignore[arg-type]
            return _distinct(column, xlsx)  # raises the same NotFast
    return _Column(None, values, column)


def _unchanged(col: _Column, found: Sequence[object]) -> pa.ChunkedArray | None:
    """The column as read if ``found`` (one per distinct value) repeats every value, else None."""
    if col.raw is None or any(f != v for f, v in zip(found, col.values, strict=True)):
        return None
    return col.raw


def _looks_legacy(text: str) -> bool:
    return safety.looks_legacy(text)


def _map_distinct(col: _Column, parse: Callable[[object], object], what: str) -> list[object]:
    """Parse each distinct value once; a value that does not parse is not fast."""
    out: list[object] = []
    for value in col.values:
        if value is None:
            out.append(None)
            continue
        try:
            out.append(parse(value))
        except ParseError as exc:
            raise NotFast(f"{what}: {value!r}: {exc}") from None
    return out


def _take(lut: np.ndarray, indices: np.ndarray, missing: object) -> np.ndarray:
    """``lut[indices]`` with ``missing`` where the index is -1."""
    # One gather: index -1 reads the appended ``missing``.
    return np.append(lut, np.array([missing], dtype=lut.dtype))[indices]


# --- text columns that differ on every row: checked byte-wise ---------------------------------


def _safe_tables() -> tuple[np.ndarray, np.ndarray]:
    """Byte and byte-pair tables of UTF-8 text that NFC and space folding leave unchanged.

    Safe: printable ASCII, the Latin-1 letters Vietnamese uses, Latin Extended-A/B and
    Latin Extended Additional (ạ ả ấ ... ỹ). Anything else (control characters,
    non-breaking and other spaces, combining marks, quotes, symbols, Latin-1 letters a
    legacy font would give) sends the value through :func:`dvk_analysis.vocab.nfc`.
    """
    single = np.ones(256, dtype=bool)  # True: not known to be safe
    single[0x20:0x7F] = False
    single[0x80:0xC0] = False  # continuation bytes: judged by their lead byte
    single[0xC3:0xCA] = False  # U+00C0-U+027F, Latin-1 judged pair-wise below
    single[0xE1] = False  # U+1000-U+1FFF, judged pair-wise below
    pair = np.zeros(65536, dtype=bool)  # True: this byte followed by that one is not safe
    pair[(0x20 << 8) | 0x20] = True  # two spaces
    vietnamese_latin1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ"
    allowed_c3 = {ch.encode()[1] for ch in vietnamese_latin1}
    for second in range(256):
        if second not in allowed_c3:
            pair[(0xC3 << 8) | second] = True
        if not 0xB8 <= second <= 0xBB:  # E1 B8..BB: U+1E00-U+1EFF
            pair[(0xE1 << 8) | second] = True
    for code in list(range(0x100, 0x280)) + list(range(0x1E00, 0x1F00)) + [ord(c) for c in vietnamese_latin1]:
        ch = chr(code)
        if not ch.isprintable() or nfc(ch) != ch or nfc("a" + ch) != "a" + ch:  # pragma: no cover
            raise AssertionError(f"U+{code:04X} is not safe for the byte check")
    return single, pair


_UNSAFE_BYTE, _UNSAFE_PAIR = _safe_tables()
# One table for two neighbouring bytes: either byte unsafe on its own, or the pair unsafe.
# Indexed little-endian: the word of bytes x, y is ``x | y << 8``.
_UNSAFE_BIGRAM = (
    (_UNSAFE_PAIR | np.repeat(_UNSAFE_BYTE, 256) | np.tile(_UNSAFE_BYTE, 256))
    .reshape(256, 256)
    .T.ravel()
    .copy()
)


# The same safe set as the tables above, for one RE2 pass over a whole column's bytes.
_UNSAFE_RE = "[^ -~àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ\u0100-\u027f\u1e00-\u1eff]|  "


def _all_safe(data: pa.Buffer, start: int, size: int) -> bool:
    """Whether the bytes of a whole column hold no unsafe character and no double space.

    The column's text is searched as one string (a zero-copy view of its buffer), so the
    regular expression runs once, not once per row.
    """
    offsets = pa.py_buffer(np.array([0, size], dtype=np.int64).tobytes())
    whole = pa.Array.from_buffers(pa.large_string(), 1, [None, offsets, data.slice(start, size)])
    return not pc.match_substring_regex(whole, _UNSAFE_RE)[0].as_py()


def _flag_unclean(chunk: pa.Array) -> np.ndarray:
    """Positions of the strings of ``chunk`` that need :func:`nfc` (or are blank).

    The UTF-8 bytes are read as 16-bit words at both alignments (two views, no copy):
    every pair of neighbouring bytes is looked up once in a 64 KiB table.
    """
    n = len(chunk)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    large = pa.types.is_large_string(chunk.type)
    offsets = np.frombuffer(chunk.buffers()[1], np.int64 if large else np.int32)[
        chunk.offset : chunk.offset + n + 1
    ]
    start, end = int(offsets[0]), int(offsets[-1])
    valid = (
        np.ones(n, bool)
        if chunk.null_count == 0
        else np.asarray(chunk.is_valid().to_numpy(zero_copy_only=False))
    )
    lengths = np.diff(offsets)
    flagged = valid & (lengths == 0)
    size = end - start
    data = chunk.buffers()[2]
    if size and data is not None and _all_safe(data, start, size):
        b = np.frombuffer(data, np.uint8)
        nonempty = lengths > 0
        edge = (b[offsets[:-1][nonempty]] == 0x20) | (b[offsets[1:][nonempty] - 1] == 0x20)
        flagged[np.flatnonzero(nonempty)[edge]] = True
    elif size and data is not None:
        even = np.frombuffer(data, "<u2", count=size // 2, offset=start)
        odd = np.frombuffer(data, "<u2", count=(size - 1) // 2, offset=start + 1)
        bad_even = np.flatnonzero(np.take(_UNSAFE_BIGRAM, even))
        bad_odd = np.flatnonzero(np.take(_UNSAFE_BIGRAM, odd))
        if size % 2:  # the last byte has no even-aligned partner
            last_byte = np.frombuffer(data, np.uint8, count=1, offset=end - 1)[0]
            if _UNSAFE_BYTE[last_byte]:
                flagged[n - 1 - np.argmax(lengths[::-1] > 0)] = True
        positions = np.concatenate([2 * bad_even, 2 * bad_even + 1, 2 * bad_odd + 1, 2 * bad_odd + 2])
        if len(positions):
            positions = positions[positions < size] + start
            flagged[np.searchsorted(offsets, positions, side="right") - 1] = True
        b = np.frombuffer(data, np.uint8)
        nonempty = lengths > 0
        first = offsets[:-1][nonempty]
        last = offsets[1:][nonempty] - 1
        edge = (b[first] == 0x20) | (b[last] == 0x20)
        flagged[np.flatnonzero(nonempty)[edge]] = True
    return np.flatnonzero(flagged & valid)


def _clean_chunk(chunk: pa.Array, xlsx: bool) -> pa.Array:
    """One chunk of a plain string column with :func:`_text` applied where needed."""
    positions = _flag_unclean(chunk)
    if not len(positions):
        return chunk
    raw = chunk.take(pa.array(positions)).to_pylist()
    fixed = []
    for value in raw:
        if xlsx and _EXCEL_TEXT_TRAPS.match(value):
            raise NotFast(f"value {value!r} may have been a number, date or boolean cell")
        if _looks_legacy(value):
            raise NotFast(f"value {value!r} looks legacy-encoded (TCVN3/VNI)")
        fixed.append(_text(value))
    mask = np.zeros(len(chunk), bool)
    mask[positions] = True
    return pc.replace_with_mask(chunk, pa.array(mask), pa.array(fixed, chunk.type))


def _text_chunks(column: pa.ChunkedArray) -> list[pa.Array]:
    """The chunks of a free-text column, checked by :func:`_clean_chunk` one at a time."""
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        raise NotFast(f"text column of type {column.type}")
    return list(column.chunks) if column.num_chunks <= 4096 else [column.combine_chunks()]


# First bytes of a text that may be blank once spaces are folded: ASCII spaces and
# controls, and the lead bytes of U+0080-U+00BF (no-break space), U+2000-U+2FFF (other
# spaces, zero-width) and U+3000 (ideographic space).
_BLANK_LEAD = np.zeros(256, dtype=bool)
_BLANK_LEAD[:0x21] = True
_BLANK_LEAD[[0x7F, 0xC2, 0xE2, 0xE3]] = True


def _any_blank(column: pa.ChunkedArray) -> bool:
    """Whether a text column holds an empty or blank-only value (checked by first byte)."""
    for chunk in column.chunks:
        n = len(chunk)
        if not n:
            continue
        large = pa.types.is_large_string(chunk.type)
        offsets = np.frombuffer(chunk.buffers()[1], np.int64 if large else np.int32)[
            chunk.offset : chunk.offset + n + 1
        ]
        lengths = np.diff(offsets)
        if (lengths == 0).any():
            return True
        data = chunk.buffers()[2]
        first = np.frombuffer(data, np.uint8)[offsets[:-1]]
        maybe = np.flatnonzero(_BLANK_LEAD[first])
        if len(maybe) and any(not nfc(v) for v in chunk.take(pa.array(maybe)).to_pylist() if v is not None):
            return True
    return False


def _clean_text(column: pa.ChunkedArray, xlsx: bool) -> pa.ChunkedArray:
    """A plain string column with :func:`_text` applied, touching only values that need it."""
    return pa.chunked_array([_clean_chunk(c, xlsx) for c in _text_chunks(column)], column.type)


# --- headers -----------------------------------------------------------------------------------


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


def _targets(headers: Sequence[str]) -> dict[str, str]:
    """``{header: input column}`` for a header row every cell of which names a column."""
    targets: dict[str, str] = {}
    seen: dict[str, str] = {}
    for header in headers:
        label = nfc(str(header)) if header is not None else ""
        if not label:
            raise NotFast("a column has no header")
        target = None
        for text in (label, _strip_brackets(label)):
            if fold(text) in _IGNORED_HEADERS:
                raise NotFast(f"row-number column {label!r}")
            found = vocab.header_to_column(text)
            if found in _INPUT_COLUMNS:
                target = found
                break
        if target is None:
            raise NotFast(f"unknown header {label!r}")
        if target in seen:
            raise NotFast(f"headers {seen[target]!r} and {label!r} both name {target}")
        seen[target] = label
        targets[header] = target
    present = set(targets.values())
    missing = [c for c in _REQUIRED_VOCAB if c not in present]
    if "count" not in present and "name" not in present:
        missing.append("count (or name)")
    if "period" not in present and not {"period_start", "period_end"} <= present:
        missing.append("period")
    if missing:
        raise NotFast(f"missing columns: {', '.join(missing)}")
    return targets


# --- a parsed file: the part ---------------------------------------------------------------------


@dataclass
class Part:
    """One records table read by the fast path, before the checks across files.

    ``table`` has the tidy columns in Arrow form: vocabulary columns as int8 codes
    (positions in :func:`dvk_analysis.vocab.codes`, -1 for missing), ``count`` int64,
    periods as date32, text as strings or dictionaries, ``row`` int64 and
    ``explicit_id`` (the id came from the file).
    """

    file: str
    sheet: str | None
    table: pa.Table
    sources: list[dict[str, object]] = field(default_factory=list)
    ids_unique: bool = False


def _parse_table(table: pa.Table, file: str, sheet: str | None, first_row: int, xlsx: bool) -> Part:
    """Turn a records table (header row already taken) into a :class:`Part`."""
    targets = _targets(table.column_names)
    by_target = {t: table.column(h) for h, t in targets.items()}
    n = table.num_rows
    if n == 0:
        raise NotFast("no data rows")
    out: dict[str, pa.Array | np.ndarray] = {}

    distinct: dict[str, _Column] = {}
    text = {
        t: c
        for t, c in by_target.items()
        if t in _HIGH_CARDINALITY and (pa.types.is_string(c.type) or pa.types.is_large_string(c.type))
    }
    # Names are not kept in the frame: they only make a row a record (record-level input)
    # and tell rows apart. Only their blanks matter here; a file in a legacy font shows
    # it in its codes too, which then map to nothing and send the file to the general loader.
    name_text = text.pop("name", None)
    # Free text is checked chunk by chunk on every core (Arrow's regex releases the GIL),
    # while this thread reads and maps the distinct values of the other columns.
    pool = ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1)))
    pending: dict[str, list[Future[pa.Array]]] = {}
    coded: dict[str, Future[_Column]] = {}
    try:
        # The other columns' distinct values first: this thread maps them while the
        # pool goes on with the free text.
        for target, column in by_target.items():
            if target not in text and not (target == "name" and name_text is not None):
                find = _values_only if target in ("issuer", "source_id") else _distinct
                coded[target] = pool.submit(find, column, xlsx)
        for target, column in text.items():
            pending[target] = [pool.submit(_clean_chunk, chunk, xlsx) for chunk in _text_chunks(column)]
        for target, future in coded.items():
            distinct[target] = future.result()

        # Vocabulary columns: each distinct value mapped to its code once.
        for column in _CODE_COLUMNS:
            if column not in distinct:
                continue
            codes = vocab.codes(column)
            required = column in _REQUIRED_VOCAB

            def to_code(value: object, column: str = column) -> object:
                code = vocab.to_code(column, str(value))
                if code is None:
                    raise ParseError("vocab", column=column)
                return code

            found = _map_distinct(distinct[column], to_code, column)
            lut = np.array([codes.index(c) if c is not None else -1 for c in found], dtype=np.int8)
            out[column] = _take(lut, distinct[column].indices, -1)
            if required and (out[column] < 0).any():
                raise NotFast(f"{column} missing on some row")

        # Periods: parsed once per distinct value.
        kinds = vocab.codes("period_kind")
        if "period" in distinct:
            col = distinct["period"]
            if (col.indices < 0).any():
                raise NotFast("period missing on some row")
            periods: list[Period] = _map_distinct(col, parse_period, "period")  # type: ignore[assignment]
            idx = col.indices
        else:
            if "period_start" not in distinct or "period_end" not in distinct:
                raise NotFast("period_start or period_end of text type")
            a, b = distinct["period_start"], distinct["period_end"]
            starts = _map_distinct(a, _date, "period_start")
            ends = _map_distinct(b, _date, "period_end")
            if (a.indices < 0).any() or (b.indices < 0).any() or None in starts or None in ends:
                raise NotFast("period_start or period_end missing on some row")
            pairs = pd.MultiIndex.from_arrays([a.indices, b.indices])
            codes_, uniques = pd.factorize(pairs)
            periods = []
            for i, j in uniques:
                s, e = starts[i], ends[j]
                periods.append(period_from_dates(s, e))  # type: ignore[arg-type]
            idx = codes_.astype(np.int32)
        if any(p.end < p.start for p in periods):
            raise NotFast("a period ends before it starts")
        epoch = dt.date(1970, 1, 1)
        start_lut = np.array([(p.start - epoch).days for p in periods], dtype=np.int32)
        end_lut = np.array([(p.end - epoch).days for p in periods], dtype=np.int32)
        kind_lut = np.array([kinds.index(p.kind) for p in periods], dtype=np.int8)
        out["period_start"] = pa.array(start_lut[idx], pa.date32())
        out["period_end"] = pa.array(end_lut[idx], pa.date32())
        derived_kind = kind_lut[idx]
        if "period_kind" in out:
            out["period_kind"] = np.where(out["period_kind"] >= 0, out["period_kind"], derived_kind).astype(
                np.int8
            )
        else:
            out["period_kind"] = derived_kind
        labels = pa.array([p.label for p in periods], pa.string())
        derived_label = pa.DictionaryArray.from_arrays(pa.array(idx), labels)
        if "period_label" in distinct:
            typed = distinct["period_label"]
            texts = _map_distinct(typed, _text, "period_label")
            # A label typed by the analyst wins over the derived one.
            combined = pd.MultiIndex.from_arrays([typed.indices, idx])
            codes_, uniques = pd.factorize(combined)
            values = [(texts[t] if t >= 0 and texts[t] else None) or periods[p].label for t, p in uniques]
            out["period_label"] = pa.DictionaryArray.from_arrays(
                pa.array(codes_.astype(np.int32)), pa.array(values)
            )
        else:
            same = (
                _unchanged(distinct["period"], [p.label for p in periods]) if "period" in distinct else None
            )
            out["period_label"] = same if same is not None else derived_label

        # Provinces: matched once per distinct name, with the province of today.
        if "province" in distinct:
            col = distinct["province"]

            def province(value: object) -> tuple[str, str]:
                found = provinces.match_province(str(value))
                if found is None:
                    raise ParseError("province")
                return found[0], found[1].current

            found = _map_distinct(col, province, "province")
            idx_ = pa.array(col.indices, mask=col.indices < 0)
            for column, k in (("province", 0), ("province_current", 1)):
                names = [f[k] if f else None for f in found]
                same = _unchanged(col, names)
                out[column] = (
                    same
                    if same is not None
                    else pa.DictionaryArray.from_arrays(idx_, pa.array(names, pa.string()))
                )

        for column in _TEXT_INPUT:
            if column in distinct:
                col = distinct[column]
                texts = _map_distinct(col, _text, column)
                same = _unchanged(col, texts)
                if same is None and col.indices is None:  # a value changes: positions after all
                    col = distinct[column] = _distinct(by_target[column], xlsx)
                    texts = _map_distinct(col, _text, column)
                out[column] = (
                    same
                    if same is not None
                    else pa.DictionaryArray.from_arrays(
                        pa.array(col.indices, mask=col.indices < 0), pa.array(texts, pa.string())
                    )
                )

        for target, futures in pending.items():
            cleaned = pa.chunked_array([f.result() for f in futures], text[target].type)
            by_target[target] = cleaned
    finally:
        pool.shutdown(wait=True, cancel_futures=True)

    def missing_cells(rows: np.ndarray) -> np.ndarray:
        """Missing cells of each of ``rows`` (counted only where needed: rows are rarely short)."""
        found = np.zeros(len(rows), dtype=np.int16)
        for target, column in by_target.items():
            if target in distinct and distinct[target].indices is not None:
                found += distinct[target].indices[rows] < 0
            else:
                found += np.asarray(column.is_null().to_numpy(zero_copy_only=False))[rows]
        return found

    # A blank row misses every cell, so a required column too: only those rows are counted.
    short = np.flatnonzero(distinct[_REQUIRED_VOCAB[0]].indices < 0)
    if len(short) and (missing_cells(short) >= len(targets)).any():
        raise NotFast("a blank row")

    # Counts: parsed once per distinct value; record-level rows count 1.
    if "count" in distinct:
        col = distinct["count"]

        def count(value: object) -> tuple[int | None, str]:
            if isinstance(value, (dt.date, dt.time)):
                raise ParseError("count_text")
            return parse_count(value)

        found = _map_distinct(col, count, "count")
        values = np.array([c[0] if c and c[0] is not None else -1 for c in found], dtype=np.int64)
        kinds = vocab.codes("qualifier")
        quals = np.array([kinds.index(c[1]) if c else 0 for c in found], dtype=np.int8)
        counts = _take(values, col.indices, -1)
        from_count = _take(quals, col.indices, 0)
        if (counts < 0).any():
            # A row with no count: data only if the general loader would not call it a
            # footer or a heading (rows after the last count, rows with one cell).
            gaps = np.flatnonzero(counts < 0)
            last = np.flatnonzero(counts >= 0)
            if not len(last) or gaps[-1] > last[-1] or (len(targets) - missing_cells(gaps) <= 1).any():
                raise NotFast("rows with no count below the last count, or heading rows")
        out["count"] = pa.array(counts, mask=counts < 0)
    elif "count" in by_target:
        raise NotFast("count column of text type")
    else:
        # Record-level: every named row is one model, collective or person. A row with
        # no name may be a heading or a note to the general loader: not fast.
        name = by_target.get("name")
        if name is None or name.null_count or (name_text is not None and _any_blank(name_text)):
            raise NotFast("record-level rows with no name")
        out["count"] = pa.array(np.ones(n, dtype=np.int64))
        from_count = np.zeros(n, dtype=np.int8)
    if "qualifier" in out:
        stated = out["qualifier"]
        conflict = (stated >= 0) & (from_count != 0) & (stated != from_count)
        if conflict.any():
            raise NotFast("qualifier column contradicts the count")
        out["qualifier"] = np.where(stated >= 0, stated, from_count).astype(np.int8)
    else:
        out["qualifier"] = from_count
    if "measure" not in out:
        out["measure"] = np.zeros(n, dtype=np.int8)  # stock
    else:
        out["measure"] = np.where(out["measure"] >= 0, out["measure"], 0).astype(np.int8)

    # Free text that differs on every row: byte-checked above.
    for column in _TEXT_INPUT:
        if column not in out and column in by_target:
            out[column] = by_target[column]
    if "source_id" in out:
        if out["source_id"].null_count:
            raise NotFast("source_id missing on some row")
    else:
        out["source_id"] = pa.DictionaryArray.from_arrays(
            pa.array(np.zeros(n, np.int32)), pa.array([Path(file).name])
        )

    rows = np.arange(first_row, first_row + n, dtype=np.int64)
    stem = Path(file).stem
    if "record_id" in out:
        ids = out["record_id"]
        ids = ids.dictionary_decode() if isinstance(ids, pa.DictionaryArray) else ids
        if ids.null_count == 0:  # every id from the file: the column as it is, no copy
            explicit = pa.array(np.ones(n, bool))
        else:
            ids = ids.combine_chunks() if isinstance(ids, pa.ChunkedArray) else ids
            explicit = ids.is_valid()
        if ids.null_count:
            prefix = f"{stem}:{sheet}:" if sheet else f"{stem}:"
            generated = pc.binary_join_element_wise(prefix, pa.array(rows).cast(pa.string()), "")
            ids = pc.if_else(explicit, ids, generated)
    else:
        prefix = f"{stem}:{sheet}:" if sheet else f"{stem}:"
        ids = pc.binary_join_element_wise(prefix, pa.array(rows).cast(pa.string()), "")
        explicit = pa.array(np.zeros(n, bool))
    out["record_id"] = ids
    out["explicit_id"] = explicit
    out["row"] = pa.array(rows)

    columns = {}
    for name, values in out.items():
        if isinstance(values, np.ndarray):
            columns[name] = pa.array(values)
        else:
            columns[name] = values
    part = Part(file=Path(file).name, sheet=sheet, table=pa.table(columns))
    part.ids_unique = _ids_unique(part.table.column("record_id"))
    return part


def _ids_unique(ids: pa.ChunkedArray | pa.Array) -> bool:
    """Whether every id differs: a sorted column is checked by neighbours, else by hashing."""
    n = len(ids)
    if n < 2:
        return True
    chunks = [c for c in _chunks(ids) if len(c)]
    # Increasing inside every chunk and across each boundary: no copy of the column.
    if (
        ids.null_count == 0
        and all(pc.all(pc.less(c.slice(0, len(c) - 1), c.slice(1))).as_py() is not False for c in chunks)
        and all(a[len(a) - 1].as_py() < b[0].as_py() for a, b in itertools.pairwise(chunks))
    ):
        return True
    return pc.count_distinct(ids).as_py() == n


# --- readers -------------------------------------------------------------------------------------


def _block_size(path: Path) -> int:
    """CSV block size: the file in about 128 blocks, between 1 and 4 MiB each.

    Larger blocks were slower on big files (5M rows: 4 MiB 3.6 s, 13 MiB 4.3 s, 32 MiB 5.3 s).
    """
    return int(min(max(path.stat().st_size // 128, 1 << 20), 4 << 20))


def _column_types(targets: dict[str, str]) -> dict[str, pa.DataType]:
    """Arrow types the fast path asks the CSV reader for: text, or a dictionary of text."""
    return {
        h: pa.large_string()
        if t in _HIGH_CARDINALITY or t in _PASSED_ON
        else pa.dictionary(pa.int32(), pa.large_string())
        for h, t in targets.items()
    }


def csv_column_types(path: str | os.PathLike[str]) -> dict[str, pa.DataType]:
    """Return ``{header: Arrow type}`` that the fast path reads a tidy CSV file with.

    Free-text columns are ``large_string``; every other column is a dictionary of
    ``large_string`` (decoded once per distinct value). Raises :class:`NotFast` for a
    file the fast path does not read.
    """
    with Path(path).open("rb") as handle:
        first = handle.readline().decode("utf-8-sig").rstrip("\r\n")
    delimiter = max((",", ";", "\t"), key=first.count)
    return _column_types(_targets(next(csv.reader(io.StringIO(first), delimiter=delimiter))))


def _read_csv(path: Path) -> pa.Table:
    import pyarrow.csv as pacsv

    with path.open("rb") as handle:
        head = handle.read(1 << 16)
    if not head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotFast("empty or UTF-16 CSV")
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    line = head.split(b"\n", 1)[0].rstrip(b"\r")
    try:
        first = line.decode("utf-8")
    except UnicodeDecodeError:
        raise NotFast("first line is not UTF-8") from None
    if not first.strip():
        raise NotFast("CSV starts with a blank line")
    delimiter = max((",", ";", "\t"), key=first.count)  # as the general loader chooses
    headers = next(csv.reader(io.StringIO(first), delimiter=delimiter))
    if len(set(headers)) != len(headers):
        raise NotFast("repeated header")
    types = _column_types(_targets(headers))
    try:
        return pacsv.read_csv(
            path,
            # About 128 blocks: enough for every core to parse, few enough that
            # dictionaries unify and columns are checked in few steps.
            read_options=pacsv.ReadOptions(block_size=_block_size(path)),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(
                column_types=types, strings_can_be_null=True, quoted_strings_can_be_null=True
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError, OSError, UnicodeDecodeError) as exc:
        raise NotFast(f"pyarrow could not read the CSV: {str(exc)[:120]}") from None


def _read_parquet(path: Path) -> pa.Table:
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except Exception as exc:  # pyarrow raises several kinds for a damaged file
        raise NotFast(f"pyarrow could not read the Parquet file: {str(exc)[:120]}") from None
    meta = table.schema.pandas_metadata or {}
    index = [c for c in meta.get("index_columns", []) if isinstance(c, str)]
    if index:
        table = table.drop_columns(index)
    for name, typ in zip(table.column_names, table.schema.types, strict=True):
        base = typ.value_type if pa.types.is_dictionary(typ) else typ
        if not (
            pa.types.is_string(base)
            or pa.types.is_large_string(base)
            or pa.types.is_integer(base)
            or pa.types.is_floating(base)
            or pa.types.is_null(base)
        ):
            raise NotFast(f"column {name!r} of type {typ}")
    return table


_FIRST_CELL = re.compile(rb"<c\b[^>]*?\br=\"([A-Z]+)(\d+)\"[^>]*?(?:/>|>(.*?)</c>)", re.DOTALL)


def _sheet_parts(path: Path) -> dict[str, str]:
    """``{sheet name: part name in the zip}`` from the workbook's relations."""
    import defusedxml.ElementTree as SafeET

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        workbook = SafeET.fromstring(zf.read("xl/workbook.xml"))
        rels = SafeET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        targets[rel.get("Id", "")] = target.lstrip("/") if target.startswith("/") else "xl/" + target
    out = {}
    for sheet in workbook.iter(f"{ns_main}sheet"):
        part = targets.get(sheet.get(f"{ns_rel}id", ""), "")
        if part not in names:
            raise NotFast(f"sheet {sheet.get('name')!r} is not a worksheet part")
        out[sheet.get("name", "")] = part
    return out


def _check_sheet_xml(path: Path, part: str) -> None:
    """Refuse sheets whose data starts below A1, that merge cells or hold Excel errors.

    One streamed pass over the sheet's XML.
    """
    with zipfile.ZipFile(path) as zf, zf.open(part) as stream:
        head = stream.read(1 << 16)
        first = None
        for match in _FIRST_CELL.finditer(head):
            inner = match.group(3) or b""
            if b"<v>" in inner or b"<is>" in inner or b"<v " in inner:
                first = match.group(1) + match.group(2)
                break
        if first is not None and first != b"A1":
            raise NotFast(f"the table starts at {first.decode()}, not A1")
        tail = head[-32:]
        chunk = head
        while chunk:
            window = tail + chunk
            if b"<mergeCell" in window:
                raise NotFast("merged cells")
            if b't="e"' in window:  # "#DIV/0!": fastexcel reads an error cell as empty
                raise NotFast("cells holding an Excel error")
            tail = window[-32:]
            chunk = stream.read(1 << 22)


def _read_xlsx(path: Path) -> tuple[list[tuple[str, pa.Table]], list[tuple[str, pa.Table]]]:
    """Records sheets and sources sheets of a workbook, as Arrow tables."""
    import fastexcel

    from . import safety

    try:
        info = safety.check_workbook(path)
    except safety.FileRefused as refused:
        raise NotFast(f"refused: {refused.key}") from None
    if any(info.uncached.values()):
        raise NotFast("formulas with no saved value")
    parts = _sheet_parts(path)
    try:
        reader = fastexcel.read_excel(str(path))
    except Exception as exc:  # fastexcel raises its own kinds for damaged files
        raise NotFast(f"fastexcel could not open the workbook: {str(exc)[:120]}") from None
    records: list[tuple[str, pa.Table]] = []
    sources: list[tuple[str, pa.Table]] = []
    if list(reader.sheet_names) != list(parts):
        raise NotFast("sheets of the workbook are not all worksheets")

    def scan(name: str) -> str | None:
        try:
            _check_sheet_xml(path, parts[name])
        except NotFast as exc:
            return exc.reason
        return None

    # The workbook passed the safety checks: its sheets' XML is scanned (merged cells,
    # error cells, where the table starts) on one core while fastexcel parses on another.
    pool = ThreadPoolExecutor(max_workers=1)
    scans = {name: pool.submit(scan, name) for name in reader.sheet_names if fold(name) not in _HELPER_SHEETS}
    quiet = logging.getLogger("fastexcel")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # "could not determine dtype": a column with no value yet
    try:
        for name in reader.sheet_names:
            key = fold(name)
            if key in _HELPER_SHEETS:
                continue  # instructions and lists, skipped by the general loader too
            try:
                # One parse per sheet, types as the cells hold them; "strict": a column
                # that mixes text and numbers is not read (the general loader will).
                sheet = reader.load_sheet(
                    name, header_row=0, dtype_coercion="strict", skip_whitespace_tail_rows=True
                )
            except Exception as exc:  # an empty sheet, mixed types, other surprises
                if _empty_sheet(reader, name):
                    continue
                raise NotFast(f"fastexcel could not read sheet {name!r}: {str(exc)[:120]}") from None
            if sheet.visible != "visible":
                continue  # hidden sheets are skipped by the general loader too
            table = pa.Table.from_batches([sheet.to_arrow()])
            if not table.num_columns:
                continue  # an empty sheet
            reason = scans[name].result()
            if reason:
                raise NotFast(reason)
            if key in _SOURCE_SHEETS:
                sources.append((name, table))
                continue
            records.append((name, table))
    finally:
        quiet.setLevel(level)
        pool.shutdown(wait=True, cancel_futures=True)
    return records, sources


def _empty_sheet(reader: object, name: str) -> bool:
    try:
        probe = reader.load_sheet(name, header_row=None, n_rows=1)  # type: ignore[attr-defined]
        return probe.to_arrow().num_rows == 0
    except Exception:  # unreadable is not empty: the general loader will say what it is
        return False


def _parse_sources(table: pa.Table, file: str, sheet: str | None) -> list[dict[str, object]]:
    """Rows of a sources table as the general loader reads them (text and dates)."""
    targets = {}
    for header in table.column_names:
        column = vocab.header_to_column(nfc(str(header)), "sources")
        if column is None:
            column = vocab.header_to_column(_strip_brackets(nfc(str(header))), "sources")
        if fold(str(header)) in _IGNORED_HEADERS:
            continue
        if column is not None and column not in targets.values():
            targets[header] = column
        elif column is not None:
            raise NotFast("a sources column named twice")
    if "source_id" not in targets.values():
        raise NotFast("sources table without source_id in its first row")
    rows = []
    data = {h: [_cell(v) for v in table.column(h).to_pylist()] for h in table.column_names}
    for i in range(table.num_rows):
        if all(data[h][i] is None for h in table.column_names):
            continue
        record: dict[str, object] = {}
        for header, target in targets.items():
            value = data[header][i]
            try:
                record[target] = _date(value) if target in ("published", "event_date") else _text(value)
            except ParseError:
                raise NotFast(f"sources: {value!r} in {target}") from None
        rows.append(record)
    return rows


# --- whole sources -------------------------------------------------------------------------------


def _settings() -> dict[str, object]:
    import fastexcel

    return {
        "reader": "dvk_analysis.fastload",
        "format": FORMAT_VERSION,
        "pyarrow": pa.__version__,
        "fastexcel": getattr(fastexcel, "__version__", "?"),
    }


def read_part(path: str | os.PathLike[str]) -> list[Part]:
    """Read one file with the fast path: its records tables as :class:`Part` objects.

    A sources file (``sources.csv``) or a workbook's sources sheet comes back in
    ``Part.sources`` of a part with no rows.

    Raises
    ------
    NotFast
        When the file is not in the tidy layout, or anything in it is not sure to be
        read exactly as the general loader reads it.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FAST_SUFFIXES:
        raise NotFast(f"{suffix} files go to the general loader")
    if path.name.startswith(("~$", ".")):
        raise NotFast("a hidden or lock file")
    name = str(path)
    if suffix == ".xlsx":
        records, sources = _read_xlsx(path)
        if not records and not sources:
            raise NotFast("no records sheet")
        parts = [_parse_table(t, name, sheet, 2, True) for sheet, t in records]
        found = [row for sheet, t in sources for row in _parse_sources(t, name, sheet)]
        if found:
            parts.append(Part(path.name, None, pa.table({}), sources=found))
        return parts
    table = _read_csv(path) if suffix == ".csv" else _read_parquet(path)
    if fold(path.stem) in _SOURCE_SHEETS:
        return [Part(path.name, None, pa.table({}), sources=_parse_sources(table, name, None))]
    return [_parse_table(table, name, None, 2, False)]


def _cached_parts(path: Path, store: cache_module.ParsedCache | None) -> list[Part]:
    if store is None:
        return read_part(path)
    settings = _settings()
    hit = store.get(path, settings)
    if hit is not None:
        return [_part_from_cache(table) for table in hit]
    parts = read_part(path)
    repeated = ("province", "province_current", "issuer", "source_id", "period_label")
    store.put(path, settings, [_part_to_cache(p) for p in parts], repeated=repeated)
    return parts


def _part_to_cache(part: Part) -> pa.Table:
    import json

    meta = {
        "file": part.file,
        "sheet": part.sheet,
        "ids_unique": part.ids_unique,
        "sources": [
            {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()}
            for row in part.sources
        ],
    }
    return part.table.replace_schema_metadata({"dvk_part": json.dumps(meta, ensure_ascii=False)})


def _part_from_cache(table: pa.Table) -> Part:
    import json

    meta = json.loads(table.schema.metadata[b"dvk_part"])
    sources = [
        {
            k: (dt.date.fromisoformat(v) if k in ("published", "event_date") and v else v)
            for k, v in row.items()
        }
        for row in meta["sources"]
    ]
    return Part(meta["file"], meta["sheet"], table.replace_schema_metadata(None), sources, meta["ids_unique"])


def load_fast(
    source: str | os.PathLike[str] | None = None,
    *,
    cache: bool | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
) -> pd.DataFrame:
    """Load ``source`` with the fast path, or raise :class:`NotFast`.

    Parameters
    ----------
    source : path-like, optional
        A file or a folder, as for :func:`dvk_analysis.load.load_awards` (default:
        the embedded dataset).
    cache : bool, optional
        Use the cache of parsed files (default: on, unless ``DVK_CACHE=0``).
    cache_dir : path-like, optional
        Folder of the cache (default: ``DVK_CACHE_DIR`` or the user's cache folder).

    Returns
    -------
    DataFrame
        The tidy frame, exactly as :func:`~dvk_analysis.load.load_awards` returns it.

    Examples
    --------
    >>> from dvk_analysis import load_awards
    >>> fast = load_fast(cache=False)
    >>> fast.equals(load_awards())
    True
    """
    from .load import discover

    try:
        files = discover(source)
    except Exception:
        raise NotFast("the source cannot be listed") from None
    store = cache_module.open_cache(cache, cache_dir, files)
    parts: list[Part] = []
    for path in files:
        parts.extend(_cached_parts(path, store))
    return _assemble(parts)


def enabled() -> bool:
    """Tell whether the loader may try the fast path (``DVK_FAST=0`` turns it off)."""
    return os.environ.get("DVK_FAST", "1").strip().lower() not in ("0", "false", "no", "off")


def try_load(
    source: str | os.PathLike[str] | None = None,
    *,
    cache: bool | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
) -> pd.DataFrame | None:
    """Return the tidy frame of ``source`` read by the fast path, or None.

    None means "let the general loader read it": the source is not in the tidy layout,
    or something in it needs the general loader's checks and messages. The loader calls
    this first (see :func:`dvk_analysis.load.load_awards`).
    """
    try:
        return load_fast(source, cache=cache, cache_dir=cache_dir)
    except NotFast:
        return None


# --- across files, and the pandas frame ----------------------------------------------------------


def _assemble(parts: list[Part]) -> pd.DataFrame:
    records = [p for p in parts if p.table.num_rows]
    if not records:
        raise NotFast("no records")
    sources = [row for p in parts for row in p.sources]

    ids = [p.table.column("record_id") for p in records]
    if len(records) == 1:
        unique = records[0].ids_unique
    else:
        joined = pa.chunked_array([c for col in ids for c in _as_text(col).chunks], _TEXT)
        unique = pc.count_distinct(joined).as_py() == len(joined)
    if not unique:
        raise NotFast("a record id is repeated")
    if any(not pc.all(p.table.column("explicit_id")).as_py() for p in records):
        _check_duplicate_dimensions(records)
    _check_part_of(records)
    known = {str(r["source_id"]) for r in sources if r.get("source_id") is not None}
    if known:
        for p in records:
            ids = p.table.column("source_id")
            if pa.types.is_dictionary(ids.type):  # only the values in use, not every row cast
                ids = pa.chunked_array([c.dictionary.take(pc.unique(c.indices)) for c in ids.chunks])
            found = set(pc.unique(ids.cast(pa.string())).to_pylist())
            unknown = found - known - {p.file}
            if unknown:
                raise NotFast(f"source ids with no source: {sorted(unknown)[:3]}")
    return _to_pandas(records, sources)


def _check_duplicate_dimensions(records: list[Part]) -> None:
    """Rows with no id of their own that repeat another row's dimensions: the general loader's."""
    keys = ("movement", "subject", "action", "tier", "level", "unit_type", "field", "measure")
    frames = []
    for p in records:
        t = p.table
        frame = pd.DataFrame({k: t.column(k).to_numpy() for k in keys if k in t.column_names})
        for k in ("period_start", "period_end"):
            frame[k] = t.column(k).cast(pa.int32()).to_numpy()
        for k in ("province", "issuer", "name"):
            if k in t.column_names:
                values = t.column(k).cast(pa.string()).to_pylist()
                frame[k] = [None if v is None else fold(v) for v in values]
        frame["_explicit"] = t.column("explicit_id").to_numpy(zero_copy_only=False)
        frames.append(frame)
    frame = pd.concat(frames, ignore_index=True)
    dims = [c for c in frame.columns if c != "_explicit"]
    repeated = frame.duplicated(dims, keep=False)
    if (repeated & ~frame["_explicit"]).any():
        raise NotFast("rows without ids that repeat other rows")


def _check_part_of(records: list[Part]) -> None:
    if not any(
        "part_of" in p.table.column_names and p.table.column("part_of").null_count < p.table.num_rows
        for p in records
    ):
        return
    ids = pa.chunked_array([c for p in records for c in _as_text(p.table.column("record_id")).chunks], _TEXT)
    for p in records:
        if "part_of" not in p.table.column_names:
            continue
        part_of = _as_text(p.table.column("part_of"))
        own = _as_text(p.table.column("record_id"))
        given = part_of.is_valid()
        if pc.any(pc.and_(given, pc.equal(part_of, own))).as_py():
            raise NotFast("a record is part of itself")
        known = pc.is_in(part_of, value_set=pc.unique(ids))
        if pc.any(pc.and_(given, pc.invert(known))).as_py():
            raise NotFast("part_of names an unknown record")


_TEXT = pa.large_string()  # pandas keeps text as large_string: no cast when it arrives


def _as_text(column: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """Plain large_string text: dictionaries decoded (their values cast first, once)."""
    if pa.types.is_dictionary(column.type):
        typed = pa.dictionary(column.type.index_type, _TEXT)
        column = column.cast(typed) if column.type != typed else column
        if isinstance(column, pa.ChunkedArray):
            return pa.chunked_array([c.dictionary_decode() for c in column.chunks], _TEXT)
        return column.dictionary_decode()
    return column if column.type == _TEXT else column.cast(_TEXT)


def _str_series(column: pa.ChunkedArray | pa.Array) -> pd.Series:
    series = _as_text(column).to_pandas()
    return series if series.dtype == "str" else series.astype("str")


def _to_pandas(records: list[Part], sources: list[dict[str, object]]) -> pd.DataFrame:
    n = sum(p.table.num_rows for p in records)

    def gather(column: str) -> pa.ChunkedArray | None:
        if not any(column in p.table.column_names for p in records):
            return None
        chunks: list[pa.Array] = []
        for p in records:
            if column in p.table.column_names:
                chunks.extend(_as_text(p.table.column(column)).chunks)
            else:
                chunks.append(pa.nulls(p.table.num_rows, _TEXT))
        return pa.chunked_array(chunks, _TEXT)

    dtypes = schema.dtypes()
    # One all-missing text array serves every empty column (Arrow arrays are immutable).
    nothing = pa.nulls(n, _TEXT)
    info: dict[str, dict[str, object]] = {}
    if sources:
        for row in sources:  # the first row of a source id wins, as in the general loader
            info.setdefault(str(row["source_id"]), row)

    def build(item: tuple[str, object]) -> tuple[str, object]:
        column, dtype = item
        if column in _CODE_COLUMNS:
            codes = np.concatenate(
                [
                    p.table.column(column).to_numpy()
                    if column in p.table.column_names
                    else np.full(p.table.num_rows, -1, np.int8)
                    for p in records
                ]
            )
            return column, pd.Categorical.from_codes(codes, dtype=dtype)  # type: ignore[arg-type]
        if column in ("count", "row"):
            col = pa.chunked_array([c for p in records for c in p.table.column(column).chunks])
            values = col.to_numpy(zero_copy_only=False)
            mask = np.asarray(col.is_null().to_numpy(zero_copy_only=False))
            values = np.where(mask, 0, values) if mask.any() else values
            # A view of Arrow's buffer is read-only: copied, so users can assign to the frame.
            values = values.astype(np.int64, copy=not values.flags.writeable)
            return column, pd.arrays.IntegerArray(values, mask)
        if column in ("period_start", "period_end"):
            col = pa.chunked_array([c for p in records for c in p.table.column(column).chunks])
            if col.null_count:
                return column, col.cast(pa.timestamp("ns")).to_numpy().astype("datetime64[ns]")
            # Days since 1970 to nanoseconds in one new array (not a cast, then a copy of it).
            pieces = [
                np.frombuffer(c.buffers()[1], np.int32)[c.offset : c.offset + len(c)] for c in col.chunks
            ]
            days = pieces[0] if len(pieces) == 1 else np.concatenate(pieces)
            nanoseconds = days.astype(np.int64)
            nanoseconds *= 86_400_000_000_000
            return column, nanoseconds.view("datetime64[ns]")
        if column in schema.PROVENANCE_COLUMNS:
            # One category per file or sheet name: no text written per row.
            names = [getattr(p, column) for p in records]
            categories = sorted({v for v in names if v is not None})
            code = [categories.index(v) if v is not None else -1 for v in names]
            codes = np.repeat(np.array(code, dtype=np.int32), [p.table.num_rows for p in records])
            return column, pd.Categorical.from_codes(
                codes, dtype=pd.CategoricalDtype(pd.Index(categories, dtype="str"))
            )
        if column in ("source_title", "source_publisher", "source_url", "source_date"):
            src = next(k for k, v in _SOURCE_TARGETS.items() if v == column)
            if not info:
                if column == "source_date":
                    return column, np.full(n, np.datetime64("NaT"), "datetime64[ns]")
                return column, _str_series(nothing)
            table = pc.dictionary_encode(gather("source_id")).combine_chunks()
            mapped = [info.get(s, {}).get(src) for s in table.dictionary.to_pylist()]
            idx = pc.fill_null(table.indices, -1).to_numpy(zero_copy_only=False)
            if column == "source_date":
                lut = np.array(
                    [np.datetime64(v, "ns") if v else np.datetime64("NaT") for v in mapped], "datetime64[ns]"
                )
                return column, lut[idx] if len(lut) else np.full(n, np.datetime64("NaT"), "datetime64[ns]")
            values_arr = pa.array(mapped, _TEXT)
            return column, _str_series(
                pa.DictionaryArray.from_arrays(pa.array(idx, mask=idx < 0), values_arr)
            )
        col = gather(column)
        return column, _str_series(nothing) if col is None else _str_series(col)

    # Arrow and numpy release the GIL: the columns are built on every core.
    with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
        data = dict(pool.map(build, list(dtypes.items())))
    # Every column is a fresh array: no copy, and no consolidation into 2-D blocks.
    return pd.DataFrame(
        {k: (v.reset_index(drop=True) if isinstance(v, pd.Series) else v) for k, v in data.items()},
        copy=False,
    )
