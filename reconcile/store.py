"""Opening the desk database and writing sources and claims to it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlite_utils import Database

from . import lineage, migrations
from .models import Claim, Source

DEFAULT_DB = Path("db") / "claims.db"


def open_db(path: str | Path, *, create: bool = True) -> Database:
    """Open (and migrate) the desk at ``path``: WAL, foreign keys on."""
    path = Path(path)
    if not create and not path.exists():
        raise FileNotFoundError(f"{path}: no such desk database")
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(path)
    db.enable_wal()
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db)
    return db


def source_ids_by_sha(db: Database) -> dict[str, str]:
    return {row["sha256"]: row["id"] for row in db.query("select id, sha256 from sources")}


def delete_source(db: Database, source_id: str) -> None:
    """Remove a source and everything derived from it (decisions stay: append-only)."""
    claim_ids = [r["id"] for r in db.query("select id from claims where source_id = ?", [source_id])]
    if claim_ids:
        marks = ",".join("?" * len(claim_ids))
        db.execute(f"delete from conflicts where claim_a in ({marks}) or claim_b in ({marks})", claim_ids * 2)
        db.execute(f"delete from claims where id in ({marks})", claim_ids)
    db.execute("update sources set copy_of = null where copy_of = ?", [source_id])
    db.execute("delete from sources where id = ?", [source_id])


def write_source(db: Database, source: Source, claims: Iterable[Claim]) -> bool:
    """Write one source and its claims. Returns False when it was already there unchanged.

    A source whose origin was ingested before with other text replaces the old one
    (a corrected or updated report); its old claims go with it.
    """
    if db["sources"].count_where("id = ?", [source.id]):
        return False
    rows = [c.model_dump() for c in claims]
    mapping: dict[str, str] = {}
    named: dict[str, tuple[str, str]] = {}
    for row in list(db.query("select id, text from sources where origin = ?", [source.origin])):
        old = list(db.query("select * from claims where source_id = ?", [row["id"]]))
        named.update(lineage.conflicts_named(db, [c["id"] for c in old]))
        mapping.update(lineage.follow(old, row["text"], rows, source.text))
        delete_source(db, row["id"])
    db["sources"].insert(source.model_dump())
    if rows:
        db["claims"].insert_all(rows, pk="id", ignore=True)
    # the editors' decisions on the old report's claims follow them to the corrected report
    lineage.settle(db, mapping, source_id=source.id, reason="report replaced", conflicts=named)
    return True
