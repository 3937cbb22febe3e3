"""Safe writing of text cells: nothing the package writes can run as a formula."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from dvk_analysis import safety


@pytest.mark.parametrize(
    "text", ["=1+1", '=HYPERLINK("http://x","bấm")', "+84 912", "-5", "@SUM(A1)", "- ghi chú"]
)
def test_text_cells_are_never_formulas(tmp_path: Path, text: str) -> None:
    wb = openpyxl.Workbook()
    safety.write_text_cell(wb.active, 1, 1, text)
    safety.write_text_cell(wb.active, 1, 2, 42)
    path = tmp_path / "t.xlsx"
    wb.save(path)
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in xml and b"<f " not in xml
    back = openpyxl.load_workbook(path)
    assert back.active["A1"].value == text and back.active["A1"].data_type == "s"
    assert back.active["B1"].value == 42


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+84", "'+84"),
        ("-5", "'-5"),
        ("@x", "'@x"),
        ("\t=1", "'\t=1"),
        ("Khối", "Khối"),
        (-5, -5),
    ],
)
def test_csv_text(value: object, safe: object) -> None:
    assert safety.csv_text(value) == safe


@pytest.mark.parametrize(
    ("text", "legacy"),
    [
        ("D©n vËn khÐo", True),
        ("Tæng céng", True),
        ("Daân vaän kheùo", True),
        ("Soá löôïng", True),
        ("Dân vận khéo", False),
        ("Thừa Thiên - Huế", False),
        ("Số lượng (m²)", False),
        ("2.071", False),
    ],
)
def test_legacy_encodings_are_recognised(text: str, legacy: bool) -> None:
    assert safety.looks_legacy(text) is legacy


def test_one_foreign_name_is_not_a_legacy_table() -> None:
    cells = [(0, 0, "Müller"), (1, 0, "Dân vận khéo")]
    assert safety.find_legacy(cells) is None
    assert safety.find_legacy([*cells, (2, 0, "D©n vËn khÐo")]) == (0, 0, "Müller")


def test_column_letters() -> None:
    for index in (0, 25, 26, 27, 701, 702):
        assert safety.column_index(safety.column_letter(index)) == index
    assert safety.column_letter(0) == "A" and safety.column_letter(26) == "AA"


def test_a_workbook_unpacking_past_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from dvk_analysis import SEED_DATA

    assert safety.MAX_UNPACKED_BYTES == 2**30  # a full sheet of inline strings fits
    monkeypatch.setattr(safety, "MAX_UNPACKED_BYTES", 10_000)
    with pytest.raises(safety.FileRefused) as refused:
        safety.check_workbook(Path(SEED_DATA))
    assert refused.value.key == "too_large" and refused.value.params["limit"]


def test_a_too_large_workbook_gets_a_message_naming_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from dvk_analysis import SEED_DATA, DataError, load_awards

    monkeypatch.setattr(safety, "MAX_UNPACKED_BYTES", 10_000)
    monkeypatch.setenv("DVK_CACHE", "0")
    with pytest.raises(DataError) as refused:
        load_awards(SEED_DATA)
    assert Path(SEED_DATA).name in str(refused.value)
