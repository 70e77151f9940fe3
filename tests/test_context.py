"""Event context of a claim: which date and which place of a report are its event's.

Sentences written for this file. ``context_of`` runs the real segmenter and
``context.ContextReader`` on one invented report and returns the (date, place) the
reader gives the sentence that contains ``needle``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.extract import context
from reconcile.extract.segment import segment


def context_of(text: str, needle: str, published: str = "2022-05-13"):
    sentences = segment(text)
    reader = context.ContextReader(text, sentences, dt.date.fromisoformat(published))
    for i, s in enumerate(sentences):
        if needle in text[s.start : s.end]:
            date, place = reader.event_context(i)
            return (date.value if date else None, date.precision if date else None,
                    place.name if place else None)
    raise AssertionError(f"{needle!r} not in any sentence")


def place_of(sentence: str) -> str | None:
    p = context.best_place(sentence, 0, len(sentence))
    return p.name if p else None


# --------------------------------------------------------------------------- places

@pytest.mark.parametrize("sentence, place", [
    ("Gunmen stormed a shrine in Afghanistan's northern Balkh province on Monday.", "Balkh"),
    ("A bomb went off at a market in Khyber Pakhtunkhwa's Bannu district.", "Bannu"),
    ("A bomb went off at a market in Khyber Pakhtunkhwa's (KP) Bannu district.", "Bannu"),
    ("Two rockets hit a school in Balochistan province's Mastung district.", "Mastung"),
    ("Bombs hit a clinic in Kabul's western district of Dasht-e-Barchi.", "Kabul"),  # a city owns its quarters
    ("Six wounded guards were flown to Peshawar after the blast in Bajaur.", "Bajaur"),
    ("The bus was travelling to Quetta from Mastung when the bomb exploded.", "Mastung"),
    ("A week after the attack in Kunduz, bombers struck a mosque in Kandahar.", "Kandahar"),
])
def test_the_place_where_it_happened(sentence, place):
    assert place_of(sentence) in (place, f"{place} Province")


@pytest.mark.parametrize("sentence", [
    "A police officer told Agence France-Presse that nine people had died.",
    "The provincial governor told Pakistan Today that nine people had died.",
])
def test_a_news_outlet_is_no_place(sentence):
    assert place_of(sentence) is None


# --------------------------------------------------------------------------- dates of one sentence

@pytest.mark.parametrize("sentence, published, value", [
    # a statement's day is not the attack's
    ("In a statement issued on Saturday, the group said its fighter had killed 30 people in Friday's attack.",
     "2022-05-15", "2022-05-13"),
    # a toll update's day is not the attack's; 'a day earlier' counts from the update
    ("The toll from the bombing of a bus in Quetta a day earlier rose to 19 on Wednesday.", "2022-05-18", "2022-05-17"),
    # an explicit date in the toll phrase wins over the day of the revision
    ("Officials on Monday lowered the toll of the March 3 shrine bombing to 41.", "2022-03-07", "2022-03-03"),
    # a background year and the year of the attack
    ("The group emerged in the province in 2015 and killed 12 teachers in an ambush in 2019.", "2022-05-13", "2019"),
    # a ministry's day of reporting is not the day of the attack
    ("On Tuesday the ministry had put the toll at 16.", "2022-05-13", None),
    ("Last Friday's bombing in Herat killed 7 people.", "2022-05-13", "2022-05-06"),
    # the day of a report or a count, not of the attack
    ("Officials on Friday said 12 people were killed.", "2022-05-14", None),
    ("By Thursday evening the toll had reached 40.", "2022-05-14", None),
    ("The attack, the deadliest since 2021, killed 30 in Kabul on Monday.", "2022-05-14", "2022-05-09"),
    ("In May last year, a blast in Herat killed 7 people.", "2022-10-13", "2021-05"),
])
def test_the_date_a_sentence_gives_its_event(sentence, published, value):
    pub = dt.date.fromisoformat(published)
    c = context.sentence_context(sentence, 0, len(sentence), pub)
    assert (c.date.value if c.date else None) == value


def test_a_future_day_does_not_date_anything():
    sentence = "The talks, scheduled for Thursday, were called off."
    c = context.sentence_context(sentence, 0, len(sentence), dt.date(2022, 5, 13))
    assert c.date is None


# --------------------------------------------------------------------------- inherited context

def test_a_toll_inherits_the_date_and_place_of_its_paragraph():
    text = ("A car bomb exploded near a police station in Jalalabad on Wednesday. "
            "Hospital staff said 14 people had died.")
    assert context_of(text, "14 people", "2022-05-13") == ("2022-05-11", "day", "Jalalabad")


def test_a_background_date_in_the_paragraph_is_not_inherited():
    text = ("A bomb struck a bus in Herat on Thursday. "
            "The group has grown in the west since it was founded in 2016. "
            "Police said 8 passengers were killed.")
    assert context_of(text, "8 passengers", "2022-05-13")[0] == "2022-05-12"


def test_a_toll_in_a_later_paragraph_takes_the_reports_own_event():
    text = ("Blast in Herat\n\nA bomb struck a bus in Herat on Thursday, police said.\n\n"
            "The group also attacked a mosque in Kunduz in March.\n\n"
            "A doctor at the city hospital said 8 passengers were killed.")
    assert context_of(text, "8 passengers", "2022-05-13") == ("2022-05-12", "day", "Herat")


def test_another_attack_keeps_its_own_place_and_no_borrowed_date():
    text = ("A bomb struck a bus in Herat on Thursday, killing 8 passengers. "
            "The group also claimed a bombing at a shrine in Mazar-i-Sharif, in which 20 people were killed.")
    date, _, place = context_of(text, "20 people", "2022-05-13")
    assert place == "Mazar-i-Sharif" and date is None


def test_n_days_after_counts_back_from_the_reports_event():
    text = ("A bomb struck a bus in Herat on Thursday, killing 8 passengers. "
            "It came three days after a bombing of a school in Kabul that left 5 dead.")
    assert context_of(text, "5 dead", "2022-05-13") == ("2022-05-09", "day", "Kabul")


def test_the_last_incident_takes_no_date_of_the_report():
    text = ("Troops raided a hideout in Bannu on Tuesday, the army said. "
            "The last major attack in the district was a bombing at a checkpoint that killed 11 policemen.")
    assert context_of(text, "11 policemen", "2022-05-13")[0] is None


def test_a_coarse_lead_is_refined_by_the_next_sentence():
    text = ("A suicide bomber killed 20 people at a mosque in eastern Afghanistan. "
            "The blast tore through the mosque in the city of Jalalabad during prayers.")
    assert context_of(text, "20 people", "2022-05-13")[2] == "Jalalabad"


def test_the_attack_occurred_on_dates_the_lead():
    text = ("At least 17 people were killed in a bombing at a bus station in Quetta. "
            "The attack took place on the evening of April 30, 2022, as buses were leaving.")
    assert context_of(text, "17 people", "2022-05-13")[0] == "2022-04-30"


def test_in_the_city_looks_back_to_the_last_place_named():
    text = ("Police said the raid took place in the city of Ghazni on Friday.\n\n"
            "It followed a bombing in the city that wounded 6 guards, the police said.")
    assert context_of(text, "6 guards", "2022-05-13")[2] == "Ghazni"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("abc .,;'’()\n0123456789") + [
    "Kabul", "Friday", " a day earlier ", " five days after ", " in ", "'s ", " Afghanistan", " since ",
    " killed ", " statement on ", "May", " last year", " the city", " rose to ", "(KP)", " a week earlier"]),
    max_size=60).map("".join))
def test_never_crashes(text):
    sentences = segment(text)
    reader = context.ContextReader(text, sentences, dt.date(2022, 5, 13))
    for i in range(len(sentences)):
        reader.event_context(i)


def test_two_attacks_in_one_sentence_each_keep_their_place():
    from reconcile.extract import extract_claims
    from reconcile.models import Source

    text = ("Gunmen stormed a clinic in Herat on Monday, killing 9 patients, while in the eastern province of "
            "Nangarhar a suicide bomber killed 31 mourners at a funeral, officials said.")
    src = Source(id="sctx", origin="ctx.txt", published="2022-05-17", text=text, sha256="0" * 64)
    places = {c.value_low: c.place for c in extract_claims(src) if c.kind == "killed"}
    assert places == {9: "Herat", 31: "Nangarhar Province"}


def test_a_dateline_city_is_the_last_resort_for_a_country():
    text = ("HERAT, Afghanistan — A bomb killed 12 people outside Afghanistan's largest shrine on Friday.\n\n"
            "Officials said 30 more were wounded.")
    assert context_of(text, "12 people", "2022-05-14")[2] == "Herat"
    assert context_of(text, "30 more", "2022-05-14")[2] == "Herat"


def test_a_dateline_is_not_the_place_when_the_report_names_it():
    text = ("KABUL: The group claimed a bombing at a mosque in northern Afghanistan that killed 40 people. "
            "The blast tore through the mosque in the city of Kunduz during prayers.")
    assert context_of(text, "40 people", "2022-05-14")[2] == "Kunduz"


def test_the_reports_own_event_is_its_first_toll_not_a_background_lead():
    text = ("The fall of the city in August did not end the violence, as the attack on August 26 near the airport "
            "in Kabul had shown. At least 30 people were killed on October 8 in a bombing at a mosque in Kunduz.\n\n"
            "It came five days after a bombing of a mosque in Kabul, which left 4 dead.")
    assert context_of(text, "4 dead", "2021-10-09")[0] == "2021-10-03"


def test_a_town_from_another_sentence_is_taken_at_its_district():
    text = ("A bomber killed 38 people at a rally in a tribal district of Pakistan's Khyber Pakhtunkhwa province. "
            "The blast took place at the convention in Khar, the capital of Bajaur district.")
    assert context_of(text, "38 people", "2023-07-30")[2] == "Bajaur"
    # named in the sentence itself, the town stays the town
    text = "A bomber killed 38 people at a rally in Khar on Sunday."
    assert context_of(text, "38 people", "2023-07-30")[2] == "Khar"


def test_the_title_refines_a_lead_that_names_only_the_country():
    text = ("Bombing at a Herat shrine kills 9\n\n"
            "A suicide bombing in Afghanistan killed 9 people on Monday, officials said.\n\n"
            "Officials later said 14 were wounded.")
    assert context_of(text, "14 were wounded", "2022-05-17")[2] == "Herat"


def test_hours_later_is_another_attack_on_the_day_told_before():
    text = ("A bomb killed 12 worshippers at a mosque in Mazar-i-Sharif on Thursday. "
            "Hours later, a roadside bomb in Kunduz killed 4 mechanics.")
    assert context_of(text, "4 mechanics", "2022-04-22")[::2] == ("2022-04-21", "Kunduz")


def test_days_later_in_a_history_keeps_the_month_told_before():
    text = ("Bombing at a Kabul market kills 9\n\nA bomb killed 9 people at a market in Kabul on Monday.\n\n"
            "In October 2002, militants seized a theatre in Moscow. Two days later, troops stormed it. "
            "In the fight, 130 hostages died.")
    assert context_of(text, "130 hostages", "2022-05-17")[0] == "2002-10"


def test_the_tail_of_a_mosque_name_is_no_place():
    text = ("A bomber struck the Gozar-e-Sayed Abad mosque in the city of Kunduz on Friday. "
            "Doctors said 40 wounded were brought in.")
    assert context_of(text, "40 wounded", "2021-10-09")[2] == "Kunduz"


def test_provenance_says_whether_the_context_is_stated_or_inherited():
    text = ("A bomb killed 12 people at a market in Jalalabad on Monday.\n\n"
            "A hospital official said 30 more were wounded.")
    sentences = segment(text)
    reader = context.ContextReader(text, sentences, dt.date(2022, 6, 7))
    assert reader.provenance(0) == ("stated", "stated")
    assert reader.provenance(1) == ("lead", "lead")


@pytest.mark.parametrize("sentence", [
    "The group claimed the attack, calling it revenge for the treatment of Muslims in Kashmir.",
    "The group said the bombing was in retaliation for raids on its fighters in Nangarhar.",
])
def test_a_motives_place_is_not_the_attacks(sentence):
    assert place_of(sentence) is None


def test_two_attacks_joined_by_and_in_each_keep_their_dates():
    from reconcile.extract import extract_claims
    from reconcile.models import Source

    text = ("In May last year, bombs outside a school in Kabul killed at least 85 people, and in October 2020 a "
            "bomber killed 24 students at a tuition centre nearby.")
    src = Source(id="sctx2", origin="ctx.txt", published="2022-10-03", text=text, sha256="1" * 64)
    dates = {c.value_low: c.event_date for c in extract_claims(src) if c.kind == "killed"}
    assert dates == {85: "2021-05", 24: "2020-10"}


# --------------------------------------------------------------------------- held-out phenomena, general forms

def test_a_week_after_an_attack_dates_the_day_the_phrase_hangs_on_minus_the_offset():
    # 2023-03-16 is a Thursday: "on Wednesday, two days after a bomb went off" -> the Monday
    text = ("Mourners gathered in Herat on Wednesday, two days after a bomb went off at a bus stop, leaving "
            "14 people dead.")
    assert context_of(text, "14 people", "2023-03-16")[:2] == ("2023-03-13", "day")


def test_a_toll_before_the_after_phrase_keeps_its_own_day():
    text = "A bomb killed 9 people in Herat on Wednesday, a day after a blast wounded 4 in Farah."
    assert context_of(text, "9 people", "2023-03-16")[0] == "2023-03-15"


def test_a_who_clause_year_is_a_persons_past_not_the_attack_date():
    text = ("A blast at a rally in Kandahar killed 11 people honouring the commander, who died fighting in 2019.")
    assert context_of(text, "11 people", "2023-03-16")[0] is None


def test_a_who_clause_weekday_before_the_toll_still_dates_it():
    # "The bomber, who struck on Monday, killed 6": the clause dates the attack itself
    text = "The bomber, who struck a checkpoint in Kunduz on Monday, killed 6 guards."
    assert context_of(text, "6 guards", "2023-03-16")[0] == "2023-03-13"


def test_a_governments_reaction_day_is_not_the_attack_day():
    text = ("Japan on Friday condemned the attack on a convoy in Kunar in which three aid workers were killed. "
            "Wednesday's ambush was the third this year.")
    assert context_of(text, "three aid workers", "2023-03-17")[0] == "2023-03-15"


def test_a_later_sentence_with_its_own_old_toll_does_not_date_the_lead():
    text = ("At least 30 people were killed in a bombing at a market in Peshawar, police said.\n"
            "In January, gunmen killed 5 traders in the same bazaar.")
    assert context_of(text, "30 people", "2023-06-20")[0] is None
    assert context_of(text, "5 traders", "2023-06-20")[0] == "2023-01"


def test_a_dateline_city_is_not_the_attack_city():
    text = ("JALALABAD, Afghanistan - Militants said they carried out an attack on Tuesday on a police post.\n\n"
            "Officials said the post in the town of Asadabad was overrun, with 8 police killed.")
    date, _, place = context_of(text, "8 police", "2023-03-15")
    assert (date, place) == ("2023-03-14", "Asadabad")


def test_a_dateline_alone_still_places_the_report():
    text = "KANDAHAR, Afghanistan - A bomb killed 4 people at a checkpoint on Sunday, police said."
    assert context_of(text, "4 people", "2023-03-15")[2] == "Kandahar"


@pytest.mark.parametrize("sentence, place", [
    ("Six were wounded, the provincial spokesman Farid Khogyani said.", None),
    ("Six were wounded, said Rahmat Ghazni, a local elder.", None),
    ("Six were wounded in Khogyani district, officials said.", "Khogyani"),
    ("Six were wounded in Eastern Nangarhar, the spokesman said.", "Nangarhar Province"),
    ("A blast hit the Afghan capital on Friday.", "Kabul"),
    ("A blast hit the Pakistani capital on Friday.", "Islamabad"),
])
def test_a_persons_name_is_no_place_and_a_capital_is_its_city(sentence, place):
    assert place_of(sentence) == place


@pytest.mark.parametrize("sentence, aggregate", [
    ("In total, 12 people were killed and 30 wounded, the hospital said.", False),
    ("In total, 120 people were killed in 14 attacks on the province's schools.", True),
    ("Across the country, 300 were killed in total.", True),
])
def test_in_total_is_an_aggregate_only_over_several_incidents(sentence, aggregate):
    assert context.is_aggregate(sentence) is aggregate


def test_it_follows_an_attack_elsewhere_is_another_attack():
    text = ("A bomb killed 12 people at a shrine in Mazar-i-Sharif on Thursday, officials said.\n\n"
            "It follows a suicide attack on a market in Quetta on Tuesday that killed 7.")
    assert context_of(text, "killed 7", "2023-03-17")[::2] == ("2023-03-14", "Quetta")
    assert context_of(text, "12 people", "2023-03-17")[::2] == ("2023-03-16", "Mazar-i-Sharif")


def test_a_later_where_it_happened_sentence_refines_a_country_lead():
    text = ("The attack, the worst in Tajikistan in years, left 20 people dead, reports say.\n\n"
            "Officials gave no motive.\n\n"
            "The explosions happened in Khujand near a bus station.")
    assert context_of(text, "20 people", "2023-03-17")[2] in ("Khujand", "Sughd")


def test_a_later_sentence_about_the_attack_still_dates_an_undated_lead():
    text = ("At least 30 people were killed in a bombing at a market in Peshawar, police said.\n"
            "The bombing on March 3 also wounded 60 people.")
    assert context_of(text, "30 people", "2023-06-20")[0] == "2023-03-03"


def test_a_who_clause_about_the_attack_itself_keeps_its_month():
    text = "Relatives of the 14 people, who were killed in the bombing in March, marched in Quetta."
    assert context_of(text, "14 people", "2023-06-20")[0] == "2023-03"


@pytest.mark.parametrize("sentence", [
    "A drone strike in Nangarhar killed two members of the group involved in planning attacks.",
    "The toll from the school bombing rose to 85, the deadliest attack in the capital in more than a year.",
    "Police said the same gunman had killed four people a year ago in Herat.",
    "IS claimed the bombing, which killed 39, the latest in a series of attacks on Shiite mosques.",
])
def test_one_incident_with_plural_or_yearly_words_is_no_aggregate(sentence):
    from reconcile.extract.events import is_aggregate

    assert not is_aggregate(sentence)


@pytest.mark.parametrize("sentence", [
    "The group killed 429 people in 73 attacks, the UN said.",
    "In several bombings across the north, at least 60 people died.",
    "The insurgency kills about 3,000 civilians a year.",
    "In a single year the group killed more than 500 people.",
])
def test_totals_over_incidents_or_years_are_aggregates(sentence):
    from reconcile.extract.events import is_aggregate

    assert is_aggregate(sentence)
