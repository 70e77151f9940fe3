"""Claimant roles and count readings found by a probe of real wire sentences (Iraq, Syria, Yemen, Somalia,
the Sahel, Af-Pak before 2014). Every sentence here is invented for these tests; places and bodies are
public names, figures and wording are ours.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted

PUB = "2016-03-14"


def claims_of(text: str, published: str = PUB, publisher: str = "Test Wire"):
    return [c for c in extracted(text, None, published, publisher, "t.txt") if c.kind in ("killed", "injured", "strength")]


def one(text: str, low: int, published: str = PUB):
    got = [c for c in claims_of(text, published) if c.value_low == low]
    assert got, f"no claim with low={low}: {[(c.kind, c.value_low, c.value_high) for c in claims_of(text, published)]}"
    return got[0]


# ------------------------------------------------------------------ a military command speaks as an official

@pytest.mark.parametrize("who", ["Iraq's Joint Operations Command", "the Baghdad Operations Command",
                                 "US Africa Command", "the Special Operations Command"])
def test_a_military_command_speaks_as_an_official(who):
    text = f"Fourteen fighters were killed in the raid near Hawija, {who} said on Monday."
    assert one(text, 14).claimant_role == "official"


def test_a_command_in_lower_case_is_no_claimant_of_its_own():
    text = "Fourteen fighters were killed in the raid, a militant under his command said."
    assert one(text, 14).claimant_role != "official"


# ------------------------------------------------------------------ an outlet's witness beside medics or police

@pytest.mark.parametrize("who", ["a Reuters witness and medics", "an AFP photographer and hospital staff",
                                 "police and an AP reporter", "doctors and a Xinhua correspondent"])
def test_medics_beside_an_outlets_witness_give_an_officials_count(who):
    text = f"The strike killed four farmers and wounded at least nine near Saada on Friday, {who} said."
    assert one(text, 4).claimant_role == "official"
    assert one(text, 9).claimant_role == "official"


def test_an_outlets_witness_alone_stays_the_reporters():
    text = "The strike killed four farmers near Saada on Friday, a Reuters witness said."
    assert one(text, 4).claimant_role == "reporter"


# ------------------------------------------------------------------ "informed AFP": a source speaking to a wire

@pytest.mark.parametrize("agency", ["AFP", "Reuters", "Xinhua", "the media"])
def test_a_source_that_informed_a_wire_is_the_claimant(agency):
    text = f"Six suspected militants died in the drone strikes in Abyan, a local security official informed {agency} on Sunday."
    c = one(text, 6)
    assert c.claimant_role == "official"
    assert "security official" in (c.claimant or "")


def test_informed_sources_are_no_verb():
    text = "Six suspected militants died in the drone strikes in Abyan, well-informed sources in the province believe."
    assert one(text, 6).claimant_role != "official"


# ------------------------------------------------------------------ monitors known by name

@pytest.mark.parametrize("who", ["SOHR", "The Syrian Observatory for Human Rights", "Iraq Body Count", "Airwars"])
def test_a_named_conflict_monitor_is_a_researcher(who):
    text = f"{who} recorded the deaths of 212 civilians in the province during May."
    assert one(text, 212).claimant_role == "researcher"


# ------------------------------------------------------------------ a count word glued to a dateline's colon

@pytest.mark.parametrize("lead", ["Bamako, (APP - Wire Service) :", "KANO (Agencies):", "Mogadishu, 3rd May :"])
def test_a_count_word_right_after_a_colon_is_read(lead):
    text = f"{lead}Twenty-two people, including nine soldiers, have been killed in raids on two villages, the army said."
    assert one(text, 22).kind == "killed"


@pytest.mark.parametrize("text", ["The meeting began at 10:30 and 12 people were killed later.",
                                  "The blast on 9/11 anniversary killed 14 people."])
def test_a_clock_or_date_before_a_toll_still_gives_no_count_of_its_own(text):
    lows = {c.value_low for c in claims_of(text)}
    assert 30 not in lows and 11 not in lows
