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


#: The security forces' groups whose toll a claimant may give as the whole toll of an attack on them.
_WHOLE_GROUPS = FORCES | {SECURITY}
#: "claimed only 12 soldiers were killed", "put the toll at just 12 troops": the claimant's whole toll, told as small.
_ONLY_BEFORE = re.compile(r"\b(?:only|just|merely|a\s+mere|no\s+more\s+than)\s+$", re.IGNORECASE)
#: "... 36 military personnel were killed in the attack": the figure is the attack's toll, no part named beside it.
_OF_THE_ATTACK_AFTER = re.compile(
    r"\s+(?:[\w\-]+\s+){0,3}?(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:killed|died|dead|slain|martyred)\s+"
    r"(?:in|during|by)\s+(?:the|that|this|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:attack|assault|explosion|blast|bombing|raid|strike|siege)\b", re.IGNORECASE)
#: A sentence naming its figure as a part ("among the dead", "including", "of them").
_A_PART = re.compile(r"\b(?:includ\w*|among|of\s+(?:them|whom|the\s+dead|those)|besides|as\s+well\s+as|along\s+with)\b",
                     re.IGNORECASE)


def _claimant(c: dict) -> str:
    return " ".join((c.get("claimant") or "").lower().replace("the ", " ").split())


def whole_toll(c: dict, key: str, items: list[dict], keys: dict[str, str]) -> bool:
    """``c`` (of the security forces' group ``key``) is its claimant's whole toll of the attack, to weigh against
    the other tolls of "people": the sentence tells it as small ("the government had claimed only 12 soldiers were
    killed"), or a report sets named claimants' tolls side by side, one of the personnel killed in the attack and
    one of people ("the NDS reported 36 military personnel were killed in the attack" / "a ministry official said
    126 people were killed"), where no toll of the event names any other group (civilians, children)."""
    if key not in _WHOLE_GROUPS:
        return False
    vt, q = c.get("value_text"), c.get("quote") or ""
    if not vt or _A_PART.search(q):
        return False
    if any(d is not c and d["source_id"] == c["source_id"] and d.get("quote") == q for d in items):
        return False  # one sentence, two figures: a list of parts ("12 soldiers and three civilians")
    at = [m for m in re.finditer(r"(?<![\w])" + re.escape(vt) + r"(?![\w])", q)]
    if any(_ONLY_BEFORE.search(q, max(0, m.start() - 16), m.start()) for m in at):
        return True
    if not _claimant(c) or not any(_OF_THE_ATTACK_AFTER.match(q, m.end()) for m in at):
        return False
    if any(keys.get(d["id"], "") not in _WHOLE_GROUPS | {"people"} or (d.get("victims") or "").startswith("civilian")
           for d in items):
        return False  # another group's toll (civilians, children, attackers): the personnel are a part
    return any(d["source_id"] == c["source_id"] and keys.get(d["id"]) == "people" and _claimant(d)
               and _claimant(d) != _claimant(c) for d in items)


#: "Six adult men were killed" beside "30 children were killed": a breakdown's group (the victims' word "men"
#: otherwise names people at large).
_ADULT_MEN_AFTER = re.compile(r"\s+(?:adult|grown)\s+(?:men|males)\b", re.IGNORECASE)


def adult_men(c: dict) -> bool:
    """The claim's figure counts the adult men of a breakdown by age and sex, a group of its own."""
    vt, q = c.get("value_text"), c.get("quote") or ""
    return bool(vt) and any(_ADULT_MEN_AFTER.match(q, m.end())
                            for m in re.finditer(r"(?<![\w])" + re.escape(vt) + r"(?![\w])", q))


#: The side a figure's victims fight on, told by a nation's (or movement's) adjective before the victims' noun:
#: "nine Afghan troops", "58 Pakistani soldiers", "five Iranian border guards".  Two figures of one group on
#: two named sides (a clash's two armies) count different people.
_SIDES = {
    "afghan": "afghanistan", "afghanistan's": "afghanistan", "pakistani": "pakistan", "pakistan's": "pakistan",
    "iranian": "iran", "iran's": "iran", "indian": "india", "india's": "india", "american": "united states",
    "us": "united states", "u.s.": "united states", "british": "united kingdom", "tajik": "tajikistan",
    "uzbek": "uzbekistan", "turkmen": "turkmenistan", "kyrgyz": "kyrgyzstan", "russian": "russia",
    "chinese": "china", "israeli": "israel", "syrian": "syria", "iraqi": "iraq",
}  # (a movement's name is no side: "Taliban fighters" fought Afghan troops in one war and beside them in another)
_SIDE_AFTER = re.compile(
    r"\s+(?:(?:more|other|of\s+(?:the|its|their))\s+)?(?P<side>" + "|".join(re.escape(k) for k in sorted(_SIDES, key=len, reverse=True))
    + r")(?:\s+[\w\-]+){0,2}?\s+(?:soldiers?|troops?|servicemen|forces|personnel|fighters?|militants?|guards?|"
      r"police(?:men)?|officers?|commandos?|army|militiamen|security)\b", re.IGNORECASE)


#: "23 of its soldiers", "their own troops": the claimant's own side.
_OWN_AFTER = re.compile(r"\s+(?:of\s+)?(?:its|their|our)\s+(?:own\s+)?(?:[\w\-]+\s+)?(?:soldiers?|troops?|servicemen|forces|"
                        r"personnel|fighters?|guards?|police(?:men)?|officers?|commandos?|men)\b", re.IGNORECASE)
_COUNTRIES = {"afghanistan": "afghanistan", "pakistan": "pakistan", "iran": "iran", "india": "india",
              "tajikistan": "tajikistan", "uzbekistan": "uzbekistan", "russia": "russia", "china": "china"}
_SIDE_WORD = re.compile(r"[A-Za-z][\w.']*")


def _claimant_side(c: dict) -> str | None:
    """The side a claimant speaks for, when its name says it ("Pakistan's army", "the Afghan defence ministry")."""
    for w in _SIDE_WORD.findall(c.get("claimant") or ""):
        w = w.lower().rstrip(".")
        got = _SIDES.get(w) or _COUNTRIES.get(w.removesuffix("'s"))
        if got:
            return got
    return None


def side(c: dict) -> str | None:
    """The side the claim's figure names its victims by ("nine Afghan soldiers": afghanistan; "23 of its troops"
    in the words of Pakistan's army: pakistan), if any."""
    vt, q = c.get("value_text"), c.get("quote") or ""
    if not vt:
        return None
    for m in re.finditer(r"(?<![\w])" + re.escape(vt) + r"(?![\w])", q):
        s = _SIDE_AFTER.match(q, m.end())
        if s is not None:
            return _SIDES[s.group("side").lower()]
        if _OWN_AFTER.match(q, m.end()):
            return _claimant_side(c)
    return None
