"""Extraction and role phenomena of rounds P and Q, each told in several phrasings of our own, with a near
miss that must not change: a list's third item after "along with"; an item that a relative clause puts
among the wounded; a breakdown's second conjunct with its own hedge ("... citizens and at least 10 were
foreigners"); one victim with an article and several modifiers, or with an intransitive "died"; a toll's
superseded figure ("up from the initially reported seven"); "another N wounded" after a passive with a
word lost; an infobox field the body gives otherwise, and a "Casualties and losses" cell of bare figures.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted, values


def _claims(text, kind=None, published="2021-03-04", publisher="Test Wire"):
    return extracted(text, kind, published, publisher, "t.txt")


def _lows(text, kind):
    return [lo for lo, _ in values(_claims(text, kind))]


# --- 1. the third item of a list after "along with" ------------------------------------------------------------

@pytest.mark.parametrize("sentence, low", [
    ("Officials said 40 villagers were killed along with 12 policemen and nine soldiers.", 9),
    ("At least 18 civilians died along with six guards and three police officers, the governor said.", 3),
    ("Thirty shoppers were killed as well as five soldiers, two policemen and four militiamen.", 4),
    ("Some 25 pilgrims were wounded along with seven police officers and 11 soldiers in the blast.", 11),
])
def test_a_trailing_list_keeps_its_later_items(sentence, low):
    kind = "injured" if "wounded" in sentence else "killed"
    assert low in _lows(sentence, kind)


def test_an_item_among_the_wounded_is_not_dead():
    s = ("The indictment lists four men who died in the blast as well as seven others, among them a cook, "
         "who were among the 20 people injured.")
    got = _lows(s, "killed")
    assert 4 in got and 7 not in got
    assert 20 in _lows(s, "injured")


def test_an_item_with_its_own_verb_is_not_read_as_a_list_item():
    s = "Ten workers were killed along with two guards, and three drivers were injured."
    assert 3 not in _lows(s, "killed") and 3 in _lows(s, "injured")


# --- 2. a breakdown's second conjunct with its own hedge -------------------------------------------------------

@pytest.mark.parametrize("sentence, low, high", [
    ("The minister said of the dead, 19 were Turkish citizens and at least 8 were foreign nationals.", 8, None),
    ("Of those killed, 30 were local citizens, while about a dozen were foreigners.", 11, 13),
    ("Among the dead, 14 were Pakistani citizens and two were Chinese nationals, police said.", 2, 2),
    ("Of the dead, nine were soldiers; at least four were civilians.", 4, None),
])
def test_a_second_conjunct_of_a_breakdown_is_read(sentence, low, high):
    assert (low, high) in values(_claims(sentence, "killed"))


def test_citizens_are_victims_of_a_passive():
    assert (12, 12) in values(_claims("Twelve Uzbek citizens were killed in the attack.", "killed"))


def test_pakistani_citizens_are_pakistanis():
    got = _claims("Among the dead, 14 were Pakistani citizens and two were Chinese nationals.", "killed")
    assert [c.victims for c in got if c.value_low == 14] == ["pakistanis"]


# --- 3. one victim told with an article ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("A Balochistan Frontier Corps soldier was martyred while four attackers were killed.", "killed"),
    ("A policeman died in the blast and three others were wounded.", "killed"),
    ("An officer lost his life while two civilians were injured in the attack.", "killed"),
    ("One Levies soldier succumbed to his injuries in hospital, while 12 others were hurt.", "killed"),
    ("An off-duty border police officer was wounded and two passers-by were killed.", "injured"),
])
def test_one_victim_with_an_article(sentence, kind):
    assert (1, 1) in values(_claims(sentence, kind))


@pytest.mark.parametrize("sentence", [
    '"A total of 30 people died in the attacks," the charity said.',
    "A man who died in 2010 had warned of 12 attacks.",
    "A number of soldiers died in the clash, and 5 were injured.",
])
def test_no_single_victim_where_none_is_told(sentence):
    assert (1, 1) not in values(_claims(sentence, "killed"))


# --- 4. the figure a revised toll replaced ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, new, old", [
    ("State television said the toll from the strike has risen to nine, up from the initially reported seven.", 9, 7),
    ("The number of dead has climbed to 30 from 25 reported earlier.", 30, 25),
    ("The toll has risen to 11, from nine a day earlier, the hospital said.", 11, 9),
    ("At least 17 people died, up from the previous count of 12, the health ministry said.", 17, 12),
])
def test_the_superseded_figure_is_a_claim(sentence, new, old):
    got = _lows(sentence, "killed")
    assert new in got and old in got


@pytest.mark.parametrize("sentence", [
    "Officials said 12 people were killed in attacks this year, up from eight in 2019.",
    "Attacks rose to 40 last year, up from 25, and killed 12 people.",
])
def test_a_comparison_with_another_period_is_no_superseded_toll(sentence):
    got = _lows(sentence, "killed")
    assert 12 in got and 8 not in got and 25 not in got


# --- 5. "another N wounded" after a passive, a word lost -------------------------------------------------------

@pytest.mark.parametrize("sentence, low", [
    ("Officials said 26 people were killed and another 42 wounded the suicide bombing.", 42),
    ("Five soldiers were killed and another 12 wounded the attack on the convoy, officials said.", 12),
])
def test_another_count_shares_the_passive(sentence, low):
    assert low in _lows(sentence, "injured")


def test_another_count_with_a_noun_stays_active():
    assert _lows("Two gunmen killed three guards and another 4 wounded the driver.", "injured") == []


# --- 6. infobox fields ----------------------------------------------------------------------------------------

def test_an_infobox_field_the_body_gives_otherwise_is_kept():
    page = ("= Valley airstrike =\n\nInfobox\n- Date: 2011-05-02\n- Fatalities: Up to 150, with over 60 civilians\n"
            "- Conflict: a war\n\nThe airstrike took place at night. It hit two houses, killing over 60 civilians.\n")
    got = values(_claims(page, "killed"))
    assert (150, 150) in got and (61, None) in got


def test_an_infobox_field_the_body_repeats_is_dropped():
    page = ("= Valley airstrike =\n\nInfobox\n- Date: 2011-05-02\n- Fatalities: 61\n"
            "- Conflict: a war\n\nThe airstrike took place at night. It hit two houses, killing 61 civilians.\n")
    assert values(_claims(page, "killed")) == [(61, 61)]


@pytest.mark.parametrize("cell, low, high", [("None 40-55", 40, 55), ("Unknown 1,200", 1200, 1200)])
def test_a_casualties_and_losses_cell(cell, low, high):
    page = f"Hill raid\nPart of a war\nDate May 2008\nCasualties and losses\n{cell}\n\nThe raid lasted two hours.\n"
    assert (low, high) in values(_claims(page, "killed"))


def test_a_casualties_and_losses_cell_of_words_gives_no_field():
    page = "Hill raid\nPart of a war\nDate May 2008\nCasualties and losses\nNone Several\n\nThe raid lasted two hours.\n"
    assert _claims(page, "killed") == []
