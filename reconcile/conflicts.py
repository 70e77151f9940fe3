"""Conflicts: pairs of claims that cannot both be true.

* Tolls (per event, kind and victim group) whose intervals cannot overlap: 7 vs 50,
  "dozens" vs 7.  "At least 13" vs 13 is compatible; a vague count with no ceiling
  ("several", "dozens") is a lower bound.  A total ("people", or no victim group) against a
  subgroup conflicts only when the total's upper bound is below the subgroup's lower bound;
  two different subgroups never conflict, and attackers killed are not weighed against a
  toll of the dead (unless the perpetrator says it killed them).
* Not contradictions: parts of one report's toll (figures that add up to it, "four more
  bodies", "16 militants including four suicide bombers", "among the dead was ..."), and
  one claimant's figures listed in one sentence ("four men attacked and 14 people died").
* Different attributions of one event.
* Different founding years of one group; strength estimates only for the same point
  in time and the same scope (otherwise they are a series).
* Leader names are never conflicts: spellings are variants (:mod:`reconcile.subjects`).

A later report from the same outlet that changes a toll is a *revision* (table
``revisions``), not a conflict.  A perpetrator's own figure is named as such in the note.
``severity`` grows with the gap: (higher low - lower high) / higher low, in (0, 1].

This module owns the comparisons and the rows they write (conflicts, revisions), and the
figures of a toll that count one site, facility or hospital, or a whole country's people.
What counts as a group or a part is :mod:`reconcile.tollparts`; which pair is a revision and
which figures their report supersedes, :mod:`reconcile.revisions`; which attributions can name
one perpetrator (factions, branches), :mod:`reconcile.factions`.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass

from .factions import one_group, related
from .intervals import compatible, describe, gap_severity, total_below_part
from .matching.features import norm_label, place_in_text
from .models import short_hash
from .revisions import EARLIER_WORDS, UPDATE_WORDS, claimant_key, projection, restates_update, revision, updated_to
from .subjects import canonical_entity
from .tollparts import PART_LABELS, TOLL_KINDS, bounds, exact, figures_at, group_keys, holds, victims_key
from .tollscope import adult_men, holds_forces, side, whole_toll

#: Words between two figures of one sentence that set two voices or two estimates against each other.
_CONTRAST = re.compile(r"\b(?:while|whereas|but|however|although|though|compared|contrast|versus|vs|said|says|cited"
                       r"|cites|put|puts|told|tells|according|claimed|claims|estimated|estimates|reported|reports"
                       r"|disputed|denied|insisted)\b", re.IGNORECASE)


def _one_voice(a: dict, b: dict) -> bool:
    """Two figures one claimant tells in one sentence with no word of change or contrast between them:
    the sentence lists different things ("four people attacked them and 14 people were killed"; a list
    of attacks), it does not contradict itself.  Two voices in one sentence ("from 120 wounded to 140,
    while a spokesman cited 60") still conflict."""
    q = a.get("quote")
    if a["source_id"] != b["source_id"] or not q or q != b.get("quote") or claimant_key(a) != claimant_key(b):
        return False
    if UPDATE_WORDS.search(q) or EARLIER_WORDS.search(q):
        return False
    at = _placed(a, b)
    if at is None:
        return False
    first, second = sorted(at, key=lambda m: m.start())
    return not _CONTRAST.search(q[first.end():second.start()])


def _placed(a: dict, b: dict) -> tuple[re.Match, re.Match] | None:
    """Where the figures of two claims of one sentence stand: the occurrences whose distance best
    matches the distance of the claims' spans ("more than 60 ... and 60 wounded": the second 60)."""
    d = (b.get("span_start") or 0) - (a.get("span_start") or 0)
    pairs = [(x, y) for x in figures_at(a) for y in figures_at(b) if x.start() != y.start()]
    if not pairs:
        return None
    return min(pairs, key=lambda p: abs((p[1].start() - p[0].start()) - d))


def conflict_id(a: str, b: str) -> str:
    x, y = sorted((a, b))
    return short_hash(x, y, prefix="k")


@dataclass
class Found:
    conflicts: list[dict]
    revisions: list[dict]


def _who(c: dict) -> str:
    return c.get("claimant") or c.get("publisher") or c["source_id"]


def _note(a: dict, b: dict, what: str) -> str:
    parts = [f"{what}: {describe(a['value_low'], a['value_high'])} ({_who(a)}) vs "
             f"{describe(b['value_low'], b['value_high'])} ({_who(b)})"]
    for c in (a, b):
        if c.get("claimant_role") == "perpetrator":
            parts.append(f"the {describe(c['value_low'], c['value_high'])} is the perpetrator's own figure"
                         f" ({c.get('claimant') or 'its statement'})")
    return "; ".join(parts)


def _pair_rows(a, b, group, kind, victims, what, severity, out: Found, rev: tuple[dict, dict] | None = None):
    """A conflict row for two claims, or a revision row when they are one outlet updating its figure (``rev``:
    the pair as (earlier, later) when the caller knows it is one)."""
    rev = rev or revision(a, b)
    if rev is not None:
        early, late = rev
        lo_e, lo_l = early["value_low"] or 0, late["value_low"] or 0
        out.revisions.append({
            "id": short_hash(early["id"], late["id"], prefix="r"), **group, "kind": kind, "victims": victims,
            "earlier_claim": early["id"], "later_claim": late["id"],
            "publisher": late.get("publisher"), "direction": "up" if lo_l > lo_e else "down",
            "note": ("within one report: " if early["source_id"] == late["source_id"] else "")
            + f"{describe(early['value_low'], early['value_high'])} -> {describe(late['value_low'], late['value_high'])}",
        })
        return
    x, y = sorted((a, b), key=lambda c: c["id"])
    out.conflicts.append({
        "id": conflict_id(x["id"], y["id"]), **group, "kind": kind, "victims": victims,
        "claim_a": x["id"], "claim_b": y["id"], "severity": round(severity, 4), "note": _note(x, y, what),
    })


def _site(c: dict) -> str | None:
    """The town (or district) a claim's figure counts, when it names one: no province, no country."""
    name = c.get("place")
    if not name:
        return None
    from .gazetteer import lookup

    try:
        p = lookup(name)
    except Exception:  # a broken user gazetteer file must not stop the comparison
        return None
    if p is None or p.type in ("country", "province"):
        return None
    return p.district or p.name  # a quarter counts for its city ("Dasht-e-Barchi" is Kabul)


#: A report tells its breakdown per site in one passage: figures this far apart (characters) are not summed.
PASSAGE = 600


def site_parts(items: list[dict]) -> dict[str, str]:
    """Group keys of the figures one report gives per site of an attack on several places ("nine
    attackers were killed in Noshki", "four in Panjgur", against "at least 13" for both), in a report
    whose figures name two or more towns: a figure whose own sentence names its town, below a larger
    figure of its group in the report; and figures of two or more towns, told in one passage, that add
    up to a larger figure of their group in the report.  Each counts that group at its site ("part of
    militants @site Noshki"): compared with that site's figures, never with the whole nor with another
    site's."""
    by: dict[tuple[str, str], list[dict]] = defaultdict(list)
    sites: dict[str, set[str]] = defaultdict(set)
    for c in items:
        by[(c["source_id"], victims_key(c["victims"]))].append(c)
        if (site := _site(c)) is not None:
            sites[c["source_id"]].add(site)
    out: dict[str, str] = {}
    for (sid, key), same in by.items():
        if len(sites[sid]) < 2 or len(same) < 2:
            continue
        top = max((c["value_low"] or 0) for c in same)
        sited = sorted((c for c in same if exact(c) is not None and _site(c)), key=lambda c: c["id"])
        for c in sited:
            if exact(c) < top and place_in_text(c.get("quote"), c.get("place")):
                out[c["id"]] = f"part of {key} @site {_site(c)}"  # "five soldiers were killed in Noshki"
        for total in same:
            lo = total["value_low"]
            if lo is None:
                continue
            small = [c for c in sited if c is not total and 0 < exact(c) < lo][:12]
            for n in (2, 3):
                for combo in itertools.combinations(small, n):
                    starts = [c.get("span_start") or 0 for c in combo]
                    if len({_site(c) for c in combo}) < 2 or max(starts) - min(starts) > PASSAGE:
                        continue
                    s = sum(exact(c) for c in combo)
                    if compatible((s, s), (lo, total["value_high"])):
                        out.update({c["id"]: f"part of {key} @site {_site(c)}" for c in combo})
    return out


# Round E: figures of one report that count a part the desk's victim labels miss.
# - the attackers of an elided figure: "One bomber blew himself up, while two others were shot dead",
#   "five of the 20 attackers, four of whom were detained, one killed in the crossfire"
_ATTACKER = r"(?:attackers?|militants?|gunm[ae]n|bombers?|assailants?|terrorists?|insurgents?|raiders?|fighters?)"
_ATTACKERS_BEFORE = re.compile(
    r"(?:\bof\s+(?:the|these|those)\s+(?:[\w\-]+\s+){0,2}?" + _ATTACKER + r"\b"
    r"|\b(?:one|a|the\s+first)\s+(?:[\w\-]+\s+)?" + _ATTACKER + r"\b[^.;]{0,80}?(?:,|\bwhile|\band|\bwhereas)\s*$"
    # - the attackers as the subject of a clause, the figure after a contrast: "All the attackers fled, though one
    #   sustained injuries", "the gunmen escaped but two were wounded" (not "the gunmen fled and two were killed")
    r"|\b(?:the\s+|all\s+(?:the\s+)?|both\s+(?:the\s+)?)(?:[\w\-]+\s+)?" + _ATTACKER
    + r"\b[^.;]{0,80}?\b(?:though|although|but|except\s+that)\s*$)"
    r"[^.;]{0,80}$", re.IGNORECASE)
_ELIDED_AFTER = re.compile(r"\s+(?:others?\b|(?:more\s+)?(?:were|was|had|have|has|killed|died|dead|shot|slain|wounded|injured|"
                           r"sustained|suffered|received)\b)", re.IGNORECASE)
# - another site's figure: "six died outside the school, and one person was wounded at the Mumtaz centre"
_FACILITY = (r"(?:cent(?:er|re)|school|academy|university|college|madrassa|seminary|mosque|church|shrine|hospital|clinic|"
             r"market|bazaar|hotel|compound|checkpoint|check-post|post|station|office|base|camp|court|stadium)")
_AT_SITE_AFTER = re.compile(r"[^.;,]{0,50}?\b(?:at|inside|in)\s+(?:the\s+|a\s+)?(?P<site>(?:[A-Z][\w\-'\u2019]*\s+){1,3}"
                            r"(?:(?:educational|education|training|learning|tuition|language|religious)\s+)?)" + _FACILITY + r"\b")


def _attackers_figure(c: dict) -> bool:
    """The claim's elided figure counts attackers named just before it ("two others", "one killed")."""
    if victims_key(c["victims"]) not in ("people", "others") or c.get("claimant_role") == "perpetrator":
        return False
    q = c.get("quote") or ""
    for m in figures_at(c):
        if _ELIDED_AFTER.match(q, m.end()) and _ATTACKERS_BEFORE.search(q, max(0, m.start() - 200), m.start()):
            return True
    return False


def _facility_site(c: dict) -> str | None:
    """The named facility the claim's clause counts its figure at ("wounded at the Mumtaz centre")."""
    q = c.get("quote") or ""
    for m in figures_at(c):
        at = _AT_SITE_AFTER.match(q, m.end())
        if at is not None:
            return " ".join(at.group("site").split()).lower()
    return None


def facility_parts(items: list[dict]) -> dict[str, str]:
    """Group keys of one report's figures given per named facility when the report names two or
    more ("six killed outside the school ... one wounded at the Mumtaz centre"), or for attackers in an
    elided figure: a facility's figure below a larger one of its group in the report is that site's
    part (compared with that site's figures only); an attackers' figure counts militants."""
    out: dict[str, str] = {}
    by: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in items:
        if _attackers_figure(c):
            out[c["id"]] = "part of militants"  # (some of the attackers: no toll of them)
            continue
        by[(c["source_id"], victims_key(c["victims"]))].append(c)
    for (_, key), same in by.items():
        top = max((c["value_low"] or 0) for c in same)
        sited = [(c, _facility_site(c)) for c in same if exact(c) is not None]
        for c, site in sited:
            if site is not None and exact(c) < top and not any(
                    site == other for d, other in sited if d is not c and exact(d) == top):
                out[c["id"]] = f"part of {key} @site {site}"
    return out


def _group_label(key: str) -> str:
    """A group key as a note says it: "militants at Noshki" for a site's figures."""
    head, sep, site = key.partition(" @site ")
    return f"{head.removeprefix('part of ')} at {site}" if sep else key


def _all_overlap(items: list[dict]) -> bool:
    """Every two figures are compatible (as :func:`toll_conflicts` compares them): intervals overlap
    pairwise exactly when the highest low is at most the lowest high.  Then no pair of them is a
    conflict, a revision or a total below its part, whatever their groups."""
    lows, highs = [], []
    for c in items:
        lo, hi = bounds(c)
        lows.append(0 if lo is None else lo)
        if hi is not None:
            highs.append(hi)
    return not highs or max(lows) <= min(highs)


def toll_conflicts(claims: list[dict], group: dict, out: Found) -> None:
    """Numeric tolls of one event, compared per kind and victim group."""
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for c in claims:
        if c["kind"] in TOLL_KINDS and (c["value_low"] is not None or c["value_high"] is not None):
            by_kind[c["kind"]].append(c)
    for kind, items in by_kind.items():
        if _all_overlap(items):
            continue  # every pair below is compatible, so none is flagged: the parts need not be worked out
        items.sort(key=lambda c: c["id"])
        parts = group_keys(items, claims)
        for cid, key in site_parts(items).items():
            parts.setdefault(cid, key)
        for cid, key in facility_parts(items).items():  # (round E: a named facility's figure, attackers' figures)
            parts.setdefault(cid, key)
        # (a part of a toll, "40 were killed instantly" or one site's figure, updates no toll of its report)
        updates = updated_to([c for c in items if not parts.get(c["id"], "").startswith("part of ")])
        old = set(updates)
        for c in items:
            if c["id"] not in parts and _all_of_the_country(c, items):
                parts[c["id"]] = "people"  # "a car bomb killed 89 Pakistanis" (in Pakistan): everyone killed
        for c in items:  # "six adult men" of a breakdown beside "30 children": two groups
            if c["id"] not in parts and adult_men(c):
                parts[c["id"]] = "men"
        keys = {c["id"]: parts.get(c["id"]) or victims_key(c["victims"]) for c in items}
        for c in items:  # "the government had claimed only 12 soldiers were killed": its whole toll
            if c["id"] not in parts and whole_toll(c, keys[c["id"]], items, keys):
                parts[c["id"]] = "people"
        for a, b in itertools.combinations(items, 2):
            if a["source_id"] != b["source_id"] and (a["id"] in old or b["id"] in old):
                continue  # a figure its own report tells as superseded contradicts no other report
            if _one_voice(a, b) or projection(a) or projection(b):
                continue  # (a projection, "expected to rise to 50", contradicts no toll: link9)
            va = parts.get(a["id"]) or victims_key(a["victims"])
            vb = parts.get(b["id"]) or victims_key(b["victims"])
            if va != vb and va in PART_LABELS | {"people"} and vb in PART_LABELS | {"people"}:
                # "five civilians" of a list against "40 civilians" elsewhere: one group
                if norm_label(a["victims"]) == norm_label(b["victims"]) and norm_label(a["victims"]) in PART_LABELS:
                    va = vb
            if va != vb and "people" in (va, vb):
                # "20 miners were killed and seven injured" against "six others injured": one count of the wounded
                va = "people" if _everyone_unsaid(a, va, parts, claims) else va
                vb = "people" if _everyone_unsaid(b, vb, parts, claims) else vb
            ia, ib = _one_site_bounds(a), _one_site_bounds(b)
            if va == vb and (sa := side(a)) and (sb := side(b)) and sa != sb:
                continue  # "nine Afghan troops" and "23 Pakistani soldiers": a clash's two sides
            if va == vb:
                if compatible(ia, ib) or _just_above(a, b) or _just_above(b, a):
                    continue
                victims = a["victims"] if a["victims"] == b["victims"] else (a["victims"] or b["victims"])
                # (the update its report told, told again: "had risen to 36" ... "thirty-six injured were brought in")
                rev = (a, b) if restates_update(a, b, updates) else (b, a) if restates_update(b, a, updates) else None
                _pair_rows(a, b, group, kind, victims, f"{kind} {_group_label(va)}", gap_severity(ia, ib), out, rev)
            elif va == "people" or vb == "people":
                total, part = (a, b) if va == "people" else (b, a)
                it, ip = _one_site_bounds(total), _one_site_bounds(part)
                if total_below_part(it, ip) and holds(total, part, vb if va == "people" else va):
                    _pair_rows(total, part, group, kind, part["victims"],
                               f"{kind}: total below {victims_key(part['victims'])}", gap_severity(it, ip), out)
            elif holds_forces(a, va, b, vb) or holds_forces(b, vb, a, va):
                # "13 security personnel" against "14 soldiers": the security forces hold the soldiers
                (total, part), held = ((a, b), vb) if holds_forces(a, va, b, vb) else ((b, a), va)
                it, ip = _one_site_bounds(total), _one_site_bounds(part)
                if total_below_part(it, ip):
                    _pair_rows(total, part, group, kind, part["victims"], f"{kind}: security forces below {held}",
                               gap_severity(it, ip), out)


# "At least 20 miners were killed and seven injured", "killed 14 soldiers and wounded 9": a second figure whose
# group the sentence leaves unsaid (the extractor carries the first one's over): as far as the sentence says, all
# the wounded (or dead) of the attack, compared with another report's count of "people"
_AND_BEFORE = re.compile(r"\b(?:and|while)\s+(?P<verb>(?:wounded|wounding|injured|injuring|hurt|killed|killing|left)\s+)?$",
                         re.IGNORECASE)
_TOLL_AFTER = re.compile(r"(?:\s+(?:were|was|have\s+been|had\s+been|are|others?))?\s+(?:injured|wounded|hurt|killed|dead|died)\b",
                         re.IGNORECASE)
# after a verb: no noun of its own ("and wounded nine in an ambush", "and wounded nine.")
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;)]|$)|\s+(?:in|at|during|when|after|as|near|on|before|while|and|others?|more)\b",
                            re.IGNORECASE)


def _elided_group(c: dict) -> bool:
    """The claim's figure stands with no noun of its own after another figure's ("... and seven injured")."""
    q = c.get("quote") or ""
    for m in figures_at(c):
        if not m.group(0)[:1].isalpha() and not m.group(0)[:1].isdigit():
            continue
        before = _AND_BEFORE.search(q, max(0, m.start() - 24), m.start())
        if before is not None and (_NO_NOUN_AFTER.match(q, m.end()) if before.group("verb") else _TOLL_AFTER.match(q, m.end())):
            return True
    return False


def _everyone_unsaid(c: dict, key: str, parts: dict[str, str], claims: list[dict]) -> bool:
    """``c`` is a figure with its group unsaid (:func:`_elided_group`) whose carried-over group ``key`` is everyone the
    attack hit: no count of people killed in the event is above the largest count of that group killed (20 miners
    of a 20-dead attack on a mine; not "13 US service members were killed and 18 were wounded" of a 170-dead
    bombing), and no part its report names ("wounded in hospital", a site's, a list's)."""
    part = parts.get(c["id"])
    if key == "people" or part is not None and (part != key or " " in part) or not _elided_group(c):
        return False
    group = [x["value_low"] or 0 for x in claims if x["kind"] == "killed" and victims_key(x["victims"]) == key]
    people = [x["value_low"] or 0 for x in claims if x["kind"] == "killed" and victims_key(x["victims"]) == "people"]
    return bool(group) and (not people or max(people) <= max(group))


# "At the city's Jinnah Hospital, doctors were treating 47 wounded", "Lady Reading Hospital received 30 bodies": what
# one hospital counts, of an attack whose casualties went to several (not "the city's hospitals", "in all hospitals")
_ONE_HOSPITAL = re.compile(r"\b(?:[A-Z][\w'\u2019\-]*\s+){1,4}?(?:Hospital|Medical\s+(?:Complex|Cent(?:er|re)|Institute)|"
                           r"Trauma\s+Cent(?:er|re))\b(?!s)")
# (what the hospital took in, not what its spokesman says of the attack: "the DHQ Hospital's spokesman said 12 were killed")
_TOOK_IN = re.compile(r"\b(?:treat(?:ed|ing)|receiv(?:ed|ing)|admitted|brought|taken|shifted|rushed|lying)\b", re.IGNORECASE)
_ALL_HOSPITALS = re.compile(r"\b(?:hospitals|total|overall|in\s+all|altogether|combined)\b", re.IGNORECASE)
# "his ward alone had received 35 bodies", "the morgue alone took in 20": the site says it is a part
_SITE_ALONE = re.compile(r"\b(?:hospital|ward|clinic|morgue|mortuary|cent(?:er|re)|facility)\s+alone\b", re.IGNORECASE)


def _one_site_bounds(c: dict) -> tuple[int | None, int | None]:
    """The interval a toll is compared with (tollparts.bounds), open above when the figure is one named hospital's
    count of the dead or wounded: the whole toll may be larger (a larger figure elsewhere contradicts nothing;
    a smaller one still does)."""
    lo, hi = bounds(c)
    q = c.get("quote") or ""
    if hi is not None and "ospital" in q and _ONE_HOSPITAL.search(q) and _TOOK_IN.search(q) and not _ALL_HOSPITALS.search(q):
        return lo, None
    if hi is not None and " alone" in q and _SITE_ALONE.search(q) and _TOOK_IN.search(q):
        return lo, None
    return lo, hi


#: The people of a country, as a toll's victim label names them.
_DEMONYMS = {"pakistanis": "Pakistan", "afghans": "Afghanistan", "afghanis": "Afghanistan", "iranians": "Iran",
             "indians": "India", "tajiks": "Tajikistan", "uzbeks": "Uzbekistan", "turkmens": "Turkmenistan",
             "kyrgyz": "Kyrgyzstan", "kazakhs": "Kazakhstan", "iraqis": "Iraq", "syrians": "Syria"}
#: Victim labels of foreigners, or of another nation's people.
_FOREIGN = re.compile(r"\b(?:foreign\w*|expat\w*|us|american\w*|marines?|nato|coalition|international\w*|western\w*|"
                      r"british|chinese|indians?|iranians?|iraqis?|pakistanis?|afghans?|afghanis?|turkish|russians?|"
                      r"ukrainians?|germans?|french|japanese|koreans?|europeans?|tajiks?|uzbeks?)\b")
#: A sentence naming a part of the dead ("the dead included 20 Pakistanis", "of them", "among").
_PART_WORDS = re.compile(r"(?:includ\w*|among|of\s+(?:them|whom|the\s+dead|those)|foreigners?|nationals?)",
                         re.IGNORECASE)


def _all_of_the_country(c: dict, items: list[dict]) -> bool:
    """A toll of the people of the country its event happened in ("killed 89 Pakistanis" in Peshawar), that its
    sentence gives alone (not "14 foreigners and four Afghans", not "the dead included 20 Pakistanis"): every
    victim, compared with the event's totals, not a subgroup of them."""
    own = norm_label(c.get("victims"))
    country = _DEMONYMS.get(own)
    if country is None or not c.get("place") or _PART_WORDS.search(c.get("quote") or ""):
        return False
    from .gazetteer import lookup

    try:
        p = lookup(c["place"])
    except Exception:  # a broken user gazetteer file must not stop the comparison
        return False
    if p is None or p.country != country:
        return False
    if any((v := norm_label(d.get("victims"))) != own and _FOREIGN.search(v) for d in items):
        return False  # (an attack that killed foreigners too: "113 Afghans" beside "13 US troops" is a part)
    return not any(d is not c and d["source_id"] == c["source_id"] and d.get("quote") == c.get("quote")
                   and norm_label(d.get("victims")) != norm_label(c.get("victims")) for d in items)


_MORE_THAN = re.compile(r"\s*(?:more\s+than|over|above|upwards\s+of)\s", re.IGNORECASE)


def _just_above(a: dict, b: dict) -> bool:
    """``a`` says "more than N" and ``b`` exactly N ("83 wounded", "more than 83 wounded"): the same count
    told loosely, no contradiction worth a fact-checker's time."""
    n = exact(b)
    return (n is not None and a["value_high"] is None and a["value_low"] == n + 1
            and _MORE_THAN.match(a.get("value_text") or "") is not None)


def attribution_conflicts(claims: list[dict], group: dict, out: Found) -> None:
    """Different groups named as responsible for one event (one claim per source and group)."""
    seen: dict[tuple[str, str], dict] = {}
    for c in sorted(claims, key=lambda c: c["id"]):
        name = c["entity"] if c["kind"] == "attribution" else None
        name = canonical_entity(name)
        if name and (c["source_id"], name) not in seen:
            seen[(c["source_id"], name)] = c
    reps = list(seen.items())
    for ((_sa, na), a), ((_sb, nb), b) in itertools.combinations(reps, 2):
        if na == nb or related(na, nb):
            continue
        if one_group(a, na, b, nb):
            continue  # "a faction of the Taliban" and "the Pakistani Taliban": both can be true
        x, y = sorted((a, b), key=lambda c: c["id"])
        note = f"attribution: {canonical_entity(x['entity'])} ({_who(x)}) vs {canonical_entity(y['entity'])} ({_who(y)})"
        out.conflicts.append({
            "id": conflict_id(x["id"], y["id"]), **group, "kind": "attribution", "victims": None,
            "claim_a": x["id"], "claim_b": y["id"], "severity": 1.0, "note": note,
        })


_PEAK = re.compile(r"\bpeak\b")


def _year(c: dict) -> str:
    """The time a claim counts at: its year (or its report's); a group's peak ("at its height, 3,000") is one
    time of its own, whatever the year written beside it or the report's date."""
    if c.get("kind") == "strength" and _PEAK.search(c.get("scope") or ""):
        return "peak"
    return str(c.get("event_date") or c.get("published") or "")[:4]


#: A strength figure that counts a part of a group's people: "10 to 15 top operatives", "some 200 senior commanders",
#: "about 300 foreign fighters" (not "3,000 fighters": the whole group).
_SUBSET_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?P<part>top|senior|key|leading|high-ranking|high-level|mid-level|"
                           r"foreign|elite|hardcore|hard-core)\s+(?:[\w\-]+\s+){0,2}?(?:operatives|commanders|leaders|"
                           r"militants|fighters|members|figures|cadres|jihadists)\b", re.IGNORECASE)


def _scope(c: dict) -> str:
    """The scope a subject's estimate counts (its own words, and a part of the group its figure names)."""
    scope = " ".join((c.get("scope") or "").lower().split())
    if c.get("kind") == "strength":
        for m in figures_at(c):
            if (sub := _SUBSET_AFTER.match(c.get("quote") or "", m.end())) is not None:
                return f"{scope} | {sub.group('part').lower()}".lstrip(" |")
    return scope


def _subject_pairs(items: list[dict], group: dict):
    """The pairs of ``items`` (in id order) :func:`subject_conflicts` can flag: one kind (no leaders), and
    for estimates one year, scope and victim group (a total, one stated date).  A subject holds
    thousands of claims on a large desk, so they are bucketed first, not compared all with all.
    (The pairs come bucket by bucket: the rows found are the same, written in another order.)"""
    total = (group.get("subject") or "").endswith("-total")
    buckets: dict[tuple, list[dict]] = defaultdict(list)
    for c in items:
        if c["kind"] == "leader":
            continue
        if c["kind"] == "founded":
            buckets[("founded",)].append(c)
        elif not (total and not c["event_date"]):
            buckets[(c["kind"], _year(c), _scope(c), victims_key(c["victims"]),
                     c["event_date"] if total else None)].append(c)
    for same in buckets.values():
        if len(same) > 1 and not _overlap_all(same):
            yield from itertools.combinations(same, 2)


def _overlap_all(items: list[dict]) -> bool:
    """Every two raw intervals of ``items`` overlap (the highest low is at most the lowest high)."""
    highs = [c["value_high"] for c in items if c["value_high"] is not None]
    return not highs or max(c["value_low"] or 0 for c in items) <= min(highs)


def subject_conflicts(claims: list[dict], group: dict, out: Found) -> None:
    """Founding years of one group; estimates only at the same time and scope."""
    items = sorted((c for c in claims if c["value_low"] is not None or c["value_high"] is not None),
                   key=lambda c: c["id"])
    for a, b in _subject_pairs(items, group):
        ia, ib = (a["value_low"], a["value_high"]), (b["value_low"], b["value_high"])
        if compatible(ia, ib):
            continue
        if a["kind"] == "founded":
            gap = abs((a["value_low"] or a["value_high"]) - (b["value_low"] or b["value_high"]))
            _pair_rows(a, b, group, a["kind"], None, "founded", min(1.0, gap / 10), out)
            continue
        if _year(a) != _year(b) or _scope(a) != _scope(b) or victims_key(a["victims"]) != victims_key(b["victims"]):
            continue  # a series over time or scope, not a contradiction
        if (group.get("subject") or "").endswith("-total") and (not a["event_date"] or a["event_date"] != b["event_date"]):
            continue  # totals over periods the reports do not state alike ("since 2021", "in nine months")
        _pair_rows(a, b, group, a["kind"], a["victims"], f"{a['kind']} {_year(a)}", gap_severity(ia, ib), out)


def find(claims: list[dict], *, event_id: str | None = None, subject: str | None = None) -> Found:
    """Conflicts and revisions among the claims of one event or one subject."""
    out = Found([], [])
    group = {"event_id": event_id, "subject": subject}
    if event_id is not None:
        toll_conflicts(claims, group, out)
        attribution_conflicts(claims, group, out)
    else:
        subject_conflicts(claims, group, out)
    return out
