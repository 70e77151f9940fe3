"""The bulk paths of a full refresh give what the row-by-row paths give.

A full refresh reads every event's claims in one ordered pass, moves claims to their events in
the table's row order, skips the part analysis of a kind whose figures all overlap, and pairs
a subject's claims (and one report's figures) only inside the buckets that can conflict.  Each is
checked here against a slow reference: the plain all-pairs loop, or the per-chunk path.
"""

from __future__ import annotations

import itertools
import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import cluster, conflicts, copies, pipeline, revisions
from reconcile.benchmarks.cluster import write_desk
from reconcile.intervals import compatible, gap_severity
from reconcile.store import open_db
from reconcile.synthetic import COLUMNS, generate
from reconcile.tollparts import bounds, victims_key

DERIVED = {
    "events": "select * from events",
    "conflicts": "select * from conflicts",
    "revisions": "select * from revisions",
    "consensus": "select * from consensus",
    "claim_links": "select * from claim_links",
    "claims": "select id, event_id, subject, status from claims",
}


def tables(db) -> dict[str, list]:
    return {name: sorted(map(repr, db.execute(sql).fetchall())) for name, sql in DERIVED.items()}


def synthetic_desk(path, n: int = 1500, seed: int = 3):
    db = open_db(path)
    rows, _truth = generate(n, seed=seed)
    with db.atomic():
        write_desk(db, rows, COLUMNS)
    return db


def copy_of(db, path):
    out = sqlite3.connect(path)
    db.conn.backup(out)
    out.close()
    return open_db(path)


# ----------------------------------------------------------------------- on a real desk

def test_full_refresh_moving_claims_in_row_order_equals_moving_them_one_by_one(tmp_path, monkeypatch):
    db = synthetic_desk(tmp_path / "a.db")
    other = copy_of(db, tmp_path / "b.db")
    with db.atomic():
        pipeline.refresh(db, None)  # a small desk: claims moved one statement each
    monkeypatch.setattr(cluster, "BULK_UPDATE", 1)
    with other.atomic():
        pipeline.refresh(other, None)  # every claim moved through _move_claims
    assert db.execute("select count(distinct event_id) from claims").fetchone()[0] > 100
    assert tables(db) == tables(other)
    # the index on claims.event_id is back, as it was
    sql = "select sql from sqlite_master where name = 'idx_claims_event_id'"
    assert db.execute(sql).fetchone() == other.execute(sql).fetchone() is not None
    # and a second full refresh changes nothing (event ids are stable)
    with other.atomic():
        pipeline.refresh(other, None)
    assert tables(db) == tables(other)


def test_the_ordered_pass_over_all_events_equals_the_per_chunk_comparison(tmp_path):
    db = synthetic_desk(tmp_path / "a.db")
    with db.atomic():
        pipeline.refresh(db, None)  # through _compare_all
    assert db["conflicts"].count > 50 and db["consensus"].count > 300
    before = tables(db)
    events = {r[0] for r in db.execute("select id from events")}
    with db.atomic():
        pipeline._clear(db, "event_id", events)
        pipeline._compare(db, "event_id", events, copies.roots(db))  # the per-chunk path
    assert tables(db) == before


def test_a_failed_bulk_move_leaves_the_index_and_the_claims_as_they_were(tmp_path):
    db = synthetic_desk(tmp_path / "a.db", n=300)
    with db.atomic():
        pipeline.refresh(db, None)
    before = tables(db)
    first = db.execute("select id from claims where event_id is not null limit 1").fetchone()[0]
    try:
        with db.atomic():
            cluster._move_claims(db, [("no-such-event", first)])  # the foreign key on events fails
    except sqlite3.IntegrityError:
        pass
    else:  # pragma: no cover - the desk enforces foreign keys
        raise AssertionError("a claim moved to a missing event")
    assert tables(db) == before
    assert db.execute("select count(*) from sqlite_master where name = 'idx_claims_event_id'").fetchone()[0] == 1


# ----------------------------------------------------------------------- against all-pairs references

VALUE = st.one_of(st.none(), st.integers(0, 40))


@st.composite
def toll(draw, k: int):
    lo = draw(VALUE)
    hi = draw(st.one_of(st.none(), st.integers(lo or 0, 60)))
    if lo is None and hi is None:
        lo = draw(st.integers(0, 40))
    return {
        "id": f"c{k:03d}", "source_id": draw(st.sampled_from(["s1", "s2", "s3"])), "kind": "killed",
        "value_low": lo, "value_high": hi, "victims": draw(st.sampled_from([None, "people", "police", "soldiers"])),
        "value_text": draw(st.sampled_from([None, "several", "12", "dozens"])), "quote": f"Sentence {k % 4}.",
        "span_start": draw(st.integers(0, 300)), "claimant": draw(st.sampled_from([None, "police", "a hospital"])),
        "publisher": draw(st.sampled_from([None, "Outlet A", "Outlet B"])),
        "published": draw(st.sampled_from([None, "2024-03-01", "2024-03-02"])),
    }


def tolls(max_size: int = 9):
    return st.integers(0, max_size).flatmap(lambda n: st.tuples(*[toll(k) for k in range(n)]).map(list))


@settings(max_examples=300, deadline=None)
@given(tolls())
def test_all_overlap_is_exactly_every_pair_compatible(items):
    pairwise = all(compatible(bounds(a), bounds(b)) for a, b in itertools.combinations(items, 2))
    if items:
        assert conflicts._all_overlap(items) == (pairwise and all(compatible(bounds(c), bounds(c)) for c in items))


def superseded_reference(items):
    out = set()
    for a, b in itertools.combinations(items, 2):
        if a["source_id"] != b["source_id"] or victims_key(a["victims"]) != victims_key(b["victims"]):
            continue
        if compatible((a["value_low"], a["value_high"]), (b["value_low"], b["value_high"])):
            continue
        rev = revisions.revision(a, b)
        if rev is not None:
            out.add(rev[0]["id"])
    return out


@settings(max_examples=300, deadline=None)
@given(tolls(12))
def test_superseded_by_report_equals_all_pairs(items):
    assert revisions.superseded(items) == superseded_reference(items)


@st.composite
def subject_claim(draw, k: int):
    kind = draw(st.sampled_from(["strength", "founded", "leader", "killed"]))
    lo = draw(VALUE)
    hi = draw(st.one_of(st.none(), st.integers(lo or 0, 60)))
    return {
        "id": f"c{k:03d}", "source_id": draw(st.sampled_from(["s1", "s2", "s3"])), "kind": kind,
        "value_low": lo, "value_high": hi, "victims": draw(st.sampled_from([None, "people", "fighters"])),
        "event_date": draw(st.sampled_from([None, "2023", "2024-05", "2024-06-01"])),
        "published": draw(st.sampled_from([None, "2023-02-01", "2024-07-01"])),
        "scope": draw(st.sampled_from([None, "eastern provinces", "Eastern  Provinces", "nationwide"])),
        "quote": f"Sentence {k}.", "span_start": k, "claimant": None, "claimant_role": "reporter",
        "publisher": draw(st.sampled_from([None, "Outlet A"])), "value_text": None,
    }


def subject_reference(claims, group):
    """The all-pairs loop subject_conflicts replaced (its conditions, unchanged)."""
    out = conflicts.Found([], [])
    items = sorted((c for c in claims if c["value_low"] is not None or c["value_high"] is not None),
                   key=lambda c: c["id"])
    for a, b in itertools.combinations(items, 2):
        if a["kind"] != b["kind"] or a["kind"] == "leader":
            continue
        ia, ib = (a["value_low"], a["value_high"]), (b["value_low"], b["value_high"])
        if compatible(ia, ib):
            continue
        if a["kind"] == "founded":
            gap = abs((a["value_low"] or a["value_high"]) - (b["value_low"] or b["value_high"]))
            conflicts._pair_rows(a, b, group, a["kind"], None, "founded", min(1.0, gap / 10), out)
            continue
        y = conflicts._year
        if y(a) != y(b) or conflicts._scope(a) != conflicts._scope(b) or victims_key(a["victims"]) != victims_key(b["victims"]):
            continue
        if (group.get("subject") or "").endswith("-total") and (not a["event_date"] or a["event_date"] != b["event_date"]):
            continue
        conflicts._pair_rows(a, b, group, a["kind"], a["victims"], f"{a['kind']} {y(a)}", gap_severity(ia, ib), out)
    return out


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 14).flatmap(lambda n: st.tuples(*[subject_claim(k) for k in range(n)]).map(list)),
       st.sampled_from(["ISKP/strength", "Norland/killed-total"]))
def test_subject_conflicts_in_buckets_equal_all_pairs(claims, subject):
    group = {"event_id": None, "subject": subject}
    fast = conflicts.Found([], [])
    conflicts.subject_conflicts(claims, group, fast)
    slow = subject_reference(claims, group)
    key = sorted
    assert key(map(repr, fast.conflicts)) == key(map(repr, slow.conflicts))
    assert key(map(repr, fast.revisions)) == key(map(repr, slow.revisions))
