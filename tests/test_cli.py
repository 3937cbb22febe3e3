"""The ``dvk`` command: help, ``dvk validate``, ``dvk build`` (output, exit status, no traceback)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from fixtures import shared_builds as sb

from dvk_analysis import cli, load_awards, vocab
from dvk_analysis.build import NOTEBOOKS_DIR
from dvk_analysis.load import Problem

ROOT = Path(__file__).resolve().parent.parent
BAD_CSV = (
    "record_id,movement,subject,action,level,count,period,source_id\n"
    "x1,Dân vận khéo,Mô hình,Công nhận,Cấp vũ trụ,12,2022,s1\n"
    "x2,Dân vận khéo,Mô hình,Công nhận,Tỉnh,-4,2022,s1\n"
    "x3,Dân vận khéo,Mô hình,Công nhận,Tỉnh,40,2022,s1\n"
)


def run_dvk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dvk_analysis", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


@pytest.fixture
def bad_csv(tmp_path: Path) -> Path:
    path = tmp_path / "bad.csv"
    path.write_text(BAD_CSV, encoding="utf-8")
    return path


def test_every_subcommand_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    done = run_dvk("--help")  # once through ``python -m dvk_analysis``
    assert done.returncode == 0, done.stderr
    assert "usage: dvk" in done.stdout and "build" in done.stdout and "validate" in done.stdout
    for command, options in (
        ("build", ("--data", "--out", "--lang", "--notebooks", "--jobs")),
        ("validate", ("PATH", "--lang")),
    ):
        with pytest.raises(SystemExit) as exit_info:
            cli.main([command, "--help"])
        assert exit_info.value.code == 0
        text = capsys.readouterr().out
        assert text.startswith(f"usage: dvk {command}")
        assert all(option in text for option in options)


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "dvk"
    assert script.is_file()
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "dvk-analysis" in done.stdout


def test_validate_good_data(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["validate", str(ROOT / "data" / "dvk_awards.xlsx"), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Rows read 10, Rows loaded 10, Rows rejected 0" in out
    assert "Data valid: 10 records" in out


def test_validate_prints_a_table_of_problems_and_exits_1(bad_csv: Path) -> None:
    done = run_dvk("validate", str(bad_csv))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    header = next(line for line in lines if line.startswith("Tệp"))
    assert header.split() == ["Tệp", "Trang", "tính", "Dòng", "Cột", "Giá", "trị", "Cần", "có"]
    rows = [line for line in lines if line.startswith("bad.csv")]
    assert len(rows) == 2
    assert rows[0].split()[1:4] == ["2", "level", "Cấp"]  # row 2, column level, value "Cấp vũ trụ"
    assert rows[1].split()[1:4] == ["3", "count", "-4"]
    assert "Rows" not in done.stdout  # Vietnamese by default
    assert "Số dòng đọc 3, Số dòng nạp 1, Số dòng bị loại 2" in done.stdout


def test_validate_unreadable_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["validate", str(tmp_path / "missing.xlsx"), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "Data has problems" in err and "missing.xlsx" in err


def test_problems_table_keeps_expected_whole() -> None:
    long = "x" * 200
    text = cli.problems_table(
        [Problem("/a/b/data.xlsx", "records", 7, "count", long, "a whole number " + long)], "en"
    )
    header, row = text.splitlines()
    assert header.split() == ["File", "Sheet", "Row", "Column", "Value", "Expected"]
    assert row.startswith("data.xlsx  records  7    count   ")
    assert row.endswith("a whole number " + long)
    assert "…" in row


def test_build_bad_data_exits_1_without_traceback(
    bad_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "reports"
    for lang, failed, kept in (
        ("en", "Build failed", "The previous outputs are unchanged."),
        ("vi", "Không tạo được báo cáo", "Kết quả lần trước được giữ nguyên."),
    ):
        assert cli.main(["build", "--data", str(bad_csv), "--out", str(out), "--lang", lang, "--quiet"]) == 1
        err = capsys.readouterr().err
        assert "Traceback" not in err
        assert err.startswith(f"{failed}: 2 {vocab.report_label('data_problems', lang)}")
        assert "bad.csv  " in err and ("Expected" if lang == "en" else "Cần có") in err
        assert kept in err
        assert not out.exists()


def test_build_unknown_language_is_a_usage_error() -> None:
    done = run_dvk("build", "--lang", "fr")
    assert done.returncode == 2
    assert "choose vi or en" in done.stderr


def test_build_prints_where_and_first_build() -> None:
    printed = sb.embedded().stdout
    n_notebooks = len(list(NOTEBOOKS_DIR.glob("*.ipynb")))
    n_figures = len(sb.embedded().manifest["figure_list"])
    assert f"Đã tạo báo cáo: {sb.embedded().out}" in printed
    n_records = len(load_awards())
    assert f"{n_notebooks} notebook(s), {n_figures} biểu đồ, {n_records} bản ghi" in printed
    assert f"{sb.embedded().out / 'index.html'}" in printed
    assert "Thay đổi so với lần tạo trước:\n  Lần tạo đầu tiên: chưa có gì để so sánh." in printed


def test_build_prints_what_changed() -> None:
    printed = sb.other().stdout
    old, new = load_awards(), load_awards(sb.OTHER_DATA)
    assert f"Bản ghi: Thêm mới {len(new)}, Bị xóa {len(old)}, Thay đổi 0" in printed
    tally: dict[tuple[int, str, str], list[int]] = {}
    for frame, column in ((new, 0), (old, 1)):
        for level, start, period in zip(
            frame["level"].astype(str), frame["period_start"], frame["period_label"], strict=True
        ):
            key = (vocab.codes("level").index(level), str(start.date()), period)
            tally.setdefault(key, [0, 0])[column] += 1
    expected = [
        f"    {vocab.label('level', vocab.codes('level')[level])} · {period}: +{a} -{r} ~0"
        for (level, _s, period), (a, r) in sorted(tally.items())
    ]
    lines = [line for line in printed.splitlines() if " · " in line and line.startswith("    ")]
    assert lines == expected
    changed = sb.other().changes["figures"]["changed"]
    assert f"Biểu đồ thay đổi: {', '.join(changed)}" in printed


def test_dvk_extract_writes_a_workbook_that_loads(tmp_path) -> None:
    """``dvk extract`` on a .txt and an .html report gives workbooks the loader takes."""
    from dvk_analysis import load_awards
    from dvk_analysis.cli import main as dvk_main

    seed = Path(__file__).parent / "fixtures" / "extract"
    text = next(p for p in sorted(seed.glob("*.txt")) if "000_" in p.name or "seed" in p.name)
    html = tmp_path / "report.html"
    body = text.read_text(encoding="utf-8").replace("\n\n", "</p><p>")
    html.write_text(f"<html><body><p>{body}</p><script>var x = 1;</script></body></html>", encoding="utf-8")
    for report in (text, html):
        out = tmp_path / f"{report.stem}.xlsx"
        assert dvk_main(["extract", str(report), "-o", str(out), "--source-id", "kg"]) == 0
        result = load_awards(out, errors="collect")
        assert result.problems == []
        assert len(result.frame) == 10
