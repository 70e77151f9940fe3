"""Places a sentence names as a reference, not as its scene, and a city named for its province (the wild
context probe's shapes, issue 4): a town the scene lies near ("in Surobi, near Kabul"), the bureaus of a wire
dateline ("KABUL/ KANDAHAR:"), a capital addressed as its government ("sought an apology from
Washington"), and "the province of Kandahar" (the province, not its capital city). :mod:`.places` asks these
of each mention in ``event_places`` and ``_seat_of_power``."""

from __future__ import annotations

import re

from .. import gazetteer
from .gates import doc_gated

# a capital addressed as its government ("sought an apology from Washington", "pressure from Islamabad",
# "talks with Kabul", "a message to Moscow"): whom it was asked of, not a scene
SEAT_ADDRESSED_BEFORE = re.compile(
    r"\b(?:explanations?|apolog(?:y|ies)|answers?|assurances?|guarantees?|pressure|demands?|response|reply|message|"
    r"protests?|complaints?|cooperation|help|support|talks|ties|relations|dialogue|negotiations|contacts?)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:from|with|to|by)\s+$", re.IGNORECASE)

# a town named after the scene as what it lies near ("in Surobi, near Kabul", "Balandi, close to the city of Kandahar")
_NEAR_REF = re.compile(r",?\s*(?:near|close\s+to|not\s+far\s+from|outside|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?"
                       r"(?:[\w\-]+\s+){0,3}?(?:(?:city|town|capital)(?:\s+of|,)?\s+)?", re.IGNORECASE)
# a dateline of several bureaus ("KABUL/ KANDAHAR:", "ISLAMABAD / PESHAWAR -"): the cities in capitals, by a slash
_SLASH_AFTER = re.compile(r"\s*/\s*[A-Z]")
_SLASH_BEFORE = re.compile(r"[A-Z][A-Z'\-]+\s*/\s*$")
# "the province of Kandahar", "Afghanistan's southern province of Helmand": a province named after its capital city
_PROVINCE_OF_BEFORE = re.compile(r"\bprovince\s+of\s+$", re.IGNORECASE)
_LOCAL = ("city", "district")

# a sentence saying where its event happened ("The explosions occurred in ...", "the bomber blew himself up in ..."),
# and "the city", "that province": a place told before (the context reader's)
_WHERE = re.compile(r"\b(?:the|both|two|twin)\s+(?:\w+\s+)?(?:attacks?|blasts?|bombings?|explosions?|bombs|assault|raid|"
                    r"incident|shooting|ambush)\s+(?:\w+\s+){0,3}?(?:occurred|happened|took\s+place|went\s+off)\b"
                    # "The suicide bomber blew himself up in the gym of the camp in Khost province"
                    r"|\bthe\s+(?:\w+\s+)?(?:bomber|attacker|assailant)\s+(?:\w+\s+){0,2}?(?:blew\s+(?:himself|herself)\s+up|"
                    r"detonated)\b", re.IGNORECASE)
_THE_CITY = re.compile(r"\b(?:the|that|same)\s+(?:city|town|province|district|village|area)\b(?!\s+of\b)", re.IGNORECASE)


def reference_only(text: str, end: int, m: gazetteer.PlaceMention, before: str,
                   kept: list[gazetteer.PlaceMention]) -> bool:
    """``m`` is a reference point, not the scene: a town named right after the scene's town as what it lies near
    (``kept``: the mentions of the sentence kept so far), or a bureau of a dateline of several cities."""
    if kept and kept[-1].place.type in _LOCAL and m.place.type in _LOCAL and \
            _NEAR_REF.fullmatch(text, kept[-1].end, m.start):
        return True  # "in Surobi, near Kabul": the town the scene lies near
    return m.text.isupper() and (_SLASH_AFTER.match(text, m.end, min(end, m.end + 4)) is not None
                                 or _SLASH_BEFORE.search(before) is not None)


def as_province(m: gazetteer.PlaceMention, before: str) -> gazetteer.PlaceMention:
    """The province a city mention names after "province of" ("the southern province of Kandahar"); else ``m``."""
    if m.place.type != "city" or not _PROVINCE_OF_BEFORE.search(before):
        return m
    prov = gazetteer.lookup(m.text + " Province")
    return m if prov is None or prov.type != "province" else gazetteer.PlaceMention(m.start, m.end, m.text, prov)


# a past event a "since" clause measures from, its place: "since the fall of Kabul to the Taliban", "the
# deadliest attack since a bomber struck a school in Peshawar" (not "the toll rose to 40 since the attack in Kabul":
# the report's own attack, no ranking, no change of power)
_SINCE_POWER_BEFORE = re.compile(r"\bsince\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-'\u2019]+\s+){0,3}?(?:takeover|take-over|fall|"
                                 r"capture|seizure|conquest|return|withdrawal|ouster|overthrow|invasion|liberation)\s+"
                                 r"(?:(?:to\s+power\s+)?(?:of|in|at|on)\s+(?:the\s+)?)$", re.IGNORECASE)
_RANKED_SINCE_CLAUSE = re.compile(r"\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|most\s+(?:lethal|deadly|serious|"
                                  r"devastating|violent|intense))\b[^.;:()\u2014]{0,60}?\bsince\b[^.;:,()\u2014]{0,100}$",
                                  re.IGNORECASE)
_RANKED_SINCE_CLAUSE = doc_gated(_RANKED_SINCE_CLAUSE)  # (speed: no scan of a stretch holding none of the strings every match holds)

def since_clause(text: str, start: int, end: int, m: gazetteer.PlaceMention, before: str) -> bool:
    """``m`` names the place of a past event a "since" clause measures from (above), the clause set after a main
    clause that told its own toll first ("23 soldiers were killed ..., the most violent since the takeover of Kabul"):
    not the subject's ranking ("The worst attack since the Peshawar bombing left 19 dead in Mardan"), nor a clause
    whose own attack the toll is ("the deadliest since the 2019 bombing at a Kabul wedding hall, which killed 80")."""
    cue = _SINCE_POWER_BEFORE.search(before)
    at = m.start - len(before) + cue.start() if cue is not None else -1
    if cue is None:
        ranked = _RANKED_SINCE_CLAUSE.search(text, max(start, m.start - 170), m.start)
        if ranked is None:
            return False
        at = ranked.start()
    return _TOLL_WORD.search(text, start, at) is not None and _TOLL_WORD.search(text, m.end, min(end, m.end + 80)) is None


_TOLL_WORD = re.compile(r"\b(?:kill\w*|dead|died|dies|deaths?|lives|wound\w*|injur\w*|martyr\w*)\b", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_SIDES_JOINED = re.compile(r"\s+and\s+(?:the\s+)?|\s*[\-\u2013/]\s*")
_BORDER_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:\w+\s+)?(?:border|frontier|boundary)\b", re.IGNORECASE)


def border_sides(text: str, start: int, end: int) -> tuple:
    """Two countries named as the sides of a border or of a fight ("between Pakistan and Afghanistan", "the
    Afghanistan-Pakistan border", "Pakistan and Iran's border"): both places, or none."""
    if "between" not in text[start:end] and "order" not in text[start:end] and "rontier" not in text[start:end]:
        return ()
    mentions = gazetteer.find_places(text, start, end)
    for m, n in zip(mentions, mentions[1:], strict=False):
        if m.place.type != "country" or n.place.type != "country" or m.place == n.place:
            continue
        joined = _SIDES_JOINED.fullmatch(text, m.end, n.start)
        if joined is None:
            continue
        if _BETWEEN_BEFORE.search(text, max(start, m.start - 12), m.start) or \
                _BORDER_AFTER.match(text, n.end, min(end, n.end + 30)):
            return m.place, n.place
    return ()
