"""The patterns of strength claims (split from strength.py, whose rule reads them): the noun phrases of a
group's fighters or members, each rule's pattern, the words that make a figure something else, and the
substring gates that spare a sentence the scans that cannot match."""

from __future__ import annotations

import re

from .numbers import NUMBER_EXPR
from .rules import _FILL, NUM, word_prefixed
from .strengthwords import _STR_NOUN, _TALIBAN_NOUN

_STR_NOUN_OR_TALIBAN = rf"(?:{_STR_NOUN}\b|{_TALIBAN_NOUN})"
# ("5,000+ fighters", "2,000-plus fighters": the plus is read as "at least")
# ("60-70 leaders and cadres", "some 500 commanders and fighters": a pair of the group's ranks, one figure)
# ("2,500 of the Baloch Liberation Army's fighters": the group's name owns the noun)
_STR_NP = (rf"(?P<np>(?:\s*\+|-plus|[\u2019\u201d](?=\s))?\s+(?:of\s+(?:its\s+|their\s+|(?:the\s+)?(?-i:(?:[A-Z][\w\-]*\s+){{0,3}}[\w\-]+)['\u2019]s\s+)?)?"
           # ("25,000 full and part-time Taliban fighters": two adjectives joined)
           rf"(?:(?-i:[a-z][a-z\-]+)\s+(?:and|or)\s+(?-i:[a-z][a-z\-]+)\s+)?{_FILL}{{0,3}}?"
           rf"(?:(?:leaders|commanders|officers|members|fighters|cadres|militants)\s+(?:and|&)\s+)?{_STR_NOUN_OR_TALIBAN})")
_STR_PRE = (
    r"(?:has|have|had|having|with|numbering|numbered|numbers|number|fields|field|fielded|fielding|boasts|boasting|"
    r"boasted|commands|commanding|commanded|comprises|comprise|comprising|comprised\s+of|counts|count|counted|"
    r"maintains|maintain|maintained|maintaining|keeps|kept|retains|retain|retained|musters?|mustered|totals?|totaling|totalling|"
    r"reduced\s+to|down\s+to|cut\s+to|grew\s+to|grown\s+to|swelled\s+to|swollen\s+to|rose\s+to|risen\s+to|reached|shrunk\s+to|shrank\s+to|"
    r"dwindled\s+to|fell\s+to|declined\s+to|limited\s+to|capped\s+at|"
    r"(?:grew|grown|rose|risen|swelled|swollen|increased|jumped|climbed|fell|fallen|dropped|declined|decreased|shrunk|"
    r"shrank|dwindled)\s+from|(?:force|army|strength|membership|total|cadre|core|pool)\s+of|(?:can|could)\s+(?:(?:now|still|only|easily|reportedly|probably)\s+)?(?:call|draw|count|rely)\s+on|"
    r"estimates?\s+of|estimated\s+at|estimated|put\s+at|placed\s+at|"
    # the force a group can put in the field ("capable of deploying around 17,000 militiamen"; wild9)
    r"(?:capable\s+of|able\s+to)\s+(?:deploying|deploy|fielding|field|mobili[sz]ing|mobili[sz]e|mustering|muster|arming|arm)|"
    r"(?:can|could)\s+(?:(?:now|still|reportedly|probably)\s+)?(?:deploy|mobili[sz]e)|"
    # "has gathered 7,500 fighters", "mobilised some 3,000 militiamen": a force gathered
    r"assembled|amassed|mobili[sz]ed|"
    r"put\s+(?:the\s+)?(?:group|it|them|its\s+\w+|the\s+\w+)\s+at|"
    r"there\s+(?:are|were|is|(?:may|might|could|must|would)\s+(?:still\s+|now\s+)?be)(?:\s+(?:now|still|believed\s+to\s+be|thought\s+to\s+be|estimated\s+to\s+be|said\s+to\s+be))?)"
)
_CAPABLE_PRE = re.compile(r"(?:capable|able|can|could)\b", re.IGNORECASE)
_RX_STR_POSS = word_prefixed(  # (fastrx) \b(?P<pre>STR_PRE)\s+...
    # ('"can field" from 9,000 to 12,000 men': the verb quoted; "possibly even fewer than 200")
    _STR_PRE, rf"[\"\u201d\u2019]?\s+[\"\u201c\u2018]?(?:(?:still|now|only|just(?!\s+(?:under|over|shy|below|above)\b)|perhaps|possibly|probably|likely|currently|"
    rf"already|hardly|barely|scarcely|anywhere|even)\s+){{0,2}}"
    rf"{NUM}{_STR_NP}",
    name="pre",
)
# "ISKP is estimated to number between 4,000 and 6,000": the verb "number" needs no member noun
_RX_STR_NUMBERS = re.compile(
    rf"(?<!\bthe\s)(?<!\ba\s)\b(?:to\s+number|numbers|numbering|numbered|number)\s+(?:(?:still|now|only|just(?!\s+(?:under|over|shy|below)\b)|perhaps|"
    rf"possibly|probably|likely|currently|already|roughly|anywhere)\s+)?{NUM}(?P<np>)(?!{_STR_NP.replace('?P<np>', '?:')})",
    re.IGNORECASE,
)
# "its 4,000 fighters", "the group's 2,000 militants": a possessive before the figure
# (read at the count phrases: the possessive is looked for just before one)
_RX_STR_OWNED = re.compile(rf"{NUM}{_STR_NP}", re.IGNORECASE)
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:its|their)|[A-Z][\w\-]*['\u2019]s|\b(?:group|outfit|organi[sz]ation|movement|network|faction)['\u2019]s)\s+"
    r"(?:(?:an\s+)?estimated\s+)?$",
)
_RX_STR_NOUN = word_prefixed(  # (fastrx) \b(?:strength|...)\b...
    r"(?:strength|membership|manpower|fighting\s+force|ranks|size|numbers|number|force|figure|figures|estimate|"
    r"total|peak|cadre)", rf"\b[^.;\d]{{0,130}}?(?:\b(?:at|to|of|around|about|is|was|are|were|estimated|stands\s+at|numbering|number|(?:fell|fallen|dropped|dipped|"
    rf"slipped|sank|sunk|rose|risen|climbed|grew|grown)(?=\s+(?:below|under|above|over|beyond)\b))|\s(?:--|\u2014|\u2013))\s+"
    rf"[\"\u201c]?(?:(?:perhaps|possibly|probably|maybe|still|now|only|just(?!\s+(?:under|over|shy|below)\b)|hardly|barely|"
    # ("put at roughly between 3,000 and 4,000": a hedge before a range's "between")
    rf"scarcely|anywhere|be)\s+){{0,2}}(?:(?:approximately|roughly|about|around|some)\s+(?=between\s))?"
    rf"{NUM}(?:{_STR_NP})?",  # ("put its strength to be at least 60,000")
)
# (_RX_STR_OWNED also reads any count of fighters in a sentence that speaks of an estimate:
# "spoke of roughly 2,000 fighters")
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
    r"to|from|or|with|making|down|up|compared|since|between|after|before|following|amid)\b)",
    re.IGNORECASE,
)
# ("the 600 to 800 fighters believed to be in the country": a reduced relative clause, no verb before it)
_RX_STR_SUBJ = re.compile(
    rf"{NUM}{_STR_NP}\s+(?P<cop>(?:(?:who|that)\s+)?(?:are|were|is)\s+)?(?:(?:now|still)\s+)?(?:believed|thought|estimated|said|reported|"
    rf"understood)\s+to\s+(?:be\s+)?(?:(?:still|now|currently)\s+)?(?:in|with|operat|active|fight|belong|serv|have|present|based)",
    re.IGNORECASE,
)
# "About 500 fighters of the group operate in Badakhshan": fighters counted where they are active
# ("... fighters belonging to ISKP operate in Kunar", "affiliated with the TTP")
_NO_MONTH = r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?-i:(?=[A-Z]))"
_RX_STR_OPERATE = re.compile(
    # ("6,000 fighters from the TTP have been operating from ...": "from" a group the alias table knows, checked by the rule)
    rf"{NUM}{_STR_NP}(?P<of>\s+(?P<from>from\s+)?(?(from)|(?:of|belonging\s+to|affiliated\s+with|aligned\s+with)\s+)(?:the\s+|this\s+|that\s+)?(?:(?:militant|terrorist|jihadist|armed|extremist)\s+)?"
    rf"(?:group|organi[sz]ation|outfit|movement|network|faction|affiliate|branch|[A-Z][\w\-\u2019']+"
    rf"(?:\s+[A-Z][\w\-\u2019']+){{0,3}})(?:\s*\((?-i:[A-Z][A-Za-z\-]{{1,9}})\))?)?\s+(?:(?:reportedly|currently|still|now|also|mainly|mostly|primarily|"
    rf"(?:have|has|had)(?=\s+(?:\w+\s+)?been\s+operating)|been(?=\s+operating)|"
    rf"(?:are|were)\s+(?:believed|thought|said|estimated|reported)\s+to)\s+){{0,3}}"
    # ('... are "always active" in the country': an adverb, scare quotes)
    # ("20,000-30,000 fighters left in Iraq and Syria", "30,000 militants still roam Iraq and Syria": a place named, no month)
    rf"(?:(?P<left>(?:(?:are|were)\s+)?(?:left|remaining)(?=\s+(?:in|across|inside)\s+(?:the\s+)?{_NO_MONTH}[A-Z])|roam(?=\s+(?:the\s+)?{_NO_MONTH}[A-Z]))|"
    rf"(?:operate|operates|operated|operating|reside|live|(?:are|were|remain)\s+[\"\u201c]?(?:now\s+|still\s+|always\s+|permanently\s+)?(?:active|based|present|operating|"
    rf"concentrated|located|entrenched|hiding|sheltering|living|residing|settled|scattered|holed\s+up)|"
    rf"(?:have|had)\s+(?:now\s+)?(?:settled|relocated|moved)|remain)[\"\u201d]?(?=\s+(?:in|across|inside|along|throughout|from)\b)|"
    rf"(?:belong|belonged)(?=\s+to\b)|"
    # "between 3,000 and 5,000 fighters are under the command of the TTP"
    rf"(?P<cmd>(?:are|were|remain|remained)\s+(?:now\s+|still\s+)?under\s+(?:the\s+)?(?:command|control|orders)\s+of)(?=\s)|(?:are|were)(?=\s+(?:now\s+|still\s+|currently\s+)?(?:in|inside)\s+[A-Z])|"
    # "about 6,000 of its fighters are on the Afghan side of the border"
    rf"(?:are|were)(?=\s+(?:now\s+|still\s+|currently\s+)?on\s+(?:the\s+|both\s+)?(?:[\w\-]+\s+){{0,2}}?(?:sides?|soil|territory)\b)|"
    # "some 250 gunmen remain loyal to the faction in the district": members of the group named after
    rf"(?P<aff>(?:are|were|remain|remained|stay|stayed)\s+(?:now\s+|still\s+|currently\s+|actively\s+|directly\s+)?"
    rf"(?:affiliated|associated|aligned|linked|attached|loyal)(?=\s+(?:with|to)\s+(?P<with>(?:the|this|that|its|their)\s+(?:[\w\-]+\s+)?"
    rf"(?:group|outfit|organi[sz]ation|network|movement|faction|affiliate|branch)\b|[A-Z]))))",
    re.IGNORECASE,
)
# "ISKP's cadre strength stood at 1,500": a size noun that needs no member noun when a group is named
_OWN_SIZE = re.compile(r"(?:strength|membership|manpower|ranks|fighting\s+force|cadre)\b", re.IGNORECASE)
_OWNED_NUMBERS = re.compile(r"(?:['\u2019]s|\bits|\btheir)\s+numbers\b", re.IGNORECASE)
# "the number of this division is 50,000": the size of an armed unit named by its noun
_UNIT_NUMBER = re.compile(r"number\s+of\s+(?:this|that|the|its|their)\s+(?:division|brigade|militia|group|outfit|"
                          r"organi[sz]ation|network|faction)\s+(?:is|was|stands\s+at|stood\s+at|has\s+reached|reached)\s",
                          re.IGNORECASE)
# "between 12-14 thousand Afghans were fighting in Syria": nationals fighting abroad for a group named
_RX_STR_ABROAD = re.compile(rf"{NUM}\s+(?:of\s+)?(?P<np>(?-i:[A-Z][a-z]+(?:is|ns|es|s)|(?:(?:Pakistani|Afghan)\s+)?Taliban))\s+(?:were|are|have\s+been|had\s+been)\s+"
                            rf"(?:still\s+|now\s+)?fighting\s+(?:in|for|alongside)(?=\s)", re.IGNORECASE)
# "200 Tajik citizens are in the ranks of X", "some 500 Uzbeks fight in the ranks of X", "have joined the ranks of"
_RX_STR_RANKS = re.compile(
    rf"{NUM}(?P<np>\s+(?:[\w\-]+\s+){{0,3}}?[a-z]+(?:s|men|people))\s+(?:are|were|is|remain|remained|have\s+been|had\s+been|"
    rf"serve|served|fight|fought|(?:are|were)\s+(?:fighting|serving)|(?:have|had)\s+(?:joined|swelled)|joined|swelled)\s+"
    rf"(?:(?:now|still|currently|reportedly|already)\s+)?(?:(?:in|within|among)\s+)?the\s+ranks\s+of\s+(?=\S)", re.IGNORECASE)
# nouns reporters use for attackers as often as for members: a strength only of a group named or meant
_ATTACKER_NOUN = re.compile(r"\b(?:terrorists|rebels|militiamen|guerrillas)\b", re.IGNORECASE)
_GROUP_ANAPHOR = re.compile(r"\b(?:the|this|that|its|their)\s+(?:(?:militant|terrorist|jihadist|banned|outlawed|"
                            r"armed|extremist)\s+)?(?:group|outfit|organi[sz]ation|network|movement|faction|affiliate|"
                            r"branch)\b", re.IGNORECASE)
#: "the group's ranks", "the outfit's strength": the size noun owned by the group meant
_GROUP_POSSESSIVE = re.compile(r"\b(?:the|this|that)\s+(?:(?:militant|terrorist|jihadist|banned|outlawed|armed|extremist)\s+)?"
                               r"(?:group|outfit|organi[sz]ation|network|movement|faction|affiliate|branch|militia)['\u2019]s\s+"
                               r"(?:(?:fighting|total|overall|current|active|estimated|combined)\s+)?$",
                               re.IGNORECASE)
_NOT_GROUP_MEN = re.compile(r"\b(?:(?<!foot\s)soldiers|personnel|troops|police|policemen|(?<!armed\s)men(?!\s+under\s+arms))\b",
                            re.IGNORECASE)
# 'Approximately "500 fighters ...," the report says': a hedge left outside the quotation
_HEDGE_QUOTE = re.compile(
    r"\b(?P<h>approximately|about|around|roughly|some|nearly|almost|over|more\s+than|at\s+least|up\s+to|"
    r"an\s+estimated|as\s+many\s+as)\s*[\"\u201c]\s*$", re.IGNORECASE)
# "some 15,000 fighters who owe allegiance to X", "3,000 militants loyal to a commander": the men a leader
# or group can count on
_RX_STR_ALLEGIANCE = re.compile(
    rf"{NUM}{_STR_NP}\s*,?\s+(?:(?:(?:all|most|many)\s+of\s+)?(?:who|whom|that|which)\s+)?(?:(?:are|were|remain|remained|have|had|has|all|now|still|reportedly|"
    rf"openly|formally)\s+){{0,2}}(?:(?:owe|owes|owed|owing|pledge|pledged|pledging|swear|swore|sworn|swearing|profess|"
    rf"professed|give|gave|given)\s+(?:their\s+|an?\s+oath\s+of\s+)?(?:allegiance|loyalty|fealty|bay[ae]t)|"
    rf"(?:loyal|answerable|beholden|subordinate)(?=\s+to\b))",
    re.IGNORECASE,
)
# "made up of a dozen factions and several thousand cadres", "has a shura council and 5,000 fighters": the
# figure coordinated after another thing the group has (read where a group is named, at the count phrases)
_COORD_BEFORE = re.compile(
    r"\b(?:comprising|comprises|comprise|comprised\s+of|consisting\s+of|consists\s+of|made\s+up\s+of|boasts?|boasting|"
    r"has|have|had|having|with|commands?|commanding|fields?|fielding)\s+(?:(?!and\b|or\b)[\w\-]+,?\s+){1,5}?(?:and|as\s+well\s+as|"
    r"plus)\s+$",
    re.IGNORECASE,
)
_COORD_WORDS = ("and", "And", "plus", "as well as")  # (a cheap test of what _COORD_BEFORE ends with)
# "Lashkar-e-Taiba, numbering some 5,000 men": the verb the shared check reads as a label ("numbering 5")
_NUMBERING_BEFORE = re.compile(r"\bnumber(?:ing|ed|s)?\s+(?:(?:some|about|around|roughly|perhaps|an\s+estimated|nearly|"
                               r"over|more\s+than|at\s+least|up\s+to|between)\s+)?$", re.IGNORECASE)
#: "its active sympathisers vary between ...": the members of the group meant, owned before the verb
_OWNED_MEMBERS = re.compile(rf"(?:\b(?:its|their)|['\u2019]s)\s+(?:[\w\-]+\s+){{0,2}}?{_STR_NOUN}\b", re.IGNORECASE)
_AROUND_BEFORE = re.compile(  # ("strength numbers upwards of 1,500": the hedge's "of" read as the noun's)
    r"\b(around|about|upwards\s+of|in\s+excess\s+of|close\s+to|up\s+to|a\s+minimum\s+of|just\s+shy\s+of)\s+$", re.IGNORECASE)
# "The TTP commands an army of 5,000": the group's force with no member noun
_RX_STR_ARMY = re.compile(
    rf"\b(?:has|have|had|having|commands?|commanded|commanding|fields?|fielded|boasts?|boasted|built|raised|musters?|"
    rf"mustered|maintains?|maintained|leads?|led|is|was|remains)\s+(?:an?\s+)?(?:(?:standing|private|fighting|militia|estimated)\s+)?"
    rf"(?:army|force|militia)\s+(?:of|(?:estimated|put|reckoned|thought|believed)\s+(?:at|to\s+number))\s+{NUM}(?P<np>)(?!{_STR_NP.replace('?P<np>', '?:')})",
    re.IGNORECASE,
)
_OTHER_SUBJECT = re.compile(r"\b(?:which|who|whose|while|whereas|but|against|fights?|fighting|fought|Pakistan|Afghanistan|"
                            r"government|state|army)\b", re.IGNORECASE)
# "the group's cadres are estimated at 400", "its fighters are put at around 2,000": the owned members' estimate
_RX_STR_OWNED_EST = re.compile(
    # ("ISKP's fighters, estimated at around 4,000, are ...": the estimate in an aside)
    # ("ISWAP cadres are estimated at 5,000": a group's name before the noun, checked by the rule)
    rf"(?:\b(?:its|their)|['\u2019]s|(?P<name>(?-i:[A-Z])[\w\-]*))\s+(?:[\w\-]+\s+)?{_STR_NOUN}(?:\s+(?:are|were|is|was|have\s+been|had\s+been)\s+|\s*,\s*)"
    rf"(?:now\s+|currently\s+|variously\s+|widely\s+)?(?:estimated|put|placed|reckoned|believed|thought|said|reported|assessed)\s+"
    rf"(?:at|to\s+be|to\s+number)\s+(?:anywhere\s+)?{NUM}(?P<np>)",
    re.IGNORECASE,
)
# ("a 40,000-member military wing", "a 5,000-man militia": the size as an adjective, read where a group is named)
# ("Boko Haram is 5,000 militants strong": the member noun between the figure and "strong")
_RX_STR_STRONG = re.compile(rf"{NUM}(?P<np>(?:\s+{_STR_NOUN}(?=\s+strong\b))?)[\-\s](?:strong\b|(?P<adj>member|man)\b(?!-))",
                            re.IGNORECASE)
# "... 3,000 fighters, with about 1,700 of them concentrated in Kunar": a part of the figure before, in a place
_RX_STR_SUBSET = re.compile(
    rf"{NUM}(?P<np>)\s+of\s+(?:them|whom|these)\s+(?:(?:are|were|is|being|now|mostly|reportedly|believed\s+to\s+be)\s+){{0,2}}"
    rf"(?:(?:concentrated|based|located|operating|active|deployed|stationed|present|positioned)\s+)?(?=in\b|across\b|inside\b)",
    re.IGNORECASE,
)
# "a covert ISIL-K presence of up to 40 persons in Jowzjan": a group's presence counted in people
_RX_STR_PRESENCE = re.compile(
    rf"\bpresence\s+of\s+{NUM}(?P<np>\s+(?:persons|people|individuals|fighters|members|militants|operatives))\b",
    re.IGNORECASE,
)
# "... 3,000 fighters in 2016 and perhaps 1,500 by 2020": the noun elided in a figure of another year
_RX_STR_NEXT_YEAR = re.compile(
    rf"(?:\s+(?:in|by)\s+(?:19|20)\d\d)?\s*,?\s+(?:and|but|to|down\s+to|up\s+to)\s+(?:at\s+)?"
    rf"(?:(?:perhaps|possibly|probably|maybe|only|just|still)\s+)?{NUM}(?=\s+(?:by|in)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# "guesses at its size range from 2,000 armed men to as few as 700": one interval
_RX_STR_VARY = re.compile(
    rf"\b(?:vary|varies|varied|varying|range|ranges|ranged|ranging|differ|differs|differed|differing)"
    rf"(?:\s+(?:widely|wildly|greatly|considerably|enormously|hugely|significantly|sharply|dramatically|a\s+lot))?"
    # ("range from 2,500 and 6,000 members": "and" for "to")
    rf"(?:\s*[:,\u2013\u2014]\s*|\s+-\s+|\s+)(?:anywhere\s+)?(?:from\s+{NUM}{_STR_NP}?\s+(?:to|and)\s+"
    rf"(?:as\s+(?:low|few|little|high|many|much)\s+as\s+)?(?P<num2>{NUMBER_EXPR})|(?P<between>(?=between\s){NUMBER_EXPR}))"
    rf"(?:{_STR_NP.replace('?P<np>', '?:')})?",
    re.IGNORECASE,
)
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
#: the second figure of "vary from 2,500 and 6,000": the range's end, read by the range rule with its start
RANGE_AND_BEFORE = re.compile(rf"\b(?:vary|varies|varied|varying|range|ranges|ranged|ranging)\s+(?:anywhere\s+)?from\s+"
                              rf"{NUMBER_EXPR}\s+and\s+$", re.IGNORECASE)
# 'The "several hundred" members of the Afghanistan-based AQIS are ...': the whole membership, a group named after "of"
_RX_STR_THE_MEMBERS = re.compile(rf"\bthe\s+[\"\u201c]?{NUM}[\"\u201d\u2019]?(?P<np>\s+(?:[\w\-]+\s+){{0,2}}?{_STR_NOUN})(?=\s+of\s)",
                                 re.IGNORECASE)
# "the group's leadership is said to consist of 40 to 70 people": a group's body counted in persons
_RX_STR_CONSIST = re.compile(rf"\b(?:consists?|consisted|consisting|comprises?|comprised|comprising|made\s+up)\s+of\s+"
                             rf"(?:(?:only|just|perhaps|roughly)\s+)?{NUM}(?P<np>\s+(?:people|persons|individuals))\b", re.IGNORECASE)
# "TTP militants, who number no more than a few hundred, shelter in ...": the figure in a relative clause on the members
_RX_STR_WHO_ARE = re.compile(rf"\b{_STR_NOUN}\s*,?\s+(?:who|which)\s+(?:are|were|number|numbered|total)\s+(?:(?:now|still|only|probably|perhaps)\s+)?"
                             rf"{NUM}(?P<np>)(?=\s*[,.;)\u2013\u2014])", re.IGNORECASE)
# "a 600-member police force", "a 1,000-man peacekeeping contingent": a state's force after the size adjective
_STATE_FORCE_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:police|army|security|government|border|national|peacekeep\w*|"
                                r"troops|contingent|coalition|delegation|team|committee|commission|council|jirga)\b", re.IGNORECASE)
# "the size of the Taliban was between 25,000 and 35,000 people": a size noun owned by the group named after it
_SIZE_OF = re.compile(r"(?:size|strength|membership|manpower|ranks)\s+of\b", re.IGNORECASE)
_PERSONS_AFTER = re.compile(r"\s+(?:people|persons|individuals)\b", re.IGNORECASE)
# "the majority of the 600 to 800 fighters believed to be ...": a share of the whole, which is the figure told
_PARTITIVE_BEFORE = re.compile(r"\b(?:majority|most|many|all|bulk|much|half|part|some|several|rest)"
                               r"\s+of\s+(?:the|these|those|its|their)\s+(?:estimated\s+)?$", re.IGNORECASE)
class _Substrings:
    """A gate as plain substrings (``.search(low)`` as a compiled pattern's): cheaper than an alternation."""

    def __init__(self, *stems: str):
        self.stems = stems

    def search(self, low: str) -> bool:
        return any(map(low.__contains__, self.stems))


_STR_GATES = {
    "possessive": re.compile(r"fighters|members|militants|\bmen\b|loyalists|operatives|recruits|combatants|jihadi|"
                             r"insurgents|cadres|terrorists|rebels|guerrillas|militiamen|followers|adherents|gunmen|"
                             r"mujahideen|soldiers|personnel|sympathi|taliban"),
    "noun": re.compile(r"strength|membership|manpower|force|ranks|size|number|figure|estimate|total|peak|cadre"),
    "estimate": re.compile(r"fighters|members|militants|\bmen\b|under\s+arms|loyalists|operatives|recruits|combatants|jihadi|"
                           r"insurgents|cadres|terrorists|rebels|guerrillas|militiamen|followers|adherents|mujahideen|"
                           r"sympathi|foot\s+soldiers|taliban"),
    "subject": re.compile(r"believed|thought|estimated|said|reported|understood"),
    "strong": re.compile(r"strong|\d-member\b|\d-man\b"),
    "owned_est": _Substrings("estimated", "put at", "placed at", "reckoned", "to be ", "assessed", "to number"),
    "army": _Substrings("army of", "force of", "militia of", "army estimated", "force estimated", "force put",
                        "force reckoned", "force thought", "force believed"),
    "allegiance": _Substrings("allegiance", "loyal", "fealty", "baya", "bayet", "answerable", "beholden", "subordinate"),
    "coord": _Substrings(" and ", "as well as", " plus "),
    "numbers": re.compile(r"number"),
    "owned": re.compile(r"(?:its|their|'s|\u2019s)\s"),
    "operate": re.compile(r"operat|active|based|present|concentrated|located|entrenched|hiding|holed|remain|resid|left|roam|"
                          r"\blive|living|shelter|settled|scattered|relocated|moved|belong|affiliat|associat|aligned|linked|"
                          r"attached|loyal|under\s+(?:the\s+)?(?:command|control|orders)|"
                          r"\b(?:are|were)\s+(?:now\s+|still\s+|currently\s+)?(?:in|inside|on)\s"),
}


#: the figure nouns of a strength estimate whose fighters were named in the sentence before
FIGURE_NOUN_CUE = re.compile(r"\b(?:numbers?|figures?|estimates?|total|strength|size|left|remaining|(?:were|are)\s+(?:actively\s+)?fighting\s+in|"
                             r"(?:reduced|cut|whittled|brought|shrunk|shrank|trimmed)\s+(?:it|them)\s+(?:down\s+)?to)\b")
# "... how many fighters the group still has. ... up to 15,000 left in Iraq and 12,000 in Syria": the noun elided
_RX_STR_LEFT = re.compile(rf"{NUM}(?P<np>)\s+(?:(?:were|are|was|is)\s+(?:still\s+)?)?(?:left|remaining|(?<=were\s)(?:actively\s+)?fighting|"
                          rf"(?<=are\s)(?:actively\s+)?fighting)"
                          rf"(?=\s+(?:in|across|inside)\s+[A-Z])", re.IGNORECASE)
_RX_STR_LEFT_AND = re.compile(
    rf"\s*,?\s+(?:and|while|with)\s+(?:(?:another|perhaps|possibly)\s+)?{NUM}(?P<np>)"
    rf"(?=\s+(?:in|across|inside)\s+[A-Z])",
    re.IGNORECASE,
)
_WITH = re.compile(r"with", re.IGNORECASE)
# "..., a danger to the whole region, was put at": an aside between commas, then the verb
_ASIDE_THEN_VERB = re.compile(
    r",[^,;]{3,80},\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|stands|stood|remains|remained|reached)\b"
    r"[^,;]{0,40}$", re.IGNORECASE)
# "the number of people/refugees/attacks ...": the figure counts someone or something else
_OF_OTHERS = re.compile(
    r"\w+\s+of\s+(?:the\s+|these\s+|those\s+)?(?:[\w\-]+\s+)?(?:people(?!\s+under\s+arms)|persons|civilians|families|refugees|residents|"
    r"children|women|students|pilgrims|migrants|returnees|households|displaced|villagers|worshippers|prisoners|"
    r"detainees|inmates|attacks|incidents|casualties|victims|deaths|dead|troops|police|policemen|voters|visitors)\b",
    re.IGNORECASE,
)
STRENGTH_NOUN_RX = re.compile(rf"\d[\d,]*\s+(?:[\w\-]+\s+){{0,3}}?{_STR_NOUN}\b|\b{_STR_NOUN}\b", re.IGNORECASE)
