"""What the review pages show: an event's claims, their evidence in context, conflicts,
consensus, the editor's choice and the history of decisions; a subject's estimates over
time; the map of events.

Plain functions over a sqlite3 connection (the plugin runs them on Datasette's read
connections), returning dicts of plain values.  Nothing here produces HTML: the
templates escape every string that comes from a report.
"""

from __future__ import annotations

import json
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from . import charts
from .models import KINDS, NUMERIC_KINDS

CONTEXT_CHARS = 700


def rows(conn: sqlite3.Connection, sql: str, params: Iterable[Any] = ()) -> list[dict]:
    cur = conn.execute(sql, list(params))
    names = [d[0] for d in cur.description or ()]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    return bool(conn.execute("select 1 from sqlite_master where name = ? and type in ('table', 'view')",
                             [name]).fetchone())


def evidence_in_context(text: str, span_start: int, span_end: int, quote: str | None,
                        limit: int = CONTEXT_CHARS) -> dict:
    """The paragraph around a claim's evidence, cut into plain segments.

    Returns ``{"segments": [(role, text), ...], "clipped_start", "clipped_end", "valid"}``
    where role is ``""`` (context), ``"quote"`` (the claim's sentence) or ``"evidence"``
    (``text[span_start:span_end]``, exactly).  A span outside the text is flagged, not hidden.
    """
    n = len(text or "")
    if not (0 <= span_start <= span_end <= n):
        return {"segments": [("", quote or "")], "clipped_start": False, "clipped_end": False, "valid": False}
    p_start = text.rfind("\n\n", 0, span_start)
    p_start = 0 if p_start < 0 else p_start + 2
    p_end = text.find("\n\n", span_end)
    p_end = n if p_end < 0 else p_end
    half = limit // 2
    clipped_start = clipped_end = False
    if span_start - p_start > half:
        cut = text.rfind(" ", p_start, span_start - half)
        p_start, clipped_start = (cut + 1 if cut >= 0 else span_start - half), True
    if p_end - span_end > half:
        cut = text.find(" ", span_end + half, p_end)
        p_end, clipped_end = (cut if cut >= 0 else span_end + half), True
    q_start = q_end = None
    if quote:
        pos = text.find(quote, max(0, span_end - len(quote)), span_start + len(quote))
        if pos >= 0 and pos <= span_start and pos + len(quote) >= span_end:
            q_start, q_end = max(pos, p_start), min(pos + len(quote), p_end)
    cuts = [(p_start, "")]
    if q_start is not None and q_start < span_start:
        cuts.append((q_start, "quote"))
    cuts.append((span_start, "evidence"))
    if q_end is not None and q_end > span_end:
        cuts.append((span_end, "quote"))
        cuts.append((q_end, ""))
    else:
        cuts.append((span_end, ""))
    segments = []
    for (start, role), (end, _) in zip(cuts, cuts[1:] + [(p_end, "")]):
        if end > start:
            segments.append((role, text[start:end]))
    if not any(role == "evidence" for role, _ in segments):  # an empty span: show where it sits
        segments.append(("evidence", ""))
    return {"segments": segments, "clipped_start": clipped_start, "clipped_end": clipped_end, "valid": True}


def format_interval(low: Any, high: Any) -> str:
    if low is None and high is None:
        return "—"
    if high is None:
        return f"≥ {low:,}"
    if low is None:
        return f"≤ {high:,}"
    return f"{low:,}" if low == high else f"{low:,}–{high:,}"


def _claims(conn: sqlite3.Connection, where: str, params: list) -> list[dict]:
    found = rows(conn, f"""
        select c.*, s.title as source_title, s.publisher, s.published, s.url as source_url,
               s.origin as source_origin, s.copy_of, s.text as source_text
        from claims c join sources s on s.id = c.source_id
        where {where}
        order by c.kind, coalesce(c.victims, ''), coalesce(s.published, ''), c.id""", params)
    for c in found:
        c["context"] = evidence_in_context(c.pop("source_text") or "", c["span_start"], c["span_end"], c["quote"])
        c["interval"] = format_interval(c["value_low"], c["value_high"])
        c["interval_differs"] = c["interval"] not in ("—", (c.get("value_text") or "").strip())
        who = c.get("claimant") or c.get("publisher") or "?"
        c["chart_label"] = f"{who} ({c.get('publisher') or '?'}, {c.get('published') or 'undated'})"
    return found


def _consensus(conn: sqlite3.Connection, column: str, value: str) -> dict:
    if not has_table(conn, "consensus"):
        return {}
    cols = {r[1] for r in conn.execute("pragma table_info(consensus)")}
    if column not in cols:
        return {}
    return {(r.get("kind"), r.get("victims") or ""): r for r in rows(conn, f"select * from consensus where {column} = ?", [value])}


def _reconciled(conn: sqlite3.Connection, column: str, value: str) -> dict:
    if not has_table(conn, "reconciled"):
        return {}
    return {(r["kind"], r["victims"] or ""): r for r in rows(conn, f"select * from reconciled where {column} = ?", [value])}


def _group(found: list[dict], consensus: dict, reconciled: dict, conflicted: set[str]) -> list[dict]:
    groups: OrderedDict[tuple, dict] = OrderedDict()
    for c in found:
        c["conflicted"] = c["id"] in conflicted
        victims = c["victims"] if c["kind"] in NUMERIC_KINDS else None  # only counts have victim groups
        key = (c["kind"], victims or "")
        g = groups.setdefault(key, {"kind": c["kind"], "victims": victims, "claims": [],
                                    "numeric": c["kind"] in NUMERIC_KINDS,
                                    "kind_help": KINDS.get(c["kind"], {}).get("help", c["kind"])})
        g["claims"].append(c)
    order = {k: i for i, k in enumerate(KINDS)}
    groups = OrderedDict(sorted(groups.items(), key=lambda kv: (order.get(kv[0][0], len(order)), kv[0])))
    for key, g in groups.items():
        cons = consensus.get(key) or {}
        rec = reconciled.get(key) or {}
        g["consensus"] = cons
        g["reconciled"] = rec
        band = (cons.get("low"), cons.get("high")) if cons else None
        if not cons and rec:
            band = (rec.get("consensus_low"), rec.get("consensus_high"))
        choice = None
        if rec.get("decided_by") == "editor":
            choice = (rec.get("value_low"), rec.get("value_high"))
        g["consensus_text"] = format_interval(*band) if band and any(v is not None for v in band) else None
        g["choice_text"] = format_interval(*choice) if choice else None
        g["chart"] = charts.figures_chart(g["claims"], band, choice) if g["numeric"] else None
    return list(groups.values())


def event_page(conn: sqlite3.Connection, event_id: str) -> dict | None:
    found_event = rows(conn, "select * from events where id = ?", [event_id])
    if not found_event:
        return None
    event = found_event[0]
    found = _claims(conn, "c.event_id = ?", [event_id])
    conflicts = rows(conn, "select * from conflict_review where event_id = ? order by severity desc, id", [event_id]) \
        if has_table(conn, "conflict_review") else []
    by_id = {c["id"]: c for c in found}
    for k in conflicts:
        k["a"], k["b"] = by_id.get(k["claim_a"]), by_id.get(k["claim_b"])
    conflicted = {k[s] for k in conflicts if k["review"] != "resolved" for s in ("claim_a", "claim_b")}
    groups = _group(found, _consensus(conn, "event_id", event_id), _reconciled(conn, "event_id", event_id), conflicted)
    targets = [f"event:{event_id}"] + [f"claim:{c['id']}" for c in found] + [f"conflict:{k['id']}" for k in conflicts]
    marks = ",".join("?" * len(targets))
    history = rows(conn, f"""select * from decisions where target in ({marks})
                             or (action = 'merge' and detail like ?) order by id desc""",
                   [*targets, f'%"{event_id}"%'])
    for h in history:
        h["detail_obj"] = json.loads(h["detail"]) if h.get("detail") else None
    others = rows(conn, """select id, label, date_start, place from events where id != ?
                           order by abs(coalesce(julianday(date_start), 0) - coalesce(julianday(?), 0)), id limit 40""",
                  [event_id, event.get("date_start")])
    sources = len({c["source_id"] for c in found})
    return {"event": event, "groups": groups, "conflicts": conflicts, "history": history, "claims": found,
            "other_events": others, "source_count": sources, "claim_count": len(found)}


def merged_into(conn: sqlite3.Connection, event_id: str) -> str | None:
    """The event an editor merged ``event_id`` into, if it still exists (old links keep working)."""
    for d in rows(conn, "select target, detail from decisions where action = 'merge' and detail like ? order by id desc",
                  [f'%"{event_id}"%']):
        detail = json.loads(d["detail"] or "{}")
        target = d["target"].partition(":")[2]
        if detail.get("from") == event_id and rows(conn, "select 1 from events where id = ?", [target]):
            return target
    return None


def subject_page(conn: sqlite3.Connection, subject: str) -> dict | None:
    found = _claims(conn, "c.subject = ? and c.event_id is null", [subject])
    if not found:
        found = _claims(conn, "c.subject = ?", [subject])
    if not found:
        return None
    conflicts = rows(conn, "select * from conflict_review where subject = ? order by severity desc, id", [subject]) \
        if has_table(conn, "conflict_review") else []
    by_id = {c["id"]: c for c in found}
    for k in conflicts:
        k["a"], k["b"] = by_id.get(k["claim_a"]), by_id.get(k["claim_b"])
    conflicted = {k[s] for k in conflicts if k["review"] != "resolved" for s in ("claim_a", "claim_b")}
    groups = _group(found, _consensus(conn, "subject", subject), _reconciled(conn, "subject", subject), conflicted)
    for g in groups:
        g["over_time"] = charts.over_time_chart(g["claims"]) if g["numeric"] else None
    targets = [f"subject:{subject}"] + [f"claim:{c['id']}" for c in found] + [f"conflict:{k['id']}" for k in conflicts]
    marks = ",".join("?" * len(targets))
    history = rows(conn, f"select * from decisions where target in ({marks}) order by id desc", targets)
    return {"subject": subject, "groups": groups, "conflicts": conflicts, "history": history, "claims": found,
            "source_count": len({c["source_id"] for c in found}), "claim_count": len(found)}


LANDMARKS = ("Kabul", "Kandahar", "Herat", "Mazar-i-Sharif", "Jalalabad", "Kunduz", "Ghazni", "Khost",
             "Peshawar", "Quetta", "Islamabad", "Lahore", "Karachi", "Dushanbe", "Tashkent", "Termez")


def landmarks() -> list[dict]:
    """Major towns with coordinates from the gazetteer, drawn in grey on the map for orientation."""
    try:
        from .gazetteer import lookup
    except ImportError:  # pragma: no cover
        return []
    out = []
    for name in LANDMARKS:
        place = lookup(name)
        if place is not None and place.lat is not None and place.lon is not None:
            out.append({"name": place.name, "lat": place.lat, "lon": place.lon})
    return out


def map_page(conn: sqlite3.Connection, limit: int = 1000) -> dict:
    """The most recent ``limit`` events (all of them on a desk of ordinary size)."""
    total = conn.execute("select count(*) from events").fetchone()[0]
    events = rows(conn, """
        select e.*, (select count(*) from claims c where c.event_id = e.id) as claims_n,
               (select count(*) from conflicts k where k.event_id = e.id) as conflicts
        from events e order by e.date_start desc, e.id limit ?""", [limit])
    for e in events:
        e["claim_count"] = e.get("claims_n") or e.get("claim_count")
    return {"events": events, "map": charts.map_chart(events, landmarks=landmarks()), "total": total,
            "located": sum(1 for e in events if e.get("latitude") is not None)}
