"""Helpers shared by the phenomena tests: extract from one sentence, or ingest a tiny desk."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import sqlite3

import pytest

from reconcile.extract import context, extract_claims
from reconcile.extract.segment import segment
from reconcile.ingest import ingest
from reconcile.models import Source
from reconcile.store import open_db


def extracted(text: str, kind: str | None, published: str | None, publisher: str, origin: str):
    """The claims the real extractor finds in ``text``, of one kind or all."""
    sha = hashlib.sha256(text.encode()).hexdigest()
    source = Source(id="s" + sha[:12], origin=origin, publisher=publisher, published=published, text=text, sha256=sha)
    return [c for c in extract_claims(source) if kind is None or c.kind == kind]


def values(claims):
    return sorted((c.value_low, c.value_high) for c in claims)


def one(claims, low, high="any"):
    """The claims whose interval is (low, high); high='any' ignores the upper bound."""
    return [c for c in claims if c.value_low == low and (high == "any" or c.value_high == high)]


def desk(tmp_path, reports):
    """Ingest ``reports`` [(file name, publisher, published, text)] through the real ingest."""
    folder = tmp_path / "reports"
    folder.mkdir()
    with (folder / "manifest.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["path", "title", "publisher", "author", "url", "published"])
        for name, publisher, published, text in reports:
            (folder / name).write_text(text, encoding="utf-8")
            w.writerow([name, name, publisher, "", "", published or ""])
    db = open_db(tmp_path / "desk.db")
    try:
        result = ingest(db, [], folder / "manifest.csv")
        assert result.errors == []
    finally:
        db.close()
    con = sqlite3.connect(tmp_path / "desk.db")
    con.row_factory = sqlite3.Row
    return con


def rows(con, file_name, kind=None):
    sql = ("select c.* from claims c join sources s on s.id = c.source_id where s.origin like ?"
           + (" and c.kind = ?" if kind else "") + " order by c.span_start")
    return [dict(r) for r in con.execute(sql, ["%" + file_name] + ([kind] if kind else []))]


def one_row(rs, low):
    got = [r for r in rs if r["value_low"] == low]
    assert got, f"no claim with low={low} in {[(r['value_low'], r['quote']) for r in rs]}"
    return got[0]


def conflicting(con, a, b) -> bool:
    return con.execute("select count(*) from conflicts where (claim_a = ? and claim_b = ?) or (claim_a = ? and claim_b = ?)",
                       [a["id"], b["id"], b["id"], a["id"]]).fetchone()[0] > 0


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


def context_of(text: str, needle: str, published: str = "2021-05-08"):
    """(event date, place name) the context reader gives the sentence holding ``needle``."""
    sentences = segment(text)
    reader = context.ContextReader(text, sentences, dt.date.fromisoformat(published))
    for i, s in enumerate(sentences):
        if needle in text[s.start : s.end]:
            date, place = reader.event_context(i)
            return (date.value if date else None, place.name if place else None)
    raise AssertionError(f"{needle!r} not in any sentence")


def place_of(sentence: str) -> str | None:
    """The place the context reader gives one sentence."""
    p = context.best_place(sentence, 0, len(sentence))
    return p.name if p else None


def recalled(text: str, needle: str, published: str = "2023-06-20") -> bool:
    """Whether the context reader recalls (sets apart as an earlier incident) the sentence holding ``needle``."""
    from reconcile.extract.reader import ContextReader

    sentences = segment(text)
    reader = ContextReader(text, sentences, dt.date.fromisoformat(published))
    for i, s in enumerate(sentences):
        if needle in text[s.start : s.end]:
            return reader.recalled(i)
    raise AssertionError(f"{needle!r} not in any sentence")
