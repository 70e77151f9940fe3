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


def _scoped(text: str):
    return sorted((c.value_low, c.value_high, c.scope) for c in _strength(text))


@pytest.mark.parametrize("text, expected", [
    ("Boko Haram is 5,000 militants strong, according to the army.", [(5000, 5000, None)]),
    ("Boko Haram is now about 2,000 fighters strong.", [(1800, 2200, None)]),
    ("The ISWAP faction, some 3,500 fighters strong, broke away from Boko Haram.", [(3150, 3850, None)]),
])
def test_a_group_so_many_fighters_strong(text, expected):
    assert _scoped(text) == expected


def test_a_police_force_so_many_men_strong_is_no_groups_strength():
    assert _strength("The police force is 3,000 men strong.") == []


@pytest.mark.parametrize("text, expected", [
    ("Al-Shabaab controls large parts of southern Somalia. Its numbers dwindled to a few hundred after the offensive.",
     [(200, 500, None)]),
    ("Boko Haram was once feared across the north. Their ranks have since shrunk to about 1,000.", [(900, 1100, None)]),
    ("JNIM spread south in 2019. Its membership swelled to an estimated 6,000.", [(5400, 6600, None)]),
])
def test_its_size_changed_to_a_figure_of_the_group_named_before(text, expected):
    got = _strength(text)
    assert sorted((c.value_low, c.value_high, c.scope) for c in got) == expected
    assert all(c.entity for c in got)


def test_its_numbers_without_a_change_and_without_a_group_are_no_strength():
    assert _strength("The company grew quickly. Its numbers were 40 in the spring.") == []


@pytest.mark.parametrize("text, expected", [
    ("The Islamic State's ranks swelled to 40,000 at its peak.", [(40000, 40000, "peak")]),
    ("The group had as many as 8,000 fighters at its height in 2015.", [(8000, 8000, "peak")]),
    ("Al-Shabaab fielded 12,000 fighters in its heyday.", [(12000, 12000, "peak")]),
    ("Al-Shabaab, which at its height had some 12,000 fighters, now has about 7,000.",
     [(6300, 7700, None), (10800, 13200, "peak")]),
    ("At its peak Boko Haram had an estimated 15,000 members; today it is believed to have fewer than 2,000.",
     [(0, 1999, None), (13500, 16500, "peak")]),
])
def test_a_peak_and_the_figure_of_today(text, expected):
    assert _scoped(text) == expected


@pytest.mark.parametrize("text", [
    "Boko Haram had 15,000 members in 2015 and now has 30 camps.",
    "The Islamic State had 40,000 fighters; today it has 2 provinces left.",
])
def test_a_count_of_something_else_today_is_no_strength(text):
    assert len(_strength(text)) == 1


@pytest.mark.parametrize("text, expected", [
    ("ISWAP cadres are estimated at 5,000.", [(5000, 5000, None)]),
    ("Islamic State Khorasan Province fighters are estimated at about 4,000.", [(3600, 4400, None)]),
])
def test_a_groups_named_members_estimated_at(text, expected):
    assert _scoped(text) == expected


def test_a_states_soldiers_estimated_at_are_no_groups_strength():
    assert _strength("Government soldiers are estimated at 20,000.") == []
