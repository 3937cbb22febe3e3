"""Figures: what each chart draws, its marks, language and determinism, read from to_dict()."""

from __future__ import annotations

import plotly.io as pio
import pytest

from dvk_analysis import ComparisonError, figures, load_awards, select, vocab

SOURCE_VI = "Nguồn: Báo Kiên Giang (03/11/2023) · Kỳ: 2021-2023"


@pytest.fixture(scope="module")
def seed():
    return load_awards()


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
