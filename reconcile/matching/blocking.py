"""Blocking: which pairs of claims are worth scoring at all.

A pair is scored only when it shares a *key*.  Keys mirror, exactly, the evidence the
scorer needs before it may link two claims (:func:`evidence`), so blocked clustering
equals all-pairs clustering (a property test checks it):

* ``S``  same source paragraph (no time limit);
* ``SRC`` same source, probed only by *loose* claims (whose sentence names neither a
  place nor a time): they may join their report's event from any paragraph;
* ``L`` same place (transliteration skeleton) in the same province; ``LQ`` the same
  place where one side's province is unknown (probed only by those); ``A`` same admin1, probed only by claims
  whose place is no more specific than the province (two different towns of one
  province are no evidence); ``T`` same specific toll (kind + value bucket >= 5, same
  country) — each per week the claim's window touches, for claims with a narrow
  window (<= ``NARROW_DAYS``);
* ``Q``  same toll (>= ``QUERY_TOLL``) for a claim with no place at all: only such
  claims *probe* it, every toll claim is a *member* (asymmetric, so it never becomes
  an all-pairs block);
* ``O``  same outlet and toll kind, per week, for a toll claim with no place at all (a
  follow-up: "the toll from Monday's bombing rose to 12"): only such claims probe it;
* ``D`` a district and the towns the gazetteer puts in it, per week (claims placed in the district
  itself probe it);
* ``AT``/``LT`` place + toll per year: claims with a wide window (a year, a season, a
  decade) probe it, every finite claim is a member.

Cost is close to linear: each claim touches a handful of small blocks.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from .batch import Batch, is_toll, nested_places

K_S, K_A, K_L, K_T, K_Q, K_AT, K_LT, K_SRC, K_LQ, K_O, K_D = range(1, 12)
_ATTR_MASK = (1 << 36) - 1
_BUCKET_MASK = (1 << 20) - 1


def _mix(*cols: np.ndarray) -> np.ndarray:
    """Combine integer columns into one hash column (collisions only add candidates)."""
    h = np.zeros(len(cols[0]), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for c in cols:
            h = (h ^ c.astype(np.uint64)) * np.uint64(0x9E3779B97F4A7C15)
            h ^= h >> np.uint64(29)
    return (h & np.uint64(_ATTR_MASK)).astype(np.int64)


def _expand(rows: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One entry per (row, bucket) for buckets lo..hi inclusive."""
    counts = (hi - lo + 1).astype(np.int64)
    total = int(counts.sum())
    r = np.repeat(rows, counts)
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    b = np.repeat(lo, counts) + (np.arange(total, dtype=np.int64) - starts)
    return r, b


def key_groups(batch: Batch) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """Blocking entries, one kind of key at a time: (key, row, probes, first).

    ``probes`` False = member only.  ``first`` is the row's first time bucket for that
    kind of key: a pair that shares several consecutive buckets is generated only in the
    first one they share.
    """

    def entries(ktype: int, rows: np.ndarray, attr: np.ndarray, bucket: np.ndarray, probe: np.ndarray,
                first: np.ndarray | None = None):
        key = (np.int64(ktype) << np.int64(56)) | ((attr & _ATTR_MASK) << np.int64(20)) | (bucket & _BUCKET_MASK)
        return key, rows, probe, (bucket if first is None else first)

    n = batch.n
    allrows = np.arange(n, dtype=np.int64)
    zeros = np.zeros(n, dtype=np.int64)
    yield entries(K_S, allrows, batch.para, zeros, np.ones(n, dtype=bool))
    yield entries(K_SRC, allrows, batch.source, zeros, batch.loose.copy())

    specific = specific_toll(batch)
    toll = is_toll(batch)
    tollattr = _mix(batch.kind, batch.bucket)
    coarse = province_level(batch)

    nar = np.flatnonzero(batch.narrow)
    for ktype in (K_A, K_L, K_T, K_Q):
        if ktype == K_A:
            rows = nar[batch.admin1[nar] != 0]
        elif ktype == K_L:
            rows = nar[batch.skel[nar] != 0]
            # same place: within a province (both known) or a place without a province
        elif ktype == K_T:
            rows = nar[specific[nar] & (batch.country[nar] != 0)]
        else:
            rows = nar[specific[nar] & (batch.bucket[nar] >= QUERY_TOLL)]
        r, w = _expand(rows, batch.t0[rows] // 7, batch.t1[rows] // 7)
        f = batch.t0[r] // 7
        if ktype == K_A:
            yield entries(K_A, r, batch.admin1[r], w, coarse[r], f)
        elif ktype == K_L:
            known = batch.admin1[r] != 0
            yield entries(K_L, r[known], _mix(batch.skel[r[known]], batch.admin1[r[known]]), w[known],
                          np.ones(int(known.sum()), dtype=bool), f[known])
            yield entries(K_LQ, r, batch.skel[r], w, ~known, f)
        elif ktype == K_T:
            yield entries(K_T, r, _mix(tollattr[r], batch.country[r]), w, np.ones(len(r), dtype=bool), f)
        else:
            yield entries(K_Q, r, tollattr[r], w, placeless(batch)[r], f)

    # a district and the towns the gazetteer puts in it: the district's claims probe, every claim of it is a member
    rows = nar[batch.dskel[nar] != 0]
    r, w = _expand(rows, batch.t0[rows] // 7, batch.t1[rows] // 7)
    yield entries(K_D, r, batch.dskel[r], w, batch.skel[r] == batch.dskel[r], batch.t0[r] // 7)

    rows = nar[toll[nar] & (batch.outlet[nar] != 0)]
    r, w = _expand(rows, batch.t0[rows] // 7, batch.t1[rows] // 7)
    yield entries(K_O, r, _mix(batch.outlet[r], batch.kind[r]), w, follow_up(batch)[r], batch.t0[r] // 7)

    fin = np.flatnonzero(batch.finite & toll)
    for ktype in (K_AT, K_LT):
        col = batch.admin1 if ktype == K_AT else batch.skel
        rows = fin[col[fin] != 0]
        r, y = _expand(rows, batch.t0[rows] // 365, batch.t1[rows] // 365)
        yield entries(ktype, r, _mix(tollattr[r], col[r]), y, ~batch.narrow[r], batch.t0[r] // 365)


def keys(batch: Batch) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All blocking entries at once: (key, row, probes)."""
    parts = list(key_groups(batch))
    return tuple(np.concatenate([p[x] for p in parts]) for x in range(3))  # type: ignore[return-value]


def pair_chunks(batch: Batch, max_pairs: int = 1_000_000) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Candidate pairs (i < j) in chunks of about ``max_pairs``, so memory stays bounded.

    A pair is generated once per kind of key it shares (in the first time bucket both
    windows cover); the same pair may come again under another kind of key, so callers
    dedupe what they keep.
    """
    for k, r, p, f in key_groups(batch):
        yield from _pairs_of(k, r, p, f, max_pairs)


def _pairs_of(k, r, p, f, max_pairs: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    if len(k) < 2:
        return
    order = np.lexsort((~p, k))  # by key, probers first within a key
    k, r, p, f = k[order], r[order], p[order], f[order]
    del order
    n = len(k)
    boundary = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
    sizes = np.diff(np.r_[boundary, n])
    group_end = np.repeat(boundary + sizes, sizes)  # exclusive end of each entry's group
    del boundary, sizes
    bucket = k & _BUCKET_MASK
    del k
    pos = np.arange(n, dtype=np.int64)
    counts = np.where(p, group_end - pos - 1, 0)
    del group_end
    cum = np.cumsum(counts)
    start = 0
    while start < n:
        base = cum[start - 1] if start else 0
        stop = int(np.searchsorted(cum, base + max_pairs, side="right"))
        stop = max(stop, start + 1)
        c = counts[start:stop]
        total = int(c.sum())
        if total:
            first = np.repeat(pos[start:stop], c)
            offs = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(c) - c, c)
            second = first + 1 + offs
            del offs
            a, b = r[first], r[second]
            keep = (a != b) & (bucket[first] == np.maximum(f[first], f[second]))
            del first, second
            a, b = a[keep], b[keep]
            yield np.minimum(a, b), np.maximum(a, b)
        start = stop


def candidate_pairs(batch: Batch) -> tuple[np.ndarray, np.ndarray]:
    """Unique pairs (i < j) sharing a key where at least one side probes it."""
    codes = [i * np.int64(batch.n) + j for i, j in pair_chunks(batch)]
    if not codes:
        e = np.zeros(0, dtype=np.int64)
        return e, e
    code = np.unique(np.concatenate(codes))
    return code // batch.n, code % batch.n


def specific_toll(batch: Batch) -> np.ndarray:
    """Tolls specific enough to suggest one incident on their own (10 or more)."""
    return is_toll(batch) & (batch.bucket >= 10)


#: A claim with no place at all is matched on its toll alone only from this value up.
QUERY_TOLL = 20


def placeless(batch: Batch) -> np.ndarray:
    """Claims with no place at all and a toll specific enough to be looked up on its own."""
    return (batch.country == 0) & (batch.skel == 0) & (batch.admin1 == 0) & specific_toll(batch) & (
        batch.bucket >= QUERY_TOLL)


def follow_up(batch: Batch) -> np.ndarray:
    """Toll claims with no place at all from a known outlet: they may update that outlet's own
    earlier report ("the toll from Monday's bombing rose to 12")."""
    return (batch.country == 0) & (batch.skel == 0) & (batch.admin1 == 0) & is_toll(batch) & (batch.outlet != 0)


def same_outlet_follow_up(b: Batch, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Pairs of one outlet's toll claims of one kind, narrow windows that meet, one side with no place."""
    fu = follow_up(b)
    toll = is_toll(b)
    overlap = b.finite[i] & b.finite[j] & (np.maximum(b.t0[i], b.t0[j]) <= np.minimum(b.t1[i], b.t1[j]))
    return (b.outlet[i] != 0) & (b.outlet[i] == b.outlet[j]) & (fu[i] | fu[j]) & toll[i] & toll[j] & (
        b.kind[i] == b.kind[j]) & b.narrow[i] & b.narrow[j] & overlap


def province_level(batch: Batch) -> np.ndarray:
    """Claims whose place is no more specific than a province (or unknown)."""
    return batch.coarse


def all_pairs(batch: Batch) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (i < j): the slow reference blocking is checked against."""
    i, j = np.triu_indices(batch.n, k=1)
    return i.astype(np.int64), j.astype(np.int64)


def evidence(batch: Batch, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Whether a pair has the evidence a link needs (exactly what the keys capture)."""
    b = batch
    same_para = (b.para[i] == b.para[j]) | ((b.source[i] == b.source[j]) & (b.loose[i] | b.loose[j]))
    overlap = b.finite[i] & b.finite[j] & (np.maximum(b.t0[i], b.t0[j]) <= np.minimum(b.t1[i], b.t1[j]))
    coarse = province_level(b)
    admin_eq = (b.admin1[i] != 0) & (b.admin1[i] == b.admin1[j]) & (coarse[i] | coarse[j])
    skel_eq = (b.skel[i] != 0) & (b.skel[i] == b.skel[j]) & (
        (b.admin1[i] == b.admin1[j]) | (b.admin1[i] == 0) | (b.admin1[j] == 0))
    toll = is_toll(b)
    toll_eq = toll[i] & toll[j] & (b.kind[i] == b.kind[j]) & (b.bucket[i] == b.bucket[j])
    specific = specific_toll(b)
    same_country = (b.country[i] != 0) & (b.country[i] == b.country[j])
    q = placeless(b)
    both_narrow = b.narrow[i] & b.narrow[j]
    ev_narrow = both_narrow & overlap & (admin_eq | skel_eq | nested_places(b, i, j)
                                         | (toll_eq & specific[i] & (same_country | q[i] | q[j])))
    admin_any = (b.admin1[i] != 0) & (b.admin1[i] == b.admin1[j])
    ev_wide = ~both_narrow & overlap & toll_eq & (admin_any | skel_eq)
    return same_para | ev_narrow | ev_wide | same_outlet_follow_up(b, i, j)
