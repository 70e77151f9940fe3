"""Which claimant speaks for which words of a sentence: ``claimant_for`` picks the claimant of a claim's words
among those ``claimants`` found in its sentence; ``cited_sources`` lets an outlet speak with the words of the source
it cites; ``pronouns_in_sentence`` gives a pronoun the speaker named before it in the same sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .speakers import PERSON_PRONOUNS, PRONOUNS, mention_only

if TYPE_CHECKING:
    from .claimants import Claimant


#: Between an outlet and the source it cites: "Tolo News, which cited", "Reuters reported, quoting".
_CITES_BETWEEN = re.compile(
    r"[\s,]*(?:(?:said|says|reported|reports|wrote|added|stated|announced)\s*,?\s*)?(?:(?:which|who)\s+)?"
    r"(?:(?:had\s+|has\s+)?(?:cited|quoted)|citing|quoting)\s+(?:(?:the|a|an)\s+)?(?:\w+\s+){0,2}?", re.IGNORECASE)


def cited_sources(text: str, out: list[Claimant]) -> list[Claimant]:
    """ "according to Tolo News, which cited a Taliban spokesman": the outlet passes on the
    spokesman's words; it speaks for them with the spokesman's name and role."""
    res = list(out)
    for i in range(len(res) - 1):
        c1, c2 = res[i], res[i + 1]
        if (c1.text and c2.text and c2.start >= c1.end and mention_only(c1) is False
                and _CITES_BETWEEN.fullmatch(text, c1.end, c2.start)):
            res[i] = replace(c1, text=c2.text, role=c2.role)
    return res


def pronouns_in_sentence(out: list[Claimant]) -> list[Claimant]:
    """ "The group claimed the blast, which it said killed 60": a pronoun after a speaker named in the
    same sentence is that speaker (pronouns with none are left to the caller)."""
    if not any(c.text and c.text.lower() in PRONOUNS for c in out):
        return out
    res: list[Claimant] = []
    for c in out:
        if c.text and c.text.lower() in ("it", "they", "them", *PERSON_PRONOUNS):
            named = [d for d in res if d.end <= c.start and d.text and d.text.lower() not in PRONOUNS]
            if named:
                d = named[-1]
                c = replace(c, text=d.text, role=d.role, scope_start=-1, scope_end=-1)
        res.append(c)
    return res


#: a news agency or outlet, which relays a statement it reports rather than making it
_AGENCY = re.compile(r"\b(?:news|agency|agencies|IRNA|Tasnim|Fars|Mehr|ISNA|Reuters|AFP|AP|Xinhua|TASS|RIA|Anadolu|"
                     r"television|TV|media|broadcaster|radio|newspaper|outlet|wire)\b")


def claimant_for(claimants: list[Claimant], span_start: int, span_end: int) -> Claimant | None:
    """The claimant of a claim: one whose scope holds its words, else the one named closest
    before them (scoped claimants speak only within their scope), else the first after."""
    claimants = [c for c in claimants if not mention_only(c)]
    scoped = [c for c in claimants if c.scope_start >= 0 and c.scope_start < span_end <= c.scope_end]
    if scoped:
        c = scoped[-1]  # (a speaker named between it and the words speaks for them: "with X saying 140, while Y said 256")
        nearer = [d for d in claimants if d.scope_start < 0 and c.end <= d.start and d.end <= span_end]
        if not nearer and c.role != "perpetrator" and (c.role == "reporter" or _AGENCY.search(c.text or "")):
            # "the group said it killed a guard, according to IRNA": the agency relays the group's own statement
            # (not "..., according to Iranian authorities": the authorities give the figures themselves)
            nearer = [d for d in claimants if d.scope_start < 0 and d.role == "perpetrator" and c.scope_start <= d.start
                      and d.end <= span_start and d.end <= c.start]
        return nearer[-1] if nearer else c
    before = [c for c in claimants if c.end <= span_start and c.scope_start < 0]
    if before:
        return before[-1]
    free = [c for c in claimants if c.scope_start <= span_start]  # (a scope starting after the words: not theirs)
    after = [c for c in free if c.start >= span_start]
    inside = [c for c in after if c.end <= span_end]
    if len(inside) > 1:  # "the toll was unclear: officials said 140, while media reports said 256": the last before the figure
        return inside[-1]
    return after[0] if after else (free[0] if free else None)
