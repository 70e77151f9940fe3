"""Round L phenomena (task lext): bodies received and bodies found, hospital admissions with injuries,
a revised count, and three false tolls (a feared rise, a wounded subset, a killed subset read as wounded).
Every sentence is ours; each phenomenon has a near-miss that must not change."""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted


def claims_of(text: str, kind: str | None = "killed"):
    return extracted(text, kind, "2024-05-18", "Wire", "w.txt")


def counts(text: str, kind: str):
    return sorted((c.value_low, c.value_high) for c in claims_of(text, kind))


# ---------------------------------------------------------------- bodies received: the speaker's count, exact

@pytest.mark.parametrize(("sentence", "n"), [
    ('A surgeon at the district hospital said: "We have received 20 bodies and six wounded so far."', 20),
    ("The trauma centre said it had received eleven bodies by the evening.", 11),
    ("Hospital officials told reporters they were receiving 14 bodies from the site.", 14),
    ("So far 9 bodies have been brought to the civil hospital, a doctor said.", 9),
])
def test_bodies_a_hospital_received_are_an_exact_count(sentence, n):
    assert counts(sentence, "killed") == [(n, n)]


def test_bodies_identified_stay_no_toll():
    assert claims_of("Only 12 bodies had been identified by Monday, the hospital said.") == []


# ---------------------------------------------------------------- "the bodies of N X were found"

@pytest.mark.parametrize(("sentence", "n"), [
    ("The bodies of five ‘militants’ thought to be behind the raids were found in the district on Thursday.", 5),
    ("Villagers recovered the bodies of 12 labourers from the collapsed mine shaft after the attack.", 12),
    ("Police found the dead bodies of seven men dumped in a field near the border, officials said.", 7),
    ("Rescuers pulled the bodies of three children from the rubble of the bombed school.", 3),
])
def test_the_bodies_of_n_people_are_n_dead(sentence, n):
    assert counts(sentence, "killed") == [(n, n)]


@pytest.mark.parametrize("sentence", [
    "The bodies of two of the victims were handed over to their families.",
    "Officials said the bodies of four people had been identified so far.",
    "The bodies of the victims were taken to the hospital in the city.",
])
def test_part_of_a_toll_or_no_count_is_no_bodies_claim(sentence):
    assert claims_of(sentence) == []


# ---------------------------------------------------------------- admitted to hospitals with injuries

@pytest.mark.parametrize(("sentence", "low"), [
    ("At least 58 people were admitted to several public hospitals with multiple injuries after the blast.", 58),
    ("Nearly 25 people were taken to three nearby government hospitals with serious injuries.", 22),
    ("Officials said 31 persons were admitted to two hospitals in the city with wounds.", 31),
    ("Forty people were rushed to the main district hospital with burn injuries, police said.", 40),
])
def test_admitted_to_hospitals_with_injuries_is_injured(sentence, low):
    got = claims_of(sentence, "injured")
    assert len(got) == 1 and got[0].value_low == low


def test_admitted_to_hospital_for_tests_is_no_injury():
    assert claims_of("More than 30 people were admitted to the district hospital for tests after the gas leak.",
                     "injured") == []


# ---------------------------------------------------------------- a revised count

@pytest.mark.parametrize(("sentence", "kind", "first", "revised"), [
    ("The police chief at first told reporters that eight armed attackers were gunned down but later revised "
     "the count to seven.", "killed", 8, 7),
    ("Police initially said five were killed but then corrected the figure to six.", "killed", 5, 6),
    ("Officials said 30 people were wounded, and later revised that number to 34.", "injured", 30, 34),
    ("The district officer first put the dead at four, then revised the figure up to nine.", "killed", 4, 9),
])
def test_a_revised_count_is_a_claim_of_its_own(sentence, kind, first, revised):
    assert counts(sentence, kind) == sorted([(first, first), (revised, revised)])


@pytest.mark.parametrize("sentence", [
    "The council revised the budget figure to 300 million rupees.",
    "The ministry revised the number to 40 without saying which count it meant.",
])
def test_a_revised_figure_of_no_casualty_count_is_no_claim(sentence):
    assert claims_of(sentence, None) == []


def test_revised_count_names_the_victims_told_before():
    got = [c for c in claims_of("He said eight armed attackers were shot dead but later revised the count to seven.")
           if c.value_low == 7]
    assert got and got[0].victims == "militants"


# ---------------------------------------------------------------- false tolls

@pytest.mark.parametrize("sentence", [
    "Hospital sources said the death toll could swell as several victims were battling for life.",
    "The toll may rise further as several of the wounded are on ventilators, a doctor said.",
    "Officials warned the number of dead could climb with several people still in critical condition.",
])
def test_a_feared_rise_is_no_toll(sentence):
    assert claims_of(sentence, None) == []


def test_a_toll_that_rose_stays_a_toll():
    assert counts("The death toll rose to 12 as rescuers found more bodies.", "killed") == [(12, 12)]


@pytest.mark.parametrize("sentence", [
    "The death toll might go up because the condition of several injured people was serious, he added.",
    "Doctors said the condition of many wounded soldiers remained critical.",
])
def test_the_condition_of_some_wounded_is_no_injured_toll(sentence):
    assert claims_of(sentence, "injured") == []


def test_the_condition_of_a_counted_number_of_wounded_stays_a_count():
    # an exact number of wounded in critical condition is told (rounds G, J annotate it)
    assert counts("Doctors said the condition of five wounded soldiers remained critical.", "injured") == [(5, 5)]


@pytest.mark.parametrize("sentence", [
    "According to police, 18 people were killed, including several police officials, and at least 87 were injured.",
    "Twelve died, among them two policemen, and 40 others were wounded.",
])
def test_a_subset_of_the_dead_is_not_coordinated_with_the_wounded(sentence):
    got = claims_of(sentence, "injured")
    assert len(got) == 1 and got[0].value_low in (87, 40)


def test_coordinated_groups_of_the_wounded_stay():
    assert counts("Four soldiers and 12 civilians were injured in the attack.", "injured") == [(4, 4), (12, 12)]


# ---------------------------------------------------------------- a quote opening before the verb

@pytest.mark.parametrize(("sentence", "kind", "n"), [
    ("According to the army, three attackers \u201cwere neutralised while entering the base\u201d, it said.", "killed", 3),
    ('The army said four militants "were killed in the exchange of fire".', "killed", 4),
    ("Police said two guards \u201chad been shot dead at the gate\u201d, according to a statement.", "killed", 2),
    ("Officials said 12 people \u201cwere wounded in the blast\u201d on Friday.", "injured", 12),
])
def test_a_quote_opening_before_the_passive_verb(sentence, kind, n):
    assert counts(sentence, kind) == [(n, n)]


def test_a_quoted_negation_is_no_casualty():
    assert claims_of('He said the five men "were never harmed" by the police.', None) == []


# ---------------------------------------------------------------- the second object of one verb

@pytest.mark.parametrize(("sentence", "expected"), [
    ("The group claimed raids that killed eight border guards in April 2015 and 14 border guards in October 2013.",
     [(8, 8), (14, 14)]),
    ("Militants killed five soldiers in Kurram last year and nine policemen in Bannu in 2021.", [(5, 5), (9, 9)]),
    ("The bombers killed 20 worshippers in Quetta in 2013 and another 30 in Peshawar in 2015.", [(20, 20), (30, 30)]),
])
def test_a_second_object_after_the_first_ones_adjunct(sentence, expected):
    assert counts(sentence, "killed") == expected


@pytest.mark.parametrize(("sentence", "killed"), [
    ("Gunmen killed five soldiers in Kabul and 20 people were wounded.", [(5, 5)]),
    ("Drone strikes killed 40 militants in 2010 and 2011 in North Waziristan.", [(40, 40)]),
])
def test_a_new_clause_or_a_second_year_is_no_second_object(sentence, killed):
    assert counts(sentence, "killed") == killed


# ---------------------------------------------------------------- roles

@pytest.mark.parametrize("sentence", [
    "The FO also put the death toll at 12, including nine foreign engineers.",
    "The Foreign Office said 12 people had died in the blast.",
    "Pakistan's foreign office put the number of dead at 11.",
    "The MoFA said four diplomats were wounded in the attack on the mission.",
])
def test_a_foreign_office_is_an_official(sentence):
    got = [c for c in claims_of(sentence, None) if c.kind in ("killed", "injured")]
    assert got and all(c.claimant_role == "official" for c in got)


def test_fo_inside_a_word_is_no_office():
    got = claims_of("Fourteen people were killed, FOX News reported.", "killed")
    assert got and got[0].claimant_role != "official"


@pytest.mark.parametrize(("sentence", "who"), [
    ("At least nine attackers were killed after they stormed the air base before dawn and the assault was "
     "\u201cfoiled\u201d, said a statement released by the Inter-Services Public Relations (ISPR).",
     "Inter-Services Public Relations"),
    ("Four soldiers died in the clash, said a statement issued by the military's media wing on Sunday.", "media wing"),
    ("Six guards were wounded, said a press release put out by the Frontier Corps.", "Frontier Corps"),
])
def test_said_a_statement_released_by_names_its_issuer(sentence, who):
    got = [c for c in claims_of(sentence, None) if c.kind in ("killed", "injured")]
    assert got and who in (got[0].claimant or "") and got[0].claimant_role == "official"


def test_said_a_statement_with_no_issuer_stays_the_reporters():
    got = claims_of("Four soldiers died in the clash, said a statement.", "killed")
    assert got and got[0].claimant_role == "reporter"


@pytest.mark.parametrize("sentence", [
    "People on Tuesday mourned the victims of a Taliban-claimed suicide bombing in the city, as the death toll rose to 15.",
    "Residents buried the dead of an IS-claimed attack on the mosque, where the toll reached 40.",
    "Crowds gathered outside the ISKP\u2011claimed blast site after the number of dead rose to 22.",
])
def test_a_group_claimed_adjective_is_no_claimant(sentence):
    got = claims_of(sentence)
    assert got and all(c.claimant_role == "reporter" for c in got)


def test_a_group_that_claimed_the_attack_stays_a_claimant():
    got = claims_of("The TTP claimed the bombing, saying 15 soldiers were killed.")
    assert got and got[0].claimant_role == "perpetrator"


@pytest.mark.parametrize(("sentence", "who"), [
    ("The agency quoted prosecutor Ali Rezaei confirming the news on Thursday saying two other guards were injured.",
     "prosecutor Ali Rezaei"),
    ("State media quoted the governor speaking to reporters in the city as saying five soldiers were killed.",
     "the governor"),
    ("The news agency quoted the interior minister announcing the new toll on Friday as saying 14 people had died.",
     "the interior minister"),
])
def test_x_quoted_y_doing_something_saying_n_is_ys_figure(sentence, who):
    got = [c for c in claims_of(sentence, None) if c.kind in ("killed", "injured")]
    assert got and got[0].claimant == who and got[0].claimant_role == "official"
