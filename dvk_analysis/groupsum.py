"""The engine of :func:`dvk_analysis.compare.summarise`, vectorised for millions of rows.

It keeps every rule of the comparisons (see :mod:`dvk_analysis.compare`): a part is never
added to its total in the same group, qualifiers combine (exact + lower bound is a lower
bound, anything approximate is approximate), overlapping different periods are never
added. Instead of a Python loop over the groups, it numbers the groups once (one pandas
groupby, as a bare ``groupby().sum()`` does) and computes sums, qualifiers, record counts
and period spans with array operations; Python runs once per group only to format the
displayed number.

``record_ids`` lists, sorted, the records summed in a group when there are at most
:data:`RECORD_IDS_LIMIT` of them; a group of more records (record-level data: thousands
of models in one cell) has an empty ``record_ids``, and :func:`dvk_analysis.compare.select`
lists them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from . import vocab
from .parse import format_count
from .vocab import Lang

#: Largest number of records whose ids a summary row lists in ``record_ids``.
RECORD_IDS_LIMIT = 20

_PERIOD_KEYS = ("period_start", "period_end", "period_kind", "period_label")
_QUALIFIERS = vocab.codes("qualifier")  # exact, at_least, approx, at_most


def _combine(at_least: np.ndarray, approx: np.ndarray, at_most: np.ndarray) -> np.ndarray:
    """Qualifier code per group from which non-exact qualifiers its known counts have."""
    kinds = at_least.astype(np.int8) + approx.astype(np.int8) + at_most.astype(np.int8)
    out = np.zeros(len(kinds), dtype=np.int8)  # exact
    out[at_least & (kinds == 1)] = _QUALIFIERS.index("at_least")
    out[at_most & (kinds == 1)] = _QUALIFIERS.index("at_most")
    out[approx | (kinds > 1)] = _QUALIFIERS.index("approx")
    return out


def _parts_dropped(frame: pd.DataFrame, group: np.ndarray, totals: Mapping[str, str]) -> np.ndarray:
    """Rows whose total (or total's total) is in the same group: left out of the sum."""
    dropped = np.zeros(len(frame), dtype=bool)
    if not totals:
        return dropped
    ids = frame["record_id"].astype(str)
    parents = set(totals.values())
    # Groups each total appears in, for the ids that are totals of something.
    holders = np.flatnonzero(ids.isin(parents).to_numpy())
    groups_of: dict[str, set[int]] = {}
    for i in holders:
        groups_of.setdefault(ids.iat[i], set()).add(int(group[i]))
    children = np.flatnonzero(ids.isin(set(totals)).to_numpy())
    for i in children:
        record, g = ids.iat[i], int(group[i])
        seen, parent = {record}, totals.get(record)
        while parent is not None and parent not in seen:
            if g in groups_of.get(parent, ()):
                dropped[i] = True
                break
            seen.add(parent)
            parent = totals.get(parent)
    return dropped


def _spans(
    frame: pd.DataFrame, group: np.ndarray, kept: np.ndarray, n_groups: int, keys: Sequence[str]
) -> dict[str, list[Any]]:
    """Span of the periods summed in each group; refuse overlapping different periods."""
    from .compare import KEYS, ComparisonError

    periods = frame.loc[kept, list(_PERIOD_KEYS)].copy()
    periods["_group"] = group[kept]
    periods = periods.drop_duplicates().sort_values(["_group", "period_start", "period_label"], kind="stable")
    out: dict[str, list[Any]] = {
        "period_start": [pd.NaT] * n_groups,
        "period_end": [pd.NaT] * n_groups,
        "period_kind": [None] * n_groups,
        "period_label": [""] * n_groups,
    }
    bounds = np.searchsorted(periods["_group"].to_numpy(), np.arange(n_groups + 1))
    starts = periods["period_start"].to_numpy()
    ends = periods["period_end"].to_numpy()
    kinds = periods["period_kind"]
    labels = periods["period_label"].astype(str).to_numpy()
    for g in range(n_groups):
        a, b = bounds[g], bounds[g + 1]
        if a == b:
            continue
        s, e = starts[a:b], ends[a:b]
        if b - a > 1:
            running = np.maximum.accumulate(e)[:-1]
            if (s[1:] <= running).any():
                key = frame.iloc[int(np.flatnonzero(group == g)[0])]
                where = ", ".join(f"{k}={key[k]}" for k in keys if k in KEYS)
                raise ComparisonError(
                    f"summing {where} would add counts of overlapping periods "
                    f"({'; '.join(labels[a:b])}); group by period (by='period') or select one period"
                )
        out["period_start"][g] = pd.Timestamp(s.min())
        out["period_end"][g] = pd.Timestamp(e.max())
        found = kinds.iloc[a:b].dropna().unique()
        out["period_kind"][g] = found[0] if len(found) == 1 else None
        out["period_label"][g] = "; ".join(labels[a:b])
    return out


def _group_ids(frame: pd.DataFrame, keys: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Group number of every row, groups numbered in order of first appearance, and
    the first row of each group."""
    grouped = frame.groupby(list(keys), dropna=False, observed=True, sort=True)
    grouper = getattr(grouped, "_grouper", None)
    ids = getattr(grouper, "ids", None)  # what groupby().sum() computes, without a Series
    if not isinstance(ids, np.ndarray) or len(ids) != len(frame):  # pragma: no cover - other pandas
        ids = grouped.ngroup().to_numpy()
    ids = ids.astype(np.int64, copy=False)
    n_groups = int(ids.max()) + 1 if len(ids) else 0
    first = np.empty(n_groups, dtype=np.int64)
    first[ids[::-1]] = np.arange(len(ids) - 1, -1, -1)  # the last write is the smallest row
    order = np.argsort(first, kind="stable")
    rank = np.empty(n_groups, dtype=np.int64)
    rank[order] = np.arange(n_groups)
    return rank[ids], first[order]


def group_sums(
    frame: pd.DataFrame,
    keys: Sequence[str],
    totals: Mapping[str, str],
    *,
    period_is_key: bool,
    lang: Lang = "vi",
) -> pd.DataFrame:
    """Sum the counts of ``frame`` by ``keys``: one row per group, groups in first-seen order.

    Parameters
    ----------
    frame : DataFrame
        The tidy frame (at least one row).
    keys : sequence of str
        Grouping columns; missing values form their own group.
    totals : mapping
        ``{record_id: record_id of its total}`` (parts are left out of their total's group).
    period_is_key : bool
        Whether the period columns are among the keys; if not, each group gets the span
        of its periods, and overlapping different periods raise ComparisonError.
    lang : {"vi", "en"}
        Language of ``display``.

    Returns
    -------
    DataFrame
        The keys, the period columns, ``count``, ``qualifier``, ``display``,
        ``n_records`` and ``record_ids``, as :func:`dvk_analysis.compare.summarise`
        builds them before typing and sorting.
    """
    group, first = _group_ids(frame, keys)
    n_groups = len(first)
    table = frame[list(keys)].iloc[first].reset_index(drop=True)

    kept = ~_parts_dropped(frame, group, totals)
    counts = frame["count"]
    known = counts.notna().to_numpy() & kept
    g_known = group[known]
    values = counts.to_numpy(dtype="float64", na_value=0.0)[known]
    if len(values) and values.sum() >= 2**53:  # float sums stay exact below 2**53
        sums = pd.Series(counts[known].astype("int64").to_numpy()).groupby(g_known).sum()
        total = sums.reindex(range(n_groups), fill_value=0).to_numpy(dtype=np.int64)
    else:
        total = np.bincount(g_known, weights=values, minlength=n_groups).round().astype(np.int64)
    n_known = np.bincount(g_known, minlength=n_groups)
    n_kept = np.bincount(group[kept], minlength=n_groups)

    qual = frame["qualifier"]
    codes = qual.cat.codes.to_numpy() if isinstance(qual.dtype, pd.CategoricalDtype) else None
    if codes is None or list(qual.cat.categories) != _QUALIFIERS:
        codes = np.array([_QUALIFIERS.index(q) if q in _QUALIFIERS else -1 for q in qual], dtype=np.int8)
    codes_known = codes[known]
    flags = {
        name: np.bincount(g_known[codes_known == _QUALIFIERS.index(name)], minlength=n_groups) > 0
        for name in ("at_least", "approx", "at_most")
    }
    flags["at_least"] |= (n_kept - n_known) > 0  # an unknown count is 0 or more
    qualifier = _combine(flags["at_least"], flags["approx"], flags["at_most"])

    if not period_is_key:
        for column, values_ in _spans(frame, group, kept, n_groups, keys).items():
            table[column] = values_

    has = n_known > 0
    table["count"] = pd.array(np.where(has, total, 0), dtype="Int64")
    table.loc[~has, "count"] = pd.NA
    table["qualifier"] = [(_QUALIFIERS[q] if h else None) for q, h in zip(qualifier, has, strict=True)]
    # Each distinct (count, qualifier) is formatted once.
    shown: dict[tuple[int, int], str] = {}
    table["display"] = [
        (shown.get((c, q)) or shown.setdefault((c, q), format_count(c, _QUALIFIERS[q], lang))) if h else ""
        for c, q, h in zip(total.tolist(), qualifier.tolist(), has.tolist(), strict=True)
    ]
    table["n_records"] = n_kept
    table["record_ids"] = _record_ids(frame, group, kept, n_kept, n_groups)
    return table


def _record_ids(
    frame: pd.DataFrame, group: np.ndarray, kept: np.ndarray, n_kept: np.ndarray, n_groups: int
) -> list[str]:
    """Sorted ids of the records summed, for groups of at most RECORD_IDS_LIMIT records."""
    out = np.full(n_groups, "", dtype=object)
    small = n_kept <= RECORD_IDS_LIMIT
    rows = np.flatnonzero(kept & small[group])
    if not len(rows):
        return out.tolist()
    ids = pa.array(frame["record_id"].iloc[rows].astype(str).to_numpy(dtype=object), pa.string())
    groups = pa.array(group[rows])
    # Ids already in order (an export sorted by id) need no sort inside their groups.
    if len(ids) > 1 and not pc.all(pc.less_equal(ids.slice(0, len(ids) - 1), ids.slice(1))).as_py():
        order = pc.sort_indices(pa.table({"g": groups, "id": ids}), [("g", "ascending"), ("id", "ascending")])
        ids, groups = ids.take(order), groups.take(order)
    joined = pa.table({"g": groups, "id": ids}).group_by("g", use_threads=False).aggregate([("id", "list")])
    texts = pc.binary_join(joined.column("id_list"), ", ")
    out[joined.column("g").to_numpy()] = np.array(texts.to_pylist(), dtype=object)
    return out.tolist()


def _sort_key(column: pd.Series) -> pd.Series:
    """:func:`dvk_analysis.compare._sort_key`, folding each distinct text once."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = pd.Series(column.cat.codes, index=column.index)
        return codes.where(codes >= 0, len(column.cat.categories))  # missing last
    if pd.api.types.is_string_dtype(column):
        keys = {v: "\uffff" if _missing(v) else vocab.fold(str(v)) + "\0" + str(v) for v in column.unique()}
        missing = next((k for k in keys if _missing(k)), None)
        mapped = column.map(keys)
        if missing is not None:
            mapped = mapped.where(column.notna(), "\uffff")
        return mapped
    return column


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


def sort_table(table: pd.DataFrame, keys: Sequence[str]) -> pd.DataFrame:
    """:func:`dvk_analysis.compare._sorted`: codes in vocabulary order, periods by start then label."""
    from .compare import PERIOD_KEYS

    order: list[str] = []
    for key in keys:
        if key in PERIOD_KEYS:
            for name in ("period_start", "period_label", "period_end", "period_kind"):
                if name in keys and name not in order:
                    order.append(name)
        elif key not in order:
            order.append(key)
    if not len(table):
        return table.reset_index(drop=True)
    return table.sort_values(order, key=_sort_key, kind="stable", na_position="last").reset_index(drop=True)


def summary_table(
    frame: pd.DataFrame,
    keys: Sequence[str],
    totals: Mapping[str, str],
    columns: Sequence[str],
    *,
    period_is_key: bool,
    lang: Lang = "vi",
) -> pd.DataFrame:
    """The table :func:`dvk_analysis.compare.summarise` returns: sums, typed and sorted."""
    from .compare import _typed

    if len(frame):
        table = group_sums(frame, keys, totals, period_is_key=period_is_key, lang=lang)[list(columns)]
    else:
        table = pd.DataFrame(columns=list(columns))
    return sort_table(_typed(table), keys)
