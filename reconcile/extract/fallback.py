"""The last-resort casualty rule: a count in a tight relation with a casualty word, read when no shaped rule
took that count (``killed.near``, ``injured.near``).

The shaped rules (casualties.py and its helpers) know the common shapes of a toll; every new set of reports
brings shapes they do not know ("N people - mostly X - were brutally killed", "put fatalities far higher at
N", "N X were among the martyred"). This module owns the one generic reading that catches such shapes:

- **count, then cue**: the count, an optional noun phrase of people, an optional aside between dashes,
  brackets or commas, an optional verb group ("who were", "had reportedly been", an adverb, "among the",
  "of the") and the casualty word ("N dead", "N people were brutally killed", "N of the dead");
- **cue, then count**: the casualty word, at most a few linking words ("of", "at", "to", "another", "far
  higher at", "stood at") and the count ("killing N", "the deaths of as many as N", "fatalities at N").

It never crosses a clause (another count, "and", "but", "while", a semicolon, a verb outside the short
lists) and it refuses the counts that are no toll: dates, times, ages, money, units, ordinals, list
numbers, things, negated or hypothetical deaths ("no one was killed", "could have killed 100"), combined
figures ("killed or wounded 30"), a part of a count ("including three women were killed"), a count of
the attackers whose verb has its own object ("three gunmen killed the guards"), bodies identified,
wounded who died or whose state is told ("four of the injured are critical"), small vague quantities
("several"), the lives saved or at risk, reference lists and titles in quotes. Each claim's span is the
count's words plus the cue, so its provenance stays exact; everything else (claimant, context, dedupe) is
the common path of every claim. A count any shaped rule read (its number or its evidence span) is never
read here. ``EXTRA_CUE`` holds the casualty words the shared cue (rules.CASUALTY_CUE) lacks ("corpses",
"sent to hell", "succumbed"): a sentence with one of them is read by this rule alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .casualties import _IDENTIFIED_AFTER
from .casualtywords import _COMBINED_BEFORE, _IDENTIFIED_BEFORE, _INJURED_THEN_DIED, _RISEN_AS_BEFORE
from .gates import doc_gated
from .notoll import _HUSAYN, counts_groups, is_rate
from .numbers import NUMBER_EXPR, NUMBER_RX, Count, parse_count
from .rules import _STOP, _THINGS, ADVERB_LY, NP, NP_GEN, Found, _found
from .tollclauses import dropped
from .victims import VICTIM_NOUN

__all__ = ["near"]

# ----------------------------------------------------------------- the cue words
#: casualty words that may follow the count ("N dead", "N were killed", "N of the martyred")
_KILLED_AFTER = (r"dead\s+bodies|killed|dead|died|martyred|martyrs|slain|perished|deaths|fatalities|"
                 r"lost\s+(?:(?:their|his|her)\s+)?li(?:ves|fe)|shot\s+dead|gunned\s+down|bodies|corpses|deceased|"
                 r"laid\s+down\s+their\s+lives|sacrificed\s+their\s+lives|breathed\s+their\s+last|"
                 r"(?:[a-z]{3,}ed|burnt|shot|beaten|struck)\s+to\s+death|sent\s+to\s+hell|"
                 r"(?:embraced|attained|achieved)\s+(?:martyrdom|shahadat)|succumbed|"
                 r"(?:[\w\-]+\s+)?lives|eliminated|neutrali[sz]ed")
_INJURED_AFTER = r"wounded|injured|hurt|injuries|(?:sustained|suffered|received)\s+(?:[\w\-]+\s+)?(?:injuries|injures|wounds)"  # (misspelt "injures")
#: casualty words that may come before the count ("killing N", "the deaths of N", "fatalities at N")
_VERB_BEFORE = (r"killing|killed|kills|martyring|martyred|wounding|wounded|injuring|injured|murdered|murdering|massacred|"
                r"massacring|slaughtered|slaughtering|butchered|"
                r"(?:claimed|claiming|claims|took|taking|takes|cost|costing|costs)\s+the\s+lives\s+of")
#: (not "lives": "saved the lives of 30", "the lives of millions are at risk"; the verbs that take lives are above;
#: not "bodies": "the bodies of N X were found" is the shaped bodies rule's, which knows "the bodies of two of the victims")
_NOUN_BEFORE = (r"deaths?|fatalities|dead|toll|martyrs|injuries|"
                r"(?:killings?|massacres?|murders?|slayings?|martyrdom)(?=\s+of\b)")
#: verbs that also take things as objects ("eliminated three hideouts"): their count needs a noun of people
_WEAK_BEFORE = (r"neutrali[sz]ed|neutrali[sz]ing|eliminated|eliminating|gunned\s+down|gunning\s+down|shot\s+dead|slew|beheaded|"
                r"wiped\s+out|wiping\s+out")
#: a participle as a noun: "the four killed were", "those wounded included"
_NOUN_VERB_BEFORE = (r"(?:(?:number|count|tally|total|figure)\s+(?:of\s+(?:the\s+)?(?:people\s+|those\s+)?)?"
                     r"(?:killed|dead|wounded|injured|deaths|fatalities|martyrs)"
                     r"(?=\s+(?:was|is|stood|stands|rose|reached|had|has|climbed|jumped|hit|to|at)\b)|"
                     # "Among the dead, 15 soldiers were from ...": a group of the dead
                     r"(?:among|of)\s+(?:the|those)\s+(?:dead|killed|martyred|martyrs|deceased|victims\s+killed|wounded|injured),|"
                     r"(?:the|those)\s+(?:(?!(?:and|or|but|were|was)\b)[\w\-]+\s+){0,2}?(?:killed|martyred|wounded|injured)"
                     r"(?=\s+(?:were|are|was|numbered|totalled|totaled|stood|reached)\b))")

# ----------------------------------------------------------------- count, then cue
#: a count closed by its own quote ('"Tens" were killed', "'12' dead")
_QUOTE_CLOSE = r"[\"\u201d\u2019']?"
#: an aside between the noun phrase and the verb: dashes, brackets or commas, no count and no clause in it
_ASIDE = (r"(?:\s*(?:--|\u2014|\u2013)\s*[^\u2014\u2013.;:]{1,80}?\s*(?:--|\u2014|\u2013)"
          r"|\s*\([^().;]{1,80}\)"
          # "Fourteen people, a police official said, were killed": the claimant told in between
          r"|\s*,\s*(?:[^,.;:\d]{2,60}?\s)?(?:said|says|told\s+[\w\s]{1,30}?|added|confirmed|according\s+to\s+[^,.;:\d]{2,50}?)\s*,"
          r"|\s*,\s*(?:mostly|mainly|many|most|all|some|largely|chiefly|predominantly|majority|both|each|among\s+them|"
          r"men|women|children|civilians)\b[^,.;:\d]{0,70},"
          r"|\s*,\s*including\b[^,.;:]{1,70},"
          r"|\s*,\s*who\s+(?!(?:were|was|had\s+been|have\s+been)\b)[^,.;:\d]{1,100},)")
#: a participle's phrase after the noun phrase: "two troopers guarding the embassy were among the dead"
_PARTICIPLE = (r"\s+(?!(?:killing|wounding|injuring|being|including|according)\b)[a-z]{3,}ing"
               r"(?:\s+(?!(?:and|or|but|while|killed|wounded|injured|dead|died|were|was|are|is|had|have|has)\b)[\w'\u2019\-]+){1,3}?")
#: the verb group between the noun phrase and the cue (no modal, no negation: those are no toll)
_VGROUP = (r"(?:\s+(?:who|that))?(?:\s+(?:were|was|are|is|have|has|had|been|being|got|get|reportedly|reported|also|"
           r"later|all|now|already|since|so\s+far|thus\s+far|in\s+all|in\s+total|confirmed|allegedly|officially|"
           r"pronounced|declared|found|left|feared|presumed|listed|counted|brought|brought\s+in|"
           r"(?:believed|said|reported|confirmed|feared|thought|known|understood|presumed)\s+to\s+(?:be|have\s+been|have)|"
           rf"{ADVERB_LY})\b){{0,5}}"
           r"(?:\s+(?:among|of)\s+(?:the|those))?"
           # "were shot and killed", "were abducted and killed": a first verb joined to the cue
           r"(?:(?:(?<=were)|(?<=was)|(?<=been))\s+(?!(?:wounded|injured|hurt|killed|dead|died)\b)(?:[a-z]{3,}(?:ed|en)|shot|hit|struck|beaten)\s+and)?")
_AFTER_TAIL = (rf"(?P<part>{_PARTICIPLE})?(?P<aside>{_ASIDE})?(?P<vg>{_VGROUP})"
               rf"\s+(?P<cue>(?P<k>{_KILLED_AFTER})|(?P<i>{_INJURED_AFTER}))\b")
_RX_AFTER = re.compile(rf"(?P<num>{NUMBER_EXPR}){_QUOTE_CLOSE}(?:{NP})?{_AFTER_TAIL}", re.IGNORECASE)
#: any plural noun of people ("troopers", "pilgrims"): only with an auxiliary ("N troopers were killed")
_RX_AFTER_GEN = re.compile(rf"(?P<num>{NUMBER_EXPR}){NP_GEN}{_AFTER_TAIL}", re.IGNORECASE)
#: any one to three words before a passive: "12 khwarij were neutralised" (no word of _THINGS, no stop word)
_RX_AFTER_ANY = re.compile(
    rf"(?P<num>{NUMBER_EXPR})(?P<np>(?:\s+(?!(?:{_STOP}|{_THINGS}|who|that|were|was|are|is|been|being|[a-z]+ly)\b)"
    rf"[A-Za-z][\w'\u2019\-]*){{1,3}}?){_AFTER_TAIL}", re.IGNORECASE)
#: after a verb cue with no auxiliary, an object: the count is the killers' ("three gunmen killed two guards")
_OBJECT_AFTER = re.compile(
    rf"\s+(?:[\"\u201c]?{NUMBER_EXPR}|a|an|the|him|her|them|their|his|its|themselves|{VICTIM_NOUN})\b",
    re.IGNORECASE,
)
_VERB_CUES = frozenset(("killed", "died", "martyred", "slain", "perished", "wounded", "injured", "hurt"))
#: "killed or wounded", "dead and injured": a combined figure
_COMBINED_NEXT = re.compile(r"\s*(?:or|and|and/or|&|/)\s+(?:wounded|injured|hurt|killed|dead|died|missing|injuries|deaths)\b"
                            # "were injured, killed in the blast": two verbs joined by a comma, one figure
                            r"|\s*,\s*(?:wounded|injured|hurt|killed|dead)\b"
                            r"(?=\s*(?:[.;:'\"\u2019\u201d)]|$|\s+(?:in|by|during|when|after|on|at|or|and)\b))",
                            re.IGNORECASE)

# ----------------------------------------------------------------- cue, then count
#: words that may link a cue to its count: prepositions, a toll's verbs, "another", "far higher"
_LINK_NOUN = (r"(?:of|at|to|as|that|which|all|was|were|is|are|stood|stands|rose|risen|reached|climbed|jumped|hit|numbered|number|"
              r"count|tally|figure|toll|past|passed|crossed|exceeded|topped|surpassed|"
              r"totalled|totaled|total|put|placed|the|far|much|higher|lower|now|further|had|has|been|be|some|reportedly|"
              r"confirmed|officially|only|just|another|additional|a\s+further|an\s+additional)")
_LINK_VERB = r"(?:another|all|only|just|the|a\s+further|an\s+additional|also|reportedly|allegedly)"
_RX_BEFORE = re.compile(
    rf"\b(?:(?P<v>{_VERB_BEFORE}|(?P<w>{_WEAK_BEFORE}))(?:\s+{_LINK_VERB}){{0,2}}"
    rf"|(?P<n>{_NOUN_BEFORE}|(?P<nv>{_NOUN_VERB_BEFORE}))(?:\s+{_LINK_NOUN}){{0,4}})"
    r"\s+[\"\u201c\u2018]?$",
    re.IGNORECASE,
)
_RX_COUNT = re.compile(rf"(?P<num>{NUMBER_EXPR})(?:{NP})?", re.IGNORECASE)

# ----------------------------------------------------------------- guards
#: a negation or a condition just before the count: "no one was killed", "none of the 12 passengers", "if 20 die"
#: a negation in the count's clause before it, and the clause boundaries that end its reach
_NEGATION = re.compile(r"\b(?:no|not|none|never|nobody|neither|nor|without|n['\u2019]t)\b", re.IGNORECASE)
_CLAUSE_CUT = re.compile(r"[,;:.()\u2014\u2013]|\b(?:but|and|while|whereas|although|though|that|said|says|told\s+\w+|"
                         r"reported|according\s+to)\b", re.IGNORECASE)
_NEG_BEFORE = re.compile(r"\b(?:no|not|none\s+of(?:\s+the)?|never|nobody|without|zero|if|unless|whether)\s+[\"\u201c]?$",
                         re.IGNORECASE)
#: a modal or an intent before a verb cue: "could have killed", "threatened to kill", "tried to kill"
_MODAL_BEFORE = re.compile(
    r"\b(?:could|would|might|may|will|can|shall|should|must|to|threat\w*|plann?\w*|vow\w*|tr(?:y|ied|ies)|attempt\w*|"
    r"aim\w*|intend\w*|capable\s+of|potentially|possibly|nearly|almost|narrowly)\s+(?:have\s+)?(?:been\s+)?$",
    re.IGNORECASE,
)
#: a part of a count told just before it: "11 people including three women were killed"
_PART_BEFORE = re.compile(r"\b(?:including|includes|included|among\s+them|among\s+whom|of\s+whom|of\s+them|such\s+as)\s+$",
                          re.IGNORECASE)
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"\s*(?:{_MONTH}\b|,\s*(?:19|20)\d\d\b)", re.IGNORECASE)
#: a word glued after the number: "3rd", "25-year-old", "9mm", "5-day"
_GLUED_AFTER = re.compile(r"(?:-|\u2011)?[A-Za-z]")
#: an age or a name's number between commas: "Ahmad, 25, was killed"
_COMMA_AGE = re.compile(r",\s*$")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|our|these|those|my|your)\s+$", re.IGNORECASE)
_BARE_CUES = frozenset(("killed", "dead", "wounded", "injured", "hurt", "martyred", "slain"))
#: what may follow a bare "N wounded": punctuation, the end, a preposition, a conjunction, a verb or a time word
_BARE_END = re.compile(
    r"\s*(?:[,.;:)\]\"\u201d\u2019'!?\u2014\u2013-]|$)|\s+(?:in|at|on|and|or|after|when|during|by|as|from|near|since|so|"
    r"while|with|were|was|are|had|have|has|following|across|inside|outside|including|among|of|until|before|this|that|"
    r"last|yesterday|today|earlier|overnight|according|till|till|up|into|amid|across|between|within)\b",
    re.IGNORECASE,
)
#: the state of some of the wounded: "are in critical condition", "remain in hospital"
_STATE_AFTER = re.compile(r"\s+(?:(?:were|are|was|is)\s+(?:still\s+|now\s+)?(?:in\s+(?:a\s+)?)?(?:critical|serious|stable|"
                          r"precarious|grave)|(?:remain|remained|remains|still)\b)", re.IGNORECASE)
_PAST = re.compile(r"\b(?:past|passed|crossed|exceeded|topped|surpassed)\s+$", re.IGNORECASE)
#: casualty words the shared cue (rules.CASUALTY_CUE) does not hold: a sentence with one is read by this rule only
EXTRA_CUE = re.compile(r"\b(?:corpses|lost\s+(?:their|his|her)\s+life|wiped\s+out|wiping\s+out|breathed\s+their\s+last|"
                       r"sent\s+to\s+hell|succumbed)\b")
#: every cue word holds one of these (lower case): a window with none is read no further
_CUE_STEMS = ("kill", "dead", "death", "died", "martyr", "wound", "injur", "hurt", "lives", "life", "toll", "bodies",
              "corpse", "fatalit", "slain", "perish", "neutrali", "elimin", "gunned", "shot", "slew", "behead", "wiped",
              "wiping", "deceased", "breathed", "murder", "massacr", "slaying", "hell", "succumb")
_INTRANSITIVE = frozenset(("died", "perished", "lost their lives", "lost their life", "laid down their lives",
                           "sacrificed their lives", "breathed their last"))


def _has_cue(low: str) -> bool:
    return any(map(low.__contains__, _CUE_STEMS))


_TAKES_LIVES = re.compile(r"\b(?:claimed|claiming|claims|cost|costing|costs|took|taking|takes|taken|loss\s+of)\s+"
                          r"(?:(?:the|a\s+total\s+of|at\s+least|some|about|nearly|over|more\s+than)\s+)?[\"\u201c]?$",
                          re.IGNORECASE)
_PEOPLE_AFTER = re.compile(rf"\s+(?:[A-Z][\w\-]*\s+){{0,2}}?{VICTIM_NOUN}\b(?!\s+(?:of|for|to|in)\b)")
_REFERENCE = re.compile(r"\s*(?:\d{1,3}\.\s*)?\^")
_REL_WHO = re.compile(r"\b(?:who|that)\b", re.IGNORECASE)
_DIED_LATER = re.compile(r"\b(?:succumbed|died|passed\s+away|perished)\b", re.IGNORECASE)
_KARBALA = re.compile(r"\bK[ae]?rb[ae]la\b", re.IGNORECASE)
_KARBALA = doc_gated(_KARBALA)  # (speed: no scan of a stretch holding none of the strings every match holds)
_ONE = re.compile(r"(?:one|1|a\s+single)$", re.IGNORECASE)
_PARTITIVE = re.compile(r"\s+of\s+(?:the|them|those|these|whom)\b", re.IGNORECASE)
_PARTITIVE_CUE = re.compile(r"\bof\s+(?:the|those)$", re.IGNORECASE)
#: "Nineteen of the dead are women": a part of the dead counted with its own group
_BREAKDOWN_AFTER = re.compile(rf"\s+(?:were|are|was|is)\s+(?:all\s+|also\s+)?(?:(?![\w\-]+ed\b)[\w\-]+\s+){{0,2}}?{VICTIM_NOUN}\b",
                              re.IGNORECASE)
#: the auxiliaries of a passive or a state ("had killed three" is active, "had been killed" is not)
_PASSIVE_WORD = re.compile(r"\b(?:were|was|are|is|been|being|got|get)\b", re.IGNORECASE)
_AUX_WORD = re.compile(r"\b(?:were|was|are|is|have|has|had|been|being|got|get)\b", re.IGNORECASE)
_ANY_INJURY = re.compile(r"wound|injur|hurt", re.IGNORECASE)
_FEW = frozenset(("several", "a_few", "a_handful_of", "a_couple_of"))


def _covered(p: int, q: int, found: Iterable[Found]) -> bool:
    """The count phrase ``[p, q)`` is already read by a shaped rule (its number, or its evidence span)."""
    for f in found:
        if f.num_start >= 0 and f.num_start < q and p < max(f.num_end, f.num_start + 1):
            return True
        if f.kind in ("killed", "injured", "strength") and f.start < q and p < f.end:
            return True
    return False


def _title_quote(text: str, s: int, p: int, cue_start: int, cue_end: int) -> bool:
    """The count and its cue inside one quotation whose words are capitalized: a film's or a book's title."""
    before = text[s:p]
    opens = before.count("\u201c") - before.count("\u201d") + (before.count('"') % 2)
    if opens <= 0:
        return False
    return text[cue_start:cue_start + 1].isupper()


def _bad_count(text: str, s: int, e: int, p: int, q: int) -> bool:
    """Counts that are no toll whatever their neighbours say (the shared checks of rules._count_ok run later)."""
    if q < e and _GLUED_AFTER.match(text, q) and text[q - 1].isdigit():
        return True  # "3rd", "25-year-old"
    if q < e and text[q:q + 1] in ("-", "\u2011") and _GLUED_AFTER.match(text, q):
        return True  # "twenty-year-old"
    if text[s:p].strip() == "" and text[q:q + 1] in (".", ")"):
        return True  # a list number
    if p > s and text[p - 1] == "(" and text[q:q + 1] == ")":
        return True  # "(2)"
    if _MONTH_BEFORE.search(text, max(s, p - 12), p) or _MONTH_AFTER.match(text, q, min(e, q + 14)):
        return True  # a date
    if _COMMA_AGE.search(text, max(s, p - 3), p) and text[q:q + 1] == ",":
        return True  # "Ahmad, 25, was killed": an age
    w = text[max(s, p - 30):p]
    if _NEG_BEFORE.search(w) or _PART_BEFORE.search(w):
        return True
    w = text[max(s, p - 50):p]
    cut = max((m.end() for m in _CLAUSE_CUT.finditer(w)), default=0)
    return _NEGATION.search(w, cut) is not None  # "not a single one of the 20 hostages was hurt"


def near(text: str, s: int, e: int, starts: list[int], found: list[Found]) -> list[Found]:
    """killed and injured claims of ``text[s:e]`` read by the generic rule, for the counts (at ``starts``)
    that no claim in ``found`` already reads."""
    out: list[Found] = []
    if _KARBALA.search(text, s, e) and _HUSAYN.search(text, s, e):
        return out  # the battle of Karbala (680) told where a report speaks of Ashura: no toll of today
    if _REFERENCE.match(text, s, e):
        return out  # '3. ^ "Dozens killed in ..."': a reference list's title of another report
    for p in starts:
        n = NUMBER_RX.match(text, p, e)
        if n is None:
            continue
        q = n.end()
        # (speed: the cheap tests first; most counts of a sentence with a cue are a shaped rule's already)
        if _covered(p, q, found) or _covered(p, q, out) or _bad_count(text, s, e, p, q):
            continue
        ahead = _has_cue(text[q : min(e, q + 220)].lower())
        behind = _has_cue(text[max(s, p - 70) : p].lower())
        if not ahead and not behind:
            continue
        cm = _RX_COUNT.match(text, p, e)
        if cm is None:
            continue
        m_after = None
        if ahead:
            m_after = _RX_AFTER.match(text, p, e)
            if m_after is None:
                m_after = _RX_AFTER_GEN.match(text, p, e)
                if m_after is not None and _AUX_WORD.search(m_after.group("vg")) is None and \
                        " ".join(m_after.group("cue").lower().split()) not in _INTRANSITIVE:
                    m_after = None  # "12 images of the scene showed dead": any noun only before an auxiliary
                if m_after is None:
                    m_after = _RX_AFTER_ANY.match(text, p, e)
                    if m_after is not None and _PASSIVE_WORD.search(m_after.group("vg")) is None:
                        m_after = None  # any words at all only before a passive's auxiliary
        cands: list[tuple[str, Found]] = []
        b = _RX_BEFORE.search(text, max(s, p - 70), p) if behind else None
        if m_after is not None and b is not None and b.group("v") and _AUX_WORD.search(m_after.group("vg")) is None:
            m_after = None  # "killing 4 wounded": the count is the verb's object, whatever follows it
        if m_after is not None:
            f = _after(text, s, e, m_after)
            if f is not None:
                cands.append(("after", f))
        if b is not None:
            f = _before(text, s, e, b, cm)
            if f is not None:
                cands.append(("before", f))
        if not cands:
            continue
        if len({f.kind for _, f in cands}) > 1:
            continue  # "killing 3 wounded": which one?
        f = cands[0][1]
        if f.kind == "killed" and _RISEN_AS_BEFORE.search(text, max(s, f.num_start - 240), f.num_start):
            continue  # "the toll rose to 81 as five more died": a part of a toll
        if is_rate(text, s, e, f) or counts_groups(text, e, f):
            continue  # "about 40 civilians die each day": a rate; "members of two families": groups, no toll
        if dropped(text, s, e, f, found):
            continue  # an increment of a running total, a figure doubted or denied, one victim "and his family"
        c = f.count
        if c is not None and c.vague in _FEW:
            continue  # "several people were killed", "wounded a few others": no count to check
        if c is not None and c.qualifier == "at_most" and c.low == 0 and (c.high or 0) >= 1:
            f.count = Count(1, c.high, c.qualifier, c.vague, c.warning)  # "up to 20 killed": someone was
        out.append(f)
    return out


def _after(text: str, s: int, e: int, m: re.Match) -> Found | None:
    """count, then cue."""
    kind = "killed" if m.group("k") else "injured"
    cue = m.group("cue").lower()
    np = m.group("np") or ""
    vg = m.group("vg") or ""
    aux = _AUX_WORD.search(vg) is not None
    count = parse_count(m.group("num"))
    if count is None:
        return None
    partitive = _PARTITIVE_CUE.search(vg) is not None or (_PARTITIVE.match(np) is not None and (
        count.vague is not None or not _PASSIVE_WORD.search(vg) and cue.split()[0] not in ("died", "perished")))
    if _ONE.match(m.group("num").strip()) and (not np or partitive):
        return None  # "one of the dead", "one was killed": the single rules read a single victim
    if partitive and (count.vague or not _BREAKDOWN_AFTER.match(text, m.end(), e)):
        return None  # "four of the injured are in critical condition": some of a count told elsewhere
    if cue.endswith("lives") and not cue.startswith(("lost", "laid", "sacrificed")) and \
            not _TAKES_LIVES.search(text, max(s, m.start() - 24), m.start()):
        return None  # "six lives" only as what an attack took: "claimed six lives", "the loss of 11 lives"
    if cue.startswith(("eliminat", "neutrali")) and (m.re is not _RX_AFTER or not m.group("np") or
                                                     not _PASSIVE_WORD.search(vg)):
        return None  # "three IEDs were neutralised": only people with their noun, in a passive
    if m.group("part") and not aux:
        return None  # "two men carrying bombs killed ...": a participle needs the passive's auxiliary
    if cue in ("bodies",) and (np or vg.strip()):
        return None  # "bodies" only right after its count ("92 bodies")
    if cue == "bodies" and (_IDENTIFIED_AFTER.match(text, m.end(), e)
                            or _IDENTIFIED_BEFORE.search(text, max(s, m.start("num") - 40), m.start("num"))):
        return None  # "25 bodies have been identified", "identified the four bodies": a part of the dead
    if _COMBINED_NEXT.match(text, m.end(), e) or _COMBINED_BEFORE.search(text, max(s, m.start("cue") - 20), m.start("cue")):
        return None  # "killed or wounded"
    passive = _PASSIVE_WORD.search(vg) is not None
    # "21 wounded people", "two dead policemen": an adjective before a noun of people counts them
    adjective = cue in ("wounded", "injured", "dead") and not np and not vg.strip() and not m.group("aside") and \
        _PEOPLE_AFTER.match(text, m.end(), e) is not None
    if not adjective and cue.split()[0] in _VERB_CUES and not passive and _OBJECT_AFTER.match(text, m.end(), e):
        return None  # "three gunmen killed two guards", "two blasts that killed 20"
    if not adjective and cue in _BARE_CUES and not aux and not m.group("aside") and not _BARE_END.match(text, m.end(), e):
        return None  # "hired 40 wounded veterans": an adjective before a noun of its own
    if kind == "injured" and _REL_WHO.search(vg) and _DIED_LATER.search(text, m.end(), e):
        return None  # "the five soldiers who got injured earlier had succumbed": the dead
    if kind == "injured" and (_INJURED_THEN_DIED.match(text, m.end(), e) or _STATE_AFTER.match(text, m.end(), e)):
        return None  # "three injured later died", "nine wounded are in critical condition": some of the wounded
    if _title_quote(text, s, m.start(), m.start("cue"), m.end("cue")):
        return None
    return _found(kind, "near", text, m, m.start("num"), m.end("cue"))


def _before(text: str, s: int, e: int, b: re.Match, cm: re.Match) -> Found | None:
    """cue, then count."""
    word = (b.group("v") or b.group("n")).lower()
    kind = "injured" if re.search(r"\b(?:wound|injur)", word) else "killed"
    cue_start = b.start()
    cue_end = b.end("v") if b.group("v") else b.end("n")
    np = cm.group("np") or ""
    count = parse_count(cm.group("num"))
    if count is None:
        return None
    if b.group("v"):
        if _MODAL_BEFORE.search(text, max(s, cue_start - 40), cue_start):
            return None  # "could have killed 100", "threatened to kill"
        if _DETERMINER_BEFORE.search(text, max(s, cue_start - 8), cue_start):
            return None  # "the martyred 5 leaders": an adjective
        if b.group("w") and not np:
            return None  # "eliminated three hideouts": a weak verb counts people only with their noun
    else:
        gap = text[cue_end:cm.start()].strip(" \"\u201c\u2018").lower().split()
        if (not gap and not word.endswith(",")) or (
                gap and gap[0] == "to" and not b.group("nv") and not word.startswith("injur")):
            return None  # "death 3 men" (a sentence), "linked the deaths to 5 militants": no toll
        if count.vague in _FEW:
            return None  # "among the dead were several local leaders": no count to check
        if word == "dead" and not re.search(r"\bthe\s+$", text[max(s, cue_start - 6):cue_start], re.IGNORECASE):
            return None  # "dead" as a noun only: "the dead numbered 30"
        if word == "toll" and re.search(r"\binjur\w*\s+$", text[max(s, cue_start - 12):cue_start], re.IGNORECASE):
            kind = "injured"
    if _COMBINED_BEFORE.search(text, max(s, cue_start - 20), cue_start) or _COMBINED_NEXT.match(text, cue_end):
        return None  # "killed or wounded 30", "deaths and injuries of 30"
    if not np and not _BARE_END.match(text, cm.end(), e):
        return None  # "killed 3 birds", "deaths at 3 locations": a count of something else
    if _ONE.match(cm.group("num").strip()) and _PARTITIVE.match(np):
        return None  # "the death of one of the guards"
    if count.vague and _PARTITIVE.match(np):
        return None
    if kind == "injured" and (_INJURED_THEN_DIED.match(text, cm.end(), e) or _STATE_AFTER.match(text, cm.end(), e)):
        return None  # "of the wounded, 6 later died", "among the injured, 4 are in critical condition"
    if _title_quote(text, s, cm.start(), cue_start, cue_end):
        return None
    f = _found(kind, "near", text, cm, cue_start, cm.end())
    c = f.count if f is not None else None
    if c is not None and c.qualifier == "exact" and _PAST.search(text, max(s, cm.start() - 14), cm.start()):
        f.count = Count(c.low + 1, None, "more_than", c.vague)  # "climbed past 60", "crossed 100"
    return f
