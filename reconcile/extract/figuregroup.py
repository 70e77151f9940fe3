"""The group a strength figure (or a leader) of a sentence belongs to, among the groups the sentence names.

The nearest group before the figure, as a rule ("the TTP has 6,000 fighters"); the subject of an apposition
("ISKP, the Islamic State's branch in Khorasan, has ..."); a group inside the figure's phrase ("between
2,500 and 6,000 TTP fighters").  Not a group the sentence names in passing before the figure's own subject:

- in a leading clause, before an anaphoric subject ("In 2016, when ISIS was at its peak in Iraq, the group
  had 4,000 fighters"): "the group" is the one the report is about (the caller's groups of the sentences
  before), not the clause's;
- as the other side of a relation ("fighters of AQIS serve as trainers of the Taliban, with 150 operatives",
  "members loyal to the Taliban"): the figure is the subject group's when the sentence named one before.
"""

from __future__ import annotations

import re

from . import rules

#: ", the group had ...": an anaphoric subject after a leading clause.
#: (not an apposition: "The TTP, the group that ...")
_ANAPHORIC_SUBJECT = re.compile(r",\s+(?:the\s+(?:group|outfit|organi[sz]ation|movement|network|branch|affiliate)|it|they)"
                                r"\s+(?!that\b|which\b|who\b|whose\b|of\b|said\b|says\b)[a-z]", re.IGNORECASE)
#: A group right after these words is the other side of the subject group's relation.
_RELATION_BEFORE = re.compile(
    r"\b(?:advis[eo]rs?|trainers?|instructors?|allies|ally|partners?|patrons?|sponsors?|hosts?|rivals?|enemies|"
    r"loyal|allied|close|linked|hosted|sheltered|supported|backed|protected)\s+(?:to|of|with|by)\s+(?:the\s+)?$",
    re.IGNORECASE)


def nearest_group(text: str, f: rules.Found, group_mentions):
    """The group mention (``aliases.ActorMention``) figure ``f`` belongs to, or None (the caller then takes the
    groups of the sentences before)."""
    if not group_mentions:
        return None
    before = [g for g in group_mentions if g.end <= f.start]
    if before:
        g = before[-1]
        if _ANAPHORIC_SUBJECT.search(text, g.end, f.start):
            return None  # "when ISIS was at its peak, the group had ...": the report's group
        if len(before) > 1 and _RELATION_BEFORE.search(text[max(0, g.start - 40) : g.start]):
            return before[-2]  # "fighters of AQIS operate as trainers of the Taliban, with 150 operatives"
        if len(before) > 1 and "," in text[g.end : f.start]:
            for h in before[:-1]:
                if text[h.end : h.end + 1] == ",":
                    return h  # "ISKP, the Islamic State's branch in Khorasan, has ...": the subject
        return g
    inside = [g for g in group_mentions if f.start <= g.start < f.end + 1]
    if inside:
        return inside[0]  # "between 2,500 and 6,000 TTP fighters"
    # a group named only later in the sentence ("..., although the Taliban emptied the prisons")
    # is no better than the group of the sentences before
    return None
