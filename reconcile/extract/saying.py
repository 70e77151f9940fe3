"""The words of reporting that ``claimants`` reads: reporting verbs (the usual ones and the
paraphrasers' "mentioned", "conveyed"), "according to" / "citing", inverted '..., said X',
passive agents ("the toll given by officials"), documents ("in a statement by ..."),
and the noun phrases around them. Patterns only: the reading is in ``claimants``.
"""

from __future__ import annotations

import re

from .rules import word_prefixed


def _by_initial(group: str) -> str:
    """ "(?:said|says|told)" -> "(?:s(?:aid|ays)|t(?:old))": the same alternation, factored by first
    letter so that the regex engine tries one branch per position instead of a hundred."""
    body = group[3:-1] if group.startswith("(?:") and group.endswith(")") else group
    alts, depth, cur = [], 0, ""
    for ch in body:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            alts.append(cur)
            cur = ""
        else:
            cur += ch
    alts.append(cur)
    groups: dict[str, list[str]] = {}
    for a in alts:
        groups.setdefault(a[0].lower(), []).append(a[1:])
    return "(?:" + "|".join(f"{k}(?:{'|'.join(v)})" for k, v in groups.items()) + ")"


_SAY = (
    r"(?:said|says|say|told|tell|reported|reports|report|stated|states|claimed|claims|claim|confirmed|confirms|confirm|"
    r"announced|announces|estimated|estimates|estimate|added|noted|wrote|tweeted|posted|counted|documented|"
    r"verified(?<!not\sverified)(?<!independently\sverified)|verifies|"
    r"verify(?<!not\sverify)(?<!n't\sverify)(?<!never\sverify)(?<!independently\sverify)(?<!unable\sto\sverify)|"  # "the mission verified that 11 civilians died"
    r"recorded|put\s+the\s+(?:death\s+)?toll|put\s+the\s+number|believes?|believed|assessed|assesses|"
    r"suggested|suggest|suggests|showed|show|shows|indicated|indicate|indicates|according|think|thinks|thought|"
    r"spoke|speak|speaks|warned|warn|warns|insisted|insists|acknowledged|acknowledges|admitted|admits|conceded|concedes|alleged|alleges|"
    r"quoted|cited|puts?|placed|places|published|issued|released|accused|accuses|blamed|blames|"
    # "ISCAP took credit for the killings of seven soldiers" (an attribution when what it took credit for is an attack)
    r"took(?=\s+(?:the\s+)?(?:credit|responsibility)\b)|"
    # "the ministry raised the toll to eight" (written without inner groups: _first_words reads the verbs)
    r"raised\s+\w+\s+(?:[\w\-]+\s+)?toll|revised\s+\w+\s+(?:[\w\-]+\s+)?toll|lowered\s+\w+\s+(?:[\w\-]+\s+)?toll|"
    r"updated\s+\w+\s+(?:[\w\-]+\s+)?toll)"
)
_ACCORDING = word_prefixed(  # (fastrx) \b(?:according\s+to|...)\s+(?P<who>...)
    r"(?:according\s+to|citing|quoting|(?:which|who)\s+(?:cited|quoted)|cited\s+by|as\s+(?:reported|stated|announced|confirmed)\s+by|per|as\s+per|"
    r"in\s+accordance\s+with|in\s+keeping\s+with|in\s+line\s+with)",
    r"\s+(?P<who>(?:[^,.;:()\"\u201c\u201d]|\.(?=\w)|(?<=\b[A-Z])\.)"
    r"{2,90}?)(?=\s*(?:[,;:()\"\u201c\u201d]|(?<!\b[A-Z])\.(?:\s|$|\[\d)|$|\s+(?:the\s+)?(?:death\s+toll|toll)\b))",
)
_SAID_SUBJECT = re.compile(
    r"[,\"\u201d\u2019]\s*(?:[\u2013\u2014]\s*)?(?:said|says|added|adds|stated|states|mentioned|declared|according\s+to|claimed|claims|"
    r"boasted|announced|reported|confirmed|insisted|noted|wrote|tweeted|read|reads|continued)\s+"
    # '..." - said in the message the press centre of the border troops' (a translation's word order)
    r"(?:in\s+(?:a|the|its|their)\s+(?:\w+\s+)?(?:message|statement|release|communiqu[ée]|report)\s+)?"
    # '..., said a statement released by the ISPR': the issuer of the statement
    r"(?:(?:a|the|an)\s+(?:\w+\s+)?(?:statement|communiqu[ée]|release|report)\s+(?:\w+\s+)?(?:released|issued|posted|published|put\s+out)\s+by\s+)?"
    r"(?P<who>(?:[A-Z][\w.'\u2019\-]*|of|the|for|at|in|a|an|"
    r"(?-i:district|provincial|local|senior|deputy|regional|police|army|military|government|interior|health|"
    r"hospital|security|city|federal|state|officials|residents|witnesses|villagers|survivors|doctors)(?=[\s,.;])|"  # "..., said district police chief Ahmad Khan"
    r"[a-z]+(?=\s+(?:of|for|at)\b)|[A-Z]\w*)(?:\s+(?:[A-Z][\w.'\u2019\-]*|of|the|for|at|in|a|an|and|"
    r"(?!(?:has|had|have|was|were|is|are|will|would|did|does|that|this|these|those)\b)[a-z][a-z\-'\u2019]*(?<!ed))){0,10}?)"
    r"(?=\s*(?:[,.;:()\u2014\u2013]|\s-\s|$)|\s+(?:on|in|at|to|that|which|who|when|as|after|before|late|early|earlier|"
    r"yesterday|today|told|adding|citing|quoting|quoted|via|through|without|while)\b"
    # '..., stated the report and further estimated ...': a second verb of the same speaker
    r"|\s+and\s+(?:(?:also|further|later|then)\s+[a-z]+|(?:added|estimated|noted|warned|stated|said|put|gave|reported|"
    r"claimed|urged|called)\b))"
)
#: What may follow a sentence-final "according to X": punctuation and quote marks only.
# "The army's final toll included ...", "the ministry's figures": whose figure it is
_POSSESSIVE_FIGURE = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+)['\u2019]s?\s+(?:(?:final|latest|official|revised|initial|own|"
    r"updated|new|provisional)\s+)?(?:death\s+toll|toll|figures?|estimates?|counts?|tally|tallies|data|numbers|"
    # "as a result of the UN teams' investigations": whose inquiry found the figure
    r"investigations?|inquiry|findings|verification)\b"
)
# "Size 4,000-6,000 (UN)", "about 2,000 fighters (UN estimate, 2023)": the source in brackets after a figure
_BRACKETED_SOURCE = re.compile(
    r"\d[^()]{0,20}\(\s*(?P<who>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,4})(?:\s+(?:estimates?|figures?|data|report))?"
    r"(?:,\s*(?:19|20)\d\d)?\s*\)"
)
_TRAILING_END = re.compile(r"[\s.,;:!?\"'\u201d\u2019)]*")
_STATEMENT = re.compile(r"\b(?:in\s+a\s+statement|statement\s+(?:released|posted|issued|published)|communiqu[ée])\b", re.IGNORECASE)


#: A person's name alone ("Mujahid said"), to be resolved from where the report introduced them.
_NAME_ONLY = re.compile(r"[A-Z][\w'\u2019\-]+(?:\s+(?:al-|bin\s+)?[A-Z][\w'\u2019\-]+){0,3}")


_CLAIMED_OWN_FIGURE = re.compile(
    r"\b(?:saying|said|adding|claiming)\s+(?:that\s+)?(?:its|their)\s+(?:\w+\s+)?(?:bombers?|fighters|militants|men|"
    r"attackers?|operatives|mujahideen|members)\b",
    re.IGNORECASE,
)
_CLAIMED_EVENT = re.compile(
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|late\s+\w+day),?)?"
    r"\s+(?:(?:the\s+)?(?:responsibility|accountability|duty)|credit|(?:the|a|this|that|last|an)\s+(?:[\w\-\u2019']+\s+){0,3}?"
    r"(?:attacks?|bombings?|blasts?|assaults?|killings?|massacres?|shootings?|raids?|explosions?|bombs?|ambush(?:es)?|"
    r"operations?))\b"
    r"(?!\s+(?:had\s+|has\s+|have\s+)?(?:killed|left|wounded|injured|claimed)|(?:\s+for\s+(?:the\s+)?(?:killing|killings|murder|deaths?|"
    r"slaying|execution|beheading|wounding)\s+(?:of\s+)?|\s+of\s+)(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+)?"
    r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|[a-z]+teen|twenty|thirty|forty|"
    r"fifty|a\s+dozen|a\s+hundred)\b))",
    re.IGNORECASE,
)

_WEAK_SAY = (
    r"(?:mentioned|mentions|asserted|asserts|declared|declares|boasted|boasts|maintained|maintains|revealed|reveals|"
    r"disclosed|discloses|informed|explained|explains|clarified|clarifies|stressed|stresses|affirmed|reiterated|"
    r"highlighted|underlined|underscored|assess|observed|observes|argued|argues|contended|contends|specified|"
    r"elaborated|detailed|remarked|conveyed|communicated|relayed|shared|expressed|pointed\s+out|went\s+on|advised|"
    r"acknowledged|introduced|knowledgeable|famous|instructed|read|reads|continued|continues|found|finds)"
)
#: Verbs of reckoning ("the officials had assumed killing of 14", "police feared 20 dead"): a claimant's
#: verb only before a figure, a toll or a clause ("assumed control", "feared more attacks" are no report).
_RECKON = (r"(?:assumed|assumes|presumed|presumes|feared|fears|reckoned|reckons|surmised|supposed|projected|"
           r"calculated|tallied|guessed|figured|registered|logged|listed)")
_RECKONED_THING = (
    r"(?=\s+(?:that\b|\d|(?:at\s+least|more\s+than|about|nearly|over|up\s+to|some|around|as\s+many\s+as|only|"
    r"(?:the\s+)?(?:death|killing|deaths|loss)\s+of)\s|(?:the\s+|a\s+)?(?:death\s+|casualty\s+)?(?:toll|tally|"
    r"number\s+of\s+(?:dead|deaths|casualties|victims|killed|wounded|injured))\b|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|scores|"
    r"hundreds|a\s+dozen|a\s+hundred)\b))")
#: '"...," the military declared in a press release.': after a quotation a paraphraser's verb reports it too
_QUOTE_THEN_WEAK = re.compile(
    r"[,!?.\u2026][\"\u201d\u2019]\s+(?P<who>(?:[\w.'\u2019\-]+\s+){0,5}?[\w.'\u2019\-]+)\s+(?:also\s+|further\s+|later\s+)?"
    + _WEAK_SAY + r"\b")
#: Reporting verbs: the usual ones anywhere; paraphrasers' verbs ("the statement mentioned")
#: only before a clause, a quote or a comma; "gave" only before a figure.
_SAY_RX = word_prefixed(  # (fastrx) \b(?:SAY\b|WEAK_SAY(?=...)|...)
    rf"(?:{_by_initial(_SAY)}\b|{_by_initial(_RECKON)}{_RECKONED_THING}|{_by_initial(_WEAK_SAY)}(?=(?:\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|yesterday|today|earlier|later|again)\b)?\s*(?:that\b|of\b|[,:.\"\u201c\u2018]|$|\d|(?:at\s+least|more\s+than|about|nearly|over|up\s+to|some|around)\s))|(?:gave|gives|give|provided|provides|offered|offers)"
    r"(?=\s+(?:[\w\-\u2019']+\s+){0,4}?(?:figures?|toll|tally|count|estimates?|numbers?|casualty|breakdown)\b)|"
    r"(?:informed|informs|briefed|briefs)(?=\s+(?:the\s+)?(?:media|press|reporters|journalists|correspondents|"
    r"(?:news\s+)?agency|channel|(?-i:AFP|AP|Reuters|Xinhua|Anadolu|dpa|EFE|BBC|Dawn|Pajhwok|TOLOnews))\b)|"
    # "It described the attack as killing one person": an account of the event's toll
    r"(?:described|describes|characteri[sz]ed|portrayed|presented)(?=\s+[^.;]{1,80}?\bas\s+(?:having\s+|leaving\s+)?"
    r"(?:killing|killed|wounding|injuring|claiming|a\b|an\b|\d|(?:at\s+least|more\s+than|about|nearly|some|around)\s)))",
    "",
)


def _first_words(group: str) -> frozenset[str]:
    """The words an alternation of verbs can start with: "(?:said|puts?|put\\s+the\\s+toll)" -> said, put, puts."""
    out = set()
    for m in re.finditer(r"(?:^|\||\(\?:)([a-z]+)(\?)?", group):
        w = m.group(1)
        out.add(w)
        if m.group(2):  # "believes?": the last letter is optional
            out.add(w[:-1])
    return frozenset(out)


#: The words that can start a reporting verb: a sentence with none of them skips the verb scan.
_SAY_WORDS = _first_words(_SAY) | _first_words(_WEAK_SAY) | _first_words(_RECKON) | {"gave", "gives", "give", "provided", "provides",
                                                              "offered", "offers", "informs", "briefed", "briefs",
                                                              "described", "describes", "characterised",
                                                              "characterized", "portrayed", "presented"}
_TO_SPACE = str.maketrans({c: " " for c in ",.;:!?()[]\"'\u201c\u201d\u2018\u2019\u2014\u2013-/"})
#: A headline or lead that names its source before a colon: "ISPR: ...", "Police: ...".
_HEADLINE_COLON = re.compile(r"\s*(?P<who>[A-Z][\w.'\u2019\-]*(?:\s+[\w.'\u2019\-]+){0,5}?)\s*:\s+(?=\S)")
_TITLE_AFTER = re.compile(r",\s*(?P<title>(?:(?:a|an|the)\s+)?[^,.;:()\"\u201c\u201d]{3,100}?)(?=\s*(?:[,.;:()]|$))")
#: Reporting verbs that are also nouns: "a UN report released in July" is no verb.
_NOUN_VERBS = {"report", "reports", "claim", "claims", "estimate", "estimates", "count", "show", "shows", "release",
               "put", "puts", "placed", "places", "estimated", "documented", "recorded", "counted", "released",
               "published", "issued", "posted", "quoted", "cited"}
_NOUN_BEFORE = re.compile(r"\b(?:according\s+to|of|by|in|from|on|with|per|citing|to|under)\s+(?:[\w.'\u2019\-]+\s+){0,3}$",
                          re.IGNORECASE)
_PARTICIPLE_AFTER = re.compile(r"\s+(?:released|published|issued|compiled|prepared|presented|seen|obtained|submitted|"
                               r"circulated|dated|shared|leaked)\b", re.IGNORECASE)
_CLAIMED_LIVES = re.compile(r"(?:\s+[\w,\-]+){0,3}?\s+(?:lives|victims)\b", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|these|those|initially|officially|widely)\s*$",
                                re.IGNORECASE)
#: "X claimed the blast killed 40": the event is the subject of X's figure, not an attribution.
_EVENT_THEN_VERB = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:,\s*)?(?:had\s+|has\s+|have\s+|would\s+have\s+)?(?:killed|left|wounded|injured|claimed|"
    r"took|caused|resulted|targeted|martyred|murdered|slew|slain)\b", re.IGNORECASE)
_NP_TAIL = (r"(?:the\s+|a\s+|an\s+)?[\w.'\u2019\-]+(?:\s+(?!(?:following|after|before|in|on|at|as|when|while|which|who|"
            r"that|for|to|and|but|since|during|with|from|was|were|is|are|had|has|said|says|shows?|showed|put|puts|"
            r"gave|the|a|an|could|would|should|can|cannot|may|might|will|did|does|do|not|has|have|been|being|"
            r"remains?|stood|stands|rose|reached)\b)[\w.'\u2019\-]+){0,7}")
#: The agent of a passive: "the toll of five given Monday by Taliban officials".
_AGENT = word_prefixed(  # (fastrx) \b(?:given|...)\s+...by\s+(?P<who>...)
    _by_initial(
        r"(?:given|provided|released|issued|reported|confirmed|announced|cited|compiled|published|offered|put\s+out|"
        r"shared|quoted|counted|recorded|documented|verified|estimated|put\s+forward|disclosed|supplied|tallied|"
        r"circulated|presented)"), r"\s+(?:\([^()]{0,60}\)\s*|[\w\-]+,?\s+){0,5}?by\s+(?P<who>" + _NP_TAIL + ")",
)
#: Verbs of giving: their agent speaks only when what is given is a figure or an account.
_GIVEN_THING = re.compile(r"(?:given|provided|offered|supplied|shared|presented|circulated|put\s+forward)\b",
                          re.IGNORECASE)
_FIGURE_GIVEN = re.compile(
    r"\d|\b(?:tolls?|figures?|counts?|tally|tallies|numbers?|estimates?|data|statistics|details|information|"
    r"breakdown|account|casualt\w+|death|dead|killed|wounded|injured|list|report|update)\b", re.IGNORECASE)
#: "The count from U.S. officials was 55 dead", "figures provided to reporters by the ministry".
_FIGURE_FROM = word_prefixed(  # (fastrx) \b(?:count|...)\s+(?:from|by)\s+(?P<who>...)
    _by_initial(r"(?:count|tally|toll|figures?|estimates?|data|statistics|breakdown|numbers|claims?|assertions?|"
                r"statements?)"),
    r"\s+(?:\([^()]{0,60}\)\s*)?"
    r"(?:from|by)\s+(?P<who>" + _NP_TAIL + ")",
)
#: "The figures we trust most are the UN monitoring team's: ...", "The latest estimate is the Pentagon's -".
_FIGURE_IS = word_prefixed(  # (fastrx) \b(?:figures?|...)\b...
    r"(?:figures?|estimates?|numbers?|counts?|tally|toll|data)",
    r"\b[^.;:\"\u201c\u201d]{0,60}?\b(?:is|are|was|were|comes?|came)"
    r"\s+(?:from\s+|those\s+of\s+|that\s+of\s+)?(?P<who>(?:the\s+)?[\w.'\u2019\-]+(?:\s+[\w.'\u2019\-]+){0,5}?)"
    r"(?:['\u2019]s?)?\s*(?=[:\u2014\u2013]|\s-\s)",
)
#: "In this report, ...", "In a statement by the interior ministry, ...": the document speaks.
_IN_DOCUMENT = word_prefixed(  # (fastrx) \b(?:in|from)\s+(?P<who>...)
    r"(?:in|from)",
    r"\s+(?P<who>(?:the|this|that|its|their|a|an|his|her)\s+(?:[\w\-\u2019']+\s+){0,4}?"
    r"(?:reports?|statements?|assessment|study|update|document|communiqu[ée]|message|post|tweet|briefing|review|"
    r"survey|analysis|findings|audio\s+message|video|claim|announcement|assertion|declaration)(?:\s+(?:by|from|of|on|posted\s+on|released\s+by|issued\s+by|"
    r"published\s+by)\s+[^,.;:()\"\u201c\u201d]{2,60}?)?)(?=\s*,|\s+(?:is|was)\s+that\b)",  # "What one gathers from the X statements is that"
)
#: "..., with the interior ministry raising the toll to eight", "with the group claiming to have killed 100":
#: the subject of a "with" clause speaks for the figures of that clause.
_WITH_SAYING = re.compile(
    r"\bwith\s+(?P<who>(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w.'\u2019\-]+\s+){0,5}?[\w.'\u2019\-]+)\s+"
    r"(?:also\s+|later\s+|now\s+|initially\s+|separately\s+)?(?:raising|putting|placing|claiming|saying|reporting|"
    r"confirming|estimating|revising|lowering|updating|stating|announcing|insisting|counting)\b",
    re.IGNORECASE,
)
#: A participle clause takes the main clause's claimant: "the statement gave ..., claiming that 20 died".
_PARTICIPLE = re.compile(
    r",\s*(?:and\s+)?(?:claiming|saying|adding|stating|asserting|boasting|alleging|insisting|noting|putting|"
    r"mentioning|declaring|maintaining|estimating|reporting|announcing|confirming)\b"
    r"|,?\s+and\s+(?:later\s+|also\s+)?(?:said|says|claimed|claims|added|stated|boasted|announced)\b"
    # "... claimed responsibility citing they had hit their target", no comma: the clause of its own words
    r"|,?\s+(?:saying|citing|stating|claiming)(?=\s+(?:that\s+)?(?:they|it|its|their|the\s+group)\s)",
    re.IGNORECASE,
)
#: "The group has raided army posts claiming that dozens of soldiers were killed": a group's claim, no comma
_BARE_CLAIMING = re.compile(r"\s(?:claiming|boasting|asserting|alleging)\b(?!\s+(?:the\s+)?(?:[\w,\-]+\s+){0,3}?(?:lives|victims)\b)",
                            re.IGNORECASE)
_LEAD_ADVERBIAL = re.compile(r"^\s*(?:(?:In|On|At|During|After|Later|Earlier|Meanwhile|However|Separately|Also|Then|"
                             r"Elsewhere|Previously|Initially|Since|By)\b[^,]{0,80},\s*)?")
_SUBJECT_VERB = re.compile(
    r"\s(?:has|have|had|was|were|is|are|also|later|earlier|on\s+\w+day)?\s*\b(?:\w+ed|gave|said|put|issued|sent|made|"
    r"took|says|claims|gives|puts|released|published|posted|spoke|told|wrote|came)\b")
_HONORIFIC = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Gen|Maj|Col|Capt|Lt|Sgt|Brig|Prof|Sheikh|Mullah|Maulvi|Mawlawi|Qari|Haji|"
                        r"Engineer|Eng|Sen|Rep|Gov)\.?\s+")


#: "the group's claim of killing 51 soldiers", "its claim of 57 deaths": a claim (a noun) of a figure
_CLAIM_OF_FIGURE = re.compile(
    r"\s+of\s+(?:(?:having\s+)?(?:killed|killing|wounding|injuring|wounded|injured|executed|executing|murdered|murdering|"
    r"beheaded|beheading)\b|(?:at\s+least\s+|more\s+than\s+|over\s+|"
    r"some\s+|about\s+|nearly\s+|up\s+to\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|scores|hundreds)\b))", re.IGNORECASE)

#: Reporting verbs whose clause may tell only that the speaker did it ("said it was behind the attack")
_SAID = frozenset({"said", "says", "say", "claimed", "claims", "announced", "announces", "stated", "admitted"})

_SAID_BEHIND = re.compile(r"\s+(?:that\s+)?(?:it|they|he|she|the\s+group)\s+(?:(?:was|were|is|are|had\s+been|has\s+been)\s+"
                          r"(?:behind|responsible\s+for)|(?:had\s+|has\s+|have\s+)?(?:carried\s+out|staged|conducted|perpetrated))\b")

#: ... the attack it was behind, its toll in a clause of its own ("the bombing that killed 65 people"): the reporter's
_ATTACK_THEN_CLAUSE = re.compile(r"\s+(?:[\w\-'\u2019]+\s+){0,6}?(?:attacks?|bombings?|blasts?|assaults?|raids?|shootings?|"
                                 r"massacres?|explosions?|ambush(?:es)?)\b(?:\s+(?:at|in|on|near|against|outside|inside)\s+"
                                 r"[^,.;\d]{0,60}?)?,?\s+(?:that|which|in\s+which)\b", re.IGNORECASE)

#: "In a statement, he expressed ...", "In her message, the minister offered ...": the subject after a fronted
#: statement issued it, whatever its verb
_IN_STATEMENT_SUBJECT = re.compile(
    r"\s*In\s+(?:a|an|his|her|their|its|the)\s+(?:[\w\-]+\s+){0,2}?(?:statement|message|press\s+release|communiqu[ée]|"
    r"video\s+message|post|tweet)\s*,\s*(?P<who>he|she|they|(?:the\s+)?(?-i:[A-Z])[\w'\u2019\-]+(?:\s+(?-i:[A-Z])[\w'\u2019\-]+){0,3})"
    r"\s+(?:also\s+|further\s+|later\s+)?(?:[a-z]+ed|[a-z]+s)\b", re.IGNORECASE)
