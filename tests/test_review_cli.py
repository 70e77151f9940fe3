"""CLI twins: editor add/list/remove, decide, decisions export/import, through click's runner."""

from __future__ import annotations

import yaml
from click.testing import CliRunner
from review_helpers import build_review_desk, market, query

from reconcile.auth import check_login
from reconcile.cli import cli


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def test_editor_add_reads_password_from_stdin(tmp_path):
    db = build_review_desk(tmp_path, editor=False)
    r = run("editor", "add", "ben", "--db", db, input="a fine passphrase\n")
    assert r.exit_code == 0, r.output
    assert "added editor ben" in r.output
    assert check_login(db, "ben", "a fine passphrase")
    stored = query(db, "select password_hash from editors where name = 'ben'")[0]["password_hash"]
    assert "a fine passphrase" not in stored
    r = run("editor", "add", "ben", "--db", db, input="another passphrase\n")
    assert r.exit_code == 1 and "exists" in r.output
    r = run("editor", "add", "ben", "--replace", "--db", db, input="another passphrase\n")
    assert r.exit_code == 0 and check_login(db, "ben", "another passphrase")
    r = run("editor", "list", "--db", db)
    assert r.output.startswith("ben\tactive")
    assert run("editor", "remove", "ben", "--db", db).exit_code == 0
    assert "removed" in run("editor", "list", "--db", db).output


def test_editor_add_refuses_empty_or_short_password_and_bad_names(tmp_path):
    db = build_review_desk(tmp_path, editor=False)
    assert run("editor", "add", "ben", "--db", db, input="\n").exit_code == 1
    assert run("editor", "add", "ben", "--db", db, input="short\n").exit_code == 1
    assert run("editor", "add", "<b>", "--db", db, input="a fine passphrase\n").exit_code == 1
    assert run("editor", "add", "ben", "--db", tmp_path / "missing.db", input="a fine passphrase\n").exit_code == 1
    assert query(db, "select count(*) as n from editors")[0]["n"] == 0


def test_decide_needs_an_editor_and_a_rationale(tmp_path):
    db = build_review_desk(tmp_path)
    m = market(db)
    base = ["decide", "prefer", f"event:{m['event']}", "--kind", "killed", "--victims", "people",
            "--claim", m["official"], "--db", db]
    assert run(*base, "--editor", "ana").exit_code == 2  # no rationale
    r = run(*base, "--editor", "mallory", "-r", "why not")
    assert r.exit_code == 1 and "not an active editor" in r.output
    r = run(*base, "--editor", "ana", "-r", "officials' count")
    assert r.exit_code == 0 and "decision 1: prefer" in r.output
    r = run("decide", "value", f"event:{m['event']}", "--kind", "killed", "--victims", "people", "--low", "10",
            "--open", "--editor", "ana", "-r", "at least ten", "--db", db)
    assert r.exit_code == 0
    rec = query(db, "select * from reconciled where event_id = ? and kind = 'killed'", [m["event"]])[0]
    assert (rec["value_low"], rec["value_high"], rec["decided_by"]) == (10, None, "editor")
    r = run("decide", "deprecate", "claim:nope", "--editor", "ana", "-r", "x", "--db", db)
    assert r.exit_code == 1 and "no claim" in r.output


def test_decisions_export_import_files(tmp_path):
    db = build_review_desk(tmp_path)
    m = market(db)
    run("decide", "deprecate", f"claim:{m['perpetrator']}", "--editor", "ana", "-r", "boast", "--db", db)
    out = tmp_path / "decisions.yaml"
    r = run("decisions", "export", out, "--db", db)
    assert r.exit_code == 0 and "1 decisions" in r.output
    data = yaml.safe_load(out.read_text())
    assert data["decisions"][0]["target"] == f"claim:{m['perpetrator']}"
    (tmp_path / "other").mkdir()
    other = build_review_desk(tmp_path / "other")
    r = run("decisions", "import", out, "--db", other)
    assert r.exit_code == 0 and "1 decisions imported, 0 already" in r.output
    assert query(other, "select status from claims where id = ?", [m["perpetrator"]])[0]["status"] == "deprecated"
    bad = tmp_path / "bad.json"
    bad.write_text('{"decisions": [{"target": "claim:x"}]}')
    assert run("decisions", "import", bad, "--db", other).exit_code == 1
