"""Charts of award counts: tidy award frame in, plotly Figure out.

In the manner of plotly express, each builder takes the tidy frame and a few
filters, asks :mod:`dvk_analysis.compare` for the numbers and draws them. Every
figure

- uses the ``"dvk"`` template (DejaVu Sans, which has every Vietnamese letter; white
  background; the colour-blind-safe colours of :mod:`dvk_analysis.vocab`);
- writes numbers the way its language does (``separators=",."`` in Vietnamese);
- marks lower bounds, upper bounds and approximations on the bars themselves (a
  hatch pattern and a note), and per-year rates in the axis title;
- names its source and period in a grey line under the chart (:func:`source_line`);
- is deterministic: the same data gives the same ``fig.to_json()``.

``fig.layout.meta`` holds ``{"figure": name, "lang": lang, "table": [...]}``, the
rows drawn, so a notebook can assert the numbers it shows.
"""

from __future__ import annotations

import datetime as dt
import math
import textwrap
from collections.abc import Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from . import compare, vocab
from .parse import period_label
from .vocab import Lang

#: Name of the project's plotly template in ``plotly.io.templates``.
TEMPLATE_NAME = "dvk"
#: Font of every chart: DejaVu Sans covers Vietnamese (Liberation does not).
FONT_FAMILY = "DejaVu Sans, Arial, sans-serif"
FONT_SIZE = 14
SOURCE_COLOUR = "#595959"

# A hatch per kind of bound: the chart itself says which numbers are not exact.
_PATTERNS = {"at_least": "/", "at_most": "\\", "approx": "."}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LINE_PX = 17  # height of one line of 14 px text
_WRAP = 26  # characters per line of a category label


def template() -> go.layout.Template:
    """Return the project's plotly template (font, colours, white background, margins)."""
    axis = {
        "showline": True,
        "linecolor": "#8C8C8C",
        "gridcolor": "#E6E6E6",
        "zeroline": False,
        "ticks": "outside",
        "tickcolor": "#8C8C8C",
        "automargin": True,
        "title": {"standoff": 10},
    }
    return go.layout.Template(
        layout={
            "font": {"family": FONT_FAMILY, "size": FONT_SIZE, "color": "#222222"},
            "title": {"font": {"size": 18}, "x": 0, "xanchor": "left", "xref": "paper"},
            "paper_bgcolor": "white",
            "plot_bgcolor": "white",
            "colorway": [c for name, c in vocab.OKABE_ITO.items() if name not in ("grey", "black")],
            "xaxis": axis,
            "yaxis": axis,
            # At the right, top-aligned: a legend above the plot can grow into the title.
            "legend": {"orientation": "v", "x": 1.02, "xanchor": "left", "y": 1, "yanchor": "top"},
            "hoverlabel": {"font": {"family": FONT_FAMILY, "size": 13}},
            "bargap": 0.25,
            "margin": {"l": 80, "r": 40, "t": 80, "b": 110},
        }
    )


def register_template() -> str:
    """Register the template as ``plotly.io.templates["dvk"]`` and return its name.

    Done once when this module is imported; calling it again is harmless. Charts
    made elsewhere can share the look with ``template="dvk"``.
    """
    pio.templates[TEMPLATE_NAME] = template()
    return TEMPLATE_NAME


register_template()


# --- the source line ----------------------------------------------------------------


def source_line(awards: pd.DataFrame, lang: Lang = "vi") -> str:
    """Return the line that names the sources and periods of ``awards``.

    Sources (publisher, or source id when there is none, and publication date) in
    date order, then the periods present in chronological order.

    Examples
    --------
    >>> from dvk_analysis import load_awards, select
    >>> source_line(select(load_awards(), movement="dan_van_kheo"))
    'Nguồn: Báo Kiên Giang (03/11/2023) · Kỳ: 2021-2023'
    >>> source_line(load_awards(), "en")
    'Source: Báo Kiên Giang (3 Nov 2023) · Period: 2021-2023, Q3 2023'
    """
    lang = vocab.check_lang(lang)
    frame = compare.select(awards)
    sources: dict[str, tuple[pd.Timestamp | None, str]] = {}
    for row in frame.itertuples(index=False):
        publisher = getattr(row, "source_publisher", None)
        name = str(publisher) if isinstance(publisher, str) and publisher else str(row.source_id)
        date = getattr(row, "source_date", None)
        date = None if date is None or pd.isna(date) else pd.Timestamp(date)
        text = f"{name} ({_date(date, lang)})" if date is not None else name
        sources[text] = (date, name)
    ordered = sorted(sources, key=lambda t: (sources[t][0] or pd.Timestamp.max, vocab.fold(t), t))
    periods = (
        frame[["period_start", "period_label"]]
        .drop_duplicates()
        .sort_values(["period_start", "period_label"])
    )
    labels = list(dict.fromkeys(period_label(str(p), lang) for p in periods["period_label"]))
    parts = []
    if ordered:
        parts.append(f"{vocab.figure_text('source', lang)}: {'; '.join(ordered)}")
    if labels:
        parts.append(f"{vocab.figure_text('period', lang)}: {', '.join(labels)}")
    return " · ".join(parts)


# --- builders ----------------------------------------------------------------------


def level_pyramid(
    awards: pd.DataFrame,
    *,
    movement: str = "dan_van_kheo",
    subject: str = "model",
    action: str = "recognised",
    measure: str = "stock",
    period: str | None = None,
    lang: Lang = "vi",
) -> go.Figure:
    """Draw what was recognised at each level: horizontal bars, grassroots at the bottom.

    One colour per level (from the vocabulary); the text on a bar is its count as
    reported ("500+"); a bar that is a bound is hatched and labelled ("cận dưới").
    The hover shows the share of the base level. Arguments as in
    :func:`dvk_analysis.compare.recognition_pyramid`.

    Examples
    --------
    >>> from dvk_analysis import load_awards
    >>> fig = level_pyramid(load_awards())
    >>> fig.data[0].y, fig.data[0].text
    (('Cơ sở', 'Khối', 'Tỉnh'), ('500+', '78', '76'))
    """
    lang = vocab.check_lang(lang)
    table = compare.recognition_pyramid(
        awards, movement=movement, subject=subject, action=action, measure=measure, period=period, lang=lang
    )
    shown = compare.select(awards, movement=movement, subject=subject, action=action, measure=measure)
    shown = shown.loc[shown["period_label"].isin(table["period_label"])]
    levels = [vocab.label("level", str(code), lang) for code in table["level"]]
    colours = vocab.colours("level", lang)
    qualifiers = [str(q) for q in table["qualifier"]]
    counts = [int(c) for c in table["count"]]
    share_name = vocab.column_label("share_of_base", lang)
    fig = go.Figure(
        go.Bar(
            x=counts,
            y=levels,
            orientation="h",
            name=vocab.label("subject", subject, lang),
            marker={"color": [colours[level] for level in levels], "pattern": _pattern(qualifiers)},
            text=list(table["display"]),
            textposition="outside",
            cliponaxis=False,
            customdata=[[d, s] for d, s in zip(table["display"], table["share_display"], strict=True)],
            hovertemplate=f"%{{y}}: %{{customdata[0]}}<br>{share_name}: %{{customdata[1]}}<extra></extra>",
            showlegend=False,
        )
    )
    for level, count, qualifier in zip(levels, counts, qualifiers, strict=True):
        if qualifier != "exact":
            fig.add_annotation(
                name=f"bound:{level}",
                x=count,
                y=level,
                xref="x",
                yref="y",
                xanchor="right",
                xshift=-4,
                text=_bound_word(qualifier, lang),
                showarrow=False,
                bgcolor="white",
                font={"size": 12},
            )
    fig.update_yaxes(
        categoryorder="array", categoryarray=levels, title_text=vocab.column_label("level", lang)
    )
    fig.update_xaxes(
        range=[0, max(counts, default=1) * 1.15 or 1], title_text=vocab.column_label("count", lang)
    )
    title = (
        f"{vocab.label('movement', movement, lang)}: {vocab.label('subject', subject, lang)} – "
        f"{vocab.label('action', action, lang)} {vocab.figure_text('by_level', lang)}"
    )
    return _finish(fig, "level_pyramid", table, shown, lang, title, qualifiers, tick_lines=1)


def period_comparison(
    awards: pd.DataFrame,
    *,
    by: str = "subject",
    per_year: bool = False,
    movement: str | Sequence[str] | None = None,
    subject: str | Sequence[str] | None = None,
    action: str | Sequence[str] | None = None,
    measure: str = "stock",
    lang: Lang = "vi",
) -> go.Figure:
    """Draw counts per period as grouped bars, periods in time order, colour by ``by``.

    Parameters
    ----------
    awards : DataFrame
        The tidy frame.
    by : str
        The colour: ``"subject"`` or ``"movement"`` (or another vocabulary column).
    per_year : bool
        Draw per-year rates (count ÷ length of the period in years) instead of
        counts, so a quarter and a three-year phase can be compared; the axis
        title and a note say so.
    movement, subject, action : str or list of str, optional
        Filters (codes). ``movement=None`` means every movement when
        ``by="movement"`` and "dan_van_kheo" otherwise; ``None`` elsewhere means
        every value.
    measure : str
        Only one measure is ever drawn (a change is not a stock).
    lang : {"vi", "en"}
        Language of every label.

    Raises
    ------
    ComparisonError
        When one bar would stand for several counts that must not be added
        (e.g. two actions for the same subject and period): filter further.

    Examples
    --------
    >>> from dvk_analysis import load_awards
    >>> fig = period_comparison(load_awards(), by="movement", subject="collective", per_year=True)
    >>> [(t.name[:12], t.x, t.text) for t in fig.data]
    [('Dân vận khéo', ('2021-2023',), ('8,7',)), ('Học tập và l', ('Quý III/2023',), ('12,0',))]
    """
    lang = vocab.check_lang(lang)
    _check_colour(by)
    if movement is None and by != "movement":
        movement = "dan_van_kheo"
    shown = compare.select(awards, movement=movement, subject=subject, action=action, measure=measure)
    what = f"movement={movement!r}, subject={subject!r}, action={action!r}, measure={measure!r}"
    table = compare.counts_by_period(_non_empty(shown, what), by=by, lang=lang)
    table["_x"] = [period_label(str(p), lang) for p in table["period_label"]]
    order = list(dict.fromkeys(_chronological(table)["_x"]))
    value, text = ("per_year", "per_year_display") if per_year else ("count", "display")
    varying = _varying(table, exclude=(by, "period_label"))  # the period is on the x axis
    _one_row_each(table, ["_x", by], varying, "period_comparison")
    fig = _bar_traces(table, colour=by, x="_x", value=value, text=text, name_extra=varying, lang=lang)
    fig.update_xaxes(
        categoryorder="array",
        categoryarray=order,
        title_text=vocab.column_label("period", lang),
        type="category",
    )
    y_title = vocab.column_label("count", lang)
    if per_year:
        y_title = f"{y_title}, {vocab.figure_text('per_year', lang)}"
    fig.update_yaxes(title_text=y_title)
    fixed = _fixed_labels(table, exclude=(by,), lang=lang)
    what_by = vocab.figure_text("per_year", lang) + ", " if per_year else ""
    title = f"{' · '.join(fixed)}: {what_by}{vocab.figure_text('by_period', lang)}"
    qualifiers = [str(q) for q in table["qualifier"]]
    return _finish(
        fig, "period_comparison", table, shown, lang, title, qualifiers, tick_lines=1, per_year=per_year
    )


def subject_breakdown(
    awards: pd.DataFrame,
    *,
    by: str = "unit_type",
    movement: str | Sequence[str] = "dan_van_kheo",
    subject: str | Sequence[str] | None = None,
    action: str | Sequence[str] | None = None,
    measure: str = "stock",
    period: str | None = None,
    barmode: str = "group",
    lang: Lang = "vi",
) -> go.Figure:
    """Draw each subject broken down by ``by`` ("unit_type", "tier", "field", "level").

    Subjects are on the x axis, one colour per ``by`` value; a missing value is
    its own grey bar "Không rõ" (the report does not say). ``barmode`` is
    ``"group"`` or ``"stack"``. Other arguments as in :func:`period_comparison`.

    Examples
    --------
    >>> from dvk_analysis import load_awards
    >>> fig = subject_breakdown(load_awards(), by="tier", subject=["collective", "individual"])
    >>> [(t.name, t.y) for t in fig.data]
    [('Có thành tích', (7, 6)), ('Có thành tích xuất sắc', (19, 2))]
    """
    lang = vocab.check_lang(lang)
    _check_colour(by)
    if barmode not in ("group", "stack"):
        raise ValueError(f"barmode must be 'group' or 'stack', not {barmode!r}")
    shown = compare.select(
        awards, movement=movement, subject=subject, action=action, measure=measure, period=period
    )
    what = f"movement={movement!r}, subject={subject!r}, action={action!r}, period={period!r}"
    table = compare.counts_by_subject(_non_empty(shown, what), by=by, lang=lang)
    varying = _varying(table, exclude=("subject", by))
    table["_x"] = [
        _category(
            [vocab.label("subject", str(row["subject"]), lang)]
            + [_value_label(c, row[c], lang) for c in varying]
        )
        for _, row in table.iterrows()
    ]
    order = list(dict.fromkeys(table["_x"]))  # the table is in vocabulary order already
    _one_row_each(table, ["_x", by], [], "subject_breakdown")
    fig = _bar_traces(table, colour=by, x="_x", value="count", text="display", name_extra=[], lang=lang)
    fig.update_layout(barmode=barmode)
    fig.update_xaxes(
        categoryorder="array",
        categoryarray=order,
        title_text=vocab.column_label("subject", lang),
        type="category",
    )
    fig.update_yaxes(title_text=vocab.column_label("count", lang))
    fixed = _fixed_labels(table, exclude=("subject", by, *varying), lang=lang)
    title = (
        f"{' · '.join(fixed)}: {vocab.column_label('subject', lang)} "
        f"{vocab.figure_text('by', lang)} {vocab.column_label(by, lang).lower()}"
    )
    qualifiers = [str(q) for q in table["qualifier"]]
    return _finish(fig, "subject_breakdown", table, shown, lang, title, qualifiers, tick_lines=_lines(order))


def movement_comparison(
    awards: pd.DataFrame,
    *,
    subjects: Sequence[str] = ("collective", "individual"),
    action: str = "certificate_of_merit",
    measure: str = "stock",
    per_year: bool = False,
    lang: Lang = "vi",
) -> go.Figure:
    """Draw collectives and individuals awarded in each movement, side by side.

    One group of bars per movement and period (a movement's counts are never
    added to another's, nor a phase to a quarter); one colour per subject. With
    ``per_year=True`` the bars are per-year rates, fair between a three-year phase
    and a quarter.

    Examples
    --------
    >>> from dvk_analysis import load_awards
    >>> fig = movement_comparison(load_awards())
    >>> [(t.name, t.y) for t in fig.data]
    [('Tập thể', (26, 3)), ('Cá nhân', (8, 8))]
    """
    lang = vocab.check_lang(lang)
    subjects = [subjects] if isinstance(subjects, str) else list(subjects)
    shown = compare.select(awards, subject=subjects, action=action, measure=measure)
    what = f"subject={subjects!r}, action={action!r}, measure={measure!r}"
    table = compare.counts_by_movement(_non_empty(shown, what), lang=lang)
    table["_x"] = [
        _category([vocab.label("movement", str(m), lang)]) + "<br>" + period_label(str(p), lang)
        for m, p in zip(table["movement"], table["period_label"], strict=True)
    ]
    ordered = table.sort_values(["movement", "period_start", "period_label"], kind="stable")
    order = list(dict.fromkeys(ordered["_x"]))
    _one_row_each(table, ["_x", "subject"], [], "movement_comparison")
    value, text = ("per_year", "per_year_display") if per_year else ("count", "display")
    fig = _bar_traces(table, colour="subject", x="_x", value=value, text=text, name_extra=[], lang=lang)
    fig.update_xaxes(
        categoryorder="array",
        categoryarray=order,
        title_text=vocab.column_label("movement", lang),
        type="category",
    )
    y_title = vocab.column_label("count", lang)
    if per_year:
        y_title = f"{y_title}, {vocab.figure_text('per_year', lang)}"
    fig.update_yaxes(title_text=y_title)
    what_by = vocab.figure_text("per_year", lang) + ", " if per_year else ""
    title = f"{vocab.label('action', action, lang)}: {what_by}{vocab.figure_text('by_movement', lang)}"
    qualifiers = [str(q) for q in table["qualifier"]]
    return _finish(
        fig,
        "movement_comparison",
        table,
        shown,
        lang,
        title,
        qualifiers,
        tick_lines=_lines(order),
        per_year=per_year,
    )


# --- internals --------------------------------------------------------------------


def _date(date: pd.Timestamp, lang: Lang) -> str:
    if lang == "vi":
        return f"{date:%d/%m/%Y}"
    return f"{date.day} {_MONTHS_EN[date.month - 1]} {date.year}"


def _non_empty(frame: pd.DataFrame, what: str) -> pd.DataFrame:
    if not len(frame):
        raise compare.ComparisonError(f"no counts to draw for {what}")
    return frame


def _check_colour(by: str) -> None:
    if by not in vocab.VOCAB_COLUMNS or by in ("qualifier", "measure", "period_kind"):
        allowed = [c for c in vocab.VOCAB_COLUMNS if c not in ("qualifier", "measure", "period_kind")]
        raise compare.ComparisonError(f"by={by!r} cannot be a colour; expected one of {allowed}")


def _pattern(qualifiers: Sequence[str]) -> dict[str, Any]:
    return {
        "shape": [_PATTERNS.get(q, "") for q in qualifiers],
        "fillmode": "overlay",
        "fgcolor": "white",
        "solidity": 0.35,
    }


def _bound_word(qualifier: str, lang: Lang) -> str:
    if qualifier == "at_least":
        return vocab.figure_text("lower_bound", lang)
    return vocab.label("qualifier", qualifier, lang).lower()


def _category(parts: Sequence[str]) -> str:
    """Join label parts into one axis category, wrapping long labels onto lines."""
    return "<br>".join("<br>".join(textwrap.wrap(p, _WRAP)) or p for p in parts if p)


def _lines(categories: Sequence[str]) -> int:
    return max((c.count("<br>") + 1 for c in categories), default=1)


def _value_label(column: str, value: object, lang: Lang) -> str:
    if column == "period_label":
        return period_label(str(value), lang)
    if value is None or (isinstance(value, float) and math.isnan(value)) or pd.isna(value):  # type: ignore[arg-type]
        return vocab.not_stated(lang)
    return vocab.label(column, str(value), lang)


def _colour_map(column: str, lang: Lang) -> dict[str, str]:
    """Colours of a column's labels: the vocabulary's, or Okabe-Ito in order if it has none."""
    colours = vocab.colours(column, lang)
    if len(set(colours.values())) < len(colours):
        palette = [c for name, c in vocab.OKABE_ITO.items() if name not in ("grey", "black")]
        colours = {label: palette[i % len(palette)] for i, label in enumerate(colours)}
    colours[vocab.not_stated(lang)] = vocab.OKABE_ITO["grey"]
    return colours


def _varying(table: pd.DataFrame, exclude: Sequence[str]) -> list[str]:
    """Grouping columns (besides ``exclude``) that take more than one value in ``table``."""
    columns = [c for c in (*compare.KEYS, "period_label") if c not in exclude and c != "measure"]
    return [c for c in columns if table[c].astype(str).nunique() > 1]


def _fixed_labels(table: pd.DataFrame, exclude: Sequence[str], lang: Lang) -> list[str]:
    """Labels of the grouping columns that take one value: they name the chart."""
    labels = []
    for column in ("movement", "subject", "action"):
        if column in exclude:
            continue
        values = list(dict.fromkeys(str(v) for v in table[column]))
        if len(values) == 1:
            labels.append(vocab.label(column, values[0], lang))
    return labels


def _one_row_each(table: pd.DataFrame, columns: list[str], varying: list[str], builder: str) -> None:
    """Refuse to draw one bar for several counts that must not be added."""
    keys = [*columns, *(c for c in varying if c not in columns)]
    clash = table[keys].astype(str).duplicated(keep=False)
    if clash.any():
        row = table.loc[clash].iloc[0]
        other = [c for c in (*compare.KEYS, "period_label") if table.loc[clash, c].astype(str).nunique() > 1]
        raise compare.ComparisonError(
            f"{builder}: one bar would stand for several counts ({row['_x']!s}) that differ in {other}; "
            f"filter with {', '.join(o.replace('period_label', 'period') + '=' for o in other)} "
            "to choose one"
        )


def _chronological(table: pd.DataFrame) -> pd.DataFrame:
    return table.sort_values(["period_start", "period_label"], kind="stable")


def _bar_traces(
    table: pd.DataFrame,
    *,
    colour: str,
    x: str,
    value: str,
    text: str,
    name_extra: Sequence[str],
    lang: Lang,
) -> go.Figure:
    """One bar trace per value of ``colour`` (vocabulary order, missing last)."""
    colours = _colour_map(colour, lang)
    codes = [*vocab.codes(colour), None]
    name_columns = [c for c in name_extra if c != colour]
    fig = go.Figure()
    for code in codes:
        rows = table.loc[table[colour].isna()] if code is None else table.loc[table[colour] == code]
        if not len(rows):
            continue
        # Further columns that vary split a colour into several named traces.
        groups = (
            [g for _, g in rows.groupby(name_columns, sort=False, dropna=False, observed=True)]
            if name_columns
            else [rows]
        )
        for group in groups:
            first = group.iloc[0]
            label = _value_label(colour, code, lang)
            extra = [_value_label(c, first[c], lang) for c in name_columns]
            name = f"{label} ({', '.join(extra)})" if extra else label
            qualifiers = [str(q) for q in group["qualifier"]]
            values = [
                None if pd.isna(v) else (int(v) if value == "count" else float(v)) for v in group[value]
            ]
            custom = [
                [str(d), str(p), period_label(str(lab), lang)]
                for d, p, lab in zip(
                    group["display"],
                    group["per_year_display"] if "per_year_display" in group else group["display"],
                    group["period_label"],
                    strict=True,
                )
            ]
            hover = f"%{{x}}<br>{name}: %{{customdata[0]}}"
            if "per_year_display" in group:
                hover += f"<br>{vocab.column_label('per_year', lang)}: %{{customdata[1]}}"
            hover += f"<br>{vocab.figure_text('period', lang)}: %{{customdata[2]}}<extra></extra>"
            fig.add_trace(
                go.Bar(
                    x=list(group[x]),
                    y=values,
                    name=_category([name]),
                    legendgroup=label,
                    marker={"color": colours[label], "pattern": _pattern(qualifiers)},
                    text=[str(t) for t in group[text]],
                    textposition="outside",
                    cliponaxis=False,
                    customdata=custom,
                    hovertemplate=hover,
                )
            )
    return fig


def _finish(
    fig: go.Figure,
    name: str,
    table: pd.DataFrame,
    shown: pd.DataFrame,
    lang: Lang,
    title: str,
    qualifiers: Sequence[str],
    *,
    tick_lines: int,
    per_year: bool = False,
) -> go.Figure:
    """Apply the template, the number format, the notes and the source line."""
    notes = [
        vocab.figure_text(f"{q}_note", lang) for q in ("at_least", "at_most", "approx") if q in qualifiers
    ]
    if per_year:
        notes.append(vocab.figure_text("per_year_note", lang))
    shift = 62 + _LINE_PX * (tick_lines - 1)
    if notes:
        fig.add_annotation(_footer("notes", " · ".join(notes), shift, 12))
        shift += 20
    fig.add_annotation(_footer("source", source_line(shown, lang), shift, 11))
    fig.update_layout(
        template=pio.templates[TEMPLATE_NAME],
        separators=",." if lang == "vi" else ".,",
        title={"text": "<br>".join(textwrap.wrap(title, 80))},
        margin={"b": shift + 30},
        meta={"figure": name, "lang": lang, "table": _records(table)},
    )
    return fig


def _footer(name: str, text: str, shift: int, size: int) -> go.layout.Annotation:
    return go.layout.Annotation(
        name=name,
        text=text,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        yshift=-shift,
        showarrow=False,
        align="left",
        font={"size": size, "color": SOURCE_COLOUR},
    )


def _records(table: pd.DataFrame) -> list[dict[str, Any]]:
    """The table as JSON-safe records (codes, ISO dates, None for missing)."""
    out = []
    for row in table.drop(columns=[c for c in table.columns if c.startswith("_")]).to_dict("records"):
        clean: dict[str, Any] = {}
        for key, value in row.items():
            if value is None or value is pd.NA or value is pd.NaT:
                clean[key] = None
            elif isinstance(value, pd.Timestamp | dt.date):
                clean[key] = value.strftime("%Y-%m-%d")
            elif isinstance(value, float):
                clean[key] = None if math.isnan(value) else value
            elif hasattr(value, "item"):
                clean[key] = value.item()
            else:
                clean[key] = value
        out.append(clean)
    return out
