"""Counts beside a casualty word that are no toll: Husayn's companions at Karbala (the seventh century), an
intent or a threat ("threatened to kill 50"), an age ("the injured 14-year-old"), the whole of a partitive ("Of
the 40 passengers, 12 died"), lives saved or at risk, a negated count ("not one soldier died"), things ("three
explosive devices were neutralised"), groups counted as groups ("members of two families were killed"), a quoted title ('the film "Nine Dead"'), a rate ("about 40 people die each
day", "an average daily toll of 25"). ``casualties.casualties`` drops
the claims ``_no_toll`` names; ``fallback`` reads ``_HUSAYN`` too."""

from __future__ import annotations

import re

from .gates import doc_gated
from .rules import Found

#: the battle of Karbala (680) told where the Ashura of a report is: Husayn's companions, no toll of today
_HUSAYN = re.compile(r"\b(?:Husayn|Hussain|Hussein|Husain|Hosseyn)\b")
_KARBALA_COMPANIONS = re.compile(r"\s+(?:of\s+(?:his|their)\s+)?(?:[\w\-]+\s+)?(?:companions|followers|family\s+members|relatives|members\s+of\s+his\s+family|"
                                 r"supporters|men|loyalists)\b", re.IGNORECASE)


# an intent, a threat or a condition before an active verb: "threatened to kill 50", "could kill", "would have killed"
_INTENT_BEFORE = re.compile(
    r"(?:\b(?:threat\w*|vow\w*|plot\w*|plan\w*|intend\w*|tr(?:y|ied|ies|ying)|attempt\w*|sought|seek\w*|aim\w*|want\w*|"
    r"wish\w*|hop(?:e|ed|es|ing)|promis\w*|pledg\w*|swor?e|warn\w*|order\w*|bid|plann\w*|prepar\w*|ready|able|enough)"
    r"\s+(?:\w+\s+)?to|\b(?:could|would|should|will|shall|can|cannot|can't|won't|wouldn't)(?:\s+not)?(?:\s+have)?)\s+$",
    re.IGNORECASE)
_INTENT_BEFORE = doc_gated(_INTENT_BEFORE)  # (speed: no scan of a stretch holding none of the strings every match holds)
# a count that is an age: "the injured 14-year-old", "a wounded 9 year old boy"
_AGE_AFTER = re.compile(r"\s*-?\s*(?:years?|months?|weeks?|days?)\s*-?\s*old\b", re.IGNORECASE)
# the whole of a partitive at the sentence's head: "Of the 40 passengers, 12 died"
_PARTITIVE_HEAD = re.compile(r"(?:^|[,;:(]\s*)(?:out\s+)?of\s+(?:(?:the|his|her|their|its|our|these|those|all)\s+)?$", re.IGNORECASE)
_PARTITIVE_HEAD = doc_gated(_PARTITIVE_HEAD)  # (speed: no scan of a stretch holding none of the strings every match holds)
_PARTITIVE_REST = re.compile(r"(?:\s+[\w'-]+){0,4}?\s*,\s*(?:\w+\s+){0,2}?(?:\d|one|two|three|four|five|six|seven|eight|"
                             r"nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|dozens|hundreds|scores|most|"
                             r"half|all|some|several|many|none|only|at\s+least)", re.IGNORECASE)
# lives saved or at risk, not lost: "saved the lives of 30", "the lives of 3 million are at risk"
_LIVES_SAVED_BEFORE = re.compile(r"\b(?:sav|spar|protect|rescu|risk|endanger|threaten|improv|chang|transform|rebuil|"
                                 r"disrupt|upend|touch|secur|safeguard|shap|affect|impact|better|enrich|preserv)\w*\s+"
                                 r"(?:the\s+)?(?:\w+\s+)?lives\b", re.IGNORECASE)
_LIVES_AT_RISK_AFTER = re.compile(r"(?:\s+[\w'-]+){0,4}?\s+(?:are|were|is|was|remain\w*|hang\w*|be|being|now|still)\s+"
                                  r"(?:still\s+|now\s+)?(?:at\s+(?:risk|stake)|in\s+(?:danger|peril|jeopardy|the\s+balance)|"
                                  r"threatened|endangered|under\s+threat)", re.IGNORECASE)
# a negated count: "not a single one of the 20 hostages was hurt", "not one soldier died"
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|nor|without)\s+(?:(?:a|even)\s+)?(?:single\s+)?$", re.IGNORECASE)
_NEGATED_BEFORE = doc_gated(_NEGATED_BEFORE)  # (speed: no scan of a stretch holding none of the strings every match holds)
# things, not people: "three explosive devices were neutralised"
_THINGS_AFTER = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s+(?:devices?|bombs?|IEDs?|mines?|landmines?|explosives?|shells?|rockets?|missiles?|drones?|"
    r"vehicles?|cars?|trucks?|tanks?|weapons?|guns?|rifles?|buildings?|houses?|homes?|aircraft|helicopters?|planes?|"
    r"jets?|bunkers?|hideouts?|camps?|positions?|posts?|checkpoints?|bases?|tunnels?|caches?|depots?|launchers?|"
    r"grenades?|vests?|belts?|cells?|networks?|plots?|threats?|targets?)\s+(?:were|was|had|have|has|are|is|being|been)\b",
    re.IGNORECASE)
# a rate, not a toll: "some 40 civilians are killed each day", "an average of 12 a week", "the average daily
# toll of about 25" (a period's total, "died this month", is a toll; "a day after the raid" is a date)
_RATE_AFTER = re.compile(r"[^.;:]{0,12}?\b(?:(?:each|every|per)\s+(?:single\s+)?(?:day|week|month|year)\b|"
                         r"a\s+(?:day|week|month|year)\b(?!\s+(?:after|before|earlier|later|ago|when|of|in|on|that|since)\b)|"
                         r"daily\b(?!\s+\w)|"
                         r"on\s+average\b|annually\b|a\s+year\s+on\s+average\b)", re.IGNORECASE)
_RATE_BEFORE = re.compile(r"\b(?:an?\s+|the\s+)?(?:average|mean)\b(?:\s+(?:daily|weekly|monthly|yearly|annual))?"
                          r"(?:\s+[\w\-]+){0,3}?\s+(?:of\s+)?(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$|"
                          r"\bon\s+average,?\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
# groups of people counted as groups, the count's own noun: "24 members of two families were killed" (the dead are
# the 24), "two families were wiped out" (no count of the dead); "three family members" counts people
_GROUPS_AFTER = re.compile(r"\s+(?:(?:whole|entire|extended|local|separate|different|other|more|[A-Z][a-z]+)\s+)?"
                           r"(?:families|households|clans|tribes|villages|communities)\b")
_DEAD_RX = re.compile(r"\b(?:dead|died|die|killed|kill|deaths?|slain|wounded|injured|hurt)\b", re.IGNORECASE)


def counts_groups(text: str, e: int, f: Found) -> bool:
    """The count's noun is a group of people ("two families", "three villages"): no number of victims (``fallback``
    asks too)."""
    return f.num_end >= 0 and _GROUPS_AFTER.match(text, f.num_end, e) is not None


def is_rate(text: str, s: int, e: int, f: Found) -> bool:
    """The count is a rate ("killed each day", "an average of N a week"), not a toll (``fallback`` asks too)."""
    ns = f.num_start
    return bool(_RATE_BEFORE.search(text, max(s, ns - 50), ns) or _RATE_AFTER.match(text, f.end, min(e, f.end + 40)))


def _no_toll(text: str, s: int, e: int, f: Found) -> bool:
    """The shapes whose count is no casualty toll (intent, quoted title, age, partitive whole, lives saved or at
    risk, negation, things)."""
    ns, ne = f.num_start, f.num_end
    if f.rule.startswith("verb_object") and _INTENT_BEFORE.search(text, max(s, f.start - 40), f.start):
        return True  # "threatened to kill 50 hostages", "could kill", "would have killed": no toll
    if _AGE_AFTER.match(text, ne, e):
        return True  # "the injured 14-year-old": an age
    if _PARTITIVE_HEAD.search(text, max(s, ns - 16), ns) and _PARTITIVE_REST.match(text, ne, e) and not _DEAD_RX.search(
            text, ne, min(e, text.find(",", ne, e) if "," in text[ne:e] else e)):
        return True  # "Of the 40 passengers, 12 died": the whole, not the dead
    if "lives" in text[f.start : f.end].lower() and (_LIVES_SAVED_BEFORE.search(text, max(s, ns - 40), ns)
                                                     or _LIVES_AT_RISK_AFTER.match(text, ne, e)):
        return True  # "saved the lives of 30 people", "the lives of 3 million are at risk"
    if _NEGATED_BEFORE.search(text, max(s, ns - 20), ns):
        return True  # "not a single one of the 20 hostages was hurt"
    things = _THINGS_AFTER.match(text, ne, e)
    if things and not _DEAD_RX.search(text, ne, things.end()):
        return True  # "three explosive devices were neutralised": things, not people
    if counts_groups(text, e, f):
        return True  # "members of two families were killed": the families are counted, not the dead
    if is_rate(text, s, e, f):
        return True  # "about 40 civilians are killed each day", "an average daily toll of about 27": a rate
    q = text.rfind('"', s, ns)
    if q >= 0 and text.count('"', s, ns) % 2 == 1:
        r = text.find('"', ne, e)
        inner = text[q + 1 : r] if r >= 0 else ""
        words = inner.split()
        if r >= f.end - 1 and 0 < len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in words):
            return True  # 'the film "Nine Dead"': a title, no toll
    return False
