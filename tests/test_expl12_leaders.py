"""Leader claims of explainer pieces (expl12): precision first. A state's military commander, one of a group's
commanders, and who led an action or a delegation are no group's leader; a group's leader and founder still are."""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted


def _leaders(text: str):
    return [c.entity for c in extracted(text, "leader", "2024-03-04", "Test Wire", "test.txt")]


@pytest.mark.parametrize("text", [
    "In 2020 the US killed a senior military commander, Qasem Soleimani, at the airport.",
    "A senior ISWAP commander, Ba Idrisa, was reportedly executed by the group.",
    "A local al-Shabaab commander Ahmed Madobe surrendered to the army last week.",
    "The raid was personally led by Colonel Ahmed Barre, the army said.",
    "The delegation was headed by Mullah Abdul Ghani Baradar.",
])
def test_no_groups_leader(text):
    assert _leaders(text) == []


@pytest.mark.parametrize("text, name", [
    ("The Houthis are led by Abdul-Malik al-Houthi.", "Abdul-Malik al-Houthi"),
    ("Hezbollah chief Hassan Nasrallah gave a speech.", "Hassan Nasrallah"),
    ("Al-Shabaab's founder, Aden Hashi Ayro, was killed in a US strike in 2008.", "Aden Hashi Ayro"),
    ("The group is led by its emir, Abu Ubaidah Ahmed Umar.", "Abu Ubaidah Ahmed Umar"),
])
def test_a_groups_leader_or_founder(text, name):
    assert _leaders(text) == [name]
