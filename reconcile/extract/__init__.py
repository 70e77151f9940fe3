"""Claims from report text: ``extract_claims(source) -> list[Claim]``.

A pure function of ``source.text`` and ``source.published``. The text is never
normalized: every claim's ``span_start:span_end`` indexes ``source.text`` and its
``quote`` is the sentence. Stages, one module each:

- ``segment``   paragraphs and sentences with offsets; page boilerplate marked
- ``numbers``   count phrases -> intervals (hedges, ranges, vague quantities)
- ``victims``   victim noun phrases -> a small label vocabulary
- ``rules``     the kind rules (killed, injured, strength, attacks, founded, leader, attribution)
- ``claimants`` who asserts a claim, and in which role
- ``context``   event date, place, event type, aggregate totals

``event_id`` and ``subject`` are left to clustering.
"""

from __future__ import annotations

import logging
import re
from itertools import islice

from .. import aliases, gazetteer
from ..models import Claim, Source
from . import attackers, context, coref, fallback, fields, groups, headlines, memo, ownside, rules, sharedhedge
from .borderfight import border_place
from .claimants import PRONOUNS, Claimant, claimant_for, classify, find_claimants
from .fastrx import word_start
from .figuregroup import nearest_group
from .gates import may_match, required
from .record import fast_claim_id, new_claim
from .roles import publisher_role
from .segment import Sentence, segment
from .speakers import PERSON_PRONOUNS

log = logging.getLogger(__name__)

__all__ = ["extract_claims"]

#: A "sentence" with more figures than this is a table or noise, not prose: no claims.
MAX_PER_SENTENCE = 16
#: Nor does a "sentence" with more count phrases than this get the rules at all.
MAX_NUMBERS_PER_SENTENCE = 24
EVENT_KINDS = {"killed", "injured", "attribution", "attacks"}
#: A count above this gets a warning (still a claim); above rules.MAX_PLAUSIBLE no claim.
WARN_ABOVE = 1_000_000


class cached_property:  # noqa: N801 - functools.cached_property, less its lock (Python 3.11 takes one per first read)
    """A value computed on first read and kept in the instance's ``__dict__``."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class _Ctx:
    """Context read from one sentence; each part is computed on first use."""

    def __init__(self, reader: _Reader, i: int):
        self.r = reader
        self.i = i
        self.sent = reader.sentences[i]

    @cached_property
    def dates(self) -> list:
        t, s, e = self.r.text, self.sent.start, self.sent.end
        if self.sent.boilerplate:
            return []
        return [d for d in context.find_dates(t, s, e, self.r.pub)
                if not t[max(s, d.start - 6) : d.start].lower().endswith("since ")]

    @cached_property
    def place(self):
        return None if self.sent.boilerplate else context.best_place(self.r.text, self.sent.start, self.sent.end)

    @cached_property
    def etype(self) -> str | None:
        if self.sent.boilerplate:
            return None
        t = self.r.etypes.get(self.i, self)
        if t is self:
            t = self.r.etypes[self.i] = context.event_type(self.r.text[self.sent.start : self.sent.end])
        return t

    @cached_property
    def groups(self) -> list:
        if self.sent.boilerplate:
            return []
        t, s, e = self.r.text, self.sent.start, self.sent.end
        return [a for a in aliases.find_actors(t, s, e) if a.actor.type == "group"]


class _Reader:
    """One source, read sentence by sentence; context is looked up lazily, backwards."""

    #: How many sentences back a claim looks for its event's date, place and type.
    LOOKBACK = 6

    def __init__(self, source: Source):
        self.source = source
        self.text = source.text or ""
        self.pub = context.parse_published(source.published)
        self.sentences = segment(self.text)
        self.title = headlines.title_block(self.sentences)  # headings read for a toll the body does not give
        self._ctx: dict[int, _Ctx] = {}
        self._claimants: dict[int, list] = {}
        self.etypes: dict[int, str | None] = {}  # event_type of sentence i, shared with the ContextReader

    def claimants(self, i: int) -> list:
        """The claimants named in sentence i (computed once per sentence)."""
        c = self._claimants.get(i)
        if c is None:
            sent = self.sentences[i]
            c = self._claimants[i] = find_claimants(self.text, sent.start, sent.end, self.source.published)
        return c

    def ctx(self, i: int) -> _Ctx:
        c = self._ctx.get(i)
        if c is None:
            c = self._ctx[i] = _Ctx(self, i)
        return c

    def event_context(self, i: int):
        """(date, place, event type) of sentence i: date and place as context.ContextReader
        resolves them (its own words first, then its paragraph, then the report's lead)."""
        if not hasattr(self, "_context"):
            self._context = context.ContextReader(self.text, self.sentences, self.pub, self.etypes)
        date, place = self._context.event_context(i)
        etype = self.ctx(i).etype
        for j in range(i - 1, max(-1, i - 1 - self.LOOKBACK), -1):
            if etype is not None:
                break
            etype = self.ctx(j).etype
        return date, place, etype

    def claim_context(self, i: int, at: int, date, place, kind: str | None = None):
        """(date, place) of the claim at offset ``at``: its own clause's when sentence i has several.
        A claim of another kind than an event's takes no event context: it is not looked up (except
        with a publication date in year 1, where looking it up may overflow and drop the sentence)."""
        if kind is not None and kind not in EVENT_KINDS and (self.pub is None or self.pub.year > 1):
            return date, place
        return self._context.event_context(i, at) if hasattr(self, "_context") else (date, place)

    def recent_groups(self, i: int) -> list[str]:
        """Groups that "the group" / "it" of sentence i may stand for, the likeliest first
        (reversed by the caller): the report's topic group (named in its title or lead)
        when it was named in the last few sentences, else the last group named."""
        out: list[str] = []
        for j in range(i - 1, max(-1, i - 6), -1):
            for g in reversed(self.ctx(j).groups):
                out.append(g.actor.id)
            if out:
                break
        topic = self.topic_group()
        # (speed: the cheap tests first; the groups of the five sentences before are read only when needed)
        if topic is not None and (not out or _ANAPHOR.search(self.text, self.sentences[i].start, self.sentences[i].end)
                                  or topic in (g.actor.id for j in range(max(0, i - 5), i) for g in self.ctx(j).groups)):
            out = [x for x in out if x != topic] + [topic]
            out.reverse()  # out[0] is the one chosen
        return out

    def topic_group(self) -> str | None:
        for j in range(min(2, len(self.sentences))):
            if self.ctx(j).groups:
                return self.ctx(j).groups[0].actor.id
        return None


def extract_claims(source: Source) -> list[Claim]:
    """Every claim the rules find in ``source.text``. Never raises."""
    # the place and actor caches hold this source's sentences only (no gain from other reports)
    gazetteer.gazetteer().clear_cache()
    aliases.table().clear_cache()
    memo.clear()
    try:
        return _extract(source)
    except Exception as e:  # noqa: BLE001 - a last guard: report text must never crash ingest
        log.warning("extraction failed for %s: %s", source.id, e)
        return []


def _extract(source: Source) -> list[Claim]:
    reader = _Reader(source)
    claims: list[Claim] = []
    where: dict[str, int] = {}
    text, prefilter = reader.text, rules.PREFILTER.search
    for i, sent in enumerate(reader.sentences):
        if sent.boilerplate or sent.caption or (sent.heading and i not in reader.title and
                                                not fields.is_field(reader.text, sent.start, sent.end)):
            continue
        # the prefilter of _sentence, read here (speed: two sentences in three end at it, without the call)
        low = text[sent.start : sent.end].lower()
        if not prefilter(low) and not sent.heading and not rules.glued_count(text, sent.start, sent.end):
            continue  # (a heading here is a profile field; "advertisementOne soldier": a number word glued on)
        try:
            new = _sentence(reader, i, low)
        except Exception as e:  # noqa: BLE001 - one bad sentence must not lose the others
            log.warning("sentence %d of %s skipped: %s", i, source.id, e)
            continue
        for c in new:
            where[c.id] = i
        claims.extend(new)
    claims = headlines.without_repeats(claims, {c.id for c in claims if where[c.id] in reader.title})
    groups.flag_withdrawn(claims, reader.text)
    _propagate_perpetrators(claims, where)
    return _dedupe(claims)


_UNREAD = object()


def _sentence(reader: _Reader, i: int, low: str | None = None) -> list[Claim]:
    """The claims of sentence i; ``low``, its lower case, is given by a caller that ran the prefilter."""
    text, sent, source = reader.text, reader.sentences[i], reader.source
    s, e = sent.start, sent.end
    quote = text[s:e]
    if low is None:
        low = quote.lower()
        if not rules.PREFILTER.search(low) and not sent.heading and not rules.glued_count(text, s, e):
            return []  # (a heading here is a profile field)
    if quote.rstrip(" \"'*\u201d\u2019)").endswith("?"):
        return []  # a question asserts nothing
    found: list[rules.Found] = []
    # more places a count could start than a sentence may hold: look for them all (the table guard)
    # (a sentence too short to hold that many is not scanned: see _COUNT_START_ROOM)
    many = len(quote.translate(_COUNT_START_ROOM)) >= MAX_NUMBERS_PER_SENTENCE and \
        next(islice(_COUNT_START_BOUND.finditer(quote), MAX_NUMBERS_PER_SENTENCE, None), None) is not None
    starts = rules.number_starts(text, s, e) if many else None
    if starts is not None and len(starts) > MAX_NUMBERS_PER_SENTENCE:
        log.info("sentence %d of %s: %d numbers, read as a table or noise", i, source.id, len(starts))
        return []
    casualty_cue = rules.CASUALTY_CUE.search(low)
    strength_cue = rules.STRENGTH_CUE.search(low)
    figure_cue = not strength_cue and may_match(_GATE_FIGURE_NOUN, low) and rules.FIGURE_NOUN_CUE.search(low)
    attacks_cue = rules.ATTACKS_CUE.search(low)
    single_cue = _UNREAD  # read once, when needed
    if starts is None:  # count phrases are looked for only when a rule will read them
        needed = casualty_cue or strength_cue or figure_cue or attacks_cue
        if not needed:
            needed = single_cue = rules.SINGLE_CUE.search(low)
        starts = rules.number_starts(text, s, e) if needed else []
    if starts:
        if casualty_cue:
            found.extend(rules.casualties(text, s, e, starts))
        if strength_cue:  # ("... were left in the Vanni stronghold": a cue word, and a figure of the fighters named before)
            before = may_match(_GATE_FIGURE_NOUN, low) and rules.FIGURE_NOUN_CUE.search(low) and _previous_counts_fighters(reader, i)
            found.extend(rules.strength(text, s, e, starts, fighters_before=bool(before)))
        elif figure_cue and _previous_counts_fighters(reader, i):
            # "Other officials have put the number at about 2,000." after a sentence about fighters
            found.extend(rules.strength(text, s, e, starts, fighters_before=True))
        if attacks_cue:
            found.extend(rules.attacks(text, s, e))
    elif rules.SINGLE_CUE.search(low) if single_cue is _UNREAD else single_cue:
        found.extend(rules.casualties(text, s, e, starts))  # only the singular rule can fire here
    if rules.FOUNDED_CUE.search(low):
        found.extend(rules.founded(text, s, e))
    if rules.LEADER_CUE.search(low):
        found.extend(rules.leaders(text, s, e))
    if rules.ATTR_CUE.search(low):
        found.extend(rules.attributions(text, s, e, reader.ctx(i).groups))
    if casualty_cue and starts:  # the last resort: a count next to a casualty word that no shaped rule read
        found.extend(fallback.near(text, s, e, starts, found))
    elif not casualty_cue and fallback.EXTRA_CUE.search(low):
        found.extend(fallback.near(text, s, e, rules.number_starts(text, s, e), found))
    # a "Key: value" field of a profile page ("Number Of Members: 25,000+"), or a value line of one broken over
    # lines ("Size200-300 (after 2015)" / "500-1,000 (2004)."): its own rules only
    if sent.heading or (text[s : s + 1].isdigit() and fields.is_field(text, s, e)):
        found = list(fields.fields(text, s, e)) + (headlines.title_figures(found) if i in reader.title else [])
    elif "(" in quote and fields.continues_strength(text, s, e):  # a size cell's further line, closed by a full stop
        found = list(fields.fields(text, s, e))
    if not found:
        return []
    found = _dedupe_found(found)
    sharedhedge.share_hedges(text, found)  # "At least 9 people were killed and 30 injured": 30 a floor too
    if len(found) > MAX_PER_SENTENCE:
        log.info("sentence %d of %s: %d figures, read as noise", i, source.id, len(found))
        return []
    own = reader.ctx(i)
    if any(f.kind in EVENT_KINDS for f in found):
        date, place, etype = reader.event_context(i)
    else:  # subject claims (strength, founded, leader) take no event context
        date = place = etype = None
    claimants = [_resolve_pronoun(reader, i, c) for c in reader.claimants(i)]
    # only an event claim is ever marked aggregate or takes its context from the flag
    aggregate = context.is_aggregate(quote) if any(f.kind in EVENT_KINDS for f in found) else False
    perp = _sentence_perpetrator(found)
    if perp is None and not aggregate and any(f.kind in ("killed", "injured") for f in found):
        # "the AQIS raid left ten attackers dead": a group named as the attack's author
        perp = attackers.named_attacker(text, s, e, reader.ctx(i).groups)
    needs_group = any(f.kind in ("strength", "founded", "leader") for f in found)
    prior_groups = list(reversed(reader.recent_groups(i))) if needs_group else []
    out: list[Claim] = []
    for f in found:
        try:
            claimant = claimant_for(claimants, f.start, f.end)
            d, p = reader.claim_context(i, f.start, date, place, f.kind)
            told = f.kind in EVENT_KINDS and not aggregate and reader._context.recalled(i, f.start)
            if told:  # another event than the report's own: the report's own day and place are not its
                dsrc, psrc = reader._context.provenance(i, f.start)
                d, p = (None if dsrc == "lead" else d), (None if psrc == "lead" else p)
            elif f.kind in EVENT_KINDS and not aggregate:
                p = border_place(text, s, e, p) or p  # a fight of two states across their border: on the border
            out.append(_claim(text, f, sent, source, claimant, aggregate, perp, own, prior_groups, d, p, etype))
            if told:
                out[-1].recalled = True  # its clause tells of another event than the report's own
        except ValueError as err:  # a claim that fails validation is dropped, never raised
            log.debug("claim dropped in %s: %s", source.id, err)
    return out


def _resolve_pronoun(reader: _Reader, i: int, c: Claimant) -> Claimant:
    """ "He said ..." : the claimant named in the sentences just before, if any;
    "Mujahid said": the role given where the report introduced that person."""
    if c.text is None:
        return c
    if _ANAPHORIC_REPORT.fullmatch(c.text.strip()):
        return _resolve_report(reader, i, c)
    if c.text.lower() not in PRONOUNS:
        if c.role == "unknown" and c.text[:1].isupper():
            return _resolve_name(reader, i, c)
        return c
    person = c.text.lower() in PERSON_PRONOUNS  # a person: not a database or a ministry named in between
    # "Interior Minister X condemned the blast. | In a statement, he ...": the titled person named before, when no
    # speaker is named after that person
    titled = coref.titled_person_before(reader.text, reader.sentences[i].start, reader.source.published) if person else None
    for j in range(i - 1, max(-1, i - (9 if person else 4)), -1):
        prev = reader.sentences[j]
        if prev.boilerplate:
            continue
        named = [p for p in reader.claimants(j) if p.text and p.text.lower() not in PRONOUNS
                 and not (person and _INSTITUTION.search(p.text))]
        if named:
            p = named[-1]
            if titled is not None and titled[2] > p.end:
                return Claimant(titled[0], titled[1], c.start, c.end)
            if person and p.role == "unknown" and p.text[:1].isupper():
                p = _resolve_name(reader, j, p)  # "Sirajuddin said" there: the role where he was introduced
            return Claimant(p.text, p.role, c.start, c.end)
    if titled is not None:
        return Claimant(titled[0], titled[1], c.start, c.end)
    return c


#: a claimant that is no person ("the New American database", "the interior ministry"): never "he" or "she"
_INSTITUTION = re.compile(r"\b(?:database|foundation|institute|ministry|department|agency|organi[sz]ation|office|cent(?:re|er)|"
                          r"think\s+tank|council|committee|commission|government|administration|authorities|media|website|"
                          r"newspaper|channel|television|radio|report|study|survey|data|figures|statement|tally)\s*$",
                          re.IGNORECASE)


_ANAPHORIC_REPORT = re.compile(r"(?:in\s+)?(?:the|this|that|its|their)\s+(?:latest\s+|new\s+)?(?:report|study|"
                                r"statement|assessment|survey|document|update|analysis|review)", re.IGNORECASE)


def _resolve_report(reader: _Reader, i: int, c: Claimant) -> Claimant:
    """ "In this report, ..." : the body whose report the sentence before named."""
    for j in range(i - 1, max(-1, i - 4), -1):
        prev = reader.sentences[j]
        if prev.boilerplate:
            continue
        named = [p for p in reader.claimants(j)
                 if p.text and p.role not in ("unknown", "reporter") and not _ANAPHORIC_REPORT.fullmatch(p.text)]
        if named:
            return Claimant(named[-1].text, named[-1].role, c.start, c.end)
        orgs = [a for a in aliases.find_actors(reader.text, prev.start, prev.end) if a.actor.type == "organisation"]
        if orgs:
            o = orgs[0]
            return Claimant(o.text, o.actor.role or c.role, c.start, c.end)
    return c


_SAID_IN = re.compile(r"\b(?:said|says|say|told|tells|added|adds|stated|claimed|reported|disclosed|announced)\b")


def _resolve_name(reader: _Reader, i: int, c: Claimant) -> Claimant:
    last = c.text.split()[-1]
    for j in range(i - 1, max(-1, i - 40), -1):
        prev = reader.sentences[j]
        if prev.boilerplate:
            continue
        k = reader.text.find(last, prev.start, prev.end)
        if k < 0:
            continue
        for p in reader.claimants(j):
            if p.role != "unknown" and (last in (p.text or "") or 0 <= p.start - k <= 120 or 0 <= k - p.end <= 40):
                return Claimant(f"{c.text} ({p.text})" if last not in (p.text or "") else p.text, p.role, c.start, c.end)
        # "NAME, the main spokesman for X," without a reporting verb of its own
        tail = reader.text[k : min(prev.end, k + 140)]
        m = re.match(r"[\w'\u2019\- ]{0,40},\s*(?P<title>[^,;]{3,100})", tail)
        if m and _SAID_IN.search(tail, 0, m.start("title")):
            m = None  # "Tan said that in Sulu alone, 22 bandits had been killed": what NAME said, no title of NAME
        if m and classify(m.group("title"), reader.source.published) not in ("unknown",):
            return Claimant(f"{c.text}, {m.group('title').strip()}", classify(m.group("title"), reader.source.published),
                            c.start, c.end)
    return c


#: Every count phrase rules.number_starts finds has a core of its own, starting at a digit or at one
#: of these words ("a" for "a hundred"): how often they occur bounds the number of count phrases.
_COUNT_START_BOUND = word_start(
    [(rules._NUMBER_WORDS + ["dozen", "dozens", "scores", "several", "few", "handful", "couple", "tens", "half", "a"],
      r"\b", True)], digit="")

#: Speed: a bound on how often _COUNT_START_BOUND matches, cheaper than the scan. Each match is a
#: digit (one match per ``\d``) or a word whose first letter follows a character that is no ``\w``
#: (or opens the sentence): at most one match per digit, one per non-word character, plus one. Deleting
#: the ASCII letters and "_" keeps every digit and every non-word character (and any other non-ASCII
#: character), so ``1 + len(quote.translate(_COUNT_START_ROOM))`` is never below the number of matches:
#: below MAX_NUMBERS_PER_SENTENCE + 1 the sentence cannot reach the guard and is not scanned.
_COUNT_START_ROOM = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")

#: Speed: the strings every FIGURE_NOUN_CUE match holds (gates.required): 6.9 -> 4.0 us a sentence
_GATE_FIGURE_NOUN = required(rules.FIGURE_NOUN_CUE)

#: "the group", "the branch", "it": a sentence about the report's topic group
_ANAPHOR = word_start([([r"the\s+(?:group|branch|organi[sz]ation|movement|affiliate|outfit)(?:['\u2019]s)?", "it", "its"],
                         r"\b")])


def _previous_counts_fighters(reader: _Reader, i: int, depth: int = 2) -> bool:
    # the sentence just before, in this paragraph or ending the one before (a wire's one-sentence paragraphs)
    if i == 0 or reader.sentences[i - 1].para < reader.sentences[i].para - 1 or reader.sentences[i - 1].boilerplate:
        return False
    prev = reader.sentences[i - 1]
    if rules.STRENGTH_NOUN_RX.search(reader.text, prev.start, prev.end):
        return True
    # or a figure of them itself ("... up to 17,000 left in Iraq." "The UN gave yet another estimate: ...")
    low = reader.text[prev.start : prev.end].lower()
    return depth > 1 and bool(rules.FIGURE_NOUN_CUE.search(low)) and any(ch.isdigit() for ch in low) \
        and _previous_counts_fighters(reader, i - 1, depth - 1)


def _sentence_perpetrator(found) -> str | None:
    for f in found:
        if f.kind == "attribution":
            return f.entity
    return None


def _claim(text, f: rules.Found, sent: Sentence, source: Source, claimant: Claimant | None, aggregate: bool,
           perp: str | None, own: _Ctx, prior_groups, date, place, etype) -> Claim:
    kind = f.kind
    count = f.count
    warning = None
    value_low = value_high = None
    qualifier = value_text = None
    extractor = f"{kind}.{f.rule}"
    if count is not None:
        value_low, value_high, qualifier = count.low, count.high, count.qualifier
        value_text = text[f.num_start : f.num_end]
        if count.vague:
            extractor += f"+vague:{count.vague}"
        top = value_high if value_high is not None else value_low
        if count.warning or (top is not None and top > WARN_ABOVE and kind != "founded"):
            warning = count.warning or f"implausibly large count ({top:,})"
    entity = f.entity
    entity_text = f.entity_text
    if kind in ("strength", "founded") and entity is None:  # (a profile page's field names its group itself)
        g = nearest_group(text, f, own.groups)
        if g is not None:
            entity, entity_text = g.actor.id, g.text
        elif prior_groups:
            entity = prior_groups[-1]
            entity_text = None
    scope = f.scope
    if kind == "leader" and scope is None:
        g = nearest_group(text, f, own.groups)
        scope = g.actor.id if g is not None else (prior_groups[-1] if prior_groups else None)

    # claimant
    if claimant is not None:
        who, role = claimant.text, claimant.role
    else:
        who, role = source.publisher, publisher_role(source.publisher)  # (a think tank's own study: a researcher's)
    if kind == "attribution" and f.rule == "claimed_responsibility":
        who, role = f.entity_text, "perpetrator"
    if role == "official" and kind in ("killed", "injured"):  # a state counting whom its own forces killed (ownside)
        role = ownside.role_for(text, sent.start, sent.end, who, role, f.victims, f.start, f.end)

    # event context
    is_event = kind in EVENT_KINDS
    event_date = precision = None
    pl = None
    if is_event and not aggregate:
        if date is not None:
            event_date, precision = date.value, date.precision
        pl = place
    elif own.dates:
        d = _subject_date(own.dates, f) if kind == "strength" else own.dates[0]
        event_date, precision = d.value, d.precision
        if aggregate and is_event:
            pl = own.place
    perpetrator = None
    if kind in ("killed", "injured", "attacks", "attribution"):
        perpetrator = perp if kind != "attribution" else f.entity
    victims = f.victims if kind in ("killed", "injured") else None
    span_start, span_end = f.start, f.end
    return new_claim(
        id=fast_claim_id(source.id, kind, span_start, span_end, victims),
        source_id=source.id,
        kind=kind,
        value_low=value_low,
        value_high=value_high,
        qualifier=qualifier,
        value_text=value_text,
        victims=victims,
        entity=entity,
        entity_text=entity_text,
        quote=text[sent.start : sent.end],
        span_start=span_start,
        span_end=span_end,
        claimant=who,
        claimant_role=role,
        event_date=event_date,
        date_precision=precision,
        place=pl.name if pl is not None else None,
        admin1=pl.admin1 if pl is not None else None,
        country=pl.country if pl is not None else None,
        event_type=etype if is_event else None,
        perpetrator=perpetrator,
        aggregate=bool(aggregate and kind in ("killed", "injured", "attacks", "attribution")),
        scope=scope,
        extractor=extractor,
        warning=warning,
    )


def _subject_date(dates: list, f: rules.Found):
    """The date a strength figure is told for: the one written right after it ("390 in 2009 and 340 in 2010"),
    else the last one before it, else the sentence's first."""
    if len(dates) == 1 or f.num_start < 0:
        return dates[0]
    after = [d for d in dates if f.num_end <= d.start <= f.num_end + 25]
    if after:
        return after[0]
    before = [d for d in dates if d.start < f.num_start]
    return before[-1] if before else dates[0]


def _propagate_perpetrators(claims: list[Claim], where: dict[str, int]) -> None:
    """An attribution names the perpetrator of the claims about its event: same
    resolved date and place, or (with neither known) a few sentences apart."""
    attrs = [a for a in claims if a.kind == "attribution" and not a.aggregate and not a.warning]
    for a in attrs:
        for c in claims:
            if c.kind not in ("killed", "injured") or c.perpetrator or c.aggregate:
                continue
            if a.event_date is None and a.place is None:
                same = c.event_date is None and c.place is None and abs(where[c.id] - where[a.id]) <= 4
            else:
                same = c.event_date == a.event_date and c.place == a.place and (
                    abs(where[c.id] - where[a.id]) <= 4 or not (c.event_type and a.event_type)
                    or _compatible_types(c.event_type, a.event_type))
            if same:
                c.perpetrator = a.entity


_TYPE_FAMILY = {"suicide bombing": "bombing", "bombing": "bombing", "prison attack": "attack", "attack": None}


def _compatible_types(a: str, b: str) -> bool:
    """Two event types that can name one event ("attack" fits anything)."""
    fa, fb = _TYPE_FAMILY.get(a, a), _TYPE_FAMILY.get(b, b)
    return fa is None or fb is None or fa == fb


def _dedupe(claims: list[Claim]) -> list[Claim]:
    out: list[Claim] = []
    seen: set[str] = set()
    for c in claims:
        if c.id not in seen:
            seen.add(c.id)
            out.append(c)
    return out


def _dedupe_found(found: list[rules.Found]) -> list[rules.Found]:
    """One claim per (kind, number): the first rule that read a number wins."""
    out: list[rules.Found] = []
    seen: set[tuple] = set()
    casualty_numbers = {f.num_start for f in found if f.kind in ("killed", "injured")}
    for f in found:
        if f.kind == "strength" and f.num_start in casualty_numbers:
            continue  # "600 members of the security forces dead": a toll, not a strength
        key = (f.kind, f.num_start) if f.num_start >= 0 else (f.kind, f.start, f.entity)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out
