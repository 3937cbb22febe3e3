"""Notebook set-up: renderer and the short message for bad data."""

from __future__ import annotations

import plotly.io as pio
import pytest
from IPython.core.interactiveshell import InteractiveShell

from dvk_analysis import DataError, Problem
from dvk_analysis.notebook import setup, show_data_error


def test_setup_sets_the_deterministic_renderer() -> None:
    before = pio.renderers.default
    try:
        setup()
        assert pio.renderers.default == "plotly_mimetype"
    finally:
        pio.renderers.default = before


def test_data_error_shows_a_message_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    error = DataError([Problem("x.xlsx", "records", 5, "level", "provincial", "a level among: ...")])
    show_data_error(None, DataError, error, None)
    err = capsys.readouterr().err
    assert "x.xlsx, sheet 'records', row 5, column 'level': value 'provincial'" in err
    assert "Traceback" not in err


def test_setup_registers_the_handler_in_ipython(capsys: pytest.CaptureFixture[str]) -> None:
    shell = InteractiveShell.instance()
    try:
        shell.run_cell("from dvk_analysis.notebook import setup; setup()")
        shell.run_cell(
            "from dvk_analysis import DataError, Problem\n"
            "raise DataError([Problem('a.csv', None, 3, 'count', '-1', 'a whole number')])"
        )
        err = capsys.readouterr().err
        assert "a.csv, row 3, column 'count'" in err
        assert "Traceback" not in err
    finally:
        InteractiveShell.clear_instance()
