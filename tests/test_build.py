"""dvk_analysis.build: executed notebooks, offline HTML, figures, Excel summary, index, changes.

The end-to-end builds (embedded data, and the made-up second dataset) run once per
session (tests/fixtures/shared_builds.py); the other tests use small fixture notebooks
or no kernel at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import nbformat
import pandas as pd
import papermill
import pytest
from fixtures import shared_builds as sb
from openpyxl import load_workbook

from dvk_analysis import compare, format_number, load_awards, load_sources, vocab
from dvk_analysis.build import (
    NOTEBOOKS_DIR,
    PLOTLY_MIME,
    BuildError,
    Changes,
    build,
    canonical_json,
    compare_builds,
    figure_size,
    notebook_figures,
    notebook_to_html,
    png_size,
    record_digests,
    render_index,
    summary_tables,
    write_summary,
)
from dvk_analysis.load import discover

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = Path(__file__).resolve().parent.parent / "data" / "dvk_awards.xlsx"  # the seed's 10 records
BUILDS = {"embedded": sb.embedded, "other": sb.other}


@pytest.fixture(scope="module", params=sorted(BUILDS))
def shared(request: pytest.FixtureRequest) -> sb.SharedBuild:
    return BUILDS[request.param]()


def _stored_figure_count(nb_path: Path) -> int:
    nb = nbformat.read(nb_path, as_version=4)
    return sum(PLOTLY_MIME in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))


# --- end to end ------------------------------------------------------------------------


def test_every_expected_file_exists_and_is_not_empty(shared: sb.SharedBuild) -> None:
    out = shared.out
    notebooks = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
    assert notebooks, "the project has notebooks to build"
    expected = ["index.html", "manifest.json", "changes.json", "summary.xlsx"]
    for nb in notebooks:
        expected += [f"{nb.stem}.html", f"notebooks/{nb.name}"]
    n_figures = 0
    for nb in notebooks:
        count = _stored_figure_count(out / "notebooks" / nb.name)
        n_figures += count
        for k in range(1, count + 1):
            expected += [f"figures/{nb.stem}-{k:02d}.{ext}" for ext in ("png", "svg", "json")]
    assert n_figures > 0
    for name in expected:
        path = out / name
        assert path.is_file(), name
        assert path.stat().st_size > 0, name
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["figure_list"]) == n_figures
    # Nothing is left of the temporary folders beside the output.
    assert not [p for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")]


def test_inputs_are_never_modified(shared: sb.SharedBuild) -> None:
    assert shared.inputs_after == shared.inputs_before


def test_parameters_are_injected_into_executed_copies(shared: sb.SharedBuild) -> None:
    seen_opened = 0
    for nb_path in sorted((shared.out / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(nb_path, as_version=4)
        injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert len(injected) == 1, nb_path.name
        source = injected[0].source
        assert 'lang = "vi"' in source
        declared = papermill.inspect_notebook(str(NOTEBOOKS_DIR / nb_path.name))
        if "data_path" not in declared:  # a notebook that takes no data is given none
            assert "data_path" not in source
        elif shared.data == sb.OTHER_DATA:
            assert f"data_path = {str(sb.OTHER_DATA)!r}".replace("'", '"') in source
        else:
            assert "data_path = None" in source
        if "province" not in declared:
            assert "province" not in source
        elif shared.data == sb.OTHER_DATA:  # built with --province "Kiên Giang": today's unit
            assert 'province = "An Giang"' in source
            menus = [
                o["data"][PLOTLY_MIME]["layout"]["updatemenus"][0]
                for c in nb.cells
                for o in c.get("outputs", [])
                if "updatemenus" in o.get("data", {}).get(PLOTLY_MIME, {}).get("layout", {})
            ]
            opened = [m["buttons"][m["active"]]["label"] == "An Giang" for m in menus]
            # A chart with nothing to draw for An Giang opens on every province, and says why.
            warned = sum(
                "nothing to draw for 'An Giang'" in o.get("text", "")
                for c in nb.cells
                for o in c.get("outputs", [])
            )
            assert menus and opened.count(False) == warned
            seen_opened += opened.count(True)
        else:
            assert "province = None" in source
        errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
        assert errors == []
    assert seen_opened >= (2 if shared.data == sb.OTHER_DATA else 0)
    takes_data = [
        p for p in NOTEBOOKS_DIR.glob("*.ipynb") if "data_path" in papermill.inspect_notebook(str(p))
    ]
    assert takes_data


def test_html_pages_embed_plotly_once_and_load_nothing(shared: sb.SharedBuild) -> None:
    for nb_path in sorted(NOTEBOOKS_DIR.glob("*.ipynb")):
        page = (shared.out / f"{nb_path.stem}.html").read_text(encoding="utf-8")
        n = _stored_figure_count(shared.out / "notebooks" / nb_path.name)
        assert page.count("Plotly.newPlot(") == n
        # plotly.min.js starts with its licence banner: inline once, only if there are charts.
        assert len(re.findall(r"\* plotly\.js v\d", page)) == (1 if n else 0)
        assert re.findall(r"<script[^>]*\bsrc=", page) == []
        assert re.findall(r"<link[^>]*\bhref=\"?https?:", page) == []
        ids = re.findall(r'\bid="(dvk-fig-[^"]+)"', page)
        assert ids == [f"dvk-fig-{nb_path.stem}-{k:02d}" for k in range(1, n + 1)]
        assert PLOTLY_MIME not in page


def test_png_has_print_size_and_svg_the_vietnamese_labels(shared: sb.SharedBuild) -> None:
    labels = {t.vi for terms in vocab.TERMS.values() for t in terms}
    seen: set[str] = set()
    for entry in json.loads((shared.out / "manifest.json").read_text(encoding="utf-8"))["figure_list"]:
        figure = json.loads((shared.out / entry["json"]).read_text(encoding="utf-8"))
        width, height = figure_size(figure)
        assert png_size((shared.out / entry["png"]).read_bytes()) == (2 * width, 2 * height)
        svg = ET.fromstring((shared.out / entry["svg"]).read_bytes())
        svg_text = " ".join("".join(e.itertext()) for e in svg.iter() if e.tag.endswith("text"))
        shown = _category_strings(figure) & labels
        missing = {s for s in shown if s not in svg_text}
        assert not missing, (entry["name"], missing)
        seen |= shown
    # Labels with Vietnamese diacritics reached the SVGs.
    assert any(any(ord(ch) > 127 for ch in s) for s in seen)
    if shared.data is None:  # the embedded data has level pyramids
        assert {vocab.label("level", c) for c in ("grassroots", "bloc", "province")} <= seen


def _category_strings(figure: dict) -> set[str]:
    found: set[str] = set()
    for trace in figure.get("data", []):
        if trace.get("visible") is False:
            continue
        for key in ("x", "y", "labels"):
            values = trace.get(key)
            if isinstance(values, list):
                # A multicategory axis holds one list per level of categories.
                flat = (
                    [v for level in values for v in level]
                    if values and isinstance(values[0], list)
                    else values
                )
                found |= {v for v in flat if isinstance(v, str)}
        if isinstance(trace.get("name"), str) and trace.get("showlegend") is not False:
            found.add(trace["name"])  # a legend entry
    return found


def test_excel_summary_numbers_equal_the_comparison_functions(shared: sb.SharedBuild) -> None:
    awards = load_awards(shared.data)
    expected = {
        vocab.column_label("level"): compare.summarise(awards, by=("level", "period")),
        vocab.column_label("period"): compare.counts_by_period(awards),
        f"{vocab.column_label('subject')} - {vocab.column_label('unit_type')}": compare.counts_by_subject(
            awards, by="unit_type"
        ),
        vocab.column_label("movement"): compare.counts_by_movement(awards),
    }
    wb = load_workbook(shared.out / "summary.xlsx")
    assert wb.sheetnames == [*expected, vocab.report_label("sources")]
    count_header = vocab.column_label("count")
    for name, table in expected.items():
        ws = wb[name]
        header = [c.value for c in ws[1]]
        column = header.index(count_header) + 1
        counts = [ws.cell(row=r, column=column).value for r in range(2, ws.max_row + 1)]
        assert counts == [None if pd.isna(v) else int(v) for v in table["count"]], name
        assert all(c.font.bold and c.fill.fgColor.rgb.endswith("1F4E79") for c in ws[1])
        cell = ws.cell(row=2, column=column)
        assert cell.number_format == "#,##0"
        assert ws.column_dimensions["A"].width > 8
    sources = load_sources(shared.data)
    assert wb[vocab.report_label("sources")].max_row == len(sources) + 1


def test_index_links_everything_with_fingerprint_and_date(shared: sb.SharedBuild) -> None:
    page = (shared.out / "index.html").read_text(encoding="utf-8")
    hrefs = set(re.findall(r'(?:href|src)="([^"#]+)"', page))
    local = {h for h in hrefs if not h.startswith(("http://", "https://"))}
    for href in local:
        assert (shared.out / href).is_file(), href
    outputs = {p.relative_to(shared.out).as_posix() for p in shared.out.rglob("*") if p.is_file()}
    linkable = {o for o in outputs if not o.endswith(".json") or o.startswith("figures/")}
    assert linkable - {"index.html"} <= local
    files = discover(shared.data)
    assert files
    for path in files:
        assert f"<td>{path.name}</td><td>{hashlib.sha256(path.read_bytes()).hexdigest()}</td>" in page
    loaded = load_awards(shared.data, errors="collect")
    for row in loaded.report.itertuples(index=False):  # rows loaded, per file
        assert f'<td class="num">{format_number(row.loaded)}</td>' in page
    assert f"<p>{vocab.report_label('records')}: {format_number(len(loaded.frame))}</p>" in page
    assert dt.date.today().isoformat() in page
    # Which province the province charts (and so their PNG and SVG) open on, when one was asked for.
    shown = f" · {vocab.report_label('province_shown')}: An Giang</p>"
    assert (shown in page) == (shared.data == sb.OTHER_DATA)


def test_what_changed_between_the_two_datasets() -> None:
    first, second = sb.embedded(), sb.other()
    assert first.changes["first_build"]
    changes = second.changes
    assert changes == second.manifest["changes"]
    assert not changes["first_build"]
    old = load_awards()
    new = load_awards(sb.OTHER_DATA)
    assert changes["records"] == {
        "added": sorted(new["record_id"]),
        "removed": sorted(old["record_id"]),
        "changed": [],
    }
    # By level and period: every record counted once, under its own level and period.
    expected: dict[tuple[str, str], list[int]] = {}
    for frame, column in ((new, 0), (old, 1)):
        for level, period in zip(frame["level"].astype(str), frame["period_label"], strict=True):
            expected.setdefault((level, period), [0, 0])[column] += 1
    rows = changes["by_level_period"]
    assert {(r["level"], r["period"]): [r["added"], r["removed"]] for r in rows} == expected
    levels = [vocab.codes("level").index(r["level"]) for r in rows]
    assert levels == sorted(levels)
    # Figures: exactly those whose JSON differs.
    before, after = first.manifest["figures"], second.manifest["figures"]
    assert changes["figures"]["changed"] == sorted(
        n for n in set(before) & set(after) if before[n] != after[n]
    )
    assert changes["figures"]["changed"]
    page = (second.out / "index.html").read_text(encoding="utf-8")
    assert all(f"<code>{rid}</code>" in page for rid in changes["records"]["added"])


# --- determinism, atomic output, failures (fixture notebooks) -------------------------


def test_same_data_gives_same_tables_and_figure_json() -> None:
    series = sb.fixture_series()
    first, second = series.first, series.second
    assert first.changes.first_build
    assert second.changes == Changes(first_build=False)
    assert second.changes.lines("en") == ["No changes."]
    assert first.manifest["figures"] == second.manifest["figures"]
    # Byte for byte: figure JSON and PNG, the notebook pages (index.html has the build
    # date, plotly's SVGs random clip-path ids, the workbook zip timestamps).
    same = [k for k in series.first_tree if k.endswith((".json", ".png")) and k.startswith("figures/")]
    same += ["01-fixture.html"]
    assert len(same) == 7
    for k in same:
        assert series.first_tree[k] == series.second_tree[k], k
    assert series.first_summary == series.second_summary
    tables = summary_tables(load_awards(), load_sources())
    assert list(series.first_summary) == list(tables)
    for name, table in tables.items():
        assert len(series.first_summary[name]) == len(table) + 1, name


def test_a_reused_browser_tab_draws_like_a_fresh_one() -> None:
    # The exporter reuses kaleido's tabs without reloading them between images. The
    # fixture notebook shows its first chart again at the end: drawn on tabs already
    # used, it must come out as the first time, when the tabs were fresh.
    from kaleido import kaleido as kaleido_module

    tree = sb.fixture_series().first_tree
    assert tree["figures/01-fixture-01.json"] == tree["figures/01-fixture-03.json"]
    assert tree["figures/01-fixture-01.png"] == tree["figures/01-fixture-03.png"]
    assert tree["figures/01-fixture-02.png"] != tree["figures/01-fixture-03.png"]
    # After the build, kaleido is as it was.
    assert kaleido_module.Kaleido._return_kaleido_tab.__module__ == "kaleido.kaleido"


def _failed_build_leaves_outputs(out: Path, match: str, **kwargs: object) -> BuildError:
    before = sb.tree_digests(out)
    with pytest.raises(BuildError, match=match) as info:
        build(out=out, progress=False, **kwargs)  # type: ignore[arg-type]
    assert sb.tree_digests(out) == before
    assert not [p for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")]
    return info.value


def test_bad_data_fails_and_leaves_previous_outputs(tmp_path: Path) -> None:
    out = sb.fixture_series().out
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "record_id,movement,subject,action,level,count,period,source_id\n"
        "x1,Dân vận khéo,Mô hình,Công nhận,Cấp vũ trụ,12,2022,s1\n",
        encoding="utf-8",
    )
    error = _failed_build_leaves_outputs(out, "lỗi trong dữ liệu", data=bad, notebooks=sb.FIXTURE_NOTEBOOKS)
    assert [(p.row, p.column) for p in error.problems] == [(2, "level")]


def test_failing_notebook_fails_and_leaves_previous_outputs() -> None:
    error = _failed_build_leaves_outputs(
        sb.fixture_series().out, "01-fails.ipynb failed in cell", notebooks=FIXTURES / "failing_notebooks"
    )
    assert "RuntimeError: this fixture notebook fails on purpose" in str(error)


def test_figure_that_cannot_be_exported_fails_and_leaves_previous_outputs() -> None:
    # A map needs plotly's topojson from a CDN: offline, kaleido cannot draw it.
    error = _failed_build_leaves_outputs(
        sb.fixture_series().out,
        "figure 1 of notebook 01-map could not be exported as PNG and SVG",
        notebooks=FIXTURES / "failing_figure_notebooks",
    )
    assert "topojson" in str(error)


def test_refuses_to_replace_a_folder_that_is_not_a_build(tmp_path: Path) -> None:
    (tmp_path / "thesis.docx").write_text("precious", encoding="utf-8")
    with pytest.raises(BuildError, match="not empty and holds no previous dvk build"):
        build(out=tmp_path, notebooks=sb.FIXTURE_NOTEBOOKS, progress=False)
    assert (tmp_path / "thesis.docx").read_text(encoding="utf-8") == "precious"


def test_refuses_an_output_folder_that_holds_an_input(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    shutil.copytree(sb.fixture_series().out, out)  # a previous build: replaceable
    data = out / "my-data.xlsx"
    shutil.copy(SEED, data)
    with pytest.raises(BuildError, match="inside the output folder"):
        build(data=data, out=out, notebooks=sb.FIXTURE_NOTEBOOKS, progress=False)
    assert data.read_bytes() == SEED.read_bytes()


def test_index_in_english_escapes_everything() -> None:
    manifest = json.loads((sb.fixture_series().out / "manifest.json").read_text(encoding="utf-8"))
    manifest["sources"] = [
        {
            "source_id": "s1",
            "title": "<script>alert(1)</script>",
            "publisher": "A & B",
            "published": "",
            "issuer": "<img src=x onerror=alert(1)>",
            "url": "javascript:alert(1)",
        },
        {
            "source_id": "s2",
            "title": "ok",
            "publisher": "",
            "published": "",
            "issuer": "",
            "url": "https://example.org/a?b=1&c=2",
        },
    ]
    manifest["figure_list"][0]["title"] = '"><svg onload=alert(1)>'
    changes = Changes(
        first_build=False,
        added=["<b>x</b>"],
        by_level_period=[
            {
                "level": "province",
                "level_label": "Province",
                "period": "Năm 2022",
                "added": 1,
                "removed": 0,
                "changed": 0,
            }
        ],
    )
    page = render_index(manifest, changes, "en")
    assert (
        '<html lang="en">' in page
        and "<h2>Figures</h2>" in page
        and "<h2>Changes since the previous build</h2>" in page
    )
    assert "<script>alert" not in page and "<img src=x" not in page and "<svg onload" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "A &amp; B" in page and "<code>&lt;b&gt;x&lt;/b&gt;</code>" in page
    assert 'href="javascript:' not in page and "<td>javascript:alert(1)</td>" in page
    assert '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">' in page
    assert "<td>Province</td><td>Năm 2022</td>" in page


def test_missing_browser_is_an_error_not_a_skip(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-chromium"))
    with pytest.raises(BuildError, match="figure export needs Chromium"):
        build(out=tmp_path / "out", notebooks=sb.FIXTURE_NOTEBOOKS, progress=False)
    assert not (tmp_path / "out").exists()


# --- units: no kernel ------------------------------------------------------------------


def _manifest(records: dict[str, tuple[str, str, str]], figures: dict[str, str]) -> dict:
    return {
        "records": {
            rid: {"digest": d, "level": lvl, "period": per, "period_start": per[-4:]}
            for rid, (d, lvl, per) in records.items()
        },
        "figures": figures,
    }


def test_compare_builds_counts_by_level_and_period() -> None:
    previous = _manifest(
        {
            "a": ("1", "grassroots", "Năm 2022"),
            "b": ("2", "province", "Năm 2022"),
            "c": ("3", "bloc", "Năm 2023"),
        },
        {"f-01": "x", "f-02": "y"},
    )
    current = _manifest(
        {
            "a": ("1", "grassroots", "Năm 2022"),
            "b": ("9", "province", "Năm 2022"),
            "d": ("4", "province", "Năm 2022"),
        },
        {"f-01": "x", "f-02": "z", "f-03": "w"},
    )
    changes = compare_builds(previous, current["records"], current["figures"], "en")
    assert (changes.added, changes.removed, changes.changed) == (["d"], ["c"], ["b"])
    assert changes.by_level_period == [
        {
            "level": "bloc",
            "level_label": "Bloc",
            "period": "Năm 2023",
            "added": 0,
            "removed": 1,
            "changed": 0,
        },
        {
            "level": "province",
            "level_label": "Province",
            "period": "Năm 2022",
            "added": 1,
            "removed": 0,
            "changed": 1,
        },
    ]
    assert (changes.figures_added, changes.figures_removed, changes.figures_changed) == (
        ["f-03"],
        [],
        ["f-02"],
    )
    assert changes.lines("en")[0] == "Records: Added 1, Removed 1, Changed 1"
    assert compare_builds(None, current["records"], {}).first_build


def test_record_digest_ignores_where_a_record_was_read() -> None:
    awards = load_awards(SEED)
    moved = awards.copy()
    moved["row"] = moved["row"] + 5
    moved["file"] = "renamed.xlsx"
    assert record_digests(moved) == record_digests(awards)
    edited = awards.copy()
    edited.loc[edited["record_id"] == "kg23-03", "count"] = 77
    before, after = record_digests(awards), record_digests(edited)
    assert [rid for rid in before if before[rid]["digest"] != after[rid]["digest"]] == ["kg23-03"]
    assert after["kg23-03"]["level"] == "province"


def test_summary_keeps_formula_like_text_as_text(tmp_path: Path) -> None:
    sources = load_sources(sb.OTHER_DATA)
    path = tmp_path / "summary.xlsx"
    write_summary(load_awards(sb.OTHER_DATA), sources, path, "en")
    wb = load_workbook(path)
    ws = wb["Sources"]
    texts = [c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    risky = [c for c in texts if c.value.startswith(("=", "+", "-", "@"))]
    assert {c.value[0] for c in risky} == {"=", "+", "-", "@"}
    assert all(c.data_type == "s" and c.quotePrefix for c in risky)
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in sheets)
    assert wb["Level"].cell(row=1, column=1).value == "Movement"


def test_notebook_to_html_embeds_plotly_once_with_fixed_ids() -> None:
    fig = {"data": [{"type": "bar", "x": ["Cơ sở", "Tỉnh"], "y": [500, 76]}], "layout": {}}
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# Tiêu đề <b>thử</b>"),
            nbformat.v4.new_code_cell(
                "x",
                outputs=[
                    nbformat.v4.new_output("display_data", data={PLOTLY_MIME: fig, "text/plain": "Figure"}),
                    nbformat.v4.new_output("display_data", data={PLOTLY_MIME: fig}),
                ],
            ),
        ]
    )
    page = notebook_to_html(nb, "05-test", "vi")
    assert page.count("Plotly.newPlot(") == 2
    assert len(re.findall(r"\* plotly\.js v\d", page)) == 1
    assert re.findall(r'\bid="(dvk-fig-[^"]+)"', page) == ["dvk-fig-05-test-01", "dvk-fig-05-test-02"]
    assert '<html lang="vi">' in page
    assert "<title>Tiêu đề &lt;b&gt;thử&lt;/b&gt;</title>" in page
    assert notebook_to_html(nb, "05-test", "vi") == page
    assert [f.name for f in notebook_figures(nb, "05-test")] == ["05-test-01", "05-test-02"]


def test_small_helpers() -> None:
    assert canonical_json({"b": [1, 2], "a": "Tỉnh"}) == '{"a":"Tỉnh","b":[1,2]}'
    assert figure_size({"layout": {"template": {"layout": {"height": 600}}}}) == (900, 600)
    with pytest.raises(ValueError):
        png_size(b"GIF89a")


def test_build_rejects_an_unknown_language(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="lang must be 'vi' or 'en'"):
        build(out=tmp_path / "out", lang="fr", notebooks=sb.FIXTURE_NOTEBOOKS, progress=False)


def test_build_rejects_a_province_not_in_the_data(tmp_path: Path) -> None:
    with pytest.raises(
        BuildError, match=r"--province 'Cà Mau': no record .*\(provinces of today in the data: An Giang\)"
    ):
        build(SEED, out=tmp_path / "out", province="Cà Mau", notebooks=sb.FIXTURE_NOTEBOOKS, progress=False)
    assert not (tmp_path / "out").exists()


def test_notebook_folder_without_notebooks_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match=r"no notebooks \(\*\.ipynb\)"):
        build(out=tmp_path / "out", notebooks=tmp_path, progress=False)
    shutil.rmtree(tmp_path, ignore_errors=True)
