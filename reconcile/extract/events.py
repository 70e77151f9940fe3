"""Kinds of event a sentence names ("suicide bombing" before "bombing" before "attack") and
whether a figure is an aggregate over many incidents rather than one event's toll."""

from __future__ import annotations

import re

from .. import gazetteer
from .dateroles import compared_before
from .gates import may_match, required
from .memo import per_report

_EVENT_TYPES = [
    (re.compile(r"\bsuicide\s+(?:bomb(?:ing|er|ers|s)?|attack(?:er|s)?|blast|vest|car\s+bomb)|\bself-?detonat|\bsuicide\s+\w+\s+bomb", re.IGNORECASE), "suicide bombing"),
    (re.compile(r"\b(?:jail\s*break|prison\s+(?:attack|break|assault)|attack\s+on\s+(?:a|the)\s+(?:\w+\s+)?(?:prison|jail))", re.IGNORECASE), "prison attack"),
    (re.compile(r"\b(?:air\s*strikes?|drone\s+strikes?|air\s+raids?|aerial\s+bombardment|bombing\s+raids?)\b", re.IGNORECASE), "airstrike"),
    (re.compile(r"\b(?:car\s+bomb|truck\s+bomb|bomb(?:s|ing|ings)?|blasts?|explosions?|explosives?|IEDs?|roadside\s+bomb|magnetic\s+bomb|sticky\s+bomb|mine)\b", re.IGNORECASE), "bombing"),
    (re.compile(r"\b(?:shooting|shootings|gunmen|gunman|opened\s+fire|gunfire|shot\s+dead|shot)\b", re.IGNORECASE), "shooting"),
    (re.compile(r"\b(?:rocket|rockets|mortar|mortars|shelling)\b", re.IGNORECASE), "rocket attack"),
    (re.compile(r"\bambush(?:ed)?\b", re.IGNORECASE), "ambush"),
    (re.compile(r"\b(?:ran\s+over|run\s+over|rammed|ramming|vehicle\s+attack)\b", re.IGNORECASE), "vehicle attack"),
    (re.compile(r"\b(?:clash(?:es|ed)?|fighting|firefight|gunbattle|gun\s+battle)\b", re.IGNORECASE), "clash"),
    (re.compile(r"\b(?:beheaded|beheading|executed|execution)\b", re.IGNORECASE), "execution"),
    (re.compile(r"\b(?:attack|attacks|assault|raid|massacre|stormed)\b", re.IGNORECASE), "attack"),
]


_ANY_EVENT = re.compile(
    r"bomb|blast|explo|ied|suicide|detonat|jail|prison|strike|raid|shoot|gun|fire|shot|rocket|mortar|shell|ambush|"
    r"ran over|run over|ramm|vehicle|clash|fight|behead|execut|attack|assault|massacre|storm|mine\b|bombard"
)


_EVENT_ALL = re.compile("|".join(f"(?P<t{i}>{rx.pattern})" for i, (rx, _) in enumerate(_EVENT_TYPES)), re.IGNORECASE)


#: cheap substrings that each event type's pattern needs (same order as _EVENT_TYPES)
_EVENT_STEMS = (
    ("suicide", "self-detonat", "selfdetonat"), ("jail", "prison"), ("air", "drone", "bombard", "raid"),
    ("bomb", "blast", "explos", "ied", "mine"), ("shoot", "gun", "fire", "shot"), ("rocket", "mortar", "shell"),
    ("ambush",), ("ran over", "run over", "ramm", "vehicle"), ("clash", "fight", "battle"), ("behead", "execut"),
    ("attack", "assault", "raid", "massacre", "storm"),
)


@per_report  # (speed: asked twice of a sentence, computed once per report)
def event_type(sentence: str) -> str | None:
    """The most specific kind of event the sentence names (suicide bombing before bombing before attack)."""
    low = sentence.lower()
    for (rx, name), stems in zip(_EVENT_TYPES, _EVENT_STEMS, strict=True):
        if any(map(low.__contains__, stems)) and rx.search(sentence):
            return name
    return None


_AGGREGATE = re.compile(
    r"""
    \bin\s+(?:(?:\d[\d,]*|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|hundreds\s+of|several|
       multiple|numerous|many|these|those)\s+
       (?:separate\s+|different\s+|such\s+|recorded\s+|documented\s+)?
       |two\s+(?:separate|different|such|recorded|documented)\s+)(?:attacks|incidents|bombings|strikes|operations|assaults)\b
  | \bsince\s+(?:19|20)\d\d\b | \bsince\s+(?:the\s+)?(?:start|beginning|takeover|fall|withdrawal|emergence|founding)\b
  | \b(?:up\s+to|until|till|through)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b
  | \bsince\s+(?:its|their)\s+(?:founding|formation|emergence|inception|creation|establishment)\b
  | \bin\s+the\s+(?:first|past|last|previous)\s+(?:\w+\s+)?(?:months?|years?|weeks?|decades?|half|quarter)\b
  | \bin\s+the\s+first\s+(?:[\w\-]+\s+){1,2}days\b
  | \b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:[1-9]\d+|thirty|forty|fifty|sixty|ninety|hundred)\s+days\b
  | \b(?:so\s+far|to\s+date)\s+this\s+year\b | \bover\s+the\s+(?:past|last|previous)\b | \bin\s+(?:19|20)\d\d\s+alone\b
  | \bin\s+all\s+(?:of\s+)?(?:the\s+|these\s+|those\s+|three\s+|four\s+|five\s+)(?:[\w\-]+\s+)?(?:attacks|bombings|blasts|explosions|incidents)\b
  | \bin\s+(?:such|similar)\s+(?:[\w\-]+\s+)?(?:attacks|bombings|blasts|strikes|assaults|incidents)\b
  | \ba\s+total\s+of\b | \bcombined\b | \beach\s+year\b | \bannually\b | \bper\s+year\b
  | \b(?:people|civilians|deaths|lives|fighters|soldiers|members)\s+a\s+year\b(?!\s+(?:ago|earlier|later|before|after))
  | \bin\s+a\s+(?:single\s+)?year\b
  | \bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b | \bfrom\s+(?:19|20)\d\d\s+to\s+(?:19|20)\d\d\b
  | \b(?:attacks|bombings|strikes|operations|violence|campaign|insurgency|war|conflict|wars)\s+(?:\w+\s+){0,4}(?:have|has|had)\s+(?:\w+\s+)?killed
  | \b(?:during|throughout|over)\s+(?:the\s+)?(?:\d+-year\s+)?(?:war|conflict|insurgency|occupation)\b
  | \bin\s+(?:19|20)\d\d\s+(?:and|,)\s+(?:19|20)\d\d\b | \bthe\s+(?:deadliest|bloodiest)\s+year\b
  | \b(?:fatalities|deaths|killings)\b[^.;]{0,120}?\b(?:in|during|for|over|across)\s+(?:the\s+)?
       (?:(?:current|past|last|previous|same|corresponding|comparable|whole|entire|calendar)\s+)+(?:year|period|months?)\b
  | \b(?:fatalities|deaths|killings)\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:recorded\s+|registered\s+|documented\s+)?
       (?:in|during)\s+(?:19|20)\d\d\b(?!\s+(?:attack|bomb|blast))
  | \b(?:fatalities|deaths|killings)\b[^.;]{0,80}?\b(?:last|this|past)\s+year\b(?!['\u2019]s)
  | \b(?:19|20)\d\d\s+(?:saw|witnessed|recorded|registered)\b
  | \b(?:violence|terrorism|militancy|insurgency)\s+(?:\w+\s+){0,2}?(?:claimed|killed|took|cost)\b[^.;]{0,80}?
       \b(?:last|this|past)\s+year\b(?!['\u2019]s)
  | \bthe\s+(?:first|past|last|previous)\s+(?:\w+\s+)?(?:days|months?|weeks?|quarter|half)\s+of\s+(?:19|20)\d\d\b
  | \b(?:have|has)\s+(?:been\s+)?(?:killed|died|lost\s+their\s+lives|perished|wounded|injured)\b[^.;]{0,60}?
       \bin\s+(?:19|20)\d\d\b(?!\s*(?:attack|bomb|blast|assault|massacre|shooting))
  | \bin\s+recent\s+(?:years|months|decades)\b
  | \bin\s+the\s+current\s+year\b | \bthis\s+year\s+alone\b | \bso\s+far\s+in\s+(?:19|20)\d\d\b
  | \b(?:multiple|several|numerous|a\s+(?:series|string|spate|wave)\s+of|dozens\s+of|scores\s+of|hundreds\s+of)\s+
       (?:[\w\-]+\s+){0,2}?(?:attacks|bombings|blasts|explosions|strikes|assaults|raids|shootings|ambushes)\s+
       (?:[^.;]{0,60}?\s)?(?:that|which)\s+(?:(?:have|has|had)\s+)?(?:killed|claimed|left|wounded|injured)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _word_prefixed_aggregate() -> re.Pattern:
    """``_AGGREGATE`` rebuilt with ``rules.word_prefixed`` (speed: the engine scans to the first letters
    of its alternatives instead of trying them all at every position; the same matches, and
    tests/test_prefixed.py compares it with the plain pattern). Derived from ``_AGGREGATE`` itself, so
    an edit of that pattern carries over; a pattern this cannot rebuild is kept as it is."""
    from .fastrx import top_alternatives
    from .rules import word_prefixed  # here: rules imports the rule families, which need no events

    alts = top_alternatives(re.sub(r"\s+", "", _AGGREGATE.pattern))  # verbose: its only literal spaces are layout
    if "#" in _AGGREGATE.pattern or not all(a.startswith(r"\b") for a in alts):
        return _AGGREGATE
    try:
        return word_prefixed("(?:" + "|".join(a[2:] for a in alts) + ")", "", flags=re.IGNORECASE)
    except ValueError:  # an alternative that does not open on a literal letter
        return _AGGREGATE


_AGGREGATE_FAST = _word_prefixed_aggregate()


# "In total, 21 people were killed" sums one attack's dead; it is an aggregate only over several incidents
_IN_TOTAL = re.compile(r"\bin\s+total\b", re.IGNORECASE)
_SEVERAL_INCIDENTS = re.compile(
    r"\b(?:attacks|incidents|bombings|blasts|explosions|strikes|airstrikes|operations|assaults|raids|clashes|"
    r"ambushes|shootings|provinces|districts|cities|countries|months|years|weeks)\b|\b(?:since|across|throughout)\b",
    re.IGNORECASE)


# "Two suicide bombings in Hangu and Mastung have claimed 57 lives": one figure over attacks in two places
# ("twin blasts at a Kabul mosque" stays one event: two places must be named)
_SEVERAL_PLACES = re.compile(
    # (also "The suicide attacks in Kabul and Mazar-i-Sharif killed at least 59": the plural names them all)
    r"\b(?i:two|three|four|five|twin|separate|multiple|[2-9]|the)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?i:attacks|bombings|blasts|explosions|strikes|assaults|raids|shootings)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?i:in|at|on)\s+(?P<places>(?:the\s+)?[A-Z][\w\-']+(?:\s+[A-Z][\w\-']+)?(?:(?:,\s*|,?\s+and\s+(?:in\s+)?)(?:the\s+)?[A-Z][\w\-']+)+)"
)


# "A total of ten policemen lost their lives in the attack": one incident's toll, summed; not a total
# over incidents ("a total of 132 killed in five attacks", "... since 2021", "... across the province")
_A_TOTAL = re.compile(r"a\s+total\s+of", re.IGNORECASE)
_ONE_INCIDENT = re.compile(
    r"\b(?:in|during|by|from|of)\s+(?:the|this|that|(?:\w+day|last\s+night)['\u2019]s)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:attack|incident|blast|bombing|explosion|assault|raid|ambush|shooting|strike|massacre|siege|clash|gunfight|"
    r"encounter|operation|firefight|gun\s+battle|standoff|stand-off|carnage|tragedy)\b(?!-)"
    # "we examined a total of 43 bodies at a makeshift mortuary": the dead of one attack, counted
    r"|\b(?:at|to|in)\s+(?:the\s+|a\s+)?(?:[\w\-/]+\s+){0,4}?(?:hospital|mortuary|morgue)\b(?!s)", re.IGNORECASE)
# "around 132 people were killed in five terrorist attacks", "in three separate suicide bombings": a
# toll over several attacks (not "in two suicide bombings around the airport", "three coordinated
# bombings": one event's; nor "the latest in a series of attacks")
_IN_N_ATTACKS = re.compile(
    r"\bin\s+(?:\d[\d,]*|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|numerous)\s+"
    r"(?!(?:coordinated|simultaneous|back-to-back|consecutive|successive|twin|near-simultaneous)\b)"
    r"(?:[\w\-]+\s+){0,2}?(?:attacks|incidents|bombings|strikes|assaults)\b"
    r"(?!\s+(?:\w+\s+){0,2}?(?:at|around|near|outside|inside)\s+(?:the|a|an)\b)"
    # "three police officers lost their lives in separate incidents in Kohat", "in three separate bomb blasts"
    r"|\bin\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:separate|different|unrelated|various)\s+"
    r"(?:[\w\-]+\s+)?(?:attacks|incidents|bombings|strikes|assaults|shootings|clashes|ambushes|blasts|explosions)\b",
    re.IGNORECASE)
_N_ATTACKS_GATE = ("attacks", "incidents", "bombings", "strikes", "assaults", "shootings", "clashes", "ambushes", "blasts",
                   "explosions")
# "killing hundreds of tribal elders in Pakistan over the years": a toll over years
# (not "the deadliest attack in over three years": a comparison)
_OVER_YEARS = re.compile(r"\b(?:over|through|across|down)\s+the\s+(?:years|decades)\b", re.IGNORECASE)


def _compared_since(sentence: str, m: re.Match) -> bool:
    """ "since 2009" that an attack is ranked against ("the deadliest since 2009", "the worst attack on
    the city since the 1980-88 war"): a comparison, not a total since then."""
    # (also "the worst attack in recent years": a comparison, not a total over them)
    return m.group(0).lower().startswith(("since", "in recent")) and \
        compared_before(sentence[max(0, m.start() - 64) : m.start()])


# a period a total runs over ("last year", "in 2023", "this month")
# (and a campaign's tally: "losses amounted to a total of 11,668 deaths", "a total of 433 captured and 104 killed")
_PERIOD = re.compile(r"\b(?:years?|months?|weeks?|quarter|decades?|(?:19|20)\d\d|losses|deaths|fatalities|casualties|"
                     r"captured|arrested|detained|surrender\w*|tally)\b", re.IGNORECASE)


def _one_incident_total(sentence: str, m: re.Match) -> bool:
    """ "a total of" summing one incident's toll: the sentence ties it to one incident, or names
    neither a period nor several incidents ("A total of 131 people were wounded."), and none of several."""
    return bool(_A_TOTAL.fullmatch(m.group(0)) and (_ONE_INCIDENT.search(sentence) or not _PERIOD.search(sentence))
                and not _SEVERAL_INCIDENTS.search(sentence))


def is_aggregate(sentence: str) -> bool:
    # the prefixed pattern is a fast gate (only whether it matches is read); the plain one's matches
    # tell a total over incidents from one incident's summed toll
    if _AGGREGATE_FAST.search(sentence) and any(not _one_incident_total(sentence, m) and not _compared_since(sentence, m)
                                                for m in _AGGREGATE.finditer(sentence)):
        return True
    low = sentence.lower()  # (speed: the gates below spare the scans of sentences that cannot match)
    if any(map(low.__contains__, _N_ATTACKS_GATE)) and _IN_N_ATTACKS.search(sentence) or \
            ("the years" in low or "the decades" in low) and _OVER_YEARS.search(sentence):
        return True
    m = _SEVERAL_PLACES.search(sentence) if may_match(_GATE_SEVERAL_PLACES, low) else None
    if m is not None and _distinct_places(sentence, m.start("places"), m.end("places")):
        return True
    m = _IN_TOTAL.search(sentence) if may_match(_GATE_IN_TOTAL, low) else None
    return m is not None and _SEVERAL_INCIDENTS.search(sentence) is not None


_GATE_SEVERAL_PLACES, _GATE_IN_TOTAL = required(_SEVERAL_PLACES), required(_IN_TOTAL)  # 12.8 -> 1.8, 2.3 -> 0.5 us


def _distinct_places(text: str, start: int, end: int) -> bool:
    """Two or more places of the gazetteer, none within another (Kabul and Jalalabad, not
    "Jalalabad and Nangarhar province" nor "Kabul airport and the Baron Hotel")."""
    found = {m.place for m in gazetteer.find_places(text, start, end)}
    leaves = {p.name for p in found if not any(_contains(p, q) for q in found if q != p)}
    return len(leaves) >= 2


def _contains(outer: gazetteer.Place, inner: gazetteer.Place) -> bool:
    if outer.type == "country":
        return inner.country == outer.country
    if outer.type == "province":
        return inner.admin1 == outer.admin1 and inner.country == outer.country
    return outer.type == "district" and inner.district == outer.name
