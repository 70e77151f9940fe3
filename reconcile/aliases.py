"""Actors (armed groups, governments, organisations) and people, by any of their names.

``resolve(text)`` gives the canonical id of a name as written ("IS-K", "Islamic
State-Khorasan Province", "Daesh-Khorasan" -> "ISKP"; "Shahab al-Mujahir" ->
"Shahab al-Muhajir"); ``find_actors(text)`` finds mentions with exact offsets;
``related(a, b)`` says two actors are one group or a named faction and its parent
(Jamaat-ul-Ahrar and the TTP, ISKP and the Islamic State), ``lineage(a)`` lists a
group and its parents.
The data is ``reconcile/data/aliases.yaml`` plus the user's own files
(``claims/aliases.yaml`` in the working directory, or files named by the
``RECONCILE_ALIASES`` environment variable); see the header of the YAML file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ._frozen import direct_init
from ._names import entry_error, extra_files, load_entries, name_key

DATA = Path(__file__).parent / "data" / "aliases.yaml"
ENV_VAR = "RECONCILE_ALIASES"
ROLES = ("perpetrator", "official", "international_org", "researcher", "reporter", "unknown")


@dataclass
class Actor:
    id: str
    type: str = "group"
    role: str | None = None
    group: str | None = None
    aliases: list[str] = field(default_factory=list)
    #: the group this one is a faction, branch, splinter or front of
    parent: str | None = None
    #: the country (a gazetteer name) a government, its forces or a governing movement speak for
    state: str | None = None


@direct_init  # (speed: built straight into its dict, see _frozen)
@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor


#: A short acronym of capitals with small joining letters ("LeT", "JeM", "HuA", "LeJA"): matched in its case,
#: or "let", "Jem" and "Hua" of plain text would name the group
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z]){1,3}")


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and (all(c.isupper() for c in letters) and len(alias) <= 8
                              or _MIXED_ACRONYM.fullmatch(alias) is not None)


_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")


def _case_key(alias: str) -> str:
    return _NOT_ALNUM.sub("", alias)


def is_acronym(alias: str) -> bool:
    """Whether ``alias`` is an acronym, matched in its own case only ("IS" never matches "is")."""
    return _is_acronym(alias)


def name_pattern(alias: str) -> str:
    """The regex of a name as the table matches it: spaces, hyphens and apostrophes between its words are optional."""
    return _alias_pattern(alias)


def _alias_pattern(alias: str) -> str:
    parts = [p for p in re.split(r"[\s\-\u2010-\u2015'\u2019]+", alias.strip()) if p]
    # "Islamic State-Khorasan", "Islamic State – Khorasan", "Islamic State Khorasan": one name
    return r"(?:[\s'\u2019]|\s?[\-\u2010-\u2015]\s?)?".join(re.escape(p) for p in parts)


def _dispatch(names: list[str], fold: bool, guard: str = "") -> str:
    """An alternation of alias patterns grouped by first character, longest first
    within a group: the regex engine then tries only the aliases that can start here.
    ``guard`` (a look-behind) goes right after the first character."""
    groups: dict[str, list[str]] = {}
    for n in sorted(set(names), key=len, reverse=True):
        n = n.strip()
        if not n:
            continue
        first = n[0].lower() if fold else n[0]
        groups.setdefault(first, []).append(_alias_pattern(n)[len(re.escape(n[0])) :])
    if not groups:
        return r"(?!x)x"
    parts = [re.escape(ch) + guard + "(?:" + "|".join(rests) + ")" for ch, rests in groups.items()]
    return "(?:" + "|".join(parts) + ")"


class AliasTable:
    def __init__(self, entries: list[dict]):
        self.actors: dict[str, Actor] = {}
        self._cache: dict[str, list] = {}
        for i, e in enumerate(entries):
            try:
                aid = str(e["id"])
            except (KeyError, TypeError) as err:
                raise entry_error(e, f"alias entry {i}", "no id") from err
            role = e.get("role")
            if role is not None and role not in ROLES:
                raise entry_error(e, f"alias entry {aid!r}", f"role must be one of {ROLES}")
            aliases = [str(a) for a in e.get("aliases") or ()]
            if aid in self.actors:  # a user entry with a known id adds aliases
                a = self.actors[aid]
                a.aliases.extend(x for x in aliases if x not in a.aliases)
                a.role = role or a.role
                a.group = e.get("group") or a.group
                a.parent = e.get("parent") or a.parent
                a.state = e.get("state") or a.state
            else:
                self.actors[aid] = Actor(aid, str(e.get("type", "group")), role, e.get("group"), aliases,
                                         e.get("parent"), e.get("state"))
        self._check_parents()
        self.by_key: dict[str, Actor] = {}
        self.by_acronym: dict[str, Actor] = {}
        ci, cs = [], []
        for a in self.actors.values():
            for alias in [a.id, *a.aliases]:
                if _is_acronym(alias):
                    self.by_acronym.setdefault(_case_key(alias), a)
                    cs.append(alias)
                else:
                    self.by_key.setdefault(name_key(alias), a)
                    ci.append(alias)
        bound_l, bound_r = r"(?<![\w\-])", r"(?![\w]|[\-\u2010-\u2015]\w)"
        self._ci = re.compile(bound_l + _dispatch(ci, fold=True) + bound_r, re.IGNORECASE)
        # acronyms start with a capital: with the look-behind after it (the same test), the engine
        # skips straight to the capitals that can start one (5x faster than testing every position)
        self._cs = re.compile(_dispatch(cs, fold=False, guard=r"(?<![\w\-].)") + bound_r)
        self._fuzzy_keys = [k for k in self.by_key if len(k) >= 8]

    def _check_parents(self) -> None:
        for a in self.actors.values():
            if a.parent is None:
                continue
            a.parent = str(a.parent)
            if a.parent not in self.actors:
                raise ValueError(f"alias entry {a.id!r}: parent {a.parent!r} is no actor id")
            seen = {a.id}
            p = self.actors[a.parent]
            while p is not None:
                if p.id in seen:
                    raise ValueError(f"alias entry {a.id!r}: its parents form a cycle through {p.id!r}")
                seen.add(p.id)
                p = self.actors.get(p.parent) if p.parent else None

    def resolve(self, text: str) -> str | None:
        a = self.actor(text)
        return a.id if a else None

    def _id(self, name: str) -> str | None:
        """An actor id given as an id or as any of its names."""
        if name in self.actors:
            return name
        return self.resolve(name)

    def lineage(self, name: str) -> list[str]:
        """The actor's id, then its parent's, its grandparent's ... (empty for an unknown name)."""
        aid = self._id(name)
        out: list[str] = []
        while aid is not None and aid not in out:
            out.append(aid)
            a = self.actors.get(aid)
            aid = a.parent if a is not None else None
        return out

    def related(self, a: str, b: str) -> bool:
        """Same actor, or one is a faction (branch, splinter) of the other, at any depth.
        Names unknown to the table are related only when written alike."""
        la, lb = self.lineage(a), self.lineage(b)
        if not la or not lb:
            return name_key(a) == name_key(b)
        return la[0] in lb or lb[0] in la

    def actor(self, text: str) -> Actor | None:
        if not text or not text.strip():
            return None
        t = text.strip()
        a = self.by_acronym.get(_case_key(t))
        if a is None:
            a = self.by_key.get(name_key(t))
        if a is None:
            k = name_key(t)
            if len(k) >= 8:
                from rapidfuzz import fuzz, process

                best = process.extractOne(k, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=90)
                if best:
                    a = self.by_key[best[0]]
        return a

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[ActorMention]:
        """Actor mentions in ``text[start:end]`` (cached by the stretch of text)."""
        end = len(text) if end is None else end
        if end - start <= 4000:
            piece = text[start:end]
            rel = self._cache.get(piece)
            if rel is None:
                rel = [(m.start - start, m.end - start, m.text, m.actor) for m in self._find(text, start, end)]
                if len(self._cache) > 20000:
                    self._cache.clear()
                self._cache[piece] = rel
            return [ActorMention(start + a, start + b, t, x) for a, b, t, x in rel]
        return self._find(text, start, end)

    def clear_cache(self) -> None:
        self._cache.clear()

    def _find(self, text: str, start: int, end: int) -> list[ActorMention]:
        hits: list[ActorMention] = []
        for rx, table, keyf in ((self._ci, self.by_key, name_key), (self._cs, self.by_acronym, _case_key)):
            for m in rx.finditer(text, start, end):
                if m.group(0)[:4].lower() == "the " and (longer := rx.match(text, m.start() + 4, end)) is not None \
                        and longer.end() > m.end() and table.get(keyf(longer.group(0))) is not None:
                    m = longer  # "the Islamic State Khorasan Province": not "the Islamic State" and a remainder
                a = table.get(keyf(m.group(0)))
                if a is not None:
                    hits.append(ActorMention(m.start(), m.end(), m.group(0), a))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[ActorMention] = []
        for h in hits:  # drop mentions inside a longer one
            if out and h.start < out[-1].end:
                continue
            out.append(h)
        return out


@lru_cache(maxsize=1)
def table() -> AliasTable:
    return AliasTable(load_entries(DATA, extra_files(ENV_VAR, "aliases.yaml"), "actors"))


#: cache_clear functions of caches that depend on the table (registered by their modules)
ON_RELOAD: list = []


def reload() -> AliasTable:
    """Re-read the data files (after a user edited them), and forget what was derived from them."""
    table.cache_clear()
    for clear in ON_RELOAD:
        clear()
    return table()


def resolve(text: str) -> str | None:
    """The canonical id of an actor or person named ``text``, or None."""
    return table().resolve(text)


def related(a: str | None, b: str | None) -> bool:
    """Two actors (ids or names) are one group, or a named faction and its parent at any depth
    ("Jamaat-ul-Ahrar" and "TTP", "Jaish al-Fursan" and "TTP", "ISKP" and "Islamic State"); two
    factions of one parent are not. False when either is missing."""
    if not a or not b:
        return False
    return table().related(a, b)


def lineage(name: str) -> list[str]:
    """The id of the actor named ``name``, then the ids of its parents, nearest first."""
    return table().lineage(name)


def parent(name: str) -> str | None:
    """The id of the group that the actor named ``name`` is a faction of, or None."""
    chain = table().lineage(name)
    return chain[1] if len(chain) > 1 else None


def root(name: str | None) -> str | None:
    """The id of the top of the actor's lineage (ISKP -> Islamic State, Jaish al-Fursan -> TTP), or
    None for an unknown name: a coarse key for vectorised matching. Two siblings share a root
    without being ``related``: use ``related`` on the pairs whose roots agree."""
    chain = table().lineage(name) if name else []
    return chain[-1] if chain else None


def find_actors(text: str, start: int = 0, end: int | None = None) -> list[ActorMention]:
    """Actor and person mentions in ``text[start:end]`` with offsets into ``text``."""
    return table().find(text, start, end)
