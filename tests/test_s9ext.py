"""Round S phenomena (extraction and roles), in our own words: each with several phrasings and a near-miss."""

from __future__ import annotations

import pytest

from reconcile.benchmarks.phrasing import claims_of


def figures(text: str, kind: str) -> list[tuple[int | None, int | None]]:
    return [(c.value_low, c.value_high) for c in claims_of(text, "s9ext") if c.kind == kind]


def evidence_ok(text: str) -> None:
    for c in claims_of(text, "s9ext"):
        assert text[c.span_start:c.span_end] in text


# --- a place phrase between the victims and the verb ("civilians at a wedding party were killed")
@pytest.mark.parametrize("text,low", [
    ("(Wirestory) \u2013 At least 25 guests at a funeral feast were killed late on Friday in a night operation up north.", 25),
    ("Seventeen mourners at the funeral had been killed by the time rescuers came.", 17),
    ("At least 15 shoppers near the main market were killed on Tuesday, police said.", 15),
    ("Six worshippers inside the mosque were killed when the charge went off.", 6),
])
def test_victims_with_a_place_phrase(text, low):
    assert (low, None) in figures(text, "killed") or (low, low) in figures(text, "killed")
    evidence_ok(text)


def test_place_phrase_near_miss_things_are_no_victims():
    assert figures("The 40 houses in the village were destroyed in the raid.", "killed") == []


# --- strength: a pronoun for the fighters named in the sentence before; "between A-B"
@pytest.mark.parametrize("text,lo,hi", [
    ("The front is made up of armed members of local militias and former soldiers. Combined, they number "
     "between 6,000-7,000 and appear well drilled.", 6000, 7000),
    ("The movement recruits fighters in the camps. They number at least 2,500, officials believe.", 2500, None),
    ("Its members come from three provinces. They now number about 4,000.", 3600, 4400),
])
def test_they_number_after_fighters(text, lo, hi):
    assert (lo, hi) in figures(text, "strength")


def test_they_numbered_a_party_is_no_strength():
    text = "Fighters loyal to the commander were seen in the valley. They numbered 40 when the attack began."
    assert figures(text, "strength") == []


# --- strength: people gathered to fight
@pytest.mark.parametrize("text,lo,hi", [
    ("A spokesman for the new front said its commander has gathered around 4,000 volunteers who will fight the insurgents.",
     3600, 4400),
    ("The former vice-president has gathered 6,000 men ready to fight the militants in the north.", 6000, 6000),
    ("Tribal elders say they have raised roughly 1,500 volunteers willing to fight the insurgents.", 1350, 1650),
    ("The commander has reportedly mobilised 7,500 fighters to take on the militants in the mountains.", 7500, 7500),
])
def test_force_gathered_to_fight(text, lo, hi):
    assert (lo, hi) in figures(text, "strength")


def test_small_party_who_would_fight_is_no_strength():
    assert figures("Police said 30 people who would fight back were arrested.", "strength") == []


# --- a figure in a trailing "with" clause that has no casualty verb of its own
@pytest.mark.parametrize("text,kind,lo,hi", [
    ("The shelling killed many villagers, with local accounts saying up to 25, as they gathered for a "
     "harvest feast, a governor said.", "killed", 25, 25),
    ("The blast wounded many worshippers, with hospital sources saying at least 70.", "injured", 70, None),
    ("Scores of people died in the fighting, with some accounts suggesting the number could be as high as 300.",
     "killed", 300, 300),
    ("Dozens of villagers were killed in the raid, with local elders putting the toll at 52.", "killed", 52, 52),
])
def test_with_clause_figure(text, kind, lo, hi):
    assert (lo, hi) in figures(text, kind)
    evidence_ok(text)


def test_with_clause_figure_near_misses():
    # the figure has a predicate of its own: its own kind, not the verb's before it
    text = "The strike killed several fighters, with residents saying 12 civilians were wounded too."
    assert (12, 12) in figures(text, "injured") and (12, 12) not in figures(text, "killed")
    # things, no victims
    assert figures("The attack destroyed a school, with reports saying 40 classrooms were ruined.", "killed") == []


# --- the number of injured changed "by N percent to M": the rate is no figure, M is
@pytest.mark.parametrize("text,kind,value", [
    ("The monitors said 800 civilians had died over the year, while the count of wounded went up by "
     "7 percent to 1,480.", "injured", 1480),
    ("The number of wounded climbed by 12% to 410 in the first half of the year.", "injured", 410),
    ("The number of those injured rose by about 20 per cent to 1,200 last year.", "injured", 1200),
    ("The number of people killed rose by 9 percent to 2,100 in the same period.", "killed", 2100),
])
def test_number_changed_by_percent_to(text, kind, value):
    assert (value, value) in figures(text, kind)


def test_changed_by_percent_only_is_no_figure():
    assert figures("The number of injured rose by 4 percent.", "injured") == []


def roles(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(c.kind, c.value_low, c.claimant_role) for c in claims_of(text, "s9ext") if c.kind in ("killed", "injured")]


# --- roles: "the statement said" pointing back to a statement named in a long sentence before
def test_the_statement_said_after_a_long_sentence_naming_it():
    text = ("An army inquiry into reports of civilian harm during a joint raid by national and foreign troops found that "
            "20 civilians were killed and 15 others were wounded during a gunfight and airstrikes in the northern province "
            "last spring, military officials said on Friday.\n\n"
            "In early March, national commandos, accompanied by foreign advisers, came under heavy fire during a night "
            "operation to detain insurgent commanders in a small farming village near the provincial capital, the NATO "
            "command in the capital said in a statement. They called in airstrikes, which caused some of the deaths "
            "among the villagers.\n\n"
            "Five police officers died and 13 of their colleagues were hurt in the firefight, the statement added.")
    got = roles(text)
    for kind, value in (("killed", 5), ("injured", 13)):
        assert (kind, value, "official") in got


# --- roles: a body that verified a figure is its claimant; one that could not verify it is not
@pytest.mark.parametrize("text,value", [
    ("The United Nations managed to verify that 17 pupils died in the shelling.", 17),
    ("UNAMA has verified that 14 civilians were killed in the strike.", 14),
    ("The United Nations said it could verify that 18 civilians had been killed.", 18),
])
def test_verified_by_a_un_body(text, value):
    assert ("killed", value, "international_org") in roles(text)


@pytest.mark.parametrize("text", [
    "Human Rights Watch could not independently verify that 40 people had died.",
    "The rights group has not verified reports that 40 people had died.",
])
def test_not_verified_is_no_claimant(text):
    assert ("killed", 40, "reporter") in roles(text)


def test_it_said_after_the_un_verified():
    text = ("The inquiry looked at the shelling under the army's Harm Reduction Guidelines.\n\n"
            "The United Nations managed to verify that 17 pupils died and 23 were hurt. Four teachers died and "
            "nine were hurt, it said.")
    got = roles(text)
    assert ("killed", 4, "international_org") in got and ("injured", 9, "international_org") in got


# --- a combined "wounded, killed" figure is neither a clean injured nor a killed figure
@pytest.mark.parametrize("text", [
    "Officials give 35; the insurgents say \u201890, many of them women, were injured, killed\u2019 in the blast",
    "At least 30 villagers were wounded, killed or missing after the strike.",
    "Twelve people were wounded, killed in the crossfire.",
])
def test_comma_joined_casualty_verbs_are_one_combined_figure(text):
    assert figures(text, "injured") == [] and figures(text, "killed") == []


def test_comma_then_another_clause_is_two_figures():
    text = "Five soldiers were killed, four were wounded in the ambush."
    assert (5, 5) in figures(text, "killed") and (4, 4) in figures(text, "injured")
    assert (12, 12) in figures("Twelve people were wounded, police said.", "injured")


# --- roles: a group named as the target of a strike in the claimant's words is not the claimant
@pytest.mark.parametrize("who", [
    "villagers who saw the raid on Taliban positions",
    "residents after the raid on the Taliban compound",
    "villagers who survived the bombing of suspected Taliban positions, an air strike against Taliban hideouts",
])
def test_group_as_strike_target_is_no_perpetrator(who):
    from reconcile.extract.roles import classify
    assert classify(who, "2018-04-03") != "perpetrator"


@pytest.mark.parametrize("who", ["a Taliban spokesman", "a statement on the Taliban website", "the Taliban"])
def test_group_speaking_before_2021_is_perpetrator(who):
    from reconcile.extract.roles import classify
    assert classify(who, "2018-04-03") == "perpetrator"
