"""prec11: counts beside a casualty word that are no toll on scraped pages, and tolls whose interval was read
wrong: a rate ("N die each day", "an average daily toll of N"), groups counted as groups ("members of two
families"), a community's loss ("we have lost N people", not an injured list), a toll that "passed" a figure
given in words, and thousands grouped with a space ("340 000").

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted, values


def _claims(text, kind=None, published="2009-06-14"):
    return extracted(text, kind, published, "Test Wire", "t.txt")


# --- 1. a rate is no toll ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Across the country an average of about 30 civilians have died each day this spring, a tally by the wire shows.",
    "The monitor put the average daily death toll at roughly 18 since the offensive began.",
    "Aid agencies estimate that about 60 people are killed every day in the fighting around the city.",
    "On average, nine soldiers were killed per week during the siege, the ministry said.",
    "Some 200 residents die each month in the camps, doctors said.",
])
def test_a_rate_is_no_toll(sentence):
    assert _claims(sentence, "killed") == []


@pytest.mark.parametrize("sentence, low, high", [
    ("A bomb killed 14 people a day after the truce was signed, police said.", 14, 14),
    ("Forty-one soldiers have died this month, the highest monthly toll of the year.", 41, 41),
    ("Nine people were killed on Sunday, a day before the vote, officials said.", 9, 9),
])
def test_near_miss_a_day_or_a_period_is_still_a_toll(sentence, low, high):
    assert values(_claims(sentence, "killed")) == [(low, high)]


# --- 2. groups counted as groups ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("At least 19 members of three families were killed when the shell hit the compound.", [(19, None)]),
    ("Eleven members of two households died in the strike on the village, relatives said.", [(11, 11)]),
    ("Two families were killed in the raid, neighbours said.", []),
    ("Six members of four Hazara families were killed on the road to the city.", [(6, 6)]),
])
def test_the_families_are_no_count_of_the_dead(sentence, expected):
    assert values(_claims(sentence, "killed")) == expected


def test_near_miss_family_members_are_people():
    assert values(_claims("Three family members were killed when the roof collapsed after the blast.", "killed")) == [(3, 3)]


# --- 3. a community's loss ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, low", [
    ("\u201cWe have so far lost 12 people and two were injured,\u201d the village head said.", 12),
    ("\u201cOur village lost 30 villagers that night,\u201d a farmer told reporters.", 30),
    ("The elders said the community had buried 17 residents since the raid.", 17),
])
def test_a_community_loss_is_a_toll_and_no_injured_list(sentence, low):
    claims = _claims(sentence)
    assert [(c.value_low, c.value_high) for c in claims if c.kind == "killed"] == [(low, low)]
    assert all(c.value_low != low for c in claims if c.kind == "injured")


def test_near_miss_people_lost_to_defections_are_no_toll():
    assert _claims("The party lost 15 people to defections before the election.", "killed") == []


# --- 4. a toll that passed a figure given in words -----------------------------------------------------

@pytest.mark.parametrize("sentence, low", [
    ("A witness said the death toll had passed two dozen by nightfall.", 25),
    ("The toll has now topped three dozen, hospital staff said.", 37),
    ("By evening the death toll exceeded a dozen, the governor said.", 13),
])
def test_a_toll_past_a_word_figure_is_open(sentence, low):
    assert values(_claims(sentence, "killed")) == [(low, None)]


def test_near_miss_a_toll_at_a_word_figure_is_that_figure():
    assert values(_claims("The death toll stood at two dozen on Tuesday, officials said.", "killed")) == [(24, 24)]


# --- 5. thousands grouped with a space ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, low, high", [
    ("More than 250 000 people have been killed in the war since 2011, the monitor said.", 250001, None),
    ("The conflict has left about 12 000 people dead, according to the agency.", 10800, 13200),
    ("At least 1\u00a0200 civilians were killed in the offensive, the group said.", 1200, None),
])
def test_a_space_between_groups_of_three(sentence, low, high):
    assert values(_claims(sentence, "killed")) == [(low, high)]


@pytest.mark.parametrize("sentence, low", [
    ("In 2015 400 people were killed in the province, the report said.", 400),
    ("Police said 12 were killed and 30 wounded in the attack.", 12),
])
def test_near_miss_a_year_or_a_lone_number_before_a_count(sentence, low):
    assert [c.value_low for c in _claims(sentence, "killed")] == [low]
