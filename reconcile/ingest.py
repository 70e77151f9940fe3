"""Ingest: read reports and claim files, extract claims, store, re-cluster, flag.

Files are read and checked first; a bad file becomes one error line and the good
files of the run go on. Everything is then written in one transaction together with
clustering and conflict flagging, so a failed write leaves the desk as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError
from sqlite_utils import Database

from . import store
from .claimfiles import ClaimEntry, ClaimFile, read_claim_file
from .models import Claim, Source, claim_id, short_hash
from .reading import (
    CLAIM_FILE_SUFFIXES,
    DEFAULT_MAX_BYTES,
    REFERENCE_FILES,
    REPORT_SUFFIXES,
    InputError,
    Report,
    is_manifest,
    read_manifest,
    read_report,
    validation_reason,
)

Progress = Callable[[Iterable[Path]], contextlib.AbstractContextManager]


@dataclass
class IngestResult:
    new_sources: int = 0
    unchanged_sources: int = 0
    new_claims: int = 0
    errors: list[InputError] = field(default_factory=list)
    totals: dict = field(default_factory=dict)

    def summary(self, db_name: str) -> str:
        t = self.totals
        return (
            f"{db_name}: {t.get('sources', 0)} sources ({self.new_sources} new, {self.unchanged_sources} unchanged), "
            f"{t.get('claims', 0)} claims ({self.new_claims} new), {t.get('events', 0)} events, "
            f"{t.get('conflicts', 0)} conflicts, {len(self.errors)} error{'s' if len(self.errors) != 1 else ''}"
        )


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def source_id(sha256: str, origin: str) -> str:
    """Stable across machines: the text's hash and the file's name (not its full path)."""
    return short_hash(sha256, Path(origin).name or origin, prefix="s")


def collect_files(paths: Iterable[str | Path], errors: list[InputError]) -> list[Path]:
    """Files to read: each PATH, folders read recursively.

    A folder scan skips hidden files, READMEs, manifests and the user's gazetteer and alias
    files; a file named explicitly is always read.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if not child.is_file() or any(p.startswith((".", "_")) for p in rel):
                    continue
                suffix = child.suffix.lower()
                if child.stem.lower() == "readme" or suffix not in REPORT_SUFFIXES | CLAIM_FILE_SUFFIXES:
                    continue
                if child.name.lower() in REFERENCE_FILES:
                    continue
                if suffix == ".csv" and is_manifest(child):
                    continue
                found.append(child)
        elif path.is_file():
            if path.suffix.lower() not in REPORT_SUFFIXES | CLAIM_FILE_SUFFIXES:
                errors.append(InputError(path, f"unsupported file type {path.suffix or '(none)'} "
                                               "(reports: .txt .md .html; claim files: .yaml .json .csv)"))
            else:
                found.append(path)
        else:
            errors.append(InputError(path, "no such file or folder"))
    return found


def report_source(report: Report, meta: dict, now: str) -> Source:
    merged = {**report.meta, **{k: v for k, v in meta.items() if v}}
    return Source(
        id=source_id(report.sha256, report.origin),
        origin=report.origin,
        title=merged.get("title") or Path(report.origin).stem,
        publisher=merged.get("publisher"),
        author=merged.get("author"),
        url=merged.get("url"),
        published=merged.get("published"),
        text=report.text,
        sha256=report.sha256,
        ingested_at=now,
        format=report.format,
    )


def manual_claims(path: Path, source: Source, entries: list[tuple[str, ClaimEntry]]) -> list[Claim]:
    """Claims typed in by hand: each quote located in the source's text for its span."""
    from .aliases import resolve
    from .gazetteer import lookup

    claims = []
    for where, entry in entries:
        start = source.text.find(entry.quote)
        if start < 0:
            raise InputError(path, f"{where}: quote not found in the text of source {source.origin!r}")
        end = start + len(entry.quote)
        if entry.value_text and entry.value_text in entry.quote:  # the evidence, as narrow as the words
            start += entry.quote.index(entry.value_text)
            end = start + len(entry.value_text)
        data = entry.model_dump()
        place = lookup(entry.place) if entry.place else None
        if place is not None:
            data.update(place=place.name, admin1=place.admin1, country=place.country)
        if entry.entity:
            data.update(entity=resolve(entry.entity) or entry.entity, entity_text=entry.entity_text or entry.entity)
        try:
            claims.append(Claim(
                id=claim_id(source.id, entry.kind, start, end, entry.victims),
                source_id=source.id, span_start=start, span_end=end, extractor="manual", **data,
            ))
        except ValidationError as e:
            raise InputError(path, f"{where}: {validation_reason(e)}") from None
    return claims


def claim_file_source(cf: ClaimFile, now: str) -> Source:
    quotes = list(dict.fromkeys(entry.quote for _, entry in cf.claims))
    text = cf.source.text or "\n\n".join(quotes)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Source(
        id=source_id(digest, cf.source.origin), origin=cf.source.origin, title=cf.source.title or cf.source.origin,
        publisher=cf.source.publisher, author=cf.source.author, url=cf.source.url,
        published=cf.source.published, text=text, sha256=digest, ingested_at=now, format="claim-file",
    )


@dataclass
class Prepared:
    sources: list[tuple[Source, list[Claim]]] = field(default_factory=list)
    references: list[ClaimFile] = field(default_factory=list)


def prepare(files: list[Path], manifest: dict[Path, dict], max_bytes: int, errors: list[InputError],
            progress: Progress) -> Prepared:
    from .extract import extract_claims

    prepared = Prepared()
    now = utc_now()
    with progress(files) as bar:
        for path in bar:
            try:
                if path.suffix.lower() in REPORT_SUFFIXES:
                    report = read_report(path, max_bytes=max_bytes)
                    source = report_source(report, manifest.get(path.resolve(), {}), now)
                    try:
                        claims = extract_claims(source)
                    except Exception as e:  # the extractor must not take the run down
                        raise InputError(path, f"extractor failed: {type(e).__name__}: {e}") from None
                    prepared.sources.append((source, claims))
                    continue
                for cf in read_claim_file(path, max_bytes):
                    if cf.source.is_reference:
                        prepared.references.append(cf)
                    else:
                        source = claim_file_source(cf, now)
                        prepared.sources.append((source, manual_claims(path, source, cf.claims)))
            except InputError as e:
                errors.append(e)
    return prepared


def resolve_references(db: Database, prepared: Prepared, errors: list[InputError]) -> list[tuple[Source, list[Claim]]]:
    """Claim files naming a report by origin: find the report (this run first, then the desk)."""
    by_origin = {s.origin: s for s, _ in prepared.sources}
    by_name = {Path(s.origin).name: s for s, _ in prepared.sources}
    out = []
    for cf in prepared.references:
        origin = cf.source.origin
        source = by_origin.get(origin) or by_name.get(Path(origin).name)
        if source is None:
            source = _source_on_desk(db, origin)
        if source is None:
            errors.append(InputError(cf.path, f"missing source: no report with origin {origin!r} on the desk or in this run"))
            continue
        try:
            out.append((source, manual_claims(cf.path, source, cf.claims)))
        except InputError as e:
            errors.append(e)
    return out


def _hand_entered_wins(db: Database, claims: list[Claim]) -> bool:
    """A hand-entered claim the extractor also found (same source, kind, span and victims, so the
    same id) keeps what the editor typed: claimant, role, context, ``extractor = manual``."""
    ids = [c.id for c in claims]
    found = {r["id"] for r in db.query(
        f"select id from claims where extractor != 'manual' and id in ({', '.join('?' * len(ids))})", ids)} if ids else set()
    for c in claims:
        if c.id in found:
            db["claims"].update(c.id, c.model_dump(exclude={"id", "event_id", "subject", "status"}))
    return bool(found)


def _source_on_desk(db: Database, origin: str) -> Source | None:
    """A report on the desk by id, URL, origin, or the file name of its origin."""
    name = Path(origin).name
    rows = db.query("select * from sources where origin = ? or id = ? or url = ? or origin like ? "
                    "order by ingested_at desc", [origin, origin, origin, f"%{name}"])
    for row in rows:
        if origin in (row["origin"], row["id"], row["url"]) or Path(row["origin"]).name == name:
            return Source(**{k: row[k] for k in Source.model_fields if k in row})
    return None


def totals(db: Database) -> dict:
    return {t: db[t].count for t in ("sources", "claims", "events", "conflicts")}


@contextlib.contextmanager
def _no_progress(items: Iterable[Path]) -> Iterator[Iterable[Path]]:
    yield items


def data_files_error() -> InputError | None:
    """The first fault of the gazetteer, landmark and alias files (bundled and the user's), or None.
    Checked once before a run: a bad user entry stops the run with one line naming its file, instead of
    failing every report with the same message."""
    from . import aliases
    from ._names import DataFileError
    from .gazetteer import gazetteer

    try:
        gazetteer()
        aliases.table()
    except DataFileError as e:
        return InputError(e.path, e.reason)
    return None


def ingest(db: Database, paths: Iterable[str | Path] = (), manifest: str | Path | None = None, *,
           max_bytes: int = DEFAULT_MAX_BYTES, progress: Progress = _no_progress) -> IngestResult:
    """Ingest ``paths`` (and the reports a ``manifest`` lists) into the desk ``db``."""
    from .pipeline import refresh

    result = IngestResult()
    errors = result.errors
    if (bad := data_files_error()) is not None:
        errors.append(bad)  # nothing read, nothing written
        return result
    entries: dict[Path, dict] = {}
    paths = list(paths)
    rejected: set[Path] = set()  # reports whose manifest row is wrong: reported, not ingested
    if manifest is not None:
        row_errors: list[InputError] = []
        try:
            entries = read_manifest(Path(manifest), row_errors)
        except InputError as e:
            errors.append(e)
        errors.extend(row_errors)
        rejected = {Path(e.path) for e in row_errors}
        if not paths:
            paths = [p for p in entries if p.exists()]
            errors.extend(InputError(p, f"listed in {manifest} but not found") for p in entries if not p.exists())
    files = [f for f in collect_files(paths, errors) if f.resolve() not in rejected]
    prepared = prepare(files, entries, max_bytes, errors, progress)
    changed: list[str] = []
    with db.atomic():
        references = resolve_references(db, prepared, errors)
        for source, claims in prepared.sources:
            if store.write_source(db, source, claims):
                result.new_sources += 1
                result.new_claims += len(claims)
                changed.append(source.id)
            else:
                result.unchanged_sources += 1
        for source, claims in references:
            before = db["claims"].count_where("source_id = ?", [source.id])
            db["claims"].insert_all([c.model_dump() for c in claims], pk="id", ignore=True)
            added = db["claims"].count_where("source_id = ?", [source.id]) - before
            result.new_claims += added
            if added or _hand_entered_wins(db, claims):
                changed.append(source.id)
        if changed:
            refresh(db, changed)
    result.totals = totals(db)
    return result


@dataclass
class ReextractResult:
    sources: int = 0
    changed_sources: int = 0
    kept: int = 0
    updated: int = 0
    rekeyed: int = 0
    added: int = 0
    dropped: int = 0
    decisions_carried: int = 0
    errors: list[InputError] = field(default_factory=list)
    totals: dict = field(default_factory=dict)

    def summary(self, db_name: str) -> str:
        t = self.totals
        return (
            f"{db_name}: {self.sources} reports re-read, {self.changed_sources} changed; claims: {self.kept} kept, "
            f"{self.updated} updated, {self.rekeyed} re-keyed, {self.added} new, {self.dropped} dropped; "
            f"{self.decisions_carried} decision{'s' if self.decisions_carried != 1 else ''} carried over; "
            f"{t.get('claims', 0)} claims, {t.get('events', 0)} events, {t.get('conflicts', 0)} conflicts"
        )


def reextract(db: Database, source_ids: Iterable[str] | None = None) -> ReextractResult:
    """Run the current extractor again over the reports on the desk (after an upgrade).

    Hand-entered claims stay as typed.  A claim found again with the same id keeps its row
    (its values refreshed); a claim found with a new id (a wider span, a victim group now
    named) takes the old one's place: it inherits its event, and the decisions naming it
    are carried over (:mod:`reconcile.lineage`).  One transaction; re-clustering follows.
    """
    from . import lineage
    from .extract import extract_claims
    from .pipeline import refresh

    result = ReextractResult()
    if (bad := data_files_error()) is not None:
        result.errors.append(bad)
        return result
    wanted = list(dict.fromkeys(source_ids or []))
    where, params = "format is not 'claim-file'", []
    if wanted:
        where += f" and id in ({', '.join('?' * len(wanted))})"
        params = wanted
        found = {r["id"] for r in db.query(f"select id from sources where {where}", params)}
        result.errors.extend(InputError(Path(w), "no report with this id on the desk") for w in wanted if w not in found)
    keep = set(Claim.model_fields) - {"id", "event_id", "subject", "status"}
    changed: list[str] = []
    with db.atomic():
        for row in list(db.query(f"select * from sources where {where} order by id", params)):
            result.sources += 1
            source = Source(**{k: row[k] for k in Source.model_fields if k in row})
            try:
                fresh = extract_claims(source)
            except Exception as e:  # the extractor must not take the run down
                result.errors.append(InputError(Path(source.origin), f"extractor failed: {type(e).__name__}: {e}"))
                continue
            old = {r["id"]: r for r in db.query(
                "select * from claims where source_id = ? and extractor != 'manual'", [source.id])}
            manual = {r[0] for r in db.execute(
                "select id from claims where source_id = ? and extractor = 'manual'", [source.id])}
            new = [c.model_dump() for c in fresh if c.id not in manual]
            same = [n for n in new if n["id"] in old]
            updated = [n for n in same if any(n[k] != old[n["id"]].get(k) for k in keep)]
            gone = [o for i, o in old.items() if i not in {n["id"] for n in new}]
            added = [n for n in new if n["id"] not in old]
            if not updated and not gone and not added:
                result.kept += len(same)
                continue
            named = lineage.conflicts_named(db, [o["id"] for o in gone])
            mapping = lineage.follow(gone, source.text, added, source.text)
            for n in updated:
                db["claims"].update(n["id"], {k: n[k] for k in keep})
                db.execute("delete from claim_features where claim_id = ?", [n["id"]])  # recomputed on refresh
            if gone:
                marks = ",".join("?" * len(gone))
                ids = [o["id"] for o in gone]
                db.execute(f"delete from conflicts where claim_a in ({marks}) or claim_b in ({marks})", ids * 2)
                db.execute(f"delete from claims where id in ({marks})", ids)
            if added:
                db["claims"].insert_all(added, pk="id")
            result.decisions_carried += lineage.settle(db, mapping, source_id=source.id, reason="re-extracted",
                                                       conflicts=named)
            result.kept += len(same) - len(updated)
            result.updated += len(updated)
            result.rekeyed += len(mapping)
            result.added += len(added) - len(mapping)
            result.dropped += len(gone) - len(mapping)
            result.changed_sources += 1
            changed.append(source.id)
        if changed:
            refresh(db, changed)
    result.totals = totals(db)
    return result
