"""Clustering claims into events, in the desk database.

``recluster(db, None)`` clusters every event claim; ``recluster(db, source_ids)`` only
what those sources touch: their claims, the claims sharing a blocking key with them
(found through the indexed ``claim_features`` table) and every claim of the events
those belong to.  Event ids are stable (:func:`reconcile.matching.assign_ids`); each
claim's link keeps its score components in ``claim_links``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz
from sqlite_utils import Database

from .clusterregion import (
    AGGREGATE_PRECISIONS,
    EVENT_FILTER,
    _candidates,
    _missing_paragraphs,
    _write_features,
    chunks,
    feature_rows,
)
from .matching import RULES, Batch, Clustering, assign_ids, build_batch, cluster_batch
from .matching.coarse import place_aggregates, twin_sites, undated_remainders
from .matching.features import EVENT_KINDS

LOAD_COLUMNS = [
    "id", "source_id", "kind", "value_low", "value_high", "victims", "place", "admin1", "country",
    "event_date", "date_precision", "event_type", "perpetrator", "entity", "quote", "span_start",
    "claimant_role", "event_id", "published", "paragraph", "publisher", "recalled", "aggregate", "title",
]
_SELECT = (
    "select c.id, c.source_id, c.kind, c.value_low, c.value_high, c.victims, c.place, c.admin1, c.country, "
    "c.event_date, c.date_precision, c.event_type, c.perpetrator, c.entity, c.quote, c.span_start, "
    "c.claimant_role, c.event_id, s.published, f.paragraph, s.publisher, c.recalled, c.aggregate, s.title "
    "from claims c join sources s on s.id = c.source_id left join claim_features f on f.claim_id = c.id"
)
#: Per-claim fields kept for event rows and id assignment.
KEEP = ("source_id", "place", "admin1", "country", "event_date", "date_precision", "event_type",
        "perpetrator", "entity", "kind", "event_id", "aggregate")


@lru_cache(maxsize=8192)
def _gazetteer(place: str):
    try:
        from .gazetteer import lookup
    except ImportError:  # the gazetteer ships with the extractor
        return None
    try:
        return lookup(place)
    except Exception:  # a broken user gazetteer file must not stop clustering
        return None


def _fill_place(columns: list[str]):
    """Complete admin1/country of claims that name a place the gazetteer knows."""
    ip, ia, ic = columns.index("place"), columns.index("admin1"), columns.index("country")

    def fill(row: tuple) -> tuple:
        place = row[ip]
        if place and (not row[ia] or not row[ic]):
            hit = _gazetteer(place)
            if hit is not None and (not row[ic] or row[ic] == hit.country):
                row = list(row)
                row[ic] = row[ic] or hit.country
                if not row[ia] and hit.admin1:
                    row[ia] = hit.admin1
                row = tuple(row)
        return row

    return fill


_WORDS = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*")
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|has|have|had|been|be|being|will|would)\b", re.IGNORECASE)
_REFERENCE = re.compile(r"^\s*(?:\d+\.\s*)?\^")


def other_story(quote: str | None, title: str | None) -> bool:
    """A scraped page's link to another story: a headline (its words capitalised, no auxiliary verb: "Market
    Bombing Leaves 4 Dead, 9 Hurt in Quetta Suburb") that is not the report's own title, below the
    page's first paragraph.  (Not a reference list's entry, "4. ^ ...", which cites the report's own story.)"""
    if not quote or _REFERENCE.match(quote) or _AUXILIARY.search(quote):
        return False
    words = [w for w in _WORDS.findall(quote) if len(w) >= 4]
    if len(words) < 4 or any(not w[0].isupper() for w in words):
        return False  # (a headline capitalises every word but the short ones; "The Government stated that ...": a sentence)
    return not title or fuzz.token_set_ratio(quote.lower(), title.lower()) < OWN_TITLE


#: A headline this alike (0-100) to the report's title is the report's own.
OWN_TITLE = 70


# --------------------------------------------------------------------- loading

def _load(db: Database, where: str, params: list, paragraphs: dict[str, int]) -> Batch:
    cur = db.execute(f"{_SELECT} where {EVENT_FILTER} and ({where}) order by c.id", params)
    fill = _fill_place(LOAD_COLUMNS)
    ipara, iid = LOAD_COLUMNS.index("paragraph"), LOAD_COLUMNS.index("id")

    iplace = LOAD_COLUMNS.index("place")
    irec, iquote, ititle = LOAD_COLUMNS.index("recalled"), LOAD_COLUMNS.index("quote"), LOAD_COLUMNS.index("title")

    def rows() -> Iterator[tuple]:
        for row in cur:
            row = fill(tuple(row))  # the connection may have a row factory (sqlite3.Row)
            if row[ipara] is None and row[iid] in paragraphs:
                row = row[:ipara] + (paragraphs[row[iid]],) + row[ipara + 1:]
            if not row[irec] and row[ipara] and other_story(row[iquote], row[ititle]):
                row = row[:irec] + (1,) + row[irec + 1:]  # (told apart from the report's own story, as a recall)
            hit = _gazetteer(row[iplace]) if row[iplace] else None
            if hit is None:
                yield row + (None, None)
            else:  # (the district a town lies in, or the district itself)
                yield row + (hit.type, hit.district or (hit.name if hit.type == "district" else None))

    return build_batch(rows(), LOAD_COLUMNS + ["place_type", "place_district"], keep=KEEP)


def _load_ids(db: Database, ids: list[str], paragraphs: dict[str, int]) -> Batch:
    db.execute("create temp table if not exists _region (id text primary key)")
    db.execute("delete from _region")
    db.conn.executemany("insert or ignore into _region values (?)", [(i,) for i in ids])
    try:
        return _load(db, "c.id in (select id from _region)", [], paragraphs)
    finally:
        db.execute("delete from _region")


def _queued(db: Database, prefix: str) -> set[str]:
    return {r[0][len(prefix):] for r in db.execute(
        "select target from refresh_queue where target like ?", [prefix + "%"])}


# --------------------------------------------------------------------- event rows

def _iso(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def _most_common(values: Iterable) -> str | None:
    c: dict = {}
    for v in values:
        if v:
            c[v] = c.get(v, 0) + 1
    if not c:
        return None
    top = max(c.values())
    return min(v for v, n in c.items() if n == top)


def _event_columns(batch: Batch) -> tuple[dict, list, list, list]:
    """What :func:`event_row` reads of every row, as plain lists (numpy scalars are slow one by one);
    computed once per batch."""
    cols = batch.extra.get("event_columns")
    if cols is None:
        f = {name: k for k, name in enumerate(batch.extra["keep_fields"])}
        cols = batch.extra["event_columns"] = (f, batch.dated.tolist(), batch.r0.tolist(), batch.r1.tolist())
    return cols


def event_row(eid: str, rows: list[int], batch: Batch) -> dict:
    """An events row from its claims: the most common context, the tightest dated window."""
    keep = batch.extra["keep"]
    f, is_dated, r0, r1 = _event_columns(batch)
    ctx = [keep[r] for r in rows]
    date_start = date_end = None
    dated = [r for r in rows if is_dated[r]]
    if dated:
        # the tightest window most of the claims are compatible with: a window's support is the
        # claims whose own window contains it, so "in August" supports the 26th, but the 26th
        # does not support "in August" (a month- or week-wide window merely overlapping every
        # precise date would outvote them all); then the most precise, then the most common
        windows = Counter((r0[r], r1[r]) for r in dated)
        support = {w: sum(n for v, n in windows.items() if v[0] <= w[0] and w[1] <= v[1]) for w in windows}
        lo, hi = min(windows, key=lambda w: (-support[w], w[1] - w[0], -windows[w], w))
        date_start, date_end = _iso(lo), _iso(hi)
    place = _most_common(c[f["place"]] for c in ctx)
    admin1 = _most_common(c[f["admin1"]] for c in ctx)
    country = _most_common(c[f["country"]] for c in ctx)
    etype = _most_common(c[f["event_type"]] for c in ctx)
    perp = _most_common(
        [c[f["perpetrator"]] for c in ctx] + [c[f["entity"]] for c in ctx if c[f["kind"]] == "attribution"]
    )
    lat = lon = None
    if place:
        hit = _gazetteer(place)
        if hit is not None:
            lat, lon = hit.lat, hit.lon
    when = date_start if date_start == date_end else (f"{date_start} to {date_end}" if date_start else "date unknown")
    label = f"{place or admin1 or country or 'place unknown'}, {when}: {etype or 'incident'}"
    return {
        "id": eid, "label": label, "date_start": date_start, "date_end": date_end, "place": place,
        "admin1": admin1, "country": country, "event_type": etype, "perpetrator": perp,
        "latitude": lat, "longitude": lon, "claim_count": len(rows),
        "source_count": len({c[f["source_id"]] for c in ctx}),
    }


EVENT_COLUMNS = ["id", "label", "date_start", "date_end", "place", "admin1", "country", "event_type",
                 "perpetrator", "latitude", "longitude", "claim_count", "source_count"]


def _upsert_events(db: Database, rows: Iterable[dict]) -> None:
    """Insert new events, update kept ones in place (never delete-and-insert: claims point at them)."""
    cols = EVENT_COLUMNS
    db.conn.executemany(
        f"insert into events ({', '.join(cols)}) values ({', '.join('?' * len(cols))}) "
        f"on conflict(id) do update set " + ", ".join(f"{c} = excluded.{c}" for c in cols[1:]),
        ([r[c] for c in cols] for r in rows),
    )


def _nan(x: float) -> float | None:
    return None if x != x else round(float(x), 4)


# --------------------------------------------------------------------- the entry point

def recluster(db: Database, changed_source_ids: list[str] | None = None) -> dict:
    """Cluster event claims into events; returns counts and the events touched.

    Runs inside the caller's transaction; commits nothing.
    """
    queued_events = _queued(db, "event:")
    if changed_source_ids is None:
        paragraphs = _missing_paragraphs(db, "1", [])
        batch = _load(db, "1", [], paragraphs)
        old_events = {r[0] for r in db.execute("select id from events")}
        db.execute("delete from claim_features")
        _write_features(db, feature_rows(batch))
        full = True
    else:
        ids = list(dict.fromkeys(changed_source_ids))
        new_ids: list[str] = []
        for part in chunks(ids):
            marks = ",".join("?" * len(part))
            new_ids += [r[0] for r in db.execute(
                f"select c.id from claims c where {EVENT_FILTER} and c.source_id in ({marks})", part)]
        paragraphs = {}
        for part in chunks(ids):
            marks = ",".join("?" * len(part))
            paragraphs.update(_missing_paragraphs(db, f"c.source_id in ({marks})", part))
        new = _load_ids(db, new_ids, paragraphs)
        _write_features(db, feature_rows(new, only=set(paragraphs)))
        region = set(new_ids) | _candidates(db, new)
        old_events = set(queued_events)
        for part in chunks(sorted(region)):
            marks = ",".join("?" * len(part))
            old_events.update(r[0] for r in db.execute(
                f"select distinct event_id from claims where id in ({marks}) and event_id is not null", part))
        for part in chunks(sorted(old_events)):
            marks = ",".join("?" * len(part))
            # filtered here, not in SQL: with the kind in the query, SQLite may scan idx_claims_kind
            region.update(cid for cid, kind, aggregate, precision in db.execute(
                f"select c.id, c.kind, c.aggregate, c.date_precision from claims c where c.event_id in ({marks})", part)
                if kind in EVENT_KINDS and (not aggregate or precision in AGGREGATE_PRECISIONS))
        batch = _load_ids(db, sorted(region), {}) if region else build_batch([], keep=KEEP)
        full = False
    result = _cluster_and_write(db, batch, old_events, full)
    db.execute("delete from refresh_queue where target like 'event:%'")
    return result


def _cluster_and_write(db: Database, batch: Batch, old_events: set[str], full: bool) -> dict:
    from .matching.attach import FAMILIES

    clustering = _cluster(db, batch, families=FAMILIES if full else tuple(f for f in FAMILIES if f != "type"))
    labels = clustering.labels.tolist()
    members: dict[int, list[int]] = {}
    for row, lab in enumerate(labels):
        if lab >= 0:  # (-1: a total over a few attacks that belongs to no event)
            members.setdefault(lab, []).append(row)
    ievent = batch.extra["keep_fields"].index("event_id") if batch.n else 0
    old = {cid: batch.extra["keep"][k][ievent] for k, cid in enumerate(batch.ids)} if batch.n else {}
    by_label = {lab: [batch.ids[r] for r in rows] for lab, rows in members.items()}
    ids = assign_ids(by_label, old)
    if not full:
        # a new id must not be one of an event outside the region (astronomically rare)
        taken = _existing_ids(db, {i for i in ids.values() if i not in old_events})
        if taken:
            ids = assign_ids(by_label, old, taken)

    claim_ids = batch.ids
    new_ids = set(ids.values())
    removed = sorted(old_events - new_ids)
    # the events that stay are updated in place (never deleted and re-inserted, so the
    # claims pointing at them stay valid); only claims whose event changed are written
    _upsert_events(db, (event_row(ids[lab], rows, batch) for lab, rows in members.items()))
    batch.extra.pop("event_columns", None)  # (a large desk's peak memory is reached about here)

    def changed() -> Iterator[tuple[str | None, str]]:
        return ((ids.get(lab), cid) for cid, lab in zip(claim_ids, labels) if old.get(cid) != ids.get(lab))

    if sum(1 for _ in changed()) >= BULK_UPDATE:
        _move_claims(db, changed())
    else:
        db.conn.executemany("update claims set event_id = ? where id = ?", changed())
    if full:
        db.execute("delete from claim_links")
    else:
        for part in chunks(claim_ids):
            marks = ",".join("?" * len(part))
            db.execute(f"delete from claim_links where claim_id in ({marks})", part)
    for part in chunks(removed):
        marks = ",".join("?" * len(part))
        for table in ("conflicts", "consensus", "revisions", "claim_links"):
            db.execute(f"delete from {table} where event_id in ({marks})", part)
        db.execute(f"update claims set event_id = null where event_id in ({marks})", part)
        db.execute(f"delete from events where id in ({marks})", part)
    s = clustering.scored
    best = clustering.best.tolist()
    aggregate = _aggregate_rows(batch).tolist()

    def links() -> Iterator[tuple]:
        for k, cid in enumerate(claim_ids):
            if labels[k] < 0:
                continue
            p = best[k]
            eid = ids[labels[k]]
            if p < 0:
                # no scored link inside its event: alone, or a vague report the second pass
                # joined to the one event it fits (reconcile.matching.attach)
                rule = ("total" if aggregate[k] else "fit") if len(members[labels[k]]) > 1 else "single"
                yield (cid, eid, None, None, None, None, None, None, None, rule, None)
                continue
            other = batch.ids[int(s.j[p])] if int(s.i[p]) == k else batch.ids[int(s.i[p])]
            yield (
                cid, eid, _nan(s.score[p]), _nan(s.place[p]), _nan(s.date[p]), _nan(s.type[p]),
                _nan(s.perpetrator[p]), _nan(s.toll[p]), _nan(s.text[p]), RULES[int(s.rule[p])], other,
            )

    db.conn.executemany(
        "insert or replace into claim_links (claim_id, event_id, score, place_score, date_score, type_score, "
        "perpetrator_score, toll_score, text_score, rule, linked_to) values (?,?,?,?,?,?,?,?,?,?,?)",
        links(),
    )
    touched = new_ids
    return {"events": len(members), "touched_events": touched, "removed_events": set(removed),
            "claims_clustered": batch.n, "pairs_linked": len(s)}


def _aggregate_rows(batch: Batch) -> np.ndarray:
    """Rows of totals over a few attacks (the extractor's ``aggregate``)."""
    if not batch.n or "aggregate" not in batch.extra.get("keep_fields", ()):
        return np.zeros(batch.n, dtype=bool)
    k = batch.extra["keep_fields"].index("aggregate")
    return np.fromiter((bool(row[k]) for row in batch.extra["keep"]), dtype=bool, count=batch.n)


def _cluster(db: Database, batch: Batch, families: tuple[str, ...]) -> Clustering:
    """The pairwise clustering of the incidents' own claims, then (:mod:`reconcile.matching.coarse`) the
    totals over a few attacks placed and one attack's events in two towns joined.  Labels are row numbers
    of ``batch``; -1 for a total that belongs to no event."""
    aggregate = _aggregate_rows(batch)
    if aggregate.any():
        own = np.flatnonzero(~aggregate)
        first = cluster_batch(batch.take(own), families=families)
        labels = np.full(batch.n, -1, dtype=np.int64)
        labels[own] = own[first.labels]
        best = np.full(batch.n, -1, dtype=np.int64)
        best[own] = first.best
        s = first.scored
        scored = type(s)(**{**s.__dict__, "i": own[s.i], "j": own[s.j]})
        labels = place_aggregates(batch, labels, aggregate, _quotes(db, batch, np.flatnonzero(aggregate)))
    else:
        first = cluster_batch(batch, families=families)
        labels, best, scored = first.labels, first.best, first.scored
    labels = undated_remainders(batch, labels)
    labels = twin_sites(batch, labels, lambda ids: _texts(db, ids))
    return Clustering(labels=labels, best=best, scored=scored)


def _quotes(db: Database, batch: Batch, rows: np.ndarray) -> dict[int, str]:
    """The sentences of some rows' claims, by row."""
    at = {batch.ids[r]: r for r in rows.tolist()}
    out: dict[int, str] = {}
    for part in chunks(sorted(at)):
        marks = ",".join("?" * len(part))
        out.update((at[cid], q) for cid, q in db.execute(f"select id, quote from claims where id in ({marks})", part))
    return out


def _texts(db: Database, ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in chunks(ids):
        marks = ",".join("?" * len(part))
        out.update(db.execute(f"select id, text from sources where id in ({marks})", part).fetchall())
    return out


#: Claims whose event changes from which the index on claims.event_id is rebuilt once, not updated row by row.
BULK_UPDATE = 50_000


def _move_claims(db: Database, changed: Iterable[tuple[str, str]]) -> None:
    """Set ``claims.event_id`` of many claims ((event id, claim id) pairs) in the table's own row order,
    so each page is written once (not once per claim, in id order, which on a large desk is random),
    with the index on event_id rebuilt once after."""
    db.execute("create temp table if not exists _moved (claim_id text, event_id text)")
    db.execute("delete from _moved")
    db.conn.executemany("insert into _moved (event_id, claim_id) values (?, ?)", changed)
    db.execute("create temp table if not exists _moves (rid integer primary key, event_id text)")
    db.execute("delete from _moves")
    db.execute("insert into _moves (rid, event_id) select c.rowid, m.event_id from _moved m join claims c on c.id = m.claim_id")
    db.execute("delete from _moved")
    with _index_dropped(db, "idx_claims_event_id"):
        # (this form walks _moves in rowid order and seeks each claim by its rowid)
        db.execute("update claims set event_id = (select m.event_id from _moves m where m.rid = claims.rowid) "
                   "where rowid in (select rid from _moves)")
    db.execute("delete from _moves")


@contextmanager
def _index_dropped(db: Database, name: str, drop: bool = True) -> Iterator[None]:
    """Drop the index ``name`` (when ``drop``) and recreate it from its stored SQL after; inside the
    caller's transaction, so a failure rolls the drop back with the rest."""
    row = db.execute("select sql from sqlite_master where type = 'index' and name = ?", [name]).fetchone()
    if not drop or row is None or row[0] is None:
        yield
        return
    db.execute(f"drop index [{name}]")
    try:
        yield
    except BaseException:
        try:
            db.execute(row[0])
        except Exception:  # noqa: BLE001 - the original error matters, not this one
            pass
        raise
    db.execute(row[0])


def _existing_ids(db: Database, candidates: set[str]) -> set[str]:
    """Which of ``candidates`` are ids of events already on the desk."""
    found: set[str] = set()
    todo = sorted(candidates)
    for part in chunks(todo):
        marks = ",".join("?" * len(part))
        found.update(r[0] for r in db.execute(f"select id from events where id in ({marks})", part))
    return found
