"""Who a name or an "it" stands for elsewhere in the report (coreference for claimants).

- A person introduced once with a title ("Kabul police spokesman Basir Mujahid", "Asim Bajwa, the
  army's spokesman") keeps that title through the report under their surname, with or without
  Mr./Ms./Dr.: "..., Mr. Mujahid said." is the police spokesman's. The title may come before or
  after the bare mention (wire copy sometimes names the title only further down).
- "It said ..." right after a sentence whose subject is a statement stands for that statement; when
  the statement names its owner ("An Interior Ministry statement confirmed ...", "A statement from
  the army said ..."), the owner speaks, not a group named in another paragraph.

Patterns and reading only; ``claimants`` calls these for the claimants it finds.
"""

from __future__ import annotations

import re

from .. import aliases
from .memo import per_report
from .roles import TITLE_WORDS, classify

_HONORIFIC = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sheikh|Mullah|Maulvi|Mawlawi|Maulana|Qari|Haji|Sir)\.?\s+")
_NAME = re.compile(r"[A-Z][\w'\u2019\-]+(?:\s+(?:al-|bin\s+|ul-|ud-)?[A-Z][\w'\u2019\-]+){0,3}")
#: A capitalized word (or a title's abbreviation) just before a name: "Gen.", "Major", "Abdul", "Maj."
_CAP_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019\-]*\.?|al-|bin|ul-|ud-)\s+$")
#: Words that make a noun phrase a person's title: the claimant rules' own (roles.TITLE_WORDS), and the titles a
#: person keeps under their surname beside them (a prosecutor, a mayor, a police rank, an army rank).
_TITLE = re.compile(rf"\b(?:{TITLE_WORDS}|prosecutor|mayor|administrator|chairman|chairperson|DG|DPO|SSP|SHO|IGP|"
                    r"DIG|DSP|colonel|major|captain|brigadier)\b", re.IGNORECASE)
#: ", a spokesman for the Kabul police," after a name
_TITLE_AFTER = re.compile(r"\s*,\s*(?P<title>(?:(?:a|an|the)\s+)?(?:[^,.;:()\"\u201c\u201d\n]|(?<=\b[A-Z])\.(?=[A-Z\s]))"
                          r"{3,100}?)(?=\s*(?:[,;:()\n]|(?<!\b[A-Z])\.|$))")
#: "The city's police chief, Gen. Abdul Rahman Rahimi": the title before a comma and the name
_TITLE_COMMA_BEFORE = re.compile(r"(?P<title>[^,.;:()\"\u201c\u201d\n]{3,100}),\s*$")
#: Words that end a noun phrase read leftwards from a name ("condemned by Interior Minister X": the minister).
_NP_BREAK = {"by", "to", "from", "with", "against", "at", "on", "in", "for", "that", "and", "was", "were", "is", "are",
             "has", "had", "said", "says", "told", "added", "than", "as", "while", "but", "according", "quoted",
             "quoting", "cited", "citing", "after", "before", "when", "where", "who", "which"}
#: Words that lead into a title before a comma without being part of it.
_LEAD_OFF = {"according", "to", "by", "said", "says", "told", "and", "but", "while", "that", "as", "quoting", "citing",
             "quoted", "cited", "per"}
#: A bare mention is looked for among this many mentions of the same name, nearest first.
MAX_MENTIONS = 24
#: Roles a title can give a person.
_SPEAKING_ROLES = ("official", "perpetrator", "international_org", "researcher")


def bare_name(who: str) -> str | None:
    """The name of a claimant written as a person's name alone ("Mr. Mujahid", "Bajwa", "Dr Khan"), else None."""
    core = _HONORIFIC.sub("", who.strip())
    core = re.sub(r"['\u2019]s?$", "", core)
    return core if _NAME.fullmatch(core) else None


def _full_name(text: str, ks: int, ke: int) -> str:
    """ "Major General Asim Bajwa", "Gen. Abdul Rahman Rahimi": the capitalized run ending with ``text[ks:ke]``."""
    line0 = text.rfind("\n", 0, ks) + 1
    s = ks
    for _ in range(6):
        m = _CAP_BEFORE.search(text, max(line0, s - 30), s)
        if m is None or m.end() != s:
            break
        s = m.start()
    return text[s:ke]


def _titled_mention(text: str, ks: int, ke: int, published: str | None) -> tuple[str, str] | None:
    """The person named at ``text[ks:ke]`` with the title written next to that mention, and its role."""
    line0 = text.rfind("\n", 0, ks) + 1
    full = _full_name(text, ks, ke)
    s = ke - len(full)
    if len(full.split()) > 1 and _TITLE.search(full):
        # "Interior Minister Ahmad Khan", "DG ISPR Asim Bajwa": the title is part of the capitalized run
        role = classify(full, published)
        if role in _SPEAKING_ROLES:
            return full, role
    # "Asim Bajwa, the army's spokesman,"
    t = _TITLE_AFTER.match(text, ke)
    if t is not None and _TITLE.search(t.group("title")):
        role = classify(t.group("title"), published)
        if role in _SPEAKING_ROLES:
            return f"{full}, {t.group('title')}", role
    head = text[max(line0, s - 120) : s]
    # "The city's police chief, Gen. Abdul Rahman Rahimi"
    c = _TITLE_COMMA_BEFORE.search(head)
    if c is not None:
        words = c.group("title").split()[-12:]
        while words and words[0].lower() in _LEAD_OFF:  # "according to the governor's spokesman, NAME"
            words = words[1:]
        title = " ".join(words)
        if title and _TITLE.search(title) and (role := classify(title, published)) in _SPEAKING_ROLES:
            return f"{title}, {full}", role
    # "Kabul police spokesman Basir Mujahid", "said military spokesperson Asim Bajwa"
    cut = max(head.rfind(ch) for ch in ",;:()\"\u201c\u201d\u2014\u2013")
    words = _np_tail(head[cut + 1 :].split())
    title = " ".join(words)
    if title and _TITLE.search(title) and (role := classify(title, published)) in _SPEAKING_ROLES:
        return f"{title} {full}", role
    return None


def _np_tail(words: list[str]) -> list[str]:
    """The noun phrase ending a run of words: after the last break word, at most six words."""
    for j in range(len(words) - 1, -1, -1):
        if words[j].lower().strip(",.") in _NP_BREAK:
            words = words[j + 1 :]
            break
    return words[-6:]


@per_report  # (a name said several times is looked up once per report)
def person(text: str, name: str, at: int, published: str | None) -> tuple[str, str, bool] | None:
    """(the person's name with their title, role, found at this mention) for the bare name ``name`` said at ``at``:
    this mention's own title, else the mention of the same name with a title nearest before it, else the first one
    after it; None when the report never gives that name a title (or names it only as itself)."""
    words = name.split()
    key = name if len(words) > 1 else words[-1]
    if len(words[-1]) < 3:
        return None
    hits = [m.start() for m in re.finditer(rf"\b{re.escape(key)}\b", text)]
    here = [k for k in hits if at <= k < at + len(name) + 8][:1]  # (this mention's own title first)
    before = [k for k in hits if k < at][::-1]
    after = [k for k in hits if k >= at + len(name) + 8]
    mentions = (here + before + after)[:MAX_MENTIONS]
    for k in mentions:
        found = _titled_mention(text, k, k + len(key), published)
        if found is not None:
            return (*found, k in here)
    for k in mentions:  # no title anywhere: a person the alias table knows ("Zabihullah Mujahid")
        full = _full_name(text, k, k + len(key))
        if len(full.split()) > 1 and aliases.find_actors(full) and (role := classify(full, published)) in _SPEAKING_ROLES:
            return full, role, k in here
    if len(words) == 1 and (rx := _spelling_variants(key)) is not None:
        # "Chaudhary said" after "army spokesman Ahmed Sharif Chaudhry": the same name spelt another way
        for m in rx.finditer(text):
            if m.group(0) != key and (found := _titled_mention(text, m.start(), m.end(), published)) is not None:
                return (*found, False)
    return None


_VOWELS = re.compile(r"[aeiou]", re.IGNORECASE)


def _spelling_variants(name: str) -> re.Pattern | None:
    """A surname's transliterations that differ in their vowels only ("Chaudhry", "Chaudhary"; "Mujahid", "Mujahed"):
    its first letter, then its other consonants in order, any vowels around them. None for a short name (at least
    four consonants with the first letter, so "Khan" is never "Kohen")."""
    rest = _VOWELS.sub("", name[1:]).lower()
    if len(rest) < 3 or not name.isalpha():
        return None
    body = "".join(f"[aeiou]*{re.escape(ch)}" for ch in rest)
    return re.compile(rf"(?<![\w\-]){re.escape(name[0])}{body}[aeiou]*(?![\w\-])")


#: How far back a pronoun looks for the titled person it stands for.
PERSON_WINDOW = 700


def titled_person_before(text: str, at: int, published: str | None) -> tuple[str, str, int] | None:
    """ "Interior Minister Ahmad Khan condemned the bombing. | In a statement, he ...": the nearest person named with
    a title of a speaking role before ``at`` (this paragraph or the one before), for a pronoun no speaker before it
    stands for ((name with title, role, where the name ends))."""
    lo = max(0, at - PERSON_WINDOW)
    breaks = [m.end() for m in _PARA_BREAK.finditer(text, lo, at) if m.end() < at]
    if len(breaks) > 1:  # this paragraph and the one before
        lo = breaks[-2]
    for m in reversed(list(_PERSON_NAME.finditer(text, lo, at))):
        found = _titled_mention(text, m.start(), m.end(), published)
        if found is not None:
            return (*found, m.end())
    return None


_PARA_BREAK = re.compile(r"\n\s*")
_PERSON_NAME = re.compile(r"(?<![\w\-])[A-Z][a-z][\w'\u2019\-]+\s+(?:(?:al-|bin\s+)?[A-Z][a-z][\w'\u2019\-]+\s+){0,2}"
                          r"(?:al-|bin\s+)?[A-Z][a-z][\w'\u2019\-]+")


#: A single person named by title alone ("the prosecutor general of the province", "a police spokesman").
_ONE_TITLED = re.compile(r"(?:the|a|an|its|their)\s+(?:[\w\-\u2019']+\s+){0,4}?(?:spokes(?:man|woman|person)|minister|chief|"
                         r"commander|director|head|governor|official|officer|prosecutor(?:\s+general)?|mayor|envoy|"
                         r"ambassador|administrator|commissioner|superintendent)\b"
                         r"(?:\s+(?:of|for|in|at|from)\s+(?:[\w\-\u2019']+\s+){0,5}[\w\-\u2019']+)?", re.IGNORECASE)
#: The gap between two sentences: a full stop (or ! ?), maybe a closing quote, then spaces.
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019]?\s+(?=[\"\u201c\u2018A-Z0-9])|\n+")


def _sentence_before(text: str, at: int, newlines: int, at_start: bool = False) -> tuple[int, int] | None:
    """(start, end) of the sentence before the one holding ``at`` (600 characters back at most; its end just past
    its full stop), or None when there is none or more than ``newlines`` line breaks part them (a new paragraph);
    with ``at_start``, ``at`` must be where its sentence begins (the gap before it ends there)."""
    gaps = list(_SENTENCE_END.finditer(text, max(0, at - 600), min(len(text), at + 1)))
    if not gaps or at_start and gaps[-1].end() > at + 1:
        return None
    if text.count("\n", gaps[-1].start(), gaps[-1].end()) > newlines:
        return None
    return (gaps[-2].end() if len(gaps) > 1 else max(0, at - 600)), gaps[-1].start() + 1


def _span_before(text: str, start: int) -> tuple[int, int]:
    """(start, end) of the sentence just before ``start`` (it ends at the last non-space before ``start``; it begins
    after the last ". " or line break before that), for reading its subject."""
    prev_end = start
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    return max(0, max(text.rfind(". ", 0, prev_end - 2), text.rfind("\n", 0, prev_end - 1)) + 1), prev_end


def new_name_after_title(text: str, name: str, at: int, published: str | None, read) -> tuple[str, str] | None:
    """ "..., the prosecutor general of the province announced. The state agency quoted Karim Rostami saying ...": a
    name the report has not given before, right after a sentence whose speaker is one person named by title alone,
    is that person ((their title, role)). ``read`` reads one sentence's claimants (``claimants._read_sentence``)."""
    words = name.split()
    if len(words[-1]) < 3 or re.search(rf"\b{re.escape(words[-1])}\b", text[:at]):
        return None  # said before: someone the report has already told of
    found = _sentence_before(text, at, 2)
    if found is None:
        return None
    p0, p1 = found
    prev = [c for c in read(text, p0, p1, published) if c.text and 0 <= c.scope_start <= c.scope_end
            or c.scope_start < 0]
    prev = [c for c in prev if c.text and c.role in _SPEAKING_ROLES]
    if not prev:
        return None
    c = prev[-1]
    if not _ONE_TITLED.fullmatch(c.text.strip()) or re.search(r"[A-Z][a-z]+\s+[A-Z][a-z]+", c.text):
        return None  # a body ("the ministry"), several people, or a person already named
    return c.text, c.role


_CITING = re.compile(r"\b(?:citing|quoting|cited|quoted|according\s+to)\b", re.IGNORECASE)


def outlet_source(text: str, name: str, at: int, published: str | None, read) -> tuple[str, str] | None:
    """ "NBC News reported the total was 113, citing an unnamed Health Ministry official. ... NBC News also reported
    that 180 were injured": an outlet named again after it cited a source passes on that source's words
    ((the source's words, role)); None when the outlet cited no one (its own count). ``read``: one sentence's claimants."""
    hits = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text, 0) if m.start() < at][::-1][:4]
    for k in hits:
        gaps = list(_SENTENCE_END.finditer(text, max(0, k - 600), k + 1))
        s0 = gaps[-1].end() if gaps else max(0, k - 600)
        stop = _SENTENCE_END.search(text, k)
        s1 = stop.end() if stop else len(text)
        for c in read(text, s0, s1, published):
            if not c.text or name in c.text or c.role not in _SPEAKING_ROLES:
                continue
            if c.start == k or (k < c.start <= k + 160 and _CITING.search(text, k, c.start)):
                return c.text, c.role  # "NBC News, citing X," / "NBC News reported ..., citing X"
    return None


#: "an official responsible for the Division's cultural affairs", "a commander of the militia": the group told of before
_OF_THE_GROUP = re.compile(r"\b(?:of|for|responsible\s+for|in|within|from|with|at)\s+the\s+(?P<noun>group|militia|movement|outfit|"
                           r"organi[sz]ation|network|faction|division|brigade|battalion|front)(?:['\u2019]s)?\b", re.IGNORECASE)
#: nouns that stand for a group only when its name holds them ("the Division" for the Fatemiyoun Division)
_NAME_NOUNS = {"division", "brigade", "battalion", "front"}
#: How far back the group named before is looked for.
GROUP_WINDOW = 3000


def of_the_group(text: str, at: int, who: str, published: str | None) -> tuple[str, str] | None:
    """ "an official responsible for the Division's cultural affairs", "a commander of the militia": a title held in
    "the group" (or "the Division", "the Brigade" when the group's name holds that word) named last before ``at``
    speaks for that group: (the words with the group's name, the group's role)."""
    m = _OF_THE_GROUP.search(who)
    if m is None:
        return None
    noun = m.group("noun").lower()
    groups = [a for a in aliases.find_actors(text, max(0, at - GROUP_WINDOW), at)
              if a.actor.type == "group" and a.actor.role == "perpetrator"
              and (noun not in _NAME_NOUNS or noun in a.text.lower())]
    if not groups:
        return None
    g = groups[-1]
    return f"{who} ({g.text})", classify(g.text, published)


#: A group's statement, message or claim told of in a sentence: what "it" of the next sentence may be.
_STATEMENT_NOUN = re.compile(r"\b(?:statement|communiqu[ée]|claim\s+of\s+responsibility|message|audio\s+message|"
                             r"video|post|announcement)\b", re.IGNORECASE)
#: The statement as the subject of its sentence ("The statement ... was published", "The group's claim ... appeared").
_STATEMENT_SUBJECT = re.compile(r"^\W*(?:the|its|their|a|an)\s+(?:[\w\-\u2019']+\s+){0,3}?(?:statement|communiqu[ée]|"
                                r"claim|message|video|post|announcement)\b", re.IGNORECASE)
#: "A statement from the defence ministry", "the communique issued by the army": the statement's owner after it
_OWNER_AFTER = re.compile(r"\s+(?:from|by|of|(?:issued|released|published|put\s+out)\s+by)\s+"
                          r"(?P<owner>(?:the\s+)?[^\s,.;:()\"\u201c\u201d]+(?:\s+(?!(?:said|says|on|in|at|that|was|is|"
                          r"confirmed|added|put|gave|reported|stated)\b)[^\s,.;:()\"\u201c\u201d]+){0,5})", re.IGNORECASE)


#: "The army issued a statement": a clause, not a statement's noun phrase
_CLAUSE_IN_SUBJECT = re.compile(r"\s(?:a|an|the|its|their|\w+ed|put|gave|sent|made)\s", re.IGNORECASE)


def statement_before(text: str, start: int, published: str | None) -> tuple[str, str] | None:
    """ "... The statement claiming the attack was published on Amaq ... It described the attack as killing
    one person": "it" is the statement when the sentence before is about it (its subject). A statement whose
    owner is named there ("An Interior Ministry statement", "A statement from the army") is its owner's;
    else a group's statement told of in the sentences just before is the group's (perpetrator)."""
    prev_start, prev_end = _span_before(text, start)
    prev = text[prev_start:prev_end]
    subj = _STATEMENT_SUBJECT.match(prev)
    if not subj:
        return None
    phrase = subj.group(0).strip(" \"'\u201c\u2018")
    owner = _OWNER_AFTER.match(prev, subj.end())
    if owner is not None:
        phrase = f"{phrase}{owner.group(0)}"
    if not _CLAUSE_IN_SUBJECT.search(subj.group(0)) and classify(phrase, published) in _SPEAKING_ROLES:
        return phrase, classify(phrase, published)  # "An Interior Ministry statement confirmed ...": the ministry's
    window = text[max(0, prev_start - 1200) : prev_end]
    groups = [a for a in aliases.find_actors(window) if a.actor.type == "group" and a.actor.role == "perpetrator"]
    if not groups or not _STATEMENT_NOUN.search(window):
        return None
    return f"{groups[-1].text} statement", "perpetrator"


#: The subject of a sentence, when it is a body that speaks for itself ("The government has denied ...",
#: "The Interior Ministry later revised ..."): what "It claims ..." of the next sentence stands for.
_BODY_SUBJECT = re.compile(
    r"\W*(?P<np>(?:the|its|their)\s+(?:[\w\-\u2019']+\s+){0,3}?(?:government|ministry|authorities|administration|army|military|"
    r"police|department|agency|mission|commission|office|council|committee|organi[sz]ation|directorate|command|"
    r"prosecutor['\u2019]?s\s+office))\s+(?:has|have|had|was|is|also|later|again|then|quickly|[a-z]+ed|[a-z]+s)\b",
    re.IGNORECASE)


def body_before(text: str, start: int, published: str | None) -> tuple[str, str] | None:
    """ "The government has denied all responsibility. It claims the death toll was 173": "it" is the body
    that is the subject of the sentence just before, when that body speaks in a role (an official's, an
    international organisation's, a group's)."""
    prev_start, prev_end = _span_before(text, start)
    m = _BODY_SUBJECT.match(text, prev_start, prev_end)
    if m is None:
        return None
    role = classify(m.group("np"), published)
    return (m.group("np"), role) if role in _SPEAKING_ROLES else None


#: Words that stand for a group told of just before: a generic noun, "they", or one of its men or organs by title
BACK_TO_GROUP = re.compile(
    r"(?:the\s+(?:organi[sz]ation|movement|network|faction|rebels|fighters|jihadists|separatists)|they|it|"
    r"(?:its|their)\s+(?:(?:chief|top|senior|main|local|field|deputy|official)\s+)?(?:spokes(?:man|woman|person)|commanders?|"
    r"leaders?|chief|emir|head|leadership|media\s+(?:wing|arm|office|cell)|mouthpiece))", re.IGNORECASE)


#: a claimant of the sentence before that is several (officials, the police): never "it" nor "its"
_PLURAL_SPEAKER = re.compile(r"(?:[a-z]{2,}(?<!s)s|police|people|forces)\s*$", re.IGNORECASE)


def group_before(text: str, start: int, published: str | None, read) -> tuple[str, str] | None:
    """ "The attack was claimed by the TTP. It said ...", "Officials blamed the BLA. Its spokesman said ...": the armed
    group named in the sentence just before (same paragraph) that "it" or "its" at ``start`` stands for: (its name as
    written, its role). None when that sentence names no group, or one body speaks there ("The army said the TTP
    attacked the post. It said ...": the army). The group at the head of the sentence goes before one named later.
    ``read`` reads one sentence's claimants (``claimants._read_sentence``)."""
    found = _sentence_before(text, start, 1, at_start=True)
    if found is None:
        return None  # (none, or a new paragraph)
    p0, p1 = found
    groups = [a for a in aliases.find_actors(text, p0, p1) if a.actor.type == "group"
              or (a.actor.type == "person" and a.actor.group)]
    groups = [a for a in groups if classify(a.text, published) == "perpetrator"]
    if not groups:
        return None
    for c in read(text, p0, p1, published):
        if c.text and c.text.split()[0].lower() in ("it", "its"):
            return None  # "It said the training provided by AQIS ... It noted": "it" goes on with the same body
        if (c.text and c.role not in ("perpetrator", "unknown", "reporter") and not _PLURAL_SPEAKER.search(c.text)
                and not any(c.start <= g.start < c.end for g in groups)):
            return None  # "The army said the TTP attacked the post.": the army is "it"
    head = [g for g in groups if len(text[p0 : g.start].split()) <= 2]
    if head:
        return head[0].text, "perpetrator"
    # a group named further on: the one blamed or credited with the attack ("Officials blamed X", "claimed by X")
    told = [g for g in groups if _CREDITED_BEFORE.search(text, max(p0, g.start - 40), g.start)]
    return (told[-1].text, "perpetrator") if told else None


_CREDITED_BEFORE = re.compile(r"\b(?:claimed|blamed|blames|attributed|accused|responsibility|responsible|behind|by)\s+"
                              r"(?:the\s+)?$", re.IGNORECASE)
