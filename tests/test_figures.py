"""Figures: what each chart draws, its marks, language and determinism, read from to_dict()."""

from __future__ import annotations

import pandas as pd
import plotly.io as pio
import pytest
from conftest import snapshot_of_public_data

from dvk_analysis import SEED_DATA, ComparisonError, compare, figures, load_awards, select, vocab

SOURCE_VI = "Nguồn: Báo Kiên Giang (03/11/2023) · Kỳ: 2021-2023"


@pytest.fixture(scope="module")
def seed():
    return load_awards(SEED_DATA)


def annotation(fig: dict, name: str) -> dict:
    found = [a for a in fig["layout"].get("annotations", []) if a.get("name") == name]
    assert len(found) == 1, fig["layout"].get("annotations")
    return found[0]


def traces(fig: dict) -> dict[str, dict]:
    return {t["name"]: t for t in fig["data"]}


# --- template and common layout -------------------------------------------------------


def test_template_is_registered_with_the_house_style() -> None:
    assert figures.TEMPLATE_NAME in pio.templates
    layout = pio.templates["dvk"].layout
    assert layout.font.family == "DejaVu Sans, Arial, sans-serif"
    assert layout.font.size >= 14
    assert layout.paper_bgcolor == "white" and layout.plot_bgcolor == "white"
    assert list(layout.colorway)[:3] == ["#E69F00", "#56B4E9", "#009E73"]  # Okabe-Ito
    assert figures.register_template() == "dvk"  # calling again is harmless


@pytest.mark.parametrize(
    "build",
    [
        figures.level_pyramid,
        figures.period_comparison,
        figures.subject_breakdown,
        figures.movement_comparison,
    ],
)
def test_every_figure_has_template_separators_source_and_is_deterministic(seed, build) -> None:
    vi = build(seed).to_dict()
    assert vi["layout"]["template"]["layout"]["font"]["family"] == figures.FONT_FAMILY
    assert vi["layout"]["separators"] == ",."
    source = annotation(vi, "source")
    assert source["text"].startswith("Nguồn: Báo Kiên Giang (03/11/2023) · Kỳ: ")
    assert (source["xref"], source["yref"], source["y"], source["yanchor"]) == ("paper", "paper", 0, "top")
    assert source["yshift"] < -40 and vi["layout"]["margin"]["b"] > -source["yshift"]
    assert vi["layout"]["meta"]["figure"] == build.__name__
    en = build(seed, lang="en").to_dict()
    assert en["layout"]["separators"] == ".,"
    assert annotation(en, "source")["text"].startswith("Source: Báo Kiên Giang (3 Nov 2023) · Period: ")
    assert build(seed).to_json() == build(seed).to_json()
    assert "uid" not in build(seed).to_json()


def test_source_line_names_sources_and_periods(seed) -> None:
    assert figures.source_line(select(seed, movement="dan_van_kheo")) == SOURCE_VI
    assert figures.source_line(seed) == "Nguồn: Báo Kiên Giang (03/11/2023) · Kỳ: 2021-2023, Quý III/2023"
    no_publisher = seed.assign(source_publisher=None)
    assert figures.source_line(no_publisher).startswith("Nguồn: baokg-2023-11-03 (03/11/2023)")


# --- level pyramid ---------------------------------------------------------------


def test_level_pyramid_bars_text_colours_and_lower_bound(seed) -> None:
    fig = figures.level_pyramid(seed).to_dict()
    (bar,) = fig["data"]
    assert bar["orientation"] == "h"
    assert list(bar["y"]) == ["Cơ sở", "Khối", "Tỉnh"]
    assert list(bar["x"]) == [500, 78, 76]
    assert list(bar["text"]) == ["500+", "78", "76"]
    # Grassroots is first in the category array: plotly draws it at the bottom.
    assert list(fig["layout"]["yaxis"]["categoryarray"]) == ["Cơ sở", "Khối", "Tỉnh"]
    level_colours = vocab.colours("level")
    assert list(bar["marker"]["color"]) == [level_colours[level] for level in ("Cơ sở", "Khối", "Tỉnh")]
    # The lower bound is hatched and labelled on the bar itself.
    assert list(bar["marker"]["pattern"]["shape"]) == ["/", "", ""]
    bound = annotation(fig, "bound:Cơ sở")
    assert (bound["text"], bound["x"], bound["y"]) == ("cận dưới", 500, "Cơ sở")
    assert annotation(fig, "notes")["text"].startswith("Vạch chéo (/): cận dưới")
    assert annotation(fig, "source")["text"] == SOURCE_VI
    assert "≤15,6%" in [row[1] for row in bar["customdata"]]
    assert fig["layout"]["title"]["text"] == "Dân vận khéo: Mô hình – Công nhận theo cấp"
    assert fig["layout"]["xaxis"]["title"]["text"] == "Số lượng"
    assert fig["layout"]["yaxis"]["title"]["text"] == "Cấp"
    assert [row["count"] for row in fig["layout"]["meta"]["table"]] == [500, 78, 76]


def test_level_pyramid_in_english(seed) -> None:
    fig = figures.level_pyramid(seed, lang="en").to_dict()
    (bar,) = fig["data"]
    assert list(bar["y"]) == ["Grassroots", "Bloc", "Province"]
    assert list(bar["marker"]["color"]) == [vocab.colours("level", "en")[y] for y in bar["y"]]
    assert annotation(fig, "bound:Grassroots")["text"] == "lower bound"
    assert fig["layout"]["title"]["text"] == "Skilful mass mobilisation: Models – Recognised by level"
    assert fig["layout"]["yaxis"]["title"]["text"] == "Level"
    assert annotation(fig, "source")["text"] == "Source: Báo Kiên Giang (3 Nov 2023) · Period: 2021-2023"


# --- period comparison ----------------------------------------------------------


def test_period_comparison_counts_and_per_year(seed) -> None:
    counts = figures.period_comparison(seed, by="movement", subject="collective").to_dict()
    by_name = traces(counts)
    dvk = by_name["Dân vận khéo"]
    assert (list(dvk["x"]), list(dvk["y"]), list(dvk["text"])) == (["2021-2023"], [26], ["26"])
    assert dvk["marker"]["color"] == vocab.colours("movement")["Dân vận khéo"]
    assert list(counts["layout"]["xaxis"]["categoryarray"]) == ["2021-2023", "Quý III/2023"]
    assert counts["layout"]["yaxis"]["title"]["text"] == "Số lượng"

    rates = figures.period_comparison(seed, by="movement", subject="collective", per_year=True).to_dict()
    ys = [(t["x"][0], round(t["y"][0], 3), t["text"][0]) for t in rates["data"]]
    assert ys == [("2021-2023", 8.667, "8,7"), ("Quý III/2023", 12.0, "12,0")]
    assert rates["layout"]["yaxis"]["title"]["text"] == "Số lượng, bình quân mỗi năm"
    assert "0,25" in annotation(rates, "notes")["text"]
    english = figures.period_comparison(seed, by="movement", subject="collective", per_year=True, lang="en")
    assert english.to_dict()["layout"]["yaxis"]["title"]["text"] == "Count, per year"
    assert list(english.to_dict()["layout"]["xaxis"]["categoryarray"]) == ["2021-2023", "Q3 2023"]


def test_period_comparison_by_subject_marks_the_lower_bound(seed) -> None:
    fig = figures.period_comparison(seed).to_dict()
    by_name = traces(fig)
    # Several actions are drawn, so each trace says which.
    models = by_name["Mô hình (Công nhận)"]
    assert (list(models["y"]), list(models["text"])) == ([500], ["500+"])
    assert list(models["marker"]["pattern"]["shape"]) == ["/"]
    assert list(by_name["Tập thể (Giấy khen)"]["y"]) == [26]
    assert by_name["Tập thể (Giấy khen)"]["marker"]["color"] == vocab.colours("subject")["Tập thể"]


def test_period_comparison_keeps_different_actions_apart(seed) -> None:
    both = seed.assign(action=seed["action"].where(seed["record_id"] != "kg23-07", "merit_certificate"))
    fig = figures.period_comparison(both, by="movement", subject="collective", action=None).to_dict()
    by_name = traces(fig)
    # 7 certificates and 19 higher certificates: two bars, never one of 26.
    assert list(by_name["Dân vận khéo (Giấy khen)"]["y"]) == [7]
    assert list(by_name["Dân vận khéo (Bằng khen)"]["y"]) == [19]
    assert 26 not in [y for t in fig["data"] for y in t["y"]]


# --- subject breakdown and movement comparison ------------------------------------


def test_subject_breakdown_by_tier_and_not_stated(seed) -> None:
    fig = figures.subject_breakdown(seed, by="tier", subject=["collective", "individual"]).to_dict()
    by_name = traces(fig)
    assert list(by_name["Có thành tích"]["y"]) == [7, 6]
    assert list(by_name["Có thành tích xuất sắc"]["y"]) == [19, 2]
    assert list(by_name["Có thành tích"]["x"]) == ["Tập thể", "Cá nhân"]
    units = figures.subject_breakdown(seed).to_dict()
    (not_stated,) = units["data"]
    assert not_stated["name"] == "Không rõ" and not_stated["marker"]["color"] == vocab.OKABE_ITO["grey"]
    assert list(not_stated["text"]) == ["500+", "322", "26", "8"]
    assert figures.subject_breakdown(seed, lang="en").to_dict()["data"][0]["name"] == "Not stated"
    assert figures.subject_breakdown(seed, barmode="stack").to_dict()["layout"]["barmode"] == "stack"


def test_movement_comparison_never_sums_across_movements(seed) -> None:
    fig = figures.movement_comparison(seed).to_dict()
    by_name = traces(fig)
    assert list(by_name["Tập thể"]["y"]) == [26, 3]
    assert list(by_name["Cá nhân"]["y"]) == [8, 8]
    assert by_name["Tập thể"]["x"][0] == "Dân vận khéo<br>2021-2023"
    assert by_name["Tập thể"]["x"][1].endswith("<br>Quý III/2023")
    all_y = [y for t in fig["data"] for y in t["y"]]
    assert 29 not in all_y and 34 not in all_y and 11 not in all_y
    per_year = traces(figures.movement_comparison(seed, per_year=True, lang="en").to_dict())
    assert list(per_year["Collectives"]["text"]) == ["8.7", "12.0"]


def test_builders_name_a_missing_selection(seed) -> None:
    with pytest.raises(ComparisonError, match="no counts"):
        figures.level_pyramid(seed, subject="exemplar")
    with pytest.raises(ComparisonError, match="not codes of 'subject'"):
        figures.movement_comparison(seed, subjects=("collectives",))
    with pytest.raises(ComparisonError, match="cannot be a colour"):
        figures.period_comparison(seed, by="province")
    with pytest.raises(ComparisonError, match="cannot be a colour"):
        figures.subject_breakdown(seed, by="measure")


# --- comparisons by province: the public reports dataset --------------------------------

PROVINCE_BUILDERS = [
    figures.province_pyramid,
    figures.province_comparison,
    figures.collectives_individuals,
    figures.registered_recognised_trend,
]


@pytest.fixture(scope="module")
def public():
    return snapshot_of_public_data()


@pytest.fixture(scope="module")
def built(public) -> dict[str, dict]:
    """Each province builder's figure on the public reports, as a dict (built once)."""
    return {build.__name__: build(public).to_dict() for build in PROVINCE_BUILDERS}


@pytest.fixture(scope="module")
def pyramid_selector(public):
    return figures.with_selector(figures.province_pyramid, public)


def test_source_line_sums_up_many_sources(public) -> None:
    line = figures.source_line(public)
    assert line.startswith(
        "Nguồn: 47 tài liệu (2011-2025) – Báo Quảng Nam, Báo Sài Gòn Giải Phóng, Báo Bà Rịa - Vũng Tàu"
    )
    assert (
        "và 32 nơi đăng khác; danh sách: trang tính sources của dvk_awards.xlsx, public_reports.xlsx" in line
    )
    assert line.endswith(" · Kỳ: 30 kỳ, từ 2008 đến 2025")
    english = figures.source_line(public, "en")
    assert english.startswith("Source: 47 documents (2011-2025) – ") and "and 32 other publishers" in english
    assert english.endswith("Period: 30 periods, 2008 to 2025")
    # Up to three sources are still listed one by one, with their dates.
    # (Kiên Giang's three reports of the first dataset; Vĩnh Phú's is a fourth.)
    kien_giang = public.loc[
        (public["province"] == "Kiên Giang") & (public["source_id"] != "baomoi-2023-vinhphu")
    ]
    assert figures.source_line(kien_giang) == (
        "Nguồn: Cổng thông tin điện tử huyện An Minh (Kiên Giang) (28/08/2020); Báo Kiên Giang (15/10/2023); "
        "Báo Kiên Giang (03/11/2023) · Kỳ: 2016-2020, 2021-2023, Quý III/2023"
    )
    assert figures.source_line(kien_giang, max_sources=2).startswith("Nguồn: 3 tài liệu (2020-2023) – ")


@pytest.mark.parametrize("build", PROVINCE_BUILDERS)
def test_province_figures_have_the_house_style(public, built, build) -> None:
    fig = built[build.__name__]
    assert fig["layout"]["template"]["layout"]["font"]["family"] == figures.FONT_FAMILY
    assert fig["layout"]["separators"] == ",."
    assert fig["layout"]["meta"]["figure"] == build.__name__
    source = annotation(fig, "source")
    assert source["text"].startswith("Nguồn: ")
    assert source["text"].count("<br>") <= 2  # at most three short lines under the chart
    assert all(len(line) <= 105 for line in source["text"].split("<br>"))
    assert fig["layout"]["margin"]["b"] > -source["yshift"]
    english = build(public, lang="en").to_dict()
    assert english["layout"]["separators"] == ".," and annotation(english, "source")["text"].startswith(
        "Source: "
    )
    assert build(public).to_dict() == built[build.__name__]  # deterministic


def test_province_pyramid_groups_bars_by_report(built) -> None:
    fig = built["province_pyramid"]
    (bar,) = fig["data"]
    assert bar["orientation"] == "h"
    outer, inner = bar["y"]
    assert list(bar["x"]) == [630, 93, 500, 78, 76, 42, 501, 147, 120, 273, 1000, 800, 123, 12532]
    assert list(bar["text"]) == [
        "630+",
        "93",
        "500+",
        "78 (≤15,6%)",
        "76 (≤15,2%)",
        "42",
        "501",
        "147",
        "120",
        "273",
        "1.000+",
        "800+",
        "123",
        "12.532",
    ]
    assert list(inner)[:5] == ["Mọi cấp<br>(tổng toàn địa bàn)", "Huyện", "Cơ sở", "Khối", "Tỉnh"]
    # The province as reported, the one it belongs to today, the period; the report only
    # where one province has two reports on one period.
    assert outer[0] == "Kiên Giang (nay thuộc An Giang)<br>2016-2020"
    assert outer[1] == "Kiên Giang (nay thuộc An Giang)<br>2021-2023 · Báo Kiên Giang (15/10/2023)"
    assert (
        outer[2] == outer[3] == "Kiên Giang (nay thuộc An Giang)<br>2021-2023 · Báo Kiên Giang (03/11/2023)"
    )
    assert outer[-4] == "Phú Thọ<br>Năm 2017"
    assert outer[-2] == "Bắc Kạn (nay thuộc Thái Nguyên)<br>Năm 2022"  # today's province orders it
    assert outer[-1] == "Tuyên Quang<br>Tháng 10/2018"
    colours = vocab.colours("level")
    assert list(bar["marker"]["color"])[:5] == [
        vocab.ALL_LEVELS_COLOUR,
        colours["Huyện"],
        colours["Cơ sở"],
        colours["Khối"],
        colours["Tỉnh"],
    ]
    assert list(bar["marker"]["pattern"]["shape"]) == [
        "/",
        "",
        "/",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "/",
        "/",
        "",
        "",
    ]
    assert "Tỷ lệ so với cấp thấp nhất: ≤15,6%" in bar["hovertext"][3]
    assert "Các bản ghi được cộng: kg23-02" in bar["hovertext"][3]
    assert fig["layout"]["yaxis"]["autorange"] == "reversed"
    assert (
        fig["layout"]["title"]["text"]
        == "Dân vận khéo · Mô hình · Công nhận: theo cấp và theo tỉnh, thành phố"
    )
    assert annotation(fig, "notes")["text"] == (
        "Vạch chéo (/): cận dưới, số thực tế lớn hơn · (%): Tỷ lệ so với cấp thấp nhất"
    )
    assert annotation(fig, "source")["xshift"] == 12 - fig["layout"]["margin"]["l"]  # from the figure's edge
    assert fig["layout"]["height"] > 400
    assert [row["record_ids"] for row in fig["layout"]["meta"]["table"]][:3] == [
        "am20-01",
        "vt23-01",
        "kg23-01",
    ]


def test_province_comparison_per_year_and_counts(public, built) -> None:
    (bar,) = built["province_comparison"]["data"]
    assert list(bar["text"]) == [
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
    ]
    assert round(bar["x"][2], 3) == 166.667
    fig = built["province_comparison"]
    assert fig["layout"]["xaxis"]["title"]["text"] == "Số lượng, bình quân mỗi năm"
    assert "0,25" in annotation(fig, "notes")["text"]
    counts = figures.province_comparison(public, per_year=False).to_dict()
    assert list(counts["data"][0]["x"]) == [
        630,
        93,
        500,
        78,
        76,
        42,
        501,
        147,
        120,
        273,
        1000,
        800,
        123,
        12532,
    ]
    # Registered models: the running totals dated by a month have no rate, and the note says so.
    registered = figures.province_comparison(public, action="registered").to_dict()
    assert (
        "6 số lũy kế ghi theo tháng: không có bình quân năm, không vẽ"
        in annotation(registered, "notes")["text"]
    )
    assert (
        len(registered["data"][0]["x"])
        == len(compare.provinces_side_by_side(public, action="registered")) - 6
    )


def test_collectives_individuals_pairs_never_added(built) -> None:
    fig = built["collectives_individuals"]
    by_name = traces(fig)
    assert list(by_name) == ["Tập thể", "Cá nhân"]
    collectives, individuals = by_name["Tập thể"], by_name["Cá nhân"]
    assert collectives["marker"]["color"] == vocab.colours("subject")["Tập thể"]
    assert individuals["marker"]["color"] == vocab.colours("subject")["Cá nhân"]
    # Both traces share one list of (report, award) categories, so each pair sits together.
    assert collectives["y"] == individuals["y"]
    outer, inner = collectives["y"]
    position = list(zip(outer, inner, strict=True)).index(
        ("Kiên Giang (nay thuộc An Giang)<br>2021-2023 · Báo Kiên Giang (03/11/2023)", "Giấy khen – Khối")
    )
    assert (collectives["x"][position], individuals["x"][position]) == (26, 8)
    # Tiền Phong's "62 điển hình" are exemplars: no individual bar there.
    tien_phong = next(i for i, label in enumerate(outer) if label.endswith("Báo Tiền Phong (19/11/2025)"))
    assert individuals["x"][tien_phong] is None
    assert "Khen thưởng – Mọi cấp<br>(tổng toàn địa bàn)" in inner
    assert fig["layout"]["barmode"] == "group"
    assert 34 not in collectives["x"] and 3 not in [x for x in collectives["x"] if x == 3]
    assert fig["layout"]["title"]["text"] == "Dân vận khéo · Tập thể và cá nhân: theo tỉnh, thành phố"


def test_registered_recognised_trend_segments_and_bounds(built) -> None:
    fig = built["registered_recognised_trend"]
    lines = [t for t in fig["data"] if t["mode"] == "lines"]
    markers = [t for t in fig["data"] if t["mode"] == "markers+text"]
    assert [t["name"] for t in lines] == [
        "Đăng ký –<br>Mô hình",
        "Đăng ký –<br>Mô hình, điển hình",
        "Công nhận –<br>Mô hình",
        "Công nhận –<br>Mô hình, điển hình",
    ]
    assert all(t.get("showlegend") is False for t in markers)  # the line carries the legend
    assert lines[1]["line"]["dash"] == "dash" and lines[0]["line"]["dash"] == "solid"
    # Each report is a segment over its period: start, day after the end, gap.
    recognised_models = lines[2]
    assert list(recognised_models["x"][:3]) == ["2016-01-01", "2021-01-01", None]
    assert recognised_models["y"][0] == recognised_models["y"][1] == 126.0
    symbols = dict(zip(markers[2]["text"], markers[2]["marker"]["symbol"], strict=True))
    assert symbols["Phú Thọ"] == "triangle-up" and symbols["Quảng Nam"] == "circle"
    notes = annotation(fig, "notes")["text"].replace("<br>", " ")
    assert "▲: cận dưới" in notes and "6 số lũy kế ghi theo tháng" in notes
    assert fig["layout"]["yaxis"]["type"] == "log"
    assert fig["layout"]["yaxis"]["title"]["text"] == "Bình quân mỗi năm (thang logarit)"
    assert 10000 in fig["layout"]["yaxis"]["tickvals"] and 2000 in fig["layout"]["yaxis"]["tickvals"]
    positions = [p for t in markers for p in t["textposition"]]
    assert set(positions) <= {"top center", "bottom center", "middle right", "middle left"}
    assert len(set(positions)) > 1  # crowded labels move out of each other's way


def test_trend_labels_show_values_for_one_province(public) -> None:
    hcm = public.loc[compare.current_province(public) == "Hồ Chí Minh"]
    fig = figures.registered_recognised_trend(hcm).to_dict()
    texts = [x for t in fig["data"] if t["mode"] == "markers+text" for x in t["text"]]
    assert "Hồ Chí Minh: 7.678,0" in texts and "Bà Rịa - Vũng Tàu: 2.071,0" in texts
    one = figures.registered_recognised_trend(public.loc[public["province"] == "Lâm Đồng"]).to_dict()
    assert sorted(x for t in one["data"] if t["mode"] == "markers+text" for x in t["text"]) == [
        "1.019,5",
        "183,0",
    ]


def test_trend_with_too_many_markers_names_none_and_says_why() -> None:
    # Every embedded report: more markers than a briefing chart can name.
    fig = figures.registered_recognised_trend(load_awards("data")).to_dict()
    texts = [x for t in fig["data"] if t["mode"] == "markers+text" for x in t["text"]]
    assert len(texts) > figures._MAX_LABELS and set(texts) == {""}
    notes = annotation(fig, "notes")["text"].replace("<br>", " ")
    assert f"{len(texts)} đoạn: quá nhiều để ghi tên" in notes
    ticks = dict(zip(fig["layout"]["yaxis"]["tickvals"], fig["layout"]["yaxis"]["ticktext"], strict=True))
    assert ticks[0.5] == "0,5" and ticks[1000] == "1.000"  # never "1" for 0,5


def test_label_positions_keep_close_labels_apart() -> None:
    import pandas as pd

    middles = pd.Series(pd.to_datetime(["2023-07-01", "2023-07-01", "2010-07-01"]))
    values = pd.Series([100.0, 105.0, 5000.0])
    positions = figures._label_positions(middles, values, ["Bà Rịa - Vũng Tàu", "Lâm Đồng", "Hà Tĩnh"], True)
    assert positions[0] != positions[1] and positions[2] == "top center"


# The selector's options on the embedded data: "All" first, then the provinces of today
# (Vietnamese order) that have recognised models.
SELECTOR_LABELS = [
    "Tất cả tỉnh, thành phố",
    "An Giang",
    "Đà Nẵng",
    "Hồ Chí Minh",
    "Nghệ An",
    "Phú Thọ",
    "Thái Nguyên",
    "Tuyên Quang",
]


def test_selector_buttons_visibility_and_labels(public, pyramid_selector) -> None:
    fig = pyramid_selector.to_dict()
    (menu,) = fig["layout"]["updatemenus"]
    assert menu["type"] == "dropdown" and menu["active"] == 0
    labels = [b["label"] for b in menu["buttons"]]
    # "All" first, then the provinces of today in Vietnamese order; none without recognised models.
    assert labels == SELECTOR_LABELS
    assert fig["layout"]["meta"]["selector"] == {"by": "province", "labels": labels}
    visibility = [b["args"][0]["visible"] for b in menu["buttons"]]
    assert all(len(v) == len(fig["data"]) for v in visibility)
    # Each trace belongs to exactly one button; the first button's traces show at first.
    assert [sum(column) for column in zip(*visibility, strict=True)] == [1] * len(fig["data"])
    assert [t["visible"] for t in fig["data"]] == visibility[0]
    by_label = {b["label"]: b["args"] for b in menu["buttons"]}
    an_giang = by_label["An Giang"]
    shown = [t for t, v in zip(fig["data"], an_giang[0]["visible"], strict=True) if v]
    assert [list(t["x"]) for t in shown] == [[630, 93, 500, 78, 76, 42]]
    sources = {
        label: next(a["text"] for a in args[1]["annotations"] if a["name"] == "source")
        for label, args in by_label.items()
    }
    assert sources["Phú Thọ"] == "Nguồn: Đài Truyền hình Việt Nam (VTV) (02/05/2018) · Kỳ: Năm 2017"
    assert sources["Tất cả tỉnh, thành phố"].startswith("Nguồn: 12 tài liệu")
    assert by_label["Phú Thọ"][1]["height"] < by_label["Tất cả tỉnh, thành phố"][1]["height"]
    assert by_label["Phú Thọ"][1]["title.text"] == fig["layout"]["title"]["text"]
    assert fig["layout"]["margin"]["t"] == by_label["Tất cả tỉnh, thành phố"][1]["margin.t"]


@pytest.mark.parametrize(
    ("build", "kwargs"),
    [
        (figures.province_comparison, {"action": "registered"}),
        (figures.collectives_individuals, {"per_year": True}),
        (figures.registered_recognised_trend, {}),
    ],
)
def test_running_totals_alone_have_no_rate_to_draw(public, build, kwargs) -> None:
    """Counts dated by a month are running totals: per year there is nothing to draw; the error says so."""
    monthly = public[public["period_kind"] == "month"]
    with pytest.raises(
        ComparisonError, match=rf"^{build.__name__}: no count has a per-year rate .*per_year=False$"
    ):
        build(monthly, **kwargs)
    assert build(monthly, **{**kwargs, "per_year": False}).layout.meta["table"]


def test_selector_is_deterministic(seed) -> None:
    first = figures.with_selector(figures.province_pyramid, seed).to_json()
    assert first == figures.with_selector(figures.province_pyramid, seed).to_json()
    assert "uid" not in first


def test_selector_by_movement_passes_the_parameter(public) -> None:
    fig = figures.with_selector(
        figures.province_comparison,
        public,
        by="movement",
        subject="collective",
        action="certificate_of_merit",
    ).to_dict()
    buttons = fig["layout"]["updatemenus"][0]["buttons"]
    # No "all" option: movements are never drawn together; short labels for long names.
    assert [b["label"] for b in buttons] == ["Dân vận khéo", "Học tập và làm theo Bác"]
    titles = [b["args"][1]["title.text"] for b in buttons]
    assert titles[0].startswith("Dân vận khéo · Tập thể") and titles[1].startswith(
        "Học tập và làm theo tư tưởng"
    )
    english = figures.with_selector(
        figures.province_comparison,
        public,
        by="movement",
        subject="collective",
        action="certificate_of_merit",
        lang="en",
    ).to_dict()
    assert [b["label"] for b in english["layout"]["updatemenus"][0]["buttons"]] == [
        "Skilful mass mobilisation",
        "Following Ho Chi Minh",
    ]
    with pytest.raises(ComparisonError, match="no column 'colour'"):
        figures.with_selector(figures.province_pyramid, public, by="colour")
    with pytest.raises(ComparisonError, match="nothing to draw"):
        figures.with_selector(
            figures.province_pyramid, public, by="movement", subject="individual", measure="change"
        )


def test_selector_opens_on_the_option_named(public, pyramid_selector) -> None:
    default = pyramid_selector.to_dict()
    # An old province's name opens on the unit it belongs to today; the menu keeps its order.
    fig = figures.with_selector(figures.province_pyramid, public, first="Kiên Giang").to_dict()
    menu = fig["layout"]["updatemenus"][0]
    labels = [b["label"] for b in menu["buttons"]]
    assert labels == [b["label"] for b in default["layout"]["updatemenus"][0]["buttons"]]
    assert menu["active"] == labels.index("An Giang") > 0
    state = menu["buttons"][menu["active"]]["args"]
    assert [t["visible"] for t in fig["data"]] == state[0]["visible"]
    assert fig["layout"]["height"] == state[1]["height"] < default["layout"]["height"]
    assert fig["layout"]["title"]["text"] == state[1]["title.text"]
    assert fig["layout"]["meta"]["table"] != default["layout"]["meta"]["table"]
    assert {row["province_current"] for row in fig["layout"]["meta"]["table"]} == {"An Giang"}
    # Today's name, folded, gives the same view.
    assert figures.with_selector(figures.province_pyramid, public, first="an giang").to_dict() == fig
    with pytest.raises(
        ComparisonError, match=r"'Atlantis' is not one of the options of 'province': .*An Giang"
    ):
        figures.with_selector(figures.province_pyramid, public, first="Atlantis")
    # A province of the data with nothing of this kind to draw: the chart opens on "all" and says why.
    with pytest.warns(UserWarning, match=r"nothing to draw for 'Cần Thơ' \(Cần Thơ: .*opens on 'Tất cả tỉnh"):
        fallback = figures.with_selector(figures.province_pyramid, public, first="Cần Thơ")
    assert fallback.to_dict() == default


def test_selector_works_in_standalone_html(tmp_path, pyramid_selector) -> None:
    from playwright.sync_api import sync_playwright

    page_path = tmp_path / "selector.html"
    pyramid_selector.write_html(page_path, include_plotlyjs=True, full_html=True)
    args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=args)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page.goto(page_path.as_uri())
            header = page.locator(".updatemenu-header")
            header.wait_for()
            assert page.locator(".updatemenu-header text").text_content() == "Tất cả tỉnh, thành phố"
            box = header.bounding_box()
            page.mouse.click(box["x"] + 20, box["y"] + 10)
            options = page.locator("g.updatemenu-dropdown-button")
            labels = [options.nth(i).text_content() for i in range(options.count())]
            assert labels == SELECTOR_LABELS
            options.nth(labels.index("Phú Thọ")).click()
            page.wait_for_function("document.querySelector('.main-svg').getAttribute('height') < 500")
            texts = [t.text_content() for t in page.locator(".annotation-text").all()]
            assert "Nguồn: Đài Truyền hình Việt Nam (VTV) (02/05/2018) · Kỳ: Năm 2017" in texts
            bars = page.locator(".barlayer .point")
            assert bars.count() == 1  # only Phú Thọ's bar is drawn
        finally:
            browser.close()


def test_axis_ticks_group_thousands() -> None:
    from dvk_analysis import figures

    layout = figures.template().layout
    assert layout.xaxis.separatethousands is True and layout.yaxis.separatethousands is True


HOSTILE = "<b>Báo</b> <img src=x onerror=alert(1)> & Cộng sự"


def test_markup_in_data_labels_shows_as_typed(seed, tmp_path) -> None:
    """Plotly reads labels as HTML: a publisher with tags must show as text, not vanish."""
    from playwright.sync_api import sync_playwright

    frame = seed.copy()
    frame["source_publisher"] = HOSTILE
    fig = figures.level_pyramid(frame)
    source = annotation(fig.to_dict(), "source")["text"]
    assert "&lt;b&gt;Báo&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt; &amp; Cộng sự" in source
    assert "<img" not in source and "<b>" not in source
    page_path = tmp_path / "hostile.html"
    fig.write_html(page_path, include_plotlyjs=True, full_html=True)
    args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=args)
        try:
            page = browser.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page.goto(page_path.as_uri())
            page.locator(".annotation-text").first.wait_for()
            shown = " ".join(t.text_content() for t in page.locator(".annotation-text").all())
            assert HOSTILE in shown  # every character, as typed
            assert page.locator("img[src=x]").count() == 0 and dialogs == []
        finally:
            browser.close()


def test_two_reports_of_one_publisher_and_day_get_bars_of_their_own(seed) -> None:
    """Two reports printed by one paper on one day, same province and period: never one bar."""
    other = seed.copy()
    other["source_id"] = other["source_id"].astype(str) + "-b"
    other["record_id"] = other["record_id"].astype(str) + "-b"
    other["count"] = other["count"] + 1
    both = pd.concat([seed, other], ignore_index=True)

    def bars(fig) -> list[tuple[str, str, str]]:
        return [
            (t.name, o, i)
            for t in fig.data
            for o, i, x in zip(t.y[0], t.y[1], t.x, strict=True)
            if x is not None
        ]

    alone, together = bars(figures.collectives_individuals(seed)), bars(figures.collectives_individuals(both))
    assert len(together) == 2 * len(alone) and len(set(together)) == len(together)
    assert any(o.endswith("<br>" + str(seed["source_id"].iloc[0]) + "-b") for _, o, _ in together)
