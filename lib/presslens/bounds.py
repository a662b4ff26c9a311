"""Date range bounds as a user writes them ("2023", "2023-05", "2023/05/07"), read without importing pandas:
the command line checks them before any notebook starts, and :meth:`presslens.corpus.Corpus.between` uses
the same reading. Also how a report whose selection left nothing opens (:data:`NOTHING_TO_SHOW`), which a
run's notebook workers look for without importing pandas either."""

from __future__ import annotations

import re

__all__ = ["DATE_FORMS", "NOTHING_TO_SHOW", "parse_date_bound"]

# How a report opens the sentence saying it shows nothing (presslens.notebook.selection_note), which a run's log
# and index repeat (presslens.runner.nothing_shown)
NOTHING_TO_SHOW = "Nothing to show: "

DATE_FORMS = "YYYY-MM-DD, YYYY/MM/DD, YYYY-MM, YYYY/MM or YYYY (such as 2023-01-01, 2023-01 or 2023)"
_DATE_BOUND = re.compile(r"(\d{4})(?:([-/])(\d{1,2})(?:\2(\d{1,2}))?)?")


def parse_date_bound(value, *, end: bool = False, name: str = "date") -> str:
    """A date range bound as an ISO day 'YYYY-MM-DD', '' for none (an empty value or None).

    ``value`` is a ``datetime.date``, or text in one of :data:`DATE_FORMS`; a month or a year stands for
    its first day, or with ``end`` its last. Raises ValueError naming ``name``, the value and the accepted
    forms for anything else ('01.01.2023', 'notadate', '2023-02-30')."""
    import calendar
    import datetime as dt

    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return ""
    m = _DATE_BOUND.fullmatch(text)
    try:
        if not m:
            raise ValueError
        year, month, day = int(m.group(1)), m.group(3), m.group(4)
        if month is None:
            d = dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        elif day is None:
            d = dt.date(year, int(month), calendar.monthrange(year, int(month))[1] if end else 1)
        else:
            d = dt.date(year, int(month), int(day))
    except ValueError:
        raise ValueError(f"{name} {value!r} is not a date: give it as {DATE_FORMS}") from None
    return d.isoformat()
