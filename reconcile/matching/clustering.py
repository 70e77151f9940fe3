"""From scored pairs to events: constrained greedy union, and ids that stay put.

Pairs are merged strongest first.  Two clusters merge only when their pooled
contexts still agree (one country, one province, a common time window), so a vague
claim cannot chain two distinct incidents together: it joins the one it matches best
and the second merge is refused.  Across reports, a province the extractor took from a
neighbouring sentence counts here too, and two clusters naming different towns are
joined only by a link naming one town on both sides, or sharing a toll.  The order is total (score, then row numbers), so the
result depends only on the set of scored pairs — which is what makes blocked and
all-pairs clustering equal.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from ..models import short_hash
from .attach import FAMILIES, attach
from .batch import Batch
from .blocking import pair_chunks
from .scoring import Scored, concat_unique, score_pairs


@dataclass
class Clustering:
    labels: np.ndarray  # cluster number per row (the root row)
    best: np.ndarray  # per row: index into ``scored`` of its strongest in-cluster link, -1 if none
    scored: Scored


def _greedy(batch: Batch, s: Scored) -> np.ndarray:
    n = batch.n
    parent = list(range(n))
    cty = batch.hcountry.tolist()
    adm = batch.hadmin1.tolist()
    fin = batch.finite.tolist()
    lo = batch.h0.tolist()
    hi = batch.h1.tolist()
    # links of claims told as another incident (recalled) come last: the report's own claims find their
    # event first, which the recalled one then cannot join (_ToldApart)
    order = np.lexsort((s.j, s.i, -s.score, batch.recalled[s.i] | batch.recalled[s.j]))
    ii = s.i[order].tolist()
    jj = s.j[order].tolist()
    by_source = (s.rule[order] == 5).tolist()
    in_para = (s.rule[order] <= 1).tolist()  # same sentence or paragraph
    # whether a cluster holds a dated claim: an undated one's window (its report's last
    # weeks) gives way to a dated claim of its own paragraph
    dated = batch.dated.tolist()
    # a cluster is anchored once it holds a claim whose sentence names its place; a link
    # made only because a claim is loose ("source" rule) may attach loose claims to an
    # anchored cluster, never join two anchored clusters
    anchored = (~batch.loose).tolist()
    # the province of any claim of a cluster, its sentence's own or taken from a neighbouring sentence:
    # a loose link (same report only) never joins clusters of two provinces ("a bomb in Bannu ... They
    # said the attack killed four" is not the report's Mastung bombing for sharing its country-level lead),
    # and two reports' claims never join clusters of two provinces through a third claim
    soft = batch.admin1.tolist()
    same_report = (batch.source[s.i[order]] == batch.source[s.j[order]]).tolist()
    # the town (or district) a claim's own sentence names: two clusters anchored in two towns that some sentence
    # tells apart (a figure of its own for each: "14 died in Pishin and 10 in Qilla Saifullah") never merge, though a claim naming only
    # their province scores with both ("twin blasts in Balochistan" must not glue the Pishin bombing to the
    # Qilla Saifullah one of the same day); towns no report tells apart may still be one raid on two camps
    town = np.where(~batch.loose & ~batch.coarse, batch.skel, 0).tolist()
    apart = _towns_apart(batch.sent.tolist(), town)
    # any town a cluster's claims name (their own or their report's): across reports, two towns are joined
    # only by a link that names one town on both sides, or one toll
    town_any = np.where(~batch.coarse, batch.skel, 0).tolist()
    # (one province or one country named on both sides is no town: a weak link too)
    weak_link = ((np.nan_to_num(s.place[order], nan=0.0) < 1.0) | batch.coarse[s.i[order]] & batch.coarse[s.j[order]]) & (
        np.nan_to_num(s.toll[order], nan=0.0) < 0.75)
    bridge = weak_link.tolist()

    # a report telling one claim as another incident than its own (recalled) keeps the two apart through
    # other reports too: per cluster, the reports of such sources it holds recalled claims of, and own claims of
    told = _told_apart(batch)
    days = _days_apart(batch)

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b, loose_link, para_link, one_report, weak in zip(ii, jj, by_source, in_para, same_report, bridge):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if loose_link and (anchored[ra] and anchored[rb] or soft[ra] and soft[rb] and soft[ra] != soft[rb]):
            continue
        ca, cb = cty[ra], cty[rb]
        if ca and cb and ca != cb:
            continue
        aa, ab = adm[ra], adm[rb]
        if aa and ab and aa != ab:
            continue
        sa, sb = soft[ra], soft[rb]
        if sa and sb and sa != sb and not one_report:
            continue
        ta, tb = town[ra], town[rb]
        if ta and tb and ta != tb and (ta, tb) in apart:
            continue
        xa, xb = town_any[ra], town_any[rb]
        if xa and xb and xa != xb and weak and not one_report:
            continue
        if told is not None and not told.may_join(ra, rb):
            continue
        if days is not None and not days.may_join(ra, rb):
            continue
        if fin[ra] and fin[rb]:
            nlo, nhi = max(lo[ra], lo[rb]), min(hi[ra], hi[rb])
            if nlo > nhi:
                if not (para_link and dated[ra] != dated[rb]):
                    continue
                nlo, nhi = (lo[ra], hi[ra]) if dated[ra] else (lo[rb], hi[rb])
        elif fin[rb]:
            nlo, nhi = lo[rb], hi[rb]
        else:
            nlo, nhi = lo[ra], hi[ra]
        if rb < ra:
            ra, rb = rb, ra
        parent[rb] = ra
        cty[ra] = ca or cb
        adm[ra] = aa or ab
        town_any[ra] = xa or xb
        town[ra] = ta or tb
        fin[ra] = fin[ra] or fin[rb]
        lo[ra], hi[ra] = nlo, nhi
        anchored[ra] = anchored[ra] or anchored[rb]
        soft[ra] = soft[ra] or soft[rb]
        dated[ra] = dated[ra] or dated[rb]
        if told is not None:
            told.join(ra, rb)
        if days is not None:
            days.join(ra, rb)
    return np.fromiter((find(x) for x in range(n)), dtype=np.int64, count=n)


class _ToldApart:
    """Per cluster root, the reports whose recalled claims it holds and those whose own claims it holds
    (only reports that recall another incident): a cluster holding a report's own claims never joins one
    holding that report's recalled claims ("Among the deadliest was an assault in Kabul that killed 40" is
    not the Kabul hotel siege another outlet also puts at 40)."""

    def __init__(self, rec: dict[int, set[int]], own: dict[int, set[int]]):
        self.rec, self.own = rec, own

    def may_join(self, ra: int, rb: int) -> bool:
        ra_rec, rb_rec = self.rec.get(ra), self.rec.get(rb)
        if ra_rec is None and rb_rec is None:
            return True
        return not (ra_rec and self.own.get(rb) and ra_rec & self.own[rb]
                    or rb_rec and self.own.get(ra) and rb_rec & self.own[ra])

    def join(self, ra: int, rb: int) -> None:
        for d in (self.rec, self.own):
            if rb in d:
                d.setdefault(ra, set()).update(d.pop(rb))


def _told_apart(batch: Batch) -> _ToldApart | None:
    # (only claims the report dates by nothing: a dated one's own day keeps it apart already, and its report's
    # claims of yet another incident, told without a recall cue, may share that incident's event)
    rec_rows = np.flatnonzero(batch.recalled & ~batch.dated)
    if not len(rec_rows):
        return None
    sources = set(batch.source[rec_rows].tolist())
    rec: dict[int, set[int]] = {int(r): {int(batch.source[r])} for r in rec_rows}
    own_rows = np.flatnonzero(~batch.recalled & np.isin(batch.source, list(sources)))
    own: dict[int, set[int]] = {int(r): {int(batch.source[r])} for r in own_rows}
    return _ToldApart(rec, own)


class _DaysApart:
    """Per cluster root, the sides it holds of pairs one report tells on two days: two different toll figures
    of one report, each dated to its day by its own sentence ("on Sunday ... 18 killed", "Last Saturday, an
    assault ... killed 36"), on days that do not meet, are two incidents, and stay two through other reports'
    claims too (a second attack in one city a day after the first).  One figure told on two days ("30 killed"
    on a dateline's day and on the day before) is left to the evidence: one of the days is mostly misread."""

    def __init__(self, sides: dict[int, set[int]]):
        self.sides = sides  # root -> {+k, -k}: the two sides of pair k

    def may_join(self, ra: int, rb: int) -> bool:
        a, b = self.sides.get(ra), self.sides.get(rb)
        return not (a and b and any(-x in b for x in a))

    def join(self, ra: int, rb: int) -> None:
        if rb in self.sides:
            self.sides.setdefault(ra, set()).update(self.sides.pop(rb))


def _days_apart(batch: Batch) -> _DaysApart | None:
    # (a toll figure dated to one day by a date its own sentence states, not told as another incident)
    from .batch import is_toll

    day = batch.dated & batch.rdate & ((batch.r1 - batch.r0) <= 0) & is_toll(batch) & ~batch.recalled
    rows = np.flatnonzero(day)
    if len(rows) < 2:
        return None
    by_source: dict[int, list[int]] = {}
    for r in rows.tolist():
        by_source.setdefault(int(batch.source[r]), []).append(r)
    sides: dict[int, set[int]] = {}
    k = 0
    for same in by_source.values():
        days = sorted({int(batch.r0[r]) for r in same})
        if len(days) < 2:
            continue
        for x in range(len(same)):
            for y in range(x + 1, len(same)):
                a, b = same[x], same[y]
                if batch.r0[a] == batch.r0[b] or batch.sent[a] == batch.sent[b]:
                    continue
                if batch.kind[a] == batch.kind[b] and batch.bucket[a] == batch.bucket[b]:
                    continue  # (one figure told on two days: mostly one incident, one of the days misread)
                k += 1
                sides.setdefault(a, set()).add(k)
                sides.setdefault(b, set()).add(-k)
    return _DaysApart(sides) if sides else None


def told_apart_roots(batch: Batch, labels: np.ndarray) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """(recalled, own): per cluster label, the reports (that recall another incident) it holds claims of."""
    rec: dict[int, set[int]] = {}
    own: dict[int, set[int]] = {}
    rec_rows = np.flatnonzero(batch.recalled)
    if not len(rec_rows):
        return rec, own
    sources = set(batch.source[rec_rows].tolist())
    for r in np.flatnonzero(np.isin(batch.source, list(sources))).tolist():
        (rec if batch.recalled[r] else own).setdefault(int(labels[r]), set()).add(int(batch.source[r]))
    return rec, own


def _towns_apart(group: list[int], town: list[int]) -> set[tuple[int, int]]:
    """Pairs of towns (both orders) one sentence gives figures for, each with its own town (``group``: the sentence)."""
    seen: dict[int, set[int]] = {}
    for s, t in zip(group, town, strict=True):
        if t:
            seen.setdefault(s, set()).add(t)
    return {(a, b) for towns in seen.values() if len(towns) > 1 for a in towns for b in towns if a != b}


def _best_links(labels: np.ndarray, s: Scored, n: int) -> np.ndarray:
    best = np.full(n, -1, dtype=np.int64)
    if len(s) == 0:
        return best
    inside = np.flatnonzero(labels[s.i] == labels[s.j])
    order = inside[np.argsort(s.score[inside], kind="stable")]  # ascending: the last write wins
    best[s.i[order]] = order
    best[s.j[order]] = order
    return best


def cluster_batch(batch: Batch, *, blocked: bool = True, families: tuple[str, ...] = FAMILIES) -> Clustering:
    """Cluster every row of ``batch`` (event claims only) into events.

    ``families``: how the second pass finds the one event a vague report fits
    (:func:`reconcile.matching.attach.attach`)."""
    if blocked:
        scored = concat_unique([score_pairs(batch, i, j) for i, j in pair_chunks(batch)])
    else:
        from .blocking import all_pairs

        scored = score_pairs(batch, *all_pairs(batch))
    labels = attach(batch, _greedy(batch, scored), families)
    return Clustering(labels=labels, best=_best_links(labels, scored, batch.n), scored=scored)


def partition(labels: np.ndarray, ids: list[str]) -> list[frozenset[str]]:
    """Clusters as sets of claim ids (for comparing clusterings)."""
    groups: dict[int, set[str]] = {}
    for lab, cid in zip(labels.tolist(), ids):
        groups.setdefault(lab, set()).add(cid)
    return sorted((frozenset(g) for g in groups.values()), key=lambda g: min(g))


def assign_ids(
    members: dict[int, list[str]], old: dict[str, str | None], taken: set[str] | frozenset = frozenset()
) -> dict[int, str]:
    """Event ids for clusters: a cluster keeps the old id of the event most of its claims had.

    Each old id goes to one cluster (the one holding most of its claims); new clusters
    get an id derived from their smallest claim id, so the same claims get the same id
    on every run. ``taken`` are ids used by events outside this re-clustering.
    """
    votes = []
    for label, cids in members.items():
        for old_id, count in Counter(old.get(c) for c in cids if old.get(c)).items():
            votes.append((-count, old_id, min(cids), label))
    votes.sort()
    result: dict[int, str] = {}
    used: set[str] = set(taken)
    for _neg, old_id, _m, label in votes:
        if label in result or old_id in used:
            continue
        result[label] = old_id
        used.add(old_id)
    for label in sorted(members, key=lambda lab: min(members[lab])):
        if label in result:
            continue
        anchor = min(members[label])
        salt = 0
        eid = short_hash(anchor, prefix="e", length=12)
        while eid in used:
            salt += 1
            eid = short_hash(anchor, salt, prefix="e", length=12)
        result[label] = eid
        used.add(eid)
    return result
