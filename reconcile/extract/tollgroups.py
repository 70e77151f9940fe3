"""The victim groups of a toll: "including" lists, partitives ("two of them"), breakdowns ("of the 30
dead, 18 were soldiers"), coordinated groups, lists as the subject of a passive or after a total, and
the rarer shapes of a toll (lists of the wounded, quoted counts, the bomber's own death, the attackers
shot dead at the end of a sentence, a count far from its verb).  Split from casualties.py, whose rules
call these; the patterns they share are in casualtywords.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .casualtywords import (
    _AND_OTHERS_AFTER,
    _AUX,
    _AUX_REQ,
    _INJ_PRED,
    _KILL_PRED,
    _OBJECT_OF_VERB,
    _OWN_VERB,
    _PLURAL_END,
    _PRED_IN_NP,
    _RX_CONT,
    _RX_COORD,
    _SUBSET_NP,
)
from .lazyrx import Lazy
from .numbers import NUMBER_EXPR, Count, parse_count
from .rules import NP, NP_GEN, NUM, Found, _found
from .victims import VICTIM_NOUN, victim_label

# a noun phrase that is a clause: "people attacked them" (an object pronoun after a word, not "six of them")
_CLAUSE_NP = re.compile(r"^\s+(?!of\b)\S.*\b(?:them|him|her|us|it)\s*$", re.IGNORECASE)


# "17 people were killed, including 15 militants and two soldiers": the parts of the toll just told
_RX_INCLUDING = re.compile(rf"[^.;,\d]{{0,50}}?\s*,?\s+(?:including|among\s+them|among\s+whom)\s+{NUM}{NP_GEN}",
                           re.IGNORECASE)


def _included(kind: str, total: Found, text: str, pos: int, e: int) -> list[Found]:
    """The groups an "including" list names after a toll, one claim per group, when they add up to
    the toll (a full breakdown: "17 people were killed, including 15 militants and 2 soldiers"); a
    list of some of the victims ("including two infants") is not read."""
    out: list[Found] = []
    c = _RX_INCLUDING.match(text, pos, e)
    while c is not None and not _OWN_VERB.match(text, c.end(), e):
        if _SUBSET_NP.match(c.group("np") or ""):
            break
        f = _found(kind, "including", text, c, c.start("num"), c.end())
        if f is None or f.count.qualifier != "exact" or f.count.vague:
            return []
        out.append(f)
        c = _RX_CONT.match(text, c.end(), e)
    if len(out) < 2 or total.count is None or sum(f.count.low for f in out) != total.count.low:
        return []
    return out


# "Twenty-two of those killed were soldiers, four were civilians and three were police": one toll told
# by group, one claim per group; "Of the 30 dead, 18 were soldiers"
_PART_PRED = (r"(?:(?:(?:reportedly|believed\s+to\s+(?:be|have\s+been)|thought\s+to\s+(?:be|have\s+been)|said\s+to\s+(?:be|have\s+been)|"
              r"understood\s+to\s+be|presumed\s+to\s+be|also|mostly|mainly|all)\s+)?[\"\u201c]?(?P<grp>(?:(?!\b(?:and|while|but|were|was|said|told)\b)[^,.;\d]){2,70}?)[\"\u201d]?)"
              # (or a modifier after the group: "were students between the ages of 20 and 25", "aged 9 to 20")
              r"(?=\s*(?:[,.;]|\band\b|\bwhile\b|\bbut\b|$)|\s+(?:between\s+the\s+ages?|aged|who|whose)\b)")
_RX_PARTITIVE = [re.compile(rx, re.IGNORECASE) for rx in (
    rf"\b(?:of|among)\s+(?:the|those)\s+(?:{NUMBER_EXPR}\s+)?(?:people\s+)?(?P<w>killed|dead|deceased|slain|victims|wounded|"
    rf"injured)\b[^,.;\d]{{0,40}}?,\s*{NUM}\s+(?:were|was|are|is)\s+{_PART_PRED}",
    rf"{NUM}\s+of\s+(?:(?:those|the|the\s+people|the\s+persons)\s+(?:{NUMBER_EXPR}\s+)?|(?=(?:dead|victims)\b))(?P<w>killed|dead|deceased|slain|victims|wounded|injured)\b"
    rf"[^,.;\d]{{0,40}}?\s+(?:were|was|are|is)\s+{_PART_PRED}")]
_RX_PARTITIVE_NEXT = re.compile(rf"\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|;\s*){NUM}\s+(?:were|was|are|is)\s+{_PART_PRED}",
                                re.IGNORECASE)
# "We have 49 bodies at the hospital. Three of them are women and seven are children.": the breakdown of
# the toll told in the sentence before, through a pronoun
_RX_PARTITIVE_PRONOUN = re.compile(
    rf"(?:^|(?<=[\"\u201c\s]))(?P<lead>){NUM}\s+of\s+(?:them|those|these|whom)\s+(?:were|was|are|is)\s+{_PART_PRED}", re.IGNORECASE)
#: the toll of the sentence before: the kind its last casualty word names, and a figure
_PREV_DEAD = re.compile(r"\b(?:killed|dead|died|bodies|corpses|deaths|death\s+toll|lives|slain|perished)\b", re.IGNORECASE)
_PREV_HURT = re.compile(r"\b(?:wounded|injured|hurt|injuries)\b", re.IGNORECASE)
# a service named in the predicate: "were serving in the air force", "were members of the border police"
_SERVICE = [(re.compile(r"\b(?:air\s+force|army|navy|military|armed\s+forces)\b", re.IGNORECASE), "soldiers"),
            (re.compile(r"\bpolice\b", re.IGNORECASE), "police"),
            (re.compile(r"\b(?:frontier\s+corps|levies|security\s+forces|border\s+guards?)\b", re.IGNORECASE),
             "security_forces")]


_SERVING = re.compile(r"(?:serving|members?\s+of|personnel\s+of|part\s+of|with|from)\b", re.IGNORECASE)
_NOUN_START = re.compile(rf"(?:(?:a|an|the|local|young|foreign|off-duty|[A-Z][\w\-]*|[a-z]+-[a-z]+)\s+){{0,3}}"
                         rf"(?:[a-z]+\s+)?{VICTIM_NOUN}\b", re.IGNORECASE)


_PARTICIPLE_START = re.compile(r"[a-z]+ed\b|(?:taken|given|driven|beaten|hidden|shown|seen|thrown|flown|known|born|"
                               r"being|still|now|in|at|on|among)\b")


def _part_label(grp: str) -> str | None:
    """The victim group a breakdown's predicate names ("civilians", "army soldiers responding to the
    attack", "serving in the air force"), or None when it names none ("buried on Friday", "taken to
    the military hospital")."""
    grp = grp.strip()
    if _SERVING.match(grp):
        for rx, label in _SERVICE:
            if rx.search(grp):
                return label
        lab = victim_label(" " + grp)
        return lab if lab != "people" else None
    n = _NOUN_START.match(grp)
    if n is None or _PARTICIPLE_START.match(grp):
        return None  # a verb, not a group: "transferred to ...", "in critical condition"
    return victim_label(" " + n.group(0))


def _previous_toll_kind(text: str, s: int) -> str | None:
    """The kind of the toll the sentence before ``s`` tells (None: no toll there, or both kinds)."""
    before = text[max(0, s - 300) : s]
    cut = max(before.rfind(". ", 0, len(before) - 2), before.rfind("\n", 0, len(before) - 1))
    prev = before[cut + 1 :] if cut >= 0 else before
    if not re.search(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|scores|hundreds)\b", prev, re.IGNORECASE):
        return None
    dead, hurt = _PREV_DEAD.search(prev), _PREV_HURT.search(prev)
    if dead and not hurt:
        return "killed"
    if hurt and not dead:
        return "injured"
    return None


# "Foreigners accounted for at least 15 of the dead", "police officers made up nine of the 30 killed": the group first
_RX_ACCOUNTED = re.compile(
    rf"\b(?P<grp>(?:[\w\-]+\s+){{0,2}}?{VICTIM_NOUN})\s+(?:(?:have|had|also|reportedly)\s+)?(?:accounted\s+for|account\s+for|"
    rf"accounts\s+for|made\s+up|make\s+up|makes\s+up)\s+{NUM}\s+of\s+(?:the|those)\s+(?:{NUMBER_EXPR}\s+)?(?:people\s+)?"
    rf"(?P<w>killed|dead|victims|fatalities|wounded|injured)\b", re.IGNORECASE)


def _accounted(text: str, s: int, e: int) -> Iterator[Found]:
    for m in _RX_ACCOUNTED.finditer(text, s, e):
        kind = "injured" if m.group("w").lower() in ("wounded", "injured") else "killed"
        f = _found(kind, "breakdown", text, m, m.start(), m.end())
        if f is not None and victim_label(" " + m.group("grp")) != "people":
            f.victims = victim_label(" " + m.group("grp"))
            yield f


def _breakdown(text: str, s: int, e: int) -> Iterator[Found]:
    if "ccount" in text[s:e] or "ade up" in text[s:e] or "ake up" in text[s:e] or "akes up" in text[s:e]:
        yield from _accounted(text, s, e)
    pron = []
    m = _RX_PARTITIVE_PRONOUN.search(text, s, e) if "of them" in text[s:e] or "of these" in text[s:e] else None
    if m is not None and m.start() <= s + 12:  # at the head of the sentence
        kind_before = _previous_toll_kind(text, s)
        pron = [(kind_before, m)] if kind_before else []
    parts = [("injured" if m.group("w").lower() in ("wounded", "injured") else "killed", m)
             for rx in _RX_PARTITIVE for m in rx.finditer(text, s, e)]
    for kind, m in parts + pron:
        c = m
        while c is not None:
            label = _part_label(c.group("grp"))
            if label is None:
                break
            f = _found(kind, "breakdown", text, c, c.start("num"), c.end("grp"))
            if f is None:
                break
            f.victims = label
            yield f
            c = _RX_PARTITIVE_NEXT.match(text, c.end(), e)


# "we have lost 15 people and one was injured": the count is the object of a loss, no subject of the passive
_LOSS_BEFORE = re.compile(r"\b(?:lost|losing|loses|lose|buried|burying|mourned|mourning)\s+(?:(?:all|another|so\s+far)\s+)?$",
                          re.IGNORECASE)


def _coordinated(kind: str, text: str, m: re.Match, starts: list[int]) -> list[Found]:
    """Groups coordinated before the subject of a passive ("N Afghans and M soldiers were killed")."""
    out: list[Found] = []
    p = m.start()
    k = starts.index(p) if p in starts else -1
    while k > 0:
        q = starts[k - 1]
        c = _RX_COORD.fullmatch(text, q, p)
        if c is None or _PRED_IN_NP.search(c.group("np")) or _OBJECT_OF_VERB.search(text, max(0, q - 50), q) or \
                _LOSS_BEFORE.search(text, max(0, q - 30), q):
            break  # "41 worshippers lost their lives and 120 others were injured": a clause of its own
        if _CLAUSE_NP.search(c.group("np")):
            break  # "Four people attacked them and 14 people were killed": the attackers, a clause of their own
        if re.search(r",\s*(?:including|among\s+them|among\s+whom)\s+$", text[max(0, q - 24) : q], re.IGNORECASE):
            break  # "18 were killed, including several police officials, and 87 were injured": some of the dead
            # (not "14 people including 10 soldiers and four civilians were injured": one subject)
        f = _found(kind, "passive.list", text, c, q, c.end("np"))
        if f is None:
            break
        out.append(f)
        p, k = q, k - 1
    return out


# A list of victim groups, each counted ("four security guards") or one with an article ("a policeman",
# "his son"): "four guards, a policeman and a bystander"
_KIN = r"(?:father|mother|son|daughter|brother|sister|wife|husband|man|woman|boy|girl|child|nephew|uncle|cousin)"
_LIST_ITEM = re.compile(
    rf"(?:(?:all|the)\s+)?{NUM}(?:{NP}|{NP_GEN.replace('(?P<np>', '(?:')}(?P<np2>))"
    # ("eight people from the Hazara community": the community they come from)
    rf"(?:\s+from\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}}?(?:community|tribe|sect|minority))?"
    rf"|(?P<one>(?:a|an|one|his|her|their)\s+(?:(?!(?:of|and|or|in|were|was)\b)[\w\-]+\s+){{0,2}}?"
    rf"(?P<head>{VICTIM_NOUN}|{_KIN}|passer-by|passerby))\b(?![\-\w])"
    rf"(?=\s*(?:[,;.:)\u2014\u2013]|(?:and|were|was|had|have|who|are|among|amongst)\b|$))",
    re.IGNORECASE,
)
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_KIN_HEAD = re.compile(rf"{_KIN}$", re.IGNORECASE)


def _group_list(text: str, pos: int, e: int) -> list[tuple[int, int, int, int, Count, str, str]]:
    """The groups of a victim list starting at ``pos``: (start, end, num_start, num_end, count, victims, head);
    one with an article counts one (a plural head after "a" ends the list: "a number of soldiers")."""
    out = []
    while True:
        m = _LIST_ITEM.match(text, pos, e)
        if m is None:
            break
        if m.group("one"):
            head = m.group("head")
            if _PLURAL_END.search(head) and not head.lower().endswith(("ss", "us")):
                break
            out.append((m.start(), m.end(), m.start(), m.end(), Count(1, 1, "exact"), victim_label(" " + head), head))
        else:
            count = parse_count(m.group("num"))
            if count is None or count.low is None or count.vague:
                break
            np = m.group("np") if m.group("np") is not None else text[m.end("num"):m.end()]
            out.append((m.start(), m.end(), m.start("num"), m.end("num"), count, victim_label(np), np.strip()))
        sep = _LIST_SEP.match(text, m.end(), e)
        if sep is None:
            break
        pos = sep.end()
    return out


_LIST_START = re.compile(r"(?:^|(?<=[,:;\u2014\u2013]\s)|(?<=\bthat\s)|(?<=^[\"\u201c])|(?<=\bthere\swere\s)|(?<=\bthere\sare\s))(?=\S)",
                         re.IGNORECASE)
_LIST_AUX_PRED = {kind: re.compile(rf"(?P<aux>{_AUX_REQ})\s+(?P<verb>{pred})\b", re.IGNORECASE)
                  for kind, pred in (("killed", _KILL_PRED), ("injured", _INJ_PRED))}
#: "(there were) five Ukrainians, three Chinese and a Russian among the climbers who were killed": the list
#: told as a part of the dead (or of the wounded)
_LIST_AMONG_PRED = {kind: re.compile(
    rf"(?:\s+(?:were|are|was|is)(?:\s+also)?)?\s+among(?:st)?\s+(?:(?:the|those)\s+(?:[\w\-]+\s+){{0,2}}?(?:who|that)\s+(?:were|was|had\s+been|have\s+been|are|have|had)\s+"
    rf"(?:[a-z]+ly\s+)?(?:{pred})\b|(?:the\s+|those\s+)?(?:{NUMBER_EXPR}\s+(?:(?:people|persons)\s+)?)?{noun}\b)", re.IGNORECASE)
    for kind, pred, noun in (("killed", _KILL_PRED, r"(?:dead|killed|victims|fatalities|deceased|slain)"),
                             ("injured", _INJ_PRED, r"(?:wounded|injured|hurt)"))}
# after a total: "killing at least six people -- four guards, a policeman and a bystander"
_APPOS_LEAD = re.compile(r"(?:[^.;:\d\u2014\u2013()]{0,80}?)\s*(?:\u2014|\u2013|--|:|,)\s*", re.IGNORECASE)


def _list_starts(text: str, s: int, e: int) -> Iterator[int]:
    """Where a subject list may open: the sentence start (past an opening quote), after a comma, a colon, a
    dash or "that"."""
    q = s + 1 if text[s:s + 1] in "\"\u201c" else s
    yield q
    for st in _LIST_START.finditer(text, q + 1, e):
        yield st.start()


def _list_founds(kind: str, rule: str, text: str, items) -> list[Found]:
    return [Found(kind, rule, a, b, ns, ne, c, v) for a, b, ns, ne, c, v, _ in items]


def _appositive(items) -> bool:
    """"Two civilians, a father and his son": the singular kin after a count name the counted."""
    rest = items[1:]
    return (len(rest) >= 2 and all(_KIN_HEAD.search(h) for *_, h in rest)
            and items[0][4].qualifier == "exact" and items[0][4].low == len(rest))


def _passive_lists(text: str, s: int, e: int) -> Iterator[Found]:
    """A list of victim groups as the subject of a passive ("Four guards, a policeman and a bystander were
    killed", "a police officer and two guards were killed"): one claim per group."""
    done = s
    for p in _list_starts(text, s, e):
        if p < done or _OBJECT_OF_VERB.search(text, max(s, p - 50), p):
            continue
        items = _group_list(text, p, e)
        if len(items) < 2:
            continue
        done = items[-1][1]
        if all(i[3] == i[1] for i in items):
            continue  # "a diplomat and a guard had been wounded": no count in the list (the single rule's)
        for kind in ("killed", "injured"):
            if _LIST_AUX_PRED[kind].match(text, items[-1][1], e) is None and \
                    _LIST_AMONG_PRED[kind].match(text, items[-1][1], e) is None:
                continue
            if _appositive(items):
                yield from _list_founds(kind, "passive.list", text, items[:1])
            else:
                yield from _list_founds(kind, "passive.list", text, items)


def _after_total(kind: str, text: str, total: Found, e: int) -> list[Found]:
    """A breakdown after a total ("killing at least six people -- four guards, a policeman and a bystander";
    "Five people died ..., two police officers and all three assailants"): the groups, when they add up
    to the total."""
    lead = _APPOS_LEAD.match(text, total.end, e)
    if lead is None or total.count is None or total.count.low is None or total.count.qualifier not in ("exact", "at_least"):
        return []
    items = _group_list(text, lead.end(), e)
    if len(items) < 2 or sum(i[4].low for i in items) != total.count.low or any(i[4].qualifier != "exact" for i in items):
        return []
    return _list_founds(kind, "appositive.list", text, items)


# "the injured included two gardeners and a woman": the wounded by group
_RX_INJ_LIST = re.compile(r"\b(?:the\s+(?:injured|wounded)|those\s+(?:injured|wounded|hurt))\s+(?:also\s+)?"
                          r"(?:included|includes|include|comprised|were)\s+", re.IGNORECASE)
# '"eight to nine" troops were among those killed': a quoted count
_RX_QUOTED = {kind: re.compile(rf"[\"\u201c](?P<num>{NUMBER_EXPR})[\"\u201d]{NP}(?P<aux>{_AUX})\s+(?P<verb>{pred})\b",
                               re.IGNORECASE) for kind, pred in (("killed", _KILL_PRED), ("injured", _INJ_PRED))}
# "a suicide bomber attacked the embassy, killing himself and wounding three": the bomber's own death
_RX_HIMSELF = re.compile(r"\b(?:killing|killed|kills)\s+(?:him|her)self\b(?!\s+(?:in|at)\s+(?:his|her)\s+(?:home|cell))",
                         re.IGNORECASE)
_ATTACK_WORDS = re.compile(r"\b(?:bomb\w*|blast|explo\w+|detonat\w+|attack\w*|suicide\s+vest|gunman|assailant)\b", re.IGNORECASE)
_ATTACKERS = r"(?:gunmen|attackers|militants|assailants|terrorists|insurgents|(?:suicide\s+)?bombers|fighters)"
# "Four gunmen attacked the exchange, killing two guards ... before being shot dead": the attackers' own deaths
_RX_BEFORE_DEAD = re.compile(
    rf"{NUM}(?P<np>\s+(?:[\w\-]+\s+){{0,2}}?{_ATTACKERS})\b(?!\s+(?:were|was|had|have)\b)"
    rf"[^.;]{{0,220}}?\bbefore\s+(?:being|they\s+were|all\s+of\s+them\s+were)\s+(?:shot\s+dead|killed|gunned\s+down|"
    rf"neutrali[sz]ed|eliminated)\b", re.IGNORECASE)
# "More than two thousand Afghans deployed by Iran to fight in Syria have been killed": a long participle
_RX_DEPLOYED = re.compile(
    rf"{NUM}{NP_GEN}\s+(?:deployed|sent|dispatched|recruited|mobili[sz]ed|trained|fighting|serving)\s+"
    rf"(?:(?!\b(?:were|was|is|are|and|but|while|who|said)\b)[^.;\d]){{0,160}}?\s+(?:have|has|had)\s+been\s+"
    rf"(?:killed|martyred|slain)\b", re.IGNORECASE)


# "adding that 108 wounded were being treated in the hospital": the wounded (or the dead) counted as a noun
_RX_CARED_FOR = re.compile(
    rf"{NUM}\s+(?:more\s+|other\s+)?(?P<w>wounded|injured|dead)(?:\s+(?:people|persons|victims))?\s+(?:were|are|had\s+been|"
    rf"have\s+been|was|remain|remained)\s+(?:being\s+|still\s+|now\s+|later\s+)?(?:treated|admitted|taken|brought|rushed|"
    rf"shifted|moved|evacuated|hospitali[sz]ed|transferred|airlifted|flown|receiving|undergoing|lying)\b", re.IGNORECASE)
# "over 30 remain under treatment in two hospitals", "a further dozen victims are being treated in hospital":
# the wounded told by their care in hospital, with no word of injury
_RX_UNDER_TREATMENT = re.compile(
    rf"{NUM}(?P<np>\s+(?:more\s+|other\s+)?(?:people|persons|victims|others|civilians|children|women))\s+(?:are|were|remain|remained)\s+"
    rf"(?:still\s+|now\s+)?(?:under\s+treatment|being\s+treated|receiving\s+(?:medical\s+)?treatment)\s+(?:at|in)\s+"
    rf"(?:the\s+|different\s+|various\s+|several\s+|local\s+|two\s+|three\s+)?(?:[\w\-]+\s+){{0,3}}?"
    rf"(?:hospitals?|clinics?|medical\s+facilit(?:y|ies)|health\s+facilit(?:y|ies))\b", re.IGNORECASE)
_CARE_WORDS = ("treated", "admitted", "taken", "brought", "rushed", "shifted", "moved", "evacuated", "hospitali",
               "transferred", "airlifted", "flown", "receiving", "undergoing", "lying")
# "two troopers guarding the embassy were among the dead": the victims named by their duty at the place
_DUTY = (r"(?:guarding|protecting|manning|securing|escorting|patrolling|(?:posted|stationed|deployed|on\s+duty)\s+(?:at|outside|"
         r"in|near))")
_RX_ON_DUTY = {kind: re.compile(rf"{NUM}{NP_GEN}\s+(?:who\s+(?:were|was)\s+)?{_DUTY}(?:\s+[\w\-'\u2019]+){{1,4}}?"
                                rf"(?P<aux>{_AUX})\s+(?P<verb>{pred})\b", re.IGNORECASE)
               for kind, pred in (("killed", _KILL_PRED), ("injured", _INJ_PRED))}
_DUTY_WORDS = ("guarding", "protecting", "manning", "securing", "escorting", "patrolling", "posted", "stationed",
               "deployed", "on duty")


# "Seven officers and contractors, an officer of X, and an Afghan working for Y were killed", "At least nine
# civilians including a reporter, children and foreigners were killed", "Four foreigners -- from A, B and two
# Cs -- were among the dead": a long subject (a list, an "including" list, a dash aside) between count and verb
_RX_LONG_SUBJECT = {
    kind: re.compile(rf"{NUM}{NP_GEN}(?P<tail>(?:\s*,|\s+and\b|\s+(?:including|among\s+them)\b|\s*(?:--|\u2014|\u2013)|\s*\()"
                     rf"(?:[^.;!?]|\.(?=[\w\-]|\s+[a-z])){{1,220}}?)(?P<aux>{_AUX})\s+(?P<verb>{pred})\b", re.IGNORECASE)
    for kind, pred in (("killed", _KILL_PRED), ("injured", _INJ_PRED))
}
#: where such a subject may open: the sentence start, a clause after a comma, a colon, a quote, "that"
_SUBJECT_OPENS = re.compile(r"(?:^|[,:;(\"\u201c\u2014\u2013]\s*|\b(?:that|said|says)\s+)$", re.IGNORECASE)
_ASIDES = re.compile(r"\s*(?:--|\u2014|\u2013)[^\u2014\u2013]*?(?:--|\u2014|\u2013)|\s*\([^()]*\)")
#: a clause of its own inside the subject: a verb, a relative or a conjunction
_CLAUSE_WORD = re.compile(r"\b(?:were|was|is|are|has|have|had|be|been|said|says|told|killed|wounded|injured|died|dead|"
                          r"who|which|that|when|while|but|after|before|because|as|if|where|whom|whose|then)\b",
                          re.IGNORECASE)
_COUNT_WORD = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|"
                         r"forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|scores|several|many)\b",
                         re.IGNORECASE)
_AS_WELL_AS = re.compile(r"\bas\s+well\s+as\b", re.IGNORECASE)
#: a count opening an aside after another count ("Four foreigners -- two Canadians, ...")
_COUNT_ASIDE_BEFORE = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|"
                                 r"thirty|forty|fifty|dozens|scores|hundreds))\b[^.;,\d]{0,50}?\s*(?:--|\u2014|\u2013|\()\s*$",
                                 re.IGNORECASE)
_INTRANSITIVE = re.compile(r"(?:died|perished|lost\s+their|succumbed|suffered|sustained|received)\b", re.IGNORECASE)
_PLURAL_AUX = re.compile(r"\b(?:were|are|have|had)\b", re.IGNORECASE)


def _long_subject(text: str, s: int, e: int) -> Iterator[Found]:
    """The count at the head of a long plural subject of a passive: one claim, of the counted group."""
    from .rules import number_starts  # (rules imports this module's caller)
    for p in number_starts(text, s, e):
        if _COUNT_ASIDE_BEFORE.search(text, max(s, p - 80), p):
            continue  # "Four foreigners -- two Canadians, a ... -- were among the dead": the four's breakdown
        if not _SUBJECT_OPENS.search(text, max(s, p - 30), p) and p != s:
            if not _SUBJECT_OPENS.search(_strip_hedge(text, s, p), 0):
                continue
        for kind, rx in _RX_LONG_SUBJECT.items():
            m = rx.match(text, p, e)
            if m is None or not (_PLURAL_AUX.search(m.group("aux")) or (not m.group("aux").strip() and _INTRANSITIVE.match(m.group("verb")))):
                continue  # (no auxiliary: only a verb that takes no object, "died", "suffered injuries")
            tail = m.group("tail")
            if _SUBSET_NP.match(m.group("np") or "") or _CLAUSE_WORD.search(_AS_WELL_AS.sub(" and ", tail)):
                # "53 people, 46 of them girls", "the driver, who ...": a part, or a clause of its own
                continue
            bare = _ASIDES.sub(" ", tail)
            if not re.match(r"\s*,?\s*(?:including|among\s+them)\b", bare, re.IGNORECASE) and _COUNT_WORD.search(bare):
                continue  # "12 men, and two officers were wounded": a count of its own (the list rules' to read)
            f = _found(kind, "passive.long_subject", text, m, m.start("num"), m.end())
            if f is not None:
                yield f


_HEDGE_LEAD = re.compile(r"(?:\s*(?:at\s+least|more\s+than|over|about|around|some|nearly|almost|up\s+to|as\s+many\s+as|"
                         r"an\s+estimated|roughly|approximately|a\s+total\s+of)\s*)$", re.IGNORECASE)


def _strip_hedge(text: str, s: int, p: int) -> str:
    """The text before ``p`` without a hedge just before it ("At least nine ...": the sentence start)."""
    before = text[max(s, p - 60) : p]
    h = _HEDGE_LEAD.search(before)
    return before[: h.start()] if h else before


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
# a short adjunct of time or place after an object: " in April 2015", " in Kurram last year", " on 3 May 2019"
_ADJUNCT = re.compile(
    rf"(?:\s+(?:in|on|at|near|during)\s+(?:(?:the\s+)?(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:of\s+)?(?:\d{{1,2}},?\s+)?\d{{4}}|\d{{4}}|"
    rf"(?-i:[A-Z][\w\-]+)(?:\s+(?-i:[A-Z][\w\-]+))?)|\s+(?:last|that|the\s+previous)\s+(?:year|month|week)){{1,2}}",
    re.IGNORECASE,
)
_AND_NEXT = re.compile(rf"\s*,?\s+and\s+(?:another\s+|a\s+further\s+)?{NUM}{NP}?", re.IGNORECASE)


def second_objects(kind: str, text: str, pos: int, e: int) -> Iterator[Found]:
    """The second object of one verb after the first one's adjunct, when both have one: "killed eight
    guards in April 2015 and 14 guards in October 2013" (not "killed five in Kabul and 20 people were hurt")."""
    a = _ADJUNCT.match(text, pos, e)
    c = _AND_NEXT.match(text, a.end(), e) if a else None
    if c is None or not _ADJUNCT.match(text, c.end(), e) or _OWN_VERB.match(text, c.end(), e) \
            or _SUBSET_NP.match(c.group("np") or ""):
        return
    g = _found(kind, "verb_object.list", text, c, c.start("num"), c.end())
    if g is not None:
        yield g


# "first said eight were gunned down but later revised the count to seven", "then corrected the figure to 11":
# a speaker's new figure of the count told before it in the sentence
_RX_REVISED_COUNT = re.compile(
    rf"\b(?:revised|corrected|updated|amended|lowered|raised|changed)\s+(?:the|that|this|his|her|its|their)\s+"
    rf"(?:(?:death|casualty|fatality|injury|initial|earlier|first)\s+)?(?:count|figure|number|tally|toll)\s+"
    rf"(?:(?:up|down|upward|downward)s?\s+)?to\s+{NUM}{NP}?",
    re.IGNORECASE,
)
_KILL_BEFORE = re.compile(r"\b(?:killed|dead|died|deaths?|gunned\s+down|shot\s+dead|martyred|slain|neutrali[sz]ed|"
                          r"eliminated|lost\s+their\s+lives|fatalit)", re.IGNORECASE)
_INJ_BEFORE = re.compile(r"\b(?:injured|wounded|hurt|injur(?:y|ies))\b", re.IGNORECASE)


#: the count told last before a stretch's end (speed: lazyrx.Lazy, one compiled pattern held)
_TOLD_COUNT = Lazy(rf"{NUM}{NP}[^.;\d]{{0,40}}$")


def _revised_counts(text: str, s: int, e: int) -> Iterator[Found]:
    for m in _RX_REVISED_COUNT.finditer(text, s, e):
        before = text[s : m.start()]
        noun = text[m.start() : m.start("num")].lower()
        kill, inj = _KILL_BEFORE.search(before), _INJ_BEFORE.search(before)
        if "death" in noun or "fatalit" in noun or (kill and not inj):
            kind = "killed"
        elif "injur" in noun or (inj and not kill):
            kind = "injured"
        else:
            continue  # no count of one kind before it: nothing to say which count was revised
        f = _found(kind, "toll.revised", text, m, m.start("num"), m.end())
        if f is not None:
            if not m.group("np"):
                k = (_KILL_BEFORE if kind == "killed" else _INJ_BEFORE).search(before)
                told = _TOLD_COUNT.search(before[: k.start()]) if k else None
                if told is not None:
                    f.victims = victim_label(told.group("np"))  # "eight armed assailants ... revised to seven"
            yield f


def more_casualties(text: str, s: int, e: int) -> Iterator[Found]:
    """The rarer shapes of a toll: lists of the wounded, quoted counts, the bomber's own death, the attackers
    shot dead at the end of a sentence, a count far from its verb."""
    low = text[s:e].lower()
    if "revis" in low or "correct" in low or "updat" in low or "amend" in low or "lowered" in low or "raised" in low \
            or "changed" in low:
        yield from _revised_counts(text, s, e)
    if ("injured" in low or "wounded" in low or "dead" in low) and any(map(low.__contains__, _CARE_WORDS)):
        for m in _RX_CARED_FOR.finditer(text, s, e):
            kind = "killed" if m.group("w").lower() == "dead" else "injured"
            f = _found(kind, "passive.cared_for", text, m, m.start("num"), m.end())
            if f is not None:
                yield f
    if "treat" in low and ("hospital" in low or "clinic" in low or "facilit" in low):
        for m in _RX_UNDER_TREATMENT.finditer(text, s, e):
            f = _found("injured", "under_treatment", text, m, m.start("num"), m.end())
            if f is not None:
                yield f
    if any(map(low.__contains__, _DUTY_WORDS)):
        for kind, rx in _RX_ON_DUTY.items():
            for m in rx.finditer(text, s, e):
                f = _found(kind, "passive.on_duty", text, m, m.start("num"), m.end())
                if f is not None:
                    yield f
    if "injured" in low or "wounded" in low or "hurt" in low:
        for m in _RX_INJ_LIST.finditer(text, s, e):
            items = _group_list(text, m.end(), e)
            if items and items[0][4].low is not None and not items[0][4].vague:
                yield from _list_founds("injured", "among_list", text, items)
    if "\"" in low or "\u201c" in low:
        for kind, rx in _RX_QUOTED.items():
            for m in rx.finditer(text, s, e):
                f = _found(kind, "passive", text, m, m.start("num"), m.end())
                if f is not None:
                    yield f
    if "self" in low and _ATTACK_WORDS.search(low):
        for m in _RX_HIMSELF.finditer(text, s, e):
            yield Found("killed", "verb_object.himself", m.start(), m.end(), m.start(), m.end(), Count(1, 1, "exact"),
                        "militants")
            a = re.compile(r"\s+and\s+").match(text, m.end(), e)  # "killing himself and two guards": the guards too
            items = _group_list(text, a.end(), e) if a else []
            if items and all(i[4].qualifier == "exact" for i in items) and not _AND_OTHERS_AFTER.match(text, items[-1][1], e):
                yield from _list_founds("killed", "verb_object.list", text, items)
    if "before" in low:
        for m in filter(None, [_RX_BEFORE_DEAD.match(text, s + (text[s:s + 1] in "\"\u201c"), e)]):
            f = _found("killed", "before_dead", text, m, m.start("num"), m.end("np"))
            if f is not None:
                f.victims = "militants"
                yield f
    if ((" were " in low or " are " in low or " have " in low or " had " in low or " died" in low or " perished" in low
         or " suffered " in low or " sustained " in low or " lost their" in low or " succumbed" in low or " received " in low)
            and (", " in low or " including " in low or "--" in low or "\u2014" in low or "\u2013" in low or "(" in low)):
        yield from _long_subject(text, s, e)
    if " been " in low:
        for m in _RX_DEPLOYED.finditer(text, s, e):
            f = _found("killed", "passive", text, m, m.start("num"), m.end())
            if f is not None:
                yield f
