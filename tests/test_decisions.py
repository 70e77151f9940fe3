"""Decisions: append-only rows, latest wins, effects re-applied after ingest and re-clustering."""

from __future__ import annotations

import json

import pytest
from review_helpers import EDITOR, build_review_desk, decide, ingest_more, market, query

from reconcile import decisions
from reconcile.decisions import DecisionError
from reconcile.pipeline import refresh
from reconcile.store import open_db


@pytest.fixture
def desk(tmp_path):
    path = build_review_desk(tmp_path)
    return path, market(path)



def status(path, claim_id):
    return query(path, "select status from claims where id = ?", [claim_id])[0]["status"]


def reconciled(path, event_id, kind="killed"):
    rows = query(path, "select * from reconciled where event_id = ? and kind = ?", [event_id, kind])
    assert len(rows) == 1, rows
    return rows[0]


def test_prefer_marks_claim_and_reconciled_shows_editor_above_consensus(desk):
    path, m = desk
    before = reconciled(path, m["event"])
    assert before["decided_by"] == "consensus" and before["consensus_low"] == 9
    d = decide(path, target=f"event:{m['event']}", action="prefer", kind="killed", victims="people",
               preferred_claim_id=m["perpetrator"], rationale="testing the override")
    assert d.id == 1 and d.actor == EDITOR and d.decided_at.endswith("+00:00")
    assert status(path, m["perpetrator"]) == "preferred"
    after = reconciled(path, m["event"])
    assert (after["decided_by"], after["value_low"], after["value_high"]) == ("editor", 60, 60)
    assert after["consensus_low"] == 9  # the computed consensus is still there, below the choice
    assert after["editor"] == EDITOR and after["editor_rationale"] == "testing the override"


def test_latest_decision_wins_and_history_is_kept(desk):
    path, m = desk
    target = {"target": f"event:{m['event']}", "kind": "killed", "victims": "people"}
    decide(path, action="prefer", preferred_claim_id=m["perpetrator"], **target)
    decide(path, action="prefer", preferred_claim_id=m["official"], **target)
    assert status(path, m["perpetrator"]) == "normal"
    assert status(path, m["official"]) == "preferred"
    decide(path, action="value", value_low=10, value_high=12, **target)
    rec = reconciled(path, m["event"])
    assert (rec["decided_by"], rec["value_low"], rec["value_high"], rec["editor_claim"]) == ("editor", 10, 12, None)
    assert status(path, m["official"]) == "normal"
    decide(path, action="clear", **target)
    assert reconciled(path, m["event"])["decided_by"] == "consensus"
    rows = query(path, "select id, action, preferred_claim_id from decisions order by id")
    assert [r["action"] for r in rows] == ["prefer", "prefer", "value", "clear"]
    assert rows[0]["preferred_claim_id"] == m["perpetrator"]  # the first row was never updated


@pytest.mark.parametrize("bad, message", [
    ({"action": "prefer", "kind": "killed", "victims": "people", "rationale": "   "}, "rationale"),
    ({"action": "prefer", "kind": "injured", "victims": "people"}, "is not a injured claim"),
    ({"action": "prefer", "kind": "killed", "victims": "police"}, "is not a killed claim"),
    ({"action": "value", "kind": "attribution"}, "takes no number"),
    ({"action": "value", "kind": "killed"}, "a value"),
    ({"action": "launch", "kind": "killed"}, "unknown action"),
    ({"action": "deprecate"}, "needs a target of type claim"),
])
def test_bad_decisions_refused_and_nothing_written(desk, bad, message):
    path, m = desk
    data = {"target": f"event:{m['event']}", "preferred_claim_id": m["official"], **bad}
    with pytest.raises(DecisionError, match=message):
        decide(path, **data)
    assert query(path, "select count(*) as n from decisions")[0]["n"] == 0


def test_unknown_targets_refused(desk):
    path, _m = desk
    for target, action in [("event:nope", "merge"), ("claim:nope", "deprecate"), ("conflict:nope", "resolve"),
                           ("subject:nope", "clear"), ("nonsense", "resolve")]:
        with pytest.raises(DecisionError):
            decide(path, target=target, action=action, kind="killed")


def test_deprecate_changes_rank_and_consensus(desk):
    path, m = desk
    cons = lambda: query(path, "select * from consensus where event_id = ? and kind = 'killed'", [m["event"]])[0]
    before = cons()
    assert (before["n_sources"], before["grade"]) == (2, "corroborated")
    decide(path, target=f"claim:{m['official']}", action="deprecate", rationale="figure misread")
    assert status(path, m["official"]) == "deprecated"
    assert (cons()["n_sources"], cons()["grade"]) == (1, "single source")
    decide(path, target=f"claim:{m['official']}", action="restore", rationale="re-read: it was right")
    assert status(path, m["official"]) == "normal"
    assert (cons()["n_sources"], cons()["grade"]) == (2, "corroborated")


def test_resolve_and_reopen_conflict(desk):
    path, m = desk
    k = m["conflicts"][0]
    review = lambda: query(path, "select review, reviewed_by from conflict_review where id = ?", [k])[0]
    assert review()["review"] == "open"
    decide(path, target=f"conflict:{k}", action="resolve", rationale="perpetrator boast")
    assert review() == {"review": "resolved", "reviewed_by": EDITOR}
    decide(path, target=f"conflict:{k}", action="unresolve", rationale="new evidence")
    assert review()["review"] == "open"


def _decide_everything(path, m):
    decide(path, target=f"event:{m['event']}", action="prefer", kind="killed", victims="people",
           preferred_claim_id=m["official"], rationale="health officials on site")
    decide(path, target=f"claim:{m['perpetrator']}", action="deprecate", rationale="propaganda figure")
    decide(path, target=f"conflict:{m['conflicts'][0]}", action="resolve", rationale="boast")


def _effects(path, m):
    return (status(path, m["official"]), status(path, m["perpetrator"]),
            reconciled(path, m["event"])["decided_by"], reconciled(path, m["event"])["value_low"],
            query(path, "select review from conflict_review where id = ?", [m["conflicts"][0]])[0]["review"])


EXPECTED = ("preferred", "deprecated", "editor", 9, "resolved")


def test_decisions_survive_reingest_new_reports_and_reclustering(desk):
    path, m = desk
    _decide_everything(path, m)
    assert _effects(path, m) == EXPECTED
    root = path.parent / "review_fixtures"
    ingest_more(path, root / "reports")  # the same reports again: nothing changes
    assert _effects(path, m) == EXPECTED
    ingest_more(path, root / "later")  # a new report about the same market bombing
    assert market(path)["event"] == m["event"]  # ids stay stable
    assert _effects(path, m) == EXPECTED
    db = open_db(path)
    with db.atomic():
        refresh(db, None)  # a full re-clustering
    db.close()
    assert _effects(path, m) == EXPECTED
    assert query(path, "select count(*) as n from decisions")[0]["n"] == 3


def test_decisions_survive_schema_upgrade(desk):
    """Views are rebuilt by migrations and reapply; the decisions table is never touched."""
    path, m = desk
    _decide_everything(path, m)
    db = open_db(path)
    db.execute("drop view reconciled")
    db.execute("delete from _sqlite_migrations where name = 'm022_review_views'")
    db.conn.commit()
    db.close()
    db = open_db(path)  # migrations run again
    db.close()
    assert _effects(path, m) == EXPECTED


def test_reapply_is_idempotent(desk):
    path, m = desk
    _decide_everything(path, m)
    snapshot = lambda: query(path, "select id, status, event_id from claims order by id")
    first = snapshot()
    db = open_db(path)
    with db.atomic():
        decisions.reapply(db)
        decisions.reapply(db)
    db.close()
    assert snapshot() == first


def test_merge_and_split_are_honoured_after_reclustering(desk):
    path, m = desk
    kabul = query(path, "select event_id from claims where place = 'Kabul' and kind = 'killed'")[0]["event_id"]
    kabul_claims = {r["id"] for r in query(path, "select id from claims where event_id = ?", [kabul])}
    decide(path, target=f"event:{m['event']}", action="merge", detail=json.dumps({"from": kabul}),
           rationale="same night, same attackers (test)")
    in_market = {r["id"] for r in query(path, "select id from claims where event_id = ?", [m["event"]])}
    assert kabul_claims <= in_market
    assert not query(path, "select id from events where id = ?", [kabul])
    split = decide(path, target=f"event:{m['event']}", action="split",
                   detail=json.dumps({"claims": [m["perpetrator"]]}), rationale="the boast is about another attack")
    new_event = decisions.split_event_id(split.id, m["event"])
    assert query(path, "select event_id from claims where id = ?", [m["perpetrator"]])[0]["event_id"] == new_event
    assert query(path, "select label from events where id = ?", [new_event])[0]["label"].endswith("(split)")
    # the split-off perpetrator claim no longer conflicts with the officials' figure
    pairs = query(path, "select claim_a, claim_b from conflicts where event_id = ?", [m["event"]])
    assert all(m["perpetrator"] not in (p["claim_a"], p["claim_b"]) for p in pairs)
    db = open_db(path)
    with db.atomic():
        refresh(db, None)
    db.close()
    assert query(path, "select event_id from claims where id = ?", [m["perpetrator"]])[0]["event_id"] == new_event
    in_market = {r["id"] for r in query(path, "select id from claims where event_id = ?", [m["event"]])}
    assert kabul_claims <= in_market


def test_split_needs_some_but_not_all_claims(desk):
    path, m = desk
    every = [r["id"] for r in query(path, "select id from claims where event_id = ?", [m["event"]])]
    for claims in ([], every, ["c-not-here"]):
        with pytest.raises(DecisionError, match="split"):
            decide(path, target=f"event:{m['event']}", action="split", detail=json.dumps({"claims": claims}))


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_export_import_roundtrip(tmp_path, desk, suffix):
    path, m = desk
    _decide_everything(path, m)
    out = tmp_path / f"decisions{suffix}"
    db = open_db(path)
    assert decisions.export_decisions(db, out) == 3
    db.close()
    text = out.read_text()
    assert "health officials on site" in text and "propaganda figure" in text
    fresh_dir = tmp_path / "fresh"
    fresh_dir.mkdir()
    fresh = build_review_desk(fresh_dir)
    db = open_db(fresh)
    assert decisions.import_decisions(db, out) == (3, 0)
    assert decisions.import_decisions(db, out) == (0, 3)
    db.close()
    assert _effects(fresh, m) == EXPECTED


def test_import_refuses_malformed_file(tmp_path, desk):
    path, _ = desk
    bad = tmp_path / "bad.yaml"
    bad.write_text("decisions:\n  - target: event:x\n    action: prefer\n")
    db = open_db(path)
    with pytest.raises(DecisionError, match="decision 1"):
        decisions.import_decisions(db, bad)
    assert db["decisions"].count == 0


def test_prefer_an_attribution_shows_the_entity(desk):
    path, m = desk
    claim = query(path, "select * from claims where kind = 'attribution' and event_id = ?", [m["event"]])[0]
    d = decide(path, target=f"event:{m['event']}", action="prefer", kind="attribution", victims="people",
               preferred_claim_id=claim["id"], rationale="the group's own claim, confirmed by officials")
    assert d.victims is None  # only counts have victim groups
    rec = reconciled(path, m["event"], kind="attribution")
    assert (rec["decided_by"], rec["editor_value_text"], rec["value_low"]) == ("editor", claim["entity"], None)
    assert rec["consensus_grade"] is not None  # joined to the computed consensus of the same group


def test_preferred_claim_that_leaves_its_group_falls_back_to_consensus(desk):
    path, m = desk
    decide(path, target=f"event:{m['event']}", action="prefer", kind="killed", victims="people",
           preferred_claim_id=m["perpetrator"], rationale="test")
    assert reconciled(path, m["event"])["value_low"] == 60
    split = decide(path, target=f"event:{m['event']}", action="split",
                   detail=json.dumps({"claims": [m["perpetrator"]]}), rationale="another attack")
    rec = reconciled(path, m["event"])
    assert (rec["decided_by"], rec["value_low"], rec["editor_claim"]) == ("consensus", 9, m["perpetrator"])
    assert "no longer in this group" in rec["editor_note"]
    assert split.id == 2


def test_subject_choice(desk):
    path, _ = desk
    claims = query(path, "select * from claims where subject is not null and kind = 'strength' order by event_date")
    later = claims[-1]
    decide(path, target=f"subject:{later['subject']}", action="prefer", kind="strength", victims=later["victims"],
           preferred_claim_id=later["id"], rationale="the latest UN estimate")
    rows = query(path, "select * from reconciled where subject = ? and kind = 'strength'", [later["subject"]])
    assert [(r["decided_by"], r["value_low"], r["value_high"]) for r in rows] == [
        ("editor", later["value_low"], later["value_high"])]
