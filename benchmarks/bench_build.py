"""Benchmark ``dvk build`` against bare execution of the same notebooks (not a test).

Run ``.venv/bin/python benchmarks/bench_build.py [--data PATH] [--notebooks DIR] [--rounds N]``.
It prints, side by side from one run:

- bare execution: every notebook executed one after the other with papermill's API,
  nothing else (the same parameters as the build);
- ``dvk build``: validation, the notebooks (in parallel), HTML pages, PNG/SVG export,
  Excel summary, index; and the ratio build / bare (target: at most 1.5);
- figure export with one kaleido browser: the first figure (browser start included)
  and every later one, PNG + SVG together (target: at most 0.3 s per figure).

With ``--rounds N`` each measurement is repeated and the fastest kept, which removes
most of the noise of a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dvk_analysis.build import (  # noqa: E402  (after the path set-up, to run from a checkout)
    NOTEBOOKS_DIR,
    FigureExporter,
    NotebookFigure,
    build,
    execute_notebook,
    find_notebooks,
)

BUILD_TARGET = 1.5
FIGURE_TARGET = 0.3


def bare_execution(notebooks: list[Path], parameters: dict[str, object], folder: Path) -> float:
    """Seconds to execute every notebook, one after the other, and nothing else."""
    start = time.perf_counter()
    for nb in notebooks:
        execute_notebook(nb, folder / nb.name, parameters)
    return time.perf_counter() - start


def figure_exports(figures: list[NotebookFigure], folder: Path) -> list[float]:
    """Seconds per figure (PNG + SVG) with one browser for all; the first includes its start."""
    seconds = []
    with FigureExporter() as exporter:
        for fig in figures:
            start = time.perf_counter()
            exporter.export(fig, folder)
            seconds.append(time.perf_counter() - start)
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="data file or folder (default: the embedded dataset)")
    parser.add_argument("--notebooks", default=str(NOTEBOOKS_DIR), help="notebook folder")
    parser.add_argument("--rounds", type=int, default=1, help="repeat and keep the fastest (default 1)")
    parser.add_argument("--figure-copies", type=int, default=3, help="export each figure this many times")
    args = parser.parse_args(argv)

    notebooks = find_notebooks(args.notebooks)
    parameters = {"data_path": None if args.data is None else str(Path(args.data).resolve()), "lang": "vi"}
    bare_times, build_times, rest, firsts = [], [], [], []
    in_build: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="dvk-bench-") as tmp:
        tmp_path = Path(tmp)
        for round_no in range(args.rounds):
            # Bare first: it pays for cold caches, if anything, not the build.
            bare_times.append(bare_execution(notebooks, parameters, tmp_path / f"bare-{round_no}"))
            start = time.perf_counter()
            result = build(
                data=args.data, out=tmp_path / f"build-{round_no}", notebooks=args.notebooks, progress=False
            )
            build_times.append(time.perf_counter() - start)
            if not in_build or result.timings["total"] < in_build["total"]:
                in_build = result.timings
            figures = [
                NotebookFigure(f"{fig.name}-copy{k}", fig.notebook, fig.number, fig.figure)
                for k in range(args.figure_copies)
                for fig in result.figures
            ]
            out = tmp_path / f"figures-{round_no}"
            out.mkdir()
            seconds = figure_exports(figures, out)
            firsts.append(seconds[0])
            rest.append(statistics.mean(seconds[1:]) if len(seconds) > 1 else float("nan"))
        n_figures = len(result.figures)

    bare, built = min(bare_times), min(build_times)
    ratio = built / bare
    per_figure = min(rest)
    cpus = os.cpu_count() or 1
    rows = [
        ("notebooks", f"{len(notebooks)}", ""),
        ("figures", f"{n_figures}", f"exported {args.figure_copies}x each below"),
        ("bare execution (one after the other)", f"{bare:7.2f} s", ""),
        ("dvk build (everything)", f"{built:7.2f} s", f"ratio {ratio:.2f}x (target <= {BUILD_TARGET}x)"),
        ("  of which notebooks + figures", f"{in_build['notebooks_and_figures']:7.2f} s", f"{cpus} CPUs"),
        ("  of which figure export in build", f"{in_build['figure_exports']:7.2f} s", "overlaps notebooks"),
        ("figure export: first (browser start)", f"{min(firsts):7.2f} s", ""),
        (
            "figure export: each after the first",
            f"{per_figure:7.3f} s",
            f"PNG+SVG (target <= {FIGURE_TARGET} s)",
        ),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"dvk build benchmark ({args.rounds} round(s), fastest kept)")
    for name, value, note in rows:
        print(f"  {name.ljust(width)}  {value:>10}  {note}")
    verdict = {
        "build_ratio": round(ratio, 3),
        "build_ratio_ok": ratio <= BUILD_TARGET,
        "seconds_per_figure": round(per_figure, 3),
        "seconds_per_figure_ok": per_figure <= FIGURE_TARGET,
    }
    print(json.dumps(verdict))
    return 0


if __name__ == "__main__":
    sys.exit(main())
