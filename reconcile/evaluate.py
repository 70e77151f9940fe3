"""Score a built desk against an annotated gold file: precision and recall per kind.

The gold format and the matching rules are those of ``../shared/dev-corpus/score.py``
(the judge's scorer), so the figures printed here are comparable with it:

- a gold claim matches an extracted claim of the same source and kind whose span
  overlaps the gold ``anchor`` in ``sources.text`` (or whose quote contains the
  anchor), and whose interval fits: ``low``/``high`` give the accepted [min, max] of
  each bound, ``open_high``/``open_low`` also accept an open bound;
- gold claims are matched greedily in file order, each extracted claim used once;
- a second extracted claim that fits a gold claim (a repeated sentence) is no false
  positive; ``optional`` gold claims are not counted in recall, and extracting them
  is no false positive.

On top of score.py's one line, this reports precision and recall **per kind**
(killed, injured, strength, attacks, attribution, founded, leader), the pair checks
(link, no-link, conflict, no-conflict) and claimant roles, and with ``verbose`` lists
every miss, false positive and failed pair. Because score.py does not look at *which*
actor an attribution or leader claim names, a separate figure counts the matched ones
that name the gold actor (``entity_agrees``).

Only the public schema is read (DESIGN.md): ``sources``, ``claims``, ``conflicts``.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from .models import KINDS

#: The kinds the issue's acceptance threshold is about (score.py's precision covers these).
SCORED_NUMERIC = ("killed", "injured", "strength")
PAIR_SECTIONS = (
    ("link", "must_link"),
    ("no-link", "must_not_link"),
    ("conflict", "must_conflict"),
    ("no-conflict", "must_not_conflict"),
)


class GoldError(ValueError):
    """The gold file is malformed (unknown claim in a pair, missing field...)."""


def norm(s: str | None) -> str:
    """score.py's normalisation: curly quotes straightened, whitespace folded, lower case."""
    s = (s or "").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(s.split()).lower()


def load_gold(path: str | Path) -> dict:
    path = Path(path)
    try:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise GoldError(f"{path}: cannot read gold file: {e}") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("sources"), dict) or not isinstance(
        gold.get("claims"), dict
    ):
        raise GoldError(f"{path}: a gold file needs 'sources' and 'claims' mappings")
    for key, g in gold["claims"].items():
        for need in ("source", "kind", "anchor"):
            if need not in g:
                raise GoldError(f"{path}: claim {key} has no {need!r}")
        if g["source"] not in gold["sources"]:
            raise GoldError(f"{path}: claim {key} names unknown source {g['source']!r}")
        if KINDS.get(g["kind"], {}).get("numeric") and "low" not in g and not g.get("open_low"):
            raise GoldError(f"{path}: numeric claim {key} has no 'low' (or open_low)")
    for _, section in PAIR_SECTIONS:
        for pair in gold.get(section) or []:
            if len(pair) != 2 or any(k not in gold["claims"] for k in pair):
                raise GoldError(f"{path}: {section} pair {pair} names an unknown claim")
    return gold


def anchor_range(text: str | None, anchor: str) -> tuple[int, int] | None:
    text = text or ""
    i = text.find(anchor)
    if i < 0:
        i = text.replace("\u2019", "'").find(anchor.replace("\u2019", "'"))
    return (i, i + len(anchor)) if i >= 0 else None


def fits(claim: dict, g: dict) -> bool:
    """The extracted interval lies within the bounds the gold claim accepts."""
    if g["kind"] in ("attribution", "leader"):
        return True
    lo, hi = claim["value_low"], claim["value_high"]
    if lo is None:
        if not g.get("open_low"):
            return False
    elif "low" not in g or not (g["low"][0] <= lo <= g["low"][1]):
        return False
    if hi is None:
        return bool(g.get("open_high"))
    return "high" in g and g["high"][0] <= hi <= g["high"][1]


def covers(claim: dict, g: dict, text: str | None) -> bool:
    """The claim's evidence span overlaps the anchor, or its quote contains the anchor."""
    r = anchor_range(text, g["anchor"])
    start, end = claim["span_start"], claim["span_end"]
    if r and start is not None and end is not None and start < r[1] and r[0] < end:
        return True
    return norm(g["anchor"]) in norm(claim["quote"])


#: Gold ``entity`` keys of attributions and the names a desk may store for them, normalised
#: (letters and digits only, lower case). The Islamic State and its Khorasan province are
#: one family here: reports often say "Islamic State" of an ISKP attack.
_IS_FAMILY = {"iskp", "isisk", "isk", "islamicstate", "isis", "isil", "isilk", "daesh", "is",
              "islamicstatekhorasanprovince", "islamicstatekhorasan"}
ENTITY_NAMES: dict[str, set[str]] = {
    "isk": _IS_FAMILY,
    "islamic_state": _IS_FAMILY,
    "taliban": {"taliban", "afghantaliban", "islamicemirateofafghanistan"},
    "ttp": {"ttp", "tehriketalibanpakistan", "tehreketalibanpakistan", "pakistanitaliban"},
    "irpt": {"irpt", "islamicrenaissancepartyoftajikistan", "islamicrenaissanceparty"},
    "tehreek_e_jihad_pakistan": {"tjp", "tehreekejihadpakistan", "tehrikejihadpakistan"},
    "jamaat_ul_ahrar": {"jua", "jamaatulahrar", "jamatulahrar"},
    "bla": {"bla", "balochliberationarmy", "balochistanliberationarmy"},
    "hafiz_gul_bahadur": {"hafizgulbahadurgroup", "hafizgulbahadur", "gulbahadurgroup"},
    "jaish_al_adl": {"jaishaladl", "jaishuladl", "jaishalzolm"},
    "ukraine": {"ukraine", "kyiv", "ukrainiangovernment"},
    "israel": {"israel"},
}
_NAME_TITLES = {"mullah", "mufti", "maulana", "hafiz", "sheikh", "abu", "al", "general"}


def _alnum(s: str | None) -> str:
    return "".join(ch for ch in (s or "").lower() if ch.isalnum())


def entity_agrees(g: dict, claim: dict) -> bool | None:
    """Does a matched attribution or leader claim name the gold actor? None when not checkable.

    Attribution: the claim's ``entity`` (or ``entity_text``) is one of the names the gold
    key allows (``ENTITY_NAMES``, else the key itself). Leader: the claim's ``entity`` or
    ``entity_text`` shares a name (not a title) with the gold ``entity_text``.
    """
    names = [_alnum(claim.get("entity")), _alnum(claim.get("entity_text"))]
    if g["kind"] == "attribution" and g.get("entity"):
        allowed = ENTITY_NAMES.get(g["entity"], {_alnum(g["entity"])})
        return any(n in allowed for n in names if n)
    if g["kind"] == "leader" and g.get("entity_text"):
        tokens = {_alnum(w) for w in g["entity_text"].replace("-", " ").split()} - _NAME_TITLES - {""}
        return any(tok in n for tok in tokens for n in names if n)
    return None


def _columns(con: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in con.execute(f"pragma table_info({table})")}


def read_desk(db_path: str | Path) -> tuple[dict, list[dict], set[frozenset]]:
    """The public-schema rows the scorer needs, read-only."""
    path = Path(db_path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such desk database")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    try:
        sources = {r["id"]: dict(r) for r in con.execute("select id, origin, text from sources")}
        extra = [c for c in ("entity", "entity_text") if c in _columns(con, "claims")]
        claims = [dict(r) for r in con.execute(
            "select id, source_id, kind, value_low, value_high, span_start, span_end, quote, "
            "claimant_role, event_id" + "".join(f", {c}" for c in extra) + " from claims order by rowid")]
        conflicts = {frozenset((r[0], r[1])) for r in con.execute("select claim_a, claim_b from conflicts")}
    finally:
        con.close()
    return sources, claims, conflicts


def map_sources(gold: dict, sources: dict) -> dict[str, str | None]:
    """Gold source keys to desk source ids, by the file's name (as score.py does)."""
    by_file: dict[str, str] = {}
    for sid, s in sources.items():
        by_file.setdefault(Path(str(s["origin"])).name, sid)
    return {k: by_file.get(Path(v["file"]).name) for k, v in gold["sources"].items()}


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def evaluate(db_path: str | Path, gold_path: str | Path) -> dict[str, Any]:
    """Score the desk at ``db_path`` against ``gold_path``.

    Returns a dict with ``kinds`` (per kind: gold, found, optional_found, extracted,
    true_pos, precision, recall), ``overall`` (score.py's recall over every non-optional
    gold claim and precision over killed/injured/strength), ``pairs`` (per check: ok, n,
    failed), ``roles`` (per annotated claimant role: ok, n, wrong), ``entities`` (per kind,
    attribution and leader: matched claims naming the gold actor), ``missed``,
    ``false_positives``, ``unmatched_sources`` and ``anchors_not_found``.
    """
    gold = load_gold(gold_path)
    sources, claims, conflicts = read_desk(db_path)
    smap = map_sources(gold, sources)
    gclaims: dict[str, dict] = gold["claims"]

    def text_of(sid: str) -> str:
        return sources[sid]["text"]

    by_source_kind: dict[tuple[str, str], list[dict]] = {}
    for c in claims:
        by_source_kind.setdefault((c["source_id"], c["kind"]), []).append(c)

    used: set[str] = set()
    match: dict[str, dict] = {}
    for gk, g in gclaims.items():
        sid = smap.get(g["source"])
        if sid is None:
            continue
        for c in by_source_kind.get((sid, g["kind"]), []):
            if c["id"] not in used and fits(c, g) and covers(c, g, text_of(sid)):
                match[gk] = c
                used.add(c["id"])
                break

    gold_sids = {sid for sid in smap.values() if sid is not None}
    scored = [c for c in claims if c["source_id"] in gold_sids]
    gold_by_sk: dict[tuple[str, str], list[dict]] = {}
    for g in gclaims.values():
        sid = smap.get(g["source"])
        if sid is not None:
            gold_by_sk.setdefault((sid, g["kind"]), []).append(g)
    true_pos: set[str] = set()
    for c in scored:
        if c["id"] in used or any(
            fits(c, g) and covers(c, g, text_of(c["source_id"])) for g in gold_by_sk.get((c["source_id"], c["kind"]), [])
        ):
            true_pos.add(c["id"])

    kinds_seen = list(KINDS) + sorted({g["kind"] for g in gclaims.values()} | {c["kind"] for c in scored} - set(KINDS))
    kinds: dict[str, dict] = {}
    for kind in kinds_seen:
        core = [k for k, g in gclaims.items() if g["kind"] == kind and not g.get("optional")]
        optional = [k for k, g in gclaims.items() if g["kind"] == kind and g.get("optional")]
        extracted = [c for c in scored if c["kind"] == kind]
        tp = [c for c in extracted if c["id"] in true_pos]
        found = [k for k in core if k in match]
        kinds[kind] = {
            "gold": len(core),
            "optional": len(optional),
            "found": len(found),
            "optional_found": sum(1 for k in optional if k in match),
            "extracted": len(extracted),
            "true_pos": len(tp),
            "recall": _ratio(len(found), len(core)),
            "precision": _ratio(len(tp), len(extracted)),
        }

    core_all = [k for k, g in gclaims.items() if not g.get("optional")]
    numeric = [c for c in scored if c["kind"] in SCORED_NUMERIC]
    numeric_tp = [c for c in numeric if c["id"] in true_pos]
    core_numeric = [k for k in core_all if gclaims[k]["kind"] in SCORED_NUMERIC]
    overall = {
        "recall": _ratio(sum(1 for k in core_all if k in match), len(core_all)),
        "recall_n": (sum(1 for k in core_all if k in match), len(core_all)),
        "precision": _ratio(len(numeric_tp), len(numeric)),
        "precision_n": (len(numeric_tp), len(numeric)),
        "numeric_recall": _ratio(sum(1 for k in core_numeric if k in match), len(core_numeric)),
        "numeric_recall_n": (sum(1 for k in core_numeric if k in match), len(core_numeric)),
    }

    def same_event(p: dict, q: dict) -> bool:
        return p["event_id"] is not None and p["event_id"] == q["event_id"]

    def conflicting(p: dict, q: dict) -> bool:
        return frozenset((p["id"], q["id"])) in conflicts

    tests = {
        "link": same_event,
        "no-link": lambda p, q: not same_event(p, q),
        "conflict": conflicting,
        "no-conflict": lambda p, q: not conflicting(p, q),
    }
    pairs: dict[str, dict] = {}
    for name, section in PAIR_SECTIONS:
        ok, failed, unmatched = 0, [], 0
        pair_list = gold.get(section) or []
        for x, y in pair_list:
            if x in match and y in match and tests[name](match[x], match[y]):
                ok += 1
            else:
                failed.append((x, y))
                unmatched += not (x in match and y in match)
        pairs[name] = {"ok": ok, "n": len(pair_list), "failed": failed, "unmatched": unmatched}

    roles: dict[str, dict] = {}
    for gk, g in gclaims.items():
        role = g.get("claimant_role")
        if not role:
            continue
        r = roles.setdefault(role, {"ok": 0, "n": 0, "matched": 0, "wrong": []})
        r["n"] += 1
        if gk in match:
            r["matched"] += 1
            if match[gk]["claimant_role"] == role:
                r["ok"] += 1
            else:
                r["wrong"].append((gk, match[gk]["claimant_role"]))

    entities: dict[str, dict] = {}
    for gk, g in gclaims.items():
        if gk not in match:
            continue
        agrees = entity_agrees(g, match[gk])
        if agrees is None:
            continue
        e = entities.setdefault(g["kind"], {"ok": 0, "n": 0, "wrong": []})
        e["n"] += 1
        if agrees:
            e["ok"] += 1
        else:
            e["wrong"].append((gk, match[gk].get("entity") or match[gk].get("entity_text")))

    anchors_not_found = [
        gk for gk, g in gclaims.items()
        if smap.get(g["source"]) and anchor_range(text_of(smap[g["source"]]), g["anchor"]) is None
    ]
    return {
        "kinds": kinds,
        "overall": overall,
        "pairs": pairs,
        "roles": roles,
        "entities": entities,
        "missed": [(k, gclaims[k]["kind"], gclaims[k]["anchor"]) for k in core_all if k not in match],
        "false_positives": [c for c in scored if c["id"] not in true_pos],
        "unmatched_sources": sorted(k for k, v in smap.items() if v is None),
        "anchors_not_found": anchors_not_found,
        "counts": {
            "sources": len(gold["sources"]),
            "gold_claims": len(gclaims),
            "extracted_claims": len(scored),
        },
    }


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:5.2f}"


def format_report(result: dict, verbose: bool = False) -> str:
    """The table ``reconcile eval`` prints; with ``verbose``, misses, false positives and failed pairs."""
    lines = []
    c = result["counts"]
    lines.append(f"{c['sources']} gold sources, {c['gold_claims']} gold claims, "
                 f"{c['extracted_claims']} claims extracted from them")
    if result["unmatched_sources"]:
        lines.append(f"sources not on the desk: {', '.join(result['unmatched_sources'])}")
    lines.append("")
    lines.append(f"{'kind':<12} {'gold':>5} {'found':>6} {'recall':>7} {'extracted':>10} {'correct':>8} "
                 f"{'precision':>9}  optional found")
    for kind, k in result["kinds"].items():
        if not (k["gold"] or k["optional"] or k["extracted"]):
            continue
        lines.append(f"{kind:<12} {k['gold']:>5} {k['found']:>6} {_fmt(k['recall']):>7} {k['extracted']:>10} "
                     f"{k['true_pos']:>8} {_fmt(k['precision']):>9}  {k['optional_found']}/{k['optional']}")
    o = result["overall"]
    lines.append("")
    lines.append(
        f"score.py figures: recall={_fmt(o['recall']).strip()} ({o['recall_n'][0]}/{o['recall_n'][1]}) "
        f"precision={_fmt(o['precision']).strip()} ({o['precision_n'][0]}/{o['precision_n'][1]}, "
        f"{'/'.join(SCORED_NUMERIC)}); killed/injured/strength recall="
        f"{_fmt(o['numeric_recall']).strip()} ({o['numeric_recall_n'][0]}/{o['numeric_recall_n'][1]})"
    )
    lines.append("pairs: " + "  ".join(
        f"{name}={p['ok']}/{p['n']}" + (f" ({p['unmatched']} with a claim unmatched)" if p["unmatched"] else "")
        for name, p in result["pairs"].items()))
    if result["roles"]:
        lines.append("claimant roles (right/annotated, matched): " + "  ".join(
            f"{role}={r['ok']}/{r['n']} ({r['matched']})" for role, r in sorted(result["roles"].items())))
    if result["entities"]:
        lines.append("actor named right (matched claims): " + "  ".join(
            f"{kind}={e['ok']}/{e['n']}" for kind, e in sorted(result["entities"].items())))
    if result["anchors_not_found"]:
        lines.append(f"warning: {len(result['anchors_not_found'])} gold anchors not found in the stored text: "
                     + ", ".join(result["anchors_not_found"][:10]))
    if verbose:
        lines.append("")
        for key, kind, anchor in result["missed"]:
            lines.append(f"missed  {kind:<11} {key}: {anchor!r}")
        for fp in result["false_positives"]:
            lines.append(f"false+  {fp['kind']:<11} {fp['value_low']}..{fp['value_high']} "
                         f"[{fp['claimant_role']}] :: {norm(fp['quote'])[:110]}")
        for name, p in result["pairs"].items():
            for x, y in p["failed"]:
                lines.append(f"{name} failed: {x} / {y}")
        for kind, e in sorted(result["entities"].items()):
            for key, got in e["wrong"]:
                lines.append(f"actor wrong: {key} ({kind}), desk says {got!r}")
        for role, r in sorted(result["roles"].items()):
            for key, got in r["wrong"]:
                lines.append(f"role wrong: {key} is {role}, desk says {got}")
    return "\n".join(lines)


def build_desk(manifest: str | Path, db_path: str | Path) -> list[str]:
    """Build a fresh desk at ``db_path`` from the reports ``manifest`` lists; return the errors."""
    from . import store
    from .ingest import ingest

    db = store.open_db(db_path)
    try:
        result = ingest(db, [], manifest)
    finally:
        db.close()
    return [str(e) for e in result.errors]


def _only_corpus_sources(db_path: Path, manifest: Path) -> bool:
    """True when every source on the desk at ``db_path`` is a report of ``manifest``
    (an earlier eval build, safe to replace); False for any other desk or file."""
    import csv

    with open(manifest, newline="", encoding="utf-8") as f:
        names = {Path(row.get("path") or "").name for row in csv.DictReader(f)}
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            origins = [r[0] for r in con.execute("select origin from sources")]
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return all(Path(str(o)).name in names for o in origins)


def run(corpus: str | Path, db_path: str | Path | None = None, gold: str | Path | None = None,
        verbose: bool = False, build: bool = True, out=None) -> int:
    """Build (unless ``build`` is False) and score; print the table. Returns an exit code."""
    out = out or sys.stdout
    corpus = Path(corpus)
    gold_path = Path(gold) if gold else corpus / "gold.yaml"
    manifest = corpus / "manifest.csv"
    with tempfile.TemporaryDirectory(prefix="reconcile-eval-") as tmp:
        path = Path(db_path) if db_path else Path(tmp) / "eval.db"
        if build:
            if not manifest.exists():
                print(f"error: {manifest}: no manifest to build the desk from", file=sys.stderr)
                return 2
            if path.exists() and not _only_corpus_sources(path, manifest):
                print(f"error: {path} exists and holds reports that are not in {manifest}; "
                      "refusing to replace it (pass --no-build to score it as it is)", file=sys.stderr)
                return 2
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            try:
                errors = build_desk(manifest, path)
            except (ImportError, sqlite3.Error, OSError) as e:
                print(f"error: building the desk from {manifest} failed: {type(e).__name__}: {e}", file=sys.stderr)
                return 2
            for error in errors:
                print(f"error: {error}", file=sys.stderr)
        try:
            result = evaluate(path, gold_path)
        except (GoldError, FileNotFoundError, sqlite3.Error) as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        print(format_report(result, verbose), file=out)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="reconcile eval", description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="tests/corpus", help="folder with manifest.csv, gold.yaml and the reports")
    ap.add_argument("--db", help="build the desk into this file and keep it (default: a temporary file); "
                    "a file holding other reports is never replaced")
    ap.add_argument("--gold", help="gold file (default: CORPUS/gold.yaml)")
    ap.add_argument("--no-build", action="store_true", help="score the desk at --db as it is, without building")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses, false positives and failed pairs")
    a = ap.parse_args(argv)
    if a.no_build and not a.db:
        ap.error("--no-build needs --db")
    return run(a.corpus, a.db, a.gold, a.verbose, build=not a.no_build)


if __name__ == "__main__":
    sys.exit(main())
