"""The data-entry template: drop-downs, instructions, example row, frozen header; a filled
template loads without change."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from dvk_analysis import SEED_DATA, load_awards, provinces, safety, vocab
from dvk_analysis.template import LIST_COLUMNS, SHEET_NAMES, TEMPLATE_COLUMNS, list_values, write_template


@pytest.fixture(scope="module", params=["vi", "en"])
def template(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    lang = request.param
    return lang, write_template(tmp_path_factory.mktemp("tpl") / f"mau_{lang}.xlsx", lang=lang)


def _validations(ws: openpyxl.worksheet.worksheet.Worksheet) -> dict[str, str]:
    """``{column letter: list formula}`` of the list validations of a sheet."""
    out = {}
    for check in ws.data_validations.dataValidation:
        if check.type == "list":
            for cell_range in check.sqref.ranges:
                out[cell_range.coord.split(":")[0].rstrip("0123456789")] = check.formula1
    return out


def _range_values(wb: openpyxl.Workbook, formula: str) -> list[str]:
    sheet, cells = formula.lstrip("=").rsplit("!", 1)
    ws = wb[sheet.strip("'")]
    return [c.value for row in ws[cells.replace("$", "")] for c in row]


def test_sheets_header_and_frozen_pane(template: tuple[str, Path]) -> None:
    lang, path = template
    wb = openpyxl.load_workbook(path)
    names = SHEET_NAMES[lang]
    assert wb.sheetnames == [names["data"], names["guide"], names["lists"]]
    assert wb[names["lists"]].sheet_state == "hidden"
    data = wb[names["data"]]
    assert [c.value for c in data[1]] == [vocab.column_label(c, lang) for c in TEMPLATE_COLUMNS]
    assert data.freeze_panes == "A2"
    assert data.max_row == 1  # no data rows: the example lives on the instructions sheet
    for column in TEMPLATE_COLUMNS:
        assert vocab.header_to_column(vocab.column_label(column, lang)) == column


def test_every_vocabulary_column_has_a_drop_down(template: tuple[str, Path]) -> None:
    lang, path = template
    wb = openpyxl.load_workbook(path)
    data = wb[SHEET_NAMES[lang]["data"]]
    checks = _validations(data)
    for column in LIST_COLUMNS:
        letter = openpyxl.utils.get_column_letter(TEMPLATE_COLUMNS.index(column) + 1)
        assert letter in checks, column
        values = _range_values(wb, checks[letter])
        assert values == list_values(column, lang)
        if column in vocab.TERMS:
            assert values == [t.label(lang) for t in vocab.TERMS[column]]
            assert [vocab.to_code(column, v) for v in values] == vocab.codes(column)
        else:
            assert len(values) == 64  # the 63 units before the merger, and Huế
            assert all(provinces.match_province(v) for v in values)
    assert set(vocab.VOCAB_COLUMNS) - {"period_kind"} <= set(LIST_COLUMNS)


def test_instructions_and_example_row(template: tuple[str, Path]) -> None:
    lang, path = template
    wb = openpyxl.load_workbook(path)
    guide = wb[SHEET_NAMES[lang]["guide"]]
    text = "\n".join(str(c.value) for row in guide.iter_rows() for c in row if c.value is not None)
    assert "DÂN VẬN KHÉO" in text
    if lang == "vi":
        assert "Mỗi dòng ở trang «Dữ liệu» là một con số được báo cáo" in text
        assert "dvk validate" in text
    rows = [[c.value for c in row] for row in guide.iter_rows()]
    header_at = max(i for i, row in enumerate(rows) if row[0] == vocab.column_label("record_id", lang))
    example = dict(zip(rows[header_at], rows[header_at + 1], strict=False))
    assert example[vocab.column_label("count", lang)] == 78
    assert example[vocab.column_label("level", lang)] == vocab.label("level", "bloc", lang)
    assert example[vocab.column_label("quote", lang)] == "trong đó 78 mô hình đạt cấp khối"


def test_nothing_is_written_as_a_formula(template: tuple[str, Path]) -> None:
    _, path = template
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                xml = zf.read(name)
                assert b"<f>" not in xml and b"<f " not in xml, name


def test_same_language_same_bytes(template: tuple[str, Path], tmp_path: Path) -> None:
    lang, path = template
    again = write_template(tmp_path / "again.xlsx", lang=lang)
    assert hashlib.sha256(again.read_bytes()).digest() == hashlib.sha256(path.read_bytes()).digest()


def test_empty_template_loads_to_no_records(template: tuple[str, Path]) -> None:
    _, path = template
    result = load_awards(path, errors="collect")
    assert result.problems == [] and result.frame.empty
    assert list(result.frame.columns) == list(load_awards(SEED_DATA).columns)


def _fill(path: Path, lang: str, rows: list[dict[str, object]], out: Path) -> Path:
    wb = openpyxl.load_workbook(path)
    data = wb[SHEET_NAMES[lang]["data"]]
    for r, values in enumerate(rows, start=2):
        for column, value in values.items():
            # As Excel stores what an analyst types: text stays text.
            safety.write_text_cell(data, r, TEMPLATE_COLUMNS.index(column) + 1, value)
    wb.save(out)
    return out


def test_a_filled_template_loads_without_change(template: tuple[str, Path], tmp_path: Path) -> None:
    lang, path = template

    def pick(column: str, code: str) -> str:
        label = vocab.label(column, code, lang)  # a value from the drop-down list
        assert label in list_values(column, lang)
        return label

    rows = [
        {
            "record_id": "kg23-01",
            "movement": pick("movement", "dan_van_kheo"),
            "subject": pick("subject", "model"),
            "action": pick("action", "recognised"),
            "level": pick("level", "grassroots"),
            "count": "trên 500",
            "period": "2021-2023",
            "province": "Kiên Giang",
            "source_id": "baokg-2023-11-03",
            "quote": "có trên 500 mô hình được công nhận cấp cơ sở",
        },
        {
            "record_id": "kg23-02",
            "movement": pick("movement", "dan_van_kheo"),
            "subject": pick("subject", "model"),
            "action": pick("action", "recognised"),
            "level": pick("level", "bloc"),
            "count": 78,
            "qualifier": pick("qualifier", "exact"),
            "measure": pick("measure", "stock"),
            "period": "2021-2023",
            "province": "Kiên Giang",
            "part_of": "kg23-01",
            "source_id": "baokg-2023-11-03",
        },
        {
            "record_id": "kg23-09",
            "movement": pick("movement", "ho_chi_minh_study"),
            "subject": pick("subject", "collective"),
            "action": pick("action", "certificate_of_merit"),
            "tier": pick("tier", "achievement"),
            "level": pick("level", "bloc"),
            "unit_type": pick("unit_type", "agency"),
            "field": pick("field", "political_system"),
            "count": 3,
            "period": "Quý III/2023",
            "province": "TP. Hồ Chí Minh",
            "issuer": "=Ban Dân vận",  # typed text that looks like a formula stays text
            "source_id": "baokg-2023-11-03",
            "note": "- ghi chú",
        },
    ]
    filled = _fill(path, lang, rows, tmp_path / f"filled_{lang}.xlsx")
    result = load_awards(filled, errors="collect")
    assert result.problems == []
    frame = result.frame.set_index("record_id")
    assert frame.loc["kg23-01", ["level", "count", "qualifier", "period_kind"]].tolist() == [
        "grassroots",
        500,
        "at_least",
        "phase",
    ]
    assert frame.loc["kg23-02", ["level", "count", "qualifier", "part_of", "province_current"]].tolist() == [
        "bloc",
        78,
        "exact",
        "kg23-01",
        "An Giang",
    ]
    row = frame.loc["kg23-09"]
    assert (row["movement"], row["subject"], row["tier"], row["unit_type"], row["field"]) == (
        "ho_chi_minh_study",
        "collective",
        "achievement",
        "agency",
        "political_system",
    )
    assert (row["period_label"], row["province"], row["note"]) == ("Quý III/2023", "Hồ Chí Minh", "- ghi chú")
    assert row["issuer"] == "=Ban Dân vận"
    line = result.report.set_index("sheet").loc[SHEET_NAMES[lang]["data"]]
    assert (line["read"], line["loaded"], line["rejected"]) == (3, 3, 0)
    # Both Excel readers agree on the filled template.
    other = load_awards(filled, errors="collect", engine="openpyxl")
    pd.testing.assert_frame_equal(result.frame, other.frame)


def test_template_path_must_be_xlsx(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.xlsx"):
        write_template(tmp_path / "mau.xls")
    with pytest.raises(ValueError, match="lang"):
        write_template(tmp_path / "mau.xlsx", lang="fr")  # type: ignore[arg-type]


def test_dvk_template_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from dvk_analysis import cli

    path = tmp_path / "mau.xlsx"
    assert cli.main(["template", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"Đã ghi mẫu nhập liệu: {path}" in out and "dvk validate" in out
    assert openpyxl.load_workbook(path).sheetnames == ["Dữ liệu", "Hướng dẫn", "Danh mục"]
    assert cli.main(["template", str(tmp_path / "en.xlsx"), "--lang", "en"]) == 0
    assert openpyxl.load_workbook(tmp_path / "en.xlsx").sheetnames == ["Data", "Instructions", "Lists"]
    assert cli.main(["validate", str(path)]) == 0
    assert cli.main(["template", str(tmp_path / "mau.xls")]) == 1
    assert "does not end in .xlsx" in capsys.readouterr().err
