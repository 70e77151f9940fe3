"""strength claims: fighters or members of an armed group. The patterns the rule reads are in ``strengthrx``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import aliases
from .numbers import (
    MAX_PLAUSIBLE,
    Count,
    parse_count,
    strip_refs,
)
from .rules import (
    NUM,
    Found,
    _anchored,
    _count_ok,
    number_starts,
)
from .strengthframe import (
    _CASUALTY_NEAR,
    _CHANGE_BEFORE,
    _FAMILY,
    _FAMILY_AFTER,
    _SCOPE_AFTER,
    UNREAD,
    _figure_now,
    _scope_before,
    earlier_figure,
    estimate_figures,
)
from .strengthrx import (  # the patterns of the rules
    _AROUND_BEFORE,
    _ASIDE_THEN_VERB,
    _ATTACKER_NOUN,
    _CAPABLE_PRE,
    _COORD_BEFORE,
    _COORD_WORDS,
    _END_OF_FIGURE,
    _GROUP_ANAPHOR,
    _GROUP_POSSESSIVE,
    _HEDGE_QUOTE,
    _NOT_GROUP_MEN,
    _NUMBERING_BEFORE,
    _OF_OTHERS,
    _OTHER_SUBJECT,
    _OWN_SIZE,
    _OWNED_MEMBERS,
    _OWNED_NUMBERS,
    _OWNER_BEFORE,
    _PARTITIVE_BEFORE,
    _PERSONS_AFTER,
    _RX_STR_ABROAD,
    _RX_STR_ALLEGIANCE,
    _RX_STR_ARMY,
    _RX_STR_CONSIST,
    _RX_STR_LEFT,
    _RX_STR_LEFT_AND,
    _RX_STR_NEXT_YEAR,
    _RX_STR_NOUN,
    _RX_STR_NUMBERS,
    _RX_STR_OPERATE,
    _RX_STR_OWNED,
    _RX_STR_OWNED_EST,
    _RX_STR_POSS,
    _RX_STR_PRESENCE,
    _RX_STR_RANKS,
    _RX_STR_STRONG,
    _RX_STR_SUBJ,
    _RX_STR_SUBSET,
    _RX_STR_THE_MEMBERS,
    _RX_STR_VARY,
    _RX_STR_WHO_ARE,
    _SIZE_OF,
    _STATE_FORCE_AFTER,
    _STR_ACTION_AFTER,
    _STR_ESTIMATE,
    _STR_GATES,
    _UNIT_NUMBER,
    _WITH,
    _YEARLIKE,
    RANGE_AND_BEFORE,
)
from .strengthwords import (
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
    _STR_PRISON,
    _TALIBAN_NP,
    _VAGUE_HEAD,
    _with_group_after,
    breakdown,
    group_before,
)

# the men of one attack: a handful of them is a raiding party, never a group's strength
_RAIDERS = re.compile(r"\b(?:gunmen|attackers|assailants|bombers|raiders|intruders|shooters|terrorists|militants|fighters|"
                      r"insurgents|rebels|jihadists)\b", re.IGNORECASE)
# a party met in the field: "encountered some 120 gunmen", "engaged about 50 militants", "repulsed 200 attackers"
_MET_PARTY = re.compile(r"\b(?:encounter(?:ed|ing|s)?|engag(?:ed|ing|es)|repuls(?:ed|ing)|repell(?:ed|ing)|ambush(?:ed|ing)|"
                        r"surround(?:ed|ing)|(?:clash(?:ed|ing)?|fought|battl(?:ed|ing))\s+with)\s+(?:(?:an?\s+)?(?:estimated|"
                        r"around|about|some|roughly|nearly|over|more\s+or\s+less|at\s+least|up\s+to)\s+)?$", re.IGNORECASE)
# a fight with a party: "in the clash with", "a gunbattle with", "fighting with", "engaged ... with"
_FOUGHT_WITH = re.compile(r"\b(?:clash(?:es|ed)?|fight(?:s|ing)?|fought|battle[sd]?|gun\s*battles?|gunfights?|firefights?|"
                          r"encounters?|skirmish(?:es|ed)?|engaged|exchange\s+of\s+fire)\b[^.;,]{0,25}$", re.IGNORECASE)


def strength(text: str, s: int, e: int, starts: list[int] | None = None,
             fighters_before: bool = False) -> Iterator[Found]:
    """strength claims of the sentence; ``fighters_before``: the sentence before counted fighters,
    so "put the number at about 2,000" counts them too. A figure of the past told beside today's
    ("it once had 4,000") has "earlier" (or "peak") in its scope: a point of a series, no rival estimate."""
    for f in _strength(text, s, e, starts, fighters_before):
        if (when := earlier_figure(text, s, f.num_start, f.end, e)) is not None:
            f.scope = f"{f.scope}; {when}" if f.scope else when
        yield f


def _strength(text: str, s: int, e: int, starts: list[int] | None, fighters_before: bool) -> Iterator[Found]:
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
        elif rule == "noun":
            ms = _noun_matches(text, s, e)
        else:
            ms = _anchored(rx, text, starts, e) if anchored else rx.finditer(text, s, e)
        for m in ms:
            ns = m.start("num")
            if ns in seen or m.end("num") in ends:
                continue
            if RANGE_AND_BEFORE.search(text, max(s, ns - 60), ns):
                continue  # "range from 2,500 and 6,000 members": the range's end, read with its start below
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
                    ((rule == "possessive" and _NUMBERING_BEFORE.search(text, max(s, ns - 30), ns))
                     or (_PARTITIVE_BEFORE.search(text, max(s, ns - 30), ns) and max(count.low or 0, count.high or 0) >= 100))
                    and _count_ok_after_verb(text, m, count)):
                continue  # ("most of the 600 fighters": the shared check takes "<word> of the 600" for a part)
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
            if rule == "strong" and m.group("adj"):
                if groups_here is None:
                    groups_here = [g for g in aliases.find_actors(text, s, e) if g.actor.type == "group"]
                if max(count.low or 0, count.high or 0) < 100 or not groups_here or _STATE_FORCE_AFTER.match(text, m.end(), e):
                    continue  # "a 12-member delegation", "a 600-member police force": no group's strength
            if rule == "owned_est" and (max(count.low or 0, count.high or 0) < 20 or not _END_OF_FIGURE.match(text, m.end("num"), e)
                                        or _CASUALTY_NEAR.search(text, max(s, m.start() - 40), m.end())):
                continue  # "its fighters killed are put at 40", "... at 40 per cent": no strength
            if rule == "owned_est" and m.group("name") and not any(
                    g.actor.type == "group" and g.start <= m.start("name") < g.end
                    for g in aliases.find_actors(text, max(s, m.start() - 60), m.end("name"))):
                continue  # "Government soldiers are estimated at ...": a group's own name only
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
                if m.group("from") and (max(count.low or 0, count.high or 0) < 100
                                        or not any(m.start("of") <= g.start < m.end("of") for g in groups_here)):
                    continue  # "3,000 fighters from Central Asia operate in ...": "from" a group only, not a place
                if m.group("aff") and (count.low or 0) < 20:
                    continue  # "three militants were linked to the group": suspects, not a strength
                if m.group("left") and max(count.low or 0, count.high or 0) < 100:
                    continue  # "20 fighters left in the building": a party, not a strength
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
                if rule == "possessive" and _FOUGHT_WITH.search(text, max(s, m.start() - 40), m.start()):
                    continue  # "in the clash with about a hundred X fighters": the party fought, not the group's size
                if rule == "estimate" and _MET_PARTY.search(text, max(s, m.start() - 40), m.start()):
                    continue  # "the troops encountered more or less 120 gunmen": a party met in one clash
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
                                 and (groups_here or _GROUP_POSSESSIVE.search(text, max(s, m.start() - 30), m.start())
                                      or _ITS_SIZE_CHANGED.search(text, max(s, m.start() - 8), ns))):
                    continue  # ("the group's ranks have swelled to 4,000": the group meant, not named)
                if rule == "noun" and not m.group("np") and not _END_OF_FIGURE.match(text, m.end("num"), e) and not (
                        _PERSONS_AFTER.match(text, m.end("num"), e) and (_MEMBER_NOUN.search(text, m.start(), ns) or (
                            _SIZE_OF.match(m.group(0)) and any(m.start() < g.start < ns for g in groups_here)))):
                    continue  # ("the number of fighters ... estimated at 4,000 to 6,000 people": persons, the members named before)  # "a total of 444 terror attacks": the figure counts something else
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
            if _RAIDERS.search(np) and (count.high if count.high is not None else count.low or 0) < 10:
                continue  # "there were only two gunmen": the attackers of one attack, no group's strength
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
            if _FAMILY.search(text[m.end() : min(e, m.end() + 40)]) or _FAMILY.search(np) or (
                    rule == "noun" and _FAMILY.search(text, m.start(), ns)):  # "the number of fighters and family members ..."
                scope.append(f"{np.strip()} and family members" if np.strip() else "including family members")
            f.scope = "; ".join(scope) or None
            yield f
            if rule != "noun" and m.group("np") and (c := _RX_STR_LEFT_AND.match(text, sc.end() if sc else m.end(), e)) is not None \
                    and c.start("num") not in seen:  # "about 300 cadres in Batticaloa and around 500 in Trincomalee"
                c2 = parse_count(c.group("num"))
                if c2 is not None and max(c2.low or 0, c2.high or 0) >= 20 and _count_ok(text, c, c2):
                    seen.add(c.start("num"))
                    f2 = Found("strength", rule + ".and", c.start("num"), c.end("num"), c.start("num"), c.end("num"), c2)
                    if (sc2 := _SCOPE_AFTER.match(text, c.end("num"), e)) is not None:
                        f2.scope = sc2.group("where")
                    yield f2
            if (m.group("np") or rule == "noun") and ("20" in low or "19" in low):
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
                    and not _OWN_SIZE.search(text, max(s, m.start() - 60), m.start()) \
                    and not _OWNED_NUMBERS.search(text, max(s, m.start() - 60), m.start()):  # "its fighting force ... ranges"
                if not fighters_before or not _END_OF_FIGURE.match(text, ne, e):
                    continue  # "Estimates vary wildly: from 500 to 5,000." after a sentence on how many fighters
            if _CASUALTY_NEAR.search(text, max(s, m.start() - 60), min(e, m.end() + 20)):
                continue
            if not fighters_before and not [g for g in aliases.find_actors(text, s, e) if g.actor.type == "group"] \
                    and not re.search(r"\b(?:its|their)\s+(?:strength|numbers|membership|ranks)", low) \
                    and not _OWNED_MEMBERS.search(text, max(s, m.start() - 60), m.start()) \
                    and not _GROUP_ANAPHOR.search(text, max(s, m.start() - 60), m.start()):
                continue  # ("the organization has strength vary from ...": the group named before)
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
    if " who " in low or " which " in low:  # "TTP militants, who number no more than a few hundred, ..."
        for m in _RX_STR_WHO_ARE.finditer(text, s, e):
            g = [a for a in aliases.find_actors(text, max(s, m.start() - 40), m.start() + 1) if a.actor.type == "group"]
            if g and 0 <= m.start() - g[-1].end <= 12:
                extra.append(("who_are", m))  # the group named right before the members
    if "the " in low and " of " in low:  # 'The "several hundred" members of the Afghanistan-based AQIS'
        for m in _RX_STR_THE_MEMBERS.finditer(text, s, e):
            g = next(iter(a for a in aliases.find_actors(text, m.end(), min(e, m.end() + 60)) if a.actor.type == "group"), None)
            if g is None or g.start - m.end() > 50 or _STR_BAD_AFTER.match(text[g.end : g.end + 64]) \
                    or _STR_ACTION_AFTER.match(text[g.end : g.end + 40]) \
                    or _CASUALTY_NEAR.search(text, max(s, m.start() - 60), min(e, g.end + 40)) \
                    or _STR_PRISON.search(text, max(s, m.start() - 50), min(e, g.end + 25)):
                continue  # "the 30 members of the TTP killed in the raid", "... held in the prison"
            extra.append(("the_members", m))
    if "consist" in low or "compris" in low or "made up" in low:
        for m in _RX_STR_CONSIST.finditer(text, s, e):
            if [a for a in aliases.find_actors(text, max(s, m.start() - 80), m.start()) if a.actor.type == "group"] \
                    and not _CASUALTY_NEAR.search(text, max(s, m.start() - 80), min(e, m.end() + 30)):
                extra.append(("consist", m))  # (a group named before: "the delegation consists of 12 people" is none)
    if "presence" in low:
        extra += [("presence", m) for m in _RX_STR_PRESENCE.finditer(text, s, e)]
    if fighters_before and " to " in low:
        for m in _RX_STR_REDUCED.finditer(text, s, e):
            if _END_OF_FIGURE.match(text, m.end("num"), e) and not _CASUALTY_NEAR.search(text, s, e):
                extra.append(("elided", m))
    if seen and ("now" in low or "today" in low or "currently" in low):  # "at its height had 12,000 fighters, now has 7,000"
        extra += [("elided", m) for m in _RX_STR_NOW_ELIDED.finditer(text, s, e) if m.start() > min(seen)
                  and _END_OF_FIGURE.match(text, m.end("num"), e)]
    if fighters_before and "number" in low:  # "Combined, they number between 6,000-7,000" (the fighters named before)
        extra += [("elided", m) for m in _RX_STR_THEY_NUMBER.finditer(text, s, e)]
    if "fight" in low or "resist" in low or "defend" in low or "stand against" in low:
        extra += [("ready", m) for m in _RX_STR_READY.finditer(text, s, e)]
    if fighters_before and ("left" in low or "remaining" in low or "fighting in" in low):
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
        if rule in ("elided", "who_are", "the_members", "consist") and (max(count.low or 0, count.high or 0) < (50 if rule == "the_members" else 20) or _YEARLIKE.fullmatch(strip_refs(m.group("num")))):
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


# "Its numbers dwindled to a few hundred", "their ranks have swelled to 6,000": the size of the group named in a
# sentence before, told as a change (the pronoun is the group's: the entity comes from the sentences before)
_ITS_SIZE_CHANGED = re.compile(
    r"\b(?:its|their)\s+(?:numbers|ranks|strength|membership|manpower|fighting\s+force)\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:since|later|quickly|rapidly|steadily|gradually|sharply)\s+)?(?:dwindled|shrunk|shrank|shrunken|fallen|fell|dropped|"
    r"declined|decreased|been\s+(?:reduced|cut|whittled\s+down)|swelled|swollen|grown|grew|risen|rose|increased|climbed|"
    r"jumped)\s+to\s+(?:(?:just|only|about|around|roughly|some|perhaps|fewer\s+than|less\s+than|more\s+than|over|nearly|"
    r"barely|an\s+estimated)\s+)?$", re.IGNORECASE)


def _noun_matches(text: str, s: int, e: int):
    """The noun rule's matches, and for each the shorter ones inside it that end at the same figure: a match
    may start at an earlier size noun than the figure's own ("the ISIL's numbers have more than doubled
    set beside an older estimate, which put the group's total ... at roughly 9,000": the
    figure is read from "total", not from "numbers"; the shared ``seen`` keeps one claim per figure)."""
    pos = s
    while (m := _RX_STR_NOUN.search(text, pos, e)) is not None:
        yield m
        inner = m
        while (inner := _RX_STR_NOUN.search(text, inner.start() + 1, e)) is not None and inner.start("num") == m.start("num"):
            yield inner
        pos = m.end()


# "which at its height had some 12,000 fighters, now has about 7,000", "today it is believed to have fewer than 2,000":
# the figure of today after one of the past in the sentence, its member noun elided
_RX_STR_NOW_ELIDED = re.compile(
    rf"\b(?:now|today|currently)\b,?\s+(?:(?:it|they|the\s+(?:group|movement|outfit|organi[sz]ation))\s+)?"
    rf"(?:(?:is|are)\s+(?:believed|thought|estimated|said)\s+to\s+(?:have|number)|has|have|numbers|number|counts|fields|commands)\s+"
    rf"(?:(?:only|just|perhaps|roughly|still)\s+)?{NUM}(?P<np>)",
    re.IGNORECASE,
)
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
