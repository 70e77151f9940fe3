"""Tolls told out of the usual order of a count and its verb: the predicate first ("Killed were three
soldiers and two civilians", ``_inverted``), and a bare figure whose kind and victims are in the sentence
before ("... how many Afghans died at the airport. ... the total was 117", ``_total_was``; ``TOTAL_STEMS``
gates it). Read by ``casualties._casualties``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .casualtywords import _OWN_VERB, _PLURAL_END, _RX_CONT, _RX_CONT_ONE
from .numbers import Count
from .rules import NP, NP_GEN, NUM, Found, _found
from .victims import victim_label

# "Killed were three FC personnel and two civilians", "Wounded were 12 police": the predicate first
_INVERTED_HEAD = (r"[\"'\u201c\u2018]?(?P<verb>Killed|Wounded|Injured|Also\s+killed|Also\s+wounded|Also\s+injured)\s+"
                  r"(?:in\s+the\s+(?:attack|blast|bombing|explosion|ambush|raid|assault)\s+)?(?:were|was)\s+")
_RX_INVERTED = (re.compile(rf"{_INVERTED_HEAD}{NUM}{NP}"), re.compile(rf"{_INVERTED_HEAD}{NUM}{NP_GEN}"))


def _inverted(text: str, s: int, e: int) -> Iterator[Found]:
    """A sentence that opens with its predicate: "Killed were three soldiers and two civilians"."""
    m = _RX_INVERTED[0].match(text, s, e) or _RX_INVERTED[1].match(text, s, e)
    if m is None:
        return
    kind = "killed" if m.group("verb").lower().endswith("killed") else "injured"
    f = _found(kind, "inverted", text, m, m.start("num"), m.end())
    if f is None:
        return
    yield f
    pos = m.end()
    for _ in range(8):
        c = _RX_CONT.match(text, pos, e)
        if not c or _OWN_VERB.match(text, c.end(), e):
            break
        g = _found(kind, "inverted.list", text, c, c.start("num"), c.end())
        if g is None:
            break
        yield g
        pos = c.end()
    one = _RX_CONT_ONE.match(text, pos, e)
    if one is not None and not _PLURAL_END.search(one.group("head")):  # "..., four children and a woman"
        yield Found(kind, "inverted.list", one.start("one"), one.end(), one.start("one"), one.end("one"),
                    Count(1, 1, "exact"), victim_label(" " + one.group("head")))


# "... how many Afghans died at the airport. A broadcaster reported that the total was 117": the figure's
# victims and verb are in the sentence before, which asks how many (or speaks of the number who) died
TOTAL_STEMS = ("total was", "total is", "total stood", "total stands", "total had", "total has", "total reached",
               "total rose", "figure was", "figure is", "figure stood", "figure had", "figure rose", "tally was",
               "tally stood", "tally had", "tally rose", "number was", "number stood", "number had")
_RX_TOTAL_WAS = re.compile(
    rf"\bthe\s+(?:final\s+|overall\s+|official\s+|actual\s+|real\s+|earlier\s+|previous\s+)?(?P<noun>total|figure|tally|number)\s+"
    rf"(?:was|is|stood\s+at|stands\s+at|(?:had|has)\s+(?:reached|risen\s+to|climbed\s+to|stood\s+at|been)|reached|rose\s+to)\s+"
    rf"(?:(?:only|just)\s+)?{NUM}(?!\s*(?:%|per\s*cent|percent)|{NP})",
    re.IGNORECASE,
)
_RX_HOW_MANY = re.compile(
    r"\b(?:how\s+many|(?:the\s+)?(?:total\s+)?number\s+of)\s+(?P<np>(?:[\w\-\.']+\s+){0,3}?)"
    r"(?:who\s+)?(?:had\s+|have\s+|were\s+|had\s+been\s+|have\s+been\s+)?"
    r"(?P<verb>died|killed|dead|perished|wounded|injured|hurt)\b",
    re.IGNORECASE,
)


#: a toll told in a sentence: the toll noun and a figure ("the death toll rose to 79", "the injury toll stood at 200")
_TOLL_TOLD = re.compile(r"\b(?:(?:death|casualty|(?P<inj>injury))\s+toll|toll\s+of\s+(?:the\s+)?dead|number\s+of\s+(?:the\s+)?dead)\b"
                        r"[^.;]{0,160}?\b(?:rose|risen|climbed|reached|stood|stands|was|is|had|has|jumped|increased)\b[^.;]{0,20}?\d",
                        re.IGNORECASE)


def _total_was(text: str, s: int, e: int) -> Iterator[Found]:
    """"the total was 117" after a sentence on how many died: a toll of the kind and victims asked about."""
    m = _RX_TOTAL_WAS.search(text, s, e)
    if m is None:
        return
    before = text[max(0, s - 300) : s]
    cut = max(before.rfind(". ", 0, len(before) - 2), before.rfind("\n"))
    q = _RX_HOW_MANY.search(before, cut + 1 if cut >= 0 else 0)
    if q is None:
        # "The death toll ... rose to 79 on Saturday. The figure was 74 on Friday.": the toll told just before
        t = _TOLL_TOLD.search(before, cut + 1 if cut >= 0 else 0)
        if t is None:
            return
        kind = "injured" if t.group("inj") else "killed"
        f = _found(kind, "toll.figure", text, m, m.start(), m.end())
        if f is not None:
            yield f
        return
    if m.group("noun").lower() != "total":
        return  # "how many died? the number was ...": only "the total" has been read so
    kind = "injured" if q.group("verb").lower() in ("wounded", "injured", "hurt") else "killed"
    f = _found(kind, "toll.total", text, m, m.start(), m.end())
    if f is not None:
        f.victims = victim_label(q.group("np").strip())
        yield f
