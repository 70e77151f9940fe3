"""The kind rules: regular expressions that find killed, injured, strength, attacks,
founded, leader and attribution claims in one sentence.

Each rule has a name (``killed.verb_object``, ``strength.possessive`` ...) that ends
up in ``Claim.extractor``, so a reviewer sees why a claim exists. Every pattern is
bounded (no nested unbounded repetition), so no input makes a rule run away.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .. import aliases, gazetteer
from .numbers import MAX_PLAUSIBLE, NUMBER_EXPR, Count, parse_count
from .victims import VICTIM_NOUN, victim_label


@dataclass
class Found:
    kind: str
    rule: str
    start: int  # evidence span, offsets into the text
    end: int
    num_start: int = -1
    num_end: int = -1
    count: Count | None = None
    victims: str | None = None
    entity: str | None = None
    entity_text: str | None = None
    scope: str | None = None
    year: int | None = None
    notes: list[str] = field(default_factory=list)


_STOP = (
    r"(?:in|on|at|during|after|before|when|while|and|or|but|was|were|is|are|has|have|had|by|from|with|as|that|"
    r"which|who|to|for|since|into|near|outside|inside|across|amid|killed|injured|wounded|dead|died|including|"
    r"among|of|than|the\s+attack|said|says|according|this|last|a|an)"
)
# stop words in lower case only: "IS members" is a noun phrase, "is" a verb
_FILL = rf"(?:(?!(?-i:{_STOP})\b)[\w.'\u2019\-]+\s+)"
# a victim noun phrase right after a count: " of Shia Muslims", " American soldiers", " others"
NP = (
    rf"(?P<np>\s+(?:of\s+(?:the\s+|their\s+|its\s+)?)?{_FILL}{{0,4}}?[\"\u201c\u2018]?{VICTIM_NOUN}\b[\"\u201d\u2019]?"
    rf"(?:\s+of\s+(?:the\s+)?{_FILL}{{0,2}}?{VICTIM_NOUN}\b|\s+of\s+the\s+(?:army|police|navy|force|forces|"
    rf"frontier\s+corps|levies|militia|group|family|community))?)"
)
# "A soldier was martyred", "an officer was killed": the article counts one
_RX_SINGLE = re.compile(
    rf"\b(?:a|an|one)\s+(?:[\w\-]+\s+){{0,2}}?(?P<np>{VICTIM_NOUN})\s+(?:was|has\s+been|had\s+been)\s+"
    rf"(?:also\s+|reportedly\s+|later\s+)?(?P<verb>killed|martyred|shot\s+dead|slain|wounded|injured|hurt)\b",
    re.IGNORECASE,
)
NUM = rf"(?P<num>{NUMBER_EXPR})"
# any plural noun phrase (used only where the verb makes the count a count of people)
_THINGS = (
    r"(?:years|months|weeks|days|hours|minutes|times|percent|dollars|rupees|afghanis|miles|kilometres|kilometers|"
    r"meters|metres|tons|tonnes|attacks|incidents|bombings|operations|districts|provinces|villages|cities|towns|"
    r"countries|vehicles|cars|trucks|houses|homes|buildings|shops|schools|mosques|rockets|mortars|bombs|mines|"
    r"weapons|rounds|kilograms|pounds|euros|cases|cells|groups|factions|branches|suspects|arrests|raids|strikes)"
)
NP_GEN = (
    rf"(?P<np>\s+(?:of\s+(?:the\s+|their\s+|its\s+)?)?{_FILL}{{0,3}}?(?:{VICTIM_NOUN}|(?!{_STOP}\b)(?!{_THINGS}\b)(?-i:[A-Za-z][\w'\u2019\-]*"
    rf"[a-z](?:s|men|people|children|folk)))\b(?:\s+of\s+(?:the\s+|our\s+|their\s+|its\s+|his\s+|her\s+)?"
    rf"(?:(?!{_STOP}\b)[\w'\u2019\-]+\s+){{0,2}}?(?!{_STOP}\b)[\w'\u2019\-]+)?)"
)
_APPOS = (
    r"(?:\s+(?:in|from)\s+(?:the\s+)?[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){0,2})?"  # "... in Nangarhar"
    r"(?:\s*,[^,.;]{1,70},|\s+and\s+[^,.;\d]{1,50}?|\s*(?:--|\u2014|\u2013)[^.;]{1,60}?(?:--|\u2014|\u2013))?"
)

_KILL_V = (
    r"(?:kill|kills|killed|killing|slaughter|slaughters|slaughtered|slaughtering|massacre|massacred|massacring|"
    r"massacres|murder|murders|murdered|murdering|shot\s+and\s+killed|"
    r"(?:claimed|claiming|claims|claim|took|taking|takes|cost|costing|costs)\s+the\s+lives\s+of)"
)
# verbs that also take things as objects: the count needs a victim noun
_KILL_V_WEAK = (
    r"(?:eliminat(?:e|es|ed|ing)|executed|executing|beheaded|gunned\s+down|gunning\s+down|shot\s+dead|"
    r"left\s+dead|slaying|slays|slay|slew|claimed|claiming|buried|burying)"
)
_INJ_V = r"(?:injure|injures|injured|injuring|wound|wounds|wounded|wounding|hurt|hurting|hurts|maimed|maiming)"
_AUX = (
    r"(?:\s*,?\s+(?:who|that)\b)?(?:\s+(?:were|was|are|is|have|has|had|been|being|be|reportedly|also|all|later|"
    r"allegedly|confirmed|believed|feared|thought|said|to|presumed|now|already|since|subsequently|initially|"
    r"seriously|critically|fatally|badly|severely|slightly|mostly|officially|got|left|lay|lie|remain|remained|"
    r"additionally|further|eventually|likewise|too|themselves|each|both)\b){0,4}"
)
_KILL_PRED = (
    r"(?:killed|dead|died|perished|slain|martyred|lost\s+their\s+lives|lost\s+his\s+life|murdered|massacred|"
    r"executed|shot\s+dead|gunned\s+down|beheaded|burned\s+to\s+death|were\s+killed|eliminated|"
    r"embraced\s+(?:shahadat|martyrdom)|attained\s+martyrdom|"
    r"among\s+(?:the\s+)?(?:dead|killed|fatalities|those\s+killed|the\s+victims\s+killed)|"
    rf"among\s+(?:the\s+)?{NUMBER_EXPR}\s+(?:[\w\-]+\s+){{0,2}}?(?:killed|dead)\b)"
)
_INJ_PRED = r"(?:wounded|injured|hurt|maimed|(?:received|sustained|suffered)\s+(?:\w+\s+)?(?:injuries|wounds)|(?:brought|taken|admitted|rushed)\s+(?:in\s+|to\s+(?:the\s+)?(?:\w+\s+){0,2}?hospitals?\s+)?with\s+(?:injuries|wounds)|treated\s+for\s+(?:injuries|wounds)|among\s+(?:the\s+)?(?:wounded|injured|those\s+(?:wounded|injured)))"

#: words between a casualty verb and its count ("killing all 29 people", "wounding another 12")
_OBJ_PRE = r"(?:(?:all|another|a\s+further|an\s+additional|an\s+estimated\s+(?=\d))\s+)?"
_RX_VERB_OBJ = {
    "killed": re.compile(rf"\b(?P<verb>{_KILL_V})\s+{_OBJ_PRE}{NUM}{NP}?", re.IGNORECASE),
    "injured": re.compile(rf"\b(?P<verb>{_INJ_V})\s+{_OBJ_PRE}{NUM}{NP}?", re.IGNORECASE),
}
_RX_VERB_OBJ_WEAK = re.compile(rf"\b(?P<verb>{_KILL_V_WEAK})\s+{_OBJ_PRE}{NUM}{NP}", re.IGNORECASE)
_RX_PASSIVE = {
    "killed": re.compile(rf"{NUM}{NP}?{_APPOS}(?P<aux>{_AUX})\s+(?P<verb>{_KILL_PRED})\b", re.IGNORECASE),
    "injured": re.compile(rf"{NUM}{NP}?{_APPOS}(?P<aux>{_AUX})\s+(?P<verb>{_INJ_PRED})\b", re.IGNORECASE),
}
# with an auxiliary ("were", "had been") any plural noun phrase will do
_AUX_REQ = _AUX.replace("{0,4}", "{1,4}")
_RX_PASSIVE_GEN = {
    "killed": re.compile(rf"{NUM}{NP_GEN}{_APPOS}(?P<aux>{_AUX_REQ})\s+(?P<verb>{_KILL_PRED})\b", re.IGNORECASE),
    "injured": re.compile(rf"{NUM}{NP_GEN}{_APPOS}(?P<aux>{_AUX_REQ})\s+(?P<verb>{_INJ_PRED})\b", re.IGNORECASE),
}
_RX_ADJ = {
    "killed": re.compile(rf"{NUM}\s+(?:dead|slain)\s+(?P<np>{VICTIM_NOUN})\b", re.IGNORECASE),
    "injured": re.compile(rf"{NUM}\s+(?:injured|wounded)\s+(?P<np>{VICTIM_NOUN})\b", re.IGNORECASE),
}
_RX_BODIES = re.compile(rf"{NUM}[\"\u201d]?\s+(?:(?:dead|charred|mutilated|more)\s+)?bodies\b", re.IGNORECASE)
_RX_OTHERS = re.compile(
    rf"\b(?:{_KILL_V}|{_KILL_V_WEAK})\b[^.;\d]{{1,100}}?(?:,\s*|\s+)(?:and|as\s+well\s+as|along\s+with|plus)\s+"
    rf"{NUM}(?P<np>\s+(?:other|others|more)(?:\s+{VICTIM_NOUN})?)\b",
    re.IGNORECASE,
)
_COMBINED_BEFORE = re.compile(r"\b(?:killed|dead|killing|deaths?)\s+(?:or|and/or|&|and)\s*$", re.IGNORECASE)
_COMBINED_AFTER = re.compile(r"^\s+(?:or|and/or|and)\s+(?:wounded|injured|wounding|injuring|hurt|maimed)\b", re.IGNORECASE)
_BARE_INJ_BEFORE = re.compile(
    r"(?:killed|dead|died|killing|,|\band|\bplus|\bwith|\bleaving|\bleft|\btreated|\btreating|\breceived|\badmitted|"
    r"\bbrought|\btaken|\bevacuated|\bhospitali[sz]ed)\s*$",
    re.IGNORECASE,
)
_TOLL_TO = r"(?:to|at|of|as|reached|hit|crossed|passed|exceeded|topped|surpassed|neared|approached|nearing|approaching|was|is|stood\s+at|stands\s+at|risen\s+to|rose\s+to|climbed\s+to|jumped\s+to|increased\s+to)"
_RX_TOLL = {
    "killed": re.compile(
        rf"(?:\b(?P<adj>American|U\.S\.|US|civilian|military|police|Afghan|Pakistani|Taliban)\s+)?"
        rf"\b(?:death\s+toll|toll|(?:total\s+)?(?:number|count|tally)\s+of\s+(?:the\s+)?(?:dead|deaths|deceased|"
        rf"people\s+(?:killed|dead|who\s+died)|those\s+(?:killed|who\s+died)|fatalities|victims|martyrs|bodies))\b"
        rf"[^.;]{{0,200}}?\b{_TOLL_TO}\s+{NUM}{NP}?",
        re.IGNORECASE,
    ),
    "injured": re.compile(
        rf"\b(?:(?:number|count|tally)\s+of\s+(?:the\s+)?(?:wounded|injured|people\s+(?:wounded|injured))|injury\s+toll)\b"
        rf"[^.;\d]{{0,80}}?\b{_TOLL_TO}\s+{NUM}{NP}?",
        re.IGNORECASE,
    ),
}
# "... first given as 100 and later revised to 84"
_RX_TOLL_NEXT = re.compile(
    rf"(?:[^.;\d]{{0,30}}?)\s+(?:and\s+|but\s+|before\s+(?:being\s+)?)?(?:was\s+)?(?:later\s+|then\s+|subsequently\s+|since\s+)?"
    rf"(?:revised|raised|lowered|updated|corrected|increased|rose|climbed|jumped|reduced|cut|brought\s+down)\s+"
    rf"(?:up\s+|down\s+)?(?:to|at)\s+{NUM}",
    re.IGNORECASE,
)
_RX_NOUN = {
    "killed": re.compile(
        rf"{NUM}\s+(?P<adj>(?:civilian|military|American|U\.S\.|US|Afghan|Pakistani|police|security|coalition|"
        rf"NATO|soldier|troop)\s+)?(?:deaths|fatalities)\b",
        re.IGNORECASE,
    ),
    "injured": re.compile(rf"{NUM}\s+(?P<adj>(?:civilian|military|American|U\.S\.|US)\s+)?injuries\b", re.IGNORECASE),
}
_RX_OF = {
    "killed": re.compile(rf"\b(?:killing|killings|murder|murders|massacre|deaths|death|execution|lives)\s+of\s+{NUM}{NP}?", re.IGNORECASE),
    "injured": re.compile(rf"\b(?:injuring|wounding)\s+of\s+{NUM}{NP}?", re.IGNORECASE),
}
_RX_LIVES = re.compile(
    rf"\b(?:claimed|claiming|claims|took|taking|cost|costing|costs|lost)\s+{NUM}\s+(?:(?:civilian|innocent|human|more)\s+)?lives\b",
    re.IGNORECASE,
)
# continuation of a list of victims: "killed more than 100 Afghans and 13 American soldiers"
# "... were killed in the bombing at the airport, as well as 13 US troops"
_RX_TRAILING = re.compile(
    rf"[^.;,\d]{{0,80}}?,?\s+(?:as\s+well\s+as|in\s+addition\s+to|along\s+with|plus)\s+{NUM}{NP}", re.IGNORECASE
)
_TRAILING_WORDS = ("as well as", "in addition to", "along with", "plus")
_OWN_VERB = re.compile(
    r"\s+(?:[\w\-]+\s+){0,2}?(?:were|was|had|have|has|are|is|killed|died|wounded|injured|perished)\b", re.IGNORECASE
)
_RX_CONT = re.compile(
    rf"(?P<sep>\s*,\s*including\s+[^,.;\d]{{1,50}},\s*(?:and\s+)?|\s*,\s*(?:and\s+|including\s+|among\s+them\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+plus\s+|"
    rf"\s+along\s+with\s+|\s*,?\s+including\s+|\s*\(\s*including\s+){NUM}{NP_GEN}",
    re.IGNORECASE,
)
_ACTIVE_AFTER = re.compile(
    r"\s+(?:\d|the\b|a\b|an\b|at\s+least|more\s+than|dozens|hundreds|scores|several|his\b|her\b|their\b|its\b|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|him\b|them\b)",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"\s*(?:%|percent|per\s*cent|years?|months?|weeks?|days?|hours?|minutes?|km|kilomet|miles?|met(?:er|re)s?|"
    r"dollars|rupees|afghanis|tons|tonnes|kg|kilograms|a\.m\.|p\.m\.|am\b|pm\b|GMT|o['\u2019]clock|times|"
    r"million\s+dollars|billion|billions|thousand\s+dollars|pounds|euros|\$)",
    re.IGNORECASE,
)
_BEFORE_BAD = re.compile(
    r"(?:[$\u00a3\u20ac]|\bRs\.?|\bNo\.?|\bnumber|\baged?|\bages|\bper|\bone\s+of|\bout\s+of|\bnumbering|"
    r"\b\w+\s+of\s+(?:the|these|those)|\btop|\bpage|\bsection|\barticle|\bresolution|\bflight|\broute|\bhighway|\bgrade|\bclass|\bchapter)\s*$",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(r"\b(?:in|since|of|by|from|during|until|till|before|after|early|late|mid|year|the)\s*$", re.IGNORECASE)


def _count_ok(text: str, m: re.Match, count: Count) -> bool:
    ns, ne = m.start("num"), m.end("num")
    numtext = text[ns:ne]
    if _UNIT_AFTER.match(text, ne) and not m.group("np"):
        return False
    if _BEFORE_BAD.search(text[max(0, ns - 20) : ns]):
        return False
    if re.fullmatch(r"(?:19|20)\d\d", numtext.strip()) and (
        _YEAR_BEFORE.search(text[max(0, ns - 12) : ns]) or not m.groupdict().get("np")
    ):
        return False
    top = count.high if count.high is not None else count.low
    if top is not None and top > MAX_PLAUSIBLE:
        return False
    if re.match(r"\s*[/:.]\d", text[ne : ne + 3]):  # 9/11, 10:30
        return False
    if ns > 0 and text[ns - 1] in "/:#-":
        return False
    return True


_NON_VIOLENT = re.compile(
    r"\b(?:earthquakes?|quakes?|tremors?|floods?|flooding|flash\s+floods|landslides?|avalanches?|storms?|cyclones?|"
    r"heatwaves?|heat\s+wave|droughts?|famine|covid(?:-19)?|coronavirus|pandemic|epidemic|cholera|measles|"
    r"road\s+accidents?|traffic\s+accidents?|car\s+crash|bus\s+crash|plane\s+crash|(?:bus|truck|vehicle)\s+"
    r"(?:overturned|plunged|collided)|malnutrition|cold\s+weather|snowfall|lightning)\b",
    re.IGNORECASE,
)


_NON_VIOLENT_STEMS = ("quake", "tremor", "flood", "landslide", "avalanche", "storm", "cyclone", "heat", "drought",
                      "famine", "covid", "coronavirus", "pandemic", "epidemic", "cholera", "measles", "accident",
                      "crash", "overturned", "plunged", "collided", "malnutrition", "cold weather", "snowfall",
                      "lightning")


def _non_violent(text: str, a: int, b: int) -> bool:
    w = text[a:b].lower()
    return any(map(w.__contains__, _NON_VIOLENT_STEMS)) and bool(_NON_VIOLENT.search(text, a, b))


def _found(kind: str, rule: str, text: str, m: re.Match, start: int, end: int) -> Found | None:
    count = parse_count(text[m.start("num") : m.end("num")])
    if count is None or not _count_ok(text, m, count):
        return None
    if kind in ("killed", "injured") and _non_violent(text, max(0, start - 80), min(len(text), end + 40)):
        return None  # an earthquake's or a crash's toll is no conflict casualty figure
    np = m.groupdict().get("np") or ""
    return Found(kind, rule, start, end, m.start("num"), m.end("num"), count, victim_label(np))


#: At most this many count phrases per sentence get the rules (a guard against number soup).
MAX_NUMBERS = 60
_NUMBER_START = re.compile(NUMBER_EXPR, re.IGNORECASE)


_CORE = re.compile(
    r"\d+(?:[.,]\d+)*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|"
    r"thousand|thousands|dozen|dozens|scores|several|few|handful|couple|tens|half|a\s+hundred|a\s+thousand)\b",
    re.IGNORECASE,
)
_WORD_START = re.compile(r"(?<![\w,.])\w")
_WORD = re.compile(r"\w+")
#: First words of the hedges and compound counts a phrase may begin with before its core.
_HEDGE_FIRST = frozenset(
    ["at", "no", "not", "a", "an", "well", "far", "much", "many", "slightly", "just", "more", "greater", "over", "above", "upwards", "in", "nearly", "almost", "close", "about", "around", "approximately", "roughly", "some", "estimated", "up", "as", "fewer", "less", "under", "below", "between", "somewhere", "from", "approaching", "nearing", "half", "several", "tens", "hundreds", "just"]
)


def number_starts(text: str, s: int, e: int) -> list[int]:
    """Where count phrases start in the sentence: the anchors of the count-first rules.

    Cheap cores (a digit, a number word) are found first; a phrase may begin up to
    a few words earlier ("somewhere between", "no fewer than", "more than a").
    """
    out: list[int] = []
    pos = s
    while len(out) < MAX_NUMBERS:
        core = _CORE.search(text, pos, e)
        if core is None:
            break
        c = core.start()
        lo = max(s, c - 28)
        starts = [m.start() for m in _WORD_START.finditer(text, lo, c)
                  if _WORD.match(text, m.start()).group(0).lower() in _HEDGE_FIRST] + [c]
        hit = None
        for st in starts:
            if st < pos:
                continue
            m = _NUMBER_START.match(text, st, e)
            if m is not None and m.end() > c:
                hit = m
                break
        if hit is None:
            pos = max(core.end(), c + 1)
            continue
        out.append(hit.start())
        pos = max(hit.end(), c + 1)
    return out


def _anchored(rx: re.Pattern, text: str, starts: list[int], e: int):
    for p in starts:
        m = rx.match(text, p, e)
        if m is not None:
            yield m


#: "civilian deaths", "the American death toll": the adjective names the victims
_ADJ_VICTIMS = {"civilian": "civilians", "military": "soldiers", "soldier": "soldiers", "troop": "soldiers",
                "police": "police", "security": "security_forces", "american": "us_troops", "u.s.": "us_troops",
                "us": "us_troops", "afghan": "afghans", "pakistani": "pakistanis", "coalition": "soldiers",
                "nato": "soldiers", "taliban": "militants"}


def _combined(text: str, m: re.Match, kind: str) -> bool:
    """"killed or wounded 300": a combined casualty figure, neither kind."""
    if kind == "injured":
        return bool(_COMBINED_BEFORE.search(text[max(0, m.start() - 20) : m.start("verb")]))
    return bool(_COMBINED_AFTER.match(text, m.end("verb")))


_KILL_STEMS = re.compile(
    r"kill|dead|death|died|slay|slew|slain|massacr|murder|slaughter|perish|martyr|lives|toll|bodies|eliminat|"
    r"execut|behead|gunned|shot|fatalit|victims|among the|buried|deceased"
)
_INJ_STEMS = re.compile(r"wound|injur|hurt|maim")


# "140 Afghans and 11 American soldiers were killed": the groups before the one the verb reads
_RX_COORD = re.compile(rf"{NUM}{NP}\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)", re.IGNORECASE)
# "14 civilians killed and 55 wounded": the wounded are civilians too
_RX_ELLIPSIS = re.compile(
    rf"{NUMBER_EXPR}{NP}\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:killed|dead)\s*,?\s+and\s+$", re.IGNORECASE
)
_RX_LIVES_LOST = re.compile(rf"{NUM}\s+(?:(?:civilian|innocent|human|more)\s+)?lives\s+(?:were|have\s+been|had\s+been|"
                            rf"was)\s+(?:\w+\s+)?lost\b", re.IGNORECASE)
_RX_AMONG_LIST = re.compile(
    rf"\bamong\s+(?:the\s+)?(?:dead|deceased|killed|victims|those\s+killed|fatalities)\s+(?:are|were|is|was|"
    rf"included?|including)\s+{NUM}{NP_GEN}",
    re.IGNORECASE,
)


def _coordinated(kind: str, text: str, m: re.Match, starts: list[int]) -> list[Found]:
    """Groups coordinated before the subject of a passive ("N Afghans and M soldiers were killed")."""
    out: list[Found] = []
    p = m.start()
    k = starts.index(p) if p in starts else -1
    while k > 0:
        q = starts[k - 1]
        c = _RX_COORD.fullmatch(text, q, p)
        if c is None:
            break
        f = _found(kind, "passive.list", text, c, q, c.end("np"))
        if f is None:
            break
        out.append(f)
        p, k = q, k - 1
    return out


def casualties(text: str, s: int, e: int, starts: list[int] | None = None) -> Iterator[Found]:
    """killed and injured claims of the sentence ``text[s:e]``."""
    if starts is None:
        starts = number_starts(text, s, e)
    low = text[s:e].lower()
    kinds = []
    if _KILL_STEMS.search(low):
        kinds.append("killed")
    if _INJ_STEMS.search(low):
        kinds.append("injured")
    for kind in kinds:
        verb_obj = list(_RX_VERB_OBJ[kind].finditer(text, s, e))
        if kind == "killed":
            verb_obj += list(_RX_VERB_OBJ_WEAK.finditer(text, s, e))
        for m in verb_obj:
            if _combined(text, m, kind):
                continue
            f = _found(kind, "verb_object", text, m, m.start(), m.end())
            if f is None:
                continue
            yield f
            pos = m.end()
            for _ in range(8):  # "..., 13 soldiers and 5 police"
                c = _RX_CONT.match(text, pos, e)
                if not c or _OWN_VERB.match(text, c.end(), e):
                    break  # "..., and several fighters were killed": a new clause with its own verb
                g = _found(kind, "verb_object.list", text, c, c.start("num"), c.end())
                if g is None:
                    break
                yield g
                pos = c.end()
        passive = [("passive", m) for m in _anchored(_RX_PASSIVE[kind], text, starts, e)]
        passive += [("passive", m) for m in _anchored(_RX_PASSIVE_GEN[kind], text, starts, e)]
        passive += [("adjective", m) for m in _anchored(_RX_ADJ[kind], text, starts, e)]
        for rule, m in passive:
            aux = (m.groupdict().get("aux") or "").strip()
            if rule == "passive" and re.fullmatch(r"(?:,\s*)?(?:who|that)?", aux) and _ACTIVE_AFTER.match(text, m.end(), e):
                continue  # "two gunmen killed three guards", "one that killed scores": active, not passive
            if rule == "passive" and re.match(r"\s+(?:or|and|and/or)\s+(?:wounded|injured|hurt|killed|dead)\b",
                                              text[m.end() : m.end() + 24], re.IGNORECASE):
                continue  # "were killed or wounded", "people killed and injured": a combined figure
            if rule == "passive" and _COMBINED_BEFORE.search(text[max(s, m.start("verb") - 20) : m.start("verb")]):
                continue
            if rule == "passive" and not aux and not m.group("np") and m.group("verb").lower() in ("wounded", "injured", "hurt"):
                # bare "13 wounded" only after a casualty word, "treated", a comma or "and"
                if not _BARE_INJ_BEFORE.search(text[max(s, m.start() - 30) : m.start()]):
                    continue
            f = _found(kind, rule, text, m, m.start(), m.end())
            if f is not None and rule == "passive" and any(map(low.__contains__, _TRAILING_WORDS)):
                t = _RX_TRAILING.match(text, m.end(), e)
                if t is not None and not _OWN_VERB.match(text, t.end(), e):
                    g = _found(kind, "passive.trailing", text, t, t.start("num"), t.end())
                    if g is not None:
                        yield g
            if f is not None:
                if kind == "injured" and not m.group("np"):
                    el = _RX_ELLIPSIS.search(text, max(s, m.start() - 120), m.start())
                    if el is not None and el.end() == m.start():
                        f.victims = victim_label(el.group("np"))
                yield f
                if rule == "passive":
                    yield from _coordinated(kind, text, m, starts)
        toll_words = ("toll", "number of", "count of", "tally of") if kind == "killed" else (
            "number of", "count of", "tally of", "injury toll")
        for m in (_RX_TOLL[kind].finditer(text, s, e) if any(w in low for w in toll_words) else ()):
            f = _found(kind, "toll", text, m, m.start(), m.end())
            if f is None:
                continue
            verb_before = text[max(s, f.num_start - 14) : f.num_start]
            if f.count.qualifier == "exact" and re.search(
                r"\b(?:crossed|passed|exceeded|topped|surpassed)\s+$", verb_before, re.IGNORECASE
            ):
                f.count = Count(f.count.low + 1, None, "more_than", f.count.vague)
            elif f.count.qualifier == "exact" and re.search(r"\b(?:neared|approached|nearing|approaching)\s+$", verb_before,
                                                            re.IGNORECASE):
                n = f.count.low
                f.count = Count(max(0, int(n * 0.9)), max(0, n - 1), "about", f.count.vague)
            adj = (m.groupdict().get("adj") or "").lower()
            if adj and not m.group("np"):
                f.victims = _ADJ_VICTIMS.get(adj, f.victims)
            yield f
            pos = m.end()
            for _ in range(4):
                n = _RX_TOLL_NEXT.match(text, pos, e)
                if not n:
                    break
                g = _found(kind, "toll.revised", text, n, n.start("num"), n.end())
                if g is None:
                    break
                g.victims = f.victims
                yield g
                pos = n.end()
        noun_words = ("deaths", "fatalities") if kind == "killed" else ("injuries",)
        for m in (_anchored(_RX_NOUN[kind], text, starts, e) if any(w in low for w in noun_words) else ()):
            f = _found(kind, "noun", text, m, m.start(), m.end())
            if f is not None:
                f.victims = _ADJ_VICTIMS.get((m.group("adj") or "").strip().lower(), "people")
                yield f
        for m in (_RX_OF[kind].finditer(text, s, e) if " of " in low else ()):
            f = _found(kind, "noun_of", text, m, m.start(), m.end())
            if f is not None:
                yield f
    if "killed" not in kinds:
        return
    for m in (_RX_LIVES.finditer(text, s, e) if "lives" in low else ()):
        f = _found("killed", "lives", text, m, m.start(), m.end())
        if f is not None:
            yield f
    for m in (_RX_SINGLE.finditer(text, s, e) if (" was " in low or " been " in low) else ()):
        singular = m.group("np")
        if singular.lower().endswith("s") and not singular.lower().endswith(("ss", "us")):
            continue  # a plural noun after "a": "a number of soldiers", not one
        kind = "killed" if m.group("verb").lower() not in ("wounded", "injured", "hurt") else "injured"
        yield Found(kind, "single", m.start(), m.end(), m.start(), m.start() + len(m.group(0).split()[0]),
                    Count(1, 1, "exact"), victim_label(" " + singular))
    for m in (_anchored(_RX_LIVES_LOST, text, starts, e) if "lost" in low else ()):
        f = _found("killed", "lives", text, m, m.start(), m.end())
        if f is not None:
            yield f
    for m in (_RX_AMONG_LIST.finditer(text, s, e) if "among" in low else ()):
        f = _found("killed", "among_list", text, m, m.start("num"), m.end())
        if f is None or f.count.vague in ("several", "a_few", "a_handful_of", "a_couple_of"):
            continue  # "among the dead were several local leaders": no count to check
        yield f
        pos = m.end()
        for _ in range(8):
            c = _RX_CONT.match(text, pos, e)
            if not c:
                break
            g = _found("killed", "among_list", text, c, c.start("num"), c.end())
            if g is None:
                break
            yield g
            pos = c.end()
    for m in (_anchored(_RX_BODIES, text, starts, e) if "bodies" in low else ()):
        f = _found("killed", "bodies", text, m, m.start(), m.end())
        if f is not None:
            if f.count.qualifier == "exact" and re.search(
                r"\b(?:received|receiving|brought|taken|recovered|counted|collected|pulled|retrieved)\b[^.;]{0,20}$",
                text[max(s, m.start() - 40) : m.start()], re.IGNORECASE,
            ):  # bodies that reached one place: a lower bound of the toll
                f.count = Count(f.count.low, None, "at_least", f.count.vague)
            yield f
    for m in (_RX_OTHERS.finditer(text, s, e) if ("other" in low or "more" in low) else ()):
        if re.search(r"\b(?:were|was|been|be|being|are|is)\s+$", text[max(s, m.start() - 12) : m.start()], re.IGNORECASE):
            continue  # "were killed, ..., and 50 others were wounded": not the object of "killed"
        if re.match(r"\s+(?:were|was|had\s+been|have\s+been|are)\s+(?:\w+\s+)?(?:wounded|injured|hurt)", text[m.end() : m.end() + 40], re.IGNORECASE):
            continue
        f = _found("killed", "others", text, m, m.start("num"), m.end())
        if f is not None:
            yield f


# ------------------------------------------------------------------ strength
_STR_NOUN = (
    r"(?:fighters|members|militants|men|loyalists|operatives|recruits|combatants|jihadists|insurgents|cadres|"
    r"followers|adherents|gunmen|mujahideen|foot\s+soldiers|soldiers|personnel)"
)
_STR_NP = rf"(?P<np>\s+(?:of\s+(?:its\s+|their\s+)?)?{_FILL}{{0,3}}?{_STR_NOUN}\b)"
_STR_PRE = (
    r"(?:has|have|had|having|with|numbering|numbers|number|fields|field|fielded|fielding|boasts|boasting|"
    r"boasted|commands|commanding|commanded|comprises|comprising|comprised\s+of|counts|count|counted|"
    r"maintains|maintain|retains|retain|retained|musters?|mustered|totals?|totaling|totalling|"
    r"reduced\s+to|down\s+to|cut\s+to|grew\s+to|grown\s+to|swelled\s+to|swollen\s+to|rose\s+to|risen\s+to|reached|shrunk\s+to|shrank\s+to|"
    r"dwindled\s+to|fell\s+to|declined\s+to|(?:force|army|strength|membership|total|cadre|core)\s+of|"
    r"estimates?\s+of|estimated\s+at|estimated|put\s+at|placed\s+at|"
    r"put\s+(?:the\s+)?(?:group|it|them|its\s+\w+|the\s+\w+)\s+at|"
    r"there\s+(?:are|were|is)(?:\s+(?:now|still|believed\s+to\s+be|thought\s+to\s+be|estimated\s+to\s+be|said\s+to\s+be))?)"
)
_RX_STR_POSS = re.compile(
    rf"\b(?P<pre>{_STR_PRE})\s+(?:(?:still|now|only|just|perhaps|possibly|probably|likely|currently|already)\s+){{0,2}}"
    rf"{NUM}{_STR_NP}",
    re.IGNORECASE,
)
_RX_STR_NOUN = re.compile(
    rf"\b(?:strength|membership|manpower|fighting\s+force|ranks|size|numbers|number|force|figure|figures|estimate|"
    rf"total|peak)\b[^.;\d]{{0,80}}?\b(?:at|to|of|around|about|is|was|are|stands\s+at|numbering|number)\s+"
    rf"[\"\u201c]?(?:(?:perhaps|possibly|probably|maybe|still|now)\s+)?{NUM}(?:{_STR_NP})?",
    re.IGNORECASE,
)
# any count of fighters in a sentence that speaks of an estimate ("spoke of roughly 2,000 fighters")
_RX_STR_CUE_NP = re.compile(rf"{NUM}{_STR_NP}", re.IGNORECASE)
_STR_ESTIMATE = re.compile(
    r"\b(?:estimat\w*|assess\w*|spoke\s+of|speaks?\s+of|talk(?:s|ed)?\s+of|boast\w*|reduced|down\s+from|up\s+from|"
    r"peak|figures?|strength|size|could\s+have|may\s+have|might\s+have|believed|thought|monitor\w*|"
    r"intelligence|analysts?|experts?|researchers?|reckon\w*|calculat\w*|count(?:s|ed)?\s+(?:about|some|roughly))\b",
    re.IGNORECASE,
)
_STR_ACTION_AFTER = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:attacked|stormed|raided|ambushed|overran|opened|launched|crossed|surrounded|took\s+part|"
    r"participated|fled|surrendered|joined|defected|killed|kidnapped|abducted|seized|captured|entered|marched|"
    r"arrived|gathered|attacking|storming)\b",
    re.IGNORECASE,
)
# after a strength figure with its noun elided: the end of the phrase, not another noun
_END_OF_FIGURE = re.compile(
    r"\s*(?:[,.;:)\"\u201d\u2019]|$|(?:in|across|inside|within|as|and|according|while|but|by|at|earlier|last|this|now|"
    r"to|from|or|with|making|down|up|compared|since)\b)",
    re.IGNORECASE,
)
_CASUALTY_NEAR = re.compile(r"\b(?:dead|killed|toll|casualt\w*|deaths|died|wounded|injured|victims|bodies)\b", re.IGNORECASE)
_RX_STR_SUBJ = re.compile(
    rf"{NUM}{_STR_NP}\s+(?:are|were|is)\s+(?:(?:now|still)\s+)?(?:believed|thought|estimated|said|reported|"
    rf"understood)\s+to\s+(?:be\s+)?(?:in|with|operat|active|fight|belong|serv|have)",
    re.IGNORECASE,
)
_RX_STR_STRONG = re.compile(rf"{NUM}(?P<np>)[\-\s]strong\b", re.IGNORECASE)
_STR_BAD_BEFORE = re.compile(
    r"\b(?:freed|free|freeing|frees|released|releasing|release|detained|detaining|detain|arrested|arresting|arrest|"
    r"captured|capturing|capture|killed|killing|kill|lost|losing|lose|surrendered|surrendering|recruited|"
    r"recruiting|recruit|trained|training|deployed|deploying|deploy|sent|sending|dispatched|evacuated|relocated|"
    r"transferred|jailed|imprisoned|holding|held|hold|housing|houses|defected|defecting|joined|joining|"
    r"escaped|fled|executed|wounded|injured|eliminated|neutralized|neutralised|targeted|hunting|expelled|"
    r"deported|repatriated|rounded\s+up|by|against|fighting|fought|battled|clashed\s+with)\b[^.;]{0,25}$",
    re.IGNORECASE,
)
_STR_BAD_AFTER = re.compile(
    r"^\s*(?:(?!and\b|or\b|in\b)[\w\-]+\s+){0,5}?(?:(?:were|was|have\s+been|had\s+been|are)\s+)?(?:killed|arrested|detained|captured|freed|released|"
    r"surrendered|dead|wounded|injured|executed|escaped|held|jailed|imprisoned|deported|repatriated)\b",
    re.IGNORECASE,
)
_STR_PRISON = re.compile(r"\b(?:prisons?|jails?|camps?|detention|custody|detained|prisoners|inmates|surrender(?:ed)?)\b", re.IGNORECASE)
_SCOPE_AFTER = re.compile(
    r"\s+(?:(?:elsewhere\s+)?(?:in|across|throughout|inside|within)\s+(?P<where>(?:the\s+)?(?:(?:northern|eastern|southern|western|"
    r"north-?eastern|south-?eastern|north-?western|south-?western|central|north|east|south|west)\s+"
    r"(?:and\s+(?:northern|eastern|southern|western|north-?eastern|south-?eastern|central)\s+)?)?"
    r"(?:[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}|the\s+country|the\s+region|the\s+world|the\s+capital)))",
)
_FAMILY_AFTER = re.compile(
    r"\s+and\s+(?:their\s+|its\s+)?(?:family\s+members|families|dependents|dependants|relatives)\b", re.IGNORECASE
)
_FAMILY = re.compile(r"\b(?:famil(?:y|ies)|dependents|dependants|relatives|wives|children)\b", re.IGNORECASE)


_STR_GATES = {
    "possessive": re.compile(r"fighters|members|militants|\bmen\b|loyalists|operatives|recruits|combatants|jihadists|"
                             r"insurgents|cadres|followers|adherents|gunmen|mujahideen|soldiers|personnel"),
    "noun": re.compile(r"strength|membership|manpower|force|ranks|size|number|figure|estimate|total|peak"),
    "estimate": re.compile(r"fighters|members|militants|\bmen\b|loyalists|operatives|recruits|combatants|jihadists|"
                           r"insurgents|cadres|followers|adherents|mujahideen"),
    "subject": re.compile(r"believed|thought|estimated|said|reported|understood"),
    "strong": re.compile(r"strong"),
}


#: the figure nouns of a strength estimate whose fighters were named in the sentence before
FIGURE_NOUN_CUE = re.compile(r"\b(?:number|figure|estimate|total|strength|size)\b")
STRENGTH_NOUN_RX = re.compile(rf"\d[\d,]*\s+(?:[\w\-]+\s+){{0,3}}?{_STR_NOUN}\b|\b{_STR_NOUN}\b", re.IGNORECASE)


def strength(text: str, s: int, e: int, starts: list[int] | None = None,
             fighters_before: bool = False) -> Iterator[Found]:
    """strength claims of the sentence; ``fighters_before``: the sentence before counted fighters,
    so "put the number at about 2,000" counts them too."""
    if starts is None:
        starts = number_starts(text, s, e)
    low = text[s:e].lower()
    seen: set[int] = set()
    groups_here = None
    for rule, rx in (("possessive", _RX_STR_POSS), ("noun", _RX_STR_NOUN), ("subject", _RX_STR_SUBJ),
                     ("strong", _RX_STR_STRONG), ("estimate", _RX_STR_CUE_NP)):
        if not _STR_GATES[rule].search(low) and not (fighters_before and rule == "noun"):
            continue
        if rule == "estimate" and not _STR_ESTIMATE.search(text, s, e):
            continue
        anchored = rule in ("subject", "strong", "estimate")
        ms = _anchored(rx, text, starts, e) if anchored else rx.finditer(text, s, e)
        for m in ms:
            ns = m.start("num")
            if ns in seen:
                continue
            count = parse_count(text[ns : m.end("num")])
            if count is None or not _count_ok(text, m, count):
                continue
            if rule == "noun" and not m.group("np") and (count.low or 0) < 20:
                continue  # "its strength ... to 2" is no strength figure
            if rule in ("estimate", "noun") or (rule == "possessive" and re.fullmatch(r"with", m.group("pre"), re.IGNORECASE)):
                if groups_here is None:
                    groups_here = [g for g in aliases.find_actors(text, s, e) if g.actor.type == "group"]
                if rule == "possessive" and not groups_here:
                    continue  # "attacked with 30 fighters": no group's strength
                if rule == "estimate" and _STR_ACTION_AFTER.match(text[m.end() : m.end() + 40]):
                    continue  # "30 fighters stormed the post": a raiding party, not a strength
                if rule == "noun" and _CASUALTY_NEAR.search(text[max(s, ns - 60) : ns]):
                    continue  # "the number of dead rose to 40"
                if rule == "noun" and not m.group("np") and not _STR_GATES["estimate"].search(low) and not fighters_before:
                    continue
                if rule == "noun" and not m.group("np") and not _END_OF_FIGURE.match(text, m.end("num"), e):
                    continue  # "a total of 444 terror attacks": the figure counts something else
            if _STR_BAD_BEFORE.search(text[max(s, ns - 60) : ns]) and rule != "noun":
                continue
            if _STR_BAD_AFTER.match(text[m.end() : m.end() + 40]):
                continue
            if _STR_PRISON.search(text, max(s, ns - 50), min(e, m.end() + 25)):
                continue
            np = m.group("np") or ""
            if re.search(r"\b(?:soldiers|personnel|men)\b", np, re.IGNORECASE) and not aliases.find_actors(text, max(s, ns - 80), m.end()):
                continue  # "3,000 soldiers" of a state, not a group's strength
            seen.add(ns)
            f = Found("strength", rule, m.start("num") if rule != "noun" else m.start(), m.end(),
                      ns, m.end("num"), count)
            scope = []
            fam = _FAMILY_AFTER.match(text, m.end(), e)
            sc = _SCOPE_AFTER.match(text, fam.end() if fam else m.end(), e)
            if sc:
                scope.append(sc.group("where"))
            if _FAMILY.search(text[m.end() : min(e, m.end() + 40)]) or _FAMILY.search(np):
                scope.append(f"{np.strip()} and family members" if np.strip() else "including family members")
            f.scope = "; ".join(scope) or None
            yield f


# ------------------------------------------------------------------ attacks (counts of incidents)
_RX_ATTACKS = re.compile(
    rf"\b(?:documented|recorded|carried\s+out|conducted|claimed|launched|staged|counted|registered|perpetrated|"
    rf"logged|mounted|tallied)\s+{NUM}\s+(?:(?!{_STOP}\b)[\w\-]+\s+){{0,2}}?(?:attacks|incidents|bombings|"
    rf"assaults)\b",
    re.IGNORECASE,
)


def attacks(text: str, s: int, e: int) -> Iterator[Found]:
    for m in _RX_ATTACKS.finditer(text, s, e):
        count = parse_count(m.group("num"))
        if count is None or not _count_ok(text, m, count):
            continue
        yield Found("attacks", "verb_object", m.start(), m.end(), m.start("num"), m.end("num"), count)


# ------------------------------------------------------------------ founded
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_RX_FOUNDED = re.compile(
    rf"\b(?:(?:was|were|been|being|is|officially|formally|first|originally)\s+)?(?P<verb>formed|founded|established|"
    rf"created|set\s+up|emerged|came\s+into\s+being|came\s+into\s+existence|formally\s+announced|"
    rf"(?<=was\s)declared|(?<=was\s)proclaimed|(?<=officially\s)declared|"
    rf"(?:formation|founding|establishment|creation|inception|emergence)(?:\s+of\s+(?:the\s+)?[\w\-]+)?)"
    rf"\s+(?:(?:in|on|during|around|by)\s+)?(?:(?:early|late|mid-?|the\s+(?:spring|summer|autumn|fall|winter)\s+of|"
    rf"{_MONTHS}|[0-3]?\d)[\s,]+){{0,3}}(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def founded(text: str, s: int, e: int) -> Iterator[Found]:
    for m in _RX_FOUNDED.finditer(text, s, e):
        year = int(m.group("year"))
        f = Found("founded", "verb_year", m.start(), m.end(), m.start("year"), m.end("year"),
                  Count(year, year, "exact"), year=year)
        yield f


# ------------------------------------------------------------------ leader
_NAME = (
    r"(?P<name>(?:(?:Mullah|Mawlawi|Maulvi|Mufti|Sheikh|Shaykh|Hafiz|Qari|Abu|Mohammad|Muhammad)\s+)?"
    r"[A-Z][\w'\u2019\-]+(?:\s+(?:(?:al|el|bin|ibn|ul|ud|ur|ad|as|ash)[\-\s])?[A-Z][\w'\u2019\-]+){1,4})"
)
_LEADER_WORD = r"(?:leader|chief|emir|amir|head|wali|governor|commander|founder|supremo)"
_RX_LEADER = [
    ("led_by", re.compile(
        rf"\b(?:led|headed|commanded|run)\s+by\s+(?:a\s+(?:certain|man|figure|commander|militant|terrorist|jihadist)\s+"
        rf"(?:named\s+|called\s+|known\s+as\s+)?|its\s+(?:new\s+)?{_LEADER_WORD}\s+|the\s+)?[\"\u201c]?{_NAME}")),
    ("named_as", re.compile(
        rf"\b{_LEADER_WORD}\b[^.;]{{0,50}}?\b(?:named\s+as|identified\s+as|known\s+as|named)\s+[\"\u201c]?{_NAME}")),
    ("title_name", re.compile(
        rf"\b{_LEADER_WORD}\b(?:\s+of\s+(?:the\s+)?(?:[\w\-\u2019']+\s+){{0,4}}?)?(?:,\s*|\s+)"
        rf"(?:(?:is\s+|was\s+)?(?:a\s+(?:terrorist|militant|jihadist|man|commander|figure)\s+)?(?:known\s+as|named|called|"
        rf"identified\s+as)\s+|is\s+|was\s+|has\s+been\s+|had\s+been\s+|remains\s+|became\s+)?[\"\u201c]?{_NAME}")),
    ("name_title", re.compile(
        rf"[\"\u201c]?{_NAME}[\"\u201d]?,?\s+(?:(?:is|was|became|remains|has\s+been)\s+)?(?:the\s+|its\s+|a\s+)?"
        rf"(?:new\s+|current\s+|top\s+|supreme\s+|overall\s+)?{_LEADER_WORD}\s+of\b")),
    ("appointed", re.compile(
        rf"\b(?:appointed|named|installed|chose|selected)\s+{_NAME}\s+(?:as\s+)?(?:its\s+|the\s+)?(?:new\s+)?"
        rf"(?:{_LEADER_WORD}|caliph)")),
]
_NOT_NAME = re.compile(
    r"\b(?:Islamic|State|Taliban|Province|Khorasan|Council|Nations|Government|Ministry|Army|Network|Group|"
    r"Afghanistan|Pakistan|President|The|This|That|His|Her|Its|American|Security|Police|United|Department)\b"
)


def leaders(text: str, s: int, e: int) -> Iterator[Found]:
    tab = aliases.table()
    seen: set[str] = set()
    for rule, rx in _RX_LEADER:
        for m in rx.finditer(text, s, e):
            name = m.group("name").rstrip("\u2019'")
            ns = m.start("name")
            # trim a trailing possessive or a word that is no name
            person = tab.actor(name)
            if person is None or person.type != "person":
                # the longest leading part that is a known person
                for k in range(len(name.split()) - 1, 1, -1):
                    part = " ".join(name.split()[:k])
                    p2 = tab.actor(part)
                    if p2 is not None and p2.type == "person":
                        person, name = p2, part
                        break
            if person is None or person.type != "person":
                if _NOT_NAME.search(name) or gazetteer.lookup(name) or tab.actor(name) is not None:
                    continue
                if len(name.split()) < 2:
                    continue
                entity = name
                group = None
            else:
                entity = person.id
                group = person.group
            if entity in seen:
                continue
            seen.add(entity)
            f = Found("leader", rule, m.start(), ns + len(name), entity=entity, entity_text=name)
            f.scope = group
            yield f


# ------------------------------------------------------------------ attribution
_RX_ATTR_SUBJ = re.compile(
    r"\b(?:claim(?:ed|s|ing)?\s+(?:of\s+)?(?:the\s+)?responsibility|took\s+responsibility|taken\s+responsibility|"
    r"takes\s+responsibility|claimed\s+credit|claim\s+of\s+responsibility|"
    r"claim(?:ed|s)?\s+(?!that\b|several\b|many\b|numerous\b|previous\b|past\b|other\b|multiple\b|dozens\b|"
    r"hundreds\b|most\b|some\b|a\s+(?:string|series|number|spate|wave)\b|scores\b|\d)"
    r"(?:the\s+|a\s+|this\s+|last\s+\w+['\u2019]s\s+|\w+['\u2019]s\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:attacks?|bombings?|blasts?|assaults?|killings?|massacres?|shootings?|raids?|explosions?|ambush(?:es)?)\b|"
    r"claimed\s+that\s+(?:one\s+of\s+)?(?:its|their)\s+(?:\w+\s+)?(?:bombers?|fighters|members|militants|men|"
    r"attackers?|operatives|soldiers|mujahideen)\b|"
    r"said\s+(?:in\s+a\s+statement\s+|on\s+\w+\s+)?that\s+(?:one\s+of\s+)?(?:its|their)\s+(?:\w+\s+)?(?:bombers?|"
    r"fighters|members|militants|men|attackers?|operatives|mujahideen)\b|"
    r"named\s+the\s+(?:\w+\s+)?(?:bombers?|attackers?|gunmen|assailants)\b|claimed\s+that\b[^.;]{0,80}?\b(?:carried\s+out|"
    r"conducted|perpetrated)\b|said\s+(?:it|its\s+\w+)\s+(?:was\s+behind|carried\s+out|had\s+carried\s+out|conducted)|"
    r"(?:was|were|is|are)\s+(?:likely\s+|probably\s+)?behind\b)",
    re.IGNORECASE,
)
_RX_ATTR_OBJ = re.compile(
    r"\b(?:(?:claimed|carried\s+out|perpetrated|conducted|orchestrated|staged|masterminded|executed|committed|"
    r"organi[sz]ed|planned|plotted|directed)\s+by|"
    r"blamed\s+(?:it\s+|the\s+\w+\s+)?on|attributed\s+(?:it\s+|the\s+\w+\s+)?to|blam(?:ed|es|ing)|"
    r"responsibility\s+(?:for\s+\w+\s+\w+\s+)?(?:lies|lay)\s+with)\b",
    re.IGNORECASE,
)


# "did not say who was behind", "no group has claimed", "denied carrying out"
_NEGATED = re.compile(
    r"\b(?:not|no|never|neither|nor|denied|denies|deny|unclear|unknown|whether|who|if)\b[^.;]{0,40}$|n['\u2019]t\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# words between a group and "were behind ..." that make the group no subject of it
_NOT_SUBJECT = re.compile(r"\b(?:said|says|told|that|accused|blamed|denied|denies|called|rejected|insisted)\b|[\"\u201c\u201d]", re.IGNORECASE)


def attributions(text: str, s: int, e: int, groups: list | None = None) -> Iterator[Found]:
    if groups is None:
        groups = [a for a in aliases.find_actors(text, s, e) if a.actor.type == "group"]
    if not groups:
        return
    seen: set[str] = set()
    for m in _RX_ATTR_SUBJ.finditer(text, s, e):
        if _NEGATED.search(text, max(s, m.start() - 50), m.start()):
            continue
        near = [g for g in groups if g.end <= m.start() and m.start() - g.end <= 200]
        before = [g for g in near if not _NOT_SUBJECT.search(text, g.end, m.start())]
        first = near[0] if near else None
        if first is not None and text.startswith(",", first.end) and re.search(r",\s*(?:\w+\s+)?$", text[first.end : m.start()]):
            g = first  # "X, a group that officials say is a front for Y, claimed ...": the subject is X
        elif before:
            g = before[-1]
            if "," in text[g.end : m.start()] and len(before) > 1 and text.startswith(",", before[0].end):
                g = before[0]  # "X, a front for Y, claimed": X
        else:
            continue
        if g.actor.id in seen:
            continue
        seen.add(g.actor.id)
        f = Found("attribution", "claimed_responsibility", g.start, m.end(), entity=g.actor.id, entity_text=g.text)
        yield f
    for m in _RX_ATTR_OBJ.finditer(text, s, e):
        if _NEGATED.search(text, max(s, m.start() - 50), m.start()):
            continue
        if re.search(r"\b(?:such\s+as|including|like)\b", text[m.end() : m.end() + 60], re.IGNORECASE) and re.search(
            r"\b(?:attacks|bombings|incidents)\b", text[max(s, m.start() - 60) : m.start()], re.IGNORECASE
        ):
            continue  # "attacks claimed by outfits such as the TTP": a share of many attacks
        after = [g for g in groups if g.start >= m.end() and g.start - m.end() <= 60]
        if not after:
            continue
        g = after[0]
        if g.actor.id in seen:
            continue
        seen.add(g.actor.id)
        yield Found("attribution", "by_group", m.start(), g.end, entity=g.actor.id, entity_text=g.text)


# ------------------------------------------------------------------ prefilter
# (cues are matched against the lower-cased sentence)
#: A sentence gets the kind rules only if it contains one of these.
PREFILTER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|"
    r"thousand|thousands|million|dozen|dozens|scores|several|few|handful|couple)\b|"
    r"\b(?:led|headed|formed|founded|established|emerged|declared|leader|chief|emir|amir|wali|head|commander|founder|responsib|claim|blam|attribut|behind|"
    r"carried|perpetrat|orchestrat|masterminded|appointed|named)",
)


class _Stems:
    """A cue as plain substrings: ``cue.search(low)`` is true when any stem occurs.

    Substring tests are about twice as fast as a regular expression alternation here,
    and a cue is only a prefilter (the rules themselves are exact)."""

    def __init__(self, *stems: str):
        self.stems = stems

    def search(self, low: str) -> bool:
        return any(map(low.__contains__, self.stems))


CASUALTY_CUE = _Stems(
    "kill", "dead", "death", "died", "die ", "wound", "injur", "hurt", "slay", "slew", "slain", "massacr", "murder",
    "slaughter", "perish", "martyr", "lives", "toll", "bodies", "eliminat", "execut", "behead", "gunned", "shot",
    "fatalit", "maim", "victims", "buried", "deceased",
)
STRENGTH_CUE = _Stems(
    "fighters", "members", "militants", " men", "loyalists", "operatives", "recruits", "combatants", "jihadists",
    "insurgents", "cadres", "followers", "adherents", "mujahideen", "soldiers", "personnel", "strength",
    "membership", "manpower", "ranks", "strong",
)
ATTACKS_CUE = _Stems("attacks", "incidents", "bombings", "operations", "assaults", "strikes")
FOUNDED_CUE = _Stems(
    "formed", "founded", "established", "created", "set up", "emerged", "came into", "declared", "proclaimed",
    "formation", "founding", "establishment", "creation", "inception", "emergence",
)
LEADER_CUE = _Stems(
    "led ", "headed", "commanded", "run by", "leader", "chief", "emir", "amir", "head", "wali", "governor",
    "commander", "founder", "supremo", "appointed", "named", "installed", "caliph",
)
ATTR_CUE = _Stems(
    "claim", "responsib", "blam", "attribut", "behind", "carried out", "perpetrat", "orchestrat", "masterminded",
    "staged", "organised", "organized", "committed", "conducted", "statement",
)
