"""Per-claim matching features: time windows, place keys, toll buckets, context words.

Everything here is a pure function of one claim (plus its source's published date
and the paragraph it sits in), so features can be computed once per claim and the
same claim always gets the same keys, whichever run computes them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from functools import lru_cache

#: Claim kinds that describe an incident (the rest describe a subject).
EVENT_KINDS = frozenset({"killed", "injured", "attribution", "kidnapped", "displaced"})
#: Numeric kinds whose values say something about which incident is meant.
TOLL_KINDS = ("killed", "injured")

#: A window wider than this (days, padded) is "wide": it only links with a place and a toll.
NARROW_DAYS = 100
#: How far before its source's publication an undated claim's event may lie (days).
UNDATED_LOOKBACK = 60
#: A date the extractor took from a neighbouring sentence may be off by this much (days).
INHERITED_SLACK = 45
#: A relative date ("on Thursday", "yesterday") may be resolved this many days off.
RELATIVE_SLACK = 7

#: Victim labels that name everyone killed, not a subgroup (compared as one group).
GENERAL_VICTIMS = frozenset({
    "", "people", "persons", "total", "all", "victims", "civilians", "worshippers", "worshipers",
    "mourners", "bodies", "dead", "casualties", "others",
})


@lru_cache(maxsize=65536)
def victim_group(victims: str | None) -> str:
    """The group a toll counts: "people" for everyone (also civilians, worshippers), else the label."""
    v = norm_label(victims)
    return "people" if v in GENERAL_VICTIMS else v


def stable_hash(text: str, bits: int = 40) -> int:
    """A hash of ``text`` that is the same in every process (Python's hash() is salted)."""
    if not text:
        return 0
    h = int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")
    return (h >> (64 - bits)) or 1


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


_PLACE_WORDS = re.compile(
    r"\b(province|district|city|town|village|region|county|governorate|valley|the)\b"
)


@lru_cache(maxsize=65536)
def place_skeleton(name: str | None) -> str:
    """A transliteration-tolerant key: Pul-e-Khumri and Pul-i-Khumri, Kunduz and Qunduz agree.

    Lower-case ASCII, descriptive words dropped, q -> k, vowels after the first letter
    dropped, repeated letters collapsed.
    """
    if not name:
        return ""
    s = _PLACE_WORDS.sub(" ", ascii_fold(name))
    s = re.sub(r"[^a-z]", "", s).replace("q", "k").replace("ou", "u")
    if not s:
        return ""
    out = [s[0]]
    for ch in s[1:]:
        if ch in "aeiouyw":
            continue
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def norm_label(text: str | None) -> str:
    """A canonical lower-case label for codes (country, admin1, group names)."""
    if not text:
        return ""
    return re.sub(r"[^a-z0-9]+", " ", ascii_fold(text)).strip()


_TYPE_FAMILIES = (
    ("explosion", ("bomb", "blast", "explos", "ied", "suicide", "grenade", "vbied", "mine")),
    ("air strike", ("airstrike", "air strike", "drone", "air raid", "bombard")),
    ("shelling", ("shell", "rocket", "mortar", "artillery")),
    ("armed attack", ("shoot", "gun", "armed attack", "assault", "raid", "storm", "ambush")),
    ("clash", ("clash", "battle", "fight", "firefight")),
    ("kidnapping", ("kidnap", "abduct", "hostage")),
    ("execution", ("execut", "behead", "massacre")),
)


#: Words that say something happened but not what: no evidence either way.
_GENERIC_TYPES = frozenset({"attack", "attacks", "incident", "violence", "strike", "operation", "terror attack",
                            "terrorist attack", "militant attack"})


@lru_cache(maxsize=4096)
def event_type_family(event_type: str | None) -> str:
    """Coarse family of an event type: 'suicide bombing' and 'blast' are both explosions."""
    t = ascii_fold(event_type or "").strip()
    if not t or t in _GENERIC_TYPES:
        return ""
    for family, stems in _TYPE_FAMILIES:
        if any(s in t for s in stems):
            return family
    return t


# the kind of attack a sentence names, when the extractor gave none (one family only)
_SENTENCE_TYPES = tuple((family, re.compile(pattern)) for family, pattern in (
    ("air strike", r"\b(?:air ?strikes?|airstrikes?|drone strikes?|drone attacks?|air raids?)\b"),
    ("shelling", r"\b(?:rocket attacks?|rockets?|mortars?|shelling|artillery)\b"),
    ("explosion", r"\b(?:bomb(?:s|ing|ings|er|ers|ed)?|blasts?|explosions?|ieds?|grenades?|suicide attacks?)\b"),
    ("armed attack", r"\b(?:gun attacks?|gunm[ae]n|shootings?|shot dead|ambush(?:ed|es)?|armed attacks?|stormed)\b"),
    ("clash", r"\b(?:clash(?:es|ed)?|firefights?|gunfights?|gun battles?)\b"),
    ("kidnapping", r"\b(?:kidnapp(?:ing|ings|ed)|abduct(?:ed|ion|ions)|hostages?)\b"),
))


def sentence_type(lower: str) -> str:
    """The one kind of attack a lower-cased sentence names ("" when none, or more than one)."""
    found = [family for family, pattern in _SENTENCE_TYPES if pattern.search(lower)]
    return found[0] if len(found) == 1 else ""


def value_bucket(low: int | None, high: int | None) -> int:
    """A toll rounded to two significant digits (101 and 100 agree; 13 and 12 do not; "over 40", 41..,
    and 40 agree)."""
    v = low if low is not None else high
    if v is None or v < 0:
        return -1
    if high is None and v > 10 and v % 5 == 1:
        v -= 1  # "more than 40" (41..) is the 40 another outlet reports as "at least 40" or "40"
    if v < 100:
        return int(v)
    digits = len(str(int(v)))
    step = 10 ** (digits - 2)
    return int(v // step * step)


# --------------------------------------------------------------------- time windows

def _parse_day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def raw_window(
    event_date: str | None, precision: str | None, published: str | None
) -> tuple[int, int, int, bool] | None:
    """The days (ordinals, inclusive) the event can lie in, its padding, and whether it was dated.

    Respects precision ("October 2023" covers the month; "14 October 2023" one day,
    padded by a day for time zones and "yesterday" arithmetic). An undated claim gets the
    ``UNDATED_LOOKBACK`` days before its source's publication. None: no clue at all.
    """
    pub = _parse_day(published)
    if event_date:
        try:
            parts = [int(p) for p in str(event_date).split("-")]
            year = parts[0]
            month = parts[1] if len(parts) > 1 else None
            day = parts[2] if len(parts) > 2 else None
            if month is not None and not 1 <= month <= 12:
                month, day = None, None
            if day is not None:
                anchor = dt.date(year, month, day)
            elif month is not None:
                anchor = dt.date(year, month, 15)
            else:
                anchor = dt.date(year, 7, 1)
        except (ValueError, TypeError):
            anchor = None
        if anchor is not None:
            given = "day" if day is not None else "month" if month is not None else "year"
            order = ["day", "week", "month", "season", "year", "decade"]
            prec = precision if precision in order else given
            if order.index(prec) < order.index(given):
                prec = given
            c = anchor.toordinal()
            if prec == "day":
                lo, hi, pad = c, c, 1
            elif prec == "week":
                lo, hi, pad = c - 3, c + 3, 1
            elif prec == "month":
                if day is not None:
                    lo, hi = c - 15, c + 15
                else:
                    first = dt.date(year, month, 1)
                    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
                    lo, hi = first.toordinal(), nxt.toordinal() - 1
                pad = 2
            elif prec == "season":
                lo, hi, pad = c - 46, c + 46, 0
            elif prec == "year":
                lo, hi, pad = dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal(), 0
            else:
                y0 = year - year % 10
                lo, hi, pad = dt.date(y0, 1, 1).toordinal(), dt.date(y0 + 9, 12, 31).toordinal(), 0
            if pub is not None:
                p = pub.toordinal()
                if lo <= p < hi:  # an event cannot happen after the report about it
                    hi = p
            return lo, hi, pad, True
    if pub is not None:
        p = pub.toordinal()
        return p - UNDATED_LOOKBACK, p, 1, False
    return None


# --------------------------------------------------------------------- context words

_STOP = frozenset(
    """
    about above after again against also among another around because been before being
    below between both could during each either else even ever every from further have
    having here into itself just least less many more most much must near neither never
    once only other others over same several should since some such than that their them
    then there these they this those though through thus under until upon very well were
    what when where which while whom whose will with within without would your said says
    according people killed wounded injured dead death toll least dozens hundreds thousands
    including reported report reports killing wounding injuring officials official
    """.split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]{3,}")


def context_words(quote: str | None, limit: int = 24, folded: str | None = None) -> str:
    """The distinctive words of a claim's sentence, for fuzzy comparison with rapidfuzz.

    ``folded`` is ``ascii_fold(quote)`` when the caller has it already."""
    if not quote:
        return ""
    seen: dict[str, None] = {}
    for w in _WORD.findall(ascii_fold(quote) if folded is None else folded):
        w = w.strip("'-")
        if len(w) >= 4 and w not in _STOP and w not in seen:
            seen[w] = None
            if len(seen) >= limit:
                break
    return " ".join(seen)


# "last week" or "in 2019" name a period an extractor resolves reliably; a weekday or
# "yesterday" is easily resolved a few days off
# (a month's short form only by a number: "Jun 12", "12 Jun", never a name: "Li Jun", "Dec" of a column)
_SHORT_MONTH = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
_ABSOLUTE = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december|(?:19|20)\d\d)\b|"
    rf"\b{_SHORT_MONTH}\b\.?(?=\s*\d)|(?<=\d\s){_SHORT_MONTH}\b|\bmay\s+\d|\d\s+may\b|"
    r"\b(?:last|this|previous|past)\s+(?:week|month|year)\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight|"
    r"last\s+night|this\s+morning)\b|"
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a\s+few|several)\s+(?:days?|weeks?|months?)\s+"
    r"(?:ago|earlier|before|after|later)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# the same, matched on lower-cased text (much faster than IGNORECASE)
_ABSOLUTE_LOWER = re.compile(_ABSOLUTE.pattern)
_RELATIVE_LOWER = re.compile(_RELATIVE.pattern)

#: How a sentence dates its claim: not at all, relatively ("on Thursday"), absolutely ("in May 2020").
DATE_NONE, DATE_RELATIVE, DATE_ABSOLUTE = 0, 1, 2


_MONTH_NAMES = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?")
_A_DATE = (rf"(?:(?:early|late|mid-?)\s*)?(?:{_MONTH_NAMES}(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?|"
           rf"[0-3]?\d\s+{_MONTH_NAMES}(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d)")
_ANOTHER_EVENT = (r"(?:attacks?|bombings?|blasts?|explosions?|assaults?|massacres?|shootings?|raids?|sieges?|strikes?|"
                  r"ambush(?:es)?|incidents?|killings?|jailbreak|war|invasion|takeover|coup|terrorist\s+strikes)\b")
# a date that names another event than the claim's ("the same cell that carried out the June attack on the airport",
# "the deadliest since 2014", "on the 10th anniversary of the Sept. 11, 2001 strikes", "a week after the March 3
# bombing"): not the claim's date
_OTHER_EVENT_DATE = re.compile(
    # (the look-ahead on the first letters lets the engine skip ahead: the same matches, faster)
    rf"(?=[sabflucrpm])\b(?:since\s+(?:the\s+)?{_A_DATE}"
    rf"|anniversary\s+of\s+(?:the\s+)?{_A_DATE}"
    r"|(?:after|before|following|like|unlike|similar\s+to|carried\s+out|claimed|behind|responsible\s+for|perpetrated|"
    r"staged|mounted|conducted|reminiscent\s+of|recalled|recalling)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    rf"(?:[\w\-']+\s+){{0,2}}?{_A_DATE}(?:['\u2019]s)?\s+(?:[\w\-']+\s+){{0,3}}?{_ANOTHER_EVENT})"
    # (not when the toll is that event's: "since the 2014 school massacre, when militants killed more than 140")
    r"(?![^.;]{0,40}?\b(?:when|which|that|where|in\s+which)\b[^.;]{0,60}?\b(?:kill\w*|died|dead|wounded|injured|lives)\b)")


_DATELINE_DAY = re.compile(rf"^\W*[a-z][a-z'\-]+(?:\s[a-z][a-z'\-]+)?(?:,\s*[a-z]+)?,\s+{_A_DATE}"
                           r"(?:\s*,\s*[^,.;:\n]{1,30}?|\s*\([^()]{1,30}\))?\s*(?:--|-|\u2014|\u2013|:)\s")


def _own_dates(lower: str) -> str:
    """``lower`` with the dates of other events than its claim's blanked out (``_OTHER_EVENT_DATE``)."""
    return _OTHER_EVENT_DATE.sub(lambda m: " " * len(m.group(0)), lower)


def date_in_text(quote: str | None) -> int:
    """Whether (and how) a sentence says when: DATE_NONE, DATE_RELATIVE or DATE_ABSOLUTE."""
    if not quote:
        return DATE_NONE
    lower = quote.lower()
    if _ABSOLUTE_LOWER.search(lower) and _ABSOLUTE_LOWER.search(_own_dates(lower)):
        return DATE_ABSOLUTE
    if _RELATIVE_LOWER.search(lower):
        return DATE_RELATIVE
    return DATE_NONE


def years_in_text(quote: str | None) -> list[int]:
    return [int(y) for y in _YEAR.findall(quote or "")]


_MONTHS = {m: k for k, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march",), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")), start=1) for m in names}
_MONTH_WORD = re.compile(
    r"\b(january|february|march|april|june|july|august|september|october|november|december)\b|"
    r"\b(?:jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?(?=\s*\d)|(?<=\d\s)(?:jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b|"
    r"\bmay\b(?=\s+(?:\d|19|20))|(?<=\d\s)may\b",
    re.IGNORECASE,
)


def months_in_text(quote: str | None) -> list[int]:
    """Months a sentence names ("in August", "Aug. 26"), in order."""
    return [_MONTHS[m.group(0).lower().rstrip(".")] for m in _MONTH_WORD.finditer(quote or "")]


def sentence_date(quote: str | None, event_date: str | None, precision: str | None,
                  published: str | None) -> tuple[str | None, str | None]:
    """The claim's date, corrected when its own sentence names another year or month.

    An extractor may carry a date over from a neighbouring sentence ("Friday's attack in
    Kunduz ... It follows a bombing in August"): the sentence wins.
    """
    if not event_date or not quote:
        return event_date, precision
    text = str(event_date)
    try:
        year = int(text[:4])
        month = int(text[5:7]) if len(text) >= 7 else None
    except ValueError:
        return event_date, precision
    if _RELATIVE.search(quote):
        # "said on Tuesday that ... a party banned in 2015": the weekday dates the claim
        return event_date, precision
    # (not "the June attack" the same cell carried out, nor a dateline's day: "KHUJAND, September 4, 2010, Asia-Plus --")
    quote = _DATELINE_DAY.sub(lambda m: " " * len(m.group(0)), _own_dates(quote.lower()), count=1)
    years = years_in_text(quote)
    if years and year not in years:
        year, month, precision = min(years), None, "year"
        text = str(year)
    months = months_in_text(quote)
    if months and month is not None and month not in months:
        m = months[-1]
        y = year
        pub = _parse_day(published)
        if not years and pub is not None and (y, m) > (pub.year, pub.month):
            y -= 1
        return f"{y:04d}-{m:02d}", "month"
    if years and text == str(year) and months:
        return f"{year:04d}-{months[-1]:02d}", "month"
    return (text if text != str(event_date) else event_date), precision


@lru_cache(maxsize=65536)
def _fold_name(name: str) -> str:
    return ascii_fold(name).strip()


def place_in_text(quote: str | None, *names: str | None) -> bool:
    """Whether a sentence names one of ``names`` (any transliteration)."""
    return place_said(quote, *names) > 0


def place_said(quote: str | None, place: str | None, admin1: str | None = None,
               country: str | None = None, folded: str | None = None) -> int:
    """How specifically a sentence names the claim's place: 2 the place or province, 1 only
    the country, 0 not at all (transliterations count: Pul-i-Khumri for Pul-e-Khumri)."""
    if not quote or not (place or admin1 or country):
        return 0
    if folded is None:
        folded = ascii_fold(quote)
    skeleton = None
    local = [n for n in (place, admin1) if n and n != country]
    for level, names in ((2, local), (1, [country] if country else [])):
        for name in names:
            n = _fold_name(name)
            if n and n in folded:
                return level
            sk = place_skeleton(name)
            if len(sk) >= 4:
                if skeleton is None:
                    skeleton = place_skeleton(quote)
                if sk in skeleton:
                    return level
    return 0
