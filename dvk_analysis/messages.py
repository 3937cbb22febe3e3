"""What the loader tells analysts, in Vietnamese and English.

Every problem and note the loader reports has a key in :data:`MESSAGES` and named
parameters; :func:`render` turns them into a sentence in either language. A problem's
message says what was expected (the place and the value are added by
:meth:`dvk_analysis.load.Problem.message`).
"""

from __future__ import annotations

from collections.abc import Mapping

from . import vocab
from .vocab import Lang

# key: (Vietnamese, English). Parameters in braces; lists are joined before rendering.
MESSAGES: dict[str, tuple[str, str]] = {
    # --- files ---------------------------------------------------------------------
    "file_missing": (
        "một tệp hoặc thư mục có thật (không tìm thấy đường dẫn này)",
        "an existing file or folder (this path was not found)",
    ),
    "folder_empty": (
        "một thư mục có tệp .xlsx, .xlsm, .csv hoặc .parquet",
        "a folder with .xlsx, .xlsm, .csv or .parquet files",
    ),
    "suffix": (
        "một tệp .xlsx, .xlsm, .csv hoặc .parquet (tệp này có đuôi '{suffix}'; tệp .xls hoặc .ods: "
        "mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx)",
        "a file ending in .xlsx, .xlsm, .csv or .parquet (this one ends in '{suffix}'; for .xls or .ods: "
        "open it in Excel or LibreOffice and save it as .xlsx)",
    ),
    "file_empty": (
        "một tệp có dữ liệu (tệp này rỗng, 0 byte)",
        "a file with data (this file is empty: 0 bytes)",
    ),
    "xls_legacy": (
        "một sổ tính .xlsx (đây là tệp Excel 97-2003 kiểu cũ: mở bằng Excel và lưu lại dưới dạng .xlsx)",
        "an .xlsx workbook (this is an old Excel 97-2003 file: open it in Excel and save it as .xlsx)",
    ),
    "encrypted": (
        "một sổ tính không đặt mật khẩu (tệp này được bảo vệ bằng mật khẩu: mở bằng Excel, gỡ mật khẩu "
        "ở Tệp > Thông tin > Bảo vệ sổ làm việc, lưu lại rồi nạp lại)",
        "a workbook without a password (this one is password-protected: open it in Excel, remove the "
        "password under File > Info > Protect Workbook, save it and load it again)",
    ),
    "corrupt": (
        "một sổ tính Excel đọc được (tệp này bị hỏng hoặc không phải tệp Excel: {detail})",
        "a readable Excel workbook (this file is damaged or is not an Excel file: {detail})",
    ),
    "too_large": (
        "một sổ tính giải nén không quá {limit} (tệp này giải nén ra {size}); đã từ chối trước khi đọc",
        "a workbook that unpacks to at most {limit} (this one unpacks to {size}); refused before reading",
    ),
    "too_compressed": (
        "một sổ tính bình thường (phần '{part}' nén {ratio} lần, dấu hiệu của bom nén); "
        "đã từ chối trước khi đọc",
        "an ordinary workbook (part '{part}' is compressed {ratio} times, the mark of a zip bomb); "
        "refused before reading",
    ),
    "too_many_parts": (
        "một sổ tính có không quá {limit} phần (tệp này có {count}); đã từ chối trước khi đọc",
        "a workbook with at most {limit} parts (this one has {count}); refused before reading",
    ),
    "xml_entities": (
        "một sổ tính Excel bình thường (phần '{part}' khai báo DOCTYPE/thực thể XML, điều Excel không "
        "bao giờ làm; tệp có thể độc hại); đã từ chối trước khi đọc",
        "an ordinary Excel workbook (part '{part}' declares an XML DOCTYPE or entities, which Excel never "
        "writes; the file may be hostile); refused before reading",
    ),
    "workbook_empty": (
        "một sổ tính có ít nhất một trang tính có dữ liệu (sổ này không có dữ liệu)",
        "a workbook with at least one sheet holding data (this one holds none)",
    ),
    "no_records_sheet": (
        "một trang tính có bảng số liệu khen thưởng với dòng tiêu đề như 'Cấp', 'Số lượng', 'Thời kỳ' "
        "(các trang tìm thấy: {sheets})",
        "a sheet with a table of award records, with a header row such as 'Cấp', 'Số lượng', 'Thời kỳ' "
        "(sheets found: {sheets})",
    ),
    "sheet_not_found": (
        "một trang tính tên '{wanted}' (các trang có: {sheets})",
        "a sheet named '{wanted}' (sheets found: {sheets})",
    ),
    "csv_encoding": (
        "một tệp CSV lưu theo UTF-8 (trong Excel: Lưu thành > 'CSV UTF-8'); "
        "tệp này dùng bảng mã khác: {detail}",
        "a CSV file saved as UTF-8 (in Excel: Save As > 'CSV UTF-8'); "
        "this file uses another encoding: {detail}",
    ),
    "legacy_font": (
        "chữ Unicode; chữ ở đây giống mã cũ TCVN3 (ABC) hoặc VNI ('{sample}'): chuyển mã sang Unicode "
        "(ví dụ bằng công cụ chuyển mã của Unikey) rồi nạp lại",
        "Unicode text; this text looks like the legacy TCVN3 (ABC) or VNI encoding ('{sample}'): convert "
        "it to Unicode (for example with Unikey's converter) and load again",
    ),
    "csv_empty": ("một tệp CSV có dòng tiêu đề", "a CSV file with a header row"),
    "parquet_unreadable": (
        "một tệp Parquet đọc được ({detail})",
        "a readable Parquet file ({detail})",
    ),
    # --- headers ---------------------------------------------------------------------
    "unknown_columns": (
        "tên cột đã biết (tìm thấy: {found}; tên được chấp nhận: {accepted}; "
        "hoặc ánh xạ bằng tham số columns=)",
        "known column names (found: {found}; accepted: {accepted}; or map them with columns=)",
    ),
    "missing_columns": (
        "các cột {missing} (tìm thấy: {found})",
        "the columns {missing} (found: {found})",
    ),
    "duplicate_column": (
        "chỉ một cột '{target}' (cột '{other}' cũng là '{target}')",
        "one column for '{target}', not two (column '{other}' is '{target}' too)",
    ),
    "unnamed_column": (
        "một tiêu đề cho cột {letter} (cột này có giá trị, ví dụ '{sample}'; "
        "bỏ qua bằng columns={{'{letter}': None}})",
        "a header for column {letter} (it holds values such as '{sample}'; ignore it with "
        "columns={{'{letter}': None}})",
    ),
    # --- values ----------------------------------------------------------------------
    "vocab": ("{label} trong danh sách: {choices}", "a {column} among: {choices}"),
    "vocab_required": (
        "một giá trị ({label} trong danh sách: {choices})",
        "a value (a {column} among: {choices})",
    ),
    "count_text": (
        "một số nguyên từ 0 trở lên, ví dụ 78, '2.071' hoặc 'trên 500'",
        'a whole number of 0 or more, such as 78, "2.071" or "trên 500"',
    ),
    "count_negative": (
        "một số nguyên từ 0 trở lên, không phải số âm",
        "a whole number of 0 or more, not a negative number",
    ),
    "count_fraction": (
        "một số nguyên từ 0 trở lên, không phải số lẻ",
        "a whole number of 0 or more, not a fraction",
    ),
    "count_fraction_text": (
        "một số nguyên từ 0 trở lên (dấu chấm phân cách hàng nghìn, như 2.071); giá trị này trông như số lẻ",
        "a whole number of 0 or more (dots group thousands, as in 2.071); this looks like a fraction",
    ),
    "count_bool": (
        "một số nguyên từ 0 trở lên, không phải giá trị đúng/sai {value}",
        "a whole number of 0 or more, not the truth value {value}",
    ),
    "excel_error": (
        "một giá trị (ô này hiện lỗi Excel {value}: sửa công thức trong Excel)",
        "a value (this cell shows the Excel error {value}: fix the formula in Excel)",
    ),
    "formula_uncached": (
        "một giá trị đã lưu (ô có công thức '{formula}' nhưng chưa lưu kết quả: "
        "mở tệp bằng Excel rồi lưu lại)",
        "a stored value (this cell has the formula '{formula}' but no saved result: open the file in "
        "Excel and save it)",
    ),
    "period": (
        "một kỳ như 2021-2023, năm 2022, Quý III/2023 hoặc 6 tháng đầu năm 2024",
        "a period such as 2021-2023, năm 2022, Quý III/2023 or 6 tháng đầu năm 2024",
    ),
    "period_reversed": (
        "một giai đoạn có năm cuối không trước năm đầu ({first}-{last})",
        "a phase whose last year is not before its first ({first}-{last})",
    ),
    "date_invalid": (
        "một ngày có thật, ngày trước (dd/mm/yyyy): {detail}",
        "a real date, day first (dd/mm/yyyy): {detail}",
    ),
    "date": (
        "một ngày (dd/mm/yyyy hoặc ô ngày của Excel)",
        "a date (dd/mm/yyyy or an Excel date)",
    ),
    "period_both": (
        "cả ngày bắt đầu và ngày kết thúc",
        "both period_start and period_end",
    ),
    "period_order": (
        "ngày kết thúc không trước ngày bắt đầu",
        "an end on or after the start",
    ),
    "qualifier_conflict": (
        "mức chính xác mà ô số lượng đã ghi ({stated})",
        "the qualifier the count cell states ({stated})",
    ),
    "province": (
        "một tỉnh, thành phố (tên trước hoặc sau 01/7/2025, có hoặc không có 'tỉnh', 'TP.'), "
        "ví dụ 'Kiên Giang', 'TP. Hồ Chí Minh'",
        "a Vietnamese province or centrally-run city (name before or after 2025-07-01, with or without "
        "'tỉnh', 'TP.'), such as 'Kiên Giang' or 'TP. Hồ Chí Minh'",
    ),
    "text": ("một đoạn chữ", "text"),
    # --- across rows and files -------------------------------------------------------------
    "conflict": (
        "cùng giá trị với bản ghi giống hệt ở {other} (ở đó: {other_value}; ở đây: {this_value}); "
        "nếu là hai bản ghi khác nhau, thêm cột phân biệt chúng (ví dụ 'Đơn vị')",
        "the same value as the same record at {other} (there: {other_value}; here: {this_value}); "
        "if they are two records, add a column that tells them apart (such as 'Đơn vị')",
    ),
    "part_of_unknown": (
        "mã của một bản ghi tổng được nạp cùng",
        "the record_id of a total loaded with it",
    ),
    "part_of_self": ("mã của một bản ghi khác", "the record_id of another record"),
    "source_unknown": (
        "một mã nguồn có trong trang nguồn",
        "a source_id listed in a sources sheet",
    ),
    "total_mismatch": (
        "tổng của các dòng thành phần ({total}, dòng {first}-{last})",
        "the sum of its parts ({total}, rows {first}-{last})",
    ),
}

# Notes: what the loader did that the analyst should know, per file and sheet.
NOTES: dict[str, tuple[str, str]] = {
    "hidden_sheet": ("trang tính ẩn, bỏ qua", "hidden sheet skipped"),
    "chart_sheet": ("trang biểu đồ, bỏ qua", "chart sheet skipped"),
    "helper_sheet": ("trang hướng dẫn hoặc danh mục, bỏ qua", "instructions or lists sheet skipped"),
    "empty_sheet": ("trang tính trống", "empty sheet"),
    "not_a_table": (
        "không thấy dòng tiêu đề của bảng số liệu, bỏ qua",
        "no header row of a records table found, skipped",
    ),
    "not_selected": ("không có trong danh sách sheets=, bỏ qua", "not among sheets=, skipped"),
    "macros": (
        "tệp có macro (VBA); macro không bao giờ được chạy",
        "the file holds macros (VBA); they were never run",
    ),
    "header_row": (
        "dòng tiêu đề là dòng {row}; {n} dòng tiêu đề hoặc ghi chú phía trên được bỏ qua",
        "header on row {row}; {n} title or note rows above it skipped",
    ),
    "footer": (
        "{n} dòng ghi chú hoặc chữ ký dưới bảng được bỏ qua (dòng {first}-{last})",
        "{n} note or signature rows below the table skipped (rows {first}-{last})",
    ),
    "source_default": (
        "không có cột mã nguồn: dùng tên tệp '{value}'",
        "no source_id column: the file name '{value}' is used",
    ),
    "period_from_sheet": (
        "không có cột thời kỳ: lấy từ tên trang tính ('{value}')",
        "no period column: taken from the sheet name ('{value}')",
    ),
    "default": (
        "không có cột '{column}': dùng giá trị mặc định '{value}'",
        "no '{column}' column: the default '{value}' is used",
    ),
    "total_ok": (
        "dòng tổng {row} khớp tổng các dòng {first}-{last} ({total})",
        "total row {row} matches the sum of rows {first}-{last} ({total})",
    ),
    "total_unchecked": (
        "dòng tổng {row} không kiểm được ({reason})",
        "total row {row} not checked ({reason})",
    ),
    "duplicate": (
        "dòng {row} trùng bản ghi ở {other}: chỉ nạp một lần",
        "row {row} repeats the record at {other}: loaded once",
    ),
}

_WHERE = {
    "vi": {"sheet": "trang tính '{}'", "row": "dòng {}", "column": "cột '{}'", "value": "giá trị {}"},
    "en": {"sheet": "sheet '{}'", "row": "row {}", "column": "column '{}'", "value": "value {}"},
}
_EXPECTED = {"vi": "cần {}", "en": "expected {}"}


def _choices(column: str, lang: Lang) -> str:
    if lang == "vi":
        return ", ".join(t.vi for t in vocab.TERMS[column])
    return ", ".join(f"{t.vi} ({t.code})" for t in vocab.TERMS[column])


def render(
    key: str, params: Mapping[str, object] | None = None, lang: Lang = "vi", table: str = "problems"
) -> str:
    """Return the message ``key`` with ``params`` in ``lang``.

    ``table`` is "problems" (what was expected) or "notes".

    >>> render("count_negative", lang="en")
    'a whole number of 0 or more, not a negative number'
    >>> render("vocab", {"column": "level"}, "vi")[:40]
    'cấp trong danh sách: Cơ sở, Xã, phường, '
    """
    lang = vocab.check_lang(lang)
    catalogue = MESSAGES if table == "problems" else NOTES
    vi, en = catalogue[key]
    values = dict(params or {})
    column = values.get("column")
    if key in ("vocab", "vocab_required") and isinstance(column, str):
        values["choices"] = _choices(column, lang)
        values["label"] = (
            vocab.column_label(column, "vi").lower() if column in vocab.COLUMN_LABELS else column
        )
    for name, value in list(values.items()):
        if isinstance(value, (list, tuple)):
            values[name] = ", ".join(map(str, value))
    return (vi if lang == "vi" else en).format(**values)


def place(file: str, sheet: str | None, row: int | None, column: str | None, lang: Lang = "vi") -> str:
    """Return "file, sheet 'x', row n, column 'c'" in ``lang`` with the parts that are known."""
    words = _WHERE[vocab.check_lang(lang)]
    parts = [file]
    if sheet:
        parts.append(words["sheet"].format(sheet))
    if row is not None:
        parts.append(words["row"].format(row))
    if column:
        parts.append(words["column"].format(column))
    return ", ".join(parts)


def value_words(value: str, lang: Lang = "vi") -> str:
    """Return "value 'x'" in ``lang``."""
    return _WHERE[vocab.check_lang(lang)]["value"].format(value)


def expected_words(text: str, lang: Lang = "vi") -> str:
    """Return "expected …" in ``lang``."""
    return _EXPECTED[vocab.check_lang(lang)].format(text)
