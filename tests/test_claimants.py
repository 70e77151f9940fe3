"""Claimants and their roles: who asserts a figure, in sentences written for this file.

The perpetrator's own figure must come out as ``perpetrator`` however the report words
the attribution; officials and UN bodies as ``official`` and ``international_org``.
"""

from __future__ import annotations

import hashlib

import pytest

from reconcile.extract import extract_claims
from reconcile.extract.claimants import Claimant, claimant_for, classify, find_claimants
from reconcile.models import Source


def claims_of(text: str, kind: str | None = None, published: str | None = "2023-05-02"):
    sha = hashlib.sha256(text.encode()).hexdigest()
    src = Source(id="s" + sha[:12], origin="t.txt", publisher="Test Wire", published=published, text=text, sha256=sha)
    return [c for c in extract_claims(src) if kind is None or c.kind == kind]


def role_of(text: str, low: int, kind: str = "killed", published: str | None = "2023-05-02") -> str:
    got = [c for c in claims_of(text, kind, published) if c.value_low == low]
    assert got, f"no {kind} claim of {low} in {text!r}"
    return got[0].claimant_role


# ------------------------------------------------------------------ perpetrators' own figures

@pytest.mark.parametrize("text", [
    "The militants claimed the bombing had killed 70 soldiers, far more than the army admitted.",
    "ISKP claimed that the explosion killed 70 soldiers at the base.",
    "In a post on its Telegram channel, the group boasted that 70 soldiers died in the raid.",
    "Amaq, the group's news agency, said 70 soldiers were killed in the assault.",
    "The group's statement put forward a much higher toll, alleging that 70 soldiers died.",
    "The group released a statement on Friday, claiming that 70 soldiers were killed.",
    "The terrorist organisation's claim stated that 70 soldiers had been killed.",
    '"Our brother reached the gate and 70 apostates were killed," the Daesh statement declared.',
])
def test_the_groups_own_figure_is_perpetrator(text):
    assert role_of(text, 70) == "perpetrator"


@pytest.mark.parametrize("text", [
    "The bombing was claimed by ISKP, which said its attacker killed 70 soldiers.",
    "The Islamic State, which claimed the assault, said 70 soldiers were killed.",
    "The group claimed the raid on its Telegram channel, and said it had killed 70 soldiers.",
    "The Islamic State claimed the raid on the base. In its statement, it said 70 soldiers were killed.",
    "ISKP boasted of killing 70 soldiers in the raid.",
    "A claim by IS that 70 soldiers died in the raid could not be verified.",
])
def test_the_groups_own_figure_is_perpetrator_across_clauses(text):
    assert role_of(text, 70) == "perpetrator"


@pytest.mark.parametrize("text", [
    "The IS-Okay claimed accountability for the assault, saying its fighter killed 70 Taliban members.",
    "In its announcement, the group mentioned 70 soldiers were killed.",
    "In accordance with the group's assertion, 70 soldiers had been killed.",
])
def test_machine_paraphrased_perpetrator_figures(text):
    assert role_of(text, 70) == "perpetrator"


def test_a_relative_clause_about_the_group_does_not_make_the_main_figure_the_groups():
    text = "Police said the attack, which the group acknowledged, killed 12."
    assert role_of(text, 12) == "official"


def test_the_statement_is_the_last_speakers():
    text = "The Islamic State claimed the raid on the base. The statement said 70 soldiers were killed."
    assert role_of(text, 70) == "perpetrator"
    text = "The defence ministry said a bomber struck the base. The statement added that 70 soldiers were killed."
    assert role_of(text, 70) == "official"


def test_a_pronoun_after_the_group_in_the_same_sentence_is_the_group():
    text = "The Islamic State later claimed the raid on the base, which it said killed 70 soldiers."
    assert role_of(text, 70) == "perpetrator"


def test_a_statement_mentioned_does_not_make_residents_the_perpetrator():
    text = "In a statement, the militants denied involvement, but residents said 70 soldiers were killed."
    assert role_of(text, 70) == "unknown"


def test_a_claimed_attack_does_not_make_the_next_officials_figure_the_groups():
    text = "The group claimed the raid on the base. Officials said 12 soldiers were killed."
    assert role_of(text, 12) == "official"


def test_perpetrator_figure_and_official_figure_in_one_sentence_keep_their_own_claimants():
    text = ("The group claimed the attack killed 70 people, well above the toll of 12 released on Sunday by "
            "the provincial health department.")
    assert role_of(text, 70) == "perpetrator"
    assert role_of(text, 12) == "official"


def test_the_agent_of_a_passive_stops_before_the_verb_that_follows_it():
    text = "The toll of 70 given by the group could not be verified, while police said 12 died."
    got = [c for c in claims_of(text, "killed") if c.value_low == 70]
    assert got and got[0].claimant == "the group" and got[0].claimant_role == "perpetrator"
    assert role_of(text, 12) == "official"


def test_a_claimed_attack_with_a_reported_toll_is_no_perpetrator_figure():
    # the group claims the attack; the toll is the outlet's own
    text = "ISKP claimed the bombing at the shrine in Jalalabad, in which 17 people died."
    assert role_of(text, 17) == "reporter"


def test_a_spokesman_for_the_group_speaks_for_the_group():
    text = "A spokesman for the Pakistani Taliban said their fighters killed 22 policemen in the ambush."
    assert role_of(text, 22, published="2019-03-01") == "perpetrator"


# ------------------------------------------------------------------ officials

@pytest.mark.parametrize("text", [
    "Twelve people died in the blast, said the regional emergency committee.",
    "The tally from the interior ministry stood at 12 dead by the evening.",
    "At least 12 people were killed, according to figures compiled by the provincial police.",
    "Karim Nazari, a spokesman for the provincial governor, said 12 people were killed.",
    "The district's deputy commissioner confirmed that 12 people were killed.",
    "Asked about the toll, the health department's director clarified that 12 people had died.",
    "A doctor at the main hospital, who spoke on condition of anonymity, said 12 people had died.",
    "8:40 PM - A Rescue 1122 official said 12 people had died.",
    "In 2019, U.S. commanders spoke of 12 soldiers killed in the ambush.",
])
def test_officials_are_official(text):
    assert role_of(text, 12) == "official"


def test_a_source_named_before_a_colon_is_the_claimant():
    text = "The post came under fire at dawn. ISPR: three soldiers were killed in the exchange of fire."
    assert role_of(text, 3) == "official"


def test_the_groups_newsletter_speaks_for_the_group():
    assert role_of("The weekly al-Naba newsletter said 70 soldiers were killed.", 70) == "perpetrator"


def test_the_taliban_government_is_official_even_without_a_published_date():
    text = "The Taliban-run interior ministry said 9 people had been killed in the blast."
    assert role_of(text, 9, published=None) == "official"


def test_a_named_spokesman_of_the_taliban_government_keeps_the_title_and_is_official():
    text = ('"The hideout was stormed and 4 gunmen were killed," the Taliban-led government\'s deputy spokesman, '
            "Hamid Noori said in a post.")
    (c,) = claims_of(text, "killed", published=None)
    assert c.claimant_role == "official" and "spokesman" in c.claimant and "Hamid Noori" in c.claimant


def test_claimed_n_lives_is_a_toll_not_a_speaker():
    (c,) = claims_of("The two blasts in the province, officials said, have claimed 23 lives.", "killed")
    assert c.claimant == "officials"
    (c,) = claims_of("The two blasts in Quetta have claimed 23 lives.", "killed")
    assert c.claimant_role == "reporter"


def test_the_taliban_before_their_takeover_speak_as_the_perpetrator():
    text = "A Taliban spokesman said its fighters killed 9 soldiers in the ambush."
    assert role_of(text, 9, published="2019-06-01") == "perpetrator"


def test_a_quotation_over_several_sentences_is_the_speakers():
    text = ("\u201cThe rescue work is continuing. So far 41 people have died in the collapse of the hall. "
            "We expect the figure to rise,\u201d the regional emergencies ministry said.")
    assert role_of(text, 41) == "official"


def test_a_quotation_opened_after_the_speaker_is_the_speakers():
    text = 'The governor told reporters: "We have counted the bodies. 41 people have died, most of them guards."'
    assert role_of(text, 41) == "official"


def test_the_account_goes_on_after_the_army_said_that():
    text = ("The army's media wing said that soldiers surrounded the compound at dawn. "
            "As a result, 7 militants were killed.")
    assert role_of(text, 7) == "official"


# ------------------------------------------------------------------ international bodies and researchers

def test_the_report_refers_back_to_the_un_report():
    text = ("A UN Security Council report published in July described the branch as resilient. "
            "According to the report, the group has between 2,000 and 2,500 fighters in the east.")
    assert role_of(text, 2000, "strength") == "international_org"


def test_an_expert_on_the_group_is_a_researcher_not_the_group():
    text = "Lena Ortiz, an expert on the Islamic State at a Washington think tank, said the group has 2,000 fighters."
    assert role_of(text, 2000, "strength") == "researcher"


def test_classify_vocabulary():
    assert classify("the Investigative Committee") == "official"
    assert classify("Gen. Ahmad Karimi") == "official"
    assert classify("a medical source") == "unknown"
    assert classify("One Member State") == "international_org"
    assert classify("a tally by the Associated Press") == "reporter"
    assert classify("the state-run news agency") == "official"
    assert classify("UNAMA") == "international_org"
    assert classify("the jihadist group") == "perpetrator"
    assert classify("the rights group") != "perpetrator"
    assert classify("researchers at the Soufan Center") == "researcher"
    assert classify("residents") == "unknown"


# ------------------------------------------------------------------ claimant words and scopes

@pytest.mark.parametrize("text, who", [
    ("Estimates differ. The figures most often cited are the UN monitoring team's: about 2,500 fighters.",
     "the UN monitoring team"),
    ("The branch has about 2,500 fighters, said Lena Ortiz, an analyst at a Washington think tank.",
     "Lena Ortiz, an analyst at a Washington think tank"),
    ("The army, in a statement released on Monday, said the branch has about 2,500 fighters.", "The army"),
    ("The branch has about 2,500 fighters, according to a UN report released in July.", "a UN report released in July"),
])
def test_claimant_words(text, who):
    got = claims_of(text, "strength")
    assert got and {c.claimant for c in got} == {who}


def test_the_claimant_keeps_the_name_with_the_title():
    text = "Dr. Amina Rahimi, the head of the city's main hospital, said 15 people were killed."
    (c,) = claims_of(text, "killed")
    assert c.claimant == "Dr. Amina Rahimi, the head of the city's main hospital" and c.claimant_role == "official"
    assert text[text.index("Dr."):].startswith(c.claimant)


def test_a_passive_agent_speaks_only_for_its_own_clause():
    agent = Claimant("officials", "official", 50, 59, 30, 59)
    free = Claimant("IS", "perpetrator", 0, 2)
    assert claimant_for([free, agent], 10, 20) is free
    assert claimant_for([free, agent], 35, 45) is agent


def test_claimants_never_crash_on_odd_text():
    for text in ['"' * 500, "\u201c" + "said, " * 2000, "(" * 300 + " given by " * 100, "claimed the " * 500,
                 "\u2018 It\u2019s " * 400 + " said the committee.", ""]:
        find_claimants(text, 0, len(text), "2022-01-01")


# ------------------------------------------------------------------ claimants from context (final round)

def test_a_sentence_final_according_to_the_authorities_owns_figures_of_a_reported_group_statement():
    text = ("In a message on its channels the group said two of its fighters opened fire at a bus station in "
            "Quetta, killing 14 passengers and wounding 30, according to provincial officials.")
    got = [c for c in claims_of(text, published="2023-05-02") if c.kind in ("killed", "injured")]
    assert {(c.value_low, c.claimant_role) for c in got} == {(14, "official"), (30, "official")}


def test_according_to_in_mid_sentence_keeps_its_own_clause():
    # guard: an "according to" that is not the sentence's end does not take over the group's figure
    text = "The group said its fighters killed 14 soldiers, while 3 died according to the army, in the raid."
    assert role_of(text, 14) == "perpetrator"


def test_the_report_refers_back_to_the_body_named_after_it_not_a_paper_cited_in_passing():
    text = ("A new assessment report by the UN sanctions monitoring team was circulated on Tuesday. As per a "
            "newspaper report, the branch lost two commanders in March. The report puts the number of its fighters at "
            "about 3,000.")
    got = claims_of(text, "strength")
    assert got and got[0].claimant_role == "international_org"


def test_a_report_named_by_its_date_refers_back_to_the_monitoring_team():
    text = ("The 31st report of the Analytical Support and Sanctions Monitoring Team was published this week.\n\n"
            "The branch is \"assessed to have about 2,000 fighters\", the March 2023 report said.")
    got = claims_of(text, "strength")
    assert got and got[0].claimant_role == "international_org"


def test_member_states_is_a_speaker_and_its_assessment_carries_into_a_hedged_sentence():
    text = ("The UN report was released on Friday. Several member states assessed the branch as the main threat "
            "in the region. Its strength is reportedly stable, with an estimated 2,000 to 3,500 fighters.")
    got = claims_of(text, "strength")
    assert got and got[0].claimant_role == "international_org"


def test_a_hedged_sentence_after_an_officials_sentence_stays_the_reporters():
    # guard: only a UN body's or a study's assessment carries over, not any speaker's
    text = ("Police said the road was closed. The group reportedly has an estimated 2,000 fighters.")
    got = claims_of(text, "strength")
    assert got and got[0].claimant_role == "reporter"


@pytest.mark.parametrize("text", [
    '"We counted 23 bodies in the corridor," said Nasrin Habibi, a nurse at the provincial hospital.',
    'A spokesman for the provincial health department said: "We counted 23 bodies in the corridor."',
])
def test_we_inside_a_quotation_is_the_quotations_speaker(text):
    (c,) = claims_of(text, "killed")
    assert c.claimant_role == "official" and c.claimant.lower() != "we"


@pytest.mark.parametrize("text", [
    "The Islamic State claimed the suicide bombing of the mosque. A Taliban spokesman said 20 worshippers died.",
    "A Taliban spokesman said 20 worshippers died in the mosque bombing, which the insurgents denied carrying out.",
    "The Taliban said 20 worshippers died in the mosque bombing claimed by ISKP.",
])
def test_before_august_2021_the_taliban_on_another_groups_attack_are_no_perpetrator(text):
    assert role_of(text, 20, published="2020-11-03") == "unknown"


def test_after_august_2021_the_taliban_on_another_groups_attack_are_official():
    text = "The Islamic State claimed the suicide bombing of the mosque. A Taliban spokesman said 20 worshippers died."
    assert role_of(text, 20, published="2022-11-03") == "official"


def test_before_august_2021_the_taliban_on_their_own_attack_stay_perpetrator():
    text = "The Taliban claimed the raid on the base. A Taliban spokesman said its fighters killed 20 soldiers."
    assert role_of(text, 20, published="2020-11-03") == "perpetrator"


@pytest.mark.parametrize("text", [
    "The Islamic State claimed responsibility for the raid. A spokesman said 40 soldiers were killed.",
    "ISKP claimed the attack on the checkpoint, and its spokesman said 40 soldiers were killed.",
])
def test_a_spokesman_of_no_named_body_after_a_groups_claim_is_the_groups(text):
    assert role_of(text, 40) == "perpetrator"


def test_a_government_spokesman_after_a_groups_claim_stays_official():
    text = "The Islamic State claimed responsibility for the raid. A government spokesman said 40 soldiers were killed."
    assert role_of(text, 40) == "official"
