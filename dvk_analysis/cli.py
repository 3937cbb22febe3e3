"""The ``dvk`` command: build, validate, template, extract (also ``python -m dvk_analysis``).

Errors are printed for the analyst (what, where, what was expected) with exit status
1, never as a traceback; ``--debug`` shows the traceback of an unexpected error.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import __version__, vocab
from .load import DataError, Problem, load_awards
from .vocab import Lang

EXIT_OK = 0
EXIT_FAILED = 1


def _t(key: str, lang: Lang) -> str:
    return vocab.report_label(key, lang)


def problems_table(problems: Sequence[Problem], lang: Lang = "vi", width: int = 60) -> str:
    """Return the problems as a plain-text table: file, sheet, row, column, value, expected.

    Long cells are cut to ``width`` characters, except "expected", which is kept
    whole (it says how to fix the row).

    >>> print(problems_table([Problem("a.xlsx", "records", 4, "level", "Tinh X", "a level")], "en"))
    File    Sheet    Row  Column  Value   Expected
    a.xlsx  records  4    level   Tinh X  a level
    """
    headers = [_t(k, lang) for k in ("file", "sheet", "row", "column", "value", "expected")]
    rows = []
    for p in problems:
        value = "" if p.value is None else str(p.value)
        cells = [Path(p.file).name, p.sheet or "", "" if p.row is None else str(p.row), p.column or "", value]
        expectation = getattr(p, "expectation", None)  # the loader's message in ``lang``
        rows.append([_cut(c, width) for c in cells] + [expectation(lang) if expectation else p.expected])
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers) - 1)]
    lines = []
    for row in [headers, *rows]:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# --- subcommands -----------------------------------------------------------------------


def cmd_validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``dvk validate PATH``: load with problems collected, print them, exit 1 if any."""
    lang: Lang = args.lang
    try:
        result = load_awards(args.path, errors="collect")
    except DataError as exc:  # unreadable file, wrong headers: nothing could be loaded
        print(f"{_t('data_invalid', lang)}: {args.path}", file=err)
        print(problems_table(exc.problems, lang), file=err)
        return EXIT_FAILED
    report = result.report
    for row in report.itertuples(index=False):
        where = f"{row.file}" + (f" [{row.sheet}]" if row.sheet else "")
        print(
            f"{where}: {_t('rows_read', lang)} {row.read}, {_t('rows_loaded', lang)} {row.loaded}, "
            f"{_t('rows_rejected', lang)} {row.rejected}",
            file=out,
        )
    if result.problems:
        n = len(result.problems)
        print(f"{_t('data_invalid', lang)}: {n}", file=err)
        print(problems_table(result.problems, lang), file=err)
        return EXIT_FAILED
    print(f"{_t('data_valid', lang)}: {len(result.frame)} {_t('records', lang).lower()}", file=out)
    return EXIT_OK


def cmd_template(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``dvk template PATH``: write the data-entry template (:func:`dvk_analysis.template.write_template`)."""
    from .template import SHEET_NAMES, write_template

    lang: Lang = args.lang
    path = write_template(args.path, lang=lang)
    print(f"{_t('template_written', lang)}: {path}", file=out)
    print(_t("template_next", lang).format(sheet=SHEET_NAMES[lang]["data"], path=path), file=out)
    return EXIT_OK


def cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``dvk extract FILE``: draft records from a report into an .xlsx to review, then load."""
    from .extract import DocumentError, extract_file

    lang: Lang = args.lang
    try:
        found, path = extract_file(args.report, args.out, source=args.source_id, lang=lang)
    except (DocumentError, ValueError) as exc:
        print(exc, file=err)
        return EXIT_FAILED
    n_review = int(found.records["needs_review"].sum())
    print(
        f"{vocab.extract_label('written', lang)}: {path}\n"
        f"  {len(found.records)} {vocab.extract_label('candidates', lang)}, "
        f"{n_review} {vocab.extract_label('to_review', lang)}, "
        f"{len(found.others)} {vocab.extract_label('other_numbers', lang)}",
        file=out,
    )
    return EXIT_OK


def cmd_build(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``dvk build``: run :func:`dvk_analysis.build.build` and print what changed."""
    from .build import BuildError, build

    lang: Lang = args.lang
    try:
        result = build(
            data=args.data,
            out=args.out,
            lang=lang,
            province=args.province,
            notebooks=args.notebooks,
            jobs=args.jobs,
            progress=not args.quiet,
        )
    except BuildError as exc:
        print(f"{_t('build_failed', lang)}: {exc}", file=err)
        if exc.problems:
            print(problems_table(exc.problems, lang), file=err)
        print(_t("previous_kept", lang), file=err)
        return EXIT_FAILED
    manifest = result.manifest
    print(f"{_t('build_done', lang)}: {result.out}", file=out)
    print(
        f"  {len(manifest['notebooks'])} notebook(s), {len(manifest['figure_list'])} "
        f"{_t('figures', lang).lower()}, {manifest['data']['records']} {_t('records', lang).lower()}, "
        f"{result.timings['total']:.1f} s",
        file=out,
    )
    print(f"  {result.out / 'index.html'}", file=out)
    print(f"{_t('changes', lang)}:", file=out)
    for line in result.changes.lines(lang):
        print(f"  {line}", file=out)
    return EXIT_OK


# --- parser ----------------------------------------------------------------------------


def _lang(value: str) -> str:
    if value not in vocab.LANGS:
        raise argparse.ArgumentTypeError(f"choose vi or en, not {value!r}")
    return value


def make_parser() -> argparse.ArgumentParser:
    """Return the ``dvk`` argument parser (every subcommand has ``--help``)."""
    parser = argparse.ArgumentParser(
        prog="dvk",
        description='Award data of the "Dân vận khéo" movement: validate it, build the reports.',
    )
    parser.add_argument("--version", action="version", version=f"dvk-analysis {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an unexpected error")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p_build = sub.add_parser(
        "build",
        help="execute the notebooks and write the reports",
        description=(
            "Validate the data, execute every notebook on it (papermill; the notebooks are not "
            "modified) and write to the output folder: one offline HTML page per notebook, every "
            "figure as PNG and SVG, an Excel summary, index.html, and what changed since the "
            "previous build. The folder is replaced only when everything succeeded."
        ),
    )
    p_build.add_argument(
        "--data",
        metavar="PATH",
        help="data file (.xlsx, .csv, .parquet) or folder of them (default: the embedded dataset, data/)",
    )
    p_build.add_argument("--out", metavar="DIR", default="reports", help="output folder (default: reports)")
    p_build.add_argument(
        "--lang", type=_lang, default="vi", metavar="{vi,en}", help="language of the reports (default: vi)"
    )
    p_build.add_argument(
        "--province",
        metavar="NAME",
        help="open the charts' province menus on this province, so their PNG and SVG show it "
        "(default: all provinces)",
    )
    p_build.add_argument(
        "--notebooks",
        metavar="DIR",
        help="folder of notebooks to execute (default: the project's notebooks/)",
    )
    p_build.add_argument("--jobs", type=int, metavar="N", help="notebooks run at once (default: one per CPU)")
    p_build.add_argument("--quiet", action="store_true", help="no progress bars")
    p_build.set_defaults(func=cmd_build)

    p_validate = sub.add_parser(
        "validate",
        help="check a data file or folder and list its problems",
        description=(
            "Load the data the way the notebooks do and print every problem (file, sheet, row, "
            "column, value, expected). Exit status 1 when there is any."
        ),
    )
    p_validate.add_argument("path", metavar="PATH", help="data file (.xlsx, .csv, .parquet) or folder")
    p_validate.add_argument(
        "--lang", type=_lang, default="vi", metavar="{vi,en}", help="language of the messages (default: vi)"
    )
    p_validate.set_defaults(func=cmd_validate)

    p_template = sub.add_parser(
        "template",
        help="write an .xlsx data-entry template",
        description=(
            "Write an .xlsx template for entering award data: drop-down lists for every vocabulary "
            "column, instructions (in Vietnamese by default), an example row and a frozen header. "
            "A filled template loads without change."
        ),
    )
    p_template.add_argument("path", metavar="PATH", help="the .xlsx file to write (replaced if it exists)")
    p_template.add_argument(
        "--lang", type=_lang, default="vi", metavar="{vi,en}", help="language of the template (default: vi)"
    )
    p_template.set_defaults(func=cmd_template)

    p_extract = sub.add_parser(
        "extract",
        help="draft award records from a report (.txt, .html, .docx) into an .xlsx",
        description=(
            "Read a report and write the counts it states as candidate records in the loader's "
            "layout, each with its phrase, a confidence and a review flag, plus every other number "
            "with the reason it is not a count. Correct the workbook in Excel, then load it."
        ),
    )
    p_extract.add_argument("report", metavar="FILE", help="the report: .txt, .html or .docx")
    p_extract.add_argument(
        "-o", "--out", metavar="XLSX", help="the workbook to write (default: <FILE>.extract.xlsx beside it)"
    )
    p_extract.add_argument(
        "--source-id", help="id of the report in the sources sheet (default: the file name)"
    )
    p_extract.add_argument(
        "--lang", type=_lang, default="vi", metavar="{vi,en}", help="language of the workbook (default: vi)"
    )
    p_extract.set_defaults(func=cmd_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``dvk`` command; return its exit status."""
    parser = make_parser()
    args = parser.parse_args(argv)
    out, err = sys.stdout, sys.stderr
    try:
        return int(args.func(args, out, err))
    except KeyboardInterrupt:
        print("interrupted", file=err)
        return 130
    except Exception as exc:  # an analyst gets one line; --debug gives the traceback
        if args.debug:
            traceback.print_exc()
        else:
            print(f"dvk {args.command}: {type(exc).__name__}: {exc} (run with --debug for details)", file=err)
        return EXIT_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
