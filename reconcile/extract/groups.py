"""Claims about armed groups and events: attack counts, founding years, leaders, attributions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from .. import aliases, gazetteer
from .gates import doc_gated, may_match, required
from .numbers import Count, parse_count
from .rules import (  # the shared pieces
    _STOP,
    NUM,
    Found,
    _count_ok,
    word_prefixed,
)

# ------------------------------------------------------------------ attacks (counts of incidents)
_RX_ATTACKS = word_prefixed(  # (fastrx) \b(?:documented|...)\s+NUM...
    r"(?:documented|recorded|carried\s+out|conducted|claimed|launched|staged|counted|registered|perpetrated|"
    r"logged|mounted|tallied)",
    rf"\s+{NUM}\s+(?:of\s+)?(?:(?!{_STOP}\b)[\w\-]+\s+){{0,2}}?(?:attacks|incidents|bombings|"
    rf"assaults)\b",
)


_FEW = re.compile(r"(?:several|a\s+few|few|many|numerous|multiple|some|a\s+couple(?:\s+of)?|a\s+number\s+of|"
                  r"a\s+handful\s+of|a\s+series\s+of|a\s+string\s+of|a\s+spate\s+of|a\s+wave\s+of)", re.IGNORECASE)


def attacks(text: str, s: int, e: int) -> Iterator[Found]:
    for m in _RX_ATTACKS.finditer(text, s, e):
        count = parse_count(m.group("num"))
        if count is None or not _count_ok(text, m, count):
            continue
        if _FEW.fullmatch(m.group("num").strip()):
            continue  # "has carried out several attacks": no count a fact-checker can hold it to
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

_DATE_WORDS = rf"(?:(?:early|late|mid-?|the\s+(?:spring|summer|autumn|fall|winter)\s+of|{_MONTHS}|[0-3]?\d)[\s,]+){{0,3}}"
# "was established in the Nangarhar province in 2015", "Founded by X in December 2007, the group ...":
# a place or founders between the verb and the year (passive, or the participle opening the sentence)
_RX_FOUNDED_GAP = re.compile(
    rf"\b(?P<aux>(?:was|were|had\s+been|has\s+been|been|is)\s+(?:(?:officially|formally|first|originally|reportedly)\s+)?)?"
    rf"(?P<verb>formed|founded|established|created|set\s+up|launched|(?P<intr>emerged|came\s+into\s+(?:being|existence)|"
    rf"surfaced))\s+"
    rf"(?P<gap>(?:in|by|as|from|among|inside|within)\s+[^.;\d]{{1,60}}?)\s+(?:in|during|around)\s+{_DATE_WORDS}"
    rf"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_GAP_CLAUSE = re.compile(r"\b(?:which|that|who|whom|after|before|when|while|until|since|where)\b|,\s+(?:and|but)\b",
                         re.IGNORECASE)
# "about 13 groups united under X to form the Tehrik-i-Taliban Pakistan": the year from the same sentence
_RX_UNITED = re.compile(
    r"\b(?:united|merged|joined\s+forces|joined\s+hands|came\s+together|banded\s+together|coalesced|amalgamated)\b"
    r"[^.;]{0,90}?\bto\s+(?:form|create|found|establish|launch)\s+(?:the\s+|a\s+|an\s+)?|"
    r"\b(?:announced|declared|proclaimed|unveiled)\s+(?:the\s+)?(?:formation|creation|establishment|founding|launch|"
    r"birth)\s+of\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:new\s+)?(?:(?:group|branch|affiliate|wing|province)\s+)?",
    re.IGNORECASE,
)
_YEAR_RX = re.compile(r"\b(?:19|20)\d\d\b")

# "the campaign against IS since its inception in 2014": "its" is the campaign's, not the group's
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
_NOT_GROUP_ANTECEDENT = re.compile(
    r"\b(?:campaign|war|operation|mission|coalition|offensive|crackdown|conflict|fight|programme|program|process|"
    r"talks|deal|agreement|effort|initiative|project|strategy|policy)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


def founded(text: str, s: int, e: int) -> Iterator[Found]:
    seen: set[int] = set()
    for m in _RX_FOUNDED.finditer(text, s, e):
        if _ITS_BEFORE.search(text, max(s, m.start() - 8), m.start()) and _NOT_GROUP_ANTECEDENT.search(
                text, max(s, m.start() - 90), m.start()):
            continue
        year = int(m.group("year"))
        f = Found("founded", "verb_year", m.start(), m.end(), m.start("year"), m.end("year"),
                  Count(year, year, "exact"), year=year)
        seen.add(m.start("year"))
        yield _with_subject(text, s, e, f)
    if " in " in text[s:e] or " In " in text[s:e]:
        for m in _RX_FOUNDED_GAP.finditer(text, s, e):
            if m.start("year") in seen or _GAP_CLAUSE.search(m.group("gap")):
                continue
            if not m.group("aux") and not m.group("intr") and text[s : m.start()].strip(" \"'\u201c\u2018"):
                continue  # "the militants established in Kunar in 2016 a base": only the passive or an opening participle
            year = int(m.group("year"))
            seen.add(m.start("year"))
            yield _with_subject(text, s, e, Found("founded", "verb_place_year", m.start(), m.end(), m.start("year"),
                                                  m.end("year"), Count(year, year, "exact"), year=year))
    for m in _RX_UNITED.finditer(text, s, e):
        formed = [g for g in aliases.find_actors(text, m.end(), min(e, m.end() + 60))
                  if g.actor.type == "group" and g.start == m.end()]
        if not formed:
            continue
        years = [y for y in _YEAR_RX.finditer(text, s, e) if y.start() not in seen]
        before = [y for y in years if y.end() <= formed[0].start]  # "In 2007 ... united", "merged in 2014 to form"
        y = before[-1] if before else next((y for y in years if y.start() >= formed[0].end), None)
        if y is None:
            continue
        year = int(y.group())
        seen.add(y.start())
        yield Found("founded", "united_to_form", min(y.start(), m.start()), max(formed[0].end, y.end()),
                    y.start(), y.end(), Count(year, year, "exact"), year=year,
                    entity=formed[0].actor.id, entity_text=formed[0].text)  # the group formed, not its founders


def _with_subject(text: str, s: int, e: int, f: Found) -> Found:
    """ "Formed in 2012, Jaish al-Adl ...": the group named right after an opening participle is the
    subject; the evidence runs on to it (a later group, "founded by members of X", is not)."""
    if text[s : f.start].strip(" \"'\u201c\u2018") or not text.startswith(",", f.end):
        return f
    m = _SUBJECT_AFTER.match(text, f.end + 1, e)
    if m is None:
        return f
    g = [a for a in aliases.find_actors(text, m.end(), min(e, m.end() + 60))
         if a.actor.type == "group" and a.start == m.end()]
    if g:
        f.end = g[0].end
    return f


_SUBJECT_AFTER = re.compile(r"\s*(?:the\s+)?(?:(?:militant|jihadist|insurgent|terrorist|armed|separatist|banned|outlawed)\s+)*"
                            r"(?:(?:group|outfit|organi[sz]ation|movement)\s+)?", re.IGNORECASE)


# ------------------------------------------------------------------ leader
_NAME = (
    r"(?P<name>(?:(?:Mullah|Mawlawi|Maulvi|Mufti|Sheikh|Shaykh|Hafiz|Qari|Abu|Mohammad|Muhammad)\s+)?"
    r"[A-Z][\w'\u2019\-]+(?:\s+(?:(?:al|el|bin|ibn|ul|ud|ur|ad|as|ash)[\-\s])?[A-Z][\w'\u2019\-]+){1,4})"
)
# "(QDi.431)", "(Iraqi, not listed)": an aside between a name and what is said of it
_ASIDE = r"(?:\s*\([^()]{1,40}\))"
_LEADER_WORD = r"(?:leader|chief|emir|amir|head|wali|governor|commander|founder|supremo)"
_RX_LEADER = [
    ("led_by", word_prefixed(  # (fastrx) \b(?:led|...)\s+by...
        r"(?:led|headed|commanded|run)", rf"\s+by\s+(?:a\s+(?:certain|man|figure|commander|militant|terrorist|jihadist)\s+"
        rf"(?:named\s+|called\s+|known\s+as\s+)?|its\s+(?:new\s+)?{_LEADER_WORD}\s+|the\s+)?[\"\u201c]?{_NAME}", flags=0)),
    ("named_as", word_prefixed(  # (fastrx) \bLEADER_WORD\b...
        _LEADER_WORD, rf"\b[^.;]{{0,50}}?\b(?:named\s+as|identified\s+as|known\s+as|named)\s+[\"\u201c]?{_NAME}", flags=0)),
    ("title_name", word_prefixed(  # (fastrx) \bLEADER_WORD\b...
        _LEADER_WORD, rf"\b(?:\s+of\s+(?P<of>(?:the\s+)?(?:[\w\-\u2019']+\s+){{0,4}}?[\w\-\u2019']+))?(?:,\s*|\s+)"
        rf"(?:(?:is\s+|was\s+)?(?:a\s+(?:terrorist|militant|jihadist|man|commander|figure)\s+)?(?:known\s+as|named|called|"
        rf"identified\s+as)\s+|is\s+|was\s+|has\s+been\s+|had\s+been\s+|remains\s+|became\s+)?[\"\u201c]?{_NAME}", flags=0)),
    ("name_title", re.compile(
        rf"[\"\u201c]?{_NAME}[\"\u201d]?{_ASIDE}?,?\s+(?:(?:is|was|became|remains|has\s+been)\s+)?(?:the\s+|its\s+|a\s+)?"
        rf"(?:new\s+|current\s+|top\s+|supreme\s+|overall\s+)?{_LEADER_WORD}\s+of\b")),
    # "X (QDi.431) remains the leader": the group is the one the report is about
    ("name_remains", re.compile(
        rf"{_NAME}{_ASIDE}?,?\s+(?:remains|is\s+still|is\s+now|became|has\s+become|was\s+named|was\s+appointed)\s+"
        rf"(?:as\s+)?(?:the\s+|its\s+)(?:new\s+|current\s+|overall\s+|supreme\s+|top\s+)?{_LEADER_WORD}\b"
        rf"(?!\s+(?:in|on|at|for|among)\b|['\u2019]s)")),
    # "Sirajuddin Haqqani, the acting interior minister who leads a powerful network within the Taliban"
    ("who_leads", re.compile(
        rf"{_NAME}{_ASIDE}?,\s+(?:[^,.;()]{{0,70}}?\s)?who\s+(?:currently\s+|now\s+|also\s+|still\s+)?"
        rf"(?:leads|heads|commands|runs)\s(?P<obj>[^.;]{{0,80}})")),
    # "X (Iraqi, not listed) commands the external operations unit of ISIL-K"
    # "X, also known as Y, has led the group since 2020"
    ("name_leads", re.compile(
        rf"{_NAME}(?:{_ASIDE}|,\s[^,;.()]{{1,90}},)?\s+(?:currently\s+|now\s+|also\s+|still\s+)?"
        rf"(?:leads|heads|commands|runs|(?:has|had)\s+(?:since\s+)?(?:led|headed|commanded|run)|led|headed)\s"
        rf"(?P<obj>[^.;]{{0,80}})")),
    # "Noor Wali Mehsud, the TTP chief, said": a title in apposition naming the group
    ("name_appos", re.compile(
        rf"{_NAME}{_ASIDE}?,\s+(?P<obj>(?:the\s+|its\s+|their\s+)(?:(?!(?:for|of|to|at|in|on|with|by|from|"
        rf"spokes\w*|deputy|vice|aide|assistant|son|brother|nephew|wife|adviser|advisor)\b)[\w\-\u2019']+\s+){{0,4}}?)"
        rf"{_LEADER_WORD}\b(?!\s+of\b)")),
    # "under the leadership of Baitullah Mehsud", "X took over as emir"
    ("under_leadership", re.compile(
        rf"\bunder\s+the\s+(?:leadership|command)\s+of\s+(?:(?:its|the\s+group['\u2019]s)\s+(?:\w+\s+)?)?{_NAME}")),
    ("took_over", re.compile(
        rf"{_NAME}{_ASIDE}?,?\s+(?:took\s+over\s+as\s+|succeeded\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){{0,2}}\s+as\s+|"
        rf"was\s+(?:elected|chosen|selected|named|appointed)\s+(?:as\s+)?)(?:the\s+)?(?:new\s+)?(?:group['\u2019]s\s+|its\s+|"
        rf"(?:[A-Z][\w\-]+\s+){{1,3}})?(?:new\s+)?(?:{_LEADER_WORD}|caliph)\b")),
    # "the Bashir Zeb-led faction"
    ("name_led", re.compile(
        rf"{_NAME}-led\s+(?:faction|group|wing|network|movement|militia|alliance|outfit|organi[sz]ation|insurgency|"
        rf"unit|branch|splinter|breakaway|militants|fighters|insurgents)\b")),
    # "Rebranded in 2006 by Balach Marri", "founded by a prominent commander, Baitullah Mehsud"
    ("founded_by", re.compile(
        rf"\b(?i:founded|established|formed|created|set\s+up|launched|rebranded|revived|reorgani[sz]ed)\s+"
        rf"(?:in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+)?by\s+(?:(?:the\s+|a\s+|an\s+)?(?:[a-z][\w\-]*\s+){{0,4}}?"
        rf"(?:[a-z][\w\-]*,\s+))?{_NAME}")),
    ("appointed", word_prefixed(  # (fastrx) \b(?:appointed|...)\s+NAME...
        r"(?:appointed|named|installed|chose|selected)", rf"\s+{_NAME}\s+(?:as\s+)?(?:its\s+|the\s+)?(?:new\s+)?"
        rf"(?:{_LEADER_WORD}|caliph)", flags=0)),
]
# "nationalist leader X", "a tribal chief": no armed group's leader
_NOT_ARMED_LEADER = re.compile(
    r"\b(?:nationalist|political|tribal|religious|community|opposition|party|spiritual|world|business|civic|student|"
    r"union|church|village|clan|youth|parliamentary|congressional|majority|minority|team|project|department|"
    r"delegation|mission|bureau|police|army|deputy|vice|assistant|military|security|intelligence|naval)\s+$",
    re.IGNORECASE,
)
# "a senior ISWAP commander, X", "a local TTP commander X": one of a group's commanders, not its leader
_ONE_COMMANDER = re.compile(r"\b(?:a|an|one|senior|local|field|mid-level|regional|provincial|district|key)\s+"
                            r"(?:(?-i:[A-Z]|al-|el-)[\w\-]*\s+){0,3}$", re.IGNORECASE)
# "the operation was led by General X", "the delegation was headed by X": who led an action or a body, not a group
_LED_THING = re.compile(r"\b(?:operation|attack|raid|assault|offensive|delegation|talks|team|mission|negotiations|meeting|"
                        r"campaign|ambush|siege|investigation|inquiry|probe|committee|panel|commission|search|rescue|"
                        r"strike|convoy|patrol|prayers?|funeral|march|protest|rally)s?\s+(?:[\w\-]+\s+){0,3}?"
                        r"(?:(?:was|were|is|are|has\s+been|had\s+been|being)\s+)?(?:(?:reportedly|personally|also)\s+)?$",
                        re.IGNORECASE)
# what a leader leads: "leads a powerful network within X", "heads the TTP", "commands the external
# operations unit of X" (the object's head noun, up to a preposition or a comma)
_OBJ_PHRASE = re.compile(
    r"(?P<phrase>(?:the\s+|a\s+|an\s+|its\s+|their\s+|the\s+group['\u2019]s\s+)?[^,;()]*?)"
    r"(?=\s+(?:in|of|for|at|on|to|from|within|with|which|that|and|who|since|after|across|along|until|till|before|"
    r"during|as|into|over|under|when|while|between)\b|\s*[,;(]|\s*$)")
_GROUP_HEADS = {"network", "faction", "militia", "insurgency", "outfit", "movement", "group", "organisation",
                "organization", "splinter", "wing", "unit", "branch", "cell", "shura", "fighters", "militants"}
_PART_HEADS = {"wing", "unit", "branch", "cell", "shura"}  # a part of a group: the group must be named
_GROUPISH_OWNER = re.compile(r"\b(?:its|their|(?:the\s+)?(?:group|outfit|organi[sz]ation|network|movement)['\u2019]s)\s",
                             re.IGNORECASE)


def _leads_a_group(text: str, a: int, b: int) -> int:
    """Where the group led ends (its phrase in ``text[a:b]``), or 0 when no armed group is led."""
    m = _OBJ_PHRASE.match(text, a, b)
    if m is None or not m.group("phrase").strip():
        return 0
    ps, pe = m.start("phrase"), m.end("phrase")
    words = m.group("phrase").split()
    head = words[-1].lower().strip("\"'\u201d")
    named = [g for g in aliases.find_actors(text, a, b) if g.actor.type == "group"]
    if any(g.start < pe and g.end >= pe for g in named):
        return pe  # "leads the TTP", "heads the Haqqani Network"
    if head not in _GROUP_HEADS:
        return 0  # "heads the Taliban delegation", "leads the polls"
    if head in _PART_HEADS:  # "the external operations unit of ISIL-K"
        owner = [g for g in named if g.start >= pe and g.start - pe <= 8]
        if owner:
            return owner[0].end
        return pe if (named or _GROUPISH_OWNER.search(text, ps, pe)) else 0
    return pe
_TITLES = {"Minister", "Interior", "Defence", "Defense", "Foreign", "Deputy", "Acting", "Commander", "Chief", "Emir",
           "Amir", "Leader", "General", "Mr", "Dr", "President", "Governor", "Spokesman", "Head", "Senior", "Former",
           "Current", "Prime", "Supreme", "Top", "Militant", "Jihadist"}
_OF_GROUP = re.compile(r"(?:the\s+)?(?:(?:militant|terrorist|jihadist|armed|banned|outlawed)\s+)?(?:group|organi[sz]ation|"
                       r"network|movement|faction|outfit|militia|insurgency|insurgents|militants|branch|affiliate)",
                       re.IGNORECASE)
_NOT_NAME = re.compile(
    r"\b(?:Islamic|State|Taliban|Province|Khorasan|Council|Nations|Government|Ministry|Army|Network|Group|"
    r"Afghanistan|Pakistan|President|The|This|That|His|Her|Its|American|Security|Police|United|Department)\b"
)


# The rules that start with a name are looked for only near their keyword (a name is tried at
# every capital letter otherwise): (keyword, how far before it the match may start).
_NAME_FIRST_KEYS = {
    "name_remains": (re.compile(r"\b(?:remains|is\s+still|is\s+now|became|has\s+become|was\s+named|was\s+appointed)\s"),
                     140),
    "who_leads": (re.compile(r"\bwho\s"), 220),
    "name_leads": (re.compile(r"\b(?:leads|heads|commands|runs|led|headed|commanded|run)\s"), 260),
    "name_appos": (re.compile(r",\s+(?:the|its|their)\s"), 140),
    "took_over": (re.compile(r"\b(?:took\s+over|succeeded|was\s+(?:elected|chosen|selected|named|appointed))\b"), 140),
    "name_led": (re.compile(r"-led\s"), 100),
}
#: how far after its keyword a name-first match may end
_AFTER_KEY = 200
#: keywords looked at per sentence and rule (prose has one or two; a run of them is a list or noise)
_MAX_KEYS = 4


#: Speed: the strings every match of each leader rule holds (gates.required, derived from the patterns)
_LEADER_GATES = {rule: required(rx) for rule, rx in _RX_LEADER}
#: words without which a rule cannot match (a substring test is cheaper than the scan)
_NEEDS = {"founded_by": " by ", "under_leadership": "under the ", "name_led": "-led", "who_leads": "who "}


def _matches(rule: str, rx: re.Pattern, text: str, s: int, e: int, low: str | None = None) -> Iterator[re.Match]:
    need = _NEEDS.get(rule)
    if need is not None and text.find(need, s, e) < 0:
        return
    if low is not None and not may_match(_LEADER_GATES[rule], low):
        return  # (speed: none of the strings every match of the rule holds; low is text[s:e].lower())
    key = _NAME_FIRST_KEYS.get(rule)
    if key is None:
        yield from rx.finditer(text, s, e)
        return
    kw, back = key
    done = -1
    for k in islice(kw.finditer(text, s, e), _MAX_KEYS):
        # the match must reach the keyword: search a window before it, from where the last one ended
        for m in rx.finditer(text, max(s, k.start() - back, done), min(e, k.end() + _AFTER_KEY)):
            if m.start() > k.start():
                break
            if m.end() >= k.end():
                done = m.end()
                yield m
                break


def leaders(text: str, s: int, e: int) -> Iterator[Found]:
    seen: set[str] = set()
    named: dict[tuple[str, str], Found | None] = {}
    low = text[s:e].lower()
    for rule, rx in _RX_LEADER:
        for m in _matches(rule, rx, text, s, e, low):
            if rule == "title_name" and _NOT_ARMED_LEADER.search(text, max(s, m.start() - 16), m.start()):
                continue  # "the son of nationalist leader X": a political or tribal figure
            if rule == "title_name" and text[m.start() : m.start() + 9].lower() == "commander" \
                    and _ONE_COMMANDER.search(text, max(s, m.start() - 60), m.start()):
                continue  # "a senior ISWAP commander, X": one of its commanders
            if rule == "led_by" and _LED_THING.search(text, max(s, m.start() - 60), m.start()):
                continue  # "the operation was led by General X": an action's leader, no group's
            if "of" in rx.groupindex and m.group("of") and not _OF_GROUP.fullmatch(m.group("of")) and not any(
                    g.actor.type == "group" for g in aliases.find_actors(text, m.start("of"), m.end("of"))):
                continue  # "the head of the main hospital, Dr X": no armed group's leader
            if rule == "name_appos":
                if not _GROUPISH_OWNER.search(m.group("obj")) and not any(
                        g.actor.type == "group" for g in aliases.find_actors(text, m.start("obj"), m.end("obj"))):
                    continue  # "Ahmad Zia, the police chief": no armed group's leader
            obj_end = 0
            if rule in _OBJ_RULES:
                obj_end = _leads_a_group(text, m.start("obj"), m.end("obj"))
                if not obj_end:
                    continue  # "X heads the delegation": no armed group led
            key = (m.group("name"), text[m.start("name") - 40 : m.start("name")][-1:])
            if key in named and (named[key] is None or named[key].entity in seen):
                continue  # a name already found to be no person's, or already given
            f = leader_named(text, m.start(), m.start("name"), m.group("name"), rule)
            named[key] = f
            if f is None or f.entity in seen:
                continue
            if rule in _NAME_FIRST:  # the evidence runs on to what the name leads
                f.end = max(f.end, obj_end or m.end())
            seen.add(f.entity)
            yield f


_NAME_FIRST = {"name_title", "name_remains", "who_leads", "name_leads", "name_led", "took_over", "name_appos"}
_OBJ_RULES = {"who_leads", "name_leads"}


def leader_named(text: str, start: int, ns: int, name: str, rule: str) -> Found | None:
    """A leader claim for ``name`` (at ``ns``; the evidence from ``start``): a known person, or two or
    more capitalised words that name no group, place or other actor; else None."""
    tab = aliases.table()
    name = name.rstrip("\u2019'")
    if name.startswith(("The ", "the ")):  # "The Hafiz Gul Bahadur-led group": the article is no part of the name
        name, ns = name[4:], ns + 4
    # trim a trailing possessive or a word that is no name
    person = tab.actor(name)
    words = name.split()
    if person is None or person.type != "person":
        # the longest leading part that is a known person
        for k in range(len(words) - 1, 1, -1):
            part = " ".join(words[:k])
            p2 = tab.actor(part)
            if p2 is not None and p2.type == "person":
                person, name = p2, part
                break
    if person is None or person.type != "person":
        # "Taliban Interior Minister Sirajuddin Haqqani": the name after the titles
        for k in range(1, len(words) - 1):
            if words[k - 1] not in _TITLES and not _NOT_NAME.fullmatch(words[k - 1]):
                break
            part = " ".join(words[k:])
            p2 = tab.actor(part)
            if (p2 is not None and p2.type == "person") or (
                    k + 2 <= len(words) and words[k] not in _TITLES and not _NOT_NAME.search(part) and p2 is None
                    and not gazetteer.lookup(part)):
                person, ns, name = p2, ns + text[ns:].find(part), part
                break
    if person is None or person.type != "person":
        if _NOT_NAME.search(name) or gazetteer.lookup(name) or tab.actor(name) is not None:
            return None
        if len(name.split()) < 2:
            return None
        entity = name
        group = None
    else:
        entity = person.id
        group = person.group
    f = Found("leader", rule, start, ns + len(name), entity=entity, entity_text=name)
    f.scope = group
    return f


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


# "previous mosque attacks have been claimed by X": many past attacks, no event of the report
_PAST_ATTACKS = re.compile(
    r"\b(?:previous|past|earlier|other|several|many|similar|such|most|numerous|multiple|recent|prior|some)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:attacks|bombings|incidents|assaults|killings|blasts|massacres)\b[^.;,]{0,50}$",
    re.IGNORECASE,
)
# "did not say who was behind", "no group has claimed", "denied carrying out"
_NEGATED = re.compile(
    r"\b(?:not|no|never|neither|nor|denied|denies|deny|unclear|unknown|whether|who|if)\b[^.;]{0,40}$|n['\u2019]t\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# "previous attacks have been claimed by", "many such bombings were carried out by": a general statement
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
        if _PAST_ATTACKS.search(text, max(s, m.start() - 100), m.start()):
            continue  # "previous mosque attacks have been claimed by ISIS": no one event
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
_WITHDRAWN = doc_gated(_WITHDRAWN)  # (speed: no scan of a stretch holding none of the strings every match holds)
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
