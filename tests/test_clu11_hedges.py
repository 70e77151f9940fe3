"""A floor ("at least", "more than", "no fewer than") that governs two coordinated tolls whose second clause
has its verb left out: "At least 9 people were killed and 30 injured" gives 30 as a floor too.

Every sentence here is written for this test.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted


def _tolls(text):
    return {(c.kind, c.value_low, c.value_high) for c in extracted(text, None, "2019-04-02", "Desk Wire", "w.txt")}


@pytest.mark.parametrize(("text", "injured"), [
    ("At least 9 people were killed and 30 injured when a bomb hit the bus station, police said.", (30, None)),
    ("At least six people died and 18 wounded in the market blast, officials said.", (18, None)),
    ("More than 40 people were killed and 120 injured in the suicide attack, a hospital official said.", (121, None)),
    ("No fewer than eight were dead and 17 others wounded after the raid on the checkpoint.", (17, None)),
    ("At least 14 people were killed, and 52 hurt, when gunmen stormed the hotel.", (52, None)),
])
def test_a_floor_governs_the_gapped_second_toll(text, injured):
    assert ("injured", *injured) in _tolls(text)


@pytest.mark.parametrize(("text", "injured"), [
    # a second clause with its own verb keeps its own figure
    ("At least 9 people were killed and 30 others were injured in the blast, police said.", (30, 30)),
    ("The blast killed at least 14 people and wounded 30, police said.", (30, 30)),
    # no floor in the first clause: nothing to share
    ("Nine people were killed and 30 injured in the blast, police said.", (30, 30)),
    # "nearly" and "about" are no floor: the second figure stays as told
    ("Nearly 20 people were killed and 50 wounded in the attack.", (50, 50)),
])
def test_near_misses_keep_the_second_figure(text, injured):
    assert ("injured", *injured) in _tolls(text)


def test_the_extractor_names_the_shared_hedge():
    claims = extracted("At least 9 people were killed and 30 injured in the blast.", "injured", "2019-04-02", "Desk",
                       "w.txt")
    assert [c.extractor for c in claims] == ["injured.passive+shared_hedge"]
    assert [c.value_text for c in claims] == ["30"]  # the words as written
