"""Session 12 (rec12): strength shapes the desk missed in rounds V, J2 and Z.

- members of a group told where they are, with "from <group>" or "of its" and a verb of being on a side
  of a border or of operating ("N fighters from X have been operating from ...", "N of its militants are on
  the Syrian side of the border");
- a hedged range, "approximately between A and B";
- a range told "from A and B" after "range" or "vary" (was read as B alone);
- the further lines of an infobox's size cell, one estimate a line with its year in brackets.

Every sentence here is invented (group names are public, the figures are not real).
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted

from reconcile.extract.numbers import parse_count

PUB = "2022-05-10"


def strength(text):
    return [(c.value_low, c.value_high) for c in extracted(text, "strength", PUB, "Test Wire", "t.txt")]


@pytest.mark.parametrize("text, interval", [
    ("Some 2,000 fighters from al-Shabaab have been operating from bases across the border.", (1800, 2200)),
    ("About 900 militants from Boko Haram have reportedly been active in the forest for a year.", (810, 990)),
    ("The group keeps its bases as roughly 3,000 of its fighters are on the Syrian side of the border.", (2700, 3300)),
    ("Around 500 members of the group were on the Iraqi side of the frontier, the monitors said.", (450, 550)),
])
def test_members_of_a_group_told_where_they_are(text, interval):
    assert strength(text) == [interval]


@pytest.mark.parametrize("text", [
    "About 40 soldiers are on the other side of the river.",  # a state's force
    "Thirty fighters from the Islamic State attacked the checkpoint at dawn.",  # a raiding party
    "Two fighters of the group were on the roof when the strike hit.",  # a party at a place
])
def test_near_misses_of_members_told_where_they_are(text):
    assert strength(text) == []


@pytest.mark.parametrize("phrase, interval", [
    ("approximately between 8,000 and 10,000", (8000, 10000)),
    ("roughly between 300 and 500", (300, 500)),
    ("around between two and three thousand", (2000, 3000)),
])
def test_a_hedged_between_is_the_range(phrase, interval):
    c = parse_count(phrase)
    assert (c.low, c.high, c.qualifier) == (*interval, "range")


def test_a_hedged_range_of_fighters_in_a_sentence():
    text = "The panel continues to estimate the number of foreign fighters in the country at approximately between 4,000 and 5,000."
    assert strength(text) == [(4000, 5000)]


@pytest.mark.parametrize("text, interval", [
    ("The study put al-Shabaab's fighting strength to range from 1,200 and 1,500 members.", (1200, 1500)),
    ("Estimates of the group's size vary from 800 and 1,200 fighters, analysts said.", (800, 1200)),
    # (the usual "to" is unchanged)
    ("Estimates of the group's size vary from 800 to 1,200 fighters, analysts said.", (800, 1200)),
])
def test_a_range_told_from_a_and_b(text, interval):
    assert strength(text) == [interval]


BOX = """Ansar al-Sunna

Ansar al-Sunna is a militant group formed in 2003.

Ansar al-Sunna
Ideology
Salafism
Size400\u2013600 (after 2012)[3]
~2,500 (2007)[4]
1,000\u20131,500 (2005)[5] Disputed (post 2014), reportedly 300 plus family members.
Allies
"""


def test_the_further_lines_of_an_infobox_size_cell():
    got = {(c.value_low, c.value_high) for c in extracted(BOX, "strength", PUB, "Wiki", "w.txt")}
    assert got == {(400, 600), (2250, 2750), (1000, 1500), (300, None)}


def test_a_figure_with_a_year_below_a_line_that_is_no_size_field_is_not_read():
    text = BOX.replace("Size400\u2013600 (after 2012)[3]", "Founded2003")
    got = {(c.value_low, c.value_high) for c in extracted(text, "strength", PUB, "Wiki", "w.txt")}
    assert got == set()
