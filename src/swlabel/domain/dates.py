"""Date arithmetic that stays inside the calendar.

Organisations write ``valid_until: 9999-12-31`` for "never expires" and ``0001-01-01`` for "long
ago", and ``--as-of`` takes any date. Python's dates end at 0001-01-01 and 9999-12-31, and a
step past either end raises, which used to end a run as an internal error. Every step from one
date to another (days, calendar months, years) goes through this module and stops at the end
of the calendar instead: a deadline a day after 9999-12-31 is, for every comparison swlabel
makes, the same as 9999-12-31.
"""

from __future__ import annotations

import calendar
import datetime as dt

_FIRST_MONTH = dt.date.min.year * 12  # months counted from year 0, as divmod below counts them
_LAST_MONTH = dt.date.max.year * 12 + 11


def add_days(day: dt.date, days: int) -> dt.date:
    """DAY plus DAYS (negative: minus), at most 9999-12-31 and at least 0001-01-01."""
    ordinal = day.toordinal() + days
    return dt.date.fromordinal(min(max(ordinal, 1), dt.date.max.toordinal()))


def add_months(day: dt.date, months: int) -> dt.date:
    """DAY plus MONTHS calendar months (negative: minus); the day of the month is kept, or the
    month's last day when it is shorter (31 March minus one month is 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    if index < _FIRST_MONTH:
        return dt.date.min
    if index > _LAST_MONTH:
        return dt.date.max
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def add_years(day: dt.date, years: int) -> dt.date:
    """DAY plus YEARS years; 29 February becomes 28 February in a year that has none."""
    return add_months(day, 12 * years)


def months_before(day: dt.date, months: int) -> dt.date:
    """DAY minus MONTHS calendar months (31 March minus one month is 28 or 29 February)."""
    return add_months(day, -months)


def day_after(day: dt.date) -> dt.date | None:
    """The day after DAY, or None after the last day of the calendar."""
    return None if day == dt.date.max else day + dt.timedelta(days=1)


def compact(day: dt.date) -> str:
    """DAY as YYYYMMDD with four digits for the year (``strftime('%Y')`` gives ``1`` for year
    1 on Linux, which is no valid iCalendar date)."""
    return day.isoformat().replace("-", "")
