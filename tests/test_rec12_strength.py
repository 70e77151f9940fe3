"""Session 12 (rec12): strength shapes the desk missed in rounds V and Z (expl12 has the operate and
"from A and B" shapes, tests/test_expl12_strength.py).

- a hedged range, "approximately between A and B" (any count: numbers.py);
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
    # "300 plus family members": 300 members with their families beside them (the families a scope), not "300+"
    assert got == {(400, 600), (2250, 2750), (1000, 1500), (300, 300)}


def test_a_figure_with_a_year_below_a_line_that_is_no_size_field_is_not_read():
    text = BOX.replace("Size400\u2013600 (after 2012)[3]", "Founded2003")
    got = {(c.value_low, c.value_high) for c in extracted(text, "strength", PUB, "Wiki", "w.txt")}
    assert got == set()


def test_a_hedged_between_in_a_toll():
    got = [(c.value_low, c.value_high) for c in extracted("Roughly between 20 and 30 people were killed in the raid on the market.",
                                                         "killed", PUB, "Test Wire", "t.txt")]
    assert got == [(20, 30)]
