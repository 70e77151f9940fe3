"""Extraction and role phenomena of rounds N and O, each told in several phrasings of our own, with a near
miss that must not change: a list point without a full stop; manners of death ("burnt to death", "stoned to
death", "lynched"); a box-drawing dash around an aside; a count whose casualty verb is a later predicate ("were
pulled off a bus ... and shot dead"); a family's loss ("we lost 10 members of our family"); a running total
("bringing the total to 25 victims") and its increments; a figure doubted or denied; places counted after a
preposition; a vague group joined to a counted one; one named victim "and his family"; a revision told with a
pronoun in the same sentence; "less than a 1,000"; a bracketed alias ("Daesh [IS] fighters"); fighters "of
GROUP (ACR) are operating from"; the dead of a first clause not read as the wounded of the second; a heading's
last word before a lead; an abbreviation inside a toll's gap. Roles: a state as speaker, a rank without its
full stop, a defence department's report, a capitalised "States" in a name, an acronym in brackets, a relative
clause of place inside the speaker, "had originally said", a day after the verb, a research institute's own
study.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted, values


def _claims(text, kind=None, published="2019-05-12", publisher="Test Wire"):
    return extracted(text, kind, published, publisher, "t.txt")


# --- 1. a point of a bulleted list, unpunctuated --------------------------------------------------------------

_PAGE = ("Market blast in the old city\n\nA bomb went off in a crowded market on Sunday morning.\n\nKey points\n"
         "{line}\nPolice sealed off the area\n")


@pytest.mark.parametrize("line, kind, low, high", [
    ("At least 11 people have died in the blast and 40 others have been hurt", "killed", 11, None),
    ("At least 11 people have died in the blast and 40 others have been hurt", "injured", 40, 40),
    ("Nine shoppers were killed when the device went off near the fruit stalls", "killed", 9, 9),
    ("The provincial health office says that 23 of the wounded are in a critical state", "injured", None, None),
])
def test_a_list_point_without_a_full_stop_is_read(line, kind, low, high):
    got = values(_claims(_PAGE.format(line=line), kind))
    if low is None:
        assert got == []  # (a part of the wounded, no toll: the line is read, its shape gives none)
    else:
        assert (low, high) in got


def test_a_short_heading_line_stays_a_heading():
    page = _PAGE.format(line="Two suspects held")
    assert _claims(page, "killed") == [] and _claims(page, "injured") == []


# --- 2. manners of death ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, low", [
    ("Three women and two children were burnt to death after their vehicle caught fire.", 3),
    ("Three women and two children were burnt to death after their vehicle caught fire.", 2),
    ("Four shepherds were stoned to death by the mob.", 4),
    ("Two detainees were reportedly tortured to death in custody.", 2),
    ("At least six men were lynched by an angry crowd after the bombing.", 6),
    ("Seven farmers were shot to death at a checkpoint.", 7),
])
def test_a_manner_of_death_is_a_toll(sentence, low):
    assert low in [lo for lo, _ in values(_claims(sentence, "killed"))]


def test_nearly_burnt_to_death_is_no_toll():
    assert _claims("Two men were nearly burnt to death when the fuel tanker exploded.", "killed") == []


# --- 3. a box-drawing dash around an aside ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind, low", [
    ("Five guards \u2500 three locals and two foreigners \u2500 were killed in the raid.", "killed", 5),
    ("Eight people \u2500 among them two police officers \u2500 were injured as the gunmen fled.", "injured", 8),
    ("Six workers \u2015 all of them from the same village \u2015 were killed.", "killed", 6),
])
def test_a_box_drawing_dash_closes_an_aside(sentence, kind, low):
    assert low in [lo for lo, _ in values(_claims(sentence, kind))]


# --- 4. the casualty verb as a later predicate of the count ----------------------------------------------------

@pytest.mark.parametrize("sentence, kind, low, high", [
    ("At least 14 passengers were forcibly pulled off a bus on the coastal road and shot dead by gunmen.", "killed", 14, None),
    ("Six aid workers were abducted on Monday and later killed by their captors.", "killed", 6, 6),
    ("Nine miners were dragged from their camp near the border and executed.", "killed", 9, 9),
    ("Eleven labourers were lined up against a wall, and shot dead.", "killed", 11, 11),
    ("Four guards were tied up by the attackers and then wounded with knives.", "injured", 4, 4),
])
def test_a_later_predicate_gives_the_toll(sentence, kind, low, high):
    assert (low, high) in values(_claims(sentence, kind))


@pytest.mark.parametrize("sentence", [
    "Twenty passengers were pulled off a bus and released unharmed.",
    "Twelve men were detained on Monday and police were later attacked by a mob.",
    "Thirty students were evacuated, while the gunmen killed the guard.",
])
def test_no_later_casualty_predicate_no_toll_of_those_counted(sentence):
    got = values(_claims(sentence, "killed")) + values(_claims(sentence, "injured"))
    assert not any(lo in (20, 12, 30) for lo, _ in got)


# --- 5. a family's loss ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, low", [
    ("\u201cWe lost 10 members of our family,\u201d her brother said.", 10),
    ("He lost three sons in the strike on the house.", 3),
    ("The family has lost nine relatives since the drone strike.", 9),
    ("She buried four of her children after the raid.", 4),
])
def test_a_family_loss_is_a_toll(sentence, low):
    got = _claims(sentence, "killed")
    assert low in [c.value_low for c in got]
    assert all(c.victims != "soldiers" for c in got)


@pytest.mark.parametrize("sentence", [
    "The convoy lost 20 vehicles in the ambush.",
    "The team lost three matches in a row.",
])
def test_a_loss_of_things_is_no_toll(sentence):
    assert _claims(sentence, "killed") == []


# --- 6. a running total and its increments ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind, low", [
    ("One more staff member was confirmed dead and two additional patients died, bringing the total to 25 victims.",
     "killed", 25),
    ("Three more bodies were pulled from the rubble on Monday, taking the death toll to 40.", "killed", 40),
    ("Two of the injured died overnight, raising the number of dead to 31.", "killed", 31),
    ("Another six people were hurt in a second blast, bringing the number of wounded to 60.", "injured", 60),
])
def test_a_running_total_is_the_toll(sentence, kind, low):
    assert low in [lo for lo, _ in values(_claims(sentence, kind))]


@pytest.mark.parametrize("sentence, increments", [
    ("One more staff member was confirmed dead and two additional patients died, bringing the total to 25 victims.", (1, 2)),
    ("Three more bodies were pulled from the rubble on Monday, taking the death toll to 40.", (3,)),
    ("Another six people were hurt in a second blast, bringing the number of wounded to 60.", (6,)),
])
def test_the_increments_of_a_running_total_are_no_toll(sentence, increments):
    got = [lo for lo, _ in values(_claims(sentence, "killed")) + values(_claims(sentence, "injured"))]
    assert not any(n in got for n in increments)


def test_a_running_total_of_other_things_is_no_toll():
    assert _claims("The ministry opened three new clinics, bringing the total to 40.", "killed") == []


def test_more_dead_without_a_running_total_stay_a_toll():
    assert (5, 5) in values(_claims("Five more people were killed in the shelling on Tuesday.", "killed"))


# --- 7. a figure doubted or denied -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "\u201cWe did not kill up to 90 civilians as has been claimed,\u201d a military official said.",
    "The army denied killing 30 villagers in the raid.",
    "Officials remain skeptical that even 100 people died in the strike.",
    "Commanders never killed 40 civilians, the spokesman insisted.",
])
def test_a_figure_doubted_or_denied_is_no_claim(sentence):
    assert _claims(sentence, "killed") == []


def test_a_figure_told_beside_a_doubt_stays():
    got = values(_claims("The villagers say 147 were killed, but officials doubt that even 100 died.", "killed"))
    assert (147, 147) in got and not any(lo == 100 for lo, _ in got)


# --- 8. places counted after a preposition ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Investigators say 140 civilians in two family compounds were killed during the battle.",
    "Rescuers said residents in three apartment blocks were injured by flying glass.",
])
def test_places_after_a_preposition_are_no_victims(sentence):
    got = values(_claims(sentence, "killed")) + values(_claims(sentence, "injured"))
    assert not any(lo in (2, 3) for lo, _ in got)


@pytest.mark.parametrize("sentence, low", [
    ("The operation resulted in 12 militant deaths, the army said.", 12),
    ("The city morgue had taken in 30 bodies by the evening.", 30),
])
def test_a_count_of_the_dead_after_a_preposition_stays(sentence, low):
    assert low in [lo for lo, _ in values(_claims(sentence, "killed"))]


# --- 9. a vague group joined to a counted or named one ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The attack destroyed the clinic and at least 27 nurses and several patients suffered injuries.",
    "The ambassador and several other diplomats were wounded in the blast.",
    "The district chief and a handful of his guards were hurt.",
])
def test_a_vague_companion_is_no_count(sentence):
    assert not any(c.value_low in (3, 2) and c.value_high in (9, 5) for c in _claims(sentence, "injured"))


def test_a_vague_count_of_its_own_clause_stays():
    assert (3, 9) in values(_claims("Four people were killed and several people were seriously wounded.", "injured"))


# --- 10. one named victim "and his family" ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The strike mistakenly killed an aid worker, Rahim Gul, and his extended family.",
    "Witnesses said the shell killed a teacher and her family.",
])
def test_one_victim_and_his_family_is_no_toll_of_one(sentence):
    assert (1, 1) not in values(_claims(sentence, "killed"))


def test_one_victim_and_a_guard_stays():
    assert (1, 1) in values(_claims("The gunmen killed a judge and a guard outside the court.", "killed"))


# --- 11. a revision told with a pronoun in the same sentence ---------------------------------------------------

@pytest.mark.parametrize("sentence, low", [
    ("The command first conceded that five civilians were killed, and later revising that up to seven.", 7),
    ("Officials said 12 people were wounded, then raised it to 19.", 19),
    ("The army said four soldiers were killed, later revising the figure to six.", 6),
])
def test_a_revision_with_a_pronoun_takes_the_first_figure_kind(sentence, low):
    got = _claims(sentence)
    first = next(c for c in got if c.kind in ("killed", "injured"))
    assert any(c.kind == first.kind and c.value_low == low and c.value_high == low for c in got)


def test_a_revised_plan_is_no_toll():
    got = _claims("Five civilians were killed, and the army is revising that plan to 2025.", "killed")
    assert values(got) == [(5, 5)]


# --- 12. "less than a 1,000" -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "At the time the group was estimated to number less than a 1,000 fighters.",
    "The branch was thought to have fewer than a 1,000 fighters in the east.",
])
def test_an_article_after_less_than(sentence):
    assert (0, 999) in values(_claims(sentence, "strength"))


def test_less_than_without_an_article_is_unchanged():
    assert (0, 999) in values(_claims("The branch was estimated to number less than 1,000 fighters.", "strength"))


# --- 13. a bracketed alias inside the victims' noun phrase -----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "\u201cAt least 92 Daesh [Isis] fighters were killed in the bombing,\u201d the governor said.",
    "At least 92 Daesh (IS) fighters were killed in the bombing.",
])
def test_a_bracketed_alias_keeps_the_count(sentence):
    got = _claims(sentence, "killed")
    assert [(c.value_low, c.value_high, c.victims) for c in got] == [(92, None, "militants")]


# --- 14. fighters of a group with its acronym, "are operating from" ---------------------------------------------

@pytest.mark.parametrize("sentence, low, high", [
    ("About 6,000 fighters of Tehreek-i-Taliban Pakistan (TTP) are operating from the Afghan side of the border.",
     5400, 6600),
    ("Roughly 2,000 militants of Islamic State Khorasan Province (ISKP) are active in Kunar.", 1800, 2200),
    ("Some 500 terrorists of Lashkar-e-Islam (LeI) operate from Tirah valley.", 450, 550),
])
def test_fighters_of_a_group_where_they_operate(sentence, low, high):
    assert (low, high) in values(_claims(sentence, "strength"))


def test_people_operating_shops_are_no_strength():
    assert _claims("About 6,000 refugees are operating shops in Peshawar.", "strength") == []


# --- 15. the dead of a first clause are not the wounded of the second ------------------------------------------

@pytest.mark.parametrize("sentence", [
    "In all, eight sailors and two Rangers embraced martyrdom while at least 20 more were wounded.",
    "Six guards lost their lives in the assault while at least 15 others, mostly police, were injured.",
])
def test_the_dead_are_not_read_as_wounded(sentence):
    got = values(_claims(sentence, "injured"))
    assert all(lo in (20, 15) for lo, _ in got) and got


# --- 16. a heading's last word is not read before the lead's count ---------------------------------------------

def test_a_heading_word_does_not_void_the_lead():
    text = ("14 passengers offloaded, shot dead on Makran Coastal Highway\n"
            "At least 14 passengers were forcibly pulled off a bus near the coast and shot dead by gunmen.\n")
    assert (14, None) in values(_claims(text, "killed"))


# --- 17. an abbreviation inside a toll's gap -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, low", [
    ("The group said the death toll from the Oct. 3 attack on the hospital now stands at 23.", 23),
    ("The toll from Gen. Rahimi's convoy ambush has risen to 17.", 17),
])
def test_an_abbreviation_in_the_gap_keeps_the_toll(sentence, low):
    assert (low, low) in values(_claims(sentence, "killed"))


# --- roles ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, role", [
    ("The United Arab Emirates said on Wednesday that five of its diplomats were killed in a bombing.", "official"),
    ("Pakistan has confirmed the killing of four of its engineers in the attack.", "official"),
    ("Lt Gen Hasan said that 22 insurgents had also been killed in the raid.", "official"),
    ("A 2019 DoD report estimates the group to number less than 2,000 fighters.", "official"),
    ("As many as 36 militants were killed when the United States dropped the bomb, the defence ministry said.",
     "official"),
    ("\u201cAt least 92 Daesh (IS) fighters were killed in the bombing,\u201d district governor Rahmat Ali told AFP.",
     "official"),
    ("Rahmat Ali, the governor of the district, where the bomb fell, said: \u201cAt least 92 fighters were killed.\u201d",
     "official"),
    ("US forces had originally said seven civilians were killed in the raid.", "official"),
])
def test_the_claimant_role(sentence, role):
    got = [c for c in _claims(sentence) if c.kind in ("killed", "injured", "strength")]
    assert got and {c.claimant_role for c in got} == {role}, [(c.claimant, c.claimant_role) for c in got]


def test_a_day_after_the_verb_is_no_claimant():
    got = _claims("The charity, which runs the clinic, says in a statement Friday that the death toll now stands at 23.",
                  "killed")
    assert got and all(c.claimant != "Friday" for c in got)


@pytest.mark.parametrize("publisher, role", [
    ("Institute for Peace Studies", "researcher"),
    ("United Nations Assistance Mission", "international_org"),
    ("Daily Frontier Times", "reporter"),
    ("Conflict Tracker (New Gazette copy)", "reporter"),
])
def test_a_publishers_own_study_speaks_in_its_role(publisher, role):
    got = _claims("The branch now has around 2,500 fighters, concentrated in the east.", "strength",
                  publisher=publisher)
    assert got and {c.claimant_role for c in got} == {role}


@pytest.mark.parametrize("who", ["Gen Z activists", "the Member States"])
def test_a_capitalised_verb_in_a_name_is_no_reporting_verb(who):
    got = _claims(f"Twelve people were killed when {who} gathered, police said.", "killed")
    assert got and all(c.claimant_role == "official" for c in got)
