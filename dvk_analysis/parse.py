"""Parsing and formatting of values as Vietnamese reports write them.

Counts ("2.071", "trên 500"), periods ("giai đoạn 2021-2023", "Quý III/2023") and
the Vietnamese number format. Pure functions: a value in, a value out, or a
:class:`ParseError` saying what was expected.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from numbers import Number

from .vocab import Lang, fold, nfc


class ParseError(ValueError):
    """A value could not be read; the message says what was expected.

    Parameters
    ----------
    key : str
        Key of the message in :data:`dvk_analysis.messages.MESSAGES`.
    **params
        The message's parameters.

    The English message is ``str(error)``; :meth:`message` renders either language.
    """

    def __init__(self, key: str, **params: object) -> None:
        from .messages import MESSAGES, render

        if key not in MESSAGES:  # a plain message from older code: keep it as it is
            params, key = {"detail": key}, "_plain"
            super().__init__(str(params["detail"]))
        else:
            super().__init__(render(key, params, "en"))
        self.key = key
        self.params = params

    def message(self, lang: Lang = "vi") -> str:
        """Return what was expected, in ``lang``."""
        from .messages import render

        if self.key == "_plain":
            return str(self)
        return render(self.key, self.params, lang)


# Words that put a bound on a count, after fold(). Longest first so "khong qua" wins
# over a shorter word inside it.
_QUALIFIER_WORDS: tuple[tuple[str, str], ...] = (
    ("khong qua", "at_most"),
    ("it nhat", "at_least"),
    ("xap xi", "approx"),
    ("toi da", "at_most"),
    ("khoang", "approx"),
    ("chung", "approx"),
    ("tren", "at_least"),
    ("hon", "at_least"),
    ("gan", "approx"),
    ("duoi", "at_most"),
    ("dat", "exact"),
    ("more than", "at_least"),
    ("over", "at_least"),
    ("about", "approx"),
    ("nearly", "approx"),
    ("under", "at_most"),
)
_QUALIFIER_SIGNS = {"+": "at_least", ">": "at_least", "~": "approx", "≈": "approx", "<": "at_most"}

# "2.071", "1 200", "12.345.678" (dots or spaces group thousands) or plain digits.
_GROUPED = re.compile(r"^\d{1,3}(?:[. ]\d{3})+$")
_PLAIN = re.compile(r"^\d+$")

#: What Excel shows in a cell whose formula failed.
EXCEL_ERRORS = frozenset(
    ("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!", "#GETTING_DATA")
)

# Excel stores a date as days since 1899-12-30 (the 1900 date system). Serials from 20000
# (1954) to 80000 (2119) are dates when they stand in a date or period cell; a year
# (1900-2100) never falls in that range.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
EXCEL_SERIALS = (20000, 80000)


def excel_date(serial: float) -> dt.date:
    """Return the date of an Excel date serial (1900 date system).

    >>> excel_date(45230)
    datetime.date(2023, 10, 31)
    """
    return _EXCEL_EPOCH + dt.timedelta(days=int(serial))


def is_excel_serial(value: object) -> bool:
    """Tell whether ``value`` is a number that can only be an Excel date serial."""
    if isinstance(value, bool) or not isinstance(value, Number):
        return False
    number = float(value)  # type: ignore[arg-type]
    return number.is_integer() and EXCEL_SERIALS[0] <= number < EXCEL_SERIALS[1]


def parse_count(value: object) -> tuple[int | None, str]:
    """Read a count cell and return ``(count, qualifier)``.

    Parameters
    ----------
    value : object
        A number from a spreadsheet, or text as a report writes it.

    Returns
    -------
    tuple
        The non-negative integer (None for an empty cell) and one of "exact",
        "at_least", "approx", "at_most".

    Raises
    ------
    ParseError
        For text that is not a count, a negative number or a fraction.

    Examples
    --------
    >>> parse_count("2.071")
    (2071, 'exact')
    >>> parse_count("trên 500")
    (500, 'at_least')
    >>> parse_count("gần 300"), parse_count("1 200"), parse_count("08")
    ((300, 'approx'), (1200, 'exact'), (8, 'exact'))
    >>> parse_count(78.0)
    (78, 'exact')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None, "exact"
    if isinstance(value, bool):
        raise ParseError("count_bool", value=value)
    if isinstance(value, Number):
        number = float(value)  # type: ignore[arg-type]
        if not number.is_integer():
            raise ParseError("count_fraction")
        if number < 0:
            raise ParseError("count_negative")
        return int(number), "exact"
    text = nfc(str(value))
    if not text:
        return None, "exact"
    qualifier = "exact"
    key = fold(text)
    for word, meaning in _QUALIFIER_WORDS:
        if key.startswith(word + " "):
            qualifier = meaning
            text = _drop_words(text, len(word.split()))
            break
    text = text.strip()
    if text[:1] in _QUALIFIER_SIGNS and qualifier == "exact":
        qualifier = _QUALIFIER_SIGNS[text[0]]
        text = text[1:].lstrip("=").strip()
    if text[-1:] == "+" and qualifier == "exact":
        qualifier, text = "at_least", text[:-1].strip()
    if text.startswith("-") or text.startswith("−"):
        raise ParseError("count_negative")
    if _PLAIN.match(text):
        return int(text), qualifier
    if _GROUPED.match(text):
        return int(text.replace(".", "").replace(" ", "")), qualifier
    if re.match(r"^\d+(?:[.,]\d+)+$", text):
        raise ParseError("count_fraction_text")
    if text in EXCEL_ERRORS:
        raise ParseError("excel_error", value=text)
    raise ParseError("count_text")


def _drop_words(text: str, n: int) -> str:
    return " ".join(text.split()[n:])


@dataclass(frozen=True)
class Period:
    """A reporting period: first and last day, kind and the label people write."""

    start: dt.date
    end: dt.date
    kind: str
    label: str

    @property
    def months(self) -> int:
        """Number of calendar months covered (a quarter is 3, a phase of 3 years 36)."""
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def years(self) -> float:
        """Length in years, for per-year rates (a quarter is 0.25)."""
        if self.kind == "day":
            return ((self.end - self.start).days + 1) / 365.25
        return self.months / 12


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_ROMAN_OUT = {1: "I", 2: "II", 3: "III", 4: "IV"}
_YEAR = r"((?:19|20)\d\d)"


def _last_day(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def quarter(year: int, q: int) -> Period:
    """Return quarter ``q`` (1-4) of ``year`` labelled as reports write it ("Quý III/2023")."""
    return Period(
        dt.date(year, 3 * q - 2, 1), _last_day(year, 3 * q), "quarter", f"Quý {_ROMAN_OUT[q]}/{year}"
    )


def period_from_dates(start: dt.date, end: dt.date) -> Period:
    """Return the period from ``start`` to ``end``, named as reports would name it.

    Whole quarters, half years, years, months and runs of whole years get their kind
    and label; anything else is a span of days.

    >>> period_from_dates(dt.date(2023, 7, 1), dt.date(2023, 9, 30)).label
    'Quý III/2023'
    >>> p = period_from_dates(dt.date(2021, 1, 1), dt.date(2023, 12, 31))
    >>> p.kind, p.label
    ('phase', '2021-2023')
    >>> period_from_dates(dt.date(2023, 7, 15), dt.date(2023, 9, 30)).label
    '15/07/2023-30/09/2023'
    """
    whole_months = start.day == 1 and end == _last_day(end.year, end.month) and end >= start
    if whole_months:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if start.month == 1 and end.month == 12:
            if start.year == end.year:
                return Period(start, end, "year", f"Năm {start.year}")
            return Period(start, end, "phase", f"{start.year}-{end.year}")
        if months == 6 and start.month in (1, 7):
            which = "đầu" if start.month == 1 else "cuối"
            return Period(start, end, "half_year", f"6 tháng {which} năm {start.year}")
        if months == 3 and start.month in (1, 4, 7, 10):
            return quarter(start.year, (start.month + 2) // 3)
        if months == 1:
            return Period(start, end, "month", f"Tháng {start.month}/{start.year}")
    if start == end:
        return Period(start, end, "day", start.strftime("%d/%m/%Y"))
    return Period(start, end, "day", f"{start:%d/%m/%Y}-{end:%d/%m/%Y}")


def parse_period(value: object) -> Period:
    """Read a period as reports write it.

    Accepts a phase ("2021-2023", "giai đoạn 2021 - 2023"), a year ("năm 2022",
    2022), a quarter ("Quý III/2023", "quý 3 năm 2023", "Q3/2023"), a half year
    ("6 tháng đầu năm 2024", "6 tháng cuối năm 2024"), a month ("tháng 10/2023")
    or a date.

    Raises
    ------
    ParseError
        When the value is none of these.

    Examples
    --------
    >>> parse_period("giai đoạn 2021 - 2023")
    Period(start=datetime.date(2021, 1, 1), end=datetime.date(2023, 12, 31), kind='phase', label='2021-2023')
    >>> parse_period("quý 3 năm 2023").label
    'Quý III/2023'
    >>> parse_period(2022).label
    'Năm 2022'
    """
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return Period(value, value, "day", value.strftime("%d/%m/%Y"))
    if is_excel_serial(value):  # a date cell that lost its date format
        day = excel_date(value)  # type: ignore[arg-type]
        return Period(day, day, "day", day.strftime("%d/%m/%Y"))
    if isinstance(value, Number) and not isinstance(value, bool):
        number = float(value)  # type: ignore[arg-type]
        if number.is_integer() and 1900 <= number <= 2100:
            value = str(int(number))
    if value is None or not str(value).strip():
        raise ParseError("period")
    key = fold(str(value))
    key = re.sub(r"^(giai doan|thoi ky|phase|period)\s+", "", key)

    m = re.fullmatch(_YEAR + r"\s*(?:-|den|to|/)?\s*" + _YEAR, key.replace(" - ", "-"))
    if m:
        first, last = int(m.group(1)), int(m.group(2))
        if last < first:
            raise ParseError("period_reversed", first=first, last=last)
        if first == last:
            return Period(dt.date(first, 1, 1), dt.date(first, 12, 31), "year", f"Năm {first}")
        return Period(dt.date(first, 1, 1), dt.date(last, 12, 31), "phase", f"{first}-{last}")
    m = re.fullmatch(r"(?:nam|year)?\s*" + _YEAR, key)
    if m:
        year = int(m.group(1))
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", f"Năm {year}")
    m = re.fullmatch(r"(?:quy|q|quarter)\s*(i{1,3}|iv|[1-4])\s*(?:/|nam|of|-)?\s*" + _YEAR, key)
    if m:
        token = m.group(1)
        q = _ROMAN[token] if token in _ROMAN else int(token)
        return quarter(int(m.group(2)), q)
    m = re.fullmatch(r"6 thang (dau|cuoi) (?:nam )?" + _YEAR, key)
    if m:
        year, first_half = int(m.group(2)), m.group(1) == "dau"
        if first_half:
            return Period(dt.date(year, 1, 1), dt.date(year, 6, 30), "half_year", f"6 tháng đầu năm {year}")
        return Period(dt.date(year, 7, 1), dt.date(year, 12, 31), "half_year", f"6 tháng cuối năm {year}")
    m = re.fullmatch(r"thang (\d{1,2})\s*(?:/|nam)\s*" + _YEAR, key)
    if m and 1 <= int(m.group(1)) <= 12:
        month, year = int(m.group(1)), int(m.group(2))
        return Period(dt.date(year, month, 1), _last_day(year, month), "month", f"Tháng {month}/{year}")
    m = re.fullmatch(_YEAR + r"-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?", str(value).strip())
    if m:  # ISO dates, as CSV and Parquet exports write them
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as exc:
            raise ParseError("date_invalid", detail=exc) from None
        return Period(day, day, "day", day.strftime("%d/%m/%Y"))
    m = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-]" + _YEAR, str(value).strip())
    if m:
        try:
            day = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError as exc:
            raise ParseError("date_invalid", detail=exc) from None
        return Period(day, day, "day", day.strftime("%d/%m/%Y"))
    if str(value).strip() in EXCEL_ERRORS:
        raise ParseError("excel_error", value=str(value).strip())
    raise ParseError("period")


def period_label(label_vi: str, lang: Lang = "vi") -> str:
    """Translate a period label made by :func:`parse_period` into ``lang``.

    >>> period_label("Quý III/2023", "en"), period_label("Năm 2022", "en")
    ('Q3 2023', '2022')
    """
    if lang == "vi":
        return label_vi
    m = re.fullmatch(r"Quý (I{1,3}|IV)/(\d{4})", label_vi)
    if m:
        return f"Q{_ROMAN[m.group(1).lower()]} {m.group(2)}"
    m = re.fullmatch(r"Năm (\d{4})", label_vi)
    if m:
        return m.group(1)
    m = re.fullmatch(r"6 tháng (đầu|cuối) năm (\d{4})", label_vi)
    if m:
        return f"H{1 if m.group(1) == 'đầu' else 2} {m.group(2)}"
    m = re.fullmatch(r"Tháng (\d{1,2})/(\d{4})", label_vi)
    if m:
        return f"{dt.date(2000, int(m.group(1)), 1):%b} {m.group(2)}"
    return label_vi


def format_number(value: float | int | None, lang: Lang = "vi", decimals: int = 0) -> str:
    """Format a number the Vietnamese way (dot groups thousands, comma marks decimals).

    >>> format_number(2071), format_number(2071, "en"), format_number(166.666, decimals=1)
    ('2.071', '2,071', '166,7')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = f"{value:,.{decimals}f}"
    if lang == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


_QUALIFIER_MARKS = {"exact": "{}", "at_least": "{}+", "approx": "~{}", "at_most": "≤{}"}


def format_count(
    count: float | int | None, qualifier: str = "exact", lang: Lang = "vi", decimals: int = 0
) -> str:
    """Format a count with its qualifier visible: a lower bound stays a lower bound.

    >>> format_count(500, "at_least"), format_count(1200, "approx"), format_count(78)
    ('500+', '~1.200', '78')
    """
    number = format_number(count, lang, decimals)
    if not number:
        return ""
    return _QUALIFIER_MARKS.get(qualifier, "{}").format(number)
