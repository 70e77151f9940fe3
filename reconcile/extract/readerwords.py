"""Words and date helpers the report-level readers share (``ContextReader`` in :mod:`.reader`, ``LeadReader``
in :mod:`.leadevent`): a sentence that goes on with the story ("the attackers"), one that names the event
("the attack", "Friday's bombing"), says when it happened, or opens on it; whether two dates can be one
event's, and a statement's day as a loose date of the event."""

from __future__ import annotations

import datetime as dt
import re

from .datewords import DateRef
from .fastrx import word_start

_STORY_GOES_ON = re.compile(r"\bthe\s+(?:[\w\-]+\s+){0,2}?(?:attack|attacker|attackers|assailants?|bomber|bombers|"
                            r"bombing|blast|explosion|assault|raid|gunman|gunmen)\b", re.IGNORECASE)
_THE_EVENT = re.compile(r"\b(?:the|this|that|(?:\w+day|last\s+week)['\u2019]s)\s+(?:[\w\-]+\s+){0,2}?(?:attack|bombing|blast|"
                        r"explosion|assault|raid|massacre|shooting|ambush|siege)\b", re.IGNORECASE)
_WHEN_GATE = word_start([(["began", "begun", "started", "erupted", r"broke\s+out", r"was\s+(?:late\s+|early\s+)?on",
                           r"were\s+(?:late\s+|early\s+)?on",  # (dates10: a fight's start, "the attacks were on Wednesday")
                           "after", "occurred", "happened", r"took\s+place", "struck", "hit", r"carried\s+out", r"went\s+off",
                           "tore", "came", "unfolded", "detonated", "exploded", "blew", "unleashed", "dropped", "attacked",
                           "targeted", "stormed"], r"\b")])
_DEFINITE_OPENING = re.compile(r"\W*(?:The|That|This)\s+(?:[\w\-]+\s+){0,2}?(?:attack|bombing|blast|explosion|assault|"
                               r"massacre|shooting|ambush|raid)\s+(?:\w+\s+){0,2}?(?:killed|left|claimed|wounded|injured)\b")


def _same_time(a: DateRef, b: DateRef) -> bool:
    """Two dates that can be one event's: the same day within a few days, or the same month or year
    at the coarser one's precision."""
    if len(a.value) == 10 and len(b.value) == 10:
        return abs((dt.date.fromisoformat(a.value) - dt.date.fromisoformat(b.value)).days) <= 3
    n = min(len(a.value), len(b.value))
    return a.value[:n] == b.value[:n]


def _loose(d: DateRef | None) -> DateRef | None:
    """A statement's or a toll update's day, as a loose date of the event (within its week)."""
    return None if d is None else DateRef(d.value, "week" if d.precision == "day" else d.precision, d.start, d.end, True)
