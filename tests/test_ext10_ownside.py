"""The perpetrator convention for states: a government's count of the soldiers or civilians ITS OWN forces killed
on the other side of a clash or a strike is a party's figure (``perpetrator``), as a group's count of its own
attack is; a state's count of the militants its security operation killed, of its own losses, or of the victims
of a third party's attack stays ``official``.

All reports are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted


def _claims(text, kind=None, published="2025-10-12"):
    return extracted(text, kind, published, "Test Wire", "t.txt")


def _role(text, low, kind="killed"):
    got = [c for c in _claims(text, kind) if c.value_low == low]
    assert got, f"no {kind} claim of {low} in {text!r}"
    return got[0].claimant_role


@pytest.mark.parametrize("text, low", [
    ("Afghanistan said on Sunday it killed 41 Pakistani soldiers in overnight border operations.", 41),
    ("Kabul's Defence Ministry said 41 Pakistani soldiers were killed in the border clashes.", 41),
    ("The Taliban government's spokesman said Afghan forces had seized 12 posts of the Pakistani army and that "
     "41 soldiers had been killed.", 41),
    ("Pakistan's army said its forces killed 14 Afghan soldiers in retaliation for the shelling of its posts.", 14),
])
def test_a_state_counting_the_other_sides_soldiers_its_forces_killed_is_a_party(text, low):
    assert _role(text, low) == "perpetrator"


def test_the_wounded_after_an_elided_victim_noun_are_the_same_sides():
    text = ("The Taliban government's spokesman said 41 Pakistani soldiers were killed and 19 wounded, while "
            "six Taliban fighters were also killed in the clashes.")
    assert _role(text, 41) == "perpetrator"
    assert _role(text, 19, "injured") == "perpetrator"
    assert _role(text, 6) == "official"  # its own fighters


def test_a_clash_told_in_the_lead_makes_a_later_count_a_partys():
    text = ("Heavy cross-border clashes broke out overnight between Pakistan and Afghanistan.\n\n"
            "This differs from the toll given by Afghanistan, which said 41 Pakistani soldiers were killed while "
            "eight Afghan troops lost their lives.")
    assert _role(text, 41) == "perpetrator"
    assert _role(text, 8) == "official"


@pytest.mark.parametrize("text, low", [
    # a state's count of the militants its security operation killed
    ("The ISPR said 13 terrorists were killed in the operation in North Waziristan.", 13),
    ("Pakistan's military said its forces killed around 150 Taliban fighters in the border clashes.", 135),
    ("Iran's Revolutionary Guards said 12 militants of the armed group were killed in Saravan.", 12),
    # its own losses
    ("Pakistan's military said 17 of its troops were killed in the clashes with Afghan forces.", 17),
    ("According to an Afghan government spokesman, nine Afghan soldiers were martyred in the clashes.", 9),
    ("Pakistan's army said 17 soldiers were martyred in the border fighting with Afghan forces.", 17),
    # the victims of a third party's attack
    ("Afghan officials said 13 American troops were killed in the suicide bombing at the airport.", 13),
    ("Pakistan's foreign office said five Chinese engineers were killed when a bomber hit their convoy.", 5),
])
def test_an_official_count_that_is_no_partys_own_attack_stays_official(text, low):
    assert _role(text, low) == "official"


def test_a_foreign_militarys_own_strike_on_civilians_without_an_enemy_state_stays_official():
    # (round S marks a US military investigation's count of the civilians its airstrikes killed official)
    text = "The Pentagon said its drone strike in Kabul killed 10 civilians, including seven children."
    assert _role(text, 10) == "official"


def test_allies_losses_are_no_enemys():
    text = ("Afghan commandos, accompanied by American advisers, came under fire during a raid on a village.\n\n"
            "Three American soldiers and two Afghan commandos died in the firefight, the US military said.")
    assert _role(text, 2) == "official"
    assert _role(text, 3) == "official"


def test_a_group_about_its_own_attack_stays_a_perpetrator():
    text = "In a statement, the group said its fighters had killed 30 soldiers in the raid."
    assert _role(text, 30) == "perpetrator"
