"""Event context of a claim: when and where its event happened, what kind of event it was,
and whether a figure is an aggregate.

``sentence_context`` reads what one sentence (or the clause of one claim) states itself;
``ContextReader`` resolves a claim's date and place from its own words first, then its
paragraph, then the report's own event (its lead), never across a clause about another
attack, and says where each came from (``provenance``). Dates are read in ``dates``,
places in ``places``, event kinds and aggregates in ``events``.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import gazetteer
from .dates import (  # noqa: F401 - find_dates, parse_published, date_is_anchored, DateRef are public here
    _DATE_CUE,
    _FOCUS,
    _OFFSET,
    BACKGROUND,
    EVENT,
    MAX_DATES,
    PERSON_CLAUSE,
    STATEMENT,
    UPDATE,
    DateRef,
    Offset,
    _offset,
    date_is_anchored,
    date_role,
    dateline_date,
    find_dates,
    parse_published,
)
from .events import _ANY_EVENT, _EVENT_ALL, _EVENT_TYPES, event_type, is_aggregate  # noqa: E402,F401 - public here
from .fastrx import word_start
from .places import _compatible, _refine, _within, best_place, event_places  # noqa: F401 - best_place is public here

_LEADING_AFTER = re.compile(r"\b(?:comes?|came|coming|follows?|followed|following|just|only|barely|less\s+than|"
                            r"more\s+than|nearly|almost|exactly|some|about|around|roughly|approximately)\s+$", re.IGNORECASE)
# a clause about another attack than the report's own
_OTHER_NOUN = r"(?:attacks?|bombings?|blasts?|incidents?|explosions?|assaults?|strikes?|massacres?)\b"
_OTHER_ATTACK = word_start([  # (fastrx) "\balso\s+(?:claimed|...)\b|\b(?:the\s+|a\s+|an\s+)?(?:last|...)\s+..."
    ([r"also\s+(?:claimed|carried\s+out|blamed|behind|responsible|attacked|struck|hit|targeted|bombed|stormed)\b",
      # "It also said it was behind an attack on tourists in May": another attack the group claims
      r"also\s+(?:said|says|claimed|admitted)\s+(?:that\s+)?(?:it|they)\s+(?:was|were|had\s+been)\s+(?:behind|responsible)\b"],
     ""),
    ([article + word for article in (r"the\s+", r"a\s+", r"an\s+", "")
      for word in ("last", "previous", "earlier", "prior", "similar", "separate", "another")],
     r"\s+(?:(?:suicide|deadly|major|big|bomb|terror(?:ist)?|militant|twin|such)\s+)?" + _OTHER_NOUN),
    ([r"last\s+(?:week|month|year)['\u2019]s\b", r"previous\s+(?:week|month|year)['\u2019]s\b", r"in\s+a\s+row\b"], ""),
    # "It follows a bomb attack on a mosque in Pakistan", "came days after an attack on ...": a recalled attack
    (["follows", "followed", "comes", "came", "coming"],
     r"\s+(?:(?:just|only|days|weeks|hours|shortly|soon|less\s+than|a\s+(?:day|week|month)|\w+\s+(?:days|weeks|months))\s+)*"
     r"(?:after\s+)?(?:a|an)\s+(?:[\w\-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|explosions?|assaults?|strikes?|massacres?|"
     r"raids?)\b"),
])
# a toll over several operations ("killed dozens in raids"): no one event's date or place to inherit
_SEVERAL = re.compile(r"\b(?:in|during)\s+(?:\w+\s+)?(?:raids|operations|clashes|airstrikes|air\s+strikes|"
                      r"offensives|crackdowns|counter-?terror(?:ism)?\s+operations)\b", re.IGNORECASE)
_EARLIER_OTHER = re.compile(r"\W*(?:earlier|previously|before\s+that|before\s+then|prior\s+to\s+that)\s*,", re.IGNORECASE)
_AN_EVENT = re.compile(r"\b(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:attack|bombing|blast|explosion|assault|raid|ambush|"
                       r"strike|shooting|clash|gunfight)\b", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says|told|stated|reported|announced|claimed|confirmed|quoted)\b", re.IGNORECASE)
_OPENING_LATER = re.compile(r"\W*(?:and\s+|but\s+|then,?\s+|just\s+|only\s+|some\s+)?", re.IGNORECASE)
# substrings the patterns above need (tested on the lower-cased sentence before the patterns run)
_OTHER_GATE = ("also", "last", "previous", "earlier", "prior", "similar", "separate", "another", "in a row", "follow",
               "came", "come")
_SEVERAL_GATE = ("raids", "operations", "clashes", "strikes", "offensives", "crackdowns")
_OFFSET_GATE = ("day", "week", "month", "night", "hour")


def _has(low: str, stems: tuple[str, ...]) -> bool:
    return any(map(low.__contains__, stems))
_CLAUSE = re.compile(r",?\s+but\s+|;\s+|,\s+while\s+|\s+whereas\s+|\s+\u2014\s+(?=(?-i:[a-z]))"
                     r"|,\s+and\s+(?=(?:in|on|last|earlier|later|then|months|weeks|days|years|hours|minutes|moments|"
                     r"shortly|soon)\b)", re.IGNORECASE)
_FOCUS_CLAIM = word_start([(["claimed", "claiming", "responsibility", r"carried\s+out", "behind"], r"\b")])
_ANAPHOR = re.compile(r"^\W*(?:that|this|the\s+(?:earlier|previous|first|second))\s+(?:\w+\s+)?"
                      r"(?:attack|bombing|blast|explosion|incident|assault|strike)\b", re.IGNORECASE)


_AFTER_EVENT = re.compile(r"\s*(?:the|a|an|twin|two|deadly|\w+(?:-\w+)?)?\s*(?:\w+\s+){0,3}?"
                          r"(?:[\w\-]+,[^,.;]{1,60},\s+(?:\w+\s+)?)?"  # "seven gunmen, explosives strapped to them, stormed"
                          r"(?:attacks?|bomb(?:s|ing|ings|er)?|blasts?|explosions?|assault|raid|strike|shooting|ambush|"
                          r"massacre|exploded|detonated|struck|stormed|attacked|killed)\b", re.IGNORECASE)


_TOLL_BEFORE = re.compile(r"\d(?![\d,.]*[\-\u2010](?:day|hour|week|month))|\b(?:one|two|three|four|five|six|seven|eight|"
                          r"nine|ten|eleven|twelve|dozens?|scores|hundreds|several)\b(?![\-\u2010])", re.IGNORECASE)


def _before_anchor(dates, roles, m: re.Match, rs: int):
    """The day-precise date of the clause before "a day earlier" / "the day before" that the
    offset counts back from ("buried on Sunday the victims of an attack a day earlier")."""
    for d, r in zip(reversed(dates), reversed(roles), strict=True):
        if d.precision == "day" and rs <= d.start and d.end <= m.start() and r in (EVENT, STATEMENT):
            return d
    return None


def _after_anchor(text: str, dates, m: re.Match, rs: int, re_: int, focus: int):
    """The day-precise date that "a day after <an attack>" hangs on ("on Thursday, a day after
    a truck bomb exploded"), when the toll belongs to that attack (it comes after the phrase)."""
    if not _AFTER_EVENT.match(text, m.end(), min(len(text), m.end() + 100)):
        return None
    if focus < m.end() and (_TOLL_BEFORE.search(text, rs, m.start()) or not _FOCUS.search(text, m.end(), re_)):
        return None  # "killed five on Thursday, a day after ...": that toll is Thursday's
    for d in dates:
        if d.precision == "day" and rs <= d.start and d.end <= m.start() and \
                _ANCHOR_GAP.fullmatch(text, d.end, m.start()):
            return d
    return None


_ANCHOR_GAP = re.compile(r"[\s,]*(?:\w+\s+)?")


_DATELINE_STRICT = re.compile(r"\W*(?P<city>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)?)"
                              r"(?P<tail>,\s*[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)?\s*(?P<agency>\([^()]{1,30}\))?"
                              r"\s*(?:-|\u2014|\u2013|(?P<colon>:))\s")
_DATELINE = re.compile(r"\W*([A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)?)\s*(?:,|:|\(|\u2014|\u2013|-\s)")
_WHEN = word_start([(["attacks?", "blasts?", "bombings?", "explosions?", "bomber", "assault", "raid", "strike", "incident",
                      "shooting", "ambush"],
                     r"\b[^.;]{0,60}?\b(?:occurred|happened|took\s+place|struck|hit|was\s+carried\s+out|went\s+off|"
                     r"tore|came|unfolded)\b")])

class SentenceContext:
    """What one sentence says of its own about when and where (nothing inherited).

    The place fields (``place``, ``main_place``, ``dateline``) are read from the text on first
    use: many a sentence is asked only for its date."""

    __slots__ = ("date", "fallback", "offset", "other", "anaphor", "main_date", "event", "toll", "when", "_where",
                 "_places")

    def __init__(self, date, fallback, offset, other, anaphor, main_date, event, toll, when, where):
        self.date: DateRef | None = date  # an event date of the sentence's focus clause
        self.fallback: DateRef | None = fallback  # a statement or update date: a last resort
        self.offset: Offset | None = offset  # "five days after a bombing", "a week earlier", "a day earlier"
        self.other: bool = other  # the focus clause is about another attack than the report's own
        self.anaphor: bool = anaphor  # "That attack, which ...": about the attack of the sentence before
        self.main_date: DateRef | None = main_date  # what the rest of the sentence says of the report's own event
        self.event: bool = event  # the sentence gives a toll or a claim (ContextReader.main also asks event_type)
        self.toll: bool = toll  # the sentence gives a toll or a claim of responsibility
        self.when: bool = when  # the sentence says when the event happened ("The attack took place on ...")
        self._where = where  # (text, start, end, rs, re_, other_start): what the place fields are read from
        self._places: tuple | None = None

    def _read_places(self) -> tuple:
        if self._places is None:
            self._places = _places(*self._where, self.other)
        return self._places

    @property
    def place(self) -> gazetteer.Place | None:
        """Where the focus clause says the event happened."""
        return self._read_places()[0]

    @property
    def main_place(self) -> gazetteer.Place | None:
        """What the rest of the sentence says of the report's own event's place."""
        return self._read_places()[1]

    @property
    def dateline(self) -> gazetteer.Place | None:
        """The dateline's city of a sentence that names only a country."""
        return self._read_places()[2]

    def __repr__(self) -> str:
        fields = ("date", "fallback", "offset", "place", "other", "anaphor", "main_date", "main_place", "event", "toll",
                  "when", "dateline")
        return "SentenceContext(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"


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
    if "but" in low or ";" in low or "while" in low or "whereas" in low or "\u2014" in low or ", and" in low:
        for m in _CLAUSE.finditer(text, start, end):
            if m.end() <= focus:
                rs = m.end()
            elif m.start() >= focus:
                re_ = m.start()
                break
    if at is not None and _is_dated_list(text, start, end):
        # "a bombing in August 2021 that killed 13 in Kabul, twin bombings in July 2016 that killed 97
        # in Kabul, and ...": each item of a list of attacks has its own date and place
        for m in _LIST_ITEM.finditer(text, rs, re_):
            if m.end() <= focus:
                rs = m.end()
            elif m.start() >= focus:
                re_ = m.start()
                break
    other = bool(_has(low, _OTHER_GATE) and _OTHER_ATTACK.search(
        text, rs, max(rs, min(re_, focus + 1) if fm else re_))) or bool(
        _has(low, _SEVERAL_GATE) and _SEVERAL.search(text, rs, re_))
    if not other and ("earlier" in low or "previously" in low or "before that" in low) and \
            _EARLIER_OTHER.match(text, rs, re_) and _AN_EVENT.search(text, rs, re_) and \
            (fm is None or not _SAID.search(text, rs, focus)):
        other = True  # "Earlier, ten soldiers were killed in an attack in Kech": another attack, told before
    off = None
    other_start = None
    after_ref = None
    ago_at = None
    cue = _DATE_CUE.search(text, start, end)
    filed = dateline_date(text, start, end) if cue is not None and cue.start() - start < 30 else None
    # relative dates after a dateline ("Monday, March 28, 2016 A bombing ... yesterday") count from it
    dates = find_dates(text, start, end, filed[0] if filed else published)[:MAX_DATES] if cue is not None else []
    roles: list[str] = []
    prev = None
    for d in dates:
        r = STATEMENT if filed is not None and d.end <= filed[1] else date_role(text, start, end, d, prev)
        roles.append(r)
        prev = (d, r)
    said = [d for d, r in zip(dates, roles, strict=True) if r in (STATEMENT, UPDATE)]
    for m in (_OFFSET.finditer(text, rs, re_) if _has(low, _OFFSET_GATE) else ()):
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
                # "buried their dead on Thursday, a day after a truck bomb exploded": the attack
                # lies that many days before the date the phrase hangs on
                ref = _after_anchor(text, dates, m, rs, re_, focus if fm is not None else end)
                if ref is not None:
                    day = dt.date.fromisoformat(ref.value) - dt.timedelta(days=o[0])
                    after_ref = (ref, DateRef(day.isoformat(), o[1], ref.start, ref.end, True))
                continue  # "killed two days after the wedding": not a date of another attack
            other, other_start = True, m.start()
            rs = m.end()
            off = Offset(o[0], o[1], "sentence" if said else "main")
        elif direction == "ago":
            off = Offset(o[0], o[1], "published")
            ago_at = m.start()
            if o[0] >= 2 and m.start() < focus and _OPENING_LATER.fullmatch(text, rs, m.start()):
                other = True  # "A week ago, gunmen killed 22 in a hotel": an attack before the report's own
        else:
            # "Funerals were held on Sunday for the victims of an attack a day earlier": the day
            # before the day the clause names first, not before the report's own event
            ref = _before_anchor(dates, roles, m, rs)
            if ref is not None and not re.search(r"(?:^|[,;:\u2014]\s*)(?:and\s+|but\s+|while\s+|just\s+|only\s+)?$",
                                                 text[ref.end : m.start()]):
                # (not "killed 10 on Monday, a day earlier a blast killed 3": that opens another attack)
                day = dt.date.fromisoformat(ref.value) - dt.timedelta(days=o[0])
                after_ref = (ref, DateRef(day.isoformat(), o[1], ref.start, ref.end, True))
                break
            if said:
                off = Offset(o[0], o[1], "sentence")  # "the attack a day earlier rose to 97 on Tuesday"
            else:
                off = Offset(o[0], o[1], "main")
                other = True
        break
    # dates of the focus clause that date the event, nearest the toll first
    own = [d for d, r in zip(dates, roles, strict=True) if r == EVENT and rs <= d.start < re_]
    if ago_at is not None and ago_at < focus:
        # "A week ago, gunmen killed 22 ...": dates after the toll belong to what follows it
        own = [d for d in own if d.start < focus]
    if after_ref is not None:  # the anchor of "a day after the bomb exploded" is no date of the attack
        own = [after_ref[1] if d is after_ref[0] else d for d in own]
        if not own and after_ref[0] in said:
            own = [after_ref[1]]
    if own and "who" in low:  # "..., who was killed on Monday" after the toll: a person's past
        own = [d for d in own if not (d.start > focus and PERSON_CLAUSE.search(text, focus, d.start))]
    if off is not None and off.anchor != "published":
        own = [d for d in own if not d.relative]  # "on Tuesday" next to "a day earlier" is the anchor
    own.sort(key=lambda d: (abs(d.start - focus), d.start))
    date = own[0] if own else None
    if date is None and not other and (rs, re_) != (start, end):
        rest = [d for d, r in zip(dates, roles, strict=True) if r == EVENT]
        date = rest[0] if rest else None
    fallback = said[0] if said else None
    if fallback is None and other:  # "killed dozens in operations since the bombing on Friday": after that day
        bg = [d for d, r in zip(dates, roles, strict=True) if r == BACKGROUND and rs <= d.start < re_]
        fallback = bg[-1] if bg else None
    if off is not None and off.anchor == "sentence" and fallback is not None and fallback.precision == "day":
        base = dt.date.fromisoformat(fallback.value)
        day = base - dt.timedelta(days=off.days)
        if date is None:
            date = DateRef(day.isoformat(), off.precision, fallback.start, fallback.end, True)
        off = None
    main_date = None
    if other:
        cut = other_start if other_start is not None else (rs if rs > start else None)
        if cut is not None and cut > start:
            pre = [d for d, r in zip(dates, roles, strict=True) if r == EVENT and d.start < cut]
            main_date = pre[0] if pre else None
    else:
        main_date = date
    if other and ago_at is not None and ago_at < focus:
        # "... when the bomb exploded on Saturday" after the recalled attack's toll: the report's own
        post = [d for d, r in zip(dates, roles, strict=True) if r == EVENT and d.start > focus]
        main_date = post[0] if post else None
    anaphor = bool(_ANAPHOR.match(text, start, min(end, start + 80)))
    event = fm is not None  # or a sentence naming an event: ContextReader.main asks event_type when it needs to
    when = bool(main_date is not None and (_WHEN.search(text, start, end) or after_ref is not None and main_date is after_ref[1]))
    return SentenceContext(date, fallback, off, other, anaphor, main_date, event, fm is not None, when,
                           (text, start, end, rs, re_, other_start))


def _places(text: str, start: int, end: int, rs: int, re_: int, other_start: int | None, other: bool) -> tuple:
    """(place, main_place, dateline) of sentence_context: the place of the focus clause
    ``text[rs:re_]``, of the report's own event, and the dateline's city."""
    # "KHOST, Afghanistan - ...": where the report was filed, not where the attack happened; a last resort
    dl = dl_end = None
    dm = _DATELINE_STRICT.match(text, start, min(end, start + 80))
    if dm is not None and (dm.group("city").isupper() or (dm.group("tail") or dm.group("agency")) and not dm.group("colon")):
        where = gazetteer.lookup(dm.group("city"))
        if where is not None and where.type != "country":
            dl, dl_end = where, dm.end()
    ps = max(rs, dl_end) if dl_end is not None and rs < dl_end else rs
    place = best_place(text, ps, re_)
    if place is None and not other and (rs, re_) != (start, end):
        place = best_place(text, dl_end or start, end)
    dateline = None
    if place is None and dl is not None:
        dateline = dl
    elif place is not None and place.type == "country" and _bearing(text, ps, re_, place) is None:
        # "KABUL, Afghanistan — ... outside Afghanistan's main airport": the dateline's city, a last resort
        # (not "... in southwestern Pakistan": a region the dateline's city only reports from)
        if dl is None:
            dm = _DATELINE.match(text, start, min(end, start + 60))
            where = gazetteer.lookup(dm.group(1)) if dm is not None else None
            dl = where if where is not None and where.type != "country" else None
        if dl is not None and dl.country == place.country:
            dateline = dl
    main_place = None
    if other:
        cut = other_start if other_start is not None else (rs if rs > start else None)
        if cut is not None and cut > start:
            main_place = best_place(text, start, cut)
    else:
        main_place = place
    return place, main_place, dateline


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
#: How many sentences from the first event sentence a coarse lead place ("in Iran") looks for
#: a sentence saying where it happened ("The explosions occurred in Kerman").
WHERE_AHEAD = 15
#: A later lead sentence with a toll of its own dates the report's event only within this many
#: days of publication.
RECENT_DAYS = 10


class ContextReader:
    """Event context of a source's sentences: what each sentence states, what it
    inherits from its paragraph, and the report's own (main) event from its lead."""

    def __init__(self, text: str, sentences, published: dt.date | None, etypes: dict | None = None):
        self.text = text
        self.sentences = sentences
        self.pub = published
        self._own: dict[int | tuple[int, int], SentenceContext | None] = {}
        self._main: tuple | None = None
        self._bearing: tuple[str, gazetteer.Place] | None = None  # "southwestern Pakistan" of the lead
        self._resolved: dict = {}
        self._weak = False  # the report's own place is only its dateline's city
        self._etype: dict[int, str | None] = {} if etypes is None else etypes  # event_type of sentence i
        self._clauses: dict[int, bool] = {}  # sentence i has several clauses (own(i, at) reads each)
        #: where each resolved context came from: (date source, place source), each one of
        #: "stated" (the claim's own clause), "offset" ("five days after"), "paragraph", "next"
        #: (the sentence after), "lead" (the report's own event), "statement" (a statement's or
        #: update's day), "dateline", or None; see :meth:`provenance`
        self.sources: dict = {}

    def event_type(self, i: int) -> str | None:
        """The kind of event sentence i names (events.event_type), computed once per sentence."""
        t = self._etype.get(i, self)
        if t is self:
            s = self.sentences[i]
            t = self._etype[i] = event_type(self.text[s.start : s.end])
        return t

    def own(self, i: int, at: int | None = None) -> SentenceContext | None:
        """What sentence i states itself; with ``at``, for the clause of the claim at that offset
        ("killed 13 in Kabul, while in Nangarhar a bomber killed 24": each its own)."""
        if at is not None:
            s = self.sentences[i]
            clauses = self._clauses.get(i)
            if clauses is None:
                clauses = self._clauses[i] = not s.boilerplate and (
                    _CLAUSE.search(self.text, s.start, s.end) is not None or _is_dated_list(self.text, s.start, s.end))
            if not clauses:
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
                # a toll or a claim (what sentence_context reads as ``event`` and ``toll``), or an event named
                toll = _FOCUS.search(self.text, s.start, s.end) or _FOCUS_CLAIM.search(self.text, s.start, s.end)
                if not (toll or self.event_type(i) is not None):
                    continue
                if event_first < 0:
                    event_first = i
                if toll:
                    first = i
                    break
                if i - event_first >= MAIN_DATE:
                    break
            if first < 0:
                first = event_first
            if first >= 0:
                fallback = None
                weak = False
                s0 = self.sentences[first]
                lead0 = self.own(first)
                self._bearing = None if lead0 is None or lead0.main_place is None else \
                    _bearing(self.text, s0.start, s0.end, lead0.main_place)  # the date is only that of a later sentence giving no toll and not saying when
                for i in range(first, min(len(self.sentences), first + MAIN_DATE)):
                    if date is not None and i >= first + LEAD:
                        break  # nothing left to read: the date is set, the place read only in the lead
                    c = self.own(i)
                    if c is None or self.sentences[i].heading:
                        continue
                    if i > first and _against(self._bearing, c.main_place):
                        continue  # "... in southwestern Pakistan. ... a bomb in the northern town of Bannu": another attack
                    if c.other and i > first:
                        if date is None and c.main_date is not None and self._recent(c.main_date):
                            date = c.main_date  # "Saturday's bombing came a week after an attack ..."
                        break
                    if date is None and (i == first or not c.toll or c.when or self._recent(c.main_date)
                                         or self._definite(i)):
                        # a later sentence with a toll of its own dated months back ("In March, a
                        # bomber killed 12 ...") tells of another attack: it does not date the lead
                        date = c.main_date
                        weak = date is not None and i != first and not c.toll and not c.when
                        if c.when and i >= first + LEAD and c.main_place is not None and (
                                place is None or _compatible(place, c.main_place)):
                            place = _refine(place, c.main_place)  # the sentence saying when and where it happened
                        fallback = fallback or c.fallback
                    if i < first + LEAD:
                        place = _refine(place, c.main_place)
                if date is None or weak:  # a later sentence saying when it happened ("a day after gunmen stormed ...")
                    date, place = self._when_it_happened(first, date, place)
                if date is None:  # the report's opening, before its first event sentence ("On Wednesday morning ...")
                    for i in range(first):
                        s = self.sentences[i]
                        if not _DATE_CUE.search(self.text, s.start, s.end):
                            continue  # no date phrase: no date of its own (sentence_context reads none)
                        c = self.own(i)
                        if c is not None and not self.sentences[i].heading and c.date is not None and not c.other:
                            date = c.date
                            break
                        if c is not None and not self.sentences[i].heading and c.fallback is not None and not c.other:
                            fallback = fallback or c.fallback  # "The group on Tuesday said it seized the train"
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
                if place is not None and place.type in ("country", "province"):
                    place = self._where_it_happened(first, place)
                if place is None and lead is not None and lead.dateline is not None:
                    place, self._weak = lead.dateline, True  # only the dateline: where the report was filed
            self._main = (date, place, first)
        return self._main

    def _anaphoric_other(self, i: int, main_date: DateRef | None):
        """(date, place) of the attack the sentence before tells of, when sentence i opens on "The
        attack ..." and that attack is not the report's own (another date than its event's)."""
        s = self.sentences[i]
        if not _DEFINITE_OPENING.match(self.text, s.start, min(s.end, s.start + 60)):
            return None
        for j in range(i - 1, max(-1, i - 3), -1):
            if self.sentences[j].heading:
                continue
            p = self.own(j)
            if p is None:
                return None
            d = p.date or (p.main_date if p.other else None)
            if d is None or main_date is not None and _same_time(d, main_date):
                return None
            ps = self.sentences[j]
            if event_type(self.text[ps.start : ps.end]) is None:
                return None
            return d, p.place
        return None

    def _story_before(self, i: int, j: int, c: SentenceContext) -> SentenceContext | None:
        """The context of sentence j, just before sentence i across a paragraph break, when i goes on
        with the story j tells ("... a bomb went off at a rally in Bannu." "They said the attack killed
        four"; "Hours later, a bomber killed dozens in Mastung." "... the attacker detonated a bomb ..."):
        i speaks of "the attack" or "the attacker" before its toll and names no place; j tells of an
        attack somewhere, as the report's narrative (not an attack it only recalls)."""
        s, sj = self.sentences[i], self.sentences[j]
        if sj.heading or sj.boilerplate or c.other:
            return None
        fm = _FOCUS.search(self.text, s.start, s.end)
        if fm is None or _STORY_GOES_ON.search(self.text, s.start, fm.start()) is None:
            return None
        p = self.own(j)
        if p is None or p.place is None or not (p.toll or self.event_type(j) is not None):
            return None
        if p.other and not (p.offset is not None and p.offset.days <= 0 and p.offset.anchor == "previous"):
            return None  # "It came a week after a bombing in Quetta": recalled, not told
        return p

    def _told_before(self, i: int, place: gazetteer.Place | None) -> DateRef | None:
        """The event date of the sentence just before sentence i (at most two back) when it tells of
        an attack at a place compatible with ``place``."""
        for j in range(i - 1, max(-1, i - 3), -1):
            if self.sentences[j].heading:
                continue
            p = self.own(j)
            if p is None or p.other or p.date is None:
                continue
            if place is not None and p.place is not None and not _compatible(place, p.place):
                return None
            s = self.sentences[j]
            return p.date if event_type(self.text[s.start : s.end]) is not None else None
        return None

    def _when_it_happened(self, first: int, date: DateRef | None, place: gazetteer.Place | None):
        """A later sentence of the report that says when its event happened ("The attack took place
        on ...", "... on Wednesday, a day after gunmen stormed the school in Peshawar"): its date, and
        its place when that lies within the lead's."""
        for i in range(first + 1, min(len(self.sentences), first + WHERE_AHEAD)):
            s = self.sentences[i]
            if s.heading or not _WHEN_GATE.search(self.text, s.start, s.end):
                continue
            c = self.own(i)
            if c is None or c.other or c.anaphor or not c.when or c.main_date is None or not self._recent(c.main_date):
                continue
            if place is not None and c.main_place is not None and not _compatible(place, c.main_place):
                continue
            return c.main_date, _refine(place, c.main_place)
        return date, place

    def _where_it_happened(self, first: int, place: gazetteer.Place) -> gazetteer.Place:
        """A lead that names only a country or province ("the deadliest attack in Iran"), refined by
        a later sentence saying where the event happened ("The explosions occurred in Kerman")."""
        text = self.text
        for i in range(first + 1, min(len(self.sentences), first + WHERE_AHEAD)):
            s = self.sentences[i]
            if s.heading or s.boilerplate:
                continue
            low = text[s.start : s.end].lower()
            if not ("occurred" in low or "happened" in low or "took place" in low or "went off" in low):
                continue
            if _WHERE.search(text, s.start, s.end) is None:
                continue
            c = self.own(i)
            if c is None or c.other or c.anaphor or _against(self._bearing, c.main_place or c.place):
                continue
            refined = _refine(place, c.main_place or c.place)
            if refined is not place:
                return refined
        return place

    def _definite(self, i: int) -> bool:
        """Sentence i speaks of "the attack" before its toll (the report's own), not of "a bomber"."""
        s = self.sentences[i]
        fm = _FOCUS.search(self.text, s.start, s.end)
        return _THE_EVENT.search(self.text, s.start, fm.start() if fm else s.end) is not None

    def _recent(self, d: DateRef | None) -> bool:
        """``d`` lies within days of publication (or there is no publication date to tell)."""
        if d is None or self.pub is None:
            return True
        if len(d.value) == 10:
            return abs((self.pub - dt.date.fromisoformat(d.value)).days) <= RECENT_DAYS
        if len(d.value) == 7:
            y, mo = int(d.value[:4]), int(d.value[5:7])
            return (y, mo) == (self.pub.year, self.pub.month) or (
                self.pub.day <= RECENT_DAYS and (y * 12 + mo) == self.pub.year * 12 + self.pub.month - 1)
        return False

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
            if anchor is None and off.anchor == "previous":
                return None  # "Hours later, ..." after a story told without a date: no day to count from
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
            if place is None and _THE_CITY.search(self.text, self.sentences[i].start, self.sentences[i].end):
                # "It followed a bombing in the city that ...": the last place named, not its date
                for j in range(i - 1, max(-1, i - 4), -1):
                    p = self.own(j)
                    if p is not None and p.place is not None:
                        place, psrc = p.place, "paragraph"
                        break
            self.sources[(i, id(c))] = (dsrc, psrc)
            return date or _loose(c.fallback), place
        sents = self.sentences
        para = sents[i].para
        main_date, main_place, first = self.main()
        if date is None and place is None and i > first:
            told = self._anaphoric_other(i, main_date)
            if told is not None:  # "... last month's bombing of a mosque in Peshawar. The attack killed 60."
                self.sources[(i, id(c))] = ("paragraph", "paragraph" if told[1] is not None else None)
                return told
        in_lead = first >= 0 and first <= i < first + LEAD
        # the sentences before it in its paragraph ("That attack, ..." looks further back;
        # "in the city" to the last place named)
        from_para = False
        if date is None or place is None or place.type in ("country", "province"):
            back = 1 if c.anaphor else 0
            city = place is None and _THE_CITY.search(self.text, sents[i].start, sents[i].end) is not None
            for j in range(i - 1, max(-1, i - 1 - LOOKBACK), -1):
                if sents[j].para != para and not (back and sents[j].para >= para - back):
                    told = self._story_before(i, j, c) if place is None and j == i - 1 else None
                    if told is not None:  # "They said the attack killed four": the attack told just before
                        place, from_para, psrc = told.place, True, "paragraph"
                        if date is None and told.date is not None:
                            date, dsrc = told.date, "paragraph"
                        break
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
            bearing = _bearing(self.text, sents[i].start, sents[i].end, place) if place is not None else None
            for j in range(i + 1, min(len(sents), i + 1 + LOOKAHEAD)):
                if sents[j].para != para and not in_lead:
                    break
                n = self.own(j)
                if n is None or sents[j].heading:
                    continue
                if n.other or n.anaphor:
                    break
                if _against(bearing, n.main_place):
                    continue  # "... in southwestern Pakistan" is not "the northern town of Bannu"
                if place is None or place.type in ("country", "province"):
                    refined = _refine(place, n.main_place)
                    if refined is not place and place is not None:
                        place, psrc = refined, "next"
                if date is None and n.main_date is not None and n.when:
                    date, dsrc = n.main_date, "next"
        # the attack told just before, across a paragraph break ("... fired rockets at the train on
        # Tuesday ...". "Before the standoff ended, the group claimed the attack, saying it killed 50.")
        if date is None and c.fallback is None and main_date is None:
            date, dsrc = self._told_before(i, place), "paragraph"
        # the report's own event
        if date is None and main_date is not None and (
                place is None or main_place is None or self._weak or _compatible(place, main_place)):
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


_STORY_GOES_ON = re.compile(r"\bthe\s+(?:[\w\-]+\s+){0,2}?(?:attack|attacker|attackers|assailants?|bomber|bombers|"
                            r"bombing|blast|explosion|assault|raid|gunman|gunmen)\b", re.IGNORECASE)
_BEARING = re.compile(r"\b(?P<b>(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+(?P<c>[A-Z][a-z]+)\b",
                      re.IGNORECASE)
#: How far (degrees of latitude, of longitude) a place may lie across the middle of its country
#: and still be in the country's north or south (east or west) as reporters say it; wider east-west,
#: where a country's middle lies far from where its people live (Peshawar is "western Pakistan").
BEARING_SLACK = (1.5, 2.5)


def _bearing(text: str, start: int, end: int, place: gazetteer.Place) -> tuple[str, gazetteer.Place] | None:
    """("southwest", Pakistan) of a sentence placing its event "in southwestern Pakistan", when
    ``place`` is that country."""
    if place.type != "country" or place.lat is None or place.lon is None:
        return None
    for m in _BEARING.finditer(text, start, end):
        if gazetteer.lookup(m.group("c")) == place:
            return m.group("b").lower().replace("-", ""), place
    return None


def _against(bearing: tuple[str, gazetteer.Place] | None, p: gazetteer.Place | None) -> bool:
    """``p`` lies clearly outside the part of the country ``bearing`` names (Bannu, in the north,
    is not "in southwestern Pakistan")."""
    if bearing is None or p is None or p.lat is None or p.lon is None:
        return False
    b, c = bearing
    if p.country != c.country or p.type == "country":
        return False
    lat, lon = BEARING_SLACK
    if b.startswith("north"):
        return p.lat < c.lat - lat
    if b.startswith("south"):
        return p.lat > c.lat + lat
    if b == "east":
        return p.lon < c.lon - lon
    return p.lon > c.lon + lon


_THE_EVENT = re.compile(r"\b(?:the|this|that|(?:\w+day|last\s+week)['\u2019]s)\s+(?:[\w\-]+\s+){0,2}?(?:attack|bombing|blast|"
                        r"explosion|assault|raid|massacre|shooting|ambush|siege)\b", re.IGNORECASE)
_WHERE = re.compile(r"\b(?:the|both|two|twin)\s+(?:\w+\s+)?(?:attacks?|blasts?|bombings?|explosions?|bombs|assault|raid|"
                    r"incident|shooting|ambush)\s+(?:\w+\s+){0,3}?(?:occurred|happened|took\s+place|went\s+off)\b",
                    re.IGNORECASE)
_THE_CITY = re.compile(r"\b(?:the|that|same)\s+(?:city|town|province|district|village|area)\b(?!\s+of\b)", re.IGNORECASE)


# the start of the next item of a list of attacks: ", twin suicide bombings in July 2018 that ...",
# ", and in March 2019, ..."
_LIST_ITEM = re.compile(
    r",\s+(?:and\s+|or\s+|as\s+well\s+as\s+)?(?:(?=(?:a|an|the|twin|two|three|another|several|multiple|coordinated|"
    r"simultaneous|deadly)\s+(?:[\w\-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|explosions?|assaults?|shootings?|"
    r"massacres?|raids?|ambush(?:es)?|strikes?|sieges?)\b)|(?=in\s+(?:early\s+|late\s+|mid-?)?(?:"
    r"January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b))",
    re.IGNORECASE,
)
_LIST_DATE = word_start([([r"19\d\d", r"20\d\d"], r"\b")], ignorecase=False)  # (fastrx) \b(?:19|20)\d\d\b


def _is_dated_list(text: str, start: int, end: int) -> bool:
    """A sentence listing attacks each with a year of its own ("a bombing in August 2021 ..., twin
    bombings in July 2018 ..."): more than one distinct year and a list separator."""
    years = set(_LIST_DATE.findall(text, start, end))
    return len(years) >= 2 and _LIST_ITEM.search(text, start, end) is not None


_WHEN_GATE = word_start([(["after", "occurred", "happened", r"took\s+place", "struck", "hit", r"carried\s+out", r"went\s+off",
                           "tore", "came", "unfolded"], r"\b")])
_DEFINITE_OPENING = re.compile(r"\W*(?:The|That|This)\s+(?:[\w\-]+\s+){0,2}?(?:attack|bombing|blast|explosion|assault|"
                               r"massacre|shooting|ambush|raid)\s+(?:\w+\s+){0,2}?(?:killed|left|claimed|wounded|injured)\b")


def _same_time(a: DateRef, b: DateRef) -> bool:
    """Two dates that can be one event's: the same day within a few days, or the same month or year
    at the coarser one's precision."""
    if len(a.value) == 10 and len(b.value) == 10:
        return abs((dt.date.fromisoformat(a.value) - dt.date.fromisoformat(b.value)).days) <= 3
    n = min(len(a.value), len(b.value))
    return a.value[:n] == b.value[:n]


def _loose(d: DateRef | None) -> DateRef | None:
    """A statement's or a toll update's day, as a loose date of the event (within its week)."""
    return None if d is None else DateRef(d.value, "week" if d.precision == "day" else d.precision, d.start, d.end, True)
