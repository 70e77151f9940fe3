"""Parts of a toll told by their wording, one sentence at a time: a figure of no named group told as among
the dead, an organisation's own people ("60 of its members"), those killed at once beside a larger toll,
the victims counted per hospital or morgue they were taken to.  (Each gives the ids of such figures;
:func:`reconcile.tollparts.group_keys` gives them keys of their own.)"""

from __future__ import annotations

import re

from .matching.features import norm_label


def figures_at(c: dict) -> list[re.Match]:
    """Where the claim's figure stands in its sentence: every whole-word occurrence of its words."""
    vt, q = c.get("value_text"), c.get("quote") or ""
    if not vt:
        return []
    return list(re.finditer(r"(?<![\w])" + re.escape(vt) + r"(?![\w])", q))


def figure_at(c: dict) -> re.Match | None:
    """The first occurrence of the claim's figure in its sentence."""
    found = figures_at(c)
    return found[0] if found else None


_AMONG = re.compile(r"\bamong\s+(?:the\s+)?(?:dead|killed|victims|casualties|fatalities|wounded|injured"
                    r"|those\s+(?:killed|wounded|injured))\b"
                    # "The dead include nine members of ...", "the victims included two guards"
                    r"|\b(?:the\s+)?(?:dead|deceased|victims|casualties|fatalities|those\s+killed)\s+includ(?:e|es|ed)\b",
                    re.IGNORECASE)
_TOLL_VERB = re.compile(r"[;:]|\b(?:killed|killing|died|dead|wounded|injured|lost\s+their\s+lives)\b", re.IGNORECASE)


def _among_kind(phrase: str, kind: str) -> bool:
    """An "among the dead" phrase speaks of the dead, "among the wounded" of the wounded; "victims" and
    "casualties" of either."""
    p = phrase.lower()
    if re.search(r"\b(?:dead|killed|fatalities)\b", p):
        return kind == "killed"
    if re.search(r"\b(?:wounded|injured)\b", p):
        return kind == "injured"
    return True


def among(items: list[dict]) -> set[str]:
    """Ids of figures of no named group told as being among the dead ("Among the dead was a senior
    commander and one of his guards"): some of the victims, not everyone.  A named group among the
    dead ("only a few policemen were among the victims") stays a count of that group."""
    out: set[str] = set()
    for c in items:
        m, q = figure_at(c), c.get("quote") or ""
        if m is None or norm_label(c["victims"]) not in ("", "people"):
            continue
        for a in _AMONG.finditer(q):
            if not _among_kind(a.group(0), c["kind"]):
                continue  # "women and children were among the dead, with 29 wounded": all the wounded
            if a.end() <= m.start():
                gap = q[a.end():m.start()]
                if not re.search(r"[;:]|\d", gap):
                    out.add(c["id"])
            elif m.end() <= a.start() and not _TOLL_VERB.search(q[m.end():a.start()]):
                out.add(c["id"])
    return out


#: "60 of its members", "three of their staff": a figure of an organisation's own people.
_OF_ITS = re.compile(r"\s+of\s+(?:its|their|our|his|her)\s+(?:own\s+)?[\w-]+", re.IGNORECASE)


def own_people(items: list[dict]) -> set[str]:
    """Ids of figures of no named group that count an organisation's own people ("the bar association
    said around 60 of its members had been killed"): a group, not everyone killed."""
    out: set[str] = set()
    for c in items:
        m = figure_at(c)
        if m is not None and norm_label(c["victims"]) in ("", "people") and _OF_ITS.match(c["quote"], m.end()):
            out.add(c["id"])
    return out


#: "four of the deceased", "two of those killed", "six of the wounded": some of the victims counted again.
_VICTIM_NOUN = (r"(?:dead|deceased|killed|slain|victims|casualties|fatalities|martyrs|bodies|wounded|injured|hurt|"
                r"those\s+(?:killed|who\s+died|who\s+were\s+killed|dead|wounded|injured|hurt))")
_OF_THE_DEAD = re.compile(r"\s+of\s+(?:the|those)\s+(?:\d[\d,]*\s+|[a-z]+\s+)??" + _VICTIM_NOUN.replace("those\\s+", "") + r"\b"
                          r"|\s+of\s+" + _VICTIM_NOUN + r"\b", re.IGNORECASE)
#: "Of the 20 dead, four were children": the same, told before the figure.
_OF_THE_DEAD_BEFORE = re.compile(r"\bof\s+(?:the|those)\s+(?:\d[\d,]*\s+|[a-z]+\s+)??" + _VICTIM_NOUN.replace("those\\s+", "")
                                 # (the comma may be left out: "Of those killed 38 were civilians")
                                 + r"(?:\s+[\w\-]+){0,4}?(?:\s*,\s*|\s+)(?:at\s+least\s+|some\s+|about\s+|around\s+)?$",
                                 re.IGNORECASE)


def of_the_dead(items: list[dict]) -> set[str]:
    """Ids of figures of no named group told as some of the victims ("four of the deceased were students",
    "Of the 20 dead, four were children", "two of those wounded are in a critical state"): a part of the
    toll, which the sentence names by what else they were, not a rival count of everyone."""
    out: set[str] = set()
    for c in items:
        q = c.get("quote") or ""
        if norm_label(c["victims"]) not in ("", "people"):
            continue
        for m in figures_at(c):
            if _OF_THE_DEAD.match(q, m.end()) or _OF_THE_DEAD_BEFORE.search(q[max(0, m.start() - 80):m.start()]):
                out.add(c["id"])
                break
    return out


#: "About forty people were killed instantly", "12 died on the spot": those who died at once, told beside
#: (not as) the toll.
_INSTANT = re.compile(r"(?:[^.;:,\d]{0,40}?\b(?:killed|died|dead|perished|martyred|slain))?(?:\s+[\w\-]+)?\s+"
                      r"(?:instantly|immediately|outright|on\s+the\s+spot)\b(?!\s+or\b)",
                      re.IGNORECASE)


def instant(items: list[dict]) -> set[str]:
    """Ids of figures of those killed at once ("about 40 were killed instantly") where the same report
    gives a larger toll of the kind: a part of that toll (the rest died later), not a rival count."""
    out: set[str] = set()
    for c in items:
        m = figure_at(c)
        if m is None or not _INSTANT.match(c["quote"], m.end()):
            continue
        top = c["value_high"] if c["value_high"] is not None else c["value_low"]
        if top is not None and any(x["source_id"] == c["source_id"] and (x["value_low"] or 0) > top for x in items):
            out.add(c["id"])
    return out


#: The dead (or wounded) counted where they were taken, when a sentence splits them over two facilities or
#: more ("seven bodies were taken to the city hospital, while two were shifted to the university morgue"):
#: each is a part of the toll, not a rival count.
_FACILITY_WORD = re.compile(r"\b(?:hospitals?|morgues?|mortuar(?:y|ies)|clinics?|(?:medical|trauma)\s+(?:cent(?:er|re)|complex|"
                            r"college|university))\b", re.IGNORECASE)
_TAKEN_TO = re.compile(r"(?:\s+[A-Za-z'\u2019\-]+){0,3}?\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:also\s+)?"
                       r"(?:(?:taken|shifted|brought|moved|transferred|sent|rushed|carried|admitted)\s+(?:to|in|at)|at|in)\s+"
                       r"(?:the\s+|a\s+)?(?:[\w\-'\u2019]+\s+){0,4}?(?:hospitals?|morgues?|mortuar(?:y|ies)|clinics?|"
                       r"(?:medical|trauma)\s+(?:cent(?:er|re)|complex|college|university))\b", re.IGNORECASE)


_A_NUMBER = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                       r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\b", re.IGNORECASE)


def facility_split(items: list[dict]) -> set[str]:
    """Ids of figures a sentence gives per facility the victims were taken to, when it gives two or more
    such figures ("seven bodies were at the city hospital while two were at the morgue")."""
    out: set[str] = set()
    for c in items:
        q = c.get("quote") or ""
        if len(_FACILITY_WORD.findall(q)) < 2 or not any(_TAKEN_TO.match(q, m.end()) for m in figures_at(c)):
            continue
        if sum(1 for n in _A_NUMBER.finditer(q) if _TAKEN_TO.match(q, n.end())) >= 2:
            out.add(c["id"])
    return out
