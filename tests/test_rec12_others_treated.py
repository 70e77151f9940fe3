"""Session 12 (rec12): tolls the desk did not extract at all in rounds V, W and J2.

- "<named victim> along with N others" after a passive or a nominal head ("was shot dead along with his
  driver and four others", "claimed the life of the mayor along with two others", "resulting in her death
  along with at least five others"): the others are a claim;
- the wounded told by their treatment in hospital, with no word of injury ("N people are still under
  treatment in hospitals", "a further two dozen are being treated in hospital");
- the whole of a breakdown that is itself a toll ("out of the 15 people injured, eight were critical").

Every sentence here is invented (places and groups are public names, the events are not real).
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted

PUB = "2023-09-14"


def got(text):
    return {(c.kind, c.value_low, c.value_high) for c in extracted(text, None, PUB, "Test Wire", "t.txt")
            if c.kind in ("killed", "injured")}


@pytest.mark.parametrize("text, claim", [
    ("The tribal elder was shot dead along with his driver and four others near Bannu on Tuesday.", ("killed", 4, 4)),
    ("A car bomb claimed the life of the district mayor, Ahmed Nur, along with two others.", ("killed", 2, 2)),
    ("The blast hit the convoy as she left the court, resulting in her death along with at least five others.",
     ("killed", 5, None)),
    ("The commander was killed along with 12 others in the raid, the army said.", ("killed", 12, 12)),
])
def test_others_along_with_a_named_victim(text, claim):
    assert claim in got(text)


@pytest.mark.parametrize("text", [
    "The judge was shot dead and two others were hurt in the attack.",  # the others have a verb of their own
    "The mayor was killed and four others were wounded when the bomb went off.",
])
def test_others_with_a_verb_of_their_own_are_not_the_dead(text):
    assert not any(k == "killed" and lo in (2, 4) for k, lo, _ in got(text))


@pytest.mark.parametrize("text, claim", [
    ("More than 40 people remain under treatment in hospitals across the city.", ("injured", 41, None)),
    ("A further two dozen victims are being treated in hospital, the spokesman added.", ("injured", 24, 24)),
    ("Nine children were receiving treatment in the district hospital after the blast.", ("injured", 9, 9)),
])
def test_the_wounded_told_by_their_treatment_in_hospital(text, claim):
    assert claim in got(text)


@pytest.mark.parametrize("text", [
    "Three people are under treatment for malaria at the district hospital.",  # no treatment "at/in" a hospital right after
    "Five doctors are being trained at the hospital.",
])
def test_treatment_near_misses(text):
    assert not any(k == "injured" for k, *_ in got(text))


@pytest.mark.parametrize("text, claim", [
    ("The police chief said out of the 22 people injured in the blast, seven were in critical condition.",
     ("injured", 22, 22)),
    ("Out of the 11 people killed in the ambush, four were soldiers.", ("killed", 11, 11)),
])
def test_the_whole_of_a_breakdown_that_is_a_toll(text, claim):
    assert claim in got(text)


def test_a_whole_that_is_no_toll_stays_out():
    # "Out of the 40 passengers": the passengers on board, not a toll
    assert got("Out of the 40 passengers, 12 were killed.") == {("killed", 12, 12)}
