"""SYNTHETIC award records for benchmarks and tests: never real data.

Every value here is made up by a random generator with a fixed seed. The files carry
the word "synthetic" in their names, in a ``Ghi chú`` (note) column on every row, and in
their metadata (Parquet key ``dvk_synthetic``, the workbook's properties), so they can
never be mistaken for reported counts. Notebooks and reports must not read them.

The records look like a national, record-level history: one row per recognised model,
exemplar, collective or person, with its name, in the 63 provinces (their real names,
before the 2025 merger), at every level, in periods from 2009 to 2026, with unit types
and fields. Values are written as Vietnamese offices type them (labels, not codes), in the
tidy input layout that :mod:`dvk_analysis.fastload` reads in one vectorised pass.

Each province reports each period once: the source id (``SYN-pp-nnn``) follows from the
province and the period, so comparisons, which never add counts of different reports,
meet as many reports as a national history would have.

``layout="counts"`` writes aggregated counts instead (a ``Số lượng`` column, some of them
lower bounds such as "trên 500") for the tests.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from dvk_analysis import provinces, vocab

#: Rows of the benchmark files, by the size word in their names.
SIZES: dict[str, int] = {"100k": 100_000, "300k": 300_000, "1m": 1_000_000, "5m": 5_000_000}

#: Where the benchmark files go unless ``DVK_BENCH_DATA`` says otherwise (git-ignored).
DEFAULT_FOLDER = Path(__file__).resolve().parent / "data"

#: The note every synthetic row carries.
SYNTHETIC_NOTE = "GIẢ LẬP (synthetic)"

Layout = Literal["records", "counts"]

_SEED = 2009
_YEARS = range(2009, 2027)
# Phases of the movement as reports name them (three-year phases from 2009).
_PHASES = [(y, y + 2) for y in range(2009, 2027, 3) if y + 2 <= 2026]
_NAME_PARTS = (
    "Mô hình dân vận khéo",
    "Mô hình xây dựng nông thôn mới",
    "Mô hình tự quản khu dân cư",
    "Mô hình chuyển đổi số",
    "Mô hình bảo vệ môi trường",
    "Điển hình giảm nghèo bền vững",
    "Mô hình an ninh trật tự",
    "Mô hình cải cách hành chính",
)


def _period_labels() -> list[str]:
    labels = [f"Năm {y}" for y in _YEARS]
    labels += [f"Quý {q}/{y}" for y in _YEARS for q in ("I", "II", "III", "IV")]
    labels += [f"6 tháng đầu năm {y}" for y in _YEARS]
    labels += [f"{a}-{b}" for a, b in _PHASES]
    return labels


def _weights(n: int, rng: np.random.Generator) -> np.ndarray:
    w = rng.gamma(2.0, 1.0, n)
    return w / w.sum()


def _pick(values: Sequence[str], n: int, rng: np.random.Generator, nulls: float = 0.0) -> pa.Array:
    """A dictionary-encoded column of ``n`` values drawn from ``values`` (some null)."""
    indices = rng.choice(len(values), size=n, p=_weights(len(values), rng)).astype(np.int32)
    mask = rng.random(n) < nulls if nulls else None
    return pa.DictionaryArray.from_arrays(pa.array(indices, mask=mask), pa.array(list(values), pa.string()))


def synthetic_table(n: int, *, layout: Layout = "records", seed: int = _SEED, start: int = 0) -> pa.Table:
    """Return ``n`` SYNTHETIC award rows as an Arrow table with Vietnamese headers.

    Parameters
    ----------
    n : int
        Number of rows.
    layout : {"records", "counts"}
        "records": one row per model, collective or person, with a ``Tên`` (name)
        column and no count. "counts": a ``Số lượng`` (count) column instead.
    seed : int
        Seed of the random generator: the same arguments give the same table.
    start : int
        Number of the first record id (``SYN-00000001`` for 0).

    Examples
    --------
    >>> table = synthetic_table(5)
    >>> table.num_rows, table.column_names[:3]
    (5, ['Mã bản ghi', 'Tên', 'Phong trào'])
    >>> set(table.column("Ghi chú").to_pylist()) == {SYNTHETIC_NOTE}
    True
    """
    rng = np.random.default_rng(seed)
    header = {c: vocab.column_label(c, "vi") for c in vocab.COLUMN_LABELS}
    names = [p.name for p in provinces.provinces()]
    ids = np.arange(start + 1, start + n + 1)
    record_ids = pc.binary_join_element_wise(
        "SYN-", pc.utf8_lpad(pa.array(ids).cast(pa.string()), 8, "0"), ""
    )
    columns: dict[str, pa.Array] = {header["record_id"]: record_ids}
    if layout == "records":
        parts = _pick(_NAME_PARTS, n, rng).dictionary_decode()
        columns[header["name"]] = pc.binary_join_element_wise(
            parts, pa.array(ids % 100_003).cast(pa.string()), " số "
        )
    labels = {c: list(vocab.labels(c).values()) for c in vocab.VOCAB_COLUMNS}
    columns[header["movement"]] = _pick(labels["movement"], n, rng)
    columns[header["subject"]] = _pick(labels["subject"], n, rng)
    columns[header["action"]] = _pick(labels["action"][:6], n, rng)  # proposals are not awards
    columns[header["tier"]] = _pick(labels["tier"], n, rng, nulls=0.4)
    columns[header["level"]] = _pick(labels["level"], n, rng)
    columns[header["unit_type"]] = _pick(labels["unit_type"], n, rng, nulls=0.1)
    columns[header["field"]] = _pick(labels["field"], n, rng, nulls=0.2)
    if layout == "counts":
        counts = rng.geometric(0.02, n).astype(np.int64)
        text = pa.array(counts).cast(pa.string())
        bound = rng.random(n) < 0.05
        columns[header["count"]] = pc.if_else(
            pa.array(bound), pc.binary_join_element_wise("trên", text, " "), text
        )
    periods = _period_labels()
    columns[header["period"]] = period = _pick(periods, n, rng)
    columns[header["province"]] = province = _pick(names, n, rng)
    issuers = [f"Ban Dân vận Tỉnh ủy {p}" for p in names] + [
        f"Ủy ban Mặt trận Tổ quốc tỉnh {p}" for p in names
    ]
    columns[header["issuer"]] = _pick(issuers, n, rng)
    # One report per province and period, as provinces report each period.
    report = province.indices.to_numpy().astype(np.int32) * len(periods) + period.indices.to_numpy()
    codes, reports = np.unique(report, return_inverse=True)
    columns[header["source_id"]] = pa.DictionaryArray.from_arrays(
        pa.array(reports.astype(np.int32)),
        pa.array([f"SYN-{c // len(periods) + 1:02d}-{c % len(periods):03d}" for c in codes.tolist()]),
    )
    columns[header["note"]] = pa.DictionaryArray.from_arrays(
        pa.array(np.zeros(n, np.int32)), pa.array([SYNTHETIC_NOTE])
    )
    table = pa.table(columns)
    return table.replace_schema_metadata({"dvk_synthetic": "true", "dvk_generator": "benchmarks/synth.py"})


def file_name(size: str, suffix: str, layout: Layout = "records") -> str:
    """Return the file name of a benchmark file: ``synthetic_dvk_records_1m.csv``."""
    return f"synthetic_dvk_{layout}_{size}.{suffix}"


def write_csv(table: pa.Table, path: Path) -> Path:
    """Write ``table`` as UTF-8 CSV (comma-separated, header first)."""
    plain = pa.table({n: _decoded(c) for n, c in zip(table.column_names, table.columns, strict=True)})
    pacsv.write_csv(plain, path)
    return path


def write_parquet(table: pa.Table, path: Path) -> Path:
    """Write ``table`` as Parquet, keeping its dictionary columns and the synthetic mark."""
    pq.write_table(table, path, compression="snappy")
    return path


def write_xlsx(table: pa.Table, path: Path, sheet: str = "records") -> Path:
    """Write ``table`` as an .xlsx workbook, marked synthetic in its properties.

    Text goes to the shared strings table, as Excel itself writes it (xlsxwriter's
    constant-memory mode writes inline strings, about twice the size unpacked).
    """
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    workbook.set_properties({"title": "SYNTHETIC award data", "comments": SYNTHETIC_NOTE})
    ws = workbook.add_worksheet(sheet)
    ws.write_row(0, 0, table.column_names)
    columns = [_decoded(c).to_pylist() for c in table.columns]
    write_string, write_number, write_blank = ws.write_string, ws.write_number, ws.write_blank
    for r, row in enumerate(zip(*columns, strict=True), start=1):
        for c, value in enumerate(row):
            if value is None:
                write_blank(r, c, None)
            elif isinstance(value, str):
                write_string(r, c, value)
            else:
                write_number(r, c, value)
    workbook.close()
    return path


def _decoded(column: pa.ChunkedArray | pa.Array) -> pa.Array:
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks()
    return column.dictionary_decode() if pa.types.is_dictionary(column.type) else column


_WRITERS = {"csv": write_csv, "parquet": write_parquet, "xlsx": write_xlsx}


def folder() -> Path:
    """Return the folder of the benchmark files (``DVK_BENCH_DATA`` or ``benchmarks/data``)."""
    return Path(os.environ.get("DVK_BENCH_DATA") or DEFAULT_FOLDER)


def ensure(size: str, suffix: str, layout: Layout = "records", where: Path | None = None) -> Path:
    """Return the path of a benchmark file, writing it first if it is not there yet."""
    where = where or folder()
    where.mkdir(parents=True, exist_ok=True)
    path = where / file_name(size, suffix, layout)
    if not path.exists():
        partial = path.with_name(path.name + ".partial")
        _WRITERS[suffix](synthetic_table(SIZES[size], layout=layout), partial)
        partial.replace(path)
    return path


def main(argv: Sequence[str] | None = None) -> None:
    """Write every benchmark file (``python -m benchmarks.synth``)."""
    import argparse

    parser = argparse.ArgumentParser(description="Write the SYNTHETIC benchmark files.")
    parser.add_argument("--sizes", nargs="*", default=["100k", "1m", "5m"])
    parser.add_argument("--xlsx-sizes", nargs="*", default=["100k", "300k"])
    args = parser.parse_args(argv)
    for size in args.sizes:
        for suffix in ("csv", "parquet"):
            print(ensure(size, suffix))
    for size in args.xlsx_sizes:
        print(ensure(size, "xlsx"))


if __name__ == "__main__":
    main()
