"""The last-resort casualty rule (extract/fallback.py, ``killed.near`` / ``injured.near``).

Sentences written for these tests (invented incidents). Each positive is checked twice: the rule
alone (``fallback.near`` with no shaped claim) must read it with the right interval and its span on
the count and the cue, and the whole extractor must give the claim (whichever rule takes it). Each
near-miss must give no claim of its kind, from the rule alone and from the whole extractor.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted

from reconcile.extract import fallback
from reconcile.extract.rules import number_starts


def _alone(text: str):
    return fallback.near(text, 0, len(text), number_starts(text, 0, len(text)), [])


def _claims(text: str, kind: str | None = None):
    return extracted(text, kind, "2024-03-01", "The Test Wire", "fallback.txt")


POSITIVES = [
    # a person noun phrase, an aside between dashes, an adverb
    ("Officials said 14 villagers \u2014 most of them shepherds \u2014 were brutally killed on Sunday.", "killed", 14, 14),
    # "the death of" and a stressed figure
    ("The raid caused the death of as many as 23 policemen.", "killed", 23, 23),
    # a toll put "far higher at"
    ("A clinic doctor put fatalities much higher at 31.", "killed", 31, 31),
    # a quoted vague quantity
    ('"Dozens" were killed, a local elder said.', "killed", 24, 99),
    # a part of the dead named after "the N killed were"
    ("Among the six killed were three teachers from the village school.", "killed", 3, 3),
    # "among the martyred"
    ("Five Levies personnel were among the martyred, the commissioner confirmed.", "killed", 5, 5),
    # "another N wounded"
    ("The blast left another 45 wounded.", "injured", 45, 45),
    # a participle's phrase between the noun and the verb
    ("Two border troopers patrolling the crossing were among the dead.", "killed", 2, 2),
    # a weak verb with a noun of people
    ("Security forces neutralised 17 insurgents in the operation.", "killed", 17, 17),
    # "N of the dead are X": a group of the dead
    ("Twelve of the dead are children, the ministry said.", "killed", 12, 12),
    # "died" with a hedge
    ("Police said at least 9 people died when the convoy came under fire.", "killed", 9, None),
    # "upwards of"
    ("The ambush killed upwards of 40 soldiers.", "killed", 41, None),
    # the count and its noun in quotes
    ('At least "four fighters" were killed in the clash.', "killed", 4, None),
    # a typo of a hedge
    ("The strike killed atleast 11 civilians.", "killed", 11, None),
    # an aside in brackets
    ("Around 60 people (most of them pilgrims) were killed at the shrine.", "killed", 54, 66),
    # "some N wounded" as a noun
    ("Some 150 wounded were brought to the district hospital.", "injured", 135, 165),
    # "a further N were hurt"
    ("A further 22 were hurt in the panic that followed.", "injured", 22, 22),
    # "claimed the lives of nearly N"
    ("The suicide attack claimed the lives of nearly 30 worshippers.", "killed", 27, 29),
    # a number word, a perfect tense and an adverb
    ("Eighty-one people have reportedly died since the fighting began.", "killed", 81, 81),
    # a vague quantity, passive
    ("Hundreds were injured in the clashes, medics said.", "injured", 200, 999),
    # "shot dead N"
    ("The attackers shot dead 3 guards at the checkpoint.", "killed", 3, 3),
    # "lost their lives"
    ("A total of 19 soldiers lost their lives in the assault.", "killed", 19, 19),
    # "up to N": as many as N were killed
    ("Up to 50 people were killed, according to residents.", "killed", 50, 50),
    # "the deaths of N"
    ("The deaths of 8 aid workers drew condemnation.", "killed", 8, 8),
    # bare "N dead and N injured"
    ("The two bombings left 27 dead and 60 injured.", "killed", 27, 27),
    ("The two bombings left 27 dead and 60 injured.", "injured", 60, 60),
    # "gunned down"
    ("In all, 13 militants were gunned down.", "killed", 13, 13),
    # "placed the dead at N"
    ("Local officials placed the dead at 44.", "killed", 44, 44),
    # "scores of"
    ("Scores of protesters were injured, an organiser said.", "injured", 40, 399),
    # a range
    ("Between 15 and 20 passengers were killed.", "killed", 15, 20),
    # a participle's phrase and "shot dead"
    ("Nine pilgrims travelling to the shrine were reportedly shot dead.", "killed", 9, 9),
    # "left more than N X dead"
    ("The fighting has left more than 300 civilians dead, the agency said.", "killed", 301, None),
    # an aside between commas
    ("Eleven security men, all of them recruits, were martyred on Friday.", "killed", 11, 11),
    # "the number killed stood at N"
    ("The number killed stood at 17 by evening.", "killed", 17, 17),
    # "pronounced dead"
    ("Nineteen people were pronounced dead on arrival.", "killed", 19, 19),
    # "shot and killed"
    ("Twelve people were shot and killed.", "killed", 12, 12),
    # a bare "N injured" after a verb that counts them
    ("Medical sources counted 45 injured.", "injured", 45, 45),
    ("Hospital officials registered 64 injured by nightfall.", "injured", 64, 64),
    # "corpses", a word the shared cue does not hold
    ("Witnesses counted at least 11 corpses.", "killed", 11, None),
    # "lost their life" (the singular of a plural subject)
    ("At least 15 worshippers lost their life in the explosion.", "killed", 15, None),
    # a revised figure of the dead
    ("Officials later raised the figure of dead to 41.", "killed", 41, 41),
    # "climbed past N": more than N
    ("The death count climbed past 60 on Friday.", "killed", 61, None),
    # "wiped out" with a noun of people
    ("The airstrike wiped out 9 members of one family.", "killed", 9, 9),
    # South Asian idioms of death
    ("Eleven soldiers laid down their lives defending the post.", "killed", 11, 11),
    ("Nine civilians breathed their last on the way to hospital.", "killed", 9, 9),
    # any noun of people before an intransitive verb
    ("Fourteen souls perished in the attack.", "killed", 14, 14),
    # the claimant told between the subject and the verb
    ("Fourteen people, a police official said, were killed.", "killed", 14, 14),
    # a count inside the aside
    ("Fourteen people — including 3 children — were killed.", "killed", 14, 14),
    ("Twelve villagers were confirmed to have been killed.", "killed", 12, 12),
    # "lost lives" without a possessive
    ("At least 12 persons lost lives in the blast.", "killed", 12, None),
    # "burnt to death", "hacked to death"
    ("Twelve people were burnt to death in the vehicle.", "killed", 12, 12),
    ("Four shopkeepers were hacked to death by the mob.", "killed", 4, 4),
    # a military statement's idiom, with a word for the fighters no noun list holds
    ("Twelve khwarij were sent to hell, the military said.", "killed", 12, 12),
    # a part counted with its own noun before a passive
    ("Three of the cyclists were pronounced dead at the scene.", "killed", 3, 3),
    # "the killing of N", "the massacre of N"
    ("The killing of 12 civilians sparked protests.", "killed", 12, 12),
    ("The massacre of 30 miners drew condemnation.", "killed", 30, 30),
    # lives an attack took
    ("The bombing claimed nine innocent lives.", "killed", 9, 9),
    ("It resulted in the loss of 11 lives.", "killed", 11, 11),
    # a passive of a military statement, with a noun of people
    ("Sixteen terrorists were eliminated in the clearance operation.", "killed", 16, 16),
    ("Five soldiers embraced martyrdom during the exchange of fire.", "killed", 5, 5),
    ("Ten people succumbed to the attack.", "killed", 10, 10),
    # injuries sustained, injuries to N
    ("Twenty-two sustained injuries in the stampede that followed the blast.", "injured", 22, 22),
    ("The blast caused injuries to eight others.", "injured", 8, 8),
    # verbs of mass killing before the count
    ("Gunmen massacred more than 150 people at the school.", "killed", 151, None),
    ("The killing of all 33 militants ended the siege.", "killed", 33, 33),
    # an adjective before a noun of people
    ("Doctors were treating 21 wounded people at the hospital.", "injured", 21, 21),
    ("We have received two dead bodies of policemen.", "killed", 2, 2),
    # an aside of "including" with its own count, a relative clause between commas
    ("At least 22 people, including 10 soldiers, were also injured.", "injured", 22, None),
    ("The three bombers, who had tried to storm the gate, were gunned down.", "killed", 3, 3),
]


@pytest.mark.parametrize("sentence, kind, low, high", POSITIVES)
def test_the_rule_alone_reads_the_count(sentence, kind, low, high):
    got = [f for f in _alone(sentence) if f.kind == kind and f.count.low == low and f.count.high == high]
    assert got, [(f.kind, f.count, sentence[f.start:f.end]) for f in _alone(sentence)]
    f = got[0]
    assert f.start <= f.num_start < f.num_end <= f.end  # the span holds the count's words and the cue
    assert f.rule == "near"


@pytest.mark.parametrize("sentence, kind, low, high", POSITIVES)
def test_the_desk_gives_the_claim(sentence, kind, low, high):
    got = [c for c in _claims(sentence, kind) if c.value_low == low and c.value_high == high]
    assert got, [(c.value_low, c.value_high, c.extractor) for c in _claims(sentence)]
    c = got[0]
    assert sentence[c.span_start:c.span_end].strip() and c.quote == sentence


# shapes no shaped rule reads: the generic rule's own claims, named so
@pytest.mark.parametrize("sentence, kind, low", [
    ("The number killed stood at 17 by evening.", "killed", 17),
    ("Nineteen people were pronounced dead on arrival.", "killed", 19),
    ("Twelve people were shot and killed.", "killed", 12),
    ("Medical sources counted 45 injured.", "injured", 45),
    ("Witnesses counted at least 11 corpses.", "killed", 11),
    ("At least 15 worshippers lost their life in the explosion.", "killed", 15),
    ("The death count climbed past 60 on Friday.", "killed", 61),
    ("The airstrike wiped out 9 members of one family.", "killed", 9),
    ("Eleven soldiers laid down their lives defending the post.", "killed", 11),
    ("Nine civilians breathed their last on the way to hospital.", "killed", 9),
    ("Fourteen souls perished in the attack.", "killed", 14),
    ("At least 12 persons lost lives in the blast.", "killed", 12),
    ("Twelve khwarij were sent to hell, the military said.", "killed", 12),
])
def test_the_desk_names_the_generic_rule(sentence, kind, low):
    got = [c for c in _claims(sentence, kind) if c.value_low == low]
    assert [c.extractor for c in got] == [f"{kind}.near"]
    c = got[0]
    evidence = sentence[c.span_start:c.span_end]
    assert c.value_text in evidence and any(w in evidence.lower() for w in ("killed", "dead", "injured", "corpses", "life",
                                                                            "wiped", "death", "lives", "breathed",
                                                                            "perished", "hell"))


NEAR_MISSES = [
    "No one was killed in the blast.",
    "None of the 12 passengers was hurt.",
    "Ahmad, 25, was killed in the crossfire.",
    "The 30-year-old guard was wounded.",
    "Two gunmen killed the guards at the gate.",
    "The 5 wounded veterans received medals.",
    "Only 25 bodies have been identified so far.",
    "Four of the injured are in critical condition.",
    "Several of the wounded were discharged on Friday.",
    "Hospital staff treated 40 casualties overnight.",
    "The war has killed people for 40 years.",
    "Rescuers evacuated 60 people after the blast, which killed no one.",
    "The soldiers killed in 2019 were honoured at a ceremony.",
    "He died at 85 in Peshawar.",
    "The blast killed or wounded 30 people.",
    "Thirty people were killed or injured.",
    "He was one of 15 survivors of the attack that killed his brother.",
    "Militants stormed 3 villages and killed livestock.",
    "Nearly 40 percent of those killed were children.",
    "The government paid 500,000 rupees to each family of the dead.",
    "Officers said the 2 injured suspects would be questioned.",
    "Police arrested 14 suspects after the killing of the judge.",
    "The dead were buried on 12 March in their village.",
    "Seven of the dead were identified by police as constables.",
    "More than 120 of the wounded have been discharged from hospitals.",
    "The clerics praised the martyred 5 leaders of the movement.",
    "Two blasts that killed civilians shook the city.",
    "The bombers could have been killed 3 times over.",
    "Among the dead were several local leaders.",
    "The toll may rise because 8 of the wounded are critical.",
    "Ashura recalls how Husayn and 72 of his companions were martyred at Karbala.",
    "Three of the injured later died in hospital.",
    "The charity found 3 homes for the families of the dead.",
    "Police linked the deaths to 5 militants of the cell.",
    "The court sentenced to death 3 men convicted of the bombing.",
    "Nine wounded are in critical condition, doctors said.",
    "The group lost 500 fighters to defections, not to deaths.",
    "The soldiers wiped out 4 hideouts in the valley.",
    "Twelve images of the scene showed dead bodies.",
    "Twelve people, the army said, had been arrested.",
    "Fourteen people — including 3 children — were rescued from the killing zone.",
    "Two people nearly died when the roof of the shop collapsed after the blast.",
    "Twelve hours were lost before the wounded reached a clinic.",
    "The murder of 3 years ago is still unsolved.",
    "Twelve explosive devices were defused near the site of the killings.",
    "The mission saved 40 lives, the medics who treated the wounded said.",
    "The 3 wounded soldiers later died of their injuries.",
]


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_near_misses_give_no_claim(sentence):
    assert _alone(sentence) == []
    assert [(c.kind, c.value_low, c.extractor) for c in _claims(sentence)
            if c.kind in ("killed", "injured") and c.extractor.endswith(".near")] == []
    if "later died" not in sentence:
        assert [(c.kind, c.value_low, c.extractor) for c in _claims(sentence) if c.kind in ("killed", "injured")] == []


# the rule alone refuses what only a shaped rule's own guards would otherwise refuse
@pytest.mark.parametrize("sentence", [
    "The group threatened to kill 50 hostages.",
    "The militants could have killed 200 people.",
    'The film "Nine Dead" opened in Lahore last year.',
    "The injured 14-year-old was taken to hospital.",
    "No fewer than 3 attacks killed nobody.",
    "1. Killed: the list of names follows.",
    "Not a single one of the 20 hostages was hurt.",
    "The operation saved the lives of 30 people.",
    "Three explosive devices were neutralised near the site of the killings.",
    "The lives of 3 million Afghans are at risk, the agency warned.",
    "Several teachers died trying to protect their pupils.",
    "Relief workers were collecting several bodies near the gate.",
    '4. ^ "Dozens killed in attack on wedding hall". The Daily Wire. 2021.',
    "The six guards who got injured on Monday had succumbed to their wounds by Friday.",
])
def test_the_rule_alone_refuses(sentence):
    assert _alone(sentence) == []


def test_a_count_a_shaped_rule_read_is_left_to_it():
    text = "The blast killed 12 people and injured 30 others."
    found = [c for c in _claims(text)]
    assert sorted((c.kind, c.value_low) for c in found) == [("injured", 30), ("killed", 12)]
    assert not any(c.extractor.endswith(".near") for c in found)


def test_a_count_after_a_casualty_verb_is_its_object():
    # "killing 4 wounded": the count is the verb's (a shaped rule's to read), never "4 wounded" as the injured
    assert [f.kind for f in _alone("The second blast went off killing 4 wounded in the ambulance.")] == []


def test_the_killers_count_is_no_toll():
    # "who had killed": active, its object is the toll (3), the subject's count (2) is no claim
    text = "The two men who had killed 3 guards were arrested."
    assert [(f.kind, f.count.low) for f in _alone(text)] == [("killed", 3)]


def test_a_report_may_name_karbala_without_the_battle():
    # pilgrims returning from Karbala: no seventh-century battle, the toll is today's
    text = "More than a dozen civilians were killed as they waited for pilgrims returning from Karbala."
    assert [(f.kind, f.count.low) for f in _alone(text)] == [("killed", 13)]


def test_a_negation_in_a_relative_clause_before_a_speech_verb_is_not_the_counts():
    text = "A source who could not be named for safety told the agency 14 people were killed."
    assert [(f.kind, f.count.low) for f in _alone(text)] == [("killed", 14)]
