"""The event context of a report's sentences: what each states, what it inherits from its
paragraph, and the report's own event from its lead (``ContextReader``, on :mod:`.leadevent`'s
``LeadReader``); the context of one sentence is :mod:`.context`'s ``sentence_context``."""

from __future__ import annotations

import datetime as dt
import re

from .. import gazetteer
from .context import (  # noqa: F401 - the sentence-level pieces the reader builds on
    _ATTACK_VERB,
    _CLAUSE,
    _FOCUS,
    _JOINED_QUOTE,
    _LEADING_SUB,
    _QUOTES,
    _THE_CITY,
    TRAILING_AFTER,
    DateRef,
    Offset,
    SentenceContext,
    _compatible,
    _is_dated_list,
    _refine,
    _within,
    event_places,
    event_type,
    seat_place,
    sentence_context,
    several_places,
)
from .dates import ReportYear, report_year
from .gates import may_match, required
from .leadevent import _ELSEWHERE, LEAD, LeadReader
from .otherattacks import _A_NEW_EVENT, _EARLIER_OTHER, ANOTHER_APART, EARLIER, LATER, _motives, _recall_clauses
from .places import capital_of
from .readerwords import _DEFINITE_OPENING, _STORY_GOES_ON, _THE_EVENT, _loose, _same_time
from .sentenceplace import _against, _bearing
from .tollplaces import _COORDINATED, _TOLL_NUMBER

# --------------------------------------------------------------------------- a claim's event context

_IN_THE_CAPITAL = re.compile(r"\b(?:in|at|near|outside)\s+the\s+(?:country['\u2019]s\s+)?capital\b(?!\s*(?:of\b|,?\s*[A-Z]))")

#: How many sentences ahead a lead with a coarse place or no date looks ("... in northern
#: Afghanistan. ... the blast tore through the mosque in the city of Kunduz").
LOOKAHEAD = 2
#: How many sentences back a claim looks in its paragraph.
LOOKBACK = 8
#: An attack a report's later sentence dates this many days before publication, when its lead names no day, is
#: an older one the report recalls (a news report tells of its own attack within a day or two).
BACKGROUND_DAYS = 3

# "that attack", "the same bombing": the attack the sentence before told of
_THAT_ATTACK = re.compile(r"\b(?:that|this|the\s+same|the\s+earlier|the\s+previous)\s+(?:[\w\-]+\s+)?(?:attack|bombing|blast|"
                          r"explosion|assault|raid|ambush|shooting|incident|massacre)\b", re.IGNORECASE)
_GATE_CLAUSE, _GATE_THAT_ATTACK = required(_CLAUSE), required(_THAT_ATTACK)  # (speed: the strings every match holds)

_WORD = re.compile(r"[a-z]{4,}")
#: Words that say nothing of which attack a sentence tells of.
_PLAIN = frozenset("""with that this were they their from into outside inside near when where which while after
before people killed wounded injured least more than died dead have been said says officials attack""".split())


_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)
#: how far (days) a weekday moved to a late report's incident week may stand from the incident's day
LATE_SLACK = 3


def _content_words(text: str) -> set[str]:
    """The words of ``text`` that describe what happened (lower case, four letters or more, plain ones left out)."""
    return {w for w in _WORD.findall(text.lower()) if w not in _PLAIN}


class ContextReader(LeadReader):
    """Event context of a source's sentences: what each sentence states, what it
    inherits from its paragraph, and the report's own (main) event from its lead."""

    def __init__(self, text: str, sentences, published: dt.date | None, etypes: dict | None = None):
        self.text = text
        self.sentences = sentences
        # an undated report: the year its own words give, for a day or month named without one (dates.ReportYear)
        self.pub = published if published is not None else report_year(text)
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
                    may_match(_GATE_CLAUSE, low := self.text[s.start : s.end].lower())  # (speed: gates.required)
                    and _CLAUSE.search(self.text, s.start, s.end) is not None or _is_dated_list(self.text, s.start, s.end)
                    or bool(_motives(self.text, s.start, s.end, low))
                    or bool(_recall_clauses(self.text, s.start, s.end, low))
                    or _LEADING_SUB.match(self.text, s.start, s.end) is not None
                    or any(map(self.text[s.start : s.end].__contains__, _QUOTES))
                    and _JOINED_QUOTE.search(self.text, s.start, s.end) is not None
                    or several_places(self.text, s.start, s.end)  # figures for several towns: each its own
                    or TRAILING_AFTER.search(self.text, s.start, s.end) is not None  # "..., two days after 7 died in X"
                    or "another" in low and ANOTHER_APART.search(self.text, s.start, s.end) is not None)
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

    def _seat_next(self, i: int, place: gazetteer.Place | None) -> gazetteer.Place | None:
        """The town of the official who speaks in the sentence after sentence i (a recalled attack
        naming no town), when that sentence goes on with the story (no toll, no other attack of its
        own) and the town lies in ``place``."""
        for j in range(i + 1, min(len(self.sentences), i + 2)):
            s = self.sentences[j]
            if s.heading or s.boilerplate:
                return None
            n = self.own(j)
            if n is None or n.other or n.place is not None or _TOLL_NUMBER.search(self.text, s.start, s.end):
                return None  # (a figure of its own: another claim, not the story going on)
            seat = seat_place(self.text, s.start, s.end)
            if seat is not None and (place is None or _within(seat, place)):
                return seat
        return None

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

    def _recalled_before(self, i: int, date: DateRef | None):
        """(date, place) of the other attack a sentence before tells of (within a few sentences), when
        sentence i, about another attack than the report's own and naming no place, refers back to it
        ("... a similar bombing in March 2024 outside a bank in Kandahar." ... "only three had been killed
        in last year's incident"): its date, when no less precise and of the same time, and its place."""
        for j in range(i - 1, max(-1, i - 4), -1):
            if self.sentences[j].heading or self.sentences[j].boilerplate:
                continue
            p = self.own(j)
            if p is None or p.place is None or self.event_type(j) is None:
                continue
            d = p.date or p.main_date
            main_date = self.main()[0]
            if not (p.other or d is not None and main_date is not None and not _same_time(d, main_date)):
                continue  # (the report's own attack)
            if date is not None and (d is None or not _same_time(d, date)):
                continue
            if d is None or date is not None and len(d.value) < len(date.value):
                d = date
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
            if anchor is None and off.anchor == "previous" and off.precision not in ("month", "year"):
                return None  # "Hours later, ..." after a story told without a date: no day to count from
            if anchor is not None and anchor.precision not in ("day", "week") and abs(off.days) < 28:
                return anchor  # "In October 2002 ... Two days later, ...": still that month
            if anchor is not None and anchor.precision in ("month", "year") and off.precision in ("month", "year") \
                    and len(anchor.value) >= 4 and anchor.value[:4].isdigit():
                # "... in 2015. Two years earlier, ...": 2013, counted from the year told (not from the report's day)
                months = round(off.days / 30.4375)
                y, m = int(anchor.value[:4]), int(anchor.value[5:7]) if anchor.precision == "month" else 6
                y, m = divmod(y * 12 + m - 1 - months, 12)
                if anchor.precision == "year" or off.precision == "year":
                    return DateRef(f"{y:04d}", "year", 0, 0, True)
                return DateRef(f"{y:04d}-{m + 1:02d}", "month", 0, 0, True)
            base = dt.date.fromisoformat(anchor.value[:10]) if anchor is not None and len(anchor.value) == 10 else self.pub
        else:
            base = self.pub
        if base is None or isinstance(base, ReportYear):
            return None  # (no day to count from)
        day = base - dt.timedelta(days=off.days)
        return DateRef(day.isoformat()[:4] if off.precision == "year" else day.isoformat(), off.precision, 0, 0, True)

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
            hit = self._event_context(i, c)
            if hit[0] is None and isinstance(self.pub, ReportYear) and not c.other:
                # an undated report's claim that no sentence dates: the year its report was written, no more
                hit = (DateRef(f"{self.pub.year:04d}", "year", 0, 0, True), hit[1])
            self._resolved[key] = hit
        return hit

    def recalled(self, i: int, at: int | None = None) -> bool:
        """Sentence i (or its claim at offset ``at``) tells of another event than the report's own
        ("Earlier, ten soldiers were killed in an attack in Kech", "... comes weeks after the killing
        of dozens", "in revenge for a strike last year that killed its leader"): matching does not
        join it to its report's event merely for sharing the report."""
        c = self.own(i, at)
        if c is None:
            return False
        _date, place = self.event_context(i, at)
        _main_date, main_place, _first = self.main()
        if c.recalled == LATER:
            # "A bomber killed 60 in southwestern Pakistan. ... Hours later, a bomber killed dozens in Mastung":
            # the lead told in order, when its region holds the town (and no "second" or "another" says otherwise)
            return not (place is not None and main_place is not None and main_place.type in ("country", "province")
                        and place.name != main_place.name and _within(place, main_place)
                        and not _against(self._bearing, place))
        if c.recalled == EARLIER:
            # "... were killed in a gunfight earlier this month": another incident past the report's lead sentence
            return 0 <= _first < i
        if not c.recalled and place is not None and _against(self._bearing, place):
            return True  # "... in southwestern Pakistan": a toll in the northern town of Bannu is another attack's
        if not c.recalled and self._dated_background(i, c, _first):
            return True  # "On September 26, a car bomb killed six people in Peshawar": an older attack of the city
        if c.recalled is True and self._retold(i, c, place, main_place, _first):
            return False  # "Earlier, 15 died in a suicide attack on the procession in Mastung": the lead's attack retold
        if c.recalled is True and self._site_of_lead(i, place, _first):
            return False  # "attacks in Derbent and Makhachkala ... In Makhachkala, another attack targeted a church": one site
        if not c.recalled and i > 0 and self.sentences[i - 1].para == self.sentences[i].para and (
                may_match(_GATE_THAT_ATTACK, self.text[self.sentences[i].start : self.sentences[i].end].lower())
                and _THAT_ATTACK.search(self.text, self.sentences[i].start, self.sentences[i].end)
                # "In another attack, 25 were killed in a blast at a market ... More than 30 others were injured in
                # the attack": the story of the recalled attack goes on (naming no place nor day of its own)
                or c.place is None and c.date is None and c.offset is None
                and _THE_EVENT.search(self.text, self.sentences[i].start, self.sentences[i].end)):
            before = self.own(i - 1)
            if before is not None and before.recalled is True and not self._site_of_lead(i, place, _first):
                return True  # "... the target of another attack last month. IS also claimed that attack, which killed 34"
        return bool(c.recalled)

    def _retold(self, i: int, c: SentenceContext, place, main_place, first: int) -> bool:
        """Sentence i, opening on "Earlier," and dating nothing, tells the lead's own attack again with an
        earlier figure: in the lead's town, in the lead's own words for the attack (most of its words for
        what happened are the lead's: "a suicide attack on a procession outside a mosque in Mastung")."""
        s = self.sentences[i]
        if first < 0 or i <= first or c.date is not None or c.offset is not None or place is None or \
                main_place is None or place.type not in ("city", "district") or place.name != main_place.name or \
                (em := _EARLIER_OTHER.match(self.text, s.start, s.end)) is None:
            return False
        if _FOCUS.search(self.text, s.start, s.end) is None:
            return False
        # (all its words past "Earlier,": "Earlier, a suicide bomber hit the procession in Mastung, killing 40")
        told = _content_words(self.text[em.end() : s.end])
        lead = self.sentences[first]
        own = _content_words(self.text[lead.start : lead.end])
        return len(told) >= 3 and len(told & own) * 2 >= len(told)

    def _site_of_lead(self, i: int, place, first: int) -> bool:
        """Sentence i, past the lead, tells of an attack in a town that the lead names with another as the sites of its
        attacks ("attacks on two churches and a synagogue in the cities of Derbent and Makhachkala"), and dates nothing
        of its own: one site of the lead's coordinated attack, not another incident."""
        if first < 0 or i <= first or place is None or place.type not in ("city", "district"):
            return False
        own = self.own(i)
        if own is not None and own.date is not None:
            return False
        lead = self.sentences[first]
        towns = [m for m in event_places(self.text, lead.start, lead.end) if m.place.type in ("city", "district")]
        for m, n in zip(towns, towns[1:], strict=False):
            if place.name in (m.place.name, n.place.name) and m.place.name != n.place.name and \
                    m.place.admin1 == n.place.admin1 and _COORDINATED.fullmatch(self.text, m.end, n.start):
                return True
        return False

    def _dated_background(self, i: int, c: SentenceContext, first: int) -> bool:
        """Sentence i, past the report's lead, tells of an attack of its own ("a car bomb killed six"), on a day
        it states that is not the report's event's (nor, when the lead names no day, within days of publication)."""
        d = c.date
        if first < 0 or i < first + LEAD or d is None or d.precision != "day" or not c.toll:
            return False
        s = self.sentences[i]
        fm = _FOCUS.search(self.text, s.start, s.end)
        if fm is None or _A_NEW_EVENT.search(self.text, s.start, fm.start()) is None and \
                _A_NEW_EVENT.search(self.text, fm.start(), s.end) is None:
            return False
        main_date = self.main()[0]
        if main_date is not None:
            return main_date.precision in ("day", "week") and not _same_time(d, main_date)
        if self.pub is None or isinstance(self.pub, ReportYear):
            return False
        return (self.pub - dt.date.fromisoformat(d.value)).days > BACKGROUND_DAYS

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
                if place is None and (told := self.the_region(i)) is not None:
                    place, psrc = told, "lead"  # "... died in two distinct attacks in the province" (ctx10)
            if place is None and _IN_THE_CAPITAL.search(self.text, self.sentences[i].start, self.sentences[i].end):
                # "Days later, a bomb exploded at a disco in the capital": the capital of the report's country,
                # not the town of the attack told before
                near = self.main()[1] or next((p.place for j in range(i - 1, max(-1, i - 4), -1)
                                               if (p := self.own(j)) is not None and p.place is not None), None)
                capital = capital_of(near.country) if near is not None else None
                if capital is not None:
                    place, psrc = capital, "stated"
            if place is None:
                told = self._recalled_before(i, date)
                if told is not None:  # "... a similar bombing in March 2024 in Kandahar." "... killed in last year's incident"
                    (date, place), psrc = told, "paragraph"
            if place is None or place.type in ("country", "province"):
                seat = self._seat_next(i, place)
                if seat is not None:  # "Earlier, 12 died in a blast at a party office." "..., the X deputy commissioner said."
                    place, psrc = seat, "next"
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
                if date is None and j == i - 1 and c.place is None and (older := self.compared_before(i, j)) is not None:
                    (date, place), from_para, dsrc, psrc = older, True, "paragraph", "paragraph"  # "... similar to the
                    break  # one in X back in May 2016." "Gunmen stormed a base, killing 19": that attack's day and town
                if date is None and p.date is not None and not p.toll and not p.when and main_date is not None and \
                        main_date.precision == "day" and not _same_time(p.date, main_date) and self.event_type(j) is None \
                        and not _ATTACK_VERB.search(self.text, sents[j].start, sents[j].end):
                    continue  # "... the cartoons printed in February." after a lead of June 2: a date of no attack (dates10)
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
                if n.other or n.anaphor or _ELSEWHERE.match(self.text, sents[j].start, sents[j].end):
                    break  # ("Also in Balochistan, a leader escaped an attack in Chaman": another incident's place)
                if bearing is not None and _against(bearing, n.main_place):  # (no bearing: its place not read)
                    continue  # "... in southwestern Pakistan" is not "the northern town of Bannu"
                if (place or main_place) is not None and n.main_place is not None and n.main_date is not None and \
                        not _compatible(place or main_place, n.main_place):
                    break  # "... 21 bodies were counted. Eight had died in a blast in Muzaffarabad on Sunday": elsewhere
                if place is None or place.type in ("country", "province"):
                    refined = _refine(place, n.main_place)
                    if refined is not place and place is not None:
                        place, psrc = refined, "next"
                if date is None and n.main_date is not None and n.when and not (n.toll and sents[j].para != para):
                    # (not a next paragraph's own toll: "... dozens of students died in an attack in 2018")
                    date, dsrc = n.main_date, "next"
        if in_lead and psrc == "paragraph" and place is not None and place.type == "country" and \
                main_place is not None and c.place is None and not _compatible(place, main_place):
            # the lead's toll after a sentence naming another country in passing ("... drone strikes on targets in
            # Pakistan. Nine were killed when ..."): the report's own place, not that country
            place, psrc = main_place, "lead"
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
        if c.joint and c.place is not None:  # a figure for two provinces together: their country, as stated
            place, psrc = c.place, "stated"
        if c.place is None and i > first >= 0 and (told := self.the_region(i)) is not None:
            place, psrc = told, "lead"  # "..., died in two distinct attacks in the province" (ctx10)
        if (place is None or place.type == "country") and c.dateline is not None:
            place, psrc = c.dateline, "dateline"  # "Lahore: At least 55 people were killed ... at the border"
        if date is None and c.fallback is not None:
            dsrc = "statement"
        date = self._weekday_of_late_report(date, main_date)
        self.sources[(i, id(c))] = (dsrc, psrc)
        return date or _loose(c.fallback), place

    def _weekday_of_late_report(self, date, main_date):
        """A weekday counted back from a publication day that the report's own incident comes after (its photo or
        dateline gives a later day: the page went out later than the day it is given): the same weekday of the
        incident's week, not a week before it ("... was killed late on Wednesday" in a report dated the Tuesday
        before an incident of Wednesday the 9th). ``date`` otherwise."""
        pub = self.pub
        if date is None or main_date is None or date.precision != "day" or main_date.precision != "day" or \
                pub is None or isinstance(pub, ReportYear) or not _WEEKDAY.search(self.text, date.start, date.end):
            return date
        try:
            day, main = dt.date.fromisoformat(date.value), dt.date.fromisoformat(main_date.value)
        except ValueError:
            return date
        if main <= pub or day > pub or (main - day).days <= LATE_SLACK:
            return date
        moved = day + dt.timedelta(days=7)  # (the week after the day given: a page goes out days late, not weeks)
        if abs((moved - main).days) > LATE_SLACK:
            return date
        return DateRef(moved.isoformat(), "day", date.start, date.end, date.relative)
