"""Tests of the text extractor: the seed article, Vietnamese number forms, readers, workbook."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

import dvk_analysis
from dvk_analysis import vocab
from dvk_analysis.extract import (
    DocumentError,
    evaluate,
    extract,
    extract_counts,
    extract_file,
    html_to_text,
    other_numbers,
    read_document,
    write_workbook,
)

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
SEED = FIXTURES / "seed_baokg-2023-11-03.txt"
SEED_SOURCE = {"source_id": "baokg-2023-11-03", "published": "2023-11-03"}
COMPARED = ["count", "qualifier", "subject", "action", "tier", "level", "period_label", "movement", "measure"]


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed(seed_text: str):
    return extract(seed_text, source=SEED_SOURCE)


def _plain(frame: pd.DataFrame, columns: list[str]) -> list[list[object]]:
    out = frame[columns].astype(object)
    return out.where(out.notna(), None).values.tolist()


# --- the seed article -------------------------------------------------------------------


def test_seed_gives_exactly_the_seed_records(seed) -> None:
    expected = dvk_analysis.load_awards(dvk_analysis.SEED_DATA)
    got = seed.records
    assert len(got) == len(expected) == 10
    assert _plain(got, COMPARED) == _plain(expected, COMPARED)


def test_seed_trong_do_parts_are_linked_to_their_total(seed) -> None:
    expected = dvk_analysis.load_awards(dvk_analysis.SEED_DATA)
    to_seed = dict(zip(seed.records["record_id"], expected["record_id"], strict=True))
    linked = [to_seed.get(p) if isinstance(p, str) else None for p in seed.records["part_of"]]
    assert linked == [row[0] for row in _plain(expected, ["part_of"])]
    assert linked.count("kg23-01") == 2


def test_seed_quotes_are_spans_of_the_text(seed) -> None:
    for row in seed.records.itertuples():
        assert seed.text[row.span_start : row.span_end] == row.quote
    assert seed.records["quote"].iloc[0] == "trên 500 mô hình được công nhận cấp cơ sở"
    assert seed.records["confidence"].min() >= 0.75 and not seed.records["needs_review"].any()


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("03.11.2023", "date"),
        ("31-10", "date"),
        ("thứ năm", "ordinal"),
        ("quý III năm 2023", "period"),
        ("3 năm", "duration"),
        ("657", "read_counter"),
        ("(2021-2023)", "period"),
    ],
)
def test_seed_lists_every_number_of_the_readme_table(seed, written: str, reason: str) -> None:
    others = seed.others
    hits = others[[written.strip("()") in t for t in others["text"]]]
    assert not hits.empty, f"{written!r} not listed"
    assert set(hits["reason"]) == {reason}


def test_seed_phase_and_restated_78(seed) -> None:
    others = seed.others
    phases = others[others["text"].str.contains("2021-2023")]
    assert len(phases) == 7 and set(phases["reason"]) == {"period"}
    restated = others[others["reason"] == "restated"]
    assert restated["value"].tolist() == [78]
    assert restated["same_as"].tolist() == ["baokg-2023-11-03-02"]  # the lede's "trong đó 78"


def test_seed_every_digit_is_a_count_or_has_a_reason(seed) -> None:
    spans = [(r.span_start, r.span_end) for r in seed.records.itertuples()]
    spans += [(r.span_start, r.span_end) for r in seed.others.itertuples()]
    for m in re.finditer(r"\d+", seed.text):
        assert any(a <= m.start() and m.end() <= b for a, b in spans), m.group(0)
    reasons = set(seed.others["reason"])
    assert reasons <= set(vocab.NOT_COUNT_REASONS)


# --- what real reports write ---------------------------------------------------------------


def _records(text: str) -> pd.DataFrame:
    return extract_counts(text, source="t")


def test_thousands_dot_leading_zero_and_qualifiers() -> None:
    text = (
        "Năm 2021, toàn tỉnh có 2.071 mô hình được đăng ký. Năm 2022 có hơn 1.200 mô hình, "
        "gần 300 điển hình và khoảng 50 tập thể được biểu dương; 08 cá nhân được khen thưởng."
    )
    got = _plain(_records(text), ["count", "qualifier", "subject"])
    assert got == [
        [2071, "exact", "model"],
        [1200, "at_least", "model"],
        [300, "approx", "exemplar"],
        [50, "approx", "collective"],
        [8, "exact", "individual"],
    ]


def test_number_words_are_counts_only_before_a_subject() -> None:
    text = "Năm 2023, huyện tặng giấy khen cho một tập thể và hai cá nhân; một số mô hình khác đang xây dựng."
    got = _records(text)
    assert _plain(got, ["count", "subject"]) == [[1, "collective"], [2, "individual"]]
    assert got["needs_review"].all() and all("number_word" in r for r in got["reasons"])


def test_several_subjects_and_brackets_split() -> None:
    text = "Năm 2022, Ban Chỉ đạo huyện công nhận 55 mô hình (29 tập thể, 26 cá nhân) đạt tiêu chí cấp huyện."
    got = _records(text)
    assert _plain(got, ["record_id", "count", "subject", "part_of", "level"]) == [
        ["t-01", 55, "model", None, "district"],
        ["t-02", 29, "collective", "t-01", "district"],
        ["t-03", 26, "individual", "t-01", "district"],
    ]


def test_change_is_kept_as_a_change_and_its_base_year_is_not_the_period() -> None:
    text = "Năm 2021, toàn tỉnh có 2.071 mô hình được đăng ký (tăng 276 mô hình so với năm 2020)."
    got = _records(text)
    assert _plain(got, ["count", "measure", "period_label", "part_of"]) == [
        [2071, "stock", "Năm 2021", None],
        [276, "change", "Năm 2021", None],
    ]
    others = other_numbers(text)
    assert others.loc[others["text"] == "năm 2020", "reason"].tolist() == ["comparison_period"]


def test_instances_proposals_and_movements_in_one_text() -> None:
    text = (
        "Năm 2016, Thành ủy khen thưởng 438 lượt tập thể học tập và làm theo tư tưởng, đạo đức, "
        "phong cách Hồ Chí Minh. Ban Chỉ đạo đề nghị UBND huyện khen thưởng 18 mô hình “Dân vận khéo”. "
        "UBND tỉnh tặng Bằng khen 14 tập thể có thành tích xuất sắc trong thực hiện Quy chế dân chủ ở cơ sở."
    )
    got = _records(text)
    assert _plain(got, ["count", "measure", "action", "movement"]) == [
        [438, "instances", "rewarded", "ho_chi_minh_study"],
        [18, "stock", "proposed", "dan_van_kheo"],
        [14, "stock", "merit_certificate", "grassroots_democracy"],
    ]
    assert got["needs_review"].tolist() == [True, True, False]
    assert got["level"].tolist()[2] == "province" and got["tier"].tolist()[2] == "excellent"


def test_period_carried_from_an_earlier_sentence_and_awarding_body() -> None:
    text = (
        "Giai đoạn 2016 - 2020, phong trào được triển khai sâu rộng.\n"
        "Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu tặng Bằng khen 28 tập thể, 12 cá nhân có thành tích xuất sắc."
    )
    got = _records(text)
    assert got["period_label"].tolist() == ["2016-2020"] * 2
    assert all("period_carried" in r for r in got["reasons"])
    assert got["issuer"].tolist() == ["Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu"] * 2
    assert got["level"].tolist() == ["province"] * 2 and got["action"].tolist() == ["merit_certificate"] * 2


def test_plans_and_visions_are_not_a_counts_period() -> None:
    text = (
        "Quy hoạch thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đã được phê duyệt. "
        "Tổng kết phong trào giai đoạn 2009 - 2024, toàn tỉnh xây dựng được 6.540 mô hình “Dân vận khéo”."
    )
    found = extract(text, source={"source_id": "t", "published": "2024-12-10"})
    assert found.records["period_label"].tolist() == ["2009-2024"]
    reasons = dict(zip(found.others["text"], found.others["reason"], strict=True))
    assert reasons["năm 2050"] == "future_period"


def test_now_means_the_time_of_writing_unless_a_phase_runs_to_it() -> None:
    later = "Năm 2016, huyện nhân rộng mô hình. Hiện nay, toàn huyện có 139 mô hình “Dân vận khéo”."
    found = extract(later, source={"source_id": "t", "published": "2017-03-21"})
    assert found.records["period_label"].tolist() == ["Tháng 3/2017"]
    # No publication date given: the first full date of the text stands for it.
    found = extract("Ngày 21/03/2017, hội nghị tổng kết. " + later, source={"source_id": "t"})
    assert found.records["period_label"].tolist() == ["Tháng 3/2017"]
    phase = "Sau 3 năm, từ 2008-2011, phong trào lan rộng. Đến nay, toàn tỉnh có hơn 1.000 mô hình."
    found = extract(phase, source={"source_id": "t", "published": "2011-03-18"})
    assert found.records["period_label"].tolist() == ["2008-2011"]


def test_a_target_for_each_unit_is_not_a_count() -> None:
    text = (
        "Năm 2017, toàn huyện có 39 mô hình “Dân vận khéo”. Hội nông dân các xã, thị trấn xây dựng "
        "ít nhất 1 mô hình “Dân vận khéo” của tập thể và 1 điển hình của cá nhân."
    )
    found = extract(text, source={"source_id": "t", "published": "2017-02-28"})
    assert found.records["count"].tolist() == [39]
    quota = found.others[found.others["reason"] == "quota"]
    assert len(quota) == 2 and vocab.extract_label("quota", "en").startswith("a target")
    plan = "Năm 2023, huyện có 50 mô hình. Huyện phấn đấu đến năm 2025 có thêm 100 mô hình “Dân vận khéo”."
    found = extract(plan, source={"source_id": "t"})
    assert found.records["count"].tolist() == [50]
    assert found.others.loc[found.others["value"] == 100, "reason"].tolist() == ["quota"]


def test_equal_parts_of_one_total_are_two_facts() -> None:
    text = (
        "Toàn huyện đã xây dựng được 200 mô hình “Dân vận khéo”. Trong đó có 5 mô hình toàn diện; "
        "6 mô hình phát triển kinh tế; 5 mô hình văn hóa, xã hội."
    )
    got = _records(text)
    assert got["count"].tolist() == [200, 5, 6, 5]
    total = got["record_id"].iloc[0]
    assert (got["part_of"].iloc[1:] == total).all()


def test_a_proposal_may_say_de_xuat_and_name_the_bodies_first() -> None:
    text = (
        "Năm 2024, huyện có 342 mô hình “Dân vận khéo”, trong đó Ban Dân vận Huyện ủy đề xuất Ban Dân "
        "vận Tỉnh ủy, Thường trực Huyện ủy xét khen thưởng 18 mô hình và 1 điển hình."
    )
    got = _records(text)
    assert got["count"].tolist() == [342, 18, 1]
    assert got["action"].tolist() == ["registered", "proposed", "proposed"]


def test_a_planned_phase_is_not_the_period_counted() -> None:
    text = (
        "Hội nghị tổng kết phong trào giai đoạn 2011 – 2015 và bàn phương hướng đẩy mạnh phong trào "
        "giai đoạn tiếp theo (2015 – 2020). Toàn thành phố đã xây dựng 117 mô hình “Dân vận khéo”."
    )
    found = extract(text, source={"source_id": "t"})
    assert found.records["period_label"].tolist() == ["2011-2015"]
    reasons = dict(zip(found.others["text"], found.others["reason"], strict=True))
    assert reasons["2015 – 2020"] == "future_period"


def test_years_past_and_years_run_give_the_phase() -> None:
    past = "Trong 5 năm qua, toàn quốc đã biểu dương hơn 400.000 mô hình, điển hình “Dân vận khéo”."
    found = extract(past, source={"source_id": "t", "published": "2015-10-08"})
    assert found.records["period_label"].tolist() == ["2010-2015"]
    # No publication date: "từ năm 2011 đến nay" ran for the "5 năm" the text names.
    run = (
        "Thực hiện phong trào “Dân vận khéo” từ năm 2011 đến nay, qua 5 năm triển khai, "
        "toàn tỉnh đã xây dựng hơn 1.000 mô hình."
    )
    found = extract(run, source={"source_id": "t"})
    assert found.records["period_label"].tolist() == ["2011-2015"]


def test_a_part_takes_its_totals_guessed_period() -> None:
    text = (
        "Đến nay, các cấp Hội đã đăng ký thực hiện hơn 300 mô hình “Dân vận khéo”. Trong đó, lĩnh vực "
        "kinh tế có trên 200 mô hình. Từ năm 2018 đến nay, Hội dạy nghề cho 21 nghìn hội viên."
    )
    found = extract(text, source={"source_id": "t", "published": "2019-05-29"})
    assert found.records["period_label"].tolist() == ["Tháng 5/2019", "Tháng 5/2019"]


def test_a_caption_between_a_total_and_its_parts() -> None:
    text = (
        "Ban Chỉ đạo huyện Chợ Đồn vừa công nhận 123 mô hình Dân vận khéo năm 2022.\n"
        "Mô hình của ông Hà Văn Cẩn, thôn Bản Duồng 1.\n"
        "Trong đó có 54 mô hình cá nhân và 69 mô hình tập thể."
    )
    got = _records(text)
    assert got["count"].tolist() == [123, 54, 69]
    assert (got["part_of"].iloc[1:] == got["record_id"].iloc[0]).all()
    assert got["level"].tolist() == ["district"] * 3


def test_proposal_level_is_the_body_asked_and_a_city_inside_a_province() -> None:
    text = (
        "Ban Dân vận Huyện ủy Lục Ngạn thông qua danh sách 19 tập thể, 19 cá nhân đề nghị Ban Dân vận "
        "Tỉnh ủy biểu dương điển hình dân vận khéo năm 2018."
    )
    assert _records(text)["level"].tolist() == ["province", "province"]
    city = "Thành ủy TP. Thủ Đức, TP.HCM tuyên dương 17 điển hình “Dân vận khéo” năm 2023."
    assert _records(city)["level"].tolist() == ["district"]


def test_replicated_models_and_delegates_are_not_counts() -> None:
    text = (
        "Đến nay, toàn tỉnh có 6.848 mô hình “Dân vận khéo”; trong đó, 3.142 mô hình tiêu biểu được "
        "nhân rộng. Thủ tướng gặp mặt 203 đại biểu điển hình “Dân vận khéo”. Thủ tướng hoan nghênh "
        "203 điển hình “Dân vận khéo” về Hà Nội."
    )
    found = extract(text, source={"source_id": "t", "published": "2021-06-11"})
    assert found.records["count"].tolist() == [6848]
    reasons = found.others.set_index("value")["reason"]
    assert reasons[3142] == "replicated" and set(reasons[203]) == {"other_unit"}


def test_a_count_standing_alone_that_spread_is_kept_and_people_found_are_not() -> None:
    text = (
        "Phong trào “Dân vận khéo” lan tỏa với 120 mô hình hoạt động hiệu quả được nhân rộng trên "
        "toàn huyện. 40 tập thể, 15 cá nhân tiên tiến đã được phát hiện và nhân rộng."
    )
    found = extract(text, source={"source_id": "t", "published": "2021-03-01"})
    assert found.records["count"].tolist() == [120]
    reasons = found.others.set_index("value")["reason"]
    assert reasons[40] == "discovered" and reasons[15] == "discovered"


def test_a_movement_the_work_is_tied_to_is_not_the_counts() -> None:
    text = (
        "Hội nghị “Dân vận khéo” giai đoạn 2019 - 2022.\n"
        "Công tác dân vận được triển khai gắn với thực hiện cuộc vận động học tập và làm theo tư tưởng, "
        "đạo đức, phong cách Hồ Chí Minh. Đã có 90 mô hình hiệu quả; trong đó có 50 điển hình kinh tế "
        "và 40 điển hình văn hóa."
    )
    records = extract(text, source="t").records
    assert records["count"].tolist() == [90, 50, 40]
    assert set(records["movement"]) == {"dan_van_kheo"}


def test_datelines_subheadings_and_rounded_headlines() -> None:
    text = (
        "Thứ Hai, 05/10/2020, 09:15 (GMT+7)\n"
        "Huyện A: Xây dựng trên 300 mô hình “Dân vận khéo”\n"
        "Đến nay, toàn huyện có 312 mô hình “Dân vận khéo”.\n"
        "Biểu dương 45 điển hình\n"
        "Huyện ủy biểu dương 44 điển hình “Dân vận khéo” tiêu biểu."
    )
    found = extract(text, source={"source_id": "t", "published": "2020-10-05"})
    assert found.records["count"].tolist() == [312, 44]
    reasons = found.others.set_index("value")["reason"]
    assert reasons[300] == "restated" and reasons[45] == "restated"


def test_models_of_a_named_programme_are_not_the_movements() -> None:
    text = (
        "Công an tỉnh duy trì 30 mô hình “Dân vận khéo”. Theo Đề án an ninh, tỉnh xây dựng "
        "2.100 mô hình “Tự quản về an ninh trật tự” tại khu dân cư."
    )
    found = extract(text, source="t")
    assert found.records["count"].tolist() == [30]
    assert found.others.set_index("value")["reason"][2100] == "other_movement"


def test_a_split_by_named_unit_is_left_out_and_a_split_by_field_kept() -> None:
    text = (
        "Năm 2024, toàn tỉnh đề nghị công nhận 40 mô hình “Dân vận khéo”. Trong đó, TP. Lai Châu "
        "12 mô hình; Mường Tè 3 mô hình; Sở Y tế 2 mô hình… Năm 2023, toàn huyện có 60 mô hình “Dân "
        "vận khéo”, trong đó Kinh tế 30 mô hình; Văn hóa xã hội 20 mô hình; Quốc phòng an ninh 10 mô hình."
    )
    found = extract(text, source="t")
    assert found.records["count"].tolist() == [40, 60, 30, 20, 10]
    reasons = found.others.set_index("value")["reason"]
    assert {reasons[12], reasons[3], reasons[2]} == {"by_unit"}


def test_contest_prizes_and_models_recognised_as_exemplars() -> None:
    text = (
        "Năm 2023, toàn tỉnh có 900 mô hình đăng ký; 150 mô hình được công nhận là điển hình “Dân vận "
        "khéo”. Huyện đã xây dựng 80 mô hình điển hình. Dịp này, Đảng ủy tặng giấy khen cho 3 tập thể "
        "và 2 cá nhân đạt giải trong Cuộc thi viết về mô hình “Dân vận khéo”."
    )
    found = extract(text, source="t")
    assert _plain(found.records, ["count", "subject"]) == [
        [900, "model"],
        [150, "exemplar"],
        [80, "model_or_exemplar"],
    ]
    reasons = found.others.set_index("value")["reason"]
    assert reasons[3] == "other_movement" and reasons[2] == "other_movement"


def test_what_each_unit_registers_is_a_rule_not_a_count() -> None:
    text = (
        "Năm 2024, toàn quận có 150 mô hình “Dân vận khéo” được xây dựng mới. Mỗi chi bộ đăng ký thực "
        "hiện 1 – 2 mô hình, 1 điển hình “Dân vận khéo”; mỗi Đảng ủy phường đăng ký từ 2 – 3 mô hình; "
        "100% các chi bộ đăng ký thực hiện 1 mô hình."
    )
    found = extract(text, source="t")
    assert found.records["count"].tolist() == [150]  # "mới" (new) is not "mỗi" (each)
    assert set(found.others.loc[found.others["value"].isin([1, 2, 3]), "reason"]) == {"quota"}


def test_models_spread_further_are_not_counted_again() -> None:
    text = (
        "Toàn huyện đã xây dựng được 93 mô hình “Dân vận khéo”. Các đơn vị lựa chọn mô hình phù hợp. "
        "Đặc biệt, có 33 mô hình đem lại lợi ích được các cơ quan, đơn vị, địa phương triển khai nhân "
        "rộng. Năm 2023, huyện công nhận 70 mô hình; đồng thời nhân rộng được 39 mô hình “Dân vận khéo”. "
        "Tỉnh duy trì, phát triển, nhân rộng 961 mô hình trên lĩnh vực văn hóa - xã hội."
    )
    found = extract(text, source="t")
    assert found.records["count"].tolist() == [93, 70, 961]
    reasons = found.others.set_index("value")["reason"]
    assert reasons[33] == "replicated" and reasons[39] == "replicated"


def test_security_programme_models_and_examples_of_the_movements() -> None:
    text = (
        "Năm 2018, Công an thành phố xây dựng mới 05 mô hình tự quản về an ninh trật tự; duy trì 55 mô "
        "hình quần chúng tham gia giữ gìn ANTT. Xây dựng 11 mô hình trong phong trào “Dân vận khéo”. "
        "Trên lĩnh vực quốc phòng - an ninh có 46 mô hình tiêu biểu như các tổ tự quản an ninh."
    )
    found = extract(text, source="t")
    assert found.records["count"].tolist() == [11, 46]
    assert set(found.others.loc[found.others["value"].isin([5, 55]), "reason"]) == {"other_movement"}


def test_a_subheading_gives_way_to_the_sentence_with_the_same_count() -> None:
    text = (
        "12/06/2024 - 19:26\nNinh Kiều\nĐăng ký thực hiện 131 mô hình Dân vận khéo\n"
        "Năm 2024, có 34 cơ quan, đơn vị đăng ký thực hiện 131 mô hình trên các lĩnh vực. Trong đó, có "
        "104 mô hình mới, 27 mô hình nâng chất."
    )
    found = extract(text, source="t")
    assert found.records["count"].tolist() == [131, 104, 27]
    # The sentence's mention is kept (its parts are linked to it), the sub-heading's is restated.
    assert found.records["span_start"].iloc[0] > text.index("Năm 2024")
    assert found.records["part_of"].iloc[1] == found.records["record_id"].iloc[0]
    assert found.others.set_index("value")["reason"][131] == "restated"


def test_caption_periods_and_election_terms_are_not_carried() -> None:
    text = (
        "Năm 2024, Ban Dân vận Quận ủy hướng dẫn các đơn vị đăng ký mô hình “Dân vận khéo”.\n"
        "Các tập thể có mô hình “Dân vận khéo” năm 2023 nhận giấy khen. Ảnh: NGỌC LAN\n"
        "Qua phát động, có 34 cơ quan đăng ký thực hiện 131 mô hình.\n"
        "Năm 2021, Ban Dân vận tuyên truyền bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021-2026. Đến nay "
        "toàn cụm đã xây dựng được gần 1.200 mô hình “Dân vận khéo”."
    )
    records = extract(text, source="t").records
    assert _plain(records, ["count", "period_label"]) == [[131, "Năm 2024"], [1200, "Năm 2021"]]


def test_qua_n_nam_trien_khai_runs_to_the_meeting() -> None:
    text = (
        "Sáng ngày 27/10/2023, tỉnh sơ kết phong trào “Dân vận khéo”. Kết quả, qua 03 năm triển khai "
        "thực hiện, đã có 3.427 mô hình đăng ký cấp cơ sở."
    )
    records = extract(text, source="t").records
    assert _plain(records, ["count", "period_label"]) == [[3427, "2020-2023"]]


def test_a_tally_reported_by_a_body_stays_at_the_grassroots() -> None:
    text = (
        "Theo Ban Dân vận Huyện ủy Sơn Động, toàn huyện hiện có 475 mô hình “Dân vận khéo”. Các đơn vị "
        "trong quận đã đăng ký 493 mô hình, 535 điển hình “Dân vận khéo”, trong đó cấp thành phố có 6 mô "
        "hình, 3 điển hình."
    )
    records = extract(text, source={"source_id": "t", "published": "2019-10-14"}).records
    # The parts' "cấp thành phố" is theirs, not their totals'.
    assert _plain(records, ["count", "level"])[:3] == [
        [475, "grassroots"],
        [493, "grassroots"],
        [535, "grassroots"],
    ]
    assert set(records["level"].iloc[3:]) != {"grassroots"}


def test_numbers_whose_noun_comes_at_the_end_of_the_list() -> None:
    text = (
        "Thành phố hiện có 278 mô hình “Dân vận khéo”. Trong đó, duy trì 116, đăng ký mới 162, tăng 87 "
        "mô hình so với cùng kỳ năm 2022. Kết quả đã bình xét đạt 150 mô hình. Đảng ủy tặng giấy khen 8 "
        "cá nhân đạt giải Hội thi Tuyên truyền viên giỏi; xây dựng 12 mô hình “Phụ nữ Hòa Bình may khẩu "
        "trang miễn phí, chung tay đẩy lùi dịch Covid-19 trong khu dân cư”."
    )
    found = extract(text, source="t")
    records = found.records
    assert _plain(records, ["count", "subject", "measure"]) == [
        [278, "model", "stock"],
        [116, "model", "stock"],
        [162, "model", "stock"],
        [87, "model", "change"],
        [150, "model", "stock"],
    ]
    assert records["action"].iloc[4] == "recognised"
    assert set(found.others.loc[found.others["value"].isin([8, 12]), "reason"]) == {"other_movement"}


def test_a_change_on_the_same_time_of_a_year_is_of_the_year_after() -> None:
    text = "Toàn huyện tăng 87 mô hình “Dân vận khéo” so với cùng kỳ năm 2022."
    records = extract(text, source="t").records
    assert _plain(records, ["count", "measure", "period_label"]) == [[87, "change", "Năm 2023"]]


def test_consecutive_years_named_one_by_one_are_a_phase() -> None:
    found = extract(
        "Các năm 2016, 2017, 2018, có 7.682 mô hình đăng ký và được công nhận 3.567 mô hình.", source="t"
    )
    assert _plain(found.records, ["count", "action", "period_label"]) == [
        [7682, "registered", "2016-2018"],
        [3567, "recognised", "2016-2018"],
    ]
    assert found.others["text"].tolist() == ["Các năm 2016, 2017, 2018"]
    # Years with a gap are not a phase: each is read on its own.
    gap = extract("Năm 2016 và 2018, huyện công nhận 35 mô hình.", source="t")
    assert gap.records["period_label"].tolist() == ["Năm 2016"]
    assert gap.others["text"].tolist() == ["Năm 2016", "2018"]


def test_a_phase_named_before_beats_the_year_after_a_comparison() -> None:
    text = (
        "Thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2016-2020, các cấp ủy đã tập trung tuyên "
        "truyền. Trong 5 năm, toàn huyện đã đăng ký xây dựng 535 mô hình (tăng 340 mô hình so với năm 2015)."
    )
    records = extract(text, source="t").records
    assert _plain(records, ["count", "measure", "period_label"]) == [
        [535, "stock", "2016-2020"],
        [340, "change", "2016-2020"],
    ]


def test_with_no_period_stated_a_stock_is_of_the_month_and_an_award_of_the_year() -> None:
    """A stock with no period is a running total when the page was written; a ceremony is of its year."""
    text = (
        "Toàn huyện đăng ký 120 mô hình “Dân vận khéo”. Huyện đã công nhận 45 mô hình. Tại hội nghị, Ban "
        "Thường vụ Huyện ủy tặng giấy khen cho 7 tập thể, 5 cá nhân."
    )
    records = extract(text, source={"source_id": "t", "published": "2023-09-19"}).records
    assert _plain(records, ["count", "action", "period_label"]) == [
        [120, "registered", "Tháng 9/2023"],
        [45, "recognised", "Tháng 9/2023"],
        [7, "certificate_of_merit", "Năm 2023"],
        [5, "certificate_of_merit", "Năm 2023"],
    ]
    assert all("period_guessed" in r for r in records["reasons"])
    # Without a date of writing there is nothing to guess from.
    assert extract(text, source="t").records["period_label"].isna().all()


def test_years_past_run_from_the_launch_when_the_date_is_unknown() -> None:
    text = (
        "Phong trào thi đua “Dân vận khéo” được phát động từ năm 2009. 10 năm qua, cả nước đã bình chọn, "
        "tôn vinh hơn 900.000 mô hình, điển hình “Dân vận khéo”."
    )
    found = extract(text, source={"source_id": "t"})
    assert found.records["period_label"].tolist() == ["2009-2019"]


def test_levels_named_by_the_report() -> None:
    text = (
        "Năm 2023, có 35 mô hình được khen thưởng cấp huyện; 09 mô hình được khen thưởng cấp tỉnh; "
        "12 mô hình được công nhận cấp khối và 40 mô hình cấp cơ sở."
    )
    got = _records(text)
    assert got["level"].tolist() == ["district", "province", "bloc", "grassroots"]


@pytest.mark.parametrize(
    ("text", "written", "reason"),
    [
        ("Tỷ lệ đạt 95,5% kế hoạch.", "95,5%", "percent"),
        ("Vận động được 500 triệu đồng.", "500 triệu đồng", "money"),
        ("Có 105/130 xã đạt chuẩn.", "105/130", "fraction"),
        ("Theo Quyết định số 1034/QĐ-UBND của tỉnh.", "1034/QĐ-UBND", "document_id"),
        ("Qua 15 năm thực hiện phong trào.", "15 năm", "duration"),
        ("Số lần đọc: 657", "657", "read_counter"),
        ("Đồng chí Viễn (thứ năm, từ trái qua) trao giấy khen.", "thứ năm", "ordinal"),
        ("Sáng 20/3/2009, hội nghị khai mạc.", "20/3/2009", "date"),
        ("Hơn 200 đại biểu dự hội nghị.", "200", "other_unit"),
        ("Khen thưởng 34 tập thể và cá nhân.", "34", "mixed_subject"),
        ("Hội trường lúc 14:10 đông kín.", "14:10", "time_of_day"),
        ("Ông 58 tuổi, là mô hình tiêu biểu.", "58 tuổi", "age"),
        ("Đây là một trong 11 tập thể được trao giải.", "11", "one_of"),
    ],
)
def test_numbers_that_are_not_counts(text: str, written: str, reason: str) -> None:
    others = other_numbers(text)
    assert _records(text).empty
    assert others.loc[others["text"] == written, "reason"].tolist() == [reason]


def test_other_movement_is_left_out_with_its_reason() -> None:
    text = (
        "Năm 2020, có 4 cá nhân được tặng kỷ niệm chương “Vì sự nghiệp dân vận”; 22 tập thể được khen thưởng."
    )
    assert _records(text)["count"].tolist() == [22]
    others = other_numbers(text)
    assert others.loc[others["text"] == "4", "reason"].tolist() == ["other_movement"]


def test_headline_restatement_keeps_the_body() -> None:
    text = (
        "Bảo Lâm: Biểu dương 37 điển hình dân vận khéo\n"
        "Sáng 4/4, huyện biểu dương, khen thưởng 37 mô hình, điển hình năm 2023."
    )
    got = _records(text)
    assert _plain(got, ["count", "subject", "action"]) == [[37, "model_or_exemplar", "rewarded"]]


def test_nfd_and_nfc_give_the_same_records(seed_text: str) -> None:
    nfc = extract_counts(seed_text)
    nfd = extract_counts(unicodedata.normalize("NFD", seed_text))
    assert _plain(nfd, COMPARED) == _plain(nfc, COMPARED)


def test_empty_text_and_bad_input() -> None:
    assert extract_counts("").empty and other_numbers("").empty
    assert list(extract_counts("").columns)[:3] == ["record_id", "movement", "subject"]
    with pytest.raises(TypeError, match="text must be a str"):
        extract_counts(None)  # type: ignore[arg-type]


# --- reading documents and writing the draft --------------------------------------------------


def test_read_txt_html_and_docx(tmp_path: Path, seed_text: str) -> None:
    txt = tmp_path / "a.txt"
    txt.write_bytes(b"\xef\xbb\xbf" + seed_text.encode("utf-8"))
    assert read_document(txt) == seed_text
    page = tmp_path / "a.html"
    page.write_text(
        "<html><head><title>x</title><style>p{}</style></head><body><p>Tặng giấy khen 7&nbsp;tập thể"
        "</p><script>var n = 99;</script><div>Số lần đọc: 657</div></body></html>",
        encoding="utf-8",
    )
    assert read_document(page) == "Tặng giấy khen 7 tập thể\nSố lần đọc: 657"
    assert html_to_text("<p>a</p><p>b &amp; c</p>") == "a\nb & c"
    import docx

    document = docx.Document()
    document.add_paragraph("Năm 2022, huyện tặng giấy khen 7 tập thể, 6 cá nhân.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Mô hình"
    table.cell(0, 1).text = "12"
    path = tmp_path / "a.docx"
    document.save(str(path))
    assert read_document(path) == "Năm 2022, huyện tặng giấy khen 7 tập thể, 6 cá nhân.\nMô hình | 12"


def test_read_document_errors(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="file not found"):
        read_document(tmp_path / "missing.txt")
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF")
    with pytest.raises(DocumentError, match=r"expected \.txt, \.html or \.docx"):
        read_document(pdf)
    latin = tmp_path / "b.txt"
    latin.write_bytes(b"D\xe2n v\xe2n kh\xe9o")  # Windows-1258 bytes, not UTF-8
    with pytest.raises(DocumentError, match="not UTF-8"):
        read_document(latin)
    legacy = tmp_path / "c.txt"
    legacy.write_text("D©n vËn khÐo\nPhong trµo thi ®ua D©n vËn khÐo", encoding="utf-8")
    with pytest.raises(DocumentError, match="legacy Vietnamese font encoding"):
        read_document(legacy)
    broken = tmp_path / "d.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(DocumentError, match=r"not a readable \.docx"):
        read_document(broken)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_workbook_loads_with_zero_rejected_rows(tmp_path: Path, seed, lang: str) -> None:
    path = write_workbook(seed, tmp_path / f"seed-{lang}.xlsx", lang=lang)
    result = dvk_analysis.load_awards(path, errors="collect")
    assert result.problems == [] and result.rejected.empty
    assert int(result.report["loaded"].sum()) == 10 and int(result.report["rejected"].sum()) == 0
    assert _plain(result.frame, COMPARED) == _plain(
        dvk_analysis.load_awards(dvk_analysis.SEED_DATA), COMPARED
    )
    assert result.frame["part_of"].notna().sum() == 2


def test_workbook_layout_matches_the_seed_dataset(tmp_path: Path, seed) -> None:
    import openpyxl

    path = write_workbook(seed, tmp_path / "seed.xlsx")
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == ["records", "Xem lại", "Số không phải số lượng", "sources"]
    headers = [c for c in next(book["records"].iter_rows(values_only=True))]
    ours = openpyxl.load_workbook(dvk_analysis.SEED_DATA, read_only=True)
    seed_headers = list(next(ours["records"].iter_rows(values_only=True)))
    assert [h for h in headers if h in seed_headers] == seed_headers
    others = list(book["Số không phải số lượng"].iter_rows(values_only=True))
    assert ("baokg-2023-11-03", "3 năm", "khoảng thời gian (“3 năm”)") in [r[:3] for r in others]


def test_flagged_records_carry_a_review_note(tmp_path: Path) -> None:
    found = extract("Năm 2020, Ban Chỉ đạo đề nghị khen thưởng 18 mô hình.", source="x")
    path = write_workbook(found, tmp_path / "x.xlsx")
    frame = dvk_analysis.load_awards(path)
    assert frame["note"].iloc[0].startswith("[Cần xem lại]") and frame["action"].iloc[0] == "proposed"


def test_extract_file_html_and_docx_give_workbooks_that_load(tmp_path: Path, seed_text: str) -> None:
    import docx

    page = tmp_path / "tin.html"
    body = "".join(f"<p>{line}</p>" for line in seed_text.splitlines())
    page.write_text(f"<html><body>{body}<script>x=1</script></body></html>", encoding="utf-8")
    document = docx.Document()
    for line in seed_text.splitlines():
        document.add_paragraph(line)
    word = tmp_path / "tin.docx"
    document.save(str(word))
    for path in (page, word):
        found, out = extract_file(path)
        assert out == path.with_name(path.stem + ".extract.xlsx") and len(found.records) == 10
        result = dvk_analysis.load_awards(out, errors="collect")
        assert result.problems == [] and len(result.frame) == 10
        assert set(result.frame["source_id"]) == {"tin"}


# --- evaluation -------------------------------------------------------------------------------


def test_evaluate_counts_multisets() -> None:
    gold = pd.DataFrame(
        {
            "source_id": ["a", "a", "b"],
            "count": [7, 7, 3],
            "qualifier": ["exact"] * 3,
            "subject": ["collective"] * 3,
            "movement": ["dan_van_kheo"] * 3,
        }
    )
    pred = gold.iloc[[0, 2, 2]].reset_index(drop=True)
    assert evaluate(pred, gold) == {
        "tp": 2,
        "predicted": 3,
        "expected": 3,
        "precision": 0.6667,
        "recall": 0.6667,
    }


def _benchmark():
    spec = importlib.util.spec_from_file_location(
        "eval_extract", Path(__file__).parents[1] / "benchmarks" / "eval_extract.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_passages_are_short_and_the_split_is_the_written_one() -> None:
    bench = _benchmark()
    sources = dvk_analysis.load_sources(bench.DATASET)
    split = (FIXTURES / "SPLIT.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^- (\S+)$", split, flags=re.M))
    second, third = bench.held_out_v2(), bench.session3()
    assert len(second) == 9 and second <= set(sources["source_id"])
    assert third <= set(sources["source_id"]) and not third & second
    earlier = set(sources["source_id"]) - bench.found_later()
    assert listed == {s for s in earlier if bench.held_out(s) and s not in second}
    # The third part is the rule of SPLIT.md's session-3 section, applied to the session-3 reports.
    parts = {s: bench.part(s, second, third, set()) for s in third}
    assert {s for s, p in parts.items() if p == "opened_v3"} == {s for s in third if bench.held_out_v3(s)}
    assert set(parts.values()) == {"dev", "opened_v3"}
    # The fourth and fifth parts are every report of SESSION4.txt and SESSION4B.txt, whatever
    # the earlier rules say (opened since); the sixth is every report of SESSION4C.txt.
    fourth, fifth, sixth = bench.session4(), bench.session4b(), bench.held_out_v6()
    lists = second, third, fourth, fifth, sixth
    assert (len(fourth), len(fifth), len(sixth)) == (42, 22, 44)
    assert fourth <= set(sources["source_id"]) and not fourth & (second | third)
    assert fifth <= set(sources["source_id"]) and not fifth & (second | third | fourth)
    assert sixth <= set(sources["source_id"]) and not sixth & (second | third | fourth | fifth)
    assert {bench.part(s, *lists) for s in fourth} == {"opened_v4"}
    assert {bench.part(s, *lists) for s in fifth} == {"opened_v5"}
    assert {bench.part(s, *lists) for s in sixth} <= {"held_out"}
    for source_id in sources["source_id"]:
        text = (bench.PASSAGES / f"{source_id}.txt").read_text(encoding="utf-8")
        assert len(text) <= 1600, source_id  # passages, never whole articles


def test_every_reason_given_on_the_reports_has_a_label() -> None:
    """Each reason the extractor gives on the annotated reports is a vocabulary code with labels."""
    reasons: set[str] = set()
    for path in sorted((FIXTURES / "reports").glob("*.txt")):
        found = extract(path.read_text(encoding="utf-8"), source=path.stem)
        reasons |= set(found.others["reason"])
    assert {"by_unit", "discovered", "replicated", "quota", "restated"} <= reasons
    assert reasons <= set(vocab.NOT_COUNT_REASONS)


@pytest.fixture(scope="module")
def evaluated() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The evaluation script's (predicted, expected) frames, computed once."""
    return _benchmark().run()


def test_evaluation_prints_the_verdict_and_the_first_scoring(
    evaluated, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = _benchmark()
    monkeypatch.setattr(bench, "run", lambda: evaluated)
    assert bench.main([]) == 0
    printed = capsys.readouterr().out
    assert re.search(r"Held-out, sixth part .*: precision 0\.9\d\d .*at or over target$", printed, re.M)
    assert "Its first scoring, before it was opened (SPLIT.md): precision 0.954, recall 0.969" in printed
    assert bench.main(["--development"]) == 0
    printed = capsys.readouterr().out
    assert "held_out" not in printed and "Held-out part not scored (--development)." in printed


def test_evaluation_parts_and_figures_do_not_fall(evaluated) -> None:
    """The evaluation scores each part on its own reports; no figure falls below its last measure.

    The floors are the figures last measured (SPLIT.md); the issue's targets (precision 0.95,
    recall 0.90 on the held-out part) are the evaluation script's verdict.
    """
    bench = _benchmark()
    pred, expected = evaluated
    table = bench.scores(pred, expected)
    core = table[table["match on"].str.startswith("count")].set_index("part")
    assert core["reports"].to_dict() == {
        "dev": 50,
        "opened_v1": 10,
        "opened_v2": 9,
        "opened_v3": 18,
        "opened_v4": 42,
        "opened_v5": 22,
        "opened": 101,
        "dev+opened": 151,
        "held_out": 44,
        "all": 195,
    }
    assert core.loc["opened_v2", "expected"] == 39
    assert core.loc["opened_v3", "expected"] == 44
    assert core.loc["opened_v4", "expected"] == 130
    assert core.loc["opened_v5", "expected"] == 61
    assert core.loc["held_out", "expected"] == 127
    floors = {
        "dev": (0.95, 0.97),
        "opened": (0.98, 0.98),
        "dev+opened": (0.97, 0.98),
        "held_out": (0.95, 0.96),
    }
    for group, (precision, recall) in floors.items():
        assert core.loc[group, "precision"] >= precision and core.loc[group, "recall"] >= recall, group


def test_command_line_writes_the_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from dvk_analysis.extract import main

    report = tmp_path / "tin.txt"
    report.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    assert main([str(report), "--source-id", "kg", "-o", str(tmp_path / "out.xlsx")]) == 0
    printed = capsys.readouterr().out
    assert "10 bản ghi đề xuất, 0 cần xem lại, 15 số khác" in printed
    assert len(dvk_analysis.load_awards(tmp_path / "out.xlsx")) == 10
    assert main([str(tmp_path / "missing.docx")]) == 1
    assert "file not found" in capsys.readouterr().err
