"""Comparisons of award counts: pure functions, tidy frame in, table out.

Every function here keeps the rules that make a sum of reported counts honest:

- counts of different ``movement``, ``subject``, ``action`` or ``measure`` are never
  added (those four columns are always among the grouping keys);
- a part ("trong đó") is never added to its total: inside a group, a row whose total
  (``part_of``, followed up the chain) is also in the group is left out;
- qualifiers carry: exact + exact is exact, anything + a lower bound is a lower bound,
  a lower bound + an upper bound (or anything approximate) is approximate;
- counts of overlapping but different periods are never added (a phase 2021-2023 and
  the year 2022 inside it): group by period, or select one;
- rows come out in a fixed order: vocabulary order for codes (levels from the
  grassroots up), periods by start then label.

The comparisons by province (:func:`pyramid_by_province`, :func:`registered_vs_recognised`,
:func:`collectives_vs_individuals`, :func:`provinces_side_by_side`) also never add counts
of different reports (:data:`REPORT_KEYS`: two papers may print the same figure, and a
district's report sits inside its province's), keep provinces as reported before a merger
apart, write area-wide tallies as "all levels" (:func:`all_levels_tallies`), and give a
per-year rate to every period of a quarter or more. :func:`summarise` and the functions
before those add whatever they are given: select one report, or one province and period,
before using them on a dataset of many reports.

Tables keep codes; :func:`label_table` turns them into labels for display.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from . import schema, vocab
from .parse import Period, format_count, format_number, period_label
from .vocab import Lang

#: Columns that are always grouping keys: counts that differ in one of them never add up.
KEYS: tuple[str, ...] = ("movement", "subject", "action", "measure")

#: The columns that say which period a count covers; ``"period"`` in ``by`` means all four.
PERIOD_KEYS: tuple[str, ...] = ("period_start", "period_end", "period_kind", "period_label")

#: Columns that name a report and where it comes from. In the comparisons by province
#: they are grouping keys: counts of different reports are never added (two papers may
#: print the same figure; a district's report and its province's are different scopes),
#: nor counts of provinces as reported before a merger.
REPORT_KEYS: tuple[str, ...] = (
    "province_current",
    "province",
    "source_id",
    "source_publisher",
    "source_date",
)

#: Shortest period given a per-year rate by the comparisons by province. In the reports
#: a count dated by a month or a day is a running total ("đến nay"), not what was done in
#: that month: multiplying it by twelve would invent a rate.
MIN_RATE_YEARS: float = 0.25

_RESULT_COLUMNS = ("count", "qualifier", "display", "n_records", "record_ids")
_NEEDED = (*KEYS, "record_id", "count", "qualifier", "part_of", *PERIOD_KEYS)


class ComparisonError(ValueError):
    """A comparison was asked for that the data or the rules do not allow."""


# --- small public helpers ----------------------------------------------------------


def combine_qualifiers(qualifiers: Iterable[str]) -> str:
    """Return the qualifier of a sum of counts with these qualifiers.

    Examples
    --------
    >>> combine_qualifiers(["exact", "exact"])
    'exact'
    >>> combine_qualifiers(["exact", "at_least"])
    'at_least'
    >>> combine_qualifiers(["at_least", "at_most"]), combine_qualifiers(["exact", "approx"])
    ('approx', 'approx')
    """
    found = {q for q in qualifiers if isinstance(q, str)} - {"exact"}
    if not found:
        return "exact"
    if len(found) > 1 or "approx" in found:
        return "approx"
    return found.pop()


def ratio_qualifier(numerator: str, denominator: str) -> str:
    """Return the qualifier of ``numerator / denominator`` given theirs.

    A lower bound on top makes a lower bound; a lower bound below makes an upper
    bound ("trên 500" models of which 78: at most 15,6%).

    >>> ratio_qualifier("exact", "at_least"), ratio_qualifier("at_least", "exact")
    ('at_most', 'at_least')
    >>> ratio_qualifier("at_least", "at_least")
    'approx'
    """
    flip = {"at_least": "at_most", "at_most": "at_least"}
    return combine_qualifiers([numerator, flip.get(denominator, denominator)])


def select(awards: pd.DataFrame, **criteria: str | Sequence[str] | None) -> pd.DataFrame:
    """Return the rows of ``awards`` that match every criterion.

    Parameters
    ----------
    awards : DataFrame
        The tidy frame.
    **criteria
        ``column=value`` or ``column=[values]``; None means any value. Codes of
        vocabulary columns are checked, so a typo is an error, not an empty table.
        ``period="2021-2023"`` matches ``period_label``.

    Raises
    ------
    ComparisonError
        For an unknown column or code.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> len(select(load_awards(SEED_DATA), movement="dan_van_kheo", subject=["collective", "individual"]))
    4
    """
    out = _checked(awards)
    mask = pd.Series(True, index=out.index)
    for column, wanted in criteria.items():
        if wanted is None:
            continue
        target = "period_label" if column == "period" else column
        if target not in out.columns:
            raise ComparisonError(f"select: no column {column!r} in the award table")
        values = [wanted] if isinstance(wanted, str) else list(wanted)
        if target in vocab.VOCAB_COLUMNS:
            unknown = [v for v in values if v not in vocab.codes(target)]
            if unknown:
                raise ComparisonError(
                    f"select: {unknown} not codes of {target!r}; expected one of {vocab.codes(target)}"
                )
        mask &= out[target].isin(values).fillna(False).astype(bool)
    return out.loc[mask].reset_index(drop=True)


# --- the shared engine -------------------------------------------------------------


def summarise(
    awards: pd.DataFrame, by: str | Sequence[str] = (), *, across_reports: bool = False, lang: Lang = "vi"
) -> pd.DataFrame:
    """Sum the counts of ``awards`` by movement, subject, action, measure, report and ``by``.

    Parameters
    ----------
    awards : DataFrame
        The tidy frame (see :mod:`dvk_analysis.schema`).
    by : str or sequence of str
        Extra grouping columns, e.g. ``"level"`` or ``("tier", "period")``;
        ``"period"`` (or any period column) stands for all four period columns.
        Missing values form their own group.
    across_reports : bool
        False (default): ``source_id`` is a key too, so counts of different reports
        are never added (two papers may print the same figure; a district's report
        and its province's overlap). True: add them, for a tally you know is made of
        disjoint reports.
    lang : {"vi", "en"}
        Language of the ``display`` column.

    Returns
    -------
    DataFrame
        One row per group: the keys, then ``period_start``, ``period_end``,
        ``period_kind``, ``period_label`` (when the period is not a key: the span
        and the labels of the periods summed, "; "-joined), ``count`` (Int64),
        ``qualifier``, ``display`` ("500+"), ``n_records`` and ``record_ids``
        (the records summed; empty for a group of more than
        :data:`dvk_analysis.groupsum.RECORD_IDS_LIMIT` records). A row with a
        missing count makes the sum a lower bound; a group of missing counts has a
        missing count and qualifier.

    Raises
    ------
    ComparisonError
        For missing columns, or when a group would add counts of overlapping but
        different periods.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> table = summarise(load_awards(SEED_DATA), by="level")
    >>> collectives = table.loc[table["subject"] == "collective", ["movement", "level", "display"]]
    >>> print(collectives.to_string(index=False))
             movement level display
         dan_van_kheo  bloc      26
    ho_chi_minh_study  bloc       3
    """
    lang = vocab.check_lang(lang)
    frame = _checked(awards)
    keys = _keys(by, frame)
    if not across_reports and "source_id" in frame.columns and "source_id" not in keys:
        keys.insert(len(KEYS), "source_id")
    period_is_key = "period_label" in keys
    totals = _totals(frame)
    columns = [*keys, *(c for c in PERIOD_KEYS if c not in keys), *_RESULT_COLUMNS]
    # The rules of _without_parts, _span and _sum, vectorised for millions of rows
    # (tests/test_groupsum.py checks the engine against that loop over groups).
    from .groupsum import summary_table

    return summary_table(frame, keys, totals, columns, period_is_key=period_is_key, lang=lang)


def recognition_pyramid(
    awards: pd.DataFrame,
    *,
    movement: str = "dan_van_kheo",
    subject: str = "model",
    action: str = "recognised",
    measure: str = "stock",
    period: str | None = None,
    lang: Lang = "vi",
) -> pd.DataFrame:
    """Count what was recognised at each level, from the grassroots up.

    Parameters
    ----------
    awards : DataFrame
        The tidy frame.
    movement, subject, action, measure : str
        Which counts (vocabulary codes).
    period : str, optional
        A period label; needed when the selection covers more than one period.
    lang : {"vi", "en"}
        Language of the display columns.

    Returns
    -------
    DataFrame
        One row per level present, lowest first: the keys, ``level``, the period,
        ``count``, ``qualifier``, ``display``, ``share_of_base`` (count divided by
        the count of the lowest level present), ``share_qualifier`` and
        ``share_display`` ("15,6%"; "≤15,6%" when the base is a lower bound),
        ``n_records``, ``record_ids``.

    Raises
    ------
    ComparisonError
        When nothing matches or several periods do and ``period`` is not given.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> pyramid = recognition_pyramid(load_awards(SEED_DATA))
    >>> print(pyramid[["level", "display", "share_display"]].to_string(index=False))
         level display share_display
    grassroots    500+        100,0%
          bloc      78        ≤15,6%
      province      76        ≤15,2%
    """
    lang = vocab.check_lang(lang)
    chosen = _non_empty(
        select(awards, movement=movement, subject=subject, action=action, measure=measure, period=period),
        f"movement={movement!r}, subject={subject!r}, action={action!r}, measure={measure!r}"
        + (f", period={period!r}" if period else ""),
    )
    labels = _period_labels(chosen)
    if len(labels) > 1:
        raise ComparisonError(
            f"recognition_pyramid: the selection covers {len(labels)} periods ({', '.join(labels)}); "
            "pass period= one of them"
        )
    reports = sorted(chosen["source_id"].dropna().unique()) if "source_id" in chosen.columns else []
    if len(reports) > 1:
        raise ComparisonError(
            f"recognition_pyramid: the selection covers {len(reports)} reports ({', '.join(reports)}), "
            "whose counts must not be added; use pyramid_by_province, or select one report first"
        )
    table = summarise(chosen, by=("level", "period"), lang=lang)
    table = table.loc[table["count"].notna()].reset_index(drop=True)
    return _with_shares(table, [], lang)


def counts_by_period(
    awards: pd.DataFrame,
    *,
    by: str | Sequence[str] = ("movement", "subject", "action"),
    lang: Lang = "vi",
) -> pd.DataFrame:
    """Sum the counts of each period, with per-year rates for periods of different length.

    Parameters
    ----------
    awards : DataFrame
        The tidy frame.
    by : str or sequence of str
        Grouping columns besides the period; movement, subject, action and measure
        are always among them.
    lang : {"vi", "en"}
        Language of the display columns.

    Returns
    -------
    DataFrame
        The columns of :func:`summarise` grouped by period, plus ``years`` (length
        of the period: a quarter is 0.25, a phase 2021-2023 is 3), ``per_year``
        (count / years) and ``per_year_display`` (one decimal, qualifier kept).

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> table = counts_by_period(select(load_awards(SEED_DATA), subject="collective"))
    >>> print(table[["period_label", "display", "years", "per_year_display"]].to_string(index=False))
    period_label display  years per_year_display
       2021-2023      26   3.00              8,7
    Quý III/2023       3   0.25             12,0
    """
    lang = vocab.check_lang(lang)
    extra = (by,) if isinstance(by, str) else tuple(by)
    table = summarise(awards, by=(*extra, "period"), lang=lang)
    return _with_rates(table, lang)


def counts_by_subject(
    awards: pd.DataFrame,
    *,
    by: str | Sequence[str] = "unit_type",
    lang: Lang = "vi",
) -> pd.DataFrame:
    """Break the counts of each subject down by unit type, tier, field or level.

    Counts are also kept apart by period. A missing ``by`` value (the report does
    not say) is its own row; :func:`label_table` shows it as "Không rõ".

    Parameters
    ----------
    awards : DataFrame
        The tidy frame.
    by : str or sequence of str
        The breakdown column(s), e.g. ``"unit_type"`` or ``"tier"``.
    lang : {"vi", "en"}
        Language of the ``display`` column.

    Returns
    -------
    DataFrame
        The columns of :func:`summarise`.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> table = counts_by_subject(select(load_awards(SEED_DATA), movement="dan_van_kheo"), by="tier")
    >>> print(table.loc[table["subject"] == "collective", ["tier", "display"]].to_string(index=False))
           tier display
    achievement       7
      excellent      19
    """
    extra = (by,) if isinstance(by, str) else tuple(by)
    return summarise(awards, by=(*extra, "period"), lang=lang)


def counts_by_movement(
    awards: pd.DataFrame, *, by: str | Sequence[str] = (), lang: Lang = "vi"
) -> pd.DataFrame:
    """Sum the counts of each movement, never across movements, with per-year rates.

    Each movement keeps its own periods (a phase against a quarter), so the table
    has :func:`counts_by_period`'s ``years`` and ``per_year`` columns to compare
    them fairly.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> table = counts_by_movement(select(load_awards(SEED_DATA), action="certificate_of_merit"))
    >>> print(table[["movement", "subject", "display", "per_year_display"]].to_string(index=False))
             movement    subject display per_year_display
         dan_van_kheo collective      26              8,7
         dan_van_kheo individual       8              2,7
    ho_chi_minh_study collective       3             12,0
    ho_chi_minh_study individual       8             32,0
    """
    extra = (by,) if isinstance(by, str) else tuple(by)
    return counts_by_period(awards, by=extra, lang=lang)


# --- comparisons by province --------------------------------------------------------


def current_province(awards: pd.DataFrame) -> pd.Series:
    """Return the province each count belongs to today.

    ``province_current`` (one of the 34 units since 2025-07-01) where the table has it,
    the province as reported otherwise; missing for a nationwide figure.

    Raises
    ------
    ComparisonError
        When the table has no ``province`` column.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> current_province(load_awards(SEED_DATA)).nunique()
    1
    """
    frame = _checked(awards)
    if "province" not in frame.columns:
        raise ComparisonError(
            "the award table has no 'province' column; expected the tidy frame of load_awards()"
        )
    reported = frame["province"].map(_text_or_none)
    if "province_current" in frame.columns:
        today = frame["province_current"].map(_text_or_none)
        reported = today.where(today.notna(), reported)
    return reported.astype("str").rename("province_current")


def all_levels_tallies(awards: pd.DataFrame) -> pd.Series:
    """Tell which counts are area-wide tallies over every level, not counts at one level.

    The schema needs a level and has no code for "all levels", so the data writes a
    tally ("toàn tỉnh có 2.071 mô hình", "trên 630 mô hình được công nhận các cấp") at
    ``grassroots`` and its note begins :data:`dvk_analysis.vocab.ALL_LEVELS_NOTE` (or
    says :data:`~dvk_analysis.vocab.ALL_LEVELS_CONVENTION`). A grassroots part of a tally
    ("trong đó") is a tally too.

    Returns
    -------
    Series of bool
        Aligned with the rows of ``awards``.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> bool(all_levels_tallies(load_awards(SEED_DATA)).any())  # the seed states levels
    False
    """
    frame = _checked(awards)
    prefix, convention = vocab.fold(vocab.ALL_LEVELS_NOTE), vocab.fold(vocab.ALL_LEVELS_CONVENTION)
    notes = frame["note"] if "note" in frame.columns else pd.Series(None, index=frame.index, dtype="object")
    ids = [str(r) for r in frame["record_id"]]
    marked = {
        record: isinstance(note, str)
        and (vocab.fold(note).startswith(prefix) or convention in vocab.fold(note))
        for record, note in zip(ids, notes, strict=True)
    }
    grassroots = {
        record: str(level) == "grassroots" for record, level in zip(ids, frame["level"], strict=True)
    }
    totals = _totals(frame)

    def tally(record: str) -> bool:
        seen = {record}
        while not marked.get(record, False):
            parent = totals.get(record)
            if parent is None or parent in seen or not grassroots.get(record, False):
                return False
            seen.add(parent)
            record = parent
        return True

    return pd.Series([tally(r) for r in ids], index=frame.index, dtype="bool", name="all_levels")


def pyramid_by_province(
    awards: pd.DataFrame,
    *,
    movement: str | Sequence[str] = "dan_van_kheo",
    subject: str | Sequence[str] = "model",
    action: str | Sequence[str] = "recognised",
    measure: str = "stock",
    lang: Lang = "vi",
) -> pd.DataFrame:
    """Count what each province's reports recognised at each level, with shares of the base.

    One pyramid per province, report and period: counts of different reports are never
    added (:data:`REPORT_KEYS`), so a district's report and its province's, or two papers
    printing the same figure, stay apart. The base of a pyramid is its area-wide tally
    (``all_levels``, see :func:`all_levels_tallies`) if it has one, else its lowest level;
    ``share_of_base`` is each level's count divided by it, bounds carried ("≤15,6%").
    ``subject`` may list several codes ("model", "model_or_exemplar"): each keeps its
    own pyramid, never added to the other. Nationwide figures (no province) are left out.

    Parameters
    ----------
    awards : DataFrame
        The tidy frame.
    movement, subject, action : str or sequence of str
        Which counts (vocabulary codes).
    measure : str
        Only this measure (a change is not a stock).
    lang : {"vi", "en"}
        Language of the display columns.

    Returns
    -------
    DataFrame
        One row per province, report, movement, subject, action, period and level:
        :data:`REPORT_KEYS`, the keys, the period, ``level``, ``all_levels``, ``count``,
        ``qualifier``, ``display``, ``share_of_base``, ``share_qualifier``,
        ``share_display``, ``years``, ``per_year`` (none for a period shorter than
        :data:`MIN_RATE_YEARS`), ``per_year_display``, ``n_records``, ``record_ids``.
        Provinces in Vietnamese order, then periods, then levels from the base up.

    Raises
    ------
    ComparisonError
        When nothing matches.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> table = pyramid_by_province(load_awards(SEED_DATA))
    >>> print(table[["province", "level", "display", "share_display"]].to_string(index=False))
      province      level display share_display
    Kiên Giang grassroots    500+        100,0%
    Kiên Giang       bloc      78        ≤15,6%
    Kiên Giang   province      76        ≤15,2%
    """
    lang = vocab.check_lang(lang)
    frame = _province_frame(awards)
    what = f"movement={movement!r}, subject={subject!r}, action={action!r}, measure={measure!r}"
    chosen = _non_empty(
        select(frame, movement=movement, subject=subject, action=action, measure=measure),
        what + " in a province",
    )
    table = _by_report(chosen, lang)
    table = table.loc[table["count"].notna()].reset_index(drop=True)
    return _with_shares(table, _REPORT_GROUP, lang)


def registered_vs_recognised(
    awards: pd.DataFrame,
    *,
    movement: str | Sequence[str] = "dan_van_kheo",
    subject: str | Sequence[str] = ("model", "model_or_exemplar"),
    measure: str = "stock",
    base_only: bool = True,
    lang: Lang = "vi",
) -> pd.DataFrame:
    """Set the models each province's reports registered beside those they recognised.

    Registered and recognised counts are different things: they sit in rows of their
    own (``action``), never added, and so do models (``model``) and counts of "mô hình,
    điển hình" together (``model_or_exemplar``), which a report gives when it does not
    split them. Each row has its per-year rate, so a phase 2016-2020 and the year 2023
    can be set side by side. Counts of different reports are never added.

    Parameters
    ----------
    awards : DataFrame
        The tidy frame.
    movement, subject : str or sequence of str
        Which counts (vocabulary codes).
    measure : str
        Only this measure.
    base_only : bool
        Keep one row per report, period, subject and action: its area-wide tally, or
        its lowest level (the report's broadest figure; "96 mô hình đăng ký cấp huyện"
        inside a district's 139 is left out). False keeps every level.
    lang : {"vi", "en"}
        Language of the display columns.

    Returns
    -------
    DataFrame
        The columns of :func:`provinces_side_by_side`, ``action`` "registered" or
        "recognised"; provinces in Vietnamese order, then periods.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> table = registered_vs_recognised(load_awards(SEED_DATA))
    >>> print(table[["province", "action", "display", "per_year_display"]].to_string(index=False))
      province     action display per_year_display
    Kiên Giang recognised    500+           166,7+
    """
    lang = vocab.check_lang(lang)
    frame = _province_frame(awards)
    actions = ["registered", "recognised"]
    what = f"movement={movement!r}, subject={subject!r}, action={actions!r}, measure={measure!r}"
    chosen = _non_empty(
        select(frame, movement=movement, subject=subject, action=actions, measure=measure),
        what + " in a province",
    )
    table = _by_report(chosen, lang)
    if base_only:
        table = table.groupby(_REPORT_GROUP, dropna=False, observed=True, sort=False).head(1)
    return table.reset_index(drop=True)


def collectives_vs_individuals(
    awards: pd.DataFrame,
    *,
    movement: str | Sequence[str] = "dan_van_kheo",
    action: str | Sequence[str] | None = None,
    measure: str = "stock",
    lang: Lang = "vi",
) -> pd.DataFrame:
    """Set the collectives each province's reports rewarded beside the individuals.

    Collectives and individuals are never added to each other, nor awards of different
    kinds (``action``) or levels (the same collective can be rewarded by the district and
    again by the province). Tiers of one award are added ("7 tập thể có thành tích" and
    "19 ... xuất sắc" are 26 collectives). Exemplars ("62 điển hình") are not individuals
    and stay out.

    Parameters
    ----------
    awards : DataFrame
        The tidy frame.
    movement : str or sequence of str
        Which movement(s), each kept apart.
    action : str or sequence of str, optional
        Which awards. None means every action but ``proposed``: a proposal
        ("đề nghị khen thưởng") is not an award; ask for it by name to see it.
    measure : str
        Only this measure: award instances ("lượt") are not collectives.
    lang : {"vi", "en"}
        Language of the display columns.

    Returns
    -------
    DataFrame
        The columns of :func:`provinces_side_by_side`, ``subject`` "collective" or
        "individual".

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> table = collectives_vs_individuals(load_awards(SEED_DATA))
    >>> print(table[["movement", "subject", "level", "display", "per_year_display"]].to_string(index=False))
        movement    subject level display per_year_display
    dan_van_kheo collective  bloc      26              8,7
    dan_van_kheo individual  bloc       8              2,7
    """
    lang = vocab.check_lang(lang)
    frame = _province_frame(awards)
    if action is None:
        action = [code for code in vocab.codes("action") if code != "proposed"]
    what = (
        f"movement={movement!r}, subject=['collective', 'individual'], action={action!r}, measure={measure!r}"
    )
    chosen = _non_empty(
        select(
            frame, movement=movement, subject=["collective", "individual"], action=action, measure=measure
        ),
        what + " in a province",
    )
    return _by_report(chosen, lang)


def provinces_side_by_side(
    awards: pd.DataFrame,
    *,
    movement: str | Sequence[str] = "dan_van_kheo",
    subject: str | Sequence[str] = "model",
    action: str | Sequence[str] = "recognised",
    measure: str = "stock",
    lang: Lang = "vi",
) -> pd.DataFrame:
    """Set the provinces' counts of one kind side by side, with per-year rates.

    Periods differ in length (a phase 2009-2024 against the year 2017), so every row
    has ``years`` and ``per_year``: the fair comparison. A count dated by a month (a
    running total "đến nay") has no per-year rate. Counts are kept apart by province as
    reported (Kiên Giang's and An Giang's before their merger), by report, by level
    (area-wide tallies in rows of their own, ``all_levels``) and by period.

    Parameters
    ----------
    awards : DataFrame
        The tidy frame.
    movement, subject, action : str or sequence of str
        Which counts (vocabulary codes); several codes stay apart.
    measure : str
        Only this measure.
    lang : {"vi", "en"}
        Language of the display columns.

    Returns
    -------
    DataFrame
        One row per province, report, movement, subject, action, period and level:
        ``province_current`` (today's province), ``province`` (as reported),
        ``source_id``, ``source_publisher``, ``source_date``, ``movement``,
        ``subject``, ``action``, ``measure``, the period, ``level``, ``all_levels``,
        ``count``, ``qualifier``, ``display``, ``years``, ``per_year``,
        ``per_year_display``, ``n_records``, ``record_ids``. Provinces in Vietnamese
        order (:func:`dvk_analysis.vocab.fold`), then periods, then levels.

    Raises
    ------
    ComparisonError
        When nothing matches.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> table = provinces_side_by_side(load_awards(SEED_DATA), action="recognised")
    >>> print(table[["province", "level", "display", "years", "per_year_display"]].to_string(index=False))
      province      level display  years per_year_display
    Kiên Giang grassroots    500+    3.0           166,7+
    Kiên Giang       bloc      78    3.0             26,0
    Kiên Giang   province      76    3.0             25,3
    """
    lang = vocab.check_lang(lang)
    frame = _province_frame(awards)
    what = f"movement={movement!r}, subject={subject!r}, action={action!r}, measure={measure!r}"
    chosen = _non_empty(
        select(frame, movement=movement, subject=subject, action=action, measure=measure),
        what + " in a province",
    )
    return _by_report(chosen, lang)


# --- display ----------------------------------------------------------------------


def format_share(share: float | None, qualifier: str = "exact", lang: Lang = "vi") -> str:
    """Format a share as a percentage with one decimal and its bound.

    >>> format_share(0.156, "at_most"), format_share(0.5, "exact", "en"), format_share(0.2, "at_least")
    ('≤15,6%', '50.0%', '≥20,0%')
    """
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return ""
    mark = {"at_least": "≥", "at_most": "≤", "approx": "~"}.get(qualifier, "")
    return f"{mark}{format_number(share * 100, lang, 1)}%"


def label_table(table: pd.DataFrame, lang: Lang = "vi", *, numbers: bool = True) -> pd.DataFrame:
    """Return a copy of a table ready to show: labels for codes and column names.

    Vocabulary codes become labels (a missing value "Không rõ"), period labels are
    translated, dates written dd/mm/yyyy, column names come from
    :data:`dvk_analysis.vocab.COLUMN_LABELS` (unknown names are kept). With
    ``numbers=True`` numbers become text in the language's format ("2.071",
    "0,25"), so a Vietnamese reader never sees a decimal point. The result is
    for display only: compute on the table, not on its labelled copy.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> shown = label_table(recognition_pyramid(load_awards(SEED_DATA))[["level", "display"]])
    >>> shown.to_dict("list")
    {'Cấp': ['Cơ sở', 'Khối', 'Tỉnh'], 'Hiển thị': ['500+', '78', '76']}
    """
    lang = vocab.check_lang(lang)
    out = pd.DataFrame(index=table.index)
    for column in table.columns:
        values = table[column]
        code_column = "qualifier" if column == "share_qualifier" else column
        if code_column in vocab.VOCAB_COLUMNS:
            names = vocab.labels(code_column, lang)
            shown = [vocab.not_stated(lang) if _missing(v) else names.get(str(v), str(v)) for v in values]
        elif column == "period_label":
            shown = [
                "" if _missing(v) else "; ".join(period_label(p, lang) for p in str(v).split("; "))
                for v in values
            ]
        elif pd.api.types.is_datetime64_any_dtype(values):
            shown = ["" if _missing(v) else f"{v:%d/%m/%Y}" for v in values]
        elif numbers and pd.api.types.is_bool_dtype(values):
            shown = list(values)
        elif numbers and pd.api.types.is_integer_dtype(values):
            shown = ["" if _missing(v) else format_number(int(v), lang) for v in values]
        elif numbers and pd.api.types.is_float_dtype(values):
            shown = [_format_float(v, lang) for v in values]
        else:
            out[_column_name(column, lang)] = values.to_numpy()
            continue
        out[_column_name(column, lang)] = pd.Series(shown, index=table.index, dtype="str")
    return out


# --- internals --------------------------------------------------------------------


def _checked(awards: pd.DataFrame) -> pd.DataFrame:
    if not isinstance(awards, pd.DataFrame):
        frame = getattr(awards, "frame", None)  # a LoadResult from load_awards(..., errors="collect")
        if not isinstance(frame, pd.DataFrame):
            raise ComparisonError(f"expected the tidy award table (a DataFrame), not {type(awards).__name__}")
        awards = frame
    missing = [c for c in _NEEDED if c not in awards.columns]
    if missing:
        raise ComparisonError(
            f"the award table lacks the columns {missing}; expected the tidy frame of load_awards()"
        )
    return awards


def _keys(by: str | Sequence[str], frame: pd.DataFrame) -> list[str]:
    extra = (by,) if isinstance(by, str) else tuple(by)
    keys = list(KEYS)
    for column in extra:
        expanded = PERIOD_KEYS if column == "period" or column in PERIOD_KEYS else (column,)
        for name in expanded:
            if name not in frame.columns:
                raise ComparisonError(
                    f"cannot group by {name!r}: no such column in the award table; "
                    f"expected one of {list(schema.COLUMNS)} or 'period'"
                )
            if name not in keys:
                keys.append(name)
    return keys


def _totals(frame: pd.DataFrame) -> dict[str, str]:
    """Return ``{record_id: the record_id it is a part of}``."""
    pairs = frame[["record_id", "part_of"]].dropna()
    return {str(r): str(p) for r, p in zip(pairs["record_id"], pairs["part_of"], strict=True) if str(p)}


def _without_parts(group: pd.DataFrame, totals: Mapping[str, str]) -> pd.DataFrame:
    """Drop the rows whose total, or total's total, is also in ``group``."""
    present = set(group["record_id"].astype(str))
    keep = []
    for record in group["record_id"].astype(str):
        seen, parent, inside = {record}, totals.get(record), False
        while parent is not None and parent not in seen:
            if parent in present:
                inside = True
                break
            seen.add(parent)
            parent = totals.get(parent)
        keep.append(not inside)
    return group.loc[keep]


def _span(group: pd.DataFrame, key: Mapping[str, Any]) -> dict[str, Any]:
    """Describe the periods summed in one group; refuse overlapping different periods."""
    periods = (
        group[list(PERIOD_KEYS)]
        .drop_duplicates()
        .sort_values(["period_start", "period_label"], kind="stable")
    )
    previous_end = None
    for start, end in zip(periods["period_start"], periods["period_end"], strict=True):
        if previous_end is not None and start <= previous_end:
            where = ", ".join(f"{k}={v}" for k, v in key.items() if k in KEYS)
            raise ComparisonError(
                f"summing {where} would add counts of overlapping periods "
                f"({'; '.join(periods['period_label'].astype(str))}); group by period (by='period') "
                "or select one period"
            )
        previous_end = end if previous_end is None else max(previous_end, end)
    kinds = periods["period_kind"].dropna().unique()
    return {
        "period_start": periods["period_start"].min(),
        "period_end": periods["period_end"].max(),
        "period_kind": kinds[0] if len(kinds) == 1 else None,
        "period_label": "; ".join(periods["period_label"].astype(str)),
    }


def _sum(group: pd.DataFrame, lang: Lang) -> dict[str, Any]:
    counts = group["count"]
    known = counts.notna()
    if not known.any():
        count, qualifier = None, None
    else:
        count = int(counts[known].sum())
        qualifiers = list(group.loc[known, "qualifier"].astype(str))
        if not known.all():
            qualifiers.append("at_least")  # an unknown count is 0 or more
        qualifier = combine_qualifiers(qualifiers)
    return {
        "count": count,
        "qualifier": qualifier,
        "display": "" if count is None else format_count(count, qualifier or "exact", lang),
        "n_records": len(group),
        "record_ids": ", ".join(sorted(group["record_id"].astype(str))),
    }


def _typed(table: pd.DataFrame) -> pd.DataFrame:
    dtypes = schema.dtypes()
    for column in table.columns:
        if column in dtypes:
            table[column] = table[column].astype(dtypes[column])  # type: ignore[call-overload]
    table["qualifier"] = table["qualifier"].astype(schema.category_dtype("qualifier"))
    table["count"] = table["count"].astype("Int64")
    table["n_records"] = table["n_records"].astype("int64")
    for column in ("display", "record_ids"):
        table[column] = table[column].astype("str")
    return table


def _sort_key(column: pd.Series) -> pd.Series:
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = pd.Series(column.cat.codes, index=column.index)
        return codes.where(codes >= 0, len(column.cat.categories))  # missing last
    if pd.api.types.is_string_dtype(column):
        return column.map(lambda v: "\uffff" if _missing(v) else vocab.fold(str(v)) + "\0" + str(v))
    return column


def _sorted(table: pd.DataFrame, keys: Sequence[str]) -> pd.DataFrame:
    from .groupsum import _sort_order  # the engine's order: one rule for both (lazy: no cycle)

    order = _sort_order(keys)
    if not len(table):
        return table.reset_index(drop=True)
    return table.sort_values(order, key=_sort_key, kind="stable", na_position="last").reset_index(drop=True)


def _with_rates(table: pd.DataFrame, lang: Lang, *, min_years: float = 0.0) -> pd.DataFrame:
    # Length and display are computed once per distinct period and per distinct rate:
    # a national table has hundreds of thousands of rows but few periods.
    period_columns = ["period_start", "period_end", "period_kind", "period_label"]
    if len(table):
        index = table.groupby(period_columns, dropna=False, observed=True, sort=False).ngroup().to_numpy()
        firsts = table.iloc[np.unique(index, return_index=True)[1]]
        lengths = np.array(
            [
                Period(start.date(), end.date(), str(kind), str(label)).years
                for start, end, kind, label in zip(*(firsts[c] for c in period_columns), strict=True)
            ],
            dtype="float64",
        )
        years = lengths[index]
    else:
        years = np.zeros(0, dtype="float64")
    table["years"] = pd.Series(years, index=table.index, dtype="float64")
    per_year = table["count"].astype("float64") / table["years"]
    per_year = per_year.where(table["years"] >= min_years)  # shorter: a running total, no rate
    table["per_year"] = per_year
    pairs = pd.DataFrame({"rate": per_year.to_numpy(), "q": table["qualifier"].astype(str).to_numpy()})
    codes = pairs.groupby(["rate", "q"], dropna=False, sort=False).ngroup().to_numpy()
    shown = np.array(
        [
            format_count(rate, q, lang, decimals=1) if not _missing(rate) else ""
            for rate, q in zip(
                *(pairs[c].to_numpy()[np.unique(codes, return_index=True)[1]] for c in ("rate", "q")),
                strict=True,
            )
        ],
        dtype=object,
    )
    table["per_year_display"] = pd.Series(shown[codes] if len(codes) else [], index=table.index, dtype="str")
    order = [c for c in table.columns if c not in ("n_records", "record_ids")] + ["n_records", "record_ids"]
    return table[order]


def _non_empty(frame: pd.DataFrame, what: str) -> pd.DataFrame:
    if not len(frame):
        raise ComparisonError(f"no counts match {what}")
    return frame


def _period_labels(frame: pd.DataFrame) -> list[str]:
    periods = (
        frame[["period_start", "period_label"]]
        .drop_duplicates()
        .sort_values(["period_start", "period_label"])
    )
    return list(periods["period_label"].astype(str))


def _missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _format_float(value: object, lang: Lang) -> str:
    if _missing(value):
        return ""
    text = format_number(float(value), lang, 3)  # type: ignore[arg-type]
    decimal = "," if lang == "vi" else "."
    if decimal in text:
        text = text.rstrip("0").rstrip(decimal)
    return text


def _column_name(column: str, lang: Lang) -> str:
    return vocab.column_label(column, lang) if column in vocab.COLUMN_LABELS else column


def _text_or_none(value: object) -> str | None:
    if _missing(value):
        return None
    text = str(value).strip()
    return text or None


# A pyramid, or a report's broadest figure, is taken inside one of these groups.
_REPORT_GROUP: list[str] = [*REPORT_KEYS, *KEYS, *PERIOD_KEYS]


def _province_frame(awards: pd.DataFrame) -> pd.DataFrame:
    """The rows that have a province, with today's province and the all-levels flag."""
    frame = _checked(awards).copy()
    frame["province_current"] = current_province(frame).to_numpy()
    frame["all_levels"] = all_levels_tallies(frame).to_numpy()  # before any selection: parts see totals
    has_province = frame["province"].map(_text_or_none).notna()
    return frame.loc[has_province.to_numpy()].reset_index(drop=True)


def _by_report(frame: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """Sum by province, report, period and level; per-year rates; provinces in Vietnamese order."""
    table = summarise(frame, by=(*REPORT_KEYS, "period", "level", "all_levels"), lang=lang)
    table["all_levels"] = table["all_levels"].astype("bool")
    table = _with_rates(table, lang, min_years=MIN_RATE_YEARS)
    # A tally first: it covers every level, so it is the base of its report's pyramid.
    table["_scope"] = (~table["all_levels"]).astype("int64")
    order = [
        "province_current",
        "province",
        *PERIOD_KEYS,
        "source_date",
        "source_id",
        *KEYS,
        "_scope",
        "level",
    ]
    table = _sorted(table, order).drop(columns="_scope")
    first = [*REPORT_KEYS, *KEYS]
    return table[first + [c for c in table.columns if c not in first]]


def _with_shares(table: pd.DataFrame, group: Sequence[str], lang: Lang) -> pd.DataFrame:
    """Add each row's share of the first row of its group (the base of its pyramid)."""
    shares: dict[Any, float] = {}
    qualifiers: dict[Any, str] = {}
    groups = (
        [g for _, g in table.groupby(list(group), dropna=False, observed=True, sort=False)]
        if group
        else [table]
    )
    for rows in groups:
        base_count, base_qualifier = rows["count"].iloc[0], str(rows["qualifier"].iloc[0])
        for position, (index, count, qualifier) in enumerate(
            zip(rows.index, rows["count"], rows["qualifier"], strict=True)
        ):
            if base_count == 0:
                shares[index], qualifiers[index] = math.nan, "exact"
            elif position == 0:
                shares[index], qualifiers[index] = (
                    1.0,
                    "exact",
                )  # the base against itself is 100 %, bound or not
            else:
                shares[index] = int(count) / int(base_count)
                qualifiers[index] = ratio_qualifier(str(qualifier), base_qualifier)
    share = pd.Series([shares[i] for i in table.index], index=table.index, dtype="float64")
    qualifier = [qualifiers[i] for i in table.index]
    table["share_of_base"] = share
    table["share_qualifier"] = pd.Series(
        pd.Categorical(qualifier, dtype=schema.category_dtype("qualifier")), index=table.index
    )
    table["share_display"] = pd.Series(
        [format_share(s, q, lang) for s, q in zip(share, qualifier, strict=True)],
        index=table.index,
        dtype="str",
    )
    # The shares go after the count they are of; the record columns stay last.
    columns = list(table.columns[: table.columns.get_loc("display") + 1])
    shares_columns = ["share_of_base", "share_qualifier", "share_display"]
    records = ["n_records", "record_ids"]
    rest = [c for c in table.columns if c not in (*columns, *shares_columns, *records)]
    return table[[*columns, *shares_columns, *rest, *records]]
