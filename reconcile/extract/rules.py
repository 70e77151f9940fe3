"""Shared pieces of the kind rules, and the rule families' cues.

The rules themselves live in one module per family, each rule named
(``killed.verb_object``, ``strength.possessive`` ...) so that ``Claim.extractor``
tells a reviewer why a claim exists:

- ``casualties``  killed and injured
- ``strength``    fighters or members of an armed group
- ``groups``      attacks counts, founding years, leaders, attributions

Here: the ``Found`` record, the count and noun-phrase patterns every family embeds,
the checks every count passes, the number anchors, and the cheap cues that decide
which family reads a sentence. Every pattern is bounded (no nested unbounded
repetition), so no input makes a rule run away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .datecount import _DATE_BEFORE_YEAR, _YEAR, _date_part, date_day
from .fastrx import BUILT, branches, factored, plain, structure, top_alternatives, word_start
from .numbers import MAX_PLAUSIBLE, NUMBER_EXPR, Count, parse_count, strip_refs
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
    r"which|who|to|for|since|into|near|outside|inside|across|amid|killed|injured|wounded|dead|died|lost|perished|including|"
    r"among|of|than|the\s+attack|said|says|according|this|last|a|an)"
)
_STOP = factored(top_alternatives(_STOP[3:-1]))  # (fastrx: the same alternation, its words joined by first letter)
# stop words in lower case only: "IS members" is a noun phrase, "is" a verb
# "#Revolutionaryguard personnel" (a hashtag), "\u201cunknown armed masked\u201d attackers" (quoted words),
# "Frontier Corps (FC) personnel" (an acronym in brackets)
_FILL = rf"(?:[\"\u201c\u2018]?(?!(?-i:{_STOP})\b)#?[\w.'\u2019\-]+[\"\u201d]?\s+|[(\[](?-i:[A-Z][A-Za-z]{{1,7}})[)\]]\s+)"  # (or in square brackets: "Daesh [Isis] fighters")
# a victim noun phrase right after a count: " of Shia Muslims", " American soldiers", " others"
# (a force's name of four words may still take its acronym: "Border Security Force (BSF) personnel")
NP = (
    # ("Five member of the police": a regional outlet's singular after a count, before "of")
    rf"(?P<np>\s+(?:of\s+(?:the\s+|their\s+|its\s+)?)?{_FILL}{{0,4}}?(?:\((?-i:[A-Z][A-Za-z]{{1,7}})\)\s+)?[\"\u201c\u2018]?(?:{VICTIM_NOUN}|member(?=\s+of\s))\b[\"\u201d\u2019]?"
    # "fighters of the separatist militant outfit Jaish al-Adl": a described group and its name (the parenthesis after it
    # is _APPOS's)
    rf"(?:\s+of\s+(?:the\s+|an?\s+)?(?:(?!{_STOP}\b)[\w\-]+\s+){{0,3}}?(?:group|outfit|organi[sz]ation|movement|faction|network)"
    rf"(?:\s+(?-i:[A-Z][\w'\u2019\-]*|(?:al|el|ul|ud|ut|e|i)-[\w'\u2019\-]+)){{1,4}}(?=[\s,(])"
    rf"|\s+of\s+(?:the\s+)?{_FILL}{{0,2}}?{VICTIM_NOUN}\b|\s+of\s+the\s+(?:(?-i:[A-Z][\w\-]+)\s+){{0,3}}(?:army|police|navy|force|forces|"
    rf"frontier\s+corps|levies|militia|group|family|community|guards?\s+corps|corps)"
    # "members of Iran's paramilitary Revolutionary Guard", "personnel of the country's border force"
    rf"|\s+of\s+(?:the\s+)?(?-i:[A-Z][\w\-]+)['\u2019]s\s+(?:[\w\-]+\s+){{0,3}}?(?:army|police|navy|force|forces|"
    rf"guard|guards|corps|levies|militia|group))?)"
)
#: Any "-ly" adverb inside a verb group ("were tragically killed", "have reportedly died", "were brutally
#: gunned down"), except those that deny or narrow the verb ("nearly died", "narrowly escaped").
ADVERB_LY = (r"(?!(?:nearly|narrowly|barely|hardly|almost|only|early|daily|weekly|monthly|yearly|family|"
             r"rally|ally|italy|unlikely)\b)[a-z]{3,}ly")
# "A soldier was martyred", "an officer was killed": the article counts one
NUM = rf"(?P<num>{NUMBER_EXPR})"
# any plural noun phrase (used only where the verb makes the count a count of people)
_THINGS = (
    r"(?:years|months|weeks|days|hours|minutes|times|percent|dollars|rupees|afghanis|miles|kilometres|kilometers|"
    r"meters|metres|tons|tonnes|attacks|incidents|bombings|operations|districts|provinces|villages|cities|towns|"
    r"countries|vehicles|cars|trucks|houses|homes|buildings|shops|schools|mosques|rockets|mortars|bombs|mines|"
    r"weapons|rounds|kilograms|pounds|euros|cases|cells|groups|factions|branches|suspects|arrests|raids|strikes)"
)
_THINGS = factored(top_alternatives(_THINGS[3:-1]))  # (fastrx)
NP_GEN = (
    rf"(?P<np>\s+(?:of\s+(?:the\s+|their\s+|its\s+)?)?{_FILL}{{0,3}}?(?:{VICTIM_NOUN}|(?!{_STOP}\b)(?!{_THINGS}\b)(?-i:[A-Za-z][\w'\u2019\-]*"
    rf"[a-z](?:s|men|people|children|folk)))\b(?:\s+of\s+(?:the\s+|our\s+|their\s+|its\s+|his\s+|her\s+|a\s+|one\s+)?"
    rf"(?:(?!{_STOP}\b)[\w'\u2019\-]+\s+){{0,2}}?(?!{_STOP}\b)[\w'\u2019\-]+)?)"
)
_APPOS = (
    r"(?:\s+(?:in|from)\s+(?:the\s+)?[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){0,2})?"  # "... in Nangarhar"
    # "25 guests at a funeral feast were killed", "six worshippers inside the mosque were wounded": a place
    # phrase with an article between the victims and the auxiliary
    r"(?:\s+(?:at|in|inside|attending|near)\s+(?:an?|the)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*(?=\s+(?:were|was|had\s+been|have\s+been)\b))?"
    # "17 other officers on board were injured", "40 passengers on board the ferry were killed": who was aboard
    r"(?:\s+on\s+board(?:\s+(?:an?|the)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)?(?=\s+(?:were|was|had\s+been|have\s+been)\b))?"
    r"(?:\s+of\s+(?:the|this|that|last\s+\w+['\u2019]s|\w+['\u2019]s)\s+(?:[\w\-]+\s+){0,2}?(?:attack|bombing|blast|"
    r"explosion|assault|massacre|shooting|violence|tragedy|carnage))?"  # "victims of the school bombing"
    r"(?:\s*,[^,.;]{1,70},|"
    # "four bombers who attacked the temple, a Sikh shrine in the old city, were killed": a relative clause
    # (an active verb: "who were killed" is the predicate itself), closed by a comma before the auxiliary
    r"\s*,?\s+(?:who|that)\s+(?!(?:were|was|are|is|be|been|being|had\s+been|have\s+been|has\s+been)\b)[^.;]{1,160}?,"
    r"(?=\s+(?:were|was|are|is|had|have|has)\b)|"
    # (or a short one without commas: "six militants who stormed the building were killed")
    r"\s+(?:who|that)\s+(?!(?:were|was|are|is|be|been|being|had|have|has)\b)[^.;,]{1,100}?"
    r"(?=\s+(?:were|was|had\s+been|have\s+been|has\s+been)\b)|"
    # ... or a participle's ("three members of a bomb squad sent to the scene, the capital of X, were wounded")
    r"(?:\s+of\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+)?\s+(?!(?:killed|wounded|injured|hurt|martyred|"
    r"dead|died|were|was|are|is|had|have|has|being|been)\b)(?:[a-z]+(?:ed|ing)|sent|caught|held|trapped|stuck|taken)\s+"
    r"[^.;]{1,160}?,(?=\s+(?:were|was|are|is|had|have|has)\b)|"
    r"\s*,\s+including\s+[^,.;]{1,130},|\s*,\s+including\s+[^.;]{1,160}?,(?=\s+(?:were|was|had|have|has)\b)|\s*\((?!\s*(?:19|20)\d\d\s*\))[^().;]{1,80}\)|\s+and\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|dozens|scores|hundreds|several|at\s+least|more\s+than|about|some|over|nearly|almost|around|"r"up\s+to|as\s+many|a\s+dozen|a\s+few|another|a\s+further)\b)[^,.;\d]{1,50}?|\s+(?:including|among\s+them)\s+[^,.;\d]{1,40}?|\s*,?\s+(?:including|among\s+them|among\s+whom)\s+(?:(?!\b(?:were|was|are|is|have|has|had|killed|dead|died|wounded|injured|hurt|martyred|while|whereas|but)\b)[^,.;]){1,80}?|\s+(?:belonging\s+to|serving\s+(?:in|with)|attached\s+to|deployed\s+(?:in|at|to|with)|posted\s+(?:in|at|to)|stationed\s+(?:in|at)|working\s+(?:for|with|at|in)|affiliated\s+with|associated\s+with|hailing\s+from)\s+(?:(?!\b(?:who|that|which|were|was|had|have|has)\b)[^,.;\d]){1,50}?|\s*(?:--|\u2014|\u2013|\u2015|\u2500)[^.;\u2014\u2013\u2015\u2500]{1,160}?(?:--|\u2014|\u2013|\u2015|\u2500))?"
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
#: Words one of which _BEFORE_BAD's match holds (lower-cased, ASCII): without any, it cannot match.
_BEFORE_BAD_STEMS = ("$", "rs", "no", "number", "age", "per", "of", "top", "section", "article", "resolution", "flight",
                     "route", "highway", "grade", "class", "chapter")


def _bad_before(w: str) -> bool:
    """``_BEFORE_BAD.search(w)``, with a substring test first on ASCII text (where re.IGNORECASE and
    lower() agree): a window with none of its words is read no further."""
    if w.isascii():
        low = w.lower()
        if not any(map(low.__contains__, _BEFORE_BAD_STEMS)):
            return False
    return _BEFORE_BAD.search(w) is not None


_YEAR_BEFORE = re.compile(r"\b(?:in|since|of|by|from|during|until|till|before|after|early|late|mid|year|the)\s*$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\s*[/:.]\d")
_DIGITS = re.compile(r"\d+")


def _count_ok(text: str, m: re.Match, count: Count) -> bool:
    ns, ne = m.start("num"), m.end("num")
    numtext = strip_refs(text[ns:ne])
    if _UNIT_AFTER.match(text, ne) and not m.group("np"):
        return False
    # (not after a word a number word is glued to, "this articleTwelve people": that word is furniture, no unit)
    if not (ns > 0 and text[ns - 1].isalpha()) and _bad_before(text[max(0, ns - 20, text.rfind("\n", max(0, ns - 20), ns) + 1) : ns]):
        return False  # (the words before it on its own line: a heading's "Highway" above "At least 14 ..." is no route)
    if _YEAR.fullmatch(numtext.strip()) and (
        _YEAR_BEFORE.search(text[max(0, ns - 12) : ns]) or not m.groupdict().get("np")
        or _DATE_BEFORE_YEAR.search(text, max(0, ns - 20), ns)
    ):
        return False  # (a dateline's year: "Jalalabad, Afghanistan, April 15, 2017 -- Twelve people were killed")
    top = count.high if count.high is not None else count.low
    if top is not None and top > MAX_PLAUSIBLE:
        return False
    if _CLOCK_AFTER.match(text[ne : ne + 3]):  # 9/11, 10:30
        return False
    if date_day(text, ns, ne):
        return False  # "Karachi, Oct 7 (PTI) Two Chinese nationals were killed": a dateline's day
    first = _DIGITS.match(text, ns, ne)
    if first is not None and first.end() < ne and text[first.end()] in " \u2013\u2014" and _date_part(text, ns, first.end()):
        return False  # "QUETTA, May 3 - Nine people ...": no range from a dateline's day to the toll
    if ns > 0 and (text[ns - 1] in "/#-" or text[ns - 1] == ":" and not text[ns].isalpha()):
        return False  # 9/11, #3, 10:30; a count word glued to a dateline's colon (":Thirty people") is read
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


# "Gunmen storm a college", "tried to storm the prison": the verb of an assault, not the weather
_STORM_VERB_BEFORE = re.compile(
    r"(?:\b(?:gunmen|militants|attackers|assailants|insurgents|fighters|terrorists|taliban|troops|forces|police|"
    r"commandos|soldiers|men|rebels|jihadists|mob|protesters|bombers|to))\s+$",
    re.IGNORECASE,
)


def _non_violent(text: str, a: int, b: int) -> bool:
    w = text[a:b].lower()
    if not any(map(w.__contains__, _NON_VIOLENT_STEMS)):
        return False
    n = len(text)
    while b < n and text[b].isalnum():  # a window cut inside "stormed" must not read "storm"
        b += 1
    for m in _NON_VIOLENT.finditer(text, a, b):
        if m.group(0)[:5].lower() == "storm" and _STORM_VERB_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        return True
    return False


def _found(kind: str, rule: str, text: str, m: re.Match, start: int, end: int) -> Found | None:
    count = parse_count(text[m.start("num") : m.end("num")])
    if count is None or not _count_ok(text, m, count):
        return None
    if kind in ("killed", "injured") and _non_violent(text, max(0, start - 80), min(len(text), end + 40)):
        return None  # an earthquake's or a crash's toll is no conflict casualty figure
    np = m.groupdict().get("np") or ""
    victims = victim_label(np)
    if np and _OF_THEM.match(np):
        victims = _group_before(text, m.start("num")) or victims
    elif np and _OTHERS.match(np):
        victims = _armed_group_before(text, m.start("num")) or victims
    num_end = m.end("num")
    if kind in ("killed", "injured") and count.qualifier == "exact" and count.low is not None and count.low == count.high:
        c = _SPLIT_COUNT.match(text, num_end)
        if c is not None and c.group("a").lower() != c.group("b").lower():
            # "two male and a female guard": one noun, two counts, three victims
            second = 1 if c.group("n2").lower() in ("a", "an") else None
            if second is None:
                n2 = parse_count(c.group("n2"))
                second = n2.low if n2 is not None and n2.qualifier == "exact" and n2.low == n2.high else None
            if second is not None:
                count = Count(count.low + second, count.high + second, "exact", count.vague, count.warning)
                num_end = c.start("n2") + len(c.group("n2"))
                end = max(end, c.end())
                victims = victim_label(c.group("noun"))
    if count.qualifier == "exact" and count.low is not None:
        more = _OR_MORE.match(text, num_end) or (_OR_MORE.match(text, m.end("np")) if np else None)
        if more is not None:  # "injured 300 and above", "40 people or more": the figure is a floor
            count = Count(count.low, None, "at_least", count.vague, count.warning)
            end = max(end, more.end())
    return Found(kind, rule, start, end, m.start("num"), num_end, count, victims)


#: a floor written after the figure: "300 and above", "40 or more", "20 people and over" (not "or more than")
_OR_MORE = re.compile(r"\s+(?:or|and)\s+(?:more|above|over)\b(?!\s+(?:than|of)\b)(?!\s+\d)", re.IGNORECASE)


# "two male and a female guard", "three Afghan and two Pakistani soldiers": one noun shared by two counts
_SPLIT_ADJ = (r"(?:male|female|adult|Afghan|Pakistani|American|British|Chinese|Iranian|Indian|Tajik|Uzbek|Turkish|"
              r"Russian|foreign|local)")
_SPLIT_COUNT = re.compile(
    rf"\s+(?P<a>{_SPLIT_ADJ})\s+and\s+(?P<n2>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})\s+"
    rf"(?P<b>{_SPLIT_ADJ})(?P<noun>\s+{VICTIM_NOUN})\b",
    re.IGNORECASE,
)


# "There were 30 mothers in the ward, and 13 of them were killed": "them" are the mothers
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)$", re.IGNORECASE)
_COUNTED_NOUN = re.compile(rf"(?:\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           rf"twenty|thirty|forty|fifty|dozens|hundreds|scores))\s+(?:[\w\-]+\s+){{0,2}}?"
                           rf"(?P<n>{VICTIM_NOUN})\b", re.IGNORECASE)


# "six attackers were killed and 10 others were injured": the others are more of the same armed group
_OTHERS = re.compile(r"\s+others$", re.IGNORECASE)
_ARMED_LABELS = frozenset({"militants", "soldiers", "us_troops", "police", "security_forces", "officials"})
_ONE_OR_COUNTED_NOUN = re.compile(rf"(?:\d[\d,]*|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                  rf"twelve|twenty|thirty|forty|fifty|dozens|hundreds|scores|several))\s+"
                                  rf"(?:[\w\-]+\s+){{0,2}}(?P<n>{VICTIM_NOUN})\b", re.IGNORECASE)
# ... named as victims: "six attackers were killed", "killing three policemen"
_VICTIM_AFTER = re.compile(r"\s+(?:(?:were|was|had|have|has|been|also|reportedly)\s+){0,3}(?:killed|martyred|died|dead|slain|"
                           r"shot\s+dead|gunned\s+down|wounded|injured|hurt)\b", re.IGNORECASE)
_VICTIM_BEFORE = re.compile(r"\b(?:killing|killed|kills|kill|wounding|wounded|injuring|injured|martyring|martyred)\s+$",
                            re.IGNORECASE)


def _armed_group_before(text: str, ns: int) -> str | None:
    """The armed group (fighters, soldiers, police, officials) the last victims named before ``ns`` in the
    same sentence belong to, if they are one: "a security official was martyred and four others were
    injured" (more officials); "killing 25 worshippers and wounding 8 others" keeps its "others"."""
    a = max(0, ns - 160)
    cut = max(text.rfind(". ", a, ns), text.rfind("; ", a, ns), text.rfind("\n", a, ns))
    if cut >= 0:
        a = cut + 1
    last = None
    for match in _ONE_OR_COUNTED_NOUN.finditer(text, a, ns):
        last = match
    if last is None or not (_VICTIM_AFTER.match(text, last.end())
                            or _VICTIM_BEFORE.search(text, max(a, last.start() - 12), last.start())):
        return None  # "a suicide bomber attacked ..., and 110 others were injured": the bomber's are no victims
    label = victim_label(" " + last.group(0))
    return label if label in _ARMED_LABELS else None


def _group_before(text: str, ns: int) -> str | None:
    """The victims label of the last count of people before ``ns`` in the same sentence."""
    a = max(0, ns - 160)
    cut = max(text.rfind(". ", a, ns), text.rfind("; ", a, ns), text.rfind("\n", a, ns))
    if cut >= 0:
        a = cut + 1
    last = None
    for match in _COUNTED_NOUN.finditer(text, a, ns):
        last = match
    if last is None or last.group("n").lower() in ("them", "others", "more", "people", "persons"):
        return None
    return victim_label(" " + last.group("n"))


#: At most this many count phrases per sentence get the rules (a guard against number soup).
MAX_NUMBERS = 60
_NUMBER_START = re.compile(NUMBER_EXPR, re.IGNORECASE)


def word_alternation(words: list[str]) -> str:
    """A regex alternation of literal words (``\\s+`` between the words of a phrase), factored by
    common prefixes: it matches what ``(?:w1|w2|...)`` matches, but Python's regex engine tries a
    handful of branches per position instead of all of them (the cues below run on every sentence)."""
    tree: dict = {}
    for w in words:
        node = tree
        for tok in re.findall(r"\\s\+|.", w):
            node = node.setdefault(tok, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(t if t == r"\s+" else re.escape(t)) + emit(node[t]) for t in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            body = "(?:" + body + ")?"
        return body

    return "(?:" + emit(tree) + ")"


_NUMBER_WORDS = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
    "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands",
]
# every alternative ends at a word boundary, so at most one can match at a position: the
# factored alternation finds exactly what the plain one did
_CORE = word_start(  # (fastrx: the plain pattern is "\d+(?:[.,]\d+)*|\b(?:one|two|...)\b")
    [(_NUMBER_WORDS + ["dozen", "dozens", "scores", "several", "few", "handful", "couple", "tens", "half",
                       r"a\s+hundred", r"a\s+thousand"], r"\b", True)], digit=r"\d*(?:[.,]\d+)*")
#: a word's start, or a word glued to the one before by a scrape that lost the space ("ReutersOver 115",
#: "AFPAt least 20", "File photoMore than 30": a photo credit run into the sentence)
_WORD_START = re.compile(r"(?<![\w,.])\w|(?<=[a-z])[A-Z](?=[a-z])|(?<=[A-Z])[A-Z](?=[a-z])")
_WORD = re.compile(r"\w+")
#: First words of the hedges and compound counts a phrase may begin with before its core.
_HEDGE_FIRST = frozenset(
    ["at", "atleast", "upto", "no", "not", "a", "an", "well", "far", "much", "many", "slightly", "just", "more", "greater", "over", "above", "upwards", "in", "nearly", "almost", "close", "about", "around", "approximately", "approx", "roughly", "some", "estimated", "up", "as", "fewer", "less", "under", "below", "between", "somewhere", "from", "approaching", "nearing", "half", "several", "tens", "hundreds", "just"]
)


#: a number word glued to the word before it by a scrape that lost the space ("advertisementOne soldier was killed",
#: "Boko HaramFifteen people"): _CORE finds words at a word boundary only
#: (speed: a first letter the engine scans for, then the small letter before it)
_GLUED_WORD = re.compile(
    r"[OTFSENHD](?<=[a-z][OTFSENHD])(?:(?<=O)ne|(?<=T)(?:wo|hree|en|welve|hirteen|wenty|hirty|housands?)|"
    r"(?<=F)(?:our|ive|ourteen|ifteen|orty|ifty)|(?<=S)(?:ix|even|ixteen|eventeen|ixty|eventy|everal|cores)|"
    r"(?<=E)(?:ight|leven|ighteen|ighty)|(?<=N)(?:ine|ineteen|inety)|(?<=H)undreds?|(?<=D)ozens)\b")


def glued_count(text: str, s: int, e: int) -> bool:
    """A number word glued to the word before it in ``text[s:e]`` ("advertisementOne soldier"): the
    lower-cased prefilter cannot see it."""
    return _GLUED_WORD.search(text, s, e) is not None


def number_starts(text: str, s: int, e: int) -> list[int]:
    """Where count phrases start in the sentence: the anchors of the count-first rules.

    Cheap cores (a digit, a number word) are found first; a phrase may begin up to
    a few words earlier ("somewhere between", "no fewer than", "more than a").
    """
    if _GLUED_WORD.search(text, s, e) is not None:  # (rare: a scrape's lost space) glued words start counts too
        glued = [m.start() for m in _GLUED_WORD.finditer(text, s, e) if _NUMBER_START.match(text, m.start(), e)]
        return sorted(set(glued + _starts(text, s, e)))[:MAX_NUMBERS]
    return _starts(text, s, e)


def _starts(text: str, s: int, e: int) -> list[int]:
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
        if hit.end() > core.end() and text[core.end()] in " \u2013\u2014" and _date_part(text, c, core.end()):
            pos = core.end()  # "KABUL, April 15 - Twelve people ...": a date's day or year starts no range
    return out





def alternatives(group: str) -> list[str]:
    """ "(?:kill|shot\\s+dead|(?:took|cost)\\s+the\\s+lives\\s+of)" -> ["kill", "shot\\s+dead",
    "took\\s+the\\s+lives\\s+of", "cost\\s+the\\s+lives\\s+of"]: the top-level alternatives of a
    group, in order, an alternative that starts with a group of its own (not repeated) spelled out."""
    body = group[3:-1] if group.startswith("(?:") and _close(group, 0) == len(group) - 1 else group
    out: list[str] = []
    for alt in top_alternatives(body):
        if alt.startswith("(?:"):
            k = _close(alt, 0)
            rest = alt[k + 1 :]
            if rest[:1] not in ("?", "*", "+", "{"):
                out.extend(a + rest for a in alternatives(alt[: k + 1]))
                continue
        out.append(alt)
    return out


def _close(rx: str, i: int) -> int:
    """The index of the parenthesis closing the one at ``rx[i]``."""
    for k, ch, depth in structure(rx, i):
        if ch == ")" and depth == 0:
            return k
    raise ValueError(f"unbalanced: {rx!r}")


#: every pattern built by :func:`word_prefixed`, with the plain pattern it stands for (tests compare them)
PREFIXED: list[tuple[re.Pattern, re.Pattern]] = []


def word_prefixed(group: str, rest: str, *, name: str | None = None, flags: int = re.IGNORECASE) -> re.Pattern:
    """``re.compile(rf"\\b(?P<name>{group}){rest}", flags)`` (or without the named group), built so
    that the engine skips to the alternatives' first letters (fastrx) instead of trying the whole
    alternation at every position: the same matches, spans and groups."""
    fast = word_start([(alternatives(group), "")], ignorecase=bool(flags & re.IGNORECASE)).pattern
    head = f"(?P<{name}>{fast})" if name else fast
    plain_head = rf"\b(?P<{name}>{group})" if name else rf"\b{group}"
    rx = re.compile(head + rest, flags)
    PREFIXED.append((rx, re.compile(plain_head + rest, flags)))
    return rx


def _anchored(rx: re.Pattern, text: str, starts: list[int], e: int):
    for p in starts:
        m = rx.match(text, p, e)
        if m is not None:
            yield m


#: "civilian deaths", "the American death toll": the adjective names the victims

# ------------------------------------------------------------------ prefilter
# (cues are matched against the lower-cased sentence)
#: A sentence gets the kind rules only if it contains one of these.
_ONE_VERBS = ["killing", "killed", "kills", r"shot\s+dead", r"shooting\s+dead", "wounding", "wounded", "injuring", "injured"]
_PREFILTER_RX = word_start([  # (fastrx: the plain pattern is "\d|\b(?:one|two|...)\b|\b(?:led|...)|\b(?:was|...)...\b")
    (_NUMBER_WORDS + ["million", "dozen", "dozens", "scores", "several", "few", "handful", "couple", "tens"], r"\b", True),
    (["led", "headed", "formed", "founded", "established", "emerged", "declared", "leader", "chief", "emir", "amir",
      "wali", "head", "commander", "founder", "responsib", "claim", "blam", "attribut", "behind", "carried", "perpetrat",
      "orchestrat", "masterminded", "appointed", "named", "leads", "commands"], "", True),
    (["was", r"has\s+been", r"had\s+been"],
     rf"\s+(?:also\s+|later\s+|{ADVERB_LY}\s+)?(?:killed|martyred|shot\s+dead|slain|wounded|injured)\b"),
    (_ONE_VERBS, r"\s+(?:a|an)\s"),  # "killing a policeman": one victim with an article
], digit="", ignorecase=False)
#: "a policeman was killed", "killed a policeman": a singular victim with no number word
_SINGLE_CUE_RX = word_start([(["was", r"has\s+been", r"had\s+been"], rf"\s+(?:also\s+|later\s+|{ADVERB_LY}\s+)?(?:killed|martyred|"
                                                                   r"shot\s+dead|slain|wounded|injured|hurt)\b"),
                         (_ONE_VERBS, r"\s+(?:a|an|one)\s")],
                        ignorecase=False)


def letter_first(rx: re.Pattern) -> re.Pattern:
    """The case-sensitive word-start pattern ``rx`` (built by fastrx.word_start, without its digit
    branch) laid out as one branch per first letter, each a literal letter then ``(?<!\\w.)``: the
    engine scans for those letters and picks a branch by its letter (no look-behind per branch).
    The same matches, spans and groups (tests/test_prefixed.py compares it with the plain pattern)."""
    parts, _digit, ignorecase = next(built for fast, built in BUILT if fast is rx)
    assert not ignorecase
    firsts = branches(parts, ignorecase=False)
    out = re.compile("|".join(rf"{re.escape(k)}(?<!\w.)(?:{'|'.join(b)})" for k, b in firsts.items()))
    PREFIXED.append((out, plain(parts, ignorecase=False)))
    return out


class _DigitOrWords:
    """``search`` is true where ``\\d|WORDS`` finds a match: a digit is looked for first (a fast scan),
    then the words (:func:`letter_first`); only whether it matches is told, not where."""

    def __init__(self, words: re.Pattern):
        self.words = words

    def search(self, low: str) -> re.Match | None:
        return _DIGIT.search(low) or self.words.search(low)


_DIGIT = re.compile(r"\d")
#: A sentence gets the kind rules only if it contains one of these (``PREFILTER.search(low)``).
PREFILTER = _DigitOrWords(letter_first(_PREFILTER_RX))
#: "a policeman was killed", "killed a policeman": a singular victim with no number word
SINGLE_CUE = letter_first(_SINGLE_CUE_RX)


class _Stems:
    """A cue as plain substrings: ``cue.search(low)`` is true when any stem occurs.

    Every cue is asked of the same sentence in turn (``_sentence`` asks all six), so one scan answers them all:
    the stems of every cue are joined in one trie (``word_alternation``, longest stem first), searched from each
    position a stem starts at (overlapping stems included), and each stem found marks the cues of every stem it
    begins with; the answer of the last sentence scanned is kept for the next cue asked of it (the same string
    object). The same answers as ``any(stem in low)`` per cue (tests/test_cues.py), in about half the time."""

    #: every cue, in the order of its bit
    ALL: list[_Stems] = []
    #: (the stems' trie, longest stem at a position -> the bits of the cues it marks), built on first use
    _scan: tuple[re.Pattern, dict[str, int]] | None = None
    #: (the last sentence scanned, its cue bits)
    _last: tuple[str | None, int] = (None, 0)

    def __init__(self, *stems: str):
        self.stems = stems
        self.bit = 1 << len(_Stems.ALL)
        _Stems.ALL.append(self)
        _Stems._scan = None

    def search(self, low: str) -> bool:
        last = _Stems._last
        if last[0] is not low:
            last = _Stems._last = (low, _cue_bits(low))
        return bool(last[1] & self.bit)


def _cue_bits(low: str) -> int:
    """The bits of every cue (``_Stems``) one of whose stems occurs in ``low``."""
    scan = _Stems._scan
    if scan is None:
        bits: dict[str, int] = {}
        for cue in _Stems.ALL:
            for stem in cue.stems:
                bits[stem] = bits.get(stem, 0) | cue.bit
        # the trie finds the longest stem starting at a position: it marks the cues of the stems it begins with too
        marks = {stem: 0 for stem in bits}
        for stem in bits:
            for other, b in bits.items():
                if stem.startswith(other):
                    marks[stem] |= b
        scan = _Stems._scan = (re.compile(word_alternation(list(bits))), marks)
    rx, marks = scan
    found, pos, search = 0, 0, rx.search
    while (m := search(low, pos)) is not None:
        found |= marks[m.group()]
        pos = m.start() + 1
    return found


CASUALTY_CUE = _Stems(
    "kill", "dead", "death", "died", "die ", " die", "wound", "injur", "hurt", "slay", "slew", "slain", "massacr", "murder",
    "slaughter", "perish", "martyr", "lives", "toll", "bodies", "eliminat", "execut", "behead", "gunned", "shot",
    "fatalit", "maim", "harmed", "victims", "buried", "deceased", "neutrali", "hospital",
    "lost ", "lynch", "the life of",  # a family's loss: "We lost 10 members of our family" (tollclauses.family_loss); "were lynched"
    "total was", "total is", "total stood", "total stands", "total had", "total has", "total reached", "total rose",
    "figure was", "figure is", "figure stood", "figure had", "figure rose", "tally was", "tally stood", "tally had",
    "tally rose", "number was", "number stood", "number had", "of them are", "of them were", "of these were", "of these are",
    # a toll told with a pronoun after an earlier figure ("Later, it was confirmed to be 12": tollanaphor.STEMS)
    "confirmed to be", "revised", "rose to", "risen to", "climbed to", "increased to", "jumped to", "corrected to",
    "lowered to", "raised to", "reduced to", "dropped to", "fell to", "fallen to", "put it at", "put that figure at",
    "put the figure at", "put the number at", "put at", "placed at", "estimated at", "given as",
)
STRENGTH_CUE = _Stems(
    "fighters", "members", "militants", " men", "loyalists", "operatives", "recruits", "combatants", "jihadists",
    "insurgents", "cadre", "followers", "adherents", "mujahideen", "soldiers", "personnel", "sympathi", "strength",
    "membership", "manpower", "fighting force", "ranks", "strong", "-member ", "-man ", "under arms", "size of",
    "consist of", "consists of", "consisting of", "consisted of", "comprises", "comprising", "comprised of", "made up of", "presence of", "terrorists", "rebels", "guerrillas", "militiamen", "jihadis", "gunmen",
    "to number", "numbering", "numbered", "s numbers", "their numbers", "army of", "militia of",
    "number of this ", "number of the division", "number of the brigade", "number of the militia",
    "s were fighting in", "s are fighting in", "s were fighting for", "s are fighting for",
    "0 taliban", "thousand taliban", "hundred taliban", "s of taliban", "k taliban", "pakistani taliban", "afghan taliban",
    "taliban number", "of them", "of these", "of whom", "force of", "force estimated", "army estimated",
    # people gathered to fight (strength._RX_STR_READY): "gathered 4,000 men who will fight"
    "who will fight", "who would fight", "ready to fight", "willing to fight", "prepared to fight", "ready to resist",
)
ATTACKS_CUE = _Stems("attacks", "incidents", "bombings", "operations", "assaults", "strikes")
FOUNDED_CUE = _Stems(
    "formed", "founded", "established", "created", "set up", "emerged", "came into", "declared", "proclaimed",
    "formation", "founding", "establishment", "creation", "inception", "emergence", "to form",
)
LEADER_CUE = _Stems(
    "led ", "headed", "commanded", "run by", "leader", "chief", "emir", "amir", "head", "wali", "governor",
    "commander", "founder", "supremo", "appointed", "named", "installed", "caliph", "leads", "commands",
    "founded", "rebranded", "established", "formed by", "set up by", "created by",
)
ATTR_CUE = _Stems(
    "claim", "responsib", "blam", "attribut", "behind", "carried out", "perpetrat", "orchestrat", "masterminded",
    "staged", "organised", "organized", "committed", "conducted", "statement",
)



# the rule families (imported last: they build on the pieces above)
from .casualties import casualties  # noqa: E402
from .groups import attacks, attributions, founded, leaders  # noqa: E402
from .strength import strength  # noqa: E402
from .strengthrx import FIGURE_NOUN_CUE, STRENGTH_NOUN_RX  # noqa: E402

__all__ = [
    "Found", "casualties", "strength", "attacks", "founded", "leaders", "attributions", "number_starts",
    "PREFILTER", "CASUALTY_CUE", "STRENGTH_CUE", "ATTACKS_CUE", "FOUNDED_CUE", "LEADER_CUE", "ATTR_CUE",
    "FIGURE_NOUN_CUE", "STRENGTH_NOUN_RX", "MAX_PLAUSIBLE", "SINGLE_CUE",
]
