"""After sources and claims are written: copies, events, subjects, conflicts, consensus.

``refresh(db, changed_source_ids)`` is what ingest calls, inside its own transaction
(``db.atomic()``): this module never commits and never opens a transaction, so a
failure leaves the desk as it was.  ``None`` recomputes everything (``reconcile
cluster``); a list of source ids recomputes only what those sources touch.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from . import cluster, conflicts, consensus, copies, subjects

CHUNK = 500
#: Tables a full refresh empties and rewrites: their secondary indexes are dropped while
#: they are written and rebuilt once after (sorting once beats a million random inserts).
REBUILT = ("conflicts", "revisions", "consensus")
#: Rewritten by the re-clustering itself (indexes back before editors' decisions are replayed).
RECLUSTERED = ("claim_features", "claim_links", "events")
#: SQLite's page cache during a full refresh (KiB; the default 2 MB thrashes on a large desk).
BULK_CACHE_KIB = 131072
_CLAIM_SQL = (
    "select c.id, c.source_id, c.kind, c.value_low, c.value_high, c.victims, c.entity, c.entity_text, "
    "c.claimant, c.claimant_role, c.event_date, c.scope, c.status, c.span_start, c.event_id, c.subject, c.quote, c.value_text, c.place, "
    "s.publisher, s.published, s.copy_of from claims c join sources s on s.id = c.source_id"
)


def refresh(db: Database, changed_source_ids: list[str] | None = None) -> dict:
    """Mark copies, re-cluster, flag conflicts, recompute consensus. Returns counts."""
    if changed_source_ids is None:
        with bulk(db, REBUILT):
            # everything derived is recomputed: empty it first, so the rewrite is append-only
            for table in ("conflicts", "revisions", "consensus"):
                db.execute(f"delete from {table}")
            return _refresh(db, None)
    return _refresh(db, changed_source_ids)


@contextmanager
def bulk(db: Database, tables: Iterable[str]) -> Iterator[None]:
    """Drop the secondary indexes of ``tables`` and enlarge the page cache; restore both after.

    Runs inside the caller's transaction: a failure rolls the drops back with the rest.
    The indexes are recreated from their own stored SQL, so the schema is unchanged.
    """
    tables = list(tables)
    marks = ",".join("?" * len(tables))
    indexes = db.execute(
        f"select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in ({marks})",
        tables).fetchall()
    cache = db.execute("pragma cache_size").fetchone()[0]
    db.execute(f"pragma cache_size = -{BULK_CACHE_KIB}")
    for name, _sql in indexes:
        db.execute(f"drop index [{name}]")
    try:
        yield
    except BaseException:
        for _name, sql in indexes:  # when the caller's rollback does not bring them back
            try:
                db.execute(sql)
            except Exception:  # noqa: BLE001 - the original error matters, not this one
                pass
        raise
    else:
        for _name, sql in indexes:
            db.execute(sql)
    finally:
        db.execute(f"pragma cache_size = {int(cache)}")


def _refresh(db: Database, changed_source_ids: list[str] | None) -> dict:
    n_copies = copies.mark(db, changed_source_ids)
    touched_subjects = subjects.assign(db, changed_source_ids)
    if changed_source_ids is None:
        with bulk(db, RECLUSTERED):
            result = cluster.recluster(db, None)
    else:
        result = cluster.recluster(db, changed_source_ids)
    events = result["touched_events"]
    if changed_source_ids is not None:
        _clear(db, "subject", touched_subjects)
        _clear(db, "event_id", events)
    from .decisions import reapply  # editors' merges, splits and ranks, before consensus is computed
    events = set(events) | reapply(db)["touched_events"]
    roots = copies.roots(db)
    if changed_source_ids is None:
        # every event: one ordered pass over the claims instead of a query per chunk of events
        _compare_all(db, "event_id", events, roots)
    else:
        _compare(db, "event_id", events, roots)
    _compare(db, "subject", touched_subjects, roots)
    return {
        "events": db["events"].count,
        "subjects": db["subjects"].count,
        "conflicts": db["conflicts"].count,
        "revisions": db["revisions"].count,
        "copies": n_copies,
        "events_touched": len(events),
        "claims_clustered": result["claims_clustered"],
    }


def refresh_events(db: Database, event_ids: Iterable[str]) -> None:
    """Recompute event rows, conflicts and consensus of events whose claims an editor moved."""
    ids = sorted(set(event_ids))
    batch_ids = []
    for part in cluster.chunks(ids):
        marks = ",".join("?" * len(part))
        batch_ids += [r[0] for r in db.execute(f"select id from claims where event_id in ({marks})", part)]
    if batch_ids:
        batch = cluster._load_ids(db, batch_ids, {})
        rows_by_event: dict[str, list[int]] = defaultdict(list)
        iev = batch.extra["keep_fields"].index("event_id")
        for k, keep in enumerate(batch.extra["keep"]):
            rows_by_event[keep[iev]].append(k)
        for eid, rows in rows_by_event.items():
            row = cluster.event_row(eid, rows, batch)
            old = db.execute("select label from events where id = ?", [eid]).fetchone()
            if old and old[0] and old[0].endswith("(split)"):
                row["label"] = old[0]
            cluster._upsert_events(db, [row])
    _clear(db, "event_id", set(ids))
    _compare(db, "event_id", set(ids), copies.roots(db))


def _clear(db: Database, column: str, values: set[str]) -> None:
    todo = sorted(values)
    for k in range(0, len(todo), CHUNK):
        part = todo[k:k + CHUNK]
        marks = ",".join("?" * len(part))
        for table in ("conflicts", "revisions", "consensus"):
            db.execute(f"delete from {table} where {column} in ({marks})", part)


def _compare(db: Database, column: str, values: set[str], roots: dict[str, str]) -> None:
    """Conflicts, revisions and consensus of the events (or subjects) ``values``, read a chunk of them
    at a time."""

    def groups() -> Iterator[tuple[str, list[dict]]]:
        todo = sorted(values)
        for k in range(0, len(todo), CHUNK):
            part = todo[k:k + CHUNK]
            marks = ",".join("?" * len(part))
            by_key: dict[str, list[dict]] = defaultdict(list)
            cur = db.execute(f"{_CLAIM_SQL} where c.{column} in ({marks})", part)
            names = [d[0] for d in cur.description]
            for row in cur:
                c = dict(zip(names, row))
                by_key[c[column]].append(c)
            yield from by_key.items()

    _write_compared(db, column, groups(), roots)


def _compare_all(db: Database, column: str, values: set[str], roots: dict[str, str]) -> None:
    """:func:`_compare` of many groups in one pass: the claims read in ``column`` order (then rowid,
    the order the chunked queries give within a group), one group at a time."""

    def groups() -> Iterator[tuple[str, list[dict]]]:
        cur = db.execute(f"{_CLAIM_SQL} where c.{column} is not null order by c.{column}, c.rowid")
        names = [d[0] for d in cur.description]
        at = names.index(column)
        for key, rows in itertools.groupby(cur, key=lambda row: row[at]):
            if key in values:
                yield key, [dict(zip(names, row)) for row in rows]

    _write_compared(db, column, groups(), roots)


#: Rows of conflicts, revisions and consensus gathered before they are written in one executemany.
FLUSH = 20000


def _write_compared(db: Database, column: str, groups: Iterable[tuple[str, list[dict]]],
                    roots: dict[str, str]) -> None:
    """Conflicts, revisions and consensus of each (key, claims) group, written in batches of ``FLUSH`` rows."""
    found_c: list[dict] = []
    found_r: list[dict] = []
    cons: list[dict] = []

    def flush() -> None:
        write_rows(db, "conflicts", found_c)
        write_rows(db, "revisions", found_r)
        write_rows(db, "consensus", cons)
        found_c.clear(), found_r.clear(), cons.clear()

    for key, claims in groups:
        kw = {"event_id": key} if column == "event_id" else {"subject": key}
        found = conflicts.find(claims, **kw)
        found_c += found.conflicts
        found_r += found.revisions
        cons += consensus.compute(claims, roots, **kw)
        if len(found_c) + len(found_r) + len(cons) >= FLUSH:
            flush()
    flush()


def write_rows(db: Database, table: str, rows: list[dict]) -> None:
    """INSERT OR REPLACE dicts with plain executemany (sqlite-utils' insert_all is slower here)."""
    if not rows:
        return
    cols = list(rows[0])
    db.conn.executemany(
        f"insert or replace into [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
        f"values ({', '.join('?' * len(cols))})",
        ([r.get(c) for c in cols] for r in rows),
    )
