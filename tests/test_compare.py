"""Comparisons: the seed's numbers, and the rules that keep sums honest."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dvk_analysis import compare, load_awards, schema
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
    return load_awards()


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
