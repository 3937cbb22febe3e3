"""The engine of :func:`dvk_analysis.compare.summarise`, vectorised for millions of rows.

It keeps every rule of the comparisons (see :mod:`dvk_analysis.compare`): a part is never
added to its total in the same group, qualifiers combine (exact + lower bound is a lower
bound, anything approximate is approximate), overlapping different periods are never
added. Instead of a Python loop over the groups, it numbers the groups once (one pandas
groupby, as a bare ``groupby().sum()`` does) and computes sums, qualifiers, record counts
and period spans with array operations; Python runs once per group only to format the
displayed number.

``record_ids`` lists, sorted, the records summed in a group when there are at most
:data:`RECORD_IDS_LIMIT` of them and the table has at most :data:`RECORD_IDS_MAX_ROWS`
rows; otherwise (record-level data: thousands of models in one cell) it is empty, and
:func:`dvk_analysis.compare.select` lists them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from . import schema, vocab
from .parse import format_count
from .vocab import Lang

#: Largest number of records whose ids a summary row lists in ``record_ids``.
RECORD_IDS_LIMIT = 20

#: Tables of more rows than this (record-level data at national scale) list no ids at all:
#: millions of ids in summary cells help no reader, and :func:`dvk_analysis.compare.select`
#: lists the records of any group.
RECORD_IDS_MAX_ROWS = 200_000

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
    frame: pd.DataFrame,
    group: np.ndarray,
    kept: np.ndarray,
    first: np.ndarray,
    keys: Sequence[str],
) -> dict[str, object]:
    """Span of the periods summed in each group; refuse overlapping different periods."""
    from .compare import KEYS, ComparisonError

    n_groups = len(first)
    periods = frame.loc[kept, list(_PERIOD_KEYS)].copy()
    periods["_group"] = group[kept]
    periods = periods.drop_duplicates().sort_values(["_group", "period_start", "period_label"], kind="stable")
    g = periods["_group"].to_numpy()
    starts = periods["period_start"].to_numpy().astype("datetime64[ns]").view(np.int64)
    ends = periods["period_end"].to_numpy().astype("datetime64[ns]").view(np.int64)
    # A period that starts on or before the latest end of the periods before it overlaps.
    latest = pd.Series(ends).groupby(g).cummax().to_numpy()
    same = np.zeros(len(g), dtype=bool)
    same[1:] = g[1:] == g[:-1]
    overlap = np.zeros(len(g), dtype=bool)
    overlap[1:] = same[1:] & (starts[1:] <= latest[:-1])
    if overlap.any():
        bad = np.unique(g[overlap])
        pick = int(bad[np.argmin(first[bad])])  # the group the loop over groups meets first
        key = frame.iloc[int(first[pick])]
        where = ", ".join(f"{k}={key[k]}" for k in keys if k in KEYS)
        labels = "; ".join(periods["period_label"].astype(str).to_numpy()[g == pick])
        raise ComparisonError(
            f"summing {where} would add counts of overlapping periods "
            f"({labels}); group by period (by='period') or select one period"
        )
    nat = np.iinfo(np.int64).min
    low = np.full(n_groups, np.iinfo(np.int64).max, dtype=np.int64)
    high = np.full(n_groups, nat, dtype=np.int64)
    np.minimum.at(low, g, starts)
    np.maximum.at(high, g, ends)
    present = np.bincount(g, minlength=n_groups) > 0
    low[~present] = nat
    kind = periods["period_kind"]
    codes = kind.cat.codes.to_numpy() if isinstance(kind.dtype, pd.CategoricalDtype) else None
    if codes is None:
        codes, uniques = pd.factorize(kind)
        categories = list(uniques)
    else:
        categories = list(kind.cat.categories)
    pairs = pd.DataFrame({"g": g, "k": codes})
    pairs = pairs[pairs["k"] >= 0].drop_duplicates()
    n_kinds = np.bincount(pairs["g"].to_numpy(), minlength=n_groups)
    one = np.full(n_groups, -1, dtype=np.int64)
    single = pairs[n_kinds[pairs["g"].to_numpy()] == 1]
    one[single["g"].to_numpy()] = single["k"].to_numpy()
    texts = np.full(n_groups, "", dtype=object)
    if len(g):
        labels_table = pa.table(
            {"g": pa.array(g), "label": pa.array(periods["period_label"].astype(str).to_numpy(dtype=object))}
        )
        joined = labels_table.group_by("g", use_threads=False).aggregate([("label", "list")])
        texts[joined.column("g").to_numpy()] = pc.binary_join(joined.column("label_list"), "; ").to_pylist()
    return {
        "period_start": pd.to_datetime(np.where(present, low, nat).view("datetime64[ns]")),
        "period_end": pd.to_datetime(np.where(present, high, nat).view("datetime64[ns]")),
        "period_kind": [categories[k] if k >= 0 else None for k in one],
        "period_label": texts.tolist(),
    }


def _group_ids(
    frame: pd.DataFrame, keys: Sequence[str]
) -> tuple[np.ndarray, np.ndarray, dict[str, tuple[np.ndarray, list[object]]]]:
    """Group number of every row, the first row of each group, and for text keys the
    codes and distinct values the groupby found (so text is never hashed twice)."""
    grouped = frame.groupby(list(keys), dropna=False, observed=True, sort=False)
    grouper = getattr(grouped, "_grouper", None)
    ids = getattr(grouper, "ids", None)  # what groupby().sum() computes, without a Series
    if not isinstance(ids, np.ndarray) or len(ids) != len(frame):  # pragma: no cover - other pandas
        ids = grouped.ngroup().to_numpy()
    ids = ids.astype(np.int64, copy=False)
    n_groups = int(ids.max()) + 1 if len(ids) else 0
    first = np.empty(n_groups, dtype=np.int64)
    first[ids[::-1]] = np.arange(len(ids) - 1, -1, -1)  # the last write is the smallest row
    text: dict[str, tuple[np.ndarray, list[object]]] = {}
    for key, grouping in zip(keys, getattr(grouper, "groupings", []), strict=False):
        column = frame[key]
        if isinstance(column.dtype, pd.CategoricalDtype) or not pd.api.types.is_string_dtype(column):
            continue
        codes = getattr(grouping, "codes", None)
        uniques = getattr(grouping, "uniques", None)
        if isinstance(codes, np.ndarray) and len(codes) == len(frame) and uniques is not None:
            text[key] = (codes[first], list(uniques))
    return ids, first, text


def group_sums(
    frame: pd.DataFrame,
    keys: Sequence[str],
    totals: Mapping[str, str],
    *,
    period_is_key: bool,
    lang: Lang = "vi",
    sort: bool = False,
) -> pd.DataFrame:
    """Sum the counts of ``frame`` by ``keys``: one row per group.

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
    sort : bool
        Rows in the order of :func:`sort_table` (else in no particular order).

    Returns
    -------
    DataFrame
        The keys, the period columns, ``count``, ``qualifier``, ``display``,
        ``n_records`` and ``record_ids``, as :func:`dvk_analysis.compare.summarise`
        builds them before typing.
    """
    group, first, text_codes = _group_ids(frame, keys)
    n_groups = len(first)
    table = frame[list(keys)].iloc[first].reset_index(drop=True)
    order = np.arange(n_groups)
    if sort:
        # Sort the groups now, on their keys typed as the tidy frame types them, so that
        # the result columns are built in their final order (no second take of text).
        dtypes = schema.dtypes()
        for column in keys:
            if column in dtypes and table[column].dtype != dtypes[column]:
                table[column] = table[column].astype(dtypes[column])  # type: ignore[call-overload]
        ranks = [
            _text_rank(*text_codes[name])
            if name in text_codes
            and pd.api.types.is_string_dtype(table[name])
            and not isinstance(table[name].dtype, pd.CategoricalDtype)
            else _rank(table[name])
            for name in _sort_order(keys)
        ]
        order = _argsort_rows(ranks)
        table = table.take(order).reset_index(drop=True)

    kept = ~_parts_dropped(frame, group, totals)
    all_kept = bool(kept.all())
    counts = frame["count"]
    known = counts.notna().to_numpy()
    if not all_kept:
        known = known & kept
    all_known = bool(known.all())
    g_known = group if all_known else group[known]
    values = counts.to_numpy(dtype="float64", na_value=0.0)
    if not all_known:
        values = values[known]
    if len(values) and values.sum() >= 2**53:  # float sums stay exact below 2**53
        sums = pd.Series(counts[known].astype("int64").to_numpy()).groupby(g_known).sum()
        total = sums.reindex(range(n_groups), fill_value=0).to_numpy(dtype=np.int64)
    else:
        total = np.bincount(g_known, weights=values, minlength=n_groups).round().astype(np.int64)
    n_known = np.bincount(g_known, minlength=n_groups)
    n_kept = n_known if all_known else np.bincount(group if all_kept else group[kept], minlength=n_groups)

    qual = frame["qualifier"]
    codes = qual.cat.codes.to_numpy() if isinstance(qual.dtype, pd.CategoricalDtype) else None
    if codes is None or list(qual.cat.categories) != _QUALIFIERS:
        codes = np.array([_QUALIFIERS.index(q) if q in _QUALIFIERS else -1 for q in qual], dtype=np.int8)
    codes_known = codes if all_known else codes[known]
    bounded = codes_known > 0  # anything but exact
    flags = {name: np.zeros(n_groups, dtype=bool) for name in ("at_least", "approx", "at_most")}
    if bounded.any():
        for name in flags:
            flags[name] = np.bincount(g_known[codes_known == _QUALIFIERS.index(name)], minlength=n_groups) > 0
    flags["at_least"] |= (n_kept - n_known) > 0  # an unknown count is 0 or more
    qualifier = _combine(flags["at_least"], flags["approx"], flags["at_most"])

    if not period_is_key:
        for column, values_ in _spans(frame, group, kept, first, keys).items():
            table[column] = (
                np.asarray(values_, dtype=object)[order]
                if column in ("period_kind", "period_label")
                else (
                    values_[order]  # type: ignore[index]
                )
            )

    total, n_known, n_kept, qualifier = total[order], n_known[order], n_kept[order], qualifier[order]
    has = n_known > 0
    table["count"] = pd.arrays.IntegerArray(np.where(has, total, 0), ~has)
    codes_out = np.where(has, qualifier, -1).astype(np.int8)
    table["qualifier"] = pd.Categorical.from_codes(codes_out, categories=_QUALIFIERS)
    # Each distinct (count, qualifier) is formatted once.
    pairs = np.where(has, total * 4 + qualifier, -1)
    index, distinct = pd.factorize(pairs)
    texts = np.array(
        [format_count(int(p) // 4, _QUALIFIERS[int(p) % 4], lang) if p >= 0 else "" for p in distinct],
        dtype=object,
    )
    table["display"] = pa.array(texts.tolist(), pa.string()).take(pa.array(index)).to_pandas()
    table["n_records"] = n_kept
    table["record_ids"] = np.asarray(
        _record_ids(frame, group, kept, n_kept[np.argsort(order)], n_groups), object
    )[order]
    return table


def _record_ids(
    frame: pd.DataFrame, group: np.ndarray, kept: np.ndarray, n_kept: np.ndarray, n_groups: int
) -> list[str]:
    """Sorted ids of the records summed, for groups of at most RECORD_IDS_LIMIT records."""
    out = np.full(n_groups, "", dtype=object)
    if len(frame) > RECORD_IDS_MAX_ROWS:
        return out.tolist()  # record-level data at scale: select() lists the records
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


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


def _text_rank(codes: np.ndarray, uniques: list[object]) -> np.ndarray:
    """Rank of text values given as codes into their distinct values (missing last)."""
    keys = ["\uffff" if _missing(v) else vocab.fold(str(v)) + "\0" + str(v) for v in uniques]
    order = np.argsort(np.array(keys, dtype=object), kind="stable") if keys else np.zeros(0, np.int64)
    rank = np.empty(len(keys), dtype=np.int64)
    rank[order] = np.arange(len(keys))
    missing = np.array([_missing(v) for v in uniques], dtype=bool)
    rank[missing] = len(keys)  # missing last, as the general sort puts them
    return np.where(codes >= 0, rank[np.maximum(codes, 0)] if len(rank) else 0, len(keys))


def _rank(column: pd.Series) -> np.ndarray:
    """Integer sort key of a column, as :func:`dvk_analysis.compare._sort_key` orders it.

    Codes in vocabulary order, text by its folded form (then as written), missing last;
    each distinct value is keyed once.
    """
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy().astype(np.int64)
        return np.where(codes >= 0, codes, len(column.cat.categories))
    if pd.api.types.is_string_dtype(column):
        index, uniques = pd.factorize(column, use_na_sentinel=True)
        keys = [vocab.fold(str(v)) + "\0" + str(v) for v in uniques]
        order = np.argsort(np.array(keys, dtype=object), kind="stable") if keys else np.zeros(0, np.int64)
        rank = np.empty(len(keys), dtype=np.int64)
        rank[order] = np.arange(len(keys))
        return np.where(index >= 0, rank[np.maximum(index, 0)] if len(rank) else 0, len(keys))
    values = column.to_numpy()
    if np.issubdtype(values.dtype, np.datetime64):
        ints = values.astype("datetime64[ns]").view(np.int64)
        return np.where(np.isnat(values), np.iinfo(np.int64).max, ints)
    index, uniques = pd.factorize(column, sort=True, use_na_sentinel=True)
    return np.where(index >= 0, index, len(uniques))


def _sort_order(keys: Sequence[str]) -> list[str]:
    """The columns rows are sorted by: the keys, periods by start, label, end, kind."""
    order: list[str] = []
    for key in keys:
        if key in _PERIOD_KEYS:
            for name in ("period_start", "period_label", "period_end", "period_kind"):
                if name in keys and name not in order:
                    order.append(name)
        elif key not in order:
            order.append(key)
    return order


def sort_table(table: pd.DataFrame, keys: Sequence[str]) -> pd.DataFrame:
    """:func:`dvk_analysis.compare._sorted`: codes in vocabulary order, periods by start then label."""
    order = _sort_order(keys)
    if not len(table):
        return table.reset_index(drop=True)
    ranks = [_rank(table[name]) for name in order]
    positions = _argsort_rows(ranks) if ranks else np.arange(len(table))
    return table.take(positions).reset_index(drop=True)


def _argsort_rows(ranks: list[np.ndarray]) -> np.ndarray:
    """Stable order of rows by several integer keys (the first decides first).

    The keys are made dense and packed into one integer when their sizes allow it, so
    one sort does the work of a lexsort over every key.
    """
    dense = []
    for rank in ranks:
        top = int(rank.max()) + 1 if len(rank) else 1
        if rank.min(initial=0) >= 0 and top <= 4 * len(rank) + 16:
            dense.append((rank.astype(np.int64, copy=False), top))  # small ranks: used as they are
        else:
            codes, uniques = pd.factorize(rank, sort=True)
            dense.append((codes.astype(np.int64), len(uniques)))
    total = 1
    for _, size in dense:
        total *= max(size, 1)
    if total >= 2**62:
        return np.lexsort([codes for codes, _ in reversed(dense)])
    packed = np.zeros(len(ranks[0]), dtype=np.int64)
    for codes, size in dense:
        packed = packed * max(size, 1) + codes
    return np.argsort(packed)  # packed keys differ for every group: no ties to keep stable


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

    if not len(frame):
        return sort_table(_typed(pd.DataFrame(columns=list(columns))), keys)
    table = group_sums(frame, keys, totals, period_is_key=period_is_key, lang=lang, sort=True)
    return _typed(table[list(columns)])
