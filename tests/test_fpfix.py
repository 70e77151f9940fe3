"""Nine shapes whose count is no casualty toll (intent, quoted title, age, partitive whole, the killers, lives saved,
lives at risk, negation, things), each with phrasings of our own and positive twins that stay claims."""
import pytest
from phenomena_helpers import conflicting, desk, one_row, rows

from reconcile.benchmarks.extract import source
from reconcile.extract import extract_claims


def tolls(text: str) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.kind, c.value_low, c.value_high) for c in extract_claims(source(text)) if c.kind in ("killed", "injured"))


NO_TOLL = [
    # 1. intent, threat, condition
    "The militants threatened to kill 50 hostages if their demands were not met.",
    "The group vowed to kill 20 soldiers for every fighter it lost in the valley.",
    "Investigators said the cell plotted to kill 12 officials in Herat last spring.",
    "The device could kill 40 people if it went off in a crowded market, police warned.",
    "The bomb would have killed 30 worshippers had the guard not stopped the man at the gate.",
    "The commander planned to kill 15 tribal elders at the meeting in Khost.",
    # 2. a quoted title
    'The film "Nine Dead" was shown in Kabul last year.',
    'Her novel "Seven Killed At Dawn" sold well in Peshawar bookshops.',
    'The report, titled "Three Wounded Cities", was published on Monday.',
    # 3. an age
    "The injured 14-year-old was taken to hospital in Kabul after the blast, officials said.",
    "A wounded 9 year old boy was carried to the clinic in Jalalabad.",
    "The dead 17-year-old had been walking to school when the shell landed.",
    # 4. the whole of a partitive
    "Of the 40 passengers, 12 died in the attack on the bus in Kabul on Monday.",
    "Out of the 25 guards on duty, three were killed in the raid near Kunduz.",
    "Of the 60 students in the hall, 11 were wounded by the blast.",
    # 5. the killers, not the dead
    "Police arrested two men who had killed 3 guards in Kabul on Monday.",
    "Officers detained four suspects who have killed 6 villagers since June.",
    # 6. lives saved
    "Doctors saved the lives of 30 people after the blast in Kabul.",
    "The quick evacuation spared the lives of 200 residents of the district.",
    "Medics protected the lives of 45 patients during the fighting.",
    # 7. lives at risk
    "The lives of 3 million Afghans are at risk this winter, the UN said.",
    "The lives of 800 displaced families remain in danger, aid workers said.",
    "Aid agencies warned the lives of 50,000 children were at stake in the drought.",
    # 8. negation
    "Not a single one of the 20 hostages was hurt in the rescue in Kabul, police said.",
    "Not one soldier was killed in the exchange of fire, the ministry said.",
    "Not a single civilian was injured in the operation, the army said.",
    # 9. things, not people
    "Three explosive devices were neutralised by the bomb squad in Kabul on Monday.",
    "Two roadside bombs were neutralized before the convoy passed.",
    "Four drones were shot down and destroyed near the border, officials said.",
]

TWINS = [
    ("The attack killed 50 hostages in the compound, officials said.", ("killed", 50)),
    ("12 of the 40 passengers died in the attack on the bus in Kabul.", ("killed", 12)),
    ("Of the 40 passengers, 12 died in the attack on the bus in Kabul on Monday.", ("killed", 12)),
    ("Three militants were neutralised by the security forces in Kunar on Monday.", ("killed", 3)),
    ("The blast took the lives of 30 people in Kabul on Monday.", ("killed", 30)),
    ("20 hostages were hurt in the rescue in Kabul, police said.", ("injured", 20)),
    ("Two gunmen who had killed 3 guards were themselves killed by police.", ("killed", 3)),
    ("The suicide bomber killed 14 people at the gate, officials said.", ("killed", 14)),
    ("A 14-year-old was among 6 people injured in the blast.", ("injured", 6)),
    ("The militants went on to kill 9 villagers in the next raid.", ("killed", 9)),
    ('"Nine people were killed in the blast," the spokesman said.', ("killed", 9)),
    ("Three soldiers were killed when their vehicle hit a mine.", ("killed", 3)),
    ("Of the 30 people killed in the blast, 12 were women.", ("killed", 30)),
    ("Not less than 20 people were killed in the blast in Kunduz.", ("killed", 20)),
    ("The strike may have killed 25 civilians, the UN said.", ("killed", 25)),
    ("The bomber, who killed 9 people, was 19 years old.", ("killed", 9)),
]


# the sentences whose part stays a claim (the dead of a partitive, the victims of the killers)
KEEP = {
    "Of the 40 passengers": [("killed", 12, 12)],
    "Out of the 25 guards": [("killed", 3, 3)],
    "Of the 60 students": [("injured", 11, 11)],
    "Police arrested two men": [("killed", 3, 3)],
    "Officers detained four": [("killed", 6, 6)],
}


@pytest.mark.parametrize("text", NO_TOLL)
def test_no_toll(text):
    want = next((v for k, v in KEEP.items() if text.startswith(k)), [])
    assert tolls(text) == want


@pytest.mark.parametrize("text,want", TWINS)
def test_twin_stays_claim(text, want):
    assert any((k, lo) == want for k, lo, _ in tolls(text)), tolls(text)


# --------------------------------------------------------------------------- a site that says it is a part


@pytest.mark.parametrize(("site", "conflict"), [
    ("A doctor at the provincial hospital said his ward alone had received 35 bodies.", False),
    ("A nurse said the city morgue alone had taken in 30 bodies by the evening.", False),
    ("Staff said the district hospital alone had received 29 bodies by noon.", False),
    # near-miss: the same count without "alone" is set against the toll as before
    ("A doctor at the provincial hospital said the hospital had received 35 bodies.", True),
])
def test_a_site_alone_counts_a_part_of_the_toll(tmp_path, site, conflict):
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2021-10-08",
         "A suicide bomber struck a Shia mosque in Kunduz during Friday prayers, killing 46 people and wounding "
         "dozens, officials said.\n\n" + site),
        ("r2.txt", "Wire B", "2021-10-08", "The suicide bombing of a mosque in Kunduz on Friday killed 46 people, officials said."),
    ])
    kind = "killed"
    low = next(int(w) for w in site.split() if w.isdigit())
    a, b = one_row(rows(con, "r1.txt", kind), low), one_row(rows(con, "r2.txt", "killed"), 46)
    assert a["event_id"] == b["event_id"]
    assert conflicting(con, a, b) is conflict
