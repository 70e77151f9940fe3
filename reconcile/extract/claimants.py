"""Who asserts a claim: the claimant's words as written and their role.

Roles (DESIGN.md): reporter (the source itself, the default), official,
perpetrator (a group speaking about its own attack), researcher,
international_org, unknown (unnamed estimates, witnesses, rumours).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import aliases

#: The date the Taliban took Kabul: from then on a Taliban spokesman speaks for the authorities.
TALIBAN_AUTHORITY_FROM = "2021-08-15"

_INTL = re.compile(
    r"\b(?:U\.?N\.?|UN['\u2019]s|United\s+Nations|UNAMA|Doctors\s+Without\s+Borders|Emergency\s+NGO|Security\s+Council|UNICEF|UNHCR|OCHA|WHO|World\s+Health|Red\s+Cross|"
    r"Red\s+Crescent|ICRC|Amnesty|Human\s+Rights\s+Watch|HRW|M[ée]decins|MSF|World\s+Bank|monitoring\s+team|"
    r"International\s+Organization|IOM|European\s+Union|EU)\b"
)
_OFFICIAL = re.compile(
    r"\b(?:officials?|ministry|ministries|minister|spokes(?:man|men|woman|person|persons|people)|police|"
    r"governor|government|authorities|authority|army|military|Pentagon|commander|chief|district|provincial|"
    r"president|prime\s+minister|White\s+House|State\s+Department|CENTCOM|Central\s+Command|ISPR|interior|defen[cs]e|"
    r"security\s+forces|administration|hospital|doctors?|health|department|agency|intelligence|embassy|"
    r"prosecutors?|investigators?|officers?|sources?\s+in\s+the\s+government|mayor|councill?or|"
    r"emergency\s+services|rescue|counter-?terrorism|Kremlin|Biden|state\s+media|Bakhtar|committee|commission|"
    r"commissioner|superintendent|inspector|magistrate|SHO|DPO|DHO|SSP|FSB|Inter-?Services|media\s+wing|"
    r"cabinet|parliament|senator|lawmakers?|legislators?|coroner|prosecutor-general|procurator|ombudsman|"
    r"Islamic\s+Emirate|regime|consulate|envoy|ambassador|diplomats?|forces)\b",
    re.IGNORECASE,
)
_RESEARCH = re.compile(
    r"\b(?:researchers?|analysts?|experts?|think[\s\-]tank|institute|tracker|scholars?|professor|"
    r"ACLED|Long\s+War\s+Journal|Soufan|Crisis\s+Group|SITE|Jamestown|Brookings|RAND|CTC|Sentinel|university|"
    r"observatory|ExTrac|Dragonfly|Wilson|fellow)\b",
    re.IGNORECASE,
)
_RESEARCH_WEAK = re.compile(r"\b(?:cent(?:er|re)|study|studies|report|data|database|dataset|monitors?|journal)\b", re.IGNORECASE)
_UNKNOWN = re.compile(
    r"\b(?:witness(?:es)?|residents?|locals?|villagers|sources?|estimates?|reports?|rumou?rs?|media|"
    r"survivors?|relatives?|some|people|eyewitness(?:es)?|activists?|social\s+media|footage|elders?|mourners?|"
    r"neighbou?rs?|shopkeepers?|a\s+man|a\s+woman|family|families|cousin|brother|father|mother|son|daughter)\b",
    re.IGNORECASE,
)
_PERP = re.compile(
    r"\b(?:the\s+group|the\s+militants?|militants|insurgents|jihadists|the\s+(?:terror(?:ist)?\s+)?outfit|"
    r"propaganda|Amaq|A['\u2019]maq|its\s+(?:news\s+agency|media\s+arm|mouthpiece)|claim\s+of\s+responsibility|"
    r"claimed\s+responsibility|Telegram\s+channel)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Claimant:
    text: str | None
    role: str
    start: int = -1
    end: int = -1


def classify(who: str, published: str | None = None) -> str:
    """The role of a claimant given as words."""
    return _classify(who, bool(published and published >= TALIBAN_AUTHORITY_FROM))


#: A group named as what the claimant studies, fights or speaks about ("an expert on ISKP",
#: "officials fighting the Taliban") is not the claimant's own side.
_ABOUT_GROUP = re.compile(
    r"\b(?:on|about|against|into|fighting|tracking|studying|covering|monitoring|of|in)\s+(?:the\s+)?$", re.IGNORECASE)
_HEAD_BEFORE_GROUP = re.compile(
    r"\b(?:expert|experts|researchers?|analysts?|scholars?|specialists?|monitor(?:s|ing)?|team|panel|report|study|"
    r"sanctions|observers?|professor|fellow|journalists?|correspondents?)\b", re.IGNORECASE)
#: The Taliban as the state: their government's words are an official's whenever they are written.
_TALIBAN_STATE = re.compile(
    r"\bTaliban(?:['\u2019]s)?[\s\-]+(?:led|run|appointed|controlled|installed|government|authorities|administration|regime|"
    r"ministry|ministries|interior|defen[cs]e|police|cabinet|officials?|health|governor|provincial|spokes\w+|"
    r"intelligence|security\s+forces|chief\s+spokes\w+|deputy)\b|\bIslamic\s+Emirate\b|\bde\s+facto\b",
    re.IGNORECASE)


@lru_cache(maxsize=8192)
def _classify(who: str, taliban_rule: bool) -> str:
    actor_roles = []
    for m in aliases.find_actors(who):
        a = m.actor
        lead = who[: m.start]
        if a.type == "group" and lead and _ABOUT_GROUP.search(lead) and _HEAD_BEFORE_GROUP.search(lead):
            continue  # "an expert on ISKP": the group is the topic, not the speaker
        if a.type == "person" and a.group:
            g = aliases.table().actors.get(a.group)
            actor_roles.append((g.id if g else a.group, g.role if g else None))
        else:
            actor_roles.append((a.id, a.role))
    for aid, role in actor_roles:
        if aid == "Taliban":
            if _PERP.search(who) and not _TALIBAN_STATE.search(who):
                return "perpetrator"
            if taliban_rule or _TALIBAN_STATE.search(who):
                return "official"
            return "perpetrator"
        if role == "perpetrator":
            return "perpetrator"
    if _INTL.search(who):
        return "international_org"
    for aid, role in actor_roles:
        if role in ("official", "international_org", "researcher"):
            return role
    if _PERP.search(who):
        return "perpetrator"
    if _RESEARCH.search(who):
        return "researcher"
    if _OFFICIAL.search(who):
        return "official"
    if _RESEARCH_WEAK.search(who):
        return "researcher"
    return "unknown"


_SAY = (
    r"(?:said|says|say|told|tell|reported|reports|report|stated|states|claimed|claims|claim|confirmed|confirms|"
    r"announced|announces|estimated|estimates|estimate|added|noted|wrote|tweeted|posted|counted|documented|"
    r"recorded|put\s+the\s+(?:death\s+)?toll|put\s+the\s+number|believes?|believed|assessed|assesses|"
    r"suggested|suggest|suggests|showed|show|shows|indicated|indicate|indicates|according|think|thinks|thought|"
    r"spoke|speak|speaks|warned|warn|warns|insisted|insists|acknowledged|admitted|alleged|alleges|"
    r"quoted|cited|puts?|placed|places|published|issued|released)"
)
_ACCORDING = re.compile(
    r"\b(?:according\s+to|citing|cited\s+by|as\s+reported\s+by|per)\s+(?P<who>(?:[^,.;:()\"\u201c\u201d]|\.(?=\w)|(?<=\b[A-Z])\.)"
    r"{2,90}?)(?=\s*(?:[,;:()\"\u201c\u201d]|(?<!\b[A-Z])\.(?:\s|$)|$|\s+(?:the\s+)?(?:death\s+toll|toll)\b))",
    re.IGNORECASE,
)
_SAY_RX = re.compile(rf"\b{_SAY}\b", re.IGNORECASE)
_SAID_SUBJECT = re.compile(
    r"[,\"\u201d\u2019]\s*(?:said|says|added|adds|stated|states|mentioned|declared|according\s+to|claimed|claims|"
    r"boasted|announced|reported|confirmed|insisted|noted|wrote|tweeted)\s+"
    r"(?P<who>(?:[A-Z][\w.'\u2019\-]*|of|the|for|at|in|a|an|"
    r"[a-z]+(?=\s+(?:of|for|at)\b)|[A-Z]\w*)(?:\s+(?:[A-Z][\w.'\u2019\-]*|of|the|for|at|in|a|an|and|"
    r"spokes\w+|official\w*|researcher|analyst|expert|minister|chief|commander|director|head|fellow|senior|"
    r"deputy|provincial|district|police|health|interior|defen[cs]e|committee|ministry|department|office|"
    r"statement|group|militants?|agency|channel|outlet|authorities|government|monitors?|team|panel|report|"
    r"experts?|officers?|army|military|forces|media|wing|service|services|spokes\w+|sources?)){0,10}?)"
    r"(?=\s*(?:[,.;:()\u2014\u2013]|\s-\s|$)|\s+(?:on|in|at|to|that|who|when|as|after|before|late|early|earlier|"
    r"yesterday|today|told|adding|citing|quoted|via|through|without|while)\b)"
)
_STATEMENT = re.compile(r"\b(?:in\s+a\s+statement|statement\s+(?:released|posted|issued|published)|communiqu[ée])\b", re.IGNORECASE)
_CLAIMED_OWN = re.compile(
    r"\b(?:its|their)\s+(?:bomber|bombers|fighters|militants|men|attacker|attackers|martyrdom|soldiers\s+of\s+the\s+caliphate|"
    r"suicide\s+bomber|operatives|mujahideen|mujahidin)\b|\bclaimed\s+responsibility\b|\bclaim(?:ed)?\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?killed\b",
    re.IGNORECASE,
)


PRONOUNS = {"he", "she", "they", "we", "it", "i"}
#: A person's name alone ("Mujahid said"), to be resolved from where the report introduced them.
_NAME_ONLY = re.compile(r"[A-Z][\w'\u2019\-]+(?:\s+(?:al-|bin\s+)?[A-Z][\w'\u2019\-]+){0,3}")


@lru_cache(maxsize=8192)
def _could_be_claimant(who: str) -> bool:
    return bool(_INTL.search(who) or _OFFICIAL.search(who) or _RESEARCH.search(who) or _RESEARCH_WEAK.search(who)
                or _UNKNOWN.search(who) or _PERP.search(who) or aliases.find_actors(who))
_CLAIMED_OWN_FIGURE = re.compile(
    r"\b(?:saying|said|adding|claiming)\s+(?:that\s+)?(?:its|their)\s+(?:\w+\s+)?(?:bombers?|fighters|militants|men|"
    r"attackers?|operatives|mujahideen|members)\b",
    re.IGNORECASE,
)
_CLAIMED_EVENT = re.compile(
    r"\s+(?:(?:the\s+)?responsibility|credit|(?:the|a|this|that|last|an)\s+(?:[\w\-\u2019']+\s+){0,3}?"
    r"(?:attacks?|bombings?|blasts?|assaults?|killings?|massacres?|shootings?|raids?|explosions?))\b",
    re.IGNORECASE,
)


def find_claimants(text: str, start: int, end: int, published: str | None = None) -> list[Claimant]:
    """Every claimant named in the sentence ``text[start:end]``, in text order.

    A pronoun ("he said") comes back with role ``unknown`` and text "he": the caller
    may resolve it from the sentences before.
    """
    sent = text[start:end]
    out: list[Claimant] = []
    for m in _ACCORDING.finditer(sent):
        who = m.group("who").strip()
        if re.match(r"(?:our|my)\b", who, re.IGNORECASE):
            continue  # "according to our information," the speaker is named elsewhere
        out.append(Claimant(who, classify(who, published), start + m.start("who"), start + m.start("who") + len(who)))
    for m in _SAID_SUBJECT.finditer(sent):
        who = m.group("who").strip().rstrip(".")
        if len(who) > 2 and who.lower() not in PRONOUNS:
            s0 = start + m.start("who")
            out.append(Claimant(who, classify(who, published), s0, s0 + len(who)))
    for m in _SAY_RX.finditer(sent):
        if m.group(0).lower() == "according":
            continue
        lo = max(0, m.start() - 120)
        before = sent[lo : m.start()]
        if m.group(0).lower() in ("quoted", "cited"):
            before = re.sub(r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s*$", "", before)
        if (m.group(0).lower() in ("claimed", "claims", "claim") and _CLAIMED_EVENT.match(sent, m.end())
                and not _CLAIMED_OWN_FIGURE.search(sent, m.end())):
            continue  # "X claimed the attack, in which 13 died": an attribution, not X's figure
        before = re.sub(r"(?:\s+|,\s*)(?:has|have|had|also|later|quickly|previously|separately|earlier|initially|"
                        r"however|meanwhile|too|themselves|itself|now|still|again|have\s+since|had\s+earlier|on\s+\w+day|on\s+Twitter|"
                        r"in\s+a\s+statement)\s*,?\s*$", "", before.rstrip()).rstrip(" ,") + " "
        who = " ".join(before.split()[-8:])
        whole = who
        # keep the noun phrase just before the verb: cut at the last clause break
        cut = max(who.rfind(","), who.rfind(";"), who.rfind("\u201d"), who.rfind('"'), who.rfind(":"),
                  who.rfind(" - "), who.rfind("\u2013"), who.rfind("\u2014"))
        if cut >= 0:
            who = who[cut + 1 :].lstrip(" -")
        words = who.split()
        # drop leading function words of the clause ("while", "and", "that", "but", "as")
        while words and words[0].lower() in {"while", "and", "but", "that", "as", "since", "when", "after",
                                              "which", "who", "so", "though", "although", "because",
                                              "in", "on", "a", "statement", "also", "than", "where", "whom"}:
            words = words[1:]
        who = " ".join(words)
        if not who:
            continue
        pos = start + lo + sent[lo : m.start()].rfind(who)
        if who.lower() in PRONOUNS:
            if who.lower() != "it" or m.group(0).lower() in ("documented", "recorded", "counted", "estimated", "said",
                                                              "reported", "stated"):
                out.append(Claimant(who, "unknown", pos, pos + len(who)))
            continue
        if who.lower() in {"which", "who", "this", "that"}:
            continue
        if re.search(r"\b(?:are|is|were|was|be|been|being|have|has|had)$|\d", who, re.IGNORECASE):
            continue  # "60 people are confirmed dead": a passive, not a claimant
        if re.fullmatch(r"(?:the\s+)?(?:\w+\s+)?(?:death\s+toll|toll|attack|bombing|blast)", who, re.IGNORECASE):
            continue
        if not _could_be_claimant(who) and _NAME_ONLY.fullmatch(who) and not _could_be_claimant(whole):
            out.append(Claimant(who, "unknown", pos, pos + len(who)))  # a bare name: resolved by the caller
            continue
        if not _could_be_claimant(who):
            # "A district police chief, Gul Mohammad, said": the title before the name
            m2 = re.search(r"([^,;:\"\u201c\u201d]+),\s*" + re.escape(who) + r"$", whole) if who else None
            title = m2.group(1).strip() if m2 else ""
            tw = title.split()
            while tw and tw[0].lower() in {"while", "and", "but", "that", "as", "when", "after", "in", "on"}:
                tw = tw[1:]
            title = " ".join(tw)
            if not title or not _could_be_claimant(title):
                continue
            who = f"{title}, {who}"
            pos = start + lo + sent[lo : m.start()].rfind(who) if who in sent[lo : m.start()] else pos
        role = classify(who, published)
        if _STATEMENT.search(sent) and role in ("unknown",) and _PERP.search(sent):
            role = "perpetrator"
        if role != "perpetrator" and _CLAIMED_OWN.search(sent):
            for a in aliases.find_actors(who):
                if a.actor.type == "group" and a.actor.role == "perpetrator":
                    role = "perpetrator"
        out.append(Claimant(who, role, pos, pos + len(who)))
    out.sort(key=lambda c: c.start)
    return out


def find_claimant(text: str, start: int, end: int, published: str | None = None) -> Claimant | None:
    """The first claimant named in the sentence, or None (the reporter)."""
    found = find_claimants(text, start, end, published)
    return found[0] if found else None


def claimant_for(claimants: list[Claimant], span_start: int, span_end: int) -> Claimant | None:
    """The claimant of a claim: the one named closest before its words, else the first after."""
    before = [c for c in claimants if c.end <= span_start]
    if before:
        return before[-1]
    after = [c for c in claimants if c.start >= span_start]
    return after[0] if after else (claimants[0] if claimants else None)


aliases.ON_RELOAD.extend([_classify.cache_clear, _could_be_claimant.cache_clear])
