"""Clustering claims into events: the phenomena of real reporting, on a real SQLite desk."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import pipeline
from reconcile.matching import build_batch, cluster_batch, partition
from reconcile.models import Claim, Source, short_hash
from reconcile.store import open_db, write_source

AIRPORT = "It followed a suicide bombing that killed more than 100 Afghans and 13 American soldiers during the evacuation in August."


def claim(sid: str, quote: str, kind: str = "killed", low=None, high=None, n: int = 0, **kw) -> dict:
    return {"id": short_hash(sid, quote, kind, n, prefix="c"), "source_id": sid, "kind": kind,
            "value_low": low, "value_high": high, "quote": quote, **kw}


def write(db, sid: str, published: str | None, paragraphs: list[list[dict]], publisher: str | None = None):
    """Write one source whose text is its claims' sentences (one paragraph per list)."""
    lines = []
    for para in paragraphs:
        sentences = list(dict.fromkeys(c["quote"] for c in para))
        lines.append(" ".join(sentences))
    text = "\n".join(lines)
    claims = []
    for para in paragraphs:
        for c in para:
            start = text.index(c["quote"])
            claims.append(Claim(**{**c, "span_start": start, "span_end": start + len(c["quote"]),
                                   "extractor": "test"}))
    src = Source(id=sid, origin=f"{sid}.txt", publisher=publisher or f"outlet of {sid}", published=published,
                 text=text, sha256=short_hash(text, length=64))
    write_source(db, src, claims)
    return {c.id: c for c in claims}


@pytest.fixture
def db(tmp_path):
    d = open_db(tmp_path / "desk.db")
    yield d
    d.close()


def event_of(db, claim_id):
    return db.execute("select event_id from claims where id = ?", [claim_id]).fetchone()[0]


def dev_like_desk(db):
    """Two reports of one airport bombing, published weeks apart, and two unrelated attacks."""
    a1 = claim("afp", AIRPORT, low=101, victims="afghans", event_date="2021-08", date_precision="month",
               event_type="suicide bombing")
    a2 = claim("afp", AIRPORT, low=13, high=13, victims="soldiers", event_date="2021-08",
               date_precision="month", event_type="suicide bombing", n=1)
    kunduz = claim("afp", "A bomber killed dozens of worshippers at Friday prayers in Kunduz.", low=24,
                   victims="worshippers", place="Kunduz", admin1="Kunduz", country="Afghanistan",
                   event_date="2021-10-08", date_precision="day", event_type="suicide bombing")
    write(db, "afp", "2021-10-10", [[kunduz], [a1, a2]])
    lead = "The toll from Thursday's suicide bombing outside the airport in Kabul keeps rising."
    b1 = claim("lwj", "At least 13 U.S. servicemembers were killed, while more than a dozen others were wounded.",
               low=13, victims="soldiers", place="Kabul", admin1="Kabul", country="Afghanistan",
               event_date="2021-08-26", date_precision="day")
    b2 = claim("lwj", b1["quote"], kind="injured", low=13, victims="soldiers", n=1)
    b3 = claim("lwj", "Current estimates say well more than 100 Afghans perished.", low=101, victims="afghans")
    tajik = claim("lwj", "In July 2018 attackers ran over cyclists in Tajikistan, killing four people.", low=4,
                  high=4, victims="people", place="Tajikistan", country="Tajikistan", event_date="2018-07",
                  date_precision="month")
    write(db, "lwj", "2021-08-27", [[claim("lwj", lead, kind="attribution", entity="ISKP", place="Kabul",
                                           admin1="Kabul", country="Afghanistan", event_date="2021-08-26",
                                           date_precision="day"), b1, b2, b3], [tajik]])
    return dict(a1=a1, a2=a2, kunduz=kunduz, b1=b1, b2=b2, b3=b3, tajik=tajik)


def test_dev_like_reports_link_and_hard_negatives_stay_apart(db):
    c = dev_like_desk(db)
    with db.atomic():
        counts = pipeline.refresh(db, None)
    assert counts["events"] == 3
    airport = event_of(db, c["a1"]["id"])
    for name in ("a2", "b1", "b2", "b3"):
        assert event_of(db, c[name]["id"]) == airport, name
    assert event_of(db, c["tajik"]["id"]) not in (None, airport)
    assert event_of(db, c["kunduz"]["id"]) not in (None, airport, event_of(db, c["tajik"]["id"]))
    # no conflict between compatible tolls or between victim groups
    assert db["conflicts"].count == 0
    row = db.execute("select place, admin1, date_start from events where id = ?", [airport]).fetchone()
    assert row == ("Kabul", "Kabul", "2021-08-26")


def test_each_link_keeps_its_score_components(db):
    c = dev_like_desk(db)
    with db.atomic():
        pipeline.refresh(db, None)
    link = db.execute("select rule, linked_to, score, date_score from claim_links where claim_id = ?",
                      [c["a2"]["id"]]).fetchone()
    assert link[0] == "sentence" and link[1] == c["a1"]["id"] and link[2] >= 0.9
    cross = db.execute("select rule, toll_score from claim_links where claim_id = ?", [c["b1"]["id"]]).fetchone()
    assert cross[0] in ("toll", "sentence", "paragraph")


def test_event_ids_survive_reclustering_and_new_reports(db):
    c = dev_like_desk(db)
    with db.atomic():
        pipeline.refresh(db, None)
    before = {k: event_of(db, v["id"]) for k, v in c.items()}
    with db.atomic():
        pipeline.refresh(db, None)
    assert {k: event_of(db, v["id"]) for k, v in c.items()} == before
    later = claim("bbc", "The Kabul airport bombing killed 170 people, officials now say.", low=170, high=170,
                  victims="people", place="Kabul", admin1="Kabul", country="Afghanistan", event_date="2021-08-26",
                  date_precision="day", event_type="suicide bombing")
    write(db, "bbc", "2021-09-02", [[later]])
    with db.atomic():
        counts = pipeline.refresh(db, ["bbc"])
    assert event_of(db, later["id"]) == before["b1"]
    assert {k: event_of(db, v["id"]) for k, v in c.items()} == before
    assert counts["events"] == 3


def test_refresh_never_commits(db):
    dev_like_desk(db)
    db.conn.commit()
    with pytest.raises(RuntimeError):
        with db.atomic():
            pipeline.refresh(db, None)
            raise RuntimeError("ingest failed after the refresh")
    assert db["events"].count == 0
    assert db.execute("select count(*) from claims where event_id is not null").fetchone()[0] == 0


# --------------------------------------------------------------------- property: blocking loses nothing

_PLACES = [(None, None, None), ("Kabul", "Kabul", "Afghanistan"), ("Paghman", "Kabul", "Afghanistan"),
           ("Kunduz", "Kunduz", "Afghanistan"), ("Qunduz", None, None), ("Peshawar", "Khyber Pakhtunkhwa", "Pakistan"),
           (None, None, "Afghanistan")]
_DATES = [(None, None), ("2021-08-26", "day"), ("2021-08-27", "day"), ("2021-08", "month"), ("2021", "year"),
          ("2021-08-20", "week"), ("2019-03-02", "day"), ("2021-09-30", "day")]


@st.composite
def claim_rows(draw):
    n = draw(st.integers(min_value=2, max_value=28))
    rows = []
    for k in range(n):
        place, admin1, country = draw(st.sampled_from(_PLACES))
        date, prec = draw(st.sampled_from(_DATES))
        low = draw(st.sampled_from([None, 4, 13, 13, 101, 170, 50, 7]))
        rows.append({
            "id": f"c{k:03d}", "source_id": f"s{draw(st.integers(0, 4))}", "kind": draw(st.sampled_from(["killed", "injured", "attribution"])),
            "value_low": low, "value_high": draw(st.sampled_from([None, low])), "place": place, "admin1": admin1,
            "country": country, "event_date": date, "date_precision": prec,
            "event_type": draw(st.sampled_from([None, "suicide bombing", "gun attack"])),
            "perpetrator": draw(st.sampled_from([None, "ISKP", "Taliban"])),
            "quote": draw(st.sampled_from(["A bombing in the city killed many.", "Gunmen attacked a checkpoint.",
                                            "The toll rose again."])),
            "paragraph": draw(st.integers(0, 2)), "published": draw(st.sampled_from([None, "2021-08-28", "2021-10-10"])),
        })
    return rows


@settings(max_examples=200, deadline=None)
@given(claim_rows())
def test_blocked_clustering_equals_all_pairs_clustering(rows):
    batch = build_batch(rows)
    blocked = cluster_batch(batch, blocked=True)
    reference = cluster_batch(batch, blocked=False)
    assert partition(blocked.labels, batch.ids) == partition(reference.labels, batch.ids)


def test_refresh_events_recomputes_an_event_after_an_editor_moves_claims(db):
    c = dev_like_desk(db)
    with db.atomic():
        pipeline.refresh(db, None)
    airport = event_of(db, c["a1"]["id"])
    tajik = event_of(db, c["tajik"]["id"])
    # an editor's merge, as reconcile.decisions applies it: claims move, then the hook runs
    with db.atomic():
        db.execute("update claims set event_id = ? where event_id = ?", [airport, tajik])
        pipeline.refresh_events(db, [airport, tajik])
    row = db.execute("select claim_count, source_count from events where id = ?", [airport]).fetchone()
    assert row == (7, 2)
    assert db.execute("select count(*) from consensus where event_id = ?", [tajik]).fetchone()[0] == 0
    assert db.execute("select count(*) from conflicts where event_id = ?", [airport]).fetchone()[0] >= 1, \
        "4 people vs 101+ Afghans in one event is a total below a subgroup"


def test_deleting_a_report_requeues_its_event(db):
    from reconcile.store import delete_source

    c = dev_like_desk(db)
    with db.atomic():
        pipeline.refresh(db, None)
    airport = event_of(db, c["a1"]["id"])
    with db.atomic():
        delete_source(db, "afp")
        counts = pipeline.refresh(db, [])
    assert db.execute("select claim_count, source_count from events where id = ?", [airport]).fetchone() == (4, 1)
    assert counts["events"] == 2, "the Kunduz event went with its only report"
    assert db["refresh_queue"].count == 0


def test_refresh_works_on_a_connection_with_a_row_factory(db):
    """Datasette-side writers open the desk with sqlite3.Row rows (regression: tuple + Row)."""
    import sqlite3

    c = dev_like_desk(db)
    db.conn.row_factory = sqlite3.Row
    with db.atomic():
        pipeline.refresh(db, None)
        pipeline.refresh(db, ["afp"])
    assert event_of(db, c["a1"]["id"]) == event_of(db, c["b1"]["id"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 6), min_size=1, max_size=30), st.lists(st.integers(0, 6), min_size=30, max_size=30))
def test_event_ids_are_stable_and_never_shared(first, second):
    from reconcile.matching import assign_ids

    ids = [f"c{k:02d}" for k in range(len(first))]
    members = {}
    for cid, lab in zip(ids, first):
        members.setdefault(lab, []).append(cid)
    old_ids = assign_ids(members, {})
    old = {cid: old_ids[lab] for cid, lab in zip(ids, first)}
    # the same clustering again: the same ids
    assert assign_ids(members, old) == old_ids
    # another clustering: ids are unique, and an old id goes to a cluster holding most of its claims
    new_members = {}
    for cid, lab in zip(ids, second):
        new_members.setdefault(lab, []).append(cid)
    new_ids = assign_ids(new_members, old)
    assert len(set(new_ids.values())) == len(new_ids)
    held = {lab: Counter(old[c] for c in cids) for lab, cids in new_members.items()}
    for lab, eid in new_ids.items():
        if eid in old_ids.values():
            mine = held[lab][eid]
            assert mine > 0
            # a cluster holding more of that event's claims kept an id it held even more of
            for other, counts in held.items():
                if counts[eid] > mine:
                    assert new_ids[other] in old_ids.values() and counts[new_ids[other]] >= counts[eid]


@settings(max_examples=150, deadline=None)
@given(claim_rows(), st.integers(1, 7))
def test_blocking_finds_every_pair_with_evidence_whatever_the_chunk_size(rows, chunk):
    import numpy as np

    from reconcile.matching.blocking import all_pairs, evidence, pair_chunks

    batch = build_batch(rows)
    found = {(int(a), int(b)) for i, j in pair_chunks(batch, max_pairs=chunk) for a, b in zip(i, j)}
    i, j = all_pairs(batch)
    ev = evidence(batch, i, j)
    needed = {(int(a), int(b)) for a, b in zip(i[ev], j[ev])}
    assert needed <= found
    assert all(a < b for a, b in found)
    assert not np.any(np.isnan(batch.t0.astype(float)))


def test_an_outlets_placeless_toll_update_joins_its_story_when_added_later(db):
    """'The toll from Monday's bombing rose to 12', from the outlet that reported the bombing, in
    a later ingest (the incremental path finds the outlet's earlier story); another outlet's
    placeless figure about another kind of attack stays apart."""
    first = claim("wire1", "A bomb killed 9 people at a market in Jalalabad on Monday.", low=9, high=9,
                  victims="people", place="Jalalabad", admin1="Nangarhar", country="Afghanistan",
                  event_date="2022-06-06", date_precision="day", event_type="bombing")
    write(db, "wire1", "2022-06-06", [[first]], publisher="Wire A")
    with db.atomic():
        pipeline.refresh(db, None)
    update = claim("wire2", "The toll from Monday's bombing rose to 12 on Tuesday.", low=12, high=12,
                   victims="people", event_date="2022-06-06", date_precision="day", event_type="bombing")
    other = claim("other", "Gunmen killed 5 people on Monday.", low=5, high=5,
                  victims="people", event_date="2022-06-06", date_precision="day", event_type="gun attack")
    write(db, "wire2", "2022-06-07", [[update]], publisher="Wire A")
    write(db, "other", "2022-06-07", [[other]], publisher="Wire B")
    with db.atomic():
        pipeline.refresh(db, ["wire2", "other"])
    assert event_of(db, update["id"]) == event_of(db, first["id"])
    assert event_of(db, other["id"]) != event_of(db, first["id"])
    rule = db.execute("select rule from claim_links where claim_id = ?", [update["id"]]).fetchone()[0]
    assert rule == "outlet"


def _row(k, source, quote, **kw):
    return {"id": f"r{k}", "source_id": source, "kind": "killed", "quote": quote, "paragraph": 0,
            "published": "2022-06-08", "event_date": "2022-06-06", "date_precision": "day", **kw}


def _together(rows, a, b):
    batch = build_batch(rows)
    labels = cluster_batch(batch).labels.tolist()
    return labels[batch.ids.index(a)] == labels[batch.ids.index(b)]


def test_a_province_level_report_joins_the_only_fitting_attack_and_stays_apart_when_two_fit():
    town = _row(0, "a", "A bomb killed 9 people at a market in Jalalabad on Monday.", value_low=9, value_high=9,
                place="Jalalabad", admin1="Nangarhar", country="Afghanistan", event_type="bombing")
    vague = _row(1, "b", "A bombing in Nangarhar province on Monday killed 7 people.", value_low=7, value_high=7,
                 place="Nangarhar", admin1="Nangarhar", country="Afghanistan", event_type="bombing", place_type="province")
    assert _together([town, vague], "r0", "r1")
    second = _row(2, "c", "A bomb killed 4 people in Khogyani on Monday.", value_low=4, value_high=4,
                  place="Khogyani", admin1="Nangarhar", country="Afghanistan", event_type="bombing")
    assert not _together([town, vague, second], "r0", "r1")
    assert not _together([town, vague, second], "r2", "r1")
    # another kind of attack that day is no fit
    shooting = _row(3, "d", "Gunmen killed 3 people in Khogyani on Monday.", value_low=3, value_high=3,
                    place="Khogyani", admin1="Nangarhar", country="Afghanistan", event_type="gun attack")
    assert _together([town, vague, shooting], "r0", "r1")
    # a province-level report of another province never joins
    other = dict(vague, admin1="Kunar", place="Kunar", quote="A bombing in Kunar province on Monday killed 7 people.")
    assert not _together([town, other], "r0", "r1")


def test_an_undated_figure_stays_with_its_paragraph_in_a_report_months_later():
    dated = _row(0, "a", "In March 2021, a bomb in Khost killed 6 people.", value_low=6, value_high=6,
                 place="Khost", admin1="Khost", country="Afghanistan", event_date="2021-03",
                 date_precision="month", published="2021-11-02")
    wounded = _row(1, "a", "Another 14 were wounded.", kind="injured", value_low=14, value_high=14,
                   event_date=None, date_precision=None, published="2021-11-02")
    assert _together([dated, wounded], "r0", "r1")


def test_a_report_joined_by_the_second_pass_says_so_in_its_link(db):
    town = claim("a", "A bomb killed 9 people at a market in Jalalabad on Monday.", low=9, high=9, victims="people",
                 place="Jalalabad", admin1="Nangarhar", country="Afghanistan", event_date="2022-06-06",
                 date_precision="day", event_type="bombing")
    vague = claim("b", "A bombing in Nangarhar province on Monday killed 7 people.", low=7, high=7, victims="people",
                  place="Nangarhar", admin1="Nangarhar", country="Afghanistan", event_date="2022-06-06",
                  date_precision="day", event_type="bombing")
    write(db, "a", "2022-06-07", [[town]])
    write(db, "b", "2022-06-07", [[vague]])
    with db.atomic():
        pipeline.refresh(db, None)
    assert event_of(db, vague["id"]) == event_of(db, town["id"])
    rules = dict(db.execute("select claim_id, rule from claim_links").fetchall())
    assert rules[vague["id"]] == "fit" and rules[town["id"]] == "fit"
