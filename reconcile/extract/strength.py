"""strength claims: fighters or members of an armed group."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import aliases
from .numbers import MAX_PLAUSIBLE, NUMBER_EXPR, Count, parse_count, strip_refs
from .rules import (  # the shared pieces
    _FILL,
    NUM,
    Found,
    _anchored,
    _count_ok,
    number_starts,
    word_prefixed,
)
from .strengthframe import (  # scope and change of a figure
    _CASUALTY_NEAR,
    _CHANGE_BEFORE,
    _FAMILY,
    _FAMILY_AFTER,
    _SCOPE_AFTER,
    UNREAD,
    _figure_now,
    _scope_before,
    estimate_figures,
)
from .strengthwords import (  # whose men a figure counts, what part of a figure a phrase is
    _AMBIG_MEN,
    _AN_BEFORE,
    _GROUP_MEANT,
    _MEMBER_NOUN,
    _OF_ITS,
    _PART_BEFORE,
    _RX_STR_REDUCED,
    _STATE_MEN,
    _STATE_WORDS,
    _STR_BAD_AFTER,
    _STR_BAD_BEFORE,
    _STR_NOUN,
    _STR_PRISON,
    _TALIBAN_NOUN,
    _TALIBAN_NP,
    _VAGUE_HEAD,
    _with_group_after,
    breakdown,
    group_before,
)

# ------------------------------------------------------------------ strength
_STR_NOUN_OR_TALIBAN = rf"(?:{_STR_NOUN}\b|{_TALIBAN_NOUN})"
# ("5,000+ fighters", "2,000-plus fighters": the plus is read as "at least")
# ("60-70 leaders and cadres", "some 500 commanders and fighters": a pair of the group's ranks, one figure)
# ("2,500 of the Baloch Liberation Army's fighters": the group's name owns the noun)
_STR_NP = (rf"(?P<np>(?:\s*\+|-plus)?\s+(?:of\s+(?:its\s+|their\s+|(?:the\s+)?(?-i:(?:[A-Z][\w\-]*\s+){{0,3}}[\w\-]+)['\u2019]s\s+)?)?"
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
    r"there\s+(?:are|were|is)(?:\s+(?:now|still|believed\s+to\s+be|thought\s+to\s+be|estimated\s+to\s+be|said\s+to\s+be))?)"
)
_CAPABLE_PRE = re.compile(r"(?:capable|able|can|could)\b", re.IGNORECASE)
_RX_STR_POSS = word_prefixed(  # (fastrx) \b(?P<pre>STR_PRE)\s+...
    _STR_PRE, rf"\s+[\"\u201c\u2018]?(?:(?:still|now|only|just(?!\s+(?:under|over|shy|below|above)\b)|perhaps|possibly|probably|likely|currently|"
    rf"already|hardly|barely|scarcely|anywhere)\s+){{0,2}}"
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
    r"total|peak|cadre)", rf"\b[^.;\d]{{0,130}}?(?:\b(?:at|to|of|around|about|is|was|are|stands\s+at|numbering|number|(?:fell|fallen|dropped|dipped|"
    rf"slipped|sank|sunk|rose|risen|climbed|grew|grown)(?=\s+(?:below|under|above|over|beyond)\b))|\s(?:--|\u2014|\u2013))\s+"
    rf"[\"\u201c]?(?:(?:perhaps|possibly|probably|maybe|still|now|only|just(?!\s+(?:under|over|shy|below)\b)|hardly|barely|"
    rf"scarcely|anywhere|be)\s+)?{NUM}(?:{_STR_NP})?",  # ("put its strength to be at least 60,000")
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
_RX_STR_SUBJ = re.compile(
    rf"{NUM}{_STR_NP}\s+(?:are|were|is)\s+(?:(?:now|still)\s+)?(?:believed|thought|estimated|said|reported|"
    rf"understood)\s+to\s+(?:be\s+)?(?:in|with|operat|active|fight|belong|serv|have)",
    re.IGNORECASE,
)
# "About 500 fighters of the group operate in Badakhshan": fighters counted where they are active
# ("... fighters belonging to ISKP operate in Kunar", "affiliated with the TTP")
_RX_STR_OPERATE = re.compile(
    rf"{NUM}{_STR_NP}(?P<of>\s+(?:of|belonging\s+to|affiliated\s+with|aligned\s+with)\s+(?:the\s+|this\s+|that\s+)?(?:(?:militant|terrorist|jihadist|armed|extremist)\s+)?"
    rf"(?:group|organi[sz]ation|outfit|movement|network|faction|affiliate|branch|[A-Z][\w\-\u2019']+"
    rf"(?:\s+[A-Z][\w\-\u2019']+){{0,3}})(?:\s*\((?-i:[A-Z][A-Za-z\-]{{1,9}})\))?)?\s+(?:(?:reportedly|currently|still|now|also|mainly|mostly|primarily|"
    rf"(?:are|were)\s+(?:believed|thought|said|estimated|reported)\s+to)\s+){{0,2}}"
    # ('... are "always active" in the country': an adverb, scare quotes)
    rf"(?:(?:operate|operates|operated|operating|reside|live|(?:are|were|remain)\s+[\"\u201c]?(?:now\s+|still\s+|always\s+|permanently\s+)?(?:active|based|present|operating|"
    rf"concentrated|located|entrenched|hiding|sheltering|living|residing|settled|scattered|holed\s+up)|"
    rf"(?:have|had)\s+(?:now\s+)?(?:settled|relocated|moved)|remain)[\"\u201d]?(?=\s+(?:in|across|inside|along|throughout|from)\b)|"
    rf"(?:belong|belonged)(?=\s+to\b)|"
    # "between 3,000 and 5,000 fighters are under the command of the TTP"
    rf"(?P<cmd>(?:are|were|remain|remained)\s+(?:now\s+|still\s+)?under\s+(?:the\s+)?(?:command|control|orders)\s+of)(?=\s)|(?:are|were)(?=\s+(?:now\s+|still\s+|currently\s+)?(?:in|inside)\s+[A-Z])|"
    # "at least 60 militants are affiliated with the outfit in the Valley": members of the group named after
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
# "comprising numerous groups and tens of thousands of members", "has a shura council and 5,000 fighters": the
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
    rf"(?:\b(?:its|their)|['\u2019]s)\s+(?:[\w\-]+\s+)?{_STR_NOUN}(?:\s+(?:are|were|is|was|have\s+been|had\s+been)\s+|\s*,\s*)"
    rf"(?:now\s+|currently\s+|variously\s+|widely\s+)?(?:estimated|put|placed|reckoned|believed|thought|said|reported|assessed)\s+"
    rf"(?:at|to\s+be|to\s+number)\s+(?:anywhere\s+)?{NUM}(?P<np>)",
    re.IGNORECASE,
)
_RX_STR_STRONG = re.compile(rf"{NUM}(?P<np>)[\-\s]strong\b", re.IGNORECASE)
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
    rf"(?:\s+(?:in|by)\s+(?:19|20)\d\d)?\s*,?\s+(?:and|but|to|down\s+to|up\s+to)\s+"
    rf"(?:(?:perhaps|possibly|probably|maybe|only|just|still)\s+)?{NUM}(?=\s+(?:by|in)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# "estimates of its strength vary from several thousand active fighters to as low as 400": one interval
_RX_STR_VARY = re.compile(
    rf"\b(?:vary|varies|varied|varying|range|ranges|ranged|ranging|differ|differs|differed|differing)"
    rf"(?:\s+(?:widely|wildly|greatly|considerably|enormously|hugely|significantly|sharply|dramatically|a\s+lot))?"
    rf"(?:\s*[:,\u2013\u2014]\s*|\s+-\s+|\s+)(?:anywhere\s+)?(?:from\s+{NUM}{_STR_NP}?\s+to\s+"
    rf"(?:as\s+(?:low|few|little|high|many|much)\s+as\s+)?(?P<num2>{NUMBER_EXPR})|(?P<between>(?=between\s){NUMBER_EXPR}))"
    rf"(?:{_STR_NP.replace('?P<np>', '?:')})?",
    re.IGNORECASE,
)
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
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
    "estimate": re.compile(r"fighters|members|militants|\bmen\b|loyalists|operatives|recruits|combatants|jihadi|"
                           r"insurgents|cadres|terrorists|rebels|guerrillas|militiamen|followers|adherents|mujahideen|"
                           r"sympathi|foot\s+soldiers|taliban"),
    "subject": re.compile(r"believed|thought|estimated|said|reported|understood"),
    "strong": re.compile(r"strong"),
    "owned_est": _Substrings("estimated", "put at", "placed at", "reckoned", "to be ", "assessed", "to number"),
    "army": _Substrings("army of", "force of", "militia of", "army estimated", "force estimated", "force put",
                        "force reckoned", "force thought", "force believed"),
    "allegiance": _Substrings("allegiance", "loyal", "fealty", "baya", "bayet", "answerable", "beholden", "subordinate"),
    "coord": _Substrings(" and ", "as well as", " plus "),
    "numbers": re.compile(r"number"),
    "owned": re.compile(r"(?:its|their|'s|\u2019s)\s"),
    "operate": re.compile(r"operat|active|based|present|concentrated|located|entrenched|hiding|holed|remain|resid|"
                          r"\blive|living|shelter|settled|scattered|relocated|moved|belong|affiliat|associat|aligned|linked|"
                          r"attached|loyal|under\s+(?:the\s+)?(?:command|control|orders)|"
                          r"\b(?:are|were)\s+(?:now\s+|still\s+|currently\s+)?(?:in|inside)\s"),
}


#: the figure nouns of a strength estimate whose fighters were named in the sentence before
FIGURE_NOUN_CUE = re.compile(r"\b(?:numbers?|figures?|estimates?|total|strength|size|left|remaining|"
                             r"(?:reduced|cut|whittled|brought|shrunk|shrank|trimmed)\s+(?:it|them)\s+(?:down\s+)?to)\b")
# "... how many fighters the group still has. ... up to 15,000 left in Iraq and 12,000 in Syria": the noun elided
_RX_STR_LEFT = re.compile(rf"{NUM}(?P<np>)\s+(?:left|remaining)(?=\s+(?:in|across|inside)\s+[A-Z])", re.IGNORECASE)
_RX_STR_LEFT_AND = re.compile(
    rf"\s*,?\s+(?:and|while|with)\s+(?:(?:another|perhaps|possibly|about|around|some)\s+)?{NUM}(?P<np>)"
    rf"(?=\s+(?:in|across|inside)\s+[A-Z])",
    re.IGNORECASE,
)
_WITH = re.compile(r"with", re.IGNORECASE)
# "..., posing a threat to both countries, is estimated at": an aside between commas, then the verb
_ASIDE_THEN_VERB = re.compile(
    r",[^,;]{3,80},\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|stands|stood|remains|remained|reached)\b"
    r"[^,;]{0,40}$", re.IGNORECASE)
# "the number of people/refugees/attacks ...": the figure counts someone or something else
_OF_OTHERS = re.compile(
    r"\w+\s+of\s+(?:the\s+|these\s+|those\s+)?(?:[\w\-]+\s+)?(?:people|persons|civilians|families|refugees|residents|"
    r"children|women|students|pilgrims|migrants|returnees|households|displaced|villagers|worshippers|prisoners|"
    r"detainees|inmates|attacks|incidents|casualties|victims|deaths|dead|troops|police|policemen|voters|visitors)\b",
    re.IGNORECASE,
)
STRENGTH_NOUN_RX = re.compile(rf"\d[\d,]*\s+(?:[\w\-]+\s+){{0,3}}?{_STR_NOUN}\b|\b{_STR_NOUN}\b", re.IGNORECASE)


def strength(text: str, s: int, e: int, starts: list[int] | None = None,
             fighters_before: bool = False) -> Iterator[Found]:
    """strength claims of the sentence; ``fighters_before``: the sentence before counted fighters,
    so "put the number at about 2,000" counts them too."""
    if starts is None:
        starts = number_starts(text, s, e)
    low = text[s:e].lower()
    seen: set[int] = set()
    ends: set[int] = set()  # where read figures end: "had around 4,000" and "4,000" are one figure
    groups_here = None
    for rule, rx in (("possessive", _RX_STR_POSS), ("noun", _RX_STR_NOUN), ("numbers", _RX_STR_NUMBERS),
                     ("owned", _RX_STR_OWNED), ("subject", _RX_STR_SUBJ),
                     ("strong", _RX_STR_STRONG), ("operate", _RX_STR_OPERATE), ("estimate", _RX_STR_OWNED),
                     ("allegiance", _RX_STR_ALLEGIANCE), ("coord", _RX_STR_OWNED), ("army", _RX_STR_ARMY),
                     ("owned_est", _RX_STR_OWNED_EST)):
        if not _STR_GATES[rule].search(low) and not (fighters_before and rule == "noun"):
            continue
        if rule == "estimate" and not _STR_ESTIMATE.search(text, s, e):
            continue
        anchored = rule in ("subject", "strong", "estimate", "operate", "allegiance")
        if rule == "owned":
            owned = [p for p in starts if _OWNER_BEFORE.search(text, max(s, p - 40), p)]
            ms = _anchored(rx, text, owned, e)
        elif rule == "coord":
            ms = _anchored(rx, text, [p for p in starts if text[max(s, p - 12) : p].rstrip().endswith(_COORD_WORDS)
                                      and _COORD_BEFORE.search(text, max(s, p - 70), p)], e)
        else:
            ms = _anchored(rx, text, starts, e) if anchored else rx.finditer(text, s, e)
        for m in ms:
            ns = m.start("num")
            if ns in seen or m.end("num") in ends:
                continue
            count = parse_count(text[ns : m.end("num")])
            if count is None:
                continue
            if _VAGUE_HEAD.search(text, max(s, ns - 16), ns):
                continue  # "number tens of thousands": "thousands" is the tail of the figure read by another rule
            if ends and _PART_BEFORE.search(text, max(s, ns - 60), ns) and not _SCOPE_AFTER.match(text, m.end(), e):
                continue  # "has 4,000 fighters, including 2,000 foreign fighters": a part of the figure, no claim
            if _TALIBAN_NP.search(m.group("np") or "") and max(count.low or 0, count.high or 0) < 1000:
                continue  # "30 Taliban in the village": a party of men, not the movement's strength
            if rule == "numbers":  # (the shared check takes "number 5" for a label)
                if _YEARLIKE.fullmatch(strip_refs(text[ns : m.end("num")]).strip()) or (count.high or count.low or 0) > MAX_PLAUSIBLE:
                    continue
            elif not _count_ok(text, m, count) and not (
                    rule == "possessive" and _NUMBERING_BEFORE.search(text, max(s, ns - 30), ns)
                    and _count_ok_after_verb(text, m, count)):
                continue
            if rule == "possessive" and count.qualifier == "exact" and m.group("pre").lower() == "estimated" \
                    and _AN_BEFORE.search(text, max(s, m.start() - 4), m.start()):
                count = parse_count(f"an estimated {text[ns : m.end('num')]}") or count  # "An estimated 2,000 of ..."
            if rule == "noun" and not m.group("np") and max(count.low or 0, count.high or 0) < 20:
                continue  # "its strength ... to 2" is no strength figure
            if rule == "noun" and count.qualifier == "exact":
                h = _AROUND_BEFORE.search(text, max(s, ns - 16), ns)
                if h is not None:  # "fighters now number around 15,000": the hedge read as the noun's preposition
                    count = parse_count(f"{h.group(1)} {text[ns : m.end('num')]}") or count
            if rule in ("numbers", "owned"):
                if max(count.low or 0, count.high or 0) < (20 if rule == "numbers" else 50):
                    continue  # "its two leaders", "they number 5": no strength figure
                if groups_here is None:
                    groups_here = [g for g in aliases.find_actors(text, s, e) if g.actor.type == "group"]
                if not groups_here and not _GROUP_ANAPHOR.search(text, s, e):
                    continue
                if rule == "numbers" and not _END_OF_FIGURE.match(text, m.end("num"), e):
                    continue
                if _CASUALTY_NEAR.search(text, max(s, ns - 60), min(e, m.end() + 30)):
                    continue  # "its 300 fighters killed in the strikes", "the dead number 40"
                if _STR_ACTION_AFTER.match(text[m.end() : m.end() + 40]):
                    continue  # "the group's 300 fighters attacked the base": a raiding party
            if rule == "owned_est" and (max(count.low or 0, count.high or 0) < 20 or not _END_OF_FIGURE.match(text, m.end("num"), e)
                                        or _CASUALTY_NEAR.search(text, max(s, m.start() - 40), m.end())):
                continue  # "its fighters killed are put at 40", "... at 40 per cent": no strength
            if rule == "owned_est" and _STATE_MEN.search(text, m.start(), m.start("num")) and not [
                    g for g in aliases.find_actors(text, s, e) if g.actor.type == "group"]:
                continue  # "their soldiers are estimated at 200,000": a state's men
            if rule == "army" and not _END_OF_FIGURE.match(text, m.end("num"), e):
                continue  # "has a force of 300 policemen": the figure counts something else
            if rule in ("allegiance", "coord", "army"):
                if max(count.low or 0, count.high or 0) < 100:
                    continue  # "three fighters loyal to him were arrested": suspects, not a strength
                if groups_here is None:
                    groups_here = [g for g in aliases.find_actors(text, s, e) if g.actor.type == "group"]
                if rule == "army" and not any(0 <= m.start() - g.end <= 60 and not _OTHER_SUBJECT.search(text, g.end, m.start())
                                              for g in groups_here):
                    continue  # "Pakistan has an army of 600,000 to fight the TTP": the group must be the one that has it
                if rule in ("coord", "army") and not groups_here:
                    continue  # "a hospital with 40 beds and 300 personnel": whose strength?
                if _CASUALTY_NEAR.search(text, max(s, ns - 60), min(e, m.end() + 30)):
                    continue
                if rule == "coord" and _STR_ACTION_AFTER.match(text[m.end() : m.end() + 40]):
                    continue
            if rule == "operate":
                if groups_here is None:
                    groups_here = [g for g in aliases.find_actors(text, s, e) if g.actor.type == "group"]
                if _NOT_GROUP_MEN.search(m.group("np")) and not (
                        [w.lower() for w in _NOT_GROUP_MEN.findall(m.group("np"))] == ["men"] and (
                            (m.group("of") and any(m.start("of") <= g.start < m.end("of") for g in groups_here))
                            or any(m.start("np") <= g.start < m.end("np") for g in groups_here))):
                    continue  # "3,000 soldiers are based in Kabul": a state's force ("500 men of ISKP": the group's)
                if not groups_here and not m.group("of") and not (m.group("aff") and m.group("with")[:1].islower()) \
                        and not _OF_ITS.match(m.group("np")):
                    continue  # "about 200 fighters are active in Kunar": whose?
                if m.group("aff") and (count.low or 0) < 20:
                    continue  # "three militants were linked to the group": suspects, not a strength
                if m.group(0).lower().endswith((" are", " were")) and (count.low or 0) < 50:
                    continue  # "about 20 fighters were in Kunar when ...": a party at a place, not a strength
                if m.group("cmd") and not any(0 < g.start - m.end() <= 9 for g in groups_here):
                    continue  # "300 fighters are under the command of a local commander": no group's strength
                if m.group(0).lower().endswith(("belong", "belonged")) and not any(
                        0 < g.start - m.end() <= 9 for g in groups_here):
                    continue  # "300 fighters belong to a local commander": no group's strength
            if rule in ("estimate", "noun") or (rule == "possessive" and _WITH.fullmatch(m.group("pre"))):
                if groups_here is None:
                    groups_here = [g for g in aliases.find_actors(text, s, e) if g.actor.type == "group"]
                if rule == "possessive" and not groups_here:
                    continue  # "attacked with 30 fighters": no group's strength
                if rule == "estimate" and _STR_ACTION_AFTER.match(text[m.end() : m.end() + 40]):
                    continue  # "30 fighters stormed the post": a raiding party, not a strength
                if rule == "noun" and _CASUALTY_NEAR.search(text[max(s, min(m.start(), ns - 60)) : ns]):
                    continue  # "the number of dead rose to 40"
                if rule == "noun" and ns - m.start() > 90 and not (
                        _MEMBER_NOUN.search(text, m.start(), ns) and _ASIDE_THEN_VERB.search(text, m.start(), ns)):
                    continue  # a long way to the figure: only "the number of X fighters, <aside>, is estimated at"
                if rule == "noun" and _OF_OTHERS.match(text, m.start()):
                    continue  # "the number of people who fled ... is estimated at 3,000": not the group's fighters
                if rule == "noun" and not m.group("np") and not _STR_GATES["estimate"].search(low) and not fighters_before \
                        and not _UNIT_NUMBER.match(m.group(0)) \
                        and not ((_OWN_SIZE.match(m.group(0)) or _OWN_SIZE.search(text, max(m.start(), ns - 36), ns)
                                  or _OWNED_NUMBERS.search(text, max(s, m.start() - 8), m.start() + 8))
                                 and (groups_here or _GROUP_POSSESSIVE.search(text, max(s, m.start() - 30), m.start()))):
                    continue  # ("the group's ranks have swelled to 4,000": the group meant, not named)
                if rule == "noun" and not m.group("np") and not _END_OF_FIGURE.match(text, m.end("num"), e):
                    continue  # "a total of 444 terror attacks": the figure counts something else
            # ("Its trained fighters numbered 2,500": the word before the verb "number" describes the men)
            if _STR_BAD_BEFORE.search(text[max(s, ns - 60, m.start() if rule == "numbers" else s) : ns]) and rule != "noun" \
                    and not (rule == "possessive" and _CAPABLE_PRE.match(m.group("pre"))):
                continue  # ("capable of deploying 17,000 fighters": the force it can field, not men sent somewhere)
            if _STR_BAD_AFTER.match(text[m.end() : m.end() + 64]):
                continue
            if _STR_PRISON.search(text, max(s, ns - 50), min(e, m.end() + 25)):
                continue
            np = m.group("np") or ""
            if _STATE_MEN.search(np) and not [g for g in aliases.find_actors(text, max(s, ns - 80), e if rule in ("allegiance", "subject") else m.end())
                                               if g.actor.type == "group"] \
                    and not (rule == "possessive" and _WITH.fullmatch(m.group("pre")) and _with_group_after(text, m.end(), e)) \
                    and not (_AMBIG_MEN.search(np) and (gm := _GROUP_MEANT.search(text, s, ns)) is not None
                             and not _STATE_WORDS.search(text, max(s, gm.start() - 12), ns)):
                continue  # "3,000 soldiers" of a state ("the Afghan army had 300,000 soldiers"), not a group's strength
            if _ATTACKER_NOUN.search(np):
                if groups_here is None:
                    groups_here = [g for g in aliases.find_actors(text, s, e) if g.actor.type == "group"]
                if not groups_here and not _GROUP_ANAPHOR.search(text, s, e):
                    continue  # "there were 30 terrorists in the compound": attackers, whose strength?
            ne = m.end("num")
            if count.qualifier == "exact" and (m.groupdict().get("np") or "").lstrip().startswith(("+", "-plus")):
                count = Count(count.low, None, "at_least", count.vague)  # "5,000+ fighters"
            hq = _HEDGE_QUOTE.search(text, max(s, ns - 30), ns) if count.qualifier == "exact" else None
            if hq is not None:  # 'Approximately "500 fighters': the hedge is the claimant's
                count = parse_count(f"{hq.group('h')} {text[ns:ne]}") or count
            now = _figure_now(text, s, e, ns, ne, m.end())
            if now is UNREAD or (now is not None and _CASUALTY_NEAR.search(text, max(s, ns - 80), ns)):
                continue  # "the toll rose from 20 to 40 militants": a toll, not a strength
            change_at = None
            if now is not None:
                ns, ne, count = now  # "grew from 4,000 to 6,000 fighters": the figure today is 6,000
                seen.add(ns)
                cb = _CHANGE_BEFORE.search(text, max(s, m.start("num") - 50), m.start("num") + 5)
                change_at = cb.start() if cb is not None else None
            seen.add(m.start("num"))
            ends.add(m.end("num"))
            start = m.start("num") if rule != "noun" else m.start()
            if change_at is not None and rule != "noun":
                start = min(start, change_at)  # the evidence names the change: "increased from 4,000 to 6,000"
            f = Found("strength", rule, hq.start() if hq is not None and rule != "noun" else start, max(m.end(), ne),
                      ns, ne, count)
            scope = []
            fam = _FAMILY_AFTER.match(text, m.end(), e)
            sc = _SCOPE_AFTER.match(text, fam.end() if fam else m.end(), e)
            if sc:
                scope.append(sc.group("where"))
            elif (where := _scope_before(text, s, ns)) is not None:
                scope.append(where)
            if _FAMILY.search(text[m.end() : min(e, m.end() + 40)]) or _FAMILY.search(np):
                scope.append(f"{np.strip()} and family members" if np.strip() else "including family members")
            f.scope = "; ".join(scope) or None
            yield f
            if m.group("np") and ("20" in low or "19" in low):
                n = _RX_STR_NEXT_YEAR.match(text, m.end(), e)
                if n is not None and n.start("num") not in seen:
                    c2 = parse_count(text[n.start("num") : n.end("num")])
                    if c2 is not None and c2.low is not None and c2.low >= 20 and not _YEARLIKE.fullmatch(strip_refs(n.group("num"))):
                        seen.add(n.start("num"))
                        yield Found("strength", rule + ".next_year", n.start("num"), n.end(), n.start("num"),
                                    n.end("num"), c2)
    if "fighting" in low:  # "12,000 Afghans were fighting in Syria" (a group named in the sentence)
        for m in _RX_STR_ABROAD.finditer(text, s, e):
            count = parse_count(text[m.start("num") : m.end("num")])
            if m.start("num") in seen or count is None or (count.low or 0) < 1000:
                continue
            if groups_here is None:
                groups_here = [g for g in aliases.find_actors(text, s, e) if g.actor.type == "group"]
            if groups_here and not _CASUALTY_NEAR.search(text, max(s, m.start() - 40), m.start()):
                seen.add(m.start("num"))
                yield Found("strength", "abroad", m.start("num"), m.end(), m.start("num"), m.end("num"), count)
    if " of them" in low or " of these" in low or "of whom" in low or low.startswith(("of them", "of these", "of the ")):
        yield from breakdown(text, s, e, seen)  # "Of them, over 80 are with the TTP": a total broken down by group
    if "ranks of" in low:  # "more than 200 Tajik citizens are in the ranks of the Taliban"
        for m in _RX_STR_RANKS.finditer(text, s, e):
            count = parse_count(m.group("num"))
            if m.start("num") in seen or count is None or max(count.low or 0, count.high or 0) < 20 or not _count_ok(text, m, count):
                continue
            named = [g for g in aliases.find_actors(text, m.end(), min(e, m.end() + 80)) if g.actor.type == "group"]
            if not named:
                continue  # "in the ranks of the army": no group's strength
            if _CASUALTY_NEAR.search(text, max(s, m.start() - 40), min(e, m.end() + 40)):
                continue
            seen.add(m.start("num"))
            yield Found("strength", "ranks", m.start("num"), named[0].end, m.start("num"), m.end("num"), count)
    extra = []
    if ("vary" in low or "varie" in low or "rang" in low or "differ" in low) and (" from " in low or " between " in low):
        for m in _RX_STR_VARY.finditer(text, s, e):
            if m.group("between"):  # "estimates range between 500 and 5,000": one count phrase
                a = b = parse_count(m.group("between"))
                ns, ne = m.start("between"), m.end("between")
            else:
                a, b = parse_count(m.group("num")), parse_count(m.group("num2"))
                ns, ne = m.start("num"), m.end("num2")
            if a is None or b is None or a.low is None or b.low is None or any(m.start() <= p < m.end() for p in seen):
                continue  # the range read by another rule already
            if not m.group("np") and not _STR_GATES["estimate"].search(low) and "strength" not in low \
                    and not _OWN_SIZE.search(text, max(s, m.start() - 60), m.start()):  # "its fighting force ... ranges"
                if not fighters_before or not _END_OF_FIGURE.match(text, ne, e):
                    continue  # "Estimates vary wildly: from 500 to 5,000." after a sentence on how many fighters
            if _CASUALTY_NEAR.search(text, max(s, m.start() - 60), min(e, m.end() + 20)):
                continue
            if not fighters_before and not [g for g in aliases.find_actors(text, s, e) if g.actor.type == "group"] \
                    and not re.search(r"\b(?:its|their)\s+(?:strength|numbers|membership|ranks)", low) \
                    and not _OWNED_MEMBERS.search(text, max(s, m.start() - 60), m.start()):
                continue
            lo = min(a.low, b.low)
            highs = [c.high for c in (a, b)]
            hi = None if None in highs else max(highs)
            seen.add(ns)
            yield Found("strength", "range_vary", ns, m.end(), ns, ne, Count(lo, hi, "range"))
    if "estimate" in low or "figure" in low or "tally" in low or "count" in low or "assessment" in low:
        for start, ns, ne, count in estimate_figures(text, s, e, seen, fighters_before):
            seen.add(ns)  # "the only previous estimate was approximately 20,000" (its fighters named before)
            yield Found("strength", "estimate_is", start, ne, ns, ne, count)
    if seen and " of " in low:
        extra += [("subset", m) for m in _anchored(_RX_STR_SUBSET, text, starts, e)]
    if "presence" in low:
        extra += [("presence", m) for m in _RX_STR_PRESENCE.finditer(text, s, e)]
    if fighters_before and " to " in low:
        for m in _RX_STR_REDUCED.finditer(text, s, e):
            if _END_OF_FIGURE.match(text, m.end("num"), e) and not _CASUALTY_NEAR.search(text, s, e):
                extra.append(("elided", m))
    if fighters_before and "number" in low:  # "Combined, they number between 6,000-7,000" (the fighters named before)
        extra += [("elided", m) for m in _RX_STR_THEY_NUMBER.finditer(text, s, e)]
    if "fight" in low or "resist" in low or "defend" in low or "stand against" in low:
        extra += [("ready", m) for m in _RX_STR_READY.finditer(text, s, e)]
    if fighters_before and ("left" in low or "remaining" in low):
        for m in _RX_STR_LEFT.finditer(text, s, e):
            extra.append(("elided", m))
            sc = _SCOPE_AFTER.match(text, m.end(), e)
            c = _RX_STR_LEFT_AND.match(text, sc.end(), e) if sc else None
            if c is not None:
                extra.append(("elided", c))
    for rule, m in extra:
        ns = m.start("num")
        if ns in seen:
            continue
        count = parse_count(text[ns : m.end("num")])
        if count is None or not (_count_ok_after_verb(text, m, count) if m.re is _RX_STR_THEY_NUMBER else _count_ok(text, m, count)):
            continue  # ("they number 6,000": the verb, no "number 5" label)
        if rule == "elided" and (max(count.low or 0, count.high or 0) < 20 or _YEARLIKE.fullmatch(strip_refs(m.group("num")))):
            continue  # "2 left in the building", "2019 in Syria": no strength figure
        if rule == "ready" and (max(count.low or 0, count.high or 0) < 100 or _CASUALTY_NEAR.search(text, max(s, ns - 60), min(e, m.end() + 30))):
            continue  # "20 men who will fight for the village": a party, no force's strength
        if rule == "presence":
            if not [g for g in aliases.find_actors(text, s, e) if g.actor.type == "group"]:
                continue
            if _STR_PRISON.search(text, max(s, ns - 50), min(e, m.end() + 25)):
                continue
        seen.add(ns)
        end = m.end()
        while end > ns and text[end - 1].isspace():
            end -= 1
        f = Found("strength", rule, ns, end, ns, m.end("num"), count)
        if m.re is _RX_STR_REDUCED:  # "... reduced it to 1,500": "it" is the group named before, not one named here
            f.entity, f.entity_text = group_before(text, s)
        sc = _SCOPE_AFTER.match(text, end, e)
        if sc:
            f.scope = sc.group("where")
        yield f


# "they number between 6,000-7,000", "together they now number about 3,000": a pronoun for the fighters
# counted in the sentence before
_RX_STR_THEY_NUMBER = re.compile(
    rf"\b(?:they|these\s+(?:fighters|forces|men))\s+(?:(?:now|still|currently|reportedly|collectively|together|already)\s+){{0,2}}"
    rf"(?:number|numbered|total|totalled|totaled)\s+{NUM}(?P<np>)(?=\s*(?:[,.;:)]|and\b|in\b|across\b|$))",
    re.IGNORECASE,
)
# "has raised about 4,000 volunteers who will fight the insurgents", "mobilised 5,000 men ready to resist":
# people gathered to fight are a force's strength
_RX_STR_READY = re.compile(
    rf"\b(?:assembled|amassed|mobili[sz]ed|gathered|raised|recruited|armed|trained|commands?|has|have|had)\s+{NUM}"
    rf"(?P<np>\s+(?:[\w\-]+\s+){{0,2}}?(?:people|men|volunteers|youths?|locals|villagers|residents|supporters|fighters|followers))"
    rf"\s+(?:(?:who|that)\s+(?:will|would|are|were|can|could)\s+(?:(?:ready|willing|prepared|able)\s+to\s+)?|"
    rf"(?:ready|willing|prepared)\s+to\s+|to\s+)"
    rf"(?:fight|resist|stand\s+against|take\s+(?:up\s+)?arms|defend|take\s+on)\b",
    re.IGNORECASE,
)


def _count_ok_after_verb(text: str, m: re.Match, count: Count) -> bool:
    """The shared count check without its "numbering 5" label test (the verb of a strength here)."""
    ns, ne = m.start("num"), m.end("num")
    top = count.high if count.high is not None else count.low
    if top is None or top > MAX_PLAUSIBLE or _YEARLIKE.fullmatch(strip_refs(text[ns:ne]).strip()):
        return False
    return not (ns > 0 and text[ns - 1] in "/:#-")
