"""Clustering benchmark on synthetic desks with ground truth.

    python -m reconcile.benchmarks.cluster [--sizes 10000,100000,1000000] [--desk-size N]

For each size, in a fresh process (so peak memory is that size's own): generate the
claims, cluster them in memory (features, blocking, scoring, union), and print pairwise
precision / recall / F1 against the true events, the time and the process's peak
resident memory.  Then, on a real SQLite desk of ``--desk-size`` claims (default: the
largest size; 0 skips it): the time of a full ``pipeline.refresh(db, None)`` and the time
to add one report (``pipeline.refresh(db, [new_source])``, inside a transaction, as
ingest calls it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from array import array
from pathlib import Path

import numpy as np


def peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


#: Report types the error split tells apart (the place a report gives, or what its claim is).
PLACES = ("town", "variant", "province", "no place", "recap", "boast", "copy")
DATES = ("day", "week", "month", "year", "no date")


def report_type(row: tuple, first: tuple, copy: bool, ci: dict) -> tuple[int, int]:
    """(place type, date type) of a synthetic claim: its report's context (the report's first claim),
    unless the claim is a recap of an older attack or a perpetrator's boast, or its report a copy."""
    if row[ci["paragraph"]] == 2:
        place = "recap"
    elif row[ci["claimant_role"]] == "perpetrator":
        place = "boast"
    elif copy:
        place = "copy"
    elif first[ci["place"]] is None:
        place = "no place"
    elif first[ci["admin1"]] is None:
        place = "variant"  # a transliteration the gazetteer does not know
    elif first[ci["place"]] == first[ci["admin1"]]:
        place = "province"
    else:
        place = "town"
    return PLACES.index(place), DATES.index(first[ci["date_precision"]] or "no date")


def split_errors(labels: np.ndarray, truth: list, types: np.ndarray) -> list[dict]:
    """Per report type: claims, claims outside their event's largest cluster ("stranded"), the true pairs
    they lose with it, and the false pairs claims of that type bring into another event's cluster."""
    from collections import Counter, defaultdict

    by_event, by_label = defaultdict(list), defaultdict(list)
    for k, (lab, t) in enumerate(zip(labels.tolist(), truth)):
        if t is not None:
            by_event[t].append(k)
            by_label[lab].append(k)
    rows = defaultdict(lambda: [0, 0, 0, 0])
    for ks in by_event.values():
        c = Counter(labels[k] for k in ks)
        main, size = c.most_common(1)[0]
        for k in ks:
            r = rows[int(types[k])]
            r[0] += 1
            if labels[k] != main:
                r[1] += 1
                r[2] += size
    for ks in by_label.values():
        c = Counter(truth[k] for k in ks)
        if len(c) > 1:
            main, size = c.most_common(1)[0]
            for k in ks:
                if truth[k] != main:
                    rows[int(types[k])][3] += size
    out = []
    for code, (claims, stranded, lost, false) in sorted(rows.items(), key=lambda kv: -(kv[1][2] + kv[1][3])):
        out.append({"place": PLACES[code // 8], "date": DATES[code % 8], "claims": claims, "stranded": stranded,
                    "lost_pairs": lost, "false_pairs": false})
    return out


def run_size(n: int, seed: int, split: bool = False) -> dict:
    from ..matching import build_batch, cluster_batch
    from ..synthetic import COLUMNS, iter_generate, pairwise_scores

    ia = COLUMNS.index("aggregate")
    ci = {c: k for k, c in enumerate(COLUMNS)}
    events_truth: list[str | None] = []
    types = array("b")
    report: dict = {"source": None, "first": None, "quotes": [], "previous": []}

    def typed(row):
        if row[ci["source_id"]] != report["source"]:
            report["previous"] = report["quotes"]
            report.update(source=row[ci["source_id"]], first=row, quotes=[])
        report["quotes"].append(row[ci["quote"]])
        k = len(report["quotes"]) - 1
        copy = k < len(report["previous"]) and report["previous"][k] == row[ci["quote"]]
        place, date = report_type(row, report["first"], copy, ci)
        types.append(place * 8 + date)

    def event_rows():
        for row, true_event in iter_generate(n, seed=seed):
            if not row[ia]:  # aggregates are never events
                events_truth.append(true_event)
                if split:
                    typed(row)
                yield row

    t = time.perf_counter()
    batch = build_batch(event_rows(), COLUMNS)
    features = time.perf_counter() - t  # includes generating the synthetic rows
    t = time.perf_counter()
    clustering = cluster_batch(batch)
    clustered = time.perf_counter() - t
    scores = pairwise_scores(clustering.labels.tolist(), events_truth)
    out = {
        "claims": n, "event_claims": batch.n, "features_s": round(features, 2),
        "cluster_s": round(clustered, 2), "total_s": round(features + clustered, 2),
        "links": len(clustering.scored), "precision": round(scores["precision"], 4),
        "recall": round(scores["recall"], 4), "f1": round(scores["f1"], 4), "peak_rss_mb": round(peak_rss_mb()),
        "true_pairs": scores["true_pairs"], "predicted_pairs": scores["predicted_pairs"],
    }
    if split:  # after the figures above: neither its time nor its memory counts
        out["split"] = split_errors(clustering.labels, events_truth, np.frombuffer(types, dtype=np.int8))
    return out


def write_desk(db, rows, columns) -> None:
    """Write synthetic sources and claims to a desk through plain inserts."""
    from ..synthetic import source_texts

    sources, rows = source_texts(rows)
    src_cols = ["id", "origin", "publisher", "published", "text", "sha256", "format"]
    db.conn.executemany(
        f"insert into sources ({', '.join(src_cols)}) values ({', '.join('?' * len(src_cols))})",
        ([s[c] for c in src_cols] for s in sources.values()),
    )
    claim_cols = [c for c in columns if c not in ("published", "paragraph")]
    idx = [columns.index(c) for c in claim_cols]
    db.conn.executemany(
        f"insert into claims ({', '.join(claim_cols)}, extractor) values ({', '.join('?' * len(claim_cols))}, 'synthetic')",
        ([r[k] for k in idx] for r in rows),
    )


def run_desk(n: int, seed: int) -> dict:
    from .. import pipeline
    from ..store import open_db
    from ..synthetic import COLUMNS, generate

    rows, truth = generate(n, seed=seed)
    # the report added last: a new outlet's report about an event already on the desk
    ci = {c: k for k, c in enumerate(COLUMNS)}
    target = next(r for r in rows[len(rows) // 2:] if r[ci["kind"]] == "killed" and r[ci["admin1"]]
                  and r[ci["event_date"]] and r[ci["date_precision"]] == "day" and r[ci["claimant_role"]] == "reporter")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "desk.db")
        t = time.perf_counter()
        with db.atomic():
            write_desk(db, rows, COLUMNS)
        write_s = time.perf_counter() - t
        del rows, truth
        t = time.perf_counter()
        with db.atomic():
            counts = pipeline.refresh(db, None)
        full_s = time.perf_counter() - t
        new_sid = "s-added"
        day = dt.date.fromisoformat(target[ci["event_date"]]).strftime("%A")
        quote = (f"Officials said {target[ci['value_low']]} people were killed in the attack in "
                 f"{target[ci['place']]} on {day}, and 12 others were wounded.")
        new = []
        for k, kind in enumerate(("killed", "injured")):
            row = list(target)
            row[ci["id"]] = f"c-added-{k}"
            row[ci["source_id"]] = new_sid
            row[ci["kind"]] = kind
            row[ci["quote"]] = quote
            if kind == "injured":
                row[ci["value_low"]] = row[ci["value_high"]] = 12
            row[ci["published"]] = target[ci["published"]]
            new.append(tuple(row))
        t = time.perf_counter()
        with db.atomic():
            write_desk(db, new, COLUMNS)
            added = pipeline.refresh(db, [new_sid])
        add_s = time.perf_counter() - t
        joined = db.execute("select count(distinct event_id) from claims where source_id = ?", [new_sid]).fetchone()[0]
        target_event = db.execute("select event_id from claims where id = ?", [target[ci["id"]]]).fetchone()[0]
        new_event = db.execute("select event_id from claims where id = 'c-added-0'").fetchone()[0]
        size = os.path.getsize(Path(tmp) / "desk.db")
        db.close()
    return {
        "desk_claims": n, "write_s": round(write_s, 1), "full_refresh_s": round(full_s, 1),
        "events": counts["events"], "conflicts": counts["conflicts"], "add_one_report_s": round(add_s, 3),
        "added_events_touched": added["events_touched"], "added_joined_its_event": new_event == target_event,
        "added_events": joined, "desk_mb": round(size / 2**20), "peak_rss_mb": round(peak_rss_mb()),
    }


def _child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, "-m", "reconcile.benchmarks.cluster", *args],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"benchmark child failed: {out.stderr.strip()[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--desk-size", type=int, default=None, help="claims on the SQLite desk (0: skip)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--split", action="store_true",
                    help="also split the errors by report type (place given, date precision, recap, boast, copy)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--desk", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.one:
        print(json.dumps(run_size(a.one, a.seed, a.split)))
        return 0
    if a.desk:
        print(json.dumps(run_desk(a.desk, a.seed)))
        return 0
    sizes = [int(s) for s in a.sizes.split(",") if s.strip()]
    print("pairwise precision/recall/F1 against the true events; time = features (including generating the")
    print("synthetic claims) + blocking + scoring + clustering, one core; peak = the process's resident memory")
    print(f"{'claims':>9} {'precision':>9} {'recall':>7} {'F1':>6} {'time s':>9} {'peak MB':>8}")
    splits = []
    for n in sizes:
        r = _child(["--one", str(n), "--seed", str(a.seed)] + (["--split"] if a.split else []))
        print(f"{r['claims']:>9} {r['precision']:>9.4f} {r['recall']:>7.4f} {r['f1']:>6.4f} "
              f"{r['total_s']:>9.2f} {r['peak_rss_mb']:>8}", flush=True)
        splits.append(r)
    for r in splits if a.split else []:
        lost = r["true_pairs"] - round(r["recall"] * r["true_pairs"])
        false = r["predicted_pairs"] - round(r["precision"] * r["predicted_pairs"])
        print(f"\n{r['claims']} claims: {lost} true pairs lost, {false} false pairs, by report type "
              "(stranded: claims outside their event's largest cluster)")
        print(f"  {'place':<9} {'date':<8} {'claims':>8} {'stranded':>9} {'lost pairs':>11} {'false pairs':>12}")
        for x in r["split"]:
            if x["lost_pairs"] or x["false_pairs"]:
                print(f"  {x['place']:<9} {x['date']:<8} {x['claims']:>8} {x['stranded']:>9} {x['lost_pairs']:>11} "
                      f"{x['false_pairs']:>12}")
    desk = max(sizes) if a.desk_size is None else a.desk_size
    if desk:
        r = _child(["--desk", str(desk), "--seed", str(a.seed)])
        print(f"desk of {r['desk_claims']} claims: written in {r['write_s']} s, full refresh {r['full_refresh_s']} s "
              f"({r['events']} events, {r['conflicts']} conflicts, {r['desk_mb']} MB, peak {r['peak_rss_mb']} MB); "
              f"one report added in {r['add_one_report_s']} s "
              f"({r['added_events_touched']} events re-clustered, joined its event: {r['added_joined_its_event']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
