"""A synthetic desk with ground truth, for the clustering benchmark and tests.

Invented countries, provinces and towns (some town names repeat across provinces);
events with a place, a day, a type, a perpetrator and a true toll; reports about them
from many outlets, published over the following days, whose tolls rise over time;
claims with every kind of gap the extractor leaves (no place, a town spelled another
way and unknown to the gazetteer, a month or year instead of a day, no date at all);
perpetrator boasts (inflated tolls); syndicated copies; recap paragraphs that mention an
older attack in the same province (a hard negative inside one report); attacks in the
same town years apart; the same toll in unrelated events; and aggregate totals.

``generate(n_claims, seed)`` returns rows as tuples named by ``COLUMNS`` plus the true
event of every claim (None for aggregates), so a million claims fit in memory.
"""

from __future__ import annotations

import datetime as dt
import random
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from .models import short_hash

COLUMNS = [
    "id", "source_id", "kind", "value_low", "value_high", "qualifier", "victims", "entity", "quote",
    "span_start", "span_end", "claimant", "claimant_role", "event_date", "date_precision", "place",
    "admin1", "country", "event_type", "perpetrator", "aggregate", "published", "paragraph",
]

_SYL = ["ka", "bul", "nan", "gar", "har", "qan", "dur", "kun", "duz", "ba", "lkh", "far", "yab", "zar",
        "shar", "if", "paq", "tia", "ghaz", "ni", "hel", "mand", "khost", "nur", "is", "tan", "sar", "pul",
        "khum", "ri", "jal", "lal", "bad", "tal", "mi", "dan", "wa", "rdak", "lo", "zab", "ul", "bam",
        "chak", "dosh", "fir", "gul", "jur", "kam", "lash", "mar", "nesh", "pach", "rob", "sang", "tak",
        "wur", "yak", "zhob", "ghor", "khan", "sheb", "qaz", "bost", "chin", "derw", "faiz", "jow", "kesh"]
_LINK = ["-e ", "-i-", " ", "-e-", ""]
TYPES = ["suicide bombing", "roadside bomb", "gun attack", "air strike", "rocket attack", "ambush",
         "car bomb", "mosque bombing", "clash", "kidnapping"]
GROUPS = ["ISKP", "Taliban", "TTP", "al-Qaeda", "Haqqani Network", "BLA", "Jaish al-Adl", "IMU"]
VICTIMS = ["people", "people", "people", "civilians", "soldiers", "police officers", "worshippers", "children"]
OUTLETS = [f"Outlet {k:02d}" for k in range(60)]
COUNTRIES = ["Norland", "Sudmark", "Estavia", "Westria"]


def _name(rng: random.Random) -> str:
    a = "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3)))
    if rng.random() < 0.3:
        b = "".join(rng.choice(_SYL) for _ in range(rng.randint(1, 2)))
        return f"{a.capitalize()}{rng.choice(_LINK)}{b.capitalize()}"
    return a.capitalize()


def variant(name: str, rng: random.Random) -> str:
    """Another transliteration of ``name`` (vowels and connectors, q/k): Pul-e-Khumri -> Pul-i-Khumri."""
    swaps = [("-e-", "-i-"), ("-e ", "-i-"), ("-i-", "-e-"), ("u", "o"), ("o", "u"), ("q", "k"), ("Q", "K"),
             ("a", "aa"), ("i", "ee"), ("e", "i")]
    rng.shuffle(swaps)
    for a, b in swaps:
        if a in name[1:]:
            return name[0] + name[1:].replace(a, b, 1)
    return name + "h"


@dataclass
class Place:
    name: str
    admin1: str
    country: str


@dataclass
class World:
    places: list[Place] = field(default_factory=list)
    by_admin1: dict[str, list[Place]] = field(default_factory=dict)


def make_world(rng: random.Random, provinces_per_country: int = 15, towns: int = 8) -> World:
    w = World()
    names_used: list[str] = []
    for country in COUNTRIES:
        for _ in range(provinces_per_country):
            prov = _name(rng)
            while prov in w.by_admin1:
                prov = _name(rng)
            w.by_admin1[prov] = []
            for _ in range(towns):
                # some town names repeat in other provinces (two mosques of one name, two districts)
                name = rng.choice(names_used) if names_used and rng.random() < 0.05 else _name(rng)
                names_used.append(name)
                p = Place(name, prov, country)
                w.places.append(p)
                w.by_admin1[prov].append(p)
    return w


@dataclass
class Event:
    key: str
    day: dt.date
    place: Place
    type: str
    perpetrator: str | None
    killed: int
    injured: int
    victims: str


_D0 = dt.date(2014, 1, 1).toordinal()
_SPAN = 365 * 10


def _events(rng: random.Random, world: World, n: int) -> list[Event]:
    events: list[Event] = []
    for k in range(n):
        r = rng.random()
        if events and r < 0.04:  # the same town again, years later
            base = rng.choice(events)
            place, day = base.place, dt.date.fromordinal(base.day.toordinal() + rng.choice([-1, 1]) * rng.randint(400, 2000))
            if not (_D0 <= day.toordinal() < _D0 + _SPAN):
                day = dt.date.fromordinal(_D0 + rng.randrange(_SPAN))
        else:
            place = rng.choice(world.places)
            day = dt.date.fromordinal(_D0 + rng.randrange(_SPAN))
        killed = max(1, int(rng.lognormvariate(1.8, 1.0)))
        if events and rng.random() < 0.05:  # the same toll as an unrelated event
            killed = rng.choice(events).killed
        events.append(Event(
            key=f"ev{k}", day=day, place=place, type=rng.choice(TYPES),
            perpetrator=rng.choice(GROUPS) if rng.random() < 0.6 else None,
            killed=killed, injured=int(killed * rng.uniform(0.5, 3)), victims=rng.choice(VICTIMS),
        ))
    return events


_KILLED_TPL = [
    "{n} {v} were killed in a {t} in {p} {d}.",
    "A {t} in {p} killed {n} {v} {d}, officials said.",
    "At least {n} {v} died when a {t} struck {p} {d}.",
    "The {t} {d} left {n} {v} dead, according to local officials.",
    "Police said {n} {v} were killed in the {t}.",
    "The death toll from the {t} rose to {n}, a hospital spokesman said.",
]
_INJURED_TPL = ["{n} others were wounded.", "Another {n} were injured in the {t}.", "{n} people were hurt."]
_ATTR_TPL = ["{g} claimed responsibility for the {t} in {p}.", "Officials blamed {g} for the attack."]
_BOAST_TPL = ["In a statement, {g} said its fighters killed {n} {v} in the {t}."]


def _date_words(day: dt.date, prec: str | None) -> str:
    if prec == "day":
        return f"on {day.strftime('%A')}"
    if prec == "month":
        return f"in {day.strftime('%B %Y')}"
    if prec == "year":
        return f"in {day.year}"
    return ""


def generate(n_claims: int, seed: int = 0) -> tuple[list[tuple], list[str | None]]:
    """About ``n_claims`` claims (tuples named by COLUMNS) and each claim's true event key."""
    rows: list[tuple] = []
    truth: list[str | None] = []
    for row, t in iter_generate(n_claims, seed):
        rows.append(row)
        truth.append(t)
    return rows, truth


def iter_generate(n_claims: int, seed: int = 0) -> Iterator[tuple[tuple, str | None]]:
    """The same claims as :func:`generate`, one (row, true event) at a time (a million fit)."""
    rng = random.Random(seed)
    n_events = max(1, n_claims // 3)
    # the world grows with the desk: about two reported incidents per town and year
    provinces = max(8, min(40, n_events // 2000))
    world = make_world(rng, provinces_per_country=provinces, towns=max(3, n_events // (20 * 4 * provinces)))
    events = _events(rng, world, n_events)
    by_admin1: dict[str, list[Event]] = {}
    for e in events:
        by_admin1.setdefault(e.place.admin1, []).append(e)
    made = 0
    sid_n = 0
    for ev in events:
        if made >= n_claims:
            break
        n_reports = min(8, 1 + int(rng.expovariate(0.7)))
        for rep in range(n_reports):
            sid_n += 1
            report = list(_report(rng, world, ev, by_admin1[ev.place.admin1], rep, f"s{sid_n}"))
            for row, t in report:
                made += 1
                yield row, t
            if rng.random() < 0.05:  # a syndicated copy under another outlet's name
                sid_n += 1
                src = f"s{sid_n}"
                for row, t in report:
                    copy = list(row)
                    copy[0] = short_hash(src, row[0], prefix="c")
                    copy[1] = src
                    made += 1
                    yield tuple(copy), t


def _claim(src, kind, lo, hi, quote, ev_fields, paragraph, published, *, victims=None, entity=None,
           role="reporter", claimant=None, aggregate=False, n=0) -> tuple:
    date, prec, place, admin1, country, etype, perp = ev_fields
    return (
        short_hash(src, kind, n, quote, prefix="c"), src, kind, lo, hi, "exact" if lo == hi else "at_least",
        victims, entity, quote, 0, len(quote), claimant, role, date, prec, place, admin1, country, etype,
        perp, int(aggregate), published, paragraph,
    )


def _context(rng: random.Random, ev: Event) -> tuple:
    r = rng.random()
    if r < 0.70:
        date, prec = ev.day.isoformat(), "day"
    elif r < 0.78:
        date, prec = ev.day.isoformat(), "week"
    elif r < 0.88:
        date, prec = ev.day.isoformat()[:7], "month"
    elif r < 0.92:
        date, prec = str(ev.day.year), "year"
    else:
        date, prec = None, None
    r = rng.random()
    if r < 0.78:
        place, admin1, country = ev.place.name, ev.place.admin1, ev.place.country
    elif r < 0.88:  # spelled another way, unknown to the gazetteer
        place, admin1, country = variant(ev.place.name, rng), None, None
    elif r < 0.95:
        place, admin1, country = ev.place.admin1, ev.place.admin1, ev.place.country
    else:
        place, admin1, country = None, None, None
    etype = ev.type if rng.random() < 0.7 else None
    perp = ev.perpetrator if rng.random() < 0.5 else None
    return date, prec, place, admin1, country, etype, perp


def _report(rng, world, ev: Event, same_province: list[Event], rep: int,
            src: str) -> Iterator[tuple[tuple, str | None]]:
    delay = rep * rng.randint(0, 3) + (rng.randint(20, 300) if rng.random() < 0.05 else 0)
    published = dt.date.fromordinal(ev.day.toordinal() + delay)
    pub = published.isoformat()
    ctx = _context(rng, ev)
    prec = ctx[1]
    words = {"p": ctx[2] or "the province", "t": ev.type, "d": _date_words(ev.day, prec),
             "v": ev.victims, "g": ev.perpetrator or "a militant group"}
    rising = min(1.0, 0.45 + 0.2 * (delay + 1))
    k = max(1, round(ev.killed * rising))
    n = 0
    para = 0
    quote = rng.choice(_KILLED_TPL).format(n=k, **words)
    yield _claim(src, "killed", k, k, quote, ctx, para, pub, victims=ev.victims, n=n), ev.key
    n += 1
    if rng.random() < 0.5:
        kind_ctx = ctx if rng.random() < 0.5 else (None, None, None, None, None, None, None)
        q2 = rng.choice(_INJURED_TPL).format(n=ev.injured, **words)
        if rng.random() < 0.5:  # same sentence
            q2 = quote[:-1] + " and " + q2[0].lower() + q2[1:]
        yield _claim(src, "injured", ev.injured, ev.injured, q2, kind_ctx, para, pub, victims="people", n=n), ev.key
        n += 1
    if ev.perpetrator and rng.random() < 0.3:
        q3 = rng.choice(_ATTR_TPL).format(**words)
        yield _claim(src, "attribution", None, None, q3, ctx, para, pub, entity=ev.perpetrator, n=n), ev.key
        n += 1
    if ev.perpetrator and rng.random() < 0.06:  # the perpetrator's boast
        boast = ev.killed * rng.randint(3, 8)
        q4 = _BOAST_TPL[0].format(n=boast, **words)
        yield _claim(src, "killed", boast, boast, q4, ctx, para + 1, pub, victims=ev.victims,
                     role="perpetrator", claimant=ev.perpetrator, n=n), ev.key
        n += 1
    if rng.random() < 0.08:  # a recap paragraph about an older attack in the same province
        old = rng.choice(same_province)
        if old.key != ev.key:
            octx = (old.day.isoformat()[:7], "month", old.place.name, old.place.admin1, old.place.country,
                    old.type, None)
            q5 = f"In {old.day.strftime('%B %Y')}, a {old.type} in {old.place.name} killed {old.killed} people."
            yield _claim(src, "killed", old.killed, old.killed, q5, octx, para + 2, pub, victims="people", n=n), old.key
            n += 1
    if rng.random() < 0.03:  # an aggregate total: never an event
        total = rng.randint(50, 2000)
        q6 = f"More than {total} people have been killed in attacks in {ev.place.admin1} since {ev.day.year - 2}."
        actx = (str(ev.day.year), "year", ev.place.admin1, ev.place.admin1, ev.place.country, None, None)
        yield _claim(src, "killed", total + 1, None, q6, actx, para + 3, pub, victims="people", aggregate=True, n=n), None


def source_texts(rows: list[tuple]) -> tuple[dict[str, dict], list[tuple]]:
    """Source rows (text built from the quotes, one paragraph per line) and claims with real spans."""
    ci = {c: k for k, c in enumerate(COLUMNS)}
    by_src: dict[str, list[int]] = {}
    for k, r in enumerate(rows):
        by_src.setdefault(r[ci["source_id"]], []).append(k)
    sources: dict[str, dict] = {}
    out = list(rows)
    for sid, ks in by_src.items():
        paras: dict[int, list[str]] = {}
        for k in ks:
            q = rows[k][ci["quote"]]
            sents = paras.setdefault(rows[k][ci["paragraph"]], [])
            if q not in sents:
                sents.append(q)
        lines, offsets = [], {}
        pos = 0
        for p in sorted(paras):
            line = " ".join(paras[p])
            for q in paras[p]:
                offsets[q] = pos + line.index(q)
            lines.append(line)
            pos += len(line) + 1
        text = "\n".join(lines)
        for k in ks:
            r = list(rows[k])
            r[ci["span_start"]] = offsets[r[ci["quote"]]]
            r[ci["span_end"]] = r[ci["span_start"]] + len(r[ci["quote"]])
            out[k] = tuple(r)
        first = rows[ks[0]]
        sources[sid] = {"id": sid, "origin": f"synthetic/{sid}.txt", "publisher": OUTLETS[zlib.crc32(sid.encode()) % len(OUTLETS)],
                        "published": first[ci["published"]], "text": text, "sha256": short_hash(text, length=64),
                        "format": "text"}
    return sources, out


def pairwise_scores(predicted: list, truth: list) -> dict:
    """Pairwise precision, recall and F1 of a clustering (claims with truth None are skipped)."""
    from collections import Counter
    from math import comb

    cells, pred, true = Counter(), Counter(), Counter()
    for p, t in zip(predicted, truth):
        if t is None:
            continue
        cells[(p, t)] += 1
        pred[p] += 1
        true[t] += 1
    tp = sum(comb(n, 2) for n in cells.values())
    pp = sum(comb(n, 2) for n in pred.values())
    tt = sum(comb(n, 2) for n in true.values())
    precision = tp / pp if pp else 1.0
    recall = tp / tt if tt else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "true_pairs": tt, "predicted_pairs": pp}
