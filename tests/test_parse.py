"""Counts, periods and number formats as Vietnamese reports write them."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from dvk_analysis.parse import ParseError, format_count, format_number, parse_count, parse_period


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2.071", (2071, "exact")),
        ("1 200", (1200, "exact")),
        ("1\u00a0200", (1200, "exact")),
        ("1\u202f200", (1200, "exact")),
        ("08", (8, "exact")),
        ("12.345.678", (12345678, "exact")),
        (78.0, (78, "exact")),
        (78, (78, "exact")),
        (0, (0, "exact")),
        ("trên 500", (500, "at_least")),
        ("Trên  500 ", (500, "at_least")),
        (unicodedata.normalize("NFD", "trên 500"), (500, "at_least")),
        ("hơn 1.000", (1000, "at_least")),
        ("gần 300", (300, "approx")),
        ("khoảng 50", (50, "approx")),
        ("không quá 20", (20, "at_most")),
        ("500+", (500, "at_least")),
        ("~40", (40, "approx")),
        ("đạt 76", (76, "exact")),
        (None, (None, "exact")),
        ("", (None, "exact")),
        ("  ", (None, "exact")),
    ],
)
def test_parse_count_reads_what_reports_write(typed: object, expected: tuple[int | None, str]) -> None:
    assert parse_count(typed) == expected


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        (-5, "negative"),
        ("-5", "negative"),
        (2.5, "fraction"),
        ("2,5", "fraction"),
        ("nhiều", "such as 78"),
        ("78 mô hình và 3 tập thể", "such as 78"),
        (True, "truth value"),
    ],
)
def test_parse_count_rejects_what_is_not_a_count(typed: object, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse_count(typed)


@pytest.mark.parametrize(
    ("typed", "start", "end", "kind", "label"),
    [
        ("2021-2023", (2021, 1, 1), (2023, 12, 31), "phase", "2021-2023"),
        ("giai đoạn 2021 - 2023", (2021, 1, 1), (2023, 12, 31), "phase", "2021-2023"),
        ("Giai đoạn 2021–2023", (2021, 1, 1), (2023, 12, 31), "phase", "2021-2023"),
        ("Quý III/2023", (2023, 7, 1), (2023, 9, 30), "quarter", "Quý III/2023"),
        ("quý 3 năm 2023", (2023, 7, 1), (2023, 9, 30), "quarter", "Quý III/2023"),
        ("QUÝ IV NĂM 2023", (2023, 10, 1), (2023, 12, 31), "quarter", "Quý IV/2023"),
        ("6 tháng đầu năm 2024", (2024, 1, 1), (2024, 6, 30), "half_year", "6 tháng đầu năm 2024"),
        ("6 tháng cuối năm 2024", (2024, 7, 1), (2024, 12, 31), "half_year", "6 tháng cuối năm 2024"),
        ("năm 2022", (2022, 1, 1), (2022, 12, 31), "year", "Năm 2022"),
        (2022, (2022, 1, 1), (2022, 12, 31), "year", "Năm 2022"),
        (2022.0, (2022, 1, 1), (2022, 12, 31), "year", "Năm 2022"),
        ("tháng 10/2023", (2023, 10, 1), (2023, 10, 31), "month", "Tháng 10/2023"),
        ("31/10/2023", (2023, 10, 31), (2023, 10, 31), "day", "31/10/2023"),
        ("03.11.2023", (2023, 11, 3), (2023, 11, 3), "day", "03/11/2023"),
        (dt.date(2023, 10, 31), (2023, 10, 31), (2023, 10, 31), "day", "31/10/2023"),
        (dt.datetime(2023, 10, 31), (2023, 10, 31), (2023, 10, 31), "day", "31/10/2023"),
    ],
)
def test_parse_period_reads_what_reports_write(
    typed: object, start: tuple[int, int, int], end: tuple[int, int, int], kind: str, label: str
) -> None:
    period = parse_period(typed)
    assert (period.start, period.end, period.kind, period.label) == (
        dt.date(*start),
        dt.date(*end),
        kind,
        label,
    )


def test_period_lengths_for_per_year_rates() -> None:
    assert parse_period("2021-2023").years == 3
    assert parse_period("Quý III/2023").years == 0.25
    assert parse_period("6 tháng đầu năm 2024").months == 6


@pytest.mark.parametrize("typed", ["2023-2021", "quý 5/2023", "31/02/2023", "sắp tới", "", None])
def test_parse_period_rejects_what_is_not_a_period(typed: object) -> None:
    with pytest.raises(ParseError):
        parse_period(typed)


def test_number_format_is_vietnamese_by_default() -> None:
    assert format_number(2071) == "2.071"
    assert format_number(2071, "en") == "2,071"
    assert format_number(1234.5, decimals=1) == "1.234,5"
    assert format_count(500, "at_least") == "500+"
    assert format_count(None) == ""


def test_iso_dates_from_csv_exports() -> None:
    period = parse_period("2023-11-03")
    assert (period.start, period.kind) == (dt.date(2023, 11, 3), "day")
    assert parse_period("2023-11-03 00:00:00").start == dt.date(2023, 11, 3)
    with pytest.raises(ParseError):
        parse_period("2023-13-03")


def test_excel_date_serials() -> None:
    from dvk_analysis.parse import excel_date, is_excel_serial

    assert excel_date(45230) == dt.date(2023, 10, 31)
    assert excel_date(45108) == dt.date(2023, 7, 1)
    assert is_excel_serial(45230) and is_excel_serial(45230.0)
    assert not is_excel_serial(2023) and not is_excel_serial(True) and not is_excel_serial("45230")
    period = parse_period(45230)
    assert (period.start, period.kind) == (dt.date(2023, 10, 31), "day")


@pytest.mark.parametrize(
    ("start", "end", "kind", "label"),
    [
        ((2023, 7, 1), (2023, 9, 30), "quarter", "Quý III/2023"),
        ((2024, 1, 1), (2024, 6, 30), "half_year", "6 tháng đầu năm 2024"),
        ((2024, 7, 1), (2024, 12, 31), "half_year", "6 tháng cuối năm 2024"),
        ((2022, 1, 1), (2022, 12, 31), "year", "Năm 2022"),
        ((2021, 1, 1), (2023, 12, 31), "phase", "2021-2023"),
        ((2023, 10, 1), (2023, 10, 31), "month", "Tháng 10/2023"),
        ((2023, 10, 31), (2023, 10, 31), "day", "31/10/2023"),
        ((2023, 7, 15), (2023, 9, 30), "day", "15/07/2023-30/09/2023"),
    ],
)
def test_period_from_dates(
    start: tuple[int, int, int], end: tuple[int, int, int], kind: str, label: str
) -> None:
    from dvk_analysis.parse import period_from_dates

    period = period_from_dates(dt.date(*start), dt.date(*end))
    assert (period.kind, period.label) == (kind, label)


def test_parse_error_speaks_both_languages() -> None:
    with pytest.raises(ParseError) as info:
        parse_count(-3)
    assert info.value.key == "count_negative"
    assert str(info.value) == info.value.message("en") == "a whole number of 0 or more, not a negative number"
    assert info.value.message("vi") == "một số nguyên từ 0 trở lên, không phải số âm"


@pytest.mark.parametrize("typed", ["#DIV/0!", "#N/A", "#REF!"])
def test_excel_error_text_is_named(typed: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_count(typed)
    assert info.value.key == "excel_error" and typed in str(info.value)
