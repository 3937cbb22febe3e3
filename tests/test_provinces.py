"""The province crosswalk: 63 units before 2025-07-01, 34 since, names as offices type them."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from dvk_analysis import SEED_DATA, load_awards, provinces
from dvk_analysis.provinces import current_province, match_province, province_key, province_name

# Today's 34 units and what they were made of (Resolution 202/2025/QH15).
MERGED = {
    "Tuyên Quang": {"Hà Giang", "Tuyên Quang"},
    "Lào Cai": {"Yên Bái", "Lào Cai"},
    "Thái Nguyên": {"Bắc Kạn", "Thái Nguyên"},
    "Phú Thọ": {"Vĩnh Phúc", "Hòa Bình", "Phú Thọ"},
    "Bắc Ninh": {"Bắc Giang", "Bắc Ninh"},
    "Hưng Yên": {"Thái Bình", "Hưng Yên"},
    "Hải Phòng": {"Hải Dương", "Hải Phòng"},
    "Ninh Bình": {"Hà Nam", "Nam Định", "Ninh Bình"},
    "Quảng Trị": {"Quảng Bình", "Quảng Trị"},
    "Đà Nẵng": {"Quảng Nam", "Đà Nẵng"},
    "Quảng Ngãi": {"Kon Tum", "Quảng Ngãi"},
    "Gia Lai": {"Gia Lai", "Bình Định"},
    "Khánh Hòa": {"Ninh Thuận", "Khánh Hòa"},
    "Lâm Đồng": {"Lâm Đồng", "Đắk Nông", "Bình Thuận"},
    "Đắk Lắk": {"Đắk Lắk", "Phú Yên"},
    "Hồ Chí Minh": {"Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"},
    "Đồng Nai": {"Đồng Nai", "Bình Phước"},
    "Tây Ninh": {"Long An", "Tây Ninh"},
    "Cần Thơ": {"Cần Thơ", "Sóc Trăng", "Hậu Giang"},
    "Vĩnh Long": {"Bến Tre", "Vĩnh Long", "Trà Vinh"},
    "Đồng Tháp": {"Tiền Giang", "Đồng Tháp"},
    "Cà Mau": {"Bạc Liêu", "Cà Mau"},
    "An Giang": {"Kiên Giang", "An Giang"},
}
UNCHANGED = {
    "Hà Nội": "Hà Nội",
    "Thừa Thiên Huế": "Huế",
    "Lai Châu": "Lai Châu",
    "Điện Biên": "Điện Biên",
    "Sơn La": "Sơn La",
    "Lạng Sơn": "Lạng Sơn",
    "Quảng Ninh": "Quảng Ninh",
    "Thanh Hóa": "Thanh Hóa",
    "Nghệ An": "Nghệ An",
    "Hà Tĩnh": "Hà Tĩnh",
    "Cao Bằng": "Cao Bằng",
}


def test_crosswalk_has_63_units_mapping_to_34() -> None:
    table = provinces.crosswalk()
    assert len(table) == 63 and table["province"].is_unique
    assert table["province_current"].nunique() == 34
    expected = {old: new for new, olds in MERGED.items() for old in olds} | UNCHANGED
    assert dict(zip(table["province"], table["province_current"], strict=True)) == expected
    assert len(MERGED) == 23 and sum(len(v) for v in MERGED.values()) == 52


def test_six_centrally_run_cities_today() -> None:
    table = provinces.crosswalk()
    cities = set(table.loc[table["kind_current"] == "thanh_pho", "province_current"])
    assert cities == {"Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}


def test_crosswalk_names_its_legal_source() -> None:
    head = provinces.CROSSWALK_PATH.read_text(encoding="utf-8").splitlines()[:6]
    assert any("202/2025/QH15" in line for line in head)
    assert "202/2025/QH15" in provinces.LEGAL_SOURCE


def test_crosswalk_ships_in_the_package() -> None:
    import tomllib

    pyproject = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text("utf-8"))
    assert "*.csv" in pyproject["tool"]["setuptools"]["package-data"]["dvk_analysis"]
    assert provinces.CROSSWALK_PATH.parent.name == "dvk_analysis"


@pytest.mark.parametrize(
    ("typed", "name", "current"),
    [
        ("Kiên Giang", "Kiên Giang", "An Giang"),
        ("tỉnh Kiên Giang", "Kiên Giang", "An Giang"),
        ("TỈNH KIÊN GIANG", "Kiên Giang", "An Giang"),
        ("kien giang", "Kiên Giang", "An Giang"),
        (unicodedata.normalize("NFD", "Kiên Giang"), "Kiên Giang", "An Giang"),
        ("Kiên\u00a0Giang ", "Kiên Giang", "An Giang"),
        ("An Giang", "An Giang", "An Giang"),
        ("tỉnh An Giang (mới)", "An Giang", "An Giang"),
        ("Kiên Giang (cũ)", "Kiên Giang", "An Giang"),
        ("TP.HCM", "Hồ Chí Minh", "Hồ Chí Minh"),
        ("TP. Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh"),
        ("Thành phố Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh"),
        ("Tp Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh"),
        ("TPHCM", "Hồ Chí Minh", "Hồ Chí Minh"),
        ("BR-VT", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
        ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
        ("tỉnh Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
        ("Bình Dương", "Bình Dương", "Hồ Chí Minh"),
        ("Thừa Thiên - Huế", "Thừa Thiên Huế", "Huế"),
        ("Thừa Thiên Huế", "Thừa Thiên Huế", "Huế"),
        ("Thành phố Huế", "Huế", "Huế"),
        ("Đắc Lắc", "Đắk Lắk", "Đắk Lắk"),
        ("Đăk Lăk", "Đắk Lắk", "Đắk Lắk"),
        ("Đắk Nông", "Đắk Nông", "Lâm Đồng"),
        ("Hoà Bình", "Hòa Bình", "Phú Thọ"),
        ("Hòa Bình", "Hòa Bình", "Phú Thọ"),
        ("Khánh Hoà", "Khánh Hòa", "Khánh Hòa"),
        ("Thanh Hoá", "Thanh Hóa", "Thanh Hóa"),
        ("thành phố Cần Thơ", "Cần Thơ", "Cần Thơ"),
        ("Hậu Giang", "Hậu Giang", "Cần Thơ"),
        ("Hà Nội", "Hà Nội", "Hà Nội"),
        ("Bắc Cạn", "Bắc Kạn", "Thái Nguyên"),
        ("Kontum", "Kon Tum", "Quảng Ngãi"),
        ("Quảng Nam", "Quảng Nam", "Đà Nẵng"),
        ("Hải Dương", "Hải Dương", "Hải Phòng"),
    ],
)
def test_names_as_offices_type_them(typed: str, name: str, current: str) -> None:
    assert province_name(typed) == name
    assert current_province(typed) == current


@pytest.mark.parametrize("typed", ["huyện Châu Thành", "Gia Định", "Hà", "", "Kiên"])
def test_unknown_names(typed: str) -> None:
    assert match_province(typed) is None


def test_every_spelling_is_unambiguous() -> None:
    keys: dict[str, str] = {}
    for unit in provinces.provinces():
        for spelling in (unit.name, *unit.other_names, *unit.aliases):
            key = province_key(spelling)
            assert keys.setdefault(key, unit.name) == unit.name, spelling
    assert len({u.name for u in provinces.provinces()}) == 63


def test_every_current_name_is_a_known_name() -> None:
    for unit in provinces.provinces():
        assert current_province(unit.current) == unit.current


def test_loader_adds_the_current_province(tmp_path: Path) -> None:
    head = ["Phong trào", "Đối tượng", "Hình thức", "Cấp", "Số lượng", "Thời kỳ", "Tỉnh"]
    rows = [
        ["Dân vận khéo", "Mô hình", "Công nhận", "Cơ sở", "500", "Năm 2023", "tỉnh Kiên Giang"],
        ["Dân vận khéo", "Mô hình", "Công nhận", "Cơ sở", "900", "Năm 2026", "An Giang"],
        ["Dân vận khéo", "Mô hình", "Công nhận", "Cơ sở", "40", "Năm 2023", "BR-VT"],
        ["Dân vận khéo", "Mô hình", "Công nhận", "Cơ sở", "40", "Năm 2023", None],
    ]
    path = tmp_path / "p.csv"
    pd.DataFrame(rows, columns=head).to_csv(path, index=False)
    loaded = load_awards(path)
    assert loaded["province"].tolist()[:3] == ["Kiên Giang", "An Giang", "Bà Rịa - Vũng Tàu"]
    assert loaded["province_current"].tolist()[:3] == ["An Giang", "An Giang", "Hồ Chí Minh"]
    assert pd.isna(loaded["province"].iloc[3]) and pd.isna(loaded["province_current"].iloc[3])
    # Before and after the merger compare on province_current.
    by_today = loaded.groupby("province_current")["count"].sum().to_dict()
    assert by_today == {"An Giang": 1400, "Hồ Chí Minh": 40}


def test_seed_province_current() -> None:
    seed = load_awards(SEED_DATA)
    assert set(seed["province_current"]) == {"An Giang"}
