"""A group's own figure is the perpetrator's wherever it is told (issue 3): relayed by a state agency at the end
of the sentence, told by "it" or "its spokesman" for the group the sentence before named, after a long subject
with two verbs, as "claimed the killing of N"; and the near misses that must stay another's (an official's
denial, a group disowning the attack, an attack only attributed at the sentence's end).

The role probe (``reconcile.benchmarks.roleprobe``) draws such reports from independent axes; these tests hold
the phrasings its fixes were made for, 3-5 per cause in our own words, each with a near miss. Every sentence is
written here about invented figures.
"""

from __future__ import annotations

import pytest

from reconcile.benchmarks import roleprobe
from reconcile.benchmarks.phrasing import claims_of


def role_of(text: str, low: int, published: str = "2024-05-03", kind: str = "killed") -> str | None:
    hits = [c for c in claims_of(text, "perp9", published) if c.kind == kind and c.value_low == low]
    assert hits, f"no {kind} claim of {low} in {text!r}"
    return hits[0].claimant_role


# --- a state agency or state media relaying the group's words at the end of the sentence ---------------------
@pytest.mark.parametrize("text", [
    "The TTP said its fighters killed 21 soldiers, according to IRNA.",
    "Jaish al-Adl said it had killed 21 border guards in the raid, according to Iran's IRNA news agency.",
    "In a statement, the Baloch Liberation Army said 21 troops died in the assault, according to state media.",
    "The militants claimed to have killed 21 policemen, according to the official news agency.",
    "On Friday the group said it killed 21 guards, state television reported.",
])
def test_a_group_statement_relayed_by_a_state_agency_stays_the_groups(text):
    assert role_of(text, 21) == "perpetrator"


@pytest.mark.parametrize("text, role", [
    ("Twenty-one guards were killed in the attack, according to IRNA.", "official"),  # no one speaks before it
    ("The group said it stormed the post, killing 21, according to Iranian authorities.", "official"),
    ("Police said 21 people died, according to state media.", "official"),
])
def test_a_state_agency_with_no_group_before_it_or_the_authorities_speak_themselves(text, role):
    assert role_of(text, 21) == role


# --- "claimed the killing of N" is the group's figure, "claimed the attack, which killed N" the reporter's ---
@pytest.mark.parametrize("text", [
    "The TTP claimed the killing of 17 soldiers in the raid.",
    "The outfit has claimed the killing of more than 17 policemen.",
    "A spokesman for the BLA claimed the killing of 17 Pakistani troops.",
    "Islamic State claimed the massacre of 17 Shiite worshippers.",
])
def test_claimed_the_killing_of_n_is_the_groups_figure(text):
    assert role_of(text, 17 if "more than" not in text else 18) == "perpetrator"


def test_claimed_the_attack_which_killed_n_stays_the_reporters():
    assert role_of("The TTP claimed the attack, which killed 17 soldiers.", 17) == "reporter"


# --- a long subject before two coordinated verbs, the reporting one second --------------------------------------
@pytest.mark.parametrize("text", [
    "The Baloch Liberation Army took responsibility for the ambush and said 33 soldiers died.",
    "A spokesman for the Balochistan Liberation Army took responsibility for the raid and said 33 policemen died.",
    "The Tehreek-e-Taliban Pakistan owned up to the bombing and claimed that 33 troops were killed.",
    "A spokesman for Jaish al-Adl sent a message to reporters and said 33 guards were killed.",
])
def test_the_whole_subject_of_two_verbs_speaks(text):
    assert role_of(text, 33) == "perpetrator"


def test_an_army_with_two_verbs_stays_official():
    assert role_of("The Pakistan Army rejected the claims and said 3 soldiers died.", 3) == "official"


# --- "It" and "Its spokesman" for the group named in the sentence before ---------------------------------------
@pytest.mark.parametrize("text", [
    "The attack was claimed by the Pakistani Taliban. It said its fighters killed 26 soldiers.",
    "Officials blamed Jaish al-Adl for the raid. It claimed the killing of 26 border guards.",
    "Jamaat-ul-Ahrar claimed the bombing. It boasted that its men had killed 26 policemen, Reuters reported.",
    "Lashkar-e-Jhangvi has stepped up its attacks this year. In a statement, it said 26 worshippers were killed.",
])
def test_it_after_a_group_is_the_group(text):
    assert role_of(text, 26) == "perpetrator"


@pytest.mark.parametrize("text", [
    "The attack was claimed by the Pakistani Taliban. Its spokesman said 26 soldiers had been killed.",
    "Officials blamed the BLA for the ambush. Its spokesman put the number of dead at 26.",
    "Islamic State claimed the bombing. Its spokesman claimed that 26 worshippers were killed.",
])
def test_its_spokesman_after_a_group_is_the_groups(text):
    assert role_of(text, 26) == "perpetrator"


@pytest.mark.parametrize("text", [
    "The army said the TTP attacked the post. It said 4 soldiers died.",
    "The interior ministry blamed the TTP for the raid. Its spokesman said 4 soldiers died.",
])
def test_it_after_a_body_that_speaks_is_that_body(text):
    assert role_of(text, 4) == "official"


def test_it_going_on_with_the_same_report_is_not_a_group_it_names():
    text = ("A UN report said the group remains strong. It said the support given by al-Qaeda has grown. "
            "It noted that the IMU, with a strength of 600 fighters, is based in Badakhshan.")
    assert role_of(text, 600, kind="strength") == "international_org"


# --- denials and a claim's possessor -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Baloch Liberation Army said it had nothing to do with the blast that killed 8 workers.",
    "The TTP said it was not behind the bombing, which killed 8 people.",
    "Jaish al-Adl rejected any involvement in the attack that killed 8 guards.",
])
def test_a_group_disowning_the_attack_is_no_perpetrator_of_its_toll(text):
    assert role_of(text, 8) != "perpetrator"


def test_officials_rejecting_a_groups_claim_give_their_own_figure():
    assert role_of("Officials rejected the BLA's claim, saying only 3 policemen were killed.", 3) == "official"


def test_the_figure_inside_a_groups_claim_is_the_groups():
    assert role_of("The army said the TTP's claim that 40 soldiers were killed was false.", 40) == "perpetrator"


def test_the_group_denied_by_others_keeps_its_figure():
    assert role_of("The BLA said it killed 40 soldiers, a claim the army denied.", 40) == "perpetrator"


@pytest.mark.parametrize("text", [
    "Nine soldiers were killed in the ambush, which Jaish al-Adl later claimed.",
    "Nine soldiers were killed in the ambush that Jaish al-Adl later claimed.",
    "Nine policemen died in the bombing, which the TTP claimed.",
])
def test_an_attack_attributed_at_the_end_of_the_sentence_keeps_the_reporters_toll(text):
    assert role_of(text, 9) == "reporter"


# --- the probe itself ---------------------------------------------------------------------------------------------
def test_the_role_probe_and_its_near_misses():
    probes = roleprobe.run(roleprobe.grid(120, 3))
    assert len(probes) == 120
    failing = [p for p in probes if not p.ok]
    assert len(failing) <= 6, [(p.text, p.why) for p in failing]
    misses = roleprobe.run(roleprobe.near_misses())
    assert [(m.text, m.why) for m in misses if not m.ok] == []


# --- a generic noun, "they", or the group's man by title for the group named before (found at first sight) -------
@pytest.mark.parametrize("text", [
    "Officials blamed Jaish al-Adl for the raid. The organisation claimed to have killed 14 border guards.",
    "The TTP has stepped up its attacks this year. They claimed to have killed 14 soldiers.",
    "Jamaat-ul-Ahrar claimed the attack. Its commander said 14 policemen had been killed.",
    "The BLA claimed the ambush. The organisation took credit for the raid, saying its fighters had killed 14 troops.",
    "Lashkar-e-Jhangvi claimed the bombing. It issued a statement saying 14 worshippers had been killed.",
])
def test_a_back_reference_to_the_group_named_before_is_the_group(text):
    assert role_of(text, 14) == "perpetrator"


def test_the_organisation_after_a_un_body_is_no_group():
    assert role_of("The UN said the TTP was behind the attack. The organisation said 14 civilians died.", 14) != "perpetrator"


def test_claimed_the_killing_of_a_dozen():
    assert role_of("The TTP claimed the killing of a dozen soldiers.", 12) == "perpetrator"
