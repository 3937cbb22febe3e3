"""The data-entry template: an .xlsx an office fills in and the loader reads unchanged.

:func:`write_template` writes three sheets:

- the data sheet ("Dữ liệu"): one header row (frozen) with the column names the loader
  knows, a drop-down list on every vocabulary column and on the province column;
- the instructions ("Hướng dẫn"): what goes in each column, and an example row taken
  from the seed article (Báo Kiên Giang, 03.11.2023);
- the lists the drop-downs read from ("Danh mục", hidden).

The loader skips the instructions and lists sheets, so a filled template loads as it
is. Text is always written as text: a cell starting with "=", "+", "-" or "@" never
becomes a formula.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import zipfile
from pathlib import Path

from . import provinces, safety, schema, vocab
from .vocab import Lang

#: Columns of the template's data sheet, in order.
TEMPLATE_COLUMNS: tuple[str, ...] = schema.WORKBOOK_COLUMNS
#: Columns that must be filled in every row.
REQUIRED_COLUMNS: tuple[str, ...] = ("movement", "subject", "action", "level", "count", "period")
#: Vocabulary columns that get a drop-down list (and the province column).
LIST_COLUMNS: tuple[str, ...] = (
    "movement",
    "subject",
    "action",
    "tier",
    "level",
    "unit_type",
    "field",
    "qualifier",
    "measure",
    "province",
)

SHEET_NAMES: dict[str, dict[str, str]] = {
    "vi": {"data": "Dữ liệu", "guide": "Hướng dẫn", "lists": "Danh mục"},
    "en": {"data": "Data", "guide": "Instructions", "lists": "Lists"},
}

# One real record of the seed article, as the example row: {column: value or (column, code)}.
_EXAMPLE: dict[str, object] = {
    "record_id": "kg23-02",
    "movement": "dan_van_kheo",
    "subject": "model",
    "action": "recognised",
    "level": "bloc",
    "count": 78,
    "qualifier": "exact",
    "measure": "stock",
    "period": "2021-2023",
    "province": "Kiên Giang",
    "issuer": "Đảng ủy Khối các Cơ quan - Doanh nghiệp tỉnh Kiên Giang",
    "source_id": "baokg-2023-11-03",
    "quote": "trong đó 78 mô hình đạt cấp khối",
    "part_of": "kg23-01",
}

# What to write in each column: (Vietnamese, English).
_HELP: dict[str, tuple[str, str]] = {
    "record_id": (
        "Mã tự đặt, không trùng (ví dụ kg23-01). Có thể để trống.",
        "An id of your own, unique (e.g. kg23-01). May be left empty.",
    ),
    "movement": ("Chọn trong danh sách.", "Choose from the list."),
    "subject": (
        "Chọn trong danh sách. Mô hình, điển hình, tập thể, cá nhân là những thứ khác nhau: không cộng lẫn.",
        "Choose from the list. Models, exemplars, collectives and individuals differ: never add them up.",
    ),
    "action": ("Chọn trong danh sách.", "Choose from the list."),
    "tier": ("Chọn trong danh sách, hoặc để trống.", "Choose from the list, or leave empty."),
    "level": (
        "Chọn trong danh sách (cấp công nhận, khen thưởng).",
        "Choose from the list (level of recognition).",
    ),
    "unit_type": ("Chọn trong danh sách, hoặc để trống.", "Choose from the list, or leave empty."),
    "field": ("Chọn trong danh sách, hoặc để trống.", "Choose from the list, or leave empty."),
    "count": (
        "Số nguyên, dấu chấm phân cách hàng nghìn (2.071). Được ghi “trên 500”, “khoảng 50”, “gần 300”.",
        'A whole number; a dot groups thousands (2.071). "trên 500", "khoảng 50", "gần 300" are fine.',
    ),
    "qualifier": (
        "Để trống nếu số đã ghi rõ “trên”, “khoảng”...; nếu không, chọn trong danh sách.",
        'Leave empty when the count says "trên", "khoảng"...; otherwise choose from the list.',
    ),
    "measure": (
        "Để trống (số lượng); chọn “Thay đổi so với kỳ trước” cho số tăng, giảm; “Lượt” cho lượt khen.",
        "Leave empty (a number of units); choose the change or award-instances entry when it is one.",
    ),
    "period": (
        "Ghi như báo cáo: 2021-2023, Năm 2022, Quý III/2023, 6 tháng đầu năm 2024, hoặc một ngày.",
        "As reports write it: 2021-2023, Năm 2022, Quý III/2023, 6 tháng đầu năm 2024, or a date.",
    ),
    "province": (
        "Tên tỉnh, thành phố như trong báo cáo, tên trước hay sau 01/7/2025 đều được.",
        "The province as the report names it, before or after 2025-07-01.",
    ),
    "issuer": (
        "Cơ quan công nhận, khen thưởng hoặc báo cáo.",
        "The body that recognised, rewarded or reported.",
    ),
    "source_id": (
        "Mã của tài liệu nguồn (báo cáo, bài báo). Để trống thì dùng tên tệp.",
        "Id of the source document (report, article). Empty: the file name is used.",
    ),
    "quote": ("Câu ngắn trong nguồn có con số này.", "The short phrase of the source the number comes from."),
    "part_of": (
        "Với số “trong đó”: mã bản ghi của con số tổng.",
        'For a "trong đó" part: the record id of its total.',
    ),
    "note": ("Ghi chú tùy ý.", "Any note."),
}

_GUIDE_TEXT: dict[str, list[str]] = {
    "vi": [
        "MẪU NHẬP SỐ LIỆU KHEN THƯỞNG PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO”",
        "Mỗi dòng ở trang «{data}» là một con số được báo cáo, "
        "kèm cấp, đối tượng, hình thức và thời kỳ của nó.",
        "Chọn giá trị trong danh sách thả xuống ở các cột có danh sách; các cột in đậm phải điền.",
        "Không thêm dòng tổng cộng: chương trình tự cộng. Nếu bảng có dòng “Tổng cộng”, chương trình nhận ra "
        "và đối chiếu với các dòng trên nó.",
        "Không đổi tên cột, không xóa dòng tiêu đề. "
        "Có thể thêm trang tính cho từng năm với cùng dòng tiêu đề.",
        "Tỉnh, thành phố ghi tên cũ hay mới đều được: "
        "chương trình thêm tỉnh, thành phố hiện nay (sau 01/7/2025).",
        "Kiểm tra tệp trước khi gửi: dvk validate TÊN_TỆP.xlsx",
    ],
    "en": [
        "DATA-ENTRY TEMPLATE: AWARDS OF THE “DÂN VẬN KHÉO” EMULATION MOVEMENT",
        "Each row of the «{data}» sheet is one reported number, with its level, subject, action and period.",
        "Choose values from the drop-down lists where a column has one; the bold columns must be filled.",
        "Do not add totals rows: the program adds up. A “Tổng cộng” row is recognised and checked against "
        "the rows above it.",
        "Do not rename the columns or delete the header row. "
        "You may add one sheet per year with the same header.",
        "Old or new province names are both fine: the program adds the province of today (since 2025-07-01).",
        "Check the file before sending it: dvk validate FILE.xlsx",
    ],
}
_GUIDE_WORDS: dict[str, dict[str, str]] = {
    "vi": {"column": "Cột", "required": "Bắt buộc", "what": "Cách ghi", "yes": "có", "example": "Ví dụ"},
    "en": {
        "column": "Column",
        "required": "Required",
        "what": "What to write",
        "yes": "yes",
        "example": "Example",
    },
}
_EXAMPLE_NOTE = {
    "vi": "Ví dụ: một dòng lấy từ bài báo Kiên Giang ngày 03/11/2023 "
    "(không chép dòng này vào trang dữ liệu).",
    "en": "Example: one row from the Báo Kiên Giang article of 03.11.2023 "
    "(do not copy it into the data sheet).",
}


def list_values(column: str, lang: Lang = "vi") -> list[str]:
    """Return the drop-down values of a template column, in the language of the template.

    >>> list_values("level")
    ['Cơ sở', 'Xã, phường', 'Huyện', 'Khối', 'Tỉnh', 'Trung ương']
    >>> list_values("qualifier", "en")
    ['Exact', 'At least', 'About', 'At most']
    """
    if column == "province":
        names = {p.name for p in provinces.provinces()} | {p.current for p in provinces.provinces()}
        return sorted(names, key=lambda n: (vocab.fold(n), n))
    return [t.label(lang) for t in vocab.TERMS[column]]


def _example_value(column: str, lang: Lang) -> object:
    value = _EXAMPLE.get(column)
    if column in vocab.TERMS and isinstance(value, str):
        return vocab.label(column, value, lang)
    return value


def write_template(path: str | os.PathLike[str], lang: Lang = "vi") -> Path:
    """Write the data-entry template to ``path`` (.xlsx) and return the path.

    Parameters
    ----------
    path : path-like
        Where to write; an existing file is replaced.
    lang : {"vi", "en"}
        Language of the headers, lists and instructions (default Vietnamese).

    Returns
    -------
    Path
        The file written. The same ``lang`` always gives the same bytes.

    Examples
    --------
    >>> import tempfile, dvk_analysis as dvk
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = write_template(Path(folder) / "mau.xlsx")
    ...     len(dvk.load_awards(path))
    0
    """
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    lang = vocab.check_lang(lang)
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValueError(f"the template is an .xlsx file; {path.name!r} does not end in .xlsx")
    names = SHEET_NAMES[lang]
    wb = openpyxl.Workbook()
    data = wb.active
    data.title = names["data"]
    guide = wb.create_sheet(names["guide"])
    lists = wb.create_sheet(names["lists"])

    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    required_font = Font(bold=True, color="9C0006")

    # The lists the drop-downs read: one column per list, its name in row 1.
    ranges: dict[str, str] = {}
    for c, column in enumerate(LIST_COLUMNS, start=1):
        safety.write_text_cell(lists, 1, c, vocab.column_label(column, lang))
        values = list_values(column, lang)
        for r, value in enumerate(values, start=2):
            safety.write_text_cell(lists, r, c, value)
        letter = get_column_letter(c)
        ranges[column] = f"'{names['lists']}'!${letter}$2:${letter}${len(values) + 1}"
    lists.sheet_state = "hidden"

    # The data sheet: header, widths, frozen header, drop-downs down to row 2000.
    last_row = 2000
    for c, column in enumerate(TEMPLATE_COLUMNS, start=1):
        cell = safety.write_text_cell(data, 1, c, vocab.column_label(column, lang))
        cell.font = required_font if column in REQUIRED_COLUMNS else bold
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.comment = Comment(_HELP[column][0 if lang == "vi" else 1], "dvk-analysis")
        width = 40 if column in ("quote", "note", "issuer") else 18
        data.column_dimensions[get_column_letter(c)].width = width
        letter = get_column_letter(c)
        if column in ranges:
            check = DataValidation(type="list", formula1=f"={ranges[column]}", allow_blank=True)
            check.errorStyle = "warning"  # spellings the loader knows (NFD, no accents) still go in
            check.error = _HELP[column][0 if lang == "vi" else 1]
            check.errorTitle = vocab.column_label(column, lang)
            check.showErrorMessage = True
            data.add_data_validation(check)
            check.add(f"{letter}2:{letter}{last_row}")
        elif column in ("count", "period"):
            hint = DataValidation(type="custom", formula1="TRUE", allow_blank=True)
            hint.prompt = _HELP[column][0 if lang == "vi" else 1]
            hint.promptTitle = vocab.column_label(column, lang)
            hint.showInputMessage = True
            data.add_data_validation(hint)
            hint.add(f"{letter}2:{letter}{last_row}")
    data.freeze_panes = "A2"
    data.row_dimensions[1].height = 32

    # The instructions, then a column guide, then the example row.
    words = _GUIDE_WORDS[lang]
    row = 1
    for i, line in enumerate(_GUIDE_TEXT[lang]):
        cell = safety.write_text_cell(guide, row, 1, line.format(data=names["data"]))
        if i == 0:
            cell.font = Font(bold=True, size=13)
        row += 1
    row += 1
    for c, word in enumerate((words["column"], words["required"], words["what"]), start=1):
        safety.write_text_cell(guide, row, c, word).font = bold
    for column in TEMPLATE_COLUMNS:
        row += 1
        safety.write_text_cell(guide, row, 1, vocab.column_label(column, lang))
        safety.write_text_cell(guide, row, 2, words["yes"] if column in REQUIRED_COLUMNS else "")
        safety.write_text_cell(guide, row, 3, _HELP[column][0 if lang == "vi" else 1])
    row += 2
    safety.write_text_cell(guide, row, 1, _EXAMPLE_NOTE[lang]).font = bold
    row += 1
    for c, column in enumerate(TEMPLATE_COLUMNS, start=1):
        safety.write_text_cell(guide, row, c, vocab.column_label(column, lang)).font = bold
        value = _example_value(column, lang)
        if value is not None:
            safety.write_text_cell(guide, row + 1, c, value)
    guide.column_dimensions["A"].width = 24
    guide.column_dimensions["B"].width = 12
    guide.column_dimensions["C"].width = 100

    wb.properties.creator = "dvk-analysis"
    wb.properties.title = _GUIDE_TEXT[lang][0]
    wb.active = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    _fix_timestamps(path)
    return path


_STAMP = dt.datetime(2025, 7, 1)


def _fix_timestamps(path: Path) -> None:
    """Give the zip entries and document properties a fixed time: the same template, the same bytes."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:\1>",
                    rb"<dcterms:\1\2>" + _STAMP.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"</dcterms:\1>",
                    data,
                )
            stamped = zipfile.ZipInfo(info.filename, date_time=_STAMP.timetuple()[:6])
            stamped.compress_type = zipfile.ZIP_DEFLATED
            stamped.external_attr = info.external_attr
            zf.writestr(stamped, data)
