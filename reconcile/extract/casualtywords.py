"""The words of a killed or injured count: the patterns of casualty verbs and predicates, of tolls and
casualty nouns, of victim lists and their continuations, and of the clauses that make a count something
else (a combined figure, a part of a toll, the subject of another predicate).  Split from casualties.py,
whose rules read them (as do tollgroups.py's); no rule lives here."""

from __future__ import annotations

import re

from .gates import doc_gated
from .numbers import HEDGE, NUMBER_EXPR
from .rules import _APPOS, ADVERB_LY, NP, NP_GEN, NUM, word_prefixed
from .victims import VICTIM_NOUN

_RX_SINGLE = re.compile(
    # (up to three words before the noun: "A Balochistan Frontier Corps soldier was martyred")
    rf"\b(?:a|an|one)\s+(?:[\w\-]+\s+){{0,2}}?(?:(?!(?:of|and|or|a|an|the|total|number)\b)[A-Za-z][\w\-]*\s+)?(?P<np>{VICTIM_NOUN})\s+(?:(?:was|has\s+been|had\s+been)\s+"
    rf"(?:also\s+|later\s+|{ADVERB_LY}\s+)?(?P<verb>killed|martyred|shot\s+dead|slain|wounded|injured|hurt)\b|"
    # "a policeman died in the blast", "a soldier also lost his life": an intransitive death of one
    rf"(?:also\s+|later\s+)?(?P<died>died|lost\s+(?:his|her)\s+life|succumbed\s+to\s+(?:his|her)\s+(?:\w+\s+)?(?:injuries|wounds))"
    rf"(?=\s+(?:in|on|at|when|after|during|while|as|from|of)\b|\s*[,.;]|\s*$))",
    re.IGNORECASE,
)

# "killing a member of the Sikh community and a Taliban guard": one victim (or two), each with an article
_ONE_VICTIM = rf"(?:a|an|one)\s+(?:(?!of\b)[\w\-]+\s+){{0,2}}?(?:{VICTIM_NOUN}|member(?=\s+of\s))\b(?:\s+of\s+the\s+[\w\-]+(?:\s+(?!(?:in|on|at|and|or|before|after|during|near|when|while|as)\b)[\w\-]+)?)?"
_RX_VERB_ONE = word_prefixed(  # (fastrx) \b(?P<verb>killing|...)\s+...
    r"killing|killed|kills|shot\s+dead|shooting\s+dead|wounding|wounded|injuring|injured",
    rf"\s+(?P<one>{_ONE_VICTIM})(?P<two>\s+and\s+{_ONE_VICTIM})?(?=[\s,.;]|$)",
    name="verb",
)
# "killing one person and wounding another": one more victim, of the kind of the second verb
_RX_ANOTHER = re.compile(
    r"\b(?:killing|killed|shooting|shot|stabbing|stabbed|wounding|wounded|injuring|injured)\s+[^.;]{1,60}?\s+(?:and|while)\s+(?:(?:critically|seriously|badly|severely|gravely|fatally|"
    r"slightly|lightly)\s+)?(?P<verb>killing|killed|"
    r"wounding|wounded|injuring|injured)\s+(?P<one>another(?:\s+(?:person|man|woman|one))?)(?=\s*(?:[,.;)\"\u201d]|$)|"
    r"\s+(?:in|on|at|as|when|during|before|after)\b)",
    re.IGNORECASE,
)
# "killing 13 soldiers and a civilian": one more victim after a count
_RX_CONT_ONE = re.compile(
    rf"\s*,?\s+(?:and|as\s+well\s+as|along\s+with)\s+(?P<one>(?:a|an|one)\s+(?:(?!of\b)[\w\-]+\s+){{0,2}}?"
    rf"(?P<head>{VICTIM_NOUN}))\b(?!\s+(?:was|were|had|has|is)\b)",
    re.IGNORECASE,
)
#: The rest of a list ending in a predicate of the other kind: the list is that predicate's subject.
_LIST_OTHER_PRED = {
    kind: re.compile(r"(?:\s*,?\s*(?:and|as\s+well\s+as)\s+(?:(?!(?:left|leaving|wounding|injuring|killing|others|more)\b)"
                     r"[A-Za-z\s()\-]){1,60}?)?\s+(?:have\s+|had\s+|were\s+|was\s+)?"
                     r"(?:all\s+|also\s+|been\s+)?" + pred + r"\b", re.IGNORECASE)
    for kind, pred in (("injured", r"(?:lost\s+their\s+lives|killed|died|perished|martyred|embraced\s+martyrdom)"),
                       ("killed", r"(?:wounded|injured|hurt)"))
}
_JUDICIAL = re.compile(r"\b(?:convicted|sentenced|sentence|court|death\s+row|found\s+guilty|hanged|hanging|authorities|"
                       r"government|judiciary|prison)\b")
_INJURED_THEN_DIED = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:later\s+|subsequently\s+|also\s+)?(?:died|dies|die|dying|succumbed|succumbs|succumb|succumbing|passed\s+away)\b",
                                re.IGNORECASE)
_CORPSES = re.compile(r"\b(?:bodies|corpses|remains)\b", re.IGNORECASE)
_REL_WORD = re.compile(r"\b(?:who|that)\b", re.IGNORECASE)
# the main verb after a relative clause of the wounded: "(who were wounded ...) have since succumbed to their wounds"
_RELATIVE_DIED = re.compile(
    r"(?P<gap>[^.;\d]{0,100}?)\s(?:had\s+|have\s+|has\s+)?(?:(?:later|since|subsequently|eventually|also|all|then)\s+)?"
    r"(?:succumbed|died|passed\s+away|perished)\b(?:\s+(?:to|of|from)\s+(?:(?:their|his|her|the)\s+)?(?:\w+\s+)?(?:injuries|wounds))?",
    re.IGNORECASE,
)
_NEW_SUBJECT = re.compile(r"\b(?:and|but|whereas|of\s+(?:them|whom|those))\b|[,;:]\s*(?:while|as)\s", re.IGNORECASE)
# "Three of the wounded later died", "two injured soldiers succumbed": the wounded who died are dead
_RX_WOUNDED_DIED = re.compile(
    rf"{NUM}(?P<np>\s+(?:of\s+the\s+(?:injured|wounded)(?:\s+{VICTIM_NOUN})?|(?:injured|wounded)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"{VICTIM_NOUN}))\b(?:\s+(?:had|have|has))?(?:\s+(?:later|since|subsequently|eventually|also|all|then))*\s+"
    rf"(?:died|succumbed|passed\s+away|perished)\b(?:\s+(?:to|of|from)\s+(?:(?:their|his|her|the)\s+)?(?:\w+\s+)?"
    rf"(?:injuries|wounds))?",
    re.IGNORECASE,
)

_SUBSET_NP = re.compile(r"\s+of\s+(?:them|whom|those|these)\b", re.IGNORECASE)
# "at least one Spaniard was injured": a hedge of the numbers module (or "only", "just") before a single victim
_HEDGE_BEFORE = re.compile(rf"\b(?:{HEDGE}|only|just)\s+$", re.IGNORECASE)
_AND_OTHERS_AFTER = re.compile(r"[^.;]{0,80}?\band\s+(?:at\s+least\s+|some\s+|about\s+|another\s+)?[\w,\-]+\s+(?:others|more)\b",
                               re.IGNORECASE)
_PLURAL_END = re.compile(r"(?<![su])s\b", re.IGNORECASE)

_KILL_V = (
    r"(?:kill|kills|killed|killing|slaughter|slaughters|slaughtered|slaughtering|massacre|massacred|massacring|"
    r"massacres|murder|murders|murdered|murdering|shot\s+and\s+killed|martyring|"
    r"(?:claimed|claiming|claims|claim|took|taking|takes|cost|costing|costs)\s+the\s+lives\s+of)"
)
# verbs that also take things as objects: the count needs a victim noun
_KILL_V_WEAK = (
    r"(?:eliminat(?:e|es|ed|ing)|beheaded|gunned\s+down|gunning\s+down|shot\s+dead|"
    r"left\s+dead|slaying|slays|slay|slew|claimed|claiming|buried|burying|neutrali[sz](?:e|es|ed|ing)|"
    r"executed|executing|executes|execute|martyred)"
)
_INJ_V = r"(?:harmed|injure|injures|injured|injuring|wound|wounds|wounded|wounding|hurt|hurting|hurts|maimed|maiming|treated(?=\s+[^.;]{1,40}?\bfor\s+(?:their\s+)?(?:injuries|wounds)))"
_AUX = (
    # (an opening quote before the first word: three terrorists “were neutralised while ...”)
    r"(?:\s*,?\s+(?:who|that)\b)?(?:\s+[\"\u201c]?(?:were|was|are|is|have|has|had|been|being|be|may|might|could|would|will|"
    r"reportedly|reported|also|all|later|"
    r"allegedly|confirmed|believed|feared|thought|said|to|presumed|now|already|since|subsequently|initially|"
    r"seriously|critically|fatally|badly|severely|slightly|lightly|superficially|moderately|gravely|mildly|mostly|officially|got|getting|left|lay|lie|remain|remained|"
    # a machine paraphrase's noun for an adverb: "12 people are majority injured" (mostly)
    r"majority|mainly|largely|"
    r"additionally|further|eventually|likewise|too|themselves|each|both|found|so\s+far|thus\s+far|in\s+all|in\s+total|"
    # the day between the auxiliary and the verb, in Nigerian and South Asian wire style ("were on Tuesday martyred")
    r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|yesterday|overnight|"
    rf"{ADVERB_LY})\b){{0,5}}"
)
_KILL_PRED = (
    r"(?:killed|dead|died|perished|slain|martyred|lost\s+their\s+lives|"
    r"(?:die|dies|perish|perishes)(?=\s+(?:in|as|after|when|during|at|on|near|while|from|of)\b|[ \t]*(?:\n|$))|"  # a headline's end
    r"lost\s+his\s+life|murdered|massacred|"
    r"shot\s+dead|gunned\s+down|beheaded|brought\s+(?:in\s+)?dead|(?:burned|burnt|crushed|stabbed|beaten|hacked|trampled|shot|tortured|bludgeoned|stoned|clubbed|strangled|"
    r"starved|frozen|mauled|kicked)\s+to\s+death|lynched|were\s+killed|eliminated|neutrali[sz]ed|"
    # (or a day between: "were on Thursday buried")
    r"(?:(?<=were\s)|(?<=day\s))buried(?!\s+(?:under|beneath|in\s+the\s+rubble|in\s+rubble|alive))|laid\s+to\s+rest|"
    r"embraced\s+(?:shahadat|martyrdom)|attained\s+martyrdom|"
    r"succumbed\s+to\s+(?:(?:their|his|her|the)\s+)?(?:\w+\s+)?(?:injuries|wounds)|"
    r"died\s+(?:of|from)\s+(?:(?:their|his|her|the)\s+)?(?:\w+\s+)?(?:injuries|wounds)|"
    r"among\s+(?:the\s+)?(?:dead|killed|fatalities|martyred|martyrs|deceased|the\s+victims\s+killed|"
    # "two children were among those beheaded", "among those slain"
    r"those\s+(?:killed|slain|beheaded|executed|murdered|massacred|martyred|gunned\s+down|shot\s+dead)|"
    # "nine policemen were among the victims": a group inside the toll (not "the victims hurt", "victims of the flood")
    r"victims(?!\s+(?:who\s+(?:were|was)\s+)?(?:wounded|injured|hurt|treated|hospitali[sz]ed|of\s+(?:the\s+)?(?:\w+\s+)?(?:floods?|"
    r"earthquake|quake|fire|crash|accident|disease|fraud|abuse|scam)))|"
    r"those\s+who\s+(?:died|perished|were\s+killed|lost\s+their\s+lives))|"
    rf"among\s+(?:the\s+)?{NUMBER_EXPR}\s+(?:[\w\-]+\s+){{0,2}}?(?:killed|dead)\b)"
)
_INJ_PRED = r"(?:wounded|injured|hurt|harmed|maimed|(?:received|sustained|suffered|receiving|sustaining|suffering)\s+(?:\w+\s+)?(?:injuries|injures|wounds)|(?:brought|taken|admitted|rushed)\s+(?:in\s+|to\s+(?:the\s+)?(?:\w+\s+){0,3}?hospitals?\s+)?with\s+(?:\w+\s+)?(?:injuries|wounds)|treated\s+for\s+(?:(?:their|his|her|minor|serious)\s+)?(?:injuries|wounds)|hospitali[sz]ed|(?:admitted|taken)\s+to\s+(?:the\s+)?(?:\w+\s+){0,3}?hospitals?(?!\s+for\s+(?:treatment\s+of\s+)?(?:illness|disease|tests|check))|among\s+(?:the\s+)?(?:wounded|injured|those\s+(?:who\s+were\s+)?(?:wounded|injured|hurt)))"

#: a verb in scare quotes ("were \u201cmartyred\u201d", "had 'neutralised'"): the outlet distances itself from the
#: word, not from the count
_SCARE_OPEN = r"[\"\u201c\u2018']?"
_SCARE_CLOSE = r"[\"\u201d\u2019']?"
#: words between a casualty verb and its count ("killing all 29 people", "wounding another 12")
_OBJ_PRE = (r"(?:(?:all|another|a\s+further|an\s+additional|an\s+estimated\s+(?=\d)|a\s+total\s+of|only|"
            r"just(?!\s+(?:under|over|shy|below|above)\b))\s+)?")  # ("just under 35" is the hedge's)
_RX_VERB_OBJ = {  # (fastrx) \b(?P<verb>VERBS)\s+...
    "killed": word_prefixed(_KILL_V, rf"{_SCARE_CLOSE}\s+{_OBJ_PRE}[\"\u201c]?{NUM}{NP}?", name="verb"),
    "injured": word_prefixed(_INJ_V, rf"{_SCARE_CLOSE}\s+{_OBJ_PRE}{NUM}{NP}?", name="verb"),
}
_RX_VERB_OBJ_WEAK = word_prefixed(_KILL_V_WEAK, rf"{_SCARE_CLOSE}\s+{_OBJ_PRE}{NUM}{NP}", name="verb")
_QUOTED_END = r"[\"\u201d\u2019'](?=\s)"  # '"Tens" were killed': a quoted count closes its quote
_RX_PASSIVE = {
    "killed": re.compile(rf"{NUM}(?:{NP}|{_QUOTED_END})?{_APPOS}(?P<aux>{_AUX})\s+{_SCARE_OPEN}(?P<verb>{_KILL_PRED})\b", re.IGNORECASE),
    "injured": re.compile(rf"{NUM}(?:{NP}|{_QUOTED_END})?{_APPOS}(?P<aux>{_AUX})\s+{_SCARE_OPEN}(?P<verb>{_INJ_PRED})\b", re.IGNORECASE),
}
# with an auxiliary ("were", "had been") any plural noun phrase will do
_AUX_REQ = _AUX.replace("{0,5}", "{1,5}")
_RX_PASSIVE_GEN = {
    "killed": re.compile(rf"{NUM}{NP_GEN}{_APPOS}(?P<aux>{_AUX_REQ})\s+{_SCARE_OPEN}(?P<verb>{_KILL_PRED})\b", re.IGNORECASE),
    "injured": re.compile(rf"{NUM}{NP_GEN}{_APPOS}(?P<aux>{_AUX_REQ})\s+{_SCARE_OPEN}(?P<verb>{_INJ_PRED})\b", re.IGNORECASE),
}
_RX_ADJ = {
    "killed": re.compile(rf"{NUM}\s+(?:dead|slain)\s+(?P<np>{VICTIM_NOUN})\b", re.IGNORECASE),
    "injured": re.compile(rf"{NUM}\s+(?:injured|wounded)\s+(?P<np>{VICTIM_NOUN})\b", re.IGNORECASE),
}
_RX_BODIES = re.compile(rf"{NUM}[\"\u201d]?\s+(?:(?:dead|charred|mutilated|more|decapitated|beheaded|headless|burned|burnt|"
                        rf"decomposed|decomposing|bullet-riddled|unidentified|dismembered)\s+)?bodies\b", re.IGNORECASE)
#: "the bodies of five 'militants' were found", "recovered the bodies of 12 labourers": the count of the dead
_RX_BODIES_OF = re.compile(rf"\b(?:dead\s+)?bodies\s+of\s+(?:another\s+|all\s+)?{NUM}{NP}", re.IGNORECASE)
_RX_OTHERS = word_prefixed(  # (fastrx) \b(?:KILL_V|KILL_V_WEAK)\b...
    # ("claimed the life of the minister along with two others", "resulting in his death along with six others")
    rf"(?:{_KILL_V}|{_KILL_V_WEAK}|(?:claimed|claiming|claims|claim|took|taking|takes|cost|costing|costs)\s+the\s+life\s+of|"
    rf"(?:his|her)\s+death)",
    rf"\b[^.;\d]{{0,100}}?(?:,\s*|\s+)(?:and|as\s+well\s+as|along\s+with|plus)\s+"
    rf"{NUM}(?P<np>\s+(?:other|others|more)(?:\s+{VICTIM_NOUN})?)\b",
)
# "estimates ranged from 110 wounded to 130": one range of the kind
_RX_FROM_TO = {
    "killed": re.compile(rf"\bfrom\s+{NUM}\s+(?:people\s+)?(?:dead|killed)\s+to\s+(?P<num2>{NUMBER_EXPR})", re.IGNORECASE),
    "injured": re.compile(rf"\bfrom\s+{NUM}\s+(?:people\s+)?(?:wounded|injured)\s+to\s+(?P<num2>{NUMBER_EXPR})",
                          re.IGNORECASE),
}
# "estimates of the number killed, ranging from 19 and 31 victims": a range of one kind's toll
_RX_RANGING = {
    "killed": re.compile(
        rf"\b(?:killed|dead|deaths|death\s+toll|toll|fatalities|lives)\b[^.;]{{0,80}}?\b(?:ranging|ranged|ranges|range|"
        rf"varying|varied|vary)\s+(?:anywhere\s+)?from\s+(?P<num>{NUMBER_EXPR})\s+(?:to|and)\s+(?P<num2>{NUMBER_EXPR})",
        re.IGNORECASE),
    "injured": re.compile(
        rf"\b(?:wounded|injured|injuries)\b[^.;]{{0,80}}?\b(?:ranging|ranged|ranges|range|varying|varied|vary)\s+"
        rf"(?:anywhere\s+)?from\s+(?P<num>{NUMBER_EXPR})\s+(?:to|and)\s+(?P<num2>{NUMBER_EXPR})",
        re.IGNORECASE),
}
# "the toll rose to 31, up from a previous estimate of 25": an earlier figure of the same toll
_RX_PREVIOUS = word_prefixed(  # (fastrx) \b(?:previous|...)\s+...
    r"(?:previous|earlier|initial|original|preliminary|first|prior)",
    rf"\s+(?:official\s+)?(?:estimate|figure|toll|count|"
    rf"tally|death\s+toll)\s+(?:of|was|had\s+been|stood\s+at|at)\s+{NUM}(?!{NP_GEN})",
)
_RX_PREVIOUS = doc_gated(_RX_PREVIOUS)  # (speed: no scan of a stretch holding none of the strings every match holds)
# "treating the wounded -- 182, according to ... -- remained a pressing task": the count in an aside
_RX_ASIDE = re.compile(
    rf"\b(?:the\s+(?P<noun>wounded|injured|dead)|(?:the\s+)?(?:fatalities|deaths))\s*(?:(?:--|\u2014|\u2013|\()\s*(?={NUMBER_EXPR}\s*(?:,|--|\u2014|\u2013|\)))|"
    rf"\s+(?:numbered|number|totalled|totaled|totals|stood\s+at|stand\s+at|reached)\s+(?!{NUMBER_EXPR}\s*(?:%|per)))"
    rf"{NUM}",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(r"\b(?:rose|risen|rising|jumped|climbed|increased|went\s+up|grew|fell|dropped|revised|"
                            r"raised|lowered|up|down)\s+$", re.IGNORECASE)
# "the toll rose to 81 as several persons died in hospital": the deaths that raised a toll, a part of it
# told in the same breath, no toll of their own
_RISEN_AS_BEFORE = re.compile(
    rf"\b(?:toll|dead|deaths|fatalities|killed|casualties)\b[^.;]{{0,120}}?"
    rf"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|jumps|reached|reaches|increased|mounted|went\s+up|"
    rf"gone\s+up)\s+(?:to\s+)?{NUMBER_EXPR}\b[^.;\d]{{0,60}}?\b(?:as|after|when|with|following)\s+"
    rf"(?:another\s+|a\s+further\s+)?$", re.IGNORECASE)
#: between a passive's count and its verb, a clause with a count of its own ("the death toll was at least six and
#: that ten were injured"): the verb is the later count's, the first count is some other figure
#: ("killing 12 villagers and six policemen and leaving dozens injured": the dozens are the injured)
_LATER_COUNT = re.compile(rf"\b(?:and|but|while|whereas)\s+(?:that\s+)?{NUMBER_EXPR}\s+(?:were|was|are|is|have|has|had)\b|"
                          rf"\b(?:leaving|left)\s+(?:another\s+)?{NUMBER_EXPR}\s+(?:[\w\-]+\s+){{0,2}}?(?:injured|wounded|hurt)\b",
                          re.IGNORECASE)
_COMBINED_BEFORE = re.compile(r"\b(?:killed|dead|killing|deaths?)\s+(?:or|and/or|&|and)\s*$", re.IGNORECASE)
_COMBINED_AFTER = re.compile(r"^\s+(?:or|and/or|and)\s+(?:wounded|injured|wounding|injuring|hurt|maimed)\b", re.IGNORECASE)
# "left 12 soldiers dead and wounded 17 others": two figures, each with its own count, no combined one
_COUNT_THEN_DEAD_AND = re.compile(rf"{NUMBER_EXPR}(?:\s+[\w\-]+){{0,5}}?\s+(?:killed|dead)\s+(?:and|&)\s*$", re.IGNORECASE)
_AND_VERB_COUNT = re.compile(rf"\s+(?:and|&)\s+(?:wounded|injured|hurt|maimed)\s+{_OBJ_PRE}{NUMBER_EXPR}", re.IGNORECASE)
_BARE_INJ_BEFORE = re.compile(
    r"(?:killed|dead|died|killing|,|\band|\bincluding|\bplus|\bwith|\bleaving|\bleft|\btreated|\btreating|\breceived|\badmitted|"
    r"\bbrought|\btaken|\bevacuated|\bhospitali[sz]ed)\s*(?:(?:another|an\s+additional|a\s+further)\s+)?$",  # "and another 60 wounded"
    re.IGNORECASE,
)
#: a toll's figure as the claimant's own words, in quotes ("revised the toll to “about 253”", "stands at
#: “approximately” 253", 'the number of deaths was "at least six"'): the quote opens before the count, or
#: closes round a hedge of its own (group ``qhedge``, read back into the count by casualties.toll)
_QUOTED_FIGURE = (r"(?:[\"\u201c\u2018](?P<qhedge>about|approximately|around|roughly|some|nearly|almost|at\s+least|"
                  r"more\s+than|over|up\s+to|as\s+many\s+as)[\"\u201d\u2019]\s+|[\"\u201c\u2018](?=\w))?")
_TOLL_TO = (r"(?:to|at|of|as|reached|reaches|hit|hits|touched|touches|crossed|crosses|passed|passes|exceeded|exceeds|topped|tops|surpassed|"
            r"surpasses|neared|nears|approached|nearing|approaching|was|is|stood\s+at|stands\s+at|risen\s+to|rose\s+to|"
            r"climbed\s+to|jumped\s+to|increased\s+to)")
_RX_TOLL = {
    "killed": re.compile(
        rf"(?:\b(?P<adj>American|U\.S\.|US|civilian|military|police|Afghan|Pakistani|Taliban)\s+)?"
        rf"\b(?:death\s+toll|toll|(?:total\s+)?(?:number|count|tally)\s+of\s+(?:the\s+)?(?:dead|deaths|deceased|"
        rf"people\s+(?:killed|dead|who\s+died)|those\s+(?:killed|who\s+died)|fatalities|victims|martyrs|bodies|"
        # "the number of martyred jawans", "the number of soldiers killed"
        rf"(?:martyred|slain|killed)\s+(?:[\w\-]+\s+)?{VICTIM_NOUN}|{VICTIM_NOUN}\s+(?:killed|martyred|slain))|"
        # "a hospital source put fatalities far higher at 20", "placing deaths at 30"
        rf"(?:put|puts|putting|placed|places|placing)\s+(?:the\s+)?(?:fatalities|deaths|dead))\b"
        # (an abbreviation's full stop inside the gap: "the death toll from the Oct. 3 attack ... now stands at 23")
        rf"(?:[^.;]|(?:(?<=\b(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Gen|Col|Maj|Mrs))|(?<=\b(?-i:Lt|Dr|Mr|St))|(?<=\bSept)|(?<=\bCapt))\.){{0,200}}?"
        rf"\b{_TOLL_TO}\s+{_QUOTED_FIGURE}{NUM}(?!\s+of\s+(?:the|them|those|these)\b){NP}?",
        re.IGNORECASE,
    ),
    "injured": re.compile(
        rf"\b(?:(?:number|count|tally)\s+of\s+(?:the\s+)?(?:wounded|injured|people\s+(?:wounded|injured)|"
        rf"those\s+(?:who\s+were\s+)?(?:wounded|injured|hurt)|{VICTIM_NOUN}\s+(?:wounded|injured))|injury\s+toll)\b"
        # ("the count of wounded up by 7 percent to 1,480": the rate of the change is no figure)
        rf"[^.;\d]{{0,80}}?(?:\bby\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*(?:%|percent\b|per\s*cent\b)\s*)?\b{_TOLL_TO}\s+{_QUOTED_FIGURE}{NUM}{NP}?",
        re.IGNORECASE,
    ),
}
#: The subject of a passive named as part of a count just before it, without commas ("11 people including 3
#: women were killed"; not "21 casualties, including 18 wounded", a breakdown told apart)
_INCLUDING_BEFORE = re.compile(rf"(?:^|[^,;\w]\s*){NUMBER_EXPR}\s+(?:[\w'\u2019\-]+\s+){{1,3}}?including\s+$",
                               re.IGNORECASE)
#: Between a toll's noun and its figure: a clause of its own (a reason, a concession), or the state of
#: some of the wounded ("the condition of eight"): the figure after it is no toll
_TOLL_GAP_BREAK = re.compile(r"\b(?:because|although|though|whereas|unless|conditions?\s+of|"
                             # "the toll could swell as several victims were battling for life": a fear, no toll
                             r"(?:rise|swell|increase|climb|mount|grow|go\s+up)\s+(?:further\s+)?(?:as|since|with))\b",
                             re.IGNORECASE)
# "... first given as 100 and later revised to 84"
_RX_TOLL_NEXT = re.compile(
    rf"(?:[^.;\d]{{0,30}}?)\s+(?:and\s+|but\s+|before\s+(?:being\s+)?)?(?:was\s+)?(?:later\s+|then\s+|subsequently\s+|since\s+)?"
    rf"(?:revised|raised|lowered|updated|corrected|increased|rose|climbed|jumped|reduced|cut|brought\s+down)\s+"
    rf"(?:up\s+|down\s+)?(?:to|at)\s+{NUM}",
    re.IGNORECASE,
)
# "4,260 terrorism-linked fatalities", "900 conflict-related deaths": the cause of the deaths named before the noun
_VIOLENT_MOD = (r"(?:[a-z]+-(?:related|linked|connected|induced)|terror(?:ism|ist)?|militancy|militant|insurgency|"
                r"insurgent|conflict|combat|battle|war|violent|violence)")
#: Words that name (or qualify) whose deaths or injuries a noun counts: "12 militant deaths", "four more deaths",
#: "nine confirmed fatalities", "30 civilian injuries".
_TOLL_ADJ = (r"(?:civilian|military|American|U\.S\.|US|Afghan|Pakistani|police|security|coalition|NATO|soldier|troop|"
             r"militant|terrorist|insurgent|Taliban|rebel|attacker|army|child|student|worshipper|journalist|"
             r"more|further|additional|new|confirmed|reported|recorded|known|violent|such)")
_RX_NOUN = {  # ("dozens of deaths", "hundreds of fatalities": a vague count keeps its "of")
    "killed": re.compile(
        rf"{NUM}(?:(?<=[a-z]s)\s+of(?=\s))?\s+(?P<adj>{_TOLL_ADJ}\s+)?(?:{_VIOLENT_MOD}\s+)?(?:deaths|fatalities)\b(?!\s+(?:and|or|&)\s+(?:injuries|injured|wounded|casualties))",
        re.IGNORECASE,
    ),
    "injured": re.compile(rf"{NUM}\s+(?P<adj>{_TOLL_ADJ}\s+)?injuries\b", re.IGNORECASE),
}
# "the tragic loss of 11 lives", "injuries to eight others", "inflicting wounds on 30 people": the toll
# as the object of a noun
_RX_NOUN_OF = {
    "killed": re.compile(rf"\b(?:loss|losses)\s+of\s+{_OBJ_PRE}{NUM}\s+(?:(?:civilian|innocent|human|precious|"
                         rf"young|more)\s+)?lives\b", re.IGNORECASE),
    "injured": re.compile(rf"\b(?:injuries|injury|wounds)\s+(?:to|on)\s+{_OBJ_PRE}{NUM}{NP}?", re.IGNORECASE),
}
# "the blast left 3 people with serious injuries"
_RX_LEFT_WITH = re.compile(rf"\b(?:left|leaving|leaves)\s+{NUM}{NP}?\s+with\s+(?:\w+\s+)?(?:injuries|wounds)\b",
                           re.IGNORECASE)
# "Among the 21 victims was a professor", "among the 40 wounded": the toll inside a noun phrase
_RX_AMONG_N = re.compile(rf"\bamong\s+(?:the\s+)?{NUM}\s+(?:(?:people|persons)\s+)?"
                         rf"(?P<w>dead|killed|victims|fatalities|wounded|injured)\b", re.IGNORECASE)
_RX_OF = {  # (fastrx) \b(?:NOUNS)...
    "killed": word_prefixed(r"(?:killing|killings|murder|murders|massacre|deaths|death|lives|elimination|liquidation)",
                            rf"\.?\s+of\s+(?:all\s+|the\s+|some\s+)?{NUM}{NP}?"),
    "injured": word_prefixed(r"(?:injuring|wounding|injury|injuries)", rf"\s+of\s+(?:all\s+|the\s+|some\s+)?{NUM}{NP}?"),
}
_RX_LIVES = word_prefixed(  # (fastrx) \b(?:claimed|...)\s+NUM...
    r"(?:claimed|claiming|claims|took|taking|cost|costing|costs|lost)",
    rf"\s+{NUM}\s+(?:(?:civilian|innocent|human|more)\s+)?lives\b",
)
# continuation of a list of victims: "killed more than 100 Afghans and 13 American soldiers"
# "... were killed in the bombing at the airport, as well as 13 US troops"
_RX_TRAILING = re.compile(
    rf"[^.;,\d]{{0,80}}?,?\s+(?:as\s+well\s+as|in\s+addition\s+to|along\s+with|plus)\s+{NUM}{NP}", re.IGNORECASE
)
_TRAILING_WORDS = ("as well as", "in addition to", "along with", "plus")
# "Fourteen foreigners were killed and four Afghans.": a second group after the verb, with no verb of its own
_RX_AND_VERBLESS = re.compile(rf"\s*,?\s+and\s+(?:also\s+)?{NUM}{NP}"
                              rf"(?=\s*(?:[.;:\"\u201d\u2019)]|,\s*(?:[\"\u201d\u2019]|(?:[\w\-]+\s+){{0,6}}?(?:said|says|told|according)\b)|$))",
                              re.IGNORECASE)
_OWN_VERB = re.compile(
    r"\s+(?:[\w\-]+\s+){0,2}?(?:were|was|had|have|has|are|is|killed|died|wounded|injured|perished)\b", re.IGNORECASE
)
_RX_CONT = re.compile(
    rf"(?P<sep>\s*,\s*including\s+[^,.;\d]{{1,50}},\s*(?:and\s+)?|\s*,\s*(?:and\s+|including\s+|among\s+them\s+|along\s+with\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+plus\s+|"
    rf"\s+along\s+with\s+|\s*,?\s+including\s+|\s*\(\s*including\s+){NUM}{NP_GEN}",
    re.IGNORECASE,
)
_ACTIVE_AFTER = re.compile(
    r"\s+(?:\d|the\b|a\b|an\b|at\s+least|more\s+than|dozens|hundreds|scores|several|his\b|her\b|their\b|its\b|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|him\b|them\b)",
    re.IGNORECASE,
)

_ADJ_VICTIMS = {"civilian": "civilians", "child": "children", "army": "soldiers", "military": "soldiers", "soldier": "soldiers", "troop": "soldiers",
                "police": "police", "security": "security_forces", "american": "us_troops", "u.s.": "us_troops",
                "us": "us_troops", "afghan": "afghans", "pakistani": "pakistanis", "coalition": "soldiers",
                "nato": "soldiers", "taliban": "militants"}


_KILL_STEMS = re.compile(
    r"kill|dead|death|died|\bdies?\b|slay|slew|slain|massacr|murder|slaughter|perish|martyr|lives|toll|bodies|eliminat|"
    r"execut|behead|gunned|shot|fatalit|victims|among the|buried|deceased|neutrali|succumb|lynch|the life of"
)
_INJ_STEMS = re.compile(r"wound|injur|hurt|maim|harmed|hospital")
_REL_AUX = re.compile(r"(?:,\s*)?(?:who|that)?")
_COMBINED_NEXT = re.compile(r"\s+(?:or|and|and/or)\s+(?:wounded|injured|hurt|killed|dead)\b"
                            # "90, many of them women, were injured, killed", "were killed/wounded": two verbs, one figure
                            r"|(?:\s*,\s*|\s*/\s*)(?:wounded|injured|hurt|killed|dead)\b"
                            r"(?=\s*(?:[.;:'\"\u2019\u201d)]|$|\s+(?:in|by|during|when|after|on|at|or|and)\b))", re.IGNORECASE)
#: Words one of which every predicate of _RX_PASSIVE, _RX_PASSIVE_GEN and _RX_ADJ (of that kind) contains.
_PRED_STEMS = {
    "killed": ("killed", "dead", "die", "perish", "slain", "martyr", "lost", "murdered", "massacred", "executed", "succumb",
               "shot", "gunned", "beheaded", "burned", "to death", "lynched", "eliminated", "embraced", "attained", "among", "neutrali", "buried",
               "laid to rest"),
    "injured": ("wound", "injur", "hurt", "maim", "harmed", "hospital"),
}


# "The attack killed three Afghans and four others were wounded": "three Afghans" is the object of "killed",
# no subject of "were wounded"
_OBJECT_OF_VERB = re.compile(rf"\b(?:{_KILL_V}|{_KILL_V_WEAK}|{_INJ_V})\s+{_OBJ_PRE}$", re.IGNORECASE)
_PRED_IN_NP = re.compile(r"kill|dead|died|slain|martyr|lost|lives|murder|wound|injur|hurt|harmed|maim", re.IGNORECASE)
# a predicate of the other kind between a passive's count and its verb: the count is that clause's subject
_OTHER_PRED = {"injured": re.compile(r"\b(?:were|was|have\s+been|had\s+been)\s+(?:killed|dead|martyred|slain)\b|"
                                     # "eight guards embraced martyrdom while 20 more ... were wounded": the dead
                                     r"\b(?:embraced|attained)\s+(?:martyrdom|shahadat)\b|\blost\s+their\s+lives\b",
                                     re.IGNORECASE),
               "killed": re.compile(r"\b(?:were|was|have\s+been|had\s+been)\s+(?:wounded|injured|hurt)\b", re.IGNORECASE)}
# "140 Afghans and 11 American soldiers were killed": the groups before the one the verb reads
_RX_COORD = re.compile(rf"{NUM}{NP}(?:\s+(?:in|from)\s+(?:the\s+)?(?-i:[A-Z][\w'\u2019\-]+)(?:\s+(?-i:[A-Z][\w'\u2019\-]+)){{0,2}})?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)", re.IGNORECASE)
# "14 civilians killed and 55 wounded": the wounded are civilians too
_RX_ELLIPSIS = re.compile(
    rf"{NUMBER_EXPR}{NP}\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:killed|dead)\s*,?\s+and\s+$", re.IGNORECASE
)
# "12 lives were lost", and a headline's "A Dozen Lives Lost" (no auxiliary)
# "nine other injured victims died later", "four more of the wounded succumbed": the wounded who died, dead
_RX_WOUNDED_LATER_DIED = re.compile(
    rf"{NUM}\s+(?:(?:other|more|additional|further)\s+)?(?:of\s+the\s+)?(?:injured|wounded)(?:\s+(?:victims|people|"
    rf"persons|patients|civilians|soldiers|policemen|men|women|children|worshippers|worshipers))?\s+"
    rf"(?:(?:later|also|subsequently|since|then|have|has|had)\s+){{0,2}}(?:died|succumbed|passed\s+away)\b", re.IGNORECASE)
_RX_LIVES_LOST = re.compile(rf"{NUM}\s+(?:(?:civilian|innocent|human|precious|more)\s+)?lives\s+(?:(?:were|have\s+been|"
                            rf"had\s+been|was)\s+(?:\w+\s+)?)?lost\b", re.IGNORECASE)
_RX_AMONG_LIST = re.compile(
    # "Among the four killed were two guards", "Among the martyrs are seven girls", "Among the dead, 15 soldiers were ..."
    rf"\bamong(?:st)?\s+(?:the\s+)?(?:(?!{NUMBER_EXPR}\s+(?:of|per)\b){NUMBER_EXPR}\s+)?(?:dead|deceased|killed|victims|those\s+killed|"
    rf"fatalities|martyrs|martyred)\s*(?:(?:are|were|is|was|included?|including)\s+|(?P<comma>,)\s*){NUM}{NP_GEN}",
    re.IGNORECASE,
)
#: "Among the dead, 15 soldiers were from X while two were from Y": the second group of a fronted breakdown
_AMONG_WHILE = re.compile(rf"[^.;\d]{{0,80}}?\s(?:while|whereas|and)\s+{NUM}(?:{NP_GEN})?\s+(?:were|are|was)\s+"
                          rf"(?:from|of|with|members|belonged)\b", re.IGNORECASE)
_AMONG_THEN_HURT = re.compile(r"\s+(?:were|was|are|is)\s+(?:\w+\s+)?(?:wounded|injured|hurt|treated|hospitali[sz]ed)\b",
                              re.IGNORECASE)


# "The final toll included 23 soldiers, three railway employees and five passengers": the parts of a toll
_RX_TOLL_LIST = re.compile(
    rf"\b(?:(?:death\s+)?toll|the\s+dead|the\s+deceased|the\s+fatalities|those\s+killed|the\s+victims)\s+"
    rf"(?:(?:also|reportedly)\s+)?(?:included|includes|include|comprised|comprises|consisted\s+of)\s+{NUM}{NP_GEN}",
    re.IGNORECASE,
)

#: "Three of five fighters were killed", "two of his three children died": a count after "N of" (a possessive
#: or an article between) is the whole the part was taken from, no toll of its own
_DENOMINATOR_BEFORE = re.compile(
    r"(?:\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|"
    r"[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))\s+of\s+"
    r"(?:(?:the|his|her|their|its|our|your|these|those)\s+)?$", re.IGNORECASE)
#: a toll of the other kind (or a new count) between a toll and a revised figure: that clause's own
_OTHER_TOLL_NOUN = {
    "killed": re.compile(r"\b(?:wounded|injured|injuries|injury|hurt|casualties|number|count|tally)\b", re.IGNORECASE),
    "injured": re.compile(r"\b(?:killed|dead|deaths?|fatalities|died|casualties|number|count|tally)\b", re.IGNORECASE),
}
#: between a toll's noun and its figure, the noun of the other kind's count ("the final toll of victims ..., where the
#: number of injured reached 159"): the figure is that count's, not the toll's (wild9)
#: a toll noun joined to the other kind's ("the number of dead and wounded together stood at 40"): a combined figure
_COMBINED_TOLL_NOUN = re.compile(r"\b(?:dead|deaths|killed|fatalities|wounded|injured|injuries)\s+(?:and|or|and/or|&)\s+(?:the\s+)?"
                                 r"(?:dead|deaths|killed|fatalities|wounded|injured|injuries)\b", re.IGNORECASE)
_OTHER_COUNT_IN_GAP = {
    "killed": re.compile(r"\b(?:number|count|tally|toll)\s+of\s+(?:the\s+)?(?:injured|wounded|injuries)\b|\binjury\s+toll\b",
                         re.IGNORECASE),
    "injured": re.compile(r"\b(?:number|count|tally)\s+of\s+(?:the\s+)?(?:dead|deaths|killed|fatalities)\b|\bdeath\s+toll\b",
                          re.IGNORECASE),
}
#: "a photographer identified the four bodies at a hospital", "relatives have so far identified 12 bodies"
_IDENTIFIED_BEFORE = re.compile(r"\b(?:identified|identify|identifies|identifying|recogni[sz]ed|named)\s+(?:(?:so\s+far|only|"
                                r"already|now|also)\s+)?(?:the\s+|all\s+(?:the\s+)?|another\s+)?$", re.IGNORECASE)
