"""Build: execute the notebooks on a dataset and write everything a briefing needs.

``build()`` (and ``dvk build``) validates the data, executes every notebook with
papermill (copies: the notebooks themselves are never written to), and writes to an
output folder:

- one self-contained HTML file per notebook, its plotly charts drawn with plotly.js
  embedded once per page (no network needed);
- every figure the notebooks show, as PNG (scale 2), SVG and JSON, exported with
  kaleido and Debian's Chromium, started once per build;
- an Excel summary of the comparison tables and the sources;
- ``index.html`` linking all of it, with the data fingerprint, the build date and
  what changed since the previous build (``manifest.json`` keeps what is compared).

Everything is written to a temporary folder beside the output and swapped in only
when every step succeeded: a failed build leaves the previous outputs as they were.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import hashlib
import html
import json
import os
import re
import shutil
import struct
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import nbformat
import pandas as pd
from nbconvert.preprocessors import Preprocessor

from . import __version__, schema, vocab
from .load import DataError, LoadResult, Problem, discover, load_awards, load_sources
from .vocab import Lang

#: The project's notebooks (``dvk build`` executes every ``*.ipynb`` in it).
NOTEBOOKS_DIR = Path(__file__).resolve().parent.parent / "notebooks"
#: The mimetype plotly's ``plotly_mimetype`` renderer stores in notebooks.
PLOTLY_MIME = "application/vnd.plotly.v1+json"
MANIFEST_NAME = "manifest.json"
CHANGES_NAME = "changes.json"
SUMMARY_NAME = "summary.xlsx"
FIGURES_DIR = "figures"
EXECUTED_DIR = "notebooks"
#: PNG export scale: print resolution (twice the layout pixels).
PNG_SCALE = 2
#: Layout size (pixels) of an exported figure that does not set its own.
DEFAULT_FIGURE_SIZE = (900, 550)
#: Seconds a notebook may run, and a figure may take to export, before the build stops.
NOTEBOOK_TIMEOUT = 600
FIGURE_TIMEOUT = 120
_GENERATOR = "dvk-analysis"

T = TypeVar("T")


class BuildError(RuntimeError):
    """A build that could not finish. The message is for the analyst.

    ``problems`` holds the data problems when the data failed validation.
    """

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


# --- small helpers -------------------------------------------------------------------


def _t(key: str, lang: Lang) -> str:
    return vocab.report_label(key, lang)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def canonical_json(obj: object) -> str:
    """Return ``obj`` as JSON with sorted keys and no spaces: equal data, equal text.

    >>> canonical_json({"b": 1, "a": [1.5, "Cơ sở"]})
    '{"a":[1.5,"Cơ sở"],"b":1}'
    """
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _digest(obj: object) -> str:
    return hashlib.sha256(canonical_json(obj).encode("utf-8")).hexdigest()


def _run_with_timeout(fn: Callable[[], T], timeout: float, what: str) -> T:
    """Run ``fn`` in a daemon thread; raise BuildError if it takes longer than ``timeout``.

    Kaleido's server waits forever when its browser never started: this keeps a
    build from hanging on it.
    """
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=target, daemon=True, name=f"dvk-{what}")
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise BuildError(f"{what} took longer than {timeout:.0f} s and was stopped")
    if "error" in box:
        raise box["error"]
    return box["value"]


# --- notebooks: execution ------------------------------------------------------------


def find_notebooks(folder: str | os.PathLike[str] | None = None) -> list[Path]:
    """Return the notebooks a build executes: ``folder/*.ipynb`` in name order."""
    folder = Path(folder) if folder is not None else NOTEBOOKS_DIR
    if not folder.is_dir():
        raise BuildError(f"notebook folder {folder} does not exist")
    found = sorted(p for p in folder.glob("*.ipynb") if not p.name.startswith("."))
    if not found:
        raise BuildError(f"no notebooks (*.ipynb) in {folder}")
    return found


def notebook_parameters(source: Path, parameters: Mapping[str, object]) -> dict[str, object]:
    """Return the ``parameters`` that ``source``'s parameters cell declares.

    A notebook that does not take ``data_path`` (say, one about a text report) is not
    given it; a notebook with no parameters cell is given them all (papermill then
    sets them in a cell of their own at the top).
    """
    import papermill as pm

    try:
        declared = pm.inspect_notebook(str(source))
    except Exception as exc:
        raise BuildError(f"notebook {source.name} could not be read: {type(exc).__name__}: {exc}") from None
    if not declared:
        return dict(parameters)
    return {k: v for k, v in parameters.items() if k in declared}


def execute_notebook(
    source: Path,
    target: Path,
    parameters: Mapping[str, object],
    *,
    timeout: float = NOTEBOOK_TIMEOUT,
) -> nbformat.NotebookNode:
    """Execute a copy of ``source`` with papermill, written to ``target``; return it.

    The kernel runs in the notebook's folder, as it would in Jupyter. ``source`` is
    only read.

    Raises
    ------
    BuildError
        Naming the notebook, the cell and the error when a cell fails.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        executed = pm.execute_notebook(
            str(source.resolve()),
            str(target.resolve()),
            parameters=dict(parameters),
            # The kernel's working folder, given to nbclient: papermill's own ``cwd``
            # changes the folder of the whole process, which parallel runs share.
            resources={"metadata": {"path": str(source.resolve().parent)}},
            progress_bar=False,
            log_output=False,
            execution_timeout=timeout,
            # ipykernel warns on stderr about loopback TCP at every start, and jupyter_client
            # interrupts every kernel it shuts down, which ipykernel sometimes logs as an
            # "ERROR | KeyboardInterrupt caught in kernel": keep the console for the build's
            # own messages (a failing cell or a dead kernel still reaches it as an exception).
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
        )
    except PapermillExecutionError as exc:
        first_line = next((line for line in exc.source.splitlines() if line.strip()), "")
        raise BuildError(
            f"notebook {source.name} failed in cell {exc.exec_count} ({first_line.strip()[:80]!r}): "
            f"{exc.ename}: {exc.evalue}"
        ) from None
    except Exception as exc:  # kernel died, timeout, unreadable notebook
        raise BuildError(
            f"notebook {source.name} could not be executed: {type(exc).__name__}: {exc}"
        ) from None
    # papermill gives the cell it injects a random id: fix it, so the same data makes
    # the same HTML.
    for cell in executed.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"
    nbformat.write(executed, target)
    return executed


# --- notebooks: figures and HTML -------------------------------------------------------


@dataclass(frozen=True)
class NotebookFigure:
    """One plotly figure a notebook shows, in the order it shows them."""

    name: str  # "01-overview-02": stable across builds while the notebook keeps its order
    notebook: str
    number: int
    figure: dict[str, Any]

    @property
    def digest(self) -> str:
        """sha256 of the figure's canonical JSON."""
        return _digest(self.figure)

    @property
    def title(self) -> str:
        """The figure's title as plain text ("" when it has none)."""
        title = self.figure.get("layout", {}).get("title", "")
        text = title.get("text", "") if isinstance(title, dict) else str(title or "")
        return re.sub(r"<br\s*/?>", " ", text, flags=re.IGNORECASE).strip()


def figure_name(notebook_stem: str, number: int) -> str:
    """Return the file name stem of a notebook's ``number``-th figure.

    >>> figure_name("01-overview", 2)
    '01-overview-02'
    """
    return f"{notebook_stem}-{number:02d}"


def notebook_figures(nb: nbformat.NotebookNode, stem: str) -> list[NotebookFigure]:
    """Return every plotly figure stored in ``nb``'s outputs, in order."""
    found: list[NotebookFigure] = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if PLOTLY_MIME in data:
                number = len(found) + 1
                figure = json.loads(json.dumps(data[PLOTLY_MIME]))  # plain dicts, not NotebookNodes
                found.append(NotebookFigure(figure_name(stem, number), stem, number, figure))
    return found


def figure_div_id(name: str) -> str:
    """Return the HTML id of a figure's div (deterministic, unlike plotly's uuid)."""
    return "dvk-fig-" + re.sub(r"[^0-9A-Za-z_-]", "-", name)


class PlotlyOfflinePreprocessor(Preprocessor):
    """Replace stored plotly JSON outputs with HTML that draws them offline.

    nbconvert's HTML has no renderer for ``application/vnd.plotly.v1+json``: each such
    output becomes a ``text/html`` output made by :func:`plotly.io.to_html`, with
    plotly.js embedded inline in the first one of the page and reused by the others.
    Set ``stem`` to the notebook's name (it prefixes the deterministic div ids).
    """

    def preprocess(self, nb: nbformat.NotebookNode, resources: dict[str, Any]) -> tuple[Any, Any]:
        import plotly.io as pio

        stem = resources.get("dvk_stem") or resources.get("metadata", {}).get("name", "notebook")
        number = 0
        for cell in nb.cells:
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                if PLOTLY_MIME not in data:
                    continue
                number += 1
                figure = json.loads(json.dumps(data[PLOTLY_MIME]))
                config = figure.pop("config", None) or {}
                markup = pio.to_html(
                    figure,
                    config={"responsive": True, **config},
                    include_plotlyjs=number == 1,
                    full_html=False,
                    div_id=figure_div_id(figure_name(stem, number)),
                    default_height=f"{figure.get('layout', {}).get('height') or 520}px",
                    validate=False,
                )
                output["data"] = {"text/html": markup}
                output["metadata"] = {}
        return nb, resources


_OFFLINE_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{#- Everything the page needs is inline: no require.js, MathJax or mermaid from a CDN. -#}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""


def notebook_title(nb: nbformat.NotebookNode, default: str) -> str:
    """Return the first Markdown heading of ``nb`` (plain text), or ``default``."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            m = re.match(r"^#{1,6}\s+(.+?)\s*#*\s*$", line)
            if m:
                return m.group(1)
    return default


def notebook_to_html(nb: nbformat.NotebookNode, stem: str, lang: Lang = "vi") -> str:
    """Return a self-contained HTML page of an executed notebook.

    Code is hidden (the executed notebook beside it has it); outputs, prose and
    charts are shown. Charts render with no network.
    """
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    nb = copy.deepcopy(nb)
    nb.metadata["title"] = notebook_title(nb, stem)
    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[DictLoader({"dvk_offline.html.j2": _OFFLINE_TEMPLATE})],
        template_file="dvk_offline.html.j2",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        language_code=lang,
    )
    exporter.register_preprocessor(PlotlyOfflinePreprocessor(), enabled=True)
    body, _resources = exporter.from_notebook_node(
        nb, resources={"dvk_stem": stem, "metadata": {"name": stem}}
    )
    return body


# --- figures: static export --------------------------------------------------------------

_CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str:
    """Return the path of the system's Chromium (``BROWSER_PATH`` overrides).

    Raises
    ------
    BuildError
        When there is none: a browser is never downloaded at run time.
    """
    given = os.environ.get("BROWSER_PATH")
    if given:
        if Path(given).is_file():
            return given
        raise BuildError(f"BROWSER_PATH={given} is not a file; figure export needs Chromium")
    for name in _CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise BuildError(
        "figure export needs Chromium, and none was found: install it with "
        "`sudo apt-get install chromium` (or set BROWSER_PATH to a Chromium binary)"
    )


#: kaleido reloads its page after each image; with :class:`FigureExporter` it does so
#: after this many images per tab instead (see :func:`_fewer_reloads`).
RELOAD_EVERY = 25


@contextlib.contextmanager
def _fewer_reloads() -> Iterator[None]:
    """Let kaleido reuse a tab for several images before reloading it.

    kaleido 1.x reloads its page, and so parses the 4.8 MB plotly.js again, after
    every image: about 85 % of the time of an image. Each image is drawn by
    ``Plotly.toImage``, which plots into a temporary div and purges it, so the page
    holds no state between images: the same figure gives the same PNG bytes with or
    without the reload (measured). The tab is still reloaded every
    :data:`RELOAD_EVERY` images. Without the private method this relies on, nothing
    changes.
    """
    from kaleido import kaleido as kaleido_module

    cls = getattr(kaleido_module, "Kaleido", None)
    original = getattr(cls, "_return_kaleido_tab", None)
    if cls is None or original is None:
        yield
        return

    async def return_tab(self: Any, tab: Any) -> None:
        used = getattr(tab, "_dvk_images", 0) + 1
        queue = getattr(self, "tabs_ready", None)
        if used >= RELOAD_EVERY or queue is None:
            tab._dvk_images = 0
            await original(self, tab)
        else:
            tab._dvk_images = used
            await queue.put(tab)

    cls._return_kaleido_tab = return_tab
    try:
        yield
    finally:
        cls._return_kaleido_tab = original


class FigureExporter:
    """Export plotly figures as PNG and SVG with one kaleido browser for many figures.

    Use as a context manager. Entering checks that Chromium is installed; the browser
    itself starts with the first export (a build whose first notebook fails never
    starts it) and stops on exit.
    """

    def __init__(self, timeout: float = FIGURE_TIMEOUT) -> None:
        self.timeout = timeout
        self._stack = contextlib.ExitStack()
        self._chromium: str | None = None
        self._ready = False

    def __enter__(self) -> FigureExporter:
        self._chromium = find_chromium()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stack.close()
        self._ready = False

    def _start(self) -> None:
        import kaleido
        import plotly.io as pio

        # With the server running, plotly.io's exports would pass its default headers
        # as kopts, which the server ignores with a warning on every figure.
        pio.defaults.headers = None
        if not kaleido._global_server.is_running():
            self._stack.enter_context(_fewer_reloads())
            # n=2: two tabs, so a figure's PNG and SVG are drawn at once; mathjax=False:
            # the default loads MathJax from a CDN; path: Debian's Chromium, never a
            # browser downloaded into the user's cache.
            kaleido.start_sync_server(
                n=2,
                path=self._chromium or find_chromium(),
                mathjax=False,
                timeout=self.timeout,
                silence_warnings=True,
            )
            self._stack.callback(self._stop)
        self._ready = True

    @staticmethod
    def _stop() -> None:
        import kaleido

        # If it hangs, its daemon thread dies with the process.
        with contextlib.suppress(BuildError):
            _run_with_timeout(lambda: kaleido.stop_sync_server(silence_warnings=True), 30, "stopping kaleido")

    def export(self, fig: NotebookFigure, folder: Path) -> dict[str, Path]:
        """Write ``fig`` as PNG, SVG and JSON into ``folder``; return the paths by format.

        The PNG and the SVG are drawn at the same time, in the browser's two tabs.
        """
        import kaleido

        if not self._ready:
            self._start()
        width, height = figure_size(fig.figure)
        paths = {fmt: folder / f"{fig.name}.{fmt}" for fmt in ("png", "svg", "json")}
        scales = {"png": PNG_SCALE, "svg": 1}
        specs = [
            {
                "fig": fig.figure,
                "path": str(paths[fmt]),
                "opts": {"format": fmt, "width": width, "height": height, "scale": scale},
            }
            for fmt, scale in scales.items()
        ]
        where = f"figure {fig.number} of notebook {fig.notebook}"
        try:
            errors = _run_with_timeout(
                lambda: kaleido.write_fig_from_object_sync(specs), self.timeout, f"exporting {where}"
            )
        except BuildError:
            raise
        except Exception as exc:
            errors = (exc,)
        if errors:
            exc = errors[0]
            raise BuildError(f"{where} could not be exported as PNG and SVG: {type(exc).__name__}: {exc}")
        for fmt, scale in scales.items():
            image = paths[fmt].read_bytes() if paths[fmt].is_file() else b""
            _check_image(image, fmt, (width * scale, height * scale), fig)
        paths["json"].write_text(canonical_json(fig.figure), encoding="utf-8")
        return paths


def png_size(data: bytes) -> tuple[int, int]:
    """Return (width, height) in pixels of PNG ``data``; raise ValueError if it is not a PNG.

    >>> import struct
    >>> png_size(b"\\x89PNG\\r\\n\\x1a\\n" + b"\\0\\0\\0\\rIHDR" + struct.pack(">II", 1800, 1100))
    (1800, 1100)
    """
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def _check_image(image: bytes, fmt: str, expected: tuple[int, int], fig: NotebookFigure) -> None:
    """Refuse what kaleido returns when it fails quietly (it can return a few bytes)."""
    where = f"figure {fig.number} of notebook {fig.notebook}"
    if fmt == "png":
        try:
            size = png_size(image)
        except ValueError:
            raise BuildError(f"{where}: the exported PNG is not a valid image ({len(image)} bytes)") from None
        if size != expected:
            raise BuildError(
                f"{where}: the exported PNG is {size[0]}x{size[1]} pixels, "
                f"expected {expected[0]}x{expected[1]}"
            )
    elif b"<svg" not in image[:512]:
        raise BuildError(f"{where}: the exported SVG is not an SVG document ({len(image)} bytes)")


def figure_size(figure: Mapping[str, Any]) -> tuple[int, int]:
    """Return the layout size (pixels) a figure is exported at.

    The figure's own ``layout.width``/``height``, else its template's, else
    :data:`DEFAULT_FIGURE_SIZE`. PNGs are :data:`PNG_SCALE` times larger.

    >>> figure_size({"layout": {"width": 800}})
    (800, 550)
    """
    layout = figure.get("layout", {}) or {}
    template = (layout.get("template") or {}).get("layout", {}) or {}
    width = layout.get("width") or template.get("width") or DEFAULT_FIGURE_SIZE[0]
    height = layout.get("height") or template.get("height") or DEFAULT_FIGURE_SIZE[1]
    return int(width), int(height)


# --- data fingerprint and what changed -------------------------------------------------

_PROVENANCE = ("file", "sheet", "row")


def record_digests(frame: pd.DataFrame) -> dict[str, dict[str, str]]:
    """Return ``{record_id: {"digest", "level", "period", "period_start"}}`` of a tidy frame.

    The digest covers every column but where the record was read from (file, sheet,
    row), so moving a record to another row is not a change.
    """
    columns = [c for c in schema.COLUMNS if c in frame.columns and c not in _PROVENANCE]
    values = frame[columns].astype(object).where(frame[columns].notna(), None)
    out: dict[str, dict[str, str]] = {}
    for record in values.to_dict("records"):
        clean = {k: (v.date().isoformat() if isinstance(v, pd.Timestamp) else v) for k, v in record.items()}
        out[str(record["record_id"])] = {
            "digest": _digest(clean),
            "level": str(record["level"]),
            "period": str(record["period_label"]),
            "period_start": str(clean["period_start"]),
        }
    return out


def data_fingerprint(data: str | os.PathLike[str] | None, loaded: LoadResult) -> list[dict[str, Any]]:
    """Return one entry per data file: name, path, sha256, size, rows read/loaded/rejected."""
    files = discover(data)
    report = loaded.report
    out = []
    for path in files:
        rows = report[report["file"] == path.name]
        out.append(
            {
                "file": path.name,
                "path": str(path.resolve()),
                "sha256": _sha256(path),
                "bytes": path.stat().st_size,
                "rows_read": int(rows["read"].sum()),
                "rows_loaded": int(rows["loaded"].sum()),
                "rows_rejected": int(rows["rejected"].sum()),
            }
        )
    return out


@dataclass
class Changes:
    """What changed since the previous build in the same output folder."""

    first_build: bool
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    #: One row per (level, period) touched: added, removed and changed record counts.
    by_level_period: list[dict[str, Any]] = field(default_factory=list)
    figures_added: list[str] = field(default_factory=list)
    figures_removed: list[str] = field(default_factory=list)
    figures_changed: list[str] = field(default_factory=list)

    @property
    def any(self) -> bool:
        """True when a record or a figure changed."""
        return bool(
            self.added
            or self.removed
            or self.changed
            or self.figures_added
            or self.figures_removed
            or self.figures_changed
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the changes as plain JSON-ready data."""
        return {
            "first_build": self.first_build,
            "records": {"added": self.added, "removed": self.removed, "changed": self.changed},
            "by_level_period": self.by_level_period,
            "figures": {
                "added": self.figures_added,
                "removed": self.figures_removed,
                "changed": self.figures_changed,
            },
        }

    def lines(self, lang: Lang = "vi") -> list[str]:
        """Return the changes as short lines of text, for the console."""
        if self.first_build:
            return [_t("first_build", lang)]
        if not self.any:
            return [_t("no_changes", lang)]
        out = [
            f"{_t('records', lang)}: {_t('added', lang)} {len(self.added)}, "
            f"{_t('removed', lang)} {len(self.removed)}, {_t('changed', lang)} {len(self.changed)}"
        ]
        for row in self.by_level_period:
            out.append(
                f"  {row['level_label']} · {row['period']}: "
                f"+{row['added']} -{row['removed']} ~{row['changed']}"
            )
        for key, names in (
            ("figures_added", self.figures_added),
            ("figures_removed", self.figures_removed),
            ("figures_changed", self.figures_changed),
        ):
            if names:
                out.append(f"{_t(key, lang)}: {', '.join(names)}")
        return out


def compare_builds(
    previous: Mapping[str, Any] | None,
    records: Mapping[str, Mapping[str, str]],
    figures: Mapping[str, str],
    lang: Lang = "vi",
) -> Changes:
    """Compare this build's records and figure digests with a previous manifest.

    Parameters
    ----------
    previous : mapping or None
        The previous build's manifest (None: first build).
    records : mapping
        :func:`record_digests` of this build's data.
    figures : mapping
        ``{figure name: digest}`` of this build.
    lang : {"vi", "en"}
        Language of the level labels in ``by_level_period``.
    """
    if previous is None:
        return Changes(first_build=True)
    old_records: Mapping[str, Mapping[str, str]] = previous.get("records", {})
    old_figures: Mapping[str, str] = previous.get("figures", {})
    added = sorted(set(records) - set(old_records))
    removed = sorted(set(old_records) - set(records))
    changed = sorted(
        rid for rid in set(records) & set(old_records) if records[rid]["digest"] != old_records[rid]["digest"]
    )
    tally: dict[tuple[str, str, str], dict[str, int]] = {}
    for kind, ids, table in (
        ("added", added, records),
        ("removed", removed, old_records),
        ("changed", changed, records),
    ):
        for rid in ids:
            entry = table[rid]
            key = (entry["level"], entry.get("period_start", ""), entry["period"])
            tally.setdefault(key, {"added": 0, "removed": 0, "changed": 0})[kind] += 1
    level_order = {code: i for i, code in enumerate(vocab.codes("level"))}
    by_level_period = [
        {
            "level": level,
            "level_label": vocab.label("level", level, lang) if level in level_order else level,
            "period": period,
            **counts,
        }
        for (level, _start, period), counts in sorted(
            tally.items(), key=lambda kv: (level_order.get(kv[0][0], 99), kv[0][1], kv[0][2])
        )
    ]
    return Changes(
        first_build=False,
        added=added,
        removed=removed,
        changed=changed,
        by_level_period=by_level_period,
        figures_added=sorted(set(figures) - set(old_figures)),
        figures_removed=sorted(set(old_figures) - set(figures)),
        figures_changed=sorted(n for n in set(figures) & set(old_figures) if figures[n] != old_figures[n]),
    )


def read_manifest(out: Path) -> dict[str, Any] | None:
    """Return the manifest of the build in ``out``, or None if there is none."""
    path = out / MANIFEST_NAME
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) and manifest.get("generator") == _GENERATOR else None


# --- Excel summary ---------------------------------------------------------------------

_FORMULA_STARTS = ("=", "+", "-", "@")


def write_summary(
    awards: pd.DataFrame,
    sources: pd.DataFrame,
    path: Path,
    lang: Lang = "vi",
) -> dict[str, pd.DataFrame]:
    """Write the Excel summary workbook; return the tables written, by sheet name.

    One sheet per comparison table of :mod:`dvk_analysis.compare`, then the sources.
    Headers are bold on a fill, columns sized to their content, whole numbers shown
    as "#,##0", and text that a spreadsheet would take for a formula (beginning with
    ``=``, ``+``, ``-`` or ``@``) is stored as text.
    """
    from openpyxl import Workbook

    tables = summary_tables(awards, sources, lang)
    wb = Workbook()
    wb.remove(wb.active)
    for sheet_name, table in tables.items():
        _write_sheet(wb, sheet_name, table)
    wb.save(path)
    return tables


def summary_tables(awards: pd.DataFrame, sources: pd.DataFrame, lang: Lang = "vi") -> dict[str, pd.DataFrame]:
    """Return the tables of the Excel summary, by sheet name (filled in by compare)."""
    tables: dict[str, pd.DataFrame] = {}
    tables.update(_comparison_tables(awards, lang))
    shown = sources.copy()
    for column in ("published", "event_date"):
        if column in shown:
            shown[column] = pd.to_datetime(shown[column]).dt.date
    shown = shown.dropna(axis=1, how="all")
    shown.columns = [vocab.SOURCE_COLUMN_LABELS[c][0 if lang == "vi" else 1] for c in shown.columns]
    tables[_t("sources", lang)] = shown
    return tables


def _comparison_tables(awards: pd.DataFrame, lang: Lang) -> dict[str, pd.DataFrame]:
    """The comparison tables of the summary, labelled for people but with numbers kept numeric."""
    from . import compare

    label = vocab.column_label
    tables = {
        label("level", lang): compare.summarise(awards, by=("level", "period"), lang=lang),
        label("period", lang): compare.counts_by_period(awards, lang=lang),
        f"{label('subject', lang)} - {label('unit_type', lang)}": compare.counts_by_subject(
            awards, by="unit_type", lang=lang
        ),
        label("movement", lang): compare.counts_by_movement(awards, lang=lang),
    }
    return {name: compare.label_table(table, lang, numbers=False) for name, table in tables.items()}


def _write_sheet(wb: Any, name: str, table: pd.DataFrame) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(_sheet_title(name))
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1F4E79")
    widths = [len(str(c)) for c in table.columns]
    ws.append([str(c) for c in table.columns])
    for cell in ws[1]:
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for row in table.itertuples(index=False):
        values = [_cell_value(v) for v in row]
        ws.append([None if isinstance(v, str) else v for v in values])
        excel_row = ws.max_row
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=excel_row, column=col)
            if isinstance(value, str):
                # Assigning a str beginning with "=" makes openpyxl write a formula;
                # set the value as text explicitly, and mark it as typed text.
                cell.value = value
                cell.data_type = "s"
                if value.startswith(_FORMULA_STARTS):
                    cell.quotePrefix = True
            elif isinstance(value, int):
                cell.number_format = "#,##0"
            elif isinstance(value, float):
                cell.number_format = "#,##0.00"
            elif isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
            widths[col - 1] = max(widths[col - 1], len(str(value)) if value is not None else 0)
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 8), 60)
    ws.freeze_panes = "A2"


def _sheet_title(name: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", " ", name)[:31]


def _cell_value(value: object) -> object:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, bool):
        return value
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (int, float, dt.date)):
        return value
    return str(value)


# --- index.html ------------------------------------------------------------------------

_INDEX_CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2rem auto; max-width: 70rem; color: #1a1a1a;
       padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: .5rem 0; } td, th { border: 1px solid #ccc; padding: .25rem .5rem;
       text-align: left; vertical-align: top; } th { background: #1f4e79; color: #fff; }
td.num { text-align: right; } code { font-size: .85em; word-break: break-all; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
figure { margin: 0; border: 1px solid #ddd; padding: .5rem; } figure img { width: 100%; height: auto; }
figcaption { font-size: .9rem; }
"""


def _display_time(iso: str) -> str:
    """Return "26/11/2026 10:52 (UTC+00:00)" for an ISO timestamp.

    >>> _display_time("2026-11-26T10:52:51+07:00")
    '26/11/2026 10:52 (UTC+07:00)'
    """
    stamp = dt.datetime.fromisoformat(iso)
    offset = stamp.strftime("%z")
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return f"{stamp:%d/%m/%Y %H:%M}{zone}"


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]], numeric: Iterable[int] = ()) -> str:
    numeric = set(numeric)
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{_e(v)}</td>' if i in numeric else f"<td>{_e(v)}</td>"
            for i, v in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _province_shown(manifest: Mapping[str, Any], lang: Lang) -> str:
    """ " · Biểu đồ theo tỉnh mở ở: An Giang" when the build opened the province menus on one."""
    province = manifest.get("parameters", {}).get("province")
    return f" · {_e(_t('province_shown', lang))}: {_e(province)}" if province else ""


def render_index(manifest: Mapping[str, Any], changes: Changes, lang: Lang = "vi") -> str:
    """Return ``index.html``: links to every output, data fingerprint, build date, changes.

    Every text that comes from data or file names is HTML-escaped.
    """
    from .parse import format_number

    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(_t('index_title', lang))}</title><style>{_INDEX_CSS}</style></head><body>",
        f"<h1>{_e(_t('index_title', lang))}</h1>",
        f'<p>{_e(_t("built_at", lang))}: <time datetime="{_e(manifest["built_at"])}">'
        f"{_e(_display_time(manifest['built_at']))}</time> · "
        f"dvk-analysis {_e(manifest['version'])} · {_e(_t('language', lang))}: {_e(manifest['lang'])}"
        + _province_shown(manifest, lang)
        + "</p>",
        f"<h2>{_e(_t('reports', lang))}</h2><ul>",
    ]
    for entry in manifest["notebooks"]:
        parts.append(
            f'<li><a href="{_e(entry["html"])}">{_e(entry["title"])}</a> '
            f'(<a href="{_e(entry["executed"])}">{_e(entry["executed"])}</a>)</li>'
        )
    parts.append("</ul>")
    parts.append(f"<h2>{_e(_t('summary', lang))}</h2>")
    parts.append(f'<p><a href="{_e(manifest["summary"])}">{_e(manifest["summary"])}</a></p>')

    parts.append(f"<h2>{_e(_t('data', lang))}</h2>")
    rows = [
        (
            f["file"],
            f["sha256"],
            format_number(f["rows_read"], lang),
            format_number(f["rows_loaded"], lang),
            format_number(f["rows_rejected"], lang),
        )
        for f in manifest["data"]["files"]
    ]
    parts.append(
        _table(
            [_t(k, lang) for k in ("file", "sha256", "rows_read", "rows_loaded", "rows_rejected")],
            rows,
            numeric=(2, 3, 4),
        )
    )
    parts.append(f"<p>{_e(_t('records', lang))}: {_e(format_number(manifest['data']['records'], lang))}</p>")
    if manifest.get("sources"):
        parts.append(f"<h3>{_e(_t('sources', lang))}</h3>")
        parts.append(_sources_html(manifest["sources"], lang))

    parts.append(f"<h2>{_e(_t('changes', lang))}</h2>")
    parts.append(_changes_html(changes, lang))

    parts.append(f'<h2>{_e(_t("figures", lang))}</h2><div class="figures">')
    for fig in manifest["figure_list"]:
        caption = fig["title"] or fig["name"]
        parts.append(
            f'<figure><a href="{_e(fig["png"])}"><img src="{_e(fig["svg"])}" alt="{_e(caption)}">'
            f"</a><figcaption>{_e(caption)}<br>"
            f'<a href="{_e(fig["png"])}">PNG</a> · <a href="{_e(fig["svg"])}">SVG</a> · '
            f'<a href="{_e(fig["json"])}">JSON</a> · {_e(fig["notebook"])}</figcaption></figure>'
        )
    parts.append("</div></body></html>")
    return "\n".join(parts) + "\n"


_SOURCE_INDEX_COLUMNS = ("source_id", "title", "publisher", "published", "issuer", "url")


def sources_for_index(sources: pd.DataFrame) -> list[dict[str, str]]:
    """Return the sources as plain text fields for ``index.html`` and the manifest."""
    out = []
    for record in sources.to_dict("records"):
        entry = {}
        for column in _SOURCE_INDEX_COLUMNS:
            value = record.get(column)
            if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
                entry[column] = ""
            elif isinstance(value, (pd.Timestamp, dt.date)):
                entry[column] = f"{value:%d/%m/%Y}"
            else:
                entry[column] = str(value)
        out.append(entry)
    return out


def _sources_html(sources: Sequence[Mapping[str, str]], lang: Lang) -> str:
    headers = [vocab.SOURCE_COLUMN_LABELS[c][0 if lang == "vi" else 1] for c in _SOURCE_INDEX_COLUMNS]
    rows = []
    for source in sources:
        cells = [f"<td>{_e(source.get(c, ''))}</td>" for c in _SOURCE_INDEX_COLUMNS[:-1]]
        url = source.get("url", "")
        # Only web addresses become links: a "javascript:" URL in the data stays text.
        if re.match(r"^https?://", url, flags=re.IGNORECASE):
            cells.append(f'<td><a href="{_e(url)}" rel="noopener noreferrer">{_e(url)}</a></td>')
        else:
            cells.append(f"<td>{_e(url)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _changes_html(changes: Changes, lang: Lang) -> str:
    if changes.first_build:
        return f"<p>{_e(_t('first_build', lang))}</p>"
    if not changes.any:
        return f"<p>{_e(_t('no_changes', lang))}</p>"
    out = [
        f"<p>{_e(_t('records', lang))}: {_e(_t('added', lang))} {len(changes.added)}, "
        f"{_e(_t('removed', lang))} {len(changes.removed)}, "
        f"{_e(_t('changed', lang))} {len(changes.changed)}</p>"
    ]
    if changes.by_level_period:
        out.append(
            _table(
                [vocab.column_label("level", lang), vocab.column_label("period", lang)]
                + [_t(k, lang) for k in ("added", "removed", "changed")],
                [
                    (r["level_label"], r["period"], r["added"], r["removed"], r["changed"])
                    for r in changes.by_level_period
                ],
                numeric=(2, 3, 4),
            )
        )
    for key, ids in (("added", changes.added), ("removed", changes.removed), ("changed", changes.changed)):
        if ids:
            out.append(f"<p>{_e(_t(key, lang))}: " + ", ".join(f"<code>{_e(i)}</code>" for i in ids) + "</p>")
    for key, names in (
        ("figures_added", changes.figures_added),
        ("figures_removed", changes.figures_removed),
        ("figures_changed", changes.figures_changed),
    ):
        if names:
            out.append(
                f"<p>{_e(_t(key, lang))}: " + ", ".join(f"<code>{_e(n)}</code>" for n in names) + "</p>"
            )
    return "\n".join(out)


# --- the build -------------------------------------------------------------------------


@dataclass
class BuildResult:
    """What a successful build wrote."""

    out: Path
    manifest: dict[str, Any]
    changes: Changes
    figures: list[NotebookFigure]
    timings: dict[str, float]


def _check_replaceable(out: Path) -> None:
    if not out.exists():
        return
    if not out.is_dir():
        raise BuildError(f"output {out} exists and is not a folder")
    if any(out.iterdir()) and read_manifest(out) is None:
        raise BuildError(
            f"output folder {out} is not empty and holds no previous dvk build ({MANIFEST_NAME}); "
            "it would be replaced: choose another --out or empty it first"
        )


def validate_data(data: str | os.PathLike[str] | None, lang: Lang = "vi") -> LoadResult:
    """Load ``data`` collecting problems; raise BuildError if any row is rejected."""
    try:
        loaded = load_awards(data, errors="collect")
    except DataError as exc:
        raise BuildError(f"{len(exc.problems)} {_t('data_problems', lang)}", exc.problems) from None
    if loaded.problems:
        raise BuildError(f"{len(loaded.problems)} {_t('data_problems', lang)}", loaded.problems)
    if loaded.frame.empty:
        raise BuildError("the award data holds no records")
    return loaded


def _province_of_data(province: str | None, frame: pd.DataFrame) -> str | None:
    """The province of today that ``province`` names, checked against the data; None stays None."""
    if province is None:
        return None
    from .compare import current_province
    from .provinces import find_current

    present = sorted({str(p) for p in current_province(frame).dropna()}, key=lambda n: (vocab.fold(n), n))
    found = find_current(province, present)
    if found is not None:
        return found
    raise BuildError(
        f"--province {province!r}: no record of the data is of this province "
        f"(provinces of today in the data: {', '.join(present) or 'none'})"
    )


def build(
    data: str | os.PathLike[str] | None = None,
    out: str | os.PathLike[str] = "reports",
    lang: str = "vi",
    *,
    province: str | None = None,
    notebooks: str | os.PathLike[str] | None = None,
    jobs: int | None = None,
    progress: bool = True,
    notebook_timeout: float = NOTEBOOK_TIMEOUT,
    figure_timeout: float = FIGURE_TIMEOUT,
    echo: Callable[[str], None] | None = None,
) -> BuildResult:
    """Execute every notebook on ``data`` and write the reports into ``out``.

    Parameters
    ----------
    data : path-like, optional
        A data file or folder for :func:`dvk_analysis.load_awards` (default: the
        embedded dataset). Injected into each notebook as ``data_path``.
    out : path-like
        The output folder. Replaced as a whole, and only when the build succeeds; it
        must be empty, missing or a previous build.
    lang : {"vi", "en"}
        Language of the reports, injected into each notebook as ``lang``.
    province : str, optional
        A province of the data (as reported, or as of today): the charts with a
        province menu open on it, so their PNG and SVG show that province instead of
        every report. Injected as ``province`` into the notebooks that declare it.
    notebooks : path-like, optional
        Folder of the notebooks to execute (default: the project's ``notebooks/``).
    jobs : int, optional
        Notebooks executed at the same time (default: one per CPU, at most one per
        notebook).
    progress : bool
        Show tqdm progress bars (on stderr) for notebooks and figures.
    echo : callable, optional
        Receives one line per step (default: nothing).

    Returns
    -------
    BuildResult

    Raises
    ------
    BuildError
        When the data is invalid, a notebook fails or a figure cannot be exported.
        The previous contents of ``out`` are then left exactly as they were.
    """
    from tqdm.auto import tqdm

    try:
        lang_code = vocab.check_lang(lang)
    except ValueError as exc:
        raise BuildError(str(exc)) from None
    say = echo or (lambda _line: None)
    timings: dict[str, float] = {}
    started = time.perf_counter()

    sources_nb = find_notebooks(notebooks)
    out_path = Path(out).resolve()
    _check_replaceable(out_path)
    loaded = validate_data(data, lang_code)
    province = _province_of_data(province, loaded.frame)
    # The output folder is replaced as a whole: it must not hold an input.
    for path in [*sources_nb, *discover(data)]:
        if path.resolve().is_relative_to(out_path):
            raise BuildError(f"{path} is inside the output folder {out_path}, which the build replaces")
    sources = load_sources(data)
    fingerprint = data_fingerprint(data, loaded)
    timings["validate"] = time.perf_counter() - started
    previous = read_manifest(out_path)

    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_path.name}.building-", dir=out_path.parent))
    try:
        result = _build_into(
            tmp,
            out_path,
            data,
            lang_code,
            province,
            sources_nb,
            loaded,
            sources,
            fingerprint,
            previous,
            jobs=jobs,
            progress=progress,
            tqdm=tqdm,
            notebook_timeout=notebook_timeout,
            figure_timeout=figure_timeout,
            timings=timings,
            say=say,
        )
        _swap_in(tmp, out_path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    timings["total"] = time.perf_counter() - started
    result.out = out_path
    return result


def _build_into(
    tmp: Path,
    out: Path,
    data: str | os.PathLike[str] | None,
    lang: Lang,
    province: str | None,
    notebook_paths: list[Path],
    loaded: LoadResult,
    sources: pd.DataFrame,
    fingerprint: list[dict[str, Any]],
    previous: dict[str, Any] | None,
    *,
    jobs: int | None,
    progress: bool,
    tqdm: Any,
    notebook_timeout: float,
    figure_timeout: float,
    timings: dict[str, float],
    say: Callable[[str], None],
) -> BuildResult:
    parameters = {
        "data_path": None if data is None else str(Path(data).resolve()),
        "lang": lang,
        "province": province,
    }
    (tmp / FIGURES_DIR).mkdir()
    (tmp / EXECUTED_DIR).mkdir()
    workers = max(1, min(jobs or os.cpu_count() or 1, len(notebook_paths)))

    def run_one(source: Path) -> tuple[Path, nbformat.NotebookNode, list[NotebookFigure]]:
        executed = execute_notebook(
            source,
            tmp / EXECUTED_DIR / source.name,
            notebook_parameters(source, parameters),
            timeout=notebook_timeout,
        )
        (tmp / f"{source.stem}.html").write_text(
            notebook_to_html(executed, source.stem, lang), encoding="utf-8"
        )
        return source, executed, notebook_figures(executed, source.stem)

    t0 = time.perf_counter()
    figures: dict[str, list[NotebookFigure]] = {}
    titles: dict[str, str] = {}
    nb_bar = tqdm(total=len(notebook_paths), desc="notebooks", unit="nb", disable=not progress, position=0)
    fig_bar = tqdm(total=0, desc="figures", unit="fig", disable=not progress, position=1)
    export_seconds: list[float] = []
    try:
        # Each notebook's figures are exported as soon as it is done, while the others
        # run; the browser starts with the first figure.
        with FigureExporter(figure_timeout) as exporter, ThreadPoolExecutor(workers, "dvk-notebook") as pool:
            pending: set[Future[Any]] = {pool.submit(run_one, p) for p in notebook_paths}
            while pending:
                done, pending = wait(pending, return_when=FIRST_EXCEPTION)
                for future in done:
                    if future.exception() is not None:
                        for other in pending:
                            other.cancel()
                        raise future.exception()  # type: ignore[misc]
                    source, executed, found = future.result()
                    nb_bar.update(1)
                    say(f"notebook {source.name}: {len(found)} figure(s)")
                    figures[source.stem] = found
                    titles[source.stem] = notebook_title(executed, source.stem)
                    fig_bar.total += len(found)
                    fig_bar.refresh()
                    for fig in found:
                        t = time.perf_counter()
                        exporter.export(fig, tmp / FIGURES_DIR)
                        export_seconds.append(time.perf_counter() - t)
                        fig_bar.update(1)
    finally:
        nb_bar.close()
        fig_bar.close()
    timings["notebooks_and_figures"] = time.perf_counter() - t0
    timings["figure_exports"] = sum(export_seconds)
    timings["figure_export_first"] = export_seconds[0] if export_seconds else 0.0
    timings["figure_export_rest_mean"] = (
        sum(export_seconds[1:]) / (len(export_seconds) - 1) if len(export_seconds) > 1 else 0.0
    )

    t0 = time.perf_counter()
    all_figures = [fig for p in notebook_paths for fig in figures[p.stem]]
    try:
        write_summary(loaded.frame, sources, tmp / SUMMARY_NAME, lang)
    except Exception as exc:
        raise BuildError(f"the Excel summary could not be written: {type(exc).__name__}: {exc}") from None
    timings["summary"] = time.perf_counter() - t0

    records = record_digests(loaded.frame)
    figure_digests = {fig.name: fig.digest for fig in all_figures}
    changes = compare_builds(previous, records, figure_digests, lang)
    manifest: dict[str, Any] = {
        "generator": _GENERATOR,
        "version": __version__,
        "built_at": dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds"),
        "lang": lang,
        "data": {
            "argument": None if data is None else str(data),
            "files": fingerprint,
            "records": len(records),
        },
        "sources": sources_for_index(sources),
        "parameters": parameters,
        "notebooks": [
            {
                "name": p.name,
                "title": titles[p.stem],
                "html": f"{p.stem}.html",
                "executed": f"{EXECUTED_DIR}/{p.name}",
                "figures": [fig.name for fig in figures[p.stem]],
            }
            for p in notebook_paths
        ],
        "summary": SUMMARY_NAME,
        "figure_list": [
            {
                "name": fig.name,
                "notebook": fig.notebook,
                "title": fig.title,
                "width": figure_size(fig.figure)[0],
                "height": figure_size(fig.figure)[1],
                **{fmt: f"{FIGURES_DIR}/{fig.name}.{fmt}" for fmt in ("png", "svg", "json")},
            }
            for fig in all_figures
        ],
        "figures": figure_digests,
        "records": records,
        "changes": changes.to_dict(),
    }
    (tmp / CHANGES_NAME).write_text(
        json.dumps(changes.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    (tmp / "index.html").write_text(render_index(manifest, changes, lang), encoding="utf-8")
    manifest["outputs"] = {
        p.relative_to(tmp).as_posix(): _sha256(p) for p in sorted(tmp.rglob("*")) if p.is_file()
    }
    (tmp / MANIFEST_NAME).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return BuildResult(out=out, manifest=manifest, changes=changes, figures=all_figures, timings=timings)


def _swap_in(tmp: Path, out: Path) -> None:
    """Replace ``out`` by ``tmp``: rename the old folder away, rename the new one in."""
    if not out.exists():
        os.replace(tmp, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    old.rmdir()
    os.replace(out, old)
    try:
        os.replace(tmp, out)
    except BaseException:
        os.replace(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)
