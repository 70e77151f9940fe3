"""Parts of a toll: which figure counts everyone, which a group, and which only a part.

A toll is compared with another only as counts of one group (:mod:`reconcile.conflicts`).  This
module gives each figure its group key: the victim label ("police" for policemen and police
officers), or a key of its own for a figure that is a part of a toll and counts no group whole:

* parts a sentence lists beside another group ("five civilians" of "14 soldiers, five civilians
  and six railway staff"; "three others"), the wounded of one severity, wounded told after one
  group's dead ("Besides the 11 service members killed, 17 were wounded");
* parts of one report's toll: figures that add up to it, a figure told as "more" after one of
  its kind ("four more bodies were recovered"), a part named with "including" of the same group
  ("16 militants including four suicide bombers"), a figure of no group told as among the dead,
  an organisation's own people ("60 of its members"), those killed at once ("40 were killed instantly")
  beside a larger toll.

(Parts told by their wording alone, one sentence at a time, are found in :mod:`reconcile.partwords`.)
And it tells whether a total can hold a part (civilians hold no combatants; a toll of the dead
does not count the attackers), and the interval a vague count is compared with.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from functools import lru_cache

from .extract.victims import VICTIM_NOUN
from .intervals import compatible
from .matching.features import norm_label, victim_group
from .partwords import among, facility_split, figure_at, figures_at, instant, of_the_dead, own_people
from .tollscope import everyone_besides_attackers

TOLL_KINDS = ("killed", "injured")

#: Labels that name one victim group ("police", "policemen", "police officers").
_GROUP_SYNONYMS = {
    "policemen": "police", "policeman": "police", "police officers": "police", "police officer": "police",
    "police personnel": "police", "policemen and women": "police", "police men": "police",
    "troops": "soldiers", "soldier": "soldiers", "servicemen": "soldiers", "service members": "soldiers",
    "army personnel": "soldiers",
}


@lru_cache(maxsize=65536)
def victims_key(victims: str | None) -> str:
    """Everyone killed ("people", also "civilians", "worshippers") or a named subgroup; one name
    per group ("policemen" and "police officers" are "police")."""
    v = victim_group(victims)
    return _GROUP_SYNONYMS.get(v, v)


#: General labels that still name a part when a sentence lists it beside other groups ("others" the rest)
#: ("14 soldiers, five civilians and six railway staff").
PART_LABELS = frozenset({"civilians", "civilian", "worshippers", "worshipers", "mourners", "others"})
#: Words of a combatant victim group: civilians never hold it.
_COMBATANT = re.compile(r"\b(?:police|soldiers?|troops?|security|forces|army|military|guards?|militants?|attackers?"
                        r"|fighters?|service|marines?|commandos?|officers?|personnel|servicemen)\b")


def _by_sentence(items: list[dict]) -> list[list[dict]]:
    """The claims of each sentence (one source, one quote), in order."""
    by_quote: dict[tuple, list[dict]] = defaultdict(list)
    for c in items:
        if c.get("quote"):
            by_quote[(c["source_id"], c["quote"])].append(c)
    return list(by_quote.values())


def listed_parts(items: list[dict], claims: list[dict] = ()) -> dict[str, str]:
    """Group keys of claims one sentence lists beside another group ("100 members of the security
    forces ... along with 20 to 30 civilians"): there "civilians" is a part, not everyone.  ``claims``:
    the event's claims of every kind ("killed 12 people and injured 27 others": the others are all the
    wounded, others than the dead)."""
    out: dict[str, str] = {}
    other_kind = _other_kind_before(items, claims)
    for same in _by_sentence(items):
        if len(same) >= 2:
            for c in same:
                if _local_people(c):
                    out[c["id"]] = LOCALS  # "Four locals and seven Chinese nationals died": the locals, a part
        elif others_beside_named(same[0]) and same[0]["id"] not in other_kind:
            out[same[0]["id"]] = "others"  # "killing a judge and 10 others": the toll is 11, the others a part
        groups = len({victims_key(c["victims"]) for c in same}) >= 2
        for c, key in _named_kinds(same, groups).items():
            out.setdefault(c, key)  # "at least 45 Christians and 25 Muslims", "seven girls and one boy": kinds of one group
        if not groups and len({norm_label(c["victims"]) for c in same}) < 2:
            continue
        for c in same:
            raw = norm_label(c["victims"])
            if raw in PART_LABELS:
                if groups:
                    out[c["id"]] = raw
            elif c.get("value_text") and re.search(re.escape(c["value_text"]) + r"\s+(?:others|more)\b",
                                                   c["quote"], re.IGNORECASE) and not everyone_besides_attackers(c) and not (
                    c["id"] in other_kind and not any((d.get("span_start") or 0) < (c.get("span_start") or 0)
                                                      for d in same if d is not c)):
                # "killed two members of the staff and three others"; "one bomber blew himself up, while two
                # others were shot dead ... seven civilians were also killed": the others are not the civilians
                out[c["id"]] = "others"
            elif victims_key(c["victims"]) == "people" and _ONE_NAMED.match(c.get("value_text") or ""):
                out[c["id"]] = unnamed_part(c)  # "five engineers and their driver": the driver, one of them
    return out


#: The victim noun a figure counts ("45 Christians", "four law enforcement agency (LEA) members", "one boy").
_HEAD_NOUN = re.compile(r"\s+(?:\(?[\w'\u2019\-]+\)?\s+){0,4}?(?P<noun>" + VICTIM_NOUN + r")\b", re.IGNORECASE)
#: Nouns of everyone a toll counts, no kind of victim of their own.
_EVERYONE_NOUNS = frozenset({"people", "persons", "person", "individuals", "victims", "others", "other", "lives", "more",
                             "them", "civilians", "civilian"})


def _head_noun(c: dict) -> str | None:
    """The noun right after the claim's figure, singular and in lower case ("Christians" -> "christian")."""
    m = figure_at(c)
    h = _HEAD_NOUN.match(c.get("quote") or "", m.end()) if m is not None else None
    if h is None:
        return None
    noun = " ".join(h.group("noun").lower().split())
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


_A_PART_OF = re.compile(r"\b(?:includ\w*|among|of\s+(?:whom|them|those|the\s+dead))\b", re.IGNORECASE)


def _named_kinds(same: list[dict], groups: bool) -> dict[str, str]:
    """Group keys of figures one sentence lists by the kind of victim they count, within one victim group ("at
    least 45 Christians and 25 Muslims", "seven girls and one boy"), or as people of a kind beside another group
    ("10 security personnel and four agency members"): each counts its kind ("people (christian)"), compared with
    the same kind's figures elsewhere and held by the toll of everyone, never a rival count of the whole group."""
    nouns = {c["id"]: _head_noun(c) for c in same}
    kinds = {n for n in nouns.values() if n and n not in _EVERYONE_NOUNS}
    q = same[0].get("quote") or ""
    at = sorted(m.start() for c in same if (m := figure_at(c)) is not None)
    if (len(at) >= 2 and _A_PART_OF.search(q, at[0], at[-1])) or any(n in (victims_key(c["victims"]), victims_key(c["victims"]).removesuffix("s"))
                                   for c in same if (n := nouns[c["id"]])):
        return {}  # "15 militants, including three bombers": a total and its part, not two kinds side by side
    out: dict[str, str] = {}
    for c in same:
        noun, key = nouns[c["id"]], victims_key(c["victims"])
        if not noun or noun in _EVERYONE_NOUNS:
            continue
        if (groups and key == "people") or (not groups and len(kinds) >= 2):
            out[c["id"]] = f"{key} ({noun})"
    return out


#: "killing Judge Khan and 10 others", "a policeman and three others died": others beside a victim named before them
#: (not "blew himself up, killing 10 others", nor "the three attackers and nine others": there the others are everyone).
_AND_BEFORE = re.compile(r"(?P<word>[\w'\u2019\-]+)\s*,?\s+and\s+$", re.IGNORECASE)
_NOT_A_VICTIM = re.compile(r"(?:himself|herself|themselves|itself|attackers?|gunm[ae]n|bombers?|assailants?|militants?|"
                           r"terrorists?|insurgents?)$", re.IGNORECASE)


def others_beside_named(c: dict) -> bool:
    """The claim's figure counts "N others" after a victim its sentence names without a figure ("killing Judge Khan
    and 10 others"): a part of the toll, which is larger by the named ones."""
    vt, q = c.get("value_text"), c.get("quote") or ""
    if not vt or everyone_besides_attackers(c):
        return False
    for m in re.finditer(r"(?<![\w])" + re.escape(vt) + r"\s+others\b", q):
        before = _AND_BEFORE.search(q, max(0, m.start() - 60), m.start())
        if before is not None and not _NOT_A_VICTIM.match(before.group("word")):
            return True
    return False


#: The group key of the local people a sentence counts beside another group (foreigners, soldiers).
LOCALS = "part of locals"
_LOCAL_NOUN = re.compile(r"\s+(?:local\s+(?:people|residents|men|civilians|workers|labou?rers|citizens)|locals|residents|"
                         r"villagers|passers-?by|bystanders)\b", re.IGNORECASE)
_NATIONALS = re.compile(r"\s+(Pakistani|Afghan|Iranian|Tajik|Uzbek|Turkmen|Kyrgyz|Kazakh)\s+(?:nationals|citizens|"
                        r"civilians|workers|labou?rers|men|people)\b", re.IGNORECASE)
_NATION = {"pakistani": "Pakistan", "afghan": "Afghanistan", "iranian": "Iran", "tajik": "Tajikistan",
           "uzbek": "Uzbekistan", "turkmen": "Turkmenistan", "kyrgyz": "Kyrgyzstan", "kazakh": "Kazakhstan"}


def _local_people(c: dict) -> bool:
    """The figure counts the local people ("four locals", "three residents", "three Pakistani nationals" of an
    attack in Pakistan): in a sentence counting another group too, they are a part of the dead, not everyone."""
    text, quote = c.get("value_text"), c.get("quote") or ""
    if not text:
        return False
    for m in re.finditer(re.escape(text), quote, re.IGNORECASE):
        if _LOCAL_NOUN.match(quote, m.end()):
            return True
        n = _NATIONALS.match(quote, m.end())
        if n is not None and _NATION[n.group(1).lower()] == _country(c):
            return True
    return False


def _country(c: dict) -> str | None:
    if c.get("country") or not c.get("place"):
        return c.get("country")
    from .gazetteer import lookup

    try:
        p = lookup(c["place"])
    except Exception:  # a broken user gazetteer file must not stop the comparison
        return None
    return p.country if p is not None else None


def _other_kind_before(items: list[dict], claims) -> set[str]:
    """Ids of ``items`` whose sentence gives a figure of another kind before theirs ("killed 12 people
    and injured 27 others")."""
    kinds = {c["kind"] for c in items}
    firsts: dict[tuple, int] = {}
    for d in claims:
        if d["kind"] not in kinds and d.get("quote") and d.get("span_start") is not None:
            key = (d["source_id"], d["quote"])
            firsts[key] = min(firsts.get(key, d["span_start"]), d["span_start"])
    return {c["id"] for c in items if c.get("quote") and (c.get("span_start") or 0) > firsts.get(
        (c["source_id"], c["quote"]), 1 << 62)}


#: One victim named with an article or a possessive beside a counted group ("and their driver", "and a guide").
_ONE_NAMED = re.compile(r"(?:a|an|one|their|his|her|its)\s+\S", re.IGNORECASE)

_GENERAL_NOUN = re.compile(r"\b(?:people|persons|civilians|others|victims|individuals)\b", re.IGNORECASE)


def elliptical(claims: list[dict]) -> dict[str, str]:
    """Group keys of wounded figures that name no group in a sentence whose only dead are one group
    ("Besides the 11 service members killed, 17 were wounded": 17 service members)."""
    killed: dict[tuple, set[str]] = defaultdict(set)
    for c in claims:
        if c["kind"] == "killed" and c.get("quote"):
            killed[(c["source_id"], c["quote"])].add(victims_key(c["victims"]))
    out: dict[str, str] = {}
    for c in claims:
        q = c.get("quote")
        if c["kind"] != "injured" or not q or victims_key(c["victims"]) != "people" or _GENERAL_NOUN.search(q):
            continue
        groups = killed.get((c["source_id"], q), set())
        if len(groups) == 1 and "people" not in groups:
            out[c["id"]] = next(iter(groups))
    return out


_SEVERITY = re.compile(r"(?:\s+[A-Za-z'\u2019]+){0,4}?\s+(?:(?:(badly|seriously|critically|severely|gravely)"
                       r"|(lightly|slightly|superficially))\s+(?:wounded|injured|hurt)"
                       # "172 people who suffered serious injuries", "40 with minor wounds"
                       r"|(?:suffered|sustained|received|with)\s+(?:(serious|severe|critical|grave|life-threatening)"
                       r"|(minor|light|slight|superficial))\s+(?:injuries|wounds))\b", re.IGNORECASE)


def severity_part(c: dict) -> str | None:
    """"five of its citizens were badly wounded", "around 13 to 14 are superficially wounded", "172 people who
    suffered serious injuries": the wounded of one severity, a part of all the wounded."""
    vt, q = c.get("value_text"), c.get("quote") or ""
    if c["kind"] != "injured" or not vt or victims_key(c["victims"]) != "people":
        return None
    pos = q.find(vt)
    m = _SEVERITY.match(q, pos + len(vt)) if pos >= 0 else None
    if m is None:
        return None
    return "seriously wounded" if m.group(1) or m.group(3) else "lightly wounded"


#: What became of some of the wounded: "25 injured patients were treated and discharged", "12 remain in
#: hospital", "five of them are in critical condition".
_DISPOSITION = re.compile(
    r"(?:\s+[A-Za-z'\u2019]+){0,4}?\s+(?:(?:were|was|have\s+been|had\s+been|are|is)\s+)?(?:(?:initially|later|since|"
    r"already|subsequently|all)\s+)?(?:(?:treated|given\s+first\s+aid)\s+and\s+)?(?P<how>discharged|released\s+(?:after|from)|"
    r"sent\s+home|remain(?:s|ed)?\s+(?:in\s+(?:the\s+)?hospital|hospitali[sz]ed|under\s+treatment|admitted)|"
    r"still\s+(?:in\s+(?:the\s+)?hospital|hospitali[sz]ed|under\s+treatment)|"
    r"(?:in\s+(?:a\s+)?)?(?:critical|serious|stable)\s+condition)\b", re.IGNORECASE)


def disposition_part(c: dict) -> str | None:
    """The wounded who were discharged, who remain in hospital, in critical condition: a part of all the
    wounded of their group, not a count of them."""
    if c["kind"] != "injured":
        return None
    q = c.get("quote") or ""
    for m in figures_at(c):
        d = _DISPOSITION.match(q, m.end())
        if d is not None:
            how = d.group("how").lower()
            what = ("discharged" if how.startswith(("discharged", "released", "sent")) else
                    "in hospital" if "condition" not in how else "in critical condition")
            return f"wounded {what} ({victims_key(c['victims'])})"
    return None


#: The wounded who died afterwards: "the five soldiers who were injured earlier had succumbed to their
#: injuries", "three of the wounded later died": deaths added to a toll told before, a part of it (not "ten people
#: succumbed to the terrorist attack": died in it).
_SUCCUMBED = (r"succumbed(?!\s+to\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?(?:attacks?|blasts?|bombings?|explosions?|"
              r"assaults?|firing|shooting)\b)")
_DIED_LATER = re.compile(
    r"(?:(?!\b(?:including|among|of\s+(?:them|whom)|and|but|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|several|some|many|dozens|others)\b)[^.;\d]){0,120}?\b(?:(?:later|since|subsequently|eventually|afterwards)\s+)?(?:" + _SUCCUMBED + r"|died\s+(?:of|from)\s+"
    r"(?:(?:their|his|her|the)\s+)?(?:\w+\s+)?(?:injuries|wounds))\b|(?:\s+[A-Za-z'\u2019\-]+){0,4}?\s+"
    r"(?:(?:had|have|has)\s+)?(?:later|since|subsequently|eventually|afterwards)\s+died\b"
    # "five who were critically wounded died on the way to a hospital", "two died en route"
    r"|(?:\s+[A-Za-z'\u2019\-]+){0,6}?\s+died\s+(?:later\s+)?(?:on\s+(?:the|their|his|her)\s+way|en\s+route|in\s+transit"
    r"|while\s+(?:being\s+)?(?:shifted|taken|moved|treated|undergoing))\b"
    # "Two more students, A and B, succumbed to their injuries": names between the figure and the verb
    r"|(?:\s+more)?(?:\s+[A-Za-z'\u2019\-]+){0,3}?\s*,[^,.;\d]{1,80},\s*(?:(?:later|since|subsequently|eventually|"
    r"afterwards)\s+)?(?:" + _SUCCUMBED + r"|died\s+(?:of|from)\s+(?:(?:their|his|her|the)\s+)?(?:\w+\s+)?(?:injuries|wounds))\b",
    re.IGNORECASE)
_OF_THE_WOUNDED = re.compile(r"\s+of\s+the\s+(?:injured|wounded)\b", re.IGNORECASE)


def died_later(items: list[dict]) -> set[str]:
    """Ids of death figures of the wounded who died afterwards (a part of the toll, told as an addition)."""
    out: set[str] = set()
    for c in items:
        if c["kind"] != "killed":
            continue
        q = c.get("quote") or ""
        if any(_DIED_LATER.match(q, m.end()) or _OF_THE_WOUNDED.match(q, m.end()) for m in figures_at(c)):
            out.add(c["id"])
    return out


def holds(total: dict, part: dict, part_key: str) -> bool:
    """Whether ``total`` can be a total over ``part`` (of the group ``part_key``): civilians hold no
    combatants, and a toll of the dead does not count the attackers ("31 dead" against "33 militants
    killed").  Militants a perpetrator says it killed ("dozens of Taliban employees") are its victims."""
    if label_of(part_key) == "militants" and part.get("claimant_role") != "perpetrator":
        return False
    return not (norm_label(total["victims"]) in PART_LABELS and _COMBATANT.search(label_of(part_key)))


#: A figure told as an addition to one told before: "four more bodies", "2 more terrorists",
#: "another three", "a further six", "seven other soldiers were killed in a barrack".
_MORE_AFTER = re.compile(r"\s+(?:more|additional|further|other)\b(?!\s+(?:than|people\s+than))", re.IGNORECASE)
_MORE_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional|further)\s+$", re.IGNORECASE)
#: A figure told as also killed after the report's toll: "a civilian woman was also killed in the crossfire".
_ALSO_AFTER = re.compile(r"(?:\s+[A-Za-z'\u2019\-]+){0,4}?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+also\s+"
                         r"(?:killed|martyred|slain|shot\s+dead|wounded|injured|hurt)\b", re.IGNORECASE)
#: A figure named as a part of the one before it: "16 militants including four suicide bombers",
#: "12 dead, among them three ...".
_WITHIN = re.compile(r"\b(?:including|includes|included|among\s+(?:them|whom|those)|of\s+(?:them|whom))\b"
                     r"[\s,:\-\u2013\u2014]*(?:(?:at\s+least|some|about|around|nearly|almost)\s+)?$", re.IGNORECASE)
#: "17 people including two policemen and 3 lawyers were killed": a later item of an "including" list
_IN_LIST = re.compile(r"\b(?:including|among\s+them|among\s+whom)\s+(?:(?!\b(?:were|was|are|is|had|have|has|killed|"
                      r"died|dead|wounded|injured|while|but)\b)[^.;:()]){1,80}(?:,\s*|\s+and\s+|\s*,\s*and\s+)$",
                      re.IGNORECASE)
#: "Of the 29 dead, 16 soldiers were killed in a mosque": a figure told as a part of the toll before it.
_OF_THE_TOLL = re.compile(r"\b(?:of|among)\s+(?:the|those)\s+(?:[\d,]+\s+|[a-z\-]+\s+)?(?:people\s+)?(?:dead|killed|"
                          r"victims|wounded|injured|casualties|fatalities)\b[^,.;\d]{0,40},\s*(?:(?:at\s+least|some|about|"
                          r"around|nearly|almost)\s+)?$", re.IGNORECASE)
#: "Twenty-two of those killed were airmen, four were civilians and three were soldiers": one report's toll
#: told by group (the head of the breakdown, then figures followed by "were").
_BREAKDOWN_HEAD = re.compile(r"\b(?:of|among)\s+(?:the|those)\s+(?:[\d,]+\s+|[a-z\-]+\s+)?(?:people\s+)?(?:killed|dead|"
                             r"slain|victims|wounded|injured)\b", re.IGNORECASE)
_BREAKDOWN_AFTER = re.compile(r"\s+(?:of\s+(?:the|those)\s+(?:people\s+)?(?:killed|dead|slain|victims|wounded|injured)\b"
                              r"[^,.;\d]{0,40}?\s+)?(?:were|was)\s", re.IGNORECASE)


#: "Eleven of the 14 foreigners killed were employees of an airline", "nine of the 20 soldiers who died were
#: officers": a part of a counted group, told by what it was (not all of that group).
#: (the group counted: "of the 14 foreigners"; not "two of the attackers were killed", a toll of its own)
_OF_THE_GROUP_AFTER = re.compile(r"\s+of\s+(?:the|those|these)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
                                 r"eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                                 r"(?:-[a-z]+)?)\s+(?:[\w\-]+\s+){0,2}?"
                                 r"(?:(?:killed|dead|slain|wounded|injured)\s+|who\s+(?:died|were\s+(?:killed|wounded|injured))\s+)?"
                                 r"(?:were|was)\s+(?!(?:killed|shot|slain|dead|wounded|injured|hurt|martyred|among)\b)",
                                 re.IGNORECASE)


def told_as_parts(items: list[dict]) -> dict[str, str]:
    """Group keys of figures a report tells as parts of its toll: a breakdown by group ("22 of those
    killed were airmen, four were civilians": "part of soldiers", "part of civilians", compared only with
    another report's breakdown of the same group, never with a toll of that group), and "Of the 29 dead,
    16 soldiers were killed in a mosque" (a part of its own, compared with nothing)."""
    out: dict[str, str] = {}
    for c in items:
        m = figure_at(c)
        if m is None:
            continue
        q = c["quote"]
        before = q[max(0, m.start() - 160):m.start()]
        if _BREAKDOWN_AFTER.match(q, m.end()) and (
                _BREAKDOWN_HEAD.search(before) or _BREAKDOWN_HEAD.match(q, m.end() + 1)
                or re.match(r"\s+of\s+(?:the|those)\b", q[m.end():])):
            out[c["id"]] = "part of " + victims_key(c["victims"])
        elif _OF_THE_TOLL.search(q[max(0, m.start() - 80):m.start()]):
            out[c["id"]] = unnamed_part(c)
        elif _OF_THE_GROUP_AFTER.match(q, m.end()):
            out[c["id"]] = "part of " + victims_key(c["victims"])  # "Eleven of the 14 foreigners killed were ..."
    return out


def named_parts_elsewhere(items: list[dict], parts: dict[str, str]) -> dict[str, str]:
    """Figures of everyone whose exact value another report of the event names as a part of its toll
    ("killed 29 people, including 16 praying in a mosque"; elsewhere "16 bodies were recovered from the
    mosque", "the 16 killed in the mosque"): that same part, not a rival toll."""
    named = [w for w in items if parts.get(w["id"], "").startswith("part of ") and " @" in parts[w["id"]]
             and exact(w) is not None]
    out: dict[str, str] = {}
    for c in items:
        v = exact(c)
        if c["id"] in parts or v is None or victims_key(c["victims"]) != "people":
            continue
        if any(exact(w) == v and w["source_id"] != c["source_id"] for w in named):
            out[c["id"]] = f"part of people ={v}"
    return out


def increments(items: list[dict], claims: list[dict]) -> set[str]:
    """Ids of figures told as an addition to a figure of the same kind in an earlier sentence of the
    report ("at least nine killed ... Four more bodies were recovered"): a part of the toll.  Not when
    the figure before is of another kind ("80 killed. A further 320 were wounded": all the wounded) or
    in the same sentence ("two staff and 10 more Afghans": a list)."""
    by_source: dict[str, list[dict]] = defaultdict(list)
    for c in claims:
        if c["kind"] in TOLL_KINDS and c.get("span_start") is not None:
            by_source[c["source_id"]].append(c)
    out: set[str] = set()
    for c in items:
        m = figure_at(c)
        if m is None or c.get("span_start") is None:
            continue
        q = c["quote"]
        before = [x for x in by_source[c["source_id"]] if x["span_start"] < c["span_start"]]
        if not before:
            continue
        # ("58 soldiers were killed, while nine fighters were also killed": "also" adds to its own sentence's
        # figure, another group's, not to an earlier sentence's toll)
        own_before = any(x["kind"] == c["kind"] and x.get("quote") == q for x in before)
        if not own_before and any(_ALSO_AFTER.match(q, f.end()) for f in figures_at(c)) and (v := exact(c)) is not None and any(
                x["kind"] == c["kind"] and x.get("quote") != q and (x["value_low"] or 0) > v for x in before):
            out.add(c["id"])  # "a civilian woman was also killed" after "15 people were killed": one more of them
            continue
        if not (_MORE_AFTER.match(q, m.end()) or _MORE_BEFORE.search(q[:m.start()])):
            continue
        last = max(before, key=lambda x: x["span_start"])
        # (the sentence before as a whole: "killing 19 and injuring 75. ... another 69 were killed" adds to the 19)
        if last.get("quote") != q and any(x["kind"] == c["kind"] and x.get("quote") == last.get("quote") for x in before):
            out.add(c["id"])
    return out


def nested(items: list[dict]) -> dict[str, str]:
    """Figures a sentence names as a part of a larger figure of the same group before it ("killed 16
    militants including four suicide bombers"): an unnamed subgroup, compared with nothing.  A part
    named by a general word ("31 people including 20 civilians") keeps that word as its group."""
    out: dict[str, str] = {}
    for same in _by_sentence(items):
        if len(same) < 2:
            continue
        for c in same:
            m = figure_at(c)
            if m is None or not (_WITHIN.search(c["quote"][max(0, m.start() - 40):m.start()])
                                 or _IN_LIST.search(c["quote"][max(0, m.start() - 100):m.start()])):
                continue
            key = victims_key(c["victims"])
            wholes = [w for w in same if w is not c and (m2 := figure_at(w)) is not None and m2.start() < m.start()
                      and (w["value_low"] or 0) > (c["value_high"] or c["value_low"] or 0)
                      and victims_key(w["victims"]) == key]
            if not wholes:
                continue
            raw = norm_label(c["victims"])
            out[c["id"]] = raw if raw in PART_LABELS else unnamed_part(c)
    return out


def unnamed_part(c: dict) -> str:
    """The group key of a part of a toll that no other figure counts alike ("five civilians died in
    nearby buildings", "four suicide bombers" of 16 militants): a key of its own, "part of people @c1"."""
    return f"part of {victims_key(c['victims'])} @{c['id']}"


def label_of(key: str) -> str:
    """The victim group a key names ("part of militants @c1" -> militants)."""
    return key.split(" @")[0].removeprefix("part of ")


def exact(c: dict) -> int | None:
    lo, hi = c["value_low"], c["value_high"]
    return lo if lo is not None and lo == hi else None


def _summable(c: dict) -> bool:
    """A figure that can be added up: a number, an "about N" (a spread within a quarter of it), or "at least N"
    (not "dozens")."""
    lo, hi = c["value_low"], c["value_high"]
    if lo is None or lo <= 0:
        return False
    return _OPEN_VAGUE.match((c.get("value_text") or "").strip()) is None and (hi is None or hi - lo <= max(2, lo // 4))


#: Words right before a figure that tell it as the whole toll, never a part of one: "the death toll has risen to 48",
#: "put the number of fatalities at eight", "initial reports suggested five", "a total of 40".
_WHOLE_TOLL = re.compile(r"\b(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|casualties|victims|wounded|injured)|"
                         r"(?:rose|risen|rises|climbed|climbs|jumped|jumps|increased|increases|raised|raises|revised|"
                         r"reached|soared)\s+(?:[\w\-]+\s+){0,3}?(?:to|at)|a\s+total\s+of|initial(?:ly)?|first\s+reports?)"
                         r"\b[^\d.;]{0,60}$", re.IGNORECASE)


def _whole_toll(c: dict) -> bool:
    m = figure_at(c)
    return m is not None and _WHOLE_TOLL.search(c["quote"][max(0, m.start() - 100):m.start()]) is not None


def summands(items: list[dict]) -> set[str]:
    """Ids of figures of one report that add up to a larger toll of the same report ("five civilians
    died in nearby buildings", "four more bodies were recovered" and "at least nine killed"): parts of
    that toll, not contradictions of it or of other reports.  Only figures of everyone are summed (a
    count of one group already belongs to a total), never one named as a part ("including")."""
    by_source: dict[tuple[str, str], list[dict]] = defaultdict(list)
    inside = nested(items)
    for c in items:
        if c["id"] not in inside and victims_key(c["victims"]) == "people":
            by_source[(c["source_id"], "people")].append(c)
    out: set[str] = set()
    for same in by_source.values():
        if len(same) < 3:
            continue
        for total in same:
            lo = total["value_low"]
            if lo is None or not _summable(total):
                continue  # (not "tens" or "dozens" killed: three restatements of one toll of eight add up to "tens")
            # (a figure told as the toll itself, "the death toll rose to 48", is a whole count, never a part)
            small = [c for c in same if c is not total and _summable(c) and 0 < c["value_low"] < lo
                     and not _whole_toll(c)]
            small = sorted(small, key=lambda c: c["id"])[:12]
            for n in (2, 3):
                for combo in itertools.combinations(small, n):
                    s_lo = sum(c["value_low"] for c in combo)
                    if any(c["value_high"] is None for c in combo):
                        # "at least 19 ... in Model Town", "another 69 ... in Garhi Shahu", "at least 88": lows that
                        # add up to the total's exactly (an open figure fits any larger total otherwise)
                        if s_lo == lo:
                            out.update(c["id"] for c in combo)
                        continue
                    s_hi = sum(c["value_high"] for c in combo)
                    if total["value_high"] is None and s_lo > lo + max(2, lo // 4):
                        continue  # ("more than 45" is no sum of a headline's 43 and a count of 25 men: too far above)
                    if compatible((s_lo, s_hi), (lo, total["value_high"])):
                        out.update(c["id"] for c in combo)
    return out


#: Words of a vague count that says "at least some", with no ceiling: "several", "dozens", "scores of".
#: ("A few", "a handful" stay small.)
_OPEN_VAGUE = re.compile(r"^(?:(?:at\s+least|some|over|more\s+than)\s+)?(?:several|many|numerous|multiple|dozens"
                         r"|scores|hundreds|thousands|a\s+number)\b", re.IGNORECASE)


def bounds(c: dict) -> tuple[int | None, int | None]:
    """The interval a toll is compared with: a vague word that names no ceiling ("several civilians were
    killed", then 14 in the same or another report) is a lower bound."""
    vt = (c.get("value_text") or "").strip()
    if vt and not re.search(r"\d", vt) and _OPEN_VAGUE.match(vt):
        return c["value_low"], None
    return c["value_low"], c["value_high"]


def group_keys(items: list[dict], claims: list[dict]) -> dict[str, str]:
    """The group key of each figure of ``items`` (one event, one kind) that is not its victim label:
    parts and subgroups as above.  ``claims`` are all the event's claims (other kinds too)."""
    keys = {**elliptical(claims), **listed_parts(items, claims)}
    keys.update({c["id"]: sev for c in items if (sev := severity_part(c))})
    keys.update({c["id"]: how for c in items if (how := disposition_part(c))})
    more = (summands(items) | increments(items, claims) | among(items) | own_people(items) | instant(items)
            | died_later(items) | facility_split(items) | of_the_dead(items))
    keys.update({c["id"]: unnamed_part(c) for c in items if c["id"] in more})
    keys.update(nested(items))
    keys.update(told_as_parts(items))
    keys.update(named_parts_elsewhere(items, keys))
    return keys
