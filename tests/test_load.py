"""The loader: the embedded seed, round trips through every format, bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import dvk_analysis as dvk
from dvk_analysis import DataError, LoadResult, Problem, load_awards, schema

SEED = dvk.DEFAULT_DATA


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    return load_awards()


def _one(frame: pd.DataFrame, record_id: str) -> pd.Series:
    rows = frame[frame["record_id"] == record_id]
    assert len(rows) == 1, record_id
    return rows.iloc[0]


# --- the embedded seed -----------------------------------------------------------------

PHASE = (pd.Timestamp(2021, 1, 1), pd.Timestamp(2023, 12, 31), "phase", "2021-2023")
Q3_2023 = (pd.Timestamp(2023, 7, 1), pd.Timestamp(2023, 9, 30), "quarter", "Quý III/2023")

# record_id: movement, subject, action, tier, level, count, qualifier, period, part_of
SEED_RECORDS = {
    "kg23-01": ("dan_van_kheo", "model", "recognised", None, "grassroots", 500, "at_least", PHASE, None),
    "kg23-02": ("dan_van_kheo", "model", "recognised", None, "bloc", 78, "exact", PHASE, "kg23-01"),
    "kg23-03": ("dan_van_kheo", "model", "recognised", None, "province", 76, "exact", PHASE, "kg23-01"),
    "kg23-04": (
        "dan_van_kheo",
        "model_or_exemplar",
        "rewarded",
        None,
        "grassroots",
        322,
        "exact",
        PHASE,
        None,
    ),
    "kg23-05": (
        "dan_van_kheo",
        "collective",
        "certificate_of_merit",
        "achievement",
        "bloc",
        7,
        "exact",
        PHASE,
        None,
    ),
    "kg23-06": (
        "dan_van_kheo",
        "individual",
        "certificate_of_merit",
        "achievement",
        "bloc",
        6,
        "exact",
        PHASE,
        None,
    ),
    "kg23-07": (
        "dan_van_kheo",
        "collective",
        "certificate_of_merit",
        "excellent",
        "bloc",
        19,
        "exact",
        PHASE,
        None,
    ),
    "kg23-08": (
        "dan_van_kheo",
        "individual",
        "certificate_of_merit",
        "excellent",
        "bloc",
        2,
        "exact",
        PHASE,
        None,
    ),
    "kg23-09": (
        "ho_chi_minh_study",
        "collective",
        "certificate_of_merit",
        "achievement",
        "bloc",
        3,
        "exact",
        Q3_2023,
        None,
    ),
    "kg23-10": (
        "ho_chi_minh_study",
        "individual",
        "certificate_of_merit",
        "achievement",
        "bloc",
        8,
        "exact",
        Q3_2023,
        None,
    ),
}


def test_seed_has_every_count_of_the_article(seed: pd.DataFrame) -> None:
    assert len(seed) == 10
    assert sorted(seed["record_id"]) == sorted(SEED_RECORDS)


@pytest.mark.parametrize("record_id", sorted(SEED_RECORDS))
def test_seed_record(seed: pd.DataFrame, record_id: str) -> None:
    movement, subject, action, tier, level, count, qualifier, period, part_of = SEED_RECORDS[record_id]
    row = _one(seed, record_id)
    assert row["movement"] == movement
    assert row["subject"] == subject
    assert row["action"] == action
    assert (row["tier"] if pd.notna(row["tier"]) else None) == tier
    assert row["level"] == level
    assert row["count"] == count
    assert row["qualifier"] == qualifier
    assert (row["period_start"], row["period_end"], row["period_kind"], row["period_label"]) == period
    assert (row["part_of"] if pd.notna(row["part_of"]) else None) == part_of
    assert row["province"] == "Kiên Giang"
    assert row["source_id"] == "baokg-2023-11-03"
    assert row["measure"] == "stock"
    assert isinstance(row["quote"], str) and str(count) in row["quote"]
    assert row["file"] == "dvk_awards.xlsx" and row["sheet"] == "records"


def test_seed_sources_are_joined(seed: pd.DataFrame) -> None:
    assert (seed["source_date"] == pd.Timestamp(2023, 11, 3)).all()
    assert seed["source_publisher"].notna().all()


def test_seed_frame_follows_the_schema(seed: pd.DataFrame) -> None:
    for column in schema.COLUMNS:
        assert column in seed.columns, column
    assert isinstance(seed["level"].dtype, pd.CategoricalDtype) and seed["level"].dtype.ordered
    assert str(seed["count"].dtype) == "Int64"
    assert seed["level"].min() == "grassroots" and seed["level"].max() == "province"
    schema.validate_frame(seed)


def test_seed_rows_are_the_spreadsheet_rows(seed: pd.DataFrame) -> None:
    assert _one(seed, "kg23-01")["row"] == 2
    assert _one(seed, "kg23-10")["row"] == 11


def test_loading_is_deterministic(seed: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(seed, load_awards())


def test_seed_parts_are_parts_of_an_existing_total(seed: pd.DataFrame) -> None:
    parts = seed[seed["part_of"].notna()]
    assert set(parts["part_of"]) <= set(seed["record_id"])


# --- round trips -----------------------------------------------------------------------


def _records_grid(path: Path = SEED, sheet: str = "records") -> list[list[object]]:
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb[sheet]
    return [list(row) for row in ws.iter_rows(values_only=True)]


def _write_csv(grid: list[list[object]], path: Path, encoding: str = "utf-8") -> Path:
    frame = pd.DataFrame(grid[1:], columns=grid[0])
    frame.to_csv(path, index=False, encoding=encoding)
    return path


def _comparable(frame: pd.DataFrame) -> pd.DataFrame:
    # Where a record came from differs by format; what it says must not.
    cols = [
        c for c in frame.columns if c not in ("file", "sheet", "row", "path") and not c.startswith("source_")
    ]
    return frame[cols].sort_values("record_id").reset_index(drop=True)


def test_csv_round_trip(tmp_path: Path, seed: pd.DataFrame) -> None:
    records = _write_csv(_records_grid(), tmp_path / "records.csv")
    loaded = load_awards(records)
    pd.testing.assert_frame_equal(_comparable(loaded), _comparable(seed))
    assert (loaded["file"] == "records.csv").all()
    assert loaded["row"].tolist() == list(range(2, 12))


def test_csv_with_bom_round_trip(tmp_path: Path, seed: pd.DataFrame) -> None:
    records = _write_csv(_records_grid(), tmp_path / "records.csv", encoding="utf-8-sig")
    assert records.read_bytes().startswith(b"\xef\xbb\xbf")
    pd.testing.assert_frame_equal(_comparable(load_awards(records)), _comparable(seed))


def test_parquet_round_trip(tmp_path: Path, seed: pd.DataFrame) -> None:
    grid = _records_grid()
    frame = pd.DataFrame(grid[1:], columns=grid[0])
    frame.to_parquet(tmp_path / "records.parquet")
    loaded = load_awards(tmp_path / "records.parquet")
    pd.testing.assert_frame_equal(_comparable(loaded), _comparable(seed))


def test_folder_of_files(tmp_path: Path, seed: pd.DataFrame) -> None:
    grid = _records_grid()
    _write_csv([grid[0], *grid[1:6]], tmp_path / "a.csv")
    _write_csv([grid[0], *grid[6:]], tmp_path / "b.csv")
    _write_csv(_records_grid(sheet="sources"), tmp_path / "sources.csv")
    (tmp_path / "readme.txt").write_text("not data", encoding="utf-8")
    loaded = load_awards(tmp_path)
    assert len(loaded) == 10
    pd.testing.assert_frame_equal(_comparable(loaded), _comparable(seed))
    assert (loaded["source_date"] == pd.Timestamp(2023, 11, 3)).all()
    assert sorted(set(loaded["file"])) == ["a.csv", "b.csv"]


def test_xlsx_copy_loads_the_same(tmp_path: Path, seed: pd.DataFrame) -> None:
    copy = tmp_path / "copy.xlsx"
    shutil.copyfile(SEED, copy)
    pd.testing.assert_frame_equal(_comparable(load_awards(copy)), _comparable(seed))


def test_source_file_is_never_written(tmp_path: Path) -> None:
    copy = tmp_path / "copy.xlsx"
    shutil.copyfile(SEED, copy)
    old = dt.datetime(2020, 1, 2, 3, 4, 5).timestamp()
    os.utime(copy, (old, old))
    before = (hashlib.sha256(copy.read_bytes()).hexdigest(), copy.stat().st_mtime_ns)
    load_awards(copy)
    load_awards(copy, errors="collect")
    after = (hashlib.sha256(copy.read_bytes()).hexdigest(), copy.stat().st_mtime_ns)
    assert before == after
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.xlsx"]  # no lock or temp files left


def test_seed_file_is_never_written() -> None:
    before = (hashlib.sha256(SEED.read_bytes()).hexdigest(), SEED.stat().st_mtime_ns)
    load_awards()
    assert (hashlib.sha256(SEED.read_bytes()).hexdigest(), SEED.stat().st_mtime_ns) == before


# --- bad input -------------------------------------------------------------------------


def _seed_variant(tmp_path: Path, name: str, change: Callable[[openpyxl.Workbook], None]) -> Path:
    wb = openpyxl.load_workbook(SEED)
    change(wb)
    path = tmp_path / name
    wb.save(path)
    return path


def _only_problem(path: Path) -> Problem:
    with pytest.raises(DataError) as info:
        load_awards(path)
    problems = info.value.problems
    assert len(problems) == 1, problems
    return problems[0]


def test_wrong_column_names_file_sheet_row_column_and_accepted_names(tmp_path: Path) -> None:
    path = _seed_variant(tmp_path, "wrong_column.xlsx", lambda wb: wb["records"].cell(1, 6, "Cấp bậc"))
    problem = _only_problem(path)
    assert (Path(problem.file).name, problem.sheet, problem.row, problem.column) == (
        "wrong_column.xlsx",
        "records",
        1,
        "Cấp bậc",
    )
    assert "Số lượng" in problem.expected  # the columns found are listed
    assert "level" in problem.expected and "count" in problem.expected  # and the accepted names
    assert "wrong_column.xlsx" in str(problem) and "Cấp bậc" in str(problem)


def test_unknown_level(tmp_path: Path) -> None:
    path = _seed_variant(tmp_path, "level.xlsx", lambda wb: wb["records"].cell(4, 6, "tỉnh thành"))
    problem = _only_problem(path)
    assert (Path(problem.file).name, problem.sheet, problem.row, problem.value) == (
        "level.xlsx",
        "records",
        4,
        "tỉnh thành",
    )
    assert problem.column in ("Cấp", "level")
    assert "Cơ sở (grassroots)" in problem.expected and "Khối (bloc)" in problem.expected
    text = str(problem)
    for part in ("level.xlsx", "records", "row 4", "tỉnh thành", "Cơ sở"):
        assert part in text


def test_negative_count(tmp_path: Path) -> None:
    path = _seed_variant(tmp_path, "negative.xlsx", lambda wb: wb["records"].cell(4, 9, -5))
    problem = _only_problem(path)
    assert (problem.sheet, problem.row, problem.value) == ("records", 4, -5)
    assert problem.column in ("Số lượng", "count")
    assert "0 or more" in problem.expected and "negative" in problem.expected


def test_text_in_a_count_cell(tmp_path: Path) -> None:
    path = _seed_variant(tmp_path, "text.xlsx", lambda wb: wb["records"].cell(5, 9, "nhiều"))
    problem = _only_problem(path)
    assert (problem.sheet, problem.row, problem.value) == ("records", 5, "nhiều")
    assert "whole number" in problem.expected


def test_fraction_in_a_count_cell(tmp_path: Path) -> None:
    path = _seed_variant(tmp_path, "fraction.xlsx", lambda wb: wb["records"].cell(5, 9, 2.5))
    problem = _only_problem(path)
    assert (problem.row, problem.value) == (5, 2.5)
    assert "fraction" in problem.expected


def test_missing_records_sheet(tmp_path: Path) -> None:
    def only_notes(wb: openpyxl.Workbook) -> None:
        del wb["records"]
        del wb["sources"]
        notes = wb.create_sheet("Ghi chú")
        notes["A1"] = "Số liệu sẽ bổ sung sau"

    path = _seed_variant(tmp_path, "no_records.xlsx", only_notes)
    problem = _only_problem(path)
    assert Path(problem.file).name == "no_records.xlsx"
    assert "Ghi chú" in str(problem)


def test_missing_file_and_wrong_suffix(tmp_path: Path) -> None:
    problem = _only_problem(tmp_path / "nowhere.xlsx")
    assert "existing file" in problem.expected
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    problem = _only_problem(tmp_path / "notes.txt")
    assert ".xlsx" in problem.expected


def test_blank_rows_are_skipped_and_counted(tmp_path: Path, seed: pd.DataFrame) -> None:
    path = _seed_variant(tmp_path, "blank.xlsx", lambda wb: wb["records"].insert_rows(4, 2))
    loaded = load_awards(path)
    pd.testing.assert_frame_equal(_comparable(loaded), _comparable(seed))
    assert _one(loaded, "kg23-03")["row"] == 6  # rows keep their spreadsheet numbers
    result = load_awards(path, errors="collect")
    line = result.report.set_index("sheet").loc["records"]
    assert (line["read"], line["loaded"], line["rejected"], line["blank"]) == (10, 10, 0, 2)


def test_every_problem_is_listed_and_counts_add_up(tmp_path: Path) -> None:
    def three_bad(wb: openpyxl.Workbook) -> None:
        ws = wb["records"]
        ws.cell(3, 6, "tỉnh thành")
        ws.cell(5, 9, -1)
        ws.cell(7, 9, "nhiều")

    path = _seed_variant(tmp_path, "three_bad.xlsx", three_bad)
    with pytest.raises(DataError) as info:
        load_awards(path)
    assert len(info.value.problems) == 3
    assert "3 problems" in str(info.value)

    result = load_awards(path, errors="collect")
    assert isinstance(result, LoadResult)
    assert sorted(result.rejected["row"]) == [3, 5, 7]
    assert list(result.rejected.columns[:6]) == ["file", "sheet", "row", "column", "value", "expected"]
    line = result.report.set_index("sheet").loc["records"]
    assert (line["read"], line["loaded"], line["rejected"]) == (10, 7, 3)
    assert line["read"] == line["loaded"] + line["rejected"]
    assert len(result.frame) == 7
    assert not {"kg23-02", "kg23-04", "kg23-06"} & set(result.frame["record_id"])


def test_errors_option_is_checked() -> None:
    with pytest.raises(ValueError, match="errors"):
        load_awards(errors="ignore")  # type: ignore[call-overload]
