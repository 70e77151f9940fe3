"""Helpers of the review tests: a desk built from tests/review_fixtures through the real ingest."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from reconcile.auth import add_editor
from reconcile.ingest import ingest
from reconcile.store import open_db

REVIEW_FIXTURES = Path(__file__).parent / "review_fixtures"
EDITOR, PASSWORD = "ana", "a long editor passphrase"


def build_review_desk(tmp_path: Path, *, editor: bool = True) -> Path:
    """desk.db from the four reports (and one hand-entered claim file) in review_fixtures/reports."""
    fixtures = tmp_path / "review_fixtures"
    if not fixtures.exists():
        shutil.copytree(REVIEW_FIXTURES, fixtures)
    path = tmp_path / "desk.db"
    db = open_db(path)
    try:
        result = ingest(db, [fixtures / "reports"])
        assert result.errors == [], result.errors
        if editor:
            add_editor(db, EDITOR, PASSWORD)
    finally:
        db.close()
    return path


def ingest_more(path: Path, *paths: Path) -> None:
    db = open_db(path)
    try:
        result = ingest(db, list(paths))
        assert result.errors == [], result.errors
    finally:
        db.close()


def query(path: Path, sql: str, params=()) -> list[dict]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def market(path: Path) -> dict:
    """Ids on the Jalalabad market event: the officials' 9, the perpetrator's 60, the hostile quote."""
    rows = query(path, "select * from claims where kind = 'killed' and place = 'Jalalabad' order by id")
    perp = [r for r in rows if r["claimant_role"] == "perpetrator"]
    officials = [r for r in rows if r["claimant"] == "Provincial health officials"]
    hostile = [r for r in rows if r["extractor"] == "manual"]
    assert len(perp) == 1 and len(officials) == 1 and len(hostile) == 1, rows
    event_id = officials[0]["event_id"]
    assert event_id and perp[0]["event_id"] == event_id
    conflicts = query(path, "select * from conflicts where event_id = ? order by id", [event_id])
    return {"event": event_id, "official": officials[0]["id"], "perpetrator": perp[0]["id"],
            "hostile": hostile[0]["id"], "conflicts": [c["id"] for c in conflicts]}
