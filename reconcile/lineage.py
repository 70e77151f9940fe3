"""Claim lineage: editors' decisions follow a claim when its report is re-read.

A claim's id derives from its source, kind, span and victim group.  Two things give
the *same* assertion a new id: a report replaced by a corrected text (same origin,
new sha256, so a new source id and shifted offsets) and a re-extraction after the
extractor improved (a wider span, a victim group now named).  Decisions are
append-only and name claims by id, so without help they would stay behind.

:func:`match` pairs the old claims of a report with the new ones by their evidence;
:func:`record` keeps the pairs in ``claim_lineage`` (old id -> new id, why, when), and
:func:`carry_over` appends, for every decision in force that names an old id, the same
decision naming the new one: same action, values, rationale, actor and time, with
``detail.carried_from`` pointing at the original row.  Nothing is updated or deleted:
the history shows both rows, and the latest (the carried one) is in force.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from sqlite_utils import Database

from .decisions import FAMILIES, split_target
from .models import NUMERIC_KINDS

TABLE = "claim_lineage"


def ensure_table(db: Database) -> None:
    db[TABLE].create(
        {"old_id": str, "new_id": str, "source_id": str, "reason": str, "recorded_at": str},
        pk="old_id", if_not_exists=True,
    )


def _evidence(text: str, claim: Mapping) -> str:
    return " ".join(text[claim["span_start"]:claim["span_end"]].split()).lower()


def match(old: Iterable[Mapping], old_text: str, new: Iterable[Mapping], new_text: str) -> dict[str, str]:
    """Pair old claims with new ones of the same kind; returns ``{old_id: new_id}``.

    On the same text, spans must overlap; on a corrected text, the evidence words must be
    the same.  Among candidates the best is the one with the same victim group, then the
    largest overlap (same text) or the nearest relative position (new text).  Each new
    claim takes at most one old one; a claim whose id did not change is not listed.
    """
    old, new = list(old), list(new)
    same_text = old_text == new_text
    scale = len(new_text) / max(len(old_text), 1)
    candidates = []
    for o in old:
        for n in new:
            if n["kind"] != o["kind"]:
                continue
            if same_text:
                overlap = min(o["span_end"], n["span_end"]) - max(o["span_start"], n["span_start"])
                if overlap <= 0:
                    continue
                closeness = overlap / max(o["span_end"] - o["span_start"], n["span_end"] - n["span_start"], 1)
            else:
                if _evidence(old_text, o) != _evidence(new_text, n):
                    continue
                closeness = -abs(n["span_start"] - o["span_start"] * scale)
            same_victims = (o.get("victims") or "") == (n.get("victims") or "")
            candidates.append(((same_victims, closeness), o["id"], n["id"]))
    candidates.sort(key=lambda c: c[0], reverse=True)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for _, o_id, n_id in candidates:
        if o_id in mapping or n_id in taken:
            continue
        mapping[o_id] = n_id
        taken.add(n_id)
    return {o: n for o, n in mapping.items() if o != n}


def record(db: Database, mapping: Mapping[str, str], source_id: str, reason: str) -> None:
    """Keep ``old -> new`` pairs; an older id already mapped to an old id now maps to the new one."""
    if not mapping:
        return
    ensure_table(db)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for old_id, new_id in mapping.items():
        db.execute(f"update {TABLE} set new_id = ? where new_id = ?", [new_id, old_id])
    db[TABLE].upsert_all(
        [{"old_id": o, "new_id": n, "source_id": source_id, "reason": reason, "recorded_at": now}
         for o, n in mapping.items()], pk="old_id")


def conflicts_named(db: Database, claim_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """The conflicts among ``claim_ids``'s that a decision names: id -> (claim_a, claim_b).

    Read before the old claims go (their conflict rows go with them), for :func:`carry_over`.
    """
    ids = list(claim_ids)
    if not ids or "decisions" not in db.table_names():
        return {}
    marks = ",".join("?" * len(ids))
    return {r["id"]: (r["claim_a"], r["claim_b"]) for r in db.query(
        f"select c.id, c.claim_a, c.claim_b from conflicts c "
        f"where (c.claim_a in ({marks}) or c.claim_b in ({marks})) "
        f"and exists (select 1 from decisions d where d.target = 'conflict:' || c.id)", ids * 2)}


def carry_over(db: Database, mapping: Mapping[str, str], conflicts: Mapping[str, tuple[str, str]] = {}) -> int:  # noqa: B006
    """Append, for each decision naming a re-keyed claim, the same decision naming its new id.

    Choices (``prefer``), ranks (``claim:ID``) and resolutions (``conflict:ID``: the pair's new
    conflict id; ``conflicts`` from :func:`conflicts_named`) in force, and every merge and split
    (they are replayed in order).  Returns the number of decisions appended.  Call after
    re-clustering, before ``decisions.reapply``.
    """
    if not mapping or "decisions" not in db.table_names():
        return 0
    from .conflicts import conflict_id
    from .decisions import ensure_views

    ensure_views(db)
    rows = list(db.query("select * from latest_decisions")) + list(
        db.query("select * from decisions where action in ('merge', 'split') order by id"))
    added = 0
    for d in rows:
        new = {k: d[k] for k in ("target", "kind", "action", "victims", "preferred_claim_id", "value_low",
                                 "value_high", "rationale", "actor", "decided_at")}
        detail = json.loads(d["detail"] or "{}")
        changed: dict[str, str] = {}
        prefix, ident = split_target(d["target"])
        if prefix == "claim" and ident in mapping:
            new["target"] = f"claim:{mapping[ident]}"
            changed[ident] = mapping[ident]
        if prefix == "conflict" and ident in conflicts:
            a, b = conflicts[ident]
            if a in mapping or b in mapping:
                new["target"] = f"conflict:{conflict_id(mapping.get(a, a), mapping.get(b, b))}"
                changed.update({x: mapping[x] for x in (a, b) if x in mapping})
        if d["preferred_claim_id"] in mapping:
            new["preferred_claim_id"] = mapping[d["preferred_claim_id"]]
            changed[d["preferred_claim_id"]] = new["preferred_claim_id"]
            # the choice is about the claim's group: a victim group now named moves it there
            row = db.execute("select victims from claims where id = ?", [new["preferred_claim_id"]]).fetchone()
            if row and new["kind"] in NUMERIC_KINDS:
                new["victims"] = (row[0] or "").strip() or None
        if FAMILIES.get(d["action"]) == "structure":
            named = [c for c in detail.get("claims") or [] if c in mapping]
            if named:
                detail["claims"] = [mapping.get(c, c) for c in detail["claims"]]
                changed.update({c: mapping[c] for c in named})
        if not changed:
            continue
        detail["carried_from"] = detail.get("carried_from") or d["id"]
        detail["carried"] = {**detail.get("carried", {}), **changed}
        new["detail"] = json.dumps(detail, sort_keys=True)
        db["decisions"].insert(new)
        added += 1
    return added


def follow(old: list[Mapping], old_text: str, new: list[dict], new_text: str) -> dict[str, str]:
    """Pair ``old`` claims with ``new`` rows (before the new rows are written): each new row
    inherits its old claim's event, so re-clustering keeps the event's id.  Returns the
    mapping; call :func:`settle` once the new rows are written."""
    mapping = match(old, old_text, new, new_text)
    events = {o["id"]: o.get("event_id") for o in old}
    by_new = {n: o for o, n in mapping.items()}
    for row in new:
        if row["id"] in by_new and not row.get("event_id"):
            row["event_id"] = events.get(by_new[row["id"]])
    return mapping


def settle(db: Database, mapping: Mapping[str, str], *, source_id: str, reason: str,
           conflicts: Mapping[str, tuple[str, str]]) -> int:
    """Record the lineage and carry the decisions over; returns the decisions appended."""
    record(db, mapping, source_id, reason)
    return carry_over(db, mapping, conflicts)
