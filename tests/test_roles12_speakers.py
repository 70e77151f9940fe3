"""Claimant roles the development rounds of session 12 got wrong, each a phenomenon in phrasings of our own with a
near miss that must not change:

- a quotation in straight single quotes ("said: 'It was a bomb. At least 40 died.'") is its speaker's, sentence by
  sentence, as one in double quotes is; a scare-quoted term or a possessive is no quotation;
- "according to him / her / them" is the speaker named before, as "he said" is;
- a sentence closed by ", the ministry said (in a statement)." carries its speaker to the next sentence of the same
  paragraph that gives a figure and names no speaker, as a closing "according to the ministry" does;
- a quotation opened with a curly quote mark before its speaker's verb ('\u201cThe report says ...') has its speaker
  without the mark; the UN Secretary-General and their reports are an international organisation's;
- '..., stated the report and further estimated ...': the second verb is the same speaker's;
- a surname spelt another way than where the person was introduced ("Chaudhry", "Chaudhary") is the same person;
- "as a result of the UN teams' investigations": whose inquiry found the figure;
- a government department publishing its own report (a country report on terrorism) speaks as an official;
- a headline rebutting a group's claim ("Army rejects the group's claim of executing 150 captives, says 28 died"):
  the claim's figure is the group's, the second figure the rebutting side's.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted

from reconcile.extract.claimants import claimant_for, find_claimants
from reconcile.extract.roles import classify, publisher_role

PUB = "2024-05-05"


def _claims(text, publisher="Test Wire", published=PUB):
    return [c for c in extracted(text, None, published, publisher, "t.txt") if c.kind in ("killed", "injured", "strength")]


def _role(text, low, publisher="Test Wire", published=PUB):
    got = [c for c in _claims(text, publisher, published) if c.value_low == low]
    assert got, f"no claim of {low} in {text!r}"
    return got[0].claimant_role


def _speaker(text, needle, published=PUB):
    """The claimant find_claimants and claimant_for give the words ``needle`` (the sentence holding them)."""
    k = text.index(needle)
    dot = text.rfind(". ", 0, k)
    a = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, k) + 1)
    b = text.find(". ", k)
    b = len(text) if b < 0 else b + 1
    return claimant_for(find_claimants(text, a, b, published), k, k + len(needle))


@pytest.mark.parametrize("text, low", [
    ("Karim Yusuf, the provincial police chief, said: 'It was a suicide attack. At least 40 people have been killed "
     "and more than 90 wounded. Children were among the dead.'", 40),
    ("The governor told reporters: 'We were not warned. So far 23 people have died in the blast.'", 23),
    ("'The bus was hit at the gate. Nine passengers were killed on the spot,' the district police chief said.", 9),
    ("A hospital director said: 'Our staff are exhausted. We have received 31 bodies since the morning.'", 31),
])
def test_a_quotation_in_straight_single_quotes_is_its_speakers(text, low):
    assert _role(text, low) == "official"


def test_a_scare_quoted_term_is_no_quotation():
    # near miss: 'flag ceremony' in single quotes, the figure after it the reporter's own
    assert _role("The crowd had gathered for the 'flag ceremony' at the border. At least 12 people died in the blast.",
                 12) == "reporter"


@pytest.mark.parametrize("pronoun", ["him", "her"])
def test_according_to_an_object_pronoun_is_the_speaker_named_before(pronoun):
    text = ("Ahmad Karimi, head of the information department in Balkh province, says that a bomb went off on Tuesday "
            "at a school near the city.\n\nKarimi said pupils were in class at the time.\n\n"
            f"According to {pronoun}, 12 pupils were killed and several others were hurt.")
    got = [c for c in _claims(text) if c.value_low == 12]
    assert got and got[0].claimant_role == "official" and "Karimi" in got[0].claimant


def test_according_to_them_after_the_police():
    text = ("Police in the district said the gunmen fled into the hills.\n\nAccording to them, seven guards died.")
    assert _role(text, 7) == "official"


@pytest.mark.parametrize("closing", [
    "the ministry said in a statement",
    "the ministry said",
    "the ministry told reporters on Friday",
    "officials said late on Wednesday",
])
def test_a_closing_said_clause_carries_its_speaker_to_the_next_sentence(closing):
    text = (f"The last of the seven gunmen was shot dead on Thursday night, {closing}. "
            "Of those killed 21 were civilians.")
    assert _role(text, 21) == "official"


def test_a_closing_said_clause_is_not_carried_across_a_paragraph():
    # near miss: a new paragraph starts a new account
    text = "The last of the seven gunmen was shot dead on Thursday night, the ministry said.\n\nOf those killed 21 were civilians."
    assert _role(text, 21) == "reporter"


def test_a_quotation_opened_with_a_curly_mark_keeps_its_speaker_without_the_mark():
    text = ("A UN council announced that its members would meet to discuss the Secretary-General\u2019s "
            "latest assessment of the danger from the Islamic State.\n\n"
            "\u201cThe report says that the branch has grown, with the total number of fighters and their relatives "
            "estimated at 3,000 to 5,000 people,\u201d the statement said.")
    got = [c for c in _claims(text) if c.kind == "strength"]
    assert got and got[0].claimant_role == "international_org"
    assert "\u201c" not in got[0].claimant


@pytest.mark.parametrize("who, role", [
    ("the Secretary-General's report", "international_org"),
    ("the UN Secretary-General", "international_org"),
    ("the Secretary General of the party", "official"),  # near miss: a party's secretary general, as before
])
def test_the_secretary_general(who, role):
    assert classify(who, PUB) == role


@pytest.mark.parametrize("verb", ["further estimated", "also estimated", "added"])
def test_a_second_verb_after_an_inverted_speaker_is_the_same_speakers(verb):
    text = ("The monitoring team of the United Nations released its 30th report on Monday.\n\n"
            "\u201cThe group carried out more than 80 attacks between May and August,\u201d stated the UN report and "
            f"{verb} the group\u2019s fighting strength at 3,000 to 5,000 members.")
    got = [c for c in _claims(text) if c.kind == "strength"]
    assert got and got[0].claimant_role == "international_org"


@pytest.mark.parametrize("first, later", [
    ("Chaudhry", "Chaudhary"),
    ("Mujahid", "Mujahed"),
    ("Rahimi", "Rahimy"[:-1] + "i"),  # the same spelling: the rule is no worse for it
])
def test_a_surname_spelt_another_way_is_the_same_person(first, later):
    text = (f"A spokesman for the army, Major General Karim {first}, said troops had killed 20 militants.\n\n"
            "On Monday, the gunmen blew up the line and fired on the train.\n\n"
            f"{later} said a total of 25 people had died in the attack.")
    assert _role(text, 25) == "official"


def test_a_short_surname_is_not_matched_by_its_consonants():
    # near miss: "Kahn" is not "Khan" (too few letters to tell a transliteration from another name)
    text = ("Police chief Amir Khan said the blast was a suicide attack.\n\nKahn said 25 people had died in the attack.")
    assert _role(text, 25) != "official"


@pytest.mark.parametrize("text, low, role", [
    ("It was announced that at least 17 people died in the blast as a result of the UNAMA teams' investigations.",
     17, "international_org"),
    ("The police's investigation found that 11 guards were killed in the raid.", 11, "official"),
    ("According to the UN mission's findings, 14 civilians died in the strike.", 14, "international_org"),
])
def test_whose_investigation_found_the_figure(text, low, role):
    assert _role(text, low) == role


@pytest.mark.parametrize("publisher, role", [
    ("United States Department of State (Refworld)", "official"),
    ("Ministry of Interior", "official"),
    ("Government of Punjab", "official"),
    ("Military Wiki (Fandom)", "reporter"),  # near miss: "military" in an outlet's name
    ("Daily Times", "reporter"),
])
def test_a_government_department_as_publisher(publisher, role):
    assert publisher_role(publisher) == role


def test_a_government_report_gives_its_own_figures():
    text = "Strength: the group is estimated to have several hundred members."
    got = [c for c in _claims(text, "US Department of State") if c.kind == "strength"]
    assert got and got[0].claimant_role == "official"


@pytest.mark.parametrize("verb", ["dismisses", "rejects", "rubbishes", "denies"])
def test_a_headline_rebutting_a_groups_claim(verb):
    text = f"Army {verb} al-Shabaab's claim of executing 150 captives, says 28 died"
    c = _speaker(text, "150 captives")
    assert c is not None and c.role == "perpetrator"
    c = _speaker(text, "28 died")
    assert c is not None and c.role == "official" and c.text == "Army"


def test_a_comma_list_before_says_is_no_rebuttal():
    # near miss: "Police confirmed the blast, the fire and the curfew, says ...": more than one comma, no elided subject
    text = "Police confirmed the blast, the fire and the curfew, says a resident who saw 12 bodies"
    c = _speaker(text, "12 bodies")
    assert c is None or c.role != "official"


def test_a_groups_record_is_not_carried_from_the_sentence_before():
    # near miss of the closing-said rule: background about the group after an official's account
    text = ("At least 16 other militants were killed in the raid, the home minister said. "
            "The group has been responsible for hundreds of deaths in bombings and shootings.")
    got = [c for c in _claims(text) if c.value_low and c.value_low >= 100]
    assert all(c.claimant_role != "official" for c in got)


@pytest.mark.parametrize("later", ["The spokesman said", "The chief spokesman said"])
def test_the_spokesman_is_the_spokesman_named_before(later):
    text = ("Al-Shabaab said in a statement posted online that its fighters had stormed the base at dawn.\n\n"
            "In the message, the group's spokesman, Abdiasis Abu Musab, said the fighters had taken 20 soldiers captive.\n\n"
            f"{later} 15 vehicles were burnt and 9 soldiers were wounded.")
    assert _role(text, 9) == "perpetrator"


def test_the_spokesman_after_a_police_spokesman_stays_an_official():
    text = ("Police spokesman Ahmed Nur said the gunmen fled.\n\nThe spokesman said 9 officers were wounded.")
    assert _role(text, 9) == "official"


@pytest.mark.parametrize("who", ["SP city division Ali Shah", "DC Quetta", "the CTD", "the tehsildar"])
def test_an_officer_named_by_the_abbreviation_of_the_post(who):
    assert classify(who, PUB) == "official"


def test_the_monitoring_team_in_capitals_is_the_uns():
    assert classify("The Monitoring Team", PUB) == "international_org"
