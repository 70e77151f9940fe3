"""Scoring candidate pairs: explicit features, each kept so a link can be explained.

Each component is stored as a similarity in [0, 1] (``claim_links``) and adds its
log-odds to a prior (Fellegi-Sunter style): agreement counts for a link, disagreement
against, an unknown (NaN) not at all.  Components:

* ``place``: 1 same place at any level of the gazetteer (transliterations agree; a town, a
  province or a country and itself), 0.8 one province with one side less specific (a town
  and its province, named alike or not), 0.4 one country only, 0.3 different places in one
  province; the log-odds grow with the level's specificity (:func:`place_score`).
  Different countries or provinces are a *hard* contradiction: no link.
* ``date``: how tightly the two windows agree, respecting precision; windows that
  cannot overlap are a hard contradiction.
* ``type`` / ``perpetrator``: same coarse event type (less when the means of attack named
  differ: "roadside bomb", "suicide bomber") / named group (a claim of responsibility's entity
  is its perpetrator).
* ``toll``: same kind and value (1; 0.75 for a common small toll), compatible
  intervals (0.6), incompatible (0.2); the same named victim group (or the same words for the
  victims: "worshippers") adds to it.
* ``text``: rapidfuzz token-set similarity of the sentences' distinctive words.

Within one source, claims of the same sentence or paragraph link unless their
contexts contradict each other (the extractor gives what it can; a claim with no
place or date inherits its neighbours' event).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from .batch import EXPLOSIVE, GUN, Batch, is_toll, nested_places, widen_means
from .blocking import evidence, province_level, same_outlet_follow_up

THRESHOLD = 0.55
SENTENCE_SCORE = 0.92
PARAGRAPH_SCORE = 0.75
SOURCE_SCORE = 0.60

RULES = ("sentence", "paragraph", "place", "toll", "place+toll", "source", "outlet")


@dataclass
class Scored:
    """Scored pairs above the threshold, with their components and the rule that linked them."""

    i: np.ndarray
    j: np.ndarray
    score: np.ndarray
    place: np.ndarray
    date: np.ndarray
    type: np.ndarray
    perpetrator: np.ndarray
    toll: np.ndarray
    text: np.ndarray
    rule: np.ndarray  # index into RULES

    def __len__(self) -> int:
        return len(self.i)

    def take(self, rows: np.ndarray) -> Scored:
        return Scored(**{name: getattr(self, name)[rows] for name in self.__dataclass_fields__})


def concat_unique(parts: list[Scored]) -> Scored:
    """One Scored from chunks, each pair once (a pair scores the same in every chunk)."""
    if not parts:
        e = np.zeros(0, dtype=np.int64)
        f = np.zeros(0)
        return Scored(e, e, f, f, f, f, f, f, f, e)
    whole = Scored(**{name: np.concatenate([getattr(p, name) for p in parts])
                      for name in Scored.__dataclass_fields__})
    code = whole.i * (int(max(whole.i.max(initial=0), whole.j.max(initial=0))) + 1) + whole.j
    _, first = np.unique(code, return_index=True)
    return whole.take(np.sort(first))


def hard_ok(b: Batch, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Pairs whose contexts do not contradict each other (dates, country, province).

    Only places a claim's own sentence names count against a link; dates taken from a
    neighbouring sentence have a wide window (``INHERITED_SLACK``); an undated claim's
    window (its report's last weeks) does not hold against a claim of its own paragraph.
    """
    overlap = ~(b.finite[i] & b.finite[j]) | (np.maximum(b.h0[i], b.h0[j]) <= np.minimum(b.h1[i], b.h1[j]))
    # a claim with no date of its own ("Another 12 were wounded") is dated by its paragraph,
    # not by its report's publication (a report may tell of an attack months old)
    overlap |= (b.para[i] == b.para[j]) & ~(b.dated[i] & b.dated[j])
    country = (b.hcountry[i] == 0) | (b.hcountry[j] == 0) | (b.hcountry[i] == b.hcountry[j])
    admin = (b.hadmin1[i] == 0) | (b.hadmin1[j] == 0) | (b.hadmin1[i] == b.hadmin1[j])
    return overlap & country & admin


PRIOR = -3.2  # most candidate pairs are different incidents
PERP_DISAGREE = -0.3  # two claims naming different perpetrators (families of groups)
SAME_REPORT = 1.5
APART = -2.0  # one report, two sentences that each say when, on days that do not meet
#: An outlet's later toll with no place, dated like its earlier report ("the toll from Monday's
#: bombing rose to 12"): an update of that outlet's own story.
SAME_OUTLET = 2.2
#: Two reports' claims, one of which names no place at all: their toll, day and kind of attack
#: are evidence against the other incidents of that week on the desk.  Up to CROWD_REF reports a
#: week they count fully; on a busier desk each doubling of the crowd costs log 2 (at most CROWD_CAP).
CROWD_REF = 50
CROWD_CAP = 2.0


def weekly_crowd(b: Batch) -> np.ndarray:
    """Per claim: how many reports on the desk tell of an incident dated to its week (at least 1)."""
    crowd = b.extra.get("crowd")
    if crowd is None:
        week = b.r0 // 7
        dated = np.flatnonzero(b.dated & b.narrow)
        code = np.unique(week[dated] * np.int64(1 << 40) + (b.source[dated] & np.int64((1 << 40) - 1)))
        weeks, counts = np.unique(code >> np.int64(40), return_counts=True)
        crowd = np.ones(b.n)
        if len(weeks):
            pos = np.clip(np.searchsorted(weeks, week), 0, len(weeks) - 1)
            crowd = np.where(weeks[pos] == week, np.maximum(counts[pos], 1), 1).astype(np.float64)
        b.extra["crowd"] = crowd
    return crowd


#: Log-odds of a town and the district the gazetteer puts it in (a town is 2.5, a province 0.8).
NESTED_PLACE = 1.5
#: Log-odds of one place named at each level of the gazetteer: a town (or district) is rare evidence, a province
#: sees many incidents a month, a country more; one side less specific than the other (a town and its province)
#: counts as the coarser level, and two towns apart count against.
TOWN_LO, PROVINCE_LO, COUNTRY_LO, APART_LO = 2.5, 0.8, 0.2, -2.0
#: Log-odds of one target named in one province ("a courthouse" in Sistan-Baluchestan twice): near a town's.
TARGET_LO = 2.0


def same_town(b: Batch, i, j, place_s: np.ndarray) -> np.ndarray:
    """Pairs whose place score is a match below the province (one town, or a district and a town in it, or
    one target of one province: :func:`one_target`)."""
    return (np.nan_to_num(place_s) >= 1.0) & ~(b.coarse[i] & b.coarse[j]) | one_target(b, i, j, place_s)


def one_target(b: Batch, i, j, place_s: np.ndarray) -> np.ndarray:
    """Pairs of one province (at least one side named no finer) whose sentences name one target ("a
    courthouse in Sistan-Baluchestan" twice): placed as precisely as a town (``data/targets.txt``)."""
    province = (b.admin1[i] != 0) & (b.admin1[i] == b.admin1[j]) & (np.nan_to_num(place_s) >= 0.8)
    return province & (b.coarse[i] | b.coarse[j]) & (b.target[i] != 0) & (b.target[i] == b.target[j])


def place_score(b: Batch, i, j) -> tuple[np.ndarray, np.ndarray]:
    """Similarity and log-odds of two claims' places over the gazetteer's hierarchy (town -> province -> country).

    The similarity says whether the places agree and how closely: 1 the same place at any level (a town and
    itself, a province and itself, a country and itself, a district and a town in it); 0.8 one province with
    one side named no finer than it (a town and its province, whatever their names: Kabul the city and Kabul
    province are a town and its province); 0.4 one country with one side no finer than it; 0.3 / 0.2 two towns
    of one province / of no known common province; 0.1 two provinces or countries.  The log-odds say how rare
    the agreement is: a town is strong evidence, a province or a country weak (:data:`TOWN_LO`)."""
    nan = np.full(len(i), np.nan)
    skel_i, skel_j = b.skel[i], b.skel[j]
    adm_i, adm_j = b.admin1[i], b.admin1[j]
    cty_i, cty_j = b.country[i], b.country[j]
    known_i = (skel_i != 0) | (adm_i != 0) | (cty_i != 0)
    known_j = (skel_j != 0) | (adm_j != 0) | (cty_j != 0)
    coarse = province_level(b)
    co_i, co_j = coarse[i], coarse[j]
    both_skel = (skel_i != 0) & (skel_j != 0)
    same_adm = (adm_i != 0) & (adm_i == adm_j)
    nest = nested_places(b, i, j)  # a district and a town in it
    s, lo = nan, np.zeros(len(i))
    country = known_i & known_j & (cty_i != 0) & (cty_i == cty_j)
    s, lo = np.where(country, 0.4, s), np.where(country, COUNTRY_LO, lo)
    towns_differ = both_skel & (skel_i != skel_j) & ~co_i & ~co_j & ~nest
    s = np.where(towns_differ, np.where(same_adm, 0.3, 0.2), s)
    lo = np.where(towns_differ, APART_LO, lo)
    # one province, one side no finer than it (a town and its province; a town and the province of its name)
    province = same_adm & ~towns_differ
    s, lo = np.where(province, 0.8, s), np.where(province, PROVINCE_LO, lo)
    # the same place named at the same level: a town (or district), a province, a country
    same_town_ = both_skel & (skel_i == skel_j) & ~co_i & ~co_j
    same_coarse = co_i & co_j & (same_adm | (adm_i == 0) & (adm_j == 0) & country)
    s = np.where(same_town_ | nest | same_coarse, 1.0, s)
    lo = np.where(same_town_, TOWN_LO, np.where(nest, NESTED_PLACE, lo))
    lo = np.where(same_coarse & ~same_town_ & ~nest, np.where(adm_i != 0, PROVINCE_LO, COUNTRY_LO), lo)
    # one target of one province (a courthouse, the dockyard): as rare as a town
    lo = np.where(one_target(b, i, j, s), np.maximum(lo, TARGET_LO), lo)
    # two provinces (or countries) both known and different: not one place, whatever the names
    differ = ((adm_i != 0) & (adm_j != 0) & (adm_i != adm_j)) | ((cty_i != 0) & (cty_j != 0) & (cty_i != cty_j))
    s, lo = np.where(differ, 0.1, s), np.where(differ, APART_LO, lo)
    # within one report, a place the extractor took from another sentence of it says
    # nothing more than "same report" (which scores on its own)
    lo = np.where((b.loose[i] | b.loose[j]) & (b.source[i] == b.source[j]), np.minimum(lo, 0.5), lo)
    # and a place taken from another sentence that disagrees may simply be wrong
    lo = np.where((b.loose[i] | b.loose[j]) & (lo < 0), -1.0, lo)
    return s, lo


#: Dated windows more than a week apart, though neither sentence states its date itself.
NO_OVERLAP = -1.2
RELATIVE_SLACK = 7


def date_score(b: Batch, i, j) -> tuple[np.ndarray, np.ndarray]:
    fin = b.finite[i] & b.finite[j]
    raw_overlap = np.maximum(b.r0[i], b.r0[j]) <= np.minimum(b.r1[i], b.r1[j])
    width = np.maximum(b.r1[i] - b.r0[i], b.r1[j] - b.r0[j])
    said = b.sdate[i] & b.sdate[j]
    dated = b.dated[i] & b.dated[j]
    s = np.select([width <= 1, width <= 8, width <= 35, width <= 100], [1.0, 0.85, 0.7, 0.5], default=0.3)
    lo = np.select([width <= 1, width <= 8, width <= 35, width <= 100], [2.5, 1.5, 0.8, 0.3], default=0.0)
    s = np.where(said, s, np.minimum(s, 0.6))
    lo = np.where(said, lo, np.minimum(lo, 0.8))
    s = np.where(dated, s, np.minimum(s, 0.35))
    lo = np.where(dated, lo, np.minimum(lo, 0.2))
    s = np.where(raw_overlap, s, 0.4 * np.minimum(1.0, s / 0.7))
    # a date no sentence states may be resolved a week off ("on Monday" read from another day)
    gap = np.maximum(b.r0[i], b.r0[j]) - np.minimum(b.r1[i], b.r1[j])
    lo = np.where(raw_overlap, lo, np.where(said, -1.0, np.where(gap > RELATIVE_SLACK, NO_OVERLAP, -0.3)))
    return np.where(fin, s, np.nan), np.where(fin, lo, 0.0)


def _same(a_i, a_j, agree: float, disagree: float) -> tuple[np.ndarray, np.ndarray]:
    known = (a_i != 0) & (a_j != 0)
    eq = a_i == a_j
    return np.where(known, eq.astype(float), np.nan), np.where(known, np.where(eq, agree, disagree), 0.0)


#: Log-odds of the same family of attack, and what naming different means of it takes ("a roadside bomb"
#: against "a car bomb": two explosions, but not one).
TYPE_FAMILY, OTHER_MEANS = 0.7, -0.8


def _type_score(b: Batch, i, j) -> tuple[np.ndarray, np.ndarray]:
    """Same coarse event type.  A type read from the sentence (the extractor gave none) counts
    against a link when it differs, but agreeing counts only between types the extractor gave:
    on a crowded desk "a bombing" matches too many bombings to be evidence.  Within one family, means
    of attack that share nothing (the extractor's type or the sentence's words: "a roadside bomb", "a
    suicide bomber") count against; a bare "bombing" or "blast" names none and says nothing more.  The
    same means are no more evidence than the same family: a desk holds many suicide bombings."""
    s, lo = _same(b.etype[i], b.etype[j], TYPE_FAMILY, -1.2)
    given = (b.etype_given[i] != 0) & (b.etype_given[j] != 0)
    lo = np.where((lo > 0) & ~given, 0.0, lo)
    m_i, m_j = b.means[i], b.means[j]
    # a complex attack (bombs and gunfire in one sentence) is a bombing to one report and a shooting to another:
    # types that differ say nothing when the other sentence names one of its means too
    complex_ = ((m_i & EXPLOSIVE) != 0) & ((m_i & GUN) != 0) | ((m_j & EXPLOSIVE) != 0) & ((m_j & GUN) != 0)
    lo = np.where((s == 0.0) & complex_ & ((widen_means(m_i) & widen_means(m_j)) != 0), 0.0, lo)
    family = s == 1.0
    # (a car bomb may be a suicide bomber's, an ambush gunmen's)
    other = family & (m_i != 0) & (m_j != 0) & ((widen_means(m_i) & widen_means(m_j)) == 0)
    # (shown as half a match: one family, other means)
    return np.where(other, 0.5, s), lo + np.where(other, OTHER_MEANS, 0.0)


#: The smallest toll whose near neighbour ("at least 83" and 82) counts as a compatible figure.
NEAR_TOLL_MIN = 20

#: The same words for victims that name no group of their own ("worshippers", "civilians" twice).
VICTIM_WORDS = 0.5


def toll_score(b: Batch, i, j) -> tuple[np.ndarray, np.ndarray]:
    """Same toll: strong evidence when the number is specific (a 1 or a 3 is common)."""
    toll = is_toll(b)
    same_kind = toll[i] & toll[j] & (b.kind[i] == b.kind[j])
    lo_i, lo_j = np.maximum(b.low[i], 0), np.maximum(b.low[j], 0)
    hi_i = np.where(b.high[i] < 0, np.iinfo(np.int64).max, b.high[i])
    hi_j = np.where(b.high[j] < 0, np.iinfo(np.int64).max, b.high[j])
    compatible = np.maximum(lo_i, lo_j) <= np.minimum(hi_i, hi_j)
    value = np.maximum(b.bucket[i], b.bucket[j])
    eq = b.bucket[i] == b.bucket[j]
    s = np.where(eq, np.where(value < 5, 0.75, 1.0), np.where(compatible, 0.6, 0.2))
    # different tolls are no evidence either way: tolls rise as bodies are counted, and near figures (41 and 27
    # wounded) are as common between two attacks of one city a week apart as between two counts of one (a
    # bonus for them merged two Kabul attacks on the sample desk); far figures (7 against 50) are the
    # conflict the desk must show, so they must be able to meet in one event
    # ... but two counts of one large toll a unit or two apart ("at least 83" and 82, 41 and 42) are as near as compatible
    # figures are (link9): no further from each other than 2 or a twentieth of the larger
    near = ~compatible & (np.minimum(lo_i, lo_j) >= NEAR_TOLL_MIN) & (
        np.abs(lo_i - lo_j) <= np.maximum(2, np.maximum(lo_i, lo_j) // 20)) & (
        np.minimum(hi_i, hi_j) < np.maximum(lo_i, lo_j)) & (np.maximum(lo_i, lo_j) - np.minimum(hi_i, hi_j) <= 2)
    lo = np.where(eq, np.select([value >= 20, value >= 10, value >= 5], [2.5, 2.0, 1.2], default=0.5),
                  np.where(compatible | near, 0.3, 0.0))
    victims = (b.victims[i] != 0) & (b.victims[i] == b.victims[j])
    lo = lo + np.where(victims, 1.0, 0.0)
    # the same words for the victims where they name no group of their own ("worshippers" twice)
    words = ~victims & (b.victims_exact[i] != 0) & (b.victims_exact[i] == b.victims_exact[j])
    lo = lo + np.where(words, VICTIM_WORDS, 0.0)
    return np.where(same_kind, s, np.nan), np.where(same_kind, lo, 0.0)


def text_score(b: Batch, i, j) -> np.ndarray:
    if len(i) == 0:
        return np.zeros(0)
    qa = [b.ctx[k] for k in i.tolist()]
    qb = [b.ctx[k] for k in j.tolist()]
    sim = process.cpdist(qa, qb, scorer=fuzz.token_set_ratio, workers=1, dtype=np.float64)
    empty = np.fromiter((not (x and y) for x, y in zip(qa, qb)), dtype=bool, count=len(qa))
    return np.where(empty, np.nan, np.asarray(sim, dtype=np.float64) / 100.0)


def _text_log_odds(sim: np.ndarray) -> np.ndarray:
    return np.where(np.isnan(sim), 0.0, (np.nan_to_num(sim) - 0.45) * 1.2)


def _logistic(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


#: An undated report published this many days after the other claim's event may tell of it.
FOLLOW_UP_DAYS = 7
#: An undated claim of a report published more than STALE_DAYS after the other claim's dated incident.
STALE_DAYS, STALE = 21, -0.6


def _undated_follow_up(b: Batch, i, j, comps: dict) -> None:
    """An undated claim published within days of a dated one, in the same town with a
    compatible toll, agrees on the date (a second outlet's story rarely repeats the day)
    instead of counting for almost nothing."""
    date_s, date_lo = comps["date"]
    place_s, toll_s = comps["place"][0], comps["toll"][0]
    one_dated = b.dated[i] ^ b.dated[j]
    d = np.where(b.dated[i], i, j)  # the dated side
    u = np.where(b.dated[i], j, i)  # the undated side: its window ends on its publication
    follow = one_dated & b.finite[i] & b.finite[j] & (b.r1[u] >= b.r0[d]) & (b.r1[u] <= b.r1[d] + FOLLOW_UP_DAYS)
    ok = follow & same_town(b, i, j, place_s) & (np.nan_to_num(toll_s) >= 0.6)
    date_lo = np.where(ok, np.maximum(date_lo, 0.8), date_lo)
    # another report published weeks after the dated incident, that names no day at all, is less likely
    # about it than one published within days (a late story mostly says when: "last month's bombing")
    stale = one_dated & b.finite[i] & b.finite[j] & (b.source[i] != b.source[j]) & (b.r1[u] > b.r1[d] + STALE_DAYS)
    comps["date"] = (np.where(ok, np.maximum(np.nan_to_num(date_s), 0.6), date_s),
                     np.where(stale, np.minimum(date_lo, STALE), date_lo))


#: Two reports' claims told at a province's and a month's precision ("the province was the site of a car bomb in
#: July that killed dozens" and "in July, some 89 people died in a car bombing in the same province"), of one
#: kind with compatible large tolls: at that precision the desk holds few such incidents, so they count as much
#: as a day and a town do for precise claims (a precise incident is no coarse claim: this never joins one)
EQUALLY_COARSE = 1.5
#: ... windows this wide at least (a month, a season: not a day or a week) and at most COARSE_WIDTH days
COARSE_MIN_WIDTH, COARSE_WIDTH = 9, 45
#: ... and tolls of at least this many (a handful killed is too common in a province's month); from LARGE_TOLL
#: on both sides, LARGE_COARSE more (the rarer the toll, the fewer incidents it fits, as for tolls that agree)
COARSE_TOLL, LARGE_TOLL, LARGE_COARSE = 10, 20, 0.5


def _equally_coarse(b: Batch, i, j, comps: dict) -> np.ndarray:
    """Pairs of two reports told at a province's and a month's precision that agree (see :data:`EQUALLY_COARSE`)."""
    w_i, w_j = b.r1[i] - b.r0[i], b.r1[j] - b.r0[j]
    month = b.dated[i] & b.dated[j] & (np.minimum(w_i, w_j) >= COARSE_MIN_WIDTH) & (np.maximum(w_i, w_j) <= COARSE_WIDTH)
    overlap = np.maximum(b.r0[i], b.r0[j]) <= np.minimum(b.r1[i], b.r1[j])
    # one province, one side no more specific than it (or both the province itself)
    place_s = np.nan_to_num(comps["place"][0])
    province = (place_s == 0.8) | (place_s == 1.0) & b.coarse[i] & b.coarse[j] & (b.admin1[i] != 0)
    toll_s = np.nan_to_num(comps["toll"][0])
    large = (np.maximum(b.low[i], b.high[i]) >= COARSE_TOLL) & (np.maximum(b.low[j], b.high[j]) >= COARSE_TOLL)
    types = ~((b.etype[i] != 0) & (b.etype[j] != 0) & (b.etype[i] != b.etype[j]))
    return month & overlap & province & (toll_s >= 0.6) & large & types & (b.source[i] != b.source[j])


def score_pairs(b: Batch, i: np.ndarray, j: np.ndarray, threshold: float = THRESHOLD) -> Scored:
    """Score candidate pairs; keep those at or above ``threshold``.

    Each component adds its log-odds (agreement for, disagreement against, unknown
    nothing) to a prior; the score is the resulting probability, raised to the base of
    the same sentence / paragraph / report when the two share one.
    """
    i = np.asarray(i, dtype=np.int64)
    j = np.asarray(j, dtype=np.int64)
    keep = evidence(b, i, j) & hard_ok(b, i, j)
    # a report telling a claim as another incident than its own ("came four days after an attack on the embassy
    # in Sanaa killed 17", "On September 26, a car bomb killed six") says the two are not one event: its
    # sentence, words and town shared with the report's own claims are no evidence of one
    keep &= ~((b.source[i] == b.source[j]) & (b.recalled[i] != b.recalled[j]))
    i, j = i[keep], j[keep]
    comps = {
        "place": place_score(b, i, j),
        "date": date_score(b, i, j),
        "type": _type_score(b, i, j),
        # (reports differ on who did it: an early blame, a rival claim; differing attributions of one attack are a
        # conflict to flag in one event, weak evidence of two events)
        "perpetrator": _same(b.perp[i], b.perp[j], 1.2, PERP_DISAGREE),
        "toll": toll_score(b, i, j),
    }
    _undated_follow_up(b, i, j, comps)
    parts = {name: c[0] for name, c in comps.items()}
    coarse_pair = _equally_coarse(b, i, j, comps)
    # one report mostly tells of one incident: two of its claims that agree are likely one; not two paragraphs that
    # each tell of another incident than its own ("Elsewhere in Afghanistan, a bomb killed 10." ... "And later in
    # Kabul, a second bombing killed one."): two incidents, unless the evidence makes them one
    two_told = (b.source[i] == b.source[j]) & b.recalled[i] & b.recalled[j] & (b.para[i] != b.para[j])
    total = PRIOR + sum(c[1] for c in comps.values()) + np.where((b.source[i] == b.source[j]) & ~two_told, SAME_REPORT, 0.0)
    large = np.minimum(np.maximum(b.low[i], 0), np.maximum(b.low[j], 0)) >= LARGE_TOLL
    total = total + np.where(coarse_pair, EQUALLY_COARSE + np.where(large, LARGE_COARSE, 0.0), 0.0)
    outlet = same_outlet_follow_up(b, i, j) & (b.source[i] != b.source[j])
    total = total + np.where(outlet, SAME_OUTLET, 0.0)
    # a claim with no place at all, against another report's: its toll, day and kind of attack
    # are shared by more incidents the more the desk holds
    nowhere = np.isnan(comps["place"][0]) & (b.source[i] != b.source[j]) & ~outlet
    if nowhere.any():
        crowd = weekly_crowd(b)
        busy = np.log(np.maximum(crowd[i], crowd[j]) / CROWD_REF)
        total = total - np.where(nowhere, np.clip(busy, 0.0, CROWD_CAP), 0.0)
    # a claim its report tells as another event ("Earlier, ten soldiers were killed in Kech") shares no
    # event with the report's own claims for sharing a sentence, paragraph or report: only evidence links it
    split = (b.recalled[i] != b.recalled[j]) | two_told
    # ... and one sentence telling two figures apart ("the blasts killed over 100, and another one a month later killing
    # 80") says they are two incidents: its words and the report it shares are no evidence of one
    total = total + np.where((b.sent[i] == b.sent[j]) & (b.recalled[i] != b.recalled[j]), APART, 0.0)
    same_sent = (b.sent[i] == b.sent[j]) & ~split
    same_para = (b.para[i] == b.para[j]) & ~split
    # a loose claim joins its report's event, unless a date its partner's sentence states
    # rules out the date it was given (a recap of an older attack in the same report)
    raw_overlap = np.maximum(b.r0[i], b.r0[j]) <= np.minimum(b.r1[i], b.r1[j])
    stated = (b.sdate[i] | b.sdate[j]) & b.finite[i] & b.finite[j]
    types_differ = (b.etype[i] != 0) & (b.etype[j] != 0) & (b.etype[i] != b.etype[j])
    same_src = (b.source[i] == b.source[j]) & (b.loose[i] | b.loose[j]) & (raw_overlap | ~stated) & ~types_differ & ~split
    # ... nor when the two places disagree (towns of different provinces): a recap of another attack
    same_src &= ~(comps["place"][0] <= 0.2)
    # ... nor when both carry a day (or week) of their own and the days do not meet: "That attack, on
    # Tuesday, wounded 9" after Thursday's bombing is the earlier attack
    tolls = is_toll(b)  # (a claim of responsibility is often dated by its statement, days later)
    days_apart = b.dated[i] & b.dated[j] & ~raw_overlap & tolls[i] & tolls[j]
    same_src &= ~(b.narrow[i] & b.narrow[j] & days_apart)
    # a loose claim joins the nearest agreeing claim of its report first
    near = SOURCE_SCORE - 0.004 * np.minimum(np.abs(b.pidx[i] - b.pidx[j]), 10) + 0.04 * _logistic(total)
    base = np.where(same_sent, SENTENCE_SCORE, np.where(same_para, PARAGRAPH_SCORE,
                                                        np.where(same_src, near, 0.0)))
    # two sentences of one report that each say when, on days that do not meet: two incidents
    # ("on Saturday ... It follows a bomb attack on Friday", "A week ago, gunmen killed ...")
    apart = (b.source[i] == b.source[j]) & (b.rdate[i] | b.rdate[j]) & days_apart
    base = np.where(apart & ~same_sent, 0.0, base)
    total = total + np.where(apart & ~same_sent, APART, 0.0)
    # text moves the log-odds by at most +0.66: only compute it where that might matter
    maybe = (_logistic(total + 0.66) >= threshold) | (base > 0)
    text = np.full(len(i), np.nan)
    idx = np.flatnonzero(maybe)
    text[idx] = text_score(b, i[idx], j[idx])
    parts["text"] = text
    total = total + _text_log_odds(text)
    score = np.maximum(base, _logistic(total))
    same_place = parts["place"] >= 0.3
    same_toll = parts["toll"] >= 0.75
    cross = np.where(same_place & same_toll, 4, np.where(same_place, 2, np.where(outlet & ~same_toll, 6, 3)))
    rule = np.where(same_sent, 0, np.where(same_para, 1, np.where(same_src & (score <= near), 5, cross)))
    ok = score >= threshold
    return Scored(
        i=i[ok], j=j[ok], score=np.round(score[ok], 6),
        place=parts["place"][ok], date=parts["date"][ok], type=parts["type"][ok],
        perpetrator=parts["perpetrator"][ok], toll=parts["toll"][ok], text=text[ok], rule=rule[ok],
    )
