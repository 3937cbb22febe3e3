"""The verification of records against their quotes, and the public-reports dataset."""

from __future__ import annotations

import importlib.util
import sys
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from dvk_analysis import load_awards, load_sources
from dvk_analysis.verify import TARGETS, coverage, main, numbers_in, verify_dataset

DATA = Path(__file__).resolve().parent.parent / "data"
PUBLIC = DATA / "public_reports.xlsx"

# The public dataset as data/build_public_reports.py writes it (data/README.md).
REPORTS, PROVINCES, YEARS, RECORDS = 195, 51, 18, 590


@pytest.fixture(scope="module")
def public() -> pd.DataFrame:
    return load_awards(PUBLIC)


def _frame(**columns: list[object]) -> pd.DataFrame:
    base: dict[str, list[object]] = {
        "record_id": ["r1"],
        "source_id": ["s1"],
        "subject": ["model"],
        "count": [2071],
        "quote": ["toàn tỉnh có 2.071 mô hình được đăng ký"],
    }
    base.update(columns)
    return pd.DataFrame(base)


def _one(frame: pd.DataFrame) -> pd.Series:
    result = verify_dataset(frame)
    assert len(result) == 1
    return result.iloc[0]


# --- the real dataset ------------------------------------------------------------------


def test_every_public_record_passes(public: pd.DataFrame) -> None:
    result = verify_dataset(public)
    assert len(result) == len(public) == RECORDS
    failed = result.loc[~result["passed"], ["record_id", "reason"]]
    assert failed.empty, failed.to_string()


def test_public_coverage_meets_the_targets(public: pd.DataFrame) -> None:
    found = coverage(public)
    assert found.shortfalls() == []
    assert found.reports >= TARGETS["reports"] == 25
    assert found.provinces >= TARGETS["provinces"] == 10
    assert found.years >= TARGETS["years"] == 6
    assert (found.reports, found.provinces, found.years, found.records) == (
        REPORTS,
        PROVINCES,
        YEARS,
        RECORDS,
    )
    # The loader may write a province's standard name ("Hồ Chí Minh" for "TP. Hồ Chí Minh").
    assert "Kiên Giang" in found.province_names
    assert any("Hồ Chí Minh" in name for name in found.province_names)
    assert found.year_list[0] == 2008 and found.year_list[-1] == 2025


def test_the_data_folder_loads_with_the_seed_and_every_record_passes() -> None:
    everything = load_awards(DATA, errors="collect")
    assert everything.rejected.empty, everything.rejected.to_string()
    assert set(everything.report["file"]) == {"dvk_awards.xlsx", "public_reports.xlsx"}
    frame = everything.frame
    assert frame["record_id"].is_unique and len(frame) == RECORDS + 10  # and the seed's 10
    assert frame["record_id"].str.startswith("kg23-").sum() == 10
    assert verify_dataset(frame)["passed"].all()
    assert coverage(frame).reports == REPORTS + 1


def test_every_source_has_url_publisher_and_a_date_or_says_why() -> None:
    sources = load_sources(PUBLIC)
    assert len(sources) == REPORTS and sources["source_id"].is_unique
    assert sources["url"].str.startswith("http").all()
    assert sources["publisher"].notna().all()
    dated = sources["published"].notna()
    assert set(sources.loc[dated, "date_basis"]) <= {"page", "url"}
    # Without a day, the note says what is known: the month, or the event's date.
    undated = sources.loc[~dated]
    assert undated["note"].str.contains("chỉ biết tháng|không ghi ngày đăng").all(), undated.to_string()


def test_the_traps_are_encoded(public: pd.DataFrame) -> None:
    by_id = public.set_index("record_id")
    assert by_id.loc["brvt21-02", "part_of"] == "brvt21-01"  # "trong đó"
    assert by_id.loc["brvt21-03", "measure"] == "change"  # "tăng 276 ... so với năm 2020"
    assert set(by_id.loc[["ct16-03", "ct16-04"], "measure"]) == {"instances"}  # "lượt"
    assert set(by_id.loc[["am20-04", "ldnt12-01", "ldnt12-02"], "action"]) == {"proposed"}
    assert by_id.loc["brvt21-06", "movement"] == "grassroots_democracy"  # same sentence as DVK
    assert (public["quote"].str.contains("công nhận 93 mô hình")).sum() == 1  # headline = body
    assert "Hồ Chí Minh" in by_id.loc["hcmv25-01", "province"]  # as reported after 2025
    assert by_id.loc["brvt21-01", "province"] == "Bà Rịa - Vũng Tàu"  # as reported before 2025
    assert by_id.loc["qn24-01", "count"] == 6540
    parts = public.loc[public["part_of"] == "qn24-01", "count"].sum()
    assert parts == 6533  # parts as reported; never added to their total


def test_the_workbook_is_what_the_build_script_writes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_public_reports", DATA / "build_public_reports.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    rebuilt = module.build(tmp_path / "rebuilt.xlsx")
    assert rebuilt.read_bytes() == PUBLIC.read_bytes(), "run: python data/build_public_reports.py"


# --- small bad frames --------------------------------------------------------------------


def test_a_number_missing_from_its_quote_is_caught() -> None:
    row = _one(_frame(count=[2017]))
    assert not row["passed"] and not row["count_found"]
    assert "count 2017 is not in the quote" in row["reason"] and "2071" in row["reason"]


def test_dot_grouped_and_plain_digits_both_count() -> None:
    assert _one(_frame(quote=["có 2071 mô hình"]))["passed"]
    assert _one(_frame(count=[8], quote=["tặng giấy khen 08 cá nhân"], subject=["individual"]))["passed"]


def test_a_count_inside_a_longer_number_does_not_count() -> None:
    row = _one(_frame(count=[20], quote=["mô hình giai đoạn 2016 - 2020"]))
    assert not row["count_found"]
    assert not _one(_frame(count=[71], quote=["có 2.071 mô hình"]))["passed"]


def test_the_subject_must_be_named() -> None:
    row = _one(_frame(subject=["collective"]))
    assert row["count_found"] and not row["subject_found"] and not row["passed"]
    assert "subject 'collective'" in row["reason"]


def test_subject_words_match_whatever_the_typing() -> None:
    decomposed = unicodedata.normalize("NFD", "TOÀN TỈNH CÓ 2.071 MÔ HÌNH, ĐIỂN HÌNH")
    assert _one(_frame(subject=["model_or_exemplar"], quote=[decomposed]))["passed"]
    assert _one(_frame(subject=["model_or_exemplar"], quote=["2.071 mô hình và điển hình"]))["passed"]


def test_changes_instances_and_proposals_must_say_so() -> None:
    change = _one(_frame(measure=["change"], quote=["có 2.071 mô hình"]))
    assert not change["kind_found"] and "measure 'change'" in change["reason"]
    assert _one(_frame(measure=["change"], quote=["tăng 2.071 mô hình so với năm 2020"]))["passed"]
    instances = _one(_frame(measure=["instances"], subject=["collective"], quote=["khen 2.071 tập thể"]))
    assert not instances["passed"] and "instances" in instances["reason"]
    assert _one(_frame(measure=["instances"], subject=["collective"], quote=["2.071 lượt tập thể"]))["passed"]
    proposal = _one(_frame(action=["proposed"], quote=["khen thưởng 2.071 mô hình"]))
    assert not proposal["passed"] and "action 'proposed'" in proposal["reason"]
    assert _one(_frame(action=["proposed"], quote=["đề nghị khen thưởng 2.071 mô hình"]))["passed"]


def test_a_part_must_come_from_the_source_of_its_total() -> None:
    frame = pd.DataFrame(
        {
            "record_id": ["total", "part", "stray"],
            "source_id": ["s1", "s1", "s2"],
            "subject": ["model"] * 3,
            "count": [10, 4, 3],
            "quote": ["10 mô hình", "trong đó 4 mô hình", "3 mô hình"],
            "part_of": [None, "total", "total"],
        }
    )
    result = verify_dataset(frame).set_index("record_id")
    assert result.loc["total", "passed"] and result.loc["part", "passed"]
    assert not result.loc["stray", "passed"] and "another source" in result.loc["stray", "reason"]


def test_missing_quote_or_count_fails_and_missing_columns_raise() -> None:
    row = _one(_frame(quote=[None]))
    assert not row["passed"] and "no quote" in row["reason"]
    assert "no count" in _one(_frame(count=[None]))["reason"]
    with pytest.raises(KeyError, match="quote"):
        verify_dataset(pd.DataFrame({"record_id": ["r"], "subject": ["model"], "count": [1]}))


def test_numbers_in_reads_vietnamese_numbers() -> None:
    assert numbers_in("12.362 mô hình; 11.651 mô hình") == {12362, 11651}
    assert numbers_in("Sáng 13/12, năm 2023") == {13, 12, 2023}
    assert numbers_in("ngày 15.10.2023.") == {15, 10, 2023}
    assert numbers_in("không có số") == set()


# --- the command -----------------------------------------------------------------------


def test_main_passes_on_the_public_dataset(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(PUBLIC)]) == 0
    out = capsys.readouterr().out
    assert f"reports: {REPORTS}" in out and f"provinces: {PROVINCES}" in out
    assert f"records passed: {RECORDS} of {RECORDS}" in out


def test_main_fails_on_a_wrong_quote_and_on_low_coverage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "record_id,movement,subject,action,level,count,period,source_id,quote\n"
        'x1,Dân vận khéo,Mô hình,Công nhận,Cấp tỉnh,76,2021-2023,s1,"có 67 mô hình đạt cấp tỉnh"\n',
        encoding="utf-8",
    )
    assert main([str(bad)]) == 1
    out = capsys.readouterr().out
    assert "FAIL x1" in out and "count 76 is not in the quote" in out
    assert "COVERAGE below target: reports: 1 < 25" in out


def test_main_reports_unreadable_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nothing.xlsx")]) == 2
    assert "cannot read" in capsys.readouterr().err
