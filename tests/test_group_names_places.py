"""A country or town inside an armed group's name, or where a group is based, is not where it struck."""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted, place_of


def _attribution_place(text: str) -> str | None:
    found = [c for c in extracted(text, "attribution", "2019-03-02", "Wire", "g.txt")]
    assert found, text
    return found[0].place


@pytest.mark.parametrize("text, place", [
    ("Gunmen raided a shrine in Mashhad on Friday, killing 11 pilgrims. The Islamic State of Iraq and the Levant "
     "said it carried out the attack.", "Mashhad"),
    ("A bomb tore through a bus in Quetta on Thursday, killing nine passengers. The Balochistan Liberation Front, "
     "a separatist group operating out of neighbouring Iran, claimed responsibility.", "Quetta"),
    ("Attackers hit a police post in Lakki Marwat on Friday, killing four constables. Tehreek-e-Taliban Pakistan, which is "
     "based in Afghanistan, claimed the attack.", "Lakki Marwat"),
])
def test_the_claim_of_responsibility_takes_the_attack_s_place(text, place):
    assert _attribution_place(text) == place


@pytest.mark.parametrize("sentence, place", [
    ("The Islamic Movement of Uzbekistan claimed the raid.", None),
    ("Tehreek-e-Taliban Pakistan claimed the bombing.", None),
    # near-misses: the scene stays the scene
    ("Gunmen killed six people in Iraq on Sunday.", "Iraq"),
    ("The Taliban in Kunduz killed five soldiers.", "Kunduz"),
    ("Militants based in Kunar attacked a checkpoint in Nuristan, killing four policemen.", "Nuristan Province"),
    ("A bomb killed three soldiers in the State of Jammu and Kashmir.", "Kashmir"),
])
def test_a_group_s_name_or_base_is_no_place(sentence, place):
    assert place_of(sentence) == place


@pytest.mark.parametrize("sentence, place", [
    ("Two gunmen attacked targets in and around the capital of Iran, Tehran, killing 12 people.", "Tehran"),
    ("A bomb in the largest city of Pakistan, Karachi, killed five people.", "Karachi"),
    ("Attacks in Tehran, the capital of Iran, killed 12 people.", "Tehran"),
    # a list of places is not an apposition
    ("Attacks in Iran, Tehran and Mashhad killed 12 people.", "Iran"),
])
def test_the_capital_of_a_country_named_after_a_comma(sentence, place):
    assert place_of(sentence) == place
