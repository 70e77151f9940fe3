"""Tolls told in a clause the usual rules do not reach, and counts in a toll's sentence that are no toll.
Read by ``casualties.casualties``:

- ``later_predicate``: the count's own casualty verb is a later predicate of the same subject ("14 passengers
  were pulled off a bus ... and shot dead", "six men were abducted on Monday and later killed");
- ``family_loss``: a loss told by the bereaved ("We lost 10 members of our family", "he lost three sons", "we
  have so far lost 15 people");
- ``running_total``: a total the new deaths bring the toll to ("..., bringing the total to 25 victims",
  "taking the number of dead to 40"), and ``increments``: the new deaths themselves ("one more staff member
  died", "two additional patients"), a part of that total, no toll of their own;
- ``doubted``: a figure someone doubts or denies ("skeptical that even 100 were killed", "we did not kill
  up to 90 civilians"): no claim of that figure;
- ``family_of_one``: one named victim "and his family" (a toll not told: no toll of one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .gates import TailGated, doc_gated
from .numbers import NUMBER_EXPR
from .rules import ADVERB_LY, NP_GEN, NUM, Found, _found
from .victims import VICTIM_NOUN, victim_label

# ----------------------------------------------------------------- a later predicate of the same subject
#: a first predicate of the subject that is no casualty ("offloaded", "abducted", "taken hostage", "lined up")
_FIRST_PRED = (r"(?!(?:killed|wounded|injured|hurt|martyred|slain|dead|died|shot|executed|murdered|beheaded|"
               r"gunned|burnt|burned|lynched|massacred)\b)(?:[a-z]+ed|taken|driven|held|caught|thrown|dragged|seen|"
               r"led|made|kept|forced|stopped|pulled|bound|blindfolded)")
_LATER_KILL = (r"(?:shot\s+dead|gunned\s+down|shot\s+and\s+killed|killed|executed|murdered|beheaded|slain|massacred|"
               r"(?:shot|burnt|burned|stabbed|beaten|hacked|tortured|bludgeoned|stoned|strangled)\s+to\s+death|"
               r"lynched|martyred)")
_LATER_INJ = r"(?:wounded|injured|hurt|beaten(?!\s+to\s+death))"
_RX_LATER = TailGated(re.compile(  # (speed: gates.TailGated, the rest after the count's noun phrase looked for first)
    rf"{NUM}{NP_GEN}\s+(?:were|had\s+been|have\s+been|was)\s+(?:(?:all|also|reportedly|allegedly|then|first|"
    rf"{ADVERB_LY})\s+){{0,2}}{_FIRST_PRED}\b(?P<gap>[^.;\d\u201c\u201d\"]{{0,160}}?)(?:\s*,\s*|\s+)(?:and|before\s+being|"
    rf"then)\s+(?:(?:then|later|subsequently|eventually|finally|all|were|been|brutally|summarily|"
    rf"{ADVERB_LY})\s+){{0,2}}(?P<verb>{_LATER_KILL}|{_LATER_INJ})\b",
    re.IGNORECASE,
), f"{NUM}{NP_GEN}")
#: a new clause inside the gap: another subject and its own verb
_GAP_CLAUSE = re.compile(r"\b(?:were|was|are|is|while|whereas|but|who|which|when|after|as)\b", re.IGNORECASE)


def later_predicate(text: str, s: int, e: int) -> Iterator[Found]:
    """"At least 14 passengers were offloaded from a bus ... and shot dead": the count's casualty verb is its
    second predicate."""
    for m in _RX_LATER.finditer(text, s, e):
        if _GAP_CLAUSE.search(m.group("gap")):
            continue
        verb = m.group("verb").lower()
        kind = "injured" if verb.startswith(("wound", "injur", "hurt", "beaten")) else "killed"
        f = _found(kind, "passive.later", text, m, m.start(), m.end())
        if f is not None:
            yield f


# ----------------------------------------------------------------- a family's loss
_KIN = (r"(?:members\s+of\s+(?:our|his|her|their|my|the|one)\s+(?:\w+\s+)?family|(?:family\s+)?members|relatives|"
        r"family\s+members|loved\s+ones|kin|kinsmen|children|sons|daughters|brothers|sisters|nephews|nieces|cousins|"
        r"grandchildren|grandsons|granddaughters)")
# ... or a village's, told by its people: "we have so far lost 15 people", "the village buried 20 residents" (not
# people lost to an election, defections or a rival)
_PEOPLE = r"(?:people|persons|villagers|residents|inhabitants|neighbours|neighbors|worshippers|worshipers)"
_RX_LOST = re.compile(
    rf"\b(?:lost|losing|loses|lose|buried|burying|mourn(?:s|ed|ing)?)\s+(?:(?:all|another)\s+)?{NUM}"
    rf"(?P<np>\s+(?:(?:of\s+)?(?:our|his|her|their|my)\s+)?(?:(?:close|young|own|immediate|extended)\s+)?(?:{_KIN}|{_PEOPLE}))\b"
    rf"(?!\s+(?:to|through|in)\s+(?:the\s+)?(?:defections?|desertions?|arrests?|capture|surrenders?|custody|elections?|"
    rf"migration|emigration|the\s+other\s+side|rivals?|cities|city|towns?|abroad|jobs?)\b)",
    re.IGNORECASE,
)


def family_loss(text: str, s: int, e: int) -> Iterator[Found]:
    """"We lost 10 members of our family", "she lost three of her children in the strike": the bereaved's toll
    (the dead of one family, civilians unless the words say otherwise)."""
    for m in _RX_LOST.finditer(text, s, e):
        np = m.group("np")
        f = _found("killed", "family_loss", text, m, m.start(), m.end())
        if f is not None:
            f.victims = victim_label(np) if victim_label(np) != "people" else "civilians"
            yield f


# ----------------------------------------------------------------- a force's loss
# "we lost more than 100 men", "the army lost 12 soldiers in the ambush", "the group lost 30 of its fighters": the
# dead of a force told by the force (or of it); not men lost to desertion, arrest or capture (wild9)
_FORCE = (r"(?:men|soldiers|troops|fighters|personnel|policemen|police\s+officers|officers|comrades|servicemen|"
          r"service\s*members|jawans|commandos|militants|guards|militiamen|mujahideen)")
_RX_FORCE_LOST = re.compile(
    rf"\b(?:lost|losing|loses|lose)\s+(?:(?:all|another|a\s+further)\s+)?{NUM}"
    rf"(?P<np>\s+(?:of\s+(?:its|their|our|his|her)\s+)?(?:(?:own|best|elite|finest)\s+)?{_FORCE})\b"
    rf"(?!\s+(?:to|through|in)\s+(?:defections?|desertions?|arrests?|capture|surrenders?|custody|retirement|the\s+other\s+side|"
    rf"resignations?|transfers?)\b)",
    re.IGNORECASE,
)


def force_loss(text: str, s: int, e: int) -> Iterator[Found]:
    """"We lost more than 100 men", "the army lost 12 soldiers": a force's dead."""
    for m in _RX_FORCE_LOST.finditer(text, s, e):
        f = _found("killed", "force_loss", text, m, m.start(), m.end())
        if f is not None:
            f.victims = victim_label(m.group("np"))
            yield f


# ----------------------------------------------------------------- a running total and its increments
_RX_RUNNING = re.compile(
    rf"\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing|pushes|pushed)\s+(?:the\s+|its\s+)?"
    rf"(?:(?:overall|total|final|official|confirmed|new)\s+)?(?:(?P<inj>injury|wounded)\s+|death\s+|casualty\s+)?"
    rf"(?:total|toll|tally|count|number|figure)"
    rf"(?:\s+of\s+(?:the\s+)?(?:(?P<inj2>wounded|injured|injuries)|dead|deaths|fatalities|victims|people\s+killed|"
    rf"those\s+killed|(?:[\w\-]+\s+){{0,2}}?(?:killed|dead)))?"
    rf"\s+(?:so\s+far\s+|now\s+)?to\s+{NUM}(?P<np>\s+(?:[\w\-]+\s+){{0,2}}?(?:victims|people|persons|dead|deaths|"
    rf"fatalities|killed|civilians|casualties))?",
    re.IGNORECASE,
)
_INJ_NEAR = re.compile(r"\b(?:wound|injur|hurt)\w*", re.IGNORECASE)
_KILL_NEAR = re.compile(r"\b(?:kill|dead|death|died|die|slain|martyr|fatalit|bodies|succumb|perish)\w*", re.IGNORECASE)


def running_total(text: str, s: int, e: int) -> Iterator[Found]:
    """"one more staff member died ..., bringing the total to 25 victims": the total, of the kind told before it."""
    for m in _RX_RUNNING.finditer(text, s, e):
        if m.group("inj") or m.group("inj2"):
            kind = "injured"
        else:
            before = text[s : m.start()]
            k, i = _KILL_NEAR.search(before), _INJ_NEAR.search(before)
            if k is None and i is None:
                continue  # "bringing the total to 40": of what, the sentence does not say
            kind = "killed" if i is None or (k is not None and _last(_KILL_NEAR, before) > _last(_INJ_NEAR, before)) \
                else "injured"
        f = _found(kind, "toll.running", text, m, m.start(), m.end())
        if f is not None:
            np = m.group("np") or ""
            f.victims = victim_label(np) if np.strip().lower() not in ("", "dead", "deaths", "fatalities", "killed",
                                                                        "casualties") else "people"
            yield f


# ----------------------------------------------------------------- a figure in a trailing "with" clause
#: "The shelling killed many villagers, with local accounts saying up to 25": the
#: figure of a trailing clause with no casualty verb of its own, of the kind of the verb before it
_RX_WITH_SAYING = re.compile(
    rf",\s+with\s+(?:(?:some|other|several|many|local|unconfirmed|media|news|initial|early|earlier|conflicting|"
    rf"the|a\s+few)\s+){{0,2}}(?:[\w\-]+\s+)?"
    rf"(?:reports?|sources?|officials?|witnesses|residents|villagers|elders|accounts|estimates|outlets|media|activists|"
    rf"relatives|survivors)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:saying|putting\s+(?:the\s+|that\s+)?(?:death\s+toll|toll|number|figure|tally)\s+(?:as\s+high\s+as|at)|suggesting|"
    rf"claiming|estimating|indicating|reporting|citing|giving)\s+(?:that\s+)?"
    rf"(?:(?:the\s+)?(?:death\s+toll|toll|number|figure|tally)\s+(?:was|is|stood\s+at|could\s+be|may\s+be|might\s+be|"
    rf"could\s+reach|may\s+have\s+reached|reached)\s+)?{NUM}(?P<np>\s+(?:people|civilians|persons|victims|dead))?"
    rf"(?=\s*(?:[,.;:)\u2014\u2013]|$|(?:as|when|while|in|on|at|during|after|before|and|but|had|have)\b))",
    re.IGNORECASE,
)
_OWN_PRED_AFTER = re.compile(r"\s+(?:(?:had|have|were|was)\s+(?:been\s+)?)?(?:killed|dead|died|wounded|injured|hurt)\b",
                             re.IGNORECASE)
_VICTIMS_BEFORE = re.compile(rf"\b(?P<v>{VICTIM_NOUN})\b", re.IGNORECASE)


def with_saying(text: str, s: int, e: int) -> Iterator[Found]:
    """", with elders saying at least 25": the figure of a verbless trailing clause, of the kind of the
    casualty verb before it (never a figure with its own predicate: "... saying 40 were wounded")."""
    for m in _RX_WITH_SAYING.finditer(text, s, e):
        if _OWN_PRED_AFTER.match(text, m.end(), e):
            continue
        before = text[s : m.start()]
        k, i = _KILL_NEAR.search(before), _INJ_NEAR.search(before)
        if k is None and i is None:
            continue  # ", with reports saying 40": of what, the sentence does not say
        kind = "killed" if i is None or (k is not None and _last(_KILL_NEAR, before) > _last(_INJ_NEAR, before)) \
            else "injured"
        f = _found(kind, "toll.with_saying", text, m, m.start("num"), m.end())
        if f is None:
            continue
        if not (m.group("np") or "").strip() or m.group("np").strip().lower() in ("dead", "victims"):
            v = next(reversed(list(_VICTIMS_BEFORE.finditer(before))), None)  # the victims nearest the figure
            f.victims = victim_label(v.group(0)) if v is not None else "people"
        yield f


def _last(rx: re.Pattern, text: str) -> int:
    p = -1
    for m in rx.finditer(text):
        p = m.start()
    return p


#: "one more", "two additional", "another five", "a further 3": the new deaths that raised a toll
_INCREMENT = re.compile(rf"(?:\b(?:another|a\s+further)\s+(?={NUMBER_EXPR})|(?<=\s)(?=(?:{NUMBER_EXPR})\s+(?:more|"
                        rf"additional|further|new)\b))", re.IGNORECASE)


def increments(text: str, s: int, e: int, found: list[Found]) -> set[int]:
    """The count starts (``num_start``) in ``found`` of the increments of a running total told in the same
    sentence after them ("one more staff member ... and two additional patients ..., bringing the total to 25"):
    parts of that total, no toll."""
    low = text[s:e].lower()
    if not any(w in low for w in _RUNNING_GATE):
        return set()
    totals = list(running_total(text, s, e))  # (another rule may have read the total first: "number of wounded to 60")
    if not totals:
        return set()
    out = set()
    starts = {t.num_start for t in totals}
    for f in found:
        if f.num_start in starts or f.num_start < 0:
            continue
        if any(f.kind == t.kind and f.num_start < t.num_start for t in totals):
            a = max(s, f.num_start - 12)
            lead = _INCREMENT.search(text, a, f.num_end)
            after = re.match(r"(?:\S+\s+)?(?:more|additional|further|new)\b", text[f.num_start : f.num_end + 16],
                             re.IGNORECASE)
            if (lead is not None and lead.end() <= f.num_start + 1) or after is not None:
                out.add(f.num_start)
    return out


# ----------------------------------------------------------------- a figure doubted or denied
_DOUBTED_BEFORE = re.compile(
    r"(?:\b(?:skeptical|sceptical|doubt\w*|unconvinced|question\w*|disput\w*|den(?:y|ies|ied|ying)|reject\w*|"
    r"unlikely)\s+(?:that\s+)?(?:even\s+|as\s+many\s+as\s+)?|\b(?:not|never)\s+even\s+)$",
    re.IGNORECASE)
_DOUBTED_BEFORE = doc_gated(_DOUBTED_BEFORE)  # (speed: no scan of a stretch holding none of the strings every match holds)
_DENIED_VERB = re.compile(
    r"(?:\b(?:did|does|do|had|has|have|could|would)\s*(?:not|n['\u2019]t)\s+(?:\w+ly\s+)?|\bnever\s+|"
    r"\bden(?:y|ies|ied|ying)\s+(?:having\s+)?)$",
    re.IGNORECASE)
_DENIED_VERB = doc_gated(_DENIED_VERB)  # (speed: no scan of a stretch holding none of the strings every match holds)


def doubted(text: str, s: int, f: Found) -> bool:
    """A figure doubted or denied: "skeptical that even 100 were killed", "We did not kill up to 90 civilians"."""
    if f.num_start < 0:
        return False
    if _DOUBTED_BEFORE.search(text, max(s, f.num_start - 40), f.num_start):
        return True
    return f.start < f.num_start and _DENIED_VERB.search(text, max(s, f.start - 30), f.start) is not None


# ----------------------------------------------------------------- one victim and his family
_AND_FAMILY = re.compile(r"(?:\s*,\s*[^,.;]{1,50},)?\s*,?\s+and\s+(?:his|her|their)\s+(?:\w+\s+){0,2}?"
                         r"(?:family|families|relatives|household|children|kin)\b", re.IGNORECASE)


def family_of_one(text: str, e: int, f: Found) -> bool:
    """"killed an aid worker, Zemarai Ahmadi, and his extended family": not a toll of one."""
    return f.count is not None and f.count.low == 1 and f.count.high == 1 and \
        _AND_FAMILY.match(text, f.end, e) is not None


#: a place preposition right before a count: "140 civilians in two family compounds were killed" counts places
_PLACE_PREP_BEFORE = re.compile(r"\b(?:in|inside|across|into|outside|near|within|throughout)\s+$", re.IGNORECASE)
_PLACE_PREP_BEFORE = doc_gated(_PLACE_PREP_BEFORE)  # (speed: no scan of a stretch holding none of the strings every match holds)


#: ... unless people or the dead are what it counts: "resulted in 12 militant deaths", "taken in 30 bodies"
_PEOPLE_AFTER = re.compile(rf"\s+(?:[\w\-]+\s+){{0,2}}?(?:{VICTIM_NOUN}|deaths|fatalities|casualties|injuries|bodies|"
                           rf"corpses|dead|killed|wounded|injured|lives|others|more)\b", re.IGNORECASE)


def places_counted(text: str, s: int, f: Found) -> bool:
    """A count that is the object of a place preposition ("in two family compounds"): places, no victims."""
    return f.num_start > s and _PLACE_PREP_BEFORE.search(text, max(s, f.num_start - 12), f.num_start) is not None \
        and not _PEOPLE_AFTER.match(text, f.num_end)


#: a vague count coordinated after another victim: "the ambassador and several other diplomats were wounded"
_AND_BEFORE = re.compile(r"\b(?:and|as\s+well\s+as|along\s+with)\s+$", re.IGNORECASE)
_FEW = frozenset(["several", "a_few", "a_handful_of", "a_couple_of"])


def vague_companion(text: str, s: int, f: Found) -> bool:
    """"at least 27 staff and several patients were hurt", "the ambassador and several other diplomats were
    wounded": a vague group joined to a counted or named one in one subject, no count to check of its own.
    ("Four were killed and several people were wounded", "with four dead and a handful injured": a clause of
    its own after a predicate, kept.)"""
    if f.count is None or f.count.vague not in _FEW or f.num_start <= s:
        return False
    a = _AND_BEFORE.search(text, max(s, f.num_start - 14), f.num_start)
    return a is not None and not _PREDICATE_BEFORE.search(text, max(s, a.start() - 60), a.start())


#: a predicate before the "and": the vague count opens a new clause
_PREDICATE_BEFORE = re.compile(r"\b(?:killed|dead|died|wounded|injured|hurt|martyred|slain|lost|were|was|are|is|have|has|had|"
                               r"killing|wounding|injuring|leaving|left)\b[^,;]*$", re.IGNORECASE)


def dropped(text: str, s: int, e: int, f: Found, found: list[Found]) -> bool:
    """A count of ``found``'s sentence read by a later rule (fallback) that is no toll: an increment of a running
    total told in ``found``, a figure doubted or denied, one victim "and his family"."""
    return doubted(text, s, f) or family_of_one(text, e, f) or places_counted(text, s, f) or \
        f.num_start in increments(text, s, e, [*found, f])


_LATER_GATE = (" and ", "before being", " then ")
_LOST_GATE = ("lost", "losing", "lose ", "loses", "buried", "burying", "mourn")
_RUNNING_GATE = ("bring", "brought", "taking", "takes", "took", "raising", "raises", "raised", "pushing", "pushes", "pushed")


def extra_tolls(text: str, s: int, e: int, low: str) -> list[Found]:
    """The tolls of this module's shapes in the sentence ``text[s:e]`` (``low``: its lower case)."""
    out: list[Found] = []
    if any(w in low for w in _LATER_GATE) and " and " in low:
        out += later_predicate(text, s, e)
    if any(w in low for w in _LOST_GATE):
        out += family_loss(text, s, e)
        if "los" in low:
            out += force_loss(text, s, e)
    if " to " in low and any(w in low for w in _RUNNING_GATE):
        out += running_total(text, s, e)
    if ", with " in low:
        out += with_saying(text, s, e)
    return out


__all__ = ["with_saying", "vague_companion", "places_counted", "dropped", "extra_tolls", "later_predicate", "family_loss", "force_loss", "running_total", "increments", "doubted", "family_of_one"]
