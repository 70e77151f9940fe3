"""The schema is built only through migrations; the public names are a contract."""

import sqlite3

import pytest
from sqlite_utils import Database

from reconcile import migrations
from reconcile.store import open_db

# DESIGN.md: fact-checkers write SQL against these names.
PUBLIC = {
    "sources": "id origin title publisher author url published text sha256 ingested_at copy_of",
    "claims": "id source_id kind value_low value_high qualifier value_text victims entity quote span_start "
              "span_end claimant claimant_role event_date date_precision place event_id subject extractor status",
    "events": "id label date_start date_end place admin1 country event_type perpetrator",
    "conflicts": "id event_id subject kind claim_a claim_b severity note",
    "decisions": "id target kind preferred_claim_id value_low value_high rationale actor decided_at",
}
# Columns Datasette facets, sorts or joins on must be indexed.
INDEXED = {
    "claims": ["source_id", "kind", "claimant_role", "place", "status", "event_id", "subject"],
    "conflicts": ["event_id", "claim_a", "claim_b", "kind", "severity"],
    "events": ["date_start", "place", "country"],
    "sources": ["publisher", "published", "sha256"],
    "decisions": ["target", "decided_at"],
}


def test_final_schema_has_every_public_column(tmp_path):
    db = open_db(tmp_path / "desk.db")
    for table, columns in PUBLIC.items():
        assert set(columns.split()) <= set(db[table].columns_dict), table
    assert [m.name for m in migrations.migrations.applied(db)] == [m.name for m in migrations.migrations._migrations]


@pytest.mark.parametrize("table, columns", INDEXED.items())
def test_faceted_and_joined_columns_are_indexed(tmp_path, table, columns):
    db = open_db(tmp_path / "desk.db")
    indexed = {tuple(i.columns)[0] for i in db[table].indexes}
    assert set(columns) <= indexed


def test_wal_and_foreign_keys(tmp_path):
    db = open_db(tmp_path / "desk.db")
    assert db.journal_mode == "wal"
    assert db.execute("pragma foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        db["claims"].insert({"id": "c", "source_id": "missing", "kind": "killed", "quote": "q",
                             "span_start": 0, "span_end": 1, "extractor": "manual"})


def test_reopening_applies_nothing_twice_and_keeps_decisions(tmp_path):
    path = tmp_path / "desk.db"
    db = open_db(path)
    db["decisions"].insert({"target": "event:e1", "action": "prefer", "rationale": "hospital list",
                            "actor": "editor", "decided_at": "2026-01-01T00:00:00+00:00"})
    db.close()
    again = open_db(path)
    assert migrations.apply(again) == []
    assert [r["rationale"] for r in again["decisions"].rows] == ["hospital list"]


def test_upgrade_from_the_first_release_keeps_decisions(tmp_path):
    """A desk built by m001 alone is upgraded in place by every later migration."""
    path = tmp_path / "old.db"
    old = Database(path)
    first, *later = [m.name for m in migrations.migrations._migrations]
    if later:
        migrations.migrations.apply(old, stop_before=later[0])
    else:
        migrations.migrations.apply(old)
    assert [m.name for m in migrations.migrations.applied(old)] == [first]
    old["decisions"].insert({"target": "event:e1", "action": "prefer", "rationale": "kept",
                             "actor": "editor", "decided_at": "2026-01-01T00:00:00+00:00"})
    old.close()
    upgraded = open_db(path)
    assert [m.name for m in migrations.migrations.applied(upgraded)] == [first, *later]
    assert [r["rationale"] for r in upgraded["decisions"].rows] == ["kept"]
