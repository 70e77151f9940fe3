"""Victim subgroups told beside a total: one claim per counted subgroup, besides the total.

"At least 30 people were killed, including 12 children and four policemen", "nine people -- six
guards and three porters -- died", "the toll rose to 40, including 15 pupils": the total is one
claim (read by the toll rules), and every counted group the sentence singles out of it is a claim
of its own with ``victims`` set, whether or not the groups add up to the total.  The conflict stage
holds such a figure as a part of its total (``reconcile.tollparts``: "including" and asides are
parts), never as a rival count.

Only counted groups are read ("including two policemen", not "including a guard" or "including
several officers"), a group never larger than an exact total, and only after a total of the same
clause: no other count stands between the total and the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .numbers import parse_count
from .rules import NP, NUM, Found, _found
from .tollgroups import _group_list

#: Between a total's count and the list it opens: the total's own words, no other count, no clause break
#: ("30 people were killed in the blast, including ...", "the toll rose to 40, including ...").
_GAP = r"(?:(?!\b(?:while|whereas|but|and\s+(?:\w+\s+){0,3}?(?:were|was|had|have))\b)[^.;:!?\d\u2014\u2013()])"
_OPENS = re.compile(
    rf"(?P<gap>{_GAP}{{0,90}}?)(?:\s*,?\s*(?:\(|--|\u2014|\u2013)?\s*(?:including|among\s+them|among\s+whom)\s+)",
    re.IGNORECASE,
)
#: A list set off by dashes or brackets right after the total's noun ("eight people -- five guards and three
#: porters -- were killed"), closed by the same mark.
_ASIDE = re.compile(r"(?P<np>(?:\s+[\w'\u2019\-]+){0,3}?)\s*(?P<mark>--|\u2014|\u2013|\()\s*", re.IGNORECASE)
_CLOSE = {"--": re.compile(r"\s*--"), "\u2014": re.compile(r"\s*\u2014"), "\u2013": re.compile(r"\s*\u2013"),
          "(": re.compile(r"\s*\)")}
#: The first counted group when a longer description follows it ("including 11 engineers working on ...").
_FIRST = re.compile(rf"(?:(?:all|the)\s+)?{NUM}{NP}", re.IGNORECASE)
#: A group told by an article or a possessive counts one without a figure: not read here.
_UNCOUNTED = re.compile(r"(?:a|an|his|her|their|its)\s", re.IGNORECASE)
_NUMBER_WORD = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|"
                          r"forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|scores)\b", re.IGNORECASE)


def _items(text: str, pos: int, e: int) -> list[tuple[int, int, int, int, object, str, str]]:
    items = _group_list(text, pos, e)
    if items:
        return items
    m = _FIRST.match(text, pos, e)
    if m is None:
        return []
    f = _found("killed", "including", text, m, m.start("num"), m.end())
    if f is None or f.count is None or f.count.vague:
        return []
    return [(m.start(), m.end(), m.start("num"), m.end("num"), f.count, f.victims or "people", m.group("np").strip())]


def _parts(kind: str, text: str, total: Found, items, rule: str) -> list[Found]:
    out: list[Found] = []
    top = total.count.high if total.count is not None and total.count.qualifier == "exact" else None
    for a, b, ns, ne, count, victims, _head in items:
        if _UNCOUNTED.match(text, a) or count is None or count.low is None or count.vague:
            continue  # "a security guard", "his son": one, told by an article (no figure to check)
        if count.qualifier != "exact" and count.qualifier != "at_least":
            continue
        if top is not None and count.low > top:
            continue  # a group larger than the whole: not a part of this total
        if total.count is not None and count.low == total.count.low and victims == "people":
            continue
        out.append(Found(kind, rule, a, b, ns, ne, count, victims))
    return out


#: "of the 20 people hurt in the bombing, six were said to be critical": the whole of a partitive that is
#: itself a toll (the shared check takes "<word> of the 15" for a part of another count)
_WHOLE = re.compile(
    rf"\b(?:out\s+of|of)\s+(?:the|those)\s+{NUM}(?:\s+(?:people|persons|civilians|victims|others))?\s+"
    rf"(?P<w>injured|wounded|hurt|killed|dead)\b[^,.;\d]{{0,60}},\s*{NUM.replace('?P<num>', '?:')}\s+"
    rf"(?:were|are|was|is|had|have|has|remain|remained|later|died|succumbed)\b", re.IGNORECASE)


def partitive_wholes(text: str, s: int, e: int) -> list[Found]:
    """The toll told as the whole of a breakdown after "out of the" ("out of the 15 people injured, eight were
    critical": 15 injured)."""
    out = []
    for m in _WHOLE.finditer(text, s, e):
        count = parse_count(m.group("num"))
        if count is None or count.low is None or count.vague:
            continue
        kind = "killed" if m.group("w").lower() in ("killed", "dead") else "injured"
        out.append(Found(kind, "partitive_whole", m.start("num"), m.end("w"), m.start("num"), m.end("num"), count, "people"))
    return out


def subgroups(text: str, s: int, e: int, found: Iterable[Found]) -> list[Found]:
    """The counted groups singled out of each toll of the sentence ``text[s:e]``."""
    out: list[Found] = []
    tolls = [f for f in found if f.kind in ("killed", "injured") and f.num_start >= 0 and f.count is not None
             and f.count.low is not None]
    starts = sorted({f.num_start for f in tolls})
    for f in tolls:
        nxt = next((p for p in starts if p > f.num_start), e)
        m = _OPENS.match(text, f.num_end, e)
        if m is not None and m.end() <= nxt + 1 and not _NUMBER_WORD.search(m.group("gap")):
            out += _parts(f.kind, text, f, _items(text, m.end(), e), "including")
            continue
        a = _ASIDE.match(text, f.num_end, e)
        if a is None or not a.group("np").strip() or _NUMBER_WORD.search(a.group("np")):
            continue
        items = _items(text, a.end(), e)
        if len(items) >= 2 and _CLOSE[a.group("mark")].match(text, items[-1][1], e):
            out += _parts(f.kind, text, f, items, "aside")
    return out
