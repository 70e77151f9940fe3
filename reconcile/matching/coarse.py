"""What the pairwise matcher leaves out: totals over a few attacks, and one attack on two towns.

The pairwise pass (:mod:`reconcile.matching.clustering`) clusters claims of one incident each.  Two
kinds of claims fall through it:

* **A total over a few attacks** (the extractor's ``aggregate``).  Over years or a campaign it is about no
  single event (a subject).  Dated to a day or a week ("five were killed in two night-time attacks on
  Wednesday") it is mostly its report's own story told whole: it joins its report's main event when
  their days meet (a day apart at most: the report's day against the night of the attack) and their
  provinces agree.  Dated only to a month ("in early October, six were killed in two separate attacks in
  the province") it is an event at that precision, joined only by other reports' totals of the same kind
  and figure, that month, told in like words (wire copy is repeated by many outlets) - never by a
  precise incident, so it cannot glue two incidents together.
* **One attack on two towns** ("gunmen struck an army camp in Rask and a Chabahar police station at once").
  Reports naming only one of the towns make two events, one per town.  Two such events of one province,
  on days that meet, are one attack when a report of each names both towns in one sentence and no
  sentence gives each town a figure of its own ("14 died in Pishin and 10 in Qilla Saifullah": two
  bombings of one day stay two).

Everything here is a function of the first pass's labels and the claims (plus, for the towns, the
texts of the reports involved), so a re-run gives the same events.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

import numpy as np
from rapidfuzz import fuzz

from .batch import Batch, is_toll
from .features import place_skeleton

#: A total dated within this many days (a day, a week) may join its report's main event ...
JOIN_DAYS = 8
#: ... when its days and the event's meet, allowing this many days between them.
JOIN_SLACK = 1
#: A total dated within this many days (a month, "early October") is an event at that precision.
COARSE_DAYS = 45
#: Two reports' totals are one when their figures are compatible and their sentences this alike (0-100).
TOTAL_WORDS = 70
#: Two towns' events are one attack when their days meet within this many days.
TWIN_SLACK = 1
#: ... and each event's dated window spans at most this many days.
TWIN_DAYS = 3


def _find(parent: dict, x):
    root = x
    while parent.get(root, root) != root:
        root = parent[root]
    while parent.get(x, x) != root:
        parent[x], x = root, parent[x]
    return root


def _label_windows(batch: Batch, labels: np.ndarray, rows: np.ndarray) -> dict[int, tuple[int, int]]:
    """Per label, the days most of its dated claims agree on (their common days, else their whole span)."""
    lo: dict[int, int] = {}
    hi: dict[int, int] = {}
    lo2: dict[int, int] = {}
    hi2: dict[int, int] = {}
    for r in rows.tolist():
        if not batch.dated[r]:
            continue
        lab = int(labels[r])
        a, b = int(batch.r0[r]), int(batch.r1[r])
        lo[lab] = max(lo.get(lab, a), a)
        hi[lab] = min(hi.get(lab, b), b)
        lo2[lab] = min(lo2.get(lab, a), a)
        hi2[lab] = max(hi2.get(lab, b), b)
    return {lab: ((lo[lab], hi[lab]) if lo[lab] <= hi[lab] else (lo2[lab], hi2[lab])) for lab in lo}


def _label_sets(col: np.ndarray, labels: np.ndarray, rows: np.ndarray) -> dict[int, set[int]]:
    out: dict[int, set[int]] = defaultdict(set)
    for r in rows.tolist():
        if col[r]:
            out[int(labels[r])].add(int(col[r]))
    return out


def _agrees(value: int, known: set[int] | None) -> bool:
    return not value or not known or value in known


# --------------------------------------------------------------------- totals over a few attacks

#: A total whose sentence names the stretch of time it runs over ("the fifth attack this year, killing a total of
#: 44", "so far", "since March", "in the past two weeks", "in 2014", "data till November 2") is a tally of that stretch, whatever day its sentence
#: also names ("Tuesday's attack ... the fifth this year"): no event.
_PERIOD = re.compile(
    r"\b(?:this|last|past|previous|current)\s+(?:year|month|decade|season)\b|\bsince\b|\bso\s+far\b|\bto\s+date\b|"
    r"\b(?:till|until|up\s+to|through)\s+(?:\w+\s+)?\d|\b(?:in|during)\s+(?:19|20)\d\d\b|"
    r"\b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:[\w\-]+\s+){0,2}?(?:years?|months?|weeks?|days?)\b|"
    r"\bthroughout\b|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:attack|bombing|blast|assault|strike|incident)s?\s+(?:this|in|since|of)\b",
    re.IGNORECASE)


def period_total(quote: str | None) -> bool:
    """Whether a total's sentence names the stretch of time it runs over (see :data:`_PERIOD`)."""
    return bool(quote) and _PERIOD.search(quote) is not None


def place_aggregates(batch: Batch, labels: np.ndarray, aggregate: np.ndarray,
                     quotes: dict[int, str] | None = None) -> np.ndarray:
    """Labels with the aggregate rows placed: their report's main event, an event of totals at a month's
    precision (its smallest row), or -1 (no event).  ``labels`` holds the first pass's labels on the other
    rows (row numbers of the whole batch); ``quotes`` the sentences of the aggregate rows."""
    out = labels.copy()
    rows = np.flatnonzero(aggregate)
    if not len(rows):
        return out
    out[rows] = -1
    quotes = quotes or {}
    rows = np.array([r for r in rows.tolist() if not period_total(quotes.get(r))], dtype=np.int64)
    if not len(rows):
        return out
    own = np.flatnonzero(~aggregate & ~batch.recalled)
    # a report's main event: the one holding most of its own claims (the earliest paragraph on a tie)
    count: Counter = Counter()
    first: dict[tuple[int, int], int] = {}
    for r in own.tolist():
        key = (int(batch.source[r]), int(labels[r]))
        count[key] += 1
        first[key] = min(first.get(key, 1 << 40), int(batch.pidx[r]))
    main: dict[int, int] = {}
    for (src, lab), _n in sorted(count.items(), key=lambda kv: (-kv[1], first[kv[0]], kv[0])):
        main.setdefault(src, lab)
    members = np.flatnonzero(~aggregate)
    windows = _label_windows(batch, labels, members)
    countries = _label_sets(batch.country, labels, members)
    provinces = _label_sets(batch.admin1, labels, members)
    width = (batch.r1 - batch.r0).tolist()
    left: list[int] = []
    for r in rows.tolist():
        if not batch.dated[r] or width[r] > COARSE_DAYS:
            continue
        lab = main.get(int(batch.source[r]))
        if lab is not None and width[r] <= JOIN_DAYS and not batch.recalled[r] and lab in windows:
            lo, hi = windows[lab]
            if (batch.r0[r] - JOIN_SLACK <= hi and lo <= batch.r1[r] + JOIN_SLACK
                    and _agrees(int(batch.country[r]), countries.get(lab))
                    and _agrees(int(batch.admin1[r]), provinces.get(lab))):
                out[r] = lab
                continue
        left.append(r)
    for group in _totals(batch, left):
        if len({int(batch.source[r]) for r in group}) > 1:  # (told by one report only: no event of its own)
            root = min(group)
            for r in group:
                out[r] = root
    return out


def _totals(batch: Batch, rows: list[int]) -> list[list[int]]:
    """Groups of totals that tell the same attacks: one sentence's, or two reports' of one kind, a
    compatible figure, days that meet, provinces that agree and like words."""
    parent: dict[int, int] = {}
    toll = is_toll(batch)
    by_sentence: dict[tuple[int, int], int] = {}
    for r in rows:
        key = (int(batch.source[r]), int(batch.sent[r]))
        if key in by_sentence:
            parent[_find(parent, r)] = _find(parent, by_sentence[key])
        else:
            by_sentence[key] = r
    by_kind: dict[int, list[int]] = defaultdict(list)
    for r in rows:
        if toll[r]:
            by_kind[int(batch.kind[r])].append(r)
    big = np.iinfo(np.int64).max
    for same in by_kind.values():
        for x in range(len(same)):
            a = same[x]
            for b in same[x + 1:]:
                if batch.source[a] == batch.source[b]:
                    continue
                if max(batch.r0[a], batch.r0[b]) > min(batch.r1[a], batch.r1[b]):
                    continue
                if any(col[a] and col[b] and col[a] != col[b] for col in (batch.country, batch.admin1)):
                    continue
                lo = max(max(batch.low[a], 0), max(batch.low[b], 0))
                hi = min(big if batch.high[a] < 0 else batch.high[a], big if batch.high[b] < 0 else batch.high[b])
                if lo > hi or lo < 3:
                    continue
                if fuzz.token_set_ratio(batch.ctx[a], batch.ctx[b]) < TOTAL_WORDS:
                    continue
                parent[_find(parent, b)] = _find(parent, a)
    groups: dict[int, list[int]] = defaultdict(list)
    for r in rows:
        groups[_find(parent, r)].append(r)
    return list(groups.values())


# --------------------------------------------------------------------- one attack on two towns

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[A-Za-z][\w'\-]*")


def _towns_named(sentence: str, wanted: set[int]) -> set[int]:
    """Which of the place skeletons ``wanted`` a sentence names (one word or two)."""
    words = _WORD.findall(sentence)
    found: set[int] = set()
    from .features import stable_hash

    for k, w in enumerate(words):
        for name in (w, f"{w} {words[k + 1]}" if k + 1 < len(words) else None):
            if name and name[0].isupper():
                h = stable_hash(place_skeleton(name))
                if h in wanted:
                    found.add(h)
    return found


def twin_sites(batch: Batch, labels: np.ndarray, texts: Callable[[list[str]], dict[str, str]] | None) -> np.ndarray:
    """Labels after joining the events of one attack on two towns (see the module's doc).

    ``texts`` reads the texts of reports by source id; ``batch.extra["keep"]`` must hold ``source_id``."""
    if texts is None or batch.n == 0 or "keep" not in batch.extra:
        return labels
    rows = np.flatnonzero(labels >= 0)
    town_row = (batch.skel != 0) & ~batch.coarse
    # (only events naming one town, dated to a few days, are looked at)
    tr = rows[town_row[rows]]
    if not len(tr):
        return labels
    pairs = np.unique(np.stack([labels[tr], batch.skel[tr]], axis=1), axis=0)
    labs, n_towns = np.unique(pairs[:, 0], return_counts=True)
    short = np.flatnonzero(batch.dated & (batch.r1 - batch.r0 <= TWIN_DAYS))
    rows = rows[np.isin(labels[rows], np.intersect1d(labs[n_towns == 1], labels[short]))]
    towns = _label_sets(np.where(town_row, batch.skel, 0), labels, rows)
    single = {lab: next(iter(t)) for lab, t in towns.items() if len(t) == 1}
    if len(single) < 2:
        return labels
    windows = _label_windows(batch, labels, rows)
    provinces = _label_sets(batch.admin1, labels, rows)
    countries = _label_sets(batch.country, labels, rows)
    perps = _label_sets(batch.perp, labels, rows)
    by_province: dict[int, list[int]] = defaultdict(list)
    for lab in sorted(single):
        w = windows.get(lab)
        if w is None or w[1] - w[0] > TWIN_DAYS or len(provinces.get(lab, ())) != 1 or len(countries.get(lab, ())) > 1:
            continue
        by_province[next(iter(provinces[lab]))].append(lab)
    candidates = []
    for labs in by_province.values():
        for x in range(len(labs)):
            for y in labs[x + 1:]:
                a, b = labs[x], y
                (alo, ahi), (blo, bhi) = windows[a], windows[b]
                if single[a] == single[b] or alo - TWIN_SLACK > bhi or blo - TWIN_SLACK > ahi:
                    continue
                pa, pb = perps.get(a), perps.get(b)
                if pa and pb and not pa & pb:
                    continue
                candidates.append((a, b))
    if not candidates:
        return labels
    from .clustering import _towns_apart

    town_said = np.where(town_row & ~batch.loose, batch.skel, 0).tolist()
    apart = _towns_apart(batch.sent.tolist(), town_said)
    candidates = [(a, b) for a, b in candidates if (single[a], single[b]) not in apart]
    if not candidates:
        return labels
    isrc = batch.extra["keep_fields"].index("source_id")
    keep = batch.extra["keep"]
    sources: dict[int, set[str]] = defaultdict(set)
    involved = {lab for pair in candidates for lab in pair}
    for r in rows.tolist():
        lab = int(labels[r])
        if lab in involved and not batch.recalled[r]:
            sources[lab].add(keep[r][isrc])
    text = texts(sorted({s for lab in involved for s in sources[lab]}))
    named: dict[str, list[set[int]]] = {}  # per report, the candidate towns each of its sentences names
    wanted = {single[lab] for lab in involved}
    for sid, body in text.items():
        named[sid] = [t for t in (_towns_named(s, wanted) for s in _SENTENCE.split(body or "")) if len(t) > 1]

    def tied(lab: int, pair: set[int]) -> bool:
        return any(pair <= t for sid in sources[lab] for t in named.get(sid, ()))

    parent: dict[int, int] = {}
    for a, b in candidates:
        pair = {single[a], single[b]}
        if tied(a, pair) and tied(b, pair):
            ra, rb = _find(parent, a), _find(parent, b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    if not parent:
        return labels
    out = labels.copy()
    for r in rows.tolist():
        lab = int(labels[r])
        if lab in parent:
            out[r] = _find(parent, lab)
    return out


# --------------------------------------------------------------------- a report's undated remainder

def undated_remainders(batch: Batch, labels: np.ndarray) -> np.ndarray:
    """Labels after joining an event made only of one report's undated claims to that report's dated event.

    A report that dates one sentence ("a NATO airstrike on Friday killed more than 90") and not the next
    ("93 people have been reported killed", "the governor said 45 fighters died") tells one incident; when
    its undated sentences name their province, a link made only for sharing the report may not join them
    to the dated event another report's claims anchor.  They join it when the report has exactly one
    dated event of its own claims, their provinces, countries and kinds of attack agree, no town of theirs
    differs and its days lie in the weeks before the report."""
    rows = np.flatnonzero(labels >= 0)
    if not len(rows):
        return labels
    # (only the events without a dated claim, and those holding claims of their reports, are looked at)
    lab = labels[rows]
    dated = np.bincount(lab, weights=batch.dated[rows], minlength=batch.n)
    undated = np.flatnonzero((np.bincount(lab, minlength=batch.n) > 0) & (dated == 0))
    if not len(undated):
        return labels
    in_undated = np.isin(lab, undated)
    their = np.isin(batch.source[rows], np.unique(batch.source[rows[in_undated]]))
    rows = rows[np.isin(lab, np.unique(lab[in_undated | their]))]
    lab_rows: dict[int, list[int]] = defaultdict(list)
    for r in rows.tolist():
        lab_rows[int(labels[r])].append(r)
    windows = _label_windows(batch, labels, rows)
    town = np.where((batch.skel != 0) & ~batch.coarse, batch.skel, 0)
    sets = {name: _label_sets(col, labels, rows) for name, col in (
        ("admin1", batch.admin1), ("country", batch.country), ("type", batch.etype), ("town", town))}
    own_labels: dict[int, set[int]] = defaultdict(set)  # per report, the dated events holding its own claims
    for r in rows.tolist():
        lab = int(labels[r])
        if lab in windows and not batch.recalled[r]:
            own_labels[int(batch.source[r])].add(lab)
    merge: dict[int, int] = {}
    for lab, members in lab_rows.items():
        if lab in windows or any(batch.recalled[r] for r in members) or not all(batch.finite[r] for r in members):
            continue
        sources = {int(batch.source[r]) for r in members}
        if len(sources) != 1:
            continue
        targets = own_labels.get(next(iter(sources)), set())
        if len(targets) != 1:
            continue
        into = next(iter(targets))
        lo = min(int(batch.r0[r]) for r in members)
        hi = max(int(batch.r1[r]) for r in members)
        t_lo, t_hi = windows[into]
        if t_hi < lo or hi < t_lo:
            continue
        if all(not a or not b or a == b for a, b in ((sets[k].get(lab), sets[k].get(into)) for k in ("admin1", "country", "type"))) \
                and not (sets["town"].get(lab, set()) - sets["town"].get(into, set())):
            merge[lab] = into
    if not merge:
        return labels
    out = labels.copy()
    for r in rows.tolist():
        lab = int(labels[r])
        if lab in merge:
            out[r] = merge[lab]
    return out
