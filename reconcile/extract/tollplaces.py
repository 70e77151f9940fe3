"""Several places, several tolls: a sentence giving figures for two towns or districts or more
(``several_places``), the part of it that places one figure (``claim_window``), and the place of
a figure given for two provinces together (``joint_place``)."""

from __future__ import annotations

import re

from .. import gazetteer
from .fastrx import word_start
from .places import _city_of, _road, event_places

# a toll's number ("14", "fourteen", "a dozen", "scores"): where one figure of a sentence begins
_NOT_A_SPAN = r"\b(?![\-\u2010](?:day|hour|week|month|year))"  # (not "five-day")
_TOLL_NUMBER = word_start(  # (fastrx: the plain pattern is "\b(?:\d[\d,]*|one|two|...|hundreds)\b(?![\-\u2010](?:day|...))")
    [("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
      "eighteen nineteen twenty thirty forty fifty dozens? scores several hundreds".split(), _NOT_A_SPAN)],
    digit=r"(?<!\w.)[\d,]*" + _NOT_A_SPAN)
# where two figures of one sentence part ("14 were killed in Pishin and 10 in Qilla Saifullah",
# "..., while in Chaman three died")
_PART_BREAK = re.compile(r",?\s+(?:and|while|whereas|as\s+well\s+as)\s+|;\s+|,\s+")


def _specific(mentions: list[gazetteer.PlaceMention]) -> list[gazetteer.PlaceMention]:
    return [m for m in mentions if m.place.type in ("city", "district")]


def several_places(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` gives two figures or more and names two towns or districts or more."""
    if len(_TOLL_NUMBER.findall(text, start, end)) < 2:
        return False
    # (not a dateline in capitals, "PESHAWAR — The toll ...": where the report was filed)
    found = {_city_of(m.place) for m in _specific(event_places(text, start, end))
             if not (m.text.isupper() and len(m.text) > 3 and not text[start : m.start].strip())}
    # (two places of which one lies in the other, "Bajaur" and its town "Khar", are one place here)
    return any(a.name != b.name and a.district != b.name and b.district != a.name for a in found for b in found)


def claim_window(text: str, start: int, end: int, at: int) -> tuple[int, int] | None:
    """The part of ``text[start:end]`` that places the figure at offset ``at``, when the sentence
    gives figures for several towns or districts ("at least 14 people died in Pishin and 10 in
    Qilla Saifullah", "In Pishin, 14 were killed, while in Qilla Saifullah 10 died"): the
    sentence is cut between consecutive figures, and a part that names no place joins the part
    it is tied to ("14 killed and 30 injured in Pishin" keeps both figures in Pishin). None when
    the sentence names fewer than two such places or gives fewer than two figures."""
    if not start <= at < end or not several_places(text, start, end):
        return None
    numbers = [m.start() for m in _TOLL_NUMBER.finditer(text, start, end)]
    cuts = []  # (break start, break end, tight): the last break between two consecutive figures
    for a, b in zip(numbers, numbers[1:], strict=False):
        last = None
        for m in _PART_BREAK.finditer(text, a, b):
            last = m
        if last is not None:
            cuts.append((last.start(), last.end(), "," not in last.group(0) and ";" not in last.group(0)))
    if not cuts:
        return None
    bounds = [start] + [c[1] for c in cuts]
    ends = [c[0] for c in cuts] + [end]
    parts = list(zip(bounds, ends, strict=True))

    def has_place(k: int) -> bool:
        return bool(_specific(event_places(text, *parts[k])))

    k = next(k for k, (a, b) in enumerate(parts) if a <= at < b or k == len(parts) - 1)
    if has_place(k):
        return parts[k]
    # a part naming no place: the next one after a bare "and" ("14 killed and 30 injured in Pishin"),
    # else the one before ("In Pishin, 14 were killed, and ...")
    if k + 1 < len(parts) and cuts[k][2] and has_place(k + 1):
        return parts[k][0], parts[k + 1][1]
    if k > 0 and has_place(k - 1):
        return parts[k - 1][0], parts[k][1]
    return None


_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+|/|\s*[\-\u2013]\s*)(?:the\s+)?")


def joint_place(text: str, start: int, end: int, place: gazetteer.Place | None) -> gazetteer.Place | None:
    """The place of a figure given for two provinces together ("attacks rocked Balochistan and Sindh,
    claiming 26 lives"): their country, not the first one named; ``place`` otherwise."""
    if place is None or place.type != "province":
        # (two towns named together stay the first one's: one raid on two camps, "Panjgur and Noshki", is
        # often one event for the reports; two towns' separate figures are split by claim_window)
        return _first_attacks_town(text, start, end, place)
    # two provinces ("rocked Balochistan and Sindh")
    mentions = [m for m in event_places(text, start, end) if m.place.type == "province"]
    for m, n in zip(mentions, mentions[1:], strict=False):
        a, b = _city_of(m.place), _city_of(n.place)
        if place.name not in (a.name, b.name) or a.name == b.name or a.country != b.country:
            continue
        if not _COORDINATED.fullmatch(text, m.end, n.start):
            continue
        if _road(text, start, end) is not None:
            return place  # "the Khash-Zahedan road": one place between two towns (best_place's province)
        common = gazetteer.lookup(a.admin1) if a.admin1 and a.admin1 == b.admin1 else gazetteer.lookup(a.country)
        return common if common is not None else place
    return place


# "... in a suicide attack at the market of Quetta and a motorcycle bomb blast in the border town of Chaman": a second
# attack named after the first, in a town of its own
_AND_SECOND_ATTACK = re.compile(
    r"\s+(?:and|as\s+well\s+as|while)\s+(?:in\s+)?(?:a|an|another|the|a\s+second)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:attack|blast|bombing|explosion|strike|shooting|ambush|raid|assault)\b[^.;:]{0,60}$", re.IGNORECASE)


def _first_attacks_town(text: str, start: int, end: int, place: gazetteer.Place | None) -> gazetteer.Place | None:
    """The town of the first of two attacks one sentence names together, each in its own town, for a figure of
    both: the first attack is the report's (a smaller one elsewhere the same day is told after it), not the town
    the second one's "in" names; ``place`` otherwise."""
    if place is None or place.type not in ("city", "district"):
        return place
    mentions = _specific(event_places(text, start, end))
    for m, n in zip(mentions, mentions[1:], strict=False):
        a, b = _city_of(m.place), _city_of(n.place)
        if b.name != place.name or a.name == b.name or a.country != b.country:
            continue
        if _AND_SECOND_ATTACK.search(text, m.end, n.start):
            return a
    return place
