"""Blocking: which pairs of claims are worth scoring at all.

A pair is scored only when it shares a *key*.  Keys mirror, exactly, the evidence the
scorer needs before it may link two claims (:func:`evidence`), so blocked clustering
equals all-pairs clustering (a property test checks it):

* ``S``  same source paragraph (no time limit);
* ``SRC`` same source, probed only by *loose* claims (whose sentence names neither a
  place nor a time): they may join their report's event from any paragraph;
* ``L`` same place (transliteration skeleton); ``A`` same admin1, probed only by claims
  whose place is no more specific than the province (two different towns of one
  province are no evidence); ``T`` same specific toll (kind + value bucket >= 5, same
  country) — each per week the claim's window touches, for claims with a narrow
  window (<= ``NARROW_DAYS``);
* ``Q``  same specific toll where one side's country is unknown: only claims without a
  country *probe* it, every toll claim is a *member* (asymmetric, so it never becomes
  an all-pairs block);
* ``AT``/``LT`` place + toll per year: claims with a wide window (a year, a season, a
  decade) probe it, every finite claim is a member.

Cost is close to linear: each claim touches a handful of small blocks.
"""

from __future__ import annotations

import numpy as np

from .batch import Batch, is_toll

K_S, K_A, K_L, K_T, K_Q, K_AT, K_LT, K_SRC = range(1, 9)
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


def keys(batch: Batch) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All blocking entries: (key, row, probes).  ``probes`` False = member only."""
    out_k, out_r, out_p = [], [], []

    def add(ktype: int, rows: np.ndarray, attr: np.ndarray, bucket: np.ndarray, probe: np.ndarray):
        if len(rows) == 0:
            return
        key = (np.int64(ktype) << np.int64(56)) | ((attr & _ATTR_MASK) << np.int64(20)) | (bucket & _BUCKET_MASK)
        out_k.append(key)
        out_r.append(rows)
        out_p.append(probe)

    n = batch.n
    allrows = np.arange(n, dtype=np.int64)
    add(K_S, allrows, batch.para, np.zeros(n, dtype=np.int64), np.ones(n, dtype=bool))
    add(K_SRC, allrows, batch.source, np.zeros(n, dtype=np.int64), batch.loose.copy())

    toll = is_toll(batch)
    specific = specific_toll(batch)
    tollattr = _mix(batch.kind, batch.bucket)
    coarse = province_level(batch)

    nar = np.flatnonzero(batch.narrow)
    if len(nar):
        r, w = _expand(nar, batch.t0[nar] // 7, batch.t1[nar] // 7)
        yes = np.ones(len(r), dtype=bool)
        m = batch.admin1[r] != 0
        add(K_A, r[m], batch.admin1[r[m]], w[m], coarse[r[m]])
        m = batch.skel[r] != 0
        add(K_L, r[m], batch.skel[r[m]], w[m], yes[m])
        m = specific[r] & (batch.country[r] != 0)
        add(K_T, r[m], _mix(tollattr[r[m]], batch.country[r[m]]), w[m], yes[m])
        m = specific[r]
        add(K_Q, r[m], tollattr[r[m]], w[m], batch.country[r[m]] == 0)

    fin = np.flatnonzero(batch.finite & toll)
    if len(fin):
        r, y = _expand(fin, batch.t0[fin] // 365, batch.t1[fin] // 365)
        probe = ~batch.narrow[r]
        m = batch.admin1[r] != 0
        add(K_AT, r[m], _mix(tollattr[r[m]], batch.admin1[r[m]]), y[m], probe[m])
        m = batch.skel[r] != 0
        add(K_LT, r[m], _mix(tollattr[r[m]], batch.skel[r[m]]), y[m], probe[m])

    if not out_k:
        e = np.zeros(0, dtype=np.int64)
        return e, e, np.zeros(0, dtype=bool)
    return np.concatenate(out_k), np.concatenate(out_r), np.concatenate(out_p)


def candidate_pairs(batch: Batch) -> tuple[np.ndarray, np.ndarray]:
    """Unique pairs (i < j) sharing a key where at least one side probes it."""
    k, r, p = keys(batch)
    if len(k) == 0:
        e = np.zeros(0, dtype=np.int64)
        return e, e
    order = np.lexsort((~p, k))  # by key, probers first within a key
    k, r, p = k[order], r[order], p[order]
    n = len(k)
    boundary = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
    sizes = np.diff(np.r_[boundary, n])
    group_end = np.repeat(boundary + sizes, sizes)  # exclusive end of each entry's group
    pos = np.arange(n, dtype=np.int64)
    counts = np.where(p, group_end - pos - 1, 0)
    total = int(counts.sum())
    if total == 0:
        e = np.zeros(0, dtype=np.int64)
        return e, e
    first = np.repeat(pos, counts)
    offs = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    second = first + 1 + offs
    a, b = r[first], r[second]
    del first, second, offs
    i = np.minimum(a, b)
    j = np.maximum(a, b)
    keep = i != j
    code = np.unique(i[keep] * np.int64(batch.n) + j[keep])
    return code // batch.n, code % batch.n


def specific_toll(batch: Batch) -> np.ndarray:
    """Tolls specific enough to suggest one incident on their own (5 or more)."""
    return is_toll(batch) & (batch.bucket >= 5)


def province_level(batch: Batch) -> np.ndarray:
    """Claims whose place is no more specific than a province (or unknown)."""
    return (batch.skel == 0) | (batch.skel == batch.admin1_skel)


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
    skel_eq = (b.skel[i] != 0) & (b.skel[i] == b.skel[j])
    toll = is_toll(b)
    toll_eq = toll[i] & toll[j] & (b.kind[i] == b.kind[j]) & (b.bucket[i] == b.bucket[j])
    specific = specific_toll(b)
    country_ok = (b.country[i] == 0) | (b.country[j] == 0) | (b.country[i] == b.country[j])
    both_narrow = b.narrow[i] & b.narrow[j]
    ev_narrow = both_narrow & overlap & (admin_eq | skel_eq | (toll_eq & specific[i] & country_ok))
    admin_any = (b.admin1[i] != 0) & (b.admin1[i] == b.admin1[j])
    ev_wide = ~both_narrow & overlap & toll_eq & (admin_any | skel_eq)
    return same_para | ev_narrow | ev_wide
