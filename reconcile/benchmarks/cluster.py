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
from pathlib import Path


def peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_size(n: int, seed: int) -> dict:
    from ..matching import build_batch, cluster_batch
    from ..synthetic import COLUMNS, iter_generate, pairwise_scores

    ia = COLUMNS.index("aggregate")
    events_truth: list[str | None] = []

    def event_rows():
        for row, true_event in iter_generate(n, seed=seed):
            if not row[ia]:  # aggregates are never events
                events_truth.append(true_event)
                yield row

    t = time.perf_counter()
    batch = build_batch(event_rows(), COLUMNS)
    features = time.perf_counter() - t  # includes generating the synthetic rows
    t = time.perf_counter()
    clustering = cluster_batch(batch)
    clustered = time.perf_counter() - t
    scores = pairwise_scores(clustering.labels.tolist(), events_truth)
    return {
        "claims": n, "event_claims": batch.n, "features_s": round(features, 2),
        "cluster_s": round(clustered, 2), "total_s": round(features + clustered, 2),
        "links": len(clustering.scored), "precision": round(scores["precision"], 4),
        "recall": round(scores["recall"], 4), "f1": round(scores["f1"], 4), "peak_rss_mb": round(peak_rss_mb()),
    }


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
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--desk", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.one:
        print(json.dumps(run_size(a.one, a.seed)))
        return 0
    if a.desk:
        print(json.dumps(run_desk(a.desk, a.seed)))
        return 0
    sizes = [int(s) for s in a.sizes.split(",") if s.strip()]
    print("pairwise precision/recall/F1 against the true events; time = features (including generating the")
    print("synthetic claims) + blocking + scoring + clustering, one core; peak = the process's resident memory")
    print(f"{'claims':>9} {'precision':>9} {'recall':>7} {'F1':>6} {'time s':>9} {'peak MB':>8}")
    for n in sizes:
        r = _child(["--one", str(n), "--seed", str(a.seed)])
        print(f"{r['claims']:>9} {r['precision']:>9.4f} {r['recall']:>7.4f} {r['f1']:>6.4f} "
              f"{r['total_s']:>9.2f} {r['peak_rss_mb']:>8}", flush=True)
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
