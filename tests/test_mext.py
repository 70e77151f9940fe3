"""Round M extraction and role phenomena: a casualty row of an attack's infobox ("Deaths | N |"), a long
subject between a count and its passive verb (a coordinated list, an "including" list with commas, a dash
aside), the wounded of a "with N others getting wounded" clause, "N of (the) dead are X", a strength told
as "N X are in the ranks of <group>"; and what must not be read: the whole of a partitive ("three of
five"), a toll read on into the next clause's figure, bodies identified; the claimant of "claimed
responsibility for killing N", and an unnamed source in a country's law enforcement agencies.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted, values


def _claims(text, kind=None, published="2012-03-14"):
    return extracted(text, kind, published, "Test Wire", "t.txt")


# --- 1. an attack's infobox: a casualty row ---------------------------------------------------------

_INFOBOX = "Bombing of the Example depot | |\n---|---|\nLocation | Example Province |\nDate | May 3, 2011 |\n{row}\nPerpetrators | unknown |\n"


@pytest.mark.parametrize("row, kind, low, high", [
    ("Deaths | 14 (including the bomber) |", "killed", 14, 14),
    ("Deaths | 23[2] |", "killed", 23, 23),
    ("Fatalities: at least 31", "killed", 31, None),
    ("Injured | 40+ |", "injured", 40, None),
    ("Wounded | 17 (mostly police) |", "injured", 17, 17),
    ("Non-fatal injuries\n|\n9 |", "injured", 9, 9),
    ("Deaths27 (including four attackers)", "killed", 27, 27),  # a scrape that lost the cell border
    ("Injured 55", "injured", 55, 55),
])
def test_a_casualty_row_of_an_infobox_is_a_toll(row, kind, low, high):
    got = _claims(_INFOBOX.format(row=row), kind)
    assert values(got) == [(low, high)]
    assert got[0].extractor == f"{kind}.field"


@pytest.mark.parametrize("row", [
    "Deaths | 12 (2019), 15 (2020) |",  # one row per year: no one figure
    "Deaths | see the list below |",
    "Deaths | 1995 |",  # a year
])
def test_an_infobox_row_that_holds_no_one_figure_is_no_toll(row):
    assert _claims(_INFOBOX.format(row=row), "killed") == []


# --- 2. a long subject between the count and its passive verb ----------------------------------------

@pytest.mark.parametrize("sentence, kind, low, high", [
    ("Six aid workers and volunteers, a driver hired in Kabul, and an interpreter from the provincial office were "
     "killed in the ambush.", "killed", 6, 6),
    ("Nine engineers and technicians, their Chinese supervisor and a local guard had been wounded by the blast.",
     "injured", 9, 9),
    ("At least eleven villagers including a tribal elder, two teachers and several children were reportedly killed.",
     "killed", 11, None),
    ("Twelve policemen, including the district chief, his deputy and their bodyguards, were hurt in the assault.",
     "injured", 12, 12),
    ("Three foreign tourists -- a Japanese couple and a Dutch backpacker travelling with a U.K. group -- were among "
     "the dead.", "killed", 3, 3),
    ("Five journalists \u2014 from a French agency, a local radio station and a German paper \u2014 were among "
     "those wounded.", "injured", 5, 5),
    ("Four Canadian engineers and surveyors, a Pakistani liaison officer, and their driver died in the ambush.",
     "killed", 4, 4),
    ("Some 30 pilgrims, including a cleric, his sons and a bus driver, suffered injuries in the blast.",
     "injured", 27, 33),
    ("Seven Americans and a Jordanian, as well as an Afghan driver, were killed.", "killed", 7, 7),
])
def test_a_long_subject_keeps_its_count(sentence, kind, low, high):
    assert (low, high) in values(_claims(sentence, kind))


@pytest.mark.parametrize("sentence", [
    "Police detained 12 men, and an officer and his driver were wounded in the clash.",  # the 12 are no victims
    "The army sent 300 troops, a helicopter unit and an armoured column, and the militants were killed.",
    "Six aid workers, who had arrived on Monday, and a driver were said to be safe.",
    "Four gunmen, a commander and his aide wounded three guards before fleeing.",  # active: the gunmen wounded
])
def test_a_list_that_is_not_the_subject_of_a_casualty_verb_gives_no_count(sentence):
    got = _claims(sentence)
    assert not [c for c in got if c.kind in ("killed", "injured") and c.value_low in (6, 12, 300)]


# --- 3. "with N others getting wounded" ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, low, high", [
    ("The bomb killed three soldiers and a boy, with 18 others getting wounded.", 18, 18),
    ("Gunmen shot dead two guards, with at least a dozen more getting injured.", 12, None),
    ("Seven people died in the raid with another 20 people sustaining injuries.", 20, 20),
    ("Nine worshippers were killed, with some 30 others receiving wounds.", 27, 33),
])
def test_the_wounded_of_a_with_clause(sentence, low, high):
    assert (low, high) in values(_claims(sentence, "injured"))


def test_others_getting_arrested_are_no_wounded():
    assert _claims("Two militants were killed, with five others getting arrested.", "injured") == []


# --- 4. "N of (the) dead are X" -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, low, high, victims", [
    ("At least 12 of dead are reportedly foreigners.", 12, None, "foreigners"),
    ("Five of dead were children, a doctor said.", 5, 5, "children"),
    ("Some 20 of those killed are believed to be foreign tourists.", 18, 22, "foreigners"),
    ("Seven of the dead were thought to be policemen.", 7, 7, "police"),
])
def test_a_part_of_the_dead_by_group(sentence, low, high, victims):
    got = [c for c in _claims(sentence, "killed") if (c.value_low, c.value_high) == (low, high)]
    assert [c.victims for c in got] == [victims]


@pytest.mark.parametrize("sentence, kind, low, high, victims", [
    ("Foreigners accounted for at least 12 of the dead.", "killed", 12, None, "foreigners"),
    ("Police officers made up nine of the 30 killed, officials said.", "killed", 9, 9, "police"),
    ("Children account for 14 of the wounded, a doctor said.", "injured", 14, 14, "children"),
    ("At least 15 of the 39 dead were foreigners, the minister said.", "killed", 15, None, "foreigners"),
    ("Twelve of the 40 wounded were children.", "injured", 12, 12, "children"),
])
def test_a_group_told_as_a_part_of_the_dead(sentence, kind, low, high, victims):
    got = [c for c in _claims(sentence, kind) if (c.value_low, c.value_high) == (low, high)]
    assert [c.victims for c in got] == [victims]


@pytest.mark.parametrize("sentence", [
    "The figures account for 12 of the dead.",  # no group of people
    "Women and children made up most of the dead.",  # no count
])
def test_a_part_of_the_dead_without_a_group_or_count(sentence):
    assert _claims(sentence, "killed") == []


def test_some_of_the_dead_buried_is_no_group():
    assert _claims("Five of the dead were buried on Friday.", "killed") == []


# --- 5. strength: "N X are in the ranks of <group>" -------------------------------------------------------

@pytest.mark.parametrize("sentence, low, high", [
    ("Officials say that a former police colonel and more than 300 Tajik nationals are in the ranks of the Taliban.",
     301, None),
    ("About 500 Uzbeks serve in the ranks of the Islamic Movement of Uzbekistan.", 450, 550),
    ("Some 250 young Tajiks have joined the ranks of Jamaat Ansarullah, the ministry said.", 225, 275),
    ("Around 1,000 foreigners were fighting in the ranks of the Islamic State in Afghanistan.", 900, 1100),
])
def test_men_in_the_ranks_of_a_group_are_a_strength(sentence, low, high):
    assert values(_claims(sentence, "strength")) == [(low, high)]


@pytest.mark.parametrize("sentence", [
    "Around 400 young men were serving in the ranks of the army.",  # a state's force, no group's
    "Ten Tajiks were in the ranks of the Taliban.",  # a handful, no strength figure
])
def test_the_ranks_of_no_group_or_a_handful_are_no_strength(sentence):
    assert _claims(sentence, "strength") == []


# --- 6. the whole of a partitive is no toll ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, low", [
    ("Three of five gunmen inside the compound were killed by the special forces.", 3),
    ("The agency said its photographer, his wife and two of his four children died in the blast.", 2),
    ("Eight of 12 passengers on the bus were wounded.", 8),
    ("One of her three brothers was killed in the attack.", 1),
])
def test_the_whole_of_a_partitive_is_no_toll(sentence, low):
    got = _claims(sentence)
    assert [c.value_low for c in got if c.kind in ("killed", "injured")] in ([low], [])
    assert not [c for c in got if c.kind in ("killed", "injured") and c.value_low != low and c.value_low in (5, 4, 12, 3)]


def test_all_of_the_whole_stays_a_toll():
    assert (3, 3) in values(_claims("All three of his sons were killed in the strike.", "killed"))


# --- 7. a toll is not read on into the next clause ---------------------------------------------------------

@pytest.mark.parametrize("sentence, killed, injured", [
    ("The ministry says the death toll has reached 64 and the number of wounded has climbed to 347.", 64, 347),
    ("The death toll rose to 31 and the number of injured climbed to 120, officials said.", 31, 120),
    ("Officials said the toll had reached 12, while the count of wounded rose to 40.", 12, 40),
])
def test_the_wounded_of_the_next_clause_are_no_revised_toll(sentence, killed, injured):
    got = _claims(sentence)
    assert [c.value_low for c in got if c.kind == "killed"] == [killed]
    assert [c.value_low for c in got if c.kind == "injured"] == [injured]


def test_a_toll_revised_is_still_read():
    assert values(_claims("The death toll was first given as 100 and later revised to 84.", "killed")) == [
        (84, 84), (100, 100)]


# --- 8. bodies identified are no toll --------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "A photographer identified the four bodies at a city hospital.",
    "Relatives have so far identified 12 bodies at the morgue.",
    "Forensic teams identified all seven bodies by Sunday.",
])
def test_bodies_identified_are_no_toll(sentence):
    assert _claims(sentence, "killed") == []


def test_bodies_recovered_stay_a_toll():
    assert values(_claims("Rescuers recovered four bodies from the rubble.", "killed")) == [(4, None)]


# --- 9. roles: a group's own figure, an unnamed source in law enforcement ------------------------------------

@pytest.mark.parametrize("sentence, low", [
    ("A militant group linked to al Qaeda on Thursday claimed responsibility for killing 28 soldiers.", 28),
    ("The Taliban claimed responsibility for the killing of 12 policemen in Kunduz.", 12),
    ("The Islamic Movement of Uzbekistan has claimed responsibility for the deaths of 25 troops.", 25),
])
def test_a_claim_of_responsibility_for_killing_n_is_the_groups_figure(sentence, low):
    got = [c for c in _claims(sentence, "killed", published="2010-09-23") if c.value_low == low]
    assert [c.claimant_role for c in got] == ["perpetrator"]


def test_a_claim_of_the_attack_that_killed_n_keeps_the_reporters_figure():
    got = _claims("Islamic State claimed responsibility for the attack that killed 39 people.", "killed",
                  published="2017-01-02")
    assert [c.claimant_role for c in got] == ["reporter"]


@pytest.mark.parametrize("sentence", [
    '"We can speak of about 20 dead for now," said a source in Tajik law enforcement agencies.',
    '"About 20 soldiers died," a source in the country\'s law enforcement agencies told a news agency.',
    "A source in the Kyrgyz security services said about 20 soldiers died.",
    '"About 20 soldiers died," said a source within the interior ministry.',
])
def test_a_source_in_law_enforcement_is_official(sentence):
    got = _claims(sentence, "killed")
    assert [c.claimant_role for c in got] == ["official"]


def test_a_source_in_a_village_stays_unknown():
    got = _claims('"About 20 soldiers died," said a source in the village.', "killed")
    assert [c.claimant_role for c in got] == ["unknown"]


def test_a_part_told_in_an_apposition_is_no_long_subject():
    got = _claims("At least 40 people, 31 of them pupils and their teachers, were killed in the blast.", "killed")
    assert values(got) == [(40, None)]


@pytest.mark.parametrize("sentence", [
    "Seven American intelligence officers and contractors, a Jordanian officer and their Afghan driver were killed.",
    "Four U.S. intelligence officers were killed in the blast.",
    "Five American aid officers died in the ambush.",
])
def test_americans_of_no_listed_group_are_americans(sentence):
    assert [c.victims for c in _claims(sentence, "killed")][:1] == ["americans"]


@pytest.mark.parametrize("sentence, victims", [
    ("Three American soldiers were killed.", "us_troops"),
    ("Five police officers died in the raid.", "police"),
    ("Two army officers died in the ambush.", "soldiers"),
])
def test_officers_of_a_force_keep_their_force(sentence, victims):
    assert [c.victims for c in _claims(sentence, "killed")] == [victims]


def test_a_breakdown_in_an_aside_gives_its_counted_group_only():
    got = _claims("Four tourists \u2013 two Canadians, a Paraguayan and a Bangladeshi \u2013 were among those killed.", "killed")
    # the four is the toll; since session 12 the counted group singled out of it is a claim of its own (the
    # groups told by an article are not)
    assert values(got) == [(2, 2), (4, 4)]
