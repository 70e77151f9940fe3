"""Place mentions that are not the scene though they may be its only place: where a journey began,
where a voice speaks from, and side mentions (the attackers' origin, a visitor's home, a distance's
reference point, a neighbour, an office's seat, where casualties were taken in); :mod:`.places`
weighs them when it picks the place of an event."""

from __future__ import annotations

import re

from .. import gazetteer
from .fastrx import word_start
from .gates import GatedSearch

# where a journey began ("going to Dasu from Islamabad when they came under attack", "a bus coming from
# Gilgit", "on their way back from the federal capital Islamabad"): not where it was attacked, when
# the sentence names another place
_ORIGIN_BEFORE = word_start([
    (["travel(?:l?ing|l?ed|s)?", "going", "coming", "came", "heading", "headed", "returning", "returned", "driving",
      "drove", "moving", "flying", "flew", "way", "journey(?:ing)?", r"en\s+route", "departing", "departed",
      r"set\s+off", r"setting\s+off", "arriving", "arrived", "bus", "buses", "train", "flight", "convoy",
      "coach", "vehicle"],
     r"\s+(?:[\w\-'\u2019]+\s+){0,6}?from\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:(?:city|town|capital|district|province)\s+(?:of\s+)?)?"
     r"(?:[A-Z][\w\-']*\s+(?:and|or|,)\s+)?$"),
    # "the convoy had left Quetta an hour before it was ambushed near Mastung"
    (["left", "departed", "leaving", "departing"],
     r"\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:(?:city|town|capital|garrison|base|camp)\s+(?:of\s+)?)?$"),
])
_PROSPECTIVE = re.compile(r"\b(?:waiting|wait|waited|queu(?:e|ed|ing)|lined\s+up|about\s+to|set\s+to|due\s+to|scheduled\s+to|"
                          r"preparing\s+to|ready\s+to|to\s+(?:travel|go|leave|depart|head|board|fly|drive|return|set\s+off))\b",
                          re.IGNORECASE)


# where a voice speaks from ("Speaking to reporters in Peshawar, the police chief said nine were killed in
# Bannu", "A spokesman in Quetta said ten soldiers died in Kech", "told a news conference in Kabul"): the
# incident's place only when the sentence names no other
_SPOKEN_IN_BEFORE = word_start([
    (["speaking", "talking", "told", "telling", "briefed", "briefing", "addressing", "addressed"],
     r"\s+(?:[\w\-']+\s+){0,4}?(?:in|at|from)\s+(?:the\s+)?(?:(?:city|capital|town)\s+(?:of\s+)?)?$"),
    ([r"press\s+conference", r"news\s+conference", r"press\s+briefing", "presser", r"press\s+club"],
     r"\s+(?:in|at)\s+(?:the\s+)?$"),
])
_SPEAKER_IN_BEFORE = word_start([(["officials?", "police", r"spokes(?:man|woman|person)", "sources?", "authorities",
                                   "officers?", "ministry", "commanders?", "diplomats?", "analysts?"],
                                  r"\s+(?:[\w\-']+\s+){0,2}?(?:in|at|from)\s+(?:the\s+)?$")])
_SPEAKS_AFTER_PLACE = re.compile(r"(?:['\u2019]s)?\s*,?\s+(?:(?:on\s+)?\w+day\s+|also\s+|later\s+)?(?:said|say|says|told|"
                                 r"confirmed|added|reported|stated|claimed)\b", re.IGNORECASE)


# a source placed where it sits ("according to officials in both Afghanistan and Washington", "according to
# one official in Kabul", "diplomats in Islamabad and Kabul said", "a source at the ministry in Dushanbe told"):
# where the voice is, not the scene
_SOURCE_IN_BEFORE = re.compile(
    r"\b(?:officials?|sources?|spokes(?:man|woman|person)|authorities|diplomats?|analysts?|officers?|"
    r"commanders?|observers?|experts?)\s+(?:(?:based|stationed|working|speaking)\s+)?(?:in|at|from)\s+"
    r"(?:both\s+)?(?:the\s+)?(?:[A-Z][\w\-']*\s+(?:and|or|,)\s+(?:in\s+)?)?$")
_ACCORDING_BEFORE = re.compile(r"\b(?:according\s+to|citing|cited|quoting|quoted)\s+(?:[^,;:()]{0,60}?)$", re.IGNORECASE)
_SPEAKS_AFTER_LIST = re.compile(r"(?:\s+(?:and|or)\s+[A-Z][\w\-']*)?(?:['\u2019]s)?\s*,?\s+(?:(?:on\s+)?\w+day\s+|also\s+|"
                                r"later\s+)?(?:said|say|says|told|confirmed|added|reported|stated|claimed)\b", re.IGNORECASE)


def _spoken_from(text: str, start: int, end: int, m: gazetteer.PlaceMention) -> bool:
    """The place a voice speaks from, not (necessarily) where the incident happened."""
    before = text[max(start, m.start - 60) : m.start]
    if _SPOKEN_IN_BEFORE.search(before):
        return True
    if _SPEAKER_IN_BEFORE.search(before) and _SPEAKS_AFTER_PLACE.match(text, m.end, min(end, m.end + 30)):
        return True
    sm = _SOURCE_IN_BEFORE.search(before)
    return sm is not None and (
        _ACCORDING_BEFORE.search(text, max(start, m.start - 120), m.start - len(before) + sm.start()) is not None
        or _SPEAKS_AFTER_LIST.match(text, m.end, min(end, m.end + 40)) is not None)


def _origin(text: str, start: int, m: gazetteer.PlaceMention) -> bool:
    """Where a journey began ("going to Dasu from Islamabad when they came under attack near Besham"):
    the place of the event only when the sentence names no other (not "waiting for a train to travel
    to Rawalpindi from Quetta": they were still there)."""
    before = text[max(start, m.start - 60) : m.start]
    return _ORIGIN_BEFORE.search(before) is not None and not _PROSPECTIVE.search(before)


# Side mentions of a place that is not the scene (round E):
# - an origin: "ISIS militants from Afghanistan", "attackers who had come from neighbouring Afghanistan",
#   "gunmen who crossed over from Iran" (where the attackers came from, not where they struck)
_CAME_FROM_BEFORE = re.compile(
    r"(?:\b(?:militants?|fighters?|insurgents?|attackers?|gunmen|terrorists?|assailants?|jihadists?|infiltrators?|"
    r"raiders?|intruders?|bombers?|mercenar(?:y|ies)|recruits?|volunteers?|men|group|cell|members|nationals?)\s+(?:[\w\-\u2019']+\s+){0,2}?"
    r"|\b(?:c[ao]me|coming|cross(?:ed|ing)?|infiltrat(?:ed|ing)|enter(?:ed|ing)|sneak(?:ed|ing)|snuck|slipp(?:ed|ing)|"
    r"arriv(?:ed|ing)|originat(?:ed|ing)|dispatched|sent\s+in|"
    # responders brought to the scene: "soldiers were rushed in from the provincial capital, Peshawar"
    r"rush(?:ed|ing)|flown|airlifted|deployed|called\s+in|brought\s+in|"
    # "an attack launched from inside Pakistan", "rockets fired from Afghan soil": where it was sent from
    r"launch(?:ed|ing)?|fired|staged|mounted|plann?(?:ed|ing)|orchestrated|directed)\s+(?:[\w\-\u2019']+\s+){0,6}?)"
    r"from\s+(?:the\s+)?(?:inside\s+|within\s+)?(?:neighbou?ring\s+|nearby\s+|across\s+the\s+border\s+in\s+)?"
    r"(?:(?:district|province|territory|side)\s+of\s+)?(?:(?:the\s+)?(?:provincial|regional|national|state)\s+capital\s*,?\s+)?"
    # (each of a list: "mercenaries from Pakistan, Afghanistan and Chechnya")
    r"(?:(?-i:[A-Z])[\w\-'\u2019]*(?:\s+(?-i:[A-Z])[\w\-'\u2019]*)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,6}$", re.IGNORECASE)
# - the home of people who were elsewhere: "labourers from Punjab", "pilgrims from Iran", "a telecoms official from
#   Farah province who was attending a conference" (a visitor: where they came from, not where they died)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:district|province|city|town|village)\s+of\s+)?$", re.IGNORECASE)
_GUEST_FROM_BEFORE = re.compile(r"\b(?:pilgrims?|tourists?|visitors?|guests?|delegates?|labou?rers?|workers?|traders?|"
                                r"students?|worshipp?ers?|"
                                # nationals of another country: "five diplomats from the United Arab Emirates",
                                # "engineers from China", "troops from Britain"; a victim named by who he was:
                                # "a shopkeeper from Lahore was among the dead", "a man from Quetta was killed in
                                # Karachi": his home, not the scene
                                r"diplomats?|envoys?|ambassadors?|nationals?|citizens?|engineers?|contractors?|"
                                r"experts?|advisers?|advisors?|troops|soldiers?|"
                                r"man|woman|boy|girl|teachers?|shopkeepers?|vendors?|drivers?|farmers?|doctors?|"
                                r"journalists?|tailors?|barbers?|cleric|imam|elders?|youths?|"
                                r"brothers|relatives|family|families)\s+(?:[\w\-]+\s+){0,2}?from\s+(?:the\s+)?"
                                r"(?:(?:district|province|city|town|village)\s+of\s+)?$", re.IGNORECASE)
_VISITOR_AFTER = re.compile(r"(?:\s+(?:province|district|city|town|village))?\s*,?\s+who\s+(?:was|were|had\s+been|had)\s+"
                            r"(?:visiting|attending|staying|travel\w*|on\s+(?:a|an)\s+\w*\s*(?:visit|trip)|in\s+(?:the\s+)?"
                            r"(?:city|capital|town)|there|come|came)\b", re.IGNORECASE)
# - a reference point of a distance: "60 kilometres from Dushanbe", "20 miles (32 km) away from Kabul"
#   (the bearing form, "60 km southwest of Dushanbe", is in _NOT_HERE_BEFORE)
_DISTANCE_FROM = re.compile(r"\d\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\b(?:\s*\([^()]{1,24}\))?\s+(?:away\s+)?"
                            r"(?:from|outside\s+of)\s+(?:the\s+)?(?:(?:city|town|capital|provincial\s+capital)\s+(?:of\s+)?)?$",
                            re.IGNORECASE)
# - a neighbour of another place: "Shabqadar is near the Mohmand tribal district", "the town lies close to Kabul"
# (only a verb of lying there between: "was ambushed near Mastung" is the scene)
_NEIGHBOUR_BEFORE = re.compile(r"\b(?:is|are|was|were|lies|lie|lay|located|situated|sits|sit)\s+"
                               r"(?:(?:located|situated|just|right|very|also|quite|relatively)\s+){0,2}"
                               r"(?:near|close\s+to|next\s+to|adjacent\s+to|not\s+far\s+from|a\s+short\s+drive\s+from)"
                               r"\s+(?:the\s+)?$", re.IGNORECASE)
# - an office's seat: "Zahedan prosecutor Mehdi ...", "the Kabul police chief", "Pishin's deputy commissioner"
#   (the title names an official's town, which need not be the scene; a province is in _OFFICE_AFTER)
_SEAT_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:(?:provincial|district|city|town|public|chief|deputy|assistant)\s+){0,2}"
                         r"(?:prosecutors?|prosecutor[\s\-]general|commissioner|police\s+(?:chief|spokes(?:man|woman|person)|"
                         r"commander)|governor|mayor|judge|magistrate|coroner|administrator)\b", re.IGNORECASE)
# - where the dead and wounded were received: "the Lady Reading Hospital in Peshawar received four",
#   "hospitals in Quetta said they were treating 30" (the scene is elsewhere; "brought to" is a destination)
_HOSPITAL_BEFORE = re.compile(r"\b(?:hospitals?|clinics?|trauma\s+cent(?:er|re)s?|medical\s+(?:cent(?:er|re)|complex)s?|"
                              r"morgues?|mortuar(?:y|ies))\s+(?:in|at|of)\s+(?:the\s+)?(?:city\s+of\s+)?$", re.IGNORECASE)
_HOSPITAL_AFTER = re.compile(r"(?:\s+[A-Z][\w\-]*){0,2}\s+(?:[Hh]ospital|[Cc]linic|[Tt]rauma\s+[Cc]ent|[Mm]edical\s+[Cc]ent|"
                             r"[Mm]orgue|[Mm]ortuary)")
# (not "treated": "toll of the Bajaur bombing rose to 63, the superintendent of the hospital in Khar said, with 123
# being treated" names the scene's own hospital)
_RECEIVED = re.compile(r"\b(?:received?|receiving|admitted|bodies|corpses|brought|arrival|arriving|arrived)\b", re.IGNORECASE)
_SEAT_OF_DISTRICT = re.compile(r"\s+(?:district\s+|tehsil\s+)?(?:headquarters|HQ)\b", re.IGNORECASE)
_HOSPITAL_HIT = re.compile(r"\b(?:attack\w*|bomb\w*|blast|explosion|struck|stormed|hit|targeted|raided)\s+(?:on\s+|at\s+|in\s+)?"
                           r"(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,3}?(?:hospital|clinic)", re.IGNORECASE)
# "west of Charsadda, where militants attacked a university": the place the clause tells of
_WHERE_AFTER = re.compile(r",?\s+where\s+(?:[\w\-]+\s+){0,4}?(?:attack\w*|bomb\w*|stormed|struck|killed|blew|opened|"
                          r"murdered|massacred|gunned|shot|slaughtered|hit|targeted|raided)\b", re.IGNORECASE)


# - where the dead were mourned or taken home to be buried: "Funeral prayers for the victims were held in Chaman",
#   "the victims were laid to rest in their home town of Zhob" (a burial alone may be the scene's own: "Ten of the
#   dead, hailing from Kurram, were buried in Parachinar")
_HOME = r"(?:the\s+|their\s+|his\s+|her\s+)?(?:native|home|ancestral)\s+(?:(?:city|town|village|villages|district|area)\s+(?:of\s+|in\s+)?)?"
_FUNERAL_BEFORE = re.compile(r"\b(?:funerals?|funeral\s+prayers|namaz-e-janaza)\s+(?:[\w\-]+\s+){0,6}?"
                             r"(?:held|offered|performed|conducted)\b[^.;:]{0,30}?\b(?:in|at)\s+(?:the\s+)?"
                             r"(?:(?:city|town|village|district)\s+(?:of\s+)?)?$"
                             r"|\b(?:buried|laid\s+to\s+rest)\b[^.;:]{0,30}?\b(?:in|at)\s+" + _HOME + r"$"
                             r"|\bhome\s?towns?\s+(?:of\s+)?$", re.IGNORECASE)
# (not "a suicide bomber struck a funeral held in Nangarhar": the funeral attacked is the scene)
_FUNERAL_HIT = re.compile(r"\b(?:attack\w*|bomb\w*|blast|explosion|struck|stormed|hit|targeted|raided|opened\s+fire)\b"
                          r"[^.;]{0,40}?\b(?:funeral|burial|mourners)", re.IGNORECASE)


# - a person's birthplace or upbringing, and the countries of a nationality list (link9): "a gunman born in the ex-Soviet
#   state of Tajikistan", "who grew up in Osh", "18 were locals, and nationals of Egypt, Iraq and Chile",
#   "nationals of Iran and Uzbekistan were among the dead", "one each from China and Jordan" (who they were, not the
#   scene); and a country owning the body that speaks: "the foreign ministry of
#   Uzbekistan said", "the government of Tajikistan confirmed" (not "citizens of Kabul": a city's residents are there)
_LIST_OF_NAMES = r"(?:[A-Z][\w\-'\u2019]*(?:\s+[A-Z][\w\-'\u2019]*)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,6}$"
_KIND_OF_PLACE_OF = (r"(?:the\s+)?(?:(?:[\w\-]+\s+){0,3}?(?:republic|country|nation|state|kingdom|city|town|village|region|"
                     r"province|district)\s+of\s+)?")
_BORN_IN_BEFORE = re.compile(r"\b(?:born|raised|brought\s+up|gr[eo]w(?:n|ing)?\s+up|hails?|hailed|hailing)\s+"
                             r"(?:[\w\-]+\s+){0,2}?(?:in|from)\s+" + _KIND_OF_PLACE_OF + _LIST_OF_NAMES, re.IGNORECASE)
_NATIONALS_OF_BEFORE = re.compile(r"\b(?:citizens?|nationals?|natives?|passport[\s\-]holders?|subjects|(?:one|two|three|"
                                  r"\d+)\s+each)\s+(?:of|from)\s+" + _KIND_OF_PLACE_OF + _LIST_OF_NAMES, re.IGNORECASE)
# (a state's voice abroad is never the scene: "the foreign ministry of Uzbekistan said", "the embassy of Iran"; its
# government or ministries at home only when they speak of their nationals elsewhere: "the government of Tajikistan
# confirmed that four of its nationals died", not "the Defence Ministry of Tajikistan confirmed 23 soldiers died")
_STATE_ABROAD_OF_BEFORE = re.compile(r"\b(?:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs|foreign\s+office|embassy|"
                                     r"consulate|ambassador|envoy)\s+of\s+" + _KIND_OF_PLACE_OF + "$", re.IGNORECASE)
_STATE_BODY_OF_BEFORE = re.compile(r"\b(?:(?:interior|defen[cs]e|home)\s+ministry|ministry\s+of\s+(?:internal|home)\s+affairs|"
                                   r"government|president|prime\s+minister|security\s+(?:services?|council|committee))\s+of\s+"
                                   + _KIND_OF_PLACE_OF + "$", re.IGNORECASE)
_ITS_NATIONALS_AFTER = re.compile(r"[^.;]{0,120}?\b(?:its|their)\s+(?:own\s+)?(?:nationals|citizens|people\s+abroad)\b",
                                  re.IGNORECASE)


def _who_they_were(text: str, end: int, m: gazetteer.PlaceMention, before: str) -> bool:
    """A birthplace, a nationality list's country, or the country whose ministry speaks (above)."""
    if _BORN_IN_BEFORE.search(before):
        return True
    return m.place.type == "country" and bool(_NATIONALS_OF_BEFORE.search(before) or _STATE_ABROAD_OF_BEFORE.search(before)
                                              or _STATE_BODY_OF_BEFORE.search(before) and
                                              _ITS_NATIONALS_AFTER.match(text, m.end, min(end, m.end + 160)))


# a state as the one that struck, not where (link9): "a missile attack by Pakistan on Iran's border region", "strikes
# carried out by Iran", "Iran's strike on a target in Pakistan", "Pakistan's airstrikes in Paktika", "Pakistan attacked
# an Iranian border village", "Iran carried out strikes against ..." (not "Pakistan's deadliest attack", "Afghanistan's
# worst bombing in years": where it happened; nor "in Pakistan, militants attacked ...")
_STRIKE = (r"(?:air\s*strikes?|airstrikes?|strikes?|raids?|shelling|bombardment|bombing|bombings|missile\s+(?:attacks?|strikes?)|"
           r"drone\s+(?:attacks?|strikes?)|attacks?|operations?|offensive|incursion|retaliation|reprisal)")
_BY_STATE_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.IGNORECASE)
_STATE_STRIKE_AFTER = re.compile(r"['\u2019]s\s+(?:(?:(?!(?:\w+est|worst)\b)[\w\-]+)\s+){0,2}?" + _STRIKE
                                 + r"\s+(?:on|against|in|inside|into|across|targeting)\b", re.IGNORECASE)
_STATE_STRUCK_AFTER = re.compile(r"\s+(?:(?:has|had|have|also|then|later|again|reportedly|allegedly)\s+){0,2}"
                                 r"(?:attacked|struck|bombed|bombarded|shelled|pounded|fired|launched|carried\s+out|"
                                 r"conducted|retaliated|hit\s+back|targeted)\b", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\b(?:in|at|inside|within|across)\s+(?:the\s+)?$", re.IGNORECASE)


def _striking_state(text: str, end: int, m: gazetteer.PlaceMention, before: str) -> bool:
    """A country named as the state that struck: "by Pakistan", "Iran's strike on ...", "Pakistan attacked ..."."""
    if m.place.type != "country":
        return False
    if _BY_STATE_BEFORE.search(before):
        return True
    if _IN_BEFORE.search(before):
        return False
    return bool(_STATE_STRIKE_AFTER.match(text, m.end - 2 if m.text.endswith(("'s", "\u2019s")) else m.end,
                                          min(end, m.end + 70))
                or _STATE_STRUCK_AFTER.match(text, m.end, min(end, m.end + 40)))


def _side_mention(text: str, start: int, end: int, m: gazetteer.PlaceMention, before: str) -> bool:
    """A place named as the attackers' origin, a distance's reference point, a neighbour, an
    office's seat or where the casualties were taken in or buried, not where it happened."""
    if _who_they_were(text, end, m, before) or _striking_state(text, end, m, before):
        return True
    if _FUNERAL_BEFORE.search(before) and not _FUNERAL_HIT.search(text, start, end):
        return True
    if _FROM_BEFORE.search(before) and (_GUEST_FROM_BEFORE.search(before) or _VISITOR_AFTER.match(text, m.end, end)):
        return True  # "labourers from Punjab", "an official from Farah province who was attending a conference": their home
    if _CAME_FROM_BEFORE.search(before) or _DISTANCE_FROM.search(before) or _NEIGHBOUR_BEFORE.search(before):
        # (not "50 km from Peshawar, where the Taliban murdered 130 students": the clause's own place; nor "10km from
        # Duki district headquarters": within the district whose seat the distance is counted from)
        return _WHERE_AFTER.match(text, m.end, min(end, m.end + 60)) is None and \
            _SEAT_OF_DISTRICT.match(text, m.end, min(end, m.end + 40)) is None
    if m.place.type in ("city", "district") and _SEAT_AFTER.match(text, m.end, min(end, m.end + 50)):
        return True
    if (_HOSPITAL_BEFORE.search(before) or _HOSPITAL_AFTER.match(text, m.end, min(end, m.end + 40))) and \
            _RECEIVED.search(text, start, end) and not _HOSPITAL_HIT.search(text, start, end):
        return True
    return False


# (speed: the searches of the words before a place mention ask their gates first: gates.GatedSearch)
_FROM_BEFORE, _GUEST_FROM_BEFORE, _CAME_FROM_BEFORE, _DISTANCE_FROM, _NEIGHBOUR_BEFORE, _HOSPITAL_BEFORE, \
    _FUNERAL_BEFORE, _SPOKEN_IN_BEFORE, _SPEAKER_IN_BEFORE, _ORIGIN_BEFORE, _PROSPECTIVE = map(GatedSearch, (
        _FROM_BEFORE, _GUEST_FROM_BEFORE, _CAME_FROM_BEFORE, _DISTANCE_FROM, _NEIGHBOUR_BEFORE, _HOSPITAL_BEFORE,
        _FUNERAL_BEFORE, _SPOKEN_IN_BEFORE, _SPEAKER_IN_BEFORE, _ORIGIN_BEFORE, _PROSPECTIVE))
