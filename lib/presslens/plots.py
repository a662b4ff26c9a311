"""Figures shared by the notebooks (matplotlib). Each function returns the matplotlib Figure."""

from __future__ import annotations

import datetime as dt
import re

import matplotlib

if not matplotlib.get_backend().lower().startswith(("module://matplotlib_inline", "module://ipykernel")):
    matplotlib.use("Agg", force=False)

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402


def _draw_once_inline() -> None:
    """In a kernel showing figures inline, stop pyplot drawing every changed figure after each cell: the
    inline backend draws each figure again to make its PNG, so that first drawing is never seen (a third
    of a figure's cost). pyplot connects its hook when it sets up its backend, so the backend is set up
    first; switching to another backend later (``%matplotlib widget``) connects it again."""
    if not matplotlib.get_backend().lower().startswith("module://matplotlib_inline"):
        return
    if not plt.get_fignums():  # with a figure open, the backend is set up already (and switching closes it)
        plt.switch_backend(matplotlib.get_backend())
    plt.uninstall_repl_displayhook()


_draw_once_inline()


def published_dates(articles: pd.DataFrame) -> pd.Series:
    """The ``published`` column as timestamps (NaT where unknown or unreadable)."""
    return pd.to_datetime(articles["published"].where(articles["published"] != ""), errors="coerce",
                          format="ISO8601")


def future_dated(articles: pd.DataFrame, *, today: dt.date | None = None) -> pd.Series:
    """Which articles are published after tomorrow: the dates the corpus flags as in the future
    (:func:`presslens.reading.date_problems`, a day's leeway for time zones). ISO dates compare as text, so a
    partial one ("2032-03") counts from its first day, as there."""
    from .reading import last_present_day

    limit = last_present_day(today).isoformat()
    published = articles["published"].fillna("").astype(str).str.slice(0, 10)
    return (published != "") & (published > limit)


def _future_note(n: int, what: str) -> str:
    return (f"Left out of this chart: {n} {what} dated after today (a date flagged as a problem in the corpus "
            f"report), which would stretch its time axis.") if n else ""


def without_future(articles: pd.DataFrame, *, today: dt.date | None = None) -> tuple[pd.DataFrame, str]:
    """The articles a chart over publication time draws: ``articles`` but those published after today
    (:func:`future_dated`), whose dates would stretch its axis over empty years; and a line for under the
    chart saying how many were left out ('' when none). The articles kept have ``articles``'s columns."""
    future = future_dated(articles, today=today)
    n = int(future.sum())
    return (articles[~future] if n else articles), _future_note(n, "article" if n == 1 else "articles")


def events_without_future(events: pd.DataFrame, articles: pd.DataFrame, *,
                          today: dt.date | None = None) -> tuple[pd.DataFrame, str]:
    """The events (a timeline table, with ``article_ids``) a chart over time draws: those reported in at least
    one article not published after today (:func:`future_dated`); an event only a future-dated article reports
    was dated from that wrong date (rows of ``events``, with its columns). And a line for under the chart saying
    how many were left out."""
    future = set(articles.loc[future_dated(articles, today=today), "article_id"])
    if not future or events.empty:
        return events, ""
    only_future = events["article_ids"].map(lambda ids: len(ids) > 0 and set(ids) <= future)
    n = int(only_future.sum())
    return (events[~only_future] if n else events), _future_note(
        n, "event reported only in an article" if n == 1 else "events reported only in articles")


def news_window(events: pd.DataFrame, articles: pd.DataFrame, *, margin_days: int = 7,
                stretch: float = 4.0, max_days: int = 92) -> pd.DataFrame:
    """The events (a timeline table) that start while the articles were published, give or take ``margin_days``
    (a week: "last week", "next week"), when a figure of all of them would squeeze these into a sliver of its
    axis: when the articles were published within ``max_days`` (a season's news: days, weeks, a few months),
    the events span more than ``stretch`` times that window (background dates, "in 2019", "since 2014",
    stretch it over years) and the window holds two events or more but not all. Empty otherwise: a corpus
    published over years (its "own days" are years themselves, however far back its events reach), or whose
    events all fall in its own period, needs no second figure. Rows of ``events``, with its columns."""
    none = events.iloc[:0]
    published = published_dates(articles).dropna()
    if len(events) < 3 or published.empty or (published.max() - published.min()).days > max_days:
        return none
    margin = pd.Timedelta(days=margin_days)
    lo, hi = published.min().normalize() - margin, published.max().normalize() + margin
    starts = pd.to_datetime(events["period_start"], errors="coerce")
    inside = ((starts >= lo) & (starts <= hi)).to_numpy(dtype=bool)
    if inside.sum() < 2 or inside.all() or (starts.max() - starts.min()) <= stretch * (hi - lo):
        return none
    return events[inside]


def auto_period(dates: pd.Series) -> str:
    """'D', 'W' or 'M' (pandas period codes) giving a readable number of bars for the span of ``dates``."""
    d = dates.dropna()
    if d.empty:
        return "M"
    span = (d.max() - d.min()).days
    return "D" if span <= 60 else "W" if span <= 730 else "M"


def publication_timeline(articles: pd.DataFrame, *, period: str = "auto", title: str = "Articles published"):
    """Bar chart of articles per day/week/month ('D', 'W', 'M' or 'auto'), undated ones counted in the title."""
    dates = published_dates(articles)
    freq = auto_period(dates) if period == "auto" else period
    fig, ax = plt.subplots(figsize=(9, 3.2))
    known = dates.dropna()
    if known.empty:
        ax.text(0.5, 0.5, "no publication dates", ha="center", va="center", transform=ax.transAxes)
    else:
        counts = known.dt.to_period(freq).value_counts().sort_index()
        full = pd.period_range(counts.index.min(), counts.index.max(), freq=freq)
        counts = counts.reindex(full, fill_value=0)
        x = counts.index.to_timestamp()
        width = {"D": 0.8, "W": 5, "M": 25}.get(freq, 0.8)
        ax.bar(x, counts.values, width=width, color="#3b6ea8")
        ax.set_ylabel({"D": "per day", "W": "per week", "M": "per month"}.get(freq, "count"))
        ax.yaxis.get_major_locator().set_params(integer=True)
    undated = int(dates.isna().sum())
    ax.set_title(title + (f" ({undated} undated)" if undated else ""))
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


def length_histogram(articles: pd.DataFrame, *, bins: int = 20):
    """Histogram of story length in words."""
    fig, ax = plt.subplots(figsize=(6, 3))
    ax.hist(articles["n_words"], bins=min(bins, max(len(articles), 1)), color="#6a8f3b")
    ax.set_xlabel("words in story text")
    ax.set_ylabel("articles")
    ax.set_title("Article length")
    fig.tight_layout()
    return fig


def barh(series: pd.Series, *, title: str = "", xlabel: str = "", color: str = "#3b6ea8", annotate: bool = True):
    """Horizontal bars for a labelled series (largest on top), with the values written beside the bars."""
    s = series.iloc[::-1]
    fig, ax = plt.subplots(figsize=(7, 0.35 * len(s) + 1.2))
    bars = ax.barh([str(i) for i in s.index], s.values, color=color)
    if annotate:
        ax.bar_label(bars, fmt="%g", padding=2, fontsize=8)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    fig.tight_layout()
    return fig


_PART_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_PART_OF_DAY_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI|DT)")


def readable_date(value) -> str:
    """A timeline date for readers: a TimeML part of day ('2024-05-16TNI') as '2024-05-16 night'; any other
    value as it is."""
    text = "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
    m = _PART_OF_DAY_VALUE.fullmatch(text)
    return f"{m.group(1)} {_PART_OF_DAY[m.group(2)]}" if m else text


def timeline_figure(timeline: pd.DataFrame, *, color_by: pd.Series | None = None, max_label: int = 44,
                    title: str = "Events reported in the articles", n_lanes: int = 8, grow: bool = False,
                    max_lanes: int = 40):
    """Events on a date axis: one dot per event at its start, sized by mentions, labelled with its date
    and phrase, coloured by ``color_by`` (a Series aligned with ``timeline``, e.g. first article or source).
    Labels go to the nearest lane (above, then below the axis) where they do not overlap the last one.

    Labels never overprint each other: with ``grow`` the figure takes as many lanes as its labels need (up
    to ``max_lanes``, the figure growing taller); otherwise an event finding no free lane among ``n_lanes``
    is drawn on the axis without a label, and the title says how many (``fig.unlabelled``): show their
    period with :func:`crowded_periods` and a second figure."""
    tl0 = timeline.assign(_x=pd.to_datetime(timeline["period_start"])).sort_values("_x") if len(timeline) else None
    if grow and tl0 is not None:
        n_lanes = max(n_lanes, min(max_lanes, 2 * ((_lanes_needed(tl0["_x"], max_label) + 1) // 2)))
    fig, ax = plt.subplots(figsize=(12, 1.2 + 0.62 * n_lanes))
    fig.unlabelled, fig.unlabelled_index = 0, []
    if timeline.empty:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    tl = timeline.assign(_x=pd.to_datetime(timeline["period_start"])).sort_values("_x")
    x = tl["_x"]
    lo, hi = x.min(), x.max()
    span = max((hi - lo).days, 30)
    label_days = span * (max_label * 5.6) / 900  # label width in days at this figure width
    lanes = [v for k in range(1, n_lanes // 2 + 1) for v in (k, -k)]
    lane_end = {lane: pd.Timestamp.min for lane in lanes}
    y = []
    for xi in x:
        free = [lane for lane in lanes if lane_end[lane] < xi]
        if not free:  # no room for its label: a dot on the axis, counted in the title
            y.append(0)
            continue
        lane = free[0]
        lane_end[lane] = xi + pd.Timedelta(days=label_days)
        y.append(lane)
    fig.unlabelled = sum(1 for v in y if v == 0)
    fig.unlabelled_index = [i for i, v in zip(tl.index, y, strict=True) if v == 0]
    groups = color_by.loc[tl.index] if color_by is not None else pd.Series(["events"] * len(tl), index=tl.index)
    palette = plt.get_cmap("tab10")
    colors = {g: palette(i % 10) for i, g in enumerate(dict.fromkeys(groups))}
    ax.axhline(0, color="#999", lw=1)
    for xi, yi, (_, ev), g in zip(x, y, tl.iterrows(), groups, strict=True):
        ax.plot([xi, xi], [0, yi], color="#ddd", lw=0.8, zorder=1)
        ax.scatter([xi], [yi], s=30 + 25 * ev["n_mentions"], color=colors[g], zorder=2, edgecolor="white")
        if yi == 0:
            continue
        label = ev["label"] if len(ev["label"]) <= max_label else ev["label"][: max_label - 1] + "…"
        ax.annotate(f"{readable_date(ev['date'])}\n{label}", (xi, yi), xytext=(6, 0), textcoords="offset points",
                    fontsize=7.5, va="center")
    ax.set_xlim(lo - pd.Timedelta(days=span * 0.02), hi + pd.Timedelta(days=label_days * 1.05))
    ax.set_ylim(-(n_lanes // 2) - 0.7, n_lanes // 2 + 0.7)
    ax.set_yticks([])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    if len(colors) > 1:
        handles = [plt.Line2D([], [], marker="o", ls="", color=c, label=str(g)) for g, c in colors.items()]
        ax.legend(handles=handles, fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.12),
                  ncol=min(len(handles), 4), title="first reported in", title_fontsize=8, frameon=False)
    note = f"; {fig.unlabelled} crowded events drawn on the axis without a label" if fig.unlabelled else ""
    ax.set_title(title + f" (dot size: mentions{note})")
    fig.tight_layout()
    return fig


def _lanes_needed(x: pd.Series, max_label: int) -> int:
    """Lanes the labels of events at dates ``x`` (sorted) need so that none overlaps another."""
    lo, hi = x.min(), x.max()
    label_days = max((hi - lo).days, 30) * (max_label * 5.6) / 900
    ends: list[pd.Timestamp] = []
    for xi in x:
        free = [k for k, e in enumerate(ends) if e < xi]
        if free:
            ends[free[0]] = xi + pd.Timedelta(days=label_days)
        else:
            ends.append(xi + pd.Timedelta(days=label_days))
    return len(ends)


def crowded_periods(timeline: pd.DataFrame, *, freq: str = "M", min_events: int = 8, max_periods: int = 3) -> list[str]:
    """The calendar periods (months by default, as '2024-05') holding at least ``min_events`` events of
    ``timeline`` by their start, most events first (at most ``max_periods``): where a timeline over a long
    span crowds its labels, to be drawn again on their own."""
    if timeline.empty:
        return []
    per = pd.to_datetime(timeline["period_start"]).dt.to_period(freq).astype(str)
    counts = per.value_counts()
    counts = counts[counts >= min_events]
    return sorted(counts.index, key=lambda p: (-counts[p], p))[:max_periods]


def in_period(timeline: pd.DataFrame, period: str, *, freq: str = "M") -> pd.DataFrame:
    """The events of ``timeline`` that start in ``period`` (as :func:`crowded_periods` names it): those rows of
    ``timeline``, with its columns."""
    per = pd.to_datetime(timeline["period_start"]).dt.to_period(freq).astype(str)
    return timeline[per == period]


def lag_histogram(timeline: pd.DataFrame):
    """How long after an event it was first reported (days; negative: announced ahead)."""
    fig, ax = plt.subplots(figsize=(6, 3))
    lags = timeline["lag_days"].dropna().astype(float)
    ax.hist(lags, bins=min(30, max(len(lags), 1)), color="#a8563b")
    ax.set_xlabel("days from event to first report")
    ax.set_ylabel("events")
    ax.set_title("Reporting lag")
    fig.tight_layout()
    return fig
