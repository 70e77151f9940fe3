"""Copies: syndicated and machine-paraphrased reports are found and not counted twice."""

from __future__ import annotations

from test_cluster import db  # noqa: F401

from reconcile import copies, pipeline
from reconcile.models import Source, short_hash
from reconcile.store import open_db, write_source

# Written for this test (no real article is quoted).
ORIGINAL = (
    "A suicide bomber struck a Shia mosque in the northern city of Kunduz during Friday prayers, killing at "
    "least 46 worshippers and wounding 143 others, provincial officials said. The Islamic State's Khorasan "
    "branch claimed the attack on its Amaq channel and named the bomber. Elders in the Khan Abad district said "
    "the mosque had been full because of a religious holiday. Taliban security forces sealed off the street "
    "and took the wounded to the regional hospital, where doctors appealed for blood donations."
)
PARAPHRASE = (
    "During Friday prayers a suicide attacker hit a Shia mosque in Kunduz, a city in the north, leaving at "
    "least 46 worshippers dead and 143 more hurt, according to provincial officials. On its Amaq outlet the "
    "Islamic State's Khorasan branch took responsibility and identified the attacker. Community elders in Khan "
    "Abad district explained that the mosque was crowded for a religious holiday. Taliban security units closed "
    "the road and carried the injured to the regional hospital, where medics asked residents to give blood."
)
SYNDICATED = "KUNDUZ (Partner Agency) - " + ORIGINAL + " Read more on our partner site."
UNRELATED = (
    "Gunmen stormed a university campus in Kabul on Monday, killing 22 people, most of them students, before "
    "security forces killed the three attackers after a siege that lasted several hours, officials said. The "
    "Islamic State claimed the attack, while the vice president blamed the Taliban, who denied any role. "
    "Students described hiding in classrooms and escaping through windows as the attackers moved from floor to "
    "floor. The interior ministry said an investigation into how the gunmen reached the campus had begun."
)


def test_similarity_finds_syndication_and_paraphrase_but_not_a_report_on_the_same_topic():
    assert copies.similarity(ORIGINAL, SYNDICATED)[0] == "syndicated"
    assert copies.similarity(ORIGINAL, PARAPHRASE)[0] == "paraphrased"
    assert copies.similarity(ORIGINAL, UNRELATED)[0] is None
    assert copies.similarity(PARAPHRASE, UNRELATED)[0] is None
    assert copies.similarity("Seven killed in Kunduz.", "Seven killed in Kunduz.")[0] is None, "too short to tell"


def add(desk, sid, text, published, publisher):
    write_source(desk, Source(id=sid, origin=f"{sid}.txt", text=text, sha256=short_hash(text, length=64),
                            published=published, publisher=publisher), [])


def test_copies_point_at_the_earliest_report(db):  # noqa: F811
    add(db, "orig", ORIGINAL, "2021-10-08", "Wire")
    add(db, "para", PARAPHRASE, "2021-10-09", "Content Farm")
    add(db, "synd", SYNDICATED, "2021-10-09", "Partner Daily")
    add(db, "other", UNRELATED, "2021-10-09", "Kabul Post")
    with db.atomic():
        counts = pipeline.refresh(db, ["orig", "para", "synd", "other"])
    assert counts["copies"] == 2
    got = dict(db.execute("select id, copy_of from sources").fetchall())
    assert got == {"orig": None, "para": "orig", "synd": "orig", "other": None}
    how = dict(db.execute("select source_id, how from source_copies").fetchall())
    assert how == {"para": "paraphrased", "synd": "syndicated"}


def test_a_copy_ingested_later_is_found_incrementally_and_full_refresh_agrees(tmp_path):
    d = open_db(tmp_path / "desk.db")
    add(d, "orig", ORIGINAL, "2021-10-08", "Wire")
    add(d, "other", UNRELATED, "2021-10-09", "Kabul Post")
    with d.atomic():
        pipeline.refresh(d, ["orig", "other"])
    add(d, "para", PARAPHRASE, "2021-10-10", "Content Farm")
    with d.atomic():
        pipeline.refresh(d, ["para"])
    assert d.execute("select copy_of from sources where id = 'para'").fetchone()[0] == "orig"
    with d.atomic():
        pipeline.refresh(d, None)
    assert dict(d.execute("select id, copy_of from sources").fetchall()) == {"orig": None, "other": None, "para": "orig"}
    d.close()


def test_on_the_same_day_the_content_farm_version_is_the_copy(db):  # noqa: F811
    farm = "5 mins read\n\n" + PARAPHRASE + "\n\nTags: Kunduz, Taliban, World News, Trending"
    add(db, "a-farm", farm, "2021-10-09", "Content Farm")  # smaller id, same day
    add(db, "z-wire", ORIGINAL, "2021-10-09", "Wire")
    with db.atomic():
        pipeline.refresh(db, None)
    assert dict(db.execute("select id, copy_of from sources").fetchall()) == {"a-farm": "z-wire", "z-wire": None}
