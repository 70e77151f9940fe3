"""Round M (an event's date and place): phenomena written in our own words.

- a place named as the seat of a source ("according to officials in both Kabul and Washington", "a source in
  Dushanbe told ...") or as the owner of a body ("an officer of Jordan's intelligence service") is not the scene;
- a date a background sentence gives (a commemorated day: "the 10th anniversary of the Sept. 11, 2001 strikes";
  a person's past: "had been detained in January 2009") does not date the report's event when the sentences
  naming the event before its first toll give its day;
- a dateline's day whose year contradicts the report's own date (a typo) dates nothing, and relative dates are
  not counted from it;
- a dateline city in capitals that lost its dash ("DUSHANBE, Tajikistan A car bomb ...") is where the report
  was filed, not where the bomb went off;
- a date in a claim's sentence that names another attack ("the same cell that carried out the June attack",
  "the deadliest since the 2014 massacre") does not override the claim's date in matching;
- "in the capital" of a recalled attack is the country's capital, and "east of the capital, Dushanbe" is a
  bearing's reference point;
- the day a group claimed responsibility is the day of its statement, not of the attack;
- "the suicide bomber blew himself up in ... Khost province" says where the report's event happened.
"""

from __future__ import annotations

import datetime as dt

import pytest
from phenomena_helpers import context_of, extracted, place_of

from reconcile.extract.context import sentence_context
from reconcile.matching.features import date_in_text, sentence_date

# --------------------------------------------------------------------------- the seat of a source


@pytest.mark.parametrize("sentence", [
    "At least nine guards died when a bomber struck a checkpoint in eastern Afghanistan, according to officials in "
    "both Kabul and Washington.",
    "According to a senior official in Kabul, a truck bomb killed eleven soldiers at a base in southern Afghanistan.",
    "Nine soldiers were killed in an ambush in northern Afghanistan, security officials in Kabul said on Monday.",
    "Gunmen killed six deminers in western Afghanistan, according to sources in Kabul and Islamabad.",
    "A bomb killed four police officers in eastern Afghanistan, citing U.S. officials in Washington and Kabul, "
    "the agency reported.",
])
def test_the_seat_of_a_source_is_not_the_scene(sentence):
    assert place_of(sentence) == "Afghanistan"


@pytest.mark.parametrize(("sentence", "place"), [
    ("A bomb killed nine people in Kabul, according to officials.", "Kabul"),
    ("A bomb killed nine people in Kabul, according to officials in the province.", "Kabul"),
    ("A bomb killed nine people in Kabul, officials in Kabul said.", "Kabul"),
])
def test_a_scene_named_with_its_source_stays(sentence, place):
    assert place_of(sentence) == place


@pytest.mark.parametrize("sentence", [
    "Seven officers, an agent of Jordan's intelligence service and a driver were killed when the bomber struck.",
    "Turkey's foreign ministry said five of its guards were killed when the convoy was hit.",
    "Two diplomats were among the 12 people killed, Iran's embassy said.",
    "Three contractors working for Jordan's army were among the eight killed at the camp.",
])
def test_a_country_owning_a_body_is_not_the_scene(sentence):
    assert place_of(sentence) is None


def test_a_country_with_a_possessive_place_stays():
    # near miss: "Pakistan's northwest" is a part of Pakistan, not a body it owns
    assert place_of("A bomb killed nine people in Pakistan's northwest on Monday.") == "Pakistan"


# --------------------------------------------------------------------------- a background date


_EMBASSY = ("{dl}Insurgents stormed the embassy district in Kabul on Tuesday with rockets and rifles.\n\n"
            "No foreign staff were reported killed or injured during the fighting.\n\n"
            "At least three police officers and four civilians were killed, the interior ministry said.\n\n"
            "{background}")


@pytest.mark.parametrize("background", [
    "It was the second major assault in four days and came two days after the 10th anniversary of the "
    "Sept. 11, 2001 strikes.",
    "The assault fell on the eve of the fifth anniversary of the March 12, 2006 bombing of the ministry.",
    "The militants chose the first anniversary of the August 2010 truck bombing of the base for the assault.",
    "The militants had struck a year to the day after the 2010 siege of the same district.",
])
def test_a_commemorated_day_does_not_date_the_event(background):
    text = _EMBASSY.format(dl="", background=background)
    claims = extracted(text, "killed", "2011-09-13", "Wire", "embassy.txt")
    assert claims
    assert {c.event_date for c in claims} == {"2011-09-13"}


def test_a_later_sentence_of_the_attack_on_its_day_still_dates_it():
    # near miss: a later sentence dating the lead's own attack in full is not background
    text = _EMBASSY.format(dl="", background="The fighting began on Sept. 13, 2011, shortly before noon.")
    claims = extracted(text, "killed", "2011-09-13", "Wire", "embassy.txt")
    assert {c.event_date for c in claims} == {"2011-09-13"}


_BASE = ("The Camp Delta attack was a suicide bombing against an intelligence post inside a base near Khost on "
         "December 30, 2009. The base lies near the eastern Afghan city of Khost, close to the border. "
         "Staff at the base gathered information for strikes on targets in Pakistan. "
         "Seven officers and contractors were killed when the bomber set off his vest. "
         "Six other officers were wounded.\n\n"
         "The bomber, a doctor, {past}.")


@pytest.mark.parametrize("past", [
    "had been detained and questioned by a foreign intelligence service in January 2009",
    "was arrested by the police of his home country in March 2009 and released weeks later",
    "was recruited as an informer in the spring of 2009",
])
@pytest.mark.parametrize("published", [None, "2010-01-05"])
def test_a_persons_past_does_not_date_the_event_told_before_the_toll(past, published):
    claims = extracted(_BASE.format(past=past), None, published, "Encyclopedia", "camp.txt")
    tolls = [c for c in claims if c.kind in ("killed", "injured")]
    assert {c.value_low for c in tolls} >= {6, 7}
    for c in tolls:
        assert c.event_date == "2009-12-30", (c.value_low, c.event_date)
        # and the toll after a sentence naming another country in passing keeps the report's own place
        assert c.place and c.place.startswith("Khost"), (c.value_low, c.place)


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(("text", "day"), [
    ("KHOST, March 4, 2001, Pajhwok -- Three police officers were killed in a March 3 blast in Khost, officials said.",
     "2011-03-03"),
    ("HERAT, March 4, 2001 (AIP) - Three police officers were killed in a blast in Herat yesterday, officials said.",
     "2011-03-03"),
    ("KUNDUZ, Afghanistan, March 4, 2001 - A roadside bomb killed three police officers in Kunduz on Thursday.",
     "2011-03-03"),
])
def test_a_datelines_year_its_report_contradicts_dates_nothing(text, day):
    claims = [c for c in extracted(text, "killed", "2011-03-04", "Agency", "dateline.txt") if c.value_low == 3]
    assert [c.event_date for c in claims] == [day]


def test_a_dateline_that_agrees_with_its_report_still_counts():
    # near miss: the same dateline with the right year: "yesterday" is the day before it, as before
    text = "HERAT, March 4, 2011 (AIP) - Three police officers were killed in a blast in Herat yesterday, officials said."
    claims = [c for c in extracted(text, "killed", "2011-03-04", "Agency", "dateline.txt") if c.value_low == 3]
    assert [c.event_date for c in claims] == ["2011-03-03"]


def test_a_datelines_slip_does_not_override_the_date_in_matching():
    quote = "KHOST, March 4, 2001, Pajhwok -- Three police officers were killed in a March 3 blast in Khost."
    assert sentence_date(quote, "2011-03-03", "day", "2011-03-04") == ("2011-03-03", "day")
    # near miss: a year the sentence gives for its own event still wins
    assert sentence_date("Three police officers were killed in a blast in 2001.", "2011-03-03", "day",
                         "2011-03-04") == ("2001", "year")


@pytest.mark.parametrize("text", [
    "DUSHANBE, Tajikistan A car bomb tore through a police station in the country's second city on Friday, "
    "injuring 25 people. The car hit the gates of the police building in Khujand, a deputy minister said.",
    "DUSHANBE, Tajikistan A suicide bomber wounded 25 people at a police compound on Friday. Officials said the "
    "bomber drove into the police compound in Khujand.",
    "KABUL, Afghanistan Gunmen wounded 25 people at a police post on Friday. Officials said the gunmen struck "
    "the police post in Jalalabad.",
])
def test_a_dateline_city_that_lost_its_dash_is_where_the_report_was_filed(text):
    claims = extracted(text, "injured", "2010-09-03", "Blog", "copy.txt")
    assert claims and claims[0].place in ("Khujand", "Jalalabad")


def test_a_dateline_city_alone_is_still_the_last_resort():
    # near miss: nothing else places the bomb: the dateline's city
    text = "DUSHANBE, Tajikistan A car bomb tore through a police station on Friday, injuring 25 people."
    claims = extracted(text, "injured", "2010-09-03", "Blog", "copy.txt")
    assert [c.place for c in claims] == ["Dushanbe"]


# --------------------------------------------------------------------------- another attack's date in matching


@pytest.mark.parametrize("quote", [
    "Police are hunting the gunman who killed 39 people, thought to be from the same cell that carried out the "
    "June attack on the airport.",
    "The bombing, which killed 40, was the deadliest since the 2014 school massacre in the city.",
    "Gunmen killed 12 people, a week after the March 3 bombing of a shrine nearby.",
    "The blast, which killed 15, was similar to the August 2019 bombing of a wedding hall.",
])
def test_a_date_naming_another_attack_does_not_override_the_claims(quote):
    assert sentence_date(quote, "2017-01-02", "day", "2017-01-03") == ("2017-01-02", "day")


@pytest.mark.parametrize(("quote", "date"), [
    ("The June attack on the airport killed 45 people.", "2016-06"),
    ("In March 2016, a bomb killed 70 people in the park.", "2016-03"),
])
def test_a_date_of_the_claims_own_attack_still_overrides(quote, date):
    # near misses: the sentence dates its own toll
    assert sentence_date(quote, "2017-01-02", "day", "2017-01-03")[0] == date
    assert date_in_text(quote) == 2


# --------------------------------------------------------------------------- the capital


_RECALL = ("Security forces are hunting militants who killed 23 soldiers in an ambush on Sunday. "
           "Earlier this month, a suicide bombing at a police station in the town of Khujand killed two people. "
           "{later}")


@pytest.mark.parametrize("later", [
    "Days later, a bomb exploded at a disco in the capital, wounding seven people.",
    "A week later, a grenade went off outside a cafe in the capital, wounding seven people.",
    "Days later, seven people were wounded when a bomb went off near a market in the country's capital.",
])
def test_a_recalled_attack_in_the_capital_is_in_the_capital(later):
    text = _RECALL.format(later=later)
    claims = extracted(text, "injured", "2010-09-20", "Wire", "recall.txt")
    assert [c.place for c in claims] == ["Dushanbe"]


def test_the_capital_named_is_a_bearings_reference_point():
    text = ("Gunmen killed 23 soldiers in an ambush in Tajikistan on Sunday. Helicopters searched a remote area "
            "about 250 kilometers east of the capital, Dushanbe.")
    assert context_of(text, "Helicopters", "2010-09-20")[1] == "Tajikistan"


# --------------------------------------------------------------------------- the day of a claim of responsibility


@pytest.mark.parametrize("sentence", [
    "A militant group on Thursday claimed responsibility for killing 28 soldiers in the mountains.",
    "The group on Thursday took responsibility for the ambush that killed 28 soldiers.",
    "A jihadist faction on Thursday claimed credit for killing 28 soldiers in the gorge.",
])
def test_the_day_a_group_claims_an_attack_is_its_statements(sentence):
    c = sentence_context(sentence, 0, len(sentence), dt.date(2010, 9, 23))
    assert c.date is None
    assert c.fallback is not None and c.fallback.value == "2010-09-23"


def test_the_day_a_group_attacked_is_the_events():
    # near miss: the group's attack on Thursday
    sentence = "A militant group on Thursday killed 28 soldiers in the mountains."
    assert sentence_context(sentence, 0, len(sentence), dt.date(2010, 9, 23)).date.value == "2010-09-23"


# --------------------------------------------------------------------------- where the bomber blew himself up


@pytest.mark.parametrize("where", [
    "The suicide bomber blew himself up in the gym of the camp in Khost province, a U.S. official said.",
    "The bomber detonated his vest inside the dining hall of the base in Khost province, officials said.",
    "The attacker blew himself up at the gate of the compound in Khost province.",
])
def test_where_the_bomber_blew_himself_up_places_a_country_level_lead(where):
    text = ("Eight Americans were killed and six others injured when a suicide bomber struck a fortified base in "
            "eastern Afghanistan, according to officials in both Kabul and Washington. The dead were all civilians. "
            "It was the worst day for the agency in years.\n\n" + where)
    claims = extracted(text, None, "2009-12-30", "Network", "base.txt")
    tolls = [c for c in claims if c.kind in ("killed", "injured")]
    assert tolls and {c.place for c in tolls} == {"Khost Province"}


# --------------------------------------------------------------------------- "N days after" another event


_AFTER = ("A suicide bomber killed a policeman and wounded 30 more at a police headquarters in Khujand this "
          "morning.\n\n{after} {toll}")


@pytest.mark.parametrize(("after", "day"), [
    ("Today's attack takes place just 10 days after 25 inmates escaped from a prison in Dushanbe.", "2010-08-24"),
    ("The bombing on Friday came a week after two dozen prisoners broke out of a jail in Dushanbe.", "2010-08-27"),
    ("Friday's blast occurred only five days after gunmen freed their comrades from a detention centre in "
     "Dushanbe.", "2010-08-29"),
])
@pytest.mark.parametrize("toll", [
    "One guard was killed during the jailbreak, and four more guards were killed at a nearby detention facility.",
    "Four guards died in the escape.",
])
def test_an_event_n_days_before_the_lead_dates_the_toll_told_of_it(after, day, toll):
    claims = extracted(_AFTER.format(after=after, toll=toll), "killed", "2010-09-03", "Journal", "after.txt")
    guards = [c for c in claims if c.value_low in (1, 4) and "guard" in c.quote]
    assert guards
    for c in guards:
        assert (c.event_date, c.place) == (day, "Dushanbe")
    # the lead's own toll keeps its day and town
    assert [(c.event_date, c.place) for c in claims if "policeman" in c.quote] == [("2010-09-03", "Khujand")]


@pytest.mark.parametrize("after", [
    "The bombing on Friday came two days after the government announced new security measures in Dushanbe.",
    "The bombing on Friday came two days after the president visited Dushanbe.",
])
def test_a_statement_or_a_visit_n_days_before_is_no_event_of_its_own(after):
    # near misses: what the phrase counts from is no attack; the next toll is still the lead's
    text = _AFTER.format(after=after, toll="Four officers were also killed in the attack, police said.")
    claims = [c for c in extracted(text, "killed", "2010-09-03", "Journal", "after.txt") if c.value_low == 4]
    assert claims and {c.event_date for c in claims} == {"2010-09-03"}


def test_a_datelines_day_before_the_first_toll_is_not_the_events():
    # near miss of the opening's day: "Quetta, Mar 13 (PTI) ..." is the day the report was filed
    text = ("Quetta, Mar 13 (PTI) From roadside bombs to the siege of a passenger train, the rebels have "
            "changed their ways.\n\n"
            "The rebels now strike at soldiers, workers and travellers alike, officials say.\n\n"
            "Gunmen stopped the train in a mountain pass on Tuesday and held its passengers for a day.\n\n"
            "They killed 21 passengers and four soldiers before troops ended the siege, officials said.")
    claims = [c for c in extracted(text, "killed", "2025-03-13", "Agency", "siege.txt") if c.value_low == 21]
    assert claims and claims[0].event_date == "2025-03-11"
