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
  | (?P<mly>\b(?:(?:in|since|during|of|early|late|mid-?)\s+)?(?P<m7>{_MONTH})\s+(?P<ly>last|this)\s+year\b)
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
            elif g["mly"]:
                if published is None:
                    continue
                year = published.year - (g["ly"].lower() == "last")
                out.append(DateRef(f"{year:04d}-{_month(g['m7']):02d}", "month", m.start(), m.end(), True))
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
                if back == 0 and re.search(r"\blast\s+$", text[max(start, m.start() - 6) : m.start()], re.IGNORECASE):
                    back = 7  # "last Friday" in a report of a Friday: a week before
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


#: cheap substrings that each event type's pattern needs (same order as _EVENT_TYPES)
_EVENT_STEMS = (
    ("suicide", "self-detonat", "selfdetonat"), ("jail", "prison"), ("air", "drone", "bombard", "raid"),
    ("bomb", "blast", "explos", "ied", "mine"), ("shoot", "gun", "fire", "shot"), ("rocket", "mortar", "shell"),
    ("ambush",), ("ran over", "run over", "ramm", "vehicle"), ("clash", "fight", "battle"), ("behead", "execut"),
    ("attack", "assault", "raid", "massacre", "storm"),
)


def event_type(sentence: str) -> str | None:
    """The most specific kind of event the sentence names (suicide bombing before bombing before attack)."""
    low = sentence.lower()
    for (rx, name), stems in zip(_EVENT_TYPES, _EVENT_STEMS):
        if any(map(low.__contains__, stems)) and rx.search(sentence):
            return name
    return None


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


_PREP_BEFORE = re.compile(r"(?:\bin|\bat|\bnear|\boutside|\bof|\bfrom|\bacross|\binside|\bto|\bthrough|\balong|\bwithin|\baround)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)


_EVENT_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:\w+\s+){0,2}?(?:bombing|bombings|attack|attacks|blast|explosion|mosque|airport|"
    r"shrine|school|hospital|prison|jail|massacre|shooting|strike|assault|raid|ambush|siege|hall|market)\b",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- which place is the event's

# "sent to Peshawar", "airlifted to the capital Kabul", "a train to Rawalpindi": where people went, not where it happened
_DESTINATION_BEFORE = re.compile(
    r"\b(?:(?:sent|taken|rushed|flown|airlifted|air-?lifted|shifted|transferred|moved|evacuated|referred|brought|"
    r"driven|carried|transported|relocated|deported|returned|returning|travel(?:l?ing|l?ed)?|headed|heading|bound|"
    r"going|train|flight|bus|convoy|journey|trip|route)\s+(?:\w+\s+){0,4}?(?:to|for)|bound\s+for|en\s+route\s+to)"
    r"\s+(?:the\s+)?(?:(?!(?:from|in|at|near|after|when|where)\b)[\w\-']+\s+){0,3}$",
    re.IGNORECASE,
)
# "Agence France-Presse", "France 24", "Radio Pakistan", "Kabul Times": a name, not a place
_AGENCY_AFTER = re.compile(
    r"(?:-|\s+)(?:Presse|Press(?!\s+Club)|News|Times|Today|Now|Post|Tribune|Observer|Radio|TV|Television|24|Daily|Herald|"
    r"Chronicle|Online|Broadcasting|Gazette|Voice|Point|Express|Ledger|Dispatch|Courier|Mirror|Monitor|Journal|"
    r"Review|Digest|Telegraph|Guardian|Standard|Wire|Insider|Agency)\b"
)
_NAME_TAIL = re.compile(r"\w[\-\u2010](?:e|i|ye|ul|al|el)[\-\u2010]$|\w-$", re.IGNORECASE)
_AGENCY_BEFORE = re.compile(r"\b(?:Agence|Radio|Voice\s+of|Daily|Express)\s+$")
_POSSESSED = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:[\w\-]+\s+){0,3}")  # after "X's": "(KP) northern "
_POSSESSIVE = re.compile(r"(?:\s+(?:province|district|region|city|valley))?['\u2019]s(?:\s*\([^()]{1,20}\))?\s+(?:(?:north|south|east|west|central|restive|volatile|remote|capital|main|"
                         r"northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
                         r"south-?western|northeastern|northwestern|southeastern|southwestern|tribal|border|"
                         r"mountainous|neighbouring|neighboring|largest|second-largest|the)\s+){0,3}", re.IGNORECASE)


def event_places(text: str, start: int, end: int) -> list[gazetteer.PlaceMention]:
    """Place mentions of ``text[start:end]`` that can be where something happened: not
    a destination of travel or evacuation, not part of an agency's name."""
    out = []
    for m in gazetteer.find_places(text, start, end):
        if _NAME_TAIL.search(text, max(start, m.start - 12), m.start):
            continue  # "the Gozar-e-Sayed Abad mosque": the tail of a longer name, not a place of its own
        before = text[max(start, m.start - 60) : m.start]
        if _DESTINATION_BEFORE.search(before):
            continue
        if _AGENCY_AFTER.match(text, m.end, min(end, m.end + 16)) or _AGENCY_BEFORE.search(before):
            continue
        out.append(m)
    return out


_SUBORDINATE = re.compile(r"\b(?:after|before|since|following|like|unlike|similar\s+to)\s+(?:\w+\s+){0,8}?"
                          r"(?:attacks?|bombings?|blasts?|explosions?|assaults?|strikes?|incidents?)\b", re.IGNORECASE)


def best_place(text: str, start: int, end: int) -> gazetteer.Place | None:
    """The most specific place of ``text[start:end]`` where something happened: places
    before an event noun ("the Kunduz bombing") or after "in/at/near" come first; a
    possessive chain ("Afghanistan's northeastern Kunduz province", "Khyber Pakhtunkhwa's
    Bajaur district") resolves to its last, most specific place."""
    mentions = event_places(text, start, end)
    if not mentions:
        return None
    # "Khyber Pakhtunkhwa's (KP) Bajaur district": the bracketed short name is no place of its own
    mentions = [m for k, m in enumerate(mentions) if not (
        k and m.place == mentions[k - 1].place and re.fullmatch(r"\s*\(\s*", text[mentions[k - 1].end : m.start]))]
    lead = [m.start for m in mentions]  # where the phrase of each mention begins
    owner = [False] * len(mentions)  # "X's" before another place: X only qualifies it
    for k in range(len(mentions) - 1):
        m, n = mentions[k], mentions[k + 1]
        if m.text.endswith(("'s", "\u2019s")):
            p = _POSSESSED.match(text, m.end, n.start)
        else:
            p = _POSSESSIVE.match(text, m.end, n.start)
        if p is not None and p.end() == n.start and n.place.country == m.place.country and \
                gazetteer.SPECIFICITY.get(m.place.type, 9) > gazetteer.SPECIFICITY.get(n.place.type, 9):
            owner[k] = True
            lead[k + 1] = lead[k]

    def rank(k: int):
        m = mentions[k]
        before = text[max(start, lead[k] - 40) : lead[k]]
        if owner[k]:
            prep = 3
        elif _SUBORDINATE.search(text, max(start, text.rfind(",", start, m.start) + 1), m.start):
            prep = 2.5  # "a week after the attack in Kunduz, explosions hit Kandahar": not the clause's place
        elif _EVENT_AFTER.match(text, m.end, end):
            prep = 0
        elif _PREP_BEFORE.search(before):
            prep = 1 if re.search(r"\bof\s+(?:the\s+)?$", before) and not re.search(
                r"\b(?:city|province|district|town|village|capital|outskirts|suburbs?|area)\s+of\s+$", before) else 0
        else:
            prep = 2
        return (prep, gazetteer.SPECIFICITY.get(m.place.type, 9), m.start)

    return mentions[min(range(len(mentions)), key=rank)].place


# --------------------------------------------------------------------------- which date is the event's

#: Roles of a date in a sentence: only ``event`` dates the event; ``statement`` and
#: ``update`` (the day something was said or a toll revised) are a last resort.
_FUTURE_BEFORE = re.compile(
    r"\b(?:set|scheduled|slated|planned|due|expected|deadline|until|till|next|upcoming|will\s+\w+)\s+(?:\w+\s+){0,2}?"
    r"(?:for\s+|on\s+|by\s+|of\s+)?(?:the\s+)?$", re.IGNORECASE)
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:since|founded|formed|established|set\s+up|sets?\s+up|emerged|created|launched|"
    r"(?:took|taking|take|seized|seizing|swept|sweeping|came|coming|returned|returning|rose|rise)\s+(?:back\s+)?(?:to\s+)?"
    r"(?:power|control|over|office)|takeover|take-?over|withdr[ae]w\w*|withdrawal|pull-?out|fall\s+of|fell|born|"
    r"appointed|elected|declared|proclaimed)\b[^,;:()]{0,40}$",
    re.IGNORECASE,
)
_STATEMENT_BEFORE = re.compile(
    r"\b(?:statement|announcement|communiqu[e\u00e9]|message|video|press\s+conference|briefing|interview|"
    r"said|says|told|announced|claimed(?:\s+responsibility)?|confirmed|reported|added|posted|tweeted|"
    r"stated|given|provided|issued|released|published|quoted|cited)\s+(?:\w+\s+){0,2}?(?:on\s+|late\s+|early\s+|"
    r"issued\s+|released\s+|posted\s+)?$",
    re.IGNORECASE,
)
_UPDATE_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|climbed|climbing|increased|jumped|surged|reached|revised|raised|lowered|updated|stood|"
    r"stands|mounted)\s+(?:(?:[\w,.]+\s+){0,4}?(?:on|by)\s+)?$|\bas\s+of\s+(?:late\s+|early\s+)?$",
    re.IGNORECASE,
)
_UPDATE_AFTER = re.compile(r"(?:\s+\w+)?\s+(?:revised|raised|lowered|updated)\b", re.IGNORECASE)
# "On Sunday the ministry had put the toll at 58": the day of a report, not of the attack
_STATEMENT_AFTER = re.compile(r"(?:\s+[\w\-]+){0,4}?\s+(?:had\s+|has\s+)?(?P<verb>put|gave|said|says|told|reported|"
                              r"announced|confirmed|stated|quoted)\b", re.IGNORECASE)
_OPENING = re.compile(r"\W*(?:(?:on|by)\s+)?", re.IGNORECASE)
_OPENING_AFTER_PUNCT = re.compile(r"[.;:\u2014,(]\s*(?:(?:on|by)\s+)?$", re.IGNORECASE)
#: A sentence with more dates than this is a list or a table: only the first are read.
MAX_DATES = 12
_PAREN_AFTER_DATE = re.compile(r"\s*[(,]\s*$")

EVENT, STATEMENT, UPDATE, FUTURE, BACKGROUND = "event", "statement", "update", "future", "background"


def date_role(text: str, start: int, end: int, d: DateRef, prev: tuple[DateRef, str] | None = None) -> str:
    """What a date in ``text[start:end]`` dates: the event, a statement, a toll update,
    something to come, or background ("since taking control in August")."""
    before = text[max(start, d.start - 64) : d.start]
    if text[d.end - 2 : d.end] in ("'s", "\u2019s"):
        return EVENT  # "Friday's raid", "last week's bombing": the day of an event
    if prev is not None and prev[0].end >= d.start - 3 and _PAREN_AFTER_DATE.fullmatch(text, prev[0].end, d.start):
        return prev[1]  # "Tuesday (September 3, 2024)": the same day, the same role
    if _BACKGROUND_BEFORE.search(before):
        return BACKGROUND
    if _FUTURE_BEFORE.search(before):
        return FUTURE
    if _UPDATE_BEFORE.search(before) or _UPDATE_AFTER.match(text, d.end, min(end, d.end + 24)):
        return UPDATE
    if _STATEMENT_BEFORE.search(before):
        return STATEMENT
    opening = _OPENING.fullmatch(text[start : min(d.start, start + 12)]) if d.start - start <= 12 else None
    opening = opening or _OPENING_AFTER_PUNCT.search(before)
    if opening:  # a clause that opens with its date
        m = _STATEMENT_AFTER.match(text, d.end, min(end, d.end + 60))
        if m is not None and not _FOCUS.search(text, d.end, m.start("verb")):
            return STATEMENT  # "On Sunday the ministry had put the toll at 58"
    return EVENT


_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3}
# "five days after a bombing", "a week earlier", "two days ago", "the day before"
_OFFSET = re.compile(
    r"\b(?:(?P<n>a\s+couple\s+of|a\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r"\s+(?P<u>days?|weeks?|months?|hours?)|(?P<dayb>(?:the\s+)?(?:day|night)\s+before|(?:the\s+)?previous\s+(?:day|night))"
    r"|(?P<hours>hours))(?:\s+(?P<dir>earlier|before|ago|after|prior|later))?\b",
    re.IGNORECASE,
)
_LEADING_AFTER = re.compile(r"\b(?:comes?|came|coming|follows?|followed|following|just|only|barely|less\s+than|"
                            r"more\s+than|nearly|almost|exactly|some)\s+$", re.IGNORECASE)
# a clause about another attack than the report's own
_OTHER_ATTACK = re.compile(
    r"\balso\s+(?:claimed|carried\s+out|blamed|behind|responsible|attacked|struck|hit|targeted|bombed|stormed)\b"
    r"|\b(?:the\s+|a\s+|an\s+)?(?:last|previous|earlier|prior|similar|separate|another)\s+"
    r"(?:(?:suicide|deadly|major|big|bomb|terror(?:ist)?|militant|twin|such)\s+)?"
    r"(?:attacks?|bombings?|blasts?|incidents?|explosions?|assaults?|strikes?|massacres?)\b"
    r"|\b(?:last|previous)\s+(?:week|month|year)['\u2019]s\b|\bin\s+a\s+row\b"
    ,
    re.IGNORECASE,
)
# a toll over several operations ("killed dozens in raids"): no one event's date or place to inherit
_SEVERAL = re.compile(r"\b(?:in|during)\s+(?:\w+\s+)?(?:raids|operations|clashes|airstrikes|air\s+strikes|"
                      r"offensives|crackdowns|counter-?terror(?:ism)?\s+operations)\b", re.IGNORECASE)
_OPENING_LATER = re.compile(r"\W*(?:and\s+|but\s+|then\s+|just\s+|only\s+|some\s+)?", re.IGNORECASE)
_OTHER_GATE = re.compile("also|last|previous|earlier|prior|similar|separate|another|in a row")
_SEVERAL_GATE = re.compile("raids|operations|clashes|strikes|offensives|crackdowns")
_OFFSET_GATE = re.compile("day|week|month|night|hour")
_CLAUSE = re.compile(r",?\s+but\s+|;\s+|,\s+while\s+|\s+whereas\s+|\s+\u2014\s+(?=(?-i:[a-z]))", re.IGNORECASE)
_FOCUS = re.compile(
    r"\b(?:kill\w*|dead|death|deaths|died|dies|lives|wound\w*|injur\w*|martyr\w*|toll|casualt\w*|bodies|perish\w*)\b",
    re.IGNORECASE,
)
_FOCUS_CLAIM = re.compile(r"\b(?:claimed|claiming|responsibility|carried\s+out|behind)\b", re.IGNORECASE)
_ANAPHOR = re.compile(r"^\W*(?:that|this|the\s+(?:earlier|previous|first|second))\s+(?:\w+\s+)?"
                      r"(?:attack|bombing|blast|explosion|incident|assault|strike)\b", re.IGNORECASE)


_DATELINE = re.compile(r"\W*([A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)?)\s*(?:,|:|\(|\u2014|\u2013|-\s)")
_WHEN = re.compile(
    r"\b(?:attacks?|blasts?|bombings?|explosions?|bomber|assault|raid|strike|incident|shooting|ambush)\b[^.;]{0,60}?"
    r"\b(?:occurred|happened|took\s+place|struck|hit|was\s+carried\s+out|went\s+off|tore|came|unfolded)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Offset:
    days: int  # how far before its anchor the event lies
    precision: str
    anchor: str  # "published", "sentence" (a statement or update date of the sentence), "main"


@dataclass(frozen=True)
class SentenceContext:
    """What one sentence says of its own about when and where (nothing inherited)."""

    date: DateRef | None  # an event date of the sentence's focus clause
    fallback: DateRef | None  # a statement or update date: a last resort
    offset: Offset | None  # "five days after a bombing", "a week earlier", "a day earlier"
    place: gazetteer.Place | None
    other: bool  # the focus clause is about another attack than the report's own
    anaphor: bool  # "That attack, which ...": about the attack of the sentence before
    main_date: DateRef | None  # what the rest of the sentence says of the report's own event
    main_place: gazetteer.Place | None
    event: bool  # the sentence names an event or a toll
    toll: bool  # the sentence gives a toll or a claim of responsibility
    when: bool  # the sentence says when the event happened ("The attack took place on ...")
    dateline: gazetteer.Place | None = None  # the dateline's city of a sentence that names only a country


def _offset(m: re.Match) -> tuple[int, str] | None:
    if m.group("dayb"):
        return 1, "day"
    if m.group("hours"):
        return 0, "day"
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
    return 30 * n, "month"


def sentence_context(text: str, start: int, end: int, published: dt.date | None,
                     at: int | None = None) -> SentenceContext:
    """The date and place ``text[start:end]`` states itself, for the clause of its toll
    (the first toll word, or the claim at offset ``at``)."""
    if at is not None and start <= at < end:
        fm = _FOCUS.search(text, at, min(end, at + 80)) or _FOCUS.search(text, start, end)
        focus = at
    else:
        fm = _FOCUS.search(text, start, end) or _FOCUS_CLAIM.search(text, start, end)
        focus = fm.start() if fm else start
    rs, re_ = start, end
    low = text[start:end].lower()  # substring gates before the costlier patterns
    if "but" in low or ";" in low or "while" in low or "whereas" in low or "\u2014" in low:
        for m in _CLAUSE.finditer(text, start, end):
            if m.end() <= focus:
                rs = m.end()
            elif m.start() >= focus:
                re_ = m.start()
                break
    other = bool(_OTHER_GATE.search(low) and _OTHER_ATTACK.search(
        text, rs, max(rs, min(re_, focus + 1) if fm else re_))) or bool(
        _SEVERAL_GATE.search(low) and _SEVERAL.search(text, rs, re_))
    off = None
    other_start = None
    dates = find_dates(text, start, end, published)[:MAX_DATES] if _DATE_CUE.search(text, start, end) else []
    roles: list[str] = []
    prev = None
    for d in dates:
        r = date_role(text, start, end, d, prev)
        roles.append(r)
        prev = (d, r)
    said = [d for d, r in zip(dates, roles) if r in (STATEMENT, UPDATE)]
    for m in (_OFFSET.finditer(text, rs, re_) if _OFFSET_GATE.search(low) else ()):
        if not m.group("dir") and not m.group("dayb"):
            continue
        o = _offset(m)
        if o is None:
            continue
        direction = (m.group("dir") or "before").lower()
        if direction == "later":  # "Hours later, a bomb in Kunduz ...": another attack, after the one told before
            if m.start() > focus or not _OPENING_LATER.fullmatch(text, rs, m.start()):
                continue
            other = True
            off = Offset(-o[0], o[1], "sentence" if said else "previous")
            break
        if direction == "after":
            if m.start() > focus or not _LEADING_AFTER.search(text, max(rs, m.start() - 24), m.start()):
                continue  # "killed two days after the wedding": not a date of another attack
            other, other_start = True, m.start()
            rs = m.end()
            off = Offset(o[0], o[1], "sentence" if said else "main")
        elif direction == "ago":
            off = Offset(o[0], o[1], "published")
        else:
            if said:
                off = Offset(o[0], o[1], "sentence")  # "the attack a day earlier rose to 97 on Tuesday"
            else:
                off = Offset(o[0], o[1], "main")
                other = True
        break
    # dates of the focus clause that date the event, nearest the toll first
    own = [d for d, r in zip(dates, roles) if r == EVENT and rs <= d.start < re_]
    if off is not None and off.anchor != "published":
        own = [d for d in own if not d.relative]  # "on Tuesday" next to "a day earlier" is the anchor
    own.sort(key=lambda d: (abs(d.start - focus), d.start))
    date = own[0] if own else None
    if date is None and not other and (rs, re_) != (start, end):
        rest = [d for d, r in zip(dates, roles) if r == EVENT]
        date = rest[0] if rest else None
    fallback = said[0] if said else None
    if fallback is None and other:  # "killed dozens in operations since the bombing on Friday": after that day
        bg = [d for d, r in zip(dates, roles) if r == BACKGROUND and rs <= d.start < re_]
        fallback = bg[-1] if bg else None
    if off is not None and off.anchor == "sentence" and fallback is not None and fallback.precision == "day":
        base = dt.date.fromisoformat(fallback.value)
        day = base - dt.timedelta(days=off.days)
        if date is None:
            date = DateRef(day.isoformat(), off.precision, fallback.start, fallback.end, True)
        off = None
    place = best_place(text, rs, re_)
    if place is None and not other and (rs, re_) != (start, end):
        place = best_place(text, start, end)
    dateline = None
    if place is not None and place.type == "country":
        # "KABUL, Afghanistan — ... outside Afghanistan's main airport": the dateline's city, a last resort
        dm = _DATELINE.match(text, start, min(end, start + 60))
        if dm is not None:
            where = gazetteer.lookup(dm.group(1))
            if where is not None and where.type != "country" and where.country == place.country:
                dateline = where
    main_date = main_place = None
    if other:
        cut = other_start if other_start is not None else (rs if rs > start else None)
        if cut is not None and cut > start:
            pre = [d for d, r in zip(dates, roles) if r == EVENT and d.start < cut]
            main_date = pre[0] if pre else None
            main_place = best_place(text, start, cut)
    else:
        main_date, main_place = date, place
    anaphor = bool(_ANAPHOR.match(text, start, min(end, start + 80)))
    event = fm is not None or event_type(text[start:end]) is not None
    when = bool(main_date is not None and _WHEN.search(text, start, end))
    return SentenceContext(date, fallback, off, place, other, anaphor, main_date, main_place, event, fm is not None, when, dateline)


# --------------------------------------------------------------------------- a claim's event context

#: How many sentences ahead a lead with a coarse place or no date looks ("... in northern
#: Afghanistan. ... the blast tore through the mosque in the city of Kunduz").
LOOKAHEAD = 2
#: Sentences of the report's lead (the first event sentence and these after it) that
#: may give the report's own event its date and place.
LEAD = 3
#: How many sentences back a claim looks in its paragraph.
LOOKBACK = 8
#: Sentences from the first event sentence that may give the report's own event its date.
MAIN_DATE = 5


class ContextReader:
    """Event context of a source's sentences: what each sentence states, what it
    inherits from its paragraph, and the report's own (main) event from its lead."""

    def __init__(self, text: str, sentences, published: dt.date | None):
        self.text = text
        self.sentences = sentences
        self.pub = published
        self._own: dict[int | tuple[int, int], SentenceContext | None] = {}
        self._main: tuple | None = None
        self._resolved: dict = {}
        #: where each resolved context came from: (date source, place source), each one of
        #: "stated" (the claim's own clause), "offset" ("five days after"), "paragraph", "next"
        #: (the sentence after), "lead" (the report's own event), "statement" (a statement's or
        #: update's day), "dateline", or None; see :meth:`provenance`
        self.sources: dict = {}

    def own(self, i: int, at: int | None = None) -> SentenceContext | None:
        """What sentence i states itself; with ``at``, for the clause of the claim at that offset
        ("killed 13 in Kabul, while in Nangarhar a bomber killed 24": each its own)."""
        if at is not None:
            s = self.sentences[i]
            if s.boilerplate or not _CLAUSE.search(self.text, s.start, s.end):
                return self.own(i)
            key = (i, at)
            if key not in self._own:
                self._own[key] = sentence_context(self.text, s.start, s.end, self.pub, at)
            return self._own[key]
        if i not in self._own:
            s = self.sentences[i]
            self._own[i] = None if s.boilerplate else sentence_context(self.text, s.start, s.end, self.pub)
        return self._own[i]

    def main(self) -> tuple[DateRef | None, gazetteer.Place | None, int]:
        """Date and place of the report's own event, and the index of its first sentence."""
        if self._main is None:
            date = place = None
            first = -1
            event_first = -1  # the first sentence naming an event, when no sentence of the lead gives a toll
            for i, s in enumerate(self.sentences):
                if s.heading or s.boilerplate:
                    continue
                c = self.own(i)
                if c is None or not c.event:
                    continue
                if event_first < 0:
                    event_first = i
                if c.toll:
                    first = i
                    break
                if i - event_first >= MAIN_DATE:
                    break
            if first < 0:
                first = event_first
            if first >= 0:
                fallback = None
                for i in range(first, min(len(self.sentences), first + MAIN_DATE)):
                    c = self.own(i)
                    if c is None or self.sentences[i].heading:
                        continue
                    if c.other and i > first:
                        break
                    if date is None:
                        date = c.main_date
                        fallback = fallback or c.fallback
                    if i < first + LEAD:
                        place = _refine(place, c.main_place)
                if date is None:  # the report's opening, before its first event sentence ("On Wednesday morning ...")
                    for i in range(first):
                        c = self.own(i)
                        if c is not None and not self.sentences[i].heading and c.date is not None and not c.other:
                            date = c.date
                            break
                date = date or (DateRef(fallback.value, "week", fallback.start, fallback.end, True) if fallback else None)
                lead = self.own(first)
                if place is not None and place.type == "country" and lead is not None and lead.dateline is not None:
                    place = lead.dateline
                if place is None:  # the report's opening, before its first event sentence, may name it
                    for i in range(first):
                        c = self.own(i)
                        if c is not None and not self.sentences[i].heading and c.place is not None and not c.other:
                            place = _refine(place, c.place)
                            break
                if place is None or place.type == "country":  # the title may name it
                    for i in range(first):
                        if self.sentences[i].heading and not self.sentences[i].boilerplate:
                            place = _refine(place, best_place(self.text, self.sentences[i].start, self.sentences[i].end))
            self._main = (date, place, first)
        return self._main

    def _resolve(self, off: Offset, i: int | None = None) -> DateRef | None:
        anchor = None
        if off.anchor == "previous" and i is not None:  # the date told just before ("Hours later, ...")
            for j in range(i - 1, max(-1, i - 4), -1):
                p = self.own(j)
                if p is not None and p.date is not None:
                    anchor = p.date
                    break
        if off.anchor in ("main", "previous"):
            anchor = anchor or self.main()[0]
            if anchor is not None and anchor.precision not in ("day", "week") and abs(off.days) < 28:
                return anchor  # "In October 2002 ... Two days later, ...": still that month
            base = dt.date.fromisoformat(anchor.value[:10]) if anchor is not None and len(anchor.value) == 10 else self.pub
        else:
            base = self.pub
        if base is None:
            return None
        day = base - dt.timedelta(days=off.days)
        return DateRef(day.isoformat(), off.precision, 0, 0, True)

    def event_context(self, i: int, at: int | None = None):
        """(date, place) of the event sentence i (or its claim at offset ``at``) is about: its
        own words first; then, unless it is about another attack, its paragraph, the next
        sentences of a lead, and the report's own event."""
        c = self.own(i, at)
        if c is None:
            return None, None
        key = i if c is self._own.get(i) else (i, at)
        hit = self._resolved.get(key)
        if hit is None:
            hit = self._resolved[key] = self._event_context(i, c)
        return hit

    def provenance(self, i: int, at: int | None = None) -> tuple[str | None, str | None]:
        """Where the date and the place :meth:`event_context` gives sentence i (or its claim at
        ``at``) come from, so that matching can weigh a stated context above an inherited one."""
        self.event_context(i, at)
        return self.sources.get((i, id(self.own(i, at))), (None, None))

    def _event_context(self, i: int, c: SentenceContext):
        date, place = c.date, c.place
        dsrc = "stated" if date is not None else None
        psrc = "stated" if place is not None else None
        if date is None and c.offset is not None:
            date = self._resolve(c.offset, i)
            dsrc = "offset" if date is not None else None
        if c.other:
            if date is None and c.fallback is not None:
                dsrc = "statement"
            self.sources[(i, id(c))] = (dsrc, psrc)
            return date or _loose(c.fallback), place
        sents = self.sentences
        para = sents[i].para
        main_date, main_place, first = self.main()
        in_lead = first >= 0 and first <= i < first + LEAD
        # the sentences before it in its paragraph ("That attack, ..." looks further back;
        # "in the city" to the last place named)
        from_para = False
        if date is None or place is None or place.type in ("country", "province"):
            back = 1 if c.anaphor else 0
            city = place is None and _THE_CITY.search(self.text, sents[i].start, sents[i].end) is not None
            for j in range(i - 1, max(-1, i - 1 - LOOKBACK), -1):
                if sents[j].para != para and not (back and sents[j].para >= para - back):
                    for k in range(j, max(-1, j - 4), -1):
                        if not city or sents[k].para < para - 2 or sents[k].heading:
                            break
                        p = self.own(k)
                        if p is not None and p.other:
                            break  # that city is another attack's
                        if p is not None and p.place is not None:
                            place, from_para, psrc = p.place, True, "paragraph"
                            if date is None and p.date is not None:
                                date, dsrc = p.date, "paragraph"
                            break
                    break
                p = self.own(j)
                if p is None:
                    continue
                if place is not None and p.place is not None and not _compatible(place, p.place):
                    break  # that sentence is about somewhere else
                if p.place is not None:
                    refined = _refine(place, p.place)
                    if refined is not place:
                        place, from_para, psrc = refined, True, "paragraph"
                if date is None and (p.date is not None or p.offset is not None):
                    date = p.date or self._resolve(p.offset, j)
                    from_para, dsrc = True, "paragraph"
                    break
        # the next sentences, when this one leaves the date open or the place coarse
        if date is None or place is None or place.type in ("country", "province"):
            for j in range(i + 1, min(len(sents), i + 1 + LOOKAHEAD)):
                if sents[j].para != para and not in_lead:
                    break
                n = self.own(j)
                if n is None or sents[j].heading:
                    continue
                if n.other or n.anaphor:
                    break
                if place is None or place.type in ("country", "province"):
                    refined = _refine(place, n.main_place)
                    if refined is not place and place is not None:
                        place, psrc = refined, "next"
                if date is None and n.main_date is not None and n.when:
                    date, dsrc = n.main_date, "next"
        # the report's own event
        if date is None and main_date is not None and (
                place is None or main_place is None or _compatible(place, main_place)):
            date, dsrc = main_date, "lead"
        if place is None:
            place, psrc = main_place, ("lead" if main_place is not None else None)
        elif main_place is not None and (not from_para or place.type in ("country", "province")) \
                and main_place.name != place.name and _within(main_place, place) and main_place.type != "country":
            place, psrc = main_place, "lead"  # "in Pakistan" of a report whose lead says Quetta
        if place is not None and place.type == "country" and c.dateline is not None:
            place, psrc = c.dateline, "dateline"
        if date is None and c.fallback is not None:
            dsrc = "statement"
        self.sources[(i, id(c))] = (dsrc, psrc)
        return date or _loose(c.fallback), place


_THE_CITY = re.compile(r"\b(?:the|that|same)\s+(?:city|town|province|district|village|area)\b(?!\s+of\b)", re.IGNORECASE)


def _loose(d: DateRef | None) -> DateRef | None:
    """A statement's or a toll update's day, as a loose date of the event (within its week)."""
    return None if d is None else DateRef(d.value, "week" if d.precision == "day" else d.precision, d.start, d.end, True)


def _within(inner: gazetteer.Place, outer: gazetteer.Place) -> bool:
    """``inner`` lies in ``outer`` (or is it)."""
    if inner.name == outer.name:
        return True
    if outer.type == "country":
        return inner.country == outer.country
    if outer.type == "province":
        return inner.admin1 == outer.admin1 and inner.country == outer.country
    return False


def _compatible(a: gazetteer.Place, b: gazetteer.Place) -> bool:
    """``a`` and ``b`` can name one event's place: one inside the other, or one province."""
    if a.country != b.country:
        return False
    return "country" in (a.type, b.type) or a.admin1 == b.admin1


def _refine(place: gazetteer.Place | None, new: gazetteer.Place | None) -> gazetteer.Place | None:
    """``new`` when it is a more specific place inside ``place`` (or ``place`` is unknown)."""
    if new is None:
        return place
    if place is None:
        return new
    if new.name != place.name and _within(new, place) and \
            gazetteer.SPECIFICITY.get(new.type, 9) < gazetteer.SPECIFICITY.get(place.type, 9):
        if new.district:  # a place from another sentence: no finer than its district
            district = gazetteer.lookup(new.district)
            if district is not None and district.name != place.name and _within(district, place):
                return district
        return new
    return place
