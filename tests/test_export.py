"""`reconcile export`: reconciled values with provenance as CSV and JSON; ClaimReview JSON-LD."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from review_helpers import EDITOR, build_review_desk, market, query

from reconcile.cli import cli
from reconcile.decisions import record
from reconcile.export import export
from reconcile.store import open_db


@pytest.fixture
def decided(tmp_path):
    path = build_review_desk(tmp_path)
    m = market(path)
    db = open_db(path)
    record(db, {"target": f"event:{m['event']}", "action": "prefer", "kind": "killed", "victims": "people",
                "preferred_claim_id": m["official"], "rationale": "officials' count", "actor": EDITOR})
    record(db, {"target": f"claim:{m['perpetrator']}", "action": "deprecate", "rationale": "boast", "actor": EDITOR})
    db.close()
    return path, m


def test_csv_has_reconciled_value_and_provenance(decided):
    path, m = decided
    rows = list(csv.DictReader(io.StringIO(export(open_db(path), "csv"))))
    killed = [r for r in rows if r["event_id"] == m["event"] and r["kind"] == "killed"]
    assert len(killed) == 1
    row = killed[0]
    assert (row["value_low"], row["value_high"], row["decided_by"], row["editor"]) == ("9", "9", "editor", EDITOR)
    assert row["consensus_low"] == "9" and row["editor_claim"] == m["official"]
    assert m["official"] in row["claim_ids"] and m["perpetrator"] in row["claim_ids"]
    assert "Eastern Gazette: Suicide bombing at Jalalabad market (2022-03-15)" in row["sources"]
    assert "Provincial health officials: 9 people were killed" in row["evidence"]
    # every group of the desk is there, decided or not
    assert {r["kind"] for r in rows} >= {"killed", "injured", "attribution", "strength"}


def test_json_claims_carry_exact_evidence(decided):
    path, m = decided
    data = json.loads(export(open_db(path), "json"))["reconciled"]
    group = next(g for g in data if g["event_id"] == m["event"] and g["kind"] == "killed")
    for c in group["claims"]:
        src = query(path, "select text from sources where id = ?", [c["source"]["id"]])[0]["text"]
        assert src[c["span"][0]:c["span"][1]] == c["evidence"]
    assert {c["status"] for c in group["claims"]} == {"preferred", "deprecated", "normal"}


def test_claimreview_jsonld(decided):
    path, m = decided
    reviews = json.loads(export(open_db(path), "claimreview", base_url="https://desk.example/desk"))
    assert reviews and all(r["@type"] == "ClaimReview" and r["@context"] == "https://schema.org" for r in reviews)
    by_claim = {r["identifier"]: r for r in reviews}
    assert by_claim[m["official"]]["reviewRating"]["ratingValue"] == 5
    assert by_claim[m["perpetrator"]]["reviewRating"]["alternateName"] == "Deprecated by the editor"
    assert by_claim[m["hostile"]]["reviewRating"]["alternateName"] == "Consistent with the reconciled figure"
    official = by_claim[m["official"]]
    assert official["itemReviewed"]["appearance"]["publisher"]["name"] == "Eastern Gazette"
    assert official["url"] == f"https://desk.example/desk/-/event/{m['event']}#claim-{m['official']}"
    assert "officials' count" in official["reviewBody"]
    assert all(v is not None for r in reviews for v in r.values())


def test_export_cli_writes_files(decided, tmp_path):
    path, _ = decided
    for fmt in ("csv", "json", "claimreview"):
        out = tmp_path / f"out.{fmt}"
        r = CliRunner().invoke(cli, ["export", "-f", fmt, "-o", str(out), "--db", str(path)])
        assert r.exit_code == 0, r.output
        assert out.stat().st_size > 100
    r = CliRunner().invoke(cli, ["export", "--db", str(path)])
    assert r.output.startswith("event_id,event_label")


def test_csv_cells_that_would_be_formulas_are_neutralised(tmp_path):
    from reconcile.export import _cell

    assert _cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert _cell("@SUM(A1)") == "'@SUM(A1)"
    assert _cell("plain") == "plain" and _cell(12) == 12
