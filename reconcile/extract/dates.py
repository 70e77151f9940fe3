"""Dates of a report: date expressions resolved against the publication date (``find_dates``), a day
written in figures, datelines (the day a report was filed), an undated report's year, and offsets
("five days after", "a week earlier", "hours later").  What each date dates is read in ``dateroles``;
the report's clock in ``reportclock``; the words and records dates share are in ``datewords``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .datewords import _MONTH, _MONTHS, _SEASON, _WEEKDAY, _WEEKDAYS, _YEAR, DateRef, ReportYear
from .fastrx import word_start
from .memo import per_report
from .reportclock import _next_local_day, report_clock  # noqa: F401 - report_clock is public here

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
