"""Factions: when two groups named as responsible for one event can both be right.

One group is part of the other (the alias table says so, or a branch is named after its parent:
"Islamic State Khorasan Province" of "Islamic State"), an attribution names a faction of the
movement the other names ("a faction of the Taliban" and "the Pakistani Taliban"), or one faction
is named under two parents ("X, a faction linked to the TTP"; "X, a faction of the Gul Bahadur
group").  :mod:`reconcile.conflicts` flags the attributions these do not reconcile.
"""

from __future__ import annotations

import re

from .subjects import canonical_entity

#: Words that name a part of the group after them: "X's faction of the Taliban", "a splinter faction of
#: the banned outfit", "a relatively obscure faction linked to".
_FACTION_OF = re.compile(r"\b(?:factions?|splinter(?:\s+(?:group|faction|cell))?|breakaway(?:\s+(?:group|faction))?"
                         r"|off-?shoot(?:\s+group)?|wing|chapter|cell)\s+(?:of|linked\s+to|affiliated\s+(?:to|with)"
                         r"|allied\s+(?:to|with))\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$", re.IGNORECASE)
#: The faction's own name before those words: "Jaish Al Fursan, a faction linked to",
#: "known as Jamaat-ul Ahrar, a splinter faction of".
_FACTION_NAME = re.compile(r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|al|ul|ud|ur|un|e|i|bin|ibn|el)){0,5})"
                           r"(?:['\u2019]s)?\s*,?\s+"
                           r"(?:(?:an?|the|one)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:factions?|splinter|breakaway|off-?shoot|wing)\b")


def _faction(c: dict) -> tuple[bool, str | None]:
    """Whether the attribution names a faction of the group it resolves to, and the faction's own
    name when the sentence gives it ("Jaish Al Fursan, a faction linked to the TTP")."""
    q, name = c.get("quote") or "", c.get("entity_text") or ""
    at = q.find(name) if name else -1
    if at < 0:
        return False, None
    before = q[:at]
    if name.lower().startswith("the "):
        before += "the "
    # an abbreviation after the full name: "... of the banned outfit Tehreek-e-Taliban Pakistan (TTP)"
    before = re.sub(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*\s*\($", "", before)
    m = _FACTION_OF.search(before)
    if m is None:
        return False, None
    own = None
    for n in _FACTION_NAME.finditer(before[:m.end()]):
        if n.end() >= m.start():
            own = n.group("name")
    return True, own


def _same_name(a: str, b: str) -> bool:
    """Two spellings of one group's name ("Jaish Al Fursan", "Jaish-i-Fursan Muhammad")."""
    from rapidfuzz import fuzz

    def clean(x: str) -> str:
        x = re.sub(r"['\u2019]s$", "", x.strip().lower())
        return " ".join(w for w in re.sub(r"[^\w]+", " ", x).split() if w != "the")

    x, y = clean(a), clean(b)  # shared words, and not one name inside a much longer one ("Islamic State")
    return fuzz.token_set_ratio(x, y) >= 85 and fuzz.ratio(x, y) >= 60


def one_group(a: dict, na: str, b: dict, nb: str) -> bool:
    """Two attributions that can name one perpetrator: a faction and its movement, or one faction
    named under two parents ("X, a faction linked to the TTP"; "X, a faction of the Gul Bahadur group")."""
    fa, own_a = _faction(a)
    fb, own_b = _faction(b)
    if (fa and _one_movement(na, nb)) or (fb and _one_movement(nb, na)):
        return True
    if own_a and (any(_same_name(own_a, n) for n in _names(nb)) or (own_b and _same_name(own_a, own_b))):
        return True
    return bool(own_b and any(_same_name(own_b, n) for n in _names(na)))


def _names(name: str) -> list[str]:
    from .subjects import _actor

    actor = _actor(name)
    return [name] if actor is None else [name, actor.id, *(actor.aliases or [])]


def _one_movement(parent: str, other: str) -> bool:
    """``other`` can be the movement ``parent`` is a faction of: related in the alias table, or a name
    of ``other`` holds a name of ``parent`` as words ("Taliban" in "Pakistani Taliban")."""
    if related(parent, other):
        return True
    for p in _names(parent):
        bare = re.sub(r"^the\s+", "", p.strip(), flags=re.IGNORECASE)
        word = re.compile(r"(?<![\w-])" + re.escape(bare) + r"(?![\w-])", re.IGNORECASE)
        if any(word.search(o) for o in _names(other)):
            return True
    return False


def related(a: str, b: str) -> bool:
    """One group is part of the other, so both attributions can hold: the alias table says so
    (``group``), or the branch is named after its parent ("Islamic State Khorasan Province"
    is a branch of "Islamic State")."""
    from .subjects import _actor

    for x, y in ((a, b), (b, a)):
        actor = _actor(x)
        if actor is None:
            continue
        if actor.group and canonical_entity(actor.group) == y:
            return True
        parent = y.lower()
        names = [actor.id, *(actor.aliases or [])]
        if any(n.lower().startswith(parent + " ") or n.lower().startswith(parent + "-") for n in names):
            return True
    return False
