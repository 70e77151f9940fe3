"""Event context of a claim: when and where its event happened, what kind of event it was,
and whether a figure is an aggregate.

``sentence_context`` reads what one sentence (or the clause of one claim) states itself;
``ContextReader`` (in ``reader``) resolves a claim's date and place from its own words first, then its
paragraph, then the report's own event (its lead), never across a clause about another
attack, and says where each came from (``provenance``). Dates are read in ``dates`` (what each
dates in ``dateroles``), what an offset counts from in ``offsetanchors``, places in ``places``,
event kinds and aggregates in ``events``, the clauses that tell of another
attack than the report's own (recalled, earlier, separate, answered) in ``otherattacks``, where
one sentence places its event (its focus clause, dateline, bearing) in ``sentenceplace``.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import gazetteer
from .dateroles import _FOCUS, BACKGROUND, EVENT, MAX_DATES, PERSON_CLAUSE, STATEMENT, UPDATE, compared, date_role
from .dates import (  # noqa: F401 - find_dates, parse_published, date_is_anchored are public here
    _DATE_CUE,
    _OFFSET,
    Offset,
    _offset,
    city_dateline_date,
    city_dateline_end,
    date_is_anchored,
    dateline_date,
    dateline_slip,
    find_dates,
    parse_published,
)
from .datewords import DateRef  # noqa: F401 - DateRef is public here
from .earlier import TRAILING_AFTER, trailing_earlier  # noqa: F401 - TRAILING_AFTER is public here
from .events import _ANY_EVENT, _EVENT_ALL, _EVENT_TYPES, event_type, is_aggregate  # noqa: E402,F401 - public here
from .fastrx import word_start
from .followup import followup_span
from .gates import doc_gated
from .offsetanchors import _TOOK_PLACE_BEFORE, _after_anchor, _before_anchor, _told_after
from .otherattacks import (
    _A_NEW_EVENT,
    _AN_EVENT,
    _ANOTHER,
    _CLAUSE_END,
    _EARLIER_EVENT,
    _EARLIER_OTHER,
    _EARLIER_PERIOD,
    _IN_OTHER_AFTER,
    _LEADING_AFTER,
    _LISTED,
    _LISTED_GATE,
    _MOST_GATE,
    _MOST_OF_ALL,
    _OFFSET_GATE,
    _OFFSET_WORDS,
    _OPENING_LATER,
    _OTHER_ATTACK,
    _OTHER_GATE,
    _SAID,
    _SERIES,
    _SERIES_GATE,
    _SEVERAL,
    _SEVERAL_GATE,
    _THE_NEXT,
    _WEAK_OTHER,
    EARLIER,
    LATER,
    _has,
    _motives,
    _recall_clauses,
    _since_toll,
    _statement_after,
)
from .placerefs import _THE_CITY, _WHERE  # noqa: F401 - public here
from .places import (  # noqa: F401 - best_place is public here
    _compatible,
    _refine,
    _within,
    best_place,
    event_places,
    seat_place,
)
from .sentenceplace import _places
from .tollplaces import claim_window, several_places  # noqa: F401 - several_places is public here

_CLAUSE = re.compile(r",?\s+but\s+|;\s+|,\s+while\s+|\s+whereas\s+|\s+\u2014\s+(?=(?-i:[a-z]))"
                     r"|,\s+and\s+(?=(?:in|on|last|earlier|later|then|months|weeks|days|years|hours|minutes|moments|"
                     r"shortly|soon)\b)"
                     # "The toll in Nangarhar was announced as officials in Helmand reported that 11 were killed": a report
                     # of its own, from its own speakers
                     r"|\s+(?:as|while|when)\s+(?=(?:the\s+)?(?:local\s+|provincial\s+|district\s+)?(?:officials|authorities|police)"
                     r"\s+(?:in|of)\s+[^,;.]{2,50}?\s+(?:reported|said|announced|confirmed)\s+that\b)", re.IGNORECASE)
_LEADING_SUB = re.compile(r"\W*(?:while|although|though|whereas|even\s+though)\b[^,;.]{3,200}?,\s*", re.IGNORECASE)
# a quote opening a new sentence the segmenter left joined (". `Forty-three people were killed,` he said")
_JOINED_QUOTE = re.compile(r"(?<=[a-z0-9][.!?])\s+(?=[`\u2018\u201c\"]\s*[A-Z])")
_QUOTES = ("`", "\u201c", '"', "\u2018")


def clause_breaks(text: str, start: int, end: int):
    """Where the clauses of ``text[start:end]`` meet (``_CLAUSE``, and a joined quote), in order."""
    breaks = list(_CLAUSE.finditer(text, start, end))
    if any(map(text[start:end].__contains__, _QUOTES)):
        joined = list(_JOINED_QUOTE.finditer(text, start, end))
        if joined:
            breaks = sorted(breaks + joined, key=lambda m: m.start())
    return breaks


_FOCUS_CLAIM = word_start([(["claimed", "claiming", "responsibility", r"carried\s+out", "behind"], r"\b")])
_FOCUS_CLAIM = doc_gated(_FOCUS_CLAIM)  # (speed: no scan of a stretch holding none of the strings every match holds)
_ANAPHOR = re.compile(r"^\W*(?:that|this|the\s+(?:earlier|previous|first|second))\s+(?:\w+\s+)?"
                      r"(?:attack|bombing|blast|explosion|incident|assault|strike)\b", re.IGNORECASE)


# an event the hours before a statement of that day ("an attack overnight", "in the early hours")
_HOURS_BEFORE = re.compile(r"\b(?:overnight|in\s+the\s+early\s+hours|in\s+the\s+small\s+hours|before\s+dawn|pre-dawn|"
                           r"predawn|earlier\s+(?:in\s+the\s+day|today))\b", re.IGNORECASE)
_HOURS_BEFORE = doc_gated(_HOURS_BEFORE)  # (speed: no scan of a stretch holding none of the strings every match holds)


# what an offset "before" is counted to when it is not the event ("a day before the elections", "prior to the vote")
_BEFORE_SOMETHING = re.compile(r"\s+(?:to\s+)?(?:the|a|an|his|her|its|their|this|next|polling|voting|election|"
                               r"parliamentary|general|\w+day['\u2019]s"
                               # "two months before she was assassinated", "weeks before Bhutto returned"
                               r"|(?:she|he|they|it|we|being|(?-i:[A-Z][a-z]+))\s+(?:\w+\s+)?(?:was|were|had|is|would|"
                               r"died|returned|left|arrived|took|came|won|lost|\w+ed)"
                               r")\b", re.IGNORECASE)


_WHEN = word_start([(["attacks?", "blasts?", "bombings?", "explosions?", "bomber", "assault", "raid", "strikes?", "incident",
                      "shooting", "ambush", "bombs?", r"air\s?strikes?", r"air-strikes?", r"drone\s+strikes?",
                      # a fight's own words: "the clashes that began Wednesday evening", "the fighting erupted on the
                      # night of ...", "the gunbattle broke out late on Sunday" (dates10)
                      r"clash(?:es)?", "fighting", r"gun-?battles?", r"firefights?", r"gunfights?", r"skirmish(?:es)?",
                      "violence", "siege"],
                     r"\b[^.;]{0,60}?\b(?:occurred|happened|took\s+place|struck|hit|was\s+carried\s+out|went\s+off|"
                     # "injured when a suicide bomber detonated a bomb at the rally late Tuesday"
                     r"tore|came|unfolded|detonated|exploded|blew\s+(?:himself|herself|themselves)\s+up|"
                     # "the bomb was unleashed in combat for the first time Thursday", "the bomb was dropped on Thursday"
                     r"unleashed|dropped|attacked|targeted|stormed|"
                     # its start, or the day as the copula's complement: "the clashes that began Wednesday evening",
                     # "the fighting erupted", "The attacks were on Wednesday night" (dates10)
                     r"began|begun|started|erupted|broke\s+out|(?:was|were)\s+(?:late\s+|early\s+)?on)\b")])

class SentenceContext:
    """What one sentence says of its own about when and where (nothing inherited).

    The place fields (``place``, ``main_place``, ``dateline``) are read from the text on first
    use: many a sentence is asked only for its date."""

    __slots__ = ("date", "fallback", "offset", "other", "anaphor", "main_date", "event", "toll", "when", "_where",
                 "_places", "recalled")

    def __init__(self, date, fallback, offset, other, anaphor, main_date, event, toll, when, where, recalled=False):
        self.date: DateRef | None = date  # an event date of the sentence's focus clause
        self.fallback: DateRef | None = fallback  # a statement or update date: a last resort
        self.offset: Offset | None = offset  # "five days after a bombing", "a week earlier", "a day earlier"
        self.other: bool = other  # the focus clause is about another attack than the report's own
        # ... and says so in so many words ("Earlier, ...", "in a separate attack", "comes weeks after", "in
        # revenge for"): not only a toll over several operations nor a date counted back from another day
        self.recalled: bool = recalled
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
    def joint(self) -> bool:
        """The focus clause gives its figure for two provinces together ("attacks rocked Balochistan
        and Sindh, claiming 26 lives"): ``place`` is their country, not to be refined to either."""
        return self._read_places()[3]

    @property
    def dateline(self) -> gazetteer.Place | None:
        """The dateline's city of a sentence that names only a country."""
        return self._read_places()[2]

    def __repr__(self) -> str:
        fields = ("date", "fallback", "offset", "place", "other", "anaphor", "main_date", "main_place", "event", "toll", "recalled",
                  "when", "dateline")
        return "SentenceContext(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"


_FILE_CAPTION = re.compile(r"FILE(?:\s+PHOTO)?\s*(?:[\-\u2013\u2014:|]|\(\w+\))", re.IGNORECASE)


#: right after a possessive day, the attack it owns: "Sunday's suicide bomb attack", "Friday’s twin blasts"
_DAYS_ATTACK = re.compile(r"(?<=['\u2019]s)(?:\s+[\w\-]+){0,3}?\s+(?:attacks?|bombings?|blasts?|explosions?|assaults?|raids?|"
                          r"strikes?|ambush|massacre|shootings?|carnage)\b", re.IGNORECASE)


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
    if fm is None and text.startswith(("FILE", "File"), start) and _FILE_CAPTION.match(text, start, end):
        # "FILE - A guard on patrol near Taibad, June 1, 2014.": an archive photo's caption, its day and place
        # the photo's (nothing a sentence after it inherits)
        return SentenceContext(None, None, None, False, False, None, False, False, False,
                               (text, start, start, start, start, None), False)
    rs, re_ = start, end
    low = text[start:end].lower()  # substring gates before the costlier patterns
    motives = _motives(text, start, end, low)
    if motives and at is None and fm is not None:
        # "said the attack was revenge for the killing of its leader, and killed 26": the toll word
        # of the sentence's own clause, not one in the motive clause
        for a, b in motives:
            if a <= fm.start() < b:
                nxt = _FOCUS.search(text, b, end)
                if nxt is not None:
                    fm, focus = nxt, nxt.start()
                break
    if "but" in low or ";" in low or "while" in low or "whereas" in low or "\u2014" in low or ", and" in low or \
            "d that" in low or any(map(low.__contains__, _QUOTES)):
        for m in clause_breaks(text, start, end):
            if m.end() <= focus:
                rs = m.end()
            elif m.start() >= focus:
                re_ = m.start()
                break
    lm = _LEADING_SUB.match(text, start, end) if low.lstrip(" \"'\u201c")[:2] in ("wh", "al", "th", "ev") else None
    if lm is not None:
        # "While no group claimed the first bombing in Bannu, the second attack in Mastung was claimed by
        # IS": the opening clause is one clause, the rest another
        if lm.end() <= focus:
            rs = max(rs, lm.end())
        else:
            re_ = min(re_, lm.end())
    if at is not None and _is_dated_list(text, start, end):
        # "a bombing in August 2021 that killed 13 in Kabul, twin bombings in July 2016 that killed 97
        # in Kabul, and ...": each item of a list of attacks has its own date and place
        for m in _LIST_ITEM.finditer(text, rs, re_):
            if m.end() <= focus:
                rs = m.end()
            elif m.start() >= focus:
                re_ = m.start()
                break
    # (up to the end of the toll word: "It follows the killing of 30 people in Kunduz")
    reach = fm.end() + 3 if fm is not None and _FOCUS.match(text, fm.start()) else focus + 1  # (+ " of")
    if fm is not None and (tail := _IN_OTHER_AFTER.match(text, fm.end(), re_)) is not None:
        reach = tail.end()  # "had been killed in last year's incident": the toll of that other attack
    om = _OTHER_ATTACK.search(text, rs, max(rs, min(re_, max(focus + 1, reach)) if fm else re_)) \
        if _has(low, _OTHER_GATE) else None
    # (a toll over several operations: "30 militants were killed in raids"; not a sentence with no toll that tells its
    # attack "during clashes between the army and the Taliban")
    other = om is not None or bool(fm is not None and _has(low, _SEVERAL_GATE) and _SEVERAL.search(text, rs, re_))
    # ("the third attack in a row", "last week's bombing", "also claimed the attack" may be the report's own)
    recalled = om is not None and not _WEAK_OTHER.search(om.group(0)) and (
        not om.group(0).lower().startswith("also") or _AN_EVENT.search(text, om.end(), re_) is not None)
    if not other and fm is not None and _has(low, _MOST_GATE) and _MOST_OF_ALL.match(text, rs, focus):
        other = recalled = True  # "Among the deadliest was an assault on a school in Kabul that killed 40": a list of attacks
    if fm is not None and not recalled and _has(low, _LISTED_GATE) and _LISTED.search(text, rs, focus):
        other = recalled = True  # "... has claimed several attacks this year, among them a bombing that killed two"
    if not other and ("earlier" in low or "previously" in low or "before that" in low) and \
            _EARLIER_OTHER.match(text, rs, re_) and _EARLIER_EVENT.search(text, rs, re_) and \
            (fm is None or not _SAID.search(text, rs, focus)):
        # "Earlier, ten soldiers were killed in an attack in Kech", "Earlier in the afternoon, a bomb went off at a
        # bazaar, killing 12", "Earlier this month four soldiers died in a shootout": another attack, told before (the
        # lead's own told again is _retold's)
        other = recalled = True
    elif not recalled and fm is not None and "earlier" in low and _EARLIER_PERIOD.search(text, rs, re_) and \
            _EARLIER_EVENT.search(text, rs, re_):
        # "Three soldiers were killed in a clash with insurgents earlier this month": an incident of its own at a time
        # set before the report's; past the report's lead it is another incident (the reader decides)
        recalled = EARLIER
    off = None
    other_start = None
    after_ref = None
    told_after = None
    ago_at = None
    for a, b in motives:
        if fm is not None and a <= focus < b:
            # "... revenge for a drone strike last year that killed its leader": the toll is the other event's
            other, other_start, rs, re_ = True, a, max(rs, a), min(re_, b)
            recalled = True
            break
    recall_at = None
    if not other and fm is not None:
        for a, e, rm in _recall_clauses(text, rs, re_, low):
            if e <= focus and _CLAUSE_END.search(text, e, focus) is None:
                # "..., two days after a bomb killed 30 people in Kalat": that bomb's toll
                other, other_start, rs, recalled, recall_at = True, a, e, True, rm
    if not other and fm is not None and _has(low, _SERIES_GATE):
        sm = _SERIES.search(text, rs, focus)
        if sm is not None and _CLAUSE_END.search(text, sm.end(), focus) is None:
            # "the latest in a series of attacks that have killed more than 300": other attacks' toll
            other, other_start, rs = True, sm.start(), max(rs, sm.start())
            recalled = True
    cue = _DATE_CUE.search(text, start, end)
    filed = dateline_date(text, start, end) if cue is not None and cue.start() - start < 30 else None
    slip = None
    if cue is not None and cue.start() - start < 45 and published is not None:
        # "KHUJAND, September 4, 2001, Asia-Plus -- ..." on a report of 2010: a dateline's day its report's date
        # contradicts (a typo) dates nothing, nor is it a base for "yesterday"
        line = filed or (city_dateline_date(text, start, end) if text[start : start + 1].isupper() else None)
        if dateline_slip(line, published):
            filed, slip = None, line[1]
    # relative dates after a dateline ("Monday, March 28, 2016 A bombing ... yesterday") count from it
    dates = find_dates(text, start, end, filed[0] if filed else published)[:MAX_DATES] if cue is not None else []
    if slip is not None:
        dates = [d for d in dates if d.start >= slip]
    # "Karachi, Oct 7 (PTI) ...", after a page's own date line or none: the day the report was filed
    city_end = city_dateline_end(text, filed[1] if filed else start, end) if cue is not None and \
        text[filed[1] if filed else start : (filed[1] if filed else start) + 1].isalpha() else None
    if filed is not None and not any(d.end <= filed[1] for d in dates):
        # "date 2025-03-16 Quetta: ...": an ISO date line, the day the report was filed (a statement's day)
        dates.append(DateRef(filed[0].isoformat(), "day", start, filed[1]))  # last: a last resort
    roles: list[str] = []
    prev = None
    for d in dates:
        r = STATEMENT if filed is not None and d.end <= filed[1] or city_end is not None and d.end <= city_end \
            else date_role(text, start, end, d, prev)
        if r == EVENT and any(a <= d.start < b and not a <= focus < b for a, b in motives):
            r = BACKGROUND  # "revenge for a drone strike last year": that strike's date, not the toll's
        roles.append(r)
        prev = (d, r)
    said = [d for d, r in zip(dates, roles, strict=True) if r in (STATEMENT, UPDATE)]
    since = _since_toll(text, dates, roles, rs, focus) if fm is not None and "since" in low else None
    if since is not None:  # "the deadliest since the May 2020 attack ..., in which 24 were killed": that attack's
        other = True
    for m in (_OFFSET.finditer(text, rs, re_) if _has(low, _OFFSET_GATE) and (
            not low.isascii() or _OFFSET_WORDS.search(low)) else ()):
        if not m.group("dir") and not m.group("dayb"):
            continue
        o = _offset(m)
        if o is None:
            continue
        direction = (m.group("dir") or "before").lower()
        if m.group("soon"):
            # "Shortly after (the Kabul blast), a bicycle bomb exploded in Mazar": a new attack the same day;
            # not "Soon after, police said 20 had died" (the story going on)
            if fm is None or m.start() > focus or not _OPENING_LATER.fullmatch(text, rs, m.start()) or \
                    _A_NEW_EVENT.search(text, m.end(), focus) is None:
                continue
            direction = "later"
        if direction in ("before", "prior") and _BEFORE_SOMETHING.match(text, m.end(), re_):
            # "announced Wednesday, a day before the elections": Wednesday lies before the elections;
            # the phrase dates nothing back from Wednesday
            continue
        if direction == "later":  # "Hours later, a bomb in Kunduz ...": another attack, after the one told before
            if m.start() > focus or not _OPENING_LATER.fullmatch(text, rs, m.start()):
                continue
            other = True
            # a toll of a new attack ("hours later a second blast killed five"), not the story going on ("An hour
            # later, attackers killed a guard") nor the attack claimed ("Two days later the group claimed the attack")
            if not recalled and fm is not None and _FOCUS.match(text, fm.start()) is not None and \
                    _A_NEW_EVENT.search(text, m.end(), re_) is not None:
                # ("Hours later, a bomber killed dozens in Mastung" may be the report's lead told in order:
                # LATER lets the reader decide; "a second bomb", "another blast" is another attack)
                recalled = True if _ANOTHER.search(text, m.end(), re_) else LATER
            off = Offset(-o[0], o[1], "sentence" if said else "previous")
            if m.group("soon") and not said and m.group("dir").lower() == "after" and _THE_NEXT.match(text, m.end()):
                off = Offset(0, "day", "main")  # "Shortly after the Kabul blast, ...": the day of the report's own attack
            break
        if direction == "after" and m.end() < focus and _statement_after(text, m.end(), end):
            continue  # "It comes hours after the ministry said only six were killed": that toll told earlier
        if direction == "after":
            if m.start() > focus or not (_LEADING_AFTER.search(text, max(rs, m.start() - 24), m.start())
                                         or _TOOK_PLACE_BEFORE.search(text, max(rs, m.start() - 30), m.start())):
                # "buried their dead on Thursday, a day after a truck bomb exploded": the attack
                # lies that many days before the date the phrase hangs on
                ref = _after_anchor(text, dates, m, rs, re_, focus if fm is not None else end)
                if ref is not None:
                    day = dt.date.fromisoformat(ref.value) - dt.timedelta(days=o[0])
                    after_ref = (ref, DateRef(day.isoformat(), o[1], ref.start, ref.end, True))
                elif fm is None and (told := _told_after(text, dates, roles, m, rs, re_, o)) is not None:
                    # "Today's attack takes place just 10 days after 25 militants escaped from a prison in Dushanbe":
                    # no toll here; the clause after the phrase tells of another event, that many days before
                    other, other_start, recalled, rs, told_after = True, m.start(), True, m.end(), told
                    break
                elif fm is not None and trailing_earlier(text, rs, m, focus):
                    # "Three guards were killed in Iran, state media said, two days after seven officers were killed
                    # in an air raid in Syria": the toll of the clause after the phrase is that earlier attack's (ctx10)
                    other, other_start, recalled, rs = True, m.start(), True, m.end()
                    off = Offset(o[0], o[1], "sentence" if said else "main")
                    break
                continue  # "killed two days after the wedding": not a date of another attack
            if fm is not None and m.end() < focus and (comma := _main_clause_comma(text, m.end(), focus)) > 0 and \
                    event_type(text[m.end() : comma]) is None and not _EARLIER_EVENT.search(text, m.end(), comma) and \
                    not _ATTACK_VERB.search(text, m.end(), comma):
                # "Wednesday, just hours after the pickers had gone home, a drone hit the site, killing 30": the
                # clause dates an ordinary happening, no attack; the toll after it is the report's own
                continue
            other, other_start, recalled = True, m.start(), True
            rs = m.end()
            off = Offset(o[0], o[1], "sentence" if said else "main")
        elif direction == "ago":
            off = Offset(o[0], o[1], "published")
            ago_at = m.start()
            if o[0] >= 2 and m.start() < focus and _OPENING_LATER.fullmatch(text, rs, m.start()):
                other = recalled = True  # "A week ago, gunmen killed 22 in a hotel": an attack before the report's own
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
                # "A day earlier, a bomb killed three": told as another attack (not "... and in the hours before it")
                recalled = recalled or m.start() < focus and _OPENING_LATER.fullmatch(text, rs, m.start()) is not None
                if o[1] in ("month", "year") and _OPENING_LATER.fullmatch(text, rs, m.start()):
                    # "... in 2015. Two years earlier, the group killed 14": years before the date told just before
                    off = Offset(o[0], o[1], "previous")
        break
    recall_date = None
    if recall_at is not None and recall_at.group("off") and off is None:
        # "Gunmen killed 12 on Monday, two days after a bomb killed 30": two days before that Monday
        om2 = _OFFSET.match(text, recall_at.start("off"))
        o = _offset(om2) if om2 is not None else None
        if o is not None:
            ref = next((d for d, r in zip(reversed(dates), reversed(roles), strict=True)
                        if d.precision == "day" and d.end <= recall_at.start() and r in (EVENT, STATEMENT)), None)
            if ref is not None:
                day = dt.date.fromisoformat(ref.value) - dt.timedelta(days=o[0])
                recall_date = DateRef(day.isoformat()[:4] if o[1] == "year" else day.isoformat(), o[1], ref.start,
                                      ref.end, True)
            else:
                off = Offset(o[0], o[1], "main")
    # a follow-up ("troops killed four militants after the attack on October 26"): the attack's words date that attack
    fu = followup_span(text, rs, re_, focus, low) if fm is not None and not other and off is None else None
    # dates of the focus clause that date the event, nearest the toll first
    own = [d for d, r in zip(dates, roles, strict=True) if r == EVENT and rs <= d.start < re_
           and (fu is None or not fu[0] <= d.start < fu[1])]
    if not own and told_after is not None:
        own = [told_after]
    if not own and recall_date is not None:
        own = [recall_date]
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
    if since is not None:
        own, other_start = [since[0]], since[1]
    if len(own) > 1:  # "killed in the worst attack of 2023 ... on Monday": Monday
        own = [d for d in own if not compared(text, start, d)] or own
    if len(own) > 1:
        # "families spent Monday burying their dead as the toll from Sunday's bombing rose to 72": the day an attack
        # noun owns is the attack's; the sentence's other days are what followed it
        own = [d for d in own if _DAYS_ATTACK.match(text, d.end, min(end, d.end + 60))] or own
    own.sort(key=lambda d: (abs(d.start - focus), d.start))
    date = own[0] if own else None
    if date is None and not other and (rs, re_) != (start, end):
        rest = [d for d, r in zip(dates, roles, strict=True) if r == EVENT]
        date = rest[0] if rest else None
    fallback = said[0] if said else None
    if date is None and fu is not None:
        # a follow-up with no day of its own: the day it was told, else the report's own day (loosely), never
        # the attack's it answers (an outlet naming "Tuesday" and a copy without it give one date) (dates10)
        if fallback is not None and fallback.precision == "day":
            date = DateRef(fallback.value, "day", fallback.start, fallback.end, True)
        elif type(published) is dt.date:
            date = DateRef(published.isoformat(), "week", fu[0], fu[0], True)
    if date is None and not other and fallback is not None and fallback.precision == "day" and \
            _HOURS_BEFORE.search(text, rs, re_):
        # "killed in an attack overnight, an official told state TV on Friday": the night before the
        # statement's day, that day (padded a day by matching), not the week before it
        date = DateRef(fallback.value, "day", fallback.start, fallback.end, True)
    if date is None and not other and fallback is None and type(published) is dt.date and not dates and \
            (hb := _HOURS_BEFORE.search(text, rs, re_)) is not None:
        # "killed in an attack overnight", with no day named: the night before the report's own day, as a last
        # resort (loose, like a statement's day: a later "in the pre-dawn attack" keeps the lead's day); not an
        # undated report's (its year only, dates.ReportYear)
        fallback = DateRef(published.isoformat(), "day", hb.start(), hb.end(), True)
    if fallback is None and other:  # "killed dozens in operations since the bombing on Friday": after that day
        bg = [d for d, r in zip(dates, roles, strict=True) if r == BACKGROUND and rs <= d.start < re_]
        fallback = bg[-1] if bg else None
    if off is not None and off.anchor == "sentence" and fallback is not None and fallback.precision == "day":
        base = dt.date.fromisoformat(fallback.value)
        day = base - dt.timedelta(days=off.days)
        if date is None:
            date = DateRef(day.isoformat()[:4] if off.precision == "year" else day.isoformat(), off.precision,
                           fallback.start, fallback.end, True)
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
    prs, pre_ = rs, re_
    if at is not None:  # a sentence with figures for several towns: the part that places this one
        window = claim_window(text, rs, re_, at)
        if window is not None:
            prs, pre_ = window
    return SentenceContext(date, fallback, off, other, anaphor, main_date, event, fm is not None, when,
                           (text, start, end, prs, pre_, other_start), recalled)


def _main_clause_comma(text: str, start: int, focus: int) -> int:
    """The comma after which the main clause opens ("hours after the pickers, tired, went home, a drone hit"), past
    an apposition or a list ("after its partner, al Qaeda, attacked"); -1 when none comes before ``focus``."""
    k = text.find(",", start, focus)
    while k > 0:
        if _CLAUSE_OPENS.match(text, k + 1):
            return k
        k = text.find(",", k + 1, focus)
    return -1


_CLAUSE_OPENS = re.compile(r"\s+(?:(?:a|an|the)\b|\d|[A-Z])")
# a clause telling of an attack by its verb ("after its allies attacked a consulate", "after gunmen stormed a hotel")
_ATTACK_VERB = re.compile(r"\b(?:attack(?:ed|s)?|storm(?:ed|s)?|struck|strikes?|bomb(?:ed|s)?|kill(?:ed|s|ing)?|hit|raid(?:ed|s)?|"
                          r"ambush(?:ed|es)?|blew|shot|shell(?:ed|s)?|seiz(?:ed|es)|target(?:ed|s)?|exploded|detonated|"
                          r"opened\s+fire|massacred?|abduct(?:ed|s)?|kidnapp?(?:ed|s)?)\b", re.IGNORECASE)


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


from .leadevent import LEAD, MAIN_DATE, RECENT_DAYS, WHERE_AHEAD  # noqa: E402,F401 - public here
from .reader import LOOKAHEAD, LOOKBACK, ContextReader  # noqa: E402,F401 - public here
