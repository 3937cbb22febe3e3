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

SEED = dvk.SEED_DATA


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    return load_awards(SEED)


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
    pd.testing.assert_frame_equal(seed, load_awards(SEED))


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
    load_awards(SEED)
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


# --- real office files (issue 4) ---------------------------------------------------------

FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"


def _fixtures_module():  # type: ignore[no-untyped-def]
    import sys

    if str(FIXTURES_DIR) not in sys.path:
        sys.path.insert(0, str(FIXTURES_DIR))
    import make_fixtures

    return make_fixtures


mf = _fixtures_module()


@pytest.fixture(scope="session")
def fx(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return mf.build_all(tmp_path_factory.mktemp("office"))


@pytest.fixture(scope="session")
def office(fx: dict[str, Path]) -> LoadResult:
    return load_awards(fx["bao_cao_2023.xlsx"], errors="collect")


def test_office_workbook_loads_every_record_with_its_values(office: LoadResult) -> None:
    assert office.problems == []
    got = office.frame[
        [
            "sheet",
            "row",
            "movement",
            "subject",
            "action",
            "level",
            "count",
            "qualifier",
            "period_label",
            "province",
            "province_current",
        ]
    ]
    rows = [tuple(None if pd.isna(v) else v for v in r) for r in got.itertuples(index=False)]
    assert rows == [tuple(r) for r in mf.OFFICE_RECORDS]


def test_office_workbook_report_adds_up(office: LoadResult) -> None:
    report = office.report.set_index("sheet")
    for sheet, (read, loaded, rejected, total, duplicate, blank, skipped) in mf.OFFICE_REPORT.items():
        line = report.loc[sheet]
        assert (
            line["read"],
            line["loaded"],
            line["rejected"],
            line["total"],
            line["duplicate"],
            line["blank"],
            line["skipped"],
        ) == (read, loaded, rejected, total, duplicate, blank, skipped), sheet
    assert (
        report["read"] == report["loaded"] + report["rejected"] + report["total"] + report["duplicate"]
    ).all()
    assert list(report.index) == [
        "Năm 2023",
        "2022",
        "Quý III",
        "Nháp",
        "Hướng dẫn",
        "Trống",
    ]  # workbook order


def test_office_workbook_notes_say_what_was_skipped(office: LoadResult) -> None:
    report = office.report.set_index("sheet")
    assert "hidden sheet skipped" in report.loc["Nháp", "note"]
    assert "instructions" in report.loc["Hướng dẫn", "note"]
    assert "header on row 7; 6 title or note rows above it skipped" in report.loc["Năm 2023", "note"]
    assert "3 note or signature rows below the table skipped (rows 17-19)" in report.loc["Năm 2023", "note"]
    assert "taken from the sheet name ('2022')" in report.loc["2022", "note"]
    vi = office.summary("vi").set_index("sheet")
    assert "trang tính ẩn" in vi.loc["Nháp", "note"]


def test_office_workbook_totals_are_checked_against_their_parts(office: LoadResult) -> None:
    totals = office.totals[["row", "count", "parts_sum", "first", "last", "status"]]
    assert totals.to_dict("list") == {
        "row": [11, 14, 15],
        "count": [3349, 20, 3369],
        "parts_sum": [3349, 20, 3369],
        "first": [8, 12, 8],
        "last": [10, 13, 13],
        "status": ["ok", "ok", "ok"],
    }
    outcomes = office.rows.set_index(["sheet", "row"])["outcome"]
    assert outcomes[("Năm 2023", 11)] == "total" and outcomes[("Năm 2023", 8)] == "loaded"


def test_office_text_is_nfc_and_trimmed(office: LoadResult) -> None:
    import unicodedata

    for column in ("province", "period_label", "note", "source_id"):
        for value in office.frame[column].dropna():
            assert value == unicodedata.normalize("NFC", value) == value.strip()
            assert "\u00a0" not in value
    note = office.frame.loc[office.frame["row"] == 10, "note"].iloc[0]
    assert note == "- ghi chú có dấu gạch"  # text starting with "-" stays text


def test_office_source_defaults_to_the_file_name(office: LoadResult) -> None:
    assert set(office.frame["source_id"]) == {"bao_cao_2023.xlsx"}


def test_quarter_from_date_cells_and_serials(office: LoadResult) -> None:
    q3 = office.frame[office.frame["sheet"] == "Quý III"]
    assert set(q3["period_start"]) == {pd.Timestamp(2023, 7, 1)}
    assert set(q3["period_end"]) == {pd.Timestamp(2023, 9, 30)}
    assert set(q3["period_kind"]) == {"quarter"}


def test_a_record_from_two_files_is_loaded_once_and_reported(fx: dict[str, Path], tmp_path: Path) -> None:
    for name in ("bao_cao_2023.xlsx", "bo_sung_2023.csv"):
        shutil.copyfile(fx[name], tmp_path / name)
    result = load_awards(tmp_path, errors="collect")
    assert result.problems == []
    assert len(result.frame) == 13  # 12 from the workbook, 1 new from the CSV
    line = result.report.set_index(["file", "sheet"]).loc[("bo_sung_2023.csv", "")]
    assert (line["read"], line["loaded"], line["duplicate"]) == (2, 1, 1)
    dup = result.duplicates
    assert dup[["file", "row", "same_as"]].to_dict("records") == [
        {"file": "bo_sung_2023.csv", "row": 2, "same_as": "bao_cao_2023.xlsx, Năm 2023, row 9"}
    ]
    assert "repeats the record at bao_cao_2023.xlsx" in line["note"]
    # Without collecting, the duplicate is simply loaded once.
    assert len(load_awards(tmp_path)) == 13


def test_user_column_mapping(fx: dict[str, Path]) -> None:
    with pytest.raises(DataError) as info:
        load_awards(fx["mapped_columns.csv"])
    problem = info.value.problems[0]
    assert problem.key == "unknown_columns"
    assert problem.column == "Loại khen thưởng, Số được khen, Người nhập"
    assert "Số lượng (count)" in problem.expected and "columns=" in problem.expected
    loaded = load_awards(fx["mapped_columns.csv"], columns=mf.MAPPED_COLUMNS)
    assert loaded[["action", "count", "subject", "period_kind"]].to_dict("list") == {
        "action": ["certificate_of_merit", "certificate_of_merit"],
        "count": [15, 6],
        "subject": ["collective", "individual"],
        "period_kind": ["year", "half_year"],
    }
    with pytest.raises(ValueError, match="not a column"):
        load_awards(fx["mapped_columns.csv"], columns={"Số được khen": "so_luong"})


def test_defaults_fill_columns_a_file_lacks(tmp_path: Path) -> None:
    rows = mf.plain_rows(lambda rows: [row.pop(0) for row in rows])  # no movement column
    path = mf._csv(tmp_path / "no_movement.csv", rows)
    with pytest.raises(DataError, match="movement"):
        load_awards(path)
    loaded = load_awards(path, defaults={"movement": "Dân vận khéo", "source_id": "bc-12"})
    assert set(loaded["movement"]) == {"dan_van_kheo"} and set(loaded["source_id"]) == {"bc-12"}
    with pytest.raises(ValueError, match="not a movement"):
        load_awards(path, defaults={"movement": "thi đua yêu nước"})


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Số lượng (mô hình)", "count"),
        ("SỐ LƯỢNG [tập thể]", "count"),
        ("Cấp công nhận", "level"),
        ("cap cong nhan", "level"),
        ("Giai đoạn", "period"),
        ("Loại đơn vị", "unit_type"),
        ("LĨNH VỰC", "field"),
        ("Lĩnh\u00a0vực", "field"),
        ("Level", "level"),
        ("SL", "count"),
        ("Năm", "period"),
        ("Tỉnh/thành phố", "province"),
        ("TỈNH / THÀNH PHỐ", "province"),
        ("Đơn vị", "issuer"),
    ],
)
def test_header_aliases(tmp_path: Path, header: str, column: str) -> None:
    import unicodedata

    values = {
        "count": 5,
        "level": "Khối",
        "period": "2022",
        "unit_type": "Doanh nghiệp",
        "field": "Kinh tế",
        "province": "tỉnh Kiên Giang",
        "issuer": "Ban Dân vận",
    }
    base = {
        "movement": "Dân vận khéo",
        "subject": "Mô hình",
        "action": "Công nhận",
        "level": "Khối",
        "count": 5,
        "period": "2022",
    }
    base.pop(column, None)
    head = [*base, unicodedata.normalize("NFD", header)]
    path = mf._csv(tmp_path / "h.csv", [head, [*base.values(), values[column]]])
    loaded = load_awards(path)
    expected = {
        "count": 5,
        "level": "bloc",
        "period": "Năm 2022",
        "unit_type": "enterprise",
        "field": "economy",
        "province": "Kiên Giang",
        "issuer": "Ban Dân vận",
    }
    got = loaded["period_label" if column == "period" else column].iloc[0]
    assert got == expected[column]


def test_headerless_column_can_be_ignored_by_letter(fx: dict[str, Path]) -> None:
    path = fx["values_without_header.xlsx"]
    loaded = load_awards(path, columns={"H": None})
    assert len(loaded) == 3


def test_macros_are_noted_and_never_run(fx: dict[str, Path], tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    result = load_awards(fx["macros.xlsm"], errors="collect")
    assert result.problems == [] and len(result.frame) == 3
    assert "macros (VBA); they were never run" in result.report.loc[0, "note"]
    assert not marker.exists()


# --- bad files: each gives exactly its problem ---------------------------------------------


@pytest.mark.parametrize("bad", mf.BAD, ids=lambda b: b.name)
def test_bad_file_gives_its_exact_problem(fx: dict[str, Path], bad: object) -> None:
    path = fx[bad.name]
    with pytest.raises(DataError) as info:
        load_awards(path, **bad.kwargs)
    problems = info.value.problems
    assert len(problems) == bad.count, [str(p) for p in problems]
    match = [
        p for p in problems if (p.key, p.sheet, p.row, p.column) == (bad.key, bad.sheet, bad.row, bad.column)
    ]
    assert match, [(p.key, p.sheet, p.row, p.column) for p in problems]
    problem = match[0]
    if bad.value is not None:
        assert problem.value == bad.value
    assert bad.name.split(".")[0] in problem.file
    # Both languages say where and what was expected.
    vi, en = problem.message("vi"), problem.message("en")
    assert "cần " in vi and "expected " in en
    if problem.row is not None:
        assert f"dòng {problem.row}" in vi and f"row {problem.row}" in en
    assert str(problem) == en
    if bad.key != "suffix":  # a wrong file ending stops before any file is read
        result = load_awards(path, errors="collect", **bad.kwargs)
        assert [p.key for p in result.problems] == [p.key for p in problems]
        report = result.report
        assert (
            report["read"] == report["loaded"] + report["rejected"] + report["total"] + report["duplicate"]
        ).all()


def test_there_are_at_least_thirty_bad_files() -> None:
    assert len(mf.BAD) + len(mf.HOSTILE) >= 30
    assert len({b.name for b in mf.BAD}) == len(mf.BAD)


def test_rows_with_a_problem_are_rejected_others_loaded(fx: dict[str, Path]) -> None:
    result = load_awards(fx["unknown_level.xlsx"], errors="collect")
    line = result.report.iloc[0]
    assert (line["read"], line["loaded"], line["rejected"]) == (3, 2, 1)
    assert result.rejected[["row", "column", "value", "key"]].to_dict("records") == [
        {"row": 3, "column": "Cấp", "value": "tỉnh thành", "key": "vocab"}
    ]


def test_a_conflict_rejects_both_rows(fx: dict[str, Path]) -> None:
    result = load_awards(fx["conflict"], errors="collect")
    by_file = result.report.set_index("file")
    assert (by_file.loc["a.xlsx", "rejected"], by_file.loc["b.csv", "rejected"]) == (1, 1)
    assert (by_file.loc["b.csv", "duplicate"], by_file.loc["b.csv", "loaded"]) == (2, 0)
    about = {Path(p.file).name: p.message("en") for p in result.problems}
    assert "record at a.xlsx, sheet 'records', row 3 (there: 30; here: 31)" in about["b.csv"]
    assert "record at b.csv, row 3 (there: 31; here: 30)" in about["a.xlsx"]


def test_a_mismatched_total_is_a_total_with_a_problem(fx: dict[str, Path]) -> None:
    result = load_awards(fx["total_mismatch.xlsx"], errors="collect")
    line = result.report.iloc[0]
    assert (line["read"], line["loaded"], line["total"], line["rejected"]) == (4, 3, 1, 0)
    assert result.totals[["row", "count", "parts_sum", "status"]].to_dict("records") == [
        {"row": 5, "count": 160, "parts_sum": 157, "status": "mismatch"}
    ]
    assert "the sum of its parts (157, rows 2-4)" in result.problems[0].expected


# --- hostile files: refused quickly and clearly ----------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"), [(n, k) for n, _, k in mf.HOSTILE], ids=[n for n, _, _ in mf.HOSTILE]
)
def test_hostile_file_is_refused_within_a_second(fx: dict[str, Path], name: str, key: str) -> None:
    import time

    path = fx[name]
    for mode in ("raise", "collect"):
        for engine in ("calamine", "openpyxl"):
            start = time.perf_counter()
            if mode == "raise":
                with pytest.raises(DataError) as info:
                    load_awards(path, engine=engine)
                problems = info.value.problems
            else:
                problems = load_awards(path, errors="collect", engine=engine).problems
            elapsed = time.perf_counter() - start
            assert elapsed < 1.0, f"{name}: {elapsed:.2f} s"
            assert [p.key for p in problems] == [key]
            assert Path(problems[0].file).name == name
            assert problems[0].message("vi") and problems[0].message("en")


def test_openpyxl_itself_refuses_entities(fx: dict[str, Path]) -> None:
    # Past the loader's own check: openpyxl parses with defusedxml.
    import openpyxl as ox

    from dvk_analysis import safety

    safety.harden_openpyxl()
    assert safety.openpyxl_is_defused()
    for name in ("billion_laughs_workbook.xlsx", "external_entity.xlsx", "billion_laughs.xlsx"):
        with pytest.raises(Exception) as info:
            ox.load_workbook(fx[name], data_only=True)
        chain = [info.value, info.value.__cause__, info.value.__context__]
        assert any(type(e).__module__.startswith("defusedxml") for e in chain if e is not None), name


def test_calamine_does_not_expand_entities(fx: dict[str, Path]) -> None:
    import time

    import python_calamine as pc

    start = time.perf_counter()
    try:
        rows = (
            pc.CalamineWorkbook.from_path(str(fx["billion_laughs.xlsx"]))
            .get_sheet_by_name("records")
            .to_python()
        )
        assert len(str(rows)) < 10_000  # no billion "lol"s
    except Exception:  # refusing the file is fine too
        pass
    assert time.perf_counter() - start < 1.0


def test_the_zip_directory_is_read_not_the_data(fx: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: object, *args: object, **kwargs: object) -> object:
        opened.append(getattr(name, "filename", name))  # type: ignore[arg-type]
        return real_open(self, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    with pytest.raises(DataError):
        load_awards(fx["zip_bomb.xlsx"])
    assert "xl/media/image1.png" not in opened


# --- the two Excel readers agree ---------------------------------------------------------------


def _xlsx_fixtures() -> list[str]:
    names = [n for n in mf.GOOD if n.endswith((".xlsx", ".xlsm"))]
    names += [b.name for b in mf.BAD if b.name.endswith(".xlsx")]
    return names


@pytest.mark.parametrize("name", ["seed", *_xlsx_fixtures()])
def test_calamine_and_openpyxl_give_the_same_frame(fx: dict[str, Path], name: str) -> None:
    path = SEED if name == "seed" else fx[name]
    kwargs = next((b.kwargs for b in mf.BAD if b.name == name), {})
    first = load_awards(path, errors="collect", engine="calamine", **kwargs)
    second = load_awards(path, errors="collect", engine="openpyxl", **kwargs)
    pd.testing.assert_frame_equal(first.frame, second.frame)
    pd.testing.assert_frame_equal(first.report, second.report)
    pd.testing.assert_frame_equal(first.rejected, second.rejected)
    assert [p.message("en") for p in first.problems] == [p.message("en") for p in second.problems]


def test_engine_option_is_checked() -> None:
    with pytest.raises(ValueError, match="engine"):
        load_awards(engine="xlrd")  # type: ignore[call-overload]


# --- localised messages ---------------------------------------------------------------------


def test_problem_message_in_both_languages(tmp_path: Path) -> None:
    path = _seed_variant(tmp_path, "level.xlsx", lambda wb: wb["records"].cell(4, 6, "tỉnh thành"))
    problem = _only_problem(path)
    assert problem.column == "Cấp" and problem.field == "level"
    vi = problem.message("vi")
    assert vi.startswith(
        f"{path}, trang tính 'records', dòng 4, cột 'Cấp': giá trị 'tỉnh thành': cần cấp trong"
    )
    assert "Cơ sở, Xã, phường, Huyện, Khối, Tỉnh, Trung ương" in vi
    en = problem.message("en")
    assert en.startswith(
        f"{path}, sheet 'records', row 4, column 'Cấp': value 'tỉnh thành': expected a level"
    )
    with pytest.raises(ValueError, match="lang"):
        problem.message("fr")  # type: ignore[arg-type]
    error = DataError([problem])
    assert error.message("vi").startswith("1 lỗi trong số liệu khen thưởng:")
    assert str(error).startswith("1 problem in the award data:")


def test_every_message_key_renders_in_both_languages() -> None:
    import string

    from dvk_analysis import messages

    for table, catalogue in (("problems", messages.MESSAGES), ("notes", messages.NOTES)):
        for key, (vi, en) in catalogue.items():
            names = {f for _, f, _, _ in string.Formatter().parse(en) if f}
            if key not in ("vocab", "vocab_required"):  # these name the column in each language
                assert names == {f for _, f, _, _ in string.Formatter().parse(vi) if f}, key
            params = {n: "x" for n in names}
            if key in ("vocab", "vocab_required"):
                params = {"column": "level"}
            assert messages.render(key, params, "vi", table) != messages.render(key, params, "en", table)


# --- nothing lost: a property-based test -------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_LEVELS = [("Cơ sở", "grassroots"), ("cấp khối", "bloc"), ("TỈNH", "province"), ("Trung ương", "central")]
_SUBJECTS = [("Mô hình", "model"), ("tập thể", "collective"), ("CA NHAN", "individual")]
_QUALIFIERS = [
    ("", "exact"),
    ("trên ", "at_least"),
    ("khoảng ", "approx"),
    ("gần ", "approx"),
    ("hơn ", "at_least"),
]


def _spelled(n: int, style: int) -> object:
    if style == 0:
        return n
    grouped = f"{n:,}".replace(",", "." if style == 1 else "\u00a0")
    return grouped


record = st.tuples(
    st.just("record"),
    st.sampled_from(_LEVELS),
    st.sampled_from(_SUBJECTS),
    st.integers(0, 250_000),
    st.sampled_from(_QUALIFIERS),
    st.integers(0, 2),
    st.booleans(),
)
row_spec = st.one_of(
    record,
    record,
    st.tuples(st.just("bad_count"), st.sampled_from(["nhiều", "-3", "2,5", "1/2"])),
    st.tuples(st.just("bad_level"), st.sampled_from(["tỉnh thành", "cấp bộ"])),
    st.tuples(st.just("blank")),
    st.tuples(st.just("total")),
    st.tuples(st.just("duplicate"), st.integers(0, 50)),
)


@settings(
    max_examples=50,
    deadline=None,
    derandomize=True,  # the same examples on every run: a failure repeats
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    specs=st.lists(row_spec, min_size=1, max_size=25),
    fmt=st.sampled_from(["csv", "xlsx"]),
    titles=st.integers(0, 3),
)
def test_every_row_ends_in_exactly_one_outcome(
    tmp_path_factory: pytest.TempPathFactory, specs: list[tuple], fmt: str, titles: int
) -> None:
    import unicodedata

    header = ["Mã bản ghi", "Phong trào", "Đối tượng", "Hình thức", "Cấp", "Số lượng", "Thời kỳ"]
    grid: list[list[object]] = [[f"BÁO CÁO SỐ {i}"] for i in range(titles if fmt == "xlsx" else 0)] + [header]
    expected_outcome: dict[int, str] = {}
    expected_value: dict[str, tuple[int, str, str, str]] = {}
    records: list[tuple[list[object], int | None]] = []
    since_total: list[int | None] = []
    for i, spec in enumerate(specs):
        kind = spec[0]
        row = len(grid) + 1
        if kind == "record":
            _, (level_text, level), (subject_text, subject), n, (word, qualifier), style, decompose = spec
            level_cell = unicodedata.normalize("NFD", level_text) if decompose else level_text
            cells = [f"r{i}", "Dân vận khéo", subject_text, "Công nhận", level_cell]
            count_cell = _spelled(n, style)
            if word:
                count_cell = f"{word}{count_cell}"
            cells += [count_cell, "2021-2023"]
            grid.append(cells)
            records.append((cells, n if qualifier == "exact" else None))
            expected_outcome[row] = "loaded"
            expected_value[f"r{i}"] = (n, qualifier, level, subject)
            since_total.append(n if qualifier == "exact" else None)
        elif kind == "duplicate" and records:
            cells, exact = records[spec[1] % len(records)]
            grid.append(list(cells))
            expected_outcome[row] = "duplicate"
            since_total.append(exact)  # a row typed twice is still a part of the total below it
        elif kind in ("bad_count", "bad_level"):
            bad_count = spec[1] if kind == "bad_count" else 1
            level_cell = spec[1] if kind == "bad_level" else "Khối"
            grid.append([f"b{i}", "Dân vận khéo", "Mô hình", "Công nhận", level_cell, bad_count, "2021-2023"])
            expected_outcome[row] = "rejected"
            since_total.append(None)
        elif kind == "total":
            parts = since_total
            total = sum(parts) if parts and all(p is not None for p in parts) else 7
            grid.append(["", "Tổng cộng", "", "", "", total, ""])
            expected_outcome[row] = "total"
            since_total = []
        else:
            grid.append([None] * len(header))
    folder = tmp_path_factory.mktemp("prop")
    if fmt == "csv":
        path = mf._csv(folder / "t.csv", grid)
    else:
        path = folder / "t.xlsx"
        mf._workbook({"Dữ liệu": grid}).save(path)

    result = load_awards(path, errors="collect")
    line = result.report.iloc[0]
    counts = {k: int(line[k]) for k in ("read", "loaded", "rejected", "total", "duplicate")}
    assert counts["read"] == counts["loaded"] + counts["rejected"] + counts["total"] + counts["duplicate"]
    assert counts["read"] == len(expected_outcome)
    for outcome in ("loaded", "rejected", "total", "duplicate"):
        assert counts[outcome] == sum(v == outcome for v in expected_outcome.values()), outcome
    got = dict(zip(result.rows["row"], result.rows["outcome"], strict=True))
    assert got == expected_outcome
    # Every loaded value equals its source.
    frame = result.frame.set_index("record_id")
    assert set(frame.index) == set(expected_value)
    for rid, (n, qualifier, level, subject) in expected_value.items():
        row = frame.loc[rid]
        assert (row["count"], row["qualifier"], row["level"], row["subject"]) == (
            n,
            qualifier,
            level,
            subject,
        )
    # No total row is reported as a mismatch: each was written as the sum of its parts.
    assert not [p for p in result.problems if p.key == "total_mismatch"]


def test_unsaved_formula_is_shown_as_typed(tmp_path: Path) -> None:
    path = mf._xlsx(tmp_path / "f.xlsx", {"records": mf.plain_rows(mf._set(2, 6, '="Kiên "&"Giang"'))})
    problem = _only_problem(path)
    assert (problem.key, problem.row, problem.column) == ("formula_uncached", 2, "Tỉnh, thành phố")
    assert problem.value == '="Kiên "&"Giang"'
