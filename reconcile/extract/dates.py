"""Dates of a report: date expressions resolved against the publication date, what each
date dates (the event, a statement, a toll update, something to come, background), and
offsets ("five days after", "a week earlier", "hours later")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .._frozen import direct_init
from .fastrx import word_start
from .memo import per_report

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

# The month alternatives grouped by first letter, in their order (the same matches as _MONTH,
# tried faster); each branch of _DATE_RX opens with a look-ahead on the letters it can start with,
# and the whole with one \b: the same matches, without trying every branch at every word.
_MONTH_BY_LETTER = r"(?:J(?:anuary|une|uly|an\.?|un\.?|ul\.?)|F(?:ebruary|eb\.?)|M(?:arch|ay|ar\.?)|" \
                   r"A(?:pril|ugust|pr\.?|ug\.?)|S(?:eptember|ept?\.?)|O(?:ctober|ct\.?)|N(?:ovember|ov\.?)|" \
                   r"D(?:ecember|ec\.?))"
_DATE_RX = re.compile(
    rf"""\b(?:
    (?P<dmy>\b(?=\d)(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_BY_LETTER})(?:,?\s+(?:in\s+)?(?P<y1>{_YEAR}))?\b)
  | (?P<mdy>\b(?=[jfmasond])(?P<m2>{_MONTH_BY_LETTER})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:\s*(?P<sep2>[/\-\u2013])\s*(?P<d2b>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:[/\-\u2013]|pm|am|a\.m|p\.m|hours)))?(?:,?\s+(?P<y2>{_YEAR}))?)
  | (?P<my>\b(?=[jfmasond])(?P<m3>{_MONTH_BY_LETTER})(?:\s+(?:of\s+)?|,\s*)(?P<y3>{_YEAR})\b)
  | (?P<season>\b(?=[tsafw])(?:the\s+)?(?P<sn>spring|summer|autumn|fall|winter)\s+of\s+(?P<y4>{_YEAR})\b)
  | (?P<mly>\b(?=[isdoelmjfan])(?:(?:in|since|during|of)\s+)?(?:(?:early|late|mid-?)\s*)?(?P<m7>{_MONTH_BY_LETTER})\s+(?P<ly>last|this)\s+year\b)
  | (?P<mo>\b(?=[isdboelmtuf])(?:in|since|during|by|of|early|late|mid-?|this\s+past|last|this|until|from)\s+(?:early\s+|late\s+|mid-?)?(?P<m5>{_MONTH_BY_LETTER})(?!\w)(?!,?\s+(?:of\s+)?{_YEAR})(?!\s+[0-3]?\d\b))
  | (?P<num>\b(?=\d)(?P<n1>[0-3]?\d)/(?P<n2>[0-3]?\d)/(?P<y9>{_YEAR})\b(?![/\-]\d))
  | (?P<wd>\b(?=[mtwfs])(?P<w>{_WEEKDAY})(?:['\u2019]s)?\b)
  | (?P<rel>\b(?=[ytleopa])(?P<r>yesterday|today|last\s+night|this\s+morning|last\s+week|this\s+week|earlier\s+this\s+week|
        (?:at|over)\s+the\s+weekend|this\s+past\s+weekend|last\s+weekend|
        last\s+month|this\s+month|earlier\s+this\s+month|last\s+year|this\s+year|earlier\s+this\s+year|
        (?:on\s+)?(?:the\s+)?previous\s+day)\b)
  | (?P<yr>\b(?=[isdobfelm])(?:in|since|during|of|by|from|early|late|mid-?)\s+(?:early\s+|late\s+|mid-?)?(?P<y6>{_YEAR})\b(?!\s*(?:people|fighters|members|civilians)))
  | (?P<yra>\b(?=[at])(?:an?|the)\s+(?P<y8>{_YEAR})\s+(?=(?:[\w\-]+\s+){{0,2}}?(?:attacks?|assault|bombings?|blasts?|explosions?|massacre|raid|(?:air)?strikes?|siege|shooting)\b))
    )""",
    re.VERBOSE | re.IGNORECASE,
)


@direct_init  # (speed: built straight into its dict, see _frozen)
@dataclass(frozen=True)
class DateRef:
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    precision: str  # day, week, month, season, year
    start: int
    end: int
    relative: bool = False


def _month(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")]


def _ym_before(pub: dt.date | None, month: int) -> int | None:
    if pub is None:
        return None
    return pub.year if month <= pub.month else pub.year - 1



#: a word a date phrase turns on (months, weekdays, "yesterday", "last week", a year); see fastrx
_DATE_CUE = word_start([
    (["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Monday", "Tuesday",
      "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], "", True),
    (["yesterday", "today", r"last\s+week", r"last\s+month", r"last\s+year", r"last\s+night",
      r"this\s+week", r"this\s+month", r"this\s+year", r"this\s+morning", r"this\s+past", "weekend",
      r"earlier\s+this", r"previous\s+day", "spring", "summer", "autumn", "fall", "winter"], r"\b", True),
    ([r"19\d\d", r"20\d\d"], r"\b"),
])


# "(Dawn, April 26)", "(India Today, March 22)": the date of a cited source, not of the event
_CITED_BEFORE = re.compile(rf"\(\s*(?!{_WEEKDAY}\b)[A-Z][^()]{{0,60}}?,\s*$")
_CITED_AFTER = re.compile(r"\s*\)")
_NAME_BEFORE = re.compile(r"[A-Z][\w.&'\-]*\s+$")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def _not_a_date(text: str, start: int, m: re.Match) -> bool:
    """A date phrase that dates nothing here: "Today" in a name ("India Today", "USA Today"), or
    the date of a source cited in brackets ("(Dawn, April 26)")."""
    if m.group("rel") and text[m.start()] == "T" and m.start() > start and \
            _NAME_BEFORE.search(text, max(start, m.start() - 30), m.start()):
        return True
    return bool(_CITED_AFTER.match(text, m.end()) and _CITED_BEFORE.search(text, max(start, m.start() - 70), m.start()))


@per_report  # (speed: asked twice of a sentence, computed once per report)
def find_dates(text: str, start: int, end: int, published: dt.date | None) -> list[DateRef]:
    """Date expressions in ``text[start:end]``, resolved against ``published``."""
    out: list[DateRef] = []
    pos = start
    for cue in _DATE_CUE.finditer(text, start, end):
        if cue.start() < pos:
            continue
        # a date phrase may begin a few words before its cue ("in early August", "26 August")
        m = _DATE_RX.search(text, max(pos, cue.start() - 24), end)
        if m is None:
            break
        if m.start() > cue.end():
            continue
        pos = m.end()
        g = m.groupdict()
        if _not_a_date(text, start, m):
            continue
        try:
            if g["dmy"] or g["mdy"]:
                d = int(g["d1"] or g["d2"])
                if g["sep2"] == "/" and int(g["d2b"]) == d + 1:
                    d += 1  # "the night of October 29/30": an overnight attack, struck after midnight (link9)
                mo = _month(g["m1"] or g["m2"])
                y = g["y1"] or g["y2"]
                year = int(y) if y else _ym_before(published, mo)
                if year is None or not 1 <= d <= 31:
                    continue
                dt.date(year, mo, d)
                out.append(DateRef(f"{year:04d}-{mo:02d}-{d:02d}", "day", m.start(), m.end(), not y))
            elif g["num"]:
                day = _numeric_date(text, start, m, published)
                if day is not None:
                    out.append(DateRef(day.isoformat(), "day", m.start(), m.end()))
            elif g["my"]:
                out.append(DateRef(f"{int(g['y3']):04d}-{_month(g['m3']):02d}", "month", m.start(), m.end()))
            elif g["season"]:
                mo = _SEASON[g["sn"].lower()]
                out.append(DateRef(f"{int(g['y4']):04d}-{mo:02d}", "season", m.start(), m.end()))
            elif g["mly"]:
                if published is None:
                    continue
                year = published.year - (g["ly"].lower() == "last")
                out.append(DateRef(f"{year:04d}-{_month(g['m7']):02d}", "month", m.start(), m.end(), True))
            elif g["mo"]:
                word = g["m5"]
                if word.lower().rstrip(".") == "may" and not re.match(r"[A-Z]", word):
                    continue
                if word.rstrip(".").lower() in ("mar", "jan", "jun", "jul", "sep", "dec", "oct", "nov", "apr", "feb", "aug", "sept") and (
                        word[0].islower() or _NAME_AFTER.match(text, m.end())):
                    continue  # (nor "son of Jan Sher", "the shrine of Mar Yohannan": a short month before a name is the name)
                mo = _month(word)
                year = _ym_before(published, mo)
                if year is None:
                    continue
                out.append(DateRef(f"{year:04d}-{mo:02d}", "month", m.start(), m.end(), True))
            elif g["wd"]:
                if published is None or isinstance(published, ReportYear):
                    continue
                wd = _WEEKDAYS[g["w"].lower()]
                back = (published.weekday() - wd) % 7
                if back == 0 and re.search(r"\blast\s+$", text[max(start, m.start() - 6) : m.start()], re.IGNORECASE):
                    back = 7  # "last Friday" in a report of a Friday: a week before
                elif back == 6 and _next_local_day(text, start, m, published):
                    back = -1  # "the army said on Sunday" in a report stamped late on Saturday (UTC): the region's Sunday
                day = published - dt.timedelta(days=back)
                out.append(DateRef(day.isoformat(), "day", m.start(), m.end(), True))
            elif g["rel"]:
                if published is None:
                    continue
                r = " ".join(g["r"].lower().split())
                if isinstance(published, ReportYear) and r not in ("last year", "this year", "earlier this year"):
                    continue  # a day, a week or a month counted from a publication day the report does not give
                if r in ("yesterday", "last night", "previous day", "the previous day", "on the previous day"):
                    d = published - dt.timedelta(days=1)
                    out.append(DateRef(d.isoformat(), "day", m.start(), m.end(), True))
                elif r in ("today", "this morning"):
                    out.append(DateRef(published.isoformat(), "day", m.start(), m.end(), True))
                elif r in ("last week",):
                    d = published - dt.timedelta(days=7)
                    out.append(DateRef(d.isoformat(), "week", m.start(), m.end(), True))
                elif r.endswith("weekend"):
                    # "at the weekend", "over the weekend": the Saturday of the last weekend (this one, in a report
                    # of a Saturday or a Sunday; "last weekend" in one: the weekend before), its week around it (not
                    # a bare "this weekend": often one to come, "talks this weekend")
                    sat = published - dt.timedelta(days=(published.weekday() - 5) % 7)
                    if r.startswith("last") and published.weekday() >= 5:
                        sat -= dt.timedelta(days=7)
                    out.append(DateRef(sat.isoformat(), "week", m.start(), m.end(), True))
                elif r in ("this week", "earlier this week"):
                    out.append(DateRef(published.isoformat(), "week", m.start(), m.end(), True))
                elif r == "last month":
                    y, mo = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
                    out.append(DateRef(f"{y:04d}-{mo:02d}", "month", m.start(), m.end(), True))
                elif r in ("this month", "earlier this month"):
                    out.append(DateRef(f"{published.year:04d}-{published.month:02d}", "month", m.start(), m.end(), True))
                elif r == "last year":
                    out.append(DateRef(f"{published.year - 1:04d}", "year", m.start(), m.end(), True))
                else:
                    out.append(DateRef(f"{published.year:04d}", "year", m.start(), m.end(), True))
            elif g["yr"]:
                out.append(DateRef(f"{int(g['y6']):04d}", "year", m.start(), m.end()))
            elif g["yra"]:  # "a 2018 suicide bombing", "the 2016 attack": an attack of that year
                out.append(DateRef(f"{int(g['y8']):04d}", "year", m.start(), m.end()))
        except (ValueError, KeyError):
            continue
    return out


# ---------------------------------------------------------------- a date in figures
# "08/21/2008: Two suicide bombers attacked ...", "killed on Tuesday 08/19/2008 morning": a day written in figures in
# the prose of a report (an incident database's summary line, a blog); not a page's stamp ("updated 6/9/2009 6:19 PM",
# "Submitted by X on Wed, 06/29/2011 - 10:45"), nor a figure alone on a line: read only after "on" or a weekday, or
# opening an incident's line before its colon.
_NUM_BEFORE = re.compile(rf"(?:\bon\s+(?:the\s+)?|\b{_WEEKDAY},?\s+)$", re.IGNORECASE)
_NUM_OPENS_LINE = re.compile(r"\s*:\s+(?=[A-Z])")
_NUM_STAMP = re.compile(r"\b(?:updated|posted|submitted|published|modified|created|edited|by)\b[^.\n]{0,30}$", re.IGNORECASE)
_NUM_DATE = re.compile(rf"\b([0-3]?\d)/([0-3]?\d)/{_YEAR}\b")


def _numeric_date(text: str, start: int, m: re.Match, published: dt.date | None) -> dt.date | None:
    """The day of a date in figures ("08/21/2008", "21/08/2008") where prose gives it; month first unless a figure
    above 12 says otherwise (in the date or, for "11/06/2007", in another date in figures of the report), or, when
    both readings are days, the one on or before the publication day and nearest it."""
    before = text[max(0, m.start() - 40) : m.start()]
    line_start = text.rfind("\n", 0, m.start()) + 1
    opens = not text[line_start : m.start()].strip() and _NUM_OPENS_LINE.match(text, m.end())
    if not (opens or _NUM_BEFORE.search(before)) or _NUM_STAMP.search(before):
        return None
    a, b, y = int(m.group("n1")), int(m.group("n2")), int(m.group("y9"))
    readings = []
    for mo, d in ((a, b), (b, a)):
        try:
            readings.append(dt.date(y, mo, d))
        except ValueError:
            continue
    if not readings:
        return None
    if len(readings) == 2 and readings[0] != readings[1]:
        firsts = [(int(x.group(1)), int(x.group(2))) for x in _NUM_DATE.finditer(text)]
        if any(f > 12 for f, _ in firsts) and not any(s2 > 12 for _, s2 in firsts):
            return readings[1]  # the report writes the day first ("21/08/2008")
        if published is not None and not isinstance(published, ReportYear):
            past = [r for r in readings if r <= published]
            if past:
                return max(past)
    return readings[0]


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
    if _STATEMENT_BEFORE.search(before) or _FUTURE_BEFORE.search(before):
        return True
    sm = _STATEMENT_AFTER.match(text, m.end(), min(len(text), m.end() + 60))
    return sm is not None and not _FOCUS.search(text, m.end(), sm.start("verb"))


_EVENT_WORD = re.compile(
    r"\b(?:attack|attacks|attacked|bombing|bombings|bomb|blast|blasts|explosion|explosions|exploded|killed|killing|"
    r"wounded|injured|struck|strike|suicide|raid|shooting|massacre|assault|ambush|stormed|detonated|died|dead|"
    r"gunmen|gunman|opened\s+fire|fire|hit|targeted|rammed|stabbed|shot|bomber|bombers|bombed|blew|"
    r"stormed|ambushed|abducted|beheaded|executed|martyred|perished)\b",
    re.IGNORECASE,
)


def date_is_anchored(text: str, d: DateRef) -> bool:
    """Does an event word stand close to the date ("Thursday's bombing", "killed ... on Friday")?"""
    return bool(_EVENT_WORD.search(text, max(0, d.start - 45), d.start)
                or _EVENT_WORD.search(text, d.end, min(len(text), d.end + 30)))


# "Monday, March 28, 2016 A suicide bombing ...", "28 March 2016 - ...": a dateline opening the sentence,
# the day the report was filed; "yesterday" and weekdays after it are counted from it
# A page's own date line before it ("date 2025-03-16 Quetta: ...", "Published: 2025-03-16", "Updated
# on March 16, 2025"): the same, an ISO date or a label before the date
_DATELINE_DATE = re.compile(
    r"\W*(?:(?i:(?:page\s+)?(?:last\s+)?(?:date|dated|published|updated|posted|modified))(?:\s+on)?"
    # "Page last updated at 08:13 GMT, Tuesday, 3 March 2009": the clock before the day (dates10)
    r"(?:\s+(?i:at)\s+[0-2]?\d[:.][0-5]\d(?:\s*(?i:[ap]\.?m\.?))?(?:\s+[A-Z]{2,4})?\s*,?)?\s*:?\s*)?"
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+[0-3]?\d,?\s+{_YEAR}|[0-3]?\d\s+{_MONTH},?\s+{_YEAR}|"
    r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)(?![\d\-]))"
    r"(?:(?:\s*[\-\u2013\u2014:|]\s*|\s+)(?=[A-Z\"\u201c])|\s*$)"
)


def dateline_date(text: str, start: int, end: int) -> tuple[dt.date, int] | None:
    """The date of a dateline opening ``text[start:end]`` (or standing alone in it: "Published:
    2025-03-16") and where the dateline ends."""
    stop = min(end, start + 60)
    m = _DATELINE_DATE.match(text, start, stop)
    if m is None or m.end() == stop < end:
        return None  # (a date alone up to the 60th character: not the end of the line)
    if m.group("iso"):
        try:
            return dt.date.fromisoformat(m.group("iso")), m.end()
        except ValueError:
            return None
    refs = [d for d in find_dates(text, start, m.end(), None) if d.precision == "day" and not d.relative]
    if not refs:
        return None
    try:
        return dt.date.fromisoformat(refs[-1].value), m.end()
    except ValueError:
        return None


# "KHUJAND, September 4, 2010, Asia-Plus -- ...", "QUETTA, Pakistan, 16 March 2025 (Reuters) - ...": a city's dateline
# with the day the report was filed
# (a city of up to three words, initials with their stops: "DERA ISMAIL KHAN", "D.I. KHAN")
_DATELINE_CITY = r"\W*[A-Z][A-Za-z'\-]*(?:\.(?:[A-Z]\.)*)?(?:\s[A-Z][A-Za-z'\-]+){0,2}(?:,\s*[A-Z][A-Za-z]+)?,\s+"
_CITY_DATELINE = re.compile(
    _DATELINE_CITY +
    rf"(?:{_WEEKDAY},?\s+)?(?P<date>{_MONTH}\s+[0-3]?\d,?\s+{_YEAR}|[0-3]?\d\s+{_MONTH},?\s+{_YEAR})"
    r"(?:\s*,\s*[^,.;:\n]{1,30}?|\s*\([^()]{1,30}\))?\s*(?:--|-|\u2014|\u2013|:)\s")


def city_dateline_date(text: str, start: int, end: int) -> tuple[dt.date, int] | None:
    """The day of a city's dateline opening ``text[start:end]`` ("KHUJAND, September 4, 2010, Asia-Plus --")
    and where the dateline ends."""
    m = _CITY_DATELINE.match(text, start, min(end, start + 100))
    if m is None:
        return None
    refs = [d for d in find_dates(text, m.start("date"), m.end("date"), None) if d.precision == "day" and not d.relative]
    if not refs:
        return None
    try:
        return dt.date.fromisoformat(refs[0].value), m.end()
    except ValueError:
        return None


# "Karachi, Oct 7 (PTI) Two Chinese nationals ...", "KABUL, June 20 (Reuters) - ...": a city's dateline with a day
# and no year, closed by an agency's bracket or a dash (a dateline with its year, "Kabul, 3 August 2020 (dpa) -",
# keeps dating the lead as before: changing it moved a two-day siege's report to its first day, away from the
# other reports of it)
_CITY_DATELINE_DAY = re.compile(
    _DATELINE_CITY +
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+[0-3]?\d|[0-3]?\d\s+{_MONTH})(?!,?\s+{_YEAR})"
    # ("PESHAWAR, Jul 12 (APP):The death toll ...": a wire copy may lose the space after its colon)
    r"(?:\s*\([^()]{1,30}\)(?:\s*(?:--|-|\u2014|\u2013|:)\s*|\s+)(?=[A-Z\"\u201c])|\s*(?:--|-|\u2014|\u2013|:)\s)")


def city_dateline_end(text: str, start: int, end: int) -> int | None:
    """Where a city's dateline opening ``text[start:end]`` ends ("Karachi, Oct 7 (PTI) ", "KABUL, June 20
    (Reuters) - "): its day is the day the report was filed, not the event's."""
    m = _CITY_DATELINE_DAY.match(text, start, min(end, start + 100))
    return m.end() if m is not None else None


#: A dateline's day this many days or more from the report's publication is a slip ("September 4, 2001" on a
#: report published on 4 September 2010 about "the September 3 blast"): it dates nothing.
DATELINE_SLIP_DAYS = 32


def dateline_slip(filed: tuple[dt.date, int] | None, published: dt.date | None) -> bool:
    """A dateline's day that the report's publication date contradicts (a typo in its year)."""
    return filed is not None and published is not None and not isinstance(published, ReportYear) and \
        abs((filed[0] - published).days) >= DATELINE_SLIP_DAYS


class ReportYear(dt.date):
    """The year an undated report was written, read from its own words (the last day of that year).

    It resolves a day or a month named without its year ("Tuesday (Feb 11)", "In April"), and "last
    year"; never a weekday, "yesterday" or "last week", which need the day (``find_dates``)."""


# "Last year in March 2024", "last year (2024)", "in March 2024, last year", "earlier this year, in January 2025"
_LAST_YEAR = re.compile(rf"\b(?P<w>last|this)\s+year\b[,\s(]+(?:in\s+)?(?:{_MONTH}\s+)?(?:[0-3]?\d,?\s+)?(?P<y>{_YEAR})\b"
                        rf"|\b(?P<y2>{_YEAR})\)?,?\s+(?P<w2>last|this)\s+year\b", re.IGNORECASE)
_ANY_YEAR = re.compile(rf"(?<![\d,.\-/])\b{_YEAR}\b(?![\-/]\d|\s*(?:people|fighters|members|civilians|militants|soldiers|troops))")


def report_year(text: str) -> ReportYear | None:
    """The year an undated report was written, from its own words: the year after the one it calls
    "last year" ("Last year in March 2024": 2025), else the latest year it names (a report names no
    year after its own); None when it names none."""
    for m in _LAST_YEAR.finditer(text):
        year = int(m.group("y") or m.group("y2")) + ((m.group("w") or m.group("w2")).lower() == "last")
        if year <= dt.date.today().year + 1:
            return ReportYear(year, 12, 31)
    # (no year after this one: "Vision 2047", "by 2030" name no year the report was written in)
    years = [y for y in map(int, _ANY_YEAR.findall(text)) if y <= dt.date.today().year]
    return ReportYear(max(years), 12, 31) if years else None


def parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published)
    except ValueError:
        return None


# --------------------------------------------------------------------------- which date is the event's

#: Roles of a date in a sentence: only ``event`` dates the event; ``statement`` and
#: ``update`` (the day something was said or a toll revised) are a last resort.
_FUTURE_BEFORE = word_start([(["set", "scheduled", "slated", "planned", "due", "expected", "deadline", "until", "till",
                               "next", "upcoming", r"will\s+\w+"],
                              r"\s+(?:\w+\s+){0,2}?(?:for\s+|on\s+|by\s+|of\s+)?(?:the\s+)?$")])
_BACKGROUND_BEFORE = word_start([([
    "since", "founded", "formed", "established", r"set\s+up", r"sets?\s+up", "emerged", "created", "launched",
    *(v + r"\s+(?:back\s+)?(?:to\s+)?(?:power|control|over|office)"
      for v in ("took", "taking", "take", "seized", "seizing", "swept", "sweeping", "came", "coming", "returned",
                "returning", "rose", "rise")),
    "takeover", "take-?over", r"withdr[ae]w\w*", "withdrawal", "pull-?out", r"fall\s+of", "fell", "born",
    "appointed", "elected", "declared", "proclaimed", "banned", "outlawed", "proscribed", "designated", "listed",
    "sanctioned",
    # a group's history: "a splinter group that pledged allegiance to ISIL in November 2014", "which split from the TTP in 2014"
    r"pledg\w*\s+(?:its\s+|their\s+)?(?:allegiance|loyalty|fealty)", r"sw(?:ore|orn|earing)\s+(?:its\s+|their\s+)?allegiance",
    r"bay['\u2019]?ah", "joined", "defected", r"split\s+(?:from|off|away)", "splintered", r"broke\s+(?:away|off)",
    "merged", "renamed", "rebranded",
    # a commemorated day: "on the 10th anniversary of the Sept. 11, 2001 strikes", "a year to the day after the 2014 siege"
    r"anniversary\s+of", r"to\s+the\s+day\s+(?:after|since)",
    # a photo's caption: "This picture taken on March 8, 2019 shows the hotel", "In this image, shot on Friday, ..."
    *(w + r"\s*,?\s+(?:was\s+)?(?:taken|shot|captured|recorded|filmed)" for w in (
        "picture", "photo", "photograph", "image", "footage", "video", "snapshot"))], r"\b[^,;:()]{0,40}$")])
# words between a verb of saying and its day that name no event ("Dawn.com", "reporters by phone")
_NO_EVENT_WORDS = (r"(?:(?!(?:attacks?|bombings?|blasts?|explosions?|assaults?|raids?|strikes?|ambush|killings?)\b)"
                   r"[\w.\-'\u2019]+\s+)")
_STATEMENT_BEFORE = word_start([([
    "statement", "announcement", "communiqu[e\u00e9]", "message", "video", r"press\s+conference", "briefing",
    "interview", "said", "says", "told", "announced", r"claimed(?:\s+responsibility)?", "confirmed", "reported", "added",
    # "quoted the governor confirming the news on Thursday", "announcing the toll on Friday"
    "confirming", "announcing", "reporting",
    "posted", "tweeted", "stated", "given", "provided", "issued", "released", "published", "quoted", "cited"],
    r"\s+(?:\w+\s+){0,2}?(?:on\s+|late\s+|early\s+|issued\s+|released\s+|posted\s+)?$"),
    # "speaking to Dawn.com on Friday", "talking to reporters late on Sunday", "speaking at a news conference on
    # Friday", "told Reuters by phone on Friday": the day someone spoke (not "told AFP the attack on Friday ...")
    ([r"speak(?:s|ing)?", "spoke", r"talk(?:s|ed|ing)?", r"writ(?:es|ing)", "wrote"],
     r"\s+(?:to|with|at|during|in)\s+" + _NO_EVENT_WORDS + r"{1,4}?(?:on\s+|late\s+|early\s+)?$"),
    ([r"t(?:old|ells|elling)"], r"\s+" + _NO_EVENT_WORDS + r"{1,4}?(?:late\s+|early\s+)?on\s+$")])
_DIED_LATER = (r"\s+(?:of\s+the\s+)?(?:[\w\-]+\s+){0,3}?(?:injured|wounded|victims?|patients?|under-treatment)\s+"
               r"(?:[\w\-]+\s+){0,2}?(?:died|dies|passed\s+away|lost\s+(?:his|her|their)\s+li(?:fe|ves)|"
               r"breathed\s+(?:his|her|their)\s+last)")
_UPDATE_BEFORE = word_start([
    (["rose", "risen", "rising", "climbed", "climbing", "increased", "jumped", "surged", "reached", "revised", "raised",
      "raising", "revising", "lowered", "updated", "stood", "stands", "mounted"], r"\s+(?:(?:[\w,.]+\s+){0,4}?(?:on|by)\s+)?$"),
    (["as"], r"\s+of\s+(?:late\s+|early\s+)?$"),
    # a victim who died of the wounds later: the day the toll grew, not the attack's ("... reached 22 as another
    # injured man lost his life Thursday", "two more of the wounded died on Friday", "succumbed to his wounds on Monday")
    ([r"succumb(?:ed|s|ing)", *(w + _DIED_LATER for w in ("another", "more", "further"))],
     r"\s+(?:(?:[\w,.]+\s+){0,5}?(?:on|early|late)\s+)?$"),
])
_UPDATE_AFTER = re.compile(r"(?:\s+\w+)?\s+(?:revised|raised|lowered|updated)\b", re.IGNORECASE)
# "By Thursday evening the toll had reached 40": the day of a count, not of the attack
_COUNT_AFTER = re.compile(r"(?:\s+[\w\-]+){0,2}?\s+(?:death\s+)?(?:toll|count|number\s+of\s+(?:dead|deaths|victims))"
                          r"\s+(?:had\s+|has\s+)?(?:reached|rose|risen|climbed|stood|increased|jumped)\b", re.IGNORECASE)
# "On Sunday the ministry had put the toll at 58": the day of a report, not of the attack
_STATEMENT_AFTER = re.compile(r"(?:\s+[\w\-]+){0,4}?\s+(?:had\s+|has\s+)?(?P<verb>put|gave|said|says|told|reported|"
                              r"announced|confirmed|stated|quoted|"
                              # a reaction: "China on Tuesday expressed shock at the attack"
                              r"expressed|condemned|denounced|deplored|decried|voiced|vowed|urged|demanded|"
                              r"mourned|offered|summoned|pledged|promised|warned|"
                              # a claim of responsibility: "A militant group on Thursday claimed responsibility for
                              # killing 28 soldiers" (its day, not the ambush's)
                              r"(?:claimed|took|accepted|admitted)(?=\s+(?:full\s+)?(?:responsibility|credit)\b))\b",
                              re.IGNORECASE)
_STATEMENT_NOUN_AFTER = re.compile(r"\s+(?:press\s+release|statement|communiqu[e\u00e9]|video(?:\s+message)?|audio\s+message|"
                                   r"briefing|(?:news|press)\s+conference|tweet|post\s+on)\b", re.IGNORECASE)
# a relative clause about a person, open up to the date: ", who was killed by a drone in"
PERSON_CLAUSE = _PERSON_CLAUSE = re.compile(r"(?:,|\(|\u2014)\s*(?:who|whom|whose)\b[^,;:()\u2014]{0,90}$", re.IGNORECASE)
# "..., who were killed in the attack in March": the clause tells of the attack itself
_IN_THE_ATTACK = re.compile(r"\b(?:in|during|by)\s+the\s+(?:\w+\s+)?(?:attack|bombing|blast|explosion|assault|massacre|"
                            r"shooting|raid)\b[^,;:()]*$", re.IGNORECASE)
_OPENING = re.compile(r"\W*(?:(?:on|by)\s+)?", re.IGNORECASE)
_OPENING_AFTER_PUNCT = re.compile(r"[.;:\u2014,(]\s*(?:(?:on|by)\s+)?$", re.IGNORECASE)
#: A sentence with more dates than this is a list or a table: only the first are read.
MAX_DATES = 12
_PAREN_AFTER_DATE = re.compile(r"\s*[(,]\s*$")

EVENT, STATEMENT, UPDATE, FUTURE, BACKGROUND = "event", "statement", "update", "future", "background"

# "the deadliest attack on security forces this year", "the third such bombing in Kabul this month",
# "the worst in 2023", "so far this year": the period an attack is compared within, not its date
_COMPARED_BEFORE = re.compile(
    r"(?:\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|highest|most\s+(?:lethal|deadly|serious|"
    r"devastating|violent|brazen|audacious|significant|high-profile)|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))\b(?P<gap>[^,;:.()\u2014]{0,60}?)"
    r"|\b(?:so\s+far|thus\s+far|yet|to\s+date)\s+)(?:in\s+|of\s+|during\s+)?$",
    re.IGNORECASE)
_COMPARED_GAP_VERB = re.compile(r"\b(?:came|comes|was|were|is|are|occurred|happened|took\s+place|struck|hit|killed|"
                                r"left|claimed|targeted|carried)\b", re.IGNORECASE)


def compared_before(before: str) -> bool:
    """``before`` ends on the words an attack is ranked with ("... was the deadliest ", "the first major attack of ")."""
    m = _COMPARED_BEFORE.search(before)
    return m is not None and not (m.group("gap") and _COMPARED_GAP_VERB.search(m.group("gap")))


def compared(text: str, start: int, d: DateRef) -> bool:
    """A period an attack is ranked within ("the deadliest attack this year", "the first major attack
    of 2017"), not its date: relative to the report ("this year") it dates nothing (the report's own
    day does); an explicit year or month dates the attack only when nothing else in its clause does."""
    if d.precision not in ("year", "month", "week"):
        return False
    return compared_before(text[max(start, d.start - 64) : d.start])


# a ranked attack's "since" clause, however long ("the worst attack since the old rulers fell from
# power in 2001", "the worst bombing in the city since government troops retook it in 2014"): its date is that past event's
_RANKED_SINCE = re.compile(r"\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|most\s+(?:lethal|deadly|serious|"
                           r"devastating|violent)|first)\b[^.;:()\u2014]{0,60}?\bsince\b[^.;:()\u2014]{0,110}$",
                           re.IGNORECASE)
# a toll's rise told in the wire style, its day bare after the figure ("the toll climbed to 47 Monday",
# "the number of dead climbed to sixty-one Tuesday"): the day of the count, not of the attack
_UPDATE_BARE_DAY = re.compile(r"\b(?:toll|dead|deaths|casualties|number\s+of\s+(?:dead|deaths|victims))\s+(?:had\s+|has\s+)?"
                              r"(?:rose|risen|climbed|increased|jumped|reached|mounted|soared)\s+(?:to\s+)?"
                              r"(?:at\s+least\s+|more\s+than\s+)?[\w\-,]+\s+$", re.IGNORECASE)


# the end of a span the sentence opened on an earlier day ("started late on Tuesday and went on into Wednesday",
# "the siege, which started on Monday, lasted until Wednesday"): the day it ended, not the attack's
_SPAN_END_BEFORE = re.compile(r"\b(?:into|until|till|through)\s+(?:the\s+)?(?:(?:early|late)\s+(?:hours\s+of\s+)?)?$",
                              re.IGNORECASE)
# the start of a campaign a report's attack belongs to ("part of a wave of bombings that started on Oct. 5", "since
# an offensive that started in June"), and an attack it is compared with ("was similar to the siege of Mumbai
# last November", "reminiscent of the siege in 2008"): their dates, not the attack's
_CAMPAIGN_BEGAN_BEFORE = re.compile(r"\b(?:campaign|offensive|insurgency|series|wave|spate|surge|crackdown)\b"
                                    r"[^.;:()]{0,30}?\b(?:began|begun|started|kicked\s+off|commenced)\s+(?:on\s+|in\s+)?$",
                                    re.IGNORECASE)
_COMPARED_WITH_BEFORE = re.compile(r"\b(?:similarit(?:y|ies)\s+(?:to|with)|similar\s+to|resembl\w*|reminiscent\s+of|"
                                   r"echo(?:es|ed|ing)|modell?ed\s+on|compared\s+(?:to|with))\b[^.;:()]{0,60}$",
                                   re.IGNORECASE)
# a page's update stamp ("[Updated 01:15 a.m. ET Wednesday]", "Last updated 09:40 GMT Friday"): when it was edited
_STAMP_BEFORE = re.compile(r"\b(?:updated|posted|published|modified)\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*"
                           r"(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?,?\s*(?:on\s+)?$", re.IGNORECASE)


def _bare_update_day(text: str, d: DateRef, before: str) -> bool:
    """A weekday set right after a toll's new figure ("the toll climbed to 47 Monday"): the day the toll grew."""
    return d.precision == "day" and text[d.start : d.end].lower().rstrip("'\u2019s") in _WEEKDAYS and \
        _UPDATE_BARE_DAY.search(before) is not None


def date_role(text: str, start: int, end: int, d: DateRef, prev: tuple[DateRef, str] | None = None) -> str:
    """What a date in ``text[start:end]`` dates: the event, a statement, a toll update,
    something to come, or background ("since taking control in August")."""
    before = text[max(start, d.start - 64) : d.start]
    if d.precision in ("month", "season", "year") and _RANKED_SINCE.search(text, max(start, d.start - 180), d.start):
        return BACKGROUND  # "the worst attack since the old government fell in 2001": that past event's year
    if _bare_update_day(text, d, before):
        return UPDATE  # "The toll climbed to 47 Monday; the shrine was bombed on Sunday": the count's day
    if _CAMPAIGN_BEGAN_BEFORE.search(before) or _COMPARED_WITH_BEFORE.search(before):
        return BACKGROUND  # "a wave of bombings that started on Oct. 5", "similar to the siege of Mumbai last November"
    if _STAMP_BEFORE.search(before):
        return STATEMENT  # "[Updated 01:15 a.m. ET Wednesday] Gunmen stormed ...": the page's edit
    if prev is not None and prev[1] == EVENT and prev[0].precision == "day" and d.precision == "day" and \
            _SPAN_END_BEFORE.search(before):
        return BACKGROUND  # "an assault that started Tuesday night and went on into Wednesday": Tuesday's
    if text[d.end - 2 : d.end] in ("'s", "\u2019s"):
        return EVENT  # "Friday's raid", "last week's bombing": the day of an event
    if prev is not None and prev[0].end >= d.start - 3 and _PAREN_AFTER_DATE.fullmatch(text, prev[0].end, d.start):
        return prev[1]  # "Tuesday (September 3, 2024)": the same day, the same role
    if _BACKGROUND_BEFORE.search(before) or d.relative and compared(text, start, d):
        return BACKGROUND
    if d.precision in ("month", "season", "year") and _PERSON_CLAUSE.search(before) and \
            not _IN_THE_ATTACK.search(before):
        return BACKGROUND  # "the general, who was killed by a drone in 2020", "who joined in 2015": a person's past
    if _FUTURE_BEFORE.search(before):
        return FUTURE
    if _UPDATE_BEFORE.search(before) or _UPDATE_AFTER.match(text, d.end, min(end, d.end + 24)) or \
            _COUNT_AFTER.match(text, d.end, min(end, d.end + 60)):
        return UPDATE
    if text[d.start : d.start + 5].lower() == "since":
        return BACKGROUND  # "the deadliest since 2021"
    if _STATEMENT_BEFORE.search(before):
        return STATEMENT
    opening = _OPENING.fullmatch(text[start : min(d.start, start + 12)]) if d.start - start <= 12 else None
    opening = opening or _OPENING_AFTER_PUNCT.search(before)
    if _STATEMENT_NOUN_AFTER.match(text, d.end, min(end, d.end + 30)):
        return STATEMENT  # "In a February 3 press release", "in a Tuesday statement": the day it was issued
    if _SAYING_AFTER.match(text, d.end, min(end, d.end + 16)) and not _FOCUS.search(text, start, d.start):
        return STATEMENT  # "Karzai confronted Pakistan on Wednesday, saying a group based there was behind the bombing"
    m = _STATEMENT_AFTER.match(text, d.end, min(end, d.end + 60))
    if m is not None and not _FOCUS.search(text, d.end, m.start("verb")) and (
            opening or len(text[d.end : m.start("verb")].split()) <= 1 and before.rstrip().lower().endswith(("on", "by"))):
        return STATEMENT  # "On Sunday the ministry had put the toll at 58", "officials on Friday said"
    if _SUBJECT_BEFORE.search(("\n" if d.start - 64 <= start else "") + before):
        # "Pakistanis Tuesday (February 14) mourned the victims", "Officials Friday said": a day set between a
        # subject and its verb of saying or mourning (the wire style) is the day of that, not of the attack
        paren = _PAREN_DAY.match(text, d.end, min(end, d.end + 32))
        m = _STATEMENT_AFTER.match(text, paren.end() if paren else d.end, min(end, d.end + 60))
        if m is not None and not text[m.start() : m.start("verb")].strip(" \t\n"):
            return STATEMENT
    return EVENT


# the subject of a sentence's verb right before its day ("Pakistanis ", "officials ", "The ministry ")
_SUBJECT_BEFORE = re.compile(r"(?:\n|[.;:\u2014]\s|--\s|\bthe\s)\s*(?:[A-Z][\w\-]+\s+)?[\w\-]+\s+$|"
                             r"\b(?:officials|authorities|police|residents|mourners|relatives|families|ministry|"
                             r"government|army|military|spokes(?:man|woman|person))\s+$", re.IGNORECASE)
_PAREN_DAY = re.compile(r"\s*\([^()]{1,28}\)")
# the day of a clause that goes on with what was said ("..., saying", "..., adding that"): a statement's day
_SAYING_AFTER = re.compile(r"\s*,\s*(?:saying|adding|insisting|claiming|declaring|telling)\b", re.IGNORECASE)


# toll words: the words a claim's clause turns on
_FOCUS = word_start([([r"kill\w*", "dead", "death", "deaths", "died", "dies", "lives", r"wound\w*", r"injur\w*",
                       r"martyr\w*", "toll", r"casualt\w*", "bodies", r"perish\w*"], r"\b")])

_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3}
# "five days after a bombing", "a week earlier", "two days ago", "the day before"
_OFFSET = re.compile(
    # (the look-ahead on the first letters any alternative can start with lets the engine skip ahead: the same
    # matches, several times faster)
    r"(?=[aotfsendphwm\d])\b(?:(?P<n>a\s+couple\s+of|a\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r"\s+(?P<u>days?|weeks?|months?|hours?|years?)|(?P<dayb>(?:the\s+)?(?:day|night)\s+before|(?:the\s+)?previous\s+(?:day|night))"
    r"|(?P<hours>hours)"
    # "Shortly after, a second bomb ...", "Moments later, ...": the same day as the attack told before
    r"|(?P<soon>shortly|soon|moments|minutes)(?=\s+(?:after|later)\b)"
    # "comes weeks after the killing of ...", "months later", "days ago": a vague offset (never "weeks before
    # the elections": a bare unit only looks back from the event or forward to another)
    r"|(?P<bare>days|weeks|months)(?=\s+(?:after|later|ago)\b))(?:\s+(?P<dir>earlier|before|ago|after|prior|later))?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Offset:
    days: int  # how far before its anchor the event lies
    precision: str
    anchor: str  # "published", "sentence" (a statement or update date of the sentence), "main"


def _offset(m: re.Match) -> tuple[int, str] | None:
    if m.group("dayb"):
        return 1, "day"
    if m.group("hours") or m.group("soon"):
        return 0, "day"
    bare = m.group("bare")
    if bare:  # "days after": a few days; "weeks after": a few weeks; "months after": a season or so
        return {"days": (3, "week"), "weeks": (14, "month"), "months": (60, "season")}[bare.lower()]
    n = _NUM_WORDS.get(" ".join(m.group("n").lower().split()))
    if n is None:
        try:
            n = int(m.group("n"))
        except (TypeError, ValueError):
            return None
    u = m.group("u").lower()
    if u.startswith("hour"):
        return 0, "day"
    if u.startswith("day"):
        return n, "day" if n <= 3 else "week"
    if u.startswith("week"):
        return 7 * n, "week" if n <= 1 else "month"
    if u.startswith("year"):
        return 365 * n, "year"
    return 30 * n, "month"
