"""Claimants and roles left over from rounds K and L: a person under their surname, "it" for the nearest
statement, claimants before unusual verbs, passive quotations, documents of officials, and more.

Every report here is invented (places, people and figures), written for these tests in our own words.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted

PUB = "2016-06-20"


def claims_of(text: str, published: str | None = PUB):
    return [c for c in extracted(text, None, published, "Test Wire", "t.txt") if c.kind in ("killed", "injured", "strength")]


def claim(text: str, low: int, kind: str | None = None, published: str | None = PUB):
    got = [c for c in claims_of(text, published) if c.value_low == low and (kind is None or c.kind == kind)]
    assert got, f"no claim with low={low}: {[(c.kind, c.value_low, c.quote) for c in claims_of(text, published)]}"
    return got[0]


def role_of(text: str, low: int, kind: str | None = None, published: str | None = PUB) -> str:
    return claim(text, low, kind, published).claimant_role


# ------------------------------------------------------------------ a person under their surname

_INTRO = {
    "apposition after": "Basir Omari, a spokesman for the city police, said two gunmen had entered the campus.",
    "title before": "City police spokesman Basir Omari said two gunmen had entered the campus.",
    "title before with a comma": "The city's police chief, Gen. Basir Omari, told reporters two gunmen had entered the campus.",
    "inverted": "Two gunmen had entered the campus, said Basir Omari, the police spokesman in the city.",
}


@pytest.mark.parametrize("intro", list(_INTRO.values()), ids=list(_INTRO))
@pytest.mark.parametrize("later", [
    "Four students and two guards were among the dead, Mr. Omari said.",
    "Mr. Omari said four students and two guards had been killed.",
    "Four students and two guards were killed, according to Omari.",
    "\u201cFour students and two guards were killed,\u201d said Omari.",
])
def test_a_person_keeps_their_title_under_their_surname(intro, later):
    text = f"{intro}\n\nThe siege lasted nine hours.\n\n{later}"
    c = claim(text, 4)
    assert c.claimant_role == "official"
    assert "Omari" in c.claimant and ("police" in c.claimant)


@pytest.mark.parametrize("later", [
    "Nine soldiers were injured, including two officers, Bajwa said.",
    "Bajwa said nine soldiers had been injured, two of them officers.",
    "Dr. Bajwa said nine soldiers were injured.",
])
def test_the_title_may_come_after_the_bare_surname(later):
    text = (f"Militants stormed the air base before dawn. {later}\n\n"
            "The assault was contained, military spokesman Major General Amir Bajwa said in a post.")
    assert role_of(text, 9, "injured") == "official"


def test_the_nearest_titled_mention_wins_for_a_shared_surname():
    text = ("Insurgent spokesman Qari Hamid Noorzai said the group had carried out the raid.\n\n"
            "Later, Ahmad Noorzai, the district governor, said the raid was repelled.\n\n"
            "Six attackers were killed in the gunfight, Noorzai said.")
    assert role_of(text, 6) == "official"


@pytest.mark.parametrize("text", [
    # a name never given a title in the report: no role is made up
    "Four students and two guards were among the dead, Mr. Omari said.",
    "The siege lasted nine hours. Omari, who lives near the campus, heard shooting.\n\n"
    "Four students and two guards were among the dead, Omari said.",
])
def test_a_name_never_given_a_title_stays_unknown(text):
    assert role_of(text, 4) == "unknown"


def test_a_victim_sharing_the_surname_is_no_title():
    text = ("Police officer Karim Omari was among the wounded.\n\n"
            "Four students were among the dead, said Laila Omari, a student who hid in a classroom.")
    assert role_of(text, 4) != "official"


# ------------------------------------------------------------------ "it" for the nearest statement

@pytest.mark.parametrize("pair", [
    "An Interior Ministry statement confirmed that all 12 dead were foreign guards. "
    "It said the blast also wounded seven people.",
    "A statement from the defence ministry put the death toll at 12. It said seven more were wounded.",
    "The provincial governor's statement gave the toll as 12. It said seven people were wounded.",
    "A police statement confirmed 12 deaths. It added that seven people were hurt.",
])
@pytest.mark.parametrize("where", ["before", "after"])
def test_it_is_the_owner_of_the_statement_just_named(pair, where):
    other = "The Taliban claimed the bombing in a statement sent to reporters."
    text = f"{other}\n\n{pair}" if where == "before" else f"{pair}\n\n{other}"
    assert role_of(text, 7, "injured") == "official"
    assert role_of(text, 12, "killed") == "official"


def test_it_is_still_the_group_for_a_group_statement():
    text = ("The Taliban claimed the bombing. The statement claiming the attack was posted on a website. "
            "It said the blast killed 12 soldiers.")
    assert role_of(text, 12) == "perpetrator"


def test_a_list_before_a_bare_name_is_no_title():
    text = ("Militants stormed the air base before dawn. Nine soldiers were injured, including two officers, Bajwa said.\n\n"
            "The assault was contained, military spokesman Major General Amir Bajwa said in a post.")
    assert "including" not in claim(text, 9, "injured").claimant


# ------------------------------------------------------------------ a new name right after a person told of by title

@pytest.mark.parametrize("second", [
    "The state news agency quoted Karim Rostami confirming the news on Thursday saying two other guards were injured.",
    "Karim Rostami said two other guards were injured in the clashes.",
    "Later, Karim Rostami told the state broadcaster that two other guards were injured.",
])
@pytest.mark.parametrize("first", [
    "Nine border guards were killed near the border on Wednesday, the prosecutor general of the province announced.",
    "The provincial governor said nine border guards were killed near the border on Wednesday.",
])
def test_a_new_name_right_after_a_person_named_by_title_is_that_person(first, second):
    assert role_of(f"{first}\n\n{second}", 2, "injured") == "official"


@pytest.mark.parametrize("text", [
    # the speaker before is a body, not one person
    "Nine border guards were killed near the border on Wednesday, officials announced.\n\n"
    "Karim Rostami said two other guards were injured in the clashes.",
    # the name was told of before, as someone else
    "Karim Rostami runs a shop near the post. Nine border guards were killed there on Wednesday, the governor said.\n\n"
    "Karim Rostami said two other guards were injured in the clashes.",
    # the new name comes with a title of its own
    "Nine border guards were killed near the border on Wednesday, the governor said.\n\n"
    "Karim Rostami, a shopkeeper, said two other guards were injured in the clashes.",
])
def test_a_new_name_is_not_taken_for_the_titled_person_otherwise(text):
    assert role_of(text, 2, "injured") != "official"


# ------------------------------------------------------------------ claimants before unusual verbs

@pytest.mark.parametrize("text, low", [
    ("Earlier the officials had assumed killing of 14 guards.", 14),
    ("Officials initially feared 20 people had died.", 20),
    ("Police had earlier presumed 14 dead.", 14),
    ("The authorities first reckoned the toll at 14.", 14),
    ("The ministry had calculated that 14 guards died in the blast.", 14),
])
def test_a_claimant_before_a_verb_of_reckoning(text, low):
    assert role_of(text, low) == "official"


@pytest.mark.parametrize("text", [
    "The army assumed command of the operation, in which 14 militants were killed.",
    "Residents feared more attacks after 14 people were killed.",
    "The police registered a case after 14 people were killed.",
])
def test_verbs_of_reckoning_without_a_figure_are_no_report(text):
    assert role_of(text, 14) == "reporter"


# ------------------------------------------------------------------ passive quotations

@pytest.mark.parametrize("text, claimant", [
    ("A total of 73 people were killed, a police official was quoted as saying by state-run television.", "a police official"),
    ("Nine people were killed, a police officer was quoted as saying.", "a police officer"),
    ("Nine people were killed, the governor was quoted by the news agency as saying.", "the governor"),
    ("The governor was quoted by a news agency as saying that nine people were killed.", "The governor"),
    ("Nine people died, the health minister was cited as saying by local media.", "the health minister"),
])
def test_the_subject_of_a_passive_quotation_speaks(text, claimant):
    c = [c for c in claims_of(text) if c.kind == "killed"][0]
    assert (c.claimant, c.claimant_role) == (claimant, "official")


def test_an_active_quotation_still_gives_the_one_quoted():
    c = claims_of("Nine people were killed, Reuters quoted the police as saying.")[0]
    assert (c.claimant, c.claimant_role) == ("the police", "official")


# ------------------------------------------------------------------ a paraphraser's verb after a quotation

@pytest.mark.parametrize("text, low", [
    ("\u201cThe clearance operation is over and all nine attackers have been sent to hell,\u201d the military declared "
     "in an afternoon press release.", 9),
    ('"Twelve soldiers embraced martyrdom," the army stressed on Monday.', 12),
    ('"At least 12 soldiers were martyred," ISPR maintained in its statement.', 12),
    ("\u201cTwelve soldiers were martyred in the raid,\u201d the Inter-Services Public Relations revealed late on Friday.", 12),
])
def test_a_quotation_attributed_with_a_paraphrasers_verb(text, low):
    assert role_of(text, low) == "official"


def test_a_paraphrasers_verb_without_a_quotation_is_no_attribution():
    assert role_of("The military declared a curfew after 12 people were killed.", 12) == "reporter"


# ------------------------------------------------------------------ a group claiming, no comma

@pytest.mark.parametrize("text, low", [
    ("The group has conducted raids on border posts claiming that dozens of soldiers have been killed.", 24),
    ("The Baloch Liberation Army released a video claiming that 40 soldiers died in the raid.", 40),
    ("Jaish al-Adl has attacked border guards for years boasting that 30 guards were killed.", 30),
])
def test_a_group_claiming_without_a_comma(text, low):
    assert role_of(text, low) == "perpetrator"


@pytest.mark.parametrize("text, low, role", [
    ("The militants have staged attacks in the region claiming the lives of 20 soldiers.", 20, "reporter"),
    ("Police arrested a man claiming that he had seen 12 bodies.", 12, "reporter"),
])
def test_claiming_lives_or_a_person_claiming_is_no_group_claim(text, low, role):
    assert role_of(text, low) == role


# ------------------------------------------------------------------ documents of officials

@pytest.mark.parametrize("text", [
    "According to a preliminary report submitted to the anti-terrorism court, the blast killed three people.",
    "The first information report registered at the city police station says three people died.",
    "According to the charge sheet, three people were killed in the blast.",
    "An autopsy report showed that three people were killed by shrapnel.",
])
def test_a_document_of_officials_or_a_court_is_official(text):
    assert role_of(text, 3) == "official"


def test_a_report_of_researchers_stays_theirs():
    assert role_of("According to a report by the Long War Journal, three people were killed.", 3) == "researcher"


# ------------------------------------------------------------------ the fight told of after an attribution

@pytest.mark.parametrize("text, low", [
    ('Troops raided a hideout in the district, the army said. "The terrorists were behind many attacks," the ISPR '
     "added.\n\nHowever, during the intense exchange of fire, two soldiers embraced martyrdom.", 2),
    ("Troops raided a hideout in the district, the army said. During the exchange of fire, two soldiers were martyred.", 2),
    ("Police raided a hideout in the district, an officer told reporters. In the ensuing gunfight, three militants "
     "were killed.", 3),
])
def test_the_fight_goes_on_with_the_account_before(text, low):
    assert role_of(text, low) == "official"


def test_a_fight_with_no_speaker_before_stays_the_reporters():
    text = "Troops raided a hideout in the district on Monday. During the exchange of fire, two soldiers were martyred."
    assert role_of(text, 2) == "reporter"


# ------------------------------------------------------------------ two speakers in one sentence

@pytest.mark.parametrize("text", [
    "The death toll was unclear, with official statements saying about 140 people were killed, while media reports "
    "said as many as 256 were dead.",
    "The death toll was unclear\u2014official statements said about 140 people were killed, while media reports "
    "said as many as 256 were dead.",
])
def test_the_second_speaker_of_a_sentence_speaks_for_its_own_figure(text):
    assert all(c.claimant == "media reports" for c in claims_of(text) if c.value_low == 256)
    assert role_of(text, 126) == "official"


# ------------------------------------------------------------------ a group claiming the attack is no speaker of its toll

@pytest.mark.parametrize("text, low", [
    ("KABUL: The Islamic State group claimed Wednesday a suicide bombing of a bank in the north which killed five "
     "people a day earlier, saying it was targeting government employees.", 5),
    ("The Islamic State group claimed a suicide bombing of a bank in the north that killed eight people, saying on "
     "Wednesday it was targeting government employees.", 8),
    ("The group claimed on Monday the raid on the checkpoint that left 11 policemen dead, adding that more attacks "
     "would follow.", 11),
])
def test_the_toll_of_an_attack_a_group_claimed_is_not_the_groups(text, low):
    assert role_of(text, low, published="2025-02-13") != "perpetrator"


@pytest.mark.parametrize("text", [
    "The Islamic State group claimed responsibility for the bombing, saying its fighters killed 30 soldiers.",
    "The Islamic State group claimed responsibility for the bombing, saying that 30 soldiers were killed.",
    "The group claimed the attack on Monday, saying 30 soldiers were killed.",
])
def test_the_figure_a_group_gives_while_claiming_is_the_groups(text):
    assert role_of(text, 30, published="2025-02-13") == "perpetrator"


@pytest.mark.parametrize("text, low", [
    ("The death toll from a Taliban attack on a Kabul hotel has been raised from six to at least 18 people.", 18),
    ("The toll from the ISKP bombing of the mosque was raised to 40 on Friday.", 40),
    ("The death toll from the militant assault on the base rose to 40.", 40),
])
def test_the_toll_from_an_attack_names_no_speaker(text, low):
    assert role_of(text, low, published="2018-01-22") == "reporter"


@pytest.mark.parametrize("text, low, claimant", [
    ("The count from U.S. officials was 55 dead.", 55, "U.S. officials"),
    ("Figures from the health ministry put the toll at 40.", 40, "the health ministry"),
])
def test_a_toll_from_a_body_is_still_theirs(text, low, claimant):
    assert claim(text, low).claimant == claimant


@pytest.mark.parametrize("published", [None, "2019-05-01", "2023-05-01"])
def test_the_title_given_in_the_report_outranks_the_alias_table(published):
    text = ("The Taliban-led government's chief spokesman, Zabihullah Mujahid, said the raid on the hideout was over.\n\n"
            "Mujahid also confirmed that two guards had been killed during the operation.")
    assert role_of(text, 2, published=published) == "official"


def test_a_title_after_the_name_keeps_its_abbreviations():
    text = ("Numerous civilians were wounded, said Marine Gen. Kenneth Moran, commander of U.S. Central Command.\n\n"
            "At least 13 troops were killed, Moran said.")
    assert claim(text, 13).claimant.endswith("commander of U.S. Central Command)")


# ------------------------------------------------------------------ another side denying a group's claim

@pytest.mark.parametrize("text", [
    "The Pakistani Taliban said they had killed 20 soldiers, a claim the army denied.",
    "The Pakistani Taliban said they had killed 20 soldiers, but the military rejected the claim.",
    "The Pakistani Taliban said they had killed 20 soldiers; the army dismissed the figure as propaganda.",
])
def test_a_group_claim_denied_by_the_army_stays_the_groups(text):
    assert role_of(text, 20, published="2014-05-01") == "perpetrator"


def test_a_group_disowning_the_attack_is_no_perpetrator_of_it():
    text = "The Pakistani Taliban denied involvement in the bombing, which they said killed 20 people."
    assert role_of(text, 20, published="2014-05-01") != "perpetrator"


# ------------------------------------------------------------------ a paragraph attributed once, at its end

@pytest.mark.parametrize("second", [
    "The assaults were carried out with guns and suicide bombers, according to a local security official.",
    "The assaults were carried out with guns and suicide bombers, in keeping with the native safety official.",
    "The attackers used guns and suicide vests, a provincial police officer told reporters.",
    "The attackers used guns and suicide vests, police said.",
    "The assaults were carried out with guns and suicide bombers, according to a local security official.\u201cThe "
    "attackers struck at more than 12 places,\u201d a news agency reported.",
])
def test_a_paragraph_attributed_at_its_end(second):
    """(also when a scraped page glues the next quotation to the attribution's full stop)"""
    text = ("Separatists launch coordinated attacks\n\nAt least 10 security officers and 37 militants were killed in "
            f"coordinated attacks in five districts on Monday. {second}\n\nThe province has seen such attacks before.")
    assert role_of(text, 37) == "official"


@pytest.mark.parametrize("text", [
    # the attribution opens the next paragraph, not this one
    "At least 37 people were killed in the market blast on Monday.\n\nThe bomb was hidden in a cart, police said.",
    # a researcher's attribution is not an official's
    "At least 37 people were killed in the market blast on Monday. The attack was claimed by ISKP, according to the "
    "SITE Intelligence Group.",
    # the toll is not the paragraph's first sentence
    "Markets were crowded on Monday. At least 37 people were killed in the blast. The bomb was hidden in a cart, "
    "police said.",
])
def test_no_paragraph_attribution_otherwise(text):
    assert role_of(text, 37) == "reporter"


# ------------------------------------------------------------------ an official of "the group" told of before

@pytest.mark.parametrize("text, low", [
    ("The Fatemiyoun Division recruits Afghan refugees in Iran. A commander of the Division said more than 2,000 of its "
     "fighters had been killed in Syria.", 2001),
    ("The Majeed Brigade of the BLA stormed the camp on Friday.\n\nA commander of the brigade said 68 soldiers were killed.",
     68),
    ("The Fatemiyoun militia recruits Afghan refugees in Iran. Its cultural officer, an official of the militia, said "
     "2,000 fighters had been killed.", 2000),
    ("The Fatemiyoun Division recruits Afghan refugees.\n\nAn official responsible for the division's cultural affairs, "
     "Zuhair Ahmadi, said 2,000 fighters had been killed.", 2000),
    ("Thousands of Afghans were sent to Syria, a commander responsible for the so-called \u201cFatemiyoun Division\u201d "
     "disclosed on Friday, adding that 2,000 had been killed.", 2000),
])
def test_an_official_of_the_group_speaks_for_the_group(text, low):
    assert role_of(text, low, published="2019-01-05") == "perpetrator"


def test_an_army_division_is_no_group():
    text = "The army's 11th division fought the Taliban on Monday. A commander of the division said 12 soldiers were killed."
    assert role_of(text, 12, published="2019-01-05") == "official"


# ------------------------------------------------------------------ outlets known by the shape of their names

@pytest.mark.parametrize("outlet", ["Amaj News", "the Daily Times", "Radio Mashaal", "Kabul Now", "The Frontier Post"])
def test_another_outlets_count_is_a_reporters(outlet):
    assert role_of(f"At least 20 people were killed in the blast, {outlet} reported.", 20, published="2024-01-01") == "reporter"


@pytest.mark.parametrize("text, role", [
    ("At least 20 people were killed, officials at the Torkham Border Post said.", "official"),
    ("At least 20 people were killed, Radio Pakistan reported.", "official"),
    ("At least 20 people were killed, the Taliban-run Bakhtar News Agency reported.", "official"),
    ("At least 20 people were killed, The Khorasan Diary, a research platform, said.", "researcher"),
])
def test_outlets_of_the_state_and_research_platforms_keep_their_roles(text, role):
    assert role_of(text, 20, published="2024-01-01") == role


@pytest.mark.parametrize("text", [
    "Reports have varied. NBC News reported Friday that the total was 113, citing an unnamed Health Ministry official. "
    "This would bring the total to 125. NBC News also reported that at least 180 others had been injured.",
    "NBC News, citing a health official, said 113 had died.\n\nNBC News later said 180 were wounded.",
])
def test_an_outlet_named_again_passes_on_the_source_it_cited(text):
    assert role_of(text, 180, "injured", published="2021-08-28") == "official"


def test_an_outlet_that_cited_no_one_gives_its_own_count():
    text = "At least 20 people were killed in the blast, Amaj News reported. Amaj News later reported that 30 were injured."
    assert role_of(text, 30, "injured", published="2024-01-01") == "reporter"
