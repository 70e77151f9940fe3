"""Follow-ups and a lead with no day of its own (written in our own words).

- A follow-up (an operation told after the attack it answers: "troops killed four militants after the attack on
  the checkpoint") is about the operation: its date is its own day, else the day it was told, else the report's
  day (loosely); never the attack's day, stated after "after" or elsewhere in the report. An outlet that names
  the weekday and a paraphrased copy that drops it give one date.
- A lead that gives no day ("no fewer than seven guards have died in two attacks, state TV said on Thursday")
  takes the day the report gives the same incident further on ("fighting that started on Wednesday evening",
  "the attacks were on Wednesday night"), not the day it was reported.
- "in two attacks" (no "separate") is one night's twin attack, an event; "in two separate attacks" stays a total.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import desk, extracted, one_row, rows

from reconcile.extract.events import is_aggregate

TUE = "2024-11-05"  # a Tuesday, ten days after the attack of 26 October


def _killed(text: str, low: int, published: str = TUE):
    got = [c for c in extracted(text, "killed", published, "A desk", "f.txt") if c.value_low == low]
    assert got, text
    return got[0]


# --------------------------------------------------------------------------- follow-ups


@pytest.mark.parametrize("lead", [
    "Security forces killed four militants after a deadly raid on a police post in the southeast, state television "
    "reported on Tuesday.",
    "Security forces have now killed four militants following the deadly assault on a police station in the "
    "south-east, state TV reported Tuesday.",
    "Four insurgents were shot dead by the Revolutionary Guards in response to the assault on a police post, "
    "state television reported on Tuesday.",
    "Following the ambush on a police post on October 26, troops killed four gunmen, state television said on Tuesday.",
    "Four suspected militants have been killed in retaliation for the attack on a police post, state TV said Tuesday.",
])
def test_a_follow_up_takes_the_day_it_was_told(lead):
    text = (lead + "\n\nOn October 26, gunmen killed 10 police officers at the post in Taftan county, one of the "
            "deadliest attacks in the province this year.\n")
    assert _killed(text, 4).event_date == "2024-11-05"
    assert _killed(text, 10).event_date == "2024-10-26"


def test_a_follow_up_with_no_day_told_takes_the_reports_week():
    text = ("Security forces have killed four militants after an attack on a police post in the southeast.\n\n"
            "The militants had killed 10 police officers at the post in an October 26 assault in Taftan county.\n")
    c = _killed(text, 4)
    assert (c.event_date, c.date_precision) == ("2024-11-05", "week")


@pytest.mark.parametrize("sentence, date", [
    # near-misses: the attack's own toll (people, soldiers; attackers killed as they attacked)
    ("Five people were killed after a bomb exploded at the market on October 26.", "2024-10-26"),
    ("Two soldiers died after militants attacked their post on Saturday.", "2024-11-02"),
    ("Four militants were killed after they attacked a checkpoint on Saturday.", "2024-11-02"),
    # an offset is read as before: the day counted back from the attack told
    ("Troops killed four militants on Saturday, two days after an attack on a police post.", "2024-11-02"),
])
def test_an_attacks_own_toll_is_no_follow_up(sentence, date):
    assert _killed(sentence, int({"Five": 5, "Two": 2, "Four": 4, "Troops": 4}[sentence.split()[0]])).event_date == date


def test_the_two_outlets_of_a_follow_up_share_one_event(tmp_path):
    wire = ("TEHRAN, Nov 5, 2024 (Wire) - Iranian forces killed three militants after a deadly raid on a police post "
            "in the southeast, state television reported Tuesday.\n\n"
            "On October 26, gunmen killed 12 police officers at the post in Taftan county, Sistan-Baluchestan "
            "province.\n")
    copy = ("Iranian troops have now killed three militants following the raid on a police station in the south-east "
            "of the country, state TV reported Tuesday.\n\n"
            "The operation answered the killing of 12 policemen by gunmen, who stormed the post on October 26 in "
            "Taftan county, Sistan-Baluchestan province.\n")
    con = desk(tmp_path, [("a.txt", "Wire", TUE, wire), ("b.txt", "Copy site", TUE, copy)])
    a, b = one_row(rows(con, "a.txt", "killed"), 3), one_row(rows(con, "b.txt", "killed"), 3)
    assert a["event_date"] == b["event_date"] == "2024-11-05"
    assert a["event_id"] == b["event_id"]
    ka, kb = one_row(rows(con, "a.txt", "killed"), 12), one_row(rows(con, "b.txt", "killed"), 12)
    assert ka["event_id"] == kb["event_id"] != a["event_id"]


# --------------------------------------------------------------------------- a lead with no day of its own

THU = "2024-04-04"


@pytest.mark.parametrize("later", [
    "More than a dozen guards were wounded in fighting that started on Wednesday evening, officials said.",
    "The attacks were on Wednesday night, a deputy governor said.",
    "The fighting erupted late on Wednesday near the base, officials said.",
    "The gunbattle broke out on Wednesday evening and lasted until dawn.",
])
def test_a_lead_with_no_day_takes_the_incidents_day_given_later(later):
    text = ("No fewer than seven guards have died in two attacks in the southeast, which a militant group claimed, "
            "state television reported on Thursday.\n\n"
            "Two bases in Rask and Chabahar came under fire, the governor said.\n\n" + later + "\n")
    assert _killed(text, 7, THU).event_date == "2024-04-03"


def test_a_lead_with_no_day_keeps_the_reports_day_when_nothing_later_dates_it():
    text = ("No fewer than seven guards have died in two attacks in the southeast, which a militant group claimed, "
            "state television reported on Thursday.\n\n"
            "The group said its fighters had also seized weapons.\n")
    assert _killed(text, 7, THU).event_date == "2024-04-04"


# --------------------------------------------------------------------------- twin attacks and separate ones


@pytest.mark.parametrize("sentence", [
    "No fewer than seven guards have died in two attacks in the southeast that a militant group claimed.",
    "In two attacks on Friday night, gunmen killed nine guards at border posts.",
    "Nine soldiers died overnight in two attacks on a border base, officials said.",
])
def test_two_attacks_of_one_night_are_one_event(sentence):
    assert not is_aggregate(sentence)


@pytest.mark.parametrize("sentence", [
    "Early in September, at least eight people died across the province in two separate attacks.",
    "Six people died in two different attacks across the province last month.",
    "A total of 132 people were killed in five attacks this year.",
])
def test_separate_attacks_stay_a_total(sentence):
    assert is_aggregate(sentence)


@pytest.mark.parametrize("later", [
    "Security forces later killed four attackers in the hills near the border.",
    "Four of the attackers were later killed by the Revolutionary Guards.",
    "Troops have since killed four militants linked to the raid.",
])
def test_an_operation_told_as_later_is_a_follow_up_too(later):
    text = ("On October 26, gunmen killed 10 police officers at a post in Taftan county.\n\n" + later + "\n")
    assert _killed(text, 10).event_date == "2024-10-26"
    c = _killed(text, 4)
    assert (c.event_date, c.date_precision) == ("2024-11-05", "week")


@pytest.mark.parametrize("sentence", [
    "Two more of the wounded later died in hospital.",
    "Four attackers were killed in the gunfight that followed.",
])
def test_a_later_death_of_victims_or_attackers_killed_in_the_attack_keeps_its_date(sentence):
    text = "On October 26, gunmen killed 10 police officers at a post in Taftan county. " + sentence + "\n"
    low = 2 if sentence.startswith("Two") else 4
    assert _killed(text, low).event_date == "2024-10-26"


# --------------------------------------------------------------------------- a month's total, repeated by outlets


def test_a_months_total_repeated_by_two_outlets_links(tmp_path):
    a = ("Gunmen killed 10 police officers at a post in Taftan county, Sistan-Baluchestan province, on Saturday.\n\n"
         "In early October, no fewer than seven people, police among them, lost their lives in two separate "
         "attacks in the province.\n")
    b = ("Ten police officers were killed in an attack on a post in Taftan county on Saturday, officials said.\n\n"
         "Earlier in October, seven people, among them police officers, died in two separate attacks in "
         "Sistan-Baluchestan.\n")
    con = desk(tmp_path, [("a.txt", "Wire", "2024-10-27", a), ("b.txt", "Daily", "2024-10-27", b)])
    x, y = one_row(rows(con, "a.txt", "killed"), 7), one_row(rows(con, "b.txt", "killed"), 7)
    assert x["event_id"] is not None and x["event_id"] == y["event_id"]
