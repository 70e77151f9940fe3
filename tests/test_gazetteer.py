"""The gazetteer and the alias table: spellings, mentions with offsets, user files."""

import pytest
from table_helpers import user_tables

from reconcile import aliases, gazetteer


@pytest.mark.parametrize(
    "name, canonical",
    [
        ("Pul-e-Khumri", "Pul-e-Khumri"),
        ("Pul-i-Khumri", "Pul-e-Khumri"),
        ("Mazar-e Sharif", "Mazar-i-Sharif"),
        ("Mazar-i-Sharif", "Mazar-i-Sharif"),
        ("Mazar", "Mazar-i-Sharif"),
        ("kunduz", "Kunduz"),
        ("Kunduz province", "Kunduz Province"),
        ("D.I. Khan", "Dera Ismail Khan"),
    ],
)
def test_lookup_spellings(name, canonical):
    place = gazetteer.lookup(name)
    assert place is not None and place.name == canonical


def test_place_has_hierarchy_and_coordinates():
    p = gazetteer.lookup("Pul-i-Khumri")
    assert (p.type, p.admin1, p.country) == ("city", "Baghlan", "Afghanistan")
    assert 35 < p.lat < 37 and 68 < p.lon < 69
    assert gazetteer.lookup("Nowhere-on-Sea") is None


def test_find_places_offsets_index_the_text():
    text = "A blast in the northern city of Kunduz and another near Kabul\u2019s airport, in eastern Afghanistan."
    found = gazetteer.find_places(text)
    assert [m.place.name for m in found] == ["Kunduz", "Kabul", "Afghanistan"]
    for m in found:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "name, canonical",
    [
        ("ISIS-K", "ISKP"), ("IS-K", "ISKP"), ("ISK", "ISKP"), ("Islamic State Khorasan Province", "ISKP"),
        ("Islamic State-Khorasan Province", "ISKP"), ("Daesh-Khorasan", "ISKP"), ("Islamic State Khorasan", "ISKP"),
        ("the Taliban", "Taliban"), ("Tehrik-i-Taliban Pakistan", "TTP"), ("al Qaeda", "al-Qaeda"),
        ("Haqqani Network", "Haqqani network"), ("Shahab al-Mujahir", "Shahab al-Muhajir"),
        ("Sanaullah Ghafari", "Shahab al-Muhajir"), ("Shahab al-Muhajir", "Shahab al-Muhajir"),
    ],
)
def test_resolve_aliases(name, canonical):
    assert aliases.resolve(name) == canonical


@pytest.mark.parametrize("text", [
    "Fighters of the Tahriki Taliban crossed the border at night.",
    "The Tehrik-i-Taliban said its men had attacked the post.",
    "A Tehreek-e-Taliban commander was arrested in Swat.",
])
def test_the_pakistani_movement_named_without_its_country_is_ttp(text):
    """The movement's name without "Pakistan" is still the TTP, never the Afghan Taliban."""
    assert [m.actor.id for m in aliases.find_actors(text)] == ["TTP"]


def test_the_afghan_taliban_stay_taliban_beside_the_ttp():
    text = "The Taliban denied that the Tehrik-i-Taliban had bases in Kunar."
    assert [m.actor.id for m in aliases.find_actors(text)] == ["Taliban", "TTP"]


def test_acronyms_match_only_in_capitals():
    assert aliases.resolve("is") is None
    text = "This is what IS-K is, said the ISIS statement."
    ids = [(m.text, m.actor.id) for m in aliases.find_actors(text)]
    assert ids == [("IS-K", "ISKP"), ("ISIS", "Islamic State")]


def test_user_files_extend_both_tables(tmp_path, monkeypatch):
    # through RECONCILE_GAZETTEER and RECONCILE_ALIASES (tests/table_helpers.py), as a user does
    with user_tables(tmp_path, monkeypatch,
                     places="places:\n  - {name: Qarabagh, type: district, admin1: Ghazni, country: Afghanistan, "
                            "lat: 33.2, lon: 68.1, variants: [Qara Bagh]}\n",
                     actors="actors:\n  - id: ISKP\n    aliases: [Wilayah Khurasan]\n  - id: Jundallah\n    type: group\n"
                            "    role: perpetrator\n    aliases: [Jund Allah]\n"):
        assert gazetteer.lookup("Qara Bagh").admin1 == "Ghazni"
        assert aliases.resolve("Wilayah Khurasan") == "ISKP"
        assert aliases.resolve("Jund Allah") == "Jundallah"
        assert aliases.resolve("IS-K") == "ISKP"
    assert gazetteer.lookup("Qara Bagh") is None


def test_malformed_user_file_names_the_file(tmp_path, monkeypatch):
    bad = tmp_path / "bad.yaml"
    bad.write_text("places: {not: a list}\n")
    monkeypatch.setenv("RECONCILE_GAZETTEER", str(bad))
    try:
        with pytest.raises(ValueError, match="bad.yaml"):
            gazetteer.reload()
    finally:
        monkeypatch.delenv("RECONCILE_GAZETTEER")
        gazetteer.reload()
