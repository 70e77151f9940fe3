"""Casualty phrasings of round R that the desk did not read, each told in several phrasings of our own, with near
misses that must not change: a kill verb in scare quotes; "N <people> were among the victims" (a group inside a
toll, no kill verb); a regional outlet's "Five member of ..." and "died as martyrs"; a passive after a long
described group name with its bracketed translation or acronym; and an embedded tweet, whose account (named
after the dash under it) is the claimant.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted, values


def _claims(text, kind=None, published="2024-04-04", publisher="Test Wire"):
    return extracted(text, kind, published, publisher, "t.txt")


def _lows(text, kind):
    return [lo for lo, _ in values(_claims(text, kind))]


# --- 1. a kill verb in scare quotes ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, low", [
    ("Kabul said seven of its border troops were \u201cmartyred\u201d and 12 others were wounded.", 7),
    ("The ministry said six guards had been \u2018martyred\u2019 in the ambush.", 6),
    ("Twelve militants were \"neutralized\" by security forces on Monday, the army said.", 12),
    ("Security officials said the raid \u201celiminated\u201d 11 insurgents near the border.", 11),
    ("Police said 20 people were wounded and four \u201ckilled\u201d in the blast.", 4),
])
def test_a_verb_in_scare_quotes_still_counts(sentence, low):
    assert low in _lows(sentence, "killed")


def test_a_quoted_word_that_is_no_predicate_gives_no_toll():
    assert _lows('The statement said "martyred" was the word the family used for the 3 brothers.', "killed") == []


# --- 2. "N <people> were among the victims" -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, low, victims", [
    ("Officials said that eight policemen were among the victims.", 8, "police"),
    ("Officials said at least five students were among the victims of the bombing.", 5, "students"),
    ("About a dozen foreigners were among the victims, officials said.", 11, "foreigners"),
    ("Two women were among the victims, the hospital said.", 2, "women"),
])
def test_a_group_among_the_victims_is_a_toll_of_that_group(sentence, low, victims):
    got = [c for c in _claims(sentence, "killed") if c.value_low == low]
    assert got and got[0].victims == victims


@pytest.mark.parametrize("sentence", [
    "Three policemen were among the victims who were wounded in the blast.",
    "Nine people were among the victims of the flood in 2010.",
    "Nine people were among the passengers on the bus.",
])
def test_victims_of_another_kind_or_no_victims_give_no_toll(sentence):
    assert _lows(sentence, "killed") == []


# --- 3. a regional outlet's grammar ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, low", [
    ("Five member of the police died as martyrs in the attack.", 5),
    ("Six member of the security forces lost their lives in the attack.", 6),
    ("Three member of the family embraced martyrdom when the shell hit the house.", 3),
    ("Seven Levies personnel died as martyrs while defending the post.", 7),
    ("Two officers has been martyred in the firing.", 2),
    ("Six policemen lost lives in the attack.", 6),
])
def test_non_native_phrasings_of_a_death(sentence, low):
    assert low in _lows(sentence, "killed")


def test_a_singular_member_that_is_no_victim_gives_no_toll():
    assert _lows("The group had 40 member at its founding in 2012.", "killed") == []


# --- 4. a passive after a long described group name with a bracket ---------------------------------------------

@pytest.mark.parametrize("sentence, low", [
    ("According to state TV, 16 fighters of the separatist militant outfit Jaish al-Adl (Army of Justice) had been "
     "neutralised overnight.", 16),
    ("11 fighters of the proscribed organisation Tehreek-i-Taliban Pakistan (TTP) had been killed, the army said.", 11),
    ("Nine militants belonging to the outlawed group Lashkar-e-Islam (LI) were neutralised in the operation.", 9),
    ("Four members of the militant group Jaish-e-Mohammed (JeM) had been killed in the encounter.", 4),
])
def test_a_passive_after_a_long_group_name(sentence, low):
    got = [c for c in _claims(sentence, "killed") if c.value_low == low]
    assert got and got[0].victims == "militants"


def test_a_group_name_before_an_arrest_gives_no_toll():
    assert _lows("Twenty members of the outlawed network Haqqani Network were arrested in the raid.", "killed") == []


# --- 5. an embedded tweet: the account after the dash speaks ---------------------------------------------------

def test_a_government_account_under_a_tweet_is_the_official_claimant():
    text = ("Officials said the bomb went off near a police post.\n\n"
            "#CityBlast update: 41 persons injured and 19 people have lost their lives. pic.twitter.com/Ab12Cd "
            "\u2014 Govt Of The Province (@GovtOfProvince) March 3, 2019\n\nRescue teams reached the site.")
    got = _claims(text)
    tweet = [c for c in got if c.value_low in (19, 41)]
    assert len(tweet) == 2
    assert all(c.claimant == "Govt Of The Province" and c.claimant_role == "official" for c in tweet)


def test_a_signature_on_the_line_under_the_tweet():
    text = ("Eleven soldiers were martyred when militants stormed the post.\n"
            "\u2014 Army Media Wing (@ArmyMediaWing) 5 May 2021\n")
    got = [c for c in _claims(text, "killed") if c.value_low == 11]
    assert got and got[0].claimant == "Army Media Wing" and got[0].claimant_role == "official"


def test_a_personal_account_speaks_in_no_office():
    text = "Four people were killed when a bomb went off in the bazaar.\n- Sami Durrani (@samidurrani99) October 1, 2020\n"
    got = [c for c in _claims(text, "killed") if c.value_low == 4]
    assert got and got[0].claimant == "Sami Durrani" and got[0].claimant_role == "unknown"


def test_a_speaker_inside_the_tweet_keeps_the_figure():
    text = ("Police say the blast near the market killed 12 people.\n"
            "\u2014 Jane Roe (@janeroe) Jun 2, 2022\n")
    got = [c for c in _claims(text, "killed") if c.value_low == 12]
    assert got and got[0].claimant_role == "official" and got[0].claimant == "Police"


def test_a_dash_and_an_outlet_without_a_handle_is_no_tweet():
    text = "Two people were killed in Peshawar on Monday.\n\u2014 Meridian Wire staff, May 2, 2022\n"
    got = [c for c in _claims(text, "killed") if c.value_low == 2]
    assert got and got[0].claimant_role == "reporter"


# --- 6. a group among those a verb of killing names; a burial told with its day --------------------------------

@pytest.mark.parametrize("sentence, low", [
    ("Two children were among those beheaded, a local television station reported.", 2),
    ("Four guards were among those slain in the raid.", 4),
    ("Three elders were among those executed by the militants.", 3),
    ("More than 30 villagers were on Thursday buried in the graveyard of the village.", 30),
])
def test_among_those_killed_in_other_words_and_a_dated_burial(sentence, low):
    assert any(lo in (low, low + 1) for lo in _lows(sentence, "killed"))


@pytest.mark.parametrize("sentence", [
    "Five miners were on Friday buried alive under the rubble, and all were rescued.",
    "Two journalists were among those detained by the police.",
])
def test_a_burial_alive_or_a_detention_is_no_toll(sentence):
    assert _lows(sentence, "killed") == []


# --- 7. "N of the deceased were <group>": a part of the toll, with its group ------------------------------------

@pytest.mark.parametrize("sentence, low, victims", [
    ("Five of the deceased were students aged 19 to 24, according to the hospital.", 5, "students"),
    ("Three of the deceased were policemen, officials said.", 3, "police"),
    ("Officials said two of the dead were children aged 8 and 11.", 2, "children"),
])
def test_a_part_of_the_deceased_names_its_group(sentence, low, victims):
    got = [c for c in _claims(sentence, "killed") if c.value_low == low]
    assert got and got[0].victims == victims


def test_a_part_of_the_deceased_that_names_no_group_is_no_breakdown():
    got = [c for c in _claims("Five of the deceased were buried on Friday.", "killed") if c.value_low == 5]
    assert all(c.victims != "people" or c.extractor != "killed.breakdown" for c in got)
