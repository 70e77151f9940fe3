"""prec11: shapes of scraped real pages the desk missed or misread: a number word glued to the word before it
by a lost space ("advertisementOne soldier"), the people "on board" a vehicle, the strength of armed groups of
other theatres (the alias table names them), a party fought in a clash (no group's strength), and a speaker's
words read as the speaker's title.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted, values


def _claims(text, kind=None, published="2013-05-26"):
    return extracted(text, kind, published, "Test Wire", "t.txt")


# --- 1. a number word glued to the word before it -------------------------------------------------------

@pytest.mark.parametrize("sentence, kind, low", [
    ("Story continues below this advertisementTwo soldiers were killed in the ambush, the army said.", "killed", 2),
    ("Listen to this articleTwelve people were wounded when the bus was hit, police said.", "injured", 12),
    ("Boko HaramNine villagers were killed when gunmen raided the market.", "killed", 9),
    ("Skip to main contentThree policemen were killed at the checkpoint on Monday.", "killed", 3),
])
def test_a_glued_number_word_still_opens_its_count(sentence, kind, low):
    assert values(_claims(sentence, kind)) == [(low, low)]


@pytest.mark.parametrize("sentence", [
    "Someone was killed and everyone else fled the village, a witness said.",
    "The McSeven shop was burned and its owners were wounded, police said.",
])
def test_near_miss_a_number_word_inside_a_word_counts_nothing(sentence):
    assert [c for c in _claims(sentence) if c.kind in ("killed", "injured") and c.value_low not in (None, 1)] == []


# --- 2. who was on board ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind, low", [
    ("Four people died in the blast while 14 other officers on board were injured, police said.", "injured", 14),
    ("Thirty passengers on board the ferry were killed when it was hit, officials said.", "killed", 30),
    ("Witnesses said 22 people on board a minibus were wounded by the roadside bomb.", "injured", 22),
])
def test_the_people_on_board_are_the_victims(sentence, kind, low):
    assert (low, low) in values(_claims(sentence, kind))


# --- 3. the strength of armed groups of other theatres ---------------------------------------------------

@pytest.mark.parametrize("sentence, low, high", [
    ("The latest military estimate put the strength of the Abu Sayyaf at about 400, mostly in Sulu.", 360, 440),
    ("Analysts placed the strength of Boko Haram at between 4,000 and 6,000 in the year before.", 4000, 6000),
    ("Officials put the strength of al-Shabaab at roughly 7,000 across the south of the country.", 6300, 7700),
])
def test_a_named_groups_strength(sentence, low, high):
    assert values(_claims(sentence, "strength")) == [(low, high)]


def test_near_miss_a_states_force_is_no_groups_strength():
    assert _claims("The army put the strength of its garrison in the town at about 400 soldiers.", "strength") == []


# --- 4. a party fought in a clash is no strength ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Three soldiers died in the clash with about 80 Abu Sayyaf fighters near the village on Saturday.",
    "Troops fought a gunbattle with some 50 Taliban fighters near the border post.",
    "The patrol was caught in a firefight with roughly 40 al-Shabaab fighters outside the town.",
    "The marines were on patrol when they encountered more or less 90 gunmen believed to be Abu Sayyaf members.",
    "Troops engaged about 60 Taliban fighters near the pass on Sunday, the army said.",
])
def test_a_party_in_a_clash_is_no_strength(sentence):
    assert _claims(sentence, "strength") == []


@pytest.mark.parametrize("sentence, low", [
    ("The Taliban, with some 60,000 fighters, control much of the countryside.", 54000),
    ("Al-Shabaab is a movement with about 7,000 fighters, a UN panel says.", 6300),
])
def test_near_miss_a_group_with_its_fighters_is_a_strength(sentence, low):
    assert [c.value_low for c in _claims(sentence, "strength")] == [low]


# --- 5. a speaker's words are no title of the speaker -----------------------------------------------------

def test_what_a_speaker_said_is_no_title():
    text = ("Maj. Ana Cruz, spokesperson of the regional command, said the operation began on Monday.\n\n"
            "Cruz said that in the hills alone, 20 Abu Sayyaf fighters had been killed and 12 others wounded.\n\n"
            "Two soldiers were also killed on Tuesday, Cruz said.\n")
    soldiers = [c for c in _claims(text, "killed") if c.value_low == 2]
    assert soldiers and soldiers[0].claimant_role == "official"
    assert "Abu Sayyaf" not in (soldiers[0].claimant or "")


# --- 6. the attackers of one attack; a floor written after the figure; "and several others wounded" ------------

@pytest.mark.parametrize("sentence", [
    "Officials said there were only three gunmen, though witnesses spoke of more.",
    "Police believe there were just two attackers, both of whom escaped.",
    "There were four assailants in all, the district chief said.",
])
def test_the_attackers_of_one_attack_are_no_strength(sentence):
    assert _claims(sentence, "strength") == []


def test_near_miss_a_groups_fighters_in_a_country_are_a_strength():
    assert [c.value_low for c in _claims("There are some 2,000 ISKP fighters in the east of the country, the UN says.",
                                         "strength")] == [1800]


@pytest.mark.parametrize("sentence, kind, low", [
    ("A rescue official said the blast killed 40 people and injured 200 and above.", "injured", 200),
    ("Gunmen killed 15 villagers and wounded 30 or more, residents said.", "injured", 30),
    ("Medics said the bombing injured 120 and more, many of them children.", "injured", 120),
])
def test_a_floor_written_after_the_figure_is_open(sentence, kind, low):
    assert (low, None) in values(_claims(sentence, kind))


def test_near_miss_and_over_before_another_figure():
    claims = _claims("The bomb killed 20 people and over 30 were wounded, police said.")
    assert values([c for c in claims if c.kind == "killed"]) == [(20, 20)]
    assert values([c for c in claims if c.kind == "injured"]) == [(31, None)]


@pytest.mark.parametrize("sentence", [
    "Among the dead was a priest who was \u201cbrutally killed\u201d in the town, where the guard said one of its men "
    "was killed and several others wounded.",
    "The bomb that killed the mayor went off near the gate, where one guard was killed and several others hurt.",
])
def test_others_with_a_verb_of_their_own_are_not_the_killed(sentence):
    claims = _claims(sentence)
    assert all(not (c.kind == "killed" and c.value_low == 3 and c.value_high == 9) for c in claims)
    assert (3, 9) in values([c for c in claims if c.kind == "injured"])
