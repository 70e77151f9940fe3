"""Round Q's extraction phenomena, each told in several phrasings of our own, with near misses that must not
change: "up to N" is "as many as N" (the figure, stressed: N..N) for tolls and strength alike, while "at most",
"no more than", "fewer than" stay bounds; a headline "Up to N dead"; an infobox field "Fatalities: Up to N";
"the death toll has touched N"; the wounded who died later; the misspelt noun "injures"; "at the least N"; a
headline run into its standfirst without a full stop.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted, values
from test_conflicts import c, pairs

from reconcile import conflicts
from reconcile.extract.numbers import parse_count


def _claims(text, kind=None, published="2017-08-02", publisher="Test Wire"):
    return extracted(text, kind, published, publisher, "t.txt")


# --- 1. "up to N" is the figure, stressed ------------------------------------------------------------------

@pytest.mark.parametrize("phrase, low, high", [
    ("up to 90", 90, 90),
    ("Up to ninety", 90, 90),
    ("upto 12", 12, 12),
    ("as many as 90", 90, 90),
    # near misses: bounds stay bounds
    ("at most 90", 0, 90),
    ("no more than 90", 0, 90),
    ("fewer than 90", 0, 89),
    ("less than 90", 0, 89),
    ("under 90", 0, 89),
])
def test_up_to_is_as_many_as(phrase, low, high):
    got = parse_count(phrase)
    assert (got.low, got.high) == (low, high)


@pytest.mark.parametrize("sentence, kind, want", [
    ("A NATO strike on two hijacked tankers killed up to 90 people, local officials said.", "killed", [(90, 90)]),
    ("Up to 70 villagers were wounded when the tankers exploded.", "injured", [(70, 70)]),
    ("Officials said the blast had killed up to fifteen worshippers.", "killed", [(15, 15)]),
    ("Police say up to 40 people have died since the attack began on Friday.", "killed", [(40, 40)]),
    # near miss: a supposition stays a bound
    ("Up to 30 people may have been killed in the crossfire.", "killed", [(0, 30)]),
])
def test_up_to_in_a_toll(sentence, kind, want):
    assert values(_claims(sentence, kind)) == want


@pytest.mark.parametrize("sentence, want", [
    ("A UN report estimated that up to 6,000 TTP fighters are based across the border.", [(6000, 6000)]),
    ("The ISKP can field up to 4,000 fighters in the east, officials estimate.", [(4000, 4000)]),
])
def test_up_to_in_a_strength(sentence, want):
    assert values(_claims(sentence, "strength")) == want


def test_up_to_90_against_45_is_a_conflict_but_not_against_at_least_60():
    up_to = parse_count("up to 90")
    found = conflicts.find([c("upto", up_to.low, up_to.high, qualifier="at_most"), c("gov", 45, 45)], event_id="e1")
    assert pairs(found) == {frozenset(("upto", "gov"))}
    found = conflicts.find([c("upto", up_to.low, up_to.high, qualifier="at_most"), c("al", 60, None)], event_id="e1")
    assert pairs(found) == set()


# --- 3. headlines and infobox fields -----------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, want", [
    ("Up to 90 dead in Afghanistan airstrike\n\nKUNDUZ - A jet bombed two hijacked fuel trucks on Friday.",
     "killed", [(90, 90)]),
    ("Up to 40 killed in Helmand market blast\n\nA bomb ripped through a market on Monday.", "killed", [(40, 40)]),
    ("As many as 12 dead in Kunar mortar attack\n\nMortar rounds hit a village on Tuesday.", "killed", [(12, 12)]),
])
def test_a_headline_up_to_toll(text, kind, want):
    assert values(_claims(text, kind)) == want


@pytest.mark.parametrize("field, kind, want", [
    ("Fatalities: Up to 200", "killed", [(200, 200)]),
    ("Deaths: 33", "killed", [(33, 33)]),
    ("Injuries: 11", "injured", [(11, 11)]),
    ("Fatalities: Up to 200, with over 100 civilians", "killed", [(200, 200)]),
    ("Deaths: 33, including four children", "killed", [(33, 33)]),
    ("- Fatalities: up to 200, mostly civilians", "killed", [(200, 200)]),
    # near miss: two figures in one cell are no single figure
    ("Deaths: 33 in the city, 12 in the villages", "killed", []),
])
def test_an_infobox_field(field, kind, want):
    text = f"Kunduz airstrike\n\nDate: 4 September 2009\nLocation: Kunduz\n{field}\n\nThe strike hit two tankers."
    assert values(_claims(text, kind)) == want


# --- 3. toll verbs, later deaths, misspellings, paraphrases ------------------------------------------------

@pytest.mark.parametrize("sentence, kind, want", [
    ("The death toll from the blast in Kabul on Saturday has touched 36, officials said.", "killed", [(36, 36)]),
    ("The number of dead has touched 50 after rescuers found more bodies.", "killed", [(50, 50)]),
    ("By Sunday the toll had touched 12.", "killed", [(12, 12)]),
    ("Nine other injured victims died later in hospital, the doctor said.", "killed", [(9, 9)]),
    ("Four more of the wounded later succumbed, police said.", "killed", [(4, 4)]),
    ("Three wounded soldiers have since died.", "killed", [(3, 3)]),
    ("At least 20 were killed and over 66 other received injures in the attack.", "injured", [(67, None)]),
    ("Some 14 people sustained injures in the blast.", "injured", [(13, 15)]),
    ("At the least 24 people were killed after a blast near the rally.", "killed", [(24, None)]),
    ("Police said at the least nine were wounded.", "injured", [(9, None)]),
])
def test_toll_phrasings(sentence, kind, want):
    assert values(_claims(sentence, kind)) == want


@pytest.mark.parametrize("sentence, kind", [
    ("Nine injured people were taken to hospital.", "killed"),  # near miss: wounded, not dead
    ("The number of schools in the district has touched 36.", "killed"),  # no toll noun before "touched"
])
def test_near_misses_of_toll_phrasings(sentence, kind):
    assert values(_claims(sentence, kind)) == []


@pytest.mark.parametrize("text, killed, injured", [
    ("Explosion targets rally in Kabul, 24 killed At least 31 others were injured, the report said.",
     [(24, 24)], [(31, None)]),
    ("Bomb hits Kabul market, 12 dead More than 40 others were hurt in the blast.", [(12, 12)], [(41, None)]),
    ("Suicide attack on convoy, five soldiers killed Nearly twenty civilians were wounded as well.",
     [(5, 5)], [(18, 19)]),
    # near miss: a full stop already there
    ("Twelve were killed. At least 40 others were injured.", [(12, 12)], [(40, None)]),
])
def test_a_headline_run_into_its_standfirst(text, killed, injured):
    assert values(_claims(text, "killed")) == killed
    assert values(_claims(text, "injured")) == injured


# --- 4. roles ----------------------------------------------------------------------------------------------

def _roles(text, kind="killed", published="2009-09-05"):
    return [(c.claimant_role) for c in _claims(text, kind, published=published)]


@pytest.mark.parametrize("text, role", [
    # a state as speaker, after a dateline's date run into the sentence
    ("KABUL, Afghanistan - May 3, 2010 Britain, which led the 4 a.m. raid, said 12 insurgents were killed.", "official"),
    ("KUNDUZ - Germany, which called in the strike, said 50 fighters were killed.", "official"),
    ("France, which ordered the strike, says 30 militants died.", "official"),
    # an official who "claimed" a figure, whose name a group's leader also bore
    ("Kunduz Governor Engineer Mohammad Omar claimed 45 Taliban fighters were killed in the strike.", "official"),
    ("Provincial governor Mohammad Omar said 45 insurgents died.", "official"),
    # a machine paraphrase of a hospital official
    ("At least 24 people were killed and 32 wounded, a medical institution said.", "official"),
    ("A medical facility in the city said 14 people had died.", "official"),
    # an organisation that condemns the attack whose toll it gives
    ("UNAMA condemns the attack, which killed at least 31 civilians and injured more than 60 others.",
     "international_org"),
    ("The UN mission strongly condemned the bombing that killed 20 worshippers.", "international_org"),
    ("The UN Assistance Mission in Afghanistan (UNAMA) condemns attack at a mosque in Herat which killed 30 people.",
     "international_org"),
    ("Pakistan's Foreign Office condemned Friday's attack, which left 12 dead.", "official"),
])
def test_roles(text, role):
    assert _roles(text) == [role]


@pytest.mark.parametrize("text, role", [
    # near misses: the group's own leader; residents who condemn; a reporter's own count
    ("Taliban leader Mullah Mohammad Omar claimed 45 soldiers were killed in the ambush.", "perpetrator"),
    ("Residents condemned the attack, which killed nine people.", "reporter"),
    ("The Taliban condemned the attack, which killed nine people.", "reporter"),
])
def test_role_near_misses(text, role):
    assert _roles(text) == [role]


@pytest.mark.parametrize("text", [
    "NBC News reports that US and Afghan officials estimate the Taliban has 60,000 fighters.",
    "The Times reported that Afghan defence officials put the Taliban at 60,000 fighters.",
])
def test_an_outlet_passing_on_officials_figure(text):
    assert [c.claimant_role for c in _claims(text, "strength", published="2014-01-01")] == ["official"]


# --- 2. strength as explainers write it --------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    # the group's name as the counted noun, an adverb and scare quotes before "active"
    ("Between 40,000 and 60,000 Taliban are always active in the country, officials say.", [(40000, 60000)]),
    ("He said between 40,000 and 60,000 Taliban are \u201calways active\u201d in the country.", [(40000, 60000)]),
    ("Some 3,000 ISKP fighters are still active in Kunar.", [(2700, 3300)]),
    # two adjectives joined before the fighters
    ("There are between 25,000 and 35,000 full and part-time Taliban fighters in Afghanistan.", [(25000, 35000)]),
    ("The TTP has some 5,000 full-time and part-time fighters.", [(4500, 5500)]),
    ("ISKP has 2,000 trained and armed fighters in the east, the UN said.", [(2000, 2000)]),
    # "strength to be N"
    ("Officials pegged the Taliban's strength to be at least 60,000.", [(60000, None)]),
    ("A 2014 study estimated the group's strength to be about 3,000.", [(2700, 3300)]),
    ("The Taliban strength is estimated to be 40,000 to 60,000.", [(40000, 60000)]),
])
def test_strength_phrasings(text, want):
    assert values(_claims(text, "strength", published="2017-06-12")) == want


@pytest.mark.parametrize("text", [
    "The army killed 30 young and old fighters in the raid.",  # near miss: a toll, no strength
    "Some 40 Taliban were killed and wounded in the clash.",
])
def test_strength_near_misses(text):
    assert values(_claims(text, "strength", published="2017-06-12")) == []
