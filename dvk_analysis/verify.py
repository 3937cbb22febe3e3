"""Re-check every record against the phrase it was read from; count what the data covers.

Each record keeps ``quote``, the short phrase of the public report its number comes
from. :func:`verify_dataset` reads the phrase again and checks that

- the count is written in it (as digits, with or without the dot that groups
  thousands: 2071 is found in "2.071" and in "2071", never inside "20710" or "2021");
- the subject is named in it (a label or alias of the subject from
  :mod:`dvk_analysis.vocab`, compared after :func:`~dvk_analysis.vocab.fold`, so tone
  marks, NFC/NFD and capitals do not matter);
- a count that is not a plain stock or not an award says so: a change ("tăng", "giảm"),
  award instances ("lượt"), a proposal ("đề nghị") carry the word in the phrase;
- a part ("trong đó", ``part_of``) comes from the same source as its total.

:func:`coverage` counts reports, provinces, years and records. Run the whole check with::

    python -m dvk_analysis.verify [PATH]

which prints the coverage and every failing record, and exits with status 1 when a
record fails or the coverage is below :data:`TARGETS`.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import vocab
from .load import DEFAULT_DATA, DataError, load_awards
from .vocab import fold

#: The coverage the embedded public dataset must reach.
TARGETS: dict[str, int] = {"reports": 25, "provinces": 10, "years": 6}

#: Columns of the frame :func:`verify_dataset` returns.
RESULT_COLUMNS: tuple[str, ...] = (
    "record_id",
    "source_id",
    "count",
    "quote",
    "count_found",
    "subject_found",
    "kind_found",
    "passed",
    "reason",
)

# A run of digits and dots: "2.071", "2071", "15.10.2023", "08".
_NUMBER_RUN = re.compile(r"\d[\d.]*")
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")

# Measures and actions whose words must appear in the phrase (their labels and aliases).
_KIND_CHECKS: tuple[tuple[str, str], ...] = (
    ("measure", "change"),
    ("measure", "instances"),
    ("action", "proposed"),
)


def numbers_in(text: str) -> set[int]:
    """Return the whole numbers written in ``text``, read the Vietnamese way.

    A dot groups thousands ("2.071" is 2071); a run that is not a grouped number
    ("15.10.2023", "Q.3") gives each of its parts.

    >>> sorted(numbers_in("toàn tỉnh có 2.071 mô hình, tăng 276 so với năm 2020"))
    [276, 2020, 2071]
    >>> sorted(numbers_in("ngày 15.10.2023, 08 cá nhân"))
    [8, 10, 15, 2023]
    """
    found: set[int] = set()
    for run in _NUMBER_RUN.findall(text):
        run = run.rstrip(".")
        if _GROUPED.fullmatch(run):
            found.add(int(run.replace(".", "")))
        else:
            found.update(int(part) for part in run.split(".") if part)
    return found


def _words(column: str, code: str) -> list[str]:
    """Return the folded label and aliases of a code (the words that name it)."""
    term = vocab.term(column, code)
    keys = [fold(term.vi), *(fold(alias) for alias in term.aliases)]
    return [key for key in dict.fromkeys(keys) if key]


def _names(text: str, words: Sequence[str]) -> bool:
    padded = f" {fold(text)} "
    return any(f" {word} " in padded for word in words)


def _is_missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _frame(source: str | os.PathLike[str] | pd.DataFrame | None) -> pd.DataFrame:
    if isinstance(source, pd.DataFrame):
        return source
    return load_awards(default_source() if source is None else source)


def default_source() -> Path:
    """Return what ``python -m dvk_analysis.verify`` checks with no PATH.

    The file or folder ``DVK_DATA`` names, else the folder of the embedded dataset
    (every workbook in ``data/``).
    """
    named = os.environ.get("DVK_DATA")
    if named:
        return Path(named)
    return DEFAULT_DATA if DEFAULT_DATA.is_dir() else DEFAULT_DATA.parent


def verify_dataset(source: str | os.PathLike[str] | pd.DataFrame | None = None) -> pd.DataFrame:
    """Check every record against its quote; return one row per record.

    Parameters
    ----------
    source : path-like or DataFrame, optional
        A file or folder :func:`~dvk_analysis.load_awards` reads, or a frame with at
        least ``record_id``, ``subject``, ``count`` and ``quote`` (``measure``,
        ``action``, ``part_of`` and ``source_id`` are checked when present). Default:
        :func:`default_source`.

    Returns
    -------
    DataFrame
        Columns :data:`RESULT_COLUMNS`: the record, whether its count, subject and
        kind (change, "lượt", proposal) were found in the quote, ``passed`` and a
        ``reason`` naming every failed check (empty when it passed).

    Raises
    ------
    KeyError
        When the frame lacks one of the four columns every check needs.

    Examples
    --------
    >>> frame = pd.DataFrame({"record_id": ["a", "b"], "subject": ["model", "model"],
    ...                       "count": [2071, 500], "quote": ["có 2.071 mô hình", "có 50 mô hình"]})
    >>> verify_dataset(frame)[["record_id", "passed"]].to_dict("records")
    [{'record_id': 'a', 'passed': True}, {'record_id': 'b', 'passed': False}]
    """
    frame = _frame(source)
    missing = [c for c in ("record_id", "subject", "count", "quote") if c not in frame]
    if missing:
        raise KeyError(f"verify_dataset: the frame has no column {', '.join(missing)}")
    source_of = dict(zip(frame["record_id"], frame["source_id"], strict=True)) if "source_id" in frame else {}
    rows: list[dict[str, object]] = []
    for record in frame.to_dict("records"):
        rows.append(_check(record, source_of))
    return pd.DataFrame(rows, columns=list(RESULT_COLUMNS))


def _check(record: dict[str, object], source_of: dict[object, object]) -> dict[str, object]:
    reasons: list[str] = []
    quote = "" if _is_missing(record.get("quote")) else str(record["quote"])
    count = record.get("count")
    if not quote.strip():
        reasons.append("no quote")
    if _is_missing(count):
        count_found = False
        reasons.append("no count")
    else:
        count_found = int(count) in numbers_in(quote)  # type: ignore[call-overload]
        if not count_found and quote.strip():
            shown = ", ".join(str(n) for n in sorted(numbers_in(quote))) or "none"
            reasons.append(f"count {int(count)} is not in the quote (numbers there: {shown})")  # type: ignore[call-overload]
    subject = record.get("subject")
    if _is_missing(subject):
        subject_found = False
        reasons.append("no subject")
    else:
        words = _words("subject", str(subject))
        subject_found = _names(quote, words)
        if not subject_found and quote.strip():
            reasons.append(f"subject {subject!r} is not named in the quote (looked for: {' / '.join(words)})")
    kind_found = True
    for column, code in _KIND_CHECKS:
        if record.get(column) == code:
            words = _words(column, code)
            if not _names(quote, words):
                kind_found = False
                reasons.append(
                    f"{column} {code!r} is not said in the quote (looked for: {' / '.join(words)})"
                )
    part_of = record.get("part_of")
    if not _is_missing(part_of) and source_of:
        if part_of not in source_of:
            reasons.append(f"part_of {part_of!r} is not a record of this data")
        elif source_of[part_of] != record.get("source_id"):
            reasons.append(f"part_of {part_of!r} comes from another source ({source_of[part_of]})")
    return {
        "record_id": record.get("record_id"),
        "source_id": record.get("source_id"),
        "count": count,
        "quote": quote,
        "count_found": count_found,
        "subject_found": subject_found,
        "kind_found": kind_found,
        "passed": not reasons,
        "reason": "; ".join(reasons),
    }


@dataclass(frozen=True)
class Coverage:
    """What a dataset covers.

    Attributes
    ----------
    reports : int
        Distinct sources that at least one record comes from.
    dated_reports : int
        Of those, the ones with a publication date (day known).
    provinces : int
        Distinct provinces as reported (records without a province, such as
        nationwide figures, are not counted).
    years : int
        Distinct calendar years in which a reported period ends.
    records : int
        Records.
    province_names, year_list : tuple
        The provinces (sorted by :func:`~dvk_analysis.vocab.fold`) and the years.
    """

    reports: int
    dated_reports: int
    provinces: int
    years: int
    records: int
    province_names: tuple[str, ...]
    year_list: tuple[int, ...]

    def shortfalls(self, targets: dict[str, int] | None = None) -> list[str]:
        """Return one line per target not met (empty when all are met)."""
        targets = TARGETS if targets is None else targets
        return [
            f"{name}: {getattr(self, name)} < {minimum}"
            for name, minimum in targets.items()
            if getattr(self, name) < minimum
        ]

    def __str__(self) -> str:
        return (
            f"reports: {self.reports} ({self.dated_reports} with a publication date)\n"
            f"provinces: {self.provinces} ({', '.join(self.province_names)})\n"
            f"years: {self.years} ({', '.join(str(y) for y in self.year_list)})\n"
            f"records: {self.records}"
        )


def coverage(source: str | os.PathLike[str] | pd.DataFrame | None = None) -> Coverage:
    """Count the reports, provinces, years and records of a dataset.

    Parameters
    ----------
    source : path-like or DataFrame, optional
        As for :func:`verify_dataset`; a frame needs ``source_id``, ``province`` and
        ``period_end`` (``source_date`` for the dated reports).

    Returns
    -------
    Coverage

    Examples
    --------
    >>> frame = pd.DataFrame({
    ...     "source_id": ["a", "a", "b"], "province": ["Kiên Giang", "Kiên Giang", None],
    ...     "period_end": pd.to_datetime(["2023-12-31", "2023-12-31", "2015-12-31"])})
    >>> found = coverage(frame)
    >>> found.reports, found.provinces, found.years, found.records, found.year_list
    (2, 1, 2, 3, (2015, 2023))
    """
    frame = _frame(source)
    provinces = sorted({str(p) for p in frame["province"].dropna() if str(p).strip()}, key=fold)
    ends = pd.to_datetime(frame["period_end"]).dropna()
    years = sorted({int(y) for y in ends.dt.year})
    sources = frame["source_id"].dropna()
    dated = frame.loc[frame["source_date"].notna(), "source_id"] if "source_date" in frame else sources[:0]
    return Coverage(
        reports=int(sources.nunique()),
        dated_reports=int(dated.nunique()),
        provinces=len(provinces),
        years=len(years),
        records=len(frame),
        province_names=tuple(provinces),
        year_list=tuple(years),
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Check a dataset, print its coverage and failures; return the exit status.

    0 when every record passes and the coverage meets :data:`TARGETS`, 1 otherwise,
    2 when the data cannot be read.
    """
    parser = argparse.ArgumentParser(
        prog="python -m dvk_analysis.verify",
        description="Re-check every record against its quote and print the coverage.",
    )
    parser.add_argument(
        "path", nargs="?", help="file or folder to check (default: the data/ folder, or DVK_DATA)"
    )
    args = parser.parse_args(argv)
    source = Path(args.path) if args.path else default_source()
    try:
        frame = load_awards(source)
    except DataError as exc:
        print(f"cannot read {source}:\n{exc}", file=sys.stderr)
        return 2
    results = verify_dataset(frame)
    found = coverage(frame)
    print(f"checked: {source}")
    print(found)
    failed = results.loc[~results["passed"]]
    print(f"records passed: {int(results['passed'].sum())} of {len(results)}")
    for row in failed.itertuples(index=False):
        print(f"FAIL {row.record_id} ({row.source_id}): {row.reason}\n     quote: {row.quote}")
    short = found.shortfalls()
    for line in short:
        print(f"COVERAGE below target: {line}")
    return 1 if len(failed) or short else 0


if __name__ == "__main__":
    raise SystemExit(main())
