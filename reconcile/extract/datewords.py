"""The words dates are written in (month and weekday names, the years a report may name, seasons), and
the two records every date reader shares: ``DateRef`` (a date phrase resolved to a day, a week, a month,
a season or a year, where it stands in the text) and ``ReportYear`` (an undated report's year)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .._frozen import direct_init

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_SEASON = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}


@direct_init  # (speed: built straight into its dict, see _frozen)
@dataclass(frozen=True)
class DateRef:
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    precision: str  # day, week, month, season, year
    start: int
    end: int
    relative: bool = False


class ReportYear(dt.date):
    """The year an undated report was written, read from its own words (the last day of that year).

    It resolves a day or a month named without its year ("Tuesday (Feb 11)", "In April"), and "last
    year"; never a weekday, "yesterday" or "last week", which need the day (``find_dates``)."""
