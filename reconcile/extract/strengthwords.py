"""The words of a strength figure that tell whose men it counts and what part of a figure a phrase is:
"60,000 Taliban" (the movement's name as a plural noun), men that may be a state's or a group's ("foot
soldiers", "armed men", "With about 2,000 men, the TTP ..."), a part or addition told after a total
("..., including 2,000 foreign fighters": no claim of its own), a total broken down by group ("Of them,
over 80 are with <group>"), a figure whose noun is elided ("... reduced it to perhaps 1,500"); and the member
nouns, and the words around a count that make it no strength ("freed 5,000 fighters", "300 militants were
arrested"). Read by :func:`reconcile.extract.strength.strength`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import aliases
from .numbers import parse_count
from .rules import NUM, Found, _count_ok
from .strengthframe import _CASUALTY_NEAR

_STR_NOUN = (
    r"(?:fighters|members|militants|men(?:\s+under\s+arms)?|(?:people|persons)\s+under\s+arms|loyalists|operatives|recruits|combatants|jihadists|jihadis|"
    r"insurgents|cadres|terrorists|rebels|guerrillas|militiamen|followers|adherents|gunmen|mujahideen|foot\s+soldiers|"
    r"soldiers|personnel|sympathi[sz]ers|active\s+sympathi[sz]ers)"
)
_STR_PRISON = re.compile(r"\b(?:prisons?|jails?|camps?|detention|custody|detained|prisoners|inmates|surrender(?:ed)?)\b", re.IGNORECASE)
_MEMBER_NOUN = re.compile(rf"\b{_STR_NOUN}\b", re.IGNORECASE)
# words before or after a count that make it no strength: "freed 5,000 fighters", "300 militants were arrested"
_STR_BAD_BEFORE = re.compile(
    r"\b(?:freed|free|freeing|frees|released|releasing|release|detained|detaining|detain|arrested|arresting|arrest|"
    r"captured|capturing|capture|killed|killing|kill|lost|losing|lose|surrendered|surrendering|recruited|"
    r"recruiting|recruit|trained|training|deployed|deploying|deploy|sent|sending|dispatched|evacuated|relocated|"
    r"transferred|jailed|imprisoned|holding|held|hold|housing|houses|defected|defecting|joined|joining|"
    r"escaped|fled|executed|wounded|injured|wounding|injuring|martyring|lives\s+of|eliminated|neutralized|neutralised|targeted|hunting|expelled|"
    r"deported|repatriated|rounded\s+up|by(?!\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+|mid-?|early\s+|late\s+)?(?:(?:19|20)\d\d|(?:jan|febr)uary|march|april|may|june|july|august|(?:septem|octo|novem|decem)ber)\b)|against|fighting|fought|battled|clashed\s+with|"
    r"contributed|contributing|contributes|lent|lending|supplied|supplying|committed|committing)\b[^.;]{0,25}$",
    re.IGNORECASE,
)
_STR_BAD_AFTER = re.compile(
    r"^\s*(?:(?!and\b|or\b|in\b)[\w\-]+\s+){0,5}?(?:(?:were|was|have\s+been|had\s+been|are)\s+)?"
    r"(?:(?:seriously|critically|badly|severely|slightly|fatally|later|also|all|left)\s+)?(?:killed|arrested|detained|captured|freed|released|"
    r"surrendered|dead|wounded|injured|executed|escaped|held|jailed|imprisoned|deported|repatriated|neutrali[sz]ed|"
    r"died|perished|succumbed|martyred|slain|hurt|lost\s+their\s+lives|(?:sustained|suffered|received)\s+(?:\w+\s+)?(?:injuries|wounds)|"
    r"eliminated|apprehended|sent\s+to\s+(?:hell|their\s+deaths?)|taken\s+out|gunned\s+down|shot|involved|"
    r"took\s+part|participated|joining|arriving|pouring|flowing|flocking|under\s+surveillance|on\s+(?:a|the|its)\s+(?:wanted|watch)\s*list|wanted)\b",
    re.IGNORECASE,
)

# "60,000 Taliban", "several thousand Pakistani Taliban": the movement's name as a plural noun, only before a
# word that cannot be the noun it modifies ("5,000 Taliban prisoners", "30 Taliban commanders" are not its men)
_TALIBAN_NOUN = (r"Taliban(?![\w\-]|\s+(?!(?:are|were|is|was|have|had|in|inside|across|along|under|loyal|"
                 r"fighting|fight|who|that|now|still|remain|remained|operating|operate|active|based|to|and|or|of|"
                 r"according|at|by|with|as|across|throughout)\b)(?-i:[a-z])|(?:\s+[\w\-]+){0,2}\s+"
                 r"(?:fighters|members|militants|combatants|insurgents|cadres|recruits|jihadists|men|soldiers)\b)")

_RX_STR_OF_THEM = re.compile(
    rf"\b(?i:of)\s+(?:(?P<pron>them|these|those|whom)|the\s+(?:[\w\-,]+\s+){{0,3}}?(?:militants|fighters|members|insurgents|"
    rf"combatants|jihadists|cadres)(?:\s+(?:in|across|inside)\s+(?:the\s+)?[\w\-]+(?:\s+[A-Z][\w\-]+)?)?)\s*,?\s+{NUM}(?P<np>)\s+(?:(?:are|were)\s+(?:(?:now|still|currently|reportedly|believed\s+to\s+be|"
    rf"thought\s+to\s+be|said\s+to\s+be)\s+)?(?:in|with|members\s+of|part\s+of|loyal\s+to|fighting\s+for)|belong\s+to|"
    rf"fight\s+for|(?:serve|are\s+serving)\s+(?:in|with))\s+", re.IGNORECASE)
_VAGUE_HEAD = re.compile(r"\b(?:tens|hundreds|scores)\s+of\s+$", re.IGNORECASE)
#: a part or addition told after a figure already read: "..., including 2,000 foreign fighters", "..., of whom 500
#: are ...", "..., plus 90,000 local militiamen" (no strength claim of its own: see strengthprobe's note)
_PART_BEFORE = re.compile(
    r"(?:\d|\b(?:thousand|hundred|dozen)s?\b)[^.;]{0,40}?,\s*(?:including|plus|of\s+(?:whom|which|them)|among\s+(?:them|whom|which)|besides)\s+"
    r"(?:(?:some|about|around|roughly|an\s+estimated|perhaps|at\s+least|more\s+than|over|up\s+to|as\s+many\s+as|"
    r"nearly|almost)\s+)?$", re.IGNORECASE)
_TALIBAN_NP = re.compile(r"Taliban$", re.IGNORECASE)
#: "2,000 of its fighters", "1,700 of the group's fighters": the men of the group meant
_OF_ITS = re.compile(r"\s*of\s+(?:its|the\s+(?:group|outfit|organi[sz]ation|movement|network|faction)['\u2019]s)\s",
                     re.IGNORECASE)
_AN_BEFORE = re.compile(r"\ban\s+$", re.IGNORECASE)
# "The group fielded some 3,000 fighters in 2016. Operations reduced it to perhaps 1,500 by 2020.": the noun elided
_RX_STR_REDUCED = re.compile(
    rf"\b(?:reduced|cut|whittled|brought|shrunk|shrank|trimmed)\s+(?:it|them|the\s+group|its\s+ranks|their\s+ranks)\s+"
    rf"(?:down\s+)?to\s+(?:(?:perhaps|possibly|probably|maybe|only|just|barely)\s+)?{NUM}(?P<np>)", re.IGNORECASE)
_STATE_MEN = re.compile(r"\b(?:soldiers|personnel|men)\b", re.IGNORECASE)
# "foot soldiers", "armed men", "men under arms": a group's men as often as a state's; the group's when the
# sentence speaks of the group meant ("It has some 6,000 foot soldiers") and of no state ("the army has ...")
_AMBIG_MEN = re.compile(r"\b(?:foot\s+soldiers|men)\b", re.IGNORECASE)
_GROUP_MEANT = re.compile(r"\b(?:it|they|its|their)\b|\b(?:the|this|that)\s+(?:(?:militant|"
                          r"terrorist|jihadist|armed|extremist)\s+)?(?:group|outfit|movement|organi[sz]ation|network|faction)\b",
                          re.IGNORECASE)
_STATE_WORDS = re.compile(r"\b(?:army|armies|military|government|state|police|forces|troops|ministry|nato|coalition|"
                          r"pakistan|india|afghanistan|china|iran|russia|united\s+states|u\.?s\.?|country)\b", re.IGNORECASE)


def _with_group_after(text: str, end: int, e: int) -> bool:
    """ "With about 2,000 men, the TTP is ...": the group the fronted figure belongs to is the subject right
    after it (not "With 300 men, the police raided the TTP hideout")."""
    for g in aliases.find_actors(text, end, min(e, end + 50)):
        return g.actor.type == "group" and not _STATE_WORDS.search(text, end, g.start)
    return False


def group_before(text: str, s: int) -> tuple[str | None, str | None]:
    """(id, text as written) of the last group named before the sentence at ``s`` (the "it" of
    "... reduced it to 1,500"), or (None, None)."""
    before = [g for g in aliases.find_actors(text, max(0, s - 600), s) if g.actor.type == "group"]
    return (before[-1].actor.id, before[-1].text) if before else (None, None)


def breakdown(text: str, s: int, e: int, seen: set[int]) -> Iterator[Found]:
    """The parts of a total broken down by group, each the strength of the group it names ("Of them, over 80
    are with the TTP"; adds the figures read to ``seen``)."""
    # "About 200 militants are active in the valley. Of them, over 80 are in Hizbul Mujahideen": a total broken
    # down by group, each part the strength of the group it names (another group than the total's, so no conflict)
    for m in _RX_STR_OF_THEM.finditer(text, s, e):
        count = parse_count(m.group("num"))
        if m.start("num") in seen or count is None or max(count.low or 0, count.high or 0) < 20 or not _count_ok(text, m, count):
            continue
        g = next(iter(aliases.find_actors(text, m.end(), min(e, m.end() + 60))), None)
        if g is None or g.actor.type != "group" or g.start - m.end() > 4:
            continue  # "Of them, 80 are in the valley": no group's strength
        if _CASUALTY_NEAR.search(text, s, m.end()) or _STR_PRISON.search(text, s, g.end):
            continue  # "Of the dead, 30 were with the TTP"
        if m.group("pron") and (not _MEMBER_NOUN.search(text, max(0, s - 250), s)
                                or _CASUALTY_NEAR.search(text, max(0, s - 250), s) or _STR_PRISON.search(text, max(0, s - 250), s)):
            continue  # "The blast killed 40 people. Of them, 30 were in the TTP": "them" are not members counted
        seen.add(m.start("num"))
        yield Found("strength", "of_them", m.start("num"), g.end, m.start("num"), m.end("num"), count)
