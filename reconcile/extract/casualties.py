"""killed and injured claims: a count next to a casualty verb, noun or toll.  The rules live here (verb
and object, passive, adjective, toll, casualty noun, range, single victim); the patterns they read are in
casualtywords.py, the victim groups of a toll in tollgroups.py, the inverted predicate and "the total was" in
tollshapes.py, the counts that are no toll (intent, age, partitive, things ...) in notoll.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .casualtywords import (
    _ACTIVE_AFTER,
    _ADJ_VICTIMS,
    _AMONG_THEN_HURT,
    _AMONG_WHILE,
    _AND_OTHERS_AFTER,
    _AND_VERB_COUNT,
    _BARE_INJ_BEFORE,
    _CHANGE_BEFORE,
    _COMBINED_AFTER,
    _COMBINED_BEFORE,
    _COMBINED_NEXT,
    _COMBINED_TOLL_NOUN,
    _CORPSES,
    _COUNT_THEN_DEAD_AND,
    _DENOMINATOR_BEFORE,
    _HEDGE_BEFORE,
    _IDENTIFIED_BEFORE,
    _INCLUDING_BEFORE,
    _INJ_STEMS,
    _INJURED_THEN_DIED,
    _JUDICIAL,
    _KILL_STEMS,
    _LATER_COUNT,
    _LIST_OTHER_PRED,
    _NEW_SUBJECT,
    _OBJECT_OF_VERB,
    _OTHER_COUNT_IN_GAP,
    _OTHER_PRED,
    _OTHER_TOLL_NOUN,
    _OWN_VERB,
    _PLURAL_END,
    _PRED_STEMS,
    _REL_AUX,
    _REL_WORD,
    _RELATIVE_DIED,
    _RISEN_AS_BEFORE,
    _RX_ADJ,
    _RX_AMONG_LIST,
    _RX_AMONG_N,
    _RX_AND_VERBLESS,
    _RX_ANOTHER,
    _RX_ASIDE,
    _RX_BODIES,
    _RX_BODIES_OF,
    _RX_CONT,
    _RX_CONT_ONE,
    _RX_ELLIPSIS,
    _RX_FROM_TO,
    _RX_LEFT_WITH,
    _RX_LIVES,
    _RX_LIVES_LOST,
    _RX_NOUN,
    _RX_NOUN_OF,
    _RX_OF,
    _RX_OTHERS,
    _RX_PASSIVE,
    _RX_PASSIVE_GEN,
    _RX_PREVIOUS,
    _RX_RANGING,
    _RX_SINGLE,
    _RX_TOLL,
    _RX_TOLL_LIST,
    _RX_TOLL_NEXT,
    _RX_TRAILING,
    _RX_VERB_OBJ,
    _RX_VERB_OBJ_WEAK,
    _RX_VERB_ONE,
    _RX_WOUNDED_DIED,
    _RX_WOUNDED_LATER_DIED,
    _SUBSET_NP,
    _TOLL_GAP_BREAK,
    _TRAILING_WORDS,
)
from .gates import may_match, required
from .lazyrx import Lazy
from .notoll import _HUSAYN, _KARBALA_COMPANIONS, _no_toll
from .numbers import Count, parse_count
from .rules import (  # the shared pieces
    Found,
    _anchored,
    _found,
    number_starts,
)
from .tollanaphor import STEMS as ANAPHOR_STEMS
from .tollanaphor import anaphoric_tolls
from .tollclauses import doubted, extra_tolls, family_of_one, increments, places_counted, vague_companion
from .tollgroups import (
    _after_total,
    _breakdown,
    _coordinated,
    _included,
    _passive_lists,
    more_casualties,
    second_objects,
)
from .tollshapes import TOTAL_STEMS, _inverted, _total_was
from .tollsubgroups import subgroups
from .tolltails import elliptic_passive, list_after, other_kind_after, superseded
from .victims import VICTIM_NOUN, victim_label

# "several of the victims", "some of the wounded": a vague part of people counted elsewhere
_VICTIMS_PART = re.compile(r"\s+of\s+(?:the|those|these|all\s+the)\s+(?:\w+\s+)?(?:victims|wounded|injured|casualties|"
                           r"survivors|injured\s+people|wounded\s+people)\b", re.IGNORECASE)
_THEM_PART = re.compile(r"\s+of\s+(?:them|those|whom|these)\s*$", re.IGNORECASE)
_HOSPITAL_PRED = re.compile(r"(?:brought|taken|admitted|rushed|hospitali[sz]ed|treated)\b", re.IGNORECASE)


def _vague_subset(text: str, m: re.Match) -> bool:
    """A vague count of some of the victims ("several of the victims were taken to hospital in critical
    condition", "some of them were hospitalised"): a part of a toll told elsewhere, no count of the wounded.
    ("Several others were injured", "several of the passengers were wounded" stay counts.)"""
    np = m.group("np") or ""
    if not np or parse_count(m.group("num")) is None or parse_count(m.group("num")).vague is None:
        return False
    if _VICTIMS_PART.match(np):
        return True
    return bool(_THEM_PART.match(np)) and bool(_HOSPITAL_PRED.match(m.group("verb")))


def _combined(text: str, m: re.Match, kind: str) -> bool:
    """"killed or wounded 300": a combined casualty figure, neither kind."""
    if kind == "injured":
        before = text[max(0, m.start() - 20) : m.start("verb")]
        return bool(_COMBINED_BEFORE.search(before)) and not _COUNT_THEN_DEAD_AND.search(
            text[max(0, m.start() - 90) : m.start("verb")])
    return bool(_COMBINED_AFTER.match(text, m.end("verb")))


# "Five engineers and their driver were killed", "four soldiers and a civilian were killed": one more
# victim coordinated with the counted group before the passive's auxiliary
_COMPANION = re.compile(
    rf"\s*,?\s+and\s+(?:(?P<poss>their|his|her|its)|(?P<art>a|an|one))\s+(?:(?!(?:and|or|of|in)\b)[\w\-]+\s+|"
    rf"\((?-i:[A-Z][A-Za-z]{{1,7}})\)\s+){{0,3}}?"
    rf"(?P<head>{VICTIM_NOUN}|interpreter|translator|guide|escort|cook|aide|assistant|secretary|colleague|son|daughter|"
    rf"wife|husband|brother|sister|father|nephew|cousin|friend|host)\s*,?\s*$",
    re.IGNORECASE,
)


def _companion(kind: str, text: str, m: re.Match, f: Found) -> Found | None:
    """A singular victim joined to a passive's counted subject ("N Xs and their driver were killed", "N Xs
    and a civilian were killed"): a second claim of one, with its own victims (as "killing 13 soldiers and a
    civilian": one claim per group)."""
    c = _COMPANION.match(text, m.end("np"), m.start("aux"))
    if c is None or _PLURAL_END.search(c.group("head")) or f.count is None or f.count.low is None:
        return None
    first = c.start("art") if c.group("art") else c.start("poss")
    victims = victim_label(" " + c.group("head"))
    if c.group("poss") and c.group("head").lower() in ("commander", "officer", "leader", "chief"):
        victims = f.victims or victims  # "five soldiers and their commander": one of the soldiers' own
    return Found(kind, "passive.list", first, c.end("head"), first, c.end("head"), Count(1, 1, "exact"), victims)


#: Speed: the strings every match of these patterns holds (gates.required): a sentence with none is not
#: scanned (weak verb-object 12.6 -> 8.7 us, verb-one 15.8 -> 3.7 us a sentence on the bench)
_GATE_VERB_OBJ_WEAK, _GATE_VERB_ONE = required(_RX_VERB_OBJ_WEAK), required(_RX_VERB_ONE)


#: the rest of a name a victim noun phrase stopped inside ("members of the Frontier| Corps")
_NAME_TAIL = re.compile(r"(?:\s+(?-i:[A-Z][\w'\u2019\-]*)){0,3}")
#: "25 bodies had so far been identified", "of whom 12 bodies have yet to be identified": a part of the dead
_IDENTIFIED_AFTER = re.compile(r"\s+(?:(?:had|have|has|were|was|are|is|could|can)\s+)?(?:(?:so\s+far|yet|now|still|not|"
                               r"already|only)\s+){0,2}(?:been\s+|be\s+|to\s+be\s+)?(?:identified|unidentified)\b",
                               re.IGNORECASE)
#: "up to 20 killed": a toll of one at least (the attack killed), at most 20
_UP_TO = re.compile(r"up\s*to\b", re.IGNORECASE)
_MODAL = re.compile(  # not the month of a dateline: "Quetta, May 4 (AFP): up to nine ..."
    r"\b(?:(?<!\d\s)may(?!\s+\d)|might|could|possibly|perhaps|feared|potentially|would)\b", re.IGNORECASE)


#: whom an "elimination" or a "liquidation of N" may count: people who fight or are fought
_EUPHEMISM_VICTIMS = frozenset({"militants", "soldiers", "police", "security_forces"})


#: the victim noun heading a one-victim object ("a policeman"; speed: lazyrx.Lazy, one compiled pattern held)
_VICTIM_HEAD = Lazy(rf"({VICTIM_NOUN}|member)\b", re.IGNORECASE)


def casualties(text: str, s: int, e: int, starts: list[int] | None = None) -> Iterator[Found]:
    """killed and injured claims of the sentence ``text[s:e]``."""
    found = list(_casualties(text, s, e, starts))
    if " and " in text[s:e] or ", " in text[s:e]:
        found += _passive_lists(text, s, e)
    found += more_casualties(text, s, e)
    low = text[s:e].lower()
    found += extra_tolls(text, s, e, low)  # a later predicate, a family's loss, a running total
    parts = increments(text, s, e, found) if " to " in low else ()  # the new deaths a running total counts
    if " from " in low or " compared " in low:  # "has climbed to 14, up from the 11 first reported"
        found += [g for kind in ("killed", "injured") for g in superseded(kind, text, s, e, found)]
    if any(map(text[s:e].lower().__contains__, ANAPHOR_STEMS)):  # "Later, it was confirmed to be 12."
        found += anaphoric_tolls(text, s, e, lambda t, a, b: list(_casualties(t, a, b, None)), found)
    if "includ" in low or "among " in low or "--" in low or "\u2014" in low or "\u2013" in low or "(" in low:
        found += subgroups(text, s, e, found)  # "30 people, including 12 children,": the children too
    karbala = ("rbala" in text[s:e] or "rbela" in text[s:e]) and _HUSAYN.search(text, s, e) is not None
    for f in found:
        c = f.count
        if c is not None and c.qualifier == "at_most" and (c.high or 0) >= 1 and _UP_TO.match(text, f.num_start):
            # "killing up to 20" is the figure, stressed (numbers.py: 20..20); "up to 30 may have been
            # killed" may be none: the bound alone, 0..30
            modal = _MODAL.search(text, max(s, f.num_start - 60), min(e, f.end + 40)) is not None
            if modal and c.low > 0:
                f.count = Count(0, c.high, c.qualifier, c.vague, c.warning)
            elif not modal and c.low == 0:
                f.count = Count(1, c.high, c.qualifier, c.vague, c.warning)
        if " of " in text[max(s, f.num_start - 30) : f.num_start] and _DENOMINATOR_BEFORE.search(
                text, max(s, f.num_start - 30), f.num_start):
            continue  # "two of his three children died": the three are the whole, the two its dead
        if f.kind == "killed" and _RISEN_AS_BEFORE.search(text, max(s, f.num_start - 240), f.num_start):
            continue  # "rose to 81 as several persons died", "... after five more bodies were found": no toll
        if karbala and _KARBALA_COMPANIONS.match(text, f.num_end, min(e, f.num_end + 40)):
            continue  # "Imam Hussain and his 72 companions were martyred at Karbala": the seventh century, no toll
        if f.num_start >= 0 and _no_toll(text, s, e, f):
            continue  # intent, title, age, partitive whole, lives saved, negation, things: no toll
        if f.num_start in parts or doubted(text, s, f) or family_of_one(text, e, f) or places_counted(text, s, f) \
                or vague_companion(text, s, f):
            continue  # an increment of a running total, a figure doubted or denied, one victim "and his family", places
        yield f


def _casualties(text: str, s: int, e: int, starts: list[int] | None) -> Iterator[Found]:
    if starts is None:
        starts = number_starts(text, s, e)
    low = text[s:e].lower()
    if "of th" in low or "among th" in low or "of dead" in low or "of victims" in low:
        yield from _breakdown(text, s, e)
    if ("total" in low or "figure" in low or "tally" in low or "number" in low) and any(map(low.__contains__, TOTAL_STEMS)):
        yield from _total_was(text, s, e)
    kinds = []
    if _KILL_STEMS.search(low):
        kinds.append("killed")
    if _INJ_STEMS.search(low):
        kinds.append("injured")
    if kinds and (low.startswith(("killed ", "wounded ", "injured ", "also ")) or low[1:].startswith(
            ("killed ", "wounded ", "injured ", "also "))):
        yield from _inverted(text, s, e)
    for kind in kinds:
        for m in (_RX_FROM_TO[kind].finditer(text, s, e) if "from " in low and " to " in low else ()):
            a, b = parse_count(m.group("num")), parse_count(m.group("num2"))
            if a is None or b is None or a.low is None or (b.high is not None and b.high < a.low):
                continue
            if _found(kind, "range_from", text, m, m.start(), m.end()) is None or _CHANGE_BEFORE.search(
                    text, max(s, m.start() - 24), m.start()):
                continue  # "rose from 20 killed to 35": a toll's revision, no range
            yield Found(kind, "range_from", m.start(), m.end(), m.start("num"), m.end("num2"),
                        Count(a.low, b.high, "range"), "people")
        for m in (_RX_RANGING[kind].finditer(text, s, e) if ("rang" in low or "vary" in low or "varie" in low) else ()):
            a, b = parse_count(m.group("num")), parse_count(m.group("num2"))
            if a is None or b is None or a.low is None or b.high is None or b.high < a.low:
                continue
            yield Found(kind, "range_from", m.start("num"), m.end("num2"), m.start("num"), m.end("num2"),
                        Count(a.low, b.high, "range"), "people")
        verb_obj = list(_RX_VERB_OBJ[kind].finditer(text, s, e))
        if kind == "killed":
            verb_obj += list(_RX_VERB_OBJ_WEAK.finditer(text, s, e)) if may_match(_GATE_VERB_OBJ_WEAK, low) else []
        for m in verb_obj:
            if _combined(text, m, kind):
                continue
            if m.group("verb").lower().startswith("execut") and _JUDICIAL.search(low):
                continue  # "authorities executed two men convicted of the bombing": a sentence carried out
            if m.group("verb").lower() == "martyred" and re.search(r"\b(?:the|a|an|his|her|its|their|our|these|those)\s+$",
                                                                  text[max(s, m.start() - 8) : m.start()], re.IGNORECASE):
                continue  # "the martyred 5 soldiers": an adjective
            f = _found(kind, "verb_object", text, m, m.start(), m.end())
            if f is None:
                continue
            yield f
            if f.victims == "people":
                yield from _after_total(kind, text, f, e)
            pos = max(m.end(), f.end)  # (after "five female and one male student": the split count's end)
            if pos < e and text[pos] == " " and " and " in text[pos:e]:
                yield from second_objects(kind, text, pos, e)  # "eight guards in April 2015 and 14 in October 2013"
            for _ in range(8):  # "..., 13 soldiers and 5 police"
                c = _RX_CONT.match(text, pos, e)
                if not c or _OWN_VERB.match(text, c.end(), e):
                    break  # "..., and several fighters were killed": a new clause with its own verb
                if _LIST_OTHER_PRED[kind].match(text, c.end(), e):
                    break  # "wounded several others, 10 soldiers and four police lost their lives": the dead
                if _SUBSET_NP.match(c.group("np") or ""):
                    break  # "wounded 20 people, five of them critically": a part of the count, not more victims
                g = _found(kind, "verb_object.list", text, c, c.start("num"), c.end())
                if g is None:
                    break
                yield g
                pos = c.end()
            one = _RX_CONT_ONE.match(text, pos, e)
            if one is not None and not _PLURAL_END.search(one.group("head")) and not _AND_OTHERS_AFTER.match(text, one.end(), e):
                yield Found(kind, "verb_object.list", one.start("one"), one.end(), one.start("one"), one.end("one"),
                            Count(1, 1, "exact"), victim_label(" " + one.group("head")))
        # a passive's or an adjective's predicate comes after its count: counts after the sentence's
        # last predicate word cannot start one (an exact gate, for ASCII text, where lower() keeps offsets)
        pred = _PRED_STEMS[kind]
        last = max(map(low.rfind, pred)) if low.isascii() else e - s
        anchors = [p for p in starts if p - s < last]
        passive = [("passive", m) for m in _anchored(_RX_PASSIVE[kind], text, anchors, e)] if anchors else []
        if anchors:
            passive += [("passive", m) for m in _anchored(_RX_PASSIVE_GEN[kind], text, anchors, e)]
            passive += [("adjective", m) for m in _anchored(_RX_ADJ[kind], text, anchors, e)]
        for rule, m in passive:
            if (rule == "passive" and text[max(s, m.start() - 10) : m.start()].endswith("including ")
                    and _INCLUDING_BEFORE.search(text, max(s, m.start() - 90), m.start())):
                continue  # "Eleven people including three women were killed": some of the eleven, no toll of its own
            if re.search(r"\bconditions?\s+of\s+(?:the\s+|some\s+)?$", text[max(s, m.start() - 24) : m.start()], re.IGNORECASE) \
                    and not re.match(r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", m.group("num"), re.IGNORECASE):
                continue  # "the condition of several injured people was serious": some, no toll ("of eight" is told)
            aux = (m.groupdict().get("aux") or "").strip()
            if aux and m.group("verb").lower().startswith(("die", "perish")) and not m.group("verb").lower().endswith("ed"):
                continue  # "ready to die in battle", "could die": a present "die" is a headline's past only alone
            if rule == "passive" and _REL_AUX.fullmatch(aux) and _ACTIVE_AFTER.match(text, m.end(), e) \
                    and not elliptic_passive(text, s, m):
                continue  # "two gunmen killed three guards", "one that killed scores": active, not passive
            if rule == "passive" and re.fullmatch(r"(?:,\s*)?(?:who|that)\s+(?:had|have|has)", aux, re.IGNORECASE) and \
                    _ACTIVE_AFTER.match(text, m.end(), e):
                continue  # "two men who had killed 3 guards": the killers, not the dead
            if kind == "injured" and rule == "passive" and _REL_WORD.search(aux):
                d = _RELATIVE_DIED.match(text, m.end(), e)
                if d is not None and not _NEW_SUBJECT.search(d.group("gap")):
                    # "the five soldiers who got injured earlier had succumbed to their injuries": five dead
                    f = _found("killed", "passive.succumbed", text, m, m.start(), d.end())
                    if f is not None:
                        yield f
                    continue
            if kind == "injured" and _CORPSES.search(m.group("np") or ""):
                continue  # "seven bodies were taken to the hospital": the dead, counted by the bodies rule
            if kind == "injured" and _INJURED_THEN_DIED.match(text, m.end(), e):
                continue  # "several seriously injured people died in hospital": the dead, not the wounded
            if kind == "injured" and _vague_subset(text, m):
                continue  # "several of the victims were taken to hospital in critical condition": some of those counted
            if rule == "passive" and _COMBINED_NEXT.match(text[m.end() : m.end() + 24]) and not (
                    kind == "killed" and _AND_VERB_COUNT.match(text, m.end(), e)):
                continue  # "were killed or wounded", "people killed and injured": a combined figure
            if rule == "passive" and _COMBINED_BEFORE.search(text[max(s, m.start("verb") - 20) : m.start("verb")]):
                continue
            if rule == "passive" and _OBJECT_OF_VERB.search(text, max(s, m.start() - 50), m.start()):
                continue
            if rule == "passive" and _LATER_COUNT.search(text, m.end("num"), m.end("verb")):
                continue  # "the toll was at least six and that ten were injured": the verb is the ten's
            if rule == "passive" and _OTHER_PRED[kind].search(text, m.end("num"), m.start("verb")):
                continue  # "Two guards and a policeman were killed and seven people were wounded": not the wounded
            if rule == "passive" and not aux and not m.group("np") and m.group("verb").lower() in ("wounded", "injured", "hurt"):
                # bare "13 wounded" only after a casualty word, "treated", a comma or "and"
                if not _BARE_INJ_BEFORE.search(text[max(s, m.start() - 30) : m.start()]):
                    continue
            f = _found(kind, rule, text, m, m.start(), m.end())
            extra = _companion(kind, text, m, f) if f is not None and rule == "passive" and m.group("np") else None
            if extra is not None:
                yield extra
            if f is not None and rule == "passive" and m.group("np") and text.startswith((" and ", ", and "), m.end()):
                t = _RX_AND_VERBLESS.match(text, m.end(), e)
                if t is not None:
                    g = _found(kind, "passive.and_verbless", text, t, t.start("num"), t.end())
                    if g is not None:
                        yield g
            if f is not None and rule == "passive" and any(map(low.__contains__, _TRAILING_WORDS)):
                t = _RX_TRAILING.match(text, m.end(), e)
                if t is not None and not _OWN_VERB.match(text, t.end(), e) and not other_kind_after(kind, text, t.end(), e):
                    g = _found(kind, "passive.trailing", text, t, t.start("num"), t.end())
                    if g is not None:
                        yield g
                        yield from list_after(kind, text, t.end(), e, "passive.trailing")  # "... and 11 soldiers"
            if f is not None:
                if kind == "injured" and not m.group("np"):
                    el = _RX_ELLIPSIS.search(text, max(s, m.start() - 120), m.start())
                    if el is not None and el.end() == m.start():
                        f.victims = victim_label(el.group("np"))
                yield f
                if rule == "passive" and f.victims == "people":
                    yield from _after_total(kind, text, f, e)
                if rule == "passive":
                    yield from _coordinated(kind, text, m, starts)
                    if "includ" in low or "among" in low:
                        yield from _included(kind, f, text, m.end(), e)
        toll_words = ("toll", "number of", "count of", "tally of") if kind == "killed" else (
            "number of", "count of", "tally of", "injury toll")
        put_deaths = kind == "killed" and ("put" in low or "plac" in low) and ("fatalities" in low or "deaths" in low
                                                                            or "dead" in low)
        for m in (_RX_TOLL[kind].finditer(text, s, e) if put_deaths or any(w in low for w in toll_words) else ()):
            f = _found(kind, "toll", text, m, m.start(), m.end())
            if f is None or _TOLL_GAP_BREAK.search(text, m.start(), f.num_start):
                continue  # "the toll may rise because the condition of eight was critical": no toll of eight
            if _OTHER_COUNT_IN_GAP[kind].search(text, m.start() + 1, f.num_start) or \
                    _COMBINED_TOLL_NOUN.search(text, m.start(), f.num_start):
                continue  # "the toll of victims ..., where the number of injured reached 159": the injured, no toll
            qhedge = m.group("qhedge")
            if qhedge and f.count.qualifier == "exact":  # 'stands at "approximately" 253': the quoted hedge is the count's
                f.count = parse_count(f"{qhedge} {m.group('num')}") or f.count
            verb_before = text[max(s, f.num_start - 14) : f.num_start]
            # one figure, digits or words ("passed 20", "passed two dozen"), not a vague range
            single = f.count.qualifier == "exact" or (f.count.qualifier == "vague" and f.count.low == f.count.high)
            if single and re.search(
                r"\b(?:crossed|crosses|passed|passes|exceeded|exceeds|topped|tops|surpassed|surpasses)\s+$", verb_before, re.IGNORECASE
            ):
                f.count = Count(f.count.low + 1, None, "more_than", f.count.vague)
            elif single and re.search(r"\b(?:neared|nears|approached|nearing|approaching)\s+$", verb_before,
                                                            re.IGNORECASE):
                n = f.count.low
                f.count = Count(max(0, int(n * 0.9)), max(0, n - 1), "about", f.count.vague)
            adj = (m.groupdict().get("adj") or "").lower()
            if adj and not m.group("np"):
                f.victims = _ADJ_VICTIMS.get(adj, f.victims)
            yield f
            pos = m.end()
            for _ in range(4):
                n = _RX_TOLL_NEXT.match(text, pos, e)
                if not n or _OTHER_TOLL_NOUN[kind].search(text, pos, n.start("num")):
                    break  # "reached 64 and the number of wounded climbed to 347": the next clause's toll
                g = _found(kind, "toll.revised", text, n, n.start("num"), n.end())
                if g is None:
                    break
                g.victims = f.victims
                yield g
                pos = n.end()
        noun_words = ("deaths", "fatalities") if kind == "killed" else ("injuries",)
        for m in (_anchored(_RX_NOUN[kind], text, starts, e) if any(w in low for w in noun_words) else ()):
            f = _found(kind, "noun", text, m, m.start(), m.end())
            if f is not None:
                adj = (m.group("adj") or "").strip().lower()
                f.victims = _ADJ_VICTIMS.get(adj) or (victim_label(" " + adj + "s") if adj else "people")
                yield f
        for m in (_RX_NOUN_OF[kind].finditer(text, s, e) if (" lives" in low if kind == "killed" else (
                " to " in low or " on " in low)) else ()):
            f = _found(kind, "noun_of", text, m, m.start(), m.end())
            if f is not None:
                yield f
        for m in (_RX_LEFT_WITH.finditer(text, s, e) if kind == "injured" and " with " in low else ()):
            f = _found(kind, "left_with", text, m, m.start(), m.end())
            if f is not None:
                yield f
        for m in (_RX_AMONG_N.finditer(text, s, e) if "among" in low else ()):
            if (m.group("w").lower() in ("wounded", "injured")) != (kind == "injured"):
                continue
            f = _found(kind, "among_total", text, m, m.start(), m.end())
            if f is not None:
                yield f
        for m in (_RX_OF[kind].finditer(text, s, e) if " of " in low else ()):
            f = _found(kind, "noun_of", text, m, m.start(), m.end())
            if f is not None and m.group(0)[:3].lower() in ("eli", "liq") and f.victims not in _EUPHEMISM_VICTIMS:
                continue  # "the elimination of five gunmen" is a toll; "the elimination of 5 types of weapons" none
            if f is not None:
                yield f
                one = _RX_CONT_ONE.match(text, m.end(), e) if m.group("np") else None
                if (one is not None and not _PLURAL_END.search(one.group("head"))
                        and not _AND_OTHERS_AFTER.match(text, one.end(), e)):  # "the deaths of seven children and a teacher"
                    yield Found(kind, "noun_of.list", one.start("one"), one.end(), one.start("one"), one.end("one"),
                                Count(1, 1, "exact"), victim_label(" " + one.group("head")))
    for m in (_RX_SINGLE.finditer(text, s, e) if (" was " in low or " been " in low or " died" in low or " lost h" in low
                                                   or "succumbed" in low) else ()):
        singular = m.group("np")
        if singular.lower().endswith("s") and not singular.lower().endswith(("ss", "us")) or \
                singular.lower() in ("people", "police", "personnel", "men", "women", "children"):
            continue  # a plural noun after "a": "a number of soldiers", "a total of 30 people", not one
        if re.search(r"(?:\band|\bor|,|\bas\s+well\s+as|\balong\s+with)\s*$", text[max(s, m.start() - 16) : m.start()],
                     re.IGNORECASE) and not re.search(
                         r"\b(?:killed|martyred|martyrdom|died|dead|wounded|injured|were|was)\b", text[max(s, m.start() - 80) : m.start()],
                         re.IGNORECASE):
            continue  # "a diplomat and a guard had been killed": one of several, not the count
        if _HEDGE_BEFORE.search(text, max(s, m.start() - 24), m.start()):
            continue  # "at least one Spaniard was injured": the passive rule reads the hedged count
        kind = "killed" if (m.group("verb") or "").lower() not in ("wounded", "injured", "hurt") else "injured"
        yield Found(kind, "single", m.start(), m.end(), m.start(), m.start() + len(m.group(0).split()[0]),
                    Count(1, 1, "exact"), victim_label(" " + singular))
    for m in (_RX_VERB_ONE.finditer(text, s, e) if (" a " in low or " an " in low or " one " in low)
              and may_match(_GATE_VERB_ONE, low) else ()):
        parts = [m.group("one")] + ([m.group("two")] if m.group("two") else [])
        heads = [_VICTIM_HEAD.search(p).group(1) for p in parts]
        if any(_PLURAL_END.search(h) for h in heads):
            continue  # "killing a number of soldiers": not one
        if re.search(r"\b(?:were|was|been|be|being|is|are)\s+$", text[max(s, m.start() - 12) : m.start()], re.IGNORECASE):
            continue  # "were killed, a guard among them": the passive's rule reads it
        if _AND_OTHERS_AFTER.match(text, m.end(), e):
            continue  # "killed a prominent cleric, A, and at least 17 others": the others' rule reads the toll
        kind = "injured" if m.group("verb").lower().startswith(("wound", "injur")) else "killed"
        labels = [victim_label(" " + h) for h in heads]
        if len(labels) == 2 and labels[0] != labels[1] and "people" not in labels:
            # "killing a border guard and one police officer": two groups, one victim each (as a list is read)
            yield Found(kind, "verb_object.one", m.start(), m.end("one"), m.start("one"), m.end("one"),
                        Count(1, 1, "exact"), labels[0])
            b = m.start("two") + re.match(r"\s+and\s+", m.group("two")).end()
            yield Found(kind, "verb_object.list", b, m.end(), b, m.end(), Count(1, 1, "exact"), labels[1])
        else:
            yield Found(kind, "verb_object.one", m.start(), m.end(), m.start("one"), m.end("one"),
                        Count(len(parts), len(parts), "exact"), labels[0] if len(set(labels)) == 1 else "people")
        c = None if m.group("two") else _RX_CONT.match(text, m.end(), e)
        if c is not None and not _OWN_VERB.match(text, c.end(), e):  # "killed an Afghan and three tourists"
            g = _found(kind, "verb_object.list", text, c, c.start("num"), c.end())
            if g is not None:
                yield g
    for m in (_RX_ANOTHER.finditer(text, s, e) if "another" in low else ()):
        kind = "injured" if m.group("verb").lower().startswith(("wound", "injur")) else "killed"
        yield Found(kind, "verb_object.another", m.start("verb"), m.end(), m.start("one"), m.end("one"), Count(1, 1, "exact"),
                    "people")
    for m in (_RX_ASIDE.finditer(text, s, e) if ("the dead" in low or "the wounded" in low or "the injured" in low
                                                 or "fatalities" in low or "deaths" in low) else ()):
        kind = "injured" if (m.group("noun") or "").lower() in ("wounded", "injured") else "killed"
        f = _found(kind, "aside", text, m, m.start(), m.end())
        if f is not None:
            yield f
    if "killed" not in kinds:
        return
    for m in (_anchored(_RX_WOUNDED_DIED, text, starts, e) if ("wounded" in low or "injured" in low) else ()):
        f = _found("killed", "wounded_died", text, m, m.start(), m.end())
        if f is not None and not f.count.vague:  # "several of the injured later died": no count
            yield f
    for m in (_RX_PREVIOUS.finditer(text, s, e) if "toll" in low or "killed" in low or "dead" in low or "deaths" in low else ()):
        if _INJ_STEMS.search(text[max(s, m.start() - 60) : m.start()].lower()):
            continue  # the earlier figure of the wounded
        f = _found("killed", "toll.previous", text, m, m.start(), m.end())
        if f is not None:
            yield f
    for m in (_RX_LIVES.finditer(text, s, e) if "lives" in low else ()):
        f = _found("killed", "lives", text, m, m.start(), m.end())
        if f is not None:
            yield f
    for m in (_anchored(_RX_LIVES_LOST, text, starts, e) if "lost" in low else ()):
        f = _found("killed", "lives", text, m, m.start(), m.end())
        if f is not None:
            yield f
    if "died" in low or "succumbed" in low or "passed" in low:
        for m in _anchored(_RX_WOUNDED_LATER_DIED, text, starts, e):
            f = _found("killed", "wounded_died", text, m, m.start(), m.end())
            if f is not None and (f.count is None or not f.count.vague):  # ("several of the injured": no count)
                yield f
    lists = list(_RX_AMONG_LIST.finditer(text, s, e)) if "among" in low else []
    if "includ" in low or "compris" in low or "consisted" in low:
        lists += _RX_TOLL_LIST.finditer(text, s, e)
    for m in lists:
        comma = bool(m.groupdict().get("comma"))
        if comma and _AMONG_THEN_HURT.match(text, m.end(), e):
            continue  # "Among the victims, 30 were wounded": not the dead
        f = _found("killed", "among_list", text, m, m.start("num"), m.end())
        if f is None or f.count.vague in ("several", "a_few", "a_handful_of", "a_couple_of"):
            continue  # "among the dead were several local leaders": no count to check
        yield f
        w = _AMONG_WHILE.match(text, m.end(), e) if comma else None
        if w is not None:
            g = _found("killed", "among_list", text, w, w.start("num"), w.end("np") if w.group("np") else w.end("num"))
            if g is not None:
                g.victims = g.victims if w.group("np") else f.victims  # "... while two were from": two of the same
                yield g
        pos = m.end()
        for _ in range(8):
            c = _RX_CONT.match(text, pos, e) or _RX_CONT.match(text, _NAME_TAIL.match(text, pos, e).end(), e)
            if not c:
                break  # ("69 members of the Frontier Corps and 11 civilians": the name's last words skipped)
            g = _found("killed", "among_list", text, c, c.start("num"), c.end())
            if g is None:
                break
            yield g
            pos = c.end()
    for m in (_anchored(_RX_BODIES, text, starts, e) if "bodies" in low else ()):
        if "identif" in low and (_IDENTIFIED_AFTER.match(text, m.end(), e)
                                 or _IDENTIFIED_BEFORE.search(text, max(s, m.start() - 40), m.start())):
            continue  # "only 25 bodies had been identified", "identified the four bodies": a part of the dead, no toll
        f = _found("killed", "bodies", text, m, m.start(), m.end())
        if f is not None:
            # "we have received 20 bodies": the count the speaker gives, exact (every blind gold reads it so);
            # bodies still being recovered from rubble are a floor of a toll not yet known
            if f.count.qualifier == "exact" and re.search(
                r"\b(?:recovered|collected|pulled|retrieved)\b[^.;]{0,20}$",
                text[max(s, m.start() - 40) : m.start()], re.IGNORECASE,
            ):
                f.count = Count(f.count.low, None, "at_least", f.count.vague)
            yield f
    for m in (_RX_BODIES_OF.finditer(text, s, e) if "bodies of" in low else ()):
        if "identif" in low and (_IDENTIFIED_AFTER.match(text, m.end(), e)
                                 or _IDENTIFIED_BEFORE.search(text, max(s, m.start() - 40), m.start())):
            continue  # "the bodies of four of them were identified": a part of the dead, no toll
        if re.match(r"\s+of\s", m.group("np"), re.IGNORECASE):
            continue  # "the bodies of two of the victims": a part of a toll told elsewhere
        f = _found("killed", "bodies_of", text, m, m.start(), m.end())
        if f is not None:
            yield f
    for m in (_RX_OTHERS.finditer(text, s, e) if ("other" in low or "more" in low) else ()):
        if re.search(r"\b(?:were|was|been|be|being|are|is)\s+$", text[max(s, m.start() - 12) : m.start()], re.IGNORECASE):
            continue  # "were killed, ..., and 50 others were wounded": not the object of "killed"
        if re.match(r"\s+(?:(?:were|was|had\s+been|have\s+been|are)\s+)?(?:\w+\s+)?(?:wounded|injured|hurt)\b", text[m.end() : m.end() + 40],
                    re.IGNORECASE):
            continue  # ("... was killed and several others wounded": the others have a verb of their own)
        f = _found("killed", "others", text, m, m.start("num"), m.end())
        if f is not None:
            yield f


