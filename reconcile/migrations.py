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


def apply(db: Database) -> list[str]:
    """Apply pending migrations; return the names applied."""
    pending = [m.name for m in migrations.pending(db)]
    migrations.apply(db)
    return pending


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
