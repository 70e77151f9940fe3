"""Where and when a strength figure holds: its scope (a country or province named after or before the
figure, family members counted with the fighters) and, in a change ("grew from 4,000 to 6,000"), the
figure of the present."""

from __future__ import annotations

import re

from .. import gazetteer
from .numbers import NUMBER_EXPR, Count, parse_count

_CASUALTY_NEAR = re.compile(r"\b(?:dead|killed|toll|casualt\w*|deaths|died|wounded|injured|victims|bodies)\b", re.IGNORECASE)
_SCOPE_AFTER = re.compile(
    # ("2,000 of its fighters are based in Afghanistan": the place where the men counted are)
    r"\s+(?:(?:are|were|remain|remained)\s+(?:(?:now|still|mostly|mainly|currently|reportedly)\s+)?"
    r"(?:based|active|present|operating|concentrated|located)\s+)?"
    r"(?:(?:elsewhere\s+)?(?:in|across|throughout|inside|within)\s+(?P<where>(?:the\s+)?(?:(?:northern|eastern|southern|western|"
    r"north-?eastern|south-?eastern|north-?western|south-?western|central|north|east|south|west)\s+"
    r"(?:and\s+(?:northern|eastern|southern|western|north-?eastern|south-?eastern|central)\s+)?)?"
    r"(?:[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}|the\s+country|the\s+region|the\s+world|the\s+capital)))",
)
# "the number of ISIS forces in Afghanistan has been estimated to be 3,000": the scope named before the figure
_SCOPE_BEFORE = re.compile(
    r"\b(?:forces|fighters|members|militants|operatives|combatants|presence|strength|numbers|ranks|cadres)\s+"
    r"(?:in|inside|within|across)\s+(?P<where>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?P<rest>[^.;]*)$"
)
_FAMILY_AFTER = re.compile(
    r"\s+and\s+(?:their\s+|its\s+)?(?:family\s+members|families|dependents|dependants|relatives)\b", re.IGNORECASE
)
# a change of strength: "has grown from", "increased from", "fell from"
_CHANGE_BEFORE = re.compile(
    r"\b(?:increased|increasing|increases|grew|grown|growing|rose|risen|rising|swelled|swollen|jumped|climbed|surged|"
    r"doubled|tripled|expanded|ballooned|decreased|decreasing|declined|declining|dropped|fell|fallen|shrunk|shrank|"
    r"dwindled|reduced|gone\s+(?:up|down)|went\s+(?:up|down)|come\s+down|came\s+down)\s+"
    r"(?:(?:sharply|steadily|rapidly|significantly|substantially|roughly|by\s+half)\s+)?from\b",
    re.IGNORECASE,
)
_CHANGE_FAR = re.compile(
    r"\b(?:reduced|cut|brought\s+down|whittled\s+down|increased|grew|grown|rose|swelled|shrunk|shrank|dwindled|"
    r"dropped|fell|declined|decreased)\s+(?:(?!from\b)[^\d.;]){0,60}?\bfrom\s+(?:(?:the|a|an|its|their)\s+)?"
    r"(?:(?:peak|high|height|level|figure|total|number|estimate)\s+of\s+)?(?:(?:about|around|some|nearly|almost|over|"
    r"more\s+than|at\s+least|an\s+estimated|approximately)\s+)?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|at\s+least|"
                          r"up\s+to|an\s+estimated|approximately)\s+)?$", re.IGNORECASE)
_FROM_TO = re.compile(rf"from\s+(?:{NUMBER_EXPR})\s+(?:up\s+)?to\s+(?P<to>{NUMBER_EXPR})", re.IGNORECASE)
_TO_NEXT = re.compile(rf"(?:\s+(?:in|by)\s+(?:19|20)\d\d)?\s*,?\s+to\s+(?:(?:perhaps|possibly|only|just|now)\s+)?"
                      rf"(?P<to>{NUMBER_EXPR})", re.IGNORECASE)
_X_TO_Y = re.compile(r".+?\s+to\s+(?P<to>\S.*)", re.IGNORECASE | re.DOTALL)
#: a change whose figure of the present could not be read: no claim (not the earlier figure either)
UNREAD = (-1, -1, None)
_FAMILY = re.compile(r"\b(?:famil(?:y|ies)|dependents|dependants|relatives|wives|children)\b", re.IGNORECASE)


def _figure_now(text: str, s: int, e: int, ns: int, ne: int, end: int) -> tuple[int, int, Count | None] | None:
    """ "increased from 4,000 to 6,000 fighters", "fell from 3,000 fighters to 1,500": a change whose
    figure of the present is the second one; (start, end, count) of that figure, UNREAD when it
    cannot be read, None when the figure is no change."""
    if not _CHANGE_BEFORE.search(text, max(s, ns - 50), ns + 5):
        # "reduced the strength of the group from the peak of 1,270 in 2000 to only 379": the verb further off
        if _CHANGE_FAR.search(text, max(s, ns - 110), ns) is None or (to := _TO_NEXT.match(text, end, e)) is None:
            return None
        count = parse_count(to.group("to"))
        return (to.start("to"), to.end("to"), count) if count is not None and count.low is not None else None
    inner = _FROM_TO.fullmatch(text, ns, ne)  # the count phrase read "from X to Y" as a range
    if inner is None:
        if not _FROM_BEFORE.search(text, max(s, ns - 30), ns):
            return None
        # "rose from | 20 to 40", "fell from 6,000 fighters | to about 2,000", "grew from 2,000 in 2019 | to 4,000"
        inner = _X_TO_Y.fullmatch(text, ns, ne) or _TO_NEXT.match(text, end, e)
        if inner is None:
            return UNREAD
    a, b = inner.start("to"), inner.end("to")
    count = parse_count(text[a:b])
    if count is None or count.low is None:
        return UNREAD
    return a, b, count


def _scope_before(text: str, s: int, ns: int) -> str | None:
    """The country or province a strength figure is scoped to when it is named before the
    figure ("the number of ISIS forces in Afghanistan has been estimated at 3,000")."""
    m = _SCOPE_BEFORE.search(text, max(s, ns - 120), ns)
    if m is None or _CASUALTY_NEAR.search(m.group("rest")):
        return None
    place = gazetteer.lookup(m.group("where"))
    if place is None or place.type not in ("country", "province", "region"):
        return None
    return m.group("where")


#: "the only previous estimate was approximately 20,000", "the estimate of 35,000 that ... attributed to",
#: "the army's estimate of the group's strength is likewise 45,000": an estimate's noun, then its figure, close by
_RX_ESTIMATE_IS = re.compile(
    r"\b(?:estimates?|assessment|figure|tally|count)(?:\s+of\s+(?:the\s+)?(?:[\w\-\u2019']+\s+){0,3}?(?:strength|numbers?|size|"
    r"fighters|militants|members|forces|ranks)(?:\s+(?:in|inside|across)\s+(?:the\s+)?[A-Z][\w\-]+)?)?\s+"
    r"(?:(?:was|is|were|are|stood\s+at|stands\s+at|remains|remained|put\s+at|of|at)\s+)"
    r"(?:(?:also|still|only|just|then|now|put\s+at|set\s+at)\s+)?"
    rf"(?P<num>{NUMBER_EXPR})"
    r"(?=\s*(?:[,.;:)\"\u201d\u2019]|$|\s(?:that|which|in|for|by|and|or|fighters|militants|members|men|according|as|when)\b))",
    re.IGNORECASE,
)
#: the words that make such a figure a strength: fighters counted in the sentence or the one before
_STRENGTH_TALK = re.compile(r"\b(?:strength|fighters|militants|members|combatants|insurgents|manpower|ranks)\b", re.IGNORECASE)


def estimate_figures(text: str, s: int, e: int, seen: set[int], fighters_before: bool) -> list:
    """(start, num_start, num_end, count) of each estimate told with its noun ("the only previous estimate was
    approximately 20,000") where this sentence or the one before speaks of a group's fighters or strength,
    and no casualty word is near (a toll's estimate is no strength)."""
    if not fighters_before and not _STRENGTH_TALK.search(text, s, e):
        return []
    out = []
    for m in _RX_ESTIMATE_IS.finditer(text, s, e):
        ns = m.start("num")
        if ns in seen or _CASUALTY_NEAR.search(text, max(s, m.start() - 60), min(e, m.end() + 30)):
            continue
        count = parse_count(m.group("num"))
        if count is None or count.low is None or max(count.low, count.high or 0) < 100 or re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
            continue
        out.append((m.start(), ns, m.end("num"), count))
    return out


# a figure of the past told beside today's ("it once had some 4,000", "the previous estimate of 10,000",
# "down from the high of 17,000", "at its peak"): a point of the series before the report, not a rival estimate
# (the words between may not cross another figure or a turn to the present: "once had 4,000 but now has 1,500")
_NOT_NOW = r"(?:(?!\b(?:now|today|currently|but|while|whereas|although|latest|new)\b)[^.;\d])"
_EARLIER_BEFORE = re.compile(
    rf"(?:\b(?:once|previously|initially|originally|formerly|earlier)\b{_NOT_NOW}{{0,60}}"
    rf"|\b(?:previous|earlier|initial|original|prior|old|last)\s+(?:[\w\-]+\s+)?(?:estimates?|figures?|counts?|"
    rf"assessments?|tally)\b{_NOT_NOW}{{0,70}}"
    rf"|\b(?:up|down)\s+from\s+{_NOT_NOW}{{0,30}}"
    # a change told in the past perfect ("the number had come down to just 1,500"): a point before today's
    rf"|\bhad\s+(?:come\s+down|fallen|dropped|dwindled|shrunk|shrunken|declined|gone\s+(?:down|up)|risen|grown|swelled|"
    rf"swollen|increased|decreased|been\s+(?:reduced|cut))\s+to\s+{_NOT_NOW}{{0,20}}"
    rf"|\b(?P<peak>(?:peak|height|high)\s+of\s+{_NOT_NOW}{{0,10}}|at\s+(?:its|their|the)\s+(?:peak|height)\b{_NOT_NOW}{{0,50}}))$",
    re.IGNORECASE,
)


# "had 8,000 fighters at its height in 2015", "swelled to 40,000 at its peak": the peak told after the figure
_PEAK_AFTER = re.compile(r"(?:\s+(?!(?:but|now|today|while|whereas|and|than)\b)[A-Za-z\-]+){0,3}?\s*,?\s+(?:at\s+(?:its|their|the\s+group['\u2019]s)\s+(?:peak|height|zenith)|"
                         r"in\s+(?:its|their)\s+heyday|at\s+the\s+height\s+of\s+(?:its|their)\s+(?:power|strength))\b",
                         re.IGNORECASE)


def earlier_figure(text: str, s: int, ns: int, end: int | None = None, e: int | None = None) -> str | None:
    """ "peak" or "earlier" when the figure at ``ns`` is told as one of the past beside today's, else None
    (``end``, ``e``: where the figure's words and the sentence end, to read a peak told after it)."""
    m = _EARLIER_BEFORE.search(text, max(s, ns - 80), ns)
    if m is None:
        return "peak" if end is not None and _PEAK_AFTER.match(text, end, e) else None
    return "peak" if m.group("peak") else "earlier"

