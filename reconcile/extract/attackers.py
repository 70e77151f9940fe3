"""A group the sentence names as the attacker, without a claim of responsibility.

Background pieces name an attack by its perpetrator in passing: "the AQIS raid left ten
attackers dead", "a TTP suicide bombing killed 12", "the BLA's assault on the train", "the
siege, carried out by the BLA, ...".  The group is then the perpetrator of the sentence's
toll, as a claim of responsibility would make it (matching weighs a shared perpetrator).

Only a group named right before the attack noun (its modifier or possessor, with at most
two words between: "the ISKP twin suicide bombings") or after "carried out by" and the like
counts; a group that is the target ("an attack on the TTP") or a party to a clash
("a TTP-army clash") does not.
"""

from __future__ import annotations

import re

#: Nouns that name one attack (not "clash" or "fighting": two parties).
_ATTACK_NOUN = (r"(?:attacks?|raids?|assaults?|bombings?|blasts?|ambush(?:es)?|sieges?|hijackings?|massacres?|"
                r"offensives?|strikes?|shootings?|explosions?|kidnappings?|storming)")
#: After the group: an optional possessive and up to two modifiers, then the attack noun.
_AFTER_GROUP = re.compile(rf"(?:['\u2019]s?)?(?:[\s-]+[\w-]+){{0,2}}?[\s-]+{_ATTACK_NOUN}\b", re.IGNORECASE)
#: Before the group: a verb of agency with "by" ("carried out by the", "staged by").
_BY_BEFORE = re.compile(r"\b(?:carried\s+out|launched|staged|mounted|conducted|perpetrated|executed|masterminded|"
                        r"orchestrated)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: A group right after these is the attack's target or one of two sides, not its author.
_NOT_AUTHOR = re.compile(r"\b(?:on|against|targeting|versus|vs\.?|between|with|and)\s+(?:the\s+)?$", re.IGNORECASE)


def named_attacker(text: str, start: int, end: int, groups: list) -> str | None:
    """The id of the group sentence ``text[start:end]`` names as an attack's author, if one (first wins).

    ``groups`` are the sentence's group mentions (``aliases.ActorMention``, in order)."""
    for g in groups:
        before = text[max(start, g.start - 60) : g.start]
        if _NOT_AUTHOR.search(before):
            continue
        after = _AFTER_GROUP.match(text, g.end, end)
        if after is not None and not _two_sides(text, g.end, end):
            return g.actor.id
        if _BY_BEFORE.search(before):
            return g.actor.id
    return None


_TWO_SIDES = re.compile(r"-(?:army|government|police|security|state|military|taliban)\b", re.IGNORECASE)


def _two_sides(text: str, at: int, end: int) -> bool:
    """"a TTP-army clash": a hyphen pairing the group with another side."""
    return _TWO_SIDES.match(text, at, end) is not None
