"""Numbers that belong to a date, not to a count: a date's day ("Karachi, Oct 7 (PTI) Two ...") and the
year after a date's month and day ("April 15, 2017 -- Twelve people ...")."""

from __future__ import annotations

import re

#: A month's name (capitalised, as a date writes it): "Oct 7", "May 3", "12 June"
_MONTH = (r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_MONTH_BEFORE = re.compile(rf"(?P<prep>\b(?i:in|since|by|during|until|till|last|early|late|mid|of)\s+)?\b{_MONTH}(?P<dot>\.)?\s*$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTH}\b")
#: after the day of a date: a dateline's agency or dash, a comma, a colon, a year, an ordinal's suffix
_DAY_END = re.compile(r"(?:st|nd|rd|th)?\s*(?:[,(:\-\u2013\u2014/]|(?:19|20)\d\d\b|$)")
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])")


def date_day(text: str, ns: int, ne: int) -> bool:
    """The number ``text[ns:ne]`` is the day of a date, not a count: "Karachi, Oct 7 (PTI) Two ...",
    "ISLAMABAD, May 3 (Reuters) -", "Kabul, 12 June:". After a month's name the day is a count only in
    "In March 12 people were ...", where the month follows a preposition and a word follows the number."""
    if not _DAY.fullmatch(text, ns, ne):
        return False
    if _MONTH_AFTER.match(text, ne):
        return True
    m = _MONTH_BEFORE.search(text, max(0, ns - 20), ns)
    if m is None:
        return False
    return not (m.group("prep") and not m.group("dot") and not _DAY_END.match(text, ne))


#: a date's month, or its month and day, right before a year: "April 15, 2017 -- Twelve people ...", "3 May 2019 -"
_DATE_BEFORE_YEAR = re.compile(rf"\b(?:{_MONTH}\.?\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?|(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
                               rf"\s+(?:of\s+)?{_MONTH}\.?,?|{_MONTH}\.?,?)\s*$")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _date_part(text: str, ns: int, ne: int) -> bool:
    """The number ``text[ns:ne]`` is a date's day ("April 15") or the year after a date's day and month
    ("April 15, 2017", "3 May 2019")."""
    if _YEAR.fullmatch(text, ns, ne):
        return _DATE_BEFORE_YEAR.search(text, max(0, ns - 20), ns) is not None
    return date_day(text, ns, ne)
