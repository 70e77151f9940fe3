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
    ("A Sindh Rangers constable was martyred while three raiders were killed.", "killed"),
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
    ("The health office said the toll of the raid has risen to 14, up from the initially reported 11.", 14, 11),
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
    ("Police said 31 people were killed and another 57 wounded the truck bombing.", 57),
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


# --- 7. roles: "It" for the body that was the subject before; a group's statement relayed by an agency ----------

@pytest.mark.parametrize("text, role", [
    ("The government has rejected any part in the deaths. It claims the death toll was 88 people.", "official"),
    ("The interior ministry later revised its account. It says the toll was 41.", "official"),
    ("The UN mission has documented the attacks. It reports that 40 civilians were killed.", "international_org"),
])
def test_it_is_the_body_named_as_subject_before(text, role):
    got = _claims(text, "killed")
    assert got and got[0].claimant_role == role


def test_it_after_a_body_of_no_role_stays_unresolved():
    got = _claims("The company has denied the report. It says the death toll was 12.", "killed")
    assert got and got[0].claimant_role != "official"


def test_people_before_a_dash_are_everyone():
    got = _claims("Officials put the toll at 173 people - police officers and civilians killed by the gunmen.", "killed")
    assert [c.victims for c in got if c.value_low == 173] == ["people"]


@pytest.mark.parametrize("sentence", [
    "Jaish al-Adl claimed a raid on a police post. On Friday, the group said it killed a member of the border guard, according to IRNA.",
    "The TTP said its fighters killed 12 soldiers in the raid, according to the state news agency.",
])
def test_a_groups_statement_relayed_by_an_agency_is_the_perpetrators(sentence):
    got = _claims(sentence, "killed")
    assert got and all(c.claimant_role == "perpetrator" for c in got)


def test_an_official_statement_relayed_by_an_agency_keeps_its_claimant():
    got = _claims("Police said the Taliban killed 12 soldiers in the raid, according to IRNA.", "killed")
    assert got and got[0].claimant_role != "perpetrator"


# --- 8. strength: an estimate's figure told with its noun, the fighters named before ---------------------------

@pytest.mark.parametrize("text, low", [
    ("Officials now estimate the group has at least 18,000 fighters. That updated figure is very significant, because as the "
     "earlier report carefully notes, for many years the only previous estimate was approximately 9,000.", 8100),
    ("A commander told reporters that the army's estimate of ISKP strength is also 4,000.", 4000),
    ("The group has 60,000 fighters, officials say. That marks a rise from the estimate of 35,000 that a defence official "
     "gave in 2011.", 35000),
    ("Officials said the Taliban had 60,000 fighters. The previous count was 35,000 fighters, in 2014.", 35000),
])
def test_an_estimate_with_its_fighters_before_is_a_strength(text, low):
    assert low in [c.value_low for c in _claims(text, "strength")]


@pytest.mark.parametrize("text", [
    "The group has about 4,000 fighters. The government's estimate of the damage was 5,000 dollars.",
    "The fighting was heavy. The estimate of the dead was 2,000 according to the UN.",
])
def test_an_estimate_of_something_else_is_no_strength(text):
    assert all(c.value_low not in (5000, 2000) for c in _claims(text, "strength"))
