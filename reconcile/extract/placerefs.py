"""Places a sentence names as a reference, not as its scene, and a city named for its province (the wild
context probe's shapes, issue 4): a town the scene lies near ("in Surobi, near Kabul"), the bureaus of a wire
dateline ("KABUL/ KANDAHAR:"), a capital addressed as its government ("sought an apology from
Washington"), and "the province of Kandahar" (the province, not its capital city). :mod:`.places` asks these
of each mention in ``event_places`` and ``_seat_of_power``."""

from __future__ import annotations

import re

from .. import gazetteer

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
