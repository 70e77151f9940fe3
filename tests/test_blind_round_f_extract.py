"""Round F extraction phenomena: victim-group lists, far and reflexive counts, rarer toll phrasings.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import conflicting, desk, extracted, one, one_row, rows


def _claims(text, kind=None):
    return extracted(text, kind, "2023-03-14", "Test Wire", "t.txt")


def _groups(text, kind="killed"):
    return sorted((c.value_low, c.value_high, c.victims) for c in _claims(text, kind))


# --- 1. victim-group lists ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # an appositive breakdown after a total that it adds up to
    ("Gunmen stormed a bank in Quetta, killing at least seven people \u2014 five bank guards, a policeman and a "
     "passer-by, officials said.", {(5, 5, "security_forces"), (1, 1, "police"), (1, 1, "people")}),
    ("Six people died in the raid on the depot, three soldiers and all three attackers, said a spokesman.",
     {(3, 3, "soldiers"), (3, 3, "militants")}),
    ("The ambush killed five people: three soldiers and two civilians, the army said.",
     {(3, 3, "soldiers"), (2, 2, "civilians")}),
    # a list as the subject of a passive, singular groups counting one
    ("The siege lasted hours. Three bank guards, a policeman and a shopkeeper were killed in the exchange of fire.",
     {(3, 3, "security_forces"), (1, 1, "police"), (1, 1, "people")}),
    ("Witnesses said that a police officer and two security guards were killed at the gate.",
     {(1, 1, "police"), (2, 2, "security_forces")}),
    ("A soldier and three villagers were killed in the attack.", {(1, 1, "soldiers"), (3, 3, "people")}),
])
def test_each_listed_group_is_a_claim(sentence, expected):
    got = set(_groups(sentence))
    assert expected <= got, got


def test_a_breakdown_that_does_not_add_up_is_not_read_as_one():
    # six and a policeman are seven, not the eight told: the list may be some of the dead only
    got = _groups("The raid killed eight people \u2014 six guards and a policeman, police said.")
    assert (6, 6, "security_forces") not in got or (1, 1, "police") in got
    assert (8, 8, "people") in got


def test_kin_after_a_count_name_the_counted():
    # "two civilians, a father and his son": two dead, not four
    got = _groups("The fighting went on for an hour. Two civilians, a father and his son were also killed, "
                  "officials said.")
    assert got == [(2, 2, "civilians")]


def test_list_of_people_arrested_or_carried_is_no_toll():
    assert _claims("Police arrested two men and a woman who were later released.", "killed") == []
    assert _claims("A convoy carrying two engineers and a driver was attacked, but no one was killed.", "killed") == []


def test_the_subject_of_the_killed_clause_is_not_the_wounded():
    text = "Three guards and a policeman were killed and nine people were wounded, the police chief said."
    assert sorted((c.value_low, c.value_high) for c in _claims(text, "injured")) == [(9, 9)]
    assert one(_claims(text, "killed"), 3, 3) and one(_claims(text, "killed"), 1, 1)


def test_parts_of_a_total_do_not_conflict_with_it(tmp_path):
    con = desk(tmp_path, [
        ("a.txt", "Wire A", "2023-03-14",
         "Gunmen attacked a bank in Quetta on Monday, killing at least seven people \u2014 five bank guards, a "
         "policeman and a passer-by, police said."),
        ("b.txt", "Wire B", "2023-03-14",
         "Seven people were killed when gunmen attacked a bank in Quetta on Monday, police said."),
    ])
    a = rows(con, "a.txt", "killed")
    total, guards = one_row(a, 7), one_row(a, 5)
    other = one_row(rows(con, "b.txt", "killed"), 7)
    assert not conflicting(con, guards, total)
    assert not conflicting(con, guards, other)


# --- 2. reflexive and far counts ---------------------------------------------------------------------

def test_the_bombers_own_death():
    text = "A car bomber rammed the gate of the embassy, killing himself and wounding four guards."
    k = _claims(text, "killed")
    assert [(c.value_low, c.value_high, c.victims) for c in k] == [(1, 1, "militants")]
    assert one(_claims(text, "injured"), 4, 4)


def test_a_suicide_with_no_attack_is_no_toll():
    assert _claims("The farmer killed himself after a long dispute over land.", "killed") == []


@pytest.mark.parametrize("sentence, n", [
    ("Five gunmen stormed the hotel in Kabul, killing three guards and wounding nine others before being shot dead.", 5),
    ("Three heavily armed attackers raided the office, killing four people before being killed by commandos.", 3),
])
def test_attackers_shot_dead_at_the_end_of_the_sentence(sentence, n):
    got = [c for c in _claims(sentence, "killed") if c.victims == "militants"]
    assert [(c.value_low, c.value_high) for c in got] == [(n, n)]


def test_attackers_who_fled_are_not_dead():
    text = "Five gunmen stormed the hotel in Kabul, killing three guards before fleeing into the hills."
    assert [c.value_low for c in _claims(text, "killed")] == [3]


def test_a_long_participle_between_count_and_verb():
    text = ("More than three thousand Pakistanis recruited by the group to fight in Iraq have been killed, "
            "a commander said.")
    assert one(_claims(text, "killed"), 3001, None)
    near = "Two thousand volunteers sent by the council to help in the valley have been trained, he said."
    assert _claims(near, "killed") == []


# --- 3. rarer toll phrasings ---------------------------------------------------------------------------

def test_quoted_range_among_those_killed():
    text = 'The governor told reporters "ten to twelve" soldiers were among those killed, as well as a reporter.'
    assert one(_claims(text, "killed"), 10, 12)


def test_number_of_those_injured():
    assert one(_claims("The provincial news agency put the number of those injured at 34.", "injured"), 34, 34)
    assert one(_claims("Officials put the number of those who were wounded at 12.", "injured"), 12, 12)


def test_the_injured_included_a_list():
    text = "The attack began at dawn. The ministry said the injured included two 16-year-old gardeners and a local woman."
    got = sorted((c.value_low, c.value_high) for c in _claims(text, "injured"))
    assert got == [(1, 1), (2, 2)]


def test_adverb_before_wounding_another():
    text = "\u201cThe gunmen opened fire, killing three of our soldiers and critically wounding another\u201d, he said."
    assert one(_claims(text, "injured"), 1, 1)
    assert one(_claims(text, "killed"), 3, 3)


def test_brought_dead():
    text = 'The doctor said: "We have three policemen brought dead and a guard injured."'
    assert one(_claims(text, "killed"), 3, 3)


def test_a_list_of_singles_without_a_count_is_left_to_the_single_rule():
    text = "The agency reported that a diplomat and an embassy guard had been wounded."
    assert [c for c in _claims(text, "injured") if c.extractor.endswith("passive.list")] == []


# --- 4. roles ------------------------------------------------------------------------------------------

def test_a_minister_quoted_by_agencies_is_the_claimant():
    text = "Local news agencies on Monday quoted the country's interior minister saying four people died in the blast."
    k = one(_claims(text, "killed"), 4, 4)
    assert k and k[0].claimant_role == "official" and "minister" in k[0].claimant


def test_an_outlet_quoting_nobody_in_particular_stays_the_reporter():
    text = "Local news agencies quoted residents saying four people died in the blast."
    k = one(_claims(text, "killed"), 4, 4)
    assert k and k[0].claimant_role != "official"


def test_a_militias_own_official_named_by_name_is_the_perpetrator():
    text = ("According to Ali Rezaei, a media official in the Zainabiyoun Brigade, the group suffered 300 killed "
            "and 900 wounded in Syria.")
    k = one(_claims(text, "killed"), 300, 300)
    assert k and k[0].claimant_role == "perpetrator"


def test_a_named_official_of_a_government_stays_official():
    text = "According to Ali Rezaei, a spokesman for the provincial governor, 12 people were killed in the blast."
    k = one(_claims(text, "killed"), 12, 12)
    assert k and k[0].claimant_role == "official"


# --- 5. strength without a member noun; ranges with one scale word ---------------------------------------

def test_the_number_of_this_division():
    text = "The Zainabiyoun Brigade was formed in 2014. He said the number of this brigade is 30 thousand but it is falling."
    got = [(c.value_low, c.value_high) for c in _claims(text, "strength")]
    assert got == [(30000, 30000)]


def test_the_number_of_votes_is_no_strength():
    text = "The Zainabiyoun Brigade was formed in 2014. The number of this year's votes is 30 thousand."
    assert _claims(text, "strength") == []


@pytest.mark.parametrize("phrase, low, high", [
    ("12-14 thousand", 12000, 14000), ("between 12- 14 thousands", 12000, 14000), ("3 to 4 hundred", 300, 400),
    ("20-25 thousand", 20000, 25000), ("30 thousands", 30000, 30000),
])
def test_a_range_shares_its_scale_word(phrase, low, high):
    from reconcile.extract.numbers import parse_count
    c = parse_count(phrase)
    assert (c.low, c.high) == (low, high)


def test_who_has_conducted_research_on_a_militia_is_a_researcher():
    from reconcile.extract.roles import classify
    assert classify("Ms. Sara Malik, an editor who has conducted research on the Zainabiyoun") == "researcher"
    assert classify("Ali Rezaei, a media official in the Zainabiyoun Brigade") == "perpetrator"


def test_nationals_fighting_abroad_for_a_named_group():
    text = "Between 8,000 and 10,000 Pakistanis were fighting in Syria for the Zainabiyoun Brigade, he said."
    got = [(c.value_low, c.value_high) for c in _claims(text, "strength")]
    assert got == [(8000, 10000)]
    assert _claims("Thousands of Afghans were fighting in the streets of Kabul, he said.", "strength") == []
    assert _claims("About 5,000 Pakistanis were living in Syria under the Zainabiyoun Brigade.", "strength") == []


@pytest.mark.parametrize("sentence, expected", [
    ("A car bomber rammed the gate of the embassy, killing himself and two guards.",
     [(1, 1, "militants"), (2, 2, "security_forces")]),
    ("A suicide bomber struck the rally, killing himself and a police officer and wounding six people.",
     [(1, 1, "militants"), (1, 1, "police")]),
    ("A suicide bomber struck the market, killing himself and 12 others.", [(1, 1, "militants"), (12, 12, "people")]),
])
def test_the_bomber_and_his_victims(sentence, expected):
    assert _groups(sentence) == sorted(expected)
