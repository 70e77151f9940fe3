"""Helpers of the review tests: a desk built from tests/review_fixtures through the real ingest."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx

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


def decide(path: Path, **kw):
    """Record one decision by the test editor (rationale "checked" unless given) through the real API."""
    from reconcile.decisions import record

    db = open_db(path)
    try:
        return record(db, {"actor": EDITOR, "rationale": "checked", **kw})
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


RECONCILE = [str(Path(sys.executable).parent / "reconcile")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`reconcile serve` in a subprocess on a free loopback port; stop() ends it."""

    def __init__(self, db: Path):
        self.db, self.port = db, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if k != "DATASETTE_SECRET"}
        self.log = db.parent / f"serve-{self.port}.log"
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen([*RECONCILE, "serve", "--db", str(db), "--port", str(self.port)],
                                         stdout=log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(self.log.read_text(errors="replace"))
            try:
                httpx.get(self.url + "/-/versions.json", timeout=1)
                return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("server did not start")

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


