"""Round J (dates, places, links): phenomena written in our own words.

- a place naming the attack a clause counts from ("shortly after the Kabul blast, ...") is not the scene;
- "Shortly after, a bomb went off in <another town>": a second attack the same day, its own event;
- a list of earlier attacks singling one out ("Among the deadliest was an attack on ...") tells of another attack;
- "It comes hours after the ministry said only six were killed": an earlier statement, not an earlier attack;
- a later sentence telling of an attack of its own on a day weeks before publication, in a report whose lead
  names no day, recalls an older attack of the city (a city attacked many times);
- a claim its report tells as another incident never joins that report's own event, neither through the
  sentence it shares with it nor through another report's event.
"""

from __future__ import annotations

import datetime as dt

import pytest
from phenomena_helpers import conflicting, context_of, desk, one_row, recalled, rows

from reconcile.extract.context import best_place, sentence_context
from reconcile.extract.events import is_aggregate
from reconcile.tollparts import increments, summands

# --------------------------------------------------------------------------- the attack a clause counts from


@pytest.mark.parametrize(("text", "place"), [
    ("Shortly after the Kabul blast, a bomb strapped to a bicycle went off near a mosque in Mazar-i-Sharif, killing four.",
     "Mazar-i-Sharif"),
    ("Hours after the Quetta bombing, gunmen shot dead six labourers in Turbat.", "Turbat"),
    ("A day after the Peshawar attack, a roadside bomb killed three soldiers in Bannu.", "Bannu"),
    ("Following the Kabul attack, a car bomb went off in Jalalabad and killed nine people.", "Jalalabad"),
])
def test_the_place_of_the_attack_a_clause_counts_from_is_not_the_scene(text, place):
    found = best_place(text, 0, len(text))
    assert found is not None and found.name == place


@pytest.mark.parametrize(("text", "place"), [
    # near-misses: the toll comes first, and the attack after it is what killed them
    ("Five people were killed after the Quetta bombing tore through the market, police said.", "Quetta"),
    ("Twelve worshippers died after the Kabul blast, officials said.", "Kabul"),
])
def test_a_toll_followed_by_the_attack_that_caused_it_keeps_its_place(text, place):
    found = best_place(text, 0, len(text))
    assert found is not None and found.name == place


# --------------------------------------------------------------------------- a second attack "shortly after"

_LEAD = "A suicide bomber killed 30 people at a shrine in Kabul on Tuesday, officials said. "


@pytest.mark.parametrize("second", [
    "Shortly after, a bomb hidden on a motorbike went off near a mosque in Mazar-i-Sharif, killing five people.",
    "Shortly after the Kabul blast, a bicycle bomb exploded outside a mosque in Mazar-i-Sharif and killed five.",
    "Soon after, a roadside bomb killed five people near a shrine in Mazar-i-Sharif.",
    "Moments later, a second bomb went off in Mazar-i-Sharif, killing five worshippers.",
])
def test_a_second_attack_shortly_after_in_another_city_is_its_own_event_of_that_day(second):
    text = _LEAD + second
    assert context_of(text, "Mazar", "2011-12-07") == ("2011-12-06", "Mazar-i-Sharif")
    assert recalled(text, "Mazar", "2011-12-07")


def test_the_story_going_on_shortly_after_is_the_reports_own_attack():
    text = _LEAD + "Shortly after the blast, a police spokesman said 32 people had died."
    assert context_of(text, "32 people", "2011-12-07") == ("2011-12-06", "Kabul")
    assert not recalled(text, "32 people", "2011-12-07")


def test_a_second_city_attacked_shortly_after_gets_its_own_event(tmp_path):
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2011-12-07",
         "A suicide bomber killed 55 people at a shrine in Kabul on Tuesday, police said. Shortly after, a bicycle "
         "bomb went off near the main mosque in Mazar-i-Sharif, killing four people."),
        ("r2.txt", "Wire B", "2011-12-07",
         "At least 55 people were killed when a bomber struck a Kabul shrine on Tuesday. Shortly after the Kabul "
         "blast, a bomb exploded near a mosque in Mazar-i-Sharif, killing four people."),
    ])
    a, b = rows(con, "r1.txt", "killed"), rows(con, "r2.txt", "killed")
    kabul_a, kabul_b = one_row(a, 55), one_row(b, 55)
    mazar_a, mazar_b = one_row(a, 4), one_row(b, 4)
    assert kabul_a["event_id"] == kabul_b["event_id"]
    assert mazar_a["event_id"] == mazar_b["event_id"]
    assert mazar_a["event_id"] != kabul_a["event_id"]


# --------------------------------------------------------------------------- a list of earlier attacks


@pytest.mark.parametrize("sentence", [
    "Among the deadliest was an assault on a wedding hall in Kabul that left 63 people dead.",
    "One of the bloodiest was a bombing at a Kabul education centre, which killed 40 students.",
    "The deadliest of these came in May 2017, when a truck bomb killed 150 people in Kabul.",
    "Among the most devastating were twin blasts at a Kabul stadium that killed 12.",
])
def test_an_attack_a_list_of_earlier_ones_singles_out_is_recalled(sentence):
    text = ("Gunmen stormed a hotel in Kabul on Saturday night, killing 22 people, officials said. "
            "The capital has seen many attacks in recent years. " + sentence)
    assert recalled(text, sentence[:25], "2018-01-21")


@pytest.mark.parametrize("sentence", [
    "The group has claimed several attacks in the city this year, among them a bombing at a bank that killed six.",
    "Insurgents have carried out a string of bombings in the province, including one at a bus stop in which nine died.",
    "The militia has claimed many attacks on the police, among them an ambush last month that left 11 officers dead.",
])
def test_an_attack_singled_out_of_a_groups_earlier_ones_is_recalled(sentence):
    text = ("Gunmen stormed a hotel in Kabul on Saturday night, killing 22 people, officials said. " + sentence)
    assert recalled(text, sentence[:25], "2018-01-21")


@pytest.mark.parametrize("sentence", [
    "Nine people were killed in several attacks across the province, including two police officers.",
    "The bombing killed 22 people, including several children, officials said.",
])
def test_a_toll_with_including_is_not_a_listed_attack(sentence):
    c = sentence_context(sentence, 0, len(sentence), dt.date(2018, 1, 21))
    assert not c.recalled


@pytest.mark.parametrize("sentence", [
    "The attack was among the deadliest in the capital this year, killing 22 people.",
    "Among the dead were 14 foreigners, the ministry said.",
])
def test_the_reports_own_attack_ranked_is_not_recalled(sentence):
    c = sentence_context(sentence, 0, len(sentence), dt.date(2018, 1, 21))
    assert not c.recalled


def test_a_listed_earlier_attack_with_the_same_toll_stays_apart(tmp_path):
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2018-01-21",
         "Gunmen stormed a hotel in Kabul on Saturday night, killing at least 40 people, officials said.\n\n"
         "Among the bloodiest of recent attacks was an assault on a cultural centre in Kabul that left 40 people dead."),
        ("r2.txt", "Wire B", "2018-01-21",
         "The siege of a Kabul hotel on Saturday left 40 people dead, the interior ministry said."),
    ])
    own, listed = one_row(rows(con, "r1.txt", "killed"), 40), rows(con, "r1.txt", "killed")[-1]
    other = one_row(rows(con, "r2.txt", "killed"), 40)
    assert listed["recalled"] == 1 and own["recalled"] == 0
    assert own["event_id"] == other["event_id"]
    assert listed["event_id"] != own["event_id"]


# --------------------------------------------------------------------------- an earlier statement, not attack


@pytest.mark.parametrize("sentence", [
    "It comes hours after the interior ministry said only six people were killed.",
    "This came a day after police said nine people had died.",
    "The new figure comes just hours after officials told reporters that eleven were dead.",
])
def test_an_earlier_statement_of_the_toll_is_no_recalled_attack(sentence):
    text = "Gunmen stormed a hotel in Kabul on Saturday night, killing at least 18 people, officials said. " + sentence
    assert not recalled(text, sentence[:20], "2018-01-21")
    assert context_of(text, sentence[:20], "2018-01-21")[1] in ("Kabul", None)


@pytest.mark.parametrize("sentence", [
    # near-misses: an attack after "after", told by a speaker or not
    "It comes days after a bomber killed 30 people at a mosque in Quetta.",
    "It came a week after officials said a separate attack in Quetta had killed 14.",
])
def test_an_earlier_attack_after_after_stays_recalled(sentence):
    text = "Gunmen stormed a hotel in Kabul on Saturday night, killing at least 18 people, officials said. " + sentence
    assert recalled(text, sentence[:20], "2018-01-21")


# --------------------------------------------------------------------------- a city attacked many times


@pytest.mark.parametrize("background", [
    "On September 12, a car bomb killed eight people near the army cantonment in Peshawar.",
    "A roadside bomb killed four policemen in Peshawar on 14 September.",
    "On 20 September, a suicide bomber killed eleven people at a bus stand in the city.",
])
def test_a_dated_older_attack_of_the_same_city_is_its_own_event(tmp_path, background):
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2009-10-09",
         "A car bomb tore through a crowded market in Peshawar, killing at least 49 people, officials say.\n\n"
         "Doctors at the main hospital said 100 people were being treated.\n\n"
         "Police said the bomber was sitting in the vehicle.\n\n"
         "Peshawar has often been a target of militants.\n\n" + background),
    ])
    killed = rows(con, "r1.txt", "killed")
    own = one_row(killed, 49)
    old = [r for r in killed if r["value_low"] != 49]
    assert old and all(r["event_id"] != own["event_id"] and r["recalled"] == 1 for r in old)


def test_the_leads_own_day_is_not_an_older_attack(tmp_path):
    # near-miss: the day a later sentence gives is the report's own (the day before publication)
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2009-10-09",
         "A car bomb tore through a crowded market in Peshawar, killing at least 49 people, officials say.\n\n"
         "Doctors at the main hospital said 100 people were being treated.\n\n"
         "Police said the bomber was sitting in the vehicle.\n\n"
         "On October 8, a car bomb killed 49 people at the market, police said."),
    ])
    killed = rows(con, "r1.txt", "killed")
    assert len({r["event_id"] for r in killed}) == 1 and not any(r["recalled"] for r in killed)


def test_a_recalled_attack_with_no_known_place_stays_out_of_the_reports_event(tmp_path):
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2008-09-20",
         "A truck bomb killed 52 people at a hotel in Islamabad on Saturday, officials said. A militant group "
         "claimed the attack, which came four days after its allies attacked a consulate in Sanaa, killing seventeen "
         "people."),
    ])
    killed = rows(con, "r1.txt", "killed")
    own, old = one_row(killed, 52), one_row(killed, 17)
    assert old["recalled"] == 1
    assert old["event_id"] != own["event_id"]


# --------------------------------------------------------------------------- the people of the country


@pytest.mark.parametrize(("lead", "conflict"), [
    ("A car bomb killed 89 Pakistanis at a crowded bazaar in Peshawar on Wednesday.", True),
    ("Militants killed 89 Pakistanis in a car bombing at a Peshawar market.", True),
    # near-misses: a part of the dead, or the people of another country than the attack's
    ("The Peshawar market car bomb on Wednesday killed 89 Pakistanis and 12 Afghans.", False),
    ("A car bomb in Peshawar killed 89 Afghans who had come to the bazaar to trade.", False),
])
def test_the_people_of_the_attacks_country_are_everyone_killed(tmp_path, lead, conflict):
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2009-10-29", lead),
        ("r2.txt", "Wire B", "2009-10-29", "The death toll from the Peshawar market car bombing on Wednesday rose to 112."),
    ])
    a, b = one_row(rows(con, "r1.txt", "killed"), 89), one_row(rows(con, "r2.txt", "killed"), 112)
    assert a["event_id"] == b["event_id"]
    assert conflicting(con, a, b) is conflict


# --------------------------------------------------------------------------- "Earlier," the lead's attack retold


@pytest.mark.parametrize(("lead", "earlier"), [
    ("The toll of the suicide bombing of a religious procession outside a mosque in Mastung rose to 52 on Saturday.",
     "Earlier, 15 people died in a suicide bombing of the religious procession outside the mosque in Mastung."),
    ("A car bomb ripped through a crowded vegetable market in Parachinar, killing 25 people, police said.",
     "Earlier, 12 people were killed in a car bomb blast at the crowded vegetable market in Parachinar."),
    ("Gunmen stormed a girls' school in Quetta on Monday and killed nine pupils and two teachers.",
     "Previously, six pupils died in an attack by gunmen who stormed the girls' school in Quetta."),
])
def test_an_earlier_figure_of_the_leads_attack_retold_is_not_another_attack(lead, earlier):
    text = lead + "\n\n" + "Rescue teams worked through the night.\n\n" + earlier
    assert not recalled(text, earlier[:20], "2023-09-30")


@pytest.mark.parametrize(("lead", "earlier"), [
    # near-misses: the same city, another attack told in other words
    ("A suicide bomber killed 14 people at a political rally in Quetta on Wednesday.",
     "Earlier, nine people died in a blast at a vegetable market in Quetta."),
    ("Gunmen stormed a girls' school in Quetta on Monday and killed nine pupils and two teachers.",
     "Earlier, five policemen were killed in an ambush on a patrol in Quetta."),
])
def test_an_earlier_attack_of_the_same_city_told_in_other_words_stays_recalled(lead, earlier):
    text = lead + "\n\n" + "Rescue teams worked through the night.\n\n" + earlier
    assert recalled(text, earlier[:20], "2023-09-30")


# --------------------------------------------------------------------------- per-site figures of a two-site attack


@pytest.mark.parametrize("second", [
    "Simultaneously, another 69 were killed and 125 injured when three gunmen stormed a second hall across the city.",
    "At the same time, another 69 people died and 125 were hurt at a second mosque in the old city.",
    "Minutes later another 69 were killed and 125 wounded in an assault on a second hall nearby.",
])
def test_another_figure_after_a_sentence_with_both_kinds_adds_to_its_kind(tmp_path, second):
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2010-05-29",
         "At least 88 people were killed and over 200 injured as gunmen attacked two prayer halls in Lahore on Friday.\n\n"
         "Two attackers stormed the first hall, killing at least 19 people and injuring about 75, officials said.\n\n"
         + second),
    ])
    killed = rows(con, "r1.txt", "killed")
    total, part = one_row(killed, 88), one_row(killed, 69)
    assert total["event_id"] == part["event_id"]
    assert not conflicting(con, total, part)


def test_a_figure_after_a_sentence_of_the_other_kind_only_is_all_of_its_kind(tmp_path):
    # near-miss: "80 killed. A further 320 were wounded" counts all the wounded, not more of them
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2010-05-29",
         "At least 80 people were killed when a bomb exploded at a market in Lahore on Friday.\n\n"
         "A further 320 were wounded, doctors said."),
    ])
    everything = rows(con, "r1.txt")
    injured = [r for r in everything if r["kind"] == "injured"]
    assert one_row(injured, 320)["id"] not in increments(injured, everything)


# --------------------------------------------------------------------------- where the victims came from


@pytest.mark.parametrize("sentence", [
    "The 18 dead included 14 foreigners and a telecoms official from Farah province who was attending a conference.",
    "Two students from Ghazni, who were visiting the capital, were among those killed.",
    "Pilgrims from Iran were among the 30 people killed.",
    "The gunmen killed six labourers from Punjab.",
])
def test_the_home_of_visiting_victims_is_not_the_scene(sentence):
    assert best_place(sentence, 0, len(sentence)) is None


@pytest.mark.parametrize(("sentence", "place"), [
    ("Six labourers from Punjab were shot dead in Turbat on Monday.", "Turbat"),
    # near-misses: a speaker from a place, and a place with no visitor in it
    ("An official from Ghazni province said ten people died in the attack.", "Ghazni Province"),
    ("A suicide bomber from the tribal areas struck a market in Kohat.", "Kohat"),
])
def test_the_scene_named_beside_a_home_or_a_speakers_place_stays(sentence, place):
    found = best_place(sentence, 0, len(sentence))
    assert found is not None and found.name == place


# --------------------------------------------------------------------------- figures of several sites, combined


@pytest.mark.parametrize("sentence", [
    "The suicide attacks in Kabul and Mazar-i-Sharif killed at least 59 people.",
    "The bombings in Quetta and Mastung left 130 people dead.",
    "The total number of dead in all the attacks reached about 80.",
    "In all three bombings, 45 people lost their lives.",
])
def test_a_figure_over_attacks_in_several_places_is_an_aggregate(sentence):
    assert is_aggregate(sentence)


@pytest.mark.parametrize("sentence", [
    # near-misses: one city's attacks, one place's
    "The twin attacks in Kabul killed 30 people.",
    "The attacks on the hotel in Kabul killed 18 people.",
    "In all, 80 people died in the attack.",
])
def test_one_places_attacks_are_no_aggregate(sentence):
    assert not is_aggregate(sentence)


@pytest.mark.parametrize(("first", "second"), [
    ("killing at least 19 people", "another 69 were killed"),
    ("killing 19 people", "69 more people were killed"),
    ("where at least 19 people were killed", "69 died in the second attack"),
])
def test_site_figures_whose_lows_add_up_to_the_total_are_its_parts(first, second):
    items = [
        {"id": "a", "source_id": "s", "kind": "killed", "victims": "people", "value_low": 88, "value_high": None,
         "value_text": "at least 88", "quote": "At least 88 people were killed in twin attacks in Lahore."},
        {"id": "b", "source_id": "s", "kind": "killed", "victims": "people", "value_low": 19,
         "value_high": None if "least" in first else 19, "value_text": "19", "quote": f"Gunmen stormed a hall, {first}."},
        {"id": "c", "source_id": "s", "kind": "killed", "victims": "people", "value_low": 69, "value_high": 69,
         "value_text": "69", "quote": f"Nearby, {second}."},
    ]
    assert summands(items) == {"b", "c"}


def test_open_figures_that_do_not_add_up_exactly_are_no_parts():
    # near-miss: "at least 19" and "at least 40" do not make "at least 88"
    items = [
        {"id": "a", "source_id": "s", "kind": "killed", "victims": "people", "value_low": 88, "value_high": None,
         "value_text": "at least 88", "quote": "At least 88 people were killed."},
        {"id": "b", "source_id": "s", "kind": "killed", "victims": "people", "value_low": 19, "value_high": None,
         "value_text": "at least 19", "quote": "At least 19 died at the first hall."},
        {"id": "c", "source_id": "s", "kind": "killed", "victims": "people", "value_low": 40, "value_high": None,
         "value_text": "at least 40", "quote": "At least 40 died at the second hall."},
    ]
    assert summands(items) == set()


# --------------------------------------------------------------------------- one hospital's count


@pytest.mark.parametrize(("hospital", "total", "conflict"), [
    ("At the city's Jinnah Hospital, doctors were treating 47 wounded people.", 107, False),
    ("Doctors at Lady Reading Hospital said 30 injured people had been admitted.", 80, False),
    ("The director of Mayo Hospital said it had received 47 wounded people.", 120, False),
    # near-miss: one hospital holds more wounded than the whole toll says
    ("At the city's Jinnah Hospital, doctors were treating 147 wounded people.", 107, True),
])
def test_one_hospitals_count_is_a_floor_of_the_whole(tmp_path, hospital, total, conflict):
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2010-05-29",
         "Gunmen attacked two prayer halls in Lahore on Friday, killing 80 people.\n\n" + hospital),
        ("r2.txt", "Wire B", "2010-05-29",
         f"Gunmen killed 80 people at two prayer halls in Lahore on Friday and wounded {total}, police said."),
    ])
    low = int(next(w for w in hospital.split() if w.isdigit()))
    a, b = one_row(rows(con, "r1.txt", "injured"), low), one_row(rows(con, "r2.txt", "injured"), total)
    assert a["event_id"] == b["event_id"]
    assert conflicting(con, a, b) is conflict


def test_a_hospital_spokesmans_toll_of_the_attack_is_no_hospital_count(tmp_path):
    # near-miss: the hospital speaks for the whole toll; it took in nothing it counts here
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2015-01-31",
         "A suicide bomber struck a mosque in Shikarpur during Friday prayers. The medical superintendent of the "
         "Shikarpur Civil Hospital said the blast killed 50 people."),
        ("r2.txt", "Wire B", "2015-01-31", "A suicide bombing at a Shikarpur mosque on Friday killed 61 people, police said."),
    ])
    a, b = one_row(rows(con, "r1.txt", "killed"), 50), one_row(rows(con, "r2.txt", "killed"), 61)
    assert a["event_id"] == b["event_id"]
    assert conflicting(con, a, b)


def test_the_people_of_the_country_beside_foreign_victims_stay_a_part(tmp_path):
    # near-miss: an attack that also killed foreigners; "113 Afghans" is not everyone
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2021-08-27",
         "A suicide bomber at the gate of Kabul airport on Thursday killed 113 Afghans, a health official said. "
         "Thirteen US troops were also killed in the blast."),
        ("r2.txt", "Wire B", "2021-08-27",
         "The suicide bombing at the gate of Kabul airport on Thursday killed at least 125 people, officials said."),
    ])
    a, b = one_row(rows(con, "r1.txt", "killed"), 113), one_row(rows(con, "r2.txt", "killed"), 125)
    assert a["event_id"] == b["event_id"]
    assert not conflicting(con, a, b)


@pytest.mark.parametrize(("recall", "more"), [
    ("In another attack on Friday, at least 25 people were killed in a bomb blast at a market in Orakzai.",
     "More than 30 others were injured in the attack."),
    ("Earlier, nine people died in a blast at a vegetable market in Quetta.", "Another 20 were wounded in the blast."),
    ("It came a week after a bomber killed 30 people at a mosque in Peshawar.", "Some 50 were injured in that attack."),
])
def test_the_story_of_a_recalled_attack_goes_on_in_the_next_sentence(recall, more):
    text = "A suicide bomber killed 14 people at a rally in Kohat on Friday, police said. " + recall + " " + more
    assert recalled(text, more[:15], "2018-11-24")
    # near-miss: after a paragraph break, "the attack" is the report's own again
    text = "A suicide bomber killed 14 people at a rally in Kohat on Friday, police said. " + recall + "\n\n" + more
    assert not recalled(text, more[:15], "2018-11-24")


@pytest.mark.parametrize(("whole", "part"), [
    ("Gunmen who stormed a hotel in Kabul on Saturday killed 14 foreigners, officials said.",
     "Eleven of the 14 foreigners killed were employees of a private airline."),
    ("Gunmen who stormed a hotel in Kabul on Saturday killed 14 foreigners, officials said.",
     "Nine of the 14 foreigners who died were pilots and crew of a private airline."),
    ("A suicide bomber killed 20 soldiers at a base in Kabul on Saturday, officials said.",
     "Six of the 20 soldiers killed were officers on a training course."),
])
def test_a_part_of_a_counted_group_told_by_what_it_was_is_no_rival_toll(tmp_path, whole, part):
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2018-01-21", whole),
        ("r2.txt", "Wire B", "2018-01-21", whole.replace("Gunmen who stormed", "Attackers who raided").replace(
            "A suicide bomber", "An attacker") + " " + part),
    ])
    low = next(int(w) for w in whole.split() if w.isdigit())
    small = next(r for r in rows(con, "r2.txt", "killed") if r["value_low"] != low)
    big = one_row(rows(con, "r1.txt", "killed"), low)
    assert small["event_id"] == big["event_id"]
    assert not conflicting(con, small, big)


def test_one_hospitals_count_is_below_a_sites_figure_without_contradiction(tmp_path):
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2010-05-29",
         "At least 88 people were killed and over 200 injured as gunmen attacked two prayer halls in Lahore on Friday.\n\n"
         "Two attackers stormed the first hall, killing at least 19 people and injuring about 75, officials said.\n\n"
         "Simultaneously, another 69 were killed and 125 injured when three gunmen stormed the second hall."),
        ("r2.txt", "Wire B", "2010-05-29",
         "Gunmen attacked two prayer halls in Lahore on Friday. At the city's Jinnah Hospital, doctors were treating "
         "47 wounded people."),
    ])
    hospital = one_row(rows(con, "r2.txt", "injured"), 47)
    site = one_row(rows(con, "r1.txt", "injured"), 125)
    assert hospital["event_id"] == site["event_id"]
    assert not conflicting(con, hospital, site)


def test_some_of_the_attackers_killed_is_a_toll_of_its_own(tmp_path):
    # near-miss: "Two of the attackers were killed" counts attackers killed; another report's four contradicts it
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2018-11-23",
         "Gunmen attacked the Chinese consulate in Karachi on Friday, killing two policemen. Two of the attackers "
         "were killed by security forces and two were arrested."),
        ("r2.txt", "Wire B", "2018-11-23",
         "Gunmen attacked the Chinese consulate in Karachi on Friday and killed two policemen. All four attackers "
         "were killed, the army said."),
    ])
    a = [r for r in rows(con, "r1.txt", "killed") if r["victims"] not in ("police", "policemen")]
    b = [r for r in rows(con, "r2.txt", "killed") if r["value_low"] == 4]
    assert a and b and a[0]["event_id"] == b[0]["event_id"]
    assert conflicting(con, a[0], b[0])


@pytest.mark.parametrize(("sentence", "recalled"), [
    ("One of the worst attacks came in 2017, when a truck bomb killed 150 people in Kabul.", True),
    ("The bloodiest of the recent attacks was a suicide bombing at a registration centre that killed 57.", True),
    ("In the deadliest of these, gunmen killed 40 people at a maternity ward.", True),
    # near-misses: the report's own attack, ranked
    ("The deadliest attack of the year came on Saturday when gunmen killed 22.", False),
    ("It was among the worst attacks in the city, with 22 people killed.", False),
])
def test_superlatives_of_a_list_and_of_the_reports_own_attack(sentence, recalled):
    c = sentence_context(sentence, 0, len(sentence), dt.date(2018, 1, 21))
    assert bool(c.recalled) is recalled


@pytest.mark.parametrize(("sentence", "aggregate"), [
    ("Some 55 members of his family have been killed in such attacks, he said.", True),
    ("Dozens of civilians have died in similar attacks on the district.", True),
    ("Ten people were killed in a similar attack in the district.", False),  # near-miss: one attack
])
def test_a_toll_of_such_attacks_is_an_aggregate(sentence, aggregate):
    assert is_aggregate(sentence) is aggregate
