"""Shared fixtures: desks built from the reports in tests/fixtures through the real ingest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reconcile.ingest import ingest
from reconcile.store import open_db

FIXTURES = Path(__file__).parent / "fixtures"


def build_desk(db_path: Path, *paths, manifest=None):
    db = open_db(db_path)
    try:
        return ingest(db, [str(p) for p in paths], manifest)
    finally:
        db.close()


@pytest.fixture
def fixtures(tmp_path) -> Path:
    """A private copy of tests/fixtures, so a test may add or change files."""
    target = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, target)
    return target


@pytest.fixture
def desk(tmp_path, fixtures) -> Path:
    """desk.db built from the fixture reports (with their manifest) and claim files."""
    path = tmp_path / "desk.db"
    result = build_desk(path, fixtures / "reports", fixtures / "claims", manifest=fixtures / "reports" / "sources.csv")
    assert result.errors == []
    return path
