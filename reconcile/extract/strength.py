"""strength claims: fighters or members of an armed group."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import aliases, gazetteer
from .numbers import NUMBER_EXPR, Count, parse_count
from .rules import (  # the shared pieces
    _FILL,
    NUM,
    Found,
    _anchored,
    _count_ok,
    number_starts,
)

# ------------------------------------------------------------------ strength
_STR_NOUN = (
    r"(?:fighters|members|militants|men|loyalists|operatives|recruits|combatants|jihadists|insurgents|cadres|"
    r"followers|adherents|gunmen|mujahideen|foot\s+soldiers|soldiers|personnel)"
)
_STR_NP = rf"(?P<np>\s+(?:of\s+(?:its\s+|their\s+)?)?{_FILL}{{0,3}}?{_STR_NOUN}\b)"
_STR_PRE = (
    r"(?:has|have|had|having|with|numbering|numbered|numbers|number|fields|field|fielded|fielding|boasts|boasting|"
    r"boasted|commands|commanding|commanded|comprises|comprising|comprised\s+of|counts|count|counted|"
    r"maintains|maintain|retains|retain|retained|musters?|mustered|totals?|totaling|totalling|"
    r"reduced\s+to|down\s+to|cut\s+to|grew\s+to|grown\s+to|swelled\s+to|swollen\s+to|rose\s+to|risen\s+to|reached|shrunk\s+to|shrank\s+to|"
    r"dwindled\s+to|fell\s+to|declined\s+to|(?:force|army|strength|membership|total|cadre|core)\s+of|"
    r"estimates?\s+of|estimated\s+at|estimated|put\s+at|placed\s+at|"
    r"put\s+(?:the\s+)?(?:group|it|them|its\s+\w+|the\s+\w+)\s+at|"
    r"there\s+(?:are|were|is)(?:\s+(?:now|still|believed\s+to\s+be|thought\s+to\s+be|estimated\s+to\s+be|said\s+to\s+be))?)"
)
_RX_STR_POSS = re.compile(
    rf"\b(?P<pre>{_STR_PRE})\s+(?:(?:still|now|only|just|perhaps|possibly|probably|likely|currently|already)\s+){{0,2}}"
    rf"{NUM}{_STR_NP}",
    re.IGNORECASE,
)
_RX_STR_NOUN = re.compile(
    rf"\b(?:strength|membership|manpower|fighting\s+force|ranks|size|numbers|number|force|figure|figures|estimate|"
    rf"total|peak)\b[^.;\d]{{0,80}}?(?:\b(?:at|to|of|around|about|is|was|are|stands\s+at|numbering|number)|\s(?:--|\u2014|\u2013))\s+"
    rf"[\"\u201c]?(?:(?:perhaps|possibly|probably|maybe|still|now)\s+)?{NUM}(?:{_STR_NP})?",
    re.IGNORECASE,
)
# any count of fighters in a sentence that speaks of an estimate ("spoke of roughly 2,000 fighters")
_RX_STR_CUE_NP = re.compile(rf"{NUM}{_STR_NP}", re.IGNORECASE)
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
    r"to|from|or|with|making|down|up|compared|since|between)\b)",
    re.IGNORECASE,
)
_CASUALTY_NEAR = re.compile(r"\b(?:dead|killed|toll|casualt\w*|deaths|died|wounded|injured|victims|bodies)\b", re.IGNORECASE)
_RX_STR_SUBJ = re.compile(
    rf"{NUM}{_STR_NP}\s+(?:are|were|is)\s+(?:(?:now|still)\s+)?(?:believed|thought|estimated|said|reported|"
    rf"understood)\s+to\s+(?:be\s+)?(?:in|with|operat|active|fight|belong|serv|have)",
    re.IGNORECASE,
)
_RX_STR_STRONG = re.compile(rf"{NUM}(?P<np>)[\-\s]strong\b", re.IGNORECASE)
_STR_BAD_BEFORE = re.compile(
    r"\b(?:freed|free|freeing|frees|released|releasing|release|detained|detaining|detain|arrested|arresting|arrest|"
    r"captured|capturing|capture|killed|killing|kill|lost|losing|lose|surrendered|surrendering|recruited|"
    r"recruiting|recruit|trained|training|deployed|deploying|deploy|sent|sending|dispatched|evacuated|relocated|"
    r"transferred|jailed|imprisoned|holding|held|hold|housing|houses|defected|defecting|joined|joining|"
    r"escaped|fled|executed|wounded|injured|eliminated|neutralized|neutralised|targeted|hunting|expelled|"
    r"deported|repatriated|rounded\s+up|by|against|fighting|fought|battled|clashed\s+with)\b[^.;]{0,25}$",
    re.IGNORECASE,
)
_STR_BAD_AFTER = re.compile(
    r"^\s*(?:(?!and\b|or\b|in\b)[\w\-]+\s+){0,5}?(?:(?:were|was|have\s+been|had\s+been|are)\s+)?(?:killed|arrested|detained|captured|freed|released|"
    r"surrendered|dead|wounded|injured|executed|escaped|held|jailed|imprisoned|deported|repatriated)\b",
    re.IGNORECASE,
)
_STR_PRISON = re.compile(r"\b(?:prisons?|jails?|camps?|detention|custody|detained|prisoners|inmates|surrender(?:ed)?)\b", re.IGNORECASE)
_SCOPE_AFTER = re.compile(
    r"\s+(?:(?:elsewhere\s+)?(?:in|across|throughout|inside|within)\s+(?P<where>(?:the\s+)?(?:(?:northern|eastern|southern|western|"
    r"north-?eastern|south-?eastern|north-?western|south-?western|central|north|east|south|west)\s+"
    r"(?:and\s+(?:northern|eastern|southern|western|north-?eastern|south-?eastern|central)\s+)?)?"
    r"(?:[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}|the\s+country|the\s+region|the\s+world|the\s+capital)))",
)
# "the number of ISIS forces in Afghanistan has been estimated to be 3,000": the scope named before the figure
_SCOPE_BEFORE = re.compile(
    r"\b(?:forces|fighters|members|militants|operatives|combatants|presence|strength|numbers|ranks|cadres)\s+"
    r"(?:in|inside|within|across)\s+(?P<where>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?P<rest>[^.;]*)$"
)
_FAMILY_AFTER = re.compile(
    r"\s+and\s+(?:their\s+|its\s+)?(?:family\s+members|families|dependents|dependants|relatives)\b", re.IGNORECASE
)
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
    rf"\b(?:vary|varies|varied|varying|range|ranges|ranged|ranging)\s+(?:widely\s+)?from\s+{NUM}{_STR_NP}?\s+to\s+"
    rf"(?:as\s+(?:low|few|little|high|many|much)\s+as\s+)?(?P<num2>{NUMBER_EXPR})(?:{_STR_NP.replace('?P<np>', '?:')})?",
    re.IGNORECASE,
)
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
_FAMILY = re.compile(r"\b(?:famil(?:y|ies)|dependents|dependants|relatives|wives|children)\b", re.IGNORECASE)


_STR_GATES = {
    "possessive": re.compile(r"fighters|members|militants|\bmen\b|loyalists|operatives|recruits|combatants|jihadists|"
                             r"insurgents|cadres|followers|adherents|gunmen|mujahideen|soldiers|personnel"),
    "noun": re.compile(r"strength|membership|manpower|force|ranks|size|number|figure|estimate|total|peak"),
    "estimate": re.compile(r"fighters|members|militants|\bmen\b|loyalists|operatives|recruits|combatants|jihadists|"
                           r"insurgents|cadres|followers|adherents|mujahideen"),
    "subject": re.compile(r"believed|thought|estimated|said|reported|understood"),
    "strong": re.compile(r"strong"),
}


#: the figure nouns of a strength estimate whose fighters were named in the sentence before
FIGURE_NOUN_CUE = re.compile(r"\b(?:number|figure|estimate|total|strength|size|left|remaining)\b")
# "... how many fighters the group still has. ... up to 15,000 left in Iraq and 12,000 in Syria": the noun elided
_RX_STR_LEFT = re.compile(rf"{NUM}(?P<np>)\s+(?:left|remaining)(?=\s+(?:in|across|inside)\s+[A-Z])", re.IGNORECASE)
_RX_STR_LEFT_AND = re.compile(
    rf"\s*,?\s+(?:and|while|with)\s+(?:(?:another|perhaps|possibly|about|around|some)\s+)?{NUM}(?P<np>)"
    rf"(?=\s+(?:in|across|inside)\s+[A-Z])",
    re.IGNORECASE,
)
_WITH = re.compile(r"with", re.IGNORECASE)
_STATE_MEN = re.compile(r"\b(?:soldiers|personnel|men)\b", re.IGNORECASE)
STRENGTH_NOUN_RX = re.compile(rf"\d[\d,]*\s+(?:[\w\-]+\s+){{0,3}}?{_STR_NOUN}\b|\b{_STR_NOUN}\b", re.IGNORECASE)


def strength(text: str, s: int, e: int, starts: list[int] | None = None,
             fighters_before: bool = False) -> Iterator[Found]:
    """strength claims of the sentence; ``fighters_before``: the sentence before counted fighters,
    so "put the number at about 2,000" counts them too."""
    if starts is None:
        starts = number_starts(text, s, e)
    low = text[s:e].lower()
    seen: set[int] = set()
    groups_here = None
    for rule, rx in (("possessive", _RX_STR_POSS), ("noun", _RX_STR_NOUN), ("subject", _RX_STR_SUBJ),
                     ("strong", _RX_STR_STRONG), ("estimate", _RX_STR_CUE_NP)):
        if not _STR_GATES[rule].search(low) and not (fighters_before and rule == "noun"):
            continue
        if rule == "estimate" and not _STR_ESTIMATE.search(text, s, e):
            continue
        anchored = rule in ("subject", "strong", "estimate")
        ms = _anchored(rx, text, starts, e) if anchored else rx.finditer(text, s, e)
        for m in ms:
            ns = m.start("num")
            if ns in seen:
                continue
            count = parse_count(text[ns : m.end("num")])
            if count is None or not _count_ok(text, m, count):
                continue
            if rule == "noun" and not m.group("np") and (count.low or 0) < 20:
                continue  # "its strength ... to 2" is no strength figure
            if rule in ("estimate", "noun") or (rule == "possessive" and _WITH.fullmatch(m.group("pre"))):
                if groups_here is None:
                    groups_here = [g for g in aliases.find_actors(text, s, e) if g.actor.type == "group"]
                if rule == "possessive" and not groups_here:
                    continue  # "attacked with 30 fighters": no group's strength
                if rule == "estimate" and _STR_ACTION_AFTER.match(text[m.end() : m.end() + 40]):
                    continue  # "30 fighters stormed the post": a raiding party, not a strength
                if rule == "noun" and _CASUALTY_NEAR.search(text[max(s, ns - 60) : ns]):
                    continue  # "the number of dead rose to 40"
                if rule == "noun" and not m.group("np") and not _STR_GATES["estimate"].search(low) and not fighters_before:
                    continue
                if rule == "noun" and not m.group("np") and not _END_OF_FIGURE.match(text, m.end("num"), e):
                    continue  # "a total of 444 terror attacks": the figure counts something else
            if _STR_BAD_BEFORE.search(text[max(s, ns - 60) : ns]) and rule != "noun":
                continue
            if _STR_BAD_AFTER.match(text[m.end() : m.end() + 40]):
                continue
            if _STR_PRISON.search(text, max(s, ns - 50), min(e, m.end() + 25)):
                continue
            np = m.group("np") or ""
            if _STATE_MEN.search(np) and not aliases.find_actors(text, max(s, ns - 80), m.end()):
                continue  # "3,000 soldiers" of a state, not a group's strength
            seen.add(ns)
            f = Found("strength", rule, m.start("num") if rule != "noun" else m.start(), m.end(),
                      ns, m.end("num"), count)
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
                    if c2 is not None and c2.low is not None and c2.low >= 20 and not _YEARLIKE.fullmatch(n.group("num")):
                        seen.add(n.start("num"))
                        yield Found("strength", rule + ".next_year", n.start("num"), n.end(), n.start("num"),
                                    n.end("num"), c2)
    extra = []
    if ("vary" in low or "varie" in low or "rang" in low) and " from " in low:
        for m in _RX_STR_VARY.finditer(text, s, e):
            a, b = parse_count(m.group("num")), parse_count(m.group("num2"))
            if a is None or b is None or a.low is None or b.low is None or any(m.start() <= p < m.end() for p in seen):
                continue  # the range read by another rule already
            if not m.group("np") and not _STR_GATES["estimate"].search(low) and "strength" not in low:
                continue
            if _CASUALTY_NEAR.search(text, max(s, m.start() - 60), min(e, m.end() + 20)):
                continue
            if not [g for g in aliases.find_actors(text, s, e) if g.actor.type == "group"] and not re.search(
                    r"\b(?:its|their)\s+(?:strength|numbers|membership|ranks)", low):
                continue
            lo = min(a.low, b.low)
            highs = [c.high for c in (a, b)]
            hi = None if None in highs else max(highs)
            seen.add(m.start("num"))
            yield Found("strength", "range_vary", m.start("num"), m.end(), m.start("num"), m.end("num2"),
                        Count(lo, hi, "range"))
    if seen and " of " in low:
        extra += [("subset", m) for m in _anchored(_RX_STR_SUBSET, text, starts, e)]
    if "presence" in low:
        extra += [("presence", m) for m in _RX_STR_PRESENCE.finditer(text, s, e)]
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
        if count is None or not _count_ok(text, m, count):
            continue
        if rule == "elided" and (max(count.low or 0, count.high or 0) < 20 or _YEARLIKE.fullmatch(m.group("num"))):
            continue  # "2 left in the building", "2019 in Syria": no strength figure
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
        sc = _SCOPE_AFTER.match(text, end, e)
        if sc:
            f.scope = sc.group("where")
        yield f


def _scope_before(text: str, s: int, ns: int) -> str | None:
    """The country or province a strength figure is scoped to when it is named before the
    figure ("the number of ISIS forces in Afghanistan has been estimated at 3,000")."""
    m = _SCOPE_BEFORE.search(text, max(s, ns - 120), ns)
    if m is None or _CASUALTY_NEAR.search(m.group("rest")):
        return None
    place = gazetteer.lookup(m.group("where"))
    if place is None or place.type not in ("country", "province", "region"):
        return None
    return m.group("where")
