"""The user's data files (gazetteer, landmarks, alias table) through the real command line: a good file
extends the desk, a bad entry stops the run with one line naming its file and entry, and nothing is written.

All report text is invented for these tests.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPORT = "KUNDUZ, 3 May 2021 - A bomb near the Qala-e-Zal Weir killed four farmers on Monday, police said.\n"


def _ingest(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    full = {**os.environ, **env}
    return subprocess.run(
        [str(Path(sys.executable).parent / "reconcile"), "ingest", "r.txt", "--db", "desk.db", "-s"],
        cwd=tmp_path, env=full, capture_output=True, text=True, timeout=120,
    )


def _sources(tmp_path: Path) -> int:
    with sqlite3.connect(tmp_path / "desk.db") as conn:
        return conn.execute("select count(*) from sources").fetchone()[0]


def test_a_users_landmark_places_the_event_in_its_town(tmp_path):
    lm = tmp_path / "lm.yaml"
    lm.write_text("landmarks:\n  - {name: Qala-e-Zal Weir, place: Kunduz}\n", encoding="utf-8")
    done = _ingest(tmp_path, RECONCILE_LANDMARKS=str(lm))
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(tmp_path / "desk.db") as conn:
        rows = conn.execute("select kind, value_low, place from claims where kind = 'killed'").fetchall()
    assert rows == [("killed", 4, "Kunduz")]


@pytest.mark.parametrize("variable, name, text, reason", [
    ("RECONCILE_LANDMARKS", "lm.yaml", "landmarks:\n  - {name: Qala-e-Zal Weir, place: Atlantis}\n",
     "landmarks entry 1 ({'name': 'Qala-e-Zal Weir', 'place': 'Atlantis'}): place 'Atlantis' is not in the gazetteer"),
    ("RECONCILE_GAZETTEER", "g.yaml", "places:\n  - {name: Qarabagh, country: Afghanistan}\n"
     "  - {name: Foo, type: town, country: Afghanistan}\n",
     "places entry 2 ({'name': 'Foo', 'type': 'town', 'country': 'Afghanistan'}): type must be one of"),
    ("RECONCILE_ALIASES", "a.yaml", "actors:\n  - {aliases: [Jund Allah]}\n", "actors entry 1 ({'aliases': ['Jund Allah']}): no id"),
    ("RECONCILE_ALIASES", "a.yaml", "actors: [unclosed\n", "cannot read actors"),
])
def test_a_bad_entry_stops_the_run_with_one_line_naming_its_file(tmp_path, variable, name, text, reason):
    bad = tmp_path / name
    bad.write_text(text, encoding="utf-8")
    done = _ingest(tmp_path, **{variable: str(bad)})
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"error: {bad}: {reason}")
    assert "r.txt" not in lines[0]  # the report is not at fault, and it is not read
    assert _sources(tmp_path) == 0
