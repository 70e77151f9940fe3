"""A fight between two states across their border: one event, placed on the border of both.

Each side reports a border clash from its own country ("Pakistani troops repulsed an attack by Afghan forces along
the border in Kurram"; "Afghan forces struck Pakistani posts along the Durand Line in Paktia"): read by the town each
names, the two halves would be two events in two countries that can never meet. A claim about such a fight is placed
on the gazetteer's border of the two states (an entry with ``sides``: "Afghanistan-Pakistan border"), so that both
sides' figures meet in one event, where the desk can show that they disagree.

A claim is about the fight when its sentence, or the lead of its report, names both states (statewords.py: a
country, its adjective, capital, government or forces) with a word of the border ("border", "frontier", "Durand
Line", "cross-border") and a word of two sides fighting ("clashes", "exchange of fire", "skirmish"), and no alliance;
and when the claim's own place, if any, lies in one of the two states. A claim its report tells as another incident
keeps its own place.
"""

from __future__ import annotations

import re

from .. import gazetteer
from .memo import per_report
from .statewords import state_mentions

_BORDER = re.compile(r"\b(?:border|borders|frontier|boundary|Durand\s+Line|cross[\s\-]border|Line\s+of\s+Control)\b",
                     re.IGNORECASE)
#: a fight of two sides (not one state's strike into the other: "Iran's missile strikes on militants in Pakistan" and
#: "Pakistan's retaliatory strikes in Iran" are two events, each in the country struck)
_FIGHT = re.compile(r"\b(?:clash(?:es|ed)?|fighting|fought|skirmish(?:es)?|exchanges?\s+of\s+(?:gun)?fire|"
                    r"exchanged\s+(?:gun)?fire|gun\s*battles?|firefights?|hostilities)\b", re.IGNORECASE)
_ALLY = re.compile(r"\b(?:joint|allied|allies|alongside|together\s+with|coalition)\b", re.IGNORECASE)
#: how far into a report its lead may tell of the fight
LEAD_CHARS = 1200


def _sides(chunk: str) -> frozenset[str] | None:
    """The two states a chunk tells fighting across their border, or None."""
    if not _BORDER.search(chunk) or not _FIGHT.search(chunk) or _ALLY.search(chunk):
        return None
    states = frozenset(s for _, s in state_mentions(chunk))
    return states if len(states) == 2 else None


@per_report
def _lead_sides(text: str) -> frozenset[str] | None:
    """The two states whose border fight the report's lead tells (its first paragraphs together: "Pakistani troops
    repulsed an attack by Afghan forces along the border ... 23 soldiers were killed in the clashes"), if it names
    just two states."""
    lead = text[:LEAD_CHARS]
    cut = lead.rfind(".")
    return _sides(lead[: cut + 1] if cut > 0 else lead)


@per_report
def _sentence_sides(text: str, start: int, end: int) -> frozenset[str] | None:
    """``_sides`` of one sentence, read once for all its claims (speed: memo.per_report)."""
    return _sides(text[start:end])


def border_place(text: str, start: int, end: int, place: gazetteer.Place | None) -> gazetteer.Place | None:
    """The border place of the two states whose fight the sentence ``text[start:end]`` (or its report's lead) tells,
    when the gazetteer has one and the claim's ``place`` lies in one of them (or is unknown); else None."""
    g = gazetteer.gazetteer()
    if not g.borders:
        return None
    sides = _sentence_sides(text, start, end) or _lead_sides(text)
    if sides is None:
        return None
    border = g.borders.get(sides)
    if border is None or place is not None and place.country not in sides and place is not border:
        return None
    return border
