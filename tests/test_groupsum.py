"""The vectorised engine of summarise: the same table as the loop over groups it replaces."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from benchmarks import synth
from dvk_analysis import SEED_DATA, compare, fastload, groupsum, load_awards


def loop_summary(frame: pd.DataFrame, by: str | Sequence[str], lang: str = "vi") -> pd.DataFrame:
    """The reference: summarise's original loop over groups, through compare's own helpers."""
    keys = compare._keys(by, frame)
    period_is_key = "period_label" in keys
    totals = compare._totals(frame)
    rows: list[dict[str, Any]] = []
    for key, group in frame.groupby(keys, dropna=False, observed=True, sort=False):
        key = key if isinstance(key, tuple) else (key,)
        row = dict(zip(keys, key, strict=True))
        kept = compare._without_parts(group, totals)
        if not period_is_key:
            row.update(compare._span(kept, row))
        row.update(compare._sum(kept, lang))  # type: ignore[arg-type]
        rows.append(row)
    columns = [*keys, *(c for c in compare.PERIOD_KEYS if c not in keys), *compare._RESULT_COLUMNS]
    return compare._sorted(compare._typed(pd.DataFrame(rows, columns=columns)), keys)


def engine_summary(frame: pd.DataFrame, by: str | Sequence[str], lang: str = "vi") -> pd.DataFrame:
    keys = compare._keys(by, frame)
    columns = [*keys, *(c for c in compare.PERIOD_KEYS if c not in keys), *compare._RESULT_COLUMNS]
    return groupsum.summary_table(
        frame, keys, compare._totals(frame), columns, period_is_key="period_label" in keys, lang=lang
    )  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    """300 SYNTHETIC counts with parts, chains of parts, missing counts and bounds."""
    path: Path = tmp_path_factory.mktemp("synthetic") / "counts.csv"
    synth.write_csv(synth.synthetic_table(300, layout="counts", seed=42), path)
    frame = fastload.load_fast(path, cache=False)
    rng = np.random.default_rng(0)
    part_of = pd.Series(np.nan, index=frame.index, dtype="str")
    for child in rng.choice(len(frame), 60, replace=False):
        part_of.iat[child] = frame["record_id"].iat[int(rng.integers(len(frame)))]
    part_of.iat[5], part_of.iat[6] = frame["record_id"].iat[6], frame["record_id"].iat[5]  # a cycle
    frame["part_of"] = part_of
    frame.loc[rng.choice(len(frame), 20, replace=False), "count"] = pd.NA
    return frame


@pytest.fixture(autouse=True)
def list_every_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(groupsum, "RECORD_IDS_LIMIT", 10**9)


BYS = [
    ("level", "period"),
    "period",
    ("unit_type", "period"),
    ("tier", "field", "period"),
    ("province", "period"),
]


@pytest.mark.parametrize("by", BYS)
def test_same_table_as_the_loop(synthetic: pd.DataFrame, by: str | tuple[str, ...]) -> None:
    pd.testing.assert_frame_equal(engine_summary(synthetic, by), loop_summary(synthetic, by))


@pytest.mark.parametrize("by", [(), "level", "tier", ("level", "period"), "unit_type"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_same_table_on_the_seed(by: str | tuple[str, ...], lang: str) -> None:
    seed = load_awards(SEED_DATA)
    pd.testing.assert_frame_equal(engine_summary(seed, by, lang), loop_summary(seed, by, lang))


def test_same_error_for_overlapping_periods(synthetic: pd.DataFrame) -> None:
    with pytest.raises(compare.ComparisonError) as loop_error:
        loop_summary(synthetic, "level")
    with pytest.raises(compare.ComparisonError) as engine_error:
        engine_summary(synthetic, "level")
    assert str(engine_error.value) == str(loop_error.value)


def test_spans_when_periods_do_not_overlap(synthetic: pd.DataFrame) -> None:
    years = synthetic[synthetic["period_kind"] == "year"].reset_index(drop=True)
    pd.testing.assert_frame_equal(engine_summary(years, "level"), loop_summary(years, "level"))


def test_record_ids_of_large_groups_are_left_out(
    synthetic: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(groupsum, "RECORD_IDS_LIMIT", 3)
    table = engine_summary(synthetic, "period")
    small = table["n_records"] <= 3
    assert (table.loc[~small, "record_ids"] == "").all()
    listed = table.loc[small & (table["n_records"] > 0), "record_ids"].str.split(", ").map(len)
    assert (listed == table.loc[listed.index, "n_records"]).all()
