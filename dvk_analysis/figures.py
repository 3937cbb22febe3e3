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

The builders by province (:func:`province_pyramid`, :func:`province_comparison`,
:func:`collectives_individuals`, :func:`registered_recognised_trend`) draw the tables
of the comparisons by province; :func:`with_selector` puts one figure per province (or
movement) behind a plotly dropdown that keeps working in standalone HTML.
"""

from __future__ import annotations

import datetime as dt
import inspect
import math
import textwrap
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from . import compare, provinces, vocab
from .parse import format_number, period_label
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
_FOOTER_WRAP = 105  # characters per line of the notes and source under a chart
_MAX_PERIODS = 4  # more periods than this are summed up in the source line
_TOP_PUBLISHERS = 3  # publishers named when the sources are summed up


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
        # "1.000", not "1000": plotly groups thousands only from five digits by default.
        "separatethousands": True,
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


def source_line(awards: pd.DataFrame, lang: Lang = "vi", *, max_sources: int = 3) -> str:
    """Return the line that names the sources and periods of ``awards``.

    Up to ``max_sources`` sources: each publisher (or source id when there is none)
    with its publication date, in date order, then the periods in chronological order.
    More sources: how many, the years they were published, the publishers with most
    documents and the workbook(s) whose ``sources`` sheet lists them all; more than
    four periods are summed up as their number and span. The line stays short enough
    for one or two lines under a chart.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards, select
    >>> source_line(select(load_awards(SEED_DATA), movement="dan_van_kheo"))
    'Nguồn: Báo Kiên Giang (03/11/2023) · Kỳ: 2021-2023'
    >>> source_line(load_awards(SEED_DATA), "en")
    'Source: Báo Kiên Giang (3 Nov 2023) · Period: 2021-2023, Q3 2023'
    """
    lang = vocab.check_lang(lang)
    frame = compare.select(awards)
    parts = []
    if len(frame):
        parts.append(f"{vocab.figure_text('source', lang)}: {_sources_text(frame, lang, max_sources)}")
    periods = (
        frame[["period_start", "period_end", "period_label"]]
        .drop_duplicates()
        .sort_values(["period_start", "period_label"])
    )
    labels = list(dict.fromkeys(_period_text(str(p), lang) for p in periods["period_label"]))
    if len(labels) > _MAX_PERIODS:
        first, last = periods["period_start"].min().year, periods["period_end"].max().year
        text = vocab.figure_text("n_periods", lang).format(n=len(labels), first=first, last=last)
        parts.append(f"{vocab.figure_text('period', lang)}: {text}")
    elif labels:
        parts.append(f"{vocab.figure_text('period', lang)}: {', '.join(labels)}")
    return " · ".join(parts)


def _sources_text(frame: pd.DataFrame, lang: Lang, max_sources: int) -> str:
    """The sources of ``frame``: listed with their dates, or summed up when there are many."""
    sources: dict[str, tuple[pd.Timestamp | None, str, int]] = {}
    for source_id, rows in frame.groupby(frame["source_id"].astype(str), sort=True):
        first = rows.iloc[0]
        date = first.get("source_date")
        date = None if date is None or pd.isna(date) else pd.Timestamp(date)
        # A source without a date was published after the periods it reports on end.
        year = date.year if date is not None else int(rows["period_end"].max().year)
        sources[str(source_id)] = (date, _publisher(first), year)
    texts = {_source_name(name, date, lang): date for date, name, _ in sources.values()}
    if len(texts) <= max_sources:
        return "; ".join(sorted(texts, key=lambda t: (texts[t] or pd.Timestamp.max, vocab.fold(t), t)))
    per_publisher: dict[str, int] = {}
    for _, name, _ in sources.values():
        per_publisher[name] = per_publisher.get(name, 0) + 1
    ranked = sorted(per_publisher, key=lambda n: (-per_publisher[n], vocab.fold(n), n))
    years = sorted({year for *_, year in sources.values()})
    span = str(years[0]) if years[0] == years[-1] else f"{years[0]}-{years[-1]}"
    text = f"{vocab.figure_text('n_documents', lang).format(n=len(sources))} ({span}) – "
    named = ranked if len(ranked) <= _TOP_PUBLISHERS + 1 else ranked[:_TOP_PUBLISHERS]
    text += ", ".join(named)
    if len(ranked) > len(named):
        text += " " + vocab.figure_text("more_publishers", lang).format(n=len(ranked) - len(named))
    files = sorted({str(f) for f in frame["file"] if isinstance(f, str) and f}) if "file" in frame else []
    if files:
        names = ", ".join(_plain(f.replace("\\", "/").rsplit("/", 1)[-1]) for f in files)
        text += "; " + vocab.figure_text("source_list", lang).format(files=names)
    return text


def _publisher(row: pd.Series) -> str:
    publisher = row.get("source_publisher")
    return _plain(str(publisher) if isinstance(publisher, str) and publisher else str(row["source_id"]))


def _source_name(name: str, date: pd.Timestamp | None, lang: Lang) -> str:
    """A source as charts name it: publisher (date)."""
    return f"{name} ({_date(date, lang)})" if date is not None else name


def _plain(text: str) -> str:
    """Text from the data as plotly shows it: ``<``, ``>`` and ``&`` as entities.

    Plotly reads labels as a small HTML dialect, so a publisher written ``<b>`` would turn
    bold or vanish; entities make it show as typed.
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _period_text(label: str, lang: Lang) -> str:
    """A period label (possibly typed by the analyst) as figure text."""
    return _plain(period_label(label, lang))


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
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> fig = level_pyramid(load_awards(SEED_DATA))
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
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> fig = period_comparison(load_awards(SEED_DATA), by="movement", subject="collective", per_year=True)
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
    table["_x"] = [_period_text(str(p), lang) for p in table["period_label"]]
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
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> fig = subject_breakdown(load_awards(SEED_DATA), by="tier", subject=["collective", "individual"])
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
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> fig = movement_comparison(load_awards(SEED_DATA))
    >>> [(t.name, t.y) for t in fig.data]
    [('Tập thể', (26, 3)), ('Cá nhân', (8, 8))]
    """
    lang = vocab.check_lang(lang)
    subjects = [subjects] if isinstance(subjects, str) else list(subjects)
    shown = compare.select(awards, subject=subjects, action=action, measure=measure)
    what = f"subject={subjects!r}, action={action!r}, measure={measure!r}"
    table = compare.counts_by_movement(_non_empty(shown, what), lang=lang)
    table["_x"] = [
        _category([vocab.label("movement", str(m), lang)]) + "<br>" + _period_text(str(p), lang)
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


# --- comparisons by province ------------------------------------------------------------


def province_pyramid(
    awards: pd.DataFrame,
    *,
    movement: str | Sequence[str] = "dan_van_kheo",
    subject: str | Sequence[str] = "model",
    action: str | Sequence[str] = "recognised",
    measure: str = "stock",
    lang: Lang = "vi",
) -> go.Figure:
    """Draw each province's recognition pyramid: one group of bars per province, report and period.

    The labels on the left say the province (and the province it is part of today), the
    period and, where a province has several reports for one period, the report; inside a
    group one bar per level, coloured as in every chart, from the base up. An area-wide
    tally is its own bar, "Mọi cấp (tổng toàn địa bàn)". The text on a bar is its count as
    reported and, above the base, its share of the base ("78 (≤15,6%)"); bounds are hatched.
    Arguments as in :func:`dvk_analysis.compare.pyramid_by_province`.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> fig = province_pyramid(load_awards(SEED_DATA))
    >>> fig.data[0].y[1], fig.data[0].text
    (['Cơ sở', 'Khối', 'Tỉnh'], ('500+', '78 (≤15,6%)', '76 (≤15,2%)'))
    """
    lang = vocab.check_lang(lang)
    table = compare.pyramid_by_province(
        awards, movement=movement, subject=subject, action=action, measure=measure, lang=lang
    )
    base = table.groupby(_report_group(), dropna=False, observed=True, sort=False).cumcount() == 0
    text = [
        str(d) if is_base else f"{d} ({s})"
        for d, s, is_base in zip(table["display"], table["share_display"], base, strict=True)
    ]
    share = vocab.figure_text("share_of_lowest", lang)
    hover = [[f"{share}: {s}"] for s in table["share_display"]]
    fig, plot_height, left = _level_bars(table, value="count", text=text, hover=hover, lang=lang)
    fig.update_xaxes(title_text=vocab.column_label("count", lang))
    fixed = _fixed_labels(table, exclude=(), lang=lang)
    title = (
        f"{' · '.join(fixed)}: {vocab.figure_text('by_level', lang)} "
        f"{vocab.figure_text('and', lang)} {vocab.figure_text('by_province', lang)}"
    )
    notes = [f"(%): {share}"] if not base.all() else []
    qualifiers = [str(q) for q in table["qualifier"]]
    return _finish(
        fig,
        "province_pyramid",
        table,
        _drawn(awards, table),
        lang,
        title,
        qualifiers,
        tick_lines=1,
        notes=notes,
        left=left,
        plot_height=plot_height,
    )


def province_comparison(
    awards: pd.DataFrame,
    *,
    movement: str | Sequence[str] = "dan_van_kheo",
    subject: str | Sequence[str] = "model",
    action: str | Sequence[str] = "recognised",
    measure: str = "stock",
    per_year: bool = True,
    lang: Lang = "vi",
) -> go.Figure:
    """Draw the provinces' counts of one kind side by side, per year by default.

    One bar per province, report, period and level (coloured by level; an area-wide
    tally is its own bar). With ``per_year=True`` a bar is the count divided by the
    length of its period in years, so a phase 2009-2024 and the year 2017 can be
    compared; a count dated by a month (a running total) has no rate and is left out,
    and the note says how many. Arguments as in
    :func:`dvk_analysis.compare.provinces_side_by_side`.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> fig = province_comparison(load_awards(SEED_DATA))
    >>> fig.data[0].y[1], fig.data[0].text
    (['Cơ sở', 'Khối', 'Tỉnh'], ('166,7+', '26,0', '25,3'))
    """
    lang = vocab.check_lang(lang)
    table = compare.provinces_side_by_side(
        awards, movement=movement, subject=subject, action=action, measure=measure, lang=lang
    )
    value, text, drawn, notes = _rated(table, per_year, "province_comparison", lang)
    count = vocab.column_label("count", lang)
    hover = [[f"{count}: {d}"] for d in drawn["display"]]
    fig, plot_height, left = _level_bars(drawn, value=value, text=list(drawn[text]), hover=hover, lang=lang)
    x_title = count + (f", {vocab.figure_text('per_year', lang)}" if per_year else "")
    fig.update_xaxes(title_text=x_title)
    fixed = _fixed_labels(drawn, exclude=(), lang=lang)
    what_by = vocab.figure_text("per_year", lang) + ", " if per_year else ""
    title = f"{' · '.join(fixed)}: {what_by}{vocab.figure_text('by_province', lang)}"
    qualifiers = [str(q) for q in drawn["qualifier"]]
    return _finish(
        fig,
        "province_comparison",
        drawn,
        _drawn(awards, drawn),
        lang,
        title,
        qualifiers,
        tick_lines=1,
        per_year=per_year,
        notes=notes,
        left=left,
        plot_height=plot_height,
    )


def collectives_individuals(
    awards: pd.DataFrame,
    *,
    movement: str | Sequence[str] = "dan_van_kheo",
    action: str | Sequence[str] | None = None,
    measure: str = "stock",
    per_year: bool = False,
    lang: Lang = "vi",
) -> go.Figure:
    """Draw the collectives and the individuals each province's reports rewarded, side by side.

    One group per province, report and period; inside it one pair of bars (collectives,
    individuals, in the vocabulary's colours) per award and level ("Giấy khen – Khối").
    Collectives and individuals are never added, nor awards of different kinds or levels.
    ``per_year=True`` draws per-year rates. Arguments as in
    :func:`dvk_analysis.compare.collectives_vs_individuals`.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> fig = collectives_individuals(load_awards(SEED_DATA))
    >>> [(t.name, t.x) for t in fig.data]
    [('Tập thể', (26,)), ('Cá nhân', (8,))]
    """
    lang = vocab.check_lang(lang)
    table = compare.collectives_vs_individuals(
        awards, movement=movement, action=action, measure=measure, lang=lang
    )
    value, text, drawn, notes = _rated(table, per_year, "collectives_individuals", lang)
    outer = _report_outer(drawn, lang, exclude=("subject", "action"))
    inner = [
        _inner_label(f"{vocab.label('action', str(a), lang)} – {name}")
        for a, name in zip(drawn["action"], _level_names(drawn, lang), strict=True)
    ]
    categories = list(dict.fromkeys(zip(outer, inner, strict=True)))
    colours = _colour_map("subject", lang)
    fig = go.Figure()
    for subject in ("collective", "individual"):
        rows = {
            (o, i): position
            for position, (o, i, s) in enumerate(zip(outer, inner, drawn["subject"], strict=True))
            if str(s) == subject
        }
        if not rows:
            continue
        name = vocab.label("subject", subject, lang)
        picked = [rows.get(c) for c in categories]
        fig.add_trace(
            go.Bar(
                x=[None if p is None else _number(drawn[value].iloc[p], value) for p in picked],
                y=[[o for o, _ in categories], [i for _, i in categories]],
                orientation="h",
                name=name,
                marker={
                    "color": colours[name],
                    "pattern": _pattern(
                        ["" if p is None else str(drawn["qualifier"].iloc[p]) for p in picked]
                    ),
                },
                text=["" if p is None else str(drawn[text].iloc[p]) for p in picked],
                textposition="outside",
                cliponaxis=False,
                hovertext=["" if p is None else _hover(drawn.iloc[p], name, [], lang) for p in picked],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    plot_height, left = _report_axis(fig, [o for o, _ in categories], [i for _, i in categories], bar_px=40)
    _value_range(fig, drawn[value])
    fig.update_layout(
        barmode="group",
        legend={"orientation": "h", "x": 1, "xanchor": "right", "y": 1, "yanchor": "bottom"},
    )
    x_title = vocab.column_label("count", lang) + (
        f", {vocab.figure_text('per_year', lang)}" if per_year else ""
    )
    fig.update_xaxes(title_text=x_title)
    fixed = _fixed_labels(drawn, exclude=("subject", "action"), lang=lang)
    what_by = vocab.figure_text("per_year", lang) + ", " if per_year else ""
    subjects = (
        f"{vocab.label('subject', 'collective', lang)} {vocab.figure_text('and', lang)} "
        + vocab.label("subject", "individual", lang).lower()
    )
    title = f"{' · '.join([*fixed, subjects])}: {what_by}{vocab.figure_text('by_province', lang)}"
    qualifiers = [str(q) for q in drawn["qualifier"]]
    return _finish(
        fig,
        "collectives_individuals",
        drawn,
        _drawn(awards, drawn),
        lang,
        title,
        qualifiers,
        tick_lines=1,
        per_year=per_year,
        notes=notes,
        left=left,
        plot_height=plot_height,
    )


def registered_recognised_trend(
    awards: pd.DataFrame,
    *,
    movement: str | Sequence[str] = "dan_van_kheo",
    subject: str | Sequence[str] = ("model", "model_or_exemplar"),
    measure: str = "stock",
    per_year: bool = True,
    log_y: bool = True,
    lang: Lang = "vi",
) -> go.Figure:
    """Draw the models registered and recognised over the years, one segment per report.

    Each report's broadest figure (:func:`dvk_analysis.compare.registered_vs_recognised`)
    is a horizontal segment spanning its period, at the height of its per-year rate (or
    its count with ``per_year=False``), with a marker in the middle: colour by action
    (registered, recognised), a solid line for models and a dashed one for "mô hình, điển
    hình" counted together. A lower bound is a ▲ marker, an upper bound ▼, an
    approximation ◆. The marker's text is the value, with the province (as reported)
    when several are drawn; only the province when more than eight markers are drawn.
    Labels are placed so as not to overlap. Counts dated by a month (running totals) have
    no rate and are left out; the note says how many. ``log_y`` draws the rates on a log
    scale (they span from tens to thousands), with ticks at 1, 2 and 5 times a power of ten.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> fig = registered_recognised_trend(load_awards(SEED_DATA))
    >>> [(t.name, t.mode, t.text) for t in fig.data]
    [('Công nhận –<br>Mô hình', 'lines', None), ('Công nhận –<br>Mô hình', 'markers+text', ('166,7+',))]
    """
    lang = vocab.check_lang(lang)
    table = compare.registered_vs_recognised(
        awards, movement=movement, subject=subject, measure=measure, lang=lang
    )
    value, text, drawn, no_rate = _rated(table, per_year, "registered_recognised_trend", lang)
    # The text of a marker: the value, and the province when several are drawn (only the
    # province when there are too many markers for both to fit).
    if len(drawn) > _MAX_LABELS:
        drawn["_label"] = ""  # past this many, labels hide each other and the data
    elif drawn["province"].nunique() == 1:
        drawn["_label"] = [str(t) for t in drawn[text]]
    elif len(drawn) <= _MAX_LONG_LABELS:
        drawn["_label"] = [f"{p}: {t}" for p, t in zip(drawn["province"], drawn[text], strict=True)]
    else:
        drawn["_label"] = [str(p) for p in drawn["province"]]
    drawn["_middle"] = [
        s + (e + pd.Timedelta(days=1) - s) / 2
        for s, e in zip(drawn["period_start"], drawn["period_end"], strict=True)
    ]
    drawn["_textposition"] = _label_positions(drawn["_middle"], drawn[value], list(drawn["_label"]), log_y)
    colours = _colour_map("action", lang)
    fig = go.Figure()
    for action in ("registered", "recognised"):
        for subject_code in vocab.codes("subject"):
            rows = drawn.loc[(drawn["action"] == action) & (drawn["subject"] == subject_code)]
            if not len(rows):
                continue
            action_name = vocab.label("action", action, lang)
            name = f"{action_name} –<br>{vocab.label('subject', subject_code, lang)}"
            colour = colours[action_name]
            values = [_number(v, value) for v in rows[value]]
            xs: list[Any] = []
            ys: list[Any] = []
            for start, end, y in zip(rows["period_start"], rows["period_end"], values, strict=True):
                xs += [_iso(start), _iso(end + pd.Timedelta(days=1)), None]
                ys += [y, y, None]
            # The segments carry the legend: a line, solid for models, dashed for both together.
            fig.add_trace(
                go.Scatter(
                    x=xs,
                    y=ys,
                    mode="lines",
                    name=name,
                    legendgroup=name,
                    line={
                        "color": colour,
                        "width": 3,
                        "dash": "solid" if subject_code == "model" else "dash",
                    },
                    hoverinfo="skip",
                )
            )
            fig.add_trace(
                go.Scatter(
                    x=[_iso(m) for m in rows["_middle"]],
                    y=values,
                    mode="markers+text",
                    name=name,
                    legendgroup=name,
                    showlegend=False,
                    marker={
                        "color": colour,
                        "size": 11,
                        "symbol": [_SYMBOLS.get(str(q), "circle") for q in rows["qualifier"]],
                        "line": {"color": "white", "width": 1},
                    },
                    text=list(rows["_label"]),
                    textposition=list(rows["_textposition"]),
                    textfont={"size": 11},
                    cliponaxis=False,
                    hovertext=[_hover(r, name.replace("<br>", " "), [], lang) for _, r in rows.iterrows()],
                    hovertemplate="%{hovertext}<extra></extra>",
                )
            )
    y_title = vocab.column_label("per_year" if per_year else "count", lang)
    if log_y:
        y_title += f" ({vocab.figure_text('log_scale', lang)})"
        ticks = _log_ticks(drawn[value])
        fig.update_yaxes(
            type="log",
            tickvals=ticks,
            ticktext=[format_number(t, lang, decimals=0 if t >= 1 else 1) for t in ticks],
        )
    else:
        fig.update_yaxes(rangemode="tozero", tickformat=",d")
    fig.update_yaxes(title_text=y_title)
    first, last = drawn["period_start"].min().year, drawn["period_end"].max().year
    fig.update_xaxes(
        type="date",
        tickformat="%Y",
        range=[f"{first - 1}-07-01", f"{last + 2}-01-01"],
        title_text=vocab.column_label("period", lang),
    )
    fig.update_layout(height=_TREND_HEIGHT, legend={"tracegroupgap": 6})
    qualifiers = {str(q) for q in drawn["qualifier"]}
    notes = [vocab.figure_text("segment_note", lang)]
    notes += [
        vocab.figure_text(f"marker_{q}_note", lang)
        for q in ("at_least", "at_most", "approx")
        if q in qualifiers
    ]
    notes += no_rate
    if len(drawn) > _MAX_LABELS:
        notes.append(vocab.figure_text("labels_hidden_note", lang).format(n=len(drawn)))
    fixed = [vocab.label("movement", str(m), lang) for m in dict.fromkeys(drawn["movement"])]
    actions = (
        f"{vocab.label('action', 'registered', lang)} {vocab.figure_text('and', lang)} "
        + vocab.label("action", "recognised", lang).lower()
    )
    what_by = vocab.figure_text("per_year", lang) + ", " if per_year else ""
    title = f"{' · '.join(fixed)}: {actions} – {what_by}{vocab.figure_text('over_time', lang)}"
    return _finish(
        fig,
        "registered_recognised_trend",
        drawn,
        _drawn(awards, drawn),
        lang,
        title,
        [],
        tick_lines=1,
        per_year=per_year,
        notes=notes,
    )


def with_selector(
    builder: Callable[..., go.Figure],
    awards: pd.DataFrame,
    *,
    by: str = "province",
    include_all: bool | None = None,
    first: str | None = None,
    lang: Lang = "vi",
    **kwargs: Any,
) -> go.Figure:
    """Build a figure per value of ``by`` and put them in one figure with a dropdown to pick one.

    The dropdown is plotly's own (``layout.updatemenus``), so it keeps working in a
    figure exported as standalone HTML, with no server and no widgets. Each button shows
    its figure's traces and hides the others, and sets its title, notes, source line,
    axes and height.

    Parameters
    ----------
    builder : callable
        A figure builder of this module, e.g. :func:`province_pyramid`.
    awards : DataFrame
        The tidy frame.
    by : str
        ``"province"`` (the province of today, :func:`dvk_analysis.compare.current_province`,
        so Kiên Giang's reports are under An Giang), a vocabulary column such as
        ``"movement"``, or another text column. When ``by`` is a parameter of the
        builder (``movement``), each value is passed to it; otherwise the builder gets
        the rows with that value.
    include_all : bool, optional
        Whether the first option is the figure of every value ("Tất cả tỉnh, thành
        phố"). By default yes, unless ``by`` is passed to the builder as a parameter.
    first : str, optional
        The option the figure opens on, and so the view a static export (PNG, SVG)
        shows: a province as reported or as of today ("Kiên Giang" opens on "An
        Giang", the unit it belongs to since 2025), or a value or label of ``by``.
        By default the first option. The menu keeps its order.
    lang : {"vi", "en"}
        Language of every label.
    **kwargs
        Passed to the builder.

    Returns
    -------
    Figure
        The option ``first`` names visible, or the first. Options: "all" first, then
        provinces and other text values in Vietnamese order
        (:func:`dvk_analysis.vocab.fold`, then the name), vocabulary codes in vocabulary
        order. An option the builder refuses (nothing of that kind to draw, or several
        periods for a one-period chart) is left out.
        ``layout.meta`` is the visible figure's, plus ``"selector"``:
        ``{"by": by, "labels": [...]}``.

    Raises
    ------
    ComparisonError
        When no option has anything to draw, or ``first`` names no option (the message
        lists them).

    Warns
    -----
    UserWarning
        When ``first`` names an option with nothing to draw: the figure opens on the
        first option and the warning says why.

    Examples
    --------
    >>> from dvk_analysis import SEED_DATA, load_awards
    >>> fig = with_selector(province_pyramid, load_awards(SEED_DATA))
    >>> [b.label for b in fig.layout.updatemenus[0].buttons]
    ['Tất cả tỉnh, thành phố', 'An Giang']
    >>> opened = with_selector(province_pyramid, load_awards(SEED_DATA), first="Kiên Giang")
    >>> opened.layout.updatemenus[0].active
    1
    """
    lang = vocab.check_lang(lang)
    frame = compare.select(awards)
    as_parameter = by in inspect.signature(builder).parameters
    if include_all is None:
        include_all = not as_parameter
    keys = compare.current_province(frame) if by == "province" else _selector_column(frame, by)
    options: list[tuple[str, dict[str, Any], pd.DataFrame]] = []
    values = _selector_values(keys, by, lang)
    wanted = None if first is None else _selector_choice(first, values, by)
    if include_all:
        everything = "all_provinces" if by == "province" else "all"
        options.append((vocab.figure_text(everything, lang), {}, frame))
    for key, label in values:
        if as_parameter:
            options.append((label, {by: key}, frame))
        else:
            options.append((label, {}, frame.loc[(keys == key).to_numpy()].reset_index(drop=True)))
    built: list[tuple[str, go.Figure]] = []
    refused: list[str] = []
    for label, extra, rows in options:
        try:
            built.append((label, builder(rows, lang=lang, **{**kwargs, **extra})))
        except compare.ComparisonError as error:
            refused.append(f"{label}: {error}")  # nothing this builder can draw here: no button
    if not built:
        raise compare.ComparisonError(
            f"with_selector: {builder.__name__} has nothing to draw for any {by!r} ({'; '.join(refused[:3])})"
        )
    labels = [label for label, _ in built]
    active = 0
    if wanted in labels:
        active = labels.index(wanted)
    elif wanted is not None:
        # A report run for one province still draws its other charts: say why this one does not.
        reason = next((r for r in refused if r.startswith(f"{wanted}: ")), wanted)
        warnings.warn(
            f"{builder.__name__}: nothing to draw for {first!r} ({reason}); the chart opens on {labels[0]!r}",
            stacklevel=2,
        )
    return _combined(built, by, active)


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


def _category(parts: Sequence[str], width: int = _WRAP) -> str:
    """Join label parts into one axis category, wrapping long labels onto lines."""
    return "<br>".join("<br>".join(textwrap.wrap(p, width)) or p for p in parts if p)


def _lines(categories: Sequence[str]) -> int:
    return max((c.count("<br>") + 1 for c in categories), default=1)


def _value_label(column: str, value: object, lang: Lang) -> str:
    if column == "period_label":
        return _period_text(str(value), lang)
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
                [str(d), str(p), _period_text(str(lab), lang)]
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
    notes: Sequence[str] = (),
    left: int | None = None,
    plot_height: int | None = None,
) -> go.Figure:
    """Apply the template, the number format, the notes and the source line.

    ``notes`` are added after the notes on bounds and rates. ``left`` fixes the left
    margin (charts with long labels on the y axis) and starts the title, notes and
    source line at the figure's left edge rather than the plot's. ``plot_height`` sets
    the figure's height to that of the plot area plus the margins.
    """
    lines = [
        vocab.figure_text(f"{q}_note", lang) for q in ("at_least", "at_most", "approx") if q in qualifiers
    ]
    if per_year:
        lines.append(vocab.figure_text("per_year_note", lang))
    lines.extend(notes)
    shift = 62 + _LINE_PX * (tick_lines - 1)
    x_shift = 0 if left is None else 12 - left
    if lines:
        text = _wrapped(" · ".join(lines))
        fig.add_annotation(_footer("notes", text, shift, 12, x_shift))
        shift += 16 * (text.count("<br>") + 1) + 4
    source = _wrapped(source_line(shown, lang))
    fig.add_annotation(_footer("source", source, shift, 11, x_shift))
    bottom = shift + 14 * (source.count("<br>") + 1) + 16
    margin: dict[str, int] = {"b": bottom}
    title_layout: dict[str, Any] = {"text": "<br>".join(textwrap.wrap(title, 80))}
    if left is not None:
        margin["l"] = left
        title_layout.update(xref="container", x=0, pad={"l": 12})
    fig.update_layout(
        template=pio.templates[TEMPLATE_NAME],
        separators=",." if lang == "vi" else ".,",
        title=title_layout,
        margin=margin,
        meta={"figure": name, "lang": lang, "table": _records(table)},
    )
    if plot_height is not None:
        top = pio.templates[TEMPLATE_NAME].layout.margin.t + _LINE_PX * title_layout["text"].count("<br>")
        fig.update_layout(height=plot_height + top + bottom, margin={"t": top})
    return fig


def _wrapped(text: str) -> str:
    """Break a footer line onto lines that fit under a chart."""
    return "<br>".join(textwrap.wrap(text, _FOOTER_WRAP, break_on_hyphens=False)) or text


def _footer(name: str, text: str, shift: int, size: int, x_shift: int = 0) -> go.layout.Annotation:
    return go.layout.Annotation(
        name=name,
        text=text,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        xshift=x_shift or None,  # left out when 0: the figure's JSON stays as it was
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


_INNER_WRAP = 22  # characters per line of a level (inner) label
_SOURCE_WRAP = 30  # characters per line of a report's name in a label
_CHAR_PX = 8.6  # mean width of a 14 px DejaVu Sans character, to size the left margin
_MAX_LEFT = 460
# A marker per kind of bound, for charts of points (bars are hatched instead).
_SYMBOLS = {"exact": "circle", "at_least": "triangle-up", "at_most": "triangle-down", "approx": "diamond"}


def _report_group() -> list[str]:
    """Columns that together name one report's pyramid (see compare.pyramid_by_province)."""
    return [*compare.REPORT_KEYS, *compare.KEYS, *compare.PERIOD_KEYS]


def _drawn(awards: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """The records of the reports and periods a table draws: they make its source line.

    Matched by report and period, not by ``record_ids`` (empty for large groups).
    """
    frame = compare.select(awards)
    drawn = set(zip(table["source_id"].astype(str), table["period_label"].astype(str), strict=True))
    pairs = zip(frame["source_id"].astype(str), frame["period_label"].astype(str), strict=True)
    return frame.loc[[pair in drawn for pair in pairs]]


def _province_lines(reported: object, current: object, lang: Lang) -> list[str]:
    """The province as reported and, if it has merged since, the one it is part of today."""
    lines = [_plain(str(reported))]
    if isinstance(current, str) and current and current != reported:
        lines.append(f"({vocab.figure_text('now_part_of', lang)} {_plain(current)})")
    return lines


def _level_names(table: pd.DataFrame, lang: Lang) -> list[str]:
    """Each row's level label; an area-wide tally is "all levels", not the grassroots."""
    return [
        vocab.figure_text("all_levels", lang) if bool(every) else vocab.label("level", str(level), lang)
        for level, every in zip(table["level"], table["all_levels"], strict=True)
    ]


def _inner_label(name: str) -> str:
    """A level's label beside its bar: a bracket starts a line of its own, else wrapped."""
    head, bracket, tail = name.partition(" (")
    if bracket:
        return f"{_category([head], width=_INNER_WRAP)}<br>({tail}"
    return _category([name], width=_INNER_WRAP)


def _report_outer(table: pd.DataFrame, lang: Lang, exclude: Sequence[str] = ()) -> list[str]:
    """Each row's group label: the province, then the period, the keys that vary and, if needed, the report.

    Two lines where possible: the y axis gives every bar the same height, so a label of
    many lines would make every bar fat.
    """
    varying = _varying(table, exclude=(*exclude, "period_label"))
    firsts, seconds = [], []
    for _, row in table.iterrows():
        firsts.append(" ".join(_province_lines(row["province"], row["province_current"], lang)))
        seconds.append(
            [
                _period_text(str(row["period_label"]), lang),
                *(vocab.short_label(c, str(row[c]), lang) for c in varying),
            ]
        )
    reports: dict[tuple[str, ...], set[str]] = {}
    for first, second, source in zip(firsts, seconds, table["source_id"], strict=True):
        reports.setdefault((first, *second), set()).add(str(source))
    named: list[tuple[str, list[str], str]] = []
    for first, second, (_, row) in zip(firsts, seconds, table.iterrows(), strict=True):
        if len(reports[(first, *second)]) > 1:  # two reports on one province and period: name each
            second = [*second, _row_source(row, lang)]
        named.append((first, second, str(row["source_id"])))
    # One publisher on one day may print two reports: their ids tell them apart.
    sources_of: dict[tuple[str, ...], set[str]] = {}
    for first, second, source in named:
        sources_of.setdefault((first, *second), set()).add(source)
    out = []
    for first, second, source in named:
        lines = [first, *textwrap.wrap(" · ".join(second), _SOURCE_WRAP + 12)]
        if len(sources_of[(first, *second)]) > 1:
            lines.append(_plain(source))
        out.append("<br>".join(lines))
    return out


def _row_source(row: pd.Series, lang: Lang) -> str:
    date = row.get("source_date")
    date = None if date is None or pd.isna(date) else pd.Timestamp(date)
    return _source_name(_publisher(row), date, lang)


def _hover(row: pd.Series, name: str, extra: Sequence[str], lang: Lang) -> str:
    """The hover text of one row: where, what, how many, per year, which report and records."""
    where = " ".join(_province_lines(row["province"], row["province_current"], lang))
    lines = [f"<b>{where}</b> · {_period_text(str(row['period_label']), lang)}", f"{name}: {row['display']}"]
    lines += list(extra)
    if isinstance(row.get("per_year_display"), str) and row["per_year_display"]:
        lines.append(f"{vocab.column_label('per_year', lang)}: {row['per_year_display']}")
    lines.append(f"{vocab.figure_text('source', lang)}: {_row_source(row, lang)}")
    lines.append(f"{vocab.column_label('record_ids', lang)}: {_plain(str(row['record_ids']))}")
    return "<br>".join(lines)


def _number(value: object, column: str) -> int | float | None:
    if value is None or pd.isna(value):  # type: ignore[arg-type]
        return None
    return int(value) if column == "count" else float(value)  # type: ignore[arg-type]


def _iso(day: pd.Timestamp) -> str:
    return f"{day:%Y-%m-%d}"


def _rated(
    table: pd.DataFrame, per_year: bool, builder: str, lang: Lang
) -> tuple[str, str, pd.DataFrame, list[str]]:
    """The value and text columns to draw, the rows that have that value, and the note on the others.

    A count dated by a month is a running total with no per-year rate: with ``per_year``
    it is left out and the note says how many were.
    """
    value, text = ("per_year", "per_year_display") if per_year else ("count", "display")
    drawn = table.loc[table[value].notna()].reset_index(drop=True)
    if not len(drawn):
        raise compare.ComparisonError(
            f"{builder}: no count has a per-year rate (all are dated by a month); use per_year=False"
        )
    left_out = len(table) - len(drawn)
    notes = [vocab.figure_text("no_rate_note", lang).format(n=left_out)] if left_out else []
    return value, text, drawn, notes


def _level_bars(
    table: pd.DataFrame, *, value: str, text: Sequence[str], hover: Sequence[Sequence[str]], lang: Lang
) -> tuple[go.Figure, int, int]:
    """One horizontal bar per row, grouped by report on the y axis, coloured by level."""
    outer = _report_outer(table, lang)
    names = _level_names(table, lang)
    inner = [_inner_label(n) for n in names]
    colours = vocab.colours("level", lang)
    fill = [
        vocab.ALL_LEVELS_COLOUR if bool(every) else colours[name]
        for name, every in zip(names, table["all_levels"], strict=True)
    ]
    fig = go.Figure(
        go.Bar(
            x=[_number(v, value) for v in table[value]],
            y=[outer, inner],
            orientation="h",
            name=vocab.column_label("level", lang),
            marker={"color": fill, "pattern": _pattern([str(q) for q in table["qualifier"]])},
            text=list(text),
            textposition="outside",
            cliponaxis=False,
            hovertext=[
                _hover(row, name, lines, lang)
                for (_, row), name, lines in zip(table.iterrows(), names, hover, strict=True)
            ],
            hovertemplate="%{hovertext}<extra></extra>",
            showlegend=False,
        )
    )
    plot_height, left = _report_axis(fig, outer, inner)
    _value_range(fig, table[value])
    return fig, plot_height, left


def _report_axis(
    fig: go.Figure, outer: Sequence[str], inner: Sequence[str], bar_px: int = 26
) -> tuple[int, int]:
    """Lay out a y axis of (report, level) pairs, first at the top; return plot height and left margin.

    Every (report, level) pair gets the same height: enough for the bars (``bar_px``)
    and for the longest label of a report spread over its pairs.
    """
    groups: dict[str, set[str]] = {}
    for o, i in zip(outer, inner, strict=True):
        groups.setdefault(o, set()).add(i)
    slot = max(
        [bar_px + 10]
        + [
            math.ceil((max(o.count("<br>"), *(i.count("<br>") for i in inners)) + 1) * _LINE_PX / len(inners))
            + 8
            for o, inners in groups.items()
        ]
    )
    pairs = sum(len(inners) for inners in groups.values())
    widest = max(len(line) for o in outer for line in o.split("<br>")) + max(
        len(line) for i in inner for line in i.split("<br>")
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(bargap=max(0.1, 1 - bar_px / slot))
    return pairs * slot + 10, min(_MAX_LEFT, int(_CHAR_PX * widest) + 56)


def _value_range(fig: go.Figure, values: pd.Series) -> None:
    """Room at the right of the longest bar for its text."""
    top = float(values.max()) if len(values) and pd.notna(values.max()) else 1.0
    fig.update_xaxes(range=[0, top * 1.3 or 1], rangemode="tozero")


def _selector_column(frame: pd.DataFrame, by: str) -> pd.Series:
    if by not in frame.columns:
        raise compare.ComparisonError(
            f"with_selector: no column {by!r} in the award table; "
            f"expected 'province' or one of {list(frame.columns)}"
        )
    return frame[by].map(lambda v: None if v is None or pd.isna(v) else str(v))


def _selector_values(keys: pd.Series, by: str, lang: Lang) -> list[tuple[str, str]]:
    """The options of a selector: vocabulary order for codes, Vietnamese order for names."""
    present = {str(k) for k in keys if isinstance(k, str) and k}
    if by in vocab.VOCAB_COLUMNS:
        return [(code, vocab.short_label(by, code, lang)) for code in vocab.codes(by) if code in present]
    return [(name, _plain(name)) for name in sorted(present, key=lambda n: (vocab.fold(n), n))]


_SELECTOR_PX = 40  # room above the plot for the dropdown
_TREND_HEIGHT = 600
_MAX_LONG_LABELS = 8
_MAX_LABELS = 60  # a trend with more markers than this draws them without text
# The plot area a trend is laid out for, in px, to keep marker labels apart.
_TREND_PLOT_PX = (520, 360)
_LABEL_CHAR_PX = 6.6  # mean width of an 11 px character
_MARKER_PX = 7
_POSITIONS = ("top center", "bottom center", "middle right", "middle left")


def _log_ticks(values: pd.Series) -> list[float]:
    """Ticks at 1, 2 and 5 times the powers of ten around ``values``, for a log axis."""
    low, high = float(values.min()) / 2, float(values.max()) * 2
    ticks = [
        m * 10.0**k
        for k in range(math.floor(math.log10(max(low, 1e-9))), math.ceil(math.log10(max(high, 1))) + 1)
        for m in (1, 2, 5)
    ]
    return [t for t in ticks if low <= t <= high]


def _label_positions(middles: pd.Series, values: pd.Series, labels: Sequence[str], log_y: bool) -> list[str]:
    """Put each marker's label where it overlaps no other marker or label, or overlaps least.

    Deterministic: markers are taken left to right, and each label tries above, below,
    right, left in turn.
    """
    years = [m.year + (m.day_of_year - 1) / 366 for m in middles]
    heights = [math.log10(v) if log_y and v > 0 else float(v) for v in values]
    x_span = (max(years) - min(years)) or 1.0
    y_span = (max(heights) - min(heights)) or 1.0
    points = [
        ((x - min(years)) / x_span * _TREND_PLOT_PX[0], (h - min(heights)) / y_span * _TREND_PLOT_PX[1])
        for x, h in zip(years, heights, strict=True)
    ]
    r = _MARKER_PX
    boxes = [(x - r, y - r, x + r, y + r) for x, y in points]  # the markers

    def box(i: int, position: str) -> tuple[float, float, float, float]:
        (x, y), w, h = points[i], len(labels[i]) * _LABEL_CHAR_PX, 14
        return {
            "top center": (x - w / 2, y + r + 1, x + w / 2, y + r + 1 + h),
            "bottom center": (x - w / 2, y - r - 1 - h, x + w / 2, y - r - 1),
            "middle right": (x + r + 2, y - h / 2, x + r + 2 + w, y + h / 2),
            "middle left": (x - r - 2 - w, y - h / 2, x - r - 2, y + h / 2),
        }[position]

    def overlap(a: tuple[float, ...], b: tuple[float, ...]) -> float:
        return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))

    out = [""] * len(points)
    for i in sorted(range(len(points)), key=lambda k: (points[k][0], points[k][1], k)):
        others = [b for k, b in enumerate(boxes) if k != i]
        costs = [sum(overlap(box(i, p), b) for b in others) for p in _POSITIONS]
        choice = _POSITIONS[costs.index(min(costs))]
        out[i] = choice
        boxes.append(box(i, choice))
    return out


def _selector_choice(first: str, options: list[tuple[str, str]], by: str) -> str:
    """The label of the option ``first`` names: a value or label of ``by``, or a province's old name."""
    if by == "province":
        found = provinces.find_current(first, [value for value, _ in options])
        if found is not None:
            return dict(options)[found]
    for value, label in options:
        if vocab.fold(first) in (vocab.fold(value), vocab.fold(label)):
            return label
    names = ", ".join(label for _, label in options)
    raise compare.ComparisonError(f"with_selector: {first!r} is not one of the options of {by!r}: {names}")


def _combined(built: Sequence[tuple[str, go.Figure]], by: str, active: int = 0) -> go.Figure:
    """All traces of ``built`` in one figure, a dropdown button per figure, ``active`` shown."""
    data: list[dict[str, Any]] = []
    spans = []
    for position, (_, fig) in enumerate(built):
        start = len(data)
        for trace in fig.data:
            item = trace.to_plotly_json()
            item["visible"] = position == active
            data.append(item)
        spans.append((start, len(data)))
    buttons = [
        {
            "label": label,
            "method": "update",
            "args": [{"visible": [a <= k < b for k in range(len(data))]}, _layout_state(fig)],
        }
        for (label, fig), (a, b) in zip(built, spans, strict=True)
    ]
    shown = built[active][1]
    combined = go.Figure(data=data, layout=shown.layout)
    state = buttons[active]["args"][1]
    combined.update_layout(
        height=state["height"],
        margin={"t": state["margin.t"]},
        updatemenus=[
            {
                "name": "selector",
                "type": "dropdown",
                "direction": "down",
                "buttons": buttons,
                "active": active,
                "showactive": True,
                "x": 0,
                "xanchor": "left",
                "y": 1,
                "yanchor": "bottom",
                "pad": {"b": 8},
                "bgcolor": "white",
                "bordercolor": "#8C8C8C",
                "font": {"size": 13},
            }
        ],
        meta={**shown.layout.meta, "selector": {"by": by, "labels": [label for label, _ in built]}},
    )
    return combined


def _layout_state(fig: go.Figure) -> dict[str, Any]:
    """What a button sets besides visibility: title, notes and source, axes, margins, height."""
    layout = fig.layout
    top = (layout.margin.t or pio.templates[TEMPLATE_NAME].layout.margin.t) + _SELECTOR_PX
    state: dict[str, Any] = {
        "title.text": layout.title.text,
        "annotations": [a.to_plotly_json() for a in layout.annotations],
        "height": layout.height + _SELECTOR_PX if layout.height else None,
        "margin.t": top,
        "margin.l": layout.margin.l,
        "margin.b": layout.margin.b,
    }
    for axis in ("xaxis", "yaxis"):
        properties = layout[axis]
        for name in ("type", "range", "autorange", "categoryorder", "categoryarray", "tickformat"):
            value = properties[name]
            state[f"{axis}.{name}"] = list(value) if isinstance(value, tuple) else value
        state[f"{axis}.title.text"] = properties.title.text
    return state
