"""ctx11: event context and clustering phenomena, in our own words.

- An incident a report sets "earlier this month" (or week, or year) and tells with an incident noun of its own ("in a
  gunfight", "in a shootout", "in an exchange of fire") is another incident than the report's own, past its lead.
- The place score is consistent over the gazetteer's hierarchy: the same place is 1.0 at any level; a town and its
  province are 0.8 whether or not they share a name.
- The report's clock asks dateroles through a public function (``said_or_due``), not its private patterns.
"""

from __future__ import annotations

import numpy as np
import pytest
from phenomena_helpers import recalled

from reconcile.extract.dateroles import TOLL_WORDS, said_or_due
from reconcile.matching import build_batch
from reconcile.matching.scoring import COUNTRY_LO, PROVINCE_LO, TOWN_LO, place_score

LEAD = "Gunmen killed six policemen at a checkpoint in Bannu on Monday, police said."


# --------------------------------------------------------------------------- "earlier this month ... in a gunfight"


@pytest.mark.parametrize("background", [
    "Earlier this month four soldiers died in a shootout with militants in the same district.",
    "Three soldiers were killed in a clash with insurgents earlier this month in North Waziristan.",
    "Earlier this month, two officers lost their lives in an exchange of fire near Dera Ismail Khan.",
    "Five troops were killed in a gun battle with fighters earlier in the month in Lakki Marwat.",
    "Earlier this week a firefight at a police post in Tank left three constables dead.",
])
def test_an_incident_set_earlier_this_month_past_the_lead_is_another_incident(background):
    assert recalled(LEAD + " " + background, background[:25])
    assert not recalled(LEAD + " " + background, "Gunmen killed")


@pytest.mark.parametrize("lead", [
    # near-misses: the report's own incident, told as earlier this month in its lead sentence (an opening "Earlier
    # this month, ..." is another incident wherever it stands: round C's rule, kept)
    "Three soldiers were killed in a clash with insurgents earlier this month in North Waziristan, the army said.",
    "Four soldiers died in a shootout with militants in Bannu earlier this week, officials said.",
])
def test_the_leads_own_incident_set_earlier_this_month_is_not_recalled(lead):
    text = lead + " The wounded were taken to a military hospital."
    assert not recalled(text, lead[:25])


def test_earlier_figures_of_the_same_attack_stay_the_reports_own():
    # near-miss: no incident of its own ("the toll", not "in a gunfight")
    text = LEAD + " Earlier this week officials had put the toll at four."
    assert not recalled(text, "Earlier this week")


# --------------------------------------------------------------------------- the place score over the hierarchy


def _row(k, place, admin1, country, place_type):
    return {"id": f"r{k}", "source_id": f"s{k}", "kind": "killed", "quote": "Nine people were killed.", "paragraph": 0,
            "published": "2022-06-08", "event_date": "2022-06-06", "date_precision": "day", "value_low": 9,
            "value_high": 9, "place": place, "admin1": admin1, "country": country, "place_type": place_type}


KABUL_CITY = ("Kabul", "Kabul", "Afghanistan", "city")
KABUL_PROVINCE = ("Kabul Province", "Kabul", "Afghanistan", "province")
JALALABAD = ("Jalalabad", "Nangarhar", "Afghanistan", "city")
NANGARHAR = ("Nangarhar Province", "Nangarhar", "Afghanistan", "province")
AFGHANISTAN = ("Afghanistan", None, "Afghanistan", "country")


def _place(a, b):
    s, lo = place_score(build_batch([_row(0, *a), _row(1, *b)]), np.array([0]), np.array([1]))
    return float(s[0]), float(lo[0])


@pytest.mark.parametrize(("a", "level"), [
    (KABUL_CITY, TOWN_LO), (JALALABAD, TOWN_LO), (KABUL_PROVINCE, PROVINCE_LO), (NANGARHAR, PROVINCE_LO),
    (AFGHANISTAN, COUNTRY_LO),
])
def test_a_place_and_itself_score_one_at_every_level(a, level):
    assert _place(a, a) == (1.0, level)


@pytest.mark.parametrize(("town", "province"), [(JALALABAD, NANGARHAR), (KABUL_CITY, KABUL_PROVINCE)])
def test_a_town_and_its_province_score_alike_whether_or_not_they_share_a_name(town, province):
    assert _place(town, province) == _place(province, town) == (0.8, PROVINCE_LO)


def test_coarser_agreements_weigh_less_and_places_apart_count_against():
    assert _place(JALALABAD, AFGHANISTAN)[0] == 0.4
    assert _place(KABUL_CITY, JALALABAD)[1] < 0 and _place(KABUL_PROVINCE, NANGARHAR)[1] < 0
    assert TOWN_LO > PROVINCE_LO > COUNTRY_LO > 0


# --------------------------------------------------------------------------- dateroles' public words


@pytest.mark.parametrize(("text", "day", "said"), [
    ("The army said on Sunday that four soldiers died.", "Sunday", True),
    ("The curfew is due to end on Sunday.", "Sunday", True),
    ("On Sunday the ministry said nine were killed.", "Sunday", True),
    ("On Sunday night, inmates rioted and killed two guards.", "Sunday", False),
    ("Gunmen killed four guards on Sunday.", "Sunday", False),
])
def test_said_or_due_tells_a_statements_day_from_an_events(text, day, said):
    at = text.index(day)
    assert said_or_due(text, 0, at, at + len(day)) is said


def test_toll_words_are_public():
    assert TOLL_WORDS.search("three were wounded") and not TOLL_WORDS.search("the curfew ends")
