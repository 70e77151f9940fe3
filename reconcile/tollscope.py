"""Which victims a toll's group holds beyond its own label, for :mod:`reconcile.conflicts`.

* "Security forces" (security personnel) hold the soldiers and the police of an attack: "13 security
  personnel were killed" cannot be true beside "14 soldiers were killed" (a total below its part), while
  "13 security personnel" beside "10 soldiers" can (the rest may be police).
* "Aside from the three gunmen, five others were killed": the others are everyone the attack killed
  besides its attackers, a toll of the dead (not a part listed beside another group).
"""

from __future__ import annotations

import re

#: The group key (tollparts.victims_key) of the security forces, and the groups it holds.
SECURITY = "security forces"
FORCES = frozenset({"soldiers", "police"})

#: A figure told after the attackers it leaves out: "Aside from the three gunmen, five others",
#: "Besides the four attackers, 11 people", "apart from the bombers, nine others".
_BESIDES_ATTACKERS = re.compile(
    r"\b(?:aside\s+from|apart\s+from|besides|beside|other\s+than|excluding|not\s+counting|in\s+addition\s+to)\s+"
    r"(?:the\s+|all\s+the\s+)?(?:[\w\-]+\s+){0,2}?(?:attackers|gunmen|militants|assailants|terrorists|bombers|"
    r"insurgents|raiders|attacker|gunman|militant|assailant|terrorist|bomber)\b[^.;:]{0,20}?[,\u2013\u2014\-]?\s*$",
    re.IGNORECASE)


#: The words of the security forces as a whole ("13 security personnel", "members of the security forces"), not
#: of some guards ("six guards", "a security guard": a part of no larger group here).
_FORCES_WORDS = re.compile(r"\s+(?:(?:[\w\-]+\s+){0,2}?security\s+(?:forces|personnel|men|officials|officers|staff)|"
                           r"(?:members|personnel)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+)?security\s+forces)\b", re.IGNORECASE)


def holds_forces(total: dict, total_key: str, part: dict, part_key: str) -> bool:
    """``total`` counts the security forces as a whole, so every victim of ``part`` too (soldiers, police), told in
    another sentence (one sentence listing "20 soldiers and six guards" gives two parts)."""
    if total_key != SECURITY or part_key not in FORCES:
        return False
    if total.get("source_id") == part.get("source_id") and total.get("quote") == part.get("quote"):
        return False
    vt, q = total.get("value_text"), total.get("quote") or ""
    if not vt:
        return False
    return any(_FORCES_WORDS.match(q, m.end()) for m in re.finditer(r"(?<![\w])" + re.escape(vt) + r"(?![\w])", q))


def everyone_besides_attackers(c: dict) -> bool:
    """The claim's figure follows "aside from the N attackers" in its sentence: everyone else the attack hit."""
    vt, q = c.get("value_text"), c.get("quote") or ""
    if not vt:
        return False
    for m in re.finditer(r"(?<![\w])" + re.escape(vt) + r"(?![\w])", q):
        if _BESIDES_ATTACKERS.search(q, max(0, m.start() - 80), m.start()):
            return True
    return False
