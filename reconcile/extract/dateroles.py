"""What a date in a sentence dates (``date_role``): the event, a statement, a toll update, something to
come, or background ("since taking control in August", "the deadliest attack this year", "a wave of
bombings that started on Oct. 5"); the words each role turns on, which ``reportclock`` also reads."""

from __future__ import annotations

import re

from .datewords import _WEEKDAYS, DateRef
from .fastrx import word_start

# --------------------------------------------------------------------------- which date is the event's

#: Roles of a date in a sentence: only ``event`` dates the event; ``statement`` and
#: ``update`` (the day something was said or a toll revised) are a last resort.
_FUTURE_BEFORE = word_start([(["set", "scheduled", "slated", "planned", "due", "expected", "deadline", "until", "till",
                               "next", "upcoming", r"will\s+\w+"],
                              r"\s+(?:\w+\s+){0,2}?(?:for\s+|on\s+|by\s+|of\s+)?(?:the\s+)?$")])
_BACKGROUND_BEFORE = word_start([([
    "since", "founded", "formed", "established", r"set\s+up", r"sets?\s+up", "emerged", "created", "launched",
    *(v + r"\s+(?:back\s+)?(?:to\s+)?(?:power|control|over|office)"
      for v in ("took", "taking", "take", "seized", "seizing", "swept", "sweeping", "came", "coming", "returned",
                "returning", "rose", "rise")),
    "takeover", "take-?over", r"withdr[ae]w\w*", "withdrawal", "pull-?out", r"fall\s+of", "fell", "born",
    "appointed", "elected", "declared", "proclaimed", "banned", "outlawed", "proscribed", "designated", "listed",
    "sanctioned",
    # a group's history: "a faction that swore loyalty to the Islamic State in March 2015", "which broke away from the TTP in 2014"
    r"pledg\w*\s+(?:its\s+|their\s+)?(?:allegiance|loyalty|fealty)", r"sw(?:ore|orn|earing)\s+(?:its\s+|their\s+)?allegiance",
    r"bay['\u2019]?ah", "joined", "defected", r"split\s+(?:from|off|away)", "splintered", r"broke\s+(?:away|off)",
    "merged", "renamed", "rebranded",
    # a commemorated day: "on the 10th anniversary of the Sept. 11, 2001 strikes", "a year to the day after the 2014 siege"
    r"anniversary\s+of", r"to\s+the\s+day\s+(?:after|since)",
    # a photo's caption: "This picture taken on March 8, 2019 shows the hotel", "In this image, shot on Friday, ..."
    *(w + r"\s*,?\s+(?:was\s+)?(?:taken|shot|captured|recorded|filmed)" for w in (
        "picture", "photo", "photograph", "image", "footage", "video", "snapshot"))], r"\b[^,;:()]{0,40}$")])
# words between a verb of saying and its day that name no event ("Dawn.com", "reporters by phone")
_NO_EVENT_WORDS = (r"(?:(?!(?:attacks?|bombings?|blasts?|explosions?|assaults?|raids?|strikes?|ambush|killings?)\b)"
                   r"[\w.\-'\u2019]+\s+)")
_STATEMENT_BEFORE = word_start([([
    "statement", "announcement", "communiqu[e\u00e9]", "message", "video", r"press\s+conference", "briefing",
    "interview", r"news\s+report", "broadcast", "bulletin", "said", "says", "told", "announced", r"claimed(?:\s+responsibility)?", "confirmed", "reported", "added",
    # "quoted the governor confirming the news on Thursday", "announcing the toll on Friday"
    "confirming", "announcing", "reporting",
    "posted", "tweeted", "stated", "given", "provided", "issued", "released", "published", "quoted", "cited"],
    r"\s+(?:\w+\s+){0,2}?(?:on\s+|late\s+|early\s+|issued\s+|released\s+|posted\s+)?$"),
    # "speaking to Dawn.com on Friday", "talking to reporters late on Sunday", "speaking at a news conference on
    # Friday", "told Reuters by phone on Friday": the day someone spoke (not "told AFP the attack on Friday ...")
    ([r"speak(?:s|ing)?", "spoke", r"talk(?:s|ed|ing)?", r"writ(?:es|ing)", "wrote"],
     r"\s+(?:to|with|at|during|in)\s+" + _NO_EVENT_WORDS + r"{1,4}?(?:on\s+|late\s+|early\s+)?$"),
    ([r"t(?:old|ells|elling)"], r"\s+" + _NO_EVENT_WORDS + r"{1,4}?(?:late\s+|early\s+)?on\s+$")])
_DIED_LATER = (r"\s+(?:of\s+the\s+)?(?:[\w\-]+\s+){0,3}?(?:injured|wounded|victims?|patients?|under-treatment)\s+"
               r"(?:[\w\-]+\s+){0,2}?(?:died|dies|passed\s+away|lost\s+(?:his|her|their)\s+li(?:fe|ves)|"
               r"breathed\s+(?:his|her|their)\s+last)")
_UPDATE_BEFORE = word_start([
    (["rose", "risen", "rising", "climbed", "climbing", "increased", "jumped", "surged", "reached", "revised", "raised",
      "raising", "revising", "lowered", "updated", "stood", "stands", "mounted",
      # "the toll almost tripled Saturday", "the number of dead doubled on Monday"
      "doubled", "tripled", "trebled", "quadrupled"], r"\s+(?:(?:[\w,.]+\s+){0,4}?(?:on|by)\s+)?$"),
    (["as"], r"\s+of\s+(?:late\s+|early\s+)?$"),
    # a victim who died of the wounds later: the day the toll grew, not the attack's ("... reached 22 as another
    # injured man lost his life Thursday", "two more of the wounded died on Friday", "succumbed to his wounds on Monday")
    ([r"succumb(?:ed|s|ing)", *(w + _DIED_LATER for w in ("another", "more", "further"))],
     r"\s+(?:(?:[\w,.]+\s+){0,5}?(?:on|early|late)\s+)?$"),
])
_UPDATE_AFTER = re.compile(r"(?:\s+\w+)?\s+(?:revised|raised|lowered|updated)\b", re.IGNORECASE)
# "By Thursday evening the toll had reached 40": the day of a count, not of the attack
_COUNT_AFTER = re.compile(r"(?:\s+[\w\-]+){0,2}?\s+(?:death\s+)?(?:toll|count|number\s+of\s+(?:dead|deaths|victims))"
                          r"\s+(?:had\s+|has\s+)?(?:reached|rose|risen|climbed|stood|increased|jumped)\b", re.IGNORECASE)
# "On Sunday the ministry had put the toll at 58": the day of a report, not of the attack
_STATEMENT_AFTER = re.compile(r"(?:\s+[\w\-]+){0,4}?\s+(?:had\s+|has\s+)?(?P<verb>put|gave|said|says|told|reported|"
                              r"announced|confirmed|stated|quoted|"
                              # a reaction: "China on Tuesday expressed shock at the attack"
                              r"expressed|condemned|denounced|deplored|decried|voiced|vowed|urged|demanded|"
                              r"mourned|offered|summoned|pledged|promised|warned|"
                              # a claim of responsibility: "A militant group on Thursday claimed responsibility for
                              # killing 28 soldiers" (its day, not the ambush's)
                              r"(?:claimed|took|accepted|admitted)(?=\s+(?:full\s+)?(?:responsibility|credit)\b)|"
                              # a release of words or pictures: "IS on Sunday released a video of the attackers"
                              r"(?:released|issued|published|posted|aired|broadcast|circulated|shared)(?=\s+(?:(?:a|an|the|its|"
                              r"their|his|her)\s+)?(?:[\w\-]+\s+){0,2}?(?:videos?|statements?|footage|messages?|audio|recordings?|"
                              r"communiqu\w+|photos?|photographs?|pictures?|images?|claims?|lists?|names)\b))\b",
                              re.IGNORECASE)
_STATEMENT_NOUN_AFTER = re.compile(r"\s+(?:press\s+release|statement|communiqu[e\u00e9]|video(?:\s+message)?|audio\s+message|"
                                   r"briefing|(?:news|press)\s+conference|tweet|post\s+on)\b", re.IGNORECASE)
# a relative clause about a person, open up to the date: ", who was killed by a drone in"
PERSON_CLAUSE = _PERSON_CLAUSE = re.compile(r"(?:,|\(|\u2014)\s*(?:who|whom|whose)\b[^,;:()\u2014]{0,90}$", re.IGNORECASE)
# "..., who were killed in the attack in March": the clause tells of the attack itself
_IN_THE_ATTACK = re.compile(r"\b(?:in|during|by)\s+the\s+(?:\w+\s+)?(?:attack|bombing|blast|explosion|assault|massacre|"
                            r"shooting|raid)\b[^,;:()]*$", re.IGNORECASE)
_OPENING = re.compile(r"\W*(?:(?:on|by)\s+)?", re.IGNORECASE)
_OPENING_AFTER_PUNCT = re.compile(r"[.;:\u2014,(]\s*(?:(?:on|by)\s+)?$", re.IGNORECASE)
#: A sentence with more dates than this is a list or a table: only the first are read.
MAX_DATES = 12
_PAREN_AFTER_DATE = re.compile(r"\s*[(,]\s*$")

EVENT, STATEMENT, UPDATE, FUTURE, BACKGROUND = "event", "statement", "update", "future", "background"

# "the deadliest attack on security forces this year", "the third such bombing in Kabul this month",
# "the worst in 2023", "so far this year": the period an attack is compared within, not its date
_COMPARED_BEFORE = re.compile(
    r"(?:\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|highest|most\s+(?:lethal|deadly|serious|"
    r"devastating|violent|brazen|audacious|significant|high-profile)|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))\b(?P<gap>[^,;:.()\u2014]{0,60}?)"
    r"|\b(?:so\s+far|thus\s+far|yet|to\s+date)\s+)(?:in\s+|of\s+|during\s+)?$",
    re.IGNORECASE)
_COMPARED_GAP_VERB = re.compile(r"\b(?:came|comes|was|were|is|are|occurred|happened|took\s+place|struck|hit|killed|"
                                r"left|claimed|targeted|carried)\b", re.IGNORECASE)


def compared_before(before: str) -> bool:
    """``before`` ends on the words an attack is ranked with ("... was the deadliest ", "the first major attack of ")."""
    m = _COMPARED_BEFORE.search(before)
    return m is not None and not (m.group("gap") and _COMPARED_GAP_VERB.search(m.group("gap")))


def compared(text: str, start: int, d: DateRef) -> bool:
    """A period an attack is ranked within ("the deadliest attack this year", "the first major attack
    of 2017"), not its date: relative to the report ("this year") it dates nothing (the report's own
    day does); an explicit year or month dates the attack only when nothing else in its clause does."""
    if d.precision not in ("year", "month", "week"):
        return False
    return compared_before(text[max(start, d.start - 64) : d.start])


# a ranked attack's "since" clause, however long ("the worst attack since the old rulers fell from
# power in 2001", "the worst bombing in the city since government troops retook it in 2014"): its date is that past event's
_RANKED_SINCE = re.compile(r"\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|most\s+(?:lethal|deadly|serious|"
                           r"devastating|violent)|first)\b[^.;:()\u2014]{0,60}?\bsince\b[^.;:()\u2014]{0,110}$",
                           re.IGNORECASE)
# a toll's rise told in the wire style, its day bare after the figure ("the toll climbed to 47 Monday",
# "the number of dead climbed to sixty-one Tuesday"): the day of the count, not of the attack
_UPDATE_BARE_DAY = re.compile(r"\b(?:toll|dead|deaths|casualties|number\s+of\s+(?:dead|deaths|victims))\s+(?:had\s+|has\s+)?"
                              r"(?:rose|risen|climbed|increased|jumped|reached|mounted|soared)\s+(?:to\s+)?"
                              r"(?:at\s+least\s+|more\s+than\s+)?[\w\-,]+\s+$", re.IGNORECASE)


# the end of a span the sentence opened on an earlier day ("started late on Tuesday and went on into Wednesday",
# "the siege, which started on Monday, lasted until Wednesday"): the day it ended, not the attack's
_SPAN_END_BEFORE = re.compile(r"\b(?:into|until|till|through)\s+(?:the\s+)?(?:(?:early|late)\s+(?:hours\s+of\s+)?)?$",
                              re.IGNORECASE)
# the start of a campaign a report's attack belongs to ("part of a wave of bombings that started on Oct. 5", "since
# an offensive that started in June"), and an attack it is compared with ("was similar to the siege of Mumbai
# last November", "reminiscent of the siege in 2008"): their dates, not the attack's
_CAMPAIGN_BEGAN_BEFORE = re.compile(r"\b(?:campaign|offensive|insurgency|series|wave|spate|surge|crackdown)\b"
                                    r"[^.;:()]{0,30}?\b(?:began|begun|started|kicked\s+off|commenced)\s+(?:on\s+|in\s+)?$",
                                    re.IGNORECASE)
_COMPARED_WITH_BEFORE = re.compile(r"\b(?:similarit(?:y|ies)\s+(?:to|with)|similar\s+to|resembl\w*|reminiscent\s+of|"
                                   r"echo(?:es|ed|ing)|modell?ed\s+on|compared\s+(?:to|with))\b[^.;:()]{0,60}$",
                                   re.IGNORECASE)
# a page's update stamp ("[Updated 01:15 a.m. ET Wednesday]", "Last updated 09:40 GMT Friday"): when it was edited
_STAMP_BEFORE = re.compile(r"\b(?:updated|posted|published|modified)\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*"
                           r"(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?,?\s*(?:on\s+)?$", re.IGNORECASE)


def _bare_update_day(text: str, d: DateRef, before: str) -> bool:
    """A weekday set right after a toll's new figure ("the toll climbed to 47 Monday"): the day the toll grew."""
    return d.precision == "day" and text[d.start : d.end].lower().rstrip("'\u2019s") in _WEEKDAYS and \
        _UPDATE_BARE_DAY.search(before) is not None


def date_role(text: str, start: int, end: int, d: DateRef, prev: tuple[DateRef, str] | None = None) -> str:
    """What a date in ``text[start:end]`` dates: the event, a statement, a toll update,
    something to come, or background ("since taking control in August")."""
    before = text[max(start, d.start - 64) : d.start]
    if d.precision in ("month", "season", "year") and _RANKED_SINCE.search(text, max(start, d.start - 180), d.start):
        return BACKGROUND  # "the worst attack since the old government fell in 2001": that past event's year
    if _bare_update_day(text, d, before):
        return UPDATE  # "The toll climbed to 47 Monday; the shrine was bombed on Sunday": the count's day
    if _CAMPAIGN_BEGAN_BEFORE.search(before) or _COMPARED_WITH_BEFORE.search(before):
        return BACKGROUND  # "a wave of bombings that started on Oct. 5", "similar to the siege of Mumbai last November"
    if _STAMP_BEFORE.search(before):
        return STATEMENT  # "[Updated 01:15 a.m. ET Wednesday] Gunmen stormed ...": the page's edit
    if prev is not None and prev[1] == EVENT and prev[0].precision == "day" and d.precision == "day" and \
            _SPAN_END_BEFORE.search(before):
        return BACKGROUND  # "an assault that started Tuesday night and went on into Wednesday": Tuesday's
    if text[d.end - 2 : d.end] in ("'s", "\u2019s"):
        return EVENT  # "Friday's raid", "last week's bombing": the day of an event
    if prev is not None and prev[0].end >= d.start - 3 and _PAREN_AFTER_DATE.fullmatch(text, prev[0].end, d.start):
        return prev[1]  # "Tuesday (September 3, 2024)": the same day, the same role
    if _BACKGROUND_BEFORE.search(before) or d.relative and compared(text, start, d):
        return BACKGROUND
    if d.precision in ("month", "season", "year") and _PERSON_CLAUSE.search(before) and \
            not _IN_THE_ATTACK.search(before):
        return BACKGROUND  # "the general, who was killed by a drone in 2020", "who joined in 2015": a person's past
    if _FUTURE_BEFORE.search(before):
        return FUTURE
    if _UPDATE_BEFORE.search(before) or _UPDATE_AFTER.match(text, d.end, min(end, d.end + 24)) or \
            _COUNT_AFTER.match(text, d.end, min(end, d.end + 60)):
        return UPDATE
    if text[d.start : d.start + 5].lower() == "since":
        return BACKGROUND  # "the deadliest since 2021"
    if _STATEMENT_BEFORE.search(before):
        return STATEMENT
    opening = _OPENING.fullmatch(text[start : min(d.start, start + 12)]) if d.start - start <= 12 else None
    opening = opening or _OPENING_AFTER_PUNCT.search(before)
    if _STATEMENT_NOUN_AFTER.match(text, d.end, min(end, d.end + 30)):
        return STATEMENT  # "In a February 3 press release", "in a Tuesday statement": the day it was issued
    if _SAYING_AFTER.match(text, d.end, min(end, d.end + 16)) and not _FOCUS.search(text, start, d.start):
        return STATEMENT  # "Karzai confronted Pakistan on Wednesday, saying a group based there was behind the bombing"
    m = _STATEMENT_AFTER.match(text, d.end, min(end, d.end + 60))
    if m is not None and not _FOCUS.search(text, d.end, m.start("verb")) and (
            opening or len(text[d.end : m.start("verb")].split()) <= 1 and before.rstrip().lower().endswith(("on", "by"))):
        return STATEMENT  # "On Sunday the ministry had put the toll at 58", "officials on Friday said"
    if _SUBJECT_BEFORE.search(("\n" if d.start - 64 <= start else "") + before):
        # "Pakistanis Tuesday (February 14) mourned the victims", "Officials Friday said": a day set between a
        # subject and its verb of saying or mourning (the wire style) is the day of that, not of the attack
        paren = _PAREN_DAY.match(text, d.end, min(end, d.end + 32))
        m = _STATEMENT_AFTER.match(text, paren.end() if paren else d.end, min(end, d.end + 60))
        if m is not None and not text[m.start() : m.start("verb")].strip(" \t\n"):
            return STATEMENT
    return EVENT


# the subject of a sentence's verb right before its day ("Pakistanis ", "officials ", "The ministry ")
_SUBJECT_BEFORE = re.compile(r"(?:\n|[.;:\u2014]\s|--\s|\bthe\s)\s*(?:[A-Z][\w\-]+\s+)?[\w\-]+\s+$|"
                             r"\b(?:officials|authorities|police|residents|mourners|relatives|families|ministry|"
                             r"government|army|military|spokes(?:man|woman|person))\s+$", re.IGNORECASE)
_PAREN_DAY = re.compile(r"\s*\([^()]{1,28}\)")
# the day of a clause that goes on with what was said ("..., saying", "..., adding that"): a statement's day
_SAYING_AFTER = re.compile(r"\s*,\s*(?:saying|adding|insisting|claiming|declaring|telling)\b", re.IGNORECASE)


# toll words: the words a claim's clause turns on (public as ``TOLL_WORDS``)
_FOCUS = word_start([([r"kill\w*", "dead", "death", "deaths", "died", "dies", "lives", r"wound\w*", r"injur\w*",
                       r"martyr\w*", "toll", r"casualt\w*", "bodies", r"perish\w*"], r"\b")])


#: The words a toll's clause turns on ("killed", "dead", "wounded", "toll", "casualties"), for other modules.
TOLL_WORDS = _FOCUS


def said_or_due(text: str, start: int, d_start: int, d_end: int) -> bool:
    """Whether the day at ``text[d_start:d_end]`` (in a sentence from ``start``) is a statement's or something to
    come: a verb of saying or a word of schedule before it ("the army said on Sunday", "is due to end on Sunday"),
    or a subject and its verb of saying after it with no toll word between ("On Sunday the ministry said")."""
    before = text[max(start, d_start - 64) : d_start]
    if _STATEMENT_BEFORE.search(before) or _FUTURE_BEFORE.search(before):
        return True
    sm = _STATEMENT_AFTER.match(text, d_end, min(len(text), d_end + 60))
    return sm is not None and not _FOCUS.search(text, d_end, sm.start("verb"))
