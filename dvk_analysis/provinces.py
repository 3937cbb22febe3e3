"""Provinces as reports name them, and the province each belongs to today.

Vietnam went from 63 to 34 provincial units on 1 July 2025. The crosswalk is data shipped
with the package (``provinces.csv``, with its legal source in its header); this module
reads it and matches names as offices type them: with or without "tỉnh", "thành phố",
"TP.", with or without diacritics, either tone placement ("Hoà"/"Hòa"), old spellings
("Đắc Lắc") and common abbreviations ("TP.HCM", "BR-VT").
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from .vocab import fold

#: The crosswalk file shipped in the package.
CROSSWALK_PATH = Path(__file__).resolve().parent / "provinces.csv"

#: The legal act behind :data:`CROSSWALK_PATH`, as its header names it.
LEGAL_SOURCE = "Nghị quyết số 202/2025/QH15 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh năm 2025"

#: Day the 34 provincial units replaced the 63.
MERGER_DATE = "2025-07-01"

# Words around a name that do not change which unit it is, after fold().
_PREFIXES = ("thanh pho truc thuoc trung uong", "thanh pho", "tinh", "tp", "t p", "city of", "province of")
_SUFFIXES = ("truoc sap nhap", "sau sap nhap", "city", "province", "cu", "moi")


@dataclass(frozen=True)
class Province:
    """One provincial unit of before 2025-07-01 and the unit it belongs to since.

    Attributes
    ----------
    name : str
        Name before 2025-07-01, without "tỉnh"/"thành phố" ("Kiên Giang").
    kind : str
        "tinh" (province) or "thanh_pho" (centrally-run city).
    current : str
        The unit it belongs to since 2025-07-01 ("An Giang").
    current_kind : str
        Kind of that unit.
    other_names : tuple of str
        Other official names, kept as reported ("Huế").
    aliases : tuple of str
        Other spellings seen in reports.
    """

    name: str
    kind: str
    current: str
    current_kind: str
    other_names: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


def province_key(text: str) -> str:
    """Return the matching key of a province name: folded, no prefix, no spaces.

    >>> province_key("TP. Hồ Chí Minh") == province_key("Thành phố Hồ Chí Minh") == province_key("hochiminh")
    True
    >>> province_key("Tỉnh Đắk Lắk") == province_key("Dak Lak")
    True
    """
    key = fold(text)
    changed = True
    while changed:
        changed = False
        for prefix in _PREFIXES:
            if key.startswith(prefix + " "):
                key, changed = key[len(prefix) + 1 :], True
        for suffix in _SUFFIXES:
            if key.endswith(" " + suffix):
                key, changed = key[: -len(suffix) - 1], True
    return re.sub(r"[^0-9a-z]", "", key)


@cache
def provinces() -> tuple[Province, ...]:
    """Return the 63 provincial units of before 2025-07-01, in the crosswalk's order."""
    with CROSSWALK_PATH.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    out = []
    for row in csv.DictReader(lines):
        out.append(
            Province(
                name=row["province"],
                kind=row["kind"],
                current=row["province_current"],
                current_kind=row["kind_current"],
                other_names=tuple(n for n in row["other_names"].split("|") if n),
                aliases=tuple(a for a in row["aliases"].split("|") if a),
            )
        )
    return tuple(out)


@cache
def _index() -> dict[str, tuple[str, Province]]:
    """``{key: (name as kept, province)}``; raises if two units share a key."""
    index: dict[str, tuple[str, Province]] = {}

    def add(spelling: str, kept: str, unit: Province) -> None:
        key = province_key(spelling)
        found = index.setdefault(key, (kept, unit))
        if found[1] != unit:  # pragma: no cover - guarded by a unit test
            raise ValueError(f"{spelling!r} matches both {found[1].name} and {unit.name}")

    for unit in provinces():
        add(unit.name, unit.name, unit)
        for other in unit.other_names:
            add(other, other, unit)
        for alias in unit.aliases:
            add(alias, unit.name, unit)
    return index


def match_province(text: str) -> tuple[str, Province] | None:
    """Return ``(name, unit)`` for a province name as typed, or None if unknown.

    ``name`` is the canonical spelling of the name as reported: an old name stays
    old ("Kiên Giang"), an abbreviation is spelled out ("TP.HCM" gives "Hồ Chí Minh").

    >>> name, unit = match_province("tỉnh Kiên Giang")
    >>> name, unit.current
    ('Kiên Giang', 'An Giang')
    >>> match_province("Hoà Bình")[0], match_province("BR-VT")[1].current
    ('Hòa Bình', 'Hồ Chí Minh')
    >>> match_province("huyện Châu Thành") is None
    True
    """
    return _index().get(province_key(text))


def province_name(text: str) -> str | None:
    """Return the canonical name of the province ``text`` names, or None if unknown."""
    found = match_province(text)
    return found[0] if found else None


def current_province(text: str) -> str | None:
    """Return the unit (of the 34 since 2025-07-01) that ``text`` belongs to, or None.

    >>> current_province("Kiên Giang"), current_province("Thừa Thiên - Huế"), current_province("TP.HCM")
    ('An Giang', 'Huế', 'Hồ Chí Minh')
    """
    found = match_province(text)
    return found[1].current if found else None


def find_current(text: str, names: Iterable[str]) -> str | None:
    """Return the name among ``names`` (units of today) that ``text`` names, as reported or as of today.

    >>> find_current("Kiên Giang", ["An Giang", "Hồ Chí Minh"]), find_current("TP.HCM", ["Hồ Chí Minh"])
    ('An Giang', 'Hồ Chí Minh')
    >>> find_current("Atlantis", ["An Giang"]) is None
    True
    """
    key = province_key(current_province(text) or text)
    return next((name for name in names if province_key(name) == key), None)


def crosswalk() -> pd.DataFrame:
    """Return the crosswalk as a table: one row per unit of before 2025-07-01.

    Columns: province, kind, province_current, kind_current.

    >>> table = crosswalk()
    >>> len(table), table["province_current"].nunique()
    (63, 34)
    """
    return pd.DataFrame(
        [(p.name, p.kind, p.current, p.current_kind) for p in provinces()],
        columns=["province", "kind", "province_current", "kind_current"],
    )
