"""The report's own event from its lead: the date and place of the event a report tells of first
(``LeadReader.main``), read from its lead, the later sentences saying when and where it happened,
its opening, title and dateline; :class:`.reader.ContextReader` builds on it."""

from __future__ import annotations

import datetime as dt
import re

from .. import gazetteer
from .context import (
    _DATE_CUE,
    _FOCUS,
    _FOCUS_CLAIM,
    _WHERE,
    DateRef,
    _compatible,
    _refine,
    best_place,
    date_is_anchored,
    dateline_date,
    find_dates,
)
from .dateroles import _COMPARED_WITH_BEFORE, _RANKED_SINCE, BACKGROUND, date_role
from .datewords import ReportYear
from .readerwords import _STORY_GOES_ON, _THE_EVENT, _WHEN_GATE
from .sentenceplace import _against, _bearing

# a dateline's day: "Karachi, Mar 13 (PTI) ...", "Dec. 30, 2009 -- ..."
# (after a scraped page's own date line: "date 2024-10-07 Karachi, Oct 7 (PTI) ...")
_DATELINE_BEFORE = re.compile(r"\W*(?:(?i:date|dated|published|updated|posted)\s*:?\s*(?:19|20)\d\d-[01]\d-[0-3]\d\s+)?"
                              r"(?:[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)?,\s*(?:[A-Z][a-z]+,\s*)?)?")
_DATELINE_AFTER = re.compile(r",?\s*(?:\([^()]{1,30}\)|[\-\u2013\u2014:])")

# a sentence opening on another incident ("Also in Balochistan, ...", "Separately, ...", "Elsewhere, ...",
# "In another attack, ..."): its place is not to refine the sentence before it
_ELSEWHERE = re.compile(r"\W*(?:also\s+in\b|also\s+on\b|separately\b|elsewhere\b|in\s+(?:another|a\s+separate|a\s+second)\s+"
                        r"(?:\w+\s+){0,2}?(?:attack|incident|bombing|blast|explosion|development)\b|in\s+other\s+(?:news|"
                        r"incidents|attacks)\b)", re.IGNORECASE)

#: Sentences of the report's lead (the first event sentence and these after it) that
#: may give the report's own event its date and place.
LEAD = 3
#: Sentences from the first event sentence that may give the report's own event its date.
MAIN_DATE = 5
#: How many sentences from the first event sentence a coarse lead place ("in Iran") looks for
#: a sentence saying where it happened ("The explosions occurred in Kerman").
WHERE_AHEAD = 15
#: A later lead sentence with a toll of its own dates the report's event only within this many
#: days of publication.
RECENT_DAYS = 10


# a sentence opening on the lead's target where it stands ("The madrasa in Chenagai village ...", "The seminary at
# Khar ...", "The targeted mosque in X"): where the lead's attack happened (link9)
_SCENE_OPENING = re.compile(r"\W*The\s+(?:[\w\-]+\s+)?(?:madrass?ah?|seminary|school|mosque|compound|camp|building|house|"
                            r"market|shrine|hospital|station|checkpoint|village|base|hotel|attack|strike|raid|blast|bombing|"
                            r"explosion)\s+(?:in|at|near)\s+", re.IGNORECASE)


# "in the province", "across the country": the region of the report's own event
_THE_REGION = re.compile(r"\b(?:in|across|throughout|of)\s+(?:the|that)\s+(province|country)\b(?!\s+of\b|['\u2019]s)",
                         re.IGNORECASE)
# the bars and bullets between the headlines of a ticker line
_TICKER_SEP = re.compile(r"\s[|\u2022\u00b7]\s")
# a sentence opening on the report's own attack ("It killed", "This was", "They said"): not an older attack told on
_BACK_TO_OWN = re.compile(r"\W*(?:it|this|they|that|these)\b", re.IGNORECASE)


class LeadReader:
    """The report's own event of a :class:`.reader.ContextReader` (its sentences, ``own`` and
    ``event_type`` of each, its publication day and the ``_main``, ``_bearing`` and ``_weak`` it keeps)."""

    def main(self) -> tuple[DateRef | None, gazetteer.Place | None, int]:
        """Date and place of the report's own event, and the index of its first sentence."""
        if self._main is None:
            date = place = None
            first = -1
            event_first = -1  # the first sentence naming an event, when no sentence of the lead gives a toll
            for i, s in enumerate(self.sentences):
                if s.heading or s.boilerplate or self.ticker(i):
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
                # the day the sentences naming the event before its first toll give it ("Gunmen stormed the embassy
                # on Tuesday. ... Four were killed"), before any later sentence's (a background day, another attack's)
                opening = self._opening_date(event_first, first) if 0 <= event_first < first else None
                for i in range(first, min(len(self.sentences), first + MAIN_DATE)):
                    if date is None and i > first and opening is not None:
                        date = opening
                    if date is not None and i >= first + LEAD:
                        break  # nothing left to read: the date is set, the place read only in the lead
                    c = self.own(i)
                    if c is None or self.sentences[i].heading:
                        continue
                    # (_against is false without a bearing: the sentence's place is then not read for it)
                    if i > first and self._bearing is not None and _against(self._bearing, c.main_place):
                        continue  # "... in southwestern Pakistan. ... a bomb in the northern town of Bannu": another attack
                    if i > first and _ELSEWHERE.match(self.text, self.sentences[i].start, self.sentences[i].end):
                        break  # "Also in Balochistan, ... in Chaman": another incident, not the lead's place
                    if i > first and date is None and place is not None and c.main_date is not None and \
                            c.main_place is not None and not _compatible(place, c.main_place):
                        continue  # "... 88 dead in Lakki Marwat. Shops in Karachi shut over Monday's attack"
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
                date = date or opening  # (a report ending at its first toll)
                if date is None or weak:  # a later sentence saying when it happened ("a day after gunmen stormed ...")
                    date, place = self._when_it_happened(first, date, place)
                if weak and date is not None and fallback is not None and not self._recent(date):
                    # "... since the Taliban surged back to power in 2021" after a lead dated only by its statement's
                    # day: a background year, not the lead's; the statement's day stands (below)
                    date = None
                if date is None:  # the report's opening, before its first event sentence ("On Wednesday morning ...")
                    for i in range(first):
                        s = self.sentences[i]
                        if not _DATE_CUE.search(self.text, s.start, s.end) or self.ticker(i):
                            continue  # no date phrase: no date of its own (sentence_context reads none)
                        c = self.own(i)
                        if c is not None and not self.sentences[i].heading and c.date is not None and not c.other \
                                and not self._elsewhere(first, c):
                            date = c.date
                            break
                        if c is not None and not self.sentences[i].heading and c.fallback is not None and not c.other:
                            fallback = fallback or c.fallback  # "The group on Tuesday said it seized the train"
                if date is None and fallback is None:  # an undated page's heading that gives the day in full
                    date = self._heading_day(first)
                if date is None and fallback is None:  # a date line of its own ("Published: 2025-03-16")
                    fallback = self._date_line(first)
                date = date or (DateRef(fallback.value, "week", fallback.start, fallback.end, True) if fallback else None)
                lead = self.own(first)
                if place is not None and place.type == "country" and lead is not None and lead.dateline is not None:
                    place = lead.dateline
                if place is None:  # the report's opening, before its first event sentence, may name it
                    for i in range(first):  # (a later opening sentence may name a place inside it: "... on the
                        c = self.own(i)     # border of Afghanistan and Pakistan. ... bombed Barmal district")
                        if c is not None and not self.sentences[i].heading and c.place is not None and not c.other \
                                and not self.ticker(i):
                            place = _refine(place, c.place)
                            if place.type != "country":
                                break
                if place is not None and place.type == "country":
                    # a country read in the lead ("... repercussions, especially in Germany") yields to a town or
                    # province of another country the report's opening or title names as the scene ("= The
                    # Kunduz airstrike =", "... Pakistan bombed Barmal district"): the scene, not a state's name
                    for i in range(first):
                        s = self.sentences[i]
                        if s.boilerplate or self.ticker(i):
                            continue  # (not a ticker's headline of another story: "How Washington sees ... | ...")
                        c = None if s.heading else self.own(i)
                        if c is not None and c.other:
                            continue
                        p = best_place(self.text, s.start, s.end) if s.heading else c.place if c is not None else None
                        if p is not None and p.type != "country" and p.country != place.country:
                            place = p
                            break
                if place is None or place.type == "country":  # the title may name it
                    for i in range(first):
                        if self.sentences[i].heading and not self.sentences[i].boilerplate and not self.ticker(i):
                            place = _refine(place, best_place(self.text, self.sentences[i].start, self.sentences[i].end))
                if place is not None and place.type in ("country", "province"):
                    place = self._where_it_happened(first, place)
                if place is None and lead is not None and lead.dateline is not None:
                    place, self._weak = lead.dateline, True  # only the dateline: where the report was filed
                if place is None:  # a dateline opening an earlier sentence ("PISHIN: A blast ripped ... Eight died.")
                    for i in range(first):
                        c = self.own(i)
                        if c is not None and not self.sentences[i].heading and c.dateline is not None:
                            place, self._weak = c.dateline, True
                            break
                if place is None:  # a lead naming no place: the next sentences telling of its event may ("the base in
                    place = self._named_ahead(first)  # central Wardak province", "on the outskirts of the city of X")
            self._main = (date, place, first)
        return self._main

    def ticker(self, i: int) -> bool:
        """Sentence i lies on a scraped page's news ticker or list of other stories: a line of several headlines
        set apart by bars or bullets ("Floods hit the capital again | Minister resigns over fuel prices | ..."),
        none of them the report's; its places and dates are no lead's. (Not a byline "| Agency | 12 Oct 2025".)"""
        s = self.sentences[i]
        line_start = self.text.rfind("\n", 0, s.start) + 1
        line_end = self.text.find("\n", s.end)
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end]
        if "|" not in line and "\u2022" not in line and "\u00b7" not in line:
            return False  # (speed: no separator _TICKER_SEP could match, without its scan)
        if len(_TICKER_SEP.findall(line)) < 2 and not (_TICKER_SEP.search(line) and len(line) > 160):
            return False
        return sum(len(part.split()) >= 4 for part in _TICKER_SEP.split(line)) >= 2

    def _opening_date(self, event_first: int, first: int) -> DateRef | None:
        """The day the sentences naming the event before the first toll (sentence ``event_first`` up to
        sentence ``first``) give it: stated as the event's own, of no other attack, within days of publication."""
        for i in range(max(0, event_first), first):
            if self.sentences[i].heading or self.sentences[i].boilerplate or self.event_type(i) is None or self.ticker(i):
                continue
            c = self.own(i)
            if c is None or c.other or c.date is None or c.date.precision != "day" or not self._recent(c.date):
                continue
            if self._elsewhere(first, c):
                continue  # "Shops in Karachi shut over Monday's attack." "... 88 were killed in Lakki Marwat"
            # (its one day, or a day an event word stands by: not "A police official shows guns on Saturday, May 29,
            # recovered from militants who stormed the mosque on Friday", a photograph's day)
            s = self.sentences[i]
            if _DATELINE_BEFORE.fullmatch(self.text, s.start, c.date.start) and \
                    _DATELINE_AFTER.match(self.text, c.date.end, s.end):
                continue  # "Karachi, Mar 13 (PTI) From hit-and-run strikes to the siege ...": the day it was filed
            if date_is_anchored(self.text, c.date) or len(find_dates(self.text, s.start, s.end, self.pub)) == 1:
                return c.date
        return None

    def _heading_day(self, first: int) -> DateRef | None:
        """On a page with no publication day (a memorial page, an archived mirror), the day a heading line
        before the first event sentence gives in full, year and all ("killed at dawn on Monday, October 30,
        2006"): the only day the page has for its event. Not a day without its year, nor another event's."""
        if not (self.pub is None or isinstance(self.pub, ReportYear)):
            return None
        for i in range(first):
            s = self.sentences[i]
            if not s.heading or s.boilerplate or not _DATE_CUE.search(self.text, s.start, s.end):
                continue
            c = self.own(i)
            if c is not None and not c.other and c.date is not None and c.date.precision == "day" and \
                    not c.date.relative and (c.toll or self.event_type(i) is not None):
                return c.date
        return None

    def _elsewhere(self, first: int, c) -> bool:
        """An opening sentence (context ``c``) tells of another province than the first toll's (a caption on
        "Monday's attack in Karachi" above "... 88 were killed in Lakki Marwat"): its day is not the lead's."""
        lead = self.own(first)
        return lead is not None and lead.main_place is not None and c.main_place is not None and \
            not _compatible(lead.main_place, c.main_place)

    def _date_line(self, first: int) -> DateRef | None:
        """The day of a line before the report's first event sentence that holds only a date ("date
        2025-03-16", "Published: 16 March 2025"): the day the report was filed; the nearest the lead
        first, and only a day within days of publication (a scraped page's own date is not the report's)."""
        for i in range(first - 1, -1, -1):
            s = self.sentences[i]
            if s.boilerplate:
                continue
            filed = dateline_date(self.text, s.start, s.end)
            if filed is not None and not self.text[filed[1] : s.end].strip():
                ref = DateRef(filed[0].isoformat(), "day", s.start, filed[1])
                if self._recent(ref):
                    return ref
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
            # (a lead naming only a country: "put the toll from the latest blast in Jalalabad at 18")
            toll_of_it = place.type == "country" and _THE_EVENT.search(text, s.start, s.end) is not None and \
                _FOCUS.search(text, s.start, s.end) is not None
            # (a lead naming only a country: "The madrasa in Chenagai village was a training camp, the army said")
            scene = place.type == "country" and _SCENE_OPENING.match(text, s.start, s.end) is not None
            if not ("occurred" in low or "happened" in low or "took place" in low or "went off" in low
                    or "blew h" in low or "detonated" in low or toll_of_it or scene):
                continue
            if not (toll_of_it or scene) and _WHERE.search(text, s.start, s.end) is None:
                continue
            c = self.own(i)
            if c is None or c.other or c.anaphor or _against(self._bearing, c.main_place or c.place):
                continue
            refined = _refine(place, c.main_place or c.place)
            if refined is not place:
                return refined
        return place

    def _named_ahead(self, first: int) -> gazetteer.Place | None:
        """The first place a sentence after the lead's first names for the report's own event (not another
        incident's, not after "Elsewhere"), when the lead names none; a country only when nothing finer follows."""
        found = None
        for i in range(first + 1, min(len(self.sentences), first + WHERE_AHEAD)):
            s = self.sentences[i]
            if s.heading or s.boilerplate:
                continue
            if _ELSEWHERE.match(self.text, s.start, s.end):
                break
            c = self.own(i)
            if c is None:
                continue
            if c.other:
                break
            p = c.main_place or c.place
            if p is not None:
                if p.type != "country":
                    return p
                found = found or p
        return found

    def compared_before(self, i: int, j: int) -> tuple[DateRef, gazetteer.Place] | None:
        """The date and place of an older attack sentence ``j`` compares the report's own with ("... similar to the
        one in X back in May 2016.", "the worst since the one in X in May 2016"), when sentence i goes on telling
        that older attack ("Four gunmen stormed a base, killing 19 soldiers"): not when i speaks of the report's own
        attack ("It killed 40", "The blast killed 40"), nor when j gives a toll of its own."""
        s, sj = self.sentences[i], self.sentences[j]
        p = self.own(j)
        if p is None or p.toll or p.date is not None or sj.heading or sj.boilerplate:
            return None
        fm = _FOCUS.search(self.text, s.start, s.end)
        if fm is None or _BACK_TO_OWN.match(self.text, s.start, fm.start()) or \
                _STORY_GOES_ON.search(self.text, s.start, fm.start()):
            return None
        for d in find_dates(self.text, sj.start, sj.end, self.pub):
            cue = _COMPARED_WITH_BEFORE.search(self.text, max(sj.start, d.start - 64), d.start) or \
                _RANKED_SINCE.search(self.text, max(sj.start, d.start - 180), d.start)  # "the worst since the one in X in"
            if cue is None or date_role(self.text, sj.start, sj.end, d) != BACKGROUND:
                continue
            told = [m for m in gazetteer.find_places(self.text, cue.start(), d.start) if m.place.type != "country"]
            if told:
                return d, told[-1].place
        return None

    def the_region(self, i: int) -> gazetteer.Place | None:
        """The province or country sentence i names only as "the province" / "the country" ("six were killed in the
        province in two separate attacks"): the province (country) of the report's own event, when the report has
        placed its event inside one (not "the province of X": that names it)."""
        s = self.sentences[i]
        m = _THE_REGION.search(self.text, s.start, s.end)
        main = self.main()[1] if m is not None else None
        if main is None:
            return None
        if m.group(1).lower() == "country":
            return gazetteer.lookup(main.country)
        if main.type == "country" or not main.admin1:
            return None
        region = gazetteer.lookup(main.admin1)
        return region if region is not None and region.type == "province" else None

    def _definite(self, i: int) -> bool:
        """Sentence i speaks of "the attack" before its toll (the report's own), not of "a bomber"."""
        s = self.sentences[i]
        fm = _FOCUS.search(self.text, s.start, s.end)
        return _THE_EVENT.search(self.text, s.start, fm.start() if fm else s.end) is not None

    def _recent(self, d: DateRef | None) -> bool:
        """``d`` lies within days of publication (or there is no publication date to tell)."""
        if d is None or self.pub is None or isinstance(self.pub, ReportYear):
            return True
        if len(d.value) == 10:
            return abs((self.pub - dt.date.fromisoformat(d.value)).days) <= RECENT_DAYS
        if len(d.value) == 7:
            y, mo = int(d.value[:4]), int(d.value[5:7])
            return (y, mo) == (self.pub.year, self.pub.month) or (
                self.pub.day <= RECENT_DAYS and (y * 12 + mo) == self.pub.year * 12 + self.pub.month - 1)
        return False
