"""Places of a report: which gazetteer place of a sentence is where something happened
(not a destination, an agency's name or the owner in a possessive chain), and how places
nest (a town in its district, a district in its province, a province in its country)."""

from __future__ import annotations

import re

from .. import gazetteer
from .fastrx import word_start
from .gates import GatedSearch
from .memo import per_report
from .offscene import _SEAT_AFTER, _WHERE_AFTER, _origin, _side_mention, _spoken_from
from .placerefs import SEAT_ADDRESSED_BEFORE, as_province, border_sides, reference_only, since_clause

_PREP_BEFORE = word_start([(["in", "at", "near", "outside", "of", "from", "across", "inside", "to", "through", "along",
                             "within", "around"], r"\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$")])


_EVENT_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:\w+\s+){0,2}?(?:bombing|bombings|attack|attacks|blast|explosion|mosque|airport|"
    r"shrine|school|hospital|prison|jail|massacre|shooting|strike|assault|raid|ambush|siege|hall|market)\b",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- which place is the event's

# "Bannu Cantonment", "Bannu Cantt", "Quetta city", "Swat district": the name is the place itself
_SETTLEMENT_AFTER = re.compile(r"\s+(?:Cantonment|cantonment|Cantt\b\.?|Garrison|garrison|[Cc]ity|[Dd]istrict|[Tt]own|"
                               r"[Tt]ehsil|[Bb]azaar|[Aa]ir\s?[Bb]ase|[Vv]alley)\b")

# "sent to Peshawar", "airlifted to the capital Kabul", "a train to Rawalpindi": where people went, not where it happened
# moving people or goods, in every form ("airlift", "airlifted", "being flown", "shifting")
_MOVED = ["sen[dt]s?", "sending", "taken", r"rush(?:es|ed|ing)?", "fl(?:y|ies|ying|own|ew)",
          r"air-?lift(?:s|ed|ing)?", r"shift(?:s|ed|ing)?", r"transferr?(?:s|ed|ing)?", r"mov(?:e|es|ed|ing)",
          r"evacuat(?:e|es|ed|ing)", r"referr?(?:s|ed|ing)?", "br(?:ing|ings|inging|ought)",
          r"carr(?:y|ies|ied)", r"transport(?:s|ed|ing)?", r"relocat(?:e|es|ed|ing)", r"deport(?:s|ed|ing)?",
          r"dispatch(?:es|ed|ing)?", r"despatch(?:es|ed|ing)?", r"ferr(?:y|ies|ied)"]
_DESTINATION_TAIL = r"\s+(?:the\s+)?(?:(?!(?:from|in|at|near|after|when|where)\b)[\w\-']+\s+){0,3}$"
_DESTINATION_BEFORE = word_start([
    # every form of the verb: "airlift the wounded to", "were being flown to", "shifting them to"
    (_MOVED + ["driven", "returned", "returning", "return", "travel(?:l?ing|l?ed)?", "headed", "heading", "bound", "going", "train",
               "flight", "bus", "convoy", "journey", "trip", "route"], r"\s+(?:\w+\s+){0,4}?(?:to|for)" + _DESTINATION_TAIL),
    # (not "took responsibility for the Kabul attack": a "take" goes to a place, never for one)
    (["t(?:ake|akes|aking|ook)"], r"\s+(?:\w+\s+){0,4}?to" + _DESTINATION_TAIL),
    ([r"bound\s+for", r"en\s+route\s+to"], _DESTINATION_TAIL),
    # "taken to hospitals in Mastung and Quetta": where the wounded were treated
    (_MOVED, r"\s+(?:\w+\s+){0,3}?to\s+(?:the\s+|a\s+|several\s+|two\s+|three\s+)?(?:[\w\-']+\s+){0,2}?"
     r"(?:hospitals?|clinics?|facilities|medical\s+cent(?:er|re)s?)\s+(?:in|at)\s+(?:[A-Z][\w\-']*\s*(?:and|or|,)\s+)?$"),
    # "a convoy carrying food and medicine to Parachinar", "trucks ferrying supplies to the town of X"
    (["carrying", "ferrying", "delivering", "supplying", "shipping", "hauling"],
     r"\s+(?:[\w\-]+\s+){1,7}?to" + _DESTINATION_TAIL),
])
# "led to the arrest of three sailors in Quetta", "suspects were detained in Karachi": where people were held, not a scene
_ARREST_BEFORE = word_start([([r"arrest(?:s|ed|ing)?", r"detain(?:s|ed|ing)?", r"captur(?:e|es|ed|ing)", "nabbed",
                               r"apprehend(?:s|ed|ing)?", r"picked\s+up", r"rounded\s+up", r"taken\s+into\s+custody"],
                              r"\b[^.;:]{0,70}?\b(?:in|at|from|near)\s+(?:the\s+)?(?:(?:city|town|province|district)\s+of\s+)?$")])
# "Agence France-Presse", "France 24", "Radio Pakistan", "Kabul Times": a name, not a place
# "calling it revenge for the treatment of Muslims in Kashmir": a motive's place, not the attack's
_MOTIVE_BEFORE = word_start([(["revenge", "retaliation", "retaliate", "avenge", r"in\s+response\s+to",
                               r"protest(?:ing)?\s+(?:against|at)", r"solidarity\s+with"], r"\b[^.;:]{0,60}$")])
_AGENCY_AFTER = re.compile(
    r"(?:-|\s+)(?:Presse|Press(?!\s+Club)|News|Times|Today|Now|Post|Tribune|Observer|Radio|TV|Television|24|Daily|Herald|"
    r"Chronicle|Online|Broadcasting|Gazette|Voice|Point|Express|Ledger|Dispatch|Courier|Mirror|Monitor|Journal|"
    r"Review|Digest|Telegraph|Guardian|Standard|Wire|Insider|Agency)\b"
)
# "a Kabul Bank branch in Kunduz", "the China Pakistan Economic Corridor", "the Afghanistan Independent Human
# Rights Commission": the place opens the name of a firm, a project or a body, which may be anywhere
_BODY_AFTER = re.compile(r"(?:\s+(?:[A-Z][\w\-]*|and|for|of)){0,3}?\s+(?:Bank|Economic\s+Corridor|Corridor|Commission|"
                         r"Institute|Airlines|Airways|Authority|Railways|Cricket\s+Board|Foundation|Stock\s+Exchange|"
                         r"Television|Broadcasting\s+Corporation|Telecom(?:munications?)?)\b")
_NAME_TAIL = re.compile(r"\w[\-\u2010](?:e|i|ye|ul|al|el)[\-\u2010]$|\w-$", re.IGNORECASE)
# (an outlet named for its country: "a report by The Times of India", "the Voice of America")
_AGENCY_BEFORE = re.compile(r"\b(?:Agence|Radio|Voice\s+of|Daily|Express|(?-i:Times|Star|Tribune|Gazette|Herald)\s+of)\s+$")
_CAPITAL_OF_BEFORE = re.compile(r"\b(?:capital|largest\s+city|second\s+city)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_APPOSED = re.compile(r"\s*,\s*")
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


def capital_of(country: str | None) -> gazetteer.Place | None:
    """The capital of ``country`` (a country's name, as the gazetteer gives it), when known."""
    for name in _CAPITAL_OF.values():
        place = gazetteer.lookup(name)
        if place is not None and country is not None and place.country == country:
            return place
    return None


def _capitals(text: str, start: int, end: int) -> list[gazetteer.PlaceMention]:
    out = []
    for m in _DEMONYM_CAPITAL.finditer(text, start, end):
        place = gazetteer.lookup(_CAPITAL_OF[m.group(1).lower()])
        if place is not None:
            out.append(gazetteer.PlaceMention(m.start(), m.end(), m.group(0), place))
    return out


# Places a sentence names that are not where its event happened: a border or a landmark
# the place is measured from ("close to the Pakistan border", "the border with Iran",
# "200 km southwest of Peshawar"), a backer ("alleging support from India and Afghanistan"),
# a victim's home ("a resident of district Swat", "hailing from Kurram")
_NOT_HERE_TAIL = (r"(?:the\s+)?(?:(?:district|province|city|town|village|tehsil|area)\s+(?:of\s+)?|capital,?\s+)?"
                  r"(?:[A-Z][\w\-']*\s+(?:and|or|,)\s+)?$")
_BEARING = r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+of\s+"
_NOT_HERE_BEFORE = word_start([  # (fastrx: the same as "(?:\bborders?\s+(?:with\s+)?|...|\d\s*(?:km|...)...)TAIL$")
    # (not "the border town of Chaman", "the border crossing of Torkham": a town on the border is the scene)
    ([r"borders?\s+(?!(?:town|city|village|crossing|post|outpost|area|region)s?\s+of\b)(?:with\s+)?", r"bordering\s+", r"frontier\s+with\s+",
      *(w + r"\s+(?:[\w\-]+\s+){0,3}?" + _BEARING for w in ("located", "situated", "lies", "lying")),
      *(w + r"\s+(?:from|of|by)\s+" for w in ("support", "backing", "help", "funding", "aid", "assistance", "patronage",
                                              "sponsorship", "orders", "instructions")),
      *(w + r"\s+by\s+" for w in ("backed", "supported", "sponsored", "funded", "financed", "sheltered", "harboured",
                                   "harbored", "aided")),
      # (also "blamed on 'terrorist state' Pakistan": a quoted epithet before the name)
      r"blam\w*\s+(?:[\w\-]+\s+){0,3}?on\s+(?:[\"\u201c\u2018'][^\"\u201d\u2019]{1,40}[\"\u201d\u2019']\s+)?",
      r"accus\w*\s+",
      # a party to talks, not a place ("negotiating a truce with the United States", "peace talks with Pakistan")
      *(w + r"\s+with\s+" for w in ("truce", "talks", r"negotiations?", "deal", "agreement", "accord", "ceasefire",
                                    "cease-fire", "dialogue", "relations", "ties")),
      *(w + r"\s+(?:of|from|to)\s+" for w in ("residents?", "natives?", "hailing", "hails", "hailed",
                                              "belong(?:s|ed|ing)?", "originally", "domiciled", "inhabitants?"))],
     _NOT_HERE_TAIL),
], digit=r"(?i:\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\b[^.;]{0,16}?" + _BEARING + _NOT_HERE_TAIL + ")")
_BORDER_AFTER = re.compile(r"(?:\s*[\-\u2013/]\s*[A-Z][\w\-']*)?\s+(?:border|frontier)\b(?!\s+(?:town|city|district|"
                           r"village|crossing|post|area|region|province))")
# a route ("a train travelling from Quetta to Peshawar", "on its way from Quetta, the capital of
# Balochistan, to Peshawar"): neither end is where the train was attacked
_ROUTE = re.compile(
    r"\b(?:travel\w*|train|bus|flight|convoy|coach|way|en\s+route|journey|trip|heading|headed|bound|running|"
    r"plying|going|driving|moving|returning|ferrying|carrying)\b[^.;:]{0,30}?\bfrom\s+(?P<span>[^.;:]{2,90}?)"
    r"\s\bto\s+(?:the\s+)?(?:[\w\-']+\s+){0,4}?(?=[A-Z])",
    re.IGNORECASE,
)


def _routes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of a sentence naming a route: from its origin to the start of its destination."""
    low = text[start:end].lower()
    if "from" not in low or " to " not in low:
        return []
    out = []
    for m in _ROUTE.finditer(text, start, end):
        tail = _ROUTE_END.match(text, m.end(), end)  # the destination with its qualifiers ("Peshawar in KP")
        out.append((m.start("span"), tail.end() if tail else m.end() + 1))
    return out


_ROUTE_END = re.compile(r"[^,.;:()]*?(?=[,.;:()]|\s(?:when|while|as|after|before|where|and|but|was|were|is|are|has|"
                        r"had|came|comes|got|went)\b|$)")
# "the Balochistan Liberation Army", "Khorasan Province" of a group's name: no place
_GROUP_AFTER = re.compile(r"\s+(?:Liberation|Army|Front|Movement|Mujahideen|Tigers|Brigades?|Battalion|Lashkar|"
                          r"Awami|(?:National\s+|People['\u2019]?s\s+|Peoples\s+)?Party)\b")
# ... or the tail of its name ("the Islamic State of Iraq and the Levant", "Tehreek-e-Taliban Pakistan",
# "the Islamic Movement of Uzbekistan"), and a group's base ("a militant group operating out of
# Afghanistan", "the Quetta-based ..." is a name): where the group is, not where it struck
_GROUP_BEFORE = re.compile(r"(?-i:\b(?:Islamic\s+State|Islamic\s+Emirate|Islamic\s+Movement|Liberation\s+(?:Army|Front)|"
                           r"Movement|Front|Mujahideen|Jamaat))\s+(?:of|for)\s+(?:the\s+)?$|(?-i:\b-e-Taliban)\s+$")
# "the Pakistan-based, Pakistan-backed JeM", "an Iran-sponsored militia", "a Kabul-based journalist": a
# group's base, backer or a person's home as an adjective, not where it struck
_BASED_AFTER = re.compile(r"[\-\u2010\u2011]\s?(?:based|backed|sponsored|supported|funded|financed|trained|armed|born|led|"
                          r"headquartered|registered|bred|harbou?red|sheltered|controlled|allied|aligned|linked)\b",
                          re.IGNORECASE)
# "the deadliest attack since the 2014 Peshawar school massacre", "the worst since the Mastung bombing":
# the place of the attack this one is ranked against
_RANKED_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?$", re.IGNORECASE)
_BASE_BEFORE = re.compile(r"\b(?:operat\w*|work\w*|run|running|ran|acting)\s+(?:out\s+of|from\s+(?:its\s+)?bases?\s+in)\s+"
                          r"(?:(?:the\s+)?neighbou?ring\s+)?$|\b(?:based|headquartered|sheltering|hiding)\s+in\s+"
                          r"(?:(?:the\s+)?neighbou?ring\s+)?$", re.IGNORECASE)


# a province named in an office's title ("the Baluchistan provincial assembly candidate", "the Sindh
# police chief", "the Punjab chief minister", "the Home Minister of Balochistan"): no place of the event
_OFFICE = (r"(?:provincial\s+)?(?:assembly|government|cabinet|chief\s+(?:minister|secretary)|"
           r"(?:home|interior|health|information|law|finance|revenue|education)\s+(?:minister|secretary|department)|"
           r"police\s+(?:chief|head|spokes(?:man|woman|person)|inspector)|inspector[\s\-]general|governor|"
           r"(?:caretaker\s+)?(?:chief\s+)?minister|spokes(?:man|woman|person)|lawmaker|legislator|MPA|minister)")
_OFFICE_AFTER = re.compile(r"(?:\s+[Pp]rovince)?\s+" + _OFFICE + r"(?:\s+(?:candidate|member|seat))?\b",
                           re.IGNORECASE)
_OFFICE_BEFORE = re.compile(r"\b(?:chief\s+minister|(?:home|interior|health|information|law|finance)\s+minister|"
                            r"governor|inspector[\s\-]general|police\s+chief|chief\s+secretary|home\s+secretary)"
                            r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# a capital standing for its government ("Islamabad issues a demarche", "Kabul denied", "Islamabad's
# demand"), and the seat of power stirred by an attack ("the power corridors of Islamabad and
# Rawalpindi", "sent shockwaves through Kabul's halls of power"): no place of the incident
_SEATS = frozenset({*_CAPITAL_OF.values(), "Rawalpindi", "Moscow", "Washington", "Ankara", "Doha", "Astana", "Beijing"})
_VOICE_AFTER = re.compile(
    r"(?:\s+(?:has|had|have|also|again|too|officially|formally|swiftly|promptly|later|then|on\s+\w+day)){0,2}\s+"
    r"(?:issue[sd]?|says?|said|summon(?:s|ed)?|demand(?:s|ed)?|condemn(?:s|ed)?|lodge[sd]?|asks?|asked|urge[sd]?|"
    r"accuse[sd]?|blame[sd]?|reject(?:s|ed)?|maintain(?:s|ed)?|insist(?:s|ed)?|den(?:y|ies|ied)|warn(?:s|ed)?|"
    r"vow(?:s|ed)?|protest(?:s|ed)?|wants?|wanted|calls?\s+(?:on|for)|called\s+(?:on|for)|respond(?:s|ed)?|"
    r"react(?:s|ed)?|announce[sd]?|decide[sd]?|believe[sd]?|told|tells?|hopes?|hoped|expects?|expected|"
    r"claims?|claimed|alleges?|alleged|sought|seeks?|pressed|presses|pledge[sd]?|refuse[sd]?|agree[sd]?|"
    r"retaliate[sd]?|stood\s+(?:\w+\s+){0,3}?(?:by|behind)|stands\s+(?:by|behind)|"
    r"sent\s+(?:a|an)\s+(?:\w+\s+)?(?:message|note|envoy|delegation))\b"
    r"|['\u2019]s\s+(?:\w+\s+)?(?:demands?|claims?|allegations?|accusations?|position|stance|response|reaction|"
    r"envoy|ambassador|diplomats?|relations|ties|policy|decision|rulers|government|leadership|demarche|protest)\b",
    re.IGNORECASE)
_SEAT_BEFORE = re.compile(r"(?:\b(?:power\s+)?corridors?\s+of(?:\s+power)?(?:\s+in)?|\bhalls?\s+of\s+power\s+in|"
                          r"\bechelons\s+of\s+power\s+in|\b(?:ripples?|shock\s*waves?|tremors?)\s+(?:through|across|in))"
                          r"\s+(?:the\s+)?(?:[A-Z][\w\-']*\s+(?:and|or|,)\s+)?$", re.IGNORECASE)


def _seat_of_power(text: str, end: int, m: gazetteer.PlaceMention, before: str) -> bool:
    """A capital speaking as its government, or the seat of power an attack stirred."""
    if m.place.name not in _SEATS:
        return False
    return bool(_SEAT_BEFORE.search(before) or _VOICE_AFTER.match(text, m.end, min(end, m.end + 60))
                or SEAT_ADDRESSED_BEFORE.search(before))




def _not_here(text: str, start: int, end: int, m: gazetteer.PlaceMention, before: str) -> bool:
    """A place named as a border, a bearing, a backer or a victim's home, not where it happened; a
    capital as its government's voice; a side mention (the attackers' origin, a distance's reference
    point, a neighbour, an office's seat, where casualties were taken in)."""
    if _NOT_HERE_BEFORE.search(before):
        # (not "30 km west of Charsadda, where militants attacked a university")
        return _WHERE_AFTER.match(text, m.end, min(end, m.end + 60)) is None
    if _seat_of_power(text, end, m, before) or _side_mention(text, start, end, m, before):
        return True
    if m.place.type == "country" and m.text.endswith(("'s", "\u2019s")) and (
            _INSTITUTION_AFTER.match(text, m.end, min(end, m.end + 40)) or _ARMS_AFTER.match(text, m.end, min(end, m.end + 50))):
        return True  # "an officer of Jordan's intelligence service": whose service, not where it happened
    if m.place.type == "country" and _TITLE_AFTER.match(text, m.end, min(end, m.end + 30)):
        return True  # "along with UAE Ambassador Juma Al-Kaabi", "the US embassy in Kabul": whose envoy, whose embassy
    if m.place.type == "country" and _VOICE_AFTER.match(text, m.end, min(end, m.end + 60)) and \
            not _PREP_BEFORE.search(before):
        return True  # "But the United States has stood by its account", "the UAE said": a state's voice
    if m.place.type == "country" and not _PREP_BEFORE.search(before):
        rel = _RELATIVE_AFTER.match(text, m.end, min(end, m.end + 120))
        if rel and _VOICE_AFTER.match(text, rel.end(), min(end, rel.end() + 60)):
            return True  # "Germany, which called in the airstrike, said ...": a state's voice after its relative clause
        if _OFFICIAL_AFTER.match(text, m.end, min(end, m.end + 50)):
            return True  # "a senior Pakistan security official said": whose official, not the scene
        arms = _OWNED_ARMS_AFTER.match(text, m.end, min(end, m.end + 40))
        if arms and (arms.group(1) or m.place.name == "United States"):
            return True  # "Pakistani jets", "German troops", "a United States drone strike": whose force, not the scene
    return m.place.type == "country" and _BORDER_AFTER.match(text, m.end, min(end, m.end + 40)) is not None


# a place given as one example of many ("cities around the country, including the capital Kabul", "provinces
# such as Kunar and Nangarhar"): no scene of one event
_EXAMPLE_BEFORE = re.compile(r"\b(?:cities|towns|provinces|districts|regions|areas|parts|villages|countries)\b"
                             r"(?:\s+[\w\-]+){0,4}?,?\s+(?:including|such\s+as|like|among\s+them)\s+"
                             r"(?:the\s+)?(?:(?:provincial\s+)?capital,?\s+|city\s+of\s+)?"
                             r"(?:(?-i:[A-Z][\w\-]+)(?:,\s+(?-i:[A-Z][\w\-]+)){0,3},?\s+(?:and|or)\s+)?$", re.IGNORECASE)
# a relative clause after a state ("Germany, which called in the strike, said", "the US, whose drone fired, has
# admitted"): the state's voice follows it
_RELATIVE_AFTER = re.compile(r",\s+(?:which|whose|that|who)\b[^,;()]{1,100}?,")
# a country naming whose official ("a senior Pakistan security official", "US military officials"): no scene
_OFFICIAL_AFTER = re.compile(r"\s+(?:(?:senior|top|security|military|government|intelligence|defen[cs]e|foreign|army|"
                             r"police|border|counter[\s\-]?terrorism|administration|embassy)\s+){0,2}"
                             r"(?:officials?|sources?|spokes(?:man|woman|person)|commanders?|authorities)\b", re.IGNORECASE)


# a country before the force it owns ("Pakistani jets", "German troops"; "US drone strike": a drone strike of the
# United States, but "Pakistan drone strike" may be one in Pakistan)
_OWNED_ARMS_AFTER = re.compile(r"\s+(?:(?:[\w\-]+\s+)?(forces|troops|soldiers|warplanes|war\s+planes|fighter\s+jets|jets|"
                               r"bombers|gunships|commandos|marines|special\s+forces|military\s+aircraft)|"
                               r"(?:unmanned\s+)?(?:drones?|air\s*strikes?|airstrikes?|missiles?))\b", re.IGNORECASE)


# a country owning an institution ("Jordan's intelligence service", "Turkey's foreign ministry", "Pakistan's
# army", "Iran's embassy in Kabul"): the owner of the body, not the scene
_INSTITUTION_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:(?:own|main|top|chief|national|foreign|domestic|military|powerful|spy)\s+){0,2}"
    r"(?:intelligence|spy\s+agency|army|armed\s+forces|military|government|embassy|consulate|mission|foreign\s+ministry|"
    r"interior\s+ministry|defen[cs]e\s+ministry|ministry|president|prime\s+minister|king|ambassador|envoy|"
    r"security\s+(?:services?|agenc(?:y|ies))|secret\s+service|parliament|cabinet|leaders?|officials?)\b", re.IGNORECASE)


# a country owning the weapon or the force ("America's largest non-nuclear bomb", "Pakistan's fighter jets"):
# whose arms, not where they struck
_ARMS_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:bombs?|weapons?|drones?|missiles?|rockets?|warplanes?|jets|aircraft|"
                         r"bombers|gunships?|air\s+force|navy|forces|troops|soldiers|commandos|munitions?|ordnance|device)\b",
                         re.IGNORECASE)


# a country naming whose envoy, mission or forces ("UAE Ambassador", "the US embassy", "Pakistan Army"): no scene
_TITLE_AFTER = re.compile(r"\.?\s+(?:Ambassador|ambassador|[Ee]nvoy|[Ee]mbassy|[Cc]onsulate|[Cc]onsul|[Mm]ission\b|"
                          r"[Gg]overnment|[Aa]rmy|[Mm]ilitary|[Ff]orces|[Tt]roops|[Aa]ir\s+[Ff]orce|[Nn]avy|[Pp]resident|"
                          r"[Pp]rime\s+[Mm]inister|[Ff]oreign\s+(?:[Mm]inist(?:er|ry)|[Oo]ffice)|[Ss]tate\s+[Dd]epartment|"
                          r"[Dd]efen[cs]e\s+(?:[Mm]inist(?:er|ry)|[Dd]epartment)|[Ss]pecial\s+[Ff]orces|[Mm]arines)\b")


@per_report  # (speed: asked twice of a sentence, computed once per report)
def event_places(text: str, start: int, end: int) -> list[gazetteer.PlaceMention]:
    """Place mentions of ``text[start:end]`` that can be where something happened: not
    a destination of travel or evacuation, not part of an agency's name."""
    out = []
    found = gazetteer.find_places(text, start, end)
    if "capital" in text[start:end]:
        found = sorted([*found, *_capitals(text, start, end)], key=lambda m: m.start)
    routes = _routes(text, start, end) if found else []
    for m in found:
        if routes and any(a <= m.start < b for a, b in routes):
            continue  # the origin or destination of a journey
        if _NAME_TAIL.search(text, max(start, m.start - 12), m.start):
            continue  # "the Gozar-e-Sayed Abad mosque": the tail of a longer name, not a place of its own
        before = text[max(start, m.start - 60) : m.start]
        if _DESTINATION_BEFORE.search(before) or _MOTIVE_BEFORE.search(before) or _EXAMPLE_BEFORE.search(before):
            continue
        if _ARREST_BEFORE.search(before):
            continue  # "led to the arrest of three sailors in Quetta": where they were held, not where it happened
        if _AGENCY_AFTER.match(text, m.end, min(end, m.end + 16)) or _AGENCY_BEFORE.search(before) or \
                _BODY_AFTER.match(text, m.end, min(end, m.end + 60)) or \
                _GROUP_AFTER.match(text, m.end, min(end, m.end + 16)) or _GROUP_BEFORE.search(before) or \
                _BASE_BEFORE.search(before) or _BASED_AFTER.match(text, m.end, min(end, m.end + 16)):
            continue
        if _RANKED_SINCE_BEFORE.search(before) and _EVENT_AFTER.match(text, m.end, min(end, m.end + 40)):
            continue
        if since_clause(text, start, end, m, before):
            continue  # "... the worst clashes since the takeover of Kabul in 2021": that past event's place
        if _is_person(text, start, end, m, before):
            continue
        if m.place.type == "province" and (_OFFICE_AFTER.match(text, m.end, min(end, m.end + 40))
                                           or _OFFICE_BEFORE.search(before)):
            continue  # "the Punjab chief minister", "the Home Minister of Balochistan": an office, not a scene
        if _not_here(text, start, end, m, before):
            continue
        if reference_only(text, end, m, before, out):
            continue  # "in Surobi, near Kabul", "KABUL/ KANDAHAR:": a reference point, not the scene
        m = as_province(m, before)  # "the southern Afghan province of Kandahar": the province, not its capital city
        if len(m.text) <= 3 and m.text.isupper() and text[m.start - 1 : m.start] == "(" and \
                text[m.end : m.end + 1] == ")" and not (out and out[-1].place == m.place):
            continue  # "Zhob District Commissioner (DC)": the title's abbreviation, not Washington, D.C.
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
_SPEAKS_AFTER = re.compile(r",?\s+(?:said|says|told|added|stated|confirmed|tweeted|wrote)\b"
                           # "Attaullah Khogyani, the spokesman for the governor": a name and its title
                           r"|,\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,2}?(?:spokes(?:man|woman|person)|official|governor|"
                           r"commander|chief|minister|director|head|deputy|adviser|advisor|aide)\b")


# a title or honorific right before a name ("spokesman Khogyani", "Mr Wardak", "Governor Zazai", "Dr. Logar...")
_TITLE_BEFORE = re.compile(r"(?<![\w\-])(?:Mr|Mrs|Ms|Dr|Prof|Mullah|Mulla|Maulvi|Mawlawi|Molvi|Maulana|Haji|Hajji|Qari|"
                           r"Sheikh|Ustad|Engineer|Eng|Gen|General|Col|Colonel|Maj|Major|Capt|Captain|Brig|Brigadier|"
                           r"Lt|Sen|Senator|Commander|[Gg]overnor|[Ss]pokes(?:man|woman|person))\.?\s+$")
# a verb of saying right after the name: the name is the speaker ("..., Khogyani said", "Wardak told AFP")
_SAYS_AFTER = re.compile(r"\s+(?:(?:also|later|again|further|then)\s+)?(?:said|says|told|added|adds|stated|confirmed|"
                         r"tweeted|wrote|explained|insisted|noted|claimed|recalled|acknowledged)\b")
# "the Kandahar said"? no: an article or an adjective before the name makes it a thing named, not a speaker
_THE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)


def _is_person(text: str, start: int, end: int, m: gazetteer.PlaceMention, before: str) -> bool:
    """A gazetteer name that is part of a person's name here: after a given name that is no
    place ("Ataullah Khogyani") near a speaker's title or a verb of saying; after a title
    ("spokesman Khogyani", "Mr Wardak"); or a clause's subject that speaks ("..., Khogyani said",
    "Wardak told reporters"). Not "in Khogyani district", "Six died in Wardak, officials said"."""
    if m.place.type != "country":
        if _TITLE_BEFORE.search(before) and not m.text.endswith(("'s", "\u2019s")) and \
                not _SETTLEMENT_AFTER.match(text, m.end, end) and not _OFFICE_AFTER.match(text, m.end, min(end, m.end + 40)):
            return True
        if _SAYS_AFTER.match(text, m.end, min(end, m.end + 30)) and not _PREP_BEFORE.search(before) and \
                not _THE_BEFORE.search(before):
            return True
    g = _GIVEN_BEFORE.search(before)
    if g is None or g.group(1) in _NOT_GIVEN or gazetteer.lookup(g.group(1)) is not None:
        return False
    if text[max(start, m.start - len(g.group(0)) - 2) : m.start - len(g.group(0))].strip() in (".", "!", "?"):
        return False
    return bool(_SPEAKER_BEFORE.search(before) or _SPEAKS_AFTER.match(text, m.end, min(end, m.end + 40)))


_SUBORDINATE = word_start([(["after", "before", "since", "following", "like", "unlike", r"similar\s+to"],
                            r"\s+(?:\w+\s+){0,8}?(?:attacks?|bombings?|blasts?|explosions?|assaults?|strikes?|incidents?)\b")])


# "five soldiers were killed after an explosion rocked a convoy in Noshki": the blast that killed them
_TOLL_BEFORE = re.compile(r"\b(?:killed|died|dead|wounded|injured|martyred|perished|lost\s+their\s+lives)\b",
                          re.IGNORECASE)
_TIME_BEFORE = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?|shortly|soon|just|only|long|even|comes?|came|"
                          r"follows?|followed|less|more)\s+$", re.IGNORECASE)


def _subordinate(text: str, start: int, at: int, mentions) -> bool:
    """The place at ``at`` lies in a clause about another attack ("a week after the attack in Kunduz");
    not in the clause telling how the toll of the clause before it came about ("killed after an
    explosion in Noshki", when that clause names no place of its own)."""
    m = _SUBORDINATE.search(text, start, at)
    if m is None:
        return False
    word = m.group(0).split(None, 1)[0].lower()
    if word not in ("after", "following") or _TIME_BEFORE.search(text, max(start, m.start() - 12), m.start()):
        return True
    if not _TOLL_BEFORE.search(text, start, m.start()):
        return True
    return any(start <= n.start < m.start() for n in mentions)


def _reach(text: str, m: gazetteer.PlaceMention, end: int) -> int:
    """Where a clause about another attack must have named it to hold the place at ``m``: before the
    place, or right after it when the place names the attack ("shortly after the Kabul blast")."""
    ev = _EVENT_AFTER.match(text, m.end, end)
    return ev.end() if ev is not None and not ev.group(0).startswith(("'", "\u2019")) else m.start


_OPEN_PAREN = re.compile(r"\s*\(\s*")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_PLACE_OF_BEFORE = re.compile(r"\b(?:city|province|district|town|village|cities|provinces|districts|towns|villages|capital|"
                              r"outskirts|suburbs?|area)\s+of\s+$")


_ROAD_AFTER = re.compile(r"\s+(?:road|highway|motorway|expressway|route|railway|rail\s+line|track)\b", re.IGNORECASE)
_ROAD_BEFORE = re.compile(r"\b(?:road|highway|motorway|expressway|route|railway|stretch)\s+(?:[\w\-]+\s+){0,2}?between\s+"
                          r"(?:the\s+)?(?:(?:cities|towns|villages)\s+of\s+)?$", re.IGNORECASE)


def _road(text: str, start: int, end: int) -> tuple[int, int, gazetteer.Place] | None:
    """A road between two towns of one province ("the Khash-Zahedan road", "a highway between
    Zahedan and Khash"): its span and that province."""
    if "between" not in text[start:end] and "-" not in text[start:end] and "\u2013" not in text[start:end]:
        return None
    found = gazetteer.find_places(text, start, end)
    for m, n in zip(found, found[1:], strict=False):
        if m.place.type not in ("city", "district") or n.place.type not in ("city", "district") or \
                m.place.admin1 is None or m.place.admin1 != n.place.admin1 or m.place.country != n.place.country:
            continue
        gap = text[m.end : n.start]
        if re.fullmatch(r"\s*[\-\u2013/]\s*", gap) and _ROAD_AFTER.match(text, n.end, end) or \
                re.fullmatch(r"\s+(?:and|to)\s+", gap) and _ROAD_BEFORE.search(text, max(start, m.start - 60), m.start):
            province = gazetteer.lookup(m.place.admin1)
            if province is not None and province.type == "province":
                return m.start, n.end, province
    return None


def best_place(text: str, start: int, end: int) -> gazetteer.Place | None:
    """The most specific place of ``text[start:end]`` where something happened: places
    before an event noun ("the Kunduz bombing") or after "in/at/near" come first; a
    possessive chain ("Afghanistan's northeastern Kunduz province", "Khyber Pakhtunkhwa's
    Bajaur district") resolves to its last, most specific place."""
    mentions = event_places(text, start, end)
    if not mentions:
        return None
    road = _road(text, start, end)
    if road is not None:  # "on the Khash-Zahedan road": between two towns, in their province
        a, b, province = road
        if not any(m.place.type in ("city", "district") and not a <= m.start < b for m in mentions):
            return province
    # "Khyber Pakhtunkhwa's (KP) Bajaur district": the bracketed short name is no place of its own
    mentions = [m for k, m in enumerate(mentions) if not (
        k and m.place == mentions[k - 1].place and _OPEN_PAREN.fullmatch(text[mentions[k - 1].end : m.start]))]
    # a homonym of another country's town placed in a district or province by "area of", "in", a comma ("Tangi
    # area of Khogyani district": not the Tangi of Charsadda): the place it is said to lie in holds it
    mentions = [m for k, m in enumerate(mentions) if not (
        k + 1 < len(mentions) and m.place.type in ("city", "district") and
        mentions[k + 1].place.type in ("district", "province") and mentions[k + 1].place.country != m.place.country and
        _LIES_IN.fullmatch(text, m.end, mentions[k + 1].start))]
    # two countries as the sides of a border or of a fight between them ("clashes between Pakistan and Afghanistan",
    # "the Pakistan-Afghanistan border"): the scene is their border, in neither country
    sides = border_sides(text, start, end)
    if sides:
        mentions = [m for m in mentions if m.place not in sides]
        if not mentions:
            return None
    if len(mentions) == 1:
        return _city_of(mentions[0].place)  # nothing to rank it against
    lead = [m.start for m in mentions]  # where the phrase of each mention begins
    owner = [False] * len(mentions)  # "X's" before another place: X only qualifies it
    for k in range(len(mentions) - 1):
        m, n = mentions[k], mentions[k + 1]
        if m.text.endswith(("'s", "\u2019s")):
            p = _POSSESSED.match(text, m.end, n.start)
        elif _CAPITAL_OF_BEFORE.search(text, max(start, m.start - 24), m.start):
            p = _APPOSED.match(text, m.end, n.start)  # "the capital of Iran, Tehran": the city named after
        else:
            p = _POSSESSIVE.match(text, m.end, n.start)
        if p is not None and p.end() == n.start and n.place.country == m.place.country and (
                gazetteer.SPECIFICITY.get(m.place.type, 9) > gazetteer.SPECIFICITY.get(n.place.type, 9)
                # "Kandahar's Dand district", "Herat's Shindand district": a city that shares its province's name,
                # owning a district of that province, names the province (the gazetteer's bare name is the city);
                # not "Awantipora's Lethpora area in Pulwama district": a town's own quarter
                or m.place.type == "city" and n.place.type == "district" and n.place.admin1 == m.place.admin1 == m.place.name
                and m.text.endswith(("'s", "\u2019s"))):
            owner[k] = True
            lead[k + 1] = lead[k]

    def rank(k: int):
        m = mentions[k]
        before = text[max(start, lead[k] - 40) : lead[k]]
        if owner[k]:
            prep = 3
        elif _subordinate(text, max(start, text.rfind(",", start, m.start) + 1), _reach(text, m, end), mentions):
            prep = 2.5  # "a week after the attack in Kunduz, explosions hit Kandahar": not the clause's place
        elif _origin(text, start, m) or _spoken_from(text, start, end, m):
            prep = 2.7  # "travelling to Dasu from Islamabad when ... near Besham": where the journey began
        elif _EVENT_AFTER.match(text, m.end, end) or _SETTLEMENT_AFTER.match(text, m.end, end) or \
                _SETTLEMENT_AFTER.search(" " + m.text.split(None, 1)[-1]) and " " in m.text:
            prep = 0  # "the Kunduz bombing", "the Bannu Cantonment", "Peshawar city"
        elif _PREP_BEFORE.search(before):
            prep = 1 if _OF_BEFORE.search(before) and not _PLACE_OF_BEFORE.search(before) else 0
        else:
            prep = 2
        return (prep, gazetteer.SPECIFICITY.get(m.place.type, 9), m.start)

    return _city_of(mentions[min(range(len(mentions)), key=rank)].place)


_LIES_IN = re.compile(r"(?:\s+(?:area|village|town|locality|region|neighbou?rhood|hamlet)s?)?(?:\s+(?:of|in)|,)\s+"
                      r"(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|restive|"
                      r"remote|volatile)\s+)?", re.IGNORECASE)


def _city_of(place: gazetteer.Place) -> gazetteer.Place:
    """The city a quarter lies in ("in Dasht-e-Barchi": Kabul), as reports of one attack name either;
    any other place itself."""
    if place.district is None or place.type == "city":
        return place
    city = gazetteer.lookup(place.district)
    return city if city is not None and city.type == "city" and city.country == place.country else place


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


def seat_place(text: str, start: int, end: int) -> gazetteer.Place | None:
    """The town or district whose official speaks in ``text[start:end]`` ("..., the Killa Saifullah
    deputy commissioner confirmed"): no scene of its own (``_SEAT_AFTER``), but the likeliest place of
    the attack the sentence before tells of when that sentence names no town."""
    for m in gazetteer.find_places(text, start, end):
        if m.place.type in ("city", "district") and _SEAT_AFTER.match(text, m.end, min(end, m.end + 50)):
            return _city_of(m.place)
    return None


# (speed: the searches of the words before a place mention ask their gates first: gates.GatedSearch)
_MOTIVE_BEFORE, _AGENCY_BEFORE, _GROUP_BEFORE, _BASE_BEFORE, _RANKED_SINCE_BEFORE, _OFFICE_BEFORE, _SEAT_BEFORE, \
    _SPEAKER_BEFORE, _ARREST_BEFORE = map(GatedSearch, (
        _MOTIVE_BEFORE, _AGENCY_BEFORE, _GROUP_BEFORE, _BASE_BEFORE, _RANKED_SINCE_BEFORE, _OFFICE_BEFORE, _SEAT_BEFORE,
        _SPEAKER_BEFORE, _ARREST_BEFORE))
