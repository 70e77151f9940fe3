"""The synthetic generator: deterministic, with ground truth and the hard cases it promises."""

from __future__ import annotations

from collections import Counter, defaultdict

from reconcile import pipeline
from reconcile.benchmarks.cluster import run_size, write_desk
from reconcile.store import open_db
from reconcile.synthetic import COLUMNS, generate, pairwise_scores, variant

CI = {c: k for k, c in enumerate(COLUMNS)}


def test_same_seed_same_desk_and_truth_for_every_claim():
    a, ta = generate(3000, seed=7)
    b, tb = generate(3000, seed=7)
    assert a == b and ta == tb
    assert len(a) >= 3000 and len({r[0] for r in a}) == len(a), "claim ids are unique"
    for row, truth in zip(a, ta):
        assert (truth is None) == bool(row[CI["aggregate"]])


def test_the_hard_cases_are_there():
    rows, truth = generate(20000, seed=3)
    by_event = defaultdict(list)
    for r, t in zip(rows, truth):
        if t:
            by_event[t].append(r)
    # perpetrator boasts, syndicated copies, rising tolls, no place, no date, variant spellings
    assert any(r[CI["claimant_role"]] == "perpetrator" for r in rows)
    assert any(r[CI["place"]] is None for r in rows) and any(r[CI["event_date"]] is None for r in rows)
    assert any(r[CI["place"]] and r[CI["admin1"]] is None for r in rows)
    killed = {t: {r[CI["value_low"]] for r in rs if r[CI["kind"]] == "killed" and r[CI["claimant_role"]] != "perpetrator"}
              for t, rs in by_event.items()}
    assert sum(len(v) > 1 for v in killed.values()) > 100, "tolls differ between reports of one event"
    quotes = Counter((r[CI["source_id"]], r[CI["quote"]]) for r in rows)
    texts = Counter(tuple(sorted(q for (s, q) in quotes if s == sid)) for sid in {r[CI["source_id"]] for r in rows[:3000]})
    assert any(n > 1 for n in texts.values()), "some reports are syndicated copies"
    # one town, two events years apart
    places = defaultdict(set)
    for t, rs in by_event.items():
        for r in rs:
            if r[CI["admin1"]] and r[CI["event_date"]] and r[CI["date_precision"]] == "day":
                places[(r[CI["place"]], r[CI["admin1"]])].add((t, r[CI["event_date"]][:4]))
    assert any(len({y for _, y in v}) > 1 for v in places.values())


def test_variants_keep_the_transliteration_skeleton():
    import random

    from reconcile.matching.features import place_skeleton

    rng = random.Random(1)
    for name in ["Pul-e-Khumri", "Mazar-i-Sharif", "Kunduz", "Qala-e Zal", "Jalalabad"]:
        assert place_skeleton(variant(name, rng)) == place_skeleton(name)


def test_pairwise_scores_by_hand():
    s = pairwise_scores(["a", "a", "b", "b"], ["x", "x", "x", "y"])
    assert s["true_pairs"] == 3 and s["predicted_pairs"] == 2
    assert s["precision"] == 0.5 and abs(s["recall"] - 1 / 3) < 1e-9


def test_clustering_the_synthetic_desk_recovers_its_events():
    r = run_size(6000, seed=2)
    assert r["f1"] >= 0.85, r


def test_incremental_ingest_matches_a_full_refresh(tmp_path):
    rows, truth = generate(2500, seed=5)
    sources = sorted({r[CI["source_id"]] for r in rows}, key=lambda s: int(s[1:]))
    first, rest = sources[: len(sources) // 2], sources[len(sources) // 2:]
    inc = open_db(tmp_path / "inc.db")
    with inc.atomic():
        write_desk(inc, [r for r in rows if r[CI["source_id"]] in set(first)], COLUMNS)
        pipeline.refresh(inc, None)
    for k in range(0, len(rest), 40):  # reports arrive in small batches
        part = set(rest[k:k + 40])
        with inc.atomic():
            write_desk(inc, [r for r in rows if r[CI["source_id"]] in part], COLUMNS)
            pipeline.refresh(inc, sorted(part))
    full = open_db(tmp_path / "full.db")
    with full.atomic():
        write_desk(full, rows, COLUMNS)
        pipeline.refresh(full, None)

    def partition(d):
        groups = defaultdict(set)
        for cid, eid in d.execute("select id, event_id from claims where event_id is not null"):
            groups[eid].add(cid)
        return {frozenset(g) for g in groups.values()}

    pi, pf = partition(inc), partition(full)
    ids = [r[0] for r in rows]
    label_i = {c: n for n, g in enumerate(pi) for c in g}
    label_f = {c: n for n, g in enumerate(pf) for c in g}
    agree = pairwise_scores([label_i.get(c) for c in ids], [label_f.get(c) for c in ids])
    assert agree["f1"] >= 0.98, agree
    # re-running the full refresh on the incremental desk keeps its event ids
    before = dict(inc.execute("select id, event_id from claims").fetchall())
    with inc.atomic():
        pipeline.refresh(inc, None)
    after = dict(inc.execute("select id, event_id from claims").fetchall())
    same = sum(before[c] == after[c] for c in before) / len(before)
    assert same >= 0.97, same
