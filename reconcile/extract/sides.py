"""Which side a group's speaker is on: a spokesman of no named body just after a group claimed the attack is
the group's; a group speaking of an attack another group claimed or carried out (or one its side disowns) is a
party to it, not its perpetrator; before August 2021 the Taliban likewise (they were not yet the state).

``claimants`` applies these to the speakers it found in a sentence (``read``: its one-sentence reader).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import aliases
from .coref import group_before
from .roles import classify
from .speakers import CLAIMED_OWN, Reader, mention_only

if TYPE_CHECKING:
    from .sayer import Claimant

#: A spokesman named by no body of their own ("a spokesman", "its spokesman, Abu Omar").
BARE_SPOKESMAN = re.compile(r"(?:(?:a|the|its|their)\s+)?(?:chief\s+|main\s+|deputy\s+)?spokes(?:man|woman|person)"
                             r"(?:\s*,?\s+[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){0,3})?", re.IGNORECASE)


_CLAIMED_IT = re.compile(r"\s+(?:has\s+|had\s+)?claimed\s+(?:responsibility|the\s+(?:\w+\s+){0,2}?(?:attack|bombing|blast|"
                         r"assault|raid|siege))\b", re.IGNORECASE)


def group_spokesman(text: str, start: int, c: Claimant, published: str | None, read: Reader | None = None) -> Claimant:
    """ "The Taliban claimed responsibility. A spokesman said ...": a spokesman of no named body,
    just after a group claimed the attack (same or previous sentence, same paragraph), is the group's;
    "Its spokesman" is the spokesman of the group the sentence before named (``coref.group_before``)."""
    if c.role != "official" or not c.text or not BARE_SPOKESMAN.fullmatch(c.text):
        return c
    if read is not None and c.text[:3].lower() in ("its", "the") and re.match(r"(?:its|their)\s", c.text, re.IGNORECASE) \
            and (g := group_before(text, start, published, read)):
        return replace(c, text=f"{c.text} ({g[0]})", role=g[1])
    lo = max(0, start - 400)
    nl = text.rfind("\n", lo, start)
    lo = nl + 1 if nl >= 0 else lo
    dot = text.rfind(". ", lo, max(lo, start - 2))
    lo = dot + 2 if dot >= 0 else lo
    groups = [a for a in aliases.find_actors(text, lo, c.start)
              if a.actor.type == "group" and (a.actor.role == "perpetrator" or a.actor.id == "Taliban")
              and _CLAIMED_IT.match(text, a.end)]
    if not groups:
        return c
    g = groups[-1]
    return replace(c, text=f"{c.text} ({g.text})", role=classify(g.text, published))


#: Another group's attack named with the Taliban's words, or the Taliban disowning it.
_DISOWN = re.compile(r"\b(?:denied|denies|deny|condemned|condemns|condemn|distanced|not\s+involved|no\s+role|disowned|disowns|"
                     r"(?:had|has|have)\s+nothing\s+to\s+do\s+with|(?:was|is|were|are)\s+not\s+behind|"
                     r"rejected\s+(?:any\s+)?(?:involvement|responsibility|links?))\b",
                     re.IGNORECASE)


#: "..., a claim the army denied", "the military rejected the claim": the other side denies the group's claim
_DENIED_BY_OTHERS = re.compile(
    r"\b(?:(?:a|the|which|this|that)\s+(?:claim|figure|account|assertion)s?\s+(?:that\s+|which\s+)?|which\s+)?"
    r"(?:the\s+)?(?:\w+\s+)?(?:army|military|government|police|officials?|ministry|authorities|ISPR|forces)\s+"
    r"(?:has\s+|have\s+|had\s+|later\s+|swiftly\s+|quickly\s+)?(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)\b",
    re.IGNORECASE)


def _disowned(sent: str) -> bool:
    """The speaker's side disowns the attack ("the Taliban denied involvement"); not another side denying the claim."""
    return any(not any(o.start() <= d.start() < o.end() for o in _DENIED_BY_OTHERS.finditer(sent))
               and not _NO_DENIAL.search(sent, max(0, d.start() - 25), d.start())
               for d in _DISOWN.finditer(sent))


#: "has yet to confirm or deny", "neither confirmed nor denied": no denial
_NO_DENIAL = re.compile(r"\b(?:confirm(?:ed|s)?|accept(?:ed|s)?)\s+(?:or|nor)\s+$", re.IGNORECASE)


_GROUP_CLAIM = re.compile(r"\b(?:claimed|claims|claim|responsibility|behind|carried\s+out|blamed|blames|attributed)\b",
                          re.IGNORECASE)


def taliban_on_others(text: str, start: int, sent: str, c: Claimant) -> Claimant:
    """Before August 2021 the Taliban are the perpetrator only of their own attacks: speaking about
    an attack another group claimed (or that they disown), they are a party: ``unknown``."""
    if c.role not in ("perpetrator", "official") or not c.text or CLAIMED_OWN.search(sent):
        return c
    if not any(a.actor.id == "Taliban" or a.actor.group == "Taliban" for a in aliases.find_actors(c.text)):
        return c
    if _disowned(sent):
        return replace(c, role="unknown")
    # another group named as the attacker in this sentence or the one before (same paragraph)
    lo = max(0, start - 400)
    nl = text.rfind("\n", lo, start)
    lo = nl + 1 if nl >= 0 else lo
    for a in aliases.find_actors(text, lo, start + len(sent)):
        if (a.actor.type == "group" and a.actor.role == "perpetrator" and a.actor.id != "Taliban"
                and _GROUP_CLAIM.search(text, max(lo, a.start - 30), min(a.end + 60, start + len(sent)))):
            return replace(c, role="unknown")
    return c


#: Another group's attack told by its name: "the ISKP attack", "claimed by ISKP", "ISKP said it carried out"
_OTHERS_ATTACK_AFTER = re.compile(r"['\u2019]?s?\s+(?:(?:suicide|deadly|twin|latest)\s+)?(?:attack|bombing|assault|raid|"
                                  r"blast|massacre|strike|ambush)s?\b", re.IGNORECASE)


def group_on_others(text: str, start: int, sent: str, c: Claimant) -> Claimant:
    """A group's spokesman speaking of an attack another group claimed or is named as carrying out (or
    that the speaker's group disowns) is no perpetrator of it: ``unknown``, as the Taliban before 2021
    (:func:`taliban_on_others`). A group and its own factions or parent are one side."""
    if c.role != "perpetrator" or not c.text or mention_only(c) or CLAIMED_OWN.search(sent):
        return c
    own = [a.actor.id for a in aliases.find_actors(c.text) if a.actor.type == "group"]
    if not own or "Taliban" in own:
        return c  # (the Taliban: taliban_on_others, which knows when they were the state)
    if _disowned(sent):
        return replace(c, role="unknown")
    lo = max(0, start - 400)
    nl = text.rfind("\n", lo, start)
    lo = nl + 1 if nl >= 0 else lo
    dot = text.rfind(". ", lo, max(lo, start - 2))
    lo = dot + 2 if dot >= 0 else lo  # this sentence and the one before it
    end = start + len(sent)
    for a in aliases.find_actors(text, lo, end):
        if (a.actor.type != "group" or a.actor.role != "perpetrator" or c.start <= a.start < c.end
                or any(aliases.related(a.actor.id, o) for o in own)):
            continue
        if (_GROUP_CLAIM.search(text, max(lo, a.start - 30), min(a.end + 60, end))
                or _OTHERS_ATTACK_AFTER.match(text, a.end, end)):
            return replace(c, role="unknown")
    return c
