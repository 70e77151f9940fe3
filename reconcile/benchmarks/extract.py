"""Extraction speed: words per second per core on a synthetic corpus, and the time
the extractor takes on pathological 1 MB single lines.

    python -m reconcile.benchmarks.extract [--mb 10] [--seed 1] [--corpus DIR ...]

Targets (issue 3): >= 200,000 words/s per core; every 1 MB line in < 1 s.
The corpus is generated here from templates (our own words), about one sentence in
seven giving a claim; it runs in one process, so the rate is per core. Real reports are
denser and slower: on the six development rounds of session 12 (157 reports) 22% of the
sentences give a claim (15% here) and the rate was about 40% of this one.

``--corpus DIR`` (repeatable: a folder with a ``manifest.csv``, as ``reconcile eval`` reads it)
also measures those reports, repeated in order to ``--mb`` MB (2 by default), and prints the
share of sentences that give a claim in both corpora; the synthetic figure is unchanged.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import time

from ..extract import extract_claims
from ..models import Source

PLACES = ["Kabul", "Kunduz", "Kandahar", "Jalalabad", "Mazar-i-Sharif", "Pul-e-Khumri", "Peshawar", "Quetta",
          "Bajaur", "Herat", "Dushanbe", "Khost", "Ghazni", "Lashkar Gah"]
GROUPS = ["ISIS-K", "IS-K", "the Islamic State Khorasan Province", "the Taliban", "the TTP", "al-Qaeda",
          "the Haqqani network", "ISKP"]
DAYS = ["on Friday", "on Monday", "last week", "in August", "on Thursday night", "earlier this year", "in July 2018"]
VICTIMS = ["people", "civilians", "worshippers", "soldiers", "police officers", "students", "children",
           "American troops", "Afghans"]
NUMS = ["13", "at least 21", "more than 100", "dozens of", "nearly 60", "about 45", "between 1,500 and 2,200",
        "seven", "twenty-one", "more than a dozen", "hundreds of", "up to 50", "scores of"]
FIGURES = [
    "A suicide bomber killed {n} {v} at a mosque in {p} {d}, officials said.",
    "{N} {v} were killed and {n2} others were wounded when a bomb exploded in {p} {d}.",
    "The death toll from the attack in {p} rose to {n} {d}, according to health officials.",
    "{g} claimed responsibility for the bombing in {p}, which killed {n} {v} and injured {n2}.",
    "According to UN estimates, {g} has {n} fighters in eastern Afghanistan.",
    "In a statement, {g} said its fighters had killed {n} {v} in {p}.",
    "Since 2020 the group has been led by Shahab al-Muhajir, according to researchers.",
    "The branch was formed in 2015 by defectors from {g}.",
]
FILLER = [
    "The government promised an investigation and said security would be tightened around places of worship.",
    "Residents described scenes of chaos as ambulances raced through the narrow streets of the old city.",
    "Analysts say the rivalry between the two movements is likely to shape the region for years to come.",
    "The ministry did not respond to a request for comment, and the claim could not be independently verified.",
    "Hospitals in {p} appealed for blood donations as families gathered outside the gates waiting for news.",
    "The attack underlined how difficult it remains to protect crowded sites across the country.",
    "Diplomats in the capital condemned the violence and called for calm ahead of the religious holiday.",
    "Officials from {g} have repeatedly denied any link with foreign intelligence services.",
]
# page furniture: lines of their own, as on a scraped page
FURNITURE = ["Share this article", "3 mins read", "Mourners carry a coffin in {p} SOME PHOTOGRAPHER AFP",
             "Subscribe to our newsletter", "Source link"]


def synthetic_report(rng: random.Random, sentences: int = 40) -> str:
    paras, para = [], []
    for _ in range(sentences):
        if rng.random() < 0.15:
            t = rng.choice(FIGURES)
        else:
            t = rng.choice(FILLER)
        n, n2 = rng.choice(NUMS), rng.choice(NUMS)
        s = t.format(n=n, N=n[0].upper() + n[1:], n2=n2, v=rng.choice(VICTIMS), p=rng.choice(PLACES),
                     d=rng.choice(DAYS), g=rng.choice(GROUPS))
        para.append(s)
        if rng.random() < 0.3:
            paras.append(" ".join(para))
            para = []
            if rng.random() < 0.15:
                paras.append(rng.choice(FURNITURE).format(p=rng.choice(PLACES)))
    if para:
        paras.append(" ".join(para))
    return "\n\n".join(paras) + "\n"


def source(text: str, published: str = "2021-10-10") -> Source:
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Source(id="s" + sha[:16], origin="bench", published=published, text=text, sha256=sha)


def corpus(mb: float, seed: int) -> list[str]:
    rng = random.Random(seed)
    out, size = [], 0
    while size < mb * 1_000_000:
        r = synthetic_report(rng)
        out.append(r)
        size += len(r.encode())
    return out


def pathological_lines() -> dict[str, str]:
    mb = 1_000_000
    return {
        "killed repeated": ("killed " * (mb // 7 + 1))[:mb],
        "digits, one number": ("1" * mb),
        "digits with commas": ("1," * (mb // 2))[:mb],
        "hedges without a number": ("more than at least nearly between " * (mb // 34 + 1))[:mb],
        "numbers and kill words": ("13 people killed 14 wounded, " * (mb // 29 + 1))[:mb],
        "number words": ("twenty-one hundred and " * (mb // 23 + 1))[:mb],
        "capitalized words": ("Islamic State Khorasan Pul-e-Khumri Mazar " * (mb // 42 + 1))[:mb],
        "unbalanced quotes": ("\u201c said \" according to \u201c " * (mb // 26 + 1))[:mb],
        "no spaces": ("x" * mb),
        "other scripts": ("\u0642\u062a\u0644 \u06f1\u06f3 \u0646\u0641\u0631 " * (mb // 12 + 1))[:mb],
        "control characters": ("\x00\x01killed\x02 5\x03 " * (mb // 16 + 1))[:mb],
        "reporting verbs": ("officials said the group claimed, according to police, that " * (mb // 61 + 1))[:mb],
        "victims and hedges": ("at least dozens of soldiers and more than 13 civilians, " * (mb // 55 + 1))[:mb],
    }


def real_sources(folders: list[str], mb: float) -> list[Source]:
    """The reports of annotated corpus folders (each with a manifest.csv), as ``reconcile ingest`` reads
    them, repeated in order until they hold ``mb`` MB of text."""
    from pathlib import Path

    from ..ingest import report_source
    from ..reading import read_manifest, read_report

    once = []
    for folder in folders:
        for path, meta in sorted(read_manifest(Path(folder) / "manifest.csv").items()):
            once.append(report_source(read_report(path), meta, "bench"))
    if not sum(len(s.text or "") for s in once):
        raise SystemExit(f"no report text in {', '.join(folders)}")
    out, size = [], 0
    while size < mb * 1_000_000:
        for s in once:
            out.append(s)
            size += len((s.text or "").encode())
            if size >= mb * 1_000_000:
                break
    return out


def claim_density(sources: list[Source]) -> float:
    """The share of sentences (page furniture and captions left out) that give at least one claim."""
    from bisect import bisect_right

    from ..extract.segment import segment

    sentences = giving = 0
    for s in sources:
        sents = segment(s.text or "")
        starts = [x.start for x in sents]
        hit = {bisect_right(starts, c.span_start) - 1 for c in extract_claims(s)}
        read = [k for k, x in enumerate(sents) if not (x.boilerplate or x.caption)]
        sentences += len(read)
        giving += len(hit.intersection(read))
    return giving / sentences if sentences else 0.0


def measure(sources: list[Source], warm: int = 1) -> tuple[int, int, int, float, float]:
    """(bytes, words, claims, CPU seconds, wall seconds) of extracting every source once, in this process,
    after extracting the first ``warm`` sources untimed."""
    words = sum(len((s.text or "").split()) for s in sources)
    size = sum(len((s.text or "").encode()) for s in sources)
    for s in sources[:warm]:
        extract_claims(s)  # warm the caches (regexes, YAML tables; a real report's rarer patterns compiled on first use)
    t0, c0 = time.perf_counter(), time.process_time()
    claims = 0
    for s in sources:
        claims += len(extract_claims(s))
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    return size, words, claims, cpu, dt


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="reconcile bench extract", description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=10.0, help="size of the synthetic corpus in MB (default 10)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", action="append", default=[], metavar="DIR",
                    help="also measure the reports of this annotated folder (its manifest.csv), repeated to --real-mb")
    ap.add_argument("--real-mb", type=float, default=2.0, help="size of the --corpus reports repeated (default 2)")
    a = ap.parse_args(argv)

    reports = corpus(a.mb, a.seed)
    sources = [source(r) for r in reports]
    size, words, claims, cpu, dt = measure(sources)
    rate = words / cpu  # CPU time of this one process: the rate per core, whatever else runs
    print(f"corpus: {len(sources)} reports, {size / 1e6:.1f} MB, {words:,} words, {claims:,} claims")
    if hasattr(os, "getloadavg"):  # CPU time is per core, but a busy machine still slows it (shared caches)
        print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    print(f"extract: {cpu:.2f} s CPU ({dt:.2f} s wall), {rate:,.0f} words/s per core (target >= 200,000) "
          f"{'OK' if rate >= 200_000 else 'BELOW TARGET'}")
    if a.corpus:
        real = real_sources(a.corpus, a.real_mb)
        distinct = len({id(s) for s in real})
        r_size, r_words, r_claims, r_cpu, r_dt = measure(real, warm=distinct)  # (each report read once untimed)
        print(f"real reports ({', '.join(a.corpus)}): {len(real)} reports, {r_size / 1e6:.1f} MB, {r_words:,} words, "
              f"{r_claims:,} claims; {r_cpu:.2f} s CPU ({r_dt:.2f} s wall), {r_words / r_cpu:,.0f} words/s per core")
        print(f"sentences giving a claim: {claim_density(real):.1%} of the real reports', "
              f"{claim_density(sources):.1%} of the synthetic corpus'")
    worst = 0.0
    for name, line in pathological_lines().items():
        t0 = time.process_time()
        n = len(extract_claims(source(line)))
        dt = time.process_time() - t0
        worst = max(worst, dt)
        print(f"1 MB line, {name:24}: {dt:.3f} s, {n} claims {'OK' if dt < 1 else 'TOO SLOW'}")
    print(f"worst 1 MB line: {worst:.3f} s (target < 1 s) {'OK' if worst < 1 else 'TOO SLOW'}")
    return 0 if rate >= 200_000 and worst < 1 else 1


if __name__ == "__main__":
    sys.exit(main())
