"""Fields of a profile page ("Key: value" lines of an infobox or fact sheet): strength, founding year, leaders.

Scraped wiki-like pages and fact sheets carry a group's figures as short lines with no closing
punctuation, which the segmenter marks as headings: "Number Of Members: 25,000+",
"Size4,000–6,000 (UN)" (the label glued to the value), "Established In: December 2007",
"Dates of operation26 January 2015–present", "Leaders: Mufti X". Only a line that starts with a
known label is read, and only by the rule of that label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import aliases
from .groups import leader_named
from .numbers import NUMBER_EXPR, Count, parse_count, strip_refs
from .rules import Found
from .victims import victim_label

#: the longest line read as a field
MAX_FIELD = 160

_STRENGTH_KEYS = (
    r"(?:(?:estimated\s+|approximate\s+|current\s+|numerical\s+|total\s+)?(?:strength|size|manpower|membership)(?:\s*\((?:est\.?|estimated)\))?|"
    r"(?:(?:estimated\s+|approximate\s+)?(?:number|no\.?)\s+of\s+(?:members|fighters|militants|combatants|cadres)|"
    r"(?:active\s+)?(?:members|fighters|militants|combatants)|active\s+members))"
)
_FOUNDED_KEYS = (
    r"(?:founded(?:\s+in|\s+on)?|established(?:\s+in|\s+on)?|formed(?:\s+in|\s+on)?|formation(?:\s+date)?|"
    r"date\s+(?:founded|established|of\s+(?:formation|establishment|foundation))|foundation(?:\s+date)?|"
    r"dates?\s+of\s+operations?|years?\s+active|active\s+since|inception)"
)
_LEADER_KEYS = (
    r"(?:(?:current\s+|supreme\s+|overall\s+|key\s+)?(?:leaders?|leadership|emirs?|amirs?|commanders?|chiefs?|"
    r"heads?)|founders?|founded\s+by|established\s+by|formed\s+by)"
)
# a label, then a colon (or a tab, a dash, a bar), or the value glued to it ("Size4,000", "LeadersMufti X")
# "Leader(s)", "Membership (2023)", "Strength (est.)": a note after the label
_NOTE = r"(?:\s*\([^()]{1,20}\))?"
_SEP = r"(?:\s*[:|\u2013\u2014=]\s*|\t+\s*|\s+-\s+|\s{2,}|(?-i:(?=[\dA-Z])))"
_FIELD = re.compile(
    rf"(?:(?P<strength>{_STRENGTH_KEYS}){_NOTE}(?:{_SEP}|\s(?=\d))|(?P<leader>{_LEADER_KEYS}){_NOTE}{_SEP}|"
    rf"(?P<founded>{_FOUNDED_KEYS}){_NOTE}{_SEP})(?P<value>\S.*)$",
    re.IGNORECASE | re.DOTALL,  # (a value broken over two lines: "estimated several\nthousand members")
)
# "25,000+", "4,000\u20136,000 (UN)", "est. 2,000", "c. 3,000", "~1,500"
_VALUE_COUNT = re.compile(
    rf"(?:(?:est\.?|estimated|approx\.?|approximately|c\.|ca\.|circa|~|about|around|over|more\s+than|"
    rf"at\s+least|up\s+to)\s*)?(?P<num>{NUMBER_EXPR})(?P<plus>\s*\+)?(?![\d,])",
    re.IGNORECASE,
)
#: a note before a field's estimate: "Exact numbers unknown; estimated several thousand members"
_NOTE_THEN_ESTIMATE = re.compile(r"[^;:\d]{1,60}[;:,]\s*(?=(?:est\.?|estimated|approx\.?|approximately|about|around|roughly|"
                                 r"some|perhaps|possibly|probably|believed\s+to\s+be)\s)", re.IGNORECASE)
# what may follow a strength figure in a field: a source, a year, a note, a place ("200-250 in Afghanistan
# (2023)"), the end of a table cell
_AFTER_COUNT = re.compile(
    r"\s*(?:\+\s*)?(?:$|[(\[;,|]|(?:fighters|members|militants|combatants|men|cadres|est\.?|estimated|approx\.?|"
    r"according|as\s+of|in\s+(?:19|20)\d\d)\b|(?:in|inside|across)\s+(?:the\s+)?(?-i:[A-Z])[\w\-]+)", re.IGNORECASE)
# a list item's bullet before a field ("- Size: 250 (2023)", "\u2022 Leader: X")
_BULLET = re.compile(r"[-*\u2022\u2013\u25aa\u25cf]\s+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NAME_SPLIT = re.compile(r"\s*(?:[,;/\u2022|]|\band\b|\(|\)|\[\d+\])\s*")
_PERSON = re.compile(r"^[A-Z][\w'\u2019.\-]+(?:\s+[A-Za-z][\w'\u2019.\-]+){1,5}$")


# an attack's infobox: "Deaths | 10 (including the attacker) |", "Injured: 6", "Non-fatal injuries" / "|" / "6 |"
_KILLED_KEYS = r"(?:deaths|dead|killed|fatalities|people\s+killed|total\s+deaths)"
_INJURED_KEYS = r"(?:injured|wounded|injuries|non[\s\-]?fatal\s+injuries|people\s+injured|people\s+wounded)"
_CASUALTY_FIELD = re.compile(rf"(?:(?P<killed>{_KILLED_KEYS})|(?P<injured>{_INJURED_KEYS})){_NOTE}(?:\s*(?:[:|]|\t)\s*|\s?(?=\d))(?P<value>\S.*)$",
                             re.IGNORECASE)
# the value: one figure (a hedge, a "+", a note in brackets, a reference), then the end of the cell
_CASUALTY_VALUE = re.compile(
    rf"(?P<num>(?:(?:at\s+least|more\s+than|over|about|around|approx\.?|approximately|c\.|ca\.|~|est\.?|estimated|up\s+to)\s*)?"
    rf"{NUMBER_EXPR})(?P<plus>\s*\+)?(?P<np>\s+(?:people|persons|civilians|victims|killed|dead|wounded|injured))?"
    rf"(?:\s*\([^()|]{{0,80}}\))?(?:\s*\[\d+\])*"
    # a note on a part after the figure ("Up to 200, with over 100 civilians", "31, including 4 children")
    rf"(?:\s*[,;]\s*(?:with|including|incl\.?|of\s+(?:them|whom)|mostly|mainly|among\s+them)\b[^|]{{0,80}}?)?\s*\|?\s*$",
    re.IGNORECASE)
#: an empty cell before a figure in a row of an infobox's cells ("None 70-80", "Unknown 12")
_EMPTY_CELL = re.compile(r"(?:none|unknown|nil|n/a|unspecified|not\s+known)\s+(?=\d)", re.IGNORECASE)
# a label alone on its line, the value on the next one ("Size" / "4,000\u20136,000 (UN)")
_BARE_KEY = re.compile(
    rf"(?:(?:(?P<strength>{_STRENGTH_KEYS})|(?P<leader>{_LEADER_KEYS})|(?P<founded>{_FOUNDED_KEYS})){_NOTE}\s*:?|"
    # (a war infobox's "Casualties and losses" over a cell of bare figures: "None 70-80", the dead of each side)
    rf"(?:(?P<killed>{_KILLED_KEYS}|casualties\s+and\s+losses)|(?P<injured>{_INJURED_KEYS})){_NOTE}\s*[:|]?)\s*$",
    re.IGNORECASE,
)


class _Field:
    """A label (the kind it names) and where its value starts."""

    def __init__(self, m: re.Match, value_start: int):
        self.kind = next(k for k in ("strength", "leader", "founded", "killed", "injured") if m.groupdict().get(k))
        self.value_start = value_start


def _field(text: str, s: int, e: int) -> _Field | None:
    if e - s > MAX_FIELD:
        return None
    b = _BULLET.match(text, s, e)
    if b is not None:
        s = b.end()
    m = _FIELD.match(text, s, e) or _CASUALTY_FIELD.match(text, s, e)
    if m is not None:
        return _Field(m, m.start("value"))
    g = _group_label_field(text, s, e)
    if g is not None:
        return g
    if continues_strength(text, s, e):
        f = _Field.__new__(_Field)
        f.kind, f.value_start = "strength", s
        return f
    # the line before may be the label of this one
    ls = text.rfind("\n", 0, s)
    while ls > 0 and ls > s - 80 and not text[text.rfind("\n", 0, ls) + 1 : ls].strip(" \t|"):
        ls = text.rfind("\n", 0, ls)  # blank lines (or a table's empty cells) between
    if ls <= 0 or s - ls > 80:
        return None
    ps = text.rfind("\n", 0, ls) + 1
    prev = text[ps:ls].strip()
    k = _BARE_KEY.fullmatch(prev) if prev and len(prev) <= 40 else None
    if k is not None:
        return _Field(k, s)
    return None


# a list of groups with their strength: "- TTP: 1,500\u20132,000 members (as of 2021)", "ISKP: about 4,000 fighters"
# (the label names a group; the value is a count and its member noun)
_GROUP_LABEL = re.compile(r"(?P<label>[^:|\n\t]{2,60}?)\s*:\s*(?=\S)")
_MEMBERS_AFTER = re.compile(r"\s*(?:\+\s*)?(?:fighters|members|militants|combatants|cadres|men)\b", re.IGNORECASE)


def _group_label_field(text: str, s: int, e: int) -> _Field | None:
    """A "Group: N members" line: a strength field of the group its label names."""
    m = _GROUP_LABEL.match(text, s, e)
    if m is None:
        return None
    gs = [g for g in aliases.find_actors(text, s, m.end("label")) if g.actor.type == "group"]
    v = _VALUE_COUNT.match(text, m.end(), e) if gs else None
    if v is None or not _MEMBERS_AFTER.match(text, v.end(), e):
        return None
    f = _Field.__new__(_Field)
    f.kind, f.value_start, f.group = "strength", m.end(), gs[-1]
    return f


# a further estimate of an infobox's size cell, on a line of its own: "~3,000 (2013)[13]", "500\u20131,000 (2004)"
# (a figure and its note in brackets, the year or the source)
_CELL_VALUE = re.compile(rf"(?:~|c\.\s*|ca\.\s*|est\.\s*)?{NUMBER_EXPR}(?:\s*\+)?(?:\[\w{{1,3}}\])*\s*\([^()\n]{{1,30}}\)",
                         re.IGNORECASE)


def continues_strength(text: str, s: int, e: int) -> bool:
    """Whether the line ``text[s:e]`` is a further estimate of a size field on the lines just above it."""
    if e - s > MAX_FIELD or not _CELL_VALUE.match(text, s, e):
        return False
    pos = s
    for _ in range(3):
        ls = text.rfind("\n", 0, pos)
        while ls > 0 and ls > pos - 80 and not text[text.rfind("\n", 0, ls) + 1 : ls].strip(" \t|"):
            ls = text.rfind("\n", 0, ls)  # blank lines (or a table's empty cells) between
        if ls <= 0:
            return False
        ps = text.rfind("\n", 0, ls) + 1
        m = _FIELD.match(text, ps, ls)
        if m is not None:
            return bool(m.group("strength"))
        if not _CELL_VALUE.match(text, ps, ls):
            return False
        pos = ps
    return False


def is_field(text: str, s: int, e: int) -> bool:
    """Whether the line ``text[s:e]`` is a field this module reads."""
    return _field(text, s, e) is not None


def fields(text: str, s: int, e: int) -> Iterator[Found]:
    """The claims of one field line (none for a line that is no known field)."""
    m = _field(text, s, e)
    if m is None:
        return
    b = _BULLET.match(text, s, e)
    s = b.end() if b is not None else s  # the evidence starts at the label, not at the bullet
    vs = m.value_start
    if m.kind in ("killed", "injured"):
        n = _EMPTY_CELL.match(text, vs, e)
        vs = n.end() if n is not None else vs  # "None 70-80": one side's cell empty, the other's figure
        v = _CASUALTY_VALUE.match(text, vs, e)
        count = parse_count(v.group("num").replace("~", "about ").replace("c. ", "about ").replace("ca. ", "about ")
                            .replace("est. ", "about ").replace("approx. ", "about ")) if v is not None else None
        if count is None or count.low is None or _YEAR.fullmatch(strip_refs(v.group("num")).strip()):
            return  # "Deaths | 10 (2019), 12 (2020) |", "Killed | see below": no one figure
        if v.group("plus"):  # "25+": at least 25
            count = Count(count.low, None, "at_least", count.vague)
        yield Found(m.kind, "field", s, v.end("num") + len(v.group("plus") or ""), v.start("num"), v.end("num"), count,
                    victims=victim_label(v.group("np") or "") if v.group("np") else "people")
        return
    page = getattr(m, "group", None) or _page_group(text, s)  # (a "Group: N members" line names its group)
    if page is None:
        return  # "Established 2021-10-04" in a news page's footer: fields are read on a group's profile page only
    if m.kind == "strength":
        v = _VALUE_COUNT.match(text, vs, e)
        if v is None:  # "Exact numbers unknown; estimated several thousand": the estimate after a note
            n = _NOTE_THEN_ESTIMATE.match(text, vs, e)
            v = _VALUE_COUNT.match(text, n.end(), e) if n is not None else None
        if v is None:
            return
        count = parse_count(v.group(0).rstrip("+ ").replace("~", "about ").replace("c. ", "about ")
                            .replace("est. ", "about ").replace("approx. ", "about "))
        if count is None or count.low is None or _YEAR.fullmatch(strip_refs(v.group("num")).strip()):
            return
        if not _AFTER_COUNT.match(text, v.end(), e):
            return  # "Members 25 of parliament ...": no figure of a field
        if v.group("plus"):  # "25,000+": at least 25,000
            count = Count(count.low, None, "at_least", count.vague)
        f = Found("strength", "field", s, v.end(), v.start("num"), v.end("num") + len(v.group("plus") or ""), count,
                  entity=page and page.actor.id, entity_text=page and page.text)
        note = _YEAR_NOTE.match(text, v.end(), e)
        f.scope = note.group("note") if note is not None else None  # "200-300 (after 2015)": a point of a series
        yield f
        yield from _more_values(text, v.end(), e, page)
    elif m.kind == "founded":
        y = _YEAR.search(text, vs, min(e, vs + 40))
        if y is None:
            return
        year = int(y.group())
        yield Found("founded", "field", s, y.end(), y.start(), y.end(), Count(year, year, "exact"), year=year,
                    entity=page and page.actor.id, entity_text=page and page.text)
    else:
        pos = vs
        for part in _NAME_SPLIT.split(text[vs:e]):
            at = text.find(part, pos, e) if part else -1
            if at < 0:
                continue
            pos = at + len(part)
            if not _PERSON.match(part):
                continue
            f = leader_named(text, s, at, part, "field")
            if f is not None:
                if f.scope is None and page is not None:
                    f.scope = page.actor.id
                yield f


#: a further figure on a field's line, after the first one's note: "500\u20131,000 (2004)[14] Unclear (post 2016),
#: reportedly 700 plus family members" (outside brackets, no year; members, family or a note after it)
_MORE_VALUE = re.compile(rf"~?\s*(?P<num>{NUMBER_EXPR})(?=\s*(?:\+|(?:plus|and)\s+(?:their\s+)?famil|"
                         rf"(?:fighters|members|militants|combatants|cadres)\b|\(|$))", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"\b(?P<w>reportedly|estimated|about|around)\s+$", re.IGNORECASE)
#: the year note after a field's figure: "(2013)", "[13]", "(after 2015)"
_YEAR_NOTE = re.compile(r"\s*(?:\[\d{1,3}\]\s*)*\((?P<note>[^()]{0,20}?\b(?:19|20)\d\d)\)")
_YEAR_NOTES = re.compile(r"\((?P<note>[^()]{0,20}?\b(?:19|20)\d\d)\)")
_FAMILY_AFTER = re.compile(r"\s*(?:plus|and)\s+(?:their\s+)?famil", re.IGNORECASE)


def _more_values(text: str, pos: int, e: int, page) -> Iterator[Found]:
    """The strength figures on the rest of a field's line, each of its own time (in its own note)."""
    depth, i = 0, pos
    while i < e:
        ch = text[i]
        depth += 1 if ch in "([" else -1 if ch in ")]" and depth else 0
        m = _MORE_VALUE.match(text, i, e) if depth == 0 and (ch.isdigit() or ch == "~") and not text[i - 1].isalnum() else None
        if m is None:
            i += 1
            continue
        w = _WORD_BEFORE.search(text, max(pos, i - 12), i)
        hedged = ch == "~" or (w is not None and w.group("w").lower() != "reportedly")
        count = parse_count(("about " if hedged else "") + m.group("num"))
        if count is not None and count.low is not None and count.low >= 20 and not _YEAR.fullmatch(strip_refs(m.group("num")).strip()):
            f = Found("strength", "field", w.start() if w else i, m.end(), m.start("num"), m.end("num"), count,
                      entity=page and page.actor.id, entity_text=page and page.text)
            note = _YEAR_NOTE.match(text, m.end(), e)  # its own note, else the last one before it: "Unclear (post 2016), 700"
            notes = [n.group("note") for n in _YEAR_NOTES.finditer(text, pos, i)]
            scope = [note.group("note")] if note is not None else notes[-1:]
            if _FAMILY_AFTER.match(text, m.end(), e):
                scope.append("including family members")
            f.scope = "; ".join(scope) or None
            yield f
        i = m.end()


#: how far into a page its title (naming the group the fields are about) may come
TITLE_WITHIN = 600


def _page_group(text: str, s: int):
    """The group a profile page is about: its title, a line near the top naming only groups (maybe with
    a word like "profile", or a site's name after a bar: "Tehrik-i-Taliban Pakistan | Some Project")
    ("Islamic State \u2013 Khorasan Province": the last, most specific one); else None."""
    pos = 0
    top = min(s, TITLE_WITHIN)
    while pos < top:
        nl = text.find("\n", pos, top)
        end = top if nl < 0 else nl
        if text[pos:end].strip():
            g = _title_group(text, pos, end)
            bar = _SITE_BAR.search(text, pos, end) if g is None else None
            if bar is not None:  # the title before " | Site name"
                g = _title_group(text, pos, bar.start())
            if g is None and end < top and end - pos < 40:  # a name broken over two lines ("Lashkar-e" / "Taiba")
                nl2 = text.find("\n", end + 1, top)
                g = _title_group(text, pos, top if nl2 < 0 else nl2) if text[end + 1 : end + 2].strip() else None
            if g is not None:
                return g
        pos = end + 1
    return None


def _title_group(text: str, a: int, b: int):
    gs = [g for g in aliases.find_actors(text, a, b) if g.actor.type == "group"]
    rest = text[a:b]
    for g in reversed(gs):
        rest = rest[: g.start - a] + rest[g.end - a :]
    return gs[-1] if gs and not _TITLE_REST.sub("", rest) else None


_SITE_BAR = re.compile(r"\s+[|\u2013\u2014]\s+(?=\S)|\s+-\s+(?=[A-Z])")
_TITLE_REST = re.compile(r"[\s\-\u2013\u2014:|,()]+|\b(?i:profile|overview|fact\s*sheet|background|wikipedia|"
                         r"mapping|militant|terrorist|organi[sz]ations?|groups?|the)\b")
