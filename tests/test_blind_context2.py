"""Event context phenomena of the blind round 3c: a report telling two attacks (its lead naming only
a region of the country), sentences going on with the story told just before, provinces named in an
office's title, dates of cited sources, cargo destinations, and "Earlier, ... in an attack".

Every report here is invented for this file (made-up tolls in real places); none is copied.
"""

from __future__ import annotations

import datetime as dt

import pytest
from phenomena_helpers import context_of, extracted, one, place_of

from reconcile.extract.dates import find_dates


def claims(text: str, kind: str | None = "killed", published: str = "2021-05-08"):
    return extracted(text, kind, published, "Desk Wire", "report.txt")


# --------------------------------------------------------------------------- two attacks in one report

TWO_ATTACKS = (
    "QUETTA, Pakistan - At least 61 people died when a bomber struck a wedding party in southwestern Pakistan.\n\n"
    "Police said that earlier a grenade attack hit a police post in the northern town of Bannu.\n\n"
    "They said the attack killed two constables and wounded five others.\n\n"
    "Then, hours later, a bomber killed dozens of guests at a wedding hall in the town of Mastung.\n\n"
    "Witnesses said the bomber walked into the crowded hall and set off his vest, killing more than 50 people, "
    "among them the Balochistan provincial assembly member Karim Ali.\n"
)


def test_a_lead_naming_a_region_is_not_placed_in_a_town_outside_that_region():
    # the lead says "southwestern Pakistan": Bannu (in the north) is another attack, and the
    # dateline's city is only where the report was filed
    assert context_of(TWO_ATTACKS, "At least 61")[1] == "Pakistan"


def test_a_sentence_going_on_with_the_attack_told_just_before_keeps_its_town():
    assert context_of(TWO_ATTACKS, "killed two constables")[1] == "Bannu"
    assert context_of(TWO_ATTACKS, "set off his vest")[1] == "Mastung"


def test_hours_later_after_a_story_without_a_date_gets_no_date():
    date, place = context_of(TWO_ATTACKS, "hours later")
    assert (date, place) == (None, "Mastung")


def test_hours_later_counts_from_the_day_told_just_before():
    text = ("A roadside bomb killed four soldiers in Kech on Monday, officials said.\n\n"
            "Hours later, gunmen killed two policemen in Turbat.\n")
    assert context_of(text, "Hours later", "2021-05-12") == ("2021-05-10", "Turbat")


@pytest.mark.parametrize("lead, town, expected", [
    # a town inside the region the lead names refines it
    ("At least 30 people were killed in a suicide attack in northern Afghanistan.",
     "The bomber struck a market in the city of Kunduz.", "Kunduz"),
    ("A blast killed 12 worshippers in southwestern Pakistan.",
     "The bomb went off in a mosque in the town of Chaman.", "Chaman"),
    # a town outside it does not
    ("At least 30 people were killed in a suicide attack in northern Afghanistan.",
     "Separately, a bomb went off at a checkpoint in the southern city of Kandahar.", "Afghanistan"),
    ("Nine people died in an ambush in eastern Afghanistan.",
     "A mine also went off near Lashkar Gah.", "Afghanistan"),
])
def test_a_regional_lead_is_refined_only_by_a_town_inside_the_region(lead, town, expected):
    text = f"KABUL, Afghanistan - {lead}\n\n{town}\n" if "Afghanistan" in lead else f"{lead}\n\n{town}\n"
    assert context_of(text, lead[:12])[1] == expected


def test_a_dateline_still_places_a_lead_that_names_only_the_country():
    text = "KABUL, Afghanistan - A car bomb killed eight people outside a ministry in Afghanistan on Tuesday.\n"
    assert context_of(text, "car bomb")[1] == "Kabul"


def test_a_recalled_attack_is_not_the_story_a_sentence_goes_on_with():
    text = ("A bomb killed six people in a market in Quetta on Friday.\n\n"
            "It came a week after a blast in Zhob killed three.\n\n"
            "Police said the attack in the market killed six and wounded 20.\n")
    assert context_of(text, "wounded 20")[1] == "Quetta"


# --------------------------------------------------------------------------- a province in an office's title

@pytest.mark.parametrize("sentence", [
    "The blast killed 14 people, among them the Sindh provincial assembly candidate Ali Khan.",
    "The Punjab chief minister said nine people had died.",
    "Seven people were killed, the Balochistan police chief told reporters.",
    "The Home Minister of Balochistan said 22 people were killed.",
    "Five were killed, the Khyber Pakhtunkhwa government spokesman said.",
])
def test_a_province_in_an_office_title_is_no_event_place(sentence):
    assert place_of(sentence) is None


@pytest.mark.parametrize("sentence, place", [
    ("A bomb killed 14 people in Sindh.", "Sindh"),
    ("The blast in Balochistan province killed 22.", "Balochistan"),
    ("The Punjab chief minister said nine people had died in a blast in Lahore.", "Lahore"),
    ("The candidate of the Balochistan Awami Party was among 20 killed in Mastung.", "Mastung"),
])
def test_a_province_where_it_happened_stays_a_place(sentence, place):
    assert place_of(sentence) == place


def test_a_party_named_after_a_province_is_no_place():
    assert place_of("Twenty people, including a leader of the Balochistan Awami Party, were killed.") is None


# --------------------------------------------------------------------------- dates that date nothing

@pytest.mark.parametrize("sentence", [
    "The group said it killed 40 soldiers (Some Daily, March 22).",
    "The group said it killed 40 soldiers (Frontier Post, 22 March 2022).",
    "The group said it killed 40 soldiers, India Today reported.",
    "The group said it killed 40 soldiers, according to USA Today.",
])
def test_a_cited_source_date_and_a_paper_named_today_are_no_dates(sentence):
    assert find_dates(sentence, 0, len(sentence), dt.date(2022, 10, 7)) == []


@pytest.mark.parametrize("sentence, value", [
    ("The bomb went off on Tuesday (March 22), killing 40.", "2022-03-22"),
    ("Today, officials said the toll had reached 40.", "2022-10-07"),
    ("Officials said on March 22 that 40 soldiers had been killed.", "2022-03-22"),
])
def test_dates_that_date_something_stay(sentence, value):
    assert value in [d.value for d in find_dates(sentence, 0, len(sentence), dt.date(2022, 10, 7))]


def test_a_claim_after_a_dated_sentence_takes_its_date_not_a_citation_date():
    text = ("In February, the group attacked two army camps in Panjgur. The group said it had killed 90 soldiers, "
            "a figure the army denied (Some Daily, March 22).\n")
    assert context_of(text, "90 soldiers", "2022-10-07") == ("2022-02", "Panjgur")


# --------------------------------------------------------------------------- a cargo's destination

@pytest.mark.parametrize("sentence", [
    "Three drivers were killed when a convoy carrying flour and other supplies to Parachinar came under fire.",
    "Four guards died when trucks ferrying medicine to the town of Parachinar were ambushed.",
])
def test_where_a_cargo_was_going_is_no_event_place(sentence):
    assert place_of(sentence) is None


def test_a_cargo_convoy_attacked_somewhere_keeps_that_place():
    s = "Three drivers were killed when a convoy carrying flour to the valley was attacked in Parachinar."
    assert place_of(s) == "Parachinar"


# --------------------------------------------------------------------------- "Earlier, ... in an attack"

MAIN = "Militants stormed an army camp in Panjgur on Wednesday, and the group claimed it killed 80 soldiers.\n\n"


@pytest.mark.parametrize("tail", [
    "Earlier, 10 soldiers were killed in an attack by rebels.",
    "Previously, six policemen died in a roadside bombing.",
    "Before that, four soldiers were killed in an ambush near the border.",
])
def test_earlier_with_an_attack_of_its_own_is_another_attack(tail):
    assert context_of(MAIN + tail, tail[:12], "2022-02-03") == (None, None)


@pytest.mark.parametrize("tail", [
    "Earlier, the army said the attack had killed four militants.",
    "Earlier, officials said that 12 soldiers had died in the assault on the camp.",
])
def test_earlier_with_a_statement_about_the_attack_stays_the_report_s_own(tail):
    assert context_of(MAIN + tail, tail[:12], "2022-02-03")[1] == "Panjgur"


def test_earlier_another_attack_claim_is_extracted_with_no_borrowed_place():
    got = one(claims(MAIN + "Earlier, 10 soldiers were killed in an attack by rebels.\n", published="2022-02-03"), 10)
    assert got and got[0].place is None


# --------------------------------------------------------------------------- two attacks in one sentence

def test_and_hours_later_splits_a_sentence_telling_two_attacks():
    text = ("LAHORE, March 3 (Desk Wire) - A bomber struck a shrine in Sehwan on Friday, killing at least 40 people, "
            "and hours later a second bomb at a market in Bannu killed three shoppers, police said.\n")
    got = claims(text, published="2023-03-03")
    assert one(got, 40)[0].place == "Sehwan"
    assert one(got, 3)[0].place == "Bannu"


@pytest.mark.parametrize("sentence", [
    "Thirty others were wounded and taken to hospitals in Mastung and Quetta.",
    "The injured were rushed to a hospital in Quetta.",
    "Survivors were airlifted to two military hospitals in Peshawar.",
])
def test_the_hospital_town_the_wounded_were_taken_to_is_no_event_place(sentence):
    assert place_of(sentence) is None


def test_a_bomb_at_a_hospital_keeps_its_town():
    assert place_of("A bomb went off at a hospital in Quetta, killing five.") == "Quetta"


# --------------------------------------------------------------------------- a quarter of a city

@pytest.mark.parametrize("sentence", [
    "A bomb outside a school in Dasht-e-Barchi killed 30 students.",
    "Gunmen stormed a clinic in the Dasht-i-Barchi area, killing 16.",
    "Bombs hit a clinic in Kabul's western district of Dasht-e-Barchi.",
])
def test_a_quarter_of_a_city_is_placed_in_its_city(sentence):
    assert place_of(sentence) == "Kabul"


def test_a_rural_district_of_a_province_stays_itself():
    assert place_of("A roadside bomb killed four in Paghman district.") == "Paghman"


@pytest.mark.parametrize("lead, town, expected", [
    ("A car bomb killed 11 policemen in western Pakistan.", "The bomb went off outside a police station in Bajaur.",
     "Bajaur"),
    ("Gunmen killed seven travellers in southeastern Iran.", "They stopped a bus near Zahedan.", "Zahedan"),
    ("A bomb killed 15 people at a shrine in southern Pakistan.", "The shrine lies in the town of Sehwan.", "Sehwan"),
])
def test_a_region_as_reporters_draw_it_takes_its_towns(lead, town, expected):
    assert context_of(f"{lead}\n\n{town}\n", lead[:12])[1] == expected
