"""Editors' decisions: recorded as new rows, never updated; the latest wins.

A decision has an *action* and a *target*:

========== ================= ===========================================================
family     actions           target and effect
========== ================= ===========================================================
choice     prefer, value,    ``event:ID`` or ``subject:NAME`` with a ``kind`` and a victim
           clear             group: the preferred claim, an editor's value, or back to the
                             computed consensus
rank       deprecate,        ``claim:ID``: the claim's rank (Wikidata style:
           restore           preferred / normal / deprecated)
resolution resolve,          ``conflict:ID``: the conflict marked resolved or open again
           unresolve
structure  merge, split      ``event:ID``: merge another event into it (``detail.from``),
                             or split some of its claims off (``detail.claims``)
========== ================= ===========================================================

The latest decision of each family per target (and, for choices, kind and victim
group) is in force.  :func:`reapply` writes its effects into derived columns
(``claims.status``, ``claims.event_id`` for merges and splits) and is run after every
ingest and re-clustering, so decisions survive both.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from .models import KINDS, NUMERIC_KINDS, Decision, short_hash

FAMILIES = {
    "prefer": "choice", "value": "choice", "clear": "choice",
    "deprecate": "rank", "restore": "rank",
    "resolve": "resolution", "unresolve": "resolution",
    "merge": "structure", "split": "structure",
}
TARGET_KINDS = {"choice": ("event", "subject"), "rank": ("claim",), "resolution": ("conflict",),
                "structure": ("event",)}
FAMILY_SQL = ("CASE WHEN {a} IN ('prefer','value','clear') THEN 'choice' "
              "WHEN {a} IN ('deprecate','restore') THEN 'rank' "
              "WHEN {a} IN ('resolve','unresolve') THEN 'resolution' ELSE 'structure' END")
EXPORT_FIELDS = ["id", "target", "kind", "action", "victims", "preferred_claim_id", "value_low", "value_high",
                 "detail", "rationale", "actor", "decided_at"]


class DecisionError(ValueError):
    """A decision that cannot be recorded: what is wrong with it, in one line."""


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def split_target(target: str) -> tuple[str, str]:
    prefix, sep, rest = (target or "").partition(":")
    if not sep or not rest or prefix not in ("event", "subject", "claim", "conflict"):
        raise DecisionError(f"bad target {target!r}: event:ID, subject:NAME, claim:ID or conflict:ID")
    return prefix, rest


def _one(db: Database, sql: str, params: Iterable[Any]) -> dict | None:
    return next(iter(db.query(sql, list(params))), None)


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
    return value if value not in ("", None) else None


def check(db: Database, d: Decision) -> Decision:
    """Validate ``d`` against the desk as it is now; return it normalized."""
    family = FAMILIES.get(d.action)
    if family is None:
        raise DecisionError(f"unknown action {d.action!r} (known: {', '.join(FAMILIES)})")
    if not d.rationale.strip():
        raise DecisionError("a rationale is required")
    prefix, ident = split_target(d.target)
    if prefix not in TARGET_KINDS[family]:
        raise DecisionError(f"{d.action} needs a target of type {' or '.join(TARGET_KINDS[family])}, not {prefix}")
    data = d.model_dump()
    data["victims"] = _norm(d.victims)
    data["kind"] = _norm(d.kind)
    detail = json.loads(d.detail) if isinstance(getattr(d, "detail", None), str) else None
    if family != "choice" or data["kind"] not in NUMERIC_KINDS:
        data["victims"] = None  # only counts have victim groups (as in the consensus)
    if family != "choice":
        data["kind"] = None
    if family != "choice" or d.action != "prefer":
        data["preferred_claim_id"] = None
    if family != "choice" or d.action != "value":
        data.update(value_low=None, value_high=None)
    if prefix == "event" and not db["events"].count_where("id = ?", [ident]):
        raise DecisionError(f"no event {ident!r}")
    if prefix == "subject" and not db["claims"].count_where("subject = ?", [ident]):
        raise DecisionError(f"no claims about subject {ident!r}")
    if prefix == "claim" and not db["claims"].count_where("id = ?", [ident]):
        raise DecisionError(f"no claim {ident!r}")
    if prefix == "conflict" and not db["conflicts"].count_where("id = ?", [ident]):
        raise DecisionError(f"no conflict {ident!r}")
    if family == "choice":
        if data["kind"] not in KINDS:
            raise DecisionError(f"a kind is required ({', '.join(KINDS)})")
        if d.action == "prefer":
            claim = _one(db, "select * from claims where id = ?", [d.preferred_claim_id or ""])
            if claim is None:
                raise DecisionError(f"no claim {d.preferred_claim_id!r} to prefer")
            where = claim["event_id"] if prefix == "event" else claim["subject"]
            victims = _norm(claim["victims"]) if claim["kind"] in NUMERIC_KINDS else None
            if where != ident or claim["kind"] != data["kind"] or victims != data["victims"]:
                raise DecisionError(f"claim {claim['id']} is not a {data['kind']} claim about {d.target} "
                                    f"(victims {data['victims'] or 'unspecified'})")
        if d.action == "value":
            if data["kind"] not in NUMERIC_KINDS:
                raise DecisionError(f"{data['kind']} takes no number: prefer a claim instead")
            if d.value_low is None and d.value_high is None:
                raise DecisionError("a value (low, high or both) is required")
    if d.action == "merge":
        other = (detail or {}).get("from")
        if not other or other == ident or not db["events"].count_where("id = ?", [other]):
            raise DecisionError("merge needs another existing event to merge from (detail.from)")
        # The claims are what the decision is about: they stay with this event whatever ids
        # a later re-clustering gives.
        moved = sorted(r["id"] for r in db.query("select id from claims where event_id = ?", [other]))
        data["detail"] = json.dumps({"from": other, "claims": moved}, sort_keys=True)
    if d.action == "split":
        moved = (detail or {}).get("claims") or []
        inside = {r["id"] for r in db.query("select id from claims where event_id = ?", [ident])}
        if not moved or not set(moved) <= inside or set(moved) == inside:
            raise DecisionError("split needs some, not all, of the event's claims (detail.claims)")
    return Decision(**data)


def record(db: Database, decision: Decision | dict, *, apply: bool = True) -> Decision:
    """Validate and append one decision (a new row, never an update), then re-apply decisions."""
    if isinstance(decision, dict):
        decision = Decision(**{"decided_at": utc_now(), **decision})
    with db.atomic():
        d = check(db, decision)
        row = d.model_dump(exclude={"id"})
        db["decisions"].insert(row)
        d = d.model_copy(update={"id": db.execute("select last_insert_rowid()").fetchone()[0]})
        if apply:
            reapply(db)
            if FAMILIES[d.action] == "rank":
                _recompute_for_claim(db, split_target(d.target)[1])
    return d


def history(db: Database, targets: Iterable[str]) -> list[dict]:
    """Every decision on any of ``targets``, newest first."""
    targets = list(targets)
    if not targets:
        return []
    marks = ",".join("?" * len(targets))
    return list(db.query(f"select * from decisions where target in ({marks}) order by id desc", targets))


def latest(db: Database) -> list[dict]:
    """The decisions in force, oldest first (see the ``latest_decisions`` view)."""
    return list(db.query("select * from latest_decisions order by id"))


# --- applying decisions to derived data -----------------------------------------------------------


def _apply_structure(db: Database) -> set[str]:
    """Merges and splits, in the order they were decided; returns the events they touched.

    A merge keeps the claims it named (``detail.claims``) with its event; a split moves the
    claims it named to an event of their own, whose id derives from the decision.  Both
    are replayed after every re-clustering, so the editor's grouping wins over the scores.
    """
    touched: set[str] = set()
    for d in db.query("select * from decisions where action in ('merge', 'split') order by id"):
        _, into = split_target(d["target"])
        detail = json.loads(d["detail"] or "{}")
        claims = [c for c in detail.get("claims") or [] if isinstance(c, str)]
        if d["action"] == "split":
            # a split carried over to re-keyed claims (reconcile.lineage) keeps its event id
            new_id = split_event_id(detail.get("carried_from") or d["id"], into)
            present = claims and db["claims"].count_where(f"id in ({','.join('?' * len(claims))})", claims)
            if present and not db["events"].count_where("id = ?", [new_id]):
                base = _one(db, "select * from events where id = ?", [into]) or {}
                if not base:
                    holder = _one(db, "select e.* from claims c join events e on e.id = c.event_id "
                                      "where c.id in ({}) limit 1".format(",".join("?" * len(claims))), claims) or {}
                    base = dict(holder)
                base = {**base, "id": new_id, "label": f"{base.get('label') or into} (split)"}
                db["events"].insert(base, pk="id")
            into = new_id
        if not claims or not db["events"].count_where("id = ?", [into]):
            continue
        marks = ",".join("?" * len(claims))
        previous = {r["event_id"] for r in db.query(
            f"select distinct event_id from claims where id in ({marks}) and event_id is not null and event_id != ?",
            [*claims, into])}
        if not previous:
            continue
        db.execute(f"update claims set event_id = ? where id in ({marks})", [into, *claims])
        if "claim_links" in db.table_names():
            db.execute(f"update claim_links set event_id = ?, rule = 'editor:{d['action']}' where claim_id in ({marks})",
                       [into, *claims])
        touched.add(into)
        touched.update(previous)
    return touched


def split_event_id(decision_id: int, event_id: str) -> str:
    """The id of the event a split creates: stable for that decision."""
    return short_hash("split", event_id, decision_id, prefix="e")


def _apply_ranks(db: Database) -> None:
    db.execute("update claims set status = 'normal' where status is null or status != 'normal'")
    for d in latest(db):
        _prefix, ident = split_target(d["target"])
        if d["action"] == "deprecate":
            db.execute("update claims set status = 'deprecated' where id = ?", [ident])
        elif d["action"] == "restore":
            db.execute("update claims set status = 'normal' where id = ?", [ident])
        elif d["action"] == "prefer" and d["preferred_claim_id"]:
            db.execute("update claims set status = 'preferred' where id = ?", [d["preferred_claim_id"]])


def reapply(db: Database, *, recompute: bool = True) -> dict:
    """Re-apply the decisions in force to derived data; call after every ingest and re-clustering.

    Replays merges and splits (``claims.event_id``), then sets ``claims.status`` from the
    ranks in force, then (``recompute``) recomputes event rows, conflicts and consensus of
    the events a merge or split touched.  Idempotent; runs inside the caller's transaction.
    Returns counts and ``touched_events``.
    """
    ensure_views(db)
    touched = _apply_structure(db)
    _apply_ranks(db)
    if touched and recompute:
        _refresh_events(db, touched)
    return {
        "decisions": db["decisions"].count,
        "in_force": db.execute("select count(*) from latest_decisions").fetchone()[0],
        "touched_events": touched,
    }


def _recompute_for_claim(db: Database, claim_id: str) -> None:
    """A claim's rank changed: its event's (or subject's) consensus changes with it."""
    row = _one(db, "select event_id, subject from claims where id = ?", [claim_id])
    if not row:
        return
    if row["event_id"]:
        _refresh_events(db, {row["event_id"]})
    elif row["subject"]:
        from . import copies, pipeline

        hook = getattr(pipeline, "refresh_subjects", None)
        if hook is not None:
            hook(db, [row["subject"]])
        else:
            pipeline._clear(db, "subject", {row["subject"]})
            pipeline._compare(db, "subject", {row["subject"]}, copies.roots(db))


def _refresh_events(db: Database, event_ids: set[str]) -> None:
    """Recompute what derives from an event's claims after a merge or split; drop emptied events."""
    try:
        from . import pipeline
    except ImportError:  # pragma: no cover - the pipeline always ships with the package
        pipeline = None
    hook = getattr(pipeline, "refresh_events", None)
    if hook is not None:
        hook(db, sorted(event_ids))
    tables = set(db.table_names())
    for ident in sorted(event_ids):
        if db["claims"].count_where("event_id = ?", [ident]):
            continue
        for table in ("conflicts", "consensus", "revisions", "claim_links"):
            if table in tables:
                db.execute(f"delete from {table} where event_id = ?", [ident])
        db.execute("delete from events where id = ?", [ident])


# --- export and import of decisions ---------------------------------------------------------------


def export_decisions(db: Database, path: str | Path) -> int:
    """Write every decision (oldest first) to a reviewable YAML or JSON file; returns the count."""
    import yaml

    rows = [{k: r.get(k) for k in EXPORT_FIELDS} for r in db.query("select * from decisions order by id")]
    for r in rows:
        r["detail"] = json.loads(r["detail"]) if r["detail"] else None
    path = Path(path)
    if path.suffix.lower() == ".json":
        path.write_text(json.dumps({"decisions": rows}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump({"decisions": rows}, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return len(rows)


def import_decisions(db: Database, path: str | Path) -> tuple[int, int]:
    """Append the decisions of an exported file not already on the desk; returns (added, skipped).

    A decision is the same when target, action, kind, victims, values, actor, time and
    rationale all match, so importing a file twice adds nothing.  Decisions are
    appended in their recorded time order and not checked against the current desk
    (the event they name may come back with the next ingest); their effects follow.
    """
    import yaml

    path = Path(path)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    rows = (data or {}).get("decisions") if isinstance(data, dict) else data
    if not isinstance(rows, list):
        raise DecisionError(f"{path}: expected a list of decisions under 'decisions'")
    parsed = []
    for i, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            raise DecisionError(f"{path}: decision {i}: not a mapping")
        row = {k: v for k, v in row.items() if k != "id"}
        if isinstance(row.get("detail"), (dict, list)):
            row["detail"] = json.dumps(row["detail"], sort_keys=True)
        try:
            d = Decision(**row)
        except ValueError as e:  # pydantic's ValidationError is a ValueError
            raise DecisionError(f"{path}: decision {i}: {e}".replace("\n", " ")) from None
        if d.action not in FAMILIES:
            raise DecisionError(f"{path}: decision {i}: unknown action {d.action!r}")
        split_target(d.target)
        parsed.append(d)
    key = ("target", "action", "kind", "victims", "preferred_claim_id", "value_low", "value_high",
           "actor", "decided_at", "rationale")
    have = {tuple(r[k] for k in key) for r in db.query("select * from decisions")}
    added = skipped = 0
    with db.atomic():
        for d in sorted(parsed, key=lambda d: d.decided_at):
            row = d.model_dump(exclude={"id"})
            if tuple(row[k] for k in key) in have:
                skipped += 1
                continue
            db["decisions"].insert(row)
            have.add(tuple(row[k] for k in key))
            added += 1
        reapply(db)
        for d in parsed:
            if FAMILIES[d.action] == "rank":
                _recompute_for_claim(db, split_target(d.target)[1])
    return added, skipped


# --- views ----------------------------------------------------------------------------------------


def _views(db: Database) -> dict[str, str]:
    family_d, family_e = FAMILY_SQL.format(a="d.action"), FAMILY_SQL.format(a="e.action")
    views = {
        "latest_decisions": f"""
select d.*, {family_d} as family
from decisions d
where d.action not in ('merge', 'split')
  and d.id = (
    select max(e.id) from decisions e
    where e.target = d.target and {family_e} = {family_d}
      and coalesce(e.kind, '') = coalesce(d.kind, '') and coalesce(e.victims, '') = coalesce(d.victims, '')
  )""",
        "conflict_review": """
select c.id, c.event_id, c.subject, c.kind, c.victims,
  c.claim_a, a.value_text as value_a, a.claimant as claimant_a, a.claimant_role as role_a,
  c.claim_b, b.value_text as value_b, b.claimant as claimant_b, b.claimant_role as role_b,
  c.severity, c.note,
  case when r.action = 'resolve' then 'resolved' else 'open' end as review,
  r.rationale as review_rationale, r.actor as reviewed_by, r.decided_at as reviewed_at
from conflicts c
left join claims a on a.id = c.claim_a
left join claims b on b.id = c.claim_b
left join latest_decisions r on r.target = 'conflict:' || c.id and r.family = 'resolution'""",
    }
    views["reconciled"] = _reconciled_sql(db)
    return views


def _reconciled_sql(db: Database) -> str:
    """Per event (or subject), kind and victim group: the editor's choice above the consensus."""
    tables = set(db.table_names())
    has_consensus = "consensus" in tables
    cons_cols = set(db["consensus"].columns_dict) if has_consensus else set()

    def cons(col: str, alias: str) -> str:
        return f"k.{col} as {alias}" if col in cons_cols else f"null as {alias}"

    join = ""
    if has_consensus:
        on = ["coalesce(k.kind, '') = g.kind", "coalesce(k.victims, '') = g.victims_key"]
        if "event_id" in cons_cols:
            on.append("coalesce(k.event_id, '') = coalesce(g.event_id, '')")
        if "subject" in cons_cols:
            on.append("coalesce(k.subject, '') = coalesce(g.subject, '')")
        join = "left join consensus k on " + " and ".join(on)
    # an editor's choice is in force when it is a value, or a preferred claim still in the group
    ed = ("(dc.action = 'value' or (dc.action = 'prefer' and p.id is not null "
          "and coalesce(p.event_id, '') = coalesce(g.event_id, '')))")
    numeric = ", ".join(f"'{k}'" for k in sorted(NUMERIC_KINDS))
    vk = f"case when kind in ({numeric}) then victims end"  # only counts have victim groups
    return f"""
with g as (
  select event_id, case when event_id is null then subject end as subject, kind,
    max({vk}) as victims, coalesce({vk}, '') as victims_key,
    count(*) as claims, count(distinct source_id) as sources
  from claims
  where event_id is not null or subject is not null
  group by event_id, case when event_id is null then subject end, kind, coalesce({vk}, '')
)
select
  g.event_id, g.subject, g.kind, g.victims, g.claims, g.sources,
  case when {ed} then 'editor' else 'consensus' end as decided_by,
  case when {ed} and dc.action = 'prefer' then p.value_low when {ed} then dc.value_low
       else {'k.low' if 'low' in cons_cols else 'null'} end as value_low,
  case when {ed} and dc.action = 'prefer' then p.value_high when {ed} then dc.value_high
       else {'k.high' if 'high' in cons_cols else 'null'} end as value_high,
  case when {ed} and dc.action = 'prefer' then coalesce(p.entity, p.value_text) end as editor_value_text,
  dc.preferred_claim_id as editor_claim,
  dc.actor as editor, dc.rationale as editor_rationale, dc.decided_at as editor_decided_at,
  case when dc.action = 'prefer' and not ({ed}) then 'the preferred claim is no longer in this group '
       || '(its report was replaced or re-clustered): the computed consensus is shown' end as editor_note,
  {cons('low', 'consensus_low')}, {cons('high', 'consensus_high')}, {cons('best', 'consensus_best')},
  {cons('grade', 'consensus_grade')}, {cons('rule', 'consensus_rule')}
from g
{join}
left join latest_decisions dc on dc.family = 'choice' and dc.action in ('prefer', 'value')
  and dc.target = case when g.event_id is not null then 'event:' || g.event_id else 'subject:' || g.subject end
  and coalesce(dc.kind, '') = g.kind and coalesce(dc.victims, '') = g.victims_key
left join claims p on p.id = dc.preferred_claim_id"""


def ensure_views(db: Database) -> None:
    """(Re)create the review views when missing or out of date; cheap when nothing changed."""
    current = {r["name"]: r["sql"] for r in db.query("select name, sql from sqlite_master where type = 'view'")}
    for name, body in _views(db).items():
        sql = f"CREATE VIEW {name} AS {body.strip()}"
        if current.get(name) == sql:
            continue
        db.execute(f"DROP VIEW IF EXISTS {name}")
        db.execute(sql)
