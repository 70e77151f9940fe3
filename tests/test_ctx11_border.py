"""ctx11: a fight between two states across their border is one event, placed on their border.

Each side reports the clash from its own country, naming its own district; read so, the two halves sit in two
countries and never meet. A claim whose sentence or report lead tells two states fighting across their border is
placed on the gazetteer's border of the two (data: ``borders:`` in gazetteer.yaml), so both sides' figures meet,
and disagree, in one event. Reports invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import conflicting, desk, extracted, one_row, rows
from table_helpers import user_tables

PAIRS = [
    (("Pakistani troops repulsed an unprovoked attack by Afghan Taliban forces along the border in Kurram district "
      "overnight, the military said on Sunday.\n\nTwenty-three Pakistani soldiers were martyred and more than 200 "
      "Taliban fighters were killed in the clashes, the ISPR said.", 23),
     ("Afghan forces struck Pakistani army posts along the Durand Line in Paktia and Khost provinces overnight, the "
      "Taliban government said on Sunday.\n\nSpokesman Zabihullah Mujahid said 58 Pakistani soldiers were killed and "
      "nine Afghan fighters died in the border clashes.", 58)),
    (("Heavy exchanges of fire erupted on the frontier near Chaman after Afghan border guards fired on a Pakistani "
      "post, officials in Quetta said.\n\nFour Pakistani soldiers died in the fighting, the army said.", 4),
     ("Kabul said its border forces returned fire after Pakistani troops shelled villages in Spin Boldak.\n\nThe "
      "Taliban's defence ministry said 15 Pakistani soldiers were killed in the clashes on the frontier.", 15)),
    (("Iranian and Pakistani border guards clashed near Taftan on Tuesday, Pakistani officials said.\n\nTwo "
      "Pakistani guards were killed in the exchange of fire, they said.", 2),
     ("Iran's border police said its forces fought Pakistani guards who crossed the frontier near Mirjaveh on "
      "Tuesday.\n\nSix Pakistani guards were killed in the clash, the Iranian police said.", 6)),
]


@pytest.mark.parametrize(("one", "other"), PAIRS)
def test_the_two_sides_reports_of_a_border_clash_meet_in_one_event(tmp_path, one, other):
    con = desk(tmp_path, [("a.txt", "Side A Daily", "2025-10-12", one[0]),
                          ("b.txt", "Side B Daily", "2025-10-12", other[0])])
    a, b = one_row(rows(con, "a.txt", "killed"), one[1]), one_row(rows(con, "b.txt", "killed"), other[1])
    assert a["place"] == b["place"] and a["place"].endswith("border")
    assert "/" in a["country"]
    assert a["event_id"] == b["event_id"]
    assert conflicting(con, a, b)  # the two sides' counts of the same soldiers disagree


@pytest.mark.parametrize(("text", "low", "country"), [
    # near-misses: one state's strike into the other is an event in the country struck
    ("Iran's missile and drone strikes hit militant hideouts in Panjgur near the border, killing two children, "
     "Pakistan said.", 2, "Pakistan"),
    ("Pakistan carried out retaliatory strikes on hideouts in Saravan across the border, killing nine people, "
     "Iranian officials said.", 9, "Iran"),
    # a militant attack on a border post: one state, its own district
    ("Militants attacked a border post in Kurram district, killing four Pakistani soldiers, the army said.", 4,
     "Pakistan"),
])
def test_a_strike_across_a_border_or_a_militant_attack_keeps_its_own_country(text, low, country):
    got = [c for c in extracted(text, "killed", "2024-01-18", "Test Wire", "t.txt") if c.value_low == low]
    assert got and got[0].country == country


@pytest.fixture
def kyrgyz_border(tmp_path, monkeypatch):
    with user_tables(tmp_path, monkeypatch,
                     places="places:\n  - {name: Batken, type: province, admin1: Batken, country: Kyrgyzstan}\n"
                            "borders:\n  - {name: Kyrgyzstan-Tajikistan border, sides: [Kyrgyzstan, Tajikistan]}\n"):
        yield


def test_a_border_a_user_adds_as_data_places_the_fight(kyrgyz_border):
    text = ("Kyrgyz and Tajik border troops clashed in Batken province on Friday, officials said. Twelve Kyrgyz "
            "soldiers were killed in the fighting.")
    got = [c for c in extracted(text, "killed", "2022-09-17", "Test Wire", "t.txt") if c.value_low == 12]
    assert got and got[0].place == "Kyrgyzstan-Tajikistan border"


def test_a_border_entry_must_name_two_countries(tmp_path, monkeypatch):
    with pytest.raises(ValueError, match="two countries"):
        with user_tables(tmp_path, monkeypatch, places="borders:\n  - {name: Nowhere border, sides: [Afghanistan, Atlantis]}\n"):
            pass
