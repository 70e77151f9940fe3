"""Claims as columns: the in-memory form the matcher works on.

A :class:`Batch` holds one numpy array per feature (codes are stable hashes, 0 means
unknown), so blocking and scoring run over millions of pairs without a Python loop.
"""

from __future__ import annotations

import bisect
import re
import sys
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from .features import (
    DATE_ABSOLUTE,
    DATE_NONE,
    DATE_RELATIVE,
    INHERITED_SLACK,
    NARROW_DAYS,
    RELATIVE_SLACK,
    TOLL_KINDS,
    ascii_fold,
    context_words,
    date_in_text,
    event_type_family,
    norm_label,
    place_said,
    place_skeleton,
    raw_window,
    sentence_date,
    sentence_type,
    stable_hash,
    value_bucket,
    victim_group,
)
from .targets import target_of

KIND_CODES = {k: n for n, k in enumerate(
    ["killed", "injured", "attribution", "strength", "attacks", "founded", "leader"], start=1)}
_EVERYONE = frozenset({"people", "persons", "person", "total", "all", "victims", "dead", "casualties"})
TOLL_CODES = frozenset(KIND_CODES[k] for k in TOLL_KINDS)


_TYPE_WORDS = re.compile(
    r"\b(?:(suicide|roadside|car|truck|motorcycle|motorbike|bicycle|mosque|market|magnetic|sticky|landmine|"
    r"gun|rocket|mortar|air|drone|grenade|missile)\s+)?"
    r"(bombing|bomber|bomb|blast|explosion|attack|strike|ambush|clash|kidnapping|shooting|raid)(?:s|es)?\b"
)


def type_words(lower: str) -> str:
    """The words a lower-cased sentence uses for the attack ("roadside bomb", "suicide bombing", "ambush"):
    the first noun of attack with the word that says what kind, if any.  A bare "attack" or "strike"
    says nothing ("" then); plurals are made singular."""
    for m in _TYPE_WORDS.finditer(lower):
        kind, noun = m.group(1), m.group(2)
        if kind:
            return f"{kind} {noun}"
        if noun not in ("attack", "strike", "raid"):
            return noun
    return ""


#: The means of an attack, one bit each, as a lower-cased sentence or event type names them anywhere
#: ("a suicide bomber", "a bomb planted by the roadside", "gunmen opened fire").  Outlets describe one
#: incident by different means words only when the words fit together ("a suicide car bomb"), so two
#: claims of one family of attack whose means share no bit are less likely one incident.  Targets
#: ("mosque", "market") are no means: a suicide bombing of a mosque is a "mosque bombing" too.
_MEANS = tuple((1 << k, re.compile(p)) for k, p in enumerate((
    r"\bsuicide\b",
    r"\b(?:roadside|road-side|landmines?|land mines?|ieds?|improvised explosive)\b",
    r"\b(?:(?:car|truck|vehicle|van)[- ]bomb|vehicle[- ]borne|vbieds?|(?:explosives?|bomb)[- ](?:laden|packed|filled|rigged)"
    r"|(?:car|truck|vehicle|van) (?:laden|packed|filled|loaded|rigged) with explosives)",
    r"\b(?:motor ?cycles?|motorbikes?|bicycles?)\b",
    r"\b(?:magnetic|sticky|limpet)\b",
    r"\bgrenades?\b",
    r"\b(?:gun attacks?|gunm[ae]n|gunfire|shooting|shot dead|opened fire|shoot-?outs?)\b",
    r"\bambush(?:ed|es)?\b",
    r"\bdrones?\b",
)))
#: Means that fit together though named apart: a bomb in a car or on a motorcycle may be a suicide
#: bomber's ("a suicide car bomb"); an ambush is mostly gunfire ("gunmen ambushed the convoy").
SUICIDE, CARRIERS, GUN, AMBUSH = 1, 4 | 8, 64, 128
#: Explosive means (a suicide bomber, a roadside or car bomb, a magnetic bomb, a grenade): one sentence naming
#: one of them with gunfire tells of a complex attack ("gunmen threw a grenade", "a suicide bombing and shootout").
EXPLOSIVE = 1 | 2 | 4 | 8 | 16 | 32


def attack_means(lower: str) -> int:
    """The bits of :data:`_MEANS` a lower-cased sentence (or event type) names."""
    bits = 0
    for bit, pattern in _MEANS:
        if pattern.search(lower):
            bits |= bit
    return bits


def widen_means(bits):
    """The means a claim's means fit with (see :data:`SUICIDE`): two claims whose widened means share
    nothing name different means.  Works on an int or on an array of them."""
    return bits | np.where((bits & CARRIERS) != 0, SUICIDE, 0) | np.where((bits & AMBUSH) != 0, GUN, 0)


def paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs (runs of text between line breaks) begin."""
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


def paragraph_of(starts: list[int], offset: int | None) -> int:
    if offset is None:
        return 0
    return bisect.bisect_right(starts, offset) - 1


@dataclass
class Batch:
    """Column arrays for ``n`` claims; row ``k`` is claim ``ids[k]``."""

    ids: list[str]
    ctx: list[str]
    source: np.ndarray
    kind: np.ndarray
    low: np.ndarray
    high: np.ndarray
    bucket: np.ndarray
    victims: np.ndarray
    country: np.ndarray
    admin1: np.ndarray
    skel: np.ndarray
    admin1_skel: np.ndarray
    dskel: np.ndarray  # the district of the claim's place (a town's district, or the district itself), 0 unknown
    coarse: np.ndarray
    etype: np.ndarray
    perp: np.ndarray
    para: np.ndarray
    pidx: np.ndarray
    sent: np.ndarray
    r0: np.ndarray
    r1: np.ndarray
    t0: np.ndarray
    t1: np.ndarray
    h0: np.ndarray
    h1: np.ndarray
    finite: np.ndarray
    dated: np.ndarray
    hadmin1: np.ndarray
    hcountry: np.ndarray
    sdate: np.ndarray
    loose: np.ndarray
    rdate: np.ndarray
    narrow: np.ndarray
    outlet: np.ndarray
    etype_given: np.ndarray
    recalled: np.ndarray  # the claim's clause tells of another event than its report's own
    etype_exact: np.ndarray
    victims_exact: np.ndarray
    means: np.ndarray  # bits of the means of attack named (attack_means), 0 none
    target: np.ndarray  # the target the sentence names ("a courthouse": targets.target_of), 0 none
    extra: dict = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.ids)

    def take(self, rows: np.ndarray | list[int]) -> Batch:
        rows = np.asarray(rows, dtype=np.int64)
        kw = {}
        for name, value in self.__dict__.items():
            if isinstance(value, np.ndarray):
                kw[name] = value[rows]
            elif name in ("ids", "ctx"):
                kw[name] = [value[r] for r in rows.tolist()]
        out = Batch(**kw)
        if "keep" in self.extra:
            out.extra["keep"] = [self.extra["keep"][r] for r in rows.tolist()]
            out.extra["keep_fields"] = self.extra["keep_fields"]
        return out


_I64 = np.int64
_NONE = -1


def _perpetrator_family(name: str) -> str:
    from .. import aliases

    return norm_label(aliases.root(name) or name)


def build_batch(
    rows: Iterable[Mapping] | Iterable[tuple],
    columns: list[str] | None = None,
    keep: tuple[str, ...] = (),
) -> Batch:
    """Columns from claim rows (dicts with the claims-table fields, or tuples named by ``columns``).

    Extra row keys used when present: ``published`` (the source's date), ``publisher``
    (its outlet) and ``paragraph`` (index of the paragraph holding the claim's span).  Any field may be
    missing or None.  The fields named in ``keep`` are kept per row, as tuples of
    interned strings, in ``batch.extra["keep"]`` (the rows themselves are not kept).
    """
    kept: list[tuple] = []
    cols: dict[str, list] = {k: ([] if k in ("ids", "ctx") else array("q")) for k in (
        "ids", "ctx", "source", "kind", "low", "high", "bucket", "victims", "country", "admin1", "skel", "admin1_skel", "dskel", "coarse",
        "etype", "perp", "para", "pidx", "sent", "r0", "r1", "t0", "t1", "h0", "h1", "finite", "dated", "hadmin1", "hcountry",
        "sdate", "loose", "rdate", "outlet", "etype_given", "recalled", "etype_exact", "victims_exact", "means", "target")}
    quote_cache: dict[str, tuple[str, int, int]] = {}
    memo: dict[tuple, int] = {}
    # pure functions of a few fields, computed once per distinct input (claims of one sentence
    # share them; dates repeat across a desk)
    said_memo: dict[tuple, int] = {}
    window_memo: dict[tuple, tuple | None] = {}
    sysintern = sys.intern

    def code(tag: str, value, make) -> int:
        """Stable hash codes of low-cardinality fields, computed once per distinct value."""
        key = (tag, value)
        c = memo.get(key)
        if c is None:
            c = memo[key] = stable_hash(make(value)) if value else 0
        return c

    for row in rows:
        if columns is not None:
            row = dict(zip(columns, row))
        g = row.get
        if keep:
            kept.append(tuple([sysintern(v) if v.__class__ is str and len(v) < 200 else v for v in map(g, keep)]))
        sid = g("source_id") or ""
        quote = g("quote") or ""
        cols["ids"].append(g("id"))
        qf = quote_cache.get(quote)
        folded = None  # (not cached: a million sentences' folded copies would outweigh the rest)
        if qf is None:  # what depends on the sentence alone, once per sentence
            folded = ascii_fold(quote) if quote else ""
            qf = quote_cache[quote] = (context_words(quote, folded=folded), date_in_text(quote),
                                       stable_hash(sentence_type(folded)), stable_hash(type_words(folded)),
                                       attack_means(folded), stable_hash(target_of(folded)))
        cols["ctx"].append(qf[0])
        cols["source"].append(code("s", sid, str))
        cols["outlet"].append(code("o", g("publisher"), norm_label))
        cols["kind"].append(KIND_CODES.get(g("kind") or "", 99))
        cols["recalled"].append(bool(g("recalled")))
        low, high = g("value_low"), g("value_high")
        cols["low"].append(_NONE if low is None else int(low))
        cols["high"].append(_NONE if high is None else int(high))
        cols["bucket"].append(value_bucket(low, high))
        # the words themselves ("worshippers", not only everyone killed): agreeing on them says more
        # ("people", the word for everyone, says nothing)
        cols["victims_exact"].append(code("w", g("victims"), lambda v: "" if norm_label(v) in _EVERYONE else norm_label(v)))
        cols["victims"].append(code("v", g("victims"), lambda v: "" if victim_group(v) == "people" else victim_group(v)))
        country = code("c", g("country"), norm_label)
        admin1 = code("a", g("admin1"), norm_label)
        cols["country"].append(country)
        cols["admin1"].append(admin1)
        # a place the sentence itself names is a hard constraint; one the extractor took
        # from a neighbouring sentence only counts as evidence for, never against
        said_key = (quote, g("place"), g("admin1"), g("country"))
        said = said_memo.get(said_key)
        if said is None:
            if len(said_memo) > 100_000:  # (bounded: a million claims must not hold a million keys)
                said_memo.clear()
            said = said_memo[said_key] = place_said(*said_key, folded=folded or None)
        said_place = said > 0
        cols["hadmin1"].append(admin1 if said_place else 0)
        cols["hcountry"].append(country if said_place else 0)
        said_date = qf[1]
        cols["sdate"].append(said_date == DATE_ABSOLUTE)
        cols["rdate"].append(said_date != DATE_NONE)
        # a claim whose sentence names no place below the country may join its report's
        # event from any paragraph
        said_local = said == 2
        cols["loose"].append(not said_local)
        skel = code("p", g("place"), place_skeleton)
        admin1_skel = code("p", g("admin1"), place_skeleton)
        cols["skel"].append(skel)
        cols["admin1_skel"].append(admin1_skel)
        # the district a town lies in ("place_district": Khar lies in Bajaur; Bajaur is its own): a town and
        # the district holding it are one place named at two levels
        cols["dskel"].append(code("p", g("place_district"), place_skeleton))
        # no more specific than a province: the gazetteer's type when known ("Kabul" the
        # city is a town, "Nangarhar" a province), else a place named like its province
        ptype = g("place_type")
        cols["coarse"].append(skel == 0 or (ptype in ("province", "country") if ptype else skel == admin1_skel))
        # the extractor's event type, else the one the sentence names ("killed in a car bomb")
        given = code("t", g("event_type"), event_type_family)
        cols["etype_given"].append(given)
        # and its exact words ("roadside bomb", not only "explosion"): agreeing on them says more
        # (the sentence's own words when the extractor gave no type: "the roadside bomb on Monday")
        cols["etype_exact"].append(code("x", g("event_type"), norm_label) if given else qf[3])
        cols["etype"].append(given or qf[2])
        # the means of attack the sentence and the type name ("suicide", "roadside", "gunmen")
        means = memo.get(("m", g("event_type")))
        if means is None:
            means = memo[("m", g("event_type"))] = attack_means(ascii_fold(g("event_type") or "").lower())
        cols["means"].append(means | qf[4])
        cols["target"].append(qf[5])
        # a named faction and its movement are one perpetrator here ("Jamaat-ul-Ahrar" and "TTP", "ISKP" and
        # "Islamic State"): outlets name either for one attack
        # a claim of responsibility names its perpetrator as its entity ("ISKP claimed the attack"), even
        # where the extractor's context gave the claim no perpetrator field
        perp = g("perpetrator") or (g("entity") if g("kind") == "attribution" else None)
        cols["perp"].append(code("g", perp, _perpetrator_family))
        para = g("paragraph")
        cols["para"].append(stable_hash(f"{sid}#p{para if para is not None else g('span_start')}"))
        cols["pidx"].append(int(para) if para is not None else 0)
        cols["sent"].append(stable_hash(f"{sid}#s{quote or g('span_start')}"))
        event_date, precision = g("event_date"), g("date_precision")
        if said_date == DATE_ABSOLUTE:
            # the sentence names a year or month the date given disagrees with: trust the sentence
            event_date, precision = sentence_date(quote, event_date, precision, g("published"))
        window_key = (event_date, precision, g("published"))
        w = window_memo.get(window_key, window_memo)
        if w is window_memo:
            w = window_memo[window_key] = raw_window(*window_key)
        if w is None:
            cols["r0"].append(0), cols["r1"].append(0), cols["t0"].append(0), cols["t1"].append(0)
            cols["h0"].append(0), cols["h1"].append(0)
            cols["finite"].append(False), cols["dated"].append(False)
            # no date and no publication: no week to meet its report's other claims in, so it may join its
            # report's event from any paragraph, as a claim naming no place does (an undated page's
            # paragraphs mostly tell its one incident)
            cols["loose"][-1] = True
        else:
            lo, hi, pad, dated = w
            # The extractor's date is trusted as far as the sentence supports it.  Windows:
            # t0..t1 is what counts as evidence (blocking), h0..h1 what rules a link out.
            # An absolute date ("May 12, 2020") as given; a relative one ("on Thursday")
            # may be resolved a week off; one taken from a neighbouring sentence, weeks.
            e0, e1, h0, h1 = lo - pad, hi + pad, lo - pad, hi + pad
            if dated and said_date == DATE_RELATIVE:
                e0, h0, h1 = lo - RELATIVE_SLACK, lo - RELATIVE_SLACK, hi + RELATIVE_SLACK
            elif dated and said_date == DATE_NONE:
                e0, e1 = lo - 3 * RELATIVE_SLACK, hi + 3
                h0, h1 = lo - INHERITED_SLACK, hi + INHERITED_SLACK
            if dated and (g("kind") == "attribution" or g("claimant_role") == "perpetrator"):
                # a statement's date is often the day it was made, not the day of the attack
                h0, h1 = min(h0, lo - RELATIVE_SLACK), max(h1, hi + RELATIVE_SLACK)
            cols["r0"].append(lo), cols["r1"].append(hi)
            cols["t0"].append(e0), cols["t1"].append(e1)
            cols["h0"].append(min(h0, e0)), cols["h1"].append(max(h1, e1))
            cols["finite"].append(True), cols["dated"].append(dated)
    batch = _arrays(cols)
    if keep:
        batch.extra["keep"] = kept
        batch.extra["keep_fields"] = keep
    return batch


def _arrays(cols: dict[str, list]) -> Batch:
    kw = {"ids": cols.pop("ids"), "ctx": cols.pop("ctx")}
    for name, values in cols.items():
        column = np.frombuffer(values, dtype=np.int64) if len(values) else np.zeros(0, dtype=np.int64)
        kw[name] = column.astype(bool) if name in ("finite", "dated", "sdate", "loose", "coarse", "rdate", "recalled") else column.copy()
    width = kw["t1"] - kw["t0"]
    kw["narrow"] = kw["finite"] & (width <= NARROW_DAYS)
    return Batch(**kw)


def is_toll(batch: Batch) -> np.ndarray:
    toll = batch.bucket >= 0
    kinds = np.zeros(batch.n, dtype=bool)
    for code in TOLL_CODES:  # two comparisons are much faster than np.isin, called this often
        kinds |= batch.kind == code
    return toll & kinds


def nested_places(b: Batch, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Pairs where one claim's place is a district and the other's a town the gazetteer puts in it
    ("Pulwama district" and "Awantipora"): one place named at two levels, not two towns."""
    d = b.dskel[i]
    nested = (d != 0) & (d == b.dskel[j]) & (b.skel[i] != b.skel[j]) & (b.skel[i] != 0) & (b.skel[j] != 0) & (
        (b.skel[i] == d) | (b.skel[j] == d))
    # a town and the district seat its district is named after, which the gazetteer keeps as a city ("Sakhi
    # Sarwar" lies in the district of Dera Ghazi Khan; "Manawan" in Lahore's): one place at two levels too
    dj = b.dskel[j]
    seat = (b.skel[i] != b.skel[j]) & (b.skel[i] != 0) & (b.skel[j] != 0) & (
        (d != 0) & (d == b.skel[j]) | (dj != 0) & (dj == b.skel[i]))
    return nested | seat
