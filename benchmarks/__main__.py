"""Benchmarks at national scale, on SYNTHETIC files: ``python -m benchmarks`` (or ``make bench``).

Each figure is the median of ``--runs`` runs (at least 3) and is printed beside its anchor,
measured in the same run on the same file, as a ratio:

- load + validate CSV (1M, 5M rows) against ``pyarrow.csv.read_csv`` of the same file into
  an Arrow table with the column types given (target at most 1.5x);
- load + validate .xlsx (100k, 300k rows) against fastexcel's read of the same sheet into
  Arrow (target at most 1.5x);
- reloading an unchanged file against its first load, cache on (target at most 0.15x);
- the comparison functions on 5M rows against a bare pandas groupby on the categoricals
  of the same columns (target at most 2x);
- peak resident memory while loading 5M rows against the deep size of the frame loaded,
  measured in a fresh subprocess (target at most 2x).

Runs of a figure and of its anchor alternate, so that load from other programs falls on
both. The loads go through :func:`dvk_analysis.fastload.load_fast`, the path that
:func:`dvk_analysis.load_awards` takes for these files (it raises rather than falling back,
so a benchmark can never silently time the general loader).
The files are written on first use into ``benchmarks/data/`` (git-ignored; set
``DVK_BENCH_DATA`` to put them elsewhere). This is not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks import synth


@dataclass
class Figure:
    """One line of the results: our median, the anchor's median, their ratio and the target."""

    what: str
    file: str
    ours: float
    anchor: float
    target: float | None  # None: printed for reference, not one of the figures
    unit: str = "s"
    anchor_name: str = ""

    @property
    def ratio(self) -> float:
        return self.ours / self.anchor if self.anchor else float("inf")

    @property
    def ok(self) -> bool:
        return self.target is None or self.ratio <= self.target


def _time(fn: Callable[[], object]) -> float:
    """Seconds ``fn`` takes; its result is freed after the clock stops (teardown is not load)."""
    start = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - start
    del result
    return elapsed


def _pair(ours: Callable[[], object], anchor: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median times of ``ours`` and ``anchor``, run alternately."""
    mine, theirs = [], []
    for _ in range(runs):
        theirs.append(_time(anchor))
        mine.append(_time(ours))
    return statistics.median(mine), statistics.median(theirs)


def _load(path: Path) -> object:
    # The fast path that load_awards tries first; NotFast here would be a benchmark bug.
    from dvk_analysis import fastload

    return fastload.load_fast(path)


def bench_csv(sizes: Sequence[str], runs: int) -> list[Figure]:
    """Load + validate against pyarrow.csv.read_csv with the column types given, two ways.

    The first anchor is given the types the loader reads with (dictionaries for the
    low-cardinality columns, text for free text); the second reads every column as plain
    text. Both run alternately with the load, on the same file.
    """
    import pyarrow as pa
    import pyarrow.csv as pacsv

    from dvk_analysis import fastload

    out = []
    for size in sizes:
        path = synth.ensure(size, "csv")
        loader_types = pacsv.ConvertOptions(column_types=fastload.csv_column_types(path))
        plain = pacsv.ConvertOptions(column_types={n: pa.string() for n in pacsv.open_csv(path).schema.names})
        _load(path)  # warm the page cache and the imports
        mine, typed, text = [], [], []
        for _ in range(runs):
            typed.append(_time(lambda path=path, o=loader_types: pacsv.read_csv(path, convert_options=o)))
            text.append(_time(lambda path=path, o=plain: pacsv.read_csv(path, convert_options=o)))
            mine.append(_time(lambda path=path: _load(path)))
        ours = statistics.median(mine)
        # The anchor is the first (the column types given); the second is for reference.
        for anchor, name, target in (
            (typed, "pyarrow.csv.read_csv, the loader's column types", 1.5),
            (text, "pyarrow.csv.read_csv, every column as string", None),
        ):
            out.append(
                Figure(
                    "load+validate CSV", path.name, ours, statistics.median(anchor), target, anchor_name=name
                )
            )
            _report(out[-1])
    return out


def bench_xlsx(sizes: Sequence[str], runs: int) -> list[Figure]:
    import fastexcel

    out = []
    for size in sizes:
        path = synth.ensure(size, "xlsx")

        def anchor(path: Path = path) -> object:
            return fastexcel.read_excel(str(path)).load_sheet(0).to_arrow()

        _load(path)
        ours, base = _pair(lambda path=path: _load(path), anchor, runs)
        out.append(Figure("load+validate xlsx", path.name, ours, base, 1.5, anchor_name="fastexcel to Arrow"))
        _report(out[-1])
    return out


def bench_reload(files: Sequence[tuple[str, str]], runs: int) -> list[Figure]:
    out = []
    for size, suffix in files:
        path = synth.ensure(size, suffix)
        first, again = [], []
        for _ in range(runs):
            with tempfile.TemporaryDirectory(prefix="dvk-bench-cache-") as folder:
                os.environ["DVK_CACHE_DIR"] = folder
                first.append(_time(lambda path=path: _load(path)))
                again.append(_time(lambda path=path: _load(path)))
        os.environ.pop("DVK_CACHE_DIR", None)
        fig = Figure(
            "reload unchanged (cache)",
            path.name,
            statistics.median(again),
            statistics.median(first),
            0.15,
            anchor_name="first load",
        )
        out.append(fig)
        _report(fig)
    return out


def bench_compare(size: str, runs: int) -> list[Figure]:
    from dvk_analysis import compare, fastload

    path = synth.ensure(size, "parquet")
    awards = fastload.load_fast(path, cache=False)
    period_keys = list(compare.PERIOD_KEYS)
    # summarise keeps the counts of each report apart (across_reports=False): so does the anchor.
    keys = [*compare.KEYS, "source_id"]
    report = str(awards["source_id"].value_counts().index[0])
    period = str(awards.loc[awards["source_id"] == report, "period_label"].iloc[0])
    cases: list[tuple[str, Callable[[], object], list[str]]] = [
        ("summarise by level, period", lambda: compare.summarise(awards, by=("level", "period")), ["level"]),
        ("counts_by_period", lambda: compare.counts_by_period(awards), []),
        (
            "counts_by_subject (unit type)",
            lambda: compare.counts_by_subject(awards, by="unit_type"),
            ["unit_type"],
        ),
        ("counts_by_movement", lambda: compare.counts_by_movement(awards), []),
        (
            "recognition_pyramid (one report)",
            lambda: compare.recognition_pyramid(compare.select(awards, source_id=report), period=period),
            ["level"],
        ),
    ]
    out = []
    for what, fn, extra in cases:
        columns = [*keys, *extra, *period_keys]

        def anchor(columns: list[str] = columns) -> object:
            return awards.groupby(columns, observed=True)["count"].sum()

        ours, base = _pair(fn, anchor, runs)
        fig = Figure(what, path.name, ours, base, 2.0, anchor_name="pandas groupby on categoricals")
        out.append(fig)
        _report(fig)
    return out


# Peak RSS is VmHWM of the fresh process: ru_maxrss would carry the parent's peak over
# fork and exec on Linux.
_MEMORY_SCRIPT = """
import os, sys, json
os.environ["DVK_CACHE"] = "0"
import dvk_analysis as dvk
import dvk_analysis.fastload

def hwm():
    with open("/proc/self/status") as status:
        line = next(x for x in status if x.startswith("VmHWM:"))
    return int(line.split()[1]) * 1024

before = hwm()
frame = dvk.fastload.load_fast(sys.argv[1])
peak = hwm()
deep = int(frame.memory_usage(deep=True).sum())
print(json.dumps({"peak": peak, "before": before, "deep": deep, "rows": len(frame)}))
"""


def bench_memory(size: str, runs: int) -> list[Figure]:
    path = synth.ensure(size, "csv")
    peaks, deeps, befores = [], [], []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _MEMORY_SCRIPT, str(path)], capture_output=True, text=True, check=True
        )
        found = json.loads(done.stdout.strip().splitlines()[-1])
        peaks.append(found["peak"])
        deeps.append(found["deep"])
        befores.append(found["before"])
    fig = Figure(
        "peak RSS loading CSV",
        path.name,
        statistics.median(peaks) / 2**20,
        statistics.median(deeps) / 2**20,
        2.0,
        unit="MiB",
        anchor_name=f"frame deep size (before loading: {statistics.median(befores) / 2**20:.0f} MiB)",
    )
    _report(fig)
    return [fig]


def _report(fig: Figure) -> None:
    mark = "ref " if fig.target is None else "ok  " if fig.ok else "OVER"
    target = "for reference" if fig.target is None else f"target <= {fig.target:g}"
    print(
        f"{mark} {fig.what:32s} {fig.file:38s} {fig.ours:9.3f} {fig.unit:3s}"
        f" vs {fig.anchor:9.3f} {fig.unit:3s}  ratio {fig.ratio:5.2f} ({target})"
        f"  anchor: {fig.anchor_name}",
        flush=True,
    )


def machine() -> str:
    """Cores, memory and Python of this machine, for the results."""
    cores = os.cpu_count()
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f"{pages / 2**30:.0f} GiB"
    except (ValueError, OSError):  # pragma: no cover
        memory = "?"
    system = f"{platform.system()} {platform.machine()}"
    return f"{cores} cores, {memory}, {system}, Python {platform.python_version()}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (the median is kept; >= 3)")
    parser.add_argument("--csv", nargs="*", default=["1m", "5m"], help="CSV sizes")
    parser.add_argument("--xlsx", nargs="*", default=["100k", "300k"], help="xlsx sizes")
    parser.add_argument("--compare", default="5m", help="size for the comparison functions ('' to skip)")
    parser.add_argument("--memory", default="5m", help="size for peak memory ('' to skip)")
    parser.add_argument("--reload", nargs="*", default=["5m:csv", "300k:xlsx"], help="size:format to reload")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args(argv)
    runs = max(args.runs, 3)
    os.environ.setdefault("DVK_CACHE", "0")
    print(f"dvk-analysis benchmarks on SYNTHETIC data, median of {runs} runs; {machine()}", flush=True)
    figures: list[Figure] = []
    figures += bench_csv(args.csv, runs)
    figures += bench_xlsx(args.xlsx, runs)
    os.environ["DVK_CACHE"] = "1"
    figures += bench_reload([tuple(x.split(":", 1)) for x in args.reload], runs)  # type: ignore[misc]
    os.environ["DVK_CACHE"] = "0"
    if args.compare:
        figures += bench_compare(args.compare, runs)
    if args.memory:
        figures += bench_memory(args.memory, runs)
    scored = [f for f in figures if f.target is not None]
    over = [f for f in scored if not f.ok]
    print(f"{len(scored) - len(over)} of {len(scored)} figures at or under their targets", flush=True)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "machine": machine(),
                    "runs": runs,
                    "figures": [asdict(f) | {"ratio": f.ratio} for f in figures],
                },
                indent=2,
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
