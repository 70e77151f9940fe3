"""Event context phenomena found by the fourth blind round (round D): where a claim's event happened
and when, and whether its figure is one event's toll or a total over many incidents.

Every sentence here is our own, about invented incidents or public facts; each phenomenon is
tried in several phrasings, with near-misses that must keep their old reading."""

from __future__ import annotations

import pytest
from phenomena_helpers import context_of, desk, extracted, place_of, rows

from reconcile.extract.events import is_aggregate

# --------------------------------------------------------------------------- B1: the dateline's city


@pytest.mark.parametrize(("text", "needle", "place"), [
    # the town a report is filed from, then the town where it happened
    ("Quetta: At least five soldiers were killed after a roadside bomb struck their convoy in Noshki, officials said.",
     "five", "Noshki"),
    ("Quetta: At least five soldiers were killed after a bomb hit a convoy in Balochistan's Noshki, officials said.",
     "five", "Noshki"),
    ("PESHAWAR (Reuters) \u2014 Seven policemen were killed when gunmen attacked a checkpoint in Lakki Marwat.",
     "Seven", "Lakki Marwat"),
    ("Peshawar, March 14: Three people died after a blast ripped through a market in Bannu.", "Three", "Bannu"),
    ("QUETTA, Pakistan, March 14 (AP) - Four guards were shot dead at a bank in Mastung, police said.", "Four", "Mastung"),
    ("Kabul: Three people died and nine were wounded after an explosion in a market in Kunduz city.", "Three", "Kunduz"),
    # a page's own date line before the dateline
    ("date 2025-03-16 Quetta: At least five soldiers were killed after a bomb hit a convoy in Noshki.", "five", "Noshki"),
])
def test_the_incident_place_wins_over_the_dateline(text, needle, place):
    assert context_of(text, needle, "2025-03-16")[1] == place


@pytest.mark.parametrize(("text", "needle", "place"), [
    # only the dateline names a place: it stays, as a last resort
    ("Quetta: At least five soldiers were killed when a bomb hit an army convoy, officials said.", "five", "Quetta"),
    ("Lahore: At least 30 people were killed in a suicide attack on a crowd near the border.", "30", "Lahore"),
    # a town named mid-paragraph with a colon is no dateline
    ("The officials listed the dead. Quetta: two. Mastung: three soldiers were killed there.", "three", "Mastung"),
    # a clause telling of another attack, before the toll's own clause: not the toll's place
    ("A week after the attack in Kunduz, explosions killed 40 in Kandahar.", "40", "Kandahar"),
    ("Five people were killed in Kabul after an explosion in Kunduz.", "Five", "Kabul"),
])
def test_dateline_near_misses(text, needle, place):
    assert context_of(text, needle, "2025-03-16")[1] == place


def test_the_date_line_dates_the_report_claims(tmp_path):
    lead = ("date 2025-03-16 Quetta: At least six soldiers were killed and nine injured after a bomb tore through an army "
            "convoy in Noshki.\n\nThe blast hit the third bus of the convoy. Two of the wounded later died in hospital.\n")
    labelled = ("Published: 2025-03-16\n\nQuetta: At least six soldiers were killed after a bomb tore through an army convoy "
                "in Noshki.\n")
    said = ("date 2025-03-17 PESHAWAR: Four guards were killed in a bombing in Bannu, police officials said on Sunday.\n")
    con = desk(tmp_path, [("a.txt", "Wire A", "2025-03-16", lead), ("b.txt", "Wire B", "2025-03-16", labelled),
                          ("c.txt", "Wire C", "2025-03-17", said)])
    for name in ("a.txt", "b.txt"):
        for r in rows(con, name, "killed"):
            assert r["place"] == "Noshki"
            assert r["event_date"] == "2025-03-16"
    c = rows(con, "c.txt", "killed")[0]
    # the report's own statement day ("said on Sunday") before the date line's
    assert (c["place"], c["event_date"]) == ("Bannu", "2025-03-16")


def test_no_date_line_no_date():
    """A report without a date line or a date phrase keeps its claims undated (as before)."""
    text = "Quetta: At least six soldiers were killed after a bomb tore through an army convoy in Noshki."
    assert context_of(text, "six", "2025-03-16") == (None, "Noshki")


# --------------------------------------------------------------------------- B2: a journey's start, a capital's voice


@pytest.mark.parametrize(("sentence", "place"), [
    ("Five engineers were going to Dasu camp in Kohistan from Islamabad when they came under attack near Besham.",
     "Besham"),
    ("A convoy heading to Parachinar from Peshawar was ambushed in Kurram, killing ten.", "Kurram"),
    ("The bus, on its way back from Quetta, was hit by a roadside bomb in Mastung, killing six.", "Mastung"),
    ("Pilgrims travelling from Karachi were killed in a blast at the shrine in Sehwan.", "Sehwan"),
    ("The foreigners were on their way from the federal capital Islamabad when a car bomb hit them in Shangla.",
     "Shangla"),
    ("The convoy had left Quetta an hour before it was ambushed near Mastung, killing six.", "Mastung"),
])
def test_where_a_journey_began_is_not_the_place(sentence, place):
    assert place_of(sentence) == place


@pytest.mark.parametrize(("sentence", "place"), [
    # the journey's start is the only place named: it stays
    ("The bus was travelling to Quetta from Mastung when the bomb exploded.", "Mastung"),
    # they had not left yet
    ("Passengers waiting for a train to travel to Rawalpindi from Quetta were killed when a bomber struck.", "Quetta"),
    ("Militants coming from Afghanistan attacked a checkpoint in Bajaur, killing four soldiers.", "Bajaur"),
    ("The blast left Quetta in mourning after it killed nine worshippers.", "Quetta"),
])
def test_journey_near_misses(sentence, place):
    assert place_of(sentence) == place


@pytest.mark.parametrize("sentence", [
    "The group claimed responsibility; Islamabad issues demarche to the Afghan envoy.",
    "Islamabad demanded the extradition of the group's leaders after the attack.",
    "Tehran condemned the bombing and vowed to punish those behind it.",
    "Washington believed the group was behind the hospital attack.",
    "Kabul has rejected the accusation that the bombers trained on its soil.",
    "The assault sent ripples through the power corridors of Islamabad and Rawalpindi.",
    "The attack sent shockwaves through Kabul, where the cabinet met overnight.",
])
def test_a_capital_as_its_government_is_no_place(sentence):
    assert place_of(sentence) is None


@pytest.mark.parametrize(("sentence", "place"), [
    ("A bomb exploded in Islamabad, killing two people.", "Islamabad"),
    ("Kabul was rocked by three explosions on Sunday.", "Kabul"),
    ("A suicide bomber killed 12 people in Rawalpindi, near the army's headquarters.", "Rawalpindi"),
    ("Gunmen stormed a hotel in Tehran, police said.", "Tehran"),
])
def test_a_capital_where_it_happened_stays(sentence, place):
    assert place_of(sentence) == place


def test_a_bullet_of_government_reaction_keeps_the_report_place(tmp_path):
    text = ("D.I. KHAN: At least 23 soldiers were killed when militants stormed a compound in Dera Ismail Khan early on "
            "Tuesday.\n\n"
            "\u2022 TJP claims responsibility; Islamabad issues demarche to Afghan diplomat, demands extradition of the "
            "group's leaders\n")
    con = desk(tmp_path, [("d.txt", "Daily", "2023-12-13", text)])
    attr = rows(con, "d.txt", "attribution")
    assert attr and all(r["place"] == "Dera Ismail Khan" for r in attr)


# --------------------------------------------------------------------------- B3: "this year" in a comparison


@pytest.mark.parametrize(("text", "date"), [
    ("In the deadliest attack on security forces this year, at least 23 soldiers were killed after militants "
     "stormed a compound in Bannu on Tuesday.", "2023-12-12"),
    ("At least 23 soldiers were killed on Tuesday in the bloodiest assault on the army so far this year.", "2023-12-12"),
    ("The bombing, the third such attack in Peshawar this month, killed nine people on Monday.", "2023-12-11"),
    ("Nine people were killed on Monday in the worst attack of 2023 in the province.", "2023-12-11"),
])
def test_a_ranking_period_does_not_date_the_event(text, date):
    assert context_of(text, "killed", "2023-12-13")[0] == date


@pytest.mark.parametrize(("text", "date"), [
    # no other date: "this year" dates nothing, the report's own day will
    ("In the deadliest attack on security forces this year, at least 23 soldiers were killed in Bannu.", None),
    # an explicit year still dates the attack when nothing else does
    ("The first major attack of 2017 in Kurram killed 25 people at a vegetable market.", "2017"),
    # near-misses: a date of the attack itself
    ("The deadliest attack came in March this year, when a bomber killed 20 people in Quetta.", "2023-03"),
    ("A bomber killed 20 people in Quetta this month.", "2023-12"),
    ("A bomber killed 20 people in Quetta in March this year.", "2023-03"),
])
def test_ranking_near_misses(text, date):
    assert context_of(text, "killed", "2023-12-13")[0] == date


def test_a_ranked_lead_takes_its_day_in_the_desk(tmp_path):
    text = ("D.I. KHAN: In the deadliest attack on security forces this year, at least 23 soldiers were killed after "
            "militants stormed a compound in Dera Ismail Khan, in the early hours of Tuesday.\n\n"
            "Six attackers were also killed, the military said.\n")
    con = desk(tmp_path, [("d.txt", "Daily", "2023-12-13", text)])
    for r in rows(con, "d.txt", "killed"):
        assert (r["event_date"], r["date_precision"]) == ("2023-12-12", "day")


# --------------------------------------------------------------------------- B6 / B8 / E2: one event's total or an aggregate


@pytest.mark.parametrize("sentence", [
    "A total of five militants were also killed in the attack.",
    "Casualties: A total of ten policemen lost their lives in the attack, while six others sustained injuries.",
    "A total of 14 people died in Tuesday's bombing, officials said.",
    "Officials said a total of 31 soldiers were wounded during the assault on the compound.",
    "A total of 21 militants were killed in the operation, the army said.",
    "We examined a total of 43 bodies at a makeshift mortuary in the city, the police surgeon said.",
    # as before
    "In total, 21 people were killed in the blast.",
    "At least 40 people were killed in two coordinated bombings at a mosque in Kabul.",
    "Thirteen soldiers were killed on Thursday in two suicide bombings around the airport.",
    "IS claimed the bombing, which killed 39, the latest in a series of attacks on Shiite mosques.",
    "The bombing was the most deadly attack in the country in over three years.",
    "Militants killed 12 tribal elders at a jirga on Sunday.",
    "Police said the attack was separate from the bombing in Bannu, which killed five.",
])
def test_one_incident_toll_is_no_aggregate(sentence):
    assert not is_aggregate(sentence)


@pytest.mark.parametrize("sentence", [
    "Pakistan recorded a total of 4,260 terrorism-linked fatalities last year.",
    "A total of 132 people were killed in five attacks this year.",
    "A total of 42 people have been killed in the attacks on police since January.",
    "A total of 60 people were killed in the attack and in clashes across the province.",
    "Around 132 people were killed and 460 others wounded in five terrorist attacks.",
    "The group killed 200 people in three separate suicide bombings in 2013.",
    "Nearly 90 people died in several deadly attacks on the city's Shia residents.",
    "A total of 4,000 wounded have been treated at the hospital since the war began.",
    "Last month, three police officers and two soldiers lost their lives in separate incidents in Kohat.",
    "Four people were killed in different attacks across the city on Sunday.",
    "His men have been accused of killing hundreds of tribal elders in the region over the years.",
])
def test_totals_over_incidents_stay_aggregates(sentence):
    assert is_aggregate(sentence)


def test_one_incident_total_keeps_its_event(tmp_path):
    text = ("ZHOB: Militants attacked a garrison in Zhob on Wednesday, killing four soldiers, the military said.\n\n"
            "A total of five militants were also killed in the attack.\n")
    con = desk(tmp_path, [("z.txt", "Daily", "2023-07-12", text)])
    r = [r for r in rows(con, "z.txt", "killed") if r["value_low"] == 5][0]
    assert r["aggregate"] == 0 and r["event_id"] is not None
    soldiers = [r for r in rows(con, "z.txt", "killed") if r["value_low"] == 4][0]
    assert r["event_id"] == soldiers["event_id"]


# --------------------------------------------------------------------------- B7: a quote joined to its paragraph


def test_a_joined_quote_takes_the_report_place_not_a_seat_of_power():
    text = ("KARACHI: Gunmen opened fire on a bus in Karachi on Wednesday, killing at least 40 passengers.\n\n"
            "The assault sent ripples through the power corridors of Islamabad and Rawalpindi, from where the leaders "
            "flew in, officials said. `Forty people were killed in the attack,` the provincial police chief told "
            "reporters.\n")
    claims = [c for c in extracted(text, "killed", "2015-05-13", "Daily", "k.txt") if c.value_low == 40]
    assert len(claims) == 2
    assert {(c.place, c.event_date) for c in claims} == {("Karachi", "2015-05-13")}


# --------------------------------------------------------------------------- E2: background dates of a group's history


@pytest.mark.parametrize(("text", "date"), [
    ("Jundullah, a splinter group that pledged allegiance to IS in November 2014, also claimed responsibility for "
     "Wednesday's attack.", "2015-05-13"),
    ("The faction, which split from the TTP in 2014, claimed Wednesday's bombing.", "2015-05-13"),
    ("Jamaat-ul-Ahrar, which swore allegiance to IS in 2015, claimed Wednesday's attack.", "2015-05-13"),
    # near-miss: the date of the claimed attack itself
    ("The group claimed the bombing in November 2014 that killed 60 people near the border.", "2014-11"),
])
def test_a_group_history_date_does_not_date_the_attack(text, date):
    assert context_of(text, "claimed", "2015-05-14")[0] == date


def test_a_scraped_page_date_is_not_the_report_day(tmp_path):
    """A copy scraped years later carries the day of the scrape first, then the report's own."""
    text = ("June 14, 2024\n\nBombers hit a hospital in Kabul\n\nNovember 2, 2021\n\n"
            "More than 20 people have been killed in a gun and bomb assault on a military hospital in Kabul.\n")
    con = desk(tmp_path, [("h.txt", "Copy", "2021-11-02", text)])
    assert {r["event_date"] for r in rows(con, "h.txt", "killed")} == {"2021-11-02"}


@pytest.mark.parametrize(("second", "needle", "context"), [
    # the group's own figure for the same attack
    ("The BLA claimed the ambush and also claimed that at least 90 soldiers were killed.", "90",
     ("2025-03-16", "Noshki")),
    ("The group also claimed 40 soldiers had died in the ambush.", "40", ("2025-03-16", "Noshki")),
    # near-miss: another attack the group also claimed
    ("The group also claimed an attack on a checkpoint in Kech in May that killed four soldiers.", "four",
     ("2024-05", "Kech")),
])
def test_also_claimed_a_figure_is_the_same_attack(second, needle, context):
    text = "Five soldiers were killed in a bombing on a convoy in Noshki on Sunday. " + second
    assert context_of(text, needle, "2025-03-17") == context


@pytest.mark.parametrize(("text", "needle", "context"), [
    # the toll of the attack a comparison reaches back to: that attack's date
    ("The attack is the deadliest in Kabul since the 12 May 2020 attack on a maternity ward, in which 24 people "
     "were killed.", "24", ("2020-05-12", "Kabul")),
    ("It was the deadliest attack since the August 2019 bombing at a Kabul wedding hall, which killed 80 people.",
     "80", ("2019-08", "Kabul")),
    ("It was the deadliest attack in Quetta since 2018, when a bomber killed 57 people at a polling station.", "57",
     ("2018", "Quetta")),
    # near-misses: the report's own toll before the comparison; a period with no attack of its own
    ("The bombing killed 60 people in Kabul, the deadliest since the 2019 wedding attack.", "60", (None, "Kabul")),
    ("Since 2019, militants have killed 300 people in the province.", "300", (None, None)),
])
def test_the_toll_of_the_attack_a_comparison_reaches_back_to(text, needle, context):
    assert context_of(text, needle, "2021-05-20") == context


@pytest.mark.parametrize(("sentence", "place"), [
    # where a voice speaks from, then where it happened
    ("A spokesman in Quetta said ten soldiers were killed in the ambush in Kech.", "Kech"),
    ("Speaking to reporters in Peshawar, the police chief said nine were killed in Bannu.", "Bannu"),
    ("The minister told a news conference in Kabul that 30 people had died in the Kunduz bombing.", "Kunduz"),
    ("Officials in Islamabad said 20 people were killed in an attack in Bajaur.", "Bajaur"),
    # near-misses: the only place named; a toll given in two places
    ("Police in Karachi said five people were killed in the shooting.", "Karachi"),
    ("Police in Quetta said five people were killed in a blast in the city.", "Quetta"),
    ("Five people were killed in Quetta and two in Mastung, police said.", "Quetta"),
])
def test_where_a_voice_speaks_from_is_not_the_place(sentence, place):
    assert place_of(sentence) == place
