"""Figures shared by the notebooks (matplotlib). Each function returns the matplotlib Figure."""

from __future__ import annotations

import matplotlib

if not matplotlib.get_backend().lower().startswith(("module://matplotlib_inline", "module://ipykernel")):
    matplotlib.use("Agg", force=False)

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402


def published_dates(articles: pd.DataFrame) -> pd.Series:
    """The ``published`` column as timestamps (NaT where unknown or unreadable)."""
    return pd.to_datetime(articles["published"].where(articles["published"] != ""), errors="coerce",
                          format="ISO8601")


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
