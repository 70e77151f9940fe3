"""Revisions: when two figures of one toll are an outlet updating its own figure, not a conflict.

* Within one report: a sentence that tells its figure as the one replaced ("up from the previous
  estimate of 25"), a later sentence that says the toll changed ("the toll rose to"), a figure told
  as superseded ("officials initially said", "had said on Friday") beside a higher one of the same or
  an unnamed claimant, a live blog whose newest entry comes first.  Two named claimants' figures side
  by side stay a conflict, and so does a later sentence set against the earlier one ("However, police
  said ...").
* Across reports: a later report of the same outlet (publisher) that changes the figure.

A perpetrator's figure is never a revision.  :func:`revision` orders the pair (earlier, later);
:func:`superseded` gives the figures their own report updates (left out of comparisons with other
reports and of the consensus).  The rows are written by :mod:`reconcile.conflicts`.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

from .intervals import compatible
from .tollparts import figure_at, victims_key

#: Words of a later sentence that update an earlier figure of the same report.
UPDATE_WORDS = re.compile(
    r"\b(?:rose|risen|rises|climbed|climbs|increased|increases|updated|revised|later|now"
    # (not "in the latest assault on the capital": the latest of a series of attacks, no toll update)
    r"|latest(?!\s+(?:[\w\-]+\s+){0,2}?(?:attacks?|assaults?|bombings?|blasts?|explosions?|incidents?|strikes?|raids?"
    r"|shootings?|killings?|violence|in\s+a\s+(?:series|string|spate|wave)))"
    r"|jumped|jumps|soared|soars|surged|surges|mounted|grew|grown|went up|gone up|reached)\b",
    re.IGNORECASE)
#: Words of a toll that went up (not "revised", "updated": either way).
_RISE = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|increased|increases|jumped|jumps|soared|soars|surged|surges|"
                   r"mounted|grew|grown|went\s+up|gone\s+up)\b", re.IGNORECASE)
_RISE_TO = re.compile(_RISE.pattern + r"\s+(?:[\w\-]+\s+){0,4}?to\s+(?:(?:at\s+least|about|around|some|over|more\s+than)\s+)?$",
                      re.IGNORECASE)


def _rose_to(c: dict) -> bool:
    """The claim's figure is what a toll rose to ("the death toll has risen to 48")."""
    m = figure_at(c)
    return m is not None and _RISE_TO.search(c["quote"][max(0, m.start() - 80):m.start()]) is not None


#: Words of a sentence that tell an earlier, superseded figure ("officials initially said",
#: "had put the dead at", "had said on Friday").
EARLIER_WORDS = re.compile(
    r"\b(?:initially|originally|at first|first reported|earlier|previously|had (?:put|said|given|reported|told)"
    r"|had been put)\b", re.IGNORECASE)


def claimant_key(c: dict) -> str:
    return " ".join((c.get("claimant") or "").lower().replace("the ", " ").split())


#: Words right before a figure that tell it as the superseded one: "an increase from the previous
#: estimate of 25", "up from 19", "down from an initial toll of 40".
_EARLIER_FIGURE = re.compile(
    r"(?:\b(?:up|down|increase|increased|rise|risen|rose|jump|jumped|revised|raised|lowered|decrease|fall|fell)\s+"
    r"from\s+(?:(?:the|an?|its|their)\s+)?(?:(?:previous|earlier|initial|original|prior|first)\s+)?"
    r"(?:(?:estimate|toll|figure|count|tally|number|death\s+toll)\s+(?:of\s+)?)?"
    r"|\b(?:previous|earlier|initial|original|prior)\s+(?:estimate|toll|figure|count|tally|death\s+toll)\s+"
    r"(?:of|was|stood\s+at|at)\s+)(?:(?:at\s+least|about|around|some)\s+)?$", re.IGNORECASE)


def _told_earlier(c: dict) -> bool:
    """The sentence tells the figure as the one it replaces ("... an increase from the previous
    estimate of 25")."""
    m = figure_at(c)
    return m is not None and bool(_EARLIER_FIGURE.search(c["quote"][max(0, m.start() - 80):m.start()]))


#: The opening of a sentence that sets its figure against the one told before it.
_SETS_AGAINST = re.compile(r"\W*(?:however|but|yet|nevertheless|still|by\s+contrast|in\s+contrast)\b", re.IGNORECASE)


def _updates(old: dict, new: dict) -> bool:
    """``new`` can be an update of ``old``: a higher figure from the same or an unnamed claimant."""
    ko, kn = claimant_key(old), claimant_key(new)
    if ko and kn and ko != kn:
        return False
    return (new["value_low"] or 0) > (old["value_low"] or 0)


#: Words of a sentence that tells its own voice's first figure before revising it ("initially said", "first said")
_OWN_FIRST = re.compile(EARLIER_WORDS.pattern + r"|\bfirst\s+(?:said|put|gave|told|reported|announced|claimed)\b",
                        re.IGNORECASE)


def _two_voices(a: dict, b: dict) -> bool:
    """Two claims told by two different named claimants."""
    ka, kb = claimant_key(a), claimant_key(b)
    return bool(ka and kb and ka != kb)


#: A live blog's previous entry follows the newest within this many characters.
NEXT_ENTRY = 400


def _next_entry(early: dict, late: dict) -> bool:
    """``late``'s sentence follows ``early``'s closely, as a live blog's previous entry follows its newest."""
    gap = (late.get("span_start") or 0) - (early.get("span_start") or 0) - len(early.get("quote") or "")
    return gap <= NEXT_ENTRY


def _rose_from(new: dict, old: dict) -> bool:
    """``new``'s sentence names ``old``'s figure as the one the toll rose from ("has increased from 14 to
    24" ... "officials announced that 14 had died")."""
    names = {str(v) for v in (old["value_low"], old["value_high"]) if v is not None}
    if old.get("value_text"):
        names.add(re.sub(r"^(?:at\s+least|about|around|some|over|more\s+than)\s+", "", old["value_text"].strip(),
                         flags=re.IGNORECASE))
    names.discard("")
    if not names:
        return False
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.search(r"\bfrom\s+(?:(?:the|an?|its)\s+)?(?:(?:earlier|initial|previous|original|first)\s+)?"
                     r"(?:(?:toll|figure|count|estimate|tally)\s+(?:of\s+)?)?(?:" + alts + r")\b",
                     new.get("quote") or "", re.IGNORECASE) is not None


#: A breakdown of the figure before it: "..., with 13 staff and 10 patients killed", "including 29 children"
_BREAKDOWN_BEFORE = re.compile(r"(?:,\s*with|\bincluding|\bamong\s+them|\bof\s+whom|\bof\s+them)\s+(?:[^,.;]{0,60}?\s)?$",
                               re.IGNORECASE)


def _breakdown(c: dict) -> bool:
    """The claim's figure is told as a part of a figure before it in its sentence."""
    m = figure_at(c)
    q = c.get("quote") or ""
    return m is not None and _BREAKDOWN_BEFORE.search(q, max(0, m.start() - 120), m.start()) is not None


def revision(a: dict, b: dict) -> tuple[dict, dict] | None:
    """(earlier, later) when two claims are one outlet updating its own figure."""
    if "perpetrator" in (a.get("claimant_role"), b.get("claimant_role")):
        return None
    if a["source_id"] == b["source_id"]:
        if _told_earlier(a) != _told_earlier(b):  # "31 killed, up from the previous estimate of 25"
            return (a, b) if _told_earlier(a) else (b, a)
        # one report: an update only when the later sentence says so ("the toll rose to");
        # two claimants' figures side by side (police 5, hospital 20) are a conflict
        early, late = (a, b) if (a.get("span_start") or 0) <= (b.get("span_start") or 0) else (b, a)
        qe, ql = early.get("quote") or "", late.get("quote") or ""
        if qe == ql:  # one sentence: "climbed from 12 to 19", "initially 20 ... later rose to 53"
            if _breakdown(late):
                return None  # "now stands at 23, with 13 staff members and 10 patients killed": its parts, no update
            return (early, late) if UPDATE_WORDS.search(ql) or EARLIER_WORDS.search(ql) else None
        # a figure the report tells as superseded ("officials initially said", "had said on Friday")
        # and a higher one from the same or an unnamed claimant; two named claimants' figures
        # ("Taliban officials had earlier put the toll at 25", the UN's 53) stay a conflict
        if EARLIER_WORDS.search(ql) and not EARLIER_WORDS.search(qe) and _updates(late, early):
            return late, early
        if EARLIER_WORDS.search(qe) and not EARLIER_WORDS.search(ql) and _updates(early, late):
            return early, late
        if UPDATE_WORDS.search(ql) and _OWN_FIRST.search(ql) and _two_voices(early, late):
            # the later sentence revises its own voice's first figure ("the police chief initially said eight
            # attackers were killed but later revised the count to seven"): the army's eight told before it is
            # another voice's figure, no update of it
            return None
        if UPDATE_WORDS.search(ql):
            # (not a toll "risen to 48" told after "at least 61" by another voice: a rise that lands below the
            # figure it would update updates nothing: two voices disagree; from one voice, a live blog's older entry)
            # (but "the toll has risen since Thursday, when officials put it at about 60": the figure the toll rose
            # from, older than the one before it)
            if _RISE.search(ql) and (late["value_low"] or 0) < (early["value_low"] or 0):
                return None if _rose_to(late) and not _updates(late, early) else (late, early)
            return early, late
        if UPDATE_WORDS.search(qe) and not _SETS_AGAINST.match(ql) and (
                _updates(late, early) or _next_entry(early, late) or _rose_from(early, late)):
            # a live blog, newest first; not a later sentence set against it ("the health department
            # said the toll increased to 101" ... "However, police said it stood at 84": a conflict),
            # nor another voice's lower figure paragraphs further on ("the toll rose to at least 23, an
            # official said" ... "The Taliban said five people were killed": two voices disagree)
            return late, early
        return None
    pa, pb = (a.get("publisher") or "").strip().lower(), (b.get("publisher") or "").strip().lower()
    if not pa or pa != pb:
        return None
    da, db_ = a.get("published") or "", b.get("published") or ""
    if da == db_:
        return (a, b) if a["source_id"] < b["source_id"] else (b, a)
    return (a, b) if da < db_ else (b, a)


#: A figure told as what a toll is expected to become ("the count was expected to climb to nearly 70", "could climb
#: to 60", "is feared to reach 100"): a projection, no toll of its own (link9).
_PROJECTED = re.compile(r"\b(?:expected|likely|feared|set|poised|projected|predicted|forecast|could|may|might|would|will)\s+"
                        r"(?:(?:to|further|still|soon|well|even|probably|likely|possibly|certainly)\s+){0,2}(?:rise|climb|increase|go\s+up|reach|exceed|top|"
                        r"surpass|grow|mount|jump|hit|cross)\s+(?:further\s+|still\s+)?(?:to\s+)?(?:(?:as\s+(?:high|many)\s+as|close\s+to|"
                        r"nearly|about|around|some|over|more\s+than|at\s+least|beyond|above)\s+)?$", re.IGNORECASE)


def projection(c: dict) -> bool:
    """The claim's figure is a projection: its words follow "expected to rise to" (or the like) in its sentence,
    even when the sentence named them before as a toll ("at first said close to 50 had died, but later said
    the count was expected to climb to nearly 70"); not "rose to 30 and was expected to climb further"."""
    q, words = c.get("quote") or "", (c.get("value_text") or "").strip()
    if not words or not ("expect" in q or "likely" in q or "fear" in q or "could" in q or "may" in q or "might" in q
                         or "would" in q or "will" in q or "set" in q or "poised" in q or "project" in q
                         or "predict" in q or "forecast" in q):
        return False
    at = 0
    while (k := q.find(words, at)) >= 0:
        if _PROJECTED.search(q[max(0, k - 80):k]):
            return True
        at = k + 1
    return False


_MORE_THAN = re.compile(r"\s*(?:more\s+than|over|above|upwards\s+of)\s", re.IGNORECASE)


def _loose_repeat(a: dict, b: dict) -> bool:
    """``a`` repeats ``b``'s exact figure N as "more than N": the same count told loosely."""
    n = b["value_low"] if b["value_low"] is not None and b["value_low"] == b["value_high"] else None
    return (n is not None and a["value_high"] is None and a["value_low"] == n + 1
            and _MORE_THAN.match(a.get("value_text") or "") is not None)


def superseded(items: list[dict]) -> set[str]:
    """Ids of figures their own report updates ("initially said about a dozen ... has risen to 31"):
    the earlier side of a revision within one report."""
    return set(updated_to(items))


def updated_to(items: list[dict]) -> dict[str, list[dict]]:
    """The figures their own report updates (:func:`superseded`), each with the figures of its report
    that update it."""
    out: dict[str, list[dict]] = defaultdict(list)
    by_report: dict[tuple, list[dict]] = defaultdict(list)  # (only figures of one report and group are paired)
    for c in items:
        if projection(c):
            continue  # (what a toll is expected to become updates no figure)
        by_report[(c["source_id"], victims_key(c["victims"]))].append(c)
    for a, b in itertools.chain.from_iterable(itertools.combinations(same, 2) for same in by_report.values()):
        if compatible((a["value_low"], a["value_high"]), (b["value_low"], b["value_high"])):
            continue
        if _loose_repeat(a, b) or _loose_repeat(b, a):
            continue  # "wounding 240" ... "the toll has risen to 15 ... more than 240 wounded": one count, no update
        rev = revision(a, b)
        if rev is not None:
            out[rev[0]["id"]].append(rev[1])
    return dict(out)


def restates_update(old: dict, other: dict, updates: dict[str, list[dict]]) -> bool:
    """``other``, a figure of ``old``'s own report, agrees with a figure that report updates ``old`` to: the
    report tells the update again ("36 injured" in its lead, the minister's 27, then "the number of injured
    had risen to 36", then "thirty-six injured were brought in"), it does not contradict itself."""
    if old["source_id"] != other["source_id"] or other["id"] in updates:
        return False
    return any(new["id"] != other["id"] and compatible((new["value_low"], new["value_high"]),
                                                       (other["value_low"], other["value_high"]))
               for new in updates.get(old["id"], ()))
