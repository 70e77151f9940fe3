"""Copies: a report that repeats another is not independent corroboration.

Two kinds are found, and ``sources.copy_of`` points the later one at the earliest
(root) source; ``source_copies`` says how and how similar:

* **syndicated**: the same text, perhaps trimmed or with a new headline, found by
  word 5-gram containment;
* **paraphrased** (a machine rewording): the wording changes but the names and
  numbers, in order, stay; found by the similarity of the sequence of *anchors*
  (numbers and capitalised words) plus overlap of content words.

Candidates come from an index of small fingerprints (``source_sketches``: the 16
smallest hashes of a source's 5-grams and of its anchor pairs), so a new report is
compared only with reports that share a fingerprint.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter

from rapidfuzz.distance import Indel
from sqlite_utils import Database

SKETCH = 16
MAX_BUCKET = 50  # a fingerprint shared by more sources than this says nothing
MIN_WORDS = 60  # shorter texts (a bulletin line, a table) give too little to call a copy
MIN_SHARED = 3  # fingerprints two sources must share before their texts are compared
SYNDICATED = 0.5
ANCHOR_SIMILARITY = 0.58
CONTENT_JACCARD = 0.18
MIN_ANCHORS = 5

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*", re.UNICODE)
_STOP = frozenset(
    "the a an and or of to in on at for by with from as is are was were be been has have had it its this "
    "that these those their they he she his her said says say who which what when where while not no but "
    "also than then there after before over into about more most some such".split()
)


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text or "")


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def shingles(words: list[str], n: int = 5) -> set[int]:
    low = [w.lower() for w in words]
    return {_h(" ".join(low[k:k + n])) for k in range(max(1, len(low) - n + 1))} if low else set()


def anchors(words: list[str]) -> list[str]:
    """Numbers and capitalised words (not sentence-initial function words), in order."""
    out = []
    for w in words:
        if w[0].isdigit() or (w[0].isupper() and w.lower() not in _STOP):
            out.append(w.lower())
    return out


def content(words: list[str]) -> set[str]:
    return {w.lower() for w in words if len(w) >= 4 and w.lower() not in _STOP}


def sketch(text: str) -> set[int]:
    """The fingerprints indexed for one source: bottom-k 5-grams and bottom-k anchor pairs."""
    words = _tokens(text)
    if len(words) < MIN_WORDS:
        return set()
    sh = sorted(shingles(words))[:SKETCH]
    an = anchors(words)
    pairs = sorted({_h("a|" + a + " " + b) for a, b in zip(an, an[1:])})[:SKETCH]
    return {x * 2 for x in sh} | {x * 2 + 1 for x in pairs}


class Profile:
    """What the comparison needs of one text, computed once."""

    def __init__(self, text: str):
        words = _tokens(text)
        self.n_words = len(words)
        self.shingles = shingles(words)
        self.anchors = anchors(words)
        self.content = content(words)


def similarity(text_a: str | Profile, text_b: str | Profile) -> tuple[str | None, float]:
    """('syndicated' | 'paraphrased' | None, score) for two texts."""
    a = text_a if isinstance(text_a, Profile) else Profile(text_a)
    b = text_b if isinstance(text_b, Profile) else Profile(text_b)
    if min(a.n_words, b.n_words) < MIN_WORDS:
        return None, 0.0
    sa, sb = a.shingles, b.shingles
    if sa and sb:
        contain = len(sa & sb) / min(len(sa), len(sb))
        if contain >= SYNDICATED:
            return "syndicated", round(contain, 4)
    aa, ab = a.anchors, b.anchors
    if min(len(aa), len(ab)) < MIN_ANCHORS:
        return None, 0.0
    ca, cb = a.content, b.content
    jac = len(ca & cb) / len(ca | cb) if ca and cb else 0.0
    if jac < CONTENT_JACCARD:
        return None, round(jac, 4)
    # the shared sequence of names and numbers, relative to the shorter text (a rewording
    # keeps them in order; a headline, a byline or tags added around it do not count against)
    lcs = (len(aa) + len(ab) - Indel.distance(aa, ab)) / 2
    seq = lcs / min(len(aa), len(ab))
    if seq >= ANCHOR_SIMILARITY:
        return "paraphrased", round(seq, 4)
    return None, round(seq, 4)


def _write_sketches(db: Database, rows: list[tuple[str, str]]) -> None:
    data = [(sid, h) for sid, text in rows for h in sketch(text)]
    db.conn.executemany("insert or ignore into source_sketches (source_id, h) values (?, ?)", data)


_BOILERPLATE = re.compile(
    r"\b(?:\d+\s+mins?\s+read|read more|tags?:|trending|source link|share this|click here|subscribe|"
    r"related posts?|advertisement)\b",
    re.IGNORECASE,
)


def _order_key(row: dict) -> tuple:
    """Which of two near-identical reports came first: the earlier date; on the same day the
    one without a content farm's trimmings ("5 mins read", "Tags:", "Trending")."""
    return (row.get("published") or "9999", len(_BOILERPLATE.findall(row.get("text") or "")),
            row.get("ingested_at") or "", row["id"])


def mark(db: Database, changed_source_ids: list[str] | None) -> int:
    """Find copies among the changed sources (all when None); returns how many were marked."""
    if changed_source_ids is None:
        missing = db.execute(
            "select id, text from sources where id not in (select distinct source_id from source_sketches)"
        ).fetchall()
        _write_sketches(db, missing)
        pairs = db.execute(
            """with b as (select h from source_sketches group by h having count(*) between 2 and ?)
            select s1.source_id, s2.source_id, count(*) from source_sketches s1
            join source_sketches s2 on s1.h = s2.h and s1.source_id < s2.source_id
            where s1.h in (select h from b) group by 1, 2""",
            [MAX_BUCKET],
        ).fetchall()
        db.execute("delete from source_copies")
        db.execute("update sources set copy_of = null where copy_of is not null")
    else:
        ids = list(dict.fromkeys(changed_source_ids))
        rows = []
        for k in range(0, len(ids), 500):
            part = ids[k:k + 500]
            marks = ",".join("?" * len(part))
            db.execute(f"delete from source_sketches where source_id in ({marks})", part)
            rows += db.execute(f"select id, text from sources where id in ({marks})", part).fetchall()
        _write_sketches(db, rows)
        counts: Counter = Counter()
        for sid, _text in rows:
            mine = [r[0] for r in db.execute("select h from source_sketches where source_id = ?", [sid])]
            if not mine:
                continue
            marks = ",".join("?" * len(mine))
            useful = [h for h, n in db.execute(
                f"select h, count(*) from source_sketches where h in ({marks}) group by h", mine)
                if n <= MAX_BUCKET]
            if not useful:
                continue
            marks = ",".join("?" * len(useful))
            for other, n in db.execute(
                f"select source_id, count(*) from source_sketches where h in ({marks}) and source_id != ? "
                f"group by source_id", [*useful, sid]):
                counts[tuple(sorted((sid, other)))] = n
        pairs = [(a, b, n) for (a, b), n in counts.items()]
    return _verify(db, pairs)


def _verify(db: Database, pairs: list[tuple[str, str, int]]) -> int:
    """Compare the texts of candidate pairs; mark the later of each copy pair."""
    found: dict[str, tuple[str, str, float]] = {}
    meta: dict[str, dict] = {}
    ids = sorted({x for a, b, _n in pairs for x in (a, b)})
    for k in range(0, len(ids), 500):
        part = ids[k:k + 500]
        marks = ",".join("?" * len(part))
        for r in db.query(f"select id, text, published, ingested_at, publisher from sources where id in ({marks})", part):
            meta[r["id"]] = r
    profiles: dict[str, Profile] = {}

    def profile(sid: str) -> Profile:
        if sid not in profiles:
            profiles[sid] = Profile(meta[sid]["text"])
        return profiles[sid]

    for a, b, n in sorted(pairs):
        if n < MIN_SHARED:
            continue
        how, score = similarity(profile(a), profile(b))
        if how is None:
            continue
        early, late = sorted((meta[a], meta[b]), key=_order_key)
        prev = found.get(late["id"])
        if prev is None or score > prev[2]:
            found[late["id"]] = (early["id"], how, score)
    if not found:
        return 0
    # point every copy at the root of its chain (a copy of a copy is a copy of the first)
    existing = dict(db.execute("select id, copy_of from sources where copy_of is not null").fetchall())
    parent = {**existing, **{k: v[0] for k, v in found.items()}}

    def root(x: str) -> str:
        seen = set()
        while x in parent and x not in seen:
            seen.add(x)
            x = parent[x]
        return x

    rows = []
    for late, (_early, how, score) in found.items():
        r = root(late)
        if r == late:  # a cycle: keep the earliest as the original
            continue
        rows.append((r, late))
        db.execute("insert or replace into source_copies (source_id, copy_of, how, similarity) values (?,?,?,?)",
                   [late, r, how, score])
    db.conn.executemany("update sources set copy_of = ? where id = ?", rows)
    return len(rows)


def roots(db: Database) -> dict[str, str]:
    """source id -> the source it copies (only sources that are copies)."""
    return dict(db.execute("select id, copy_of from sources where copy_of is not null").fetchall())
