"""Casualty phrasings that two blind rounds on real reports found missing (written in our own words).

Each test names the phenomenon; the sentences are invented, the facts are not from any one report.
"""

from __future__ import annotations

from phenomena_helpers import extracted, one


def claims_of(text: str, kind: str | None = "killed", published: str = "2024-05-18"):
    return extracted(text, kind, published, "Wire", "w.txt")


def test_neutralised_is_killing_only_with_people_as_object():
    got = claims_of("Troops neutralised at least eight terrorists near the border post, the army said.")
    assert one(got, 8) and got[0].victims == "militants" and got[0].value_high is None
    assert one(claims_of("At least five of them were neutralized in the operation."), 5)
    assert claims_of("The bomb squad neutralised three devices and a mine.") == []


def test_one_national_and_a_count_of_foreigners():
    got = claims_of("Four Italian holidaymakers and one Afghan have been killed by gunmen in Bamyan on Friday.")
    assert sorted((c.value_low, c.victims) for c in got) == [(1, "afghans"), (4, "foreigners")]


def test_an_article_victim_then_a_count():
    got = claims_of("Attackers killed an Afghan driver and two foreign visitors in Bamyan province, officials said.")
    assert sorted(c.value_low for c in got) == [1, 2]


def test_count_then_one_more_with_an_article():
    got = claims_of("The roadside bomb killed 9 soldiers and a child in Kunar on Monday.")
    assert sorted((c.value_low, c.victims) for c in got) == [(1, "children"), (9, "soldiers")]


def test_hedged_single_victim_is_one_claim():
    got = claims_of("Two tourists were killed and at least one driver was injured in the attack.", None)
    injured = [c for c in got if c.kind == "injured"]
    assert len(injured) == 1 and injured[0].value_low == 1 and injured[0].value_high is None


def test_toll_given_as_a_list_of_its_parts():
    got = claims_of("The official toll included 12 soldiers, two railway workers and four passengers.")
    assert sorted(c.value_low for c in got) == [2, 4, 12]


def test_killing_of_all_n():
    got = claims_of("The siege ended with the killing of all 11 attackers, police said.")
    assert one(got, 11, 11) and got[0].victims == "militants"


def test_two_dozen_is_24():
    got = claims_of("Three people died while over two dozen others were hurt in the blast.", "injured")
    assert one(got, 24) and got[0].value_high is None
    got = claims_of("Nearly three dozen people were injured.", "injured")
    assert got and 30 <= got[0].value_low <= got[0].value_high < 36


def test_toll_range_given_with_ranging_from():
    for text in ("Officials disagreed about the number killed, with estimates ranging from 15 and 22 victims.",
                 "Estimates of the dead ranged from 15 to 22."):
        assert [(c.value_low, c.value_high) for c in claims_of(text)] == [(15, 22)], text
    assert one(claims_of("Temperatures ranged from 15 to 22 degrees on the day 9 people were killed."), 9, 9)


def test_hashtag_inside_the_victim_phrase():
    got = claims_of("Breaking: 17 #border guards dead after an ambush near the frontier.")
    assert one(got, 17, 17)


def test_victims_of_the_attack_were_buried():
    got = claims_of("More than 40 victims of the market bombing -- many of them traders -- were buried on Sunday.")
    assert one(got, 41)
    assert claims_of("Twelve people were buried under the rubble, rescuers said.") == []


def test_attackers_clause_before_a_coordinated_toll_is_not_a_toll():
    got = claims_of('"Three men attacked them and 11 people were killed," a witness said.')
    assert [c.value_low for c in got] == [11]


def test_previous_estimate_of_a_toll():
    got = claims_of("The toll rose to 40 on Wednesday, up from a previous estimate of 33.")
    assert sorted(c.value_low for c in got) == [33, 40]


def test_count_in_a_dash_aside():
    got = claims_of("Caring for the wounded \u2014 about 150, according to the health ministry \u2014 was the first task.",
                    "injured")
    assert got and got[0].value_low <= 150 <= got[0].value_high


def test_singular_shia_as_a_collective_noun():
    got = claims_of("The group said its fighter struck as 12 Shia were killed and five others were hurt.", None)
    assert one([c for c in got if c.kind == "killed"], 12, 12)


def test_a_part_of_the_count_is_no_second_claim():
    got = claims_of("The explosion wounded 30 people, six of them seriously.", "injured")
    assert [c.value_low for c in got] == [30]


def test_executed_hostages_are_killed_but_a_judicial_execution_is_not():
    got = claims_of("A spokesman for the group said its fighters had executed 40 hostages.")
    assert one(got, 40, 40) and got[0].claimant_role == "perpetrator"
    assert claims_of("The authorities later executed three men convicted of planning the attack.") == []


def test_may_have_been_killed():
    got = claims_of("Villagers said as many as 30 people may have been killed.")
    assert got and got[0].value_high == 30


def test_the_dead_numbered():
    assert one(claims_of("The dead numbered 27, according to the provincial government."), 27, 27)


def test_members_of_a_family():
    assert one(claims_of("Seven members of a family were killed when a shell hit their house."), 7, 7)


def test_hospitalised_and_treated_for_injuries_are_injured():
    assert one(claims_of("More than 60 people were hospitalised after the blast.", "injured"), 61)
    assert one(claims_of("Medics treated 35 people for wounds at the scene.", "injured"), 35, 35)
    assert one(claims_of("Another 18 were admitted to hospital, officials said.", "injured"), 18, 18)
    assert claims_of("The 40 patients admitted to hospital for cholera recovered.", "injured") == []


def test_said_then_a_lower_case_title_and_a_name():
    for text in ("The blast killed six people and wounded 14, said district police chief Gul Khan.",
                 "The blast killed six people, said police, adding that 14 were hurt."):
        got = claims_of(text, None)
        assert got and all(c.claimant_role == "official" for c in got), text


def test_whose_figure_by_a_possessive_or_a_bracketed_source():
    got = claims_of("The army's final toll included 20 soldiers and four passengers.")
    assert got and all(c.claimant_role == "official" for c in got)
    got = extracted("The group has about 2,000 fighters (UN estimate, 2023).", "strength", "2024-01-01", "Wire", "w.txt")
    assert got and got[0].claimant_role == "international_org"
    got = claims_of("Khan's brother and 12 others were killed.")
    assert got and got[0].claimant_role == "reporter"


def test_a_witness_count_of_bodies_and_bodies_received_are_that_count():
    # changed (lext): bodies received were a floor; every blind gold (rounds J, L) reads them exact
    assert one(claims_of("A witness told reporters he counted 41 bodies at the site."), 41, 41)
    got = claims_of("Hospital officials said they had received 41 bodies.")
    assert one(got, 41, 41)


def test_toll_that_could_rise_as_n_of_the_injured_are_critical_is_no_toll():
    got = claims_of("Officials feared the death toll could rise further as 15 of the injured were in critical condition.")
    assert got == []


def test_injured_people_who_died_are_no_injured_claim():
    got = claims_of("Several seriously injured people died in hospital overnight.", "injured")
    assert got == []


def test_a_long_including_apposition_before_the_verb():
    text = ("At least 40 people, including a provincial assembly candidate of the Awami Party (AP), were killed on "
            "Friday when a bomber struck a rally.")
    assert one(claims_of(text), 40)


def test_an_agency_quoting_a_ministry_as_saying_gives_the_ministry():
    text = '"At least 20 people were killed," a TV channel quoted the Ministry of Interior as saying.'
    got = claims_of(text)
    assert got and got[0].claimant_role == "official" and "Ministry" in got[0].claimant


def test_the_army_rejecting_the_groups_claim_and_confirming_a_toll_is_official():
    got = claims_of("However, the army has rejected the BLA's claims and confirmed the death of two soldiers.")
    assert got and got[0].claimant_role == "official"
