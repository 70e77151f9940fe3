"""Extraction speed: words per second per core on a synthetic corpus, and the time
the extractor takes on pathological 1 MB single lines.

    python -m reconcile.benchmarks.extract [--mb 10] [--seed 1]

Targets (issue 3): >= 200,000 words/s per core; every 1 MB line in < 1 s.
The corpus is generated here from templates (our own words), about one sentence in
seven carrying a figure (more than a typical wire story), like a wire story; it runs in one process, so the rate is
per core.
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="reconcile bench extract", description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=10.0, help="size of the synthetic corpus in MB (default 10)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)

    reports = corpus(a.mb, a.seed)
    sources = [source(r) for r in reports]
    words = sum(len(r.split()) for r in reports)
    size = sum(len(r.encode()) for r in reports)
    extract_claims(sources[0])  # warm the caches (regexes, YAML tables)
    t0, c0 = time.perf_counter(), time.process_time()
    claims = 0
    for s in sources:
        claims += len(extract_claims(s))
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    rate = words / cpu  # CPU time of this one process: the rate per core, whatever else runs
    print(f"corpus: {len(sources)} reports, {size / 1e6:.1f} MB, {words:,} words, {claims:,} claims")
    if hasattr(os, "getloadavg"):  # CPU time is per core, but a busy machine still slows it (shared caches)
        print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    print(f"extract: {cpu:.2f} s CPU ({dt:.2f} s wall), {rate:,.0f} words/s per core (target >= 200,000) "
          f"{'OK' if rate >= 200_000 else 'BELOW TARGET'}")
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
