"""A phrasing grid for event context: short reports (a source with a publication day, a headline or
not, a dateline or not, two to four sentences) generated from independent axes (how the date is told,
how the place is told, a distractor, the toll sentence's voice and word order, the layout, a second
toll), each with the event date, precision and place a fact-checker expects of its toll claims, run
through the real extractor.

    python -m reconcile.benchmarks.contextgrid [--cases 3000] [--seed 7] [--examples 3]

Prints, per axis value, the cases whose toll claims have a wrong date, a wrong place, or no toll claim
at all, then a few failing reports per worst axis value. It is a measurement, not a test;
tests/test_context_grid.py asserts the combinations that pass.

What a fact-checker expects (the desk's conventions, DESIGN.md and the gold notes of the blind rounds):
a weekday, "yesterday", "N days ago", a day of a month -> that day (precision day; "the night of 3-4
March" either day); "last week" -> precision week, about seven days before publication; "earlier this
week" -> week, within the six days before; "in March", "last month" -> that month; "last year", "in
2019" -> that year; no date at all -> none, or the report's own day (a dateline's); a date only after
the toll's clause ("..., police said on Tuesday") is the day of the statement, not the event's: a
loose date (day or week) within the three days up to it. A place: the most specific place the
sentence names as the scene (a district over its province, a town over its district; "near X",
"outside X", "on the outskirts of X" -> X; "the Saddar area of Peshawar" -> Peshawar; a landmark ->
its town); a place told only in the dateline, the headline or the sentence before is inherited; a
victim's home town, the hospital the wounded were taken to, where a group is based and a dateline
city other than the scene named in the body are not the scene. A recalled earlier attack keeps its
own date and place.
Every report is generated here, in our own words.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass, field

from .phrasing import claims_of, distinct, probe_arguments, worst_examples, write_failures

PUBLISHED = ["2024-05-03", "2023-11-14", "2022-03-20", "2021-08-28", "2019-10-07", "2025-01-09"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NUMBER_WORDS = {7: "Seven", 9: "Nine", 12: "Twelve", 14: "Fourteen", 23: "Twenty-three", 31: "Thirty-one"}


@dataclass(frozen=True)
class When:
    """What a claim's date must be: None (no date, or the report's own day), days (a set of
    ISO days, precision day), a week (ISO days it may lie in, precision week), a month or a year;
    ``dayish``: a day or a week on one of ``values``; ``loose``: a statement's day: none, a day within
    ``values`` or a week within ``weeks``."""

    kind: str  # none, day, week, month, year, dayish, loose
    values: frozenset[str] = frozenset()
    weeks: frozenset[str] = frozenset()

    def fits(self, value: str | None, precision: str | None, pub: dt.date) -> bool:
        if self.kind == "none":
            if value is None:
                return True
            return len(value) == 10 and precision in ("day", "week") and \
                0 <= (pub - dt.date.fromisoformat(value)).days <= 1
        if value is None:
            return self.kind == "loose"
        if self.kind == "day":
            return precision == "day" and value in self.values
        if self.kind == "week":
            return precision == "week" and value in self.values
        if self.kind == "dayish":
            return precision in ("day", "week") and value in self.values
        if self.kind == "loose":
            return precision == "day" and value in self.values or precision == "week" and value in self.weeks
        return precision == self.kind and value in self.values


def _days(*ds: dt.date) -> frozenset[str]:
    return frozenset(d.isoformat() for d in ds)


def _span(a: dt.date, b: dt.date) -> frozenset[str]:
    return _days(*(a + dt.timedelta(days=i) for i in range((b - a).days + 1)))


@dataclass
class Case:
    text: str
    axes: dict[str, str]
    published: dt.date
    want: dict[int, tuple[str, When, str]]  # toll value -> (kind, date, place) of the report's own tolls
    recalled: tuple[int, When, str] | None = None  # a recalled attack's toll, date and place
    got: list[tuple[str, int, str | None, str | None, str | None]] = field(default_factory=list)
    missing: bool = False
    date_bad: bool = False
    place_bad: bool = False
    recall_bad: bool = False

    @property
    def ok(self) -> bool:
        return not (self.missing or self.date_bad or self.place_bad or self.recall_bad)


# --- dates -----------------------------------------------------------------------------------------------
def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_phrase(rng: random.Random, form: str, pub: dt.date):
    """(phrase after the clause, phrase fronting a sentence or None, expected When, extra claimant frame)."""
    k = rng.randint(1, 5)
    day = pub - dt.timedelta(days=k)
    w = WEEKDAYS[day.weekday()]
    if form == "none":
        return "", None, When("none"), None
    if form == "on Friday":
        return f" on {w}", f"On {w}", When("day", _days(day)), None
    if form == "late Thursday":
        p = rng.choice([f"late {w}", f"late on {w}"])
        return " " + p, p[:1].upper() + p[1:], When("day", _days(day)), None
    if form == "on Thursday night":
        part = rng.choice(["night", "evening", "afternoon"])
        return f" on {w} {part}", f"On {w} {part}", When("day", _days(day)), None
    if form == "early on Sunday":
        p = rng.choice([f"early on {w}", f"early {w}", f"in the early hours of {w}"])
        return " " + p, p[:1].upper() + p[1:], When("day", _days(day)), None
    if form == "on Sunday morning":
        return f" on {w} morning", f"On {w} morning", When("day", _days(day)), None
    if form == "yesterday":
        p = rng.choice(["yesterday", "yesterday morning", "late yesterday"])
        return " " + p, p[:1].upper() + p[1:], When("day", _days(pub - dt.timedelta(days=1))), None
    if form == "the previous day":
        return " the previous day", None, When("day", _days(pub - dt.timedelta(days=1))), \
            f"Officials said on {WEEKDAYS[pub.weekday()]} that {{c}}."
    if form == "last week":
        p = rng.choice(["last week", "late last week", "early last week"])
        return " " + p, p[:1].upper() + p[1:], When("week", _span(pub - dt.timedelta(days=13),
                                                                  pub - dt.timedelta(days=4))), None
    if form == "earlier this week":
        return " earlier this week", "Earlier this week", When("week", _span(pub - dt.timedelta(days=6), pub)), None
    if form == "two days ago":
        n = rng.choice([2, 3, 4])
        p = f"{['', '', 'two', 'three', 'four'][n]} days ago"
        # (the desk reads an offset of more than three days at a week's precision: dates.Offset, a convention)
        return " " + p, p[:1].upper() + p[1:], When("day" if n <= 3 else "dayish", _days(pub - dt.timedelta(days=n))), None
    d = pub - dt.timedelta(days=rng.randint(2, 25))
    if form == "on 3 March":
        return f" on {d.day} {MONTHS[d.month - 1]}", f"On {d.day} {MONTHS[d.month - 1]}", When("day", _days(d)), None
    if form == "March 3":
        return f" on {MONTHS[d.month - 1]} {d.day}", f"On {MONTHS[d.month - 1]} {d.day}", When("day", _days(d)), None
    if form == "on March 3rd":
        return f" on {MONTHS[d.month - 1]} {_ord(d.day)}", f"On {MONTHS[d.month - 1]} {_ord(d.day)}", \
            When("day", _days(d)), None
    if form == "on 3 March 2021":
        d = d.replace(year=d.year - rng.randint(1, 3))
        p = rng.choice([f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}"])
        return f" on {p}", f"On {p}", When("day", _days(d)), None
    if form == "on the night of 3-4 March":
        d = pub - dt.timedelta(days=rng.randint(3, 25))
        e = d + dt.timedelta(days=1)
        if e.month != d.month:
            d, e = d - dt.timedelta(days=1), d
        p = f"on the night of {d.day}-{e.day} {MONTHS[d.month - 1]}"
        return " " + p, p[:1].upper() + p[1:], When("day", _days(d, e)), None
    if form == "in March":
        j = rng.randint(1, 4)
        y, m = (pub.year, pub.month - j) if pub.month > j else (pub.year - 1, pub.month - j + 12)
        p = rng.choice([f"in {MONTHS[m - 1]}", f"in early {MONTHS[m - 1]}", f"in late {MONTHS[m - 1]}"])
        return " " + p, p[:1].upper() + p[1:], When("month", frozenset({f"{y:04d}-{m:02d}"})), None
    if form == "last month":
        y, m = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        return " last month", "Last month", When("month", frozenset({f"{y:04d}-{m:02d}"})), None
    if form == "last year":
        return " last year", "Last year", When("year", frozenset({str(pub.year - 1)})), None
    if form == "in 2019":
        y = pub.year - rng.randint(2, 6)
        return f" in {y}", f"In {y}", When("year", frozenset({str(y)})), None
    if form == "same weekday as publication":
        return f" on {WEEKDAYS[pub.weekday()]}", f"On {WEEKDAYS[pub.weekday()]}", When("day", _days(pub)), None
    if form == "after the toll (statement day)":
        said = pub - dt.timedelta(days=rng.randint(0, 2))
        return "", None, When("loose", _span(said - dt.timedelta(days=3), said), _span(said - dt.timedelta(days=3), pub)), \
            rng.choice(["{c}, police said on " + WEEKDAYS[said.weekday()] + ".",
                        "{c}, a provincial spokesman told reporters on " + WEEKDAYS[said.weekday()] + "."])
    if form == "overnight":  # first sight: the night before the report's day, or a weekday's night
        if rng.random() < 0.5:
            return " overnight", "Overnight", When("dayish", _days(pub, pub - dt.timedelta(days=1))), None
        return f" overnight on {w}", f"Overnight on {w}", When("dayish", _days(day, day + dt.timedelta(days=1))), None
    if form == "earlier today":  # first sight
        p = rng.choice(["earlier today", "this morning", "today"])
        return " " + p, _cap(p), When("day", _days(pub)), None
    if form == "on Monday, 3 March":  # first sight
        p = rng.choice([f"on {w}, {day.day} {MONTHS[day.month - 1]}", f"on {w}, {MONTHS[day.month - 1]} {day.day}"])
        return " " + p, _cap(p), When("day", _days(day)), None
    if form == "at the weekend":  # first sight: the Saturday and Sunday before publication, at a week's precision
        # (in a report of a Saturday, this weekend or the one before)
        sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
        first = sat - dt.timedelta(days=10 if pub.weekday() == 5 else 3)
        p = rng.choice(["at the weekend", "over the weekend"])
        return " " + p, _cap(p), When("week", _span(first, sat + dt.timedelta(days=4))), None
    if form in ("previous sentence", "lead only"):  # built by the report: the weekday form, moved
        return f" on {w}", f"On {w}", When("day", _days(day)), None
    raise ValueError(form)


DATES = ["none", "on Friday", "late Thursday", "on Thursday night", "early on Sunday", "on Sunday morning",
         "yesterday", "the previous day", "last week", "earlier this week", "two days ago", "on 3 March", "March 3",
         "on March 3rd", "on 3 March 2021", "on the night of 3-4 March", "in March", "last month", "last year",
         "in 2019", "same weekday as publication", "previous sentence", "lead only",
         "after the toll (statement day)",
         # first sight (added after the fixes)
         "overnight", "earlier today", "on Monday, 3 March", "at the weekend"]
#: axis values added after the fixes: their failure rate is the honest estimate of how the fixes carry over
FIRST_SIGHT = {"overnight", "earlier today", "on Monday, 3 March", "at the weekend", "town with a bearing", "province only",
               "village in district", "another attack days before", "victims' home town"}


# --- places ----------------------------------------------------------------------------------------------
#: scene cities: (city, country, capital of the country, other towns of that country)
CITIES = [("Kunduz", "Afghanistan"), ("Jalalabad", "Afghanistan"), ("Herat", "Afghanistan"), ("Khost", "Afghanistan"),
          ("Kandahar", "Afghanistan"), ("Lashkar Gah", "Afghanistan"), ("Quetta", "Pakistan"), ("Peshawar", "Pakistan"),
          ("Bannu", "Pakistan"), ("Karachi", "Pakistan"), ("Kohat", "Pakistan"), ("Turbat", "Pakistan")]
OTHER_TOWNS = {"Afghanistan": ["Ghazni", "Charikar", "Asadabad", "Maymana", "Taloqan"],
               "Pakistan": ["Mardan", "Chaman", "Zhob", "Gwadar", "Lahore"]}
CAPITAL = {"Afghanistan": "Kabul", "Pakistan": "Islamabad"}
#: (district, province as written, the province's capital, country)
DISTRICTS = [("Dand", "Kandahar", "Kandahar", "Afghanistan"), ("Surkh Rod", "Nangarhar", "Jalalabad", "Afghanistan"),
             ("Chahar Dara", "Kunduz", "Kunduz", "Afghanistan"), ("Achin", "Nangarhar", "Jalalabad", "Afghanistan"),
             ("Sangin", "Helmand", "Lashkar Gah", "Afghanistan"), ("Shindand", "Herat", "Herat", "Afghanistan"),
             ("Mastung", "Balochistan", "Quetta", "Pakistan"), ("Kech", "Balochistan", "Quetta", "Pakistan"),
             ("Kurram", "Khyber Pakhtunkhwa", "Peshawar", "Pakistan"),
             ("Lakki Marwat", "Khyber Pakhtunkhwa", "Peshawar", "Pakistan")]
#: an area of a city that the gazetteer does not know: the city is the place
AREAS = [("Saddar", "Peshawar", "Pakistan"), ("Hazar Ganji", "Quetta", "Pakistan"), ("Khair Khana", "Kabul", "Afghanistan"),
         ("Orangi Town", "Karachi", "Pakistan"), ("Shar-e-Naw", "Kabul", "Afghanistan")]
#: (written, expected place, province, country)
TRANSLIT = [("Pul-i-Khumri", "Pul-e-Khumri", "Baghlan", "Afghanistan"),
            ("Pul-e-Khumri", "Pul-e-Khumri", "Baghlan", "Afghanistan"),
            ("Mazar-e Sharif", "Mazar-i-Sharif", "Balkh", "Afghanistan"),
            ("Mazar-i-Sharif", "Mazar-i-Sharif", "Balkh", "Afghanistan"),
            ("Dera Ismail Khan", "Dera Ismail Khan", "Khyber Pakhtunkhwa", "Pakistan"),
            ("D.I. Khan", "Dera Ismail Khan", "Khyber Pakhtunkhwa", "Pakistan")]
CAPITALS = [("Pul-e-Khumri", "Baghlan", "Afghanistan"), ("Taloqan", "Takhar", "Afghanistan"),
            ("Asadabad", "Kunar", "Afghanistan"), ("Sheberghan", "Jowzjan", "Afghanistan")]
LANDMARKS = [("near Jinnah International Airport", "Karachi", "Pakistan"),
             ("at Hamid Karzai International Airport", "Kabul", "Afghanistan"),
             ("near the Friendship Gate", "Chaman", "Pakistan"),
             ("near Bacha Khan International Airport", "Peshawar", "Pakistan"),
             ("outside the Baron Hotel", "Kabul", "Afghanistan")]
PLACES = ["city", "district of province", "province's district", "area of city", "near X", "outside X",
          "on the outskirts of X", "provincial capital", "transliteration", "landmark", "dateline only",
          "headline only", "previous sentence",
          # first sight
          "town with a bearing", "province only", "village in district"]


@dataclass
class Scene:
    phrase: str  # " in the Dand district of Kandahar province"
    place: str  # the expected claims.place
    town: str  # the town a dateline or headline would name
    country: str
    body: bool = True  # the body names the place (not only the dateline or the headline)
    before: bool = False  # the place is told in the sentence before the toll


def scene(rng: random.Random, form: str) -> Scene:
    city, country = rng.choice(CITIES)
    if form in ("city", "dateline only", "headline only", "previous sentence"):
        s = Scene(f" in {city}", city, city, country)
        s.body = form not in ("dateline only", "headline only")
        s.before = form == "previous sentence"
        return s
    if form in ("near X", "outside X", "on the outskirts of X"):
        word = {"near X": "near", "outside X": "outside", "on the outskirts of X": "on the outskirts of"}[form]
        return Scene(f" {word} {city}", city, city, country)
    if form in ("district of province", "province's district"):
        dist, prov, cap, country = rng.choice(DISTRICTS)
        pw = "" if prov == "Khyber Pakhtunkhwa" and rng.random() < 0.5 else " province"
        phrase = f" in the {dist} district of {prov}{pw}" if form == "district of province" else \
            f" in {prov}'s {dist} district"
        return Scene(phrase, dist, cap, country)
    if form == "area of city":
        area, city, country = rng.choice(AREAS)
        return Scene(rng.choice([f" in the {area} area of {city}", f" in {city}'s {area} area"]), city, city, country)
    if form == "provincial capital":
        cap, prov, country = rng.choice(CAPITALS)
        phrase = rng.choice([f" in {cap}, the capital of {prov} province", f" in the provincial capital of {prov}, {cap}",
                             f" in {cap}, the provincial capital"])
        return Scene(phrase, cap, cap, country)
    if form == "transliteration":
        written, name, _, country = rng.choice(TRANSLIT)
        return Scene(f" in {written}", name, written, country)
    if form == "town with a bearing":  # first sight
        bearing = rng.choice(["northwestern", "southwestern", "northern", "eastern"])
        return Scene(rng.choice([f" in the {bearing} town of {city}", f" in {city}, a town in the {bearing} region"]),
                     city, city, country)
    if form == "province only":  # first sight: the province is the place
        prov, name, country = rng.choice([("Helmand", "Helmand Province", "Afghanistan"), ("Kunar", "Kunar Province",
                                          "Afghanistan"), ("Balochistan", "Balochistan", "Pakistan"),
                                          ("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "Pakistan")])
        pw = "" if prov in ("Balochistan", "Khyber Pakhtunkhwa") else " province"
        return Scene(rng.choice([f" in {prov}{pw}", f" in the {rng.choice(['restive', 'volatile', 'southern'])} "
                                 f"{prov}{pw}"]), name, CAPITAL[country], country)
    if form == "village in district":  # first sight
        dist, prov, cap, country = rng.choice(DISTRICTS)
        return Scene(rng.choice([f" in a village in the {dist} district", f" in a remote village of {dist} district",
                                 f" in the Kili Sarai village of {dist}"]), dist, cap, country)
    if form == "landmark":
        phrase, town, country = rng.choice(LANDMARKS)
        return Scene(" " + phrase, town, town, country)
    raise ValueError(form)


# --- the report --------------------------------------------------------------------------------------------
ATTACKERS = ["a suicide bomber", "gunmen", "a roadside bomb", "a car bomb"]
SITES = ["a crowded market", "a mosque", "a police checkpoint", "a bus station", "a wedding hall"]
VOICES = ["active", "passive", "participle", "fronted date", "toll rose"]
ORDERS = ["place then date", "date then place"]
LAYOUTS = ["plain", "headline", "headline with place", "dateline", "dateline with date", "headline and dateline"]
SECONDS = ["none", "wounded in the same sentence", "wounded in the next sentence"]
DISTRACTORS = ["none", "victim from elsewhere", "hospital elsewhere", "group based elsewhere", "recalled attack",
               "dateline elsewhere", "funeral elsewhere",
               # first sight
               "another attack days before", "victims' home town"]
AXES = {"date": DATES, "place": PLACES, "distractor": DISTRACTORS, "voice": VOICES, "order": ORDERS,
        "layout": LAYOUTS, "second": SECONDS}
FILLER = ["Security forces cordoned off the area and began a search.", "No group immediately said it was behind the attack.",
          "Ambulances rushed to the scene as shops closed across the city."]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _toll_clause(rng, voice: str, n: int, m: int | None, where: str, when: str, front: str | None, site: str):
    """The toll sentence's clause (no final full stop), with the wounded joined when ``m``."""
    att = rng.choice(ATTACKERS)
    wounded = f" and wounded {m} others" if m else ""
    if voice == "fronted date" and front and when:
        return f"{front}, {att} killed {n} people{wounded} at {site}{where}"
    if voice == "passive":
        also = f" and {m} others were wounded" if m else ""
        return f"{NUMBER_WORDS[n]} people were killed{also} when {att} struck {site}{where}{when}"
    if voice == "participle":
        also = f" and wounding {m} others" if m else ""
        verb = "opened fire on" if att == "gunmen" else "struck"
        return f"{_cap(att)} {verb} {site}{where}{when}, killing {n} people{also}"
    if voice == "toll rose":
        also = f", and {m} others were wounded" if m else ""
        return f"The death toll from an attack on {site}{where}{when} rose to {n}{also}"
    return f"{_cap(att)} killed {n} people{wounded} at {site}{where}{when}"


def report_case(rng: random.Random, axes: dict[str, str]) -> Case | None:
    pub = dt.date.fromisoformat(rng.choice(PUBLISHED))
    when, front, expect_date, frame = date_phrase(rng, axes["date"], pub)
    sc = scene(rng, axes["place"])
    n = rng.choice(list(NUMBER_WORDS))
    m = rng.choice([17, 20, 26, 40]) if axes["second"] != "none" else None
    date_form, layout, dis = axes["date"], axes["layout"], axes["distractor"]
    site = rng.choice(SITES)
    if sc.place in OTHER_TOWNS.get(sc.country, ()):
        return None
    if axes["voice"] == "fronted date" and front is None:
        return None
    if axes["voice"] == "fronted date" and axes["place"] == "previous sentence" and date_form != "previous sentence":
        return None  # "A blast shook a market in Kunduz. Earlier this week, a bomber killed 9": an earlier attack?
    if dis == "dateline elsewhere" and ("dateline" in layout or axes["place"] == "dateline only"):
        return None
    if axes["place"] == "dateline only" and "dateline" not in layout:
        layout = "dateline"
    if axes["place"] == "headline only" and "headline" not in layout:
        layout = "headline with place"
    if not sc.body and dis == "dateline elsewhere":
        return None
    where = sc.phrase if sc.body and not sc.before else ""
    lead_when = when if date_form not in ("previous sentence", "lead only") else ""
    if date_form == "lead only":
        lead_when = when
    order = axes["order"]
    sentences: list[str] = []
    pre = ""
    if sc.before or date_form == "previous sentence":
        pw = sc.phrase if sc.before else ""
        pd = when if date_form == "previous sentence" else ""
        pre = f"A powerful explosion shook {site}{pw}{pd}." if order == "place then date" else \
            f"A powerful explosion shook {site}{pd}{pw}."
        if date_form == "previous sentence":
            lead_when = ""
    if axes["voice"] == "fronted date" and not lead_when:
        front = None  # the date is told in another sentence: the toll sentence is told in the active voice
    if order == "date then place" and lead_when and where and axes["voice"] != "fronted date":
        wh, wn = lead_when, where  # the date first
        where, lead_when = wh, wn
    second_sentence = None
    mm = m if axes["second"] == "wounded in the same sentence" else None
    if axes["second"] == "wounded in the next sentence":
        second_sentence = rng.choice([f"At least {m} others were wounded, a hospital official said.",
                                      f"Another {m} people were wounded.", f"The blast also wounded {m} people."])
    if date_form == "lead only":
        # the lead dates the attack and gives the wounded; the killed toll comes in the next sentence, undated
        lead = _cap(_toll_clause(rng, axes["voice"], n, None, where, lead_when, front, site)) + "."
        if pre:
            sentences.append(pre)
        sentences.append(lead)
        sentences.append(rng.choice([f"Officials later said {m or 15} more people had been wounded.",
                                     f"Hospital officials said {m or 15} people were being treated for wounds."]))
        want = {n: ("killed", expect_date), (m or 15): ("injured", expect_date)}
        second_sentence = None
    else:
        clause = _toll_clause(rng, axes["voice"], n, mm, where, lead_when, front, site)
        if pre:
            sentences.append(pre)
            if not where and not lead_when and axes["voice"] in ("active", "participle", "fronted date"):
                clause = _toll_clause(rng, "passive", n, mm, "", "", None, site)
        frame = frame or rng.choice(["{c}.", "{c}, police said.", "According to officials, {c}."])
        text = frame.format(c=clause if frame.startswith("{c}") else clause[:1].lower() + clause[1:])
        sentences.append(_cap(text))
        want = {n: ("killed", expect_date)}
        if m:
            want[m] = ("injured", expect_date)
    if second_sentence:
        sentences.append(second_sentence)
    recalled = None
    others = [t for t in OTHER_TOWNS[sc.country] if t != sc.place]
    other = rng.choice(others)
    if dis == "victim from elsewhere":
        sentences.insert(len(sentences), rng.choice([f"Relatives said one of the dead was a shopkeeper from {other}.",
                                                     f"A teacher from {other} was among those killed, his family said."]))
    elif dis == "hospital elsewhere":
        sentences.append(rng.choice([f"The wounded were taken to the main hospital in {other}.",
                                     f"The bodies were moved to a hospital in {other}."]))
    elif dis == "group based elsewhere":
        sentences.append(rng.choice([f"A militant group based in {other} said it carried out the attack.",
                                     f"Police blamed a faction operating out of {other}."]))
    elif dis == "another attack days before":
        sentences.append(rng.choice([f"The attack came three days after a bombing in {other} that killed 30 people.",
                                     f"It was the second attack in a week, after a blast in {other} killed 30 people."]))
    elif dis == "victims' home town":
        sentences.append(rng.choice([f"Most of the victims were labourers from {other}, officials said.",
                                     f"The bodies were flown to {other}, the victims' home town."]))
    elif dis == "funeral elsewhere":
        sentences.append(f"Funeral prayers for the victims were held in {other}.")
    elif dis == "recalled attack":
        y = pub.year - rng.randint(2, 6)
        sentences.append(rng.choice([f"In {y}, a similar bombing in {other} killed 30 people.",
                                     f"The group also carried out a bombing in {other} in {y} that killed 30 people."]))
        recalled = (30, When("year", frozenset({str(y)})), other)
    if rng.random() < 0.4:
        sentences.append(rng.choice(FILLER))
    body = " ".join(sentences)
    head = ""
    town = sc.town.upper() if rng.random() < 0.7 else sc.town
    if dis == "dateline elsewhere":
        cap = CAPITAL[sc.country]
        body = rng.choice([f"{cap.upper()} (Reuters) - ", f"{cap.upper()}, {sc.country} (AP) \u2014 "]) + body
    elif "dateline" in layout:
        dated = layout == "dateline with date"
        stamp = f", {MONTHS[pub.month - 1][:3]} {pub.day}" if dated else ""
        body = rng.choice([f"{town}{stamp} (Reuters) - ", f"{town}, {sc.country}{stamp} (AP) \u2014 ",
                           f"{sc.town}{stamp}: "]) + body
    if layout.startswith("headline"):
        named = axes["place"] == "headline only" or layout == "headline with place"
        tail = f" in {sc.town}" if named else ""
        head = rng.choice([f"Attack kills {n}{tail}", f"{n} dead in blast{tail}", f"Bombing{tail} leaves {n} dead"])
        head = " ".join(w if w in ("in", "of") else _cap(w) for w in head.split(" ")) + "\n\n"
    exp = {v: (k, d, sc.place) for v, (k, d) in want.items()}
    return Case(head + body, dict(axes), pub, exp, recalled)


def grid(cases: int, seed: int) -> list[Case]:
    """``cases`` distinct reports drawn at random (uniformly per axis) from the product of the axes."""
    rng = random.Random(seed)
    return distinct(lambda: report_case(rng, {a: rng.choice(vals) for a, vals in AXES.items()}), cases, cases * 20)


def run(cases: list[Case]) -> list[Case]:
    for c in cases:
        c.got = [(k.kind, k.value_low, k.event_date, k.date_precision, k.place)
                 for k in claims_of(c.text, "grid", c.published.isoformat()) if k.kind in ("killed", "injured")]
        c.missing = c.date_bad = c.place_bad = c.recall_bad = False
        for value, (kind, when, place) in c.want.items():
            own = [g for g in c.got if g[0] == kind and g[1] == value]
            if not own:
                c.missing = True
                continue
            c.date_bad |= any(not when.fits(g[2], g[3], c.published) for g in own)
            c.place_bad |= any(g[4] != place for g in own)
        if c.recalled is not None:
            value, when, place = c.recalled
            own = [g for g in c.got if g[0] == "killed" and g[1] == value]
            c.recall_bad = not own or any(not when.fits(g[2], g[3], c.published) or g[4] != place for g in own)
    return cases


def table(cases: list[Case]) -> dict[str, dict[str, tuple[int, int, int, int, int, int]]]:
    """axis -> value -> (failing cases, wrong date, wrong place, no toll, recalled wrong, cases)."""
    out: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0] * 6))
    for c in cases:
        for axis, value in c.axes.items():
            row = out[axis][value]
            row[0] += not c.ok
            row[1] += c.date_bad
            row[2] += c.place_bad
            row[3] += c.missing
            row[4] += c.recall_bad
            row[5] += 1
    return {a: {v: tuple(r) for v, r in vals.items()} for a, vals in out.items()}


def _explain(c: Case) -> str:
    exp = "; ".join(f"{k} {v}: {w.kind} {sorted(w.values)[:3]}{'...' if len(w.values) > 3 else ''} @ {p}"
                    for v, (k, w, p) in c.want.items())
    if c.recalled:
        exp += f"; recalled 30: {sorted(c.recalled[1].values)} @ {c.recalled[2]}"
    return f"published {c.published} ({WEEKDAYS[c.published.weekday()]}); expected {exp}; got {c.got}"


def report(cases: list[Case], examples: int) -> None:
    fails = sum(not c.ok for c in cases)
    print(f"== context grid: {fails} failing of {len(cases)} reports ({100 * fails / max(1, len(cases)):.1f}%): "
          f"date {sum(c.date_bad for c in cases)}, place {sum(c.place_bad for c in cases)}, "
          f"no toll {sum(c.missing for c in cases)}, recalled attack {sum(c.recall_bad for c in cases)}")
    tab = table(cases)
    for axis, vals in tab.items():
        print(f"  -- {axis}: failing / cases (date, place, no toll, recalled)")
        for v, (f, d, p, x, r, n) in sorted(vals.items(), key=lambda kv: -kv[1][0] / kv[1][5]):
            mark = "   (first sight)" if v in FIRST_SIGHT else ""
            print(f"     {v:32s} {f:4d} / {n:<4d} {100 * f / n:5.1f}%   ({d}, {p}, {x}, {r}){mark}")
    if examples:
        print("  -- examples of failures, worst axis values first")
        for a, v, c in worst_examples(cases, tab, 14, examples):
            print(f"     [{a}={v}] {c.text!r}\n         {_explain(c)}")


def main(argv: list[str] | None = None) -> int:
    a = probe_arguments("contextgrid", __doc__, 3000, 7, "reports").parse_args(argv)
    cases = run(grid(a.cases, a.seed))
    report(cases, a.examples)
    if a.failures:
        write_failures(a.failures, cases, lambda c: f"{c.axes}\n    {c.text!r}\n    {_explain(c)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
