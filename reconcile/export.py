"""``reconcile export``: reconciled values with their provenance (CSV, JSON), and
schema.org ClaimReview JSON-LD for the figures editors have signed off.

Every value carries where it came from: the claims behind it, each with its source
(outlet, title, date, URL), its claimant and the exact evidence
(``sources.text[span_start:span_end]``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from .decisions import ensure_views
from .models import NUMERIC_KINDS

FORMATS = ("csv", "json", "claimreview")
CSV_FIELDS = [
    "event_id", "event_label", "event_date", "place", "country", "subject", "kind", "victims",
    "value_low", "value_high", "decided_by", "editor", "editor_rationale", "editor_decided_at", "editor_claim",
    "consensus_low", "consensus_high", "consensus_best", "consensus_grade", "consensus_rule",
    "claims", "sources", "claim_ids", "evidence",
]


def _claims_by_group(db: Database) -> dict[tuple, list[dict]]:
    groups: dict[tuple, list[dict]] = {}
    for c in db.query("""
        select c.id, c.event_id, c.subject, c.kind, c.victims, c.value_low, c.value_high, c.value_text,
               c.qualifier, c.entity, c.quote, c.span_start, c.span_end, c.claimant, c.claimant_role,
               c.status, c.event_date,
               substr(s.text, c.span_start + 1, c.span_end - c.span_start) as evidence,
               s.id as source_id, s.title, s.publisher, s.author, s.url, s.published, s.origin, s.copy_of
        from claims c join sources s on s.id = c.source_id
        where c.event_id is not null or c.subject is not null
        order by coalesce(s.published, ''), c.id"""):
        key = (c["event_id"], None if c["event_id"] else c["subject"], c["kind"], c["victims"] or "")
        groups.setdefault(key, []).append(c)
    return groups


def _claim_record(c: dict) -> dict:
    return {
        "id": c["id"], "value_low": c["value_low"], "value_high": c["value_high"], "value_text": c["value_text"],
        "qualifier": c["qualifier"], "entity": c["entity"], "claimant": c["claimant"],
        "claimant_role": c["claimant_role"], "status": c["status"], "quote": c["quote"], "evidence": c["evidence"],
        "span": [c["span_start"], c["span_end"]],
        "source": {"id": c["source_id"], "title": c["title"], "publisher": c["publisher"], "author": c["author"],
                   "url": c["url"], "published": c["published"], "origin": c["origin"], "copy_of": c["copy_of"]},
    }


def reconciled_records(db: Database) -> list[dict]:
    """One record per event (or subject), kind and victim group, with its claims as provenance."""
    ensure_views(db)
    events = {e["id"]: e for e in db.query("select id, label, date_start, place, country from events")}
    groups = _claims_by_group(db)
    out = []
    for r in db.query("select * from reconciled order by coalesce(event_id, ''), coalesce(subject, ''), kind, victims"):
        key = (r["event_id"], r["subject"], r["kind"], r["victims"] or "")
        e = events.get(r["event_id"]) or {}
        claims = groups.get(key, [])
        out.append({
            "event_id": r["event_id"], "event_label": e.get("label"), "event_date": e.get("date_start"),
            "place": e.get("place"), "country": e.get("country"), "subject": r["subject"], "kind": r["kind"],
            "victims": r["victims"], "value_low": r["value_low"], "value_high": r["value_high"],
            "value_text": r.get("editor_value_text"), "decided_by": r["decided_by"], "editor": r["editor"],
            "editor_rationale": r["editor_rationale"], "editor_decided_at": r["editor_decided_at"],
            "editor_claim": r["editor_claim"],
            "consensus": {k: r[f"consensus_{k}"] for k in ("low", "high", "best", "grade", "rule")},
            "claims": [_claim_record(c) for c in claims],
        })
    return out


def to_csv(records: Iterable[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    for r in records:
        row = {k: r.get(k) for k in CSV_FIELDS}
        row.update({f"consensus_{k}": v for k, v in r["consensus"].items()})
        row["claims"] = len(r["claims"])
        row["sources"] = "; ".join(dict.fromkeys(
            f"{c['source']['publisher'] or '?'}: {c['source']['title'] or c['source']['origin']}"
            f" ({c['source']['published'] or 'undated'})" for c in r["claims"]))
        row["claim_ids"] = " ".join(c["id"] for c in r["claims"])
        row["evidence"] = " | ".join(f"{c['claimant'] or c['source']['publisher'] or '?'}: {c['evidence']}"
                                     for c in r["claims"])
        w.writerow({k: _cell(v) for k, v in row.items()})
    return buf.getvalue()


def _cell(value: Any) -> Any:
    """Report text that a spreadsheet would run as a formula is prefixed with an apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _drop_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_none(v) for v in value]
    return value


def _overlaps(c: dict, low: Any, high: Any) -> bool:
    lo = max(c["value_low"] or 0, low or 0)
    highs = [h for h in (c["value_high"], high) if h is not None]
    return not highs or lo <= min(highs)


RATINGS = {
    "preferred": (5, "Preferred by the editor"),
    "consistent": (4, "Consistent with the reconciled figure"),
    "unverified": (3, "Not checked against a reconciled figure"),
    "inconsistent": (2, "Inconsistent with the reconciled figure"),
    "deprecated": (1, "Deprecated by the editor"),
}


def _rating(c: dict, r: dict) -> str:
    if c["status"] == "deprecated":
        return "deprecated"
    if c["status"] == "preferred" or c["id"] == r["editor_claim"]:
        return "preferred"
    if r["decided_by"] != "editor":
        return "unverified"
    if r["kind"] in NUMERIC_KINDS:
        if c["value_low"] is None and c["value_high"] is None:
            return "unverified"
        return "consistent" if _overlaps(c, r["value_low"], r["value_high"]) else "inconsistent"
    return "consistent" if r.get("value_text") and c["entity"] == r.get("value_text") else "inconsistent"


def claim_reviews(records: Iterable[dict], publisher: str = "Claims desk", base_url: str | None = None) -> list[dict]:
    """schema.org ClaimReview for every claim in a group an editor decided, and every deprecated claim."""
    out = []
    for r in records:
        for c in r["claims"]:
            if r["decided_by"] != "editor" and c["status"] != "deprecated":
                continue
            rating = _rating(c, r)
            value, name = RATINGS[rating]
            src = c["source"]
            review = {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "identifier": c["id"],
                "datePublished": (r["editor_decided_at"] or "")[:10] or None,
                "claimReviewed": c["quote"],
                "author": {"@type": "Organization", "name": publisher},
                "itemReviewed": {
                    "@type": "Claim",
                    "author": {"@type": "Organization" if c["claimant_role"] != "reporter" else "Person",
                               "name": c["claimant"] or src["publisher"] or "unknown"},
                    "datePublished": src["published"],
                    "appearance": {"@type": "CreativeWork", "headline": src["title"], "url": src["url"],
                                   "publisher": {"@type": "Organization", "name": src["publisher"]}},
                },
                "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                                 "alternateName": name},
                "reviewBody": _review_body(r, c),
            }
            if base_url and r["event_id"]:
                review["url"] = f"{base_url.rstrip('/')}/-/event/{r['event_id']}#claim-{c['id']}"
            out.append(_drop_none(review))
    return out


def _review_body(r: dict, c: dict) -> str:
    what = f"{r['kind']}" + (f" ({r['victims']})" if r["victims"] else "")
    if r["decided_by"] == "editor":
        lo, hi = r["value_low"], r["value_high"]
        figure = r.get("value_text") if r["kind"] not in NUMERIC_KINDS else (
            f"{lo}" if lo == hi else f"{lo if lo is not None else '?'}-{hi if hi is not None else 'open'}")
        text = f"Reconciled {what}: {figure}, decided by {r['editor']}: {r['editor_rationale']}"
    else:
        text = f"No reconciled {what} decided by an editor."
    if c["status"] == "deprecated":
        text += " This claim is deprecated."
    return text


def export(db: Database, fmt: str = "csv", *, base_url: str | None = None) -> str:
    """The reconciled desk as text in ``fmt`` (csv, json or claimreview)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    records = reconciled_records(db)
    if fmt == "csv":
        return to_csv(records)
    if fmt == "json":
        return json.dumps({"reconciled": records}, indent=2, ensure_ascii=False) + "\n"
    return json.dumps(claim_reviews(records, base_url=base_url), indent=2, ensure_ascii=False) + "\n"
