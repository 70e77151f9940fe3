"""Strength estimates in the phrasings of explainer pieces (expl12): ranges written "from X and Y", a hedge
before a range's "between", members counted where they operate, "N militants strong", a size that dwindled."""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted, values


def _strength(text: str):
    return extracted(text, "strength", "2024-03-04", "Test Wire", "test.txt")


@pytest.mark.parametrize("text, expected", [
    ("The panel estimated the group's fighting strength to range from 2,000 and 4,000 members.", [(2000, 4000)]),
    ("Estimates of the membership of al-Shabaab range from 5,000 and 9,000.", [(5000, 9000)]),
    ("Boko Haram fighters are many, their number ranging from 1,500 and 3,000 in the forest.", [(1500, 3000)]),
    ("The report said ISWAP's numbers varied from 3,000 and 5,000 over the year.", [(3000, 5000)]),
])
def test_a_range_written_from_x_and_y_is_one_interval(text, expected):
    assert values(_strength(text)) == expected


def test_two_figures_joined_by_and_without_a_range_verb_stay_apart():
    got = _strength("Al-Shabaab has 5,000 fighters in the south and 2,000 fighters in the north.")
    assert (5000, 5000) in values(got) and (2000, 5000) not in values(got)


@pytest.mark.parametrize("text, expected", [
    ("The monitors estimate the number of foreign fighters in Syria to be approximately between 2,000 and 3,000.",
     [(2000, 3000)]),
    ("The panel put the strength of Boko Haram at roughly between 1,000 and 2,000.", [(1000, 2000)]),
    ("Officials estimate the strength of al-Shabaab to be about between 7,000 and 9,000 men.", [(7000, 9000)]),
])
def test_a_hedge_before_a_ranges_between(text, expected):
    assert values(_strength(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Around 4,000 fighters from al-Shabaab operate from the Juba valley, officials said.", [(3600, 4400)]),
    ("Lately 3000 militants from ISWAP have reportedly been operating from the Niger side of the border.",
     [(3000, 3000)]),
    ("ISWAP has grown in recent years, as about 5,000 of its fighters are on the Niger side of the lake.",
     [(4500, 5500)]),
    ("Some 1,200 cadres from JNIM have been operating across the border in Burkina Faso.", [(1080, 1320)]),
])
def test_members_of_a_group_counted_where_they_operate(text, expected):
    assert values(_strength(text)) == expected


@pytest.mark.parametrize("text", [
    "Some 2,000 fighters from Central Asia operate in northern Syria, alongside Hayat Tahrir al-Sham.",
    "About 300 militants from the Islamic State are on trial in Baghdad.",
    "Some 40 fighters from al-Shabaab have been operating from the village.",
])
def test_men_from_a_place_on_trial_or_a_small_party_are_no_strength(text):
    assert _strength(text) == []
