"""Scoring candidate pairs: explicit features, each kept so a link can be explained.

Components (NaN = unknown, never a penalty by itself):

* ``place``: 1 same place (transliterations agree), 0.8 same province with one side
  less specific, 0.3 different places in one province, 0.4 same country only.
  Different countries or provinces are a *hard* contradiction: no link.
* ``date``: how tightly the two windows agree, respecting precision; windows that
  cannot overlap are a hard contradiction.
* ``type`` / ``perpetrator``: same coarse event type / named group.
* ``toll``: same kind and value (1), compatible intervals (0.6), incompatible (0.2).
* ``text``: rapidfuzz token-set similarity of the sentences' distinctive words.

Within one source, claims of the same sentence or paragraph link unless their
contexts contradict each other (the extractor gives what it can; a claim with no
place or date inherits its neighbours' event).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from .batch import Batch, is_toll
from .blocking import evidence

WEIGHTS = {"place": 0.30, "date": 0.25, "type": 0.15, "perpetrator": 0.10, "toll": 0.10, "text": 0.10}
THRESHOLD = 0.55
SENTENCE_SCORE = 0.92
PARAGRAPH_SCORE = 0.75

RULES = ("sentence", "paragraph", "place", "toll", "place+toll")


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


def hard_ok(b: Batch, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Pairs whose contexts do not contradict each other (dates, country, province)."""
    overlap = ~(b.finite[i] & b.finite[j]) | (np.maximum(b.t0[i], b.t0[j]) <= np.minimum(b.t1[i], b.t1[j]))
    country = (b.country[i] == 0) | (b.country[j] == 0) | (b.country[i] == b.country[j])
    admin = (b.admin1[i] == 0) | (b.admin1[j] == 0) | (b.admin1[i] == b.admin1[j])
    return overlap & country & admin


def place_score(b: Batch, i, j) -> np.ndarray:
    nan = np.full(len(i), np.nan)
    skel_i, skel_j = b.skel[i], b.skel[j]
    adm_i, adm_j = b.admin1[i], b.admin1[j]
    cty_i, cty_j = b.country[i], b.country[j]
    known_i = (skel_i != 0) | (adm_i != 0) | (cty_i != 0)
    known_j = (skel_j != 0) | (adm_j != 0) | (cty_j != 0)
    s = nan
    s = np.where(known_i & known_j & (cty_i != 0) & (cty_i == cty_j), 0.4, s)
    both_skel = (skel_i != 0) & (skel_j != 0)
    s = np.where(both_skel & (skel_i != skel_j), np.where((adm_i != 0) & (adm_i == adm_j), 0.3, 0.2), s)
    s = np.where((adm_i != 0) & (adm_i == adm_j) & ~(both_skel & (skel_i != skel_j)), 0.8, s)
    s = np.where(both_skel & (skel_i == skel_j), 1.0, s)
    return s


def date_score(b: Batch, i, j) -> np.ndarray:
    fin = b.finite[i] & b.finite[j]
    raw_overlap = np.maximum(b.r0[i], b.r0[j]) <= np.minimum(b.r1[i], b.r1[j])
    width = np.maximum(b.r1[i] - b.r0[i], b.r1[j] - b.r0[j])
    s = np.select(
        [width <= 1, width <= 8, width <= 35, width <= 70],
        [1.0, 0.85, 0.7, 0.5],
        default=0.3,
    )
    s = np.where(b.dated[i] & b.dated[j], s, np.minimum(s, 0.35))
    s = np.where(raw_overlap, s, 0.4 * np.minimum(1.0, s / 0.7))
    return np.where(fin, s, np.nan)


def _same(a_i, a_j) -> np.ndarray:
    known = (a_i != 0) & (a_j != 0)
    return np.where(known, (a_i == a_j).astype(float), np.nan)


def toll_score(b: Batch, i, j) -> np.ndarray:
    toll = is_toll(b)
    same_kind = toll[i] & toll[j] & (b.kind[i] == b.kind[j])
    lo_i, lo_j = np.maximum(b.low[i], 0), np.maximum(b.low[j], 0)
    hi_i = np.where(b.high[i] < 0, np.iinfo(np.int64).max, b.high[i])
    hi_j = np.where(b.high[j] < 0, np.iinfo(np.int64).max, b.high[j])
    compatible = np.maximum(lo_i, lo_j) <= np.minimum(hi_i, hi_j)
    s = np.where(b.bucket[i] == b.bucket[j], 1.0, np.where(compatible, 0.6, 0.2))
    return np.where(same_kind, s, np.nan)


def text_score(b: Batch, i, j) -> np.ndarray:
    if len(i) == 0:
        return np.zeros(0)
    qa = [b.ctx[k] for k in i.tolist()]
    qb = [b.ctx[k] for k in j.tolist()]
    sim = process.cpdist(qa, qb, scorer=fuzz.token_set_ratio, workers=1, dtype=np.float64)
    empty = np.fromiter((not (x and y) for x, y in zip(qa, qb)), dtype=bool, count=len(qa))
    return np.where(empty, np.nan, np.asarray(sim, dtype=np.float64) / 100.0)


def _weighted(parts: dict[str, np.ndarray]) -> np.ndarray:
    num = np.zeros(len(next(iter(parts.values()))))
    den = np.zeros_like(num)
    for name, s in parts.items():
        known = ~np.isnan(s)
        num += np.where(known, s, 0.0) * WEIGHTS[name]
        den += known * WEIGHTS[name]
    mean = np.divide(num, den, out=np.zeros_like(num), where=den > 0)
    return mean * (0.7 + 0.3 * den)  # thin evidence counts for less


def score_pairs(b: Batch, i: np.ndarray, j: np.ndarray, threshold: float = THRESHOLD) -> Scored:
    """Score candidate pairs; keep those at or above ``threshold``."""
    i = np.asarray(i, dtype=np.int64)
    j = np.asarray(j, dtype=np.int64)
    keep = evidence(b, i, j) & hard_ok(b, i, j)
    i, j = i[keep], j[keep]
    parts = {
        "place": place_score(b, i, j),
        "date": date_score(b, i, j),
        "type": _same(b.etype[i], b.etype[j]),
        "perpetrator": _same(b.perp[i], b.perp[j]),
        "toll": toll_score(b, i, j),
    }
    same_sent = b.sent[i] == b.sent[j]
    same_para = b.para[i] == b.para[j]
    base = np.where(same_sent, SENTENCE_SCORE, np.where(same_para, PARAGRAPH_SCORE, 0.0))
    # text can move a score by at most its weight: only compute it where it might matter
    best_case = _weighted({**parts, "text": np.ones(len(i))})
    maybe = (best_case >= threshold) | (base > 0)
    text = np.full(len(i), np.nan)
    idx = np.flatnonzero(maybe)
    text[idx] = text_score(b, i[idx], j[idx])
    parts["text"] = text
    score = np.maximum(base, _weighted(parts))
    same_place = parts["place"] >= 0.3
    same_toll = parts["toll"] == 1.0
    rule = np.where(same_sent, 0, np.where(same_para, 1, np.where(
        same_place & same_toll, 4, np.where(same_place, 2, 3))))
    ok = score >= threshold
    return Scored(
        i=i[ok], j=j[ok], score=np.round(score[ok], 6),
        place=parts["place"][ok], date=parts["date"][ok], type=parts["type"][ok],
        perpetrator=parts["perpetrator"][ok], toll=parts["toll"][ok], text=text[ok], rule=rule[ok],
    )
