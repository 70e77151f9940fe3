"""The scorer (reconcile.evaluate) on small hand-built desks, and the evaluation corpus's own checks.

The desks are real SQLite files built through the store and the public schema; nothing
here asserts what the extractor scores (those are measured figures that
``reconcile eval`` prints).
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from reconcile import store
from reconcile.evaluate import GoldError, evaluate, format_report, load_gold, main
from reconcile.models import Claim, Source, claim_id

CORPUS = Path(__file__).resolve().parent / "corpus"

TEXT = (
    "A suicide bomber killed at least 13 soldiers and wounded 20 people in Kunduz on Friday. "
    "In Kabul last year, a blast killed 7 people. "
    "In a statement, the group claimed its bomber had killed 50 worshippers. "
    "The group is led by a man called Shahab al-Muhajir."
)


def make_desk(path: Path, claims: list[dict], conflicts: list[tuple[str, str]] = (), text: str = TEXT,
              origin: str = "reports/r1.txt") -> dict[str, str]:
    """A desk with one source and the given claims; returns name -> claim id."""
    db = store.open_db(path)
    source = Source(id="s1", origin=origin, text=text, sha256="x" * 64)
    rows, ids = [], {}
    for spec in claims:
        spec = dict(spec)
        name = spec.pop("name")
        words = spec.pop("words")
        start = text.index(words)
        end = start + len(words)
        cid = claim_id("s1", spec["kind"], start, end, spec.get("victims") or name)
        ids[name] = cid
        sentence_start = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0
        sentence_end = text.find(". ", end) + 1 or len(text)
        rows.append(Claim(id=cid, source_id="s1", quote=text[sentence_start:sentence_end], span_start=start,
                          span_end=end, extractor="test", **spec))
    store.write_source(db, source, rows)
    for i, (a, b) in enumerate(conflicts):
        db["conflicts"].insert({"id": f"k{i}", "kind": "killed", "claim_a": ids[a], "claim_b": ids[b], "severity": 1.0})
    db.close()
    return ids


def write_gold(path: Path, claims: dict, **pairs) -> Path:
    gold = {"sources": {"r1": {"file": "r1.txt", "published": "2021-10-10"}}, "claims": claims}
    gold.update({k: v for k, v in pairs.items()})
    path.write_text(yaml.safe_dump(gold, sort_keys=False), encoding="utf-8")
    return path


G_SOLDIERS = {"source": "r1", "kind": "killed", "anchor": "killed at least 13 soldiers", "low": [13, 13],
              "open_high": True, "event": "kunduz"}
G_WOUNDED = {"source": "r1", "kind": "injured", "anchor": "wounded 20 people", "low": [20, 20], "high": [20, 20],
             "event": "kunduz"}
G_KABUL = {"source": "r1", "kind": "killed", "anchor": "a blast killed 7 people", "low": [7, 7], "high": [7, 7],
           "event": "kabul"}


def test_a_matching_claim_counts(tmp_path):
    db = tmp_path / "desk.db"
    make_desk(db, [{"name": "a", "words": "at least 13 soldiers", "kind": "killed", "value_low": 13}])
    result = evaluate(db, write_gold(tmp_path / "gold.yaml", {"g1": G_SOLDIERS}))
    killed = result["kinds"]["killed"]
    assert (killed["gold"], killed["found"], killed["extracted"], killed["true_pos"]) == (1, 1, 1, 1)
    assert killed["recall"] == 1.0 and killed["precision"] == 1.0
    assert result["missed"] == [] and result["false_positives"] == []


def test_a_wrong_interval_does_not_match(tmp_path):
    db = tmp_path / "desk.db"
    # "at least 13" read as exactly 13: the gold claim accepts only an open upper bound
    make_desk(db, [{"name": "a", "words": "at least 13 soldiers", "kind": "killed", "value_low": 13, "value_high": 13}])
    result = evaluate(db, write_gold(tmp_path / "gold.yaml", {"g1": G_SOLDIERS}))
    killed = result["kinds"]["killed"]
    assert killed["found"] == 0 and killed["recall"] == 0.0
    assert killed["true_pos"] == 0 and killed["precision"] == 0.0
    assert [k for k, _, _ in result["missed"]] == ["g1"]
    assert len(result["false_positives"]) == 1


def test_a_claim_of_the_wrong_kind_does_not_match(tmp_path):
    db = tmp_path / "desk.db"
    make_desk(db, [{"name": "a", "words": "wounded 20 people", "kind": "killed", "value_low": 20, "value_high": 20}])
    result = evaluate(db, write_gold(tmp_path / "gold.yaml", {"g1": G_WOUNDED}))
    assert result["kinds"]["injured"]["found"] == 0
    assert result["kinds"]["killed"]["precision"] == 0.0


def test_a_span_that_misses_the_anchor_does_not_match(tmp_path):
    db = tmp_path / "desk.db"
    # right interval, but the evidence is the Kabul sentence, whose quote lacks the anchor
    make_desk(db, [{"name": "a", "words": "killed 7 people", "kind": "killed", "value_low": 13}])
    result = evaluate(db, write_gold(tmp_path / "gold.yaml", {"g1": G_SOLDIERS}))
    assert result["kinds"]["killed"]["found"] == 0
    assert result["kinds"]["killed"]["true_pos"] == 0


def test_a_quote_containing_the_anchor_matches_even_with_a_narrow_span(tmp_path):
    db = tmp_path / "desk.db"
    make_desk(db, [{"name": "a", "words": "Kunduz", "kind": "killed", "value_low": 13}])
    result = evaluate(db, write_gold(tmp_path / "gold.yaml", {"g1": G_SOLDIERS}))
    assert result["kinds"]["killed"]["found"] == 1


def test_a_duplicate_is_no_false_positive_but_counts_once(tmp_path):
    db = tmp_path / "desk.db"
    make_desk(db, [
        {"name": "a", "words": "at least 13 soldiers", "kind": "killed", "value_low": 13},
        {"name": "b", "words": "killed at least 13", "kind": "killed", "value_low": 13, "victims": "other"},
    ])
    result = evaluate(db, write_gold(tmp_path / "gold.yaml", {"g1": G_SOLDIERS}))
    killed = result["kinds"]["killed"]
    assert (killed["found"], killed["extracted"], killed["true_pos"]) == (1, 2, 2)
    assert killed["precision"] == 1.0 and killed["recall"] == 1.0


def test_figures_are_kept_per_kind(tmp_path):
    db = tmp_path / "desk.db"
    make_desk(db, [
        {"name": "a", "words": "at least 13 soldiers", "kind": "killed", "value_low": 13},
        {"name": "b", "words": "killed 50 worshippers", "kind": "killed", "value_low": 50, "value_high": 50},
        {"name": "c", "words": "wounded 20 people", "kind": "injured", "value_low": 20, "value_high": 20},
        {"name": "d", "words": "Shahab al-Muhajir", "kind": "leader", "entity": "Shahab al-Muhajir"},
    ])
    gold = write_gold(tmp_path / "gold.yaml", {"g1": G_SOLDIERS, "g2": G_WOUNDED, "g3": G_KABUL})
    result = evaluate(db, gold)
    k = result["kinds"]
    assert (k["killed"]["gold"], k["killed"]["found"], k["killed"]["extracted"], k["killed"]["true_pos"]) == (2, 1, 2, 1)
    assert k["killed"]["recall"] == 0.5 and k["killed"]["precision"] == 0.5
    assert (k["injured"]["recall"], k["injured"]["precision"]) == (1.0, 1.0)
    # a leader claim nobody annotated is a false positive of its own kind, not of killed
    assert (k["leader"]["gold"], k["leader"]["extracted"], k["leader"]["precision"]) == (0, 1, 0.0)
    assert k["leader"]["recall"] is None and k["strength"]["precision"] is None
    # score.py's figures: recall over all core gold, precision over killed/injured/strength only
    assert result["overall"]["recall_n"] == (2, 3)
    assert result["overall"]["precision_n"] == (2, 3)


def test_optional_claims_are_neither_missed_nor_false_positives(tmp_path):
    db = tmp_path / "desk.db"
    make_desk(db, [{"name": "d", "words": "Shahab al-Muhajir", "kind": "leader", "entity": "Shahab al-Muhajir"}])
    gold = write_gold(tmp_path / "gold.yaml", {
        "g1": {"source": "r1", "kind": "leader", "anchor": "Shahab al-Muhajir", "optional": True},
        "g2": {"source": "r1", "kind": "attribution", "anchor": "the group claimed", "optional": True},
    })
    result = evaluate(db, gold)
    assert result["kinds"]["leader"] == {**result["kinds"]["leader"], "gold": 0, "optional": 1, "optional_found": 1,
                                         "extracted": 1, "true_pos": 1, "precision": 1.0, "recall": None}
    assert result["missed"] == []


def test_pairs_and_roles(tmp_path):
    db = tmp_path / "desk.db"
    ids = make_desk(db, [
        {"name": "a", "words": "at least 13 soldiers", "kind": "killed", "value_low": 13, "event_id": None},
        {"name": "c", "words": "wounded 20 people", "kind": "injured", "value_low": 20, "value_high": 20},
        {"name": "k", "words": "a blast killed 7 people", "kind": "killed", "value_low": 7, "value_high": 7},
        {"name": "p", "words": "killed 50 worshippers", "kind": "killed", "value_low": 50, "value_high": 50,
         "claimant_role": "reporter"},
    ], conflicts=[("k", "p"), ("a", "c")])
    # put a and c in one event, k and p in another
    con = store.open_db(db)
    con["events"].insert_all([{"id": "e1"}, {"id": "e2"}])
    con.execute("update claims set event_id = 'e1' where id in (?, ?)", [ids["a"], ids["c"]])
    con.execute("update claims set event_id = 'e2' where id in (?, ?)", [ids["k"], ids["p"]])
    con.conn.commit()
    con.close()
    g_perp = {"source": "r1", "kind": "killed", "anchor": "killed 50 worshippers", "low": [50, 50], "high": [50, 50],
              "event": "kabul", "claimant_role": "perpetrator"}
    gold = write_gold(tmp_path / "gold.yaml", {"g1": G_SOLDIERS, "g2": G_WOUNDED, "g3": G_KABUL, "g4": g_perp},
                      must_link=[["g1", "g2"], ["g3", "g4"], ["g1", "g3"]],
                      must_not_link=[["g1", "g3"]],
                      must_conflict=[["g3", "g4"]],
                      must_not_conflict=[["g1", "g2"], ["g1", "g3"]])
    result = evaluate(db, gold)
    p = result["pairs"]
    assert (p["link"]["ok"], p["link"]["n"], p["link"]["failed"]) == (2, 3, [("g1", "g3")])
    assert (p["no-link"]["ok"], p["no-link"]["n"]) == (1, 1)
    assert (p["conflict"]["ok"], p["conflict"]["n"]) == (1, 1)
    assert (p["no-conflict"]["ok"], p["no-conflict"]["failed"]) == (1, [("g1", "g2")])
    assert result["roles"]["perpetrator"] == {"ok": 0, "n": 1, "matched": 1, "wrong": [("g4", "reporter")]}
    table = format_report(result, verbose=True)
    assert "link failed: g1 / g3" in table and "role wrong: g4 is perpetrator, desk says reporter" in table


def test_an_attribution_to_the_wrong_actor_matches_but_is_counted_as_wrong_actor(tmp_path):
    db = tmp_path / "desk.db"
    make_desk(db, [
        {"name": "a", "words": "the group claimed", "kind": "attribution", "entity": "Taliban"},
        {"name": "d", "words": "Shahab al-Muhajir", "kind": "leader", "entity": "Shahab al-Muhajir",
         "entity_text": "Shahab al-Muhajir"},
    ])
    gold = write_gold(tmp_path / "gold.yaml", {
        "g1": {"source": "r1", "kind": "attribution", "anchor": "the group claimed", "entity": "isk", "event": "kabul"},
        "g2": {"source": "r1", "kind": "leader", "anchor": "Shahab al-Muhajir", "entity_text": "Shahab al-Mohajir",
               "subject": "isk_leader"},
    })
    result = evaluate(db, gold)
    assert result["kinds"]["attribution"]["found"] == 1  # score.py's rules ignore the actor
    assert result["entities"]["attribution"] == {"ok": 0, "n": 1, "wrong": [("g1", "Taliban")]}
    # a transliteration variant shares no exact token here ("Mohajir" vs "Muhajir") but "Shahab" does
    assert result["entities"]["leader"]["ok"] == 1


def test_an_unmatched_claim_fails_its_pairs(tmp_path):
    db = tmp_path / "desk.db"
    make_desk(db, [{"name": "a", "words": "at least 13 soldiers", "kind": "killed", "value_low": 13}])
    gold = write_gold(tmp_path / "gold.yaml", {"g1": G_SOLDIERS, "g3": G_KABUL}, must_not_link=[["g1", "g3"]],
                      must_not_conflict=[["g1", "g3"]])
    result = evaluate(db, gold)
    assert result["pairs"]["no-link"] == {"ok": 0, "n": 1, "failed": [("g1", "g3")], "unmatched": 1}
    assert result["pairs"]["no-conflict"]["ok"] == 0


def test_sources_are_matched_by_file_name_and_missing_ones_reported(tmp_path):
    db = tmp_path / "desk.db"
    make_desk(db, [{"name": "a", "words": "at least 13 soldiers", "kind": "killed", "value_low": 13}],
              origin="/somewhere/else/r1.txt")
    gold = {"sources": {"r1": {"file": "r1.txt"}, "r2": {"file": "r2.txt"}},
            "claims": {"g1": G_SOLDIERS, "g9": {**G_KABUL, "source": "r2"}}}
    (tmp_path / "gold.yaml").write_text(yaml.safe_dump(gold))
    result = evaluate(db, tmp_path / "gold.yaml")
    assert result["unmatched_sources"] == ["r2"]
    assert result["kinds"]["killed"]["found"] == 1 and result["kinds"]["killed"]["gold"] == 2


def test_a_malformed_gold_file_is_refused(tmp_path):
    bad = write_gold(tmp_path / "gold.yaml", {"g1": G_SOLDIERS}, must_link=[["g1", "nope"]])
    with pytest.raises(GoldError, match="unknown claim"):
        load_gold(bad)
    no_low = write_gold(tmp_path / "gold2.yaml", {"g1": {"source": "r1", "kind": "killed", "anchor": "x"}})
    with pytest.raises(GoldError, match="no 'low'"):
        load_gold(no_low)


def test_main_scores_an_existing_desk(tmp_path, capsys):
    db = tmp_path / "desk.db"
    make_desk(db, [{"name": "a", "words": "at least 13 soldiers", "kind": "killed", "value_low": 13}])
    gold = write_gold(tmp_path / "gold.yaml", {"g1": G_SOLDIERS, "g3": G_KABUL})
    assert main(["--db", str(db), "--gold", str(gold), "--no-build", "-v"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^killed\s+2\s+1\s+0\.50\s+1\s+1\s+1\.00", out, re.MULTILINE)
    assert "missed  killed      g3: 'a blast killed 7 people'" in out


# --- the evaluation corpus itself -------------------------------------------------------------

def corpus_gold() -> dict:
    return load_gold(CORPUS / "gold.yaml")


def test_corpus_manifest_lists_every_gold_source_and_nothing_else():
    with open(CORPUS / "manifest.csv", newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["path", "title", "publisher", "author", "url", "published"]
        rows = list(reader)
    files = {row["path"] for row in rows}
    assert files == {s["file"] for s in corpus_gold()["sources"].values()}
    for row in rows:
        assert (CORPUS / row["path"]).is_file(), row["path"]
        date.fromisoformat(row["published"])
        assert row["title"] and row["publisher"]


def test_corpus_reports_are_of_report_length():
    gold = corpus_gold()
    assert len(gold["sources"]) >= 32
    for key, s in gold["sources"].items():
        words = len((CORPUS / s["file"]).read_text(encoding="utf-8").split())
        assert 120 <= words <= 600, f"{key} {s['file']}: {words} words"


def test_corpus_anchors_occur_exactly_once_in_their_report():
    gold = corpus_gold()
    texts = {k: (CORPUS / s["file"]).read_text(encoding="utf-8") for k, s in gold["sources"].items()}
    for key, g in gold["claims"].items():
        assert texts[g["source"]].count(g["anchor"]) == 1, f"{key}: anchor {g['anchor']!r}"


def test_corpus_gold_intervals_are_coherent():
    for key, g in corpus_gold()["claims"].items():
        assert ("event" in g) != ("subject" in g) or g["kind"] in ("leader",) or g.get("optional"), key
        for bound in ("low", "high"):
            if bound in g:
                lo, hi = g[bound]
                assert 0 <= lo <= hi, f"{key}: {bound} {g[bound]}"
        if "low" in g and "high" in g:
            assert g["low"][0] <= g["high"][1], key
        if "high" not in g and g["kind"] not in ("attribution", "leader"):
            assert g.get("open_high"), f"{key}: neither a high bound nor open_high"


def test_corpus_pairs_are_between_distinct_claims_and_not_contradictory():
    gold = corpus_gold()
    link = {frozenset(p) for p in gold.get("must_link") or []}
    nolink = {frozenset(p) for p in gold.get("must_not_link") or []}
    conflict = {frozenset(p) for p in gold.get("must_conflict") or []}
    noconflict = {frozenset(p) for p in gold.get("must_not_conflict") or []}
    assert all(len(p) == 2 for p in link | nolink | conflict | noconflict)
    assert not link & nolink and not conflict & noconflict
    claims = gold["claims"]
    for pair in link:
        events = {claims[k].get("event") for k in pair}
        assert len(events) == 1 and None not in events, sorted(pair)
    for pair in nolink:
        a, b = (claims[k] for k in pair)
        assert a.get("event") != b.get("event") or a.get("event") is None, sorted(pair)


def test_eval_refuses_to_replace_a_desk_that_holds_other_reports(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "manifest.csv").write_text("path,title,publisher,author,url,published\nr1.txt,T,P,,,2021-10-10\n")
    write_gold(corpus / "gold.yaml", {"g1": G_SOLDIERS})
    desk = tmp_path / "real.db"
    make_desk(desk, [{"name": "a", "words": "at least 13 soldiers", "kind": "killed", "value_low": 13}],
              origin="reports/someone_elses_report.txt")
    before = desk.read_bytes()
    assert main(["--corpus", str(corpus), "--db", str(desk)]) == 2
    assert "refusing to replace it" in capsys.readouterr().err
    assert desk.read_bytes() == before


def test_reconcile_eval_builds_a_desk_through_ingest_and_scores_it(tmp_path):
    """End to end through the CLI and the real ingest; asserts the plumbing, not the extractor's figures."""
    from click.testing import CliRunner

    from reconcile.cli import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "r1.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "manifest.csv").write_text(
        "path,title,publisher,author,url,published\nr1.txt,Kunduz blast,Test Wire,,,2021-10-10\n", encoding="utf-8")
    write_gold(corpus / "gold.yaml", {"g1": G_SOLDIERS, "g2": G_WOUNDED}, must_link=[["g1", "g2"]])
    desk = tmp_path / "eval.db"
    for _ in range(2):  # the second run replaces the desk the first one built
        result = CliRunner().invoke(cli, ["eval", "--corpus", str(corpus), "--db", str(desk)])
        assert result.exit_code == 0, result.output
        assert "1 gold sources, 2 gold claims" in result.output
        assert "sources not on the desk" not in result.output
        assert "anchors not found" not in result.output
        assert re.search(r"^killed\s+1\s", result.output, re.MULTILINE)
    import sqlite3

    with sqlite3.connect(desk) as con:
        assert con.execute("select count(*) from sources").fetchone()[0] == 1
