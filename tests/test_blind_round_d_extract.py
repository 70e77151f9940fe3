"""Extraction and claimant phenomena a fourth blind round on real reports found (written in our own words).

Each test names the phenomenon, checks several phrasings reporters use, and a near miss that must not change.
The sentences are invented; no report's text is copied.
"""

from __future__ import annotations

from phenomena_helpers import conflicting, desk, extracted, one, one_row, rows


def claims_of(text: str, kind: str | None = "killed", published: str = "2024-05-18"):
    return extracted(text, kind, published, "Wire", "w.txt")


def groups(claims):
    return sorted((c.value_low, c.value_high, c.victims) for c in claims)


# ------------------------------------------------------------------ A2: two victim groups sharing one verb
def test_two_counted_groups_before_one_passive_each_get_a_claim():
    # an acronym in brackets inside the first group's noun phrase
    got = claims_of("Officials said four Frontier Corps (FC) personnel and three civilians were among those killed.")
    assert groups(got) == [(3, 3, "civilians"), (4, 4, "soldiers")]
    got = claims_of("Two Afghan National Army (ANA) soldiers and five civilians were wounded near the checkpoint.",
                    "injured")
    assert groups(got) == [(2, 2, "soldiers"), (5, 5, "civilians")]
    got = claims_of("Militants killed six Frontier Corps (FC) soldiers and two policemen in the raid.")
    assert groups(got) == [(2, 2, "police"), (6, 6, "soldiers")]


def test_a_count_and_one_more_victim_before_a_passive():
    # one claim per group, as for "killing 13 soldiers and a civilian"
    got = claims_of("Four engineers and their local driver were killed when the bomber rammed the van, police said.")
    assert groups(got) == [(1, 1, "people"), (4, 4, "workers")]
    got = claims_of("Three Levies personnel and a civilian were killed in the ambush.")
    assert groups(got) == [(1, 1, "civilians"), (3, 3, "soldiers")]
    got = claims_of("Two journalists and their interpreter were wounded in the blast.", "injured")
    assert groups(got) == [(1, 1, "people"), (2, 2, "journalists")]
    got = claims_of("At least seven soldiers and a policeman were killed overnight.")
    assert sorted((c.value_low, c.value_high) for c in got) == [(1, 1), (7, None)]


def test_a_plural_companion_adds_no_count():
    # "their families" counts nobody: the figure stays the two men, no invented "one"
    got = claims_of("The two men and their families were killed in the strike.")
    assert [(c.value_low, c.value_high) for c in got] == [(2, 2)]
    got = claims_of("Three policemen and their vehicle were hit by the blast.")
    assert got == []


# ------------------------------------------------------------------ A4: reference markers inside numbers
def test_reference_markers_inside_counts_and_ranges_are_skipped():
    got = claims_of("Islamic Movement of Uzbekistan\n\nStrength | 700[4]\u20131,500[7] members |\nFounded | 1998\n",
                    "strength")
    assert [(c.value_low, c.value_high) for c in got] == [(700, 1500)]
    got = claims_of("At least 31[2] people were killed in the blast, and police sealed the area.")
    assert one(got, 31, None)
    got = claims_of("Between 200[a] and 300[b] people were killed in the siege, the mission said.")
    assert one(got, 200, 300)
    got = claims_of("The explosion killed 47[citation needed] people at the market, and dozens more fled.")
    assert one(got, 47, 47)


def test_a_single_reference_marker_before_the_field_bar_still_reads():
    got = claims_of("Jaish al-Adl\n\nSize | 400[1] |\nFounded | 2012\n", "strength")
    assert [(c.value_low, c.value_high) for c in got] == [(400, 400)]


# ------------------------------------------------------------------ A5: a strength range whose fighters are named before
def test_strength_range_after_a_sentence_asking_how_many_fighters():
    for second in ("Estimates vary wildly: from 400 to 4,000.", "Estimates range between 400 and 4,000.",
                   "Estimates differ widely - from 400 to 4,000.", "Estimates vary from 400 to 4,000, officials say.",
                   "Estimates vary, from 400 to 4,000.", "The figure is anywhere from 400 to 4,000."):
        got = claims_of("No one knows how many Chechen fighters are hiding in the valley. " + second, "strength")
        assert [(c.value_low, c.value_high) for c in got] == [(400, 4000)], second


def test_a_range_after_a_sentence_about_others_is_no_strength():
    assert claims_of("No one knows how many refugees crossed the border. Estimates vary wildly: from 400 to 4,000.",
                     "strength") == []
    assert claims_of("No one knows how many Chechen fighters are in the valley. Prices vary from 400 to 4,000 rupees.",
                     "strength") == []


# ------------------------------------------------------------------ C2: the wounded who died are dead
def test_wounded_who_later_died_are_a_death_toll():
    cases = [
        ("The army added that the four soldiers who got critically injured earlier had succumbed to their injuries.", 4),
        ("Police said the three constables who were wounded in the ambush have since succumbed to their wounds.", 3),
        ("Two injured soldiers later succumbed to their injuries in hospital, the military said.", 2),
        ("The six villagers who had been badly hurt in the blast died of their wounds on Sunday.", 6),
        ("Three of the wounded later died in hospital.", 3),
    ]
    for text, n in cases:
        got = claims_of(text, None)
        assert [(c.kind, c.value_low, c.value_high) for c in got] == [("killed", n, n)], text


def test_wounded_who_survive_stay_wounded():
    got = claims_of("Five soldiers were critically injured and are fighting for their lives.", None)
    assert [(c.kind, c.value_low) for c in got] == [("injured", 5)]
    got = claims_of("Eight soldiers were injured and two of them later succumbed to their injuries.", None)
    assert sorted((c.kind, c.value_low) for c in got) == [("injured", 8), ("killed", 2)]
    # a vague part of the wounded who died is no count
    assert claims_of("Officials are checking reports that several of the injured later died of their wounds.") == []


# ------------------------------------------------------------------ C3: a vague part of the victims
def test_vague_part_of_the_victims_in_hospital_is_no_injury_count():
    lead = "A blast at the bus terminal killed 19 people. "
    for second in ("Several of the victims were taken to the hospital in critical condition. Rescuers came.",
                   "Some of the wounded were rushed to hospitals in the city. Rescuers came.",
                   "Several of them were hospitalised. Rescuers came."):
        assert claims_of(lead + second, "injured") == [], second


def test_several_others_injured_is_still_a_count():
    lead = "A blast at the bus terminal killed 19 people. "
    for second in ("Several others were injured.", "Several people were injured, some critically.",
                   "Several of the passengers were wounded."):
        got = claims_of(lead + second, "injured")
        assert [(c.value_low, c.value_high) for c in got] == [(3, 9)], second


# ------------------------------------------------------------------ E1: parts of a toll are no conflicts
def test_discharged_wounded_and_one_more_dead_are_parts_of_the_toll(tmp_path):
    con = desk(tmp_path, [
        ("a.txt", "Wire", "2024-11-09",
         "A suicide bomber struck the bus terminal in Quetta on Saturday, killing at least 21 people and injuring "
         "48 others, officials said.\n\nHospital officials said that 20 injured patients were treated and discharged.\n"),
        ("b.txt", "Daily", "2024-11-09",
         "At least 21 people were killed and 46 were injured when a suicide bomber struck the bus terminal in Quetta "
         "on Saturday.\n"),
        ("c.txt", "Post", "2023-07-13",
         "Fifteen people, including nine soldiers, were killed when militants attacked the garrison in Zhob on "
         "Wednesday, officials said.\n\nA police officer said that a civilian was also killed in the attack.\n"),
    ])
    a = rows(con, "a.txt", "injured")
    discharged, total = one_row(a, 20), one_row(a, 48)
    other = one_row(rows(con, "b.txt", "injured"), 46)
    assert not conflicting(con, discharged, total) and not conflicting(con, discharged, other)
    assert conflicting(con, total, other)  # two counts of all the wounded still disagree
    c = rows(con, "c.txt", "killed")
    assert not conflicting(con, one_row(c, 1), one_row(c, 15))


def test_a_contingent_sent_to_an_offensive_is_no_strength():
    text = ("The Islamic Movement of Uzbekistan was thought to be about 3,000 strong in 2001, and that summer it "
            "contributed around 700 fighters to the offensive in the north.")
    got = claims_of(text, "strength")
    assert [c.value_low for c in got] == [2700]


# ------------------------------------------------------------------ D: claimant roles
def roles_of(text: str, published: str = "2025-03-16"):
    return [(c.kind, c.value_low, c.claimant_role) for c in claims_of(text, None, published)]


def test_a_capital_speaking_is_its_government():
    got = claims_of("A day after the separatists claimed 60 troops had died in the ambush, Islamabad maintained that "
                    "only four were killed. Rescue work went on.", None, "2025-03-16")
    assert [(c.value_low, c.claimant_role, c.claimant) for c in got if c.value_low == 4] == [(4, "official", "Islamabad")]
    got = claims_of("Kabul insisted that just three guards were wounded in the raid. Rescue work went on.", "injured")
    assert [c.claimant_role for c in got] == ["official"]
    # a capital as a place stays a place: the claimant is the official in it
    got = claims_of("An official in Islamabad said that nine people were killed. Rescue work went on.")
    assert [c.claimant_role for c in got] == ["official"]


def test_an_outlet_quoting_an_official_saying():
    got = claims_of("Geo News quoted Deputy Commissioner Tariq Anwar saying that a civilian man was also killed in the "
                    "crossfire. Rescue work went on.")
    assert [(c.claimant_role, c.claimant) for c in got] == [("official", "Deputy Commissioner Tariq Anwar")]
    got = claims_of("The channel quoted the provincial police chief as saying that 12 people were injured. Rescue "
                    "work went on.", "injured")
    assert [c.claimant_role for c in got] == ["official"]


def test_another_count_goes_on_with_the_speaker_before():
    text = ("District police chief Ahmad Karimi said eight soldiers were killed in the raid. Another four civilians "
            "were injured in the attack. Rescue work went on.")
    assert sorted(roles_of(text)) == [("injured", 4, "official"), ("killed", 8, "official")]
    text = ("Reports said a group of gunmen attacked the post. A further two guards were wounded in the exchange. "
            "Rescue work went on.")
    assert roles_of(text) == [("injured", 2, "reporter")]  # nobody who speaks for the figures was named before


def test_he_said_adding_names_no_victims_as_speaker():
    text = ("A blast has hit a mosque, the official, Mawlawi Karim, told reporters in the province.\n\n"
            "Nine people were killed during prayers and another 12 suffered injuries in the blast, he said, adding "
            "that all the victims were Shi'ites.")
    got = claims_of(text, None)
    assert {(c.claimant_role, c.claimant) for c in got} == {("official", "the official, Mawlawi Karim")}


def test_independent_sources_after_a_group_claim_are_not_the_group():
    text = ("While the BLA claims that 60 troops were killed, independent sources confirm at least 7 deaths and at "
            "least 20 injuries. Rescue work went on.")
    got = claims_of(text, None)
    assert {(c.value_low, c.claimant_role) for c in got} == {(60, "perpetrator"), (7, "unknown"), (20, "unknown")}


def test_a_channel_tweet_on_an_attack_is_no_official():
    text = ("#Breaking: Major suicide attack on Pakistani army convoy, claims 60 soldiers dead .. blast on the "
            "highway. Rescue work went on.")
    assert roles_of(text) == [("killed", 60, "reporter")]
    text = "#Breaking: The separatist group claims 60 soldiers dead in the convoy attack. Rescue work went on."
    assert roles_of(text) == [("killed", 60, "perpetrator")]


def test_a_sentence_that_opens_with_its_predicate_lists_its_groups():
    got = claims_of("Killed were three Frontier Corps (FC) personnel and two civilians, officials said.")
    assert groups(got) == [(2, 2, "civilians"), (3, 3, "soldiers")]
    got = claims_of("Wounded were 12 policemen, four children and a woman.", "injured")
    assert groups(got) == [(1, 1, "women"), (4, 4, "children"), (12, 12, "police")]
    assert claims_of("Killed were many hopes of peace, the editorial said.") == []


def test_a_companion_after_a_comma_or_with_a_bracketed_acronym():
    got = claims_of("Five Chinese engineers, and their local driver, were killed in the attack.")
    assert groups(got) == [(1, 1, "people"), (5, 5, "foreigners")]
    got = claims_of("Three Pakistan Army (PA) soldiers and a Levies (BL) official were martyred.")
    assert sorted(c.value_low for c in got) == [1, 3]
    got = claims_of("Five soldiers and their commander were killed in the ambush.")
    assert groups(got) == [(1, 1, "soldiers"), (5, 5, "soldiers")]


def test_the_wounded_who_died_later_are_no_conflict_with_the_toll(tmp_path):
    con = desk(tmp_path, [
        ("a.txt", "Wire", "2023-07-12",
         "Militants attacked an army garrison in Zhob on Wednesday, and three soldiers were martyred and six others "
         "were injured, the military said.\n\nLater, the military said the four soldiers who had been critically "
         "injured earlier had succumbed to their injuries.\n"),
        ("b.txt", "Daily", "2023-07-13",
         "Seven soldiers were killed when militants attacked an army garrison in Zhob on Wednesday, the military said.\n"),
    ])
    later = one_row(rows(con, "a.txt", "killed"), 4)
    total = one_row(rows(con, "b.txt", "killed"), 7)
    assert not conflicting(con, later, total)


def test_the_companion_of_a_group_is_no_total(tmp_path):
    con = desk(tmp_path, [
        ("a.txt", "Wire", "2024-03-26",
         "Five Chinese engineers and their local driver were killed when a suicide bomber rammed their van near "
         "Besham on Tuesday, police said.\n"),
        ("b.txt", "Daily", "2024-03-26",
         "Six people were killed when a suicide bomber rammed a van carrying Chinese engineers near Besham on "
         "Tuesday, police said.\n"),
    ])
    a = rows(con, "a.txt", "killed")
    driver, engineers = one_row(a, 1), one_row(a, 5)
    six = one_row(rows(con, "b.txt", "killed"), 6)
    assert not conflicting(con, driver, six) and not conflicting(con, driver, engineers)
    assert not conflicting(con, engineers, six)


DECK = (
    "Suicide blast at mosque kills 9 in the north\n\n"
    "Nine people were killed during evening prayers and another 12 suffered injuries in the blast in the city of "
    "Kunduz.\n\n"
    "A suicide bomber struck a Shi'ite mosque in northern Afghanistan on Friday, a local official said.\n\n"
    "\"A blast has hit a mosque,\" the official, Mawlawi Karim, told reporters in the province.\n\n"
    "Nine people were killed during evening prayers and another 12 suffered injuries in the blast in the city of "
    "Kunduz{tail}.\n\n"
    "There was no immediate claim of responsibility.\n"
)


def test_a_deck_repeating_an_attributed_body_sentence_has_its_speaker():
    got = claims_of(DECK.format(tail=", he said, adding that all the victims were Shi'ites"), None, "2023-10-13")
    deck = [c for c in got if c.span_start < DECK.index("A suicide")]
    assert sorted((c.kind, c.value_low, c.claimant_role) for c in deck) == [("injured", 12, "official"),
                                                                            ("killed", 9, "official")]
    assert {c.claimant for c in deck} == {"the official, Mawlawi Karim"}


def test_a_deck_whose_body_copy_names_no_speaker_stays_the_reporters():
    got = claims_of(DECK.format(tail=""), None, "2023-10-13")
    deck = [c for c in got if c.span_start < DECK.index("A suicide")]
    assert deck and {c.claimant_role for c in deck} == {"reporter"}


def test_a_year_with_a_reference_marker_is_still_a_year():
    assert claims_of("The group, which numbered 2014[5] by then, grew quickly.", "strength") == []
    got = claims_of("Founded in 2015[3], ISKP had 3,000 fighters by the end of that year.", None)
    assert sorted((c.kind, c.value_low) for c in got if c.kind in ("strength", "founded")) == [("founded", 2015),
                                                                                              ("strength", 3000)]
