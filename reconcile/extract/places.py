"""Places of a report: which gazetteer place of a sentence is where something happened
(not a destination, an agency's name or the owner in a possessive chain), and how places
nest (a town in its district, a district in its province, a province in its country)."""

from __future__ import annotations

import re

from .. import gazetteer
from .fastrx import word_start

_PREP_BEFORE = word_start([(["in", "at", "near", "outside", "of", "from", "across", "inside", "to", "through", "along",
                             "within", "around"], r"\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$")])


_EVENT_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:\w+\s+){0,2}?(?:bombing|bombings|attack|attacks|blast|explosion|mosque|airport|"
    r"shrine|school|hospital|prison|jail|massacre|shooting|strike|assault|raid|ambush|siege|hall|market)\b",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- which place is the event's

# "sent to Peshawar", "airlifted to the capital Kabul", "a train to Rawalpindi": where people went, not where it happened
_DESTINATION_TAIL = r"\s+(?:the\s+)?(?:(?!(?:from|in|at|near|after|when|where)\b)[\w\-']+\s+){0,3}$"
_DESTINATION_BEFORE = word_start([
    (["sent", "taken", "rushed", "flown", "airlifted", "air-?lifted", "shifted", "transferred", "moved", "evacuated",
      "referred", "brought", "driven", "carried", "transported", "relocated", "deported", "returned", "returning",
      "travel(?:l?ing|l?ed)?", "headed", "heading", "bound", "going", "train", "flight", "bus", "convoy", "journey", "trip",
      "route"], r"\s+(?:\w+\s+){0,4}?(?:to|for)" + _DESTINATION_TAIL),
    ([r"bound\s+for", r"en\s+route\s+to"], _DESTINATION_TAIL),
])
# "Agence France-Presse", "France 24", "Radio Pakistan", "Kabul Times": a name, not a place
# "calling it revenge for the treatment of Muslims in Kashmir": a motive's place, not the attack's
_MOTIVE_BEFORE = word_start([(["revenge", "retaliation", "retaliate", "avenge", r"in\s+response\s+to",
                               r"protest(?:ing)?\s+(?:against|at)", r"solidarity\s+with"], r"\b[^.;:]{0,60}$")])
_AGENCY_AFTER = re.compile(
    r"(?:-|\s+)(?:Presse|Press(?!\s+Club)|News|Times|Today|Now|Post|Tribune|Observer|Radio|TV|Television|24|Daily|Herald|"
    r"Chronicle|Online|Broadcasting|Gazette|Voice|Point|Express|Ledger|Dispatch|Courier|Mirror|Monitor|Journal|"
    r"Review|Digest|Telegraph|Guardian|Standard|Wire|Insider|Agency)\b"
)
_NAME_TAIL = re.compile(r"\w[\-\u2010](?:e|i|ye|ul|al|el)[\-\u2010]$|\w-$", re.IGNORECASE)
_AGENCY_BEFORE = re.compile(r"\b(?:Agence|Radio|Voice\s+of|Daily|Express)\s+$")
_POSSESSED = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:[\w\-]+\s+){0,3}")  # after "X's": "(KP) northern "
_POSSESSIVE = re.compile(r"(?:\s+(?:province|district|region|city|valley))?['\u2019]s(?:\s*\([^()]{1,20}\))?\s+(?:(?:north|south|east|west|central|restive|volatile|remote|capital|main|"
                         r"northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
                         r"south-?western|northeastern|northwestern|southeastern|southwestern|tribal|border|"
                         r"mountainous|neighbouring|neighboring|largest|second-largest|the)\s+){0,3}", re.IGNORECASE)


# "the Afghan capital", "the Pakistani capital": the capital of the country the adjective names
_CAPITAL_OF = {"afghan": "Kabul", "pakistani": "Islamabad", "iranian": "Tehran", "tajik": "Dushanbe",
               "uzbek": "Tashkent", "turkmen": "Ashgabat", "kyrgyz": "Bishkek", "kazakh": "Astana",
               "iraqi": "Baghdad", "syrian": "Damascus", "indian": "New Delhi"}
_DEMONYM_CAPITAL = re.compile(r"\bthe\s+(" + "|".join(k.title() for k in _CAPITAL_OF)
                              + r")\s+capital\b(?!\s+(?:of|,))")


def _capitals(text: str, start: int, end: int) -> list[gazetteer.PlaceMention]:
    out = []
    for m in _DEMONYM_CAPITAL.finditer(text, start, end):
        place = gazetteer.lookup(_CAPITAL_OF[m.group(1).lower()])
        if place is not None:
            out.append(gazetteer.PlaceMention(m.start(), m.end(), m.group(0), place))
    return out


def event_places(text: str, start: int, end: int) -> list[gazetteer.PlaceMention]:
    """Place mentions of ``text[start:end]`` that can be where something happened: not
    a destination of travel or evacuation, not part of an agency's name."""
    out = []
    found = gazetteer.find_places(text, start, end)
    if "capital" in text[start:end]:
        found = sorted([*found, *_capitals(text, start, end)], key=lambda m: m.start)
    for m in found:
        if _NAME_TAIL.search(text, max(start, m.start - 12), m.start):
            continue  # "the Gozar-e-Sayed Abad mosque": the tail of a longer name, not a place of its own
        before = text[max(start, m.start - 60) : m.start]
        if _DESTINATION_BEFORE.search(before) or _MOTIVE_BEFORE.search(before):
            continue
        if _AGENCY_AFTER.match(text, m.end, min(end, m.end + 16)) or _AGENCY_BEFORE.search(before):
            continue
        if _is_person(text, start, end, m, before):
            continue
        out.append(m)
    return out


# "the governor's spokesman, Ataullah Khogyani": a surname that is also a district is no place
_GIVEN_BEFORE = re.compile(r"(?<![\w\-'\u2019])([A-Z][a-z]{2,})\s+$")
_NOT_GIVEN = frozenset("""
    The A An In At On Near Of From To Into Outside Inside Across Along Around Through Within And Or But
    North South East West Northern Southern Eastern Western Central Upper Lower Greater Old New
    Northeastern Northwestern Southeastern Southwestern Afghan Pakistani Iranian Tajik Uzbek Indian
    Province District City Capital Town Village Valley Camp Airport Mosque Hospital Market Prison Jail
    When While After Before Since During Last This That Both Then Meanwhile Also Police Army Officials
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Taliban Islamic State Khorasan
    Provincial Local Federal National Interior Ministry Government Governor General President Prime Minister
    Spokesman Police Province's Northeast Northwest Southeast Southwest Said
""".split())
_SPEAKER_BEFORE = re.compile(r"\b(?:spokes(?:man|woman|person)|official|governor|commander|chief|minister|"
                             r"director|head|police\s+chief|deputy|mayor|leader|told|said|according\s+to)\b[^.;]{0,40}$",
                             re.IGNORECASE)
_SPEAKS_AFTER = re.compile(r",?\s+(?:said|says|told|added|stated|confirmed|tweeted|wrote)\b")


def _is_person(text: str, start: int, end: int, m: gazetteer.PlaceMention, before: str) -> bool:
    """A gazetteer name that is part of a person's name here: after a given name that is no
    place ("Ataullah Khogyani"), near a speaker's title or a verb of saying."""
    g = _GIVEN_BEFORE.search(before)
    if g is None or g.group(1) in _NOT_GIVEN or gazetteer.lookup(g.group(1)) is not None:
        return False
    if text[max(start, m.start - len(g.group(0)) - 2) : m.start - len(g.group(0))].strip() in (".", "!", "?"):
        return False
    return bool(_SPEAKER_BEFORE.search(before) or _SPEAKS_AFTER.match(text, m.end, min(end, m.end + 12)))


_SUBORDINATE = word_start([(["after", "before", "since", "following", "like", "unlike", r"similar\s+to"],
                            r"\s+(?:\w+\s+){0,8}?(?:attacks?|bombings?|blasts?|explosions?|assaults?|strikes?|incidents?)\b")])


_OPEN_PAREN = re.compile(r"\s*\(\s*")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_PLACE_OF_BEFORE = re.compile(r"\b(?:city|province|district|town|village|capital|outskirts|suburbs?|area)\s+of\s+$")


def best_place(text: str, start: int, end: int) -> gazetteer.Place | None:
    """The most specific place of ``text[start:end]`` where something happened: places
    before an event noun ("the Kunduz bombing") or after "in/at/near" come first; a
    possessive chain ("Afghanistan's northeastern Kunduz province", "Khyber Pakhtunkhwa's
    Bajaur district") resolves to its last, most specific place."""
    mentions = event_places(text, start, end)
    if not mentions:
        return None
    # "Khyber Pakhtunkhwa's (KP) Bajaur district": the bracketed short name is no place of its own
    mentions = [m for k, m in enumerate(mentions) if not (
        k and m.place == mentions[k - 1].place and _OPEN_PAREN.fullmatch(text[mentions[k - 1].end : m.start]))]
    if len(mentions) == 1:
        return mentions[0].place  # nothing to rank it against
    lead = [m.start for m in mentions]  # where the phrase of each mention begins
    owner = [False] * len(mentions)  # "X's" before another place: X only qualifies it
    for k in range(len(mentions) - 1):
        m, n = mentions[k], mentions[k + 1]
        if m.text.endswith(("'s", "\u2019s")):
            p = _POSSESSED.match(text, m.end, n.start)
        else:
            p = _POSSESSIVE.match(text, m.end, n.start)
        if p is not None and p.end() == n.start and n.place.country == m.place.country and \
                gazetteer.SPECIFICITY.get(m.place.type, 9) > gazetteer.SPECIFICITY.get(n.place.type, 9):
            owner[k] = True
            lead[k + 1] = lead[k]

    def rank(k: int):
        m = mentions[k]
        before = text[max(start, lead[k] - 40) : lead[k]]
        if owner[k]:
            prep = 3
        elif _SUBORDINATE.search(text, max(start, text.rfind(",", start, m.start) + 1), m.start):
            prep = 2.5  # "a week after the attack in Kunduz, explosions hit Kandahar": not the clause's place
        elif _EVENT_AFTER.match(text, m.end, end):
            prep = 0
        elif _PREP_BEFORE.search(before):
            prep = 1 if _OF_BEFORE.search(before) and not _PLACE_OF_BEFORE.search(before) else 0
        else:
            prep = 2
        return (prep, gazetteer.SPECIFICITY.get(m.place.type, 9), m.start)

    return mentions[min(range(len(mentions)), key=rank)].place


def _within(inner: gazetteer.Place, outer: gazetteer.Place) -> bool:
    """``inner`` lies in ``outer`` (or is it)."""
    if inner.name == outer.name:
        return True
    if outer.type == "country":
        return inner.country == outer.country
    if outer.type == "province":
        return inner.admin1 == outer.admin1 and inner.country == outer.country
    return False


def _compatible(a: gazetteer.Place, b: gazetteer.Place) -> bool:
    """``a`` and ``b`` can name one event's place: one inside the other, or one province."""
    if a.country != b.country:
        return False
    return "country" in (a.type, b.type) or a.admin1 == b.admin1


def _refine(place: gazetteer.Place | None, new: gazetteer.Place | None) -> gazetteer.Place | None:
    """``new`` when it is a more specific place inside ``place`` (or ``place`` is unknown)."""
    if new is None:
        return place
    if place is None:
        return new
    if new.name != place.name and _within(new, place) and \
            gazetteer.SPECIFICITY.get(new.type, 9) < gazetteer.SPECIFICITY.get(place.type, 9):
        if new.district:  # a place from another sentence: no finer than its district
            district = gazetteer.lookup(new.district)
            if district is not None and district.name != place.name and _within(district, place):
                return district
        return new
    return place
