"""Settings of a test run.

The parsed-file cache (:mod:`dvk_analysis.cache`) goes to a folder of this run, removed
at its end, so tests never write to the user's cache and every run starts cold: the
first load of a file writes its entry and later loads read it. ``DVK_CACHE=0`` runs the
whole suite with the cache off; a ``DVK_CACHE_DIR`` already set is kept. Set here, at
import, so that notebook kernels started by nbval inherit it.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

if "DVK_CACHE_DIR" not in os.environ:
    _RUN_CACHE = tempfile.mkdtemp(prefix="dvk-test-cache-")
    os.environ["DVK_CACHE_DIR"] = _RUN_CACHE
    atexit.register(shutil.rmtree, _RUN_CACHE, ignore_errors=True)


def snapshot_of_public_data():
    """The embedded dataset without the reports added after the comparison tests were written.

    The comparison and figure tests pin exact tables and labels computed from real reports;
    the reports listed in ``tests/fixtures/extract/SESSION3.txt`` and ``SESSION4.txt`` came later, so they are
    left out here and those expectations stay true as the dataset grows. (Tests of the
    dataset itself, in ``test_verify.py``, read all of it.)
    """
    from benchmarks.eval_extract import found_later
    from dvk_analysis import load_awards

    frame = load_awards("data")
    return frame[~frame["source_id"].isin(found_later())].reset_index(drop=True)
