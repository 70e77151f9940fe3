"""Where one sentence places its own event: the place of its focus clause and of the report's own event
(``_places``, the place fields of :mod:`.context`'s ``SentenceContext``), the dateline's city as a last resort,
and the bearing a sentence gives ("in southwestern Pakistan") that a place must not contradict (``_bearing``,
``_against``, also used by :mod:`.reader`). Places themselves are read in :mod:`.places`.
"""

from __future__ import annotations

import re

from .. import gazetteer
from .dates import dateline_date
from .places import best_place
from .tollplaces import joint_place

_DATELINE_STRICT = re.compile(r"\W*(?P<city>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)?)"
                              # "KABUL/ ISLAMABAD:": a dateline of several bureaus, in capitals
                              r"(?P<bureaus>(?:\s*/\s*[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)?)+)?"
                              # ", Pakistan", ", March 16", ", Pakistan, Mar 16, 2025"
                              r"(?P<tail>(?:,\s*[A-Z][A-Za-z]+\.?(?: [A-Z][A-Za-z]+)?(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?"
                              r"(?:,?\s+(?:19|20)\d\d)?){1,2})?\s*(?P<agency>\([^()]{1,30}\))?"
                              # "Karachi, Oct 7 (PTI) Two Chinese ...": an agency's bracket ends it without a dash
                              r"(?:\s*(?:-|\u2014|\u2013|\u2022|\u00b7|\||(?P<colon>:))\s|(?<=\))\s+(?=[A-Z\"\u201c]))")
_SLASH = re.compile(r"\s*/\s*")
_DATELINE_CAPS = re.compile(r"\W*(?P<city>[A-Z][A-Z'\-]{2,}(?: [A-Z][A-Z'\-]+)?),\s*(?P<country>[A-Z][a-z]+)\s+(?=[A-Z])")
_DATELINE = re.compile(r"\W*([A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)?)\s*(?:,|:|\(|\u2014|\u2013|-\s)")


def _places(text: str, start: int, end: int, rs: int, re_: int, other_start: int | None, other: bool) -> tuple:
    """(place, main_place, dateline) of sentence_context: the place of the focus clause
    ``text[rs:re_]``, of the report's own event, and the dateline's city."""
    # "KHOST, Afghanistan - ...": where the report was filed, not where the attack happened; a last resort
    dl = dl_end = None
    bureaus = ()
    filed = dateline_date(text, start, end) if text[start : start + 1] in "dDpPuU0123456789" else None
    at = filed[1] if filed is not None else start  # after a date line ("date 2025-03-16 Quetta: ...")
    dm = _DATELINE_STRICT.match(text, at, min(end, at + 80))
    if dm is not None:
        where = gazetteer.lookup(dm.group("city"))
        if dm.group("bureaus"):  # several bureaus: the first of the country the sentence names (below), if any
            bureaus = [gazetteer.lookup(b) for b in [dm.group("city"), *_SLASH.split(dm.group("bureaus"))[1:]]]
            where = None if None in bureaus or not dm.group("city").isupper() else bureaus[0]
        if where is not None and where.type != "country" and (
                dm.group("city").isupper() or (dm.group("tail") or dm.group("agency")) and not dm.group("colon")
                # "Quetta: At least five ...": a town and a colon opening a paragraph
                or dm.group("colon") and where.type in ("city", "district") and _opens_paragraph(text, start)):
            dl, dl_end = where, dm.end()
    elif text[at : at + 2].isupper():
        # "DUSHANBE, Tajikistan A suicide bomb ...": a dateline whose dash a copy lost (a city in capitals, its country)
        dm = _DATELINE_CAPS.match(text, at, min(end, at + 60))
        where = gazetteer.lookup(dm.group("city")) if dm is not None else None
        country = gazetteer.lookup(dm.group("country")) if where is not None else None
        if where is not None and where.type != "country" and country is not None and country.type == "country" and \
                where.country == country.country:
            dl, dl_end = where, dm.end()
    ps = max(rs, dl_end) if dl_end is not None and rs < dl_end else rs
    # (a figure for two provinces together is their country's: joint_place)
    single = best_place(text, ps, re_)
    place = joint_place(text, ps, re_, single)
    if place is None and not other and (rs, re_) != (start, end):
        single = best_place(text, dl_end or start, end)
        place = joint_place(text, dl_end or start, end, single)
    joint = place is not single
    dateline = None
    if place is None and dl is not None:
        dateline = dl
    elif place is not None and place.type == "country" and _bearing(text, ps, re_, place) is None:
        # "KABUL, Afghanistan — ... outside Afghanistan's main airport": the dateline's city, a last resort
        # (not "... in southwestern Pakistan": a region the dateline's city only reports from)
        if dl is None:
            dm = _DATELINE.match(text, start, min(end, start + 60))
            where = gazetteer.lookup(dm.group(1)) if dm is not None else None
            dl = where if where is not None and where.type != "country" else None
        if dl is not None and dl.country != place.country and bureaus:
            dl = next((b for b in bureaus if b.type != "country" and b.country == place.country), None)
        if dl is not None and dl.country == place.country:
            dateline = dl
    main_place = None
    if other:
        cut = other_start if other_start is not None else (rs if rs > start else None)
        if cut is not None and cut > start:
            main_place = best_place(text, start, cut)
    else:
        main_place = place
    return place, main_place, dateline, joint


def _opens_paragraph(text: str, start: int) -> bool:
    """``text[start:]`` opens the text or a paragraph."""
    before = text[max(0, start - 200) : start].rstrip(" \t")
    return not before.strip() and start < 200 or before.endswith("\n")


_BEARING = re.compile(r"\b(?P<b>(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+(?P<c>[A-Z][a-z]+)\b",
                      re.IGNORECASE)
#: How far (degrees of latitude, of longitude) a place may lie across the middle of its country
#: and still be in the country's north or south (east or west) as reporters say it; wider east-west,
#: where a country's middle lies far from where its people live (Peshawar is "western Pakistan").
BEARING_SLACK = (1.5, 2.5)


def _bearing(text: str, start: int, end: int, place: gazetteer.Place) -> tuple[str, gazetteer.Place] | None:
    """("southwest", Pakistan) of a sentence placing its event "in southwestern Pakistan", when
    ``place`` is that country."""
    if place.type != "country" or place.lat is None or place.lon is None:
        return None
    for m in _BEARING.finditer(text, start, end):
        if gazetteer.lookup(m.group("c")) == place:
            return m.group("b").lower().replace("-", ""), place
    return None


def _against(bearing: tuple[str, gazetteer.Place] | None, p: gazetteer.Place | None) -> bool:
    """``p`` lies clearly outside the part of the country ``bearing`` names (Bannu, in the north,
    is not "in southwestern Pakistan")."""
    if bearing is None or p is None or p.lat is None or p.lon is None:
        return False
    b, c = bearing
    if p.country != c.country or p.type == "country":
        return False
    lat, lon = BEARING_SLACK
    if b.startswith("north"):
        return p.lat < c.lat - lat
    if b.startswith("south"):
        return p.lat > c.lat + lat
    if b == "east":
        return p.lon < c.lon - lon
    return p.lon > c.lon + lon
