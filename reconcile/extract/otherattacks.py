"""Clauses that tell of another attack than the report's own: an attack a sentence recalls ("comes weeks after
a bombing in March killed 30", "the deadliest since ...", "Earlier, ...", "in a separate attack"), the motive it
answers ("in revenge for ..."), a toll over several operations, and the substring gates those patterns run
behind. :mod:`.context`'s ``sentence_context`` (and :mod:`.reader`) read a clause's event with these.
"""

from __future__ import annotations

import re

from .dateroles import BACKGROUND, TOLL_WORDS
from .datewords import DateRef
from .fastrx import word_start

_LEADING_AFTER = re.compile(r"\b(?:comes?|came|coming|follows?|followed|following|just|only|barely|less\s+than|"
                            r"more\s+than|nearly|almost|exactly|some|about|around|roughly|approximately)\s+$", re.IGNORECASE)
# a clause about another attack than the report's own
_OTHER_NOUN = r"(?:attacks?|bombings?|blasts?|incidents?|explosions?|assaults?|strikes?|massacres?)\b"
#: "and another one a month later killing 80": a second attack a stated time apart from the first of its sentence
ANOTHER_APART = re.compile(r"\banother\s+one\s+(?:(?:a|an|one|two|three|four|five|six|\d{1,2}|a\s+few|several)\s+)?"
                           r"(?:days?|weeks?|months?|years?)\s+(?:later|earlier|after|before)\b", re.IGNORECASE)
_OTHER_ATTACK = word_start([  # (fastrx) "\balso\s+(?:claimed|...)\b|\b(?:the\s+|a\s+|an\s+)?(?:last|...)\s+..."
    ([r"also\s+(?:carried\s+out|blamed|behind|responsible|attacked|struck|hit|targeted|bombed|stormed)\b",
      # (not "also claimed that at least five soldiers were killed": a figure of the same attack)
      r"also\s+claimed\b(?!\s+(?:that\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|some\s+|"
      r"up\s+to\s+|as\s+many\s+as\s+)?(?:\d|dozens\b|scores\b|hundreds\b|(?:one|two|three|four|five|six|seven|eight|nine|"
      r"ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)\b))",
      # "It also said it was behind an attack on tourists in May": another attack the group claims
      r"also\s+(?:said|says|claimed|admitted)\s+(?:that\s+)?(?:it|they)\s+(?:was|were|had\s+been)\s+(?:behind|responsible)\b"],
     ""),
    ([article + word for article in (r"the\s+", r"a\s+", r"an\s+", "")
      for word in ("last", "previous", "earlier", "prior", "similar", "separate", "another")],
     r"\s+(?:(?:suicide|deadly|major|big|bomb|terror(?:ist)?|militant|twin|such)\s+)?" + _OTHER_NOUN),
    ([r"last\s+(?:week|month|year)['\u2019]s\b", r"previous\s+(?:week|month|year)['\u2019]s\b", r"in\s+a\s+row\b"], ""),
    # "Separately, two military operations in Darazinda killed 21 militants", "Elsewhere, a roadside bomb killed
    # three soldiers": another incident, told as new (not "Separately, police said the toll of the attack rose")
    # "Elsewhere in Afghanistan on Monday, a bomb ...", "Meanwhile, in Helmand province, a roadside bomb ...": a
    # place or a day before the comma, or after it
    (["separately", "elsewhere", "meanwhile"],
     r"(?:\s+(?:in|on|at|across|near)\s+[^,;:.()]{1,50}?)?\s*,\s*(?:(?:in|on|at|across|near)\s+[^,;:.()]{1,50}?,\s*)?"
     r"(?:[\w\-]+\s+){0,6}?(?:a|an|two|three|four|five|six|several|multiple|twin|"
     r"another|\d+)\s+(?:[\w\-]+\s+){0,2}?(?:attacks?|bomb(?:s|ings?|ers?)?|blasts?|explosions?|assaults?|raids?|"
     r"ambush(?:es)?|strikes?|shootings?|clash(?:es)?|gunfights?|operations?|encounters?)\b"),
    # "the 2013 blasts in Quetta which killed over 100 and another one a month later killing 80": a second attack a
    # stated time apart, told in one breath (not "killing two and wounding another one": a person)
    (["another"], r"\s+one\s+(?:(?:a|an|one|two|three|four|five|six|\d{1,2}|a\s+few|several)\s+)?(?:days?|weeks?|months?|years?)"
     r"\s+(?:later|earlier|after|before)\b"),
    # "And later in Kabul, a second Taliban bombing killed ...", "Later that day in Herat, another blast ...": a new
    # attack told after the report's own, in a place it names (not "Later, a second blast hit the rescuers": the
    # same attack's second bomb, told in order)
    (["later"], r"(?:\s+(?:that|the\s+same)\s+(?:day|night|morning|afternoon|evening)|\s+on\s+\w+day)?"
     r"\s+(?:in|at|near)\s+[^,;:.()]{1,50}?\s*,\s*(?:[\w\-]+\s+){0,3}?(?:another|a\s+second|a\s+third|"
     r"a\s+separate|a\s+fresh|a\s+new)\s+(?:[\w\-]+\s+){0,2}?(?:attacks?|bomb(?:s|ings?|ers?)?|blasts?|"
     r"explosions?|assaults?|raids?|ambush(?:es)?|strikes?|shootings?)\b"),
    # "It follows a bomb attack on a mosque in Pakistan", "came days after an attack on ...": a recalled attack
    (["follows", "followed", "comes", "came", "coming"],
     r"\s+(?:(?:just|only|days|weeks|hours|shortly|soon|less\s+than|a\s+(?:day|week|month)|\w+\s+(?:days|weeks|months))\s+)*"
     r"(?:after\s+)?(?:(?:a|an|last\s+(?:week|month|year)['\u2019]s|\w+day['\u2019]s)\s+(?:[\w\-]+\s+){0,3}?"
     r"(?:attacks?|bombings?|blasts?|explosions?|assaults?|strikes?|massacres?|raids?|killings?|deaths|murders?|"
     r"assassinations?|ambush(?:es)?|shootings?)\b"
     # "It follows the killing of 30 people in Kunduz" (not "came hours after the blast", the report's own)
     r"|the\s+(?:[\w\-]+\s+){0,2}?(?:killings?|murders?|massacre|deaths|assassination)\s+of\b)"),
    # "The air raid came after the Taliban claimed an assault that left 15 dead", "It follows IS's claim
    # of a bombing in Zabul": an attack another's claim tells of (link9)
    (["follows", "followed", "comes", "came", "coming"],
     r"\s+(?:(?:just|only|days|weeks|hours|shortly|soon|a\s+(?:day|week)|\w+\s+(?:days|weeks))\s+)*(?:after\s+)?(?:the\s+)?"
     r"(?:[\w\-'\u2019]+\s+){1,3}?(?:claimed|claim\s+of|took\s+responsibility\s+for)\s+(?:responsibility\s+for\s+|credit\s+for\s+)?"
     r"(?:a|an)\s+(?:[\w\-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|explosions?|assaults?|strikes?|massacres?|raids?|"
     r"ambush(?:es)?|shootings?)\b"),
    # "came just one day after a suicide bomber targeted a convoy", "comes two weeks after gunmen stormed ...": the
    # attackers of an attack a stated time before (not "came after a suicide bomber rammed the gate": its own)
    (["follows", "followed", "comes", "came", "coming"],
     r"\s+(?:(?:just|only|barely|some|about|less\s+than)\s+)?(?:a|an|one|two|three|four|five|six|\d{1,2}|a\s+few|several)"
     r"\s+(?:days?|weeks?|months?)\s+after\s+(?:(?:a|an)\s+(?:[\w\-]+\s+){0,2}?)?(?:bombers?|gunm[ae]n|attackers?|"
     r"militants?|insurgents?|assailants?)\b"),
])
# a toll over several operations ("killed dozens in raids"): no one event's date or place to inherit
# (not "during clearance operations", "in the rescue operations": the work that ends the report's own attack)
_SEVERAL = re.compile(r"\b(?:in|during)\s+(?!(?:the\s+)?(?:clearance|clearing|cordon|search|rescue|mop-?up|saniti[sz]ation|"
                      r"follow-?up)\s)(?:\w+\s+)?(?:raids|operations|clashes|airstrikes|air\s+strikes|"
                      r"offensives|crackdowns|counter-?terror(?:ism)?\s+operations)\b", re.IGNORECASE)
# "in revenge for a drone strike last year that killed its leader", "in response to the killing of ...":
# the clause (to its next comma) tells of the event the attack answers, not of the attack
_MOTIVE = word_start([(["revenge", "retaliation", "reprisal", "retribution", "response"], r"\s+(?:for|to|against)\b"),
                      ([r"retaliat(?:e|es|ed|ing)\s+(?:for|against)", r"to\s+avenge", "avenging"], r"\b")])
_MOTIVE_GATE = ("revenge", "retaliat", "reprisal", "retribution", "response", "avenge")
_CLAUSE_END = re.compile(r"[,;:()\u201c\u201d\"]|\s[\u2014\u2013-]\s")


def _motives(text: str, start: int, end: int, low: str) -> list[tuple[int, int]]:
    """Spans of a sentence's motive clauses (from "revenge for" to the clause's end)."""
    if not _has(low, _MOTIVE_GATE):
        return []
    out = []
    for m in _MOTIVE.finditer(text, start, end):
        e = _CLAUSE_END.search(text, m.end(), min(end, m.end() + 300))  # (bounded: no runaway on a huge line)
        out.append((m.start(), e.start() if e else min(end, m.end() + 300)))
    return out


# "..., two days after a bomb killed 30 in Kalat", "the deadliest since a bombing in 2017 killed 90": a clause
# telling of an earlier attack, whose toll is that attack's (the phrase, then _AFTER_EVENT)
_RECALL_AFTER = re.compile(
    r"(?:,\s*|\b(?:came|comes|coming|follows?|followed|following|deadliest|worst|bloodiest|biggest|largest|"
    r"(?:attack|bombing|blast|strike|assault)s?)\s+(?:\w+\s+){0,2}?)(?:(?:just|only|some|about|nearly|almost|barely|"
    r"exactly)\s+)?(?P<off>(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|a\s+few|a\s+couple"
    r"\s+of)\s+(?:days?|weeks?|months?|years?)|days|weeks|months|years)\s+)?(?:after|since)\s+", re.IGNORECASE)


_AFTER_WORD = re.compile(r"\b(?:after|since)\s+", re.IGNORECASE)
# "It comes hours after the ministry said only six were killed", "came a day after police put the toll at 12": an
# earlier statement of a toll, not an earlier attack (the speaker opens the clause; no attack of its own named)
_STATEMENT_AFTER = re.compile(r"\s*(?:(?:the|a|an|its|his|her|their)\s+)?(?:[A-Z][\w\-]*['\u2019]s\s+)?(?:[\w\-]+\s+){0,4}?"
                              r"(?:said|says|reported|announced|told|confirmed|put|gave|estimated|counted|stated)\b")


def _statement_after(text: str, at: int, end: int) -> bool:
    """The clause at ``at`` (after "after") tells of a statement ("the ministry said only six were killed"),
    not of an attack ("a bomber killed 30", "officials said a bomb killed 30 in Quetta")."""
    sm = _STATEMENT_AFTER.match(text, at, min(end, at + 80))
    return sm is not None and not _AFTER_EVENT.match(text, at, sm.end()) \
        and _AN_EVENT.search(text, sm.end(), end) is None and _ANOTHER.search(text, at, end) is None


def _recall_clauses(text: str, start: int, end: int, low: str) -> list[tuple[int, int, re.Match]]:
    """(start, end of phrase, match) of each clause of a sentence that tells of an earlier attack with a
    toll of its own ("..., months after a bombing in March killed 30")."""
    if "after" not in low and "since" not in low:
        return []
    out = []
    for k in _AFTER_WORD.finditer(text, start, end):
        # the clause first (most "after"s tell of no attack), then the phrase leading up to the word
        if not _AFTER_EVENT.match(text, k.end(), min(end, k.end() + 100)) or \
                not TOLL_WORDS.search(text, k.end(), min(end, k.end() + 300)) or _statement_after(text, k.end(), end):
            continue
        for m in _RECALL_AFTER.finditer(text, max(start, k.start() - 60), k.end()):
            if m.end() == k.end():
                out.append((m.start(), m.end(), m))
                break
    return out


# "Among the bloodiest was an assault on ...", "The deadliest of these came in May, when ...", "One of the worst
# was the bombing of a market in 2009": an attack a list of earlier attacks singles out (not "The attack was
# among the deadliest this year": the report's own, ranked)
_SUPERLATIVE = r"(?:most\s+(?:bloody|deadly|lethal|devastating|brazen|notorious|serious|spectacular)|deadliest|bloodiest|worst|biggest|largest)\b"
_MOST_OF_ALL = re.compile(
    r"\W*(?:(?:among|one\s+of)\s+the\s+" + _SUPERLATIVE + r"[^,.;:]{0,40}?\s+(?:was|were|came)\s+(?:(?:in|on)\s+)?"
    r"(?:a|an|the|twin|two|three|(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)\b"
    r"|(?:in\s+)?the\s+" + _SUPERLATIVE + r"\s+(?:\w+\s+)?of\s+(?:these|them|those|the\s+(?:[\w\-]+\s+)?(?:attacks|bombings|"
    r"blasts|assaults|incidents|strikes))\b(?:\s+(?:was|came|were)\b|\s*,))",
    re.IGNORECASE)
_MOST_GATE = ("most ", "deadliest", "bloodiest", "worst", "biggest", "largest")
# "The group has claimed several attacks in the city this year, among them a bombing ... in which two were
# killed": one of a group's earlier attacks, singled out of a list (not "in several raids", a total)
_LISTED = re.compile(r"\b(?:several|many|numerous|multiple|a\s+number\s+of|a\s+string\s+of|a\s+series\s+of|dozens\s+of|"
                     r"scores\s+of)\s+(?:[\w\-]+\s+){0,2}?(?:attacks|bombings|blasts|assaults|raids)\b[^.;:]{0,120}?,?\s*"
                     r"(?:among\s+them|including)\b", re.IGNORECASE)
_LISTED_GATE = ("among them", "including")
# "the latest in a series of attacks that have killed ...": a toll of other attacks than the report's own
_SERIES = re.compile(r"\b(?:latest|last|newest|third|fourth|fifth|second)\s+(?:\w+\s+)?in\s+a\s+(?:\w+\s+)?"
                     r"(?:series|string|spate|wave|chain|spree|run)\s+of\b", re.IGNORECASE)
_WEAK_OTHER = re.compile(r"in\s+a\s+row|['\u2019]s$", re.IGNORECASE)
_SERIES_GATE = ("series", "string", "spate", "wave", "chain", "spree", " run ")
# "Earlier, ...", "Earlier this month, ...", "Earlier this month four soldiers died ..." (a time phrase may go without
# its comma; a bare "Earlier" may not: "Earlier reports said ...")
_EARLIER_OTHER = re.compile(r"\W*(?:earlier|previously|before\s+that|before\s+then|prior\s+to\s+that)"
                            r"(?:\s*,|\s+(?:in\s+the\s+(?:day|morning|afternoon|evening|week|month|year)|(?:on\s+)?the\s+same\s+day|"
                            r"that\s+day|on\s+\w+day(?:\s+(?:morning|afternoon|evening))?|"
                            r"(?:this|that|last)\s+(?:morning|afternoon|evening|week|month|year))(?:\s*,|\s+(?=[A-Za-z])))",
                            re.IGNORECASE)
#: "... were killed in a gunfight earlier this month", "in a clash earlier in the week": a time the report sets before
#: its own, anywhere in the clause (SentenceContext.recalled EARLIER: the reader decides, past the report's lead)
_EARLIER_PERIOD = re.compile(r"\b(?:earlier|previously|before\s+that|prior\s+to\s+that)\s+(?:this|last|in\s+the)\s+"
                             r"(?:week|month|year)\b", re.IGNORECASE)
EARLIER = "earlier"
_AN_EVENT = re.compile(r"\b(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:attack|bombing|blast|explosion|assault|raid|ambush|"
                       r"strike|shooting|clash|gunfight)\b", re.IGNORECASE)
_ANOTHER = re.compile(r"\b(?:another|second|third|separate|fresh|new|further)\s+(?:[\w\-]+\s+){0,2}?(?:attack|bombing|"
                      r"blast|explosion|assault|raid|ambush|strike|shooting|bomb|bomber|car\s+bomb)", re.IGNORECASE)
#: SentenceContext.recalled of a new attack told "hours later", which may be the report's own lead told in order
LATER = "later"
_A_NEW_EVENT = re.compile(r"\b(?:a|an|another)\s+(?:[\w\-]+\s+){0,2}?(?:attack|bombing|blast|explosion|assault|raid|"
                          r"ambush|strike|shooting|clash|gunfight|bomb|bomber|car\s+bomb|shoot-?out|fire-?fight|"
                          r"gun\s*battle|skirmish|encounter|exchange\s+of\s+(?:gun)?fire)\b", re.IGNORECASE)
#: what an "Earlier, ..." sentence tells of when it tells of another attack ("Earlier, a grenade was hurled at a shop")
_EARLIER_EVENT = re.compile(_A_NEW_EVENT.pattern[:-3] + r"|grenade|rocket|mortar\s+shell|landmine|roadside\s+device)\b",
                            re.IGNORECASE)
_THE_NEXT = re.compile(r"\s+the\b", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says|told|stated|reported|announced|claimed|confirmed|quoted)\b", re.IGNORECASE)
_OPENING_LATER = re.compile(r"\W*(?:and\s+|but\s+|then,?\s+|just\s+|only\s+|some\s+)?", re.IGNORECASE)
# substrings the patterns above need (tested on the lower-cased sentence before the patterns run)
_OTHER_GATE = ("also", "last", "previous", "earlier", "prior", "similar", "separate", "another", "in a row", "follow",
               "came", "come", "elsewhere", "meanwhile", "later")
_SEVERAL_GATE = ("raids", "operations", "clashes", "strikes", "offensives", "crackdowns")
_OFFSET_GATE = ("day", "week", "month", "night", "hour", "year", "shortly", "soon", "moments", "minutes")
#: Speed: every _OFFSET match holds one of these words at a word start ("two days", "the night before",
#: "previous day", "hours later", "a year after"): on ASCII text (lower-cased) a sentence without is not
#: scanned ("Friday" alone passes _OFFSET_GATE, not this)
_OFFSET_WORDS = word_start([(["day", "week", "month", "hour", "night", "year", "previous", "shortly", "soon", "moments",
                               "minutes"], "")], ignorecase=False)


def _has(low: str, stems: tuple[str, ...]) -> bool:
    return any(map(low.__contains__, stems))


_AFTER_EVENT = re.compile(r"\s*(?:the|a|an|twin|two|deadly|\w+(?:-\w+)?)?\s*(?:\w+\s+){0,3}?"
                          r"(?:[\w\-]+,[^,.;]{1,60},\s+(?:\w+\s+)?)?"  # "seven gunmen, explosives strapped to them, stormed"
                          r"(?:attacks?|bomb(?:s|ing|ings|er)?|blasts?|explosions?|assault|raid|strike|shooting|ambush|"
                          r"massacre|exploded|detonated|struck|stormed|attacked|killed)\b", re.IGNORECASE)


# right after a toll word, the other attack it belongs to: "killed in last year's incident", "died in the
# previous attack", "wounded in a similar bombing"
_IN_OTHER_AFTER = re.compile(r"\s+(?:in|during|by)\s+(?:the\s+|a\s+|an\s+|that\s+)?(?:(?:last|previous)\s+(?:week|month|year)['\u2019]s|"
                             r"previous|earlier|prior|similar|separate)\s+(?:[\w\-]+\s+){0,2}?" + _OTHER_NOUN, re.IGNORECASE)


# "since the 12 May 2020 attack on a maternity ward, in which 24 people were killed", "since 2018, when a
# bomber killed 57": the toll of the attack a comparison reaches back to
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_SINCE_TOLL = re.compile(
    r"(?:\s*(?:[\w\-'\u2019]+\s+){0,3}?(?:attacks?|bombings?|blasts?|explosions?|assaults?|massacres?|sieges?|raids?|"
    r"strikes?|shootings?)\b[^.;\u2014]{0,100}?)?(?:,?\s+(?:in\s+which|which|that|when)\b|,\s+(?=killing\b))",
    re.IGNORECASE)


def _since_toll(text: str, dates, roles, rs: int, focus: int):
    """(date, where "since" begins) when the toll at ``focus`` is that of the attack a "since" date names."""
    for d, r in zip(dates, roles, strict=True):
        if r != BACKGROUND or not rs <= d.start < focus:
            continue
        if text[d.start : d.start + 5].lower() == "since":
            at = d.start
        else:
            m = _SINCE_BEFORE.search(text, max(rs, d.start - 12), d.start)
            if m is None:
                continue
            at = m.start()
        m = _SINCE_TOLL.match(text, d.end, focus)
        if m is not None and (m.end() == focus or not TOLL_WORDS.search(text, m.end(), focus)):
            return DateRef(d.value, d.precision, d.start, d.end, d.relative), at
    return None
