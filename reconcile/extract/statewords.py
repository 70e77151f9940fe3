"""The states a report names, and the words that name each: derived from the data files, so users extend them as data.

A state is a country of the gazetteer (``type: country``). The words that name it, in a claimant ("Pakistan's
military", "Tehran said", "the ISPR") or in a victim phrase ("58 Pakistani soldiers", "five Iranians"):

- the gazetteer: the country's name and spellings (``variants``), its ``adjectives`` and its ``capital`` (a city, or
  several, whose name stands for its government or army: "Islamabad", "Rawalpindi");
- the demonyms (``data/demonyms.txt``): the forms of the line that lists one of the country's adjectives ("Iranians");
- the alias table: every name of an actor whose ``state`` is the country (a government, its forces, a ministry:
  "ISPR", "IRGC", "CENTCOM") and of the people of such an actor; for an armed movement that governs (``type: group``
  with a ``state``: the Taliban since 2021), only its names that say government ("Islamic Emirate", "Taliban
  government") or are followed by a word of government ("Taliban authorities", "the Taliban's defence ministry"),
  and its people.

A name may take a possessive ("Kabul's", "Pakistan's"); names of all capitals up to 8 letters ("US", "ISPR") match in
their case only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import aliases, gazetteer
from ..aliases import is_acronym, name_pattern
from .victims import demonym_forms

#: words of government after a movement's name: "Taliban authorities", "the Taliban's defence ministry"
_GOVERNMENT_AFTER = (r"(?:['\u2019]s)?[\s\-]+(?:government|authorities|administration|regime|spokes\w+|officials?|ministry|"
                     r"ministries|forces|defen[cs]e)")
#: a movement's name that says government by itself ("Islamic Emirate", "Taliban regime")
_GOVERNMENT_NAME = re.compile(r"\b(?:government|authorities|administration|regime|emirate|ministry)\b", re.IGNORECASE)
_POSSESSIVE = r"(?:['\u2019]s)?"


def _name(name: str, possessive: bool = True) -> str:
    """The pattern of one name: its case kept when it is an acronym ("US" is not "us"), a possessive allowed."""
    pattern = name_pattern(name)
    return (f"(?-i:{pattern})" if is_acronym(name) else pattern) + (_POSSESSIVE if possessive else "")


def _names_of(country: str, g, table, forms: dict[str, str]) -> list[str]:
    """Patterns that name ``country``: gazetteer names, demonyms and the alias table's actors of that state."""
    place = g.places.get(country)
    adjectives = g.adjectives.get(country, ())
    names = [country, *(place.variants if place else ()), *adjectives, *g.capitals.get(country, ())]
    labels = {forms[a] for a in adjectives if a in forms}
    names += [form for form, label in forms.items() if label in labels]
    out = [_name(n) for n in names]
    governing = {a.id for a in table.actors.values() if a.state == country}
    for actor in table.actors.values():
        if actor.state == country and actor.type != "group" or actor.type == "person" and actor.group in governing:
            out += [_name(n) for n in (actor.id, *actor.aliases)]
        elif actor.state == country:  # an armed movement that governs: its names of government, or with a word of it
            out += [_name(n) for n in (actor.id, *actor.aliases) if _GOVERNMENT_NAME.search(n)]
            out += [name_pattern(n) + _GOVERNMENT_AFTER for n in (actor.id, *actor.aliases)
                    if not is_acronym(n) and not _GOVERNMENT_NAME.search(n)]
    return sorted(set(out), key=len, reverse=True)


@lru_cache(maxsize=1)
def state_patterns() -> dict[str, str]:
    """{state (its country's gazetteer name): regex source of the words that name it} (compile with IGNORECASE)."""
    g, table, forms = gazetteer.gazetteer(), aliases.table(), demonym_forms()
    countries = [p.name for p in g.places.values() if p.type == "country"]
    return {c: "|".join(_names_of(c, g, table, forms)) for c in countries}


@lru_cache(maxsize=1)
def state_regexes() -> dict[str, re.Pattern]:
    """{state: compiled regex of its words, bounded on both sides}."""
    return {k: re.compile(rf"(?<![\w\-])(?:{v})(?![\w\-])", re.IGNORECASE) for k, v in state_patterns().items()}


@lru_cache(maxsize=1)
def _any_state() -> tuple[re.Pattern, list[str]]:
    """One regex naming every state (group ``s<k>`` is state k), and the states in group order."""
    states = list(state_patterns())
    body = "|".join(f"(?P<s{k}>{state_patterns()[s]})" for k, s in enumerate(states))
    return re.compile(rf"(?<![\w\-])(?:{body})(?![\w\-])", re.IGNORECASE), states


def state_mentions(words: str) -> list[tuple[int, str]]:
    """(offset, state) of each state named in ``words``, in order."""
    rx, states = _any_state()
    return [(m.start(), states[int(m.lastgroup[1:])]) for m in rx.finditer(words)]


@lru_cache(maxsize=1)
def _whole_names() -> tuple[re.Pattern, re.Pattern]:
    """Regexes of a claimant that is a state's name alone ("Azerbaijan", "the United States") and of one that is
    its capital alone ("Yerevan"), from the gazetteer's countries (their names, spellings and capitals)."""
    g = gazetteer.gazetteer()
    countries = [p for p in g.places.values() if p.type == "country"]
    names = sorted({_name(n, possessive=False) for p in countries for n in (p.name, *p.variants)}, key=len, reverse=True)
    capitals = sorted({name_pattern(c) for p in countries for c in g.capitals.get(p.name, ())}, key=len, reverse=True)
    never = r"(?!x)x"
    return (re.compile(rf"(?:the\s+)?(?:{'|'.join(names) or never})", re.IGNORECASE),
            re.compile(rf"(?:{'|'.join(capitals) or never})"))


def is_state_name(who: str) -> bool:
    """``who`` is a state's name and no more ("Azerbaijan", "The United States"): a state speaks through its government."""
    return _whole_names()[0].fullmatch(who.strip()) is not None


def is_capital_name(who: str) -> bool:
    """``who`` is a state's capital and no more ("Yerevan", "Islamabad"): it stands for its government."""
    return _whole_names()[1].fullmatch(who.strip()) is not None


#: cache_clear functions of caches that depend on the words of states (registered by their modules)
CLEAR_ON_RELOAD: list = []


def _clear() -> None:
    for f in CLEAR_ON_RELOAD:
        f()
    for f in (state_patterns, state_regexes, _any_state, _whole_names):
        f.cache_clear()


aliases.ON_RELOAD.append(_clear)
gazetteer.ON_RELOAD.append(_clear)
