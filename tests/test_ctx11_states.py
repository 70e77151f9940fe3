"""ctx11: the states ownside.py reads come from the data files, not from a list in its code.

A state is a gazetteer country; it is named by the country's name, spellings, adjectives and capital (gazetteer),
its demonyms (demonyms.txt) and the actors of the alias table whose ``state`` it is. A user who adds a country (and
its ministry) as data gets the perpetrator convention for it. Reports invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted
from table_helpers import user_tables

from reconcile.extract.statewords import state_mentions


def _role(text, low, kind="killed"):
    got = [c for c in extracted(text, kind, "2024-05-01", "Test Wire", "t.txt") if c.value_low == low]
    assert got, f"no {kind} claim of {low} in {text!r}"
    return got[0].claimant_role


@pytest.mark.parametrize(("words", "state"), [
    ("Kabul's defence ministry", "Afghanistan"),
    ("the Taliban authorities", "Afghanistan"),
    ("a spokesman of the Islamic Emirate", "Afghanistan"),
    ("the ISPR", "Pakistan"),
    ("Rawalpindi", "Pakistan"),
    ("US forces", "United States"),
    ("CENTCOM", "United States"),
    ("five Iranians", "Iran"),
    ("Baghdad's government", "Iraq"),
])
def test_the_words_of_a_state_come_from_the_gazetteer_demonyms_and_aliases(words, state):
    assert [s for _, s in state_mentions(words)] == [state]


@pytest.mark.parametrize("words", [
    "the Taliban said",  # a movement's bare name is no government
    "they told us",  # an acronym matches in its case only
    "the Taliban's fighters",  # (a word of government must follow the movement's name)
])
def test_words_that_name_no_state(words):
    assert state_mentions(words) == []


def test_a_state_the_old_list_lacked_is_read_from_the_data():
    assert _role("Tehran said its forces killed 30 Iraqi soldiers in clashes along the border on Sunday.", 30) == \
        "perpetrator"
    # near-miss: a third party's bomb, the victims of another state: official
    assert _role("Tehran said 30 Iraqi pilgrims were killed when a suicide bomber struck a bus.", 30) == "official"


@pytest.fixture
def armenia(tmp_path, monkeypatch):
    with user_tables(tmp_path, monkeypatch,
                     places="places:\n  - {name: Armenia, type: country, country: Armenia, adjectives: [Armenian], "
                            "capital: Yerevan}\n",
                     actors="actors:\n  - id: Armenian government\n    type: organisation\n    role: official\n"
                            "    state: Armenia\n    aliases: [Armenian defence ministry]\n"):
        yield


TEXTS = [
    ("Yerevan said its troops killed 25 Azerbaijani soldiers in border clashes overnight.", 25),
    ("The Armenian defence ministry said its forces killed 25 Azerbaijani soldiers in the clashes on the border.", 25),
    ("Azerbaijan said its troops killed 18 Armenian soldiers in the border fighting.", 18),
]


@pytest.mark.parametrize(("text", "low"), TEXTS)
def test_a_country_a_user_adds_as_data_is_a_state(armenia, text, low):
    assert _role(text, low) == "perpetrator"


def test_without_the_users_data_armenia_is_no_state():
    assert state_mentions("Yerevan said") == []
    assert _role(TEXTS[2][0], TEXTS[2][1]) == "official"
