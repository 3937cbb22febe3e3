"""Comparisons: the seed's numbers, and the rules that keep sums honest."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import snapshot_of_public_data

from dvk_analysis import SEED_DATA, compare, load_awards, schema
from dvk_analysis.compare import ComparisonError

PHASE = {
    "period_start": dt.date(2021, 1, 1),
    "period_end": dt.date(2023, 12, 31),
    "period_kind": "phase",
    "period_label": "2021-2023",
}
QUARTER = {
    "period_start": dt.date(2023, 7, 1),
    "period_end": dt.date(2023, 9, 30),
    "period_kind": "quarter",
    "period_label": "Quý III/2023",
}
YEAR_2022 = {
    "period_start": dt.date(2022, 1, 1),
    "period_end": dt.date(2022, 12, 31),
    "period_kind": "year",
    "period_label": "Năm 2022",
}


def tidy(*rows: dict) -> pd.DataFrame:
    """Build a small tidy frame; unspecified columns take the seed's usual values."""
    base = {
        "movement": "dan_van_kheo",
        "subject": "collective",
        "action": "certificate_of_merit",
        "level": "bloc",
        "qualifier": "exact",
        "measure": "stock",
        "source_id": "s1",
        "source_publisher": "Báo Kiên Giang",
        "source_date": dt.date(2023, 11, 3),
        **PHASE,
    }
    records = [{**base, "record_id": f"r{i}", **row} for i, row in enumerate(rows, start=1)]
    return schema.validate_frame(schema.coerce(pd.DataFrame(records)))


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    return load_awards(SEED_DATA)


def one(table: pd.DataFrame, **where: str) -> pd.Series:
    mask = pd.Series(True, index=table.index)
    for column, value in where.items():
        mask &= table[column].astype(str) == value
    assert mask.sum() == 1, (where, table)
    return table.loc[mask].iloc[0]


# --- the seed --------------------------------------------------------------------


def test_seed_pyramid_from_the_grassroots_up(seed: pd.DataFrame) -> None:
    pyramid = compare.recognition_pyramid(seed)
    assert list(pyramid["level"].astype(str)) == ["grassroots", "bloc", "province"]
    assert list(pyramid["count"]) == [500, 78, 76]
    assert list(pyramid["qualifier"].astype(str)) == ["at_least", "exact", "exact"]
    assert list(pyramid["display"]) == ["500+", "78", "76"]
    assert pyramid["share_of_base"].round(3).tolist() == [1.0, 0.156, 0.152]
    # The base is a lower bound, so each share is an upper bound.
    assert list(pyramid["share_display"]) == ["100,0%", "≤15,6%", "≤15,2%"]
    assert list(pyramid["share_qualifier"].astype(str)) == ["exact", "at_most", "at_most"]
    assert list(compare.recognition_pyramid(seed, lang="en")["share_display"]) == [
        "100.0%",
        "≤15.6%",
        "≤15.2%",
    ]


def test_seed_parts_are_not_added_to_their_total(seed: pd.DataFrame) -> None:
    models = compare.summarise(compare.select(seed, subject="model"))
    row = one(models, action="recognised")
    # 78 and 76 are parts of "trên 500": the sum is still 500+, not 654+.
    assert (row["count"], row["qualifier"], row["display"]) == (500, "at_least", "500+")
    assert row["record_ids"] == "kg23-01"


def test_seed_collectives_over_tiers_never_mix_movements(seed: pd.DataFrame) -> None:
    table = compare.summarise(compare.select(seed, action="certificate_of_merit"))
    dvk = one(table, movement="dan_van_kheo", subject="collective")
    assert (dvk["count"], dvk["display"], dvk["n_records"]) == (26, "26", 2)
    hcm = one(table, movement="ho_chi_minh_study", subject="collective")
    assert hcm["count"] == 3
    assert one(table, movement="dan_van_kheo", subject="individual")["count"] == 8
    assert one(table, movement="ho_chi_minh_study", subject="individual")["count"] == 8
    assert 34 not in set(table["count"]) and 29 not in set(table["count"])


def test_seed_models_never_added_to_collectives(seed: pd.DataFrame) -> None:
    table = compare.summarise(seed, by="level")
    assert len(table) == 8
    grassroots = table.loc[table["level"] == "grassroots"]
    assert sorted(grassroots["subject"].astype(str)) == ["model", "model_or_exemplar"]
    assert sorted(grassroots["display"]) == ["322", "500+"]


def test_seed_tiers_and_missing_unit_type(seed: pd.DataFrame) -> None:
    by_tier = compare.counts_by_subject(compare.select(seed, movement="dan_van_kheo"), by="tier")
    assert one(by_tier, subject="collective", tier="achievement")["count"] == 7
    assert one(by_tier, subject="collective", tier="excellent")["count"] == 19
    assert one(by_tier, subject="individual", tier="achievement")["count"] == 6
    assert one(by_tier, subject="individual", tier="excellent")["count"] == 2
    by_unit = compare.counts_by_subject(seed)
    # No unit type in the seed: each group is kept, as its own "not stated" row.
    assert by_unit["unit_type"].isna().all() and len(by_unit) == 6
    shown = compare.label_table(by_unit[["subject", "unit_type"]])
    assert set(shown["Loại đơn vị"]) == {"Không rõ"}
    assert set(compare.label_table(by_unit[["unit_type"]], "en")["Unit type"]) == {"Not stated"}


def test_seed_per_year_rates_for_a_phase_and_a_quarter(seed: pd.DataFrame) -> None:
    table = compare.counts_by_movement(compare.select(seed, action="certificate_of_merit"))
    assert list(table["movement"].astype(str)) == ["dan_van_kheo"] * 2 + ["ho_chi_minh_study"] * 2
    assert list(table["years"]) == [3.0, 3.0, 0.25, 0.25]
    assert list(table["per_year_display"]) == ["8,7", "2,7", "12,0", "32,0"]
    models = compare.counts_by_period(compare.select(seed, subject="model"))
    assert list(models["per_year_display"]) == ["166,7+"]


def test_seed_periods_in_chronological_order(seed: pd.DataFrame) -> None:
    table = compare.counts_by_period(compare.select(seed, subject="collective"), by=())
    assert list(table["period_label"]) == ["2021-2023", "Quý III/2023"]


# --- the rules on hand-made frames ------------------------------------------------


def test_a_part_inside_its_totals_group_is_dropped() -> None:
    frame = tidy(
        {"count": 100, "level": "bloc"},
        {"count": 30, "level": "bloc", "part_of": "r1"},
        {"count": 10, "level": "province", "part_of": "r1"},
        {"count": 5, "level": "bloc", "part_of": "r2"},  # part of a part: still inside r1
    )
    total = compare.summarise(frame)
    assert list(total["count"]) == [100]
    assert total.loc[0, "record_ids"] == "r1"
    by_level = compare.summarise(frame, by="level")
    # At province level the total is not in the group, so the part counts.
    assert dict(zip(by_level["level"].astype(str), by_level["count"], strict=True)) == {
        "bloc": 100,
        "province": 10,
    }


def test_a_part_whose_total_is_elsewhere_is_kept() -> None:
    frame = tidy({"count": 30, "part_of": "missing-total"}, {"count": 4})
    assert list(compare.summarise(frame)["count"]) == [34]


@pytest.mark.parametrize(
    ("qualifiers", "expected", "display"),
    [
        (("exact", "exact"), "exact", "550"),
        (("at_least", "exact"), "at_least", "550+"),
        (("at_least", "at_least"), "at_least", "550+"),
        (("at_least", "at_most"), "approx", "~550"),
        (("approx", "exact"), "approx", "~550"),
        (("at_most", "exact"), "at_most", "≤550"),
    ],
)
def test_qualifiers_carry_through_sums(qualifiers: tuple[str, str], expected: str, display: str) -> None:
    frame = tidy({"count": 500, "qualifier": qualifiers[0]}, {"count": 50, "qualifier": qualifiers[1]})
    row = compare.summarise(frame).iloc[0]
    assert (row["count"], row["qualifier"], row["display"]) == (550, expected, display)


def test_a_missing_count_makes_the_sum_a_lower_bound() -> None:
    frame = tidy({"count": 12}, {"count": None})
    row = compare.summarise(frame).iloc[0]
    assert (row["count"], row["qualifier"], row["display"]) == (12, "at_least", "12+")


def test_thousands_in_the_display_follow_the_language() -> None:
    frame = tidy({"count": 1200, "qualifier": "approx"}, {"count": 871})
    assert compare.summarise(frame).loc[0, "display"] == "~2.071"
    assert compare.summarise(frame, lang="en").loc[0, "display"] == "~2,071"


def test_subject_action_movement_measure_are_never_added() -> None:
    frame = tidy(
        {"count": 1},
        {"count": 2, "subject": "individual"},
        {"count": 4, "action": "merit_certificate"},
        {"count": 8, "movement": "ho_chi_minh_study"},
        {"count": 16, "measure": "change"},
        {"count": 32, "measure": "instances"},
    )
    assert sorted(compare.summarise(frame)["count"]) == [1, 2, 4, 8, 16, 32]


def test_quarter_against_phase_per_year() -> None:
    frame = tidy({"count": 3, **QUARTER}, {"count": 3, **PHASE})
    table = compare.counts_by_period(frame)
    assert list(table["period_label"]) == ["2021-2023", "Quý III/2023"]
    assert list(table["years"]) == [3.0, 0.25]
    assert list(table["per_year"]) == [1.0, 12.0]
    assert list(table["per_year_display"]) == ["1,0", "12,0"]
    assert list(compare.counts_by_period(frame, lang="en")["per_year_display"]) == ["1.0", "12.0"]


def test_overlapping_periods_are_not_added() -> None:
    frame = tidy({"count": 26, **PHASE}, {"count": 9, **YEAR_2022})
    with pytest.raises(ComparisonError, match="overlapping periods"):
        compare.summarise(frame)
    assert len(compare.summarise(frame, by="period")) == 2


def test_adjacent_periods_add_and_say_what_they_cover() -> None:
    q2 = {
        "period_start": dt.date(2023, 4, 1),
        "period_end": dt.date(2023, 6, 30),
        "period_kind": "quarter",
        "period_label": "Quý II/2023",
    }
    row = compare.summarise(tidy({"count": 3, **QUARTER}, {"count": 2, **q2})).iloc[0]
    assert row["count"] == 5
    assert row["period_label"] == "Quý II/2023; Quý III/2023"
    assert row["period_start"] == pd.Timestamp(2023, 4, 1)
    assert pd.isna(row["period_kind"]) is False and row["period_kind"] == "quarter"


def test_rows_follow_vocabulary_order_not_input_order() -> None:
    frame = tidy(
        {"count": 1, "level": "province", "subject": "individual"},
        {"count": 2, "level": "grassroots", "subject": "collective"},
        {"count": 3, "level": "bloc", "subject": "individual"},
        {"count": 4, "level": "bloc", "subject": "model"},
    )
    table = compare.summarise(frame, by="level")
    assert list(zip(table["subject"].astype(str), table["level"].astype(str), strict=True)) == [
        ("model", "bloc"),
        ("collective", "grassroots"),
        ("individual", "bloc"),
        ("individual", "province"),
    ]
    # Unused categories never appear.
    assert compare.summarise(frame, by="level")["level"].nunique() == 3


def test_pyramid_share_when_the_base_is_exact() -> None:
    frame = tidy(
        {"count": 200, "level": "grassroots", "subject": "model", "action": "recognised"},
        {
            "count": 50,
            "level": "district",
            "subject": "model",
            "action": "recognised",
            "qualifier": "at_least",
        },
    )
    pyramid = compare.recognition_pyramid(frame)
    assert list(pyramid["share_display"]) == ["100,0%", "≥25,0%"]


def test_pyramid_needs_one_period() -> None:
    frame = tidy(
        {"count": 200, "level": "grassroots", "subject": "model", "action": "recognised"},
        {"count": 20, "level": "grassroots", "subject": "model", "action": "recognised", **QUARTER},
    )
    with pytest.raises(ComparisonError, match="pass period="):
        compare.recognition_pyramid(frame)
    assert list(compare.recognition_pyramid(frame, period="Quý III/2023")["count"]) == [20]


def test_errors_name_what_was_expected(seed: pd.DataFrame) -> None:
    with pytest.raises(ComparisonError, match="not codes of 'subject'"):
        compare.select(seed, subject="models")
    with pytest.raises(ComparisonError, match="no counts match"):
        compare.recognition_pyramid(seed, subject="exemplar")
    with pytest.raises(ComparisonError, match="cannot group by 'colour'"):
        compare.summarise(seed, by="colour")
    with pytest.raises(ComparisonError, match="lacks the columns"):
        compare.summarise(pd.DataFrame({"count": [1]}))
    with pytest.raises(ValueError, match="lang must be"):
        compare.summarise(seed, lang="fr")


def test_empty_selection_gives_an_empty_typed_table(seed: pd.DataFrame) -> None:
    table = compare.summarise(seed.iloc[:0])
    assert table.empty and "display" in table.columns and str(table["count"].dtype) == "Int64"


def test_label_table_for_display(seed: pd.DataFrame) -> None:
    table = compare.counts_by_movement(compare.select(seed, subject="collective"))
    shown = compare.label_table(table)
    assert list(shown.columns[:4]) == ["Phong trào", "Đối tượng", "Hình thức", "Loại số liệu"]
    assert shown["Phong trào"].iloc[0] == "Dân vận khéo"
    assert list(shown["Từ ngày"]) == ["01/01/2021", "01/07/2023"]
    assert list(shown["Số năm"]) == ["3", "0,25"]
    assert list(shown["Bình quân mỗi năm"]) == ["8,667", "12"]
    english = compare.label_table(table, "en")
    assert list(english["Period label"]) == ["2021-2023", "Q3 2023"]
    assert english["Subject"].iloc[0] == "Collectives"
    # The table itself is untouched.
    assert table["movement"].iloc[0] == "dan_van_kheo"


def test_results_are_deterministic(seed: pd.DataFrame) -> None:
    shuffled = seed.sample(frac=1, random_state=7).reset_index(drop=True)
    pd.testing.assert_frame_equal(compare.counts_by_period(seed), compare.counts_by_period(shuffled))
    pd.testing.assert_frame_equal(compare.recognition_pyramid(seed), compare.recognition_pyramid(shuffled))


# --- comparisons by province: the public reports dataset --------------------------------

MONTH = {
    "period_start": dt.date(2022, 10, 1),
    "period_end": dt.date(2022, 10, 31),
    "period_kind": "month",
    "period_label": "Tháng 10/2022",
}
TALLY = "Tổng toàn địa bàn (mọi cấp), không phải số công nhận ở một cấp; ghi cấp cơ sở theo quy ước."


@pytest.fixture(scope="module")
def public() -> pd.DataFrame:
    return snapshot_of_public_data()


def rows_of(table: pd.DataFrame, **where: str) -> pd.DataFrame:
    mask = pd.Series(True, index=table.index)
    for column, value in where.items():
        mask &= table[column].astype(str) == value
    return table.loc[mask]


def test_all_levels_tallies_follow_the_note_and_reach_grassroots_parts(public: pd.DataFrame) -> None:
    tallies = compare.all_levels_tallies(public)
    assert tallies.dtype == bool and tallies.index.equals(public.index)
    ids = set(public.loc[tallies, "record_id"])
    noted = set(
        public.loc[public["note"].str.startswith("Tổng toàn địa bàn (mọi cấp)", na=False), "record_id"]
    )
    assert len(noted) == 32 and noted <= ids
    # Grassroots parts of a tally are tallies; a part at the district level is not.
    assert {"brvt21-02", "dd23-02", "dd23-03", "qn24-05", "cp22-03"} <= ids
    assert "bd17-01" in ids and "bd17-02" not in ids and "bd17-03" not in ids
    assert "qb24-01" in ids  # a unit's own running total, same convention
    assert not ids & {"kg23-01", "kg23-02", "vt23-01", "ha24-02"}


def test_current_province_falls_back_to_the_reported_one(public: pd.DataFrame) -> None:
    today = compare.current_province(public)
    assert today[public["record_id"] == "kg23-01"].item() == "An Giang"
    assert today[public["record_id"] == "brvt21-01"].item() == "Hồ Chí Minh"
    no_column = public.drop(columns="province_current")
    assert compare.current_province(no_column)[public["record_id"] == "kg23-01"].item() == "Kiên Giang"
    blank = public.assign(province_current="")
    assert compare.current_province(blank)[public["record_id"] == "bd17-01"].item() == "Bến Tre"
    assert pd.isna(today[public["record_id"] == "vn15-01"].item())  # nationwide
    with pytest.raises(ComparisonError, match="no 'province' column"):
        compare.current_province(public.drop(columns="province"))


def test_pyramid_by_province_one_pyramid_per_report(public: pd.DataFrame) -> None:
    table = compare.pyramid_by_province(public)
    kg = rows_of(table, source_id="baokg-2023-11-03")
    assert list(kg["level"].astype(str)) == ["grassroots", "bloc", "province"]
    assert list(kg["display"]) == ["500+", "78", "76"]
    assert list(kg["share_display"]) == ["100,0%", "≤15,6%", "≤15,2%"]
    assert list(kg["province_current"]) == ["An Giang"] * 3 and set(kg["province"]) == {"Kiên Giang"}
    # Vĩnh Thuận's 93 models (same province, same phase, another report) are not added to it.
    vt = rows_of(table, source_id="baokg-2023-10-15-vinhthuan").iloc[0]
    assert (vt["level"], vt["count"], vt["share_display"]) == ("district", 93, "100,0%")
    assert 593 not in set(table["count"]) and 171 not in set(table["count"])
    # Area-wide tallies are their own base, flagged.
    assert list(rows_of(table, all_levels="True")["record_ids"]) == [
        "am20-01",
        "dd23-02",
        "lx25-01",
        "cl18-01",
        "pt17-01",
        "bk22-03",
        "tq18-01",
    ]
    # Provinces of today in Vietnamese order; nationwide figures are left out.
    assert list(dict.fromkeys(table["province_current"])) == [
        "An Giang",
        "Đà Nẵng",
        "Hồ Chí Minh",
        "Nghệ An",
        "Phú Thọ",
        "Thái Nguyên",  # Bắc Kạn's Chợ Đồn, as of today
        "Tuyên Quang",
    ]
    assert table["province"].notna().all()
    assert list(table.columns[:5]) == list(compare.REPORT_KEYS)
    assert {"share_of_base", "share_qualifier", "per_year", "per_year_display"} <= set(table.columns)


def test_pyramid_by_province_keeps_subjects_apart(public: pd.DataFrame) -> None:
    table = compare.pyramid_by_province(public, subject=["model", "model_or_exemplar"])
    datdo = rows_of(table, source_id="baobrvt-2023-12-datdo")
    assert list(zip(datdo["subject"].astype(str), datdo["display"], datdo["share_display"], strict=True)) == [
        ("model", "147", "100,0%"),
        ("model_or_exemplar", "201", "100,0%"),
    ]
    assert 348 not in set(table["count"])  # 147 models are part of the 201, and another subject


def test_pyramid_by_province_never_adds_reports_or_merged_provinces() -> None:
    common = {"subject": "model", "action": "recognised", "level": "district", "province_current": "An Giang"}
    frame = tidy(
        {"count": 40, "province": "Kiên Giang", "source_id": "paper-a", **common},
        {"count": 40, "province": "Kiên Giang", "source_id": "paper-b", **common},  # the same fact, twice
        {"count": 7, "province": "An Giang", "source_id": "paper-a", **common},
    )
    table = compare.pyramid_by_province(frame)
    assert sorted(table["count"]) == [7, 40, 40]
    assert list(table["province"]) == ["An Giang", "Kiên Giang", "Kiên Giang"]
    with pytest.raises(ComparisonError, match=r"no counts match .*subject='exemplar'.* in a province"):
        compare.pyramid_by_province(frame, subject="exemplar")
    with pytest.raises(ComparisonError, match="in a province"):
        compare.pyramid_by_province(frame.assign(province=None))  # nationwide only


def test_pyramid_by_province_base_is_the_tally() -> None:
    common = {"subject": "model", "action": "recognised", "province": "Phú Thọ"}
    frame = tidy(
        {"count": 40, "level": "grassroots", **common},
        {"count": 400, "level": "grassroots", "note": TALLY, "qualifier": "at_least", **common},
        {"count": 10, "level": "province", **common},
    )
    table = compare.pyramid_by_province(frame)
    assert list(zip(table["all_levels"], table["count"], table["share_display"], strict=True)) == [
        (True, 400, "100,0%"),
        (False, 40, "≤10,0%"),
        (False, 10, "≤2,5%"),
    ]


def test_registered_vs_recognised_takes_each_reports_broadest_figure(public: pd.DataFrame) -> None:
    table = compare.registered_vs_recognised(public)
    assert set(table["action"].astype(str)) == {"registered", "recognised"}
    assert set(table["subject"].astype(str)) == {"model", "model_or_exemplar"}
    # Bình Đại: the district's 139, not its parts registered at district (96) and province (41).
    assert list(rows_of(table, source_id="bgbbt-2017-03-binhdai")["count"]) == [139]
    # Two papers on Hồ Chí Minh's 2025 models: two rows, never 15.278.
    hcm = rows_of(table, province="Hồ Chí Minh", action="registered")
    assert list(hcm["display"]) == ["54", "7.600+", "7.678"]
    assert 15278 not in set(table["count"])
    # Hội An registered and recognised 501 models over 2009-2024: per year 31,3 each.
    hoi_an = rows_of(table, source_id="baoqnam-2024-10-hoian")
    assert list(hoi_an["action"].astype(str)) == ["registered", "recognised"]
    assert list(hoi_an["per_year_display"]) == ["31,3", "31,3"] and list(hoi_an["years"]) == [16.0, 16.0]
    an_giang = rows_of(table, source_id="tuag-2023-12-14").iloc[0]
    assert (an_giang["count"], round(an_giang["per_year"], 1)) == (12362, 4120.7)
    # A running total dated by a month has no per-year rate.
    chu_pah = rows_of(table, source_id="gialaitv-2022-10-chupah")
    assert chu_pah["per_year"].isna().all() and set(chu_pah["per_year_display"]) == {""}
    every_level = compare.registered_vs_recognised(public, base_only=False)
    assert list(rows_of(every_level, source_id="bgbbt-2017-03-binhdai")["count"]) == [139, 96, 41]


def test_registered_vs_recognised_most_per_year(public: pd.DataFrame) -> None:
    recognised = rows_of(compare.registered_vs_recognised(public, subject="model"), action="recognised")
    top = recognised.sort_values("per_year", ascending=False).iloc[0]
    assert (top["province"], top["period_label"], top["per_year_display"]) == (
        "Phú Thọ",
        "Năm 2017",
        "1.000,0+",
    )


def test_collectives_vs_individuals_on_the_reports(public: pd.DataFrame) -> None:
    table = compare.collectives_vs_individuals(public)
    assert set(table["subject"].astype(str)) == {"collective", "individual"}
    assert "proposed" not in set(table["action"].astype(str))  # a proposal is not an award
    assert set(table["measure"].astype(str)) == {"stock"}  # Cần Thơ's "lượt" stay out
    assert set(table["movement"].astype(str)) == {"dan_van_kheo"}
    # Tiers of one award add up; levels do not (the same collective may be rewarded twice).
    kg = rows_of(table, source_id="baokg-2023-11-03")
    assert list(zip(kg["subject"].astype(str), kg["count"], strict=True)) == [
        ("collective", 26),
        ("individual", 8),
    ]
    an_minh = rows_of(table, source_id="anminh-2020-08-28", subject="collective")
    assert list(zip(an_minh["level"].astype(str), an_minh["count"], strict=True)) == [
        ("district", 2),
        ("province", 1),
    ]
    # "62 điển hình" are exemplars, not individuals.
    assert rows_of(table, source_id="tienphong-2025-11-19-hcm")["subject"].astype(str).tolist() == [
        "collective"
    ]
    proposed = compare.collectives_vs_individuals(public, action="proposed")
    assert list(proposed["count"]) == [19, 19, 6, 3] and set(proposed["province"]) == {
        "Bắc Giang",
        "Lâm Đồng",
    }
    hoi_an = rows_of(table, source_id="baoqnam-2024-10-hoian", action="rewarded")
    assert list(hoi_an["per_year_display"]) == ["12,4", "6,7"]


def test_provinces_side_by_side_per_year_and_order(public: pd.DataFrame) -> None:
    table = compare.provinces_side_by_side(public)
    assert list(table["record_ids"]) == [
        "am20-01",
        "vt23-01",
        "kg23-01",
        "kg23-02",
        "kg23-03",
        "vp23-04",
        "ha24-02",
        "dd23-02",
        "lx25-01",
        "cl18-01",
        "pt17-01",
        "bk22-03",
        "cd22-01",
        "tq18-01",
    ]
    assert list(table["per_year_display"]) == [
        "126,0+",
        "31,0",
        "166,7+",
        "26,0",
        "25,3",
        "14,0",
        "31,3",
        "147,0",
        "120,0",
        "68,2",
        "1.000,0+",
        "800,0+",
        "123,0",
        "",  # Tuyên Quang's running total to October 2018: no per-year rate
    ]
    registered = compare.provinces_side_by_side(public, subject="model", action="registered")
    assert registered.loc[registered["period_kind"] == "month", "per_year"].isna().all()
    assert len(registered.loc[registered["period_kind"] == "month"]) == 6  # ln18-03, cp22-02, qb24-01, bd17-*
    english = compare.provinces_side_by_side(public, lang="en")
    assert english.loc[english["record_ids"] == "pt17-01", "per_year_display"].item() == "1,000.0+"


def test_province_rates_for_a_quarter_but_not_a_month() -> None:
    common = {"subject": "model", "action": "registered", "level": "grassroots", "province": "Gia Lai"}
    frame = tidy({"count": 274, **MONTH, **common}, {"count": 30, **QUARTER, **common})
    table = compare.provinces_side_by_side(frame, action="registered")
    assert list(table["period_label"]) == ["Tháng 10/2022", "Quý III/2023"]
    assert table["per_year"].isna().tolist() == [True, False]
    assert list(table["per_year_display"]) == ["", "120,0"]
    # counts_by_period keeps its rates for every period, as before.
    assert compare.counts_by_period(frame)["per_year"].notna().all()


def test_counts_of_different_reports_are_not_added_unless_asked() -> None:
    """Two papers printing the same figure must not double it."""
    import dvk_analysis as dvk
    from dvk_analysis import compare

    seed = dvk.load_awards(dvk.SEED_DATA)
    seed = seed[seed["record_id"] == "kg23-04"]
    twice = pd.concat([seed, seed.assign(record_id="copy", source_id="other-paper")], ignore_index=True)
    apart = compare.summarise(twice)
    assert apart["count"].tolist() == [322, 322]
    assert sorted(apart["source_id"]) == ["baokg-2023-11-03", "other-paper"]
    together = compare.summarise(twice, across_reports=True)
    assert together["count"].tolist() == [644]
    with pytest.raises(compare.ComparisonError, match="2 reports"):
        compare.recognition_pyramid(twice, subject="model_or_exemplar", action="rewarded")
