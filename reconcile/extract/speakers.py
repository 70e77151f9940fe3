"""Speakers found outside the sentence: who a claimant named there stands for.

A sentence inside a quotation takes the quotation's speaker; "the statement" / "the report"
points back to the body named before it; a sentence that goes on with an account
("As a result, ...") or a hedged one ("reportedly", "an estimated") keeps the previous
sentence's speaker; "we" inside a quotation is its speaker. Which side a group's speaker is
on (a bare spokesman after a group's claim, a group speaking of another's attack) is in ``sides``.

These functions read neighbouring sentences with ``read`` (``claimants`` passes its
sentence reader, without cross-sentence resolution), so this module does not import
``claimants``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .memo import per_report
from .roles import INTL, RESEARCH, classify

if TYPE_CHECKING:
    from .claimants import Claimant

#: Reads the claimants of ``text[start:end]`` (text, start, end, published), that sentence only.
Reader = Callable[[str, int, int, "str | None"], "list[Claimant]"]


CLAIMED_OWN = re.compile(
    r"\b(?:its|their)\s+(?:\w+\s+)?(?:bombers?|fighters?|militants?|men|attackers?|martyrdom|soldiers\s+of\s+the\s+caliphate|"
    r"martyrs?|brothers?|mujahid|"
    r"suicide\s+bomber|operatives|mujahideen|mujahidin)\b|\bclaimed\s+responsibility\b|\bclaim(?:ed)?\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?killed\b",
    re.IGNORECASE,
)


#: Pronoun speakers ("he said"): resolved from a speaker named before them.
PRONOUNS = {"he", "she", "they", "we", "it", "i"}


#: A generic document or body ("the report", "this statement", "the panel") refers back to a named one.
GENERIC = re.compile(
    r"(?:the|this|that|its|their|these|those|a|an)\s+(?:(?:same|latest|new|recent|last|first|annual|full|earlier|"
    r"previous|above|said|written|official|\d{1,3}(?:st|nd|rd|th)|(?:(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+)?(?:19|20)\d\d)\s+)?(?P<head>report|statement|assessment|study|panel|team|monitors|"
    r"committee|document|update|survey|findings|analysis|experts|communiqu[ée]|review|message|claim|announcement|"
    r"declaration|proclamation|assertion)s?",
    re.IGNORECASE,
)


_LEADING_FUNCTION = {"while", "and", "but", "that", "as", "since", "when", "after", "which", "who", "so", "though",
                     "although", "because", "in", "on", "statement", "also", "than", "where", "whom",
                     "earlier", "later", "meanwhile", "however", "separately", "then"}


def strip_leading(words: list[str]) -> list[str]:
    """The words of a noun phrase without the function words leading it ("and", "while", "also" ...)."""
    while words and words[0].lower().strip(",") in _LEADING_FUNCTION:
        words = words[1:]
    return words


@lru_cache(maxsize=64)
def _head_rx(head: str) -> re.Pattern:
    return re.compile(rf"\b{head}s?\b", re.IGNORECASE)


def resolve_generic(text: str, pos: int, who: str, published: str | None, read: Reader) -> tuple[str, str] | None:
    """ "the report" / "this panel": the named report or panel it refers back to, if any."""
    m = GENERIC.fullmatch(who.strip())
    if not m:
        return None
    head = m.group("head").lower()
    lo = max(0, pos - 1500)
    prev = text[lo:pos]
    outlet: tuple[str, str] | None = None
    for hm in reversed(list(_head_rx(head).finditer(prev))):
        seg = prev[max(0, hm.start() - 90) : hm.end()]
        k = max(seg.rfind(c) for c in (". ", ", ", "; ", ": ", "\n", '"', "\u201c", "\u201d", "(", ")", "\u2013",
                                         "\u2014", " - "))
        np = seg[k + 1 :].strip() if k >= 0 else seg.strip()
        modifier = np[: len(np) - len(hm.group(0))].strip()
        words = strip_leading(modifier.split())
        verbs = [j for j, w in enumerate(words) if w.lower() in {"said", "says", "stated", "noted", "released",
                                                                 "published", "issued", "that", "in", "by", "where",
                                                                 "which", "who", "is", "are", "was", "were", "and"}]
        if verbs:  # "... said in a report": only the noun phrase right before the head
            words = words[verbs[-1] + 1 :]
        words = words[-6:]
        modifier = " ".join(words)
        role = classify(modifier, published) if modifier and not GENERIC.fullmatch(np) else "unknown"
        if role == "reporter":
            # "as per a newspaper report": another outlet's report is kept as a fallback; the report
            # of a body named before it ("a new report by the UN team") is the likelier referent
            outlet = outlet or (f"{who} ({modifier} {hm.group(0)})", role)
            continue
        if role != "unknown":
            return f"{who} ({modifier} {hm.group(0)})", role
        # "a new report by the UN monitoring team": the owner named after the head
        om = _OWNER_AFTER.match(text, lo + hm.end(), pos)
        owner = om.group(0).split() if om else []
        for j, w in enumerate(owner[2:], 2):  # "the UN team for the ISIL sanctions committee": the team
            if w.lower() in _OWNER_TOPIC:
                owner = owner[:j]
                break
        while owner and owner[-1].lower() in _OWNER_TRAIL:
            owner.pop()
        if len(owner) > 1 and (role := classify(" ".join(owner[1:]), published)) != "unknown":
            if role == "perpetrator" and head not in _ISSUED and owner[0].lower() in ("of", "on"):
                # "the latest report of the UN team that monitors ISIL and al-Qaida": the groups are the
                # report's topic; its owner is the body named after them, if any
                body = _topic_owner(text, lo + hm.end(), pos, published)
                if body is None:
                    continue
                role = body
            return f"{who} ({hm.group(0)} {' '.join(owner)})", role
    if outlet:
        return outlet
    if head in _ISSUED and not _NESTED:
        return _last_speaker(text, pos, who, published, read)
    if head in _BODIES and not _NESTED:  # "the panel said": the UN experts or the researchers the report told of
        return _last_speaker(text, pos, who, published, read, _BODY_ROLES, 1500)
    return None


#: Bodies that speak ("the panel", "the experts") and the roles the body they stand for may have.
_BODIES = {"panel", "team", "monitors", "experts", "committee"}
_BODY_ROLES = ("international_org", "researcher", "official")
#: a UN body's name written in capitals ("Monitoring Team", "Sanctions Committee")
_UN_BODY = re.compile(r"\b(?:monitoring\s+team|sanctions\s+committee|panel\s+of\s+experts|security\s+council|"
                      r"united\s+nations)\b", re.IGNORECASE)
_OWNER_CLAUSE_END = re.compile(r"[,.;:\n]|\s(?:which|that|who|said|says|was|is)\s")


def _topic_owner(text: str, at: int, stop: int, published: str | None) -> str | None:
    """The role of a body named after the groups a report is about (up to its clause's end), else None."""
    end = _OWNER_CLAUSE_END.search(text, at, min(stop, at + 200))
    phrase = text[at : end.start() if end else min(stop, at + 200)]
    for rx, role in ((INTL, "international_org"), (_UN_BODY, "international_org"), (RESEARCH, "researcher")):
        if rx.search(phrase):
            return role
    return None


_OWNER_AFTER = re.compile(r"\s+(?:by|of|from)\s+(?P<owner>[^\s,.;:()\"\u201c\u201d]+(?:\s+[^\s,.;:()\"\u201c\u201d]+){0,7})")


_OWNER_TOPIC = {"for", "on", "about", "regarding", "concerning", "into", "against", "said", "says", "describes", "found",
                "finds", "was", "is", "were", "has", "had"}


_OWNER_TRAIL = {"for", "of", "on", "in", "the", "a", "an", "and", "to", "at", "by", "from", "with", "into"}


#: Things a speaker issues: "the statement" with no owner named is the last speaker's.
_ISSUED = {"statement", "communiqué", "communique", "message", "claim", "announcement", "declaration", "proclamation",
           "assertion"}


_NESTED: list[bool] = []


@per_report  # (speed: a sentence read back for several claims is read once; what it gives depends on _NESTED too)
def _read_once(read: Reader, text: str, a: int, b: int, published: str | None, nested: bool) -> list:
    return read(text, a, b, published)


def _last_speaker(text: str, pos: int, who: str, published: str | None, read: Reader,
                  roles: tuple[str, ...] | None = None, window: int = 400) -> tuple[str, str] | None:
    """ "IS claimed the attack. The statement said 80 were killed": the speaker named just before
    (the nearest sentence before ``pos`` that names one, read sentence by sentence; with ``roles``, one of them)."""
    lo = max(0, pos - window)
    cuts = [m.end() for m in _SENTENCE_GAP.finditer(text, lo, pos)]
    if lo > 0 and cuts:
        lo = cuts[0]  # a window that starts inside a sentence starts at the next one
        back = _sentence_start_before(text, lo)
        if back is not None and not _speaker_sentences(cuts, pos):
            # "..., the command said in a statement. They called in airstrikes. | N were killed, the statement
            # said.": a long sentence naming the speaker, which the window starts inside, is read whole
            lo = back
            cuts = [m.end() for m in _SENTENCE_GAP.finditer(text, lo, pos)]
    bounds = sorted({lo, *[c for c in cuts if c > lo]})
    for a, b in reversed(list(zip(bounds, [*bounds[1:], pos]))):
        _NESTED.append(True)
        try:
            found = _read_once(read, text, a, b, published, bool(_NESTED))
        finally:
            _NESTED.pop()
        named = [c for c in found if c.text and c.text.lower() not in PRONOUNS and c.role not in ("unknown", "reporter")
                 and not GENERIC.fullmatch(c.text) and c.end <= pos and (roles is None or c.role in roles)]
        if named:
            c = named[-1]
            return f"{who} ({c.text})", c.role
    return None


def _sentence_start_before(text: str, lo: int) -> int | None:
    """The start of the sentence that ends at ``lo`` (a sentence gap), when it is at most 600 characters long."""
    a = max(0, lo - 600)
    starts = [x for x in (m.end() for m in _SENTENCE_GAP.finditer(text, a, lo)) if x < lo - 3]
    if starts:
        return starts[-1]
    return 0 if a == 0 else None


def _speaker_sentences(cuts: list[int], pos: int) -> bool:
    """More than two whole sentences between the window's start and ``pos``: the window is wide enough."""
    return len([c for c in cuts if c < pos]) > 2


#: The gap between two sentences: a full stop (or ! ?), maybe a closing quote, then spaces.
_SENTENCE_GAP = re.compile(r"(?<=[.!?])[\"\u201d\u2019]?\s+(?=[\"\u201c\u2018A-Z0-9])|\n+")


#: How far around a sentence a quotation that holds it is looked for.
QUOTE_WINDOW = 2500


def _open_quote(text: str, start: int) -> tuple[int, str] | None:
    """The opening quote mark of a quotation still open at ``start`` (in its paragraph), if any."""
    p0 = text.rfind("\n", max(0, start - QUOTE_WINDOW), start) + 1
    if p0 == 0 and start > QUOTE_WINDOW:
        p0 = start - QUOTE_WINDOW
    prefix = text[p0:start]
    if not prefix:
        return None
    if prefix.count("\u201c") > prefix.count("\u201d"):
        return p0 + prefix.rfind("\u201c"), "\u201d"
    if prefix.count('"') % 2 == 1:
        return p0 + prefix.rfind('"'), '"'
    opens = prefix.count("\u2018")
    if opens and opens > len(re.findall(r"\u2019(?![A-Za-z])", prefix)):
        return p0 + prefix.rfind("\u2018"), "\u2019"
    return None


def quote_speaker(text: str, start: int, end: int, published: str | None, read: Reader) -> Claimant | None:
    """The speaker of a quotation that holds the sentence ``text[start:end]`` but is attributed
    in another sentence: '"... 60 died. It may rise," said the committee.' or 'Police said: "..."'."""
    q = _open_quote(text, start)
    opened = q is None  # or a quotation the sentence opens, closed (and attributed) after it
    if opened:
        q = _open_quote(text, end)
    if q is None and opened and (b := _whole_quote_then_speaker(text, start, end)) is not None:
        # '"... killed nine soldiers." The group said in a statement on its website.': the next sentence only
        # names the speaker of the quotation that is the whole sentence
        found = [c for c in read(text, b.start("s"), b.end(), published) if not mention_only(c)]
        if found:
            return found[0]
    if q is None:
        return _quote_after_quote(text, start, end, published, read) if opened else None
    q_start, closing = q
    # after the quotation: '...," said X.' / '...," X said.'
    k = q_start + 1 if opened else start
    while True:
        k = text.find(closing, k, min(len(text), end + QUOTE_WINDOW))
        if k < 0 or closing != "\u2019" or not text[k + 1 : k + 2].isalpha():
            break
        k += 1  # an apostrophe, not the closing mark
    if k >= end:
        stop = k + 1
        m = re.compile(r"[.\n]").search(text, stop, min(len(text), stop + 200))
        tail_end = m.start() + 1 if m else min(len(text), stop + 200)
        found = [c for c in read(text, max(0, k - 1), tail_end, published)
                 if c.start >= k and not mention_only(c)]
        if found:
            return found[0]
    if opened:  # (a speaker before it in the sentence would have been found there)
        return _quote_after_quote(text, start, end, published, read)
    # before the quotation: 'Police said: "...'
    b0 = max(text.rfind("\n", 0, q_start) + 1, q_start - 300)
    found = [c for c in read(text, b0, q_start + 1, published) if not mention_only(c)]
    return found[-1] if found else None


#: A sentence that only names the speaker of the quotation before it: 'The ministry said in a statement.'
_BARE_ATTRIBUTION = re.compile(
    r"[ \t]*(?P<s>(?:[\w.'\u2019\-]+[ \t]+){0,7}?[\w.'\u2019\-]+[ \t]+(?:said|says|stated|added|wrote|posted|announced|"
    r"claimed|declared|tweeted)(?:[ \t]+(?:on|in|via|through|late|early|later)(?:[ \t]+[^\s.\d]+){1,7})?[ \t]*\.)(?=\s|$)")

_CLOSES = {'"': '"', "\u201c": "\u201d"}


def _whole_quote_then_speaker(text: str, start: int, end: int) -> re.Match | None:
    """The bare attribution after a sentence that is one quotation, opened at its start and closed at its end."""
    close = _CLOSES.get(text[start : start + 1])
    t = text[start:end].rstrip()
    if close is None or not t.endswith(close) or close in t[1:-1]:
        return None
    return _BARE_ATTRIBUTION.match(text, start + len(t))


def _quote_after_quote(text: str, start: int, end: int, published: str | None, read: Reader) -> Claimant | None:
    """'"The bomb went off at the gate," the minister told reporters. "So far nine people have died."': a
    quotation that is a sentence of its own, right after a sentence whose quotation is attributed, is that
    speaker's (wire copy names the speaker once for consecutive quotations)."""
    close = _CLOSES.get(text[start : start + 1])
    if close is None or close in text[start + 1 : end - 2]:
        return None  # not a quotation the sentence opens and does not close before its end ('"Brutal" attacks')
    p_end = start
    while p_end > 0 and text[p_end - 1].isspace():
        p_end -= 1
    if p_end == 0 or text[p_end:start].count("\n") > 2:
        return None
    lo = max(0, p_end - 400)
    p0 = max(text.rfind("\n", lo, p_end - 1) + 1, lo)
    dot = max(text.rfind(". ", p0, p_end - 2), text.rfind('." ', p0, p_end - 2), text.rfind(".\u201d ", p0, p_end - 2))
    if dot >= 0:
        p0 = dot + 2
    qc = max(text.rfind(close, p0, p_end), text.rfind("\u201d", p0, p_end), text.rfind('"', p0, p_end))
    if qc < 0:
        return None  # the sentence before quotes no one
    found = [c for c in read(text, p0, p_end, published) if not mention_only(c) and c.text]
    after = [c for c in found if c.start > qc]  # '"...," the minister told reporters.'
    if after:
        return after[0]
    if text[qc + 1 : p_end].strip() in ("", "."):  # 'The minister said: "... ."' (the quotation ends it)
        qo = max(text.rfind("\u201c", p0, qc), text.rfind('"', p0, qc))
        before = [c for c in found if c.end <= qo]
        return before[-1] if before else None
    return None


#: A sentence that goes on with the account of the sentence before ("As a result, two
#: militants were killed" after "the army said that ...") is still that speaker's.
_CONTINUES = re.compile(
    r"\s*(?:As\s+a\s+result|Consequently|Resultantly|Subsequently|"
    # "During the exchange of fire, ...", "However, during the intense exchange of fire, ...": the fight told of
    r"(?P<fight>(?:(?:However|But|Meanwhile|Moreover|Also),?\s+)?(?:[Ii]n\s+the\s+ensuing|[Dd]uring\s+the\s+(?:\w+\s+){0,2}?"
    r"(?:exchange|operation|clash|gunfight|encounter|raid)|[Ii]n\s+the\s+(?:\w+\s+){0,2}?(?:exchange|operation|gunfight)))|"
    # "Another five civilians were injured", "A further two soldiers died": more of the same account
    r"(?P<more>(?:Another|A\s+further|An\s+additional)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|dozen|several|[a-z]+teen|twenty|thirty|forty|fifty)\b)|"
    # "Five others were also injured", "Two more soldiers died": more of the same account
    r"(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|[A-Z][a-z]+teen|Twenty|Thirty|Forty|Fifty)"
    r"\s+(?:more|others|other)(?:\s+[a-z]+)?\s+(?:were|was|had|have|are|died|later)))\b")


_SAID_THAT = re.compile(r"\b(?:said|says|stated|added|reported|confirmed|announced|informed|saying)\s+that\b", re.IGNORECASE)


_SAID_ANY = re.compile(r"\b(?:said|says|stated|added|reported|confirmed|announced|informed|saying|told|quoted|"
                       r"according\s+to)\b", re.IGNORECASE)


def continued_speaker(text: str, start: int, end: int, published: str | None, read: Reader) -> Claimant | None:
    cont = _CONTINUES.match(text, start, end)
    if not cont:
        return None
    p_end = start
    while p_end > 0 and text[p_end - 1] in " \n\t":
        p_end -= 1
    if p_end == 0:
        return None
    lo = max(0, p_end - 800)
    nl, dot = text.rfind("\n", lo, p_end - 1), text.rfind(". ", lo, p_end - 2)
    p0 = max(lo, nl + 1 if nl >= 0 else 0, dot + 2 if dot >= 0 else 0)
    if not (_SAID_ANY if cont.group("more") or cont.group("fight") else _SAID_THAT).search(text, p0, p_end):
        return None
    found = [c for c in read(text, p0, p_end, published)
             if not mention_only(c) and c.role in ("official", "perpetrator", "international_org", "researcher")]
    return found[-1] if found else None


#: A sentence ending with its attribution: "..., according to a local security official." / "..., police said."
_TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?:(?:according\s+to|in\s+keeping\s+with|in\s+line\s+with|in\s+accordance\s+with|as\s+per)\s+[^,;:()\"\u201c\u201d]{3,90}"
    r"|(?:[\w.'\u2019\-]+\s+){0,7}?[\w.'\u2019\-]+\s+(?:said|says|told\s+[\w.\-]+(?:\s+[\w.\-]+)?))\s*[.!]?[\"\u201d]?\s*$",
    re.IGNORECASE)


_FIGURE_WORD = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|"
                          r"forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|scores|several)\b",
                          re.IGNORECASE)


#: The end of a sentence, also when a scraped page glued the next sentence's opening quote to it ('official.“The').
_SENTENCE_END_GLUED = re.compile(r"[.!?](?=[\"\u201d\u2019]?\s|[\"\u201c][A-Z]|$)|\n")


def paragraph_speaker(text: str, start: int, end: int, published: str | None, read: Reader) -> Claimant | None:
    """ "Ten officers and 37 militants were killed in coordinated assaults in five districts. The assaults were carried
    out with guns and suicide bombers, according to a local security official.": a paragraph's first sentence with no
    speaker of its own, followed in the same paragraph by a sentence that ends with its attribution to an official or a
    UN body, is that speaker's (wire copy attributes a paragraph once, at its end)."""
    if not _FIGURE_WORD.search(text, start, end):
        return None  # (only a sentence that gives a figure takes the paragraph's speaker)
    p0 = start
    while p0 > 0 and text[p0 - 1] in " \t":
        p0 -= 1
    if p0 > 0 and text[p0 - 1] != "\n":
        return None  # not the first sentence of its paragraph
    nxt = _SENTENCE_GAP.match(text, end) or re.compile(r"\s*").match(text, end)
    n0 = nxt.end()
    if n0 >= len(text) or "\n" in text[end:n0]:
        return None
    stop = _SENTENCE_END_GLUED.search(text, n0)  # (a scraped page may glue the next quotation to the full stop)
    n1 = stop.start() if stop else len(text)
    if n1 - n0 > 400 or not _TRAILING_ATTRIBUTION.search(text, n0, n1):
        return None
    tail = _TRAILING_ATTRIBUTION.search(text, n0, n1)
    found = [c for c in read(text, n0, n1, published)
             if c.start >= tail.start() and not mention_only(c) and c.role in ("official", "international_org")]
    return replace(found[-1], start=end, end=end, scope_start=-1, scope_end=-1) if found else None


#: How far after a deck or lead its copy with the attribution may come.
COPY_WINDOW = 6000
_COPY_TAIL = re.compile(r"\s*,\s*(?:[\w.'\u2019\-]+\s+){0,6}?(?:said|says|told|added|stated|confirmed|reported)\b")


def copy_speaker(text: str, start: int, end: int, published: str | None, read: Reader) -> Claimant | None:
    """A deck or lead that repeats a sentence of the body without its attribution ("Seven people were killed
    in the attack." then, below, "Seven people were killed in the attack, he said."): the body copy's speaker
    (a pronoun there is resolved from the sentences before the copy)."""
    body = text[start:end].strip().rstrip(".").rstrip()
    if len(body) < 40 or "\n" in body:
        return None
    k = text.find(body, end, min(len(text), end + COPY_WINDOW))
    if k < 0 or not _COPY_TAIL.match(text, k + len(body)):
        return None
    stop = text.find("\n", k)
    dot = text.find(". ", k + len(body))
    stop = min(x for x in (stop, dot + 1, len(text)) if x > 0)
    found = [c for c in read(text, k, stop, published) if not mention_only(c) and c.text]
    if not found:
        return None
    c = found[-1]
    if c.text.lower() in PRONOUNS:  # "he said": the speaker named in the sentences before the copy
        p_end, named = k, None
        for _ in range(4):
            gaps = [g.end() for g in _SENTENCE_GAP.finditer(text, max(0, p_end - 600), p_end) if g.end() < p_end]
            p0 = gaps[-1] if gaps else max(0, p_end - 600)
            if p0 >= p_end:
                break
            named = [d for d in read(text, p0, p_end, published)
                     if not mention_only(d) and d.text and d.text.lower() not in PRONOUNS]
            if named:
                break
            p_end = p0 - 1
        if not named:
            return None
        c = named[-1]
    if c.role in ("unknown", "reporter"):
        return None
    return replace(c, start=end, end=end, scope_start=-1, scope_end=-1)


_EVIDENTIAL = re.compile(r"\b(?:reportedly|an\s+estimated|(?:is|are|was|were)\s+(?:estimated|believed|assessed|thought))\b",
                         re.IGNORECASE)


def evidential_speaker(text: str, start: int, end: int, low: str, published: str | None,
                       read: Reader) -> Claimant | None:
    """ "Member states assessed the group as ... . Its strength is reportedly growing, with an
    estimated 3,000 fighters": a hedged sentence with no speaker of its own goes on with the
    assessment of a UN body or a study named in the sentence just before (same paragraph)."""
    if not ("reportedly" in low or "estimated" in low or "believed" in low or "thought" in low or "assessed" in low):
        return None
    if not _EVIDENTIAL.search(text, start, end):
        return None
    p_end = start
    while p_end > 0 and text[p_end - 1] in " \t":
        p_end -= 1
    if p_end == 0 or text[p_end - 1] == "\n":
        return None
    lo = max(0, p_end - 600)
    nl, dot = text.rfind("\n", lo, p_end - 1), text.rfind(". ", lo, p_end - 2)
    p0 = max(lo, nl + 1 if nl >= 0 else 0, dot + 2 if dot >= 0 else 0)
    found = [c for c in read(text, p0, p_end, published)
             if not mention_only(c) and c.role in ("international_org", "researcher")]
    if not found:
        return None
    return found[-1]


def first_person_in_quote(text: str, c: Claimant, published: str | None, read: Reader) -> Claimant:
    """ '"We counted 40 bodies," said the hospital director': "we" inside a quotation is its speaker."""
    if not c.text or c.text.lower() not in ("we", "i") or _open_quote(text, c.start) is None:
        return c
    q = quote_speaker(text, c.start, c.end, published, read)
    if q is None or not q.text or q.text.lower() in ("we", "i"):
        return c
    return replace(c, text=q.text, role=q.role)


def mention_only(c: Claimant) -> bool:
    """A group named as claiming an attack: a speaker for later pronouns, not for this sentence's figures."""
    return 0 <= c.scope_start and c.scope_end <= c.scope_start
