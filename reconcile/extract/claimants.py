"""Who asserts a claim: the claimant's words as written, and their role.

``find_claimants`` reads the speakers of one sentence (reporting verbs before or
after, "according to", passive agents, appositions, quotations attributed in another
sentence, "the report/statement" referring back; the speaker before a reporting verb, and the
``Claimant`` record, are in ``sayer``); ``claimant_for`` (from ``choosing``) picks
the one that speaks for a claim's words. The patterns of reporting (verbs, "according to", agents)
are in ``saying``, the role vocabulary in ``roles``; what a claimant found here stands for when
the speaker is named in another sentence (a quotation's speaker, "the statement" pointing back,
continued and hedged sentences) is in ``speakers``; which side a group's speaker is on in ``sides``;
an embedded tweet's account in ``tweets``; a person under their surname, "it" for a statement, an
official of "the group" in ``coref``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from .carried import THE_GROUP, carried_speaker, group_as_body
from .choosing import cited_sources, claimant_for, pronouns_in_sentence
from .coref import BACK_TO_GROUP, bare_name, group_before, new_name_after_title, of_the_group, outlet_source, person
from .gates import may_match, required
from .roles import SOURCE_IN, SOURCE_NOUN, TALIBAN_AUTHORITY_FROM, classify, text_era
from .roles import could_be_claimant as _could_be_claimant
from .sayer import _TITLE, Claimant, _is_name, _sayer
from .saying import (
    _ACCORDING,
    _AGENT,
    _ATTACK_THEN_CLAUSE,
    _BARE_CLAIMING,
    _BRACKETED_SOURCE,
    _CLAIM_OF_FIGURE,
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
    _IN_DOCUMENT,
    _IN_STATEMENT_SUBJECT,
    _LEAD_ADVERBIAL,
    _NOUN_BEFORE,
    _NOUN_VERBS,
    _PARTICIPLE,
    _PARTICIPLE_AFTER,
    _POSSESSIVE_FIGURE,
    _QUOTE_THEN_WEAK,
    _SAID,
    _SAID_BEHIND,
    _SAID_SUBJECT,
    _SAY_RX,
    _SAY_WORDS,
    _SUBJECT_VERB,
    _TITLE_AFTER,
    _TO_SPACE,
    _TRAILING_END,
    _WITH_SAYING,
)
from .sides import BARE_SPOKESMAN, group_on_others, group_spokesman, taliban_on_others
from .speakers import (
    GENERIC,
    PRONOUNS,
    continued_speaker,
    copy_speaker,
    evidential_speaker,
    first_person_in_quote,
    mention_only,
    paragraph_speaker,
    quote_speaker,
    resolve_generic,
    strip_leading,
)
from .tweets import tweet_account

__all__ = ["PRONOUNS", "Claimant", "claimant_for", "classify", "find_claimant", "find_claimants"]




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
#: A day or a time, no speaker: "says in a statement Friday that"
_WHEN_WORD = re.compile(r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tonight)"
                        r"(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)
#: A capitalised name right before a bracket: "Daesh (IS)", "Tehreek-i-Taliban Pakistan (TTP)" (an acronym)
_NAME_BEFORE_BRACKET = re.compile(r"\b[A-Z][\w\-\u2019']*\s*\(\s*$")
#: A reporting verb written with a capital inside prose is part of a name: "the United States dropped", "Member States"
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w.\-]*\s+$")
_LOWER_WORD = re.compile(r"(?<![\w'\u2019])[a-z]{2,}\b")
#: A "sentence" with more reporting verbs (or more claimants) than this is noise: the rest are not read.
MAX_MATCHES = 48


def _clause_start(sent: str, at: int) -> int:
    """Where the clause holding position ``at`` begins (a comma, a semicolon, 'than', 'while' ...)."""
    best = 0
    lo = max(0, at - 300)
    for m in _CLAUSE_BREAK.finditer(sent, lo, at):
        best = m.end()
    return best


#: A subject that is a count of people: "Seven people" (an event as a subject: ``sayer._EVENT_SUBJECT``).
_COUNTED_SUBJECT = re.compile(
    r"(?:(?:at\s+least|more\s+than|some|about|around|nearly)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozens|scores|hundreds|several)\b)", re.IGNORECASE)


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
    if not _could_be_claimant(subj) and not BACK_TO_GROUP.fullmatch(subj) and not (any_name and re.fullmatch(r"(?:The\s+)?[A-Z][\w\-\u2019']*(?:\s+[A-Z][\w\-\u2019']*){0,4}", subj)):
        return None
    return subj, s0 + head[s0:].find(subj)


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
        if _CITED_CLAUSE.match(who):
            continue  # "claimed the attack, citing they had hit their target": the group's own words, no source
        w_end = m.start("who") + len(who)
        if (m.start() > 0 and _TRAILING_END.fullmatch(sent, w_end)
                and classify(who, published) in ("official", "international_org") and not _NEWS_RELAY.search(who)):
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
        if _WHEN_WORD.fullmatch(who):
            continue  # "X, which ..., says in a statement Friday that": the day, no speaker after the verb
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
            if rx is _BRACKETED_SOURCE and _NAME_BEFORE_BRACKET.search(sent, max(0, m.start("who") - 40), m.start("who")):
                continue  # "At least 92 Daesh (IS) fighters": a name's acronym, no source
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
        if sent[m.start()].isupper() and _NAME_WORD_BEFORE.search(sent, max(0, m.start() - 30), m.start()) and \
                len(_LOWER_WORD.findall(sent, 0, 200)) >= 5:
            continue  # "when the United States dropped the bomb": a name's word in prose, no reporting verb
        if _SPACES.match(sent, m.end()).end() in inverted:
            continue
        if verb.startswith("maintain") and not _MAINTAIN_SAYS.match(sent, m.end()):
            continue  # "the group maintains about 2,000 fighters": keeps, not says
        if (_DETERMINER_BEFORE.search(sent, max(0, m.start() - 20), m.start()) and verb not in ("said", "says", "told")
                and not _ADVERB_AFTER_SUBJECT.search(sent, max(0, m.start() - 60), m.start())):
            continue  # "the confirmed number of martyrs": an adjective, not a verb
        if verb in _NOUN_VERBS and (_NOUN_BEFORE.search(sent, max(0, m.start() - 80), m.start())
                                    or _PARTICIPLE_AFTER.match(sent, m.end())
                                    or (_OF_AFTER.match(sent, m.end()) and not _CLAIM_OF_FIGURE.match(sent, m.end()))):
            continue  # "according to a UN report released in July": a noun, not a verb
        if verb in ("claim", "claims") and (pm := _POSSESSOR_BEFORE.search(sent, max(0, m.start() - 60), m.start())):
            # "the BLA's claim that 40 soldiers died": the possessor's figure in the clause of its claim only
            # ("Officials rejected the BLA's claim, saying only three died": the officials' three)
            if classify(pm.group("who"), published) != "unknown":
                stop = _CLAUSE_STOP.search(sent, m.end())
                add(pm.group("who"), pm.start("who"), scope=(m.start(), stop.start() if stop else len(sent)))
            continue
        if verb in ("claimed", "claims", "claim") and _CLAIMED_LIVES.match(sent, m.end()):
            continue  # "the blasts have claimed 57 lives": a toll, not a speaker
        if verb in _SAID and (bh := _SAID_BEHIND.match(sent, m.end())) and (
                not re.search(r"\d", sent[bh.end():]) or _ATTACK_THEN_CLAUSE.match(sent, bh.end())):
            # "A day after 23 people were killed at a museum, ISIS said it was behind the shooting": the group
            # claims the attack, not the toll; kept as a mention only, for a pronoun after it
            c = _sayer(text, start, sent, m, published, _read_sentence)
            if c is not None and c.text and c.text.lower() not in PRONOUNS and c.role == "perpetrator":
                out.append(Claimant(c.text, c.role, c.start, c.end, c.start, c.start))
                continue
        if (verb in ("claimed", "claims", "claim", "took") and (ev := _CLAIMED_EVENT.match(sent, m.end()))
                and not _CLAIMED_OWN_FIGURE.search(sent, m.end(), m.end() + 300) and not _EVENT_THEN_VERB.match(sent, ev.end())):
            # "X claimed the attack, in which 13 died": an attribution, not X's figure; X is kept as
            # a mention only, for a pronoun in the next sentence ("In a statement, it said ...")
            c = _sayer(text, start, sent, m, published, _read_sentence)
            if ((c is None or (c.role == "unknown" and c.text and c.text[:1].isupper()))
                    and re.match(r"\s+(?:the\s+)?(?:responsibility|accountability|credit)", sent[m.end() :])):
                subj = _subject_of(sent, m.end(), any_name=True)  # whoever claims responsibility is the group
                if subj and subj[0].lower() not in PRONOUNS and not re.match(r"(?:No|Nobody|None)\b", subj[0]):
                    c = Claimant(subj[0], "perpetrator", start + subj[1], start + subj[1] + len(subj[0]))
            if c is not None and c.text and c.text.lower() not in PRONOUNS and c.role == "perpetrator":
                out.append(Claimant(c.text, c.role, c.start, c.end, c.start, c.start))
            continue
        c = _sayer(text, start, sent, m, published, _read_sentence)
        if c is not None and verb in _ACCUSE and c.role == "perpetrator":
            continue  # "the Taliban blamed IS-K for the attack": a group speaking of another's attack, no own claim
        if c is not None:
            out.append(c)
    if '"' in sent or "\u201d" in sent or "\u2019" in sent:
        _after_quote(sent, start, out, add)
    for m in islice(_PARTICIPLE.finditer(sent) if may_match(_GATE_PARTICIPLE, low) else (), MAX_MATCHES):
        if any(c.start <= start + m.start() < c.end for c in out):
            continue  # "ISIS came out Thursday and said": the participle is inside a speaker's words found already
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
        elif (ps := _PRONOUN_SUBJECT.match(sent)) and (g := group_before(text, start, published, _read_sentence)):
            # "It issued a statement saying ...": the group the sentence before named
            out.append(Claimant(f"{ps.group('p')} ({g[0]})", g[1], start + ps.start("p"), start + ps.end("p")))
    if not out and "in " in low and (st := _IN_STATEMENT_SUBJECT.match(sent)) is not None:
        # "In a statement, he expressed grief over the deaths of four children": the statement's issuer (a pronoun:
        # the caller resolves it)
        who = st.group("who")
        add(who, st.start("who"), role="unknown" if who.lower() in PRONOUNS else None)
    if not out and ("claiming" in low or "boasting" in low or "asserting" in low or "alleging" in low):
        _group_claiming(sent, published, add)
    if not out and _quotes:
        q = (tweet_account(text, start, end, published)
             or quote_speaker(text, start, end, published, _read_sentence)
             or continued_speaker(text, start, end, published, _read_sentence)
             or evidential_speaker(text, start, end, low, published, _read_sentence)
             or copy_speaker(text, start, end, published, _read_sentence)
             or paragraph_speaker(text, start, end, published, _read_sentence)
             or carried_speaker(text, start, end, published, _read_sentence))
        if q is not None:
            out.append(q)
    if _quotes and any(c.text and c.text.lower() in ("we", "i") for c in out):
        out = [first_person_in_quote(text, c, published, _read_sentence) for c in out]
    if "spokes" in low and any(c.role == "official" and c.text and BARE_SPOKESMAN.fullmatch(c.text) for c in out):
        out = [group_spokesman(text, start, c, published, _read_sentence) for c in out]
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
    if not out and ("condemn" in low or "denounc" in low or "deplor" in low):
        d = _CONDEMNS_ATTACK_THAT.match(sent)
        if d is not None and classify(d.group("who"), published) in ("official", "international_org"):
            # "UNAMA condemns the attack, which killed at least 31": the organisation's own figure
            add(d.group("who"), d.start("who"))
    if not out and ("bodies" in low or "corpses" in low) and (fb := _FOUND_BODIES.search(sent)) is not None and \
            classify(fb.group("who"), published) in ("official", "international_org"):
        # "Police also found nine bodies of civilians", "Rescue workers recovered 14 bodies": who found them counts them
        add(fb.group("who"), fb.start("who"))
    if not out and (tail := _HEADLINE_TAIL.search(sent)) is not None and \
            classify(tail.group("who"), published) in ("official", "international_org", "researcher", "perpetrator"):
        # "Death toll from the strikes rises to 65 - Health Ministry", "Five dead in strike on city: Governor"
        add(tail.group("who"), tail.start("who"))
    if "responsib" in low or "claimed" in low or "credit" in low:
        # "Lashkar-e-Jhangvi claimed the bombing and said 31 had died": whoever claims the attack is its perpetrator
        out = [replace(c, role="perpetrator") if c.role == "unknown" and c.text and c.text[:1].isupper()
               and start <= c.end <= end and _CLAIMS_ATTACK.match(text, c.end, end) else c for c in out]
    if not out and "official" in low:
        o = _OFFICIAL_FIGURE.search(sent)
        if o is not None:  # "The official death toll is 52": the authorities' figure, whoever reports it
            out.append(Claimant("officials", "official", start + o.start(), start + o.end()))
    if any(c.role == "unknown" and c.text and c.text[:1].isupper() for c in out):
        out = [_person(text, c, published) for c in out]  # "Mr. Mujahid said": the title the report gave him
    if " the " in low and any(c.role in ("official", "unknown") and c.text and " the " in c.text for c in out):
        out = [_of_group(text, c, published) for c in out]  # "a commander of the militia": the group's
    if "group" in low and any(c.role == "perpetrator" and c.text and THE_GROUP.fullmatch(c.text) for c in out):
        out = [group_as_body(text, start, c, published, _read_sentence) for c in out]  # "The group (MSF) said"
    out.sort(key=lambda c: c.start)
    if len(out) > 1 and ("cit" in low or "quot" in low):
        out = cited_sources(text, out)
    out = pronouns_in_sentence(out)
    if any(c.role in ("unknown", "official") and c.text and BACK_TO_GROUP.fullmatch(c.text) for c in out):
        # "The organisation said", "Its commander said": the group told of before (a generic noun that stands for no
        # group there is no claimant: "The UN said .... The organisation said" stays as it was)
        out = [b for c in out if (b := _back_to_group(text, start, c, published)) is not None]
    return out


#: A headline's source after a dash or a colon at its end ("... rises to 65 - Health Ministry", "...: Governor"):
#: a short capitalised name, no full stop after it
_HEADLINE_TAIL = re.compile(r"(?:\s+[-\u2013\u2014|]\s+|:\s+)(?P<who>(?:[Tt]he\s+)?(?-i:[A-Z])[\w.'\u2019\-]*"
                            r"(?:\s+(?:of\s+|the\s+|for\s+)?(?-i:[A-Z])[\w.'\u2019\-]*){0,4})\s*$")
#: the finder of bodies as the subject of the sentence ("Police also found nine bodies", "Rescue teams have recovered
#: the bodies of 12 miners")
_FOUND_BODIES = re.compile(
    r"^\s*(?:[A-Z][\w\-]*\s*,\s*)?(?P<who>(?:[Tt]he\s+)?(?-i:[A-Z])[\w.'\u2019\-]*(?:\s+(?!(?:also|have|has|had|later|so|just|then)\b)"
    r"[\w.'\u2019\-]+){0,4}?)\s+(?:(?:also|have|has|had|later|so\s+far|just|then)\s+){0,2}"
    r"(?:found|recovered|retrieved|pulled\s+out|dug\s+out|exhumed)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:bodies|corpses)\b")
#: right after a claimant: its claim of the attack ("X claimed responsibility", "X, which claimed the bombing")
_CLAIMS_ATTACK = re.compile(r"\s*,?\s*(?:which\s+|who\s+)?(?:has\s+|have\s+|had\s+|also\s+|later\s+|quickly\s+|swiftly\s+)?"
                            r"(?:claimed\s+(?:responsibility|credit|the\s+(?:attack|bombing|assault|blast|killings?))|"
                            r"took\s+(?:the\s+)?(?:responsibility|credit))\b")

def _back_to_group(text: str, start: int, c: Claimant, published: str | None) -> Claimant | None:
    if c.role not in ("unknown", "official") or not c.text or not BACK_TO_GROUP.fullmatch(c.text):
        return c
    g = group_before(text, start, published, _read_sentence)
    if g:
        return replace(c, text=f"{c.text} ({g[0]})", role=g[1])
    return None if c.role == "unknown" and not _could_be_claimant(c.text) and c.text.lower() not in PRONOUNS else c


#: A commander of no named force ("late deputy commander X", "a senior commander"; not "an army commander") ...
#: "UNAMA condemns the attack, which killed at least 31 civilians": the condemning body's figure
_CONDEMNS_ATTACK_THAT = re.compile(
    r"\s*(?P<who>(?:[Tt]he\s+)?(?-i:[A-Z])[\w.'\u2019\-]*(?:\s+[\w.'\u2019()\-]+){0,7}?)\s+(?:has\s+|have\s+)?"
    r"(?:strongly\s+)?(?:condemns|condemned|condemn|denounces|denounced|deplores|deplored)\s+(?:(?:the|a|an|this|[A-Z]\w+['\u2019]s)\s+)?"
    r"[^,.;]{0,80}?\b(?:attack|bombing|blast|explosion|strike|airstrike|assault)s?\b[^,.;]{0,60}?,?\s+(?:which|that)\s+"
    r"(?:has\s+|had\s+|reportedly\s+)?(?:killed|left|claimed|wounded|injured)\b", re.IGNORECASE)
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
#: "It issued a statement saying": a pronoun as the subject of the sentence (the caller knows who it stands for)
_PRONOUN_SUBJECT = re.compile(r"\s*(?P<p>It|They)\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+)?[a-z]+(?:ed|t|k|e)\b")


#: "the BLA's claim", "the militants' claims": a possessor before a claim (a noun), and where that claim's clause ends
_POSSESSOR_BEFORE = re.compile(r"(?P<who>\b(?:[Tt]he\s+)?(?:(?-i:[A-Z])[\w\-]*\s+){0,2}?[\w\-]+)['\u2019]s?\s+"
                               r"(?:(?:own|latest|initial|earlier|new)\s+)?$")
#: What "citing" or "quoting" is followed by when it gives the speaker's own reason, not a source: a clause
_CITED_CLAUSE = re.compile(r"(?:they|it|he|she|we|its\s+fighters|their\s+fighters)\s+(?:have|has|had|were|was|are|is|would|"
                           r"will|did|hit|killed|attacked|targeted|carried)\b", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[,;:]\s|\s(?:and|but)\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+)?(?:\w+ed|said|says|put|gave|told)\b")


#: A state's news agency or media at the end of a sentence pass on the words of whoever speaks before them ("the group
#: said it killed a guard, according to IRNA": the group's figure); with no speaker before, they speak themselves
_NEWS_RELAY = re.compile(r"\b(?:IRNA|TASS|RIA(?:\s+Novosti)?|Tasnim|Fars|Mehr|ISNA|PTV|Radio\s+Pakistan|Bakhtar|Xinhua|"
                         r"Associated\s+Press\s+of\s+Pakistan|APP|news\s+agency|media(?!\s+(?:wing|cell|office|department))|"
                         r"broadcaster|television|TV|radio|newspaper)\b", re.IGNORECASE)


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










_EVENT_HEAD = re.compile(r"\b(?:attacks?|bombings?|blasts?|explosions?|assaults?|raids?|strikes?|shootings?|ambush(?:es)?|"
                         r"violence|fighting|clash(?:es)?|massacres?|sieges?|incidents?|war|conflict|offensive|unrest|"
                         r"riots?|insurgency|uprising|battles?|hostage|hijacking|stampede)\b", re.IGNORECASE)






def _read_sentence(text: str, start: int, end: int, published: str | None) -> list[Claimant]:
    """The claimants of ``text[start:end]`` read from that sentence alone (for ``speakers``)."""
    return find_claimants(text, start, end, published, _quotes=False)


def find_claimant(text: str, start: int, end: int, published: str | None = None) -> Claimant | None:
    """The first claimant named in the sentence, or None (the reporter)."""
    found = find_claimants(text, start, end, published)
    return found[0] if found else None
