"""Places of a report's event (issue 3 event context): phenomena in our own words.

- a name two places share ("Taftan": a border town of Pakistan's Balochistan and a county of Iran's Sistan and
  Baluchestan; "Rasht": a city of Iran and a district of Tajikistan) is the one the report itself points to: the
  province, country or country adjective its sentence names, then the places of the whole report, "X county" /
  "X district"; the gazetteer's own place when nothing tells them apart (data: gazetteer.yaml, no code);
- the ministry or government of a country speaking is that country's own scene unless it is a state's voice
  abroad (a foreign ministry, an embassy) or speaks of its nationals elsewhere;
- attackers' origins in a list ("mercenaries from Pakistan, Afghanistan and Chechnya") are no scene.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import context_of, place_of

from reconcile import gazetteer

# --------------------------------------------------------------------------- homonyms


@pytest.mark.parametrize("sentence", [
    "Gunmen killed four border guards in the Taftan county of Sistan and Baluchestan province.",
    "Four Iranian border guards were shot dead near Taftan on Saturday.",
    "Militants attacked a police post in Taftan, Iran, killing four.",
    "In Sistan-Baluchestan's Taftan, attackers killed four policemen overnight.",
])
def test_taftan_told_as_irans_is_the_iranian_county(sentence):
    assert place_of(sentence) == "Taftan County"


@pytest.mark.parametrize("sentence", [
    "A roadside bomb killed four Levies personnel near Taftan in Chagai district.",
    "Four Pakistani customs officials were killed in Taftan on Monday.",
    "A bomb went off in Taftan, a border town of Balochistan, killing four.",
    # nothing says which: the gazetteer's own Taftan
    "Four people were killed in Taftan on Monday.",
])
def test_taftan_told_as_pakistans_or_untold_is_the_pakistani_town(sentence):
    assert place_of(sentence) == "Taftan"


def test_a_homonym_is_told_apart_by_the_rest_of_the_report():
    text = ("Jaish al-Adl claims attack on border post\n\n"
            "The militant group said its fighters struck a post of the border guards in Sistan and Baluchestan "
            "province late on Friday.\n\n"
            "Five guards were killed in the attack in Taftan, the provincial governor said.\n")
    assert context_of(text, "Five guards", "2024-10-26")[1] == "Taftan County"
    pak = text.replace("Sistan and Baluchestan province", "Balochistan province")
    assert context_of(pak, "Five guards", "2024-10-26")[1] == "Taftan"


@pytest.mark.parametrize(("sentence", "place"), [
    ("A military convoy was ambushed in the Rasht district, and 23 soldiers died.", "Rasht District"),
    ("Tajik troops lost 23 men in an ambush in the Rasht valley.", "Rasht District"),
    ("A protest in Rasht, in Iran's Gilan province, turned violent and two people died.", "Rasht"),
])
def test_rasht_is_the_district_or_the_city_the_report_says(sentence, place):
    assert place_of(sentence) == place


def test_homonyms_are_data_with_the_shared_name_as_a_variant():
    g = gazetteer.gazetteer()
    assert {p.country for p in g.homonyms["taftan"]} == {"Pakistan", "Iran"}
    assert gazetteer.lookup("Taftan").country == "Pakistan"  # the place whose name it is, by default
    assert gazetteer.lookup("Taftan County").country == "Iran"


# --------------------------------------------------------------------------- a state's body speaking


@pytest.mark.parametrize(("sentence", "place"), [
    ("The Defence Ministry of Tajikistan confirmed that 23 soldiers died in the ambush.", "Tajikistan"),
    ("The interior ministry of Pakistan said 12 policemen were killed in the raid.", "Pakistan"),
    ("The government of Kyrgyzstan said three border guards died in the clash.", "Kyrgyzstan"),
    # near-misses: a state's voice abroad, or its nationals elsewhere
    ("The foreign ministry of Uzbekistan said two of its nationals died in the blast.", None),
    ("The embassy of Tajikistan said one citizen was among the 13 dead.", None),
    ("The government of Tajikistan confirmed that four of its citizens were among the dead.", None),
])
def test_a_ministry_speaking_at_home_is_its_countrys_scene(sentence, place):
    assert place_of(sentence) == place


@pytest.mark.parametrize("sentence", [
    "Hired fighters from Pakistan, Afghanistan and Chechnya mounted the ambush, according to the minister.",
    "Officials blamed fighters from Afghanistan and Pakistan for the attack that killed 23.",
    "Recruits from Uzbekistan, Tajikistan and Kyrgyzstan staged the raid, police said.",
])
def test_a_list_of_the_attackers_origins_is_no_scene(sentence):
    assert place_of(sentence) is None


def test_attackers_from_abroad_beside_the_scene_leave_the_scene():
    # near-miss: the scene named beside the origins
    assert place_of("Militants from Pakistan and Afghanistan attacked a post in Tajikistan, killing 5.") == "Tajikistan"


def test_a_tajik_report_is_placed_in_tajikistan():
    text = ("Over 20 Tajik soldiers killed in ambush\n\n"
            "The Defence Ministry of Tajikistan has confirmed that 23 soldiers died in a gun battle, calling it a "
            "terrorist act.\n\n"
            "\u201cAn army convoy was attacked in a gorge of the Rasht district at noon on Sunday,\u201d the ministry "
            "said.\n\n"
            "A spokesman said the attackers were mercenaries from Pakistan, Afghanistan and Chechnya.\n")
    assert context_of(text, "23 soldiers", "2010-09-20")[1] == "Rasht District"


# --------------------------------------------------------------------------- landmarks


@pytest.mark.parametrize(("sentence", "place"), [
    ("A bomber blew himself up inside Forward Operating Base Chapman, killing seven.", "Khost"),
    ("Seven were killed at Camp Chapman in the eastern province of Khost.", "Khost"),
    ("Two soldiers died in a rocket attack on Camp Bastion.", "Nahr-e Saraj"),
])
def test_a_base_names_its_town(sentence, place):
    assert place_of(sentence) == place


# --------------------------------------------------------------------------- "the province", "the border"


@pytest.mark.parametrize(("later", "needle"), [
    ("Early in March, no fewer than seven people died in the province in two distinct attacks.", "seven people"),
    ("Last month nine policemen died in the province when their convoy was ambushed.", "nine policemen"),
    ("Across the province, 40 people have been killed in such attacks this year.", "40 people"),
])
def test_the_province_of_a_later_sentence_is_the_reports_province(later, needle):
    text = ("Four border guards were killed on Saturday in an attack on their post in Saravan, officials said.\n\n"
            "The attackers fled towards the frontier.\n\n" + later + "\n")
    assert context_of(text, needle, "2024-03-24")[1] == "Sistan and Baluchestan"


def test_the_province_of_x_is_not_the_reports_province():
    # near-miss: "the province of Kerman" names its province
    text = ("Four border guards were killed on Saturday in an attack on their post in Saravan, officials said.\n\n"
            "In early March, six people were killed in the province of Kerman in two separate attacks.\n")
    assert context_of(text, "six people", "2024-03-24")[1] != "Sistan and Baluchestan"


@pytest.mark.parametrize("sentence", [
    "At least 23 soldiers were killed in heavy clashes between Pakistan and Afghanistan, the army said.",
    "Two guards died in fighting on the Pakistan-Afghanistan border on Sunday.",
    "Troops of Afghanistan and Pakistan exchanged fire along the Afghanistan and Pakistan border, killing four.",
])
def test_two_countries_as_the_sides_of_a_border_are_neither_scene(sentence):
    assert place_of(sentence) is None


@pytest.mark.parametrize(("sentence", "place"), [
    # near-misses: a town on that border, or one country the sentence names as the scene
    ("Two guards died on the Pakistan-Afghanistan border near Chaman on Sunday.", "Chaman"),
    ("Fighting between Afghanistan and Pakistan killed 12 in Kurram.", "Kurram"),
    ("A bomb killed 12 in Pakistan on Sunday, officials said.", "Pakistan"),
])
def test_a_place_beside_the_border_sides_stays(sentence, place):
    assert place_of(sentence) == place


# --------------------------------------------------------------------------- a lower-cased copy


@pytest.mark.parametrize(("sentence", "place"), [
    ("kabul: at least 24 people were killed at a rally in central parwan province on tuesday.", "Parwan Province"),
    ("a roadside bomb killed six in the nad ali district of helmand, police said.", "Nad Ali"),
    ("gunmen killed four policemen in eastern khost province overnight.", "Khost Province"),
])
def test_a_lower_cased_province_or_district_with_its_unit_word_is_a_place(sentence, place):
    assert place_of(sentence) == place


@pytest.mark.parametrize("sentence", [
    # near-misses: lower-case words that only look like places without their unit word
    "the tank rolled into the district, killing six, officials said.",
    "six were killed when the old district office was bombed.",
])
def test_lower_case_words_without_a_place_name_stay_no_place(sentence):
    assert place_of(sentence) is None


@pytest.mark.parametrize(("sentence", "place"), [
    ("A bomb went off in the border town of Chaman, killing four.", "Chaman"),
    ("Four guards were shot dead in the Balochistan border town of Taftan on Monday.", "Taftan"),
    ("Two traders died near the border crossing of Torkham when a mortar shell landed.", "Torkham"),
])
def test_a_border_town_is_the_scene(sentence, place):
    assert place_of(sentence) == place


@pytest.mark.parametrize("sentence", [
    # near-misses: the border itself, and a district bordering a province, are only references
    "A raid near the border with Iran killed four.",
    "Four died in a district bordering the province of Kunar.",
])
def test_a_border_named_as_a_reference_is_no_scene(sentence):
    assert place_of(sentence) is None
