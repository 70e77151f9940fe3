"""Who speaks before a reporting verb: the ``Claimant`` record, and ``_sayer``, the claimant read from the
words before a verb ("Police said", "NAME, a spokesman for X, said", "the ISPR, the army's media wing, said",
"an official was quoted as saying", "..., which said", "It said" for the statement just told of).

The noun phrase before the verb is cut at its clause breaks; a name goes with the title beside it (an
apposition, a title before a comma); a relative pronoun stands for the noun phrase before it; a generic
"the report" is resolved with ``read`` (``claimants`` passes its one-sentence reader), so this module does
not import ``claimants``. ``_role`` is a claimant's role in its sentence (a group's statement, its own men).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import aliases
from .._frozen import direct_init
from .coref import BACK_TO_GROUP, body_before, group_before, statement_before
from .gates import may_match, required
from .roles import PERP as _PERP
from .roles import TITLE_WORDS, classify, is_capital
from .roles import UNKNOWN as _UNKNOWN
from .roles import could_be_claimant as _could_be_claimant
from .saying import _HONORIFIC, _NAME_ONLY, _STATEMENT
from .speakers import CLAIMED_OWN, GENERIC, PRONOUNS, Reader, resolve_generic, strip_leading


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


#: A subject that is an event: "Major suicide attack on the army" (no speaker).
_EVENT_SUBJECT = re.compile(
    r"(?:#\w+\s*:?\s*)?(?:(?:a|an|the|this|that)\s+)?(?:[\w\-]+\s+){0,3}?(?:attack|blast|bombing|explosion|ambush|raid|"
    r"assault|strike|shooting|hijacking)\s+(?:on|in|at|near|against|targeting|outside)\b", re.IGNORECASE)


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
#: The subject of a sentence that rebuts or confirms another's claim ("Army rubbishes the group's claim ..., says"):
#: the speaker of a second verb of saying with no subject of its own
_REBUTTING_SUBJECT = re.compile(
    r"\s*(?P<subj>(?:[\w.'\u2019\-]+\s+){0,3}?[\w.'\u2019\-]+)\s+(?:rejects|rejected|rubbishes|rubbished|dismisses|"
    r"dismissed|denies|denied|refutes|refuted|disputes|disputed|rebuts|rebutted|contradicts|contradicted|counters|"
    r"countered|confirms|confirmed)\b")
_REBUTTERS = ("official", "international_org", "researcher", "perpetrator")
_AND_VERB_ONLY = re.compile(r"\s*(?:and|but)(?:\s+(?:has|have|had|also|later|then))*\s*", re.IGNORECASE)
_TWO_VERBS = re.compile(r"(?P<subj>(?:[Tt]he\s+)?(?:[\w.'\u2019\-]+\s+){0,4}?[\w.'\u2019\-]+)\s+(?:has\s+|have\s+|had\s+)?"
                        r"(?:[a-z]+ed|denied|dismissed|is|was|are|were|remains)\b[^,;]*,?\s(?:and|but)$")


#: The first of two coordinated verbs of a long subject ("A spokesman for the BLA took responsibility for the ambush
#: and said"): a verb after at most eight words of subject (not after a determiner or a preposition)
_FIRST_VERB = re.compile(r"\s(?:has\s+|have\s+|had\s+|later\s+|also\s+)?(?:[a-z]+ed|took|made|gave|sent|put|denied|is|was|are|"
                         r"were|remains|owned\s+up)\s")
_SUBJECT_END_BAD = re.compile(r"\b(?:the|a|an|its|their|for|of|by|to|in|on|at|from|with|and|or)$", re.IGNORECASE)


def _first_of_two(before: str) -> str | None:
    """The subject of the first of two coordinated verbs, the reporting verb second, read over the whole clause."""
    w = before.rstrip(" ,")
    cut = max(w.rfind(c) for c in ',;:"\u201c\u201d\u2014\u2013')
    clause = " ".join(strip_leading(w[cut + 1 :].split()))
    if not re.search(r"\s(?:and|but)$", clause) or len(clause.split()) > 40:
        return None
    for v in _FIRST_VERB.finditer(clause):
        subj = clause[: v.start()]
        if subj in ("It", "They"):
            return subj  # "It took responsibility for the ambush and said": the caller resolves the pronoun
        if len(subj.split()) > 9:
            return None
        if subj and not _SUBJECT_END_BAD.search(subj) and (_could_be_claimant(subj) or BACK_TO_GROUP.fullmatch(subj)):
            return subj
    return None


#: Quote marks around a word or two of a speaker's noun phrase: 'an "informed source"', 'a “senior official”'.
_SCARE_QUOTES = re.compile(r"\b(?:a|an|the|one)\s+(?:so-called\s+|self-styled\s+|self-proclaimed\s+)?[\"\u201c\u2018][A-Za-z\-]{2,20}(?:\s[A-Za-z\-]{2,20}){0,2}[\"\u201d\u2019](?=\s|$)",
                           re.IGNORECASE)


#: "It" as a speaker standing for a report or a body: with these verbs anywhere ("It said ..."),
#: not "it showed", "it suggests" (often the situation, not a speaker) ...
_IT_SAID = frozenset({"documented", "recorded", "counted", "estimated", "said", "reported", "stated", "described",
                      "describes", "characterised", "characterized", "portrayed", "presented"})
#: ... the others only before what is said: "It noted that", "It added:", not "It added to the fears".
_IT_CLAUSE = re.compile(r"\s*(?:that\b|[,:\"\u201c\u2018]|(?:at\s+least|more\s+than|about|nearly|over|some|around|up\s+to)?\s*\d|"
                        # "It claims the death toll was 173": a toll after the verb is what is said
                        r"(?:the\s+|its\s+|a\s+)?(?:final\s+|official\s+|total\s+)?(?:death\s+|casualty\s+)?(?:toll|tally)\b)",
                        re.IGNORECASE)
_IT_SAYS = frozenset({"documented", "recorded", "counted", "estimated", "estimates", "said", "says", "reported",
                      "reports", "stated", "states", "noted", "notes", "added", "adds", "warned", "warns",
                      "mentioned", "mentions", "observed", "observes", "assessed", "assesses", "highlighted",
                      "confirmed", "announced", "wrote", "tweeted", "posted", "revealed", "reveals", "disclosed",
                      "underlined", "stressed", "asserted", "asserts", "claimed", "claims", "read", "reads"})


#: ... and, for a group named in the sentence before, the verbs of its claims ("It boasted that", "It claimed the killing of")
_IT_GROUP_SAYS = _IT_SAYS | {"boasted", "boasts", "alleged", "alleges", "insisted", "insists", "announced", "added",
                              "issued", "released", "published", "sent", "put", "puts", "told"}


#: Words that make a noun phrase a person's title ("chief spokesman", "police chief", "minister").
_TITLE = re.compile(rf"\b(?:{TITLE_WORDS})\b", re.IGNORECASE)
_NP_BREAK = {"by", "to", "from", "with", "against", "at", "on", "in", "for", "that", "and", "was", "were", "is", "are",
             "has", "had", "claimed", "said", "blamed", "than", "as"}


_LIST_HEAD = re.compile(r"(?:including|among\s+them|among|such\s+as|plus|with|and|or)\b", re.IGNORECASE)


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


_LEAD_YEAR = re.compile(r"(?:19|20)\d\d\s+(?=(?-i:[A-Z]))")
_YEAR_OR_DASH = re.compile(r"(?:19|20)\d\d[,:]?|[-\u2013\u2014]+")


def _antecedent(text: str, start: int, sent: str, rel_at: int, published: str | None) -> Claimant | None:
    """ "..., claimed by ISIS-K, which said": the noun phrase the relative pronoun refers to."""
    lo = max(0, rel_at - 300)
    head = sent[lo:rel_at].rstrip().rstrip(",").rstrip()
    words = head.split()[-8:]
    # (a dateline's year or dash run into the sentence: "KUNDUZ - September 4, 2009 Germany, which ...")
    breaks = [j for j, w in enumerate(words) if w.lower().strip(",;:") in _NP_BREAK or _YEAR_OR_DASH.fullmatch(w)]
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


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_PART = r"(?:morning|afternoon|evening|night)"
_FRONTED_DAY = re.compile(rf"^(?:(?:later|earlier|late|early)\s+)?(?:(?:(?:in|on|during|by|until|since)\s+(?:late\s+|early\s+)?{_WEEKDAY}"
                          rf"(?:\s+{_DAY_PART})?)|(?:late\s+|early\s+)?{_WEEKDAY}\s+{_DAY_PART}),?\s+(?=\S)",
                          re.IGNORECASE)


#: An auxiliary or an adverb between a speaker and the reporting verb ("has also said", "on Monday said")
_VERB_LEAD = re.compile(r"(?:\s+|,\s*)(?:has|have|had|also|later|quickly|previously|separately|earlier|initially|"
                        r"however|meanwhile|too|themselves|itself|now|still|again|have\s+since|had\s+earlier|on\s+\w+day|"
                        r"on\s+Twitter|in\s+a\s+statement|further|subsequently|then|first|originally|reportedly|officially|"
                        r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday)\s*,?\s*$")
_VERB_LEAD_WORD = re.compile(r"\s(?:has|have|had)$")


def _sayer(text: str, start: int, sent: str, m: re.Match, published: str | None, read: Reader) -> Claimant | None:
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
    hs = _REBUTTING_SUBJECT.match(sent) if had_comma and verb in ("says", "said") else None
    if hs is not None and "," not in sent[hs.end() : m.start()].rstrip()[:-1] and \
            classify(hs.group("subj"), published) in _REBUTTERS:
        # "Army rejects the group's claim of 150 dead, says 28 died": a rebuttal's second verb, its subject left out
        return Claimant(hs.group("subj"), _role(hs.group("subj"), sent, published), start + hs.start("subj"),
                        start + hs.end("subj"))
    before = _VERB_LEAD.sub("", before.rstrip())
    if _VERB_LEAD_WORD.search(before):  # "US forces had originally said": one word more, the auxiliary before the adverb
        before = _VERB_LEAD.sub("", before.rstrip())
    if had_comma and not before.endswith(","):
        before += ","  # "X, in a statement on Monday, said": keep the apposition's closing comma
    # "A doctor, who spoke on condition of anonymity, said": the relative clause is not the speaker
    # ("X, while briefing the media outside the court, said": an adverbial clause, the speaker before it)
    rel_clause = re.search(r",\s*(?:who|which|where|whose|whom|speaking|talking|requesting|asking|declining|not\s+authori[sz]ed|"
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
              w.rfind(" - "), w.rfind("--"), w.rfind("\u2013"), w.rfind("\u2014"), w.rfind("\u2019 "), w.rfind("\u2018"), w.rfind("\u201c"),
              w.rfind("]"))  # "... sources.[2] Ministry spokesman X said": after a citation mark
    if cut >= 0:
        who = who[cut + 1 :].lstrip(" -")
    if who[:2] in ("19", "20") and (y := _LEAD_YEAR.match(who)):
        who = who[y.end() :]  # "September 4, 2009 Germany, which ..., said": a dateline's year, then the speaker
    if _AND_VERB_ONLY.fullmatch(who) and cut >= 0:
        # "The military is on the offensive in X, and has claimed ...": the subject of the first verb
        sub = _FIRST_SUBJECT.match(sent)
        if sub is not None and _could_be_claimant(sub.group("subj")):
            pos = start + sub.start("subj")
            return Claimant(sub.group("subj"), _role(sub.group("subj"), sent, published), pos, sub.end("subj") + start)
    if who.strip().lower() in ("which", "who"):
        return _antecedent(text, start, sent, lo + sent[lo : m.start()].rfind(who.strip()), published)
    if re.match(r"\s*(?:which|that|whom)\s+\S", who, re.IGNORECASE) and re.match(r"\s*(?:,|[.!?]?\s*$)", sent[m.end() :]):
        return None  # "the attack, which the group acknowledged, killed 12": not the group's figure
    if re.match(r"\s*[.!?]?[\"\u201d\u2019]?\s*$", sent[m.end() :]) and re.search(
            r"\b(?:which|that|whom)\s+(?:[\w\-'\u2019]+\s*){1,5}$", who, re.IGNORECASE):
        return None  # "... killed in the ambush that the group later claimed.": an attribution closing the sentence
    who = " ".join(strip_leading(who.split()))
    if _EVENT_SUBJECT.match(who):
        return None  # "#Breaking: Major suicide attack on the army, claims 90 dead": an event, no speaker
    two = _TWO_VERBS.match(who)
    if two is not None:  # "the Pakistan Army has rejected the BLA's claims and confirmed": the army
        who = two.group("subj")
    elif who.endswith((" and", " but")) and (first := _first_of_two(before)):
        who = first  # "The Baloch Liberation Army took responsibility for the ambush and said": the whole subject
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
    # "By Monday evening the Counter-Terrorism Department put", "On Friday night police said": the department,
    # the police (a weekday needs its preposition or its part of the day: "Sunday Times reported" is a paper)
    who = _FRONTED_DAY.sub("", who)
    if not who:
        return None
    rel = sent[lo : m.start()].rfind(who)
    pos = start + lo + max(rel, 0)
    if who.lower() == "it" and verb in _IT_GROUP_SAYS and statement_before(text, start, published) is None and (
            g := group_before(text, start, published, read)):
        return Claimant(f"{who} ({g[0]})", g[1], pos, pos + len(who))  # "The TTP claimed the raid. It said ...": the group
    if who.lower() in PRONOUNS:
        if who.lower() != "it" or verb in _IT_SAID or (verb in _IT_SAYS and _IT_CLAUSE.match(sent, m.end())):
            if who.lower() == "it":
                st = statement_before(text, start, published)
                if st is not None:  # "It described the attack as ...": the statement just told of
                    return Claimant(f"{who} ({st[0]})", st[1], pos, pos + len(who))
                st = body_before(text, start, published)
                if st is not None:  # "The government has denied ... It claims the toll was 173": the government
                    return Claimant(st[0], st[1], pos, pos + len(who))
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
    if is_capital(who):  # "Islamabad maintained that ...": the capital speaks for its government
        return Claimant(who, "official", pos, pos + len(who))
    if not _could_be_claimant(who) and _NAME_ONLY.fullmatch(_HONORIFIC.sub("", who)) and not _could_be_claimant(whole):
        return Claimant(who, "unknown", pos, pos + len(who))  # a bare name: resolved by the caller
    if not _could_be_claimant(who):
        g = resolve_generic(text, pos, who, published, read) if GENERIC.fullmatch(who) else None
        if g:
            return Claimant(g[0], g[1], pos, pos + len(who))
        # "A district police chief, Gul Mohammad, said": the title before the name
        title = " ".join(strip_leading(_title_before(whole, who, ',;:"\u201c\u201d').split())) if who else ""
        if (not title or not _could_be_claimant(title) or not (_TITLE.search(title) or len(title.split()) <= 4)
                or _LIST_HEAD.match(title)):
            if _NAME_ONLY.fullmatch(_HONORIFIC.sub("", who)):  # "..., McKenzie said", "Mr. Khan said": a bare name
                return Claimant(who, "unknown", pos, pos + len(who))
            if BACK_TO_GROUP.fullmatch(who):  # "The organisation said": the group told of before (claimants resolves it)
                return Claimant(who, "unknown", pos, pos + len(who))
            return None
        who = f"{title}, {who}"
        pos = start + lo + sent[lo : m.start()].rfind(who) if who in sent[lo : m.start()] else pos
    g = resolve_generic(text, pos, who, published, read) if GENERIC.fullmatch(who) else None
    if g:
        return Claimant(g[0], g[1], pos, pos + len(who))
    return Claimant(who, _role(who, sent, published), pos, pos + len(who))
