"""The desk's schema, built and changed only through migrations.

The public names (DESIGN.md) are a contract fact-checkers write SQL against: columns
may be added here, never renamed or dropped.  Append new migrations at the end with
the next number; never edit one that has shipped.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("reconcile")


@migrations()
def m001_initial(db: Database) -> None:
    db["sources"].create(
        {
            "id": str,
            "origin": str,
            "title": str,
            "publisher": str,
            "author": str,
            "url": str,
            "published": str,
            "text": str,
            "sha256": str,
            "ingested_at": str,
            "copy_of": str,
            "format": str,
        },
        pk="id",
        foreign_keys=[("copy_of", "sources", "id")],
        not_null={"origin", "text", "sha256"},
    )
    db["events"].create(
        {
            "id": str,
            "label": str,
            "date_start": str,
            "date_end": str,
            "place": str,
            "admin1": str,
            "country": str,
            "event_type": str,
            "perpetrator": str,
            "latitude": float,
            "longitude": float,
            "claim_count": int,
            "source_count": int,
        },
        pk="id",
    )
    db["claims"].create(
        {
            "id": str,
            "source_id": str,
            "kind": str,
            "value_low": int,
            "value_high": int,
            "qualifier": str,
            "value_text": str,
            "victims": str,
            "entity": str,
            "entity_text": str,
            "quote": str,
            "span_start": int,
            "span_end": int,
            "claimant": str,
            "claimant_role": str,
            "event_date": str,
            "date_precision": str,
            "place": str,
            "admin1": str,
            "country": str,
            "event_type": str,
            "perpetrator": str,
            "aggregate": int,
            "scope": str,
            "event_id": str,
            "subject": str,
            "extractor": str,
            "status": str,
            "warning": str,
        },
        pk="id",
        foreign_keys=[("source_id", "sources", "id"), ("event_id", "events", "id")],
        not_null={"source_id", "kind", "quote", "span_start", "span_end", "extractor"},
        defaults={"status": "normal", "claimant_role": "reporter", "aggregate": 0},
    )
    db["conflicts"].create(
        {
            "id": str,
            "event_id": str,
            "subject": str,
            "kind": str,
            "victims": str,
            "claim_a": str,
            "claim_b": str,
            "severity": float,
            "note": str,
        },
        pk="id",
        foreign_keys=[
            ("event_id", "events", "id"),
            ("claim_a", "claims", "id"),
            ("claim_b", "claims", "id"),
        ],
    )
    # Append-only: no foreign key to claims, so a decision outlives the claim it chose
    # (a report withdrawn, a source re-extracted) and stays in the history.
    db["decisions"].create(
        {
            "id": int,
            "target": str,
            "kind": str,
            "action": str,
            "victims": str,
            "preferred_claim_id": str,
            "value_low": int,
            "value_high": int,
            "rationale": str,
            "actor": str,
            "decided_at": str,
        },
        pk="id",
        not_null={"target", "rationale", "actor", "decided_at"},
    )
    for table, columns in {
        "sources": ["sha256", "publisher", "published", "origin", "copy_of"],
        "claims": [
            "source_id", "kind", "claimant_role", "place", "status", "event_id",
            "subject", "event_date", "victims", "entity", "country",
        ],
        "events": ["place", "date_start", "country", "event_type", "perpetrator"],
        "conflicts": ["event_id", "subject", "kind", "claim_a", "claim_b", "severity"],
        "decisions": ["target", "decided_at", "preferred_claim_id"],
    }.items():
        for column in columns:
            db[table].create_index([column], if_not_exists=True)
    db["sources"].enable_fts(["title", "text"], create_triggers=True)
    db["claims"].enable_fts(["quote", "value_text", "claimant", "entity"], create_triggers=True)


# --- m010-m019: clustering, subjects, conflicts, consensus (reconcile.pipeline) ---


@migrations()
def m010_matching(db: Database) -> None:
    """Per-claim matching features and each claim's link to its event, with its score components."""
    db.execute(
        """CREATE TABLE IF NOT EXISTS claim_features (
            claim_id TEXT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
            paragraph INTEGER, narrow INTEGER, w0 INTEGER, w1 INTEGER, y0 INTEGER, y1 INTEGER,
            admin1_key INTEGER, place_key INTEGER, toll_key INTEGER
        )"""
    )
    for cols in (["admin1_key", "w0"], ["place_key", "w0"], ["toll_key", "w0"], ["toll_key", "y0"]):
        db["claim_features"].create_index(cols, if_not_exists=True)
    db.execute(
        """CREATE TABLE IF NOT EXISTS claim_links (
            claim_id TEXT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
            event_id TEXT REFERENCES events(id),
            score FLOAT, place_score FLOAT, date_score FLOAT, type_score FLOAT,
            perpetrator_score FLOAT, toll_score FLOAT, text_score FLOAT,
            rule TEXT, linked_to TEXT
        )"""
    )
    for col in ("event_id", "rule", "linked_to"):
        db["claim_links"].create_index([col], if_not_exists=True)


@migrations()
def m011_subjects(db: Database) -> None:
    """Subjects: what a claim about no single event is about (a group's strength, founding, leader)."""
    db["subjects"].create(
        {"id": str, "label": str, "kind": str, "entity": str, "claim_count": int, "source_count": int,
         "first_date": str, "last_date": str},
        pk="id", if_not_exists=True,
    )
    for col in ("kind", "entity"):
        db["subjects"].create_index([col], if_not_exists=True)
    db["entity_variants"].create(
        {"id": str, "subject": str, "entity": str, "kind": str, "variant": str, "canonical": str,
         "claim_count": int, "first_claim": str},
        pk="id", if_not_exists=True,
    )
    for col in ("subject", "entity", "canonical"):
        db["entity_variants"].create_index([col], if_not_exists=True)


@migrations()
def m012_consensus(db: Database) -> None:
    """Consensus per event (or subject), kind and victim group; revisions of a toll by one outlet."""
    db["consensus"].create(
        {"id": str, "event_id": str, "subject": str, "kind": str, "victims": str, "low": int, "high": int,
         "best": int, "rule": str, "n_claims": int, "n_sources": int, "n_independent": int, "grade": str,
         "perpetrator_low": int, "perpetrator_high": int, "note": str},
        pk="id", foreign_keys=[("event_id", "events", "id")], if_not_exists=True,
    )
    for col in ("event_id", "subject", "kind", "grade", "victims"):
        db["consensus"].create_index([col], if_not_exists=True)
    db.execute(
        """CREATE TABLE IF NOT EXISTS revisions (
            id TEXT PRIMARY KEY, event_id TEXT REFERENCES events(id), subject TEXT, kind TEXT,
            victims TEXT,
            earlier_claim TEXT REFERENCES claims(id) ON DELETE CASCADE,
            later_claim TEXT REFERENCES claims(id) ON DELETE CASCADE,
            publisher TEXT, direction TEXT, note TEXT
        )"""
    )
    for col in ("event_id", "subject", "earlier_claim", "later_claim"):
        db["revisions"].create_index([col], if_not_exists=True)


@migrations()
def m013_refresh_queue(db: Database) -> None:
    """Events and subjects whose claims were deleted: the next refresh recomputes them."""
    db.execute("CREATE TABLE IF NOT EXISTS refresh_queue (target TEXT PRIMARY KEY)")
    db.execute(
        """CREATE TRIGGER IF NOT EXISTS claims_deleted_refresh AFTER DELETE ON claims
        BEGIN
            INSERT OR IGNORE INTO refresh_queue(target)
            SELECT 'event:' || old.event_id WHERE old.event_id IS NOT NULL;
            INSERT OR IGNORE INTO refresh_queue(target)
            SELECT 'subject:' || old.subject WHERE old.subject IS NOT NULL;
        END"""
    )


@migrations()
def m014_source_sketches(db: Database) -> None:
    """Small fingerprints of each source's text, to find copies (``sources.copy_of``) by index."""
    db.execute(
        """CREATE TABLE IF NOT EXISTS source_sketches (
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            h INTEGER NOT NULL,
            PRIMARY KEY (source_id, h)
        )"""
    )
    db["source_sketches"].create_index(["h"], if_not_exists=True)
    db.execute(
        """CREATE TABLE IF NOT EXISTS source_copies (
            source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
            copy_of TEXT REFERENCES sources(id) ON DELETE CASCADE,
            how TEXT, similarity FLOAT
        )"""
    )
    db["source_copies"].create_index(["copy_of"], if_not_exists=True)


@migrations()
def m015_cheaper_reclustering(db: Database) -> None:
    """Re-clustering writes claims.event_id: the full-text index of claims is only rebuilt when
    a searched column (quote, value_text, claimant, entity) changes, not on every update.
    claim_features gains what the incremental lookup filters on."""
    trigger = db.execute("select sql from sqlite_master where type = 'trigger' and name = 'claims_au'").fetchone()
    if trigger and "AFTER UPDATE ON" in trigger[0]:
        db.execute("DROP TRIGGER claims_au")
        db.execute(trigger[0].replace(
            'AFTER UPDATE ON "claims"', 'AFTER UPDATE OF "quote", "value_text", "claimant", "entity" ON "claims"'
        ).replace("AFTER UPDATE ON claims", 'AFTER UPDATE OF "quote", "value_text", "claimant", "entity" ON claims'))
    columns = db["claim_features"].columns_dict
    for name in ("coarse", "country_key", "bucket"):
        if name not in columns:
            db["claim_features"].add_column(name, int)


# --- m020-m029: review and decisions (editors, decision details, review views) ---


@migrations()
def m020_editors(db: Database) -> None:
    """Editors who may write decisions; the password only as a salted scrypt hash (reconcile.auth)."""
    db["editors"].create(
        {"name": str, "password_hash": str, "active": int, "created_at": str, "changed_at": str},
        pk="name",
        not_null={"password_hash", "active"},
        defaults={"active": 1},
        if_not_exists=True,
    )


@migrations()
def m021_decision_detail(db: Database) -> None:
    """Decisions: ``detail`` (JSON) for merge/split parameters; an index for latest-per-target."""
    if "detail" not in db["decisions"].columns_dict:
        db["decisions"].add_column("detail", str)
    db["decisions"].create_index(["target", "kind", "victims"], if_not_exists=True)


@migrations()
def m022_review_views(db: Database) -> None:
    """The review views (latest_decisions, conflict_review, reconciled): see reconcile.decisions."""
    from .decisions import ensure_views

    ensure_views(db)


@migrations()
def m023_claim_lineage(db: Database) -> None:
    """Old claim id -> new claim id when a report is replaced or re-extracted (reconcile.lineage)."""
    from .lineage import ensure_table

    ensure_table(db)


@migrations()
def m024_claim_recalled(db: Database) -> None:
    """claims.recalled: the claim's clause tells of another incident than its report's own (it was a
    ``+recalled`` suffix of ``extractor``, which now names only the rule)."""
    if "recalled" not in db["claims"].columns_dict:
        db["claims"].add_column("recalled", int, not_null_default=0)
        db.execute("update claims set recalled = 1, extractor = substr(extractor, 1, length(extractor) - 9) "
                   "where extractor like '%+recalled'")


def apply(db: Database) -> list[str]:
    """Apply pending migrations; return the names applied."""
    pending = [m.name for m in migrations.pending(db)]
    migrations.apply(db)
    return pending
