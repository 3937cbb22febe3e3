"""The fast path: the same frame as the general loader, or the general loader itself.

Every comparison here runs the general loader with ``DVK_FAST=0`` on the same file.
Files are small (a few hundred SYNTHETIC rows) so the general loader stays quick.
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from benchmarks import synth
from dvk_analysis import fastload, load, schema
from dvk_analysis.fastload import NotFast

HEADER = "Mã bản ghi,Phong trào,Đối tượng,Hình thức,Cấp,Số lượng,Thời kỳ,Tỉnh, thành phố,Mã nguồn"
TIDY_ROWS = [
    "r1,Dân vận khéo,Mô hình,Công nhận,Cơ sở,trên 500,2021-2023,Kiên Giang,s1",
    "r2,DÂN VẬN KHÉO,mo hinh,công nhận,Khối,78,giai đoạn 2021 - 2023,tỉnh Kiên Giang,s1",
    "r3,dvk,Tập thể,Giấy khen,Tỉnh,2.071,Quý III/2023,TP.HCM,s2",
]


def general(source: object, monkeypatch: pytest.MonkeyPatch) -> pd.DataFrame:
    """The general loader's frame, with the fast path turned off."""
    monkeypatch.setenv("DVK_FAST", "0")
    try:
        return load.load_awards(source)
    finally:
        monkeypatch.delenv("DVK_FAST")


def fast(source: object) -> pd.DataFrame:
    return fastload.load_fast(source, cache=False)


def write_csv(path: Path, rows: list[str], header: str = HEADER, **kw: str) -> Path:
    header = header.replace("Tỉnh, thành phố", '"Tỉnh, thành phố"')
    text = "\n".join([header, *rows]) + "\n"
    path.write_bytes(text.encode(kw.get("encoding", "utf-8")))
    return path


def assert_same(path: Path, monkeypatch: pytest.MonkeyPatch) -> pd.DataFrame:
    got = fast(path)
    pd.testing.assert_frame_equal(got, general(path, monkeypatch))
    return got


# --- the same frame ------------------------------------------------------------------------


def test_seed_workbook_gives_the_general_loaders_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    got = fast(None)
    pd.testing.assert_frame_equal(got, general(None, monkeypatch))
    assert list(got.columns) == list(schema.COLUMNS)
    assert got["source_title"].notna().all()  # the sources sheet was joined


@pytest.mark.parametrize("suffix", ["csv", "parquet", "xlsx"])
def test_synthetic_counts_give_the_general_loaders_frame(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = synth.synthetic_table(150, layout="counts", seed=7)
    path = tmp_path / f"synthetic_counts.{suffix}"
    {"csv": synth.write_csv, "parquet": synth.write_parquet, "xlsx": synth.write_xlsx}[suffix](table, path)
    got = assert_same(path, monkeypatch)
    assert len(got) == 150
    for column in schema.CATEGORY_COLUMNS:
        assert list(got[column].cat.categories) == list(schema.category_dtype(column).categories)
    assert (got["qualifier"] == "at_least").any()  # "trên N" counts were read as lower bounds


def test_text_as_offices_type_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nfd = unicodedata.normalize("NFD", "Dân vận khéo")
    rows = [
        f"r1,{nfd},Mô hình,Công nhận,Cơ sở,12,Năm 2022,Hoà Bình,s1\u00a0",
        "r2,Dân vận khéo,Mô hình,Công nhận,Xã,  7 ,2022,Thừa Thiên - Huế,  s1  two",
        'r3,Dân vận khéo,"Mô hình, điển hình",Công nhận,Huyện,1 200,6 tháng đầu năm 2024,BR-VT,“s3”',
    ]
    path = write_csv(tmp_path / "nfd.csv", rows)
    got = assert_same(path, monkeypatch)
    assert got["source_id"].tolist() == ["s1", "s1 two", "“s3”"]
    assert got["province_current"].tolist() == ["Phú Thọ", "Huế", "Hồ Chí Minh"]


def test_semicolons_bom_and_optional_columns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    header = ";".join(
        [
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
            "issuer",
            "quote",
            "part_of",
            "note",
        ]
    )
    rows = [
        "a;dvk;model;recognised;;grassroots;;;500;at_least;;2021-2023;Ban Dân vận;có trên 500;;",
        "b;dvk;model;recognised;;province;agency;economy;76;;stock;2021-2023;Ban Dân vận;76 mô hình;a;chú",
        "c;dvk;collective;rewarded;excellent;bloc;;;khoảng 20;approx;lượt;Quý III/2023;;;;",
    ]
    path = tmp_path / "semi.csv"
    path.write_bytes(b"\xef\xbb\xbf" + ("\n".join([header, *rows]) + "\n").encode())
    got = assert_same(path, monkeypatch)
    assert got["measure"].tolist() == ["stock", "stock", "instances"]
    assert got["source_id"].tolist() == ["semi.csv"] * 3  # no source column: the file names it


def test_dates_and_generated_ids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    header = "Phong trào,Đối tượng,Hình thức,Cấp,Số lượng,Từ ngày,Đến ngày,Mã nguồn"
    rows = [
        "Dân vận khéo,Mô hình,Công nhận,Cơ sở,3,2023-01-15,2023-06-30,s",
        "Dân vận khéo,Mô hình,Công nhận,Tỉnh,4,01/07/2023,20/12/2023,s",
    ]
    path = write_csv(tmp_path / "dates.csv", rows, header)
    got = assert_same(path, monkeypatch)
    assert got["record_id"].tolist() == ["dates:2", "dates:3"]
    assert got["period_label"].tolist() == ["15/01/2023-30/06/2023", "01/07/2023-20/12/2023"]


def test_folder_of_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_csv(tmp_path / "a.csv", TIDY_ROWS[:2])
    write_csv(tmp_path / "b.csv", [TIDY_ROWS[2]])
    synth.write_parquet(synth.synthetic_table(40, layout="counts", seed=3), tmp_path / "c.parquet")
    got = assert_same(tmp_path, monkeypatch)
    assert got["file"].unique().tolist() == ["a.csv", "b.csv", "c.parquet"]
    # One category per file name, sorted, whichever loader read it (assert_same compared them).
    assert isinstance(got["file"].dtype, pd.CategoricalDtype)
    assert got["file"].cat.categories.tolist() == ["a.csv", "b.csv", "c.parquet"]
    assert isinstance(got["sheet"].dtype, pd.CategoricalDtype) and got["sheet"].isna().all()


def test_parquet_with_typed_columns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    frame = pd.DataFrame(
        {
            "record_id": ["x1", "x2"],
            "movement": pd.Categorical(["dan_van_kheo", "dan_van_kheo"]),
            "subject": ["model", "exemplar"],
            "action": ["recognised", "praised"],
            "level": ["commune", "central"],
            "count": [5, 6],
            "period": [2022, 2023],
            "source_id": ["s", "s"],
        }
    )
    path = tmp_path / "typed.parquet"
    frame.to_parquet(path)
    got = assert_same(path, monkeypatch)
    assert got["period_label"].tolist() == ["Năm 2022", "Năm 2023"]


# --- record-level input ----------------------------------------------------------------------------


def test_record_level_rows_count_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = synth.synthetic_table(120, layout="records", seed=11)
    path = tmp_path / "data.csv"
    synth.write_csv(table, path)
    got = assert_same(path, monkeypatch)  # the general loader reads record-level rows too
    assert len(got) == 120
    assert (got["count"] == 1).all() and (got["qualifier"] == "exact").all()
    # The same records with a count of 1 and no name: the general loader's frame.
    counted = table.drop_columns(["Tên"]).append_column("Số lượng", pa.array(["1"] * 120))
    other = tmp_path / "counted"
    other.mkdir()
    synth.write_csv(counted, other / "data.csv")
    expected = general(other / "data.csv", monkeypatch)
    pd.testing.assert_frame_equal(got, expected)


def test_record_level_compares_with_counts(tmp_path: Path) -> None:
    from dvk_analysis import compare

    header = "Mã bản ghi,Tên,Phong trào,Đối tượng,Hình thức,Cấp,Thời kỳ,Mã nguồn"
    rows = [f"m{i},Mô hình số {i},Dân vận khéo,Mô hình,Công nhận,Cơ sở,Năm 2023,s" for i in range(4)]
    write_csv(tmp_path / "records.csv", rows, header)
    write_csv(tmp_path / "counts.csv", ["t1,Dân vận khéo,Mô hình,Công nhận,Tỉnh,3,Năm 2023,Kiên Giang,s"])
    awards = fast(tmp_path)
    pyramid = compare.recognition_pyramid(awards)
    assert pyramid["level"].tolist() == ["grassroots", "province"]
    assert pyramid["count"].tolist() == [4, 3]


# --- anything else goes to the general loader -------------------------------------------------


BAD_ROWS = {
    "unknown level": [*TIDY_ROWS, "r4,Dân vận khéo,Mô hình,Công nhận,tỉnh thành,3,2022,Kiên Giang,s"],
    "bad count": [*TIDY_ROWS, "r4,Dân vận khéo,Mô hình,Công nhận,Tỉnh,2,5,2022,Kiên Giang,s"],
    "repeated id": [*TIDY_ROWS, TIDY_ROWS[0].replace("Cơ sở", "Tỉnh")],
    "blank row": [TIDY_ROWS[0], ",,,,,,,,", *TIDY_ROWS[1:]],
    "empty line": [TIDY_ROWS[0], "", *TIDY_ROWS[1:]],
    "totals row": [*TIDY_ROWS, ",Tổng cộng,,,,2649,,,"],
    "unknown province": [*TIDY_ROWS, "r4,Dân vận khéo,Mô hình,Công nhận,Tỉnh,3,2022,huyện Châu Thành,s"],
    "legacy font": [*TIDY_ROWS, "r4,D©n vËn khÐo,Mô hình,Công nhận,Tỉnh,3,2022,Kiên Giang,s"],
    "note below": [*TIDY_ROWS, "Người lập biểu,,,,,,,,"],
}


@pytest.mark.parametrize("case", sorted(BAD_ROWS))
def test_rows_it_is_not_sure_of_go_to_the_general_loader(case: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", BAD_ROWS[case])
    with pytest.raises(NotFast):
        fastload.read_part(path) and fastload.load_fast(path, cache=False)
    assert fastload.try_load(path, cache=False) is None


def test_title_rows_unknown_headers_and_duplicates_are_not_fast(tmp_path: Path) -> None:
    title = write_csv(tmp_path / "title.csv", ["Báo cáo khen thưởng năm 2023,,,,,,,,", HEADER, *TIDY_ROWS])
    unknown = write_csv(tmp_path / "unknown.csv", [r + ",x" for r in TIDY_ROWS], HEADER + ",Cột lạ")
    stt = write_csv(tmp_path / "stt.csv", [f"{i}," + r for i, r in enumerate(TIDY_ROWS)], "STT," + HEADER)
    noid = "Phong trào,Đối tượng,Hình thức,Cấp,Số lượng,Thời kỳ,Mã nguồn"
    dup = write_csv(tmp_path / "dup.csv", ["dvk,Mô hình,Công nhận,Tỉnh,3,2022,s"] * 2, noid)
    for path in (title, unknown, stt, dup):
        assert fastload.try_load(path, cache=False) is None, path.name


def test_general_loader_still_names_the_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_csv(tmp_path / "bad.csv", BAD_ROWS["unknown level"])
    monkeypatch.setenv("DVK_FAST", "1")
    with pytest.raises(load.DataError) as caught:
        load.load_awards(path)
    assert "row 5" in str(caught.value) and "tỉnh thành" in str(caught.value)


def test_merged_cells_and_title_rows_in_a_workbook_are_not_fast(tmp_path: Path) -> None:
    import openpyxl

    table = synth.synthetic_table(20, layout="counts", seed=5)
    path = tmp_path / "merged.xlsx"
    synth.write_xlsx(table, path)
    book = openpyxl.load_workbook(path)
    sheet = book["records"]
    sheet.merge_cells("E3:E5")
    book.save(path)
    with pytest.raises(NotFast, match="merged"):
        fastload.read_part(path)
    book = openpyxl.load_workbook(path)
    sheet = book["records"]
    sheet.unmerge_cells("E3:E5")
    sheet.insert_rows(1)
    sheet["A1"] = "Báo cáo"
    book.save(path)
    assert fastload.try_load(path, cache=False) is None


def test_hidden_and_helper_sheets_are_skipped_as_the_general_loader_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl

    path = tmp_path / "book.xlsx"
    shutil.copy(load.SEED_DATA, path)
    book = openpyxl.load_workbook(path)
    hidden = book.create_sheet("old")
    hidden.append(["anything", "at", "all"])
    hidden.sheet_state = "hidden"
    book.create_sheet("Hướng dẫn").append(["Điền mỗi dòng một con số"])
    book.save(path)
    got = assert_same(path, monkeypatch)
    assert len(got) == 10


def test_other_files_are_not_fast(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsm"
    shutil.copy(load.SEED_DATA, path)
    with pytest.raises(NotFast):
        fastload.read_part(path)
    assert fastload.try_load(tmp_path / "missing.csv", cache=False) is None


def test_dvk_fast_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DVK_FAST", "0")
    assert not fastload.enabled()
    monkeypatch.setenv("DVK_FAST", "1")
    assert fastload.enabled()


def test_byte_check_finds_every_value_nfc_would_change() -> None:
    import random

    from dvk_analysis.vocab import nfc

    rng = random.Random(3)
    alphabet = [*"ab Z9-/", *"àâãèéêìíòóôõùúýđĐăĂơƯưạảấầẩẫậỹ", "\u00a0", "\u200b", "\t", "\u0301", "Ë", "©"]
    alphabet += ["“", "  ", "\u2003", "Ω", "\u212b"]
    values = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9))) for _ in range(4000)]
    array = pa.array([None if i % 17 == 0 else v for i, v in enumerate(values)], pa.string())
    for piece in (array, array.slice(5, 2000)):
        flagged = set(fastload._flag_unclean(piece).tolist())
        for i, value in enumerate(piece.to_pylist()):
            if value is None:
                assert i not in flagged
            elif nfc(value) != value or not value:
                assert i in flagged, repr(value)


def test_csv_column_types_are_what_the_reader_asks_for(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "types.csv", TIDY_ROWS)
    types = fastload.csv_column_types(path)
    # Free text, and repeated text the frame keeps as text (passed on when already clean).
    assert types["Mã bản ghi"] == pa.large_string() and types["Mã nguồn"] == pa.large_string()
    assert types["Tỉnh, thành phố"] == pa.large_string()
    # Codes: dictionaries, decoded once per distinct value.
    assert pa.types.is_dictionary(types["Cấp"]) and pa.types.is_dictionary(types["Phong trào"])


def test_parts_across_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    header = HEADER + ",Thuộc bản ghi"
    write_csv(tmp_path / "a.csv", [TIDY_ROWS[0] + ","], header)
    write_csv(tmp_path / "b.csv", [TIDY_ROWS[1] + ",r1"], header)
    got = assert_same(tmp_path, monkeypatch)
    assert got["part_of"].tolist()[1] == "r1"
    write_csv(tmp_path / "b.csv", [TIDY_ROWS[1] + ",r9"], header)  # names no record
    assert fastload.try_load(tmp_path, cache=False) is None


def test_clean_repeated_text_is_passed_on_without_a_copy(tmp_path: Path) -> None:
    """A column whose values are already as the frame writes them is the reader's own buffer."""
    path = write_csv(tmp_path / "clean.csv", TIDY_ROWS)
    table = fastload._read_csv(path)
    part = fastload._parse_table(table, str(path), None, 2, False)
    for column, header in (("source_id", "Mã nguồn"),):
        got = part.table.column(column)
        assert got.type == pa.large_string()
        assert got.chunk(0).buffers()[2].address == table.column(header).chunk(0).buffers()[2].address


@pytest.mark.parametrize("blank", ['"   "', '"\u00a0"', '" \u200b "', '"\t"'])
def test_record_level_blank_name_goes_to_the_general_loader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blank: str
) -> None:
    """A name of spaces is no name: the general loader decides what that row is."""
    header = "Mã bản ghi,Tên,Phong trào,Đối tượng,Hình thức,Cấp,Thời kỳ,Mã nguồn"
    rows = [f"m{i},Đội số {i},Dân vận khéo,Mô hình,Công nhận,Cơ sở,Năm 2023,s" for i in range(3)]
    rows.insert(1, f"m9,{blank},Dân vận khéo,Mô hình,Công nhận,Cơ sở,Năm 2023,s")
    path = write_csv(tmp_path / "records.csv", rows, header)
    assert fastload.try_load(path, cache=False) is None
    names = pa.chunked_array([pa.array(["Đội 1", "Ông A", "  ", "x"], pa.large_string())])
    assert fastload._any_blank(names) and not fastload._any_blank(names.slice(0, 2))


def test_issuers_and_sources_cleaned_or_passed_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Clean issuers come through untouched; one value to clean (spaces, NFD) cleans the column."""
    header = HEADER + ",Cơ quan"
    clean = [row + ",Ban Dân vận Tỉnh ủy" for row in TIDY_ROWS]
    got = assert_same(write_csv(tmp_path / "clean.csv", clean, header), monkeypatch)
    assert set(got["issuer"]) == {"Ban Dân vận Tỉnh ủy"}
    messy = [*clean[:2], TIDY_ROWS[2] + ",Ban  Da\u0302n va\u0323\u0302n Tỉnh ủy "]
    (tmp_path / "clean.csv").unlink()
    got = assert_same(write_csv(tmp_path / "messy.csv", messy, header), monkeypatch)
    assert got["issuer"].tolist() == ["Ban Dân vận Tỉnh ủy"] * 3


def test_ids_unique_across_chunks() -> None:
    def chunked(*parts: list[str]) -> pa.ChunkedArray:
        return pa.chunked_array([pa.array(p, pa.large_string()) for p in parts])

    assert fastload._ids_unique(chunked(["a", "b"], ["c", "d"]))
    assert not fastload._ids_unique(chunked(["a", "b"], ["b", "c"]))  # repeated at a boundary
    assert not fastload._ids_unique(chunked(["a", "c"], ["b", "a"]))  # unsorted: hashed
    assert fastload._ids_unique(chunked(["d", "c"], ["b", "a"]))


def test_frame_can_be_edited(tmp_path: Path) -> None:
    """No column of the fast frame is a read-only view of Arrow's buffers."""
    got = fast(write_csv(tmp_path / "edit.csv", TIDY_ROWS))
    got.loc[0, "count"] = 7
    got.loc[0, "row"] = 3
    got.loc[0, "period_start"] = pd.Timestamp("2020-01-01")
    got.loc[0, "period_end"] = pd.Timestamp("2020-12-31")
    got.loc[0, "source_id"] = "s9"
    assert got.loc[0, ["count", "row", "source_id"]].tolist() == [7, 3, "s9"]
