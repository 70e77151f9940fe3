"""A speaker carried from the sentence just before: wire copy names its source once and goes on.

"According to the army, the convoy was ambushed at dawn. Nine soldiers died in the fighting." and "Forty people
died in the attacks, according to officials. Troops then killed 12 militants." : a sentence that gives a figure
and names no speaker of its own, right after a sentence of the same paragraph attributed to an official, a UN
body or a researcher as a whole (a fronted or closing "according to", a closing "X said", or that speaker introducing a
quotation: 'The report also said, "..." The group has 400 fighters.'), is still that speaker's account. A speaker
of a clause only (a passive's agent, "with the ministry saying") or a group (its own claim is not carried to the
reporter's sentence after it) is not carried. ``claimants`` asks for this last, after every rule that finds a
speaker within or around the sentence has found none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import aliases
from .roles import classify
from .speakers import _FIGURE_WORD, _SENTENCE_GAP, PRONOUNS, Reader, mention_only

if TYPE_CHECKING:
    from .sayer import Claimant

#: Roles a sentence's whole account is carried with.
_CARRIED = ("official", "international_org", "researcher")
#: How the sentence before frames its account: opened by "According to X,", closed by ", according to X.", or a
#: speaker's quotation or "that" clause that runs to its end.
_FRONTED = re.compile(r"\s*[\"\u201c\u2018]?(?:According\s+to|As\s+per|Citing|Quoting)\s", re.IGNORECASE)
_CLOSING = re.compile(r",\s*(?:(?:according\s+to|as\s+per|citing|quoting)\s+[^,;:()\"\u201c\u201d]{2,90}"
                      # "..., the ministry said in a statement.", "..., police told reporters on Friday."
                      r"|(?:[\w.'\u2019\-]+\s+){0,6}?[\w.'\u2019\-]+\s+(?:said|says|told\s+[\w\-]+|stated|confirmed|added)"
                      r"(?:\s+(?:in|on|at|late|early|later)\b[^,;:()\"\u201c\u201d]{1,40})?)[.!]?[\"\u201d]?\s*$",
                      re.IGNORECASE)
_SAID_QUOTE = re.compile(r"\b(?:said|says|stated|states|added|adds|noted|notes|reported|reports|told\s+\w+)\s*[,:]?\s*"
                         r"(?:that\s+)?[\"\u201c]", re.IGNORECASE)
#: A sentence that opens by telling of an other speaker or an other matter: not a continued account.
_OWN_FRAME = re.compile(r"\s*(?:But|However|Yet|Meanwhile|Separately|Elsewhere|Earlier|Previously|In\s+\d{4}|Last\s+year)\b")
#: A sentence of background, a group's record over the years: not the account of the sentence before
_BACKGROUND = re.compile(r"\b(?:has|have|had)\s+been\s+(?:held\s+)?(?:responsible|blamed|behind|linked)\b|"
                         r"\bsince\s+(?:its\s+)?(?:founding|formation|inception|(?:19|20)\d\d)\b", re.IGNORECASE)


def carried_speaker(text: str, start: int, end: int, published: str | None, read: Reader) -> Claimant | None:
    """The speaker of the sentence just before ``text[start:end]`` (same paragraph) when it attributes its
    whole account to an official, a UN body or a researcher and this sentence gives a figure of its own."""
    if not _FIGURE_WORD.search(text, start, end) or _OWN_FRAME.match(text, start, end) or _BACKGROUND.search(text, start, end):
        return None
    p_end = start
    while p_end > 0 and text[p_end - 1] in " \t":
        p_end -= 1
    if p_end == 0 or text[p_end - 1] in "\n\r":
        return None  # the first sentence of its paragraph
    lo = max(0, p_end - 700)
    nl = text.rfind("\n", lo, p_end)
    lo = nl + 1 if nl >= 0 else lo
    gaps = [g.end() for g in _SENTENCE_GAP.finditer(text, lo, p_end) if g.end() < p_end]
    p0 = gaps[-1] if gaps else lo
    if p0 == lo and lo > 0 and nl < 0:
        return None  # the sentence before is longer than the window
    prev = text[p0:p_end]
    framed = _FRONTED.match(prev) or _CLOSING.search(prev) or _SAID_QUOTE.search(prev)
    if framed is None:
        return None
    found = [c for c in read(text, p0, p_end, published)
             if c.text and not mention_only(c) and c.scope_start < 0 and c.text.lower() not in PRONOUNS]
    if not found:
        return None
    if _FRONTED.match(prev):
        c = found[0]
    else:  # the speaker closing it, or the one introducing its quotation ('The report also said, "that X noted ..."')
        sq = _SAID_QUOTE.search(prev)
        c = next((d for d in reversed(found) if d.end <= p0 + sq.start()), found[-1]) if sq and not _CLOSING.search(prev) \
            else found[-1]
    if c.role not in _CARRIED:
        return None
    return replace(c, start=end, end=end, scope_start=-1, scope_end=-1)


#: "The group" as a speaker: an armed group's word by default (roles.PERP), but an aid group's or a research
#: group's when the sentence before has that body speak and names no armed group
THE_GROUP = re.compile(r"(?:the|this)\s+group", re.IGNORECASE)
_BODY_ROLES = ("international_org", "researcher")


def group_as_body(text: str, start: int, c: Claimant, published: str | None, read: Reader) -> Claimant:
    """ "Doctors Without Borders says the toll has risen. | The group, also known as MSF, says 23 died": "the group"
    is the medical charity that spoke in the sentence just before (same paragraph), not an armed group."""
    if c.role != "perpetrator" or not c.text or not THE_GROUP.fullmatch(c.text.strip()):
        return c
    p_end = start
    while p_end > 0 and text[p_end - 1] in " \t":
        p_end -= 1
    if p_end == 0 or text[p_end - 1] in "\n\r" and text[max(0, p_end - 2)] in "\n\r":
        return c  # (a blank line before: a new paragraph)
    lo = max(0, p_end - 700)
    nl = text.rfind("\n", lo, max(lo, p_end - 1))
    lo = nl + 1 if nl >= 0 else lo
    gaps = [g.end() for g in _SENTENCE_GAP.finditer(text, lo, p_end) if g.end() < p_end]
    p0 = gaps[-1] if gaps else lo
    if any(a.actor.type == "group" and a.actor.role == "perpetrator" for a in aliases.find_actors(text, p0, p_end)):
        return c
    found = [d for d in read(text, p0, p_end, published) if d.text and not mention_only(d) and d.role in _BODY_ROLES]
    if found:
        return replace(c, text=f"{c.text} ({found[0].text})", role=found[0].role)
    # "The Red Cross condemned the attack on its convoy.": the body named at the head of the sentence, no verb of saying
    head = _HEAD_BODY.match(text, p0, p_end)
    if head is not None and (role := classify(head.group("who"), published)) in _BODY_ROLES:
        return replace(c, text=f"{c.text} ({head.group('who')})", role=role)
    return c


_HEAD_BODY = re.compile(r"\s*(?P<who>(?:[Tt]he\s+|[Aa]n?\s+)?(?:[\w\-'\u2019]+\s+){0,7}?[\w\-'\u2019]+?)\s+(?:has\s+|have\s+|had\s+)?"
                        r"(?:[a-z]+ed|says|said|condemns|warns|reports)\b")
