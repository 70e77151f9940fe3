"""Claims about armed groups and events: attack counts, founding years, leaders, attributions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import aliases, gazetteer
from .numbers import Count, parse_count
from .rules import (  # the shared pieces
    _STOP,
    NUM,
    Found,
    _count_ok,
)

# ------------------------------------------------------------------ attacks (counts of incidents)
_RX_ATTACKS = re.compile(
    rf"\b(?:documented|recorded|carried\s+out|conducted|claimed|launched|staged|counted|registered|perpetrated|"
    rf"logged|mounted|tallied)\s+{NUM}\s+(?:(?!{_STOP}\b)[\w\-]+\s+){{0,2}}?(?:attacks|incidents|bombings|"
    rf"assaults)\b",
    re.IGNORECASE,
)


def attacks(text: str, s: int, e: int) -> Iterator[Found]:
    for m in _RX_ATTACKS.finditer(text, s, e):
        count = parse_count(m.group("num"))
        if count is None or not _count_ok(text, m, count) or count.vague in ("several", "a_few", "a_handful_of"):
            continue  # "has carried out several attacks": no count of attacks
        yield Found("attacks", "verb_object", m.start(), m.end(), m.start("num"), m.end("num"), count)


# ------------------------------------------------------------------ founded
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_RX_FOUNDED = re.compile(
    rf"\b(?:(?:was|were|been|being|is|officially|formally|first|originally)\s+)?(?P<verb>formed|founded|established|"
    rf"created|set\s+up|emerged|came\s+into\s+being|came\s+into\s+existence|formally\s+announced|"
    rf"(?<=was\s)declared|(?<=was\s)proclaimed|(?<=officially\s)declared|"
    rf"(?:formation|founding|establishment|creation|inception|emergence)(?:\s+of\s+(?:the\s+)?[\w\-]+)?)"
    rf"\s+(?:(?:in|on|during|around|by)\s+)?(?:(?:early|late|mid-?|the\s+(?:spring|summer|autumn|fall|winter)\s+of|"
    rf"{_MONTHS}|[0-3]?\d)[\s,]+){{0,3}}(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# "the campaign against IS since its inception in 2014": "its" is the campaign's, not the group's
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
_NOT_GROUP_ANTECEDENT = re.compile(
    r"\b(?:campaign|war|operation|mission|coalition|offensive|crackdown|conflict|fight|programme|program|process|"
    r"talks|deal|agreement|effort|initiative|project|strategy|policy)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


def founded(text: str, s: int, e: int) -> Iterator[Found]:
    for m in _RX_FOUNDED.finditer(text, s, e):
        if _ITS_BEFORE.search(text, max(s, m.start() - 8), m.start()) and _NOT_GROUP_ANTECEDENT.search(
                text, max(s, m.start() - 90), m.start()):
            continue
        year = int(m.group("year"))
        f = Found("founded", "verb_year", m.start(), m.end(), m.start("year"), m.end("year"),
                  Count(year, year, "exact"), year=year)
        yield f


# ------------------------------------------------------------------ leader
_NAME = (
    r"(?P<name>(?:(?:Mullah|Mawlawi|Maulvi|Mufti|Sheikh|Shaykh|Hafiz|Qari|Abu|Mohammad|Muhammad)\s+)?"
    r"[A-Z][\w'\u2019\-]+(?:\s+(?:(?:al|el|bin|ibn|ul|ud|ur|ad|as|ash)[\-\s])?[A-Z][\w'\u2019\-]+){1,4})"
)
_LEADER_WORD = r"(?:leader|chief|emir|amir|head|wali|governor|commander|founder|supremo)"
_RX_LEADER = [
    ("led_by", re.compile(
        rf"\b(?:led|headed|commanded|run)\s+by\s+(?:a\s+(?:certain|man|figure|commander|militant|terrorist|jihadist)\s+"
        rf"(?:named\s+|called\s+|known\s+as\s+)?|its\s+(?:new\s+)?{_LEADER_WORD}\s+|the\s+)?[\"\u201c]?{_NAME}")),
    ("named_as", re.compile(
        rf"\b{_LEADER_WORD}\b[^.;]{{0,50}}?\b(?:named\s+as|identified\s+as|known\s+as|named)\s+[\"\u201c]?{_NAME}")),
    ("title_name", re.compile(
        rf"\b{_LEADER_WORD}\b(?:\s+of\s+(?:the\s+)?(?:[\w\-\u2019']+\s+){{0,4}}?)?(?:,\s*|\s+)"
        rf"(?:(?:is\s+|was\s+)?(?:a\s+(?:terrorist|militant|jihadist|man|commander|figure)\s+)?(?:known\s+as|named|called|"
        rf"identified\s+as)\s+|is\s+|was\s+|has\s+been\s+|had\s+been\s+|remains\s+|became\s+)?[\"\u201c]?{_NAME}")),
    ("name_title", re.compile(
        rf"[\"\u201c]?{_NAME}[\"\u201d]?,?\s+(?:(?:is|was|became|remains|has\s+been)\s+)?(?:the\s+|its\s+|a\s+)?"
        rf"(?:new\s+|current\s+|top\s+|supreme\s+|overall\s+)?{_LEADER_WORD}\s+of\b")),
    ("appointed", re.compile(
        rf"\b(?:appointed|named|installed|chose|selected)\s+{_NAME}\s+(?:as\s+)?(?:its\s+|the\s+)?(?:new\s+)?"
        rf"(?:{_LEADER_WORD}|caliph)")),
]
_NOT_NAME = re.compile(
    r"\b(?:Islamic|State|Taliban|Province|Khorasan|Council|Nations|Government|Ministry|Army|Network|Group|"
    r"Afghanistan|Pakistan|President|The|This|That|His|Her|Its|American|Security|Police|United|Department)\b"
)


def leaders(text: str, s: int, e: int) -> Iterator[Found]:
    tab = aliases.table()
    seen: set[str] = set()
    for rule, rx in _RX_LEADER:
        for m in rx.finditer(text, s, e):
            name = m.group("name").rstrip("\u2019'")
            ns = m.start("name")
            # trim a trailing possessive or a word that is no name
            person = tab.actor(name)
            if person is None or person.type != "person":
                # the longest leading part that is a known person
                for k in range(len(name.split()) - 1, 1, -1):
                    part = " ".join(name.split()[:k])
                    p2 = tab.actor(part)
                    if p2 is not None and p2.type == "person":
                        person, name = p2, part
                        break
            if person is None or person.type != "person":
                if _NOT_NAME.search(name) or gazetteer.lookup(name) or tab.actor(name) is not None:
                    continue
                if len(name.split()) < 2:
                    continue
                entity = name
                group = None
            else:
                entity = person.id
                group = person.group
            if entity in seen:
                continue
            seen.add(entity)
            f = Found("leader", rule, m.start(), ns + len(name), entity=entity, entity_text=name)
            f.scope = group
            yield f


# ------------------------------------------------------------------ attribution
_RX_ATTR_SUBJ = re.compile(
    r"\b(?:claim(?:ed|s|ing)?\s+(?:of\s+)?(?:the\s+)?responsibility|took\s+responsibility|taken\s+responsibility|"
    r"takes\s+responsibility|claimed\s+credit|claim\s+of\s+responsibility|"
    r"claim(?:ed|s)?\s+(?!that\b|several\b|many\b|numerous\b|previous\b|past\b|other\b|multiple\b|dozens\b|"
    r"hundreds\b|most\b|some\b|a\s+(?:string|series|number|spate|wave)\b|scores\b|\d)"
    r"(?:the\s+|a\s+|this\s+|last\s+\w+['\u2019]s\s+|\w+['\u2019]s\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:attacks?|bombings?|blasts?|assaults?|killings?|massacres?|shootings?|raids?|explosions?|ambush(?:es)?)\b|"
    r"claimed\s+that\s+(?:one\s+of\s+)?(?:its|their)\s+(?:\w+\s+)?(?:bombers?|fighters|members|militants|men|"
    r"attackers?|operatives|soldiers|mujahideen)\b|"
    r"said\s+(?:in\s+a\s+statement\s+|on\s+\w+\s+)?that\s+(?:one\s+of\s+)?(?:its|their)\s+(?:\w+\s+)?(?:bombers?|"
    r"fighters|members|militants|men|attackers?|operatives|mujahideen)\b|"
    r"named\s+the\s+(?:\w+\s+)?(?:bombers?|attackers?|gunmen|assailants)\b|claimed\s+that\b[^.;]{0,80}?\b(?:carried\s+out|"
    r"conducted|perpetrated)\b|said\s+(?:it|its\s+\w+)\s+(?:was\s+behind|carried\s+out|had\s+carried\s+out|conducted)|"
    r"(?:was|were|is|are)\s+(?:likely\s+|probably\s+)?behind\b)",
    re.IGNORECASE,
)
_RX_ATTR_OBJ = re.compile(
    r"\b(?:(?:claimed|carried\s+out|perpetrated|conducted|orchestrated|staged|masterminded|executed|committed|"
    r"organi[sz]ed|planned|plotted|directed)\s+by|"
    r"blamed\s+(?:it\s+|the\s+\w+\s+)?on|attributed\s+(?:it\s+|the\s+\w+\s+)?to|blam(?:ed|es|ing)|"
    r"responsibility\s+(?:for\s+\w+\s+\w+\s+)?(?:lies|lay)\s+with)\b",
    re.IGNORECASE,
)


# "did not say who was behind", "no group has claimed", "denied carrying out"
_NEGATED = re.compile(
    r"\b(?:not|no|never|neither|nor|denied|denies|deny|unclear|unknown|whether|who|if)\b[^.;]{0,40}$|n['\u2019]t\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# "previous attacks have been claimed by", "many such bombings were carried out by": a general statement
_GENERAL_ATTACKS = re.compile(r"\b(?:previous|past|earlier|prior|other|many|several|most|numerous|similar|such|some)\s+"
                              r"(?:[\w\-]+\s+){0,2}(?:attacks|bombings|assaults|blasts|killings|massacres)\b[^.;,]{0,40}?\s"
                              r"(?:have|had|were|are)\s+(?:(?:been|also|all|mostly|often|usually)\s+)*$", re.IGNORECASE)
# words between a group and "were behind ..." that make the group no subject of it
_NOT_SUBJECT = re.compile(r"\b(?:said|says|told|that|accused|blamed|denied|denies|called|rejected|insisted)\b|[\"\u201c\u201d]", re.IGNORECASE)


def attributions(text: str, s: int, e: int, groups: list | None = None) -> Iterator[Found]:
    if groups is None:
        groups = [a for a in aliases.find_actors(text, s, e) if a.actor.type == "group"]
    if not groups:
        return
    seen: set[str] = set()
    for m in _RX_ATTR_SUBJ.finditer(text, s, e):
        if _NEGATED.search(text, max(s, m.start() - 50), m.start()):
            continue
        near = [g for g in groups if g.end <= m.start() and m.start() - g.end <= 200]
        before = [g for g in near if not _NOT_SUBJECT.search(text, g.end, m.start())]
        first = near[0] if near else None
        if first is not None and text.startswith(",", first.end) and re.search(r",\s*(?:\w+\s+)?$", text[first.end : m.start()]):
            g = first  # "X, a group that officials say is a front for Y, claimed ...": the subject is X
        elif before:
            g = before[-1]
            if "," in text[g.end : m.start()] and len(before) > 1 and text.startswith(",", before[0].end):
                g = before[0]  # "X, a front for Y, claimed": X
            g = next((x for x in before if x.actor.id != g.actor.id and g.actor.id in aliases.lineage(x.actor.id)), g)
        else:
            continue
        if g.actor.id in seen:
            continue
        seen.add(g.actor.id)
        f = Found("attribution", "claimed_responsibility", g.start, m.end(), entity=g.actor.id, entity_text=g.text)
        yield f
    for m in _RX_ATTR_OBJ.finditer(text, s, e):
        if _NEGATED.search(text, max(s, m.start() - 50), m.start()):
            continue
        if re.search(r"\b(?:such\s+as|including|like)\b", text[m.end() : m.end() + 60], re.IGNORECASE) and re.search(
            r"\b(?:attacks|bombings|incidents)\b", text[max(s, m.start() - 60) : m.start()], re.IGNORECASE
        ):
            continue  # "attacks claimed by outfits such as the TTP": a share of many attacks
        if _GENERAL_ATTACKS.search(text, max(s, m.start() - 100), m.start()):
            continue  # "Previous mosque attacks have been claimed by ISIS": no one event
        after = [g for g in groups if g.start >= m.end() and g.start - m.end() <= 60]
        if not after:
            continue
        g = after[0]
        if g.actor.id in seen:
            continue
        seen.add(g.actor.id)
        yield Found("attribution", "by_group", m.start(), g.end, entity=g.actor.id, entity_text=g.text)


# ------------------------------------------------------------------ withdrawn claims of responsibility
# "The TTP claimed the attack. It later distanced itself from it": the group, not another one, takes it back
_WITHDRAWN = re.compile(
    r"\b(?P<who>it|they|the\s+(?:militant\s+|outlawed\s+|banned\s+)?(?:group|outfit|organi[sz]ation|faction|movement)|"
    r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})\s+(?:(?:later|subsequently|then|quickly|soon|has\s+since|had|has|also)\s+){0,2}"
    r"(?:distanced\s+(?:itself|themselves)|retracted|withdrew|withdrawn|disowned|backtracked|"
    r"denied\s+(?:any\s+)?(?:involvement|responsibility|its\s+role|a\s+role|carrying\s+out|having))\b"
)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")
_PRONOUN_SUBJECT = re.compile(
    r"(?:it|they|the\s+(?:militant\s+|outlawed\s+|banned\s+)?(?:group|outfit|organi[sz]ation|faction|movement))", re.IGNORECASE)


def flag_withdrawn(claims: list, text: str) -> None:
    """Warn on an attribution whose group takes the claim back in the same sentence or the next
    one; the claim stays (a fact-checker wants both), but it names no perpetrator."""
    for c in claims:
        if c.kind != "attribution" or c.span_end is None:
            continue
        ends = [m.end() for m in _SENTENCE_END.finditer(text, c.span_end, c.span_end + 400)]
        stop = ends[1] if len(ends) > 1 else (ends[0] + 250 if ends else c.span_end + 300)
        for m in _WITHDRAWN.finditer(text, c.span_end, min(stop, len(text))):
            who = m.group("who")
            if not _PRONOUN_SUBJECT.fullmatch(who):
                named = aliases.find_actors(text, m.start("who"), m.end("who"))
                if not named or named[0].actor.id != c.entity:
                    continue  # another group denies: no withdrawal of this one's claim
            c.warning = f"claim of responsibility withdrawn: {text[m.start():m.end()]!r}"
            break
