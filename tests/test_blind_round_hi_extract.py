"""Rounds H and I: claimant roles and extraction phenomena.

All sentences are invented for these tests (no text of the real reports).
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted, one


def _claims(text, kind=None, published="2023-03-14"):
    return extracted(text, kind, published, "Test Wire", "t.txt")


def _vals(text, kind="killed", published="2023-03-14"):
    return sorted((c.value_low, c.value_high) for c in _claims(text, kind, published))


def _role_of(text, low, kind="killed", published="2023-03-14"):
    got = one(_claims(text, kind, published), low)
    assert got, [(c.value_low, c.claimant) for c in _claims(text, None, published)]
    return got[0].claimant_role, got[0].claimant


# --- 1. roles ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, low, role", [
    # a "with X raising/putting/claiming" clause: X speaks for the figures of its clause
    ("A car bomb hit a market on Monday, with the health ministry raising the toll on Tuesday from six to nine.",
     9, "official"),
    ("Gunmen stormed the post overnight, with police putting the number of dead at 14.", 14, "official"),
    ("Fighting raged for two days, with the separatist group claiming to have killed more than 40 soldiers.",
     41, "perpetrator"),
    ("The camp was shelled at dawn, with residents saying 23 people were killed.", 23, "unknown"),
    # "X raised / revised the toll to N": the subject speaks
    ("Early accounts spoke of three dead, but on Friday the provincial governor raised the toll to seven.",
     7, "official"),
    ("Local media first reported two deaths; later the army revised its death toll to five.", 5, "official"),
    # a source in a preamble clause: "what emerges from the X statements is that"
    ("What emerges from the army's statements is that 12 soldiers were killed in the ambush.", 12, "official"),
    ("What one learns from the ISPR statements is that nine militants were killed.", 9, "official"),
    # a dateline with a double hyphen before the speaker
    ("QUETTA, May 3 -- Police said 14 people were killed in the blast.", 14, "official"),
    # a group that "initially posted" its own dead
    ("The rebel group BLA initially posted the names of 11 of its fighters who were killed in the raid.", 11,
     "perpetrator"),
])
def test_claimant_roles(sentence, low, role):
    got, who = _role_of(sentence, low)
    assert got == role, who


def test_with_clause_does_not_speak_for_figures_before_it():
    # the figure before the "with" clause stays the reporter's
    claims = _claims("The raids left dozens dead, with the group claiming to have killed over 100 troops.", "killed")
    assert one(claims, 24)[0].claimant_role == "reporter"
    assert one(claims, 101)[0].claimant_role == "perpetrator"


def test_with_clause_near_miss_no_speaker():
    # "with the toll rising": no speaker in the with clause
    got, _ = _role_of("Two blasts hit the city, with the toll rising to 30 by nightfall.", 30)
    assert got == "reporter"


def test_maintains_before_a_figure_is_no_reporting_verb():
    claims = _claims("The United Nations reports that the group maintains around 3,000 fighters in the region.",
                     "strength")
    assert claims and claims[0].claimant_role == "international_org"


def test_undated_report_naming_a_recent_year_reads_the_taliban_as_authorities():
    text = ("In March 2024 a bomb went off outside a bank in Herat. The Taliban said only four were killed in the "
            "attack, while doctors put the toll at 15.")
    got, _ = _role_of(text, 4, published=None)
    assert got == "official"


def test_undated_report_of_the_insurgency_keeps_the_taliban_as_perpetrators():
    text = "The Taliban said 12 soldiers were killed in their attack on the base in 2016."
    got, _ = _role_of(text, 12, published=None)
    assert got == "perpetrator"
    # a recent year only in a reference list does not date the report
    got, _ = _role_of(text + "\n3. ^ Retrieved 2023-05-01.", 12, published=None)
    assert got == "perpetrator"


# --- 2. missed claims ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind, expected", [
    # "another N wounded", "an additional N wounded" after a cue word
    ("A blast at a gym killed 12 people and left another 40 wounded, police said.", "injured", (40, 40)),
    ("The ministry put the toll at nine dead and another 25 wounded.", "injured", (25, 25)),
    ("Children were among the dead, with an additional 17 wounded, a spokesman said.", "injured", (17, 17)),
    ("Six people died and a further 11 injured were taken to hospital.", "injured", (11, 11)),
    # "put fatalities at N"
    ("Police said five people died, but a hospital source put fatalities far higher at 20.", "killed", (20, 20)),
    ("Tribal elders put the deaths at 31.", "killed", (31, 31)),
    # "tens" as a vague quantity, quoted or not
    ("\u201cTens\u201d were killed, said the council.", "killed", (20, 99)),
    ("The council said \"tens\" were killed in the bombing.", "killed", (20, 99)),
    ("The shelling killed tens of civilians.", "killed", (20, 99)),
    # a quote mark between a hedge and its number
    ("The general said at least \"five militants\" were killed in the raid.", "killed", (5, None)),
    # "neutralised N cadres"
    ("Troops neutralised 14 BLA cadres in the operation, the army said.", "killed", (14, 14)),
])
def test_missed_claims_now_read(sentence, kind, expected):
    assert expected in _vals(sentence, kind)


@pytest.mark.parametrize("sentence, expected", [
    ("Among the four killed were two employees of the charity, a guard and a soldier.", (2, 2)),
    ("Among the dead, 15 soldiers were from the Rajput regiment while two were from the Sikh regiment.", (2, 2)),
    ("Among the dead, 15 soldiers were from the Rajput regiment while two were from the Sikh regiment.", (15, 15)),
    ("Among the martyrs are seven girls and one boy, officials said.", (7, 7)),
    ("Among the martyrs are seven girls and one boy, officials said.", (1, 1)),
    ("The police chief confirmed that four constables were among the martyred.", (4, 4)),
    ("The blast resulted in the deaths of seven children and a teacher, and left 34 others injured.", (1, 1)),
    ("The blast claimed the lives of six pupils, along with two security personnel, and left 50 others injured.",
     (2, 2)),
])
def test_breakdowns_and_among_forms(sentence, expected):
    assert expected in _vals(sentence)


def test_breakdown_second_group_keeps_the_first_groups_victims():
    got = {(c.value_low, c.victims) for c in _claims(
        "Among the dead, 15 soldiers were from the Rajput regiment while two were from the Sikh regiment.", "killed")}
    assert (2, "soldiers") in got


# --- 3. near-misses that must not change ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("Tens of thousands of people marched in the city.", "killed"),
    ("Tens of millions of people were affected by the floods.", "killed"),
    ("The charity hired another 40 wounded veterans.", "injured"),
    ("Police neutralised two bombs near the market.", "killed"),
    ("Doctors put casualties at 40.", "killed"),
    ("Doctors put casualties at 40.", "injured"),
])
def test_near_misses_give_no_claim(sentence, kind):
    assert _claims(sentence, kind) == []


def test_among_the_victims_wounded_is_no_death():
    assert _vals("Among the victims, 30 were wounded.", "killed") == []


def test_bodies_taken_to_hospital_are_no_wounded():
    text = "At least seven bodies were also taken to the city hospital, while two bodies were shifted to the morgue."
    assert _claims(text, "injured") == []
    assert (7, None) in _vals(text)


def test_list_of_the_dead_after_a_wounding_verb_is_not_wounded():
    text = ("While troops killed 21 militants and wounded several others, 10 soldiers and four policemen lost their "
            "lives in the clearance operation.")
    assert (10, 10) not in _vals(text, "injured")
    assert (10, 10) in _vals(text)


def test_list_after_a_wounding_verb_stays_wounded():
    text = "The blast wounded 20 people, 10 soldiers and five police, officials said."
    assert {(20, 20), (10, 10), (5, 5)} <= set(_vals(text, "injured"))
