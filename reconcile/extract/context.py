"""Event context of a sentence: when (resolved against the publication date), where
(through the gazetteer), what kind of event, and whether a figure is an aggregate.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .. import gazetteer

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

_DATE_RX = re.compile(
    rf"""
    (?P<dmy>\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?\b)
  | (?P<mdy>\b(?P<m2>{_MONTH})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>{_YEAR}))?)
  | (?P<my>\b(?P<m3>{_MONTH})(?:\s+(?:of\s+)?|,\s*)(?P<y3>{_YEAR})\b)
  | (?P<season>\b(?:the\s+)?(?P<sn>spring|summer|autumn|fall|winter)\s+of\s+(?P<y4>{_YEAR})\b)
  | (?P<mo>\b(?:in|since|during|by|of|early|late|mid-?|this\s+past|last|this|until|from)\s+(?:early\s+|late\s+|mid-?)?(?P<m5>{_MONTH})(?!\w)(?!,?\s+(?:of\s+)?{_YEAR})(?!\s+[0-3]?\d\b))
  | (?P<wd>\b(?P<w>{_WEEKDAY})(?:['\u2019]s)?\b)
  | (?P<rel>\b(?P<r>yesterday|today|last\s+night|this\s+morning|last\s+week|this\s+week|earlier\s+this\s+week|
        last\s+month|this\s+month|earlier\s+this\s+month|last\s+year|this\s+year|earlier\s+this\s+year|
        (?:on\s+)?(?:the\s+)?previous\s+day)\b)
  | (?P<yr>\b(?:in|since|during|of|by|from|early|late|mid-?)\s+(?:early\s+|late\s+|mid-?)?(?P<y6>{_YEAR})\b(?!\s*(?:people|fighters|members|civilians)))
    """,
    re.VERBOSE | re.IGNORECASE,
)


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


_DATE_CUE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"\b(?:yesterday|today|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning|past)|earlier\s+this|"
    r"previous\s+day|(?:19|20)\d\d|spring|summer|autumn|fall|winter)\b",
    re.IGNORECASE,
)


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
        try:
            if g["dmy"] or g["mdy"]:
                d = int(g["d1"] or g["d2"])
                mo = _month(g["m1"] or g["m2"])
                y = g["y1"] or g["y2"]
                year = int(y) if y else _ym_before(published, mo)
                if year is None or not 1 <= d <= 31:
                    continue
                dt.date(year, mo, d)
                out.append(DateRef(f"{year:04d}-{mo:02d}-{d:02d}", "day", m.start(), m.end(), not y))
            elif g["my"]:
                out.append(DateRef(f"{int(g['y3']):04d}-{_month(g['m3']):02d}", "month", m.start(), m.end()))
            elif g["season"]:
                mo = _SEASON[g["sn"].lower()]
                out.append(DateRef(f"{int(g['y4']):04d}-{mo:02d}", "season", m.start(), m.end()))
            elif g["mo"]:
                word = g["m5"]
                if word.lower().rstrip(".") == "may" and not re.match(r"[A-Z]", word):
                    continue
                if word.rstrip(".").lower() in ("mar", "jan", "jun", "jul", "sep", "dec", "oct", "nov", "apr", "feb", "aug", "sept") and word[0].islower():
                    continue
                mo = _month(word)
                year = _ym_before(published, mo)
                if year is None:
                    continue
                out.append(DateRef(f"{year:04d}-{mo:02d}", "month", m.start(), m.end(), True))
            elif g["wd"]:
                if published is None:
                    continue
                wd = _WEEKDAYS[g["w"].lower()]
                back = (published.weekday() - wd) % 7
                day = published - dt.timedelta(days=back)
                out.append(DateRef(day.isoformat(), "day", m.start(), m.end(), True))
            elif g["rel"]:
                if published is None:
                    continue
                r = " ".join(g["r"].lower().split())
                if r in ("yesterday", "last night", "previous day", "the previous day", "on the previous day"):
                    d = published - dt.timedelta(days=1)
                    out.append(DateRef(d.isoformat(), "day", m.start(), m.end(), True))
                elif r in ("today", "this morning"):
                    out.append(DateRef(published.isoformat(), "day", m.start(), m.end(), True))
                elif r in ("last week",):
                    d = published - dt.timedelta(days=7)
                    out.append(DateRef(d.isoformat(), "week", m.start(), m.end(), True))
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
        except (ValueError, KeyError):
            continue
    return out


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


def parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published)
    except ValueError:
        return None


_EVENT_TYPES = [
    (re.compile(r"\bsuicide\s+(?:bomb(?:ing|er|ers|s)?|attack(?:er|s)?|blast|vest|car\s+bomb)|\bself-?detonat|\bsuicide\s+\w+\s+bomb", re.IGNORECASE), "suicide bombing"),
    (re.compile(r"\b(?:jail\s*break|prison\s+(?:attack|break|assault)|attack\s+on\s+(?:a|the)\s+(?:\w+\s+)?(?:prison|jail))", re.IGNORECASE), "prison attack"),
    (re.compile(r"\b(?:air\s*strikes?|drone\s+strikes?|air\s+raids?|aerial\s+bombardment|bombing\s+raids?)\b", re.IGNORECASE), "airstrike"),
    (re.compile(r"\b(?:car\s+bomb|truck\s+bomb|bomb(?:s|ing|ings)?|blasts?|explosions?|explosives?|IEDs?|roadside\s+bomb|magnetic\s+bomb|sticky\s+bomb|mine)\b", re.IGNORECASE), "bombing"),
    (re.compile(r"\b(?:shooting|shootings|gunmen|gunman|opened\s+fire|gunfire|shot\s+dead|shot)\b", re.IGNORECASE), "shooting"),
    (re.compile(r"\b(?:rocket|rockets|mortar|mortars|shelling)\b", re.IGNORECASE), "rocket attack"),
    (re.compile(r"\bambush(?:ed)?\b", re.IGNORECASE), "ambush"),
    (re.compile(r"\b(?:ran\s+over|run\s+over|rammed|ramming|vehicle\s+attack)\b", re.IGNORECASE), "vehicle attack"),
    (re.compile(r"\b(?:clash(?:es|ed)?|fighting|firefight|gunbattle|gun\s+battle)\b", re.IGNORECASE), "clash"),
    (re.compile(r"\b(?:beheaded|beheading|executed|execution)\b", re.IGNORECASE), "execution"),
    (re.compile(r"\b(?:attack|attacks|assault|raid|massacre|stormed)\b", re.IGNORECASE), "attack"),
]


_ANY_EVENT = re.compile(
    r"bomb|blast|explo|ied|suicide|detonat|jail|prison|strike|raid|shoot|gun|fire|shot|rocket|mortar|shell|ambush|"
    r"ran over|run over|ramm|vehicle|clash|fight|behead|execut|attack|assault|massacre|storm|mine\b|bombard"
)


_EVENT_ALL = re.compile("|".join(f"(?P<t{i}>{rx.pattern})" for i, (rx, _) in enumerate(_EVENT_TYPES)), re.IGNORECASE)


def event_type(sentence: str) -> str | None:
    """The most specific kind of event the sentence names (suicide bombing before bombing before attack)."""
    if not _ANY_EVENT.search(sentence.lower()):
        return None
    best = None
    for m in _EVENT_ALL.finditer(sentence):
        i = int(m.lastgroup[1:])
        if best is None or i < best:
            best = i
            if i == 0:
                break
    return _EVENT_TYPES[best][1] if best is not None else None


_AGGREGATE = re.compile(
    r"""
    \bin\s+(?:\d[\d,]*|\w+)\s+(?:separate\s+|different\s+|such\s+|recorded\s+|documented\s+)?(?:attacks|incidents|bombings|strikes|operations|assaults)\b
  | \bsince\s+(?:19|20)\d\d\b | \bsince\s+(?:the\s+)?(?:start|beginning|takeover|fall|withdrawal|emergence|founding)\b
  | \bsince\s+(?:its|their)\s+(?:founding|formation|emergence|inception|creation|establishment)\b
  | \bin\s+the\s+(?:first|past|last|previous)\s+(?:\w+\s+)?(?:months?|years?|weeks?|decades?|half|quarter)\b
  | \b(?:so\s+far|to\s+date)\s+this\s+year\b | \bover\s+the\s+(?:past|last|previous)\b | \bin\s+(?:19|20)\d\d\s+alone\b
  | \ba\s+total\s+of\b | \bin\s+total\b | \bcombined\b | \beach\s+year\b | \bannually\b | \bper\s+year\b | \ba\s+year\b
  | \bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b | \bfrom\s+(?:19|20)\d\d\s+to\s+(?:19|20)\d\d\b
  | \b(?:attacks|bombings|strikes|operations|violence|campaign|insurgency|war|conflict|wars)\s+(?:\w+\s+){0,4}(?:have|has|had)\s+(?:\w+\s+)?killed
  | \b(?:during|throughout|over)\s+(?:the\s+)?(?:\d+-year\s+)?(?:war|conflict|insurgency|occupation)\b
  | \bin\s+(?:19|20)\d\d\s+(?:and|,)\s+(?:19|20)\d\d\b | \bthe\s+(?:deadliest|bloodiest)\s+year\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


def is_aggregate(sentence: str) -> bool:
    return bool(_AGGREGATE.search(sentence))


_PREP_BEFORE = re.compile(r"(?:\bin|\bat|\bnear|\boutside|\bof|\bfrom|\bacross|\binside|\bto)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)


_EVENT_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:\w+\s+){0,2}?(?:bombing|bombings|attack|attacks|blast|explosion|mosque|airport|"
    r"shrine|school|hospital|prison|jail|massacre|shooting|strike|assault|raid|ambush|siege|hall|market)\b",
    re.IGNORECASE,
)


def best_place(text: str, start: int, end: int) -> gazetteer.Place | None:
    """The most specific place of the sentence where something happened: places
    before an event noun ("the Kunduz bombing") or after "in/at/near" come first."""
    mentions = gazetteer.find_places(text, start, end)
    if not mentions:
        return None

    def rank(m: gazetteer.PlaceMention):
        before = text[max(start, m.start - 40) : m.start]
        if _EVENT_AFTER.match(text, m.end, end):
            prep = 0
        elif _PREP_BEFORE.search(before):
            prep = 1 if re.search(r"\bof\s+(?:the\s+)?$", before) and not re.search(
                r"\b(?:city|province|district|town|village|capital)\s+of\s+$", before) else 0
        else:
            prep = 2
        return (prep, gazetteer.SPECIFICITY.get(m.place.type, 9), m.start)

    return min(mentions, key=rank).place
