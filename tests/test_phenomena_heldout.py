"""Phenomena found by a held-out evaluation on fresh real reports the desk was never tuned on.

The run behind them: 33 published wire stories, local-press pages, think-tank notes, scraped and
machine-paraphrased copies about attacks and IS-K in Afghanistan, Pakistan and Iran (2016-2024:
Quetta hospital, Kabul truck bomb, ambulance bomb, wedding hall, Kabul University, maternity ward,
Jalalabad prison, Karte Parwan gurdwara, Peshawar Kocha Risaldar, Kerman, Kandahar bank, Kabul hotel,
UN monitoring-team strength figures), annotated by hand before the desk ran and scored with the
judge's score.py. The articles stay outside the repository; every sentence here is invented for
this file and only reproduces the shape of what went wrong.

Tests the desk fails carry ``xfail(strict=True)`` with the phenomenon as the reason; the owner of
the code that fixes one removes the mark (a fix shows up as an XPASS failure).
"""

from __future__ import annotations

from phenomena_helpers import conflicting, desk, extracted, one, one_row, rows

# --------------------------------------------------------------------------- helpers


def claims_of(text: str, kind: str | None = None, published: str | None = "2021-03-10"):
    return extracted(text, kind, published, "Heldout Wire", "heldout.txt")


# =========================================================================== casualty phrasings

def test_n_people_including_a_group_were_killed_and_m_others_injured():
    # held-out: a radio bulletin on a campus attack gave its toll only in this shape
    got = claims_of("In Afghanistan, 17 people including teachers were killed and 26 others injured when gunmen "
                    "stormed a college in Herat today.")
    assert one([c for c in got if c.kind == "killed"], 17, 17)
    assert one([c for c in got if c.kind == "injured"], 26)  # (at least 26: the floor governs both, clu11)


def test_headline_verb_storm_is_no_weather_report():
    # "Gunmen storm <place>" headlines read as a storm (weather): the lead's tolls vanish
    got = claims_of("Gunmen storm college in Kabul\n\n"
                    "At least 17 people were killed and 26 wounded in the attack in Kabul today, officials said.",
                    published="2020-11-02")
    assert one([c for c in got if c.kind == "killed"], 17)
    assert one([c for c in got if c.kind == "injured"], 26)  # (at least 26: the floor governs both, clu11)


def test_a_further_n_were_reported_to_have_been_wounded():
    got = claims_of("The ministry said at least 60 people had been killed. A further 270 were reported to have been "
                    "wounded, among them many children.", "injured")
    assert one(got, 270, 270)


def test_including_n_wounded_inside_a_casualty_count():
    # "reported 21 casualties, including 18 wounded, while three died": the wounded figure is an injured claim,
    # the casualty total is neither kind
    got = claims_of("A clinic near the guesthouse in Kabul reported 14 casualties, including 11 wounded, while "
                    "three died.")
    assert one([c for c in got if c.kind == "injured"], 11, 11)
    assert one([c for c in got if c.kind == "killed"], 3, 3)
    assert not one(got, 14)


def test_hedged_range_with_a_copula_are_superficially_wounded():
    got = claims_of('"Four of them are in intensive care, around 9 to 10 are lightly wounded," the businessman said.',
                    "injured")
    assert [c for c in got if c.value_low is not None and 8 <= c.value_low <= 9
            and c.value_high is not None and 10 <= c.value_high <= 11]


def test_killed_subject_is_not_also_an_injured_claim_with_n_others():
    # "At least N worshippers lost their lives and M others were injured": the N is no injured figure
    got = claims_of("At least 41 worshippers lost their lives and 120 others were injured when a bomber blew himself "
                    "up inside a mosque in Quetta on Friday, police said.")
    assert one([c for c in got if c.kind == "killed"], 41)
    injured = [c for c in got if c.kind == "injured"]
    assert one(injured, 120)
    assert not one(injured, 41)


def test_deaths_and_injuries_together_are_not_a_killed_figure():
    # a monitor's running total of "civilian deaths and injuries" is a casualty count, not a death toll
    got = claims_of("Since 2012, the monitor has recorded 38 suicide bombings in the province, resulting in 1,812 "
                    "civilian deaths and injuries.")
    assert not [c for c in got if c.kind in ("killed", "injured") and c.value_low == 1812]


def test_stray_full_stop_of_a_machine_translation_inside_the_sentence():
    # "...resulting in the death. of 84 people and injured more than 200, according to ... authorities."
    got = claims_of("The group said two of its members detonated their belts in the crowd, resulting in the death. "
                    "of 71 people and injured more than 150, according to the provincial authorities.")
    assert one([c for c in got if c.kind == "killed"], 71)


# =========================================================================== strength

def test_strength_subset_n_of_them_in_a_province():
    got = claims_of('The group is "now assessed to have approximately 3,000 fighters in Afghanistan, with about '
                    '1,700 of them concentrated in the Kunar province", the UN monitoring team said.', "strength")
    assert [c for c in got if c.value_low is not None and 2700 <= c.value_low <= 3000]
    assert [c for c in got if c.value_low is not None and 1500 <= c.value_low <= 1700]


def test_strength_as_a_covert_presence_of_up_to_n_persons():
    got = claims_of('"There is a covert ISIL-K presence of up to 40 persons in Jowzjan province," the report of the '
                    'UN monitoring team said.', "strength")
    assert [c for c in got if c.value_high == 40]


def test_surrendered_fighters_are_not_strength():
    # guard: a movement of people ("over 900 fighters ... surrendered") must stay no strength claim
    got = claims_of("Nationals of several countries were among the over 900 fighters of the group who surrendered "
                    "to Afghan authorities last year, according to a UN report.", "strength")
    assert not one(got, 900) and not one(got, 901)


# =========================================================================== claimants

def test_trailing_according_to_authorities_owns_the_figures_of_a_group_statement():
    # the group's statement is reported, but the numbers are credited to the authorities at the end
    got = claims_of("The group said in a statement on its channels that two of its members detonated their belts "
                    "near the shrine in Mashhad, killing 52 people and injuring more than 130, according to Iranian "
                    "authorities.")
    figures = [c for c in got if c.kind in ("killed", "injured")]
    assert figures and all(c.claimant_role == "official" for c in figures)


def test_the_report_of_the_un_monitoring_team_puts_the_number_is_international_org():
    # a magazine's report mentioned in between must not take over "the report" of the UN team
    got = claims_of("A new report by the United Nations monitoring team for the sanctions committee describes the "
                    "group as weakened. As per a magazine report, the group appointed a new leader in June. "
                    "The report puts the current number of its members at between 1,200 and 2,000.", "strength")
    assert got and got[0].claimant_role == "international_org"


def test_strength_after_member_states_assessed_in_a_un_report_is_international_org():
    got = claims_of("The 18th report of the UN Secretary-General on the threat posed by the group was released on "
                    "Monday. Member states assessed the group as the most serious threat in the region. The group's "
                    "operational strength within Afghanistan is reportedly growing, with an estimated 3,000 to "
                    "5,000 fighters and family members.", "strength")
    assert got and got[0].claimant_role == "international_org"


# =========================================================================== event context

def test_a_day_after_the_bomb_exploded_dates_the_attack_the_day_before():
    # published Thursday 2019-06-06: "on Thursday, a day after a truck bomb exploded" -> Wednesday 2019-06-05
    got = claims_of("KABUL - Families buried their dead on Thursday, a day after a truck bomb exploded in the "
                    "capital, leaving at least 70 people dead and more than 300 others wounded.", "killed",
                    published="2019-06-06")
    k = one(got, 70)
    assert k and k[0].event_date == "2019-06-05"


def test_background_month_in_the_next_sentence_does_not_date_the_lead():
    got = claims_of("At least 48 people were killed in a blast at a hospital in Quetta, a provincial official said.\n"
                    "In March, a suicide bomber killed 12 people outside a vaccination centre in the city.",
                    "killed", published="2017-09-12")
    lead = one(got, 48)
    assert lead and lead[0].event_date != "2017-03"


def test_year_of_a_relative_clause_about_a_person_does_not_date_the_attack():
    # "... commemorating the general, who was killed by a US drone in 2020" dated the 2024 bombing 2020
    got = claims_of("The group claimed two explosions that killed almost 90 people at a ceremony in Kerman "
                    "commemorating the general, who was killed by a drone in 2020. The death toll was reported at "
                    "88.", "killed", published="2024-01-04")
    assert got and all(c.event_date is None or not c.event_date.startswith("2020") for c in got)


def test_in_total_in_a_single_attack_report_is_not_an_aggregate():
    got = claims_of("Gunmen attacked the maternity ward of a hospital in Kabul on May 12. In total, according to "
                    "the official toll released by the authorities, 21 people were killed and more than 15 were "
                    "injured.", "killed", published="2020-06-10")
    k = one(got, 21, 21)
    assert k and not k[0].aggregate


def test_a_spokesmans_surname_that_is_a_district_is_not_the_place():
    # the Nangarhar governor's spokesman is named Khogyani, also a district of Nangarhar
    got = claims_of("At least 19 people were killed after militants attacked the central prison in Jalalabad, an "
                    "official said on Monday. A further 37 were also wounded in the attack, according to the "
                    "governor's spokesman, Ataullah Khogyani.", "injured", published="2020-08-03")
    i = one(got, 37, 37)
    assert i and i[0].place != "Khogyani"


def test_date_of_a_governments_reaction_is_not_the_attack_date():
    # "China on Tuesday expressed shock at the attack ... in which five citizens were wounded. ... Monday's attack"
    got = claims_of("China on Tuesday expressed shock at the gun and bomb attack at a hotel in Kabul in which four "
                    "of its citizens were badly wounded. The Islamic State claimed responsibility for Monday's "
                    "attack.", "injured", published="2022-12-13")
    i = one(got, 4, 4)
    assert i and i[0].event_date != "2022-12-13"


def test_dateline_city_other_than_the_attack_city_keeps_the_leads_date():
    # "KHOST, Afghanistan - The Taliban said it carried out a deadly attack Thursday ..." then the toll in Gardez
    got = claims_of("KHOST, Afghanistan - The Taliban said it carried out a deadly attack Thursday on an army base.\n\n"
                    "Officials said a truck bomb targeted an army base in the eastern city of Gardez, killing seven "
                    "civilians and wounding 21.", "killed", published="2019-05-16")
    k = one(got, 7, 7)
    assert k and k[0].event_date == "2019-05-16"


# =========================================================================== links on a desk

def test_background_attack_in_another_country_stays_out_of_the_main_event(tmp_path):
    text = ("Bomber strikes wedding in Kabul\n\n"
            "A suicide bomber killed 51 people and wounded 140 at a wedding reception in the Afghan capital on "
            "Saturday night, the interior ministry said.\n\n"
            "It follows a bomb attack on a mosque in Pakistan on Friday, which killed three people and wounded "
            "about 15.")
    con = desk(tmp_path, [("a.txt", "Wire A", "2019-08-18", text)])
    ks = rows(con, "a.txt", "killed")
    wedding, mosque = one_row(ks, 51), one_row(ks, 3)
    assert wedding["event_id"] != mosque["event_id"]
    assert not conflicting(con, wedding, mosque)


def test_a_week_ago_attack_in_the_same_city_is_another_event(tmp_path):
    text = ("Ambulance bomb in Kabul\n\n"
            "A suicide bomber driving an ambulance killed at least 80 people in the centre of Kabul on Saturday, "
            "officials say. A week ago, gunmen killed 18 people in a luxury Kabul hotel.")
    con = desk(tmp_path, [("a.txt", "Wire A", "2018-01-27", text)])
    ks = rows(con, "a.txt", "killed")
    bomb, hotel = one_row(ks, 80), one_row(ks, 18)
    assert bomb["event_id"] != hotel["event_id"]
    assert not conflicting(con, bomb, hotel)


def test_came_a_week_after_an_attack_in_the_city_is_another_event(tmp_path):
    text = ("Attack on Kabul college\n\n"
            "At least 17 people were killed and 26 wounded when gunmen stormed a college in Kabul today, "
            "officials said. The assault came about a week after an attack on a tutoring centre in the city "
            "which killed more than 30 students.")
    con = desk(tmp_path, [("a.txt", "Wire A", "2020-11-02", text)])
    ks = rows(con, "a.txt", "killed")
    college, centre = one_row(ks, 17), [r for r in ks if r["value_low"] in (30, 31)][0]
    assert college["event_id"] != centre["event_id"]


def test_two_outlets_on_one_iran_bombing_link(tmp_path):
    a = ("Twin blasts at memorial\n\n"
         "Two explosions killed at least 77 people at a memorial ceremony in the city of Kerman, in southern Iran, "
         "on Wednesday, state media reported.")
    b = ("Group claims Kerman attack\n\n"
         "The attack near the cemetery in Kerman, the deadliest in Iran in decades, left 81 people dead and 190 "
         "injured, reports say.")
    con = desk(tmp_path, [("a.txt", "Wire A", "2024-01-03", a), ("b.txt", "Wire B", "2024-01-04", b)])
    ka, kb = one_row(rows(con, "a.txt", "killed"), 77), one_row(rows(con, "b.txt", "killed"), 81)
    assert ka["event_id"] is not None and ka["event_id"] == kb["event_id"]


def test_headline_region_only_lede_still_links_the_city_report(tmp_path):
    # one outlet's lede says only "a hospital in northwestern Pakistan"; the city comes later in the story
    a = ("Hospital blast in Quetta\n\nA bomb explosion in a government hospital in Quetta killed at least 52 "
         "people on Monday, most of them lawyers.")
    b = ("Lawyers strike after attack\n\nAt least 60 people were killed in a blast at a hospital in northwestern "
         "Pakistan, a regional official said.\nOn Monday, lawyers had gathered at the Quetta Civil Hospital to "
         "mourn a colleague who was shot that morning.")
    con = desk(tmp_path, [("a.txt", "Wire A", "2016-08-08", a), ("b.txt", "Wire B", "2016-08-09", b)])
    ka, kb = one_row(rows(con, "a.txt", "killed"), 52), one_row(rows(con, "b.txt", "killed"), 60)
    assert ka["event_id"] is not None and ka["event_id"] == kb["event_id"]


def test_earlier_attack_recalled_in_a_later_report_joins_that_attack(tmp_path):
    # guard (passes on this invented pair; the real pair in the held-out run stayed apart for a reason not pinned):
    # "In August, IS claimed an attack on mourners at a hospital in Quetta that killed N" in an October report
    first = ("Hospital blast in Quetta\n\nA bomb at a government hospital in Quetta killed at least 48 people on "
             "Monday, most of them lawyers who had gathered to mourn a colleague.")
    later = ("Group claims police college attack\n\nThe Islamic State group on Tuesday claimed an attack on a police "
             "academy in Quetta in which gunmen killed at least 52 people.\n\nIn August, the group claimed an attack "
             "on mourners at a hospital in Quetta that killed 66 people.")
    con = desk(tmp_path, [("first.txt", "Wire A", "2016-08-08", first), ("later.txt", "Wire B", "2016-10-25", later)])
    hospital = one_row(rows(con, "first.txt", "killed"), 48)
    ks = rows(con, "later.txt", "killed")
    recalled, college = one_row(ks, 66), one_row(ks, 52)
    assert recalled["event_id"] != college["event_id"]
    assert recalled["event_id"] == hospital["event_id"]


# =========================================================================== conflicts on a desk

def test_toll_rise_told_in_one_report_is_no_conflict(tmp_path):
    text = ("Wedding hall toll rises to 71\n\n"
            "The death toll of the Kabul wedding hall bombing jumped to 71. On Saturday, a suicide bombing killed as "
            "many as 55 and wounded 160 in a wedding hall in western Kabul.")
    con = desk(tmp_path, [("a.txt", "KabulDaily", "2019-08-19", text)])
    ks = rows(con, "a.txt", "killed")
    new = one_row(ks, 71)
    old = [r for r in ks if r["value_high"] == 55][0]
    assert new["event_id"] == old["event_id"]
    assert not conflicting(con, new, old)


def test_n_of_them_keeps_the_group_of_the_noun_before(tmp_path):
    # "There were 28 mothers in the ward: 15 of them were killed" is no contradiction of "24 people were killed"
    text = ("Maternity ward attack\n\n"
            "Gunmen attacked the maternity ward of a hospital in Kabul on Tuesday, officials said. "
            "There were 30 mothers in the ward at the time, and 13 of them were killed, the charity said. "
            "According to the official toll, 22 people were killed in the attack.")
    con = desk(tmp_path, [("a.txt", "Wire A", "2020-05-13", text)])
    ks = rows(con, "a.txt", "killed")
    assert not conflicting(con, one_row(ks, 13), one_row(ks, 22))


def test_injured_scores_is_no_conflict_with_two_hundred_and_eleven(tmp_path):
    text = ("Blasts at ceremony\n\n"
            "Two explosions killed almost 90 people and injured scores at a ceremony in Kerman, Iran, on Wednesday. "
            "The death toll was reported at 88, with 214 others injured.")
    con = desk(tmp_path, [("a.txt", "Wire A", "2024-01-04", text)])
    ins = rows(con, "a.txt", "injured")
    scores = [r for r in ins if r["value_low"] is not None and r["value_low"] < 200]
    assert scores
    assert not conflicting(con, scores[0], one_row(ins, 214))


def test_official_toll_and_hospital_count_in_one_report_conflict(tmp_path):
    # guard: "police said three were killed" vs "the hospital has received 20 bodies" is a real conflict
    text = ("Bank bombing in Kandahar\n\n"
            "Local police and officials said four people were killed and 11 were wounded outside a bank in Kandahar "
            "city on Thursday. A source at the main hospital said it had received 21 people killed since the "
            "morning.")
    con = desk(tmp_path, [("a.txt", "Wire A", "2024-03-21", text)])
    ks = rows(con, "a.txt", "killed")
    assert conflicting(con, one_row(ks, 4), one_row(ks, 21))
