"""Strength phrasings that real explainers and wire stories use and the desk missed (session 11).

Each test names the phenomenon; the sentences are written for these tests, the groups are real.
"""

from __future__ import annotations

from phenomena_helpers import extracted


def strength_of(text: str, published: str = "2019-03-02"):
    return extracted(text, "strength", published, "Wire", "w.txt")


def values(claims):
    return sorted((c.value_low, c.value_high) for c in claims)


def test_range_in_a_reduced_relative_clause():
    # the figure sits in a clause about something else: "... which shelter the N fighters believed to be in X"
    got = strength_of("The caves, which shelter most of the 400 to 700 ISKP fighters believed to be in the province, "
                      "were hit on Friday.")
    assert values(got) == [(400, 700)] and got[0].entity == "ISKP"
    got = strength_of("Officials said the valley hides the 1,200 TTP militants thought to be active in the district.")
    assert values(got) == [(1200, 1200)]
    got = strength_of("Analysts put little faith in reports about the 900 al-Qaeda members said to be based in the hills.")
    assert values(got) == [(900, 900)]


def test_a_party_at_a_place_is_no_strength():
    assert strength_of("Some of the 40 fighters believed to be in the compound escaped before dawn.") == []
    assert strength_of("Most of the 30 gunmen thought to be in the market were TTP men, police said.") == []


def test_persons_counted_after_a_member_noun_named_far_before():
    got = strength_of("The monitors wrote that ISKP was growing, with the overall number of its fighters and their "
                      "relatives linked to the branch put at 3,000 to 5,000 people in the east.")
    assert values(got) == [(3000, 5000)]
    assert "family" in (got[0].scope or "")
    got = strength_of("The number of TTP combatants in the border districts was estimated at about 6,000 individuals.")
    assert values(got) == [(5400, 6600)]


def test_persons_after_a_figure_of_others_stay_no_strength():
    assert strength_of("The number of people displaced by the TTP offensive is estimated at 40,000 people.") == []


def test_size_as_an_adjective_of_a_named_group():
    got = strength_of("Hamas is said to keep a 25,000-member armed wing in the enclave.")
    assert values(got) == [(25000, 25000)] and got[0].entity == "Hamas"
    got = strength_of("A 3,000-man militia loyal to the Haqqani network holds the pass.")
    assert values(got) == [(3000, 3000)]


def test_size_adjectives_of_no_armed_group():
    assert strength_of("The TTP sent a 12-member delegation to the talks.") == []
    assert strength_of("ISKP fighters attacked a 600-member police force near the town.") == []
    assert strength_of("The Taliban set up a 300-member commission on the dispute.") == []


def test_quoted_verb_modal_there_and_even():
    got = strength_of('The agency believes the Islamic State "can field" between 9,000 and 12,000 fighters in Syria.')
    assert values(got) == [(9000, 12000)]
    got = strength_of("The envoy said there could be fewer than 200 al-Qaeda fighters left in the country.")
    assert values(got) == [(0, 199)] and got[0].entity == "al-Qaeda"
    got = strength_of("AQIS is weak, with perhaps even fewer than 300 members in the region.")
    assert values(got) == [(0, 299)]


def test_a_vague_figure_in_quotes_is_read_whole():
    got = strength_of("An early report said AQAP had \u2018several hundred\u2019 members at the time.")
    assert values(got) == [(300, 999)]


def test_people_under_arms_are_members():
    got = strength_of('"The number of people under arms in the FARC is 6,900," the minister told reporters.')
    assert values(got) == [(6900, 6900)] and got[0].entity == "FARC"


def test_figure_left_in_a_place_after_a_sentence_on_the_members():
    got = strength_of("The split cost the LTTE half of its cadres. Perhaps 5,000 were left in the Wanni, a stronghold "
                      "of the movement.")
    assert len(got) == 1 and got[0].value_low == 5000


def test_groups_of_other_theatres_are_named():
    cases = {
        "Al-Shabaab is thought to have between 5,000 and 9,000 fighters in Somalia.": "al-Shabaab",
        "Boko Haram has about 4,000 hard-core fighters, officials believe.": "Boko Haram",
        "The Houthis can call on some 100,000 fighters.": "Houthis",
        "Hezbollah claims to have 100,000 trained fighters.": "Hezbollah",
        "The Tamil Tigers were fielding some 10,000 fighters at their peak.": "LTTE",
    }
    for text, group in cases.items():
        got = strength_of(text)
        assert len(got) == 1 and got[0].entity == group, (text, got)


def test_figure_read_from_the_nearest_size_noun():
    # an earlier size noun in a long sentence must not hide the one that owns the figure
    got = strength_of("Its numbers have grown since the monitors' first estimate in the spring, which put the group's "
                      "total of TTP fighters at roughly 4,000.")
    assert values(got) == [(3600, 4400)]
    got = strength_of("The ministry gave the size of the branch in broad terms only, while the UN put the number of "
                      "ISKP fighters at 1,500 \u2013 2,200.")
    assert values(got) == [(1500, 2200)]


def test_a_second_figure_for_another_place_shares_the_noun():
    got = strength_of("Officials count about 400 TTP fighters in Bajaur and around 700 in Mohmand.")
    assert values(got) == [(360, 440), (630, 770)]
    assert sorted(c.scope for c in got) == ["Bajaur", "Mohmand"]


def test_a_second_place_after_a_toll_is_no_strength():
    got = extracted("Troops killed 30 TTP fighters in Bajaur and 12 in Mohmand.", None, "2019-03-02", "Wire", "w.txt")
    assert [c for c in got if c.kind == "strength"] == []


def test_a_series_of_yearly_figures_after_a_size_noun():
    got = strength_of("Army figures put the group's membership at 410 in 2011 and at 395 in 2012, "
                      "the TTP-linked faction said.")
    assert values(got) == [(395, 395), (410, 410)]


def test_size_of_a_named_group_in_persons():
    got = strength_of("No official figures exist, but a minister estimated the size of the Pakistani Taliban was "
                      "between 10,000 and 15,000 people.")
    assert values(got) == [(10000, 15000)] and got[0].entity == "TTP"
    assert strength_of("The police put the size of the crowd at the TTP rally at 5,000 people.") == []


def test_figures_left_in_or_roaming_a_named_place():
    got = strength_of("Some 2,500 ISKP fighters are left in Nangarhar, officials believe.")
    assert values(got) == [(2250, 2750)]
    got = strength_of("Up to 4,000 Islamic State militants still roam the deserts of Iraq, the monitors said.")
    assert len(got) == 0 or values(got) == [(4000, 4000)]
    got = strength_of("As many as 6,000 Islamic State militants still roam Syria, the monitors said.")
    assert values(got) == [(6000, 6000)]


def test_leaving_in_a_month_or_a_small_party_is_no_strength():
    assert strength_of("Hundreds of TTP fighters left in October for the border.") == []
    assert strength_of("Only 20 TTP fighters were left in the compound after the raid.") == []


def test_a_flow_of_recruits_is_no_strength():
    assert strength_of("ISKP replaces its losses easily, with some 300 new recruits joining up every month.") == []


def test_a_change_told_far_from_its_verb():
    got = strength_of("Operations have greatly reduced the strength of the Abu Sayyaf from the peak of 1,270 in 2000 "
                      "to only 380 this year, the army said.")
    assert values(got) == [(380, 380)]


def test_a_range_with_a_vague_plural_end_and_as_low_as():
    got = strength_of("The monitors believe the ISKP's strength may range from several thousands to as low as 800 today.")
    assert values(got) == [(800, 9999)]
    got = strength_of("ISKP was once feared. Officials say the organization has strength vary from a few thousand "
                      "fighters to as low as 700.")
    assert values(got) == [(700, 5000)] and got[0].entity == "ISKP"


def test_an_upper_bound_in_a_relative_clause_on_the_members():
    got = strength_of("IMU militants, who are not more than a few hundreds, shelter with TTP commanders.")
    assert values(got) == [(0, 500)] and got[0].entity == "IMU"
    assert strength_of("The TTP gunmen, who were 12, stormed the post at night.") == []


def test_the_membership_named_with_a_definite_article():
    got = strength_of("The \u201cseveral hundred\u201d members of the Kunar-based AQIS cell network are planning attacks, "
                      "the monitors warned.")
    assert values(got) == [(300, 999)] and got[0].entity == "AQIS"
    assert strength_of("The 300 members of the TTP who stormed the base fled to the hills.") == []
    assert strength_of("Police said the 60 members of the TTP were arrested in Swat.") == []


def test_a_core_that_consists_of_persons():
    got = strength_of("Al-Qaeda's leadership in the region is thought to consist of 40 to 70 people, the report said.")
    assert values(got) == [(40, 70)] and got[0].entity == "al-Qaeda"
    assert strength_of("The TTP delegation consists of 12 people.") == []


def test_the_noun_first_and_the_figure_after_were_in_quotes():
    got = strength_of("By the panel's count, the overall number of al-Qaeda fighters left inside the country were "
                      "\u201cbetween 300 and 500 and that the leaders stay hidden.")
    assert values(got) == [(300, 500)]
