"""Subjects: what a claim about no single event is about.

A group's strength, its founding year, its leader, a total over many incidents: such
claims carry ``claims.subject`` (``"<group>/<kind>"``, e.g. ``ISKP/strength``)
instead of an event.  The point in time (``event_date`` or the source's date) and the
``scope`` stay on the claim, so estimates from different years or regions form a
series, not a conflict (see :mod:`reconcile.conflicts`).

Leader names are grouped into people (alias table first, then rapidfuzz on the name as
written), and every spelling is kept in ``entity_variants``: variants, not conflicts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from rapidfuzz import fuzz
from sqlite_utils import Database

from .matching.features import EVENT_KINDS, ascii_fold
from .models import short_hash

CHUNK = 900
SUBJECT_FILTER = (
    "(c.kind not in (" + ",".join(f"'{k}'" for k in sorted(EVENT_KINDS)) + ") or coalesce(c.aggregate, 0) = 1)"
)
NAME_SIMILARITY = 85


@lru_cache(maxsize=4096)
def _actor(name: str):
    try:
        from .aliases import table
    except ImportError:
        return None
    try:
        t = table()
        canonical = t.resolve(name) or name
        return t.actors.get(canonical)
    except Exception:  # a broken user alias file must not stop the pipeline
        return None


def canonical_entity(name: str | None) -> str | None:
    """The alias table's id for ``name`` (ISIS-K, IS-K -> ISKP), else the name as given."""
    if not name:
        return None
    actor = _actor(name)
    return actor.id if actor is not None else name.strip()


def group_of(kind: str, entity: str | None, perpetrator: str | None) -> str | None:
    """The group a subject claim is about: a leader's group, else the entity or perpetrator."""
    if kind == "leader":
        for name in (perpetrator, entity):
            actor = _actor(name) if name else None
            if actor is not None and actor.type == "person" and actor.group:
                return actor.group
        if perpetrator:
            return canonical_entity(perpetrator)
        return None
    return canonical_entity(entity) or canonical_entity(perpetrator)


def subject_of(kind: str, entity: str | None, perpetrator: str | None, country: str | None,
               aggregate: bool | int | None) -> str:
    """The subject key of a non-event claim: ``<group>/<kind>`` (``/total`` for aggregates)."""
    group = group_of(kind, entity, perpetrator) or (country if aggregate else None) or "unattributed"
    suffix = f"{kind}-total" if aggregate and kind in EVENT_KINDS else kind
    return f"{group}/{suffix}"


def _person_key(text: str) -> str:
    return re.sub(r"[^a-z ]", "", ascii_fold(text)).strip()


def leader_variants(rows: list[dict]) -> list[dict]:
    """Group leader claims of one subject into people; one row per spelling of each."""
    people: list[dict] = []  # {"canonical", "keys": [..]}
    out: dict[tuple[str, str], dict] = {}
    for r in sorted(rows, key=lambda r: r["id"]):
        written = r.get("entity_text") or r.get("entity")
        if not written:
            continue
        actor = _actor(r.get("entity") or written) or _actor(written)
        canonical = actor.id if actor is not None and actor.type == "person" else None
        key = _person_key(written)
        person = None
        for p in people:
            if canonical and p["canonical"] == canonical:
                person = p
                break
            if any(fuzz.token_sort_ratio(key, k) >= NAME_SIMILARITY for k in p["keys"]):
                person = p
                break
        if person is None:
            person = {"canonical": canonical or written, "keys": []}
            people.append(person)
        person["keys"].append(key)
        slot = out.setdefault((person["canonical"], written), {
            "canonical": person["canonical"], "variant": written, "claim_count": 0, "first_claim": r["id"]})
        slot["claim_count"] += 1
    return list(out.values())


def assign(db: Database, changed_source_ids: list[str] | None) -> set[str]:
    """Set ``claims.subject`` of non-event claims; rebuild the touched subjects. Returns them."""
    if changed_source_ids is None:
        where, params = "1", []
        touched = {r[0] for r in db.execute("select id from subjects")}
    else:
        ids = list(dict.fromkeys(changed_source_ids))
        touched = {r[0][len("subject:"):] for r in db.execute(
            "select target from refresh_queue where target like 'subject:%'")}
        where = "c.source_id in (select value from json_each(?))"
        import json

        params = [json.dumps(ids)]
    rows = db.execute(
        f"select c.id, c.kind, c.entity, c.perpetrator, c.country, c.aggregate, c.subject from claims c "
        f"where {SUBJECT_FILTER} and {where}", params).fetchall()
    updates = []
    for cid, kind, entity, perp, country, aggregate, old in rows:
        subject = subject_of(kind, entity, perp, country, aggregate)
        touched.add(subject)
        if old:
            touched.add(old)
        if subject != old:
            updates.append((subject, cid))
    db.conn.executemany("update claims set subject = ?, event_id = null where id = ?", updates)
    # event claims never carry a subject
    if changed_source_ids is None:
        db.execute(f"update claims set subject = null where subject is not null and not {SUBJECT_FILTER.replace('c.', '')}")
    db.execute("delete from refresh_queue where target like 'subject:%'")
    rebuild(db, touched)
    return touched


def rebuild(db: Database, subjects: set[str]) -> None:
    """Recompute the ``subjects`` and ``entity_variants`` rows of ``subjects``."""
    todo = sorted(subjects)
    for k in range(0, len(todo), CHUNK):
        part = todo[k:k + CHUNK]
        marks = ",".join("?" * len(part))
        db.execute(f"delete from subjects where id in ({marks})", part)
        db.execute(f"delete from entity_variants where subject in ({marks})", part)
        by_subject: dict[str, list[dict]] = defaultdict(list)
        for r in db.query(
            f"select c.id, c.kind, c.entity, c.entity_text, c.perpetrator, c.event_date, c.source_id, "
            f"s.published, c.subject from claims c join sources s on s.id = c.source_id "
            f"where c.subject in ({marks})", part):
            by_subject[r["subject"]].append(r)
        rows, variants = [], []
        for subject, claims in by_subject.items():
            group, _, kind = subject.rpartition("/")
            dates = sorted(d for d in ((c["event_date"] or c["published"]) for c in claims) if d)
            rows.append({
                "id": subject, "label": f"{group}: {kind.replace('-', ' ')}", "kind": kind.split("-")[0],
                "entity": group, "claim_count": len(claims),
                "source_count": len({c["source_id"] for c in claims}),
                "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None,
            })
            if kind == "leader":
                for v in leader_variants(claims):
                    variants.append({"id": short_hash(subject, v["variant"], prefix="v"), "subject": subject,
                                     "entity": group, "kind": "leader", **v})
            else:
                names = Counter(c["entity_text"] for c in claims if c["entity_text"])
                for written, n in names.items():
                    canonical = canonical_entity(written) or written
                    variants.append({
                        "id": short_hash(subject, written, prefix="v"), "subject": subject, "entity": group,
                        "kind": kind, "variant": written, "canonical": canonical, "claim_count": n,
                        "first_claim": min(c["id"] for c in claims if c["entity_text"] == written),
                    })
        if rows:
            db["subjects"].insert_all(rows, pk="id", replace=True)
        if variants:
            db["entity_variants"].insert_all(variants, pk="id", replace=True)
