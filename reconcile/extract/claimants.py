"""Who asserts a claim: the claimant's words as written, and their role.

``find_claimants`` reads the speakers of one sentence (reporting verbs before or
after, "according to", passive agents, appositions, quotations attributed in another
sentence, "the report/statement" referring back); ``claimant_for`` (from ``choosing``) picks
the one that speaks for a claim's words. The patterns of reporting (verbs, "according to", agents)
are in ``saying``, the role vocabulary in ``roles``; what a claimant found here stands for when
the speaker is named in another sentence (a quotation's speaker, "the statement" pointing back,
continued and hedged sentences) is in ``speakers``; a person under their surname, "it" for a
statement, an official of "the group" in ``coref``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from .. import aliases
from .._frozen import direct_init
from .choosing import cited_sources, claimant_for, pronouns_in_sentence
from .coref import bare_name, new_name_after_title, of_the_group, outlet_source, person, statement_before
from .gates import may_match, required
from .roles import CAPITAL, SOURCE_IN, SOURCE_NOUN, TALIBAN_AUTHORITY_FROM, classify
from .roles import PERP as _PERP
from .roles import UNKNOWN as _UNKNOWN
from .roles import could_be_claimant as _could_be_claimant
from .saying import (
    _ACCORDING,
    _AGENT,
    _BARE_CLAIMING,
    _BRACKETED_SOURCE,
    _CLAIMED_EVENT,
    _CLAIMED_LIVES,
    _CLAIMED_OWN_FIGURE,
    _DETERMINER_BEFORE,
    _EVENT_THEN_VERB,
    _FIGURE_FROM,
    _FIGURE_GIVEN,
    _FIGURE_IS,
    _GIVEN_THING,
    _HEADLINE_COLON,
    _HONORIFIC,
    _IN_DOCUMENT,
    _LEAD_ADVERBIAL,
    _NAME_ONLY,
    _NOUN_BEFORE,
    _NOUN_VERBS,
    _PARTICIPLE,
    _PARTICIPLE_AFTER,
    _POSSESSIVE_FIGURE,
    _QUOTE_THEN_WEAK,
    _SAID_SUBJECT,
    _SAY_RX,
    _SAY_WORDS,
    _STATEMENT,
    _SUBJECT_VERB,
    _TITLE_AFTER,
    _TO_SPACE,
    _TRAILING_END,
    _WITH_SAYING,
)
from .speakers import (
    BARE_SPOKESMAN,
    CLAIMED_OWN,
    GENERIC,
    PRONOUNS,
    continued_speaker,
    copy_speaker,
    evidential_speaker,
    first_person_in_quote,
    group_on_others,
    group_spokesman,
    mention_only,
    paragraph_speaker,
    quote_speaker,
    resolve_generic,
    strip_leading,
    taliban_on_others,
)

__all__ = ["PRONOUNS", "Claimant", "claimant_for", "classify", "find_claimant", "find_claimants"]


@direct_init  # (speed: built straight into its dict, see _frozen)
@dataclass(frozen=True)
class Claimant:
    """A claimant's words (``text[start:end]`` where found in the sentence) and role.

    ``scope_start:scope_end``, when set, is the only stretch of text the claimant
    speaks for: the agent of a passive ("the toll of five given by officials")
    does not speak for the figures outside its clause.
    """

    text: str | None
    role: str
    start: int = -1
    end: int = -1
    scope_start: int = -1
    scope_end: int = -1




def _is_name(words: str) -> bool:
    return bool(_NAME_ONLY.fullmatch(_HONORIFIC.sub("", words.strip()))) and not _could_be_claimant(words)


#: Speed: substring gates of patterns find_claimants tries on every sentence (gates.required, derived
#: from the patterns themselves): a sentence holding none of a pattern's strings is not scanned. (Only
#: where the gate is cheaper than the scan: the headline's colon 5.9 -> 0.3 us a sentence, the
#: figure-is pattern 2.8 -> 1.4, the participle 3.1 -> 2.5, the figure-from 15 -> 3; the said-subject and
#: in-document scans are faster than their gates.)
_GATE_FIGURE_IS, _GATE_HEADLINE_COLON, _GATE_PARTICIPLE, _GATE_FIGURE_FROM = map(
    required, (_FIGURE_IS, _HEADLINE_COLON, _PARTICIPLE, _FIGURE_FROM))
#: Verbs of blaming: their subject tells of another's attack ("officials blamed the group for the attack that ...").
_ACCUSE = frozenset({"accused", "accuses", "blamed", "blames"})
#: The writer of the study or book itself: "The author's estimate", "this author's own count".
_AUTHOR = re.compile(r"(?:the|this|the\s+present|these)\s+(?:authors?|writers?|researchers?)", re.IGNORECASE)
#: "Rough estimates of its strength", "reports of casualties": a noun, not a reporting verb.
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:(\u2014\u2013]|\s(?:than|while|whereas|but|and\s+that)\s")
_SPACES = re.compile(r"\s*")
#: "maintained that", "maintains:": a reporting verb only before what is said.
_MAINTAIN_SAYS = re.compile(r"\s*(?:that\b|[,:\"\u201c\u2018])")
#: "the BLA initially posted the names": an adverb after a subject, not "the initially posted toll".
_ADVERB_AFTER_SUBJECT = re.compile(r"\b(?!(?:the|a|an|its|their|his|her|this|these|those)\b)[A-Za-z][\w\-]*\s+"
                                   r"(?:initially|officially)\s*$", re.IGNORECASE)
#: A "sentence" with more reporting verbs (or more claimants) than this is noise: the rest are not read.
MAX_MATCHES = 48


def _clause_start(sent: str, at: int) -> int:
    """Where the clause holding position ``at`` begins (a comma, a semicolon, 'than', 'while' ...)."""
    best = 0
    lo = max(0, at - 300)
    for m in _CLAUSE_BREAK.finditer(sent, lo, at):
        best = m.end()
    return best


#: A subject that is a count of people or an event: "Seven people", "Major suicide attack on the army".
_COUNTED_SUBJECT = re.compile(
    r"(?:(?:at\s+least|more\s+than|some|about|around|nearly)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozens|scores|hundreds|several)\b)", re.IGNORECASE)
_EVENT_SUBJECT = re.compile(
    r"(?:#\w+\s*:?\s*)?(?:(?:a|an|the|this|that)\s+)?(?:[\w\-]+\s+){0,3}?(?:attack|blast|bombing|explosion|ambush|raid|"
    r"assault|strike|shooting|hijacking)\s+(?:on|in|at|near|against|targeting|outside)\b", re.IGNORECASE)


def _subject_of(sent: str, upto: int, any_name: bool = False) -> tuple[str, int] | None:
    """The subject of the sentence's main clause, if a claimant (or, with ``any_name``, a
    capitalized name) can be read in it."""
    head = sent[: min(upto, 400)]
    lead = _LEAD_ADVERBIAL.match(head)
    s0 = lead.end() if lead else 0
    v = _SUBJECT_VERB.search(head, s0)
    if not v:
        return None
    subj = head[s0 : v.start()].strip(" ,")
    if "," in subj:
        subj = subj[subj.rfind(",") + 1 :].strip()  # "As the scope became clearer, health officials"
    if not subj or len(subj) > 100 or _COUNTED_SUBJECT.match(subj):
        return None  # "Seven people were killed ..., adding": the victims are no speaker
    if not _could_be_claimant(subj) and not (any_name and re.fullmatch(r"(?:The\s+)?[A-Z][\w\-\u2019']*(?:\s+[A-Z][\w\-\u2019']*){0,4}", subj)):
        return None
    return subj, s0 + head[s0:].find(subj)


#: A year after the Taliban took Kabul, in the prose of an undated report (not in a reference list's
#: "Retrieved 2023"): the report was written under their rule.
_LATE_YEAR = re.compile(r"\b20(?:2[2-9]|3\d)\b")
_REFERENCE_LINE = re.compile(r"\b(?:Retrieved|Archived|[Aa]ccessed)\b|\^")


@lru_cache(maxsize=4)
def text_era(text: str) -> str | None:
    """For an undated report: a date after the Taliban took Kabul when its prose names a later year
    ("Last year in March 2024, ..."), else None (the roles then read the Taliban as insurgents)."""
    if not _LATE_YEAR.search(text):
        return None
    for line in text.splitlines():
        if _LATE_YEAR.search(line) and not _REFERENCE_LINE.search(line):
            return "2022-01-01"
    return None


#: "the official death toll", "the official figure": a toll the authorities gave, named by its adjective
_OFFICIAL_FIGURE = re.compile(r"\b(?:the\s+|an\s+)?official\s+(?:(?:death|casualty|injury)\s+)?(?:toll|tally|figures?|count)\b",
                              re.IGNORECASE)


def find_claimants(text: str, start: int, end: int, published: str | None = None,
                   _quotes: bool = True) -> list[Claimant]:
    """Every claimant named in the sentence ``text[start:end]``, in text order.

    A pronoun ("he said") comes back with role ``unknown`` and text "he": the caller
    may resolve it from the sentences before. A sentence inside a quotation attributed
    in another sentence gets that quotation's speaker.
    """
    if published is None:
        published = text_era(text)
    sent = text[start:end]
    out: list[Claimant] = []

    def add(who: str, s0: int, role: str | None = None, scope: tuple[int, int] | None = None, generic=False) -> None:
        role = role or classify(who, published)
        n = len(who)
        if generic is False:
            generic = (resolve_generic(text, start + s0, who, published, _read_sentence)
                       if GENERIC.fullmatch(who.strip()) else None)
        if generic:
            who, role = generic
        sc = (start + scope[0], start + scope[1]) if scope else (-1, -1)
        out.append(Claimant(who, role, start + s0, start + s0 + n, *sc))

    low = sent.lower()
    by = " by " in low  # cheap substring tests spare the scans of patterns that cannot match
    according = by or "accord" in low or "citing" in low or "cited" in low or "quoting" in low or "per " in low or "with " in low
    for m in islice(_ACCORDING.finditer(sent) if according else (), MAX_MATCHES):
        who = m.group("who").strip()
        if re.match(r"(?:our|my)\b", who, re.IGNORECASE):
            continue  # "according to our information," the speaker is named elsewhere
        w_end = m.start("who") + len(who)
        if (m.start() > 0 and _TRAILING_END.fullmatch(sent, w_end)
                and classify(who, published) in ("official", "international_org")):
            # "The group said ..., killing 52, according to Iranian authorities.": the figures
            # before a sentence-final "according to" are the authorities'
            add(who, m.start("who"), scope=(0, w_end))
            continue
        if _is_name(who) and classify(who, published) == "unknown":
            # "according to Ali Karimi, a commander in the X Brigade": the name with its title after it
            t = _TITLE_AFTER.match(sent, w_end)
            if t and _TITLE.search(t.group("title")) and classify(t.group("title"), published) != "unknown":
                who = sent[m.start("who") : t.end("title")]
        add(who, m.start("who"))
    for m in islice(_WITH_SAYING.finditer(sent) if "with " in low else (), MAX_MATCHES):
        # "..., with the interior ministry raising the toll to eight": the ministry speaks for its clause only
        who = m.group("who")
        if who.lower() not in PRONOUNS and not re.search(r"\d", who) and _could_be_claimant(who):
            add(who, m.start("who"), scope=(m.start(), len(sent)))
    inverted: set[int] = set()  # '..., said the committee': those verbs have their speaker after them
    for m in islice(_SAID_SUBJECT.finditer(sent), MAX_MATCHES):
        words = m.group("who").strip().rstrip(".").split()
        while words and words[-1].lower() in {"of", "the", "for", "at", "in", "a", "an", "and"}:
            words.pop()
        who = " ".join(words)
        if GENERIC.fullmatch(who) and not _could_be_claimant(who):
            g = resolve_generic(text, start + m.start("who"), who, published, _read_sentence)
            if g:  # '"...," read the statement.': the statement's issuer named before
                inverted.add(m.start("who"))
                add(who, m.start("who"), generic=g)
            continue
        if len(who) > 2 and who.lower() not in PRONOUNS and (_could_be_claimant(who) or _is_name(who)):
            inverted.add(m.start("who"))
            # '..., said Amira Jadoon, an expert on ISKP': the name with the title after it
            t = _TITLE_AFTER.match(sent, m.start("who") + len(who))
            if t and (_TITLE.search(t.group("title")) or classify(t.group("title"), published) != "unknown"):
                who = sent[m.start("who") : t.end("title")]
            elif SOURCE_NOUN.fullmatch(who) and (t := SOURCE_IN.match(sent, m.start("who") + len(who))) and \
                    classify(sent[m.start("who") : t.end()], published) != "unknown":
                who = sent[m.start("who") : t.end()]  # '..., said a source in the law enforcement agencies'
            add(who, m.start("who"))
    for rx in (_POSSESSIVE_FIGURE, _BRACKETED_SOURCE) if ("'" in sent or "\u2019" in sent or "(" in sent) else ():
        for m in islice(rx.finditer(sent), MAX_MATCHES):
            who = m.group("who").strip()
            if rx is _POSSESSIVE_FIGURE and _AUTHOR.fullmatch(who):
                add(who, m.start("who"), role="researcher")  # "The author's estimate" in a study or a book
                continue
            if classify(who, published) in ("official", "international_org", "researcher", "perpetrator"):
                add(who, m.start("who"))  # "The army's final toll", "4,000-6,000 (UN)"
    for m in islice(_IN_DOCUMENT.finditer(sent), MAX_MATCHES):
        who = m.group("who")
        g = (resolve_generic(text, start + m.start("who"), who, published, _read_sentence)
             if GENERIC.fullmatch(who) else None)
        if g or (not GENERIC.fullmatch(who) and classify(who, published) != "unknown"):
            add(who, m.start("who"), generic=g if GENERIC.fullmatch(who.strip()) else None)
    for rx, on in ((_AGENT, by), (_FIGURE_FROM, (by or " from " in low) and may_match(_GATE_FIGURE_FROM, low)),
                   (_FIGURE_IS, may_match(_GATE_FIGURE_IS, low))):
        for m in islice(rx.finditer(sent) if on else (), MAX_MATCHES):
            who = re.sub(r"['\u2019]s?$", "", m.group("who").strip().rstrip("."))
            if not who or who.lower() in PRONOUNS or not _could_be_claimant(who) or re.search(r"\d", who):
                continue
            if rx is _FIGURE_FROM and _EVENT_HEAD.search(who):
                continue  # "the death toll from a Taliban attack": the event counted, not a speaker
            if rx is _AGENT and _GIVEN_THING.match(m.group(0)) and not _FIGURE_GIVEN.search(
                    sent, max(_clause_start(sent, m.start()), m.start() - 80), m.start()):
                continue  # "the training provided by AQIS", "weapons supplied by X": no figure's giver
            if rx is _AGENT:
                add(who, m.start("who"), scope=(_clause_start(sent, m.start()), m.start("who") + len(who)))
            else:
                add(who, m.start("who"))
    head = _HEADLINE_COLON.match(sent) if may_match(_GATE_HEADLINE_COLON, low) else None
    if head and classify(head.group("who"), published) != "unknown":
        add(head.group("who"), head.start("who"))  # "ISPR: four soldiers martyred in North Waziristan"
    verbs = not _SAY_WORDS.isdisjoint(low.translate(_TO_SPACE).split())
    for m in islice(_SAY_RX.finditer(sent) if verbs else (), MAX_MATCHES):
        verb = m.group(0).lower()
        if verb == "according" or (verb == "states" and sent[max(0, m.start() - 7) : m.start()].lower() == "member "):
            continue  # "Member states assessed": a noun, the verb comes after
        if m.start() > 0 and sent[m.start() - 1] in "-\u2010\u2011":
            continue  # "a Taliban-claimed bombing", "the IS-claimed attack": an adjective, no one speaks
        if _SPACES.match(sent, m.end()).end() in inverted:
            continue
        if verb.startswith("maintain") and not _MAINTAIN_SAYS.match(sent, m.end()):
            continue  # "the group maintains about 2,000 fighters": keeps, not says
        if (_DETERMINER_BEFORE.search(sent, max(0, m.start() - 20), m.start()) and verb not in ("said", "says", "told")
                and not _ADVERB_AFTER_SUBJECT.search(sent, max(0, m.start() - 60), m.start())):
            continue  # "the confirmed number of martyrs": an adjective, not a verb
        if verb in _NOUN_VERBS and (_NOUN_BEFORE.search(sent, max(0, m.start() - 80), m.start())
                                    or _PARTICIPLE_AFTER.match(sent, m.end()) or _OF_AFTER.match(sent, m.end())):
            continue  # "according to a UN report released in July": a noun, not a verb
        if verb in ("claimed", "claims", "claim") and _CLAIMED_LIVES.match(sent, m.end()):
            continue  # "the blasts have claimed 57 lives": a toll, not a speaker
        if (verb in ("claimed", "claims", "claim") and (ev := _CLAIMED_EVENT.match(sent, m.end()))
                and not _CLAIMED_OWN_FIGURE.search(sent, m.end(), m.end() + 300) and not _EVENT_THEN_VERB.match(sent, ev.end())):
            # "X claimed the attack, in which 13 died": an attribution, not X's figure; X is kept as
            # a mention only, for a pronoun in the next sentence ("In a statement, it said ...")
            c = _sayer(text, start, sent, m, published)
            if ((c is None or (c.role == "unknown" and c.text and c.text[:1].isupper()))
                    and re.match(r"\s+(?:the\s+)?(?:responsibility|accountability|credit)", sent[m.end() :])):
                subj = _subject_of(sent, m.end(), any_name=True)  # whoever claims responsibility is the group
                if subj and subj[0].lower() not in PRONOUNS and not re.match(r"(?:No|Nobody|None)\b", subj[0]):
                    c = Claimant(subj[0], "perpetrator", start + subj[1], start + subj[1] + len(subj[0]))
            if c is not None and c.text and c.text.lower() not in PRONOUNS and c.role == "perpetrator":
                out.append(Claimant(c.text, c.role, c.start, c.end, c.start, c.start))
            continue
        c = _sayer(text, start, sent, m, published)
        if c is not None and verb in _ACCUSE and c.role == "perpetrator":
            continue  # "the Taliban blamed IS-K for the attack": a group speaking of another's attack, no own claim
        if c is not None:
            out.append(c)
    if '"' in sent or "\u201d" in sent or "\u2019" in sent:
        _after_quote(sent, start, out, add)
    for m in islice(_PARTICIPLE.finditer(sent) if may_match(_GATE_PARTICIPLE, low) else (), MAX_MATCHES):
        own = [c for c in out if (c.scope_start < 0 or mention_only(c)) and c.end <= start + m.start() and c.text]
        if own and own[-1].text.lower() in PRONOUNS:
            continue  # "..., he said, adding that ...": the pronoun is the speaker (the caller resolves it)
        if own:
            c = own[-1]
            # ("X claimed the bombing that killed eight, saying it ...": X claimed the attack, not the figure before)
            sc = (start + m.start(), end) if mention_only(c) else (-1, -1)
            out.append(Claimant(c.text, c.role, start + m.start(), start + m.end(), *sc))
            continue
        subj = _subject_of(sent, m.start())
        if subj:
            add(subj[0], subj[1])
    if not out and ("claiming" in low or "boasting" in low or "asserting" in low or "alleging" in low):
        _group_claiming(sent, published, add)
    if not out and _quotes:
        q = (quote_speaker(text, start, end, published, _read_sentence)
             or continued_speaker(text, start, end, published, _read_sentence)
             or evidential_speaker(text, start, end, low, published, _read_sentence)
             or copy_speaker(text, start, end, published, _read_sentence)
             or paragraph_speaker(text, start, end, published, _read_sentence))
        if q is not None:
            out.append(q)
    if _quotes and any(c.text and c.text.lower() in ("we", "i") for c in out):
        out = [first_person_in_quote(text, c, published, _read_sentence) for c in out]
    if "spokes" in low and any(c.role == "official" and c.text and BARE_SPOKESMAN.fullmatch(c.text) for c in out):
        out = [group_spokesman(text, start, c, published) for c in out]
    if "taliban" in low and published and published < TALIBAN_AUTHORITY_FROM:
        out = [taliban_on_others(text, start, sent, c) for c in out]
    if "commander" in low and any(c.role == "official" and c.text and _BARE_COMMANDER.fullmatch(c.text) for c in out) \
            and _GROUP_SELF.search(sent):
        # "According to late deputy commander X, the group numbers 12,000 fighters": the group's own commander
        out = [replace(c, role="perpetrator") if c.role == "official" and c.text and _BARE_COMMANDER.fullmatch(c.text)
               else c for c in out]
    if any(c.role == "perpetrator" and c.scope_start < 0 for c in out):
        out = [group_on_others(text, start, sent, c) for c in out]
    if "saying" in low or "stating" in low:
        for m in islice(_QUOTED_SAYING.finditer(sent), MAX_MATCHES):
            if classify(m.group("who"), published) in ("official", "international_org", "researcher", "perpetrator"):
                add(m.group("who"), m.start("who"))  # "agencies quoted the health minister saying ...": the minister's
    if not out and "official" in low:
        o = _OFFICIAL_FIGURE.search(sent)
        if o is not None:  # "The official death toll is 52": the authorities' figure, whoever reports it
            out.append(Claimant("officials", "official", start + o.start(), start + o.end()))
    if any(c.role == "unknown" and c.text and c.text[:1].isupper() for c in out):
        out = [_person(text, c, published) for c in out]  # "Mr. Mujahid said": the title the report gave him
    if " the " in low and any(c.role in ("official", "unknown") and c.text and " the " in c.text for c in out):
        out = [_of_group(text, c, published) for c in out]  # "a commander of the militia": the group's
    out.sort(key=lambda c: c.start)
    if len(out) > 1 and ("cit" in low or "quot" in low):
        out = cited_sources(text, out)
    return pronouns_in_sentence(out)


#: A commander of no named force ("late deputy commander X", "a senior commander"; not "an army commander") ...
_BARE_COMMANDER = re.compile(r"(?:(?:the|a|an|its|their)\s+)?(?:(?:late|former|slain|senior|top|deputy|chief|field|"
                             r"local)\s+){0,3}commander(?:\s*,?\s+[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){0,3})?",
                             re.IGNORECASE)
#: ... telling the group's own size in the sentence ("the group numbers", "the militia has")
_GROUP_SELF = re.compile(r"\bthe\s+(?:group|militia|division|brigade|outfit|organi[sz]ation|movement)\s+(?:now\s+|still\s+)?"
                         r"(?:numbers|numbered|has|had|counts|fields|boasts|comprises|includes)\b", re.IGNORECASE)
#: "news agencies quoted the health minister saying one person died": the one quoted speaks
_QUOTED_SAYING = re.compile(r"\b(?:quoted|quoting|quotes|cited|citing|cites)\s+(?P<who>(?:(?!(?:saying|as|that)\b)"
                            r"[\w'\u2019\-]+\s+){0,6}?(?!(?:saying|as|that)\b)[\w'\u2019\-]+)"
                            # "quoted the prosecutor confirming the news on Thursday saying ...": the prosecutor
                            r"(?:\s+(?:confirming|announcing|describing|speaking|commenting)\b[^.;,\d]{0,50}?)?"
                            r"\s+(?:as\s+)?(?:saying|stating)\b",
                            re.IGNORECASE)
def _after_quote(sent: str, start: int, out: list[Claimant], add) -> None:
    """ '"...," the military declared in a press release.': the speaker of a paraphraser's verb after a quotation."""
    for m in islice(_QUOTE_THEN_WEAK.finditer(sent), MAX_MATCHES):
        who = " ".join(strip_leading(m.group("who").split()))
        s0 = m.start("who") + m.group("who").find(who)
        if (who and (who.lower() in PRONOUNS or _could_be_claimant(who) or _is_name(who))
                and not any(c.start <= start + s0 < c.end for c in out)):
            add(who, s0)


def _group_claiming(sent: str, published: str | None, add) -> None:
    """ "The group has raided army posts claiming that dozens of soldiers were killed": a participle of claiming
    with no comma before it is the subject's claim when the subject is a group (the figures after it only)."""
    m = _BARE_CLAIMING.search(sent)
    if m is None or _CLAIMED_EVENT.match(sent, m.end()):
        return  # "a video claiming responsibility for the attack": an attribution, not a figure
    subj = _subject_of(sent, m.start())
    if subj is not None and classify(subj[0], published) == "perpetrator":
        add(subj[0], subj[1], scope=(m.start(), len(sent)))


def _of_group(text: str, c: Claimant, published: str | None) -> Claimant:
    g = of_the_group(text, c.start, c.text, published) if c.role in ("official", "unknown") and c.text else None
    return replace(c, text=g[0], role=g[1]) if g else c


def _person(text: str, c: Claimant, published: str | None) -> Claimant:
    """A bare name ("Bajwa", "Mr. Mujahid") with the title the report gives that person elsewhere (coref)."""
    if c.role == "unknown" and c.text and classify(c.text, published) == "reporter":
        # "..., Dawn reported": an outlet's name, not a person's (passing on the source it cited before, if any)
        o = outlet_source(text, c.text, c.start, published, _read_sentence)
        return replace(c, text=f"{c.text} ({o[0]})", role=o[1]) if o else replace(c, role="reporter")
    name = bare_name(c.text) if c.role == "unknown" and c.text and not _could_be_claimant(c.text) else None
    p = person(text, name, c.start, published) if name else None
    if name and p is None:  # "The agency quoted Karim Rostami saying": the person told of by title just before
        p = new_name_after_title(text, name, c.start, published, _read_sentence)
    if p is None:
        return c
    return replace(c, text=p[0] if len(p) > 2 and p[2] else f"{c.text} ({p[0]})", role=p[1])


def _sayer(text: str, start: int, sent: str, m: re.Match, published: str | None) -> Claimant | None:
    """The claimant before a reporting verb ("Police said", "NAME, a spokesman for X, said")."""
    verb = m.group(0).lower()
    lo = max(0, m.start() - 200)
    before = sent[lo : m.start()]
    if verb in ("quoted", "cited"):
        # "an official was quoted (by PTV) as saying": a passive, its subject speaks
        passive = _PASSIVE_END.search(before) is not None
        q = None if passive else _QUOTED_AS_SAYING.match(sent, m.end())
        if q is not None:  # '"...," TOLOnews quoted the Ministry of Interior as saying': the ministry speaks
            who = q.group("who")
            return Claimant(who, _role(who, sent, published), start + q.start("who"), start + q.end("who"))
        q = None if passive else _QUOTED_LAST.match(sent, m.end())
        who = q.group("who").rstrip(".") if q is not None else ""
        if who and classify(who, published) not in ("unknown", "reporter"):
            # "..., AFP quoted police sources.": the agency passes on the police's figure
            return Claimant(who, _role(who, sent, published), start + q.start("who"), start + q.start("who") + len(who))
        before = re.sub(r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s*$", "", before)
    had_comma = before.rstrip().endswith(",")
    before = re.sub(r"(?:\s+|,\s*)(?:has|have|had|also|later|quickly|previously|separately|earlier|initially|"
                    r"however|meanwhile|too|themselves|itself|now|still|again|have\s+since|had\s+earlier|on\s+\w+day|"
                    r"on\s+Twitter|in\s+a\s+statement|further|subsequently|then|first|originally|reportedly|officially|"
                    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday)\s*,?\s*$",
                    "", before.rstrip())
    if had_comma and not before.endswith(","):
        before += ","  # "X, in a statement on Monday, said": keep the apposition's closing comma
    # "A doctor, who spoke on condition of anonymity, said": the relative clause is not the speaker
    # ("X, while briefing the media outside the court, said": an adverbial clause, the speaker before it)
    rel_clause = re.search(r",\s*(?:who|which|speaking|talking|requesting|asking|declining|not\s+authori[sz]ed|"
                           r"(?:while|whilst|when|after|before)\s+[a-z]+ing|briefing|addressing)\b"
                           r"[^,;\"\u201c\u201d]{0,120},\s*$", before)
    if rel_clause and rel_clause.start() > 0:
        before = before[: rel_clause.start()]
    # "NAME, TITLE, said" / "TITLE, NAME, said": the person with their title
    app = _appositive(before)
    if app is not None:
        who = app
        k = sent.rfind(who, lo, m.start())
        pos = start + (k if k >= 0 else lo)
        return Claimant(who, _role(who, sent, published), pos, pos + len(who))
    before = before.rstrip(" ,") + " "
    who = " ".join(before.split()[-8:])
    whole = who
    # keep the noun phrase just before the verb: cut at the last clause break (not at the quote
    # marks of 'an "informed source" told')
    w = _SCARE_QUOTES.sub(lambda q: re.sub(r"[\"\u201c\u2018\u201d\u2019]", " ", q.group(0)), who)
    cut = max(w.rfind(","), w.rfind(";"), w.rfind("\u201d"), w.rfind('"'), w.rfind(":"),
              w.rfind(" - "), w.rfind("--"), w.rfind("\u2013"), w.rfind("\u2014"), w.rfind("\u2019 "), w.rfind("\u2018"),
              w.rfind("]"))  # "... sources.[2] Ministry spokesman X said": after a citation mark
    if cut >= 0:
        who = who[cut + 1 :].lstrip(" -")
    if _AND_VERB_ONLY.fullmatch(who) and cut >= 0:
        # "The military is on the offensive in X, and has claimed ...": the subject of the first verb
        sub = _FIRST_SUBJECT.match(sent)
        if sub is not None and _could_be_claimant(sub.group("subj")):
            pos = start + sub.start("subj")
            return Claimant(sub.group("subj"), _role(sub.group("subj"), sent, published), pos, sub.end("subj") + start)
    if who.strip().lower() in ("which", "who"):
        return _antecedent(text, start, sent, lo + sent[lo : m.start()].rfind(who.strip()), published)
    if re.match(r"\s*(?:which|that|whom)\s+\S", who, re.IGNORECASE) and re.match(r"\s*,", sent[m.end() :]):
        return None  # "the attack, which the group acknowledged, killed 12": not the group's figure
    who = " ".join(strip_leading(who.split()))
    if _EVENT_SUBJECT.match(who):
        return None  # "#Breaking: Major suicide attack on the army, claims 90 dead": an event, no speaker
    two = _TWO_VERBS.match(who)
    if two is not None:  # "the Pakistan Army has rejected the BLA's claims and confirmed": the army
        who = two.group("subj")
    pron = re.search(r"\b(?:and|but|while|as|so|then)\s+(he|she|they|it|we)$", who, re.IGNORECASE)
    if pron:
        who = pron.group(1)  # "... visited the site and he said": the pronoun is the subject
    cutv = list(re.finditer(r"\s+(?:told|tells|said|says)\b", who))
    if cutv and cutv[-1].start() > 0:
        rest = who[cutv[-1].end() :].split()
        if not rest or rest[-1].lower() in PRONOUNS or (rest[0].lower() == "that" and len(rest) == 1):
            who = who[: cutv[-1].start()]  # "an official told Reuters it had confirmed": the official
        else:
            who = " ".join(strip_leading(rest))  # "the panel said UN members assess that": UN members
    # "By 2023 the UN monitoring team estimated": the team
    who = re.sub(r"^(?:in|by|since|during|as\s+of|until)\s+(?:early\s+|late\s+|mid-?)?(?:[A-Za-z]+\s+)?\d{4},?\s+", "",
                 who, flags=re.IGNORECASE)
    # "A day after the group claimed", "Hours after X said": the subordinate clause's subject
    who = re.sub(r"^(?:(?:a|one|two|three|several|some|just|only|\w+)\s+(?:day|days|hours?|weeks?|months?|minutes?)\s+)"
                 r"(?:after|before|since)\s+", "", who, flags=re.IGNORECASE)
    # "Later in the day the Guards issued": the Guards
    who = re.sub(r"^(?:(?:later|earlier)\s+)?(?:(?:in|on|during|by|at)\s+)?(?:(?:the|that|this)\s+)?(?:same\s+)?(?:day|evening|"
                 r"morning|afternoon|night|week|weekend|month)\b,?\s+(?=\S)", "", who, flags=re.IGNORECASE)
    if not who:
        return None
    rel = sent[lo : m.start()].rfind(who)
    pos = start + lo + max(rel, 0)
    if who.lower() in PRONOUNS:
        if who.lower() != "it" or verb in _IT_SAID or (verb in _IT_SAYS and _IT_CLAUSE.match(sent, m.end())):
            if who.lower() == "it":
                st = statement_before(text, start, published)
                if st is not None:  # "It described the attack as ...": the statement just told of
                    return Claimant(f"{who} ({st[0]})", st[1], pos, pos + len(who))
            return Claimant(who, "unknown", pos, pos + len(who))
        return None
    if who.lower() in {"which", "who"}:
        return _antecedent(text, start, sent, lo + max(rel, 0), published)
    if who.lower() in {"this", "that"}:
        return None
    if re.search(r"\b(?:[Aa]re|[Ii]s|[Ww]ere|[Ww]as|be|been|being|have|has|had)$|(?:^|\b[a-z][\w\-]*\s+|[^\w\s]\s*)\d", who):
        return None  # "60 people are confirmed dead": a passive, not a claimant
    if re.fullmatch(r"(?:the\s+)?(?:\w+\s+)?(?:death\s+toll|toll|attack|bombing|blast)", who, re.IGNORECASE):
        return None
    if _NAME_ONLY.fullmatch(_HONORIFIC.sub("", who)) and who in whole and _could_be_claimant(whole):
        # "the government's chief spokesman, Zabihullah Mujahid said": the title goes with the name
        title = " ".join(strip_leading(_title_before(whole, who, ',;:"\u201c\u201d\u2018').split()))
        if not 3 <= len(title) <= 100:
            title = ""
        if title and _TITLE.search(title) and classify(title, published) != "unknown":
            who = f"{title}, {who}"
            k = sent.rfind(who, lo, m.start())
            pos = start + k if k >= 0 else pos
            return Claimant(who, _role(who, sent, published), pos, pos + len(who))
    if CAPITAL.fullmatch(who):  # "Islamabad maintained that ...": the capital speaks for its government
        return Claimant(who, "official", pos, pos + len(who))
    if not _could_be_claimant(who) and _NAME_ONLY.fullmatch(_HONORIFIC.sub("", who)) and not _could_be_claimant(whole):
        return Claimant(who, "unknown", pos, pos + len(who))  # a bare name: resolved by the caller
    if not _could_be_claimant(who):
        g = resolve_generic(text, pos, who, published, _read_sentence) if GENERIC.fullmatch(who) else None
        if g:
            return Claimant(g[0], g[1], pos, pos + len(who))
        # "A district police chief, Gul Mohammad, said": the title before the name
        title = " ".join(strip_leading(_title_before(whole, who, ',;:"\u201c\u201d').split())) if who else ""
        if (not title or not _could_be_claimant(title) or not (_TITLE.search(title) or len(title.split()) <= 4)
                or _LIST_HEAD.match(title)):
            if _NAME_ONLY.fullmatch(_HONORIFIC.sub("", who)):  # "..., McKenzie said", "Mr. Khan said": a bare name
                return Claimant(who, "unknown", pos, pos + len(who))
            return None
        who = f"{title}, {who}"
        pos = start + lo + sent[lo : m.start()].rfind(who) if who in sent[lo : m.start()] else pos
    g = resolve_generic(text, pos, who, published, _read_sentence) if GENERIC.fullmatch(who) else None
    if g:
        return Claimant(g[0], g[1], pos, pos + len(who))
    return Claimant(who, _role(who, sent, published), pos, pos + len(who))


_PASSIVE_END = re.compile(r"\s(?:was|were|is|are|been|being)\s*$")
_QUOTED_AS_SAYING = re.compile(r"\s+(?P<who>(?:the\s+|a\s+|an\s+)?[A-Za-z][\w.'\u2019\-]*(?:\s+[\w.'\u2019\-]+){0,7}?)"
                               # "quoted X confirming the news on Thursday saying": X
                               r"(?:\s+(?:confirming|announcing|describing|speaking|commenting)\b[^.;,\d]{0,50}?)?"
                               r"\s+(?:as\s+)?saying\b")
# "..., AFP quoted police sources." / "..., AP cited hospital officials.": the source quoted closes the sentence
_QUOTED_LAST = re.compile(r"\s+(?P<who>(?:the\s+|a\s+|an\s+)?[A-Za-z][\w.'\u2019\-]*(?:\s+[\w.'\u2019\-]+){0,7}?)"
                          r"[.!\"\u201d\u2019]*\s*$")
# the subject of two coordinated verbs, the reporting one second: "X has rejected the claims and (confirmed)"
_FIRST_SUBJECT = re.compile(r"\s*(?P<subj>(?:The|the|Pakistan['\u2019]s|Afghanistan['\u2019]s)\s+(?:[\w\-'\u2019]+\s+){0,3}?[\w\-'\u2019]+)\s+"
                            r"(?:is|was|are|were|has|have|had|remains|remained)\b")
_AND_VERB_ONLY = re.compile(r"\s*(?:and|but)(?:\s+(?:has|have|had|also|later|then))*\s*", re.IGNORECASE)
_TWO_VERBS = re.compile(r"(?P<subj>(?:[Tt]he\s+)?(?:[\w.'\u2019\-]+\s+){0,4}?[\w.'\u2019\-]+)\s+(?:has\s+|have\s+|had\s+)?"
                        r"(?:[a-z]+ed|denied|dismissed|is|was|are|were|remains)\b[^,;]*,?\s(?:and|but)$")


#: Quote marks around a word or two of a speaker's noun phrase: 'an "informed source"', 'a “senior official”'.
_SCARE_QUOTES = re.compile(r"\b(?:a|an|the|one)\s+(?:so-called\s+|self-styled\s+|self-proclaimed\s+)?[\"\u201c\u2018][A-Za-z\-]{2,20}(?:\s[A-Za-z\-]{2,20}){0,2}[\"\u201d\u2019](?=\s|$)",
                           re.IGNORECASE)


#: "It" as a speaker standing for a report or a body: with these verbs anywhere ("It said ..."),
#: not "it showed", "it suggests" (often the situation, not a speaker) ...
_IT_SAID = frozenset({"documented", "recorded", "counted", "estimated", "said", "reported", "stated", "described",
                      "describes", "characterised", "characterized", "portrayed", "presented"})
#: ... the others only before what is said: "It noted that", "It added:", not "It added to the fears".
_IT_CLAUSE = re.compile(r"\s*(?:that\b|[,:\"\u201c\u2018]|(?:at\s+least|more\s+than|about|nearly|over|some|around|up\s+to)?\s*\d)",
                        re.IGNORECASE)
_IT_SAYS = frozenset({"documented", "recorded", "counted", "estimated", "estimates", "said", "says", "reported",
                      "reports", "stated", "states", "noted", "notes", "added", "adds", "warned", "warns",
                      "mentioned", "mentions", "observed", "observes", "assessed", "assesses", "highlighted",
                      "confirmed", "announced", "wrote", "tweeted", "posted", "revealed", "reveals", "disclosed",
                      "underlined", "stressed", "asserted", "asserts", "claimed", "claims", "read", "reads"})


#: Words that make a noun phrase a person's title ("chief spokesman", "police chief", "minister").
_TITLE = re.compile(
    r"\b(?:spokes\w+|minister|chief|commander|director|head|governor|official|officer|envoy|ambassador|deputy|"
    r"president|secretary|general|researcher|analyst|expert|fellow|professor|leader|emir|commissioner|"
    r"superintendent|inspector|coordinator|representative|adviser|advisor|doctor|surgeon)\b", re.IGNORECASE)
_NP_BREAK = {"by", "to", "from", "with", "against", "at", "on", "in", "for", "that", "and", "was", "were", "is", "are",
             "has", "had", "claimed", "said", "blamed", "than", "as"}


def _antecedent(text: str, start: int, sent: str, rel_at: int, published: str | None) -> Claimant | None:
    """ "..., claimed by ISIS-K, which said": the noun phrase the relative pronoun refers to."""
    lo = max(0, rel_at - 300)
    head = sent[lo:rel_at].rstrip().rstrip(",").rstrip()
    words = head.split()[-8:]
    breaks = [j for j, w in enumerate(words) if w.lower().strip(",;:") in _NP_BREAK]
    if breaks:
        words = words[breaks[-1] + 1 :]
    who = " ".join(words).strip(" ,;:")
    if not who or not (_could_be_claimant(who) or _is_name(who)):
        return None
    k = head.rfind(who)
    pos = start + lo + max(k, 0)
    role = _role(who, sent, published) if _could_be_claimant(who) else "unknown"
    return Claimant(who, role, pos, pos + len(who))


def _title_before(whole: str, who: str, stops: str) -> str:
    """ "A district police chief, Gul Mohammad" -> "A district police chief": the comma-separated
    segment just before ``who`` at the end of ``whole`` (empty if there is none)."""
    w = whole.rstrip()
    if not who or not w.endswith(who):
        return ""
    head = w[: len(w) - len(who)].rstrip()
    if not head.endswith(","):
        return ""
    seg = head[:-1]
    cut = max(seg.rfind(c) for c in stops)
    return seg[cut + 1 :].strip() if cut >= 0 else seg.strip()


_EVENT_HEAD = re.compile(r"\b(?:attacks?|bombings?|blasts?|explosions?|assaults?|raids?|strikes?|shootings?|ambush(?:es)?|"
                         r"violence|fighting|clash(?:es)?|massacres?|sieges?|incidents?|war|conflict|offensive|unrest|"
                         r"riots?|insurgency|uprising|battles?|hostage|hijacking|stampede)\b", re.IGNORECASE)
_LIST_HEAD = re.compile(r"(?:including|among\s+them|among|such\s+as|plus|with|and|or)\b", re.IGNORECASE)


def _appositive(before: str) -> str | None:
    """ "Mohammad Asif Waziri, a spokesman for the police," -> the name with its title."""
    b = before.rstrip()
    if not b.endswith(","):
        return None
    parts = [p for p in re.split(r"[,;:\"\u201c\u201d\u2014\u2013]", b[:-1]) if p.strip()]
    if len(parts) < 2:
        return None
    last, prev = parts[-1].strip(), " ".join(strip_leading(parts[-2].split()))
    if not last or not prev or len(last) > 110:
        return None
    if re.match(r"(?:who|which|whose|where|when|as|after|before|though|while)\b", last, re.IGNORECASE):
        return None  # "X, which officials describe as ..., claimed": a relative clause
    if re.match(r"(?:in|on|at|according|during|with|for|from|by|to|via|through|under|citing|quoting|late|early|"
                r"earlier|later|meanwhile|however|also|too|separately|speaking|talking|writing)\b", last, re.IGNORECASE):
        # "The military, in a report released on Monday, said": an adverbial, the speaker is before it
        if (re.match(r"(?:by|from)\s", last, re.IGNORECASE) and GENERIC.fullmatch(prev)
                and classify(last[last.index(" ") + 1 :]) != "unknown"):
            return f"{prev}, {last}"  # "The report, by the UN's monitoring team, said": the team's report
        return prev if (_could_be_claimant(prev) or _is_name(prev)) and len(prev.split()) <= 10 else None
    if _is_name(prev) and _could_be_claimant(last):
        return f"{prev}, {last}"
    if _is_name(last) and _could_be_claimant(prev) and not _LIST_HEAD.match(prev):
        return f"{prev}, {last}"  # (not "..., including two officers, Bajwa said": a list, then the speaker)
    if (_could_be_claimant(prev) and _could_be_claimant(last) and len(prev.split()) <= 6
            and classify(prev) not in ("unknown",)):
        return f"{prev}, {last}"  # "the ISPR, the army's media wing, said"
    return None


@lru_cache(maxsize=64)
def _sentence_cues(sent: str) -> tuple[bool, bool]:
    """(a group's statement is mentioned, the group's own men are named) in the sentence."""
    low = sent.lower()  # (speed: the gates spare the scans of sentences that cannot match)
    return (bool(may_match(_GATE_STATEMENT, low) and _STATEMENT.search(sent) and _PERP.search(sent)),
            bool(may_match(_GATE_CLAIMED_OWN, low) and CLAIMED_OWN.search(sent)))


_GATE_STATEMENT, _GATE_CLAIMED_OWN = required(_STATEMENT), required(CLAIMED_OWN)  # CLAIMED_OWN: 23 -> 4 us


def _role(who: str, sent: str, published: str | None) -> str:
    role = classify(who, published)
    statement, own_men = _sentence_cues(sent)
    if statement and role == "unknown" and not _UNKNOWN.search(who):
        role = "perpetrator"
    if role != "perpetrator" and own_men:
        for a in aliases.find_actors(who):
            if a.actor.type == "group" and a.actor.role == "perpetrator":
                role = "perpetrator"
    return role


def _read_sentence(text: str, start: int, end: int, published: str | None) -> list[Claimant]:
    """The claimants of ``text[start:end]`` read from that sentence alone (for ``speakers``)."""
    return find_claimants(text, start, end, published, _quotes=False)


def find_claimant(text: str, start: int, end: int, published: str | None = None) -> Claimant | None:
    """The first claimant named in the sentence, or None (the reporter)."""
    found = find_claimants(text, start, end, published)
    return found[0] if found else None
