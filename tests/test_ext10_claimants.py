"""Claimants the wild-sentence probe showed missing, each in several phrasings of our own: a headline's source
after a dash or a colon at its end; a group that claims the attack in the sentence that gives its figure (named
or not in the alias table); the UN's missions and agencies beyond UNAMA.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted

BODY = "\n\nOfficials gave no further details of the incident on the day.\n"


def _claims(text, kind=None, published="2024-04-04"):
    return extracted(text, kind, published, "Test Wire", "t.txt")


def _first(text, low, kind="killed"):
    got = [c for c in _claims(text, kind) if c.value_low == low]
    assert got, f"no {kind} claim of {low} in {text!r}"
    return got[0]


@pytest.mark.parametrize("headline, low, who, role", [
    ("Death toll from the market blast rises to 31 - Health Ministry", 31, "Health Ministry", "official"),
    ("Six dead, 20 wounded in rocket strike on border town: Governor", 6, "Governor", "official"),
    ("Blast kills 12 in Quetta \u2013 Balochistan Home Department", 12, "Balochistan Home Department", "official"),
    ("At least 40 civilians killed in the fighting last month - UNAMA", 40, "UNAMA", "international_org"),
])
def test_a_headlines_source_after_a_dash_or_colon(headline, low, who, role):
    c = _first(headline + BODY, low)
    assert (c.claimant, c.claimant_role) == (who, role)


@pytest.mark.parametrize("headline, low", [
    ("Twelve killed in Quetta blast: Dawn", 12),
    ("Bus attack kills 14 in Kohistan | Reuters", 14),
])
def test_an_outlet_after_a_headline_is_no_official(headline, low):
    assert _first(headline + BODY, low).claimant_role == "reporter"


@pytest.mark.parametrize("sentence, low", [
    ("Harakat Fidayeen claimed responsibility, putting the death toll at 33.", 33),
    ("The Lashkar Brigade, which claimed the attack, said 19 soldiers had been killed.", 19),
    ("Tehreek-e-Jihad Pakistan claimed responsibility for the raid and said its men had killed 12 policemen.", 12),
])
def test_a_group_that_claims_the_attack_gives_a_perpetrators_figure(sentence, low):
    assert _first(sentence, low).claimant_role == "perpetrator"


def test_a_group_blamed_for_the_attack_is_no_speaker():
    c = _first("Officials blamed Harakat Fidayeen for the attack, in which 27 people died.", 27)
    assert c.claimant_role != "perpetrator"


@pytest.mark.parametrize("sentence, low", [
    ("In its March 2019 report, UNAMA said that 581 Afghans had lost their lives.", 581),
    ("According to MINUSMA, 41 peacekeepers were killed in the region last year.", 41),
    ("The UN human rights office said 73 civilians were killed in the month.", 73),
])
def test_the_uns_missions_and_agencies_speak_as_an_international_organisation(sentence, low):
    assert _first(sentence, low).claimant_role == "international_org"


@pytest.mark.parametrize("sentence, low, who", [
    ("Police later found seven bodies of civilians in several districts of the town.", 7, "Police"),
    ("Rescue workers recovered 14 bodies from the rubble of the mosque.", 14, "Rescue workers"),
    ("Rescue 1122 officials have recovered the bodies of 12 miners.", 12, "Rescue 1122 officials"),
])
def test_the_official_finder_of_bodies_counts_them(sentence, low, who):
    c = _first(sentence, low)
    assert (c.claimant, c.claimant_role) == (who, "official")


def test_villagers_finding_bodies_speak_in_no_office():
    assert _first("Villagers found three bodies near the river.", 3).claimant_role != "official"
