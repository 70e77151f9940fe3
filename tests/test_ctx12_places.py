"""ctx12: the place of a report's incident.

* A lead that names two attacks of one day, each in its own town ("a suicide attack at the market of Quetta and a
  motorcycle bomb blast in the border town of Chaman"), places its joint figure in the first attack's town, not in
  the town the second one's "in" names; the smaller attack told in its own paragraph keeps its town.
* An outlet named for its country ("according to a report by The Times of India") is no place: a foreign desk's
  dateline ("New Delhi, Feb 2:") does not become the scene through it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted


def _claims(text, published="2019-04-12"):
    return extracted(text, None, published, "Test Wire", "t.txt")


def _place(claims, low):
    got = [c for c in claims if c.value_low == low]
    assert got, [(c.value_low, c.quote) for c in claims]
    return got[0].place


@pytest.mark.parametrize("lead", [
    "At least 20 people were killed and 60 injured in a suicide attack at the fruit market of Quetta and a motorcycle "
    "bomb blast in the border town of Chaman on Friday.",
    "A suicide bombing at a busy market in Quetta and a roadside blast in the town of Chaman killed 20 people on Friday.",
    "Twenty people died on Friday in a bombing at a vegetable market of Quetta as well as an explosion near a checkpoint "
    "in Chaman.",
])
def test_a_lead_naming_two_attacks_places_its_figure_in_the_first_attacks_town(lead):
    text = (lead + "\n\nIn Chaman, the blast hit a patrol of the border force, officials said. They said it left one "
            "dead and 12 others wounded.\n\nThe home minister said 19 people died in the market attack.\n")
    got = _claims(text)
    assert _place(got, 20) == "Quetta"
    assert _place(got, 19) == "Quetta"
    assert _place(got, 1) == "Chaman"


def test_near_miss_one_attack_in_a_town_named_after_another_stays_there():
    text = "Travelling from Quetta, a convoy was hit by a bomb in the border town of Chaman, killing 4 soldiers.\n"
    assert _place(_claims(text), 4) == "Chaman"


@pytest.mark.parametrize("outlet", ["The Times of India", "the Star of Mysore", "The Tribune of India"])
def test_an_outlet_named_for_its_country_is_no_place(outlet):
    text = ("Rebels claim a wide offensive\n\nNew Delhi, Feb 2: Baluchistan Liberation Army (BLA) rebels have claimed "
            "to have killed more than 200 Pakistani troops over two days, according to a report by " + outlet + ". "
            "The group said it struck 14 places in Baluchistan.\n\nThe province's chief minister said security forces "
            "had killed 145 militants in two days.\n")
    got = _claims(text, "2026-02-02")
    assert _place(got, 201) == "Balochistan"
    assert _place(got, 145) == "Balochistan"


def test_near_miss_a_times_square_is_still_a_place_word():
    text = "A bomb killed 6 people in India on Monday, the Times reported, citing officials in Delhi.\n"
    assert _place(_claims(text, "2023-05-02"), 6) in ("India", "Delhi", "New Delhi")
