"""Event dates and places of wild reports (issue 4): the failure shapes a probe of 130 real reports about 30
incidents of 2007-2013 showed (kept outside the project; see the closing note of the branch), each here in
several phrasings of our own with a near-miss that must not change.

- a ranked attack's long "since" clause ("the worst attack since the old rulers fell in 2001") dates
  that past event, not the attack;
- a toll's rise with a bare weekday ("the toll climbed to 47 Monday") is the day of the count;
- a date only a later sentence of the lead gives for a campaign's start or an attack it is compared with ("a
  wave of bombings that started on Oct. 5", "similar to the siege of Mumbai last November") is background,
  not the lead's (a report written weeks later that dates its own attack in a later sentence keeps that day);
- a sentence of the lead, or the sentence after a claim, telling of an event in another province (a photo caption
  on "Monday's attack" in Karachi, "a blast in Muzaffarabad on Sunday night") dates neither;
- "the province of Kandahar" is the province, not its capital city;
- a capital addressed as its government ("sought an apology from Washington") is no scene;
- a town named right after the scene as what it lies near ("in Surobi, near Kabul") is a reference point;
- a dateline of several bureaus ("KABUL/ KANDAHAR:") names no scene; a team's "return to Colombo" is a
  destination;
- a page's update stamp ("[Updated 01:15 a.m. ET Wednesday]") and the end of a span ("started late on Tuesday
  and went on into Wednesday") do not date the attack;
- towns, quarters and landmarks the gazetteer lacked (data users extend);
- a town and the district seat its district is named after are one place at two levels when linking.

All reports are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import desk, extracted, rows


def _claims(text, kind="killed", published="2023-11-14"):
    return extracted(text, kind, published, "Test Wire", "t.txt")


def _dates(text, published="2023-11-14", kind="killed"):
    return [(c.value_low, c.event_date) for c in _claims(text, kind, published)]


def _places(text, published="2023-11-14", kind="killed"):
    return [(c.value_low, c.place) for c in _claims(text, kind, published)]


# --- a ranked attack's "since" clause --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Officials called the Quetta bombing, which killed 23, the worst in the province since the old government "
    "fell from power after a long siege in 2001.",
    "Police said 31 worshippers were killed, making it the worst attack on the city since government troops "
    "pushed the fighters out of the surrounding valley in 2014.",
    "At least 40 people died in the blast in Kandahar, the bloodiest single attack in the country since the "
    "old regime collapsed under the weight of the invasion in 2001.",
    "The ambush, in which 10 soldiers were killed near Surobi, was the heaviest loss for the contingent since "
    "its first companies were deployed to the eastern provinces in 2002.",
])
def test_ranked_since_clause_dates_the_past_event(text):
    got = _dates(text)
    assert got, text
    assert all(d is None or not d.startswith(("2001", "2002", "2014")) for _, d in got), got


def test_ranked_since_near_miss_year_of_the_attack_itself():
    # the month and year stand before "since": they date the attack
    assert _dates("A bomber killed 80 people in Kabul in July 2016, the deadliest bombing since the war began.") == \
        [(80, "2016-07")]


# --- a toll's rise with a bare weekday ---------------------------------------------------------------------

@pytest.mark.parametrize("text, low", [
    ("Two bombers struck a Sufi shrine in Dera Ghazi Khan on Sunday, killing 41 people.\n\n"
     "The toll rose to 48 Monday, a hospital official said.", 48),
    ("Two bombers struck a Sufi shrine in Dera Ghazi Khan on Sunday, killing 41 people.\n\n"
     "The toll climbed to 47 Monday as more of the wounded died.", 47),
    ("A suicide bomber struck a market in Parachinar on Sunday, killing 25 people.\n\n"
     "The number of dead reached 31 Monday, local officials said.", 31),
    ("Officials in Dera Ghazi Khan said the number of dead climbed to 50 Monday; the shrine was bombed on Sunday.", 50),
])
def test_bare_weekday_of_a_toll_rise_is_not_the_attack_day(text, low):
    got = dict(_dates(text))  # published Tuesday 2023-11-14: Sunday is the 12th, Monday the 13th
    assert got[low] == "2023-11-12", got


def test_bare_weekday_near_miss_attack_day():
    assert _dates("Gunmen killed five people Monday in Quetta.") == [(5, "2023-11-13")]


# --- a later sentence's far date is not the lead's ------------------------------------------------------------

@pytest.mark.parametrize("text, published, background", [
    ("A suicide bomber killed 90 people at a volleyball match in Lakki Marwat.\n\n"
     "Police said it was part of a wave of bombings that started on Oct. 5.", "2010-01-01", "2009-10-05"),
    ("Gunmen killed six policemen escorting a team bus in Lahore.\n\n"
     "Officials said the raid was similar to the siege of Mumbai last November.", "2009-03-03", "2008-11"),
    ("Militants killed 14 soldiers in an ambush in North Waziristan.\n\n"
     "The ambush was the deadliest of an offensive that started in June.", "2023-11-14", "2023-06"),
    ("A bomb killed 12 shoppers at a market in Parachinar.\n\n"
     "Police said the device was similar to the one used in the city's market bombing last March.", "2023-11-14", "2023-03"),
])
def test_later_far_date_is_background(text, published, background):
    got = _dates(text, published)
    assert got, text
    assert all(d != background for _, d in got), got


def test_operation_that_began_is_the_attack_itself():
    # near miss: "an operation that began Tuesday night" is the attack, not a campaign it belongs to
    text = "Gunmen killed 11 people at a hotel in Kabul in a carefully planned operation that began Tuesday night."
    assert _dates(text, "2011-06-29") == [(11, "2011-06-28")]


def test_later_far_date_of_the_attack_itself_stays():
    # near miss: a feature written two weeks later dates its own strike in a later sentence
    text = ("Ten members of one family were killed, most of them children.\n\n"
            "At about five in the afternoon on August 29, a missile struck their car in a courtyard in Kabul.")
    assert _dates(text, "2021-09-13") == [(10, "2021-08-29")]


def test_later_recent_date_still_dates_the_lead():
    # near miss: the later sentence says when it happened, days before the report
    text = ("A car bomb killed 12 people at a crowded market in Parachinar.\n\n"
            "The bomb went off on Sunday morning as shoppers crowded the stalls.")
    assert _dates(text, "2023-11-14") == [(12, "2023-11-12")]


# --- a sentence about an event elsewhere dates neither the lead nor the claim before it ---------------------------

@pytest.mark.parametrize("text", [
    "88 dead as bomber hits volleyball game in Lakki Marwat\n\n"
    "Shopkeepers in Karachi closed their stalls to mourn those killed in Monday's attack on a procession.\n\n"
    "A local police chief said at least 88 people were killed when a bomber drove into the crowd in Lakki Marwat.",
    "88 dead as bomber hits volleyball game in Lakki Marwat\n\n"
    "Students in Lahore rallied on Monday against an earlier bombing.\n\n"
    "Police said 88 people were killed when the bomber struck the match in Lakki Marwat.",
    "Blast at volleyball match in Lakki Marwat kills 88\n\n"
    "Shops in Quetta stayed shut on Monday to mourn the victims of a market bombing.\n\n"
    "At least 88 people were killed in the blast in Lakki Marwat, officials said.",
])
def test_lead_not_dated_by_an_event_elsewhere(text):
    got = _dates(text, "2010-01-01")  # (a Friday: Monday would be 2009-12-28)
    assert got and all(d != "2009-12-28" for _, d in got), got


def test_lead_dated_by_a_later_sentence_of_the_same_town():
    # near miss: the later sentence tells of the same town: it dates the lead
    text = ("88 dead as bomber hits volleyball game in Lakki Marwat\n\n"
            "Mourners in Lakki Marwat buried the dead of Monday's attack.\n\n"
            "A local police chief said at least 88 people were killed when a bomber drove into the crowd.")
    got = _dates(text, "2010-01-01")
    assert got and all(d == "2009-12-28" for _, d in got), got


@pytest.mark.parametrize("text, low", [
    ("At least 25 people were killed in Karachi on Monday when a bomber struck a procession.\n\n"
     "A hospital spokesman counted 21 bodies. Eight people had died in a bomb blast in Muzaffarabad on Sunday night.", 21),
    ("At least 25 people were killed in Karachi on Monday when a bomber struck a procession.\n\n"
     "Rescue workers said 22 bodies were taken to the city morgue. A day earlier a bomb had killed nine people in Quetta "
     "on Sunday.", 22),
])
def test_claim_not_dated_by_the_next_sentence_elsewhere(text, low):
    got = dict(_dates(text, "2009-12-28"))
    assert got[low] != "2009-12-27", got


def test_claim_dated_by_the_next_sentence_of_the_same_city():
    # near miss: the next sentence says when it happened in the same city
    text = ("At least 25 people were killed in a procession in Karachi.\n\n"
            "Rescue workers said 22 bodies were taken to the city morgue. The bomb went off near a mosque in Karachi "
            "on Sunday morning.")
    assert dict(_dates(text, "2009-12-28"))[22] == "2009-12-27"


# --- "the province of X" ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, province", [
    ("A suicide bomber killed 40 guests at a wedding in the southern Afghan province of Kandahar.", "Kandahar Province"),
    ("Gunmen killed nine police officers in the northern province of Kunduz on Tuesday.", "Kunduz Province"),
    ("Officials said 11 people were killed when a bomb hit a bus in the western province of Herat.", "Herat Province"),
    ("Eight people died in the province of Ghazni after a roadside bomb struck their minivan.", "Ghazni Province"),
])
def test_province_of_a_city_name_is_the_province(text, province):
    assert [p for _, p in _places(text)] == [province]


def test_province_of_near_miss_the_city_itself():
    assert _places("A bomb killed 12 people in the city of Kandahar on Monday.") == [(12, "Kandahar")]


# --- a capital addressed as its government -------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("A soldier killed 16 villagers in southern Afghanistan, and the president sought an apology from Washington.",
     "Afghanistan"),
    ("A drone strike killed 10 people in North Waziristan, prompting a formal protest to Washington.", "North Waziristan"),
    ("The bombing that killed 20 people in Jalalabad came as Kabul sought talks with Islamabad.", "Jalalabad"),
    ("Twelve people were killed in Herat, officials said, amid growing pressure from Tehran.", "Herat"),
])
def test_capital_addressed_is_no_scene(text, place):
    assert [p for _, p in _places(text)] == [place]


def test_capital_addressed_near_miss_an_attack_in_the_capital():
    assert _places("A car bomb killed nine people in Islamabad on Monday.") == [(9, "Islamabad")]


# --- a town the scene lies near -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("A roadside bomb killed 12 people in Surobi, near Kabul.", "Surobi"),
    ("Gunmen killed 16 villagers in Balandi, close to the city of Kandahar.", "Balandi"),
    ("A bomb killed 9 people in Khan Abad, not far from Kunduz, on Friday.", "Khan Abad"),
    ("Two bombers killed 64 workers at the factory in Wah, outside the capital Islamabad.", "Wah Cantonment"),
])
def test_town_named_as_what_the_scene_lies_near(text, place):
    assert [p for _, p in _places(text)] == [place]


@pytest.mark.parametrize("text, place", [
    ("A roadside bomb killed 12 people near Kabul.", "Kabul"),  # "near X" alone: X, the desk's convention
    ("A blast killed 9 people in eastern Afghanistan near Jalalabad.", "Jalalabad"),  # a country before: the town
])
def test_near_alone_keeps_the_town(text, place):
    assert [p for _, p in _places(text)] == [place]


# --- a dateline of several bureaus; a return home ----------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("KABUL/ KANDAHAR: A suicide bomber killed 41 worshippers at a mosque in Maymana on Friday.", "Maymana"),
    ("ISLAMABAD / PESHAWAR - A bomb killed 12 people at a market in Parachinar on Sunday.", "Parachinar"),
    ("KABUL/ KANDAHAR: Gunmen killed seven policemen at a checkpoint in Helmand province.", "Helmand Province"),
])
def test_bureaus_dateline_is_no_scene(text, place):
    assert [p for _, p in _places(text)] == [place]


def test_bureaus_dateline_near_miss_one_city():
    # a single city's dateline stays the report's last resort
    assert _places("QUETTA: A bomb killed 12 people at a market on Sunday.") == [(12, "Quetta")]


@pytest.mark.parametrize("text", [
    "The team's return to Colombo came two days after gunmen killed six policemen escorting its bus in Lahore.",
    "Gunmen killed six policemen escorting the team in Lahore, a day before its return to Colombo.",
])
def test_return_to_a_city_is_a_destination(text):
    assert [p for _, p in _places(text)] == ["Lahore"]


# --- an update stamp; the end of a span ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "[Updated 01:15 a.m. ET Wednesday] Gunmen stormed a hotel in Kabul on Tuesday night, killing 11 people.",
    "Gunmen stormed a hotel in Kabul in an assault that began Tuesday night and lasted into Wednesday, killing 11 people.",
    "An assault on a hotel in Kabul, which started late on Tuesday and went on into the early hours of Wednesday, "
    "killed 11 people.",
    "Last updated 09:40 GMT Wednesday. Gunmen killed 11 people at a hotel in Kabul on Tuesday.",
])
def test_stamp_and_span_end_do_not_date_the_attack(text):
    assert _dates(text, "2011-06-28") == [(11, "2011-06-28")]  # (published on the Tuesday)


def test_span_near_miss_the_day_it_ended_alone():
    # near miss: only the end is told ("lasted into Wednesday"): that day stays
    assert _dates("Eleven people were killed in a siege of a hotel in Kabul that lasted into Monday.", "2011-06-28") == \
        [(11, "2011-06-27")]


# --- places the gazetteer lacked ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    # (a quarter of a city: the event is placed in the city, as the gazetteer's header says)
    ("Officials said 30 people died when a bomber boarded an army bus in Kart-e-Parwan.", "Kabul"),
    ("Gunmen killed six policemen near the Gaddafi Stadium.", "Lahore"),
    ("Four militants were killed when they stormed the GHQ.", "Rawalpindi"),
    ("Insurgents stormed Sarposa prison and killed 15 guards.", "Kandahar"),
    ("A pair of bombers killed 64 employees at the gates of the arms plant in Wah.", "Wah Cantonment"),
    ("A bomber killed 40 guests at a wedding in the village of Nagahan.", "Nadahan"),
    ("Gunmen killed 12 trainees at the police school in Manawan.", "Manawan"),
])
def test_places_added_to_the_gazetteer(text, place):
    assert [p for _, p in _places(text)] == [place]


# --- a town and the district seat named like its district ------------------------------------------------------------

def test_town_and_its_district_seat_link(tmp_path):
    con = desk(tmp_path, [
        ("a.txt", "Frontier Daily", "2023-11-13",
         "Two suicide bombers struck a Sufi shrine in Sakhi Sarwar on Sunday, killing 42 devotees."),
        ("b.txt", "Punjab Times", "2023-11-13",
         "Two suicide bombers struck a Sufi shrine in Dera Ghazi Khan on Sunday, killing 42 devotees."),
    ])
    a, b = rows(con, "a.txt", "killed"), rows(con, "b.txt", "killed")
    assert a and b and a[0]["place"] == "Sakhi Sarwar" and b[0]["place"] == "Dera Ghazi Khan"
    assert a[0]["event_id"] == b[0]["event_id"]


def test_town_and_another_district_seat_stay_apart(tmp_path):
    # near miss: Sakhi Sarwar does not lie in Multan's district
    con = desk(tmp_path, [
        ("a.txt", "Frontier Daily", "2023-11-13",
         "Two suicide bombers struck a Sufi shrine in Sakhi Sarwar on Sunday, killing 42 devotees."),
        ("b.txt", "Punjab Times", "2023-11-13",
         "Two suicide bombers struck a Sufi shrine in Multan on Sunday, killing 42 devotees."),
    ])
    a, b = rows(con, "a.txt", "killed"), rows(con, "b.txt", "killed")
    assert a and b and a[0]["event_id"] != b[0]["event_id"]
