"""The benchmark's verdict (the benchmark itself is not run by the test suite)."""

from __future__ import annotations

from benchmarks.__main__ import Figure, _time


def test_a_figure_is_judged_by_its_target_and_reference_lines_are_not() -> None:
    within = Figure("load+validate CSV", "1m.csv", 1.4, 1.0, 1.5)
    over = Figure("load+validate CSV", "1m.csv", 1.6, 1.0, 1.5)
    reference = Figure("load+validate CSV", "1m.csv", 9.0, 1.0, None)
    assert within.ok and not over.ok and reference.ok
    assert round(over.ratio, 2) == 1.6


def test_timing_leaves_the_result_out_of_the_clock() -> None:
    freed = []

    class Big:
        def __del__(self) -> None:
            freed.append(True)

    assert _time(Big) >= 0 and freed == [True]
