"""Which claims a re-clustering covers, and the keys it finds them by.

``EVENT_FILTER`` says which claims are event claims (clustered into events); ``feature_rows``
gives each its ``claim_features`` row (paragraph, week and year window, place, province, toll
keys); ``_candidates`` finds, through that indexed table, the existing claims an incremental
re-clustering must look at again with the new ones (those sharing a blocking key with them,
and the same outlet's follow-ups).  :mod:`reconcile.cluster` loads and clusters them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy as np
from sqlite_utils import Database

from .matching import Batch, paragraph_of, paragraph_starts
from .matching.batch import is_toll
from .matching.blocking import _mix
from .matching.features import EVENT_KINDS

CHUNK = 900  # bound parameters per statement stay under SQLite's limit
NARROW_WEEKS = 16  # a narrow window spans at most this many weeks
#: An undated, unpublished report's town with more dated claims than this is too crowded to look through.
ANYTIME_CLAIMS = 2000

#: Event claims: every claim of an incident's kind, and a total over a few attacks that its report dates to a
#: month or closer ("six were killed in two separate attacks in early October"), which
#: :mod:`reconcile.matching.coarse` places (a total over years or a campaign is about no single event)
AGGREGATE_PRECISIONS = ("day", "week", "month")
EVENT_FILTER = (
    "c.kind in (" + ",".join(f"'{k}'" for k in sorted(EVENT_KINDS)) + ") and (coalesce(c.aggregate, 0) = 0 or "
    "c.date_precision in (" + ",".join(f"'{p}'" for p in AGGREGATE_PRECISIONS) + "))"
)


def chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for k in range(0, len(items), size):
        yield items[k:k + size]


# --------------------------------------------------------------------- features table

def _missing_paragraphs(db: Database, where: str, params: list) -> dict[str, int]:
    """Paragraph index of claims that have no claim_features row yet."""
    rows = db.execute(
        f"select c.id, c.source_id, c.span_start from claims c left join claim_features f "
        f"on f.claim_id = c.id where f.claim_id is null and {EVENT_FILTER} and ({where})",
        params,
    ).fetchall()
    by_source: dict[str, list[tuple[str, int]]] = {}
    for cid, sid, start in rows:
        by_source.setdefault(sid, []).append((cid, start))
    out: dict[str, int] = {}
    for part in chunks(sorted(by_source), 200):
        marks = ",".join("?" * len(part))
        for sid, text in db.execute(f"select id, text from sources where id in ({marks})", part):
            starts = paragraph_starts(text or "")
            for cid, start in by_source[sid]:
                out[cid] = paragraph_of(starts, start)
    return out


def feature_rows(batch: Batch, only: set[str] | None = None) -> Iterator[tuple]:
    """claim_features rows for the claims of ``batch`` (the keys the incremental lookup uses)."""
    para = batch.pidx.tolist()
    toll = is_toll(batch)
    tollkey = np.where(toll, _mix(batch.kind, batch.bucket), 0)
    coarse = batch.coarse.tolist()
    country = batch.country.tolist()
    bucket = batch.bucket.tolist()
    w0 = (batch.t0 // 7).tolist()
    w1 = (batch.t1 // 7).tolist()
    y0 = (batch.t0 // 365).tolist()
    y1 = (batch.t1 // 365).tolist()
    fin = batch.finite.tolist()
    nar = batch.narrow.tolist()
    adm = batch.admin1.tolist()
    skel = batch.skel.tolist()
    tk = tollkey.tolist()
    for k, cid in enumerate(batch.ids):
        if only is not None and cid not in only:
            continue
        f = fin[k]
        yield (
            cid, para[k], int(nar[k]),
            w0[k] if f else None, w1[k] if f else None, y0[k] if f else None, y1[k] if f else None,
            adm[k] or None, skel[k] or None, tk[k] or None, int(coarse[k]), country[k] or None,
            bucket[k] if bucket[k] >= 0 else None,
        )


def _write_features(db: Database, rows: Iterable[tuple]) -> None:
    db.conn.executemany(
        "insert or replace into claim_features (claim_id, paragraph, narrow, w0, w1, y0, y1, admin1_key, "
        "place_key, toll_key, coarse, country_key, bucket) values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )


# --------------------------------------------------------------------- the region to re-cluster

_FEATURES = ("claim_id, narrow, w0, w1, y0, y1, admin1_key, place_key, toll_key, coarse, country_key, bucket "
             "from claim_features")


def _candidates(db: Database, new: Batch) -> set[str]:
    """Existing claims that share a blocking key with the new ones, found through indexes.

    Mirrors :func:`reconcile.matching.blocking.evidence` on the stored keys (weeks and
    years instead of days, so it is a superset): same place, a province-level claim in
    the same province, the same specific toll, or a wide window with place and toll.
    """
    from .matching.attach import MIN_SHARED_TOLL
    from .matching.blocking import QUERY_TOLL

    found: set[str] = set()
    q = db.conn.execute
    dskel = dict(zip(new.ids, new.dskel.tolist()))
    for (cid, _p, narrow, w0, w1, y0, y1, adm, place, toll, coarse, country, bucket) in feature_rows(new):
        if w0 is None:
            if place:  # a town and no time at all: that town's precise events of any date (attach's "anytime"),
                # unless the town has so many that none can fit clearly (attach's ANYTIME_MAX)
                town = q("select claim_id from claim_features where place_key = ? and narrow = 1 limit ?",
                         (place, ANYTIME_CLAIMS + 1)).fetchall()
                if len(town) <= ANYTIME_CLAIMS:
                    found.update(r[0] for r in town)
            continue
        rows: list[tuple] = []
        if narrow and place:  # ... and the timeless claims of its town, which may join its event
            found.update(r[0] for r in q("select claim_id from claim_features where place_key = ? and w0 is null",
                                         (place,)))
        if narrow:
            lo = w0 - NARROW_WEEKS
            if place:
                rows += q(f"select {_FEATURES} where place_key = ? and w0 between ? and ?", (place, lo, w1)).fetchall()
            if dskel[cid]:  # a town and its district (blocking's "D" key): the district's, or its towns' claims
                for other in (_district_towns().get(dskel[cid], ()) if place == dskel[cid] else (dskel[cid],)):
                    found.update(r[0] for r in q("select claim_id from claim_features where place_key = ? and "
                                                 "narrow = 1 and w0 <= ? and w1 >= ?", (other, w1, w0)))
            if adm:
                rows += q(f"select {_FEATURES} where admin1_key = ? and w0 between ? and ?"
                          + ("" if coarse else " and coarse = 1"), (adm, lo, w1)).fetchall()
            if toll and bucket is not None and bucket >= 10:
                rows += q(f"select {_FEATURES} where toll_key = ? and w0 between ? and ?", (toll, lo, w1)).fetchall()
        if toll and (adm or place):
            rows += q(f"select {_FEATURES} where toll_key = ? and y0 <= ? and y1 >= ?"
                      + (" and narrow = 0" if narrow else ""), (toll, y1, y0)).fetchall()
        placeless = not (adm or place or country)
        for (oid, o_nar, o_w0, o_w1, o_y0, o_y1, o_adm, o_place, o_toll, o_coarse, o_country, _o_bucket) in rows:
            if o_w0 is None:
                continue
            if narrow and o_nar and o_w0 <= w1 and w0 <= o_w1:
                same_adm = bool(adm) and adm == o_adm
                if (same_adm and (coarse or o_coarse)) or (
                        place and place == o_place and (not adm or not o_adm or same_adm)):
                    found.add(oid)
                    continue
                if toll and toll == o_toll and (bucket or 0) >= 10 and (
                        (country and country == o_country) or
                        ((placeless or not (o_adm or o_place or o_country)) and (bucket or 0) >= QUERY_TOLL)):
                    found.add(oid)
                    continue
            if not (narrow and o_nar) and toll and toll == o_toll and o_y0 <= y1 and y0 <= o_y1 and (
                    (adm and adm == o_adm) or (place and place == o_place)):
                found.add(oid)
        if not narrow and place and w0 is not None:
            # a town with only a year: the precise events of that town then (attach's "town")
            rows2 = q("select claim_id from claim_features where place_key = ? and w0 between ? and ? and narrow = 1",
                      (place, w0 - 1, w1)).fetchall()
            found.update(r[0] for r in rows2)
        if narrow and toll and (bucket or 0) >= MIN_SHARED_TOLL and placeless:
            # a claim with no place at all looks its toll up everywhere (members of the Q key,
            # and the events attach's "toll" family may join it to)
            found.update(r[0] for r in q(
                "select claim_id from claim_features where toll_key = ? and w0 between ? and ? and narrow = 1",
                (toll, w0 - NARROW_WEEKS, w1)))
    found |= _outlet_candidates(db, new)
    return found


@lru_cache(maxsize=1)
def _district_towns() -> dict[int, tuple[int, ...]]:
    """Place keys of the gazetteer's towns per district key (what blocking's "D" key pairs)."""
    from .gazetteer import gazetteer
    from .matching.features import place_skeleton, stable_hash

    out: dict[int, list[int]] = {}
    for p in gazetteer().places.values():
        if p.district:
            out.setdefault(stable_hash(place_skeleton(p.district)), []).append(stable_hash(place_skeleton(p.name)))
    return {k: tuple(v) for k, v in out.items()}


def _outlet_candidates(db: Database, new: Batch) -> set[str]:
    """Toll claims of the new claims' outlets whose weeks meet theirs, where one side names no
    place (an outlet's follow-up of its own story: blocking's ``O`` key)."""
    from .matching.blocking import follow_up

    found: set[str] = set()
    if not new.n:
        return found
    publisher: dict[str, str] = {}
    for part in chunks(new.ids):
        marks = ",".join("?" * len(part))
        publisher.update(db.execute(
            f"select c.id, s.publisher from claims c join sources s on s.id = c.source_id where c.id in ({marks})",
            part).fetchall())
    fu = follow_up(new).tolist()
    toll = is_toll(new).tolist()
    for k, (cid, _p, narrow, w0, w1, *_rest) in enumerate(feature_rows(new)):
        pub = publisher.get(cid)
        if not (pub and narrow and toll[k] and w0 is not None):
            continue
        for oid, place, adm, country in db.execute(
                "select f.claim_id, f.place_key, f.admin1_key, f.country_key from sources s "
                "join claims c on c.source_id = s.id join claim_features f on f.claim_id = c.id "
                "where s.publisher = ? and f.narrow = 1 and f.toll_key is not null and f.w0 <= ? and f.w1 >= ?",
                (pub, w1, w0)):
            if fu[k] or not (place or adm or country):
                found.add(oid)
    return found
