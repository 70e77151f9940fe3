"""A group's own figures and a reporter's toll around a group's claim (ext11 probe of real wire sentences).
Every sentence is invented for these tests; group names are public, wording and figures ours.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted

PUB = "2019-06-02"


def roles(text: str, published: str = PUB) -> dict[int, str]:
    return {c.value_low: c.claimant_role for c in extracted(text, None, published, "Test Wire", "t.txt")
            if c.kind in ("killed", "injured", "strength")}


# ------------------------------------------------------------------ groups of other theatres are known by name

@pytest.mark.parametrize("group", ["Al Shabaab", "al-Shabab", "Alshabab", "Boko Haram", "ISWAP", "JNIM",
                                   "the Nusra Front", "AQAP", "al-Qaeda in the Islamic Maghreb"])
def test_a_group_of_another_theatre_speaks_for_its_own_attack(group):
    text = f"{group} said in a statement that its fighters killed 17 soldiers at the base."
    assert roles(text)[17] == "perpetrator"


# ------------------------------------------------------------------ "claimed responsibility citing they had ..."

@pytest.mark.parametrize("verb", ["citing", "saying", "claiming"])
def test_a_claim_of_responsibility_with_its_reason_after_a_participle_without_a_comma(verb):
    text = f"Al-Shabaab claimed responsibility {verb} they had struck their target, killing five peacekeepers."
    assert roles(text)[5] == "perpetrator"


def test_citing_a_source_still_names_the_source():
    text = "The bomb killed five peacekeepers near the airport, citing police sources."
    assert roles(text)[5] == "official"


# ------------------------------------------------------------------ a group's claim of an attack that killed N

@pytest.mark.parametrize("thing", ["a truck bomb", "the car bomb", "an ambush", "the operation"])
def test_the_toll_of_an_attack_a_group_claimed_is_the_reporters(thing):
    text = f"The Islamic State claimed {thing} that killed at least 41 people in the market last month."
    assert roles(text)[41] == "reporter"


def test_the_toll_the_group_itself_gives_stays_its_own():
    text = "The Islamic State claimed the ambush, saying it killed 41 soldiers."
    assert roles(text)[41] == "perpetrator"


# ------------------------------------------------------------------ a quotation, then "The group said in a statement."

@pytest.mark.parametrize("after, role", [
    ("The militant group said in a statement posted online.", "perpetrator"),
    ("Boko Haram said.", "perpetrator"),
    ("The defence ministry said in a statement on Friday.", "official"),
    ("Police said late on Sunday.", "official"),
])
def test_a_quotation_sentence_followed_by_a_bare_attribution(after, role):
    text = f"\u201cOur brave fighters killed 14 soldiers and wounded 31 others in the raid.\u201d {after}"
    got = roles(text)
    assert got[14] == role and got[31] == role


def test_a_next_sentence_with_news_of_its_own_names_no_speaker_for_the_quote():
    text = "\u201cThe raid killed 14 soldiers.\u201d Police said they had arrested 3 suspects."
    assert roles(text)[14] != "official"


# ------------------------------------------------------------------ ", said the group which ..."

def test_an_inverted_attribution_before_which_names_the_speaker_after_the_verb():
    text = ("Five of its fighters died along with dozens of troops, including Col. Samir Aziz, head of the "
            "garrison, said the group which posted the claim online.")
    assert roles(text)[5] == "perpetrator"
