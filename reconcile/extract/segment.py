"""Paragraphs and sentences with exact offsets into the text as stored, and the
boilerplate of scraped pages that must never yield claims.

Nothing here copies or normalizes the text: every segment is a ``(start, end)`` pair
into ``source.text``, so ``text[start:end]`` is the sentence itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Sentences longer than this are cut at a space (a guard against 1 MB lines).
MAX_SENTENCE = 2000


@dataclass(frozen=True, init=False)
class Sentence:
    start: int
    end: int
    para: int  # index of the paragraph
    index: int  # index of the sentence in the text
    boilerplate: bool = False  # never yields claims (still gives context)
    heading: bool = False  # a title or heading line: context only

    def __init__(self, start: int, end: int, para: int, index: int, boilerplate: bool = False,
                 heading: bool = False):
        # speed: the fields go straight into the instance dict (the generated __init__ of a frozen
        # dataclass calls object.__setattr__ once per field: 2 us -> 0.8 us, every sentence of every
        # report); still frozen, compared, hashed and printed as the dataclass does
        d = self.__dict__
        d["start"], d["end"], d["para"], d["index"], d["boilerplate"], d["heading"] = (
            start, end, para, index, boilerplate, heading)


_PARA = re.compile(r"[^\n\r\u2028\u2029]+")
# wiki citation markers after a full stop ("... one Spaniard.[3][4] The injured ..."), a book's footnote
# number ("... to 100,000.2 The author's ..."): a boundary too
_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?:\[\d{1,3}\])*(?:(?<=\w{3}\.)\d{1,2}(?=\s))?(\s+(?:\[\d{1,3}\]\s*)*)"
                       r"(?=[\"'\u201c\u2018(\[]?[A-Z0-9\u2013\u2014-])")
_ABBREV = frozenset(
    ["mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "maj", "gov", "sen", "rep", "st", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "co", "corp", "ltd", "vs", "etc", "approx", "est", "fig", "vol", "pp", "al", "mt", "ft", "brig", "adm", "cmdr", "cdr", "pres", "prof", "rev", "messrs", "jr", "sr", "u.s", "u.n", "e.g", "i.e"]
)
_WORD_BEFORE = re.compile(r"(\S+)$")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]?")

# Whole paragraphs of page furniture (matched against the stripped paragraph).
_BOILER_PARA = re.compile(
    r"""^(?:
        source\s+link | no\s+comments?:? | post\s+a\s+comment | leave\s+a\s+(?:comment|reply).* |
        \d+\s+comments? | comments? | share(?:\s+this)?(?:\s+(?:article|story|post|page))?(?:\s+on\s+\w+)?:? |
        (?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|telegram)(?:\s*[|/·,]\s*\w+)* |
        \d+\s*(?:-\s*)?(?:min|mins|minute|minutes)\s+read | reading\s+time.* |
        (?:read|see)\s+(?:more|also).* | also\s+read.* | related(?:\s+(?:stories|articles|news|content|coverage))?:?.* |
        more\s+(?:from|on|stories).* | recommended.* | you\s+(?:may|might)\s+also\s+like.* | trending.* | most\s+read.* |
        advertisement | sponsored.* | subscribe.* | sign\s+up.* | newsletter.* | join\s+our.* | follow\s+us.* |
        click\s+here.* | download\s+(?:the|our)\s+app.* | get\s+the\s+latest.* |
        accept(?:\s+all)? |
        (?:photo|image|picture|video|file\s+photo|credit|caption|image\s+caption|image\s+source|photograph)\s*[:(\-\u2013|].* |
        \(?(?:photo|image|picture)\s+(?:by|credit|courtesy).* |
        copyright.* | \u00a9.* | all\s+rights\s+reserved.* | posted\s+(?:by|in|on).* | filed\s+under.* | tags?:.* |
        (?:published|written|edited|reported|compiled)\s+by\b\s*:?[^.!?\d]{0,40} | (?:published|written|edited)\s*:
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# ... and those that may name it anywhere (scanned only when a cheap substring test allows)
_BOILER_ANYWHERE = re.compile(
    r"^(?:.*\bcookies?\b.*|.*\bprivacy\s+policy\b.*|.*\bterms\s+of\s+(?:use|service)\b.*)$", re.IGNORECASE
)
_BOILER_WORDS = ("cookie", "privacy", "terms")
# A photo caption ending in a credit: "... WAKIL KOHSAR AFP", "... (Reuters/John Doe)"
_CREDIT_TAIL = re.compile(
    r"(?:\b[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+){0,3}\s*(?:/\s*)?(?:AFP|AP|REUTERS|Reuters|EPA|GETTY\s+IMAGES|Getty\s+Images|"
    r"ANADOLU|Anadolu|XINHUA|Xinhua|SHUTTERSTOCK)(?:\s+via\s+Getty\s+Images)?|"
    r"\((?:AFP|AP|Reuters|EPA|Getty\s+Images|Anadolu|Xinhua)[^)]{0,60}\)|"
    r"(?:Photo|Image|Picture)(?:\s+credit)?\s*:\s*[^.]{0,80})\s*$"
)
# An author bio: "Jane Doe is a senior fellow at ..."
_BIO = re.compile(
    r"^(?:[A-Z][\w.\-'\u2019]+\s+){1,4}(?:is|was)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,4}"
    r"(?:fellow|analyst|editor|journalist|writer|reporter|correspondent|professor|director|researcher|author|"
    r"contributor|columnist|producer|student|lecturer|scholar)\b",
)
_SENT_END = re.compile(r"[.!?\u2026:;][\"'\u201d\u2019)\]]*\s*$")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end), whitespace trimmed."""
    out = []
    for m in _PARA.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            if out and _wrapped(text, out[-1][1], s):
                out[-1] = (out[-1][0], e)  # a line broken inside a sentence ("estimated several\nthousand members")
            else:
                out.append((s, e))
    return out


_LINE_END_OPEN = re.compile(r"[a-z0-9,]")


def _wrapped(text: str, prev_end: int, s: int) -> bool:
    """The line at ``s`` goes on with the sentence of the line before: one line break between them (no blank
    line), the line before ends inside a sentence (a lower-case letter, a digit or a comma) and this one opens
    with a lower-case letter."""
    return (text[s].islower() and _LINE_END_OPEN.match(text, prev_end - 1) is not None
            and text.count("\n", prev_end, s) + text.count("\r", prev_end, s) <= 1
            and not text[prev_end:s].strip(" \t\n\r"))


def is_boilerplate(para: str) -> bool:
    """Page furniture: share prompts, captions, credits, bios, link lists."""
    p = para.strip()
    if len(p) < 300 and (_BOILER_PARA.match(p) or (
            (not p.isascii() or any(map(p.lower().__contains__, _BOILER_WORDS))) and _BOILER_ANYWHERE.match(p))):
        return True
    if len(p) < 400 and not _SENT_END.search(p) and _CREDIT_TAIL.search(p):
        return True
    if len(p) < 500 and _BIO.match(p):
        return True
    return False


def is_heading(para: str) -> bool:
    """A title, byline, heading or link line: no closing punctuation and short."""
    p = para.strip()
    return len(p) < 200 and not _SENT_END.search(p)


# two sentences a scraper glued together without a full stop or a space ("... in Sarpul provinceSome of
# its attacks ..."): a lower-case word run straight into a capitalised sentence opener
_GLUED = re.compile(r"[STAMHI](?<=[a-z][STAMHI])(?:ome|he|his|hese|hose|hey|ccording|eanwhile|owever|ts|everal|any)"
                    r"(?=\s+[a-z])")


# a headline run into its standfirst without a full stop ("Blast hits rally, 24 killed At least 31 others were
# injured"): a casualty word, then a capitalised count opener starts the next sentence
_RUN_IN = re.compile(r"\b(?:killed|dead|died|injured|wounded|hurt)(\s+)(?=(?:At\s+least|More\s+than|Over|Nearly|About|"
                     r"Around|Some|Up\s+to|As\s+many\s+as|Another|Dozens|Scores|Hundreds)\s+(?:\d|[a-z]))")


def _unglue(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    for m in _GLUED.finditer(text, a, b):
        cut = m.start()
        if cut - a > 3 and text[cut - 3 : cut].isalpha() and text[cut - 3 : cut].islower():  # "provinceSome"
            out.append((a, cut))
            a = cut
    out.append((a, b))
    return out


def _unrun(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    for m in _RUN_IN.finditer(text, a, b):
        out.append((a, m.start(1)))
        a = m.end(1)
    out.append((a, b))
    return out


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as (start, end) pairs into ``text``."""
    out: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.start(1)
        w = text[max(s, cut - 40) : cut].rsplit(None, 1)  # the last word before the cut (_WORD_BEFORE)
        if w and not text[cut - 1].isspace():
            word = w[-1].rstrip(".!?\"'\u201d\u2019)]").lower().lstrip("(\"'\u201c\u2018")
            if word in _ABBREV or (len(word) == 1 and word.isalpha()) or ("." in word and _INITIALS.fullmatch(word)):
                continue
        out.append((s, cut))
        s = m.end()
    if s < end:
        out.append((s, end))
    if _GLUED.search(text, start, end):
        out = [piece for a, b in out for piece in _unglue(text, a, b)]
    if _RUN_IN.search(text, start, end):
        out = [piece for a, b in out for piece in _unrun(text, a, b)]
    result = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        while b - a > MAX_SENTENCE:
            cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
            if cut <= a:
                cut = a + MAX_SENTENCE
            result.append((a, cut))
            a = cut
            while a < b and text[a].isspace():
                a += 1
        if b > a:
            result.append((a, b))
    return result


# An embedded tweet's signature ("... pic.twitter.com/AbC— Jane Doe (@jdoe) May 3, 2021") or its bare
# picture link: page furniture after the tweet's text, which is read like any sentence
_TWEET_TAIL = re.compile(
    r"(?:\s*(?:https?://)?pic\.twitter\.com/\w+)?(?:\s*[\u2014\u2013-]\s*[^()\n]{1,60}\(@\w{1,30}\)"
    r"(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?)?\s*$"
)
# a paragraph that reads as prose: several lower-case words
_PROSE_WORD = re.compile(r"(?<![\w'\u2019])[a-z][a-z'\u2019\-]*\b")


def _tweet_tail(text: str, ps: int, pe: int) -> int | None:
    """Where an embedded tweet's signature or picture link begins in ``text[ps:pe]``, if it ends so."""
    if "twitter.com" not in text[ps:pe] and "(@" not in text[ps:pe]:
        return None
    m = _TWEET_TAIL.search(text, ps, pe)
    if m is None or m.end() - m.start() < 8 or not text[m.start() : m.end()].strip():
        return None
    return m.start() if m.start() > ps else None


#: Words no title ends with: a last paragraph ending so was cut off mid-sentence
_DANGLING = frozenset(["a", "an", "the", "and", "or", "but", "of"])


def _cut_off(text: str, ps: int, pe: int, last: bool, sentences: list[tuple[int, int]]) -> bool:
    """A paragraph without closing punctuation that is prose cut off (the last paragraph of a
    scraped excerpt, "... killed six people, inclu"; a sentence broken off at a comma), not a title:
    it holds a finished sentence before the cut, ends on a comma, or closes the text as prose."""
    if len(sentences) > 1 and _SENT_END.search(text, sentences[0][0], sentences[0][1]) and \
            len(_PROSE_WORD.findall(text, sentences[-1][0], sentences[-1][1])) >= 3:
        return True  # (not a caption's credit after it: "... in 2016. EPA/TTP", "— Photo by Jane Doe")
    tail = text[ps:pe].rstrip()
    if tail.endswith((",", "\u2014", "\u2013")) and len(_PROSE_WORD.findall(tail)) >= 5:
        return True
    if last and len(_PROSE_WORD.findall(tail)) >= 8 and ("," in tail or len(tail) >= 100):
        return True
    if last and tail.rsplit(None, 1)[-1] in _DANGLING and len(_PROSE_WORD.findall(tail)) >= 5:
        return True  # "There are an estimated 3,000 fighters in the east a": cut off after an article
    # a standfirst under the headline, unpunctuated: prose of ten lower-case words or more ("The explosion,
    # targeting an election meeting in the area, also left more than 120 people injured"); headlines have fewer
    # a point of a bulleted list, unpunctuated: a whole clause of twelve lower-case words ("At least 14 people have
    # died in the attack and 68 others have been wounded"); a heading or a headline has fewer
    words = len(_PROSE_WORD.findall(tail))
    return words >= 10 and ("," in tail or len(tail) >= 100) or words >= 12


def segment(text: str) -> list[Sentence]:
    """All sentences of ``text``, with boilerplate and headings marked."""
    out: list[Sentence] = []
    paras = paragraphs(text)
    prose = [i for i, (ps, pe) in enumerate(paras) if _SENT_END.search(text, max(ps, pe - 12), pe)]
    for pi, (ps, pe) in enumerate(paras):
        para = text[ps:pe]
        boiler = is_boilerplate(para)
        heading = not boiler and is_heading(para)
        tweet = _tweet_tail(text, ps, pe) if not boiler else None
        body_end = pe if tweet is None else tweet
        pieces = split_sentences(text, ps, body_end)
        if heading and (tweet is not None or pi > 0 and _cut_off(
                text, ps, body_end, bool(prose) and prose[0] < pi and pi > prose[-1], pieces)):
            heading = False  # the text of a tweet, or a sentence cut off: read like any sentence
        for s, e in pieces:
            out.append(Sentence(s, e, pi, len(out), boiler, heading))
        if tweet is not None:
            for s, e in split_sentences(text, tweet, pe):
                out.append(Sentence(s, e, pi, len(out), True, False))
    return out
