"""The report's clock and the region's day: whether a report stamped late on one day (UTC) was written on
the region's next day (``report_clock``, read from the head of the page), and so whether a weekday one day
after the publication day's is that next day (``_next_local_day``), not six days back."""

from __future__ import annotations

import datetime as dt
import re

from .dateroles import said_or_due
from .memo import per_report

# ---------------------------------------------------------------- the report's clock and the region's day
# A report's publication day is given in UTC (or in the outlet's own zone), while the region runs 3.5 to 5 hours
# ahead: a report stamped late on a Saturday evening (UTC) is written on the region's Sunday, and its "on Sunday"
# is that day, not six days back. The manifest's ``published`` carries the day only; the clock, when the report has
# one, is in its head: a page's ISO stamp ("2025-10-11T21:55:15+00:00"), an update line ("Updated 21:40 GMT").

#: minutes the region's clock runs ahead of UTC (Pakistan and Central Asia +5:00; Afghanistan +4:30, Iran +3:30)
REGION_AHEAD = 300
#: how far into a report its own clock may stand (its head: title, byline, stamp lines)
CLOCK_HEAD = 600
_ZONES = {"z": 0, "utc": 0, "gmt": 0, "bst": 60, "cet": 60, "cest": 120, "est": -300, "edt": -240, "et": -300,
          "pkt": 300, "aft": 270, "irst": 210, "ist": 330}
_CLOCK_ISO = re.compile(r"\b(?P<d>(?:19|20)\d\d-[01]\d-[0-3]\d)[T ](?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d(?:\.\d+)?)?"
                        r"\s*(?P<z>Z|[+\-][01]\d:?[0-5]\d|UTC|GMT)?")
_CLOCK = re.compile(r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?![\d:])\s*(?P<ap>[ap]\.?\s?m\b\.?)?"
                    r"(?:\s*\(?(?P<z>GMT|UTC|PKT|AFT|IRST|IST|BST|CEST|CET|EST|EDT|ET)\b)?", re.IGNORECASE)


def _zone(z: str | None) -> int | None:
    """Minutes a stamp's zone runs ahead of UTC ("+03:30", "GMT", "ET"); None for a clock with no zone."""
    if not z:
        return None
    if z[0] in "+-":
        h, mi = int(z[1:3]), int(z[-2:])
        return (h * 60 + mi) * (1 if z[0] == "+" else -1)
    return _ZONES.get(z.lower())


@per_report
def report_clock(text: str, published: dt.date) -> bool | None:
    """Does the clock in the head of a report show it written on the region's day after ``published``
    (True), on that day (False)? None: the report gives no clock (a day only)."""
    head = text[:CLOCK_HEAD]
    m = _CLOCK_ISO.search(head)
    if m is not None:
        zone = _zone(m.group("z"))
        if zone is None:
            return False  # a clock of no zone: the outlet's own, its day the one it gives
        try:
            day = dt.date.fromisoformat(m.group("d"))
        except ValueError:
            return None
        minutes = int(m.group("h")) * 60 + int(m.group("mi")) - zone + REGION_AHEAD
        local = day + dt.timedelta(days=minutes // 1440)
        return local > published
    m = _CLOCK.search(head)
    if m is None:
        return None
    h = int(m.group("h"))
    ap = (m.group("ap") or "").lower()[:1]
    if ap and h > 12:
        return None  # ("13:49 pm": no clock)
    if ap == "p" and h < 12:
        h += 12
    elif ap == "a" and h == 12:
        h = 0
    zone = _zone(m.group("z"))
    if zone is None:
        return False
    return h * 60 + int(m.group("mi")) - zone + REGION_AHEAD >= 1440


def _next_local_day(text: str, start: int, m: re.Match, published: dt.date) -> bool:
    """A weekday one day after the publication day's ("on Sunday" in a report of a Saturday) is that next
    day, not six days back: in a report whose clock shows it written on the region's next day; and, in a
    report with no clock, when the day is a statement's or something to come ("the army said on Sunday",
    "is due to end on Sunday"), which a report tells of on the day or the day before (not a week after).
    Not "last Sunday", "the previous Sunday", "this past Sunday"; nor, with no clock, an event's day
    ("On Sunday night, inmates rioted"): that stays six days back."""
    before = text[max(start, m.start() - 64) : m.start()]
    if re.search(r"\b(?:last|previous|past)\s+$", before, re.IGNORECASE):
        return False
    clock = report_clock(text, published)
    if clock is not None:
        return clock
    return said_or_due(text, start, m.start(), m.end())
