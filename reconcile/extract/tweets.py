"""A sentence of an embedded tweet: the account that posted it speaks (its signature under the tweet)."""

from __future__ import annotations

import re

from .roles import classify
from .sayer import Claimant

#: The signature under an embedded tweet: "\u2014 Account Name (@handle) July 24, 2017" (a dash, the account's
#: name, its handle in brackets, the day it was posted)
_TWEET_SIGNATURE = re.compile(
    r"(?:^|(?<=\s)|(?<=[.!?\u201d\"]))[\u2014\u2013\u2015]{1,2}\s*|(?:^|\s)--?\s+", re.MULTILINE)
_TWEET_ACCOUNT = re.compile(
    r"(?P<who>[^\s()@\u2014\u2013][^()@\n\u2014\u2013]{0,60}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d)")
#: what may stand between a tweet's words and its signature: the picture's link
_TWEET_GAP = re.compile(r"\s*(?:(?:https?://)?(?:pic\.)?twitter\.com/\S*|https?://t\.co/\S*|\s)*", re.IGNORECASE)
_GOVT = re.compile(r"\bGovt\b\.?|\bGov\b\.?(?=\s+(?:of|Of)\b)")


def tweet_account(text: str, start: int, end: int, published: str | None) -> Claimant | None:
    """A sentence of an embedded tweet ("58 persons injured ... \u2014 Govt Of The Punjab (@GovtOfPunjab)
    July 24, 2017"): the account that posted it speaks, in the role its name gives (a government's account is an
    official's). The signature ends the sentence's own line, or opens the next line after it."""
    if "(@" not in text[end : end + 400]:
        return None
    eol = text.find("\n", end)
    eol = len(text) if eol < 0 else eol
    at = _TWEET_GAP.match(text, end, eol).end()
    sig = None
    for m in _TWEET_SIGNATURE.finditer(text, at, eol):  # the rest of the sentence's own line
        a = _TWEET_ACCOUNT.match(text, m.end(), eol)
        if a is not None:
            sig = a
            break
    if sig is None and _TWEET_GAP.match(text, at, eol).end() >= eol:  # or the next line's start
        nxt = eol + 1
        while nxt < len(text) and text[nxt] in " \t\r\n":
            nxt += 1
        m = _TWEET_SIGNATURE.match(text, nxt)
        a = _TWEET_ACCOUNT.match(text, m.end()) if m is not None else None
        if a is not None and "\n" not in text[nxt : a.end()]:
            sig = a
    if sig is None:
        return None
    who = sig.group("who").strip()
    role = classify(_GOVT.sub("Government", who), published)
    return Claimant(who, role if role != "reporter" or not who else "reporter", sig.start("who"), sig.start("who") + len(who))
