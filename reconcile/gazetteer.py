"""Places of the region, for normalizing where an event happened.

``lookup(name)`` finds a place by any of its spellings ("Pul-i-Khumri",
"Pul-e-Khumri", "Mazar"); ``find_places(text)`` finds place mentions in a sentence
with their exact offsets. The data is ``reconcile/data/gazetteer.yaml`` plus the
user's own files (``claims/gazetteer.yaml`` in the working directory, or files named
by the ``RECONCILE_GAZETTEER`` environment variable); see the header of the YAML file.
Landmarks (an airport, a base camp, a hotel, a military base) name the place they lie in:
``reconcile/data/landmarks.yaml``, extended by ``claims/landmarks.yaml`` or ``RECONCILE_LANDMARKS``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ._frozen import direct_init
from ._names import entry_error, extra_files, load_entries, name_key

DATA = Path(__file__).parent / "data" / "gazetteer.yaml"
ENV_VAR = "RECONCILE_GAZETTEER"
LANDMARKS = Path(__file__).parent / "data" / "landmarks.yaml"
LANDMARKS_ENV_VAR = "RECONCILE_LANDMARKS"
PLACE_TYPES = ("city", "district", "province", "country")
#: the type of a border of two states (``borders:`` of the data file; never found in text, see extract/borderfight.py)
BORDER = "border"
#: Most specific first: used to choose among several places in one sentence.
SPECIFICITY = {"city": 0, "district": 1, "province": 2, "country": 3}


@dataclass(frozen=True)
class Place:
    name: str
    type: str
    admin1: str | None
    country: str
    lat: float | None = None
    lon: float | None = None
    variants: tuple[str, ...] = ()
    district: str | None = None  # the district a town lies in (Khar: Bajaur), when the data says


@direct_init  # (speed: built straight into its dict, see _frozen)
@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place


class Gazetteer:
    def __init__(self, entries: list[dict], landmarks: list[dict] = (), borders: list[dict] = ()):
        self.places: dict[str, Place] = {}
        self._cache: dict[str, list] = {}
        self._runs: dict[str, tuple] = {}  # run of capitalized words -> its places (see _find)
        for i, e in enumerate(entries):
            try:
                name = str(e["name"])
                typ = str(e.get("type", "city"))
                if typ not in PLACE_TYPES:
                    raise ValueError(f"type must be one of {PLACE_TYPES}")
                country = str(e.get("country") or (name if typ == "country" else ""))
                if not country:
                    raise ValueError("country is required")
                place = Place(
                    name=name,
                    type=typ,
                    admin1=e.get("admin1") or (name if typ == "province" else None),
                    country=country,
                    lat=float(e["lat"]) if e.get("lat") is not None else None,
                    lon=float(e["lon"]) if e.get("lon") is not None else None,
                    variants=tuple(str(v) for v in e.get("variants") or ()),
                    district=str(e["district"]) if e.get("district") else None,
                )
            except (KeyError, TypeError, ValueError) as err:
                raise entry_error(e, f"gazetteer entry {i}", err) from err
            self.places[name] = place  # a later entry of the same name replaces it
        self.by_key: dict[str, Place] = {}
        # variants first, names last: a place's own name wins over another's variant
        for place in self.places.values():
            for v in place.variants:
                self.by_key.setdefault(name_key(v), place)
        for place in self.places.values():
            self.by_key[name_key(place.name)] = place
        # homonyms: a name several places answer to ("Taftan": a town of Pakistan's Balochistan, and Iran's Taftan
        # County, whose entry lists "Taftan" as a variant); the report's own words choose among them (_resolve)
        sharing: dict[str, list[Place]] = {}
        for place in self.places.values():
            for n in (place.name, *place.variants):
                got = sharing.setdefault(name_key(n), [])
                if place not in got:
                    got.append(place)
        self.homonyms: dict[str, tuple[Place, ...]] = {
            k: (self.by_key[k], *(p for p in ps if p is not self.by_key[k])) for k, ps in sharing.items() if len(ps) > 1}
        self._homonym_names = {p.name for ps in self.homonyms.values() for p in ps}
        # a country's adjectives ("Iranian", "Tajik"), for telling homonyms apart by the report's words
        self.adjectives: dict[str, tuple[str, ...]] = {
            p.country: tuple(str(a) for a in e.get("adjectives") or ())
            for e in entries if (p := self.places.get(str(e.get("name")))) is not None and p.type == "country"}
        # a country's capital (or the cities whose names stand for its government or army: "Islamabad", "Rawalpindi")
        self.capitals: dict[str, tuple[str, ...]] = {
            p.country: _names(e.get("capital"))
            for e in entries if (p := self.places.get(str(e.get("name")))) is not None and p.type == "country"}
        self._adjective_rx = re.compile(r"\b(" + "|".join(sorted({re.escape(a) for v in self.adjectives.values() for a in v},
                                                                key=len, reverse=True)) + r")\b") \
            if any(self.adjectives.values()) else None
        self._report_cues: dict[int, tuple] = {}
        # landmarks last: a place's own name or spelling wins over a landmark's
        self.landmarks: dict[str, Place] = {}
        for i, e in enumerate(landmarks):
            try:
                name, where = str(e["name"]), self.places.get(str(e["place"]))
                if where is None:
                    raise ValueError(f"place {e['place']!r} is not in the gazetteer")
                names = (name, *(str(v) for v in e.get("variants") or ()))
            except (KeyError, TypeError, ValueError) as err:
                raise entry_error(e, f"landmark entry {i}", err) from err
            for n in names:
                self.landmarks[n] = where
                self.by_key.setdefault(name_key(n), where)
        # borders of two states (a fight across one is placed on it, extract/borderfight.py): not looked up in text
        self.borders: dict[frozenset[str], Place] = {}
        for i, e in enumerate(borders):
            try:
                name, sides = str(e["name"]), frozenset(str(c) for c in e["sides"])
                if len(sides) != 2 or any(c not in self.places or self.places[c].type != "country" for c in sides):
                    raise ValueError("sides must be two countries of the gazetteer")
                self.borders[sides] = Place(name=name, type=BORDER, admin1=name, country="/".join(sorted(sides)),
                                            lat=float(e["lat"]) if e.get("lat") is not None else None,
                                            lon=float(e["lon"]) if e.get("lon") is not None else None)
            except (KeyError, TypeError, ValueError) as err:
                raise entry_error(e, f"border entry {i}", err) from err
        self._border_names = {p.name: p for p in self.borders.values()}
        every_name = [n for p in self.places.values() for n in (p.name, *p.variants)] + list(self.landmarks)
        # first words of every name: a run of capitalized words is looked at only from these
        self.first_keys = {name_key(t[0]) for n in every_name if (t := _TOKEN.findall(n))}
        self.max_tokens = max((len(_TOKEN.findall(n)) for n in every_name), default=1)

    def lookup(self, name: str) -> Place | None:
        if not name:
            return None
        border = self._border_names.get(name)
        if border is not None:
            return border  # (by its exact name only: a border is no place a report's text names)
        key = name_key(name)
        place = self.by_key.get(key)
        if place is None and key.endswith("province"):
            place = self.by_key.get(key[: -len("province")] + "province") or self.by_key.get(key[: -len("province")])
        return place

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
        """Place mentions in ``text[start:end]``, longest match first, offsets into ``text``.

        Results are cached by the stretch of text (the extractor asks about one sentence
        several times), so repeated calls cost a dictionary lookup."""
        end = len(text) if end is None else end
        found = self._found(text, start, end)
        if self._homonym_names and any(m.place.name in self._homonym_names for m in found):
            found = [self._resolve(text, start, end, m, found) if m.place.name in self._homonym_names else m
                     for m in found]
        return found

    def _found(self, text: str, start: int, end: int) -> list[PlaceMention]:
        if end - start <= 4000:
            piece = text[start:end]
            rel = self._cache.get(piece)
            if rel is None:
                found = self._find(text, start, end)
                if (" province" in piece or " district" in piece) and any(map(piece.__contains__, _LOWER_UNIT_GATE)):
                    found = self._lowercase_units(text, start, end, found)
                if len(self._cache) > 20000:
                    self._cache.clear()
                self._cache[piece] = [(m.start - start, m.end - start, m.text, m.place) for m in found]
                return found
            return [PlaceMention(start + a, start + b, t, p) for a, b, t, p in rel]
        return self._find(text, start, end)

    def _lowercase_units(self, text: str, start: int, end: int, found: list[PlaceMention]) -> list[PlaceMention]:
        """Add "parwan province", "the nad ali district": a province or district written all in lower case (a
        machine-paraphrased or lower-cased copy), its name and its unit word together (a bare lower-case word is
        no place: "swat", "tank")."""
        extra = []
        for unit in _LOWER_UNIT.finditer(text, start, end):
            words = _LOWER_WORDS.search(text, max(start, unit.start() - 40), unit.start())
            if words is None:
                continue
            names = words.group(0).split()
            for k in range(max(0, len(names) - 3), len(names)):  # the longest name first ("nad ali", then "ali")
                if names[k] in ("the", "of", "in", "and"):
                    continue
                name = " ".join(names[k:])
                place = self.lookup(f"{name} {unit.group(1)}") or self.lookup(name)
                if place is not None and place.type == unit.group(1):
                    at = unit.start() - len(name)
                    if not any(f.start <= at < f.end for f in found):
                        extra.append(PlaceMention(at, unit.end(), text[at : unit.end()], place))
                    break
        return sorted([*found, *extra], key=lambda f: f.start) if extra else found

    def _resolve(self, text: str, start: int, end: int, m: PlaceMention, found: list[PlaceMention]) -> PlaceMention:
        """The homonym ``m`` names, by what the report says around it: the provinces and countries (and the
        countries' adjectives) its sentence names first, then those of the whole report; the gazetteer's own
        (the place whose name it is) when nothing tells them apart."""
        key = name_key(m.text)
        candidates = self.homonyms.get(key)
        if candidates is None or m.place is not candidates[0]:
            return m  # a longer name's mention ("Taftan County"), or one its words chose already ("Taftan county")
        around = self._cues(found, m, text, start, end)
        report = self._report_cues_of(text)

        def score(p: Place) -> tuple:
            return (around.get(("a", p.admin1), 0) * 3 + around.get(("c", p.country), 0),
                    report.get(("a", p.admin1), 0) * 3 + report.get(("c", p.country), 0), p is candidates[0])

        best = max(candidates, key=score)
        return m if best is m.place else PlaceMention(m.start, m.end, m.text, best)

    def _cues(self, found, m, text: str, start: int, end: int) -> dict:
        """Counts of the provinces (``("a", name)``) and countries (``("c", name)``) ``found`` names besides ``m``
        and the homonyms, and of the countries whose adjective ``text[start:end]`` holds."""
        out: dict = {}
        for n in found:
            if n is m or n.place.name in self._homonym_names:
                continue
            if n.place.admin1:
                out[("a", n.place.admin1)] = out.get(("a", n.place.admin1), 0) + 1
            out[("c", n.place.country)] = out.get(("c", n.place.country), 0) + 1
        if self._adjective_rx is not None:
            for a in self._adjective_rx.finditer(text, start, end):
                for country, forms in self.adjectives.items():
                    if a.group(1) in forms:
                        out[("c", country)] = out.get(("c", country), 0) + 1
        return out

    def _report_cues_of(self, text: str) -> dict:
        """:meth:`_cues` of a whole report (kept for the last few reports asked about)."""
        key = hash(text)
        hit = self._report_cues.get(key)
        if hit is None or hit[0] != len(text):
            if len(self._report_cues) > 64:
                self._report_cues.clear()
            hit = self._report_cues[key] = (len(text), self._cues(self._find(text, 0, len(text)), None, text, 0, len(text)))
        return hit[1]

    def clear_cache(self) -> None:
        self._cache.clear()

    def _find(self, text: str, start: int, end: int) -> list[PlaceMention]:
        out: list[PlaceMention] = []
        runs = self._runs
        for run in _RUN.finditer(text, start, end):
            r0 = run.start()
            key = run.group(0)
            rel = runs.get(key)
            if rel is None:
                rel = self._run_places(key)
                if len(key) <= 200:  # short runs only: the memo stays small whatever the input
                    if len(runs) > 50000:
                        runs.clear()
                    runs[key] = rel
            for a, b, place in rel:
                hit = PlaceMention(r0 + a, r0 + b, text[r0 + a : r0 + b], place)
                # "Kunduz province" / "province of Kunduz": the province, not the city
                tail = text[hit.end : hit.end + 10].lower() if place.type == "city" else ""
                if hit.place.type == "city" and _PROVINCE_AFTER.match(tail):
                    prov = self.lookup(hit.text + " Province")
                    if prov is not None:
                        pe = hit.end + len(_PROVINCE_AFTER.match(tail).group(1))
                        hit = PlaceMention(hit.start, pe, text[hit.start : pe], prov)
                elif hit.place.type in ("city", "district") and (unit := _UNIT_AFTER.match(tail or
                                                                            text[hit.end : hit.end + 10].lower())):
                    # "Taftan county", "the Rasht district": the place of that name that is a county or district
                    other = self.lookup(f"{hit.text} {unit.group(1)}")
                    if other is not None and other is not hit.place:
                        hit = PlaceMention(hit.start, hit.end, hit.text, other)
                elif hit.place.type == "city" and _PROVINCE_OF_BEFORE.search(text, max(0, hit.start - 40), hit.start):
                    prov = self.lookup(hit.text + " Province")
                    if prov is not None and prov.admin1 == hit.place.admin1:
                        hit = PlaceMention(hit.start, hit.end, hit.text, prov)
                out.append(hit)
        return out

    def _run_places(self, run: str) -> tuple[tuple[int, int, Place], ...]:
        """Places named in one run of capitalized words, longest first, as offsets into the run
        (a pure function of the run: memoized by :meth:`_find` across sentences and sources)."""
        toks = [(m.start(), m.end()) for m in _TOKEN.finditer(run)]
        first_keys = self.first_keys
        if not any(_quick_key(run[a:b]) in first_keys for a, b in toks):
            return ()
        out: list[tuple[int, int, Place]] = []
        i = 0
        while i < len(toks):
            if _quick_key(run[toks[i][0] : toks[i][1]]) not in first_keys:
                i += 1
                continue
            for j in range(min(len(toks), i + self.max_tokens + 1) - 1, i - 1, -1):
                s, e = toks[i][0], toks[j][1]
                while e > s and run[e - 1] in ".,":
                    e -= 1
                place = self.by_key.get(name_key(run[s:e]))
                if place is not None:
                    out.append((s, e, place))
                    i = j + 1
                    break
            else:
                i += 1
        return tuple(out)


# A run of capitalized words, joined by spaces, hyphens or Persian/Arabic connectors.
# (the look-behind follows the capital it guards, so the engine can skip to capitals)
_RUN = re.compile(
    r"[A-Z](?<![\w\-].)[\w'\u2019.]*"
    r"(?:(?:[ \-]+(?:e|i|ye|ez|el|al|ul|ad|as|and|of)[ \-]+|[ \-])[A-Z][\w'\u2019.]*)*"
)
_TOKEN = re.compile(r"[A-Z][\w'\u2019.]*")
_PROVINCE_AFTER = re.compile(r"(\s+province)\b")
_UNIT_AFTER = re.compile(r"\s+(county|district)\b")
# "parwan province", "nad ali district": lower-case words before a unit word (see Gazetteer._lowercase_units)
_LOWER_UNIT = re.compile(r"(?<=[a-z'\-]) (province|district)\b")
_LOWER_WORDS = re.compile(r"(?<![\w\-'\u2019])(?-i:[a-z][a-z'\-]*)(?: (?-i:[a-z][a-z'\-]*))*$")
_LOWER_UNIT_GATE = (" a", " b", " c", " d", " e", " f", " g", " h", " i", " j", " k", " l", " m", " n", " o", " p",
                    " q", " r", " s", " t", " u", " v", " w", " x", " y", " z")
# "the (northern) province of Kunduz": the province, not the city that shares its name
_PROVINCE_OF_BEFORE = re.compile(r"\bprovince\s+of\s+(?:the\s+)?$", re.IGNORECASE)


_QUICK = str.maketrans("", "", "'\u2019.-")


def _names(value) -> tuple[str, ...]:
    """A field that holds one name or a list of names, as a tuple."""
    if not value:
        return ()
    return (str(value),) if isinstance(value, str) else tuple(str(v) for v in value)


def _quick_key(token: str) -> str:
    """name_key of one capitalized word, fast (the possessive dropped)."""
    if token.endswith(("'s", "\u2019s")):
        token = token[:-2]
    if not token.isascii():
        return name_key(token)
    return token.lower().translate(_QUICK)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(load_entries(DATA, extra_files(ENV_VAR, "gazetteer.yaml"), "places"),
                     load_entries(LANDMARKS, extra_files(LANDMARKS_ENV_VAR, "landmarks.yaml"), "landmarks"),
                     load_entries(DATA, extra_files(ENV_VAR, "gazetteer.yaml"), "borders"))


#: cache_clear functions of caches that depend on the gazetteer (registered by their modules)
ON_RELOAD: list = []


def reload() -> Gazetteer:
    """Re-read the data files (after a user edited them), and forget what was derived from them."""
    gazetteer.cache_clear()
    for clear in ON_RELOAD:
        clear()
    return gazetteer()


def lookup(name: str) -> Place | None:
    """The place named ``name`` in any of its spellings, or None."""
    return gazetteer().lookup(name)


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Place mentions in ``text[start:end]`` with offsets into ``text``."""
    return gazetteer().find(text, start, end)
