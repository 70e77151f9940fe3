"""What an offset counts from ("a day earlier", "a day after <an attack>", "N days after <another event>"):
the day-precise date of the clause it hangs on, for :func:`.context.sentence_context`."""

from __future__ import annotations

import datetime as dt
import re

from .dateroles import EVENT, STATEMENT, TOLL_WORDS
from .datewords import DateRef
from .otherattacks import _AFTER_EVENT
from .places import best_place

_TOLL_BEFORE = re.compile(r"\d(?![\d,.]*[\-\u2010](?:day|hour|week|month))|\b(?:one|two|three|four|five|six|seven|eight|"
                          r"nine|ten|eleven|twelve|dozens?|scores|hundreds|several)\b(?![\-\u2010])", re.IGNORECASE)


def _before_anchor(dates, roles, m: re.Match, rs: int):
    """The day-precise date of the clause before "a day earlier" / "the day before" that the
    offset counts back from ("buried on Sunday the victims of an attack a day earlier")."""
    for d, r in zip(reversed(dates), reversed(roles), strict=True):
        if d.precision == "day" and rs <= d.start and d.end <= m.start() and r in (EVENT, STATEMENT):
            return d
    return None


def _after_anchor(text: str, dates, m: re.Match, rs: int, re_: int, focus: int):
    """The day-precise date that "a day after <an attack>" hangs on ("on Thursday, a day after
    a truck bomb exploded"), when the toll belongs to that attack (it comes after the phrase)."""
    if not _AFTER_EVENT.match(text, m.end(), min(len(text), m.end() + 100)):
        return None
    if focus < m.end() and (_TOLL_BEFORE.search(text, rs, m.start()) or not TOLL_WORDS.search(text, m.end(), re_)):
        return None  # "killed five on Thursday, a day after ...": that toll is Thursday's
    for d in dates:
        if d.precision == "day" and rs <= d.start and d.end <= m.start() and \
                _ANCHOR_GAP.fullmatch(text, d.end, m.start()):
            return d
    return None


# "The raid happened three days after the neighbour launched its own strikes ... which left four villagers dead": the toll
# after the phrase is the earlier attack's, that many days before the report's own (link9)
_TOOK_PLACE_BEFORE = re.compile(r"\b(?:takes?\s+place|took\s+place|happened|occurred|was\s+(?:launched|carried\s+out))\s+"
                                r"(?:just\s+|only\s+|barely\s+|some\s+|about\s+)?$", re.IGNORECASE)
_ANCHOR_GAP = re.compile(r"[\s,]*(?:\w+\s+)?")
# "Today's attack takes place just ", "The bombing on Friday came ": the day an attack is told by, before "N days after"
_TOLD_AFTER_GAP = re.compile(r"(?:['\u2019]s)?\s+(?:[\w\-]+\s+){0,5}?(?:takes?\s+place|took\s+place|came|comes|happened|"
                             r"occurred)\s+(?:just\s+|only\s+|barely\s+|some\s+|about\s+)?", re.IGNORECASE)
_SAYING_AFTER = re.compile(r"\b(?:said|says|announced|warned|declared|told|stated|vowed|promised|pledged|urged|"
                           r"threatened|demanded|decided|agreed|signed|met|visited|arrived|left)\b", re.IGNORECASE)


def _told_after(text: str, dates, roles, m: re.Match, rs: int, re_: int, o: tuple[int, str]) -> DateRef | None:
    """The day of the other event a sentence with no toll tells of after "N days after" ("Today's attack takes
    place just 10 days after 25 militants escaped from a prison in Dushanbe"): that many days before the
    sentence's own day, when the other event happened somewhere the sentence names (not a statement, a meeting)."""
    for d, r in zip(dates, roles, strict=True):
        if r != EVENT or d.precision != "day" or not rs <= d.start or d.end > m.start() or \
                not _TOLD_AFTER_GAP.fullmatch(text, d.end, m.start()):
            continue
        if _SAYING_AFTER.search(text, m.end(), re_) or best_place(text, m.end(), re_) is None:
            return None
        day = dt.date.fromisoformat(d.value) - dt.timedelta(days=o[0])
        return DateRef(day.isoformat(), o[1], m.start(), m.end(), True)
    return None
