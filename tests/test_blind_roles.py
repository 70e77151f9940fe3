"""Claimant roles, actor identities and attribution false positives found by the third blind round.

Every report here is invented (places, people and figures), written for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted

from reconcile.extract.claimants import classify

PUB = "2024-05-20"


def role_of(text: str, low: int, kind: str | None = None, published: str = PUB) -> str:
    got = [c for c in extracted(text, kind, published, "Test Wire", "t.txt")
           if c.value_low == low and c.kind in ("killed", "injured", "strength")]
    assert got, f"no claim with low={low}: {[(c.kind, c.value_low) for c in extracted(text, None, published, 'W', 't')]}"
    return got[0].claimant_role


# ------------------------------------------------------------------ attribution after a closing quote

@pytest.mark.parametrize("lead, role", [
    ("The army issued a statement on Friday.", "official"),
    ("Later that day the Revolutionary Guards issued a statement.", "official"),
    ("Later that day the Frontier Corps put out a statement.", "official"),
    ("The interior ministry released a statement in the evening.", "official"),
    ("The TTP issued a statement on Friday.", "perpetrator"),
    ("The Baloch Liberation Army said in a message on Telegram that its fighters had raided the camp.", "perpetrator"),
])
@pytest.mark.parametrize("verb", ["read", "said", "added"])
def test_a_quotation_attributed_to_the_statement_after_it(lead, role, verb):
    text = f'{lead} "In this cowardly raid 16 soldiers were killed and 9 were wounded," the statement {verb}.'
    if "message" in lead:
        text = text.replace("the statement", "the message")
    assert role_of(text, 16) == role
    assert role_of(text, 9) == role


def test_read_is_no_reporting_verb_without_a_quotation():
    text = "Mourners in Kunduz read the names of 16 people who were killed in the raid."
    assert role_of(text, 16) == "reporter"


# ------------------------------------------------------------------ "it" standing for a report

@pytest.mark.parametrize("verb", ["noted", "added", "warned", "observed", "estimated", "said"])
def test_it_for_the_report_of_a_un_body(verb):
    text = ("The UN monitoring team published its latest report in July. It said the branch had lost ground. "
            f"It {verb} that the Turkistan Islamic Party, with a strength of 300 to 400 fighters, is based in Kunar.")
    assert role_of(text, 300, "strength") == "international_org"


def test_the_agent_of_training_given_is_no_speaker_for_it_in_the_next_sentence():
    text = ("According to a new UN report, the group remains the largest in the region. "
            "It said the training provided by al-Qaeda in the Indian Subcontinent has changed the group's tactics. "
            "It noted that the Turkistan Islamic Party, with a strength of 300 to 400 fighters, is based in Kunar.")
    assert role_of(text, 300, "strength") == "international_org"


def test_it_added_to_the_fears_is_not_a_speaker():
    text = "The ministry issued a statement on the raid. The blast destroyed the market. It added to fears after 14 people died."
    # "It" here is the blast, not the ministry: no claimant is read from "It added to"
    assert role_of(text, 14) == "reporter"


# ------------------------------------------------------------------ anonymous sources of the state

@pytest.mark.parametrize("who, role", [
    ("An Afghan security source", "official"),
    ("A military source", "official"),
    ("Government sources", "official"),
    ("Intelligence sources", "official"),
    ("Local sources", "unknown"),
    ("Sources close to the family", "unknown"),
])
def test_sources_named_by_their_institution(who, role):
    assert role_of(f"{who} reported the death of 14 people in the explosion in Ghazni.", 14) == role


def test_a_security_source_in_a_trailing_attribution():
    assert role_of("Five people died in the blast in Ghazni on Friday, security sources told the agency.", 5) == "official"


# ------------------------------------------------------------------ paraphrasers' reporting verbs

@pytest.mark.parametrize("tail", [
    "Taliban officers mentioned", "provincial authorities stated", "local officials noted",
    "a police spokesperson added", "the district governor remarked", "police officials explained",
])
def test_synonyms_of_officials_said_after_the_figure(tail):
    assert role_of(f"Five people were killed in the blast in Ghazni on Friday, {tail}.", 5) == "official"


@pytest.mark.parametrize("head", [
    "Police officers mentioned that", "Authorities stated that", "Officials noted", "The provincial spokesperson added that",
    "The Taliban-appointed governor's office stated that",
])
def test_synonyms_of_officials_said_before_the_figure(head):
    assert role_of(f"{head} five people were killed in the blast in Ghazni on Friday.", 5) == "official"


# ------------------------------------------------------------------ citing / quoting

@pytest.mark.parametrize("text", [
    "Tolo News reported, citing police officials, that 14 people died in the blast in Ghazni.",
    "Reuters, quoting a provincial spokesman, said 14 people died in the blast in Ghazni.",
    "The channel said, citing an interior ministry statement, that 14 people died in the blast in Ghazni.",
    "Fourteen people died in the blast in Ghazni, the channel reported, quoting hospital officials.",
    "Fourteen people died in the blast in Ghazni, the broadcaster said citing local police.",
])
def test_an_outlet_citing_officials_passes_on_their_figure(text):
    assert role_of(text, 14) == "official"


@pytest.mark.parametrize("text, role", [
    ("Six militants were killed in the raid in Kurram, according to a statement by the Inter-Services Public Relations.",
     "official"),
    ("According to a statement from the military's media wing, six militants were killed in the raid in Kurram.", "official"),
    ("According to a statement issued by the group, six soldiers were killed in the raid in Kurram.", "perpetrator"),
])
def test_according_to_a_statement_by(text, role):
    assert role_of(text, 6) == role


def test_a_citation_mark_does_not_hide_the_next_speaker():
    text = ("On 3 March 2023 a convoy was attacked on a road in Ghazni Province, according to local sources.[2] "
            "Defence Ministry spokesman Ahmad Karimi said that seven soldiers were killed in the ambush.")
    assert role_of(text, 7) == "official"


def test_classify_keeps_medical_sources_unknown():
    assert classify("a medical source") == "unknown"
    assert classify("an Afghan security source") == "official"
