"""A time phrase fronted before the speaker is not part of the claimant ("By Monday evening the ministry put
the figure at 54": the ministry). All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted


def _claimants(text):
    return [(c.kind, c.claimant) for c in extracted(text, None, "2023-08-02", "Test Wire", "t.txt")
            if c.kind in ("killed", "injured")]


@pytest.mark.parametrize("text, claimant", [
    ("By Monday evening the health ministry put the death toll at 54.", "the health ministry"),
    ("On Friday night police said 12 people were killed in the blast.", "police"),
    ("Late on Tuesday the provincial governor said nine people had died.", "the provincial governor"),
    ("Monday morning the district chief said four guards were killed.", "the district chief"),
])
def test_a_fronted_day_is_not_the_speaker(text, claimant):
    assert _claimants(text)[0][1] == claimant


@pytest.mark.parametrize("text, claimant", [
    # near-misses: a paper named for a day, and a speaker with no time phrase, stay as they are
    ("The Sunday Times reported that 14 people were killed in the raid.", "The Sunday Times"),
    ("The health ministry put the death toll at 54.", "The health ministry"),
])
def test_what_is_not_a_fronted_day_stays(text, claimant):
    assert _claimants(text)[0][1] == claimant
