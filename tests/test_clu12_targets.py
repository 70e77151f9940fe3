"""Attacks named by their target: two reports of one province that name one target ("a courthouse", "the
dockyard", "the train") place the attack as precisely as a town; a complex attack (bombs and gunfire) is a
bombing to one outlet and a shooting to another, so their types differing is no evidence of two attacks.

Every sentence here is written for this test.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import desk, one_row, rows

from reconcile.matching.batch import attack_means
from reconcile.matching.targets import target_of


@pytest.mark.parametrize(("sentence", "target"), [
    ("gunmen tossed a grenade into a courthouse in the province on monday", "court"),
    ("the attack on the naval dockyard left four militants dead", "naval yard"),
    ("the hijacking of the passenger train ended after two days", "train"),
    ("the airport siege lasted five hours", "airport"),
    ("a bomber struck the police training centre at dawn", "police academy"),
])
def test_the_target_a_sentence_names(sentence, target):
    assert target_of(sentence) == target


@pytest.mark.parametrize("sentence", [
    "the court sentenced him to death last year",
    "the militants had been training for months",
    "the group moved its base across the border",
])
def test_no_target_where_none_is_struck(sentence):
    assert target_of(sentence) == ""


def test_a_shootout_is_gunfire():
    assert attack_means("a suicide bombing and shootout at the gate") & attack_means("gunmen stormed the gate")


FIRST = ("At least seven people were killed and 15 wounded when gunmen hurled a grenade into a courthouse in "
         "Iran's Sistan-Baluchestan province on Saturday. Jaish al-Adl claimed the attack.")
SECOND = ("A suicide bomber's blast and a long shootout at the main courthouse of Sistan and Baluchestan province "
          "left eight people dead and 20 wounded. Jaish al-Adl said its men carried out the attack.")
MARKET = ("A bomb tore through a crowded market in Sistan and Baluchestan province, killing eight people, and "
          "Jaish al-Adl claimed the attack.")


def test_one_courthouse_attack_told_two_ways_is_one_event(tmp_path):
    con = desk(tmp_path, [("a.txt", "Outlet A", "2025-06-14", FIRST), ("b.txt", "Outlet B", "2025-06-14", SECOND)])
    a = one_row(rows(con, "a.txt", "killed"), 7)
    b = one_row(rows(con, "b.txt", "killed"), 8)
    assert a["event_id"] and a["event_id"] == b["event_id"]


def test_a_market_bombing_of_the_province_stays_apart(tmp_path):
    con = desk(tmp_path, [("a.txt", "Outlet A", "2025-06-14", FIRST), ("c.txt", "Outlet C", "2025-06-14", MARKET)])
    a = one_row(rows(con, "a.txt", "killed"), 7)
    c = one_row(rows(con, "c.txt", "killed"), 8)
    assert a["event_id"] != c["event_id"]


def test_targets_a_province_sees_often_are_no_evidence():
    # a mosque, a market, a checkpoint: attacked many times a year in one province, so naming one is no place evidence
    from reconcile.matching.targets import target_of

    assert target_of("a suicide bomber struck a mosque in the provincial capital") == ""
    assert target_of("gunmen attacked a checkpoint on the highway") == ""
    assert target_of("a grenade was thrown into the district courthouse") == "court"
