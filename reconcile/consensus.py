"""Consensus: the range the desk computes per event (or subject), kind and victim group.

Default rule, named in every row:

* deprecated claims are left out; a perpetrator's own figures are left out (they are
  kept apart in ``perpetrator_low/high``) unless nothing else exists;
* an outlet that revised its figure counts with its latest figure only, and a figure a
  report itself tells as updated ("initially said a dozen ... has risen to 31") is left out;
* copies (``sources.copy_of``) and several reports from one outlet are one
  *independent* source;
* when every remaining figure is compatible, the consensus is their intersection
  (``low``..``high``; ``best`` its low end when open, else its middle); otherwise the
  envelope, with ``best`` the median of the figures.

Grades in the spirit of Airwars: ``single source`` (one independent source),
``corroborated`` (two or more, compatible), ``contested`` (figures that cannot all be
true).  For a subject, only the latest year's estimates are combined.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict

from .conflicts import TOLL_KINDS
from .intervals import envelope, intersection, point
from .models import short_hash
from .revisions import superseded
from .subjects import canonical_entity

NUMERIC = frozenset({"killed", "injured", "strength", "founded", "attacks"})


def consensus_id(event_id: str | None, subject: str | None, kind: str, victims: str | None) -> str:
    return short_hash(event_id or "", subject or "", kind, victims or "", prefix="n")


def _independent_key(c: dict, roots: dict[str, str], publishers: dict[str, str] | None = None) -> str:
    """What makes a source independent: its outlet; a copy counts as the source it copies."""
    sid = c["source_id"]
    root = roots.get(sid, sid)
    if root != sid:
        publisher = (publishers or {}).get(root)
        return f"pub:{publisher}" if publisher else f"src:{root}"
    publisher = (c.get("publisher") or "").strip().lower()
    return f"pub:{publisher}" if publisher else f"src:{root}"


def _publishers(claims: list[dict]) -> dict[str, str]:
    return {c["source_id"]: (c.get("publisher") or "").strip().lower() for c in claims if c.get("publisher")}


def _latest_per_outlet(claims: list[dict], roots: dict[str, str]) -> list[dict]:
    """Drop figures an outlet later replaced (the latest report, then the last in the text)."""
    best: dict[str, dict] = {}
    pubs = _publishers(claims)
    for c in claims:
        key = _independent_key(c, roots, pubs) + "|" + (c.get("claimant") or "")
        order = (c.get("published") or "", c["source_id"], c.get("span_start") or 0)
        if key not in best or order > best[key]["_order"]:
            best[key] = {**c, "_order": order}
    return list(best.values())


def numeric_row(claims: list[dict], roots: dict[str, str], *, event_id=None, subject=None,
                kind: str, victims: str | None) -> dict:
    usable = [c for c in claims if c.get("status") != "deprecated"
              and (c["value_low"] is not None or c["value_high"] is not None)]
    perp = [c for c in usable if c.get("claimant_role") == "perpetrator"]
    others = [c for c in usable if c.get("claimant_role") != "perpetrator"]
    rule_parts = []
    chosen = others
    if not others and perp:
        chosen = perp
        rule_parts.append("perpetrator figures only")
    elif perp:
        rule_parts.append("perpetrator figures excluded")
    latest = _latest_per_outlet(chosen, roots)
    if len(latest) < len(chosen):
        rule_parts.append("superseded figures of an outlet excluded")
    old = superseded(chosen) if kind in TOLL_KINDS else set()
    if old and any(c["id"] not in old for c in latest):
        # "officials initially said about a dozen ... the toll has risen to 31": the dozen is history
        kept = [c for c in latest if c["id"] not in old]
        if len(kept) < len(latest):
            latest = kept
            rule_parts.append("figures their own report updates excluded")
    intervals = [(c["value_low"], c["value_high"]) for c in latest]
    n_sources = len({c["source_id"] for c in chosen})
    pubs = _publishers(claims)
    n_independent = len({_independent_key(c, roots, pubs) for c in chosen})
    low = high = best = None
    grade = None
    if intervals:
        common = intersection(intervals)
        if common is not None:
            low, high = common
            best = low if high is None else round((low + high) / 2)
            rule_parts.insert(0, f"intersection of {len(intervals)} figure(s)")
            grade = "single source" if n_independent <= 1 else "corroborated"
        else:
            low, high = envelope(intervals)
            best = round(statistics.median(point(i) for i in intervals))
            rule_parts.insert(0, f"envelope of {len(intervals)} incompatible figures, best = median")
            grade = "contested"
    if copies := sum(1 for c in chosen if roots.get(c["source_id"], c["source_id"]) != c["source_id"]):
        rule_parts.append(f"{copies} claim(s) from copied reports not independent")
    p_iv = envelope([(c["value_low"], c["value_high"]) for c in perp]) if perp else (None, None)
    note = None
    if perp and chosen is not perp:
        note = "perpetrator claims " + ", ".join(sorted({_fmt(c) for c in perp}))
    return {
        "id": consensus_id(event_id, subject, kind, victims), "event_id": event_id, "subject": subject,
        "kind": kind, "victims": victims, "low": low, "high": high, "best": best,
        "rule": "; ".join(rule_parts) or None, "n_claims": len(claims), "n_sources": n_sources,
        "n_independent": n_independent, "grade": grade,
        "perpetrator_low": p_iv[0] if perp else None, "perpetrator_high": p_iv[1] if perp else None,
        "note": note,
    }


def _fmt(c: dict) -> str:
    lo, hi = c["value_low"], c["value_high"]
    return f"{lo}+" if hi is None else (str(lo) if lo == hi else f"{lo}-{hi}")


def naming_row(claims: list[dict], roots: dict[str, str], *, event_id=None, subject=None,
               kind: str) -> dict:
    """Attribution or leader: the name most independent sources give, contested when they differ."""
    usable = [c for c in claims if c.get("status") != "deprecated" and c.get("entity")]
    votes: dict[str, set[str]] = defaultdict(set)
    pubs = _publishers(claims)
    for c in usable:
        votes[canonical_entity(c["entity"])].add(_independent_key(c, roots, pubs))
    n_independent = len({_independent_key(c, roots, pubs) for c in usable})
    ranked = sorted(votes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    grade = None
    if ranked:
        grade = "contested" if len(ranked) > 1 and kind == "attribution" else (
            "single source" if n_independent <= 1 else "corroborated")
    note = "; ".join(f"{name} ({len(srcs)} source(s))" for name, srcs in ranked) or None
    return {
        "id": consensus_id(event_id, subject, kind, None), "event_id": event_id, "subject": subject,
        "kind": kind, "victims": None, "low": None, "high": None, "best": None,
        "rule": "most independent sources" if ranked else None, "n_claims": len(claims),
        "n_sources": len({c["source_id"] for c in usable}), "n_independent": n_independent,
        "grade": grade, "perpetrator_low": None, "perpetrator_high": None, "note": note,
    }


def compute(claims: list[dict], roots: dict[str, str], *, event_id: str | None = None,
            subject: str | None = None) -> list[dict]:
    """Consensus rows for one event or subject, one per kind and victim group."""
    if subject is not None and event_id is None:
        every = claims
        claims = _latest_year(claims)
    groups: dict[tuple[str, str | None], list[dict]] = defaultdict(list)
    for c in claims:
        groups[(c["kind"], c["victims"] if c["kind"] in NUMERIC else None)].append(c)
    rows = []
    for (kind, victims), items in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        if kind in NUMERIC:
            row = numeric_row(items, roots, event_id=event_id, subject=subject, kind=kind, victims=victims)
            if subject is not None and event_id is None and kind == "strength":
                left = len([c for c in every if c["kind"] == kind]) - len(items)
                when = str(items[0].get("event_date") or items[0].get("published") or "")[:4]
                row["rule"] = f"latest estimates ({when}, one scope); " + (row["rule"] or "") + (
                    f"; {left} earlier or other-scope estimate(s) form the series" if left else "")
            rows.append(row)
        else:
            rows.append(naming_row(items, roots, event_id=event_id, subject=subject, kind=kind))
    return rows


def _latest_year(claims: list[dict]) -> list[dict]:
    """For estimates that form a series (strength), only the latest point in time and, among
    its estimates, those of the scope most of them share ("eastern Afghanistan" and
    "nationwide" are two series, not a contradiction)."""
    def year(c):
        return str(c.get("event_date") or c.get("published") or "")[:4]

    def scope(c):
        return " ".join((c.get("scope") or "").lower().split())

    by_kind: dict[str, list[dict]] = defaultdict(list)
    for c in claims:
        by_kind[c["kind"]].append(c)
    out = []
    for kind, items in by_kind.items():
        if kind == "strength":
            last = max(year(c) for c in items)
            items = [c for c in items if year(c) == last]
            scopes = Counter(scope(c) for c in items)
            top = max(scopes.values())
            chosen = min(sc for sc, n in scopes.items() if n == top)
            items = [c for c in items if scope(c) == chosen]
        out.extend(items)
    return out
