"""Round L phenomena (dates, linking, conflicts), written in our own words.

- "Earlier, a bomb in a market area killed eleven", "Earlier in the afternoon, a bomb went off at a bazaar,
  killing 12": another blast of that day, told after the report's own attack, is not the lead's attack
  (its toll is kept apart from the lead's event); the lead's own attack told again after "Earlier," in the
  lead's own words stays the lead's;
- an AP-style day between a subject and a verb of reaction ("Residents Tuesday (March 7) mourned the dead")
  is the day of the mourning, not of the attack.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import desk, extracted, one, rows

LEAD = ("QUETTA, Pakistan - Two bombs tore through a billiard hall in Quetta on Thursday night, killing 80 people "
        "and wounding more than 100, police said. The hall lies in a mostly Shia neighbourhood. ")


@pytest.mark.parametrize("sentence, low", [
    ("Earlier, a bomb in a market area killed 11 people and injured 27 more.", 11),
    ("Earlier in the afternoon, 12 people lost their lives when a bomb went off near a paramilitary truck at "
     "a crowded bazaar.", 12),
    ("Earlier that day, a roadside bomb hit a police van on the bypass, killing four officers.", 4),
    ("Earlier on Thursday morning, seven people were hurt when a grenade was hurled at a shop.", 7),
    ("Earlier in the day, a car bomb exploded outside a bank, leaving nine dead.", 9),
])
def test_another_blast_told_earlier_is_not_the_leads(sentence, low):
    claims = extracted(LEAD + sentence, None, "2013-01-11", "Alpha Wire", "a.txt")
    lead = one(claims, 80)
    assert lead and not lead[0].recalled
    got = one(claims, low)
    assert got, sentence
    assert all(c.recalled for c in got), sentence


@pytest.mark.parametrize("sentence, low", [
    # near-misses: the lead's own attack, told again with an earlier figure, or a statement told "earlier"
    ("Earlier, the blasts in the billiard hall killed at least 70, a police official had said.", 70),
    ("Earlier, a police official said the bombs had killed 60 people.", 60),
])
def test_the_leads_attack_told_again_stays_the_leads(sentence, low):
    claims = extracted(LEAD + sentence, None, "2013-01-11", "Alpha Wire", "a.txt")
    got = one(claims, low)
    assert got and not any(c.recalled for c in got), sentence


def test_the_leads_attack_retold_after_earlier_in_its_own_words():
    text = ("MASTUNG, Pakistan - A suicide bomber struck a religious procession outside a mosque in Mastung on "
            "Friday, killing 52 people, officials said. Earlier, a suicide bomber attacked a procession outside a "
            "mosque in Mastung, killing 40 people.")
    claims = extracted(text, "killed", "2023-09-30", "Alpha Wire", "a.txt")
    assert one(claims, 52) and one(claims, 40)
    assert not any(c.recalled for c in one(claims, 40))


def test_the_earlier_blast_does_not_join_the_leads_event(tmp_path):
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2013-01-11", LEAD + "Earlier, a bomb in a market area killed 11 people and injured 27 more."),
        ("b.txt", "Beta News", "2013-01-11",
         "QUETTA: As many as 82 people died and 120 were hurt in twin blasts at a snooker hall in Quetta on "
         "Thursday night, officials said."),
    ])
    a80 = [r for r in rows(con, "a.txt", "killed") if r["value_low"] == 80][0]
    a11 = [r for r in rows(con, "a.txt", "killed") if r["value_low"] == 11][0]
    b82 = [r for r in rows(con, "b.txt", "killed") if r["value_low"] == 82][0]
    assert a80["event_id"] == b82["event_id"]
    assert a11["event_id"] != a80["event_id"]


# --------------------------------------------------------------------------- a day of mourning or of saying

@pytest.mark.parametrize("text", [
    "KABUL -- Afghans Sunday (June 4) mourned the victims of a truck bombing in Kabul that killed 90 people.",
    "KABUL -- Kabul residents Sunday mourned the 90 people killed in a truck bombing in the city.",
    "KABUL -- Officials Sunday (June 4) said a truck bombing in Kabul had killed 90 people.",
    "KABUL -- The ministry Sunday confirmed that 90 people were killed in the truck bombing in Kabul.",
])
def test_a_day_between_a_subject_and_its_verb_of_saying_is_not_the_attacks(text):
    claims = extracted(text, "killed", "2017-06-05", "Alpha Wire", "a.txt")
    got = one(claims, 90)
    assert got, text
    # a day of saying: the attack is at most that day (a window ending on it), not that day itself
    assert not (got[0].event_date == "2017-06-04" and got[0].date_precision == "day"), text


def test_the_attacks_own_day_named_next_dates_it():
    text = ("LAHORE -- Residents Tuesday (February 14) mourned the victims of a suicide bombing in Lahore, as the "
            "death toll rose to 15. The city observed a day of mourning after Monday's (February 13) blast.")
    got = one(extracted(text, "killed", "2017-02-15", "Alpha Wire", "a.txt"), 15)
    assert got and (got[0].event_date, got[0].date_precision) == ("2017-02-13", "day")


@pytest.mark.parametrize("text", [
    # near-misses: the day of the attack itself, set the same way
    "KABUL -- Militants Sunday (June 4) killed 90 people with a truck bomb in Kabul.",
    "KABUL -- A truck bomb Sunday killed 90 people in Kabul, officials said.",
    "KABUL -- Officials said a truck bomb killed 90 people in Kabul on Sunday.",
])
def test_the_attacks_own_day_set_after_its_subject_stays(text):
    got = one(extracted(text, "killed", "2017-06-05", "Alpha Wire", "a.txt"), 90)
    assert got and (got[0].event_date, got[0].date_precision) == ("2017-06-04", "day"), text


# --------------------------------------------------------------------------- a place named as an origin

@pytest.mark.parametrize("text", [
    "Nine border guards were killed on Monday in an assault launched from inside Afghanistan, state television said.",
    "Rockets fired from within Afghanistan killed three civilians on Monday, officials said.",
    "Officials said the raid, which was planned from across the border in Iran, killed nine guards on Monday.",
    "Nine guards died on Monday in an ambush that insurgents had staged from Afghanistan, the ministry said.",
])
def test_where_an_attack_was_sent_from_is_not_its_place(text):
    got = [c for c in extracted(text, "killed", "2021-03-02", "Alpha Wire", "a.txt") if c.value_low in (3, 9)]
    assert got, text
    assert all(c.place not in ("Afghanistan", "Iran") for c in got), text


@pytest.mark.parametrize("text, place", [
    # near-misses: the place of the attack itself, and an attack from a place with the scene named
    ("Nine border guards were killed on Monday in an assault inside Afghanistan, state television said.",
     "Afghanistan"),
    ("Rockets fired from Afghanistan killed three civilians in Bajaur on Monday, officials said.", "Bajaur"),
])
def test_the_attacks_own_place_stays(text, place):
    got = [c for c in extracted(text, "killed", "2021-03-02", "Alpha Wire", "a.txt") if c.value_low in (3, 9)]
    assert got and got[0].place == place, text


# --------------------------------------------------------------------------- an archive photo's caption

@pytest.mark.parametrize("caption", [
    "FILE - A soldier stands guard near Torkham in eastern Afghanistan, June 1, 2014.",
    "FILE (AP) - Police officers patrol a street in Peshawar, Pakistan, March 3, 2015.",
    "File - A border post near Chaman is seen on May 5, 2016.",
])
def test_an_archive_photos_caption_dates_and_places_nothing(caption):
    text = (caption + " State media reported on Wednesday that ten border guards were killed in an attack.\n\n"
            "Ten border guards were killed on Wednesday in an attack in Zahedan, state media said.")
    got = one(extracted(text, "killed", "2017-04-27", "Alpha Wire", "a.txt"), 10)
    assert len(got) == 2
    assert all(not (c.event_date or "").startswith(("2014", "2015", "2016")) for c in got), caption
    assert all(c.place not in ("Torkham", "Peshawar", "Chaman") for c in got), caption


# --------------------------------------------------------------------------- local people counted beside others

def _notes(con):
    return sorted(r[0] for r in con.execute("select note from conflicts"))


@pytest.mark.parametrize("listed", [
    "Four locals and seven Chinese nationals died in the blast, according to some reports.",
    "The dead were seven Chinese engineers and four local residents, some reports said.",
    "Seven Chinese nationals and four villagers were among those who died, according to some reports.",
    "Some reports said seven Chinese workers and four Pakistani nationals had died.",
])
def test_local_people_counted_beside_foreigners_are_a_part(tmp_path, listed):
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2021-07-15",
         "DASU, Pakistan - At least 13 people were killed on Wednesday when a bus exploded near Dasu in Upper "
         "Kohistan, officials said. " + listed),
        ("b.txt", "Beta News", "2021-07-15",
         "Twelve people were killed on Wednesday in a bus blast near Dasu in Upper Kohistan, officials said. "
         "Nine of the dead were Chinese, police said."),
    ])
    notes = _notes(con)
    # the four locals are compared with no total ("total below", "4 vs 12")
    assert not any(" 4 " in n.replace("(", " ").replace(":", " ") and ("people" in n or "total" in n) for n in notes), notes


def test_locals_of_two_reports_are_compared_with_each_other(tmp_path):
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2021-07-15",
         "Four locals and seven Chinese nationals died on Wednesday when a bus blew up near Dasu in Upper "
         "Kohistan, officials said."),
        ("b.txt", "Beta News", "2021-07-15",
         "Nine Chinese nationals and three Pakistani nationals were killed on Wednesday when a bus blew up near "
         "Dasu in Upper Kohistan, police said."),
    ])
    notes = _notes(con)
    assert any("locals" in n and "3" in n and "4" in n for n in notes), notes
    assert not any("foreigners: 3" in n or "vs 3 " in n and "foreigners" in n for n in notes), notes


@pytest.mark.parametrize("text", [
    # near-misses: local people counted alone are everyone the sentence counts; Pakistanis killed abroad are
    # the foreigners of that attack
    "Four locals died on Wednesday when a bus blew up near Dasu in Upper Kohistan, officials said.",
])
def test_locals_counted_alone_stay_a_total(tmp_path, text):
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2021-07-15", text),
        ("b.txt", "Beta News", "2021-07-15",
         "Twelve people were killed on Wednesday in a bus blast near Dasu in Upper Kohistan, officials said."),
    ])
    assert any("4" in n and "12" in n for n in _notes(con))


def test_nationals_of_another_country_stay_foreigners():
    from reconcile.tollparts import _local_people
    c = {"value_text": "three", "quote": "Nine Chinese nationals and three Pakistani nationals were killed in Kabul.",
         "place": "Kabul", "victims": "foreigners"}
    assert not _local_people(c)
    assert _local_people({**c, "place": "Dasu"})


# --------------------------------------------------------------------------- "N years earlier" after a dated sentence

@pytest.mark.parametrize("text, low, want", [
    ("Eight border guards were killed in clashes with rebels in 2015. Two years earlier, the group killed 14 guards "
     "in an attack.", 14, ("2013", "year")),
    ("Eight guards died in clashes in April 2015. Three months earlier, militants killed 14 guards in an ambush.",
     14, ("2015-01", "month")),
    ("In March 2019 a bomb killed eight people at a market. A year earlier, a similar bomb had killed 11 people "
     "there.", 11, ("2018", "year")),
    ("Eight soldiers were killed in a raid in 2016. Some two years before, the same group killed 14 soldiers in "
     "an ambush.", 14, ("2014", "year")),
])
def test_years_earlier_count_back_from_the_date_told_before(text, low, want):
    got = one(extracted(text, "killed", "2017-04-27", "Alpha Wire", "a.txt"), low)
    assert got and (got[0].event_date, got[0].date_precision) == want, text


def test_years_earlier_with_nothing_dated_before_counts_from_the_report():
    # near-miss: no date told before: counted back from the report's day, as before
    text = "Two years earlier, the group killed 14 border guards in an attack."
    got = one(extracted(text, "killed", "2017-04-27", "Alpha Wire", "a.txt"), 14)
    assert got and got[0].event_date == "2015"
