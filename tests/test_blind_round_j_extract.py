"""Round J extraction and role phenomena: the shapes of a group's strength (sympathisers whose number
varies, fighters who owe allegiance to a leader, a figure coordinated after another thing the group
has, "numbering N", "a cadre of N", a hedge read as a preposition), breakdowns of a toll in the present
tense or through a pronoun, the wounded counted as a noun, a toll given again as "the figure", victims
named by their duty, a second group after the verb, "up to N" tolls, bodies identified, and claimants
(the official toll, "he" across an institution, a Taliban spokesman before August 2021, the subject
of a coordinated verb).

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted, values


def _claims(text, kind=None, published="2012-03-14"):
    return extracted(text, kind, published, "Test Wire", "t.txt")


# --- 1. strength: members, sympathisers and foot soldiers whose number varies -----------------------

@pytest.mark.parametrize("sentence, low, high", [
    ("Nobody knows the exact size of the network, but its active sympathisers vary between 8,000 and 12,000.",
     8000, 12000),
    ("Analysts say the TTP's sympathizers vary from 20,000 to 30,000.", 20000, 30000),
    ("According to several assessments, the network's foot soldiers vary from 10,000 to 15,000.", 10000, 15000),
    ("Estimates of the Haqqani network's sympathisers range between 5,000 and 9,000.", 5000, 9000),
    ("Its foot soldiers range from 3,000 to 4,500, officials believe.", 3000, 4500),
])
def test_members_whose_number_varies_are_a_strength(sentence, low, high):
    assert values(_claims(sentence, "strength")) == [(low, high)]


# --- 2. strength: the men who owe allegiance to a leader or a group --------------------------------

@pytest.mark.parametrize("sentence, low, high", [
    ("The network is made up of some 12,000 fighters who owe allegiance to its founder.", 10800, 13200),
    ("Some 2,000 fighters owe allegiance to Hafiz Gul Bahadur, a commander in North Waziristan.", 1800, 2200),
    ("About 3,000 militants loyal to Mangal Bagh hold the Bara valley.", 2700, 3300),
    ("Roughly 1,200 militants, all of whom have pledged allegiance to the Islamic State, hide in Nangarhar.", 1080, 1320),
    ("The commander leads 800 men who swore an oath of allegiance to him and to the TTP.", 800, 800),
])
def test_fighters_who_owe_allegiance_are_a_strength(sentence, low, high):
    assert values(_claims(sentence, "strength")) == [(low, high)]


# --- 3. strength: a figure coordinated after another thing the group has ---------------------------

@pytest.mark.parametrize("sentence, low, high", [
    ("AQIS is the largest branch of al-Qaeda, comprising several factions and tens of thousands of members.",
     20000, 99999),
    ("The TTP has a leadership council and 5,000 fighters.", 5000, 5000),
    ("Jamaat-ul-Ahrar fields a suicide wing and some 800 fighters.", 720, 880),
    ("Lashkar-e-Taiba boasts a media wing, a charity front and about 6,000 militants.", 5400, 6600),
    ("The Islamic State Khorasan, consisting of defectors from the TTP and some 2,500 fighters, "
     "is active in Kunar.", 2250, 2750),
])
def test_a_coordinated_figure_of_a_named_group_is_a_strength(sentence, low, high):
    assert values(_claims(sentence, "strength")) == [(low, high)]


# --- 4. strength: "numbering N", "a cadre of N", a hedge read as a preposition -----------------------

@pytest.mark.parametrize("sentence, low, high", [
    ("Lashkar-e-Taiba, numbering some 5,000 militants, is based in Punjab.", 4500, 5500),
    ("Lashkar-e-Taiba, numbering 5,000 militants, is based in Punjab.", 5000, 5000),
    ("The Islamic State in Khorasan, numbering about 3,000 fighters, remains a threat.", 2700, 3300),
    ("The Islamic State in Khorasan boasts a cadre of 3,000.", 3000, 3000),
    ("Its leader admitted that Haqqani fighters now number around 15,000.", 13500, 16500),
    ("The TTP's fighters number about 6,000, the report says.", 5400, 6600),
])
def test_numbering_cadre_and_hedged_number(sentence, low, high):
    assert values(_claims(sentence, "strength")) == [(low, high)]


# --- 5. near-misses: crowds, refugees, arrests, losses are no strength ------------------------------

@pytest.mark.parametrize("sentence", [
    "A crowd of 5,000 supporters of the TTP gathered in Peshawar.",
    "Some 3,000 people attended the funeral of the Haqqani commander.",
    "About 2,000 refugees loyal to the old government fled to Iran.",
    "Police arrested 200 militants loyal to the TTP in Karachi.",
    "The Haqqani network lost 300 fighters, all of whom had pledged allegiance to Sirajuddin.",
    "At least 150 fighters loyal to the Taliban were killed in the offensive.",
    "The army, with tanks and 3,000 soldiers, moved into the valley.",
    "The hospital has 40 beds and 300 personnel.",
    "The Taliban released 1,500 prisoners and 200 members of the former security forces.",
    "Hundreds of sympathisers of the jailed cleric marched in Islamabad.",
    "Three militants loyal to the commander were arrested.",
    "The numbers of the dead vary between 40 and 60, officials say.",
])
def test_near_misses_are_no_strength(sentence):
    assert _claims(sentence, "strength") == []


# --- 6. breakdowns of a toll: present tense, and through a pronoun ----------------------------------

@pytest.mark.parametrize("text, parts", [
    ("A car bomb tore through a market in Peshawar, killing 40 people. Twelve of the dead are women and "
     "five are children.", [(5, 5), (12, 12)]),
    ("Rescuers pulled 35 bodies from the rubble of the market. Eight of them are women and four are children.",
     [(4, 4), (8, 8)]),
    ("\u201cWe have 30 dead bodies at the hospital. Six of them are women and nine are children,\u201d a doctor said.",
     [(6, 6), (9, 9)]),
    ("The blast killed 22 people in Quetta. Of the dead, seven were police officers.", [(7, 7)]),
    ("The attack killed 18 worshippers. Five of them were children and two were women.", [(2, 2), (5, 5)]),
])
def test_a_breakdown_of_the_dead(text, parts):
    got = values([c for c in _claims(text, "killed") if c.value_low in {p[0] for p in parts}])
    assert got == parts


@pytest.mark.parametrize("text", [
    "Police detained five men on Monday. Three of them are Afghans and two are Pakistanis.",
    "A blast killed 40 people and wounded 100. Ten of them were women.",  # which of the two tolls?
    "Gunmen stormed the hotel on Saturday. Three of them were foreigners.",
])
def test_a_pronoun_breakdown_needs_one_toll_before(text):
    assert [c for c in _claims(text) if c.kind in ("killed", "injured") and c.value_low in (2, 3, 10)] == []


# --- 7. the wounded counted as a noun -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind, n", [
    ("Only two policemen were hurt, he said, adding that 64 wounded were being treated at the main hospital.",
     "injured", 64),
    ("He said that 108 wounded were being treated in the hospital.", "injured", 108),
    ("Doctors said 57 injured had been taken to the district hospital.", "injured", 57),
    ("Another 30 injured were airlifted to Peshawar, officials said.", "injured", 30),
    ("Hospital staff said 12 dead were brought to the morgue.", "killed", 12),
])
def test_the_wounded_counted_as_a_noun(sentence, kind, n):
    assert (n, n) in values(_claims(sentence, kind))


# --- 8. a toll given again as "the figure" ----------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("The death toll from the attacks on two mosques in Lahore rose to 82 on Saturday. The figure was 70 on Friday.",
     70),
    ("The death toll rose to 70 on Thursday. By Saturday the number had reached 82.", 82),
    ("The death toll from the bombing of the market stood at 31. The tally was 28 on Monday.", 28),
    ("The death toll in the siege of the hotel climbed to 22. The earlier figure was 18.", 18),
])
def test_the_figure_after_a_toll_is_a_toll(text, n):
    assert (n, n) in values(_claims(text, "killed"))


@pytest.mark.parametrize("text", [
    "The turnout was low in Lahore. The figure was 40 on Friday.",
    "The school reopened in March. The number had reached 300 by May.",
    "The death toll rose to 70 on Thursday. The figure was 74 percent in the last survey.",
])
def test_the_figure_with_no_toll_before_is_no_toll(text):
    assert [c for c in _claims(text, "killed") if c.value_low != 70] == []


# --- 9. victims named by their duty -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("The ministry said two Indian paramilitary troopers guarding the embassy were among the dead.", 2),
    ("Three guards protecting the compound were killed in the blast.", 3),
    ("Four policemen manning the checkpoint were among those killed.", 4),
    ("Five soldiers posted at the gate were killed when the car exploded.", 5),
    ("Two private guards escorting the convoy were wounded.", 2),
])
def test_victims_named_by_their_duty(sentence, n):
    assert (n, n) in values(_claims(sentence))


def test_men_on_duty_who_were_not_hurt_are_no_toll():
    assert _claims("Two hundred police officers guarding the embassy were deployed after the threat.") == []


# --- 10. a second group after the verb, with no verb of its own ------------------------------------

@pytest.mark.parametrize("sentence, first, second", [
    ("Nine foreigners were killed and thirteen Afghans.", 9, 13),
    ("\u201cFourteen foreigners were killed and four Afghans,\u201d a ministry spokesman said.", 14, 4),
    ("Fourteen foreigners were killed and four Afghans, the ministry spokesman told reporters.", 14, 4),
    ("Six soldiers were wounded and two civilians.", 6, 2),
])
def test_a_verbless_second_group(sentence, first, second):
    got = values(_claims(sentence))
    assert (first, first) in got and (second, second) in got


def test_a_second_group_with_its_own_verb_later_is_not_the_first_verbs():
    got = values(_claims("Ten other people were wounded and more than 150 people, including 41 foreigners, "
                         "were rescued from the hotel, he said.", "injured"))
    assert got == [(10, 10)]


# --- 11. "up to N": as many as N were killed (N..N), unless the sentence only supposes it (0..N) ---------------------------

@pytest.mark.parametrize("sentence, low", [
    ("A suicide bomber attacked a shrine in Kabul, killing up to 30 people.", 30),
    ("A suicide bomber attacked a shrine in Kabul. Up to 30 people were killed.", 30),
    ("An official said he had counted up to 30 bodies at the hospital.", 30),
    ("Up to 30 people may have been killed in the crossfire.", 0),
    ("Officials fear up to 30 people could have died in the collapse of the hall after the blast.", 0),
])
def test_up_to(sentence, low):
    assert values(_claims(sentence, "killed")) == [(low, 30)]


# --- 12. bodies identified are a part of the dead ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "He said 25 people were in critical condition, while only 25 bodies had so far been identified.",
    "Officials said 40 bodies have yet to be identified.",
    "Only 12 bodies were identified by Sunday.",
])
def test_bodies_identified_are_no_toll(sentence):
    assert _claims(sentence, "killed") == []


def test_bodies_recovered_still_count():
    assert values(_claims("Rescuers recovered 40 bodies from the rubble.", "killed")) == [(40, None)]


# --- 13. claimants ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The official death toll is 52, including two diplomats.",
    "The official toll stands at 30 dead.",
    "The official casualty figure was 41 killed.",
])
def test_the_official_toll_is_the_officials(sentence):
    got = _claims(sentence, "killed")  # (with "including two diplomats", the diplomats too: the officials' as well)
    assert got and all(c.claimant_role == "official" for c in got)


def test_an_unofficial_toll_is_not_the_officials():
    got = _claims("Residents put the toll at 30, though no official figure has been given.", "killed")
    assert all(c.claimant_role != "official" for c in got)


def test_he_is_the_person_named_before_not_a_database():
    text = ("The group's chief Mullah Karimullah spoke to a news agency by telephone on Friday. "
            "\u201cWe will fight on,\u201d he said. "
            "According to the Regional Conflict database, drones have struck the area 40 times this year. "
            "He acknowledges that TTP fighters now number around 9,000.")
    (c,) = _claims(text, "strength", published="2011-10-01")
    assert c.claimant_role == "perpetrator" and "database" not in c.claimant


@pytest.mark.parametrize("published, role", [("2018-01-21", "perpetrator"), ("2022-01-21", "official")])
def test_a_taliban_spokesman_on_their_own_attack(published, role):
    text = ("The Taliban claimed the attack on the hotel. \u201cOur fighters killed 30 foreign invaders,\u201d "
            "Taliban spokesman Zabihullah Mujahid said.")
    got = [c for c in _claims(text, "killed", published=published) if c.value_low == 30]
    assert got and got[0].claimant_role == role


@pytest.mark.parametrize("sentence, who", [
    ("The military is on the offensive in South Waziristan, and has claimed to have killed more than 250 militants.",
     "The military"),
    ("The army was pressing into the valley, and said it had killed 40 militants.", "The army"),
    ("The police are investigating the blast, and said 12 people were killed.", "The police"),
])
def test_the_subject_of_a_coordinated_saying_verb(sentence, who):
    (c,) = _claims(sentence, "killed")
    assert c.claimant == who and c.claimant_role == "official"


def test_a_new_subject_after_and_speaks_itself():
    (c,) = _claims("The blast was heard across the city, and police said 12 people were killed.", "killed")
    assert c.claimant == "police"


# --- 14. strength: an army or a pool with no member noun, the men a group can call on --------------

@pytest.mark.parametrize("sentence, low, high", [
    ("The TTP commands an army of 5,000 in the tribal areas.", 5000, 5000),
    ("Lashkar-e-Taiba maintains a militia of 2,000 in Kashmir.", 2000, 2000),
    ("The Haqqani network can call on thousands of fighters.", 2000, 9999),
    ("The network draws on a pool of up to 10,000 fighters.", 10000, 10000),
    ("The group's fighting strength is estimated at about 2,000.", 1800, 2200),
])
def test_an_army_a_pool_and_the_men_a_group_can_call_on(sentence, low, high):
    assert values(_claims(sentence, "strength")) == [(low, high)]


@pytest.mark.parametrize("sentence", [
    "The army of 5,000 in Swat fought the TTP for months.",
    "Pakistan has an army of 600,000 to fight the TTP.",
    "The TTP is fighting Pakistan, which has an army of 600,000.",
    "The TTP has a force of 300 policemen hunting it.",
    "The government calls on 3,000 TTP fighters to surrender.",
    "The police can call on 3,000 officers in Peshawar.",
    "The group's total losses are estimated at about 2,000.",
])
def test_a_states_army_and_other_counts_are_no_strength(sentence):
    assert _claims(sentence, "strength") == []


# --- 15. the battle of Karbala told in an Ashura report is no toll of today -------------------------

@pytest.mark.parametrize("sentence", [
    "Shias mourn Imam Hussain, the grandson of the Prophet, who along with 72 companions was killed at Karbala in 680.",
    "Ashura marks the day on which Husayn ibn Ali and 72 of his followers were martyred in Kerbala.",
    "Hussein and his 72 loyal companions were slain on the plain of Karbala.",
])
def test_husayns_companions_at_karbala_are_no_toll(sentence):
    assert _claims(sentence, "killed") == []


@pytest.mark.parametrize("sentence", [
    "A bomb tore through a procession marking the martyrdom of Imam Hussain at Karbala, killing 43 mourners in Karachi.",
    "A suicide bomber killed 43 people at a procession commemorating Imam Hussain in Karachi.",
])
def test_a_toll_at_an_ashura_procession_stays(sentence):
    assert values(_claims(sentence, "killed")) == [(43, 43)]


# --- 16. strength: the owned members' estimate ("its fighters are estimated at N") ------------------

@pytest.mark.parametrize("sentence, low, high", [
    ("Its fighters are estimated at 2,000.", 2000, 2000),
    ("The group's members are put at around 2,000.", 1800, 2200),
    ("The TTP's militants are estimated at 5,000 by Pakistani officials.", 5000, 5000),
    ("The group's cadres are estimated at 400.", 400, 400),
    ("The TTP's foot soldiers are estimated at 8,000.", 8000, 8000),
])
def test_the_owned_members_estimate(sentence, low, high):
    assert values(_claims(sentence, "strength")) == [(low, high)]


@pytest.mark.parametrize("sentence", [
    "Its fighters are estimated at 40 percent of the force.",
    "Its fighters killed in the strikes are estimated at 300.",
    "The group's dead are estimated at 300.",
    "Their soldiers are estimated at 200,000.",
])
def test_the_owned_estimate_near_misses(sentence):
    assert _claims(sentence, "strength") == []
