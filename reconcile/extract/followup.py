"""Follow-ups: an operation told after the attack it answers ("Iranian forces killed four militants after a
deadly attack on a police station", "Following the ambush, troops killed six insurgents", "Nine attackers were
killed in a raid launched in response to the assault").

Such a claim is about the follow-up, not about the attack it names: the attack's day (an "October 26" after the
"after") is not its date, nor is the day of the attack the report tells elsewhere. Its date is its own day, else
the day it was told (a statement's day: "state media reported Tuesday"), else the report's own day, loosely (a
week): an outlet that names the weekday and a paraphrased copy that drops it give one date.
"""

from __future__ import annotations

import re

# who a follow-up kills: the attackers' side ("four jihadists", "six suspected militants", "nine members of the group")
_FOES = (r"(?:militants?|jihadists?|terrorists?|insurgents?|attackers?|assailants?|gunmen|rebels?|suspects?|"
         r"fighters?|members|extremists?|separatists?|bandits?|khawarij|kharijis?)")
# the killing, active or passive ("killed four jihadists", "four militants were shot dead")
_ACTIVE = (r"\b(?:kill(?:ed|s|ing)?|shot\s+dead|gunned\s+down|eliminat(?:ed|es|ing)|neutrali[sz](?:ed|es|ing))\s+"
           r"(?:at\s+least\s+|some\s+|up\s+to\s+|another\s+|all\s+)?[\w\-]+\s+(?:[\w\-]+\s+){0,3}?" + _FOES + r"\b")
_PASSIVE = (r"\b" + _FOES + r"\s+(?:[\w\-()]+\s+){0,5}?(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?"
            r"(?:killed|shot\s+dead|gunned\s+down|eliminated|neutrali[sz]ed)\b")
# the attack answered ("after a deadly attack", "following last week's assault", "in retaliation for the ambush")
_CUE = (r"(?P<cue>\b(?:after|following|in\s+(?:response|retaliation|reprisal)\s+(?:to|for)|to\s+avenge)\s+"
        r"(?:(?:a|an|the|last|this|that|its|their|[\w\-]+day['\u2019]s|last\s+week['\u2019]s)\s+)?(?:[\w\-]+\s+){0,3}?"
        r"(?:attacks?|assault|ambush|bombing|raid|killings?|massacre)\b)")
# a unit before "after" makes it an offset ("two days after the attack"): read by the offsets of ``context``
_UNIT_BEFORE = re.compile(r"\b(?:days?|weeks?|months?|hours?|years?|shortly|soon|moments|minutes|just|only)\s+$", re.IGNORECASE)
_TRAILING = re.compile(r"(?:" + _ACTIVE + "|" + _PASSIVE + r")[^.;]{0,100}?" + _CUE, re.IGNORECASE)
_LEADING = re.compile(_CUE + r"[^.;]{0,100}?(?P<toll>" + _ACTIVE + "|" + _PASSIVE + ")", re.IGNORECASE)
# an operation told as coming later, with no attack named ("Security forces later killed four attackers", "four
# militants were subsequently shot dead"): a follow-up too, dated by the same rule
_LATER = (r"(?:later|subsequently|afterwards|since)")
_TOLD_LATER = re.compile(
    r"\b" + _LATER + r"\s+(?:\w+\s+)?" + _ACTIVE[2:] + "|"
    r"\b" + _FOES + r"\s+(?:[\w\-()]+\s+){0,5}?(?:were|was|have\s+been|has\s+been|had\s+been)\s+" + _LATER +
    r"\s+(?:killed|shot\s+dead|gunned\s+down|eliminated|neutrali[sz]ed)\b", re.IGNORECASE)
_GATE = ("after", "following", "response", "retaliation", "reprisal", "avenge", "later", "subsequently", "afterwards",
         "since")


def followup_span(text: str, start: int, end: int, focus: int, low: str) -> tuple[int, int] | None:
    """In a clause ``text[start:end]`` whose toll stands at ``focus``: the words naming the attack a follow-up
    answers (from "after" to the end of the clause, or up to the toll when they open it), whose dates are that
    attack's; None when the clause tells no follow-up. ``low`` is the sentence in lower case (a gate)."""
    if not any(map(low.__contains__, _GATE)):
        return None
    m = _TRAILING.search(text, start, end)
    if m is not None and m.start() <= focus + 40 and not _UNIT_BEFORE.search(text, max(start, m.start("cue") - 12),
                                                                              m.start("cue")):
        return m.start("cue"), end
    m = _LEADING.search(text, start, end)
    if m is not None and m.start("toll") <= focus + 40 and not _UNIT_BEFORE.search(text, max(start, m.start("cue") - 12),
                                                                                   m.start("cue")):
        return m.start("cue"), m.start("toll")
    m = _TOLD_LATER.search(text, start, end)
    if m is not None and m.start() <= focus + 40 and m.end() >= focus - 40:
        return m.start(), m.start()  # (no words of another attack to set apart)
    return None
