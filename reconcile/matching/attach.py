"""Second pass: a vague report joins the one event it can only be about.

After the pairwise clustering, a cluster whose claims say little — no place below the
province ("in Nangarhar province on Monday"), no place at all ("the toll from Monday's
bombing rose to 12"), or a town but only a year or no date ("a car bomb in Khost in
2019") — rarely scores high enough against any single claim to link.  A reader links it
anyway when the desk holds exactly one incident it fits: the only bombing in that
province that day, the only attack that day with that toll, the only car bomb in that
town that year.  This pass does the same: with two or more fitting events it weighs how
much each shares with the report (a rare toll counts more than a common one; the same
perpetrator, named victims, day, or words for the attack add) and joins the best only
when it fits clearly better than the next; otherwise the report stays on its own (on a
crowded desk a vague report stays apart rather than join the wrong event).

*Fits* means: the windows meet, province, country, event type and perpetrator agree
where both sides know them, and the two share something specific — the same event type
or a toll of the same kind and value.  Only *precise* clusters (a town and a date within
weeks) are joined to, never two vague clusters to each other, so nothing chains.  The
result depends only on the first pass's clusters, so blocked and all-pairs clustering
stay equal.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from .batch import Batch, is_toll, widen_means

#: A cluster with no town is considered when its dated window spans at most this many days.
ORPHAN_DAYS = 8
#: A cluster is precise (may be joined to) when it names a town and its window spans at most this.
PRECISE_DAYS = 8
#: A report with no date at all is weighed against its town's precise events only when the town has at most this many.
ANYTIME_MAX = 40
#: ... and then shares a toll at least this high, or the words for the attack.
UNTIMED_TOLL = 10
#: Tolls this low (1, 2) are too common to single out an incident.
MIN_SHARED_TOLL = 3

#: With several fitting events, join the one that fits best, by at least ``MARGIN`` more than the next.
BEST_OF_SEVERAL = True
MARGIN = 1.0

#: How much a shared feature says one incident is meant (roughly the pair scorer's log-odds): the
#: kind of attack, the perpetrator, a named victim group (soldiers, children), both dated to one
#: day, and the same words for the attack or its victims ("mosque bombing", "worshippers").
TYPE_FIT, PERP_FIT, VICTIMS_FIT, DAY_FIT, WORDS_FIT = 0.7, 1.2, 1.0, 1.0, 0.6
#: Windows this narrow (days) count as one day.
SAME_DAY = 2


def _toll_fit(code: int) -> float:
    """A shared toll (kind * 100000 + value) says more the rarer its value."""
    value = code % 100000
    return 2.5 if value >= 20 else 2.0 if value >= 10 else 1.2 if value >= 5 else 0.5


_VALUE_BITS = 41
_VALUE_MASK = np.int64((1 << _VALUE_BITS) - 1)
_TAGS = {"province": 1, "toll": 2, "type": 3, "town": 4, "anytime": 5}


def _pairs(roots: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct (cluster root, non-zero value) pairs, sorted by root."""
    keep = values != 0
    code = np.unique((roots[keep] << np.int64(_VALUE_BITS)) | (values[keep] & _VALUE_MASK))
    return code >> np.int64(_VALUE_BITS), code & _VALUE_MASK


def _sets(pairs: tuple[np.ndarray, np.ndarray]) -> dict[int, frozenset]:
    out: dict[int, set] = defaultdict(set)
    for r, v in zip(*(a.tolist() for a in pairs)):
        out[r].add(v)
    return {r: frozenset(v) for r, v in out.items()}


def _week_keys(tag: str, pr: np.ndarray, pv: np.ndarray, pos: np.ndarray, lo: np.ndarray, hi: np.ndarray):
    """(tag, value, week) keys for each (root, value) pair, one per week of the root's window."""
    counts = (hi[pos] // 7 - lo[pos] // 7 + 1).astype(np.int64)
    r = np.repeat(pr, counts)
    v = np.repeat(pv, counts)
    start = np.repeat(np.cumsum(counts) - counts, counts)
    w = np.repeat(lo[pos] // 7, counts) + (np.arange(int(counts.sum()), dtype=np.int64) - start)
    return ((v << np.int64(18)) ^ w) ^ (np.int64(_TAGS[tag]) << np.int64(60)), r


def _join(key_a: np.ndarray, root_a: np.ndarray, key_v: np.ndarray, root_v: np.ndarray):
    """All (vague root, precise root) pairs sharing a key, once each."""
    order = np.argsort(key_a, kind="stable")
    key_a, root_a = key_a[order], root_a[order]
    left = np.searchsorted(key_a, key_v, side="left")
    counts = np.searchsorted(key_a, key_v, side="right") - left
    v = np.repeat(root_v, counts)
    start = np.repeat(np.cumsum(counts) - counts, counts)
    a = root_a[np.repeat(left, counts) + (np.arange(int(counts.sum()), dtype=np.int64) - start)]
    if not len(v):
        return v, a
    both = np.unique(np.stack([v, a], axis=1), axis=0)
    return both[:, 0], both[:, 1]


def _means(a: frozenset) -> int:
    """The means of attack a cluster names (every claim's bits), widened as in :func:`scoring._type_score`."""
    bits = 0
    for m in a:
        bits |= m
    return int(widen_means(bits))


def _words(a: frozenset, b: frozenset, means_a: frozenset, means_b: frozenset) -> int:
    """1 when two clusters share words for the attack, -1 when both name means of it and none agree
    ("a roadside bomb", "a suicide bomber"), else 0."""
    if a & b:
        return 1
    ma, mb = _means(means_a), _means(means_b)
    return -1 if ma and mb and not ma & mb else 0


def _agree(a: frozenset, b: frozenset) -> bool:
    return not a or not b or bool(a & b)


_NONE: frozenset = frozenset()


def _told_apart(batch: Batch, labels: np.ndarray) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    from .clustering import told_apart_roots  # (clustering imports this module)

    return told_apart_roots(batch, labels)


#: Ways a vague cluster finds the precise ones it may fit.
FAMILIES = ("province", "toll", "type", "town")


def attach(batch: Batch, labels: np.ndarray, families: tuple[str, ...] = FAMILIES) -> np.ndarray:
    """Labels after joining each vague cluster to the one precise event it fits, if unique.

    ``families`` limits how candidates are found (an incremental re-clustering leaves out
    ``type``: its region holds every event sharing a place or a toll with the new claims,
    not every event of the same kind that week, so a fit there could look unique wrongly).
    """
    if batch.n == 0:
        return labels
    order = np.argsort(labels, kind="stable")
    lab = labels[order]
    starts = np.flatnonzero(np.r_[True, lab[1:] != lab[:-1]])
    roots = lab[starts]  # ascending
    town_row = (batch.skel != 0) & ~batch.coarse
    town = np.logical_or.reduceat(town_row[order], starts)
    big = np.iinfo(np.int64).max

    def window(use: np.ndarray):
        lo = np.maximum.reduceat(np.where(use, batch.r0[order], -big), starts)
        hi = np.minimum.reduceat(np.where(use, batch.r1[order], big), starts)
        # claims that disagree a little: their whole span
        lo2 = np.minimum.reduceat(np.where(use, batch.r0[order], big), starts)
        hi2 = np.maximum.reduceat(np.where(use, batch.r1[order], -big), starts)
        swap = lo > hi
        return np.where(swap, lo2, lo), np.where(swap, hi2, hi), np.logical_or.reduceat(use, starts)

    dlo, dhi, dated = window(batch.dated[order])
    flo, fhi, finite = window(batch.finite[order])  # an undated report: the weeks before it
    lo, hi = np.where(dated, dlo, np.where(finite, flo, 0)), np.where(dated, dhi, np.where(finite, fhi, 0))
    width = hi - lo
    toll = is_toll(batch)
    tk = np.where(toll & (batch.bucket >= MIN_SHARED_TOLL), batch.kind * 100000 + np.minimum(batch.bucket, 99999), 0)
    prov_p = _pairs(labels, batch.admin1)
    toll_p = _pairs(labels, tk)
    type_p = _pairs(labels, batch.etype)
    town_p = _pairs(labels, np.where(town_row, batch.skel, 0))
    count = {name: np.bincount(np.searchsorted(roots, p[0]), minlength=len(roots))
             for name, p in (("province", prov_p), ("town", town_p))}
    n_cty = np.bincount(np.searchsorted(roots, _pairs(labels, batch.country)[0]), minlength=len(roots))

    precise = town & dated & (width <= PRECISE_DAYS)
    no_town = ~town & dated & (width <= ORPHAN_DAYS)
    placeless = no_town & (count["province"] == 0) & (n_cty == 0)
    vague = {
        "province": no_town & (count["province"] == 1),  # looks in its province
        "toll": placeless,  # no place at all: by its tolls
        "type": placeless,  # or by its kind of attack
        "town": town & finite & (count["town"] == 1) & ~precise,  # a town, but a year or no date
    }
    # a town and no time at all (an undated page with no publication date, "55 were killed at the imambargah in
    # Shikarpur"): it may tell of the town's one fitting incident of any date
    timeless = town & ~finite & (count["town"] == 1)
    keys_a, roots_a, keys_v, roots_v = [], [], [], []
    for tag, (pr, pv) in (("province", prov_p), ("toll", toll_p), ("type", type_p), ("town", town_p)):
        if tag not in families:
            continue
        pos = np.searchsorted(roots, pr)
        sel = precise[pos]
        k, r = _week_keys(tag, pr[sel], pv[sel], pos[sel], lo, hi)
        keys_a.append(k), roots_a.append(r)
        sel = vague[tag][pos]
        k, r = _week_keys(tag, pr[sel], pv[sel], pos[sel], lo, hi)
        keys_v.append(k), roots_v.append(r)
        if tag == "town" and timeless.any():  # (one key per town, whatever the week)
            # (a town with many precise events: a report saying nothing of when fits none of them clearly, and
            # weighing each would cost a pass over all of them per report)
            towns, n_precise = np.unique(pv[precise[pos]], return_counts=True)
            crowded = towns[n_precise > ANYTIME_MAX]
            for side, keys, rts in ((precise, keys_a, roots_a), (timeless, keys_v, roots_v)):
                sel = side[pos] & ~np.isin(pv, crowded)
                keys.append((pv[sel] << np.int64(18)) ^ (np.int64(_TAGS["anytime"]) << np.int64(60)))
                rts.append(pr[sel])
    v, a = _join(np.concatenate(keys_a), np.concatenate(roots_a), np.concatenate(keys_v), np.concatenate(roots_v))
    if not len(v):
        return labels
    at, bt = np.searchsorted(roots, v), np.searchsorted(roots, a)
    meet = (lo[at] <= hi[bt]) & (lo[bt] <= hi[at]) | timeless[at]
    v, a = v[meet], a[meet]
    sub = np.isin(labels, np.unique(np.r_[v, a]))
    sets = {name: _sets(_pairs(labels[sub], col[sub])) for name, col in (
        ("admin1", batch.admin1), ("country", batch.country), ("types", batch.etype), ("perps", batch.perp),
        ("tolls", tk), ("victims", batch.victims), ("type_words", batch.etype_exact),
        ("victim_words", batch.victims_exact), ("means", batch.means))}
    empty: frozenset = frozenset()
    adm_s, cty_s, typ_s, per_s, tol_s, vic_s, wt_s, wv_s, mn_s = (sets[k] for k in (
        "admin1", "country", "types", "perps", "tolls", "victims", "type_words", "victim_words", "means"))
    # both on one day (a day-precise report and an incident dated to the day)
    at, bt = np.searchsorted(roots, v), np.searchsorted(roots, a)
    same_day = ((width[at] <= SAME_DAY) & (width[bt] <= SAME_DAY) & finite[at]).tolist()
    fits: dict[int, list[tuple[float, int]]] = defaultdict(list)
    rec, own = _told_apart(batch, labels)
    untimed = dict(zip(roots.tolist(), timeless.tolist()))
    for x, k, day in zip(v.tolist(), a.tolist(), same_day):
        if rec and (rec.get(x, _NONE) & own.get(k, _NONE) or own.get(x, _NONE) & rec.get(k, _NONE)):
            continue  # a report's own claims and those it tells as another incident stay apart
        if not all(_agree(s.get(x, empty), s.get(k, empty)) for s in (adm_s, cty_s, typ_s, per_s)):
            continue
        tolls = tol_s.get(x, empty) & tol_s.get(k, empty)
        types = typ_s.get(x, empty) & typ_s.get(k, empty)
        if not (types or tolls):
            continue  # a place sees several incidents: say what kind, or how many
        if untimed[x] and not any(t % 100000 >= UNTIMED_TOLL for t in tolls) and \
                not (wt_s.get(x, empty) & wt_s.get(k, empty)):
            # a report saying nothing of when: a kind of attack alone fits a town's incidents of any year (a raid
            # on a hideout and an attack on a hospital are both "armed attacks"); it takes a toll of the same kind
            # and value that is not common (five killed in one raid and in one mosque bombing), or the same words
            # for the attack ("suicide bombing")
            continue
        # how much the two share, weighted like the pair scorer's log-odds
        fit = (TYPE_FIT * bool(types) + sum(_toll_fit(t) for t in tolls)
               + PERP_FIT * bool(per_s.get(x, empty) & per_s.get(k, empty))
               + VICTIMS_FIT * bool(vic_s.get(x, empty) & vic_s.get(k, empty)) + DAY_FIT * day
               + WORDS_FIT * (_words(wt_s.get(x, empty), wt_s.get(k, empty), mn_s.get(x, empty), mn_s.get(k, empty))
                              + bool(wv_s.get(x, empty) & wv_s.get(k, empty))))
        fits[x].append((fit, k))
    merge = {}
    for x, ks in fits.items():
        # the one that fits, or the one that fits clearly better than every other
        ks.sort(reverse=True)
        if len(ks) == 1 or (BEST_OF_SEVERAL and ks[0][0] >= ks[1][0] + MARGIN):
            merge[x] = ks[0][1]
    if not merge:
        return labels
    to = np.arange(batch.n, dtype=np.int64)
    for root, into in merge.items():
        to[root] = into
    out = to[labels]
    # name each cluster by its smallest row again, as the first pass does
    first = np.full(batch.n, batch.n, dtype=np.int64)
    np.minimum.at(first, out, np.arange(batch.n, dtype=np.int64))
    return first[out]
