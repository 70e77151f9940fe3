"""ctx11: dates and places of rounds X and Y, as phenomena in our own words.

- A day an attack noun owns ("Sunday's bombing") is the attack's; another day of the sentence is what followed it
  ("families spent Monday burying their dead").
- A day set on a release of words or pictures ("on Sunday released a video"), on a news report or bulletin ("told a
  broadcaster in a news report today"), or on a toll that doubled or tripled, is no event's day.
- "X was announced as officials in Y reported that N were killed": the second report's own clause, placed by its
  speakers' province.
- A town the lead names with another as the sites of its attacks: a paragraph telling "another attack" there is one
  site of the lead's attack, not another incident.
"""

from __future__ import annotations

import datetime as dt

import pytest
from phenomena_helpers import extracted

from reconcile.extract.context import ContextReader
from reconcile.extract.dateroles import EVENT, STATEMENT, UPDATE, date_role
from reconcile.extract.dates import find_dates
from reconcile.extract.segment import segment


def _claims(text, published="2023-05-08", kind=None):
    return [c for c in extracted(text, kind, published, "Test Wire", "t.txt") if c.kind in ("killed", "injured")]


def _one(text, low, published="2023-05-08"):
    got = [c for c in _claims(text, published) if c.value_low == low]
    assert got, f"no claim of {low} in {text!r}"
    return got[0]


def _role(text, word, published="2023-05-08"):
    pub = dt.date.fromisoformat(published)
    prev = None
    for d in find_dates(text, 0, len(text), pub):
        r = date_role(text, 0, len(text), d, prev)
        prev = (d, r)
        if text[d.start : d.end].startswith(word):
            return r
    raise AssertionError(f"{word!r} not found as a date in {text!r}")


# --------------------------------------------------------------------------- the day an attack noun owns

SUNDAY = "2023-05-07"


@pytest.mark.parametrize(("text", "low"), [
    ("Families spent Monday burying their dead as the toll from Sunday's bombing of a market in Quetta rose to 40.", 40),
    ("Mourners gathered on Monday while the number of dead from Sunday\u2019s suicide attack in Kohat reached 31.", 31),
    ("Rescuers dug through rubble on Monday after Sunday's twin blasts in Peshawar, which killed 19 people.", 19),
    ("Shops stayed shut on Monday, a day of mourning for the 23 people killed in Sunday's attack on a bus in Mastung.", 23),
])
def test_the_day_an_attack_noun_owns_is_the_attacks(text, low):
    assert _one(text, low).event_date == SUNDAY


def test_near_miss_a_possessive_day_of_no_attack_leaves_the_event_day():
    text = "Gunmen killed 12 people at a checkpoint in Bannu on Sunday, after Saturday's rally in the city."
    assert _one(text, 12).event_date == SUNDAY


# --------------------------------------------------------------------------- days that are no event's


@pytest.mark.parametrize(("text", "word"), [
    ("The group on Sunday released a video of the three gunmen who attacked the parade.", "Sunday"),
    ("Militants on Friday posted photos of the bombers who struck the market.", "Friday"),
    ("The army on Tuesday issued a list of the soldiers who died in the ambush.", "Tuesday"),
    ("The governor told a broadcaster in a live news report on Monday that the toll had passed 75.", "Monday"),
    ("The ministry said in a radio bulletin on Monday that 30 had died.", "Monday"),
])
def test_a_release_or_a_news_reports_day_is_a_statements(text, word):
    assert _role(text, word) == STATEMENT


@pytest.mark.parametrize(("text", "word"), [
    ("The toll from the strike on the tunnels almost tripled Saturday, officials said.", "Saturday"),
    ("The number of dead from the bombing doubled on Monday as more bodies were found.", "Monday"),
    ("The death toll quadrupled on Thursday after rescuers reached the village.", "Thursday"),
])
def test_a_toll_that_doubled_or_tripled_on_a_day_is_an_update(text, word):
    assert _role(text, word) == UPDATE


@pytest.mark.parametrize(("text", "word"), [
    # near-misses: the event's own day
    ("Police on Sunday released the names of the 12 people killed in the blast.", "Sunday"),
    ("A bomb killed 12 people at a market on Saturday.", "Saturday"),
])
def test_near_misses_keep_the_event_day(text, word):
    assert _role(text, word) != UPDATE and (word != "Saturday" or _role(text, word) == EVENT)


# --------------------------------------------------------------------------- a second report in one sentence


@pytest.mark.parametrize(("text", "low", "place"), [
    ("The toll in Nangarhar was announced as officials in southern Helmand province reported that at least 11 civilians "
     "were killed in two roadside blasts.", 11, "Helmand"),
    ("The toll in Kunar rose to 20 as police in neighbouring Nuristan province said that six guards were killed in an "
     "ambush.", 6, "Nuristan"),
    ("Funerals were held in Khost while officials in Paktika province confirmed that nine people were killed by a "
     "landmine.", 9, "Paktika"),
])
def test_officials_of_a_province_reporting_that_place_their_own_toll(text, low, place):
    assert place in (_one(text, low, "2017-04-18").place or "")


def test_near_miss_the_first_clauses_toll_keeps_its_place():
    text = ("The toll in Kunar rose to 20 as police in neighbouring Nuristan province said that six guards were killed "
            "in an ambush.")
    assert "Kunar" in (_one(text, 20, "2017-04-18").place or "")


# --------------------------------------------------------------------------- sites of one coordinated attack


def _recalled(text, needle, published="2024-06-24"):
    sentences = segment(text)
    reader = ContextReader(text, sentences, dt.date.fromisoformat(published))
    for i, s in enumerate(sentences):
        if needle in text[s.start : s.end]:
            return reader.recalled(i)
    raise AssertionError(needle)


@pytest.mark.parametrize(("lead", "towns"), [
    ("Gunmen attacked two churches and a police post in the cities of Derbent and Makhachkala, killing nine people.",
     ("Makhachkala", "Derbent")),
    ("Militants stormed checkpoints in Panjgur and Noshki overnight, killing seven soldiers, the army said.",
     ("Noshki", "Panjgur")),
    ("Coordinated attacks on police stations in Kalat, Mastung and Pasni left 14 people dead.", ("Mastung", "Kalat")),
])
def test_a_paragraph_on_one_site_of_the_leads_attack_is_the_same_incident(lead, towns):
    site, other = towns
    text = (f"{lead}\n\nIn {site}, about 100 kilometres from {other}, another attack targeted a checkpoint. "
            "This incident left six policemen wounded.")
    assert not _recalled(text, "another attack")
    assert not _recalled(text, "six policemen")


def test_near_miss_another_attack_in_a_town_the_lead_does_not_name_stays_recalled():
    text = ("Gunmen attacked two churches in Derbent, killing nine people.\n\nIn Khasavyurt, about 100 kilometres away, "
            "another attack targeted a checkpoint. This incident left six policemen wounded.")
    assert _recalled(text, "another attack")


# --------------------------------------------------------------------------- where responders came from


@pytest.mark.parametrize("text", [
    "Gunmen stormed a college in Charsadda. Soldiers were rushed in from the provincial capital, Peshawar, to help police. "
    "The army said all four gunmen had been killed.",
    "Gunmen stormed a college in Charsadda. Commandos were flown in from Peshawar to clear the buildings. "
    "The army said all four gunmen had been killed.",
    "Gunmen stormed a college in Charsadda. More troops were deployed from Peshawar as the siege went on. "
    "The army said all four gunmen had been killed.",
])
def test_the_town_responders_came_from_is_no_scene(text):
    assert _one(text, 4, "2016-01-20").place == "Charsadda"


def test_near_miss_troops_fighting_in_a_town_keep_it():
    text = "Soldiers fought gunmen in Peshawar for six hours. The army said all four gunmen had been killed."
    assert _one(text, 4, "2016-01-20").place == "Peshawar"
