"""Dates, places and events (issue 4): the phenomena behind rounds P and Q's missed links, in our own words.

- a nationality list among the victims ("citizens of China, Jordan and Tunisia"), a person's birthplace ("born in
  the former Soviet republic of Kyrgyzstan") and the country whose ministry speaks ("the foreign ministry of
  Kazakhstan said") are no scene;
- the state that struck is not where ("a missile attack by Pakistan on Iran's border region", "Iran's strike on a
  target in Pakistan", "Pakistan attacked a border village");
- the cities of Russia, Turkey, Iran and Central Asia where the region's groups struck are places, and a dateline
  "ST. PETERSBURG, Russia —" places its report;
- a village of a tribal district lies in that district (Chenagai, Khar: Bajaur);
- "the night of October 29/30, 2006" is the 30th; "March 5-6" the 5th;
- an undated page's heading that gives the day in full dates its event;
- "The raid happened three days after the neighbour launched strikes ... which left four villagers dead": that toll
  is days before the report's own attack;
- a lead naming only a country takes the town of "The madrasa in X village ..." that follows it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from phenomena_helpers import conflicting, context_of, desk, extracted, one, place_of, rows

from reconcile import gazetteer
from reconcile.extract.dates import find_dates
from reconcile.revisions import projection

# ----------------------------------------------------------------------------- who they were is not where


@pytest.mark.parametrize("sentence", [
    "Nineteen of those killed were locals; the others were visitors, among them citizens of China, Jordan and Tunisia.",
    "Nationals of Iran, Uzbekistan and Tajikistan were among the 40 people killed, the ministry said.",
    "The victims included two Saudis and one each from China and Jordan, officials said.",
    "Among the 14 dead were passport holders of Kazakhstan and Tajikistan.",
    "Investigators say the man, born in the Central Asian republic of Kyrgyzstan, set off the bomb that killed 13 on the train.",
    "The attacker grew up in Osh, investigators said, and the blast killed 13 people.",
    "The foreign ministry of Uzbekistan said two of its nationals died in the blast.",
    "The government of Tajikistan confirmed that four of its nationals were among the dead.",
])
def test_who_the_victims_and_attackers_were_is_no_scene(sentence):
    assert place_of(sentence) is None, sentence


@pytest.mark.parametrize("sentence, place", [
    # near-misses: the scene itself, a city's residents, a birthplace beside the scene
    ("Twelve people were killed in a blast in Tajikistan, officials said.", "Tajikistan"),
    ("Citizens of Kabul woke to a blast that killed 12 people.", "Kabul"),
    ("The bomber was born in Osh and blew himself up in Bishkek, killing three.", "Bishkek"),
    ("A bomb killed four Chinese citizens in Kazakhstan on Monday.", "Kazakhstan"),
])
def test_the_scene_beside_who_they_were_stays(sentence, place):
    assert place_of(sentence) == place, sentence


def test_a_nationality_list_leaves_the_report_its_city():
    text = ("ISTANBUL (Alpha Wire) - Three suicide bombers struck the city's main airport on Tuesday, killing 41 people. "
            "The governor said 23 of the victims were Turks while the rest held passports of several states, among them "
            "citizens of China, Jordan and Tunisia.")
    got = one(extracted(text, "killed", "2016-06-29", "Alpha Wire", "a.txt"), 23)
    assert got and got[0].place == "Istanbul", [(c.value_low, c.place) for c in got]


# ----------------------------------------------------------------------------- the state that struck


@pytest.mark.parametrize("sentence, place", [
    ("Rockets fired by Pakistan at Iran's restive frontier area killed at least seven people, state TV said.", "Iran"),
    ("Iran's strike on a militant target in Pakistan killed two children.", "Pakistan"),
    ("Two children died in strikes carried out by Iran inside Pakistan.", "Pakistan"),
    ("Pakistan's air strikes in Afghanistan killed 46 people, the Taliban said.", "Afghanistan"),
    ("Iran struck a Pakistani frontier hamlet with drones, killing six.", None),
    # near-misses: the country where it happened
    ("Pakistan's deadliest attack this year killed 80 people.", "Pakistan"),
    ("In Pakistan, militants attacked a checkpoint and killed five soldiers.", "Pakistan"),
    ("A bomb killed nine people in Iran on Thursday.", "Iran"),
])
def test_the_state_that_struck_is_not_the_scene(sentence, place):
    assert place_of(sentence) == place, sentence


# ----------------------------------------------------------------------------- cities of the region


@pytest.mark.parametrize("name, country", [
    ("St. Petersburg", "Russia"), ("Saint Petersburg", "Russia"), ("St Petersburg", "Russia"),
    ("Volgograd", "Russia"), ("Makhachkala", "Russia"), ("Derbent", "Russia"), ("Grozny", "Russia"),
    ("Izmir", "Turkey"), ("Gaziantep", "Turkey"), ("Suruc", "Turkey"), ("Iranshahr", "Iran"), ("Izeh", "Iran"),
    ("Aktobe", "Kazakhstan"), ("Taraz", "Kazakhstan"), ("Chenagai", "Pakistan"), ("Damadola", "Pakistan"),
])
def test_cities_where_the_regions_groups_struck_are_places(name, country):
    place = gazetteer.lookup(name)
    assert place is not None and place.country == country, name


@pytest.mark.parametrize("dateline", ["ST. PETERSBURG, Russia —", "ST PETERSBURG, Russia -", "Saint Petersburg:"])
def test_a_dateline_places_a_report_abroad(dateline):
    text = f"{dateline} A blast on a subway train killed 13 people on Monday, investigators said."
    got = one(extracted(text, "killed", "2017-04-04", "Alpha Wire", "a.txt"), 13)
    assert got and got[0].place == "Saint Petersburg", [(c.place, c.quote) for c in got]


@pytest.mark.parametrize("village", ["Chenagai", "Khar", "Damadola"])
def test_a_village_of_a_tribal_district_lies_in_it(village):
    assert gazetteer.lookup(village).district == "Bajaur"
    assert gazetteer.lookup("Bajaur Agency").name == "Bajaur"


def test_a_village_and_its_district_are_one_event(tmp_path):
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2006-10-30",
         "Helicopter gunships killed 82 people in a dawn strike on a religious school in Chenagai on Monday, "
         "officials said."),
        ("b.txt", "Beta News", "2006-10-31",
         "The death toll from Monday's air strike on a seminary in the Bajaur tribal district rose to 82, "
         "local officials said."),
    ])
    a, b = rows(con, "a.txt", "killed"), rows(con, "b.txt", "killed")
    assert a and b and a[0]["event_id"] == b[0]["event_id"], [(r["place"], r["event_date"]) for r in a + b]


# ----------------------------------------------------------------------------- dates


@pytest.mark.parametrize("phrase, day", [
    ("killed before dawn on October 29/30, 2006 in the", "2006-10-30"),
    ("in the night of 29/30 October 2006, when", "2006-10-30"),
    ("the two-day siege of March 5-6, 2024, when", "2024-03-05"),
    ("on May 13\u201314, 2005 troops fired", "2005-05-13"),
    # near-misses: one day, and a time of day
    ("on October 29, 2006 the", "2006-10-29"),
    ("at 10:30 on March 5, 2024 a", "2024-03-05"),
])
def test_a_pair_of_days_dates_the_attack(phrase, day):
    got = [d.value for d in find_dates(phrase, 0, len(phrase), dt.date(2024, 12, 1)) if len(d.value) == 10]
    assert day in got, (phrase, got)


def test_an_undated_pages_heading_dates_its_event():
    text = ("In memory of\n\nAt least 60 students killed\n\nkilled at dawn on Monday, October 30, 2006\n\n"
            "in the village of Chenagai, near Khar, Bajaur. The air strike flattened the seminary as the boys "
            "exercised in the yard, and the blast killed most of them.\n")
    got = one(extracted(text, "killed", None, "Memorial", "m.txt"), 60)
    assert got and got[0].event_date == "2006-10-30", [(c.event_date, c.date_precision) for c in got]


@pytest.mark.parametrize("phrase", [
    "Thursday's raid took place two days after Iranian missiles hit what Tehran called militant hideouts inside "
    "Pakistan, leaving at least two children dead.",
    "It happened two days after Iran bombed a village in Pakistan, an attack that killed at least two children.",
    "The attack occurred two days after an Iranian strike in Pakistan left at least two children dead.",
])
def test_a_toll_two_days_after_is_the_earlier_attacks(phrase):
    text = ("Nine people were killed on Thursday in a missile attack on a border village near Saravan, state "
            "media said. " + phrase)
    got = one(extracted(text, "killed", "2024-01-18", "Alpha Wire", "a.txt"), 2)
    assert got and got[0].event_date == "2024-01-16" and got[0].place == "Pakistan", \
        [(c.event_date, c.place) for c in got]


# ----------------------------------------------------------------------------- a lead naming only a country


def test_a_lead_naming_a_country_takes_the_targets_village():
    text = ("80 dead in Pakistan raid\n\n"
            "Army gunships killed around 80 suspected fighters this morning in an early raid on a seminary "
            "close to the Afghan frontier.\n\n"
            "The madrasa in Chenagai village, the army said, had been warned to shut down weeks earlier.\n")
    assert context_of(text, "around 80", "2006-10-30")[1] in ("Chenagai", "Bajaur")


def test_a_lead_naming_a_country_without_a_scene_stays_the_country():
    text = ("80 dead in Pakistan raid\n\n"
            "Army gunships killed around 80 suspected fighters this morning in an early raid in Pakistan.\n\n"
            "The army said the school had been warned to close.\n")
    assert context_of(text, "around 80", "2006-10-30")[1] == "Pakistan"


# ----------------------------------------------------------------------------- projections and revisions


@pytest.mark.parametrize("quote, words, projected", [
    ("A minister first spoke of about 50 dead, then said the count would probably climb to about 50.",
     "about 50", True),
    ("Officials said the toll could rise to 60.", "60", True),
    ("Doctors feared the number of dead was likely to climb further to over 70.", "over 70", True),
    ("The governor warned the toll may reach as many as 100.", "100", True),
    # near-misses: a toll that rose, and a figure beside a projection
    ("The toll rose to 30 and was expected to climb further.", "30", False),
    ("Officials fear the number of dead may reach 100, after 45 bodies were found.", "45", False),
])
def test_what_a_toll_is_expected_to_become_is_a_projection(quote, words, projected):
    assert projection({"quote": quote, "value_text": words}) is projected


@pytest.mark.parametrize("later", [
    "An unnamed official later told reporters the count was expected to rise to close to 50.",
    "A senior official later said the toll could climb to 50.",
    "A senior official later said the number of dead was feared to reach 50.",
])
def test_a_projection_neither_updates_nor_contradicts_a_toll(tmp_path, later):
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2016-06-29",
         "ISTANBUL - Suicide bombers attacked the airport on Tuesday night. The prime minister said 36 were dead. "
         + later),
        ("b.txt", "Beta News", "2016-06-30", "ISTANBUL - The death toll from Tuesday's airport bombing rose to 42."),
    ])
    a, b = rows(con, "a.txt", "killed"), rows(con, "b.txt", "killed")
    k36, k42 = [r for r in a if r["value_low"] == 36], [r for r in b if r["value_low"] == 42]
    assert k36 and k42 and conflicting(con, k36[0], k42[0]), [(r["value_low"], r["event_id"]) for r in a + b]
    projected = [r for r in a if (r["value_high"] or 0) >= 45]
    assert not any(conflicting(con, p, k42[0]) or conflicting(con, p, k36[0]) for p in projected)


def test_a_toll_that_rose_still_supersedes_its_first_figure(tmp_path):
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2016-06-29",
         "ISTANBUL - Suicide bombers attacked the airport on Tuesday night. The prime minister said 36 were dead. "
         "A senior official later said the toll had risen to 50."),
        ("b.txt", "Beta News", "2016-06-30", "ISTANBUL - The death toll from Tuesday's airport bombing rose to 42."),
    ])
    a, b = rows(con, "a.txt", "killed"), rows(con, "b.txt", "killed")
    k36, k50, k42 = ([r for r in rs if r["value_low"] == v] for rs, v in ((a, 36), (a, 50), (b, 42)))
    assert k36 and k50 and k42 and not conflicting(con, k36[0], k42[0]) and conflicting(con, k50[0], k42[0])


# ----------------------------------------------------------------------------- near counts of one toll, another's claim


def test_two_counts_a_unit_apart_are_one_event(tmp_path):
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2006-10-30",
         "At least 83 students were killed when missiles struck a seminary in Chenagai on Monday, villagers said."),
        ("b.txt", "Beta News", "2006-10-31",
         "Officials said 82 people died in Monday's strike on the religious school in Chenagai."),
    ])
    a, b = rows(con, "a.txt", "killed"), rows(con, "b.txt", "killed")
    assert a and b and a[0]["event_id"] == b[0]["event_id"] and conflicting(con, a[0], b[0])


@pytest.mark.parametrize("sentence", [
    "The air raid came after the Taliban claimed responsibility for an assault that killed at least 20 people at a clinic.",
    "The raid came a day after the Taliban claimed a bombing that killed at least 20 people at a hospital.",
    "It follows IS's claim of an attack that killed at least 20 people at a hospital.",
])
def test_an_attack_another_claimed_is_not_the_reports_own(sentence):
    text = ("JALALABAD (Alpha Wire) - A drone strike killed 30 farm workers in Nangarhar province on Thursday, "
            "officials said. " + sentence)
    got = one(extracted(text, "killed", "2019-09-20", "Alpha Wire", "a.txt"), 20)
    assert got and got[0].place is None, [(c.place, c.event_date) for c in got]
