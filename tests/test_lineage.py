"""Decisions follow their claims when a report is re-extracted or replaced by a corrected text."""

from __future__ import annotations

import json
import subprocess

from review_helpers import EDITOR, RECONCILE, build_review_desk, decide, ingest_more, market, query

from reconcile import decisions, lineage
from reconcile.models import claim_id
from reconcile.pipeline import refresh
from reconcile.store import open_db

REPORT = "eastern-gazette-2022-03-15-jalalabad-market.md"



def age_claim(path, cid: str, *, victims="same") -> str:
    """Rewrite one claim as an older extractor stored it: a span on the number only (and,
    with ``victims``, another victim group), hence another id.  Returns that old id."""
    db = open_db(path)
    with db.atomic():
        row = next(db.query("select * from claims where id = ?", [cid]))
        first = row["value_text"].split()[0] if row["value_text"] else "x"
        end = row["span_start"] + len(first)
        victims = row["victims"] if victims == "same" else victims
        old = {**row, "id": claim_id(row["source_id"], row["kind"], row["span_start"], end, victims),
               "span_end": end, "victims": victims, "value_text": first, "event_id": row["event_id"]}
        db.execute("delete from conflicts where claim_a = ? or claim_b = ?", [cid, cid])
        db.execute("delete from claims where id = ?", [cid])
        db["claims"].insert(old)
        refresh(db, [row["source_id"]])
    db.close()
    return old["id"]


def reextract(path, *ids) -> str:
    run = subprocess.run([*RECONCILE, "reextract", *ids, "--db", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return run.stdout


def reconciled_people(path, event) -> dict:
    rows = query(path, "select * from reconciled where event_id = ? and kind = 'killed' and victims = 'people'", [event])
    assert len(rows) == 1, rows
    return rows[0]


def effects(path, official, perpetrator, event):
    conflict = query(path, "select review from conflict_review where claim_a in (?, ?) and claim_b in (?, ?)",
                     [official, perpetrator] * 2)
    rec = reconciled_people(path, event)
    return (query(path, "select status from claims where id = ?", [official])[0]["status"],
            [c["review"] for c in conflict], rec["decided_by"], rec["value_low"], rec["editor_rationale"])


def test_reextract_carries_decisions_to_the_claim_found_again_with_a_new_span(tmp_path):
    path = build_review_desk(tmp_path)
    m = market(path)
    legacy = age_claim(path, m["official"])
    assert legacy != m["official"]
    event = query(path, "select event_id from claims where id = ?", [legacy])[0]["event_id"]
    assert event == m["event"]
    conflict = query(path, "select id from conflicts where claim_a in (?, ?) and claim_b in (?, ?)",
                     [legacy, m["perpetrator"]] * 2)[0]["id"]
    decide(path, target=f"event:{event}", action="prefer", kind="killed", victims="people",
           preferred_claim_id=legacy, rationale="health officials on site")
    decide(path, target=f"conflict:{conflict}", action="resolve", rationale="the group's boast")
    assert effects(path, legacy, m["perpetrator"], event) == ("preferred", ["resolved"], "editor", 9,
                                                               "health officials on site")

    out = reextract(path)
    assert "1 re-keyed" in out and "2 decisions carried over" in out, out
    assert not query(path, "select id from claims where id = ?", [legacy])
    assert query(path, "select event_id from claims where id = ?", [m["official"]])[0]["event_id"] == event
    assert effects(path, m["official"], m["perpetrator"], event) == ("preferred", ["resolved"], "editor", 9,
                                                                      "health officials on site")
    lineage_rows = query(path, "select old_id, new_id, reason from claim_lineage")
    assert lineage_rows == [{"old_id": legacy, "new_id": m["official"], "reason": "re-extracted"}]
    # append-only: the editor's two rows are still there, and the carried rows point back at them
    rows = query(path, "select * from decisions order by id")
    assert [r["action"] for r in rows] == ["prefer", "resolve", "prefer", "resolve"]
    assert rows[0]["preferred_claim_id"] == legacy and rows[2]["preferred_claim_id"] == m["official"]
    assert [json.loads(r["detail"])["carried_from"] for r in rows[2:]] == [1, 2]
    assert {r["actor"] for r in rows} == {EDITOR} and rows[2]["decided_at"] == rows[0]["decided_at"]

    assert "0 changed" in reextract(path)  # a second run finds nothing to do
    assert len(query(path, "select id from decisions")) == 4


def test_a_victim_group_now_named_moves_the_choice_to_that_group(tmp_path):
    path = build_review_desk(tmp_path)
    m = market(path)
    legacy = age_claim(path, m["official"], victims=None)
    event = query(path, "select event_id from claims where id = ?", [legacy])[0]["event_id"]
    decide(path, target=f"event:{event}", action="prefer", kind="killed", victims=None,
           preferred_claim_id=legacy, rationale="health officials on site")
    reextract(path)
    carried = query(path, "select victims, preferred_claim_id from decisions order by id desc limit 1")[0]
    assert carried == {"victims": "people", "preferred_claim_id": m["official"]}
    assert effects(path, m["official"], m["perpetrator"], event)[2:4] == ("editor", 9)


def test_a_rank_and_a_split_follow_and_the_split_event_keeps_its_id(tmp_path):
    path = build_review_desk(tmp_path)
    m = market(path)
    legacy = age_claim(path, m["perpetrator"])
    split = decide(path, target=f"event:{m['event']}", action="split",
                   detail=json.dumps({"claims": [legacy]}), rationale="another attack")
    decide(path, target=f"claim:{legacy}", action="deprecate", rationale="propaganda")
    split_event = decisions.split_event_id(split.id, m["event"])
    assert query(path, "select status, event_id from claims where id = ?", [legacy])[0] == {
        "status": "deprecated", "event_id": split_event}

    assert "2 decisions carried over" in reextract(path)
    row = query(path, "select status, event_id from claims where id = ?", [m["perpetrator"]])[0]
    assert row == {"status": "deprecated", "event_id": split_event}
    assert not query(path, "select id from events where id != ? and label like '%(split)'", [split_event])


def test_unchanged_desk_and_hand_entered_claims_are_left_alone(tmp_path):
    path = build_review_desk(tmp_path)
    m = market(path)
    before = query(path, "select * from claims order by id")
    out = reextract(path)
    assert "0 changed" in out and "0 decisions" in out, out
    assert query(path, "select * from claims order by id") == before
    assert query(path, "select extractor from claims where id = ?", [m["hostile"]])[0]["extractor"] == "manual"


def test_unknown_source_id_is_an_error_and_changes_nothing(tmp_path):
    path = build_review_desk(tmp_path)
    before = query(path, "select * from claims order by id")
    run = subprocess.run([*RECONCILE, "reextract", "snope", "--db", str(path)], capture_output=True, text=True)
    assert run.returncode == 1 and "snope: no report with this id on the desk" in run.stderr
    assert query(path, "select * from claims order by id") == before


def test_a_corrected_report_keeps_the_editors_choice_on_the_same_words(tmp_path):
    path = build_review_desk(tmp_path)
    m = market(path)
    decide(path, target=f"event:{m['event']}", action="prefer", kind="killed", victims="people",
           preferred_claim_id=m["official"], rationale="health officials on site")
    report = tmp_path / "review_fixtures" / "reports" / REPORT
    text = report.read_text(encoding="utf-8")
    corrected = text.replace("on Monday afternoon.", "on Monday afternoon.\n\nCorrection: an earlier version "
                             "of this report misspelled the name of the province.")
    assert corrected != text
    report.write_text(corrected, encoding="utf-8")
    ingest_more(path, report)

    new = query(path, "select c.id, c.span_start, c.event_id, c.status from claims c join sources s on s.id = "
                      "c.source_id where s.origin like ? and c.kind = 'killed'", [f"%{REPORT}"])
    assert len(new) == 1 and new[0]["id"] != m["official"]
    assert new[0]["status"] == "preferred" and new[0]["event_id"] == m["event"]
    rec = reconciled_people(path, m["event"])
    assert (rec["decided_by"], rec["value_low"], rec["editor_claim"]) == ("editor", 9, new[0]["id"])
    assert query(path, "select reason from claim_lineage where old_id = ?", [m["official"]]) == [
        {"reason": "report replaced"}]


def test_a_corrected_figure_is_not_carried_over(tmp_path):
    """Other words are another claim: the editor's choice is not moved onto them."""
    path = build_review_desk(tmp_path)
    m = market(path)
    decide(path, target=f"event:{m['event']}", action="prefer", kind="killed", victims="people",
           preferred_claim_id=m["official"], rationale="health officials on site")
    report = tmp_path / "review_fixtures" / "reports" / REPORT
    report.write_text(report.read_text(encoding="utf-8").replace("9 people were killed", "11 people were killed"),
                      encoding="utf-8")
    ingest_more(path, report)
    assert len(query(path, "select id from decisions")) == 1
    rec = reconciled_people(path, m["event"])
    assert rec["decided_by"] == "consensus" and "no longer in this group" in rec["editor_note"]


def test_match_prefers_same_victims_then_overlap():
    text = "Officials said 9 people were killed and 4 police were killed."
    old = [{"id": "o1", "kind": "killed", "span_start": 15, "span_end": 16, "victims": None}]
    new = [{"id": "n1", "kind": "killed", "span_start": 15, "span_end": 35, "victims": "people"},
           {"id": "n2", "kind": "killed", "span_start": 40, "span_end": 61, "victims": "police"},
           {"id": "n3", "kind": "injured", "span_start": 15, "span_end": 35, "victims": "people"}]
    assert lineage.match(old, text, new, text) == {"o1": "n1"}
    shifted = "Update. " + text
    moved = [{**n, "span_start": n["span_start"] + 8, "span_end": n["span_end"] + 8} for n in new]
    old_full = [{**new[1], "id": "o2"}]
    assert lineage.match(old_full, text, moved, shifted) == {"o2": "n2"}
