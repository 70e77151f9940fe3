"""What follows a toll inside its sentence and changes or adds to it: the rest of a list begun by a trailing
item ("40 villagers were killed along with 12 policemen and 6 soldiers": the soldiers too), an item
that a relative clause puts among the other kind ("nine others, who were among the 18 injured": no dead),
and a figure the toll replaced ("has climbed to 14, up from the 11 first reported": seven, a toll
told earlier).  casualties.py calls these after its own rules."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .casualtywords import _LIST_OTHER_PRED, _OWN_VERB, _RX_CONT, _SUBSET_NP
from .numbers import NUMBER_EXPR, parse_count
from .rules import Found, _found

#: "... who were among the 18 people injured", "... who were also wounded": the item is of the other kind
_OTHER_KIND_REL = {
    kind: re.compile(r"[^.;]{0,60}?\b(?:who|that|which)\s+(?:were|was|are|is|had\s+been|have\s+been|got)\s+"
                     r"(?:also\s+|all\s+|later\s+|among\s+(?:the\s+)?(?:[\w,\-]+\s+){0,3}?)*" + other + r"\b",
                     re.IGNORECASE)
    for kind, other in (("killed", r"(?:injured|wounded|hurt)"), ("injured", r"(?:killed|dead|slain|martyred)"))
}


def other_kind_after(kind: str, text: str, pos: int, e: int) -> bool:
    """The item that ends at ``pos`` is told, by a relative clause after it, to be among the other kind."""
    return _OTHER_KIND_REL[kind].match(text, pos, e) is not None


def list_after(kind: str, text: str, pos: int, e: int, rule: str) -> Iterator[Found]:
    """The items of a list after its first trailing item (", 11 soldiers and two police"), each with its count;
    the list ends at an item with a verb of its own, of the other kind, or a part of a count ("five of them")."""
    for _ in range(8):
        c = _RX_CONT.match(text, pos, e)
        if c is None or _OWN_VERB.match(text, c.end(), e) or _LIST_OTHER_PRED[kind].match(text, c.end(), e) \
                or _SUBSET_NP.match(c.group("np") or "") or other_kind_after(kind, text, c.end(), e):
            return
        g = _found(kind, rule, text, c, c.start("num"), c.end())
        if g is None:
            return
        yield g
        pos = c.end()


#: "up from the initially reported seven", "up from an earlier toll of 7", "from a previous figure of seven",
#: "up from seven reported earlier": the figure a revised toll replaced
_SUPERSEDED = re.compile(
    r"[,;(\s]\s*(?:(?:which\s+was\s+)?up\s+from|(?P<bare>from)|(?:an?\s+)?(?:increase|rise|jump)\s+from|compared\s+(?:with|to)|"
    r"revised\s+(?:up|upwards?|down|downwards?)?\s*from)\s+"
    r"(?:(?:the|an?|its|their)\s+)?(?:(?:initially|originally|previously|earlier|first)\s+)?"
    r"(?:(?:initial|original|earlier|previous|first|preliminary|reported|announced|given|stated|official)\s+){0,3}"
    r"(?:(?:death\s+)?(?:toll|figure|count|tally|number|estimate)\s+of\s+)?"
    rf"(?P<num>{NUMBER_EXPR})"
    r"(?=\s*(?:[,.;)]|$|\s+(?:reported|given|announced|stated|earlier|previously|initially|on|in|a|the|dead|deaths|killed|people)\b))"
    r"(?!\s*(?:in\s+(?:\d{4}|the\s+same|the\s+previous|the\s+first|last)|a\s+year|the\s+(?:year|month|week)|last\s+(?:year|month)"
    r"|(?:the\s+)?(?:previous|preceding)\s+(?:year|month)))",
    re.IGNORECASE,
)
_REVISED_TOLL = re.compile(r"\b(?:risen|rose|rises|climbed|climbs|jumped|increased|reached|grew|gone\s+up|went\s+up|stands|stood|"
                           r"revised|now|mounted)\b", re.IGNORECASE)


def superseded(kind: str, text: str, s: int, e: int, found: list[Found]) -> Iterator[Found]:
    """The earlier figure a revised toll of this sentence replaced: a claim of the same kind and victims
    (its claimant and date are the sentence's; revisions.py reads the order)."""
    tolls = [f for f in found if f.kind == kind and f.num_start >= 0]
    if not tolls:
        return
    revised = _REVISED_TOLL.search(text, s, e) is not None
    for m in _SUPERSEDED.finditer(text, s, e):
        if m.group("bare"):  # "climbed to 30 from 25": a bare "from" right after a revised toll's figure
            before = [f for f in tolls if f.num_end <= m.start() <= f.num_end + 1] if revised else []
        elif revised or m.group(0).lstrip(",;( ").lower().startswith("up"):
            before = [f for f in tolls if f.num_end <= m.start() and m.start() - f.num_end <= 40]
        else:
            continue
        if not before:
            continue
        count = parse_count(m.group("num"))
        if count is None or count.low is None:
            continue
        last = before[-1]
        yield Found(kind, "superseded", m.start("num"), m.end("num"), m.start("num"), m.end("num"), count, last.victims)


#: "... were killed and another 42 wounded": "another N" with no noun, after a passive of the sentence
_ANOTHER_BEFORE = re.compile(r"\b(?:and|while|with)\s+(?:another|a\s+further)\s+$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|martyred|hurt)\b",
                             re.IGNORECASE)


def elliptic_passive(text: str, s: int, m: re.Match) -> bool:
    """ "26 people were killed and another 42 wounded the bombing" (a word lost, "in"): the second count, with
    no noun, shares the first clause's passive, so it is not the subject of an active verb."""
    if m.group("np") or not _ANOTHER_BEFORE.search(text, max(s, m.start() - 20), m.start()):
        return False
    return _PASSIVE_BEFORE.search(text, s, m.start()) is not None
