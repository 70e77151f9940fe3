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
from dataclasses import dataclass, field
from typing import Optional

from .. import aliases
from ..models import Claim, Source, claim_id
from . import context, rules
from .claimants import Claimant, find_claimant
from .segment import Sentence, segment

log = logging.getLogger(__name__)

__all__ = ["extract_claims"]

EVENT_KINDS = {"killed", "injured", "attribution", "attacks"}
#: A count above this gets a warning (still a claim); above rules.MAX_PLAUSIBLE no claim.
WARN_ABOVE = 1_000_000


@dataclass
class _Frame:
    """The running event context while reading a source top to bottom."""

    date: Optional[context.DateRef] = None
    place: Optional[object] = None
    etype: Optional[str] = None
    number: int = 0
    groups: list = field(default_factory=list)  # recent group mentions (for "the group")


def extract_claims(source: Source) -> list[Claim]:
    """Every claim the rules find in ``source.text``. Never raises."""
    try:
        return _extract(source)
    except Exception as e:  # pragma: no cover - a last guard: report text must never crash ingest
        log.warning("extraction failed for %s: %s", source.id, e)
        return []


def _extract(source: Source) -> list[Claim]:
    text = source.text or ""
    published = source.published
    pub = context.parse_published(published)
    claims: list[Claim] = []
    frame = _Frame()
    frames_of: dict[str, int] = {}
    attrs: list[tuple[Claim, int]] = []
    for sent in segment(text):
        if sent.boilerplate:
            continue
        try:
            new = _sentence(text, sent, source, pub, frame)
        except Exception as e:  # one bad sentence must not lose the others
            log.warning("sentence %d of %s skipped: %s", sent.index, source.id, e)
            continue
        for c in new:
            frames_of[c.id] = frame.number
            if c.kind == "attribution" and not c.aggregate:
                attrs.append((c, frame.number))
        claims.extend(new)
    _propagate_perpetrators(claims, attrs, frames_of)
    return _dedupe(claims)


def _sentence(text: str, sent: Sentence, source: Source, pub, frame: _Frame) -> list[Claim]:
    s, e = sent.start, sent.end
    quote = text[s:e]
    # ---- context: read from every sentence, headings included
    dates = [d for d in context.find_dates(text, s, e, pub) if not text[max(s, d.start - 6) : d.start].lower().endswith("since ")]
    place = context.best_place(text, s, e)
    etype = context.event_type(quote)
    date = dates[0] if dates else None
    changed = False
    if date is not None and (frame.date is None or date.value != frame.date.value):
        changed = True
        if place is None:
            frame.place = None
    if place is not None and (frame.place is None or place.name != frame.place.name):
        changed = True
    if changed:
        frame.number += 1
        frame.etype = None
    if date is not None:
        frame.date = date
    if place is not None:
        frame.place = place
    if etype is not None:
        frame.etype = etype
    group_mentions = [a for a in aliases.find_actors(text, s, e) if a.actor.type == "group"]
    if sent.heading or not rules.PREFILTER.search(quote):
        frame.groups = (frame.groups + [g.actor.id for g in group_mentions])[-5:]
        return []

    found: list[rules.Found] = []
    found.extend(rules.casualties(text, s, e))
    found.extend(rules.strength(text, s, e))
    found.extend(rules.attacks(text, s, e))
    found.extend(rules.founded(text, s, e))
    found.extend(rules.leaders(text, s, e))
    found.extend(rules.attributions(text, s, e))
    found = _dedupe_found(found)
    prior_groups = list(frame.groups)
    frame.groups = (frame.groups + [g.actor.id for g in group_mentions])[-5:]
    if not found:
        return []

    claimant: Optional[Claimant] = find_claimant(text, s, e, source.published)
    aggregate = context.is_aggregate(quote)
    perp = _sentence_perpetrator(found, group_mentions)
    out: list[Claim] = []
    for f in found:
        try:
            out.append(_claim(text, f, sent, source, frame, claimant, aggregate, perp, group_mentions, prior_groups,
                              dates, place, etype))
        except ValueError as err:  # a claim that fails validation is dropped, never raised
            log.debug("claim dropped in %s: %s", source.id, err)
    return out


def _sentence_perpetrator(found, group_mentions) -> Optional[str]:
    for f in found:
        if f.kind == "attribution":
            return f.entity
    return None


def _claim(text, f: rules.Found, sent: Sentence, source: Source, frame: _Frame, claimant: Optional[Claimant],
           aggregate: bool, perp: Optional[str], group_mentions, prior_groups, dates, place, etype) -> Claim:
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
    if kind in ("strength", "founded"):
        g = _nearest_group(f, group_mentions)
        if g is not None:
            entity, entity_text = g.actor.id, g.text
        elif prior_groups:
            entity = prior_groups[-1]
            entity_text = None
    scope = f.scope
    if kind == "leader" and scope is None:
        g = _nearest_group(f, group_mentions)
        scope = g.actor.id if g is not None else (prior_groups[-1] if prior_groups else None)

    # claimant
    if claimant is not None:
        who, role = claimant.text, claimant.role
    else:
        who, role = source.publisher, "reporter"
    if kind == "attribution" and f.rule == "claimed_responsibility":
        who, role = f.entity_text, "perpetrator"

    # event context
    is_event = kind in EVENT_KINDS
    event_date = precision = None
    pl = None
    if is_event and not aggregate:
        d = dates[0] if dates else frame.date
        if d is not None:
            event_date, precision = d.value, d.precision
        pl = place or frame.place
    elif dates:
        event_date, precision = dates[0].value, dates[0].precision
        if aggregate and is_event:
            pl = place
    perpetrator = None
    if kind in ("killed", "injured", "attacks", "attribution"):
        perpetrator = perp if kind != "attribution" else f.entity
    victims = f.victims if kind in ("killed", "injured") else None
    span_start, span_end = f.start, f.end
    return Claim(
        id=claim_id(source.id, kind, span_start, span_end, victims),
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
        event_type=(etype or frame.etype) if is_event else None,
        perpetrator=perpetrator,
        aggregate=bool(aggregate and kind in ("killed", "injured", "attacks", "attribution")),
        scope=scope,
        extractor=extractor,
        warning=warning,
    )


def _nearest_group(f: rules.Found, group_mentions):
    if not group_mentions:
        return None
    before = [g for g in group_mentions if g.end <= f.start]
    if before:
        return before[-1]
    return min(group_mentions, key=lambda g: abs(g.start - f.start))


def _propagate_perpetrators(claims: list[Claim], attrs, frames_of) -> None:
    """An attribution names the perpetrator of the claims of its event frame."""
    for a, fr in attrs:
        for c in claims:
            if c.kind not in ("killed", "injured") or c.perpetrator or c.aggregate:
                continue
            same_frame = frames_of.get(c.id) == fr
            same_event = c.event_date is not None and c.event_date == a.event_date and c.place == a.place
            if same_frame or same_event:
                c.perpetrator = a.entity


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
    for f in found:
        key = (f.kind, f.num_start) if f.num_start >= 0 else (f.kind, f.start, f.entity)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out
