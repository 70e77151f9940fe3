"""A state speaking about its own attack: the perpetrator convention for governments.

DESIGN.md: "a group's own statement about its own attack is ``perpetrator``". A state (or a de-facto
government) is a party in the same way when it counts the people ITS OWN forces killed or wounded on the
other side of a clash or a cross-border operation ("Afghanistan said it killed 58 Pakistani soldiers",
"Kabul's Defence Ministry said 58 Pakistani soldiers were killed" in the border fighting). The golds agree
on the line (see the ext10 report): a state's count of the armed militants its security operation killed
stays ``official`` ("ISPR said 13 terrorists were killed in the operation"), as do a state's counts of its
own losses and of the victims of an attack by a third party. So a claim an official gives becomes
``perpetrator`` when

- the claimant speaks for a state the data names (its country, capital, army or government: statewords.py derives
  them from the gazetteer, the demonyms and the alias table, so users extend them as data), and
- the victims are not militants, and not the claimant's own people (its demonym, "its troops", "martyred"),
- and the victims are another state's people (named so, or left unnamed in a sentence that names the other
  state and the claimant's own forces acting: "Afghan forces captured 25 Pakistani posts; 58 soldiers were
  killed"), and the report tells the two states fighting each other (a sentence of its own or of the report's
  lead names both with a clash, a border fight or a retaliation, and no alliance).

A state's count of civilians its own strike killed, told without an enemy state ("a US military investigation
found 33 civilians were killed in the airstrikes of a joint operation"), stays ``official``: round S marks it so.
"""

from __future__ import annotations

import re

from .statewords import state_mentions, state_patterns, state_regexes

#: the claimant's own people among the victims: "23 of its troops", "our soldiers", "were martyred"
_OWN_VICTIMS = re.compile(r"\b(?:its|our|their|own)\b|martyr|shaheed|shahadat", re.IGNORECASE)
#: a fight between two sides, told in the sentence or in the report's lead
_CLASH = re.compile(r"\b(?:clash(?:es|ed)?|fighting|skirmish(?:es)?|exchange\s+of\s+fire|cross[\s\-]border|border\s+(?:operations?|"
                    r"posts?|attacks?)|retaliat\w*|counter[\s\-]?attacks?|offensive|"
                    r"(?:captured|seized|overran|destroyed|stormed)\s+(?:\d+\s+)?(?:[\w\-]+\s+){0,3}?(?:posts?|checkpoints?|positions?))\b",
                    re.IGNORECASE)
#: allies, not opponents: "a joint operation", "backed by", "advisers"
_ALLY = re.compile(r"\b(?:joint|allied|allies|alongside|coalition|partner\w*|together\s+with|accompanied|backed|"
                   r"advis[eo]rs?|mentors?|trained|training)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
#: an attack by a third party: a bomb, a suicide attack, gunmen, a claim of responsibility
_THIRD_PARTY = re.compile(r"\b(?:suicide|bomb\w*|blasts?|explosions?|gunmen|claimed\s+responsibility|hijack\w*|hostages?)\b",
                          re.IGNORECASE)
#: the speaker's own forces or strike as the agent ("it killed", "its forces", "our troops", "in retaliation")
_OWN_AGENT = re.compile(r"\b(?:it|we|they)\s+(?:have\s+|has\s+|had\s+)?killed\b|\b(?:its|our)\s+(?:own\s+)?(?:forces|troops|"
                        r"fighters|soldiers|army|military|(?:air|drone)\s*strikes?|strikes?|operations?)\b|\bin\s+retaliation\b",
                        re.IGNORECASE)
_AGENT_NOUN = r"(?:forces|troops|army|military|soldiers|air\s+force|(?:air|drone)\s*strikes?|strikes?|operations?)"
#: a count's clause ending "... were killed and " just before a bare count (its victims elided)
_ELIDED = re.compile(r"[^,;:\u2014]*\b(?:killed|dead|died|wounded|injured)\s+and\s+$", re.IGNORECASE)
_MILITANTS = frozenset({"militants"})
_LEAD = 2500


def _state_of(words: str, last: bool = False) -> str | None:
    """The state named first in ``words`` (or last)."""
    found = state_mentions(words)
    return (found[-1] if last else found[0])[1] if found else None


def _states_in(words: str) -> set[str]:
    return {k for _, k in state_mentions(words)}


def _own_forces_act(sent: str, state: str) -> bool:
    if _OWN_AGENT.search(sent):
        return True
    rx = state_patterns()[state]
    return re.search(rf"\b(?:{rx})\s+(?:(?:security|armed|border|government|defen[cs]e)\s+)?{_AGENT_NOUN}\b", sent,
                     re.IGNORECASE) is not None


def role_for(text: str, s: int, e: int, who: str | None, role: str, victims: str | None, start: int, end: int) -> str:
    """The role of an official's killed/injured claim at ``text[start:end]`` in the sentence ``text[s:e]``:
    ``perpetrator`` when the claimant's own state carried out the attack on those victims, else ``role``."""
    if role != "official" or not who or victims in _MILITANTS:
        return role
    state = _state_of(who)
    if state is None:
        return role
    np = text[start:end]
    if _OWN_VICTIMS.search(np):
        return role
    side = _state_of(np)
    if side is None:  # "58 Pakistani soldiers were killed and 30 wounded": the side of the figure before, elided
        m = _ELIDED.search(text, max(s, start - 120), start)
        side = _state_of(m.group(0), last=True) if m else None
    if side == state:
        return role
    sent = text[s:e]
    if _THIRD_PARTY.search(sent):
        return role
    if side is None:  # "Afghan forces captured 25 Pakistani posts; 58 soldiers were killed": the other side's
        others = _states_in(sent) - {state}
        if len(others) != 1 or not _own_forces_act(sent, state):
            return role
        side = next(iter(others))
    return "perpetrator" if _opponents(text, sent, state, side) else role


def _opponents(text: str, sent: str, a: str, b: str) -> bool:
    """States ``a`` and ``b`` fight each other in this report: a sentence (this one, or one of the report's lead)
    names both with a clash, a border fight or a retaliation, and no alliance ("a joint operation by Afghan and
    American forces", "Afghan commandos accompanied by American advisers")."""
    for chunk in (sent, *_SENTENCE_END.split(text[:_LEAD])):
        if (_CLASH.search(chunk) and not _ALLY.search(chunk) and state_regexes()[a].search(chunk)
                and state_regexes()[b].search(chunk) and not _listed_together(chunk, a, b)):
            return True
    return False


def _listed_together(chunk: str, a: str, b: str) -> bool:
    """ "Three American soldiers and two Afghan commandos died": the two states' people in one list, on one
    side (but not "clashes between Pakistan and Afghanistan")."""
    x, y = state_patterns()[a], state_patterns()[b]
    return re.search(rf"(?<!between\s)\b(?:{x})\b[^.;,:]{{0,40}}?\b(?:and|as\s+well\s+as)\s+[^.;,:]{{0,30}}?\b(?:{y})\b|"
                     rf"(?<!between\s)\b(?:{y})\b[^.;,:]{{0,40}}?\b(?:and|as\s+well\s+as)\s+[^.;,:]{{0,30}}?\b(?:{x})\b",
                     chunk, re.IGNORECASE) is not None
