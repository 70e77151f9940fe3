"""Paragraphs and sentences with exact offsets into the text as stored, and the
boilerplate of scraped pages that must never yield claims.

Nothing here copies or normalizes the text: every segment is a ``(start, end)`` pair
into ``source.text``, so ``text[start:end]`` is the sentence itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gates import doc_gated

#: Sentences longer than this are cut at a space (a guard against 1 MB lines).
MAX_SENTENCE = 2000


@dataclass(frozen=True, init=False)
class Sentence:
    start: int
    end: int
    para: int  # index of the paragraph
    index: int  # index of the sentence in the text
    boilerplate: bool = False  # page furniture: never yields claims, nor context
    heading: bool = False  # a title or heading line: context only
    caption: bool = False  # a photo caption: context only (its date and place), no claims

    def __init__(self, start: int, end: int, para: int, index: int, boilerplate: bool = False,
                 heading: bool = False, caption: bool = False):
        # speed: the fields go straight into the instance dict (the generated __init__ of a frozen
        # dataclass calls object.__setattr__ once per field: 2 us -> 0.8 us, every sentence of every
        # report); still frozen, compared, hashed and printed as the dataclass does
        d = self.__dict__
        d["start"], d["end"], d["para"], d["index"], d["boilerplate"], d["heading"], d["caption"] = (
            start, end, para, index, boilerplate, heading, caption)


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
# A photo caption ending in a credit: "... WAKIL KOHSAR AFP", "... (Reuters/John Doe)"; a photographer's credit
# with a slash ("... on May 2, 2019. REUTERS/Jane Roe", "... in the city. Str / AP", "Photo by X / AFP")
_AGENCIES = (r"(?:AFP|AP|REUTERS|Reuters|EPA|GETTY\s+IMAGES|Getty\s+Images|ANADOLU|Anadolu|XINHUA|Xinhua|SHUTTERSTOCK|PTI|ANI|"
             r"IANS|AA|DPA|dpa)")
_CREDIT_TAIL = re.compile(
    r"(?:\b[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+){0,3}\s*(?:/\s*)?(?:AFP|AP|REUTERS|Reuters|EPA|GETTY\s+IMAGES|Getty\s+Images|"
    r"ANADOLU|Anadolu|XINHUA|Xinhua|SHUTTERSTOCK)(?:\s+via\s+Getty\s+Images)?|"
    r"\((?:AFP|AP|Reuters|EPA|Getty\s+Images|Anadolu|Xinhua)(?:\s+Photo\b|\s*/)[^)]{0,60}\)|"
    r"\([^()]{0,40}/\s*(?:AFP|AP|Reuters|REUTERS|EPA|Getty\s+Images|Anadolu|Xinhua)[^()]{0,30}\)|"
    r"(?:Photo|Image|Picture)(?:\s+credit)?\s*:\s*[^.]{0,80})\s*$"
)
# ... or a credit line run onto its caption, however long the caption ("... five Bahrainis. Photo by Jane Roe/UPI |
# License Photo", "... the market. Photo courtesy of the Red Crescent")
_PHOTO_BY_TAIL = re.compile(
    r"(?:^|[.!?\u201d\"]\s+)(?:Photo|Image|Picture|Photograph)s?\s+(?:by|credit:?|courtesy(?:\s+of)?)\s+(?:the\s+)?"
    r"[A-Z][\w.\-'\u2019]*(?:\s+[A-Z][\w.\-'\u2019]*){0,3}(?:\s*/\s*[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})?"
    r"(?:\s*[|\u00b7]\s*(?:License|Licence|Buy|Purchase)\s+(?:this\s+)?Photo)?\s*$")
# ... or a caption in the wire's own frame ("In this photo provided by ..., rescuers carry ...", "This image released
# by ... shows ...") or closed by a bracketed credit ("... (Photo | AP)", "(Photo: Reuters)", "(File photo/Jane Roe)")
_PHOTO_OPEN = re.compile(r"(?:In\s+(?:this|a|an)\s+(?:(?:undated|handout|file|video|aerial)\s+)?(?:photo|picture|image|"
                         r"photograph|frame\s+grab|still)\b|(?:This|A)\s+(?:(?:undated|handout|file)\s+)?(?:photo|picture|image|"
                         r"photograph|frame\s+grab)\s+(?:provided|released|taken|obtained|made\s+available|shows)\b)")
# ... or in the wire's photo-desk frame: the scene and the photo's full date, then " - " and a line of the story the
# photo went out with ("Rescuers carry a body at the site of a blast in the city on May 3, 2021. - At least ...")
_DATED_PHOTO_DASH = re.compile(
    r"(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},)\s+(?:19|20)\d\d\.\s+-\s+(?=[A-Z])")
_BRACKET_PHOTO_CREDIT = re.compile(r"\(\s*(?:(?:File\s+)?Photo|Image|Picture|Photograph)s?\s*[|:/\-\u2013]\s*[^()]{1,60}\)\s*$",
                                   re.IGNORECASE)
_SLASH_CREDIT = re.compile(  # (searched only where a slash is near the end)
    r"(?:\b" + _AGENCIES + r"\s*/\s*[A-Z][\w.\-'\u2019]*(?:\s+[A-Z][\w.\-'\u2019]*){0,3}|"
    r"(?<![\w/])[A-Z][\w.\-'\u2019]*(?:\s+[A-Z][\w.\-'\u2019]*){0,3}\s*/\s*" + _AGENCIES + r"(?:\s+(?:via|for)\s+[A-Z][\w\s]{0,30})?)"
    r"\s*$"
)
# ... or in brackets after a photo's date ("..., Iraq, Sept. 6, 2008. At least ... [Agencies]"): an agency alone in
# brackets is also how a story's paragraph may end ("... killed at least 10. (Reuters)"), so the caption's dated
# photo line must be there too
_BRACKET_CREDIT = re.compile(r"(?:\[(?:Agencies|Agency|" + _AGENCIES + r"|Photo[^\]]{0,40}|File[^\]]{0,40})\]|"
                             r"\((?:Agencies|" + _AGENCIES + r")\))\s*$")
_PHOTO_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d\.")
# A caption without a credit, dated at its end like a photo ("The crater left by a roadside bomb that killed one
# ranger, 14 July 2015.", "Police inspect the scene of the blast, May 24, 2013."): one sentence, a comma, a full date
_DATED_CAPTION = re.compile(
    r"(?<!day),\s+(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},)\s+(?:19|20)\d\d\.\s*$")
_MONTH_DOT = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.")
_SAYS = re.compile(r"\b(?:said|says|say|told|tells|reported|reports|according|claimed|announced|confirmed)\b", re.IGNORECASE)
# A teaser of a linked story, cut short before its link ("... on a school in the\u2026 Read more \u00bb", "... when
# forces...more"): its full text is another page
_TEASER = re.compile(r"(?:\u2026|\.\.\.|\.\s)\s*(?:(?:Read|read|READ)\s+(?:more|More|MORE|full\s+story)|more|"
                     r"Continue\s+reading|continue\s+reading)\s*(?:\u00bb|>>|\u203a|\u2192|\.\.\.)?\s*$")
# An entry of a reference list ("3. ^ \"Title of a cited story\". Outlet. 6 March 2020. Retrieved ..."): a citation
_REFERENCE = re.compile(r"^(?:\d{1,3}\.\s*)?[\^\u2191](?:\s|$)")
# The label of a list of links to other stories ("Related readings:", "Most Popular", "Also read"): the heading-like
# lines after it are those stories' titles
_LIST_LABEL = re.compile(
    r"^(?:related(?:\s+\w+)?|(?:read|see)\s+(?:more|also)|also\s+read|more\s+(?:from|on|stories|news|in)\b.*|recommended.*|"
    r"you\s+(?:may|might)\s+also\s+like.*|trending.*|most\s+(?:read|popular|viewed|shared|watched)|popular\s+(?:posts|stories|news)|"
    r"latest\s+(?:news|stories|posts|articles)|top\s+stories|editor['\u2019]?s\s+picks?|don['\u2019]t\s+miss|must\s+read|"
    r"in\s+case\s+you\s+missed\s+it|what\s+to\s+read\s+next|other\s+stories|more\s+headlines|headlines)\s*[:\-\u2013|\u00bb>]*$",
    re.IGNORECASE)
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
    if len(p) < 400 and not _SENT_END.search(p) and (_CREDIT_TAIL.search(p) or "/" in p[-80:] and _SLASH_CREDIT.search(p)):
        return True
    if len(p) < 600 and p[-1:] in ")]" and _BRACKET_CREDIT.search(p) and _PHOTO_DATE.search(p):
        return True
    if p[:1] in "0123456789^\u2191" and _REFERENCE.match(p):
        return True
    if len(p) < 300 and p[-5:-1].isdigit() and _DATED_CAPTION.search(p) and not _SAYS.search(p) and \
            _MONTH_DOT.sub("", p).count(". ") == 0:
        return True
    if len(p) < 500 and _BIO.match(p):
        return True
    return False


def is_caption(para: str) -> bool:
    """A photo caption the rules of ``is_boilerplate`` leave as prose: run onto its credit ("... Photo by X/UPI |
    License Photo"), in the wire's frame ("In this photo provided by ...") or closed by a bracketed credit ("...
    (Photo | AP)"). Its counts yield no claims; its date and place still tell the photo's event, the page's own."""
    p = para.strip()
    if len(p) >= 1000:
        return False
    if p[-1:] == ")" and _BRACKET_PHOTO_CREDIT.search(p) or p[:1] in "IiTA" and _PHOTO_OPEN.match(p):
        return True
    if ". - " in p and _photo_dash(p):
        return True
    return not _SENT_END.search(p) and "hoto" in p[-120:] and _PHOTO_BY_TAIL.search(p, max(0, len(p) - 120)) is not None


def _photo_dash(p: str) -> bool:
    """The photo desk's frame: one sentence of scene (no saying verb, six words or more) closed by the photo's
    full date, then " - " and the story's line. A dateline ("CITY, May 3, 2021 - ...") has no full stop there."""
    m = _DATED_PHOTO_DASH.search(p, 0, 400)
    if m is None:
        return False
    scene = p[: m.start()]
    return ". " not in _MONTH_DOT.sub("", scene) and len(scene.split()) >= 6 and not _SAYS.search(scene)


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
_RUN_IN = doc_gated(_RUN_IN)  # (speed: no scan of a stretch holding none of the strings every match holds)


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


# an agency's name in brackets after a finished sentence (not a caption: no photo line, see is_boilerplate)
_WIRE_TAG = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*(?:\[(?:Agencies|Agency|AGENCIES|" + _AGENCIES + r"|APP)\]|"
                       r"\((?:Agencies|" + _AGENCIES + r"|APP)\))\s*$")

# what runs titles together on a ticker or a menu line
_TICKER_SEP = re.compile(r"\s[|\u2022\u00b7\u25cf\u25aa]\s")
_TEASER_END = re.compile(r"(?:more|More|MORE|reading|story)\W{0,4}$")


def _has_sep(text: str, ps: int, pe: int) -> bool:
    """Two separators of a ticker in ``text[ps:pe]``; a bullet opening the line counts as one ("\u2022 8 killed in
    a blast \u2022 Group claims the attack": a story's highlights, titles run together)."""
    m = _TICKER_SEP.search(text, ps, pe)
    if m is not None and text[ps] in _BULLETS and text[ps + 1 : ps + 2].isspace():
        return True
    return m is not None and _TICKER_SEP.search(text, m.end() - 1, pe) is not None


_BULLETS = "\u2022\u25cf\u25aa"
# A breadcrumb trail: "Home > World > 55 killed in ...", or its items one to a line ("1. Home", "2. World", "3. ...")
_CRUMB_HOME = re.compile(r"^(?:1\.\s*)?Home$", re.IGNORECASE)
_CRUMB_LINE = re.compile(r"^Home\s*[>\u00bb\u203a/]\s*\S.*$", re.IGNORECASE)
_CRUMB_ITEM = re.compile(r"^(\d{1,2})\.\s*\S")
#: How many items a breadcrumb trail may have
MAX_CRUMBS = 6


def _breadcrumbs(text: str, paras: list[tuple[int, int]], boiler: list[bool]) -> None:
    """Mark as boilerplate a breadcrumb trail: a line "Home > Section > Title", or "Home" and the short numbered
    items under it ("1. Home", "2. World", "3. 55 killed in a blast at"); the last item is a title, often cut
    short, and the page's own headline follows in full."""
    for pi, (ps, pe) in enumerate(paras):
        line = text[ps:pe].strip()
        if pe - ps > 200 or line[:1] not in "1Hh":
            continue
        if _CRUMB_LINE.match(line) and is_heading(line):
            boiler[pi] = True
            continue
        if not _CRUMB_HOME.match(line):
            continue
        boiler[pi] = True
        expect = 2
        for pj in range(pi + 1, min(len(paras), pi + MAX_CRUMBS)):
            qs, qe = paras[pj]
            item = text[qs:qe].strip()
            m = _CRUMB_ITEM.match(item)
            if m is None or int(m.group(1)) != expect or not is_heading(item):
                break
            boiler[pj] = True
            expect += 1

#: Words no title ends with: a last paragraph ending so was cut off mid-sentence
_DANGLING = frozenset(["a", "an", "the", "and", "or", "but", "of"])


def _cut_off(text: str, ps: int, pe: int, last: bool, sentences: list[tuple[int, int]]) -> bool:
    """A paragraph without closing punctuation that is prose cut off (the last paragraph of a
    scraped excerpt, "... killed six people, inclu"; a sentence broken off at a comma), not a title:
    it holds a finished sentence before the cut, ends on a comma, or closes the text as prose. ``last``: the
    paragraph comes after the article's last line of prose and closes the text (titles may follow that line
    too, a list of links: it is then no cut-off sentence for being last)."""
    if len(sentences) > 1 and _SENT_END.search(text, sentences[0][0], sentences[0][1]) and \
            len(_PROSE_WORD.findall(text, sentences[-1][0], sentences[-1][1])) >= 3:
        return True  # (not a caption's credit after it: "... in 2016. EPA/TTP", "— Photo by Jane Doe")
    if _WIRE_TAG.search(text, ps, pe):
        return True  # a story's paragraph signed by its agency ("... were killed, police said. [Agencies]", "(Reuters)")
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


#: How many lines a list of links under its label may run
MAX_LINKS = 15


def _link_lists(text: str, paras: list[tuple[int, int]], boiler: list[bool]) -> None:
    """Mark as boilerplate the lines of a list of links to other stories: the heading-like lines (titles, no
    closing punctuation) under a label such as "Related readings:" or "Most Popular", up to the first line of
    prose. A title there may read like a cut-off sentence ("Bombers kill 28 army recruits at a base"); it is still
    another story's."""
    for pi, (ps, pe) in enumerate(paras):
        if pe - ps > 60 or not _LIST_LABEL.match(text[ps:pe].strip()):
            continue
        boiler[pi] = True
        for pj in range(pi + 1, min(len(paras), pi + 1 + MAX_LINKS)):
            qs, qe = paras[pj]
            if not boiler[pj] and not is_heading(text[qs:qe]) and not _cut_title(text[qs:qe]):
                break
            boiler[pj] = True


# a title the page cut short with an ellipsis ("Bomber kills at least 10 civilians, two foreign...")
_CUT_TITLE = re.compile(r"[\w,](?:\.\.\.|\u2026)$")


def _cut_title(para: str) -> bool:
    """A link's title cut short by the page: short, one sentence, a word run into "..." at its end."""
    p = para.strip()
    return len(p) < 200 and _CUT_TITLE.search(p) is not None and _TWO_SENTENCES.search(p) is None


_TWO_SENTENCES = re.compile(r"[a-z\d][.!?]\s+[A-Z]")


# The head of a readers' comment thread ("Reader Comments (17)", "3 Comments", "Leave a Reply", "Join the
# discussion") and the time stamp of a comment under it ("Aug 21, 2012 - 11:32AM", "June 5, 2019 at 4:12 pm",
# "3 months ago", "Jane says:")
_COMMENTS_HEAD = re.compile(
    r"^(?:(?:reader(?:s['\u2019]?)?\s+)?comments?(?:\s*\(\d+\))?|\d+\s+(?:comments?|responses?|replies)|"
    r"(?:leave|post|add|write)\s+a\s+(?:comment|reply)|join\s+the\s+(?:discussion|conversation)|facebook\s+conversations|"
    r"discussion|responses?|what\s+(?:readers|people)\s+(?:say|are\s+saying))\s*:?$", re.IGNORECASE)
_COMMENT_STAMP = re.compile(
    r"(?:^|\s)(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\s*(?:-|at|,)?\s*\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}\s*(?:-|at|,)?\s*\d{1,2}:\d{2}\s*(?:[AaPp][Mm])?|"
    r"\d{1,3}\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago|\S+\s+says:)\s*$")
#: How many lines after the head of a thread its first comment's stamp may come
THREAD_LOOK = 6


def _comment_thread(text: str, paras: list[tuple[int, int]], boiler: list[bool]) -> None:
    """Mark as boilerplate a readers' comment thread: from its head to the end of the text, when a comment's time
    stamp follows the head within a few lines (readers' comments come last on a page; what they say of a toll
    is no source's claim). A head with no stamped comment under it (a form, "Comments have been closed") marks
    only itself."""
    for pi, (ps, pe) in enumerate(paras):
        if pe - ps > 60 or not _COMMENTS_HEAD.match(text[ps:pe].strip()):
            continue
        if any(_COMMENT_STAMP.search(text[qs:qe]) for qs, qe in paras[pi + 1 : pi + 1 + THREAD_LOOK]):
            for pj in range(pi, len(paras)):
                boiler[pj] = True
            return


def _closing(text: str, paras: list[tuple[int, int]], boiler: list[bool]) -> list[bool]:
    """For each paragraph, whether it is the last of the text's own lines: nothing after it but boilerplate and
    short tag lines (an outlet's name, "IANS"). Heading-like lines after it make it one of a list of links (other
    stories' titles under an article: "At least 1 killed, 4 hurt in a blast in Izmir" above "Minister says ...")."""
    out = [True] * len(paras)
    rest = True  # every paragraph after this one is furniture or a tag line
    for pj in range(len(paras) - 1, -1, -1):
        out[pj] = rest
        qs, qe = paras[pj]
        rest = rest and (boiler[pj] or qe - qs < 40 and len(text[qs:qe].split()) < 4)
    return out


def segment(text: str) -> list[Sentence]:
    """All sentences of ``text``, with boilerplate and headings marked."""
    out: list[Sentence] = []
    paras = paragraphs(text)
    prose = [i for i, (ps, pe) in enumerate(paras) if _SENT_END.search(text, max(ps, pe - 12), pe)]
    boilers = [is_boilerplate(text[ps:pe]) for ps, pe in paras]
    told = False  # some prose of the page's own came before
    for pi, (ps, pe) in enumerate(paras):
        if boilers[pi]:
            continue
        if _has_sep(text, ps, pe) and is_heading(text[ps:pe]):
            boilers[pi] = True  # a ticker or a menu: titles run together ("3 killed in a blast | Talks resume | ...")
        elif told and pe - ps < 600 and _TEASER_END.search(text, max(ps, pe - 24), pe) and _TEASER.search(text, ps, pe):
            # a teaser of another story under the page's own ("... at a school in the\u2026 Read more \u00bb"); first
            # on the page, a teaser is the page's own text (an aggregator's copy)
            boilers[pi] = True
        elif _SENT_END.search(text, max(ps, pe - 12), pe):
            told = True
    _link_lists(text, paras, boilers)
    _breadcrumbs(text, paras, boilers)
    _comment_thread(text, paras, boilers)
    closing = None
    for pi, (ps, pe) in enumerate(paras):
        para = text[ps:pe]
        boiler = boilers[pi]
        heading = not boiler and is_heading(para)
        caption = not boiler and is_caption(para)
        tweet = _tweet_tail(text, ps, pe) if not boiler else None
        body_end = pe if tweet is None else tweet
        pieces = split_sentences(text, ps, body_end)
        after = bool(prose) and prose[0] < pi and pi > prose[-1]  # after the article's last line of prose
        if after and closing is None:
            closing = _closing(text, paras, boilers)
        if heading and (tweet is not None or pi > 0 and _cut_off(
                text, ps, body_end, after and closing[pi], pieces)):
            heading = False  # the text of a tweet, or a sentence cut off: read like any sentence
        for s, e in pieces:
            out.append(Sentence(s, e, pi, len(out), boiler, heading, caption))
        if tweet is not None:
            for s, e in split_sentences(text, tweet, pe):
                out.append(Sentence(s, e, pi, len(out), True, False))
    return out
