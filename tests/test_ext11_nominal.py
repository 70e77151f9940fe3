"""Tolls told by a noun and speakers known by an institute or a spelling variant (from development rounds X
and Y). Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted

PUB = "2016-01-21"


def got(text: str, kind: str | None = None):
    return [(c.kind, c.value_low, c.value_high, c.claimant_role) for c in extracted(text, kind, PUB, "Test Wire", "t.txt")
            if c.kind in ("killed", "injured")]


@pytest.mark.parametrize("text, n", [
    ("Village elders confirmed the deaths of nine men and the injury of 3 others.", 3),
    ("The clinic reported the injury of five farmers after the shelling.", 5),
    ("Rescue workers spoke of injuries of 12 people at the bus stand.", 12),
])
def test_the_injury_of_n_is_an_injured_count(text, n):
    assert any(k == "injured" and lo == n for k, lo, _hi, _r in got(text))


@pytest.mark.parametrize("text, n", [
    ("The army announced the elimination of seven militants near the border.", 7),
    ("Officials confirmed the elimination of four gunmen after the siege.", 4),
])
def test_the_elimination_of_fighters_is_a_killed_count(text, n):
    assert any(k == "killed" and lo == n for k, lo, _hi, _r in got(text))


@pytest.mark.parametrize("text", [
    "The treaty calls for the elimination of 5 types of mines.",
    "The plan sets out the elimination of 3 checkpoints on the highway.",
])
def test_the_elimination_of_things_is_no_toll(text):
    assert not [x for x in got(text) if x[0] == "killed"]


def test_the_head_of_a_medical_institute_speaks_as_an_official():
    text = ("\u201cNine people are dead and 30 others wounded,\u201d said Amir Latif, Vice Chancellor of the "
            "Khyber Institute of Medical Sciences.")
    assert {r for _k, _lo, _hi, r in got(text)} == {"official"}


@pytest.mark.parametrize("who", ["Inter-Service Public Relations", "Inter Services Public Relations"])
def test_the_army_media_wing_spelled_as_a_variant(who):
    text = f"{who} stated that all five attackers were killed in the operation."
    assert [r for k, lo, _hi, r in got(text) if lo == 5] == ["official"]
