"""A toll told with a pronoun or a figure noun after the sentence that gave an earlier figure:

    Early reports spoke of 14 dead. Later, it was confirmed to be 12.
    ... killed at least 30 people. The figure later rose to 41.
    ... the deaths of nine guards. That number was revised down to seven.
    ... 20 people were wounded. Officials later put it at 26.

The new figure has no victim noun and no casualty verb of its own: its kind and victims are those of the
last casualty figure of the sentence before (read by the casualty rules themselves), and without one
there is no toll ("The convoy left at dawn. Later, it was confirmed to be 12" says nothing of the dead).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .numbers import NUMBER_EXPR, Count, parse_count
from .rules import Found, _count_ok

#: the words that tell a sentence may hold such a toll (rules.CASUALTY_CUE holds them too)
STEMS = ("confirmed to be", "revised", "rose to", "risen to", "climbed to", "increased to", "jumped to",
         "corrected to", "lowered to", "raised to", "reduced to", "dropped to", "fell to", "fallen to", "put it at",
         "put that figure at", "put the figure at", "put the number at", "put at", "placed at", "estimated at",
         "given as", "revising", "putting", "raised it", "raising it", "revised it", "lowered it", "raised that",
         "revised the", "revising the", "raised the", "raising the", "lowered the", "lowering the")

_CHANGE = (r"(?:confirmed\s+to\s+be|revised(?:\s+(?:down|up|upwards?|downwards?))?\s+to|corrected\s+to|lowered\s+to|"
           r"raised\s+to|reduced\s+to|increased\s+to|rose\s+to|risen\s+to|climbed\s+to|jumped\s+to|dropped\s+to|"
           r"fell\s+to|fallen\s+to|put\s+at|placed\s+at|estimated\s+at|given\s+as)")
_WHEN = r"(?:(?:later|since|subsequently|then|now|eventually|finally|afterwards|further|officially)\s+)?"
_SUBJECT = r"(?:it|this|that|the\s+(?:figure|number|count|tally|total)|(?:this|that)\s+(?:figure|number|count|tally|total))"
#: the figure ends its clause: no noun after it (that is the casualty rules' own shape)
_END = r"(?=\s*(?:[.,;:!\"'\u201d\u2019)]|$)|\s+(?:on|by|after|when|as|according|in\s+(?:all|total)|officials|police|he|she|they)\b)"
_RX = re.compile(
    rf"(?:\b(?P<subj>{_SUBJECT})\s+(?:(?:was|has|had|is|have)\s+)?{_WHEN}(?:been\s+)?{_WHEN}{_CHANGE}"
    # ("... conceding first that five civilians were killed, and later revising that up to seven")
    rf"|\b(?:put(?:ting)?|revis(?:ed|ing)|correct(?:ed|ing)|lower(?:ed|ing)|rais(?:ed|ing)|updat(?:ed|ing)|"
    rf"bump(?:ed|ing)|push(?:ed|ing))\s+(?:it|that|this|the\s+figure|that\s+figure|the\s+number|that\s+number|"
    rf"the\s+(?:toll|tally|count|estimate))\s+(?:(?:down|up|upwards?|downwards?)\s+)?(?:at|to))"
    rf"\s+(?P<num>{NUMBER_EXPR})(?P<np>){_END}",
    re.IGNORECASE,
)
#: a clause boundary before the subject: the pronoun opens its clause ("Later, it was ...", "but it rose to")
_OPENS = re.compile(r"(?:^|[,;:\"\u201c\u2018(]|\b(?:and|but|later|since|then|however|yet))\s*$", re.IGNORECASE)


def anaphoric_tolls(text: str, s: int, e: int, read: Callable[[str, int, int], list[Found]],
                    same: list[Found] = ()) -> Iterator[Found]:
    """The tolls of ``text[s:e]`` told with a pronoun or a figure noun; ``read(text, a, b)`` gives the casualty
    figures of the sentence before (the casualty rules); ``same``, those of this sentence: a figure of them
    before the pronoun is the one it stands for ("five were killed, and later revising that up to seven")."""
    low = text[s:e].lower()
    if not any(map(low.__contains__, STEMS)):
        return
    for m in _RX.finditer(text, s, e):
        if m.group("subj") and m.start() > s and not _OPENS.search(text[max(s, m.start() - 12) : m.start()]):
            continue  # "the car it was confirmed to be ...": no subject of its own clause
        earlier = [f for f in same if f.kind in ("killed", "injured") and f.count is not None and 0 <= f.num_end <= m.start()]
        if not earlier:
            before = _sentence_before(text, s)
            if before is None:
                return
            earlier = [f for f in read(text, *before) if f.kind in ("killed", "injured") and f.count is not None]
        if not earlier:
            return  # no figure of the dead or the wounded just before: "it" is something else
        last = earlier[-1]
        f = Found(last.kind, "toll.anaphor", m.start(), m.end(), m.start("num"), m.end("num"))
        count = parse_count(m.group("num"))
        if count is None or count.low is None or not _count_ok(text, m, count):
            continue
        f.count = Count(count.low, count.high, count.qualifier, count.vague, count.warning)
        f.victims = last.victims
        yield f


def _sentence_before(text: str, s: int) -> tuple[int, int] | None:
    """The span of the sentence before offset ``s`` (within 400 characters), or None."""
    a = max(0, s - 400)
    end = s
    while end > a and text[end - 1] in " \t\"'\u201c\u201d":
        end -= 1
    if end <= a:
        return None
    cut = max(text.rfind(". ", a, end - 2), text.rfind("\n", a, end - 1), text.rfind("? ", a, end - 2),
              text.rfind("! ", a, end - 2))
    start = cut + 1 if cut >= 0 else a
    while start < end and text[start] in " \n\t":
        start += 1
    return (start, end) if end - start > 3 else None
